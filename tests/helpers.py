"""Helpers for building test cases from the bundled examples."""

from __future__ import annotations

import copy
import json
from datetime import date
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
