"""The command line (DESIGN §4, contract): thin — parse arguments, load, check, render, exit code.

Every line it writes is masked for ID, phone and bank card numbers (DESIGN §10). Exit codes: 0 valid
input and nothing blocking; 1 something blocks (a crashed rule included); 2 usage error, invalid input,
bad profile or calendar file, or a date outside the calendar; 3 internal error.
In a batch, 2 outranks 1 and both are counted on stderr. No traceback without ``--debug``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, NoReturn, TextIO

from enforcement_rules.calendar import (
    CHINA_TZ,
    Period,
    PeriodUnit,
    WorkingCalendar,
    default_calendar,
)
from enforcement_rules.errors import (
    CalendarCoverageError,
    CalendarError,
    InvalidCaseError,
    ProfileError,
    UnknownRuleError,
)
from enforcement_rules.privacy import mask_identifiers

__all__ = ["main"]

EXIT_OK, EXIT_BLOCKING, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _print(text: str, *, file: TextIO | None = None) -> None:
    """Every line the command line writes goes out through the privacy mask (DESIGN §10)."""
    print(mask_identifiers(text), file=file if file is not None else sys.stdout)


class _Usage(Exception):
    """A usage problem: exit 2 with the message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, mask_identifiers(f"{self.prog}: 用法错误 / usage error: {message}\n"))


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="enforcement-rules",
        description="检查行政执法案卷是否符合法律规定 / check administrative enforcement case records against the law",
    )
    p.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="check case files / 检查案卷")
    c.add_argument("files", nargs="*", metavar="FILE", help="case files (.json, .jsonl), or - for stdin")
    c.add_argument("--jsonl", action="store_true", help="read every input as JSON Lines (one case per line)")
    c.add_argument("--stream", action="store_true",
                   help="stay running: read one case per line on stdin, write one JSON report per line, flushed")
    c.add_argument("--jobs", type=_jobs, default=1, help="worker processes for a batch (0: one per core)")
    c.add_argument("--as-of", type=_date, help="check as of this date (default: today in China)")
    c.add_argument("--profile", help="profile name (national, samr, …) or a user profile .toml file")
    c.add_argument("--calendar-file", type=Path, help="extra calendar data (a State Council notice as TOML/JSON)")
    c.add_argument("--lang", choices=("zh", "en"), default="zh")
    c.add_argument("--format", choices=("text", "json"), help="text (default) or json: one report per line")
    c.add_argument("--fail-on", choices=("error", "warning"), default="error", help="lowest severity that blocks")
    c.add_argument("--select", action="append", help="rule codes or families to run (comma-separated)")
    c.add_argument("--ignore", action="append", help="rule codes or families to skip (comma-separated)")
    c.add_argument("--all", action="store_true", help="text format: list satisfied and not-applicable findings too")

    r = sub.add_parser("rules", help="list the rules / 规则目录")
    r.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    r.add_argument("--lang", choices=("zh", "en"), default="zh")

    e = sub.add_parser("explain", help="explain a rule / 规则说明")
    e.add_argument("code")
    e.add_argument("--lang", choices=("zh", "en"), default="zh")

    s = sub.add_parser("schema", help="print the JSON Schema of a case (or of a report)")
    s.add_argument("--report", action="store_true")
    s.add_argument("--format", choices=("json", "markdown"), default="json",
                   help="markdown: the data-model page (docs/data-model.md)")

    pr = sub.add_parser("profile", help="show a profile's parameter values / 查看配置参数")
    pr.add_argument("name", nargs="?", default="national", help="a profile name or a user profile .toml file")
    pr.add_argument("--on", type=_date, help="the date values are picked for (default: today in China)")
    pr.add_argument("--matter", choices=("public_security", "other"))
    pr.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                    help="markdown: the table of every shipped profile (docs/parameters.md)")

    d = sub.add_parser("deadline", help="compute a period on the working calendar / 计算期限")
    d.add_argument("date", type=_date)
    unit = d.add_mutually_exclusive_group(required=True)
    unit.add_argument("--working-days", type=_count)
    unit.add_argument("--days", type=_count)
    unit.add_argument("--months", type=_count)
    unit.add_argument("--years", type=_count)
    d.add_argument("--before", action="store_true", help="the latest day to act so that the period ends by DATE")
    d.add_argument("--roll", action="store_true", help="move a last day that is a rest day to the next working day")
    d.add_argument("--calendar-file", type=Path)
    d.add_argument("--format", choices=("text", "json"), default="text")
    _add_training(sub)
    return p


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        msg = f"日期须为 YYYY-MM-DD / a date is written YYYY-MM-DD: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _count(text: str) -> int:
    if not text.isdigit() or int(text) > 10_000:
        msg = f"须为 0 到 10000 的整数 / a whole number from 0 to 10000: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) > 256:
        msg = f"须为 0 到 256 的整数 / a whole number from 0 to 256: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text) or os.cpu_count() or 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args = _parser().parse_args(argv)
    try:
        handler = {"check": _check, "rules": _rules, "explain": _explain, "schema": _schema,
                   "profile": _profile, "deadline": _deadline, **_TRAINING}[args.command]
        code: int = handler(args)
    except (_Usage, InvalidCaseError, ProfileError, CalendarError, CalendarCoverageError,
            UnknownRuleError) as exc:
        _print(f"enforcement-rules: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        if args.debug:
            raise
        _print("enforcement-rules: 内部错误，请加 --debug 重试并报告 / internal error; rerun with --debug and "
              "report it", file=sys.stderr)
        return EXIT_INTERNAL
    return code


def _today_in_china() -> date:
    return datetime.now(CHINA_TZ).date()


def _calendar(path: Path | None) -> WorkingCalendar:
    cal = default_calendar()
    return cal.load_file(path) if path is not None else cal


def _warn_next_year(cal: WorkingCalendar, today: date, out: TextIO) -> None:
    # DESIGN §7: the warning that next year's notice is missing belongs to the CLI (it reads the clock).
    if today.month >= 11 and today.year + 1 not in cal.years:
        _print(f"enforcement-rules: 提示：尚未载入 {today.year + 1} 年节假日安排，跨入 {today.year + 1} 年（含 "
              f"{today.year} 年 12 月 29–31 日）的工作日期限将无法判断 / note: the {today.year + 1} holiday "
              "notice is not loaded; working-day periods reaching it are indeterminate (--calendar-file)",
              file=out)


# -- check -------------------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    from enforcement_rules import batch

    if args.stream and (args.files or args.jobs != 1 or args.format == "text"):
        msg = "--stream 从标准输入逐行读取、逐行输出 JSON，不与 FILE、--jobs、--format text 同用 / --stream reads " \
              "stdin and writes JSON lines; it takes no FILE, --jobs or --format text"
        raise _Usage(msg)
    if not args.stream and not args.files:
        msg = "请给出案卷文件，或用 - 读取标准输入 / give case files, or - for stdin"
        raise _Usage(msg)
    today = _today_in_china()
    as_of = args.as_of or today
    fmt: Literal["text", "json"] = "json" if args.stream or args.format == "json" else "text"
    checker = batch.Checker(batch.Options(
        as_of=as_of, profile=args.profile, calendar_file=args.calendar_file, lang=args.lang, format=fmt,
        block_on=args.fail_on, select=tuple(args.select) if args.select else None,
        ignore=tuple(args.ignore) if args.ignore else None, show_all=args.all))
    if fmt == "text" or args.as_of is None:
        _warn_next_year(checker.calendar, today, sys.stderr)
    if args.as_of is None:
        _print(f"enforcement-rules: 检查日 / as of {as_of.isoformat()}", file=sys.stderr)
    if args.stream:
        return batch.stream(checker, sys.stdin.buffer, sys.stdout.buffer).exit_code
    sys.stdout.flush()
    summary = batch.check_many(checker, batch.inputs(args.files, sys.stdin.buffer, jsonl=args.jsonl),
                               jobs=args.jobs, out=sys.stdout.buffer, err=sys.stderr)
    if summary.cases > 1 or summary.invalid:
        _print(f"enforcement-rules: {summary.text()}", file=sys.stderr)
    return summary.exit_code


# -- rules, explain, schema --------------------------------------------------------------------------


def _rules(args: argparse.Namespace) -> int:
    from enforcement_rules.rules import RULES

    if args.format == "json":
        items = [
            {"code": r.code, "family": r.family, "title": r.title, "title_en": r.title_en,
             "severity": r.severity.value, "citations": [c.as_dict() for c in r.citations],
             "sectors": sorted(r.sectors) if r.sectors else None, "review_items": list(r.review_items)}
            for r in RULES
        ]
        _print(json.dumps(items, ensure_ascii=False))
        return EXIT_OK
    if args.format == "markdown":
        from enforcement_rules.catalogue import catalogue_markdown

        sys.stdout.write(catalogue_markdown(RULES))
        return EXIT_OK
    for r in RULES:
        title = r.title if args.lang == "zh" else r.title_en
        _print(f"{r.code}  {r.severity.value:<7}  {title}")
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from enforcement_rules.explain import explain

    _print(explain(args.code, lang=args.lang))
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from enforcement_rules.schema import case_schema, report_schema

    if args.format == "markdown":
        from enforcement_rules.docgen import data_model_markdown

        sys.stdout.write(data_model_markdown())
        return EXIT_OK
    schema = report_schema() if args.report else case_schema()
    _print(json.dumps(schema, ensure_ascii=False, indent=2))
    return EXIT_OK


def _profile(args: argparse.Namespace) -> int:
    from enforcement_rules.profiles import PARAMETERS, load_profile

    if args.format == "markdown":
        from enforcement_rules.docgen import parameters_markdown

        sys.stdout.write(parameters_markdown())
        return EXIT_OK
    profile = load_profile(args.name)
    on = args.on or _today_in_china()
    values = [profile.value(name, on, args.matter) for name in PARAMETERS]
    if args.format == "json":
        _print(json.dumps({"profile": profile.describe(), "on": on.isoformat(),
                          "values": [v.as_dict() for v in values]}, ensure_ascii=False, default=str))
        return EXIT_OK
    _print(f"{profile.name}（{' + '.join(profile.describe()['layers'])}），{on.isoformat()}")
    for v in values:
        shown = v.status if v.status != "value" else (
            ", ".join(sorted(v.value)) if isinstance(v.value, frozenset) else str(v.value))
        cites = "；".join(c.zh for c in v.cites)
        _print(f"  {v.name} = {shown}  [{v.layer or '-'}] {cites}")
    return EXIT_OK


# -- deadline ----------------------------------------------------------------------------------------


def _deadline(args: argparse.Namespace) -> int:
    cal = _calendar(args.calendar_file)
    for unit in PeriodUnit:
        n = getattr(args, unit.value, None)
        if n is not None:
            period = Period(n, unit)
            break
    else:  # pragma: no cover - argparse requires one
        msg = "a period is required"
        raise _Usage(msg)
    if args.before:
        result = cal.latest_start(args.date, period)
        start, end = result, args.date
    else:
        result = cal.end_of(args.date, period, roll=args.roll)
        start, end = args.date, result
    skipped = cal.skipped_between(start, end) if period.unit is PeriodUnit.WORKING_DAYS else []
    if args.format == "json":
        _print(json.dumps({"start": args.date.isoformat(), "period": str(period), "before": args.before,
                          "result": result.isoformat(), "skipped": [s.as_dict() for s in skipped],
                          "calendar": cal.describe()}, ensure_ascii=False))
        return EXIT_OK
    if args.before:
        _print(f"{args.date.isoformat()} 之前 {period.zh}：最迟 {result.isoformat()} / latest day "
              f"{result.isoformat()} for {period} before {args.date.isoformat()}")
    else:
        _print(f"{args.date.isoformat()} + {period.zh} → {result.isoformat()}")
    if skipped:
        _print(f"跳过 {len(skipped)} 天 / skipped {len(skipped)} days:")
        for s in skipped:
            kind = "休息日（周末）" if s.reason == "weekend" else "法定节假日（调休）"
            name = f" {s.name}" if s.name else ""
            _print(f"  {s.day.isoformat()} {_WEEKDAYS[s.day.weekday()]} {kind}{name}")
    return EXIT_OK


_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


# -- training: exercise, grade (the logic is in enforcement_rules.training.commands) -----------------------


def _add_training(sub: Any) -> None:
    from enforcement_rules.training.commands import add_parsers

    add_parsers(sub)


def _exercise(args: argparse.Namespace) -> int:
    from enforcement_rules.training.commands import run_exercise

    return run_exercise(args)


def _grade(args: argparse.Namespace) -> int:
    from enforcement_rules.training.commands import run_grade

    return run_grade(args)


_TRAINING = {"exercise": _exercise, "grade": _grade}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
