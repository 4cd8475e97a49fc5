"""The builder's knobs: what kind of case to build, and which combinations the law allows.

Every knob left ``None`` is drawn from the builder's ``random.Random``; :meth:`Knobs.resolve` fixes them
all, in a fixed order, so that the same seed gives the same case. :func:`problems` says why a combination
cannot be built (e.g. a hearing in the summary procedure) — the builder refuses those with ValueError, and
the hypothesis strategies never draw them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from enforcement_rules.profiles.profile import Profile
from enforcement_rules.training.matters import MATTERS, Matter

__all__ = [
    "LATEST_START",
    "PARTY_KINDS",
    "PROCEDURES",
    "SECTORS",
    "SERVICE_METHODS",
    "Knobs",
    "fitting_matters",
    "problems",
]

SECTORS = ("samr", "mee", "police", "national")
PARTY_KINDS = ("natural_person", "legal_person", "other_organization")
PROCEDURES = ("ordinary", "summary")
SERVICE_METHODS = ("on_the_spot", "direct", "post", "electronic", "left_at_residence")
#: Cases start no later than this, so that every period they need lies in the loaded calendar years.
LATEST_START = date(2026, 7, 31)
EARLIEST_START = date(2024, 3, 1)  # drawn starts: the current law throughout (ARL 2024, SAMR-G 2025)
_FIRST_START = date(2021, 8, 1)  # explicit starts: after the 2021 Administrative Penalty Law took effect
_COERCIVE_SECTORS = ("samr", "mee", "police")


@dataclass(frozen=True, slots=True)
class Knobs:
    """What to build. ``None`` means "draw it"; see the module docstring.

    ``sector`` picks the case's sector and, unless ``profile`` names another (a shipped name or a user
    TOML file), its shipped profile; ``matter`` is the police matter (only ``public_security`` is built
    today); ``violation`` a :data:`~enforcement_rules.training.matters.MATTERS` key (案由).
    ``publication`` None means "as the profile requires"; True where the profile leaves it to the case
    (national) marks the case as having 一定社会影响 (CPL 48①).
    """

    sector: str = "samr"
    profile: str | None = None
    matter: str | None = None
    province: str = "420000"
    violation: str | None = None
    party_kind: str | None = None
    procedure: str | None = None
    hearing: bool | None = None
    legal_review: bool | None = None
    coercive_measure: bool | None = None
    publication: bool | None = None
    statement: bool | None = None
    waiver: bool | None = None
    sampling: bool | None = None
    service: str | None = None
    agency_level: str | None = None
    start: date | None = None

    @property
    def profile_name(self) -> str:
        return self.profile or self.sector

    @property
    def case_sector(self) -> str:
        """The case header's ``sector`` (the national profile is for sector ``other``)."""
        return "other" if self.sector == "national" else self.sector

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else value
        return out

    def resolve(self, rng: random.Random, profile: Profile | None = None) -> Knobs:
        """Every knob fixed: drawn where None, in a fixed order. Impossible draws are avoided; impossible
        explicit choices are left for :func:`problems` to report. With ``profile``, a case asked to have a
        hearing gets a matter whose penalty can reach the profile's hearing threshold."""
        k = self
        if k.sector == "police" and k.matter is None:
            k = replace(k, matter="public_security")
        if k.procedure is None:
            summary_ok = (k.hearing is not True and k.legal_review is not True and k.coercive_measure is not True
                          and k.service in (None, "on_the_spot")
                          and bool(fitting_matters(replace(k, procedure="summary"), profile)))
            k = replace(k, procedure="summary" if summary_ok and rng.random() < 0.2 else "ordinary")
        ordinary = k.procedure == "ordinary"
        if k.party_kind is None:
            kinds = sorted({p for m in fitting_matters(k, profile) for p in m.parties}, key=PARTY_KINDS.index)
            k = replace(k, party_kind=rng.choice(kinds or list(PARTY_KINDS)))
        if k.violation is None:
            found = fitting_matters(k, profile)
            k = replace(k, violation=rng.choice(found).key if found else "")
        matter = _matter(k.violation)
        if k.agency_level is None:
            k = replace(k, agency_level=rng.choice(matter.levels) if matter else "county_department")
        if k.hearing is None:
            reachable = matter is not None and _can_reach_hearing(matter, k, profile)
            k = replace(k, hearing=ordinary and reachable and rng.random() < 0.35)
        if k.legal_review is None:
            k = replace(k, legal_review=ordinary and rng.random() < 0.35)
        if k.coercive_measure is None:
            k = replace(k, coercive_measure=ordinary and k.sector in _COERCIVE_SECTORS and rng.random() < 0.2)
        if k.sampling is None:
            k = replace(k, sampling=ordinary and bool(matter and matter.sampling) and k.sector in ("samr", "mee")
                        and rng.random() < 0.6)
        if k.statement is None:
            k = replace(k, statement=rng.random() < 0.5)
        if k.waiver is None:
            k = replace(k, waiver=ordinary and not k.hearing and not k.statement and rng.random() < 0.3)
        if k.service is None:
            methods = ("on_the_spot", "direct", "post", "electronic", "left_at_residence")
            weights = (45, 25, 15, 10, 5)
            k = replace(k, service=rng.choices(methods, weights)[0] if ordinary else "on_the_spot")
        if k.start is None:
            first = max(EARLIEST_START, matter.valid_from if matter else EARLIEST_START)
            k = replace(k, start=first + timedelta(days=rng.randint(0, max(0, (LATEST_START - first).days))))
        return k


def _matter(key: str | None) -> Matter | None:
    return next((m for m in MATTERS if m.key == key), None)


def fitting_matters(k: Knobs, profile: Profile | None = None) -> list[Matter]:
    """The matters that fit the knobs already fixed (sector, party kind, procedure, level, date; with
    ``profile``, a hearing the penalty can be eligible for)."""
    out = []
    for m in MATTERS:
        if m.sector != k.sector or (k.violation and m.key != k.violation):
            continue
        if k.party_kind and k.party_kind not in m.parties:
            continue
        if k.procedure == "summary" and not m.summary:
            continue
        if k.agency_level and k.agency_level not in m.levels:
            continue
        if k.start and k.start < m.valid_from:
            continue
        if k.hearing and not _can_reach_hearing(m, k, profile):
            continue
        out.append(m)
    return out


def _can_reach_hearing(m: Matter, k: Knobs, profile: Profile | None) -> bool:
    """Whether the matter's penalty can be hearing-eligible: a revocation, or a fine that can reach the
    profile's threshold for the party (unknown threshold: it may)."""
    if m.revoke:
        return True
    top = m.fine[1] if m.fine else (m.goods[1] * m.fine_per_goods[1] if m.goods and m.fine_per_goods else None)
    if top is None:
        return False
    if profile is None:
        return True
    who = "natural_person" if k.party_kind in (None, "natural_person") else "organization"
    threshold = profile.value(f"hearing.fine_threshold.{who}", k.start or LATEST_START, k.matter)
    return not threshold.configured or top >= threshold.value


def problems(k: Knobs, profile: Profile | None = None) -> list[str]:
    """Why these (resolved) knobs cannot be built; empty when they can."""
    out: list[str] = []
    if k.sector not in SECTORS:
        out.append(f"sector must be one of {', '.join(SECTORS)}")
    if k.sector == "police" and k.matter != "public_security":
        out.append("police cases are built for matter public_security (治安) only, so far")
    if k.sector != "police" and k.matter is not None:
        out.append("matter is only for police cases")
    if k.party_kind not in PARTY_KINDS:
        out.append(f"party_kind must be one of {', '.join(PARTY_KINDS)}")
    if k.procedure not in PROCEDURES:
        out.append("procedure must be ordinary or summary")
    if k.service not in SERVICE_METHODS:
        out.append(f"service must be one of {', '.join(SERVICE_METHODS)}")
    if k.procedure == "summary":
        out.extend(f"the summary procedure has no {name.replace('_', ' ')}"
                   for name in ("hearing", "legal_review", "coercive_measure", "waiver", "sampling")
                   if getattr(k, name))
        if k.service != "on_the_spot":
            out.append("a summary decision is handed over on the spot")
        if k.publication:
            out.append("summary decisions are not published here")
    if k.hearing and k.waiver:
        out.append("a party who asks for a hearing has not waived it")
    if k.coercive_measure and k.sector not in _COERCIVE_SECTORS:
        out.append("coercive measures are built for samr, mee and police cases")
    if k.start is not None and not _FIRST_START <= k.start <= LATEST_START:
        out.append(f"start must be from {_FIRST_START} to {LATEST_START} (the 2021 CPL; the calendar's reach)")
    if not out and not fitting_matters(k, profile):
        out.append("no violation (案由) fits this sector, party kind, procedure, agency level and date")
    if not out and profile is not None and profile.sector != k.sector:
        out.append(f"profile {profile.name!r} is for sector {profile.sector!r}, not {k.sector!r}")
    return out
