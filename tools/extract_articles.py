"""Maintenance tool: copy the verbatim text of every article the library cites into
``src/enforcement_rules/law/data/articles.json``, and cross-check it against shared/legal/legal-texts.md.

    python tools/extract_articles.py /path/to/laws-folder /path/to/legal-texts.md

The laws folder holds one Markdown file per instrument key (``CPL.md``, ``SAMR-P.md`` …), each a verbatim
copy of the public law-text repository file named on its first line (``<!-- source: … -->``). Run it after
adding a rule or a profile value that cites a new article; commit the JSON it writes. Not shipped.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from enforcement_rules.law.citations import Citation
from enforcement_rules.law.numerals import cn_to_int
from enforcement_rules.profiles.profile import SHIPPED_PROFILES, load_layer
from enforcement_rules.rules import RULES

OUT = Path(__file__).resolve().parents[1] / "src/enforcement_rules/law/data/articles.json"
HEADING = re.compile(r"^第[零一二三四五六七八九十百]+[章节编](?:[\s\u3000]|$)")
ARTICLE = re.compile(r"^第([零一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?[\s\u3000]*(.*)$")


def cited() -> set[Citation]:
    out: set[Citation] = set()
    for r in RULES:
        out.update(r.citations)
    for chain in SHIPPED_PROFILES.values():
        for name in chain:
            for e in load_layer(name, shipped=True).entries:
                out.update(e.cites)
                if isinstance(e.value, dict):
                    for cites in e.value.values():
                        out.update(cites)
    return out


def parse(path: Path) -> tuple[str, dict[int, list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    source = lines[0].removeprefix("<!-- source:").removesuffix("-->").strip() if lines else ""
    articles: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in lines[1:]:
        text = line.strip()
        if not text:
            continue
        if text.startswith("#") or HEADING.match(text):
            current = None
            continue
        m = ARTICLE.match(text)
        if m and not m.group(2):
            number = cn_to_int(m.group(1))
            current = articles.setdefault(number, [])
            current.append(re.sub(r"[\s\u3000]+", " ", text, count=1))
        elif current is not None:
            current.append(text)
    return source, articles


def main(laws: Path, legal_texts: Path) -> int:
    reference = re.sub(r"[\s\u3000>]+", "", legal_texts.read_text(encoding="utf-8"))
    wanted: dict[str, set[int]] = {}
    for c in cited():
        if c.article is not None:  # whole-instrument citations have no article to copy
            wanted.setdefault(c.instrument, set()).add(c.article)
    data: dict[str, dict[str, object]] = {}
    problems = 0
    for key in sorted(wanted):
        path = laws / f"{key}.md"
        if not path.exists():
            print(f"{key}: no text file; articles {sorted(wanted[key])} have no verbatim text")
            continue
        source, articles = parse(path)
        entry: dict[str, object] = {"source": source, "articles": {}}
        for number in sorted(wanted[key]):
            text = articles.get(number)
            if text is None:
                print(f"{key} {number}: NOT FOUND in {path.name}")
                problems += 1
                continue
            flat = re.sub(r"[\s\u3000]+", "", "".join(text))
            status = "in legal-texts.md" if flat in reference else "repository only"
            print(f"{key} {number}: {len(text)} lines, {status}")
            entry["articles"][str(number)] = text  # type: ignore[index]
        data[key] = entry
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
