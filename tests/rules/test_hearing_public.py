"""HEAR-004 (SPEC §4): a public hearing, or a lawful reason; samr announces it 3 working days before."""

from __future__ import annotations

import pytest

import enforcement_rules as er
from tests.helpers import only, run
from tests.rules.hearing_helpers import as_sector, compliant, hearing, hearing_on, index

PUBLIC = "HEAR-004"


def test_public_hearing_announced_in_time() -> None:
    """Public (CPL 64(三)), announced 2025-04-17 for 2025-04-24 (SAMR-H 22②: 3 working days before; a warning)."""
    found = run(compliant(), PUBLIC).by_code(PUBLIC)
    assert [(f.outcome.value, f.severity.value) for f in found] == [("satisfied", "error"), ("satisfied", "warning")]


@pytest.mark.parametrize(("announced", "expected"), [("2025-10-09", "satisfied"), ("2025-10-10", "violated")])
def test_public_announcement_across_a_working_saturday(announced: str, expected: str) -> None:
    """For a hearing on Monday 2025-10-13: 10-10, 10-11 (调休 Saturday) and 10-13 are the three working days, so
    the announcement is due by 10-09."""
    case = compliant()
    hearing(case).update(on="2025-10-13", public_notice_on=announced)
    for k in ("start_at", "end_at"):
        hearing(case).pop(k)
    f = run(case, PUBLIC).by_code(PUBLIC)[1]
    assert (f.outcome.value, f.severity) == (expected, er.Severity.WARNING)
    if expected == "violated":
        assert f.key == "HEAR-004:hearing-1:public_notice"


def test_private_hearing_needs_a_lawful_reason() -> None:
    """CPL 64(三): private only for state secrets, trade secrets or privacy; without a recorded reason, unknown."""
    case = compliant()
    hearing(case)["public"] = False
    f = only(run(case, PUBLIC), PUBLIC)
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("not_public_reason",))
    hearing(case)["not_public_reason"] = "trade_secret"
    assert only(run(case, PUBLIC), PUBLIC).outcome is er.Outcome.SATISFIED
    hearing(case)["not_public_reason"] = "minor"  # the party is a company
    f = only(run(case, PUBLIC), PUBLIC)
    assert (f.outcome, f.loc) == (er.Outcome.VIOLATED, ("acts", index(case, "hearing-1"), "not_public_reason"))


def test_publicity_not_recorded_is_indeterminate() -> None:
    """Whether the hearing was public must be recorded."""
    case = compliant()
    hearing(case).pop("public")
    assert only(run(case, PUBLIC), PUBLIC).missing == ("public",)


@pytest.mark.parametrize(("public", "expected"), [(True, "violated"), (False, "satisfied")])
def test_police_minor_hearings_are_never_public(public: bool, expected: str) -> None:
    """PSAPL 117② (from 2026-01-01): a hearing in a minor's 治安 case is not public."""
    case = as_sector(hearing_on(compliant(), "2026-03-20", served="2026-03-09"), "police", "public_security")
    case["parties"] = [{"id": "party-1", "kind": "natural_person", "birth_date": "2009-06-01"}]
    hearing(case)["public"] = public
    f = only(run(case, PUBLIC), PUBLIC)
    assert f.outcome.value == expected
    assert [str(c) for c in f.citations] == ["PSAPL 117②"]


def test_police_minor_age_unknown() -> None:
    """Without a birth date a public 治安 hearing cannot be judged (PSAPL 117②); a private one with a lawful
    reason is fine whatever the age, but "a minor" as the reason needs the age."""
    case = as_sector(hearing_on(compliant(), "2026-03-20", served="2026-03-09"), "police", "public_security")
    case["parties"] = [{"id": "party-1", "kind": "natural_person"}]
    hearing(case)["public"] = True
    assert only(run(case, PUBLIC), PUBLIC).missing == ("party.birth_date",)
    hearing(case).update(public=False, not_public_reason="privacy")
    assert only(run(case, PUBLIC), PUBLIC).outcome is er.Outcome.SATISFIED
    hearing(case)["not_public_reason"] = "minor"
    assert only(run(case, PUBLIC), PUBLIC).outcome is er.Outcome.INDETERMINATE


def test_no_announcement_duty_outside_samr() -> None:
    """Only SAMR-H 22② requires announcing a public hearing beforehand."""
    found = run(as_sector(compliant(), "mee"), PUBLIC).by_code(PUBLIC)
    assert [f.outcome.value for f in found] == ["satisfied"]
