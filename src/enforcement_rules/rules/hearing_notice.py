"""HEAR-003, HEAR-004 — the hearing notice in time and complete, and a public hearing (听证通知、公开举行).

SPEC §4 (the HEAR family); the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from enforcement_rules.calendar import Period
from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSB_P, SAMR_H
from enforcement_rules.models.actions import Hearing, HearingNotice, HearingNoticeElement, NotPublicReason
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules._hearing import (
    NO_HEARING,
    ahead,
    days_between,
    hearings,
    latest,
    minor_party,
    notice_of,
    shown,
)
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED

__all__ = ["hearing_notice_lead_time", "public_hearing"]

_ORDER = tuple(HearingNoticeElement)


@rule(
    "HEAR-003",
    family="hearing",
    title="在举行听证的七日前通知当事人听证的时间、地点",
    title_en="Hearing notice lead time",
    cites=[CPL.art(64, item=2), CPL.art(85), SAMR_H.art(20, 1), SAMR_H.art(20, 2), MEE_P.art(47, item=2),
           MEE_P.art(90), PSB_P.art(136)],
    example=("听证定于2025年10月14日举行，听证通知书9月30日才送达，国庆假期不计，只提前了六个工作日。",
             "The hearing was set for 2025-10-14 but its notice was served on 2025-09-30: with the National Day "
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
                             related=related, facts=facts, citations=(*lead.cites, *basis.cites), **where)
    return ctx.violated(("听证 {hearing_on} 举行，通知书 {subject} 于 {notified_on} 才通知当事人，只提前 {ahead}，"
                         "不足 {lead}（最迟应于 {latest_day}）",
                         "Hearing on {hearing_on}: notice {subject} reached the party only on {notified_on}, "
                         "{ahead} ahead, less than {lead} (latest {latest_day})"),
                        related=related, facts=facts, citations=(*lead.cites, *basis.cites), **where)


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


@rule(
    "HEAR-004",
    family="hearing",
    title="听证公开举行（依法保密的除外）",
    title_en="Public hearing",
    cites=[CPL.art(64, item=3), SAMR_H.art(22, 1), SAMR_H.art(22, 2), MEE_P.art(47, item=3), PSB_P.art(137, 2),
           PSAPL.art(117, 2)],
    example=("听证以“案情敏感”为由不公开举行，案卷未记载涉及国家秘密、商业秘密或者个人隐私。",
             "The hearing was held in private as 'sensitive', with nothing on file about state secrets, trade "
             "secrets or privacy."),
    derived=("未成年人案件以听证之日未满十八周岁为准；其他行业对未成年人不公开听证视同保护个人隐私。",
             "A minor's case is one whose party is under 18 on the hearing day; elsewhere a private hearing for a "
             "minor counts as protecting privacy."),
    severity=Severity.ERROR,
    review_items=("D5",),
)
def public_hearing(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A hearing is public unless it involves state secrets, trade secrets or privacy; police minors'
    hearings are never public (from 2026); samr announces a public hearing 3 working days before (warning)."""
    held = hearings(view, ctx)
    if not held:
        yield ctx.not_applicable(NO_HEARING)
        return
    for h in held:
        private = ctx.param("hearing.minor_private", on=h.on)
        minor = minor_party(view, h, h.on)
        if private.configured and private.value and (minor or (minor is None and h.public is not False)):
            yield _minor_private(ctx, h, minor)  # PSAPL 117②; a private hearing needs no age to be fine
        elif h.public is None:
            yield ctx.indeterminate(("未记录听证 {subject} 是否公开举行", "Not recorded whether hearing {subject} was "
                                     "public"), act=h, field="public", missing=("public",))
        elif not h.public:
            yield _why_private(ctx, h, minor)
        else:
            yield ctx.satisfied(("听证 {subject} 公开举行", "Hearing {subject} was public"), act=h)
            lead = ctx.param("hearing.public_notice_lead", on=h.on)
            if lead.status != "none_in_law":
                yield _announced(ctx, h, lead.value if lead.configured else None, lead.name)


def _minor_private(ctx: RuleContext, h: Hearing, minor: bool | None) -> Finding:
    cites = (PSAPL.art(117, 2),)
    if minor is None:
        return ctx.indeterminate(("无法判断当事人是否未成年（无出生日期或身份证号码）",
                                  "The party's age is unknown"), act=h, missing=("party.birth_date",), citations=cites)
    if h.public is None:
        return ctx.indeterminate(("未记录听证 {subject} 是否公开举行", "Not recorded whether hearing {subject} was "
                                  "public"), act=h, field="public", missing=("public",), citations=cites)
    if h.public:  # PSAPL 117②: 对未成年人案件的听证不公开举行
        return ctx.violated(("未成年人案件的听证 {subject} 公开举行", "Hearing {subject} in a minor's case was public"),
                            act=h, field="public", citations=cites)
    return ctx.satisfied(("未成年人案件的听证不公开举行", "A minor's case: the hearing was private"), act=h,
                         citations=cites)


def _why_private(ctx: RuleContext, h: Hearing, minor: bool | None) -> Finding:
    reason = h.not_public_reason
    if reason is None:
        return ctx.indeterminate(("听证 {subject} 不公开举行，未记录理由",
                                  "Hearing {subject} was private and no reason is recorded"),
                                 act=h, field="not_public_reason", missing=("not_public_reason",))
    if reason is NotPublicReason.MINOR and minor is None:
        return ctx.indeterminate(("听证 {subject} 以未成年人为由不公开，当事人年龄不明",
                                  "Hearing {subject} was private for a minor, but the party's age is unknown"),
                                 act=h, field="not_public_reason", missing=("party.birth_date",))
    if reason is NotPublicReason.MINOR and not minor:
        return ctx.violated(("听证 {subject} 以未成年人为由不公开，但当事人并非未成年人",
                             "Hearing {subject} was private for a minor, but no party is a minor"),
                            act=h, field="not_public_reason")
    # CPL 64(三): 涉及国家秘密、商业秘密或者个人隐私依法予以保密
    return ctx.satisfied(("听证 {subject} 依法不公开举行（{reason}）", "Hearing {subject} was lawfully private "
                          "({reason})"), act=h, facts={"reason": reason})


def _announced(ctx: RuleContext, h: Hearing, lead: Period | None, name: str) -> Finding:
    where = {"act": h, "discriminator": "public_notice", "severity": Severity.WARNING,
             "citations": (SAMR_H.art(22, 2),)}
    if lead is None:
        return ctx.indeterminate(UNCONFIGURED, missing=(name,), facts={"param": name}, **where)
    if h.public_notice_on is None:
        return ctx.indeterminate(("未记录公开听证 {subject} 的公告日期", "The public announcement of hearing {subject} "
                                  "is not recorded"), field="public_notice_on", missing=("public_notice_on",), **where)
    in_time, year = ahead(ctx.calendar, h.public_notice_on, lead, h.on)
    facts = {"announced_on": h.public_notice_on, "lead": shown(ctx, lead)}
    if in_time is None:
        return ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{year}",), facts={**facts, "year": year}, **where)
    if in_time:
        return ctx.satisfied(("已于 {announced_on} 公告", "Announced on {announced_on}"), facts=facts, **where)
    return ctx.violated(("公开听证 {subject} 于 {announced_on} 才公告，不足 {lead}",
                         "Public hearing {subject} was announced only on {announced_on}, less than {lead} before"),
                        field="public_notice_on", facts=facts, **where)
