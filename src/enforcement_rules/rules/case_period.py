"""TIME-002 — the decision within the case period (办案期限), net of excluded intervals, plus approved
extensions; and the period arithmetic with pauses that TIME-004 shares.

SPEC §4 TIME-002, §3 "decide within"; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta

from enforcement_rules.calendar import Period, PeriodUnit, WorkingCalendar
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSAPL_2012, PSB_P, SAMR_P, Citation
from enforcement_rules.models.actions import Decision, Filing
from enforcement_rules.models.time_limits import ExcludedInterval, Extension, ExtensionApproval, ExtensionStage
from enforcement_rules.profiles.profile import ParamValue
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED, is_summary

__all__ = ["Pauses", "case_period", "cited", "pauses_of", "period_end"]

_DAY = timedelta(days=1)
Pauses = list[tuple[date, date]]
_CPL60 = CPL.art(60)


def period_end(calendar: WorkingCalendar, start: date, period: Period, pauses: Pauses) -> date:
    """The last day of ``period`` counted from ``start`` (not counted), the days inside ``pauses`` (merged,
    sorted, both ends included) not counted: the clock stops while an excluded interval runs."""
    if period.unit is PeriodUnit.WORKING_DAYS:
        d, left, i = start, period.n, 0
        while left:
            d += _DAY
            while i < len(pauses) and pauses[i][1] < d:
                i += 1
            if (i < len(pauses) and pauses[i][0] <= d) or not calendar.is_working_day(d):
                continue
            left -= 1
        return d
    days = period.n if period.unit is PeriodUnit.DAYS else (calendar.end_of(start, period) - start).days
    d, left = start, days
    for first, last in pauses:
        if last <= d:
            continue
        free = (max(first, d + _DAY) - d).days - 1  # counted days before the pause begins
        if left <= free:
            break
        left -= free
        d = last
    return d + timedelta(days=left)


def pauses_of(intervals: Iterable[tuple[int, ExcludedInterval]], until: date | None) -> tuple[Pauses, list[str]]:
    """Merged ``(first, last)`` pauses of the intervals, and the locations of those without the dates
    needed; an interval beginning after ``until`` (the decision) is ignored."""
    spans: Pauses = []
    missing: list[str] = []
    for i, iv in intervals:
        if iv.start_on is not None and until is not None and iv.start_on > until:
            continue
        if iv.start_on is None or iv.end_on is None:
            missing.append(f"time_limits.excluded[{i}].{'start_on' if iv.start_on is None else 'end_on'}")
            continue
        spans.append((iv.start_on, max(iv.start_on, iv.end_on)))
    spans.sort()
    merged: Pauses = []
    for first, last in spans:
        if merged and first <= merged[-1][1] + _DAY:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged, missing


@rule(
    "TIME-002",
    family="time",
    title="在办案期限内作出处理决定",
    title_en="Decision within the case period",
    cites=[CPL.art(60), SAMR_P.art(64, 1), SAMR_P.art(64, 2), SAMR_P.art(80), MEE_P.art(57, 1), MEE_P.art(57, 2),
           MEE_P.art(54, 2), MEE_P.art(90, 2), PSAPL.art(118, 1), PSAPL.art(118, 2), PSAPL_2012.art(99, 1),
           PSAPL_2012.art(99, 2), PSB_P.art(165, 1), PSB_P.art(35)],
    example=("2025年3月4日立案，未经批准延长，也没有不计入期限的期间，到2025年6月20日才作出处罚决定，超过九十日。",
             "Filed on 2025-03-04 with no approved extension and no excluded interval, the case was decided only "
             "on 2025-06-20, after 90 days."),
    derived=("不计入期限的期间按记录的起止日计算（两端均不计入）；期间中的日子不计数（“停表”）。延长须在期限届满前批准；"
             "负责人集体讨论的延长亦可作为首次延长的批准。处理决定包括不予处罚、移送的决定。",
             "An excluded interval stops the clock from its first to its last day, both included. An extension "
             "counts only if approved before the period ran out; a collective discussion of the heads may stand "
             "for the head's approval of the first one. Any decision closing the case counts, not only a penalty."),
    severity=Severity.ERROR,
    review_items=("F2",),
)
def case_period(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The case is decided within the profile's period from filing (police 治安 before 2026: from
    acceptance), net of the excluded intervals recorded with their dates, plus extensions approved in
    time by the right person; an undecided case is pending until the last day."""
    if is_summary(view):
        yield ctx.not_applicable(("简易程序不适用办案期限", "Summary procedure: no case period"))
        return
    start = _start(view, ctx)
    if start is None or isinstance(start, Finding):
        yield start or ctx.not_applicable(("本案尚未立案", "The case has not been filed"))
        return
    runs_from, day0, where = start
    period = ctx.param("case.decide_within", on=day0)
    if period.status == "none_in_law":
        yield ctx.not_applicable(("本配置未规定办案期限", "This profile sets no case period"), **where)
        return
    if not period.configured:
        yield ctx.indeterminate(UNCONFIGURED, missing=(period.name,), facts={"param": period.name}, **where)
        return
    decisions = view.of(Decision)
    yield _judge(view, ctx, (runs_from, day0), where, period, decision=decisions[0] if decisions else None)


Where = dict[str, object]


def _start(view: CaseView, ctx: RuleContext) -> tuple[date, date, Where] | Finding | None:
    """The day the period runs from, the day that picks the law (the filing, else the acceptance), and
    where findings point."""
    filings = view.of(Filing)
    accepted = view.case.time_limits.accepted_on
    day0 = filings[0].on if filings else accepted
    if day0 is None:
        return None
    where: Where = {"act": filings[0]} if filings else {"subject": "time_limits", "loc": ("time_limits", "accepted_on")}
    if day0 < ctx.rule.valid_from:
        return ctx.not_applicable(("立案早于2021年7月15日，本规则不适用", "Filed before 2021-07-15"), **where)
    runs_from = ctx.param("case.period_start", on=day0)
    if runs_from.configured and runs_from.value == "acceptance":  # PSAPL-2012 99①, PSB-P 165①: 自受理之日起
        if accepted is None:
            return ctx.indeterminate(("未记录受理日期，无法计算办案期限", "The acceptance date is not recorded"),
                                     missing=("time_limits.accepted_on",), citations=runs_from.cites, **where)
        return accepted, day0, where
    if not filings:
        return None
    return filings[0].on, day0, where  # CPL 60, PSAPL 118①: 自立案之日起


def _judge(view: CaseView, ctx: RuleContext, days: tuple[date, date], where: Where, period: ParamValue, *,
           decision: Decision | None) -> Finding:
    last, facts, missing, cites = _last_day(view, ctx, days, period.value, decision)
    where = {**where, "citations": cited(_CPL60, period, *cites)}
    if decision is not None and decision.on <= last:
        return _ok(ctx, decision, where, facts)
    try:
        roll = ctx.param("period.roll_last_rest_day", on=days[1])
        if roll.configured and roll.value:  # SAMR-P 80, MEE-P 90②, PSB-P 35: to the next working day
            last = facts["last_day"] = ctx.calendar.roll_forward(last)
            where["citations"] = cited(_CPL60, period, *cites, roll)
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",),
                                 facts={**facts, "year": exc.needed_year}, **where)
    if decision is not None and decision.on <= last:
        return _ok(ctx, decision, where, facts)
    if decision is None and ctx.as_of <= last:
        return ctx.pending(("办案期限至 {last_day} 届满，应在此前作出处理决定",
                            "The case is to be decided by {last_day}"), due_on=last, facts=facts, **where)
    if missing:
        return ctx.indeterminate(("不计入期限的期间或延长记录不完整，无法判断是否超期",
                                  "An excluded interval or an extension lacks its dates or approval"),
                                 missing=tuple(missing), facts=facts, **where)
    if decision is None:
        return ctx.violated(("办案期限已于 {last_day} 届满，仍未作出处理决定",
                             "The case period ended on {last_day} and no decision has been made"), facts=facts, **where)
    return ctx.violated(("处理决定 {decision} 于 {decided_on} 作出，超过了办案期限（至 {last_day}）",
                         "Decision {decision} was made on {decided_on}, after the case period ended on {last_day}"),
                        related=(decision.id,), facts={**facts, "decision": decision.id, "decided_on": decision.on},
                        **where)


def _last_day(view: CaseView, ctx: RuleContext, days: tuple[date, date], base: Period,
              decision: Decision | None) -> tuple[date, dict[str, object], list[str], list[ParamValue]]:
    """The last day before any roll-forward, the facts, the data missing to be sure of it, and the
    parameters whose citations the finding carries."""
    start, day0 = days
    tl = view.case.time_limits
    kinds = ctx.param("case.excluded_intervals", on=day0)
    excluded = set(kinds.value) if kinds.configured else set()
    # SAMR-P 64②, MEE-P 57② and 54②, PSAPL 118②, PSAPL-2012 99②: these intervals do not count.
    pauses, missing = pauses_of([(i, iv) for i, iv in enumerate(tl.excluded) if iv.kind.value in excluded],
                                decision.on if decision else None)
    exts = [(i, e) for i, e in enumerate(tl.extensions) if e.stage is ExtensionStage.CASE]
    added, rejected, unknown = _extensions(ctx, day0, start, base, pauses=pauses, exts=exts)
    total = Period(base.n + added, base.unit) if added else base
    last = period_end(ctx.calendar, start, total, pauses)
    facts: dict[str, object] = {
        "start": start, "period": base.zh if ctx.lang == "zh" else str(base), "last_day": last,
        "excluded_days": (last - start).days - (period_end(ctx.calendar, start, total, []) - start).days
        if pauses else 0,
        "extension_days": added, "rejected_extensions": rejected,
        "not_excluded": sorted({iv.kind.value for iv in tl.excluded if iv.kind.value not in excluded}),
    }
    cites = [kinds] if pauses else []
    if exts:
        cites += [ctx.param(n, on=day0) for n in ("case.extension", "case.further_extension")]
    return last, facts, missing + unknown, cites


def cited(*sources: Citation | ParamValue | Iterable[Citation]) -> tuple[Citation, ...]:
    """The citations of articles and parameter values, in order, without repeats."""
    out: dict[Citation, None] = {}
    for src in sources:
        out.update(dict.fromkeys((src,) if isinstance(src, Citation) else src.cites if isinstance(src, ParamValue)
                                 else src))
    return tuple(out)


def _ok(ctx: RuleContext, decision: Decision, where: Where, facts: dict[str, object]) -> Finding:
    return ctx.satisfied(("处理决定 {decision} 于 {decided_on} 作出，在办案期限（至 {last_day}）内",
                          "Decision {decision} was made on {decided_on}, within the case period ending {last_day}"),
                         related=(decision.id,), facts={**facts, "decision": decision.id, "decided_on": decision.on},
                         **where)


_FIRST_APPROVERS = {
    "head": frozenset({ExtensionApproval.HEAD, ExtensionApproval.COLLECTIVE_DISCUSSION}),
    "next_level": frozenset({ExtensionApproval.NEXT_LEVEL}),
}


def _extensions(ctx: RuleContext, day0: date, start: date, base: Period, *, pauses: Pauses,
                exts: Sequence[tuple[int, Extension]]) -> tuple[int, list[dict[str, object]], list[str]]:
    """Days added by the extensions that count, the rejected ones with the reason, and those lacking data."""
    if not exts:
        return 0, [], []
    first = ctx.param("case.extension", on=day0)
    approver = ctx.param("case.extension_approval", on=day0)
    count = ctx.param("case.extension_count", on=day0)
    further = ctx.param("case.further_extension", on=day0)
    cap = ctx.param("case.further_extension_max", on=day0)
    added, used, rejected, unknown = 0, 0, [], []
    for i, ext in sorted(exts, key=lambda x: (x[1].approved_on or date.max, x[0])):
        if ext.approved_on is None or ext.approval is None:
            unknown.append(f"time_limits.extensions[{i}].{'approved_on' if ext.approved_on is None else 'approval'}")
            continue
        if ext.approved_on > period_end(ctx.calendar, start, Period(base.n + added, base.unit), pauses):
            rejected.append({"extension": i, "reason": "approved_after_expiry"})
            continue
        allowed = _FIRST_APPROVERS.get(str(approver.value), frozenset()) if approver.configured else frozenset()
        if first.configured and count.configured and used < count.value and ext.approval in allowed:
            # SAMR-P 64①, MEE-P 57①: 经负责人批准，可以延长三十日; PSAPL 118①: 经上一级公安机关批准, 以二次为限
            days = min(ext.days or first.value.n, first.value.n)
            if ext.days and ext.days > days:
                rejected.append({"extension": i, "reason": "longer_than_allowed", "counted_days": days})
            added, used = added + days, used + 1
        elif further.configured and ext.approval is ExtensionApproval.COLLECTIVE_DISCUSSION:
            if ext.days is None:  # SAMR-P 64①: 决定继续延期的，应当同时确定延长的合理期限
                rejected.append({"extension": i, "reason": "no_term_set"})
                continue
            days = min(ext.days, cap.value.n) if cap.configured else ext.days  # MEE-P 57①: ≤ 30 days
            if days < ext.days:
                rejected.append({"extension": i, "reason": "longer_than_allowed", "counted_days": days})
            added += days
        else:
            rejected.append({"extension": i, "reason": "not_allowed" if first.configured else "no_extension_in_law"})
    return added, rejected, unknown
