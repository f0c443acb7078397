"""Service providers (服务商): the list with its filters, the provider dialog (covered regions, bank
details) and the small editor of the provider-type list.

Rows are loaded once per refresh and narrowed in memory by ``parties.provider_matches``, the same
test the service's own filters use. Actors without ``MANAGE_PROVIDERS`` (finance looking up bank
details) and actors whose regions do not cover a provider see it read-only. Every action opens one
transaction and calls one function of ``services.parties``. Dialogs are opened with ``open()``
(window-modal, not blocking) so tests drive them through their widgets.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import parties
from scrm_desktop.services.errors import ScrmError, StaleWriteError
from scrm_desktop.services.parties import ProviderRow, ProviderTypeRow
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, Index, RowTableModel
from scrm_desktop.views.widgets import HINT_COLOR, combo_uuid, error_label, hint_label, setup_table

ICON_COLOR = "#37474f"
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# --- shared by the provider and installer pages -----------------------------------------------


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


class RegionListEditor(QWidget):
    """A list of regions: type or pick one, Add it, select one and Remove it.

    Adding a region already covered by one in the list changes nothing; adding a province
    removes the cities of it that are already listed.

    Signals:
        changed(): a region was added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = RegionPicker()
        self.add_button = QPushButton(icon("mdi6.map-marker-plus-outline", color=ICON_COLOR), self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(110)
        self.remove_button = QPushButton(icon("mdi6.close", color=ICON_COLOR), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = error_label()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.view, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.message)

    def codes(self) -> list[str]:
        return [str(self.model.item(r).data(CODE_ROLE)) for r in range(self.model.rowCount())]

    def set_codes(self, codes: Sequence[str]) -> None:
        self.model.clear()
        for code in codes:
            self._append(code)

    def _append(self, code: str) -> None:
        item = QStandardItem(region_index().path_name(code))
        item.setData(code, CODE_ROLE)
        item.setToolTip(code)
        self.model.appendRow(item)

    def add(self) -> bool:
        """Add the region the picker names; False (with a message) when it names none."""
        self.message.setVisible(False)
        if self.picker.is_empty():
            return True
        code = self.picker.code()
        if code is None:
            self.message.setText(
                self.tr("“{text}” is not one region. Pick one from the list or type its six-digit code.").format(
                    text=self.picker.text()
                )
            )
            self.message.setVisible(True)
            self.picker.setFocus()
            return False
        index = region_index()
        current = self.codes()
        if not any(index.is_within(code, c) for c in current):
            kept = [c for c in current if not index.is_within(c, code)]
            self.set_codes([*kept, code])
            self.changed.emit()
        self.picker.clear()
        return True

    def remove_selected(self) -> None:
        rows = sorted((i.row() for i in self.view.selectionModel().selectedRows()), reverse=True)
        for row in rows:
            self.model.removeRow(row)
        if rows:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.picker, self.add_button, self.remove_button):
            widget.setVisible(not read_only)


def toolbar_of(actions: Sequence[Any]) -> QToolBar:
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
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
    edit.setMinimumWidth(240)
    return edit


def select_row_by_id(view: QTableView, proxy: QSortFilterProxyModel, rows: Sequence[Any], row_id: uuid.UUID) -> bool:
    """Select the row with ``row_id``; False when it is unknown or filtered out."""
    source: RowTableModel[Any] = proxy.sourceModel()  # type: ignore[assignment]
    for number, row in enumerate(rows):
        if row.id == row_id:
            index = proxy.mapFromSource(source.index(number, 0))
            if not index.isValid():
                return False
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            view.scrollTo(index)
            return True
    return False


def focus_field(widgets: dict[str, QWidget], exc: ScrmError) -> None:
    widget = widgets.get(exc.field or "")
    if widget is not None:
        widget.setFocus()


# --- the provider dialog ------------------------------------------------------------------------


class ProviderDialog(QDialog):
    """Create (``row`` None) or edit a provider; ``read_only`` only shows it.

    Signals:
        saved(ProviderRow): the service saved the provider (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        types: Sequence[ProviderTypeRow],
        row: ProviderRow | None = None,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.read_only = read_only
        self.saved_row: ProviderRow | None = None
        if row is None:
            self.setWindowTitle(self.tr("New service provider"))
        elif read_only:
            self.setWindowTitle(self.tr("Service provider {code} {name}").format(code=row.code, name=row.name))
        else:
            self.setWindowTitle(self.tr("Edit {code} {name}").format(code=row.code, name=row.name))
        self.setMinimumWidth(640)

        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText(self.tr("e.g. GZ-HT (letters, digits, - _ .)"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(parties.MAX_PROVIDER_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. 广州天河恒通机电安装服务部"))
        self.type_combo = QComboBox()
        for kind in types:
            if kind.is_active or (row is not None and kind.id == row.provider_type_id):
                self.type_combo.addItem(kind.name, str(kind.id))  # findData() cannot compare UUID objects
        self.contact_edit = QLineEdit()
        self.contact_edit.setMaxLength(parties.MAX_CONTACT)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(parties.MAX_ADDRESS)
        self.regions = RegionListEditor()
        self.bank_name_edit = QLineEdit()
        self.bank_name_edit.setMaxLength(parties.MAX_BANK_NAME)
        self.bank_name_edit.setPlaceholderText(self.tr("Bank and branch, e.g. 中国工商银行广州天河支行"))
        self.bank_account_edit = QLineEdit()
        self.bank_account_edit.setMaxLength(40)
        self.account_name_edit = QLineEdit()
        self.account_name_edit.setMaxLength(parties.MAX_ACCOUNT_NAME)
        self.account_name_edit.setPlaceholderText(self.tr("Usually the provider's registered name"))
        self.tax_id_edit = QLineEdit()
        self.tax_id_edit.setMaxLength(20)
        self.tax_id_edit.setPlaceholderText(self.tr("18-character unified social credit code"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setMaxLength(parties.MAX_NOTES)

        main = QFormLayout()
        main.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        main.addRow(self.tr("Code:"), self.code_edit)
        main.addRow(self.tr("Name:"), self.name_edit)
        main.addRow(self.tr("Provider type:"), self.type_combo)
        main.addRow(self.tr("Contact person:"), self.contact_edit)
        main.addRow(self.tr("Phone:"), self.phone_edit)
        main.addRow(self.tr("Address:"), self.address_edit)
        regions_column = QVBoxLayout()
        regions_column.setSpacing(2)
        regions_column.addWidget(self.regions)
        regions_column.addWidget(self._regions_hint())
        main.addRow(self.tr("Covered regions:"), regions_column)
        main.addRow(self.tr("Notes:"), self.notes_edit)

        bank = QGroupBox(self.tr("Bank and tax"))
        bank_form = QFormLayout(bank)
        bank_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        bank_form.addRow(self.tr("Bank:"), self.bank_name_edit)
        account_column = QVBoxLayout()
        account_column.setSpacing(2)
        account_column.addWidget(self.bank_account_edit)
        if row is not None and row.pii_masked and row.bank_account and not read_only:
            account_column.addWidget(
                hint_label(self.tr("The account number is hidden. Leave it to keep it, or type the full new number."))
            )
        bank_form.addRow(self.tr("Account number:"), account_column)
        bank_form.addRow(self.tr("Account holder:"), self.account_name_edit)
        bank_form.addRow(self.tr("Tax ID:"), self.tax_id_edit)

        self.message = error_label()
        buttons = QDialogButtonBox.StandardButton.Close if read_only else (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )  # fmt: skip
        self.button_box = QDialogButtonBox(buttons)
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Create") if row is None else self.tr("Save"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(main)
        layout.addWidget(bank)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)
        if row is not None:
            self._show_row(row)
        if read_only:
            self._make_read_only()
        self.code_edit.setFocus()

    def _regions_hint(self) -> QWidget:
        scope = sorted(self.ctx.actor.region_scope)
        if scope:
            text = self.tr(
                "Each region includes everything inside it. You may choose regions inside {regions}."
            ).format(regions="、".join(region_index().path_name(code) for code in scope))
        else:
            text = self.tr("Each region includes everything inside it, e.g. 广州市 covers all its districts.")
        return hint_label(text)

    def _show_row(self, row: ProviderRow) -> None:
        self.code_edit.setText(row.code)
        self.name_edit.setText(row.name)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(str(row.provider_type_id))))
        self.contact_edit.setText(row.contact_name)
        self.phone_edit.setText(row.phone)
        self.address_edit.setText(row.address)
        self.regions.set_codes(row.region_codes)
        self.bank_name_edit.setText(row.bank_name)
        self.bank_account_edit.setText(row.bank_account)
        self.account_name_edit.setText(row.account_name)
        self.tax_id_edit.setText(row.tax_id)
        self.notes_edit.setText(row.notes)

    def _make_read_only(self) -> None:
        for edit in (
            self.code_edit,
            self.name_edit,
            self.contact_edit,
            self.phone_edit,
            self.address_edit,
            self.bank_name_edit,
            self.bank_account_edit,
            self.account_name_edit,
            self.tax_id_edit,
            self.notes_edit,
        ):
            edit.setReadOnly(True)
        self.type_combo.setEnabled(False)
        self.regions.set_read_only(True)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "code": self.code_edit,
            "name": self.name_edit,
            "provider_type_id": self.type_combo,
            "contact_name": self.contact_edit,
            "phone": self.phone_edit,
            "address": self.address_edit,
            "region_codes": self.regions.picker,
            "bank_name": self.bank_name_edit,
            "bank_account": self.bank_account_edit,
            "account_name": self.account_name_edit,
            "tax_id": self.tax_id_edit,
            "notes": self.notes_edit,
        }

    def accept(self) -> None:
        """Save through the service; stay open when the input or the service refuses."""
        if self.read_only:
            super().accept()
            return
        self.message.setVisible(False)
        if not self.regions.add():  # a region typed but not added yet counts too
            return
        type_id = combo_uuid(self.type_combo.currentData())
        if type_id is None:
            self.message.setText(self.tr("Choose a provider type. Add one with “Provider types…” first."))
            self.message.setVisible(True)
            return
        fields: dict[str, Any] = {
            "code": self.code_edit.text(),
            "name": self.name_edit.text(),
            "provider_type_id": type_id,
            "contact_name": self.contact_edit.text(),
            "phone": self.phone_edit.text(),
            "address": self.address_edit.text(),
            "bank_name": self.bank_name_edit.text(),
            "bank_account": self.bank_account_edit.text(),
            "account_name": self.account_name_edit.text(),
            "tax_id": self.tax_id_edit.text(),
            "notes": self.notes_edit.text(),
            "region_codes": self.regions.codes(),
        }
        try:
            with self.ctx.db.session() as session:
                if self.row is None:
                    saved = parties.create_provider(session, self.ctx.actor, **fields)
                else:
                    saved = parties.update_provider(
                        session, self.ctx.actor, self.row.id, expected_version=self.row.version, **fields
                    )
        except ScrmError as exc:
            show_error(self, exc)
            focus_field(self.field_widgets(), exc)
            return
        self.saved_row = saved
        self.saved.emit(saved)
        super().accept()


# --- the provider types -------------------------------------------------------------------------


class ProviderTypesDialog(QDialog):
    """The editable list of provider types: add, rename, reorder, deactivate.

    Signals:
        changed(): the list was changed (the page reloads its type filter).
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.can(Permission.MANAGE_PROVIDERS)
        self.setWindowTitle(self.tr("Provider types"))
        self.setMinimumSize(520, 420)
        self.model: RowTableModel[ProviderTypeRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Providers"), lambda r: r.provider_count, NUMBER),
                Column(self.tr("Rules"), lambda r: r.rule_count, NUMBER),
                Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
            ],
            parent=self,
            dimmed=lambda r: not r.is_active,
        )
        self.view = QTableView()
        self.view.setObjectName("provider-types-table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # the order is what this dialog edits
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(parties.MAX_TYPE_NAME)
        self.name_edit.setPlaceholderText(self.tr("Name of a new type, or the new name of the selected one"))
        self.add_button = self._button("mdi6.plus", self.tr("Add"), self.add_type)
        self.rename_button = self._button("mdi6.rename-box", self.tr("Rename"), self.rename_type)
        self.up_button = self._button("mdi6.arrow-up", self.tr("Move up"), lambda: self.move_selected(-1))
        self.down_button = self._button("mdi6.arrow-down", self.tr("Move down"), lambda: self.move_selected(1))
        self.toggle_button = self._button("mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.name_edit, 1)
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.rename_button)
        order_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.toggle_button):
            order_row.addWidget(button)
        order_row.addStretch(1)
        self.notice = QLabel()
        self.notice.setObjectName("provider-types-notice")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tier rules and owner rules match providers by the name of their type, so a type that "
                    "rules use cannot be renamed. Inactive types stay on their providers but are no longer offered."
                )
            )
        )
        layout.addWidget(self.view, 1)
        if self.can_edit:
            layout.addLayout(edit_row)
            layout.addLayout(order_row)
        layout.addWidget(self.notice)
        layout.addWidget(close)
        self.reload()

    def _button(self, icon_name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(icon_name, color=ICON_COLOR), text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def reload(self, select: uuid.UUID | None = None) -> None:
        current = self.selected_row()
        keep = select or (current.id if current is not None else None)
        try:
            with self.ctx.db.session() as session:
                rows = parties.list_provider_types(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        if keep is not None:
            for number, row in enumerate(rows):
                if row.id == keep:
                    self.view.selectionModel().setCurrentIndex(
                        self.model.index(number, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                    )
        self._selection_changed()

    def selected_row(self) -> ProviderTypeRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.name_edit.setText(row.name)
        position = self.model.rows.index(row) if row is not None else -1
        self.rename_button.setEnabled(row is not None)
        self.up_button.setEnabled(position > 0)
        self.down_button.setEnabled(0 <= position < len(self.model.rows) - 1)
        self.toggle_button.setEnabled(row is not None)
        self.toggle_button.setText(
            self.tr("Activate") if row is not None and not row.is_active else self.tr("Deactivate")
        )
        if row is not None and row.rule_count:
            self.rename_button.setToolTip(
                self.tr("{count} rules use this name; it cannot be renamed.").format(count=row.rule_count)
            )
        else:
            self.rename_button.setToolTip(self.tr("Rename the selected type"))

    def _run(self, action: Callable[[Any], Any]) -> Any:
        """Run ``action(session)`` in one transaction; None (after showing why) when refused."""
        try:
            with self.ctx.db.session() as session:
                return action(session)
        except ScrmError as exc:
            show_error(self, exc)
            if isinstance(exc, StaleWriteError):
                self.reload()
            return None

    def add_type(self) -> None:
        saved = self._run(lambda s: parties.create_provider_type(s, self.ctx.actor, name=self.name_edit.text()))
        if saved is not None:
            self.reload(select=saved.id)
            self.notice.setText(self.tr("Added the provider type {name}.").format(name=saved.name))
            self.changed.emit()

    def rename_type(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        saved = self._run(
            lambda s: parties.rename_provider_type(
                s, self.ctx.actor, row.id, expected_version=row.version, name=self.name_edit.text()
            )
        )
        if saved is not None:
            self.reload(select=saved.id)
            self.notice.setText(self.tr("Renamed {old} to {new}.").format(old=row.name, new=saved.name))
            self.changed.emit()

    def move_selected(self, offset: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        ids = [r.id for r in self.model.rows]
        position = ids.index(row.id)
        target = position + offset
        if not 0 <= target < len(ids):
            return
        ids[position], ids[target] = ids[target], ids[position]
        if self._run(lambda s: parties.reorder_provider_types(s, self.ctx.actor, ids)) is not None:
            self.reload(select=row.id)
            self.changed.emit()

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        saved = self._run(
            lambda s: parties.set_provider_type_active(
                s, self.ctx.actor, row.id, expected_version=row.version, active=not row.is_active
            )
        )
        if saved is not None:
            self.reload(select=saved.id)
            self.changed.emit()


# --- the page -----------------------------------------------------------------------------------


class ProvidersPage(Page):
    """The list of service providers with filters and the actions on them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.MANAGE_PROVIDERS)
        self.dialog: QDialog | None = None
        self.types: list[ProviderTypeRow] = []
        self.model: RowTableModel[ProviderRow] = RowTableModel(
            self._columns(), parent=self, dimmed=lambda r: not r.is_active
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.view = QTableView()
        self.view.setObjectName("providers-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.open_provider())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)

        self._build_actions()
        self.search = search_edit(self.tr("Search code, name, contact, phone or address"), "providers-search")
        self.search.textChanged.connect(lambda _text: self._apply_filter())
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("providers-type-filter")
        self.type_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.region_filter = RegionPicker()
        self.region_filter.setObjectName("providers-region-filter")
        self.region_filter.setPlaceholderText(self.tr("Working in region, e.g. 天河区"))
        self.region_filter.setMinimumWidth(200)
        self.region_filter.textChanged.connect(lambda _text: self._apply_filter())
        self.inactive_box = QCheckBox(self.tr("Show inactive"))
        self.inactive_box.toggled.connect(lambda _on: self._apply_filter())

        top = QHBoxLayout()
        top.addWidget(
            toolbar_of(
                [self.new_action, self.edit_action, self.toggle_action, None, self.types_action, self.refresh_action]
            )
        )
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.region_filter, 1)
        filters.addWidget(self.inactive_box)

        self.count_label = hint_label("")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("providers-notice")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)

        layout = self.header_layout(
            self.tr("Service providers"),
            self.tr(
                "The companies and service points whose installers do the work, with the regions they cover "
                "and the bank details statements are paid to. Providers are never deleted, only deactivated."
            ),
        )
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self._update_actions()

    def _columns(self) -> list[Column[ProviderRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Type"), lambda r: r.provider_type),
            Column(
                self.tr("Covered regions"),
                lambda r: parties.regions_label(r.region_codes),
                tooltip=lambda r: "\n".join(r.region_paths),
            ),
            Column(self.tr("Contact"), lambda r: r.contact_name),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(
                self.tr("Installers"),
                lambda r: r.installer_count,
                NUMBER,
            ),
            Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
        ]

    def _build_actions(self) -> None:
        self.new_action = self.page_action("mdi6.plus", self.tr("New provider"), self.new_provider)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self.page_action("mdi6.pencil-outline", self.tr("Edit"), self.open_provider)
        self.toggle_action = self.page_action("mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        self.types_action = self.page_action(
            "mdi6.format-list-bulleted-type", self.tr("Provider types…"), self.edit_types
        )
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        for act in (self.new_action, self.toggle_action):
            act.setVisible(self.can_edit)

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload types and providers (called when the page is shown)."""
        current = self.selected_row()
        try:
            with self.ctx.db.session() as session:
                types = parties.list_provider_types(session, self.ctx.actor)
                rows = parties.list_providers(session, self.ctx.actor, include_inactive=True)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self._set_types(types)
        self.model.set_rows(rows)
        self._apply_filter()
        if current is not None:
            self.select_provider(current.id)

    def _set_types(self, types: list[ProviderTypeRow]) -> None:
        self.types = types
        chosen = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        try:
            self.type_filter.clear()
            self.type_filter.addItem(self.tr("All types"), None)
            for kind in types:
                self.type_filter.addItem(kind.name, str(kind.id))
            self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(chosen)))
        finally:
            self.type_filter.blockSignals(False)

    def _apply_filter(self) -> None:
        type_id = combo_uuid(self.type_filter.currentData())
        region = self.region_filter.code()
        text = self.search.text()
        inactive = self.inactive_box.isChecked()
        self.proxy.set_predicate(
            lambda row: parties.provider_matches(
                row, text=text, provider_type_id=type_id, region_code=region, include_inactive=inactive
            )
        )
        total = sum(1 for r in self.model.rows if r.is_active or inactive)
        shown = self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("Providers: {count}").format(count=total))
        else:
            self.count_label.setText(self.tr("Showing {shown} of {total} providers").format(shown=shown, total=total))
        self._update_actions()

    def visible_rows(self) -> list[ProviderRow]:
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def selected_row(self) -> ProviderRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_provider(self, provider_id: uuid.UUID) -> bool:
        return select_row_by_id(self.view, self.proxy, self.model.rows, provider_id)

    def may_edit(self, row: ProviderRow) -> bool:
        return parties.may_edit_provider(self.ctx.actor, row.region_codes)

    def _update_actions(self) -> None:
        row = self.selected_row()
        editable = row is not None and self.may_edit(row)
        self.edit_action.setEnabled(row is not None)
        self.edit_action.setText(self.tr("Edit") if row is None or editable else self.tr("View"))
        self.toggle_action.setEnabled(editable)
        if row is not None and not row.is_active:
            self.toggle_action.setText(self.tr("Activate"))
            self.toggle_action.setIcon(icon("mdi6.check-circle-outline", color=ICON_COLOR))
        else:
            self.toggle_action.setText(self.tr("Deactivate"))
            self.toggle_action.setIcon(icon("mdi6.cancel", color=ICON_COLOR))

    # --- actions ----------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_provider(self) -> ProviderDialog | None:
        if not self.can_edit:
            return None
        dialog = ProviderDialog(self.ctx, self.types, parent=self)
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def open_provider(self) -> ProviderDialog | None:
        """Edit the selected provider, or show it read-only when the actor may not change it."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = ProviderDialog(self.ctx, self.types, row, read_only=not self.may_edit(row), parent=self)
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def _saved(self, row: ProviderRow) -> None:
        self.refresh()
        if not self.select_provider(row.id):  # hidden by the filters: clear them
            self.search.clear()
            self.region_filter.clear()
            self.type_filter.setCurrentIndex(0)
            self.select_provider(row.id)
        self.notice_label.setText(self.tr("Saved {code} {name}.").format(code=row.code, name=row.name))

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None or not self.may_edit(row):
            return
        with_installers = row.is_active and row.installer_count > 0
        if with_installers and not self.confirm(
            self.tr("Deactivate provider"),
            self.tr(
                "{name} has {count} active installers. Deactivate the provider and its installers? "
                "They stay in the history and can be activated again."
            ).format(name=row.name, count=row.installer_count),
        ):
            return
        try:
            with self.ctx.db.session() as session:
                saved = parties.set_provider_active(
                    session,
                    self.ctx.actor,
                    row.id,
                    expected_version=row.version,
                    active=not row.is_active,
                    deactivate_installers=with_installers,
                )
        except ScrmError as exc:
            show_error(self, exc)
            self.refresh()
            return
        if not saved.is_active:
            self.inactive_box.setChecked(True)
        self.refresh()
        self.select_provider(saved.id)
        text = self.tr("{code} is active again.") if saved.is_active else self.tr("{code} was deactivated.")
        self.notice_label.setText(text.format(code=saved.code))

    def edit_types(self) -> ProviderTypesDialog:
        dialog = ProviderTypesDialog(self.ctx, self)
        dialog.changed.connect(self.refresh)
        self._open(dialog)
        return dialog
