"""The case model (DESIGN §3): typed, immutable, refusing unknown fields."""

from enforcement_rules.models.actions import *  # noqa: F403
from enforcement_rules.models.actions import __all__ as _actions_all
from enforcement_rules.models.base import CHINA_TZ, Day, Id, Money, RefTo, Timestamp, china_date
from enforcement_rules.models.case import (
    SCHEMA_VERSION,
    Agency,
    AgencyLevel,
    Authority,
    AuthorityBasis,
    Case,
    CaseKind,
    Matter,
    Procedure,
    Sector,
    Violation,
)
from enforcement_rules.models.loading import MAX_INPUT_BYTES, check_references, load_case
from enforcement_rules.models.penalties import SEVERITY_RANK, Penalty, PenaltyKind, is_heavier
from enforcement_rules.models.people import Certificate, OtherPerson, OtherRole, Party, PartyKind, Staff, StaffRole
from enforcement_rules.models.records import PartySignature, Record, RecordKind, Segment, Signatures

__all__ = [  # noqa: PLE0604
    *_actions_all,
    "CHINA_TZ",
    "MAX_INPUT_BYTES",
    "SCHEMA_VERSION",
    "SEVERITY_RANK",
    "Agency",
    "AgencyLevel",
    "Authority",
    "AuthorityBasis",
    "Case",
    "CaseKind",
    "Certificate",
    "Day",
    "Id",
    "Matter",
    "Money",
    "OtherPerson",
    "OtherRole",
    "Party",
    "PartyKind",
    "PartySignature",
    "Penalty",
    "PenaltyKind",
    "Procedure",
    "Record",
    "RecordKind",
    "RefTo",
    "Sector",
    "Segment",
    "Signatures",
    "Staff",
    "StaffRole",
    "Timestamp",
    "Violation",
    "check_references",
    "china_date",
    "is_heavier",
    "load_case",
]
