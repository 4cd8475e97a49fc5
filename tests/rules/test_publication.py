"""PUBLISH-001 and PUBLISH-002 (SPEC §4, §3): the duty to publish a decision in time, and to withdraw it after a
change. The working-day boundaries run across the 2025 National Day block (1–8 October off; Sunday 28 September
and Saturday 11 October are 调休 working days)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, notice_case, only, outcomes, run

DECIDED = "2025-09-26"  # + 20 working days → 2025-10-30; + 7 → 2025-10-13; + 3 → 2025-09-30; + 10 → 2025-10-16


def published(sector: str = "samr", on: str | None = "2025-10-20", **kw: Any) -> dict[str, Any]:
    """A notice-then-decision case decided on 26 September 2025, published on ``on``."""
    case = notice_case(sector=sector, decided=DECIDED, **kw)
    case["province"] = "420000"
    if on is not None:
        case["acts"].append({"type": "publication", "id": "publication-1", "on": on, "decision_id": "decision-1"})
    return case


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


# -- PUBLISH-001 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("on", "expected"), [("2025-10-30", "satisfied"), ("2025-10-31", "violated")])
def test_publish_001_samr_twenty_working_days(on: str, expected: str) -> None:
    """SAMR-G 9: published within 20 working days of the decision; the National Day block does not count and the
    调休 Sunday and Saturday do."""
    case = published(on=on)
    f = only(run(case, "PUBLISH-001"), "PUBLISH-001")
    assert (f.outcome.value, f.subject, f.key, f.loc) == (expected, "decision-1", "PUBLISH-001:decision-1",
                                                          ("acts", index(case, "decision-1")))
    assert f.related == ("publication-1",) and [str(c) for c in f.citations] == ["SAMR-G 9"]


@pytest.mark.parametrize(("on", "expected"), [("2025-10-13", "satisfied"), ("2025-10-14", "violated")])
def test_publish_001_mee_seven_working_days_count_the_tiaoxiu_days(on: str, expected: str) -> None:
    """MEE-P 65, 90: 7 working days; without the 调休 days of 28 September and 11 October the last day would be
    15 October, so 14 October is already late."""
    f = only(run(published("mee", on), "PUBLISH-001"), "PUBLISH-001")
    assert f.outcome.value == expected
    assert f.severity is er.Severity.ERROR and {str(c) for c in f.citations} == {"MEE-P 65", "MEE-P 90①"}


def test_publish_001_pending_until_due_then_violated() -> None:
    """An unpublished decision is pending until the last day, carrying due_on, and violated after it."""
    case = published(on=None)
    f = only(run(case, "PUBLISH-001", as_of=date(2025, 10, 30)), "PUBLISH-001")
    assert (f.outcome, f.due_on) == (er.Outcome.PENDING, date(2025, 10, 30))
    f = only(run(case, "PUBLISH-001", as_of=date(2025, 10, 31)), "PUBLISH-001")
    assert (f.outcome, f.key) == (er.Outcome.VIOLATED, "PUBLISH-001:decision-1")


def test_publish_001_national_only_for_social_impact() -> None:
    """CPL 48①, GIR 20(六): under the national profile only a decision with a certain social impact must be
    published."""
    case = published("other", on=None)
    f = only(run(case, "PUBLISH-001"), "PUBLISH-001")
    assert (f.outcome, f.subject) == (er.Outcome.NOT_APPLICABLE, "decision-1")
    case["violation"] = {"social_impact": True}
    assert outcomes(run(case, "PUBLISH-001"), "PUBLISH-001") == ["violated", "violated"]


def test_publish_001_national_guidance_is_a_warning() -> None:
    """GIR 26's 20 working days are binding (error); GB118's 7 working days are a guiding opinion (warning)."""
    case = published("other", on="2025-10-20")
    case["violation"] = {"social_impact": True}
    binding, guidance = run(case, "PUBLISH-001").by_code("PUBLISH-001")
    assert (binding.outcome, binding.key, [str(c) for c in binding.citations]) == (
        er.Outcome.SATISFIED, "PUBLISH-001:decision-1", ["GIR 26"])
    assert (guidance.outcome, guidance.severity, guidance.key) == (
        er.Outcome.VIOLATED, er.Severity.WARNING, "PUBLISH-001:decision-1:guidance")
    assert not guidance.blocking and [str(c) for c in guidance.citations] == ["GB118 2(3)"]
    act(case, "publication-1")["on"] = "2025-10-13"
    assert outcomes(run(case, "PUBLISH-001"), "PUBLISH-001") == ["satisfied", "satisfied"]


def test_publish_001_sector_rules_replace_the_guidance() -> None:
    """A binding department rule's own period replaces the guiding opinion: samr and mee get one finding."""
    assert outcomes(run(published("samr", "2025-10-20"), "PUBLISH-001"), "PUBLISH-001") == ["satisfied"]
    assert outcomes(run(published("mee", "2025-10-13"), "PUBLISH-001"), "PUBLISH-001") == ["satisfied"]


@pytest.mark.parametrize("change", ["warning_only", "summary", "exempt"])
def test_publish_001_outside_the_scope(change: str) -> None:
    """SAMR-G 2: no duty for summary or warning-only decisions; MEE-P 63: none for a decision not to be
    published."""
    if change == "warning_only":
        case = published(on=None, penalties=[{"kind": "warning"}])
    elif change == "summary":
        case = published(on=None, procedure="summary", penalties=[{"kind": "fine", "amount": "100"}])
    else:
        case = published("mee", on=None)
        act(case, "decision-1")["publication_exempt"] = True
    f = only(run(case, "PUBLISH-001"), "PUBLISH-001")
    assert (f.outcome, f.subject) == (er.Outcome.NOT_APPLICABLE, "decision-1")


def test_publish_001_public_security_records_are_sealed_from_2026() -> None:
    """PSAPL 136: from 2026-01-01 治安 decisions are never published; a 2025 decision with a social impact is
    still due under GIR 26, unless its deadline falls after the sealing began."""
    person = {"id": "party-1", "kind": "natural_person"}
    case = notice_case(sector="police", matter="public_security", served="2026-03-02", decided="2026-03-10",
                       party=person, penalties=[{"kind": "fine", "amount": "300"}])
    case["violation"] = {"social_impact": True}
    f = only(run(case, "PUBLISH-001", as_of=date(2026, 6, 1)), "PUBLISH-001")
    assert f.outcome is er.Outcome.NOT_APPLICABLE
    case = notice_case(sector="police", matter="public_security", served="2025-06-03", decided="2025-06-10",
                       party=person, penalties=[{"kind": "fine", "amount": "300"}])
    case["violation"] = {"social_impact": True}
    assert outcomes(run(case, "PUBLISH-001"), "PUBLISH-001") == ["violated", "violated"]
    case = notice_case(sector="police", matter="public_security", served="2025-12-15", decided="2025-12-22",
                       party=person, penalties=[{"kind": "fine", "amount": "300"}])
    case["violation"] = {"social_impact": True}
    assert outcomes(run(case, "PUBLISH-001", as_of=date(2026, 3, 1)), "PUBLISH-001") == ["not_applicable"]


@pytest.mark.parametrize(("pushed", "expected"), [("2025-10-16", "satisfied"), ("2025-10-17", "violated"),
                                                  (None, "violated")])
def test_publish_001_cross_province_push(pushed: str | None, expected: str) -> None:
    """SAMR-G 10: a party registered in another province: the decision is pushed there within 10 working days."""
    case = published(on="2025-10-27", party={"id": "party-1", "kind": "legal_person", "registered_province": "310000"})
    if pushed:
        act(case, "publication-1")["pushed_on"] = pushed
    f = only(run(case, "PUBLISH-001"), "PUBLISH-001")
    assert (f.outcome.value, f.key, [str(c) for c in f.citations]) == (expected, "PUBLISH-001:decision-1:push",
                                                                       ["SAMR-G 10"])


def test_publish_001_push_date_alone_marks_a_cross_province_case() -> None:
    """A recorded push date means the case went to another province, even without the party's province."""
    case = published(on="2025-10-27")
    act(case, "publication-1")["pushed_on"] = "2025-10-10"
    assert only(run(case, "PUBLISH-001"), "PUBLISH-001").key == "PUBLISH-001:decision-1:push"


def test_publish_001_calendar_not_loaded() -> None:
    """A deadline reaching 2027 is indeterminate naming the year, unless the publication is surely in time."""
    case = notice_case(served="2026-12-10", decided="2026-12-15")
    f = only(run(case, "PUBLISH-001", as_of=date(2026, 12, 20)), "PUBLISH-001")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("calendar:2027",))
    case["acts"].append({"type": "publication", "id": "publication-1", "on": "2026-12-20", "decision_id": "decision-1"})
    assert outcomes(run(case, "PUBLISH-001", as_of=date(2026, 12, 20)), "PUBLISH-001") == ["satisfied"]


def test_publish_001_no_decision_and_old_law() -> None:
    """Nothing to publish without a penalty decision; decisions before 2021-07-15 are outside the rule."""
    assert outcomes(run(notice_case(decided=None), "PUBLISH-001"), "PUBLISH-001") == ["not_applicable"]
    case = notice_case(served="2021-06-01", decided="2021-06-10")
    f = only(run(case, "PUBLISH-001"), "PUBLISH-001")
    assert (f.outcome, f.subject) == (er.Outcome.NOT_APPLICABLE, "decision-1")


def test_publish_001_examples() -> None:
    """The bundled examples: on time (samr, mee) and late (the publication defects case)."""
    assert outcomes(run(example("samr-hearing-compliant"), "PUBLISH-001"), "PUBLISH-001") == ["satisfied"]
    assert outcomes(run(example("mee-ordinary-compliant"), "PUBLISH-001"), "PUBLISH-001") == ["satisfied"]
    assert outcomes(run(example("samr-publication-redacted"), "PUBLISH-001"), "PUBLISH-001") == ["satisfied"]
    assert outcomes(run(example("samr-publication-defects"), "PUBLISH-001"), "PUBLISH-001") == ["violated"]


# -- PUBLISH-002 ---------------------------------------------------------------------------------------------


def changed(instrument_on: str | None = "2025-10-24", withdrawn: str | None = "2025-10-29",
            reason: bool | None = True, sector: str = "samr") -> dict[str, Any]:
    """The decision published on 20 October and revoked; the instrument received on 24 October (Friday)."""
    case = published(sector)
    change: dict[str, Any] = {"type": "decision_change", "id": "change-1", "on": "2025-10-23",
                              "decision_id": "decision-1", "change": "revoked"}
    if instrument_on:
        change["instrument_on"] = instrument_on
    case["acts"].append(change)
    if withdrawn:
        withdrawal: dict[str, Any] = {"type": "publication_withdrawal", "id": "withdrawal-1", "on": withdrawn,
                                      "publication_id": "publication-1"}
        if reason is not None:
            withdrawal["reason_published"] = reason
        case["acts"].append(withdrawal)
    return case


@pytest.mark.parametrize(("withdrawn", "expected"), [("2025-10-29", "satisfied"), ("2025-10-30", "violated")])
def test_publish_002_three_working_days(withdrawn: str, expected: str) -> None:
    """CPL 48②, SAMR-G 11: withdrawn within 3 working days of receiving the revoking instrument (Friday 24 October:
    the weekend does not count, so Wednesday 29 October is the last day)."""
    case = changed(withdrawn=withdrawn)
    f = only(run(case, "PUBLISH-002"), "PUBLISH-002")
    assert (f.outcome.value, f.subject, f.loc) == (expected, "publication-1", ("acts", index(case, "publication-1")))
    assert (f.key, f.related) == ("PUBLISH-002:publication-1:change-1", ("change-1", "withdrawal-1"))
    assert [str(c) for c in f.citations] == ["SAMR-G 11"]


@pytest.mark.parametrize(("withdrawn", "expected"), [("2025-09-30", "satisfied"), ("2025-10-09", "violated")])
def test_publish_002_across_the_holiday_block(withdrawn: str, expected: str) -> None:
    """Received on Friday 26 September: the 调休 Sunday 28 September counts, so 30 September is the last day and
    the first day after the National Day block is late."""
    case = published(on="2025-09-26")
    case["acts"] += [
        {"type": "decision_change", "id": "change-1", "on": "2025-09-26", "decision_id": "decision-1",
         "change": "confirmed_void", "instrument_on": "2025-09-26"},
        {"type": "publication_withdrawal", "id": "withdrawal-1", "on": withdrawn, "publication_id": "publication-1",
         "reason_published": True},
    ]
    assert outcomes(run(case, "PUBLISH-002"), "PUBLISH-002") == [expected]


def test_publish_002_pending_then_violated() -> None:
    """Without a withdrawal the duty is pending until the last day, then violated."""
    case = changed(withdrawn=None)
    f = only(run(case, "PUBLISH-002", as_of=date(2025, 10, 28)), "PUBLISH-002")
    assert (f.outcome, f.due_on) == (er.Outcome.PENDING, date(2025, 10, 29))
    assert outcomes(run(case, "PUBLISH-002", as_of=date(2025, 10, 30)), "PUBLISH-002") == ["violated"]


def test_publish_002_reason_published() -> None:
    """The reason is published with the withdrawal ("并公开说明理由"); unrecorded, it cannot be judged."""
    f = only(run(changed(reason=False), "PUBLISH-002"), "PUBLISH-002")
    assert f.outcome is er.Outcome.VIOLATED
    f = only(run(changed(reason=None), "PUBLISH-002"), "PUBLISH-002")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("reason_published",))


def test_publish_002_without_the_instrument_date() -> None:
    """Without the date the instrument was received, a withdrawal within 3 working days of the change is surely in
    time; a later one cannot be judged."""
    assert outcomes(run(changed(instrument_on=None, withdrawn="2025-10-28"), "PUBLISH-002"), "PUBLISH-002") == [
        "satisfied"]
    f = only(run(changed(instrument_on=None, withdrawn="2025-10-29"), "PUBLISH-002"), "PUBLISH-002")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("instrument_on",))


def test_publish_002_mee_and_publication_after_the_change() -> None:
    """MEE-P 66 reads 三日 as working days (MEE-P 90); a decision published after the change counts from then."""
    case = changed(sector="mee", instrument_on="2025-10-10", withdrawn="2025-10-23")
    assert outcomes(run(case, "PUBLISH-002"), "PUBLISH-002") == ["satisfied"]  # published 20 October, + 3 → 23


def test_publish_002_not_applicable() -> None:
    """No change, or a changed decision that was never published."""
    assert outcomes(run(published(), "PUBLISH-002"), "PUBLISH-002") == ["not_applicable"]
    case = changed(withdrawn=None)
    case["acts"] = [a for a in case["acts"] if a["type"] != "publication"]
    f = only(run(case, "PUBLISH-002"), "PUBLISH-002")
    assert (f.outcome, f.subject) == (er.Outcome.NOT_APPLICABLE, "change-1")
