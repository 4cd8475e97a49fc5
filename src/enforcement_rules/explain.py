"""``explain CODE``: a rule, the verbatim text of the articles it cites, and an example of a breach."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

from enforcement_rules.errors import UnknownRuleError
from enforcement_rules.law.citations import INSTRUMENTS, Citation
from enforcement_rules.rule import Rule

__all__ = ["article_text", "cited_texts", "explain", "find_rule"]


@cache
def _articles() -> dict[str, dict[str, object]]:
    raw = resources.files("enforcement_rules.law").joinpath("data", "articles.json").read_text("utf-8")
    data: dict[str, dict[str, object]] = json.loads(raw)
    return data


def article_text(citation: Citation) -> tuple[list[str], str] | None:
    """The verbatim lines of the cited article and their source, or None when the library has no text."""
    entry = _articles().get(citation.instrument)
    if entry is None:
        return None
    articles = entry["articles"]
    assert isinstance(articles, dict)
    lines = articles.get(str(citation.article))
    return (list(lines), str(entry["source"])) if lines else None


def cited_texts(citations: Iterable[Citation]) -> Iterator[tuple[Citation, tuple[list[str], str] | str | None]]:
    """Each citation with its article's verbatim text and source the first time the article comes up;
    afterwards None; the instrument's verification status (a str) when the library has no text."""
    shown: set[tuple[str, int | None]] = set()
    for c in citations:
        if (c.instrument, c.article) in shown:
            yield c, None
            continue
        shown.add((c.instrument, c.article))
        yield c, article_text(c) or INSTRUMENTS[c.instrument].status.value


def find_rule(code: str) -> Rule:
    from enforcement_rules.rules import RULES

    for r in RULES:
        if r.code == code.upper():
            return r
    close = difflib.get_close_matches(code.upper(), [r.code for r in RULES], n=1)
    raise UnknownRuleError(code, close[0] if close else None)


def explain(code: str, *, lang: str = "zh") -> str:
    """The rule's card: title, severity, scope, obligation, example, and each cited article's text."""
    r = find_rule(code)
    zh = lang == "zh"
    scope = "、".join(sorted(r.sectors)) if r.sectors else ("所有行业" if zh else "every sector")
    out = [
        f"{r.code}  {r.title if zh else r.title_en}",
        f"{'英文' if zh else 'Chinese'}: {r.title_en if zh else r.title}",
        f"{'族' if zh else 'family'}: {r.family}    {'严重程度' if zh else 'severity'}: {r.severity.value}    "
        f"{'适用' if zh else 'applies to'}: {scope}    {'评查项' if zh else 'review items'}: "
        f"{', '.join(r.review_items) or '-'}",
        "",
        r.doc,
        "",
        f"{'示例' if zh else 'Example'}: {r.example[0] if zh else r.example[1]}",
        "",
        *([f"{'解释' if zh else 'Derived'}: {r.derived[0] if zh else r.derived[1]}", ""] if r.derived else []),
        f"{'依据' if zh else 'Legal basis'}:",
    ]
    for c, text in cited_texts(r.citations):
        out.append(f"  {c.zh if zh else c.en}")
        if text is None:
            continue
        if isinstance(text, str):
            out.append(f"    （本库未收录原文；核实状态：{text}）" if zh else
                       f"    (no verbatim text in the library; status: {text})")
            continue
        lines, source = text
        out.extend(f"    {line}" for line in lines)
        out.append(f"    —— {source}")
    return "\n".join(out)
