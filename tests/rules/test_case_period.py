"""TIME-002 (SPEC §4): the decision within the case period, net of excluded intervals, plus extensions."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from enforcement_rules.calendar import Period, default_calendar
from enforcement_rules.rules.case_period import period_end
from tests.helpers import example, only, run
from tests.rules.cases import add, base, decided, index

FILED = date(2025, 3, 4)
HEARING = {"kind": "hearing", "start_on": "2025-04-15", "end_on": "2025-04-24"}  # ten days


def day(n: int) -> str:
    return (FILED + timedelta(days=n)).isoformat()


def samr_case(decided_on: str | None, *, sector: str = "samr", excluded: tuple[dict[str, Any], ...] = (HEARING,),
              extensions: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    case = base(sector=sector, filed=FILED.isoformat())
    case["time_limits"] = {"excluded": list(excluded), "extensions": list(extensions)}
    if decided_on:
        decided(case, decided_on)
    return case


def finding(case: dict[str, Any], profile: str | None = None, as_of: date = date(2025, 12, 1)) -> er.Finding:
    return only(run(case, "TIME-002", profile=profile, as_of=as_of), "TIME-002")


# -- the acceptance checks ------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "expected"), [(91, "satisfied"), (100, "satisfied"), (101, "violated")])
def test_samr_excludes_a_recorded_hearing_interval(n: int, expected: str) -> None:
    """SAMR-P 64②: 听证时间不计入办案期限 — with ten hearing days excluded, day 100 is the last day."""
    f = finding(samr_case(day(n)))
    assert f.outcome.value == expected
    assert f.facts["last_day"] == date(2025, 6, 12)
    assert f.facts["excluded_days"] == 10


def test_violation_points_at_the_filing_and_names_the_decision() -> None:
    """The breach is about the case period that ran from the filing; the late decision is related."""
    case = samr_case(day(101))
    f = finding(case)
    assert (f.subject, f.loc, f.related) == ("filing-1", ("acts", index(case, "filing-1")), ("decision-1",))
    assert [str(c) for c in f.citations][:3] == ["CPL 60", "SAMR-P 64①", "SAMR-P 64②"]


def test_undecided_case_is_pending_with_the_exact_last_day() -> None:
    """Not yet decided and not yet due: pending, due on the last day of the net period."""
    f = finding(samr_case(None), as_of=date(2025, 6, 12))
    assert (f.outcome, f.due_on) == (er.Outcome.PENDING, date(2025, 6, 12))
    late = finding(samr_case(None), as_of=date(2025, 6, 13))
    assert late.outcome is er.Outcome.VIOLATED


def test_national_does_not_exclude_the_hearing_interval() -> None:
    """CPL 60 excludes nothing: the same case decided on day 91 is late, and the finding says the hearing
    interval was not excluded."""
    f = finding(samr_case(day(91)), profile="national")
    assert f.outcome is er.Outcome.VIOLATED
    assert f.facts["last_day"] == date(2025, 6, 2)
    assert f.facts["not_excluded"] == ["hearing"]
    assert finding(samr_case(day(90)), profile="national").outcome is er.Outcome.SATISFIED


# -- exclusions, rolls and extensions ---------------------------------------------------------------------


def test_overlapping_intervals_are_not_excluded_twice() -> None:
    """A testing interval inside the hearing interval adds nothing."""
    inner = {"kind": "testing", "start_on": "2025-04-16", "end_on": "2025-04-20"}
    f = finding(samr_case(day(100), excluded=(HEARING, inner)))
    assert (f.outcome, f.facts["excluded_days"]) == (er.Outcome.SATISFIED, 10)


def test_an_interval_after_the_decision_is_ignored_and_one_without_dates_is_indeterminate() -> None:
    """An interval with no end date cannot be netted out: late on the face of it, so indeterminate."""
    f = finding(samr_case(day(95), excluded=({"kind": "suspension", "start_on": "2025-05-01"},)))
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("time_limits.excluded[0].end_on",)
    after = {"kind": "suspension", "start_on": "2025-07-01"}
    assert finding(samr_case(day(100), excluded=(HEARING, after))).outcome is er.Outcome.SATISFIED


def test_mee_excludes_crime_transfer_time() -> None:
    """MEE-P 54②: 涉嫌犯罪案件的移送办理期间，不计入行政处罚期限."""
    transfer = {"kind": "crime_transfer", "start_on": "2025-04-01", "end_on": "2025-04-30"}
    case = samr_case("2025-07-02", sector="mee", excluded=(transfer,))
    assert finding(case).outcome is er.Outcome.SATISFIED
    assert finding(case, profile="samr").outcome is er.Outcome.VIOLATED


@pytest.mark.parametrize(("profile", "decided_on", "expected"), [
    ("samr", "2025-10-09", "satisfied"),  # 2025-10-01 is a holiday: SAMR-P 80 moves the last day to 10-09
    ("samr", "2025-10-10", "violated"),
    ("national", "2025-10-02", "violated"),  # CPL has no roll-forward clause
])
def test_last_day_on_a_holiday_rolls_forward_only_where_the_sector_says_so(profile: str, decided_on: str,
                                                                            expected: str) -> None:
    """Filed 2025-07-03, day 90 is 1 October (National Day): samr rolls to 9 October, national does not."""
    case = base(filed="2025-07-03")
    decided(case, decided_on)
    f = finding(case, profile=profile)
    assert f.outcome.value == expected


def test_pending_due_date_is_rolled_forward() -> None:
    """The due date given for an open case is the rolled last day."""
    f = finding(base(filed="2025-07-03"), as_of=date(2025, 9, 1))
    assert (f.outcome, f.due_on) == (er.Outcome.PENDING, date(2025, 10, 9))


def head_extension(on: str, days: int | None = 30, approval: str = "head") -> dict[str, Any]:
    ext: dict[str, Any] = {"approved_on": on, "approval": approval, "approved_by": "head-1"}
    if days is not None:
        ext["days"] = days
    return ext


@pytest.mark.parametrize(("n", "expected"), [(128, "satisfied"), (129, "violated")])
def test_samr_head_extension_adds_up_to_thirty_days(n: int, expected: str) -> None:
    """SAMR-P 64①: 经负责人批准，可以延长三十日 — 90 + 10 excluded + the 28 days approved."""
    case = samr_case(day(n), extensions=(head_extension("2025-06-01", days=28),))
    f = finding(case)
    assert (f.outcome.value, f.facts["extension_days"]) == (expected, 28)
    capped = finding(samr_case(day(n), extensions=(head_extension("2025-06-01", days=None),)))
    assert (capped.outcome, capped.facts["extension_days"]) == (er.Outcome.SATISFIED, 30)


def test_an_extension_approved_after_the_period_ran_out_does_not_count() -> None:
    """An extension is sought while the period runs; one approved on day 101 is too late."""
    case = samr_case(day(110), extensions=(head_extension(day(101)),))
    f = finding(case)
    assert f.outcome is er.Outcome.VIOLATED
    assert f.facts["rejected_extensions"] == [{"extension": 0, "reason": "approved_after_expiry"}]


def test_samr_further_extension_needs_collective_discussion_and_a_set_term() -> None:
    """SAMR-P 64①: 负责人集体讨论决定继续延期的，应当同时确定延长的合理期限."""
    talk = {"approved_on": day(125), "approval": "collective_discussion", "days": 20}
    case = samr_case(day(150), extensions=(head_extension("2025-06-01"), talk))
    assert finding(case).outcome is er.Outcome.SATISFIED
    talk.pop("days")
    f = finding(samr_case(day(150), extensions=(head_extension("2025-06-01"), talk)))
    assert f.outcome is er.Outcome.VIOLATED
    assert {"extension": 1, "reason": "no_term_set"} in f.facts["rejected_extensions"]
    second_head = head_extension(day(125))
    f = finding(samr_case(day(150), extensions=(head_extension("2025-06-01"), second_head)))
    assert {"extension": 1, "reason": "not_allowed"} in f.facts["rejected_extensions"]


def test_mee_further_extension_is_capped_at_thirty_days() -> None:
    """MEE-P 57①: 继续延长期限不得超过三十日."""
    talk = {"approved_on": day(115), "approval": "collective_discussion", "days": 45}
    case = samr_case(day(150), sector="mee", excluded=(), extensions=(head_extension("2025-05-20"), talk))
    f = finding(case)
    assert f.outcome is er.Outcome.SATISFIED
    assert f.facts["extension_days"] == 60
    assert f.facts["rejected_extensions"] == [{"extension": 1, "reason": "longer_than_allowed", "counted_days": 30}]
    assert finding(samr_case(day(151), sector="mee", excluded=(),
                             extensions=(head_extension("2025-05-20"), talk))).outcome is er.Outcome.VIOLATED


def test_national_has_no_extension() -> None:
    """CPL 60 provides no extension: an approved one does not lengthen the period."""
    f = finding(samr_case(day(100), extensions=(head_extension("2025-05-20"),)), profile="national")
    assert f.outcome is er.Outcome.VIOLATED
    assert f.facts["rejected_extensions"] == [{"extension": 0, "reason": "no_extension_in_law"}]


def test_an_extension_without_its_approval_date_makes_a_late_decision_indeterminate() -> None:
    """Unknown approval: cannot tell whether the extension counts."""
    f = finding(samr_case(day(120), extensions=({"approval": "head", "days": 30},)))
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("time_limits.extensions[0].approved_on",)


# -- police ------------------------------------------------------------------------------------------------


def police_case(filed: str, decided_on: str | None, **limits: Any) -> dict[str, Any]:
    case = base(sector="police", matter="public_security", filed=filed,
                party={"id": "party-1", "kind": "natural_person"})
    case["time_limits"] = limits
    if decided_on:
        decided(case, decided_on, penalties=[{"kind": "fine", "amount": "300"}])
    return case


@pytest.mark.parametrize(("decided_on", "expected"), [("2025-06-05", "satisfied"), ("2025-06-06", "violated")])
def test_police_before_2026_runs_from_acceptance(decided_on: str, expected: str) -> None:
    """PSAPL-2012 99①, PSB-P 165①: 自受理之日起不得超过三十日 — accepted 6 May, filed 10 May."""
    f = finding(police_case("2025-05-10", decided_on, accepted_on="2025-05-06"))
    assert (f.outcome.value, f.facts["start"]) == (expected, date(2025, 5, 6))


def test_police_acceptance_date_missing_is_indeterminate() -> None:
    """Without the acceptance date the pre-2026 period has no start."""
    f = finding(police_case("2025-05-10", "2025-06-05"))
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("time_limits.accepted_on",))


def test_police_from_2026_runs_from_filing_and_excludes_hearing_time() -> None:
    """PSAPL 118: 自立案之日起; 听证的期间不计入 (2026), where PSAPL-2012 99② excluded only appraisal."""
    hearing = {"kind": "hearing", "start_on": "2026-03-10", "end_on": "2026-03-14"}
    assert finding(police_case("2026-03-02", "2026-04-06", excluded=[hearing]),
                   as_of=date(2026, 6, 1)).outcome is er.Outcome.SATISFIED
    hearing_2025 = {"kind": "hearing", "start_on": "2025-05-12", "end_on": "2025-05-16"}
    assert finding(police_case("2025-05-06", "2025-06-10", accepted_on="2025-05-06",
                               excluded=[hearing_2025])).outcome is er.Outcome.VIOLATED


@pytest.mark.parametrize(("extensions", "decided_on", "expected", "rejected"), [
    (2, "2026-05-29", "satisfied", []),
    (3, "2026-06-10", "violated", [{"extension": 2, "reason": "not_allowed"}]),
])
def test_police_2026_extends_at_most_twice_with_next_level_approval(extensions: int, decided_on: str,
                                                                    expected: str,
                                                                    rejected: list[dict[str, Any]]) -> None:
    """PSAPL 118①: 经上一级公安机关批准，可以延长三十日。期限延长以二次为限 — 30 + 30 + 30 days from
    2 March end on 31 May (a Sunday: 1 June, PSB-P 35); a third extension does not count."""
    exts = [{"approved_on": d, "approval": "next_level", "days": 30}
            for d in ("2026-03-30", "2026-04-28", "2026-05-28")[:extensions]]
    f = finding(police_case("2026-03-02", decided_on, extensions=exts), as_of=date(2026, 7, 1))
    assert (f.outcome.value, f.facts["rejected_extensions"]) == (expected, rejected)
    head = [{"approved_on": "2026-03-30", "approval": "head", "days": 30}]
    assert finding(police_case("2026-03-02", "2026-04-20", extensions=head),
                   as_of=date(2026, 7, 1)).outcome is er.Outcome.VIOLATED


# -- scope and data ----------------------------------------------------------------------------------------


def test_compliant_examples_and_scope() -> None:
    """Ordinary cases decided in time are satisfied; summary cases and unfiled ones have no case period."""
    assert finding(example("samr-hearing-compliant")).outcome is er.Outcome.SATISFIED
    assert finding(example("samr-summary-compliant")).outcome is er.Outcome.NOT_APPLICABLE
    assert finding(base(filed=None)).outcome is er.Outcome.NOT_APPLICABLE
    old = base(filed="2021-06-01")
    add(old, "decision", "decision-1", "2021-12-01", penalties=[{"kind": "warning"}])
    assert finding(old).outcome is er.Outcome.NOT_APPLICABLE


def test_a_last_day_in_an_unloaded_year_is_indeterminate_unless_the_answer_does_not_depend_on_it() -> None:
    """Filed 2026-11-01: day 90 is in 2027, whose holidays are not loaded; a decision before it is plainly in
    time, a later one needs the 2027 calendar to know whether the last day rolls."""
    in_time = base(filed="2026-11-01")
    decided(in_time, "2027-01-20")
    assert finding(in_time, as_of=date(2027, 3, 1)).outcome is er.Outcome.SATISFIED
    unknown = base(filed="2026-11-01")
    decided(unknown, "2027-02-01")
    f = finding(unknown, as_of=date(2027, 3, 1))
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("calendar:2027",))


# -- the arithmetic --------------------------------------------------------------------------------------


@given(
    n=st.integers(min_value=1, max_value=200),
    gaps=st.lists(st.tuples(st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=20)),
                  max_size=4),
)
def test_period_end_counts_exactly_n_days_outside_the_pauses(n: int, gaps: list[tuple[int, int]]) -> None:
    """The last day is the n-th day after the start that lies outside every excluded interval."""
    start = date(2025, 3, 4)
    spans, cursor = [], start
    for gap, length in gaps:
        first = cursor + timedelta(days=gap + 1)
        spans.append((first, first + timedelta(days=length)))
        cursor = first + timedelta(days=length + 1)
    last = period_end(default_calendar(), start, Period.parse(f"{n} days"), spans)

    def paused(d: date) -> bool:
        return any(a <= d <= b for a, b in spans)

    counted = sum(1 for k in range(1, (last - start).days + 1) if not paused(start + timedelta(days=k)))
    assert counted == n
    assert not paused(last)


def test_extension_and_interval_references_are_checked_at_load() -> None:
    """An extension or an interval naming staff or a discussion that is not in the case is bad input."""
    case = samr_case(day(90), extensions=({"approved_on": day(80), "approval": "collective_discussion",
                                           "approved_by": "nobody", "discussion_id": "filing-1", "days": 10},))
    case["time_limits"]["excluded"][0]["approved_by"] = "ghost"
    with pytest.raises(er.InvalidCaseError) as info:
        er.load_case(case)
    found = {(tuple(e["loc"]), e["type"]) for e in info.value.errors()}
    assert found == {(("time_limits", "excluded", 0, "approved_by"), "reference_missing"),
                     (("time_limits", "extensions", 0, "approved_by"), "reference_missing"),
                     (("time_limits", "extensions", 0, "discussion_id"), "reference_wrong_type")}


def test_extended_example() -> None:
    """The example: 41 excluded days (权利人辨认鉴别, 听证) and a 30-day head extension make a decision on
    1 August timely under samr; nationally it is late."""
    f = finding(example("samr-case-period-extended"))
    assert (f.outcome, f.facts["excluded_days"], f.facts["extension_days"], f.facts["last_day"]) == (
        er.Outcome.SATISFIED, 41, 30, date(2025, 8, 18))
    assert finding(example("samr-case-period-extended"), profile="national").outcome is er.Outcome.VIOLATED
