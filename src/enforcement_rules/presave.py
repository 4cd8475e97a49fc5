"""Pre-save validation (DESIGN §4, contract): would saving this change break an obligation?

A case-handling system calls :func:`ensure_compliant` just before it saves a record. Both versions of
the case — ``before`` (as saved) and ``after`` (as it would be saved) — are checked at the same
``as_of``; findings are compared by their ``key``:

- *introduced*: violated in ``after``, not violated in ``before``;
- *resolved*: violated in ``before``, not violated in ``after``;
- *kept*: violated in both.

Each introduced finding gets a :class:`Cause`, decided by comparing, between the two versions, the acts
and records the finding names (its ``subject`` and ``related`` ids, and those named by the findings of
the same rule about the same subject in ``before``, which is how a removed act is seen): ``new_act``,
``changed_act``, ``removed_act`` — the change made the breach — or ``new_fact`` when none of them
changed: the change only revealed an earlier breach (a truthful late entry, a corrected party or staff
record, a header fact such as the day the violation was discovered). By default only the first three
block, so that a library never rewards leaving a true fact out of the file; ``scope="all"`` blocks on
anything that blocks in ``after``. A crashed rule always blocks: a crash is never a pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pydantic_core

from enforcement_rules.engine import check
from enforcement_rules.errors import ComplianceError, InputProblem, InvalidCaseError
from enforcement_rules.models.case import Case
from enforcement_rules.models.loading import CaseInput, load_case
from enforcement_rules.report import Finding, Outcome, Report, Severity

if TYPE_CHECKING:
    from enforcement_rules.calendar import WorkingCalendar
    from enforcement_rules.profiles.profile import Profile
    from enforcement_rules.rule import Rule

__all__ = ["CHANGE_REPORT_VERSION", "Cause", "ChangeReport", "Introduced", "Scope", "check_change",
           "ensure_compliant", "refusal_message"]

#: The version of the change report's JSON form.
CHANGE_REPORT_VERSION = 1


class Cause(StrEnum):
    """Why a finding was introduced by a change."""

    NEW_ACT = "new_act"  # 新增的环节造成
    CHANGED_ACT = "changed_act"  # 修改的环节造成
    REMOVED_ACT = "removed_act"  # 删除的环节造成
    NEW_FACT = "new_fact"  # 新记录的事实揭示了既往违法

    @property
    def zh(self) -> str:
        return _CAUSE_TEXT[self][0]

    @property
    def en(self) -> str:
        return _CAUSE_TEXT[self][1]


_CAUSE_TEXT = {
    Cause.NEW_ACT: ("新增环节所致", "caused by a new act"),
    Cause.CHANGED_ACT: ("修改环节所致", "caused by a changed act"),
    Cause.REMOVED_ACT: ("删除环节所致", "caused by a removed act"),
    Cause.NEW_FACT: ("新记录的事实揭示了既往违法", "an earlier breach revealed by a newly recorded fact"),
}


class Scope(StrEnum):
    """What a pre-save check blocks on."""

    INTRODUCED = "introduced"  # introduced blocking findings caused by a new, changed or removed act
    ALL = "all"  # every blocking finding of the case as it would be saved


@dataclass(frozen=True, slots=True)
class Introduced:
    """A finding the change introduced, with its cause and the acts (or records) that decide it."""

    finding: Finding
    cause: Cause
    acts: tuple[str, ...] = ()

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {**self.finding.as_dict(lang), "cause": self.cause.value, "cause_acts": list(self.acts)}


@dataclass(frozen=True, slots=True)
class ChangeReport:
    """The difference a change makes (DESIGN §4). ``before`` is None for a new case."""

    after: Report
    before: Report | None
    introduced: tuple[Introduced, ...]
    resolved: tuple[Finding, ...]
    kept: tuple[Finding, ...]
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    facts_changed: bool = False
    scope: Scope = Scope.INTRODUCED

    @property
    def case_id(self) -> str:
        return self.after.case_id

    @property
    def as_of(self) -> date:
        return self.after.as_of

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """The findings that refuse the save under ``scope``; a crashed rule always refuses it."""
        if self.scope is Scope.ALL:
            return self.after.blocking
        caused = [i.finding for i in self.introduced if i.finding.blocking and i.cause is not Cause.NEW_FACT]
        crashed = [f for f in self.after.findings if f.crashed]
        return (*caused, *crashed)

    @property
    def revealed(self) -> tuple[Introduced, ...]:
        """Introduced findings caused by a new fact: reported to the user, not blocking (by default)."""
        return tuple(i for i in self.introduced if i.cause is Cause.NEW_FACT)

    @property
    def ok(self) -> bool:
        """Nothing refuses the save."""
        return not self.blocking

    def cause_of(self, key: str) -> Cause | None:
        """The cause of the introduced finding with this key (None if it was not introduced)."""
        return next((i.cause for i in self.introduced if i.finding.key == key), None)

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        use = lang or self.after.lang
        return {
            "change_report_version": CHANGE_REPORT_VERSION,
            "case_id": self.case_id,
            "as_of": self.as_of,
            "scope": self.scope.value,
            "block_on": self.after.block_on.value,
            "ok": self.ok,
            "changes": {"added": list(self.added), "changed": list(self.changed), "removed": list(self.removed),
                        "facts_changed": self.facts_changed},
            "blocking": [f.key for f in self.blocking],
            "introduced": [i.as_dict(use) for i in self.introduced],
            "resolved": [f.as_dict(use) for f in self.resolved],
            "kept": [f.as_dict(use) for f in self.kept],
        }

    def to_json(self, *, lang: str | None = None, indent: int | None = None) -> bytes:
        """The change report as JSON bytes; identical input gives identical bytes."""
        return pydantic_core.to_json(self.as_dict(lang), indent=indent)

    def to_text(self, *, lang: str | None = None) -> str:
        """What blocks, what was revealed without blocking, and what the change resolved."""
        use = lang or self.after.lang
        lines = [refusal_message(self, use)] if not self.ok else [
            f"案件 {self.case_id}：可以保存" if use == "zh" else f"Case {self.case_id}: the change may be saved"]
        shown = {f.key for f in self.blocking}
        for i in self.introduced:
            if i.finding.key not in shown:
                label = "提示（不阻止保存）" if use == "zh" else "note (does not block)"
                lines.append(f"  {label} {_line(i.finding, i.cause, use)}")
        for f in self.resolved:
            label = "已纠正" if use == "zh" else "resolved"
            lines.append(f"  {label} {f.code}{_subject(f)}")
        return "\n".join(lines)


def _subject(f: Finding) -> str:
    return f" [{f.subject}]" if f.subject else ""


def _line(f: Finding, cause: Cause | None, lang: str) -> str:
    zh = lang == "zh"
    cites = ("；" if zh else "; ").join(c.zh if zh else c.en for c in f.citations)
    why = "" if cause is None else (cause.zh if zh else cause.en)
    if zh:
        note = "；".join(x for x in (why, f"依据：{cites}" if cites else "") if x)
        return f"{f.code}{_subject(f)} {f.render(lang)}" + (f"（{note}）" if note else "")
    note = "; ".join(x for x in (why, f"basis: {cites}" if cites else "") if x)
    return f"{f.code}{_subject(f)} {f.render(lang)}" + (f" ({note})" if note else "")


def refusal_message(report: ChangeReport | Report, lang: str = "zh") -> str:
    """The blocking findings of a report, one per line, in Chinese (``lang="zh"``) or English. Findings
    name acts and people by id, never by personal data."""
    blocking = report.blocking
    causes: Mapping[str, Cause] = (
        {i.finding.key: i.cause for i in report.introduced} if isinstance(report, ChangeReport) else {})
    n = len(blocking)
    if lang == "zh":
        head = f"保存被阻止：案件 {report.case_id} 将有 {n} 项不符合法定义务："
    else:
        head = f"Save refused: case {report.case_id} would break {n} obligation(s):"
    lines = [head, *(f"  {_line(f, causes.get(f.key), lang)}" for f in blocking)]
    if isinstance(report, ChangeReport) and report.revealed and report.scope is Scope.INTRODUCED:
        k = len(report.revealed)
        lines.append(f"  另有 {k} 项既往违法因新记录的事实而显现，不阻止保存。" if lang == "zh" else
                     f"  {k} earlier breach(es) revealed by newly recorded facts do not block the save.")
    return "\n".join(lines)


# -- comparing the two versions ---------------------------------------------------------------------


def _documents(case: Case) -> dict[str, Any]:
    """The acts and records of a case by id: what the agency did and wrote (the causes' "acts")."""
    out: dict[str, Any] = {a.id: a for a in case.acts}
    out.update((r.id, r) for r in case.records)
    return out


_ITEM_GROUPS = frozenset({"acts", "records", "parties", "staff"})


def _facts_differ(before: Case, after: Case) -> bool:
    """The header, the parties or the staff differ: facts about the case, not acts of the agency."""
    names = (n for n in Case.model_fields if n not in _ITEM_GROUPS)
    return (any(getattr(before, n) != getattr(after, n) for n in names)
            or before.parties != after.parties or before.staff != after.staff)


def _named(f: Finding) -> set[str]:
    ids = set(f.related)
    if f.subject is not None:
        ids.add(f.subject)
    return ids


def _cause(f: Finding, earlier: Iterable[Finding], added: set[str], changed: set[str],
           removed: set[str]) -> tuple[Cause, tuple[str, ...]]:
    named = _named(f)
    for g in earlier:  # what the same rule said about the same subject before: it sees removed acts
        named |= _named(g)
    for cause, ids in ((Cause.NEW_ACT, added), (Cause.CHANGED_ACT, changed), (Cause.REMOVED_ACT, removed)):
        hit = named & ids
        if hit:
            return cause, tuple(sorted(hit))
    return Cause.NEW_FACT, ()


def _load(data: CaseInput, side: str) -> Case:
    try:
        return load_case(data)
    except InvalidCaseError as exc:
        if side == "after":
            raise
        # Say which version is wrong: the saved one is rarely what the user just typed.
        raise InvalidCaseError([InputProblem((side, *p.loc), p.type, p.msg_zh, p.msg_en)
                                for p in exc.problems]) from None


def check_change(
    before: CaseInput | None,
    after: CaseInput,
    *,
    as_of: date,
    profile: str | Path | Profile | None = None,
    calendar: WorkingCalendar | None = None,
    block_on: Severity | str = Severity.ERROR,
    scope: Scope | str = Scope.INTRODUCED,
    lang: str = "zh",
    rules: Iterable[Rule] | None = None,
) -> ChangeReport:
    """Check ``before`` and ``after`` at the same ``as_of`` and compare their findings by key.

    ``before`` None means a new case: every violated finding is introduced, caused by a new act.
    Raises InvalidCaseError (a problem in ``before`` is located under ``("before", ...)``),
    ProfileError or UnknownRuleError for bad input; a violation is never an exception here.
    """
    chosen = Scope(scope)
    rule_list = tuple(rules) if rules is not None else None
    new = _load(after, "after")
    old = _load(before, "before") if before is not None else None
    kw: dict[str, Any] = {"as_of": as_of, "profile": profile, "calendar": calendar, "block_on": block_on,
                          "lang": lang, "rules": rule_list}
    after_report = check(new, **kw)
    before_report = check(old, **kw) if old is not None else None

    old_docs = _documents(old) if old is not None else {}
    new_docs = _documents(new)
    added = {i for i in new_docs if i not in old_docs}
    removed = {i for i in old_docs if i not in new_docs}
    changed = {i for i, doc in new_docs.items() if i in old_docs and old_docs[i] != doc}

    was_violated: dict[str, Finding] = {}
    earlier: dict[tuple[str, str | None], list[Finding]] = {}
    for f in before_report.findings if before_report is not None else ():
        if f.outcome is Outcome.VIOLATED:
            was_violated[f.key] = f
        if f.subject is not None or f.related:
            earlier.setdefault((f.code, f.subject), []).append(f)

    introduced: list[Introduced] = []
    kept: list[Finding] = []
    now_violated: set[str] = set()
    for f in after_report.findings:
        if f.outcome is not Outcome.VIOLATED:
            continue
        now_violated.add(f.key)
        if f.key in was_violated:
            kept.append(f)
        elif old is None:
            introduced.append(Introduced(f, Cause.NEW_ACT, tuple(sorted(_named(f)))))
        else:
            cause, acts = _cause(f, earlier.get((f.code, f.subject), ()), added, changed, removed)
            introduced.append(Introduced(f, cause, acts))
    resolved = tuple(f for key, f in was_violated.items() if key not in now_violated)
    return ChangeReport(
        after=after_report, before=before_report, introduced=tuple(introduced), resolved=resolved,
        kept=tuple(kept), added=tuple(sorted(added)), changed=tuple(sorted(changed)),
        removed=tuple(sorted(removed)), facts_changed=old is not None and _facts_differ(old, new), scope=chosen,
    )


def ensure_compliant(
    after: CaseInput,
    *,
    as_of: date,
    before: CaseInput | None = None,
    profile: str | Path | Profile | None = None,
    block_on: Severity | str = Severity.ERROR,
    scope: Scope | str = Scope.INTRODUCED,
    calendar: WorkingCalendar | None = None,
    lang: str = "zh",
) -> ChangeReport:
    """Refuse a save that would break an obligation: raise :class:`ComplianceError` listing the blocking
    findings (in Chinese; ``lang="en"`` for English) and carrying the :class:`ChangeReport`.

    Returns the change report when the save may go ahead: show its ``revealed`` findings (earlier
    breaches a new fact brought to light) to the user, who saves anyway.
    """
    report = check_change(before, after, as_of=as_of, profile=profile, calendar=calendar, block_on=block_on,
                          scope=scope, lang=lang)
    if not report.ok:
        raise ComplianceError(report, lang=lang)
    return report
