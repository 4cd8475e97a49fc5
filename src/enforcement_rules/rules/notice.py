"""NOTICE — notice, statement and defence, the decision and its contents (告知、陈述申辩、决定书).

SPEC §4 NOTICE-001, 002, 005 (003: statement_window.py; 004, 010: statements.py; 006–009: decision.py);
the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from enforcement_rules.eligibility import age_on
from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSB_P, SAMR_H, SAMR_P, Citation
from enforcement_rules.models.actions import (
    Decision,
    Manner,
    NoticeElement,
    PenaltyNotice,
)
from enforcement_rules.models.penalties import is_heavier
from enforcement_rules.models.people import PartyKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    NO_DECISION,
    UNCONFIGURED,
    is_summary,
    notices_for,
    penalty_decisions,
    served_notice,
)

__all__ = ["no_heavier_penalty", "notice_before_decision", "notice_contents"]

_NOTICE_ORDER = tuple(NoticeElement)  # the law's order, for messages
_DAY = timedelta(days=1)
_ORDINARY_ONLY = ("本规则适用于普通程序", "This rule applies to the ordinary procedure")
# Summary procedure: the notice is told on the spot and the process recorded, by sector.
_SUMMARY_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(44), CPL.art(47)),
    "samr": (CPL.art(44), SAMR_P.art(69)),
    "mee": (CPL.art(44), MEE_P.art(68, 1, 3), MEE_P.art(68, 2)),
    "police": (CPL.art(44), PSB_P.art(38, item=3)),
}


@rule(
    "NOTICE-001",
    family="notice",
    title="作出行政处罚决定之前告知拟处罚内容及事实、理由、依据和权利",
    title_en="Notice before the decision",
    cites=[CPL.art(44), CPL.art(62), SAMR_P.art(57, 1), SAMR_H.art(6), MEE_P.art(44), SAMR_P.art(69),
           MEE_P.art(68, 1, 3), PSAPL.art(112, 1), PSB_P.art(38, item=3)],
    example=("某局于2025年5月9日作出罚款决定，事先告知书却在5月12日才送达当事人。",
             "The bureau fined the party on 2025-05-09 but served the prior notice only on 2025-05-12."),
    derived=("普通程序须书面告知并送达：市场监管、生态环境有明文（SAMR-P 57①、SAMR-H 6、MEE-P 44“告知书”）；"
             "其他行业为解释。同日送达且未记录时间的，无法判断先后。",
             "A written, served notice in the ordinary procedure is express for SAMR and MEE (SAMR-P 57①, SAMR-H 6, "
             "MEE-P 44 告知书) and a reading elsewhere. Served on the decision's day without times: order unknown."),
    severity=Severity.ERROR,
    review_items=("D1",),
)
def notice_before_decision(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Before a penalty decision the party is told the proposed penalty, its facts, reasons and basis
    and the rights: by a written notice served, in the ordinary procedure; on the spot and recorded, in
    the summary procedure."""
    any_decision = False
    for d in penalty_decisions(view, ctx):
        any_decision = True
        if isinstance(d, Finding):
            yield d
            continue
        if is_summary(view):
            yield _summary_notice(view, ctx, d)
            continue
        # CPL 44, 62: no decision without the notice; SAMR-P 57①, SAMR-H 6, MEE-P 44: in writing, served.
        cites = (CPL.art(62), *ctx.param("notice.elements", on=d.on).cites)
        notices = notices_for(view, d)
        if not notices:
            yield ctx.violated(
                ("作出处罚决定 {subject} 前未告知当事人拟作出的行政处罚内容及事实、理由、依据",
                 "Decision {subject} was made without first notifying the party of the proposed penalty"),
                act=d, citations=cites, discriminator="no_notice")
            continue
        served = served_notice(view, d)
        if served is not None:
            notice, service = served
            yield ctx.satisfied(
                ("告知书 {notice} 于 {served_on} 送达，在决定之前", "Notice {notice} was served on {served_on}, "
                 "before the decision"),
                act=d, citations=cites, related=(notice.id, service.id),
                facts={"notice": notice.id, "served_on": service.on})
            continue
        unclear = served_notice(view, d, same_day=True)
        if unclear is not None:
            # Served on the day of the decision, and the record has no times to tell which came first.
            notice, service = unclear
            yield ctx.indeterminate(
                ("告知书 {notice} 与决定 {subject} 同日，未记录时间，无法判断先后",
                 "Notice {notice} was served on the day of decision {subject}; without times the order is "
                 "unknown"),
                act=d, citations=cites, related=(notice.id, service.id), facts={"notice": notice.id},
                missing=("at",))
            continue
        written = [n for n in notices if n.manner is Manner.WRITTEN]
        if not written:
            yield ctx.violated(
                ("普通程序案件未以书面形式告知（无事先告知书）",
                 "Ordinary procedure: the party was not notified in writing (no written notice)"),
                act=d, citations=cites, related=[n.id for n in notices], discriminator="not_written")
        else:
            late = [s for n in written for s in view.services_of(n.id)]
            yield ctx.violated(
                ("事先告知书 {notice} 未在决定 {subject} 之前送达当事人",
                 "Notice {notice} was not served on the party before decision {subject}"),
                act=d, citations=cites, related=[written[-1].id, *(s.id for s in late)],
                facts={"notice": written[-1].id, "served_after_decision": bool(late)},
                discriminator="not_served")
    if not any_decision:
        yield ctx.not_applicable(NO_DECISION)


def _summary_notice(view: CaseView, ctx: RuleContext, d: Decision) -> Finding:
    cites = _SUMMARY_CITES.get(ctx.sector, _SUMMARY_CITES["national"])
    notices = [n for n in notices_for(view, d) if view.before(d, n) is not True]
    if not notices:
        return ctx.violated(
            ("当场处罚决定 {subject} 作出前未当场告知拟处罚内容及事实、理由、依据和陈述申辩权利",
             "Summary decision {subject} was made without telling the party on the spot"),
            act=d, citations=cites, discriminator="no_notice")
    recorded = [n for n in notices if view.records_for(n.id)]
    if not recorded:
        return ctx.violated(
            ("当场告知 {notice} 未制作笔录或者其他记录", "The on-the-spot notice {notice} was not recorded"),
            act=d, citations=cites, related=[n.id for n in notices], facts={"notice": notices[-1].id},
            discriminator="not_recorded")
    return ctx.satisfied(
        ("已当场告知并记录（{notice}）", "Told on the spot and recorded ({notice})"),
        act=d, citations=cites, related=(recorded[-1].id,), facts={"notice": recorded[-1].id})


@rule(
    "NOTICE-002",
    family="notice",
    title="告知的内容完整",
    title_en="Notice contents",
    cites=[CPL.art(44), SAMR_P.art(57, 1), MEE_P.art(44), PSAPL.art(112, 3)],
    example=("事先告知书写明了拟罚款数额和事实，但没有写处罚依据，也没有告知申辩权。",
             "The notice states the proposed fine and the facts, but not the legal basis or the right of defence."),
    severity=Severity.ERROR,
    review_items=("D1",),
)
def notice_contents(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The notice states the proposed penalty, the facts, reasons and legal basis, and the rights of
    statement and defence; for a minor party, where the profile says so, the guardian is told too."""
    notices = [n for n in view.of(PenaltyNotice) if n.on >= ctx.rule.valid_from]
    if not notices:
        yield ctx.not_applicable(("本案没有告知记录", "No notice is recorded in this case"))
        return
    for n in notices:
        required = ctx.param("notice.elements", on=n.on)
        if not required.configured:
            yield ctx.indeterminate(UNCONFIGURED, act=n, missing=(required.name,),
                                    facts={"param": required.name})
            continue
        if n.states is None:
            yield ctx.indeterminate(
                ("告知 {subject} 未记录所载明的内容", "Notice {subject} does not record what it states"),
                act=n, field="states", missing=("states",))
            continue
        needed, minor_unknown = set(required.value), False
        extra = ctx.param("notice.minor_elements", on=n.on)
        if extra.configured and extra.value:  # PSAPL 112③: a minor's parent or guardian is told too
            ages = [age_on(p, n.on) for p in view.parties_of(n) if p.kind is PartyKind.NATURAL_PERSON]
            if any(a is not None and a < 18 for a in ages):
                needed |= extra.value
            minor_unknown = None in ages and not extra.value <= set(n.states)
        stated = set(n.states)
        missing = [e for e in _NOTICE_ORDER if e in needed and e not in stated]
        cites = {**required.member_cites, **extra.member_cites}
        if missing:
            yield ctx.violated(
                ("告知 {subject} 缺少：{missing}", "Notice {subject} does not state: {missing}"),
                act=n, field="states",
                citations=tuple(dict.fromkeys(c for m in missing for c in cites.get(m, required.cites))),
                facts={"missing": missing})
        elif minor_unknown:
            yield ctx.indeterminate(
                ("无法判断当事人是否未成年（无出生日期或身份证号码），不能确定是否须告知监护人",
                 "The party's age is unknown, so whether the guardian had to be told cannot be decided"),
                act=n, citations=extra.cites, missing=("party.birth_date",))
        else:
            yield ctx.satisfied(("告知 {subject} 内容完整", "Notice {subject} states everything required"),
                                act=n, citations=required.cites)


# NOTICE-005: the sector's own words for "no heavier penalty" (CPL 45② applies everywhere).
_HEAVIER_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(45, 2),),
    "samr": (CPL.art(45, 2), SAMR_P.art(58)),
    "mee": (CPL.art(45, 2), MEE_P.art(45, 2)),
    "police": (CPL.art(45, 2), PSAPL.art(112, 4), PSAPL.art(117, 4)),
}


@rule(
    "NOTICE-005",
    family="notice",
    title="不得因当事人陈述、申辩或者要求听证而给予更重的处罚",
    title_en="No heavier penalty for speaking up",
    cites=[CPL.art(45, 2), CPL.art(44), SAMR_P.art(58), MEE_P.art(45, 2), PSAPL.art(112, 4), PSAPL.art(117, 4)],
    example=("告知书拟罚款5万元，当事人申辩后，决定罚款8万元，且未重新告知。",
             "The notice proposed a 50,000-yuan fine; after the party's defence the decision fined 80,000 yuan "
             "without a new notice."),
    derived=("“更重”的比较：同种处罚数额或期限更高，或增加了告知中没有的种类；以较轻种类替代告知中的较重种类不算更重"
             "（种类轻重按行政处罚法第九条各项的顺序，为解释）。",
             "'Heavier' means a higher amount or longer duration of the same kind, or an added kind; a lighter kind "
             "standing in for a dropped heavier one is not heavier (the order of CPL 9's items, a reading)."),
    severity=Severity.ERROR,
    review_items=("D4",),
)
def no_heavier_penalty(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The penalty decided is not heavier than the one in the latest notice served before the decision:
    no higher amount, no added kind and no more severe kind; a heavier one needs a new notice first."""
    cites = _HEAVIER_CITES.get(ctx.sector, _HEAVIER_CITES["national"])
    any_decision = False
    for d in penalty_decisions(view, ctx):
        any_decision = True
        if isinstance(d, Finding):
            yield d
            continue
        if is_summary(view):
            prior = notices_for(view, d)
            notice = prior[-1] if prior else None
        else:
            served = served_notice(view, d, same_day=True)
            notice = served[0] if served else None
        if notice is None:
            yield ctx.not_applicable(
                ("决定 {subject} 之前没有可比对的告知（见 NOTICE-001）",
                 "No notice before decision {subject} to compare with (see NOTICE-001)"), act=d)
            continue
        if notice.proposed_penalties is None or not d.penalties:
            where = "proposed_penalties" if notice.proposed_penalties is None else "penalties"
            yield ctx.indeterminate(
                ("无法比对：告知 {notice} 或决定 {subject} 未记录处罚内容",
                 "Cannot compare: notice {notice} or decision {subject} does not record its penalties"),
                act=d, citations=cites, related=(notice.id,), facts={"notice": notice.id}, missing=(where,))
            continue
        diffs = is_heavier(d.penalties, notice.proposed_penalties)
        heavier = [(reason, kind) for reason, kind in diffs if reason != "amount_unknown"]
        unknown = [kind for reason, kind in diffs if reason == "amount_unknown"]
        facts = {"notice": notice.id, "heavier": [{"kind": kind.value, "reason": reason} for reason, kind in heavier]}
        if heavier:
            yield ctx.violated(
                ("决定 {subject} 的处罚重于告知 {notice} 所列（{kinds}），且未重新告知",
                 "Decision {subject} is heavier than notice {notice} ({kinds}) without a new notice"),
                act=d, field="penalties", citations=cites, related=(notice.id,),
                facts={**facts, "kinds": [kind for _, kind in heavier]})
        elif unknown:
            yield ctx.indeterminate(
                ("无法比对 {kinds} 的数额：告知或决定未记录金额",
                 "Cannot compare the amount of {kinds}: an amount is not recorded"),
                act=d, field="penalties", citations=cites, related=(notice.id,),
                facts={**facts, "kinds": unknown}, missing=("amount",))
        else:
            yield ctx.satisfied(
                ("决定 {subject} 未重于告知 {notice}", "Decision {subject} is not heavier than notice {notice}"),
                act=d, citations=cites, related=(notice.id,), facts=facts)
    if not any_decision:
        yield ctx.not_applicable(NO_DECISION)
