"""docs/hearing-eligibility.md, generated: hearing eligibility by sector, matter, party kind and date, read
from the shipped profiles, with worked examples computed by :func:`enforcement_rules.eligibility.hearing_eligibility`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

__all__ = ["hearing_eligibility_markdown"]

_BEFORE, _AFTER = date(2025, 6, 2), date(2026, 3, 2)
#: (label, profile, matter, the day the values are read on, the dates the row covers)
_ROWS = (
    ("national", "national", None, _BEFORE, "from 2021-07-15"),
    ("samr", "samr", None, _BEFORE, "from 2021-07-15"),
    ("mee", "mee", None, _BEFORE, "from 2023-07-01"),
    ("police · 治安", "police", "public_security", _BEFORE, "before 2026-01-01"),
    ("police · 治安", "police", "public_security", _AFTER, "from 2026-01-01"),
    ("police · other", "police", "other", _BEFORE, "any date"),
)
_THRESHOLDS = (
    ("hearing.fine_threshold.natural_person", "fine ≥, natural person"),
    ("hearing.fine_threshold.organization", "fine ≥, organisation"),
    ("hearing.fine_threshold.border_individual", "fine ≥, border / exit-entry individual"),
    ("hearing.confiscation_threshold.natural_person", "confiscation ≥, natural person"),
    ("hearing.confiscation_threshold.organization", "confiscation ≥, organisation"),
    ("hearing.confiscation_basis", "gains and property"),
    ("hearing.other_heavier", "其他较重的行政处罚 (when flagged)"),
    ("hearing.minor_detention", "minor facing detention"),
)
_PERIODS = (
    ("hearing.request_window", "request within"),
    ("hearing.notice_lead", "hearing notified before it"),
    ("hearing.notice_lead_from", "lead counted from"),
    ("hearing.public_notice_lead", "public announcement before it"),
    ("hearing.report_within", "hearing report within"),
)
_BASIS = {"total": "added together", "each": "each on its own"}


def _cell(v: Any) -> str:
    from enforcement_rules.models.penalties import PenaltyKind

    if v.status != "value":
        return "—" if v.status == "none_in_law" else f"*{v.status}*"
    if isinstance(v.value, frozenset):
        return "; ".join(f"{PenaltyKind(m).zh} ({', '.join(str(c) for c in v.member_cites.get(m, ()))})"
                         for m in sorted(v.value, key=lambda k: list(PenaltyKind).index(PenaltyKind(k))))
    shown = _BASIS.get(v.value, "yes" if v.value is True else str(v.value))
    return f"{shown} ({'; '.join(str(c) for c in v.cites)})"


def _profile_table(params: tuple[tuple[str, str], ...]) -> list[str]:
    from enforcement_rules.profiles import load_profile

    out = ["| | " + " | ".join(f"{label}<br>{when}" for label, _, _, _, when in _ROWS) + " |",
           "|---|" + "---|" * len(_ROWS)]
    for name, title in params:
        cells = [_cell(load_profile(p).value(name, day, matter)) for _, p, matter, day, _ in _ROWS]
        out.append(f"| {title} (`{name}`) | " + " | ".join(cells) + " |")
    return out


def _examples() -> list[tuple[str, str, str | None, date, list[Any], Any, dict[str, Any]]]:
    from enforcement_rules.models import Party, PartyKind, Penalty, PenaltyKind

    company = Party(id="c", kind=PartyKind.LEGAL_PERSON)
    person = Party(id="p", kind=PartyKind.NATURAL_PERSON)
    minor = Party(id="m", kind=PartyKind.NATURAL_PERSON, birth_date=date(2010, 5, 1))
    border = Party(id="b", kind=PartyKind.NATURAL_PERSON, border_exit_entry=True)

    def pen(kind: PenaltyKind, amount: int | None = None) -> Penalty:
        return Penalty(kind=kind, amount=None if amount is None else Decimal(amount))

    fine50k = [pen(PenaltyKind.FINE, 50000)]
    detention = [Penalty(kind=PenaltyKind.DETENTION, duration_days=5)]
    gains, goods = PenaltyKind.CONFISCATE_ILLEGAL_GAINS, PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY
    return [
        ("fine 50,000 on a company", "national", None, _BEFORE, fine50k, company, {}),
        ("fine 50,000 on a company", "samr", None, _BEFORE, fine50k, company, {}),
        ("fine 50,000 on a company", "mee", None, _BEFORE, fine50k, company, {}),
        ("fine 50,000 on a company", "police", "other", _BEFORE, fine50k, company, {}),
        ("fine 50,000 on a company", "police", "public_security", _BEFORE, fine50k, company, {}),
        ("fine 3,000 on a person", "police", "public_security", date(2025, 12, 31), [pen(PenaltyKind.FINE, 3000)],
         person, {}),
        ("fine 3,000 on a person", "police", "public_security", date(2026, 1, 2), [pen(PenaltyKind.FINE, 3000)],
         person, {}),
        ("fine 6,000, border and exit-entry law", "police", "other", _BEFORE, [pen(PenaltyKind.FINE, 6000)], border,
         {}),
        ("gains 60,000 + property 40,000, company", "samr", None, _BEFORE, [pen(gains, 60000), pen(goods, 40000)],
         company, {}),
        ("gains 150,000 + property 100,000, company", "mee", None, _BEFORE, [pen(gains, 150000), pen(goods, 100000)],
         company, {}),
        ("fine 60,000 + gains 40,000, company", "samr", None, _BEFORE, [pen(PenaltyKind.FINE, 60000),
                                                                     pen(gains, 40000)], company, {}),
        ("permit suspended", "samr", None, _BEFORE, [pen(PenaltyKind.SUSPEND_PERMIT)], company, {}),
        ("permit suspended", "mee", None, _BEFORE, [pen(PenaltyKind.SUSPEND_PERMIT)], company, {}),
        ("permit revoked and fine 50,000", "national", None, _BEFORE,
         [pen(PenaltyKind.REVOKE_PERMIT), *fine50k], company, {}),
        ("warning flagged 其他较重", "samr", None, _BEFORE, [pen(PenaltyKind.WARNING)], company,
         {"other_heavier": True}),
        ("5 days' detention, a 15-year-old, executable", "police", "public_security", date(2025, 12, 1), detention,
         minor, {"detention_executable": True}),
        ("5 days' detention, a 15-year-old, executable", "police", "public_security", _AFTER, detention, minor,
         {"detention_executable": True}),
    ]


def _worked() -> list[str]:
    from enforcement_rules.eligibility import for_profile, hearing_eligibility
    from enforcement_rules.profiles import load_profile

    out = ["| proposed | profile | notice date | answer | why |", "|---|---|---|---|---|"]
    for label, name, matter, on, penalties, party, kw in _examples():
        e = hearing_eligibility(penalties, [party], on=on, read=for_profile(load_profile(name), on, matter), **kw)
        where = f"{name} · {matter}" if matter else name
        out.append(f"| {label} | {where} | {on.isoformat()} | **{e.status}** | {e.describe('zh')}<br>"
                   f"{e.describe('en')} |")
    return out


def _snippet() -> list[str]:
    from enforcement_rules.eligibility import for_profile, hearing_eligibility
    from enforcement_rules.models import Party, PartyKind, Penalty, PenaltyKind
    from enforcement_rules.profiles import load_profile

    on = date(2025, 6, 2)
    e = hearing_eligibility([Penalty(kind=PenaltyKind.FINE, amount=Decimal(50000))],
                            [Party(id="p1", kind=PartyKind.LEGAL_PERSON)],
                            on=on, read=for_profile(load_profile("police"), on, "other"))
    return [
        "```python",
        "from datetime import date",
        "from decimal import Decimal",
        "",
        "from enforcement_rules.eligibility import for_profile, hearing_eligibility",
        "from enforcement_rules.models import Party, PartyKind, Penalty, PenaltyKind",
        "from enforcement_rules.profiles import load_profile",
        "",
        "on = date(2025, 6, 2)  # the notice date: the law in force that day applies",
        "e = hearing_eligibility([Penalty(kind=PenaltyKind.FINE, amount=Decimal(50000))],",
        "                        [Party(id=\"p1\", kind=PartyKind.LEGAL_PERSON)],",
        "                        on=on, read=for_profile(load_profile(\"police\"), on, \"other\"))",
        "print(e.status, e.describe(\"en\"))",
        f"# {e.status} {e.describe('en')}",
        "print([(g.param, g.threshold, g.layer, [str(c) for c in g.cites]) for g in e.grounds])",
        f"# {[(g.param, g.threshold, g.layer, [str(c) for c in g.cites]) for g in e.grounds]}",
        "```",
    ]


def hearing_eligibility_markdown() -> str:
    """The page: what is eligible where and when, the related periods, and worked examples."""
    out = [
        "# 听证条件 / Hearing eligibility by sector and date",
        "",
        "<!-- Generated by `python tools/gen_docs.py`; do not edit by hand. -->",
        "",
        "Whether a proposed penalty is **hearing-eligible** (the agency must tell the party of the right to a",
        "hearing, and hold one when asked in time) is decided once, by `enforcement_rules.eligibility`, and",
        "reused: HEAR-001 (the notice states the right), HEAR-002 (a timely request binds), NOTICE-003 (where",
        "no statement window is set, the hearing window applies to eligible cases) and NOTICE-006 (mee decisions",
        "state the hearing details of eligible cases). Training tools and other systems ask it directly:",
        "",
        *_snippet(),
        "",
        "A penalty is eligible when **any** ground holds (CPL 63; SAMR-H 5; MEE-P 46, 89; PSB-P 123; PSAPL 117;",
        "PSAPL-2012 98):",
        "",
        "- a kind the profile always makes eligible;",
        "- a fine at or above the threshold for the party's kind — \"以上\" includes the figure (SAMR-H 31,",
        "  PSAPL 143; for CPL and MEE-P the drafting convention);",
        "- a confiscation at or above its threshold: samr adds illegal gains and illegal property together",
        "  (SAMR-H 5(四) 价值总额), mee and CPL compare each on its own; **a fine is never added to a",
        "  confiscation**;",
        "- \"其他较重的行政处罚\" (CPL 63(五)), when the notice is flagged `other_heavier_penalty`;",
        "- from 2026-01-01, a 治安 party under 18 on the notice date facing a detention that may be executed",
        "  (PSAPL 23②, 117②) — the notice records `detention_executable`; the minor and the guardian are told.",
        "",
        "The law applied is the one in force on the **notice date**. With only an amount to decide on and no",
        "threshold configured the answer is `indeterminate`, naming the parameter to configure; with an",
        "amount or an age not recorded, naming that fact. Every answer lists its grounds: the parameter, the",
        "value, the layer that set it and the article (`Eligibility.grounds`, `.describe()`, `.cites`).",
        "",
        "## What is eligible, by sector, matter and date",
        "",
        "Values of the shipped profiles (— : not in the law; *unconfigured*: configure a province or user",
        "layer). Police cases carry a `matter`: 治安 (`public_security`, under PSAPL) or other (PSB-P).",
        "",
        *_profile_table((*_THRESHOLDS, ("hearing.always_eligible", "kinds always eligible"))),
        "",
        "Provinces may set their own figures either way (SAMR-H 5②, MEE-P 89②, PSB-P 123②: a province or",
        "province+sector layer, or a user file, with its citation). **No Hubei hearing threshold was found**;",
        "none is shipped. A sector layer may add hearing cases (CPL 63(六)).",
        "",
        "## The periods around a hearing",
        "",
        *_profile_table(_PERIODS),
        "",
        "Working days skip weekends and official days off and count 调休 working weekends (SPEC §2); \"七日前\"",
        "is met when the notification (or service) date plus the lead is no later than the hearing day.",
        "",
        "## Worked examples (computed by the library)",
        "",
        *_worked(),
        "",
        "## Readings that are not the texts' words",
        "",
        "- Several fines proposed to one party in one notice are added together (a reading; the texts speak",
        "  of one fine).",
        "- A minor is a party under 18 on the notice date, the day the right is told; whether a detention may",
        "  be executed (PSAPL 23②) is recorded on the notice, and unknown means `indeterminate`.",
        "- An individual punished under border and exit-entry law uses PSB-P 123②'s 6,000 where the profile",
        "  sets it (police, other matters), else the natural-person figure.",
        "- Police confiscations: PSB-P 123 sets no figure and CPL 63(二) applies, so the threshold is",
        "  *unconfigured* until a province or user layer gives one.",
    ]
    return "\n".join(out) + "\n"
