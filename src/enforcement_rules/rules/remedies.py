"""NOTICE-007 — the decision states the remedies: review body, review and litigation periods.

SPEC §4 (the NOTICE family); the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from enforcement_rules.engine import CaseView
from enforcement_rules.law import ALITL, ARL, CPL, Citation
from enforcement_rules.models.actions import (
    Decision,
    ReviewBody,
)
from enforcement_rules.models.case import AgencyLevel
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    each_penalty_decision,
    is_summary,
)

__all__ = ["remedies_stated"]

# -- NOTICE-007 ------------------------------------------------------------------------------------------

_ARL_IN_FORCE = date(2024, 1, 1)
#: ARL 24, 27: the review body for each kind of acting body, from 2024-01-01.
_BODY: dict[AgencyLevel, tuple[ReviewBody, Citation]] = {
    AgencyLevel.COUNTY_DEPARTMENT: (ReviewBody.SAME_LEVEL_GOVERNMENT, ARL.art(24, 1, 1)),
    AgencyLevel.CITY_DEPARTMENT: (ReviewBody.SAME_LEVEL_GOVERNMENT, ARL.art(24, 1, 1)),
    AgencyLevel.PROVINCIAL_DEPARTMENT: (ReviewBody.SAME_LEVEL_GOVERNMENT, ARL.art(24, 1, 1)),
    AgencyLevel.COUNTY_DISPATCHED: (ReviewBody.SAME_LEVEL_GOVERNMENT, ARL.art(24, 4)),
    AgencyLevel.TOWNSHIP: (ReviewBody.SUPERIOR_GOVERNMENT, ARL.art(24, 1, 2)),
    AgencyLevel.VERTICAL: (ReviewBody.SUPERIOR_DEPARTMENT, ARL.art(27)),
}


@rule(
    "NOTICE-007",
    family="notice",
    title="决定书正确载明申请行政复议、提起行政诉讼的途径和期限",
    title_en="Remedies stated right",
    cites=[CPL.art(59, item=5), ARL.art(20, 1), ARL.art(20, 3), ARL.art(23, 1, 1), ARL.art(23, 2), ARL.art(24),
           ARL.art(27), ALITL.art(46, 1)],
    example=("2025年作出的当场处罚决定书写着“可在六十日内申请行政复议或者六个月内提起行政诉讼”，"
             "但对当场处罚决定应当先申请行政复议。",
             "A 2025 on-the-spot decision offers 'review within 60 days or suit within 6 months', but a summary "
             "decision must go to review first."),
    derived=("复议机关按作出机关的层级判断（县级部门、其派出机构→本级人民政府；乡镇→县级人民政府；垂直领导机关→上一级主管部门）。"
             "2024年1月1日前的决定不检查复议期限和复议机关（旧行政复议法的原文未收录）。",
             "The review body follows the acting body's level (county department or its dispatched office → the "
             "county government; township → the county government; vertical systems → the superior department). "
             "Before 2024-01-01 the review period and body are not checked (the old law's text is not in the "
             "library)."),
    severity=Severity.ERROR,
    review_items=("F4",),
)
def remedies_stated(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The decision states review within 60 days to the right review body and litigation within 6 months;
    a summary decision from 2024-01-01 tells the party to apply for review first and offers no direct suit."""
    def one(d: Decision) -> Iterator[Finding]:
        r = d.remedies
        if r is None:
            yield ctx.indeterminate(("决定 {subject} 未记录所告知的救济途径和期限",
                                     "Decision {subject} does not record the remedies it states"),
                                    act=d, field="remedies", missing=("remedies",))
            return
        found = list(_remedy_problems(view, ctx, d))
        for key, text, cites, missing in found:
            if missing:
                yield ctx.indeterminate(text, act=d, field="remedies", discriminator=key, citations=cites,
                                        missing=missing)
            else:
                yield ctx.violated(text, act=d, field="remedies", discriminator=key, citations=cites,
                                   facts={"stated": r.model_dump(exclude_none=True)})
        if not found:
            yield ctx.satisfied(("救济途径和期限告知正确", "Remedies stated right"), act=d,
                                citations=(CPL.art(59, item=5), ARL.art(20, 1), ALITL.art(46, 1)))

    yield from each_penalty_decision(view, ctx, one)


Problem = tuple[str, tuple[str, str], tuple[Citation, ...], tuple[str, ...]]


def _remedy_problems(view: CaseView, ctx: RuleContext, d: Decision) -> Iterator[Problem]:
    r = d.remedies
    assert r is not None
    new_law = d.on >= _ARL_IN_FORCE
    review_first = is_summary(view) and new_law  # ARL 23①(一), 23②
    if review_first:
        if r.review_first_stated is None:
            yield ("review_first", ("未记录是否告知先申请行政复议", "Not recorded whether review-first was told"),
                   (ARL.art(23, 2),), ("remedies.review_first_stated",))
        elif not r.review_first_stated:
            yield ("review_first", ("当场处罚决定未告知当事人先申请行政复议",
                                    "The summary decision does not tell the party to apply for review first"),
                   (ARL.art(23, 1, 1), ARL.art(23, 2)), ())
        if r.litigation_offered:
            yield ("litigation_offered", ("当场处罚决定告知可以直接提起行政诉讼，应当先申请行政复议",
                                          "The summary decision offers a direct suit; review must come first"),
                   (ARL.art(23, 1, 1), ARL.art(23, 2)), ())
    if new_law:
        if r.review_days is None:
            yield ("review_days", ("未记录告知的复议期限", "The review period stated is not recorded"),
                   (ARL.art(20, 1),), ("remedies.review_days",))
        elif r.review_days != 60:
            yield ("review_days", ("告知的复议期限为 {stated} 日，应为六十日",
                                   "The review period stated is not 60 days"), (ARL.art(20, 1), ARL.art(20, 3)), ())
        yield from _body_problem(view, r.review_body_level)
    if not review_first and r.litigation_offered is not False:
        if r.litigation_months is None:
            yield ("litigation_months", ("未记录告知的起诉期限", "The litigation period stated is not recorded"),
                   (ALITL.art(46, 1),), ("remedies.litigation_months",))
        elif r.litigation_months != 6:
            yield ("litigation_months", ("告知的起诉期限不是六个月", "The litigation period stated is not 6 months"),
                   (ALITL.art(46, 1),), ())


def _body_problem(view: CaseView, stated: ReviewBody | None) -> Iterator[Problem]:
    agency = view.case.agency
    level = agency.level if agency is not None else None
    if level is None or level not in _BODY:
        yield ("review_body", ("未记录作出机关的层级，无法判断复议机关", "The agency's level is unknown"),
               (ARL.art(24),), ("agency.level",))
        return
    expected, cite = _BODY[level]
    if stated is None:
        yield ("review_body", ("未记录告知的复议机关", "The review body stated is not recorded"), (cite,),
               ("remedies.review_body_level",))
    elif stated is not expected:
        yield ("review_body", ("告知的复议机关不正确", "The review body stated is wrong"), (cite, ARL.art(20, 3)), ())
