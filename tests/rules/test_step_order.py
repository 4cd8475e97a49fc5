"""PROC-005 (SPEC §4): the order of steps — every inversion (程序倒置) reported with both acts."""

from __future__ import annotations

from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, run
from tests.rules.cases import add, base, decided, index


def p5(case: dict[str, Any]) -> list[er.Finding]:
    return list(run(case, "PROC-005").by_code("PROC-005"))


def pairs(case: dict[str, Any]) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(f.subject, f.related) for f in p5(case) if f.outcome is er.Outcome.VIOLATED]


@pytest.mark.parametrize("name", ["samr-hearing-compliant", "samr-summary-compliant", "mee-ordinary-compliant",
                                  "police-public-security-2026", "samr-case-period-extended",
                                  "police-public-security-2025-summary"])
def test_compliant_examples_have_no_inversion(name: str) -> None:
    """A file in order: one satisfied finding."""
    assert [f.outcome.value for f in p5(example(name))] == ["satisfied"]


def test_inspection_before_filing_names_both_acts() -> None:
    """CPL 54②: investigation follows the filing; an inspection before it, not marked as verification
    before filing, is 程序倒置."""
    case = base(filed="2025-03-04")
    add(case, "inspection", "inspect-1", "2025-03-03")
    (f,) = p5(case)
    assert (f.outcome, f.subject, f.related) == (er.Outcome.VIOLATED, "inspect-1", ("filing-1",))
    assert f.loc == ("acts", index(case, "inspect-1"))
    assert (f.facts["kind"], f.facts["other_kind"]) == ("检查", "立案")
    assert "filing-1" in f.render("zh") and "inspect-1" in f.render("zh")
    assert [str(c) for c in f.citations] == ["CPL 54②", "SAMR-P 18①"]


def test_marked_verification_before_filing_may_come_first() -> None:
    """SAMR-P 18; MEE-P 27: evidence taken while verifying a lead, marked so, may precede the filing."""
    case = base(filed="2025-03-04")
    add(case, "verification", "verify-1", "2025-03-02")
    add(case, "inspection", "inspect-1", "2025-03-03", before_filing=True)
    assert [f.outcome.value for f in p5(case)] == ["satisfied"]


def test_same_day_without_times_is_not_an_inversion_but_times_decide() -> None:
    """Order unknown on one day without times; known with them."""
    case = base(filed="2025-03-04")
    add(case, "questioning", "a-question", "2025-03-04")
    assert [f.outcome.value for f in p5(case)] == ["satisfied"]
    act(case, "filing-1")["at"] = "2025-03-04T15:00:00+08:00"
    act(case, "a-question")["start_at"] = "2025-03-04T09:00:00+08:00"
    assert pairs(case) == [("a-question", ("filing-1",))]


def test_decision_before_its_notice_linked_or_not() -> None:
    """CPL 62: the notice comes before the decision — whether the decision names the notice or not."""
    case = base()
    decided(case, "2025-05-09", notice_id="notice-1")
    add(case, "penalty_notice", "notice-1", "2025-05-12")
    assert pairs(case) == [("decision-1", ("notice-1",))]
    act(case, "decision-1").pop("notice_id")
    assert pairs(case) == [("decision-1", ("notice-1",))]


def test_hearing_before_its_notice() -> None:
    """CPL 64(二): the hearing notice comes before the hearing."""
    case = base()
    add(case, "hearing", "hearing-1", "2025-04-20")
    add(case, "hearing_notice", "hn-1", "2025-04-22")
    assert pairs(case) == [("hearing-1", ("hn-1",))]


def test_review_then_discussion_then_decision() -> None:
    """CPL 58①, 57②: legal review before the collective discussion, both before the decision."""
    case = base()
    decided(case, "2025-05-09")
    add(case, "collective_discussion", "talk-1", "2025-05-10")
    add(case, "legal_review", "review-1", "2025-05-12")
    assert pairs(case) == [("decision-1", ("talk-1",)), ("decision-1", ("review-1",)), ("talk-1", ("review-1",))]


def test_a_step_after_one_decision_may_belong_to_a_later_one() -> None:
    """A review between two decisions is taken to be the second decision's: no inversion (derived)."""
    case = base()
    decided(case, "2025-05-09")
    add(case, "legal_review", "review-1", "2025-06-01")
    decided(case, "2025-06-05", act_id="decision-2")
    assert pairs(case) == []


def test_a_discussion_deciding_an_extension_is_not_the_decision_discussion() -> None:
    """A collective discussion that extended the case period (SAMR-P 64①) may precede the legal review."""
    case = base()
    add(case, "collective_discussion", "talk-ext", "2025-06-01")
    add(case, "legal_review", "review-1", "2025-06-10")
    case["time_limits"] = {"extensions": [{"approved_on": "2025-06-01", "approval": "collective_discussion",
                                           "discussion_id": "talk-ext", "days": 20}]}
    assert pairs(case) == []
    case["time_limits"] = {}
    assert pairs(case) == [("talk-ext", ("review-1",))]


def test_documents_before_service_and_service_before_payment_and_enforcement() -> None:
    """A document exists before it is served (CPL 61①); the party pays, is asked to pay and is enforced
    against only after the decision is served."""
    case = base()
    decided(case, "2025-05-09")
    add(case, "service", "serve-early", "2025-05-08", document_id="decision-1")
    add(case, "payment", "pay-1", "2025-05-07", decision_id="decision-1", channel="bank")
    add(case, "demand", "demand-1", "2025-05-06", decision_id="decision-1")
    add(case, "enforcement_decision", "ed-1", "2025-05-20", decision_id="decision-1")
    add(case, "enforcement", "enf-1", "2025-05-19", enforcement_decision_id="ed-1")
    assert sorted(pairs(case)) == [("demand-1", ("serve-early",)), ("enf-1", ("ed-1",)),
                                   ("pay-1", ("serve-early",)), ("serve-early", ("decision-1",))]


def test_a_record_dated_before_its_act() -> None:
    """No record is dated before the act it documents."""
    case = base(filed="2025-03-04")
    add(case, "inspection", "inspect-1", "2025-03-05")
    case["records"] = [{"id": "rec-1", "kind": "video", "act_ids": ["inspect-1"],
                        "start_at": "2025-03-04T09:00:00+08:00", "end_at": "2025-03-04T10:00:00+08:00"}]
    (f,) = p5(case)
    assert (f.outcome, f.subject, f.loc, f.related) == (er.Outcome.VIOLATED, "rec-1", ("records", 0), ("inspect-1",))


def test_summary_procedure_has_no_filing_to_precede() -> None:
    """On-the-spot cases are not filed: the filing order does not apply."""
    case = example("samr-summary-compliant")
    assert [f.outcome.value for f in p5(case)] == ["satisfied"]


def test_defects_example() -> None:
    """The defects example inspected and preserved evidence before filing."""
    assert pairs(example("samr-time-procedure-defects")) == [("inspect-1", ("filing-1",)),
                                                           ("preserve-1", ("filing-1",))]
