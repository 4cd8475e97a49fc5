"""The personal information a case file records, as :class:`~enforcement_rules.privacy.Known` facts for the
detector: what must not be published (MEE-P 64; CPL 50) and what must be (MEE-P 62(二))."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from enforcement_rules.privacy import DETAIL, Kind, Known

if TYPE_CHECKING:
    from enforcement_rules.models.case import Case

__all__ = ["address_forms", "case_facts", "date_forms", "is_minor"]


def date_forms(d: date) -> tuple[str, ...]:
    """The ways a date is written in a decision: 1990-03-07, 1990年3月7日, 一九九〇年三月七日 …"""
    from enforcement_rules.law.numerals import int_to_cn

    y, m, dd = d.year, d.month, d.day
    cn_year = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
    return (
        f"{y}-{m:02d}-{dd:02d}", f"{y}-{m}-{dd}", f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日",
        f"{y}.{m}.{dd}", f"{y}.{m:02d}.{dd:02d}", f"{y}/{m}/{dd}", f"{y}/{m:02d}/{dd:02d}", f"{y}{m:02d}{dd:02d}",
        f"{cn_year}年{int_to_cn(m)}月{int_to_cn(dd)}日",
    )


_ADMIN = re.compile(r"[^省市区县旗镇乡路街巷道号\d]{1,10}?(?:省|自治区|市|区|县|旗|镇|乡|街道)")


def address_forms(address: str) -> tuple[str, ...]:
    """An address, and its street-level tails after the leading divisions (省、市、区县、乡镇) are dropped."""
    out = [address.strip()]
    rest = out[0]
    while (m := _ADMIN.match(rest)) is not None:
        rest = rest[m.end():]
        if len(rest) < 5 or not DETAIL.search(rest):
            break
        out.append(rest)
    return tuple(out)


def is_minor(birth_date: date | None, id_number: str | None, on: date) -> bool:
    """Under 18 on ``on``, by the birth date or the ID number's (whole years reached on the birthday)."""
    born = _born(birth_date, id_number)
    return born is not None and on.year - born.year - ((on.month, on.day) < (born.month, born.day)) < 18


def _born(birth_date: date | None, id_number: str | None) -> date | None:
    if birth_date is not None or not id_number:
        return birth_date
    s = id_number.strip()
    try:
        if len(s) == 18:
            return date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
        if len(s) == 15:
            return date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    except ValueError:
        return None
    return None


def case_facts(case: Case, party_ids: tuple[str, ...] = (), on: date | None = None) -> Known:
    """What ``case`` says about people, for a publication about ``party_ids`` (every party when empty).

    Allowed (MEE-P 62(二)): each punished citizen's name — unless a minor on ``on`` (MEE-P 64(四), even a
    punished minor) — and each punished organisation's name, credit code and legal representative. Secret
    (MEE-P 64; CPL 50): every natural person's ID number, address, birth date and bank accounts; the names
    of every other natural person (other parties, staff, the people in ``case.others``) and the names,
    credit codes and legal representatives of every other organisation; organisations' bank accounts;
    every trade secret the case flags.
    """
    punished = set(party_ids) or {p.id for p in case.parties}
    secrets: list[tuple[str, Kind]] = []
    allowed: list[str] = []
    people = [(p, p.id in punished) for p in case.parties] + [(o, False) for o in case.others]
    for person, is_punished in people:
        minor = on is not None and is_minor(person.birth_date, person.id_number, on)
        name = person.name
        if person.kind.is_organization:
            named = [(name, Kind.ORG_NAME), (person.credit_code, Kind.CREDIT_CODE),
                     (person.legal_representative, Kind.PERSON_NAME)]
            if is_punished:
                allowed.extend(s for s, _ in named if s)
            else:
                secrets.extend((s, k) for s, k in named if s)
        else:
            if is_punished and not minor:
                allowed.extend([name] if name else [])
            elif name:
                secrets.append((name, Kind.MINOR if minor else Kind.PERSON_NAME))
            if person.id_number:
                secrets.append((person.id_number, Kind.ID_NUMBER))
            if person.address:
                secrets.extend((a, Kind.ADDRESS) for a in address_forms(person.address))
            if person.birth_date is not None:
                secrets.extend((d, Kind.BIRTH_DATE) for d in date_forms(person.birth_date))
        secrets.extend((a, Kind.BANK_ACCOUNT) for a in person.bank_accounts)
        secrets.extend((t, Kind.TRADE_SECRET) for t in getattr(person, "trade_secrets", ()))
    secrets.extend((s.name, Kind.PERSON_NAME) for s in case.staff if s.name)
    return Known(tuple(secrets), tuple(allowed))
