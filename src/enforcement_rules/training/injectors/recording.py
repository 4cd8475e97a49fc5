"""Injectors for the RECORD family (rules/recording.py, recording_needs.py, audiovisual.py): every stage
recorded, audio-video where a text requires it, recordings that cover the act, signed transcripts, the
case closed and archived.

Removing the only audio-video record of an act that a text requires to be recorded (RECORD-002) leaves
nothing for RECORD-003 to measure: that rule becomes not applicable, not violated. None of these changes
breaks another rule.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.defects import Description, Injector
from enforcement_rules.training.edits import CaseEdit, day_of
from enforcement_rules.training.injectors.common import acts, variant

__all__ = ["INJECTORS"]

_AV = ("audio", "video")
_KIND_ZH = {"inspection": "现场检查", "questioning": "询问", "sampling": "抽样", "coercive_measure": "强制措施",
            "legal_review": "法制审核", "case_review": "案件审核", "filing": "立案", "verification": "核查"}


def _av_records(data: dict[str, Any], act_id: str) -> list[dict[str, Any]]:
    return [r for r in data.get("records", []) if act_id in r["act_ids"] and r["kind"] in _AV]


def _written(data: dict[str, Any], act_id: str) -> list[dict[str, Any]]:
    return [r for r in data.get("records", []) if act_id in r["act_ids"] and r["kind"] == "written"]


# -- RECORD-001 every stage recorded -------------------------------------------------------------------------------


def _stage(types: tuple[str, ...]) -> Any:
    def applies(b: BuiltCase) -> bool:
        found = acts(b, *types)
        return bool(found) and all(set(r["act_ids"]) <= {a["id"] for a in found}
                                   for a in found for r in b.data["records"] if a["id"] in r["act_ids"])
    return applies


def _unrecorded(types: tuple[str, ...], zh: str, en: str) -> Any:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        del rng
        ids = {a["id"] for a in edit.of(*types)}
        edit.data["records"] = [r for r in edit.data["records"] if not set(r["act_ids"]) & ids]
        return zh, en
    return apply


_START = ("verification", "filing")
_REVIEW = ("legal_review", "case_review")

RECORD_001 = Injector("RECORD-001", (
    variant("start_unrecorded", 1, _stage(_START), _unrecorded(
        _START, "案卷中没有立案审批表、线索核查记录等任何启动环节的记录",
        "The file has no record of how the case was started"),
        "records.start"),
    variant("review_unrecorded", 2, _stage(_REVIEW), _unrecorded(
        _REVIEW, "审核环节没有任何书面记录（无审核意见书）", "The review stage left no written record"),
        "records.review"),
), requires={"procedure": ("ordinary",), "legal_review": (True, False)})


# -- RECORD-002 audio-video where required ------------------------------------------------------------------------


def _required_av(b: BuiltCase) -> list[str]:
    """Acts whose audio-video a text requires in this case, each recorded only in records of its own."""
    if b.knobs.sector == "samr":
        types: tuple[str, ...] = ("inspection", "questioning")
    elif b.knobs.sector == "police":
        types = ("questioning",)
    else:
        return []
    return [a["id"] for a in acts(b, *types) if a.get("in_facility") is not False
            and _av_records(b.data, a["id"]) and all(r["act_ids"] == [a["id"]] for r in _av_records(b.data, a["id"]))]


def _no_av(edit: CaseEdit, rng: random.Random) -> Description:
    act_id = rng.choice(_required_av(edit.built))
    act = edit.act(act_id)
    assert act is not None
    gone = {r["id"] for r in _av_records(edit.data, act_id)}
    edit.data["records"] = [r for r in edit.data["records"] if r["id"] not in gone]
    if edit.built.knobs.sector == "police":
        return (f"在执法办案场所进行的询问（{act['on']}）没有全程同步录音录像", f"The questioning of {act['on']} "
                "in the case-handling facility was not recorded on audio-video")
    return (f"{act['on']} 的{_KIND_ZH[act['type']]}没有按规定拍照、录音或者录像",
            f"The {act['type']} of {act['on']} was not photographed or recorded as required")


RECORD_002 = Injector("RECORD-002", (
    variant("no_audio_video", 2, lambda b: bool(_required_av(b)), _no_av, "records.av"),
), requires={"sector": ("samr", "police"), "procedure": ("ordinary",)})


# -- RECORD-003 recordings cover the act ----------------------------------------------------------------------------


def _covered(b: BuiltCase) -> list[str]:
    return [a["id"] for a in acts(b, "questioning", "inspection") if a.get("start_at") and a.get("end_at")
            and any(r.get("segments") for r in _av_records(b.data, a["id"]))]


def _gap(edit: CaseEdit, rng: random.Random) -> Description:
    act_id = rng.choice(_covered(edit.built))
    act = edit.act(act_id)
    assert act is not None
    record = next(r for r in _av_records(edit.data, act_id) if r.get("segments"))
    start, end = datetime.fromisoformat(act["start_at"]), datetime.fromisoformat(act["end_at"])
    cut = start + (end - start) / 3
    minutes = rng.choice((12, 18, 25))
    resume = min(cut + timedelta(minutes=minutes), end - timedelta(minutes=1))
    seg = record["segments"][0]
    record["segments"] = [{"start_at": seg["start_at"], "end_at": cut.isoformat()},
                          {"start_at": resume.isoformat(), "end_at": seg["end_at"]}]
    gap = int((resume - cut).total_seconds() // 60)
    return (f"{act['on']} {_KIND_ZH[act['type']]}的录像在 {cut:%H:%M} 至 {resume:%H:%M} 中断 {gap} 分钟，未覆盖全过程",
            f"The recording of the {act['type']} of {act['on']} stops for {gap} minutes ({cut:%H:%M}–{resume:%H:%M})")


RECORD_003 = Injector("RECORD-003", (
    variant("recording_gap", 3, lambda b: bool(_covered(b)), _gap, "records.av"),
))


# -- RECORD-004 transcripts signed ----------------------------------------------------------------------------------


def _signed(b: BuiltCase) -> list[str]:
    """Transcripts the party signed, where the profile's texts say who signs (samr, police; mee: inspections —
    MEE-P 23② names no signers of a questioning transcript; the national profile names none)."""
    types = {"samr": ("questioning", "inspection"), "police": ("questioning", "inspection"),
             "mee": ("inspection",)}.get(b.knobs.sector, ())
    return [a["id"] for a in acts(b, *types)
            if any((r.get("signatures") or {}).get("party") == "signed" for r in _written(b.data, a["id"]))]


def _unsigned(party: bool) -> Any:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        act_id = rng.choice(_signed(edit.built))
        act = edit.act(act_id)
        assert act is not None
        record = next(r for r in _written(edit.data, act_id) if r.get("signatures"))
        what = _KIND_ZH[act["type"]]
        if party:
            record["signatures"]["party"] = "absent"
            record["signatures"]["absence_noted"] = False
            return (f"{act['on']} 的{what}笔录没有被询问（检查）人签名，也未注明原因",
                    f"The {act['type']} transcript of {act['on']} bears no signature of the person and no note why")
        record["signatures"]["officer_ids"] = record["signatures"]["officer_ids"][:1]
        return (f"{act['on']} 的{what}笔录只有一名执法人员签名", f"Only one officer signed the {act['type']} "
                f"transcript of {act['on']}")
    return apply


RECORD_004 = Injector("RECORD-004", (
    variant("party_did_not_sign", 1, lambda b: bool(_signed(b)), _unsigned(True), "records.signatures"),
    variant("officer_did_not_sign", 2, lambda b: bool(_signed(b)), _unsigned(False), "records.signatures"),
), requires={"sector": ("samr", "police", "mee")})


# -- RECORD-005 closed and archived ----------------------------------------------------------------------------------


def _closed(b: BuiltCase) -> bool:
    return bool(acts(b, "closing")) and bool(acts(b, "archive"))


def _archived_early(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    closing, archive = edit.first("closing"), edit.first("archive")
    assert closing is not None
    assert archive is not None
    payment = edit.first("payment", "publication", "service")
    day = edit.cal.add_working_days(day_of(closing), -1)
    if payment is not None and day < day_of(payment):
        day = day_of(closing)
        archive["on"], closing["on"] = day.isoformat(), edit.cal.add_working_days(day, 1).isoformat()
    else:
        edit.set_day(archive, day)
    return (f"案卷于 {archive['on']} 归档，而结案审批在 {closing['on']}：先归档后结案",
            f"The file was archived on {archive['on']}, before the case was closed on {closing['on']}")


def _closed_late(edit: CaseEdit, rng: random.Random) -> Description:
    closing, archive = edit.first("closing"), edit.first("archive")
    assert closing is not None
    assert archive is not None
    ground = max(day_of(a) for a in edit.of("payment"))
    late = edit.cal.add_working_days(ground, rng.randint(17, 22))
    edit.set_day(closing, late)
    edit.set_day(archive, edit.cal.add_working_days(late, 2))
    return (f"罚没款于 {ground.isoformat()} 缴清，直到 {late.isoformat()} 才办理结案审批，超过十五个工作日",
            f"Paid in full on {ground.isoformat()}, the case was closed only on {late.isoformat()}, "
            "after 15 working days")


RECORD_005 = Injector("RECORD-005", (
    variant("archived_before_closing", 2, _closed, _archived_early, "closing", companions={
        "RECORD-001": "先归档后结案，结案之后也就没有归档（CPL 47：结案后归档） / "
                      "archived before closing, the closed case "
                      "has no archive after its closing"}),
    variant("closed_late", 3, lambda b: _closed(b) and b.knobs.sector == "samr" and bool(acts(b, "payment")),
            _closed_late, "closing"),
), requires={"procedure": ("ordinary",)})

INJECTORS: tuple[Injector, ...] = (RECORD_001, RECORD_002, RECORD_003, RECORD_004, RECORD_005)
