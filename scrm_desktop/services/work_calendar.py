"""The business calendar SLA due times are counted in: working hours, working weekdays, holidays
(节假日) and make-up working days (调休).

One calendar per database (``WorkCalendar``; defaults until someone saves it) plus dated
exceptions (``WorkCalendarDay``). ``add_working_hours`` is pure: the workflow engine loads the
calendar and its exceptions once and counts many due times from memory.

Working time is counted on the wall clock of the calendar's time zone: a day from 09:00 to 18:00
with lunch from 12:00 to 13:00 has eight working hours, also on a day a daylight-saving clock
change would make longer or shorter (China has none; the rule only has to be stated somewhere).

Reading needs no permission (every user sees due times); changing the calendar needs
``EDIT_COMPANY``. Every change is audited.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from scrm_desktop.models import WorkCalendar, WorkCalendarDay
from scrm_desktop.services import audit
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, Text, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require

AUDITED_FIELDS = ("day_start", "day_end", "lunch_start", "lunch_end", "weekdays", "timezone")
MAX_NOTE = 100
# A calendar with no working day ahead would make the count run forever: give up after this many days.
MAX_DAYS_AHEAD = 366 * 20
_TIME_RE = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


@dataclass(frozen=True)
class CalendarSpec:
    """The working hours: times as ``HH:MM``; ``lunch_start``/``lunch_end`` both empty for no lunch break.

    ``version`` is the row's lock version (None while nothing is saved: pass it back as is).
    """

    day_start: str = "09:00"
    day_end: str = "18:00"
    lunch_start: str = "12:00"
    lunch_end: str = "13:00"
    weekdays: str = "12345"  # ISO weekdays normally worked
    timezone: str = "Asia/Shanghai"
    id: uuid.UUID | None = None
    version: int | None = None

    @property
    def has_lunch(self) -> bool:
        return bool(self.lunch_start and self.lunch_end)

    def intervals(self) -> tuple[tuple[dt.time, dt.time], ...]:
        """The working periods of a working day, in order."""
        start, end = _time(self.day_start), _time(self.day_end)
        if not self.has_lunch:
            return ((start, end),)
        return ((start, _time(self.lunch_start)), (_time(self.lunch_end), end))

    def is_workday(self, day: dt.date, days: Mapping[dt.date, bool]) -> bool:
        """Whether ``day`` is worked: an exception decides, else the weekday pattern."""
        found = days.get(day)
        if found is not None:
            return found
        return str(day.isoweekday()) in self.weekdays


@dataclass(frozen=True)
class CalendarDayRow:
    day: dt.date
    is_workday: bool
    note: str


def _time(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


# --- reading -------------------------------------------------------------------------------------


def get_calendar(session: Session) -> CalendarSpec:
    """The saved calendar, or the defaults (9:00–18:00, lunch 12:00–13:00, Monday to Friday, Shanghai)."""
    row = session.scalar(select(WorkCalendar).order_by(WorkCalendar.created_at).limit(1))
    if row is None:
        return CalendarSpec()
    return CalendarSpec(
        day_start=row.day_start,
        day_end=row.day_end,
        lunch_start=row.lunch_start,
        lunch_end=row.lunch_end,
        weekdays=row.weekdays,
        timezone=row.timezone,
        id=row.id,
        version=row.version,
    )


def list_days(session: Session, year: int) -> list[CalendarDayRow]:
    """The holidays and make-up working days of ``year``, by date."""
    stmt = (
        select(WorkCalendarDay)
        .where(WorkCalendarDay.day >= dt.date(year, 1, 1), WorkCalendarDay.day <= dt.date(year, 12, 31))
        .order_by(WorkCalendarDay.day)
    )
    return [CalendarDayRow(d.day, d.is_workday, d.note) for d in session.scalars(stmt)]


def day_exceptions(session: Session, since: dt.date | None = None) -> dict[dt.date, bool]:
    """Every exception (from ``since`` on): date → worked, for ``add_working_hours``."""
    stmt = select(WorkCalendarDay.day, WorkCalendarDay.is_workday)
    if since is not None:
        stmt = stmt.where(WorkCalendarDay.day >= since)
    return {day: bool(worked) for day, worked in session.execute(stmt)}


# --- changing ------------------------------------------------------------------------------------


def _clean_time(value: str, field: str, *, optional: bool = False) -> str:
    text = (value or "").strip()
    if not text and optional:
        return ""
    if not _TIME_RE.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not a time of day; write it as HH:MM, for example 09:00."),
            field=field,
            text=text,
        )
    return text


def _clean_spec(
    *, day_start: str, day_end: str, lunch_start: str, lunch_end: str, weekdays: str, timezone: str
) -> CalendarSpec:
    start = _clean_time(day_start, "day_start")
    end = _clean_time(day_end, "day_end")
    if start >= end:  # HH:MM strings order like the times they name
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The working day must end after it starts."), field="day_end"
        )
    l_start = _clean_time(lunch_start, "lunch_start", optional=True)
    l_end = _clean_time(lunch_end, "lunch_end", optional=True)
    if bool(l_start) != bool(l_end):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Give both the start and the end of the lunch break, or neither."),
            field="lunch_end" if l_start else "lunch_start",
        )
    if l_start and not (start < l_start < l_end < end):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "The lunch break must start after the working day starts and end before it ends."
            ),
            field="lunch_start",
        )
    days = "".join(sorted(set((weekdays or "").replace(" ", "").replace(",", ""))))
    if not days or any(ch not in "1234567" for ch in days):
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Choose at least one working weekday."), field="weekdays")
    zone = (timezone or "").strip()
    if not _valid_zone(zone):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{zone}” is not a time zone (for example Asia/Shanghai)."),
            field="timezone",
            zone=zone,
        )
    return CalendarSpec(start, end, l_start, l_end, days, zone)


def _valid_zone(name: str) -> bool:
    if not name or name not in available_timezones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def update_calendar(
    session: Session,
    actor: Actor,
    *,
    expected_version: int | None,
    day_start: str,
    day_end: str,
    lunch_start: str,
    lunch_end: str,
    weekdays: str,
    timezone: str,
) -> CalendarSpec:
    """Save the working hours. ``expected_version`` None means "nothing was saved when I opened it"."""
    require(actor, Permission.EDIT_COMPANY)
    spec = _clean_spec(
        day_start=day_start,
        day_end=day_end,
        lunch_start=lunch_start,
        lunch_end=lunch_end,
        weekdays=weekdays,
        timezone=timezone,
    )
    row = session.scalar(select(WorkCalendar).order_by(WorkCalendar.created_at).limit(1))
    before: dict[str, object] = {}
    if row is None:
        row = WorkCalendar()
        session.add(row)
    else:
        # Someone saved the calendar since it was opened with defaults: version 0 never matches.
        check_version(session, row, expected_version or 0, _label(), actor)
        before = audit.snapshot(row, AUDITED_FIELDS)
    with stale_guard(session, row, _label(), actor):
        row.day_start = spec.day_start
        row.day_end = spec.day_end
        row.lunch_start = spec.lunch_start
        row.lunch_end = spec.lunch_end
        row.weekdays = spec.weekdays
        row.timezone = spec.timezone
        row.updated_by_id = actor.user_id
    audit.record(
        session,
        actor,
        "work_calendar.update",
        "work_calendar",
        row.id,
        before=before,
        after=audit.snapshot(row, AUDITED_FIELDS),
        summary=f"{spec.day_start}–{spec.day_end} {spec.weekdays}",
    )
    return get_calendar(session)


def _label() -> str:
    return Text(QT_TRANSLATE_NOOP("ScrmError", "The work calendar"))


def set_days(session: Session, actor: Actor, days: Iterable[tuple[dt.date, bool, str]]) -> list[CalendarDayRow]:
    """Add or change exceptions: (date, worked, note) — a holiday is ``False``, a make-up day ``True``."""
    require(actor, Permission.EDIT_COMPANY)
    cleaned: dict[dt.date, tuple[bool, str]] = {}
    for day, worked, note in days:
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Choose a date."), field="day")
        text = " ".join((note or "").split())
        if len(text) > MAX_NOTE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "The note must not be longer than {n} characters."),
                field="note",
                n=MAX_NOTE,
            )
        cleaned[day] = (bool(worked), text)
    if not cleaned:
        return []
    existing = {
        d.day: d for d in session.scalars(select(WorkCalendarDay).where(WorkCalendarDay.day.in_(list(cleaned))))
    }
    for day, (worked, note) in sorted(cleaned.items()):
        row = existing.get(day)
        before = None if row is None else {"is_workday": row.is_workday, "note": row.note}
        if row is None:
            row = WorkCalendarDay(day=day)
            session.add(row)
        row.is_workday = worked
        row.note = note
        audit.record(
            session,
            actor,
            "work_calendar.set_day",
            "work_calendar_day",
            day.isoformat(),
            before=before,
            after={"is_workday": worked, "note": note},
            summary=f"{day.isoformat()} {note}",
        )
    session.flush()
    return [CalendarDayRow(day, worked, note) for day, (worked, note) in sorted(cleaned.items())]


def remove_day(session: Session, actor: Actor, day: dt.date) -> None:
    """Remove an exception: the day follows the weekday pattern again (nothing happens if there was none)."""
    require(actor, Permission.EDIT_COMPANY)
    row = session.get(WorkCalendarDay, day)
    if row is None:
        return
    before = {"is_workday": row.is_workday, "note": row.note}
    session.execute(delete(WorkCalendarDay).where(WorkCalendarDay.day == day))
    audit.record(
        session,
        actor,
        "work_calendar.remove_day",
        "work_calendar_day",
        day.isoformat(),
        before=before,
        summary=str(day),
    )


# --- counting working time -----------------------------------------------------------------------


def add_working_hours(spec: CalendarSpec, days: Mapping[dt.date, bool], start: dt.datetime, hours: int) -> dt.datetime:
    """The moment ``hours`` working hours after ``start`` (aware), as UTC.

    Only working time counts: working weekdays (exceptions first: holidays off, make-up days on),
    between the day's start and end, minus the lunch break, on the wall clock of the calendar's
    zone. A start outside working time counts from the next opening. A count that ends exactly
    at the end of a working period gives that end (Friday 17:00 + 1 h is Friday 18:00, not
    Monday 09:00); zero hours gives ``start`` itself.

    Raises:
        ValueError: for a naive ``start``, negative hours, or no working day within 20 years.
    """
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    if hours < 0:
        raise ValueError("hours must not be negative")
    if hours == 0:
        return start.astimezone(dt.UTC)
    zone = ZoneInfo(spec.timezone)
    wall = start.astimezone(zone).replace(tzinfo=None)
    remaining = dt.timedelta(hours=hours)
    periods = spec.intervals()
    day = wall.date()
    for _ in range(MAX_DAYS_AHEAD):
        if spec.is_workday(day, days):
            for opens, closes in periods:
                begin = dt.datetime.combine(day, opens)
                end = dt.datetime.combine(day, closes)
                if wall >= end:
                    continue
                begin = max(begin, wall)
                available = end - begin
                if remaining <= available:
                    return (begin + remaining).replace(tzinfo=zone).astimezone(dt.UTC)
                remaining -= available
        day += dt.timedelta(days=1)
    raise ValueError("the calendar has no working day ahead")


def working_time_at(spec: CalendarSpec, days: Mapping[dt.date, bool], moment: dt.datetime) -> bool:
    """Whether ``moment`` lies in working time, both ends of a working period included."""
    wall = moment.astimezone(ZoneInfo(spec.timezone)).replace(tzinfo=None)
    if not spec.is_workday(wall.date(), days):
        return False
    clock = wall.time()
    return any(opens <= clock <= closes for opens, closes in spec.intervals())
