"""Defect injectors: one per rule, each breaking its rule and nothing else but its declared companions."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enforcement_rules.rules import RULES
from enforcement_rules.strategies import compliant_cases, violating_cases
from enforcement_rules.training.builders import BuiltCase, build_case
from enforcement_rules.training.defects import INJECTORS, NotApplicableError, compatible, find_case
from enforcement_rules.training.knobs import Knobs

CODES = [r.code for r in RULES]
VARIANTS = [(code, v.name) for code, inj in INJECTORS.items() for v in inj.variants]
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_rule_has_an_injector() -> None:
    """Meta: a rule in RULES without an injector fails here — add one in training/injectors/<family>.py."""
    missing = [c for c in CODES if c not in INJECTORS]
    assert missing == [], f"rules without a defect injector: {missing}"
    assert sorted(INJECTORS) == sorted(CODES), "an injector for a code that is not in RULES"
    assert list(INJECTORS) == sorted(INJECTORS)


def test_injectors_are_well_declared() -> None:
    """Each injector has variants with distinct names, a subtlety of 1–3, something it touches, and a reason
    for every companion rule it may break."""
    for code, inj in INJECTORS.items():
        assert inj.code == code and inj.variants
        names = [v.name for v in inj.variants]
        assert len(set(names)) == len(names), code
        for v in inj.variants:
            assert 1 <= v.subtlety <= 3 and v.touches, (code, v.name)
            assert all(c in CODES and c != code and why.strip() for c, why in v.companions.items()), (code, v.name)
        assert set(inj.requires) <= set(Knobs.__dataclass_fields__), code


def _case_for(code: str, variant: str) -> BuiltCase:
    """A compliant case the variant applies to (searched deterministically over seeds and knobs)."""
    built = find_case(INJECTORS[code], variant)
    assert built is not None, f"no built case lets {code}/{variant} apply"
    return built


@pytest.mark.parametrize(("code", "variant"), VARIANTS, ids=[f"{c}-{v}" for c, v in VARIANTS])
def test_each_variant_breaks_its_rule_and_says_what_it_changed(code: str, variant: str) -> None:
    """Every variant of every injector makes its rule violated, breaks nothing else but declared companions,
    and describes the change in Chinese and English."""
    built = _case_for(code, variant)
    out = INJECTORS[code].inject(built, 3, variant=variant)
    violated = {f.code for f in out.check(strict=True).violations}
    assert code in violated
    assert violated - {code} <= set(INJECTORS[code].companions)
    planted = out.defects[-1]
    assert (planted.code, planted.variant) == (code, variant)
    assert CJK.search(planted.zh) and planted.en and not CJK.search(planted.en.replace("治安", ""))
    assert built.defects == (), "the compliant case itself is not changed"


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=30)  # per rule: bounded so the suite grows gently with the catalogue
@given(data=st.data())
def test_injecting_a_defect_breaks_that_rule_only(code: str, data: st.DataObject) -> None:
    """Over drawn knobs, seeds and variants: R violated, and nothing else but R's declared companions."""
    built = data.draw(violating_cases(code))
    violated = {f.code for f in built.check(strict=True).violations}
    assert code in violated
    assert violated - {code} <= set(INJECTORS[code].companions)


@given(compliant_cases(), st.integers(1, 3))
def test_max_subtlety_is_respected(built: BuiltCase, level: int) -> None:
    """An injector asked for subtlety at most `level` never plants a subtler variant."""
    for inj in INJECTORS.values():
        if inj.applies(built, max_subtlety=level):
            assert inj.inject(built, random.Random(0), max_subtlety=level).defects[-1].subtlety <= level


def test_not_applicable_is_an_error_not_a_silent_pass() -> None:
    """A statement-window defect cannot be planted in a summary case: the injector says so."""
    built = build_case(Knobs(sector="samr", procedure="summary"), seed=1)
    with pytest.raises(NotApplicableError, match="NOTICE-003"):
        INJECTORS["NOTICE-003"].inject(built)


def test_touches_decide_what_may_be_planted_together() -> None:
    """Variants touching the same thing, or one a part of the other, are not combined."""
    assert not compatible({"notice"}, {"notice.states"})
    assert not compatible({"decision.service"}, {"decision.service"})
    assert compatible({"notice.states"}, {"notice.penalties"})
    assert compatible({"evidence.rights"}, {"evidence.results"})
