"""The case builder: every built case is compliant under its own profile, realistic, and reproducible."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

import enforcement_rules as er
from enforcement_rules.calendar import default_calendar
from enforcement_rules.eligibility import for_profile, hearing_eligibility
from enforcement_rules.models.penalties import Penalty
from enforcement_rules.strategies import compliant_cases
from enforcement_rules.training import people
from enforcement_rules.training.builders import BuiltCase, build_case, profile_for
from enforcement_rules.training.knobs import Knobs, problems
from enforcement_rules.training.matters import MATTERS

# The national profile leaves the "large amount" hearing thresholds to sector or province rules (CPL 63);
# where a case proposes a fine, whether it is hearing-eligible cannot be decided (NOTICE-003, HEAR-001, 002).
NATIONAL_UNDECIDABLE = {"NOTICE-003", "HEAR-001", "HEAR-002"}
# SAMR-G 13: a published decision is still up when the case is checked (pending), and Hubei has set no
# 较低数额罚款 standard (SAMR-G 13②), so a fine-only publication's period cannot be told (indeterminate).
UNDECIDABLE = {"national": NATIONAL_UNDECIDABLE, "samr": {"PUBLISH-006"}}

GRID = [
    Knobs(sector="samr", procedure="ordinary", hearing=True, legal_review=True, coercive_measure=True,
          statement=True, sampling=True, service="post"),
    Knobs(sector="samr", procedure="ordinary", hearing=False, legal_review=False, waiver=True, service="electronic"),
    Knobs(sector="samr", procedure="summary", party_kind="natural_person"),
    Knobs(sector="samr", procedure="summary", party_kind="legal_person", statement=True),
    Knobs(sector="mee", procedure="ordinary", hearing=True, legal_review=True, party_kind="legal_person",
          service="left_at_residence"),
    Knobs(sector="mee", procedure="ordinary", hearing=False, party_kind="natural_person", statement=True),
    Knobs(sector="mee", procedure="ordinary", coercive_measure=True, sampling=True, service="direct"),
    Knobs(sector="police", procedure="ordinary", hearing=True, legal_review=True, statement=True),
    Knobs(sector="police", procedure="ordinary", hearing=False, waiver=True, party_kind="natural_person"),
    Knobs(sector="police", procedure="summary"),
    Knobs(sector="national", procedure="ordinary", agency_level="township", party_kind="natural_person",
          publication=True),
    Knobs(sector="national", procedure="ordinary", agency_level="county_department", hearing=True,
          legal_review=True, service="post"),
    Knobs(sector="police", procedure="ordinary", coercive_measure=True, party_kind="natural_person"),
    Knobs(sector="samr", procedure="ordinary", hearing=True, legal_review=False, party_kind="legal_person"),
    Knobs(sector="national", procedure="ordinary", agency_level="township", hearing=True, publication=True),
]


def _findings(built: BuiltCase, *outcomes: str) -> list[er.Finding]:
    return [f for f in built.check(strict=True).findings if f.outcome.value in outcomes]


@pytest.mark.parametrize("knobs", GRID, ids=lambda k: f"{k.sector}-{k.procedure}-{k.hearing}-{k.service}")
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_built_cases_in_the_grid_are_compliant(knobs: Knobs, seed: int) -> None:
    """A built case breaks no rule of its profile, and decides everything it can."""
    built = build_case(knobs, seed=seed)
    assert _findings(built, "violated") == []
    undecided = {f.code for f in _findings(built, "indeterminate", "pending")}
    assert undecided <= UNDECIDABLE.get(knobs.sector, set())
    er.load_case(built.data)  # a valid record


@given(compliant_cases())
def test_any_built_case_is_compliant(built: BuiltCase) -> None:
    """Over drawn knobs and seeds, the builder never produces a violation."""
    report = built.check(strict=True)
    assert report.violations == (), [f.as_dict() for f in report.violations]
    assert report.complete


@given(compliant_cases())
def test_agency_acts_fall_on_working_days(built: BuiltCase) -> None:
    """The agency acts on working days of the real calendar (调休 weekends count); the party may pay or
    receive mail on any day."""
    cal = default_calendar()
    party_side = {"payment", "statement", "waiver", "hearing_request"}
    for a in built.data["acts"]:
        if a["type"] in party_side or (a["type"] == "service" and a.get("method") == "post"):
            continue
        if built.knobs.sector == "police" and a["type"] == "service":
            continue  # police serve within 二日 (calendar days), weekends included
        assert cal.is_working_day(date.fromisoformat(a["on"])), a


@given(compliant_cases())
def test_amounts_stay_within_the_statutory_range_and_the_knobs(built: BuiltCase) -> None:
    """Fines come from the matter's statutory range; summary fines respect the profile's cap; a case built
    with a hearing proposes a hearing-eligible penalty (or, nationally, one that may be)."""
    matter = next(m for m in MATTERS if m.key == built.knobs.violation)
    notice = next(a for a in built.data["acts"] if a["type"] == "penalty_notice")
    fines = [Decimal(p["amount"]) for p in notice["proposed_penalties"] if p["kind"] == "fine"]
    profile = profile_for(built.knobs)
    on = date.fromisoformat(notice["on"])
    for fine in fines:
        if matter.fine:
            assert matter.fine[0] <= fine <= matter.fine[1]
        if built.knobs.procedure == "summary":
            who = "natural_person" if built.knobs.party_kind == "natural_person" else "organization"
            assert fine <= profile.value(f"summary.max_fine.{who}", on, built.knobs.matter).value
    if built.knobs.hearing:
        party = er.load_case(built.data).parties[0]
        status = hearing_eligibility([Penalty.model_validate(p) for p in notice["proposed_penalties"]], [party],
                                     on=on, read=for_profile(profile, on, built.knobs.matter)).status
        assert status in (("eligible", "indeterminate") if built.knobs.sector == "national" else ("eligible",))


def test_the_same_seed_builds_the_same_case() -> None:
    """Reproducible: same knobs and seed, same record; another seed, another case."""
    a, b = build_case(seed=11), build_case(seed=11)
    assert a.to_json() == b.to_json()
    assert build_case(seed=12).to_json() != a.to_json()


def test_knobs_left_open_are_drawn_and_recorded() -> None:
    """Every knob is resolved, so a key can say exactly what was built."""
    built = build_case(Knobs(sector="mee"), seed=3)
    assert None not in (built.knobs.procedure, built.knobs.party_kind, built.knobs.violation, built.knobs.start)
    assert built.knobs.as_dict()["sector"] == "mee"


@pytest.mark.parametrize(("knobs", "problem"), [
    (Knobs(sector="samr", procedure="summary", hearing=True), "summary procedure has no hearing"),
    (Knobs(sector="samr", procedure="summary", service="post"), "handed over on the spot"),
    (Knobs(sector="police", matter="other"), "public_security"),
    (Knobs(sector="samr", matter="public_security"), "only for police"),
    (Knobs(sector="samr", hearing=True, waiver=True), "has not waived"),
    (Knobs(sector="national", coercive_measure=True), "coercive measures"),
    (Knobs(sector="mee", procedure="summary"), "no violation"),
    (Knobs(sector="samr", start=date(2027, 3, 1)), "calendar"),
])
def test_impossible_knobs_are_refused(knobs: Knobs, problem: str) -> None:
    """The builder refuses what the law (or the builder) cannot give, saying why."""
    with pytest.raises(ValueError, match=problem):
        build_case(knobs, seed=0)


@pytest.mark.parametrize(("sector", "publication"), [("police", True), ("samr", False)])
def test_publication_knob_against_the_profile(sector: str, publication: bool) -> None:
    """治安 records are never published from 2026 (PSAPL 136); SAMR publishes every ordinary, non-warning
    decision (SAMR-G 2): the opposite knob is refused."""
    with pytest.raises(ValueError, match="publication"):
        build_case(Knobs(sector=sector, procedure="ordinary", publication=publication, party_kind="natural_person",
                         violation="rental_registration" if sector == "police" else "price_tag"), seed=0)


def test_problems_lists_every_reason() -> None:
    """`problems` is the builder's check, usable before building."""
    found = problems(Knobs(sector="samr", procedure="summary", hearing=True, legal_review=True,
                           party_kind="natural_person", service="on_the_spot"))
    assert len(found) == 2


def test_identifiers_are_well_formed_and_fictional() -> None:
    """Resident ID numbers carry a valid GB 11643 check digit, credit codes a valid GB 32100 one."""
    import random

    rng = random.Random(5)
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    for _ in range(50):
        number = people.resident_id(rng, "429931", date(1980, 5, 17))
        total = sum(int(c) * w for c, w in zip(number[:17], weights, strict=True))
        assert number[17] == "10X98765432"[total % 11]
        code = people.credit_code(rng, "429931")
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        cw = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
        assert code[17] == chars[(31 - sum(chars.index(c) * w for c, w in zip(code[:17], cw, strict=True)) % 31) % 31]
    taken: set[str] = set()
    names = [people.person_name(rng, taken) for _ in range(100)]
    assert len(set(names)) == 100
    assert all(n[0] in people.SURNAMES and 2 <= len(n) <= 3 for n in names)


def test_the_story_is_in_chinese_and_names_the_basis() -> None:
    """The summary a trainee reads is written from the case: agency, party, facts and the penalty basis."""
    built = build_case(Knobs(sector="samr", violation="expired_food"), seed=4)
    story = built.story
    assert story.agency.endswith("市场监督管理局")
    assert "货值金额" in story.facts and story.basis.startswith("《中华人民共和国食品安全法》")
    assert story.party in story.party_desc


def _acts(built: BuiltCase, kind: str) -> list[dict[str, Any]]:
    return [a for a in built.data["acts"] if a["type"] == kind]


def test_hearing_notice_lead_time_and_windows_follow_the_profile() -> None:
    """The hearing is held at least the profile's lead time after its notice was served, and the decision
    comes after the party's window (SAMR-H 20①, SAMR-P 57②)."""
    cal = default_calendar()
    for seed in range(5):
        built = build_case(Knobs(sector="samr", procedure="ordinary", hearing=True), seed=seed)
        served = next(s for s in _acts(built, "service") if s["document_id"] == "hearing-notice-1")
        held = _acts(built, "hearing")[0]
        assert cal.add_working_days(date.fromisoformat(served["on"]), 7) <= date.fromisoformat(held["on"])


@given(compliant_cases())
def test_steps_come_in_their_order(built: BuiltCase) -> None:
    """Filing before investigation, the notice served before the party answers, answers reviewed before the
    decision, the decision before its service, service before payment and publication — the order a later
    PROC-005 will check, so that injected defects stay the only ones."""
    from enforcement_rules.training.edits import in_time_order

    order = [a["id"] for a in in_time_order(built.data["acts"])]
    pos = {i: n for n, i in enumerate(order)}

    def before(a: str, b: str) -> None:
        if a in pos and b in pos:
            assert pos[a] < pos[b], (a, b, order)

    for first, then in [("filing-1", "inspect-1"), ("filing-1", "question-1"), ("serve-notice-1", "statement-1"),
                        ("serve-notice-1", "waiver-1"), ("serve-notice-1", "hearing-request-1"),
                        ("statement-1", "statement-review-1"), ("statement-review-1", "decision-1"),
                        ("hearing-1", "decision-1"), ("legal-review-1", "decision-1"),
                        ("discussion-1", "decision-1"), ("decision-1", "serve-decision-1"),
                        ("serve-decision-1", "payment-1"), ("serve-decision-1", "publication-1"),
                        ("notice-1", "decision-1"), ("measure-1", "lift-1"), ("closing-1", "archive-1")]:
        before(first, then)
