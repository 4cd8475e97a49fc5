"""Chinese wording shared by the builder and the renderer: penalties, documents, service methods."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from enforcement_rules.models.penalties import PenaltyKind

__all__ = ["DOCUMENT_TITLES", "SERVICE_ZH", "money", "penalties_zh"]

#: The title of each document type a Service act can serve.
DOCUMENT_TITLES = {
    "penalty_notice": "行政处罚事先告知书",
    "decision": "行政处罚决定书",
    "hearing_notice": "听证通知书",
    "evidence_preservation": "先行登记保存证据通知书",
    "coercive_measure": "查封（扣押）决定书及清单",
    "coercive_measure_extension": "延长查封（扣押）期限决定书",
    "coercive_measure_lifting": "解除查封（扣押）决定书",
    "decision_change": "变更（撤销）决定书",
    "demand": "催告书",
    "enforcement_decision": "强制执行决定书",
}

SERVICE_ZH = {
    "on_the_spot": "宣告后当场交付",
    "direct": "直接送达",
    "left_at_residence": "留置送达",
    "post": "邮寄送达",
    "electronic": "电子送达",
    "fax": "传真送达",
    "entrusted": "委托送达",
    "forwarded": "转交送达",
    "public_notice": "公告送达",
}


def money(value: Any) -> str:
    """12600 → 12,600元."""
    amount = Decimal(str(value))
    text = f"{amount:,.2f}".rstrip("0").rstrip(".")
    return f"{text}元"


def penalties_zh(penalties: Iterable[Mapping[str, Any]]) -> str:
    """罚款50,000元，没收违法所得1,200元，没收非法财物（价值3,500元）."""
    parts = []
    for p in penalties:
        kind = PenaltyKind(p["kind"])
        amount = p.get("amount")
        if kind is PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY and amount is not None:
            parts.append(f"没收非法财物（价值{money(amount)}）")
        elif amount is not None:
            parts.append(f"{kind.zh}{money(amount)}")
        elif p.get("duration_days"):
            parts.append(f"{kind.zh}{p['duration_days']}日")
        else:
            parts.append(kind.zh)
    return "，".join(parts) or "（未载明）"
