"""Who took part in what: the questions the AUTH and REVIEW rules ask about the people on an act
(执法人员、办案人员、参与人员). Helpers only; the rules are in officers.py, recusal.py and reviewers.py."""

from __future__ import annotations

from datetime import date

from enforcement_rules.engine import CaseView
from enforcement_rules.law import PSAPL
from enforcement_rules.models.actions import (
    ActBase,
    CoerciveMeasure,
    Decision,
    EvidencePreservation,
    Inspection,
    Questioning,
    Sampling,
    Verification,
)
from enforcement_rules.models.people import Staff, StaffRole
from enforcement_rules.rule import RuleContext
from enforcement_rules.rules.common import is_summary

__all__ = ["certified", "field_acts", "investigators", "officers_on", "participants", "psapl_2025"]

#: Acts on which officers act for the agency in the field (SPEC AUTH-002 … 004); summary decisions too.
_FIELD_ACTS: tuple[type[ActBase], ...] = (Inspection, Questioning, Sampling, EvidencePreservation, CoerciveMeasure)
#: Staff recorded only in these roles do not act as enforcement officers (they do not make up the two).
_NOT_ENFORCEMENT = frozenset({StaffRole.RECORDER, StaffRole.INTERPRETER, StaffRole.OTHER})


def psapl_2025(ctx: RuleContext, on: date) -> bool:
    """Whether the 2025 Public Security Administration Punishments Law governs: a 治安 case, from its
    effective date (2026-01-01)."""
    return ctx.matter == "public_security" and PSAPL.in_force is not None and on >= PSAPL.in_force


def field_acts(view: CaseView, ctx: RuleContext) -> list[ActBase]:
    """Investigative acts, inspections and coercive measures, and summary decisions, in time order."""
    acts = view.in_time_order(*_FIELD_ACTS, Decision) if is_summary(view) else view.in_time_order(*_FIELD_ACTS)
    return [a for a in acts if a.on >= ctx.rule.valid_from]


def officers_on(view: CaseView, act: ActBase) -> list[Staff]:
    """The staff acting as officers on an act: everyone listed, except those recorded only as recorder,
    interpreter or other staff."""
    out = []
    for sid in act.staff_ids:
        s = view.staff(sid)
        if s is not None and not (s.roles and set(s.roles) <= _NOT_ENFORCEMENT):
            out.append(s)
    return out


def certified(staff: Staff, on: date) -> bool | None:
    """Whether ``staff`` held an enforcement certificate valid on ``on``: None when the record cannot tell
    (certificates not recorded, or a validity date missing)."""
    if staff.certificates is None:
        return None
    unknown = False
    for c in staff.certificates:
        if (c.valid_from is not None and on < c.valid_from) or (c.valid_until is not None and on > c.valid_until):
            continue  # surely not valid that day
        if c.valid_from is None or c.valid_until is None:
            unknown = True
            continue
        return True
    return None if unknown else False


def participants(act: ActBase) -> set[str]:
    """The staff who took part in an act: present, reviewing, discussing, presiding or approving."""
    ids = set(act.staff_ids)
    for name in ("reviewer_ids", "head_ids"):
        ids.update(getattr(act, name, ()))
    for name in ("host_id", "approved_by"):
        one = getattr(act, name, None)
        if one:
            ids.add(one)
    return ids


def investigators(view: CaseView, ctx: RuleContext) -> set[str]:
    """The case's investigators (办案人员): officers by role, and everyone on an investigative act."""
    ids = {s.id for s in view.case.staff if StaffRole.OFFICER in s.roles}
    for act in (*view.of(Verification), *field_acts(view, ctx)):
        ids.update(act.staff_ids)
    return ids
