"""The exceptions of enforcement_rules.

Violations of the law are *data* (findings in a report); exceptions are for bad input and bugs::

    EnforcementRulesError
    ├── InvalidCaseError (ValueError)      bad case input; .errors(): loc, msg (zh/en), type — never the value
    ├── ProfileError (ValueError)          bad or unknown profile data; "did you mean"
    ├── CalendarError (ValueError)         a calendar data file that cannot be used
    ├── CalendarCoverageError (LookupError)  a date whose holiday notice is not loaded
    ├── UnknownRuleError (LookupError)     an unknown rule code or family, with a suggestion
    ├── RuleEvaluationError                a rule crashed (raised only in strict mode)
    └── ComplianceError (ValueError)       a pre-save refusal; carries the report (and, from an
                                           integration, the refused objects and their values)

Every message says what was expected and what was found, in Chinese first and then English, and never
echoes personal data from the input: whatever an error carries from the input (a key, a name, a file name)
passes through :func:`enforcement_rules.privacy.mask_identifiers` (DESIGN §10).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from enforcement_rules.privacy import mask_identifiers

if TYPE_CHECKING:
    from enforcement_rules.presave import ChangeReport
    from enforcement_rules.report import Finding, Report

__all__ = [
    "CalendarCoverageError",
    "CalendarError",
    "ComplianceError",
    "EnforcementRulesError",
    "InputProblem",
    "InvalidCaseError",
    "ProfileError",
    "RuleEvaluationError",
    "UnknownRuleError",
]


class EnforcementRulesError(Exception):
    """Base class of every exception this library raises on purpose. Its message is masked (DESIGN §10)."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(mask_identifiers(a) if isinstance(a, str) else a for a in args))


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One problem found in a case record.

    ``loc`` is the path into the input (keys and list indexes), ``type`` a stable machine code,
    ``msg_zh`` and ``msg_en`` the explanation. The offending value itself is never included.
    """

    loc: tuple[str | int, ...]
    type: str
    msg_zh: str
    msg_en: str

    def __post_init__(self) -> None:
        # A location may hold a key from the input, and a message a part of it: both are masked.
        loc = tuple(mask_identifiers(p) if isinstance(p, str) else p for p in self.loc)
        object.__setattr__(self, "loc", loc)
        object.__setattr__(self, "msg_zh", mask_identifiers(self.msg_zh))
        object.__setattr__(self, "msg_en", mask_identifiers(self.msg_en))

    def as_dict(self) -> dict[str, Any]:
        return {"loc": list(self.loc), "type": self.type, "msg": self.msg_zh, "msg_en": self.msg_en}

    def path(self) -> str:
        """The location as ``acts[3].on``."""
        out = ""
        for part in self.loc:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out or "(root)"


class InvalidCaseError(EnforcementRulesError, ValueError):
    """The case record cannot be read: every problem is listed, with its location."""

    def __init__(self, problems: Sequence[InputProblem]) -> None:
        self.problems: tuple[InputProblem, ...] = tuple(problems)
        count = len(self.problems)
        lines = [f"案件数据有 {count} 处错误 / the case record has {count} problem(s):"]
        lines.extend(f"  {p.path()}: {p.msg_zh} / {p.msg_en}" for p in self.problems[:50])
        if count > 50:
            lines.append(f"  … 另有 {count - 50} 处 / and {count - 50} more")
        super().__init__("\n".join(lines))

    def errors(self) -> list[dict[str, Any]]:
        """Every problem as ``{"loc", "type", "msg", "msg_en"}``; ``msg`` is Chinese."""
        return [p.as_dict() for p in self.problems]


class ProfileError(EnforcementRulesError, ValueError):
    """A profile (sector, province or user file) is unknown or its data is invalid."""


class CalendarError(EnforcementRulesError, ValueError):
    """A calendar data file (a State Council holiday notice as data) is invalid."""


class CalendarCoverageError(EnforcementRulesError, LookupError):
    """A period needs a day whose year's holiday notice is not loaded."""

    def __init__(self, day: date, needed_year: int, covered: Iterable[int], source: str) -> None:
        self.day = day
        self.needed_year = needed_year
        years = sorted(covered)
        self.covered = tuple(years)
        span = f"{years[0]}–{years[-1]}" if years else "none"
        msg = (
            f"日历未载入 {needed_year} 年的国务院节假日安排，无法判断 {day.isoformat()} 是否为工作日"
            f"（已载入 {span}；来源 {source}）。可用 --calendar-file 或 WorkingCalendar.add_year() 载入。"
            f" / The calendar has no State Council holiday notice for {needed_year}, so it cannot tell whether "
            f"{day.isoformat()} is a working day (loaded: {span}; source: {source}). Load it with "
            "--calendar-file or WorkingCalendar.add_year()."
        )
        super().__init__(msg)


class UnknownRuleError(EnforcementRulesError, LookupError):
    """A rule code or family that does not exist was selected or asked for."""

    def __init__(self, name: str, suggestion: str | None) -> None:
        name = mask_identifiers(name)
        self.name = name
        self.suggestion = suggestion
        hint = f"（是否指 {suggestion}？/ did you mean {suggestion}?）" if suggestion else ""
        msg = f"未知的规则或规则族 {name!r}{hint} / unknown rule code or family {name!r}"
        super().__init__(msg)


class RuleEvaluationError(EnforcementRulesError):
    """A rule raised while checking a case. Raised only with ``strict=True``; otherwise the crash is
    reported as a blocking ``indeterminate`` finding and the report is marked incomplete."""

    def __init__(self, code: str, case_id: str) -> None:
        self.code = code
        self.case_id = case_id = mask_identifiers(case_id)
        msg = f"规则 {code} 在检查案件 {case_id} 时出错 / rule {code} crashed on case {case_id}"
        super().__init__(msg)


class ComplianceError(EnforcementRulesError, ValueError):
    """A pre-save check refused a change: it would break an obligation.

    ``report`` is the :class:`~enforcement_rules.presave.ChangeReport` (or a :class:`Report`); the
    message lists its blocking findings in ``lang`` (Chinese by default) and :meth:`message` renders
    them in the other. Integrations add ``refused``: the objects whose save was refused, each with its
    changed values, captured before the application rolls back.
    """

    def __init__(self, report: ChangeReport | Report, *, lang: str = "zh", refused: Iterable[Any] = ()) -> None:
        self.report = report
        self.lang = lang
        self.refused: tuple[Any, ...] = tuple(refused)
        super().__init__(self.message(lang))

    def message(self, lang: str = "zh") -> str:
        """The refusal in ``"zh"`` or ``"en"``: one line per blocking finding, with its article."""
        from enforcement_rules.presave import refusal_message

        return refusal_message(self.report, lang)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """The findings that refused the save."""
        return self.report.blocking
