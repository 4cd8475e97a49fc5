"""PUBLISH-005, 006 — what may not be published, and for how long a published decision stays up.

SPEC §4 (the PUBLISH family); the verbatim articles are in docs/rules.md and docs/publication.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from enforcement_rules.engine import CaseView
from enforcement_rules.law import MEE_P, PSAPL, SAMR_G, Citation
from enforcement_rules.models.actions import Decision, Publication, PublicationWithdrawal
from enforcement_rules.models.penalties import PenaltyKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import UNCONFIGURED
from enforcement_rules.rules.publication import NO_PUBLICATION, warning_only

__all__ = ["not_to_be_published", "publication_period"]

# -- PUBLISH-005 -----------------------------------------------------------------------------------------


@rule(
    "PUBLISH-005",
    family="publication",
    title="依法不得公开的决定未予公开",
    title_en="Not to be published",
    cites=[PSAPL.art(136), SAMR_G.art(2, 2), SAMR_G.art(5), MEE_P.art(63)],
    example=("2026年3月作出的治安管理处罚决定被公开在公安机关网站上，但违反治安管理的记录应当封存。",
             "A public-security decision of March 2026 was published on the police website, but such records "
             "are sealed."),
    derived=("以公开之日适用的规定判断。市场监管部门公示依法不予公开的信息，按 SAMR-G 5 报警示。",
             "Judged by the rules in force on the publication day. A SAMR publication of information that is not "
             "to be published is a warning under SAMR-G 5."),
    severity=Severity.ERROR,
    review_items=("H1",),
)
def not_to_be_published(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Nothing is published that must not be: 治安 records from 2026-01-01 are sealed (PSAPL 136, an error);
    samr does not publish warning-only decisions (SAMR-G 2②) nor secret or dangerous information (SAMR-G
    5); mee does not publish MEE-P 63 decisions (warnings)."""
    pubs = view.of(Publication)
    if not pubs:
        yield ctx.not_applicable(NO_PUBLICATION)
        return
    for p in pubs:
        d = view.get(p.decision_id)
        scope = ctx.param("publication.scope", on=p.on)
        if not scope.configured:
            yield ctx.indeterminate(UNCONFIGURED, act=p, missing=(scope.name,), facts={"param": scope.name})
        elif scope.value == "never":  # PSAPL 136: sealed, "不得向任何单位和个人提供或者公开"
            yield ctx.violated(("违反治安管理的记录应当封存，不得公开", "Public-security records are sealed and may "
                                "not be published"), act=p, related=(d.id,), citations=scope.cites)
        elif scope.value == "ordinary_except_warning" and warning_only(d):  # SAMR-G 2②
            yield ctx.violated(("仅受到警告行政处罚的不予公示", "A warning-only decision is not published"), act=p,
                               related=(d.id,), citations=(SAMR_G.art(2, 2),), severity=Severity.WARNING)
        elif d.publication_exempt and ctx.sector in ("samr", "mee"):  # SAMR-G 5; MEE-P 63
            cite = SAMR_G.art(5) if ctx.sector == "samr" else MEE_P.art(63)
            yield ctx.violated(("该决定依法不予公开", "This decision is not to be published"), act=p,
                               related=(d.id,), citations=(cite,), severity=Severity.WARNING)
        else:
            yield ctx.satisfied(("该决定可以公开", "The decision may be published"), act=p, related=(d.id,),
                                citations=scope.cites)


# -- PUBLISH-006 -----------------------------------------------------------------------------------------

_RESTRICTIONS = frozenset({PenaltyKind.RESTRICT_BUSINESS, PenaltyKind.RESTRICT_EMPLOYMENT})
_SHORT_KINDS = frozenset({PenaltyKind.PUBLIC_CRITICISM, PenaltyKind.FINE})


@rule(
    "PUBLISH-006",
    family="publication",
    title="公示期届满停止公示",
    title_en="Publication period",
    cites=[SAMR_G.art(13, 1), SAMR_G.art(13, 2), SAMR_G.art(13, 3)],
    example=("仅处以三千元罚款的决定（上海“较低数额罚款”）自公示之日起已满三个月，仍在公示系统中公示。",
             "A 3,000-yuan fine (a Shanghai 'lower fine') is still published more than three months after its "
             "publication began."),
    derived=("警告不影响公示期；“届满…停止公示”读作最迟在期间最后一日的次日停止；超过三年的限制期限自公示之日起算；撤回视为停止。",
             "A warning does not change the period; the publication stops at the latest on the day after the "
             "period's last day; a restriction longer than three years runs from the publication day; a "
             "withdrawal ends the publication."),
    severity=Severity.WARNING,
    review_items=("H1",),
    sectors=("samr",),
)
def publication_period(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A published decision stops being published 3 months after it began when the party received only
    public criticism or a province's lower fine, otherwise after 3 years, or after a longer restriction
    period (SAMR-G 13)."""
    pubs = view.of(Publication)
    if not pubs:
        yield ctx.not_applicable(NO_PUBLICATION)
        return
    for p in pubs:
        d = view.get(p.decision_id)
        found = _last_day(view, ctx, p, d)
        if isinstance(found, Finding):
            yield found
            continue
        last, cites = found
        stop_by = last + timedelta(days=1)  # "届满…停止公示": the period's last day is still published
        ended = p.ended_on or next((w.on for w in view.of(PublicationWithdrawal) if w.publication_id == p.id), None)
        facts = {"last_day": last, "stop_by": stop_by}
        where = {"act": p, "related": (d.id,), "citations": cites, "facts": facts}
        if ended is None and ctx.as_of <= stop_by:
            yield ctx.pending(("公示期至 {last_day}，应于 {stop_by} 前停止公示", "Published until {last_day}; to stop "
                               "by {stop_by}"), due_on=stop_by, **where)
        elif ended is None or ended > stop_by:
            facts["ended"] = ended or ctx.as_of
            yield ctx.violated(("公示期已于 {last_day} 届满，至 {ended} 仍在公示", "The period ended on {last_day}; "
                                "still published on {ended}"), **where)
        else:
            facts["ended"] = ended
            yield ctx.satisfied(("于 {ended} 停止公示，未超过公示期（至 {last_day}）", "Stopped on {ended}, within "
                                 "the period (to {last_day})"), **where)


def _last_day(view: CaseView, ctx: RuleContext, p: Publication,
              d: Decision) -> tuple[date, tuple[Citation, ...]] | Finding:
    """The last day of the publication period, with its citations; or a finding saying why it is unknown."""
    kinds = {pen.kind for pen in d.penalties} - {PenaltyKind.WARNING}  # a warning alone is not published
    if not kinds:
        return ctx.not_applicable(("仅受到警告的不予公示（见 PUBLISH-005）", "Warning-only: not published"), act=p)
    long = ctx.param("publication.duration.long", on=p.on)
    if not long.configured:
        return ctx.indeterminate(UNCONFIGURED, act=p, missing=(long.name,), facts={"param": long.name})
    last = ctx.calendar.end_of(p.on, long.value)
    restricted = [pen for pen in d.penalties if pen.kind in _RESTRICTIONS]
    if restricted:  # SAMR-G 13③: a restriction longer than three years sets the period
        if any(pen.duration_days is None for pen in restricted):
            return ctx.indeterminate(("未记录限制的期限", "The restriction's length is not recorded"), act=p,
                                     missing=("penalties.duration_days",), citations=(SAMR_G.art(13, 3),))
        longest = p.on + timedelta(days=max(pen.duration_days or 0 for pen in restricted))
        if longest > last:
            return longest, (SAMR_G.art(13, 3),)
        return last, long.cites
    if kinds <= _SHORT_KINDS:  # SAMR-G 13①: 仅受到通报批评或者较低数额罚款
        low = _all_fines_low(view, ctx, p, d)
        if isinstance(low, Finding):
            return low
        if low:
            short = ctx.param("publication.duration.short", on=p.on)
            if not short.configured:
                return ctx.indeterminate(UNCONFIGURED, act=p, missing=(short.name,), facts={"param": short.name})
            return ctx.calendar.end_of(p.on, short.value), short.cites
    return last, long.cites


def _all_fines_low(view: CaseView, ctx: RuleContext, p: Publication, d: Decision) -> bool | Finding:
    """Whether every fine of ``d`` is a lower fine (SAMR-G 13②, set by the province) for its parties."""
    for pen in d.penalties:
        if pen.kind is not PenaltyKind.FINE:
            continue
        for party in view.parties_of(d):
            name = ("publication.low_fine.organization" if party.kind.is_organization
                    else "publication.low_fine.natural_person")
            limit = ctx.param(name, on=p.on)
            if not limit.configured:
                return ctx.indeterminate(UNCONFIGURED, act=p, missing=(name,), facts={"param": name})
            if pen.amount is None:
                return ctx.indeterminate(("未记录罚款数额", "The fine's amount is not recorded"), act=p,
                                         missing=("penalties.amount",))
            if not limit.value.admits(pen.amount):
                return False
    return True

