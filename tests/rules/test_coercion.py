"""COERCE-001 and COERCE-002 (SPEC §4): approval of a coercive measure, and the duties on the spot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import enforcement_rules as er
from enforcement_rules.profiles import Profile, load_layer
from tests.helpers import act, example, only, outcomes, run
from tests.rules.coercion_cases import POLICE, SEIZURE, bare_seizure, in_penalty_case, lifted, seizure


def by_key(report: er.Report, code: str) -> dict[str, er.Finding]:
    return {f.key: f for f in report.by_code(code)}


# -- COERCE-001 ------------------------------------------------------------------------------------------


def test_coerce_001_prior_approval_satisfies() -> None:
    """A measure approved by the agency head before it is taken meets ACL 18(一) (and SAMR-P 36① for samr)."""
    f = only(run(example(SEIZURE), "COERCE-001"), "COERCE-001")
    assert (f.outcome, f.subject) == (er.Outcome.SATISFIED, "seize-1")
    assert {str(c) for c in f.citations} == {"ACL 18(1)", "SAMR-P 36①"}


def test_coerce_001_approval_after_the_act_without_emergency_is_violated() -> None:
    """Approval given only after a measure that was not an emergency breaks ACL 18(一)."""
    case = seizure(approved_at="2025-09-02T11:00:00+08:00")
    f = only(run(case, "COERCE-001"), "COERCE-001")
    assert (f.outcome, f.severity, f.subject, f.loc) == (er.Outcome.VIOLATED, er.Severity.ERROR, "seize-1", ("acts", 1))
    assert f.key == "COERCE-001:seize-1:approval"


@pytest.mark.parametrize("approval", ["not_sought", "refused"])
def test_coerce_001_no_approval_is_violated(approval: str) -> None:
    """A measure taken without the head's approval (never sought, or refused) is unlawful (ACL 18(一))."""
    case = seizure(approved_by=None, approved_at=None, approval=approval)
    assert outcomes(run(case, "COERCE-001"), "COERCE-001") == ["violated"]


def test_coerce_001_unrecorded_approval_is_indeterminate() -> None:
    """Whether the head approved is not recorded: the rule cannot decide."""
    f = only(run(seizure(approved_by=None, approved_at=None), "COERCE-001"), "COERCE-001")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("approval",))


@pytest.mark.parametrize(
    ("approved", "expected"),
    [({"approved_on": "2025-09-01"}, "satisfied"), ({"approved_on": "2025-09-02"}, "indeterminate"),
     ({"approved_at": "2025-09-02T09:39:00+08:00"}, "satisfied"),
     ({"approved_at": "2025-09-02T09:41:00+08:00"}, "violated"), ({"approved_on": "2025-09-03"}, "violated")],
    ids=["day-before", "same-day-no-time", "minute-before", "minute-after", "day-after"],
)
def test_coerce_001_prior_approval_boundary(approved: dict[str, str], expected: str) -> None:
    """Approval must come before the measure (09:40): the day or minute before is in time, after is not;
    the same day without a time is unknown."""
    case = seizure(**{"approved_at": None, **approved})
    assert outcomes(run(case, "COERCE-001"), "COERCE-001") == [expected]


@pytest.mark.parametrize(
    ("reported_at", "expected"),
    [("2025-09-03T09:40:00+08:00", "satisfied"), ("2025-09-03T09:41:00+08:00", "violated")],
    ids=["24-hours", "24-hours-and-a-minute"],
)
def test_coerce_001_emergency_report_within_24_hours(reported_at: str, expected: str) -> None:
    """An on-the-spot measure taken at 09:40 is reported to the head within 24 hours of that time (ACL 19)."""
    case = seizure(emergency=True, approved_at="2025-09-03T15:00:00+08:00", reported_at=reported_at)
    found = by_key(run(case, "COERCE-001"), "COERCE-001")
    assert found["COERCE-001:seize-1:report"].outcome.value == expected
    assert found["COERCE-001:seize-1:approval"].outcome is er.Outcome.SATISFIED
    assert "ACL 19" in {str(c) for c in found["COERCE-001:seize-1:report"].citations}


@pytest.mark.parametrize(
    ("reported_on", "expected"),
    [("2025-09-02", "satisfied"), ("2025-09-03", "indeterminate"), ("2025-09-04", "violated")],
    ids=["same-day", "next-day", "two-days-later"],
)
def test_coerce_001_emergency_report_with_dates_only(reported_on: str, expected: str) -> None:
    """With dates only the 24 hours are decided when the dates decide them, and are unknown otherwise."""
    case = seizure(emergency=True, start_at=None, end_at=None, approved_at=None, approved_on="2025-09-05",
                   reported_on=reported_on)
    f = by_key(run(case, "COERCE-001"), "COERCE-001")["COERCE-001:seize-1:report"]
    assert f.outcome.value == expected
    if expected == "indeterminate":
        assert f.missing == ("at", "reported_at")


def test_coerce_001_an_approval_in_time_proves_the_report() -> None:
    """Without a recorded report, an approval within 24 hours shows the head was told in time."""
    case = seizure(emergency=True, approved_at="2025-09-02T18:00:00+08:00")
    assert outcomes(run(case, "COERCE-001"), "COERCE-001") == ["satisfied", "satisfied"]


def test_coerce_001_emergency_never_reported_nor_approved() -> None:
    """An emergency measure never reported and never approved breaks both duties of ACL 19."""
    case = seizure(emergency=True, approved_by=None, approved_at=None, approval="not_sought")
    assert outcomes(run(case, "COERCE-001"), "COERCE-001") == ["violated", "violated"]


def test_coerce_001_emergency_with_nothing_recorded_is_indeterminate() -> None:
    """Neither report nor approval recorded: both are unknown."""
    case = seizure(emergency=True, approved_by=None, approved_at=None)
    assert outcomes(run(case, "COERCE-001"), "COERCE-001") == ["indeterminate", "indeterminate"]


@pytest.mark.parametrize(
    ("lift_on", "as_of", "expected"),
    [("2025-09-03", date(2025, 12, 1), "satisfied"), (None, date(2025, 9, 3), "pending"),
     ("2025-09-04", date(2025, 12, 1), "violated"), (None, date(2025, 9, 4), "violated")],
    ids=["lifted-that-day", "open-that-day", "lifted-next-day", "never-lifted"],
)
def test_coerce_001_refused_emergency_measure_is_lifted_at_once(lift_on: str | None, as_of: date,
                                                                expected: str) -> None:
    """When the head refuses an emergency measure it is lifted at once (ACL 19): the same day."""
    case = bare_seizure(emergency=True, approval="refused", approved_by=None,
                        approved_at="2025-09-03T09:00:00+08:00")
    if lift_on:
        lifted(case, lift_on)
    f = by_key(run(case, "COERCE-001", as_of=as_of), "COERCE-001")["COERCE-001:seize-1:approval"]
    assert f.outcome.value == expected
    if expected == "pending":
        assert f.due_on == date(2025, 9, 3)


@pytest.mark.parametrize(
    ("returned_at", "reported_on", "expected"),
    [(None, "2025-09-02", "satisfied"), ("2025-09-02T13:00:00+08:00", "2025-09-03", "violated"),
     (None, "2025-09-03", "indeterminate"), ("2025-09-03T01:00:00+08:00", "2025-09-03", "satisfied")],
    ids=["same-day", "day-after-return", "return-unknown", "returned-after-midnight"],
)
def test_coerce_001_liberty_restriction_reported_on_return(returned_at: str | None, reported_on: str,
                                                           expected: str) -> None:
    """A restriction of liberty taken on the spot is reported at once on return to the agency (ACL 20(二))."""
    case = seizure(measure="restrict_liberty", emergency=True, approved_at=None, approved_on="2025-09-04",
                   reported_on=reported_on, returned_at=returned_at)
    f = by_key(run(case, "COERCE-001"), "COERCE-001")["COERCE-001:seize-1:report"]
    assert f.outcome.value == expected
    assert "ACL 20①(2)" in {str(c) for c in f.citations}


def test_coerce_001_freezing_has_no_emergency_route() -> None:
    """Freezing follows ACL 18(一) only (ACL 30): an emergency freeze is unlawful."""
    f = only(run(seizure(measure="freeze", emergency=True), "COERCE-001"), "COERCE-001")
    assert f.outcome is er.Outcome.VIOLATED
    assert "ACL 30①" in {str(c) for c in f.citations}


def test_coerce_001_police_on_the_spot_seizure_cites_psapl() -> None:
    """A police 治安 seizure on the spot from 2026 is reported and approved under PSAPL 105③ and PSB-P 56."""
    found = run(example(POLICE), "COERCE-001").by_code("COERCE-001")
    assert [f.outcome.value for f in found] == ["satisfied", "satisfied"]
    assert {"PSAPL 105③", "PSB-P 56", "ACL 19"} <= {str(c) for c in found[0].citations}


def test_coerce_001_measure_inside_a_penalty_case() -> None:
    """A coercive measure taken inside a penalty case is checked the same way."""
    measure = {"type": "coercive_measure", "id": "seal-1", "on": "2025-03-05", "measure": "seal",
               "approved_by": "head-wang", "approved_on": "2025-03-06"}
    f = only(run(in_penalty_case(measure), "COERCE-001"), "COERCE-001")
    assert (f.outcome, f.subject) == (er.Outcome.VIOLATED, "seal-1")


def test_coerce_001_no_measure_is_not_applicable() -> None:
    """A case without coercive measures has nothing for the rule to check."""
    assert outcomes(run(example("samr-hearing-compliant"), "COERCE-001"), "COERCE-001") == ["not_applicable"]


# -- COERCE-002 ------------------------------------------------------------------------------------------


def test_coerce_002_duties_on_the_spot_satisfied() -> None:
    """Party present and notified, told reasons, basis, rights and remedies, and heard (ACL 18(四)–(六))."""
    found = run(example(SEIZURE), "COERCE-002").by_code("COERCE-002")
    assert [(f.outcome.value, f.key) for f in found] == [
        ("satisfied", "COERCE-002:seize-1:party_notified"), ("satisfied", "COERCE-002:seize-1:told"),
        ("satisfied", "COERCE-002:seize-1:statement_heard")]


def test_coerce_002_remedies_not_told_is_violated() -> None:
    """Leaving out the remedies breaks ACL 18(五)."""
    case = seizure(told=["reasons", "basis", "rights"])
    f = by_key(run(case, "COERCE-002"), "COERCE-002")["COERCE-002:seize-1:told"]
    assert (f.outcome, f.loc) == (er.Outcome.VIOLATED, ("acts", 1, "told"))
    assert [t.value for t in f.facts["missing"]] == ["remedies"]
    assert [str(c) for c in f.citations] == ["ACL 18(5)"]


def test_coerce_002_statement_not_heard_is_violated() -> None:
    """The party's statement and defence are heard (ACL 18(六))."""
    f = by_key(run(seizure(statement_heard=False), "COERCE-002"), "COERCE-002")["COERCE-002:seize-1:statement_heard"]
    assert f.outcome is er.Outcome.VIOLATED


@pytest.mark.parametrize(("witness", "expected"), [(True, "satisfied"), (False, "violated"), (None, "indeterminate")])
def test_coerce_002_absent_party_needs_a_witness(witness: bool | None, expected: str) -> None:
    """When the party is absent a witness is invited (ACL 18(九)); telling and hearing are not possible."""
    case = seizure(party_present=False, witness_present=witness)
    found = by_key(run(case, "COERCE-002"), "COERCE-002")
    assert set(found) == {"COERCE-002:seize-1:party_notified", "COERCE-002:seize-1:witness_present"}
    assert found["COERCE-002:seize-1:witness_present"].outcome.value == expected


def test_coerce_002_party_not_notified() -> None:
    """An absent party who was never notified to attend: ACL 18(四) is broken."""
    case = seizure(party_present=False, party_notified=False, witness_present=True)
    f = by_key(run(case, "COERCE-002"), "COERCE-002")["COERCE-002:seize-1:party_notified"]
    assert (f.outcome, f.citations[0].item) == (er.Outcome.VIOLATED, 4)


def test_coerce_002_unknown_presence_is_indeterminate() -> None:
    """Without knowing whether the party was there, the duties that depend on it cannot be decided."""
    found = by_key(run(seizure(party_present=None), "COERCE-002"), "COERCE-002")
    assert found["COERCE-002:seize-1:party_present"].outcome is er.Outcome.INDETERMINATE


def test_coerce_002_freezing_is_outside() -> None:
    """Freezing follows ACL 18(一)(二)(三)(七) only (ACL 30): no on-site duties."""
    assert outcomes(run(seizure(measure="freeze"), "COERCE-002"), "COERCE-002") == ["not_applicable"]


def test_coerce_002_police_cites_psb_p_55() -> None:
    """Police measures also follow PSB-P 55①."""
    found = run(example(POLICE), "COERCE-002").by_code("COERCE-002")
    assert all("PSB-P 55①" in {str(c) for c in f.citations} for f in found)
    assert act(example(POLICE), "seize-1")["party_present"] is True


def test_coerce_001_approval_without_a_date_is_indeterminate() -> None:
    """Approved, but when is not recorded: whether it came first cannot be told."""
    f = only(run(seizure(approval="approved", approved_by=None, approved_at=None), "COERCE-001"), "COERCE-001")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("approved_on",))


def test_coerce_001_refusal_without_a_date_is_indeterminate() -> None:
    """The head refused an emergency measure, but the day is not recorded: 'at once' cannot be measured."""
    case = seizure(emergency=True, approval="refused", approved_by=None, approved_at=None,
                   reported_at="2025-09-02T12:00:00+08:00")
    f = by_key(run(case, "COERCE-001"), "COERCE-001")["COERCE-001:seize-1:approval"]
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("approved_on",))


def test_coerce_001_unconfigured_report_period_is_indeterminate(tmp_path: Path) -> None:
    """A profile without the 24-hour period cannot decide the emergency report."""
    path = tmp_path / "bare.toml"
    path.write_text('[profile]\nname = "bare"\nlayer = "national"\n', encoding="utf-8")
    case = seizure(emergency=True, reported_at="2025-09-02T12:00:00+08:00")
    f = by_key(run(case, "COERCE-001", profile=Profile("bare", [load_layer(path)])), "COERCE-001")
    assert f["COERCE-001:seize-1:report"].missing == ("coercion.emergency_report_within",)


def test_coerce_002_unrecorded_hearing_is_indeterminate() -> None:
    """Whether the party was heard is not recorded: ACL 18(六) cannot be decided."""
    f = by_key(run(seizure(statement_heard=None), "COERCE-002"), "COERCE-002")["COERCE-002:seize-1:statement_heard"]
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("statement_heard",))
