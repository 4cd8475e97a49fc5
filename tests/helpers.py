"""Helpers for building test cases from the bundled examples."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import enforcement_rules as er

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "cases"
AS_OF = date(2025, 12, 1)


@cache
def _example(name: str) -> str:
    return (EXAMPLES / f"{name}.json").read_text(encoding="utf-8")


def example(name: str) -> dict[str, Any]:
    """A fresh, mutable copy of an example case (``samr-hearing-compliant`` …)."""
    data: dict[str, Any] = json.loads(_example(name))
    return data


def act(case: dict[str, Any], act_id: str) -> dict[str, Any]:
    """The act with this id, for editing in place."""
    for a in case["acts"]:
        if a["id"] == act_id:
            return a  # type: ignore[no-any-return]
    raise KeyError(act_id)


def drop(case: dict[str, Any], *act_ids: str) -> dict[str, Any]:
    """Remove acts (and the records' references to them)."""
    case["acts"] = [a for a in case["acts"] if a["id"] not in act_ids]
    for r in case.get("records", []):
        r["act_ids"] = [i for i in r["act_ids"] if i not in act_ids]
    case["records"] = [r for r in case.get("records", []) if r["act_ids"]]
    return case


def run(case: dict[str, Any] | str, code: str | None = None, *, as_of: date = AS_OF, **kw: Any) -> er.Report:
    """Check a case strictly (a crashing rule fails the test), optionally one rule only."""
    select = [code] if code else None
    return er.check(copy.deepcopy(case) if isinstance(case, dict) else case, as_of=as_of, select=select,
                    strict=True, **kw)


def outcomes(report: er.Report, code: str) -> list[str]:
    return [f.outcome.value for f in report.by_code(code)]


def only(report: er.Report, code: str) -> er.Finding:
    """The single finding of ``code`` (fails when there are several)."""
    found = report.by_code(code)
    assert len(found) == 1, [f.as_dict() for f in found]
    return found[0]


def notice_case(
    *,
    sector: str = "samr",
    served: str = "2025-09-22",
    decided: str | None = "2025-09-26",
    penalties: list[dict[str, Any]] | None = None,
    party: dict[str, Any] | None = None,
    matter: str | None = None,
    procedure: str = "ordinary",
) -> dict[str, Any]:
    """A small notice-then-decision case: a notice served on ``served``, a decision on ``decided``."""
    penalties = penalties if penalties is not None else [{"kind": "fine", "amount": "5000"}]
    notice_on = (date.fromisoformat(served) - timedelta(days=1)).isoformat()
    case: dict[str, Any] = {
        "schema_version": 1, "id": "test-case", "sector": sector, "procedure": procedure,
        "agency": {"name": "某县某局", "level": "county_department", "authority": {"basis": "own_power"}},
        "parties": [party or {"id": "party-1", "kind": "legal_person"}],
        "staff": [{"id": "officer-1"}, {"id": "officer-2"}],
        "acts": [
            {"type": "filing", "id": "filing-1", "on": "2025-01-06"},
            {"type": "penalty_notice", "id": "notice-1", "on": notice_on, "proposed_penalties": penalties,
             "states": ["proposed_penalty", "facts", "reasons", "legal_basis", "statement_right", "defence_right"]},
            {"type": "service", "id": "serve-notice-1", "on": served, "document_id": "notice-1", "method": "direct"},
        ],
    }
    if matter:
        case["matter"] = matter
    if decided:
        case["acts"] += [
            {"type": "decision", "id": "decision-1", "on": decided, "penalties": penalties,
             "elements": [], "notice_id": "notice-1"},
            {"type": "service", "id": "serve-decision-1", "on": decided, "document_id": "decision-1",
             "method": "on_the_spot"},
        ]
    return case


def shifted(case: dict[str, Any], days: int) -> dict[str, Any]:
    """Move every date and time of a case by the same number of days (certificate validity too)."""

    def move(value: Any, key: str) -> Any:
        if isinstance(value, str) and (key == "on" or key.endswith(("_on", "_at", "_from", "_until")) or key == "at"):
            if "T" in value:
                d, rest = value.split("T", 1)
                return (date.fromisoformat(d) + timedelta(days=days)).isoformat() + "T" + rest
            return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
        if isinstance(value, dict):
            return {k: move(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [move(v, key) for v in value]
        return value

    shifted: dict[str, Any] = move(case, "")
    return shifted
