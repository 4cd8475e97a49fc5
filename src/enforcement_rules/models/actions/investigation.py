"""Filing and investigation (立案、核查、检查、询问、抽样取证、先行登记保存)."""

from __future__ import annotations

from typing import Annotated, Literal

from enforcement_rules.models.actions.base import ActBase
from enforcement_rules.models.base import Id, RefTo, Text

__all__ = ["EvidencePreservation", "Filing", "Inspection", "Questioning", "Sampling", "Verification"]


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


class _EvidenceAct(ActBase):
    certificate_shown: bool | None = None
    """执法证件已出示."""
    place: Text | None = None


class Inspection(_EvidenceAct):
    """检查、勘验: an on-site inspection."""

    type: Literal["inspection"]


class Questioning(_EvidenceAct):
    """询问: questioning of the party or a witness."""

    type: Literal["questioning"]


class Sampling(_EvidenceAct):
    """抽样取证."""

    type: Literal["sampling"]


class EvidencePreservation(_EvidenceAct):
    """先行登记保存 (CPL 56): preserving evidence by registration, with the head's approval."""

    type: Literal["evidence_preservation"]
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    emergency: bool = False
    """Taken on the spot in an emergency, approval completed afterwards (SAMR-P 33②; MEE-P 32②)."""
