"""AUTH-005 — recusal: nobody with a recorded conflict acts; applications decided in time by the right
person (回避).

SPEC §4 AUTH-005; the verbatim articles are in docs/rules.md, the readings in docs/authority-and-review.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSAPL_2012, PSB_P, SAMR_H, SAMR_P, Citation
from enforcement_rules.models.actions import ActBase, Decision
from enforcement_rules.models.people import Recusal, RecusalDecider, Staff, StaffRole
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.staffing import participants, psapl_2025

__all__ = ["recusal"]

_D = RecusalDecider
_HEADS = frozenset({_D.HEAD, _D.MAIN_HEAD, _D.HEADS_COLLECTIVELY})
_Deciders = tuple[frozenset[RecusalDecider], tuple[Citation, ...]]
# Who decides whose recusal, by sector: CPL 43③ (the head decides on the party's application); SAMR-P 4
# and MEE-P 6③ (the main head's by the heads collectively, another head's by the main head, others' by a
# head); SAMR-H 4② (hearing members, recorder and interpreter by the host; the host by a head).
_TABLE: dict[str, dict[str, _Deciders]] = {
    "national": {"other": (_HEADS, (CPL.art(43, 3),)), "hearing_host": (_HEADS, (CPL.art(64, item=4),)),
                 "hearing_staff": (_HEADS | {_D.HEARING_HOST}, (CPL.art(64, item=4),))},
    "samr": {"main_head": (frozenset({_D.HEADS_COLLECTIVELY}), (SAMR_P.art(4, 1),)),
             "head": (frozenset({_D.MAIN_HEAD}), (SAMR_P.art(4, 1),)), "other": (_HEADS, (SAMR_P.art(4, 1),)),
             "hearing_host": (_HEADS, (SAMR_H.art(4, 2),)),
             "hearing_staff": (frozenset({_D.HEARING_HOST}), (SAMR_H.art(4, 2),))},
    "mee": {"main_head": (frozenset({_D.HEADS_COLLECTIVELY}), (MEE_P.art(6, 3),)),
            "head": (frozenset({_D.MAIN_HEAD}), (MEE_P.art(6, 3),)), "other": (_HEADS, (MEE_P.art(6, 3),)),
            "hearing_host": (_HEADS, (MEE_P.art(6, 3),)), "hearing_staff": (_HEADS, (MEE_P.art(6, 3),))},
}
_HEARING_STAFF = frozenset({StaffRole.HEARING_MEMBER, StaffRole.RECORDER, StaffRole.INTERPRETER})
_PSAPL95, _PSAPL_2012_81, _PSB_P19 = (PSAPL.art(95, 2),), (PSAPL_2012.art(81, 2),), (PSB_P.art(19),)
_CPL43_1, _CPL43_3 = (CPL.art(43, 1),), (CPL.art(43, 3),)


def _kind(staff: Staff) -> str:
    roles = set(staff.roles)
    if StaffRole.MAIN_HEAD in roles:
        return "main_head"
    if StaffRole.HEAD in roles:
        return "head"
    if StaffRole.HEARING_HOST in roles:
        return "hearing_host"
    return "hearing_staff" if roles and roles <= _HEARING_STAFF else "other"


def _deciders(ctx: RuleContext, kind: str, on: date) -> _Deciders | None:
    """Who may decide the recusal of a person of this kind; None where no text says."""
    if ctx.sector == "police":  # PSAPL 95② (PSAPL-2012 81②; PSB-P 19): 所属的公安机关 / 上一级公安机关决定
        cites = (_PSAPL95 if psapl_2025(ctx, on) else _PSAPL_2012_81 if ctx.matter == "public_security"
                 else _PSB_P19)
        # The organ decides through its heads (derived); its heads' recusal goes to the next level up.
        return (frozenset({_D.HIGHER_AGENCY}) if kind in ("head", "main_head") else _HEADS), cites
    return _TABLE.get(ctx.sector, _TABLE["national"]).get(kind)


@rule(
    "AUTH-005",
    family="authority",
    title="回避",
    title_en="Recusal",
    cites=[CPL.art(43), CPL.art(64, item=4), SAMR_P.art(4), SAMR_H.art(4, 2), MEE_P.art(6), PSAPL.art(95, 2),
           PSAPL_2012.art(81, 2), PSB_P.art(19)],
    example=("当事人申请办案人员回避，局里直到作出处罚决定之后才作出回避决定。",
             "The party applied for an officer's recusal; the bureau decided the application only after the "
             "penalty decision."),
    derived=("回避决定作出前的调查可以继续（CPL 43③）；决定回避后当日以后的参与才算违反。公安机关“所属公安机关决定”"
             "记为其负责人决定。行政处罚法未规定负责人回避由谁决定：全国配置下为无法判断。",
             "Investigation may go on until the recusal is decided (CPL 43③); taking part after the day of a "
             "granted recusal is a breach. For police, the organ's decision is recorded as its head's. CPL does "
             "not say who decides a head's recusal: indeterminate under the national profile."),
    severity=Severity.ERROR,
    review_items=("A3", "D5"),
    kinds=("penalty", "coercive_measure"),
)
def recusal(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """No officer, hearing host or reviewer with a recorded conflict takes part in the case; a recusal
    application is decided before the decision, by the person the law names."""
    people = [(i, s) for i, s in enumerate(view.case.staff) if s.conflict or s.recusals]
    if not people:
        yield ctx.not_applicable(("本案未记录利害关系或者回避申请", "No conflict or recusal application is recorded"))
        return
    decisions = [d for d in view.of(Decision) if d.on >= ctx.rule.valid_from]
    taking_part: dict[str, list[ActBase]] = {}
    for act in view.acts:
        for sid in participants(act):
            taking_part.setdefault(sid, []).append(act)
    for i, s in people:
        for j, application in enumerate(s.recusals):
            yield from _application(ctx, s, ("staff", i, "recusals", j), application, decisions)
        yield from _barred(ctx, s, i, taking_part.get(s.id, []))


def _application(ctx: RuleContext, s: Staff, loc: tuple[str | int, ...], r: Recusal,
                 decisions: list[Decision]) -> Iterator[Finding]:
    decision = next((d for d in decisions if d.on >= r.applied_on), None)
    where: dict[str, Any] = {"subject": s.id, "loc": loc, "citations": _CPL43_3}
    facts = {"applied_on": r.applied_on, "decision": decision.id if decision else ""}
    if decision is not None and (r.decided_on is None or r.decided_on > decision.on):
        # CPL 43③: 由行政机关负责人决定 — before the penalty decision (SPEC AUTH-005)
        yield ctx.violated(("对 {subject} 的回避申请（{applied_on}）未在决定 {decision} 之前作出决定",
                            "The application for {subject}'s recusal ({applied_on}) was not decided before "
                            "decision {decision}"), discriminator=f"{loc[-1]}:timely", related=(decision.id,),
                           facts=facts, **where)
    if r.decided_on is None:
        if decision is None:
            yield ctx.not_applicable(("对 {subject} 的回避申请尚未决定；须在处罚决定之前决定",
                                      "{subject}'s recusal is not decided yet; it must be before the decision"),
                                     discriminator=f"{loc[-1]}:timely", **where)
        return
    deciders = _deciders(ctx, _kind(s), r.decided_on)
    where = {**where, "discriminator": f"{loc[-1]}:decider", "facts": {**facts, "decided_by": r.decided_by}}
    if deciders is None:  # e.g. a head's recusal under CPL alone: no text names the decider
        yield ctx.indeterminate(("本配置所依据的规定未明确由谁决定 {subject} 的回避",
                                 "No text of this profile says who decides {subject}'s recusal"),
                                missing=("law: who decides",), **where)
        return
    if r.decided_by is None:
        yield ctx.indeterminate(("未记录由谁决定 {subject} 的回避", "Not recorded who decided {subject}'s recusal"),
                                missing=("recusals.decided_by",), **where)
        return
    where["citations"] = deciders[1]
    if r.decider_id == s.id or r.decided_by not in deciders[0]:
        yield ctx.violated(("对 {subject} 的回避申请由无权决定者（{decided_by}）决定",
                            "{subject}'s recusal was decided by someone without the power ({decided_by})"), **where)
    else:
        yield ctx.satisfied(("对 {subject} 的回避申请已依法决定", "{subject}'s recusal was decided lawfully"), **where)


def _barred(ctx: RuleContext, s: Staff, i: int, acts: list[ActBase]) -> Iterator[Finding]:
    granted = [r.decided_on for r in s.recusals if r.granted and r.decided_on is not None]
    if not (s.conflict or granted):
        return
    cites = _CPL43_1
    if granted:  # after the recusal is decided the person no longer takes part (CPL 43③ 决定作出之前，不停止调查)
        since = min(granted)
        late = [a.id for a in acts if a.on > since]
    else:  # CPL 43①: 应当回避 — a recorded conflict bars the person from the start
        since, late = None, [a.id for a in acts]
    where = {"subject": s.id, "loc": ("staff", i), "discriminator": "took_part", "citations": cites}
    if late:
        yield ctx.violated(("与本案有利害关系、应当回避的 {subject} 仍参与了：{acts}",
                            "{subject}, who had to withdraw, still took part in: {acts}"), related=late,
                           facts={"acts": late, "since": since or ""}, **where)
    else:
        yield ctx.satisfied(("应当回避的 {subject} 未再参与本案", "{subject} took no further part"), **where)
