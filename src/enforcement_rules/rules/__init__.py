"""The rule catalogue (SPEC §4). ``RULES`` lists every rule explicitly, ordered by code; a test checks
that it is complete, sorted and that docs/rules.md matches it."""

from enforcement_rules.rule import Rule
from enforcement_rules.rules.case_period import case_period
from enforcement_rules.rules.collection import fine_collection
from enforcement_rules.rules.decision import (
    decision_contents,
    decision_served,
    publication_notice,
    remedies_stated,
)
from enforcement_rules.rules.notice import (
    first_evidence_rights,
    no_heavier_penalty,
    notice_before_decision,
    notice_contents,
    statement_window,
    statements_reviewed,
)
from enforcement_rules.rules.penalty_bars import minors, no_second_fine
from enforcement_rules.rules.preservation import evidence_preservation
from enforcement_rules.rules.procedure import summary_formalities, summary_limits
from enforcement_rules.rules.step_order import step_order
from enforcement_rules.rules.surcharge import surcharge
from enforcement_rules.rules.time_limits import filing_decision, limitation_period

RULES: tuple[Rule, ...] = (
    notice_before_decision,
    notice_contents,
    statement_window,
    statements_reviewed,
    no_heavier_penalty,
    decision_contents,
    remedies_stated,
    decision_served,
    publication_notice,
    first_evidence_rights,
    summary_limits,
    summary_formalities,
    no_second_fine,
    minors,
    step_order,
    fine_collection,
    surcharge,
    limitation_period,
    case_period,
    evidence_preservation,
    filing_decision,
)

__all__ = ["RULES"]
