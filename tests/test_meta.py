"""Meta-tests (DESIGN §11): the catalogue, its citations, its docs and the public API stay consistent."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import enforcement_rules as er
import enforcement_rules.rules as rules_pkg
from enforcement_rules.catalogue import catalogue_markdown
from enforcement_rules.explain import article_text
from enforcement_rules.law import INSTRUMENTS, Status
from enforcement_rules.rule import Rule
from enforcement_rules.rules import RULES
from tests.helpers import ROOT

SPEC = Path("/work/shared/SPEC.md")


def test_codes_are_unique_well_formed_and_sorted() -> None:
    """Codes are stable identifiers: FAMILY-000, unique, and RULES is ordered by code."""
    codes = [r.code for r in RULES]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[A-Z]+-\d{3}", c) for c in codes)
    assert codes == sorted(codes)


def test_rules_tuple_lists_every_declared_rule() -> None:
    """Every @rule in the rules package is in RULES (the decorator registers nothing itself)."""
    declared = set()
    for info in pkgutil.iter_modules(rules_pkg.__path__):
        module = importlib.import_module(f"enforcement_rules.rules.{info.name}")
        declared |= {v for v in vars(module).values() if isinstance(v, Rule)}
    assert declared == set(RULES)


def test_every_rule_cites_articles_that_exist_with_their_text() -> None:
    """Each rule cites at least one article; each cited article of a verified instrument has its verbatim
    text in the library (law/data/articles.json, copied by tools/extract_articles.py)."""
    for r in RULES:
        assert r.citations, r.code
        for c in r.citations:
            inst = INSTRUMENTS[c.instrument]
            if inst.status is Status.VERIFIED:
                assert article_text(c) is not None, f"{r.code}: no text for {c}"


def test_every_rule_has_a_docstring_example_and_review_items() -> None:
    """The declaration carries what the docs and trainers need."""
    for r in RULES:
        assert r.doc and r.example[0] and r.example[1] and r.review_items, r.code


def test_docs_catalogue_is_fresh() -> None:
    """docs/rules.md is generated from RULES; regenerate with `python tools/gen_docs.py`."""
    assert (ROOT / "docs" / "rules.md").read_text("utf-8") == catalogue_markdown(RULES)


def test_dunder_all_is_sorted_and_complete() -> None:
    """The package exports exactly its public names, in one sorted __all__, each importable."""
    assert set(er.__all__) == set(er._EXPORTS) | {"__version__"}
    assert er.__all__ == sorted(er.__all__, key=lambda n: (not n.isupper(), n))
    for name in er.__all__:
        assert getattr(er, name) is not None, name


def test_import_is_lazy() -> None:
    """`import enforcement_rules` does not import pydantic or the models (DESIGN §9 import budget)."""
    import subprocess
    import sys

    code = "import sys, enforcement_rules; print('pydantic' in sys.modules, 'enforcement_rules.models' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_instrument_registry_covers_the_spec_abbreviations() -> None:
    """Every abbreviation in SPEC.md's header is a registered instrument."""
    keys = {"CPL", "ACL", "ALL", "CivPL", "CC", "ARL", "ALitL", "GIR", "SAMR-P", "SAMR-H", "SAMR-G", "MEE-P",
            "PSB-P", "PSAPL", "PSAPL-2012", "OBE", "SUP", "NOISE", "GB118"}
    assert keys <= set(INSTRUMENTS)
    if SPEC.exists():
        header = SPEC.read_text("utf-8").split("## 1.")[0]
        for key in keys:
            assert key in header, key
