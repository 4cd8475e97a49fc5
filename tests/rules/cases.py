"""Small case builders for the time-limit and procedure tests (TIME, PROC)."""

from __future__ import annotations

from typing import Any


def base(*, sector: str = "samr", procedure: str = "ordinary", matter: str | None = None,
         party: dict[str, Any] | None = None, filed: str | None = "2025-03-04") -> dict[str, Any]:
    """A case with one party, two officers and a head, and (unless ``filed`` is None) a filing."""
    case: dict[str, Any] = {
        "schema_version": 1, "id": "t-case", "sector": sector, "procedure": procedure,
        "parties": [party or {"id": "party-1", "kind": "legal_person"}],
        "staff": [{"id": "officer-1", "roles": ["officer"]}, {"id": "officer-2", "roles": ["officer"]},
                  {"id": "head-1", "roles": ["head"]}],
        "acts": [],
    }
    if matter:
        case["matter"] = matter
    if filed:
        add(case, "filing", "filing-1", filed, approved_by="head-1")
    return case


def add(case: dict[str, Any], kind: str, act_id: str, on: str, **fields: Any) -> dict[str, Any]:
    """Append an act and return it."""
    act = {"type": kind, "id": act_id, "on": on, **fields}
    case["acts"].append(act)
    return act


def fine(amount: str | int) -> list[dict[str, Any]]:
    return [{"kind": "fine", "amount": str(amount)}]


def decided(case: dict[str, Any], on: str, *, penalties: list[dict[str, Any]] | None = None,
            served: str | None = None, act_id: str = "decision-1", **fields: Any) -> dict[str, Any]:
    """A penalty decision (a 5,000-yuan fine unless told otherwise), served on ``served`` when given."""
    d = add(case, "decision", act_id, on, penalties=penalties if penalties is not None else fine(5000), **fields)
    if served:
        add(case, "service", f"serve-{act_id}", served, document_id=act_id, method="direct")
    return d


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)
