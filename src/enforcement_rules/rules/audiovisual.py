"""RECORD-002, RECORD-003 — audio-visual recording where a text requires it, and its coverage of the act
(音像记录、全程同步录音录像).

SPEC §4 RECORD; what each text requires is in rules/recording_needs.py, beside its article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, GB118, MEE_P, PSAPL, PSB_P, SAMR_P, Citation
from enforcement_rules.models.actions import ActBase, Service
from enforcement_rules.models.case import CaseKind
from enforcement_rules.models.records import Record
from enforcement_rules.report import Finding, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import UNCONFIGURED
from enforcement_rules.rules.recording_needs import (
    AUDIO_VIDEO,
    VIDEO,
    Need,
    matching,
    media_text,
    needs_for,
    needs_of,
)

__all__ = ["av_coverage", "av_recorded", "gaps"]

Span = tuple[datetime, datetime]
_CPL_47 = (CPL.art(47),)

_MISSING = {
    Severity.ERROR: ("{subject} 依法应当以{media}记录，案卷中没有相应记录",
                     "{subject} had to be recorded by {media}; the file has no such record"),
    Severity.WARNING: ("按国办发〔2018〕118号，{subject} 应当以{media}全程记录，案卷中没有相应记录",
                       "Under GB118 {subject} is to be recorded by {media} throughout; the file has no such record"),
    Severity.INFO: ("建议：按国办发〔2018〕118号，{subject} 可根据实际情况以{media}记录",
                    "Advice: under GB118 {subject} may call for a record by {media}, as circumstances require"),
}
_UNUSABLE = ("；依照治安管理处罚法第一百零八条第三款，相关证据不能作为处罚的根据",
             "; under PSAPL 108③ the evidence so taken cannot found a penalty")


@rule(
    "RECORD-002",
    family="recording",
    title="依法应当音像记录的执法环节已经音像记录",
    title_en="Audio-visual recording where a text requires it",
    cites=[PSAPL.art(97, 1), PSAPL.art(100, 2), PSAPL.art(103, 2), PSAPL.art(105, 3), PSAPL.art(108, 3),
           PSAPL.art(120, 3), PSB_P.art(52, 2), SAMR_P.art(31, 2), SAMR_P.art(43), SAMR_P.art(44),
           SAMR_P.art(82, item=2), SAMR_P.art(82, item=3), SAMR_P.art(82, item=5), MEE_P.art(60), GB118.art(3, item=2)],
    example=("市场监管部门实施扣押时只制作了现场笔录，没有拍照、录音或者录像。",
             "The market regulator seized goods with a written on-site record only: no photo, audio or video."),
    derived=("触发条件（在执法办案场所、一名人民警察、当场检查等）须有记录：未记录执法人员的，不按一人执法处理；"
             "公告送达按张贴公告处理（SAMR-P 82(五)）。118号文清单未核实，默认关闭；开启后全程音像记录清单为警示，"
             "“根据实际情况”清单为提示。",
             "A trigger (a case-handling facility, a single officer, an on-the-spot inspection) must be recorded: an "
             "act listing no officers is not treated as a one-officer act; a public-notice service is taken as "
             "posted (SAMR-P 82(五)). The GB118 lists are unverified and off by default; switched on, the "
             "'throughout' list gives warnings and the 'as circumstances require' list advice (info)."),
    severity=Severity.ERROR,
    review_items=("B7",),
    kinds=("penalty", "coercive_measure"),
)
def av_recorded(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """An act that a binding text requires to be photographed, audio- or video-recorded is so recorded,
    in the medium the text names; only PSAPL 108③ makes the evidence unusable without it."""
    for need in needs_of(view, ctx):
        act = need.act
        where = {"act": act, "citations": need.cites, "discriminator": need.key, "severity": need.severity}
        if need.missing:
            yield ctx.indeterminate(("未记录 {missing}，无法判断 {subject} 是否须录音录像",
                                     "{missing} is not recorded: cannot tell whether {subject} had to be recorded"),
                                    missing=need.missing, facts={"missing": list(need.missing)}, **where)
            continue
        found = matching(view, need)
        facts = {"media": media_text(need.media, ctx.lang), "evidence_unusable": need.unusable}
        if found or (isinstance(act, Service) and act.av_recorded):  # a service marked as photographed counts
            yield ctx.satisfied(("{subject} 已按要求以{media}记录", "{subject} was recorded by {media}"),
                                related=[r.id for r in found], facts=facts, **where)
            continue
        zh, en = _MISSING[need.severity]
        if need.unusable:
            zh, en = zh + _UNUSABLE[0], en + _UNUSABLE[1]
        yield ctx.violated((zh, en), facts=facts, **where)


@rule(
    "RECORD-003",
    family="recording",
    title="录音录像覆盖执法环节的全过程，没有中断",
    title_en="Uninterrupted coverage",
    cites=[CPL.art(47), PSAPL.art(97, 1), PSAPL.art(100, 2), PSAPL.art(103, 2), PSAPL.art(105, 3),
           PSAPL.art(108, 3), PSAPL.art(120, 3), PSB_P.art(52, 2), SAMR_P.art(31, 2), SAMR_P.art(43), SAMR_P.art(44),
           SAMR_P.art(82), MEE_P.art(60), GB118.art(3, item=2)],
    example=("当场扣押的两段执法记录仪视频之间缺了14分钟（10:02至10:16）。",
             "The two body-camera videos of an on-the-spot seizure leave 14 minutes uncovered (10:02–10:16)."),
    derived=("没有文本要求全程录音录像的，依行政处罚法第四十七条“全过程记录”对已有录音录像的中断给予警示（解释）；"
             "未记录起止时间的环节，只在须全程录音录像时判为无法判断。容许的中断取配置值（全程同步：0秒）。",
             "Where no text demands recording throughout, gaps in the recordings a penalty case has are warnings "
             "under CPL 47 'full-process recording' (a reading); an act without start and end times is "
             "indeterminate only where recording throughout is required. The gap tolerated is the profile's "
             "(0 seconds where 全程同步 is required)."),
    severity=Severity.ERROR,
    review_items=("B7",),
    kinds=("penalty", "coercive_measure"),
)
def av_coverage(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The audio-video segments documenting an act cover it from its start to its end; every gap longer
    than the profile's tolerance is reported with its start, end and length — an error where a text
    requires 全程同步录音录像, else a warning."""
    penalty = view.case.kind is CaseKind.PENALTY
    for act in view.acts:
        if not any(r.kind in AUDIO_VIDEO for r in view.records_for(act.id)):
            continue  # nothing recorded: a missing recording is RECORD-002's
        needs = [n for n in needs_for(view, ctx, act) if not n.missing]
        whole = [n for n in needs if n.whole]
        # Without a 全程 text: a penalty case's recordings under CPL 47, or those a text asked for (SAMR-P 44).
        cites = _cites(whole or needs) + (_CPL_47 if penalty and not whole else ())
        if cites:
            yield from _coverage(view, ctx, act, whole, cites)


def _cites(needs: Iterable[Need]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(c for n in needs for c in n.cites))


def _coverage(view: CaseView, ctx: RuleContext, act: ActBase, needs: list[Need],
              cites: tuple[Citation, ...]) -> Iterator[Finding]:
    sync = any(n.synchronous for n in needs)
    where = {"act": act, "citations": cites, "severity": Severity.ERROR if sync else Severity.WARNING}
    records = [r for r in view.records_for(act.id)
               if r.kind in (VIDEO if sync else AUDIO_VIDEO) and not (sync and r.synchronous is False)]
    if not records:  # only audio where video is required, or not synchronous: RECORD-002's
        yield ctx.not_applicable(("{subject} 没有可用的同步录音录像（见 RECORD-002）",
                                  "{subject} has no usable synchronous recording (see RECORD-002)"), **where)
        return
    spans, unknown = _spans(records)
    if act.start_at is None or act.end_at is None or unknown:
        if needs:
            missing = [f"records.{r}.segments" for r in unknown] or ["start_at", "end_at"]
            yield ctx.indeterminate(("未记录 {subject} 或其录音录像的起止时间，无法判断是否全程覆盖",
                                     "Start and end of {subject} or of its recordings are not recorded"),
                                    missing=missing, related=[r.id for r in records], **where)
        return
    tolerance = ctx.param("recording.gap_tolerance_seconds", on=act.on)
    if not tolerance.configured:
        yield ctx.indeterminate(UNCONFIGURED, missing=(tolerance.name,), facts={"param": tolerance.name}, **where)
        return
    related = [r.id for r in records]
    unusable = any(n.unusable for n in needs)
    found = [g for g in gaps((act.start_at, act.end_at), spans) if (g[1] - g[0]).total_seconds() > tolerance.value]
    for start, end in found:
        zh, en = ("{subject} 的录音录像在 {gap_start} 至 {gap_end} 中断，时长 {length}",
                  "The recording of {subject} stops from {gap_start} to {gap_end}, for {length}")
        if unusable:
            zh, en = zh + _UNUSABLE[0], en + _UNUSABLE[1]
        seconds = int((end - start).total_seconds())
        yield ctx.violated((zh, en), related=related, discriminator=start.isoformat(),
                           facts={"gap_start": start, "gap_end": end, "gap_seconds": seconds,
                                  "length": _length(seconds), "evidence_unusable": unusable}, **where)
    if not found:
        yield ctx.satisfied(("{subject} 的录音录像覆盖全过程", "The recordings cover {subject} throughout"),
                            related=related, **where)


def _spans(records: Iterable[Record]) -> tuple[list[Span], list[str]]:
    """The recorded stretches; a record with neither segments nor start and end is unknown."""
    spans: list[Span] = []
    unknown: list[str] = []
    for r in records:
        if r.segments:
            spans.extend((s.start_at, s.end_at) for s in r.segments)
        elif r.start_at is not None and r.end_at is not None:
            spans.append((r.start_at, r.end_at))
        else:
            unknown.append(r.id)
    return spans, unknown


def gaps(interval: Span, spans: Iterable[Span]) -> list[Span]:
    """The parts of ``interval`` that no span covers, in order (touching spans leave no gap)."""
    start, end = interval
    out: list[Span] = []
    cursor = start
    for s, e in sorted(spans):
        if cursor >= end:
            break
        if e <= s:
            continue  # an empty stretch records nothing
        if s > cursor:
            out.append((cursor, min(s, end)))
        cursor = max(cursor, e)
    if cursor < end:
        out.append((cursor, end))
    return out


def _length(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
