"""Filing and investigation (立案、核查、检查、询问、抽样取证、先行登记保存)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import ActBase
from enforcement_rules.models.base import Day, Id, RefTo, Text, Timestamp

__all__ = [
    "EvidenceAct",
    "EvidencePreservation",
    "Filing",
    "Inspection",
    "Questioning",
    "RightTold",
    "Sampling",
    "Verification",
]


class RightTold(StrEnum):
    """A right the party was told of when evidence was first taken from it (SAMR-P 21②; MEE-P 25, 28)."""

    STATEMENT = "statement"  # 陈述权
    DEFENCE = "defence"  # 申辩权
    RECUSAL = "recusal"  # 申请回避的权利

    @property
    def zh(self) -> str:
        return {"statement": "陈述权", "defence": "申辩权", "recusal": "申请回避的权利"}[self.value]


class Filing(ActBase):
    """立案: the decision to open a case."""

    type: Literal["filing"]
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    """The agency head who approved the filing."""


class Verification(ActBase):
    """核查: verifying a lead before deciding whether to file (SAMR-P 18; MEE-P 27)."""

    type: Literal["verification"]
    before_filing: bool = True
    """Marked as verification before filing, which may precede the filing (PROC-005)."""


class EvidenceAct(ActBase):
    """What every evidence-taking act has: the certificate shown, the place, the rights told."""

    certificate_shown: bool | None = None
    """执法证件已出示."""
    place: Text | None = None
    rights_told: Annotated[tuple[RightTold, ...], Field(max_length=3)] | None = None
    """Rights the party was told of at this act (None when not recorded)."""
    before_filing: bool = False
    """Taken while verifying a lead before filing (立案前核查, SAMR-P 18; MEE-P 27), marked so: it may
    precede the filing (PROC-005)."""


class Inspection(EvidenceAct):
    """检查、勘验: an on-site inspection."""

    type: Literal["inspection"]
    on_the_spot: bool = False
    """Police: a place inspected on the spot without an inspection warrant (当场检查, PSAPL 103②)."""


class Questioning(EvidenceAct):
    """询问: questioning of the party or a witness."""

    type: Literal["questioning"]
    in_facility: bool | None = None
    """Questioned in a standard case-handling facility (规范设置、严格管理的执法办案场所, PSAPL 97①, 108②)."""
    witness: bool = False
    """The person questioned is a victim or witness, not the party (被侵害人或者其他证人)."""
    remote: bool = False
    """Questioned remotely by video (远程视频询问, PSAPL 100②)."""


class Sampling(EvidenceAct):
    """抽样取证, and the testing of the samples (检测、检验、检疫、鉴定, 监测)."""

    type: Literal["sampling"]
    by_purchase: bool = False
    """Sampled by buying online or by telephone (通过网络、电话购买等方式抽样, SAMR-P 31②)."""
    results_on: Day | None = None
    """The day the testing or monitoring results were obtained."""
    results_told: bool | None = None
    """The results were told to the party (SAMR-P 32; MEE-P 29③)."""


class EvidencePreservation(EvidenceAct):
    """先行登记保存 (CPL 56): preserving evidence by registration, with the head's approval."""

    type: Literal["evidence_preservation"]
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    emergency: bool = False
    """Taken on the spot in an emergency, approval completed afterwards (SAMR-P 33②; MEE-P 32②)."""
    approved_on: Day | None = None
    """The day the head approved it (before it was taken, or afterwards in an emergency)."""
    approved_at: Timestamp | None = None
    """When the head approved it, where known (the emergency route allows 24 hours, SAMR-P 33②)."""
    handled_on: Day | None = None
    """The day a handling decision was made on the preserved evidence (SAMR-P 35; MEE-P 33; CPL 56)."""
    lifted_on: Day | None = None
    """The day the preservation was lifted, or recorded as lapsed (自动解除)."""
