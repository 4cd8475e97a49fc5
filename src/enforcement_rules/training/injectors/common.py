"""Questions injectors ask of a built case before changing it, and small edits several of them make."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from enforcement_rules.calendar import Period
from enforcement_rules.profiles.profile import ParamValue
from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.edits import CaseEdit, day_of, in_time_order

if TYPE_CHECKING:
    from enforcement_rules.training.defects import Variant

__all__ = ["acts", "decision", "field_act", "first", "has", "is_ordinary", "param", "served_notice", "variant",
           "window"]


def acts(built: BuiltCase, *types: str) -> list[dict[str, Any]]:
    """The acts of these types, in time order."""
    return in_time_order(a for a in built.data["acts"] if a["type"] in types)


def first(built: BuiltCase, *types: str) -> dict[str, Any] | None:
    found = acts(built, *types)
    return found[0] if found else None


def decision(built: BuiltCase) -> dict[str, Any] | None:
    """The (first) penalty decision."""
    return next((a for a in acts(built, "decision") if a.get("outcome", "penalty") == "penalty"), None)


def is_ordinary(built: BuiltCase) -> bool:
    return bool(built.data.get("procedure", "ordinary") == "ordinary")


def param(built: BuiltCase, name: str, on: date) -> ParamValue:
    from enforcement_rules.training.builders import profile_for

    return profile_for(built.knobs).value(name, on, built.knobs.matter)


def served_notice(built: BuiltCase) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The written notice the decision follows and its service, when served before the decision."""
    d = decision(built)
    notice = next((a for a in acts(built, "penalty_notice") if d is None or a["id"] == d.get("notice_id")), None)
    if d is None or notice is None or notice.get("manner", "written") != "written":
        return None
    services = [s for s in acts(built, "service") if s["document_id"] == notice["id"] and day_of(s) < day_of(d)]
    return (notice, services[0]) if services else None


def window(built: BuiltCase, served: date) -> Period | None:
    """The party's window that runs from the notice's service and holds the decision back (NOTICE-003):
    the profile's statement window, else the hearing request window for a hearing-eligible case."""
    statement = param(built, "statement.window", served)
    if statement.configured:
        return statement.value  # type: ignore[no-any-return]
    if built.eligible == "eligible":
        request = param(built, "hearing.request_window", served)
        if request.configured:
            return request.value  # type: ignore[no-any-return]
    return None


def edit_payment(edit: CaseEdit, penalties: list[dict[str, Any]]) -> None:
    """Keep the payment and the published text in step with changed penalties (they are not the defect)."""
    from enforcement_rules.training.wording import penalties_zh

    due = [p for p in penalties if p["kind"] in ("fine", "confiscate_illegal_gains")]
    for pay in edit.of("payment"):
        pay["amount"] = str(sum(int(p["amount"]) for p in due))
    for pub in edit.of("publication"):
        text = pub.get("text")
        if text and "行政处罚内容：" in text:
            head, rest = text.split("行政处罚内容：", 1)
            tail = rest.split("；", 1)[1] if "；" in rest else ""
            pub["text"] = f"{head}行政处罚内容：{penalties_zh(penalties)}；{tail}"


def variant(name: str, subtlety: int, applies: Any, apply: Any, *touches: str,
            companions: dict[str, str] | None = None) -> Variant:
    """A :class:`~enforcement_rules.training.defects.Variant` (companions: rule code → why it breaks too)."""
    from types import MappingProxyType

    from enforcement_rules.training.defects import Variant

    return Variant(name, subtlety, applies, apply, frozenset(touches), MappingProxyType(companions or {}))


def field_act(built: BuiltCase, *types: str) -> dict[str, Any] | None:
    """The first act of these types that officers took part in (two of them, in a built case)."""
    return next((a for a in acts(built, *types) if len(a.get("staff_ids") or ()) >= 2), None)


def has(built: BuiltCase, *types: str) -> bool:
    return bool(acts(built, *types))
