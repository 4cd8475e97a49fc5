"""Injectors for the PUBLISH family (rules/publication*.py, monitoring.py): published in time, withdrawn
after a change, personal data removed, the text matching the decision, nothing published that must not
be, the publication period, evidence from monitoring devices.

Companions: a decision published although it must not be (PUBLISH-005) is published with the ordinary
text, which then has to match the decision: nothing else breaks. None of these changes breaks another
rule.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.construct import ts
from enforcement_rules.training.defects import Description, Injector
from enforcement_rules.training.edits import CaseEdit, day_of
from enforcement_rules.training.injectors.common import acts, decision, param, variant
from enforcement_rules.training.wording import penalties_zh

__all__ = ["INJECTORS"]


def _pub(edit: CaseEdit) -> dict[str, Any]:
    p = edit.first("publication")
    assert p is not None
    return p


def _published(b: BuiltCase) -> bool:
    return bool(acts(b, "publication"))


def _texts(pub: dict[str, Any]) -> list[str]:
    return [n for n in ("text", "summary") if n in pub]


# -- PUBLISH-001 published in time -----------------------------------------------------------------------------


def _deadline(b: BuiltCase) -> date | None:
    d = decision(b)
    if d is None:
        return None
    period = param(b, "publication.deadline", day_of(d))
    if not period.configured:
        return None
    from enforcement_rules.calendar import default_calendar

    return default_calendar().end_of(day_of(d), period.value)


def _late(edit: CaseEdit, rng: random.Random) -> Description:
    pub = _pub(edit)
    last = _deadline(edit.built)
    assert last is not None
    day = edit.cal.add_working_days(last, rng.randint(2, 12))
    edit.set_day(pub, day)
    pub.pop("at", None)
    return (f"处罚决定 {last.isoformat()} 前应当公开，直到 {day.isoformat()} 才公开",
            f"The decision was due to be published by {last.isoformat()}; it was published on {day.isoformat()}")


def _not_published(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    edit.drop(_pub(edit)["id"])
    for s in edit.of("service"):
        if s.get("publication_notice"):
            s["publication_notice"] = True
    return ("依法应当公开（公示）的行政处罚决定没有公开", "A decision that had to be published was never published")


def _timed(b: BuiltCase) -> bool:
    return _published(b) and _deadline(b) is not None


PUBLISH_001 = Injector("PUBLISH-001", (
    variant("not_published", 1, _published, _not_published, "publication"),
    variant("published_late", 2, _timed, _late, "publication.time"),
), requires={"sector": ("samr", "mee"), "procedure": ("ordinary",)})


# -- PUBLISH-002 withdrawn after a change --------------------------------------------------------------------------


def _changed(withdrawn: bool) -> Any:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        pub = _pub(edit)
        on = edit.cal.add_working_days(day_of(pub), rng.randint(10, 30))
        edit.add({"type": "decision_change", "id": "change-1", "on": on.isoformat(), "decision_id": pub["decision_id"],
                  "change": "revoked", "instrument_on": on.isoformat(),
                  "note": "行政复议机关决定撤销原行政处罚决定"})
        if not withdrawn:
            return (f"原处罚决定于 {on.isoformat()} 被行政复议决定撤销，已公开的处罚信息一直没有撤回",
                    f"The decision was revoked on appeal on {on.isoformat()}; the publication was never withdrawn")
        late = edit.cal.add_working_days(on, rng.randint(6, 10))
        edit.add({"type": "publication_withdrawal", "id": "withdrawal-1", "on": late.isoformat(),
                  "publication_id": pub["id"], "reason_published": True})
        return (f"原处罚决定于 {on.isoformat()} 被撤销，{late.isoformat()} 才撤回公开的信息（应在三个工作日内）",
                f"Revoked on {on.isoformat()}, the publication was withdrawn only on {late.isoformat()}")
    return apply


PUBLISH_002 = Injector("PUBLISH-002", (
    variant("not_withdrawn", 1, _published, _changed(False), "publication.withdrawal"),
    variant("withdrawn_late", 3, _published, _changed(True), "publication.withdrawal"),
), requires={"sector": ("samr", "mee"), "procedure": ("ordinary",)})


# -- PUBLISH-003 personal data removed -------------------------------------------------------------------------------


def _person(b: BuiltCase) -> bool:
    return _published(b) and b.data["parties"][0]["kind"] == "natural_person"


def _id_number(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    pub, party = _pub(edit), edit.data["parties"][0]
    pub["text"] = pub["text"].replace(party["name"], f"{party['name']}（公民身份号码：{party['id_number']}）", 1)
    return ("公开的决定书全文中保留了当事人的公民身份号码", "The published decision shows the party's ID number")


def _phone(edit: CaseEdit, rng: random.Random) -> Description:
    pub = _pub(edit)
    phone = f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
    pub["text"] += f"（联系人电话：{phone}）"
    return ("公开的决定书末尾留有当事人联系人的手机号码", "The published text ends with a contact's mobile number")


PUBLISH_003 = Injector("PUBLISH-003", (
    variant("id_number_shown", 1, _person, _id_number, "publication.text"),
    variant("phone_shown", 2, _published, _phone, "publication.text"),
), requires={"sector": ("samr", "mee"), "procedure": ("ordinary",), "party_kind": ("natural_person",)})


# -- PUBLISH-004 text matches the decision ---------------------------------------------------------------------------


def _fined(b: BuiltCase) -> bool:
    d = decision(b)
    return _published(b) and d is not None and any(p["kind"] == "fine" for p in d["penalties"])


def _wrong_amount(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    pub = _pub(edit)
    d = edit.act(pub["decision_id"])
    assert d is not None
    right = penalties_zh(d["penalties"])
    fine = next(p for p in d["penalties"] if p["kind"] == "fine")
    wrong = [dict(p, amount=str(int(p["amount"]) * 10)) if p is fine else p for p in d["penalties"]]
    for name in _texts(pub):
        pub[name] = pub[name].replace(right, penalties_zh(wrong))
    return (f"公开的罚款数额（{int(fine['amount']) * 10}元）与决定书（{fine['amount']}元）不一致",
            f"The published fine ({int(fine['amount']) * 10} yuan) differs from the decision's ({fine['amount']})")


def _no_number(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    pub = _pub(edit)
    d = edit.act(pub["decision_id"])
    assert d is not None
    for name in _texts(pub):
        pub[name] = pub[name].replace(d["number"], "")
    return ("公开的信息没有行政处罚决定书文号", "The published text omits the decision's number")


PUBLISH_004 = Injector("PUBLISH-004", (
    variant("number_missing", 2, _published, _no_number, "publication.text"),
    variant("wrong_amount", 3, _fined, _wrong_amount, "publication.text"),
), requires={"sector": ("samr", "mee"), "procedure": ("ordinary",)})


# -- PUBLISH-005 not to be published ---------------------------------------------------------------------------------


def _sealed(b: BuiltCase) -> bool:
    d = decision(b)
    return (b.knobs.sector == "police" and d is not None and not _published(b)
            and param(b, "publication.scope", day_of(d)).value == "never" and bool(acts(b, "closing")))


def _police_published(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    d = edit.first("decision")
    assert d is not None
    party = edit.data["parties"][0]
    served = max(day_of(s) for s in edit.services_of(d["id"]))
    on = edit.cal.add_working_days(max(day_of(d), served), 2)
    agency = edit.data["agency"]["name"]
    day = day_of(d)
    text = (f"{agency}行政处罚决定书 {d['number']} 违法行为人：{party['name']}。"
            f"处罚结果：{penalties_zh(d['penalties'])}。"
            f"作出处罚决定的机关：{agency}，{day.year}年{day.month}月{day.day}日。")
    edit.add({"type": "publication", "id": "publication-1", "on": on.isoformat(), "at": ts(on, 16),
              "decision_id": d["id"], "platform": f"{agency}门户网站", "text": text})
    for later in edit.of("closing", "archive"):
        if day_of(later) <= on:
            edit.set_day(later, edit.cal.add_working_days(on, 1 if later["type"] == "closing" else 3))
    return ("2026年起违反治安管理的记录应予封存，本案治安管理处罚决定书却在公安机关网站上公开",
            "From 2026 public-security records are sealed, yet this decision was published on the police website")


PUBLISH_005 = Injector("PUBLISH-005", (
    variant("sealed_record_published", 2, _sealed, _police_published, "publication"),
), requires={"sector": ("police",), "procedure": ("ordinary",), "start": (date(2026, 2, 2), date(2026, 4, 1))})


# -- PUBLISH-006 publication period ----------------------------------------------------------------------------------


def _long_period(b: BuiltCase) -> bool:
    """A samr publication whose period is three years: a penalty other than a fine or a warning."""
    d = decision(b)
    return (b.knobs.sector == "samr" and _published(b) and d is not None
            and any(p["kind"] not in ("fine", "warning") for p in d["penalties"]))


def _kept_up(edit: CaseEdit, rng: random.Random) -> Description:
    pub = _pub(edit)
    start = day_of(pub)
    stop_by = date(start.year + 3, start.month, min(start.day, 28)) + timedelta(days=1)
    ended = stop_by + timedelta(days=rng.randint(30, 200))
    pub["ended_on"] = ended.isoformat()
    edit.as_of = ended + timedelta(days=30)
    return (f"{start.isoformat()} 起公示的处罚信息，三年公示期满后仍公示，至 {ended.isoformat()} 才停止",
            f"Published from {start.isoformat()}, the decision stayed up past its three years, until {ended}")


PUBLISH_006 = Injector("PUBLISH-006", (
    variant("kept_past_period", 3, _long_period, _kept_up, "publication.period"),
), requires={"sector": ("samr",), "procedure": ("ordinary",), "party_kind": ("legal_person", "natural_person")})


# -- PUBLISH-007 monitoring evidence ---------------------------------------------------------------------------------


def _monitored(reviewed: bool) -> Any:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        del rng
        d = edit.first("decision")
        notice = edit.first("penalty_notice")
        assert d is not None
        assert notice is not None
        device = "在线监控设备（编号 JK-0" + d["on"][2:4] + "7）"
        d["monitoring_evidence"] = [{"device": device, "reviewed": reviewed, "location_published": not reviewed,
                                     "record_reviewed": True, "party_told_on": notice["on"]}]
        if not reviewed:
            return (f"决定依据的{device}记录，该设备未经法制和技术审核", "The decision rests on a monitoring device "
                    "that never passed the legal and technical review")
        return (f"决定依据的{device}设置地点未向社会公布", "The monitoring device's location was never published")
    return apply


def _decided(b: BuiltCase) -> bool:
    return decision(b) is not None and bool(acts(b, "penalty_notice")) and b.knobs.procedure == "ordinary"


PUBLISH_007 = Injector("PUBLISH-007", (
    variant("device_not_reviewed", 2, _decided, _monitored(False), "decision.monitoring"),
    variant("location_not_published", 3, _decided, _monitored(True), "decision.monitoring"),
), requires={"procedure": ("ordinary",)})

INJECTORS: tuple[Injector, ...] = (PUBLISH_001, PUBLISH_002, PUBLISH_003, PUBLISH_004, PUBLISH_005, PUBLISH_006,
                                   PUBLISH_007)
