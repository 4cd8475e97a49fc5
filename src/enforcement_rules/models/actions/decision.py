"""The decision, its service and later changes (决定、送达、变更撤销)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import DOCUMENT_TYPES, ActBase
from enforcement_rules.models.actions.execution import Challenge, Deferral
from enforcement_rules.models.base import Day, Id, Model, RefTo, Text, Timestamp
from enforcement_rules.models.penalties import Penalty

__all__ = [
    "ChangeKind",
    "Decision",
    "DecisionChange",
    "DecisionElement",
    "DecisionOutcome",
    "MonitoringEvidence",
    "Remedies",
    "ReviewBody",
    "Service",
    "ServiceMethod",
]


class DecisionOutcome(StrEnum):
    """What the head decided after the investigation (CPL 57①)."""

    PENALTY = "penalty"  # 给予行政处罚
    NO_PENALTY = "no_penalty"  # 不予行政处罚
    TRANSFER = "transfer"  # 移送司法机关


class DecisionElement(StrEnum):
    """An element a decision document (行政处罚决定书) states (CPL 59, 52②; SAMR-P 62, 68; MEE-P 56, 68;
    PSAPL 115, 120②)."""

    PARTY_NAME = "party_name"  # 当事人的姓名或者名称
    PARTY_ADDRESS = "party_address"  # 地址
    PARTY_ID_NUMBER = "party_id_number"  # 居民身份证号码或者统一社会信用代码 (MEE-P 56(一))
    PARTY_SEX = "party_sex"  # 性别 (PSAPL 115(一))
    PARTY_AGE = "party_age"  # 年龄 (PSAPL 115(一))
    PARTY_ID_DOCUMENT = "party_id_document"  # 身份证件的名称和号码 (PSAPL 115(一))
    FACTS = "facts"  # 违反法律、法规、规章的事实
    EVIDENCE = "evidence"  # 证据
    STATEMENT_ADOPTION = "statement_adoption"  # 陈述、申辩的采纳情况及理由 (SAMR-P 62(三); MEE-P 56(三))
    HEARING_DETAILS = "hearing_details"  # 听证的情况 (MEE-P 56(三))
    PENALTY_KIND = "penalty_kind"  # 行政处罚的种类
    PENALTY_BASIS = "penalty_basis"  # 依据
    DISCRETION_REASONS = "discretion_reasons"  # 裁量基准运用的理由和依据 (MEE-P 56(四))
    PERFORMANCE = "performance"  # 履行方式和期限
    REMEDIES = "remedies"  # 申请行政复议、提起行政诉讼的途径和期限
    AGENCY_NAME = "agency_name"  # 行政机关名称
    DECISION_DATE = "decision_date"  # 作出决定的日期
    SEAL = "seal"  # 行政机关的印章
    # Summary decisions (当场处罚决定书, CPL 52②)
    VIOLATION = "violation"  # 当事人的违法行为
    FINE_AMOUNT = "fine_amount"  # 罚款数额
    TIME = "time"  # 时间
    PLACE = "place"  # 地点
    OFFICER_SIGNATURE = "officer_signature"  # 执法人员签名或者盖章
    PREPRINTED_NUMBERED_FORM = "preprinted_numbered_form"  # 预定格式、编有号码的决定书 (CPL 52①)
    DEPARTMENT_SEAL = "department_seal"  # 加盖部门印章的决定书 (SAMR-P 68; MEE-P 68(五))

    @property
    def zh(self) -> str:
        return _DECISION_ZH[self]


_DECISION_ZH = {
    DecisionElement.PARTY_NAME: "当事人的姓名或者名称",
    DecisionElement.PARTY_ADDRESS: "当事人的地址",
    DecisionElement.FACTS: "违法事实",
    DecisionElement.EVIDENCE: "证据",
    DecisionElement.PENALTY_KIND: "行政处罚的种类",
    DecisionElement.PENALTY_BASIS: "行政处罚的依据",
    DecisionElement.PERFORMANCE: "履行方式和期限",
    DecisionElement.REMEDIES: "申请行政复议、提起行政诉讼的途径和期限",
    DecisionElement.AGENCY_NAME: "作出决定的行政机关名称",
    DecisionElement.DECISION_DATE: "作出决定的日期",
    DecisionElement.SEAL: "行政机关的印章",
    DecisionElement.STATEMENT_ADOPTION: "陈述、申辩的采纳情况及理由",
    DecisionElement.PARTY_ID_NUMBER: "居民身份证号码或者统一社会信用代码",
    DecisionElement.HEARING_DETAILS: "听证的情况",
    DecisionElement.DISCRETION_REASONS: "裁量基准运用的理由和依据",
    DecisionElement.PARTY_SEX: "性别",
    DecisionElement.PARTY_AGE: "年龄",
    DecisionElement.PARTY_ID_DOCUMENT: "身份证件的名称和号码",
    DecisionElement.VIOLATION: "违法行为",
    DecisionElement.FINE_AMOUNT: "罚款数额",
    DecisionElement.TIME: "时间",
    DecisionElement.PLACE: "地点",
    DecisionElement.OFFICER_SIGNATURE: "执法人员签名或者盖章",
    DecisionElement.PREPRINTED_NUMBERED_FORM: "预定格式、编有号码的决定书",
    DecisionElement.DEPARTMENT_SEAL: "部门印章",
}


class ReviewBody(StrEnum):
    """Which body a decision names for review."""

    SAME_LEVEL_GOVERNMENT = "same_level_government"  # 本级人民政府
    SUPERIOR_DEPARTMENT = "superior_department"  # 上一级主管部门
    SUPERIOR_GOVERNMENT = "superior_government"  # 上一级人民政府
    SELF = "self"  # 作出决定的机关本身
    OTHER = "other"


class Remedies(Model):
    """The remedies a decision states (救济途径和期限; CPL 59(五), ARL 20, 23, 24, ALitL 46)."""

    review_days: Annotated[int, Field(ge=0, le=3650)] | None = None
    """The review period stated, in days (ARL 20①: 60)."""
    review_body: Text | None = None
    """The review body named (行政复议机关)."""
    review_body_level: ReviewBody | None = None
    """What kind of body that is."""
    litigation_months: Annotated[int, Field(ge=0, le=120)] | None = None
    """The period for a direct suit stated, in months (ALitL 46: 6)."""
    litigation_offered: bool | None = None
    """The decision offers a direct suit as an alternative to review."""
    review_first_stated: bool | None = None
    """The decision tells the party to apply for review first (ARL 23②)."""


class MonitoringEvidence(Model):
    """Evidence from an electronic monitoring device (电子技术监控设备) a decision relies on (CPL 41)."""

    device: Text | None = None
    """The device, by its name or number."""
    reviewed: bool | None = None
    """The device passed the legal and technical review (法制和技术审核, CPL 41①)."""
    location_published: bool | None = None
    """Its location was made public (设置地点向社会公布, CPL 41①)."""
    record_reviewed: bool | None = None
    """The agency reviewed the record and found it fit before using it (审核记录内容, CPL 41②)."""
    party_told_on: Day | None = None
    """The day the party was told of the violation it recorded (及时告知当事人违法事实, CPL 41③)."""


class Decision(ActBase):
    """行政处罚决定 (and its document, 决定书)."""

    type: Literal["decision"]
    outcome: DecisionOutcome = DecisionOutcome.PENALTY
    number: Annotated[str, Field(max_length=100)] | None = None
    """文号."""
    penalties: Annotated[tuple[Penalty, ...], Field(max_length=32)] = ()
    elements: Annotated[tuple[DecisionElement, ...], Field(max_length=64)] | None = None
    """Every element the document states (None when not recorded)."""
    remedies: Remedies | None = None
    notice_id: Annotated[Id, RefTo(("penalty_notice",))] | None = None
    """The notice this decision follows, when the system links them; otherwise the latest served."""
    announced: bool | None = None
    """宣告: announced to the party present (CPL 61①)."""
    in_own_name: bool | None = None
    """Made in the acting body's own name; an entrusted body acts in the entrusting agency's name (CPL 20④)."""
    certificate_shown: bool | None = None
    """Summary procedure: 执法证件已出示 (CPL 52①; PSAPL 120①)."""
    no_objection: bool | None = None
    """Summary procedure: the party raised no objection to the proposed penalty's content, facts, reasons
    and basis (PSAPL 120③: then one police officer may decide, with full synchronous audio-video)."""
    filed_on: Day | None = None
    """Summary procedure: the day the decision was filed with the agency (备案, CPL 52③; SAMR-P 70)."""
    filed_at: Timestamp | None = None
    """When it was filed, where known (police: within 24 hours, PSAPL 120④)."""
    lighter_or_reduced: bool | None = None
    """从轻或者减轻处罚 was applied and stated (e.g. a minor, CPL 30)."""
    surcharge_standard_told: bool | None = None
    """The party was told the surcharge standard for late payment (ACL 45①)."""
    deferral: Deferral | None = None
    """An approved deferral or instalment plan for the fine (CPL 66②)."""
    challenges: Annotated[tuple[Challenge, ...], Field(max_length=16)] = ()
    """Applications for review and suits against this decision (CPL 73③)."""
    publication_exempt: bool = False
    """Not to be published: state secrets, information a law forbids to publish, or a risk to security or
    social stability (不予公开, MEE-P 63)."""
    monitoring_evidence: Annotated[tuple[MonitoringEvidence, ...], Field(max_length=64)] = ()
    """Evidence from electronic monitoring devices the decision relies on (CPL 41)."""


class ServiceMethod(StrEnum):
    """How a document was served (送达方式; CPL 61; CivPL 87–95)."""

    ON_THE_SPOT = "on_the_spot"  # 宣告后当场交付
    DIRECT = "direct"  # 直接送达
    LEFT_AT_RESIDENCE = "left_at_residence"  # 留置送达
    POST = "post"  # 邮寄送达
    ELECTRONIC = "electronic"  # 电子送达（电子邮件等）
    FAX = "fax"  # 传真
    ENTRUSTED = "entrusted"  # 委托送达
    FORWARDED = "forwarded"  # 转交送达
    PUBLIC_NOTICE = "public_notice"  # 公告送达


class Service(ActBase):
    """送达: serving a document. ``on`` is the date the document counts as served."""

    type: Literal["service"]
    document_id: Annotated[Id, RefTo(DOCUMENT_TYPES)]
    method: ServiceMethod | None = None
    refused: bool = False
    """The recipient refused to accept it (拒绝签收)."""
    refusal_noted: bool | None = None
    """A refusal is noted on the document (CPL 52① "应当在行政处罚决定书上注明")."""
    witness_present: bool | None = None
    av_recorded: bool | None = None
    """The service was recorded by photo or video."""
    consent_signed: bool | None = None
    """For fax or electronic service: the party agreed and signed a confirmation (CPL 61②)."""
    posted_on: Day | None = None
    """For mail: the posting date (CivPL 85④)."""
    publication_notice: bool | None = None
    """The party was told in writing that the decision will be published (SAMR-G 8)."""


class ChangeKind(StrEnum):
    """A later change to a decision (CPL 48②)."""

    CHANGED = "changed"  # 变更
    REVOKED = "revoked"  # 撤销
    CONFIRMED_ILLEGAL = "confirmed_illegal"  # 确认违法
    CONFIRMED_VOID = "confirmed_void"  # 确认无效


class DecisionChange(ActBase):
    """A decision changed, revoked, or confirmed illegal or void by review, a court or the agency."""

    type: Literal["decision_change"]
    decision_id: Annotated[Id, RefTo(("decision",))]
    change: ChangeKind
    instrument_on: Day | None = None
    """The date the agency made or received the effective instrument."""
