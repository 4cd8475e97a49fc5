"""NOTICE — notice, statement and defence, the decision and its contents (告知、陈述申辩、决定书).

SPEC §4 NOTICE-001 … NOTICE-010; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from enforcement_rules.calendar import Period
from enforcement_rules.eligibility import age_on
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSB_P, SAMR_H, SAMR_P, Citation
from enforcement_rules.models.actions import (
    Decision,
    Inspection,
    Manner,
    NoticeElement,
    PenaltyNotice,
    Questioning,
    Sampling,
    Service,
    Statement,
    StatementReview,
    WaivedRight,
)
from enforcement_rules.models.actions.investigation import EvidenceAct, EvidencePreservation
from enforcement_rules.models.penalties import is_heavier
from enforcement_rules.models.people import PartyKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    NO_CALENDAR,
    NO_DECISION,
    UNCONFIGURED,
    eligibility_of,
    is_summary,
    notices_for,
    penalty_decisions,
    served_notice,
    waiver_of,
)

__all__ = [
    "first_evidence_rights",
    "no_heavier_penalty",
    "notice_before_decision",
    "notice_contents",
    "statement_window",
    "statements_reviewed",
]

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




_REVIEW_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(45, 1),),
    "samr": (CPL.art(45, 1), SAMR_P.art(58), SAMR_P.art(62, item=3)),
    "mee": (CPL.art(45, 1), MEE_P.art(45, 1), MEE_P.art(56, item=3)),
    "police": (CPL.art(45, 1), PSAPL.art(112, 2), PSB_P.art(169, 1)),
}


@rule(
    "NOTICE-004",
    family="notice",
    title="充分听取并复核当事人的陈述、申辩",
    title_en="Statements heard and reviewed",
    cites=[CPL.art(45, 1), SAMR_P.art(58), SAMR_P.art(62, item=3), MEE_P.art(45, 1), MEE_P.art(56, item=3),
           PSAPL.art(112, 2), PSB_P.art(169, 1)],
    example=("当事人提交了书面申辩，案卷中却没有复核记录，决定书也未说明是否采纳。",
             "The party filed a written defence, but the file has no review of it and the decision does not "
             "say whether it was adopted."),
    severity=Severity.ERROR,
    review_items=("D3",),
)
def statements_reviewed(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Every statement or defence made before the decision is heard and its facts, reasons and evidence
    reviewed (复核) before the decision; in samr and mee the review records whether it was adopted
    (ordinary procedure; on-the-spot statements are NOTICE-001's record)."""
    if is_summary(view):
        yield ctx.not_applicable(_ORDINARY_ONLY)
        return
    cites = _REVIEW_CITES.get(ctx.sector, _REVIEW_CITES["national"])
    seen = False
    for d in penalty_decisions(view, ctx):
        seen = True
        if isinstance(d, Finding):
            yield d
            continue
        statements = [s for s in view.of(Statement) if view.before(d, s) is not True]
        if not statements:
            yield ctx.not_applicable(("当事人未提出陈述、申辩", "The party made no statement or defence"), act=d)
            continue
        reviews = [r for r in view.of(StatementReview) if view.before(d, r) is not True]
        for s in statements:
            covering = [r for r in reviews if s.id in r.statement_ids or (not r.statement_ids and r.on >= s.on)]
            where = {"act": s, "related": (d.id, *(r.id for r in covering)), "citations": cites}
            if not covering:
                yield ctx.violated(("陈述、申辩 {subject} 在决定 {decision} 之前未经复核",
                                    "Statement {subject} was not reviewed before decision {decision}"),
                                   facts={"decision": d.id}, **where)
            elif ctx.sector in ("samr", "mee") and all(r.adopted is None for r in covering):
                yield ctx.indeterminate(("复核未记录是否采纳", "The review does not record whether it was adopted"),
                                        missing=("adopted",), **where)
            else:
                yield ctx.satisfied(("陈述、申辩 {subject} 已复核", "Statement {subject} was reviewed"), **where)
    if not seen:
        yield ctx.not_applicable(NO_DECISION)


@rule(
    "NOTICE-010",
    family="notice",
    title="首次取证时告知陈述、申辩、申请回避的权利；检测结果告知当事人",
    title_en="Rights told at the first evidence-taking",
    cites=[SAMR_P.art(21, 2), SAMR_P.art(32), MEE_P.art(25, item=3), MEE_P.art(28, 2), MEE_P.art(29, 3)],
    example=("首次对当事人现场检查时，笔录未记载告知其陈述、申辩及申请回避的权利；抽样检验结果也未告知当事人。",
             "The record of the first inspection of the party does not show the rights of statement, defence and "
             "recusal were told, and the test results were never told to the party."),
    severity=Severity.WARNING,
    review_items=("B4",),
    sectors=("samr", "mee"),
)
def first_evidence_rights(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The first time evidence is taken from the party it is told its rights of statement, defence and
    recusal; test or monitoring results are told to the party (ordinary procedure)."""
    if is_summary(view):
        yield ctx.not_applicable(_ORDINARY_ONLY)
        return
    acts = [a for a in view.in_time_order(Inspection, Questioning, Sampling, EvidencePreservation)
            if isinstance(a, EvidenceAct) and a.on >= ctx.rule.valid_from]
    if not acts:
        yield ctx.not_applicable(("尚未向当事人收集证据", "No evidence has been taken from the party"))
        return
    first = acts[0]
    required = ctx.param("evidence.rights_first_told", on=first.on)
    if required.status == "none_in_law":
        yield ctx.not_applicable(("本配置无首次取证告知要求", "This profile sets no such duty"), act=first)
    elif not required.configured:
        yield ctx.indeterminate(UNCONFIGURED, act=first, missing=(required.name,), facts={"param": required.name})
    elif first.rights_told is None:
        yield ctx.indeterminate(("首次取证 {subject} 未记录告知了哪些权利",
                                 "The first evidence-taking {subject} does not record which rights were told"),
                                act=first, field="rights_told", missing=("rights_told",), discriminator="rights",
                                citations=required.cites)
    else:
        missing = [r for r in ("statement", "defence", "recusal") if r in required.value
                   and r not in first.rights_told]
        if missing:
            yield ctx.violated(("首次取证 {subject} 未告知：{missing}", "First evidence-taking {subject} did not "
                                "tell the party of: {missing}"), act=first, field="rights_told",
                               discriminator="rights", citations=ctx.member_cites(required, missing),
                               facts={"missing": missing})
        else:
            yield ctx.satisfied(("首次取证已告知权利", "Rights told at the first evidence-taking"), act=first,
                                discriminator="rights", citations=required.cites)
    results_cites = (SAMR_P.art(32),) if ctx.sector == "samr" else (MEE_P.art(29, 3),)
    for s in view.of(Sampling):
        if s.results_on is None:
            continue
        if s.results_told is None:
            yield ctx.indeterminate(("未记录检测结果是否告知当事人", "Not recorded whether the results were told"),
                                    act=s, field="results_told", missing=("results_told",),
                                    discriminator="results", citations=results_cites)
        elif not s.results_told:
            yield ctx.violated(("抽样 {subject} 的检测结果未告知当事人", "The results of sampling {subject} were not "
                                "told to the party"), act=s, field="results_told", discriminator="results",
                               citations=results_cites)
        else:
            yield ctx.satisfied(("检测结果已告知当事人", "Results told to the party"), act=s,
                                discriminator="results", citations=results_cites)
