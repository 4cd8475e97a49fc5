"""The public hypothesis strategies (an optional extra): what other systems' tests draw from."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given

import enforcement_rules as er
from enforcement_rules.strategies import case_records, compliant_cases, knobs, violating_cases
from enforcement_rules.training.builders import BuiltCase
from enforcement_rules.training.knobs import Knobs, problems


def test_importing_the_library_never_imports_hypothesis() -> None:
    """`import enforcement_rules` (and the training package, and the CLI) works without the extra."""
    code = ("import sys, enforcement_rules, enforcement_rules.cli, enforcement_rules.training.exercises, "
            "enforcement_rules.training.grading; enforcement_rules.check; print('hypothesis' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@given(knobs())
def test_drawn_knobs_are_buildable(k: Knobs) -> None:
    """Drawn knobs name no impossible combination."""
    assert problems(k.resolve(__import__("random").Random(0))) == []


@given(compliant_cases(sector="samr", procedure="ordinary", hearing=True))
def test_fixed_knobs_are_honoured(built: BuiltCase) -> None:
    """Knobs passed by keyword are kept; the case is compliant."""
    assert (built.knobs.sector, built.knobs.procedure, built.knobs.hearing) == ("samr", "ordinary", True)
    assert any(a["type"] == "hearing" for a in built.data["acts"])
    assert built.check().violations == ()


@given(violating_cases("NOTICE-008", allowed={"sector": ("police",)}))
def test_violating_cases_carry_their_defect(built: BuiltCase) -> None:
    """A violating case says what was planted, and the engine finds it."""
    assert built.defects[-1].code == "NOTICE-008"
    assert "NOTICE-008" in {f.code for f in built.check().violations}


@given(case_records(sector="national"))
def test_case_records_are_plain_data(data: dict[str, object]) -> None:
    """Just the record: loadable JSON-ready data."""
    assert er.load_case(data).sector.value == "other"
