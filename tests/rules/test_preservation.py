"""TIME-003 (SPEC §4): evidence preservation approved, and handled within the period."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import example, run
from tests.rules.cases import add, base, index

ON = "2025-09-26"  # a Friday: 7 working days run over National Day to Monday 13 October


def preserved(*, sector: str = "samr", on: str = ON, **fields: Any) -> dict[str, Any]:
    case = base(sector=sector, filed="2025-09-25")
    defaults = {"approved_by": "head-1", "approved_on": on, "at": f"{on}T10:00:00+08:00",
                "approved_at": f"{on}T09:30:00+08:00", "handled_on": "2025-10-09"}
    add(case, "evidence_preservation", "preserve-1", on, staff_ids=["officer-1", "officer-2"],
        **{k: v for k, v in {**defaults, **fields}.items() if v is not None})
    return case


def t3(case: dict[str, Any], part: str, as_of: date = date(2025, 12, 1), **kw: Any) -> er.Finding:
    found = [f for f in run(case, "TIME-003", as_of=as_of, **kw).by_code("TIME-003")
             if f.key.endswith(f":{part}")]
    assert len(found) == 1, [f.key for f in found]
    return found[0]


def test_compliant_example() -> None:
    """Approved before it was taken and handled within 7 working days (SAMR-P 33①, 35)."""
    found = run(example("samr-hearing-compliant"), "TIME-003").by_code("TIME-003")
    assert [f.outcome.value for f in found] == ["satisfied", "satisfied"]


def test_approval_after_the_act_without_an_emergency_is_a_violation() -> None:
    """CPL 56: 经行政机关负责人批准，可以先行登记保存 — approval comes first."""
    case = preserved(approved_on="2025-09-29", approved_at=None)
    f = t3(case, "approval")
    assert f.outcome is er.Outcome.VIOLATED
    assert (f.subject, f.loc) == ("preserve-1", ("acts", index(case, "preserve-1"), "approved_on"))


def test_same_day_approval_needs_times_to_tell_the_order() -> None:
    """On the same day: with times the order is known, without them it is not."""
    assert t3(preserved(), "approval").outcome is er.Outcome.SATISFIED
    late = preserved(approved_at=f"{ON}T11:00:00+08:00")
    assert t3(late, "approval").outcome is er.Outcome.VIOLATED
    unknown = preserved(approved_at=None)
    assert t3(unknown, "approval").outcome is er.Outcome.INDETERMINATE


@pytest.mark.parametrize(("approved_on", "approved_at", "expected"), [
    (ON, None, "satisfied"),  # same day: surely within 24 hours
    ("2025-09-27", "2025-09-27T09:59:00+08:00", "satisfied"),
    ("2025-09-27", "2025-09-27T10:01:00+08:00", "violated"),
    ("2025-09-27", None, "indeterminate"),
    ("2025-09-28", None, "violated"),
])
def test_emergency_approval_within_24_hours(approved_on: str, approved_at: str | None, expected: str) -> None:
    """SAMR-P 33②: 情况紧急…二十四小时内…补办批准手续 — counted from the time of the act (CC 201②)."""
    case = preserved(emergency=True, approved_on=approved_on, approved_at=approved_at)
    assert t3(case, "approval").outcome.value == expected


def test_national_and_police_have_no_emergency_route() -> None:
    """CPL 56 and PSB-P 110 require approval first; a measure approved the next day is unlawful."""
    case = preserved(emergency=True, approved_on="2025-09-27", approved_at="2025-09-27T09:00:00+08:00")
    assert t3(case, "approval").outcome is er.Outcome.SATISFIED
    assert t3(case, "approval", profile="national").outcome is er.Outcome.VIOLATED


def test_approval_not_recorded_is_indeterminate() -> None:
    """No approver and no date: cannot judge."""
    f = t3(preserved(approved_by=None, approved_on=None, approved_at=None), "approval")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("approved_by", "approved_on"))


@pytest.mark.parametrize(("handled", "expected"), [("2025-10-13", "satisfied"), ("2025-10-14", "violated")])
def test_handled_within_seven_working_days_across_a_holiday(handled: str, expected: str) -> None:
    """SAMR-P 35: 七个工作日内 — Sunday 28 September and Saturday 11 October are 调休 working days."""
    f = t3(preserved(handled_on=handled), "handled")
    assert (f.outcome.value, f.facts["last_day"]) == (expected, date(2025, 10, 13))


def test_unhandled_measure_is_pending_then_lapses_and_must_be_recorded_lifted() -> None:
    """SAMR-P 35②, MEE-P 33②: 逾期未采取相关措施的，先行登记保存措施自动解除."""
    f = t3(preserved(handled_on=None), "handled", as_of=date(2025, 10, 13))
    assert (f.outcome, f.due_on) == (er.Outcome.PENDING, date(2025, 10, 13))
    late = t3(preserved(handled_on=None), "handled", as_of=date(2025, 10, 14))
    assert (late.outcome, late.facts["lifted_recorded"]) == (er.Outcome.VIOLATED, False)
    lapsed = t3(preserved(handled_on=None, lifted_on="2025-10-14"), "handled")
    assert (lapsed.outcome, lapsed.facts["lifted_recorded"]) == (er.Outcome.VIOLATED, True)


def test_a_decision_to_lift_in_time_is_handling() -> None:
    """SAMR-P 35(五): deciding to lift the measure is one of the handling decisions."""
    assert t3(preserved(handled_on=None, lifted_on="2025-10-10"), "handled").outcome is er.Outcome.SATISFIED


def test_police_count_seven_calendar_days() -> None:
    """PSB-P 110③: 应当在七日内作出处理决定 (calendar days for police)."""
    case = preserved(sector="police", handled_on="2025-10-04")
    case["matter"] = "other"
    assert t3(case, "handled").outcome is er.Outcome.VIOLATED
    case["acts"][-1]["handled_on"] = "2025-10-03"
    assert t3(case, "handled").outcome is er.Outcome.SATISFIED


def test_no_preservation_is_not_applicable() -> None:
    """Nothing to check without a preservation."""
    assert run(base(), "TIME-003").by_code("TIME-003")[0].outcome is er.Outcome.NOT_APPLICABLE


def test_defects_example() -> None:
    """The defects example: approved two days later without an emergency, and never handled."""
    found = run(example("samr-time-procedure-defects"), "TIME-003").by_code("TIME-003")
    assert [(f.key, f.outcome.value) for f in found] == [("TIME-003:preserve-1:approval", "violated"),
                                                         ("TIME-003:preserve-1:handled", "violated")]
