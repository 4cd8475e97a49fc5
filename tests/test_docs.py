"""The docs promise what the code does: generated pages are fresh, documented examples run."""

from __future__ import annotations

import re

import pytest

from enforcement_rules.docgen import data_model_markdown, parameters_markdown
from tests.helpers import ROOT


def test_data_model_page_is_fresh() -> None:
    """docs/data-model.md is generated from the models (`enforcement-rules schema --format markdown`)."""
    assert (ROOT / "docs" / "data-model.md").read_text("utf-8") == data_model_markdown()


def test_parameters_page_is_fresh() -> None:
    """docs/parameters.md is generated from the registry and the shipped profiles."""
    assert (ROOT / "docs" / "parameters.md").read_text("utf-8") == parameters_markdown()


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
