"""Maintenance tool: rewrite src/enforcement_rules/rules/__init__.py so that RULES lists every @rule in
the rule modules, explicitly, ordered by code (the meta-tests check the result).

    python tools/gen_rules_init.py
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from enforcement_rules.rule import Rule

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "enforcement_rules" / "rules"
HEADER = '''"""The rule catalogue (SPEC §4). ``RULES`` lists every rule explicitly, ordered by code; a test checks
that it is complete, sorted and that docs/rules.md matches it. Regenerate with
``python tools/gen_rules_init.py`` after adding a rule."""

from enforcement_rules.rule import Rule
'''


def main() -> None:
    found: list[tuple[str, str, str]] = []  # (code, module, name)
    for info in sorted(pkgutil.iter_modules([str(PACKAGE)]), key=lambda i: i.name):
        mod = importlib.import_module(f"enforcement_rules.rules.{info.name}")
        for name, value in vars(mod).items():
            if isinstance(value, Rule) and value.func.__module__ == mod.__name__:
                found.append((value.code, info.name, name))
    by_module: dict[str, list[str]] = {}
    for _, module, name in found:
        by_module.setdefault(module, []).append(name)
    lines = [HEADER.rstrip("\n")]
    for module in sorted(by_module):
        names = sorted(by_module[module])
        joined = ", ".join(names)
        one = f"from enforcement_rules.rules.{module} import {joined}"
        if len(one) <= 120:
            lines.append(one)
        else:
            lines.append(f"from enforcement_rules.rules.{module} import (")
            lines.extend(f"    {n}," for n in names)
            lines.append(")")
    lines += ["", "RULES: tuple[Rule, ...] = ("]
    lines += [f"    {name},  # {code}" for code, _, name in sorted(found)]
    lines += [")", "", '__all__ = ["RULES"]', ""]
    (PACKAGE / "__init__.py").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(found)} rules")


if __name__ == "__main__":
    main()
