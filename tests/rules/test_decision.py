"""NOTICE-006, 008, 009 (SPEC §4): the decision document, its service and the publication notice."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, drop, example, notice_case, only, outcomes, run

COMPLIANT = "samr-hearing-compliant"
SUMMARY = "samr-summary-compliant"


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


# -- NOTICE-006 --------------------------------------------------------------------------------------


def test_notice_006_complete_document_satisfies() -> None:
    """The decision states every CPL 59 element and SAMR-P 62(三)."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-006"), "NOTICE-006") == ["satisfied"]


def test_notice_006_one_finding_per_missing_element() -> None:
    """Each missing element is its own finding, keyed by the element, citing its own article."""
    case = example(COMPLIANT)
    decision = act(case, "decision-1")
    decision["elements"] = [e for e in decision["elements"] if e not in ("remedies", "seal")]
    found = run(case, "NOTICE-006").by_code("NOTICE-006")
    assert [(f.outcome.value, f.key) for f in found] == [
        ("violated", "NOTICE-006:decision-1:remedies"),
        ("violated", "NOTICE-006:decision-1:seal"),
    ]
    assert all(f.loc == ("acts", index(case, "decision-1"), "elements") for f in found)
    assert {str(c) for c in found[0].citations} == {"CPL 59(5)", "SAMR-P 62(6)"}
    assert {str(c) for c in found[1].citations} == {"CPL 59②", "SAMR-P 62"}


def test_notice_006_statement_adoption_is_a_samr_addition() -> None:
    """SAMR-P 62(三) adds the adoption of statements; CPL 59 alone does not require it."""
    case = example(COMPLIANT)
    decision = act(case, "decision-1")
    decision["elements"] = [e for e in decision["elements"] if e != "statement_adoption"]
    samr = only(run(case, "NOTICE-006"), "NOTICE-006")
    assert (samr.outcome, samr.key) == (er.Outcome.VIOLATED, "NOTICE-006:decision-1:statement_adoption")
    assert [str(c) for c in samr.citations] == ["SAMR-P 62(3)"]
    assert outcomes(run(case, "NOTICE-006", profile="national"), "NOTICE-006") == ["satisfied"]


def test_notice_006_summary_decision_elements() -> None:
    """A summary decision states the CPL 52 elements on a pre-printed numbered form with the seal (SAMR-P 68)."""
    assert outcomes(run(example(SUMMARY), "NOTICE-006"), "NOTICE-006") == ["satisfied"]
    case = example(SUMMARY)
    decision = act(case, "decision-1")
    decision["elements"] = [e for e in decision["elements"] if e != "department_seal"]
    f = only(run(case, "NOTICE-006"), "NOTICE-006")
    assert f.key == "NOTICE-006:decision-1:department_seal"
    assert [str(c) for c in f.citations] == ["SAMR-P 68"]


def test_notice_006_fine_amount_only_for_a_fine() -> None:
    """A warning-only summary decision has no fine amount to state (CPL 52②)."""
    case = example(SUMMARY)
    decision = act(case, "decision-1")
    decision["penalties"] = [{"kind": "warning"}]
    decision["elements"] = [e for e in decision["elements"] if e != "fine_amount"]
    act(case, "notice-1")["proposed_penalties"] = [{"kind": "warning"}]
    assert outcomes(run(case, "NOTICE-006"), "NOTICE-006") == ["satisfied"]


def test_notice_006_unrecorded_elements_are_indeterminate() -> None:
    """Without the document's recorded elements the rule cannot judge it."""
    case = example(COMPLIANT)
    act(case, "decision-1").pop("elements")
    f = only(run(case, "NOTICE-006"), "NOTICE-006")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("elements",)




def test_notice_006_mee_additions() -> None:
    """MEE-P 56 adds the ID number or credit code and the discretion reasons; hearing details only when
    the case met the hearing conditions."""
    case = example(COMPLIANT)
    keys = [f.key for f in run(case, "NOTICE-006", profile="mee").violations]
    assert keys == ["NOTICE-006:decision-1:party_id_number", "NOTICE-006:decision-1:discretion_reasons"]
    # a 150,000-yuan fine on a company is below MEE's 200,000 threshold: no hearing details needed
    elements = act(case, "decision-1")["elements"]
    elements += ["party_id_number", "discretion_reasons"]
    assert run(case, "NOTICE-006", profile="mee").violations == ()
    act(case, "notice-1")["proposed_penalties"][0]["amount"] = "250000"
    f = only(run(case, "NOTICE-006", profile="mee"), "NOTICE-006")
    assert (f.outcome, f.key) == (er.Outcome.VIOLATED, "NOTICE-006:decision-1:hearing_details")
    assert [str(c) for c in f.citations] == ["MEE-P 56(3)"]


def test_notice_006_police_public_security_adds_sex_age_id_for_people() -> None:
    """PSAPL 115(一): a 治安 decision states the person's sex, age and ID document; not for organisations."""
    person = {"id": "party-1", "kind": "natural_person"}
    base = ["party_name", "party_address", "facts", "evidence", "penalty_kind", "penalty_basis", "performance",
            "remedies", "agency_name", "decision_date", "seal"]
    case = notice_case(sector="police", matter="public_security", served="2026-03-02", decided="2026-03-10",
                       party=person, penalties=[{"kind": "fine", "amount": "300"}])
    act(case, "decision-1")["elements"] = base
    found = run(case, "NOTICE-006", as_of=date(2026, 6, 1)).violations
    assert [f.key.rsplit(":", 1)[1] for f in found] == ["party_sex", "party_age", "party_id_document"]
    assert {str(c) for c in found[0].citations} == {"PSAPL 115(1)"}
    case["parties"][0]["kind"] = "legal_person"
    assert run(case, "NOTICE-006", as_of=date(2026, 6, 1)).violations == ()


# -- NOTICE-008 --------------------------------------------------------------------------------------


def test_notice_008_on_the_spot() -> None:
    """Handed over on the spot after announcement (CPL 61①)."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-008"), "NOTICE-008") == ["satisfied"]


@pytest.mark.parametrize(("served", "expected"), [("2025-10-16", "satisfied"), ("2025-10-17", "violated")])
def test_notice_008_seven_working_days_across_national_day(served: str, expected: str) -> None:
    """Absent party: served within 7 working days (CPL 61①, 85); from 2025-09-30 the last day is 2025-10-16."""
    case = notice_case(served="2025-09-15", decided="2025-09-30")
    act(case, "serve-decision-1").update(on=served, method="direct")
    f = only(run(case, "NOTICE-008"), "NOTICE-008")
    assert f.outcome.value == expected


def test_notice_008_public_security_two_days() -> None:
    """治安: served within 二日 (PSAPL 116①; calendar days)."""
    person = {"id": "party-1", "kind": "natural_person", "birth_date": "1990-01-01"}
    case = notice_case(sector="police", matter="public_security", served="2026-03-02", decided="2026-03-10",
                       party=person, penalties=[{"kind": "fine", "amount": "300"}])
    act(case, "serve-decision-1").update(on="2026-03-13", method="direct")
    f = only(run(case, "NOTICE-008", as_of=date(2026, 6, 1)), "NOTICE-008")
    assert f.outcome is er.Outcome.VIOLATED
    assert [str(c) for c in f.citations] == ["PSAPL 116①", "PSAPL 143"]


@pytest.mark.parametrize(("as_of", "expected"), [(date(2025, 10, 16), "pending"), (date(2025, 10, 17), "violated")])
def test_notice_008_not_yet_served(as_of: date, expected: str) -> None:
    """Pending until the last day, with due_on; violated after it."""
    case = drop(notice_case(served="2025-09-15", decided="2025-09-30"), "serve-decision-1")
    f = only(run(case, "NOTICE-008", as_of=as_of), "NOTICE-008")
    assert f.outcome.value == expected
    assert f.due_on == date(2025, 10, 16) or expected == "violated"


def test_notice_008_posted_in_time_counts() -> None:
    """A decision posted within the period is in time (CivPL 85④; MEE-P 90②)."""
    case = notice_case(served="2025-09-15", decided="2025-09-30")
    act(case, "serve-decision-1").update(on="2025-10-20", method="post", posted_on="2025-10-15")
    assert outcomes(run(case, "NOTICE-008"), "NOTICE-008") == ["satisfied"]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [({"consent_signed": True}, []), ({"consent_signed": False}, ["violated"]), ({}, ["indeterminate"])],
)
def test_notice_008_electronic_service_needs_consent(fields: dict[str, Any], expected: list[str]) -> None:
    """Fax or e-mail only with the party's signed consent (CPL 61②; SAMR-P 82(三))."""
    case = notice_case(served="2025-09-15", decided="2025-09-30")
    act(case, "serve-decision-1").update(on="2025-10-09", method="electronic", **fields)
    found = run(case, "NOTICE-008").by_code("NOTICE-008")
    assert [f.outcome.value for f in found if f.key.endswith(":electronic")] == expected
    assert [f.outcome.value for f in found if f.key.endswith(":period")] == ["satisfied"]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [({"witness_present": True}, "satisfied"),
     ({"method": "left_at_residence", "av_recorded": True}, "satisfied"),
     ({"witness_present": False, "av_recorded": False}, "violated")],
    ids=["witness", "photo-or-video", "neither"],
)
def test_notice_008_refused_service(fields: dict[str, Any], expected: str) -> None:
    """A refusal is witnessed, or the document is left at the residence with photo or video (CivPL 89)."""
    case = notice_case(served="2025-09-15", decided="2025-09-30")
    act(case, "serve-decision-1").update({"on": "2025-10-09", "method": "direct", "refused": True, **fields})
    found = run(case, "NOTICE-008").by_code("NOTICE-008")
    assert [f.outcome.value for f in found if f.key.endswith(":refused")] == [expected]


# -- NOTICE-009 --------------------------------------------------------------------------------------


def test_notice_009_publication_notice() -> None:
    """SAMR-G 8: at service the party is told in writing that the decision will be published."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-009"), "NOTICE-009") == ["satisfied"]
    case = example(COMPLIANT)
    act(case, "serve-decision-1")["publication_notice"] = False
    f = only(run(case, "NOTICE-009"), "NOTICE-009")
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.WARNING, "decision-1")
    act(case, "serve-decision-1").pop("publication_notice")
    assert outcomes(run(case, "NOTICE-009"), "NOTICE-009") == ["indeterminate"]


def test_notice_009_not_for_warnings_or_other_sectors() -> None:
    """Warning-only decisions are not published (SAMR-G 2②); the rule is samr's only."""
    case = example(COMPLIANT)
    act(case, "decision-1")["penalties"] = [{"kind": "warning"}]
    assert outcomes(run(case, "NOTICE-009"), "NOTICE-009") == ["not_applicable"]
    assert outcomes(run(example(COMPLIANT), "NOTICE-009", profile="mee"), "NOTICE-009") == ["not_applicable"]
