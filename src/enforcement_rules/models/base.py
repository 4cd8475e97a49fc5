"""Shared pieces of the case model: the base class, China time, money, ids and typed references."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from enforcement_rules.calendar import CHINA_TZ

__all__ = [
    "CHINA_TZ",
    "Day",
    "Id",
    "Model",
    "Money",
    "RefTo",
    "Text",
    "Timestamp",
    "china_date",
]


#: Limits on any one case (DESIGN §10), documented in docs/data-model.md.
MAX_TEXT = 20_000
MAX_ITEMS = 5_000


class Model(BaseModel):
    """Base of every case-model class: unknown fields refused, immutable, schema built lazily."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        defer_build=True,
        str_max_length=MAX_TEXT,
        populate_by_name=False,
        use_attribute_docstrings=False,
        hide_input_in_errors=True,
    )


def _no_number_dates(value: Any) -> Any:
    # Pydantic would read a JSON number as seconds since 1970; a case file never means that.
    if isinstance(value, int | float) and not isinstance(value, bool):
        msg = "a date is written YYYY-MM-DD"
        raise ValueError(msg)
    return value


def _to_china(value: datetime) -> datetime:
    # DESIGN §3: every timestamp is normalised to +08:00 at parse; a naive one is China time.
    if value.tzinfo is None:
        return value.replace(tzinfo=CHINA_TZ)
    return value.astimezone(CHINA_TZ)


Day = Annotated[date, BeforeValidator(_no_number_dates)]
"""A calendar date in China (YYYY-MM-DD)."""

Timestamp = Annotated[datetime, BeforeValidator(_no_number_dates), AfterValidator(_to_china)]
"""A moment, normalised to China time (+08:00); a timestamp without an offset is China time."""

Money = Annotated[Decimal, Field(ge=0, max_digits=15, decimal_places=2)]
"""An amount of yuan (元), exact to the fen; serialised as a string."""

Id = Annotated[str, StringConstraints(pattern=r"^[^\s\x00-\x1f\x7f]{1,100}$")]
"""An identifier: 1 to 100 characters, no spaces or control characters (``青市监处罚〔2025〕17号`` is fine)."""

Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]


@dataclass(frozen=True, slots=True)
class RefTo:
    """Field metadata: this id must name one of ``targets`` — act types (``"decision"``), or
    ``"party"`` / ``"staff"`` / ``"act"`` (any act). Checked when the case is loaded."""

    targets: tuple[str, ...]


def china_date(value: datetime) -> date:
    """The China date of a timestamp (already normalised by the model)."""
    return value.astimezone(CHINA_TZ).date()
