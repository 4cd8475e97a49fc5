"""Penalties (行政处罚的种类, CPL Art. 9 and the sector rules)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from enforcement_rules.models.base import Model, Money, Text

__all__ = ["SEVERITY_RANK", "Penalty", "PenaltyKind", "is_heavier"]


class PenaltyKind(StrEnum):
    """A kind of administrative penalty (CPL 9; MEE-P 46; PSAPL)."""

    WARNING = "warning"  # 警告
    PUBLIC_CRITICISM = "public_criticism"  # 通报批评
    FINE = "fine"  # 罚款
    CONFISCATE_ILLEGAL_GAINS = "confiscate_illegal_gains"  # 没收违法所得
    CONFISCATE_ILLEGAL_PROPERTY = "confiscate_illegal_property"  # 没收非法财物
    SUSPEND_PERMIT = "suspend_permit"  # 暂扣许可证件
    LOWER_QUALIFICATION = "lower_qualification"  # 降低资质等级
    REVOKE_PERMIT = "revoke_permit"  # 吊销许可证件
    REVOKE_BUSINESS_LICENCE = "revoke_business_licence"  # 吊销营业执照
    BAN_PERMIT_APPLICATION = "ban_permit_application"  # 一定时期内不得申请行政许可
    RESTRICT_BUSINESS = "restrict_business"  # 限制开展生产经营活动
    ORDER_RECTIFICATION = "order_rectification"  # 责令停产整治
    ORDER_SUSPENSION = "order_suspension"  # 责令停产停业
    ORDER_SUSPENSION_RECTIFICATION = "order_suspension_rectification"  # 责令停业整顿 (PSAPL)
    ORDER_CLOSURE = "order_closure"  # 责令关闭
    RESTRICT_EMPLOYMENT = "restrict_employment"  # 限制从业
    BAN_EMPLOYMENT = "ban_employment"  # 禁止从业
    DETENTION = "detention"  # 行政拘留
    OTHER = "other"  # 法律、行政法规规定的其他行政处罚

    @property
    def zh(self) -> str:
        return _ZH[self]

    @property
    def has_amount(self) -> bool:
        """Fines and confiscations are measured in yuan."""
        return self in _AMOUNT_KINDS


_ZH = {
    PenaltyKind.WARNING: "警告",
    PenaltyKind.PUBLIC_CRITICISM: "通报批评",
    PenaltyKind.FINE: "罚款",
    PenaltyKind.CONFISCATE_ILLEGAL_GAINS: "没收违法所得",
    PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY: "没收非法财物",
    PenaltyKind.SUSPEND_PERMIT: "暂扣许可证件",
    PenaltyKind.LOWER_QUALIFICATION: "降低资质等级",
    PenaltyKind.REVOKE_PERMIT: "吊销许可证件",
    PenaltyKind.REVOKE_BUSINESS_LICENCE: "吊销营业执照",
    PenaltyKind.BAN_PERMIT_APPLICATION: "一定时期内不得申请行政许可",
    PenaltyKind.RESTRICT_BUSINESS: "限制开展生产经营活动",
    PenaltyKind.ORDER_RECTIFICATION: "责令停产整治",
    PenaltyKind.ORDER_SUSPENSION: "责令停产停业",
    PenaltyKind.ORDER_SUSPENSION_RECTIFICATION: "责令停业整顿",
    PenaltyKind.ORDER_CLOSURE: "责令关闭",
    PenaltyKind.RESTRICT_EMPLOYMENT: "限制从业",
    PenaltyKind.BAN_EMPLOYMENT: "禁止从业",
    PenaltyKind.DETENTION: "行政拘留",
    PenaltyKind.OTHER: "其他行政处罚",
}
_AMOUNT_KINDS = frozenset(
    {PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS, PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY}
)

#: How severe each kind is, in the order of CPL Art. 9's items (一)…(五): a *derived* ordering used only
#: to tell whether a decision substituted a lighter kind for a notified one (NOTICE-005). Kinds in the
#: same CPL item share a rank; OTHER is unranked (treated as the most severe, so never presumed lighter).
SEVERITY_RANK: dict[PenaltyKind, int] = {
    PenaltyKind.WARNING: 1,
    PenaltyKind.PUBLIC_CRITICISM: 1,
    PenaltyKind.FINE: 2,
    PenaltyKind.CONFISCATE_ILLEGAL_GAINS: 2,
    PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY: 2,
    PenaltyKind.SUSPEND_PERMIT: 3,
    PenaltyKind.LOWER_QUALIFICATION: 3,
    PenaltyKind.REVOKE_PERMIT: 3,
    PenaltyKind.REVOKE_BUSINESS_LICENCE: 3,
    PenaltyKind.BAN_PERMIT_APPLICATION: 3,
    PenaltyKind.RESTRICT_BUSINESS: 4,
    PenaltyKind.ORDER_RECTIFICATION: 4,
    PenaltyKind.ORDER_SUSPENSION: 4,
    PenaltyKind.ORDER_SUSPENSION_RECTIFICATION: 4,
    PenaltyKind.ORDER_CLOSURE: 4,
    PenaltyKind.RESTRICT_EMPLOYMENT: 4,
    PenaltyKind.BAN_EMPLOYMENT: 4,
    PenaltyKind.DETENTION: 5,
    PenaltyKind.OTHER: 6,
}


class Penalty(Model):
    """One penalty, proposed in a notice or imposed by a decision."""

    kind: PenaltyKind
    """The kind of penalty."""
    amount: Money | None = None
    """Yuan: the fine, or the value confiscated (违法所得 / 非法财物的价值)."""
    duration_days: Annotated[int, Field(ge=0, le=36_500)] | None = None
    """Length of a detention, suspension, restriction or ban, in days."""
    basis: Text | None = None
    """The provision applied (处罚依据), as written in the document."""


def is_heavier(
    decided: Sequence[Penalty], notified: Sequence[Penalty]
) -> list[tuple[str, PenaltyKind]]:
    """Ways in which ``decided`` is heavier than ``notified`` (NOTICE-005; CPL 45②).

    Returns ``(reason, kind)`` pairs: ``"higher_amount"`` / ``"longer_duration"`` for the same kind
    (``"amount_unknown"`` when a fine or confiscation lacks its amount on either side),
    ``"added_kind"`` for a kind not notified — unless it stands in for a notified kind the decision dropped
    and is less severe than it (a lighter substitute is not heavier; SEVERITY_RANK is a derived ordering).
    """
    notified_by_kind: dict[PenaltyKind, list[Penalty]] = {}
    for p in notified:
        notified_by_kind.setdefault(p.kind, []).append(p)
    decided_kinds = {p.kind for p in decided}
    dropped = [k for k in notified_by_kind if k not in decided_kinds]
    heavier: list[tuple[str, PenaltyKind]] = []
    for p in decided:
        same = notified_by_kind.get(p.kind)
        if same is None:
            lighter_substitute = any(SEVERITY_RANK[p.kind] < SEVERITY_RANK[k] for k in dropped)
            if not lighter_substitute:
                heavier.append(("added_kind", p.kind))
            continue
        top_amount = max((q.amount for q in same if q.amount is not None), default=None)
        if p.kind.has_amount and (p.amount is None or top_amount is None):
            heavier.append(("amount_unknown", p.kind))
        elif p.amount is not None and top_amount is not None and p.amount > top_amount:
            heavier.append(("higher_amount", p.kind))
        top_days = max((q.duration_days for q in same if q.duration_days is not None), default=None)
        if p.duration_days is not None and top_days is not None and p.duration_days > top_days:
            heavier.append(("longer_duration", p.kind))
    return heavier
