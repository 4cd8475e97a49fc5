"""PUBLISH-001, 002 — whether and when a decision is published, and its withdrawal after a change.

SPEC §4 (the PUBLISH family) and §3 (the publication rows); the verbatim articles are in docs/rules.md, the
family's page is docs/publication.md. What may not be published and for how long (PUBLISH-005, 006) is in
publication_period.py; the published text (PUBLISH-003, 004) in publication_text.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from enforcement_rules.calendar import Period
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CPL, GIR, MEE_P, PSAPL, SAMR_G, Citation
from enforcement_rules.models.actions import ActBase, Decision, DecisionChange, Publication, PublicationWithdrawal
from enforcement_rules.models.penalties import PenaltyKind
from enforcement_rules.report import Finding, Message, Outcome, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    NO_CALENDAR,
    UNCONFIGURED,
    each_penalty_decision,
    is_summary,
)

__all__ = [
    "NO_PUBLICATION",
    "publication_scope",
    "publications_of",
    "published_in_time",
    "timing",
    "warning_only",
    "withdrawn_after_change",
]

NO_PUBLICATION = ("本案没有公开行政处罚决定", "No decision of this case was published")


def publications_of(view: CaseView, decision_id: str) -> list[Publication]:
    """The publications of a decision, in time order."""
    return [p for p in view.of(Publication) if p.decision_id == decision_id]


def warning_only(d: Decision) -> bool:
    return bool(d.penalties) and all(p.kind is PenaltyKind.WARNING for p in d.penalties)


def publication_scope(view: CaseView, ctx: RuleContext, d: Decision, on: date) -> Message | None:
    """Why ``d`` need not (or may not) be published under the profile's scope on ``on``; None when it must
    be. Raises nothing: an unconfigured scope is reported as its own message."""
    scope = ctx.param("publication.scope", on=on)
    if not scope.configured:
        return UNCONFIGURED
    if scope.value == "never":  # PSAPL 136: 治安 records are sealed
        return ("违反治安管理的记录应当封存，不得公开", "Public-security records are sealed and not published")
    if scope.value == "social_impact" and not view.case.violation.social_impact:  # CPL 48①; GIR 20(六)
        return ("未认定具有一定社会影响，无须主动公开", "Not marked as having a certain social impact")
    if scope.value == "ordinary_except_warning":  # SAMR-G 2①②
        if is_summary(view):
            return ("简易程序作出的决定不予公示", "Summary decisions are not published")
        if warning_only(d):
            return ("仅受到警告的不予公示", "Warning-only decisions are not published")
    if d.publication_exempt:  # MEE-P 63 (SAMR-G 5 to the same effect)
        return ("依法不予公开的决定", "A decision that is not to be published (MEE-P 63)")
    return None


def timing(ctx: RuleContext, act: ActBase, start: date, period: Period, done: date | None, *,
           what: Message, related: tuple[str, ...], cites: tuple[Citation, ...], key: str | None,
           severity: Severity | None = None) -> Finding:
    """One deadline of ``period`` from ``start`` for ``act``: met by ``done``, open, or missed (SPEC §2)."""
    facts = {"what": what[0] if ctx.lang == "zh" else what[1], "start": start,
             "period": period.zh if ctx.lang == "zh" else str(period)}
    where = {"act": act, "related": related, "discriminator": key, "citations": cites}
    try:
        if done is not None:
            ok = ctx.calendar.within(start, period, done)
            facts["done"] = done
            if ok:
                return ctx.satisfied(("{what}于 {done} 完成，在期限（{period}）内", "{what} on {done}, in time"),
                                     facts=facts, **where)
            return ctx.violated(("{what}于 {done} 才完成，超过自 {start} 起 {period} 的期限",
                                 "{what} on {done}, after {period} from {start}"),
                                facts=facts, severity=severity, **where)
        last = ctx.calendar.end_of(start, period)
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",),
                                 facts={**facts, "year": exc.needed_year}, **where)
    facts["last_day"] = last
    if ctx.as_of <= last:
        return ctx.pending(("{what}应于 {last_day} 前完成", "{what} is due by {last_day}"), due_on=last,
                           facts=facts, **where)
    return ctx.violated(("{what}逾期未完成（期限至 {last_day}）", "{what} was not done by {last_day}"),
                        facts=facts, severity=severity, **where)


# -- PUBLISH-001 -----------------------------------------------------------------------------------------


@rule(
    "PUBLISH-001",
    family="publication",
    title="行政处罚决定依法按期公开",
    title_en="Decision published in time",
    cites=[CPL.art(48, 1), GIR.art(20, item=6), GIR.art(26), SAMR_G.art(2), SAMR_G.art(9), SAMR_G.art(10),
           MEE_P.art(61), MEE_P.art(63), MEE_P.art(65), PSAPL.art(136)],
    example=("市场监管部门2025年5月9日作出的罚款决定，直到6月20日才在国家企业信用信息公示系统公示，超过二十个工作日。",
             "A fine decided on 2025-05-09 was published on the credit system only on 2025-06-20, after 20 "
             "working days."),
    derived=("市场监管跨省案件以有无推送日期或当事人登记省份判断，只检查推送期限，不检查登记地部门的公示时间。"
             "指导意见（GB118）的七个工作日只在部门规章未另行规定时检查，违反为警示。治安案件的公开期限届满于2026年1月1日之后的，不再要求公开。",
             "A SAMR case is cross-province when a push date is recorded or the party's registered province differs; "
             "the push is checked, the receiving bureau's publication is not. The guiding opinion's 7 working days "
             "apply only where no department rule sets a period, as warnings. A 治安 decision whose deadline falls "
             "on or after 2026-01-01 need not be published."),
    severity=Severity.ERROR,
    review_items=("H1",),
)
def published_in_time(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A decision within the profile's publication scope is published within its period from the decision
    (GIR 26: 20 working days; SAMR-G 9: 20 working days, or pushed within 10 across provinces; MEE-P 65:
    7 working days); a guiding opinion's shorter period is checked as a warning."""
    def one(d: Decision) -> Iterator[Finding]:
        why_not = publication_scope(view, ctx, d, d.on)
        if why_not is UNCONFIGURED:
            yield ctx.indeterminate(UNCONFIGURED, act=d, missing=("publication.scope",),
                                    facts={"param": "publication.scope"})
        elif why_not is not None:
            yield ctx.not_applicable(why_not, act=d)
        else:
            yield from _deadlines(view, ctx, d)

    yield from each_penalty_decision(view, ctx, one)


def _deadlines(view: CaseView, ctx: RuleContext, d: Decision) -> Iterator[Finding]:
    pubs = publications_of(view, d.id)
    first = pubs[0] if pubs else None
    related = tuple(p.id for p in pubs)
    push = ctx.param("publication.cross_province_push", on=d.on)
    if push.configured and _cross_province(view, d, pubs):  # SAMR-G 10
        pushed = min((p.pushed_on for p in pubs if p.pushed_on is not None), default=None)
        yield timing(ctx, d, d.on, push.value, pushed, what=("跨省推送", "Cross-province push"), related=related,
                     cites=push.cites, key="push")
        return
    deadline = ctx.param("publication.deadline", on=d.on)
    if not deadline.configured:
        yield ctx.indeterminate(UNCONFIGURED, act=d, missing=(deadline.name,), facts={"param": deadline.name})
        return
    done = first.on if first is not None else None
    what = ("公开", "Publication")
    found = timing(ctx, d, d.on, deadline.value, done, what=what, related=related, cites=deadline.cites, key=None)
    if found.outcome is not Outcome.SATISFIED and _sealed_before_due(view, ctx, d, deadline.value):
        # PSAPL 136 from 2026-01-01: a duty that falls due after the sealing began is not enforced.
        yield ctx.not_applicable(("公开期限届满时该类记录已应封存", "Sealed before the deadline fell due"), act=d)
        return
    yield found
    guide = ctx.param("publication.deadline_guidance", on=d.on)
    if guide.configured and _shorter(ctx, d.on, guide.value, deadline.value):  # GB118 (a guiding opinion)
        yield timing(ctx, d, d.on, guide.value, done, what=what, related=related, cites=guide.cites,
                     key="guidance", severity=Severity.WARNING)


def _sealed_before_due(view: CaseView, ctx: RuleContext, d: Decision, period: Period) -> bool:
    try:
        last = ctx.calendar.end_of(d.on, period)
    except CalendarCoverageError:
        return False
    return publication_scope(view, ctx, d, last) is not None


def _cross_province(view: CaseView, d: Decision, pubs: list[Publication]) -> bool:
    if any(p.pushed_on is not None for p in pubs):
        return True
    home = view.case.province_code
    return home is not None and any(
        p.registered_province is not None and p.registered_province[:2] != home for p in view.parties_of(d))


def _shorter(ctx: RuleContext, start: date, a: Period, b: Period) -> bool:
    try:
        return ctx.calendar.end_of(start, a) < ctx.calendar.end_of(start, b)
    except CalendarCoverageError:
        return a.unit is b.unit and a.n < b.n


# -- PUBLISH-002 -----------------------------------------------------------------------------------------


@rule(
    "PUBLISH-002",
    family="publication",
    title="决定被变更、撤销、确认违法或者确认无效后及时撤回公开信息",
    title_en="Withdrawal after change or revocation",
    cites=[CPL.art(48, 2), CPL.art(85), SAMR_G.art(11), MEE_P.art(66), MEE_P.art(90, 1)],
    example=("处罚决定被行政复议撤销，机关收到复议决定书后第六个工作日才撤回公示信息，且未说明理由。",
             "A decision revoked on review was withdrawn from publication six working days after the agency "
             "received the review decision, with no reason published."),
    derived=("未记录收到文书的日期时，在变更日起三个工作日内撤回的必然及时；决定在变更之后才公开的，自公开之日起算。",
             "Without the date the instrument was received, a withdrawal within 3 working days of the change is "
             "surely in time; a decision published after the change is counted from its publication."),
    severity=Severity.ERROR,
    review_items=("H2",),
)
def withdrawn_after_change(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """When a published decision is changed, revoked, or confirmed illegal or void, the publication is
    withdrawn within 3 working days of the day the agency made or received the instrument, and the reason
    published (CPL 48②; SAMR-G 11; MEE-P 66)."""
    changes = view.of(DecisionChange)
    if not changes:
        yield ctx.not_applicable(("决定未被变更、撤销或者确认违法、无效", "No decision was changed or revoked"))
        return
    for c in changes:
        pubs = publications_of(view, c.decision_id)
        if not pubs:
            yield ctx.not_applicable(("被变更的决定未曾公开", "The changed decision was not published"), act=c)
            continue
        for p in pubs:
            yield _withdrawal(view, ctx, c, p)


def _withdrawal(view: CaseView, ctx: RuleContext, c: DecisionChange, p: Publication) -> Finding:
    period = ctx.param("publication.withdraw_within", on=c.instrument_on or c.on)
    # keyed by the change too: a decision changed twice is withdrawn (or not) after each change
    where = {"act": p, "related": (c.id,), "citations": period.cites, "discriminator": c.id}
    if not period.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(period.name,), facts={"param": period.name}, **where)
    w = next((w for w in view.of(PublicationWithdrawal) if w.publication_id == p.id), None)
    if c.instrument_on is None:
        # The instrument cannot be received before the change is made: within 3 working days of the change
        # is surely in time; anything else needs the date.
        try:
            sure = w is not None and ctx.calendar.within(max(c.on, p.on), period.value, w.on)
        except CalendarCoverageError:
            sure = False
        if not sure:
            return ctx.indeterminate(("未记录收到或者作出变更、撤销文书的日期", "The date the instrument was made or "
                                      "received is not recorded"), missing=("instrument_on",), **where)
    start = max(c.instrument_on or c.on, p.on)
    found = timing(ctx, p, start, period.value, w.on if w else None, what=("撤回公开信息", "Withdrawal"),
                   related=(c.id, *((w.id,) if w else ())), cites=period.cites, key=c.id)
    if w is None or found.outcome is not Outcome.SATISFIED:
        return found
    # "并公开说明理由" (CPL 48②; MEE-P 66), "说明理由" (SAMR-G 11)
    if w.reason_published is None:
        return ctx.indeterminate(("未记录撤回时是否公开说明理由", "Not recorded whether the reason was published"),
                                 missing=("reason_published",), **where)
    if not w.reason_published:
        return ctx.violated(("撤回公开信息时未说明理由", "Withdrawn without publishing the reason"), **where)
    return found
