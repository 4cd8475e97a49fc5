"""Coercive measures and enforcement (行政强制措施、行政强制执行)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import ActBase
from enforcement_rules.models.base import Id, Money, RefTo

__all__ = [
    "CoerciveMeasure",
    "CoerciveMeasureExtension",
    "CoerciveMeasureLifting",
    "Demand",
    "Enforcement",
    "EnforcementDecision",
    "MeasureKind",
]


class MeasureKind(StrEnum):
    """A kind of coercive measure (ACL 9)."""

    RESTRICT_LIBERTY = "restrict_liberty"  # 限制公民人身自由
    SEAL = "seal"  # 查封场所、设施或者财物
    SEIZE = "seize"  # 扣押财物
    FREEZE = "freeze"  # 冻结存款、汇款
    OTHER = "other"  # 其他行政强制措施


class CoerciveMeasure(ActBase):
    """A coercive measure (行政强制措施) and its decision document."""

    type: Literal["coercive_measure"]
    measure: MeasureKind
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    emergency: bool = False
    """Taken on the spot in an emergency (ACL 19, 20(二))."""
    duration_days: Annotated[int, Field(ge=0, le=3650)] | None = None
    certificate_shown: bool | None = None
    """出示执法身份证件 (ACL 18(三))."""
    in_facility: bool | None = None
    """A seizure in a standard case-handling facility (规范设置、严格管理的执法办案场所, PSAPL 108②)."""


class CoerciveMeasureExtension(ActBase):
    """延长查封、扣押 (ACL 25)."""

    type: Literal["coercive_measure_extension"]
    measure_id: Annotated[Id, RefTo(("coercive_measure",))]
    days: Annotated[int, Field(ge=0, le=3650)] | None = None
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None


class CoerciveMeasureLifting(ActBase):
    """解除查封、扣押、冻结 (ACL 28, 33)."""

    type: Literal["coercive_measure_lifting"]
    measure_id: Annotated[Id, RefTo(("coercive_measure",))]


class Demand(ActBase):
    """催告书 (ACL 35, 54): a written demand to perform before enforcement."""

    type: Literal["demand"]
    decision_id: Annotated[Id, RefTo(("decision",))] | None = None
    amount: Money | None = None


class EnforcementDecision(ActBase):
    """强制执行决定 (ACL 37)."""

    type: Literal["enforcement_decision"]
    decision_id: Annotated[Id, RefTo(("decision",))] | None = None
    demand_id: Annotated[Id, RefTo(("demand",))] | None = None
    immediate: bool = False
    """立即强制执行 (ACL 37③)."""


class Enforcement(ActBase):
    """实施强制执行 (ACL 43)."""

    type: Literal["enforcement"]
    enforcement_decision_id: Annotated[Id, RefTo(("enforcement_decision",))] | None = None
    emergency: bool = False
    """情况紧急 (ACL 43① exception)."""
