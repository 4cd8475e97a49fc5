"""Instruments and structured citations.

Every rule and every profile value cites articles as :class:`Citation` objects — instrument, article,
paragraph (款) and item (项) — never as free text. The instrument keys are the abbreviations of SPEC.md
(``CPL`` 行政处罚法, ``SAMR-P`` 市场监督管理行政处罚程序规定, …); the registry below holds each one
with its Chinese title, rank and the version the library reads.

The compact string form used in profile files and docs is ``"CPL 64(2)"`` (Art. 64, item 2),
``"CPL 48②"`` (Art. 48, paragraph 2) and ``"MEE-P 68③(4)"`` (paragraph 3, item 4); Chinese items may
be written ``(二)`` as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from enforcement_rules.law.numerals import CIRCLED, cn_to_int, int_to_cn

__all__ = [
    "INSTRUMENTS",
    "Citation",
    "Instrument",
    "Rank",
    "Status",
    "cite",
    "instrument",
]


class Rank(StrEnum):
    """Where an instrument stands in the hierarchy of Chinese law (立法法)."""

    LAW = "law"  # 法律
    ADMINISTRATIVE_REGULATION = "administrative_regulation"  # 行政法规
    DEPARTMENT_RULE = "department_rule"  # 部门规章
    LOCAL_REGULATION = "local_regulation"  # 地方性法规
    LOCAL_RULE = "local_rule"  # 地方政府规章
    NORMATIVE_DOCUMENT = "normative_document"  # 规范性文件 (guiding opinions, notices)

    @property
    def binding(self) -> bool:
        """Laws, regulations and rules bind; normative documents guide (SPEC §2 severity)."""
        return self is not Rank.NORMATIVE_DOCUMENT


class Status(StrEnum):
    """How far the library could check the text (legal-texts.md ledger)."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


@dataclass(frozen=True, slots=True)
class Instrument:
    """A legal instrument the library cites."""

    key: str
    title: str  # full Chinese title
    short: str  # the short Chinese name used in citations, e.g. 行政处罚法
    title_en: str
    rank: Rank
    version: str  # which text the library reads
    in_force: date | None
    status: Status = Status.VERIFIED
    parts: bool = False
    """Numbered by parts 一、二… and items （一）…, not by articles (a guiding opinion such as GB118)."""

    def art(self, article: int, paragraph: int | None = None, item: int | None = None) -> Citation:
        """A citation of this instrument: ``CPL.art(64, item=2)`` is 行政处罚法第六十四条第二项."""
        return Citation(self.key, article, paragraph, item)


def _i(  # noqa: PLR0917 — a compact table of instruments reads best positionally
    key: str,
    title: str,
    short: str,
    title_en: str,
    rank: Rank,
    version: str,
    in_force: date | None,
    status: Status = Status.VERIFIED,
    parts: bool = False,
) -> Instrument:
    return Instrument(key, title, short, title_en, rank, version, in_force, status, parts)


_LAW, _REG, _RULE, _DOC = Rank.LAW, Rank.ADMINISTRATIVE_REGULATION, Rank.DEPARTMENT_RULE, Rank.NORMATIVE_DOCUMENT

#: Every instrument named in SPEC.md's header, keyed by its abbreviation.
INSTRUMENTS: dict[str, Instrument] = {
    i.key: i
    for i in (
        _i("CPL", "中华人民共和国行政处罚法", "行政处罚法", "Administrative Penalty Law", _LAW,
           "2021-01-22 revision", date(2021, 7, 15)),
        _i("ACL", "中华人民共和国行政强制法", "行政强制法", "Administrative Coercion Law", _LAW,
           "2011-06-30", date(2012, 1, 1)),
        _i("ALL", "中华人民共和国行政许可法", "行政许可法", "Administrative Licensing Law", _LAW,
           "2019-04-23 amendment", date(2019, 4, 23)),
        _i("CivPL", "中华人民共和国民事诉讼法", "民事诉讼法", "Civil Procedure Law", _LAW,
           "2023-09-01 amendment", date(2024, 1, 1)),
        _i("CC", "中华人民共和国民法典", "民法典", "Civil Code", _LAW, "2020", date(2021, 1, 1)),
        _i("ARL", "中华人民共和国行政复议法", "行政复议法", "Administrative Reconsideration Law", _LAW,
           "2023-09-01 revision", date(2024, 1, 1)),
        _i("ALitL", "中华人民共和国行政诉讼法", "行政诉讼法", "Administrative Litigation Law", _LAW,
           "2017-06-27 amendment", date(2017, 7, 1)),
        _i("GIR", "中华人民共和国政府信息公开条例", "政府信息公开条例",
           "Regulation on Open Government Information", _REG, "2019-04-03", date(2019, 5, 15)),
        _i("OBE", "优化营商环境条例", "优化营商环境条例", "Regulation on Optimising the Business Environment",
           _REG, "2019-10-22", date(2020, 1, 1)),
        _i("SUP", "行政执法监督条例", "行政执法监督条例", "Regulation on Supervision of Administrative Enforcement",
           _REG, "2025-12-17", date(2026, 2, 1)),
        _i("HOL", "全国年节及纪念日放假办法", "全国年节及纪念日放假办法",
           "Measures on National Holidays and Memorial Days", _REG, "2024-11-10 revision", date(2025, 1, 1)),
        _i("SAMR-P", "市场监督管理行政处罚程序规定", "市场监督管理行政处罚程序规定",
           "SAMR Provisions on Administrative Penalty Procedure", _RULE,
           "总局令第2号, amended by 第42号 (2021) and 第61号 (2022-09-29)", date(2019, 4, 1)),
        _i("SAMR-H", "市场监督管理行政处罚听证办法", "市场监督管理行政处罚听证办法",
           "SAMR Measures on Administrative Penalty Hearings", _RULE,
           "总局令第3号, amended by 第42号 (2021-07-02)", date(2019, 4, 1)),
        _i("SAMR-G", "市场监督管理行政处罚信息公示规定", "市场监督管理行政处罚信息公示规定",
           "SAMR Provisions on Publicising Administrative Penalty Information", _RULE,
           "总局令第45号, amended by 第101号 (2025-03-18)", date(2021, 9, 1)),
        _i("MEE-P", "生态环境行政处罚办法", "生态环境行政处罚办法",
           "MEE Measures on Environmental Administrative Penalties", _RULE, "生态环境部令第30号 (2023-05-08)",
           date(2023, 7, 1)),
        _i("PSB-P", "公安机关办理行政案件程序规定", "公安机关办理行政案件程序规定",
           "Provisions on Procedures for Public Security Organs Handling Administrative Cases", _RULE,
           "text as amended 2018-11-25 (公安部令第149号); later amendments not checked", date(2019, 1, 1),
           Status.SECONDARY),
        _i("PSAPL", "中华人民共和国治安管理处罚法", "治安管理处罚法", "Public Security Administration Punishments Law",
           _LAW, "2025-06-27 revision", date(2026, 1, 1)),
        _i("PSAPL-2012", "中华人民共和国治安管理处罚法（2012年修正）", "治安管理处罚法（2012年修正）",
           "Public Security Administration Punishments Law (2012 text)", _LAW, "2012-10-26 amendment",
           date(2013, 1, 1)),
        _i("NOISE", "中华人民共和国噪声污染防治法", "噪声污染防治法", "Noise Pollution Prevention and Control Law",
           _LAW, "2021-12-24", date(2022, 6, 5)),
        _i("GB118", "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见",
           "国办发〔2018〕118号", "State Council General Office Guiding Opinion on the three enforcement systems",
           _DOC, "国办发〔2018〕118号 (2018-12-05)", date(2019, 1, 3), Status.UNVERIFIED, parts=True),
    )
}


def instrument(key: str) -> Instrument:
    """The registered instrument with this key; ValueError naming the known keys otherwise."""
    try:
        return INSTRUMENTS[key]
    except KeyError:
        msg = f"unknown instrument {key!r}; known: {', '.join(sorted(INSTRUMENTS))}"
        raise ValueError(msg) from None


@dataclass(frozen=True, slots=True)
class Citation:
    """Article ``article``, paragraph ``paragraph`` (款), item ``item`` (项) of an instrument. An instrument
    numbered by parts (a guiding opinion, a provincial notice) may be cited as a whole (``article=None``)."""

    instrument: str
    article: int | None
    paragraph: int | None = None
    item: int | None = None

    def __post_init__(self) -> None:
        inst = instrument(self.instrument)
        if self.article is None and not (inst.parts and self.paragraph is None and self.item is None):
            msg = f"a citation of {self.instrument} names an article"
            raise ValueError(msg)
        for name in ("article", "paragraph", "item"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, int) and 0 < value < 1000):
                msg = f"citation {name} must be a positive integer, got {value!r}"
                raise ValueError(msg)

    def __str__(self) -> str:
        if self.article is None:
            return self.instrument
        out = f"{self.instrument} {self.article}"
        if self.paragraph is not None:
            out += CIRCLED[self.paragraph - 1] if self.paragraph <= len(CIRCLED) else f"-{self.paragraph}"
        if self.item is not None:
            out += f"({self.item})"
        return out

    @property
    def zh(self) -> str:
        """《行政处罚法》第六十四条第二项."""
        hit = _ZH_LABELS.get(self)
        if hit is None:
            hit = _ZH_LABELS[self] = self._zh()
        return hit

    def _zh(self) -> str:
        inst = INSTRUMENTS[self.instrument]
        if self.article is None:
            return f"《{inst.short}》"
        if inst.parts:
            out = f"《{inst.short}》{int_to_cn(self.article)}、"
            if self.item is not None:
                out += f"（{int_to_cn(self.item)}）"
            return out.rstrip("、")
        out = f"《{inst.short}》第{int_to_cn(self.article)}条"
        if self.paragraph is not None:
            out += f"第{int_to_cn(self.paragraph)}款"
        if self.item is not None:
            out += f"第{int_to_cn(self.item)}项"
        return out

    @property
    def en(self) -> str:
        """Administrative Penalty Law, Art. 64(2)."""
        inst = INSTRUMENTS[self.instrument]
        if self.article is None:
            return inst.title_en
        out = f"{inst.title_en}, {'Part' if inst.parts else 'Art.'} {self.article}"
        if self.paragraph is not None:
            out += f", para. {self.paragraph}"
        if self.item is not None:
            out += f", item ({self.item})"
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"instrument": self.instrument, "article": self.article, "paragraph": self.paragraph,
                "item": self.item}

    def covers(self, other: Citation) -> bool:
        """True when ``other`` is this provision or a part of it (Art. 64 covers Art. 64(2))."""
        return (
            self.instrument == other.instrument
            and self.article == other.article
            and (self.paragraph is None or self.paragraph == other.paragraph)
            and (self.item is None or self.item == other.item)
        )

    @classmethod
    def parse(cls, text: str) -> Citation:
        """Parse the compact form: ``"CPL 64(2)"``, ``"CPL 48②"``, ``"SAMR-H 5(三)"``, ``"MEE-P 68③(4)"``."""
        text = text.strip()
        known = INSTRUMENTS.get(text)
        if known is not None and known.parts:
            return cls(text, None)
        m = _COMPACT.fullmatch(text)
        if m is None:
            msg = (
                f"citation {text!r} is not of the form 'INSTRUMENT ARTICLE[②][(ITEM)]', "
                "e.g. 'CPL 64(2)' or 'CPL 48②'"
            )
            raise ValueError(msg)
        para = m["para"]
        paragraph = None
        if para:
            paragraph = CIRCLED.index(para) + 1 if para in CIRCLED else int(para.lstrip("-"))
        item = cn_to_int(m["item"]) if m["item"] else None
        return cls(m["inst"], int(m["art"]), paragraph, item)


_ZH_LABELS: dict[Citation, str] = {}

_COMPACT = re.compile(
    r"(?P<inst>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s+(?P<art>\d{1,3})"
    rf"(?P<para>[{CIRCLED}]|-\d{{1,2}})?(?:[(（](?P<item>[一二三四五六七八九十\d]+)[)）])?"
)


def cite(text: str) -> Citation:
    """Shorthand for :meth:`Citation.parse`."""
    return Citation.parse(text)
