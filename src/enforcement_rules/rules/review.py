"""REVIEW-001, REVIEW-002 — legal review (法制审核): when it is needed, and passed before deciding.

SPEC §4 REVIEW; the verbatim articles are in docs/rules.md, the readings in docs/authority-and-review.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, SAMR_P, Citation
from enforcement_rules.models.actions import Conclusion, Decision, Hearing, LegalReview
from enforcement_rules.profiles.profile import ParamValue
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import UNCONFIGURED, each_penalty_decision, is_summary

__all__ = ["ORDINARY_ONLY", "Ground", "last_hearing", "legal_review_grounds", "legal_review_required", "review_passed"]

ORDINARY_ONLY = ("本规则适用于普通程序", "This rule applies to the ordinary procedure")
_SAMR50_2 = (SAMR_P.art(50, 2),)  # 前款第二项规定的案件，在听证程序结束后进行法制审核


class Ground(StrEnum):
    """A ground for a legal review (CPL 58① (一)–(四)); the members of ``legal_review.triggers``."""

    MAJOR_PUBLIC_INTEREST = "major_public_interest"
    MAJOR_RIGHTS_AFTER_HEARING = "major_rights_after_hearing"
    COMPLEX = "complex"
    LISTED = "listed"

    @property
    def zh(self) -> str:
        return {"major_public_interest": "涉及重大公共利益", "major_rights_after_hearing": "直接关系重大权益且经过听证",
                "complex": "案件情况疑难复杂、涉及多个法律关系", "listed": "法律、法规规定应当法制审核"}[self.value]


def last_hearing(view: CaseView, d: Decision) -> Hearing | None:
    """The last hearing held before the decision (CPL 58(二) 经过听证程序)."""
    held = [h for h in view.of(Hearing) if view.before(d, h) is not True]
    return held[-1] if held else None


def legal_review_grounds(view: CaseView, ctx: RuleContext, d: Decision) -> tuple[ParamValue, list[Ground]]:
    """The profile's grounds for a legal review (CPL 58① and the sector texts) that this case meets."""
    triggers = ctx.param("legal_review.triggers", on=d.on)
    if not triggers.configured:
        return triggers, []
    flags = view.case.violation
    met = {
        Ground.MAJOR_PUBLIC_INTEREST: flags.major_public_interest,  # (一)
        # (二) both conditions: directly affects major rights, AND went through a hearing
        Ground.MAJOR_RIGHTS_AFTER_HEARING: flags.directly_affects_major_rights and last_hearing(view, d) is not None,
        Ground.COMPLEX: flags.complex,  # (三)
        Ground.LISTED: flags.listed_for_legal_review,  # (四), and an agency catalogue (SAMR-P 50③; MEE-P 49②)
    }
    return triggers, [g for g in Ground if met[g] and g in triggers.value]


def _after_hearing(r: LegalReview, h: Hearing) -> bool | None:
    """Whether the review began after the hearing ended (by ``submitted_on`` when recorded)."""
    start = r.submitted_on or r.on
    if start != h.on:
        return start > h.on
    end, began = h.end_at or h.moment, r.moment
    if r.submitted_on is not None or end is None or began is None:
        return None
    return began >= end


@rule(
    "REVIEW-001",
    family="review",
    title="应当法制审核的案件在决定前经法制审核",
    title_en="Legal review when required",
    cites=[CPL.art(58, 1), SAMR_P.art(50, 1), SAMR_P.art(50, 2), MEE_P.art(49, 1), PSAPL.art(114, 1)],
    example=("案件直接关系当事人重大权益并经过听证，局里在听证之前做了法制审核，听证后没有再审核就作出了决定。",
             "The case directly affected the party's major rights and went to a hearing; the legal review was done "
             "before the hearing and the decision followed the hearing without a new review."),
    derived=("第（二）项须同时具备“直接关系重大权益”和“经过听证程序”；听证案件在听证结束后审核：市场监管有明文"
             "（SAMR-P 50②），其他行业由“经过听证程序”推出。以送审日（无则审核日）判断审核开始的时间。",
             "Ground (二) needs both the major-rights flag and a hearing; a hearing case is reviewed after the "
             "hearing ends: express for SAMR (SAMR-P 50②), derived elsewhere. The review starts on its "
             "submission day (else its own day)."),
    severity=Severity.ERROR,
    review_items=("E1",),
)
def legal_review_required(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Before deciding, legal-review staff review a case that involves a major public interest, directly
    affects major rights and went through a hearing (reviewed after it), is complex, or is listed."""
    if is_summary(view):
        yield ctx.not_applicable(ORDINARY_ONLY)
        return
    yield from each_penalty_decision(view, ctx, lambda d: (_required(view, ctx, d),))


def _required(view: CaseView, ctx: RuleContext, d: Decision) -> Finding:
    triggers, grounds = legal_review_grounds(view, ctx, d)
    if not triggers.configured:
        return ctx.indeterminate(UNCONFIGURED, act=d, missing=(triggers.name,), facts={"param": triggers.name})
    if not grounds:
        return ctx.not_applicable(("本案不属于应当法制审核的情形", "None of the grounds for a legal review applies"),
                                  act=d, citations=triggers.cites)
    hearing = last_hearing(view, d) if Ground.MAJOR_RIGHTS_AFTER_HEARING in grounds else None
    cites = ctx.member_cites(triggers, grounds) + (_SAMR50_2 if hearing and ctx.sector == "samr" else ())
    reviews = [r for r in view.of(LegalReview) if view.before(r, d) is True]
    unclear = [r.id for r in view.of(LegalReview) if view.before(r, d) is None]
    facts = {"grounds": grounds, "hearing": hearing.id if hearing else None}
    where = {"act": d, "citations": cites}
    if hearing is not None:  # CPL 58(二) 经过听证程序; SAMR-P 50②: 在听证程序结束后进行法制审核
        after = [_after_hearing(r, hearing) for r in reviews]
        if True in after:
            reviews = [r for r, ok in zip(reviews, after, strict=True) if ok]
        elif None in after:
            return ctx.indeterminate(("无法判断法制审核是否在听证 {hearing} 结束之后", "Cannot tell whether the review "
                                      "followed the end of hearing {hearing}"), related=(hearing.id,),
                                     missing=("submitted_on", "at"), facts=facts, **where)
        elif reviews:
            return ctx.violated(("听证案件应当在听证 {hearing} 结束后进行法制审核，审核却在听证之前",
                                 "A hearing case is reviewed after the hearing {hearing} ends; this review came "
                                 "before it"), related=(hearing.id, *(r.id for r in reviews)),
                                discriminator="before_hearing", facts=facts, **where)
    if reviews:
        return ctx.satisfied(("决定前已经法制审核（{review}）", "Legally reviewed before the decision ({review})"),
                             related=(reviews[-1].id,), facts={**facts, "review": reviews[-1].id}, **where)
    if unclear:
        return ctx.indeterminate(("法制审核与决定 {subject} 同日，未记录时间，无法判断先后", "The review and decision "
                                  "{subject} are on the same day without times"), related=unclear, missing=("at",),
                                 facts=facts, **where)
    return ctx.violated(("决定 {subject} 应当经法制审核（{grounds}），但决定前没有法制审核",
                         "Decision {subject} needed a legal review ({grounds}) and had none before it"),
                        discriminator="no_review", facts=facts, **where)


_PASSED_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(58, 1),),
    "samr": (CPL.art(58, 1), SAMR_P.art(50, 1)),
    "mee": (CPL.art(58, 1), MEE_P.art(49, 1), MEE_P.art(51, 3)),
    "police": (CPL.art(58, 1), PSAPL.art(114, 1)),
}


@rule(
    "REVIEW-002",
    family="review",
    title="法制审核通过后方可作出决定",
    title_en="Review passed before deciding",
    cites=[CPL.art(58, 1), SAMR_P.art(50, 1), MEE_P.art(49, 1), MEE_P.art(51, 3), PSAPL.art(114, 1)],
    example=("法制审核意见指出证据不足、建议补充调查，办案机构未补充调查也未再送审，就作出了处罚决定。",
             "The legal review found the evidence insufficient; the case was decided without further investigation "
             "or a new review."),
    derived=("以决定前最后一次法制审核的结论为准；提出问题后经处理再次送审、同意的，视为审核通过。",
             "The last legal review before the decision counts; a review that raised problems followed by handling "
             "and a new review that agreed is a pass."),
    severity=Severity.ERROR,
    review_items=("E1",),
)
def review_passed(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """No decision after a failed legal review: the last review before the decision agreed; one that raised
    problems was followed by handling and a new review."""
    if is_summary(view):
        yield ctx.not_applicable(ORDINARY_ONLY)
        return
    cites = _PASSED_CITES.get(ctx.sector, _PASSED_CITES["national"])

    def one(d: Decision) -> Iterator[Finding]:
        reviews = [r for r in view.of(LegalReview) if view.before(r, d) is True]
        if not reviews:
            yield ctx.not_applicable(("决定 {subject} 之前没有法制审核", "No legal review before decision {subject}"),
                                     act=d)
            return
        last = reviews[-1]
        problems = [r.id for r in reviews if r.conclusion is Conclusion.PROBLEMS]
        where = {"act": d, "citations": cites, "related": tuple(r.id for r in reviews),
                 "facts": {"review": last.id, "problems": problems}}
        unclear = any(view.before(r, d) is None for r in view.of(LegalReview))
        if last.conclusion is None or (last.conclusion is Conclusion.PROBLEMS and unclear):
            yield ctx.indeterminate(("无法判断决定前最后一次法制审核（{review}）的结论",
                                     "The conclusion of the last review before the decision ({review}) is unknown"),
                                    missing=("conclusion",), **where)
        elif last.conclusion is Conclusion.PROBLEMS:
            yield ctx.violated(("法制审核 {review} 未通过，未经处理和重新审核即作出决定 {subject}",
                                "Review {review} did not pass; decision {subject} was made without handling and a "
                                "new review"), **where)
        else:
            yield ctx.satisfied(("法制审核 {review} 同意", "Review {review} agreed"), **where)

    yield from each_penalty_decision(view, ctx, one)
