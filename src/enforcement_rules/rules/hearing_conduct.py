"""HEAR-005, HEAR-006, HEAR-007 — who presides, the agents, and the transcript (主持人、代理人、听证笔录).

SPEC §4 (the HEAR family); the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSB_P, SAMR_H, Citation
from enforcement_rules.models.actions import Attendance, Hearing, RecusalApplication
from enforcement_rules.models.people import StaffRole
from enforcement_rules.models.records import PartySignature, Record, RecordKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules._hearing import NO_HEARING, by_sector, hearings, investigators
from enforcement_rules.rules.common import UNCONFIGURED

__all__ = ["hearing_agents", "independent_host", "transcript_signed"]

# Nobody took part, or the party left: there is nothing for the party to sign (CPL 64(六): the hearing ends).
_NO_PARTY = frozenset({Attendance.ABSENT_WITHOUT_REASON, Attendance.ABSENT_WITH_REASON,
                       Attendance.LEFT_WITHOUT_LEAVE})


@rule(
    "HEAR-005",
    family="hearing",
    title="听证由行政机关指定的非本案调查人员主持；对主持人的回避申请依法决定",
    title_en="Independent host",
    cites=[CPL.art(64, item=4), SAMR_H.art(4, 2), SAMR_H.art(11, 1), SAMR_H.art(11, 3), MEE_P.art(47, item=4),
           PSB_P.art(127, 2)],
    example=("听证由本案的办案人员之一主持；当事人申请其回避，无人作出决定。",
             "One of the case's investigators presided over the hearing; the party's application for recusal was "
             "never decided."),
    derived=("调查人员指角色为执法（办案）人员的人员，以及参加核查、检查、询问、抽样、先行登记保存、强制措施的人员。",
             "Investigators are the staff with the officer role and everyone on a verification, inspection, "
             "questioning, sampling, evidence preservation or coercive measure."),
    severity=Severity.ERROR,
    review_items=("D5",),
)
def independent_host(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The hearing is presided over by a person the agency designated who did not investigate the case
    (samr and police: nor do members or the recorder), and an application to recuse the host is decided —
    in samr by an agency head — and, if granted, the host steps aside."""
    held = hearings(view, ctx)
    if not held:
        yield ctx.not_applicable(NO_HEARING)
        return
    staff = investigators(view)
    for h in held:
        roles = ctx.param("hearing.not_investigators", on=h.on)
        if not roles.configured:
            yield ctx.indeterminate(UNCONFIGURED, act=h, missing=(roles.name,), facts={"param": roles.name})
            continue
        if h.host_id is None:
            yield ctx.indeterminate(("未记录听证 {subject} 的主持人", "The host of hearing {subject} is not recorded"),
                                    act=h, field="host_id", missing=("host_id",))
            continue
        people = {"host": (h.host_id,), "members": h.member_ids, "recorder": (h.recorder_id,) if h.recorder_id else ()}
        clash = [(role, sid) for role in ("host", "members", "recorder") if role in roles.value
                 for sid in people[role] if sid in staff]
        for role, sid in clash:
            yield ctx.violated(("本案调查人员 {person} 担任了听证 {subject} 的{role_zh}",
                                "Investigator {person} acted as {role} at hearing {subject}"),
                               act=h, field=_FIELD[role], discriminator=f"{role}:{sid}",
                               facts={"person": sid, "role": role, "role_zh": _ROLE_ZH[role]},
                               citations=ctx.member_cites(roles, [role]))
        if not clash:
            yield ctx.satisfied(("听证 {subject} 由非本案调查人员主持", "Hearing {subject} was presided over by a "
                                 "non-investigator"), act=h, citations=roles.cites)
        if h.recusal is not None and h.recusal.against_id in (None, h.host_id):
            yield _recusal(view, ctx, h, h.recusal)


_ROLE_ZH = {"host": "听证主持人", "members": "听证员", "recorder": "记录员"}
_FIELD = {"host": "host_id", "members": "member_ids", "recorder": "recorder_id"}


def _recusal(view: CaseView, ctx: RuleContext, h: Hearing, app: RecusalApplication) -> Finding:
    cites = (CPL.art(64, item=4), SAMR_H.art(4, 2)) if ctx.sector == "samr" else (CPL.art(64, item=4),)
    where = {"act": h, "field": "recusal", "discriminator": "recusal", "citations": cites}
    if app.decided_on is None:
        return ctx.violated(("当事人申请听证主持人回避，未作出决定",
                             "The application to recuse the host was not decided"), **where)
    if app.granted and h.host_id == (app.against_id or h.host_id):
        return ctx.violated(("回避申请已获准，被申请回避的主持人仍主持了听证 {subject}",
                             "The host's recusal was granted, yet the host presided over hearing {subject}"), **where)
    if ctx.sector == "samr":  # SAMR-H 4②: 听证主持人的回避，由市场监督管理部门负责人决定
        head = view.staff(app.decided_by) if app.decided_by else None
        if head is None:
            return ctx.indeterminate(("未记录由谁决定主持人回避", "Who decided the recusal is not recorded"),
                                     missing=("recusal.decided_by",), **where)
        if StaffRole.HEAD not in head.roles:
            return ctx.violated(("主持人的回避由 {person} 决定，而非行政机关负责人",
                                 "The host's recusal was decided by {person}, not an agency head"),
                                facts={"person": head.id}, **where)
    return ctx.satisfied(("对主持人的回避申请已于 {decided_on} 作出决定", "The recusal application was decided on "
                          "{decided_on}"), facts={"decided_on": app.decided_on}, **where)


@rule(
    "HEAR-006",
    family="hearing",
    title="当事人委托一至二人代理参加听证，并提交授权委托书",
    title_en="Hearing agents",
    cites=[CPL.art(64, item=5), SAMR_H.art(15, 1), SAMR_H.art(15, 2), MEE_P.art(47, item=5), PSB_P.art(130)],
    example=("当事人委托三名代理人参加听证，其中一人未提交授权委托书。",
             "The party sent three agents to the hearing, one without a power of attorney."),
    derived=("多名当事人时，代理人上限按每名当事人二人合计（案卷未记录代理人所代理的当事人）。",
             "With several parties the limit is two agents per party, counted together (the record does not say "
             "whose agent each is)."),
    severity=Severity.WARNING,
    review_items=("D5",),
)
def hearing_agents(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A party may appoint one or two agents for the hearing; in samr each submits a power of attorney
    signed or sealed by the party."""
    with_agents = [h for h in hearings(view, ctx) if h.agents]
    if not with_agents:
        yield ctx.not_applicable(("没有代理人参加听证", "No agent took part in a hearing"))
        return
    for h in with_agents:
        limit = ctx.param("hearing.max_agents", on=h.on)
        if not limit.configured:
            yield ctx.indeterminate(UNCONFIGURED, act=h, missing=(limit.name,), facts={"param": limit.name})
        else:
            allowed = limit.value * max(1, len(view.parties_of(h)))
            facts = {"count": len(h.agents), "allowed": allowed}
            if len(h.agents) > allowed:
                yield ctx.violated(("听证 {subject} 有 {count} 名代理人，超过 {allowed} 名",
                                    "Hearing {subject} had {count} agents, more than {allowed}"),
                                   act=h, field="agents", discriminator="count", facts=facts, citations=limit.cites)
            else:
                yield ctx.satisfied(("代理人 {count} 名，未超过 {allowed} 名", "{count} agents, within {allowed}"),
                                    act=h, discriminator="count", facts=facts, citations=limit.cites)
        written = ctx.param("hearing.agent_written_authority", on=h.on)
        if written.configured and written.value:  # SAMR-H 15②: 提交由委托人签名或者盖章的授权委托书
            yield from _authority(ctx, h, written.cites)


def _authority(ctx: RuleContext, h: Hearing, cites: tuple[Citation, ...]) -> Iterator[Finding]:
    for i, agent in enumerate(h.agents):
        where = {"act": h, "field": "agents", "discriminator": f"authority:{i}", "citations": cites,
                 "facts": {"agent": i + 1}}
        if agent.written_authority is None:
            yield ctx.indeterminate(("未记录第 {agent} 名代理人是否提交授权委托书",
                                     "Not recorded whether agent {agent} submitted a power of attorney"),
                                    missing=("agents.written_authority",), **where)
        elif not agent.written_authority:
            yield ctx.violated(("第 {agent} 名代理人未提交授权委托书", "Agent {agent} submitted no power of attorney"),
                               **where)
        else:
            yield ctx.satisfied(("第 {agent} 名代理人已提交授权委托书", "Agent {agent} submitted a power of attorney"),
                                **where)


@rule(
    "HEAR-007",
    family="hearing",
    title="听证笔录经当事人或者其代理人核对无误后签字或者盖章；拒绝的由主持人注明",
    title_en="Transcript signed",
    cites=[CPL.art(64, item=8), SAMR_H.art(28, 1), SAMR_H.art(28, 2), MEE_P.art(47, item=8), PSB_P.art(152)],
    example=("听证笔录没有当事人签名，也没有注明当事人拒绝签名。",
             "The hearing transcript bears neither the party's signature nor a note that the party refused."),
    derived=("听证笔录为记录该听证的书面记录；当事人未出席或中途退出的，不要求其签名；案卷未记录由谁注明拒签，"
             "已注明即可（CPL 64(八) 由主持人注明，PSB-P 152 由记录员记明）。",
             "The transcript is the written record of the hearing; a party who stayed away or walked out is not "
             "asked to sign; who noted a refusal is not recorded, a noted refusal counts (CPL 64(八): the host; "
             "PSB-P 152: the recorder)."),
    severity=Severity.ERROR,
    review_items=("D5", "B4"),
)
def transcript_signed(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A transcript is made of the hearing, checked by the party or its agent and signed or sealed; a
    refusal is noted in it by the host."""
    held = hearings(view, ctx)
    if not held:
        yield ctx.not_applicable(NO_HEARING)
        return
    yield from by_sector(ctx, _TRANSCRIPT_CITES, _transcripts(view, ctx, held))


_TRANSCRIPT_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(64, item=8),),
    "samr": (CPL.art(64, item=8), SAMR_H.art(28, 2)),
    "mee": (MEE_P.art(47, item=8),),
    "police": (CPL.art(64, item=8), PSB_P.art(152)),
}


def _transcripts(view: CaseView, ctx: RuleContext, held: list[Hearing]) -> Iterator[Finding]:
    for h in held:
        if h.attendance in _NO_PARTY:
            yield ctx.not_applicable(("当事人未出席或中途退出听证，无须其签名",
                                      "The party did not attend or walked out: no signature is due"), act=h)
            continue
        written = [r for r in view.records_for(h.id) if r.kind is RecordKind.WRITTEN]
        if not written:  # CPL 64(八): 听证应当制作笔录
            yield ctx.violated(("听证 {subject} 未制作听证笔录", "No transcript was made of hearing {subject}"),
                               act=h, discriminator="no_transcript")
            continue
        yield _signed(view, ctx, h, written[-1])


def _signed(view: CaseView, ctx: RuleContext, h: Hearing, record: Record) -> Finding:
    where = {"subject": record.id, "loc": (*view.loc(record.id), "signatures"), "related": (h.id,)}
    sig = record.signatures
    if sig is None or sig.party is None:
        return ctx.indeterminate(("笔录 {subject} 未记录当事人是否签名", "Transcript {subject} does not record whether "
                                  "the party signed"), missing=("signatures.party",), **where)
    if sig.party is PartySignature.SIGNED:
        return ctx.satisfied(("笔录 {subject} 已由当事人或其代理人签名", "Transcript {subject} was signed by the party "
                              "or its agent"), **where)
    if sig.party is PartySignature.REFUSED:
        if sig.refusal_noted is None:
            return ctx.indeterminate(("未记录是否在笔录中注明当事人拒绝签名", "Not recorded whether the refusal was "
                                      "noted"), missing=("signatures.refusal_noted",), **where)
        if sig.refusal_noted:
            return ctx.satisfied(("当事人拒绝签名，已在笔录中注明", "The party refused to sign; the refusal is noted"),
                                 **where)
        return ctx.violated(("当事人拒绝签名，主持人未在笔录 {subject} 中注明", "The party refused to sign and the "
                             "host did not note it in transcript {subject}"), **where)
    return ctx.violated(("听证笔录 {subject} 未经当事人或其代理人核对签名", "Transcript {subject} was not checked and "
                         "signed by the party or its agent"), **where)
