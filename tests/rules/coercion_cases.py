"""Coercive-measure cases for the COERCE and RECORD tests, built from the bundled examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from enforcement_rules.profiles import Profile, load_layer, load_profile
from tests.helpers import act, example

SEIZURE = "samr-seizure-compliant"
POLICE = "police-seizure-defects"


def seizure(**measure: Any) -> dict[str, Any]:
    """The compliant samr seizure, with fields of the measure (``seize-1``) changed; None removes a field."""
    case = example(SEIZURE)
    m = act(case, "seize-1")
    for key, value in measure.items():
        if value is None:
            m.pop(key, None)
        else:
            m[key] = value
    return case


def bare_seizure(on: str = "2025-09-02", **measure: Any) -> dict[str, Any]:
    """A seizure on ``on`` with nothing after it: no testing (unless given), extension, service or lifting."""
    measure.setdefault("testing", None)
    case = seizure(**measure)
    case["acts"] = [a for a in case["acts"] if a["id"] in ("inspect-1", "seize-1")]
    case["records"] = [r for r in case["records"] if set(r["act_ids"]) <= {"inspect-1", "seize-1"}]
    m = act(case, "seize-1")
    if on != m["on"]:
        m["on"] = on
        for key in ("start_at", "end_at", "approved_at"):
            m.pop(key, None)
        m["approved_on"] = on
        case["records"] = [r for r in case["records"] if r["kind"] == "written"]
    return case


def lifted(case: dict[str, Any], on: str, measure_id: str = "seize-1") -> dict[str, Any]:
    """Add a lifting of the measure on ``on``."""
    case["acts"].append({"type": "coercive_measure_lifting", "id": f"lift-{on}", "on": on, "measure_id": measure_id})
    return case


def in_penalty_case(measure: dict[str, Any]) -> dict[str, Any]:
    """The samr hearing example (a penalty case) with ``measure`` added as an act inside it."""
    case = example("samr-hearing-compliant")
    case["acts"].append(measure)
    return case


def user_profile(tmp_path: Path, body: str, base: str = "samr") -> Profile:
    """The shipped ``base`` profile with a user layer on top."""
    path = tmp_path / "user.toml"
    path.write_text('[profile]\nname = "user"\nlayer = "user"\n\n' + body, encoding="utf-8")
    return Profile("user", [*load_profile(base).layers, load_layer(path)])
