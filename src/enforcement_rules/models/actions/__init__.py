"""Every act type of a case file, one module per group; :data:`Act` is their union on ``type``."""

from typing import Annotated

from pydantic import Field

from enforcement_rules.models.actions.base import DOCUMENT_TYPES, ActBase, Conclusion, Manner
from enforcement_rules.models.actions.coercion import (
    Approval,
    CoerciveMeasure,
    CoerciveMeasureExtension,
    CoerciveMeasureLifting,
    Demand,
    Disposal,
    Enforcement,
    EnforcementDecision,
    MeasureElement,
    MeasureKind,
    MeasureTesting,
    ToldItem,
)
from enforcement_rules.models.actions.decision import (
    ChangeKind,
    Decision,
    DecisionChange,
    DecisionElement,
    DecisionOutcome,
    MonitoringEvidence,
    Remedies,
    ReviewBody,
    Service,
    ServiceMethod,
)
from enforcement_rules.models.actions.execution import (
    Archive,
    Challenge,
    ChallengeKind,
    Closing,
    CollectionGround,
    Deferral,
    Payment,
    PaymentChannel,
    Surcharge,
    SurchargeBase,
)
from enforcement_rules.models.actions.hearing import (
    Attendance,
    Hearing,
    HearingAgent,
    HearingNotice,
    HearingNoticeElement,
    HearingReport,
    HearingRequest,
    NotPublicReason,
    RecusalApplication,
)
from enforcement_rules.models.actions.investigation import (
    EvidencePreservation,
    Filing,
    Inspection,
    Questioning,
    RightTold,
    Sampling,
    Verification,
)
from enforcement_rules.models.actions.notice import (
    NoticeElement,
    PenaltyNotice,
    Statement,
    StatementReview,
    WaivedRight,
    Waiver,
)
from enforcement_rules.models.actions.publication import Publication, PublicationWithdrawal
from enforcement_rules.models.actions.review import (
    CaseReview,
    CollectiveDiscussion,
    LegalReview,
    ReviewAct,
    ReviewPoint,
)

#: Every act class, in the order of a case file.
ACT_CLASSES: tuple[type[ActBase], ...] = (
    Verification,
    Filing,
    Inspection,
    Questioning,
    Sampling,
    EvidencePreservation,
    CoerciveMeasure,
    CoerciveMeasureExtension,
    CoerciveMeasureLifting,
    PenaltyNotice,
    Statement,
    Waiver,
    StatementReview,
    HearingRequest,
    HearingNotice,
    Hearing,
    HearingReport,
    LegalReview,
    CaseReview,
    CollectiveDiscussion,
    Decision,
    Service,
    Publication,
    PublicationWithdrawal,
    DecisionChange,
    Payment,
    Surcharge,
    Demand,
    EnforcementDecision,
    Enforcement,
    Closing,
    Archive,
)

Act = Annotated[
    Verification
    | Filing
    | Inspection
    | Questioning
    | Sampling
    | EvidencePreservation
    | CoerciveMeasure
    | CoerciveMeasureExtension
    | CoerciveMeasureLifting
    | PenaltyNotice
    | Statement
    | Waiver
    | StatementReview
    | HearingRequest
    | HearingNotice
    | Hearing
    | HearingReport
    | LegalReview
    | CaseReview
    | CollectiveDiscussion
    | Decision
    | Service
    | Publication
    | PublicationWithdrawal
    | DecisionChange
    | Payment
    | Surcharge
    | Demand
    | EnforcementDecision
    | Enforcement
    | Closing
    | Archive,
    Field(discriminator="type"),
]
"""Any act; the ``type`` field says which."""


def act_type(cls: type[ActBase]) -> str:
    """The ``type`` value of an act class."""
    annotation = cls.model_fields["type"].annotation
    return str(annotation.__args__[0])  # type: ignore[union-attr]


ACT_TYPES: dict[str, type[ActBase]] = {act_type(c): c for c in ACT_CLASSES}

__all__ = [
    "ACT_CLASSES",
    "ACT_TYPES",
    "DOCUMENT_TYPES",
    "Act",
    "ActBase",
    "Approval",
    "Archive",
    "Attendance",
    "CaseReview",
    "Challenge",
    "ChallengeKind",
    "ChangeKind",
    "Closing",
    "CoerciveMeasure",
    "CoerciveMeasureExtension",
    "CoerciveMeasureLifting",
    "CollectionGround",
    "CollectiveDiscussion",
    "Conclusion",
    "Decision",
    "DecisionChange",
    "DecisionElement",
    "DecisionOutcome",
    "Deferral",
    "Demand",
    "Disposal",
    "Enforcement",
    "EnforcementDecision",
    "EvidencePreservation",
    "Filing",
    "Hearing",
    "HearingAgent",
    "HearingNotice",
    "HearingNoticeElement",
    "HearingReport",
    "HearingRequest",
    "Inspection",
    "LegalReview",
    "Manner",
    "MeasureElement",
    "MeasureKind",
    "MeasureTesting",
    "MonitoringEvidence",
    "NotPublicReason",
    "NoticeElement",
    "Payment",
    "PaymentChannel",
    "PenaltyNotice",
    "Publication",
    "PublicationWithdrawal",
    "Questioning",
    "RecusalApplication",
    "Remedies",
    "ReviewAct",
    "ReviewBody",
    "ReviewPoint",
    "RightTold",
    "Sampling",
    "Service",
    "ServiceMethod",
    "Statement",
    "StatementReview",
    "Surcharge",
    "SurchargeBase",
    "ToldItem",
    "Verification",
    "WaivedRight",
    "Waiver",
    "act_type",
]
