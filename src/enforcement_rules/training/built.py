"""What the builder returns: a built case, its story, and the defects planted in it since."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from enforcement_rules.report import Report
from enforcement_rules.training.knobs import Knobs

__all__ = ["BuiltCase", "Planted", "Story"]


@dataclass(frozen=True, slots=True)
class Planted:
    """A defect planted in a case: which rule, which variant, how subtle, and what was changed."""

    code: str
    variant: str
    subtlety: int
    zh: str
    en: str

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "variant": self.variant, "subtlety": self.subtlety, "zh": self.zh, "en": self.en}


@dataclass(frozen=True, slots=True)
class Story:
    """What the 案情摘要 of a sheet tells: the people and the facts, in Chinese."""

    agency: str
    place: str  # the county (and township) the case is in
    party: str  # the party's name
    party_desc: str  # who the party is
    matter: str  # 案由
    facts: str
    lead: str  # how the agency learnt of it
    basis: str  # 处罚依据
    city: str = ""  # the (fictional) city the county belongs to
    province: str = ""  # the province's name


@dataclass(frozen=True)
class BuiltCase:
    """A built case: its record (``data``, JSON-ready — copy it before changing it), the knobs it was built
    with (all resolved), the day it is checked as of, its story, and the defects planted since."""

    data: dict[str, Any]
    knobs: Knobs
    as_of: date
    story: Story
    eligible: str  # hearing eligibility of the proposal: eligible, not_eligible or indeterminate
    defects: tuple[Planted, ...] = field(default=())

    @property
    def profile(self) -> str:
        return self.knobs.profile_name

    def check(self, **kw: Any) -> Report:
        """The engine's report on this case, under its own profile and ``as_of``."""
        from enforcement_rules.engine import check

        return check(copy.deepcopy(self.data), as_of=self.as_of, profile=self.profile, **kw)

    def to_json(self) -> str:
        """The case record as JSON text (stable: the same case gives the same text)."""
        return json.dumps(self.data, ensure_ascii=False, indent=2)
