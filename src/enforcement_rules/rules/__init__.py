"""The rule catalogue (SPEC §4). ``RULES`` lists every rule explicitly, ordered by code; a test checks
that it is complete, sorted and that docs/rules.md matches it."""

from enforcement_rules.rule import Rule
from enforcement_rules.rules.notice import (
    decision_contents,
    no_heavier_penalty,
    notice_before_decision,
    notice_contents,
)

RULES: tuple[Rule, ...] = (
    notice_before_decision,
    notice_contents,
    no_heavier_penalty,
    decision_contents,
)

__all__ = ["RULES"]
