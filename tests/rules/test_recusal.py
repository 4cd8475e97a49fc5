"""AUTH-005 (SPEC §4): recusal — nobody with a recorded conflict takes part; an application is decided
before the decision, by the person the law names."""

from __future__ import annotations

from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, outcomes, run

COMPLIANT = "samr-hearing-compliant"
POLICE = "police-public-security-2026"


def staff(case: dict[str, Any], staff_id: str) -> dict[str, Any]:
    return next(s for s in case["staff"] if s["id"] == staff_id)


def apply(case: dict[str, Any], staff_id: str, **recusal: Any) -> dict[str, Any]:
    """Record an application for ``staff_id``'s recusal."""
    staff(case, staff_id).setdefault("recusals", []).append({"applied_on": "2025-03-11", **recusal})
    return case


def keyed(case: dict[str, Any], **kw: Any) -> dict[str, er.Finding]:
    return {f.key: f for f in run(case, "AUTH-005", **kw).by_code("AUTH-005")}


def test_auth_005_nothing_recorded_is_not_applicable() -> None:
    """Without a recorded conflict or application there is nothing to check."""
    assert outcomes(run(example(COMPLIANT), "AUTH-005"), "AUTH-005") == ["not_applicable"]


def test_auth_005_application_decided_in_time_by_a_head() -> None:
    """The party's application against an officer is decided by a head before the decision (CPL 43③;
    SAMR-P 4)."""
    case = apply(example(COMPLIANT), "officer-li", decided_on="2025-03-12", decided_by="head", decider_id="head-wang",
                 granted=False)
    f = keyed(case)["AUTH-005:officer-li:0:decider"]
    assert f.outcome is er.Outcome.SATISFIED
    assert [(c.instrument, c.article) for c in f.citations] == [("SAMR-P", 4)]


@pytest.mark.parametrize(("decided_on", "expected"), [("2025-05-09", None), ("2025-05-10", "violated")],
                         ids=["decision-day", "day-after"])
def test_auth_005_decided_before_the_decision_boundary(decided_on: str, expected: str | None) -> None:
    """An application decided after the penalty decision is too late; on the same day it counts as before
    (derived)."""
    case = apply(example(COMPLIANT), "officer-li", decided_on=decided_on, decided_by="head", granted=False)
    f = keyed(case).get("AUTH-005:officer-li:0:timely")
    assert (f.outcome.value if f else None) == expected
    if f:
        assert (f.subject, f.loc, f.related) == ("officer-li", ("staff", 1, "recusals", 0), ("decision-1",))


def test_auth_005_undecided_application_is_violated_once_decided() -> None:
    """An application never decided, followed by a penalty decision, breaks CPL 43③."""
    f = keyed(apply(example(COMPLIANT), "officer-li"))["AUTH-005:officer-li:0:timely"]
    assert (f.outcome, f.severity) == (er.Outcome.VIOLATED, er.Severity.ERROR)


def test_auth_005_undecided_before_any_decision_is_not_yet_due() -> None:
    """While no penalty decision is made, an open application is not yet a breach."""
    case = apply(example(COMPLIANT), "officer-li")
    gone = {a["id"] for a in case["acts"]
            if a["type"] == "decision" or a.get("document_id") == "decision-1" or "decision_id" in a}
    case["acts"] = [a for a in case["acts"] if a["id"] not in gone]
    for r in case["records"]:
        r["act_ids"] = [i for i in r["act_ids"] if i not in gone]
    case["records"] = [r for r in case["records"] if r["act_ids"]]
    assert keyed(case)["AUTH-005:officer-li:0:timely"].outcome is er.Outcome.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("person", "role", "decided_by", "expected"),
    [
        ("head-wang", "main_head", "heads_collectively", "satisfied"),  # SAMR-P 4: 负责人集体讨论决定
        ("head-wang", "main_head", "main_head", "violated"),
        ("head-sun", "head", "main_head", "satisfied"),  # 其他负责人的回避，由主要负责人决定
        ("head-sun", "head", "head", "violated"),
        ("member-he", "hearing_member", "hearing_host", "satisfied"),  # SAMR-H 4②: 由听证主持人决定
        ("member-he", "hearing_member", "head", "violated"),
        ("host-chen", "hearing_host", "head", "satisfied"),  # 听证主持人的回避，由负责人决定
    ],
)
def test_auth_005_samr_who_decides(person: str, role: str, decided_by: str, expected: str) -> None:
    """Who decides whose recusal in market regulation (SAMR-P 4; SAMR-H 4②)."""
    case = example(COMPLIANT)
    staff(case, person)["roles"] = [role]
    apply(case, person, decided_on="2025-03-12", decided_by=decided_by, granted=False)
    assert keyed(case)[f"AUTH-005:{person}:0:decider"].outcome.value == expected


def test_auth_005_nobody_decides_their_own_recusal() -> None:
    """A head who is also the person challenged cannot decide the application against himself."""
    case = example(COMPLIANT)
    staff(case, "head-sun")["roles"] = ["head", "officer"]
    staff(case, "head-sun")["recusals"] = [{"applied_on": "2025-03-11", "decided_on": "2025-03-12",
                                            "decided_by": "main_head", "decider_id": "head-sun", "granted": False}]
    assert keyed(case)["AUTH-005:head-sun:0:decider"].outcome is er.Outcome.VIOLATED


@pytest.mark.parametrize(("day", "decided_by", "cite", "expected"), [
    ("2026-03-04", "higher_agency", ("PSAPL", 95, 2), "satisfied"),
    ("2026-03-04", "head", ("PSAPL", 95, 2), "violated"),
    ("2025-12-31", "head", ("PSAPL-2012", 81, 2), "violated"),
])
def test_auth_005_police_head_by_the_next_level(day: str, decided_by: str, cite: tuple[Any, ...],
                                                expected: str) -> None:
    """A police head's recusal is decided by the police organ one level up (PSAPL 95②; before 2026,
    PSAPL-2012 81②)."""
    case = example(POLICE)
    staff(case, "head-ma").setdefault("recusals", []).append(
        {"applied_on": "2026-03-03", "decided_on": day, "decided_by": decided_by, "granted": False})
    f = keyed(case)["AUTH-005:head-ma:0:decider"]
    assert f.outcome.value == expected
    assert [(c.instrument, c.article, c.paragraph) for c in f.citations] == [cite]


def test_auth_005_national_head_recusal_has_no_named_decider() -> None:
    """CPL names who decides an officer's recusal, not a head's: indeterminate under the national profile."""
    case = apply(example(COMPLIANT), "head-sun", decided_on="2025-03-12", decided_by="main_head", granted=False)
    f = keyed(case, profile="national")["AUTH-005:head-sun:0:decider"]
    assert f.outcome is er.Outcome.INDETERMINATE


def test_auth_005_decider_unrecorded_is_indeterminate() -> None:
    """Who decided must be recorded to be judged."""
    case = apply(example(COMPLIANT), "officer-li", decided_on="2025-03-12")
    f = keyed(case)["AUTH-005:officer-li:0:decider"]
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("recusals.decided_by",))


def test_auth_005_recorded_conflict_bars_taking_part() -> None:
    """An officer with a recorded conflict must withdraw (CPL 43①): each act he took part in is named."""
    case = example(COMPLIANT)
    staff(case, "officer-li")["conflict"] = True
    f = keyed(case)["AUTH-005:officer-li:took_part"]
    assert (f.outcome, f.loc) == (er.Outcome.VIOLATED, ("staff", 1))
    assert "inspect-1" in f.related and "hearing-1" in f.related
    assert [(c.instrument, c.article, c.paragraph) for c in f.citations] == [("CPL", 43, 1)]


def test_auth_005_conflicted_reviewer_who_did_nothing() -> None:
    """A recorded conflict with no part taken in the case is satisfied."""
    case = example(COMPLIANT)
    case["staff"].append({"id": "reviewer-qian", "roles": ["reviewer"], "conflict": True})
    assert keyed(case)["AUTH-005:reviewer-qian:took_part"].outcome is er.Outcome.SATISFIED


@pytest.mark.parametrize(("decided_on", "expected"), [("2025-03-10", "satisfied"), ("2025-03-09", "violated")],
                         ids=["granted-on-the-day", "granted-the-day-before"])
def test_auth_005_no_part_after_a_granted_recusal(decided_on: str, expected: str) -> None:
    """The investigation goes on until the recusal is decided (CPL 43③); after the day it is granted the
    person takes no further part (the questioning is on 2025-03-10)."""
    case = example(COMPLIANT)
    act(case, "hearing-1")["staff_ids"].remove("officer-li")
    act(case, "review-statement-1")["staff_ids"].remove("officer-li")
    staff(case, "officer-li")["recusals"] = [{"applied_on": "2025-03-06", "decided_on": decided_on,
                                              "decided_by": "head", "granted": True}]
    f = keyed(case)["AUTH-005:officer-li:took_part"]
    assert f.outcome.value == expected
    if expected == "violated":
        assert f.related == ("question-1",)


def test_auth_005_decider_reference_is_checked_at_load() -> None:
    """The decider named must be a staff member of the case."""
    case = apply(example(COMPLIANT), "officer-li", decided_on="2025-03-12", decided_by="head", decider_id="nobody")
    with pytest.raises(er.InvalidCaseError) as exc:
        er.load_case(case)
    assert [e["loc"] for e in exc.value.errors()] == [["staff", 1, "recusals", 0, "decider_id"]]
