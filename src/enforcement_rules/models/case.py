"""The case record (案卷): a header, the people by id, a timeline of typed acts, and the records."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Literal, Self, get_args

from pydantic import Field, PrivateAttr, model_validator

from enforcement_rules.models.actions import Act
from enforcement_rules.models.base import MAX_ITEMS, Day, Id, Model, RefTo, Text
from enforcement_rules.models.people import Others, Parties, Party, Staff, StaffList
from enforcement_rules.models.records import Record
from enforcement_rules.models.time_limits import RelatedDecision, TimeLimits

__all__ = [
    "SCHEMA_VERSION",
    "Agency",
    "AgencyLevel",
    "Authority",
    "AuthorityBasis",
    "Case",
    "CaseKind",
    "EntrustmentElement",
    "Matter",
    "Procedure",
    "Sector",
    "Violation",
]

#: The version of the case schema this library reads (DESIGN §3). Draft until frozen by the pre-save
#: issue; a case with another version is refused.
SCHEMA_VERSION = 1


class CaseKind(StrEnum):
    """What kind of enforcement the case is."""

    PENALTY = "penalty"  # 行政处罚
    COERCIVE_MEASURE = "coercive_measure"  # 行政强制措施
    LICENSING = "licensing"  # 行政许可


class Sector(StrEnum):
    """The sector of the acting agency; it picks the default profile."""

    SAMR = "samr"  # 市场监督管理
    MEE = "mee"  # 生态环境
    POLICE = "police"  # 公安
    OTHER = "other"  # any other sector: the national profile


class Matter(StrEnum):
    """For police cases: which procedure law governs."""

    PUBLIC_SECURITY = "public_security"  # 治安管理处罚 (PSAPL)
    OTHER = "other"  # other administrative cases (PSB-P)


class Procedure(StrEnum):
    """The penalty procedure."""

    SUMMARY = "summary"  # 简易程序（当场处罚）
    ORDINARY = "ordinary"  # 普通程序


class AuthorityBasis(StrEnum):
    """Where the acting body's power comes from (AUTH-001)."""

    OWN_POWER = "own_power"  # 法定职权 (CPL 17)
    HANDED_DOWN = "handed_down"  # 乡镇、街道承接的县级部门处罚权 (CPL 24)
    ENTRUSTED = "entrusted"  # 受委托组织 (CPL 20)


class EntrustmentElement(StrEnum):
    """What a written entrustment (委托书) states (CPL 20②)."""

    MATTERS = "matters"  # 委托的具体事项
    POWERS = "powers"  # 权限
    TERM = "term"  # 期限

    @property
    def zh(self) -> str:
        return {"matters": "委托的具体事项", "powers": "权限", "term": "期限"}[self.value]


class Authority(Model):
    """The authority basis of the acting body (AUTH-001)."""

    basis: AuthorityBasis
    """Own power, handed down, or entrusted."""
    instrument: Text | None = None
    """The provincial decision (CPL 24) or the entrustment document (CPL 20), by its number or title."""
    published: bool | None = None
    """The decision or entrustment was published (CPL 24① 决定应当公布; CPL 20② 委托书向社会公布)."""
    provincial: bool | None = None
    """Handed down: the decision was made by the province (省、自治区、直辖市, CPL 24①)."""
    matters: Annotated[tuple[Text, ...], Field(max_length=1000)] | None = None
    """The matters (事项) the decision or entrustment covers, as it lists them (e.g. power-list codes)."""
    exercised: Text | None = None
    """The matter this case exercises, written as in ``matters`` (used within the set scope, CPL 24②, 20④)."""
    states: Annotated[tuple[EntrustmentElement, ...], Field(max_length=3)] | None = None
    """Entrusted: what the written entrustment states (CPL 20②: matters, powers, term)."""
    valid_from: Day | None = None
    """The first day the decision or entrustment is in force."""
    valid_until: Day | None = None
    """The last day of the entrustment's term (inclusive); None when it sets none."""
    re_entrusted: bool = False
    """The entrusted body passed the power on to another organisation or person (CPL 20④ forbids it)."""


class AgencyLevel(StrEnum):
    """The level of the acting body (it decides the review body, ARL 24)."""

    COUNTY_DEPARTMENT = "county_department"  # 县级人民政府工作部门
    COUNTY_DISPATCHED = "county_dispatched"  # 县级部门的派出机构
    TOWNSHIP = "township"  # 乡镇人民政府、街道办事处
    CITY_DEPARTMENT = "city_department"  # 设区的市级人民政府工作部门
    PROVINCIAL_DEPARTMENT = "provincial_department"  # 省级人民政府工作部门
    VERTICAL = "vertical"  # 实行垂直领导的机关 (ARL 27–28)
    OTHER = "other"


class Agency(Model):
    """The acting agency (实施机关)."""

    name: Text | None = None
    """The agency's name."""
    level: AgencyLevel | None = None
    """Its level (decides the review body, ARL 24)."""
    authority: Authority | None = None
    """Where its power comes from."""


class Violation(Model):
    """The violation (违法行为) and the case flags the rules read."""

    start_on: Day | None = None
    """The day the violation began."""
    end_on: Day | None = None
    """The day it ended (for a continuing or continuous violation)."""
    continuing: bool = False
    """连续或者继续状态 (CPL 36②)."""
    discovered_on: Day | None = None
    """The day the agency discovered it (CPL 36)."""
    major_public_interest: bool = False
    """涉及重大公共利益 (CPL 58(一))."""
    directly_affects_major_rights: bool = False
    """直接关系当事人或者第三人重大权益 (CPL 58(二))."""
    complex: bool = False
    """情节复杂、疑难复杂或者涉及多个法律关系 (CPL 57②, 58(三))."""
    major: bool = False
    """重大违法行为 (CPL 57②)."""
    social_impact: bool = False
    """具有一定社会影响 (CPL 48①)."""
    life_health_financial_harm: bool = False
    """涉及公民生命健康安全、金融安全且有危害后果 (CPL 36①)."""
    listed_for_legal_review: bool = False
    """法律、法规规定应当进行法制审核的其他情形, or listed in the catalogue an agency may set (CPL 58(四);
    SAMR-P 50③; MEE-P 49②)."""


class Case(Model):
    """A case record. Build it with :func:`enforcement_rules.load_case`, which also checks that every
    reference names something that exists."""

    schema_version: Literal[1]
    """The case schema version (1)."""
    id: Id
    """The case's id, usually its number (案号)."""
    kind: CaseKind = CaseKind.PENALTY
    """Penalty, coercive measure or licensing."""
    sector: Sector
    """The acting agency's sector; it picks the default profile."""
    matter: Matter | None = None
    """Required for police cases, refused otherwise."""
    province: Annotated[str, Field(pattern=r"^\d{6}$")] | None = None
    """The province's GB/T 2260 code, e.g. 420000 (湖北省)."""
    procedure: Procedure = Procedure.ORDINARY
    """Summary (简易程序) or ordinary (普通程序)."""
    agency: Agency | None = None
    """The acting agency and its authority."""
    violation: Violation = Field(default_factory=Violation)
    """The violation's dates and the case flags."""
    parties: Parties = ()
    """The parties, each with an id the acts refer to."""
    staff: StaffList = ()
    """Everyone on the agency's side, each once, with an id."""
    acts: Annotated[tuple[Act, ...], Field(max_length=MAX_ITEMS)] = ()
    """The timeline: every act of the case file, in any order."""
    records: Annotated[tuple[Record, ...], Field(max_length=MAX_ITEMS)] = ()
    """Written and audio-visual records, each naming the acts it documents."""
    time_limits: TimeLimits = Field(default_factory=TimeLimits)
    """The case's periods beyond its acts' dates: the lead, acceptance, excluded intervals, extensions."""
    related_decisions: Annotated[tuple[RelatedDecision, ...], Field(max_length=MAX_ITEMS)] = ()
    """Decisions on the same act made outside this file, supplied by the caller (CPL 29)."""
    others: Others = ()
    """People and organisations in the file who are not parties (witnesses, victims…), for PUBLISH-003."""

    _references_checked: bool = PrivateAttr(default=False)

    @model_validator(mode="after")
    def _matter_for_police(self) -> Self:
        if self.sector is Sector.POLICE and self.matter is None:
            msg = "a police case needs `matter` (public_security or other)"
            raise ValueError(msg)
        if self.sector is not Sector.POLICE and self.matter is not None:
            msg = "`matter` is only for police cases"
            raise ValueError(msg)
        return self

    @property
    def province_code(self) -> str | None:
        """The two-digit province prefix of ``province`` (42 for 湖北省)."""
        return self.province[:2] if self.province else None

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def staff_member(self, staff_id: str) -> Staff | None:
        return next((s for s in self.staff if s.id == staff_id), None)


@cache
def reference_fields(cls: type[Model]) -> tuple[tuple[str, RefTo], ...]:
    """The fields of ``cls`` that hold ids of other things, with what they must name."""
    out: list[tuple[str, RefTo]] = []
    for name, info in cls.model_fields.items():
        found = [m for m in info.metadata if isinstance(m, RefTo)] or _nested_refs(info.annotation)
        out.extend((name, m) for m in found)
    return tuple(out)


@cache
def nested_model_fields(cls: type[Model]) -> tuple[str, ...]:
    """The fields of ``cls`` that may hold a sub-model with references of its own (e.g. signatures)."""
    out = []
    for name, info in cls.model_fields.items():
        for arg in (info.annotation, *get_args(info.annotation)):
            if isinstance(arg, type) and issubclass(arg, Model) and reference_fields(arg):
                out.append(name)
                break
    return tuple(out)


def _nested_refs(annotation: Any) -> list[RefTo]:
    """RefTo metadata inside ``Annotated[Id, RefTo(...)] | None`` and the like."""
    found = [m for m in getattr(annotation, "__metadata__", ()) if isinstance(m, RefTo)]
    for arg in get_args(annotation):
        found.extend(_nested_refs(arg))
    return found

