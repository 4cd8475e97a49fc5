"""HEAR-003 (SPEC §4): the hearing notice in time and complete."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from enforcement_rules.calendar import Period, PeriodUnit, default_calendar
from tests.helpers import act, drop, example, only, run, shifted
from tests.rules.hearing_helpers import COMPLIANT, as_sector, compliant, hearing, hearing_on, index

LEAD = "HEAR-003"
SEVEN = Period(7, PeriodUnit.WORKING_DAYS)


def lead(report: er.Report) -> er.Finding:
    return next(f for f in report.by_code(LEAD) if f.key.endswith(":lead"))


def contents(report: er.Report) -> er.Finding:
    return next(f for f in report.by_code(LEAD) if f.key.endswith(":contents"))


# -- HEAR-003: lead time -------------------------------------------------------------------------------


def test_compliant_notice_in_time_and_complete() -> None:
    """Served 2025-04-14 for a hearing on 2025-04-24: eight working days ahead; names host, member, recorder."""
    report = run(compliant(), LEAD)
    assert [f.outcome.value for f in report.by_code(LEAD)] == ["satisfied", "satisfied"]
    assert lead(report).facts["counted_from"] == "service"


@pytest.mark.parametrize(("served", "expected"), [("2025-04-15", "satisfied"), ("2025-04-16", "violated")],
                         ids=["seven-working-days", "six-working-days"])
def test_seven_working_days_ahead_is_fine_six_is_an_error(served: str, expected: str) -> None:
    """CPL 64(二), SAMR-H 20①: notice date + 7 working days ≤ the hearing day (2025-04-24)."""
    case = compliant()
    act(case, "serve-hearing-notice-1")["on"] = served
    f = lead(run(case, LEAD))
    assert f.outcome.value == expected
    if expected == "violated":
        assert (f.severity, f.subject) == (er.Severity.ERROR, "hearing-notice-1")
        assert f.key == "HEAR-003:hearing-notice-1:lead"
        assert f.loc == ("acts", index(case, "hearing-notice-1"))
        assert f.facts["latest_day"] == date(2025, 4, 15)
        assert f.facts["ahead"] == "6个工作日"


@pytest.mark.parametrize(("day", "expected"), [("2025-10-16", "satisfied"), ("2025-10-15", "violated")])
def test_notice_served_just_before_national_day(day: str, expected: str) -> None:
    """Served Tuesday 2025-09-30: 10-01 to 10-08 are days off and 10-11 (Saturday) is a working day, so the
    seventh working day is 10-16; a hearing on 10-15 is only six working days ahead."""
    case = hearing_on(compliant(), day, served="2025-09-30")
    assert lead(run(case, LEAD)).outcome.value == expected


@pytest.mark.parametrize(("day", "expected"), [("2026-02-28", "satisfied"), ("2026-02-27", "violated")])
def test_notice_across_the_2026_spring_festival(day: str, expected: str) -> None:
    """Served Thursday 2026-02-12: 02-13, 02-14 (调休 Saturday), then 02-24 … 02-27, and 02-28 (调休 Saturday) is
    the seventh working day."""
    case = hearing_on(compliant(), day, served="2026-02-12")
    assert lead(run(case, LEAD)).outcome.value == expected


def test_samr_counts_from_service_national_from_the_notification() -> None:
    """SAMR-H 20① counts from service: an unserved notice fails. Elsewhere (CPL 64(二) 通知) a notification
    without a recorded service counts from its own date."""
    case = drop(compliant(), "serve-hearing-notice-1")
    f = lead(run(case, LEAD))
    assert f.outcome is er.Outcome.VIOLATED and "SAMR-H 20①" in {str(c) for c in f.citations}
    assert lead(run(as_sector(case, "mee"), LEAD)).outcome is er.Outcome.SATISFIED


@pytest.mark.parametrize(("as_of", "expected"), [(date(2026, 3, 10), "pending"), (date(2026, 3, 12), "violated")])
def test_a_notice_not_yet_served_for_a_hearing_to_come(as_of: date, expected: str) -> None:
    """Before the hearing: for a hearing on 2026-03-20 the notice must be served by 2026-03-11."""
    case = drop(compliant(), "serve-hearing-notice-1", "hearing-1", "hearing-report-1")
    act(case, "hearing-notice-1").update(on="2026-03-09", hearing_on="2026-03-20")
    f = lead(run(case, LEAD, as_of=as_of))
    assert f.outcome.value == expected
    if expected == "pending":
        assert f.due_on == date(2026, 3, 11)


def test_hearing_without_any_notice() -> None:
    """A hearing held with no notice of its time and place breaks CPL 64(二)."""
    case = drop(compliant(), "hearing-notice-1", "serve-hearing-notice-1")
    hearing(case).pop("hearing_notice_id")
    f = only(run(case, LEAD), LEAD)
    assert (f.outcome, f.subject, f.key) == (er.Outcome.VIOLATED, "hearing-1", "HEAR-003:hearing-1:no_notice")


def test_next_year_not_loaded() -> None:
    """A hearing in 2027 needs the 2027 notice — unless the notice was surely too late (< 7 calendar days)."""
    case = hearing_on(compliant(), "2027-01-12", served="2026-12-28")
    f = lead(run(case, LEAD))
    assert f.outcome is er.Outcome.INDETERMINATE and f.missing == ("calendar:2027",)
    case = hearing_on(compliant(), "2027-01-12", served="2027-01-08")
    assert lead(run(case, LEAD)).outcome is er.Outcome.VIOLATED


def test_samr_notice_names_the_hearing_staff_and_the_recusal_right() -> None:
    """SAMR-H 20②: host, members, recorder, interpreter (where there are any) and the right to ask for recusal."""
    case = compliant()
    act(case, "hearing-notice-1")["states"].remove("recusal_right")
    hearing(case)["interpreter_ids"] = ["member-he"]
    f = contents(run(case, LEAD))
    assert f.outcome is er.Outcome.VIOLATED
    assert f.facts["missing"] == ["interpreter", "recusal_right"]
    assert {str(c) for c in f.citations} == {"SAMR-H 20②"}
    assert f.loc == ("acts", index(case, "hearing-notice-1"), "states")


def test_national_notice_needs_only_time_and_place() -> None:
    """CPL 64(二): the time and place; staff names are a SAMR-H 20② addition."""
    case = as_sector(compliant(), "mee")
    act(case, "hearing-notice-1")["states"] = ["time", "place"]
    assert contents(run(case, LEAD)).outcome is er.Outcome.SATISFIED
    act(case, "hearing-notice-1").pop("states")
    assert contents(run(case, LEAD)).outcome is er.Outcome.INDETERMINATE


@given(st.integers(-600, 450))
def test_lead_time_agrees_with_the_calendar(shift: int) -> None:
    """Moved anywhere in time, the compliant case's hearing notice is in time exactly when its service date plus
    seven working days is no later than the hearing."""
    case = shifted(copy.deepcopy(COMPLIANT_CASE), shift)
    served = date(2025, 4, 14) + timedelta(days=shift)
    held = date(2025, 4, 24) + timedelta(days=shift)
    expected = default_calendar().end_of(served, SEVEN) <= held
    assert lead(run(case, LEAD, as_of=date(2026, 11, 27))).outcome is (
        er.Outcome.SATISFIED if expected else er.Outcome.VIOLATED)


COMPLIANT_CASE = example(COMPLIANT)
