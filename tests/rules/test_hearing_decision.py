"""HEAR-008, HEAR-009 (SPEC §4): the decision after and on the hearing, with the samr report; no charge."""

from __future__ import annotations

from datetime import date

import pytest

import enforcement_rules as er
from tests.helpers import act, drop, only, outcomes, run
from tests.rules.hearing_helpers import as_sector, compliant, hearing, index

AFTER, COSTS = "HEAR-008", "HEAR-009"


def report_finding(report: er.Report) -> er.Finding:
    return next(f for f in report.by_code(AFTER) if f.key.endswith(":report"))


def order_finding(report: er.Report) -> er.Finding:
    return next(f for f in report.by_code(AFTER) if f.subject == "decision-1")


def test_decision_after_the_hearing_with_a_timely_report() -> None:
    """CPL 65: decided after the hearing; SAMR-H 29①: the report four days later, within five working days."""
    report = run(compliant(), AFTER)
    assert report_finding(report).outcome is er.Outcome.SATISFIED
    f = order_finding(report)
    assert f.outcome is er.Outcome.SATISFIED and "rec-hearing-1" in f.related


def test_decision_before_the_hearing_is_an_error() -> None:
    """CPL 65: "听证结束后…作出决定" — a decision dated before the hearing breaks it."""
    case = compliant()
    for a in ("decision-1", "serve-decision-1"):
        act(case, a)["on"] = "2025-04-23"
    f = order_finding(run(case, AFTER))
    assert (f.outcome, f.severity, f.related) == (er.Outcome.VIOLATED, er.Severity.ERROR, ("hearing-1",))
    assert f.loc == ("acts", index(case, "decision-1"))


@pytest.mark.parametrize(("decided_at", "expected"),
                         [(None, "indeterminate"), ("2025-04-24T16:00:00+08:00", "satisfied"),
                          ("2025-04-24T10:00:00+08:00", "violated")])
def test_same_day_needs_times(decided_at: str | None, expected: str) -> None:
    """On the hearing's day the decision must come after its end (11:30); without a time it is unknown."""
    case = compliant()
    act(case, "decision-1")["on"] = "2025-04-24"
    if decided_at:
        act(case, "decision-1")["at"] = decided_at
    assert order_finding(run(case, AFTER)).outcome.value == expected


@pytest.mark.parametrize(("written", "expected"), [("2025-04-30", "satisfied"), ("2025-05-06", "violated")],
                         ids=["fifth-working-day", "after-may-day"])
def test_report_within_five_working_days(written: str, expected: str) -> None:
    """After a hearing on Thursday 2025-04-24 the five working days are 04-25, 04-27 (调休 Sunday), 04-28, 04-29,
    04-30; the May Day block follows. A late report is a warning."""
    case = compliant()
    act(case, "hearing-report-1")["on"] = written
    f = report_finding(run(case, AFTER))
    assert (f.outcome.value, f.severity) == (expected, er.Severity.WARNING)
    assert f.facts["due_on"] == date(2025, 4, 30)


def test_report_after_the_decision() -> None:
    """SAMR-H 29②: the decision draws on the hearing report; a report written later cannot."""
    case = compliant()
    act(case, "hearing-report-1")["on"] = "2025-05-12"
    f = report_finding(run(case, AFTER))
    assert f.outcome is er.Outcome.VIOLATED and f.related == ("hearing-report-1", "decision-1")


@pytest.mark.parametrize(("as_of", "expected"), [(date(2025, 4, 30), "pending"), (date(2025, 5, 6), "violated")])
def test_report_not_yet_written(as_of: date, expected: str) -> None:
    """Before any decision the missing report is pending until its last day, then a (warning) violation."""
    case = drop(compliant(), "hearing-report-1", "decision-1", "serve-decision-1", "payment-1", "publication-1")
    f = report_finding(run(case, AFTER, as_of=as_of))
    assert f.outcome.value == expected
    if expected == "pending":
        assert f.due_on == date(2025, 4, 30)


def test_no_report_duty_outside_samr() -> None:
    """Only SAMR-H 29① sets a report period."""
    case = drop(as_sector(compliant(), "mee"), "hearing-report-1")
    assert outcomes(run(case, AFTER), AFTER) == ["satisfied"]


def test_no_hearing_is_not_applicable() -> None:
    """A party kept away for good reason had no hearing yet: nothing to follow."""
    case = compliant()
    hearing(case)["attendance"] = "absent_with_reason"
    assert outcomes(run(case, AFTER), AFTER) == ["not_applicable"]


# -- HEAR-009 ------------------------------------------------------------------------------------------


def test_no_charge_satisfies() -> None:
    """CPL 63②, SAMR-H 34②: 不得向当事人收取费用."""
    f = only(run(compliant(), COSTS), COSTS)
    assert f.outcome is er.Outcome.SATISFIED
    assert {str(c) for c in f.citations} == {"CPL 63②", "SAMR-H 34②"}


def test_a_charge_is_an_error() -> None:
    """Any amount charged for the hearing breaks CPL 63②."""
    case = compliant()
    hearing(case)["costs_charged"] = "0.01"
    f = only(run(case, COSTS), COSTS)
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "hearing-1")
    assert f.loc == ("acts", index(case, "hearing-1"), "costs_charged")


def test_charge_not_recorded_is_indeterminate() -> None:
    """Whether the party paid must be recorded; mee cites MEE-P 46②."""
    case = as_sector(compliant(), "mee")
    hearing(case).pop("costs_charged")
    f = only(run(case, COSTS), COSTS)
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("costs_charged",))
    assert "MEE-P 46②" in {str(c) for c in f.citations}
