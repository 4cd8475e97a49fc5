"""Questions the HEAR rules share: which hearings, which notice, who investigated, who is a minor, and
whether something came a period before a day ("N日前", SPEC §2)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta

from enforcement_rules.calendar import Period, PeriodUnit, WorkingCalendar
from enforcement_rules.eligibility import Eligibility, age_on
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import Citation
from enforcement_rules.models.actions import (
    ActBase,
    CoerciveMeasure,
    Decision,
    EvidencePreservation,
    Hearing,
    HearingNotice,
    Inspection,
    Questioning,
    Sampling,
    Verification,
)
from enforcement_rules.models.people import PartyKind, StaffRole
from enforcement_rules.report import Finding
from enforcement_rules.rule import RuleContext

__all__ = ["NOT_ELIGIBLE", "NO_HEARING", "SUMMARY", "UNSURE", "ahead", "by_sector", "days_between", "grounds",
           "hearing_before", "hearings", "investigators", "latest", "minor_party", "notice_of", "shown", "unique"]

NO_HEARING = ("本案未举行听证", "No hearing was held in this case")
SUMMARY = ("简易程序不适用听证程序", "Summary procedure: no hearing procedure")
NOT_ELIGIBLE = ("拟作出的处罚不符合听证条件：{why}", "The proposed penalty is not hearing-eligible: {why}")
UNSURE = ("无法判断是否符合听证条件：{why}", "Cannot tell whether the penalty is hearing-eligible: {why}")
_ADULT = 18
#: Acts whose staff investigated the case (调查人员 / 办案人员).
_INVESTIGATION = (Verification, Inspection, Questioning, Sampling, EvidencePreservation, CoerciveMeasure)


def by_sector(ctx: RuleContext, table: Mapping[str, tuple[Citation, ...]],
              found: Iterable[Finding]) -> Iterator[Finding]:
    """The findings, citing the articles of the profile's sector where they cite the rule's whole list."""
    cites = table.get(ctx.sector, table["national"])
    for f in found:
        yield f._replace(citations=cites) if f.subject and f.citations is ctx.rule.citations else f


def unique(*groups: Iterable[Citation]) -> tuple[Citation, ...]:
    """Citations in order, without repeats."""
    return tuple(dict.fromkeys(c for g in groups for c in g))


def grounds(ctx: RuleContext, e: Eligibility) -> dict[str, object]:
    """The facts that make a finding explain itself: why (in words, with the articles and layers) and
    every ground with its parameter, value, layer and citation."""
    return {"why": e.describe(ctx.lang), "eligibility": e.as_dict()}


def hearings(view: CaseView, ctx: RuleContext) -> list[Hearing]:
    """The hearings held under the rule's law, in time order."""
    return [h for h in view.of(Hearing) if h.on >= ctx.rule.valid_from]


def notice_of(view: CaseView, hearing: Hearing) -> HearingNotice | None:
    """The hearing notice for ``hearing``: the one it links to, else the latest dated on or before it."""
    if hearing.hearing_notice_id is not None:
        linked = view.get(hearing.hearing_notice_id)
        return linked if isinstance(linked, HearingNotice) else None
    earlier = [n for n in view.of(HearingNotice) if n.on <= hearing.on]
    return earlier[-1] if earlier else None


def hearing_before(hearing: Hearing, decision: Decision) -> bool | None:
    """Whether the hearing ended before the decision: by date, then by the hearing's end (or start) and the
    decision's time on the same day; None when the day is the same and a time is missing."""
    if hearing.on != decision.on:
        return hearing.on < decision.on
    ended, decided = hearing.end_at or hearing.start_at, decision.moment
    if ended is None or decided is None:
        return None
    return ended <= decided


def investigators(view: CaseView) -> set[str]:
    """Staff who investigated this case: the officers (办案人员) and everyone on an investigative act."""
    out = {s.id for s in view.case.staff if StaffRole.OFFICER in s.roles}
    for act in view.in_time_order(*_INVESTIGATION):
        out.update(act.staff_ids)
    return out


def minor_party(view: CaseView, act: ActBase, on: date) -> bool | None:
    """Whether a natural-person party of ``act`` is under 18 on ``on``; None when an age is unknown."""
    ages = [age_on(p, on) for p in view.parties_of(act) if p.kind is PartyKind.NATURAL_PERSON]
    if any(a is not None and a < _ADULT for a in ages):
        return True
    return None if None in ages else False


def ahead(calendar: WorkingCalendar, start: date, period: Period, target: date) -> tuple[bool | None, int | None]:
    """Whether ``start`` is at least ``period`` before ``target`` (in time when start + period ≤ target,
    SPEC §2), and the year a missing calendar would need; a start fewer than N calendar days before is
    surely late, whatever the calendar."""
    try:
        return calendar.end_of(start, period) <= target, None
    except CalendarCoverageError as exc:
        if period.unit is PeriodUnit.WORKING_DAYS and target < start + timedelta(days=period.n):
            return False, None
        return None, exc.needed_year


def days_between(calendar: WorkingCalendar, start: date, end: date, unit: PeriodUnit) -> int | None:
    """How many days of ``unit`` (working or calendar days) lie in (start, end]: how far ahead ``start`` was."""
    if unit is not PeriodUnit.WORKING_DAYS:
        return (end - start).days
    try:
        days = (start + timedelta(days=i) for i in range(1, (end - start).days + 1))
        return sum(1 for d in days if calendar.is_working_day(d))
    except CalendarCoverageError:
        return None


def latest(calendar: WorkingCalendar, target: date, period: Period) -> date | None:
    """The last day on which something due ``period`` before ``target`` may still be done."""
    try:
        return calendar.latest_start(target, period)
    except CalendarCoverageError:
        return None


def shown(ctx: RuleContext, period: Period) -> str:
    """A period as the report's language writes it."""
    return period.zh if ctx.lang == "zh" else str(period)
