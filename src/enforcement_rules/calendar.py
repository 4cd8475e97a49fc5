"""The Chinese working calendar and the arithmetic of legal periods (SPEC §2, DESIGN §7).

:class:`WorkingCalendar` is an immutable snapshot of the State Council's holiday arrangements: the
weekdays that are official days off and the weekend days that are official working days (调休上班), plus
the years whose notice is loaded. It never guesses: a date outside those years — or 29–31 December of
the last loaded year, which the next year's notice has rearranged several times — raises
:class:`~enforcement_rules.errors.CalendarCoverageError`.

Periods (:class:`Period`) follow SPEC §2:

* the trigger day is not counted (CivPL 85②, CC 201);
* working-day periods count forward from the day after the trigger, skipping Saturdays, Sundays and
  official days off and counting 调休 working days (CPL 85, ACL 69, MEE-P 90①, SAMR "个工作日");
* calendar-day periods add days; month and year periods go to the corresponding day, or the last day of
  the month when there is none (CC 202); a last day that is a rest day rolls forward only where a text
  says so (CivPL 85③, CC 203), which the caller states with ``roll=True``;
* hour periods run from the time of the act (CC 201②).

The runtime data comes from the ``chinesecalendar`` package, copied once; ``holidays`` is used only by
the tests, as an independent oracle.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from enforcement_rules.errors import CalendarCoverageError, CalendarError

__all__ = [
    "CHINA_TZ",
    "Period",
    "PeriodUnit",
    "SkippedDay",
    "WorkingCalendar",
    "default_calendar",
]

_ONE_DAY = timedelta(days=1)

#: China Standard Time. China has kept UTC+8 without daylight saving since 1991; a fixed offset avoids
#: depending on the tz database being installed.
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


class PeriodUnit(StrEnum):
    """The unit of a legal period."""

    WORKING_DAYS = "working_days"  # 工作日
    DAYS = "days"  # 日（自然日）
    MONTHS = "months"  # 月
    YEARS = "years"  # 年
    HOURS = "hours"  # 小时


_UNIT_ZH = {
    PeriodUnit.WORKING_DAYS: "个工作日",
    PeriodUnit.DAYS: "日",
    PeriodUnit.MONTHS: "个月",
    PeriodUnit.YEARS: "年",
    PeriodUnit.HOURS: "小时",
}
_PERIOD_TEXT = re.compile(r"\s*(\d{1,4})\s*([a-z_]+)\s*")


@dataclass(frozen=True, slots=True)
class Period:
    """``n`` units, e.g. ``Period(5, PeriodUnit.WORKING_DAYS)``; written ``"5 working_days"`` in data."""

    n: int
    unit: PeriodUnit

    @classmethod
    def parse(cls, text: str) -> Period:
        m = _PERIOD_TEXT.fullmatch(text)
        if m is None or m[2] not in PeriodUnit.__members__.values():
            units = ", ".join(u.value for u in PeriodUnit)
            msg = f"a period is written 'N unit' with unit one of {units}; got {text!r}"
            raise ValueError(msg)
        return cls(int(m[1]), PeriodUnit(m[2]))

    def __str__(self) -> str:
        return f"{self.n} {self.unit.value}"

    @property
    def zh(self) -> str:
        return f"{self.n}{_UNIT_ZH[self.unit]}"


@dataclass(frozen=True, slots=True)
class SkippedDay:
    """A day a working-day period passed over, and why."""

    day: date
    reason: str  # "weekend" or "day_off"
    name: str  # e.g. "National Day" for an official day off, "" for a plain weekend

    def as_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "reason": self.reason, "name": self.name}


class WorkingCalendar:
    """An immutable working calendar. Build it with :meth:`from_chinesecalendar` (the default, see
    :func:`default_calendar`) and extend it with :meth:`add_year` or :meth:`with_overrides`."""

    __slots__ = ("_names", "_rest", "_work", "source", "strict_year_end", "years")

    def __init__(
        self,
        *,
        rest_days: Iterable[date],
        workdays: Iterable[date],
        years: Iterable[int],
        source: str,
        names: Mapping[date, str] | None = None,
        strict_year_end: bool = True,
    ) -> None:
        # Only weekday days off and weekend working days change the default Mon–Fri rule.
        self._rest = frozenset(d.toordinal() for d in rest_days if d.weekday() < 5)
        self._work = frozenset(d.toordinal() for d in workdays if d.weekday() >= 5)
        self._names = {d.toordinal(): n for d, n in (names or {}).items()}
        self.years = frozenset(years)
        self.source = source
        self.strict_year_end = strict_year_end

    # -- construction ---------------------------------------------------------------------------

    @classmethod
    def from_chinesecalendar(cls) -> WorkingCalendar:
        """The State Council arrangements as shipped by the ``chinesecalendar`` package."""
        import chinese_calendar
        from chinese_calendar import constants

        rest: dict[date, str] = {d: str(v) for d, v in constants.holidays.items()}
        work = set(constants.workdays)
        # Known data error (chinese-calendar issue #125): the 2006 notice made Sat 2005-12-31 a
        # working day; the `holidays` package has it right. Corrected here, noted in the source.
        rest.pop(date(2005, 12, 31), None)
        work.add(date(2005, 12, 31))
        first, last = min(rest).year, max(rest).year
        version = getattr(chinese_calendar, "__version__", "?")
        return cls(
            rest_days=rest,
            workdays=work,
            years=range(first, last + 1),
            source=f"chinesecalendar {version}",
            names=rest,
        )

    @classmethod
    def from_holidays(cls, years: Iterable[int]) -> WorkingCalendar:
        """The same data from the ``holidays`` package (test oracle; not a runtime dependency)."""
        from importlib.metadata import version

        import holidays

        wanted = sorted(years)
        cn = holidays.country_holidays("CN", years=wanted, expand=False)
        rest = {d: str(n) for d, n in cn.items() if d.year in wanted}
        work = [d for d in cn.weekend_workdays if d.year in wanted]
        return cls(rest_days=rest, workdays=work, years=wanted, source=f"holidays {version('holidays')}",
                   names=rest)

    def add_year(
        self,
        year: int,
        *,
        rest_days: Iterable[date],
        workdays: Iterable[date],
        note: str,
    ) -> WorkingCalendar:
        """A new calendar with one more year's State Council notice loaded. ``rest_days`` and
        ``workdays`` may include 29–31 December of the year before, which such a notice can rearrange."""
        rest = list(rest_days)
        work = list(workdays)
        for d in (*rest, *work):
            before = d.year == year - 1 and d.month == 12 and d.day >= 29
            if d.year != year and not before:
                msg = f"日期 {d} 不属于 {year} 年的安排 / {d} is outside the {year} arrangement"
                raise CalendarError(msg)
        clash = set(rest) & set(work)
        if clash:
            msg = f"同一天既是休息日又是工作日 / days both off and working: {sorted(clash)}"
            raise CalendarError(msg)
        for d in work:
            if d.weekday() < 5:
                msg = f"{d} 是周一至周五，不能作为调休上班日 / {d} is a weekday, not a weekend working day"
                raise CalendarError(msg)
        return self.with_overrides(rest_days=rest, workdays=work, years=[year], note=note)

    def with_overrides(
        self,
        *,
        rest_days: Iterable[date] = (),
        workdays: Iterable[date] = (),
        years: Iterable[int] = (),
        note: str,
    ) -> WorkingCalendar:
        """A new calendar with extra days off (e.g. a regional holiday), extra working days or
        corrections. Later data wins over earlier data for the same day."""
        rest_ords = {d.toordinal() for d in rest_days}
        work_ords = {d.toordinal() for d in workdays}
        new = WorkingCalendar.__new__(WorkingCalendar)
        new._rest = (self._rest - work_ords) | {o for o in rest_ords if date.fromordinal(o).weekday() < 5}
        new._work = (self._work - rest_ords) | {o for o in work_ords if date.fromordinal(o).weekday() >= 5}
        new._names = self._names
        new.years = self.years | frozenset(years)
        new.source = f"{self.source} + {note}"
        new.strict_year_end = self.strict_year_end
        return new

    def load_file(self, path: str | Path) -> WorkingCalendar:
        """A new calendar with the years of a data file added (TOML or JSON; see docs/calendar.md)."""
        p = Path(path)
        try:
            raw = p.read_bytes()
            data: Any = tomllib.loads(raw.decode()) if p.suffix == ".toml" else json.loads(raw)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            msg = f"无法读取日历文件 {p.name} / cannot read calendar file {p.name}: {exc}"
            raise CalendarError(msg) from None
        return self._add_data(data, origin=p.name)

    def _add_data(self, data: Any, origin: str) -> WorkingCalendar:
        if not isinstance(data, dict) or not isinstance(data.get("year"), list):
            msg = f"日历文件 {origin} 须含 [[year]] 列表 / calendar file {origin} needs a list of [[year]] tables"
            raise CalendarError(msg)
        unknown = sorted(set(data) - {"year", "source"})
        if unknown:
            msg = f"日历文件 {origin} 含不认识的键 {unknown}（只允许 source、year） / unknown keys {unknown}"
            raise CalendarError(msg)
        cal = self
        for i, entry in enumerate(data["year"]):
            where = f"{origin}: year[{i}]"
            if not isinstance(entry, dict) or set(entry) - {"year", "off", "work", "note"}:
                msg = f"{where}: 只允许 year、off、work、note / only year, off, work, note are allowed"
                raise CalendarError(msg)
            year = entry.get("year")
            if not isinstance(year, int) or not 2000 <= year <= 2200:
                msg = f"{where}: year 须为年份 / year must be a year number"
                raise CalendarError(msg)
            if not isinstance(entry.get("off", []), list) or not isinstance(entry.get("work", []), list):
                msg = f"{where}: off 与 work 须为列表 / off and work must be lists"
                raise CalendarError(msg)
            rest: list[date] = []
            for span in entry.get("off", []):
                if not (isinstance(span, list) and len(span) == 2):
                    msg = f"{where}: off 的每一项须为 [起, 止] / each off entry is [first, last]"
                    raise CalendarError(msg)
                first, last = (_as_date(x, where) for x in span)
                if last < first or (last - first).days > 40:
                    msg = f"{where}: 放假区间 {first}–{last} 不合理 / implausible day-off range {first}–{last}"
                    raise CalendarError(msg)
                rest.extend(first + timedelta(days=k) for k in range((last - first).days + 1))
            work = [_as_date(x, where) for x in entry.get("work", [])]
            note = str(entry.get("note") or data.get("source") or origin)
            cal = cal.add_year(year, rest_days=rest, workdays=work, note=note)
        return cal

    # -- queries ----------------------------------------------------------------------------------

    def covers(self, d: date) -> bool:
        """Whether the loaded notices decide ``d`` (29–31 December needs the next year too)."""
        if d.year not in self.years:
            return False
        return not (self.strict_year_end and d.month == 12 and d.day >= 29 and d.year + 1 not in self.years)

    def _require(self, d: date) -> None:
        if not self.covers(d):
            needed = d.year if d.year not in self.years else d.year + 1
            raise CalendarCoverageError(d, needed, self.years, self.source)

    def is_working_day(self, d: date) -> bool:
        """True for a working day: Mon–Fri not officially off, or a weekend 调休 working day."""
        self._require(d)
        o = d.toordinal()
        if d.weekday() < 5:
            return o not in self._rest
        return o in self._work

    def skip_reason(self, d: date) -> SkippedDay | None:
        """Why ``d`` is not a working day, or None when it is one."""
        if self.is_working_day(d):
            return None
        o = d.toordinal()
        if o in self._rest:
            return SkippedDay(d, "day_off", self._names.get(o, ""))
        return SkippedDay(d, "weekend", self._names.get(o, ""))

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself is not counted); for negative
        ``n``, the ``|n|``-th working day before it. ``n == 0`` returns ``start``."""
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        d = start
        left = abs(n)
        while left:
            d += step
            if self.is_working_day(d):
                left -= 1
        return d

    def skipped_between(self, start: date, end: date) -> list[SkippedDay]:
        """The non-working days in (start, end]."""
        out: list[SkippedDay] = []
        d = start + _ONE_DAY
        while d <= end:
            reason = self.skip_reason(d)
            if reason is not None:
                out.append(reason)
            d += _ONE_DAY
        return out

    def roll_forward(self, d: date) -> date:
        """``d`` when it is a working day, else the next working day (CivPL 85③, CC 203)."""
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def end_of(self, start: date, period: Period, *, roll: bool = False) -> date:
        """The last permitted day of ``period`` counted from ``start`` (start not counted).

        ``roll=True`` moves a last day that is a rest day to the next working day; only where a text
        says so (SPEC §2). Working-day periods never need it. Hour periods need a time: use
        :meth:`end_of_hours`.
        """
        unit = period.unit
        if unit is PeriodUnit.WORKING_DAYS:
            return self.add_working_days(start, period.n)
        if unit is PeriodUnit.DAYS:
            end = start + timedelta(days=period.n)
        elif unit is PeriodUnit.MONTHS:
            end = start + relativedelta(months=period.n)  # CC 202: corresponding day, or month end
        elif unit is PeriodUnit.YEARS:
            end = start + relativedelta(years=period.n)
        else:
            msg = "hour periods run from a time, not a date: use end_of_hours()"
            raise ValueError(msg)
        return self.roll_forward(end) if roll else end

    @staticmethod
    def end_of_hours(start: datetime, hours: int) -> datetime:
        """The end of an hour period, counted from the time of the act (CC 201②)."""
        return start + timedelta(hours=hours)

    def latest_start(self, end: date, period: Period) -> date:
        """The latest day ``s`` with ``end_of(s, period) <= end``: the last day on which a notice may
        be given for something ``period`` before ``end`` ("N日前", SPEC §2)."""
        if period.unit is PeriodUnit.WORKING_DAYS:
            s, count = end, 0
            while count < period.n:
                if self.is_working_day(s):
                    count += 1
                s -= _ONE_DAY
            return s
        if period.unit is PeriodUnit.DAYS:
            return end - timedelta(days=period.n)
        if period.unit is PeriodUnit.MONTHS:
            return end - relativedelta(months=period.n)
        if period.unit is PeriodUnit.YEARS:
            return end - relativedelta(years=period.n)
        msg = "hour periods run from a time, not a date"
        raise ValueError(msg)

    def within(self, start: date, period: Period, act: date, *, roll: bool = False) -> bool:
        """Whether ``act`` falls on or before the last day of ``period`` from ``start``.

        Answers without the calendar where the answer cannot depend on it (SPEC §2): an act on or before
        ``start + n`` calendar days is surely within ``n`` working days, and an act after ``n`` working
        days already counted in loaded years is surely late. Otherwise raises CalendarCoverageError.
        """
        if period.unit is not PeriodUnit.WORKING_DAYS:
            if not roll:
                return act <= self.end_of(start, period)
            plain = self.end_of(start, period)
            return act <= plain or act <= self.end_of(start, period, roll=True)
        if act <= start + timedelta(days=period.n):
            return True
        # In time iff fewer than n working days lie strictly between start and act.
        count = 0
        d = start + _ONE_DAY
        while d < act:
            if self.is_working_day(d):
                count += 1
                if count >= period.n:
                    return False
            d += _ONE_DAY
        return True

    def describe(self) -> dict[str, Any]:
        """``{"years": [...], "source": ...}`` for reports."""
        return {"years": sorted(self.years), "source": self.source}

    def __repr__(self) -> str:
        years = sorted(self.years)
        return f"WorkingCalendar(years={years[0]}..{years[-1]}, source={self.source!r})" if years else (
            "WorkingCalendar(empty)"
        )


def _as_date(value: Any, where: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    msg = f"{where}: 日期须为 YYYY-MM-DD / dates are written YYYY-MM-DD"
    raise CalendarError(msg)


@cache
def default_calendar() -> WorkingCalendar:
    """The calendar of the installed ``chinesecalendar`` package, built once on first use."""
    return WorkingCalendar.from_chinesecalendar()
