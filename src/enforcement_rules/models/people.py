"""People in a case: parties (当事人) and staff (执法人员、负责人、审核人员、听证主持人…), each once, by id."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from enforcement_rules.models.base import MAX_ITEMS, Day, Id, Model, RefTo, Text

__all__ = ["Certificate", "OtherPerson", "OtherRole", "Party", "PartyKind", "Recusal", "RecusalDecider", "Staff",
           "StaffRole"]


class PartyKind(StrEnum):
    """The kind of party (当事人)."""

    NATURAL_PERSON = "natural_person"  # 自然人（公民）
    LEGAL_PERSON = "legal_person"  # 法人
    OTHER_ORGANIZATION = "other_organization"  # 其他组织

    @property
    def is_organization(self) -> bool:
        return self is not PartyKind.NATURAL_PERSON


class Party(Model):
    """A party to the case (当事人). Personal data here is never echoed in findings or errors."""

    id: Id
    kind: PartyKind
    """Natural person, legal person or other organisation."""
    name: Text | None = None
    """姓名或者名称."""
    id_number: Annotated[str, Field(max_length=18)] | None = None
    """居民身份证号码 (natural persons)."""
    credit_code: Annotated[str, Field(max_length=18)] | None = None
    """统一社会信用代码 (organisations)."""
    address: Text | None = None
    """住址或者住所地."""
    birth_date: Day | None = None
    """出生日期 (natural persons)."""
    legal_representative: Text | None = None
    """法定代表人（负责人）姓名 (organisations)."""
    border_exit_entry: bool = False
    """Punished under border or exit-entry law (PSB-P 123②: its own hearing threshold)."""
    registered_province: Annotated[str, Field(pattern=r"^\d{6}$")] | None = None
    """GB/T 2260 code of the province of its registration or domicile (登记地、住所地; SAMR-G 9–10)."""
    bank_accounts: Annotated[tuple[Annotated[str, Field(max_length=64)], ...], Field(max_length=16)] = ()
    """Bank accounts in the file (银行账号): never to be published (MEE-P 64(一)(三))."""
    trade_secrets: Annotated[tuple[Text, ...], Field(max_length=64)] = ()
    """Passages the agency marked as this party's trade secrets (配方、工艺、购销价格、客户名称; MEE-P 64(五))."""


class OtherRole(StrEnum):
    """Why someone who is not a party appears in the file."""

    WITNESS = "witness"  # 证人、见证人
    VICTIM = "victim"  # 被侵害人
    COMPLAINANT = "complainant"  # 举报人、投诉人
    GUARDIAN = "guardian"  # 监护人
    AGENT = "agent"  # 委托代理人
    OTHER = "other"  # 其他（交易相对人、客户…）


class OtherPerson(Model):
    """A person or organisation named in the file who is not a party: a witness, a victim, a complainant,
    a guardian, an agent, a customer… Never to be named in a publication (MEE-P 64(二); CPL 50)."""

    role: OtherRole = OtherRole.OTHER
    """Why they appear in the file."""
    kind: PartyKind = PartyKind.NATURAL_PERSON
    """Natural person, legal person or other organisation."""
    name: Text | None = None
    """姓名或者名称."""
    id_number: Annotated[str, Field(max_length=18)] | None = None
    """居民身份证号码 (natural persons)."""
    credit_code: Annotated[str, Field(max_length=18)] | None = None
    """统一社会信用代码 (organisations)."""
    address: Text | None = None
    """住址或者住所地."""
    birth_date: Day | None = None
    """出生日期 (natural persons)."""
    legal_representative: Text | None = None
    """法定代表人（负责人）姓名 (organisations)."""
    bank_accounts: Annotated[tuple[Annotated[str, Field(max_length=64)], ...], Field(max_length=16)] = ()
    """Bank accounts in the file."""


class StaffRole(StrEnum):
    """What a member of staff does in this case."""

    OFFICER = "officer"  # 执法人员（办案人员）
    HEAD = "head"  # 行政机关负责人
    MAIN_HEAD = "main_head"  # 行政机关主要负责人 (SAMR-P 4; MEE-P 6: their recusal is decided collectively)
    REVIEWER = "reviewer"  # 法制审核人员 / 案件审核人员
    HEARING_HOST = "hearing_host"  # 听证主持人
    HEARING_MEMBER = "hearing_member"  # 听证员
    RECORDER = "recorder"  # 记录员
    INTERPRETER = "interpreter"  # 翻译人员
    OTHER = "other"


class Certificate(Model):
    """An enforcement certificate (行政执法证件)."""

    number: Annotated[str, Field(max_length=64)]
    """证件编号."""
    field: Text | None = None
    """执法领域 / issuing scope."""
    valid_from: Day | None = None
    """First day of validity."""
    valid_until: Day | None = None
    """Last day of validity (inclusive)."""


class RecusalDecider(StrEnum):
    """Who decided a recusal (回避决定), AUTH-005."""

    HEAD = "head"  # 行政机关负责人
    MAIN_HEAD = "main_head"  # 主要负责人
    HEADS_COLLECTIVELY = "heads_collectively"  # 负责人集体讨论
    HEARING_HOST = "hearing_host"  # 听证主持人 (SAMR-H 4②: 听证员、记录员、翻译人员的回避)
    HIGHER_AGENCY = "higher_agency"  # 上一级机关 (PSAPL 95②: 公安机关负责人的回避)
    OTHER = "other"

    @property
    def zh(self) -> str:
        return {"head": "行政机关负责人", "main_head": "主要负责人", "heads_collectively": "负责人集体讨论",
                "hearing_host": "听证主持人", "higher_agency": "上一级机关", "other": "其他"}[self.value]


class Recusal(Model):
    """An application for this person's recusal (回避申请: by the party, or by the person), and its decision."""

    applied_on: Day
    """The day the application was made."""
    decided_on: Day | None = None
    """The day it was decided (None: no decision is recorded)."""
    decided_by: RecusalDecider | None = None
    """Who decided it."""
    decider_id: Annotated[Id, RefTo(("staff",))] | None = None
    """The staff member who decided, when one person did."""
    granted: bool | None = None
    """The person was ordered to withdraw (True) or the application refused (False)."""


class Staff(Model):
    """A member of the agency's staff, listed once and referred to by id."""

    id: Id
    name: Text | None = None
    roles: Annotated[tuple[StaffRole, ...], Field(max_length=16)] = ()
    """What the person does in this case."""
    certificates: Annotated[tuple[Certificate, ...], Field(max_length=16)] | None = None
    """Enforcement certificates (行政执法证件; police: 人民警察证). None: not recorded; an empty list: none held."""
    legal_qualification: bool | None = None
    """Holds the national Legal Professional Qualification (法律职业资格); None when unknown."""
    first_review_on: Day | None = None
    """Date of this person's first legal review of a penalty decision (初次从事法制审核)."""
    conflict: bool = False
    """A conflict is recorded: a direct interest in the case, or another relationship that may affect
    impartial enforcement (CPL 43①). The person must not act in the case."""
    recusals: Annotated[tuple[Recusal, ...], Field(max_length=16)] = ()
    """Applications for this person's recusal, with their decisions (CPL 43; SAMR-P 4; MEE-P 6; PSAPL 95)."""


Parties = Annotated[tuple[Party, ...], Field(max_length=MAX_ITEMS)]
Others = Annotated[tuple[OtherPerson, ...], Field(max_length=MAX_ITEMS)]
StaffList = Annotated[tuple[Staff, ...], Field(max_length=MAX_ITEMS)]
