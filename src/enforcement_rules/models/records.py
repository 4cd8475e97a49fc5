"""Records that document acts (执法全过程记录: 文字、音像), as a top-level list naming their acts."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from enforcement_rules.models.base import MAX_ITEMS, Id, Model, RefTo, Timestamp

__all__ = ["PartySignature", "Record", "RecordKind", "Segment", "Signatures"]


class RecordKind(StrEnum):
    """The form of a record."""

    WRITTEN = "written"  # 文字记录（笔录、文书）
    AUDIO = "audio"  # 录音
    VIDEO = "video"  # 录像（执法记录仪、同步录音录像）
    PHOTO = "photo"  # 拍照


class Segment(Model):
    """A continuous stretch of an audio or video recording (load_case() checks it ends after it starts)."""

    start_at: Timestamp
    end_at: Timestamp


class PartySignature(StrEnum):
    """What the party did with a written record."""

    SIGNED = "signed"  # 签名或者盖章
    REFUSED = "refused"  # 拒绝签名
    ABSENT = "absent"  # 不在场


class Signatures(Model):
    """Signatures on a written record."""

    party: PartySignature | None = None
    """What the party did: signed, refused, or was absent."""
    officer_ids: Annotated[tuple[Id, ...], Field(max_length=32), RefTo(("staff",))] = ()
    """Officers who signed."""
    refusal_noted: bool | None = None
    """A refusal to sign is noted on the record."""
    absence_noted: bool | None = None
    """The party's absence is noted on the record (MEE-P 28③; PSB-P 86)."""
    witness_signed: bool | None = None
    """A witness signed (ACL 18(九); PSAPL 104)."""


class Record(Model):
    """A record documenting one or more acts."""

    id: Id
    kind: RecordKind
    """Written, audio, video or photo."""
    act_ids: Annotated[tuple[Id, ...], Field(min_length=1, max_length=MAX_ITEMS), RefTo(("act",))]
    """The acts this record documents."""
    start_at: Timestamp | None = None
    """When recording began."""
    end_at: Timestamp | None = None
    """When it ended."""
    segments: Annotated[tuple[Segment, ...], Field(max_length=MAX_ITEMS)] = ()
    """For audio and video: the continuous stretches actually recorded."""
    signatures: Signatures | None = None
    """For written records: who signed."""
    synchronous: bool | None = None
    """全程同步录音录像 was intended (RECORD-003 tolerance 0)."""
    source_ref: Annotated[str, Field(max_length=200)] | None = None
