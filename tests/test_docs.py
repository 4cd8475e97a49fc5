"""The docs promise what the code does: generated pages are fresh, documented examples run."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from enforcement_rules.cli import main
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
                                  "docs/profiles-compared.md", "docs/case.schema.json", "docs/report.schema.json",
                                  "docs/hearing-eligibility.md", "docs/training.md"])
def test_generated_pages_are_fresh(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each generated page matches the code; regenerate with `python tools/gen_docs.py`."""
    monkeypatch.chdir(ROOT)
    assert (ROOT / page).read_text("utf-8") == _generated_pages()[page]


def test_cli_generates_the_same_pages() -> None:
    """The CLI's markdown outputs are the same generators (rules, schema, profile)."""
    assert data_model_markdown() == (ROOT / "docs" / "data-model.md").read_text("utf-8")
    assert parameters_markdown() == (ROOT / "docs" / "parameters.md").read_text("utf-8")


def test_published_json_schemas_are_what_the_cli_prints(capsys: pytest.CaptureFixture[str]) -> None:
    """The published case (schema_version 1, frozen) and report schemas are what `schema [--report]` prints."""
    for args, page in (([], "case.schema.json"), (["--report"], "report.schema.json")):
        main(["schema", *args])
        assert capsys.readouterr().out == (ROOT / "docs" / page).read_text("utf-8")


@pytest.mark.parametrize("page", ["README.md", "docs/quickstart.md", "docs/presave.md",
                                  "docs/time-and-procedure.md", "docs/hearing-eligibility.md"])
def test_python_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ```python block of the README and the quickstart runs as written, from the project root."""
    monkeypatch.chdir(ROOT)
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / page).read_text("utf-8"), flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, page, "exec", dont_inherit=True), {})  # our own documentation, run as written


def test_readme_comment_shows_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The output quoted in the README's example is what the library prints."""
    from datetime import date

    import enforcement_rules as er

    monkeypatch.chdir(ROOT)
    f = er.check("examples/cases/samr-notice-defects.json", as_of=date(2025, 12, 1)).violations[0]
    line = " ".join([f.code, str(f.subject), f.message, "；".join(c.zh for c in f.citations)])
    assert f"# {line}" in (ROOT / "README.md").read_text("utf-8")


def test_shell_examples_run() -> None:
    """Every ```sh block of the pre-save guide runs with the installed command and prints what it says it prints."""
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "docs" / "presave.md").read_text("utf-8"), flags=re.S)
    assert len(blocks) >= 3
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for block in blocks:
        run = subprocess.run(["bash", "-euo", "pipefail", "-c", block], capture_output=True, text=True, cwd=ROOT,
                             env=env, check=False)
        assert run.returncode == 0, (block, run.stdout, run.stderr)
        for expected in re.findall(r"^# prints: (.*)$", block, flags=re.M):
            assert expected in run.stdout, (expected, run.stdout)


def test_presave_guide_quotes_the_real_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The refusal message quoted in docs/presave.md is what ensure_compliant raises for the change shown there."""
    import copy
    import json
    from datetime import date

    import enforcement_rules as er

    monkeypatch.chdir(ROOT)
    before = json.loads((ROOT / "examples" / "cases" / "samr-hearing-compliant.json").read_text("utf-8"))
    after = copy.deepcopy(before)
    next(a for a in after["acts"] if a["id"] == "decision-1")["penalties"][0]["amount"] = "180000"
    with pytest.raises(er.ComplianceError) as info:
        er.ensure_compliant(after, before=before, as_of=date(2025, 12, 1))
    assert f"```\n{info.value}\n```" in (ROOT / "docs" / "presave.md").read_text("utf-8")
