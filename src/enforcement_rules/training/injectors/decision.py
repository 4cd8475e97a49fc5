"""Injectors for the rules of rules/decision.py: NOTICE-006 … 009 (the decision document, its remedies, its
service, the publication notice). Their ``companions`` are empty: none of these changes breaks another rule
of the catalogue as it stands.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from enforcement_rules.calendar import PeriodUnit
from enforcement_rules.models.actions import DecisionElement
from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.defects import Description, Injector, Variant
from enforcement_rules.training.edits import CaseEdit, day_of
from enforcement_rules.training.injectors.common import acts, decision, is_ordinary, param

__all__ = ["INJECTORS"]


def _v(name: str, subtlety: int, applies: Any, apply: Any, *touches: str) -> Variant:
    return Variant(name, subtlety, applies, apply, frozenset(touches))


# -- NOTICE-006 decision document contents -----------------------------------------------------------------

_DECISION_GROUPS = {
    1: ("seal", "remedies", "penalty_basis"),
    2: ("evidence", "performance", "decision_date", "party_address", "time", "place", "officer_signature"),
    3: ("statement_adoption", "discretion_reasons", "party_id_number", "hearing_details", "party_sex", "party_age",
        "party_id_document", "preprinted_numbered_form", "department_seal"),
}


def _required_elements(b: BuiltCase, d: dict[str, Any]) -> set[str]:
    name = "decision.summary_elements" if not is_ordinary(b) else "decision.elements"
    value = param(b, name, day_of(d))
    return set(value.value) if value.configured else set()


def _drop_element(level: int) -> Variant:
    def candidates(b: BuiltCase) -> list[str]:
        d = decision(b)
        if d is None or d.get("elements") is None:
            return []
        required = _required_elements(b, d)
        return [e for e in _DECISION_GROUPS[level] if e in d["elements"] and e in required]

    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        element = rng.choice(candidates(edit.built))
        d = edit.first("decision")
        assert d is not None
        d["elements"] = [e for e in d["elements"] if e != element]
        zh = DecisionElement(element).zh
        return (f"行政处罚决定书没有载明“{zh}”", f"The decision document does not state: {element}")

    return _v(f"missing_{('seal', 'evidence', 'sector_element')[level - 1]}", level, lambda b: bool(candidates(b)),
              apply, "decision.elements")


NOTICE_006 = Injector("NOTICE-006", tuple(_drop_element(level) for level in (1, 2, 3)))


# -- NOTICE-007 remedies -------------------------------------------------------------------------------------

_ARL_2023 = date(2024, 1, 1)


def _remedies(b: BuiltCase) -> dict[str, Any] | None:
    d = decision(b)
    return d.get("remedies") if d is not None else None


def _wrong_period(edit: CaseEdit, rng: random.Random) -> Description:
    d = edit.first("decision")
    assert d is not None
    r = d["remedies"]
    if r.get("litigation_offered") and rng.random() < 0.5:
        r["litigation_months"] = 3
        return ("决定书告知“可在三个月内提起行政诉讼”（应为六个月）",
                "The decision says a suit may be brought within three months (it is six)")
    r["review_days"] = rng.choice((15, 30))
    return (f"决定书告知“可在{r['review_days']}日内申请行政复议”（应为六十日）",
            f"The decision gives {r['review_days']} days to apply for review (it is sixty)")


def _wrong_body(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    d = edit.first("decision")
    assert d is not None
    r = d["remedies"]
    agency = edit.data["agency"]
    if agency.get("level") == "township":
        r.update(review_body=agency["name"], review_body_level="self")
        return ("乡镇人民政府的决定书告知向本机关申请行政复议（应为县级人民政府）",
                "The township's decision names itself as the review body (it is the county government)")
    story = edit.built.story
    superior = {"samr": f"{story.city}市场监督管理局", "mee": f"{story.province}生态环境厅",
                "police": f"{story.city}公安局"}.get(edit.built.knobs.sector, f"{story.city}城市管理执法局")
    r.update(review_body=f"上一级主管部门（{superior}）", review_body_level="superior_department")
    return ("决定书告知向上一级主管部门申请行政复议；自2024年1月1日起应向本级人民政府申请（行政复议法第二十四条）",
            "The decision names the superior department as review body; since 2024 it is the same-level government")


def _offers_suit(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    d = edit.first("decision")
    assert d is not None
    d["remedies"].update(litigation_offered=True, litigation_months=6, review_first_stated=False)
    return ("当场处罚决定书告知“可申请行政复议或者在六个月内提起行政诉讼”，未告知应当先申请行政复议",
            "The summary decision offers review or a suit; it should say review comes first")


def _new_law(b: BuiltCase) -> bool:
    d = decision(b)
    return d is not None and _remedies(b) is not None and day_of(d) >= _ARL_2023


NOTICE_007 = Injector("NOTICE-007", (
    _v("wrong_period", 1, lambda b: _new_law(b) and is_ordinary(b), _wrong_period, "decision.remedies"),
    _v("wrong_review_body", 2, _new_law, _wrong_body, "decision.remedies"),
    _v("summary_offers_suit", 3, lambda b: _new_law(b) and not is_ordinary(b), _offers_suit, "decision.remedies"),
))  # every built case is decided after 2024-01-01


# -- NOTICE-008 service of the decision ----------------------------------------------------------------------


def _served(b: BuiltCase) -> bool:
    d = decision(b)
    return is_ordinary(b) and d is not None and any(s["document_id"] == d["id"] for s in acts(b, "service"))


def _late(level: int) -> Variant:
    def apply(edit: CaseEdit, rng: random.Random) -> Description:
        d = edit.first("decision")
        assert d is not None
        s = edit.services_of(d["id"])[0]
        period = edit.param("decision.service_within", day_of(d)).value
        last = edit.cal.end_of(day_of(d), period)
        if period.unit is PeriodUnit.WORKING_DAYS:
            new = edit.cal.add_working_days(last, 1 if level == 3 else rng.randint(3, 6))
        else:
            new = last + timedelta(days=1 if level == 3 else rng.randint(2, 4))
        old = day_of(s)
        s.update(method="direct", refused=False)
        for key in ("posted_on", "consent_signed"):
            s.pop(key, None)
        d["announced"] = False
        d.pop("at", None)
        edit.set_day(s, new, at=(15, 0))
        moved = edit.working_days_between(old, new)
        edit.shift_working_days([a for a in edit.acts if a["type"] in ("payment", "closing", "archive")], moved)
        return (f"当事人不在场，决定书于 {d['on']} 作出，{new.isoformat()} 才直接送达（期限 {period.zh}，至 "
                f"{last.isoformat()}）", f"The party was absent; decided {d['on']}, served only {new.isoformat()} "
                f"(the {period} period ended {last.isoformat()})")

    return _v("late" if level == 1 else "one_day_late", level, _served, apply, "decision.service")


def _within_period(edit: CaseEdit, d: dict[str, Any], s: dict[str, Any]) -> None:
    """A posted decision counted from its posting date; served in person it must arrive in time itself."""
    last = edit.cal.end_of(day_of(d), edit.param("decision.service_within", day_of(d)).value)
    if day_of(s) > last:
        edit.set_day(s, last)


def _no_consent(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    d = edit.first("decision")
    assert d is not None
    s = edit.services_of(d["id"])[0]
    s.update(method="electronic", consent_signed=False, av_recorded=True)
    s.pop("posted_on", None)
    _within_period(edit, d, s)
    return ("以电子邮件方式送达决定书，当事人事先未同意并签订电子送达确认书",
            "The decision was e-mailed without the party's signed consent to electronic service")


def _refused(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    d = edit.first("decision")
    assert d is not None
    s = edit.services_of(d["id"])[0]
    s.update(method="direct", refused=True, witness_present=False, av_recorded=False)
    for key in ("posted_on", "consent_signed"):
        s.pop(key, None)
    _within_period(edit, d, s)
    for r in edit.records_for(s["id"]):
        if r.get("signatures"):
            r["signatures"].update(party="refused", refusal_noted=True, witness_signed=False)
    return ("当事人拒绝签收决定书，执法人员既未邀请见证人到场，也未采用留置送达并拍照、录像",
            "The party refused the decision; no witness was called and no photo or video of leaving it was made")


NOTICE_008 = Injector("NOTICE-008", (
    _late(1),
    _v("electronic_without_consent", 2, _served, _no_consent, "decision.service"),
    _late(3),
    _v("refused_unwitnessed", 3, _served, _refused, "decision.service"),
), requires={"procedure": ("ordinary",)})


# -- NOTICE-009 publication notice -----------------------------------------------------------------------------


def _told_publication(b: BuiltCase) -> bool:
    d = decision(b)
    if d is None or b.knobs.sector != "samr" or not is_ordinary(b):
        return False
    return any(s["document_id"] == d["id"] and s.get("publication_notice") for s in acts(b, "service"))


def _not_told(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    d = edit.first("decision")
    assert d is not None
    for s in edit.services_of(d["id"]):
        s["publication_notice"] = False
    return ("送达决定书时没有书面告知当事人处罚信息将通过国家企业信用信息公示系统公示",
            "At service the party was not told in writing that the decision would be published")


NOTICE_009 = Injector("NOTICE-009", (
    _v("not_told", 2, _told_publication, _not_told, "publication_notice"),
), requires={"sector": ("samr",), "procedure": ("ordinary",)})


INJECTORS: tuple[Injector, ...] = (NOTICE_006, NOTICE_007, NOTICE_008, NOTICE_009)
