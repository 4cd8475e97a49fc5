"""Structured citations and Chinese article numbering."""

from __future__ import annotations

import pytest

from enforcement_rules.law import CPL, GB118, Citation, cite
from enforcement_rules.law.numerals import cn_to_int, int_to_cn


@pytest.mark.parametrize(
    ("n", "cn"),
    [(1, "一"), (10, "十"), (15, "十五"), (20, "二十"), (64, "六十四"), (100, "一百"), (105, "一百零五"),
     (110, "一百一十"), (143, "一百四十三"), (1259, "一千二百五十九"), (1009, "一千零九")],
)
def test_numerals_round_trip(n: int, cn: str) -> None:
    """Article numbers read and write as in the official texts (第一百零五条, 第一千二百五十九条)."""
    assert int_to_cn(n) == cn
    assert cn_to_int(cn) == n


def test_numeral_errors() -> None:
    """Non-numerals and out-of-range numbers are refused."""
    with pytest.raises(ValueError, match="Chinese numeral"):
        cn_to_int("六十x")
    with pytest.raises(ValueError, match=r"1\.\.9999"):
        int_to_cn(0)


@pytest.mark.parametrize(
    ("text", "parsed", "zh"),
    [
        ("CPL 64(2)", CPL.art(64, item=2), "《行政处罚法》第六十四条第二项"),
        ("CPL 48②", CPL.art(48, 2), "《行政处罚法》第四十八条第二款"),
        ("SAMR-H 5(三)", Citation("SAMR-H", 5, None, 3), "《市场监督管理行政处罚听证办法》第五条第三项"),
        ("MEE-P 68①(5)", Citation("MEE-P", 68, 1, 5), "《生态环境行政处罚办法》第六十八条第一款第五项"),
        ("PSAPL-2012 98", Citation("PSAPL-2012", 98), "《治安管理处罚法（2012年修正）》第九十八条"),
    ],
)
def test_compact_citations_parse_and_render(text: str, parsed: Citation, zh: str) -> None:
    """The compact form used in profile files round-trips and renders in Chinese."""
    assert cite(text) == parsed
    assert cite(str(parsed)) == parsed
    assert parsed.zh == zh


def test_english_rendering_and_dict_form() -> None:
    """Citations render in English and serialise as {instrument, article, paragraph, item}."""
    c = CPL.art(64, item=2)
    assert c.en == "Administrative Penalty Law, Art. 64, item (2)"
    assert c.as_dict() == {"instrument": "CPL", "article": 64, "paragraph": None, "item": 2}


def test_guiding_opinion_is_cited_by_part() -> None:
    """GB118 is numbered by parts and items, not articles."""
    assert GB118.art(2, item=3).zh == "《国办发〔2018〕118号》二、（三）"


def test_covers() -> None:
    """Art. 64 covers Art. 64(2); Art. 64(2) does not cover Art. 64(3)."""
    assert CPL.art(64).covers(CPL.art(64, item=2))
    assert not CPL.art(64, item=2).covers(CPL.art(64, item=3))


@pytest.mark.parametrize("bad", ["CPL", "CPL sixty", "XYZ 1", "CPL 0"])
def test_bad_citations_are_refused(bad: str) -> None:
    """A citation names a registered instrument and a positive article."""
    with pytest.raises(ValueError):  # noqa: PT011 - the messages differ by case
        cite(bad)
