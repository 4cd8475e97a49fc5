"""Findings and reports (DESIGN §4, contract), and their rendering as text and JSON.

A :class:`Finding` is a frozen, slotted object; its message is rendered only when asked for, in the
report's language. Everything a finding or report shows that came from the input (ids, source refs, fact
values, the case id) goes through :func:`enforcement_rules.privacy.mask_identifiers` (DESIGN §10). The
JSON form of a report is byte-identical for the same input: no run timestamps, findings ordered by rule
code and then in the order the rule yields them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple

import pydantic_core

from enforcement_rules.law.citations import Citation
from enforcement_rules.privacy import mask_identifiers as _mask
from enforcement_rules.profiles.profile import ParamValue

__all__ = [
    "REPORT_VERSION",
    "DataWarning",
    "Finding",
    "Message",
    "Outcome",
    "Report",
    "Severity",
]

#: The version of the report's JSON form.
REPORT_VERSION = 1

Message = tuple[str, str]
"""A message template in Chinese and English; ``{name}`` placeholders are filled from the finding's
facts and ``{subject}``."""


class Outcome(StrEnum):
    """What a rule found at one place (SPEC §2)."""

    VIOLATED = "violated"
    SATISFIED = "satisfied"
    PENDING = "pending"
    NOT_APPLICABLE = "not_applicable"
    INDETERMINATE = "indeterminate"


class Severity(StrEnum):
    """How bad a breach is (SPEC §2)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}
_OUTCOME_VALUES = tuple(o.value for o in Outcome)
#: Plain strings for the enums, so that the JSON writer never calls back into Python for them.
_VALUE: dict[str, str] = {m: m.value for m in (*Outcome, *Severity)}
_SEVERITY_VALUES = tuple(s.value for s in Severity)

_OUTCOME_ZH = {
    Outcome.VIOLATED: "违反",
    Outcome.SATISFIED: "符合",
    Outcome.PENDING: "期限未届满",
    Outcome.NOT_APPLICABLE: "不适用",
    Outcome.INDETERMINATE: "无法判断",
}
_SEVERITY_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警示", Severity.INFO: "提示"}


_EMPTY: Mapping[str, Any] = MappingProxyType({})


class _Fill(dict[str, str]):
    """Placeholder values for a message: dates ISO, lists joined, unknown names left visible."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _show(value: Any, lang: str) -> str:
    if isinstance(value, StrEnum):
        return str(value.zh) if lang == "zh" and hasattr(value, "zh") else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | frozenset | set):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return ("、" if lang == "zh" else ", ").join(_show(v, lang) for v in items)
    if isinstance(value, Decimal):
        return _mask(format(value.normalize(), "f"))
    return _mask(str(value))  # values from the input: ids, numbers, texts (DESIGN §10)


def _mask_opt(value: str | None) -> str | None:
    return None if value is None else _mask(value)


class Finding(NamedTuple):
    """One outcome of one rule at one place. Immutable (a named tuple: cheap to make, DESIGN §9); the
    message is rendered on access, in the report's language."""

    code: str
    outcome: Outcome
    severity: Severity
    blocking: bool
    citations: tuple[Citation, ...]
    loc: tuple[str | int, ...]
    subject: str | None
    related: tuple[str, ...]
    key: str
    text: Message
    lang: str = "zh"
    due_on: date | None = None
    not_before: date | None = None
    facts: Mapping[str, Any] = _EMPTY
    params: tuple[ParamValue, ...] = ()
    missing: tuple[str, ...] = ()
    source_ref: str | None = None
    crashed: bool = False

    @property
    def message(self) -> str:
        """The message in the report's language."""
        return self.render(self.lang)

    def render(self, lang: str) -> str:
        """The message in ``lang`` (``"zh"`` or ``"en"``)."""
        template = self.text[0] if lang == "zh" else self.text[1]
        if "{" not in template:
            return template
        fill = _Fill({k: _show(v, lang) for k, v in self.facts.items()})
        fill.setdefault("subject", _mask(self.subject or ""))
        if self.due_on is not None:
            fill.setdefault("due_on", self.due_on.isoformat())
        return template.format_map(fill)

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The finding as JSON-ready data (DESIGN §4)."""
        use = lang or self.lang
        return {
            "code": self.code,
            "outcome": _VALUE[self.outcome],
            "severity": _VALUE[self.severity],
            "blocking": self.blocking,
            "message": self.render(use),
            "citations": [_citation_json(c, use) for c in self.citations],
            "loc": list(self.loc),
            "subject": _mask_opt(self.subject),
            "related": [_mask(r) for r in self.related],
            "key": _mask(self.key),
            "due_on": self.due_on,
            "not_before": self.not_before,
            "facts": {k: _jsonable(v) for k, v in self.facts.items()} if self.facts else {},
            "params": [p.as_dict() for p in self.params],
            "missing": list(self.missing),
            "source_ref": _mask_opt(self.source_ref),
        }


def _citation_json(c: Citation, lang: str) -> dict[str, Any]:
    return {"instrument": c.instrument, "article": c.article, "paragraph": c.paragraph, "item": c.item,
            "label": c.zh if lang == "zh" else c.en}


def _jsonable(value: Any) -> Any:
    if isinstance(value, str):
        return value.value if isinstance(value, Enum) else _mask(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        shown = str(value)  # a long number could be an identifier (DESIGN §10)
        masked = _mask(shown) if len(shown) >= 10 else shown
        return value if masked == shown else masked
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class DataWarning:
    """A problem with the data that is not a breach of the law (e.g. an act dated after ``as_of``)."""

    kind: str
    subject: str | None
    loc: tuple[str | int, ...]
    text: Message

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {"kind": self.kind, "subject": _mask_opt(self.subject), "loc": list(self.loc),
                "message": self.render(lang)}

    def render(self, lang: str) -> str:
        return _mask(self.text[0] if lang == "zh" else self.text[1])


@dataclass(frozen=True, slots=True)
class Report:
    """The result of checking one case (DESIGN §4, contract)."""

    case_id: str
    as_of: date
    profile: Mapping[str, Any]
    calendar: Mapping[str, Any]
    lang: str
    block_on: Severity
    complete: bool
    findings: tuple[Finding, ...]
    skipped_rules: tuple[str, ...] = ()
    data_warnings: tuple[DataWarning, ...] = ()
    library_version: str = ""
    report_version: int = REPORT_VERSION

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """Findings that block: violated at or above ``block_on``, or a crashed rule."""
        return tuple(f for f in self.findings if f.blocking)

    @property
    def ok(self) -> bool:
        """Complete and nothing blocking."""
        return self.complete and not any(f.blocking for f in self.findings)

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.outcome is Outcome.VIOLATED)

    def by_code(self, code: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.code == code)

    @property
    def counts(self) -> dict[str, Any]:
        by_outcome: dict[str, int] = dict.fromkeys(_OUTCOME_VALUES, 0)
        by_severity: dict[str, int] = dict.fromkeys(_SEVERITY_VALUES, 0)
        blocking = 0
        for f in self.findings:
            by_outcome[f.outcome] += 1  # StrEnum members hash and compare as their values
            if f.outcome is Outcome.VIOLATED:
                by_severity[f.severity] += 1
            blocking += f.blocking
        return {"by_outcome": by_outcome, "violated_by_severity": by_severity, "blocking": blocking}

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        use = lang or self.lang
        return {
            "report_version": self.report_version,
            "library_version": self.library_version,
            "case_id": _mask(self.case_id),
            "as_of": self.as_of,
            "profile": _jsonable(self.profile),
            "calendar": _jsonable(self.calendar),
            "lang": use,
            "block_on": self.block_on.value,
            "complete": self.complete,
            "ok": self.ok,
            "counts": self.counts,
            "findings": [f.as_dict(use) for f in self.findings],
            "skipped_rules": list(self.skipped_rules),
            "data_warnings": [w.as_dict(use) for w in self.data_warnings],
        }

    def to_json(self, *, lang: str | None = None, indent: int | None = None) -> bytes:
        """The report as JSON bytes (compact by default); identical input gives identical bytes."""
        return pydantic_core.to_json(self.as_dict(lang), indent=indent)

    def to_text(self, *, lang: str | None = None, show: Sequence[Outcome] | None = None) -> str:
        """A readable report. By default lists what is violated, pending or indeterminate."""
        use = lang or self.lang
        shown = set(show) if show is not None else {Outcome.VIOLATED, Outcome.PENDING, Outcome.INDETERMINATE}
        zh = use == "zh"
        case_id, layers = _mask(self.case_id), _mask("+".join(self.profile["layers"]))
        lines = [
            (f"案件 {case_id}（截至 {self.as_of.isoformat()}，配置 {layers}）" if zh else
             f"Case {case_id} (as of {self.as_of.isoformat()}, profile {layers})"),
        ]
        for f in self.findings:
            if f.outcome not in shown:
                continue
            if f.outcome is Outcome.VIOLATED:
                tag = f"{_OUTCOME_ZH[f.outcome]}·{_SEVERITY_ZH[f.severity]}" if zh else f"violated/{f.severity.value}"
            else:
                tag = _OUTCOME_ZH[f.outcome] if zh else f.outcome.value
            where = f" [{_mask(f.subject)}]" if f.subject else ""
            lines.append(f"  {f.code}{where} {tag}: {f.render(use)}")
            cites = "；".join(c.zh for c in f.citations) if zh else "; ".join(c.en for c in f.citations)
            if cites:
                lines.append(f"      {'依据' if zh else 'basis'}: {cites}")
            if f.due_on is not None and f.outcome is Outcome.PENDING:
                lines.append(f"      {'期限届满' if zh else 'due on'}: {f.due_on.isoformat()}")
        lines.extend(f"  {'数据提示' if zh else 'data warning'}: {w.render(use)}" for w in self.data_warnings)
        c = self.counts
        vio = c["violated_by_severity"]
        if zh:
            lines.append(
                f"  共 {len(self.findings)} 项结论：违反 {c['by_outcome']['violated']}（错误 {vio['error']}、"
                f"警示 {vio['warning']}、提示 {vio['info']}），期限未届满 {c['by_outcome']['pending']}，"
                f"无法判断 {c['by_outcome']['indeterminate']}；阻止保存 {c['blocking']}。"
                + ("" if self.complete else "（有规则出错，结果不完整）")
            )
        else:
            lines.append(
                f"  {len(self.findings)} findings: {c['by_outcome']['violated']} violated (error {vio['error']}, "
                f"warning {vio['warning']}, info {vio['info']}), {c['by_outcome']['pending']} pending, "
                f"{c['by_outcome']['indeterminate']} indeterminate; {c['blocking']} blocking."
                + ("" if self.complete else " (a rule crashed: the report is incomplete)")
            )
        return "\n".join(lines)
