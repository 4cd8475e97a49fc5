"""PROC-007 — the surcharge on a late fine (加处罚款) and enforcing it.

SPEC §4 PROC-007; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal

from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import ACL, CPL, MEE_P, PSB_P, SAMR_P
from enforcement_rules.models.actions import Challenge, Decision, Demand, EnforcementDecision, Surcharge, SurchargeBase
from enforcement_rules.models.penalties import PenaltyKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.collection import decision_of, fine_of, payment_deadline
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED

__all__ = ["surcharge"]

_DAY = timedelta(days=1)
_TOLD, _FINES_ONLY = (ACL.art(45, 1),), (CPL.art(72, 1, 1),)
_START = (CPL.art(72, 1, 1), CPL.art(66, 2), CPL.art(67, 3))
_CAP = (CPL.art(72, 1, 1), ACL.art(45, 2), CPL.art(73, 3))
_ENFORCE = {"national": (ACL.art(46, 1),), "mee": (ACL.art(46, 1), MEE_P.art(72)),
            "police": (ACL.art(46, 1), PSB_P.art(219))}


@rule(
    "PROC-007",
    family="procedure",
    title="加处罚款只针对罚款、自期限届满次日起按日百分之三计算且不超过罚款数额",
    title_en="Surcharge",
    cites=[CPL.art(72, 1, 1), CPL.art(66, 2), CPL.art(73, 3), ACL.art(45, 1), ACL.art(45, 2), ACL.art(46, 1),
           SAMR_P.art(75), MEE_P.art(70), MEE_P.art(72), PSB_P.art(218), PSB_P.art(219)],
    example=("对没收违法所得也加处了罚款；加处罚款从决定书送达次日起算，复议期间也照算，总额超过了罚款本身。",
             "A surcharge was also charged on the confiscated gains, counted from the day after service and "
             "through the review, and it came to more than the fine itself."),
    derived=("加处罚款的日数含起止两日，扣除复议、诉讼期间（申请之日至结束之日）；强制执行时加处罚款已进行的日数"
             "含决定当日。",
             "Surcharge days include the first and the last day, less the days from a review or suit application to "
             "its end; the days run before enforcement include the day of the enforcement decision."),
    severity=Severity.ERROR,
    review_items=("G2",),
)
def surcharge(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A surcharge is charged only on a fine, from the day after the payment deadline (or the approved
    deferral), at most 3% of the fine a day and never more than the fine, not during a review or a suit;
    its standard was told to the party; enforcing it needs more than 30 days of surcharge and a demand."""
    charged = [s for s in view.of(Surcharge) if s.on >= ctx.rule.valid_from]
    if not charged:
        yield ctx.not_applicable(("未加处罚款", "No surcharge was imposed"))
        return
    by_decision: dict[str, Decision] = {}
    for s in charged:
        d = decision_of(view, s.decision_id)
        if d is None:
            yield ctx.indeterminate(("无法确定加处罚款所依据的决定", "The decision the surcharge is for is unknown"),
                                    act=s, missing=("decision_id",))
            continue
        by_decision[d.id] = d
        yield from _one(view, ctx, s, d)
    for d in by_decision.values():
        yield _told(ctx, d)
        for ed in view.of(EnforcementDecision):
            if decision_of(view, ed.decision_id) is d:
                yield from _enforcement(view, ctx, d, ed)


def _told(ctx: RuleContext, d: Decision) -> Finding:
    where = {"act": d, "discriminator": "surcharge_told", "field": "surcharge_standard_told",
             "citations": _TOLD}
    if d.surcharge_standard_told is None:
        return ctx.indeterminate(("未记录是否告知加处罚款的标准", "Not recorded whether the standard was told"),
                                 missing=("surcharge_standard_told",), **where)
    if not d.surcharge_standard_told:  # ACL 45①: 加处罚款或者滞纳金的标准应当告知当事人
        return ctx.violated(("未告知当事人加处罚款的标准", "The party was not told the surcharge standard"), **where)
    return ctx.satisfied(("已告知加处罚款的标准", "The surcharge standard was told"), **where)


def _one(view: CaseView, ctx: RuleContext, s: Surcharge, d: Decision) -> Iterator[Finding]:
    fine = fine_of(d)
    if s.base in (SurchargeBase.CONFISCATION, SurchargeBase.OTHER) or not any(
            p.kind is PenaltyKind.FINE for p in d.penalties):
        # CPL 72(一): 到期不缴纳罚款的…加处罚款 — a fine only, never a confiscation
        yield ctx.violated(("加处罚款只能针对罚款，不能针对没收或者其他处罚", "A surcharge may be charged on a fine "
                            "only"), act=s, field="base", discriminator="base", related=(d.id,),
                           citations=_FINES_ONLY)
        return
    try:
        deadline = payment_deadline(view, ctx, d)
    except CalendarCoverageError as exc:
        yield ctx.indeterminate(NO_CALENDAR, act=s, missing=(f"calendar:{exc.needed_year}",),
                                facts={"year": exc.needed_year}, discriminator="start")
        return
    if deadline is None:
        yield ctx.indeterminate(("无法确定缴款期限（决定书未记录送达）", "The payment deadline is unknown (no service "
                                 "of the decision)"), act=s, missing=("service",), discriminator="start")
        return
    start = s.accrual_start_on or deadline + _DAY
    facts: dict[str, object] = {"deadline": deadline, "start": start}
    if start <= deadline:  # CPL 72(一) 到期不缴纳; CPL 66②: 批准暂缓的，自暂缓期限届满
        yield ctx.violated(("加处罚款自 {start} 起算，早于缴款期限（至 {deadline}）届满", "The surcharge runs from "
                            "{start}, before the payment deadline of {deadline} had passed"), act=s,
                           field="accrual_start_on", discriminator="start", related=(d.id,), facts=facts,
                           citations=_START)
        start = deadline + _DAY
    else:
        yield ctx.satisfied(("加处罚款自缴款期限届满次日起算", "The surcharge runs from after the deadline"), act=s,
                            discriminator="start", related=(d.id,), facts=facts)
    yield _amount(ctx, s, d, fine, start)


def _amount(ctx: RuleContext, s: Surcharge, d: Decision, fine: Decimal | None, start: date) -> Finding:
    where = {"act": s, "discriminator": "amount", "related": (d.id,)}
    rate = ctx.param("surcharge.daily_percent", on=d.on)
    days = accrued_days(start, s.accrual_end_on or s.on, d.challenges)
    if not rate.configured or days is None or fine is None or s.amount is None:
        missing = (rate.name if not rate.configured else "challenges.applied_on" if days is None
                   else "penalties.amount" if fine is None else "amount")
        return ctx.indeterminate(("无法核算加处罚款数额", "The surcharge cannot be checked"), missing=(missing,),
                                 facts={"param": missing}, **where)
    cap = min(fine, fine * rate.value * days / 100)
    facts = {"days": days, "cap": cap, "amount": s.amount, "fine": fine, "rate": rate.value}
    if s.daily_percent is not None and s.daily_percent > rate.value:
        return ctx.violated(("加处罚款按每日 {applied}% 计算，超过 {rate}%", "Charged at {applied}% a day, above "
                             "{rate}%"), facts={**facts, "applied": s.daily_percent}, field="daily_percent",
                            citations=(*_FINES_ONLY, *rate.cites), **where)
    if s.amount > cap:  # CPL 72(一), ACL 45②: 不得超出罚款的数额; CPL 73③: 复议、诉讼期间不予计算
        return ctx.violated(("加处罚款 {amount} 元，超过可加处的 {cap} 元（{days} 日，不超过罚款 {fine} 元）",
                             "A surcharge of {amount} yuan is above the {cap} yuan that {days} days allow (never more "
                             "than the fine, {fine} yuan)"), facts=facts, field="amount",
                            citations=(*_CAP, *rate.cites), **where)
    return ctx.satisfied(("加处罚款数额在法定范围内", "The surcharge is within the law"), facts=facts, **where)


def accrued_days(start: date, end: date, challenges: Sequence[Challenge]) -> int | None:
    """Days from ``start`` to ``end`` (both counted) outside review and litigation (CPL 73③); None when a
    challenge has no application date."""
    if end < start:
        return 0
    spans: list[tuple[date, date]] = []
    for c in challenges:
        if c.applied_on is None:
            return None
        first, last = max(c.applied_on, start), min(c.concluded_on or end, end)
        if first <= last:
            spans.append((first, last))
    spans.sort()
    total, reach = (end - start).days + 1, start - _DAY
    for begin, last in spans:
        first = max(begin, reach + _DAY)
        if first <= last:
            total -= (last - first).days + 1
            reach = last
    return total


def _enforcement(view: CaseView, ctx: RuleContext, d: Decision, ed: EnforcementDecision) -> Iterator[Finding]:
    cites = _ENFORCE.get(ctx.sector, _ENFORCE["national"])
    where = {"act": ed, "related": (d.id,), "citations": cites}
    wait = ctx.param("surcharge.enforce_after_days", on=ed.on)
    start = _surcharge_start(view, ctx, d)
    days = accrued_days(start, ed.on, d.challenges) if start is not None else None
    if not wait.configured or days is None:
        yield ctx.indeterminate(UNCONFIGURED if not wait.configured else ("无法计算加处罚款已进行的日数",
                                "The days of surcharge cannot be counted"), missing=(wait.name if not wait.configured
                                else "accrual_start_on",), facts={"param": wait.name}, discriminator="waited", **where)
    elif days <= wait.value:  # ACL 46①: 实施加处罚款超过三十日，经催告当事人仍不履行的
        yield ctx.violated(("加处罚款仅进行了 {days} 日（须超过 {wait} 日）即决定强制执行", "Enforcement was decided "
                            "after only {days} days of surcharge (more than {wait} needed)"),
                           facts={"days": days, "wait": wait.value}, discriminator="waited", **where)
    else:
        yield ctx.satisfied(("加处罚款超过 {wait} 日后决定强制执行", "Enforced after more than {wait} days"),
                            facts={"days": days, "wait": wait.value}, discriminator="waited", **where)
    yield _demanded(view, ctx, d, ed, where)


def _surcharge_start(view: CaseView, ctx: RuleContext, d: Decision) -> date | None:
    """The day the surcharge on the fine began to run: the earliest recorded start, but never before the
    day after the deadline (an earlier start is PROC-007's own finding)."""
    starts = [s.accrual_start_on for s in view.of(Surcharge) if s.accrual_start_on is not None
              and s.base in (None, SurchargeBase.FINE) and decision_of(view, s.decision_id) is d]
    try:
        deadline = payment_deadline(view, ctx, d)
    except CalendarCoverageError:
        deadline = None
    lawful = deadline + _DAY if deadline is not None else None
    if not starts:
        return lawful
    return max(min(starts), lawful) if lawful is not None else min(starts)


def _demanded(view: CaseView, ctx: RuleContext, d: Decision, ed: EnforcementDecision,
              where: dict[str, object]) -> Finding:
    demands = [m for m in view.of(Demand) if decision_of(view, m.decision_id) is d]
    order = [view.before(m, ed) for m in demands]
    if True in order:
        return ctx.satisfied(("强制执行前已催告", "A demand came before enforcement"), discriminator="demand",
                             **where)
    if None in order:
        return ctx.indeterminate(("催告与强制执行决定同日且未记录时间", "Demand and enforcement on one day without "
                                  "times"), missing=("at",), discriminator="demand", **where)
    return ctx.violated(("强制执行前未催告当事人履行", "Enforcement without a prior demand"), discriminator="demand",
                        **where)
