"""The rule catalogue (SPEC §4). ``RULES`` lists every rule explicitly, ordered by code; a test checks
that it is complete, sorted and that docs/rules.md matches it."""

from enforcement_rules.rule import Rule
from enforcement_rules.rules.authority import acting_subject
from enforcement_rules.rules.decision import (
    decision_contents,
    decision_served,
    publication_notice,
    remedies_stated,
)
from enforcement_rules.rules.discussion import case_review, collective_discussion
from enforcement_rules.rules.notice import (
    first_evidence_rights,
    no_heavier_penalty,
    notice_before_decision,
    notice_contents,
    statement_window,
    statements_reviewed,
)
from enforcement_rules.rules.officers import certificates_shown, certified_officers, two_officers
from enforcement_rules.rules.recusal import recusal
from enforcement_rules.rules.review import legal_review_required, review_passed
from enforcement_rules.rules.reviewers import independent_reviewers, qualified_reviewer, review_points

RULES: tuple[Rule, ...] = (
    acting_subject,
    certified_officers,
    two_officers,
    certificates_shown,
    recusal,
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
    legal_review_required,
    review_passed,
    qualified_reviewer,
    independent_reviewers,
    review_points,
    collective_discussion,
    case_review,
)

__all__ = ["RULES"]
