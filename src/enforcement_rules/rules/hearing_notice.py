"""HEAR-003 — the hearing notice in time and complete (听证通知的提前期与内容).

SPEC §4 (the HEAR family); the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from enforcement_rules.calendar import Period
from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSB_P, SAMR_H
from enforcement_rules.models.actions import Hearing, HearingNotice, HearingNoticeElement
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules._hearing import (
    NO_HEARING,
    ahead,
    days_between,
    hearings,
    latest,
    notice_of,
    shown,
    unique,
)
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED

__all__ = ["hearing_notice_lead_time"]

_ORDER = tuple(HearingNoticeElement)


@rule(
    "HEAR-003",
    family="hearing",
    title="在举行听证的七日前通知当事人听证的时间、地点",
    title_en="Hearing notice lead time",
    cites=[CPL.art(64, item=2), CPL.art(85), SAMR_H.art(20, 1), SAMR_H.art(20, 2), MEE_P.art(47, item=2),
           MEE_P.art(90), PSB_P.art(136)],
    example=("听证定于2025年10月15日举行，听证通知书9月30日才送达，国庆假期不计，只提前了六个工作日。",
             "The hearing was set for 2025-10-15 but its notice was served on 2025-09-30: with the National Day "
             "holidays skipped, only six working days ahead."),
    derived=("“七日前”：通知（送达）之日加七个工作日不晚于听证之日。市场监管、公安自送达之日起算"
             "（SAMR-H 20①、PSB-P 136）；其他以通知当事人之日为准，书面通知以送达之日为准，未记录送达的以通知书日期"
             "为准。听证员、翻译人员的姓名只在设有时要求。",
             "'Seven days before': the notification (or service) date plus seven working days is no later than the "
             "hearing. SAMR and police count from service (SAMR-H 20①, PSB-P 136); elsewhere from the day the party "
             "was notified — a served notice's service, else the notice's date. Members and interpreters are named "
             "only where there are any."),
    severity=Severity.ERROR,
    review_items=("D5",),
)
def hearing_notice_lead_time(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The party is told the time and place of the hearing at least the lead time before it (7 working days),
    counted as the profile says; samr: the notice names the host, members, recorder and interpreter and
    states the right to ask for recusal."""
    used: set[str] = set()
    for h in hearings(view, ctx):
        notice = notice_of(view, h)
        if notice is None:
            yield ctx.violated(("听证 {subject} 举行前未通知当事人听证的时间、地点",
                                "Hearing {subject} was held without notifying the party of its time and place"),
                               act=h, discriminator="no_notice")
            continue
        used.add(notice.id)
        yield _lead(view, ctx, notice, h.on, h)
        yield _contents(ctx, notice, h)
    for notice in view.of(HearingNotice):
        # A notice no hearing followed yet (a hearing to come, or a pre-save check); a superseded notice
        # whose hearing was postponed and held on a later notice is not judged on its own.
        if notice.id in used or notice.on < ctx.rule.valid_from or any(h.on >= notice.on for h in view.of(Hearing)):
            continue
        if notice.hearing_on is None:
            yield ctx.indeterminate(("听证通知书 {subject} 未记录听证日期", "Hearing notice {subject} does not record "
                                     "the hearing date"), act=notice, field="hearing_on", missing=("hearing_on",),
                                    discriminator="lead")
        else:
            yield _lead(view, ctx, notice, notice.hearing_on, None)
        yield _contents(ctx, notice, None)
        used.add(notice.id)
    if not used and not view.of(Hearing):
        yield ctx.not_applicable(NO_HEARING)


def _lead(view: CaseView, ctx: RuleContext, notice: HearingNotice, target: date,
          hearing: Hearing | None) -> Finding:
    lead = ctx.param("hearing.notice_lead", on=notice.on)
    basis = ctx.param("hearing.notice_lead_from", on=notice.on)
    where = {"act": notice, "discriminator": "lead"}
    for p in (lead, basis):
        if not p.configured:
            return ctx.indeterminate(UNCONFIGURED, missing=(p.name,), facts={"param": p.name}, **where)
    services = view.services_of(notice.id)
    facts: dict[str, object] = {"hearing_on": target, "lead": shown(ctx, lead.value), "counted_from": basis.value,
                                "latest_day": latest(ctx.calendar, target, lead.value)}
    related = [*(s.id for s in services[:1]), *([hearing.id] if hearing else [])]
    if services:
        start = services[0].on
    elif basis.value == "service":  # SAMR-H 20①, PSB-P 136: 送达
        last = facts["latest_day"]
        if hearing is None and isinstance(last, date) and ctx.as_of <= last:
            return ctx.pending(("听证通知书最迟应于 {latest_day} 送达当事人", "The hearing notice must be served by "
                                "{latest_day}"), due_on=last, related=related, facts=facts, **where)
        return ctx.violated(("听证通知书 {subject} 未送达当事人",
                             "Hearing notice {subject} was not served on the party"),
                            related=related, facts=facts, **where)
    else:  # CPL 64(二): 通知 — a notification without a recorded service counts from its own date
        start = notice.on
    facts["notified_on"] = start
    between = days_between(ctx.calendar, start, target, lead.value.unit)
    facts["ahead"] = shown(ctx, Period(between, lead.value.unit)) if between is not None else "?"
    in_time, year = ahead(ctx.calendar, start, lead.value, target)
    if in_time is None:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{year}",), facts={**facts, "year": year},
                                 related=related, **where)
    if in_time:
        return ctx.satisfied(("{notified_on} 通知，听证于 {hearing_on} 举行，提前期（{lead}）足够",
                              "Notified on {notified_on} for a hearing on {hearing_on}: lead time ({lead}) met"),
                             related=related, facts=facts, citations=unique(lead.cites, basis.cites), **where)
    return ctx.violated(("听证 {hearing_on} 举行，通知书 {subject} 于 {notified_on} 才通知当事人，只提前 {ahead}，"
                         "不足 {lead}（最迟应于 {latest_day}）",
                         "Hearing on {hearing_on}: notice {subject} reached the party only on {notified_on}, "
                         "{ahead} ahead, less than {lead} (latest {latest_day})"),
                        related=related, facts=facts, citations=unique(lead.cites, basis.cites), **where)


def _contents(ctx: RuleContext, notice: HearingNotice, hearing: Hearing | None) -> Finding:
    required = ctx.param("hearing.notice_elements", on=notice.on)
    where = {"act": notice, "discriminator": "contents", "field": "states"}
    if not required.configured:
        return ctx.indeterminate(UNCONFIGURED, missing=(required.name,), facts={"param": required.name}, **where)
    if notice.states is None:
        return ctx.indeterminate(("听证通知书 {subject} 未记录所载明的内容",
                                  "Hearing notice {subject} does not record what it states"),
                                 missing=("states",), **where)
    needed = set(required.value)
    # SAMR-H 20②: members and interpreters are named only where the hearing has them (derived).
    if hearing is None or not hearing.member_ids:
        needed.discard(HearingNoticeElement.MEMBERS)
    if hearing is None or not hearing.interpreter_ids:
        needed.discard(HearingNoticeElement.INTERPRETER)
    missing = [e for e in _ORDER if e in needed and e not in notice.states]
    if missing:
        return ctx.violated(("听证通知书 {subject} 未载明：{missing}", "Hearing notice {subject} does not state: "
                             "{missing}"), facts={"missing": missing},
                            citations=ctx.member_cites(required, missing), **where)
    return ctx.satisfied(("听证通知书 {subject} 内容完整", "Hearing notice {subject} states everything required"),
                         citations=required.cites, **where)
