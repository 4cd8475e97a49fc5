"""Publication of decisions and its withdrawal (行政执法公示：事后公开与撤回)."""

from __future__ import annotations

from typing import Annotated, Literal

from enforcement_rules.models.actions.base import ActBase
from enforcement_rules.models.base import Day, Id, RefTo, Text

__all__ = ["Publication", "PublicationWithdrawal"]


class Publication(ActBase):
    """The decision published (公示/公开)."""

    type: Literal["publication"]
    decision_id: Annotated[Id, RefTo(("decision",))]
    platform: Text | None = None
    """Where: e.g. 国家企业信用信息公示系统, the agency's website."""
    text: Text | None = None
    """The published text."""
    summary: Text | None = None
    """The SAMR summary (行政处罚信息摘要, SAMR-G 4)."""
    pushed_on: Day | None = None
    """Cross-province cases: the date it was pushed to the party's home province (SAMR-G 10)."""
    ended_on: Day | None = None
    """The day publication stopped (停止公示, SAMR-G 13); None while it goes on."""


class PublicationWithdrawal(ActBase):
    """The publication withdrawn (撤回) after a change, with the reason published."""

    type: Literal["publication_withdrawal"]
    publication_id: Annotated[Id, RefTo(("publication",))]
    reason_published: bool | None = None
