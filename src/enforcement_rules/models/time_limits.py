"""What the time-limit and procedure rules read beyond the acts: the periods of the case (受理、线索、
不计入期限的期间、延长办案期限) and the decisions on the same act made elsewhere (TIME, PROC-003)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from enforcement_rules.models.base import MAX_ITEMS, Day, Id, Model, RefTo, Text
from enforcement_rules.models.penalties import Penalty

__all__ = [
    "ExcludedInterval",
    "Extension",
    "ExtensionApproval",
    "ExtensionStage",
    "IntervalKind",
    "RelatedDecision",
    "TimeLimits",
]


class IntervalKind(StrEnum):
    """A kind of interval that a sector rule keeps out of a period (SAMR-P 18②, 64②; MEE-P 54②, 57②;
    PSAPL 118②; PSAPL-2012 99②). Which kinds a profile excludes is the parameter
    ``case.excluded_intervals`` (``filing.excluded_intervals`` before filing)."""

    SUSPENSION = "suspension"  # 中止
    HEARING = "hearing"  # 听证
    PUBLIC_NOTICE = "public_notice"  # 公告
    TESTING = "testing"  # 检测、检验、检疫
    APPRAISAL = "appraisal"  # 鉴定
    RIGHT_HOLDER_IDENTIFICATION = "right_holder_identification"  # 权利人辨认或者鉴别
    REFUND_ORDER = "refund_order"  # 责令退还多收价款
    MONITORING = "monitoring"  # 监测（检测） (MEE-P 57②)
    ASSESSMENT = "assessment"  # 评估
    DETERMINATION = "determination"  # 认定
    SERVICE = "service"  # 送达
    CRIME_TRANSFER = "crime_transfer"  # 涉嫌犯罪案件的移送办理期间 (MEE-P 54②)
    OTHER = "other"  # 其他（不计入期限的依据另行说明）

    @property
    def zh(self) -> str:
        return _INTERVAL_ZH[self]


_INTERVAL_ZH = {
    IntervalKind.SUSPENSION: "中止",
    IntervalKind.HEARING: "听证",
    IntervalKind.PUBLIC_NOTICE: "公告",
    IntervalKind.TESTING: "检测、检验、检疫",
    IntervalKind.APPRAISAL: "鉴定",
    IntervalKind.RIGHT_HOLDER_IDENTIFICATION: "权利人辨认或者鉴别",
    IntervalKind.REFUND_ORDER: "责令退还多收价款",
    IntervalKind.MONITORING: "监测（检测）",
    IntervalKind.ASSESSMENT: "评估",
    IntervalKind.DETERMINATION: "认定",
    IntervalKind.SERVICE: "送达",
    IntervalKind.CRIME_TRANSFER: "涉嫌犯罪案件的移送办理",
    IntervalKind.OTHER: "其他",
}


class ExcludedInterval(Model):
    """An interval that may be kept out of a period: its kind, its first and last day, and who approved it."""

    kind: IntervalKind
    """What the time was spent on (中止、听证、鉴定…)."""
    start_on: Day | None = None
    """Its first day."""
    end_on: Day | None = None
    """Its last day (both days are inside the interval); None while it is still running."""
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    """Who approved it, where approval is needed (e.g. 中止)."""
    approved_on: Day | None = None
    """The day it was approved."""
    note: Text | None = None


class ExtensionStage(StrEnum):
    """Which period an extension lengthens."""

    FILING = "filing"  # 决定是否立案的期限 (SAMR-P 18①; MEE-P 18)
    CASE = "case"  # 办案期限 (SAMR-P 64①; MEE-P 57①; PSAPL 118①)


class ExtensionApproval(StrEnum):
    """Who approved an extension."""

    HEAD = "head"  # 行政机关负责人批准
    COLLECTIVE_DISCUSSION = "collective_discussion"  # 负责人集体讨论决定
    NEXT_LEVEL = "next_level"  # 上一级公安机关（派出所办理的，所属公安机关）批准 (PSAPL 118①)


class Extension(Model):
    """An approved extension of a period (延长期限)."""

    stage: ExtensionStage = ExtensionStage.CASE
    """The period it lengthens: the case period (default) or the period to decide on filing."""
    approved_on: Day | None = None
    """The day it was approved (it must fall within the period it extends)."""
    days: Annotated[int, Field(ge=1, le=3650)] | None = None
    """How many days it adds: the term set (SAMR-P 64① "确定延长的合理期限")."""
    approval: ExtensionApproval | None = None
    """Who approved it: the head, the heads' collective discussion, or the next-level police organ."""
    approved_by: Annotated[Id, RefTo(("staff",))] | None = None
    """The head who approved it."""
    discussion_id: Annotated[Id, RefTo(("collective_discussion",))] | None = None
    """The collective discussion that decided it."""


class TimeLimits(Model):
    """The periods of the case beyond its acts' dates (TIME-002, TIME-004)."""

    lead_on: Day | None = None
    """发现线索或者收到材料之日 (SAMR-P 18①; MEE-P 18); when None, the violation's ``discovered_on``."""
    accepted_on: Day | None = None
    """受理: the day a police 治安 case was accepted (the case period ran from it before 2026, PSAPL-2012
    99①)."""
    not_filed_on: Day | None = None
    """The day the head decided not to file (不予立案, SAMR-P 20)."""
    excluded: Annotated[tuple[ExcludedInterval, ...], Field(max_length=MAX_ITEMS)] = ()
    """Intervals that may be kept out of the periods, each with its kind and dates."""
    extensions: Annotated[tuple[Extension, ...], Field(max_length=64)] = ()
    """Approved extensions of the periods."""


class RelatedDecision(Model):
    """A decision on the same act made outside this case file (another agency, an earlier file), supplied
    by the caller (PROC-003; CPL 29)."""

    id: Annotated[str, Field(max_length=100)]
    """Its number (文号) or the caller's id; not an id of this case."""
    decided_on: Day | None = None
    """The day it was made."""
    agency: Text | None = None
    """The agency that made it."""
    party_ids: Annotated[tuple[Id, ...], Field(max_length=64), RefTo(("party",))] = ()
    """The parties of this case it concerns; empty means every party."""
    penalties: Annotated[tuple[Penalty, ...], Field(max_length=32)] = ()
    """The penalties it imposed."""
    revoked: bool = False
    """It was revoked, changed or confirmed void, and no longer stands."""
