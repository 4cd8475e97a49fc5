"""Is a proposed penalty hearing-eligible — under this profile, on this date — and why? (SPEC §3, §4 HEAR)

One decision, reused by the notice and hearing rules and by the training module:

- a kind of penalty the profile always makes eligible (``hearing.always_eligible``: CPL 63(三)(四),
  SAMR-H 5, MEE-P 46, PSB-P 123, PSAPL 117);
- a fine at or above the threshold for the party's kind ("以上" includes the number);
- a confiscation at or above its threshold — gains plus property added together (SAMR-H 5(四)) or
  each on its own (CPL 63(二), MEE-P 89) — never adding fines to confiscations;
- "其他较重的行政处罚" when the notice is flagged so and the profile makes it a hearing case
  (``hearing.other_heavier``: CPL 63(五), SAMR-H 5(五), MEE-P 46(五));
- a minor (under 18 on the notice date) facing a detention that may be executed (PSAPL 23②), where the
  profile says so (``hearing.minor_detention``: PSAPL 117②, from 2026-01-01).

Each :class:`Ground` carries the parameter that decided it, its value, the layer that set it and the
citation, so that a finding can say which threshold or type made the penalty eligible and why.

With only an amount to go on and no threshold configured the answer is ``indeterminate``, naming the
parameter to configure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from dateutil.relativedelta import relativedelta

from enforcement_rules.law.citations import Citation
from enforcement_rules.models.penalties import Penalty, PenaltyKind
from enforcement_rules.models.people import Party, PartyKind
from enforcement_rules.profiles.profile import ParamValue, Profile

__all__ = ["Eligibility", "Ground", "age_on", "for_profile", "hearing_eligibility"]

Status = Literal["eligible", "not_eligible", "indeterminate"]
_ADULT = 18  # 未成年人: under eighteen (CC 17; PSAPL 12)
_CONFISCATIONS = (PenaltyKind.CONFISCATE_ILLEGAL_GAINS, PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY)


_WHAT = {
    "fine": ("罚款", "fine"),
    "confiscation": ("没收", "confiscation"),
    "confiscate_illegal_gains": ("没收违法所得", "confiscated illegal gains"),
    "confiscate_illegal_property": ("没收非法财物价值", "confiscated illegal property worth"),
    "confiscation_total": ("没收违法所得和非法财物价值总额", "confiscated gains and property together"),
}


@dataclass(frozen=True, slots=True)
class Ground:
    """One reason for the answer: a kind, or an amount against a threshold."""

    kind: str  # "type" | "fine" | "confiscation" | "other_heavier" | "minor_detention"
    eligible: bool
    penalty: str | None
    amount: Decimal | None
    threshold: Decimal | None
    param: str | None
    layer: str
    cites: tuple[Citation, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "eligible": self.eligible, "penalty": self.penalty, "amount": self.amount,
                "threshold": self.threshold, "param": self.param, "layer": self.layer,
                "citation": [str(c) for c in self.cites]}

    def describe(self, lang: str = "zh") -> str:
        """One sentence: what the ground is, against which threshold, by which article and layer."""
        zh = lang == "zh"
        if self.kind == "type":
            name = PenaltyKind(self.penalty).zh if zh and self.penalty else self.penalty
            text = f"{name}属于应当告知听证权利的处罚种类" if zh else f"{name} is always hearing-eligible"
        elif self.kind in ("fine", "confiscation"):
            what = _WHAT[self.penalty or self.kind][0 if zh else 1]
            rel = ("达到" if zh else "reaches") if self.eligible else ("低于" if zh else "is below")
            text = (f"{what} {self.amount} 元{rel}听证标准 {self.threshold} 元" if zh
                    else f"{what} {self.amount} yuan {rel} the hearing threshold {self.threshold} yuan")
        elif self.kind == "other_heavier":
            text = "属于其他较重的行政处罚" if zh else "flagged as another heavier penalty"
        else:
            text = "可能执行行政拘留的未成年人" if zh else "a minor who may be detained"
        basis = "、".join(c.zh for c in self.cites) if zh else ", ".join(str(c) for c in self.cites)
        if not basis:
            return text
        return f"{text}（{basis}；配置层 {self.layer}）" if zh else f"{text} ({basis}; layer {self.layer})"


@dataclass(frozen=True, slots=True)
class Eligibility:
    """The answer, every ground considered, the parameters read and what is missing."""

    status: Status
    grounds: tuple[Ground, ...]
    missing: tuple[str, ...]
    params: tuple[ParamValue, ...]

    @property
    def eligible(self) -> bool:
        return self.status == "eligible"

    @property
    def cites(self) -> tuple[Citation, ...]:
        """The articles behind the grounds that made it eligible; if none did, behind every ground and
        every parameter still to configure."""
        out: list[Citation] = []
        chosen = [g for g in self.grounds if g.eligible]
        for g in chosen or self.grounds:
            out.extend(c for c in g.cites if c not in out)
        if not chosen:
            for p in self.params:
                if p.name in self.missing:
                    out.extend(c for c in p.cites if c not in out)
        return tuple(out)

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "grounds": [g.as_dict() for g in self.grounds],
                "missing": list(self.missing)}

    def describe(self, lang: str = "zh") -> str:
        """Why: the grounds that made it eligible; otherwise every ground, and what is missing."""
        zh = lang == "zh"
        parts = [g.describe(lang) for g in self.grounds if g.eligible or self.status != "eligible"]
        if self.status == "indeterminate":
            known = {p.name: p for p in self.params}
            for name in self.missing:
                p = known.get(name)
                basis = ("、".join(c.zh for c in p.cites) if zh else ", ".join(str(c) for c in p.cites)) if p else ""
                if p is not None:
                    parts.append(f"配置未设定 {name}（{basis}）" if zh else f"the profile does not configure {name}"
                                 f" ({basis})")
                else:
                    parts.append(f"案卷未记录 {name}" if zh else f"the case does not record {name}")
        if not parts:
            return "没有符合听证条件的处罚" if zh else "no penalty that is hearing-eligible"
        return ("；" if zh else "; ").join(parts)


def age_on(party: Party, day: date) -> int | None:
    """Whole years reached on ``day`` (a birthday counts on the day; derived), from the birth date or the
    resident ID number; None when neither gives one. Someone born on 29 February reaches a year on
    28 February of a common year, the month's last day (CC 202)."""
    born = party.birth_date or _birth_from_id(party.id_number)
    if born is None:
        return None
    return relativedelta(day, born).years


def _birth_from_id(number: str | None) -> date | None:
    if not number:
        return None
    try:
        if len(number) == 18:
            return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        if len(number) == 15:
            return date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    except ValueError:
        return None
    return None


def hearing_eligibility(
    penalties: Iterable[Penalty],
    parties: Iterable[Party],
    *,
    on: date,
    read: Callable[[str], ParamValue],
    other_heavier: bool = False,
    detention_executable: bool | None = None,
) -> Eligibility:
    """Decide for the penalties proposed to ``parties`` on ``on``; ``read(name)`` gives a parameter's
    value in force that day (``ctx.param`` in a rule, or :func:`for_profile`). ``other_heavier`` is the
    notice's "其他较重的行政处罚" flag; ``detention_executable`` says whether a minor's detention may be
    executed (PSAPL 23②; None: not recorded)."""
    proposed = list(penalties)
    grounds: list[Ground] = []
    missing: list[str] = []
    params: list[ParamValue] = []

    def param(name: str) -> ParamValue:
        value = read(name)
        if value not in params:
            params.append(value)
        return value

    always = param("hearing.always_eligible")
    if always.configured:
        grounds.extend(Ground("type", True, p.kind.value, None, None, always.name, always.layer,
                              always.member_cites.get(p.kind, always.cites))
                       for p in proposed if p.kind in always.value)
    if other_heavier:  # CPL 63(五): 其他较重的行政处罚
        heavier = param("hearing.other_heavier")
        if heavier.configured and heavier.value:
            grounds.append(Ground("other_heavier", True, None, None, None, heavier.name, heavier.layer,
                                  heavier.cites))
    people = list(parties)
    if any(p.kind is PenaltyKind.DETENTION for p in proposed):
        _minor_detention(people, on, param, detention_executable, grounds, missing)
    fines = [p.amount for p in proposed if p.kind is PenaltyKind.FINE]
    each: list[Party | None] = [*people] or [None]
    for party in each:
        who = "organization" if party is not None and party.kind.is_organization else "natural_person"
        if fines:
            name = f"hearing.fine_threshold.{who}"
            if party is not None and party.border_exit_entry and who == "natural_person":
                border = param("hearing.fine_threshold.border_individual")  # PSB-P 123②
                name = border.name if border.configured else name
            _against(param(name), "fine", fines, grounds, missing)
        _confiscations(proposed, who, param, grounds, missing)
    if any(g.eligible for g in grounds):
        return Eligibility("eligible", tuple(grounds), (), tuple(params))
    status: Status = "indeterminate" if missing else "not_eligible"
    return Eligibility(status, tuple(grounds), tuple(dict.fromkeys(missing)), tuple(params))


def _minor_detention(people: list[Party], on: date, param: Callable[[str], ParamValue],  # noqa: PLR0917
                     executable: bool | None, grounds: list[Ground], missing: list[str]) -> None:
    """PSAPL 117②: a minor who may be detained under PSAPL 23② may ask for a hearing (derived: a minor on
    the notice date, the day the right is told)."""
    minor = param("hearing.minor_detention")
    if not (minor.configured and minor.value):
        return
    for party in people:
        if party.kind is not PartyKind.NATURAL_PERSON:
            continue
        age = age_on(party, on)
        if age is None:
            missing.append("party.birth_date")
        elif age < _ADULT:
            if executable is None:
                missing.append("detention_executable")
            elif executable:
                grounds.append(Ground("minor_detention", True, PenaltyKind.DETENTION.value, None, None,
                                      minor.name, minor.layer, minor.cites))


def _against(threshold: ParamValue, kind: str, amounts: list[Decimal | None], grounds: list[Ground],  # noqa: PLR0917
             missing: list[str], penalty: str | None = None) -> None:
    if None in amounts:
        missing.append("amount")
        return
    total = sum(a for a in amounts if a is not None)
    if threshold.status == "none_in_law":
        return
    if not threshold.configured:
        missing.append(threshold.name)
        return
    grounds.append(Ground(kind, total >= threshold.value, penalty or kind, Decimal(total), threshold.value,
                          threshold.name, threshold.layer, threshold.cites))


def _confiscations(proposed: list[Penalty], who: str, param: Callable[[str], ParamValue],
                   grounds: list[Ground], missing: list[str]) -> None:
    taken = [p for p in proposed if p.kind in _CONFISCATIONS]
    if not taken:
        return
    threshold = param(f"hearing.confiscation_threshold.{who}")
    basis = param("hearing.confiscation_basis")
    if basis.configured and basis.value == "total":
        # SAMR-H 5(四): 没收违法所得和非法财物价值总额 — gains and property together, never fines.
        _against(threshold, "confiscation", [p.amount for p in taken], grounds, missing, "confiscation_total")
        return
    for kind in _CONFISCATIONS:  # CPL 63(二), MEE-P 89: each on its own
        amounts = [p.amount for p in taken if p.kind is kind]
        if amounts:
            _against(threshold, "confiscation", amounts, grounds, missing, kind.value)


def for_profile(profile: Profile, on: date, matter: str | None = None) -> Callable[[str], ParamValue]:
    """A ``read`` function over a profile, for use outside a rule (training, other systems)."""
    return lambda name: profile.value(name, on, matter)
