"""REVIEW-001, REVIEW-002 (SPEC §4): legal review when required (after the hearing, for a hearing case), and
passed before the decision."""

from __future__ import annotations

from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, drop, example, only, outcomes, run

COMPLIANT = "samr-hearing-compliant"
MEE = "mee-ordinary-compliant"
POLICE = "police-public-security-2026"


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


def cites(f: er.Finding) -> set[tuple[str, int | None, int | None, int | None]]:
    return {(c.instrument, c.article, c.paragraph, c.item) for c in f.citations}


# -- REVIEW-001 -------------------------------------------------------------------------------------------


def test_review_001_hearing_case_reviewed_after_the_hearing() -> None:
    """A case that directly affects major rights and went through a hearing is reviewed after the hearing
    and before the decision (CPL 58(二); SAMR-P 50②)."""
    f = only(run(example(COMPLIANT), "REVIEW-001"), "REVIEW-001")
    assert (f.outcome, f.related) == (er.Outcome.SATISFIED, ("legal-review-1",))
    assert {("CPL", 58, None, 2), ("SAMR-P", 50, None, 2), ("SAMR-P", 50, 2, None)} <= cites(f)


def test_review_001_major_rights_without_hearing_is_not_a_ground() -> None:
    """Ground (二) needs both the major-rights flag and a hearing."""
    case = drop(example(COMPLIANT), "hearing-1", "hearing-report-1")
    assert outcomes(run(case, "REVIEW-001"), "REVIEW-001") == ["not_applicable"]


def test_review_001_hearing_without_major_rights_is_not_a_ground() -> None:
    """A hearing alone does not make a case one for legal review."""
    case = example(COMPLIANT)
    case["violation"]["directly_affects_major_rights"] = False
    assert outcomes(run(case, "REVIEW-001"), "REVIEW-001") == ["not_applicable"]


@pytest.mark.parametrize(("flag", "ground", "item"), [("major_public_interest", "major_public_interest", 1),
                                                       ("complex", "complex", 3),
                                                       ("listed_for_legal_review", "listed", 4)])
def test_review_001_no_review_is_violated(flag: str, ground: str, item: int) -> None:
    """Without a legal review no decision may be made in a case the law lists (CPL 58①)."""
    case = drop(example(MEE), "legal-review-1")
    case["violation"][flag] = True
    f = only(run(case, "REVIEW-001"), "REVIEW-001")
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "decision-1")
    assert (f.loc, f.key) == (("acts", index(case, "decision-1")), "REVIEW-001:decision-1:no_review")
    assert [g.value for g in f.facts["grounds"]] == [ground]
    assert {("CPL", 58, None, item), ("MEE-P", 49, None, item)} <= cites(f)


def test_review_001_review_after_the_decision_does_not_count() -> None:
    """The review must come before the head decides."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["on"] = "2025-05-12"
    assert outcomes(run(case, "REVIEW-001"), "REVIEW-001") == ["violated"]


def test_review_001_same_day_without_times_is_indeterminate() -> None:
    """A review on the decision's day without times cannot be placed before it."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["on"] = "2025-05-09"
    act(case, "discussion-1")["on"] = "2025-05-09"
    assert outcomes(run(case, "REVIEW-001"), "REVIEW-001") == ["indeterminate"]


def test_review_001_review_before_the_hearing_is_violated() -> None:
    """A hearing case reviewed only before the hearing ended was not reviewed as the law asks."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["on"] = "2025-04-23"
    f = only(run(case, "REVIEW-001"), "REVIEW-001")
    assert (f.outcome, f.key) == (er.Outcome.VIOLATED, "REVIEW-001:decision-1:before_hearing")
    assert f.related == ("hearing-1", "legal-review-1")


@pytest.mark.parametrize(("submitted_on", "expected"), [("2025-04-25", "satisfied"), ("2025-04-23", "violated")])
def test_review_001_review_starts_when_submitted(submitted_on: str, expected: str) -> None:
    """A review submitted before the hearing and completed after it began too early."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["submitted_on"] = submitted_on
    assert outcomes(run(case, "REVIEW-001"), "REVIEW-001") == [expected]


@pytest.mark.parametrize(("review_at", "expected"), [(None, "indeterminate"),
                                                     ("2025-04-24T11:00:00+08:00", "violated"),
                                                     ("2025-04-24T14:00:00+08:00", "satisfied")])
def test_review_001_review_on_the_hearing_day(review_at: str | None, expected: str) -> None:
    """On the hearing's day the times decide whether the review followed its end (11:30)."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["on"] = "2025-04-24"
    if review_at:
        act(case, "legal-review-1")["at"] = review_at
    assert outcomes(run(case, "REVIEW-001"), "REVIEW-001") == [expected]


def test_review_001_mee_hearing_rule_is_derived_without_samr_article() -> None:
    """Outside SAMR the after-the-hearing reading is derived; SAMR-P 50② is not cited."""
    case = example(COMPLIANT)
    f = only(run(case, "REVIEW-001", profile="mee"), "REVIEW-001")
    assert ("SAMR-P", 50, 2, None) not in cites(f)
    assert ("MEE-P", 49, None, 2) in cites(f)


def test_review_001_police_cite_psapl_114() -> None:
    """治安 cases from 2026: PSAPL 114①."""
    case = example(POLICE)
    case["violation"]["major_public_interest"] = True
    f = only(run(case, "REVIEW-001"), "REVIEW-001")
    assert f.outcome is er.Outcome.VIOLATED
    assert ("PSAPL", 114, None, 1) in cites(f)


def test_review_001_summary_procedure_is_not_applicable() -> None:
    """Legal review belongs to the ordinary procedure."""
    assert outcomes(run(example("samr-summary-compliant"), "REVIEW-001"), "REVIEW-001") == ["not_applicable"]


def test_review_001_unconfigured_triggers_are_indeterminate(tmp_path: Any) -> None:
    """A profile that does not set the grounds cannot decide."""
    from enforcement_rules.profiles import Profile, load_layer

    path = tmp_path / "bare.toml"
    path.write_text('[profile]\nname = "bare"\nlayer = "national"\n', encoding="utf-8")
    report = run(example(COMPLIANT), "REVIEW-001", profile=Profile("bare", [load_layer(path)]))
    assert outcomes(report, "REVIEW-001") == ["indeterminate"]


# -- REVIEW-002 -------------------------------------------------------------------------------------------


def review(act_id: str, on: str, conclusion: str | None) -> dict[str, Any]:
    out = {"type": "legal_review", "id": act_id, "on": on, "reviewer_ids": ["reviewer-zhao"]}
    if conclusion:
        out["conclusion"] = conclusion
    return out


def test_review_002_agreed_review_satisfies() -> None:
    """The last review before the decision agreed."""
    f = only(run(example(COMPLIANT), "REVIEW-002"), "REVIEW-002")
    assert f.outcome is er.Outcome.SATISFIED


def test_review_002_failed_review_blocks_the_decision() -> None:
    """未经法制审核或者审核未通过的，不得作出决定 (CPL 58①)."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["conclusion"] = "problems"
    f = only(run(case, "REVIEW-002"), "REVIEW-002")
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "decision-1")
    assert f.facts["problems"] == ["legal-review-1"]


def test_review_002_problems_handled_and_re_reviewed() -> None:
    """A review that raised problems, then a new review that agreed, is a pass (MEE-P 51③)."""
    case = example(MEE)
    act(case, "legal-review-1")["conclusion"] = "problems"
    case["acts"].append({**review("legal-review-2", "2025-05-22", "agreed"), "reviewer_ids": ["reviewer-song"],
                         "submitted_on": "2025-05-22"})
    f = only(run(case, "REVIEW-002"), "REVIEW-002")
    assert (f.outcome, f.related) == (er.Outcome.SATISFIED, ("legal-review-1", "legal-review-2"))
    assert ("MEE-P", 51, 3, None) in cites(f)


def test_review_002_agreed_then_problems_is_violated() -> None:
    """A later review that raised problems supersedes an earlier agreement."""
    case = example(COMPLIANT)
    case["acts"].append(review("legal-review-2", "2025-05-07", "problems"))
    assert outcomes(run(case, "REVIEW-002"), "REVIEW-002") == ["violated"]


def test_review_002_conclusion_unrecorded_is_indeterminate() -> None:
    """Without the conclusion the rule cannot tell whether the review passed."""
    case = example(COMPLIANT)
    del act(case, "legal-review-1")["conclusion"]
    f = only(run(case, "REVIEW-002"), "REVIEW-002")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("conclusion",))


def test_review_002_re_review_on_the_decision_day_is_indeterminate() -> None:
    """A failed review and a re-review on the decision's day without times: the order is unknown."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["conclusion"] = "problems"
    case["acts"].append(review("legal-review-2", "2025-05-09", "agreed"))
    assert outcomes(run(case, "REVIEW-002"), "REVIEW-002") == ["indeterminate"]


def test_review_002_no_review_is_not_applicable() -> None:
    """Without a review before the decision, REVIEW-001 decides whether one was needed."""
    case = drop(example(COMPLIANT), "legal-review-1")
    assert outcomes(run(case, "REVIEW-002"), "REVIEW-002") == ["not_applicable"]
