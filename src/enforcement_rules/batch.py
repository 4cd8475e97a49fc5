"""Checking many cases from the command line (DESIGN §9): batches, worker processes and ``--stream``.

One function checks one case — :class:`Checker`, with the profile and calendar loaded once — and every
mode uses it: in this process, in ``--jobs N`` worker processes, or line by line with ``--stream``.
Input is read lazily, so memory does not grow with the file: workers receive raw lines through
``multiprocessing.Pool.imap`` with a chunk size and return the rendered report's bytes, which are
written in input order; a window bounds how far reading may run ahead of writing.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import Pool
from pathlib import Path
from typing import IO, Any, Literal, NamedTuple

import pydantic_core

from enforcement_rules.calendar import WorkingCalendar, default_calendar
from enforcement_rules.engine import check, select_rules
from enforcement_rules.errors import InputProblem, InvalidCaseError
from enforcement_rules.models.loading import MAX_INPUT_BYTES
from enforcement_rules.privacy import mask_identifiers
from enforcement_rules.profiles.profile import load_profile
from enforcement_rules.report import Outcome, Severity

__all__ = ["CHUNK_SIZE", "CaseResult", "Checker", "Options", "Summary", "check_many", "inputs", "stream"]

#: Cases per task sent to a worker: large enough to amortise the inter-process cost, small enough that
#: the first results come quickly and memory stays small.
CHUNK_SIZE = 32
#: Seconds between two progress lines on a terminal.
PROGRESS_EVERY = 0.5

Problem = dict[str, Any]
Item = tuple[str, bytes | dict[str, Any] | None, Problem | None]
"""(where, case data, problem): the data is None when the input could not even be read."""


def _problem(kind: str, zh: str, en: str) -> Problem:
    return {"loc": [], "type": kind, "msg": zh, "msg_en": en}


_NO_FILE = _problem("file_unreadable", "文件不存在或无法读取", "no such file, or it cannot be read")
_BAD_JSON = _problem("json_invalid", "JSON 格式错误", "invalid JSON")
_NOT_A_CASE = _problem("model_type", "应为一个案件对象", "expected a case object")
_TOO_LONG = _problem("input_too_large", f"该行过长（最多 {MAX_INPUT_BYTES // (1024 * 1024)} MiB）",
                     f"the line is too long (at most {MAX_INPUT_BYTES // (1024 * 1024)} MiB)")


@dataclass(frozen=True, slots=True)
class Options:
    """What ``check`` was asked for; plain values, so that worker processes can receive it."""

    as_of: date
    profile: str | None = None
    calendar_file: Path | None = None
    lang: str = "zh"
    format: Literal["text", "json"] = "text"
    block_on: str = "error"
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    show_all: bool = False


class CaseResult(NamedTuple):
    """The result for one input case: ``status`` is ``ok``, ``blocking`` or ``invalid``; ``output`` the
    rendered report (a JSON line, or text), ``problems`` what is wrong with invalid input."""

    where: str
    status: Literal["ok", "blocking", "invalid"]
    output: bytes
    problems: tuple[Problem, ...] = ()
    counts: dict[str, Any] | None = None


class Checker:
    """Checks one case at a time with the settings loaded once. Raises ProfileError, CalendarError or
    UnknownRuleError at construction for bad settings, before any input is read."""

    def __init__(self, options: Options) -> None:
        from enforcement_rules.rules import RULES

        self.options = options
        if options.profile:
            load_profile(options.profile)  # a bad profile is a usage error before any case is read
        # Passed on by name or path, so that each case's province layers apply.
        self.profile = options.profile
        cal = default_calendar()
        self.calendar: WorkingCalendar = cal.load_file(options.calendar_file) if options.calendar_file else cal
        select_rules(RULES, options.select, options.ignore)  # unknown names fail now, not on the first case
        self.show = list(Outcome) if options.show_all else None

    def __call__(self, item: Item) -> CaseResult:
        where, data, problem = item
        if data is None:
            return CaseResult(where, "invalid", b"", (problem or _BAD_JSON,))
        o = self.options
        try:
            report = check(data, as_of=o.as_of, profile=self.profile, calendar=self.calendar, lang=o.lang,
                           select=o.select, ignore=o.ignore, block_on=o.block_on)
        except InvalidCaseError as exc:
            return CaseResult(where, "invalid", b"", tuple(exc.errors()))
        if o.format == "json":
            out = report.to_json() + b"\n"
        else:
            out = (report.to_text(show=self.show) + "\n").encode("utf-8")
        return CaseResult(where, "ok" if report.ok else "blocking", out, (), report.counts)


# -- reading input ------------------------------------------------------------------------------------


def _read_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """Lines of a binary stream as they arrive; None for a line longer than the input limit (skipped)."""
    limit = MAX_INPUT_BYTES + 1
    while True:
        line = stream.readline(limit)
        if not line:
            return
        if len(line) == limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _lines(label: str, stream: IO[bytes]) -> Iterator[Item]:
    for number, line in enumerate(_read_lines(stream), start=1):
        if line is None:
            yield f"{label}:{number}", None, _TOO_LONG
        elif line.strip():
            yield f"{label}:{number}", line, None


def _document(label: str, raw: bytes) -> Iterator[Item]:
    if raw.lstrip()[:1] != b"[":
        yield label, raw, None
        return
    try:
        items = json.loads(raw)
    except (ValueError, RecursionError):
        yield label, None, _BAD_JSON
        return
    for i, item in enumerate(items):
        if isinstance(item, dict):
            yield f"{label}[{i}]", item, None
        else:
            yield f"{label}[{i}]", None, _NOT_A_CASE


def inputs(names: Iterable[str], stdin: IO[bytes], *, jsonl: bool = False) -> Iterator[Item]:
    """Every case in the named inputs (``-`` is stdin), read lazily. ``.jsonl`` files (or all, with
    ``jsonl``) hold one case per line; anything else one case or an array of cases."""
    for name in names:
        if name == "-":
            if jsonl:
                yield from _lines("<stdin>", stdin)
            else:
                yield from _document("<stdin>", stdin.read())
            continue
        path = Path(name)
        if not path.is_file():
            yield name, None, _NO_FILE
            continue
        if jsonl or path.suffix == ".jsonl":
            with path.open("rb") as fh:
                yield from _lines(name, fh)
        else:
            yield from _document(name, path.read_bytes())


# -- counting -----------------------------------------------------------------------------------------


@dataclass
class Summary:
    """Counts of a run: cases by result, findings by outcome, violations by severity."""

    cases: int = 0
    invalid: int = 0
    blocking: int = 0
    by_outcome: dict[str, int] = field(default_factory=lambda: dict.fromkeys((o.value for o in Outcome), 0))
    by_severity: dict[str, int] = field(default_factory=lambda: dict.fromkeys((s.value for s in Severity), 0))

    def add(self, result: CaseResult) -> None:
        self.cases += 1
        self.invalid += result.status == "invalid"
        self.blocking += result.status == "blocking"
        if result.counts is not None:
            for k, v in result.counts["by_outcome"].items():
                self.by_outcome[k] += v
            for k, v in result.counts["violated_by_severity"].items():
                self.by_severity[k] += v

    @property
    def exit_code(self) -> int:
        """DESIGN §4: 2 for any invalid input (it outranks 1), 1 if anything blocks, else 0."""
        return 2 if self.invalid else 1 if self.blocking else 0

    def text(self) -> str:
        o, s = self.by_outcome, self.by_severity
        return (
            f"{self.cases} 件，数据无效 {self.invalid} 件，阻止 {self.blocking} 件"
            f" / {self.cases} cases, {self.invalid} invalid, {self.blocking} blocking\n"
            f"  结论：违反 {o['violated']}（错误 {s['error']}、警示 {s['warning']}、提示 {s['info']}），"
            f"符合 {o['satisfied']}，期限未届满 {o['pending']}，不适用 {o['not_applicable']}，"
            f"无法判断 {o['indeterminate']}"
            f" / findings: {o['violated']} violated (error {s['error']}, warning {s['warning']}, info {s['info']}),"
            f" {o['satisfied']} satisfied, {o['pending']} pending, {o['not_applicable']} not applicable,"
            f" {o['indeterminate']} indeterminate"
        )


# -- running ------------------------------------------------------------------------------------------

_worker: Checker | None = None


def _init_worker(options: Options) -> None:
    global _worker  # noqa: PLW0603 - one Checker per worker process, built once by the pool's initializer
    _worker = Checker(options)


def _work(item: Item) -> CaseResult:
    assert _worker is not None, "the pool initializer builds the worker's Checker"
    return _worker(item)


def _results(checker: Checker, items: Iterable[Item], jobs: int) -> Generator[CaseResult, None, None]:
    if jobs <= 1:
        yield from map(checker, items)
        return
    # Pool.imap reads its input in a thread of its own as fast as it can; the window makes that thread
    # wait until results are written, so memory stays bounded even when the reader of stdout is slow.
    window = threading.Semaphore(CHUNK_SIZE * jobs * 4)
    stop = threading.Event()

    def gated() -> Iterator[Item]:
        for item in items:
            while not window.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield item

    with Pool(jobs, initializer=_init_worker, initargs=(checker.options,)) as pool:
        try:
            for result in pool.imap(_work, gated(), CHUNK_SIZE):
                window.release()
                yield result
        finally:
            stop.set()  # lets the feeding thread end, so that the pool can be closed


def check_many(checker: Checker, items: Iterable[Item], *, jobs: int, out: IO[bytes], err: IO[str]) -> Summary:
    """Check every item, writing reports to ``out`` in input order and invalid input (with its place) to
    ``err``; progress goes to ``err`` only when it is a terminal."""
    summary = Summary()
    progress = err.isatty()
    shown = time.monotonic()
    for result in _results(checker, items, jobs):
        summary.add(result)
        if result.status == "invalid":
            if progress:
                err.write("\r\033[K")
            _print_problems(result, err)
        else:
            out.write(result.output)
        if progress and time.monotonic() - shown >= PROGRESS_EVERY:
            shown = time.monotonic()
            err.write(f"\r已检查 {summary.cases} 件 / {summary.cases} cases checked")
            err.flush()
    out.flush()
    if progress and summary.cases:
        err.write("\r\033[K")
    return summary


def _print_problems(result: CaseResult, err: IO[str]) -> None:
    # File names and locations come from the user: mask them like every other output line (DESIGN §10).
    n = len(result.problems)
    err.write(mask_identifiers(f"{result.where}: 案件数据有 {n} 处错误 / {n} problem(s) in the case\n"))
    for p in result.problems:
        where = InputProblem(tuple(p["loc"]), p["type"], p["msg"], p["msg_en"]).path()
        err.write(mask_identifiers(f"  {where}: {p['msg']} / {p['msg_en']}\n"))


def stream(checker: Checker, inp: IO[bytes], out: IO[bytes]) -> Summary:
    """``check --stream``: one case per input line, one compact JSON line per input line, flushed at
    once. A line that is not a valid case is answered, in its place, with
    ``{"error": "invalid_case", "line": N, "problems": [{"loc", "type", "msg", "msg_en"}, ...]}``."""
    summary = Summary()
    for number, line in enumerate(_read_lines(inp), start=1):
        where = f"<stdin>:{number}"
        result = checker((where, line, None) if line is not None else (where, None, _TOO_LONG))
        summary.add(result)
        if result.status == "invalid":
            answer = {"error": "invalid_case", "line": number, "problems": list(result.problems)}
            out.write(pydantic_core.to_json(answer) + b"\n")
        else:
            out.write(result.output)
        out.flush()
    return summary
