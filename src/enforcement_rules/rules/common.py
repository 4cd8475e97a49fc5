"""Questions several rule families ask of a case, answered from the view's index."""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.engine import CaseView
from enforcement_rules.models.actions import Decision, DecisionOutcome, Manner, PenaltyNotice, Service
from enforcement_rules.models.case import Procedure
from enforcement_rules.report import Finding
from enforcement_rules.rule import RuleContext

__all__ = [
    "OLD_LAW",
    "is_summary",
    "notices_for",
    "penalty_decisions",
    "served_notice",
]

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
