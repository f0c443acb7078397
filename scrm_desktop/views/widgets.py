"""Small building blocks every page and dialog shares, so they all look and behave alike."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon

ERROR_COLOR = "#c62828"
HINT_COLOR = "#616161"
ICON_COLOR = "#37474f"
DATE_FORMAT = "yyyy-MM-dd"


def setup_table(view: QTableView) -> None:
    """The look and behaviour every list of rows on these pages shares."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.setStyleSheet(
        "QTableView::item { padding: 0px 8px; }"
        "QHeaderView::section { padding: 5px 11px; background: #f4f6f9; border: none;"
        " border-right: 1px solid #e3e6ea; border-bottom: 1px solid #cfd4da; }"
    )
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def toolbar_of(actions: Sequence[QAction | None]) -> QToolBar:
    """A page's toolbar: each action's text beside its icon; None stands for a separator."""
    bar = QToolBar()
    bar.setIconSize(QSize(18, 18))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in actions:
        if action is None:
            bar.addSeparator()
        else:
            bar.addAction(action)
    return bar


def search_edit(placeholder: str, name: str) -> QLineEdit:
    """A search field with a magnifier in front and a button that clears it."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
    edit.setMinimumWidth(240)
    return edit


def show_toggle(action: QAction, activates: bool, activate_text: str, deactivate_text: str) -> None:
    """Let ``action`` say what it will do to the selected row: activate it again, or deactivate it."""
    if activates:
        action.setText(activate_text)
        action.setIcon(icon("mdi6.check-circle-outline", color=ICON_COLOR))
    else:
        action.setText(deactivate_text)
        action.setIcon(icon("mdi6.cancel", color=ICON_COLOR))


def page_title(text: str) -> QLabel:
    """The bold heading at the top of a page."""
    label = QLabel(text)
    label.setObjectName("page-title")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def hint_label(text: str) -> QLabel:
    """Grey explanatory text under a title or a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    return label


def field_column(*widgets: QWidget) -> QVBoxLayout:
    """Widgets stacked in one row of a form, such as an editor above the hint that explains it."""
    column = QVBoxLayout()
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return column


def error_label() -> QLabel:
    """An inline message for input the dialog itself refuses (hidden until needed)."""
    label = QLabel()
    label.setObjectName("dialog-error")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setVisible(False)
    return label


def date_text(value: dt.date | None) -> str:
    """A business date as ISO text, empty for none."""
    return value.isoformat() if value is not None else ""


def date_edit(value: dt.date | None = None) -> QDateEdit:
    """A date editor with a calendar popup, showing ``value`` or today."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate(value) if value is not None else QDate.currentDate())
    return edit


def combo_uuid(value: object) -> uuid.UUID | None:
    """The UUID a combo box item carries as its data, or None for the empty entry."""
    return uuid.UUID(str(value)) if value else None


class OptionalDate(QWidget):
    """A check box that switches a date on ("Starts on 2026-01-01") or off (no date)."""

    def __init__(self, text: str, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = date_edit(value)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value))
