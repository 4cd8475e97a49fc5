"""TIME-001, TIME-004 — the limitation period and the filing decision (追责时效、立案期限).

SPEC §4 TIME (期限); TIME-002 (the case period) is in case_period.py, TIME-003 (evidence preservation) in
preservation.py. The verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from enforcement_rules.calendar import Period, PeriodUnit
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSAPL_2012, SAMR_P
from enforcement_rules.models.actions import Decision, DecisionOutcome, Filing
from enforcement_rules.models.time_limits import ExtensionApproval, ExtensionStage
from enforcement_rules.profiles.profile import ParamValue
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.case_period import cited, pauses_of, period_end
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED, is_summary

__all__ = ["filing_decision", "limitation_period"]

_DAY = timedelta(days=1)
_CPL36_2, _NOT_FILED = CPL.art(36, 2), SAMR_P.art(20)
_WHERE = {"subject": "violation", "loc": ("violation", "discovered_on")}


@rule(
    "TIME-001",
    family="time",
    title="违法行为在追责时效内被发现",
    title_en="Limitation period",
    cites=[CPL.art(36, 1), CPL.art(36, 2), PSAPL.art(25, 1), PSAPL.art(25, 2), PSAPL_2012.art(22, 1),
           PSAPL_2012.art(22, 2)],
    example=("违法行为于2022年5月10日发生、当日终了，直到2024年6月3日才被发现，已超过二年，仍作出了罚款决定。",
             "The act took place and ended on 2022-05-10 and was discovered only on 2024-06-03, more than two "
             "years later, yet a fine was imposed."),
    derived=("以记录的“发现日期”判断是否在期限内；连续或者继续状态未记录终了日期的，以开始日期计算仍在期限内即为符合。"
             "期限按对应日计算，最后一日遇节假日不顺延。未作出处罚决定时，超过时效以“警示”提示。",
             "The recorded discovery date is compared with the period. A continuing act with no recorded end is "
             "surely in time when discovered within the period from its start. The period ends on the "
             "corresponding day and does not roll past a rest day. Without a penalty decision a time-barred act is "
             "a warning."),
    severity=Severity.ERROR,
    review_items=("C4",),
)
def limitation_period(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """No penalty is given for an act not discovered within the profile's limitation period (2 years; 5
    with harm to life, health or financial safety; 治安 6 months), counted from the act or, for a
    continuing or continuous act, from its end."""
    v = view.case.violation
    if v.start_on is None and v.end_on is None and v.discovered_on is None:
        yield ctx.not_applicable(("未记录违法行为的日期", "The violation's dates are not recorded"))
        return
    found = v.discovered_on
    begun = v.start_on or v.end_on
    if found is None or begun is None:
        missing = "violation.discovered_on" if found is None else "violation.start_on"
        yield ctx.indeterminate(("缺少违法行为发生或者发现的日期，无法判断时效", "The act's date or its discovery is "
                                 "not recorded"), missing=(missing,), **_WHERE)
        return
    if found < ctx.rule.valid_from:
        yield ctx.not_applicable(("发现于2021年7月15日之前，本规则不适用", "Discovered before 2021-07-15"), **_WHERE)
        return
    name = "limitation.period_harm" if v.life_health_financial_harm else "limitation.period"  # CPL 36① 延长至五年
    period = ctx.param(name, on=found)
    if not period.configured:
        yield ctx.indeterminate(UNCONFIGURED, missing=(name,), facts={"param": name}, **_WHERE)
        return
    # CPL 36②, PSAPL 25②: from the day of the act; a continuing or continuous act from its end.
    runs_from = (v.end_on if v.continuing else begun) or begun
    own = any(c.instrument.startswith("PSAPL") for c in period.cites)  # 治安: PSAPL 25 as a whole
    where: dict[str, object] = {**_WHERE, "citations": period.cites if own else cited(period, _CPL36_2)}
    last = ctx.calendar.end_of(runs_from, period.value)
    facts = {"runs_from": runs_from, "last_day": last, "discovered_on": found,
             "period": period.value.zh if ctx.lang == "zh" else str(period.value)}
    if found <= last:
        yield ctx.satisfied(("于 {discovered_on} 发现，在时效（{period}，至 {last_day}）内",
                             "Discovered on {discovered_on}, within the {period} period ending {last_day}"),
                            facts=facts, **where)
    elif v.continuing and v.end_on is None:
        yield ctx.indeterminate(("连续或者继续状态的违法行为未记录终了日期",
                                 "The continuing act's end is not recorded"),
                                missing=("violation.end_on",), facts=facts, **where)
    else:
        yield _barred(view, ctx, facts, where)


def _barred(view: CaseView, ctx: RuleContext, facts: dict[str, object], where: dict[str, object]) -> Finding:
    decisions = [d for d in view.of(Decision) if d.outcome is DecisionOutcome.PENALTY]
    if decisions:
        return ctx.violated(("违法行为于 {discovered_on} 才被发现，已超过时效（至 {last_day}），不得给予行政处罚",
                             "Discovered on {discovered_on}, after the limitation period ended on {last_day}: no "
                             "penalty may be given"), related=[d.id for d in decisions], facts=facts, **where)
    if view.of(Decision):
        return ctx.satisfied(("已超过时效，未给予行政处罚", "Time-barred, and no penalty was given"), facts=facts,
                             **where)
    return ctx.violated(("违法行为已超过时效（至 {last_day}），不得再给予行政处罚",
                         "The act is time-barred (the period ended on {last_day}): no penalty may be given"),
                        severity=Severity.WARNING, facts=facts, **where)


# -- TIME-004 --------------------------------------------------------------------------------------------


@rule(
    "TIME-004",
    family="time",
    title="在规定期限内核查线索并决定是否立案",
    title_en="Timely filing decision",
    cites=[SAMR_P.art(18, 1), SAMR_P.art(18, 2), SAMR_P.art(20), MEE_P.art(18), MEE_P.art(90, 2), CPL.art(54, 2)],
    example=("市场监管局2025年3月3日收到投诉材料，到4月15日才决定立案，超过十五个工作日，也没有批准延长。",
             "The market regulator received the complaint on 2025-03-03 and decided to file only on 2025-04-15, "
             "after 15 working days, with no approved extension."),
    derived=("未单独记录线索日期的，以违法行为的发现日期为线索日期；延长以一次为限，须在期限届满前批准。",
             "Without a recorded lead date, the violation's discovery date is the lead date; one extension, "
             "approved before the period runs out."),
    severity=Severity.ERROR,
    review_items=("B1",),
    sectors=("samr", "mee"),
)
def filing_decision(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Whether to file is decided within the profile's period from the lead (samr 15 working days, mee 15
    days), plus one approved extension, the excluded testing time not counted; pending until due."""
    if is_summary(view):
        yield ctx.not_applicable(("简易程序不立案", "Summary procedure: no filing"))
        return
    tl, filings = view.case.time_limits, view.of(Filing)
    lead = tl.lead_on or view.case.violation.discovered_on
    decided = filings[0].on if filings else tl.not_filed_on
    where: dict[str, object] = (
        {"act": filings[0]} if filings else {"subject": "time_limits", "loc": ("time_limits", "not_filed_on")})
    if lead is None:
        yield (ctx.indeterminate(("未记录发现线索或者收到材料的日期", "The lead date is not recorded"),
                                 missing=("time_limits.lead_on",), **where) if decided else
               ctx.not_applicable(("未记录线索", "No lead is recorded")))
        return
    period = ctx.param("filing.decide_within", on=lead)
    if period.status == "none_in_law":
        yield ctx.not_applicable(("本配置未规定立案期限", "This profile sets no filing period"), **where)
    elif not period.configured:
        yield ctx.indeterminate(UNCONFIGURED, missing=(period.name,), facts={"param": period.name}, **where)
    else:
        yield _filing_in_time(view, ctx, lead, decided, period, where=where)


def _filing_in_time(view: CaseView, ctx: RuleContext, lead: date, decided: date | None, period: ParamValue, *,
                    where: dict[str, object]) -> Finding:
    tl, base = view.case.time_limits, period.value
    kinds = ctx.param("filing.excluded_intervals", on=lead)
    excluded = set(kinds.value) if kinds.configured else set()
    # SAMR-P 18②: 检测、检验、检疫、鉴定以及权利人辨认或者鉴别等所需时间，不计入前款规定期限
    pauses, missing = pauses_of([(i, iv) for i, iv in enumerate(tl.excluded) if iv.kind.value in excluded], decided)
    added, unknown = _filing_extension(view, ctx, lead, base)
    missing += unknown
    total = Period(base.n + added, base.unit)
    facts: dict[str, object] = {"lead_on": lead, "decided_on": decided, "extension": total.n - base.n,
                                "period": base.zh if ctx.lang == "zh" else str(base)}
    used = [period, *([kinds] if pauses else []), *([ctx.param("filing.extension", on=lead)] if added else [])]
    where = {**where, "citations": cited(*used, *([_NOT_FILED] if tl.not_filed_on and not decided else []))}
    if decided is not None and decided <= lead + timedelta(days=total.n):  # surely in time (SPEC §2)
        return ctx.satisfied(("在期限（{period}）内决定是否立案", "Filing decided within {period}"), facts=facts,
                             **where)
    try:
        last = period_end(ctx.calendar, lead, total, pauses)
        roll = ctx.param("period.roll_last_rest_day", on=lead)
        if roll.configured and roll.value and total.unit is not PeriodUnit.WORKING_DAYS:  # MEE-P 90②
            last = ctx.calendar.roll_forward(last)
            where["citations"] = cited(*used, roll)
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",),
                                 facts={**facts, "year": exc.needed_year}, **where)
    facts["last_day"] = last
    if decided is not None and decided <= last:
        return ctx.satisfied(("于 {decided_on} 决定是否立案，在期限（至 {last_day}）内",
                              "Filing decided on {decided_on}, within the period ending {last_day}"), facts=facts,
                             **where)
    if decided is None and ctx.as_of <= last:
        return ctx.pending(("应于 {last_day} 前决定是否立案", "Whether to file is to be decided by {last_day}"),
                           due_on=last, facts=facts, **where)
    if missing:
        return ctx.indeterminate(("不计入期限的期间缺少起止日期", "An excluded interval lacks its dates"),
                                 missing=tuple(missing), facts=facts, **where)
    return ctx.violated(("线索于 {lead_on} 发现或者收到，至 {last_day} 期限届满仍未决定是否立案",
                         "The lead came on {lead_on}; whether to file was not decided by {last_day}"),
                        facts=facts, **where)


def _filing_extension(view: CaseView, ctx: RuleContext, lead: date, base: Period) -> tuple[int, list[str]]:
    """The extension that counts — one, approved by the head before the period ran out (SAMR-P 18①;
    MEE-P 18) — and the extensions lacking the data to tell."""
    exts = [(i, e) for i, e in enumerate(view.case.time_limits.extensions) if e.stage is ExtensionStage.FILING]
    if not exts:
        return 0, []
    cap = ctx.param("filing.extension", on=lead)
    ok = (ExtensionApproval.HEAD, ExtensionApproval.COLLECTIVE_DISCUSSION)
    unknown: list[str] = []
    for i, ext in sorted(exts, key=lambda x: (x[1].approved_on or date.max, x[0])):
        if ext.approved_on is None or ext.approval is None:
            unknown.append(f"time_limits.extensions[{i}].{'approved_on' if ext.approved_on is None else 'approval'}")
            continue
        if not cap.configured or ext.approval not in ok:
            continue
        try:
            in_time = ext.approved_on <= ctx.calendar.end_of(lead, base)
        except CalendarCoverageError:
            in_time = ext.approved_on <= lead + timedelta(days=base.n)  # surely within n working days
        if in_time:
            return min(ext.days or cap.value.n, cap.value.n), unknown
    return 0, unknown
