"""NOTICE-001, 002, 005, 006 (SPEC §4): notice before the decision, its contents, no heavier penalty,
and the decision document's contents."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import enforcement_rules as er
from enforcement_rules.profiles import Profile, load_layer
from tests.helpers import act, drop, example, notice_case, only, outcomes, run

COMPLIANT = "samr-hearing-compliant"
SUMMARY = "samr-summary-compliant"


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


def without_notice(case: dict[str, Any]) -> dict[str, Any]:
    """The case with its notice and the notice's service removed, and every link to it dropped."""
    drop(case, "notice-1", "serve-notice-1")
    for a in case["acts"]:
        a.pop("notice_id", None)
    return case


def bare_profile(tmp_path: Path) -> Profile:
    """A profile whose only layer sets nothing: every parameter is unconfigured."""
    path = tmp_path / "bare.toml"
    path.write_text('[profile]\nname = "bare"\nlayer = "national"\n', encoding="utf-8")
    return Profile("bare", [load_layer(path)])


# -- NOTICE-001 --------------------------------------------------------------------------------------


def test_notice_001_served_written_notice_satisfies() -> None:
    """A written notice served before the decision meets CPL 44 and SAMR-P 57①."""
    f = only(run(example(COMPLIANT), "NOTICE-001"), "NOTICE-001")
    assert f.outcome is er.Outcome.SATISFIED
    assert f.related == ("notice-1", "serve-notice-1")
    assert {(c.instrument, c.article) for c in f.citations} >= {("CPL", 44), ("CPL", 62), ("SAMR-P", 57)}


def test_notice_001_no_notice_is_violated_at_the_decision() -> None:
    """No decision may be made without the notice (CPL 62)."""
    case = without_notice(example(COMPLIANT))
    f = only(run(case, "NOTICE-001"), "NOTICE-001")
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "decision-1")
    assert f.loc == ("acts", index(case, "decision-1"))
    assert f.key == "NOTICE-001:decision-1:no_notice"
    assert f.blocking


def test_notice_001_unserved_notice_is_violated() -> None:
    """A written notice never served has not told the party anything (SAMR-P 57①: 书面告知)."""
    case = drop(example(COMPLIANT), "serve-notice-1")
    f = only(run(case, "NOTICE-001"), "NOTICE-001")
    assert f.outcome is er.Outcome.VIOLATED
    assert f.key.endswith(":not_served")
    assert f.facts["served_after_decision"] is False


@pytest.mark.parametrize(
    ("served_on", "expected"),
    [("2025-05-08", "satisfied"), ("2025-05-10", "violated")],
    ids=["day-before-decision", "day-after-decision"],
)
def test_notice_001_service_date_boundary(served_on: str, expected: str) -> None:
    """The notice must reach the party before the decision: the day before is in time, the day after not."""
    case = example(COMPLIANT)
    act(case, "serve-notice-1")["on"] = served_on
    assert outcomes(run(case, "NOTICE-001"), "NOTICE-001") == [expected]


def test_notice_001_same_day_without_times_is_indeterminate() -> None:
    """Served on the decision's own day with no times recorded: the order cannot be known."""
    case = example(COMPLIANT)
    act(case, "serve-notice-1")["on"] = "2025-05-09"
    f = only(run(case, "NOTICE-001"), "NOTICE-001")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("at",)


@pytest.mark.parametrize(
    ("service_at", "expected"),
    [("2025-05-09T09:00:00+08:00", "satisfied"), ("2025-05-09T16:00:00+08:00", "violated")],
)
def test_notice_001_same_day_ordered_by_time(service_at: str, expected: str) -> None:
    """On the same day, the recorded times decide whether the notice came first."""
    case = example(COMPLIANT)
    act(case, "serve-notice-1").update(on="2025-05-09", at=service_at)
    act(case, "decision-1")["at"] = "2025-05-09T15:00:00+08:00"
    assert outcomes(run(case, "NOTICE-001"), "NOTICE-001") == [expected]


def test_notice_001_oral_notice_in_ordinary_procedure_is_violated() -> None:
    """The ordinary procedure needs a written notice (SAMR-P 57① 书面告知; SAMR-H 6)."""
    case = example(COMPLIANT)
    act(case, "notice-1")["manner"] = "oral"
    f = only(run(case, "NOTICE-001"), "NOTICE-001")
    assert f.outcome is er.Outcome.VIOLATED
    assert f.key.endswith(":not_written")


def test_notice_001_summary_procedure_told_and_recorded() -> None:
    """Summary procedure: told on the spot and recorded (SAMR-P 69)."""
    f = only(run(example(SUMMARY), "NOTICE-001"), "NOTICE-001")
    assert f.outcome is er.Outcome.SATISFIED
    assert ("SAMR-P", 69) in {(c.instrument, c.article) for c in f.citations}


def test_notice_001_summary_notice_not_recorded_is_violated() -> None:
    """An on-the-spot notice that no record documents is not shown to have been given."""
    case = example(SUMMARY)
    for record in case["records"]:
        record["act_ids"] = [i for i in record["act_ids"] if i != "notice-1"]
    f = only(run(case, "NOTICE-001"), "NOTICE-001")
    assert f.outcome is er.Outcome.VIOLATED
    assert f.key.endswith(":not_recorded")


def test_notice_001_summary_notice_after_the_decision_is_violated() -> None:
    """A notice recorded after the on-the-spot decision was not given before it."""
    case = example(SUMMARY)
    act(case, "notice-1")["at"] = "2025-06-12T10:50:00+08:00"
    assert outcomes(run(case, "NOTICE-001"), "NOTICE-001") == ["violated"]


@pytest.mark.parametrize(("decided_on", "expected"), [("2021-07-14", "not_applicable"), ("2021-07-15", "violated")])
def test_notice_001_applies_from_the_2021_law(decided_on: str, expected: str) -> None:
    """The rules implement the 2021 Administrative Penalty Law, in force from 2021-07-15."""
    case = without_notice(example(COMPLIANT))
    act(case, "decision-1")["on"] = decided_on
    assert outcomes(run(case, "NOTICE-001"), "NOTICE-001") == [expected]


def test_notice_001_no_decision_yet_is_not_applicable() -> None:
    """Without a penalty decision there is nothing to have been notified before."""
    case = drop(example(COMPLIANT), "decision-1", "serve-decision-1", "payment-1", "publication-1")
    f = only(run(case, "NOTICE-001"), "NOTICE-001")
    assert f.outcome is er.Outcome.NOT_APPLICABLE
    assert f.subject is None


def test_notice_001_no_penalty_decision_is_not_applicable() -> None:
    """A decision not to penalise (CPL 57①(二)(三)) needs no prior notice of a penalty."""
    case = drop(without_notice(example(COMPLIANT)), "payment-1", "publication-1")
    act(case, "decision-1").update(outcome="no_penalty", penalties=[])
    assert outcomes(run(case, "NOTICE-001"), "NOTICE-001") == ["not_applicable"]


# -- NOTICE-002 --------------------------------------------------------------------------------------


def test_notice_002_complete_notice_satisfies() -> None:
    """The notice states the proposed penalty, facts, reasons, basis and the rights (CPL 44)."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-002"), "NOTICE-002") == ["satisfied"]


def test_notice_002_missing_elements_are_named_with_their_articles() -> None:
    """Each element missing from the notice is named, in the law's order, with the article requiring it."""
    case = example(COMPLIANT)
    act(case, "notice-1")["states"] = ["proposed_penalty", "facts", "legal_basis", "statement_right"]
    f = only(run(case, "NOTICE-002"), "NOTICE-002")
    assert (f.outcome, f.subject) == (er.Outcome.VIOLATED, "notice-1")
    assert f.loc == ("acts", index(case, "notice-1"), "states")
    assert [m.value for m in f.facts["missing"]] == ["reasons", "defence_right"]
    assert "理由" in f.message and "申辩权" in f.message
    assert {str(c) for c in f.citations} == {"CPL 44", "SAMR-P 57①"}


def test_notice_002_unrecorded_contents_are_indeterminate() -> None:
    """A notice whose contents are not recorded cannot be judged, only flagged as unknown."""
    case = example(COMPLIANT)
    act(case, "notice-1").pop("states")
    f = only(run(case, "NOTICE-002"), "NOTICE-002")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("states",)
    assert not f.blocking


def test_notice_002_unconfigured_profile_is_indeterminate(tmp_path: Path) -> None:
    """Without a configured list of required elements the rule says what to configure."""
    f = only(run(example(COMPLIANT), "NOTICE-002", profile=bare_profile(tmp_path)), "NOTICE-002")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("notice.elements",)


def test_notice_002_no_notice_is_not_applicable() -> None:
    """A case without any notice has no notice contents to check (NOTICE-001 reports the absence)."""
    case = without_notice(example(COMPLIANT))
    assert outcomes(run(case, "NOTICE-002"), "NOTICE-002") == ["not_applicable"]


# -- NOTICE-005 --------------------------------------------------------------------------------------


def _decided(case: dict[str, Any], penalties: list[dict[str, Any]]) -> dict[str, Any]:
    act(case, "decision-1")["penalties"] = penalties
    return case


NOTIFIED = [{"kind": "fine", "amount": "150000"}, {"kind": "confiscate_illegal_gains", "amount": "12600"},
            {"kind": "confiscate_illegal_property", "amount": "3150"}]


def test_notice_005_same_penalty_satisfies() -> None:
    """Deciding what was notified is not heavier."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-005"), "NOTICE-005") == ["satisfied"]


@pytest.mark.parametrize(
    ("fine", "expected"), [("150000", "satisfied"), ("150000.01", "violated"), ("120000", "satisfied")],
    ids=["equal", "one-fen-more", "less"],
)
def test_notice_005_amount_boundary(fine: str, expected: str) -> None:
    """Any amount above the notified one is heavier (CPL 45②); the same or less is not."""
    case = _decided(example(COMPLIANT), [{"kind": "fine", "amount": fine}, *NOTIFIED[1:]])
    assert outcomes(run(case, "NOTICE-005"), "NOTICE-005") == [expected]


def test_notice_005_added_kind_is_violated() -> None:
    """A kind of penalty not in the notice is heavier (SAMR-P 58)."""
    case = _decided(example(COMPLIANT), [*NOTIFIED, {"kind": "revoke_permit"}])
    f = only(run(case, "NOTICE-005"), "NOTICE-005")
    assert (f.outcome, f.subject) == (er.Outcome.VIOLATED, "decision-1")
    assert f.loc == ("acts", index(case, "decision-1"), "penalties")
    assert f.facts["heavier"] == [{"kind": "revoke_permit", "reason": "added_kind"}]
    assert {str(c) for c in f.citations} == {"CPL 45②", "SAMR-P 58"}


def test_notice_005_lighter_substitute_is_not_heavier() -> None:
    """Replacing a notified fine with a warning is lighter, not heavier (derived ordering of CPL 9)."""
    case = _decided(example(COMPLIANT), [{"kind": "warning"}, *NOTIFIED[1:]])
    assert outcomes(run(case, "NOTICE-005"), "NOTICE-005") == ["satisfied"]


def test_notice_005_heavier_after_a_new_notice_is_fine() -> None:
    """A heavier decision is lawful when a new notice proposing it was served first."""
    case = _decided(example(COMPLIANT), [{"kind": "fine", "amount": "180000"}, *NOTIFIED[1:]])
    case["acts"] += [
        {"type": "penalty_notice", "id": "notice-2", "on": "2025-04-30", "proposed_penalties":
         [{"kind": "fine", "amount": "180000"}, *NOTIFIED[1:]], "states": ["proposed_penalty"]},
        {"type": "service", "id": "serve-notice-2", "on": "2025-04-30", "document_id": "notice-2"},
    ]
    act(case, "decision-1").pop("notice_id")
    f = only(run(case, "NOTICE-005"), "NOTICE-005")
    assert f.outcome is er.Outcome.SATISFIED
    assert f.related == ("notice-2",)


def test_notice_005_missing_amount_is_indeterminate() -> None:
    """A fine without its amount cannot be compared."""
    case = _decided(example(COMPLIANT), [{"kind": "fine"}, *NOTIFIED[1:]])
    f = only(run(case, "NOTICE-005"), "NOTICE-005")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("amount",)


def test_notice_005_unrecorded_proposal_is_indeterminate() -> None:
    """A notice that does not record the proposed penalties cannot be compared."""
    case = example(COMPLIANT)
    act(case, "notice-1").pop("proposed_penalties")
    f = only(run(case, "NOTICE-005"), "NOTICE-005")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("proposed_penalties",)


def test_notice_005_longer_duration_is_violated() -> None:
    """A longer suspension than notified is heavier."""
    case = example(COMPLIANT)
    act(case, "notice-1")["proposed_penalties"] = [{"kind": "order_suspension", "duration_days": 30}]
    _decided(case, [{"kind": "order_suspension", "duration_days": 60}])
    assert outcomes(run(case, "NOTICE-005"), "NOTICE-005") == ["violated"]


def test_defective_example_lists_each_planted_defect() -> None:
    """The bundled defective example shows exactly its four planted notice defects."""
    report = run("examples/cases/samr-notice-defects.json", as_of=date(2025, 12, 1))
    assert [(f.code, f.key) for f in report.violations] == [
        ("NOTICE-002", "NOTICE-002:notice-1"),
        ("NOTICE-005", "NOTICE-005:decision-1"),
        ("NOTICE-006", "NOTICE-006:decision-1:remedies"),
        ("NOTICE-006", "NOTICE-006:decision-1:seal"),
    ]


# -- NOTICE-002 for minors (police 治安 from 2026) -------------------------------------------------------


def _police_minor(birth: str | None, notice_on: str) -> dict[str, Any]:
    party = {"id": "party-1", "kind": "natural_person", **({"birth_date": birth} if birth else {})}
    served = (date.fromisoformat(notice_on)).isoformat()
    return notice_case(sector="police", matter="public_security", served=served, decided=None, party=party,
                       penalties=[{"kind": "fine", "amount": "300"}])


@pytest.mark.parametrize(("birth", "expected"), [("2008-06-02", "violated"), ("2008-06-01", "satisfied")])
def test_notice_002_minor_guardian_told_under_psapl_2025(birth: str, expected: str) -> None:
    """From 2026-01-01 a minor's parent or guardian is told too (PSAPL 112③); 18 is reached on the birthday."""
    case = _police_minor(birth, "2026-06-02")
    f = only(run(case, "NOTICE-002", as_of=date(2026, 6, 30)), "NOTICE-002")
    assert f.outcome.value == expected
    if expected == "violated":
        assert [m.value for m in f.facts["missing"]] == ["guardian_told"]
        assert [str(c) for c in f.citations] == ["PSAPL 112③"]


def test_notice_002_minor_rule_not_before_2026() -> None:
    """Before 2026-01-01 the 2012 law had no such duty: a minor's notice without the guardian is complete."""
    case = _police_minor("2010-01-01", "2025-06-02")
    assert outcomes(run(case, "NOTICE-002"), "NOTICE-002") == ["satisfied"]


def test_notice_002_minor_unknown_age_is_indeterminate() -> None:
    """Without a birth date or ID number it cannot be known whether the guardian had to be told."""
    case = _police_minor(None, "2026-06-02")
    f = only(run(case, "NOTICE-002", as_of=date(2026, 6, 30)), "NOTICE-002")
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("party.birth_date",)


def test_notice_002_age_from_the_resident_id_number() -> None:
    """The age comes from the resident ID number when no birth date is given (positions 7–14)."""
    case = _police_minor(None, "2026-06-02")
    case["parties"][0]["id_number"] = "11010120100101123X"
    assert outcomes(run(case, "NOTICE-002", as_of=date(2026, 6, 30)), "NOTICE-002") == ["violated"]


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
    case["acts"].append({"type": "waiver", "id": "waiver-1", "on": "2025-03-04", "rights": ["statement", "defence"],
                         "notice_id": "notice-1"})
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


# -- NOTICE-004 --------------------------------------------------------------------------------------


def test_notice_004_reviewed_statement_satisfies() -> None:
    """The party's defence was reviewed (复核) before the decision, recording whether it was adopted."""
    f = only(run(example(COMPLIANT), "NOTICE-004"), "NOTICE-004")
    assert (f.outcome, f.subject) == (er.Outcome.SATISFIED, "statement-1")


def test_notice_004_unreviewed_statement_is_violated() -> None:
    """CPL 45①: the facts, reasons and evidence put forward must be reviewed before deciding."""
    case = drop(example(COMPLIANT), "review-statement-1")
    f = only(run(case, "NOTICE-004"), "NOTICE-004")
    assert (f.outcome, f.subject, f.loc) == (er.Outcome.VIOLATED, "statement-1", ("acts", index(case, "statement-1")))
    assert "decision-1" in f.related


def test_notice_004_review_after_the_decision_does_not_count() -> None:
    """A review dated after the decision was not a review before it."""
    case = example(COMPLIANT)
    act(case, "review-statement-1")["on"] = "2025-05-12"
    assert outcomes(run(case, "NOTICE-004"), "NOTICE-004") == ["violated"]


def test_notice_004_adoption_not_recorded_is_indeterminate_in_samr() -> None:
    """samr: the review records whether the points were adopted (SAMR-P 62(三)); unknown → indeterminate."""
    case = example(COMPLIANT)
    act(case, "review-statement-1").pop("adopted")
    assert outcomes(run(case, "NOTICE-004"), "NOTICE-004") == ["indeterminate"]
    assert outcomes(run(case, "NOTICE-004", profile="national"), "NOTICE-004") == ["satisfied"]


def test_notice_004_no_statement_is_not_applicable() -> None:
    """Without a statement or defence there is nothing to review."""
    case = drop(example(COMPLIANT), "review-statement-1", "statement-1")
    assert outcomes(run(case, "NOTICE-004"), "NOTICE-004") == ["not_applicable"]


# -- NOTICE-010 --------------------------------------------------------------------------------------


def test_notice_010_rights_told_at_the_first_evidence_taking() -> None:
    """SAMR-P 21②: the first time evidence is taken the party is told of statement, defence and recusal."""
    f = only(run(example(COMPLIANT), "NOTICE-010"), "NOTICE-010")
    assert (f.outcome, f.subject) == (er.Outcome.SATISFIED, "inspect-1")


def test_notice_010_missing_right_is_a_warning() -> None:
    """Not telling the recusal right is a warning (a form requirement), naming the act."""
    case = example(COMPLIANT)
    act(case, "inspect-1")["rights_told"] = ["statement", "defence"]
    f = only(run(case, "NOTICE-010"), "NOTICE-010")
    assert (f.outcome, f.severity, f.subject) == (er.Outcome.VIOLATED, er.Severity.WARNING, "inspect-1")
    assert f.loc == ("acts", index(case, "inspect-1"), "rights_told")
    assert not f.blocking


def test_notice_010_unrecorded_rights_are_indeterminate() -> None:
    """Without a record of what was told the rule cannot judge."""
    case = example(COMPLIANT)
    act(case, "inspect-1").pop("rights_told")
    assert outcomes(run(case, "NOTICE-010"), "NOTICE-010") == ["indeterminate"]


@pytest.mark.parametrize(("told", "expected"), [(True, "satisfied"), (False, "violated"), (None, "indeterminate")])
def test_notice_010_test_results_told(told: bool | None, expected: str) -> None:
    """SAMR-P 32: test results are told to the party."""
    case = example(COMPLIANT)
    case["acts"].append({"type": "sampling", "id": "sample-1", "on": "2025-03-06", "results_on": "2025-03-20",
                         **({"results_told": told} if told is not None else {})})
    found = run(case, "NOTICE-010").by_code("NOTICE-010")
    assert [f.outcome.value for f in found if f.subject == "sample-1"] == [expected]


def test_notice_010_only_samr_and_mee() -> None:
    """The rule is a market-regulation and environment rule; under national it is out of scope."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-010", profile="national"), "NOTICE-010") == ["not_applicable"]
