"""COERCE-001 … COERCE-003 — coercive measures: approval, on-site duties, the decision and list
(行政强制措施：批准、现场程序、决定书和清单).

SPEC §4 COERCE; the duration (COERCE-004) is in rules/coercion_period.py. A coercive measure may be a
case of its own (kind ``coercive_measure``) or an act inside a penalty case: these rules take both.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

from enforcement_rules.calendar import CHINA_TZ, PeriodUnit, WorkingCalendar
from enforcement_rules.engine import CaseView
from enforcement_rules.law import ACL, PSAPL, PSB_P, SAMR_P, Citation
from enforcement_rules.models.actions import (
    Approval,
    CoerciveMeasure,
    CoerciveMeasureLifting,
    MeasureKind,
    ToldItem,
)
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import UNCONFIGURED

__all__ = ["ACL_IN_FORCE", "NO_MEASURE", "approval_of", "measure_approved", "measures", "on_site_duties"]

#: ACL 71: 本法自2012年1月1日起施行.
ACL_IN_FORCE = date(2012, 1, 1)
NO_MEASURE = ("本案没有行政强制措施", "No coercive measure in this case")
_KINDS = ("penalty", "coercive_measure")
_PSAPL_FROM = PSAPL.in_force or date.max

Span = tuple[datetime, datetime]


def measures(view: CaseView, ctx: RuleContext) -> list[CoerciveMeasure]:
    """The coercive measures taken on or after the rule's law took effect, in time order."""
    return [m for m in view.of(CoerciveMeasure) if m.on >= ctx.rule.valid_from]


def approval_of(approval: Approval | None, approved_by: str | None, *when: object) -> Approval | None:
    """What the head did: the recorded answer, or "approved" when an approver or an approval time is named."""
    if approval is not None:
        return approval
    return Approval.APPROVED if approved_by is not None or any(w is not None for w in when) else None


def span(day: date | None, moment: datetime | None) -> Span | None:
    """The moment, or the whole China day when only the date is known."""
    if moment is not None:
        return moment, moment
    if day is None:
        return None
    return datetime.combine(day, time.min, CHINA_TZ), datetime.combine(day, time.max, CHINA_TZ)


@rule(
    "COERCE-001",
    family="coercion",
    title="实施行政强制措施前报经负责人批准；情况紧急的，依法报告并补办批准手续",
    title_en="Approval",
    cites=[ACL.art(18, item=1), ACL.art(19), ACL.art(20, 1, 2), ACL.art(30, 1), SAMR_P.art(36), PSB_P.art(56),
           PSAPL.art(105, 3)],
    example=("执法人员当场扣押了涉案物品，三天后才向局长报告并补办批准手续。",
             "Officers seized goods on the spot and reported to the head only three days later."),
    derived=("只有日期时，能由日期判断的（同日报告必在二十四小时内；相隔两日以上必然超时）直接判断，否则无法判断；"
             "“立即”解除、返回后“立即”报告按当日理解；未记录报告时间而有批准时间的，以批准时间推定报告时间。",
             "With dates only, what the dates decide is decided (a report the same day is within 24 hours; two "
             "days later is surely late), otherwise indeterminate. 'Immediately' (lifting, report on return) is "
             "read as the same day; an approval time stands for a report time that is not recorded."),
    severity=Severity.ERROR,
    review_items=("B6",),
    kinds=_KINDS,
    valid_from=ACL_IN_FORCE,
)
def measure_approved(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A coercive measure is approved by the agency head before it is taken; one taken on the spot in an
    emergency is reported within 24 hours (liberty restriction: at once on return) and approved after,
    or lifted at once when the head refuses; freezing has no emergency route."""
    found = measures(view, ctx)
    for m in found:
        if m.measure is MeasureKind.FREEZE and m.emergency:  # ACL 30①: 18(一) applies; no ACL 19 route
            yield ctx.violated(("冻结存款、汇款不得当场先行实施后补办批准", "Freezing has no emergency route"),
                               act=m, discriminator="approval", citations=(ACL.art(30, 1), ACL.art(18, item=1)))
        elif not m.emergency:
            yield _approved_before(ctx, m)
        else:
            yield _reported(ctx, m)
            yield _approved_after(view, ctx, m)
    if not found:
        yield ctx.not_applicable(NO_MEASURE)


def _sector_cites(ctx: RuleContext, m: CoerciveMeasure, emergency: bool) -> tuple[Citation, ...]:
    liberty = m.measure is MeasureKind.RESTRICT_LIBERTY and emergency
    psapl = emergency and m.measure is MeasureKind.SEIZE and ctx.matter == "public_security" and m.on >= _PSAPL_FROM
    base = _APPROVAL_CITES[(liberty, emergency)]
    return base + _SECTOR_APPROVAL.get((ctx.sector, emergency, psapl), ())


#: ACL 20(二) for liberty restriction on the spot, ACL 19 for other emergencies, ACL 18(一) beforehand.
_APPROVAL_CITES = {(True, True): (ACL.art(20, 1, 2),), (False, True): (ACL.art(19),),
                   (False, False): (ACL.art(18, item=1),)}
#: (sector, emergency, a 治安 seizure from 2026 (PSAPL 105③: 及时报告，并补办批准手续)) → the sector's texts.
_SECTOR_APPROVAL: dict[tuple[str, bool, bool], tuple[Citation, ...]] = {
    ("samr", False, False): (SAMR_P.art(36, 1),), ("samr", True, False): (SAMR_P.art(36, 2),),
    ("police", False, False): (PSB_P.art(55, 1, 1),), ("police", True, False): (PSB_P.art(56),),
    ("police", True, True): (PSB_P.art(56), PSAPL.art(105, 3)),
}


def _approved_before(ctx: RuleContext, m: CoerciveMeasure) -> Finding:
    where = {"act": m, "discriminator": "approval", "citations": _sector_cites(ctx, m, emergency=False)}
    state = approval_of(m.approval, m.approved_by, m.approved_on, m.approved_at)
    if state is None:
        return ctx.indeterminate(("未记录 {subject} 是否经负责人批准", "Not recorded whether {subject} was approved"),
                                 missing=("approval",), **where)
    if state is not Approval.APPROVED:
        return ctx.violated(("{subject} 实施前未经行政机关负责人批准", "{subject} was taken without the head's "
                             "prior approval"), facts={"approval": state.value}, **where)
    when, act = span(m.approved_on, m.approved_at), span(m.on, m.moment)
    assert act is not None
    if when is None:
        return ctx.indeterminate(("未记录批准日期", "The approval date is not recorded"), missing=("approved_on",),
                                 **where)
    if when[1] <= act[0]:
        return ctx.satisfied(("实施前已经负责人批准", "Approved by the head beforehand"), **where)
    if when[0] > act[1]:
        return ctx.violated(("{subject} 先实施后批准，且未记录为紧急情况", "{subject} was approved only after it was "
                             "taken, and no emergency is recorded"), **where)
    return ctx.indeterminate(("批准与实施同日，未记录时间，无法判断先后", "Approved on the day of the measure; "
                              "without times the order is unknown"), missing=("at", "approved_at"), **where)


def _reported(ctx: RuleContext, m: CoerciveMeasure) -> Finding:
    where = {"act": m, "discriminator": "report", "citations": _sector_cites(ctx, m, emergency=True)}
    state = approval_of(m.approval, m.approved_by, m.approved_on, m.approved_at)
    report = span(m.reported_on, m.reported_at) or (span(m.approved_on, m.approved_at) if state else None)
    if report is None:
        if state is Approval.NOT_SOUGHT:
            return ctx.violated(("当场实施的 {subject} 未向负责人报告", "{subject}, taken on the spot, was never "
                                 "reported to the head"), **where)
        return ctx.indeterminate(("未记录何时向负责人报告", "When the head was told is not recorded"),
                                 missing=("reported_on",), **where)
    act = span(m.on, m.moment)
    assert act is not None
    if m.measure is MeasureKind.RESTRICT_LIBERTY:  # ACL 20(二): 在返回行政机关后，立即报告
        reported, back = report[0].date(), (m.returned_at or act[0]).date()
        if reported <= back:
            return ctx.satisfied(("返回后即向负责人报告", "Reported on return"), **where)
        if m.returned_at is None:
            return ctx.indeterminate(("未记录返回时间，无法判断是否立即报告", "The time of return is not recorded"),
                                     missing=("returned_at",), **where)
        return ctx.violated(("返回后未立即报告（{subject}）", "Not reported at once on return ({subject})"),
                            facts={"reported_on": reported}, **where)
    period = ctx.param("coercion.emergency_report_within", on=m.on)
    if not period.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(period.name,), facts={"param": period.name}, **where)
    hours = period.value.n * (24 if period.value.unit is PeriodUnit.DAYS else 1)
    facts = {"hours": hours}
    if report[1] <= WorkingCalendar.end_of_hours(act[0], hours):
        return ctx.satisfied(("已在 {hours} 小时内报告", "Reported within {hours} hours"), facts=facts, **where)
    if report[0] > WorkingCalendar.end_of_hours(act[1], hours):
        return ctx.violated(("{subject} 当场实施后未在 {hours} 小时内向负责人报告", "{subject} was not reported to "
                             "the head within {hours} hours"), facts=facts, **where)
    return ctx.indeterminate(("只有日期，无法判断是否在 {hours} 小时内报告", "With dates only, whether the report "
                              "came within {hours} hours is unknown"), facts=facts, missing=("at", "reported_at"),
                             **where)


def _approved_after(view: CaseView, ctx: RuleContext, m: CoerciveMeasure) -> Finding:
    where = {"act": m, "discriminator": "approval", "citations": _sector_cites(ctx, m, emergency=True)}
    state = approval_of(m.approval, m.approved_by, m.approved_on, m.approved_at)
    if state is None:
        return ctx.indeterminate(("未记录是否补办批准手续", "Not recorded whether approval was completed"),
                                 missing=("approval",), **where)
    if state is Approval.APPROVED:
        return ctx.satisfied(("已补办批准手续", "Approval completed"), **where)
    if state is Approval.NOT_SOUGHT:
        return ctx.violated(("{subject} 未补办批准手续", "Approval of {subject} was never completed"), **where)
    refused = span(m.approved_on, m.approved_at)  # ACL 19: 负责人认为不应当采取的，应当立即解除
    if refused is None:
        return ctx.indeterminate(("未记录负责人不予批准的日期", "The date of the refusal is not recorded"),
                                 missing=("approved_on",), **where)
    day = refused[0].date()
    lifted = [x for x in view.of(CoerciveMeasureLifting) if x.measure_id == m.id and x.on <= day]
    if lifted:
        return ctx.satisfied(("负责人不予批准后已立即解除", "Lifted at once after the head refused"),
                             related=(lifted[0].id,), **where)
    if ctx.as_of <= day:
        return ctx.pending(("负责人不予批准，应当立即解除", "The head refused: lift it at once"), due_on=day, **where)
    return ctx.violated(("负责人不予批准后，{subject} 未立即解除", "{subject} was not lifted at once after the head "
                         "refused"), facts={"refused_on": day}, **where)


_TOLD = tuple(ToldItem)


@rule(
    "COERCE-002",
    family="coercion",
    title="实施行政强制措施时通知当事人到场，当场告知理由、依据、权利和救济途径，听取陈述申辩；当事人不到场的邀请见证人",
    title_en="On-site duties",
    cites=[ACL.art(18, item=4), ACL.art(18, item=5), ACL.art(18, item=6), ACL.art(18, item=9), PSB_P.art(55, 1)],
    example=("查封现场当事人在场，执法人员只宣读了查封决定，没有告知救济途径，也没有听取当事人的申辩。",
             "The party was at the sealing, but the officers only read out the decision: no remedies told, and "
             "the party's defence not heard."),
    derived=("当事人到场的，视为已通知到场；当事人不在场的，不要求当场告知和听取陈述申辩，但须邀请见证人。冻结不适用"
             "（ACL 30 只要求第十八条第一、二、三、七项）。",
             "A party who is present counts as notified; an absent party cannot be told or heard on the spot, "
             "but a witness is invited. Not for freezing (ACL 30 asks only items 1, 2, 3 and 7 of Art. 18)."),
    severity=Severity.ERROR,
    review_items=("B6",),
    kinds=_KINDS,
    valid_from=ACL_IN_FORCE,
)
def on_site_duties(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """At a coercive measure the party is notified to attend, told on the spot the reasons, basis, rights
    and remedies, and heard; when the party is absent a witness is invited (freezing excepted)."""
    found = [m for m in measures(view, ctx) if m.measure is not MeasureKind.FREEZE]
    for m in found:
        yield from _duties(ctx, m)
    if not found:
        yield ctx.not_applicable(NO_MEASURE)


def _duties(ctx: RuleContext, m: CoerciveMeasure) -> Iterator[Finding]:
    police = (PSB_P.art(55, 1),) if ctx.sector == "police" else ()

    def check(key: str, value: bool | None, item: int, bad: tuple[str, str], good: tuple[str, str]) -> Finding:
        where = {"act": m, "discriminator": key, "field": key, "citations": (ACL.art(18, item=item), *police)}
        if value is None:
            return ctx.indeterminate(("未记录 {field}", "{field} is not recorded"), missing=(key,),
                                     facts={"field": key}, **where)
        return ctx.satisfied(good, **where) if value else ctx.violated(bad, **where)

    present = m.party_present
    # ACL 18(四): 通知当事人到场 (a party who came was notified)
    yield check("party_notified", True if present else m.party_notified, 4,
                ("未通知当事人到场", "The party was not notified to attend"), ("已通知当事人到场", "Party notified"))
    if present is None:
        yield ctx.indeterminate(("未记录当事人是否到场", "Not recorded whether the party was present"), act=m,
                                discriminator="party_present", field="party_present", missing=("party_present",),
                                citations=(ACL.art(18, item=5), ACL.art(18, item=6), ACL.art(18, item=9), *police))
    elif present:
        told = None if m.told is None else [t for t in _TOLD if t not in m.told]
        where = {"act": m, "discriminator": "told", "field": "told", "citations": (ACL.art(18, item=5), *police)}
        if told is None:
            yield ctx.indeterminate(("未记录当场告知的内容", "What the party was told is not recorded"),
                                    missing=("told",), **where)
        elif told:  # ACL 18(五): 理由、依据、权利、救济途径
            yield ctx.violated(("未当场告知当事人：{missing}", "The party was not told on the spot: {missing}"),
                               facts={"missing": told}, **where)
        else:
            yield ctx.satisfied(("已当场告知理由、依据、权利和救济途径", "Reasons, basis, rights and remedies told"),
                                **where)
        yield check("statement_heard", m.statement_heard, 6,  # ACL 18(六)
                    ("未听取当事人的陈述和申辩", "The party's statement and defence were not heard"),
                    ("已听取陈述和申辩", "Statement and defence heard"))
    else:
        yield check("witness_present", m.witness_present, 9,  # ACL 18(九): 当事人不到场的，邀请见证人到场
                    ("当事人不到场，未邀请见证人到场", "The party was absent and no witness was invited"),
                    ("当事人不到场，已邀请见证人", "Party absent; a witness attended"))
