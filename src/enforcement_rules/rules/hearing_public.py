"""HEAR-004 — a public hearing, unless the law says otherwise, announced in time (听证公开举行).

SPEC §4 (the HEAR family); the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.calendar import Period
from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, PSAPL, PSB_P, SAMR_H, Citation
from enforcement_rules.models.actions import Hearing, NotPublicReason
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules._hearing import NO_HEARING, ahead, by_sector, hearings, minor_party, shown
from enforcement_rules.rules.common import NO_CALENDAR, UNCONFIGURED

__all__ = ["public_hearing"]


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
    yield from by_sector(ctx, _PUBLIC_CITES, _public(view, ctx, held))


_PUBLIC_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(64, item=3),),
    "samr": (CPL.art(64, item=3), SAMR_H.art(22, 1)),
    "mee": (MEE_P.art(47, item=3),),
    "police": (CPL.art(64, item=3), PSB_P.art(137, 2)),
}


def _public(view: CaseView, ctx: RuleContext, held: list[Hearing]) -> Iterator[Finding]:
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
