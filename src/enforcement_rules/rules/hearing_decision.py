"""HEAR-008, HEAR-009 — the decision after and on the hearing, and no charge for it (听证后决定、不收费).

SPEC §4 (the HEAR family); the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, MEE_P, PSB_P, SAMR_H, Citation
from enforcement_rules.models.actions import Attendance, Decision, Hearing, HearingReport
from enforcement_rules.models.records import RecordKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules._hearing import NO_HEARING, by_sector, hearing_before, hearings, shown
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED, penalty_decisions

__all__ = ["decision_after_hearing", "no_hearing_costs"]


@rule(
    "HEAR-008",
    family="hearing",
    title="听证结束后根据听证笔录作出决定",
    title_en="Decision after and on the hearing",
    cites=[CPL.art(65), MEE_P.art(48), SAMR_H.art(29, 1), SAMR_H.art(29, 2), PSB_P.art(153)],
    example=("听证于4月24日举行，处罚决定却在4月23日就已作出；听证报告听证后两周才写出。",
             "The hearing was held on 24 April, but the decision was dated 23 April; the hearing report came two "
             "weeks after the hearing."),
    derived=("以听证结束与决定的先后判断；同日而无时间的无法判断。有正当理由未出席而未举行的听证不计。",
             "Judged by the order of the hearing's end and the decision; on the same day without times, unknown. A "
             "hearing the party missed for good reason does not count."),
    severity=Severity.ERROR,
    review_items=("D5",),
)
def decision_after_hearing(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Where a hearing was held the decision follows it and rests on its transcript; samr: the host writes
    the hearing report within 5 working days of the hearing, before the decision (warning)."""
    held = [h for h in hearings(view, ctx) if h.attendance is not Attendance.ABSENT_WITH_REASON]
    if not held:
        yield ctx.not_applicable(NO_HEARING)
        return
    decisions = [d for d in penalty_decisions(view, ctx) if isinstance(d, Decision)]
    for h in held:
        report = _report(view, ctx, h, decisions[0] if decisions else None)
        if report is not None:
            yield report
    yield from by_sector(ctx, _AFTER_CITES, _order(view, ctx, held, decisions))


_AFTER_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(65),),
    "samr": (CPL.art(65), SAMR_H.art(29, 2)),
    "mee": (MEE_P.art(48),),
    "police": (CPL.art(65), PSB_P.art(153)),
}


def _order(view: CaseView, ctx: RuleContext, held: list[Hearing], decisions: list[Decision]) -> Iterator[Finding]:
    for d in decisions:
        order = {h.id: hearing_before(h, d) for h in held}
        later = [h for h in held if order[h.id] is False]
        unclear = [h for h in held if order[h.id] is None]
        transcripts = [r.id for h in held for r in view.records_for(h.id) if r.kind is RecordKind.WRITTEN]
        facts = {"hearing": held[-1].id, "transcripts": transcripts}
        if later:  # CPL 65: 听证结束后 … 作出决定
            yield ctx.violated(("决定 {subject} 作出于听证 {hearing} 结束之前", "Decision {subject} was made before "
                                "hearing {hearing} ended"), act=d, facts={**facts, "hearing": later[0].id},
                               related=(later[0].id,))
        elif unclear:
            yield ctx.indeterminate(("听证 {hearing} 与决定 {subject} 同日，未记录时间，无法判断先后",
                                     "Hearing {hearing} and decision {subject} are on the same day without times"),
                                    act=d, missing=("at",), facts={**facts, "hearing": unclear[0].id},
                                    related=(unclear[0].id,))
        else:
            yield ctx.satisfied(("决定 {subject} 于听证 {hearing} 结束后作出", "Decision {subject} followed hearing "
                                 "{hearing}"), act=d, facts=facts, related=(held[-1].id, *transcripts))


def _report(view: CaseView, ctx: RuleContext, h: Hearing, decision: Decision | None) -> Finding | None:
    within = ctx.param("hearing.report_within", on=h.on)
    if within.status == "none_in_law":
        return None
    where = {"act": h, "discriminator": "report", "severity": Severity.WARNING, "citations": within.cites}
    if not within.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(within.name,), facts={"param": within.name}, **where)
    reports = [r for r in view.of(HearingReport) if r.hearing_id == h.id or (r.hearing_id is None and r.on >= h.on)]
    facts: dict[str, object] = {"within": shown(ctx, within.value)}
    try:  # SAMR-H 29①: 听证结束后 … 在五个工作日内撰写听证报告
        due: date | None = ctx.calendar.end_of(h.on, within.value)
    except CalendarCoverageError as exc:
        due, facts["year"] = None, exc.needed_year
    facts["due_on"] = due
    if not reports:
        if decision is None and due is not None and ctx.as_of <= due:
            return ctx.pending(("听证报告应于 {due_on} 前写出", "The hearing report is due by {due_on}"), due_on=due,
                               facts=facts, **where)
        if decision is None and due is None:
            return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{facts['year']}",), facts=facts, **where)
        return ctx.violated(("听证 {subject} 没有听证报告", "Hearing {subject} has no hearing report"), facts=facts,
                            **where)
    report = reports[0]
    facts["report_on"] = report.on
    if decision is not None and view.before(decision, report) is True:  # SAMR-H 29②: 结合听证报告 … 作出决定
        return ctx.violated(("听证报告 {report} 晚于决定 {decision}", "Hearing report {report} came after decision "
                             "{decision}"), facts={**facts, "report": report.id, "decision": decision.id},
                            related=(report.id, decision.id), **where)
    try:
        late = report.on > due if due is not None else not ctx.calendar.within(h.on, within.value, report.on)
    except CalendarCoverageError:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{facts['year']}",), facts=facts, **where)
    if late:
        return ctx.violated(("听证报告于 {report_on} 写出，超过 {within}（应于 {due_on} 前）",
                             "The hearing report came on {report_on}, later than {within} (due {due_on})"),
                            related=(report.id,), facts=facts, **where)
    return ctx.satisfied(("听证报告于 {report_on} 写出，在期限内", "Hearing report written on {report_on}, in time"),
                         related=(report.id,), facts=facts, **where)


_COST_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(63, 2),),
    "samr": (CPL.art(63, 2), SAMR_H.art(34, 2)),
    "mee": (CPL.art(63, 2), MEE_P.art(46, 2)),
    "police": (CPL.art(63, 2),),
}


@rule(
    "HEAR-009",
    family="hearing",
    title="当事人不承担组织听证的费用",
    title_en="No charge for the hearing",
    cites=[CPL.art(63, 2), SAMR_H.art(34, 2), MEE_P.art(46, 2)],
    example=("听证结束后，行政机关向当事人收取场地费和记录费800元。",
             "After the hearing the agency charged the party 800 yuan for the room and the recording."),
    severity=Severity.ERROR,
    review_items=("D5",),
)
def no_hearing_costs(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The party bears none of the cost of the hearing the agency organises."""
    held = hearings(view, ctx)
    if not held:
        yield ctx.not_applicable(NO_HEARING)
        return
    cites = _COST_CITES.get(ctx.sector, _COST_CITES["national"])
    for h in held:
        where = {"act": h, "field": "costs_charged", "citations": cites}
        if h.costs_charged is None:
            yield ctx.indeterminate(("未记录是否向当事人收取听证费用", "Not recorded whether the party was charged for "
                                     "the hearing"), missing=("costs_charged",), **where)
        elif h.costs_charged > 0:
            yield ctx.violated(("听证 {subject} 向当事人收取费用 {amount} 元",
                                "The party was charged {amount} yuan for hearing {subject}"),
                               facts={"amount": h.costs_charged}, **where)
        else:
            yield ctx.satisfied(("未向当事人收取听证费用", "The party was not charged for the hearing"), **where)
