"""Reading article references, rule codes and option letters as trainees write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enforcement_rules.law.citations import INSTRUMENTS, Citation
from enforcement_rules.law.numerals import int_to_cn
from enforcement_rules.training.references import ArticleRef, parse_answer, parse_references


@pytest.mark.parametrize(("text", "expected"), [
    ("行政处罚法第六十四条第二项", [("CPL", 64, None, 2)]),
    ("《行政处罚法》第44条", [("CPL", 44, None, None)]),
    ("《中华人民共和国行政处罚法》第六十四条第（二）项", [("CPL", 64, None, 2)]),
    ("行政处罚法第六十四条（二）", [("CPL", 64, None, 2)]),
    ("违反了行政处罚法第44条", [("CPL", 44, None, None)]),
    ("依据处罚法64条", [("CPL", 64, None, None)]),
    ("CPL 44", [("CPL", 44, None, None)]),
    ("cpl64(二)", [("CPL", 64, None, 2)]),
    ("CPL 64(2)", [("CPL", 64, None, 2)]),
    ("SAMR-P 57②", [("SAMR-P", 57, 2, None)]),
    ("市场监督管理行政处罚程序规定第五十七条第二款", [("SAMR-P", 57, 2, None)]),
    ("《市场监督管理行政处罚信息公示规定》第8条", [("SAMR-G", 8, None, None)]),
    ("生态环境行政处罚办法第四十四条", [("MEE-P", 44, None, None)]),
    ("《治安管理处罚法（2012年修正）》第九十七条", [("PSAPL-2012", 97, None, None)]),
    ("行政复议法第二十四条第一款第（一）项；治安管理处罚法第一百一十六条",
     [("ARL", 24, 1, 1), ("PSAPL", 116, None, None)]),
    ("《行政处罚法》第四十四条、第六十二条", [("CPL", 44, None, None), ("CPL", 62, None, None)]),
    ("第62条", [(None, 62, None, None)]),
    ("食品安全法第一百二十四条、第一百二十五条", [("?", 124, None, None), ("?", 125, None, None)]),
    ("行政处罚法第６１条第１款", [("CPL", 61, 1, None)]),
])
def test_article_references(text: str, expected: list[tuple[str | None, int, int | None, int | None]]) -> None:
    """Chinese, compact and mixed forms give the same structured reference; a reference without a law takes
    the law named just before it; a law the library does not know stays unknown."""
    assert [(r.instrument, r.article, r.paragraph, r.item) for r in parse_references(text)] == expected


@given(st.sampled_from(sorted(k for k, i in INSTRUMENTS.items() if not i.parts)), st.integers(1, 199),
       st.none() | st.integers(1, 9), st.none() | st.integers(1, 15))
def test_every_citation_label_reads_back(key: str, article: int, paragraph: int | None, item: int | None) -> None:
    """What the library writes (《…》第…条第…款第…项, and the compact form) the parser reads back."""
    c = Citation(key, article, paragraph, item)
    for text in (c.zh, str(c)):
        refs = parse_references(text)
        assert [(r.instrument, r.article, r.paragraph, r.item) for r in refs] == [(key, article, paragraph, item)]


def test_matching_allows_a_coarser_or_finer_reference() -> None:
    """Naming the article credits its paragraph or item, and the reverse; a different item does not."""
    cpl_64_2 = Citation("CPL", 64, None, 2)
    assert ArticleRef("CPL", 64).matches(cpl_64_2)
    assert ArticleRef("CPL", 64, None, 2).matches(Citation("CPL", 64))
    assert not ArticleRef("CPL", 64, None, 1).matches(cpl_64_2)
    assert not ArticleRef("SAMR-P", 64).matches(cpl_64_2)
    assert ArticleRef(None, 64).matches(cpl_64_2)  # no law named: any law's Art. 64
    assert not ArticleRef("?", 64).matches(cpl_64_2)  # an unknown law


def test_labels() -> None:
    assert ArticleRef("CPL", 64, None, 2).label == "《行政处罚法》第六十四条第二项"
    assert ArticleRef(None, 62).label == f"第{int_to_cn(62)}条"


@pytest.mark.parametrize(("text", "codes", "letters", "none"), [
    ("无", (), (), True),
    ("没有问题。", (), (), True),
    ("Z", (), (), True),
    ("B、D", (), ("B", "D"), False),
    ("选B，《行政处罚法》第六十二条", (), ("B",), False),
    ("NOTICE-003, notice-008", ("NOTICE-003", "NOTICE-008"), (), False),
    ("CPL 44；A", (), ("A",), False),
    ("无见证人，违反民事诉讼法第八十九条", (), (), False),
])
def test_answers_split_into_articles_codes_letters(text: str, codes: tuple[str, ...], letters: tuple[str, ...],
                                                   none: bool) -> None:
    """An answer is read for rule codes, option letters (capitals standing alone) and "none"; the letters of
    a compact citation are not options."""
    parsed = parse_answer(text)
    assert (parsed.codes, parsed.letters, parsed.none) == (codes, letters, none)
