"""The fields every act shares, and the enums several act groups use."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from enforcement_rules.models.base import Day, Id, Model, RefTo, Text, Timestamp

__all__ = ["DOCUMENT_TYPES", "ActBase", "Conclusion", "Manner", "PartyRefs", "StaffRefs"]

StaffRefs = Annotated[tuple[Id, ...], Field(max_length=64), RefTo(("staff",))]
PartyRefs = Annotated[tuple[Id, ...], Field(max_length=64), RefTo(("party",))]

#: Act types that are documents and can be served (送达): a Service act's ``document_id`` names one.
DOCUMENT_TYPES: tuple[str, ...] = (
    "penalty_notice",
    "decision",
    "hearing_notice",
    "evidence_preservation",
    "coercive_measure",
    "coercive_measure_extension",
    "coercive_measure_lifting",
    "decision_change",
    "demand",
    "enforcement_decision",
)


class Manner(StrEnum):
    """How something was done or said."""

    WRITTEN = "written"  # 书面
    ORAL = "oral"  # 口头


class Conclusion(StrEnum):
    """The conclusion of a review (审核意见)."""

    AGREED = "agreed"  # 同意
    PROBLEMS = "problems"  # 存在问题


class ActBase(Model):
    """A step of the case file (案卷中的一个环节). ``on`` is its China date; ``at``, ``start_at`` and
    ``end_at`` are optional times (normalised to +08:00). ``at`` (or ``start_at``) must fall on ``on``
    and ``end_at`` may not precede ``start_at``: load_case() checks both, with the references."""

    id: Id
    on: Day
    """The date of the act (China date)."""
    at: Timestamp | None = None
    """The time of the act, when known."""
    start_at: Timestamp | None = None
    end_at: Timestamp | None = None
    staff_ids: StaffRefs = ()
    """Staff who took part (officers present, signers)."""
    party_ids: PartyRefs = ()
    """Parties the act concerns; empty means every party of the case."""
    source_ref: Annotated[str, Field(max_length=200)] | None = None
    """The calling system's own id for this record; echoed in findings."""
    note: Text | None = None

    @property
    def moment(self) -> datetime | None:
        """The best known time of the act: ``at``, else ``start_at``."""
        return self.at or self.start_at
