"""AUTH-002 … AUTH-004 — the officers on an act: certified, at least two, certificates shown (执法人员).

SPEC §4 AUTH; the verbatim articles are in docs/rules.md, the readings in docs/authority-and-review.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.engine import CaseView
from enforcement_rules.law import ACL, CPL, MEE_P, PSAPL, PSB_P, SAMR_P, Citation
from enforcement_rules.models.actions import ActBase, CoerciveMeasure, Decision, MeasureKind, Questioning
from enforcement_rules.models.people import Staff
from enforcement_rules.models.records import RecordKind
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import UNCONFIGURED
from enforcement_rules.rules.staffing import certified, field_acts, officers_on, psapl_2025

__all__ = ["certificates_shown", "certified_officers", "two_officers"]

_NO_FIELD_ACTS = ("本案没有调查取证、检查、强制措施或者当场处罚环节",
                  "No investigation, inspection, coercive measure or summary decision in this case")
_NO_OFFICERS = ("{subject} 未记录执法人员", "{subject} does not record its officers")


# Citations built once (DESIGN §9).
_CERT = (CPL.art(42, 1), CPL.art(76, item=5))
_CERT_COERCIVE = (ACL.art(17, 3),)  # 行政强制措施应当由行政机关具备资格的行政执法人员实施
_CERT_MEE = (MEE_P.art(10),)
_CPL42_1, _ACL18_2, _PSAPL108_3 = (CPL.art(42, 1),), (ACL.art(18, item=2),), (PSAPL.art(108, 3),)


def _cert_cites(ctx: RuleContext, act: ActBase) -> tuple[Citation, ...]:
    return (*_CERT, *(_CERT_COERCIVE if isinstance(act, CoerciveMeasure) else ()),
            *(_CERT_MEE if ctx.sector == "mee" else ()))


def _uncertified(ctx: RuleContext, act: ActBase, staff: Staff, cites: tuple[Citation, ...]) -> Finding:
    """The finding for an officer without a valid certificate on the act's day, saying why."""
    certs = staff.certificates or ()
    facts: dict[str, object] = {"officer": staff.id, "on": act.on}
    where = {"act": act, "field": "staff_ids", "discriminator": staff.id, "related": (staff.id,), "citations": cites}
    past = [c for c in certs if c.valid_until is not None and c.valid_until < act.on]
    future = [c for c in certs if c.valid_from is not None and c.valid_from > act.on]
    if past:
        c = max(past, key=lambda c: c.valid_until or act.on)
        return ctx.violated(("执法人员 {officer} 的执法证件 {certificate} 有效期至 {valid_until}，"
                             "{subject}（{on}）时已失效",
                             "Officer {officer}'s certificate {certificate} was valid until {valid_until}: expired "
                             "at {subject} on {on}"),
                            facts={**facts, "certificate": c.number, "valid_until": c.valid_until}, **where)
    if future:
        c = min(future, key=lambda c: c.valid_from or act.on)
        return ctx.violated(("执法人员 {officer} 的执法证件 {certificate} 自 {valid_from} 起有效，"
                             "{subject}（{on}）时尚未生效",
                             "Officer {officer}'s certificate {certificate} was valid only from {valid_from}: not "
                             "yet at {subject} on {on}"),
                            facts={**facts, "certificate": c.number, "valid_from": c.valid_from}, **where)
    return ctx.violated(("执法人员 {officer} 未持有执法证件，却参与了 {subject}（{on}）",
                         "Officer {officer} holds no enforcement certificate yet took part in {subject} on {on}"),
                        facts=facts, **where)


@rule(
    "AUTH-002",
    family="authority",
    title="执法人员持有有效的执法证件",
    title_en="Certified officers",
    cites=[CPL.art(42, 1), CPL.art(76, item=5), ACL.art(17, 3), MEE_P.art(10)],
    example=("执法人员张某的执法证件有效期至2025年3月4日，3月5日仍参加了现场检查。",
             "Officer Zhang's certificate was valid until 2025-03-04; on 2025-03-05 he still took part in an "
             "inspection."),
    derived=("证件有效期的起止日均计入；记录中列明的人员除仅记为记录员、翻译或其他人员者外，均视为执法人员。",
             "A certificate is valid on its first and last day; everyone listed on the act acts as an officer "
             "unless recorded only as recorder, interpreter or other staff."),
    severity=Severity.ERROR,
    review_items=("A3",),
    kinds=("penalty", "coercive_measure"),
)
def certified_officers(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Every officer on an investigative act, inspection, coercive measure or summary decision holds an
    enforcement certificate valid on that day."""
    acts = field_acts(view, ctx)
    if not acts:
        yield ctx.not_applicable(_NO_FIELD_ACTS)
        return
    for act in acts:
        cites = _cert_cites(ctx, act)
        officers = officers_on(view, act)
        if not officers:
            yield ctx.indeterminate(_NO_OFFICERS, act=act, field="staff_ids", missing=("staff_ids",), citations=cites)
            continue
        state = {s.id: certified(s, act.on) for s in officers}
        yield from (_uncertified(ctx, act, s, cites) for s in officers if state[s.id] is False)
        unknown = [sid for sid, v in state.items() if v is None]
        if unknown:
            yield ctx.indeterminate(
                ("无法判断 {officers} 在 {on} 是否持有有效执法证件（证件或有效期未记录）",
                 "Cannot tell whether {officers} held a valid certificate on {on} (not recorded)"),
                act=act, related=unknown, citations=cites, missing=("staff.certificates",),
                facts={"officers": unknown, "on": act.on})
        elif all(state.values()):
            yield ctx.satisfied(("{subject} 的执法人员均持有有效执法证件", "Every officer at {subject} was certified"),
                                act=act, citations=cites)


def _single_officer_case(act: ActBase) -> tuple[str | None, bool]:
    """The single-officer exception an act may fall under (PSAPL 108②, 120③), and whether the record
    says enough to tell."""
    if isinstance(act, Questioning):
        return ("facility_questioning" if act.in_facility else None), act.in_facility is not None
    if isinstance(act, CoerciveMeasure) and act.measure is MeasureKind.SEIZE:
        return ("facility_seizure" if act.in_facility else None), act.in_facility is not None
    if isinstance(act, Decision):
        return ("summary_no_objection" if act.no_objection else None), act.no_objection is not None
    return None, True


def _synchronous_video(view: CaseView, act: ActBase) -> bool:
    # Full synchronous audio-video (全程同步录音录像); whether it covers the act without gaps is RECORD-003.
    return any(r.kind is RecordKind.VIDEO and r.synchronous for r in view.records_for(act.id))


@rule(
    "AUTH-003",
    family="authority",
    title="执法人员不得少于两人",
    title_en="Two officers",
    cites=[CPL.art(42, 1), ACL.art(18, item=2), SAMR_P.art(22), MEE_P.art(10), PSAPL.art(108, 1),
           PSAPL.art(108, 2), PSAPL.art(108, 3), PSAPL.art(120, 3), PSB_P.art(52)],
    example=("只有一名持证执法人员对当事人进行了询问，另一名是没有执法证的协管员。",
             "Only one certified officer questioned the party; the other person present was an uncertified "
             "auxiliary."),
    derived=("只计在场且持有有效证件的执法人员。公安一人执法的例外（治安管理处罚法第一百零八条第二款、第一百二十条第三款）"
             "自2026年1月1日起适用，且须有记录该环节的全程同步录像；录像是否连续由 RECORD-003 判断。",
             "Only officers present with a valid certificate count. The police one-officer exceptions (PSAPL "
             "108②, 120③) apply from 2026-01-01 and need a full synchronous video record of the act; whether "
             "it has gaps is RECORD-003's question."),
    severity=Severity.ERROR,
    review_items=("A3",),
    kinds=("penalty", "coercive_measure"),
)
def two_officers(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """At least two certified officers take part in each investigation, inspection, questioning, sampling,
    evidence preservation, coercive measure and summary decision, unless a law lets one officer act."""
    acts = field_acts(view, ctx)
    if not acts:
        yield ctx.not_applicable(_NO_FIELD_ACTS)
        return
    for act in acts:
        yield _count(view, ctx, act)


def _count(view: CaseView, ctx: RuleContext, act: ActBase) -> Finding:
    minimum = ctx.param("officers.minimum", on=act.on)
    if not minimum.configured:
        return ctx.indeterminate(UNCONFIGURED, act=act, missing=(minimum.name,), facts={"param": minimum.name})
    coercive = _ACL18_2 if isinstance(act, CoerciveMeasure) else ()  # 由两名以上行政执法人员实施
    cites = tuple(dict.fromkeys((*_CPL42_1, *minimum.cites, *coercive)))
    state = [certified(s, act.on) for s in officers_on(view, act)]
    ok, unknown = state.count(True), state.count(None)
    facts = {"certified": ok, "minimum": minimum.value}
    if ok >= minimum.value:
        return ctx.satisfied(("{subject} 有 {certified} 名持证执法人员",
                              "{subject} had {certified} certified officers"), act=act, citations=cites, facts=facts)
    if ok + unknown >= minimum.value:
        return ctx.indeterminate(("{subject} 的执法人员是否持证无法全部判断", "Cannot tell whether enough officers "
                                  "at {subject} were certified"), act=act, citations=cites, facts=facts,
                                 missing=("staff.certificates",))
    exception, known = _single_officer_case(act)
    allowed = ctx.param("officers.single_officer_cases", on=act.on)
    if ok and allowed.configured and allowed.value:
        if not known:  # PSAPL 108② / 120③ might apply: the record does not say
            return ctx.indeterminate(("{subject} 仅一名执法人员，未记录是否属于可由一人进行的情形",
                                      "{subject} had one officer; the record does not say whether one may act "
                                      "alone"), act=act, citations=allowed.cites, facts=facts,
                                     missing=("in_facility" if not isinstance(act, Decision) else "no_objection",))
        if exception is not None and exception in allowed.value:
            exc_cites = ctx.member_cites(allowed, (exception,))
            if _synchronous_video(view, act):  # PSAPL 108③, 120③: 应当全程同步录音录像
                return ctx.satisfied(("{subject} 依法由一名执法人员进行，并全程同步录音录像",
                                      "{subject} was lawfully done by one officer, with synchronous audio-video"),
                                     act=act, citations=exc_cites, facts={**facts, "exception": exception})
            return ctx.violated(("{subject} 由一名执法人员进行，但没有全程同步录音录像",
                                 "{subject} was done by one officer without full synchronous audio-video"),
                                act=act, discriminator="no_video", facts={**facts, "exception": exception},
                                citations=(*exc_cites, *_PSAPL108_3))
    return ctx.violated(("{subject} 只有 {certified} 名持证执法人员，少于 {minimum} 人",
                         "{subject} had {certified} certified officer(s), fewer than {minimum}"),
                        act=act, field="staff_ids", citations=cites, facts=facts)


# AUTH-004: where the duty to show the certificate is written, by kind of act and sector.
_SHOW_CITES: dict[str, tuple[Citation, ...]] = {
    "national": (CPL.art(55, 1),),
    "samr": (CPL.art(55, 1), SAMR_P.art(22)),
    "mee": (CPL.art(55, 1), MEE_P.art(23, 1)),
    "police": (CPL.art(55, 1), PSB_P.art(52)),
}
_SHOW_COERCIVE = (ACL.art(18, item=3),)
_SHOW_SUMMARY, _SHOW_SUMMARY_PSAPL = (CPL.art(52, 1),), (CPL.art(52, 1), PSAPL.art(120, 1))


def _show_cites(ctx: RuleContext, act: ActBase) -> tuple[Citation, ...]:
    if isinstance(act, CoerciveMeasure):
        return _SHOW_COERCIVE
    if isinstance(act, Decision):
        return _SHOW_SUMMARY_PSAPL if psapl_2025(ctx, act.on) else _SHOW_SUMMARY
    return _SHOW_CITES.get(ctx.sector, _SHOW_CITES["national"])


@rule(
    "AUTH-004",
    family="authority",
    title="出示执法证件",
    title_en="Certificates shown",
    cites=[CPL.art(55, 1), CPL.art(52, 1), ACL.art(18, item=3), SAMR_P.art(22), MEE_P.art(23, 1),
           PSAPL.art(120, 1), PSB_P.art(52)],
    example=("现场检查笔录没有记载执法人员出示了执法证件。",
             "The inspection record does not show that the officers showed their certificates."),
    severity=Severity.ERROR,
    review_items=("A3",),
    kinds=("penalty", "coercive_measure"),
)
def certificates_shown(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The officers show their enforcement certificates at an investigation or inspection, at a coercive
    measure and when deciding on the spot."""
    acts = field_acts(view, ctx)
    if not acts:
        yield ctx.not_applicable(_NO_FIELD_ACTS)
        return
    for act in acts:
        cites = _show_cites(ctx, act)
        shown = getattr(act, "certificate_shown", None)
        if shown is None:
            yield ctx.indeterminate(("{subject} 未记录是否出示执法证件", "{subject} does not record whether the "
                                     "certificates were shown"), act=act, field="certificate_shown",
                                    missing=("certificate_shown",), citations=cites)
        elif shown:
            yield ctx.satisfied(("{subject} 已出示执法证件", "Certificates shown at {subject}"), act=act,
                                citations=cites)
        else:
            yield ctx.violated(("{subject} 未出示执法证件", "Certificates were not shown at {subject}"), act=act,
                               field="certificate_shown", citations=cites)
