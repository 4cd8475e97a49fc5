"""Injectors for the rules of rules/notice.py: NOTICE-001 … 005 and 010 (notice, statement and defence,
rights at the first evidence-taking); rules/decision.py's NOTICE-006 … 009 are in injectors/decision.py.

None of these changes breaks another rule of the catalogue as it stands: their ``companions`` are empty.
A later rule family that reads the same facts (e.g. PROC-005's order of steps, PUBLISH-004's published
text) declares its own interplay here when it is merged — the property test names the pair.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from enforcement_rules.models.actions import NoticeElement
from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.construct import round_amount
from enforcement_rules.training.defects import Description, Injector, Variant
from enforcement_rules.training.edits import CaseEdit, day_of
from enforcement_rules.training.injectors.common import (
    acts,
    decision,
    edit_payment,
    first,
    is_ordinary,
    served_notice,
    window,
)

__all__ = ["INJECTORS"]

_PARTY_SIDE = ("statement", "waiver", "statement_review")


def _v(name: str, subtlety: int, applies: Any, apply: Any, *touches: str) -> Variant:
    return Variant(name, subtlety, applies, apply, frozenset(touches))


def _no_hearing(b: BuiltCase) -> bool:
    return not acts(b, "hearing", "hearing_request")


def _has_decision(b: BuiltCase) -> bool:
    return decision(b) is not None


# -- NOTICE-001 notice before the decision ---------------------------------------------------------------


def _drop_notice(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    edit.drop("notice-1", *(a["id"] for a in edit.of(*_PARTY_SIDE)))
    if edit.built.knobs.procedure == "summary":
        return ("当场处罚前未向当事人告知拟作出的处罚内容及事实、理由、依据和陈述申辩权利（删去了当场告知）",
                "Removed the on-the-spot notice: the party was not told before the summary decision")
    return ("删去了《行政处罚事先告知书》及其送达回证（当事人也就没有陈述申辩）：作出决定前未告知",
            "Removed the prior notice and its service (and the party's statements): no notice before deciding")


def _served_after(edit: CaseEdit, rng: random.Random) -> Description:
    d = edit.first("decision")
    assert d is not None
    if edit.built.knobs.procedure == "summary":
        for r in edit.records_for("notice-1"):
            r["act_ids"] = [i for i in r["act_ids"] if i != "notice-1"]
        edit.data["records"] = [r for r in edit.data["records"] if r["act_ids"]]
        return ("当场告知的内容没有记入现场笔录，也没有其他记录（删去了笔录中的告知）",
                "The on-the-spot notice appears in no record (removed from the on-site record)")
    edit.drop(*(a["id"] for a in edit.of(*_PARTY_SIDE)))
    served = edit.cal.add_working_days(day_of(d), rng.randint(1, 3))
    for s in edit.services_of("notice-1"):
        edit.set_day(s, served)
    return (f"告知书在作出处罚决定（{d['on']}）之后的 {served.isoformat()} 才送达当事人",
            f"The notice was served on {served.isoformat()}, after the decision of {d['on']}")


def _oral_only(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    notice = edit.act("notice-1")
    assert notice is not None
    notice["manner"] = "oral"
    edit.drop(*(s["id"] for s in edit.services_of("notice-1")))
    return ("普通程序案件只口头告知了拟处罚内容（有告知笔录），没有制作并送达书面《行政处罚事先告知书》",
            "Ordinary procedure, but the notice was only oral (recorded); no written notice was served")


def _summary_or_no_hearing(b: BuiltCase) -> bool:
    return _has_decision(b) and first(b, "penalty_notice") is not None and (
        not is_ordinary(b) or (_no_hearing(b) and served_notice(b) is not None))


def _ordinary_served(b: BuiltCase) -> bool:
    return is_ordinary(b) and _no_hearing(b) and served_notice(b) is not None


NOTICE_001 = Injector("NOTICE-001", (
    _v("no_notice", 1, _summary_or_no_hearing, _drop_notice, "notice", "party_side"),
    _v("served_after_decision", 2, _summary_or_no_hearing, _served_after, "notice", "party_side"),
    _v("oral_only", 3, _ordinary_served, _oral_only, "notice"),
), requires={"hearing": (False,)})


# -- NOTICE-002 notice contents ---------------------------------------------------------------------------

_NOTICE_GROUPS = {1: ("legal_basis", "proposed_penalty", "facts"), 2: ("defence_right", "statement_right"),
                  3: ("reasons",)}


def _drop_notice_element(level: int) -> Variant:
    def applies(b: BuiltCase) -> bool:
        notice = first(b, "penalty_notice")
        return notice is not None and any(e in notice.get("states", ()) for e in _NOTICE_GROUPS[level])

    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        notice = edit.act("notice-1") or edit.first("penalty_notice")
        assert notice is not None
        element = rng.choice([e for e in _NOTICE_GROUPS[level] if e in notice["states"]])
        notice["states"] = [e for e in notice["states"] if e != element]
        zh = NoticeElement(element).zh
        return (f"告知书（或当场告知）中没有“{zh}”", f"The notice does not state: {element}")

    name = ("missing_basic_element", "missing_right", "missing_reasons")[level - 1]
    # the proposed penalty (level 1) is also what NOTICE-005 compares: not planted together
    touches = ("notice.states", "notice.penalties") if level == 1 else ("notice.states",)
    return _v(name, level, applies, apply, *touches)


NOTICE_002 = Injector("NOTICE-002", tuple(_drop_notice_element(level) for level in (1, 2, 3)))


# -- NOTICE-003 statement window ---------------------------------------------------------------------------


def _window_case(b: BuiltCase) -> bool:
    served = served_notice(b)
    return is_ordinary(b) and _no_hearing(b) and served is not None and window(b, day_of(served[1])) is not None


def _early(level: int) -> Variant:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        found = served_notice(edit.built)
        assert found is not None
        served = day_of(found[1])
        period = window(edit.built, served)
        assert period is not None
        last = edit.cal.end_of(served, period)
        d = edit.first("decision")
        assert d is not None
        edit.drop(*(a["id"] for a in edit.of("waiver")))
        span = edit.working_days_between(served, last)
        k = (rng.randint(1, min(2, span)), max(1, span - rng.randint(1, 2)), span)[level - 1]
        target = edit.cal.add_working_days(served, k)  # the last working day inside the window at most
        _squeeze(edit, served, target, d)
        which = "陈述申辩期" if edit.param("statement.window", served).configured else "要求听证的期限"
        on_last = "（期限届满当日）" if target == last else ""
        return (f"告知书于 {served.isoformat()} 送达，{which}（{period.zh}）至 {last.isoformat()} 届满，"
                f"当事人未明确放弃，决定却在 {target.isoformat()}{on_last} 作出",
                f"Notice served {served.isoformat()}; the {period} window ends {last.isoformat()}; no waiver; "
                f"decided on {target.isoformat()}")

    return _v(("one_or_two_days", "near_the_end", "on_the_last_day")[level - 1], level, _window_case, apply,
              "dates", "party_side")


def _squeeze(edit: CaseEdit, served: date, target: date, d: dict[str, Any]) -> None:
    """Move the decision (and everything after it) back to ``target``, and the acts between the notice's
    service and the decision into the days in between, in their order."""
    decided = day_of(d)
    between = [a for a in edit.acts if served < day_of(a) < decided]
    later = [a for a in edit.acts if day_of(a) >= decided]
    back = edit.working_days_between(target, decided)
    received = {s["id"]: day_of(s) for s in edit.services_of(d["id"])}
    paid = [(p, (day_of(p) - max(received.values())).days) for p in edit.of("payment")] if received else []
    edit.shift_working_days(later, -back)
    for pay, gap in paid:  # the party pays as many calendar days after receiving the decision as before
        edit.set_day(pay, max(day_of(s) for s in edit.services_of(d["id"])) + timedelta(days=gap))
    days = []
    day = served
    while day < target:
        day = edit.cal.add_working_days(day, 1)
        days.append(day)
    for i, a in enumerate(between):
        edit.set_day(a, days[min(len(days) - 1, i * len(days) // max(1, len(between)))], at=(9, 10 * i % 60))
    if between and day_of(between[-1]) == target:
        edit.set_day(d, target, at=(16, 30))
        for s in edit.services_of(d["id"]):
            if day_of(s) == target:
                edit.set_day(s, target, at=(16, 45))


NOTICE_003 = Injector("NOTICE-003", tuple(_early(level) for level in (1, 2, 3)),
                      requires={"sector": ("samr", "mee"), "procedure": ("ordinary",), "hearing": (False,)})


# -- NOTICE-004 statements reviewed -------------------------------------------------------------------------


def _reviewable(b: BuiltCase) -> bool:
    return is_ordinary(b) and _has_decision(b) and served_notice(b) is not None and not acts(b, "waiver")


def _unreviewed(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    if edit.of("statement"):
        edit.drop(*(a["id"] for a in edit.of("statement_review")))
        return ("当事人提交了书面陈述、申辩意见，案卷中没有复核记录（删去了复核）",
                "The party filed a statement; the file has no review of it (the review was removed)")
    found = served_notice(edit.built)
    d = edit.first("decision")
    assert found is not None
    assert d is not None
    said = min(edit.cal.add_working_days(day_of(found[1]), 1), day_of(d))
    edit.add({"type": "statement", "id": "statement-1", "on": said.isoformat(), "notice_id": "notice-1",
              "manner": "written"})
    return (f"当事人于 {said.isoformat()} 提交书面申辩意见，作出决定前没有复核",
            f"The party filed a defence on {said.isoformat()}; it was not reviewed before the decision")


def _reviewed_late(edit: CaseEdit, rng: random.Random) -> Description:
    d = edit.first("decision")
    assert d is not None
    late = edit.cal.add_working_days(day_of(d), rng.randint(1, 2))
    for r in edit.of("statement_review"):
        edit.set_day(r, late)
    return (f"对当事人陈述申辩的复核在作出决定之后（{late.isoformat()}）才进行",
            f"The statement was reviewed only on {late.isoformat()}, after the decision")


def _supplement(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    review = edit.first("statement_review")
    d = edit.first("decision")
    assert review is not None
    assert d is not None
    review["statement_ids"] = review.get("statement_ids") or ["statement-1"]
    on = day_of(review) if day_of(review) < day_of(d) else day_of(d)
    edit.add({"type": "statement", "id": "statement-2", "on": on.isoformat(),
              "at": f"{on.isoformat()}T16:00:00+08:00", "notice_id": "notice-1", "manner": "written"})
    if on == day_of(d):
        edit.set_day(d, on, at=(17, 0))
    return (f"当事人于 {on.isoformat()} 补充提交申辩意见，复核只针对第一份意见，补充意见未经复核",
            f"A further defence filed on {on.isoformat()} was not reviewed (the review covers the first only)")


def _has_review(b: BuiltCase) -> bool:
    return _reviewable(b) and bool(acts(b, "statement_review"))


NOTICE_004 = Injector("NOTICE-004", (
    _v("not_reviewed", 1, _reviewable, _unreviewed, "party_side"),
    _v("reviewed_after_decision", 2, _has_review, _reviewed_late, "party_side"),
    _v("supplement_not_reviewed", 3, _has_review, _supplement, "party_side"),
), requires={"procedure": ("ordinary",), "waiver": (False,)})


# -- NOTICE-005 no heavier penalty -----------------------------------------------------------------------


def _has_fine(b: BuiltCase) -> bool:
    d = decision(b)
    return d is not None and d.get("notice_id") is not None and any(p["kind"] == "fine" for p in d["penalties"])


def _can_add_confiscation(b: BuiltCase) -> bool:
    d = decision(b)
    return _has_fine(b) and is_ordinary(b) and d is not None and not any(
        p["kind"] == "confiscate_illegal_gains" for p in d["penalties"])


def _heavier(level: int) -> Variant:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        d = edit.first("decision")
        notice = edit.act(d["notice_id"]) if d else None
        assert d is not None
        assert notice is not None
        fine = next(p for p in d["penalties"] if p["kind"] == "fine")
        told = next((p for p in notice["proposed_penalties"] if p["kind"] == "fine"), fine)
        if level == 2:
            gains = round_amount(rng.randint(300, 5000))
            d["penalties"].append({"kind": "confiscate_illegal_gains", "amount": str(gains)})
            edit_payment(edit, d["penalties"])
            return (f"告知书未提及没收违法所得，决定书却增加了没收违法所得 {gains} 元",
                    f"The decision adds confiscation of {gains} yuan of illegal gains, which the notice never proposed")
        factor = rng.uniform(1.2, 1.6) if level == 1 else rng.uniform(1.04, 1.1)
        if edit.built.knobs.procedure == "summary":  # lower what was told instead, keeping the summary limit
            low = round_amount(int(told["amount"]) / factor)
            told["amount"] = str(low if low < int(fine["amount"]) else int(fine["amount"]) - 10)
        else:
            up = round_amount(int(fine["amount"]) * factor)
            fine["amount"] = str(up if up > int(told["amount"]) else int(told["amount"]) + 1000)
            edit_payment(edit, d["penalties"])
        return (f"告知拟罚款 {told['amount']} 元，决定罚款 {fine['amount']} 元，其间未重新告知",
                f"Notified a fine of {told['amount']} yuan but fined {fine['amount']} without a new notice")

    names = {1: "higher_fine", 2: "added_confiscation", 3: "slightly_higher_fine"}
    applies = _has_fine if level != 2 else _can_add_confiscation
    return _v(names[level], level, applies, apply, "penalties", "notice.penalties")


NOTICE_005 = Injector("NOTICE-005", tuple(_heavier(level) for level in (1, 2, 3)),
                      requires={"sector": ("samr", "mee", "national")})  # fines (police: a fine or a revocation)


# -- NOTICE-010 rights at the first evidence-taking ---------------------------------------------------------

_EVIDENCE = ("inspection", "questioning", "sampling", "evidence_preservation")


def _first_evidence(b: BuiltCase) -> dict[str, Any] | None:
    if not is_ordinary(b) or b.knobs.sector not in ("samr", "mee"):
        return None
    return first(b, *_EVIDENCE)


def _rights(level: int) -> Variant:
    def applies(b: BuiltCase) -> bool:
        act = _first_evidence(b)
        return act is not None and "recusal" in (act.get("rights_told") or ())

    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        del rng
        act = edit.first(*_EVIDENCE)
        assert act is not None
        if level == 1:
            act["rights_told"] = []
            return ("首次现场检查（取证）时没有告知当事人享有陈述、申辩和申请回避的权利",
                    "At the first evidence-taking the party was told none of its rights")
        act["rights_told"] = [r for r in act["rights_told"] if r != "recusal"]
        return ("首次取证时只告知了陈述权、申辩权，没有告知申请回避的权利",
                "At the first evidence-taking the party was not told of the right to ask for recusal")

    return _v("no_rights" if level == 1 else "no_recusal", level, applies, apply, "evidence.rights")


def _results_untold(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    sample = edit.first("sampling")
    assert sample is not None
    sample["results_told"] = False
    return (f"抽样检测结果（{sample['results_on']} 出具）没有告知当事人",
            f"The test results of {sample['results_on']} were not told to the party")


def _sampled(b: BuiltCase) -> bool:
    return _first_evidence(b) is not None and any(s.get("results_told") for s in acts(b, "sampling"))


NOTICE_010 = Injector("NOTICE-010", (
    _rights(1),
    _v("results_not_told", 2, _sampled, _results_untold, "evidence.results"),
    _rights(3),
), requires={"sector": ("samr", "mee"), "procedure": ("ordinary",)})

INJECTORS: tuple[Injector, ...] = (NOTICE_001, NOTICE_002, NOTICE_003, NOTICE_004, NOTICE_005, NOTICE_010)
