"""RECORD-002 and RECORD-003 (SPEC §4): audio-visual recording where a text requires it, and recordings
that cover the act from start to end."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from enforcement_rules.calendar import CHINA_TZ
from enforcement_rules.errors import ProfileError
from enforcement_rules.profiles import Profile, load_layer
from enforcement_rules.rules.audiovisual import gaps
from tests.helpers import act, example, run
from tests.rules.coercion_cases import POLICE, SEIZURE, user_profile

COMPLIANT = "samr-hearing-compliant"
POLICE_PENALTY = "police-public-security-2026"
CN = "+08:00"


def keyed(case: dict[str, Any], code: str, **kw: Any) -> dict[str, er.Finding]:
    return {f.key.split(":", 1)[1]: f for f in run(case, code, **kw).by_code(code) if ":" in f.key}


def record(case: dict[str, Any], record_id: str) -> dict[str, Any]:
    return next(r for r in case["records"] if r["id"] == record_id)


def drop_records(case: dict[str, Any], *ids: str) -> dict[str, Any]:
    case["records"] = [r for r in case["records"] if r["id"] not in ids]
    return case


def video(rec_id: str, act_id: str, *spans: tuple[str, str], **fields: Any) -> dict[str, Any]:
    return {"id": rec_id, "kind": "video", "act_ids": [act_id],
            "segments": [{"start_at": s + CN, "end_at": e + CN} for s, e in spans], **fields}


# -- RECORD-002 ------------------------------------------------------------------------------------------


def test_record_002_samr_on_site_acts_recorded() -> None:
    """samr: inspection, evidence preservation and questioning are photographed or recorded (SAMR-P 44)."""
    found = keyed(example(COMPLIANT), "RECORD-002")
    assert {k: f.outcome.value for k, f in found.items()} == {
        "inspect-1:SAMR-P-44": "satisfied", "preserve-1:SAMR-P-44": "satisfied", "question-1:SAMR-P-44": "satisfied"}


def test_record_002_seizure_without_any_recording_is_an_error() -> None:
    """A samr seizure with only a written record breaks SAMR-P 44."""
    case = drop_records(example(SEIZURE), "rec-seize-1-video-a", "rec-seize-1-video-b")
    f = keyed(case, "RECORD-002")["seize-1:SAMR-P-44"]
    assert (f.outcome, f.severity, f.subject, f.loc) == (er.Outcome.VIOLATED, er.Severity.ERROR, "seize-1", ("acts", 1))
    assert [str(c) for c in f.citations] == ["SAMR-P 44"]
    assert f.facts["evidence_unusable"] is False


@pytest.mark.parametrize(("kind", "expected"), [("audio", "satisfied"), ("photo", "violated")])
def test_record_002_refusal_to_sign_recorded_on_audio_or_video(kind: str, expected: str) -> None:
    """samr: a party who refuses to sign is noted and recorded by audio or video (SAMR-P 43); a photo is not
    enough."""
    case = drop_records(example(COMPLIANT), "rec-question-1-audio")
    record(case, "rec-question-1")["signatures"].update(party="refused", refusal_noted=True)
    case["records"].append({"id": "rec-q", "kind": kind, "act_ids": ["question-1"]})
    found = keyed(case, "RECORD-002")
    assert found["question-1:SAMR-P-43"].outcome.value == expected
    assert found["question-1:SAMR-P-44"].outcome is er.Outcome.SATISFIED


@pytest.mark.parametrize(("av", "witness", "expected"),
                         [(True, None, "satisfied"), (None, None, "violated"), (None, True, None)])
def test_record_002_service_left_at_the_residence(av: bool | None, witness: bool | None, expected: str | None) -> None:
    """samr: a document left at the residence without a witness is photographed or filmed (SAMR-P 82(二))."""
    case = example(COMPLIANT)
    act(case, "serve-hearing-notice-1").update(method="left_at_residence", av_recorded=av, witness_present=witness)
    f = keyed(case, "RECORD-002").get("serve-hearing-notice-1:SAMR-P-82")
    assert (f.outcome.value if f else None) == expected


def test_record_002_mee_electronic_service_recorded() -> None:
    """mee: electronic service is recorded by photo, screenshot, audio or video (MEE-P 60)."""
    case = example("mee-ordinary-compliant")
    act(case, "serve-notice-1").update(method="electronic", consent_signed=True)
    f = keyed(case, "RECORD-002")["serve-notice-1:MEE-P-60"]
    assert (f.outcome, f.citations[0].article) == (er.Outcome.VIOLATED, 60)


def test_record_002_police_questioning_in_a_facility() -> None:
    """治安 from 2026: questioning the party in a case-handling facility is synchronously recorded (PSAPL 97①)."""
    assert keyed(example(POLICE_PENALTY), "RECORD-002")["question-1:PSAPL-97"].outcome is er.Outcome.SATISFIED
    case = example(POLICE_PENALTY)
    record(case, "rec-question-1-video")["synchronous"] = False
    f = keyed(case, "RECORD-002")["question-1:PSAPL-97"]
    assert (f.outcome, f.severity) == (er.Outcome.VIOLATED, er.Severity.ERROR)


@pytest.mark.parametrize(("fields", "expected"), [
    ({"in_facility": None}, "indeterminate"), ({"in_facility": False}, None), ({"witness": True}, None),
    ({"on": "2025-12-31", "start_at": None, "end_at": None}, None)],
    ids=["facility-unknown", "not-in-facility", "witness", "before-2026"])
def test_record_002_psapl_97_trigger(fields: dict[str, Any], expected: str | None) -> None:
    """PSAPL 97① applies to questioning the party in a facility, from 2026-01-01."""
    case = example(POLICE_PENALTY)
    q = act(case, "question-1")
    for k, v in fields.items():
        if v is None:
            q.pop(k, None)
        else:
            q[k] = v
    f = keyed(case, "RECORD-002", as_of=date(2026, 11, 27)).get("question-1:PSAPL-97")
    assert (f.outcome.value if f else None) == expected
    if f is not None:
        assert f.missing == ("in_facility",)


def test_record_002_one_officer_without_recording_makes_evidence_unusable() -> None:
    """A one-officer questioning in a facility without synchronous recording: PSAPL 108③ — the evidence
    cannot found a penalty; the finding says so, and only that one."""
    case = drop_records(example(POLICE_PENALTY), "rec-question-1-video")
    act(case, "question-1")["staff_ids"] = ["police-li"]
    found = keyed(case, "RECORD-002")
    one = found["question-1:PSAPL-108"]
    assert (one.outcome, one.facts["evidence_unusable"]) == (er.Outcome.VIOLATED, True)
    assert "不能作为处罚的根据" in one.message
    assert found["question-1:PSAPL-97"].facts["evidence_unusable"] is False
    assert "不能作为" not in found["question-1:PSAPL-97"].message


@pytest.mark.parametrize(("field", "key"), [("remote", "PSAPL-100")])
def test_record_002_remote_questioning(field: str, key: str) -> None:
    """Remote video questioning is synchronously recorded throughout (PSAPL 100②)."""
    case = drop_records(example(POLICE_PENALTY), "rec-question-1-video")
    act(case, "question-1")[field] = True
    assert keyed(case, "RECORD-002")[f"question-1:{key}"].outcome is er.Outcome.VIOLATED


def test_record_002_police_on_the_spot_seizure_and_inspection() -> None:
    """An on-the-spot seizure (PSAPL 105③) and an on-the-spot inspection (103②) are recorded synchronously."""
    assert keyed(example(POLICE), "RECORD-002")["seize-1:PSAPL-105"].outcome is er.Outcome.SATISFIED
    case = example(POLICE)
    case["acts"].append({"type": "inspection", "id": "inspect-9", "on": "2026-04-18", "on_the_spot": True,
                         "staff_ids": ["police-li", "police-zhou"]})
    assert keyed(case, "RECORD-002")["inspect-9:PSAPL-103"].outcome is er.Outcome.VIOLATED


def test_record_002_one_officer_summary_decision() -> None:
    """A one-officer summary 治安 decision is synchronously recorded (PSAPL 120③)."""
    case = example(POLICE_PENALTY)
    case["procedure"] = "summary"
    act(case, "decision-1")["staff_ids"] = ["police-li"]
    assert keyed(case, "RECORD-002")["decision-1:PSAPL-120"].outcome is er.Outcome.VIOLATED


def test_record_002_psb_p_one_officer_filing() -> None:
    """Police: a filing by one officer leading auxiliaries is recorded on audio or video (PSB-P 52②)."""
    case = example(POLICE_PENALTY)
    act(case, "filing-1")["staff_ids"] = ["police-li"]
    f = keyed(case, "RECORD-002")["filing-1:PSB-P-52"]
    assert (f.outcome, f.severity) == (er.Outcome.VIOLATED, er.Severity.ERROR)


def test_record_002_gb118_lists_off_by_default_and_warnings_when_on(tmp_path: Path) -> None:
    """The GB118 lists are unverified: off by default; switched on, sealing/seizure without a recording
    is a warning and the situational list is advice (info)."""
    case = drop_records(example(SEIZURE), "rec-seize-1-video-a", "rec-seize-1-video-b", "rec-inspect-1-video")
    assert not any(k.endswith("GB118-3") for k in keyed(case, "RECORD-002"))
    profile = user_profile(tmp_path, '[[value]]\nparam = "recording.gb118_lists"\nvalue = true\ncite = "GB118 3(2)"\n')
    found = keyed(case, "RECORD-002", profile=profile)
    assert (found["seize-1:GB118-3"].outcome, found["seize-1:GB118-3"].severity) == (er.Outcome.VIOLATED,
                                                                                      er.Severity.WARNING)
    assert (found["inspect-1:GB118-3"].outcome, found["inspect-1:GB118-3"].severity) == (er.Outcome.VIOLATED,
                                                                                          er.Severity.INFO)
    assert found["seize-1:SAMR-P-44"].severity is er.Severity.ERROR
    assert "118号" in found["seize-1:GB118-3"].message and found["inspect-1:GB118-3"].message.startswith("建议")


# -- RECORD-003 ------------------------------------------------------------------------------------------


def test_record_003_seizure_covered_by_two_videos_passes() -> None:
    """Two videos back to back (09:38–10:08, 10:08–10:37) cover the seizure (09:40–10:35) throughout."""
    f = keyed(example(SEIZURE), "RECORD-003")["seize-1"]
    assert f.outcome is er.Outcome.SATISFIED
    assert f.related == ("rec-seize-1-video-a", "rec-seize-1-video-b")


def test_record_003_gap_between_two_videos_is_reported_with_start_end_and_length() -> None:
    """Two videos leaving 09:55–10:09 uncovered: one finding with the gap's start, end and length."""
    case = example(SEIZURE)
    record(case, "rec-seize-1-video-a")["segments"][0]["end_at"] = "2025-09-02T09:55:00+08:00"
    record(case, "rec-seize-1-video-b")["segments"][0]["start_at"] = "2025-09-02T10:09:00+08:00"
    found = run(case, "RECORD-003").by_code("RECORD-003")
    gap = next(f for f in found if f.subject == "seize-1")
    assert (gap.outcome, gap.severity, gap.loc) == (er.Outcome.VIOLATED, er.Severity.WARNING, ("acts", 1))
    assert (gap.facts["gap_start"].isoformat(), gap.facts["gap_end"].isoformat()) == (
        "2025-09-02T09:55:00+08:00", "2025-09-02T10:09:00+08:00")
    assert (gap.facts["gap_seconds"], gap.facts["length"]) == (840, "0:14:00")
    assert gap.key == "RECORD-003:seize-1:2025-09-02T09:55:00+08:00"
    assert "0:14:00" in gap.message and [str(c) for c in gap.citations] == ["SAMR-P 44"]


def test_record_003_synchronous_recording_gap_is_an_error() -> None:
    """Where a text requires 全程同步录音录像 (PSAPL 105③) a gap is an error, with tolerance 0."""
    f = keyed(example(POLICE), "RECORD-003")["seize-1:2026-04-18T21:48:00+08:00"]
    assert (f.outcome, f.severity, f.facts["length"]) == (er.Outcome.VIOLATED, er.Severity.ERROR, "0:14:00")
    assert [str(c) for c in f.citations] == ["PSAPL 105③"]


def test_record_003_every_gap_including_a_late_start_and_an_early_stop() -> None:
    """Recording that starts late, pauses and stops early leaves three gaps, each its own finding."""
    case = example(SEIZURE)
    case["records"] = [r for r in case["records"] if not r["id"].startswith("rec-seize-1-video")]
    case["records"].append(video("v", "seize-1", ("2025-09-02T09:41:00", "2025-09-02T10:00:00"),
                                 ("2025-09-02T10:00:01", "2025-09-02T10:34:00")))
    found = [f for f in run(case, "RECORD-003").by_code("RECORD-003") if f.subject == "seize-1"]
    assert [(f.facts["gap_start"].strftime("%H:%M:%S"), f.facts["gap_seconds"]) for f in found] == [
        ("09:40:00", 60), ("10:00:00", 1), ("10:34:00", 60)]


def test_record_003_tolerance_is_zero_and_cannot_be_raised(tmp_path: Path) -> None:
    """The tolerated gap is 0 seconds (全程), and no profile layer may loosen it."""
    with pytest.raises(ProfileError, match="gap_tolerance_seconds"):
        user_profile(tmp_path, '[[value]]\nparam = "recording.gap_tolerance_seconds"\nvalue = 5\ncite = "CPL 47"\n')


def test_record_003_required_coverage_without_times_is_indeterminate() -> None:
    """A 全程 requirement, but the act's start and end are not recorded: coverage cannot be decided."""
    case = example(POLICE)
    act(case, "seize-1").pop("end_at")
    f = keyed(case, "RECORD-003")["seize-1"]
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("start_at", "end_at"))


def test_record_003_recording_without_segments_or_times_is_indeterminate() -> None:
    """A required recording that states neither its segments nor its start and end cannot show coverage."""
    case = example(POLICE)
    rec = record(case, "rec-seize-1-video-b")
    for key in ("segments", "start_at", "end_at"):
        rec.pop(key)
    f = keyed(case, "RECORD-003")["seize-1"]
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("records.rec-seize-1-video-b.segments",))


def test_record_003_start_and_end_stand_for_one_segment() -> None:
    """A recording with a start and an end but no segments is one continuous stretch."""
    case = example(SEIZURE)
    for rid in ("rec-seize-1-video-a", "rec-seize-1-video-b"):
        record(case, rid).pop("segments")
    assert keyed(case, "RECORD-003")["seize-1"].outcome is er.Outcome.SATISFIED


def test_record_003_one_officer_gap_makes_evidence_unusable() -> None:
    """A gap in a PSAPL 108③ recording: the evidence cannot found a penalty."""
    case = example(POLICE_PENALTY)
    act(case, "question-1")["staff_ids"] = ["police-li"]
    record(case, "rec-question-1-video")["segments"] = [
        {"start_at": "2026-03-03T09:59:00+08:00", "end_at": "2026-03-03T10:20:00+08:00"},
        {"start_at": "2026-03-03T10:25:00+08:00", "end_at": "2026-03-03T10:51:00+08:00"}]
    f = keyed(case, "RECORD-003")["question-1:2026-03-03T10:20:00+08:00"]
    assert (f.severity, f.facts["evidence_unusable"]) == (er.Severity.ERROR, True)
    assert {str(c) for c in f.citations} == {"PSAPL 97①", "PSAPL 108③"}


def test_record_003_no_usable_recording_is_record_002s() -> None:
    """With no recording, or only one that is not synchronous, the gap check has nothing to measure:
    RECORD-002 reports it."""
    case = drop_records(example(POLICE), "rec-seize-1-video-a", "rec-seize-1-video-b")
    assert [f.outcome.value for f in run(case, "RECORD-003").findings] == ["not_applicable"]
    case = drop_records(example(POLICE), "rec-seize-1-video-b")
    record(case, "rec-seize-1-video-a")["synchronous"] = False
    assert keyed(case, "RECORD-003")["seize-1"].outcome is er.Outcome.NOT_APPLICABLE
    assert keyed(case, "RECORD-002")["seize-1:PSAPL-105"].outcome is er.Outcome.VIOLATED


def test_record_003_penalty_case_recordings_under_cpl_47() -> None:
    """In a penalty case, a recording with a gap is a warning under CPL 47's full-process recording."""
    case = example(COMPLIANT)
    record(case, "rec-question-1-audio")["segments"] = [
        {"start_at": "2025-03-10T13:59:00+08:00", "end_at": "2025-03-10T14:30:00+08:00"},
        {"start_at": "2025-03-10T14:31:00+08:00", "end_at": "2025-03-10T15:21:00+08:00"}]
    f = keyed(case, "RECORD-003")["question-1:2025-03-10T14:30:00+08:00"]
    assert (f.severity, {str(c) for c in f.citations}) == (er.Severity.WARNING, {"SAMR-P 44", "CPL 47"})


T0 = datetime(2025, 1, 1, 9, 0, tzinfo=CHINA_TZ)


@given(st.lists(st.tuples(st.integers(-60, 200), st.integers(0, 120)), max_size=6))
def test_record_003_gaps_are_exactly_the_uncovered_time(raw: list[tuple[int, int]]) -> None:
    """For any recorded stretches (empty ones included), the gaps and the stretches together cover the act,
    gaps never overlap a stretch, and gaps are ordered and disjoint."""
    act_span = (T0, T0 + timedelta(minutes=120))
    spans = [(T0 + timedelta(minutes=s), T0 + timedelta(minutes=s + d)) for s, d in raw]
    found = gaps(act_span, spans)
    for start, end in found:
        assert act_span[0] <= start < end <= act_span[1]
        assert all(e <= start or s >= end for s, e in spans if s < e)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(found))
    for minute in range(120):
        t = T0 + timedelta(minutes=minute, seconds=30)
        covered = any(s <= t < e for s, e in spans)
        assert covered != any(s <= t < e for s, e in found)


def test_record_003_only_acts_with_recordings_and_times() -> None:
    """samr: the inspection and the questioning are timed and recorded; the evidence preservation has a
    time but no end, and nothing demands it be recorded throughout — it is not measured."""
    assert set(keyed(example(COMPLIANT), "RECORD-003")) == {"inspect-1", "question-1"}


def test_record_003_unconfigured_tolerance_is_indeterminate(tmp_path: Path) -> None:
    """A profile without the gap tolerance cannot measure gaps."""
    path = tmp_path / "bare.toml"
    path.write_text('[profile]\nname = "bare"\nlayer = "national"\n', encoding="utf-8")
    f = keyed(example(COMPLIANT), "RECORD-003", profile=Profile("bare", [load_layer(path)]))["inspect-1"]
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("recording.gap_tolerance_seconds",))
