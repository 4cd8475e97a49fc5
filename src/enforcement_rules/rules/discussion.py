"""REVIEW-006, REVIEW-007 — collective discussion by the heads, and the case review of other ordinary
cases (集体讨论、案件审核).

SPEC §4 REVIEW; the verbatim articles are in docs/rules.md, the readings in docs/authority-and-review.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, SAMR_P, Citation
from enforcement_rules.models.actions import CaseReview, CollectiveDiscussion, Decision, DecisionOutcome, LegalReview
from enforcement_rules.models.people import StaffRole
from enforcement_rules.models.records import RecordKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    NO_DECISION,
    each_penalty_decision,
    is_summary,
    notices_for,
)
from enforcement_rules.rules.review import ORDINARY_ONLY, legal_review_grounds

__all__ = ["case_review", "collective_discussion", "discussion_grounds"]

#: 集体: a discussion needs more than one head (derived from the word; no text sets a number).
_COLLECTIVE = 2
_HEAD_ROLES = frozenset({StaffRole.HEAD, StaffRole.MAIN_HEAD})


class Trigger(StrEnum):
    """Why a case goes to the heads' collective discussion."""

    COMPLEX = "complex"  # 情节复杂 (CPL 57②; MEE-P 52②(一))
    MAJOR = "major"  # 重大违法行为 (CPL 57②)
    LEGAL_REVIEW_CASE = "legal_review_case"  # 第五十条第一款规定的案件 (SAMR-P 60②)
    AMOUNT = "amount"  # 拟罚款、没收数额 ≥ the profile's amount (MEE-P 52②(二))
    KIND = "kind"  # 拟吊销许可证件、责令停产停业… (MEE-P 52②(三)(四))

    @property
    def zh(self) -> str:
        return {"complex": "情节复杂", "major": "重大违法行为", "legal_review_case": "应当法制审核的案件",
                "amount": "罚没数额达到集体讨论标准", "kind": "拟给予的处罚种类须集体讨论"}[self.value]


def discussion_grounds(view: CaseView, ctx: RuleContext,
                       d: Decision) -> tuple[list[Trigger], tuple[Citation, ...], list[str]]:
    """The profile's grounds for a collective discussion this decision meets, their citations, and the
    facts or parameters missing to tell."""
    flags, on = view.case.violation, d.on
    triggers = ctx.param("collective_discussion.triggers", on=on)
    if not triggers.configured:
        return [], (), [triggers.name]
    flagged = ((Trigger.COMPLEX, flags.complex), (Trigger.MAJOR, flags.major))  # CPL 57②
    met = [t for t, yes in flagged if yes and t in triggers.value]
    cites = list(ctx.member_cites(triggers, met)) if met else []
    if Trigger.LEGAL_REVIEW_CASE in triggers.value and legal_review_grounds(view, ctx, d)[1]:  # SAMR-P 60②
        met.append(Trigger.LEGAL_REVIEW_CASE)
        cites += ctx.member_cites(triggers, (Trigger.LEGAL_REVIEW_CASE,))
    missing: list[str] = []
    # 拟罚款… / 拟吊销…: the penalty proposed in the latest notice, or decided (derived: either counts)
    notices = notices_for(view, d)
    penalties = (*d.penalties, *((notices[-1].proposed_penalties or ()) if notices else ()))
    amount = ctx.param("collective_discussion.amount", on=on)
    amounts = [p.amount for p in penalties if p.kind.has_amount]
    if amounts and amount.status != "none_in_law":
        if not amount.configured:
            missing.append(amount.name)
        elif any(a is not None and a >= amount.value for a in amounts):  # each amount on its own (derived)
            met.append(Trigger.AMOUNT)
            cites += amount.cites
        elif None in amounts:
            missing.append("penalties.amount")
    kinds = ctx.param("collective_discussion.kinds", on=on)
    listed = list(dict.fromkeys(p.kind for p in penalties if kinds.configured and p.kind in kinds.value))
    if listed:
        met.append(Trigger.KIND)
        cites += ctx.member_cites(kinds, listed)
    return met, tuple(dict.fromkeys(cites)), missing


@rule(
    "REVIEW-006",
    family="review",
    title="负责人集体讨论决定",
    title_en="Collective discussion",
    cites=[CPL.art(57, 2), SAMR_P.art(60, 2), MEE_P.art(52), PSAPL.art(113, 2)],
    example=("拟对企业罚款60万元，生态环境局未经负责人集体讨论，由分管负责人一人签批作出了决定。",
             "A 600,000-yuan fine on a company was signed off by one deputy head without the heads' collective "
             "discussion."),
    derived=("“集体”至少两名负责人；集体讨论应在法制审核之后、决定之前；有会议记录或书面记录即为有记录。"
             "生态环境“数额五十万元以上”对罚款、没收违法所得、没收非法财物分别比较；“拟”给予的处罚以最近的告知或者决定为准。",
             "'Collective' means at least two heads; the discussion follows the legal review and precedes the "
             "decision; minutes or a written record count. MEE's 500,000 yuan is compared with each amount; the "
             "penalty 'proposed' is the latest notice's or the decision's."),
    severity=Severity.ERROR,
    review_items=("E2",),
)
def collective_discussion(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A case in the profile's collective-discussion scope is decided by the heads collectively, after
    the legal review and before the decision, with minutes."""
    if is_summary(view):
        yield ctx.not_applicable(ORDINARY_ONLY)
        return

    def one(d: Decision) -> Iterator[Finding]:
        met, cites, missing = discussion_grounds(view, ctx, d)
        if not met:
            if missing:
                yield ctx.indeterminate(("无法判断是否须集体讨论，缺少：{missing}", "Cannot tell whether a collective "
                                         "discussion was needed; missing: {missing}"), act=d, missing=missing,
                                        facts={"missing": missing})
            else:
                yield ctx.not_applicable(("本案不属于应当集体讨论的情形", "No ground for a collective discussion"),
                                         act=d)
            return
        yield from _discussed(view, ctx, d, cites, {"grounds": met})

    yield from each_penalty_decision(view, ctx, one)


def _discussed(view: CaseView, ctx: RuleContext, d: Decision, cites: tuple[Citation, ...],
               facts: dict[str, object]) -> Iterator[Finding]:
    held = [c for c in view.of(CollectiveDiscussion) if view.before(c, d) is True]
    if held:
        yield from _how(view, ctx, d, held[-1], {"act": d, "citations": cites, "related": (held[-1].id,),
                                                  "facts": {**facts, "discussion": held[-1].id}})
        return
    unclear = [c.id for c in view.of(CollectiveDiscussion) if view.before(c, d) is None]
    if unclear:
        yield ctx.indeterminate(("集体讨论与决定 {subject} 同日，未记录时间",
                                 "The discussion and decision {subject} are on the same day without times"),
                                act=d, citations=cites, related=unclear, missing=("at",))
    else:
        yield ctx.violated(("决定 {subject} 应当由负责人集体讨论（{grounds}），但决定前没有集体讨论",
                            "Decision {subject} needed the heads' collective discussion ({grounds}); there was "
                            "none before it"), act=d, citations=cites, discriminator="missing", facts=facts)


def _how(view: CaseView, ctx: RuleContext, d: Decision, c: CollectiveDiscussion,
         where: dict[str, Any]) -> Iterator[Finding]:
    """The discussion held before the decision: after the legal review, by the heads, with minutes."""
    reviews = [r for r in view.of(LegalReview) if view.before(r, d) is True]
    heads = [i for i in c.head_ids if (s := view.staff(i)) is not None and (not s.roles or _HEAD_ROLES & set(s.roles))]
    written = any(r.kind is RecordKind.WRITTEN for r in view.records_for(c.id))
    where["facts"] = {**where["facts"], "heads": heads, "review": reviews[-1].id if reviews else ""}
    defects = [
        # after the legal review (SPEC REVIEW-006; the order PROC-005 also checks)
        ("before_review", bool(reviews) and view.before(c, reviews[-1]) is True,
         ("集体讨论 {discussion} 在法制审核 {review} 之前",
          "Discussion {discussion} came before legal review {review}")),
        ("heads", bool(c.head_ids) and len(heads) < _COLLECTIVE,
         ("集体讨论 {discussion} 只有 {heads} 参加，不构成负责人集体讨论",
          "Only {heads} took part in {discussion}: not a collective discussion by the heads")),
        # MEE-P 52③: 集体讨论情况应当予以记录 (a reading elsewhere: SPEC REVIEW-006 "with minutes")
        ("minutes", c.minutes is False and not written,
         ("集体讨论 {discussion} 没有记录", "Discussion {discussion} has no minutes")),
    ]
    found = [ctx.violated(text, discriminator=key, **where) for key, broken, text in defects if broken]
    if found:
        yield from found
    elif not c.head_ids or (c.minutes is None and not written):
        yield ctx.indeterminate(("集体讨论 {discussion} 未记录参加的负责人或者会议记录",
                                 "Discussion {discussion} does not record its heads or minutes"),
                                missing=("head_ids",) if not c.head_ids else ("minutes",), **where)
    else:
        yield ctx.satisfied(("经负责人集体讨论（{discussion}）", "Decided after the heads' discussion {discussion}"),
                            **where)


@rule(
    "REVIEW-007",
    family="review",
    title="其他普通程序案件进行案件审核",
    title_en="Case review for other ordinary cases",
    cites=[SAMR_P.art(49, 1), SAMR_P.art(52, 1)],
    example=("一般程序案件不属于法制审核范围，办案机构未经案件审核就报请负责人作出了决定。",
             "An ordinary case outside the legal-review scope went to the head for decision without a case review."),
    derived=("第五十条第一款的案件以法制审核的四种情形为准（该款“情节复杂或者重大违法行为”为对这些情形的概括）；"
             "已进行法制审核的，视为已经审核。",
             "The cases of SAMR-P 50① are its four grounds (its words 'complex or major' describe them); a case "
             "that had a legal review instead counts as reviewed."),
    severity=Severity.WARNING,
    review_items=("E1",),
    sectors=("samr",),
)
def case_review(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """An ordinary-procedure case outside SAMR-P 50① gets a case review (案件审核) before the decision."""
    if is_summary(view):
        yield ctx.not_applicable(ORDINARY_ONLY)
        return
    decisions = [d for d in view.of(Decision) if d.on >= ctx.rule.valid_from]
    if not decisions:
        yield ctx.not_applicable(NO_DECISION)
    for d in decisions:
        if d.outcome is DecisionOutcome.PENALTY and legal_review_grounds(view, ctx, d)[1]:
            yield ctx.not_applicable(("本案属于法制审核案件（见 REVIEW-001）", "A legal-review case (see REVIEW-001)"),
                                     act=d)
            continue
        reviews = view.in_time_order(CaseReview, LegalReview)
        done = [r.id for r in reviews if view.before(r, d) is True]
        if done:
            yield ctx.satisfied(("决定前已经审核（{review}）", "Reviewed before the decision ({review})"), act=d,
                                related=done, facts={"review": done[-1]})
        elif any(view.before(r, d) is None for r in reviews):
            yield ctx.indeterminate(("审核与决定 {subject} 同日，未记录时间",
                                     "The review and decision {subject} are on the same day without times"),
                                    act=d, missing=("at",))
        else:
            yield ctx.violated(("决定 {subject} 之前没有案件审核", "No case review before decision {subject}"), act=d)
