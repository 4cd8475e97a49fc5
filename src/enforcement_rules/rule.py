"""Declaring rules (DESIGN §5): the ``@rule`` decorator, :class:`Rule` and :class:`RuleContext`.

A rule is one pure function ``(view, ctx) -> Iterator[Finding]`` with its legal basis beside it::

    @rule("NOTICE-001", family="notice", title="…", title_en="…",
          cites=[CPL.art(44), CPL.art(62)], severity=Severity.ERROR, review_items=("D1",))
    def notice_before_decision(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
        \"\"\"The docstring states the obligation in one sentence.\"\"\"
        ...

The decorator validates the declaration when the module is imported and returns a :class:`Rule`; it
registers nothing — ``rules/__init__.py`` lists ``RULES`` explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from enforcement_rules.calendar import WorkingCalendar
from enforcement_rules.law.citations import Citation
from enforcement_rules.profiles.profile import ParamValue, Profile
from enforcement_rules.report import Finding, Message, Outcome, Severity

if TYPE_CHECKING:
    from enforcement_rules.engine import CaseView
    from enforcement_rules.models.actions import ActBase

__all__ = ["CPL_IN_FORCE", "REVIEW_ITEMS", "Rule", "RuleContext", "RuleFunc", "rule"]

#: SPEC §4: unless said otherwise a rule applies from the 2021 Administrative Penalty Law's effective date.
CPL_IN_FORCE = date(2021, 7, 15)

#: The case-file review items of legal-texts.md §7.3 (SPEC §5).
REVIEW_ITEMS = frozenset(
    ("A1", "A2", "A3", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "C1", "C2", "C3", "C4", "C5", "D1", "D2", "D3",
     "D4", "D5", "E1", "E2", "F1", "F2", "F3", "F4", "G1", "G2", "G3", "H1", "H2", "H3", "I1", "I2")
)
_CODE = re.compile(r"^[A-Z]{2,10}-\d{3}$")
_FAMILY = re.compile(r"^[a-z][a-z_]{1,30}$")
_SECTORS = frozenset({"national", "samr", "mee", "police"})

_NO_FACTS: Mapping[str, Any] = MappingProxyType({})
_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}

RuleFunc = Callable[["CaseView", "RuleContext"], Iterator[Finding]]


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    """A declared rule. ``sectors`` limits it to profiles of those sectors (None: every sector);
    ``kinds`` to case kinds; ``valid_from`` is the first day of the law it implements."""

    code: str
    family: str
    title: str
    title_en: str
    citations: tuple[Citation, ...]
    severity: Severity
    review_items: tuple[str, ...]
    func: RuleFunc
    doc: str
    example: Message
    derived: Message | None = None
    sectors: frozenset[str] | None = None
    kinds: frozenset[str] = frozenset({"penalty"})
    valid_from: date = CPL_IN_FORCE
    _na: dict[tuple[Message, str], Finding] = field(default_factory=dict, repr=False)

    def __call__(self, view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
        return self.func(view, ctx)

    def shared_not_applicable(self, text: Message, lang: str) -> Finding:
        """One shared, immutable ``not_applicable`` finding per message (DESIGN §9)."""
        hit = self._na.get((text, lang))
        if hit is None:
            hit = self._na[(text, lang)] = Finding(
                code=self.code, outcome=Outcome.NOT_APPLICABLE, severity=self.severity, blocking=False,
                citations=self.citations, loc=(), subject=None, related=(), key=self.code, text=text, lang=lang,
            )
        return hit


def rule(
    code: str,
    *,
    family: str,
    title: str,
    title_en: str,
    cites: Sequence[Citation],
    severity: Severity,
    example: Message,
    derived: Message | None = None,
    review_items: Sequence[str] = (),
    sectors: Iterable[str] | None = None,
    kinds: Iterable[str] = ("penalty",),
    valid_from: date = CPL_IN_FORCE,
) -> Callable[[RuleFunc], Rule]:
    """Declare a rule; the declaration is checked here, at import. ``derived`` says, in Chinese and
    English, which parts are a reading of the texts rather than their words (SPEC: mark them)."""

    def wrap(func: RuleFunc) -> Rule:
        problems = []
        if not _CODE.match(code):
            problems.append(f"code {code!r} is not of the form FAMILY-000")
        if not _FAMILY.match(family):
            problems.append(f"family {family!r} must be lowercase ASCII")
        if not cites or not all(isinstance(c, Citation) for c in cites):
            problems.append("a rule cites at least one article, as Citation objects")
        declared: object = severity
        if not isinstance(declared, Severity):
            problems.append("severity must be a Severity")
        if not (title and title_en):
            problems.append("title and title_en are required")
        if not (isinstance(example, tuple) and len(example) == 2 and all(example)):
            problems.append("example must be a (zh, en) pair describing a breach")
        bad_items = [i for i in review_items if i not in REVIEW_ITEMS]
        if bad_items:
            problems.append(f"unknown review items {bad_items}")
        if not (func.__doc__ or "").strip():
            problems.append("the rule function needs a docstring stating the obligation")
        if sectors is not None and not set(sectors) <= _SECTORS:
            problems.append(f"sectors must be among {sorted(_SECTORS)}")
        if problems:
            msg = f"bad declaration of rule {code}: " + "; ".join(problems)
            raise TypeError(msg)
        return Rule(
            code=code, family=family, title=title, title_en=title_en, citations=tuple(cites),
            severity=severity, review_items=tuple(review_items), func=func,
            doc=" ".join((func.__doc__ or "").split()), example=example, derived=derived,
            sectors=None if sectors is None else frozenset(sectors), kinds=frozenset(kinds), valid_from=valid_from,
        )

    return wrap


class RuleContext:
    """What a rule may use besides the case: the profile's parameters (recorded in each finding), the
    calendar, ``as_of``, and constructors for findings."""

    __slots__ = ("_params", "as_of", "block_indeterminate", "block_on", "calendar", "lang", "matter",
                 "profile", "rule", "sector", "view")

    def __init__(
        self,
        rule: Rule,
        view: CaseView,
        *,
        profile: Profile,
        calendar: WorkingCalendar,
        as_of: date,
        lang: str,
        block_on: Severity,
        block_indeterminate: bool,
    ) -> None:
        self.rule = rule
        self.view = view
        self.profile = profile
        self.sector = profile.sector
        self.matter = view.case.matter.value if view.case.matter is not None else None
        self.calendar = calendar
        self.as_of = as_of
        self.lang = lang
        self.block_on = block_on
        self.block_indeterminate = block_indeterminate
        self._params: list[ParamValue] = []

    # -- parameters -------------------------------------------------------------------------------

    def param(self, name: str, *, on: date) -> ParamValue:
        """The profile's value of ``name`` in force on ``on``; recorded in the findings that follow."""
        value = self.profile.value(name, on, self.matter)
        if value not in self._params:
            self._params.append(value)
        return value

    # -- findings ---------------------------------------------------------------------------------

    def finding(
        self,
        outcome: Outcome,
        text: Message,
        *,
        act: ActBase | None = None,
        subject: str | None = None,
        loc: Sequence[str | int] = (),
        field: str | None = None,
        discriminator: str | None = None,
        related: Iterable[str] = (),
        citations: Iterable[Citation] | None = None,
        severity: Severity | None = None,
        facts: Mapping[str, Any] | None = None,
        due_on: date | None = None,
        not_before: date | None = None,
        missing: Iterable[str] = (),
        params: Iterable[ParamValue] | None = None,
    ) -> Finding:
        """A finding about ``act`` (or ``subject``); ``field`` extends the act's location."""
        rule = self.rule
        sev = severity or rule.severity
        source_ref = None
        if act is not None:
            subject = subject or act.id
            source_ref = act.source_ref
            loc = self.view.loc(act.id)
            if field:
                loc = (*loc, field)
        key = rule.code
        if subject:
            key = f"{key}:{subject}:{discriminator}" if discriminator else f"{key}:{subject}"
        elif discriminator:
            key = f"{key}:{discriminator}"
        if outcome is Outcome.VIOLATED:
            blocking = _RANK[sev] >= _RANK[self.block_on]
        else:
            blocking = outcome is Outcome.INDETERMINATE and self.block_indeterminate
        return Finding(
            rule.code, outcome, sev, blocking,
            rule.citations if citations is None else tuple(citations),
            loc if type(loc) is tuple else tuple(loc),
            subject,
            related if type(related) is tuple else tuple(related),
            key, text, self.lang, due_on, not_before,
            _NO_FACTS if facts is None else facts,
            tuple(self._params) if params is None else tuple(params),
            missing if type(missing) is tuple else tuple(missing),
            source_ref,
        )

    def violated(self, text: Message, **kw: Any) -> Finding:
        return self.finding(Outcome.VIOLATED, text, **kw)

    def satisfied(self, text: Message, **kw: Any) -> Finding:
        return self.finding(Outcome.SATISFIED, text, **kw)

    def pending(self, text: Message, *, due_on: date, **kw: Any) -> Finding:
        return self.finding(Outcome.PENDING, text, due_on=due_on, **kw)

    def indeterminate(self, text: Message, *, missing: Iterable[str], **kw: Any) -> Finding:
        return self.finding(Outcome.INDETERMINATE, text, missing=missing, **kw)

    def not_applicable(self, text: Message, **kw: Any) -> Finding:
        """``not_applicable``; without a subject it is a shared constant."""
        if not kw:
            return self.rule.shared_not_applicable(text, self.lang)
        return self.finding(Outcome.NOT_APPLICABLE, text, **kw)

    def member_cites(self, value: ParamValue, members: Iterable[str]) -> tuple[Citation, ...]:
        """The citations behind some members of a set parameter, in order, without repeats."""
        out: list[Citation] = []
        for m in members:
            out.extend(c for c in value.member_cites.get(m, ()) if c not in out)
        return tuple(out) or value.cites
