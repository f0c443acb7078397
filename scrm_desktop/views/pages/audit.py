"""The audit log: who changed what and when, read-only, with the before/after values of each entry."""

from __future__ import annotations

import json
import uuid
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import audit
from scrm_desktop.services.audit import AuditRow
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.labels import (
    action_label,
    entity_label,
    field_label,
    local_time,
    region_scope_label,
    roles_label,
)
from scrm_desktop.views.page import Page
from scrm_desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from scrm_desktop.views.widgets import HINT_COLOR, hint_label, setup_table

SEARCH_DELAY_MS = 250
ENTRY_LIMIT = 500
ENTITY_TYPES = ("user", "company")


def short_id(entity_id: str) -> str:
    """The tail of a long record id, enough to tell records apart in a list."""
    # UUIDv7 ids start with a timestamp, so rows created together share their first digits: keep the tail.
    return entity_id if len(entity_id) <= 10 else "…" + entity_id[-8:]


class AuditPage(Page):
    """Newest entries first, filtered by text and record type; the selected entry's changes below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[AuditRow] = RowTableModel(self._columns(), parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("audit-search")
        self.search_edit.setPlaceholderText(self.tr("Search user, action, record id or summary"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(300)
        # Each keystroke would be a query: wait until typing pauses.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())

        self.entity_combo = QComboBox()
        self.entity_combo.setObjectName("audit-entity")
        self.entity_combo.addItem(self.tr("All"), None)
        for entity_type in ENTITY_TYPES:
            self.entity_combo.addItem(entity_label(entity_type), entity_type)
        self.entity_combo.currentIndexChanged.connect(lambda _index: self.refresh())

        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(icon("mdi6.refresh", color="#37474f"))
        self.refresh_button.setIconSize(QSize(18, 18))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_button.clicked.connect(self.refresh)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 2)
        record_label = QLabel(self.tr("Record type:"))
        record_label.setBuddy(self.entity_combo)
        filters.addSpacing(8)
        filters.addWidget(record_label)
        filters.addWidget(self.entity_combo)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.view = QTableView()
        self.view.setObjectName("audit-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_details())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("audit-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            f"QLabel#audit-empty {{ color: {HINT_COLOR}; font-size: 15px; background: white;"
            " border: 1px solid #cfd4da; }"
        )
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.view)
        self.table_stack.addWidget(self.empty_label)

        self.details = QPlainTextEdit()
        self.details.setObjectName("audit-details")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an entry to see what it changed."))
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 6, 0, 0)
        details_layout.setSpacing(4)
        details_title = QLabel(self.tr("Changes"))
        bold = QFont(details_title.font())
        bold.setBold(True)
        details_title.setFont(bold)
        details_layout.addWidget(details_title)
        details_layout.addWidget(self.details)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_stack)
        splitter.addWidget(details_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.count_label = hint_label("")
        layout = self.header_layout(
            self.tr("Audit log"),
            self.tr(
                "Every change made in SCRM Desktop: who made it, when, and the values before and after. "
                "Entries cannot be edited or deleted."
            ),
        )
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self._show_details()

    def _columns(self) -> list[Column[AuditRow]]:
        timezone = self.ctx.actor.timezone
        return [
            Column(self.tr("Time"), lambda r: local_time(r.at, timezone), sort_key=lambda r: r.at.isoformat()),
            Column(self.tr("User"), lambda r: r.actor_name),
            Column(self.tr("Action"), lambda r: action_label(r.action)),
            Column(self.tr("Record"), self.entity_text, tooltip=lambda r: r.entity_id),
            Column(self.tr("Changes"), self.summary_text, tooltip=lambda r: "\n".join(self.change_lines(r))),
        ]

    # --- data -------------------------------------------------------------------------------

    def entity_text(self, row: AuditRow) -> str:
        """The Record column: the kind of record and what it is (its name, else its shortened id)."""
        return self.tr("{entity} {id}").format(
            entity=entity_label(row.entity_type), id=row.summary or short_id(row.entity_id)
        )

    def summary_text(self, row: AuditRow) -> str:
        """The Changes column: the changed values on one line."""
        # A new record's "before" is empty, so only its values are worth the room.
        before: dict[str, Any] = row.diff.get("before", {})
        after: dict[str, Any] = row.diff.get("after", {})
        if any(value is not None for value in before.values()):
            return "; ".join(self.change_lines(row))
        return "; ".join(
            self.tr("{field}: {value}").format(field=field_label(name), value=self.format_value(name, value))
            for name, value in after.items()
        )

    def filter_text(self) -> str:
        """The search text sent to the service."""
        return self.search_edit.text().strip()

    def filter_entity_type(self) -> str | None:
        """The chosen record type, or None for all."""
        value = self.entity_combo.currentData()
        return None if value is None else str(value)

    def refresh(self) -> None:
        """Query the service with the current filters, keeping the selected entry if still listed."""
        self.search_timer.stop()
        current = self.selected_entry()
        try:
            with self.ctx.db.session() as session:
                rows = audit.list_entries(
                    session,
                    self.ctx.actor,
                    text=self.filter_text(),
                    entity_type=self.filter_entity_type(),
                    limit=ENTRY_LIMIT,
                )
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        if current is not None:
            self.select_entry(current.id)
        self._show_empty_state()
        self._show_details()
        if len(rows) >= ENTRY_LIMIT:
            self.count_label.setText(
                self.tr("Showing the newest {count} entries. Narrow the search to see older ones.").format(
                    count=ENTRY_LIMIT
                )
            )
        else:
            self.count_label.setText(self.tr("Entries: {count}").format(count=len(rows)))

    def _show_empty_state(self) -> None:
        if self.model.rowCount():
            self.table_stack.setCurrentWidget(self.view)
            return
        if self.filter_text() or self.filter_entity_type():
            self.empty_label.setText(self.tr("No entries match the search. Change or clear the filter."))
        else:
            self.empty_label.setText(self.tr("The audit log has no entries yet."))
        self.table_stack.setCurrentWidget(self.empty_label)

    def visible_rows(self) -> list[AuditRow]:
        """The entries the table shows, in display order."""
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def selected_entry(self) -> AuditRow | None:
        """The entry of the selected row, or None."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]))

    def select_entry(self, entry_id: uuid.UUID) -> bool:
        """Select the row of ``entry_id``; False when it is not listed."""
        for source_row, row in enumerate(self.model.rows):
            if row.id == entry_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
                return True
        return False

    # --- details ------------------------------------------------------------------------------

    def format_value(self, field: str, value: Any) -> str:
        """A recorded field value as a reader wants it (role names, "whole country", Yes/No)."""
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if field == "roles" and isinstance(value, list):
            return roles_label(value) or "—"
        if field == "region_scope" and isinstance(value, list):
            return region_scope_label(value)
        if isinstance(value, list):
            return "、".join(str(v) for v in value) or "—"
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    def change_lines(self, row: AuditRow) -> list[str]:
        """One "field: before → after" line per changed field."""
        before: dict[str, Any] = row.diff.get("before", {})
        after: dict[str, Any] = row.diff.get("after", {})
        return [
            self.tr("{field}: {before} → {after}").format(
                field=field_label(name),
                before=self.format_value(name, before.get(name)),
                after=self.format_value(name, after.get(name)),
            )
            for name in [*after, *(k for k in before if k not in after)]
        ]

    def _show_details(self) -> None:
        row = self.selected_entry()
        if row is None:
            self.details.clear()
            return
        lines = [
            self.tr("{action} by {user} at {time}").format(
                action=action_label(row.action),
                user=row.actor_name,
                time=local_time(row.at, self.ctx.actor.timezone),
            ),
            self.tr("Record: {entity} {id}").format(entity=entity_label(row.entity_type), id=row.entity_id),
        ]
        if row.summary:
            lines.append(self.tr("Summary: {summary}").format(summary=row.summary))
        lines.append("")
        changes = self.change_lines(row)
        lines.extend(changes or [self.tr("This entry records no changed values.")])
        self.details.setPlainText("\n".join(lines))
