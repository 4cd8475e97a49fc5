"""Profiles: layered, dated, cited parameter values read from TOML files (DESIGN §6, SPEC §3).

A profile is a stack of layers — ``national`` ← sector ← province ← province+sector ← user files. Each
layer is one TOML file::

    [profile]
    name = "samr"
    layer = "sector"            # national | sector | province | province_sector | user
    title = "市场监督管理"
    title_en = "Market regulation"

    [[value]]
    param = "hearing.fine_threshold.natural_person"
    value = 10000
    from = 2021-07-15           # optional, inclusive
    cite = "SAMR-H 5(3)"

A value is a dated value with its citation, ``status = "none_in_law"`` (the law sets no such duty: the
rule is not applicable) or ``status = "unconfigured"`` (the rule is indeterminate until someone
configures it). Files are validated on load — unknown keys and parameters are refused — and each layer
may only tighten what the layers below it say, unless the parameter is delegated to it.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from enforcement_rules.calendar import Period, PeriodUnit
from enforcement_rules.errors import ProfileError
from enforcement_rules.law.citations import INSTRUMENTS, Citation, Instrument, Rank, Status
from enforcement_rules.privacy import mask_identifiers
from enforcement_rules.profiles.parameters import (
    PARAMETERS,
    Direction,
    LayerKind,
    Parameter,
    ParamKind,
)

__all__ = [
    "SHIPPED_PROFILES",
    "Entry",
    "Layer",
    "Limit",
    "ParamValue",
    "Profile",
    "default_profile_name",
    "load_layer",
    "load_profile",
]

#: The profiles shipped with the library, by name; each is a chain of data files. A case's province
#: adds the shipped province layers that exist: ``{code}`` and ``{code}-{sector}`` (e.g. ``31-samr``).
SHIPPED_PROFILES: dict[str, tuple[str, ...]] = {
    "national": ("national",),
    "samr": ("national", "samr"),
    "mee": ("national", "mee"),
    "police": ("national", "police"),
}

_RANK_ORDER = {
    Rank.LAW: 5,
    Rank.ADMINISTRATIVE_REGULATION: 4,
    Rank.DEPARTMENT_RULE: 3,
    Rank.LOCAL_REGULATION: 3,
    Rank.LOCAL_RULE: 2,
    Rank.NORMATIVE_DOCUMENT: 1,
}
_STATUSES = ("value", "none_in_law", "unconfigured")
_VALUE_KEYS = {"param", "value", "status", "from", "until", "matter", "cite", "note"}
_PROFILE_KEYS = {"name", "layer", "title", "title_en", "extends", "sector", "province", "note"}
_INSTRUMENT_KEYS = {"key", "title", "short", "title_en", "rank", "version", "in_force", "status", "parts"}


@dataclass(frozen=True, slots=True)
class Limit:
    """An amount with its bound: ``≤ 5000`` includes the amount (含本数), ``< 5000`` does not (不含本数)."""

    amount: Decimal
    inclusive: bool

    def admits(self, value: Decimal) -> bool:
        return value <= self.amount if self.inclusive else value < self.amount

    def __str__(self) -> str:
        return f"{'≤' if self.inclusive else '<'} {self.amount}"

    @classmethod
    def parse(cls, text: str) -> Limit:
        m = _LIMIT.fullmatch(text)
        if m is None:
            msg = f"a limit is written '≤ 5000' (or '<= 5000') or '< 5000'; got {text!r}"
            raise ValueError(msg)
        return cls(Decimal(m[2]), m[1] in ("≤", "<="))


_LIMIT = re.compile(r"\s*(≤|<=|<)\s*(\d{1,12}(?:\.\d{1,2})?)\s*")


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated value of one parameter in one layer."""

    param: str
    status: str  # "value" | "none_in_law" | "unconfigured"
    value: Any
    start: date | None
    end: date | None
    matter: str | None
    cites: tuple[Citation, ...]
    note: str

    def in_force(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def overlaps(self, other: Entry) -> bool:
        a0, a1 = self.start or date.min, self.end or date.max
        b0, b1 = other.start or date.min, other.end or date.max
        same_matter = self.matter is None or other.matter is None or self.matter == other.matter
        return same_matter and a0 <= b1 and b0 <= a1


@dataclass(frozen=True, slots=True)
class Layer:
    """One profile file, validated."""

    name: str
    kind: LayerKind
    title: str
    title_en: str
    entries: tuple[Entry, ...]
    origin: str
    extends: str | None = None


@dataclass(frozen=True, slots=True)
class ParamValue:
    """What a rule read: the value in force on a date, where it came from and why."""

    name: str
    status: str
    value: Any
    unit: str
    layer: str
    cites: tuple[Citation, ...]
    note: str = ""
    member_cites: Mapping[str, tuple[Citation, ...]] = field(default_factory=dict)

    @property
    def configured(self) -> bool:
        return self.status == "value"

    def as_dict(self) -> dict[str, Any]:
        """``{name, status, value, unit, layer, citation}``; built once per value and shared (do not modify)."""
        hit = _PARAM_JSON.get(id(self))
        if hit is not None and hit[0] is self:
            return hit[1]
        value = self.value
        if isinstance(value, frozenset):
            value = sorted(value)
        elif isinstance(value, Period | Limit):
            value = str(value)
        out = {
            "name": self.name,
            "status": self.status,
            "value": value,
            "unit": self.unit,
            "layer": mask_identifiers(self.layer),
            "citation": [c.as_dict() for c in self.cites],
        }
        _PARAM_JSON[id(self)] = (self, out)
        return out


#: as_dict() results by the identity of their (long-lived, cached) ParamValue.
_PARAM_JSON: dict[int, tuple[ParamValue, dict[str, Any]]] = {}


class Profile:
    """A resolved stack of layers. Values are looked up by parameter, date and (police) matter."""

    __slots__ = ("_cache", "layers", "name", "sector")

    def __init__(self, name: str, layers: Iterable[Layer]) -> None:
        self.name = name
        self.layers = tuple(layers)
        #: The sector whose rules this profile applies (its sector layer), else ``"national"``.
        self.sector: str = next((la.name for la in self.layers if la.kind is LayerKind.SECTOR), "national")
        self._cache: dict[tuple[str, date, str | None], ParamValue] = {}
        for i in range(1, len(self.layers)):
            _check_tightening(self.layers[:i], self.layers[i])

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "layers": [layer.name for layer in self.layers]}


    def value(self, name: str, on: date, matter: str | None = None) -> ParamValue:
        """The value of ``name`` in force on ``on`` (for police cases, for ``matter``)."""
        key = (name, on, matter)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._resolve(_param(name), on, matter)
        return hit

    def _resolve(self, p: Parameter, on: date, matter: str | None) -> ParamValue:
        unit = _unit(p)
        if p.kind is ParamKind.SET:
            return self._resolve_set(p, on, matter, unit)
        for layer in reversed(self.layers):
            entry = _pick(layer.entries, p.name, on, matter)
            if entry is not None:
                return ParamValue(p.name, entry.status, entry.value, unit, layer.name, entry.cites, entry.note)
        return ParamValue(p.name, "unconfigured", None, unit, "", (), "no layer sets this parameter")

    def _resolve_set(self, p: Parameter, on: date, matter: str | None, unit: str) -> ParamValue:
        members: dict[str, tuple[Citation, ...]] = {}
        cites: list[Citation] = []
        names: list[str] = []
        status = "unconfigured"
        for layer in self.layers:
            entry = _pick(layer.entries, p.name, on, matter)
            if entry is None:
                continue
            names.append(layer.name)
            if entry.status != "value":
                status = entry.status
                continue
            status = "value"
            for member, member_cites in entry.value.items():
                known = members.get(member, ())
                members[member] = known + tuple(c for c in member_cites if c not in known)
            cites.extend(c for c in entry.cites if c not in cites)
        return ParamValue(p.name, status, frozenset(members), unit, "+".join(names), tuple(cites),
                          member_cites=members)


def _pick(entries: tuple[Entry, ...], name: str, on: date, matter: str | None) -> Entry | None:
    general: Entry | None = None
    for e in entries:
        if e.param == name and e.in_force(on):
            if e.matter is not None and e.matter == matter:
                return e
            if e.matter is None:
                general = e
    return general


def _param(name: str) -> Parameter:
    try:
        return PARAMETERS[name]
    except KeyError:
        close = difflib.get_close_matches(name, PARAMETERS, n=1)
        hint = f"（是否指 {close[0]}？/ did you mean {close[0]}?）" if close else ""
        msg = f"未知的参数 {name!r}{hint} / unknown parameter {name!r}"
        raise ProfileError(msg) from None


def _unit(p: Parameter) -> str:
    return {ParamKind.AMOUNT: "yuan", ParamKind.COUNT: "count", ParamKind.FLAG: "flag",
            ParamKind.CHOICE: "choice", ParamKind.SET: "set", ParamKind.PERIOD: "period",
            ParamKind.LIMIT: "yuan"}[p.kind]


# -- loading ---------------------------------------------------------------------------------------


def load_layer(source: str | Path, *, shipped: bool = False) -> Layer:
    """Read and validate one profile file (a shipped layer by name, or a path)."""
    if shipped:
        origin = f"profiles/data/{source}.toml"
        try:
            raw = resources.files("enforcement_rules.profiles").joinpath("data", f"{source}.toml").read_bytes()
        except (FileNotFoundError, OSError):
            msg = f"内置配置 {source!r} 不存在 / no shipped profile layer {source!r}"
            raise ProfileError(msg) from None
    else:
        path = Path(source)
        origin = path.name
        try:
            raw = path.read_bytes()
        except OSError as exc:
            msg = f"无法读取配置文件 {origin} / cannot read profile file {origin}: {exc.strerror}"
            raise ProfileError(msg) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        msg = f"配置文件 {origin} 不是有效的 TOML / profile file {origin} is not valid TOML: {exc}"
        raise ProfileError(msg) from None
    return _parse_layer(data, origin)


def _fail(origin: str, where: str, zh: str, en: str) -> ProfileError:
    return ProfileError(f"{origin}: {where}: {zh} / {en}")


def _parse_layer(data: dict[str, Any], origin: str) -> Layer:
    unknown = set(data) - {"profile", "value", "instrument"}
    if unknown:
        raise _fail(origin, "top level", f"不认识的表 {sorted(unknown)}", f"unknown tables {sorted(unknown)}")
    head = data.get("profile")
    if not isinstance(head, dict):
        raise _fail(origin, "[profile]", "缺少 [profile] 表", "the [profile] table is missing")
    if set(head) - _PROFILE_KEYS:
        bad = sorted(set(head) - _PROFILE_KEYS)
        raise _fail(origin, "[profile]", f"不认识的键 {bad}", f"unknown keys {bad}")
    name, layer_kind = head.get("name"), head.get("layer")
    if not isinstance(name, str) or not name:
        raise _fail(origin, "[profile]", "缺少 name", "name is missing")
    if layer_kind not in LayerKind.__members__.values():
        kinds = ", ".join(k.value for k in LayerKind)
        raise _fail(origin, "[profile]", f"layer 须为 {kinds} 之一", f"layer must be one of {kinds}")
    for i, raw in enumerate(data.get("instrument", [])):
        _register_instrument(raw, origin, f"[[instrument]] {i}")
    entries = tuple(_parse_entry(raw, origin, i) for i, raw in enumerate(data.get("value", [])))
    _check_overlaps(entries, origin)
    extends = head.get("extends")
    if extends is not None and not isinstance(extends, str):
        raise _fail(origin, "[profile]", "extends 须为配置名", "extends must be a profile name")
    return Layer(name, LayerKind(str(layer_kind)), str(head.get("title", name)), str(head.get("title_en", name)),
                 entries, origin, extends)


def _register_instrument(raw: Any, origin: str, where: str) -> None:
    if not isinstance(raw, dict) or set(raw) - _INSTRUMENT_KEYS or "key" not in raw or "title" not in raw:
        raise _fail(origin, where, "法规条目须含 key、title，且只能用已知键", "an instrument needs key and title, "
                    f"and only the keys {sorted(_INSTRUMENT_KEYS)}")
    try:
        inst = Instrument(
            key=str(raw["key"]), title=str(raw["title"]), short=str(raw.get("short", raw["title"])),
            title_en=str(raw.get("title_en", raw["key"])), rank=Rank(raw.get("rank", "normative_document")),
            version=str(raw.get("version", "")), in_force=raw.get("in_force"),
            status=Status(raw.get("status", "unverified")), parts=bool(raw.get("parts", False)),
        )
    except ValueError as exc:
        raise _fail(origin, where, "法规条目无效", f"invalid instrument: {exc}") from None
    known = INSTRUMENTS.get(inst.key)
    if known is not None and known != inst:
        raise _fail(origin, where, f"法规简称 {inst.key} 已另有定义", f"instrument key {inst.key} is already defined")
    INSTRUMENTS[inst.key] = inst


def _parse_entry(raw: Any, origin: str, i: int) -> Entry:
    where = f"[[value]] {i}"
    if not isinstance(raw, dict):
        raise _fail(origin, where, "须为表", "must be a table")
    bad = sorted(set(raw) - _VALUE_KEYS)
    if bad:
        raise _fail(origin, where, f"不认识的键 {bad}", f"unknown keys {bad}")
    try:
        p = _param(str(raw.get("param")))
    except ProfileError as exc:
        raise _fail(origin, where, "参数未声明", str(exc)) from None
    where = f"{where} ({p.name})"
    status = raw.get("status", "value")
    if status not in _STATUSES:
        raise _fail(origin, where, f"status 须为 {_STATUSES} 之一", f"status must be one of {_STATUSES}")
    if (status == "value") != ("value" in raw):
        raise _fail(origin, where, "有值时 status 为 value，否则不写 value",
                    "give `value` exactly when status is value")
    cites = _parse_cites(raw.get("cite", []), origin, where)
    if status != "unconfigured" and not cites:
        raise _fail(origin, where, "须注明依据（cite）", "a value needs its citation (cite)")
    start, end = raw.get("from"), raw.get("until")
    for d in (start, end):
        if d is not None and (not isinstance(d, date) or hasattr(d, "hour")):
            raise _fail(origin, where, "from/until 须为日期", "from/until must be dates (YYYY-MM-DD)")
    if start is not None and end is not None and end < start:
        raise _fail(origin, where, "until 早于 from", "until is before from")
    matter = raw.get("matter")
    if matter is not None and matter not in ("public_security", "other"):
        raise _fail(origin, where, "matter 须为 public_security 或 other", "matter must be public_security or other")
    value = _parse_value(p, raw["value"], origin, where) if status == "value" else None
    return Entry(p.name, status, value, start, end, matter, cites, str(raw.get("note", "")))


def _parse_cites(raw: Any, origin: str, where: str) -> tuple[Citation, ...]:
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise _fail(origin, where, "cite 须为字符串或字符串列表", "cite is a string or a list of strings")
    try:
        return tuple(Citation.parse(x) for x in items)
    except ValueError as exc:
        raise _fail(origin, where, "依据格式无效", str(exc)) from None


def _parse_value(p: Parameter, raw: Any, origin: str, where: str) -> Any:
    kind = p.kind
    if kind is ParamKind.AMOUNT:
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise _fail(origin, where, "金额须为整数或字符串（元）", "an amount is an integer or a string of yuan")
        try:
            amount = Decimal(str(raw))
        except InvalidOperation:
            raise _fail(origin, where, "金额无效", "invalid amount") from None
        if not amount.is_finite() or amount < 0:
            raise _fail(origin, where, "金额无效", "invalid amount")
        return amount
    if kind is ParamKind.PERIOD:
        try:
            return Period.parse(str(raw))
        except ValueError as exc:
            raise _fail(origin, where, "期限格式无效（如 \"5 working_days\"）", str(exc)) from None
    if kind is ParamKind.LIMIT:
        try:
            return Limit.parse(str(raw))
        except ValueError as exc:
            raise _fail(origin, where, "限额格式无效（如 \"≤ 5000\" 或 \"< 5000\"）", str(exc)) from None
    if kind is ParamKind.COUNT:
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            raise _fail(origin, where, "须为非负整数", "must be a whole number ≥ 0")
        return raw
    if kind is ParamKind.FLAG:
        if not isinstance(raw, bool):
            raise _fail(origin, where, "须为 true 或 false", "must be true or false")
        return raw
    if kind is ParamKind.CHOICE:
        if raw not in p.choices:
            raise _fail(origin, where, f"须为 {p.choices} 之一", f"must be one of {p.choices}")
        return raw
    if not isinstance(raw, dict):
        raise _fail(origin, where, "集合须写为 {成员 = \"依据\"}", 'a set is written {member = "citation"}')
    unknown = sorted(set(raw) - set(p.members)) if p.members else []
    if unknown:
        close = difflib.get_close_matches(unknown[0], p.members, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise _fail(origin, where, f"不认识的成员 {unknown}", f"unknown members {unknown}{hint}")
    return {member: _parse_cites(c, origin, f"{where}.{member}") for member, c in raw.items()}


def _check_overlaps(entries: tuple[Entry, ...], origin: str) -> None:
    for i, a in enumerate(entries):
        for b in entries[i + 1:]:
            if a.param == b.param and a.matter == b.matter and a.overlaps(b):
                raise _fail(origin, a.param, "同一参数的取值期间重叠", "two values of this parameter overlap in time")


# -- tighten-only ------------------------------------------------------------------------------------


def _check_tightening(below: tuple[Layer, ...], layer: Layer) -> None:
    for e in layer.entries:
        p = PARAMETERS[e.param]
        for lower in below:
            for b in lower.entries:
                if b.param != e.param or not e.overlaps(b) or not _looser(p, e, b):
                    continue
                if not _delegated(p, layer.kind, e):
                    msg = (
                        f"{layer.origin}: {p.name}: 该层只能收紧 {lower.name} 的取值，未经授权不得放宽"
                        f"（{_show(b)} → {_show(e)}） / this layer may only tighten the value of {lower.name}; "
                        f"it loosens it ({_show(b)} → {_show(e)}) and no text delegates this parameter to a "
                        f"{layer.kind.value} layer"
                    )
                    raise ProfileError(msg)


def _show(e: Entry) -> str:
    if e.status != "value":
        return e.status
    if isinstance(e.value, dict):
        return "{" + ", ".join(sorted(e.value)) + "}"
    return str(e.value)


def _delegated(p: Parameter, kind: LayerKind, e: Entry) -> bool:
    for d in p.delegated_to:
        if kind not in d.layers:
            continue
        if d.min_rank is None:
            return True
        need = _RANK_ORDER[d.min_rank]
        if any(_RANK_ORDER[INSTRUMENTS[c.instrument].rank] >= need for c in e.cites):
            return True
    return False


def _looser(p: Parameter, new: Entry, old: Entry) -> bool:
    """Whether ``new`` loosens ``old`` (fewer findings, fewer duties)."""
    if old.status == "unconfigured":
        return False
    if new.status == "unconfigured":
        return True
    if old.status == "none_in_law":
        return False  # adding a duty the law does not set is stricter
    if new.status == "none_in_law":
        return True
    d = p.stricter
    if p.kind is ParamKind.SET:
        return d is Direction.SUBSET and bool(set(new.value) - set(old.value))
    if p.kind is ParamKind.PERIOD:
        return _period_looser(new.value, old.value, d)
    if p.kind is ParamKind.LIMIT:
        # A higher amount, or the same amount now included, admits more: looser when lower is stricter.
        return bool((new.value.amount, new.value.inclusive) > (old.value.amount, old.value.inclusive))
    if p.kind is ParamKind.CHOICE:
        if d is Direction.ORDERED:
            return p.choices.index(new.value) < p.choices.index(old.value)
        return bool(new.value != old.value)
    if d is Direction.LOWER:
        return bool(new.value > old.value)
    if d is Direction.HIGHER:
        return bool(new.value < old.value)
    if d is Direction.TRUE:
        return bool(old.value and not new.value)
    return bool(new.value != old.value)


def _bounds(p: Period) -> tuple[float, float]:
    """Shortest and longest length of a period in calendar days (working days: at least n, and a
    generous upper bound for holiday blocks)."""
    n = p.n
    return {
        PeriodUnit.WORKING_DAYS: (n, 2 * n + 12),
        PeriodUnit.DAYS: (n, n),
        PeriodUnit.MONTHS: (28 * n, 31 * n),
        PeriodUnit.YEARS: (365 * n, 366 * n),
        PeriodUnit.HOURS: (n / 24, n / 24),
    }[p.unit]


def _period_looser(new: Period, old: Period, d: Direction) -> bool:
    if new.unit is old.unit:
        return new.n > old.n if d is Direction.LOWER else new.n < old.n
    (n_lo, n_hi), (o_lo, o_hi) = _bounds(new), _bounds(old)
    if d is Direction.LOWER:
        return not n_hi <= o_lo  # unless surely no longer
    return not n_lo >= o_hi  # unless surely no shorter


# -- profiles ---------------------------------------------------------------------------------------


def _shipped_layer_exists(name: str) -> bool:
    return resources.files("enforcement_rules.profiles").joinpath("data", f"{name}.toml").is_file()


@cache
def _shipped_chain(name: str, province: str | None = None) -> Profile:
    try:
        chain = SHIPPED_PROFILES[name]
    except KeyError:
        close = difflib.get_close_matches(name, SHIPPED_PROFILES, n=1)
        hint = f"（是否指 {close[0]}？/ did you mean {close[0]}?）" if close else ""
        known = ", ".join(SHIPPED_PROFILES)
        msg = f"未知的配置 {name!r}{hint}；可用：{known} / unknown profile {name!r}; known: {known}"
        raise ProfileError(msg) from None
    if province:
        extra = [p for p in (province, f"{province}-{name}") if _shipped_layer_exists(p)]
        chain = (*chain, *extra)
    return Profile("+".join((name, *chain[len(SHIPPED_PROFILES[name]):])), [load_layer(layer, shipped=True)
                                                                          for layer in chain])


def load_profile(
    source: str | Path | Profile, *, default: str = "national", province: str | None = None
) -> Profile:
    """A profile by shipped name (``"samr"``), or a user file (a path to a ``.toml`` layer whose
    ``extends`` names its base; without one it extends ``default``). ``province`` (the two-digit GB/T 2260
    prefix, e.g. ``"31"``) adds the shipped province layers. Cached per name, province and file version."""
    if isinstance(source, Profile):
        return source
    if province is not None and not re.fullmatch(r"\d{2}", province):
        msg = f"province 须为两位省级代码（如 31） / province is a two-digit code such as 31, got {province!r}"
        raise ProfileError(msg)
    text = str(source)
    if isinstance(source, Path) or text.endswith(".toml"):
        path = Path(text).resolve()
        try:
            version = path.stat().st_mtime_ns
        except OSError:
            version = -1  # load_layer reports the unreadable file
        return _user_profile(str(path), version, default, province)
    return _shipped_chain(text, province)


def default_profile_name(sector: str) -> str:
    """The shipped profile for a case's sector (``other`` → ``national``)."""
    return sector if sector in SHIPPED_PROFILES else "national"


@cache
def _user_profile(path: str, version: int, default: str, province: str | None) -> Profile:
    del version  # part of the cache key only
    layer = load_layer(path)
    if layer.kind is not LayerKind.USER:
        msg = f"{layer.origin}: 用户配置文件的 layer 须为 user / a user profile file has layer = \"user\""
        raise ProfileError(msg)
    base = _shipped_chain(layer.extends or default, province)
    return Profile(f"{base.name}+{layer.name}", [*base.layers, layer])
