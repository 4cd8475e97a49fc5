"""`enforcement-rules exercise` and `grade` (DESIGN §4): files written, reproducible, scored, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enforcement_rules.cli import main


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _exercise(capsys: pytest.CaptureFixture[str], out: Path) -> tuple[int, str, str]:
    return cli(capsys, "exercise", "--seed", "7", "--count", "5", "--difficulty", "2", "--profile", "samr",
               "--out", str(out))


def test_exercise_writes_sheet_and_key_twice_identically(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The done-when command: a Chinese sheet and its key, in Markdown and JSON, the same bytes each time."""
    code, out, err = _exercise(capsys, tmp_path / "a")
    assert code == 0 and "5 exercises" in err
    assert [Path(p).name for p in out.split()] == ["sheet.md", "sheet.json", "key.md", "key.json"]
    assert _exercise(capsys, tmp_path / "b")[0] == 0
    for name in ("sheet.md", "sheet.json", "key.md", "key.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    sheet = (tmp_path / "a" / "sheet.md").read_text("utf-8")
    assert sheet.startswith("# 行政执法案卷评查练习") and "### 案卷材料" in sheet


def test_grade_scores_an_answer_file_naming_articles(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`grade` reads answers naming articles and prints each trainee's score with explanations, then the
    class summary; --format json gives the same as data."""
    _exercise(capsys, tmp_path)
    key = json.loads((tmp_path / "key.json").read_text("utf-8"))
    lines = ["姓名：张三"]
    lines += [f"{e['number']}. " + ("；".join(d["articles"][0]["label"] for d in e["defects"]) or "无")
              for e in key["exercises"]]
    (tmp_path / "zhang.txt").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "li.json").write_text(json.dumps({"trainee": "李四", "answers": {"1": "《行政处罚法》第五十九条"}},
                                                 ensure_ascii=False), encoding="utf-8")
    code, out, _ = cli(capsys, "grade", str(tmp_path / "zhang.txt"), str(tmp_path / "li.json"),
                       "--key", str(tmp_path / "key.json"))
    assert code == 0
    assert "学员：张三　得分：100 分" in out and "学员：李四" in out and "【漏答】" in out and "依据《" in out
    assert "全班 2 人，及格 1 人，及格率 50%" in out
    code, out, _ = cli(capsys, "grade", str(tmp_path / "zhang.txt"), "--key", str(tmp_path / "key.json"),
                       "--format", "json", "--pass-mark", "80")
    data = json.loads(out)
    assert data["grades"][0]["score"] == 100 and data["summary"]["pass_rate"] == 1.0
    code, out, _ = cli(capsys, "grade", str(tmp_path / "li.json"), "--key", str(tmp_path / "key.json"),
                       "--lang", "en")
    assert "Trainee: 李四" in out and "[missed]" in out


@pytest.mark.parametrize("args", [
    ("exercise", "--seed", "7", "--difficulty", "4", "--out", "x"),
    ("exercise", "--seed", "-1", "--out", "x"),
    ("exercise", "--seed", "1", "--count", "0", "--out", "x"),
    ("grade", "nothing.txt"),
])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    assert exc.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_missing_files_and_profiles_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A key or answers file that cannot be read, or an unknown profile: exit 2 with a message."""
    code, _, err = cli(capsys, "grade", str(tmp_path / "a.txt"), "--key", str(tmp_path / "key.json"))
    assert code == 2 and "key" in err
    code, _, err = cli(capsys, "exercise", "--seed", "1", "--profile", "samrr", "--out", str(tmp_path))
    assert code == 2 and "samr" in err
