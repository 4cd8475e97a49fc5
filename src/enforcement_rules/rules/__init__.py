"""The rule catalogue (SPEC §4). ``RULES`` lists every rule explicitly, ordered by code; a test checks
that it is complete, sorted and that docs/rules.md matches it."""

from enforcement_rules.rule import Rule
from enforcement_rules.rules.decision import (
    decision_contents,
    decision_served,
    publication_notice,
    remedies_stated,
)
from enforcement_rules.rules.hearing import hearing_right_notified
from enforcement_rules.rules.hearing_conduct import hearing_agents, independent_host, transcript_signed
from enforcement_rules.rules.hearing_decision import decision_after_hearing, no_hearing_costs
from enforcement_rules.rules.hearing_notice import hearing_notice_lead_time
from enforcement_rules.rules.hearing_public import public_hearing
from enforcement_rules.rules.hearing_request import request_honoured
from enforcement_rules.rules.notice import (
    first_evidence_rights,
    no_heavier_penalty,
    notice_before_decision,
    notice_contents,
    statement_window,
    statements_reviewed,
)

RULES: tuple[Rule, ...] = (
    hearing_right_notified,
    request_honoured,
    hearing_notice_lead_time,
    public_hearing,
    independent_host,
    hearing_agents,
    transcript_signed,
    decision_after_hearing,
    no_hearing_costs,
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
)

__all__ = ["RULES"]
