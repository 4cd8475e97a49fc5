"""PROC-005 — the order of steps (程序倒置): one pass over the timeline in time order.

SPEC §4 PROC-005; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from enforcement_rules.engine import CaseView
from enforcement_rules.law import ACL, CPL, MEE_P, SAMR_P, Citation
from enforcement_rules.models.actions import (
    ActBase,
    CollectiveDiscussion,
    Decision,
    DecisionOutcome,
    Demand,
    Enforcement,
    EnforcementDecision,
    EvidencePreservation,
    Filing,
    Hearing,
    HearingNotice,
    Inspection,
    LegalReview,
    Payment,
    PenaltyNotice,
    Questioning,
    Sampling,
    Service,
    Surcharge,
    act_type,
)
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import is_summary

__all__ = ["step_order"]

_ZH = {
    "verification": "核查", "filing": "立案", "inspection": "检查", "questioning": "询问", "sampling": "抽样取证",
    "evidence_preservation": "先行登记保存", "penalty_notice": "告知", "hearing_notice": "听证通知",
    "hearing": "听证", "legal_review": "法制审核", "collective_discussion": "集体讨论", "decision": "决定",
    "service": "送达", "payment": "缴纳罚款", "surcharge": "加处罚款", "demand": "催告",
    "enforcement_decision": "强制执行决定", "enforcement": "强制执行", "coercive_measure": "行政强制措施",
    "record": "记录",
}
# Each step that must come first, and the steps that must follow it when no link names the pair.
_FILING, _NOTICE, _HEARING_NOTICE, _REVIEW, _DISCUSSION = "filing", "notice", "hearing_notice", "review", "discussion"
_RECORD_CITES = (CPL.art(47),)
_STEP_CITES: dict[str, tuple[Citation, ...]] = {
    _FILING: (CPL.art(54, 2),), _NOTICE: (CPL.art(44), CPL.art(62)), _HEARING_NOTICE: (CPL.art(64, item=2),),
    _REVIEW: (CPL.art(58, 1),), _DISCUSSION: (CPL.art(57, 2),),
}
#: Where a sector allows evidence to be taken before filing, when marked (SAMR-P 18①; MEE-P 27).
_VERIFY_CITES = {"samr": (SAMR_P.art(18, 1),), "mee": (MEE_P.art(27, 1),)}
Inversion = tuple[ActBase, ActBase, tuple[Citation, ...]]


@dataclass
class _Pass:
    """The state of the one pass: the steps seen, the followers still waiting for their step, and how
    many decisions and hearings lie ahead (a late step may belong to a later one)."""

    seen: set[str] = field(default_factory=set)
    waiting: dict[str, list[ActBase]] = field(default_factory=dict)
    ahead: dict[type[ActBase], int] = field(default_factory=dict)


@rule(
    "PROC-005",
    family="procedure",
    title="程序步骤先后有序，不得程序倒置",
    title_en="Order of steps",
    cites=[CPL.art(54, 2), CPL.art(44), CPL.art(62), CPL.art(64, item=2), CPL.art(58, 1), CPL.art(57, 2),
           CPL.art(61, 1), CPL.art(67, 3), CPL.art(72, 1), ACL.art(37, 1), CPL.art(47), SAMR_P.art(18, 1),
           MEE_P.art(27, 1)],
    example=("现场检查笔录日期为3月3日，立案审批表却是3月4日，检查也未标明为立案前核查：先调查后立案。",
             "The inspection record is dated 3 March and the filing 4 March, and the inspection is not marked "
             "as verification before filing: the investigation came before the filing."),
    derived=("同一天且未记录时间的两个环节，先后不明，不作为倒置。一个步骤晚于某个决定（或听证）、但其后还有另一个"
             "决定（或听证）时，视为属于后者。立案前核查以标记为准。",
             "Two steps on one day without times are of unknown order and not reported. A step that comes after a "
             "decision (or hearing) while another one follows is taken to belong to the later one. Pre-filing "
             "verification counts only where marked."),
    severity=Severity.ERROR,
    review_items=("B1",),
)
def step_order(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The steps come in their order — filing before investigation (unless marked as verification before
    filing), notice before decision, hearing notice before hearing, legal review before collective
    discussion before decision, a document before its service, service before payment or enforcement —
    and no record is dated before the act it documents; each inversion names both acts."""
    found = 0
    verify = _VERIFY_CITES.get(ctx.sector, ())
    for early, late, cites in _inversions(view):
        found += 1
        yield _report(ctx, early, late, (*cites, *verify) if cites is _STEP_CITES[_FILING] else cites)
    for record in view.case.records:
        if record.start_at is None:
            continue
        for act_id in record.act_ids:
            act = view.get(act_id)
            if isinstance(act, ActBase) and record.start_at.date() < act.on:  # CPL 47: records document acts
                found += 1
                yield ctx.violated(("记录 {subject} 的日期早于其记录的环节 {other}（{other_kind}）",
                                    "Record {subject} is dated before the act it documents, {other}"),
                                   subject=record.id, loc=view.loc(record.id), discriminator=act.id,
                                   related=(act.id,), facts={"other": act.id, "other_kind": _name(act)},
                                   citations=_RECORD_CITES)
    if not found:
        yield ctx.satisfied(("未发现程序倒置", "No step comes before the one it follows"))


def _inversions(view: CaseView) -> Iterator[Inversion]:
    """``(step, follower, citations)`` for every follower that happened before its step, in one pass in
    time order; each act is dispatched on its type once."""
    state = _Pass(ahead={Decision: len(view.of(Decision)), Hearing: len(view.of(Hearing))})
    ordinary = not is_summary(view)
    talks = {e.discussion_id for e in view.case.time_limits.extensions if e.discussion_id}
    seen, waiting, ahead = state.seen, state.waiting, state.ahead
    for act in view.acts:
        kind = type(act)
        if kind in _LINKED:
            found = _linked(view, act)
            if found is not None:
                yield found
        if kind in ahead:
            ahead[kind] -= 1
        if kind is CollectiveDiscussion and act.id in talks:
            continue  # a discussion that extended the case period (SAMR-P 64①) is not the decision's
        step = _STEPS.get(kind)
        if step is not None:
            seen.add(step)
            if step in waiting:
                yield from _release(view, state, step, act)
        if kind in _FOLLOWERS:
            for needed in _needs(act, ordinary):
                if needed not in seen:
                    waiting.setdefault(needed, []).append(act)


_STEPS: dict[type[ActBase], str] = {Filing: _FILING, PenaltyNotice: _NOTICE, HearingNotice: _HEARING_NOTICE,
                                    LegalReview: _REVIEW, CollectiveDiscussion: _DISCUSSION}
_FOLLOWERS = frozenset({Inspection, Questioning, Sampling, EvidencePreservation, Decision, Hearing,
                        CollectiveDiscussion})
_BEFORE_DECISION = (_REVIEW, _DISCUSSION)


def _needs(act: ActBase, ordinary: bool) -> tuple[str, ...]:
    """The steps that must precede ``act`` when no link of its own names them."""
    if isinstance(act, Inspection | Questioning | Sampling | EvidencePreservation):
        # CPL 54②: 符合立案标准的，应当及时立案; SAMR-P 18, MEE-P 27: verification before filing, where marked
        return (_FILING,) if ordinary and not act.before_filing else ()
    if isinstance(act, Decision):
        if act.outcome is not DecisionOutcome.PENALTY:
            return ()
        # CPL 62: notice before the decision; CPL 58①, 57②: legal review, then collective discussion, first
        return (_NOTICE, *_BEFORE_DECISION) if act.notice_id is None else _BEFORE_DECISION
    if isinstance(act, Hearing):
        return (_HEARING_NOTICE,) if act.hearing_notice_id is None else ()  # CPL 64(二)
    return (_REVIEW,)  # a collective discussion follows the legal review (CPL 58①)


def _release(view: CaseView, state: _Pass, step: str, act: ActBase) -> Iterator[Inversion]:
    """A step has come: every follower that waited for it came too early, unless another decision or
    hearing lies ahead that the step may belong to."""
    for follower in state.waiting.pop(step, ()):
        if state.ahead.get(type(follower), 0) > 0:
            continue
        if view.before(follower, act) is True:
            yield act, follower, _STEP_CITES[step]


_SERVICE_CITES: tuple[Citation, ...] = (CPL.art(61, 1),)  # the document before its service
_ENFORCE_CITES: tuple[Citation, ...] = (ACL.art(37, 1),)  # the enforcement decision before enforcement
_PAY_CITES: tuple[Citation, ...] = (CPL.art(67, 3),)  # CPL 67③: 自收到行政处罚决定书之日起
_DEFAULT_CITES: tuple[Citation, ...] = (CPL.art(72, 1),)  # CPL 72①: 当事人逾期不履行行政处罚决定的
_LINKED = frozenset({Service, Hearing, Decision, Enforcement, Payment, Surcharge, Demand, EnforcementDecision})


def _linked(view: CaseView, act: ActBase) -> Inversion | None:
    """The inversion against the act that ``act`` names itself, if any."""
    target: object = None
    if isinstance(act, Service):
        target, cites = view.get(act.document_id), _SERVICE_CITES
    elif isinstance(act, Hearing):
        target, cites = act.hearing_notice_id and view.get(act.hearing_notice_id), _STEP_CITES[_HEARING_NOTICE]
    elif isinstance(act, Decision):
        target, cites = act.notice_id and view.get(act.notice_id), _STEP_CITES[_NOTICE]
    elif isinstance(act, Enforcement):
        target, cites = act.enforcement_decision_id and view.get(act.enforcement_decision_id), _ENFORCE_CITES
    elif isinstance(act, Payment | Surcharge):
        target, cites = _served_decision(view, act.decision_id), _PAY_CITES
    elif isinstance(act, Demand | EnforcementDecision):
        target, cites = _served_decision(view, act.decision_id), _DEFAULT_CITES
    else:
        return None
    if isinstance(target, ActBase) and view.before(act, target) is True:
        return target, act, cites
    return None


def _served_decision(view: CaseView, decision_id: str | None) -> ActBase | None:
    """The first service of the decision named (or of the only penalty decision), else the decision."""
    if decision_id is None:
        decisions = [d for d in view.of(Decision) if d.outcome is DecisionOutcome.PENALTY]
        if len(decisions) != 1:
            return None
        decision_id = decisions[0].id
    services = view.services_of(decision_id)
    found = services[0] if services else view.get(decision_id)
    return found if isinstance(found, ActBase) else None


def _name(act: ActBase) -> str:
    kind = act_type(type(act))
    return _ZH.get(kind, kind)


def _report(ctx: RuleContext, early: ActBase, late: ActBase, cites: tuple[Citation, ...]) -> Finding:
    """``late`` should follow ``early`` but happened before it."""
    return ctx.violated(
        ("程序倒置：{subject}（{kind}）发生在 {other}（{other_kind}）之前",
         "Steps inverted: {subject} ({kind}) came before {other} ({other_kind}), which it should follow"),
        act=late, discriminator=early.id, related=(early.id,), citations=cites,
        facts={"kind": _name(late), "other": early.id, "other_kind": _name(early), "on": late.on,
               "other_on": early.on})
