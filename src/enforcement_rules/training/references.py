"""Reading what trainees write: article references, rule codes and option letters.

One parser for the ways people name an article::

    行政处罚法第六十四条第二项        《行政处罚法》第44条           《中华人民共和国行政处罚法》第六十四条第（二）项
    市场监督管理行政处罚程序规定第五十七条第二款                     CPL 44      CPL 64(2)     SAMR-P 57②
    《行政处罚法》第四十四条、第六十二条   (the second inherits the law named before it)
    第62条   (no law named: matched against any law, see ArticleRef.matches)

Instrument names come from the registry (:data:`~enforcement_rules.law.citations.INSTRUMENTS`: the key,
the full title, the short title, the title without 中华人民共和国) plus a few common short forms; Chinese
numerals are read with :func:`~enforcement_rules.law.numerals.cn_to_int`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from enforcement_rules.law.citations import INSTRUMENTS, Citation
from enforcement_rules.law.numerals import CIRCLED, cn_to_int

__all__ = ["ArticleRef", "Parsed", "parse_answer", "parse_references"]

#: Short forms people use that the registry does not list (the registry's own names are always accepted).
ALIASES = {
    "处罚法": "CPL", "行政强制法": "ACL", "强制法": "ACL", "复议法": "ARL", "行政诉讼法": "ALitL",
    "治安处罚法": "PSAPL", "治安法": "PSAPL", "市场监管行政处罚程序规定": "SAMR-P",
    "市场监管行政处罚听证办法": "SAMR-H", "市场监管行政处罚信息公示规定": "SAMR-G",
    "行政处罚程序规定": "SAMR-P", "听证办法": "SAMR-H", "信息公示规定": "SAMR-G", "环境行政处罚办法": "MEE-P",
    "公安机关行政案件程序规定": "PSB-P", "政府信息公开条例": "GIR", "民诉法": "CivPL",
}
_NUM = "[零一二三四五六七八九十百千两〇0-9０-９]+"
_FULLWIDTH = str.maketrans("０１２３４５６７８９（）", "0123456789()")


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as a trainee named it; ``instrument`` None when no law was named."""

    instrument: str | None
    article: int
    paragraph: int | None = None
    item: int | None = None
    text: str = ""

    @property
    def known(self) -> bool:
        """False when the trainee named a law the library does not know (e.g. the substantive law)."""
        return self.instrument != _UNKNOWN

    def matches(self, c: Citation) -> bool:
        """Whether this names ``c`` or a part of it, or ``c`` is a part of this: the same article of the same
        instrument, with paragraph and item agreeing where both give them. An unnamed law matches any law."""
        if self.instrument is not None and self.instrument != c.instrument:
            return False
        if self.article != c.article:
            return False
        if self.paragraph is not None and c.paragraph is not None and self.paragraph != c.paragraph:
            return False
        return self.item is None or c.item is None or self.item == c.item

    @property
    def label(self) -> str:
        """How the library writes it: 《行政处罚法》第六十四条第二项 (or 第六十四条 without a law)."""
        if self.instrument == _UNKNOWN:
            return self.text
        if self.instrument is not None:
            return Citation(self.instrument, self.article, self.paragraph, self.item).zh
        return Citation("CPL", self.article, self.paragraph, self.item).zh.replace("《行政处罚法》", "")


@dataclass(frozen=True, slots=True)
class Parsed:
    """Everything one answer says: articles, rule codes, option letters, and whether it says "none"."""

    refs: tuple[ArticleRef, ...]
    codes: tuple[str, ...]
    letters: tuple[str, ...]
    none: bool


_UNKNOWN = "?"  # a law was named that the library does not know: it matches nothing


@cache
def _names() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    names: dict[str, str] = {}
    for key, inst in INSTRUMENTS.items():
        for name in (inst.title, inst.short, inst.title.removeprefix("中华人民共和国")):
            names.setdefault(name.translate(_FULLWIDTH), key)
    names.update((alias, key) for alias, key in ALIASES.items() if alias not in names)
    # Any name of a law, regulation or rule; which one it is is decided by _instrument().
    chinese = re.compile(
        r"(?:《?(?P<name>[\u4e00-\u9fa5]{1,40}?(?:法|法典|条例|规定|办法|规则|决定|意见|通知)"
        r"(?:\([^()]{1,12}\))?)》?\s*)?"
        rf"第?\s*(?P<art>{_NUM})\s*条"
        rf"(?:\s*第?\s*(?P<para>{_NUM})\s*款)?"
        rf"(?:\s*第?\s*(?:\(\s*(?P<item>{_NUM})\s*\)|(?P<item2>{_NUM}))\s*项|\s*\(\s*(?P<item3>{_NUM})\s*\))?"
    )
    keys = "|".join(re.escape(k) for k in sorted(INSTRUMENTS, key=len, reverse=True))
    compact = re.compile(
        rf"(?<![A-Za-z])(?P<key>{keys})\s*(?:Art\.?\s*)?(?P<art>\d{{1,3}})(?!\d)"
        rf"(?P<para>[{CIRCLED}])?(?:\s*\((?P<item>[一二三四五六七八九十\d]+)\))?",
        re.IGNORECASE,
    )
    return names, chinese, compact


def _instrument(name: str, names: dict[str, str]) -> str:
    """The instrument a written name ends with ("违反了行政处罚法" → CPL), or unknown."""
    for known in sorted(names, key=len, reverse=True):
        if name.endswith(known):
            return names[known]
    return _UNKNOWN


def _number(text: str | None) -> int | None:
    return cn_to_int(text) if text else None


def parse_references(text: str) -> list[ArticleRef]:
    """Every article named in ``text``, in order (a reference without a law takes the law named last)."""
    return list(_scan(text.translate(_FULLWIDTH))[0])


def _scan(text: str) -> tuple[list[ArticleRef], str]:
    names, chinese, compact = _names()
    keys = {k.lower(): k for k in INSTRUMENTS}
    found: list[tuple[int, ArticleRef]] = []
    rest = list(text)

    def blank(m: re.Match[str]) -> None:
        for i in range(m.start(), m.end()):
            rest[i] = " "

    for m in compact.finditer(text):
        para = m["para"]
        found.append((m.start(), ArticleRef(keys[m["key"].lower()], int(m["art"]),
                                            CIRCLED.index(para) + 1 if para else None, _number(m["item"]),
                                            m.group(0))))
        blank(m)
    masked = "".join(rest)
    last: str | None = None
    chinese_refs: list[tuple[int, ArticleRef]] = []
    for m in chinese.finditer(masked):
        name = m["name"]
        inst = _instrument(name, names) if name else None
        chinese_refs.append((m.start(), ArticleRef(inst, cn_to_int(m["art"]), _number(m["para"]),
                                                   _number(m["item"] or m["item2"] or m["item3"]), m.group(0).strip())))
        blank(m)
    ordered = []
    for _pos, written in sorted(found + chinese_refs, key=lambda x: x[0]):
        ref = written
        if ref.instrument is None and last is not None:  # 《行政处罚法》第四十四条、第六十二条
            ref = ArticleRef(last, ref.article, ref.paragraph, ref.item, ref.text)
        last = ref.instrument or last
        ordered.append(ref)
    return ordered, "".join(rest)


_CODE = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,10}-\d{3})(?!\d)")
_LETTER = re.compile(r"(?<![A-Za-z])([A-Z])(?![A-Za-z])")
_NONE = re.compile(r"^(?:无|没有|没有问题|无问题|未发现问题|未发现|均已做到|z|none|no problems?)$", re.IGNORECASE)


def parse_answer(text: str) -> Parsed:
    """Split one answer into the articles, codes and option letters it names, and whether it says none."""
    text = text.translate(_FULLWIDTH)
    codes = [m.upper() for m in _CODE.findall(text)]
    without_codes = _CODE.sub(" ", text)
    refs, rest = _scan(without_codes)
    letters = _LETTER.findall(rest)
    bare = re.sub(r"[\s。．.，,；;、:：]+", "", text)
    none = bool(_NONE.match(bare)) or (letters == ["Z"] and not refs and not codes)
    chosen = tuple(dict.fromkeys(x for x in letters if x != "Z"))
    return Parsed(tuple(refs), tuple(dict.fromkeys(codes)), chosen, none)
