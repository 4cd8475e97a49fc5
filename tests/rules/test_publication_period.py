"""PUBLISH-005 and PUBLISH-006 (SPEC §4): what may not be published, and how long a SAMR publication lasts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import enforcement_rules as er
from tests.helpers import act, example, notice_case, only, outcomes, run

FINE_AND_GAINS = [{"kind": "fine", "amount": "50000"}, {"kind": "confiscate_illegal_gains", "amount": "1200"}]


def published(on: str = "2025-10-20", *, sector: str = "samr", province: str = "420000", **kw: Any) -> dict[str, Any]:
    """A case decided on 26 September 2025 and published on ``on`` (by default a fine and a confiscation)."""
    kw.setdefault("penalties", FINE_AND_GAINS)
    case = notice_case(sector=sector, decided="2025-09-26", **kw)
    case["province"] = province
    case["acts"].append({"type": "publication", "id": "publication-1", "on": on, "decision_id": "decision-1"})
    return case


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


# -- PUBLISH-005 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("on", "expected"), [("2025-12-31", "satisfied"), ("2026-01-01", "violated")])
def test_publish_005_public_security_records_are_sealed(on: str, expected: str) -> None:
    """PSAPL 136 (in force 2026-01-01): 治安 records are sealed; publishing one is an error."""
    case = notice_case(sector="police", matter="public_security", served="2025-12-10", decided="2025-12-15",
                       party={"id": "party-1", "kind": "natural_person"}, penalties=[{"kind": "fine", "amount": "300"}])
    case["acts"].append({"type": "publication", "id": "publication-1", "on": on, "decision_id": "decision-1"})
    f = only(run(case, "PUBLISH-005", as_of=date(2026, 2, 1)), "PUBLISH-005")
    assert (f.outcome.value, f.subject, f.loc) == (expected, "publication-1", ("acts", index(case, "publication-1")))
    if expected == "violated":
        assert (f.severity, f.blocking, [str(c) for c in f.citations]) == (er.Severity.ERROR, True, ["PSAPL 136"])


def test_publish_005_samr_warning_only_is_a_warning() -> None:
    """SAMR-G 2②: a warning-only decision is not published; doing so is a warning."""
    case = published(penalties=[{"kind": "warning"}])
    f = only(run(case, "PUBLISH-005"), "PUBLISH-005")
    assert (f.outcome, f.severity, f.blocking, f.key) == (er.Outcome.VIOLATED, er.Severity.WARNING, False,
                                                          "PUBLISH-005:publication-1")
    assert [str(c) for c in f.citations] == ["SAMR-G 2②"]


@pytest.mark.parametrize(("sector", "cite"), [("mee", "MEE-P 63"), ("samr", "SAMR-G 5")])
def test_publish_005_decisions_not_to_be_published(sector: str, cite: str) -> None:
    """MEE-P 63 (and SAMR-G 5): a decision touching state secrets or security is not published."""
    case = published(sector=sector)
    act(case, "decision-1")["publication_exempt"] = True
    f = only(run(case, "PUBLISH-005"), "PUBLISH-005")
    assert (f.outcome, f.severity, [str(c) for c in f.citations]) == (er.Outcome.VIOLATED, er.Severity.WARNING, [cite])


def test_publish_005_may_be_published() -> None:
    """An ordinary decision may be published; without a publication there is nothing to check."""
    assert outcomes(run(example("samr-hearing-compliant"), "PUBLISH-005"), "PUBLISH-005") == ["satisfied"]
    case = published(sector="other")
    act(case, "decision-1")["publication_exempt"] = True  # no national text bars it in the library
    assert outcomes(run(case, "PUBLISH-005"), "PUBLISH-005") == ["satisfied"]
    assert outcomes(run(notice_case(), "PUBLISH-005"), "PUBLISH-005") == ["not_applicable"]


# -- PUBLISH-006 ---------------------------------------------------------------------------------------------


def test_publish_006_three_years_for_an_ordinary_fine() -> None:
    """SAMR-G 13①: a fine with a confiscation (no lower-fine figure needed) stays up 3 years; pending until then."""
    case = published()
    f = only(run(case, "PUBLISH-006"), "PUBLISH-006")
    assert (f.outcome, f.due_on, f.facts["last_day"]) == (er.Outcome.PENDING, date(2028, 10, 21), date(2028, 10, 20))
    assert [str(c) for c in f.citations] == ["SAMR-G 13①"]


@pytest.mark.parametrize(("ended", "expected"), [("2028-10-21", "satisfied"), ("2028-10-22", "violated")])
def test_publish_006_stop_after_the_period(ended: str, expected: str) -> None:
    """"届满…停止公示": the period's last day (20 October 2028) is still published; it stops the next day."""
    case = published()
    act(case, "publication-1")["ended_on"] = ended
    f = only(run(case, "PUBLISH-006", as_of=date(2028, 12, 1)), "PUBLISH-006")
    assert (f.outcome.value, f.subject, f.severity) == (expected, "publication-1", er.Severity.WARNING)


def test_publish_006_still_published_after_the_period() -> None:
    """No stop recorded once the period is over: a violation."""
    f = only(run(published(), "PUBLISH-006", as_of=date(2028, 10, 22)), "PUBLISH-006")
    assert (f.outcome, f.key) == (er.Outcome.VIOLATED, "PUBLISH-006:publication-1")
    assert outcomes(run(published(), "PUBLISH-006", as_of=date(2028, 10, 21)), "PUBLISH-006") == ["pending"]


@pytest.mark.parametrize(("province", "amount", "last_day"), [
    ("310000", "5000", date(2026, 1, 20)), ("310000", "5000.01", date(2028, 10, 20)),
    ("350000", "5000", date(2028, 10, 20)), ("350000", "4999.99", date(2026, 1, 20)),
])
def test_publish_006_lower_fines_three_months(province: str, amount: str, last_day: date) -> None:
    """SAMR-G 13①②: a province's lower fine is published 3 months (Shanghai includes 5,000; Fujian excludes it)."""
    case = published(province=province, party={"id": "party-1", "kind": "natural_person"},
                     penalties=[{"kind": "fine", "amount": amount}])
    f = only(run(case, "PUBLISH-006"), "PUBLISH-006")
    assert f.facts["last_day"] == last_day


def test_publish_006_month_end() -> None:
    """CC 202: three months from 30 November end on the last day of February."""
    case = published("2025-11-30", province="310000", penalties=[{"kind": "public_criticism"}])
    f = only(run(case, "PUBLISH-006"), "PUBLISH-006")
    assert (f.facts["last_day"], f.due_on) == (date(2026, 2, 28), date(2026, 3, 1))


def test_publish_006_lower_fine_unknown() -> None:
    """Hubei has no lower-fine figure: a small fine alone cannot be placed; a missing amount cannot either."""
    case = published(party={"id": "party-1", "kind": "natural_person"}, penalties=[{"kind": "fine", "amount": "300"}])
    f = only(run(case, "PUBLISH-006"), "PUBLISH-006")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("publication.low_fine.natural_person",))
    case = published(province="310000", penalties=[{"kind": "fine"}])
    f = only(run(case, "PUBLISH-006"), "PUBLISH-006")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("penalties.amount",))


def test_publish_006_long_restrictions() -> None:
    """SAMR-G 13③: a restriction longer than three years sets the period; its length must be recorded."""
    case = published(penalties=[{"kind": "fine", "amount": "50000"},
                                {"kind": "restrict_employment", "duration_days": 1826}])
    f = only(run(case, "PUBLISH-006"), "PUBLISH-006")
    assert (f.facts["last_day"], [str(c) for c in f.citations]) == (date(2030, 10, 20), ["SAMR-G 13③"])
    act(case, "decision-1")["penalties"][1].pop("duration_days")
    f = only(run(case, "PUBLISH-006"), "PUBLISH-006")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("penalties.duration_days",))


def test_publish_006_withdrawal_ends_the_publication() -> None:
    """A withdrawal (PUBLISH-002) ends the publication."""
    case = published()
    case["acts"].append({"type": "publication_withdrawal", "id": "withdrawal-1", "on": "2026-03-02",
                         "publication_id": "publication-1", "reason_published": True})
    assert outcomes(run(case, "PUBLISH-006", as_of=date(2029, 1, 1)), "PUBLISH-006") == ["satisfied"]


def test_publish_006_not_applicable() -> None:
    """Only SAMR publications; a warning-only decision has no period (it is not published at all)."""
    assert outcomes(run(example("mee-ordinary-compliant"), "PUBLISH-006"), "PUBLISH-006") == ["not_applicable"]
    f = only(run(published(penalties=[{"kind": "warning"}]), "PUBLISH-006"), "PUBLISH-006")
    assert (f.outcome, f.subject) == (er.Outcome.NOT_APPLICABLE, "publication-1")
    assert outcomes(run(notice_case(), "PUBLISH-006"), "PUBLISH-006") == ["not_applicable"]
