"""REVIEW-003 … REVIEW-005 — the reviewers and what they review: qualified, independent of the
investigation, covering the required points (审核人员、审核内容).

SPEC §4 REVIEW; the verbatim articles are in docs/rules.md, the readings in docs/authority-and-review.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, SAMR_P, Citation
from enforcement_rules.models.actions import CaseReview, LegalReview, ReviewAct, ReviewPoint
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import UNCONFIGURED
from enforcement_rules.rules.staffing import investigators, psapl_2025

__all__ = ["independent_reviewers", "qualified_reviewer", "review_points"]


_QUALIFIED_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(58, 2),),
    "samr": (CPL.art(58, 2), SAMR_P.art(51, 2)),
    "mee": (CPL.art(58, 2), MEE_P.art(49, 3)),
    "police": (CPL.art(58, 2),),
}


@rule(
    "REVIEW-003",
    family="review",
    title="初次从事法制审核的人员取得法律职业资格",
    title_en="Qualified reviewer",
    cites=[CPL.art(58, 2), SAMR_P.art(51, 2), MEE_P.art(49, 3), PSAPL.art(114, 2)],
    example=("审核人员2022年首次从事行政处罚决定法制审核，至今没有取得法律职业资格。",
             "The reviewer first reviewed penalty decisions in 2022 and holds no Legal Professional Qualification."),
    derived=("“初次从事”的界线取2021年7月15日（新行政处罚法施行之日）；此前已从事法制审核的人员不受此限。"
             "首次审核日取记录的日期与本案中最早一次审核的较早者。",
             "'First engaged' is counted from 2021-07-15, when the revised CPL took effect: people who reviewed "
             "before are not bound. The first review is the earlier of the recorded date and the person's first "
             "review in this case."),
    severity=Severity.ERROR,
    review_items=("E1",),
)
def qualified_reviewer(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A reviewer whose first legal review of penalty decisions was on or after 2021-07-15 holds the
    national Legal Professional Qualification."""
    all_reviews = view.of(LegalReview)
    reviews = [r for r in all_reviews if r.on >= ctx.rule.valid_from]
    if not reviews:
        yield ctx.not_applicable(("本案没有法制审核", "No legal review in this case"))
        return
    cites = _QUALIFIED_CITES.get(ctx.sector, _QUALIFIED_CITES["national"])
    if psapl_2025(ctx, reviews[-1].on):
        cites = (*cites, *_PSAPL114_2)
    for r in reviews:
        if not r.reviewer_ids:
            yield ctx.indeterminate(("法制审核 {subject} 未记录审核人员", "Review {subject} does not name its "
                                     "reviewers"), act=r, field="reviewer_ids", missing=("reviewer_ids",),
                                    citations=cites)
    for sid in dict.fromkeys(i for r in reviews for i in r.reviewer_ids):
        yield _qualified(view, ctx, sid, [r for r in all_reviews if sid in r.reviewer_ids], cites)


def _qualified(view: CaseView, ctx: RuleContext, sid: str, theirs: list[LegalReview],
               cites: tuple[Citation, ...]) -> Finding:
    s = view.staff(sid)
    assert s is not None  # references are checked at load
    cutoff = ctx.rule.valid_from  # 初次从事: from the day the 2021 law took effect (derived)
    first = min(d for d in (s.first_review_on, theirs[0].on) if d is not None)
    missing = [n for n, v in (("first_review_on", s.first_review_on), ("legal_qualification", s.legal_qualification))
               if v is None]
    where: dict[str, Any] = {"subject": sid, "loc": (*view.loc(sid), "legal_qualification"), "citations": cites,
                             "related": tuple(r.id for r in theirs),
                             "facts": {"first": first, "cutoff": cutoff, "missing": missing}}
    if s.legal_qualification:
        return ctx.satisfied(("审核人员 {subject} 具有法律职业资格", "Reviewer {subject} holds the qualification"),
                             **where)
    if first < cutoff:  # CPL 58②: binds only those who first review from the 2021 law on
        return ctx.satisfied(("审核人员 {subject} 于 {first} 初次从事法制审核，早于 {cutoff}",
                              "Reviewer {subject} first reviewed on {first}, before {cutoff}"), **where)
    if missing:
        return ctx.indeterminate(("无法判断审核人员 {subject} 是否须具有法律职业资格，未记录：{missing}",
                                  "Cannot tell whether reviewer {subject} needed the qualification; not recorded: "
                                  "{missing}"), missing=missing, **where)
    return ctx.violated(("审核人员 {subject} 于 {first} 初次从事法制审核，未取得法律职业资格",
                         "Reviewer {subject} first reviewed on {first} and holds no Legal Professional "
                         "Qualification"), **where)


_PSAPL114_2, _CPL58_1 = (PSAPL.art(114, 2),), (CPL.art(58, 1),)
_INDEPENDENCE: dict[str, tuple[Citation, ...]] = {"samr": (SAMR_P.art(49, 3),), "mee": (MEE_P.art(38, 2),)}


@rule(
    "REVIEW-004",
    family="review",
    title="办案人员不得作为审核人员",
    title_en="Reviewers are not investigators",
    cites=[SAMR_P.art(49, 3), MEE_P.art(38, 2), CPL.art(58, 1)],
    example=("参与现场检查和询问的执法人员，又在本案法制审核意见上签名作为审核人员。",
             "An officer who inspected and questioned in the case also signed the legal review as its reviewer."),
    derived=("市场监管、生态环境有明文，为错误；其他行业由“由从事法制审核的人员进行”推出，为警示。办案人员指角色为"
             "执法人员或者参与了调查取证的人员。",
             "Express for SAMR and MEE (error); elsewhere derived from review 'by legal-review staff' (warning). "
             "Investigators are officers by role and anyone on an investigative act."),
    severity=Severity.ERROR,
    review_items=("E1",),
)
def independent_reviewers(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """No investigator of the case reviews it (legal review or case review)."""
    reviews = [r for r in view.in_time_order(LegalReview, CaseReview) if r.on >= ctx.rule.valid_from]
    if not reviews:
        yield ctx.not_applicable(("本案没有法制审核或者案件审核", "No legal or case review in this case"))
        return
    text = _INDEPENDENCE.get(ctx.sector)
    cites, severity = (text, Severity.ERROR) if text else (_CPL58_1, Severity.WARNING)
    handlers = investigators(view, ctx)
    for r in reviews:
        assert isinstance(r, ReviewAct)
        both = [i for i in r.reviewer_ids if i in handlers]
        if not r.reviewer_ids:
            yield ctx.indeterminate(("{subject} 未记录审核人员", "{subject} does not name its reviewers"), act=r,
                                    field="reviewer_ids", missing=("reviewer_ids",), citations=cites)
        elif both:
            yield ctx.violated(("本案办案人员 {people} 作为审核人员参与了 {subject}", "Investigators {people} reviewed "
                                "the case in {subject}"), act=r, field="reviewer_ids", related=both,
                               severity=severity, citations=cites, facts={"people": both})
        else:
            yield ctx.satisfied(("{subject} 的审核人员不是办案人员", "{subject}'s reviewers are not investigators"),
                                act=r, severity=severity, citations=cites)


@rule(
    "REVIEW-005",
    family="review",
    title="审核涵盖规定的内容",
    title_en="Review covers the required points",
    cites=[SAMR_P.art(49, 2), SAMR_P.art(53), MEE_P.art(50)],
    example=("法制审核意见只写了“事实清楚、证据确凿”，没有审核执法主体、执法人员资格和程序。",
             "The legal review says only 'facts clear, evidence conclusive'; it did not review the acting body, the "
             "officers' qualification or the procedure."),
    severity=Severity.WARNING,
    review_items=("E1",),
    sectors=("samr", "mee"),
)
def review_points(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A legal review covers the seven points of MEE-P 50 (mee) or SAMR-P 53 (samr, which also binds case
    reviews)."""
    reviews = [r for r in view.in_time_order(LegalReview, CaseReview) if r.on >= ctx.rule.valid_from]
    if not reviews:
        yield ctx.not_applicable(("本案没有法制审核或者案件审核", "No legal or case review in this case"))
        return
    for r in reviews:
        assert isinstance(r, ReviewAct)
        yield _points(ctx, r)


def _points(ctx: RuleContext, r: ReviewAct) -> Finding:
    required = ctx.param("legal_review.points" if isinstance(r, LegalReview) else "case_review.points", on=r.on)
    if required.status == "none_in_law":
        return ctx.not_applicable(("本配置未规定审核内容", "This profile lists no review points"), act=r)
    if not required.configured:
        return ctx.indeterminate(UNCONFIGURED, act=r, missing=(required.name,), facts={"param": required.name})
    if r.points is None:
        return ctx.indeterminate(("{subject} 未记录审核了哪些内容", "{subject} does not record what it covered"),
                                 act=r, field="points", missing=("points",), citations=required.cites)
    missing = [p for p in ReviewPoint if p in required.value and p not in r.points]
    if missing:
        return ctx.violated(("{subject} 未审核：{missing}", "{subject} did not cover: {missing}"), act=r,
                            field="points", citations=ctx.member_cites(required, missing), facts={"missing": missing})
    return ctx.satisfied(("{subject} 审核内容完整", "{subject} covered every required point"), act=r,
                         citations=required.cites)
