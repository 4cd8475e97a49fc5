"""Hearings (听证)."""

from __future__ import annotations

from typing import Annotated, Literal

from enforcement_rules.models.actions.base import ActBase, Manner
from enforcement_rules.models.base import Id, RefTo

__all__ = ["Hearing", "HearingNotice", "HearingReport", "HearingRequest"]


class HearingRequest(ActBase):
    """The party's request for a hearing (要求听证)."""

    type: Literal["hearing_request"]
    manner: Manner = Manner.WRITTEN
    notice_id: Annotated[Id, RefTo(("penalty_notice",))] | None = None
    """The notice this request answers. A withdrawal is a Waiver of the hearing right."""


class HearingNotice(ActBase):
    """听证通知书: the time and place of the hearing, served by a Service act."""

    type: Literal["hearing_notice"]
    request_id: Annotated[Id, RefTo(("hearing_request",))] | None = None


class Hearing(ActBase):
    """The hearing itself (举行听证)."""

    type: Literal["hearing"]
    hearing_notice_id: Annotated[Id, RefTo(("hearing_notice",))] | None = None
    host_id: Annotated[Id, RefTo(("staff",))] | None = None
    """The hearing host (听证主持人)."""
    public: bool | None = None


class HearingReport(ActBase):
    """听证报告 (SAMR-H 29)."""

    type: Literal["hearing_report"]
    hearing_id: Annotated[Id, RefTo(("hearing",))] | None = None
