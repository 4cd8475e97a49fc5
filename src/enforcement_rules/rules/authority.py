"""AUTH-001 — the acting subject: own power, a power handed down to a township, or a written entrustment
(实施主体：法定职权、乡镇街道承接的处罚权、委托).

SPEC §4 AUTH-001; the verbatim articles are in docs/rules.md, the readings in docs/authority-and-review.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from enforcement_rules.engine import CaseView
from enforcement_rules.law import ACL, CPL, Citation
from enforcement_rules.models.actions import CoerciveMeasure, Decision
from enforcement_rules.models.case import Agency, AgencyLevel, Authority, AuthorityBasis, EntrustmentElement
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule

__all__ = ["acting_subject"]

_AUTHORITY_LOC = ("agency", "authority")
# Citations built once (DESIGN §9).
_CPL17, _CPL20_1, _CPL20_2, _CPL20_4 = (CPL.art(17),), (CPL.art(20, 1),), (CPL.art(20, 2),), (CPL.art(20, 4),)
_CPL24_1, _CPL24_2, _ACL17_1 = (CPL.art(24, 1),), (CPL.art(24, 2),), (ACL.art(17, 1),)


class _Check(NamedTuple):
    """One condition on the authority: met (True), broken (False) or not recorded (None)."""

    key: str
    ok: bool | None
    text: tuple[str, str]
    cites: tuple[Citation, ...]
    field: str
    facts: dict[str, Any] | None = None


def _in_scope(auth: Authority) -> bool | None:
    if auth.matters is None or auth.exercised is None:
        return None
    return auth.exercised in auth.matters


def _handed_down(agency: Agency, auth: Authority) -> list[_Check]:
    """CPL 24: a provincial decision, published, handing a county department's power to a township or
    sub-district, used within the set scope."""
    c24, c24b = _CPL24_1, _CPL24_2
    township = None if agency.level is None else agency.level is AgencyLevel.TOWNSHIP
    return [
        _Check("township", township, ("承接行政处罚权的应当是乡镇人民政府、街道办事处",
                                      "Only a township government or sub-district office takes over such a power"),
               c24, "level"),
        _Check("provincial", auth.provincial, ("交由乡镇、街道行使的决定不是由省、自治区、直辖市作出的",
                                               "The power was not handed down by a provincial decision"), c24,
               "provincial"),
        _Check("instrument", True if auth.instrument else None, ("", ""), c24, "instrument"),
        _Check("published", auth.published, ("省级决定未公布", "The provincial decision was not published"), c24,
               "published"),
        _Check("scope", _in_scope(auth), ("本案事项 {exercised} 不在交由乡镇、街道行使的范围内",
                                          "The matter {exercised} is outside the powers handed down"), c24b,
               "exercised", {"exercised": auth.exercised}),
    ]


def _entrusted(auth: Authority) -> list[_Check]:
    """CPL 20: a written entrustment stating matters, powers and term, published, used within its scope
    and not passed on."""
    states = None if auth.states is None else [e for e in EntrustmentElement if e not in auth.states]
    return [
        _Check("instrument", True if auth.instrument else None, ("", ""), _CPL20_1, "instrument"),
        _Check("states", None if states is None else not states,
               ("委托书未载明：{missing}", "The entrustment does not state: {missing}"), _CPL20_2, "states",
               {"missing": states}),
        _Check("published", auth.published, ("委托书未向社会公布", "The entrustment was not published"),
               _CPL20_2, "published"),
        _Check("scope", _in_scope(auth), ("本案事项 {exercised} 超出委托范围",
                                          "The matter {exercised} is outside the entrustment"), _CPL20_4,
               "exercised", {"exercised": auth.exercised}),
        _Check("re_entrusted", not auth.re_entrusted, ("受委托组织再委托其他组织或者个人实施行政处罚",
                                                       "The entrusted body passed the power on"),
               _CPL20_4, "re_entrusted"),
    ]


def _judge(ctx: RuleContext, checks: list[_Check]) -> Iterator[Finding]:
    """A violation per broken condition, one indeterminate naming what is not recorded, else satisfied."""
    for c in checks:
        if c.ok is False:
            loc = ("agency", c.field) if c.field == "level" else (*_AUTHORITY_LOC, c.field)
            yield ctx.violated(c.text, subject="agency", loc=loc, discriminator=c.key, citations=c.cites,
                               facts=c.facts)
    unknown = [c for c in checks if c.ok is None]
    if unknown:
        fields = [f"agency.{c.field}" if c.field == "level" else f"agency.authority.{c.field}" for c in unknown]
        yield ctx.indeterminate(("主体资格的以下事实未记录：{fields}", "Not recorded about the authority: {fields}"),
                                subject="agency", loc=_AUTHORITY_LOC, discriminator="unknown", missing=fields,
                                facts={"fields": fields}, citations=tuple(dict.fromkeys(x for c in unknown
                                                                                        for x in c.cites)))
    elif not any(c.ok is False for c in checks):
        yield ctx.satisfied(("实施主体的依据完备", "The acting body's authority is in order"), subject="agency",
                            loc=_AUTHORITY_LOC, citations=tuple(dict.fromkeys(x for c in checks for x in c.cites)))


@rule(
    "AUTH-001",
    family="authority",
    title="实施主体合法",
    title_en="Lawful acting subject",
    cites=[CPL.art(17), CPL.art(20, 1), CPL.art(20, 2), CPL.art(20, 4), CPL.art(24, 1), CPL.art(24, 2),
           ACL.art(17, 1)],
    example=("某镇人民政府受县农业农村局委托执法，却以镇政府自己的名义作出了罚款决定。",
             "A township government acting under the county agriculture bureau's entrustment fined the party "
             "in its own name."),
    derived=("委托书的期限从 valid_from 起算、至 valid_until 止（含当日）；未记录起始日的，无法判断决定时是否有效。",
             "The instrument is in force from valid_from to valid_until inclusive; without valid_from it cannot "
             "be told whether it was in force on the decision's day."),
    severity=Severity.ERROR,
    review_items=("A1", "A2"),
    kinds=("penalty", "coercive_measure"),
)
def acting_subject(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The acting body holds the power: its own (CPL 17); handed down to a township by a published
    provincial decision and used within its scope (CPL 24); or a published written entrustment stating
    matters, powers and term, in force, used in the entrusting agency's name and not passed on (CPL 20);
    coercive measures are never entrusted (ACL 17)."""
    agency = view.case.agency
    auth = agency.authority if agency is not None else None
    if agency is None or auth is None:
        yield ctx.indeterminate(("未记录实施主体的职权依据", "The acting body's authority is not recorded"),
                                subject="agency", loc=("agency",), missing=("agency.authority",))
        return
    if auth.basis is AuthorityBasis.OWN_POWER:  # CPL 17: 在法定职权范围内实施
        yield ctx.satisfied(("以法定职权实施", "Acting under its own statutory power"), subject="agency",
                            loc=_AUTHORITY_LOC, citations=_CPL17)
        return
    entrusted = auth.basis is AuthorityBasis.ENTRUSTED
    yield from _judge(ctx, _entrusted(auth) if entrusted else _handed_down(agency, auth))
    for d in (d for d in view.of(Decision) if d.on >= ctx.rule.valid_from):
        yield _in_force(ctx, auth, d)
        if entrusted:
            yield _in_name(ctx, d)
    if entrusted:
        for m in view.of(CoerciveMeasure):  # ACL 17①: 行政强制措施权不得委托
            yield ctx.violated(("受委托组织实施了行政强制措施 {subject}", "The entrusted body took coercive measure "
                                "{subject}"), act=m, discriminator="entrusted_coercion", citations=_ACL17_1)


def _in_force(ctx: RuleContext, auth: Authority, d: Decision) -> Finding:
    cites = _CPL20_2 if auth.basis is AuthorityBasis.ENTRUSTED else _CPL24_1
    facts = {"on": d.on, "valid_from": auth.valid_from, "valid_until": auth.valid_until}
    if auth.valid_from is None:
        return ctx.indeterminate(("未记录职权依据的生效日期，无法判断决定 {subject} 时是否有效",
                                  "The instrument's start date is not recorded: in force at decision {subject}?"),
                                 act=d, discriminator="in_force", citations=cites, facts=facts,
                                 missing=("agency.authority.valid_from",))
    if d.on < auth.valid_from or (auth.valid_until is not None and d.on > auth.valid_until):
        return ctx.violated(("决定 {subject}（{on}）不在职权依据的有效期内", "Decision {subject} ({on}) falls outside "
                             "the instrument's term"), act=d, discriminator="in_force", citations=cites, facts=facts)
    return ctx.satisfied(("决定时职权依据有效", "The instrument was in force on the decision's day"), act=d,
                         discriminator="in_force", citations=cites, facts=facts)


def _in_name(ctx: RuleContext, d: Decision) -> Finding:
    cites = _CPL20_4  # 以委托行政机关名义实施行政处罚
    if d.in_own_name is None:
        return ctx.indeterminate(("决定 {subject} 未记录以谁的名义作出", "Decision {subject} does not record in whose "
                                  "name it was made"), act=d, field="in_own_name", discriminator="name",
                                 missing=("in_own_name",), citations=cites)
    if d.in_own_name:
        return ctx.violated(("受委托组织以自己的名义作出决定 {subject}",
                             "The entrusted body made decision {subject} in its own name"),
                            act=d, field="in_own_name", discriminator="name", citations=cites)
    return ctx.satisfied(("以委托行政机关的名义作出决定", "Made in the entrusting agency's name"), act=d,
                         discriminator="name", citations=cites)
