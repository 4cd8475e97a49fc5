"""Editing a built case the way a careless agency would have written it: the helpers defect injectors use.

A :class:`CaseEdit` holds a private copy of a case's record. Removing an act also removes what depends
on it (its services, the records' references to it, optional links to it); moving an act moves its times
with it; moving by working days keeps every moved act on the working calendar and keeps the working-day
distances between moved acts. :meth:`CaseEdit.done` returns the new :class:`BuiltCase` with the defect
noted.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from enforcement_rules.calendar import WorkingCalendar, default_calendar
from enforcement_rules.models.actions import ACT_TYPES
from enforcement_rules.models.base import RefTo
from enforcement_rules.models.case import reference_fields
from enforcement_rules.profiles.profile import ParamValue
from enforcement_rules.training.built import BuiltCase, Planted, Story

__all__ = ["CaseEdit", "day_of", "in_time_order"]

_DATE_FIELDS = ("on", "posted_on", "results_on", "instrument_on", "pushed_on")
_TIME_FIELDS = ("at", "start_at", "end_at")
_ORDER = {name: i for i, name in enumerate(ACT_TYPES)}


def day_of(act: dict[str, Any]) -> date:
    return date.fromisoformat(act["on"])


def _time_key(act: dict[str, Any]) -> tuple[str, str, int, str]:
    moment = act.get("at") or act.get("start_at") or ""
    return (act["on"], moment[11:19], _ORDER.get(act["type"], 99), act["id"])


def in_time_order(acts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Acts sorted by date, then time where known, then the order of a case file (filing before
    inspection, notice before statement…)."""
    return sorted(acts, key=_time_key)


class CaseEdit:
    """A private, mutable copy of a built case's record, with the edits injectors need."""

    def __init__(self, built: BuiltCase, calendar: WorkingCalendar | None = None) -> None:
        self.built = built
        self.data: dict[str, Any] = copy.deepcopy(built.data)
        self.cal = calendar or default_calendar()
        self.as_of: date | None = None
        self.story: Story | None = None
        """The story retold, where the change alters what it says (e.g. the party's birth date)."""
        """A later day to check the case as of (e.g. when a period the defect breaks ends long after)."""

    # -- looking ---------------------------------------------------------------------------------------

    @property
    def acts(self) -> list[dict[str, Any]]:
        """Every act, in time order (date, time where known, then the order of a case file)."""
        return in_time_order(self.data["acts"])

    def act(self, act_id: str) -> dict[str, Any] | None:
        return next((a for a in self.data["acts"] if a["id"] == act_id), None)

    def of(self, *types: str) -> list[dict[str, Any]]:
        return [a for a in self.acts if a["type"] in types]

    def first(self, *types: str) -> dict[str, Any] | None:
        found = self.of(*types)
        return found[0] if found else None

    def services_of(self, document_id: str) -> list[dict[str, Any]]:
        return [a for a in self.of("service") if a["document_id"] == document_id]

    def param(self, name: str, on: date) -> ParamValue:
        from enforcement_rules.training.builders import profile_for

        return profile_for(self.built.knobs).value(name, on, self.built.knobs.matter)

    def records_for(self, act_id: str) -> list[dict[str, Any]]:
        return [r for r in self.data.get("records", []) if act_id in r["act_ids"]]

    # -- changing ----------------------------------------------------------------------------------------

    def add(self, act: dict[str, Any], *, record: bool = True, **record_fields: Any) -> dict[str, Any]:
        """Add an act (and, by default, a written record of it)."""
        self.data["acts"].append(act)
        if record:
            self.data.setdefault("records", []).append(
                {"id": f"rec-{act['id']}", "kind": "written", "act_ids": [act["id"]], **record_fields})
        return act

    def drop(self, *act_ids: str) -> None:
        """Remove acts, the acts that cannot stand without them (a service of a removed document, a review
        of a removed statement…), optional links to them, and the records' references to them."""
        gone = set(act_ids)
        while True:
            more = {a["id"] for a in self.data["acts"] if a["id"] not in gone and self._needs(a, gone)}
            if not more:
                break
            gone |= more
        self.data["acts"] = [a for a in self.data["acts"] if a["id"] not in gone]
        for a in self.data["acts"]:
            self._unlink(a, gone)
        records = []
        for r in self.data.get("records", []):
            r["act_ids"] = [i for i in r["act_ids"] if i not in gone]
            if r["act_ids"]:
                records.append(r)
        self.data["records"] = records

    @staticmethod
    def _refs(act: dict[str, Any]) -> list[tuple[str, RefTo, bool]]:
        cls = ACT_TYPES[act["type"]]
        out = []
        for name, ref in reference_fields(cls):
            if "staff" in ref.targets or "party" in ref.targets:
                continue
            required = cls.model_fields[name].is_required()
            out.append((name, ref, required))
        return out

    def _needs(self, act: dict[str, Any], gone: set[str]) -> bool:
        for name, _ref, required in self._refs(act):
            value = act.get(name)
            if required and isinstance(value, str) and value in gone:
                return True
        # a review of statements that are all gone reviews nothing
        ids = act.get("statement_ids")
        return bool(act["type"] == "statement_review" and ids and set(ids) <= gone)

    def _unlink(self, act: dict[str, Any], gone: set[str]) -> None:
        for name, _ref, _required in self._refs(act):
            value = act.get(name)
            if isinstance(value, str) and value in gone:
                del act[name]
            elif isinstance(value, list):
                act[name] = [v for v in value if v not in gone]

    def set_day(self, act: dict[str, Any], new: date, *, at: tuple[int, int] | None = None) -> None:
        """Move an act to ``new``, its times with it (or to the time ``at``)."""
        old = day_of(act)
        act["on"] = new.isoformat()
        for name in _TIME_FIELDS:
            if name in act:
                act[name] = new.isoformat() + act[name][10:]
        if at is not None:
            stamp = f"{new.isoformat()}T{at[0]:02d}:{at[1]:02d}:00+08:00"
            if "start_at" in act:
                act["start_at"] = stamp
            else:
                act["at"] = stamp
        days = (new - old).days
        for r in self.records_for(act["id"]):
            if days and r["act_ids"][0] == act["id"]:  # a record moves with the first act it documents
                for name in ("start_at", "end_at"):
                    if name in r:
                        r[name] = _shift_stamp(r[name], days)
                for seg in r.get("segments", []):
                    seg["start_at"] = _shift_stamp(seg["start_at"], days)
                    seg["end_at"] = _shift_stamp(seg["end_at"], days)

    def shift_working_days(self, acts: Iterable[dict[str, Any]], n: int) -> None:
        """Move acts by ``n`` working days (negative: earlier), their dated fields and records with them."""
        for act in list(acts):
            old = day_of(act)
            new = self.cal.add_working_days(old, n)
            delta = (new - old).days
            for name in _DATE_FIELDS[1:]:
                if name in act:
                    act[name] = (date.fromisoformat(act[name]) + timedelta(days=delta)).isoformat()
            self.set_day(act, new)

    def working_days_between(self, a: date, b: date) -> int:
        """How many working days lie in (a, b]."""
        count, d = 0, a
        while d < b:
            d += timedelta(days=1)
            count += self.cal.is_working_day(d)
        return count

    # -- finishing ------------------------------------------------------------------------------------

    def sync_publications(self) -> None:
        """Keep the published text and summary saying what the decision now says (its date and penalties):
        an injector changing the decision plants that defect, not a second one in the publication."""
        from enforcement_rules.training.wording import penalties_zh

        before = {a["id"]: a for a in self.built.data["acts"] if a["type"] == "decision"}
        for pub in (a for a in self.data["acts"] if a["type"] == "publication"):
            old, new = before.get(pub.get("decision_id", "")), self.act(pub.get("decision_id", ""))
            if old is None or new is None:
                continue
            swaps = [(penalties_zh(old["penalties"]), penalties_zh(new["penalties"])),
                     (_day_zh(day_of(old)), _day_zh(day_of(new)))]
            for name in ("text", "summary"):
                if name in pub:
                    for a, b in swaps:
                        pub[name] = pub[name].replace(a, b)

    def done(self, planted: Planted, *, sync: bool = True) -> BuiltCase:
        if sync:
            self.sync_publications()
        last = max(day_of(a) for a in self.data["acts"])
        as_of = max(self.built.as_of, last + timedelta(days=30), self.as_of or self.built.as_of)
        return replace(self.built, data=self.data, as_of=as_of, story=self.story or self.built.story,
                       defects=(*self.built.defects, planted))


def _day_zh(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _shift_stamp(stamp: str, days: int) -> str:
    d = date.fromisoformat(stamp[:10]) + timedelta(days=days)
    return d.isoformat() + stamp[10:]
