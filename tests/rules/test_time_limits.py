"""TIME-001 (the limitation period) and TIME-004 (the filing decision) (SPEC §4)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import example, only, run
from tests.rules.cases import add, base, decided, index

AS_OF = date(2026, 11, 1)


def limitation_case(violation: dict[str, Any], *, sector: str = "samr", matter: str | None = None,
                    decide: bool = True, outcome: str = "penalty") -> dict[str, Any]:
    case = base(sector=sector, matter=matter, filed=None)
    case["violation"] = violation
    if decide:
        add(case, "decision", "decision-1", violation.get("discovered_on") or "2026-01-05", outcome=outcome,
            penalties=[{"kind": "fine", "amount": "300"}] if outcome == "penalty" else [])
    return case


def t1(case: dict[str, Any], **kw: Any) -> er.Finding:
    return only(run(case, "TIME-001", as_of=AS_OF, **kw), "TIME-001")


# -- TIME-001 ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("found", "expected"), [("2024-05-10", "satisfied"), ("2024-05-11", "violated")])
def test_two_years_end_on_the_corresponding_day(found: str, expected: str) -> None:
    """CPL 36: 违法行为在二年内未被发现的，不再给予行政处罚 — counted to the corresponding day (CC 202)."""
    f = t1(limitation_case({"start_on": "2022-05-10", "discovered_on": found}))
    assert f.outcome.value == expected
    assert (f.subject, f.loc) == ("violation", ("violation", "discovered_on"))
    if expected == "violated":
        assert f.related == ("decision-1",)
        assert f.severity is er.Severity.ERROR


@pytest.mark.parametrize(("found", "expected"), [("2026-02-28", "satisfied"), ("2026-03-01", "violated")])
def test_an_act_on_29_february_runs_to_28_february(found: str, expected: str) -> None:
    """CC 202: 没有对应日的，月末日为期间的最后一日."""
    assert t1(limitation_case({"start_on": "2024-02-29", "discovered_on": found})).outcome.value == expected


def test_the_limitation_period_does_not_roll_past_a_holiday() -> None:
    """SPEC §2: CPL 36 has no roll-forward; two years from 2023-10-01 end on National Day 2025 itself."""
    assert t1(limitation_case({"start_on": "2023-10-01", "discovered_on": "2025-10-09"})).outcome \
        is er.Outcome.VIOLATED


@pytest.mark.parametrize(("found", "expected"), [("2025-06-30", "satisfied"), ("2025-07-01", "violated")])
def test_a_continuing_act_runs_from_its_end(found: str, expected: str) -> None:
    """CPL 36②: 违法行为有连续或者继续状态的，从行为终了之日起计算."""
    v = {"start_on": "2022-01-01", "end_on": "2023-06-30", "continuing": True, "discovered_on": found}
    assert t1(limitation_case(v)).outcome.value == expected


def test_a_continuing_act_without_an_end() -> None:
    """Discovered within the period from its start it is surely in time; otherwise the end is needed."""
    v = {"start_on": "2024-01-01", "continuing": True, "discovered_on": "2025-06-01"}
    assert t1(limitation_case(v)).outcome is er.Outcome.SATISFIED
    v["discovered_on"] = "2026-06-01"
    f = t1(limitation_case(v))
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("violation.end_on",))


def test_harm_to_life_health_or_financial_safety_extends_to_five_years() -> None:
    """CPL 36①: 涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年."""
    v = {"start_on": "2022-03-01", "discovered_on": "2025-03-01"}
    assert t1(limitation_case(v)).outcome is er.Outcome.VIOLATED
    f = t1(limitation_case({**v, "life_health_financial_harm": True}))
    assert f.outcome is er.Outcome.SATISFIED
    assert f.params[0].name == "limitation.period_harm"


@pytest.mark.parametrize(("start", "found", "expected"), [
    ("2026-01-15", "2026-07-15", "satisfied"),
    ("2026-01-15", "2026-07-16", "violated"),
    ("2025-08-31", "2026-02-28", "satisfied"),  # no 31 February: the month's last day (CC 202)
    ("2025-08-31", "2026-03-01", "violated"),
])
def test_police_public_security_six_months(start: str, found: str, expected: str) -> None:
    """PSAPL 25 (PSAPL-2012 22): 违反治安管理行为在六个月以内没有被公安机关发现的，不再处罚."""
    case = limitation_case({"start_on": start, "discovered_on": found}, sector="police", matter="public_security")
    f = t1(case)
    assert f.outcome.value == expected
    assert str(f.params[0].cites[0]) in ("PSAPL 25", "PSAPL-2012 22")


def test_without_a_penalty_a_barred_act_is_a_warning_or_satisfied() -> None:
    """No penalty yet: a warning that none may be given; a decision not to punish: satisfied."""
    v = {"start_on": "2022-01-01", "discovered_on": "2025-01-01"}
    f = t1(limitation_case(v, decide=False))
    assert (f.outcome, f.severity) == (er.Outcome.VIOLATED, er.Severity.WARNING)
    assert t1(limitation_case(v, outcome="no_penalty")).outcome is er.Outcome.SATISFIED


def test_missing_dates() -> None:
    """Without the discovery date the rule cannot judge; with no dates at all there is nothing to check."""
    f = t1(limitation_case({"start_on": "2025-01-01"}))
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("violation.discovered_on",))
    assert t1(limitation_case({}, decide=False)).outcome is er.Outcome.NOT_APPLICABLE
    assert t1(example("samr-hearing-compliant")).outcome is er.Outcome.SATISFIED


# -- TIME-004 ----------------------------------------------------------------------------------------------


def filing_case(lead: str, filed: str | None, *, sector: str = "samr", **limits: Any) -> dict[str, Any]:
    case = base(sector=sector, filed=filed)
    case["time_limits"] = {"lead_on": lead, **limits}
    return case


def t4(case: dict[str, Any], **kw: Any) -> er.Finding:
    return only(run(case, "TIME-004", **kw), "TIME-004")


@pytest.mark.parametrize(("filed", "expected"), [("2025-10-16", "satisfied"), ("2025-10-17", "violated")])
def test_samr_fifteen_working_days_across_national_day(filed: str, expected: str) -> None:
    """SAMR-P 18①: 十五个工作日内 — from Friday 19 September, counting Sunday 28 September and Saturday
    11 October (调休 working days) and skipping 1–8 October, the last day is 16 October."""
    case = filing_case("2025-09-19", filed)
    f = t4(case)
    assert (f.outcome.value, f.facts["last_day"]) == (expected, date(2025, 10, 16))
    assert (f.subject, f.loc) == ("filing-1", ("acts", index(case, "filing-1")))


def test_samr_testing_time_is_not_counted_and_an_extension_adds_fifteen_working_days() -> None:
    """SAMR-P 18②: 检测…所需时间，不计入前款规定期限; 18①: 经负责人批准，可以延长十五个工作日."""
    testing = {"kind": "testing", "start_on": "2025-09-22", "end_on": "2025-09-26"}  # five working days
    assert t4(filing_case("2025-09-19", "2025-10-23", excluded=[testing])).outcome is er.Outcome.SATISFIED
    assert t4(filing_case("2025-09-19", "2025-10-24", excluded=[testing])).outcome is er.Outcome.VIOLATED
    ext = {"stage": "filing", "approved_on": "2025-10-10", "approval": "head", "approved_by": "head-1"}
    f = t4(filing_case("2025-09-19", "2025-11-06", extensions=[ext]))
    assert (f.outcome, f.facts["extension"]) == (er.Outcome.SATISFIED, 15)
    case_stage = {**ext, "stage": "case"}
    assert t4(filing_case("2025-09-19", "2025-11-06", extensions=[case_stage])).outcome is er.Outcome.VIOLATED


@pytest.mark.parametrize(("filed", "expected"), [("2025-10-09", "satisfied"), ("2025-10-10", "violated")])
def test_mee_fifteen_calendar_days_rolling_past_a_holiday(filed: str, expected: str) -> None:
    """MEE-P 18: 十五日内 (calendar days); day 15 is 1 October, a holiday, so it ends on 9 October (MEE-P 90②)."""
    f = t4(filing_case("2025-09-16", filed, sector="mee"))
    assert (f.outcome.value, f.facts["last_day"]) == (expected, date(2025, 10, 9))


def test_open_lead_is_pending_then_late_and_a_decision_not_to_file_counts() -> None:
    """Until the last day the decision is pending; a recorded decision not to file (SAMR-P 20) answers it."""
    f = t4(filing_case("2025-09-19", None), as_of=date(2025, 10, 16))
    assert (f.outcome, f.due_on, f.loc) == (er.Outcome.PENDING, date(2025, 10, 16), ("time_limits", "not_filed_on"))
    assert t4(filing_case("2025-09-19", None), as_of=date(2025, 10, 17)).outcome is er.Outcome.VIOLATED
    assert t4(filing_case("2025-09-19", None, not_filed_on="2025-10-10"),
              as_of=date(2025, 10, 17)).outcome is er.Outcome.SATISFIED


def test_the_discovery_date_stands_in_for_the_lead() -> None:
    """Without a recorded lead date the violation's discovery date is used; with neither, indeterminate."""
    assert t4(example("samr-hearing-compliant")).outcome is er.Outcome.SATISFIED
    case = base(filed="2025-03-04")
    f = t4(case)
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("time_limits.lead_on",))


def test_scope() -> None:
    """samr and mee only (national law sets no filing period); never in the summary procedure."""
    case = filing_case("2025-09-19", "2025-10-17")
    assert t4(case, profile="national").outcome is er.Outcome.NOT_APPLICABLE
    assert t4(case, profile="police").outcome is er.Outcome.NOT_APPLICABLE
    assert t4(example("samr-summary-compliant")).outcome is er.Outcome.NOT_APPLICABLE


def test_an_extension_without_its_approval_date_is_indeterminate_when_it_matters() -> None:
    """A late filing with an extension of unknown date cannot be judged."""
    ext = {"stage": "filing", "approval": "head", "days": 15}
    f = t4(filing_case("2025-09-19", "2025-10-20", extensions=[ext]))
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("time_limits.extensions[0].approved_on",))
    decided_case = filing_case("2025-09-19", "2025-10-10", extensions=[ext])
    decided(decided_case, "2025-11-10")
    assert t4(decided_case).outcome is er.Outcome.SATISFIED


def test_defects_example_filed_late() -> None:
    """The defects example: a lead of 10 February filed on 10 March, past 3 March."""
    f = t4(example("samr-time-procedure-defects"))
    assert (f.outcome, f.facts["last_day"]) == (er.Outcome.VIOLATED, date(2025, 3, 3))
