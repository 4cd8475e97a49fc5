"""NOTICE-004 and NOTICE-010 (SPEC §4): the party's statement is reviewed; rights told when evidence is taken."""

from __future__ import annotations

from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, drop, example, only, outcomes, run

COMPLIANT = "samr-hearing-compliant"
SUMMARY = "samr-summary-compliant"


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


# -- NOTICE-004 --------------------------------------------------------------------------------------


def test_notice_004_reviewed_statement_satisfies() -> None:
    """The party's defence was reviewed (复核) before the decision, recording whether it was adopted."""
    f = only(run(example(COMPLIANT), "NOTICE-004"), "NOTICE-004")
    assert (f.outcome, f.subject) == (er.Outcome.SATISFIED, "statement-1")


def test_notice_004_unreviewed_statement_is_violated() -> None:
    """CPL 45①: the facts, reasons and evidence put forward must be reviewed before deciding."""
    case = drop(example(COMPLIANT), "review-statement-1")
    f = only(run(case, "NOTICE-004"), "NOTICE-004")
    assert (f.outcome, f.subject, f.loc) == (er.Outcome.VIOLATED, "statement-1", ("acts", index(case, "statement-1")))
    assert "decision-1" in f.related


def test_notice_004_review_after_the_decision_does_not_count() -> None:
    """A review dated after the decision was not a review before it."""
    case = example(COMPLIANT)
    act(case, "review-statement-1")["on"] = "2025-05-12"
    assert outcomes(run(case, "NOTICE-004"), "NOTICE-004") == ["violated"]


def test_notice_004_adoption_not_recorded_is_indeterminate_in_samr() -> None:
    """samr: the review records whether the points were adopted (SAMR-P 62(三)); unknown → indeterminate."""
    case = example(COMPLIANT)
    act(case, "review-statement-1").pop("adopted")
    assert outcomes(run(case, "NOTICE-004"), "NOTICE-004") == ["indeterminate"]
    assert outcomes(run(case, "NOTICE-004", profile="national"), "NOTICE-004") == ["satisfied"]


def test_notice_004_no_statement_is_not_applicable() -> None:
    """Without a statement or defence there is nothing to review."""
    case = drop(example(COMPLIANT), "review-statement-1", "statement-1")
    assert outcomes(run(case, "NOTICE-004"), "NOTICE-004") == ["not_applicable"]


# -- NOTICE-010 --------------------------------------------------------------------------------------


def test_notice_010_rights_told_at_the_first_evidence_taking() -> None:
    """SAMR-P 21②: the first time evidence is taken the party is told of statement, defence and recusal."""
    f = only(run(example(COMPLIANT), "NOTICE-010"), "NOTICE-010")
    assert (f.outcome, f.subject) == (er.Outcome.SATISFIED, "inspect-1")


def test_notice_010_missing_right_is_a_warning() -> None:
    """Not telling the recusal right is a warning (a form requirement), naming the act."""
    case = example(COMPLIANT)
    act(case, "inspect-1")["rights_told"] = ["statement", "defence"]
    f = only(run(case, "NOTICE-010"), "NOTICE-010")
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.WARNING, "inspect-1")
    assert f.loc == ("acts", index(case, "inspect-1"), "rights_told")
    assert not f.blocking


def test_notice_010_unrecorded_rights_are_indeterminate() -> None:
    """Without a record of what was told the rule cannot judge."""
    case = example(COMPLIANT)
    act(case, "inspect-1").pop("rights_told")
    assert outcomes(run(case, "NOTICE-010"), "NOTICE-010") == ["indeterminate"]


@pytest.mark.parametrize(("told", "expected"), [(True, "satisfied"), (False, "violated"), (None, "indeterminate")])
def test_notice_010_test_results_told(told: bool | None, expected: str) -> None:
    """SAMR-P 32: test results are told to the party."""
    case = example(COMPLIANT)
    case["acts"].append(
        {
            "type": "sampling",
            "id": "sample-1",
            "on": "2025-03-06",
            "results_on": "2025-03-20",
            **({"results_told": told} if told is not None else {}),
        }
    )
    found = run(case, "NOTICE-010").by_code("NOTICE-010")
    assert [f.outcome.value for f in found if f.subject == "sample-1"] == [expected]


def test_notice_010_only_samr_and_mee() -> None:
    """The rule is a market-regulation and environment rule; under national it is out of scope."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-010", profile="national"), "NOTICE-010") == ["not_applicable"]
