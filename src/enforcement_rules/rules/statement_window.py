"""NOTICE-003 — the party's statement window before the decision (陈述、申辩期限).

SPEC §4 NOTICE-001 … NOTICE-010; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from enforcement_rules.calendar import Period
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, MEE_P, SAMR_H, SAMR_P
from enforcement_rules.models.actions import (
    Decision,
    PenaltyNotice,
    Service,
    WaivedRight,
)
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    NO_CALENDAR,
    UNCONFIGURED,
    eligibility_of,
    is_summary,
    penalty_decisions,
    served_notice,
    waiver_of,
)

__all__ = ["statement_window"]

_DAY = timedelta(days=1)


@rule(
    "NOTICE-003",
    family="notice",
    title="陈述、申辩期限届满后方可作出决定",
    title_en="Statement window respected",
    cites=[CPL.art(62), CPL.art(64, item=1), CPL.art(85), SAMR_P.art(57, 2), SAMR_H.art(7), MEE_P.art(44),
           MEE_P.art(90, 1)],
    example=("告知书于2025年9月22日送达，五个工作日的陈述申辩期至9月28日（调休上班的星期日）届满，"
             "局里却在9月26日作出了决定，当事人也未明确放弃。",
             "The notice was served on 2025-09-22; its 5-working-day window ran to Sunday 2025-09-28 (a 调休 "
             "working day), yet the decision came on 2025-09-26 without an express waiver."),
    derived=("没有陈述申辩期的（全国、公安），符合听证条件时以行政处罚法第六十四条第一项的五日听证申请期为准；"
             "期限届满当日作出决定亦属未届满。",
             "Where the profile sets no statement window (national, police), a hearing-eligible case waits out "
             "the 5-day hearing request window of CPL 64(一); deciding on the window's last day is too early."),
    severity=Severity.ERROR,
    review_items=("D2",),
)
def statement_window(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The decision comes after the party's window to state, defend (or ask for a hearing) has run out,
    unless the party expressly waived; the window is the profile's statement window, or where there is
    none and the case is hearing-eligible, the hearing request window; not in the summary procedure."""
    if is_summary(view):
        yield ctx.not_applicable(("简易程序当场作出决定，不适用陈述申辩期限",
                                  "Summary procedure: decided on the spot, no statement window"))
        return
    seen = False
    for d in penalty_decisions(view, ctx):
        seen = True
        if isinstance(d, Finding):
            yield d
            continue
        served = served_notice(view, d, same_day=True)
        if served is None:
            yield ctx.not_applicable(("决定 {subject} 之前未送达告知书（见 NOTICE-001）",
                                      "No notice served before decision {subject} (see NOTICE-001)"), act=d)
            continue
        yield _window(view, ctx, served[0], served[1], d)
    if not seen:
        notices = [n for n in view.of(PenaltyNotice) if n.on >= ctx.rule.valid_from and view.services_of(n.id)]
        if not notices:
            yield ctx.not_applicable(("尚未送达告知书", "No notice has been served"))
            return
        yield _window(view, ctx, notices[-1], view.services_of(notices[-1].id)[0], None)


def _window(view: CaseView, ctx: RuleContext, notice: PenaltyNotice, service: Service,
            decision: Decision | None) -> Finding:
    window = ctx.param("statement.window", on=service.on)
    rights = frozenset({WaivedRight.STATEMENT, WaivedRight.DEFENCE})
    where = {"act": decision} if decision is not None else {"act": notice}
    if window.status == "none_in_law":  # CPL 64(一): the hearing request window, when eligible
        eligible = eligibility_of(view, ctx, notice)
        cites = (*window.cites, CPL.art(63), CPL.art(64, item=1))
        if eligible.status == "not_eligible":
            return ctx.not_applicable(("未规定陈述申辩期限，且拟作出的处罚不符合听证条件：{why}",
                                       "No statement window, and the penalty is not hearing-eligible: {why}"),
                                      facts={"why": eligible.describe(ctx.lang)}, citations=cites, **where)
        if eligible.status == "indeterminate":
            return ctx.indeterminate(("无法判断是否符合听证条件，缺少：{missing}",
                                      "Cannot tell whether the case is hearing-eligible; missing: {missing}"),
                                     missing=eligible.missing, facts={"missing": list(eligible.missing)},
                                     citations=cites, **where)
        window, rights = ctx.param("hearing.request_window", on=service.on), frozenset({WaivedRight.HEARING})
    if not window.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(window.name,), facts={"param": window.name}, **where)
    period: Period = window.value
    facts = {"notice": notice.id, "served_on": service.on, "window": period.zh if ctx.lang == "zh" else str(period)}
    try:
        last = ctx.calendar.end_of(service.on, period)
        facts["last_day"] = last
        early = decision is not None and decision.on <= last
    except CalendarCoverageError as exc:
        if decision is None:
            return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",),
                                     facts={**facts, "year": exc.needed_year}, **where)
        try:  # the answer may not depend on the unknown year (SPEC §2)
            early = ctx.calendar.within(service.on, period, decision.on)
        except CalendarCoverageError:
            return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",),
                                     facts={**facts, "year": exc.needed_year}, **where)
        last = None
        facts["last_day"] = f"?（{exc.needed_year}）"
    related = [notice.id, service.id]
    if decision is None:
        if last is not None and ctx.as_of <= last:
            return ctx.pending(("当事人陈述申辩（听证申请）期限至 {last_day} 届满，届满前不得作出决定",
                                "The party's window runs to {last_day}; no decision before it ends"),
                               due_on=last, not_before=last + _DAY, related=related, facts=facts, **where)
        return ctx.satisfied(("期限已届满，尚未作出决定", "The window has closed; no decision yet"),
                             related=related, facts=facts, **where)
    facts["decided_on"] = decision.on
    if not early:
        return ctx.satisfied(("决定于期限届满后作出", "Decided after the window closed"), act=decision,
                             related=related, facts=facts, citations=window.cites)
    waiver = waiver_of(view, notice, decision, rights)
    if waiver is not None:  # CPL 62: 当事人明确放弃陈述或者申辩权利的除外
        return ctx.satisfied(("当事人已明确放弃（{waiver}）", "The party expressly waived ({waiver})"),
                             act=decision, related=[*related, waiver.id], facts={**facts, "waiver": waiver.id},
                             citations=(*window.cites, CPL.art(62)))
    return ctx.violated(
        ("决定 {subject} 于 {decided_on} 作出，当事人的期限（{window}）至 {last_day} 才届满，且未明确放弃",
         "Decision {subject} was made on {decided_on}, inside the party's window ({window}) ending "
         "{last_day}, without an express waiver"),
        act=decision, related=related, facts=facts, citations=(*window.cites, CPL.art(62)))




