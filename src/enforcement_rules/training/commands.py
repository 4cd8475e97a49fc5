"""The ``exercise`` and ``grade`` commands (the command line stays thin: cli.py only hooks these in).

    enforcement-rules exercise --seed 7 --count 5 --difficulty 2 --profile samr --out DIR
    enforcement-rules grade ANSWERS... --key DIR/key.json [--pass-mark 60] [--format text|json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_parsers", "run_exercise", "run_grade"]

EXIT_OK, EXIT_USAGE = 0, 2


def _level(text: str) -> int:
    if text not in ("1", "2", "3"):
        msg = f"难度为 1、2 或 3 / difficulty is 1, 2 or 3: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _positive(limit: int) -> Any:
    def read(text: str) -> int:
        if not text.isdigit() or not 1 <= int(text) <= limit:
            msg = f"须为 1 到 {limit} 的整数 / a whole number from 1 to {limit}: {text!r}"
            raise argparse.ArgumentTypeError(msg)
        return int(text)

    return read


def _seed(text: str) -> int:
    if not text.isdigit() or int(text) >= 2**63:
        msg = f"种子须为非负整数 / the seed is a whole number ≥ 0: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 100:
        msg = f"须为 0 到 100 之间的数 / a number from 0 to 100: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def add_parsers(sub: Any) -> None:
    """Add ``exercise`` and ``grade`` to the command line's subparsers."""
    e = sub.add_parser("exercise", help="generate training exercises with an answer key / 生成培训练习及答案")
    e.add_argument("--seed", type=_seed, required=True, help="the same seed gives the same files")
    e.add_argument("--count", type=_positive(200), default=5, help="how many cases (default 5)")
    e.add_argument("--difficulty", type=_level, default=2, help="1–3: how many defects a case may hold, how subtle")
    e.add_argument("--profile", default="samr", help="samr, mee, police, national, or a user profile .toml file")
    e.add_argument("--province", default="420000", help="GB/T 2260 province code of the cases (default 湖北 420000)")
    e.add_argument("--out", type=Path, required=True, help="directory for sheet.md, sheet.json, key.md, key.json")

    g = sub.add_parser("grade", help="grade trainees' answers against a key / 评分")
    g.add_argument("answers", nargs="+", type=Path, metavar="ANSWERS", help="answer files (.txt or .json)")
    g.add_argument("--key", type=Path, required=True, help="the key.json written by `exercise`")
    g.add_argument("--pass-mark", type=_share, default=60.0, help="pass mark out of 100 (default 60)")
    g.add_argument("--wrong-penalty", type=float, default=0.5,
                   help="share of a problem's points taken off per wrong answer (default 0.5)")
    g.add_argument("--target", type=_share, default=95.0, help="the class's target pass rate in %% (default 95)")
    g.add_argument("--format", choices=("text", "json"), default="text")
    g.add_argument("--lang", choices=("zh", "en"), default="zh")


def run_exercise(args: argparse.Namespace) -> int:
    from enforcement_rules.training.exercises import generate_exercises
    from enforcement_rules.training.sheets import write

    try:
        exercises = generate_exercises(args.seed, args.count, args.difficulty, args.profile, province=args.province)
    except ValueError as exc:
        print(f"enforcement-rules: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for path in write(exercises, args.out):
        print(path)
    planted = sum(len(e.defects) for e in exercises.exercises)
    print(f"enforcement-rules: {args.count} 题，共 {planted} 个问题 / {args.count} exercises, {planted} problems",
          file=sys.stderr)
    return EXIT_OK


def run_grade(args: argparse.Namespace) -> int:
    from enforcement_rules.training.grading import AnswersError, grade, read_answers, read_key, summarize

    try:
        key = read_key(args.key)
        sheets = [sheet for path in args.answers for sheet in read_answers(path)]
    except AnswersError as exc:
        print(f"enforcement-rules: {exc}", file=sys.stderr)
        return EXIT_USAGE
    grades = [grade(s, key, pass_mark=args.pass_mark, wrong_penalty=args.wrong_penalty) for s in sheets]
    summary = summarize(grades, target=args.target / 100)
    if args.format == "json":
        print(json.dumps({"grades": [g.as_dict() for g in grades], "summary": summary.as_dict()},
                         ensure_ascii=False))
        return EXIT_OK
    for g in grades:
        print(g.to_text(args.lang))
        print()
    print(summary.to_text(args.lang))
    return EXIT_OK
