"""Exercises: built cases with 0 to k planted defects, their answer key, and printable sheets.

:func:`generate_exercises` draws every case, knob and defect from one ``random.Random(seed)``: the same
seed, count, difficulty and profile give byte-identical sheets and keys (no clock, no hash order).
``difficulty`` (1–3) sets how many defects a case may carry (up to ``difficulty``) and how subtle they
may be (a variant's ``subtlety`` is at most ``difficulty``). The answer key is the engine's own report
on each finished case: every violated rule with its articles and the finding's message — so the key
can never disagree with the library, and a planted defect that the engine would not find is never
planted (the generator checks, and draws again).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from enforcement_rules.law.citations import Citation
from enforcement_rules.report import Finding, Outcome, Report
from enforcement_rules.training.builders import build_case, profile_for
from enforcement_rules.training.built import BuiltCase, Planted
from enforcement_rules.training.defects import INJECTORS, Injector, Variant, compatible
from enforcement_rules.training.knobs import Knobs

__all__ = ["Defect", "Exercise", "ExerciseSet", "generate_exercises", "sector_instruments"]

_LETTERS = "ABCDEFGHJK"  # no I (read as 1); Z is "none of these"
_OPTIONS = 10  # room for one option of each rule family the case involves
#: Instruments that belong to one sector: an article of another sector's rules is not accepted as an answer.
_SECTOR_INSTRUMENTS = {"samr": {"SAMR-P", "SAMR-H", "SAMR-G"}, "mee": {"MEE-P"},
                       "police": {"PSAPL", "PSAPL-2012", "PSB-P"}}


def sector_instruments(sector: str) -> set[str]:
    """Instruments of the other sectors (not accepted in answers for a case of ``sector``)."""
    return {i for s, keys in _SECTOR_INSTRUMENTS.items() if s != sector for i in keys}


@dataclass(frozen=True, slots=True)
class Defect:
    """One entry of the answer key: a rule the finished case breaks."""

    code: str
    title: str
    title_en: str
    severity: str
    option: str  # the letter of this rule among the sheet's options
    articles: tuple[Citation, ...]  # cited by the findings
    accepted: tuple[Citation, ...]  # articles a trainee may name for it (the findings' and the rule's)
    explanation: str
    explanation_en: str
    planted: Planted | None  # None for a rule broken as a declared companion of a planted one

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "title": self.title, "title_en": self.title_en, "severity": self.severity,
            "option": self.option, "articles": [{"compact": str(c), "label": c.zh} for c in self.articles],
            "accepted": [str(c) for c in self.accepted], "explanation": self.explanation,
            "explanation_en": self.explanation_en, "planted": self.planted.as_dict() if self.planted else None,
        }


@dataclass(frozen=True)
class Exercise:
    """One case of a sheet, with its key."""

    number: int
    built: BuiltCase
    defects: tuple[Defect, ...]
    options: dict[str, str]  # letter → rule code
    notes: dict[str, dict[str, str]]  # rule code → the case's outcome for it, to explain a wrong answer
    indeterminate: tuple[str, ...] = field(default=())  # findings the engine could not decide (for the trainer)


@dataclass(frozen=True)
class ExerciseSet:
    """A sheet of exercises and its answer key (render with :mod:`~enforcement_rules.training.sheets`)."""

    seed: int
    count: int
    difficulty: int
    profile: str
    exercises: tuple[Exercise, ...]


def generate_exercises(seed: int, count: int, difficulty: int, profile: str = "samr", *,
                       province: str = "420000") -> ExerciseSet:
    """``count`` exercises for ``profile`` (a shipped name or a user profile file), each with 0 to
    ``difficulty`` planted defects of subtlety at most ``difficulty``."""
    if not 1 <= difficulty <= 3:
        msg = f"difficulty is 1, 2 or 3, not {difficulty}"
        raise ValueError(msg)
    if not 1 <= count <= 200:
        msg = f"count is 1 to 200, not {count}"
        raise ValueError(msg)
    sector = profile_for(Knobs(profile=profile, province=province)).sector
    base = Knobs(sector=sector, profile=None if profile == sector else profile, province=province)
    rng = random.Random(seed)
    exercises = tuple(_exercise(i, base, difficulty, random.Random(rng.getrandbits(64))) for i in range(1, count + 1))
    return ExerciseSet(seed, count, difficulty, profile, exercises)


def _exercise(number: int, base: Knobs, difficulty: int, rng: random.Random) -> Exercise:
    for _ in range(60):
        try:
            built = build_case(base, seed=rng)
        except ValueError:
            continue
        wanted = 0 if rng.random() < 0.2 else rng.randint(1, difficulty)
        for k in range(wanted, -1, -1):
            planted = _plant(built, k, difficulty, rng)
            if planted is not None:
                return _keyed(number, *planted)
    msg = "could not build an exercise for this profile"  # pragma: no cover - the builder always succeeds
    raise RuntimeError(msg)


def _plant(built: BuiltCase, k: int, difficulty: int, rng: random.Random) -> tuple[BuiltCase, Report] | None:
    """``built`` with ``k`` compatible defects planted, checked by the engine; None when no draw works."""
    for _ in range(12):
        codes = list(INJECTORS)
        rng.shuffle(codes)
        case, touched = built, frozenset[str]()
        chosen: list[tuple[Injector, Variant]] = []
        for code in codes:
            if len(chosen) == k:
                break
            injector = INJECTORS[code]
            options = [v for v in injector.options(case, max_subtlety=difficulty) if compatible(v.touches, touched)]
            if not options:
                continue
            variant = rng.choices(options, [v.subtlety for v in options])[0]
            case = injector.inject(case, rng, variant=variant.name)
            touched |= variant.touches
            chosen.append((injector, variant))
        if len(chosen) < k:
            continue
        report = case.check(strict=True)
        if _as_planted(report, chosen):
            return case, report
    return None


def _as_planted(report: Report, chosen: list[tuple[Injector, Variant]]) -> bool:
    """Every planted rule is violated, and nothing else is but their declared companions."""
    violated = {f.code for f in report.violations}
    planted = {i.code for i, _ in chosen}
    allowed = planted | {c for _, v in chosen for c in v.companions}
    return planted <= violated <= allowed


def _keyed(number: int, built: BuiltCase, report: Report) -> Exercise:
    from enforcement_rules.rules import RULES
    from enforcement_rules.training.render import row_labels

    labels = row_labels(built)
    rules = {r.code: r for r in RULES}
    violated: dict[str, list[Finding]] = {}
    for f in report.violations:
        violated.setdefault(f.code, []).append(f)
    rng = random.Random(f"{built.data['id']}:{sorted(violated)}")
    sector = built.knobs.sector
    shown = sorted(list(violated) + _distractors(report, violated, rng))
    rng.shuffle(shown)
    options = dict(zip(_LETTERS, shown, strict=False))
    letter_of = {code: letter for letter, code in options.items()}
    planted = {p.code: p for p in built.defects}
    other = sector_instruments(sector)
    defects = []
    for code in sorted(violated):
        found, r = violated[code], rules[code]
        articles = _unique(c for f in found for c in f.citations)
        accepted = _unique([*articles, *(c for c in r.citations if c.instrument not in other)])
        defects.append(Defect(
            code=code, title=r.title, title_en=r.title_en, severity=found[0].severity.value,
            option=letter_of.get(code, ""), articles=articles, accepted=accepted,
            explanation="；".join(_explain(f, labels, "zh") for f in found),
            explanation_en="; ".join(_explain(f, labels, "en") for f in found),
            planted=planted.get(code)))
    notes = _notes(report, labels, violated)
    unsure = tuple(f"{f.code}：{_rows(f.render('zh'), labels)}" for f in report.findings
                   if f.outcome is Outcome.INDETERMINATE)
    return Exercise(number, built, tuple(defects), options, notes, unsure)


def _distractors(report: Report, violated: dict[str, list[Finding]], rng: random.Random) -> list[str]:
    """Options the case does not break, drawn from the rules that apply to it (a hearing option only where
    there was a hearing…): first one of each family present in the case, then others, to fill the sheet."""
    from enforcement_rules.rules import RULES

    family = {r.code: r.family for r in RULES}
    applying = sorted({f.code for f in report.findings if f.code not in violated
                       and f.outcome is not Outcome.NOT_APPLICABLE})
    rng.shuffle(applying)
    room = max(0, _OPTIONS - len(violated))
    covered = {family[c] for c in violated}
    first: list[str] = []
    for code in applying:
        if family[code] not in covered:
            covered.add(family[code])
            first.append(code)
    rest = [c for c in applying if c not in first]
    return (first + rest)[:room]


def _notes(report: Report, labels: dict[str, str], violated: dict[str, list[Finding]]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for f in report.findings:
        if f.code in violated or f.code in out:
            continue
        out[f.code] = {"outcome": f.outcome.value, "message": _rows(f.render("zh"), labels),
                       "message_en": _rows(f.render("en"), labels, "en")}
    return out


def _explain(f: Finding, labels: dict[str, str], lang: str) -> str:
    """A finding's message, pointing at the sheet's row it is about."""
    text = _rows(f.render(lang), labels, lang)
    row = labels.get(f.subject or "")
    if row is None or row in text or f"row {row[1:-1]}" in text:
        return text
    return f"{row}：{text}" if lang == "zh" else f"row {row[1:-1]}: {text}"


def _rows(text: str, labels: dict[str, str], lang: str = "zh") -> str:
    """A finding's message with act ids replaced by the sheet's rows (decision-1 → （第18项）)."""
    if not labels:
        return text
    pattern = re.compile(" ?(?<![A-Za-z0-9_-])(" + "|".join(re.escape(i) for i in sorted(labels, key=len, reverse=True))
                         + ")(?![A-Za-z0-9_-]) ?")

    def row(m: re.Match[str]) -> str:
        label = labels[m.group(1)]
        if not label.startswith("第"):  # a member of staff, by name
            return label if lang == "zh" else f" {label} "
        return f"（{label}）" if lang == "zh" else f" (row {label[1:-1]}) "

    return pattern.sub(row, text).strip()


def _unique(items: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(items))
