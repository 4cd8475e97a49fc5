"""Hearing eligibility (SPEC §3, §4 HEAR-001): by profile, matter, party kind and notice date, each answer
with its ground, value, layer and citation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enforcement_rules.eligibility import Eligibility, age_on, for_profile, hearing_eligibility
from enforcement_rules.law import Citation
from enforcement_rules.models.penalties import Penalty, PenaltyKind
from enforcement_rules.models.people import Party, PartyKind
from enforcement_rules.profiles import load_profile

COMPANY = Party(id="c", kind=PartyKind.LEGAL_PERSON)
PERSON = Party(id="p", kind=PartyKind.NATURAL_PERSON)
IN_2025 = date(2025, 6, 2)


def decide(profile: str, penalties: list[Penalty], party: Party = COMPANY, *, on: date = IN_2025,
           matter: str | None = None, **kw: object) -> Eligibility:
    return hearing_eligibility(penalties, [party], on=on, read=for_profile(load_profile(profile), on, matter),
                               **kw)  # type: ignore[arg-type]


def fine(amount: str) -> Penalty:
    return Penalty(kind=PenaltyKind.FINE, amount=Decimal(amount))


@pytest.mark.parametrize(
    ("profile", "matter", "status", "threshold", "layer", "cite"),
    [
        ("samr", None, "not_eligible", "100000", "samr", "SAMR-H 5(3)"),
        ("mee", None, "not_eligible", "200000", "mee", "MEE-P 89①"),
        ("police", "other", "eligible", "10000", "police", "PSB-P 123②"),
        ("police", "public_security", "eligible", "2000", "police", "PSAPL-2012 98"),
    ],
    ids=["samr", "mee", "police-other", "police-public-security"],
)
def test_fifty_thousand_on_a_company_in_2025(  # noqa: PLR0917 — one argument per column
        profile: str, matter: str | None, status: str, threshold: str, layer: str, cite: str) -> None:
    """A 50,000-yuan fine on a company, notified in 2025: below samr's 100,000 and mee's 200,000, at or above
    police's 10,000 (PSB-P 123②) and 治安's 2,000 (PSAPL-2012 98) — each answer names its threshold and article."""
    e = decide(profile, [fine("50000")], matter=matter)
    assert e.status == status
    (ground,) = e.grounds
    assert (ground.kind, ground.amount, ground.threshold) == ("fine", Decimal(50000), Decimal(threshold))
    assert ground.layer == layer
    assert Citation.parse(cite) in ground.cites and Citation.parse(cite) in e.cites
    assert threshold in e.describe("en") and cite in e.describe("en")


def test_fifty_thousand_on_a_company_nationally_is_indeterminate() -> None:
    """CPL 63(一) sets no figure for 较大数额: with only an amount to go on the answer names what to configure."""
    e = decide("national", [fine("50000")])
    assert (e.status, e.missing, e.grounds) == ("indeterminate", ("hearing.fine_threshold.organization",), ())
    assert e.cites == (Citation.parse("CPL 63(1)"),)
    assert "hearing.fine_threshold.organization" in e.describe("zh") and "第六十三条第一项" in e.describe("zh")


@pytest.mark.parametrize(("amount", "status"), [("10000", "eligible"), ("9999.99", "not_eligible")])
def test_thresholds_include_the_figure(amount: str, status: str) -> None:
    """"一万元以上" includes 10,000 (SAMR-H 31: 以上包括本数)."""
    assert decide("samr", [fine(amount)], PERSON).status == status


@pytest.mark.parametrize(
    ("on", "amount", "party", "status"),
    [
        (date(2025, 12, 31), "3000", PERSON, "eligible"),
        (date(2026, 1, 1), "3000", PERSON, "not_eligible"),
        (date(2026, 1, 1), "4000", PERSON, "eligible"),
        (date(2025, 12, 31), "2000", COMPANY, "eligible"),
        (date(2026, 1, 1), "4000", COMPANY, "eligible"),
    ],
    ids=["2025-3000-person", "2026-3000-person", "2026-4000-person", "2025-2000-company", "2026-4000-company"],
)
def test_public_security_threshold_by_notice_date(on: date, amount: str, party: Party, status: str) -> None:
    """治安: 2,000 for any party before 2026-01-01 (PSAPL-2012 98), 4,000 from then (PSAPL 117①)."""
    assert decide("police", [fine(amount)], party, on=on, matter="public_security").status == status


@pytest.mark.parametrize(
    ("party", "amount", "status"),
    [(PERSON, "2000", "eligible"), (COMPANY, "9999", "not_eligible"),
     (Party(id="b", kind=PartyKind.NATURAL_PERSON, border_exit_entry=True), "5999", "not_eligible"),
     (Party(id="b", kind=PartyKind.NATURAL_PERSON, border_exit_entry=True), "6000", "eligible")],
    ids=["person-2000", "company-9999", "border-5999", "border-6000"],
)
def test_police_other_matters_by_party_kind(party: Party, amount: str, status: str) -> None:
    """PSB-P 123②: 2,000 for an individual, 10,000 for an organisation, 6,000 under border and exit-entry law."""
    e = decide("police", [fine(amount)], party, matter="other")
    assert e.status == status
    assert e.grounds[0].cites == (Citation.parse("PSB-P 123②"),)


def test_samr_adds_gains_and_property_but_never_fines() -> None:
    """SAMR-H 5(四): gains and property together reach 100,000; a fine is never added to them."""
    gains, goods = Penalty(kind=PenaltyKind.CONFISCATE_ILLEGAL_GAINS, amount=Decimal(60000)), \
        Penalty(kind=PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY, amount=Decimal(40000))
    e = decide("samr", [gains, goods])
    assert e.status == "eligible" and e.grounds[0].penalty == "confiscation_total"
    assert Citation.parse("SAMR-H 5(4)") in e.cites
    gains_only = Penalty(kind=PenaltyKind.CONFISCATE_ILLEGAL_GAINS, amount=Decimal(40000))
    assert decide("samr", [fine("60000"), gains_only]).status == "not_eligible"


def test_mee_compares_gains_and_property_each_on_its_own() -> None:
    """MEE-P 46(二), 89①: 150,000 of gains and 100,000 of property are each below 200,000."""
    e = decide("mee", [Penalty(kind=PenaltyKind.CONFISCATE_ILLEGAL_GAINS, amount=Decimal(150000)),
                       Penalty(kind=PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY, amount=Decimal(100000))])
    assert e.status == "not_eligible"
    assert [g.penalty for g in e.grounds] == ["confiscate_illegal_gains", "confiscate_illegal_property"]


@pytest.mark.parametrize(
    ("profile", "kind", "status", "cite"),
    [("samr", "revoke_business_licence", "eligible", "SAMR-H 5(2)"),
     ("samr", "suspend_permit", "not_eligible", None),
     ("mee", "suspend_permit", "eligible", "MEE-P 46(3)"),
     ("national", "revoke_permit", "eligible", "CPL 63(3)"),
     ("national", "order_closure", "eligible", "CPL 63(4)")],
)
def test_kinds_always_eligible(profile: str, kind: str, status: str, cite: str | None) -> None:
    """Kinds listed in CPL 63(三)(四) and the sector rules are eligible whatever the amount, each by its article."""
    e = decide(profile, [Penalty(kind=PenaltyKind(kind))])
    assert e.status == status
    if cite:
        assert e.cites == (Citation.parse(cite),)


def test_one_ground_is_enough_even_without_thresholds() -> None:
    """Nationally a revoked permit is eligible (CPL 63(三)) though the fine's threshold is unconfigured."""
    e = decide("national", [fine("50000"), Penalty(kind=PenaltyKind.REVOKE_PERMIT)])
    assert e.status == "eligible"
    assert "hearing.fine_threshold.organization" not in e.describe("en")


@pytest.mark.parametrize(("profile", "cite"), [("samr", "SAMR-H 5(5)"), ("mee", "MEE-P 46(5)"),
                                               ("national", "CPL 63(5)")])
def test_other_heavier_penalty_by_flag(profile: str, cite: str) -> None:
    """"其他较重的行政处罚" makes a warning eligible only when the notice flags it so, by the sector's article."""
    assert decide(profile, [Penalty(kind=PenaltyKind.WARNING)]).status == "not_eligible"
    e = decide(profile, [Penalty(kind=PenaltyKind.WARNING)], other_heavier=True)
    assert e.status == "eligible" and e.cites == (Citation.parse(cite),)
    assert e.grounds[0].layer == profile


MINOR = Party(id="m", kind=PartyKind.NATURAL_PERSON, birth_date=date(2010, 3, 1))
DETENTION = [Penalty(kind=PenaltyKind.DETENTION, duration_days=5)]


@pytest.mark.parametrize(
    ("on", "executable", "status"),
    [(date(2026, 2, 2), True, "eligible"), (date(2026, 2, 2), False, "not_eligible"),
     (date(2026, 2, 2), None, "indeterminate"), (date(2025, 12, 31), True, "not_eligible"),
     (date(2028, 3, 1), True, "not_eligible"), (date(2028, 2, 29), True, "eligible")],
    ids=["2026-executable", "2026-not-executable", "2026-unknown", "2025", "turned-18", "day-before-18"],
)
def test_minor_facing_detention(on: date, executable: bool | None, status: str) -> None:
    """PSAPL 117② (from 2026-01-01): a minor whose detention may be executed (PSAPL 23②) may ask for a hearing;
    eighteen is reached on the birthday."""
    e = decide("police", DETENTION, MINOR, on=on, matter="public_security", detention_executable=executable)
    assert e.status == status
    if status == "eligible":
        assert e.cites == (Citation.parse("PSAPL 117②"),)
    if status == "indeterminate":
        assert e.missing == ("detention_executable",)


def test_missing_amount_or_age_is_indeterminate() -> None:
    """An amount or an age that is not recorded cannot be compared."""
    assert decide("samr", [Penalty(kind=PenaltyKind.FINE)]).missing == ("amount",)
    nobody = Party(id="x", kind=PartyKind.NATURAL_PERSON)
    e = decide("police", DETENTION, nobody, on=date(2026, 2, 2), matter="public_security", detention_executable=True)
    assert (e.status, e.missing) == ("indeterminate", ("party.birth_date",))
    assert age_on(Party(id="y", kind=PartyKind.NATURAL_PERSON, id_number="420102201003010012"), date(2026, 3, 1)) == 16


@given(st.decimals(min_value=0, max_value=10_000_000, places=2),
       st.decimals(min_value=0, max_value=10_000_000, places=2),
       st.decimals(min_value=0, max_value=10_000_000, places=2))
def test_fines_never_added_to_confiscations(f: Decimal, gains: Decimal, goods: Decimal) -> None:
    """For a company: samr is eligible iff the fine or gains + property reach 100,000 (SAMR-H 5(三)(四)); mee iff
    the fine, the gains or the property reaches 200,000 on its own (MEE-P 89①)."""
    proposed = [fine(str(f)), Penalty(kind=PenaltyKind.CONFISCATE_ILLEGAL_GAINS, amount=gains),
                Penalty(kind=PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY, amount=goods)]
    assert decide("samr", proposed).eligible is (f >= 100000 or gains + goods >= 100000)
    assert decide("mee", proposed).eligible is (max(f, gains, goods) >= 200000)
