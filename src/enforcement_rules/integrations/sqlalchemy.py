"""Refuse a SQLAlchemy flush that would break an obligation (optional extra ``sqlalchemy``).

::

    from enforcement_rules.integrations import sqlalchemy as er_sa

    guard = er_sa.install(Session, to_case, as_of=lambda: datetime.now(SHANGHAI).date())

:func:`install` hooks ``before_flush`` on a :class:`~sqlalchemy.orm.Session`, a ``sessionmaker`` or
the Session class. At every flush that changes something it calls the application's
``to_case(session, pending)`` under ``session.no_autoflush``; ``to_case`` returns ``(before, after)``
— the case as saved and as it would be saved, as dicts, JSON or :class:`~enforcement_rules.Case` —
or a list of such pairs when a flush touches several cases, or None when the flush touches no case.
Each pair goes through :func:`enforcement_rules.check_change`; the first that blocks refuses the whole
flush with :class:`~enforcement_rules.ComplianceError`, carrying the change report and, in
``refused``, every object of the flush with its changed values (:class:`Refused`).

The refusal happens before SQLAlchemy writes anything: nothing reaches the database, and the session is
left as it was, its objects still pending. Recover as docs/presave.md says: correct the objects and
flush again, or ``session.rollback()`` — which discards every change not yet committed and expires the
session's objects, so show the user ``error.refused``, captured before the rollback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

try:
    from sqlalchemy import event, inspect
    from sqlalchemy.orm import LoaderCallableStatus, Session, UOWTransaction
except ImportError as exc:  # pragma: no cover - depends on the environment
    _msg = ("enforcement_rules.integrations.sqlalchemy 需要 SQLAlchemy：pip install 'enforcement-rules[sqlalchemy]' / "
            "needs SQLAlchemy 2: pip install 'enforcement-rules[sqlalchemy]'")
    raise ImportError(_msg) from exc

from enforcement_rules.errors import ComplianceError
from enforcement_rules.models.loading import CaseInput
from enforcement_rules.presave import ChangeReport, Scope, check_change
from enforcement_rules.report import Severity

if TYPE_CHECKING:
    from enforcement_rules.calendar import WorkingCalendar
    from enforcement_rules.profiles.profile import Profile

__all__ = ["CasePair", "Pending", "PresaveGuard", "Refused", "ToCase", "install", "pending_of", "refused_of"]

CasePair = tuple[CaseInput | None, CaseInput]
"""``(before, after)``: the case as saved (None for a new case) and as it would be saved."""


@dataclass(frozen=True, slots=True)
class Pending:
    """What a flush would write: new, changed and deleted objects."""

    new: tuple[Any, ...] = ()
    changed: tuple[Any, ...] = ()
    deleted: tuple[Any, ...] = ()

    def __iter__(self) -> Iterator[Any]:
        yield from self.new
        yield from self.changed
        yield from self.deleted

    def __bool__(self) -> bool:
        return bool(self.new or self.changed or self.deleted)

    def of(self, cls: type[Any]) -> list[Any]:
        """The pending objects of a mapped class (new, changed and deleted)."""
        return [o for o in self if isinstance(o, cls)]


@dataclass(frozen=True, slots=True)
class Refused:
    """An object whose save was refused: ``status`` is ``new``, ``changed`` or ``deleted``; ``values``
    maps each changed column attribute to ``(saved value, refused value)`` (None where there is none)."""

    obj: Any
    status: Literal["new", "changed", "deleted"]
    values: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)


ToCase = Callable[[Session, Pending], "CasePair | Sequence[CasePair] | None"]


def pending_of(session: Session) -> Pending:
    """The session's pending work; an object merely touched (no net change) is left out."""
    return Pending(
        new=tuple(session.new),
        changed=tuple(o for o in session.dirty if session.is_modified(o)),
        deleted=tuple(session.deleted),
    )


def _values(obj: Any, status: str) -> dict[str, tuple[Any, Any]]:
    state = inspect(obj)
    out: dict[str, tuple[Any, Any]] = {}
    for prop in state.mapper.column_attrs:
        attr = state.attrs[prop.key]
        if status == "deleted":
            saved = attr.loaded_value
            if saved is not LoaderCallableStatus.NO_VALUE:
                out[prop.key] = (saved, None)
            continue
        history = attr.history
        if history.added:
            out[prop.key] = (history.deleted[0] if history.deleted else None, history.added[0])
        elif history.deleted:
            out[prop.key] = (history.deleted[0], None)
    return out


def refused_of(pending: Pending) -> tuple[Refused, ...]:
    """Every object of the flush with its changed values (attribute history), captured now: a rollback
    would expire them."""
    groups: tuple[tuple[Literal["new", "changed", "deleted"], tuple[Any, ...]], ...] = (
        ("new", pending.new), ("changed", pending.changed), ("deleted", pending.deleted))
    return tuple(Refused(obj, status, _values(obj, status)) for status, objs in groups for obj in objs)


class PresaveGuard:
    """A ``before_flush`` listener running the pre-save check; :func:`install` creates and attaches it."""

    def __init__(
        self,
        to_case: ToCase,
        *,
        as_of: date | Callable[[], date],
        profile: str | Path | Profile | None = None,
        block_on: Severity | str = Severity.ERROR,
        scope: Scope | str = Scope.INTRODUCED,
        calendar: WorkingCalendar | None = None,
        lang: str = "zh",
        on_report: Callable[[ChangeReport], object] | None = None,
    ) -> None:
        self.to_case = to_case
        self.on_report = on_report
        self.as_of = as_of
        self.profile = profile
        self.block_on = block_on
        self.scope = Scope(scope)
        self.calendar = calendar
        self.lang = lang
        self._targets: list[Any] = []

    def before_flush(self, session: Session, flush_context: UOWTransaction, instances: object) -> None:
        """Check the flush; raise ComplianceError to refuse it (nothing is written)."""
        pending = pending_of(session)
        if not pending:
            return
        with session.no_autoflush:
            pairs = self.to_case(session, pending)
        if pairs is None:
            return
        as_of = self.as_of() if callable(self.as_of) else self.as_of
        for before, after in [pairs] if isinstance(pairs, tuple) else pairs:
            report = check_change(before, after, as_of=as_of, profile=self.profile, calendar=self.calendar,
                                  block_on=self.block_on, scope=self.scope, lang=self.lang)
            if not report.ok:
                raise ComplianceError(report, lang=self.lang, refused=refused_of(pending))
            if self.on_report is not None:
                self.on_report(report)

    def install(self, target: Any) -> PresaveGuard:
        """Listen on a Session, a sessionmaker or a Session class."""
        event.listen(target, "before_flush", self.before_flush)
        self._targets.append(target)
        return self

    def remove(self) -> None:
        """Stop listening everywhere it was installed."""
        while self._targets:
            event.remove(self._targets.pop(), "before_flush", self.before_flush)


def install(
    target: Any,
    to_case: ToCase,
    *,
    as_of: date | Callable[[], date],
    profile: str | Path | Profile | None = None,
    block_on: Severity | str = Severity.ERROR,
    scope: Scope | str = Scope.INTRODUCED,
    calendar: WorkingCalendar | None = None,
    lang: str = "zh",
    on_report: Callable[[ChangeReport], object] | None = None,
) -> PresaveGuard:
    """Refuse every flush of ``target`` (a Session, sessionmaker or Session class) that would break an
    obligation. ``as_of`` is a date or a function returning one (called at each flush: the library
    never reads the clock). ``on_report`` receives the change report of every case a flush lets
    through — where the earlier breaches a new fact revealed (``report.revealed``) reach the user.
    Returns the guard; ``guard.remove()`` detaches it."""
    guard = PresaveGuard(to_case, as_of=as_of, profile=profile, block_on=block_on, scope=scope,
                         calendar=calendar, lang=lang, on_report=on_report)
    return guard.install(target)
