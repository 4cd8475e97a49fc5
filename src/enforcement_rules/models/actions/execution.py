"""Performance, surcharges and closing (履行、加处罚款、结案、归档)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import ActBase
from enforcement_rules.models.base import Day, Id, Model, Money, RefTo

__all__ = [
    "Archive",
    "Challenge",
    "ChallengeKind",
    "Closing",
    "CollectionGround",
    "Deferral",
    "Payment",
    "PaymentChannel",
    "Surcharge",
    "SurchargeBase",
]


class PaymentChannel(StrEnum):
    """How a fine was paid (CPL 67–69)."""

    BANK = "bank"  # 指定的银行
    E_PAYMENT = "e_payment"  # 电子支付系统
    ON_THE_SPOT = "on_the_spot"  # 当场收缴


class CollectionGround(StrEnum):
    """Why officers collected a fine on the spot (CPL 68–69; SAMR-P 72①; PSAPL 123)."""

    SMALL_FINE = "small_fine"  # 小额罚款 (CPL 68(一): 一百元以下; PSAPL 123(一): 二百元以下且无异议)
    HARD_TO_ENFORCE = "hard_to_enforce"  # 不当场收缴事后难以执行 (CPL 68(二); PSAPL 123(三))
    REMOTE_AREA = "remote_area"  # 边远、水上、交通不便地区，当事人提出 (CPL 69; PSAPL 123(二))


class Payment(ActBase):
    """A payment of a fine or other money owed under a decision."""

    type: Literal["payment"]
    decision_id: Annotated[Id, RefTo(("decision",))] | None = None
    amount: Money | None = None
    channel: PaymentChannel | None = None
    receipt: bool | None = None
    """For on-the-spot collection: the official receipt was issued (CPL 70)."""
    ground: CollectionGround | None = None
    """For on-the-spot collection: the ground relied on (CPL 68–69)."""
    party_requested: bool | None = None
    """For collection in a remote area: the party asked for it (CPL 69 "经当事人提出")."""
    handed_in_on: Day | None = None
    """For on-the-spot collection: the day the officers handed the money in to the agency (CPL 71)."""
    ashore_on: Day | None = None
    """For collection on water or on a train: the day the officers landed or returned (CPL 71; PSAPL 124)."""


class SurchargeBase(StrEnum):
    """What a surcharge was computed on."""

    FINE = "fine"  # 罚款
    CONFISCATION = "confiscation"  # 没收违法所得、没收非法财物
    OTHER = "other"


class Surcharge(ActBase):
    """加处罚款 (CPL 72(一); ACL 45). ``on`` is the day it was imposed or last computed."""

    type: Literal["surcharge"]
    decision_id: Annotated[Id, RefTo(("decision",))] | None = None
    amount: Money | None = None
    base: SurchargeBase | None = None
    """What it was computed on: only a fine may bear one."""
    daily_percent: Annotated[Decimal, Field(ge=0, le=100, max_digits=6, decimal_places=3)] | None = None
    """The daily rate applied, in percent of the fine (CPL 72(一): 3)."""
    accrual_start_on: Day | None = None
    """The first day it was counted for."""
    accrual_end_on: Day | None = None
    """The last day it was counted for (default: ``on``)."""


class ChallengeKind(StrEnum):
    """A challenge to a decision (CPL 73)."""

    REVIEW = "review"  # 申请行政复议
    LITIGATION = "litigation"  # 提起行政诉讼


class Challenge(Model):
    """An application for review or a suit against a decision: no surcharge accrues while it runs (CPL 73③)."""

    kind: ChallengeKind
    """Review or litigation."""
    applied_on: Day | None = None
    """The day the application was made or the suit filed."""
    concluded_on: Day | None = None
    """The day it ended (the review decision or the judgment took effect); None while it runs."""


class Deferral(Model):
    """An approved deferral or instalment plan for a fine (暂缓或者分期缴纳, CPL 66②; SAMR-P 74)."""

    applied_on: Day | None = None
    """The day the party applied."""
    approved_on: Day | None = None
    """The day the agency approved it."""
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    """Who approved it."""
    until: Day | None = None
    """The last day of the deferred period, or of the last instalment."""
    instalments: bool = False
    """Payment in instalments rather than one deferred payment."""


class Closing(ActBase):
    """结案."""

    type: Literal["closing"]
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    """The agency head who approved the closing (SAMR-P 77; MEE-P 77)."""
    ground_on: Day | None = None
    """The day a ground for closing arose (SAMR-P 77: the decision executed in full, execution ended by a
    court, the investigation terminated, no penalty or a transfer); None: taken from the case."""


class Archive(ActBase):
    """立卷归档."""

    type: Literal["archive"]
