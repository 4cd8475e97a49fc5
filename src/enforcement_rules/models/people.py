"""People in a case: parties (当事人) and staff (执法人员、负责人、审核人员、听证主持人…), each once, by id."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from enforcement_rules.models.base import MAX_ITEMS, Day, Id, Model, Text

__all__ = ["Certificate", "Party", "PartyKind", "Staff", "StaffRole"]


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


class StaffRole(StrEnum):
    """What a member of staff does in this case."""

    OFFICER = "officer"  # 执法人员（办案人员）
    HEAD = "head"  # 行政机关负责人
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


class Staff(Model):
    """A member of the agency's staff, listed once and referred to by id."""

    id: Id
    name: Text | None = None
    roles: Annotated[tuple[StaffRole, ...], Field(max_length=16)] = ()
    """What the person does in this case."""
    certificates: Annotated[tuple[Certificate, ...], Field(max_length=16)] = ()
    """Enforcement certificates (行政执法证件)."""
    legal_qualification: bool | None = None
    """Holds the national Legal Professional Qualification (法律职业资格); None when unknown."""
    first_review_on: Day | None = None
    """Date of this person's first legal review of a penalty decision (初次从事法制审核)."""


Parties = Annotated[tuple[Party, ...], Field(max_length=MAX_ITEMS)]
StaffList = Annotated[tuple[Staff, ...], Field(max_length=MAX_ITEMS)]
