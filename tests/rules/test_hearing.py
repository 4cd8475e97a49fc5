"""HEAR-001 (SPEC §4): the hearing right is told when the proposed penalty is hearing-eligible."""

from __future__ import annotations

from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, notice_case, only, outcomes, run
from tests.rules.hearing_helpers import compliant, index

CODE = "HEAR-001"
COMPANY_FINE = [{"kind": "fine", "amount": "50000"}]


def cites(f: er.Finding) -> set[str]:
    return {str(c) for c in f.citations}


def test_eligible_and_told_satisfies_and_says_why() -> None:
    """A 150,000-yuan fine on a company reaches SAMR-H 5(三)'s 100,000 and the notice states the hearing right."""
    f = only(run(compliant(), CODE), CODE)
    assert f.outcome is er.Outcome.SATISFIED
    assert {"CPL 44", "CPL 63", "SAMR-H 5(3)"} <= cites(f)
    assert "100000" in f.message and "SAMR-H" not in f.message  # zh message, articles in Chinese
    threshold = next(p for p in f.params if p.name == "hearing.fine_threshold.organization")
    assert (threshold.value, threshold.layer) == (100000, "samr")
    assert f.facts["eligibility"]["grounds"][0]["param"] == "hearing.fine_threshold.organization"


def test_hearing_right_not_told_is_violated() -> None:
    """CPL 44, 63: an eligible notice that omits the hearing right is an error, at the notice's states."""
    case = compliant()
    act(case, "notice-1")["states"].remove("hearing_right")
    f = only(run(case, CODE), CODE)
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "notice-1")
    assert f.loc == ("acts", index(case, "notice-1"), "states")
    assert "SAMR-H 5(3)" in cites(f)
    assert f.blocking


@pytest.mark.parametrize(
    ("sector", "matter", "outcome", "cite", "reason"),
    [
        ("samr", None, "not_applicable", "SAMR-H 5(3)", "100000"),
        ("mee", None, "not_applicable", "MEE-P 89①", "200000"),
        ("police", "other", "violated", "PSB-P 123②", "10000"),
        ("police", "public_security", "violated", "PSAPL-2012 98", "2000"),
        ("other", None, "indeterminate", "CPL 63(1)", "hearing.fine_threshold.organization"),
    ],
    ids=["samr", "mee", "police-other", "police-public-security", "national"],
)
def test_fifty_thousand_on_a_company_in_2025(sector: str, matter: str | None, outcome: str, cite: str,
                                             reason: str) -> None:
    """A notice in 2025 proposing 50,000 yuan on a company without the hearing right: fine in samr and mee
    (below 100,000 and 200,000), an error for the police (≥ 10,000; 治安 ≥ 2,000), unknown nationally."""
    case = notice_case(sector=sector, matter=matter, served="2025-06-03", decided=None, penalties=COMPANY_FINE)
    f = only(run(case, CODE), CODE)
    assert f.outcome.value == outcome
    assert cite in cites(f)
    assert reason in f.message
    if outcome == "indeterminate":
        assert f.missing == ("hearing.fine_threshold.organization",)


def test_unrecorded_contents_are_indeterminate() -> None:
    """Without the notice's recorded contents the rule cannot judge it."""
    case = compliant()
    act(case, "notice-1").pop("states")
    f = only(run(case, CODE), CODE)
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("states",))


def test_summary_procedure_is_not_applicable() -> None:
    """The hearing procedure belongs to the ordinary procedure."""
    assert outcomes(run("examples/cases/samr-summary-compliant.json", CODE), CODE) == ["not_applicable"]


@pytest.mark.parametrize(("served", "expected"), [("2025-12-31", "violated"), ("2026-01-02", "not_applicable")])
def test_law_in_force_on_the_notice_date(served: str, expected: str) -> None:
    """治安: a 3,000-yuan fine needs the hearing right under PSAPL-2012 98 (≥ 2,000) but not under PSAPL 117①
    (≥ 4,000, from 2026-01-01); the notice's date decides."""
    case = notice_case(sector="police", matter="public_security", served=served, decided=None,
                       penalties=[{"kind": "fine", "amount": "3000"}], party={"id": "p", "kind": "natural_person"})
    assert outcomes(run(case, CODE), CODE) == [expected]


def minor_case(states: list[str]) -> dict[str, Any]:
    case = notice_case(sector="police", matter="public_security", served="2026-03-03", decided=None,
                       penalties=[{"kind": "detention", "duration_days": 5}],
                       party={"id": "p", "kind": "natural_person", "birth_date": "2010-05-01"})
    notice = act(case, "notice-1")
    notice["detention_executable"] = True
    notice["states"] = states
    return case


def test_minor_facing_detention_needs_the_guardian_told() -> None:
    """PSAPL 117②: a minor who may be detained, and the guardian, are told of the hearing right."""
    base = ["proposed_penalty", "facts", "reasons", "legal_basis", "statement_right", "defence_right"]
    f = only(run(minor_case(base), CODE), CODE)
    assert f.outcome is er.Outcome.VIOLATED and "PSAPL 117②" in cites(f)
    f = only(run(minor_case([*base, "hearing_right"]), CODE), CODE)
    assert (f.outcome, f.key) == (er.Outcome.VIOLATED, "HEAR-001:notice-1:guardian")
    f = only(run(minor_case([*base, "hearing_right", "guardian_told"]), CODE), CODE)
    assert f.outcome is er.Outcome.SATISFIED


def test_planted_hearing_defects_are_all_found() -> None:
    """examples/cases/samr-hearing-defects.json: each planted hearing defect is reported, and nothing else."""
    report = run("examples/cases/samr-hearing-defects.json", "hearing")
    assert {f.key for f in report.violations} == {
        "HEAR-003:hearing-notice-1:lead",  # served on the 调休 Sunday 2025-09-28: six working days ahead
        "HEAR-003:hearing-notice-1:contents",  # no member, interpreter or recusal right (SAMR-H 20②)
        "HEAR-004:hearing-1:public_notice",  # announced 2025-10-10: two working days ahead
        "HEAR-005:hearing-1:recorder:officer-li",  # an investigator as recorder (SAMR-H 11③)
        "HEAR-006:hearing-1:count",  # three agents
        "HEAR-006:hearing-1:authority:2",  # the third without a power of attorney
        "HEAR-007:rec-hearing-1",  # refusal to sign not noted
        "HEAR-008:hearing-1:report",  # report after five working days
        "HEAR-009:hearing-1",  # 600 yuan charged
    }
