"""HEAR-003, HEAR-004 (SPEC §4): the hearing notice in time and complete; a public hearing."""

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

LEAD, PUBLIC = "HEAR-003", "HEAR-004"
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


# -- HEAR-004: public hearing ------------------------------------------------------------------------------


def test_public_hearing_announced_in_time() -> None:
    """Public (CPL 64(三)), announced 2025-04-17 for 2025-04-24 (SAMR-H 22②: 3 working days before; a warning)."""
    found = run(compliant(), PUBLIC).by_code(PUBLIC)
    assert [(f.outcome.value, f.severity.value) for f in found] == [("satisfied", "error"), ("satisfied", "warning")]


@pytest.mark.parametrize(("announced", "expected"), [("2025-10-09", "satisfied"), ("2025-10-10", "violated")])
def test_public_announcement_across_a_working_saturday(announced: str, expected: str) -> None:
    """For a hearing on Monday 2025-10-13: 10-10, 10-11 (调休 Saturday) and 10-13 are the three working days, so
    the announcement is due by 10-09."""
    case = compliant()
    hearing(case).update(on="2025-10-13", public_notice_on=announced)
    for k in ("start_at", "end_at"):
        hearing(case).pop(k)
    f = run(case, PUBLIC).by_code(PUBLIC)[1]
    assert (f.outcome.value, f.severity) == (expected, er.Severity.WARNING)
    if expected == "violated":
        assert f.key == "HEAR-004:hearing-1:public_notice"


def test_private_hearing_needs_a_lawful_reason() -> None:
    """CPL 64(三): private only for state secrets, trade secrets or privacy; without a recorded reason, unknown."""
    case = compliant()
    hearing(case)["public"] = False
    f = only(run(case, PUBLIC), PUBLIC)
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("not_public_reason",))
    hearing(case)["not_public_reason"] = "trade_secret"
    assert only(run(case, PUBLIC), PUBLIC).outcome is er.Outcome.SATISFIED
    hearing(case)["not_public_reason"] = "minor"  # the party is a company
    f = only(run(case, PUBLIC), PUBLIC)
    assert (f.outcome, f.loc) == (er.Outcome.VIOLATED, ("acts", index(case, "hearing-1"), "not_public_reason"))


def test_publicity_not_recorded_is_indeterminate() -> None:
    """Whether the hearing was public must be recorded."""
    case = compliant()
    hearing(case).pop("public")
    assert only(run(case, PUBLIC), PUBLIC).missing == ("public",)


@pytest.mark.parametrize(("public", "expected"), [(True, "violated"), (False, "satisfied")])
def test_police_minor_hearings_are_never_public(public: bool, expected: str) -> None:
    """PSAPL 117② (from 2026-01-01): a hearing in a minor's 治安 case is not public."""
    case = as_sector(hearing_on(compliant(), "2026-03-20", served="2026-03-09"), "police", "public_security")
    case["parties"] = [{"id": "party-1", "kind": "natural_person", "birth_date": "2009-06-01"}]
    hearing(case)["public"] = public
    f = only(run(case, PUBLIC), PUBLIC)
    assert f.outcome.value == expected
    assert [str(c) for c in f.citations] == ["PSAPL 117②"]


def test_police_minor_age_unknown() -> None:
    """Without a birth date a public 治安 hearing cannot be judged (PSAPL 117②); a private one with a lawful
    reason is fine whatever the age, but "a minor" as the reason needs the age."""
    case = as_sector(hearing_on(compliant(), "2026-03-20", served="2026-03-09"), "police", "public_security")
    case["parties"] = [{"id": "party-1", "kind": "natural_person"}]
    hearing(case)["public"] = True
    assert only(run(case, PUBLIC), PUBLIC).missing == ("party.birth_date",)
    hearing(case).update(public=False, not_public_reason="privacy")
    assert only(run(case, PUBLIC), PUBLIC).outcome is er.Outcome.SATISFIED
    hearing(case)["not_public_reason"] = "minor"
    assert only(run(case, PUBLIC), PUBLIC).outcome is er.Outcome.INDETERMINATE


def test_no_announcement_duty_outside_samr() -> None:
    """Only SAMR-H 22② requires announcing a public hearing beforehand."""
    found = run(as_sector(compliant(), "mee"), PUBLIC).by_code(PUBLIC)
    assert [f.outcome.value for f in found] == ["satisfied"]
