"""Batches and streams (DESIGN §9, §4): JSON Lines, --jobs, --stream, progress, counts and exit codes."""

from __future__ import annotations

import io
import json
import select
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from enforcement_rules import batch
from tests.helpers import AS_OF, EXAMPLES, ROOT

NAMES = ("samr-hearing-compliant", "samr-notice-defects", "samr-summary-compliant")


def line(name: str) -> bytes:
    return json.dumps(json.loads((EXAMPLES / f"{name}.json").read_text("utf-8")), ensure_ascii=False).encode() + b"\n"


def jsonl(tmp_path: Path, count: int, *, bad_at: int | None = None) -> Path:
    """A JSON Lines file cycling through the examples, with a malformed line at ``bad_at`` (1-based)."""
    path = tmp_path / "batch.jsonl"
    with path.open("wb") as fh:
        for i in range(count):
            if bad_at is not None and i + 1 == bad_at:
                fh.write(b"{not json\n")
            fh.write(line(NAMES[i % 3]))
    return path


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "enforcement_rules", "check", *args], input=stdin,
                          capture_output=True, cwd=ROOT, check=False)


def test_jobs_2_writes_the_same_bytes_in_input_order_as_one_process(tmp_path: Path) -> None:
    """--jobs 2 gives byte-identical JSON lines, in input order, to --jobs 1, bad line and exit code included."""
    path = jsonl(tmp_path, 150, bad_at=70)
    one = run(str(path), "--as-of", "2025-12-01", "--format", "json", "--jobs", "1")
    two = run(str(path), "--as-of", "2025-12-01", "--format", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stderr == two.stderr
    ids = [json.loads(x)["case_id"] for x in two.stdout.splitlines()]
    assert len(ids) == 150 and ids[:3] == ["青市监处罚〔2025〕17号", "青市监处罚〔2025〕18号", "青市监简〔2025〕0416号"]
    err = two.stderr.decode()
    assert f"{path}:70: " in err and "JSON 格式错误" in err
    assert "151 cases, 1 invalid, 50 blocking" in err
    assert "findings: 200 violated (error 200, warning 0, info 0)" in err


def test_text_format_in_parallel_matches_one_process(tmp_path: Path) -> None:
    """The text format is the same with workers as without."""
    path = jsonl(tmp_path, 40)
    one = run(str(path), "--as-of", "2025-12-01", "--jobs", "1")
    two = run(str(path), "--as-of", "2025-12-01", "--jobs", "2")
    assert one.returncode == two.returncode == 1 and one.stdout == two.stdout and "阻止保存" in two.stdout.decode()


def test_exit_code_is_1_when_something_blocks_and_0_otherwise(tmp_path: Path) -> None:
    """Valid input exits 1 if any case blocks and 0 if none does (DESIGN §4)."""
    blocking = tmp_path / "blocking.jsonl"
    blocking.write_bytes(line(NAMES[0]) + line(NAMES[1]))
    clean = tmp_path / "clean.jsonl"
    clean.write_bytes(line(NAMES[0]) + line(NAMES[2]))
    assert run(str(blocking), "--as-of", "2025-12-01", "--format", "json", "--jobs", "2").returncode == 1
    assert run(str(clean), "--as-of", "2025-12-01", "--format", "json", "--jobs", "2").returncode == 0


def checker() -> batch.Checker:
    return batch.Checker(batch.Options(as_of=AS_OF, format="json"))


def test_reading_never_runs_far_ahead_of_writing() -> None:
    """Workers get at most a bounded window of cases ahead of the writer, so memory does not grow with the
    input; stopping early closes the pool."""
    pulled = 0
    data = line(NAMES[0])

    def endless() -> Iterator[batch.Item]:
        nonlocal pulled
        while True:
            pulled += 1
            yield f"x:{pulled}", data, None

    results = batch._results(checker(), endless(), 2)
    first = next(results)
    assert first.status == "ok"
    assert pulled <= batch.CHUNK_SIZE * 2 * 4 + 1
    results.close()


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Progress lines go to stderr when it is a terminal, and nothing of the kind otherwise."""
    monkeypatch.setattr(batch, "PROGRESS_EVERY", 0.0)
    items = [(f"x:{i}", line(NAMES[i % 3]), None) for i in range(5)]
    tty, pipe = Tty(), io.StringIO()
    batch.check_many(checker(), items, jobs=1, out=io.BytesIO(), err=tty)
    batch.check_many(checker(), items, jobs=1, out=io.BytesIO(), err=pipe)
    assert "cases checked" in tty.getvalue() and pipe.getvalue() == ""


def test_overlong_line_is_reported_and_the_rest_still_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line beyond the input limit is one invalid case with its number; the following lines are checked."""
    monkeypatch.setattr(batch, "MAX_INPUT_BYTES", 100)
    data = b"[" + b" " * 300 + b"]\n" + b'{"a": 1}\n'
    items = list(batch._lines("f", io.BytesIO(data)))
    assert [(where, problem["type"] if problem else None) for where, _, problem in items] == [
        ("f:1", "input_too_large"), ("f:2", None)]


def test_stream_answers_each_line_before_the_next_is_sent() -> None:
    """--stream writes one flushed JSON line per input line, an error object in the place of a bad line."""
    proc = subprocess.Popen([sys.executable, "-m", "enforcement_rules", "check", "--stream", "--as-of",
                             "2025-12-01"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT)
    assert proc.stdin is not None and proc.stdout is not None
    answers = []
    try:
        for payload in (line(NAMES[1]), b"{not json\n", b'{"schema_version": 1}\n', line(NAMES[0])):
            proc.stdin.write(payload)
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 60)  # a guard against hanging, not a timing check
            assert ready, "no answer: the report was not flushed"
            answers.append(json.loads(proc.stdout.readline()))
        proc.stdin.close()
        assert proc.wait(60) == 2
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        assert proc.stderr is not None
        proc.stderr.close()
    assert answers[0]["case_id"] == "青市监处罚〔2025〕18号" and answers[0]["ok"] is False
    assert answers[1] == {"error": "invalid_case", "line": 2, "problems": [
        {"loc": [], "type": "json_invalid", "msg": "JSON 格式错误", "msg_en": "invalid JSON"}]}
    assert answers[2]["error"] == "invalid_case" and answers[2]["line"] == 3
    assert {p["loc"][0] for p in answers[2]["problems"]} == {"id", "sector"}
    assert answers[3]["ok"] is True


def test_stream_in_process_matches_batch_json() -> None:
    """A report written by --stream is the same line `check --format json` writes for the same case."""
    out = io.BytesIO()
    summary = batch.stream(checker(), io.BytesIO(line(NAMES[1]) + b"\n"), out)
    first, second = out.getvalue().splitlines()
    batch_line = run("-", "--jsonl", "--as-of", "2025-12-01", "--format", "json", stdin=line(NAMES[1])).stdout
    assert first == batch_line.strip()
    assert json.loads(second)["line"] == 2 and summary.exit_code == 2


@pytest.mark.parametrize("args", [("--stream", "x.json"), ("--stream", "--jobs", "2"), ("--stream", "--format", "text"),
                                  ()])
def test_stream_and_file_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    """--stream takes no FILE, --jobs or text format, and plain check needs a FILE or -: usage errors (exit 2)."""
    result = run(*args, "--as-of", "2025-12-01")
    assert result.returncode == 2 and b"Traceback" not in result.stderr


def test_unknown_rule_is_refused_before_reading_input() -> None:
    """A bad --select is a usage error even when the stream has not sent a case yet."""
    result = run("--stream", "--select", "NOTICE-06", "--as-of", "2025-12-01")
    assert result.returncode == 2 and "NOTICE-006" in result.stderr.decode()


def test_summary_counts_cases_outcomes_and_severities() -> None:
    """The end-of-run counts add findings by outcome and violations by severity across cases."""
    c = checker()
    summary = batch.Summary()
    for name in NAMES:
        summary.add(c(("x", line(name), None)))
    summary.add(c(("y", None, None)))
    assert (summary.cases, summary.invalid, summary.blocking, summary.exit_code) == (4, 1, 1, 2)
    assert summary.by_outcome["violated"] == 4 and summary.by_severity["error"] == 4
    assert "4 cases, 1 invalid, 1 blocking" in summary.text()


def test_as_of_is_a_date_in_options() -> None:
    """Options carry plain, picklable values for the worker processes."""
    import pickle

    options = batch.Options(as_of=date(2025, 12, 1), profile="samr", select=("notice",))
    assert pickle.loads(pickle.dumps(options)) == options
