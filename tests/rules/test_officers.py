"""AUTH-002, AUTH-003, AUTH-004 (SPEC §4): certified officers, at least two of them, certificates shown."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from tests.helpers import act, example, outcomes, run

COMPLIANT = "samr-hearing-compliant"
SUMMARY = "samr-summary-compliant"
POLICE = "police-public-security-2026"


def index(case: dict[str, Any], item_id: str, group: str = "acts") -> int:
    return next(i for i, a in enumerate(case[group]) if a["id"] == item_id)


def staff(case: dict[str, Any], staff_id: str) -> dict[str, Any]:
    person: dict[str, Any] = case["staff"][index(case, staff_id, "staff")]
    return person


def found(case: dict[str, Any], code: str, subject: str, **kw: Any) -> list[er.Finding]:
    return [f for f in run(case, code, **kw).by_code(code) if f.subject == subject]


def one_police_officer(case: dict[str, Any], act_id: str, *, video: bool) -> dict[str, Any]:
    """Leave one officer on ``act_id``; with ``video``, a full synchronous video record documents it."""
    act(case, act_id)["staff_ids"] = ["police-li"]
    for r in case["records"]:  # start from no recording of the act, whatever the example has
        if r["kind"] == "video":
            r["act_ids"] = [i for i in r["act_ids"] if i != act_id]
    case["records"] = [r for r in case["records"] if r["act_ids"]]
    if video:
        case["records"].append({"id": f"rec-{act_id}-av", "kind": "video", "act_ids": [act_id], "synchronous": True})
    return case


# -- AUTH-002 ------------------------------------------------------------------------------------------


def test_auth_002_certified_officers_satisfy() -> None:
    """Officers holding a certificate valid on the day meet CPL 42① and 76(五)."""
    assert set(outcomes(run(example(COMPLIANT), "AUTH-002"), "AUTH-002")) == {"satisfied"}


@pytest.mark.parametrize(("valid_until", "expected"), [("2025-03-05", "satisfied"), ("2025-03-04", "violated")],
                         ids=["expires-that-day", "expired-the-day-before"])
def test_auth_002_certificate_expiry_boundary(valid_until: str, expected: str) -> None:
    """A certificate is valid through its last day; one that expired the day before an inspection is an error
    on that inspection, naming the officer."""
    case = example(COMPLIANT)
    staff(case, "officer-li")["certificates"][0]["valid_until"] = valid_until
    (f,) = [f for f in found(case, "AUTH-002", "inspect-1") if f.outcome.value == expected]
    if expected == "violated":
        assert (f.severity, f.related, f.key) == (er.Severity.ERROR, ("officer-li",), "AUTH-002:inspect-1:officer-li")
        assert f.loc == ("acts", index(case, "inspect-1"), "staff_ids")
        assert f.facts["valid_until"].isoformat() == "2025-03-04"
        assert "officer-li" in f.message and "inspect-1" in f.message
        assert {(c.instrument, c.article) for c in f.citations} >= {("CPL", 42), ("CPL", 76)}


@pytest.mark.parametrize(("valid_from", "expected"), [("2025-03-05", "satisfied"), ("2025-03-06", "violated")])
def test_auth_002_certificate_not_yet_valid(valid_from: str, expected: str) -> None:
    """A certificate counts from its first day of validity, not before."""
    case = example(COMPLIANT)
    staff(case, "officer-zhang")["certificates"][0]["valid_from"] = valid_from
    assert expected in [f.outcome.value for f in found(case, "AUTH-002", "inspect-1")]


def test_auth_002_no_certificate_is_violated() -> None:
    """An officer recorded as holding no certificate may not take part (CPL 42①: 具有行政执法资格)."""
    case = example(COMPLIANT)
    staff(case, "officer-li")["certificates"] = []
    bad = run(case, "AUTH-002").violations
    assert {f.subject for f in bad} == {"inspect-1", "preserve-1", "question-1"}
    assert all(f.facts["officer"] == "officer-li" for f in bad)


@given(st.integers(-400, 400), st.integers(0, 800))
def test_auth_002_violated_exactly_outside_the_validity(start: int, length: int) -> None:
    """For any validity window, an officer's part in the inspection (2025-03-05) is a violation exactly when
    that day falls outside the window."""
    inspection = date(2025, 3, 5)
    valid_from = inspection + timedelta(days=start)
    valid_until = valid_from + timedelta(days=length)
    case = example(COMPLIANT)
    staff(case, "officer-li")["certificates"] = [{"number": "X1", "valid_from": valid_from.isoformat(),
                                                  "valid_until": valid_until.isoformat()}]
    outcome = [f.outcome.value for f in found(case, "AUTH-002", "inspect-1")]
    assert outcome == ["satisfied" if valid_from <= inspection <= valid_until else "violated"]


def test_auth_002_unrecorded_certificates_are_indeterminate() -> None:
    """Certificates not recorded, or a validity date missing: the rule cannot tell, and says so."""
    case = example(COMPLIANT)
    del staff(case, "officer-li")["certificates"]
    del staff(case, "officer-zhang")["certificates"][0]["valid_until"]
    (f,) = found(case, "AUTH-002", "inspect-1")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.facts["officers"] == ["officer-zhang", "officer-li"]
    assert f.missing == ("staff.certificates",)


def test_auth_002_recorder_is_not_an_officer() -> None:
    """Someone recorded only as a recorder is not acting as an enforcement officer."""
    case = example(COMPLIANT)
    act(case, "inspect-1")["staff_ids"].append("recorder-liu")
    assert [f.outcome.value for f in found(case, "AUTH-002", "inspect-1")] == ["satisfied"]


def test_auth_002_coercive_measure_cites_acl_17() -> None:
    """Coercive measures are taken only by qualified officers (ACL 17③)."""
    case = example(COMPLIANT)
    case["acts"].append({"type": "coercive_measure", "id": "seize-1", "on": "2025-03-06", "measure": "seize",
                         "staff_ids": ["officer-zhang", "officer-li"], "certificate_shown": True})
    (f,) = found(case, "AUTH-002", "seize-1")
    assert f.outcome is er.Outcome.SATISFIED
    assert ("ACL", 17, 3) in {(c.instrument, c.article, c.paragraph) for c in f.citations}


def test_auth_002_summary_decision_is_checked() -> None:
    """The officers deciding on the spot must be certified too."""
    case = example(SUMMARY)
    staff(case, "officer-li")["certificates"][0]["valid_until"] = "2025-06-11"
    assert {f.subject for f in run(case, "AUTH-002").violations} == {"inspect-1", "decision-1"}


def test_auth_002_nothing_to_check() -> None:
    """Without an investigative act, coercive measure or summary decision the rule does not apply."""
    case = example(COMPLIANT)
    case["acts"] = [a for a in case["acts"] if a["type"] not in ("inspection", "questioning", "evidence_preservation")]
    case["records"] = []
    assert outcomes(run(case, "AUTH-002"), "AUTH-002") == ["not_applicable"]


# -- AUTH-003 ------------------------------------------------------------------------------------------


def test_auth_003_two_certified_officers_satisfy() -> None:
    """Two certified officers on each act (CPL 42①; SAMR-P 22), with the parameter read recorded."""
    (f,) = found(example(COMPLIANT), "AUTH-003", "question-1")
    assert f.outcome is er.Outcome.SATISFIED
    assert [(p.name, p.value, p.layer) for p in f.params] == [("officers.minimum", 2, "samr")]


def test_auth_003_one_certified_officer_is_violated() -> None:
    """An uncertified companion does not make up the two."""
    case = example(COMPLIANT)
    staff(case, "officer-li")["certificates"] = []
    (f,) = found(case, "AUTH-003", "question-1")
    assert (f.outcome, f.severity, f.facts["certified"]) == (er.Outcome.VIOLATED, er.Severity.ERROR, 1)
    assert f.loc == ("acts", index(case, "question-1"), "staff_ids")


def test_auth_003_unknown_certificate_is_indeterminate() -> None:
    """With one officer certified and the other's certificate unrecorded, the count cannot be told."""
    case = example(COMPLIANT)
    del staff(case, "officer-li")["certificates"]
    assert [f.outcome.value for f in found(case, "AUTH-003", "question-1")] == ["indeterminate"]


def test_auth_003_one_officer_in_samr_has_no_exception() -> None:
    """Outside the police exceptions one officer never suffices, facility or not."""
    case = example(COMPLIANT)
    act(case, "question-1").update(staff_ids=["officer-zhang"], in_facility=True)
    assert [f.outcome.value for f in found(case, "AUTH-003", "question-1")] == ["violated"]


def test_auth_003_police_facility_questioning_with_synchronous_video() -> None:
    """From 2026 one police officer may question in a standard case-handling facility, with full synchronous
    audio-video (PSAPL 108②③)."""
    case = one_police_officer(example(POLICE), "question-1", video=True)
    act(case, "question-1")["in_facility"] = True
    (f,) = found(case, "AUTH-003", "question-1")
    assert f.outcome is er.Outcome.SATISFIED
    assert ("PSAPL", 108, 2) in {(c.instrument, c.article, c.paragraph) for c in f.citations}


def test_auth_003_police_one_officer_without_video_is_violated() -> None:
    """Without the synchronous recording the exception does not hold (PSAPL 108③)."""
    case = one_police_officer(example(POLICE), "question-1", video=False)
    act(case, "question-1")["in_facility"] = True
    (f,) = found(case, "AUTH-003", "question-1")
    assert (f.outcome, f.key) == (er.Outcome.VIOLATED, "AUTH-003:question-1:no_video")
    assert ("PSAPL", 108, 3) in {(c.instrument, c.article, c.paragraph) for c in f.citations}


def test_auth_003_police_non_synchronous_video_does_not_count() -> None:
    """A video not marked 全程同步 is not the recording PSAPL 108③ asks for."""
    case = one_police_officer(example(POLICE), "question-1", video=True)
    act(case, "question-1")["in_facility"] = True
    case["records"][-1]["synchronous"] = False
    assert [f.outcome.value for f in found(case, "AUTH-003", "question-1")] == ["violated"]


@pytest.mark.parametrize(("in_facility", "expected"), [(None, "indeterminate"), (False, "violated")])
def test_auth_003_police_facility_unknown_or_outside(in_facility: bool | None, expected: str) -> None:
    """Whether the questioning was in a case-handling facility decides the exception."""
    case = one_police_officer(example(POLICE), "question-1", video=True)
    act(case, "question-1")["in_facility"] = in_facility
    assert [f.outcome.value for f in found(case, "AUTH-003", "question-1")] == [expected]


@pytest.mark.parametrize(("day", "expected"), [("2025-12-31", "violated"), ("2026-01-01", "satisfied")])
def test_auth_003_police_exception_applies_from_2026(day: str, expected: str) -> None:
    """The one-officer exceptions come with the 2025 PSAPL, in force 2026-01-01."""
    case = one_police_officer(example(POLICE), "question-1", video=True)
    act(case, "question-1").update(on=day, in_facility=True)
    for key in ("start_at", "end_at", "at"):
        act(case, "question-1").pop(key, None)
    assert [f.outcome.value for f in found(case, "AUTH-003", "question-1")] == [expected]


def summary_police_case() -> dict[str, Any]:
    """The police example decided on the spot by one officer (a 200-yuan fine)."""
    case = example(POLICE)
    case["procedure"] = "summary"
    decision = act(case, "decision-1")
    decision.update(staff_ids=["police-li"], certificate_shown=True)
    case["records"].append({"id": "rec-decision-av", "kind": "video", "act_ids": ["decision-1"], "synchronous": True})
    return case


@pytest.mark.parametrize(("no_objection", "expected"), [(True, "satisfied"), (False, "violated"),
                                                        (None, "indeterminate")])
def test_auth_003_police_summary_decision_by_one_officer(no_objection: bool | None, expected: str) -> None:
    """One officer may decide on the spot only when the party does not object, with full synchronous
    audio-video (PSAPL 120③)."""
    case = summary_police_case()
    if no_objection is not None:
        act(case, "decision-1")["no_objection"] = no_objection
    assert [f.outcome.value for f in found(case, "AUTH-003", "decision-1")] == [expected]


def test_auth_003_police_facility_seizure() -> None:
    """A seizure in a case-handling facility may be done by one officer with synchronous recording."""
    case = example(POLICE)
    case["acts"].append({"type": "coercive_measure", "id": "seize-1", "on": "2026-03-03", "measure": "seize",
                         "staff_ids": ["police-li"], "in_facility": True, "certificate_shown": True})
    case["records"].append({"id": "rec-seize-av", "kind": "video", "act_ids": ["seize-1"], "synchronous": True})
    assert [f.outcome.value for f in found(case, "AUTH-003", "seize-1")] == ["satisfied"]


def test_auth_003_unconfigured_minimum_is_indeterminate(tmp_path: Any) -> None:
    """A profile that does not set the minimum cannot decide."""
    from enforcement_rules.profiles import Profile, load_layer

    path = tmp_path / "bare.toml"
    path.write_text('[profile]\nname = "bare"\nlayer = "national"\n', encoding="utf-8")
    report = run(example(COMPLIANT), "AUTH-003", profile=Profile("bare", [load_layer(path)]))
    assert set(outcomes(report, "AUTH-003")) == {"indeterminate"}


# -- AUTH-004 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("shown", "expected"), [(True, "satisfied"), (False, "violated"), (None, "indeterminate")])
def test_auth_004_certificate_shown_at_inspection(shown: bool | None, expected: str) -> None:
    """Officers show their certificates when investigating or inspecting (CPL 55①; SAMR-P 22)."""
    case = example(COMPLIANT)
    if shown is None:
        del act(case, "inspect-1")["certificate_shown"]
    else:
        act(case, "inspect-1")["certificate_shown"] = shown
    (f,) = found(case, "AUTH-004", "inspect-1")
    assert f.outcome.value == expected
    assert {(c.instrument, c.article) for c in f.citations} == {("CPL", 55), ("SAMR-P", 22)}
    if expected == "violated":
        assert f.loc == ("acts", index(case, "inspect-1"), "certificate_shown")


def test_auth_004_summary_decision() -> None:
    """Deciding on the spot, the officers show their certificates (CPL 52①)."""
    case = example(SUMMARY)
    act(case, "decision-1")["certificate_shown"] = False
    (f,) = found(case, "AUTH-004", "decision-1")
    assert f.outcome is er.Outcome.VIOLATED
    assert [(c.instrument, c.article, c.paragraph) for c in f.citations] == [("CPL", 52, 1)]


def test_auth_004_police_summary_decision_cites_psapl_from_2026() -> None:
    """治安 on-the-spot decisions from 2026: 出示人民警察证 (PSAPL 120①)."""
    case = summary_police_case()
    act(case, "decision-1")["certificate_shown"] = False
    (f,) = found(case, "AUTH-004", "decision-1")
    assert ("PSAPL", 120, 1) in {(c.instrument, c.article, c.paragraph) for c in f.citations}


def test_auth_004_coercive_measure() -> None:
    """At a coercive measure the officers show their identity documents (ACL 18(三))."""
    case = example(COMPLIANT)
    case["acts"].append({"type": "coercive_measure", "id": "seize-1", "on": "2025-03-06", "measure": "seize",
                         "staff_ids": ["officer-zhang", "officer-li"]})
    (f,) = found(case, "AUTH-004", "seize-1")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert [(c.instrument, c.article, c.item) for c in f.citations] == [("ACL", 18, 3)]


def test_auth_rules_cover_coercive_measure_cases() -> None:
    """The officer rules apply to coercive-measure cases as well as penalties."""
    case = example(COMPLIANT)
    case["kind"] = "coercive_measure"
    assert set(outcomes(run(case, "AUTH-004"), "AUTH-004")) == {"satisfied"}
