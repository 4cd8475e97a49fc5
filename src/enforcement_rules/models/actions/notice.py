"""Notice before the decision, and the party's statement and defence (告知、陈述、申辩、复核)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import ActBase, Manner
from enforcement_rules.models.base import Id, RefTo
from enforcement_rules.models.penalties import Penalty

__all__ = ["NoticeElement", "PenaltyNotice", "Statement", "StatementReview", "WaivedRight", "Waiver"]


class NoticeElement(StrEnum):
    """What a pre-decision notice (行政处罚事先告知书) states (CPL 44; SAMR-P 57; PSAPL 112)."""

    PROPOSED_PENALTY = "proposed_penalty"  # 拟作出的行政处罚内容
    FACTS = "facts"  # 事实
    REASONS = "reasons"  # 理由
    LEGAL_BASIS = "legal_basis"  # 依据
    STATEMENT_RIGHT = "statement_right"  # 陈述权
    DEFENCE_RIGHT = "defence_right"  # 申辩权
    HEARING_RIGHT = "hearing_right"  # 要求听证的权利
    REFUND_AMOUNT = "refund_amount"  # 拟责令退还的数额 (SAMR-P 57①)
    GUARDIAN_TOLD = "guardian_told"  # 已告知未成年人的父母或者其他监护人 (PSAPL 112③)

    @property
    def zh(self) -> str:
        return _NOTICE_ZH[self]


_NOTICE_ZH = {
    NoticeElement.PROPOSED_PENALTY: "拟作出的行政处罚内容",
    NoticeElement.FACTS: "事实",
    NoticeElement.REASONS: "理由",
    NoticeElement.LEGAL_BASIS: "依据",
    NoticeElement.STATEMENT_RIGHT: "陈述权",
    NoticeElement.DEFENCE_RIGHT: "申辩权",
    NoticeElement.HEARING_RIGHT: "要求听证的权利",
    NoticeElement.REFUND_AMOUNT: "拟责令退还的数额",
    NoticeElement.GUARDIAN_TOLD: "告知未成年人的父母或者其他监护人",
}


class PenaltyNotice(ActBase):
    """告知: the notice of the proposed penalty and of the party's rights. Ordinary procedure: a
    written notice (事先告知书), served by a Service act; summary procedure: told on the spot and recorded.
    """

    type: Literal["penalty_notice"]
    manner: Manner = Manner.WRITTEN
    proposed_penalties: Annotated[tuple[Penalty, ...], Field(max_length=32)] | None = None
    """The penalties proposed (None when not recorded)."""
    states: Annotated[tuple[NoticeElement, ...], Field(max_length=32)] | None = None
    """Every element the notice states (None when not recorded; an empty list states none)."""
    other_heavier_penalty: bool = False
    """The agency treats the proposal as 其他较重的行政处罚 (CPL 63(五))."""
    detention_executable: bool | None = None
    """For a minor facing detention: the detention may be executed (PSAPL 23②), so the minor and the
    guardian are told of the hearing right (PSAPL 117②); None when not recorded."""


class Statement(ActBase):
    """陈述、申辩 made by the party."""

    type: Literal["statement"]
    manner: Manner = Manner.WRITTEN
    notice_id: Annotated[Id, RefTo(("penalty_notice",))] | None = None


class WaivedRight(StrEnum):
    """A right the party gave up (明确放弃)."""

    STATEMENT = "statement"  # 陈述
    DEFENCE = "defence"  # 申辩
    HEARING = "hearing"  # 听证


class Waiver(ActBase):
    """The party expressly waives rights (CPL 62 "明确放弃"); an oral waiver counts when recorded."""

    type: Literal["waiver"]
    rights: Annotated[tuple[WaivedRight, ...], Field(min_length=1, max_length=3)]
    manner: Manner = Manner.WRITTEN
    recorded: bool | None = None
    """For an oral waiver: recorded in a transcript signed by the party."""
    notice_id: Annotated[Id, RefTo(("penalty_notice",))] | None = None


class StatementReview(ActBase):
    """复核: the agency's review of the facts, reasons and evidence the party put forward (CPL 45①)."""

    type: Literal["statement_review"]
    statement_ids: Annotated[tuple[Id, ...], Field(max_length=64), RefTo(("statement",))] = ()
    adopted: bool | None = None
    """Whether the party's points were adopted (in whole or in part)."""
