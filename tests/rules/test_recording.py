"""RECORD-001, RECORD-004 and RECORD-005 (SPEC §4): every stage recorded, transcripts signed, the case
closed in time and archived."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, outcomes, run
from tests.rules.coercion_cases import POLICE, SEIZURE

COMPLIANT = "samr-hearing-compliant"
LATE = date(2026, 11, 27)


def keyed(case: dict[str, Any], code: str, **kw: Any) -> dict[str, er.Finding]:
    return {f.key.split(":", 1)[1]: f for f in run(case, code, **kw).by_code(code) if ":" in f.key}


def record(case: dict[str, Any], record_id: str) -> dict[str, Any]:
    return next(r for r in case["records"] if r["id"] == record_id)


def record_index(case: dict[str, Any], record_id: str) -> int:
    return next(i for i, r in enumerate(case["records"]) if r["id"] == record_id)


def drop_records(case: dict[str, Any], *ids: str) -> dict[str, Any]:
    case["records"] = [r for r in case["records"] if r["id"] not in ids]
    return case


# -- RECORD-001 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [COMPLIANT, "samr-summary-compliant", "mee-ordinary-compliant",
                                  "police-public-security-2026"])
def test_record_001_every_stage_recorded_in_the_examples(name: str) -> None:
    """Each stage that took place has a written or audio-visual record, and a closed case is archived."""
    found = run(example(name), "RECORD-001").by_code("RECORD-001")
    assert found and all(f.outcome is er.Outcome.SATISFIED for f in found)


def test_record_001_unrecorded_stage_is_violated() -> None:
    """A stage with no record at all — the execution (payment) — breaks CPL 47."""
    case = drop_records(example(COMPLIANT), "rec-payment-1")
    f = keyed(case, "RECORD-001")["payment-1:execution"]
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "payment-1")
    assert f.loc == ("acts", next(i for i, a in enumerate(case["acts"]) if a["id"] == "payment-1"))
    assert {str(c) for c in f.citations} == {"CPL 47", "SAMR-P 79"}


def test_record_001_one_recorded_act_records_its_stage() -> None:
    """The stage is recorded when at least one of its acts is (here the notice, not the hearing notice)."""
    found = keyed(example(COMPLIANT), "RECORD-001")
    assert found["service"].outcome is er.Outcome.SATISFIED
    assert "serve-hearing-notice-1" not in found["service"].related


def test_record_001_summary_case_has_no_start_stage() -> None:
    """A summary case has no filing: the start stage did not take place and is not asked for."""
    assert "start" not in keyed(example("samr-summary-compliant"), "RECORD-001")


@pytest.mark.parametrize(("archive_on", "expected"), [("2025-06-03", "satisfied"), (None, "violated")])
def test_record_001_closed_case_is_archived(archive_on: str | None, expected: str) -> None:
    """A closed case is archived (CPL 47 归档保存; SAMR-P 78)."""
    case = example(COMPLIANT)
    if archive_on:
        act(case, "archive-1")["on"] = archive_on
    else:
        case["acts"] = [a for a in case["acts"] if a["id"] != "archive-1"]
        record(case, "rec-archive-1")["act_ids"] = ["closing-1"]
    f = keyed(case, "RECORD-001")["closing-1:archive"]
    assert (f.outcome.value, f.subject) == (expected, "closing-1")


def test_record_001_applies_to_penalty_cases() -> None:
    """CPL 47 governs penalty procedures; a coercive-measure case is outside."""
    assert outcomes(run(example(SEIZURE), "RECORD-001"), "RECORD-001") == ["not_applicable"]


# -- RECORD-004 ------------------------------------------------------------------------------------------


def test_record_004_signed_transcripts_satisfy() -> None:
    """Inspection and questioning transcripts signed by the officers and the party (SAMR-P 28, 29)."""
    found = keyed(example(COMPLIANT), "RECORD-004")
    assert {k: f.outcome.value for k, f in found.items()} == {
        "inspect-1:rec-inspect-1": "satisfied", "question-1:rec-question-1": "satisfied"}


def test_record_004_missing_officer_signature_is_violated() -> None:
    """Every officer who took part signs: one signature of two breaks SAMR-P 29."""
    case = example(COMPLIANT)
    record(case, "rec-question-1")["signatures"]["officer_ids"] = ["officer-zhang"]
    f = keyed(case, "RECORD-004")["question-1:rec-question-1"]
    assert (f.outcome, f.subject) == (er.Outcome.VIOLATED, "question-1")
    assert f.loc == ("records", record_index(case, "rec-question-1"), "signatures")
    assert [g.value for g in f.facts["problems"]] == ["officers"]
    assert {str(c) for c in f.citations} == {"SAMR-P 29", "SAMR-P 43"}


@pytest.mark.parametrize(("noted", "expected"), [(True, "satisfied"), (False, "violated"), (None, "indeterminate")])
def test_record_004_refusal_noted(noted: bool | None, expected: str) -> None:
    """A party who refuses to sign: the refusal is noted on the record (ACL 18(八))."""
    case = example(POLICE)
    record(case, "rec-seize-1")["signatures"]["refusal_noted"] = noted
    f = keyed(case, "RECORD-004")["seize-1:rec-seize-1"]
    assert f.outcome.value == expected
    cited = {"ACL 18(8)"} if expected == "violated" else {"ACL 18(7)", "ACL 18(8)", "ACL 18(9)"}
    assert {str(c) for c in f.citations} == cited


@pytest.mark.parametrize(("signed", "expected"), [(True, "satisfied"), (False, "violated")])
def test_record_004_absent_party_witness_signs_on_site_record(signed: bool, expected: str) -> None:
    """The party absent from a coercive measure: a witness signs the on-site record (ACL 18(九))."""
    case = example(SEIZURE)
    record(case, "rec-seize-1")["signatures"].update(party="absent", witness_signed=signed)
    f = keyed(case, "RECORD-004")["seize-1:rec-seize-1"]
    assert f.outcome.value == expected
    if expected == "violated":
        assert [str(c) for c in f.citations] == ["ACL 18(9)"]


@pytest.mark.parametrize(("noted", "expected"), [(True, "satisfied"), (False, "violated")])
def test_record_004_absent_party_noted_on_inspection_record(noted: bool, expected: str) -> None:
    """mee: the party's absence from an inspection is noted on the record (MEE-P 28③)."""
    case = example("mee-ordinary-compliant")
    record(case, "rec-inspect-1")["signatures"].update(party="absent", absence_noted=noted)
    f = keyed(case, "RECORD-004")["inspect-1:rec-inspect-1"]
    assert f.outcome.value == expected
    assert {str(c) for c in f.citations} == {"MEE-P 28②", "MEE-P 28③"}


def test_record_004_questioned_person_must_sign() -> None:
    """A questioning transcript without the questioned person's signature is not signed (SAMR-P 29)."""
    case = example(COMPLIANT)
    record(case, "rec-question-1")["signatures"]["party"] = "absent"
    f = keyed(case, "RECORD-004")["question-1:rec-question-1"]
    assert [g.value for g in f.facts["problems"]] == ["party"]


def test_record_004_no_transcript_is_violated() -> None:
    """No written record of a seizure: no on-site record was made (ACL 18(七))."""
    case = drop_records(example(SEIZURE), "rec-seize-1")
    f = keyed(case, "RECORD-004")["seize-1:missing"]
    assert (f.outcome, f.subject, f.loc) == (er.Outcome.VIOLATED, "seize-1", ("acts", 1))
    assert keyed(drop_records(example(COMPLIANT), "rec-question-1"), "RECORD-004")["question-1:missing"].citations[
        0].article == 55
    assert [str(c) for c in f.citations] == ["ACL 18(7)"]


def test_record_004_police_video_may_replace_the_on_site_record() -> None:
    """Police: a full audio-video recording may replace the written on-site record (PSB-P 55③)."""
    case = drop_records(example(POLICE), "rec-seize-1")
    f = keyed(case, "RECORD-004")["seize-1"]
    assert (f.outcome, [str(c) for c in f.citations]) == (er.Outcome.SATISFIED, ["PSB-P 55③"])


def test_record_004_unknown_signatures_are_indeterminate() -> None:
    """A transcript whose signatures are not recorded cannot be judged."""
    case = example(COMPLIANT)
    record(case, "rec-inspect-1").pop("signatures")
    f = keyed(case, "RECORD-004")["inspect-1:rec-inspect-1"]
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("signatures",))


def test_record_004_police_inspection_needs_a_witness() -> None:
    """治安 from 2026: the inspection record is signed by the inspector, the inspected and a witness
    (PSAPL 104)."""
    case = example("police-public-security-2026")
    case["acts"].append({"type": "inspection", "id": "inspect-9", "on": "2026-03-03",
                         "staff_ids": ["police-li", "police-zhou"]})
    case["records"].append({"id": "rec-9", "kind": "written", "act_ids": ["inspect-9"],
                            "signatures": {"party": "signed", "officer_ids": ["police-li", "police-zhou"],
                                           "witness_signed": False}})
    f = keyed(case, "RECORD-004")["inspect-9:rec-9"]
    assert (f.outcome, [str(c) for c in f.citations]) == (er.Outcome.VIOLATED, ["PSAPL 104"])


def test_record_004_national_profile_asks_for_the_transcript_only() -> None:
    """Nationally CPL 55② demands a transcript of every inspection and questioning but says nothing of
    signatures: an unsigned one is made, a missing one is not."""
    case = example("four-profiles")
    record(case, "rec-inspect-1").pop("signatures")
    f = keyed(case, "RECORD-004", profile="national")["inspect-1"]
    assert (f.outcome, [str(c) for c in f.citations]) == (er.Outcome.SATISFIED, ["CPL 55②"])
    case["records"] = [r for r in case["records"] if r["id"] != "rec-inspect-1"]
    assert keyed(case, "RECORD-004", profile="national")["inspect-1:missing"].outcome is er.Outcome.VIOLATED


# -- RECORD-005 ------------------------------------------------------------------------------------------


def closing_case(paid: str, closed: str | None, archived: str | None = None) -> dict[str, Any]:
    case = example(COMPLIANT)
    act(case, "payment-1")["on"] = paid
    keep = [a for a in case["acts"] if a["type"] not in ("closing", "archive")]
    if closed:
        keep.append({"type": "closing", "id": "closing-1", "on": closed, "approved_by": "head-wang"})
        keep.append({"type": "archive", "id": "archive-1", "on": archived or closed})
    case["acts"] = keep
    case["records"] = [r for r in case["records"] if r["id"] != "rec-archive-1"]
    return case


def test_record_005_closed_within_15_working_days() -> None:
    """samr: closed with approval within 15 working days of the last payment (SAMR-P 77)."""
    f = keyed(example(COMPLIANT), "RECORD-005")["closing-1:period"]
    assert (f.outcome, f.severity) == (er.Outcome.SATISFIED, er.Severity.WARNING)


@pytest.mark.parametrize(("closed", "expected"), [("2025-10-23", "satisfied"), ("2025-10-24", "violated")])
def test_record_005_period_across_national_day(closed: str, expected: str) -> None:
    """Paid Friday 2025-09-26: 15 working days count the 调休 Sunday 09-28 and Saturday 10-11, skip the
    National Day block, and end on 2025-10-23."""
    f = keyed(closing_case("2025-09-26", closed), "RECORD-005")["closing-1:period"]
    assert (f.outcome.value, f.facts["last_day"]) == (expected, date(2025, 10, 23))


@pytest.mark.parametrize(("as_of", "expected"), [(date(2025, 10, 23), "pending"), (date(2025, 10, 24), "violated")])
def test_record_005_not_yet_closed(as_of: date, expected: str) -> None:
    """No closing yet: open until the 15th working day, late after it."""
    f = keyed(closing_case("2025-09-26", None), "RECORD-005", as_of=as_of)["period"]
    assert f.outcome.value == expected


def test_record_005_recorded_ground_date_wins() -> None:
    """The day the closing ground arose, when recorded, is the start (here a court's end of execution)."""
    case = closing_case("2025-09-26", "2025-10-24")
    act(case, "closing-1")["ground_on"] = "2025-09-29"
    assert keyed(case, "RECORD-005")["closing-1:period"].outcome is er.Outcome.SATISFIED


def test_record_005_archive_before_closing_is_violated() -> None:
    """The file is archived after closing, not before."""
    case = closing_case("2025-05-20", "2025-06-03", archived="2025-06-01")
    f = keyed(case, "RECORD-005")["archive-1"]
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.WARNING, "archive-1")


def test_record_005_closing_approval_recorded() -> None:
    """samr and mee: the closing is approved by the head (SAMR-P 77; MEE-P 77)."""
    case = example("mee-ordinary-compliant")
    act(case, "closing-1").pop("approved_by")
    found = keyed(case, "RECORD-005", as_of=LATE)
    assert found["closing-1:approval"].outcome is er.Outcome.INDETERMINATE
    assert "closing-1:period" not in found  # MEE-P 77 sets no period


def test_record_005_no_period_nationally() -> None:
    """Nationally no closing period is set: nothing to check beyond the archive order."""
    assert outcomes(run(example(COMPLIANT), "RECORD-005", profile="national"), "RECORD-005") == ["not_applicable"]


def test_record_004_mee_questioning_transcript_made() -> None:
    """mee: a questioning is recorded in writing (MEE-P 23②); MEE-P 28's signatures govern inspections only."""
    found = keyed(example("mee-ordinary-compliant"), "RECORD-004")
    assert set(found) == {"inspect-1:rec-inspect-1", "question-1"}
    assert {str(c) for c in found["question-1"].citations} == {"CPL 55②", "MEE-P 23②"}
