"""COERCE-004 (SPEC §4): sealing, seizure and freezing last at most 30 calendar days, extended at most 30
more for a complex case with approval and written notice, testing time excluded only when stated and told."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from enforcement_rules.profiles import Profile, load_layer
from tests.helpers import act, example, run
from tests.rules.coercion_cases import SEIZURE, bare_seizure, lifted, seizure, user_profile

LATE = date(2026, 11, 27)


def findings(case: dict[str, Any], as_of: date = LATE, **kw: Any) -> dict[str, er.Finding]:
    """COERCE-004's findings by subject and discriminator (``seize-1:period``, ``extend-1:notice`` …)."""
    return {f.key.split(":", 1)[1]: f for f in run(case, "COERCE-004", as_of=as_of, **kw).by_code("COERCE-004")}


def extension(case: dict[str, Any], ext_id: str, on: str, days: int | None = 20, served: str | None = None,
              **fields: Any) -> dict[str, Any]:
    """Add a lawful extension of seize-1 (complex, approved, reasons), served on ``served`` (default ``on``)."""
    ext = {"type": "coercive_measure_extension", "id": ext_id, "on": on, "measure_id": "seize-1",
           "approved_by": "head-wang", "complex_case": True, "reasons_stated": True, **fields}
    if days is not None:
        ext["days"] = days
    case["acts"].append({k: v for k, v in ext.items() if v is not None})
    case["acts"].append({"type": "service", "id": f"serve-{ext_id}", "on": served or on, "document_id": ext_id,
                         "method": "direct"})
    return case


def test_coerce_004_example_within_the_period() -> None:
    """30 days + 10 testing days stated and told + a lawful 20-day extension: lifted on day 56, in time."""
    found = findings(example(SEIZURE))
    assert {k: f.outcome.value for k, f in found.items()} == {
        "extend-1:extension": "satisfied", "extend-1:notice": "satisfied", "seize-1:period": "satisfied"}
    assert found["seize-1:period"].facts["last_day"] == date(2025, 11, 1)


@pytest.mark.parametrize(("lift_on", "expected"), [("2025-10-02", "satisfied"), ("2025-10-03", "violated")])
def test_coerce_004_thirty_calendar_days_not_rolled_forward(lift_on: str, expected: str) -> None:
    """Seized 2025-09-02: the 30 days end on 2025-10-02 — inside the National Day holiday, not moved (ACL 25)."""
    f = findings(lifted(bare_seizure(), lift_on))["seize-1:period"]
    assert (f.outcome.value, f.facts["last_day"]) == (expected, date(2025, 10, 2))
    if expected == "violated":
        assert (f.severity, f.loc) == (er.Severity.ERROR, ("acts", 1))
        assert {str(c) for c in f.citations} >= {"ACL 25①", "ACL 27", "SAMR-P 38"}


def test_coerce_004_a_profile_may_roll_the_last_day_forward(tmp_path: Path) -> None:
    """A profile applying CC 203 moves a last day on a rest day to the next working day (2025-10-09)."""
    profile = user_profile(tmp_path, '[[value]]\nparam = "coercion.period_end_rest_day"\nvalue = "roll_forward"\n'
                                     'cite = "CC 203"\n')
    f = findings(lifted(bare_seizure(), "2025-10-09"), profile=profile)["seize-1:period"]
    assert (f.outcome, f.facts["last_day"]) == (er.Outcome.SATISFIED, date(2025, 10, 9))


@pytest.mark.parametrize(("as_of", "expected"), [(date(2025, 10, 2), "pending"), (date(2025, 10, 3), "violated")])
def test_coerce_004_pending_until_the_end(as_of: date, expected: str) -> None:
    """Not yet handled: open until the last day, broken after it (ACL 27, 28①(四))."""
    f = findings(bare_seizure(), as_of=as_of)["seize-1:period"]
    assert f.outcome.value == expected
    if expected == "pending":
        assert f.due_on == date(2025, 10, 2)


@pytest.mark.parametrize(
    "fields", [{"complex_case": False}, {"approved_by": None, "approval": "not_sought"}],
    ids=["no-complex-ground", "not-approved"],
)
def test_coerce_004_unlawful_extension_is_an_error_and_does_not_count(fields: dict[str, Any]) -> None:
    """An extension without a complex-case ground or approval breaks ACL 25①, and the measure then
    overstays its 30 days."""
    case = lifted(extension(bare_seizure(), "extend-1", "2025-09-30", **fields), "2025-10-15")
    found = findings(case)
    ext = found["extend-1:extension"]
    assert (ext.outcome, ext.severity, ext.subject) == (er.Outcome.VIOLATED, er.Severity.ERROR, "extend-1")
    assert found["seize-1:period"].outcome is er.Outcome.VIOLATED


def test_coerce_004_extensions_beyond_thirty_days_in_total() -> None:
    """Two extensions of 20 and 15 days exceed the 30 more days allowed: the second is an error."""
    case = extension(extension(bare_seizure(), "extend-1", "2025-09-30"), "extend-2", "2025-10-20", days=15)
    found = findings(lifted(case, "2025-10-22"))
    assert found["extend-1:extension"].outcome is er.Outcome.SATISFIED
    second = found["extend-2:extension"]
    assert (second.outcome, second.facts["extended_days"]) == (er.Outcome.VIOLATED, 35)
    assert [p.value for p in second.facts["problems"]] == ["over_limit"]


def test_coerce_004_extension_after_expiry_is_violated() -> None:
    """An extension decided after the 30 days ran out cannot revive the measure."""
    found = findings(lifted(extension(bare_seizure(), "extend-1", "2025-10-03"), "2025-10-20"))
    assert [p.value for p in found["extend-1:extension"].facts["problems"]] == ["after_expiry"]
    assert found["seize-1:period"].outcome is er.Outcome.VIOLATED


@pytest.mark.parametrize(
    ("served", "reasons", "as_of", "expected"),
    [("2025-10-01", True, LATE, "satisfied"), ("2025-10-03", True, LATE, "violated"),
     (None, True, date(2025, 10, 2), "pending"), (None, True, date(2025, 10, 3), "violated"),
     ("2025-10-01", False, LATE, "violated"), ("2025-10-01", None, LATE, "indeterminate")],
    ids=["served-in-time", "served-after-end", "open", "never-served", "no-reasons", "reasons-unknown"],
)
def test_coerce_004_extension_notified_in_writing_with_reasons(served: str | None, reasons: bool | None,
                                                               as_of: date, expected: str) -> None:
    """The extension is told to the party in writing, with reasons, before the period it extends ends
    (ACL 25②)."""
    case = extension(bare_seizure(), "extend-1", "2025-09-30", served=served or "2099-01-01", reasons_stated=reasons)
    if served is None:
        case["acts"] = [a for a in case["acts"] if a["id"] != "serve-extend-1"]
    f = findings(case, as_of=as_of)["extend-1:notice"]
    assert f.outcome.value == expected


def test_coerce_004_unknown_extension_facts_make_the_end_unknown() -> None:
    """An extension whose ground is not recorded may or may not count: handling between the two possible
    ends is indeterminate."""
    case = lifted(extension(bare_seizure(), "extend-1", "2025-09-30", complex_case=None), "2025-10-15")
    found = findings(case)
    assert found["extend-1:extension"].missing == ("complex_case",)
    assert found["seize-1:period"].outcome is er.Outcome.INDETERMINATE


@pytest.mark.parametrize(
    ("testing", "expected"),
    [({"days": 10, "notified_in_writing": True}, "satisfied"), ({"days": 10, "notified_in_writing": False}, "violated"),
     ({"notified_in_writing": True}, "violated"), ({"days": 10}, "indeterminate")],
    ids=["stated-and-told", "not-told", "length-not-stated", "telling-unknown"],
)
def test_coerce_004_testing_time_excluded_only_when_stated_and_told(testing: dict[str, Any], expected: str) -> None:
    """Testing time is left out of the 30 days only when its length is stated and told in writing (ACL 25③):
    lifted on day 38."""
    case = lifted(bare_seizure(testing=[{"start_on": "2025-09-05", **testing}]), "2025-10-10")
    assert findings(case)["seize-1:period"].outcome.value == expected


def test_coerce_004_stated_duration_over_thirty_days() -> None:
    """A decision stating 45 days exceeds ACL 25①."""
    f = findings(lifted(bare_seizure(duration_days=45), "2025-09-20"))["seize-1:stated"]
    assert (f.outcome, f.loc, f.facts["stated"]) == (er.Outcome.VIOLATED, ("acts", 1, "duration_days"), 45)


def test_coerce_004_freezing_follows_acl_32() -> None:
    """Freezing: a handling or lifting decision within 30 days of the freeze (ACL 32①); no testing exclusion."""
    case = lifted(bare_seizure(measure="freeze", testing=[{"days": 10, "notified_in_writing": True}]), "2025-10-03")
    f = findings(case)["seize-1:period"]
    assert (f.outcome, f.facts["last_day"]) == (er.Outcome.VIOLATED, date(2025, 10, 2))
    assert {str(c) for c in f.citations} == {"ACL 32①"}


def test_coerce_004_unconfigured_period_is_indeterminate(tmp_path: Path) -> None:
    """A profile that sets no period cannot decide the duration."""
    path = tmp_path / "bare.toml"
    path.write_text('[profile]\nname = "bare"\nlayer = "national"\n', encoding="utf-8")
    f = findings(bare_seizure(), profile=Profile("bare", [load_layer(path)]))["seize-1:period"]
    assert f.outcome is er.Outcome.INDETERMINATE
    assert "coercion.seal_seize_within" in f.missing


def test_coerce_004_other_measures_are_outside() -> None:
    """Liberty restriction and other measures have their own statutory periods."""
    assert [f.outcome.value for f in run(seizure(measure="other"), "COERCE-004").findings] == ["not_applicable"]
    assert act(example(SEIZURE), "seize-1")["measure"] == "seize"


@given(st.dates(date(2013, 1, 1), date(2026, 6, 30)), st.integers(0, 30), st.integers(0, 20))
def test_coerce_004_last_day_is_30_days_plus_extension_plus_testing(day: date, extend: int, tested: int) -> None:
    """For any seizure, a lawful extension of up to 30 days and a stated, told testing period: handled on the
    last day is in time, the day after is not."""
    on = day.isoformat()
    base = bare_seizure(on=on, testing=[{"days": tested, "notified_in_writing": True}] if tested else None)
    ext_on = (day + timedelta(days=29)).isoformat()
    last = day + timedelta(days=30 + extend + tested)
    for lift, expected in ((last, "satisfied"), (last + timedelta(days=1), "violated")):
        case = copy.deepcopy(base)
        if extend:
            extension(case, "extend-1", ext_on, days=extend)
        assert findings(lifted(case, lift.isoformat()))["seize-1:period"].outcome.value == expected


def test_coerce_004_extension_length_unknown() -> None:
    """An extension whose length is not recorded: the extension and the period's end are unknown."""
    case = lifted(extension(bare_seizure(), "extend-1", "2025-09-30", days=None), "2025-10-20")
    found = findings(case)
    assert found["extend-1:extension"].missing == ("days",)
    assert found["seize-1:period"].outcome is er.Outcome.INDETERMINATE


def test_coerce_004_rolling_into_an_unloaded_year_is_indeterminate(tmp_path: Path) -> None:
    """Rolled forward under CC 203, a last day of 2026-12-29 needs the 2027 notice, which is not loaded."""
    profile = user_profile(tmp_path, '[[value]]\nparam = "coercion.period_end_rest_day"\nvalue = "roll_forward"\n'
                                     'cite = "CC 203"\n')
    f = findings(bare_seizure(on="2026-11-29"), as_of=date(2026, 12, 1), profile=profile)["seize-1:period"]
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("calendar:2027",))
