"""PROC-001 (summary procedure within limits) and PROC-002 (its formalities) (SPEC §4)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, only, run
from tests.rules.cases import add, base, index

SUMMARY = "samr-summary-compliant"
PERSON = {"id": "party-1", "kind": "natural_person", "birth_date": "1980-01-01"}


def spot(penalties: list[dict[str, Any]], *, sector: str = "samr", matter: str | None = None, on: str = "2025-09-26",
         party: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """A summary decision handed over on the spot."""
    case = base(sector=sector, matter=matter, procedure="summary", filed=None, party=party)
    add(case, "decision", "decision-1", on, penalties=penalties, **{"certificate_shown": True, **fields})
    add(case, "service", "serve-1", on, document_id="decision-1", method="on_the_spot")
    return case


# -- PROC-001 ----------------------------------------------------------------------------------------------


def p1(case: dict[str, Any], **kw: Any) -> er.Finding:
    return only(run(case, "PROC-001", as_of=date(2026, 6, 1), **kw), "PROC-001")


def test_compliant_summary_decision() -> None:
    """A 200-yuan fine on a citizen is within CPL 51 / SAMR-P 66."""
    assert p1(example(SUMMARY)).outcome is er.Outcome.SATISFIED


@pytest.mark.parametrize(("party", "amount", "expected"), [
    (PERSON, "200", "satisfied"), (PERSON, "200.01", "violated"),
    (None, "3000", "satisfied"), (None, "3001", "violated"),
])
def test_fine_caps_by_party_kind(party: dict[str, Any] | None, amount: str, expected: str) -> None:
    """CPL 51: 对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款 (以下 includes the figure)."""
    case = spot([{"kind": "fine", "amount": amount}], party=party)
    f = p1(case)
    assert f.outcome.value == expected
    if expected == "violated":
        assert (f.subject, f.loc) == ("decision-1", ("acts", index(case, "decision-1"), "penalties"))


def test_kinds_outside_the_summary_procedure() -> None:
    """Only a warning or a fine may be imposed on the spot; a confiscation may not."""
    f = p1(spot([{"kind": "warning"}, {"kind": "confiscate_illegal_gains", "amount": "50"}]))
    assert (f.outcome, f.key) == (er.Outcome.VIOLATED, "PROC-001:decision-1:kind")


@pytest.mark.parametrize(("on", "amount", "expected"), [
    ("2025-12-31", "200", "satisfied"), ("2025-12-31", "300", "violated"),  # PSAPL-2012 100: 二百元以下
    ("2026-01-01", "500", "satisfied"), ("2026-01-01", "501", "violated"),  # PSAPL 119: 五百元以下
])
def test_police_public_security_cap_changes_in_2026(on: str, amount: str, expected: str) -> None:
    """治安: 200 yuan before 2026-01-01 (PSAPL-2012 100), 500 from then (PSAPL 119), any party."""
    f = p1(spot([{"kind": "fine", "amount": amount}], sector="police", matter="public_security", on=on))
    assert f.outcome.value == expected


def test_police_other_matters_follow_psb_p_37() -> None:
    """PSB-P 37(三): 对有其他违法行为的个人处五十元以下罚款."""
    assert p1(spot([{"kind": "fine", "amount": "60"}], sector="police", matter="other",
                   party=PERSON)).outcome is er.Outcome.VIOLATED


def test_missing_amount_and_ordinary_procedure() -> None:
    """An unrecorded amount cannot be judged; an ordinary case is out of scope."""
    assert p1(spot([{"kind": "fine"}])).outcome is er.Outcome.INDETERMINATE
    assert p1(example("samr-hearing-compliant")).outcome is er.Outcome.NOT_APPLICABLE


# -- PROC-002 ----------------------------------------------------------------------------------------------


def p2(case: dict[str, Any], part: str, as_of: date = date(2026, 6, 1), **kw: Any) -> er.Finding:
    found = [f for f in run(case, "PROC-002", as_of=as_of, **kw).by_code("PROC-002") if f.key.endswith(":" + part)]
    assert len(found) == 1, [f.key for f in found]
    return found[0]


def test_compliant_summary_formalities() -> None:
    """Certificates shown, the decision handed over, filed within 7 working days (SAMR-P 70)."""
    found = run(example(SUMMARY), "PROC-002").by_code("PROC-002")
    assert [f.outcome.value for f in found] == ["satisfied", "satisfied", "satisfied"]


def test_certificates_must_be_shown() -> None:
    """CPL 52①: 执法人员当场作出行政处罚决定的，应当向当事人出示执法证件."""
    case = spot([{"kind": "fine", "amount": "100"}], certificate_shown=False)
    f = p2(case, "certificate")
    assert (f.outcome, f.loc) == (er.Outcome.VIOLATED, ("acts", index(case, "decision-1"), "certificate_shown"))
    act(case, "decision-1").pop("certificate_shown")
    assert p2(case, "certificate").outcome is er.Outcome.INDETERMINATE


def test_the_decision_is_handed_over_on_the_spot() -> None:
    """CPL 52①: 当场交付当事人 — a later service is not a handover, none at all is pending only that day."""
    case = spot([{"kind": "fine", "amount": "100"}])
    act(case, "serve-1")["on"] = "2025-09-29"
    assert p2(case, "handover").outcome is er.Outcome.VIOLATED
    case["acts"] = [a for a in case["acts"] if a["id"] != "serve-1"]
    f = p2(case, "handover", as_of=date(2025, 9, 26))
    assert (f.outcome, f.due_on) == (er.Outcome.PENDING, date(2025, 9, 26))
    assert p2(case, "handover", as_of=date(2025, 9, 27)).outcome is er.Outcome.VIOLATED


def test_a_refusal_is_noted_on_the_decision() -> None:
    """CPL 52①: 当事人拒绝签收的，应当在行政处罚决定书上注明."""
    case = spot([{"kind": "fine", "amount": "100"}])
    act(case, "serve-1").update(refused=True, refusal_noted=False)
    assert p2(case, "handover").outcome is er.Outcome.VIOLATED
    act(case, "serve-1")["refusal_noted"] = True
    assert p2(case, "handover").outcome is er.Outcome.SATISFIED


@pytest.mark.parametrize(("filed", "expected"), [("2025-10-13", "satisfied"), ("2025-10-14", "violated")])
def test_samr_filing_within_seven_working_days(filed: str, expected: str) -> None:
    """SAMR-P 70: 七个工作日内交至…归档保存 — from Friday 26 September over National Day to 13 October;
    a late filing is a warning."""
    f = p2(spot([{"kind": "fine", "amount": "100"}], filed_on=filed), "filed")
    assert f.outcome.value == expected
    assert f.severity is er.Severity.WARNING


def test_unfiled_decision_is_pending_until_the_last_day() -> None:
    """Not yet filed and not yet due: pending, with the due date."""
    f = p2(spot([{"kind": "fine", "amount": "100"}]), "filed", as_of=date(2025, 10, 9))
    assert (f.outcome, f.due_on) == (er.Outcome.PENDING, date(2025, 10, 13))


@pytest.mark.parametrize(("fields", "expected"), [
    ({"at": "2026-03-02T10:00:00+08:00", "filed_at": "2026-03-03T09:59:00+08:00"}, "satisfied"),
    ({"at": "2026-03-02T10:00:00+08:00", "filed_at": "2026-03-03T10:01:00+08:00"}, "violated"),
    ({"filed_on": "2026-03-02"}, "satisfied"),
    ({"filed_on": "2026-03-03"}, "indeterminate"),
    ({"filed_on": "2026-03-04"}, "violated"),
])
def test_police_file_within_24_hours(fields: dict[str, Any], expected: str) -> None:
    """PSAPL 120④: 二十四小时以内报所属公安机关备案 — from the time of the decision (CC 201②)."""
    case = spot([{"kind": "fine", "amount": "100"}], sector="police", matter="public_security", on="2026-03-02",
                **fields)
    assert p2(case, "filed").outcome.value == expected


def test_national_filing_has_no_period() -> None:
    """CPL 52③: 报所属行政机关备案, with no period: filed or not recorded."""
    case = spot([{"kind": "fine", "amount": "100"}], filed_on="2025-11-30")
    assert p2(case, "filed", profile="national").outcome is er.Outcome.SATISFIED
    act(case, "decision-1").pop("filed_on")
    assert p2(case, "filed", profile="national").outcome is er.Outcome.INDETERMINATE


def test_police_summary_example() -> None:
    """The police example: a 50-yuan fine on the spot in 2025, certificates shown, handed over, filed the
    next morning — within 24 hours of the 21:35 decision."""
    found = run(example("police-public-security-2025-summary"), "PROC-001").by_code("PROC-001")
    found += run(example("police-public-security-2025-summary"), "PROC-002").by_code("PROC-002")
    assert {f.outcome.value for f in found} == {"satisfied"}
