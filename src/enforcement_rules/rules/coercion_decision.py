"""COERCE-003 — the sealing, seizure or freezing decision and the list (查封、扣押、冻结决定书和清单).

SPEC §4 COERCE; see rules/coercion.py for COERCE-001 and 002.
"""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import ACL, PSAPL, SAMR_P, Citation
from enforcement_rules.models.actions import CoerciveMeasure, MeasureElement, MeasureKind, ServiceMethod
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.coercion import ACL_IN_FORCE, NO_MEASURE, measures
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED

__all__ = ["measure_decision"]

E = MeasureElement
#: The items of ACL 24② (sealing, seizure) and ACL 31 (freezing) that state each element.
_ITEM = {E.PARTY_NAME: 1, E.PARTY_ADDRESS: 1, E.REASONS: 2, E.BASIS: 2, E.DURATION: 2, E.ITEMS: 3,
         E.ACCOUNT_AMOUNT: 3, E.REMEDIES: 4, E.AGENCY_NAME: 5, E.SEAL: 5, E.DATE: 5}
_SEAL_SEIZE = tuple(e for e in E if e is not E.ACCOUNT_AMOUNT)
_FREEZE = tuple(e for e in E if e is not E.ITEMS)
_ON_THE_SPOT = (ServiceMethod.ON_THE_SPOT, ServiceMethod.DIRECT)
_KINDS = (MeasureKind.SEAL, MeasureKind.SEIZE, MeasureKind.FREEZE)


@rule(
    "COERCE-003",
    family="coercion",
    title="制作并当场交付查封、扣押决定书和清单，决定书载明法定事项；冻结决定书三日内交付",
    title_en="Decision and list",
    cites=[ACL.art(24, 1), ACL.art(24, 2), ACL.art(31), ACL.art(69), SAMR_P.art(37), PSAPL.art(105, 2)],
    example=("扣押当日未交付扣押决定书，三天后才邮寄送达；决定书也没有写明扣押期限。",
             "The seizure decision was not handed over on the day of the seizure but posted three days later, "
             "and it does not state the duration."),
    derived=("“当场交付”：在实施当日当面交付（当场或者直接送达）。冻结决定书的“三日”为工作日（ACL 69），"
             "SPEC 将 ACL 31 列在 COERCE-004 之下，此处随决定书一并检查。",
             "'Handed over on the spot': in person on the day of the measure (on the spot or direct service). "
             "Freezing's 'three days' are working days (ACL 69); SPEC lists ACL 31 under COERCE-004, it is "
             "checked here with the other decision documents."),
    severity=Severity.ERROR,
    review_items=("B6",),
    kinds=("penalty", "coercive_measure"),
    valid_from=ACL_IN_FORCE,
)
def measure_decision(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A sealing or seizure decision and its list are made and handed over on the spot, the decision
    stating the ACL 24 particulars; a freezing decision stating the ACL 31 particulars reaches the party
    within three working days."""
    found = [m for m in measures(view, ctx) if m.measure in _KINDS]
    for m in found:
        if m.measure is MeasureKind.FREEZE:
            yield _freeze_delivered(view, ctx, m)
            yield _contents(ctx, m, _FREEZE, 31, None)
            continue
        yield _handed_over(view, ctx, m)
        cites = _spot_cites(ctx, m)
        where = {"act": m, "discriminator": "list", "field": "list_delivered", "citations": cites}
        if m.list_delivered is None:  # ACL 24①: 制作并当场交付…清单
            yield ctx.indeterminate(("未记录是否当场交付清单", "Not recorded whether the list was handed over"),
                                    missing=("list_delivered",), **where)
        elif m.list_delivered:
            yield ctx.satisfied(("已当场交付清单", "List handed over on the spot"), **where)
        else:
            yield ctx.violated(("{subject} 未当场交付查封、扣押清单", "No list of {subject} handed over on the spot"),
                               **where)
        yield _contents(ctx, m, _SEAL_SEIZE, 24, 2)
    if not found:
        yield ctx.not_applicable(("本案没有查封、扣押或者冻结", "No sealing, seizure or freezing in this case")
                                 if view.of(CoerciveMeasure) else NO_MEASURE)


def _spot_cites(ctx: RuleContext, m: CoerciveMeasure) -> tuple[Citation, ...]:
    cites: tuple[Citation, ...] = (ACL.art(24, 1),)
    if ctx.sector == "samr":
        cites += (SAMR_P.art(37),)
    if ctx.sector == "police" and m.measure is MeasureKind.SEIZE:
        cites += (PSAPL.art(105, 2),)
    return cites


def _handed_over(view: CaseView, ctx: RuleContext, m: CoerciveMeasure) -> Finding:
    services = view.services_of(m.id)
    where = {"act": m, "discriminator": "delivered", "citations": _spot_cites(ctx, m),
             "related": [s.id for s in services]}
    if any(s.on == m.on and s.method in _ON_THE_SPOT for s in services):
        return ctx.satisfied(("决定书已当场交付", "The decision was handed over on the spot"), **where)
    if any(s.on == m.on and s.method is None for s in services):
        return ctx.indeterminate(("未记录决定书的送达方式", "How the decision was delivered is not recorded"),
                                 missing=("method",), **where)
    return ctx.violated(("{subject} 的决定书未在实施时当场交付", "The decision on {subject} was not handed over on "
                         "the spot"), **where)


def _freeze_delivered(view: CaseView, ctx: RuleContext, m: CoerciveMeasure) -> Finding:
    p = ctx.param("coercion.freeze_decision_within", on=m.on)
    where = {"act": m, "discriminator": "delivered", "citations": p.cites or (ACL.art(31),)}
    if not p.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(p.name,), facts={"param": p.name}, **where)
    services = view.services_of(m.id)
    facts: dict[str, object] = {"period": p.value.zh if ctx.lang == "zh" else str(p.value)}
    try:  # ACL 31: 三日内向当事人交付冻结决定书 (working days, ACL 69)
        if services:
            facts["served_on"] = services[0].on
            ok = ctx.calendar.within(m.on, p.value, services[0].on)
        else:
            facts["last_day"] = last = ctx.calendar.end_of(m.on, p.value)
            if ctx.as_of <= last:
                return ctx.pending(("冻结决定书应于 {last_day} 前交付当事人", "The freezing decision is due to the "
                                    "party by {last_day}"), due_on=last, facts=facts, **where)
            ok = False
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",),
                                 facts={**facts, "year": exc.needed_year}, **where)
    if ok:
        return ctx.satisfied(("冻结决定书已在 {period} 内交付", "Freezing decision delivered within {period}"),
                             related=(services[0].id,), facts=facts, **where)
    return ctx.violated(("冻结决定书未在 {period} 内交付当事人", "The freezing decision did not reach the party "
                         "within {period}"), related=[s.id for s in services], facts=facts, **where)


def _contents(ctx: RuleContext, m: CoerciveMeasure, required: tuple[MeasureElement, ...], article: int,
              paragraph: int | None) -> Finding:
    where = {"act": m, "discriminator": "contents", "field": "states",
             "citations": (ACL.art(article, paragraph),)}
    if m.states is None:
        return ctx.indeterminate(("未记录决定书载明的事项", "What the decision states is not recorded"),
                                 missing=("states",), **where)
    missing = [e for e in required if e not in m.states]
    if missing:
        cites = tuple(dict.fromkeys(ACL.art(article, paragraph, _ITEM[e]) for e in missing))
        return ctx.violated(("{subject} 的决定书未载明：{missing}", "The decision on {subject} does not state: "
                             "{missing}"), facts={"missing": missing}, **{**where, "citations": cites})
    return ctx.satisfied(("决定书载明了法定事项", "The decision states every required particular"), **where)
