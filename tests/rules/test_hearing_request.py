"""HEAR-002 (SPEC §4): a hearing requested in time is held before the decision."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, drop, notice_case, only, outcomes, run
from tests.rules.hearing_helpers import compliant, hearing, index, without_hearing

CODE = "HEAR-002"
ELIGIBLE = [{"kind": "fine", "amount": "150000"}]


def request(on: str, **extra: Any) -> dict[str, Any]:
    return {"type": "hearing_request", "id": "hearing-request-1", "on": on, "notice_id": "notice-1", **extra}


def test_request_followed_by_a_hearing_satisfies() -> None:
    """The party asked on 2025-04-10; the hearing was held on 2025-04-24, before the decision (CPL 63)."""
    f = only(run(compliant(), CODE), CODE)
    assert (f.outcome, f.subject, f.facts["hearing"]) == (er.Outcome.SATISFIED, "hearing-request-1", "hearing-1")


def test_decision_while_a_timely_request_is_unanswered_is_an_error() -> None:
    """CPL 63: "当事人要求听证的，行政机关应当组织听证" — deciding without the hearing breaks it, at the decision."""
    case = without_hearing(compliant())
    f = only(run(case, CODE), CODE)
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "decision-1")
    assert f.loc == ("acts", index(case, "decision-1"))
    assert f.key == "HEAR-002:decision-1:hearing-request-1"
    assert f.related[0] == "hearing-request-1"
    assert f.blocking


@pytest.mark.parametrize(("waived_on", "expected"), [("2025-04-15", "satisfied"), ("2025-04-09", "violated")],
                         ids=["after-request", "before-request"])
def test_withdrawal_counts_only_after_the_request(waived_on: str, expected: str) -> None:
    """A request withdrawn by an express waiver needs no hearing; a waiver before the request does not undo it
    (PSB-P 134: the party may ask again within the window)."""
    case = without_hearing(compliant())
    case["acts"].append({"type": "waiver", "id": "waiver-1", "on": waived_on, "rights": ["hearing"],
                         "notice_id": "notice-1"})
    assert outcomes(run(case, CODE), CODE) == [expected]


@pytest.mark.parametrize(("attendance", "expected"),
                         [("absent_without_reason", "satisfied"), ("left_without_leave", "satisfied"),
                          ("absent_with_reason", "violated")])
def test_staying_away_without_good_reason_is_a_waiver(attendance: str, expected: str) -> None:
    """CPL 64(六): absent without good reason, or leaving without leave, is treated as a waiver; a party kept
    away for good reason is still owed a hearing."""
    case = compliant()
    hearing(case)["attendance"] = attendance
    f = only(run(case, CODE), CODE)
    assert f.outcome.value == expected
    if attendance == "absent_without_reason":
        assert [str(c) for c in f.citations] == ["CPL 64(6)"]


def national_day(request_on: str, **extra: Any) -> dict[str, Any]:
    """The notice served on Tuesday 2025-09-30, just before the National Day block: the 5-working-day window
    runs 10-09, 10-10, 10-11 (a 调休 Saturday), 10-13, 10-14."""
    case = without_hearing(compliant())
    act(case, "notice-1")["on"] = "2025-09-29"
    act(case, "serve-notice-1")["on"] = "2025-09-30"
    act(case, "hearing-request-1").update(on=request_on, **extra)
    act(case, "statement-1")["on"] = "2025-10-09"
    for a in ("review-statement-1", "legal-review-1", "discussion-1", "decision-1", "serve-decision-1"):
        act(case, a)["on"] = "2025-10-28"
    act(case, "decision-1").pop("at", None)
    return case


@pytest.mark.parametrize(("request_on", "expected"), [("2025-10-14", "violated"), ("2025-10-15", "satisfied")],
                         ids=["last-day", "day-after"])
def test_request_window_across_national_day(request_on: str, expected: str) -> None:
    """SAMR-H 7: five working days from service; a request on the last day binds the agency, the next day's may
    be refused."""
    f = only(run(national_day(request_on), CODE), CODE)
    assert f.outcome.value == expected
    if expected == "satisfied":
        assert f.facts["last_day"] == date(2025, 10, 14)


def test_posted_request_counts_by_the_posting_date() -> None:
    """CivPL 85④: a request posted on the window's last day is in time though it arrives later."""
    assert outcomes(run(national_day("2025-10-16", posted_on="2025-10-14"), CODE), CODE) == ["violated"]


@pytest.mark.parametrize(("as_of", "expected"), [(date(2026, 2, 26), "pending"), (date(2026, 2, 27), "not_applicable")])
def test_window_open_across_spring_festival_is_pending(as_of: date, expected: str) -> None:
    """Served Thursday 2026-02-12: the window runs 02-13, 02-14 (调休 Saturday), then after the Spring Festival
    block 02-24, 02-25, 02-26; until then the agency waits, with due_on on the last day."""
    case = notice_case(served="2026-02-12", decided=None, penalties=ELIGIBLE)
    f = only(run(case, CODE, as_of=as_of), CODE)
    assert f.outcome.value == expected
    if expected == "pending":
        assert (f.due_on, f.not_before, f.subject) == (date(2026, 2, 26), date(2026, 2, 27), "notice-1")


def test_request_against_a_penalty_that_is_not_eligible() -> None:
    """CPL 63: a request need not be granted when the penalty is not hearing-eligible (50,000 < 100,000)."""
    case = notice_case(decided=None, penalties=[{"kind": "fine", "amount": "50000"}])
    case["acts"].append(request("2025-09-23"))
    f = only(run(case, CODE), CODE)
    assert f.outcome is er.Outcome.NOT_APPLICABLE and "100000" in f.message


def test_eligibility_unknown_is_indeterminate() -> None:
    """Nationally no fine threshold is configured: whether the request binds cannot be decided."""
    case = notice_case(sector="other", decided=None, penalties=[{"kind": "fine", "amount": "50000"}])
    case["acts"].append(request("2025-09-23"))
    f = only(run(case, CODE), CODE)
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("hearing.fine_threshold.organization",))


def test_hearing_and_decision_on_the_same_day() -> None:
    """Without times the order is unknown; with the hearing ending before the decision it is fine."""
    case = compliant()
    act(case, "decision-1")["on"] = "2025-04-24"
    f = only(run(case, CODE), CODE)
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("at",))
    act(case, "decision-1")["at"] = "2025-04-24T16:00:00+08:00"
    assert outcomes(run(case, CODE), CODE) == ["satisfied"]


def test_no_hearing_and_no_decision_yet() -> None:
    """While nothing is decided the request is open: no finding against the agency yet."""
    case = drop(without_hearing(compliant()), "decision-1", "serve-decision-1", "payment-1", "publication-1")
    f = only(run(case, CODE), CODE)
    assert (f.outcome, f.subject) == (er.Outcome.NOT_APPLICABLE, "hearing-request-1")


def test_summary_procedure_is_not_applicable() -> None:
    """No hearing procedure in the summary procedure."""
    assert outcomes(run("examples/cases/samr-summary-compliant.json", CODE), CODE) == ["not_applicable"]


@pytest.mark.parametrize(("sector", "cite", "other"), [("samr", "SAMR-H 7", "MEE-P 47(1)"),
                                                        ("mee", "MEE-P 47(1)", "SAMR-H 7")])
def test_findings_cite_their_sector(sector: str, cite: str, other: str) -> None:
    """A finding cites the articles of the profile's sector, not every sector's."""
    case = without_hearing(compliant())
    case["sector"] = sector
    cited = {str(c) for c in only(run(case, CODE), CODE).citations}
    assert cite in cited and other not in cited
