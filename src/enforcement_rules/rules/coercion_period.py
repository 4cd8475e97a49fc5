"""COERCE-004 — the duration of sealing, seizure and freezing, extensions and testing time
(查封、扣押、冻结的期限、延长和检测期间).

SPEC §4 COERCE-004. The periods are calendar days (ACL 69 makes only periods of ten days or less working
days), counted from the day after the measure, and not rolled forward past a rest day unless the
profile says so (SPEC §2).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import ACL, SAMR_P, Citation
from enforcement_rules.models.actions import (
    Approval,
    CoerciveMeasure,
    CoerciveMeasureExtension,
    CoerciveMeasureLifting,
    MeasureKind,
)
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.coercion import ACL_IN_FORCE, approval_of, measures
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED

__all__ = ["measure_duration"]

Days = tuple[int, int]  # (surely counted, possibly counted): facts that are unknown make the two differ
_KINDS = (MeasureKind.SEAL, MeasureKind.SEIZE, MeasureKind.FREEZE)


class Defect(StrEnum):
    """What is wrong with an extension."""

    AFTER_EXPIRY = "after_expiry"
    COMPLEX_CASE = "complex_case"
    APPROVAL = "approval"
    DAYS = "days"
    OVER_LIMIT = "over_limit"

    @property
    def zh(self) -> str:
        return _DEFECT_ZH[self.value]


_DEFECT_ZH = {"after_expiry": "原期限届满后才决定延长", "complex_case": "没有情况复杂的理由",
              "approval": "未经行政机关负责人批准", "days": "延长天数", "over_limit": "延长合计超过法定期限"}


@rule(
    "COERCE-004",
    family="coercion",
    title="查封、扣押、冻结不超过法定期限，延长须情况复杂并经批准、书面告知，期限内作出处理决定",
    title_en="Duration",
    cites=[ACL.art(25, 1), ACL.art(25, 2), ACL.art(25, 3), ACL.art(27), ACL.art(28, 1, 4), ACL.art(32, 1),
           ACL.art(32, 2), SAMR_P.art(38), SAMR_P.art(42)],
    example=("扣押三十日届满后才作出延长决定，且没有书面告知当事人延长的理由；四十五日后才解除扣押。",
             "The seizure was extended only after its 30 days had run, without telling the party in writing "
             "why, and lifted after 45 days."),
    derived=("延长合计不超过三十日；延长须在原期限届满前决定；检测期间只有明确天数并书面告知的才扣除，按告知的天数计；"
             "延长的书面告知至迟在原期限届满前送达。",
             "Extensions total at most 30 days and are decided before the period ends; testing time is "
             "excluded only when its length is stated and told in writing, by the length stated; the written "
             "notice of an extension reaches the party before the original period ends."),
    severity=Severity.ERROR,
    review_items=("B6",),
    kinds=("penalty", "coercive_measure"),
    valid_from=ACL_IN_FORCE,
)
def measure_duration(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Sealing or seizure lasts at most 30 days, extended by at most 30 more only for a complex case with
    the head's approval and written notice with reasons, testing time excluded only when stated and told
    in writing; the measure is handled or lifted within the period (freezing: ACL 32)."""
    found = [m for m in measures(view, ctx) if m.measure in _KINDS]
    for m in found:
        try:
            yield from _duration(view, ctx, m)
        except CalendarCoverageError as exc:  # only a profile that rolls the last day forward needs it
            yield ctx.indeterminate(NO_CALENDAR, act=m, discriminator="period", facts={"year": exc.needed_year},
                                    missing=(f"calendar:{exc.needed_year}",))
    if not found:
        yield ctx.not_applicable(("本案没有查封、扣押或者冻结", "No sealing, seizure or freezing in this case"))


@dataclass
class _Clock:
    """The running period of one measure: its first end, the testing days excluded, the extension allowed,
    and the extension days surely and possibly counted so far (they differ while a fact is unknown)."""

    first_end: date
    tested: Days
    cap: int
    article: int
    sure: int = 0
    maybe: int = 0
    recorded: int = 0

    def ends(self) -> tuple[date, date]:
        return (self.first_end + timedelta(days=self.sure + self.tested[0]),
                self.first_end + timedelta(days=self.maybe + self.tested[1]))


def _duration(view: CaseView, ctx: RuleContext, m: CoerciveMeasure) -> Iterator[Finding]:
    freeze = m.measure is MeasureKind.FREEZE
    base = ctx.param("coercion.freeze_within" if freeze else "coercion.seal_seize_within", on=m.on)
    extra = ctx.param("coercion.freeze_extension" if freeze else "coercion.seal_seize_extension", on=m.on)
    roll = ctx.param("coercion.period_end_rest_day", on=m.on)
    unset = [p.name for p in (base, extra, roll) if not p.configured]
    if unset:
        yield ctx.indeterminate(UNCONFIGURED, act=m, discriminator="period", missing=unset, facts={"param": unset[0]})
        return
    first_end = ctx.calendar.end_of(m.on, base.value)
    cap = (ctx.calendar.end_of(first_end, extra.value) - first_end).days
    clock = _Clock(first_end, (0, 0) if freeze else _testing(m), cap, 32 if freeze else 25)
    days = (first_end - m.on).days
    if m.duration_days is not None and m.duration_days > days:  # ACL 25① / 32①: 不得超过三十日
        yield ctx.violated(("决定书载明的期限 {stated} 日超过法定的 {days} 日", "The decision states {stated} days, "
                            "more than the {days} allowed"), act=m, field="duration_days", discriminator="stated",
                           citations=base.cites, facts={"stated": m.duration_days, "days": days})
    for e in view.of(CoerciveMeasureExtension):
        if e.measure_id == m.id:
            yield from _extension(view, ctx, e, clock)
    ends = clock.ends()
    if roll.value == "roll_forward":  # CC 203, where a profile applies it
        ends = (ctx.calendar.roll_forward(ends[0]), ctx.calendar.roll_forward(ends[1]))
    yield _handled(view, ctx, m, ends, (*base.cites, *_handling_cites(ctx, freeze)))


def _handling_cites(ctx: RuleContext, freeze: bool) -> tuple[Citation, ...]:
    if freeze:
        return (ACL.art(32, 1),)
    cites = (ACL.art(27), ACL.art(28, 1, 4))
    return (*cites, SAMR_P.art(38), SAMR_P.art(42)) if ctx.sector == "samr" else cites


def _extension(view: CaseView, ctx: RuleContext, e: CoerciveMeasureExtension, clock: _Clock) -> Iterator[Finding]:
    """One extension: its lawfulness, then its notice; moves the clock by the days it adds."""
    end, latest = clock.ends()
    clock.recorded += e.days or 0
    problems: list[Defect] = []
    unknown: list[Defect] = []
    if e.on > latest:  # an extension must be decided while the measure still runs (ACL 28①(四))
        problems.append(Defect.AFTER_EXPIRY)
    if e.complex_case is None:  # ACL 25① / 32①: 情况复杂的
        unknown.append(Defect.COMPLEX_CASE)
    elif not e.complex_case:
        problems.append(Defect.COMPLEX_CASE)
    state = approval_of(e.approval, e.approved_by)
    if state is None:  # 经行政机关负责人批准
        unknown.append(Defect.APPROVAL)
    elif state is not Approval.APPROVED:
        problems.append(Defect.APPROVAL)
    if e.days is None:
        unknown.append(Defect.DAYS)
    elif clock.recorded > clock.cap:  # 延长期限不得超过三十日 (all extensions together, derived)
        problems.append(Defect.OVER_LIMIT)
    facts = {"problems": problems or unknown, "extended_days": clock.recorded, "cap": clock.cap}
    where = {"act": e, "citations": (ACL.art(clock.article, 1),), "facts": facts, "discriminator": "extension"}
    if problems:  # an unlawful extension does not lengthen the period
        yield ctx.violated(("延长 {subject} 不合法：{problems}", "Extension {subject} is unlawful: {problems}"),
                           **where)
    elif unknown:
        yield ctx.indeterminate(("延长 {subject} 未记录：{problems}", "Extension {subject} does not record: "
                                 "{problems}"), missing=[u.value for u in unknown], **where)
        clock.maybe = clock.cap if e.days is None else min(clock.cap, clock.maybe + e.days)
    else:
        yield ctx.satisfied(("延长 {subject} 合法", "Extension {subject} is lawful"), **where)
        clock.sure = min(clock.cap, clock.sure + (e.days or 0))
        clock.maybe = min(clock.cap, clock.maybe + (e.days or 0))
    yield _notified(view, ctx, e, end, clock.article)


def _notified(view: CaseView, ctx: RuleContext, e: CoerciveMeasureExtension, end: date, article: int) -> Finding:
    services = view.services_of(e.id)
    where = {"act": e, "discriminator": "notice", "citations": (ACL.art(article, 2),),
             "related": [s.id for s in services], "facts": {"last_day": end}}
    if e.reasons_stated is False:  # ACL 25② / 32②: 及时书面告知当事人，并说明理由
        return ctx.violated(("延长决定未说明理由", "The extension notice gives no reasons"), **where)
    if not services:
        if ctx.as_of <= end:
            return ctx.pending(("延长决定应于 {last_day} 前书面告知当事人", "The party is to be told in writing by "
                                "{last_day}"), due_on=end, **where)
        return ctx.violated(("延长 {subject} 未在原期限（至 {last_day}）内书面告知当事人",
                             "Extension {subject} was not notified in writing by {last_day}"), **where)
    if services[0].on > end:  # 及时: before the period it extends has run out (derived)
        return ctx.violated(("延长 {subject} 在原期限届满（{last_day}）后才书面告知",
                             "Extension {subject} was notified only after the period ended on {last_day}"), **where)
    if e.reasons_stated is None:
        return ctx.indeterminate(("未记录延长决定是否说明理由", "Not recorded whether reasons were given"),
                                 missing=("reasons_stated",), **where)
    return ctx.satisfied(("已书面告知延长及理由", "Extension and reasons notified in writing"), **where)


def _testing(m: CoerciveMeasure) -> Days:
    """Testing days excluded (ACL 25③): only a stated length told to the party in writing."""
    sure = maybe = 0
    for t in m.testing:
        if t.days is None or t.notified_in_writing is False:
            continue
        maybe += t.days
        if t.notified_in_writing:
            sure += t.days
    return sure, maybe


def _handled(view: CaseView, ctx: RuleContext, m: CoerciveMeasure, ends: tuple[date, date],
             cites: tuple[Citation, ...]) -> Finding:
    end, latest = ends
    ended = [x for x in view.of(CoerciveMeasureLifting) if x.measure_id == m.id]
    facts = {"last_day": end, "latest_day": latest}
    where = {"act": m, "discriminator": "period", "citations": cites, "facts": facts}
    if ended:
        facts["ended_on"] = ended[0].on
        where["related"] = (ended[0].id,)
        if ended[0].on <= end:
            return ctx.satisfied(("已于 {ended_on} 在期限内作出处理决定", "Handled on {ended_on}, within the period"),
                                 **where)
        if ended[0].on > latest:
            return ctx.violated(("期限至 {latest_day} 届满，{ended_on} 才作出处理决定或者解除",
                                 "The period ended on {latest_day}; handled or lifted only on {ended_on}"), **where)
    elif ctx.as_of <= end:
        return ctx.pending(("应于 {last_day} 前作出处理决定或者解除", "To be handled or lifted by {last_day}"),
                           due_on=end, **where)
    elif ctx.as_of > latest:
        return ctx.violated(("期限已于 {latest_day} 届满，未作出处理决定或者解除",
                             "The period ended on {latest_day}; nothing was decided or lifted"), **where)
    return ctx.indeterminate(("期限取决于未记录的延长或者检测期间（至迟 {latest_day}）",
                              "The period depends on extensions or testing not fully recorded (at most "
                              "{latest_day})"), missing=("extension", "testing"), **where)
