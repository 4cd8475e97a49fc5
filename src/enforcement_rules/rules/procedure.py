"""PROC-001, PROC-002 — the summary procedure (简易程序): its limits and its formalities.

SPEC §4 PROC (程序); PROC-003 and PROC-004 are in penalty_bars.py, PROC-005 in step_order.py, PROC-006 and
PROC-007 in collection.py. The verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from enforcement_rules.calendar import Period, PeriodUnit
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSAPL_2012, PSB_P, SAMR_P
from enforcement_rules.models.actions import Decision, ServiceMethod
from enforcement_rules.models.penalties import PenaltyKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    NO_CALENDAR,
    UNCONFIGURED,
    each_penalty_decision,
    is_summary,
)

__all__ = ["summary_formalities", "summary_limits"]

_DAY = timedelta(days=1)
_SUMMARY_ONLY = ("本规则适用于简易程序", "This rule applies to the summary procedure")
#: CPL 52① (PSAPL 120① for the police): certificates shown, the decision handed over on the spot.
_ON_THE_SPOT, _ON_THE_SPOT_POLICE = (CPL.art(52, 1),), (CPL.art(52, 1), PSAPL.art(120, 1))


@rule(
    "PROC-001",
    family="procedure",
    title="简易程序限于法定的处罚种类和罚款数额",
    title_en="Summary procedure within limits",
    cites=[CPL.art(51), SAMR_P.art(66), MEE_P.art(67), PSAPL.art(119), PSAPL_2012.art(100), PSB_P.art(37)],
    example=("对一家公司当场罚款五千元，超过了简易程序对法人三千元的上限。",
             "A company was fined 5,000 yuan on the spot, above the 3,000-yuan summary limit for organisations."),
    derived=("同一决定中的罚款合计比较；当事人有自然人的，适用对公民的较低上限。",
             "The fines of one decision are added up; where a party is a natural person the lower cap applies."),
    severity=Severity.ERROR,
    review_items=("C1",),
)
def summary_limits(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A summary (on-the-spot) decision imposes only the kinds the profile allows (a warning or a fine)
    and a fine no higher than its cap for the party's kind (CPL 51: 200 yuan for a citizen, 3,000 for an
    organisation; 治安 from 2026: 500)."""
    if not is_summary(view):
        yield ctx.not_applicable(_SUMMARY_ONLY)
        return
    yield from each_penalty_decision(view, ctx, lambda d: (_within_limits(view, ctx, d),))


def _within_limits(view: CaseView, ctx: RuleContext, d: Decision) -> Finding:
    kinds = ctx.param("summary.kinds", on=d.on)
    if not d.penalties or not kinds.configured:
        what = "penalties" if not d.penalties else kinds.name
        return ctx.indeterminate(("未记录处罚内容或未配置简易程序种类",
                                  "The penalties or the allowed kinds are unknown"), act=d, missing=(what,))
    bad = [p.kind for p in d.penalties if p.kind.value not in kinds.value]
    fines = [p.amount for p in d.penalties if p.kind is PenaltyKind.FINE]
    parties = view.parties_of(d)
    if None in fines or (fines and not parties):
        return ctx.indeterminate(("未记录罚款数额或当事人", "The fine or the party is not recorded"), act=d,
                                 field="penalties", missing=("amount" if None in fines else "parties",))
    total = sum((a for a in fines if a is not None), Decimal(0))
    caps = [ctx.param("summary.max_fine.organization" if p.kind.is_organization
                      else "summary.max_fine.natural_person", on=d.on) for p in parties] if fines else []
    if any(not c.configured for c in caps):
        return ctx.indeterminate(UNCONFIGURED, act=d, missing=tuple(c.name for c in caps if not c.configured),
                                 facts={"param": ", ".join(c.name for c in caps if not c.configured)})
    cap = min((c.value for c in caps), default=None)
    facts = {"kinds": bad, "fine": total, "cap": cap}
    if bad:
        return ctx.violated(("简易程序不能给予 {kinds}", "The summary procedure cannot impose {kinds}"), act=d,
                            field="penalties", discriminator="kind", facts=facts, citations=kinds.cites)
    if cap is not None and total > cap:
        return ctx.violated(("当场罚款 {fine} 元，超过简易程序上限 {cap} 元", "An on-the-spot fine of {fine} yuan "
                             "exceeds the summary cap of {cap} yuan"), act=d, field="penalties",
                            discriminator="amount", facts=facts, citations=tuple(c for p in caps for c in p.cites))
    return ctx.satisfied(("处罚种类和数额在简易程序范围内", "Within the summary procedure's limits"), act=d,
                         facts=facts, citations=tuple(dict.fromkeys(c for p in (kinds, *caps) for c in p.cites)))


# -- PROC-002 --------------------------------------------------------------------------------------------


@rule(
    "PROC-002",
    family="procedure",
    title="当场处罚出示证件、当场交付决定书并报所属机关备案",
    title_en="Summary decision formalities",
    cites=[CPL.art(52, 1), CPL.art(52, 3), SAMR_P.art(67), SAMR_P.art(70), MEE_P.art(68, 1, 1),
           MEE_P.art(68, 1, 5), MEE_P.art(68, 3), PSAPL.art(120, 1), PSAPL.art(120, 4), PSAPL_2012.art(101),
           PSB_P.art(39, 2)],
    example=("民警当场罚款后，第三天才把当场处罚决定书报所属公安机关备案，超过了二十四小时。",
             "The officer fined the party on the spot but filed the decision with the police organ only on the "
             "third day, after 24 hours."),
    derived=("只记录日期的，同日备案必在二十四小时内，隔两日以上必已超过，次日备案无法判断。",
             "With dates only, filing on the same day is surely within 24 hours and two days later surely not; "
             "the next day cannot be told."),
    severity=Severity.ERROR,
    review_items=("A3", "F3"),
)
def summary_formalities(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """On an on-the-spot decision the officers show their certificates, hand the decision over on the spot
    (noting a refusal on it), and file it with their agency within the profile's time (filing: warning)."""
    if not is_summary(view):
        yield ctx.not_applicable(_SUMMARY_ONLY)
        return

    def one(d: Decision) -> Iterator[Finding]:
        yield _certificate(ctx, d)
        yield _handover(view, ctx, d)
        yield _filed(ctx, d)

    yield from each_penalty_decision(view, ctx, one)


def _certificate(ctx: RuleContext, d: Decision) -> Finding:
    cites = _ON_THE_SPOT_POLICE if ctx.sector == "police" else _ON_THE_SPOT
    where = {"act": d, "discriminator": "certificate", "citations": cites, "field": "certificate_shown"}
    if d.certificate_shown is None:
        return ctx.indeterminate(("未记录是否出示执法证件", "Not recorded whether certificates were shown"),
                                 missing=("certificate_shown",), **where)
    if not d.certificate_shown:
        return ctx.violated(("当场处罚未出示执法证件", "Certificates were not shown"), **where)
    return ctx.satisfied(("已出示执法证件", "Certificates shown"), **where)


def _handover(view: CaseView, ctx: RuleContext, d: Decision) -> Finding:
    cites = _ON_THE_SPOT_POLICE if ctx.sector == "police" else _ON_THE_SPOT
    where = {"act": d, "discriminator": "handover", "citations": cites}
    spot = [s for s in view.services_of(d.id)
            if s.on == d.on and s.method in (ServiceMethod.ON_THE_SPOT, ServiceMethod.DIRECT, None)]
    if not spot:
        if ctx.as_of <= d.on and not view.services_of(d.id):
            return ctx.pending(("决定书应当场交付", "The decision is to be handed over on the spot"), due_on=d.on,
                               **where)
        return ctx.violated(("当场处罚决定书未当场交付当事人", "The decision was not handed over on the spot"),
                            related=[s.id for s in view.services_of(d.id)], **where)
    s = spot[0]
    if s.refused and s.refusal_noted is None:
        return ctx.indeterminate(("当事人拒绝签收，未记录是否在决定书上注明", "Refused: not recorded whether noted"),
                                 missing=("refusal_noted",), related=(s.id,), **where)
    if s.refused and not s.refusal_noted:  # CPL 52①: 当事人拒绝签收的，应当在行政处罚决定书上注明
        return ctx.violated(("当事人拒绝签收，未在决定书上注明", "The refusal to sign was not noted on the decision"),
                            related=(s.id,), **where)
    return ctx.satisfied(("决定书已当场交付", "Handed over on the spot"), related=(s.id,), **where)


def _filed(ctx: RuleContext, d: Decision) -> Finding:
    p = ctx.param("summary.filing_within", on=d.on)
    where = {"act": d, "discriminator": "filed", "citations": p.cites, "severity": Severity.WARNING,
             "field": "filed_on"}
    filed = d.filed_on or (d.filed_at.date() if d.filed_at else None)
    if p.status == "none_in_law":  # CPL 52③: 报所属行政机关备案, no period
        if filed is None:
            return ctx.indeterminate(("未记录是否报所属行政机关备案", "Not recorded whether it was filed"),
                                     missing=("filed_on",), **where)
        return ctx.satisfied(("已报所属行政机关备案", "Filed with the agency"), **where)
    if not p.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(p.name,), facts={"param": p.name}, **where)
    late = _filed_late(ctx, d, p.value, filed)
    facts = {"filed_on": filed, "period": p.value.zh if ctx.lang == "zh" else str(p.value)}
    if isinstance(late, Finding):
        return late
    if late is None:
        return ctx.indeterminate(("只记录了日期，无法判断是否在 {period} 内备案", "Dates only: within {period} "
                                  "cannot be told"), missing=("at", "filed_at"), facts=facts, **where)
    if late:
        return ctx.violated(("当场处罚决定未在 {period} 内报所属机关备案", "Not filed with the agency within {period}"),
                            facts=facts, **where)
    if filed is None:
        return ctx.pending(("应在 {period} 内报所属机关备案", "To be filed within {period}"),
                           due_on=_filing_due(ctx, d, p.value), facts=facts, **where)
    return ctx.satisfied(("已在 {period} 内备案", "Filed within {period}"), facts=facts, **where)


def _filed_late(ctx: RuleContext, d: Decision, period: Period, filed: date | None) -> bool | Finding | None:
    """Whether the filing was (or now is) late; None when the dates cannot tell."""
    if period.unit is PeriodUnit.HOURS:  # PSAPL 120④, PSB-P 39②: 二十四小时以内
        if filed is None:
            return ctx.as_of > d.on + _DAY
        if d.at is not None and d.filed_at is not None:
            return d.filed_at > ctx.calendar.end_of_hours(d.at, period.n)
        return None if filed == d.on + _DAY else filed > d.on
    if filed is not None and filed <= d.on + timedelta(days=period.n):
        return False  # surely within n working days (SPEC §2)
    try:
        last = ctx.calendar.end_of(d.on, period)
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, act=d, missing=(f"calendar:{exc.needed_year}",),
                                 facts={"year": exc.needed_year}, discriminator="filed")
    return (filed or ctx.as_of) > last


def _filing_due(ctx: RuleContext, d: Decision, period: Period) -> date:
    return d.on + _DAY if period.unit is PeriodUnit.HOURS else ctx.calendar.end_of(d.on, period)
