"""HEAR-001 — the hearing right told when the proposed penalty is hearing-eligible (告知听证权利).

SPEC §4 (the HEAR family); eligibility is :mod:`enforcement_rules.eligibility`, read by the law in force
on the notice date. The verbatim articles are in docs/rules.md; docs/hearing-eligibility.md has the table.
"""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSAPL_2012, PSB_P, SAMR_H, Citation
from enforcement_rules.models.actions import NoticeElement, PenaltyNotice
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules._hearing import NOT_ELIGIBLE, SUMMARY, UNSURE, grounds
from enforcement_rules.rules.common import eligibility_of, is_summary

__all__ = ["hearing_right_notified"]

#: Where each sector says the hearing right is told (CPL 44, 63 bind every sector).
_TOLD_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(44), CPL.art(63)),
    "samr": (CPL.art(44), CPL.art(63), SAMR_H.art(5), SAMR_H.art(6)),
    "mee": (CPL.art(44), CPL.art(63), MEE_P.art(44), MEE_P.art(46)),
    "police": (CPL.art(44), CPL.art(63), PSB_P.art(132)),
}

@rule(
    "HEAR-001",
    family="hearing",
    title="拟作出符合听证条件的行政处罚，告知当事人有要求听证的权利",
    title_en="Hearing right notified",
    cites=[CPL.art(63), CPL.art(44), SAMR_H.art(5), SAMR_H.art(6), MEE_P.art(44), MEE_P.art(46), MEE_P.art(89),
           PSB_P.art(123), PSB_P.art(132), PSAPL.art(117, 1), PSAPL.art(117, 2), PSAPL_2012.art(98)],
    example=("市场监管局拟对某公司罚款15万元（达到法人十万元的听证标准），告知书却没有告知要求听证的权利。",
             "The market regulator proposed a 150,000-yuan fine on a company (above the 100,000 threshold for "
             "organisations) but the notice did not mention the right to a hearing."),
    derived=("罚款、没收数额“以上”含本数；罚款与没收不相加；适用告知之日施行的规定。可能执行行政拘留的未成年人"
             "以告知之日未满十八周岁为准，并须同时告知监护人（PSAPL 117②）。",
             "Thresholds include the figure (以上); fines are never added to confiscations; the law in force on "
             "the notice date applies. A minor facing detention is one under 18 on the notice date, and the "
             "guardian must be told too (PSAPL 117②)."),
    severity=Severity.ERROR,
    review_items=("D1", "D5"),
)
def hearing_right_notified(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """When the proposed penalty is hearing-eligible under the profile on the notice date — a kind always
    eligible, a fine or confiscation at or above the threshold for the party's kind, another heavier
    penalty flagged so, a minor facing detention — the notice states the right to request a hearing."""
    if is_summary(view):
        yield ctx.not_applicable(SUMMARY)
        return
    notices = [n for n in view.of(PenaltyNotice) if n.on >= ctx.rule.valid_from]
    if not notices:
        yield ctx.not_applicable(("本案没有告知记录", "No notice is recorded in this case"))
        return
    base = _TOLD_CITES.get(ctx.sector, _TOLD_CITES["national"])
    for n in notices:
        e = eligibility_of(view, ctx, n)
        cites = (*base, *(c for c in e.cites if c not in base))
        facts = grounds(ctx, e)
        if e.status == "not_eligible":
            yield ctx.not_applicable(NOT_ELIGIBLE, act=n, facts=facts, citations=cites)
        elif e.status == "indeterminate":
            yield ctx.indeterminate(UNSURE, act=n, missing=e.missing, facts=facts, citations=cites)
        elif n.states is None:
            yield ctx.indeterminate(("告知 {subject} 未记录所载明的内容", "Notice {subject} does not record what it "
                                     "states"), act=n, field="states", missing=("states",), facts=facts,
                                    citations=cites)
        elif NoticeElement.HEARING_RIGHT not in n.states:
            yield ctx.violated(("告知 {subject} 未告知当事人有要求听证的权利，而拟作出的处罚符合听证条件：{why}",
                                "Notice {subject} does not state the right to a hearing, though the penalty is "
                                "hearing-eligible: {why}"), act=n, field="states", facts=facts, citations=cites)
        elif any(g.kind == "minor_detention" for g in e.grounds) and NoticeElement.GUARDIAN_TOLD not in n.states:
            # PSAPL 117②: 应当告知未成年人和其监护人有权要求举行听证.
            yield ctx.violated(("告知 {subject} 未同时告知未成年人的监护人有权要求听证",
                                "Notice {subject} does not tell the minor's guardian of the hearing right"),
                               act=n, field="states", discriminator="guardian", facts=facts,
                               citations=(PSAPL.art(117, 2),))
        else:
            yield ctx.satisfied(("告知 {subject} 已告知要求听证的权利（{why}）",
                                 "Notice {subject} states the right to a hearing ({why})"),
                                act=n, facts=facts, citations=cites)
