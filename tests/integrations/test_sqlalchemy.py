"""The SQLAlchemy integration on a real SQLite database file: a refused flush writes nothing, the
session recovers, the application keeps what the user typed, and a compliant save commits."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, ForeignKey, UniqueConstraint, create_engine, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

import enforcement_rules as er
from enforcement_rules.integrations import sqlalchemy as er_sa
from tests.helpers import AS_OF, example

# -- the application's own schema: a case table, its acts and its records ---------------------------


class Base(DeclarativeBase):
    pass


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(unique=True)
    sector: Mapped[str]
    province: Mapped[str | None]
    procedure: Mapped[str]
    header: Mapped[dict[str, Any]] = mapped_column(JSON)  # agency, violation, parties, staff
    acts: Mapped[list[ActRow]] = relationship(back_populates="case", cascade="all, delete-orphan")
    records: Mapped[list[RecordRow]] = relationship(back_populates="case", cascade="all, delete-orphan")


class ActRow(Base):
    __tablename__ = "acts"
    __table_args__ = (UniqueConstraint("case_id", "act_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    act_id: Mapped[str]
    type: Mapped[str]
    act_on: Mapped[date]
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    case: Mapped[CaseRow] = relationship(back_populates="acts")


class RecordRow(Base):
    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("case_id", "record_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    record_id: Mapped[str]
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    case: Mapped[CaseRow] = relationship(back_populates="records")


def to_rows(data: dict[str, Any]) -> CaseRow:
    """A case dict as the application's rows."""
    header = {k: data[k] for k in ("kind", "agency", "violation", "parties", "staff") if k in data}
    acts = [ActRow(act_id=a["id"], type=a["type"], act_on=date.fromisoformat(a["on"]),
                   details={k: v for k, v in a.items() if k not in ("id", "type", "on")}) for a in data["acts"]]
    records = [RecordRow(record_id=r["id"], details={k: v for k, v in r.items() if k != "id"})
               for r in data.get("records", [])]
    return CaseRow(case_no=data["id"], sector=data["sector"], province=data.get("province"),
                   procedure=data["procedure"], header=header, acts=acts, records=records)


def as_case(case: Any, acts: Sequence[Any], records: Sequence[Any]) -> dict[str, Any]:
    """A case dict from rows: ORM objects (pending state) or Core rows (saved state) alike."""
    return {"schema_version": 1, "id": case.case_no, "sector": case.sector, "province": case.province,
            "procedure": case.procedure, **case.header,
            "acts": [{"type": a.type, "id": a.act_id, "on": a.act_on.isoformat(), **a.details} for a in acts],
            "records": [{"id": r.record_id, **r.details} for r in records]}


def saved_case(session: Session, case_id: int) -> dict[str, Any]:
    """The case as the database has it (Core selects bypass the session's pending changes)."""
    cases, acts, records = CaseRow.__table__, ActRow.__table__, RecordRow.__table__
    row = session.execute(select(cases).where(cases.c.id == case_id)).one()
    act_rows = session.execute(select(acts).where(acts.c.case_id == case_id).order_by(acts.c.id)).all()
    record_rows = session.execute(select(records).where(records.c.case_id == case_id).order_by(records.c.id)).all()
    return as_case(row, act_rows, record_rows)


def to_case(session: Session, pending: er_sa.Pending) -> list[er_sa.CasePair]:
    """The application's to_case: (before, after) for every case the flush touches."""
    touched: list[CaseRow] = []
    for obj in pending:
        row = obj if isinstance(obj, CaseRow) else obj.case
        if row not in touched:
            touched.append(row)
    pairs: list[er_sa.CasePair] = []
    for row in touched:
        before = None if row in session.new else saved_case(session, row.id)
        live = [a for a in row.acts if a not in session.deleted]
        kept = [r for r in row.records if r not in session.deleted]
        pairs.append((before, as_case(row, live, kept)))
    return pairs


# -- fixtures -----------------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[Engine, Path]]:
    path = tmp_path / "cases.db"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all([to_rows(example("samr-hearing-compliant")), to_rows(example("samr-notice-defects"))])
        session.commit()
    yield engine, path
    engine.dispose()


@pytest.fixture
def factory(db: tuple[Engine, Path]) -> Iterator[sessionmaker[Session]]:
    make = sessionmaker(db[0])
    guard = er_sa.install(make, to_case, as_of=AS_OF)
    yield make
    guard.remove()


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through a separate connection to the file."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    conn.close()
    return out


def act_row(session: Session, case_no: str, act_id: str) -> ActRow:
    return session.scalars(select(ActRow).join(CaseRow).where(CaseRow.case_no == case_no,
                                                               ActRow.act_id == act_id)).one()


COMPLIANT_NO = "青市监处罚〔2025〕17号"
DEFECTS_NO = "青市监处罚〔2025〕18号"


# -- tests --------------------------------------------------------------------------------------------


def test_refused_change_writes_nothing_and_the_session_recovers_by_rollback(
        db: tuple[Engine, Path], factory: sessionmaker[Session]) -> None:
    """A heavier fine than notified (CPL 45②) is refused: every table is unchanged, the error keeps the
    refused values after rollback, and the same session then commits a compliant change."""
    _, path = db
    saved = snapshot(path)
    with factory() as session:
        decision = act_row(session, COMPLIANT_NO, "decision-1")
        details = copy.deepcopy(decision.details)
        details["penalties"][0]["amount"] = "180000"
        decision.details = details
        with pytest.raises(er.ComplianceError) as info:
            session.commit()
        err = info.value
        assert snapshot(path) == saved
        assert "NOTICE-005 [decision-1]" in str(err) and "修改环节所致" in str(err)
        report = err.report
        assert isinstance(report, er.ChangeReport)
        assert [(i.finding.key, i.cause) for i in report.introduced if i.finding.blocking] == [
            ("NOTICE-005:decision-1", er.Cause.CHANGED_ACT)]
        [refused] = err.refused
        assert refused.obj is decision and refused.status == "changed"
        old, new = refused.values["details"]
        assert old["penalties"][0]["amount"] == "150000" and new["penalties"][0]["amount"] == "180000"

        session.rollback()
        assert snapshot(path) == saved
        assert decision.details["penalties"][0]["amount"] == "150000"  # expired, reloaded from the file
        assert refused.values["details"][1]["penalties"][0]["amount"] == "180000"  # still there to show

        archive = act_row(session, COMPLIANT_NO, "archive-1")
        archive.details = {**archive.details, "note": "卷宗已归档"}
        session.commit()
    after = snapshot(path)
    assert after != saved and len(after["acts"]) == len(saved["acts"])


def test_refused_change_can_be_corrected_and_saved_without_rollback(
        db: tuple[Engine, Path], factory: sessionmaker[Session]) -> None:
    """The refusal leaves the session as it was: the user corrects the value and the same commit succeeds."""
    _, path = db
    saved = snapshot(path)
    with factory() as session:
        decision = act_row(session, COMPLIANT_NO, "decision-1")
        details = copy.deepcopy(decision.details)
        details["elements"] = [e for e in details["elements"] if e != "seal"]
        decision.details = details
        with pytest.raises(er.ComplianceError, match="NOTICE-006"):
            session.commit()
        assert decision in session.dirty and snapshot(path) == saved
        decision.details = {**details, "elements": [*details["elements"], "seal"], "note": "已补盖印章"}
        session.commit()
    assert snapshot(path) != saved


def test_deleting_the_notice_service_is_refused_as_a_removed_act(
        db: tuple[Engine, Path], factory: sessionmaker[Session]) -> None:
    """Deleting the service of the notice (CPL 44, 62) is refused; the deleted and changed rows are reported."""
    _, path = db
    saved = snapshot(path)
    with factory() as session:
        service = act_row(session, COMPLIANT_NO, "serve-notice-1")
        with session.no_autoflush:  # a two-step change: no autoflush (and no check) half-way through
            session.delete(service)
            for record in service.case.records:
                if "serve-notice-1" in record.details["act_ids"]:
                    ids = [i for i in record.details["act_ids"] if i != "serve-notice-1"]
                    record.details = {**record.details, "act_ids": ids}
        with pytest.raises(er.ComplianceError) as info:
            session.flush()
        assert snapshot(path) == saved
        report = info.value.report
        assert isinstance(report, er.ChangeReport)
        assert report.introduced[0].cause is er.Cause.REMOVED_ACT
        statuses = {(type(r.obj).__name__, r.status) for r in info.value.refused}
        assert statuses == {("ActRow", "deleted"), ("RecordRow", "changed")}
        deleted = next(r for r in info.value.refused if r.status == "deleted")
        assert deleted.values["act_id"] == ("serve-notice-1", None)
        session.rollback()
        assert act_row(session, COMPLIANT_NO, "serve-notice-1").type == "service"
    assert snapshot(path) == saved


def test_new_defective_case_is_refused_and_the_application_keeps_its_objects(
        db: tuple[Engine, Path], factory: sessionmaker[Session]) -> None:
    """A new case whose decision is heavier than its notice is refused as new acts; after rollback the
    new objects are transient but keep every value the user entered."""
    _, path = db
    saved = snapshot(path)
    data = example("samr-notice-defects")
    data["id"] = "青市监处罚〔2025〕99号"
    new_case = to_rows(data)
    with factory() as session:
        session.add(new_case)
        with pytest.raises(er.ComplianceError) as info:
            session.commit()
        report = info.value.report
        assert isinstance(report, er.ChangeReport) and report.before is None
        assert {i.cause for i in report.introduced} == {er.Cause.NEW_ACT}
        assert len(info.value.refused) == 1 + len(data["acts"]) + len(data["records"])
        assert all(r.status == "new" for r in info.value.refused)
        session.rollback()
        assert new_case not in session and new_case.case_no == data["id"] and len(new_case.acts) == len(data["acts"])
        assert session.scalars(select(CaseRow.case_no).order_by(CaseRow.id)).all() == [COMPLIANT_NO, DEFECTS_NO]
    assert snapshot(path) == saved


def test_compliant_saves_commit(db: tuple[Engine, Path], factory: sessionmaker[Session]) -> None:
    """A new compliant case commits, and so does an unrelated edit to a case whose old breaches are kept."""
    _, path = db
    data = example("samr-summary-compliant")
    with factory() as session:
        session.add(to_rows(data))
        archive = act_row(session, DEFECTS_NO, "archive-1")
        archive.details = {**archive.details, "note": "卷宗已归档"}
        session.commit()
    rows = snapshot(path)
    assert [r[1] for r in rows["cases"]] == [COMPLIANT_NO, DEFECTS_NO, data["id"]]
    assert any(json.loads(r[5]).get("note") == "卷宗已归档" for r in rows["acts"])


def test_revealed_breaches_are_saved_and_reported(db: tuple[Engine, Path]) -> None:
    """Recording that a summary case ran under the ordinary procedure reveals old breaches (new_fact):
    the save commits and on_report hands the report to the application."""
    engine, path = db
    with Session(engine) as session:
        session.add(to_rows(example("samr-summary-compliant")))
        session.commit()
    reports: list[er.ChangeReport] = []
    make = sessionmaker(engine)
    guard = er_sa.install(make, to_case, as_of=lambda: AS_OF, on_report=reports.append)
    try:
        with make() as session:
            case = session.scalars(select(CaseRow).where(CaseRow.procedure == "summary")).one()
            case.procedure = "ordinary"
            session.commit()
    finally:
        guard.remove()
    assert [r[4] for r in snapshot(path)["cases"]] == ["ordinary"] * 3
    [report] = reports
    assert report.ok and report.revealed and {i.cause for i in report.introduced} == {er.Cause.NEW_FACT}


def test_scope_all_refuses_a_save_of_a_case_with_old_breaches(db: tuple[Engine, Path]) -> None:
    """With scope="all" any blocking finding refuses the flush, even one the change did not make."""
    engine, path = db
    saved = snapshot(path)
    make = sessionmaker(engine)
    guard = er_sa.install(make, to_case, as_of=AS_OF, scope="all", lang="en")
    try:
        with make() as session:
            archive = act_row(session, DEFECTS_NO, "archive-1")
            archive.details = {**archive.details, "note": "卷宗已归档"}
            with pytest.raises(er.ComplianceError, match=r"^Save refused"):
                session.commit()
            session.rollback()
    finally:
        guard.remove()
    assert snapshot(path) == saved


def test_removed_guard_no_longer_checks(db: tuple[Engine, Path]) -> None:
    """guard.remove() detaches the listener: the same defective change then commits."""
    engine, path = db
    make = sessionmaker(engine)
    er_sa.install(make, to_case, as_of=AS_OF).remove()
    with make() as session:
        decision = act_row(session, COMPLIANT_NO, "decision-1")
        decision.details = {**decision.details, "elements": []}
        session.commit()
    assert any(json.loads(r[5]).get("elements") == [] for r in snapshot(path)["acts"])
