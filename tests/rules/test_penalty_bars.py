"""PROC-003 (no second fine for the same act) and PROC-004 (minors) (SPEC §4)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from enforcement_rules.eligibility import age_on
from enforcement_rules.models import Party, PartyKind
from tests.helpers import example, only, run
from tests.rules.cases import add, base, decided, fine, index

# -- PROC-003 ----------------------------------------------------------------------------------------------


def p3(case: dict[str, Any]) -> list[er.Finding]:
    return list(run(case, "PROC-003").by_code("PROC-003"))


def p3_mee(case: dict[str, Any]) -> list[er.Finding]:
    return list(run(case, "PROC-003", profile="mee").by_code("PROC-003"))


def two_parties() -> dict[str, Any]:
    case = base()
    case["parties"].append({"id": "party-2", "kind": "legal_person"})
    return case


def test_one_fine_is_satisfied() -> None:
    """CPL 29: one fine for one act."""
    assert [f.outcome.value for f in p3(example("samr-hearing-compliant"))] == ["satisfied"]


def test_a_second_fine_in_the_same_file_names_the_first() -> None:
    """CPL 29: 对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚."""
    case = base()
    decided(case, "2025-04-01")
    decided(case, "2025-04-20", act_id="decision-2")
    first, second = p3(case)
    assert first.outcome is er.Outcome.SATISFIED
    assert (second.outcome, second.subject, second.related) == (er.Outcome.VIOLATED, "decision-2", ("decision-1",))
    assert second.loc == ("acts", index(case, "decision-2"), "penalties")
    assert [str(c) for c in second.citations] == ["CPL 29"]
    assert [str(c) for c in p3_mee(case)[1].citations] == ["CPL 29", "MEE-P 7①"]


def test_fines_on_different_parties_are_not_a_repeat() -> None:
    """Each party's own act: fining two parties once each is not a second fine."""
    case = two_parties()
    decided(case, "2025-04-01", party_ids=["party-1"])
    decided(case, "2025-04-01", act_id="decision-2", party_ids=["party-2"])
    assert [f.outcome.value for f in p3(case)] == ["satisfied", "satisfied"]


def test_a_revoked_decision_no_longer_counts() -> None:
    """A decision revoked (and replaced) does not make the new fine a second one."""
    case = base()
    decided(case, "2025-04-01")
    add(case, "decision_change", "change-1", "2025-04-15", decision_id="decision-1", change="revoked")
    decided(case, "2025-04-20", act_id="decision-2")
    assert [f.outcome.value for f in p3(case)] == ["not_applicable", "satisfied"]


@pytest.mark.parametrize(("related", "expected"), [
    ({"id": "区市监罚〔2025〕3号", "decided_on": "2025-03-20", "penalties": fine(20000)}, "violated"),
    ({"id": "区市监罚〔2025〕3号", "decided_on": "2025-05-20", "penalties": fine(20000)}, "satisfied"),
    ({"id": "区市监罚〔2025〕3号", "decided_on": "2025-03-20", "penalties": fine(20000), "revoked": True}, "satisfied"),
    ({"id": "区市监罚〔2025〕3号", "decided_on": "2025-03-20", "penalties": [{"kind": "warning"}]}, "satisfied"),
    ({"id": "区市监罚〔2025〕3号", "penalties": fine(20000)}, "indeterminate"),
    ({"id": "区市监罚〔2025〕3号", "decided_on": "2025-03-20", "party_ids": ["party-2"], "penalties": fine(1)},
     "satisfied"),
])
def test_related_decisions_supplied_by_the_caller(related: dict[str, Any], expected: str) -> None:
    """A standing fine on the same act by another agency, made before this one, makes this fine a second one."""
    case = two_parties()
    decided(case, "2025-04-01", party_ids=["party-1"])
    case["related_decisions"] = [related]
    f = only(run(case, "PROC-003"), "PROC-003")
    assert f.outcome.value == expected
    if expected == "violated":
        assert f.related == ("区市监罚〔2025〕3号",)


def test_related_decisions_name_real_parties() -> None:
    """A related decision's party_ids are checked like any reference."""
    case = base()
    case["related_decisions"] = [{"id": "x", "party_ids": ["nobody"]}]
    with pytest.raises(er.InvalidCaseError) as info:
        er.load_case(case)
    assert list(info.value.errors()[0]["loc"]) == ["related_decisions", 0, "party_ids", 0]


def test_no_fine_is_not_applicable() -> None:
    """Nothing to compare without a fine."""
    case = base()
    decided(case, "2025-04-01", penalties=[{"kind": "warning"}])
    assert [f.outcome.value for f in p3(case)] == ["not_applicable"]


# -- PROC-004 ----------------------------------------------------------------------------------------------


def minor_case(party: dict[str, Any], act_on: str = "2026-02-28", **decision: Any) -> dict[str, Any]:
    case = base(sector="police", matter="public_security", filed="2026-03-01",
                party={"id": "party-1", "kind": "natural_person", **party})
    case["violation"] = {"start_on": act_on, "discovered_on": act_on}
    decided(case, "2026-03-10", penalties=fine(200), **decision)
    return case


def p4(case: dict[str, Any]) -> er.Finding:
    return only(run(case, "PROC-004", as_of=date(2026, 6, 1)), "PROC-004")


def test_no_penalty_under_fourteen_from_the_id_number() -> None:
    """CPL 30, PSAPL 12: 不满十四周岁的…不予处罚 — the age read from the resident ID number."""
    case = minor_case({"id_number": "420102201203160017"})
    f = p4(case)
    assert (f.outcome, f.facts["age"]) == (er.Outcome.VIOLATED, 13)
    assert (f.subject, f.loc, f.related) == ("decision-1", ("acts", index(case, "decision-1")), ("party-1",))


@pytest.mark.parametrize(("act_on", "age", "expected"), [
    ("2026-02-27", 13, "violated"),
    ("2026-02-28", 14, "satisfied"),  # born 29 February: 14 on 28 February of a common year (CC 202)
])
def test_born_on_29_february(act_on: str, age: int, expected: str) -> None:
    """A person born on 29 February 2012 reaches 14 on 28 February 2026, the month's last day."""
    f = p4(minor_case({"birth_date": "2012-02-29"}, act_on, lighter_or_reduced=True))
    assert (f.outcome.value, f.facts["age"]) == (expected, age)


@pytest.mark.parametrize(("lighter", "outcome", "severity"), [
    (True, "satisfied", "error"), (None, "violated", "warning"), (False, "violated", "error")])
def test_fourteen_to_seventeen_gets_a_lighter_or_reduced_penalty(lighter: bool | None, outcome: str,
                                                                 severity: str) -> None:
    """CPL 30: 已满十四周岁不满十八周岁的，应当从轻或者减轻行政处罚 — recorded in the decision."""
    extra: dict[str, Any] = {} if lighter is None else {"lighter_or_reduced": lighter}
    f = p4(minor_case({"birth_date": "2009-06-01"}, **extra))
    assert (f.outcome.value, f.severity.value) == (outcome, severity)


@pytest.mark.parametrize(("act_on", "expected"), [("2026-05-31", "violated"), ("2026-06-01", "satisfied")])
def test_eighteen_is_reached_on_the_birthday(act_on: str, expected: str) -> None:
    """A whole year is reached on the birthday (derived): on the 18th birthday the party is an adult."""
    f = p4(minor_case({"birth_date": "2008-06-01"}, act_on))
    assert f.outcome.value == expected


def test_a_continuing_act_counts_at_its_end() -> None:
    """An act begun at 13 and continued after the 14th birthday may be punished (derived)."""
    case = minor_case({"birth_date": "2012-03-01"}, "2026-02-20", lighter_or_reduced=True)
    case["violation"].update(end_on="2026-03-02", continuing=True)
    assert p4(case).outcome is er.Outcome.SATISFIED


def test_age_unknown_and_organisations() -> None:
    """No birth date or ID number: indeterminate; no natural person: not applicable."""
    assert p4(minor_case({})).outcome is er.Outcome.INDETERMINATE
    assert p4(example("samr-hearing-compliant")).outcome is er.Outcome.NOT_APPLICABLE


@given(born=st.dates(min_value=date(1950, 1, 1), max_value=date(2020, 12, 31)),
       years=st.integers(min_value=1, max_value=70))
def test_age_changes_exactly_on_the_corresponding_day(born: date, years: int) -> None:
    """age_on reaches n on the day n years after birth (the month's last day when there is none) and not
    the day before."""
    from dateutil.relativedelta import relativedelta

    party = Party(id="p", kind=PartyKind.NATURAL_PERSON, birth_date=born)
    day = born + relativedelta(years=years)
    assert age_on(party, day) == years
    assert age_on(party, day - timedelta(days=1)) == years - 1


def test_examples() -> None:
    """The defects example fines again after another county's fine; the police example's 16-year-old (age
    from the ID number) got a lighter penalty."""
    (second,) = run(example("samr-time-procedure-defects"), "PROC-003").violations
    assert second.related == ("临市监罚〔2025〕6号",)
    f = p4(example("police-public-security-2025-summary"))
    assert (f.outcome, f.facts["age"]) == (er.Outcome.SATISFIED, 16)
