"""Exercises: 0 to k defects checked by the engine, printable sheets and keys, byte-identical for a seed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import enforcement_rules as er
from enforcement_rules.training import sheets
from enforcement_rules.training.exercises import ExerciseSet, generate_exercises

ACT_ID = re.compile(r"\b(?:decision|notice|serve|statement|filing|inspect|question|hearing)-\d\b")


@pytest.fixture(scope="module")
def seven() -> ExerciseSet:
    return generate_exercises(7, 5, 2, "samr")


def _texts(s: ExerciseSet) -> tuple[str, str, str, str]:
    return sheets.sheet_markdown(s), sheets.sheet_json(s), sheets.key_markdown(s), sheets.key_json(s)


def test_the_same_seed_gives_the_same_bytes(seven: ExerciseSet) -> None:
    """Sheets and keys are a function of (seed, count, difficulty, profile): generated twice, identical."""
    assert _texts(seven) == _texts(generate_exercises(7, 5, 2, "samr"))
    assert _texts(seven)[0] != _texts(generate_exercises(8, 5, 2, "samr"))[0]


def test_the_same_bytes_under_another_hash_seed(tmp_path: Path) -> None:
    """No set or dict order leaks into the files: two interpreters with different PYTHONHASHSEED agree."""
    outs = []
    for hash_seed in ("1", "4242"):
        out = tmp_path / hash_seed
        subprocess.run([sys.executable, "-m", "enforcement_rules", "exercise", "--seed", "7", "--count", "3",
                        "--difficulty", "3", "--profile", "mee", "--out", str(out)], check=True, capture_output=True,
                       env={"PYTHONHASHSEED": hash_seed, "PATH": "", "PYTHONDONTWRITEBYTECODE": "1"})
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1]


@pytest.mark.parametrize("profile", ["samr", "mee", "police", "national"])
@pytest.mark.parametrize("difficulty", [1, 2, 3])
def test_defects_are_those_planted_and_the_key_is_the_engine(profile: str, difficulty: int) -> None:
    """Each case carries 0 to `difficulty` planted defects of subtlety ≤ `difficulty`; the key lists exactly
    the rules the engine finds violated, each planted one among them."""
    s = generate_exercises(difficulty * 10, 4, difficulty, profile)
    assert [e.number for e in s.exercises] == [1, 2, 3, 4]
    for e in s.exercises:
        planted = e.built.defects
        assert 0 <= len(planted) <= difficulty
        assert all(p.subtlety <= difficulty for p in planted)
        violated = {f.code for f in e.built.check(strict=True).violations}
        assert {d.code for d in e.defects} == violated
        assert {p.code for p in planted} <= violated
        assert all(d.option and e.options[d.option] == d.code for d in e.defects)
        assert len(e.options) == len(set(e.options.values())) <= 10


def test_a_set_has_clean_cases_and_cases_with_several_defects() -> None:
    """Over a larger set at difficulty 3, some cases are clean and some carry more than one defect."""
    counts = [len(e.defects) for e in generate_exercises(1, 30, 3, "samr").exercises]
    assert 0 in counts and max(counts) >= 2


def test_the_sheet_is_printable_chinese_without_internal_ids(seven: ExerciseSet) -> None:
    """The sheet speaks Chinese, has the summary, the file table and the questions for every case, and never
    shows an act id (rows are numbered) or the answer."""
    sheet = sheets.sheet_markdown(seven)
    for e in seven.exercises:
        assert f"## 第{e.number}题" in sheet
    assert sheet.count("### 案情摘要") == sheet.count("### 案卷材料") == sheet.count("### 问题") == 5
    assert "| 序号 | 日期 | 环节 | 内容摘要 | 人员 | 记录 |" in sheet
    assert not ACT_ID.search(sheet)
    assert "NOTICE-" not in sheet and "设置的问题" not in sheet
    assert "## 答题卡" in sheet


def test_the_key_explains_each_defect_with_its_articles(seven: ExerciseSet) -> None:
    """The key gives, per case, the options, the rules broken, their articles and an explanation pointing at
    the sheet's rows; planted changes are described."""
    key = sheets.key_markdown(seven)
    data = json.loads(sheets.key_json(seven))
    assert data["format"] == "enforcement-rules/exercise-key" and len(data["exercises"]) == 5
    for e in seven.exercises:
        for d in e.defects:
            assert d.code in key and d.articles
            assert all(c.zh in key for c in d.articles)
            assert not ACT_ID.search(d.explanation) and "第" in d.explanation
        if not e.defects:
            assert "本案未发现程序问题" in key


def test_the_sheet_json_holds_loadable_cases(seven: ExerciseSet) -> None:
    """The JSON sheet carries each case record, which the library loads and checks."""
    data = json.loads(sheets.sheet_json(seven))
    assert data["format"] == "enforcement-rules/exercise-sheet"
    for item, e in zip(data["exercises"], seven.exercises, strict=True):
        report = er.check(item["case"], as_of=er.load_case(item["case"]).acts[0].on.replace(year=2027))
        assert {f.code for f in report.violations} == {d.code for d in e.defects}


@pytest.mark.parametrize(("count", "difficulty"), [(0, 2), (201, 2), (5, 0), (5, 4)])
def test_bad_sizes_are_refused(count: int, difficulty: int) -> None:
    with pytest.raises(ValueError, match=r"count|difficulty"):
        generate_exercises(1, count, difficulty)


def test_write_creates_the_four_files(tmp_path: Path, seven: ExerciseSet) -> None:
    written = sheets.write(seven, tmp_path / "out")
    assert sorted(p.name for p in written) == ["key.json", "key.md", "sheet.json", "sheet.md"]


def test_options_cover_every_family_the_case_involves(seven: ExerciseSet) -> None:
    """The options hold one rule of each family that applies to the case (a hearing option only where there
    was a hearing), and the question names those areas of review."""
    from enforcement_rules.rules import RULES
    from enforcement_rules.training.sheets import FAMILY_ZH

    family = {r.code: r.family for r in RULES}
    sheet = sheets.sheet_markdown(seven)
    for e in seven.exercises:
        report = e.built.check(strict=True)
        applying = {family[f.code] for f in report.findings if f.outcome.value != "not_applicable"}
        offered = {family[c] for c in e.options.values()}
        assert offered <= applying
        if len(applying) <= 10 - len(e.defects):
            assert offered == applying
        assert "本案涉及的审查方面：" + "；".join(FAMILY_ZH[f] for f in FAMILY_ZH if f in offered) in sheet


@pytest.mark.parametrize(("code", "variant", "shown"), [
    ("AUTH-002", "certificate_lapsed", "有效期 "),
    ("AUTH-004", "not_shown", "未记载出示执法证件"),
    ("COERCE-002", "statement_not_heard", "未听取陈述和申辩"),
    ("HEAR-004", "private_for_no_minor", "不公开举行（理由：未成年人案件）"),
    ("HEAR-009", "costs_charged", "收取听证费用"),
    ("RECORD-003", "recording_gap", "分段录制"),
    ("RECORD-004", "party_did_not_sign", "当事人不在场，笔录未注明"),
    ("REVIEW-003", "no_legal_qualification", "未取得法律职业资格"),
    ("PUBLISH-003", "id_number_shown", "公民身份号码："),
    ("PROC-003", "fined_twice", "相关决定"),
    ("TIME-004", "filing_decided_late", "收到举报材料"),
])
def test_the_sheet_shows_what_a_planted_defect_changed(code: str, variant: str, shown: str) -> None:
    """A trainee can find each kind of defect on the sheet: the changed fact is rendered from the record."""
    from enforcement_rules.training.defects import INJECTORS, find_case
    from enforcement_rules.training.render import summary_lines, timeline_lines

    built = find_case(INJECTORS[code], variant)
    assert built is not None
    before = "\n".join(summary_lines(built) + timeline_lines(built))
    after = INJECTORS[code].inject(built, 0, variant=variant)
    text = "\n".join(summary_lines(after) + timeline_lines(after))
    assert shown in text
    assert text != before


def test_the_sheet_shows_who_signed_a_record() -> None:
    """RECORD-004's one-officer signature is visible: the record lists the officers who signed it."""
    import re

    from enforcement_rules.training.defects import INJECTORS, find_case
    from enforcement_rules.training.render import timeline_lines

    built = find_case(INJECTORS["RECORD-004"], "officer_did_not_sign")
    assert built is not None
    signers = re.compile(r"执法人员([^（）；|]+?)签名")
    before = [m.count("、") + 1 for m in signers.findall("\n".join(timeline_lines(built)))]
    after_case = INJECTORS["RECORD-004"].inject(built, 0, variant="officer_did_not_sign")
    after = [m.count("、") + 1 for m in signers.findall("\n".join(timeline_lines(after_case)))]
    assert len(before) == len(after)
    assert min(before) >= 2
    assert after.count(1) == 1  # exactly one record now bears a single officer's signature
