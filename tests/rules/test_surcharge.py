"""PROC-007 (SPEC §4): the surcharge on a late fine, and enforcing it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from enforcement_rules.models import Challenge, ChallengeKind
from enforcement_rules.rules.surcharge import accrued_days
from tests.helpers import run
from tests.rules.cases import add, base, decided, index

# Served Tuesday 2025-06-03: 15 days run to Wednesday 18 June; the surcharge runs from 19 June.
SERVED = "2025-06-03"


def late_fine(*, penalties: list[dict[str, Any]] | None = None, told: bool | None = True,
              **decision: Any) -> dict[str, Any]:
    case = base()
    fields = {"surcharge_standard_told": told, **decision}
    decided(case, "2025-06-03", served=SERVED, penalties=penalties or [{"kind": "fine", "amount": "1000"}],
            **{k: v for k, v in fields.items() if v is not None})
    return case


def charge(case: dict[str, Any], on: str, amount: str, **fields: Any) -> dict[str, Any]:
    return add(case, "surcharge", "surcharge-1", on, decision_id="decision-1", amount=amount, **fields)


def p7(case: dict[str, Any], part: str, **kw: Any) -> er.Finding:
    found = [f for f in run(case, "PROC-007", **kw).by_code("PROC-007") if f.key.endswith(":" + part)]
    assert len(found) == 1, [f.key for f in found]
    return found[0]


@pytest.mark.parametrize(("amount", "expected"), [("300", "satisfied"), ("300.01", "violated")])
def test_three_percent_a_day_from_the_day_after_the_deadline(amount: str, expected: str) -> None:
    """CPL 72(一): 到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款 — 19 to 28 June is ten days: 300 yuan."""
    case = late_fine()
    charge(case, "2025-06-28", amount)
    f = p7(case, "amount")
    assert (f.outcome.value, f.facts["days"], f.facts["cap"]) == (expected, 10, 300)
    if expected == "violated":
        assert (f.subject, f.loc) == ("surcharge-1", ("acts", index(case, "surcharge-1"), "amount"))


def test_never_more_than_the_fine() -> None:
    """CPL 72(一), ACL 45②: 加处罚款的数额不得超出罚款的数额."""
    case = late_fine()
    charge(case, "2025-08-31", "1000")
    assert p7(case, "amount").facts["cap"] == 1000
    case["acts"][-1]["amount"] = "1000.50"
    assert p7(case, "amount").outcome is er.Outcome.VIOLATED


def test_no_surcharge_accrues_during_review_or_litigation() -> None:
    """CPL 73③: 加处罚款的数额在行政复议或者行政诉讼期间不予计算 — five review days of the ten are not counted."""
    case = late_fine(challenges=[{"kind": "review", "applied_on": "2025-06-22", "concluded_on": "2025-06-26"}])
    charge(case, "2025-06-28", "300")
    f = p7(case, "amount")
    assert (f.outcome, f.facts["days"]) == (er.Outcome.VIOLATED, 5)
    case["acts"][-1]["amount"] = "150"
    assert p7(case, "amount").outcome is er.Outcome.SATISFIED


def test_started_before_the_deadline_passed() -> None:
    """The surcharge runs from the day after the deadline, not from service."""
    case = late_fine()
    charge(case, "2025-06-28", "200", accrual_start_on="2025-06-18")
    f = p7(case, "start")
    assert (f.outcome, f.facts["deadline"]) == (er.Outcome.VIOLATED, date(2025, 6, 18))


def test_an_approved_deferral_moves_the_start() -> None:
    """CPL 66②, 72②: with an approved deferral the surcharge runs only after the deferred deadline."""
    case = late_fine(deferral={"approved_on": "2025-06-10", "approved_by": "head-1", "until": "2025-07-31"})
    charge(case, "2025-08-05", "150", accrual_start_on="2025-07-20")
    assert p7(case, "start").outcome is er.Outcome.VIOLATED
    case["acts"][-1]["accrual_start_on"] = "2025-08-01"
    assert p7(case, "start").outcome is er.Outcome.SATISFIED


def test_only_on_a_fine() -> None:
    """A confiscation bears no surcharge; neither does a decision that imposes no fine."""
    case = late_fine()
    charge(case, "2025-06-28", "30", base="confiscation")
    assert p7(case, "base").outcome is er.Outcome.VIOLATED
    no_fine = late_fine(penalties=[{"kind": "confiscate_illegal_gains", "amount": "5000"}])
    charge(no_fine, "2025-06-28", "30")
    assert p7(no_fine, "base").outcome is er.Outcome.VIOLATED


def test_the_rate_applied() -> None:
    """A daily rate above the profile's 3% is unlawful whatever the total."""
    case = late_fine()
    charge(case, "2025-06-28", "100", daily_percent="5")
    assert p7(case, "amount").outcome is er.Outcome.VIOLATED


def test_the_standard_is_told_to_the_party() -> None:
    """ACL 45①: 加处罚款或者滞纳金的标准应当告知当事人."""
    case = late_fine(told=False)
    charge(case, "2025-06-28", "300")
    assert p7(case, "surcharge_told").outcome is er.Outcome.VIOLATED
    unknown = late_fine(told=None)
    charge(unknown, "2025-06-28", "300")
    assert p7(unknown, "surcharge_told").outcome is er.Outcome.INDETERMINATE


@pytest.mark.parametrize(("ed_on", "expected"), [("2025-07-18", "violated"), ("2025-07-19", "satisfied")])
def test_enforcement_needs_more_than_thirty_days_of_surcharge(ed_on: str, expected: str) -> None:
    """ACL 46①: 加处罚款超过三十日 — from 19 June, 18 July is the 30th day and 19 July the 31st."""
    case = late_fine()
    charge(case, "2025-07-10", "300")
    add(case, "demand", "demand-1", "2025-07-11", decision_id="decision-1")
    add(case, "enforcement_decision", "ed-1", ed_on, decision_id="decision-1")
    f = p7(case, "waited")
    assert (f.outcome.value, f.subject) == (expected, "ed-1")
    assert p7(case, "demand").outcome is er.Outcome.SATISFIED


def test_enforcement_needs_a_demand() -> None:
    """ACL 46①, MEE-P 72: 经催告当事人仍不履行的 — no demand before the enforcement decision."""
    case = late_fine()
    charge(case, "2025-07-10", "300")
    add(case, "enforcement_decision", "ed-1", "2025-08-01", decision_id="decision-1")
    f = p7(case, "demand", profile="mee")
    assert f.outcome is er.Outcome.VIOLATED
    assert [str(c) for c in f.citations] == ["ACL 46①", "MEE-P 72"]


def test_unknown_deadline_and_no_surcharge() -> None:
    """Without the decision's service the deadline is unknown; without a surcharge nothing to check."""
    case = base()
    decided(case, "2025-06-03", penalties=[{"kind": "fine", "amount": "1000"}])
    assert [f.outcome.value for f in run(case, "PROC-007").by_code("PROC-007")] == ["not_applicable"]
    charge(case, "2025-06-28", "300")
    assert p7(case, "start").outcome is er.Outcome.INDETERMINATE


@given(start=st.integers(min_value=0, max_value=100), length=st.integers(min_value=0, max_value=100),
       reviews=st.lists(st.tuples(st.integers(min_value=0, max_value=150), st.integers(min_value=0, max_value=40)),
                        max_size=3))
def test_accrued_days_match_a_day_by_day_count(start: int, length: int, reviews: list[tuple[int, int]]) -> None:
    """The days counted are exactly the days from start to end outside every review or suit."""
    origin = date(2025, 1, 1)
    first, last = origin + timedelta(days=start), origin + timedelta(days=start + length)
    spans = [(origin + timedelta(days=a), origin + timedelta(days=a + n)) for a, n in reviews]
    challenges = [Challenge(kind=ChallengeKind.REVIEW, applied_on=a, concluded_on=b) for a, b in spans]
    expected = sum(1 for k in range(length + 1)
                   if not any(a <= first + timedelta(days=k) <= b for a, b in spans))
    assert accrued_days(first, last, challenges) == expected


def test_defects_example() -> None:
    """The defects example: a surcharge on confiscated gains; one on the fine counted from service and
    through the review; the standard never told; enforcement after seven days and without a demand."""
    from tests.helpers import example

    found = run(example("samr-time-procedure-defects"), "PROC-007").violations
    assert [f.key for f in found] == [
        "PROC-007:surcharge-1:base", "PROC-007:surcharge-2:start", "PROC-007:surcharge-2:amount",
        "PROC-007:decision-1:surcharge_told", "PROC-007:enforce-1:waited", "PROC-007:enforce-1:demand"]
    assert found[2].facts["days"] == 7
