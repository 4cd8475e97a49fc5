"""Building hearing cases for the HEAR tests: the compliant SAMR hearing case, edited."""

from __future__ import annotations

from typing import Any

from tests.helpers import act, drop, example

COMPLIANT = "samr-hearing-compliant"
DEFECTS = "samr-hearing-defects"
HEARING_ACTS = ("hearing-notice-1", "serve-hearing-notice-1", "hearing-1", "hearing-report-1")


def index(case: dict[str, Any], item_id: str, group: str = "acts") -> int:
    return next(i for i, a in enumerate(case[group]) if a["id"] == item_id)


def compliant() -> dict[str, Any]:
    return example(COMPLIANT)


def hearing(case: dict[str, Any]) -> dict[str, Any]:
    return act(case, "hearing-1")


def without_hearing(case: dict[str, Any]) -> dict[str, Any]:
    """The case with its hearing notice, hearing and report removed: the request went unanswered."""
    return drop(case, *HEARING_ACTS)


def as_sector(case: dict[str, Any], sector: str, matter: str | None = None) -> dict[str, Any]:
    """The same facts filed under another sector (and, for police, a matter)."""
    case["sector"] = sector
    if matter:
        case["matter"] = matter
    else:
        case.pop("matter", None)
    return case


def hearing_on(case: dict[str, Any], day: str, *, served: str, notice_on: str | None = None) -> dict[str, Any]:
    """Move the hearing (and its report, the public notice and the decision after it) to ``day``; the
    hearing notice dated ``notice_on`` (default: ``served``) and served on ``served``."""
    h = hearing(case)
    h["on"] = day
    h.pop("start_at", None)
    h.pop("end_at", None)
    h.pop("public_notice_on", None)
    h["public"] = False
    h["not_public_reason"] = "trade_secret"
    n = act(case, "hearing-notice-1")
    n["on"] = notice_on or served
    n["hearing_on"] = day
    act(case, "serve-hearing-notice-1")["on"] = served
    return case
