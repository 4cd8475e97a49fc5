"""HEAR-005, HEAR-006, HEAR-007 (SPEC §4): an independent host, the agents, the signed transcript."""

from __future__ import annotations

from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import drop, only, outcomes, run
from tests.rules.hearing_helpers import as_sector, compliant, hearing, index

HOST, AGENTS, TRANSCRIPT = "HEAR-005", "HEAR-006", "HEAR-007"


# -- HEAR-005 ------------------------------------------------------------------------------------------


def test_non_investigator_presides() -> None:
    """The host, the member and the recorder took no part in the investigation (CPL 64(四); SAMR-H 11③)."""
    assert outcomes(run(compliant(), HOST), HOST) == ["satisfied"]


def test_investigator_as_host_is_an_error() -> None:
    """CPL 64(四): 听证由…非本案调查人员主持 — an officer who inspected the premises may not preside."""
    case = compliant()
    hearing(case)["host_id"] = "officer-zhang"
    f = only(run(case, HOST), HOST)
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "hearing-1")
    assert f.loc == ("acts", index(case, "hearing-1"), "host_id")
    assert f.key == "HEAR-005:hearing-1:host:officer-zhang"


@pytest.mark.parametrize(("sector", "expected", "cite"),
                         [("samr", "violated", "SAMR-H 11③"), ("police", "violated", "PSB-P 127②"),
                          ("mee", "satisfied", "MEE-P 47(4)")])
def test_investigator_as_recorder(sector: str, expected: str, cite: str) -> None:
    """SAMR-H 11③ and PSB-P 127② also bar investigators as members or recorder; CPL and MEE-P speak of the host."""
    case = as_sector(compliant(), sector, "other" if sector == "police" else None)
    hearing(case)["recorder_id"] = "officer-li"
    f = only(run(case, HOST), HOST)
    assert f.outcome.value == expected
    assert cite in {str(c) for c in f.citations}


def test_host_not_recorded_is_indeterminate() -> None:
    """Who presided must be on file."""
    case = compliant()
    hearing(case).pop("host_id")
    assert only(run(case, HOST), HOST).missing == ("host_id",)


def recusal(**app: Any) -> list[er.Finding]:
    case = compliant()
    hearing(case)["recusal"] = {"against_id": "host-chen", "applied_on": "2025-04-24", **app}
    return [f for f in run(case, HOST).by_code(HOST) if f.key.endswith(":recusal")]


@pytest.mark.parametrize(
    ("app", "expected"),
    [({}, "violated"), ({"decided_on": "2025-04-24", "decided_by": "head-wang", "granted": False}, "satisfied"),
     ({"decided_on": "2025-04-24", "decided_by": "reviewer-zhao", "granted": False}, "violated"),
     ({"decided_on": "2025-04-24", "decided_by": "head-wang", "granted": True}, "violated"),
     ({"decided_on": "2025-04-24", "granted": False}, "indeterminate")],
    ids=["undecided", "decided-by-head", "decided-by-reviewer", "granted-but-presided", "decider-unknown"],
)
def test_recusal_of_the_host(app: dict[str, Any], expected: str) -> None:
    """CPL 64(四): the application is decided; SAMR-H 4②: by an agency head; a recused host does not preside."""
    (f,) = recusal(**app)
    assert f.outcome.value == expected


def test_no_hearing_is_not_applicable() -> None:
    """Nothing to check without a hearing."""
    case = drop(compliant(), "hearing-1", "hearing-report-1")
    assert outcomes(run(case, HOST), HOST) == ["not_applicable"]


# -- HEAR-006 ------------------------------------------------------------------------------------------

WITH_AUTHORITY = {"written_authority": True, "identity_proof": True}


def test_no_agents_is_not_applicable() -> None:
    """The party attended in person."""
    assert outcomes(run(compliant(), AGENTS), AGENTS) == ["not_applicable"]


@pytest.mark.parametrize(("count", "expected"), [(2, "satisfied"), (3, "violated")])
def test_at_most_two_agents(count: int, expected: str) -> None:
    """CPL 64(五), SAMR-H 15①: one or two agents (a warning when more)."""
    case = compliant()
    hearing(case)["agents"] = [WITH_AUTHORITY] * count
    f = next(f for f in run(case, AGENTS).by_code(AGENTS) if f.key.endswith(":count"))
    assert (f.outcome.value, f.severity) == (expected, er.Severity.WARNING)
    if expected == "violated":
        assert f.loc == ("acts", index(case, "hearing-1"), "agents")


@pytest.mark.parametrize(("authority", "expected"), [(True, "satisfied"), (False, "violated"), (None, "indeterminate")])
def test_samr_agents_submit_a_power_of_attorney(authority: bool | None, expected: str) -> None:
    """SAMR-H 15②: a power of attorney signed or sealed by the party."""
    case = compliant()
    hearing(case)["agents"] = [{"written_authority": authority}]
    f = next(f for f in run(case, AGENTS).by_code(AGENTS) if f.key.endswith(":authority:0"))
    assert f.outcome.value == expected


def test_power_of_attorney_is_a_samr_requirement() -> None:
    """MEE-P 47(五) sets the number, not the form."""
    case = as_sector(compliant(), "mee")
    hearing(case)["agents"] = [{"written_authority": False}]
    assert outcomes(run(case, AGENTS), AGENTS) == ["satisfied"]


# -- HEAR-007 ------------------------------------------------------------------------------------------


def transcript(case: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in case["records"] if r["id"] == "rec-hearing-1")


def test_signed_transcript() -> None:
    """The party signed the transcript (CPL 64(八))."""
    f = only(run(compliant(), TRANSCRIPT), TRANSCRIPT)
    assert (f.outcome, f.subject, f.related) == (er.Outcome.SATISFIED, "rec-hearing-1", ("hearing-1",))


@pytest.mark.parametrize(
    ("signatures", "expected"),
    [({"party": "refused", "refusal_noted": True}, "satisfied"),
     ({"party": "refused", "refusal_noted": False}, "violated"),
     ({"party": "refused"}, "indeterminate"),
     ({"party": "absent"}, "violated"),
     ({}, "indeterminate")],
    ids=["refusal-noted", "refusal-not-noted", "refusal-unknown", "not-signed", "nothing-recorded"],
)
def test_refusal_is_noted_by_the_host(signatures: dict[str, Any], expected: str) -> None:
    """CPL 64(八): signed or sealed; a refusal is noted in the transcript by the host."""
    case = compliant()
    transcript(case)["signatures"] = signatures
    f = only(run(case, TRANSCRIPT), TRANSCRIPT)
    assert f.outcome.value == expected
    if expected == "violated":
        assert f.loc == ("records", index(case, "rec-hearing-1", "records"), "signatures")


def test_no_transcript_is_an_error() -> None:
    """CPL 64(八): 听证应当制作笔录."""
    case = compliant()
    case["records"] = [r for r in case["records"] if r["id"] != "rec-hearing-1"]
    f = only(run(case, TRANSCRIPT), TRANSCRIPT)
    assert (f.outcome, f.key) == (er.Outcome.VIOLATED, "HEAR-007:hearing-1:no_transcript")


def test_party_who_stayed_away_signs_nothing() -> None:
    """CPL 64(六): the hearing ends when the party stays away or walks out; no signature is due."""
    case = compliant()
    hearing(case)["attendance"] = "left_without_leave"
    assert outcomes(run(case, TRANSCRIPT), TRANSCRIPT) == ["not_applicable"]
