"""The working calendar and period arithmetic (SPEC §2 "Dates and periods"; calendar.py).

Golden facts come from the State Council General Office holiday notices: 2025 and 2026 verbatim from
legal-texts.md §8.2–8.4, 2024 from its notice (国办发明电〔2023〕7号), see the comment at _ARRANGEMENTS.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enforcement_rules.calendar import Period, PeriodUnit, SkippedDay, WorkingCalendar, default_calendar
from enforcement_rules.errors import CalendarCoverageError, CalendarError

WD = PeriodUnit.WORKING_DAYS

NOTICE_2024 = "国办2023-10-25通知(2024)"
NOTICE_2025 = "国办发明电〔2024〕12号(2025)"
NOTICE_2026 = "国办2025-11-04通知(2026)"

#: The newest year with golden facts below; see test_installed_package_has_no_unreviewed_year.
GOLDEN_YEARS = (2024, 2025, 2026)

# (notice, inclusive day-off ranges, weekend working days (调休上班))
_ARRANGEMENTS: list[tuple[str, list[tuple[date, date]], list[date]]] = [
    (
        # 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25). Its text is not in
        # shared/legal; these blocks were transcribed from the notice and agree with both data packages
        # (chinesecalendar and holidays) and with calendar-evaluation.md §2.1 where that lists them.
        NOTICE_2024,
        [
            (date(2024, 1, 1), date(2024, 1, 1)),  # 元旦
            (date(2024, 2, 10), date(2024, 2, 17)),  # 春节 (除夕 02-09 only "encouraged" rest)
            (date(2024, 4, 4), date(2024, 4, 6)),  # 清明
            (date(2024, 5, 1), date(2024, 5, 5)),  # 劳动节
            (date(2024, 6, 10), date(2024, 6, 10)),  # 端午
            (date(2024, 9, 15), date(2024, 9, 17)),  # 中秋
            (date(2024, 10, 1), date(2024, 10, 7)),  # 国庆
        ],
        [
            date(2024, 2, 4), date(2024, 2, 18), date(2024, 4, 7), date(2024, 4, 28), date(2024, 5, 11),
            date(2024, 9, 14), date(2024, 9, 29), date(2024, 10, 12),
        ],
    ),
    (
        NOTICE_2025,
        [
            (date(2025, 1, 1), date(2025, 1, 1)),  # 元旦
            (date(2025, 1, 28), date(2025, 2, 4)),  # 春节
            (date(2025, 4, 4), date(2025, 4, 6)),  # 清明
            (date(2025, 5, 1), date(2025, 5, 5)),  # 劳动节
            (date(2025, 5, 31), date(2025, 6, 2)),  # 端午
            (date(2025, 10, 1), date(2025, 10, 8)),  # 国庆、中秋
        ],
        [date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11)],
    ),
    (
        NOTICE_2026,
        [
            (date(2026, 1, 1), date(2026, 1, 3)),  # 元旦
            (date(2026, 2, 15), date(2026, 2, 23)),  # 春节
            (date(2026, 4, 4), date(2026, 4, 6)),  # 清明
            (date(2026, 5, 1), date(2026, 5, 5)),  # 劳动节
            (date(2026, 6, 19), date(2026, 6, 21)),  # 端午
            (date(2026, 9, 25), date(2026, 9, 27)),  # 中秋
            (date(2026, 10, 1), date(2026, 10, 7)),  # 国庆
        ],
        [
            date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20),
            date(2026, 10, 10),
        ],
    ),
]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=k) for k in range((last - first).days + 1)]


def _golden() -> list[object]:
    params: list[object] = []
    for notice, off, work in _ARRANGEMENTS:
        for first, last in off:
            params.extend(pytest.param(d, False, id=f"{notice}:{d}:off") for d in _days(first, last))
        params.extend(pytest.param(d, True, id=f"{notice}:{d}:调休上班") for d in work)
    return params


def _working_days(cal: WorkingCalendar, first: date, last: date) -> int:
    return sum(cal.is_working_day(d) for d in _days(first, last))


# -- 1. golden facts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "working"), _golden())
def test_golden_fact_from_state_council_notice(day: date, working: bool) -> None:
    """Each day off of a State Council notice is a non-working day and each 调休 weekend day is a working day."""
    assert default_calendar().is_working_day(day) is working


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        pytest.param(date(2023, 1, 1), date(2023, 12, 31), 249, id="2023"),
        pytest.param(date(2024, 1, 1), date(2024, 12, 31), 251, id="2024"),
        pytest.param(date(2025, 1, 1), date(2025, 12, 31), 248, id="2025"),
        pytest.param(date(2026, 1, 1), date(2026, 12, 28), 245, id="2026-until-12-28"),
    ],
)
def test_yearly_working_day_count(first: date, last: date, expected: int) -> None:
    """The official year has 249 (2023), 251 (2024), 248 (2025) and 248 (2026) working days; as 29–31 Dec 2026 await
    the 2027 notice, 2026 is counted to 12-28 only: 248 minus those three ordinary weekdays (Tue–Thu) = 245."""
    assert _working_days(default_calendar(), first, last) == expected


def test_new_years_eve_2024_working_2025_off() -> None:
    """除夕 was a working day in 2024 (the notice only encouraged rest) and is a statutory day off from 2025."""
    cal = default_calendar()
    assert cal.is_working_day(date(2024, 2, 9)) is True
    assert cal.is_working_day(date(2025, 1, 28)) is False


# -- 3. cross-check against the holidays package ----------------------------------------------------------


def test_chinesecalendar_agrees_with_holidays_day_by_day() -> None:
    """Both data sources agree on every day 2004-01-01…2026-12-28, including 2005-12-31, a working day under the
    2006 notice that chinesecalendar gets wrong (chinese-calendar issue #125) and the library corrects."""
    cc = default_calendar()
    hol = WorkingCalendar.from_holidays(range(2004, 2027))
    assert cc.is_working_day(date(2005, 12, 31)) is True
    assert hol.is_working_day(date(2005, 12, 31)) is True
    disagree = [
        d
        for d in _days(date(2004, 1, 1), date(2026, 12, 28))
        if cc.is_working_day(d) != hol.is_working_day(d)
    ]
    assert disagree == []


# -- 4. adding working days ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2025, 9, 30), 7, date(2025, 10, 16)),
        (date(2025, 10, 1), 7, date(2025, 10, 16)),  # start on a day off
        (date(2025, 10, 8), 2, date(2025, 10, 10)),  # start on a day off
        (date(2025, 9, 26), 2, date(2025, 9, 29)),
        (date(2024, 9, 27), 3, date(2024, 10, 8)),
        (date(2024, 2, 8), 5, date(2024, 2, 21)),
        (date(2026, 2, 13), 7, date(2026, 3, 2)),
        (date(2026, 2, 14), 3, date(2026, 2, 26)),  # start on a 调休 Saturday
        (date(2026, 9, 30), 5, date(2026, 10, 13)),
        (date(2024, 10, 6), 1, date(2024, 10, 8)),  # start on a day off
        (date(2025, 1, 25), 1, date(2025, 1, 26)),  # start on a weekend, next day a 调休 Sunday
        (date(2025, 9, 22), 5, date(2025, 9, 28)),  # ends on a 调休 Sunday
        (date(2026, 2, 12), 5, date(2026, 2, 26)),  # across the Spring Festival block
    ],
    ids=str,
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    """A working-day period skips weekends and days off, counts 调休 days, and excludes the trigger day (CC 201)."""
    assert default_calendar().add_working_days(start, n) == expected


def test_roll_forward_over_spring_festival_block() -> None:
    """A rest day rolls forward to the next working day, here over the whole 9-day 2026 Spring Festival block."""
    cal = default_calendar()
    assert cal.roll_forward(date(2026, 2, 15)) == date(2026, 2, 24)
    assert cal.roll_forward(date(2026, 2, 14)) == date(2026, 2, 14)  # a 调休 Saturday is a working day


# -- 5. period semantics ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "period", "expected"),
    [
        (date(2025, 3, 1), Period(15, PeriodUnit.DAYS), date(2025, 3, 16)),
        (date(2025, 12, 20), Period(15, PeriodUnit.DAYS), date(2026, 1, 4)),
        (date(2024, 1, 31), Period(1, PeriodUnit.MONTHS), date(2024, 2, 29)),
        (date(2023, 1, 31), Period(1, PeriodUnit.MONTHS), date(2023, 2, 28)),
        (date(2025, 3, 15), Period(3, PeriodUnit.MONTHS), date(2025, 6, 15)),
        (date(2024, 2, 29), Period(1, PeriodUnit.YEARS), date(2025, 2, 28)),
        (date(2024, 2, 29), Period(4, PeriodUnit.YEARS), date(2028, 2, 29)),
    ],
    ids=str,
)
def test_calendar_period_end(start: date, period: Period, expected: date) -> None:
    """Day periods add days; month and year periods end on the corresponding day, else the month's last day (CC 202)."""
    assert default_calendar().end_of(start, period) == expected


def test_roll_moves_rest_day_end_forward_only_when_asked() -> None:
    """A period ending on a rest day moves to the next working day only with roll=True (CivPL 85③, CC 203)."""
    cal = default_calendar()
    fifteen = Period(15, PeriodUnit.DAYS)
    assert cal.end_of(date(2025, 9, 19), fifteen) == date(2025, 10, 4)
    assert cal.end_of(date(2025, 9, 19), fifteen, roll=True) == date(2025, 10, 9)
    assert cal.end_of(date(2025, 9, 19), Period(12, PeriodUnit.DAYS), roll=True) == date(2025, 10, 9)  # 10-01
    assert cal.within(date(2025, 9, 19), fifteen, date(2025, 10, 9), roll=True) is True
    assert cal.within(date(2025, 9, 19), fifteen, date(2025, 10, 9)) is False
    assert cal.end_of(date(2025, 9, 1), fifteen, roll=True) == date(2025, 9, 16)  # a working day stays


def test_hour_period_has_no_date_end() -> None:
    """An hour period runs from the time of the act (CC 201②), so end_of on a date refuses it."""
    with pytest.raises(ValueError, match="hour"):
        default_calendar().end_of(date(2025, 4, 8), Period(24, PeriodUnit.HOURS))


def test_period_parse() -> None:
    """A period is written 'N unit' in data, with one of the five units."""
    assert Period.parse("5 working_days") == Period(5, WD)
    assert Period.parse(" 3 months ") == Period(3, PeriodUnit.MONTHS)
    assert str(Period(7, PeriodUnit.DAYS)) == "7 days"
    for bad in ("5 weeks", "five days", "5", ""):
        with pytest.raises(ValueError, match="period"):
            Period.parse(bad)


# -- 6. latest start ("N日前") ------------------------------------------------------------------------------


def test_latest_notice_day_before_hearing() -> None:
    """"N日前" is met when notice date + N ≤ the hearing date (SPEC §2): for 7 working days before a hearing on
    2025-04-24 the latest notice day is 04-15, since 04-15 + 7 working days = 04-24."""
    cal = default_calendar()
    seven = Period(7, WD)
    hearing = date(2025, 4, 24)
    assert cal.latest_start(hearing, seven) == date(2025, 4, 15)
    assert cal.end_of(date(2025, 4, 14), seven) <= hearing
    assert cal.end_of(date(2025, 4, 15), seven) == hearing
    assert cal.end_of(date(2025, 4, 16), seven) > hearing


def test_latest_start_across_national_day_block() -> None:
    """Counting back 7 working days from 2025-10-16 passes the 8-day National Day block: any notice from 09-30 through
    the day off 10-08 gives 10-16, so 10-08 is the latest day and 09-30 the latest working day."""
    cal = default_calendar()
    seven = Period(7, WD)
    end = date(2025, 10, 16)
    latest = cal.latest_start(end, seven)
    assert latest == date(2025, 10, 8)
    for s in _days(date(2025, 9, 30), latest):
        assert cal.end_of(s, seven) == end, s
    assert cal.end_of(date(2025, 9, 29), seven) < end
    assert cal.end_of(latest + timedelta(days=1), seven) > end
    assert max(d for d in _days(date(2025, 9, 1), latest) if cal.is_working_day(d)) == date(2025, 9, 30)


# -- 7. within ----------------------------------------------------------------------------------------------


def test_within_both_sides_of_last_day() -> None:
    """An act on the last day of 5 working days from 2025-04-08 (04-15) is in time; the next day is late."""
    cal = default_calendar()
    five = Period(5, WD)
    assert cal.end_of(date(2025, 4, 8), five) == date(2025, 4, 15)
    assert cal.within(date(2025, 4, 8), five, date(2025, 4, 15)) is True
    assert cal.within(date(2025, 4, 8), five, date(2025, 4, 16)) is False


def test_within_answers_without_next_years_notice_when_it_cannot_matter() -> None:
    """n working days last at least n calendar days, and a period used up in loaded days is over, whatever 2027
    holds."""
    cal = default_calendar()
    assert cal.within(date(2026, 12, 20), Period(10, WD), date(2026, 12, 30)) is True
    assert cal.within(date(2026, 12, 10), Period(5, WD), date(2027, 1, 5)) is False  # used up by 2026-12-17
    with pytest.raises(CalendarCoverageError) as exc:
        cal.within(date(2026, 12, 20), Period(10, WD), date(2027, 1, 4))
    assert exc.value.needed_year == 2027


# -- 8. coverage -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "needed"),
    [
        (date(2027, 1, 4), 2027),
        (date(2003, 6, 2), 2003),
        (date(2026, 12, 29), 2027),
        (date(2026, 12, 30), 2027),
        (date(2026, 12, 31), 2027),
    ],
    ids=str,
)
def test_uncovered_day_raises(day: date, needed: int) -> None:
    """The calendar never guesses: a day whose notice is not loaded (29–31 Dec need next year's) raises."""
    cal = default_calendar()
    assert cal.covers(day) is False
    with pytest.raises(CalendarCoverageError) as exc:
        cal.is_working_day(day)
    assert exc.value.needed_year == needed
    assert exc.value.day == day


def test_last_covered_day_and_deadline_crossing_into_2027() -> None:
    """2026-12-28 is decided, but a working-day period running past it needs the 2027 notice."""
    cal = default_calendar()
    assert cal.covers(date(2026, 12, 28)) is True
    assert cal.is_working_day(date(2026, 12, 28)) is True
    with pytest.raises(CalendarCoverageError) as exc:
        cal.end_of(date(2026, 12, 20), Period(10, WD))
    assert exc.value.needed_year == 2027


# A MADE-UP 2027 arrangement, not the real notice: Fri 2027-01-01 off, Sat 2027-01-09 a working day.
_FAKE_2027_OFF = [date(2027, 1, 1)]
_FAKE_2027_WORK = [date(2027, 1, 9)]


def test_add_year_extends_coverage_and_is_honoured() -> None:
    """Loading a year's notice with add_year decides that year and 29–31 Dec before it, using the days given."""
    base = default_calendar()
    cal = base.add_year(2027, rest_days=_FAKE_2027_OFF, workdays=_FAKE_2027_WORK, note="test")
    for d in (date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 4)):
        assert cal.is_working_day(d) is True
    assert cal.is_working_day(date(2027, 1, 1)) is False
    assert cal.is_working_day(date(2027, 1, 9)) is True  # Saturday made a working day
    assert cal.is_working_day(date(2027, 1, 10)) is False  # ordinary Sunday
    assert cal.end_of(date(2026, 12, 20), Period(10, WD)) == date(2027, 1, 4)
    assert cal.within(date(2026, 12, 20), Period(10, WD), date(2027, 1, 4)) is True
    assert cal.within(date(2026, 12, 20), Period(10, WD), date(2027, 1, 5)) is False
    assert 2027 in cal.years
    assert cal.source == f"{base.source} + test"
    assert cal.describe()["years"][-1] == 2027
    assert not cal.covers(date(2027, 12, 29))  # needs 2028
    assert not base.covers(date(2027, 1, 4))  # the default calendar is unchanged


@pytest.mark.parametrize(
    ("rest", "work", "match"),
    [
        pytest.param([date(2028, 1, 3)], [], "outside the 2027", id="rest-day-of-another-year"),
        pytest.param([], [date(2026, 6, 6)], "outside the 2027", id="workday-of-another-year"),
        pytest.param([], [date(2027, 1, 4)], "is a weekday", id="weekday-as-weekend-workday"),
        pytest.param([date(2027, 1, 9)], [date(2027, 1, 9)], "both off and working", id="both-off-and-working"),
    ],
)
def test_add_year_refuses_inconsistent_data(rest: list[date], work: list[date], match: str) -> None:
    """add_year rejects a date outside the year, a weekday listed as 调休上班, and a day both off and working."""
    with pytest.raises(CalendarError, match=match):
        default_calendar().add_year(2027, rest_days=rest, workdays=work, note="test")


# -- 9. data files ------------------------------------------------------------------------------------------

_TOML_2027 = """\
source = "made-up 2027 test data"

[[year]]
year = 2027
off = [["2027-01-01", "2027-01-01"], ["2027-02-08", "2027-02-11"]]
work = ["2027-02-07"]
note = "MADE-UP 2027 arrangement for the test"
"""


def test_load_toml_file(tmp_path: Path) -> None:
    """A TOML data file of [[year]] tables adds that year's days off and 调休 working days."""
    path = tmp_path / "cal.toml"
    path.write_text(_TOML_2027, encoding="utf-8")
    cal = default_calendar().load_file(path)
    assert cal.is_working_day(date(2027, 1, 1)) is False
    assert cal.is_working_day(date(2027, 2, 8)) is False  # Monday inside the off range
    assert cal.is_working_day(date(2027, 2, 7)) is True  # Sunday made a working day
    assert cal.is_working_day(date(2027, 2, 12)) is True
    assert cal.is_working_day(date(2026, 12, 31)) is True
    assert "MADE-UP 2027" in cal.source


def test_load_json_file(tmp_path: Path) -> None:
    """A JSON data file of the same shape loads the same way."""
    data = {
        "year": [
            {"year": 2027, "off": [["2027-01-01", "2027-01-01"]], "work": ["2027-01-09"], "note": "MADE-UP json"},
        ],
    }
    path = tmp_path / "cal.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    cal = default_calendar().load_file(path)
    assert cal.is_working_day(date(2027, 1, 1)) is False
    assert cal.is_working_day(date(2027, 1, 9)) is True
    assert cal.is_working_day(date(2027, 1, 4)) is True
    assert cal.source.endswith("MADE-UP json")


_BAD_TOML = {
    "syntax": 'source = "x"\n[[year]\nyear = 2027\n',
    "unknown-key": '[[year]]\nyear = 2027\noff = []\nholidays = ["2027-01-01"]\n',
    "reversed-range": '[[year]]\nyear = 2027\noff = [["2027-01-03", "2027-01-01"]]\n',
    "not-a-date": '[[year]]\nyear = 2027\nwork = ["2027-02-30"]\n',
    "not-a-date-word": '[[year]]\nyear = 2027\noff = [["soon", "2027-01-01"]]\n',
    "range-not-a-pair": '[[year]]\nyear = 2027\noff = [["2027-01-01"]]\n',
    "no-year-table": 'source = "x"\n',
    "year-not-a-number": '[[year]]\nyear = "2027"\n',
    "off-not-a-list": '[[year]]\nyear = 2027\noff = 5\n',
    "work-not-a-list": '[[year]]\nyear = 2027\nwork = 5\n',
}


@pytest.mark.parametrize("text", list(_BAD_TOML.values()), ids=list(_BAD_TOML))
def test_malformed_toml_file_raises_calendar_error(tmp_path: Path, text: str) -> None:
    """A malformed calendar data file is reported as a CalendarError, never as another exception."""
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalendarError):
        default_calendar().load_file(path)


@pytest.mark.parametrize(
    "text",
    ['{"year": [', '{"year": [{"year": 2027, "extra": 1}]}', '[1, 2]', '{"year": [{"year": 2027, "work": [5]}]}'],
    ids=["syntax", "unknown-key", "not-an-object", "non-date"],
)
def test_malformed_json_file_raises_calendar_error(tmp_path: Path, text: str) -> None:
    """A malformed JSON calendar data file is reported as a CalendarError too."""
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalendarError):
        default_calendar().load_file(path)


def test_missing_file_raises_calendar_error(tmp_path: Path) -> None:
    """A calendar data file that cannot be read is reported as a CalendarError."""
    with pytest.raises(CalendarError):
        default_calendar().load_file(tmp_path / "missing.toml")


# -- 10. overrides --------------------------------------------------------------------------------------------


def test_regional_day_off_override_is_a_new_calendar() -> None:
    """A regional day off (MADE-UP example: 广西 壮族三月三 on Tue 2025-04-01) gives a new calendar; the old one is
    unchanged."""
    base = default_calendar()
    source_before = base.source
    note = "广西 壮族三月三 (made-up example)"
    regional = base.with_overrides(rest_days=[date(2025, 4, 1)], note=note)
    assert regional.is_working_day(date(2025, 4, 1)) is False
    reason = regional.skip_reason(date(2025, 4, 1))
    assert reason is not None
    assert reason.reason == "day_off"
    assert regional.source == f"{source_before} + {note}"
    assert regional.add_working_days(date(2025, 3, 31), 1) == date(2025, 4, 2)
    assert base.is_working_day(date(2025, 4, 1)) is True
    assert base.source == source_before
    assert base.add_working_days(date(2025, 3, 31), 1) == date(2025, 4, 1)


# -- 11. guard ---------------------------------------------------------------------------------------------


def test_installed_package_has_no_unreviewed_year() -> None:
    """The installed chinesecalendar's newest year equals the newest golden year (2026): when it ships 2027 data this
    fails, so that someone adds the 2027 notice's golden facts above."""
    from chinese_calendar import constants

    assert max(constants.holidays).year == max(GOLDEN_YEARS)
    assert max(default_calendar().years) == max(GOLDEN_YEARS)


# -- 12. skipped days ---------------------------------------------------------------------------------------


def test_skipped_between_national_day_2025() -> None:
    """A working-day period from 2025-09-30 to 10-16 passes over 9 rest days, each with why it is not a working day."""
    skipped = default_calendar().skipped_between(date(2025, 9, 30), date(2025, 10, 16))
    assert all(isinstance(s, SkippedDay) for s in skipped)
    weekend = {date(2025, 10, 4), date(2025, 10, 5), date(2025, 10, 12)}
    expected = [*_days(date(2025, 10, 1), date(2025, 10, 8)), date(2025, 10, 12)]
    assert [s.day for s in skipped] == expected
    for s in skipped:
        assert s.reason == ("weekend" if s.day in weekend else "day_off"), s
    assert skipped[0].as_dict()["date"] == "2025-10-01"


# -- 13. properties --------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(min_value=date(2021, 7, 15), max_value=date(2026, 11, 30)),
    n=st.integers(min_value=1, max_value=20),
    offset=st.integers(min_value=-3, max_value=3),
)
def test_add_working_days_properties(start: date, n: int, offset: int) -> None:
    """The n-th working day after start is a working day with exactly n working days in (start, end], and within()
    agrees with comparing against that end."""
    cal = default_calendar()
    end = cal.add_working_days(start, n)
    assert end > start
    assert cal.is_working_day(end)
    assert _working_days(cal, start + timedelta(days=1), end) == n
    period = Period(n, WD)
    assert cal.end_of(start, period) == end
    act = end + timedelta(days=offset)
    assert cal.within(start, period, act) == (act <= end)
