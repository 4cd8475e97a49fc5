"""Maintenance tool: regenerate every generated page under docs/ (a test fails when one is stale).

    python tools/gen_docs.py
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from enforcement_rules.catalogue import catalogue_markdown
from enforcement_rules.docgen import data_model_markdown, parameters_markdown, profiles_compared_markdown
from enforcement_rules.docgen_hearing import hearing_eligibility_markdown
from enforcement_rules.rules import RULES
from enforcement_rules.schema import case_schema, report_schema
from enforcement_rules.training.guide import guide_markdown

ROOT = Path(__file__).resolve().parents[1]
COMPARED_CASE = "examples/cases/four-profiles.json"
COMPARED_AS_OF = date(2025, 12, 1)


def pages() -> dict[str, str]:
    return {
        "docs/rules.md": catalogue_markdown(RULES),
        "docs/data-model.md": data_model_markdown(),
        "docs/parameters.md": parameters_markdown(),
        "docs/profiles-compared.md": profiles_compared_markdown(COMPARED_CASE, COMPARED_AS_OF),
        # The published contracts for other languages, exactly as `enforcement-rules schema [--report]` prints them.
        "docs/case.schema.json": json.dumps(case_schema(), ensure_ascii=False, indent=2) + "\n",
        "docs/report.schema.json": json.dumps(report_schema(), ensure_ascii=False, indent=2) + "\n",
        "docs/hearing-eligibility.md": hearing_eligibility_markdown(),
        "docs/training.md": guide_markdown(),
    }


def main() -> None:
    for name, text in pages().items():
        (ROOT / name).write_text(text, encoding="utf-8")
        print(f"wrote {name}")


if __name__ == "__main__":
    main()
