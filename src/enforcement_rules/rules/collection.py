"""PROC-006 — fine collection (罚款收缴): bank or e-payment, lawful on-the-spot collection with the
official receipt and timely hand-in, and late payment as the party's default; the payment deadline that
PROC-007 shares.

SPEC §4 PROC-006; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, PSAPL, PSAPL_2012, PSB_P, SAMR_P, Citation
from enforcement_rules.models.actions import CollectionGround, Decision, DecisionOutcome, Payment, PaymentChannel
from enforcement_rules.models.penalties import PenaltyKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED, is_summary

__all__ = ["decision_of", "fine_collection", "fine_of", "payment_deadline"]

_DAY = timedelta(days=1)
_BANK = (CPL.art(67, 2), CPL.art(67, 3))
_GROUNDS = {"national": (CPL.art(68), CPL.art(69)), "samr": (CPL.art(68), CPL.art(69), SAMR_P.art(72, 1))}
_LATE = (CPL.art(67, 3), CPL.art(72, 1, 1), CPL.art(66, 2))
_RECEIPT: dict[str, tuple[Citation, ...]] = {
    "police": (PSAPL.art(125), PSAPL_2012.art(106), PSB_P.art(215)), "samr": (CPL.art(70), SAMR_P.art(72, 2)),
    "national": (CPL.art(70),)}


def decision_of(view: CaseView, decision_id: str | None) -> Decision | None:
    """The decision named, or the case's only penalty decision."""
    if decision_id is not None:
        found = view.get(decision_id)
        return found if isinstance(found, Decision) else None
    decisions = [d for d in view.of(Decision) if d.outcome is DecisionOutcome.PENALTY]
    return decisions[0] if len(decisions) == 1 else None


def fine_of(d: Decision) -> Decimal | None:
    """The fines the decision imposes, added up; None when an amount is missing or there is no fine."""
    amounts = [p.amount for p in d.penalties if p.kind is PenaltyKind.FINE]
    if not amounts or None in amounts:
        return None
    return sum((a for a in amounts if a is not None), Decimal(0))


def payment_deadline(view: CaseView, ctx: RuleContext, d: Decision) -> date | None:
    """The last day to pay: the approved deferral's end (CPL 66②), else the profile's period (15 days,
    CPL 67③) from the first service of the decision, rolled where the sector's rule says so. None when it
    cannot be told; CalendarCoverageError when the roll needs an unloaded year."""
    deferral = d.deferral
    if deferral is not None and deferral.until is not None and (deferral.approved_on or deferral.approved_by):
        return deferral.until
    services = view.services_of(d.id)
    period = ctx.param("payment.within", on=d.on)
    if not services or not period.configured:
        return None
    last = ctx.calendar.end_of(services[0].on, period.value)
    roll = ctx.param("period.roll_last_rest_day", on=d.on)
    return ctx.calendar.roll_forward(last) if roll.configured and roll.value else last


@rule(
    "PROC-006",
    family="procedure",
    title="罚款通过银行或者电子支付缴纳，当场收缴须符合法定情形、出具专用票据并按时交款",
    title_en="Fine collection",
    cites=[CPL.art(67, 2), CPL.art(67, 3), CPL.art(68), CPL.art(69), CPL.art(70), CPL.art(71), CPL.art(85),
           SAMR_P.art(72), SAMR_P.art(73), PSAPL.art(123), PSAPL.art(124), PSAPL.art(125), PSAPL_2012.art(104),
           PSAPL_2012.art(105), PSAPL_2012.art(106), PSB_P.art(214), PSB_P.art(215), PSB_P.art(216)],
    example=("执法人员按普通程序罚款五千元后当场收取现金，未出具财政部门统一制发的专用票据，五天后才交回单位。",
             "After an ordinary-procedure fine of 5,000 yuan the officers took cash on the spot, issued no official "
             "receipt, and handed the money in five days later."),
    derived=("公安机关当场收缴的小额罚款不以当场处罚为前提（治安管理处罚法第一百二十三条）；治安“二日”按自然日计算。"
             "当事人逾期缴纳属其自身违约，以“提示”报告并说明加处罚款的后果。",
             "Police small-fine collection does not require an on-the-spot decision (PSAPL 123); police '二日' are "
             "calendar days. Late payment is the party's default, reported as info with the surcharge it may bear."),
    severity=Severity.ERROR,
    review_items=("G1",),
)
def fine_collection(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A fine is paid through a bank or e-payment; officers collect on the spot only on a ground the law
    gives (CPL 68–69; 治安 PSAPL 123), with the official receipt (CPL 70), handing the money in within the
    profile's time (CPL 71: 2 working days); a payment after the deadline is the party's default (info)."""
    payments = [p for p in view.of(Payment) if p.on >= ctx.rule.valid_from]
    if not payments:
        yield ctx.not_applicable(("尚未缴纳罚款", "No payment is recorded"))
        return
    for pay in payments:
        d = decision_of(view, pay.decision_id)
        if pay.channel is None:
            yield ctx.indeterminate(("未记录缴款方式", "The payment channel is not recorded"), act=pay,
                                    field="channel", missing=("channel",), discriminator="channel")
        elif pay.channel is PaymentChannel.ON_THE_SPOT:
            yield from _on_the_spot(view, ctx, pay, d)
        else:  # CPL 67②: 到指定的银行或者通过电子支付系统缴纳罚款
            yield ctx.satisfied(("通过银行或者电子支付系统缴纳", "Paid through a bank or e-payment"), act=pay,
                                discriminator="channel", citations=_BANK)
        if d is not None:
            late = _late(view, ctx, pay, d)
            if late is not None:
                yield late


def _on_the_spot(view: CaseView, ctx: RuleContext, pay: Payment, d: Decision | None) -> Iterator[Finding]:
    yield _ground(view, ctx, pay, d)
    cites = _RECEIPT.get(ctx.sector, _RECEIPT["national"])
    where = {"act": pay, "discriminator": "receipt", "field": "receipt", "citations": cites}
    if pay.receipt is None:
        yield ctx.indeterminate(("未记录是否出具专用票据", "Not recorded whether the official receipt was issued"),
                                missing=("receipt",), **where)
    elif not pay.receipt:  # CPL 70: 必须向当事人出具…统一制发的专用票据
        yield ctx.violated(("当场收缴罚款未出具财政部门统一制发的专用票据", "No official receipt was issued"), **where)
    else:
        yield ctx.satisfied(("已出具专用票据", "Official receipt issued"), **where)
    yield _hand_in(ctx, pay)


def _ground(view: CaseView, ctx: RuleContext, pay: Payment, d: Decision | None) -> Finding:
    police = ctx.sector == "police"
    # CPL 68–69 and SAMR-P 72①; the police's own grounds are in PSAPL 123, PSAPL-2012 104, PSB-P 214.
    cites = (ctx.param("payment.within", on=pay.on).cites if police else
             _GROUNDS.get(ctx.sector, _GROUNDS["national"]))
    where = {"act": pay, "discriminator": "ground", "field": "ground", "citations": cites}
    if pay.ground is None:
        return ctx.indeterminate(("未记录当场收缴的理由", "The ground for on-the-spot collection is not recorded"),
                                 missing=("ground",), **where)
    if pay.ground is CollectionGround.REMOTE_AREA:  # CPL 69; PSAPL 123(二): 经当事人提出
        if pay.party_requested is None:
            return ctx.indeterminate(("未记录是否由当事人提出", "Not recorded whether the party asked"),
                                     missing=("party_requested",), **where)
        if pay.party_requested:
            return ctx.satisfied(("边远、交通不便地区经当事人提出当场收缴", "Remote area, at the party's request"),
                                 **where)
        return ctx.violated(("边远地区当场收缴须经当事人提出", "Remote-area collection needs the party's request"),
                            **where)
    if not police and not is_summary(view):  # CPL 68, SAMR-P 72①: 依照第五十一条的规定当场作出行政处罚决定
        return ctx.violated(("普通程序作出的罚款不得以该理由当场收缴", "A fine decided under the ordinary procedure "
                             "cannot be collected on the spot on this ground"), **where)
    if pay.ground is CollectionGround.HARD_TO_ENFORCE:  # CPL 68(二); PSAPL 123(三)
        return ctx.satisfied(("不当场收缴事后难以执行", "Hard to enforce later"), **where)
    return _small_fine(ctx, pay, d, {k: v for k, v in where.items() if k != "citations"})


def _small_fine(ctx: RuleContext, pay: Payment, d: Decision | None, where: dict[str, object]) -> Finding:
    cap = ctx.param("collection.on_the_spot_max", on=pay.on)
    fine = fine_of(d) if d is not None else None
    if not cap.configured or fine is None:
        missing = cap.name if not cap.configured else "decision.penalties"
        return ctx.indeterminate(UNCONFIGURED if not cap.configured else (
            "无法确定罚款数额", "The fine's amount is unknown"), missing=(missing,), facts={"param": cap.name}, **where)
    facts = {"fine": fine, "cap": cap.value}
    if fine > cap.value:  # CPL 68(一): 依法给予一百元以下罚款的; PSAPL 123(一): 二百元以下
        return ctx.violated(("罚款 {fine} 元超过可以当场收缴的 {cap} 元", "A {fine}-yuan fine is above the {cap} "
                             "yuan that may be collected on the spot"), facts=facts, citations=cap.cites, **where)
    return ctx.satisfied(("小额罚款当场收缴", "A small fine collected on the spot"), facts=facts, citations=cap.cites,
                         **where)


def _hand_in(ctx: RuleContext, pay: Payment) -> Finding:
    where = {"act": pay, "discriminator": "hand_in", "field": "handed_in_on"}
    p = ctx.param("collection.hand_in_within", on=pay.on)
    if not p.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(p.name,), facts={"param": p.name}, **where)
    start = pay.ashore_on or pay.on  # CPL 71: 在水上当场收缴的罚款，应当自抵岸之日起二日内
    if pay.handed_in_on is not None and pay.handed_in_on <= start + timedelta(days=p.value.n):
        return ctx.satisfied(("罚款已按时交至行政机关", "Handed in in time"), facts={"handed_in_on": pay.handed_in_on},
                             citations=p.cites, **where)  # surely within n working days (SPEC §2)
    try:
        last = ctx.calendar.end_of(start, p.value)
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",),
                                 facts={"year": exc.needed_year}, citations=p.cites, **where)
    facts = {"last_day": last, "handed_in_on": pay.handed_in_on}
    if pay.handed_in_on is not None and pay.handed_in_on <= last:
        return ctx.satisfied(("罚款已按时交至行政机关", "Handed in by {last_day}"), facts=facts, citations=p.cites,
                             **where)
    if pay.handed_in_on is None and ctx.as_of <= last:
        return ctx.pending(("当场收缴的罚款应于 {last_day} 前交至行政机关", "To be handed in by {last_day}"),
                           due_on=last, facts=facts, citations=p.cites, **where)
    return ctx.violated(("当场收缴的罚款未在 {last_day} 前交至行政机关", "Not handed in to the agency by {last_day}"),
                        facts=facts, citations=p.cites, **where)


def _late(view: CaseView, ctx: RuleContext, pay: Payment, d: Decision) -> Finding | None:
    try:
        deadline = payment_deadline(view, ctx, d)
    except CalendarCoverageError:
        return None  # advice only: without the calendar nothing is said
    if deadline is None or pay.on <= deadline:
        return None
    fine = fine_of(d)
    rate = ctx.param("surcharge.daily_percent", on=d.on)
    days = (pay.on - deadline).days
    cap = min(fine, fine * rate.value * days / 100) if fine is not None and rate.configured else None
    # CPL 67③: 当事人应当自收到行政处罚决定书之日起十五日内缴纳; CPL 72(一): 每日按罚款数额的百分之三加处罚款
    return ctx.violated(("当事人逾期 {days} 日缴纳罚款（期限至 {deadline}），属当事人逾期；"
                         "可依法每日按罚款数额的 {rate}% 加处罚款，最多 {cap} 元，不超过罚款数额",
                         "The party paid {days} days after the deadline of {deadline} — the party's default; a "
                         "surcharge of {rate}% of the fine a day may be imposed, up to {cap} yuan and never more than "
                         "the fine"),
                        act=pay, discriminator="late", severity=Severity.INFO, related=(d.id,),
                        facts={"days": days, "deadline": deadline, "cap": cap, "rate": rate.value},
                        citations=_LATE)
