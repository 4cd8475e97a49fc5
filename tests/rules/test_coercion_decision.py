"""COERCE-003 (SPEC §4): the sealing or seizure decision and list handed over on the spot with the ACL 24
particulars; the freezing decision within three working days with the ACL 31 particulars."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, outcomes, run
from tests.rules.coercion_cases import POLICE, SEIZURE, bare_seizure, seizure


def findings(case: dict[str, Any], as_of: date = date(2026, 11, 27)) -> dict[str, er.Finding]:
    return {f.key.rsplit(":", 1)[1]: f for f in run(case, "COERCE-003", as_of=as_of).by_code("COERCE-003")}


def freeze(served_on: str | None, on: str = "2025-09-30") -> dict[str, Any]:
    """A freezing on ``on`` whose decision is served on ``served_on`` (None: not yet)."""
    case = bare_seizure(on=on, measure="freeze", list_delivered=None,
                        states=["party_name", "party_address", "reasons", "basis", "duration", "account_amount",
                                "remedies", "agency_name", "seal", "date"])
    if served_on:
        case["acts"].append({"type": "service", "id": "serve-freeze", "on": served_on, "document_id": "seize-1",
                             "method": "direct"})
    return case


def test_coerce_003_decision_and_list_on_the_spot_satisfy() -> None:
    """The decision and list handed over on the spot, stating every ACL 24② particular (SAMR-P 37)."""
    found = findings(example(SEIZURE))
    assert {k: f.outcome.value for k, f in found.items()} == {
        "delivered": "satisfied", "list": "satisfied", "contents": "satisfied"}
    assert {str(c) for c in found["delivered"].citations} == {"ACL 24①", "SAMR-P 37"}


def test_coerce_003_decision_served_later_is_violated() -> None:
    """A seizure decision posted days later was not handed over on the spot (ACL 24①)."""
    case = example(SEIZURE)
    act(case, "serve-seize-1").update(on="2025-09-05", at=None, method="post")
    f = findings(case)["delivered"]
    assert (f.outcome, f.subject, f.loc) == (er.Outcome.VIOLATED, "seize-1", ("acts", 1))
    assert f.related == ("serve-seize-1",)


def test_coerce_003_unknown_delivery_method_is_indeterminate() -> None:
    """Served the same day, but how is not recorded."""
    case = example(SEIZURE)
    act(case, "serve-seize-1").pop("method")
    assert findings(case)["delivered"].outcome is er.Outcome.INDETERMINATE


@pytest.mark.parametrize(("delivered", "expected"), [(False, "violated"), (None, "indeterminate")])
def test_coerce_003_list_handed_over(delivered: bool | None, expected: str) -> None:
    """The list (清单) is made and handed over on the spot (ACL 24①)."""
    assert findings(seizure(list_delivered=delivered))["list"].outcome.value == expected


def test_coerce_003_missing_particulars_cite_their_items() -> None:
    """A decision without its duration breaks ACL 24②(二); the finding names what is missing."""
    case = seizure(states=["party_name", "party_address", "reasons", "basis", "items", "remedies", "agency_name",
                           "seal", "date"])
    f = findings(case)["contents"]
    assert (f.outcome, f.loc) == (er.Outcome.VIOLATED, ("acts", 1, "states"))
    assert [e.value for e in f.facts["missing"]] == ["duration"]
    assert [str(c) for c in f.citations] == ["ACL 24②(2)"]
    assert findings(seizure(states=None))["contents"].outcome is er.Outcome.INDETERMINATE


def test_coerce_003_police_seizure_cites_psapl_105() -> None:
    """A police seizure's list also follows PSAPL 105②."""
    assert "PSAPL 105②" in {str(c) for c in findings(example(POLICE))["list"].citations}


@pytest.mark.parametrize(
    ("served_on", "expected"), [("2025-10-11", "satisfied"), ("2025-10-13", "violated")],
    ids=["tiaoxiu-saturday", "next-working-day"],
)
def test_coerce_003_freezing_decision_within_three_working_days(served_on: str, expected: str) -> None:
    """Frozen on 2025-09-30: the three working days (ACL 31, 69) skip the National Day block and end on the
    调休 Saturday 2025-10-11."""
    found = findings(freeze(served_on))
    assert found["delivered"].outcome.value == expected
    assert found["contents"].outcome is er.Outcome.SATISFIED
    assert {str(c) for c in found["delivered"].citations} == {"ACL 31", "ACL 69"}


@pytest.mark.parametrize(("as_of", "expected"), [(date(2025, 10, 11), "pending"), (date(2025, 10, 12), "violated")])
def test_coerce_003_freezing_decision_pending_until_due(as_of: date, expected: str) -> None:
    """Not yet served: open until the last working day, broken after it."""
    f = findings(freeze(None), as_of=as_of)["delivered"]
    assert f.outcome.value == expected
    if expected == "pending":
        assert f.due_on == date(2025, 10, 11)


def test_coerce_003_freezing_contents_follow_acl_31() -> None:
    """A freezing decision states the account and amount (ACL 31(三)), not a list of things."""
    case = freeze("2025-10-09")
    act(case, "seize-1")["states"] = ["party_name", "party_address", "reasons", "basis", "duration", "items",
                                      "remedies", "agency_name", "seal", "date"]
    f = findings(case)["contents"]
    assert (f.outcome, [str(c) for c in f.citations]) == (er.Outcome.VIOLATED, ["ACL 31(3)"])


def test_coerce_003_freezing_across_an_unloaded_year() -> None:
    """Frozen 2026-12-29: the period reaches 2027, whose notice is not loaded — unless the answer does not
    depend on it (served the next day is surely in time)."""
    open_case = findings(freeze(None, on="2026-12-29"), as_of=date(2026, 12, 30))["delivered"]
    assert (open_case.outcome, open_case.missing) == (er.Outcome.INDETERMINATE, ("calendar:2027",))
    assert findings(freeze("2026-12-30", on="2026-12-29"))["delivered"].outcome is er.Outcome.SATISFIED


def test_coerce_003_other_measures_are_outside() -> None:
    """ACL 24 and 31 govern sealing, seizure and freezing only."""
    assert outcomes(run(seizure(measure="restrict_liberty"), "COERCE-003"), "COERCE-003") == ["not_applicable"]
    assert outcomes(run(example("samr-hearing-compliant"), "COERCE-003"), "COERCE-003") == ["not_applicable"]
