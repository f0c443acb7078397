"""The work calendar (工作日历) SLA due times are counted in: working hours, lunch break, working
weekdays, time zone, and the dated exceptions (holidays and make-up working days, 调休).

Everything the dialog changes is kept in the dialog until Save, which writes it in one
transaction through ``work_calendar.update_calendar``, ``set_days`` and ``remove_day``; Cancel
leaves the calendar as it was. Exceptions are shown one year at a time and may be edited in
several years before saving. Someone who may not edit company settings sees the calendar read-only.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import work_calendar
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.work_calendar import CalendarDayRow, CalendarSpec
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.row_dialog import RowDialog
from scrm_desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from scrm_desktop.views.widgets import ICON_COLOR, date_edit, date_text, hint_label, setup_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TIME_FORMAT = "HH:mm"
# The zones offered first; any other IANA name can be typed (the service checks it).
TIMEZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")
YEAR_RANGE = (2000, 2100)


def _time_edit(text: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, TIME_FORMAT) if text else QTime(12, 0))
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def _time_text(edit: QTimeEdit) -> str:
    return edit.time().toString(TIME_FORMAT)


class WorkCalendarDialog(RowDialog[Any]):
    """Edit the work calendar and its exception days; Save writes everything at once.

    Signals:
        saved(object): inherited; the ``CalendarSpec`` as saved (the dialog then closes).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        may_edit = ctx.actor.can(Permission.EDIT_COMPANY)
        super().__init__(ctx, None, read_only=not may_edit, parent=parent)
        self.spec = CalendarSpec()
        self.saved_days: dict[int, dict[dt.date, CalendarDayRow]] = {}  # per year, as in the database
        self.days: dict[int, dict[dt.date, CalendarDayRow]] = {}  # per year, as edited here
        self.setWindowTitle(self.tr("Work calendar"))
        self.setMinimumSize(620, 640)

        self.day_start = _time_edit(self.spec.day_start)
        self.day_end = _time_edit(self.spec.day_end)
        self.lunch_check = QCheckBox(self.tr("from"))
        self.lunch_start = _time_edit(self.spec.lunch_start)
        self.lunch_end = _time_edit(self.spec.lunch_end)
        self.lunch_check.toggled.connect(lambda _on: self._update_enabled())
        weekday_names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        self.weekday_checks = [QCheckBox(name) for name in weekday_names]
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(list(TIMEZONES))

        self.year_spin = QSpinBox()
        self.year_spin.setRange(*YEAR_RANGE)
        self.year_spin.setValue(dt.datetime.now(dt.UTC).year)
        self.year_spin.valueChanged.connect(self.show_year)
        self.days_model: RowTableModel[CalendarDayRow] = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: date_text(r.day)),
                Column(self.tr("Kind"), self.kind_text),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            parent=self,
        )
        self.days_view = QTableView()
        self.days_view.setObjectName("calendar-days")
        self.days_view.setModel(self.days_model)
        setup_table(self.days_view)
        self.days_view.setSortingEnabled(False)  # by date, as the service lists them
        self.days_view.horizontalHeader().setStretchLastSection(True)
        self.days_view.selectionModel().selectionChanged.connect(lambda *_: self._update_enabled())
        self.new_day = date_edit()
        self.new_kind = QComboBox()
        self.new_kind.addItem(self.tr("Day off (holiday)"), False)
        self.new_kind.addItem(self.tr("Working day (make-up day)"), True)
        self.new_note = QLineEdit()
        self.new_note.setMaxLength(work_calendar.MAX_NOTE)
        self.new_note.setPlaceholderText(self.tr("e.g. 国庆节"))
        self.add_button = QPushButton(icon("mdi6.plus", color=ICON_COLOR), self.tr("Add"))
        self.add_button.setObjectName("calendar-add-day")
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(icon("mdi6.delete-outline", color=ICON_COLOR), self.tr("Remove"))
        self.remove_button.setObjectName("calendar-remove-day")
        self.remove_button.clicked.connect(self.remove_selected)

        intro = hint_label(
            self.tr(
                "Time limits (SLA) of workflow steps count working hours only: on working days, "
                "between the start and the end of the day, without the lunch break."
            )
        )
        parts: list[QWidget] = [intro, self._hours_box(), self._days_box()]
        if self.read_only:
            parts.append(hint_label(self.tr("Only someone who may edit the company settings can change it.")))
        self.row = self.spec  # the Save button says "Save", not "Create"
        self.finish_layout(*parts)
        self.load()

    def _hours_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Working hours"))
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.day_end)
        hours.addStretch(1)
        lunch = QHBoxLayout()
        lunch.addWidget(self.lunch_check)
        lunch.addWidget(self.lunch_start)
        lunch.addWidget(QLabel(self.tr("to")))
        lunch.addWidget(self.lunch_end)
        lunch.addStretch(1)
        weekdays = QHBoxLayout()
        for check in self.weekday_checks:
            weekdays.addWidget(check)
        weekdays.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Working day:"), hours)
        form.addRow(self.tr("Lunch break:"), lunch)
        form.addRow(self.tr("Working weekdays:"), weekdays)
        form.addRow(self.tr("Time zone:"), self.timezone_combo)
        return box

    def _days_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Holidays and make-up working days"))
        year = QHBoxLayout()
        year.addWidget(QLabel(self.tr("Year:")))
        year.addWidget(self.year_spin)
        year.addStretch(1)
        year.addWidget(self.remove_button)
        adding = QHBoxLayout()
        adding.addWidget(self.new_day)
        adding.addWidget(self.new_kind)
        adding.addWidget(self.new_note, 1)
        adding.addWidget(self.add_button)
        column = QVBoxLayout(box)
        column.addLayout(year)
        column.addWidget(self.days_view, 1)
        column.addLayout(adding)
        column.addWidget(hint_label(self.tr("A listed day overrides the working weekdays above.")))
        return box

    def kind_text(self, row: CalendarDayRow) -> str:
        return self.tr("Working day (make-up day)") if row.is_workday else self.tr("Day off (holiday)")

    # --- showing ------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the calendar and the exceptions of the shown year."""
        try:
            with self.ctx.db.session() as session:
                self.spec = work_calendar.get_calendar(session)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.show_spec(self.spec)
        self.show_year(self.year_spin.value())

    def show_spec(self, spec: CalendarSpec) -> None:
        self.day_start.setTime(QTime.fromString(spec.day_start, TIME_FORMAT))
        self.day_end.setTime(QTime.fromString(spec.day_end, TIME_FORMAT))
        self.lunch_check.setChecked(spec.has_lunch)
        if spec.has_lunch:
            self.lunch_start.setTime(QTime.fromString(spec.lunch_start, TIME_FORMAT))
            self.lunch_end.setTime(QTime.fromString(spec.lunch_end, TIME_FORMAT))
        for number, check in enumerate(self.weekday_checks, start=1):
            check.setChecked(str(number) in spec.weekdays)
        self.timezone_combo.setCurrentText(spec.timezone)
        self._update_enabled()

    def _year_days(self, year: int) -> dict[dt.date, CalendarDayRow] | None:
        """The edited exceptions of ``year``, read from the database the first time."""
        if year not in self.days:
            try:
                with self.ctx.db.session() as session:
                    rows = work_calendar.list_days(session, year)
            except ScrmError as exc:
                show_error(self, exc)
                return None
            self.saved_days[year] = {r.day: r for r in rows}
            self.days[year] = dict(self.saved_days[year])
        return self.days[year]

    def show_year(self, year: int) -> None:
        days = self._year_days(year)
        self.days_model.set_rows(sorted((days or {}).values(), key=lambda r: r.day))
        self._update_enabled()

    def _update_enabled(self) -> None:
        editable = not self.read_only
        for widget in (
            self.day_start,
            self.day_end,
            self.lunch_check,
            self.timezone_combo,
            self.new_day,
            self.new_kind,
            self.new_note,
            self.add_button,
            *self.weekday_checks,
        ):
            widget.setEnabled(editable)
        self.lunch_start.setEnabled(editable and self.lunch_check.isChecked())
        self.lunch_end.setEnabled(editable and self.lunch_check.isChecked())
        self.remove_button.setEnabled(editable and bool(self.days_view.selectionModel().selectedRows()))

    # --- editing the exceptions -----------------------------------------------------------------

    def add_day(self) -> None:
        """Add (or replace) the exception typed in the row under the table, and show its year."""
        day: dt.date = self.new_day.date().toPython()  # type: ignore[assignment]
        days = self._year_days(day.year)
        if days is None:
            return
        days[day] = CalendarDayRow(day, bool(self.new_kind.currentData()), " ".join(self.new_note.text().split()))
        self.new_note.clear()
        if self.year_spin.value() != day.year:
            self.year_spin.setValue(day.year)  # shows the year
        else:
            self.show_year(day.year)
        for number, row in enumerate(self.days_model.rows):
            if row.day == day:
                self.days_view.selectionModel().setCurrentIndex(
                    self.days_model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )

    def remove_selected(self) -> None:
        """Drop the selected exception: that day follows the working weekdays again."""
        selected = self.days_view.selectionModel().selectedRows()
        if not selected:
            return
        row: CalendarDayRow = selected[0].data(ROW_ROLE)
        self.days.get(row.day.year, {}).pop(row.day, None)
        self.show_year(self.year_spin.value())

    def day_changes(self) -> tuple[list[tuple[dt.date, bool, str]], list[dt.date]]:
        """What Save writes: the exceptions added or changed, and the days no longer exceptions."""
        changed: list[tuple[dt.date, bool, str]] = []
        removed: list[dt.date] = []
        for year, days in self.days.items():
            saved = self.saved_days[year]
            changed += [(r.day, r.is_workday, r.note) for d, r in sorted(days.items()) if saved.get(d) != r]
            removed += sorted(d for d in saved if d not in days)
        return changed, removed

    # --- saving -------------------------------------------------------------------------------

    def weekdays(self) -> str:
        return "".join(str(n) for n, check in enumerate(self.weekday_checks, start=1) if check.isChecked())

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget to focus for each field name the service's errors may carry."""
        return {
            "day_start": self.day_start,
            "day_end": self.day_end,
            "lunch_start": self.lunch_start,
            "lunch_end": self.lunch_end,
            "weekdays": self.weekday_checks[0],
            "timezone": self.timezone_combo,
            "day": self.new_day,
            "note": self.new_note,
        }

    def input_fields(self) -> dict[str, Any]:
        lunch = self.lunch_check.isChecked()
        return {
            "day_start": _time_text(self.day_start),
            "day_end": _time_text(self.day_end),
            "lunch_start": _time_text(self.lunch_start) if lunch else "",
            "lunch_end": _time_text(self.lunch_end) if lunch else "",
            "weekdays": self.weekdays(),
            "timezone": self.timezone_combo.currentText().strip(),
        }

    def save(self, session: Session, fields: dict[str, Any]) -> CalendarSpec:
        """The hours and the exception days, in the one transaction of ``session``."""
        changed, removed = self.day_changes()
        actor = self.ctx.actor
        spec = work_calendar.update_calendar(session, actor, expected_version=self.spec.version, **fields)
        work_calendar.set_days(session, actor, changed)
        for day in removed:
            work_calendar.remove_day(session, actor, day)
        return spec

    def show_refusal(self, exc: ScrmError) -> None:
        show_error(self, exc)
