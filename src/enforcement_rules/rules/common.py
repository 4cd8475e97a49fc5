"""Questions several rule families ask of a case, answered from the view's index."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from enforcement_rules.eligibility import Eligibility, hearing_eligibility
from enforcement_rules.engine import CaseView
from enforcement_rules.models.actions import (
    Decision,
    DecisionOutcome,
    Manner,
    PenaltyNotice,
    Service,
    WaivedRight,
    Waiver,
)
from enforcement_rules.models.case import Procedure
from enforcement_rules.report import Finding
from enforcement_rules.rule import RuleContext

__all__ = [
    "NO_CALENDAR",
    "NO_DECISION",
    "OLD_LAW",
    "UNCONFIGURED",
    "eligibility_of",
    "is_summary",
    "notices_for",
    "penalty_decisions",
    "served_notice",
    "waiver_of",
]

NO_DECISION = ("本案尚未作出行政处罚决定", "No penalty decision has been made in this case")
UNCONFIGURED = (
    "配置未设定参数 {param}，无法判断",
    "The profile does not configure {param}; this cannot be decided",
)
NO_CALENDAR = (
    "期限跨入未载入节假日安排的 {year} 年，无法计算（可载入该年日历）",
    "The period reaches {year}, whose holiday notice is not loaded; load that year's calendar",
)
OLD_LAW = (
    "该决定作出于2021年7月15日修订后的行政处罚法施行之前，本规则不适用",
    "Decided before the 2021 Administrative Penalty Law took effect (2021-07-15); this rule does not apply",
)


def is_summary(view: CaseView) -> bool:
    return view.case.procedure is Procedure.SUMMARY


def penalty_decisions(view: CaseView, ctx: RuleContext) -> Iterator[Decision | Finding]:
    """Decisions that impose a penalty, in time order; for one made before the rule's law took
    effect, a ``not_applicable`` finding instead."""
    for d in view.of(Decision):
        if d.outcome is not DecisionOutcome.PENALTY:
            continue
        if d.on < ctx.rule.valid_from:
            yield ctx.not_applicable(OLD_LAW, act=d)
            continue
        yield d


def each_penalty_decision(
    view: CaseView, ctx: RuleContext, check: Callable[[Decision], Iterable[Finding]]
) -> Iterator[Finding]:
    """``check``'s findings for every penalty decision in time order; a decision made before the rule's
    law took effect is ``not_applicable``, and so is a case without a penalty decision."""
    seen = False
    for d in penalty_decisions(view, ctx):
        seen = True
        if isinstance(d, Finding):
            yield d
        else:
            yield from check(d)
    if not seen:
        yield ctx.not_applicable(NO_DECISION)


def notices_for(view: CaseView, decision: Decision) -> list[PenaltyNotice]:
    """The notices that can stand for ``decision``: the one it links to, or every notice dated on or
    before it (latest last)."""
    if decision.notice_id is not None:
        linked = view.get(decision.notice_id)
        return [linked] if isinstance(linked, PenaltyNotice) else []
    return [n for n in view.of(PenaltyNotice) if n.on <= decision.on]


def served_notice(
    view: CaseView, decision: Decision, *, same_day: bool = False
) -> tuple[PenaltyNotice, Service] | None:
    """The latest written notice served before ``decision``, with its service. With ``same_day``, a
    service on the decision's day whose order is unknown (no times) counts too."""
    found: tuple[PenaltyNotice, Service] | None = None
    for notice in notices_for(view, decision):
        if notice.manner is not Manner.WRITTEN:
            continue
        for service in view.services_of(notice.id):
            order = view.before(service, decision)
            if (order or (same_day and order is None)) and (found is None or found[1].on <= service.on):
                found = (notice, service)
    return found


def eligibility_of(view: CaseView, ctx: RuleContext, notice: PenaltyNotice) -> Eligibility:
    """Whether the penalty a notice proposes is hearing-eligible, by the law in force on the notice
    date (SPEC §4 HEAR-001)."""
    return hearing_eligibility(
        notice.proposed_penalties or (), view.parties_of(notice), on=notice.on,
        read=lambda name: ctx.param(name, on=notice.on), other_heavier=notice.other_heavier_penalty,
        detention_executable=notice.detention_executable,
    )


def waiver_of(view: CaseView, notice: PenaltyNotice, before: Decision | None,
              rights: frozenset[WaivedRight]) -> Waiver | None:
    """An express waiver of ``rights`` after the notice (and before ``before``): written, or oral and
    recorded (CPL 62 "明确放弃")."""
    for w in view.of(Waiver):
        if w.notice_id not in (None, notice.id) or w.on < notice.on or not rights <= set(w.rights):
            continue
        if before is not None and view.before(before, w) is True:
            continue
        if w.manner is Manner.WRITTEN or w.recorded or view.records_for(w.id):
            return w
    return None
