"""NOTICE-004 and NOTICE-010 — statements reviewed, and rights told at the first evidence-taking.

SPEC §4 NOTICE-001 … NOTICE-010; the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSB_P, SAMR_P, Citation
from enforcement_rules.models.actions import (
    Decision,
    Inspection,
    Questioning,
    Sampling,
    Statement,
    StatementReview,
)
from enforcement_rules.models.actions.investigation import EvidenceAct, EvidencePreservation
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    UNCONFIGURED,
    each_penalty_decision,
    is_summary,
)

__all__ = ["first_evidence_rights", "statements_reviewed"]

_ORDINARY_ONLY = ("本规则适用于普通程序", "This rule applies to the ordinary procedure")


_REVIEW_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(45, 1),),
    "samr": (CPL.art(45, 1), SAMR_P.art(58), SAMR_P.art(62, item=3)),
    "mee": (CPL.art(45, 1), MEE_P.art(45, 1), MEE_P.art(56, item=3)),
    "police": (CPL.art(45, 1), PSAPL.art(112, 2), PSB_P.art(169, 1)),
}


@rule(
    "NOTICE-004",
    family="notice",
    title="充分听取并复核当事人的陈述、申辩",
    title_en="Statements heard and reviewed",
    cites=[CPL.art(45, 1), SAMR_P.art(58), SAMR_P.art(62, item=3), MEE_P.art(45, 1), MEE_P.art(56, item=3),
           PSAPL.art(112, 2), PSB_P.art(169, 1)],
    example=("当事人提交了书面申辩，案卷中却没有复核记录，决定书也未说明是否采纳。",
             "The party filed a written defence, but the file has no review of it and the decision does not "
             "say whether it was adopted."),
    severity=Severity.ERROR,
    review_items=("D3",),
)
def statements_reviewed(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Every statement or defence made before the decision is heard and its facts, reasons and evidence
    reviewed (复核) before the decision; in samr and mee the review records whether it was adopted
    (ordinary procedure; on-the-spot statements are NOTICE-001's record)."""
    if is_summary(view):
        yield ctx.not_applicable(_ORDINARY_ONLY)
        return
    cites = _REVIEW_CITES.get(ctx.sector, _REVIEW_CITES["national"])

    def one(d: Decision) -> Iterator[Finding]:
        statements = [s for s in view.of(Statement) if view.before(d, s) is not True]
        if not statements:
            yield ctx.not_applicable(("当事人未提出陈述、申辩", "The party made no statement or defence"), act=d)
            return
        reviews = [r for r in view.of(StatementReview) if view.before(d, r) is not True]
        for s in statements:
            covering = [r for r in reviews if s.id in r.statement_ids or (not r.statement_ids and r.on >= s.on)]
            where = {"act": s, "related": (d.id, *(r.id for r in covering)), "citations": cites}
            if not covering:
                yield ctx.violated(("陈述、申辩 {subject} 在决定 {decision} 之前未经复核",
                                    "Statement {subject} was not reviewed before decision {decision}"),
                                   facts={"decision": d.id}, **where)
            elif ctx.sector in ("samr", "mee") and all(r.adopted is None for r in covering):
                yield ctx.indeterminate(("复核未记录是否采纳", "The review does not record whether it was adopted"),
                                        missing=("adopted",), **where)
            else:
                yield ctx.satisfied(("陈述、申辩 {subject} 已复核", "Statement {subject} was reviewed"), **where)

    yield from each_penalty_decision(view, ctx, one)


@rule(
    "NOTICE-010",
    family="notice",
    title="首次取证时告知陈述、申辩、申请回避的权利；检测结果告知当事人",
    title_en="Rights told at the first evidence-taking",
    cites=[SAMR_P.art(21, 2), SAMR_P.art(32), MEE_P.art(25, item=3), MEE_P.art(28, 2), MEE_P.art(29, 3)],
    example=("首次对当事人现场检查时，笔录未记载告知其陈述、申辩及申请回避的权利；抽样检验结果也未告知当事人。",
             "The record of the first inspection of the party does not show the rights of statement, defence and "
             "recusal were told, and the test results were never told to the party."),
    severity=Severity.WARNING,
    review_items=("B4",),
    sectors=("samr", "mee"),
)
def first_evidence_rights(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The first time evidence is taken from the party it is told its rights of statement, defence and
    recusal; test or monitoring results are told to the party (ordinary procedure)."""
    if is_summary(view):
        yield ctx.not_applicable(_ORDINARY_ONLY)
        return
    acts = [a for a in view.in_time_order(Inspection, Questioning, Sampling, EvidencePreservation)
            if isinstance(a, EvidenceAct) and a.on >= ctx.rule.valid_from]
    if not acts:
        yield ctx.not_applicable(("尚未向当事人收集证据", "No evidence has been taken from the party"))
        return
    first = acts[0]
    required = ctx.param("evidence.rights_first_told", on=first.on)
    if required.status == "none_in_law":
        yield ctx.not_applicable(("本配置无首次取证告知要求", "This profile sets no such duty"), act=first)
    elif not required.configured:
        yield ctx.indeterminate(UNCONFIGURED, act=first, missing=(required.name,), facts={"param": required.name})
    elif first.rights_told is None:
        yield ctx.indeterminate(("首次取证 {subject} 未记录告知了哪些权利",
                                 "The first evidence-taking {subject} does not record which rights were told"),
                                act=first, field="rights_told", missing=("rights_told",), discriminator="rights",
                                citations=required.cites)
    else:
        missing = [r for r in ("statement", "defence", "recusal") if r in required.value
                   and r not in first.rights_told]
        if missing:
            yield ctx.violated(("首次取证 {subject} 未告知：{missing}", "First evidence-taking {subject} did not "
                                "tell the party of: {missing}"), act=first, field="rights_told",
                               discriminator="rights", citations=ctx.member_cites(required, missing),
                               facts={"missing": missing})
        else:
            yield ctx.satisfied(("首次取证已告知权利", "Rights told at the first evidence-taking"), act=first,
                                discriminator="rights", citations=required.cites)
    results_cites = (SAMR_P.art(32),) if ctx.sector == "samr" else (MEE_P.art(29, 3),)
    for s in view.of(Sampling):
        if s.results_on is None:
            continue
        if s.results_told is None:
            yield ctx.indeterminate(("未记录检测结果是否告知当事人", "Not recorded whether the results were told"),
                                    act=s, field="results_told", missing=("results_told",),
                                    discriminator="results", citations=results_cites)
        elif not s.results_told:
            yield ctx.violated(("抽样 {subject} 的检测结果未告知当事人", "The results of sampling {subject} were not "
                                "told to the party"), act=s, field="results_told", discriminator="results",
                               citations=results_cites)
        else:
            yield ctx.satisfied(("检测结果已告知当事人", "Results told to the party"), act=s,
                                discriminator="results", citations=results_cites)
