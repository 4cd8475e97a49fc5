"""Which acts a binding text (or, when switched on, GB118) requires to be recorded by photo, audio or
video, and how: shared by RECORD-002 (a recording exists) and RECORD-003 (it covers the whole act).

Each requirement is a :class:`Need` beside the article that sets it. Sub-provisions:

- police 治安 from 2026-01-01 (PSAPL): 全程同步录音录像 of questioning the party in a case-handling
  facility (97①), remote questioning (100②), an on-the-spot inspection (103②), an on-the-spot seizure
  (105③), a one-officer questioning or seizure in a facility (108③, the only text that makes evidence
  unusable without it) and a one-officer summary decision (120③);
- police, every matter: a filing or a service done by one officer leading auxiliaries, 全程录音录像
  (PSB-P 52②);
- samr: photo, audio or video of inspections, questioning, sampling, evidence preservation, sealing and
  seizure (SAMR-P 44), of sampling by purchase (31②), of an absent party or a refusal to sign (43), of
  service left at the residence without a witness, electronic service and a posted public notice
  (82(二)(三)(五));
- mee: electronic service (MEE-P 60);
- GB118 (unverified; only when ``recording.gb118_lists`` is on): its 全程音像记录 list (warning) and its
  "as circumstances require" list (info), both profile data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from enforcement_rules.engine import CaseView
from enforcement_rules.law import GB118, MEE_P, PSAPL, PSB_P, SAMR_P, Citation, Instrument
from enforcement_rules.models.actions import (
    ActBase,
    CoerciveMeasure,
    Decision,
    Enforcement,
    EvidencePreservation,
    Filing,
    Hearing,
    Inspection,
    MeasureKind,
    Questioning,
    Sampling,
    Service,
    ServiceMethod,
)
from enforcement_rules.models.case import Procedure
from enforcement_rules.models.people import StaffRole
from enforcement_rules.models.records import PartySignature, Record, RecordKind
from enforcement_rules.report import Severity
from enforcement_rules.rule import RuleContext

__all__ = ["ANY_AV", "AUDIO_VIDEO", "VIDEO", "Need", "is_officer", "matching", "media_text", "needs_for", "needs_of",
           "officers"]

VIDEO = frozenset({RecordKind.VIDEO})
AUDIO_VIDEO = frozenset({RecordKind.AUDIO, RecordKind.VIDEO})
ANY_AV = frozenset({RecordKind.PHOTO, RecordKind.AUDIO, RecordKind.VIDEO})
PHOTO_VIDEO = frozenset({RecordKind.PHOTO, RecordKind.VIDEO})
_SEAL_SEIZE = (MeasureKind.SEAL, MeasureKind.SEIZE)
_ON_SITE = Inspection | Questioning | Sampling | EvidencePreservation
_GB118_TAG = {Inspection: "inspection", Sampling: "sampling", EvidencePreservation: "evidence_preservation",
              Hearing: "hearing"}
# The citations, built once (a Citation validates itself when made).
_PSAPL_97, _PSAPL_100, _PSAPL_103 = PSAPL.art(97, 1), PSAPL.art(100, 2), PSAPL.art(103, 2)
_PSAPL_105, _PSAPL_108, _PSAPL_120 = PSAPL.art(105, 3), PSAPL.art(108, 3), PSAPL.art(120, 3)
_PSB_P_52 = (PSB_P.art(52, 2),)
_SAMR_44, _SAMR_43, _SAMR_31 = (SAMR_P.art(44),), (SAMR_P.art(43),), (SAMR_P.art(31, 2),)
_SAMR_82 = {ServiceMethod.LEFT_AT_RESIDENCE: ((SAMR_P.art(82, item=2),), PHOTO_VIDEO),  # 留置并拍照、录像
            ServiceMethod.ELECTRONIC: ((SAMR_P.art(82, item=3),), ANY_AV),  # 电子送达：拍照、截屏、录音、录像
            ServiceMethod.FAX: ((SAMR_P.art(82, item=3),), ANY_AV),
            ServiceMethod.PUBLIC_NOTICE: ((SAMR_P.art(82, item=5),), PHOTO_VIDEO)}  # 张贴公告：拍照、录像
_MEE_60 = (MEE_P.art(60),)
_SAMR_TYPES = frozenset({Inspection, Questioning, Sampling, EvidencePreservation, CoerciveMeasure, Service})
_GB118_SWITCH = "recording.gb118_lists"


@dataclass(frozen=True, slots=True)
class Need:
    """One text's demand that ``act`` be recorded in one of ``media``; ``whole``: from start to end (全程);
    ``synchronous``: 全程同步录音录像; ``unusable``: without it the evidence cannot found a penalty."""

    act: ActBase
    cites: tuple[Citation, ...]
    media: frozenset[RecordKind]
    severity: Severity = Severity.ERROR
    whole: bool = False
    synchronous: bool = False
    unusable: bool = False
    missing: tuple[str, ...] = ()  # a fact that decides whether the text applies is not recorded

    @property
    def key(self) -> str:
        c = self.cites[0]
        return f"{c.instrument}-{c.article}"


def _sync(act: ActBase, cite: Citation, *, unusable: bool = False, missing: tuple[str, ...] = ()) -> Need:
    """全程同步录音录像: video, the whole act, an error."""
    return Need(act, (cite,), VIDEO, whole=True, synchronous=True, unusable=unusable, missing=missing)


def is_officer(view: CaseView, staff_id: str) -> bool:
    """Whether a member of staff acts as an officer here (staff listed without a role count as officers)."""
    s = view.staff(staff_id)
    return s is None or not s.roles or StaffRole.OFFICER in s.roles


def officers(view: CaseView, act: ActBase) -> int | None:
    """How many officers took part in ``act``; None when it lists no staff."""
    return sum(1 for i in act.staff_ids if is_officer(view, i)) if act.staff_ids else None


def needs_of(view: CaseView, ctx: RuleContext) -> Iterator[Need]:
    """Every recording requirement of the case, act by act in time order."""
    for act in view.acts:
        yield from needs_for(view, ctx, act)


def needs_for(view: CaseView, ctx: RuleContext, act: ActBase) -> Iterator[Need]:
    """The recording requirements of one act."""
    if ctx.sector == "police":
        yield from _police(view, ctx, act)
    elif ctx.sector == "samr":
        yield from _samr(view, act)
    elif ctx.sector == "mee" and isinstance(act, Service) and act.on >= _MEE_FROM and act.method in (
            ServiceMethod.ELECTRONIC, ServiceMethod.FAX):  # MEE-P 60: 电子送达…予以记录
        yield Need(act, _MEE_60, ANY_AV)
    yield from _gb118(ctx, act)


def _from(inst: Instrument) -> date:
    return inst.in_force or date.min


_PSAPL_FROM, _SAMR_FROM, _MEE_FROM, _GB118_FROM = _from(PSAPL), _from(SAMR_P), _from(MEE_P), _from(GB118)


def _police(view: CaseView, ctx: RuleContext, act: ActBase) -> Iterator[Need]:
    if ctx.matter == "public_security" and act.on >= _PSAPL_FROM:
        yield from _psapl(view, act)
    if isinstance(act, Filing | Service) and officers(view, act) == 1:
        # PSB-P 52②: 受案登记、送达文书 by one officer leading auxiliaries, 全程录音录像 (not 同步).
        yield Need(act, _PSB_P_52, AUDIO_VIDEO, whole=True)


def _psapl(view: CaseView, act: ActBase) -> Iterator[Need]:
    one = officers(view, act) == 1
    if isinstance(act, Questioning):
        if not act.witness:  # PSAPL 97①: 在执法办案场所询问违反治安管理行为人
            if act.in_facility is None:
                yield _sync(act, _PSAPL_97, missing=("in_facility",))
            elif act.in_facility:
                yield _sync(act, _PSAPL_97)
        if act.remote:  # PSAPL 100②: 询问和宣读过程应当全程同步录音录像
            yield _sync(act, _PSAPL_100)
    if isinstance(act, Inspection) and act.on_the_spot:  # PSAPL 103②: 当场检查
        yield _sync(act, _PSAPL_103)
    seizure = act if isinstance(act, CoerciveMeasure) and act.measure is MeasureKind.SEIZE else None
    if seizure is not None and seizure.emergency:  # PSAPL 105③: 当场实施扣押的，应当全程同步录音录像
        yield _sync(act, _PSAPL_105)
    in_facility = act.in_facility if isinstance(act, Questioning) else seizure and seizure.in_facility
    if one and (isinstance(act, Questioning) or seizure):  # PSAPL 108②③: one officer in a facility
        if in_facility is None:
            yield _sync(act, _PSAPL_108, unusable=True, missing=("in_facility",))
        elif in_facility:
            yield _sync(act, _PSAPL_108, unusable=True)
    if one and isinstance(act, Decision) and view.case.procedure is Procedure.SUMMARY:
        yield _sync(act, _PSAPL_120)  # PSAPL 120③: one-officer summary decision


def _samr(view: CaseView, act: ActBase) -> Iterator[Need]:
    if type(act) not in _SAMR_TYPES or act.on < _SAMR_FROM:
        return
    if isinstance(act, _ON_SITE) or (isinstance(act, CoerciveMeasure) and act.measure in _SEAL_SEIZE):
        yield Need(act, _SAMR_44, ANY_AV)  # SAMR-P 44: 拍照、录音、录像等方式记录现场情况
        if any(r.kind is RecordKind.WRITTEN and r.signatures is not None
               and r.signatures.party in (PartySignature.REFUSED, PartySignature.ABSENT)
               for r in view.records_for(act.id)):  # SAMR-P 43: 不到场、拒绝签名 → 录音、录像
            yield Need(act, _SAMR_43, AUDIO_VIDEO)
    if isinstance(act, Sampling) and act.by_purchase:  # SAMR-P 31②
        yield Need(act, _SAMR_31, ANY_AV)
    witnessed = isinstance(act, Service) and act.method is ServiceMethod.LEFT_AT_RESIDENCE and act.witness_present
    if isinstance(act, Service) and act.method in _SAMR_82 and not witnessed:  # SAMR-P 82(二)(三)(五)
        cites, media = _SAMR_82[act.method]
        yield Need(act, cites, media)


def _gb118(ctx: RuleContext, act: ActBase) -> Iterator[Need]:
    # The switch is looked up quietly first (most profiles leave it off) and read into the findings only
    # when the lists apply.
    if act.on < _GB118_FROM or not ctx.profile.value(_GB118_SWITCH, act.on, ctx.matter).value:
        return
    tags = _tags(act)
    if not tags:
        return
    ctx.param(_GB118_SWITCH, on=act.on)
    full = ctx.param("recording.gb118_full", on=act.on)
    listed = tags & full.value if full.configured else set()
    if listed:  # GB118 三(二): 推行全程音像记录 (unverified: a warning)
        yield Need(act, ctx.member_cites(full, sorted(listed)), AUDIO_VIDEO, Severity.WARNING, whole=True)
        return
    situational = ctx.param("recording.gb118_situational", on=act.on)
    listed = tags & situational.value if situational.configured else set()
    if listed:  # GB118 三(二): 根据实际情况进行音像记录 (advice)
        yield Need(act, ctx.member_cites(situational, sorted(listed)), ANY_AV, Severity.INFO)


def _tags(act: ActBase) -> set[str]:
    """The names the GB118 lists use for this act (the members of recording.gb118_*)."""
    tags: set[str] = set()
    if isinstance(act, CoerciveMeasure):
        if act.measure in (*_SEAL_SEIZE, MeasureKind.RESTRICT_LIBERTY):
            tags.add(act.measure.value)
        if act.in_facility:
            tags.add("facility")
    elif isinstance(act, Questioning):
        tags.add("facility" if act.in_facility else "questioning")
    elif type(act) in _GB118_TAG:
        tags.add(_GB118_TAG[type(act)])
    elif isinstance(act, Enforcement) and act.demolition:
        tags.add("demolition")
    elif isinstance(act, Service) and act.method in (ServiceMethod.LEFT_AT_RESIDENCE, ServiceMethod.PUBLIC_NOTICE):
        tags.add(act.method.value)
    return tags


_MEDIA_TEXT = {
    VIDEO: ("同步录音录像", "synchronous audio-video"),
    AUDIO_VIDEO: ("录音或者录像", "audio or video"),
    PHOTO_VIDEO: ("拍照或者录像", "photo or video"),
    ANY_AV: ("拍照、录音或者录像", "photo, audio or video"),
}


def media_text(media: frozenset[RecordKind], lang: str) -> str:
    zh, en = _MEDIA_TEXT[media]
    return zh if lang == "zh" else en


def matching(view: CaseView, need: Need) -> list[Record]:
    """The records of ``need.act`` in an accepted medium (a synchronous need refuses one marked not
    synchronous)."""
    return [r for r in view.records_for(need.act.id)
            if r.kind in need.media and not (need.synchronous and r.synchronous is False)]
