"""The command line contract (DESIGN §4): commands, output formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from enforcement_rules.cli import main
from enforcement_rules.rules import RULES
from tests.helpers import EXAMPLES, ROOT

COMPLIANT = str(EXAMPLES / "samr-hearing-compliant.json")
DEFECTS = str(EXAMPLES / "samr-notice-defects.json")
SUMMARY = str(EXAMPLES / "samr-summary-compliant.json")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_defective_example_in_json_lists_the_planted_violations(capsys: pytest.CaptureFixture[str]) -> None:
    """`check --format json` writes one compact report per line with codes, articles, subjects, locations."""
    code, out, _ = cli(capsys, "check", DEFECTS, "--as-of", "2025-12-01", "--format", "json")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    violated = [(f["code"], f["subject"], f["loc"], f["citations"][0]["label"])
                for f in report["findings"] if f["outcome"] == "violated"]
    assert violated == [
        ("NOTICE-002", "notice-1", ["acts", 5, "states"], "《行政处罚法》第四十四条"),
        ("NOTICE-005", "decision-1", ["acts", 16, "penalties"], "《行政处罚法》第四十五条第二款"),
        ("NOTICE-006", "decision-1", ["acts", 16, "elements"], "《行政处罚法》第五十九条第五项"),
        ("NOTICE-006", "decision-1", ["acts", 16, "elements"], "《行政处罚法》第五十九条第二款"),
    ]


def test_compliant_examples_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """The compliant examples (samr ordinary and summary, mee, police 治安) have no violation: exit 0."""
    more = [str(EXAMPLES / f"{n}.json") for n in ("mee-ordinary-compliant", "police-public-security-2026")]
    code, out, _ = cli(capsys, "check", COMPLIANT, SUMMARY, *more, "--as-of", "2026-06-01")
    assert code == 0
    assert out.count("违反 0") == 4


def test_text_output_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en renders messages and articles in English."""
    code, out, _ = cli(capsys, "check", DEFECTS, "--as-of", "2025-12-01", "--lang", "en")
    assert code == 1
    assert "does not state" in out and "Administrative Penalty Law, Art. 44" in out


def test_malformed_file_exits_2_listing_every_problem_without_traceback(tmp_path: Path) -> None:
    """Invalid input: exit 2, every problem with its location on stderr, no traceback."""
    data = json.loads(Path(COMPLIANT).read_text("utf-8"))
    data["acts"][16]["on"] = "2025-02-30"
    data["parties"][0]["kind"] = "company"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    run = subprocess.run([sys.executable, "-m", "enforcement_rules", "check", str(bad), "--as-of", "2025-12-01"],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 2
    assert "acts[16].decision.on" in run.stderr and "parties[0].kind" in run.stderr
    assert "Traceback" not in run.stderr


def test_jsonl_and_stdin_batches(tmp_path: Path) -> None:
    """JSON Lines: one case per line, a bad line reported with its number, 2 outranks 1."""
    lines = [Path(DEFECTS).read_text("utf-8").replace("\n", ""), "{not json", Path(COMPLIANT).read_text("utf-8")
             .replace("\n", "")]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", "utf-8")
    run = subprocess.run([sys.executable, "-m", "enforcement_rules", "check", "-", "--jsonl", "--as-of",
                          "2025-12-01", "--format", "json"], input=batch.read_bytes(), capture_output=True,
                         cwd=ROOT, check=False)
    assert run.returncode == 2
    reports = [json.loads(x) for x in run.stdout.splitlines()]
    assert [r["ok"] for r in reports] == [False, True]
    err = run.stderr.decode()
    assert "<stdin>:2" in err and "3 cases, 1 invalid, 1 blocking" in err


def test_array_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON document may hold an array of cases."""
    both = tmp_path / "both.json"
    both.write_text("[" + Path(COMPLIANT).read_text("utf-8") + "," + Path(SUMMARY).read_text("utf-8") + "]",
                    "utf-8")
    code, out, _ = cli(capsys, "check", str(both), "--as-of", "2025-12-01", "--format", "json")
    assert code == 0
    assert len(out.splitlines()) == 2


def test_default_as_of_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --as-of the CLI checks as of today in China and says so."""
    _, _, err = cli(capsys, "check", COMPLIANT, "--format", "json")
    assert "as of" in err


def test_select_unknown_rule_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown rule name is a usage error with a suggestion."""
    code, _, err = cli(capsys, "check", COMPLIANT, "--as-of", "2025-12-01", "--select", "NOTICE-06")
    assert code == 2 and "NOTICE-006" in err


def test_fail_on_warning(capsys: pytest.CaptureFixture[str]) -> None:
    """--fail-on sets the blocking severity."""
    code, _, _ = cli(capsys, "check", COMPLIANT, "--as-of", "2025-12-01", "--fail-on", "warning")
    assert code == 0


def test_deadline_across_national_day(capsys: pytest.CaptureFixture[str]) -> None:
    """`deadline 2025-09-30 --working-days 7` is 2025-10-16, listing the skipped days."""
    code, out, _ = cli(capsys, "deadline", "2025-09-30", "--working-days", "7")
    assert code == 0
    assert "→ 2025-10-16" in out
    assert "2025-10-01" in out and "2025-10-08" in out and "跳过 9 天" in out


def test_deadline_into_2027_exits_2_naming_the_year(capsys: pytest.CaptureFixture[str]) -> None:
    """`deadline 2026-12-20 --working-days 10` needs the 2027 notice: exit 2, naming 2027."""
    code, _, err = cli(capsys, "deadline", "2026-12-20", "--working-days", "10")
    assert code == 2 and "2027" in err


def test_deadline_with_calendar_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--calendar-file loads a newly published notice as data (here a made-up 2027 arrangement)."""
    cal = tmp_path / "2027.toml"
    cal.write_text('source = "made-up test data"\n[[year]]\nyear = 2027\noff = [["2027-01-01", "2027-01-01"]]\n',
                   "utf-8")
    code, out, _ = cli(capsys, "deadline", "2026-12-20", "--working-days", "10", "--calendar-file", str(cal))
    assert code == 0 and "→ 2027-01-04" in out


def test_deadline_before_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--before gives the latest day for a notice N working days before DATE; json is machine-readable."""
    code, out, _ = cli(capsys, "deadline", "2025-04-24", "--working-days", "7", "--before", "--format", "json")
    assert code == 0
    assert json.loads(out)["result"] == "2025-04-15"


def test_rules_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`rules --format json` lists code, family, title, title_en, severity, citations."""
    code, out, _ = cli(capsys, "rules", "--format", "json")
    items = json.loads(out)
    assert code == 0
    assert {"code", "family", "title", "title_en", "severity", "citations"} <= set(items[0])
    assert [i["code"] for i in items] == [r.code for r in RULES]


def test_explain_prints_articles(capsys: pytest.CaptureFixture[str]) -> None:
    """`explain CODE` shows the rule, its articles' verbatim text and an example."""
    code, out, _ = cli(capsys, "explain", "NOTICE-001")
    assert code == 0
    assert "第四十四条 行政机关在作出行政处罚决定之前" in out
    assert "示例" in out


def test_schema_commands(capsys: pytest.CaptureFixture[str]) -> None:
    """`schema` prints the case schema, `schema --report` the report schema."""
    _, out, _ = cli(capsys, "schema")
    assert "schema_version" in json.loads(out)["properties"]
    _, out, _ = cli(capsys, "schema", "--report")
    assert "findings" in json.loads(out)["properties"]


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A bad argument is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as info:
        main(["deadline", "2025-02-30", "--days", "3"])
    assert info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_internal_error_exits_3_without_traceback(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """An internal error exits 3 and asks for --debug; it prints no traceback."""
    from enforcement_rules import engine

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError

    monkeypatch.setattr(engine, "check", boom)
    code, _, err = cli(capsys, "check", COMPLIANT, "--as-of", "2025-12-01")
    assert code == 3 and "--debug" in err and "Traceback" not in err
