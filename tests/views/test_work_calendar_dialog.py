"""The work calendar dialog: working hours, weekdays and exception days, saved together or not at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import users, work_calendar
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.work_calendar import CalendarDayRow
from scrm_desktop.views import work_calendar_dialog
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.work_calendar_dialog import WorkCalendarDialog


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    """An administrator; the calendar has the National Day holiday 2026-10-01."""
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")
        work_calendar.set_days(session, actor, [(dt.date(2026, 10, 1), False, "国庆节")])
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    shown: list[BaseException] = []
    monkeypatch.setattr(work_calendar_dialog, "show_error", lambda _parent, exc: shown.append(exc))
    yield shown


def open_dialog(qtbot: QtBot, ctx: AppContext, year: int = 2026) -> WorkCalendarDialog:
    dialog = WorkCalendarDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(year)
    dialog.show()
    return dialog


def save(qtbot: QtBot, dialog: WorkCalendarDialog) -> None:
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def stored_days(ctx: AppContext, year: int = 2026) -> list[CalendarDayRow]:
    with ctx.db.session() as session:
        return work_calendar.list_days(session, year)


def test_shows_the_defaults_and_the_days_of_the_year(qtbot: QtBot, ctx: AppContext, qtmodeltester: Any) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert (dialog.day_start.time(), dialog.day_end.time()) == (QTime(9, 0), QTime(18, 0))
    assert dialog.lunch_check.isChecked() and dialog.lunch_start.time() == QTime(12, 0)
    assert [c.isChecked() for c in dialog.weekday_checks] == [True] * 5 + [False] * 2
    assert dialog.timezone_combo.currentText() == "Asia/Shanghai"
    model = dialog.days_model
    assert [model.index(0, c).data() for c in range(3)] == ["2026-10-01", dialog.tr("Day off (holiday)"), "国庆节"]
    qtmodeltester.check(model)
    dialog.year_spin.setValue(2027)
    assert model.rowCount() == 0


def test_change_hours_and_add_a_holiday_and_a_make_up_day(
    qtbot: QtBot, ctx: AppContext, errors: list[BaseException]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.day_start.setTime(QTime(8, 30))
    dialog.day_end.setTime(QTime(17, 30))
    dialog.lunch_check.setChecked(False)
    assert not dialog.lunch_start.isEnabled()
    dialog.weekday_checks[5].setChecked(True)  # Saturday is worked too
    dialog.new_day.setDate(QDate(2026, 10, 2))
    dialog.new_note.setText("国庆节")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.new_day.setDate(QDate(2026, 9, 27))
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData(True))
    dialog.new_note.setText("国庆调休")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [r.day.isoformat() for r in dialog.days_model.rows] == ["2026-09-27", "2026-10-01", "2026-10-02"]
    assert stored_days(ctx) == [CalendarDayRow(dt.date(2026, 10, 1), False, "国庆节")]  # nothing saved yet

    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    assert errors == [] and not dialog.isVisible()
    with ctx.db.session() as session:
        spec = work_calendar.get_calendar(session)
    assert (spec.day_start, spec.day_end, spec.lunch_start, spec.lunch_end) == ("08:30", "17:30", "", "")
    assert spec.weekdays == "123456"
    assert stored_days(ctx) == [
        CalendarDayRow(dt.date(2026, 9, 27), True, "国庆调休"),
        CalendarDayRow(dt.date(2026, 10, 1), False, "国庆节"),
        CalendarDayRow(dt.date(2026, 10, 2), False, "国庆节"),
    ]

    # Opened again, it shows what was saved.
    again = open_dialog(qtbot, ctx)
    assert again.day_start.time() == QTime(8, 30) and not again.lunch_check.isChecked()
    assert again.weekday_checks[5].isChecked()
    assert again.days_model.rowCount() == 3


def test_remove_a_day_in_another_year_and_cancel_keeps_everything(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx, year=2025)
    dialog.new_day.setDate(QDate(2026, 10, 1))
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData(True))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.year_spin.value() == 2026  # adding a day shows its year, with the day selected
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.days_model.rowCount() == 0
    dialog.reject()
    assert stored_days(ctx) == [CalendarDayRow(dt.date(2026, 10, 1), False, "国庆节")]

    dialog = open_dialog(qtbot, ctx)
    dialog.days_view.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert stored_days(ctx) == []


def test_a_refused_calendar_saves_nothing_and_the_dialog_stays_open(
    qtbot: QtBot, ctx: AppContext, errors: list[BaseException]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    for check in dialog.weekday_checks:
        check.setChecked(False)
    dialog.new_day.setDate(QDate(2026, 10, 3))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert len(errors) == 1 and isinstance(errors[0], ValidationError) and errors[0].field == "weekdays"
    assert dialog.isVisible()
    assert len(stored_days(ctx)) == 1  # the added day was not written either


def test_without_the_permission_the_calendar_is_read_only(qtbot: QtBot, ctx: AppContext) -> None:
    dispatcher = Actor(None, "d", "调度", frozenset({Role.DISPATCHER.value}))
    dialog = open_dialog(qtbot, AppContext(ctx.db, dispatcher, ctx.settings))
    assert dialog.button_box.button(QDialogButtonBox.StandardButton.Ok) is None
    assert not dialog.day_start.isEnabled() and not dialog.add_button.isEnabled()
    assert dialog.days_model.rowCount() == 1
