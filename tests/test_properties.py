"""Properties over many inputs (DESIGN §10, §11): any input gives a Report or an InvalidCaseError and is
never mutated; a compliant case never violates; a planted defect is always found."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from tests.helpers import act, example, shifted

AS_OF = date(2026, 11, 27)
COMPLIANT = example("samr-hearing-compliant")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=25,
)


def check_any(data: Any) -> er.Report | None:
    """Check input as a user might hand it over: only a Report or InvalidCaseError may come back."""
    before = copy.deepcopy(data)
    problems: list[dict[str, Any]] | None = None
    try:
        report: er.Report | None = er.check(data, as_of=AS_OF)
    except er.InvalidCaseError as exc:
        problems = exc.errors()
        report = None
    assert report is not None or problems, "an InvalidCaseError always lists at least one problem"
    assert repr(data) == repr(before), "the input was mutated"  # repr: NaN != NaN
    return report


@given(json_values)
def test_arbitrary_json_values(data: Any) -> None:
    """Arbitrary JSON values give a Report or an InvalidCaseError, nothing else."""
    check_any(data)


@given(json_values.map(lambda v: json.dumps(v, allow_nan=True)))
def test_arbitrary_json_text(text: str) -> None:
    """Arbitrary JSON text too (including NaN, which is not JSON)."""
    if text.lstrip().startswith(("{", "[")):
        check_any(text)
    else:
        check_any(text.encode())


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


ALL_PATHS = _paths(COMPLIANT)[1:]


@st.composite
def mutated_cases(draw: st.DrawFn) -> dict[str, Any]:
    case = copy.deepcopy(COMPLIANT)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent: Any = case
        try:
            for key in path[:-1]:
                parent = parent[key]
            how = draw(st.sampled_from(["delete", "replace", "duplicate"]))
            if how == "delete":
                del parent[path[-1]]
            elif how == "replace":
                parent[path[-1]] = draw(json_values)
            elif isinstance(parent, list):
                parent.append(copy.deepcopy(parent[path[-1]]))
        except (KeyError, IndexError, TypeError):
            continue
    return case


@given(mutated_cases())
def test_mutated_example_cases(case: dict[str, Any]) -> None:
    """Randomly damaged real cases give a Report or an InvalidCaseError, nothing else."""
    check_any(case)


#: Rules whose outcome on a shifted case depends on where the holidays fall: the example's hearing notice is one
#: working day above the 7-working-day minimum (HEAR-003), and its public announcement and hearing report have
#: little slack (HEAR-004, HEAR-008). tests/rules/test_hearing_notice.py checks HEAR-003 on every shift against
#: the calendar instead.
CALENDAR_TIGHT = frozenset({"HEAR-003", "HEAR-004", "HEAR-008"})


@given(st.integers(-1000, 500), st.integers(1, 50))
def test_a_compliant_case_never_violates(shift: int, scale: int) -> None:
    """Moved in time together with the check date, and with other (consistent) amounts, the compliant case
    stays compliant (apart from periods that a shift across a holiday block may legitimately break). The
    check date moves too: a publication is only compliant for its period (SAMR-G 13)."""
    case = shifted(copy.deepcopy(COMPLIANT), shift)
    for a in case["acts"]:
        for p in a.get("penalties", []) + a.get("proposed_penalties", []):
            if "amount" in p:
                p["amount"] = str(Decimal(p["amount"]) * scale)
        if a["type"] == "publication":  # the published text states the decision's date and amounts
            day = date(2025, 5, 9) + timedelta(days=shift)
            for field in ("text", "summary"):
                a[field] = a[field].replace("2025年5月9日", f"{day.year}年{day.month}月{day.day}日")
                for amount in ("150000", "12600", "3150"):
                    a[field] = a[field].replace(f"{amount}元", f"{Decimal(amount) * scale}元")
    report = er.check(case, as_of=AS_OF + timedelta(days=shift), strict=True)
    assert [f for f in report.violations if f.code not in CALENDAR_TIGHT] == []


NOTICE_REQUIRED = ["proposed_penalty", "facts", "reasons", "legal_basis", "statement_right", "defence_right"]
DECISION_REQUIRED = act(COMPLIANT, "decision-1")["elements"]


@given(st.sets(st.sampled_from(NOTICE_REQUIRED), min_size=1))
def test_planted_notice_content_defect_is_found(removed: set[str]) -> None:
    """Removing any required element from the notice makes NOTICE-002 name exactly those elements."""
    case = copy.deepcopy(COMPLIANT)
    notice = act(case, "notice-1")
    notice["states"] = [e for e in notice["states"] if e not in removed]
    found = er.check(case, as_of=AS_OF, select=["NOTICE-002"], strict=True).violations
    assert len(found) == 1
    assert {m.value for m in found[0].facts["missing"]} == removed


@given(st.sets(st.sampled_from(DECISION_REQUIRED), min_size=1))
def test_planted_decision_content_defect_is_found(removed: set[str]) -> None:
    """Removing any required element from the decision gives one NOTICE-006 finding per element."""
    case = copy.deepcopy(COMPLIANT)
    decision = act(case, "decision-1")
    decision["elements"] = [e for e in decision["elements"] if e not in removed]
    found = er.check(case, as_of=AS_OF, select=["NOTICE-006"], strict=True).violations
    assert {f.key.rsplit(":", 1)[1] for f in found} == removed


@given(st.integers(0, 2), st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**6), places=2))
def test_planted_heavier_penalty_is_found(which: int, extra: Decimal) -> None:
    """Raising any decided amount above the notified one is always a NOTICE-005 violation."""
    case = copy.deepcopy(COMPLIANT)
    penalty = act(case, "decision-1")["penalties"][which]
    penalty["amount"] = str(Decimal(penalty["amount"]) + extra)
    found = er.check(case, as_of=AS_OF, select=["NOTICE-005"], strict=True).violations
    assert [f.code for f in found] == ["NOTICE-005"]
