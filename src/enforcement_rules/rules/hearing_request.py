"""HEAR-002 — a timely hearing request leads to a hearing before the decision (听证申请与组织听证).

SPEC §4 (the HEAR family); eligibility is :mod:`enforcement_rules.eligibility`, read by the law in force
on the notice date. The verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from enforcement_rules.calendar import Period
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSB_P, SAMR_H, Citation
from enforcement_rules.models.actions import (
    Attendance,
    Decision,
    Hearing,
    HearingRequest,
    Manner,
    PenaltyNotice,
    Service,
    WaivedRight,
    Waiver,
)
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules._hearing import NOT_ELIGIBLE, SUMMARY, UNSURE, by_sector, grounds, hearing_before, shown
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED, eligibility_of, is_summary, penalty_decisions

__all__ = ["request_honoured"]

_DAY = timedelta(days=1)
# A hearing that leads nowhere: the party had good reason to stay away (PSB-P 138: postponed).
_NOT_HELD = frozenset({Attendance.ABSENT_WITH_REASON})
# CPL 64(六): 无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利.
_AS_WAIVER = frozenset({Attendance.ABSENT_WITHOUT_REASON, Attendance.LEFT_WITHOUT_LEAVE})
_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(63), CPL.art(64, item=1), CPL.art(85)),
    "samr": (CPL.art(63), SAMR_H.art(7)),
    "mee": (MEE_P.art(46), MEE_P.art(47, item=1), MEE_P.art(90)),
    "police": (CPL.art(63), CPL.art(64, item=1), CPL.art(85), PSB_P.art(134)),
}


@rule(
    "HEAR-002",
    family="hearing",
    title="当事人在期限内要求听证的，作出决定前组织听证",
    title_en="Timely request honoured",
    cites=[CPL.art(63), CPL.art(64, item=1), CPL.art(64, item=6), CPL.art(85), SAMR_H.art(7), MEE_P.art(46),
           MEE_P.art(47, item=1), MEE_P.art(47, item=6), MEE_P.art(90), PSB_P.art(134), PSAPL.art(117, 1)],
    example=("当事人在告知书送达后第三个工作日书面要求听证，局里未组织听证就作出了罚款决定。",
             "The party asked in writing for a hearing on the third working day after the notice was served; the "
             "bureau fined it without holding one."),
    derived=("撤回以当事人在申请之后明确放弃听证权利（书面，或口头并记录）为准；有正当理由未到场的听证不算已组织。",
             "A withdrawal is an express waiver of the hearing right made after the request (written, or oral and "
             "recorded); a hearing the party missed for good reason does not count as held."),
    severity=Severity.ERROR,
    review_items=("D2", "D5"),
)
def request_honoured(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A hearing requested within the window is held before the decision, unless the request was withdrawn
    or the party stayed away or walked out without good reason (a waiver); a late request may be refused;
    while the window is open and no request was made, the agency waits."""
    if is_summary(view):
        yield ctx.not_applicable(SUMMARY)
        return
    requests = [r for r in view.of(HearingRequest) if r.on >= ctx.rule.valid_from]
    if not requests:
        yield from by_sector(ctx, _CITES, [_open_window(view, ctx)])
        return
    yield from by_sector(ctx, _CITES, (_honoured(view, ctx, request) for request in requests))


def _deadline(ctx: RuleContext, service: Service, act: PenaltyNotice | HearingRequest
              ) -> tuple[Period | None, date | int | None, Finding | None]:
    """The request window and its last day (or the year the calendar lacks), or a finding why not."""
    window = ctx.param("hearing.request_window", on=service.on)
    if not window.configured:
        return None, None, ctx.indeterminate(UNCONFIGURED, act=act, missing=(window.name,),
                                             facts={"param": window.name})
    try:
        return window.value, ctx.calendar.end_of(service.on, window.value), None
    except CalendarCoverageError as exc:
        return window.value, exc.needed_year, None


def _open_window(view: CaseView, ctx: RuleContext) -> Finding:
    served = [(n, s) for n in view.of(PenaltyNotice) if n.on >= ctx.rule.valid_from
              for s in view.services_of(n.id)[:1]]
    if not served:
        return ctx.not_applicable(("当事人未要求听证", "The party did not ask for a hearing"))
    notice, service = served[-1]
    e = eligibility_of(view, ctx, notice)
    facts = grounds(ctx, e)
    if e.status == "not_eligible":
        return ctx.not_applicable(NOT_ELIGIBLE, act=notice, facts=facts)
    if e.status == "indeterminate":
        return ctx.indeterminate(UNSURE, act=notice, missing=e.missing, facts=facts)
    period, last, problem = _deadline(ctx, service, notice)
    if problem is not None:
        return problem
    if any(not isinstance(d, Finding) and d.on >= notice.on for d in penalty_decisions(view, ctx)):
        # Whether the decision waited for the window is NOTICE-003's question.
        return ctx.not_applicable(("当事人未要求听证（决定是否等待期限届满见 NOTICE-003）",
                                   "The party did not ask for a hearing (whether the decision waited: NOTICE-003)"),
                                  act=notice, related=(service.id,), facts=facts)
    if isinstance(last, int):
        return ctx.indeterminate(NO_CALENDAR, act=notice, missing=(f"calendar:{last}",), facts={"year": last})
    facts = {**facts, "served_on": service.on, "last_day": last, "window": shown(ctx, period) if period else None}
    if last is not None and ctx.as_of <= last:
        return ctx.pending(("当事人可在 {last_day} 前要求听证；期限届满前不得作出决定",
                            "The party may ask for a hearing until {last_day}; no decision before then"),
                           act=notice, due_on=last, not_before=last + _DAY, related=(service.id,), facts=facts)
    # SAMR-H 7②: 未要求听证的，视为放弃此权利.
    return ctx.not_applicable(("当事人未在期限（至 {last_day}）内要求听证", "The party did not ask for a hearing "
                               "within the window (to {last_day})"), act=notice, related=(service.id,), facts=facts)


def _notice_of(view: CaseView, request: HearingRequest) -> PenaltyNotice | None:
    if request.notice_id is not None:
        linked = view.get(request.notice_id)
        return linked if isinstance(linked, PenaltyNotice) else None
    earlier = [n for n in view.of(PenaltyNotice) if n.on <= request.on]
    return earlier[-1] if earlier else None


def _honoured(view: CaseView, ctx: RuleContext, request: HearingRequest) -> Finding:
    notice = _notice_of(view, request)
    if notice is None:
        return ctx.indeterminate(("听证申请 {subject} 找不到对应的告知",
                                  "Request {subject} answers no recorded notice"), act=request, missing=("notice_id",))
    e = eligibility_of(view, ctx, notice)
    facts: dict[str, object] = {**grounds(ctx, e), "notice": notice.id}
    if e.status == "not_eligible":  # CPL 63: only the listed penalties oblige the agency to hold a hearing
        return ctx.not_applicable(NOT_ELIGIBLE, act=request, facts=facts, related=(notice.id,))
    if e.status == "indeterminate":
        return ctx.indeterminate(UNSURE, act=request, missing=e.missing, facts=facts, related=(notice.id,))
    day = request.posted_on or request.on  # CivPL 85④: posted in time is in time
    facts["requested_on"] = day
    services = view.services_of(notice.id)
    if services:  # CPL 64(一): 告知后五日内; SAMR-H 7: 自收到告知书之日起五个工作日内
        period, last, problem = _deadline(ctx, services[0], request)
        if problem is not None:
            return problem
        facts.update(served_on=services[0].on, window=shown(ctx, period) if period else None)
        if isinstance(last, int):
            facts["last_day"] = f"?（{last}）"
            try:  # the answer may not depend on the missing year (SPEC §2)
                late = not ctx.calendar.within(services[0].on, period, day) if period else False
            except CalendarCoverageError:
                return ctx.indeterminate(NO_CALENDAR, act=request, missing=(f"calendar:{last}",), facts={"year": last})
        else:
            facts["last_day"] = last
            late = last is not None and day > last
        if late:
            return ctx.satisfied(("听证申请 {subject} 于 {requested_on} 提出，已超过期限（至 {last_day}），可不予受理",
                                  "Request {subject} came on {requested_on}, after the window closed ({last_day}); "
                                  "it may be refused"), act=request, facts=facts, related=(notice.id,))
    # Timely — or the notice was never served, so the window has not begun (derived).
    return _answered(view, ctx, request, notice, facts)


def _first_decision(view: CaseView, ctx: RuleContext, notice: PenaltyNotice) -> Decision | None:
    for d in penalty_decisions(view, ctx):
        if isinstance(d, Decision) and (d.notice_id == notice.id or (d.notice_id is None and d.on >= notice.on)):
            return d
    return None


def _withdrawal(view: CaseView, request: HearingRequest, decision: Decision | None) -> Waiver | None:
    """An express waiver of the hearing right after the request (and before the decision): CPL 62, SAMR-H 27(一).
    A waiver before the request does not count (PSB-P 134: a party may ask again within the window)."""
    for w in view.of(Waiver):
        if WaivedRight.HEARING not in w.rights or view.before(w, request) is True:
            continue
        if decision is not None and view.before(decision, w) is True:
            continue
        if w.manner is Manner.WRITTEN or w.recorded or view.records_for(w.id):
            return w
    return None


def _answered(view: CaseView, ctx: RuleContext, request: HearingRequest, notice: PenaltyNotice,
              facts: dict[str, object]) -> Finding:
    decision = _first_decision(view, ctx, notice)
    withdrawn = _withdrawal(view, request, decision)
    related = (notice.id,)
    if withdrawn is not None:  # CPL 64: the party may withdraw; SAMR-H 27(一)
        return ctx.satisfied(("当事人已撤回听证申请（{waiver}）", "The party withdrew the request ({waiver})"),
                             act=request, facts={**facts, "waiver": withdrawn.id}, related=(*related, withdrawn.id))
    hearings = [h for h in view.of(Hearing) if view.before(h, request) is not True and h.attendance not in _NOT_HELD]
    if decision is not None:
        order = {h.id: hearing_before(h, decision) for h in hearings}
        held = [h for h in hearings if order[h.id] is True]
        unclear = [h for h in hearings if order[h.id] is None]
    else:
        held, unclear = hearings, []
    if held:
        h = held[-1]
        if h.attendance in _AS_WAIVER:  # CPL 64(六): 视为放弃听证权利
            return ctx.satisfied(("当事人无正当理由未出席或中途退出听证 {hearing}，视为放弃听证权利",
                                  "The party stayed away from or walked out of hearing {hearing} without good "
                                  "reason: a waiver"), act=request, facts={**facts, "hearing": h.id},
                                 related=(*related, h.id), citations=(CPL.art(64, item=6),))
        return ctx.satisfied(("已于 {hearing_on} 举行听证 {hearing}", "Hearing {hearing} was held on {hearing_on}"),
                             act=request, facts={**facts, "hearing": h.id, "hearing_on": h.on},
                             related=(*related, h.id))
    if unclear:
        return ctx.indeterminate(("听证 {hearing} 与决定同日，未记录时间，无法判断先后",
                                  "Hearing {hearing} was on the decision's day; without times the order is unknown"),
                                 act=request, missing=("at",), facts={**facts, "hearing": unclear[-1].id},
                                 related=(*related, unclear[-1].id))
    if decision is None:
        return ctx.not_applicable(("尚未举行听证，也未作出决定；举行听证前不得作出决定",
                                   "No hearing and no decision yet; no decision may be made before the hearing"),
                                  act=request, facts=facts, related=related)
    return ctx.violated(("当事人于 {requested_on} 按期要求听证，未举行听证即作出决定 {subject}",
                         "Decision {subject} was made without the hearing the party asked for in time "
                         "({requested_on})"), act=decision, discriminator=request.id,
                        facts={**facts, "request": request.id}, related=(request.id, *related))
