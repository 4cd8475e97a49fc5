"""REVIEW-006, REVIEW-007 (SPEC §4): the heads' collective discussion, and the case review of the other
ordinary SAMR cases."""

from __future__ import annotations

from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, drop, example, only, outcomes, run

COMPLIANT = "samr-hearing-compliant"
MEE = "mee-ordinary-compliant"
POLICE = "police-public-security-2026"
ENTRUSTED = "township-entrusted"


def cites(f: er.Finding) -> set[tuple[str, int | None, int | None, int | None]]:
    return {(c.instrument, c.article, c.paragraph, c.item) for c in f.citations}


def keys(case: dict[str, Any], code: str = "REVIEW-006", **kw: Any) -> dict[str, str]:
    return {f.key: f.outcome.value for f in run(case, code, **kw).by_code(code)}


def discussed(case: dict[str, Any], on: str = "2025-05-22", **extra: Any) -> dict[str, Any]:
    """Add a collective discussion (with minutes) by the MEE example's head and a second head."""
    case["staff"].append({"id": "head-lu", "roles": ["head"]})
    case["acts"].append({"type": "collective_discussion", "id": "discussion-1", "on": on,
                         "head_ids": ["head-tang", "head-lu"], "minutes": True, **extra})
    return case


def fined(amount: str, kind: str = "fine") -> dict[str, Any]:
    """The MEE example with the notice and the decision set to one penalty."""
    case = example(MEE)
    penalty = [{"kind": kind, "amount": amount}] if amount else [{"kind": kind}]
    act(case, "notice-1")["proposed_penalties"] = penalty
    act(case, "decision-1")["penalties"] = penalty
    return case


# -- REVIEW-006 -------------------------------------------------------------------------------------------


def test_review_006_samr_legal_review_case_discussed() -> None:
    """Every case under SAMR-P 50① is decided by the heads collectively (SAMR-P 60②)."""
    f = only(run(example(COMPLIANT), "REVIEW-006"), "REVIEW-006")
    assert (f.outcome, f.related) == (er.Outcome.SATISFIED, ("discussion-1",))
    assert ("SAMR-P", 60, 2, None) in cites(f)
    assert [g.value for g in f.facts["grounds"]] == ["legal_review_case"]


def test_review_006_missing_discussion_is_violated() -> None:
    """A complex case decided without the heads' discussion breaks CPL 57②."""
    case = example(MEE)
    case["violation"]["complex"] = True
    f = only(run(case, "REVIEW-006"), "REVIEW-006")
    assert (f.outcome, f.severity, f.key) == (er.Outcome.VIOLATED, er.Severity.ERROR, "REVIEW-006:decision-1:missing")
    assert {("CPL", 57, 2, None), ("MEE-P", 52, 2, 1)} <= cites(f)


def test_review_006_no_ground_is_not_applicable() -> None:
    """An ordinary case with no ground needs no collective discussion."""
    assert outcomes(run(example(MEE), "REVIEW-006"), "REVIEW-006") == ["not_applicable"]


@pytest.mark.parametrize(("amount", "expected"), [("500000", "violated"), ("499999.99", "not_applicable")],
                         ids=["at-the-figure", "a-fen-below"])
def test_review_006_mee_amount_boundary(amount: str, expected: str) -> None:
    """MEE: a proposed fine of 500,000 yuan or more (以上 includes the figure) goes to the heads (MEE-P 52②(二))."""
    assert outcomes(run(fined(amount), "REVIEW-006"), "REVIEW-006") == [expected]


def test_review_006_mee_amounts_are_not_added() -> None:
    """The fine and the confiscation are each compared with the figure, never added (derived)."""
    case = example(MEE)
    penalties = [{"kind": "fine", "amount": "300000"}, {"kind": "confiscate_illegal_gains", "amount": "300000"}]
    act(case, "notice-1")["proposed_penalties"] = penalties
    act(case, "decision-1")["penalties"] = penalties
    assert outcomes(run(case, "REVIEW-006"), "REVIEW-006") == ["not_applicable"]


def test_review_006_mee_confiscation_alone_counts() -> None:
    """没收违法所得 of 500,000 yuan also needs the heads' discussion."""
    assert outcomes(run(fined("500000", "confiscate_illegal_gains"), "REVIEW-006"), "REVIEW-006") == ["violated"]


def test_review_006_mee_proposed_amount_counts() -> None:
    """拟罚款: a notice proposing 600,000 yuan needs the heads' discussion even if the decision is lower."""
    case = fined("400000")
    act(case, "notice-1")["proposed_penalties"] = [{"kind": "fine", "amount": "600000"}]
    assert outcomes(run(case, "REVIEW-006"), "REVIEW-006") == ["violated"]


def test_review_006_mee_kinds() -> None:
    """MEE: revoking a permit or ordering closure needs the heads' discussion (MEE-P 52②(三)(四))."""
    f = only(run(fined("", "revoke_permit"), "REVIEW-006"), "REVIEW-006")
    assert f.outcome is er.Outcome.VIOLATED
    assert ("MEE-P", 52, 2, 3) in cites(f)


def test_review_006_mee_amount_unknown_is_indeterminate() -> None:
    """A fine without its amount cannot be compared with the figure."""
    f = only(run(fined(""), "REVIEW-006"), "REVIEW-006")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("penalties.amount",))


def test_review_006_samr_has_no_amount_trigger() -> None:
    """The 500,000-yuan trigger is MEE's: the same fine under the SAMR profile needs no discussion."""
    assert outcomes(run(fined("600000"), "REVIEW-006", profile="samr"), "REVIEW-006") == ["not_applicable"]


def test_review_006_police_major_case() -> None:
    """治安 from 2026: 对情节复杂或者重大违法行为给予治安管理处罚，公安机关负责人应当集体讨论决定 (PSAPL 113②)."""
    case = example(POLICE)
    case["violation"]["major"] = True
    f = only(run(case, "REVIEW-006"), "REVIEW-006")
    assert f.outcome is er.Outcome.VIOLATED
    assert ("PSAPL", 113, 2, None) in cites(f)


def test_review_006_discussion_with_two_heads_and_minutes_satisfies() -> None:
    """Two heads, minutes kept, after the review and before the decision."""
    case = discussed(fined("600000"))
    assert keys(case) == {"REVIEW-006:decision-1": "satisfied"}


def test_review_006_discussion_before_the_legal_review_is_violated() -> None:
    """The heads discuss the case after the legal review."""
    case = discussed(fined("600000"), on="2025-05-20")
    assert keys(case) == {"REVIEW-006:decision-1:before_review": "violated"}


def test_review_006_discussion_after_the_decision_is_missing() -> None:
    """A discussion after the decision did not decide it."""
    case = discussed(fined("600000"), on="2025-05-26")
    assert keys(case) == {"REVIEW-006:decision-1:missing": "violated"}


def test_review_006_one_head_is_not_collective() -> None:
    """One head alone is no collective discussion (derived from 集体)."""
    case = discussed(fined("600000"))
    act(case, "discussion-1")["head_ids"] = ["head-tang"]
    assert keys(case) == {"REVIEW-006:decision-1:heads": "violated"}


def test_review_006_officers_are_not_heads() -> None:
    """Officers sitting in do not make a collective of heads."""
    case = discussed(fined("600000"))
    act(case, "discussion-1")["head_ids"] = ["head-tang", "officer-xu"]
    assert keys(case) == {"REVIEW-006:decision-1:heads": "violated"}


@pytest.mark.parametrize(("minutes", "record", "expected"), [
    (False, False, {"REVIEW-006:decision-1:minutes": "violated"}),
    (None, False, {"REVIEW-006:decision-1": "indeterminate"}),
    (None, True, {"REVIEW-006:decision-1": "satisfied"}),
])
def test_review_006_minutes(minutes: bool | None, record: bool, expected: dict[str, str]) -> None:
    """集体讨论情况应当予以记录 (MEE-P 52③): minutes, or a written record of the discussion."""
    case = discussed(fined("600000"))
    discussion = act(case, "discussion-1")
    if minutes is None:
        del discussion["minutes"]
    else:
        discussion["minutes"] = minutes
    if record:
        case["records"].append({"id": "rec-discussion-1", "kind": "written", "act_ids": ["discussion-1"]})
    assert keys(case) == expected


def test_review_006_same_day_without_times_is_indeterminate() -> None:
    """A discussion on the decision's day without times cannot be placed before it."""
    case = discussed(fined("600000"), on="2025-05-23")
    assert keys(case) == {"REVIEW-006:decision-1": "indeterminate"}


# -- REVIEW-007 -------------------------------------------------------------------------------------------


def test_review_007_case_review_before_the_decision() -> None:
    """An ordinary SAMR case outside SAMR-P 50① gets a case review (SAMR-P 52①)."""
    f = only(run(example(ENTRUSTED), "REVIEW-007"), "REVIEW-007")
    assert (f.outcome, f.severity, f.related) == (er.Outcome.SATISFIED, er.Severity.WARNING, ("case-review-1",))


def test_review_007_no_case_review_is_a_warning() -> None:
    """Without a case review the case breaks SAMR-P 52 (a warning)."""
    case = drop(example(ENTRUSTED), "case-review-1")
    f = only(run(case, "REVIEW-007"), "REVIEW-007")
    assert (f.outcome, f.severity, f.blocking, f.subject) == (er.Outcome.VIOLATED, er.Severity.WARNING, False,
                                                                "decision-1")


@pytest.mark.parametrize(("on", "expected"), [("2025-04-29", "satisfied"), ("2025-05-06", "violated"),
                                              ("2025-04-30", "indeterminate")])
def test_review_007_case_review_timing(on: str, expected: str) -> None:
    """The case review comes before the decision (2025-04-30)."""
    case = example(ENTRUSTED)
    act(case, "case-review-1").update(on=on, submitted_on=on)
    assert outcomes(run(case, "REVIEW-007"), "REVIEW-007") == [expected]


def test_review_007_legal_review_case_is_left_to_review_001() -> None:
    """A case under SAMR-P 50① gets a legal review instead."""
    assert outcomes(run(example(COMPLIANT), "REVIEW-007"), "REVIEW-007") == ["not_applicable"]


def test_review_007_a_legal_review_instead_counts() -> None:
    """A case that had a legal review has been reviewed (derived)."""
    case = example(ENTRUSTED)
    act(case, "case-review-1")["type"] = "legal_review"
    assert outcomes(run(case, "REVIEW-007"), "REVIEW-007") == ["satisfied"]


def test_review_007_samr_only() -> None:
    """No other sector's rules require a case review."""
    case = drop(example(ENTRUSTED), "case-review-1")
    assert outcomes(run(case, "REVIEW-007", profile="mee"), "REVIEW-007") == ["not_applicable"]
