"""NOTICE-006, NOTICE-008, NOTICE-009 — the decision document, its service, the publication notice.

SPEC §4 (the NOTICE family); the verbatim articles are in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.calendar import Period
from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import CIVPL, CPL, MEE_P, PSAPL, SAMR_G, SAMR_P, Citation
from enforcement_rules.models.actions import (
    Decision,
    DecisionElement,
    Service,
    ServiceMethod,
)
from enforcement_rules.models.penalties import PenaltyKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import (
    NO_CALENDAR,
    UNCONFIGURED,
    each_penalty_decision,
    eligibility_of,
    is_summary,
    notices_for,
)

__all__ = ["decision_contents", "decision_served", "publication_notice"]

_DECISION_ORDER = tuple(DecisionElement)
_PERSONAL = frozenset({DecisionElement.PARTY_SEX, DecisionElement.PARTY_AGE, DecisionElement.PARTY_ID_DOCUMENT})


@rule(
    "NOTICE-006",
    family="notice",
    title="行政处罚决定书载明法定事项",
    title_en="Decision document contents",
    cites=[CPL.art(59), CPL.art(52, 1), CPL.art(52, 2), SAMR_P.art(62), SAMR_P.art(67), SAMR_P.art(68),
           MEE_P.art(56), MEE_P.art(68, 1, 5), PSAPL.art(115), PSAPL.art(120, 2)],
    example=("行政处罚决定书没有写明申请行政复议、提起行政诉讼的途径和期限，也没有加盖印章。",
             "The decision document states neither the channels and periods of review and litigation nor "
             "bears the agency seal."),
    derived=("性别、年龄、身份证件只对自然人要求；“听证的情况”只在符合听证条件时要求（MEE-P 56(三)）。",
             "Sex, age and ID document are asked of natural persons only; hearing details only where the case "
             "met the hearing conditions (MEE-P 56(三))."),
    severity=Severity.ERROR,
    review_items=("F1",),
)
def decision_contents(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The decision document states every element the law requires — for an ordinary decision CPL 59
    and the sector's additions, for a summary decision CPL 52 — one finding per missing element."""
    param = "decision.summary_elements" if is_summary(view) else "decision.elements"

    def one(d: Decision) -> Iterator[Finding]:
        required = ctx.param(param, on=d.on)
        if not required.configured:
            yield ctx.indeterminate(UNCONFIGURED, act=d, missing=(param,), facts={"param": param})
            return
        if d.elements is None:
            yield ctx.indeterminate(
                ("决定书 {subject} 未记录所载明的事项", "Decision {subject} does not record what its document states"),
                act=d, field="elements", missing=("elements",))
            return
        needed = set(required.value)
        if not any(p.kind is PenaltyKind.FINE for p in d.penalties):
            needed.discard(DecisionElement.FINE_AMOUNT)  # only a fine has an amount (CPL 52②)
        if all(p.kind.is_organization for p in view.parties_of(d)):
            needed -= _PERSONAL  # PSAPL 115(一): sex, age and ID document of a natural person
        stated = set(d.elements)
        if DecisionElement.HEARING_DETAILS in needed - stated:  # MEE-P 56(三): only "符合听证条件的"
            unsure = _hearing_details_needed(view, ctx, d, required.member_cites.get(DecisionElement.HEARING_DETAILS,
                                                                                       required.cites))
            if unsure is not True:
                needed.discard(DecisionElement.HEARING_DETAILS)
                if unsure is not False:
                    yield unsure
        missing = [e for e in _DECISION_ORDER if e in needed and e not in stated]
        for m in missing:
            yield ctx.violated(("决定书 {subject} 未载明：{element}", "Decision {subject} does not state: {element}"),
                               act=d, field="elements", discriminator=m.value, facts={"element": m},
                               citations=required.member_cites.get(m, required.cites))
        if not missing:
            yield ctx.satisfied(
                ("决定书 {subject} 载明了全部法定事项", "Decision {subject} states every required element"),
                act=d, citations=required.cites)

    yield from each_penalty_decision(view, ctx, one)


def _hearing_details_needed(view: CaseView, ctx: RuleContext, d: Decision,
                            cites: tuple[Citation, ...]) -> bool | Finding:
    """True when the case met the hearing conditions, False when not, a finding when it cannot be told."""
    notices = notices_for(view, d)
    eligible = eligibility_of(view, ctx, notices[-1]) if notices else None
    if eligible is not None and eligible.status != "indeterminate":
        return eligible.eligible
    return ctx.indeterminate(("无法判断是否符合听证条件，不能确定是否须载明听证的情况",
                              "Cannot tell whether the case met the hearing conditions"),
                             act=d, field="elements", discriminator=DecisionElement.HEARING_DETAILS.value,
                             citations=cites, missing=eligible.missing if eligible else ("penalty_notice",))


# -- NOTICE-008 ------------------------------------------------------------------------------------------


@rule(
    "NOTICE-008",
    family="notice",
    title="行政处罚决定书依法送达",
    title_en="Service of the decision",
    cites=[CPL.art(61, 1), CPL.art(61, 2), CPL.art(85), SAMR_P.art(81), SAMR_P.art(82), MEE_P.art(58, 1),
           MEE_P.art(60), PSAPL.art(116, 1), CIVPL.art(89)],
    example=("当事人不在场，决定书在作出后第九个工作日才邮寄送达；另一份以电子邮件送达，但当事人未签确认书。",
             "The party was absent and the decision was posted on the ninth working day; another copy went by "
             "e-mail without the party's signed consent."),
    derived=("治安案件“二日以内”按自然日计算。邮寄送达以交邮日期判断是否在期限内（CivPL 85④、MEE-P 90②）。",
             "治安 '二日' is calendar days. A posted decision is in time when posted within the period "
             "(CivPL 85④, MEE-P 90②)."),
    severity=Severity.ERROR,
    review_items=("F3",),
)
def decision_served(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The decision is handed over on the spot after it is announced, or served within the profile's
    period (7 working days; 治安 2 days); electronic service only with the party's signed consent; a
    refused service is witnessed, or left at the residence and recorded by photo or video."""
    def one(d: Decision) -> Iterator[Finding]:
        services = view.services_of(d.id)
        if not services:
            yield _not_served(ctx, d)
            return
        s = services[0]
        yield from _service_form(ctx, d, s)
        if s.method is ServiceMethod.ON_THE_SPOT and s.on == d.on:
            yield ctx.satisfied(("决定书于宣告后当场交付", "Handed over on the spot after announcement"),
                                act=d, related=(s.id,), discriminator="period", citations=(CPL.art(61, 1),))
            return
        yield _in_time(ctx, d, s)

    yield from each_penalty_decision(view, ctx, one)


def _period(ctx: RuleContext, d: Decision) -> tuple[Period, tuple[Citation, ...]] | Finding:
    p = ctx.param("decision.service_within", on=d.on)
    if not p.configured:
        return ctx.indeterminate(UNCONFIGURED, act=d, missing=(p.name,), facts={"param": p.name},
                                 discriminator="period")
    return p.value, p.cites


def _not_served(ctx: RuleContext, d: Decision) -> Finding:
    found = _period(ctx, d)
    if isinstance(found, Finding):
        return found
    period, cites = found
    try:
        last = ctx.calendar.end_of(d.on, period)
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, act=d, missing=(f"calendar:{exc.needed_year}",),
                                 facts={"year": exc.needed_year}, discriminator="period", citations=cites)
    facts = {"last_day": last}
    if ctx.as_of <= last:
        return ctx.pending(("决定书应于 {last_day} 前送达", "The decision is to be served by {last_day}"), act=d,
                           due_on=last, facts=facts, discriminator="period", citations=cites)
    return ctx.violated(("决定书 {subject} 逾期未送达（期限至 {last_day}）",
                         "Decision {subject} was not served by {last_day}"),
                        act=d, facts=facts, discriminator="period", citations=cites)


def _in_time(ctx: RuleContext, d: Decision, s: Service) -> Finding:
    found = _period(ctx, d)
    if isinstance(found, Finding):
        return found
    period, cites = found
    # CivPL 85④, MEE-P 90②: a document posted within the period is in time.
    served = s.posted_on if s.method is ServiceMethod.POST and s.posted_on is not None else s.on
    facts = {"served_on": served, "period": period.zh if ctx.lang == "zh" else str(period)}
    try:
        ok = ctx.calendar.within(d.on, period, served)
    except CalendarCoverageError as exc:
        return ctx.indeterminate(NO_CALENDAR, act=d, missing=(f"calendar:{exc.needed_year}",),
                                 facts={**facts, "year": exc.needed_year}, discriminator="period", citations=cites)
    if ok:
        return ctx.satisfied(("决定书于 {served_on} 送达，在期限（{period}）内", "Served on {served_on}, in time"),
                             act=d, related=(s.id,), facts=facts, discriminator="period", citations=cites)
    return ctx.violated(("决定书于 {served_on} 才送达，超过了 {period} 的期限",
                         "Served on {served_on}, after the {period} period"),
                        act=d, related=(s.id,), facts=facts, discriminator="period", citations=cites)


def _service_form(ctx: RuleContext, d: Decision, s: Service) -> Iterator[Finding]:
    where = {"act": s, "related": (d.id,)}
    if s.method in (ServiceMethod.ELECTRONIC, ServiceMethod.FAX):
        cites: tuple[Citation, ...] = (CPL.art(61, 2),)
        if ctx.sector == "samr":
            cites = (*cites, SAMR_P.art(82, item=3))
        if s.consent_signed is None:
            yield ctx.indeterminate(("未记录当事人是否同意并签订确认书", "Consent to electronic service not recorded"),
                                    missing=("consent_signed",), discriminator="electronic", citations=cites, **where)
        elif not s.consent_signed:
            yield ctx.violated(("未经当事人同意并签订确认书即以电子方式送达",
                                "Served electronically without the party's signed consent"),
                               discriminator="electronic", citations=cites, **where)
        elif ctx.sector == "mee" and not s.av_recorded:  # MEE-P 60: 拍照、截屏、录音、录像等方式予以记录
            yield ctx.violated(("电子送达未通过拍照、截屏、录音、录像等方式记录",
                                "Electronic service was not recorded"),
                               discriminator="electronic", citations=(MEE_P.art(60),), **where)
    if s.refused:
        cites = (CIVPL.art(89), SAMR_P.art(82, item=2)) if ctx.sector == "samr" else (CIVPL.art(89),)
        if s.witness_present or (s.method is ServiceMethod.LEFT_AT_RESIDENCE and s.av_recorded):
            yield ctx.satisfied(("拒收时已邀请见证人或留置并拍照录像", "Refused service witnessed or recorded"),
                                discriminator="refused", citations=cites, **where)
        elif s.witness_present is None and s.av_recorded is None:
            yield ctx.indeterminate(("拒收时是否有见证人或音像记录未记录",
                                     "Witness or recording of the refusal unknown"),
                                    missing=("witness_present", "av_recorded"), discriminator="refused",
                                    citations=cites, **where)
        else:
            yield ctx.violated(("当事人拒收，既无见证人也无留置送达的拍照录像",
                                "Refused service with neither a witness nor a photo or video of leaving it"),
                               discriminator="refused", citations=cites, **where)


# -- NOTICE-009 ------------------------------------------------------------------------------------------


@rule(
    "NOTICE-009",
    family="notice",
    title="送达决定书时书面告知将予公示",
    title_en="Publication notice to the party",
    cites=[SAMR_G.art(8), SAMR_G.art(2)],
    example=("市场监管部门送达罚款决定书时，没有书面告知当事人处罚信息将在国家企业信用信息公示系统公示。",
             "Serving a fine decision, the market regulator did not tell the party in writing that it would be "
             "published on the National Enterprise Credit Information Publicity System."),
    severity=Severity.WARNING,
    review_items=("H1",),
    sectors=("samr",),
)
def publication_notice(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """When serving a decision that must be published — ordinary procedure, not warning-only (SAMR-G 2) —
    the party is told in writing that it will be published."""
    if is_summary(view):
        yield ctx.not_applicable(("简易程序决定不予公示（SAMR-G 2）", "Summary decisions are not published"))
        return

    def one(d: Decision) -> Iterator[Finding]:
        if d.penalties and all(p.kind is PenaltyKind.WARNING for p in d.penalties):
            yield ctx.not_applicable(("仅受到警告的不予公示", "Warning-only decisions are not published"), act=d)
            return
        services = view.services_of(d.id)
        told = [s.publication_notice for s in services]
        if not services:
            yield ctx.not_applicable(("决定书尚未送达（见 NOTICE-008）", "Not yet served (see NOTICE-008)"), act=d)
        elif True in told:
            yield ctx.satisfied(("已书面告知将予公示", "Told in writing that it will be published"), act=d)
        elif None in told:
            yield ctx.indeterminate(("未记录送达时是否告知公示", "Not recorded whether publication was told"),
                                    act=d, missing=("publication_notice",))
        else:
            yield ctx.violated(("送达决定书时未书面告知将予公示", "Not told in writing that it will be published"),
                               act=d, related=tuple(s.id for s in services))

    yield from each_penalty_decision(view, ctx, one)

