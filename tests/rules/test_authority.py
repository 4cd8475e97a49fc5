"""AUTH-001 (SPEC §4): the acting subject — own power, a power handed down to a township (CPL 24), or a
written entrustment (CPL 20); and the two township examples."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, only, outcomes, run

HANDED_DOWN = "township-handed-down"
ENTRUSTED = "township-entrusted"
AS_OF = date(2025, 12, 1)


def authority(case: dict[str, Any]) -> dict[str, Any]:
    auth: dict[str, Any] = case["agency"]["authority"]
    return auth


def findings(case: dict[str, Any], **kw: Any) -> list[er.Finding]:
    return list(run(case, "AUTH-001", **kw).by_code("AUTH-001"))


def keyed(case: dict[str, Any]) -> dict[str, str]:
    return {f.key: f.outcome.value for f in findings(case)}


@pytest.mark.parametrize("name", [HANDED_DOWN, ENTRUSTED])
def test_township_examples_break_no_rule(name: str) -> None:
    """The two township examples (a handed-down power; an entrusted body) are lawful throughout."""
    assert er.check(example(name), as_of=AS_OF, strict=True).violations == ()


def test_auth_001_own_power_satisfies() -> None:
    """A body acting under its own statutory power meets CPL 17."""
    f = only(run(example("samr-hearing-compliant"), "AUTH-001"), "AUTH-001")
    assert (f.outcome, f.subject, f.loc) == (er.Outcome.SATISFIED, "agency", ("agency", "authority"))
    assert [(c.instrument, c.article) for c in f.citations] == [("CPL", 17)]


def test_auth_001_unrecorded_authority_is_indeterminate() -> None:
    """Without the authority basis the rule cannot decide."""
    case = example("samr-hearing-compliant")
    del case["agency"]["authority"]
    f = only(run(case, "AUTH-001"), "AUTH-001")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("agency.authority",))


# -- handed down (CPL 24) ---------------------------------------------------------------------------


def test_auth_001_handed_down_power_in_order() -> None:
    """A township using a power handed down by a published provincial decision, within its scope."""
    assert keyed(example(HANDED_DOWN)) == {"AUTH-001:agency": "satisfied",
                                           "AUTH-001:decision-1:in_force": "satisfied"}


@pytest.mark.parametrize(
    ("change", "key", "field"),
    [
        ({"provincial": False}, "provincial", ("agency", "authority", "provincial")),
        ({"published": False}, "published", ("agency", "authority", "published")),
        ({"exercised": "对违规设置摊点的处罚"}, "scope", ("agency", "authority", "exercised")),
    ],
)
def test_auth_001_handed_down_defects(change: dict[str, Any], key: str, field: tuple[str, ...]) -> None:
    """The decision must be provincial and published, and the power used within the set scope (CPL 24)."""
    case = example(HANDED_DOWN)
    authority(case).update(change)
    (f,) = [f for f in findings(case) if f.outcome is er.Outcome.VIOLATED]
    assert (f.key, f.loc, f.severity) == (f"AUTH-001:agency:{key}", field, er.Severity.ERROR)
    assert f.citations[0].instrument == "CPL" and f.citations[0].article == 24


def test_auth_001_only_a_township_takes_over_a_power() -> None:
    """CPL 24 hands powers to townships and sub-districts only."""
    case = example(HANDED_DOWN)
    case["agency"]["level"] = "county_dispatched"
    (f,) = [f for f in findings(case) if f.outcome is er.Outcome.VIOLATED]
    assert (f.key, f.loc) == ("AUTH-001:agency:township", ("agency", "level"))


def test_auth_001_unrecorded_facts_are_listed_as_missing() -> None:
    """Unrecorded publication, decision or scope: indeterminate, naming each fact."""
    case = example(HANDED_DOWN)
    for key in ("published", "instrument", "matters"):
        del authority(case)[key]
    (f,) = [f for f in findings(case) if f.subject == "agency"]
    assert f.outcome is er.Outcome.INDETERMINATE
    assert f.missing == ("agency.authority.instrument", "agency.authority.published", "agency.authority.exercised")


@pytest.mark.parametrize(("valid_from", "expected"), [("2024-06-24", "satisfied"), ("2024-06-25", "violated")],
                         ids=["in-force-that-day", "in-force-the-day-after"])
def test_auth_001_decision_in_force_boundary(valid_from: str, expected: str) -> None:
    """The provincial decision must be in force on the decision's day (its first day counts)."""
    case = example(HANDED_DOWN)
    authority(case)["valid_from"] = valid_from
    assert keyed(case)["AUTH-001:decision-1:in_force"] == expected


def test_auth_001_start_date_unrecorded_is_indeterminate() -> None:
    """Without the instrument's start date, whether it was in force cannot be told."""
    case = example(HANDED_DOWN)
    del authority(case)["valid_from"]
    assert keyed(case)["AUTH-001:decision-1:in_force"] == "indeterminate"


# -- entrusted (CPL 20) -----------------------------------------------------------------------------------


def test_auth_001_entrustment_in_order() -> None:
    """A published written entrustment with matters, powers and term, in force, used in the entrusting
    agency's name."""
    assert keyed(example(ENTRUSTED)) == {"AUTH-001:agency": "satisfied", "AUTH-001:decision-1:in_force": "satisfied",
                                         "AUTH-001:decision-1:name": "satisfied"}


def test_auth_001_entrusted_body_deciding_in_its_own_name_is_an_error() -> None:
    """The entrusted body acts in the entrusting agency's name (CPL 20④)."""
    case = example(ENTRUSTED)
    act(case, "decision-1")["in_own_name"] = True
    (f,) = [f for f in findings(case) if f.outcome is er.Outcome.VIOLATED]
    assert (f.subject, f.severity, f.key) == ("decision-1", er.Severity.ERROR, "AUTH-001:decision-1:name")
    index = next(i for i, a in enumerate(case["acts"]) if a["id"] == "decision-1")
    assert f.loc == ("acts", index, "in_own_name")
    assert [(c.instrument, c.article, c.paragraph) for c in f.citations] == [("CPL", 20, 4)]


def test_auth_001_name_unrecorded_is_indeterminate() -> None:
    """Whose name the decision bears must be recorded to be judged."""
    case = example(ENTRUSTED)
    del act(case, "decision-1")["in_own_name"]
    assert keyed(case)["AUTH-001:decision-1:name"] == "indeterminate"


def test_auth_001_entrustment_must_state_matters_powers_and_term() -> None:
    """委托书应当载明委托的具体事项、权限、期限 (CPL 20②)."""
    case = example(ENTRUSTED)
    authority(case)["states"] = ["matters"]
    (f,) = [f for f in findings(case) if f.key == "AUTH-001:agency:states"]
    assert f.outcome is er.Outcome.VIOLATED
    assert [m.value for m in f.facts["missing"]] == ["powers", "term"]
    assert "权限、期限" in f.message


def test_auth_001_re_entrustment_is_an_error() -> None:
    """The entrusted body may not pass the power on (CPL 20④)."""
    case = example(ENTRUSTED)
    authority(case)["re_entrusted"] = True
    assert keyed(case)["AUTH-001:agency:re_entrusted"] == "violated"


@pytest.mark.parametrize(("valid_until", "expected"), [("2025-04-30", "satisfied"), ("2025-04-29", "violated")],
                         ids=["term-ends-that-day", "term-ended-the-day-before"])
def test_auth_001_entrustment_term_boundary(valid_until: str, expected: str) -> None:
    """The entrustment must be in force on the decision's day; its last day counts."""
    case = example(ENTRUSTED)
    authority(case)["valid_until"] = valid_until
    assert keyed(case)["AUTH-001:decision-1:in_force"] == expected


def test_auth_001_coercive_measures_are_never_entrusted() -> None:
    """行政强制措施权不得委托 (ACL 17①): an entrusted body's seizure is an error on that act."""
    case = example(ENTRUSTED)
    case["acts"].append({"type": "coercive_measure", "id": "seize-1", "on": "2025-04-07", "measure": "seize",
                         "staff_ids": ["officer-gao", "officer-pan"]})
    (f,) = [f for f in findings(case) if f.subject == "seize-1"]
    assert f.outcome is er.Outcome.VIOLATED
    assert [(c.instrument, c.article, c.paragraph) for c in f.citations] == [("ACL", 17, 1)]


def test_auth_001_applies_to_coercive_measure_cases() -> None:
    """The acting subject is checked for coercive-measure cases too."""
    case = example(ENTRUSTED)
    case["kind"] = "coercive_measure"
    assert outcomes(run(case, "AUTH-001"), "AUTH-001")[0] == "satisfied"


def test_auth_and_review_findings_name_the_person_or_act_and_the_article() -> None:
    """Every AUTH and REVIEW finding about this case names its subject (a person, an act or the agency) and
    cites at least one article."""
    case = example(ENTRUSTED)
    case["staff"][0]["certificates"] = []
    case["staff"][3].update(legal_qualification=False, first_review_on="2022-01-01")
    case["staff"][1]["conflict"] = True
    case["violation"]["complex"] = True
    act(case, "decision-1")["in_own_name"] = True
    report = er.check(case, as_of=AS_OF, strict=True, select=["authority", "review"])
    assert report.violations
    for f in report.findings:
        if f.outcome is not er.Outcome.NOT_APPLICABLE or f.subject:
            assert f.subject and f.citations, f.as_dict()
