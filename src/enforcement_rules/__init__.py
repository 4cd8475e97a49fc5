"""enforcement_rules — checks Chinese administrative enforcement case records against the law.

检查行政执法案卷是否符合法律规定：告知、听证、法制审核、全过程记录、公示与期限，每项结论附法条依据。

    import enforcement_rules as er
    report = er.check("examples/cases/samr-hearing-compliant.json", as_of=date(2025, 12, 1))
"""

from enforcement_rules._version import __version__
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
from enforcement_rules.profiles.profile import Profile, load_profile
from enforcement_rules.report import Finding, Outcome, Report, Severity
from enforcement_rules.rule import Rule, RuleContext, rule
from enforcement_rules.rules import RULES

__all__ = [
    "RULES",
    "CalendarCoverageError",
    "CalendarError",
    "Case",
    "CaseView",
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
    "default_calendar",
    "load_case",
    "load_profile",
    "rule",
]
