"""The business calendar: saving it (validation naming the field, permission, stale writes, audit),
holidays and make-up days, and counting working hours (examples and properties)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from customers_support import add_actor, audit_actions
from hypothesis import given
from hypothesis import strategies as st

from scrm_desktop.db import Database
from scrm_desktop.services import work_calendar as wcal
from scrm_desktop.services.errors import PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor

SH = ZoneInfo("Asia/Shanghai")
SPEC = wcal.CalendarSpec()  # 09:00–18:00, lunch 12:00–13:00, Monday to Friday, Shanghai
GOOD = {
    "day_start": "08:30",
    "day_end": "17:30",
    "lunch_start": "12:00",
    "lunch_end": "13:30",
    "weekdays": "123456",
    "timezone": "Asia/Shanghai",
}


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def add(
    start: dt.datetime, hours: int, days: dict[dt.date, bool] | None = None, spec: wcal.CalendarSpec = SPEC
) -> dt.datetime:
    return wcal.add_working_hours(spec, days or {}, start, hours).astimezone(SH)


# --- saving ------------------------------------------------------------------------------------------


def test_defaults_until_saved_and_reading_creates_nothing(db: Database, admin: Actor) -> None:
    with db.session() as session:
        first = wcal.get_calendar(session)
        again = wcal.get_calendar(session)
    assert first == again == wcal.CalendarSpec()
    assert first.version is None
    with db.session() as session:
        saved = wcal.update_calendar(session, admin, expected_version=None, **GOOD)
    assert (saved.day_start, saved.lunch_end, saved.weekdays, saved.version) == ("08:30", "13:30", "123456", 1)
    with db.session() as session:
        assert wcal.get_calendar(session) == saved
    assert audit_actions(db, "work_calendar") == ["work_calendar.update"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"day_start": "9:00"}, "day_start"),
        ({"day_start": "24:00"}, "day_start"),
        ({"day_end": "18:60"}, "day_end"),
        ({"day_start": "18:00", "day_end": "09:00"}, "day_end"),
        ({"day_end": "08:30"}, "day_end"),
        ({"lunch_start": "", "lunch_end": "13:00"}, "lunch_start"),
        ({"lunch_start": "12:00", "lunch_end": ""}, "lunch_end"),
        ({"lunch_start": "07:00", "lunch_end": "08:00"}, "lunch_start"),
        ({"lunch_start": "13:00", "lunch_end": "12:00"}, "lunch_start"),
        ({"lunch_start": "17:00", "lunch_end": "18:00"}, "lunch_start"),
        ({"weekdays": ""}, "weekdays"),
        ({"weekdays": "189"}, "weekdays"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"timezone": ""}, "timezone"),
    ],
)
def test_bad_calendars_are_refused_naming_the_field(
    db: Database, admin: Actor, changes: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as caught, db.session() as session:
        wcal.update_calendar(session, admin, expected_version=None, **{**GOOD, **changes})
    assert caught.value.field == field
    with db.session() as session:
        assert wcal.get_calendar(session).version is None


def test_no_lunch_break_is_allowed(db: Database, admin: Actor) -> None:
    with db.session() as session:
        saved = wcal.update_calendar(
            session, admin, expected_version=None, **{**GOOD, "lunch_start": "", "lunch_end": ""}
        )
    assert not saved.has_lunch
    assert saved.intervals() == ((dt.time(8, 30), dt.time(17, 30)),)


def test_only_company_editors_change_it_and_stale_saves_are_refused(db: Database, admin: Actor) -> None:
    dispatcher = add_actor(db, admin, "disp", ["dispatcher"])
    with pytest.raises(PermissionDenied), db.session() as session:
        wcal.update_calendar(session, dispatcher, expected_version=None, **GOOD)
    with pytest.raises(PermissionDenied), db.session() as session:
        wcal.set_days(session, dispatcher, [(dt.date(2026, 10, 1), False, "国庆节")])
    with db.session() as session:
        saved = wcal.update_calendar(session, admin, expected_version=None, **GOOD)
    with db.session() as session:
        wcal.update_calendar(session, admin, expected_version=saved.version, **{**GOOD, "day_end": "18:00"})
    # Saved by someone else since it was opened (with defaults, or at the older version).
    for stale in (None, saved.version):
        with pytest.raises(StaleWriteError) as caught, db.session() as session:
            wcal.update_calendar(session, admin, expected_version=stale, **GOOD)
        assert "管理员" in str(caught.value)


def test_holidays_and_make_up_days(db: Database, admin: Actor) -> None:
    with db.session() as session:
        wcal.set_days(
            session,
            admin,
            [
                (dt.date(2026, 10, 1), False, "国庆节"),
                (dt.date(2026, 10, 2), False, "国庆节"),
                (dt.date(2026, 10, 10), True, "调休"),
                (dt.date(2027, 1, 1), False, "元旦"),
            ],
        )
    with db.session() as session:
        wcal.set_days(session, admin, [(dt.date(2026, 10, 2), True, "  改为 上班 ")])
        wcal.remove_day(session, admin, dt.date(2026, 10, 10))
        wcal.remove_day(session, admin, dt.date(2026, 10, 11))  # none there: nothing happens
    with db.session() as session:
        days = wcal.list_days(session, 2026)
        everything = wcal.day_exceptions(session)
    assert days == [
        wcal.CalendarDayRow(dt.date(2026, 10, 1), False, "国庆节"),
        wcal.CalendarDayRow(dt.date(2026, 10, 2), True, "改为 上班"),
    ]
    assert everything == {dt.date(2026, 10, 1): False, dt.date(2026, 10, 2): True, dt.date(2027, 1, 1): False}
    assert audit_actions(db, "work_calendar") == ["work_calendar.set_day"] * 5 + ["work_calendar.remove_day"]
    with pytest.raises(ValidationError) as caught, db.session() as session:
        wcal.set_days(session, admin, [(dt.date(2026, 5, 1), False, "x" * 101)])
    assert caught.value.field == "note"


# --- counting working hours --------------------------------------------------------------------------


def test_friday_afternoon_plus_two_hours_is_monday_morning() -> None:
    friday = local(2026, 11, 20, 17)  # a Friday
    assert add(friday, 2) == local(2026, 11, 23, 10)


def test_lunch_is_not_counted_and_a_count_may_end_at_a_period_end() -> None:
    assert add(local(2026, 11, 23, 11), 2) == local(2026, 11, 23, 14)
    assert add(local(2026, 11, 23, 11), 1) == local(2026, 11, 23, 12)
    assert add(local(2026, 11, 20, 17), 1) == local(2026, 11, 20, 18)  # Friday 18:00, not Monday 09:00
    assert add(local(2026, 11, 23, 9), 8) == local(2026, 11, 23, 18)
    assert add(local(2026, 11, 23, 9), 9) == local(2026, 11, 24, 10)


def test_a_start_outside_working_time_counts_from_the_next_opening() -> None:
    assert add(local(2026, 11, 23, 7, 15), 1) == local(2026, 11, 23, 10)  # before opening
    assert add(local(2026, 11, 23, 12, 30), 1) == local(2026, 11, 23, 14)  # in the lunch break
    assert add(local(2026, 11, 23, 20), 1) == local(2026, 11, 24, 10)  # after closing
    assert add(local(2026, 11, 21, 10), 1) == local(2026, 11, 23, 10)  # Saturday


def test_holidays_are_skipped_and_make_up_days_worked() -> None:
    days = {dt.date(2026, 9, 30): False, dt.date(2026, 10, 1): False, dt.date(2026, 10, 10): True}
    # Tuesday 2026-09-29 17:00 + 2 h: 30 September and 1 October are holidays.
    assert add(local(2026, 9, 29, 17), 2, days) == local(2026, 10, 2, 10)
    # Friday 2026-10-09 17:00 + 2 h: Saturday the 10th is a make-up working day.
    assert add(local(2026, 10, 9, 17), 2, days) == local(2026, 10, 10, 10)


def test_the_calendar_zone_decides_what_local_time_is() -> None:
    utc_spec = wcal.CalendarSpec(timezone="UTC")
    start = dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.UTC)  # 09:00 in Shanghai, 01:00 in UTC
    assert wcal.add_working_hours(SPEC, {}, start, 1) == dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC)
    assert wcal.add_working_hours(utc_spec, {}, start, 1) == dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
    assert wcal.add_working_hours(SPEC, {}, start, 1).tzinfo == dt.UTC


def test_bad_arguments_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="aware"):
        wcal.add_working_hours(SPEC, {}, dt.datetime(2026, 11, 23, 9), 1)  # noqa: DTZ001 - the point
    with pytest.raises(ValueError, match="negative"):
        wcal.add_working_hours(SPEC, {}, local(2026, 11, 23, 9), -1)
    assert wcal.add_working_hours(SPEC, {}, local(2026, 11, 21, 3), 0) == local(2026, 11, 21, 3)


# --- properties ----------------------------------------------------------------------------------------

# hypothesis takes naive bounds and attaches the zones itself.
STARTS = st.datetimes(
    min_value=dt.datetime(2025, 1, 1),  # noqa: DTZ001
    max_value=dt.datetime(2027, 12, 31),  # noqa: DTZ001
    timezones=st.sampled_from([SH, dt.UTC]),
)
HOURS = st.integers(min_value=0, max_value=300)
HOLIDAYS = st.dictionaries(
    st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2028, 6, 30)), st.booleans(), max_size=40
)
SPECS = st.sampled_from(
    [
        SPEC,
        wcal.CalendarSpec(lunch_start="", lunch_end=""),
        wcal.CalendarSpec(
            day_start="08:00", day_end="20:30", lunch_start="11:45", lunch_end="12:15", weekdays="1234567"
        ),
        wcal.CalendarSpec(weekdays="6"),
    ]
)


@given(SPECS, HOLIDAYS, STARTS, HOURS)
def test_the_result_is_never_before_the_start(
    spec: wcal.CalendarSpec, days: dict[dt.date, bool], start: dt.datetime, hours: int
) -> None:
    assert wcal.add_working_hours(spec, days, start, hours) >= start


@given(SPECS, HOLIDAYS, STARTS, HOURS, HOURS)
def test_adding_twice_is_adding_the_sum(
    spec: wcal.CalendarSpec, days: dict[dt.date, bool], start: dt.datetime, h1: int, h2: int
) -> None:
    once = wcal.add_working_hours(spec, days, start, h1 + h2)
    twice = wcal.add_working_hours(spec, days, wcal.add_working_hours(spec, days, start, h1), h2)
    assert once == twice


@given(SPECS, HOLIDAYS, STARTS, st.integers(min_value=1, max_value=300))
def test_the_result_lies_in_working_time(
    spec: wcal.CalendarSpec, days: dict[dt.date, bool], start: dt.datetime, hours: int
) -> None:
    due = wcal.add_working_hours(spec, days, start, hours)
    assert wcal.working_time_at(spec, days, due)


@given(SPECS, HOLIDAYS, STARTS, HOURS, HOURS)
def test_more_hours_never_come_earlier(
    spec: wcal.CalendarSpec, days: dict[dt.date, bool], start: dt.datetime, h1: int, h2: int
) -> None:
    low, high = sorted((h1, h2))
    assert wcal.add_working_hours(spec, days, start, low) <= wcal.add_working_hours(spec, days, start, high)
    if low < high:
        assert wcal.add_working_hours(spec, days, start, low) < wcal.add_working_hours(spec, days, start, high)
