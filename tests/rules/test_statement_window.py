"""NOTICE-003 (SPEC §4): no decision before the statement/hearing window closes, on the real calendar."""

from __future__ import annotations

from datetime import date

import pytest

import enforcement_rules as er
from tests.helpers import example, notice_case, only, outcomes, run

COMPLIANT = "samr-hearing-compliant"
SUMMARY = "samr-summary-compliant"


# -- NOTICE-003 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("served", "decided", "expected"),
    [
        ("2025-09-22", "2025-09-28", "violated"),  # the 5th working day is the 调休 Sunday 2025-09-28
        ("2025-09-22", "2025-09-29", "satisfied"),
        ("2026-02-12", "2026-02-26", "violated"),  # across the Spring Festival block: ends 2026-02-26
        ("2026-02-12", "2026-02-27", "satisfied"),
    ],
    ids=["tiaoxiu-sunday-last-day", "day-after", "spring-festival-last-day", "spring-festival-day-after"],
)
def test_notice_003_window_on_the_real_calendar(served: str, decided: str, expected: str) -> None:
    """SAMR-P 57②: the decision comes after the 5-working-day window, counted on the holiday calendar."""
    case = notice_case(served=served, decided=decided)
    f = only(run(case, "NOTICE-003", as_of=date(2026, 6, 1)), "NOTICE-003")
    assert f.outcome.value == expected
    if expected == "violated":
        assert (f.subject, f.loc) == ("decision-1", ("acts", 3))
        assert f.severity is er.Severity.ERROR


@pytest.mark.parametrize(("profile", "expected"), [("samr", "violated"), ("mee", "violated")])
def test_notice_003_four_working_days_is_too_early_for_samr_and_mee(profile: str, expected: str) -> None:
    """Decided 4 working days after service: inside the 5-working-day window of SAMR-P 57② and MEE-P 44."""
    case = notice_case(served="2025-03-03", decided="2025-03-07")
    f = only(run(case, "NOTICE-003", profile=profile), "NOTICE-003")
    assert f.outcome.value == expected
    assert f.facts["last_day"] == date(2025, 3, 10)


def test_notice_003_national_not_hearing_eligible_is_not_applicable() -> None:
    """CPL sets no statement window; with a penalty that is not hearing-eligible nothing applies."""
    case = notice_case(served="2025-03-03", decided="2025-03-07", penalties=[{"kind": "warning"}])
    f = only(run(case, "NOTICE-003", profile="national"), "NOTICE-003")
    assert f.outcome is er.Outcome.NOT_APPLICABLE
    assert "不符合听证条件" in f.message


def test_notice_003_national_hearing_eligible_uses_the_hearing_window() -> None:
    """Where the case is hearing-eligible (a permit revoked, CPL 63(三)) the 5-day window of CPL 64(一) applies."""
    case = notice_case(served="2025-03-03", decided="2025-03-07", penalties=[{"kind": "revoke_permit"}])
    f = only(run(case, "NOTICE-003", profile="national"), "NOTICE-003")
    assert f.outcome is er.Outcome.VIOLATED
    assert "CPL 64(1)" in {str(c) for c in f.citations}


def test_notice_003_national_fine_without_threshold_is_indeterminate() -> None:
    """A fine with no configured hearing threshold: cannot tell whether the hearing window applies."""
    case = notice_case(served="2025-03-03", decided="2025-03-07")
    f = only(run(case, "NOTICE-003", profile="national"), "NOTICE-003")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("hearing.fine_threshold.organization",)


def test_notice_003_express_waiver_allows_an_early_decision() -> None:
    """CPL 62: an express waiver (written, or oral and recorded) lets the agency decide early."""
    case = notice_case(served="2025-03-03", decided="2025-03-05")
    case["acts"].append(
        {
            "type": "waiver",
            "id": "waiver-1",
            "on": "2025-03-04",
            "rights": ["statement", "defence"],
            "notice_id": "notice-1",
        }
    )
    f = only(run(case, "NOTICE-003"), "NOTICE-003")
    assert f.outcome is er.Outcome.SATISFIED
    assert f.facts["waiver"] == "waiver-1"
    case["acts"][-1].update(manner="oral")  # oral and not recorded: no express waiver shown
    assert outcomes(run(case, "NOTICE-003"), "NOTICE-003") == ["violated"]
    case["acts"][-1].update(recorded=True)
    assert outcomes(run(case, "NOTICE-003"), "NOTICE-003") == ["satisfied"]


@pytest.mark.parametrize(("as_of", "expected"), [(date(2025, 9, 28), "pending"), (date(2025, 9, 29), "satisfied")])
def test_notice_003_pending_while_the_window_is_open(as_of: date, expected: str) -> None:
    """Before a decision, the finding is pending until the window's last day, with due_on."""
    case = notice_case(served="2025-09-22", decided=None)
    f = only(run(case, "NOTICE-003", as_of=as_of), "NOTICE-003")
    assert f.outcome.value == expected
    if expected == "pending":
        assert (f.due_on, f.not_before) == (date(2025, 9, 28), date(2025, 9, 29))


def test_notice_003_window_into_an_unloaded_year_is_indeterminate() -> None:
    """A window reaching 2027 (not loaded) cannot be computed; the finding names the year."""
    case = notice_case(served="2026-12-24", decided=None)
    f = only(run(case, "NOTICE-003", as_of=date(2026, 12, 25)), "NOTICE-003")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("calendar:2027",)


def test_notice_003_answers_without_the_unknown_year_where_it_can() -> None:
    """A decision 2 calendar days after service is surely inside a 5-working-day window, 2027 or not."""
    case = notice_case(served="2026-12-28", decided="2026-12-30")
    assert outcomes(run(case, "NOTICE-003", as_of=date(2026, 12, 31)), "NOTICE-003") == ["violated"]


def test_notice_003_not_in_summary_procedure() -> None:
    """The summary procedure decides on the spot: no window."""
    assert outcomes(run(example(SUMMARY), "NOTICE-003"), "NOTICE-003") == ["not_applicable"]
