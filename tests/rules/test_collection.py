"""PROC-006 (SPEC §4): fine collection — bank or e-payment, lawful on-the-spot collection, late payment."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import example, run
from tests.rules.cases import add, base, decided, fine, index


def collected(amount: int = 100, *, procedure: str = "summary", sector: str = "samr", matter: str | None = None,
              on: str = "2025-09-26", **payment: Any) -> dict[str, Any]:
    """A fine decided and served on ``on`` and collected on the spot the same day."""
    case = base(sector=sector, matter=matter, procedure=procedure,
                filed=None if procedure == "summary" else "2025-09-01")
    decided(case, on, penalties=fine(amount), served=on)
    fields = {"channel": "on_the_spot", "ground": "small_fine", "receipt": True, "handed_in_on": "2025-09-29",
              "amount": str(amount), **payment}
    add(case, "payment", "pay-1", on, decision_id="decision-1", **{k: v for k, v in fields.items() if v is not None})
    return case


def p6(case: dict[str, Any], part: str, as_of: date = date(2025, 12, 1), **kw: Any) -> er.Finding:
    found = [f for f in run(case, "PROC-006", as_of=as_of, **kw).by_code("PROC-006") if f.key.endswith(":" + part)]
    assert len(found) == 1, [f.key for f in found]
    return found[0]


def test_bank_and_e_payment() -> None:
    """CPL 67②: 到指定的银行或者通过电子支付系统缴纳罚款."""
    assert [f.outcome.value for f in run(example("samr-hearing-compliant"), "PROC-006").by_code("PROC-006")] == [
        "satisfied"]


@pytest.mark.parametrize(("amount", "expected"), [(100, "satisfied"), (101, "violated")])
def test_small_fine_collected_on_the_spot(amount: int, expected: str) -> None:
    """CPL 68(一), SAMR-P 72①(一): 当场处以一百元以下罚款的，可以当场收缴."""
    case = collected(amount)
    f = p6(case, "ground")
    assert f.outcome.value == expected
    if expected == "violated":
        assert (f.subject, f.loc) == ("pay-1", ("acts", index(case, "pay-1"), "ground"))


def test_ordinary_procedure_fines_are_not_collected_on_the_spot_as_small_or_hard_to_enforce() -> None:
    """CPL 68 covers only decisions made on the spot under CPL 51; CPL 69 (remote areas) covers both."""
    assert p6(collected(procedure="ordinary"), "ground").outcome is er.Outcome.VIOLATED
    assert p6(collected(procedure="ordinary", ground="hard_to_enforce"), "ground").outcome is er.Outcome.VIOLATED
    remote = collected(procedure="ordinary", ground="remote_area", party_requested=True)
    assert p6(remote, "ground").outcome is er.Outcome.SATISFIED


def test_remote_area_needs_the_partys_request_and_a_ground_is_needed() -> None:
    """CPL 69: 经当事人提出; without a recorded ground, indeterminate."""
    assert p6(collected(ground="remote_area", party_requested=False), "ground").outcome is er.Outcome.VIOLATED
    assert p6(collected(ground="remote_area"), "ground").outcome is er.Outcome.INDETERMINATE
    assert p6(collected(ground="hard_to_enforce", amount=3000), "ground").outcome is er.Outcome.SATISFIED
    assert p6(collected(ground=None), "ground").outcome is er.Outcome.INDETERMINATE


@pytest.mark.parametrize(("on", "amount", "expected"), [
    ("2025-10-15", 50, "satisfied"), ("2025-10-15", 60, "violated"),  # PSAPL-2012 104(一): 五十元以下
    ("2026-03-02", 200, "satisfied"), ("2026-03-02", 201, "violated"),  # PSAPL 123(一): 二百元以下
])
def test_police_small_fine_caps(on: str, amount: int, expected: str) -> None:
    """治安: on-the-spot collection of 50 yuan or less before 2026, 200 from 2026 — under the ordinary
    procedure too (PSAPL 123 does not require an on-the-spot decision)."""
    case = collected(amount, sector="police", matter="public_security", procedure="ordinary", on=on,
                     handed_in_on=on)
    assert p6(case, "ground", as_of=date(2026, 6, 1)).outcome.value == expected


def test_the_official_receipt() -> None:
    """CPL 70: 必须向当事人出具…统一制发的专用票据."""
    assert p6(collected(), "receipt").outcome is er.Outcome.SATISFIED
    assert p6(collected(receipt=False), "receipt").outcome is er.Outcome.VIOLATED
    assert p6(collected(receipt=None), "receipt").outcome is er.Outcome.INDETERMINATE


@pytest.mark.parametrize(("handed_in", "expected"), [("2025-09-29", "satisfied"), ("2025-09-30", "violated")])
def test_hand_in_within_two_working_days(handed_in: str, expected: str) -> None:
    """CPL 71, 85: 二日内交至行政机关 — from Friday 26 September, Sunday 28 September is a 调休 working day."""
    assert p6(collected(handed_in_on=handed_in), "hand_in").outcome.value == expected


@pytest.mark.parametrize(("handed_in", "expected"), [("2025-10-10", "satisfied"), ("2025-10-11", "violated")])
def test_hand_in_over_the_national_day_block(handed_in: str, expected: str) -> None:
    """Collected Tuesday 30 September: 1–8 October are off, so the two working days are 9 and 10 October;
    Saturday 11 October, though a 调休 working day, is the third."""
    case = collected(on="2025-09-30", handed_in_on=handed_in)
    assert p6(case, "hand_in").outcome.value == expected


def test_hand_in_pending_and_counted_from_landing() -> None:
    """Until the last day it is pending; on water it runs from the day of landing (CPL 71)."""
    f = p6(collected(handed_in_on=None), "hand_in", as_of=date(2025, 9, 29))
    assert (f.outcome, f.due_on) == (er.Outcome.PENDING, date(2025, 9, 29))
    landed = collected(handed_in_on="2025-10-10", ashore_on="2025-10-09")
    assert p6(landed, "hand_in").outcome is er.Outcome.SATISFIED


def test_police_hand_in_in_two_calendar_days() -> None:
    """PSAPL 124: 二日以内 (calendar days for police)."""
    case = collected(100, sector="police", matter="public_security", on="2026-03-06", handed_in_on="2026-03-09")
    assert p6(case, "hand_in", as_of=date(2026, 6, 1)).outcome is er.Outcome.VIOLATED


@pytest.mark.parametrize(("paid", "late"), [("2025-05-24", False), ("2025-05-26", True)])
def test_late_payment_is_the_partys_default_reported_as_info(paid: str, late: bool) -> None:
    """CPL 67③: 十五日内缴纳 — served 9 May, the last day is 24 May (a Saturday: SAMR-P 80 moves it to
    Monday 26 May); a later payment is the party's default, info, with the surcharge it may bear."""
    case = base()
    decided(case, "2025-05-09", served="2025-05-09", penalties=fine(1000))
    add(case, "payment", "pay-1", paid, decision_id="decision-1", channel="bank")
    found = [f for f in run(case, "PROC-006").by_code("PROC-006") if f.key.endswith(":late")]
    assert not found
    national = [f for f in run(case, "PROC-006", profile="national").by_code("PROC-006") if f.key.endswith(":late")]
    assert bool(national) is late
    if late:
        (f,) = national
        assert (f.outcome, f.severity, f.blocking) == (er.Outcome.VIOLATED, er.Severity.INFO, False)
        assert (f.facts["days"], f.facts["cap"]) == (2, 60)


def test_an_approved_deferral_moves_the_deadline() -> None:
    """CPL 66②: 经当事人申请和行政机关批准，可以暂缓或者分期缴纳."""
    case = base()
    decided(case, "2025-05-09", served="2025-05-09",
            deferral={"approved_on": "2025-05-20", "approved_by": "head-1", "until": "2025-07-31"})
    add(case, "payment", "pay-1", "2025-07-30", decision_id="decision-1", channel="bank")
    assert [f.key for f in run(case, "PROC-006").by_code("PROC-006")] == ["PROC-006:pay-1:channel"]


def test_channel_unknown_and_no_payment() -> None:
    """No channel recorded: indeterminate; no payment: not applicable."""
    case = base()
    decided(case, "2025-05-09", served="2025-05-09")
    assert [f.outcome.value for f in run(case, "PROC-006").by_code("PROC-006")] == ["not_applicable"]
    add(case, "payment", "pay-1", "2025-05-12", decision_id="decision-1")
    assert p6(case, "channel").outcome is er.Outcome.INDETERMINATE


def test_examples() -> None:
    """The defects example collects confiscated gains on the spot under the ordinary procedure, with no
    receipt, handed in a week later; the police example collects a 50-yuan fine lawfully (PSAPL-2012 104)."""
    found = run(example("samr-time-procedure-defects"), "PROC-006").violations
    assert [f.key for f in found] == ["PROC-006:payment-1:ground", "PROC-006:payment-1:receipt",
                                      "PROC-006:payment-1:hand_in"]
    police = run(example("police-public-security-2025-summary"), "PROC-006").by_code("PROC-006")
    assert {f.outcome.value for f in police} == {"satisfied"}
