"""Coercive measures and enforcement (行政强制措施、行政强制执行)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import ActBase
from enforcement_rules.models.base import Day, Id, Model, Money, RefTo, Timestamp

__all__ = [
    "Approval",
    "CoerciveMeasure",
    "CoerciveMeasureExtension",
    "CoerciveMeasureLifting",
    "Demand",
    "Disposal",
    "Enforcement",
    "EnforcementDecision",
    "MeasureElement",
    "MeasureKind",
    "MeasureTesting",
    "ToldItem",
]


class MeasureKind(StrEnum):
    """A kind of coercive measure (ACL 9)."""

    RESTRICT_LIBERTY = "restrict_liberty"  # 限制公民人身自由
    SEAL = "seal"  # 查封场所、设施或者财物
    SEIZE = "seize"  # 扣押财物
    FREEZE = "freeze"  # 冻结存款、汇款
    OTHER = "other"  # 其他行政强制措施


class Approval(StrEnum):
    """What the agency head did with a measure or an extension (ACL 18(一), 19, 25①)."""

    APPROVED = "approved"  # 经行政机关负责人批准（事前，或紧急情况下补办）
    REFUSED = "refused"  # 负责人认为不应当采取（ACL 19: 应当立即解除）
    NOT_SOUGHT = "not_sought"  # 未报经负责人批准


class ToldItem(StrEnum):
    """What the party was told on the spot (ACL 18(五))."""

    REASONS = "reasons"  # 采取行政强制措施的理由
    BASIS = "basis"  # 依据
    RIGHTS = "rights"  # 当事人依法享有的权利
    REMEDIES = "remedies"  # 救济途径

    @property
    def zh(self) -> str:
        return {"reasons": "理由", "basis": "依据", "rights": "依法享有的权利", "remedies": "救济途径"}[self.value]


class MeasureElement(StrEnum):
    """An element a sealing, seizure or freezing decision states (ACL 24②, 31)."""

    PARTY_NAME = "party_name"  # 当事人的姓名或者名称
    PARTY_ADDRESS = "party_address"  # 地址
    REASONS = "reasons"  # 理由
    BASIS = "basis"  # 依据
    DURATION = "duration"  # 期限
    ITEMS = "items"  # 查封、扣押场所、设施或者财物的名称、数量等 (ACL 24②(三))
    ACCOUNT_AMOUNT = "account_amount"  # 冻结的账号和数额 (ACL 31(三))
    REMEDIES = "remedies"  # 申请行政复议或者提起行政诉讼的途径和期限
    AGENCY_NAME = "agency_name"  # 行政机关的名称
    SEAL = "seal"  # 印章
    DATE = "date"  # 日期

    @property
    def zh(self) -> str:
        return _ELEMENT_ZH[self.value]


_ELEMENT_ZH = {
    "party_name": "当事人的姓名或者名称", "party_address": "当事人的地址", "reasons": "理由", "basis": "依据",
    "duration": "期限", "items": "场所、设施或者财物的名称、数量等", "account_amount": "冻结的账号和数额",
    "remedies": "申请行政复议或者提起行政诉讼的途径和期限", "agency_name": "行政机关的名称", "seal": "印章",
    "date": "日期",
}


class Disposal(StrEnum):
    """How a sealing, seizure or freezing ended (处理决定, ACL 27, 28, 32)."""

    LIFTED = "lifted"  # 解除查封、扣押、冻结
    CONFISCATED = "confiscated"  # 依法没收
    DESTROYED = "destroyed"  # 依法销毁


class MeasureTesting(Model):
    """Testing, inspection, quarantine or technical appraisal of sealed or seized things (ACL 25③)."""

    start_on: Day | None = None
    """The day testing began."""
    days: Annotated[int, Field(ge=0, le=3650)] | None = None
    """The testing period stated (期间应当明确), in days; None when no period was stated."""
    notified_in_writing: bool | None = None
    """The party was told the testing period in writing."""


class CoerciveMeasure(ActBase):
    """A coercive measure (行政强制措施) and its decision document. ``on``/``at`` are when it was taken."""

    type: Literal["coercive_measure"]
    measure: MeasureKind
    """Which measure (ACL 9): restrict_liberty, seal, seize, freeze, other."""
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    """The agency head who approved it."""
    approval: Approval | None = None
    """What the head did: approved, refused (ACL 19), or approval was not sought. ``approved_by`` alone
    means approved."""
    approved_on: Day | None = None
    """The day of the head's approval (or refusal)."""
    approved_at: Timestamp | None = None
    """Its time, when known."""
    emergency: bool = False
    """Taken on the spot in an emergency, approval completed afterwards (ACL 19, 20(二); PSAPL 105③)."""
    reported_on: Day | None = None
    """In an emergency: the day the officers reported to the agency head (ACL 19, 20(二))."""
    reported_at: Timestamp | None = None
    """Its time, when known."""
    returned_at: Timestamp | None = None
    """Restriction of liberty in an emergency: when the officers were back at the agency (ACL 20(二))."""
    in_facility: bool | None = None
    """Taken in a standard case-handling facility (规范设置、严格管理的执法办案场所, PSAPL 108②)."""
    certificate_shown: bool | None = None
    """出示执法身份证件 (ACL 18(三))."""
    duration_days: Annotated[int, Field(ge=0, le=3650)] | None = None
    """The duration the decision states, in days."""
    party_notified: bool | None = None
    """The party was notified to attend (ACL 18(四))."""
    party_present: bool | None = None
    """The party was present."""
    witness_present: bool | None = None
    """A witness was invited and attended (ACL 18(九))."""
    told: Annotated[tuple[ToldItem, ...], Field(max_length=4)] | None = None
    """What the party was told on the spot (ACL 18(五)); None when not recorded."""
    statement_heard: bool | None = None
    """The party's statement and defence were heard (ACL 18(六))."""
    list_delivered: bool | None = None
    """The list (清单) was made and handed over on the spot (ACL 24①; PSAPL 105②)."""
    states: Annotated[tuple[MeasureElement, ...], Field(max_length=16)] | None = None
    """What the decision document states (ACL 24②, 31); None when not recorded."""
    testing: Annotated[tuple[MeasureTesting, ...], Field(max_length=64)] = ()
    """Testing periods of the things sealed or seized (ACL 25③)."""


class CoerciveMeasureExtension(ActBase):
    """延长查封、扣押、冻结 (ACL 25, 32). ``on`` is the day of the extension decision; its written notice to
    the party is a Service of this act."""

    type: Literal["coercive_measure_extension"]
    measure_id: Annotated[Id, RefTo(("coercive_measure",))]
    days: Annotated[int, Field(ge=0, le=3650)] | None = None
    """The extension, in days."""
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    """The agency head who approved it."""
    approval: Approval | None = None
    """Approved, or approval not sought; ``approved_by`` alone means approved."""
    complex_case: bool | None = None
    """The extension rests on the case being complex (情况复杂, ACL 25①, 32①)."""
    reasons_stated: bool | None = None
    """The written notice states the reasons (ACL 25②, 32②)."""


class CoerciveMeasureLifting(ActBase):
    """解除查封、扣押、冻结, or another handling decision that ends the measure (ACL 27, 28, 33)."""

    type: Literal["coercive_measure_lifting"]
    measure_id: Annotated[Id, RefTo(("coercive_measure",))]
    disposal: Disposal = Disposal.LIFTED
    """How the measure ended: lifted, or the things confiscated or destroyed (ACL 27)."""


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
    demolition: bool = False
    """强制拆除 (ACL 44): on the GB118 list of acts recorded on audio-video throughout."""
