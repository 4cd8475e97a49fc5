"""PROC-003, PROC-004 — no second fine for the same act; minors (一事不二罚、未成年人).

SPEC §4 PROC; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from enforcement_rules.eligibility import age_on
from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSAPL_2012
from enforcement_rules.models.actions import ChangeKind, Decision, DecisionChange
from enforcement_rules.models.penalties import PenaltyKind
from enforcement_rules.models.people import Party, PartyKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import UNCONFIGURED, each_penalty_decision, penalty_decisions

__all__ = ["minors", "no_second_fine"]

#: A decision changed, revoked or confirmed void no longer stands (derived: its fine is replaced or gone).
_GONE = frozenset({ChangeKind.CHANGED, ChangeKind.REVOKED, ChangeKind.CONFIRMED_VOID})
_TWICE, _TWICE_MEE = (CPL.art(29),), (CPL.art(29), MEE_P.art(7, 1))


@rule(
    "PROC-003",
    family="procedure",
    title="对当事人的同一个违法行为，不得给予两次以上罚款",
    title_en="No second fine for the same act",
    cites=[CPL.art(29), MEE_P.art(7, 1)],
    example=("同一超范围经营行为，区市场监管局已罚款二万元，县市场监管局又作出罚款三万元的决定。",
             "The district regulator had already fined the party 20,000 yuan for the same act; the county "
             "regulator fined it 30,000 yuan again."),
    derived=("本案中的各个处罚决定，以及调用方提供的其他机关就同一行为作出的决定，视为针对同一个违法行为；"
             "已变更、撤销或者确认无效的决定不计；同一天的两个罚款决定也属重复。",
             "The decisions in this file, and those the caller supplies as concerning the same act, are taken "
             "to be on one act; a decision changed, revoked or confirmed void no longer counts; two fines on "
             "the same day are a repeat."),
    severity=Severity.ERROR,
    review_items=("C5",),
)
def no_second_fine(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A party is fined at most once for one act: a fine in this file after (or on the day of) another
    standing fine on the same party — in this file or in a related decision the caller supplied — is a
    second fine."""
    gone = {c.decision_id for c in view.of(DecisionChange) if c.change in _GONE}
    fines = [d for d in penalty_decisions(view, ctx) if isinstance(d, Finding) or _fines(d.penalties)]
    if not fines:
        yield ctx.not_applicable(("本案没有罚款决定", "No fine was imposed in this case"))
        return
    earlier: list[tuple[date | None, str, frozenset[str]]] = [
        (r.decided_on, r.id, frozenset(r.party_ids) or _all(view))
        for r in view.case.related_decisions if not r.revoked and _fines(r.penalties)]
    cites = _TWICE_MEE if ctx.sector == "mee" else _TWICE
    for d in fines:
        if isinstance(d, Finding):
            yield d
            continue
        parties = frozenset(p.id for p in view.parties_of(d))
        if d.id in gone:
            yield ctx.not_applicable(("该决定已被变更、撤销或者确认无效", "The decision no longer stands"), act=d)
            continue
        unknown = [i for on, i, who in earlier if on is None and who & parties]
        before = [i for on, i, who in earlier if on is not None and on <= d.on and who & parties]
        if before:  # CPL 29; MEE-P 7①: 不得给予两次以上罚款的行政处罚
            yield ctx.violated(("决定 {subject} 对同一违法行为再次罚款（已有 {others}）",
                                "Decision {subject} fines the party again for the same act (already: {others})"),
                               act=d, field="penalties", related=before, facts={"others": before}, citations=cites)
        elif unknown:
            yield ctx.indeterminate(("相关决定 {others} 未记录作出日期，无法判断先后", "Related decisions {others} "
                                     "have no date"), act=d, related=unknown, facts={"others": unknown},
                                    missing=("related_decisions.decided_on",), citations=cites)
        else:
            yield ctx.satisfied(("同一违法行为只罚款一次", "One fine for the act"), act=d, citations=cites)
        earlier.append((d.on, d.id, parties))


def _fines(penalties: tuple[object, ...]) -> bool:
    return any(getattr(p, "kind", None) is PenaltyKind.FINE for p in penalties)


def _all(view: CaseView) -> frozenset[str]:
    return frozenset(p.id for p in view.case.parties)


# -- PROC-004 --------------------------------------------------------------------------------------------


@rule(
    "PROC-004",
    family="procedure",
    title="不满十四周岁不予处罚；已满十四周岁不满十八周岁从轻或者减轻处罚",
    title_en="Minors",
    cites=[CPL.art(30), PSAPL.art(12), PSAPL_2012.art(12)],
    example=("当事人行为时13周岁（按身份证号码计算），仍被罚款二百元。",
             "The party was 13 at the time of the act (by the resident ID number) and was still fined 200 yuan."),
    derived=("年龄按行为时（连续或者继续状态的，行为终了时）计算，生日当天满周岁；2月29日出生的，平年2月28日满周岁"
             "（民法典第二百零二条）。14至17周岁未记录从轻或者减轻的，以“警示”提示。",
             "Age is taken at the act (for a continuing act, at its end); a year is reached on the birthday, and "
             "for someone born on 29 February on 28 February of a common year (CC 202). For 14 to 17, leniency "
             "not recorded is a warning."),
    severity=Severity.ERROR,
    review_items=("C3",),
)
def minors(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """No penalty is given to a person under 14 at the time of the act; a person of 14 to 17 gets a lighter
    or reduced penalty, and the decision records it; age from the birth date or the resident ID number."""
    people = [p for p in view.case.parties if p.kind is PartyKind.NATURAL_PERSON]
    if not people:
        yield ctx.not_applicable(("当事人不是自然人", "No party is a natural person"))
        return
    act_day = view.case.violation.end_on or view.case.violation.start_on

    def one(d: Decision) -> Iterator[Finding]:
        for party in view.parties_of(d):
            if party.kind is PartyKind.NATURAL_PERSON:
                yield _minor(ctx, d, party, act_day)

    yield from each_penalty_decision(view, ctx, one)


def _minor(ctx: RuleContext, d: Decision, party: Party, act_day: date | None) -> Finding:
    where = {"act": d, "discriminator": party.id, "related": (party.id,)}
    age = age_on(party, act_day) if act_day is not None else None
    if age is None:
        missing = "violation.start_on" if act_day is None else "party.birth_date"
        return ctx.indeterminate(("无法计算当事人行为时的年龄", "The party's age at the act cannot be worked out"),
                                 missing=(missing,), **where)
    floor = ctx.param("minor.no_penalty_under", on=act_day or d.on)
    lighter = ctx.param("minor.lighter_under", on=act_day or d.on)
    if not (floor.configured and lighter.configured):
        name = floor.name if not floor.configured else lighter.name
        return ctx.indeterminate(UNCONFIGURED, missing=(name,), facts={"param": name}, **where)
    facts = {"age": age, "floor": floor.value, "adult": lighter.value}
    if age < floor.value:  # CPL 30, PSAPL 12: 不满十四周岁的，不予（行政）处罚
        return ctx.violated(("当事人行为时 {age} 周岁，不满 {floor} 周岁，不应给予处罚", "The party was {age} at the "
                             "act, under {floor}: no penalty may be given"), facts=facts, citations=floor.cites,
                            **where)
    if age >= lighter.value:
        return ctx.satisfied(("当事人行为时已成年", "The party was an adult at the act"), facts=facts, **where)
    if d.lighter_or_reduced:  # CPL 30, PSAPL 12: 已满十四周岁不满十八周岁的，从轻或者减轻处罚
        return ctx.satisfied(("未成年人已从轻或者减轻处罚", "A lighter or reduced penalty for a minor"), facts=facts,
                             citations=lighter.cites, **where)
    if d.lighter_or_reduced is None:
        return ctx.violated(("当事人行为时 {age} 周岁，决定未记录从轻或者减轻处罚", "The party was {age}: the "
                             "decision does not record a lighter or reduced penalty"), severity=Severity.WARNING,
                            facts=facts, citations=lighter.cites, field="lighter_or_reduced", **where)
    return ctx.violated(("当事人行为时 {age} 周岁，未从轻或者减轻处罚", "The party was {age} and the penalty was not "
                         "lighter or reduced"), facts=facts, citations=lighter.cites, field="lighter_or_reduced",
                        **where)
