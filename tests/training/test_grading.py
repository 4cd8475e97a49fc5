"""Grading: answers naming articles, codes or options, scored against the key with every mark explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enforcement_rules.law.citations import Citation
from enforcement_rules.training import sheets
from enforcement_rules.training.exercises import ExerciseSet, generate_exercises
from enforcement_rules.training.grading import (
    AnswersError,
    AnswerSheet,
    Key,
    grade,
    parse_answers,
    read_answers,
    read_key,
    summarize,
)


@pytest.fixture(scope="module")
def exercises() -> ExerciseSet:
    return generate_exercises(7, 5, 2, "samr")


@pytest.fixture(scope="module")
def key(exercises: ExerciseSet, tmp_path_factory: pytest.TempPathFactory) -> Key:
    out = tmp_path_factory.mktemp("ex")
    sheets.write(exercises, out)
    return read_key(out / "key.json")


def _perfect(key: Key) -> dict[int, str]:
    """Every problem named by the article a trainee would write (the findings' first, in Chinese)."""
    return {e["number"]: "；".join(d["articles"][0]["label"] for d in e["defects"]) or "无" for e in key.exercises}


def test_naming_the_articles_scores_full_marks(key: Key) -> None:
    """Naming each problem's article in Chinese — the way trainees write it — finds every problem."""
    g = grade(AnswerSheet("张三", _perfect(key)), key)
    assert g.score == 100 and g.passed
    assert all(m.kind == "found" for e in g.exercises for m in e.marks)


def test_a_sample_answer_file_naming_articles(key: Key, tmp_path: Path) -> None:
    """A text answer file naming articles in the forms trainees use is scored, with each miss and each wrong
    answer explained with its article."""
    numbers = {e["number"]: e for e in key.exercises}
    lines = ["姓名：李四"]
    for n, e in numbers.items():
        if not e["defects"]:
            lines.append(f"{n}. 无")
            continue
        c = Citation.parse(e["defects"][0]["accepted"][0])
        written = f"{c.zh.replace('《', '').replace('》', '')}" if n % 2 else f"{c.instrument} {c.article}"
        lines.append(f"第{n}题：{written}；《行政处罚法》第五十九条")  # plus a wrong answer (the decision's contents)
    path = tmp_path / "answers.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    [sheet] = read_answers(path)
    g = grade(sheet, key)
    assert sheet.trainee == "李四"
    assert 0 < g.score < 100
    marks = [m for e in g.exercises for m in e.marks]
    assert any(m.kind == "found" for m in marks)
    wrong = [m for m in marks if m.kind == "wrong"]
    assert wrong and all("第五十九条" in m.zh and "行政处罚决定书载明法定事项" in m.zh for m in wrong)
    missed = [m for m in marks if m.kind == "missed"]
    assert all("依据《" in m.zh for m in missed)
    text = g.to_text()
    assert "【正确】" in text and "【误答】" in text and "得分" in text


def test_options_codes_and_none(key: Key) -> None:
    """Option letters and rule codes count like articles; "无" on a clean case is right; a letter that is not
    an option is wrong."""
    answers = {}
    for e in key.exercises:
        if e["defects"]:
            first, *rest = e["defects"]
            answers[e["number"]] = "、".join([first["option"], *(d["code"] for d in rest)])
        else:
            answers[e["number"]] = "Z"
    assert grade(AnswerSheet("王五", answers), key).score == 100
    first = key.exercises[0]["number"]
    g = grade(AnswerSheet("王五", {**answers, first: answers[first] + "、Y"}), key)
    assert any(m.kind == "wrong" and m.answer == "Y" for m in g.exercises[0].marks)


def test_blank_answers_miss_everything_but_clean_cases(key: Key) -> None:
    """An empty answer finds nothing; clean cases still score (nothing wrong was claimed)."""
    g = grade(AnswerSheet("赵六", {}), key)
    clean = sum(1 for e in key.exercises if not e["defects"])
    assert g.score == round(100 * clean / len(key.exercises), 1)


def test_pass_mark_and_penalty_are_configurable(key: Key) -> None:
    answers = _perfect(key)
    first = next(e for e in key.exercises if e["defects"])
    answers[first["number"]] += "；《行政处罚法》第三十六条"  # limitation: not this case's problem
    lenient = grade(AnswerSheet("x", answers), key, wrong_penalty=0)
    strict = grade(AnswerSheet("x", answers), key, wrong_penalty=1, pass_mark=99.5)
    assert lenient.score == 100 and strict.score < 100 and not strict.passed


def test_substantive_law_is_not_counted(key: Key) -> None:
    """Naming the substantive provision (食品安全法) is neither credited nor penalised."""
    answers = _perfect(key)
    n = key.exercises[0]["number"]
    answers[n] += "；食品安全法第一百二十四条"
    g = grade(AnswerSheet("x", answers), key)
    assert g.score == 100
    assert any(m.kind == "ignored" for m in g.exercises[0].marks)


def test_class_summary(key: Key) -> None:
    """Over a class: the pass rate against the target, and the problems most often missed."""
    good = grade(AnswerSheet("甲", _perfect(key)), key)
    poor = grade(AnswerSheet("乙", {}), key)
    summary = summarize([good, good, poor], target=0.95)
    d = summary.as_dict()
    assert (d["trainees"], d["passed"], d["target_met"]) == (3, 2, False)
    assert round(summary.pass_rate, 4) == 0.6667
    expected = {d["code"] for e in key.exercises for d in e["defects"]}
    assert {row["code"] for row in d["most_missed"]} == expected
    assert "及格率 67%" in summary.to_text() and "最常漏答" in summary.to_text()


def test_answer_files_in_text_and_json(tmp_path: Path) -> None:
    """Text answers may use `1.`, `第2题：`, the sheet's answer table, and continuation lines; JSON holds one
    trainee or a list."""
    text = "# 第一次练习\n姓名：孙七\n1. CPL 44\n   B\n第2题：无\n| 3 | D、E |\n随便写写\n"
    sheet = parse_answers(text, default_name="x")
    assert sheet.trainee == "孙七"
    assert sheet.answers == {1: "CPL 44；B", 2: "无", 3: "D、E；随便写写"}
    orphan = parse_answers("我不知道\n1. 无")
    assert orphan.problems and orphan.answers == {1: "无"}
    path = tmp_path / "class.json"
    path.write_text(json.dumps([{"trainee": "甲", "answers": {"1": ["A", "CPL 62"]}}, {"answers": {"2": "无"}}],
                               ensure_ascii=False), encoding="utf-8")
    first, second = read_answers(path)
    assert first.answers == {1: "A；CPL 62"} and second.trainee == "class"


@pytest.mark.parametrize("content", ["{}", "not json {", '{"format": "something else"}'])
def test_a_bad_key_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "key.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnswersError):
        read_key(path)


def test_bad_answer_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"answers": {"one": "A"}}', encoding="utf-8")
    with pytest.raises(AnswersError, match="digits"):
        read_answers(path)


def test_articles_of_the_hearing_and_coercion_instruments_are_graded(tmp_path: Path) -> None:
    """A trainee naming 《市场监督管理行政处罚听证办法》第二十条 and 行政强制法第二十五条 finds a short hearing
    notice (HEAR-003) and an over-long seizure (COERCE-004) planted in one samr case."""
    from enforcement_rules.training.builders import build_case
    from enforcement_rules.training.defects import INJECTORS
    from enforcement_rules.training.exercises import _keyed
    from enforcement_rules.training.knobs import Knobs

    built = build_case(Knobs(sector="samr", procedure="ordinary", hearing=True, coercive_measure=True), seed=2)
    built = INJECTORS["HEAR-003"].inject(built, 0, variant="short_notice")
    built = INJECTORS["COERCE-004"].inject(built, 0, variant="over_thirty_days")
    exercise = _keyed(1, built, built.check(strict=True))
    assert {d.code for d in exercise.defects} == {"HEAR-003", "COERCE-004"}
    sheets.write(ExerciseSet(0, 1, 3, "samr", (exercise,)), tmp_path)
    key = read_key(tmp_path / "key.json")
    g = grade(AnswerSheet("王五", {1: "《市场监督管理行政处罚听证办法》第二十条；行政强制法第二十五条"}), key)
    assert g.score == 100, g.to_text()
    wrong = grade(AnswerSheet("赵六", {1: "行政强制法第二十五条；《市场监督管理行政处罚听证办法》第二十八条"}), key)
    assert 0 < wrong.score < 100
    assert "第二十条" in wrong.to_text()  # the miss is explained with its article
