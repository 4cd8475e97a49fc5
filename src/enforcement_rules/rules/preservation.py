"""TIME-003 — evidence preservation (先行登记保存): approved, and handled within the period.

SPEC §4 TIME-003; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from enforcement_rules.calendar import Period
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, MEE_P, PSB_P, SAMR_P
from enforcement_rules.models.actions import EvidencePreservation
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.case_period import cited
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED

__all__ = ["evidence_preservation"]

_DAY = timedelta(days=1)
_CPL56 = CPL.art(56)


@rule(
    "TIME-003",
    family="time",
    title="先行登记保存经批准，并在七日内作出处理决定",
    title_en="Evidence preservation",
    cites=[CPL.art(56), CPL.art(85), SAMR_P.art(33, 1), SAMR_P.art(33, 2), SAMR_P.art(35), MEE_P.art(32, 1),
           MEE_P.art(32, 2), MEE_P.art(33), PSB_P.art(110)],
    example=("2025年3月5日先行登记保存，负责人3月7日才补签批准，且不是情况紧急；到3月20日仍未作出处理决定。",
             "Evidence was preserved on 2025-03-05 and the head signed the approval only on 2025-03-07 with no "
             "emergency; no handling decision had been made by 2025-03-20."),
    derived=("批准与采取措施同日且未记录时间的，无法判断先后。作出处理决定或者决定解除的日期在期限内即为及时处理。",
             "Approval on the day of the measure without times: the order is unknown. A handling decision, or a "
             "decision to lift, within the period is timely handling."),
    severity=Severity.ERROR,
    review_items=("B5",),
)
def evidence_preservation(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Evidence is preserved only with the head's approval given before — or, in an emergency where the
    sector allows it, completed within 24 hours — and is handled within the profile's period (7 working
    days), failing which the measure lapses and the record must show it lifted."""
    acts = [a for a in view.of(EvidencePreservation) if a.on >= ctx.rule.valid_from]
    if not acts:
        yield ctx.not_applicable(("本案没有先行登记保存", "No evidence was preserved in this case"))
        return
    for act in acts:
        yield _approval(ctx, act)
        yield _handled(ctx, act)


#: Who approves, by sector: CPL 56 (负责人批准) and the sector's own words.
_APPROVAL = {"national": (CPL.art(56),), "samr": (CPL.art(56), SAMR_P.art(33, 1)),
             "mee": (CPL.art(56), MEE_P.art(32, 1)), "police": (CPL.art(56), PSB_P.art(110, 1))}


def _approval(ctx: RuleContext, act: EvidencePreservation) -> Finding:
    where = {"act": act, "discriminator": "approval", "citations": _APPROVAL.get(ctx.sector, _APPROVAL["national"])}
    if act.approved_by is None and act.approved_on is None:
        return ctx.indeterminate(("未记录负责人批准", "The head's approval is not recorded"),
                                 missing=("approved_by", "approved_on"), field="approved_by", **where)
    if act.approved_on is None:
        return ctx.indeterminate(("未记录批准日期，无法判断是否事先批准", "The approval date is not recorded"),
                                 missing=("approved_on",), field="approved_on", **where)
    moment, approved_at = act.moment, act.approved_at
    before = act.approved_on < act.on or (
        act.approved_on == act.on and moment is not None and approved_at is not None and approved_at <= moment)
    if before:  # CPL 56; SAMR-P 33①; MEE-P 32①: 经负责人批准
        return ctx.satisfied(("先行登记保存经负责人事先批准", "Approved by the head beforehand"), **where)
    window = ctx.param("evidence.preservation_emergency_report", on=act.on)
    if act.emergency and window.configured:  # SAMR-P 33②, MEE-P 32②: 二十四小时内补办批准手续
        return _emergency(ctx, act, window.value, {**where, "citations": window.cites})
    if act.approved_on == act.on and (moment is None or approved_at is None):
        return ctx.indeterminate(("批准与措施同日且未记录时间，无法判断是否事先批准",
                                  "Approved on the same day without times: the order is unknown"),
                                 missing=("at", "approved_at"), **where)
    return ctx.violated(("先行登记保存于 {on} 采取，负责人 {approved_on} 才批准，不属于可以事后补批的情形",
                         "Taken on {on} but approved only on {approved_on}, with no emergency route allowing it"),
                        facts={"on": act.on, "approved_on": act.approved_on, "emergency": act.emergency},
                        field="approved_on", **where)


def _emergency(ctx: RuleContext, act: EvidencePreservation, hours: Period, where: dict[str, object]) -> Finding:
    assert act.approved_on is not None
    moment, approved_at = act.moment, act.approved_at
    if moment is not None and approved_at is not None:
        late = approved_at > ctx.calendar.end_of_hours(moment, hours.n)
    elif act.approved_on == act.on or act.approved_on > act.on + _DAY:
        late = act.approved_on > act.on  # same day: surely within 24 hours; two days on: surely not
    else:
        return ctx.indeterminate(("次日补批，未记录时间，无法判断是否在二十四小时内",
                                  "Approved the next day without times: within 24 hours is unknown"),
                                 missing=("at", "approved_at"), **where)
    facts = {"approved_on": act.approved_on, "hours": hours.n}
    if late:
        return ctx.violated(("情况紧急当场采取，但未在 {hours} 小时内补办批准（{approved_on}）",
                             "Taken in an emergency, but approval was not completed within {hours} hours"),
                            facts=facts, field="approved_at", **where)
    return ctx.satisfied(("情况紧急当场采取，并在 {hours} 小时内补办批准", "Emergency: approval completed in time"),
                         facts=facts, **where)


def _handled(ctx: RuleContext, act: EvidencePreservation) -> Finding:
    p = ctx.param("evidence.preservation_handle_within", on=act.on)
    where = {"act": act, "discriminator": "handled", "citations": cited(_CPL56, p)}
    if not p.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(p.name,), facts={"param": p.name}, **where)
    done = min((d for d in (act.handled_on, act.lifted_on) if d is not None), default=None)
    period = p.value.zh if ctx.lang == "zh" else str(p.value)
    if done is not None and done <= act.on + timedelta(days=p.value.n):  # surely within n working days (SPEC §2)
        return ctx.satisfied(("已在期限（{period}）内作出处理决定", "Handled within {period}"),
                             facts={"handled_on": done, "period": period}, **where)
    try:
        last = ctx.calendar.end_of(act.on, p.value)
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",),
                                 facts={"year": exc.needed_year}, **where)
    facts = {"last_day": last, "handled_on": done, "lifted_recorded": act.lifted_on is not None, "period": period}
    if done is not None and done <= last:
        return ctx.satisfied(("已在期限内（至 {last_day}）作出处理决定", "Handled by {last_day}"), facts=facts, **where)
    if done is None and ctx.as_of <= last:
        return ctx.pending(("应于 {last_day} 前对先行登记保存的证据作出处理决定",
                            "The preserved evidence is to be handled by {last_day}"), due_on=last, facts=facts, **where)
    # CPL 56: 应当在七日内及时作出处理决定; SAMR-P 35②, MEE-P 33②, PSB-P 110③: 逾期自动解除
    if act.lifted_on is None:
        return ctx.violated(("逾期（{period}，至 {last_day}）未作出处理决定，措施已自动解除，但案卷未记录解除",
                             "Not handled within {period} (by {last_day}): the measure lapsed, and the file does not "
                             "record it lifted"), facts=facts, **where)
    return ctx.violated(("逾期（{period}，至 {last_day}）未作出处理决定，措施已自动解除",
                         "Not handled within {period} (by {last_day}): the measure lapsed"), facts=facts, **where)
