"""enforcement_rules — checks Chinese administrative enforcement case records against the law.

检查行政执法案卷是否符合法律规定：告知、听证、法制审核、全过程记录、公示与期限，每项结论附法条依据。

    import enforcement_rules as er
    report = er.check("examples/cases/samr-hearing-compliant.json", as_of=date(2025, 12, 1))

The public names below are imported on first use (PEP 562), so ``import enforcement_rules`` stays cheap
for a system that imports it at start-up; the table says where each one lives.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from enforcement_rules._version import __version__

if TYPE_CHECKING:
    from enforcement_rules.calendar import Period, PeriodUnit, WorkingCalendar, default_calendar
    from enforcement_rules.engine import CaseView, check
    from enforcement_rules.errors import (
        CalendarCoverageError,
        CalendarError,
        ComplianceError,
        EnforcementRulesError,
        InvalidCaseError,
        ProfileError,
        RuleEvaluationError,
        UnknownRuleError,
    )
    from enforcement_rules.law.citations import Citation
    from enforcement_rules.models.case import Case
    from enforcement_rules.models.loading import load_case
    from enforcement_rules.presave import Cause, ChangeReport, check_change, ensure_compliant
    from enforcement_rules.profiles.profile import Profile, load_profile
    from enforcement_rules.report import Finding, Outcome, Report, Severity
    from enforcement_rules.rule import Rule, RuleContext, rule
    from enforcement_rules.rules import RULES

_EXPORTS: dict[str, str] = {
    "RULES": "enforcement_rules.rules",
    "CalendarCoverageError": "enforcement_rules.errors",
    "CalendarError": "enforcement_rules.errors",
    "Case": "enforcement_rules.models.case",
    "CaseView": "enforcement_rules.engine",
    "Cause": "enforcement_rules.presave",
    "ChangeReport": "enforcement_rules.presave",
    "Citation": "enforcement_rules.law.citations",
    "ComplianceError": "enforcement_rules.errors",
    "EnforcementRulesError": "enforcement_rules.errors",
    "Finding": "enforcement_rules.report",
    "InvalidCaseError": "enforcement_rules.errors",
    "Outcome": "enforcement_rules.report",
    "Period": "enforcement_rules.calendar",
    "PeriodUnit": "enforcement_rules.calendar",
    "Profile": "enforcement_rules.profiles.profile",
    "ProfileError": "enforcement_rules.errors",
    "Report": "enforcement_rules.report",
    "Rule": "enforcement_rules.rule",
    "RuleContext": "enforcement_rules.rule",
    "RuleEvaluationError": "enforcement_rules.errors",
    "Severity": "enforcement_rules.report",
    "UnknownRuleError": "enforcement_rules.errors",
    "WorkingCalendar": "enforcement_rules.calendar",
    "check": "enforcement_rules.engine",
    "check_change": "enforcement_rules.presave",
    "default_calendar": "enforcement_rules.calendar",
    "ensure_compliant": "enforcement_rules.presave",
    "load_case": "enforcement_rules.models.loading",
    "load_profile": "enforcement_rules.profiles.profile",
    "rule": "enforcement_rules.rule",
}

__all__ = [
    "RULES",
    "CalendarCoverageError",
    "CalendarError",
    "Case",
    "CaseView",
    "Cause",
    "ChangeReport",
    "Citation",
    "ComplianceError",
    "EnforcementRulesError",
    "Finding",
    "InvalidCaseError",
    "Outcome",
    "Period",
    "PeriodUnit",
    "Profile",
    "ProfileError",
    "Report",
    "Rule",
    "RuleContext",
    "RuleEvaluationError",
    "Severity",
    "UnknownRuleError",
    "WorkingCalendar",
    "__version__",
    "check",
    "check_change",
    "default_calendar",
    "ensure_compliant",
    "load_case",
    "load_profile",
    "rule",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        msg = f"module 'enforcement_rules' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
