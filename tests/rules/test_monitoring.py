"""PUBLISH-007 (SPEC §4; CPL 41): evidence from electronic monitoring devices."""

from __future__ import annotations

from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, notice_case, only, outcomes, run

GOOD = {"device": "城关镇解放路口抓拍设备", "reviewed": True, "location_published": True, "record_reviewed": True,
        "party_told_on": "2025-09-20"}


def monitored(**changes: Any) -> dict[str, Any]:
    """A decision of 26 September 2025 resting on one monitoring record."""
    case = notice_case(decided="2025-09-26")
    act(case, "decision-1")["monitoring_evidence"] = [{**GOOD, **changes}]
    return case


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


def test_publish_007_compliant_evidence() -> None:
    """Reviewed device, published location, reviewed record, party told before the decision (CPL 41①②③)."""
    case = monitored()
    f = only(run(case, "PUBLISH-007"), "PUBLISH-007")
    assert (f.outcome, f.subject, f.loc) == (er.Outcome.SATISFIED, "decision-1",
                                             ("acts", index(case, "decision-1"), "monitoring_evidence", 0))


@pytest.mark.parametrize(("field", "cite"), [("reviewed", "CPL 41①"), ("location_published", "CPL 41①"),
                                             ("record_reviewed", "CPL 41②")])
def test_publish_007_each_duty(field: str, cite: str) -> None:
    """Each unmet duty is its own violation, keyed by the evidence and the duty, citing its paragraph."""
    case = monitored(**{field: False})
    f = only(run(case, "PUBLISH-007"), "PUBLISH-007")
    assert (f.outcome, f.key, [str(c) for c in f.citations]) == (
        er.Outcome.VIOLATED, f"PUBLISH-007:decision-1:0:{field}", [cite])
    assert f.loc == ("acts", index(case, "decision-1"), "monitoring_evidence", 0)


@pytest.mark.parametrize(("told", "expected"), [("2025-09-26", "satisfied"), ("2025-09-27", "violated")])
def test_publish_007_party_told_before_the_decision(told: str, expected: str) -> None:
    """CPL 41③ "及时告知": at the latest on the day of the decision (derived)."""
    assert outcomes(run(monitored(party_told_on=told), "PUBLISH-007"), "PUBLISH-007") == [expected]


def test_publish_007_unrecorded_facts_are_indeterminate() -> None:
    """A duty whose fulfilment is not recorded cannot be judged."""
    case = monitored()
    act(case, "decision-1")["monitoring_evidence"] = [{"device": "抓拍设备"}]
    found = run(case, "PUBLISH-007").by_code("PUBLISH-007")
    assert {f.outcome for f in found} == {er.Outcome.INDETERMINATE}
    assert [f.missing[0].split(".")[1] for f in found] == ["reviewed", "location_published", "record_reviewed",
                                                          "party_told_on"]


def test_publish_007_not_applicable() -> None:
    """No monitoring evidence, or no decision at all."""
    assert outcomes(run(example("samr-hearing-compliant"), "PUBLISH-007"), "PUBLISH-007") == ["not_applicable"]
    assert outcomes(run(notice_case(decided=None), "PUBLISH-007"), "PUBLISH-007") == ["not_applicable"]
