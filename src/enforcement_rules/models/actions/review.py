"""Legal review, case review and collective discussion (法制审核、案件审核、集体讨论)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import ActBase, Conclusion
from enforcement_rules.models.base import Day, Id, RefTo

__all__ = ["CaseReview", "CollectiveDiscussion", "LegalReview", "ReviewAct", "ReviewPoint"]


class ReviewPoint(StrEnum):
    """A point a review covers (审核的内容: SAMR-P 53 (一)–(七); MEE-P 50 (一)–(七))."""

    JURISDICTION = "jurisdiction"  # 是否具有管辖权 (SAMR-P 53(一))
    PARTY_INFORMATION = "party_information"  # 当事人的基本情况是否清楚 (SAMR-P 53(二))
    FACTS_EVIDENCE = "facts_evidence"  # 事实是否清楚、证据是否充分（合法） (SAMR-P 53(三); MEE-P 50(四))
    CHARACTERISATION = "characterisation"  # 定性是否准确 (SAMR-P 53(四))
    LEGAL_BASIS = "legal_basis"  # 适用依据是否正确、裁量基准运用是否适当 (SAMR-P 53(五); MEE-P 50(五))
    PROCEDURE = "procedure"  # 程序是否合法 (SAMR-P 53(六); MEE-P 50(三))
    HANDLING = "handling"  # 处理是否适当 (SAMR-P 53(七))
    ACTING_SUBJECT = "acting_subject"  # 执法主体是否合法、是否超越法定权限 (MEE-P 50(一))
    OFFICER_QUALIFICATION = "officer_qualification"  # 执法人员是否具备执法资格 (MEE-P 50(二))
    DOCUMENTS = "documents"  # 执法文书是否完备、规范 (MEE-P 50(六))
    CRIME_TRANSFER = "crime_transfer"  # 是否涉嫌犯罪、需要移送司法机关 (MEE-P 50(七))

    @property
    def zh(self) -> str:
        return _POINT_ZH[self]


_POINT_ZH = {
    ReviewPoint.JURISDICTION: "是否具有管辖权",
    ReviewPoint.PARTY_INFORMATION: "当事人的基本情况是否清楚",
    ReviewPoint.FACTS_EVIDENCE: "案件事实是否清楚、证据是否充分",
    ReviewPoint.CHARACTERISATION: "定性是否准确",
    ReviewPoint.LEGAL_BASIS: "适用依据是否正确",
    ReviewPoint.PROCEDURE: "程序是否合法",
    ReviewPoint.HANDLING: "处理是否适当",
    ReviewPoint.ACTING_SUBJECT: "执法主体是否合法",
    ReviewPoint.OFFICER_QUALIFICATION: "执法人员是否具备执法资格",
    ReviewPoint.DOCUMENTS: "执法文书是否完备、规范",
    ReviewPoint.CRIME_TRANSFER: "是否涉嫌犯罪、需要移送司法机关",
}


class ReviewAct(ActBase):
    """What a legal review and a case review share. ``on`` is the day the review was completed (its
    written opinion); a re-review after problems is simply a later review of the same kind."""

    reviewer_ids: Annotated[tuple[Id, ...], Field(max_length=16), RefTo(("staff",))] = ()
    """The reviewers (审核人员)."""
    conclusion: Conclusion | None = None
    """Agreed, or problems raised (a failed review: 审核未通过)."""
    submitted_on: Day | None = None
    """The day the case was submitted for review (接到审核材料之日)."""
    points: Annotated[tuple[ReviewPoint, ...], Field(max_length=16)] | None = None
    """The points the review covered (None when not recorded)."""


class LegalReview(ReviewAct):
    """法制审核 (CPL 58)."""

    type: Literal["legal_review"]


class CaseReview(ReviewAct):
    """案件审核 (SAMR-P 52)."""

    type: Literal["case_review"]


class CollectiveDiscussion(ActBase):
    """负责人集体讨论 (CPL 57②). ``on`` is the day of the discussion."""

    type: Literal["collective_discussion"]
    head_ids: Annotated[tuple[Id, ...], Field(max_length=32), RefTo(("staff",))] = ()
    """The heads (负责人) who took part."""
    minutes: bool | None = None
    """Minutes (记录) were kept."""
