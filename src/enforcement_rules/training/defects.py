"""Defect injectors: one per rule code, each turning a compliant case into one that breaks that rule.

``INJECTORS`` maps every code of :data:`~enforcement_rules.rules.RULES` to an :class:`Injector` (a test
fails when one is missing). An injector has one or more :class:`Variant` — different ways of breaking the
rule, from obvious (subtlety 1) to subtle (3) — each saying when it applies to a case, what it touches
(two variants touching the same thing are not planted together), and which other rules its change may
unavoidably break as well (``companions``, each with the reason). The property tests check that
injecting R into a compliant case makes R violated and nothing else but R's declared companions.

Each variant returns a short description of what it changed, in Chinese and English; the description
goes into the answer key.

Adding a rule family: write ``training/injectors/<family>.py`` with one :class:`Injector` per rule (see
``injectors/notice.py``) and add its module's name to ``_FAMILIES`` below.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from enforcement_rules.training.built import BuiltCase, Planted
from enforcement_rules.training.edits import CaseEdit

__all__ = ["INJECTORS", "Injector", "NotApplicableError", "Variant", "compatible", "find_case"]

Description = tuple[str, str]
Apply = Callable[[CaseEdit, random.Random], Description]
Applies = Callable[[BuiltCase], bool]

_NONE: Mapping[str, str] = MappingProxyType({})


class NotApplicableError(ValueError):
    """The injector has no variant for this case (e.g. a statement-window defect in the summary procedure)."""


@dataclass(frozen=True, slots=True)
class Variant:
    """One way of breaking a rule."""

    name: str
    subtlety: int  # 1 obvious, 2 needs the law's detail, 3 needs the calendar or a close reading
    applies: Applies
    apply: Apply
    touches: frozenset[str]
    companions: Mapping[str, str] = field(default_factory=lambda: _NONE)
    """Other rules this change may break too, each with the reason (zh/en in one string)."""


@dataclass(frozen=True, slots=True)
class Injector:
    """The variants that break one rule."""

    code: str
    variants: tuple[Variant, ...]
    requires: Mapping[str, tuple[Any, ...]] = field(default_factory=lambda: MappingProxyType({}))
    """Knob values that make some variant applicable (e.g. ``{"sector": ("samr",)}``): strategies and the
    tests draw cases from these; the variants' ``applies`` has the last word."""

    @property
    def companions(self) -> dict[str, str]:
        """Every rule some variant may break as well, with why."""
        out: dict[str, str] = {}
        for v in self.variants:
            out.update(v.companions)
        return out

    def options(self, built: BuiltCase, *, max_subtlety: int = 3) -> list[Variant]:
        """The variants that apply to ``built``, up to ``max_subtlety``."""
        return [v for v in self.variants if v.subtlety <= max_subtlety and v.applies(built)]

    def applies(self, built: BuiltCase, *, max_subtlety: int = 3) -> bool:
        return bool(self.options(built, max_subtlety=max_subtlety))

    def inject(self, built: BuiltCase, rng: random.Random | int = 0, *, max_subtlety: int = 3,
               variant: str | None = None) -> BuiltCase:
        """``built`` with this rule broken, by ``variant`` or by one drawn (preferring the subtlest allowed).

        Raises NotApplicableError when no variant fits the case."""
        rng = rng if isinstance(rng, random.Random) else random.Random(rng)
        options = self.options(built, max_subtlety=max_subtlety)
        if variant is not None:
            options = [v for v in options if v.name == variant]
        if not options:
            msg = f"{self.code}: no defect variant applies to this case"
            raise NotApplicableError(msg)
        weights = [v.subtlety for v in options]
        chosen = rng.choices(options, weights)[0]
        edit = CaseEdit(built)
        zh, en = chosen.apply(edit, rng)
        return edit.done(Planted(self.code, chosen.name, chosen.subtlety, zh, en))


def compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two variants may be planted together unless they touch the same thing (or one a part of the other:
    ``notice`` and ``notice.states``)."""
    for x in a:
        for y in b:
            if x == y or x.startswith(y + ".") or y.startswith(x + "."):
                return False
    return True


def find_case(injector: Injector, variant: str, *, tries: int = 200) -> BuiltCase | None:
    """A compliant built case that ``variant`` applies to, searched deterministically over seeds, over the
    injector's ``requires`` and over the sectors (for examples, docs and tests)."""
    from enforcement_rules.training.builders import build_case
    from enforcement_rules.training.knobs import SECTORS, Knobs

    wanted = {"sector": SECTORS, **injector.requires}
    for seed in range(tries):
        fixed, stride = {}, 1
        for name, values in wanted.items():  # every combination of the required values, in turn
            fixed[name] = values[(seed // stride) % len(values)]
            stride *= len(values)
        knobs = Knobs(**fixed)
        try:
            built = build_case(knobs, seed=seed)
        except ValueError:
            continue
        if any(v.name == variant for v in injector.options(built)):
            return built
    return None


_FAMILIES = ("authority", "coercion", "hearing", "notice", "decision", "procedure", "publication", "recording",
             "review")
"""The modules under ``training/injectors/`` that hold injectors, one per rule family."""


def _load() -> dict[str, Injector]:
    import importlib

    found = [i for name in _FAMILIES
             for i in importlib.import_module(f"enforcement_rules.training.injectors.{name}").INJECTORS]
    return {i.code: i for i in sorted(found, key=lambda i: i.code)}


#: Every injector, by rule code, in code order.
INJECTORS: dict[str, Injector] = _load()
