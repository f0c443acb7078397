"""The page of a list of parties (service providers, installers): what both pages share.

Rows are loaded once per refresh and narrowed in memory by a predicate, the same test the service's
own filters use: a search text, one choice (a provider type, a provider), a region the party works
in, and whether inactive rows show. A row opens in its dialog, editable or read-only as
``may_edit`` says, and is deactivated rather than deleted. Every action opens one transaction and
calls one service function. Dialogs are opened with ``open()`` (window-modal, not blocking) so
tests drive them through their widgets.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QItemSelectionModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QTableView, QWidget

from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.page import Page
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.row_dialog import RowDialog
from scrm_desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, Index, RowTableModel
from scrm_desktop.views.widgets import hint_label, search_edit, setup_table, show_toggle, toolbar_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


class ListedRow(Protocol):
    """A row of a party list: known by its code and name, active or not."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def is_active(self) -> bool: ...


RowT = TypeVar("RowT", bound=ListedRow)
EditorT = TypeVar("EditorT", bound=RowDialog[Any])


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps the rows ``predicate(row)`` accepts (all without one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._predicate is None:
            return True
        model: RowTableModel[Any] = self.sourceModel()  # type: ignore[assignment]
        return self._predicate(model.rows[source_row])


class PartyListPage(Page, Generic[RowT, EditorT]):
    """A list of parties with its filters, the dialog of a row, and activating and deactivating.

    Subclasses give the columns (``_columns``), the filter (``matcher``, ``count_text``), who may
    change a row (``may_edit``), the dialog (``editor``), the service calls (``refresh`` through
    ``read`` and ``show_rows``, ``set_active``) and ``show_refusal``. They fill ``choice_filter``
    (a provider type, a provider) with ``set_choices``, set the placeholders of ``search`` and
    ``region_filter``, and call ``_build_actions`` and then ``lay_out``.
    """

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.MANAGE_PROVIDERS)
        self.dialog: QDialog | None = None
        self.model: RowTableModel[RowT] = RowTableModel(self._columns(), parent=self, dimmed=lambda r: not r.is_active)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.view = QTableView()
        self.view.setObjectName(f"{name}-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)

        self.search = search_edit("", f"{name}-search")
        self.search.textChanged.connect(lambda _text: self._apply_filter())
        self.choice_filter = QComboBox()
        self.choice_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.region_filter = RegionPicker()
        self.region_filter.setObjectName(f"{name}-region-filter")
        self.region_filter.setMinimumWidth(200)
        self.region_filter.textChanged.connect(lambda _text: self._apply_filter())
        self.inactive_box = QCheckBox(self.tr("Show inactive"))
        self.inactive_box.toggled.connect(lambda _on: self._apply_filter())
        self.count_label = hint_label("")
        self.notice_label = QLabel()
        self.notice_label.setObjectName(f"{name}-notice")

    def _build_actions(self, new_icon: str, new_text: str, new_slot: Callable[[], object]) -> None:
        self.new_action = self.page_action(new_icon, new_text, new_slot)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self.page_action("mdi6.pencil-outline", self.tr("Edit"), self.open_selected)
        self.toggle_action = self.page_action("mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        for act in (self.new_action, self.toggle_action):
            act.setVisible(self.can_edit)

    def lay_out(
        self, title: str, description: str, *, choice_stretch: int = 0, more_actions: Sequence[QAction] = ()
    ) -> None:
        """The page's layout under ``title`` and ``description``; ``more_actions`` go before Refresh."""
        top = QHBoxLayout()
        top.addWidget(
            toolbar_of(
                [self.new_action, self.edit_action, self.toggle_action, None, *more_actions, self.refresh_action]
            )
        )
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.choice_filter, choice_stretch)
        filters.addWidget(self.region_filter, 1)
        filters.addWidget(self.inactive_box)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)

        layout = self.header_layout(title, description)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self._update_actions()

    def status_column(self) -> Column[RowT]:
        return Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive"))

    # --- data -------------------------------------------------------------------------------

    def read(self, fetch: Callable[[Session], T]) -> T | None:
        """``fetch(session)`` in one transaction; None (after showing why) when the service refuses."""
        try:
            with self.ctx.db.session() as session:
                return fetch(session)
        except ScrmError as exc:
            self.show_refusal(exc)
            return None

    def show_rows(self, rows: Sequence[RowT]) -> None:
        """Show ``rows`` through the filters, keeping the selected row selected."""
        current = self.selected_row()
        self.model.set_rows(rows)
        self._apply_filter()
        if current is not None:
            self.select_row(current.id)

    def set_choices(self, everything: str, choices: Sequence[tuple[str, uuid.UUID]]) -> None:
        """Offer ``everything`` and then each (text, id) of ``choices`` in the choice filter, keeping its choice."""
        chosen = self.choice_filter.currentData()
        self.choice_filter.blockSignals(True)
        try:
            self.choice_filter.clear()
            self.choice_filter.addItem(everything, None)
            for text, choice_id in choices:
                self.choice_filter.addItem(text, str(choice_id))
            self.choice_filter.setCurrentIndex(max(0, self.choice_filter.findData(chosen)))
        finally:
            self.choice_filter.blockSignals(False)

    def _apply_filter(self) -> None:
        inactive = self.inactive_box.isChecked()
        self.proxy.set_predicate(self.matcher(self.search.text(), self.region_filter.code(), inactive))
        total = sum(1 for r in self.model.rows if r.is_active or inactive)
        self.count_label.setText(self.count_text(self.proxy.rowCount(), total))
        self._update_actions()

    def visible_rows(self) -> list[RowT]:
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def selected_row(self) -> RowT | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_row(self, row_id: uuid.UUID) -> bool:
        """Select the row with ``row_id``; False when it is unknown or filtered out."""
        for number, row in enumerate(self.model.rows):
            if row.id == row_id:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                if not index.isValid():
                    return False
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.view.scrollTo(index)
                return True
        return False

    def _update_actions(self) -> None:
        row = self.selected_row()
        editable = row is not None and self.may_edit(row)
        self.edit_action.setEnabled(row is not None)
        self.edit_action.setText(self.tr("Edit") if row is None or editable else self.tr("View"))
        self.toggle_action.setEnabled(editable)
        show_toggle(
            self.toggle_action, row is not None and not row.is_active, self.tr("Activate"), self.tr("Deactivate")
        )

    # --- actions ----------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _open_editor(self, dialog: EditorT) -> EditorT:
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def new_row(self) -> EditorT | None:
        if not self.can_edit:
            return None
        return self._open_editor(self.editor(None, read_only=False))

    def open_selected(self) -> EditorT | None:
        """Edit the selected row, or show it read-only when the actor may not change it."""
        row = self.selected_row()
        if row is None:
            return None
        return self._open_editor(self.editor(row, read_only=not self.may_edit(row)))

    def _saved(self, row: RowT) -> None:
        self.refresh()
        if not self.select_row(row.id):  # hidden by the filters: clear them
            self.search.clear()
            self.region_filter.clear()
            self.choice_filter.setCurrentIndex(0)
            self.select_row(row.id)
        self.notice_label.setText(self.tr("Saved {code} {name}.").format(code=row.code, name=row.name))

    def toggle_active(self) -> None:
        """Deactivate the selected row (once ``confirm_toggle`` agrees) or activate it again."""
        row = self.selected_row()
        if row is None or not self.may_edit(row) or not self.confirm_toggle(row):
            return
        try:
            with self.ctx.db.session() as session:
                saved = self.set_active(session, row, active=not row.is_active)
        except ScrmError as exc:
            self.show_refusal(exc)
            self.refresh()
            return
        if not saved.is_active:
            self.inactive_box.setChecked(True)
        self.refresh()
        self.select_row(saved.id)
        text = self.tr("{code} is active again.") if saved.is_active else self.tr("{code} was deactivated.")
        self.notice_label.setText(text.format(code=saved.code))

    def confirm_toggle(self, row: RowT) -> bool:
        """Whether to go on with activating or deactivating ``row`` (subclasses may ask first)."""
        return True

    # --- what each list says --------------------------------------------------------------------

    def _columns(self) -> list[Column[RowT]]:
        raise NotImplementedError

    def matcher(self, text: str, region: str | None, include_inactive: bool) -> Callable[[RowT], bool]:
        """The test of a row against the filters; the subclass adds its choice filter's value."""
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        """The footer's count of rows (``total`` counts inactive rows only while they show)."""
        raise NotImplementedError

    def may_edit(self, row: RowT) -> bool:
        raise NotImplementedError

    def editor(self, row: RowT | None, *, read_only: bool) -> EditorT:
        """The dialog that creates (``row`` None), edits or shows a row."""
        raise NotImplementedError

    def set_active(self, session: Session, row: RowT, *, active: bool) -> RowT:
        raise NotImplementedError

    def show_refusal(self, exc: ScrmError) -> None:
        """Show the service's refusal with ``views.errors.show_error``.

        Each page calls it from its own module, the one place its errors are shown from (tests
        replace ``show_error`` there).
        """
        raise NotImplementedError
