"""Performance, surcharges and closing (履行、加处罚款、结案、归档)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from enforcement_rules.models.actions.base import ActBase
from enforcement_rules.models.base import Day, Id, Money, RefTo

__all__ = ["Archive", "Closing", "Payment", "PaymentChannel", "Surcharge"]


class PaymentChannel(StrEnum):
    """How a fine was paid (CPL 67–69)."""

    BANK = "bank"  # 指定的银行
    E_PAYMENT = "e_payment"  # 电子支付系统
    ON_THE_SPOT = "on_the_spot"  # 当场收缴


class Payment(ActBase):
    """A payment of a fine or other money owed under a decision."""

    type: Literal["payment"]
    decision_id: Annotated[Id, RefTo(("decision",))] | None = None
    amount: Money | None = None
    channel: PaymentChannel | None = None
    receipt: bool | None = None
    """For on-the-spot collection: the official receipt was issued (CPL 70)."""


class Surcharge(ActBase):
    """加处罚款 (CPL 72(一); ACL 45)."""

    type: Literal["surcharge"]
    decision_id: Annotated[Id, RefTo(("decision",))] | None = None
    amount: Money | None = None


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
