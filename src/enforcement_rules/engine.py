"""The engine: read the case once, index it once, run the selected rules, collect a report.

Rules never re-scan the timeline for what the :class:`CaseView` index answers, and a new rule family
never edits this file: it asks the view for what it needs (``view.of(Decision)``, ``view.get(id)``).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from enforcement_rules._version import __version__
from enforcement_rules.calendar import WorkingCalendar, default_calendar
from enforcement_rules.errors import RuleEvaluationError, UnknownRuleError
from enforcement_rules.models.actions import ActBase, Service
from enforcement_rules.models.case import Case
from enforcement_rules.models.loading import CaseInput, load_case
from enforcement_rules.models.people import Party, Staff
from enforcement_rules.models.records import Record
from enforcement_rules.profiles.profile import Profile, default_profile_name, load_profile
from enforcement_rules.report import DataWarning, Finding, Outcome, Report, Severity
from enforcement_rules.rule import Rule, RuleContext

__all__ = ["CaseView", "check", "select_rules"]

A = TypeVar("A", bound=ActBase)

_NOTHING_TO_CHECK = ("本案没有该规则适用的环节", "Nothing in this case for this rule to check")
_OUT_OF_SCOPE = ("该规则不适用于本类案件或本行业配置", "This rule does not apply to this kind of case or profile")
_CRASHED = (
    "规则执行出错，结果未知，按阻止处理（{error}）",
    "The rule crashed; its result is unknown and treated as blocking ({error})",
)


class CaseView:
    """A case, indexed once: acts by type and by id, services by document, records by act. Indexes
    beyond the acts are built on first use; every list is in time order."""

    __slots__ = ("_all", "_by_id", "_by_type", "_loc", "_people", "_records", "_services", "_sorted", "case")

    def __init__(self, case: Case) -> None:
        self.case = case
        acts = case.acts
        by_type: dict[type[ActBase], list[ActBase]] = {}
        for act in acts:
            kind = type(act)
            if kind in by_type:
                by_type[kind].append(act)
            else:
                by_type[kind] = [act]
        self._by_type = by_type
        self._by_id: dict[str, Any] = {act.id: act for act in acts}
        self._loc: dict[str, tuple[str | int, ...]] = {act.id: ("acts", i) for i, act in enumerate(acts)}
        self._sorted: set[type[ActBase]] = set()
        self._services: dict[str, list[Service]] | None = None
        self._records: dict[str, list[Record]] | None = None
        self._people = False
        self._all: list[ActBase] | None = None

    def of(self, cls: type[A]) -> list[A]:
        """Acts of one type, in time order (date, then time where known, then id). Do not modify it."""
        group = self._by_type.get(cls)
        if group is None:
            return []
        if cls not in self._sorted:
            if len(group) > 1:
                group.sort(key=_time_key)
            self._sorted.add(cls)
        return group  # type: ignore[return-value]

    def in_time_order(self, *classes: type[ActBase]) -> list[ActBase]:
        """Acts of several types together, in time order."""
        return sorted((a for cls in classes for a in self._by_type.get(cls, ())), key=_time_key)

    @property
    def acts(self) -> list[ActBase]:
        """Every act in time order; list order in the input means nothing. Do not modify it."""
        if self._all is None:
            self._all = sorted(self.case.acts, key=_time_key)
        return self._all

    def _index_people(self) -> None:
        groups: tuple[tuple[str, tuple[Party | Staff | Record, ...]], ...] = (
            ("parties", self.case.parties), ("staff", self.case.staff), ("records", self.case.records))
        for group, items in groups:
            for i, item in enumerate(items):
                self._by_id[item.id] = item
                self._loc[item.id] = (group, i)
        self._people = True

    def get(self, item_id: str) -> Any:
        """The act, party, staff member or record with this id (None if there is none)."""
        found = self._by_id.get(item_id)
        if found is None and not self._people:
            self._index_people()
            found = self._by_id.get(item_id)
        return found

    def loc(self, item_id: str) -> tuple[str | int, ...]:
        """Where the item is in the input: ``("acts", 4)``."""
        found = self._loc.get(item_id)
        if found is None and not self._people:
            self._index_people()
            found = self._loc.get(item_id)
        return found or ()

    def services_of(self, document_id: str) -> list[Service]:
        """Services of a document, in time order."""
        if self._services is None:
            self._services = {}
            for service in self.of(Service):
                self._services.setdefault(service.document_id, []).append(service)
        return self._services.get(document_id, [])

    def records_for(self, act_id: str) -> list[Record]:
        """Records that document an act."""
        if self._records is None:
            self._records = {}
            for record in self.case.records:
                for i in record.act_ids:
                    self._records.setdefault(i, []).append(record)
        return self._records.get(act_id, [])

    def party(self, party_id: str) -> Party | None:
        item = self.get(party_id)
        return item if isinstance(item, Party) else None

    def staff(self, staff_id: str) -> Staff | None:
        item = self.get(staff_id)
        return item if isinstance(item, Staff) else None

    def parties_of(self, act: ActBase) -> list[Party]:
        """The parties an act concerns (every party when it names none)."""
        if not act.party_ids:
            return list(self.case.parties)
        return [p for p in (self.party(i) for i in act.party_ids) if p is not None]

    @staticmethod
    def before(a: ActBase, b: ActBase) -> bool | None:
        """Whether ``a`` happened before ``b``: by date, then by time on the same day; None when both
        are on the same day and a time is missing."""
        if a.on != b.on:
            return a.on < b.on
        ta, tb = a.moment, b.moment
        if ta is None or tb is None:
            return None
        return ta < tb


def _time_key(act: ActBase) -> tuple[date, float, str]:
    moment = act.at or act.start_at
    return (act.on, moment.timestamp() if moment is not None else -1.0, act.id)


def select_rules(
    rules: Iterable[Rule], select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> tuple[tuple[Rule, ...], tuple[str, ...]]:
    """The rules to run and the codes skipped, by code or family names; UnknownRuleError for a name
    that is neither."""
    all_rules = tuple(rules)
    if not select and not ignore:
        return all_rules, ()
    codes = {r.code for r in all_rules}
    families = {r.family for r in all_rules}

    def names(raw: Iterable[str] | None) -> set[str]:
        out: set[str] = set()
        for item in raw or ():
            for part in str(item).split(","):
                name = part.strip()
                if not name:
                    continue
                if name.upper() in codes:
                    out.add(name.upper())
                elif name.lower() in families:
                    out.add(name.lower())
                else:
                    close = difflib.get_close_matches(name, sorted(codes | families), n=1)
                    raise UnknownRuleError(name, close[0] if close else None)
        return out

    chosen = names(select)
    dropped = names(ignore)

    def picked(r: Rule) -> bool:
        wanted = not chosen or r.code in chosen or r.family in chosen
        return wanted and r.code not in dropped and r.family not in dropped

    run = tuple(r for r in all_rules if picked(r))
    skipped = tuple(r.code for r in all_rules if not picked(r))
    return run, skipped


def check(
    case_or_data: CaseInput,
    *,
    as_of: date,
    profile: str | Path | Profile | None = None,
    calendar: WorkingCalendar | None = None,
    lang: str = "zh",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    block_on: Severity | str = Severity.ERROR,
    block_indeterminate: bool = False,
    strict: bool = False,
    rules: Iterable[Rule] | None = None,
) -> Report:
    """Check a case against every selected rule and return a :class:`Report` (DESIGN §4).

    ``as_of`` is the day the check is made for (the library never reads the clock). ``profile`` is a
    shipped profile name, a user profile file or a :class:`Profile`; None picks the case's sector.
    ``block_on`` is the lowest severity that blocks; ``block_indeterminate`` makes indeterminate
    findings block too. ``strict`` re-raises a crashing rule as :class:`RuleEvaluationError` (tests).
    Raises InvalidCaseError, ProfileError or UnknownRuleError for bad input; never for a violation.
    """
    if lang not in ("zh", "en"):
        msg = f"lang must be 'zh' or 'en', got {lang!r}"
        raise ValueError(msg)
    if not isinstance(as_of, date) or isinstance(as_of, datetime):
        msg = "as_of must be a date (not a datetime)"
        raise TypeError(msg)
    severity = Severity(block_on)
    case = load_case(case_or_data)
    prof = load_profile(profile if profile is not None else default_profile_name(case.sector),
                        default=default_profile_name(case.sector), province=case.province_code)
    cal = calendar if calendar is not None else default_calendar()
    if rules is None:
        from enforcement_rules.rules import RULES

        rules = RULES
    run, skipped = select_rules(rules, select, ignore)
    view = CaseView(case)
    findings: list[Finding] = []
    complete = True
    kind = case.kind.value
    sector = prof.sector
    for r in run:
        if kind not in r.kinds or (r.sectors is not None and sector not in r.sectors):
            findings.append(r.shared_not_applicable(_OUT_OF_SCOPE, lang))
            continue
        ctx = RuleContext(r, view, profile=prof, calendar=cal, as_of=as_of, lang=lang, block_on=severity,
                          block_indeterminate=block_indeterminate)
        try:
            found = list(r(view, ctx))
        except Exception as exc:
            if strict:
                raise RuleEvaluationError(r.code, case.id) from exc
            complete = False
            found = [_crash_finding(r, ctx, exc)]
        findings.extend(found or (r.shared_not_applicable(_NOTHING_TO_CHECK, lang),))
    return Report(
        case_id=case.id,
        as_of=as_of,
        profile=prof.describe(),
        calendar=cal.describe(),
        lang=lang,
        block_on=severity,
        complete=complete,
        findings=tuple(findings),
        skipped_rules=skipped,
        data_warnings=_data_warnings(view, as_of),
        library_version=__version__,
    )


def _crash_finding(r: Rule, ctx: RuleContext, exc: Exception) -> Finding:
    # A crash is never a pass: indeterminate, error severity, blocking (DESIGN §8). The exception's
    # type is reported, not its message, which might quote input data.
    finding = ctx.finding(Outcome.INDETERMINATE, _CRASHED, severity=Severity.ERROR,
                          facts={"error": type(exc).__name__}, missing=("rule_crashed",))
    return finding._replace(blocking=True, crashed=True)


def _data_warnings(view: CaseView, as_of: date) -> tuple[DataWarning, ...]:
    return tuple(
        DataWarning(
            "act_after_as_of", act.id, view.loc(act.id),
            (f"环节 {act.id} 的日期 {act.on.isoformat()} 晚于检查日 {as_of.isoformat()}，仍按记录评价",
             f"act {act.id} is dated {act.on.isoformat()}, after the as-of date {as_of.isoformat()}; "
             "it is evaluated as recorded"),
        )
        for act in sorted((a for a in view.case.acts if a.on > as_of), key=_time_key)
    )
