"""The builder's workshop: calendar and id helpers, the people, the agency, the penalties and the story of
a case under construction. :mod:`~enforcement_rules.training.steps` adds the acts, procedure by procedure.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from enforcement_rules.calendar import WorkingCalendar
from enforcement_rules.eligibility import for_profile, hearing_eligibility
from enforcement_rules.models.actions import DecisionElement, NoticeElement
from enforcement_rules.models.penalties import Penalty
from enforcement_rules.models.people import Party
from enforcement_rules.profiles.profile import Profile
from enforcement_rules.training import people
from enforcement_rules.training.knobs import Knobs
from enforcement_rules.training.matters import MATTERS, Matter

__all__ = ["Assembly", "Retry", "matter_of", "round_amount", "ts"]


class Retry(Exception):
    """The drawn dates do not fit (e.g. the police 30-day limit across a holiday): draw again."""


def matter_of(key: str | None) -> Matter:
    return next(m for m in MATTERS if m.key == key)


def ts(d: date, hour: int, minute: int = 0) -> str:
    return f"{d.isoformat()}T{hour:02d}:{minute:02d}:00+08:00"


def round_amount(amount: float) -> int:
    step = 1000 if amount >= 10_000 else 100 if amount >= 1_000 else 50 if amount >= 100 else 10
    return max(step, int(amount // step) * step)


_ORDER_NOTICE = tuple(NoticeElement)
_ORDER_DECISION = tuple(DecisionElement)
_PERSONAL = {"party_sex", "party_age", "party_id_document"}
_REVIEW_BODY = {"county_department": "same_level_government", "city_department": "same_level_government",
                "township": "superior_government"}


class Assembly:
    """One attempt at building a case; every date is drawn on the working calendar."""

    # Set as the case is built (the steps module fills them in, in order).
    party: dict[str, Any]
    eligible: str
    violation: dict[str, Any]
    facts: str
    goods: int | None
    gains_amount: int | None
    number: str
    publish: bool
    adopted: bool
    staff_list: list[dict[str, Any]]
    officers: list[str]
    site: str
    address: str

    def __init__(self, knobs: Knobs, profile: Profile, cal: WorkingCalendar, rng: random.Random,
                 start: date) -> None:
        self.k, self.profile, self.cal, self.rng = knobs, profile, cal, rng
        self.matter = matter_of(knobs.violation)
        self.start = cal.roll_forward(start)
        self.acts: list[dict[str, Any]] = []
        self.records: list[dict[str, Any]] = []
        self.names: set[str] = set()
        self.place = people.pick_place(rng, knobs.province)
        self.township = rng.choice(self.place.townships)

    # -- small helpers --------------------------------------------------------------------------------

    def wd(self, d: date, lo: int, hi: int | None = None) -> date:
        """A working day ``lo``–``hi`` working days after ``d`` (0: ``d`` itself, rolled to a working day)."""
        hi = lo if hi is None else hi
        if self.k.sector == "police":  # PSAPL 118: thirty days from filing to decision — keep the pace brisk
            hi = min(hi, lo + 1)
        n = self.rng.randint(lo, hi)
        return self.cal.add_working_days(d, n) if n else self.cal.roll_forward(d)

    def param(self, name: str, on: date) -> Any:
        return self.profile.value(name, on, self.k.matter)

    def act(self, kind: str, act_id: str, on: date, **fields: Any) -> dict[str, Any]:
        item = {"type": kind, "id": act_id, "on": on.isoformat(), **{k: v for k, v in fields.items() if v is not None}}
        self.acts.append(item)
        return item

    def record(self, act_ids: list[str], kind: str = "written", **fields: Any) -> None:
        suffix = "" if kind == "written" else f"-{kind}"
        self.records.append({"id": f"rec-{act_ids[0]}{suffix}", "kind": kind, "act_ids": act_ids, **fields})

    def signed_record(self, act_id: str, officers: list[str]) -> None:
        witness = True if self.k.sector == "police" else None  # PSAPL 104: 被检查人和见证人签名
        sig = {"party": "signed", "officer_ids": officers, **({"witness_signed": True} if witness else {})}
        self.record([act_id], signatures=sig)

    def video(self, act_ids: list[str], d: date, start: tuple[int, int], end: tuple[int, int]) -> None:
        seg = {"start_at": ts(d, *start), "end_at": ts(d, *end)}
        self.record(act_ids, "video", start_at=seg["start_at"], end_at=seg["end_at"], segments=[seg],
                    synchronous=True)

    # -- people -----------------------------------------------------------------------------------------

    def _staff(self) -> dict[str, str]:
        rng, k, place = self.rng, self.k, self.place
        ids: dict[str, str] = {}
        staff: list[dict[str, Any]] = []
        valid_from = date(self.start.year - 2, 1, 1).isoformat()
        valid_until = date(self.start.year + 3, 12, 31).isoformat()
        for i, role in enumerate(("officer", "officer")):
            sid = f"officer-{i + 1}"
            number = (f"{rng.randint(100000, 999999)}" if k.sector == "police"
                      else f"{place.cert_prefix}执{place.region[:4]}{rng.randint(10000, 99999)}")
            field_name = {"police": "人民警察证", "samr": "市场监管", "mee": "生态环境"}.get(k.sector, "综合行政执法")
            staff.append({"id": sid, "name": people.person_name(rng, self.names), "roles": [role],
                          "certificates": [{"number": number, "field": field_name, "valid_from": valid_from,
                                            "valid_until": valid_until}]})
            ids[sid] = sid
        staff.extend({"id": f"head-{i + 1}", "name": people.person_name(rng, self.names), "roles": ["head"]}
                     for i in range(3))
        first_review = date(rng.randint(2019, self.start.year - 1), rng.randint(1, 12), 1).isoformat()
        staff.append({"id": "reviewer-1", "name": people.person_name(rng, self.names), "roles": ["reviewer"],
                      "legal_qualification": True, "first_review_on": first_review})
        if k.hearing:
            for sid, role in (("host-1", "hearing_host"), ("member-1", "hearing_member"), ("recorder-1", "recorder")):
                staff.append({"id": sid, "name": people.person_name(rng, self.names), "roles": [role]})
        self.staff_list = staff
        self.officers = ["officer-1", "officer-2"]
        return ids

    def _party(self) -> tuple[dict[str, Any], str, str]:
        rng, k, place, m = self.rng, self.k, self.place, self.matter
        address = (people.village_address(rng, place, self.township) if m.place in ("field", "rental")
                   else people.street_address(rng, place, self.township))
        shop = people.shop_name(rng)
        kind = k.party_kind
        if kind == "natural_person":
            name = people.person_name(rng, self.names)
            born = people.birth_date(rng, self.start)
            sex = rng.choice(("男", "女"))
            party: dict[str, Any] = {
                "id": "party-1", "kind": kind, "name": name, "address": address, "birth_date": born.isoformat(),
                "id_number": people.resident_id(rng, place.region, born)}
            desc = f"{name}，{sex}，{born.year}年{born.month}月生，住{address}"
            business = {"shop": f"{shop}便利店", "restaurant": f"{shop}小吃店", "hotel": f"{shop}旅社"}.get(m.place)
            if business:
                desc += f"，系个体工商户“{place.county}{business}”的经营者"
            self.site = self._site(address)
            return party, name, desc
        business = {"shop": "商贸", "restaurant": "餐饮管理", "factory": "化工", "hotel": "酒店管理",
                    "rental": "物业管理", "field": "农业开发", "public": "商贸"}[m.place]
        if kind == "legal_person":
            name = f"{place.county}{shop}{business}有限公司"
            code = people.credit_code(rng, place.region)
        else:
            name = f"{place.city}{shop}{business}有限公司{place.county}分公司"
            code = people.credit_code(rng, place.region)
        rep = people.person_name(rng, self.names)
        party = {"id": "party-1", "kind": kind, "name": name, "credit_code": code, "address": address,
                 "legal_representative": rep}
        role = "法定代表人" if kind == "legal_person" else "负责人"
        desc = f"{name}，统一社会信用代码{code}，住所{address}，{role}{rep}"
        self.site = self._site(address)
        return party, name, desc

    @property
    def scene(self) -> str:
        """Where the officers went: the address, or the field or station of the story."""
        return self.site if self.matter.place in ("field", "public") else self.address

    def _site(self, address: str) -> str:
        """Where the violation happened, as the story names it."""
        self.address = address
        return {"shop": f"经营场所（{address}）", "restaurant": f"餐馆（{address}）", "hotel": f"旅馆（{address}）",
                "factory": f"厂区（{address}）", "rental": f"房屋（{address}）",
                "field": f"{self.township}{self.rng.choice(('东', '西', '南', '北'))}郊农田",
                "public": f"{self.place.county}汽车客运站候车大厅"}[self.matter.place]

    @property
    def agency(self) -> dict[str, Any]:
        k, place = self.k, self.place
        level = k.agency_level or "county_department"
        if k.sector == "samr":
            name = f"{place.county}市场监督管理局"
        elif k.sector == "mee":
            name, level = f"{place.city}生态环境局", "city_department"
        elif k.sector == "police":
            name = f"{place.county}公安局"
        elif level == "township":
            name = f"{place.county}{self.township}人民政府"
        else:
            name = f"{place.county}城市管理和综合执法局"
        authority: dict[str, Any] = {"basis": "own_power"}
        if level == "township":  # CPL 24: a published provincial decision, used within its scope
            powers = [f"对{self.matter.title}的处罚", "对擅自占用城市道路的处罚", "对违规设置户外广告的处罚"]
            authority = {"basis": "handed_down", "instrument": "省人民政府关于赋予乡镇（街道）县级行政执法权限的决定",
                         "provincial": True, "published": True, "valid_from": "2021-01-01", "matters": powers,
                         "exercised": powers[0]}
        return {"name": name, "level": level, "authority": authority}

    @property
    def review_body(self) -> tuple[str, str]:
        level = self.agency["level"]
        body = f"{self.place.city}人民政府" if level == "city_department" else f"{self.place.county}人民政府"
        return _REVIEW_BODY[level], body

    # -- penalties --------------------------------------------------------------------------------------

    def _penalties(self, on: date) -> list[dict[str, Any]]:
        """The proposed penalties: within the matter's statutory range, the summary limits, and on the side
        of the hearing threshold the knobs ask for."""
        k, m, rng = self.k, self.matter, self.rng
        who = "organization" if k.party_kind != "natural_person" else "natural_person"
        goods = rng.randint(*m.goods) if m.goods else None
        gains = rng.randint(*m.gains) if m.gains else None
        self.goods, self.gains_amount = goods, gains
        if m.revoke:
            return [{"kind": "revoke_permit", "basis": m.basis}]
        lo, hi = m.fine if m.fine else (goods * m.fine_per_goods[0], goods * m.fine_per_goods[1])  # type: ignore[index, operator]
        if k.sector == "mee":
            hi = min(hi, 480_000)  # MEE-P 52: 50万元以上 needs collective discussion; keep clear of it
        if k.procedure == "summary":
            cap = self.param(f"summary.max_fine.{who}", on)
            if m.warning and rng.random() < 0.3:
                return [{"kind": "warning", "basis": m.basis}]
            amount = round_amount(rng.uniform(lo, min(hi, int(cap.value))))
            return [{"kind": "fine", "amount": str(amount), "basis": m.basis}]
        threshold = self.param(f"hearing.fine_threshold.{who}", on)
        t = int(threshold.value) if threshold.configured else None
        if k.hearing:
            low = max(lo, t) if t is not None else (lo + hi) // 2
            fine = round_amount(rng.uniform(low, hi))
            fine = fine if t is None or fine >= t else t
        else:
            top = min(hi, t - 1) if t is not None and lo < t else hi
            if m.warning and rng.random() < 0.2:
                return [{"kind": "warning", "basis": m.basis}]
            fine = round_amount(rng.uniform(lo, top))
        out = [{"kind": "fine", "amount": str(max(lo, fine)), "basis": m.basis}]
        if gains and (m.goods or rng.random() < 0.6):
            out.append({"kind": "confiscate_illegal_gains", "amount": str(gains)})
        if goods:
            out.append({"kind": "confiscate_illegal_property", "amount": str(goods)})
        return out

    def _eligibility(self, penalties: list[dict[str, Any]], on: date) -> str:
        party = Party.model_validate(self.party)
        result = hearing_eligibility([Penalty.model_validate(p) for p in penalties], [party], on=on,
                                     read=for_profile(self.profile, on, self.k.matter))
        return result.status

    def _notice_states(self, on: date) -> list[str]:
        required = set(self.param("notice.elements", on).value)
        if self.eligible != "not_eligible":
            required.add("hearing_right")  # CPL 44, 63: told where the case may be hearing-eligible
        return [e.value for e in _ORDER_NOTICE if e.value in required]

    def _decision_elements(self, on: date, penalties: list[dict[str, Any]], summary: bool) -> list[str]:
        required = set(self.param("decision.summary_elements" if summary else "decision.elements", on).value)
        if not any(p["kind"] == "fine" for p in penalties):
            required.discard("fine_amount")
        if self.k.party_kind != "natural_person":
            required -= _PERSONAL
        if self.eligible != "eligible":
            required.discard("hearing_details")
        return [e.value for e in _ORDER_DECISION if e.value in required]

    def _remedies(self, on: date, summary: bool) -> dict[str, Any]:
        level, body = self.review_body
        out: dict[str, Any] = {"review_days": 60, "review_body": body, "review_body_level": level}
        if summary and on >= date(2024, 1, 1):  # ARL 23①(一), 23②: review first
            return {**out, "litigation_offered": False, "review_first_stated": True}
        return {**out, "litigation_offered": True, "litigation_months": 6}

    # -- the story --------------------------------------------------------------------------------------

    def _violation(self, lead: date) -> None:
        rng, k, m = self.rng, self.k, self.matter
        began = lead - timedelta(days=rng.randint(3, 40) if m.place != "public" else 0)
        self.violation: dict[str, Any] = {"start_on": began.isoformat(), "end_on": lead.isoformat(),
                                          "continuing": began != lead, "discovered_on": lead.isoformat()}
        if k.legal_review:
            flag = "directly_affects_major_rights" if k.hearing and rng.random() < 0.5 else "complex"
            self.violation[flag] = True
        if k.publication and k.sector == "national":
            self.violation["social_impact"] = True  # CPL 48①: 具有一定社会影响的, published
        detail = m.detail.format(goods=self.goods, gains=self.gains_amount, days=rng.choice(("0.3", "0.5", "1.2")))
        self.facts = m.facts.format(party="当事人", place=self.site, address=self.address, detail=detail) + "。"

    def _publish(self, penalties: list[dict[str, Any]]) -> bool:
        k = self.k
        if k.procedure == "summary":
            return False
        scope = self.param("publication.scope", self.start)
        warning_only = all(p["kind"] == "warning" for p in penalties)
        if not scope.configured or scope.value == "never":
            return False
        if scope.value == "social_impact":
            return bool(self.violation.get("social_impact"))
        if scope.value == "ordinary_except_warning":
            return not warning_only
        return True
