"""RECORD-001, RECORD-004, RECORD-005 — every stage recorded, transcripts signed, closed and archived
(全过程记录、笔录签名、结案归档).

SPEC §4 RECORD; RECORD-002 and RECORD-003 (audio-visual) are in rules/audiovisual.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from enum import StrEnum

from enforcement_rules.engine import CaseView
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.law import ACL, CPL, MEE_P, PSAPL, PSB_P, SAMR_P, Citation
from enforcement_rules.models.actions import (
    ActBase,
    Archive,
    CaseReview,
    Closing,
    CoerciveMeasure,
    CoerciveMeasureExtension,
    CoerciveMeasureLifting,
    CollectiveDiscussion,
    Decision,
    DecisionOutcome,
    Demand,
    Enforcement,
    EnforcementDecision,
    EvidencePreservation,
    Filing,
    Hearing,
    Inspection,
    LegalReview,
    MeasureKind,
    Payment,
    PenaltyNotice,
    Questioning,
    Sampling,
    Service,
    Surcharge,
    Verification,
)
from enforcement_rules.models.records import PartySignature, Record, RecordKind
from enforcement_rules.report import Finding, Message, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.coercion import ACL_IN_FORCE
from enforcement_rules.rules.common import NO_CALENDAR, is_summary
from enforcement_rules.rules.recording_needs import is_officer

__all__ = ["closed_and_archived", "stages_recorded", "transcripts_signed"]


class Gap(StrEnum):
    """What a transcript lacks (RECORD-004)."""

    OFFICERS = "officers"
    PARTY = "party"
    REFUSAL_NOTED = "refusal_noted"
    ABSENCE_NOTED = "absence_noted"
    WITNESS_SIGNED = "witness_signed"

    @property
    def zh(self) -> str:
        return {"officers": "执法人员签名", "party": "被询问人签名", "refusal_noted": "注明拒绝签名",
                "absence_noted": "注明当事人不在场", "witness_signed": "见证人签名"}[self.value]

#: CPL 47: 启动、调查取证、审核、决定、送达、执行 — the act types of each stage.
_STAGES: tuple[tuple[str, Message, tuple[type[ActBase], ...]], ...] = (
    ("start", ("启动", "start"), (Verification, Filing)),
    ("investigation", ("调查取证", "investigation"),
     (Inspection, Questioning, Sampling, EvidencePreservation, CoerciveMeasure, CoerciveMeasureExtension,
      CoerciveMeasureLifting)),
    ("review", ("审核", "review"), (LegalReview, CaseReview)),
    ("decision", ("决定", "decision"), (PenaltyNotice, Hearing, CollectiveDiscussion, Decision)),
    ("service", ("送达", "service"), (Service,)),
    ("execution", ("执行", "execution"), (Payment, Surcharge, Demand, EnforcementDecision, Enforcement)),
)
_CPL_47 = (CPL.art(47),)
_CPL_55 = CPL.art(55, 2)
_ACL_18_MADE = (ACL.art(18, item=7),)
_ACL_18_SIGNED = (ACL.art(18, item=7), ACL.art(18, item=8), ACL.art(18, item=9))
_PSAPL_FROM = PSAPL.in_force or date.max
_PSAPL_104 = PSAPL.art(104)
_Texts = tuple[tuple[Citation, ...], tuple[Citation, ...]]
_STAGE_CITES: dict[str, tuple[Citation, ...]] = {"samr": (CPL.art(47), SAMR_P.art(79))}
_ARCHIVE_CITES: dict[str, tuple[Citation, ...]] = {
    "samr": (CPL.art(47), SAMR_P.art(78), SAMR_P.art(79)), "mee": (CPL.art(47), MEE_P.art(78))}


@rule(
    "RECORD-001",
    family="recording",
    title="行政处罚的启动、调查取证、审核、决定、送达、执行等环节均有记录，结案后归档",
    title_en="Every stage recorded",
    cites=[CPL.art(47), SAMR_P.art(78), SAMR_P.art(79), MEE_P.art(78)],
    example=("案卷中有立案审批表和决定书，但现场检查、询问没有任何笔录或音像记录。",
             "The file has the filing approval and the decision, but no record at all of the inspection or "
             "the questioning."),
    derived=("按环节判断：某一环节发生过，且其中至少一个环节行为有文字或音像记录，即为有记录；告知、听证、集体讨论归入"
             "“决定”环节，缴纳罚款归入“执行”环节。",
             "Judged stage by stage: a stage that took place is recorded when at least one of its acts has a "
             "written or audio-visual record; the notice, hearing and collective discussion belong to the "
             "'decision' stage, payment to 'execution'."),
    severity=Severity.ERROR,
    review_items=("I1",),
)
def stages_recorded(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Each stage of the penalty procedure that took place — start, investigation, review, decision,
    service, execution — is recorded in writing or on audio-video, and a closed case is archived."""
    cites = _STAGE_CITES.get(ctx.sector, _CPL_47)
    for key, label, classes in _STAGES:
        acts = [a for cls in classes for a in view.of(cls) if a.on >= ctx.rule.valid_from]
        if not acts:
            continue
        records = {r.id: r for a in acts for r in view.records_for(a.id)}
        if not records:  # name the stage's acts in time order
            acts = [a for a in view.in_time_order(*classes) if a.on >= ctx.rule.valid_from]
        facts = {"stage": label[0] if ctx.lang == "zh" else label[1]}
        where = {"facts": facts, "citations": cites}
        if records:
            yield ctx.satisfied(("“{stage}”环节有记录", "The {stage} stage is recorded"), subject=key,
                                related=list(records), **where)
        else:
            yield ctx.violated(("“{stage}”环节（{subject} 等）没有任何文字或音像记录",
                                "The {stage} stage ({subject} …) has no written or audio-visual record"),
                               act=acts[0], discriminator=key, related=[a.id for a in acts[1:]], **where)
    archive_cites = _ARCHIVE_CITES.get(ctx.sector, _CPL_47)
    for closing in view.of(Closing):
        archives = [a for a in view.of(Archive) if a.on >= closing.on]
        if archives:
            yield ctx.satisfied(("结案后已归档", "Archived after closing"), act=closing, related=(archives[0].id,),
                                discriminator="archive", citations=archive_cites)
        else:
            yield ctx.violated(("案件已结案（{subject}），未归档保存", "Closed ({subject}) but not archived"),
                               act=closing, discriminator="archive", citations=archive_cites)


@rule(
    "RECORD-004",
    family="recording",
    title="检查、询问笔录和现场笔录由执法人员和当事人签名，拒绝签名或者不在场的予以注明",
    title_en="Transcripts signed",
    cites=[CPL.art(55, 2), ACL.art(18, item=7), ACL.art(18, item=8), ACL.art(18, item=9), SAMR_P.art(28),
           SAMR_P.art(29), SAMR_P.art(43), MEE_P.art(23, 2), MEE_P.art(28), PSAPL.art(98, 1), PSAPL.art(104),
           PSB_P.art(55, 3), PSB_P.art(77), PSB_P.art(86)],
    example=("扣押现场笔录上只有一名执法人员签名，当事人拒绝签名，笔录中也没有注明。",
             "The on-site record of a seizure is signed by one officer only; the party refused to sign and the "
             "record does not say so."),
    derived=("要求参与该环节的每名执法人员签名（未列明执法人员的，至少一名签名）；当事人不在场的检查笔录须注明，"
             "强制措施现场笔录须由见证人签名。",
             "Every officer who took part signs (at least one where none is listed); an inspection record notes "
             "the party's absence, and a coercive measure's on-site record is then signed by a witness."),
    severity=Severity.ERROR,
    review_items=("B4",),
    kinds=("penalty", "coercive_measure"),
    valid_from=ACL_IN_FORCE,
)
def transcripts_signed(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Inspection and questioning transcripts and the on-site record of a coercive measure are made, and —
    where the profile's texts say who signs — signed by the officers and the party; a refusal or the
    party's absence is noted, and for an absent party a coercive measure's record is signed by a witness."""
    for act in view.in_time_order(Inspection, Questioning, CoerciveMeasure):
        if act.on < ctx.rule.valid_from:
            continue
        made, signed = _transcript_cites(ctx, act)
        written = [r for r in view.records_for(act.id) if r.kind is RecordKind.WRITTEN]
        if not written:
            video = ctx.sector == "police" and any(r.kind is RecordKind.VIDEO for r in view.records_for(act.id))
            if isinstance(act, CoerciveMeasure) and video:  # PSB-P 55③: full AV may replace the written record
                yield ctx.satisfied(("以全程录音录像代替书面现场笔录", "Full audio-video replaces the written record"),
                                    act=act, citations=(PSB_P.art(55, 3),))
            else:  # CPL 55②: 询问或者检查应当制作笔录; ACL 18(七): 制作现场笔录
                yield ctx.violated(("{subject} 没有制作笔录", "No transcript was made of {subject}"), act=act,
                                   discriminator="missing", citations=made)
            continue
        if not signed:  # no text in this profile on who signs (freezing: ACL 30 omits 18(八)(九))
            yield ctx.satisfied(("{subject} 已制作笔录", "A transcript of {subject} was made"), act=act,
                                related=[r.id for r in written], citations=made)
            continue
        for record in written:
            yield _signatures(view, ctx, act, record, signed)


def _transcript_cites(ctx: RuleContext, act: ActBase) -> _Texts:
    """The texts that demand the transcript, and those that say who signs it, in this profile."""
    if isinstance(act, CoerciveMeasure):  # ACL 30: freezing keeps 18(七) only
        return _ACL_18_MADE, (() if act.measure is MeasureKind.FREEZE else _ACL_18_SIGNED)
    inspection = isinstance(act, Inspection)
    sector = ctx.sector
    if sector == "police" and ctx.matter == "public_security" and act.on >= _PSAPL_FROM:
        sector = "police-psapl"
    return _TRANSCRIPT_TEXTS.get((sector, inspection), ((_CPL_55,), ()))


#: (sector, inspection?) → (texts demanding the transcript, texts on who signs it).
_TRANSCRIPT_TEXTS: dict[tuple[str, bool], _Texts] = {
    ("samr", True): ((_CPL_55, SAMR_P.art(28)), (SAMR_P.art(28), SAMR_P.art(43))),
    ("samr", False): ((_CPL_55, SAMR_P.art(29)), (SAMR_P.art(29), SAMR_P.art(43))),
    ("mee", True): ((_CPL_55, MEE_P.art(28, 1)), (MEE_P.art(28, 2), MEE_P.art(28, 3))),
    ("mee", False): ((_CPL_55, MEE_P.art(23, 2)), ()),
    ("police", True): ((_CPL_55, PSB_P.art(86)), (PSB_P.art(86),)),
    ("police", False): ((_CPL_55, PSB_P.art(77)), (PSB_P.art(77),)),
    ("police-psapl", True): ((_CPL_55, PSAPL.art(104)), (PSAPL.art(104),)),
    ("police-psapl", False): ((_CPL_55, PSAPL.art(98, 1)), (PSAPL.art(98, 1),)),
}


def _signatures(view: CaseView, ctx: RuleContext, act: ActBase, record: Record,
                cites: tuple[Citation, ...]) -> Finding:
    sig = record.signatures
    where = {"subject": act.id, "loc": (*view.loc(record.id), "signatures"), "related": (record.id,),
             "discriminator": record.id, "citations": cites}
    if sig is None:
        return ctx.indeterminate(("笔录 {record} 未记录签名情况", "Record {record} does not record its signatures"),
                                 missing=("signatures",), facts={"record": record.id}, **where)
    problems: list[Gap] = []
    unknown: list[str] = []
    wanted = {i for i in act.staff_ids if is_officer(view, i)}
    if not sig.officer_ids or not wanted <= set(sig.officer_ids):
        problems.append(Gap.OFFICERS)
    if sig.party is None:
        unknown.append("signatures.party")
    elif sig.party is PartySignature.REFUSED:
        _flag(sig.refusal_noted, Gap.REFUSAL_NOTED, problems, unknown)
    elif sig.party is PartySignature.ABSENT:
        if isinstance(act, CoerciveMeasure):  # ACL 18(九): 见证人和行政执法人员签名
            _flag(sig.witness_signed, Gap.WITNESS_SIGNED, problems, unknown)
        elif isinstance(act, Inspection):  # MEE-P 28③; PSAPL 104; PSB-P 86; SAMR-P 43: 注明
            _flag(sig.absence_noted, Gap.ABSENCE_NOTED, problems, unknown)
        else:  # the person questioned signs the transcript (SAMR-P 29; PSAPL 98; PSB-P 77)
            problems.append(Gap.PARTY)
    if _PSAPL_104 in cites and sig.witness_signed is not True and not sig.refusal_noted:
        # PSAPL 104: 由检查人、被检查人和见证人签名; a refusal is noted
        _flag(sig.witness_signed, Gap.WITNESS_SIGNED, problems, unknown)
    facts: dict[str, object] = {"record": record.id, "problems": problems or unknown}
    if problems:
        if isinstance(act, CoerciveMeasure):  # the item of ACL 18 each problem breaks: (八) or (九)
            where["citations"] = tuple(dict.fromkeys(ACL.art(18, item=9 if g is Gap.WITNESS_SIGNED else 8)
                                                     for g in problems))
        return ctx.violated(("笔录 {record} 签名不全或未注明：{problems}",
                             "Record {record} lacks signatures or notes: {problems}"), facts=facts, **where)
    if unknown:
        return ctx.indeterminate(("笔录 {record} 未记录：{problems}", "Record {record} does not record: {problems}"),
                                 missing=unknown, facts=facts, **where)
    return ctx.satisfied(("笔录 {record} 已依法签名", "Record {record} is signed as required"), facts=facts,
                         **where)


def _flag(value: bool | None, gap: Gap, problems: list[Gap], unknown: list[str]) -> None:
    if value is None:
        unknown.append(f"signatures.{gap.value}")
    elif not value:
        problems.append(gap)


@rule(
    "RECORD-005",
    family="recording",
    title="结案经批准并及时办理，结案后立卷归档",
    title_en="Closed and archived",
    cites=[CPL.art(47), SAMR_P.art(77), SAMR_P.art(78), MEE_P.art(77), MEE_P.art(78), MEE_P.art(79)],
    example=("罚款已于5月20日缴清，结案审批表却到7月才填写；归档日期早于结案日期。",
             "The fine was paid on 20 May, but the closing approval was filled in only in July, and the file "
             "is dated as archived before it was closed."),
    derived=("未记录结案情形出现之日的，以最后一次缴款之日（执行完毕）或不予处罚、移送的决定之日为准。",
             "Where the closing ground's date is not recorded, it is the last payment (execution complete) or "
             "the date of a no-penalty or transfer decision."),
    severity=Severity.WARNING,
    review_items=("I1",),
)
def closed_and_archived(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """samr: an ordinary case is closed with the head's approval within 15 working days of a closing
    ground; mee: the closing is approved; everywhere: the file is archived after, not before, closing."""
    closing = next(iter(view.of(Closing)), None)
    if ctx.sector in ("samr", "mee") and not is_summary(view):
        yield from _closing(view, ctx, closing)
    if closing is not None:
        for archive in view.of(Archive):
            if archive.on < closing.on:
                yield ctx.violated(("归档（{subject}）早于结案", "Archived ({subject}) before the case was closed"),
                                   act=archive, related=(closing.id,), citations=(CPL.art(47),))


def _ground(view: CaseView, closing: Closing | None) -> date | None:
    if closing is not None and closing.ground_on is not None:
        return closing.ground_on
    payments = view.of(Payment)
    if payments:
        return payments[-1].on
    ended = [d for d in view.of(Decision) if d.outcome is not DecisionOutcome.PENALTY]
    return ended[-1].on if ended else None


def _closing(view: CaseView, ctx: RuleContext, closing: Closing | None) -> Iterator[Finding]:
    cites = (SAMR_P.art(77),) if ctx.sector == "samr" else (MEE_P.art(77),)
    if closing is not None and closing.approved_by is None:
        yield ctx.indeterminate(("结案 {subject} 未记录负责人批准", "Closing {subject} records no approval"),
                                act=closing, missing=("approved_by",), discriminator="approval", citations=cites)
    ground = _ground(view, closing)
    period = ctx.param("closing.within", on=ground or ctx.as_of)
    if ground is None or not period.configured:
        return
    facts = {"ground_on": ground, "period": period.value.zh if ctx.lang == "zh" else str(period.value)}
    where = {"act": closing, "discriminator": "period", "citations": period.cites, "facts": facts}
    try:
        last = ctx.calendar.end_of(ground, period.value)
    except CalendarCoverageError as exc:
        facts["year"] = exc.needed_year
        yield ctx.indeterminate(NO_CALENDAR, missing=(f"calendar:{exc.needed_year}",), **where)
        return
    facts["last_day"] = last
    if closing is None:
        if ctx.as_of <= last:
            yield ctx.pending(("应于 {last_day} 前结案", "To be closed by {last_day}"), due_on=last, **where)
        else:
            yield ctx.violated(("结案情形出现于 {ground_on}，逾期（{last_day}）未结案",
                                "A closing ground arose on {ground_on}; not closed by {last_day}"), **where)
    elif closing.on <= last:
        yield ctx.satisfied(("已在期限内结案", "Closed in time"), **where)
    else:
        yield ctx.violated(("结案 {subject} 晚于期限（{period}，至 {last_day}）",
                            "Closing {subject} came after the {period} period ended on {last_day}"), **where)
