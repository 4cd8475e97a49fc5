"""Legal review, case review and collective discussion (法制审核、案件审核、集体讨论)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import ActBase, Conclusion
from enforcement_rules.models.base import Id, RefTo

__all__ = ["CaseReview", "CollectiveDiscussion", "LegalReview"]


class LegalReview(ActBase):
    """法制审核 (CPL 58)."""

    type: Literal["legal_review"]
    reviewer_ids: Annotated[tuple[Id, ...], Field(max_length=16), RefTo(("staff",))] = ()
    conclusion: Conclusion | None = None


class CaseReview(ActBase):
    """案件审核 (SAMR-P 52)."""

    type: Literal["case_review"]
    reviewer_ids: Annotated[tuple[Id, ...], Field(max_length=16), RefTo(("staff",))] = ()
    conclusion: Conclusion | None = None


class CollectiveDiscussion(ActBase):
    """负责人集体讨论 (CPL 57②)."""

    type: Literal["collective_discussion"]
    head_ids: Annotated[tuple[Id, ...], Field(max_length=32), RefTo(("staff",))] = ()
    minutes: bool | None = None
    """Minutes (记录) were kept."""
