"""Every bundled example shows exactly the violations it was written to show, across all rule families —
so a trainer, a reviewer or a README reader sees no surprise finding from another family."""

from __future__ import annotations

from datetime import date

import pytest

import enforcement_rules as er
from tests.helpers import EXAMPLES

AS_OF = date(2026, 6, 1)

EXPECTED: dict[str, set[str]] = {
    "four-profiles": {"HEAR-001", "NOTICE-003"},  # police other matters: a 50,000 fine is hearing-eligible
    "mee-ordinary-compliant": set(),
    "police-public-security-2025-summary": set(),
    "police-public-security-2026": set(),
    "police-seizure-defects": {"RECORD-003", "RECORD-004"},
    "samr-case-period-extended": set(),
    "samr-hearing-compliant": set(),
    "samr-hearing-defects": {f"HEAR-00{i}" for i in range(3, 10)},
    "samr-notice-defects": {"NOTICE-002", "NOTICE-005", "NOTICE-006"},
    "samr-publication-defects": {"PUBLISH-001", "PUBLISH-003"},
    "samr-publication-redacted": set(),
    "samr-seizure-compliant": set(),
    "samr-summary-compliant": set(),
    # the fine was paid on the decision day, so the case was due to be closed (SAMR-P 77): RECORD-005 too
    "samr-time-procedure-defects": {"PROC-003", "PROC-005", "PROC-006", "PROC-007", "RECORD-005", "TIME-002",
                                    "TIME-003", "TIME-004"},
    "township-entrusted": set(),
    "township-handed-down": set(),
}


def test_every_example_is_listed() -> None:
    """A new example file gets its expected violations listed here."""
    assert {p.stem for p in EXAMPLES.glob("*.json")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_shows_exactly_its_violations(name: str) -> None:
    """The example's violated rules are exactly the planted ones (none for a compliant example)."""
    report = er.check(EXAMPLES / f"{name}.json", as_of=AS_OF, strict=True)
    assert {f.code for f in report.violations} == EXPECTED[name]
    assert report.complete
