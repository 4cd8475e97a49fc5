"""Hearings (听证): the request, the hearing notice, the hearing itself and the hearing report.

A withdrawal of the request is a :class:`~enforcement_rules.models.actions.notice.Waiver` of the hearing
right. The transcript (听证笔录) is a written :class:`~enforcement_rules.models.records.Record` naming the
hearing, whose signatures say whether the party (or agent) signed, refused, and whether a refusal was noted.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from enforcement_rules.models.actions.base import ActBase, Manner
from enforcement_rules.models.base import Day, Id, Model, Money, RefTo

__all__ = [
    "Attendance",
    "Hearing",
    "HearingAgent",
    "HearingNotice",
    "HearingNoticeElement",
    "HearingReport",
    "HearingRequest",
    "NotPublicReason",
    "RecusalApplication",
]


class HearingRequest(ActBase):
    """The party's request for a hearing (要求听证)."""

    type: Literal["hearing_request"]
    manner: Manner = Manner.WRITTEN
    """Written, or oral and recorded (SAMR-H 7①)."""
    notice_id: Annotated[Id, RefTo(("penalty_notice",))] | None = None
    """The notice this request answers. A withdrawal is a Waiver of the hearing right."""
    posted_on: Day | None = None
    """For a request sent by post: the posting date, which counts for the window (CivPL 85④)."""


class HearingNoticeElement(StrEnum):
    """What a hearing notice (听证通知书) states (CPL 64(二); SAMR-H 20②)."""

    TIME = "time"  # 听证时间
    PLACE = "place"  # 听证地点
    HOST = "host"  # 听证主持人的姓名
    MEMBERS = "members"  # 听证员的姓名
    RECORDER = "recorder"  # 记录员的姓名
    INTERPRETER = "interpreter"  # 翻译人员的姓名
    RECUSAL_RIGHT = "recusal_right"  # 告知当事人有申请回避的权利

    @property
    def zh(self) -> str:
        return _NOTICE_ZH[self]


_NOTICE_ZH = {
    HearingNoticeElement.TIME: "听证时间",
    HearingNoticeElement.PLACE: "听证地点",
    HearingNoticeElement.HOST: "听证主持人的姓名",
    HearingNoticeElement.MEMBERS: "听证员的姓名",
    HearingNoticeElement.RECORDER: "记录员的姓名",
    HearingNoticeElement.INTERPRETER: "翻译人员的姓名",
    HearingNoticeElement.RECUSAL_RIGHT: "申请回避的权利",
}


class HearingNotice(ActBase):
    """听证通知书: the time and place of the hearing, served by a Service act."""

    type: Literal["hearing_notice"]
    request_id: Annotated[Id, RefTo(("hearing_request",))] | None = None
    hearing_on: Day | None = None
    """The hearing date the notice sets (used for the lead time before the hearing is held)."""
    states: Annotated[tuple[HearingNoticeElement, ...], Field(max_length=16)] | None = None
    """Every element the notice states (None when not recorded; an empty list states none)."""


class Attendance(StrEnum):
    """Whether the party (or its agent) took part in the hearing (CPL 64(六))."""

    ATTENDED = "attended"  # 当事人或者其代理人出席
    ABSENT_WITHOUT_REASON = "absent_without_reason"  # 无正当理由拒不出席
    ABSENT_WITH_REASON = "absent_with_reason"  # 有正当理由未出席（应当延期）
    LEFT_WITHOUT_LEAVE = "left_without_leave"  # 未经许可中途退出


class NotPublicReason(StrEnum):
    """Why a hearing was not held in public (CPL 64(三); PSAPL 117②)."""

    STATE_SECRET = "state_secret"  # 涉及国家秘密
    TRADE_SECRET = "trade_secret"  # 涉及商业秘密
    PRIVACY = "privacy"  # 涉及个人隐私
    MINOR = "minor"  # 未成年人案件 (PSAPL 117②)


class HearingAgent(Model):
    """An agent (委托代理人) who took part in the hearing for a party (CPL 64(五); SAMR-H 15)."""

    written_authority: bool | None = None
    """A power of attorney (授权委托书) signed or sealed by the party, stating the matters and powers, was
    submitted (SAMR-H 15②③)."""
    identity_proof: bool | None = None
    """The agent's identity document was submitted (SAMR-H 15②)."""


class RecusalApplication(Model):
    """The party's application for the hearing host's recusal (CPL 64(四); SAMR-H 4②)."""

    against_id: Annotated[Id, RefTo(("staff",))] | None = None
    """The host the application is against."""
    applied_on: Day | None = None
    decided_on: Day | None = None
    """When it was decided (None: not decided)."""
    decided_by: Annotated[Id, RefTo(("staff",))] | None = None
    """Who decided it (SAMR-H 4②: an agency head decides on the host)."""
    granted: bool | None = None
    """Whether the host was recused."""


class Hearing(ActBase):
    """The hearing itself (举行听证); ``start_at`` and ``end_at`` are its start and end."""

    type: Literal["hearing"]
    hearing_notice_id: Annotated[Id, RefTo(("hearing_notice",))] | None = None
    host_id: Annotated[Id, RefTo(("staff",))] | None = None
    """The hearing host (听证主持人)."""
    member_ids: Annotated[tuple[Id, ...], Field(max_length=8), RefTo(("staff",))] = ()
    """Hearing members (听证员)."""
    recorder_id: Annotated[Id, RefTo(("staff",))] | None = None
    """The recorder (记录员)."""
    interpreter_ids: Annotated[tuple[Id, ...], Field(max_length=8), RefTo(("staff",))] = ()
    """Interpreters (翻译人员), listed as staff."""
    public: bool | None = None
    """Held in public (公开举行)."""
    not_public_reason: NotPublicReason | None = None
    """Why it was not public."""
    public_notice_on: Day | None = None
    """The date the hearing was announced to the public (SAMR-H 22②: 公告)."""
    attendance: Attendance | None = None
    """Whether the party or its agent attended, stayed away or left without leave."""
    agents: Annotated[tuple[HearingAgent, ...], Field(max_length=16)] = ()
    """The agents who took part for the party."""
    recusal: RecusalApplication | None = None
    """An application for the host's recusal."""
    costs_charged: Money | None = None
    """What the party was charged for the hearing, in yuan (0 when nothing; None when not recorded)."""


class HearingReport(ActBase):
    """听证报告 (SAMR-H 29): ``staff_ids`` are those who signed it."""

    type: Literal["hearing_report"]
    hearing_id: Annotated[Id, RefTo(("hearing",))] | None = None
