"""The rule catalogue (SPEC §4). ``RULES`` lists every rule explicitly, ordered by code; a test checks
that it is complete, sorted and that docs/rules.md matches it."""

from enforcement_rules.rule import Rule
from enforcement_rules.rules.decision import (
    decision_contents,
    decision_served,
    publication_notice,
    remedies_stated,
)
from enforcement_rules.rules.monitoring import electronic_monitoring
from enforcement_rules.rules.notice import (
    first_evidence_rights,
    no_heavier_penalty,
    notice_before_decision,
    notice_contents,
    statement_window,
    statements_reviewed,
)
from enforcement_rules.rules.publication import published_in_time, withdrawn_after_change
from enforcement_rules.rules.publication_period import not_to_be_published, publication_period
from enforcement_rules.rules.publication_text import personal_data_removed, published_text_matches

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
    published_in_time,
    withdrawn_after_change,
    personal_data_removed,
    published_text_matches,
    not_to_be_published,
    publication_period,
    electronic_monitoring,
)

__all__ = ["RULES"]
