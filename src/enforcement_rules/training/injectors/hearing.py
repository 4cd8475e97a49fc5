"""Injectors for the HEAR family (rules/hearing*.py): the right told, the request honoured, the notice's
lead time and contents, a public hearing, an independent host, agents, the transcript, the decision after
the hearing, no costs.

The national profile sets no hearing threshold (CPL 63 leaves "较大数额" to others), so HEAR-001 and 002
cannot be decided there: those two injectors require a sector. Dropping a requested hearing (HEAR-002)
removes what follows from it (its notice, transcript and report), so the rules about those become not
applicable rather than broken.
"""

from __future__ import annotations

import random
from typing import Any

from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.defects import Description, Injector
from enforcement_rules.training.edits import CaseEdit, day_of
from enforcement_rules.training.injectors.common import acts, first, param, variant

__all__ = ["INJECTORS"]

_SECTORS = ("samr", "mee", "police")
_REQUIRES: dict[str, tuple[Any, ...]] = {"hearing": (True,), "procedure": ("ordinary",)}


def _hearing(edit: CaseEdit) -> dict[str, Any]:
    h = edit.first("hearing")
    assert h is not None
    return h


def _held(b: BuiltCase) -> bool:
    return bool(acts(b, "hearing"))


def _held_in(*sectors: str) -> Any:
    return lambda b: _held(b) and b.knobs.sector in sectors


# -- HEAR-001 the right told ---------------------------------------------------------------------------------


def _eligible_told(b: BuiltCase) -> bool:
    notice = first(b, "penalty_notice")
    return (b.eligible == "eligible" and b.knobs.sector in _SECTORS and notice is not None
            and "hearing_right" in notice.get("states", ()) and not acts(b, "hearing_request", "waiver"))


def _right_untold(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    notice = edit.first("penalty_notice")
    assert notice is not None
    notice["states"] = [s for s in notice["states"] if s != "hearing_right"]
    return ("拟作出的处罚达到听证标准，告知书却没有告知当事人有要求听证的权利",
            "The proposed penalty is hearing-eligible, but the notice does not tell the party of the right")


HEAR_001 = Injector("HEAR-001", (
    variant("right_not_told", 2, _eligible_told, _right_untold, "notice.states"),
), requires={"sector": _SECTORS, "procedure": ("ordinary",), "hearing": (False,), "statement": (False,)})


# -- HEAR-002 the request honoured --------------------------------------------------------------------------


def _not_held(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    request = edit.first("hearing_request")
    assert request is not None
    edit.drop(*(a["id"] for a in edit.of("hearing_notice", "hearing", "hearing_report")))
    return (f"当事人于 {request['on']} 在期限内要求听证，机关未组织听证即作出处罚决定",
            f"The party asked for a hearing on {request['on']}, in time; the agency decided without one")


HEAR_002 = Injector("HEAR-002", (
    variant("request_ignored", 1, _held_in(*_SECTORS), _not_held, "hearing"),
), requires={**_REQUIRES, "sector": _SECTORS})


# -- HEAR-003 lead time and contents ------------------------------------------------------------------------


def _short_notice(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    h = _hearing(edit)
    notice = edit.act(h["hearing_notice_id"])
    request = edit.first("hearing_request")
    assert notice is not None
    assert request is not None
    held = day_of(h)
    lead = edit.param("hearing.notice_lead", day_of(notice)).value
    day = edit.cal.add_working_days(day_of(request), 1)
    while edit.cal.end_of(day, lead) <= held:
        day = edit.cal.add_working_days(day, 1)
    for a in (notice, *edit.services_of(notice["id"])):
        edit.set_day(a, day)
    for a in edit.of("hearing"):
        if a.get("public_notice_on") and a["public_notice_on"] < day.isoformat():
            a["public_notice_on"] = day.isoformat()
    return (f"听证通知书 {day.isoformat()} 才送达，距 {held.isoformat()} 举行听证不足{lead.zh}",
            f"The hearing notice was served on {day.isoformat()}, less than {lead} before the hearing of {held}")


def _notice_room(b: BuiltCase) -> bool:
    """The notice can be moved late without passing the hearing (police: two-day windows)."""
    return _held(b) and b.knobs.sector in ("samr", "mee", "national")


def _no_host_named(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    h = _hearing(edit)
    notice = edit.act(h["hearing_notice_id"])
    assert notice is not None
    notice["states"] = [s for s in notice["states"] if s not in ("host", "members")]
    return ("听证通知书没有载明听证主持人、听证员的姓名", "The hearing notice does not name the host and members")


HEAR_003 = Injector("HEAR-003", (
    variant("host_not_named", 2, _held_in("samr"), _no_host_named, "hearing.notice"),
    variant("short_notice", 3, _notice_room, _short_notice, "hearing.notice"),
), requires={**_REQUIRES, "sector": ("samr", "mee", "national")})


# -- HEAR-004 public hearing ----------------------------------------------------------------------------------


def _closed(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    h = _hearing(edit)
    h["public"] = False
    h["not_public_reason"] = "minor"
    h.pop("public_notice_on", None)
    return ("当事人是成年人，听证却以“涉及未成年人”为由不公开举行",
            "The hearing was held in private 'for a minor', but the party is an adult")


def _adult_party(b: BuiltCase) -> bool:
    return _held(b) and b.knobs.party_kind == "natural_person"


def _late_announcement(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    h = _hearing(edit)
    day = edit.cal.add_working_days(day_of(h), -1)
    h["public_notice_on"] = day.isoformat()
    return (f"公开听证的公告 {day.isoformat()} 才发布，距听证不足三个工作日",
            f"The public hearing was announced only on {day.isoformat()}, less than 3 working days before")


HEAR_004 = Injector("HEAR-004", (
    variant("private_for_no_minor", 2, _adult_party, _closed, "hearing.public"),
    variant("late_announcement", 3, _held_in("samr"), _late_announcement, "hearing.public"),
), requires={**_REQUIRES, "party_kind": ("natural_person", "legal_person")})


# -- HEAR-005 independent host --------------------------------------------------------------------------------


def _investigator_hosts(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    h = _hearing(edit)
    h["host_id"] = "officer-1"
    h["staff_ids"] = [s for s in h["staff_ids"] if s != "host-1"]
    for r in edit.records_for(h["id"]):
        if r.get("signatures"):
            r["signatures"]["officer_ids"] = ["officer-1", *[s for s in r["signatures"]["officer_ids"]
                                                             if s not in ("host-1", "officer-1")]]
    for rep in edit.of("hearing_report"):
        rep["staff_ids"] = ["officer-1", *[s for s in rep.get("staff_ids", []) if s != "host-1"]]
    name = next(s["name"] for s in edit.data["staff"] if s["id"] == "officer-1")
    return (f"听证由本案调查人员{name}主持", "The hearing was presided over by an officer who investigated the case")


HEAR_005 = Injector("HEAR-005", (
    variant("investigator_hosts", 1, _held, _investigator_hosts, "hearing.host"),
), requires=_REQUIRES)


# -- HEAR-006 agents ------------------------------------------------------------------------------------------


def _three_agents(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    _hearing(edit)["agents"] = [{"written_authority": True, "identity_proof": True} for _ in range(3)]
    return ("当事人委托三名代理人参加听证（至多一至二人）",
            "The party sent three agents to the hearing (one or two allowed)")


def _no_authority(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    _hearing(edit)["agents"] = [{"written_authority": True, "identity_proof": True},
                                {"written_authority": False, "identity_proof": True}]
    return ("两名听证代理人中一人未提交授权委托书", "One of the two agents submitted no power of attorney")


def _agents_limited(b: BuiltCase) -> bool:
    h = first(b, "hearing")
    return h is not None and param(b, "hearing.max_agents", day_of(h)).configured


def _authority_needed(b: BuiltCase) -> bool:
    h = first(b, "hearing")
    return h is not None and bool(param(b, "hearing.agent_written_authority", day_of(h)).configured)


HEAR_006 = Injector("HEAR-006", (
    variant("three_agents", 1, _agents_limited, _three_agents, "hearing.agents"),
    variant("no_power_of_attorney", 2, _authority_needed, _no_authority, "hearing.agents"),
), requires=_REQUIRES)


# -- HEAR-007 transcript --------------------------------------------------------------------------------------


def _unsigned(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    h = _hearing(edit)
    record = next(r for r in edit.records_for(h["id"]) if r["kind"] == "written")
    record["signatures"]["party"] = "absent"
    return ("听证笔录没有交当事人核对，当事人没有签字或者盖章", "The transcript was not checked or signed by the party")


def _refusal_unnoted(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    h = _hearing(edit)
    record = next(r for r in edit.records_for(h["id"]) if r["kind"] == "written")
    record["signatures"].update(party="refused", refusal_noted=False)
    return ("当事人拒绝在听证笔录上签字，主持人未在笔录中注明", "The party refused to sign; the host did not note it")


HEAR_007 = Injector("HEAR-007", (
    variant("not_signed", 1, _held, _unsigned, "hearing.transcript"),
    variant("refusal_not_noted", 2, _held, _refusal_unnoted, "hearing.transcript"),
), requires=_REQUIRES)


# -- HEAR-008 decision after the hearing ------------------------------------------------------------------------


def _no_report(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    edit.drop(*(a["id"] for a in edit.of("hearing_report")))
    return ("听证结束后主持人没有撰写听证报告，机关即作出处罚决定", "No hearing report was written before the decision")


HEAR_008 = Injector("HEAR-008", (
    variant("no_hearing_report", 2, _held_in("samr"), _no_report, "hearing.report"),
), requires={**_REQUIRES, "sector": ("samr",)})


# -- HEAR-009 no costs ------------------------------------------------------------------------------------------


def _charged(edit: CaseEdit, rng: random.Random) -> Description:
    amount = rng.choice((300, 500, 800))
    _hearing(edit)["costs_charged"] = str(amount)
    return (f"机关向当事人收取听证场地费等费用 {amount} 元", f"The party was charged {amount} yuan for the hearing")


HEAR_009 = Injector("HEAR-009", (
    variant("costs_charged", 1, _held, _charged, "hearing.costs"),
), requires=_REQUIRES)

INJECTORS: tuple[Injector, ...] = (HEAR_001, HEAR_002, HEAR_003, HEAR_004, HEAR_005, HEAR_006, HEAR_007, HEAR_008,
                                   HEAR_009)
