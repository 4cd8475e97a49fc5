"""Injectors for the COERCE family (rules/coercion.py, coercion_decision.py, coercion_period.py): approval,
the on-site duties, the decision and its list, the duration of a sealing or seizure.

They apply to cases built with ``coercive_measure=True`` (samr, mee, police; ordinary procedure); none of
their changes breaks another rule of the catalogue.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.construct import ts
from enforcement_rules.training.defects import Description, Injector
from enforcement_rules.training.edits import CaseEdit, day_of
from enforcement_rules.training.injectors.common import acts, variant

__all__ = ["INJECTORS"]

_REQUIRES = {"coercive_measure": (True,), "sector": ("samr", "mee", "police"), "procedure": ("ordinary",)}
_ZH = {"seize": "扣押", "seal": "查封"}


def _measure(edit: CaseEdit) -> dict[str, Any]:
    m = edit.first("coercive_measure")
    assert m is not None
    return m


def _taken(b: BuiltCase) -> bool:
    return bool(acts(b, "coercive_measure"))


# -- COERCE-001 approval ------------------------------------------------------------------------------------


def _approved_after(edit: CaseEdit, rng: random.Random) -> Description:
    m = _measure(edit)
    later = edit.cal.add_working_days(day_of(m), rng.randint(1, 3))
    m["approved_on"], m["approved_at"] = later.isoformat(), ts(later, 9)
    return (f"{m['on']} 实施{_ZH[m['measure']]}，负责人 {later.isoformat()} 才补批（并非情况紧急当场实施）",
            f"The measure of {m['on']} was approved by the head only on {later.isoformat()}, with no emergency")


def _not_approved(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    m = _measure(edit)
    for key in ("approved_by", "approved_on", "approved_at"):
        m.pop(key, None)
    m["approval"] = "not_sought"
    return (f"实施{_ZH[m['measure']]}前未报行政机关负责人批准", "The measure was taken without the head's approval")


COERCE_001 = Injector("COERCE-001", (
    variant("not_approved", 1, _taken, _not_approved, "measure.approval"),
    variant("approved_after", 3, _taken, _approved_after, "measure.approval"),
), requires=_REQUIRES)


# -- COERCE-002 on-site duties ------------------------------------------------------------------------------


def _not_heard(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    m = _measure(edit)
    m["statement_heard"] = False
    return (f"实施{_ZH[m['measure']]}时未听取当事人的陈述和申辩", "The party's statement was not heard at the measure")


def _not_told_remedies(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    m = _measure(edit)
    m["told"] = [t for t in m["told"] if t != "remedies"]
    return (f"实施{_ZH[m['measure']]}时只告知了理由、依据和权利，未告知救济途径",
            "At the measure the party was not told of the remedies")


COERCE_002 = Injector("COERCE-002", (
    variant("statement_not_heard", 1, _taken, _not_heard, "measure.on_site"),
    variant("remedies_not_told", 2, _taken, _not_told_remedies, "measure.on_site"),
), requires=_REQUIRES)


# -- COERCE-003 decision and list ---------------------------------------------------------------------------


def _no_list(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    m = _measure(edit)
    m["list_delivered"] = False
    return (f"{_ZH[m['measure']]}时未制作、当场交付财物清单", "No list of the things seized was made and handed over")


def _no_duration(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    m = _measure(edit)
    m["states"] = [s for s in m["states"] if s != "duration"]
    return (f"{_ZH[m['measure']]}决定书未载明{_ZH[m['measure']]}的期限", "The decision does not state the duration")


COERCE_003 = Injector("COERCE-003", (
    variant("no_list", 1, _taken, _no_list, "measure.decision"),
    variant("duration_not_stated", 2, _taken, _no_duration, "measure.decision"),
), requires=_REQUIRES)


# -- COERCE-004 duration ------------------------------------------------------------------------------------


def _too_long(edit: CaseEdit, rng: random.Random) -> Description:
    m = _measure(edit)
    lift = next(a for a in edit.of("coercive_measure_lifting") if a["measure_id"] == m["id"])
    target = day_of(m) + timedelta(days=30 + rng.randint(3, 12))
    later = edit.cal.roll_forward(target)
    moved = [lift, *edit.services_of(lift["id"])]
    for a in moved:
        edit.set_day(a, later)
    return (f"{m['on']} {_ZH[m['measure']]}，未经延长批准，至 {later.isoformat()} 才解除（超过三十日）",
            f"The measure of {m['on']} was lifted only on {later.isoformat()}, over 30 days, without extension")


def _short_room(b: BuiltCase) -> bool:
    """The lifting can move past 30 days while the case still fits its own periods (not police: 30 days)."""
    return _taken(b) and b.knobs.sector != "police" and bool(acts(b, "coercive_measure_lifting"))


COERCE_004 = Injector("COERCE-004", (
    variant("over_thirty_days", 2, _short_room, _too_long, "measure.duration"),
), requires={**_REQUIRES, "sector": ("samr", "mee")})

INJECTORS: tuple[Injector, ...] = (COERCE_001, COERCE_002, COERCE_003, COERCE_004)
