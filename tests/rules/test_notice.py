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


NOTIFIED = [
    {"kind": "fine", "amount": "150000"},
    {"kind": "confiscate_illegal_gains", "amount": "12600"},
    {"kind": "confiscate_illegal_property", "amount": "3150"},
]


def test_notice_005_same_penalty_satisfies() -> None:
    """Deciding what was notified is not heavier."""
    assert outcomes(run(example(COMPLIANT), "NOTICE-005"), "NOTICE-005") == ["satisfied"]


@pytest.mark.parametrize(
    ("fine", "expected"),
    [("150000", "satisfied"), ("150000.01", "violated"), ("120000", "satisfied")],
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
        {
            "type": "penalty_notice",
            "id": "notice-2",
            "on": "2025-04-30",
            "proposed_penalties": [{"kind": "fine", "amount": "180000"}, *NOTIFIED[1:]],
            "states": ["proposed_penalty"],
        },
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
    return notice_case(
        sector="police",
        matter="public_security",
        served=served,
        decided=None,
        party=party,
        penalties=[{"kind": "fine", "amount": "300"}],
    )


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
