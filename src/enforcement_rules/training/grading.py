"""Grading trainees' answers against an exercise key, with an explanation for every miss and every wrong
answer, and a class summary.

Trainees do not know rule codes: an answer may name an article (``《行政处罚法》第六十四条第二项``,
``行政处罚法第44条``, ``CPL 44``), an option letter from the sheet, or a rule code. An article counts for a
problem of the case when it is one the key accepts for it (the articles its findings cite, and the rule's
own articles of the laws and of this sector's rules). Naming a substantive law (e.g. 食品安全法) is neither
credited nor penalised: the exercises are about procedure.

Scoring, per exercise (every exercise weighs the same): the share of the case's problems found, minus
``wrong_penalty`` (default ½) of a problem's share for each wrong answer, never below zero; a case without
problems scores full marks unless something wrong is claimed. The total is out of 100.

Answer files are plain text (one line per exercise, starting with its number; ``姓名：`` names the
trainee) or JSON (``{"trainee": …, "answers": {"1": "…"}}``, or a list of those). See ``docs/training.md``.
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from enforcement_rules.law.citations import Citation
from enforcement_rules.training.references import ArticleRef, parse_answer

__all__ = [
    "AnswerSheet",
    "ClassSummary",
    "Grade",
    "Key",
    "Mark",
    "grade",
    "parse_answers",
    "read_answers",
    "read_key",
    "summarize",
]

_OUTCOME_ZH = {"satisfied": "符合规定", "not_applicable": "不适用", "indeterminate": "无法判断",
               "pending": "期限尚未届满"}
_NAME = re.compile(r"^(?:姓名|学员|考生|name|trainee)\s*[:：]\s*(?P<name>.+)$", re.IGNORECASE)
_LINE = re.compile(r"^(?:第\s*)?(?P<n>\d{1,3})\s*(?:题)?\s*(?:[.、:：)）]|\s)\s*(?P<text>.*)$")
_ROW = re.compile(r"^\|\s*(?P<n>\d{1,3})\s*\|\s*(?P<text>.*?)\s*\|?\s*$")


class AnswersError(ValueError):
    """An answers or key file that cannot be read."""


@dataclass(frozen=True, slots=True)
class AnswerSheet:
    """One trainee's answers, by exercise number, as written."""

    trainee: str
    answers: Mapping[int, str]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Key:
    """An exercise key, as written by ``enforcement-rules exercise`` (key.json)."""

    data: Mapping[str, Any]

    @property
    def exercises(self) -> list[Mapping[str, Any]]:
        return list(self.data["exercises"])

    def exercise(self, number: int) -> Mapping[str, Any] | None:
        return next((e for e in self.data["exercises"] if e["number"] == number), None)


@dataclass(frozen=True, slots=True)
class Mark:
    """One line of a grade: a problem found or missed, or a wrong answer — with its explanation."""

    kind: str  # found, missed, wrong, ignored
    code: str | None
    answer: str | None
    zh: str
    en: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "code": self.code, "answer": self.answer, "explanation": self.zh,
                "explanation_en": self.en}


@dataclass(frozen=True)
class ExerciseGrade:
    number: int
    score: float  # 0 … 1
    expected: tuple[str, ...]
    marks: tuple[Mark, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "score": round(self.score, 4), "expected": list(self.expected),
                "marks": [m.as_dict() for m in self.marks]}


@dataclass(frozen=True)
class Grade:
    """A trainee's result: score out of 100, passed or not, and every mark explained."""

    trainee: str
    score: float
    pass_mark: float
    exercises: tuple[ExerciseGrade, ...]
    problems: tuple[str, ...] = field(default=())

    @property
    def passed(self) -> bool:
        return self.score >= self.pass_mark

    def as_dict(self) -> dict[str, Any]:
        return {"trainee": self.trainee, "score": self.score, "pass_mark": self.pass_mark, "passed": self.passed,
                "exercises": [e.as_dict() for e in self.exercises], "problems": list(self.problems)}

    def to_text(self, lang: str = "zh") -> str:
        zh = lang == "zh"
        verdict = ("及格" if self.passed else "不及格") if zh else ("pass" if self.passed else "fail")
        head = (f"学员：{self.trainee}　得分：{self.score:g} 分（及格线 {self.pass_mark:g} 分）　{verdict}" if zh
                else f"Trainee: {self.trainee}  score {self.score:g}/100 (pass mark {self.pass_mark:g})  {verdict}")
        lines = [head]
        tags = {"found": ("【正确】", "[found]"), "missed": ("【漏答】", "[missed]"), "wrong": ("【误答】", "[wrong]"),
                "ignored": ("【不计分】", "[not counted]")}
        for e in self.exercises:
            lines.append(f"第{e.number}题（得分 {e.score:.0%}）" if zh else f"Exercise {e.number} ({e.score:.0%})")
            if not e.marks:
                lines.append("  【正确】本案没有程序问题，回答正确。" if zh else "  [found] no problems, none claimed")
            lines.extend(f"  {tags[m.kind][0 if zh else 1]}{m.zh if zh else m.en}" for m in e.marks)
        lines += [("注意：" if zh else "note: ") + p for p in self.problems]
        return "\n".join(lines)


# -- reading files ---------------------------------------------------------------------------------------


def read_key(path: str | Path) -> Key:
    """A key.json written by ``enforcement-rules exercise``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        msg = f"无法读取答案文件 {path} / cannot read the key {path}: {exc}"
        raise AnswersError(msg) from None
    if not isinstance(data, dict) or data.get("format") != "enforcement-rules/exercise-key":
        msg = f"{path} 不是练习答案文件（key.json） / {path} is not an exercise key (key.json)"
        raise AnswersError(msg)
    return Key(data)


def read_answers(path: str | Path) -> list[AnswerSheet]:
    """The answer sheets in a file: text (one trainee) or JSON (one trainee, or a list)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"无法读取答题文件 {path} / cannot read answers {path}: {exc}"
        raise AnswersError(msg) from None
    if text.lstrip()[:1] in ("{", "["):
        try:
            data = json.loads(text)
        except ValueError as exc:
            msg = f"{path}: JSON 格式错误 / invalid JSON: {exc}"
            raise AnswersError(msg) from None
        items = data if isinstance(data, list) else [data]
        return [_sheet_from_json(item, p.stem, f"{path}[{i}]") for i, item in enumerate(items)]
    return [parse_answers(text, default_name=p.stem)]


def _sheet_from_json(item: Any, default: str, where: str) -> AnswerSheet:
    if not isinstance(item, dict) or not isinstance(item.get("answers"), dict):
        msg = f"{where}: 应为 {{\"trainee\": …, \"answers\": {{\"1\": …}}}} / expected trainee and answers"
        raise AnswersError(msg)
    answers: dict[int, str] = {}
    for k, v in item["answers"].items():
        if not str(k).isdigit():
            msg = f"{where}: 题号须为数字 / exercise numbers are digits: {k!r}"
            raise AnswersError(msg)
        answers[int(k)] = "；".join(map(str, v)) if isinstance(v, list) else str(v or "")
    return AnswerSheet(str(item.get("trainee") or default), answers)


def parse_answers(text: str, *, default_name: str = "学员") -> AnswerSheet:
    """One trainee's answers from text: ``姓名：…`` and one line per exercise (``1. …``, ``第1题：…``, or the
    sheet's answer table ``| 1 | … |``); lines that follow a numbered line continue it; ``#`` starts a
    comment."""
    name, current = default_name, None
    answers: dict[int, list[str]] = {}
    problems = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or set(line) <= set("|-: "):
            continue
        m = _NAME.match(line)
        if m:
            name = m["name"].strip()
            continue
        m = _ROW.match(line) or _LINE.match(line)
        if m:
            current = int(m["n"])
            answers.setdefault(current, []).append(m["text"])
        elif current is not None:
            answers[current].append(line)
        else:
            problems.append(f"第{number}行无法识别题号，已忽略 / line {number} has no exercise number: ignored")
    return AnswerSheet(name, {n: "；".join(t for t in parts if t) for n, parts in answers.items()}, tuple(problems))


# -- grading -------------------------------------------------------------------------------------------


def grade(sheet: AnswerSheet, key: Key, *, pass_mark: float = 60.0, wrong_penalty: float = 0.5) -> Grade:
    """Grade one trainee's answers against ``key``."""
    graded = [_grade_exercise(e, sheet.answers.get(int(e["number"]), ""), wrong_penalty) for e in key.exercises]
    numbers = {int(e["number"]) for e in key.exercises}
    problems = [*sheet.problems, *(f"第{n}题不在本套练习中 / exercise {n} is not in this set"
                                   for n in sorted(set(sheet.answers) - numbers))]
    total = round(100 * sum(g.score for g in graded) / max(1, len(graded)), 1)
    return Grade(sheet.trainee, total, pass_mark, tuple(graded), tuple(problems))


def _grade_exercise(e: Mapping[str, Any], answer: str, wrong_penalty: float) -> ExerciseGrade:
    parsed = parse_answer(answer)
    defects = list(e["defects"])
    options: Mapping[str, str] = e["options"]
    credited: dict[str, str] = {}
    marks: list[Mark] = []
    by_code = {d["code"]: d for d in defects}

    def credit(code: str, said: str) -> None:
        credited.setdefault(code, said)

    for code in parsed.codes:
        if code in by_code:
            credit(code, code)
        else:
            marks.append(_wrong_rule(code, code, e))
    for letter in parsed.letters:
        option = options.get(letter)
        if option is None:
            marks.append(Mark("wrong", None, letter, f"{letter}：没有这个选项", f"{letter}: no such option"))
        elif option in by_code:
            credit(option, letter)
        else:
            marks.append(_wrong_rule(option, letter, e))
    for ref in parsed.refs:
        hit = _matching(ref, defects, credited)
        if hit is not None:
            credit(hit, ref.text)
        elif any(_accepts(d, ref) for d in defects):
            continue  # another way of naming a problem already credited
        elif not ref.known:
            marks.append(Mark("ignored", None, ref.text, f"{ref.text}：实体法条文，本练习只考查程序，不计分",
                              f"{ref.text}: a substantive provision; these exercises are about procedure"))
        else:
            marks.append(_wrong_article(ref, e))
    for d in defects:
        if d["code"] in credited:
            marks.insert(0, Mark("found", d["code"], credited[d["code"]],
                                 f"{d['title']}（{_articles(d)}）；您的答案：{credited[d['code']]}",
                                 f"{d['title_en']} ({_articles(d, 'en')}); you wrote: {credited[d['code']]}"))
        else:
            marks.append(_missed(d))
    wrong = sum(m.kind == "wrong" for m in marks)
    if defects:
        score = (len(credited) - wrong_penalty * wrong) / len(defects)
    else:
        score = 1 - wrong_penalty * wrong
    order = {"found": 0, "missed": 1, "wrong": 2, "ignored": 3}
    return ExerciseGrade(int(e["number"]), max(0.0, min(1.0, score)), tuple(by_code),
                         tuple(sorted(marks, key=lambda m: order[m.kind])))


def _accepts(defect: Mapping[str, Any], ref: ArticleRef) -> bool:
    return any(ref.matches(Citation.parse(c)) for c in defect["accepted"])


def _matching(ref: ArticleRef, defects: Sequence[Mapping[str, Any]], credited: Mapping[str, str]) -> str | None:
    for d in defects:
        if d["code"] not in credited and _accepts(d, ref):
            return str(d["code"])
    return None


def _articles(defect: Mapping[str, Any], lang: str = "zh") -> str:
    if lang == "zh":
        return "；".join(a["label"] for a in defect["articles"])
    return "; ".join(a["compact"] for a in defect["articles"])


def _missed(d: Mapping[str, Any]) -> Mark:
    planted = d.get("planted") or {}
    zh = f"{d['title']}——依据{_articles(d)}：{d['explanation']}"
    en = f"{d['title_en']} — {_articles(d, 'en')}: {d['explanation_en']}"
    if planted:
        zh += f"（本题设置的问题：{planted['zh']}）"
        en += f" (planted: {planted['en']})"
    return Mark("missed", d["code"], None, zh, en)


def _rule(code: str) -> tuple[str, str]:
    from enforcement_rules.rules import RULES

    r = next((r for r in RULES if r.code == code), None)
    return (r.title, r.title_en) if r is not None else (code, code)


def _wrong_rule(code: str, said: str, e: Mapping[str, Any]) -> Mark:
    title, title_en = _rule(code)
    note = e["notes"].get(code)
    if note is None:
        return Mark("wrong", code, said, f"{said}（{title}）：本案不涉及该项", f"{said} ({title_en}): not in this case")
    outcome = _OUTCOME_ZH.get(note["outcome"], note["outcome"])
    return Mark("wrong", code, said, f"{said}（{title}）：本案该项{outcome}——{note['message']}",
                f"{said} ({title_en}): {note['outcome']} here — {note['message_en']}")


def _wrong_article(ref: ArticleRef, e: Mapping[str, Any]) -> Mark:
    from enforcement_rules.rules import RULES

    about = [r for r in RULES if any(ref.matches(c) for c in r.citations)]
    if not about:
        return Mark("wrong", None, ref.text, f"{ref.label}：与本案的程序问题无关",
                    f"{ref.text}: not about any problem in this case")
    r = about[0]
    note = e["notes"].get(r.code)
    if note is None:
        return Mark("wrong", r.code, ref.text, f"{ref.label}：该条涉及“{r.title}”，本案不涉及",
                    f"{ref.text}: about {r.title_en}; not in this case")
    outcome = _OUTCOME_ZH.get(note["outcome"], note["outcome"])
    return Mark("wrong", r.code, ref.text, f"{ref.label}：该条涉及“{r.title}”，本案该项{outcome}——{note['message']}",
                f"{ref.text}: about {r.title_en}; {note['outcome']} here — {note['message_en']}")


# -- the class -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassSummary:
    """How a class did: pass rate against a target, and the problems most often missed."""

    grades: tuple[Grade, ...]
    target: float
    missed: tuple[tuple[str, str, int, int], ...]  # code, title, times missed, times it was there to find
    wrong: tuple[tuple[str, int], ...]  # what was wrongly claimed, how often

    @property
    def passed(self) -> int:
        return sum(g.passed for g in self.grades)

    @property
    def pass_rate(self) -> float:
        return self.passed / len(self.grades) if self.grades else 0.0

    def as_dict(self) -> dict[str, Any]:
        scores = [g.score for g in self.grades]
        return {
            "trainees": len(self.grades), "passed": self.passed, "pass_rate": round(self.pass_rate, 4),
            "target": self.target, "target_met": self.pass_rate >= self.target,
            "mean": round(statistics.fmean(scores), 1) if scores else None,
            "median": round(statistics.median(scores), 1) if scores else None,
            "most_missed": [{"code": c, "title": t, "missed": m, "of": n} for c, t, m, n in self.missed],
            "most_wrong": [{"answer": a, "count": n} for a, n in self.wrong],
            "grades": [{"trainee": g.trainee, "score": g.score, "passed": g.passed} for g in self.grades],
        }

    def to_text(self, lang: str = "zh") -> str:
        d = self.as_dict()
        zh = lang == "zh"
        met = ("达到" if d["target_met"] else "未达到") if zh else ("met" if d["target_met"] else "not met")
        lines = [
            (f"全班 {d['trainees']} 人，及格 {d['passed']} 人，及格率 {d['pass_rate']:.0%}"
             f"（目标 {self.target:.0%}，{met}）；"
             f"平均分 {d['mean']}，中位数 {d['median']}") if zh else
            (f"{d['trainees']} trainees, {d['passed']} passed, pass rate {d['pass_rate']:.0%} (target "
             f"{self.target:.0%}: {met}); mean {d['mean']}, median {d['median']}"),
        ]
        if self.missed:
            lines.append("最常漏答的问题：" if zh else "Most often missed:")
            lines += [f"  {c} {t}：漏答 {m}/{n} 次" if zh else f"  {c} {t}: missed {m} of {n}"
                      for c, t, m, n in self.missed]
        if self.wrong:
            lines.append("最常见的误答：" if zh else "Most common wrong answers:")
            lines += [f"  {_wrong_label(a, zh)}：{n} 次" if zh else f"  {_wrong_label(a, zh)}: {n}"
                      for a, n in self.wrong]
        return "\n".join(lines)


def _wrong_label(answer: str, zh: bool) -> str:
    """A wrongly claimed rule with its title, or the answer as written."""
    if re.fullmatch(r"[A-Z]+-\d{3}", answer):
        return f"{answer} {_rule(answer)[0 if zh else 1]}"
    return answer


def summarize(grades: Iterable[Grade], *, target: float = 0.95, top: int = 10) -> ClassSummary:
    """The class summary over many trainees' grades."""
    grades = tuple(grades)
    there: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for g in grades:
        for e in g.exercises:
            there.update(e.expected)
            missed.update(m.code for m in e.marks if m.kind == "missed" and m.code)
            wrong.update(m.code or m.answer or "?" for m in e.marks if m.kind == "wrong")
    ranked = sorted(there, key=lambda c: (-missed[c] / there[c], -missed[c], c))
    rows = tuple((c, _rule(c)[0], missed[c], there[c]) for c in ranked if missed[c])[:top]
    return ClassSummary(grades, target, rows, tuple(sorted(wrong.items(), key=lambda x: (-x[1], x[0])))[:top])
