"""Injectors for the TIME and PROC families (rules/time_limits.py, case_period.py, preservation.py,
procedure.py, penalty_bars.py, step_order.py, collection.py, surcharge.py): limitation, the case period,
evidence preservation, filing in time; the summary procedure's limits and formalities, no second fine,
minors, the order of steps, collection, surcharges.

Companions (each unavoidable, with why):

* PROC-002 ``certificate_not_shown``: the on-the-spot decision is also a field act whose certificates
  AUTH-004 checks (CPL 52① and 55① say the same thing of the same moment).
* PROC-005 ``review_after_discussion``: REVIEW-006 checks that the discussion follows the legal review.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from enforcement_rules.training import people
from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.construct import round_amount, ts
from enforcement_rules.training.defects import Description, Injector
from enforcement_rules.training.edits import CaseEdit, day_of
from enforcement_rules.training.injectors.common import acts, decision, edit_payment, first, param, variant

__all__ = ["INJECTORS"]

_ORDINARY: dict[str, tuple[Any, ...]] = {"procedure": ("ordinary",)}
_SUMMARY: dict[str, tuple[Any, ...]] = {"procedure": ("summary",)}


def _decision(edit: CaseEdit) -> dict[str, Any]:
    d = edit.first("decision")
    assert d is not None
    return d


# -- TIME-001 limitation ---------------------------------------------------------------------------------------------


def _barred(edit: CaseEdit, rng: random.Random) -> Description:
    v = edit.data["violation"]
    found = date.fromisoformat(v["discovered_on"])
    period = edit.param("limitation.period", found).value
    end = found - timedelta(days=30)
    while edit.cal.end_of(end, period) >= found:
        end -= timedelta(days=30)
    end -= timedelta(days=rng.randint(5, 60))
    start = end - timedelta(days=rng.randint(0, 20))
    v.update(start_on=start.isoformat(), end_on=end.isoformat(), continuing=start != end)
    return (f"违法行为于 {end.isoformat()} 终了，{found.isoformat()} 才被发现，已超过{period.zh}的处罚时效，仍予处罚",
            f"The act ended on {end.isoformat()} and was discovered on {found.isoformat()}, after the {period} "
            "limitation period; a penalty was still imposed")


def _dated(b: BuiltCase) -> bool:
    v = b.data["violation"]
    return bool(v.get("discovered_on") and v.get("start_on")) and decision(b) is not None and not v.get(
        "life_health_financial_harm")


TIME_001 = Injector("TIME-001", (
    variant("time_barred", 2, _dated, _barred, "violation.dates"),
))


# -- TIME-002 the case period ----------------------------------------------------------------------------------------


def _filed_early(edit: CaseEdit, rng: random.Random) -> Description:
    d = _decision(edit)
    filing = edit.first("filing")
    assert filing is not None
    period = edit.param("case.decide_within", day_of(filing)).value
    new = day_of(d) - timedelta(days=period.n + rng.randint(8, 30))
    while not edit.cal.is_working_day(new):
        new -= timedelta(days=1)
    edit.set_day(filing, new)
    v = edit.data["violation"]
    for a in edit.of("verification"):
        edit.set_day(a, edit.cal.add_working_days(new, -1))
    lead = min([day_of(a) for a in edit.of("verification")] + [new])
    for key in ("start_on", "end_on"):
        if v.get(key) and date.fromisoformat(v[key]) > lead:
            v[key] = lead.isoformat()
    v["discovered_on"] = lead.isoformat()
    return (f"{new.isoformat()} 立案，{d['on']} 才作出处罚决定，超过{period.zh}的办案期限且未经批准延长",
            f"Filed on {new.isoformat()}, decided on {d['on']}: beyond the {period} case period, never extended")


def _filed(b: BuiltCase) -> bool:
    return b.knobs.sector in ("samr", "mee", "national") and bool(acts(b, "filing")) and decision(b) is not None


TIME_002 = Injector("TIME-002", (
    variant("case_period_exceeded", 2, _filed, _filed_early, "case.period"),
), requires={**_ORDINARY, "sector": ("samr", "mee", "national")})


# -- TIME-003 evidence preservation ----------------------------------------------------------------------------------


def _inspected(b: BuiltCase) -> bool:
    return b.knobs.sector in ("samr", "mee", "national") and any(
        a.get("end_at") for a in acts(b, "inspection")) and b.knobs.procedure == "ordinary"


def _preserve(late_handling: bool) -> Any:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        inspection = edit.first("inspection")
        assert inspection is not None
        day = day_of(inspection)
        end = inspection["end_at"][11:16]
        h, m = int(end[:2]), int(end[3:])
        at = (h, m + 5) if m < 50 else (h + 1, 5)
        approved_on = day if late_handling else edit.cal.add_working_days(day, rng.randint(1, 2))
        handled = edit.cal.add_working_days(day, rng.randint(9, 14) if late_handling else rng.randint(3, 6))
        act = {"type": "evidence_preservation", "id": "preserve-1", "on": day.isoformat(), "at": ts(day, *at),
               "staff_ids": list(inspection["staff_ids"]), "certificate_shown": True, "approved_by": "head-1",
               "approved_on": approved_on.isoformat(),
               "approved_at": ts(day, at[0] - 1, 50) if late_handling else ts(approved_on, 9),
               "handled_on": handled.isoformat()}
        edit.add(act, signatures={"party": "signed", "officer_ids": list(inspection["staff_ids"])})
        seg = {"start_at": ts(day, at[0], at[1] - 2), "end_at": ts(day, at[0], at[1] + 4)}
        edit.data["records"].append({"id": "rec-preserve-1-video", "kind": "video", "act_ids": ["preserve-1"],
                                     **seg, "segments": [seg], "synchronous": True})
        if late_handling:
            return (f"{day.isoformat()} 对涉案物品先行登记保存，"
                    f"直到 {handled.isoformat()} 才作出处理决定（超过七个工作日）",
                    f"Evidence preserved on {day.isoformat()} was handled only on {handled.isoformat()}, after 7 "
                    "working days")
        return (f"{day.isoformat()} 先行登记保存证据，负责人 {approved_on.isoformat()} 才补批（并非情况紧急）",
                f"Evidence was preserved on {day.isoformat()}; the head approved only on {approved_on.isoformat()}")
    return apply


TIME_003 = Injector("TIME-003", (
    variant("approved_after", 2, _inspected, _preserve(False), "evidence.preservation"),
    variant("handled_late", 3, _inspected, _preserve(True), "evidence.preservation"),
), requires={**_ORDINARY, "sector": ("samr", "mee", "national")})


# -- TIME-004 filing in time -------------------------------------------------------------------------------------------


def _lead_early(edit: CaseEdit, rng: random.Random) -> Description:
    filing = edit.first("filing")
    assert filing is not None
    period = edit.param("filing.decide_within", day_of(filing)).value
    lead = day_of(filing) - timedelta(days=period.n * 2 + rng.randint(10, 30))
    edit.data.setdefault("time_limits", {})["lead_on"] = lead.isoformat()
    v = edit.data["violation"]
    for key in ("start_on", "end_on"):
        if v.get(key) and date.fromisoformat(v[key]) > lead:
            v[key] = lead.isoformat()
    v["discovered_on"] = lead.isoformat()
    return (f"举报材料于 {lead.isoformat()} 收到，直到 {filing['on']} 才决定立案，超过{period.zh}",
            f"The complaint came on {lead.isoformat()}; filing was decided only on {filing['on']}, after {period}")


TIME_004 = Injector("TIME-004", (
    variant("filing_decided_late", 2, lambda b: bool(acts(b, "filing")) and b.knobs.sector in ("samr", "mee"),
            _lead_early, "case.lead"),
), requires={**_ORDINARY, "sector": ("samr", "mee")})


# -- PROC-001 summary limits -------------------------------------------------------------------------------------------


def _summary_fine(b: BuiltCase) -> bool:
    d = decision(b)
    return b.knobs.procedure == "summary" and d is not None and any(p["kind"] == "fine" for p in d["penalties"])


def _over_cap(edit: CaseEdit, rng: random.Random) -> Description:
    d = _decision(edit)
    who = "natural_person" if edit.data["parties"][0]["kind"] == "natural_person" else "organization"
    cap = int(edit.param(f"summary.max_fine.{who}", day_of(d)).value)
    amount = round_amount(cap * rng.uniform(1.5, 2.5))
    for act in (d, edit.first("penalty_notice")):
        assert act is not None
        for p in act.get("penalties") or act.get("proposed_penalties") or ():
            if p["kind"] == "fine":
                p["amount"] = str(amount)
    edit_payment(edit, d["penalties"])
    return (f"适用简易程序当场罚款 {amount} 元，超过当场处罚的限额 {cap} 元",
            f"A summary fine of {amount} yuan, above the "
            f"{cap} yuan limit")


PROC_001 = Injector("PROC-001", (
    variant("fine_over_limit", 1, _summary_fine, _over_cap, "decision.penalties"),
), requires=_SUMMARY)


# -- PROC-002 summary formalities --------------------------------------------------------------------------------------


def _filed_late(edit: CaseEdit, rng: random.Random) -> Description:
    d = _decision(edit)
    day = day_of(d)
    period = edit.param("summary.filing_within", day).value
    if period.unit.value == "hours":
        filed = day + timedelta(days=rng.randint(2, 3))
        d["filed_at"] = ts(filed, 10)
    else:
        filed = edit.cal.add_working_days(edit.cal.end_of(day, period), rng.randint(1, 4))
        d.pop("filed_at", None)
    d["filed_on"] = filed.isoformat()
    for a in edit.of("archive"):
        edit.set_day(a, filed)
    return (f"{d['on']} 当场作出的处罚决定，{filed.isoformat()} 才报所属机关备案，超过{period.zh}",
            f"The on-the-spot decision of {d['on']} was filed with the agency only on {filed.isoformat()}")


def _no_certificate(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    _decision(edit)["certificate_shown"] = False
    return ("当场作出处罚决定时，执法人员没有出示执法证件",
            "The officers showed no certificate when deciding on the spot")


def _summary(b: BuiltCase) -> bool:
    return b.knobs.procedure == "summary" and decision(b) is not None


PROC_002 = Injector("PROC-002", (
    variant("certificate_not_shown", 1, _summary, _no_certificate, "decision.certificate", companions={
        "AUTH-004": "当场处罚决定也是执法人员出示证件的环节（CPL 52①、55①同一时刻） / the summary decision is also a "
                    "field act whose certificates AUTH-004 checks"}),
    variant("filed_late", 3, _summary, _filed_late, "decision.filing"),
), requires=_SUMMARY)


# -- PROC-003 no second fine -------------------------------------------------------------------------------------------


def _fined(b: BuiltCase) -> bool:
    d = decision(b)
    return d is not None and any(p["kind"] == "fine" for p in d["penalties"])


def _second_fine(edit: CaseEdit, rng: random.Random) -> Description:
    d = _decision(edit)
    earlier = day_of(d) - timedelta(days=rng.randint(20, 60))
    fine = next(p for p in d["penalties"] if p["kind"] == "fine")
    county = edit.data["agency"]["name"]
    other = county.replace("县", "区", 1) if "县" in county else "邻区" + county
    amount = str(round_amount(int(fine["amount"]) * rng.uniform(0.5, 1.2)))
    edit.data["related_decisions"] = [{"id": "related-1", "decided_on": earlier.isoformat(), "agency": other,
                                       "party_ids": ["party-1"], "penalties": [{"kind": "fine", "amount": amount}]}]
    return (f"{other}已于 {earlier.isoformat()} 对同一违法行为罚款 {amount} 元，本机关又予罚款",
            f"Another agency had already fined the party {amount} yuan for the same act on {earlier.isoformat()}")


PROC_003 = Injector("PROC-003", (
    variant("fined_twice", 2, _fined, _second_fine, "related_decisions"),
))


# -- PROC-004 minors ---------------------------------------------------------------------------------------------------


def _young_party(b: BuiltCase) -> bool:
    party = b.data["parties"][0]
    return (party["kind"] == "natural_person" and decision(b) is not None and not acts(b, "publication", "hearing")
            and bool(b.data["violation"].get("start_on")))


def _minor(age: int) -> Any:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        v = edit.data["violation"]
        act_day = date.fromisoformat(v.get("end_on") or v["start_on"])
        born = date(act_day.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
        if born + timedelta(days=365 * (age + 1)) <= act_day - timedelta(days=40):
            born = date(born.year + 1, born.month, born.day)
        party = edit.data["parties"][0]
        region = party["id_number"][:6]
        party["birth_date"] = born.isoformat()
        party["id_number"] = people.resident_id(rng, region, born)
        story = edit.built.story
        edit.story = replace(story, party_desc=re.sub(r"\d{4}年\d{1,2}月生", f"{born.year}年{born.month}月生",
                                                      story.party_desc).split("，系")[0])
        if edit.built.knobs.sector == "police":  # PSAPL 112③: the notice tells the guardian too (kept right)
            for notice in edit.of("penalty_notice"):
                notice["states"] = [*notice["states"], "guardian_told"]
        if age < 14:
            return (f"当事人{born.year}年{born.month}月出生，行为时不满十四周岁，仍被处罚",
                    f"The party, born in {born.year}, was under 14 at the act and was still punished")
        return (f"当事人{born.year}年{born.month}月出生，行为时未满十八周岁，决定未从轻或者减轻处罚",
                f"The party, born in {born.year}, was under 18 at the act; the penalty was not lighter or reduced")
    return apply


PROC_004 = Injector("PROC-004", (
    variant("under_fourteen", 1, _young_party, _minor(13), "party.age"),
    variant("minor_not_mitigated", 2, _young_party, _minor(16), "party.age"),
), requires={"party_kind": ("natural_person",), "sector": ("police", "national"), "hearing": (False,)})


# -- PROC-005 order of steps -------------------------------------------------------------------------------------------


def _inspected_after_filing(b: BuiltCase) -> bool:
    filing, inspection = first(b, "filing"), first(b, "inspection")
    return (filing is not None and inspection is not None and bool(acts(b, "verification"))
            and day_of(inspection) > day_of(filing))


def _inspect_first(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    inspection, filing, verify = edit.first("inspection"), edit.first("filing"), edit.first("verification")
    assert inspection is not None
    assert filing is not None
    assert verify is not None
    edit.set_day(inspection, day_of(verify))
    return (f"{inspection['on']} 即进行现场检查取证，{filing['on']} 才立案：先调查后立案",
            f"The inspection of {inspection['on']} came before the filing of {filing['on']}")


def _reviewed_late(b: BuiltCase) -> bool:
    return bool(acts(b, "legal_review")) and bool(acts(b, "collective_discussion"))


def _review_after(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    review, discussion = edit.first("legal_review"), edit.first("collective_discussion")
    assert review is not None
    assert discussion is not None
    r_day, c_day = day_of(review), day_of(discussion)
    edit.set_day(review, c_day, at=(15, 0))
    edit.set_day(discussion, r_day if r_day < c_day else edit.cal.add_working_days(c_day, -1), at=(9, 0))
    return (f"负责人集体讨论（{discussion['on']}）在法制审核（{review['on']}）之前进行",
            f"The collective discussion ({discussion['on']}) came before the legal review ({review['on']})")


PROC_005 = Injector("PROC-005", (
    variant("inspected_before_filing", 1, _inspected_after_filing, _inspect_first, "order.filing"),
    variant("review_after_discussion", 2, _reviewed_late, _review_after, "order.review", companions={
        "REVIEW-006": "集体讨论须在法制审核之后（SAMR-P 60②；REVIEW-006 自身也查先后） / "
                      "REVIEW-006 checks the discussion "
                      "follows the legal review"}),
), requires={**_ORDINARY, "sector": ("samr", "mee", "national")})


# -- PROC-006 collection -----------------------------------------------------------------------------------------------


def _paid(b: BuiltCase) -> bool:
    """Paid, and more than the profile's on-the-spot cap (CPL 68(一): 一百元以下)."""
    pay = first(b, "payment")
    if pay is None or not _fined(b):
        return False
    cap = param(b, "collection.on_the_spot_max", day_of(pay))
    return cap.configured and int(pay["amount"]) > int(cap.value)


def _cash(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    pay = edit.first("payment")
    assert pay is not None
    pay.update(channel="on_the_spot", ground="small_fine", receipt=True, handed_in_on=pay["on"])
    return (f"执法人员以“小额罚款”为由当场收缴罚款 {pay['amount']} 元，超过可以当场收缴的数额",
            f"The officers collected {pay['amount']} yuan on the spot as a 'small fine', above the amount allowed")


PROC_006 = Injector("PROC-006", (
    variant("collected_in_cash", 1, _paid, _cash, "payment"),
), requires={"sector": ("samr", "mee", "national")})


# -- PROC-007 surcharge ------------------------------------------------------------------------------------------------


def _surcharged(edit: CaseEdit, rng: random.Random) -> Description:
    pay = edit.first("payment")
    d = _decision(edit)
    assert pay is not None
    fine = next(p for p in d["penalties"] if p["kind"] == "fine")
    start = day_of(pay) - timedelta(days=rng.randint(0, 1))
    days = (day_of(pay) - start).days + 1
    amount = round_amount(int(fine["amount"]) * 0.03 * days) if int(fine["amount"]) >= 1000 else 10
    edit.add({"type": "surcharge", "id": "surcharge-1", "on": pay["on"], "decision_id": d["id"], "amount": str(amount),
              "base": "fine", "daily_percent": "3", "accrual_start_on": start.isoformat(),
              "accrual_end_on": pay["on"]})
    pay["amount"] = str(int(pay["amount"]) + amount)
    return (f"当事人在缴款期限内缴纳罚款，机关却自 {start.isoformat()} 起加处罚款 {amount} 元",
            f"The party paid within the deadline, yet a surcharge of {amount} yuan was charged from "
            f"{start.isoformat()}")


def _paid_early(b: BuiltCase) -> bool:
    pay, d = first(b, "payment"), decision(b)
    if pay is None or d is None or not _fined(b):
        return False
    period = param(b, "payment.within", day_of(d))
    return period.configured and day_of(pay) <= day_of(d) + timedelta(days=period.value.n - 3)


PROC_007 = Injector("PROC-007", (
    variant("surcharge_before_deadline", 2, _paid_early, _surcharged, "payment.surcharge"),
), requires={**_ORDINARY, "sector": ("samr", "mee", "national")})

INJECTORS: tuple[Injector, ...] = (TIME_001, TIME_002, TIME_003, TIME_004, PROC_001, PROC_002, PROC_003, PROC_004,
                                   PROC_005, PROC_006, PROC_007)
