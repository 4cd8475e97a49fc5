"""Hypothesis strategies for other systems' own tests: realistic, fictional case records that are compliant,
or that break a given rule.

    from hypothesis import given
    from enforcement_rules.strategies import compliant_cases, violating_cases

    @given(compliant_cases(sector="samr"))
    def test_our_system_saves_a_compliant_case(built):
        save(built.data)                     # the case record: a JSON-ready dict (copy it before changing it)
        assert er.check(built.data, as_of=built.as_of).ok

    @given(violating_cases("NOTICE-003"))
    def test_our_system_refuses_an_early_decision(built):
        ...                                  # built.defects says what was planted, in Chinese and English

Each case is built by :func:`enforcement_rules.training.builders.build_case` from knobs and a seed that
hypothesis draws (and shrinks); defects are planted by :data:`enforcement_rules.training.defects.INJECTORS`.

This module needs the optional extra: ``pip install enforcement-rules[strategies]``. ``import
enforcement_rules`` never imports it (nor hypothesis).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from enforcement_rules.training.builders import BuiltCase, Knobs, build_case
from enforcement_rules.training.defects import INJECTORS, NotApplicableError
from enforcement_rules.training.knobs import PARTY_KINDS, SECTORS, SERVICE_METHODS, fitting_matters

__all__ = ["case_records", "compliant_cases", "knobs", "violating_cases"]

_SUMMARY_SECTORS = ("samr", "police")
_COERCIVE_SECTORS = ("samr", "mee", "police")


def _pick(draw: st.DrawFn, name: str, domain: Sequence[Any], fixed: Mapping[str, Any],
          allowed: Mapping[str, Sequence[Any]]) -> Any:
    if name in fixed:
        return fixed[name]
    values = [v for v in domain if name not in allowed or v in allowed[name]]
    assume(values)
    return draw(st.sampled_from(values))


@st.composite
def knobs(draw: st.DrawFn, /, *, allowed: Mapping[str, Sequence[Any]] | None = None, **fixed: Any) -> Knobs:
    """Knobs for a buildable case. Fix any knob by keyword (``sector="samr"``, ``hearing=True``); restrict
    any to a set of values with ``allowed={"sector": ("samr", "mee")}``; the rest are drawn."""
    allowed = allowed or {}
    sector = _pick(draw, "sector", SECTORS, fixed, allowed)
    procedures = ("ordinary", "summary") if sector in _SUMMARY_SECTORS else ("ordinary",)
    procedure = _pick(draw, "procedure", procedures, fixed, allowed)
    ordinary = procedure == "ordinary"
    base = Knobs(sector=sector, procedure=procedure, **{k: v for k, v in fixed.items() if k not in
                                                        ("sector", "procedure")})
    kinds = sorted({p for m in fitting_matters(base) for p in m.parties}, key=PARTY_KINDS.index)
    party_kind = _pick(draw, "party_kind", kinds, fixed, allowed)
    flag = (False, True) if ordinary else (False,)
    hearing = _pick(draw, "hearing", flag, fixed, allowed)
    values = {
        "party_kind": party_kind,
        "hearing": hearing,
        "legal_review": _pick(draw, "legal_review", flag, fixed, allowed),
        "coercive_measure": _pick(draw, "coercive_measure", flag if sector in _COERCIVE_SECTORS else (False,),
                                  fixed, allowed),
        "statement": _pick(draw, "statement", (False, True), fixed, allowed),
        "waiver": _pick(draw, "waiver", flag if not hearing else (False,), fixed, allowed),
        "service": _pick(draw, "service", SERVICE_METHODS if ordinary else ("on_the_spot",), fixed, allowed),
    }
    return Knobs(**{**base.as_dict(), **values, "start": fixed.get("start")})


@st.composite
def compliant_cases(draw: st.DrawFn, /, *, allowed: Mapping[str, Sequence[Any]] | None = None,
                    **fixed: Any) -> BuiltCase:
    """A compliant case under its own profile (knobs as for :func:`knobs`)."""
    chosen = draw(knobs(allowed=allowed, **fixed))
    seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
    try:
        return build_case(chosen, seed=seed)
    except ValueError:
        assume(False)
        raise  # pragma: no cover - assume() does not return


@st.composite
def violating_cases(draw: st.DrawFn, /, code: str, *, max_subtlety: int = 3,
                    allowed: Mapping[str, Sequence[Any]] | None = None, **fixed: Any) -> BuiltCase:
    """A case breaking rule ``code``, planted by its injector (``built.defects[-1]`` says how)."""
    injector = INJECTORS[code]
    wanted = {**injector.requires, **(allowed or {})}
    built = draw(compliant_cases(allowed=wanted, **fixed))
    assume(injector.applies(built, max_subtlety=max_subtlety))
    seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
    try:
        return injector.inject(built, random.Random(seed), max_subtlety=max_subtlety)
    except NotApplicableError:  # pragma: no cover - applies() said it would
        assume(False)
        raise


def case_records(**kw: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Just the compliant case records (JSON-ready dicts), for systems that only want the data."""
    import copy

    return compliant_cases(**kw).map(lambda built: copy.deepcopy(built.data))
