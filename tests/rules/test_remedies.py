"""NOTICE-007 (SPEC §4): the decision states the remedies."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, only, outcomes, run, shifted

COMPLIANT = "samr-hearing-compliant"
SUMMARY = "samr-summary-compliant"


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


# -- NOTICE-007 --------------------------------------------------------------------------------------


def test_notice_007_compliant_remedies() -> None:
    """60 days to the county government (ARL 20①, 24①(一)) and 6 months to court (ALitL 46)."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-007"), "NOTICE-007") == ["satisfied"]


@pytest.mark.parametrize(("decided", "expected"), [("2025-06-12", "violated"), ("2023-06-12", "satisfied")])
def test_notice_007_summary_decision_must_say_review_first_from_2024(decided: str, expected: str) -> None:
    """ARL 23①(一), 23②: from 2024-01-01 a summary decision tells the party to apply for review first;
    offering "review within 60 days or suit within 6 months" was right in 2023 and wrong in 2025."""
    case = shifted(example(SUMMARY), (date.fromisoformat(decided) - date(2025, 6, 12)).days)
    act(case, "decision-1")["remedies"] = {"review_days": 60, "review_body_level": "same_level_government",
                                           "litigation_offered": True, "litigation_months": 6,
                                           "review_first_stated": False}
    found = run(case, "NOTICE-007", as_of=date(2026, 1, 5)).by_code("NOTICE-007")
    assert sorted({f.outcome.value for f in found}) == [expected]
    if expected == "violated":
        assert {f.key.rsplit(":", 1)[1] for f in found} == {"review_first", "litigation_offered"}
        assert {str(c) for f in found for c in f.citations} >= {"ARL 23①(1)", "ARL 23②"}


@pytest.mark.parametrize(
    ("level", "body", "expected"),
    [("county_department", "same_level_government", "satisfied"),
     ("county_department", "superior_department", "violated"),
     ("township", "superior_government", "satisfied"),
     ("township", "same_level_government", "violated"),
     ("county_dispatched", "same_level_government", "satisfied"),
     ("vertical", "superior_department", "satisfied")],
)
def test_notice_007_review_body_by_level(level: str, body: str, expected: str) -> None:
    """ARL 24 (from 2024): county departments, their dispatched offices and townships are reviewed by the
    county government; vertical systems by the superior department (ARL 27)."""
    case = example(COMPLIANT)
    case["agency"]["level"] = level
    act(case, "decision-1")["remedies"]["review_body_level"] = body
    assert outcomes(run(case, "NOTICE-007"), "NOTICE-007") == [expected]


def test_notice_007_wrong_periods() -> None:
    """A review period other than 60 days and a litigation period other than 6 months are wrong."""
    case = example(COMPLIANT)
    act(case, "decision-1")["remedies"].update(review_days=15, litigation_months=3)
    found = run(case, "NOTICE-007").violations
    assert [f.key for f in found] == ["NOTICE-007:decision-1:review_days", "NOTICE-007:decision-1:litigation_months"]
    assert all(f.loc == ("acts", index(case, "decision-1"), "remedies") for f in found)


def test_notice_007_missing_remedies_and_level_are_indeterminate() -> None:
    """Unrecorded remedies, or an unknown agency level, cannot be judged."""
    case = example(COMPLIANT)
    act(case, "decision-1").pop("remedies")
    assert outcomes(run(case, "NOTICE-007"), "NOTICE-007") == ["indeterminate"]
    case = example(COMPLIANT)
    case["agency"].pop("level")
    f = only(run(case, "NOTICE-007"), "NOTICE-007")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("agency.level",))
