"""REVIEW-003, REVIEW-004, REVIEW-005 (SPEC §4): the reviewer is qualified and not an investigator, and the
review covers the required points."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from tests.helpers import act, example, only, outcomes, run

COMPLIANT = "samr-hearing-compliant"
MEE = "mee-ordinary-compliant"
ENTRUSTED = "township-entrusted"
CUTOFF = date(2021, 7, 15)


def reviewer(case: dict[str, Any], staff_id: str = "reviewer-zhao") -> dict[str, Any]:
    return next(s for s in case["staff"] if s["id"] == staff_id)


def qualified_case(first: str | None, qualification: bool | None) -> dict[str, Any]:
    case = example(COMPLIANT)
    person = reviewer(case)
    for key, value in (("first_review_on", first), ("legal_qualification", qualification)):
        if value is None:
            person.pop(key, None)
        else:
            person[key] = value
    return case


# -- REVIEW-003 -------------------------------------------------------------------------------------------


def test_review_003_first_reviewed_in_2022_without_qualification_is_an_error() -> None:
    """Someone who first did legal review in 2022 must hold the Legal Professional Qualification (CPL 58②)."""
    case = qualified_case("2022-03-01", False)
    f = only(run(case, "REVIEW-003"), "REVIEW-003")
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "reviewer-zhao")
    assert f.loc == ("staff", 4, "legal_qualification")
    assert f.related == ("legal-review-1",)
    assert {(c.instrument, c.article, c.paragraph) for c in f.citations} == {("CPL", 58, 2), ("SAMR-P", 51, 2)}


def test_review_003_first_reviewed_in_2020_is_not_bound() -> None:
    """Someone already reviewing before the 2021 law is not 初次从事 under it."""
    assert outcomes(run(qualified_case("2020-05-01", False), "REVIEW-003"), "REVIEW-003") == ["satisfied"]


@pytest.mark.parametrize(("first", "expected"), [(CUTOFF - timedelta(days=1), "satisfied"), (CUTOFF, "violated")],
                         ids=["day-before-the-law", "day-the-law-took-effect"])
def test_review_003_cutoff_boundary(first: date, expected: str) -> None:
    """The cut-off is the day the revised CPL took effect, 2021-07-15 (derived from 初次从事)."""
    case = qualified_case(first.isoformat(), False)
    assert outcomes(run(case, "REVIEW-003"), "REVIEW-003") == [expected]


@pytest.mark.parametrize(("first", "qualification", "missing"), [
    ("2022-03-01", None, ("legal_qualification",)),
    (None, False, ("first_review_on",)),
    (None, None, ("first_review_on", "legal_qualification")),
])
def test_review_003_missing_data_is_indeterminate(first: str | None, qualification: bool | None,
                                                  missing: tuple[str, ...]) -> None:
    """Missing qualification data is neither a pass nor a violation."""
    f = only(run(qualified_case(first, qualification), "REVIEW-003"), "REVIEW-003")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, missing)


def test_review_003_qualified_reviewer_always_satisfies() -> None:
    """A reviewer holding the qualification meets CPL 58② whatever the first date."""
    assert outcomes(run(qualified_case(None, True), "REVIEW-003"), "REVIEW-003") == ["satisfied"]


def test_review_003_an_earlier_review_in_the_case_counts_as_first() -> None:
    """The first review is at the latest the person's first review in this case."""
    case = qualified_case("2025-06-01", False)  # recorded after the review of 2025-05-06
    f = only(run(case, "REVIEW-003"), "REVIEW-003")
    assert f.facts["first"] == date(2025, 5, 6)


def test_review_003_review_without_reviewers_is_indeterminate() -> None:
    """A review that names no reviewer cannot be checked."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["reviewer_ids"] = []
    f = only(run(case, "REVIEW-003"), "REVIEW-003")
    assert (f.outcome, f.subject, f.missing) == (er.Outcome.INDETERMINATE, "legal-review-1", ("reviewer_ids",))


@given(st.dates(date(2015, 1, 1), date(2025, 5, 6)), st.booleans())
def test_review_003_violated_exactly_when_first_on_or_after_the_law_without_qualification(first: date,
                                                                                          qualified: bool) -> None:
    """Over any first-review date: a violation iff the first review is on or after 2021-07-15 and the reviewer
    lacks the qualification."""
    outcome = outcomes(run(qualified_case(first.isoformat(), qualified), "REVIEW-003"), "REVIEW-003")
    assert outcome == ["violated" if first >= CUTOFF and not qualified else "satisfied"]


# -- REVIEW-004 -------------------------------------------------------------------------------------------


def test_review_004_independent_reviewer_satisfies() -> None:
    """The reviewer took no part in the investigation (SAMR-P 49③)."""
    f = only(run(example(COMPLIANT), "REVIEW-004"), "REVIEW-004")
    assert f.outcome is er.Outcome.SATISFIED


def test_review_004_investigator_reviewing_is_an_error_in_samr() -> None:
    """办案人员不得作为审核人员 (SAMR-P 49③): an error, naming the people."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["reviewer_ids"] = ["reviewer-zhao", "officer-li"]
    f = only(run(case, "REVIEW-004"), "REVIEW-004")
    assert (f.outcome, f.severity, f.related) == (er.Outcome.VIOLATED, er.Severity.ERROR, ("officer-li",))
    assert [(c.instrument, c.article, c.paragraph) for c in f.citations] == [("SAMR-P", 49, 3)]


def test_review_004_mee_cites_its_own_article() -> None:
    """本案的调查人员不得作为本案的审查人员 (MEE-P 38②)."""
    case = example(MEE)
    act(case, "legal-review-1")["reviewer_ids"] = ["officer-xu"]
    f = only(run(case, "REVIEW-004"), "REVIEW-004")
    assert (f.severity, f.citations[0].instrument, f.citations[0].article) == (er.Severity.ERROR, "MEE-P", 38)


def test_review_004_is_a_warning_where_no_text_says_it() -> None:
    """Outside SAMR and MEE the reading is derived from CPL 58①: a warning."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["reviewer_ids"] = ["officer-li"]
    f = only(run(case, "REVIEW-004", profile="national"), "REVIEW-004")
    assert (f.outcome, f.severity, f.blocking) == (er.Outcome.VIOLATED, er.Severity.WARNING, False)


def test_review_004_anyone_on_an_investigative_act_is_an_investigator() -> None:
    """A reviewer who went along on the inspection investigated the case."""
    case = example(COMPLIANT)
    act(case, "inspect-1")["staff_ids"].append("reviewer-zhao")
    assert outcomes(run(case, "REVIEW-004"), "REVIEW-004") == ["violated"]


def test_review_004_case_review_too() -> None:
    """The bar covers the case review (审核分为法制审核和案件审核, SAMR-P 49②③)."""
    case = example(ENTRUSTED)
    act(case, "case-review-1")["reviewer_ids"] = ["officer-gao"]
    assert outcomes(run(case, "REVIEW-004"), "REVIEW-004") == ["violated"]


def test_review_004_no_reviewers_is_indeterminate() -> None:
    """A review naming no reviewer cannot be checked."""
    case = example(COMPLIANT)
    act(case, "legal-review-1")["reviewer_ids"] = []
    assert outcomes(run(case, "REVIEW-004"), "REVIEW-004") == ["indeterminate"]


# -- REVIEW-005 -------------------------------------------------------------------------------------------


def test_review_005_samr_seven_points_covered() -> None:
    """The legal review covers SAMR-P 53's seven points."""
    f = only(run(example(COMPLIANT), "REVIEW-005"), "REVIEW-005")
    assert (f.outcome, f.severity) == (er.Outcome.SATISFIED, er.Severity.WARNING)


def test_review_005_missing_points_are_named_with_their_items() -> None:
    """Each point left out is named, citing its item (a warning)."""
    case = example(COMPLIANT)
    review = act(case, "legal-review-1")
    review["points"] = [p for p in review["points"] if p not in ("jurisdiction", "procedure")]
    f = only(run(case, "REVIEW-005"), "REVIEW-005")
    assert (f.outcome, f.severity, f.blocking) == (er.Outcome.VIOLATED, er.Severity.WARNING, False)
    assert [p.value for p in f.facts["missing"]] == ["jurisdiction", "procedure"]
    assert [(c.instrument, c.article, c.item) for c in f.citations] == [("SAMR-P", 53, 1), ("SAMR-P", 53, 6)]
    assert "是否具有管辖权" in f.message


def test_review_005_mee_uses_its_seven_points() -> None:
    """MEE-P 50: the acting subject, the officers' qualification, procedure, facts, law, documents, crime."""
    case = example(MEE)
    act(case, "legal-review-1")["points"] = ["facts_evidence", "legal_basis"]
    f = only(run(case, "REVIEW-005"), "REVIEW-005")
    assert {c.article for c in f.citations} == {50}
    assert len(f.facts["missing"]) == 5


def test_review_005_points_unrecorded_is_indeterminate() -> None:
    """A review that does not record what it covered cannot be judged."""
    case = example(COMPLIANT)
    del act(case, "legal-review-1")["points"]
    assert outcomes(run(case, "REVIEW-005"), "REVIEW-005") == ["indeterminate"]


def test_review_005_samr_case_review_has_the_same_points() -> None:
    """SAMR-P 53 binds the case review too."""
    case = example(ENTRUSTED)
    act(case, "case-review-1")["points"] = ["facts_evidence"]
    assert outcomes(run(case, "REVIEW-005"), "REVIEW-005") == ["violated"]


def test_review_005_mee_case_review_has_no_listed_points() -> None:
    """MEE-P 50 lists the points of a legal review only; a case review there is not checked."""
    case = example(MEE)
    case["acts"].append({"type": "case_review", "id": "case-review-1", "on": "2025-05-20",
                         "reviewer_ids": ["reviewer-song"]})
    found = {f.subject: f.outcome.value for f in run(case, "REVIEW-005").by_code("REVIEW-005")}
    assert found == {"case-review-1": "not_applicable", "legal-review-1": "satisfied"}


def test_review_005_other_sectors_out_of_scope() -> None:
    """Only SAMR and MEE list the points."""
    assert outcomes(run(example(COMPLIANT), "REVIEW-005", profile="police"), "REVIEW-005") == ["not_applicable"]
