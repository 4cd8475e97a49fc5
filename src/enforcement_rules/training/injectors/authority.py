"""Injectors for the AUTH family (rules/authority.py, officers.py, recusal.py): the acting subject, the
officers' certificates, two officers, certificates shown, recusal.

Companions: an officer whose certificate lapses no longer counts towards the two officers of AUTH-003,
so the lapsed-certificate variant of AUTH-002 adds a third, certified officer to keep AUTH-003 satisfied;
only the variant that lets the one certificate lapse for the whole case declares AUTH-003.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.defects import Description, Injector
from enforcement_rules.training.edits import CaseEdit, day_of
from enforcement_rules.training.injectors.common import acts, field_act, variant

__all__ = ["INJECTORS"]

_FIELD = ("inspection", "questioning", "sampling", "coercive_measure")
_BUILT_SHOWN = ("inspection", "questioning", "sampling", "coercive_measure")


def _staff(edit: CaseEdit, sid: str) -> dict[str, Any]:
    return next(s for s in edit.data["staff"] if s["id"] == sid)


def _field(edit: CaseEdit, *types: str) -> dict[str, Any]:
    act = next((a for a in edit.of(*(types or _FIELD)) if len(a.get("staff_ids") or ()) >= 2), None)
    assert act is not None
    return act


# -- AUTH-001 acting subject -------------------------------------------------------------------------------


def _township(b: BuiltCase) -> bool:
    agency = b.data["agency"]
    return bool(agency.get("level") == "township" and agency["authority"]["basis"] == "handed_down")


def _unpublished(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    edit.data["agency"]["authority"]["published"] = False
    return ("镇政府据以执法的省政府赋权决定未向社会公布",
            "The provincial decision handing the power down was not published")


def _outside(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    auth = edit.data["agency"]["authority"]
    auth["matters"] = [m for m in auth["matters"] if m != auth["exercised"]]
    return (f"省政府交由乡镇行使的事项清单中没有本案事项（{auth['exercised']}），镇政府超范围处罚",
            "The matter of this case is not among the powers handed down to the township")


def _own_power_non_police(b: BuiltCase) -> bool:
    return (b.data["agency"]["authority"]["basis"] == "own_power" and b.knobs.sector in ("samr", "national")
            and not acts(b, "coercive_measure") and bool(acts(b, "decision")))


def _entrusted_own_name(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    agency = edit.data["agency"]
    entrusting = agency["name"]
    agency["name"] = entrusting.replace("局", "局综合执法大队") if "局" in entrusting else entrusting + "执法大队"
    first = min(day_of(a) for a in edit.data["acts"])
    agency["authority"] = {"basis": "entrusted", "instrument": f"{entrusting}行政处罚委托书",
                           "states": ["matters", "powers", "term"], "published": True,
                           "valid_from": (first - timedelta(days=400)).isoformat(),
                           "valid_until": (first + timedelta(days=700)).isoformat(),
                           "matters": ["本案事项"], "exercised": "本案事项", "re_entrusted": False}
    for d in edit.of("decision"):
        d["in_own_name"] = True
    for pub in edit.of("publication"):  # the publication names the body that decided, as the decision does
        for name in ("text", "summary"):
            if name in pub:
                pub[name] = pub[name].replace(entrusting, agency["name"])
    return (f"受{entrusting}委托执法的执法大队以自己的名义作出处罚决定（应以委托机关名义）",
            "An entrusted enforcement team made the decision in its own name, not the entrusting agency's")


AUTH_001 = Injector("AUTH-001", (
    variant("unpublished_instrument", 2, _township, _unpublished, "agency.authority"),
    variant("entrusted_own_name", 2, _own_power_non_police, _entrusted_own_name, "agency.authority"),
    variant("outside_handed_down_scope", 3, _township, _outside, "agency.authority"),
), requires={"sector": ("national", "samr"), "agency_level": ("township", "county_department"),
             "coercive_measure": (False,)})


# -- AUTH-002 certified officers ----------------------------------------------------------------------------


def _has_field(b: BuiltCase) -> bool:
    return field_act(b, *_FIELD) is not None or bool(acts(b, "decision") and b.knobs.procedure == "summary")


def _third_uncertified(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    act = _field(edit)
    name = "张" + ("晓东" if all(s["name"] != "张晓东" for s in edit.data["staff"]) else "立平")
    edit.data["staff"].append({"id": "officer-3", "name": name, "roles": ["officer"], "certificates": []})
    act["staff_ids"] = [*act["staff_ids"], "officer-3"]
    for r in edit.records_for(act["id"]):
        if r.get("signatures"):
            r["signatures"]["officer_ids"] = [*r["signatures"]["officer_ids"], "officer-3"]
    return (f"未取得执法证件的工作人员{name}以执法人员身份参加了{act['on']}的调查取证",
            f"A staff member without an enforcement certificate took part as an officer on {act['on']}")


def _lapsed(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    act = _field(edit)
    cert = _staff(edit, "officer-2")["certificates"][0]
    cert["valid_until"] = (day_of(act) - timedelta(days=1)).isoformat()
    edit.data["staff"].append({**_staff(edit, "officer-1"), "id": "officer-3", "name": "程卫国"})
    for a in edit.data["acts"]:
        if "officer-2" in (a.get("staff_ids") or ()) and a["type"] in (*_FIELD, "decision"):
            a["staff_ids"] = [*a["staff_ids"], "officer-3"]
            for r in edit.records_for(a["id"]):
                if r.get("signatures"):
                    r["signatures"]["officer_ids"] = [*r["signatures"]["officer_ids"], "officer-3"]
    return (f"执法人员的执法证件有效期至 {cert['valid_until']}，之后仍以执法人员身份参加调查取证",
            f"An officer's certificate expired on {cert['valid_until']}; the officer still took part afterwards")


AUTH_002 = Injector("AUTH-002", (
    variant("uncertified_third_officer", 1, _has_field, _third_uncertified, "staff.certificates", "officers"),
    variant("certificate_lapsed", 3, _has_field, _lapsed, "staff.certificates", "officers"),
))


# -- AUTH-003 two officers ----------------------------------------------------------------------------------


def _two_needed(act: dict[str, Any]) -> bool:
    """Two officers on the act, and no law letting one act alone (PSAPL 108②: questioning in a facility)."""
    return len(act.get("staff_ids") or ()) >= 2 and not act.get("in_facility")


def _can_lose_one(b: BuiltCase) -> bool:
    return any(_two_needed(a) for a in acts(b, *_FIELD))


def _one_officer(edit: CaseEdit, rng: random.Random) -> Description:
    act = rng.choice([a for a in edit.of(*_FIELD) if _two_needed(a)])
    act["staff_ids"] = [s for s in act["staff_ids"] if s != "officer-2"]
    for r in edit.records_for(act["id"]):
        if r.get("signatures"):
            r["signatures"]["officer_ids"] = [s for s in r["signatures"]["officer_ids"] if s != "officer-2"]
    kind = {"inspection": "现场检查", "questioning": "询问", "sampling": "抽样", "coercive_measure": "强制措施"}
    return (f"{act['on']} 的{kind[act['type']]}只有一名执法人员进行，笔录上也只有一名执法人员签名",
            f"The {act['type']} of {act['on']} was done by one officer only")


AUTH_003 = Injector("AUTH-003", (
    variant("one_officer", 2, _can_lose_one, _one_officer, "officers"),
))


# -- AUTH-004 certificates shown ----------------------------------------------------------------------------


def _shown(b: BuiltCase) -> bool:
    return any(a.get("certificate_shown") for a in acts(b, *_BUILT_SHOWN))


def _not_shown(edit: CaseEdit, rng: random.Random) -> Description:
    act = rng.choice([a for a in edit.of(*_BUILT_SHOWN) if a.get("certificate_shown")])
    act["certificate_shown"] = False
    kind = {"inspection": "现场检查", "questioning": "询问", "sampling": "抽样", "coercive_measure": "实施强制措施"}
    return (f"{act['on']} {kind[act['type']]}时，笔录未载明执法人员出示了执法证件（记为未出示）",
            f"The certificates were not shown at the {act['type']} of {act['on']}")


AUTH_004 = Injector("AUTH-004", (
    variant("not_shown", 1, _shown, _not_shown, "certificates.shown"),
))


# -- AUTH-005 recusal ---------------------------------------------------------------------------------------


def _conflict(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    officer = _staff(edit, "officer-2")
    officer["conflict"] = True
    return (f"执法人员{officer['name']}系当事人的近亲属（与本案有利害关系），未回避仍参与办案",
            "An officer who is a close relative of the party did not withdraw")


def _late_recusal(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    d = edit.first("decision")
    notice = edit.first("penalty_notice")
    assert d is not None
    assert notice is not None
    officer = _staff(edit, "officer-2")
    officer["recusals"] = [{"applied_on": notice["on"], "decided_on": edit.cal.add_working_days(
        day_of(d), 2).isoformat(), "decided_by": "head", "decider_id": "head-1", "granted": False}]
    return (f"当事人于 {notice['on']} 申请执法人员{officer['name']}回避，"
            "机关在作出处罚决定之后才作出（不予回避的）决定",
            f"The party applied on {notice['on']} for an officer's recusal; it was decided only after the decision")


def _ordinary_with_notice(b: BuiltCase) -> bool:
    return b.knobs.procedure == "ordinary" and bool(acts(b, "penalty_notice")) and bool(acts(b, "decision"))


AUTH_005 = Injector("AUTH-005", (
    variant("conflict_not_withdrawn", 1, lambda b: field_act(b, *_FIELD) is not None, _conflict, "staff.recusal"),
    variant("recusal_decided_late", 2, _ordinary_with_notice, _late_recusal, "staff.recusal"),
))

INJECTORS: tuple[Injector, ...] = (AUTH_001, AUTH_002, AUTH_003, AUTH_004, AUTH_005)
