"""The docs promise what the code does: generated pages are fresh, documented examples run."""

from __future__ import annotations

import importlib.util
import re

import pytest

from enforcement_rules.docgen import data_model_markdown, parameters_markdown
from tests.helpers import ROOT


def _generated_pages() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "tools" / "gen_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pages: dict[str, str] = module.pages()
    return pages


@pytest.mark.parametrize("page", ["docs/rules.md", "docs/data-model.md", "docs/parameters.md",
                                  "docs/profiles-compared.md", "docs/training.md"])
def test_generated_pages_are_fresh(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each generated page matches the code; regenerate with `python tools/gen_docs.py`."""
    monkeypatch.chdir(ROOT)
    assert (ROOT / page).read_text("utf-8") == _generated_pages()[page]


def test_cli_generates_the_same_pages() -> None:
    """The CLI's markdown outputs are the same generators (rules, schema, profile)."""
    assert data_model_markdown() == (ROOT / "docs" / "data-model.md").read_text("utf-8")
    assert parameters_markdown() == (ROOT / "docs" / "parameters.md").read_text("utf-8")


@pytest.mark.parametrize("page", ["README.md", "docs/quickstart.md"])
def test_python_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ```python block of the README and the quickstart runs as written, from the project root."""
    monkeypatch.chdir(ROOT)
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / page).read_text("utf-8"), flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, page, "exec"), {})  # our own documentation


def test_readme_comment_shows_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The output quoted in the README's example is what the library prints."""
    from datetime import date

    import enforcement_rules as er

    monkeypatch.chdir(ROOT)
    f = er.check("examples/cases/samr-notice-defects.json", as_of=date(2025, 12, 1)).violations[0]
    line = " ".join([f.code, str(f.subject), f.message, "；".join(c.zh for c in f.citations)])
    assert f"# {line}" in (ROOT / "README.md").read_text("utf-8")
