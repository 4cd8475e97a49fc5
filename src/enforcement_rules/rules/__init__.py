"""The rule catalogue (SPEC §4). ``RULES`` lists every rule explicitly, ordered by code; a test checks
that it is complete, sorted and that docs/rules.md matches it."""

from enforcement_rules.rule import Rule
from enforcement_rules.rules.audiovisual import av_coverage, av_recorded
from enforcement_rules.rules.coercion import measure_approved, on_site_duties
from enforcement_rules.rules.coercion_decision import measure_decision
from enforcement_rules.rules.coercion_period import measure_duration
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
from enforcement_rules.rules.recording import closed_and_archived, stages_recorded, transcripts_signed

RULES: tuple[Rule, ...] = (
    measure_approved,
    on_site_duties,
    measure_decision,
    measure_duration,
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
    stages_recorded,
    av_recorded,
    av_coverage,
    transcripts_signed,
    closed_and_archived,
)

__all__ = ["RULES"]
