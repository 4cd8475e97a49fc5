"""The acts of a case, in the order a careful agency does them: the ordinary procedure (filing, evidence,
review, notice and its windows, hearing, decision, service, publication, payment, closing) and the summary
procedure (everything on the spot). Every date is a working day drawn on the real calendar, and every
period is the profile's.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from enforcement_rules.calendar import Period, PeriodUnit
from enforcement_rules.models.actions.review import ReviewPoint
from enforcement_rules.privacy import Kind, Known, find_personal_data
from enforcement_rules.training.built import BuiltCase, Story
from enforcement_rules.training.construct import Assembly, Retry, round_amount, ts
from enforcement_rules.training.wording import penalties_zh

__all__ = ["CaseBuilder"]

_MAX_SPAN = {"police": 28}  # days from filing to decision the builder allows (PSAPL 118: 30)
_DEFAULT_SPAN = 80  # CPL 60: 90 days, with room to spare


class CaseBuilder(Assembly):
    """One attempt at building a case (raises :class:`Retry` when the drawn dates do not fit)."""

    # -- the case ---------------------------------------------------------------------------------------

    def run(self) -> BuiltCase:
        k, m = self.k, self.matter
        self.staff = self._staff()
        party, story_party, party_desc = self._party()
        self.party = party
        if k.procedure == "summary":
            decided = self._summary()
        else:
            decided = self._ordinary()
        limit = _MAX_SPAN.get(k.sector, _DEFAULT_SPAN)
        filing = next((a for a in self.acts if a["type"] == "filing"), None)
        if filing is not None and (decided - date.fromisoformat(filing["on"])).days > limit:
            msg = f"decided {decided} more than {limit} days after filing"
            raise Retry(msg)
        last = max(date.fromisoformat(a["on"]) for a in self.acts)
        data = {
            "schema_version": 1, "id": self.number, "kind": "penalty", "sector": k.case_sector,
            **({"matter": k.matter} if k.matter else {}),
            "province": k.province, "procedure": k.procedure,
            "agency": self.agency, "violation": self.violation,
            "parties": [party], "staff": self.staff_list, "acts": self.acts, "records": self.records,
        }
        story = Story(agency=self.agency["name"], place=f"{self.place.province_name}{self.place.county}",
                      party=story_party, party_desc=party_desc, matter=m.title, facts=self.facts,
                      lead=m.lead, basis=m.basis, city=self.place.city, province=self.place.province_name)
        return BuiltCase(data=data, knobs=k, as_of=last + timedelta(days=30), story=story, eligible=self.eligible)

    # -- the ordinary procedure ---------------------------------------------------------------------------

    def _ordinary(self) -> date:
        k, m = self.k, self.matter
        lead = self.start
        penalties = self._penalties(lead)
        self._violation(lead)
        if k.sector == "police":
            filing = lead
            self.act("filing", "filing-1", filing, approved_by="head-1", note=f"{m.lead}，受案后立案调查")
        else:
            self.act("verification", "verify-1", lead, staff_ids=self.officers, note=f"{m.lead}，对线索进行核查")
            self.record(["verify-1"])
            filing = self.wd(lead, 1, 3)
            self.act("filing", "filing-1", filing, approved_by="head-1")
        self.record(["filing-1"])
        cursor = self._investigate(filing)
        if k.sector == "samr" and not k.hearing:  # SAMR-P 49–56: reviewed before the notice
            cursor = self._review("legal_review" if k.legal_review else "case_review", cursor)
        notice_on = self.wd(cursor, 1, 3)
        self.eligible = self._eligibility(penalties, notice_on)
        self.act("penalty_notice", "notice-1", notice_on, manner="written", proposed_penalties=penalties,
                 states=self._notice_states(notice_on))
        served = self.wd(notice_on, 0, 1)
        self.act("service", "serve-notice-1", served, at=ts(served, 10), document_id="notice-1", method="direct",
                 staff_ids=self.officers)
        self.record(["notice-1", "serve-notice-1"])
        cursor = self._party_side(served)
        if k.sector == "samr" and k.hearing:  # SAMR-P 49–56: reviewed after the hearing (REVIEW-001, -007)
            cursor = self._review("legal_review" if k.legal_review else "case_review", cursor)
        elif k.legal_review and k.sector != "samr":
            cursor = self._review("legal_review", cursor)
        if k.legal_review:  # CPL 57②; SAMR-P 60: 情节复杂 — decided by the heads collectively
            cursor = self.wd(cursor, 1, 2)
            self.act("collective_discussion", "discussion-1", cursor, head_ids=["head-1", "head-2", "head-3"],
                     minutes=True)
            self.record(["discussion-1"])
        decided = self.wd(cursor, 1, 2)
        self.number = self._number(decided)
        decision_penalties = self._decided(penalties)
        on_the_spot = k.service == "on_the_spot"
        self.act("decision", "decision-1", decided, at=ts(decided, 9, 30) if on_the_spot else None,
                 number=self.number, notice_id="notice-1", announced=on_the_spot, penalties=decision_penalties,
                 elements=self._decision_elements(decided, decision_penalties, summary=False),
                 remedies=self._remedies(decided, summary=False))
        self.record(["decision-1"])
        received = self._serve_decision(decided, decision_penalties)
        self._after(decided, received, decision_penalties)
        return decided

    def _investigate(self, filing: date) -> date:
        k = self.k
        day = self.wd(filing, 0 if k.sector == "police" else 1, 2)
        rights = ["statement", "defence", "recusal"]
        latest = day
        if k.sector != "police":
            self.act("inspection", "inspect-1", day, start_at=ts(day, 9), end_at=ts(day, 10, 30),
                     staff_ids=self.officers, certificate_shown=True, place=self.scene, rights_told=rights)
            self.signed_record("inspect-1", self.officers)
            self.video(["inspect-1"], day, (8, 58), (10, 32))
            rights = []
            if k.sampling:
                results = self.wd(day, 3, 6)
                self.act("sampling", "sample-1", day, at=ts(day, 10, 40), staff_ids=self.officers,
                         certificate_shown=True, results_on=results.isoformat(), results_told=True)
                self.signed_record("sample-1", self.officers)
                self.video(["sample-1"], day, (10, 38), (10, 55))
                latest = max(latest, results)
        if k.coercive_measure:
            latest = max(latest, self._coerce(day))
        asked = self.wd(day, 0 if k.sector == "police" else 1, 3)
        self.act("questioning", "question-1", asked, start_at=ts(asked, 14), end_at=ts(asked, 15, 10),
                 staff_ids=self.officers, certificate_shown=True, rights_told=rights or None,
                 place=f"{self.agency['name']}询问室", in_facility=True if k.sector == "police" else None)
        self.signed_record("question-1", self.officers)
        self.video(["question-1"], asked, (13, 58), (15, 12))
        return max(latest, asked)

    def _coerce(self, day: date) -> date:
        measure = "seize" if self.k.sector != "mee" else "seal"
        # ACL 18, 24: approved before, two certified officers showing certificates, the party notified,
        # present, told and heard; the decision (stating ACL 24②) and its list handed over on the spot
        self.act("coercive_measure", "measure-1", day, at=ts(day, 11), measure=measure, approved_by="head-1",
                 approved_on=day.isoformat(), approved_at=ts(day, 10, 45), duration_days=30,
                 staff_ids=self.officers, certificate_shown=True, party_notified=True, party_present=True,
                 told=["reasons", "basis", "rights", "remedies"], statement_heard=True, list_delivered=True,
                 states=["party_name", "party_address", "reasons", "basis", "duration", "items", "remedies",
                         "agency_name", "seal", "date"],
                 in_facility=False if self.k.sector == "police" else None)
        self.act("service", "serve-measure-1", day, at=ts(day, 11, 20), document_id="measure-1",
                 method="on_the_spot", staff_ids=self.officers)
        self.signed_record("measure-1", self.officers)
        self.video(["measure-1", "serve-measure-1"], day, (10, 58), (11, 25))
        lifted = self.wd(day, 3, 5) if self.k.sector == "police" else self.wd(day, 8, 14)
        while (lifted - day).days > 28:  # ACL 25: thirty days at most
            lifted = self.cal.add_working_days(lifted, -1)
        self.act("coercive_measure_lifting", "lift-1", lifted, measure_id="measure-1", disposal="lifted",
                 staff_ids=self.officers)
        self.act("service", "serve-lift-1", lifted, at=ts(lifted, 15), document_id="lift-1", method="direct",
                 staff_ids=self.officers)
        self.record(["lift-1", "serve-lift-1"])
        return lifted

    def _review(self, kind: str, after: date) -> date:
        on = self.wd(after, 1, 3)
        act_id = "legal-review-1" if kind == "legal_review" else "case-review-1"
        points = self.param(f"{kind}.points", on)  # SAMR-P 53; MEE-P 50: what the review covers
        self.act(kind, act_id, on, reviewer_ids=["reviewer-1"], conclusion="agreed",
                 points=[p.value for p in ReviewPoint if p.value in points.value] if points.configured else None)
        self.record([act_id])
        return on

    def _windows(self, served: date) -> date:
        """The last day of every party window that runs from the notice's service (statement; hearing
        request where the case may be hearing-eligible)."""
        periods: list[Period] = []
        window = self.param("statement.window", served)
        if window.configured:
            periods.append(window.value)
        if self.eligible != "not_eligible":
            request = self.param("hearing.request_window", served)
            if request.configured:
                periods.append(request.value)
        return max((self.cal.end_of(served, p) for p in periods), default=served)

    def _party_side(self, served: date) -> date:
        k = self.k
        last = self._windows(served)
        cursor = said = last
        if k.statement:  # within the window where there is one; after the service in any case
            said = self.wd(served, 1, 2)
            said = min(said, last) if last > served else said
            self.act("statement", "statement-1", said, notice_id="notice-1", manner="written")
            self.record(["statement-1"])
        if k.waiver:
            rights = ["statement", "defence"] + (["hearing"] if self.eligible != "not_eligible" else [])
            self.act("waiver", "waiver-1", served, at=ts(served, 10, 30), rights=rights, notice_id="notice-1",
                     manner="written")
            self.record(["waiver-1"], signatures={"party": "signed", "officer_ids": self.officers})
            cursor = served
        if k.hearing:
            cursor = self._hearing(served)
        if k.statement:
            cursor = self.wd(max(cursor, last, said), 1)
            adopted = self.rng.random() < 0.25
            self.adopted = adopted
            self.act("statement_review", "statement-review-1", cursor, statement_ids=["statement-1"], adopted=adopted,
                     staff_ids=self.officers)
            self.record(["statement-review-1"])
        return cursor

    def _hearing(self, served: date) -> date:
        asked = self.wd(served, 1, 2)
        self.act("hearing_request", "hearing-request-1", asked, notice_id="notice-1", manner="written")
        self.record(["hearing-request-1"])
        notified = self.wd(asked, 1, 2)
        lead: Period = self.param("hearing.notice_lead", notified).value
        held = self.wd(self.cal.end_of(notified, lead), 0, 2)
        # SAMR-H 20: time, place, host, members, recorder and the right to ask for recusal
        self.act("hearing_notice", "hearing-notice-1", notified, request_id="hearing-request-1",
                 hearing_on=held.isoformat(), states=["time", "place", "host", "members", "recorder", "recusal_right"])
        self.act("service", "serve-hearing-notice-1", notified, at=ts(notified, 15), document_id="hearing-notice-1",
                 method="direct", staff_ids=self.officers)
        self.record(["hearing-notice-1", "serve-hearing-notice-1"])
        announced = self.cal.add_working_days(held, -self.rng.randint(3, 4))  # SAMR-H 22: 3 working days before
        self.act("hearing", "hearing-1", held, start_at=ts(held, 9), end_at=ts(held, 11, 30),
                 hearing_notice_id="hearing-notice-1", host_id="host-1", public=True,
                 staff_ids=["host-1", "member-1", "recorder-1", *self.officers], member_ids=["member-1"],
                 recorder_id="recorder-1", public_notice_on=max(announced, notified).isoformat(),
                 attendance="attended", costs_charged="0")
        self.records.append({"id": "rec-hearing-1", "kind": "written", "act_ids": ["hearing-1"],
                             "signatures": {"party": "signed", "officer_ids": ["host-1", "recorder-1"]}})
        reported = self.wd(held, 1, 3)
        self.act("hearing_report", "hearing-report-1", reported, hearing_id="hearing-1",
                 staff_ids=["host-1", "member-1"])
        self.record(["hearing-report-1"])
        return reported

    def _within(self, decided: date, lo: int, hi: int) -> date:
        """A day ``lo``–``hi`` working days after the decision, but within the profile's service period
        (CPL 61①: 七日; PSAPL 116: 二日, calendar days)."""
        on = self.wd(decided, lo, hi)
        period = self.param("decision.service_within", decided)
        if period.configured:
            last = self.cal.end_of(decided, period.value)
            while on > last:
                on -= timedelta(days=1)
        return on

    def _decided(self, proposed: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The decided penalties: as notified, or lighter where the party's statement was adopted."""
        if not getattr(self, "adopted", False):
            return [dict(p) for p in proposed]
        out = []
        for p in proposed:
            q = dict(p)
            if p["kind"] == "fine":
                q["amount"] = str(max(round_amount(int(p["amount"]) * self.rng.uniform(0.6, 0.9)), 10))
            out.append(q)
        return out

    def _number(self, on: date) -> str:
        k, place, n = self.k, self.place, self.rng.randint(3, 180)
        if k.procedure == "summary":
            kind = "公（治）当罚决字" if k.sector == "police" else "市监简"
            return f"{place.abbr}{kind}〔{on.year}〕{n:04d}号"
        if k.sector == "samr":
            return f"{place.abbr}市监处罚〔{on.year}〕{n}号"
        if k.sector == "mee":
            return f"{place.city[0]}环罚〔{on.year}〕{n}号"
        if k.sector == "police":
            return f"{place.abbr}公（治）行罚决字〔{on.year}〕{n:04d}号"
        if self.agency["level"] == "township":
            return f"{self.township[:2]}政罚〔{on.year}〕{n}号"
        return f"{place.abbr}综执罚〔{on.year}〕{n}号"

    def _serve_decision(self, decided: date, penalties: list[dict[str, Any]]) -> date:
        k = self.k
        method = k.service or "on_the_spot"
        fields: dict[str, Any] = {"document_id": "decision-1", "method": method, "staff_ids": self.officers}
        if method == "on_the_spot":
            on = decided
            fields["at"] = ts(on, 10)
        elif method == "post":
            posted = self._within(decided, 1, 3)
            fields["posted_on"] = posted.isoformat()
            on = posted + timedelta(days=self.rng.randint(2, 4))
            fields.pop("staff_ids")
        else:
            on = self._within(decided, 1 if method != "electronic" else 0, 3)
            fields["at"] = ts(on, 15)
            if method == "electronic":
                fields.update(consent_signed=True, av_recorded=True)
            elif method == "left_at_residence":
                fields.update(refused=True, witness_present=True, av_recorded=True)
        self.publish = self._publish(penalties)
        if k.sector == "samr":
            fields["publication_notice"] = self.publish  # SAMR-G 8: told in writing at service
        self.act("service", "serve-decision-1", on, **fields)
        refused = bool(fields.get("refused"))
        self.record(["serve-decision-1"], signatures={"party": "refused" if refused else "signed",
                                                       "officer_ids": self.officers,
                                                       "refusal_noted": True if refused else None,
                                                       "witness_signed": True if refused else None})
        return on

    def _after(self, decided: date, received: date, penalties: list[dict[str, Any]]) -> None:
        """Publication, payment, closing and archive."""
        rng, k = self.rng, self.k
        if k.publication is False and self.publish:
            msg = "this profile requires the decision to be published (publication=False impossible)"
            raise ValueError(msg)
        if k.publication and not self.publish:
            msg = "this profile does not publish this decision (publication=True impossible)"
            raise ValueError(msg)
        latest = received
        if self.publish:  # published once served (told at service, SAMR-G 8), within the profile's periods
            on = max(self.wd(decided, 1, 4), self.cal.roll_forward(received))
            for name in ("publication.deadline", "publication.deadline_guidance"):
                period = self.param(name, decided)
                if period.configured and on > self.cal.end_of(decided, period.value):
                    msg = f"publication on {on} would be late"
                    raise Retry(msg)
            platform = {"samr": "国家企业信用信息公示系统", "mee": f"{self.place.city}生态环境局门户网站"}.get(
                k.sector, f"{self.place.county}人民政府门户网站")
            self.act("publication", "publication-1", on, decision_id="decision-1", platform=platform,
                     at=ts(on, 16, 30) if on == received and self.k.service != "post" else None,
                     **self._publication_texts(decided, penalties))
            self.record(["publication-1"])
            latest = max(latest, on)
        money_due = [p for p in penalties if p["kind"] in ("fine", "confiscate_illegal_gains")]
        if money_due:
            paid = received + timedelta(days=rng.randint(1, 12))
            channel = "bank" if self.cal.is_working_day(paid) else "e_payment"
            self.act("payment", "payment-1", paid, decision_id="decision-1", channel=channel,
                     amount=str(sum(int(p["amount"]) for p in money_due)))
            self.record(["payment-1"])
            latest = max(latest, paid)
        closed = self.wd(latest, 1, 5)
        self.act("closing", "closing-1", closed, approved_by="head-1")
        archived = self.wd(closed, 1, 5)
        self.act("archive", "archive-1", archived)
        self.record(["closing-1", "archive-1"])

    def _publication_texts(self, decided: date, penalties: list[dict[str, Any]]) -> dict[str, str]:
        """What is published: the decision's text and, in samr, its summary (SAMR-G 4②) — with nothing of
        the party's but what CPL 48 and SAMR-G 6 / MEE-P 62 allow (checked with the privacy detector)."""
        p = self.party
        who = p["name"]
        if p["kind"] != "natural_person":
            who += f"（统一社会信用代码：{p['credit_code']}；法定代表人（负责人）：{p['legal_representative']}）"
        else:
            who += f"，住址：{self.place.province_name}{self.place.county}（详细地址已隐去）"
        day = f"{decided.year}年{decided.month}月{decided.day}日"
        summary = (f"行政处罚决定书文号：{self.number}；当事人：{who}；违法行为类型：{self.matter.title}；"
                   f"行政处罚内容：{penalties_zh(penalties)}；作出处罚决定的机关：{self.agency['name']}；"
                   f"作出处罚决定的日期：{day}。")
        text = (f"{self.agency['name']}行政处罚决定书 {self.number} 当事人：{who}。经查，当事人{self.matter.title}，"
                f"违法事实清楚，证据确凿。依据{self.matter.basis}的规定，本机关决定：{penalties_zh(penalties)}。"
                f"当事人如不服本决定，可以依法申请行政复议或者提起行政诉讼。{self.agency['name']} {day}")
        out = {"text": text, **({"summary": summary} if self.k.sector == "samr" else {})}
        known = Known(secrets=tuple((v, kind) for v, kind in ((p.get("address"), Kind.ADDRESS),
                                                             (p.get("id_number"), Kind.ID_NUMBER),
                                                             (p.get("birth_date"), Kind.BIRTH_DATE)) if v)
                      if p["kind"] == "natural_person" else
                      tuple((s["name"], Kind.PERSON_NAME) for s in self.staff_list),
                      allowed=tuple(v for v in (p["name"], p.get("credit_code"), p.get("legal_representative")) if v))
        leaks = [s for t in out.values() for s in find_personal_data(t, known)]
        assert not leaks, leaks  # a bug in the wording above, never the party's fault
        return out

    # -- the summary procedure ------------------------------------------------------------------------------

    def _summary(self) -> date:
        k = self.k
        day = self.start
        penalties = self._penalties(day)
        self._violation(day)
        self.eligible = self._eligibility(penalties, day)
        self.number = self._number(day)
        self.act("inspection", "inspect-1", day, start_at=ts(day, 10), end_at=ts(day, 10, 20),
                 staff_ids=self.officers, certificate_shown=True, place=self.scene)
        self.act("penalty_notice", "notice-1", day, at=ts(day, 10, 25), manner="oral", proposed_penalties=penalties,
                 states=self._notice_states(day), staff_ids=self.officers)
        spot = ["inspect-1", "notice-1"]
        if k.statement:
            self.act("statement", "statement-1", day, at=ts(day, 10, 30), manner="oral", notice_id="notice-1")
            spot.append("statement-1")
        self.act("decision", "decision-1", day, at=ts(day, 10, 40), number=f"No.{self.rng.randint(10**9, 10**10 - 1)}",
                 notice_id="notice-1", penalties=[dict(p) for p in penalties], staff_ids=self.officers,
                 certificate_shown=True, elements=self._decision_elements(day, penalties, summary=True),
                 remedies=self._remedies(day, summary=True))
        self.act("service", "serve-decision-1", day, at=ts(day, 10, 42), document_id="decision-1",
                 method="on_the_spot", staff_ids=self.officers)
        spot += ["decision-1", "serve-decision-1"]
        self.records.append({"id": "rec-spot-1", "kind": "written", "act_ids": spot,
                             "signatures": {"party": "signed", "officer_ids": self.officers,
                                            **({"witness_signed": True} if k.sector == "police" else {})}})
        self.video(spot, day, (9, 58), (10, 45))
        fines = [p for p in penalties if p["kind"] == "fine"]
        if fines:
            paid = day + timedelta(days=self.rng.randint(1, 10))
            self.act("payment", "payment-1", paid, decision_id="decision-1", amount=fines[0]["amount"],
                     channel="bank" if self.cal.is_working_day(paid) else "e_payment")
            self.record(["payment-1"])
        configured = self.param("summary.filing_within", day)
        within: Period = configured.value if configured.configured else Period(3, PeriodUnit.WORKING_DAYS)
        filed = day if within.unit.value == "hours" else self.wd(day, 1, min(3, within.n))
        decision = next(a for a in self.acts if a["id"] == "decision-1")  # CPL 52③: 报所属行政机关备案
        decision["filed_on"] = filed.isoformat()
        if filed == day:
            decision["filed_at"] = ts(filed, 17)
        self.act("archive", "archive-1", filed, at=ts(filed, 17) if filed == day else None,
                 note="当场处罚决定书及有关材料报所属机关备案")
        self.record(["archive-1"])
        return day
