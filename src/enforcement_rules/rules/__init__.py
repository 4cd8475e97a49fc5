"""The rule catalogue (SPEC §4). ``RULES`` lists every rule explicitly, ordered by code; a test checks
that it is complete, sorted and that docs/rules.md matches it. Regenerate with
``python tools/gen_rules_init.py`` after adding a rule."""

from enforcement_rules.rule import Rule
from enforcement_rules.rules.audiovisual import av_coverage, av_recorded
from enforcement_rules.rules.authority import acting_subject
from enforcement_rules.rules.case_period import case_period
from enforcement_rules.rules.coercion import measure_approved, on_site_duties
from enforcement_rules.rules.coercion_decision import measure_decision
from enforcement_rules.rules.coercion_period import measure_duration
from enforcement_rules.rules.collection import fine_collection
from enforcement_rules.rules.decision import decision_contents, decision_served, publication_notice
from enforcement_rules.rules.discussion import case_review, collective_discussion
from enforcement_rules.rules.hearing import hearing_right_notified
from enforcement_rules.rules.hearing_conduct import hearing_agents, independent_host, transcript_signed
from enforcement_rules.rules.hearing_decision import decision_after_hearing, no_hearing_costs
from enforcement_rules.rules.hearing_notice import hearing_notice_lead_time
from enforcement_rules.rules.hearing_public import public_hearing
from enforcement_rules.rules.hearing_request import request_honoured
from enforcement_rules.rules.monitoring import electronic_monitoring
from enforcement_rules.rules.notice import no_heavier_penalty, notice_before_decision, notice_contents
from enforcement_rules.rules.officers import certificates_shown, certified_officers, two_officers
from enforcement_rules.rules.penalty_bars import minors, no_second_fine
from enforcement_rules.rules.preservation import evidence_preservation
from enforcement_rules.rules.procedure import summary_formalities, summary_limits
from enforcement_rules.rules.publication import published_in_time, withdrawn_after_change
from enforcement_rules.rules.publication_period import not_to_be_published, publication_period
from enforcement_rules.rules.publication_text import personal_data_removed, published_text_matches
from enforcement_rules.rules.recording import closed_and_archived, stages_recorded, transcripts_signed
from enforcement_rules.rules.recusal import recusal
from enforcement_rules.rules.remedies import remedies_stated
from enforcement_rules.rules.review import legal_review_required, review_passed
from enforcement_rules.rules.reviewers import independent_reviewers, qualified_reviewer, review_points
from enforcement_rules.rules.statement_window import statement_window
from enforcement_rules.rules.statements import first_evidence_rights, statements_reviewed
from enforcement_rules.rules.step_order import step_order
from enforcement_rules.rules.surcharge import surcharge
from enforcement_rules.rules.time_limits import filing_decision, limitation_period

RULES: tuple[Rule, ...] = (
    acting_subject,  # AUTH-001
    certified_officers,  # AUTH-002
    two_officers,  # AUTH-003
    certificates_shown,  # AUTH-004
    recusal,  # AUTH-005
    measure_approved,  # COERCE-001
    on_site_duties,  # COERCE-002
    measure_decision,  # COERCE-003
    measure_duration,  # COERCE-004
    hearing_right_notified,  # HEAR-001
    request_honoured,  # HEAR-002
    hearing_notice_lead_time,  # HEAR-003
    public_hearing,  # HEAR-004
    independent_host,  # HEAR-005
    hearing_agents,  # HEAR-006
    transcript_signed,  # HEAR-007
    decision_after_hearing,  # HEAR-008
    no_hearing_costs,  # HEAR-009
    notice_before_decision,  # NOTICE-001
    notice_contents,  # NOTICE-002
    statement_window,  # NOTICE-003
    statements_reviewed,  # NOTICE-004
    no_heavier_penalty,  # NOTICE-005
    decision_contents,  # NOTICE-006
    remedies_stated,  # NOTICE-007
    decision_served,  # NOTICE-008
    publication_notice,  # NOTICE-009
    first_evidence_rights,  # NOTICE-010
    summary_limits,  # PROC-001
    summary_formalities,  # PROC-002
    no_second_fine,  # PROC-003
    minors,  # PROC-004
    step_order,  # PROC-005
    fine_collection,  # PROC-006
    surcharge,  # PROC-007
    published_in_time,  # PUBLISH-001
    withdrawn_after_change,  # PUBLISH-002
    personal_data_removed,  # PUBLISH-003
    published_text_matches,  # PUBLISH-004
    not_to_be_published,  # PUBLISH-005
    publication_period,  # PUBLISH-006
    electronic_monitoring,  # PUBLISH-007
    stages_recorded,  # RECORD-001
    av_recorded,  # RECORD-002
    av_coverage,  # RECORD-003
    transcripts_signed,  # RECORD-004
    closed_and_archived,  # RECORD-005
    legal_review_required,  # REVIEW-001
    review_passed,  # REVIEW-002
    qualified_reviewer,  # REVIEW-003
    independent_reviewers,  # REVIEW-004
    review_points,  # REVIEW-005
    collective_discussion,  # REVIEW-006
    case_review,  # REVIEW-007
    limitation_period,  # TIME-001
    case_period,  # TIME-002
    evidence_preservation,  # TIME-003
    filing_decision,  # TIME-004
)

__all__ = ["RULES"]
