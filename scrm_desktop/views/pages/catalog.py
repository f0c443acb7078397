"""The catalog pages: service items (项目库), spare parts (备件库) and service packages (服务包).

``ServiceItemsPage`` and ``SparePartsPage`` are one implementation (``CatalogItemsPage``)
parameterised by kind: the category tree on the left ("all categories" on top, item counts),
the items of that kind in a table that the tree and the search box narrow in memory, and the
actions. Rows the signed-in user may not change (a national row for a branch editor) carry a lock;
the actions on them are disabled with a tooltip that says why, and double-clicking shows them
read-only. Every action opens one transaction and calls one function of ``services.catalog``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QRegularExpression,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import catalog
from scrm_desktop.services.catalog import CategoryRow, ItemRow, PackageRow
from scrm_desktop.services.errors import ScrmError, StaleWriteError
from scrm_desktop.services.money import parse_quantity
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.catalog_dialogs import CategoryDialog, ItemDialog
from scrm_desktop.views.catalog_models import (
    CATEGORY,
    CODE,
    COMPLEXITY,
    NAME,
    OWNER,
    SPEC,
    UNIT,
    CategoryTreeModel,
    EditLine,
    ItemCells,
    ItemFilter,
    ItemFilterProxy,
    ItemTableModel,
    PackageLinesModel,
    compact,
    subtree_ids,
)
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.table_model import ROW_ROLE, Column, Index, RowTableModel
from scrm_desktop.views.widgets import HINT_COLOR, error_label, hint_label, setup_table, toolbar_of

QUANTITY_PATTERN = r"\d{0,9}([.]\d{0,3})?"
ITEM_COLUMN_WIDTHS = {CODE: 185, NAME: 230, UNIT: 50, SPEC: 160, CATEGORY: 140, COMPLEXITY: 64, OWNER: 130}
ICON_COLOR = "#37474f"


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "service": QCoreApplication.translate("CatalogPages", "Service"),
        "part": QCoreApplication.translate("CatalogPages", "Part"),
    }
    return labels.get(kind, kind)


class OwnerLabels:
    """``全国`` or the region path of an owner code, cached (20,000 rows share a few owners)."""

    def __init__(self, national: str) -> None:
        self.national = national
        self.index = region_index()
        self.cache: dict[str | None, str] = {None: national}

    def __call__(self, code: str | None) -> str:
        found = self.cache.get(code)
        if found is None:
            found = self.cache[code] = self.index.path_name(code) if code else self.national
        return found


def make_action(owner: QWidget, icon_name: str, text: str, slot: Callable[[], object]) -> QAction:
    act = QAction(icon(icon_name, color=ICON_COLOR), text, owner)
    act.triggered.connect(slot)
    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the page is shown
    owner.addAction(act)
    return act


# --- items and parts --------------------------------------------------------------------------


class CatalogItemsPage(Page):
    """The category tree, the list of items of ``KIND`` and the actions on them."""

    KIND = "service"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.can_edit = catalog.may_edit_any(actor)
        self.can_edit_categories = actor.can(Permission.EDIT_NATIONAL_CATALOG)
        self.dialog: QDialog | None = None
        self.categories: list[CategoryRow] = []
        self._category_id: uuid.UUID | None = None
        self.owner_labels = OwnerLabels(self.tr("National"))

        self.tree_model = CategoryTreeModel(self.tr("All categories"), [self.tr("Category"), self.tr("Items")], self)
        self.model = ItemTableModel(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Unit"),
                self.spec_title(),
                self.tr("Category"),
                self.tr("Complexity"),
                self.tr("Owner region"),
                self.tr("Status"),
            ],
            ItemCells(self.owner_labels, self.tr("Active"), self.tr("Inactive")),
            lambda owner: catalog.may_edit(actor, owner),
            self,
        )
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("catalog-search")
        self.search_edit.setPlaceholderText(self.tr("Search code, name or specification"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(280)
        self.search_edit.textChanged.connect(lambda _text: self._apply_filter())
        self.inactive_box = QCheckBox(self.tr("Show inactive"))
        self.inactive_box.toggled.connect(lambda _on: self._apply_filter())

        self.toolbar = toolbar_of([self.new_action, self.edit_action, self.toggle_action, None, self.refresh_action])
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.inactive_box)
        top.addWidget(self.search_edit)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_tree())
        splitter.addWidget(self._build_table())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 940])

        self.count_label = hint_label("")
        self.count_label.setObjectName("catalog-count")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("catalog-notice")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)

        layout = self.header_layout(self.page_title_text(), self.page_description())
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        self._update_actions()

    # --- texts of the two kinds (overridden) ----------------------------------------------

    def page_title_text(self) -> str:
        return self.tr("Service items")

    def page_description(self) -> str:
        return ""

    def spec_title(self) -> str:
        return self.tr("Description")

    def new_text(self) -> str:
        return self.tr("New item")

    # --- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = make_action(self, "mdi6.plus", self.new_text(), self.new_item)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = make_action(self, "mdi6.pencil-outline", self.tr("Edit"), self.edit_item)
        self.toggle_action = make_action(self, "mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        self.refresh_action = make_action(self, "mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        for act in (self.new_action, self.edit_action, self.toggle_action):
            act.setVisible(self.can_edit)  # readers get no dead buttons

    def _build_tree(self) -> QWidget:
        self.tree = QTreeView()
        self.tree.setObjectName("catalog-categories")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._category_changed)

        self.new_category_button = self._tool_button("mdi6.folder-plus-outline", self.tr("New"))
        self.new_category_button.clicked.connect(self.new_category)
        self.edit_category_button = self._tool_button("mdi6.folder-edit-outline", self.tr("Edit"))
        self.edit_category_button.clicked.connect(self.edit_category)
        self.delete_category_button = self._tool_button("mdi6.folder-remove-outline", self.tr("Delete"))
        self.category_tips = {
            self.new_category_button: self.tr("New category under the selected one"),
            self.edit_category_button: self.tr("Rename or move the selected category"),
            self.delete_category_button: self.tr("Delete the selected category (only when it is empty)"),
        }
        self.delete_category_button.clicked.connect(self.delete_category)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for button in (self.new_category_button, self.edit_category_button, self.delete_category_button):
            buttons.addWidget(button)
            button.setVisible(self.can_edit)
        buttons.addStretch(1)

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.tree, 1)
        column.addLayout(buttons)
        box.setMinimumWidth(220)
        return box

    def _tool_button(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name, color=ICON_COLOR))
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    def _build_table(self) -> QWidget:
        self.view = QTableView()
        self.view.setObjectName("catalog-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        header = self.view.horizontalHeader()
        # Sizing to contents would measure 20,000 rows on every change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ITEM_COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicatorClearable(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.doubleClicked.connect(lambda _index: self.open_item())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)
        return self.view

    # --- loading and filtering ------------------------------------------------------------

    def refresh(self) -> None:
        """Reload categories and items (called whenever the page is shown)."""
        current = self.selected_row()
        try:
            with self.ctx.db.session() as session:
                categories = catalog.list_categories(session, self.ctx.actor, self.KIND)
                rows = catalog.list_items(session, self.ctx.actor, kind=self.KIND, include_inactive=True)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.categories = categories
        self.model.set_rows(rows)
        self._reload_tree()
        self._apply_filter()
        if current is not None:
            self.select_item(current.id)

    def _reload_tree(self) -> None:
        counts: dict[uuid.UUID | None, int] = {}
        for row in self.model.rows:
            if row.is_active:
                counts[row.category_id] = counts.get(row.category_id, 0) + 1
        keep = self._category_id
        self.tree.selectionModel().blockSignals(True)
        try:
            self.tree_model.set_categories(self.categories, counts)
        finally:
            self.tree.selectionModel().blockSignals(False)
        self.tree.expandAll()
        if keep is not None and not self.tree_model.index_of(keep).isValid():
            keep = None
        self.set_category(keep)

    def set_category(self, category_id: uuid.UUID | None) -> None:
        """Show the items of ``category_id`` and its subcategories (None: all)."""
        index = self.tree_model.index_of(category_id)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._category_id = category_id
        self._apply_filter()

    def set_search(self, text: str) -> None:
        self.search_edit.setText(text)

    def _category_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.siblingAtColumn(0).data(ROW_ROLE) if current.isValid() else None
        self._category_id = row.id if row is not None else None
        self._apply_filter()

    def current_category(self) -> CategoryRow | None:
        return next((c for c in self.categories if c.id == self._category_id), None)

    def _apply_filter(self) -> None:
        current = self.selected_row()
        self.proxy.set_filter(
            ItemFilter(
                compact(self.search_edit.text()),
                subtree_ids(self.categories, self._category_id),
                self.inactive_box.isChecked(),
            )
        )
        if current is not None:
            self.select_item(current.id, scroll=False)
        locale = QLocale()
        total = sum(1 for r in self.model.rows if r.is_active or self.inactive_box.isChecked())
        shown = self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("Rows: {count}").format(count=locale.toString(total)))
        else:
            self.count_label.setText(
                self.tr("Showing {shown} of {total} rows").format(
                    shown=locale.toString(shown), total=locale.toString(total)
                )
            )
        self._update_actions()

    def visible_rows(self) -> list[ItemRow]:
        rows = self.model.rows
        return [rows[r] for r in self.proxy.source_rows()]

    def selected_row(self) -> ItemRow | None:
        chosen = self.view.selectionModel().selectedRows()
        if not chosen:
            return None
        row: ItemRow = chosen[0].data(ROW_ROLE)
        return row

    def select_item(self, item_id: uuid.UUID, *, scroll: bool = True) -> bool:
        position = self.model.find(item_id)
        if position < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if scroll:
            self.view.scrollTo(index)
        return True

    # --- what the actor may do ------------------------------------------------------------

    def refusal(self, owner: str | None) -> str:
        """Why the actor may not change a row of ``owner`` ("" when it may)."""
        if catalog.may_edit(self.ctx.actor, owner):
            return ""
        if owner is None:
            return self.tr(
                "This row belongs to the national catalog. Only administrators and pricing managers can change it."
            )
        return self.tr("This row belongs to {region}, outside your regions.").format(region=self.owner_labels(owner))

    def _update_actions(self) -> None:
        row = self.selected_row()
        why = self.refusal(row.owner_region_code) if row is not None else ""
        for act, tip in ((self.edit_action, self.tr("Edit the selected row")), (self.toggle_action, "")):
            act.setEnabled(row is not None and not why)
            act.setToolTip(why or tip or act.text())
        if row is not None and not row.is_active:
            self.toggle_action.setText(self.tr("Activate"))
            self.toggle_action.setIcon(icon("mdi6.check-circle-outline", color=ICON_COLOR))
        else:
            self.toggle_action.setText(self.tr("Deactivate"))
            self.toggle_action.setIcon(icon("mdi6.cancel", color=ICON_COLOR))
        if why:
            self.toggle_action.setToolTip(why)
        category_why = (
            ""
            if self.can_edit_categories
            else self.tr("Only administrators and pricing managers can change the categories.")
        )
        chosen = self.current_category()
        for button in (self.new_category_button, self.edit_category_button, self.delete_category_button):
            enabled = self.can_edit_categories and (button is self.new_category_button or chosen is not None)
            button.setEnabled(enabled)
            button.setToolTip(category_why or self.category_tips[button])

    # --- items ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_item(self) -> QDialog:
        dialog = ItemDialog(self.ctx, self.KIND, self.categories, category_id=self._category_id, parent=self)
        dialog.saved.connect(self._item_saved)
        return self._open(dialog)

    def edit_item(self) -> QDialog | None:
        row = self.selected_row()
        if row is None or self.refusal(row.owner_region_code):
            return None
        dialog = ItemDialog(self.ctx, self.KIND, self.categories, row, parent=self)
        dialog.saved.connect(self._item_saved)
        return self._open(dialog)

    def open_item(self) -> QDialog | None:
        """Edit the selected row, or show it read-only when the actor may not change it."""
        row = self.selected_row()
        if row is None:
            return None
        if not self.refusal(row.owner_region_code):
            return self.edit_item()
        return self._open(ItemDialog(self.ctx, self.KIND, self.categories, row, read_only=True, parent=self))

    def _item_saved(self, row: ItemRow) -> None:
        self.model.upsert(row)
        self._reload_tree()
        if not row.is_active and not self.inactive_box.isChecked():
            self.inactive_box.setChecked(True)
        if not self.select_item(row.id):  # the filter hides it: show all categories, no search
            self.search_edit.clear()
            self.set_category(None)
            self.select_item(row.id)
        self.notice_label.setText(self.tr("Saved {code} {name}.").format(code=row.code, name=row.name))

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None or self.refusal(row.owner_region_code):
            return
        try:
            with self.ctx.db.session() as session:
                saved = catalog.set_item_active(
                    session, self.ctx.actor, row.id, expected_version=row.version, active=not row.is_active
                )
        except StaleWriteError as exc:
            show_error(self, exc)
            self.refresh()
            return
        except ScrmError as exc:
            show_error(self, exc)
            return
        self._item_saved(saved)
        text = self.tr("{code} is active again.") if saved.is_active else self.tr("{code} was deactivated.")
        self.notice_label.setText(text.format(code=saved.code))

    # --- categories -------------------------------------------------------------------------

    def _tree_menu(self, position: QPoint) -> None:
        if not self.can_edit:
            return
        index = self.tree.indexAt(position)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        for button in (self.new_category_button, self.edit_category_button, self.delete_category_button):
            act = menu.addAction(button.icon(), self.category_tips[button])
            act.setEnabled(button.isEnabled())
            act.setToolTip(button.toolTip())
            act.triggered.connect(button.click)
        menu.popup(self.tree.viewport().mapToGlobal(position))

    def new_category(self) -> QDialog:
        dialog = CategoryDialog(self.ctx, self.KIND, self.categories, parent_id=self._category_id, parent=self)
        dialog.saved.connect(self._category_saved)
        return self._open(dialog)

    def edit_category(self) -> QDialog | None:
        chosen = self.current_category()
        if chosen is None:
            return None
        dialog = CategoryDialog(self.ctx, self.KIND, self.categories, chosen, parent=self)
        dialog.saved.connect(self._category_saved)
        return self._open(dialog)

    def _category_saved(self, row: CategoryRow) -> None:
        self._category_id = row.id
        self.refresh()
        self.notice_label.setText(self.tr("Saved the category {path}.").format(path=row.path))

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def delete_category(self) -> None:
        chosen = self.current_category()
        if chosen is None or not self.confirm(
            self.tr("Delete category"), self.tr("Delete the empty category {path}?").format(path=chosen.path)
        ):
            return
        try:
            with self.ctx.db.session() as session:
                catalog.delete_category(session, self.ctx.actor, chosen.id, expected_version=chosen.version)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self._category_id = chosen.parent_id
        self.refresh()
        self.notice_label.setText(self.tr("Deleted the category {path}.").format(path=chosen.path))


class ServiceItemsPage(CatalogItemsPage):
    """项目库: installation, commissioning, repair and maintenance work."""

    KIND = "service"

    def page_title_text(self) -> str:
        return self.tr("Service items")

    def page_description(self) -> str:
        return self.tr(
            "The work installers do (installation, commissioning, repair, maintenance), as work orders, "
            "packages and prices use it. Rows without an owner region are the national catalog; branches "
            "add rows for their own regions."
        )

    def spec_title(self) -> str:
        return self.tr("Description")

    def new_text(self) -> str:
        return self.tr("New service item")


class SparePartsPage(CatalogItemsPage):
    """备件库: parts and materials with their specification."""

    KIND = "part"

    def page_title_text(self) -> str:
        return self.tr("Spare parts")

    def page_description(self) -> str:
        return self.tr(
            "Parts and materials used on jobs (copper pipe, cable, brackets, valves, filters, boards), with "
            "brand, model or specification. Rows without an owner region are the national catalog; branches "
            "add rows for their own regions."
        )

    def spec_title(self) -> str:
        return self.tr("Specification")

    def new_text(self) -> str:
        return self.tr("New spare part")


# --- service packages ---------------------------------------------------------------------------


class QuantityDelegate(QStyledItemDelegate):
    """Edits a quantity in a line edit that accepts digits with up to three decimals."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(QUANTITY_PATTERN), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        index.model().setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ServicePackagesPage(Page):
    """The list of packages on the left; the selected (or new) package's editor on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = catalog.may_edit_any(ctx.actor)
        self.current: PackageRow | None = None
        self.creating = False
        self._loading = False
        self.items_by_entry: dict[str, ItemRow] = {}
        self.items_by_code: dict[str, ItemRow] = {}
        self.owner_labels = OwnerLabels(self.tr("National"))

        layout = self.header_layout(
            self.tr("Service packages"),
            self.tr(
                "Bundles of service items and parts with quantities (服务包). A work order can start from a "
                "package and gets its lines. Packages are deactivated, never deleted."
            ),
        )
        self.new_action = make_action(self, "mdi6.plus", self.tr("New package"), self.new_package)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setVisible(self.can_edit)
        self.refresh_action = make_action(self, "mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.toolbar = toolbar_of([self.new_action, None, self.refresh_action])
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("packages-search")
        self.search_edit.setPlaceholderText(self.tr("Search code or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(240)
        self.search_edit.textChanged.connect(lambda _t: self.reload(select=self._current_id()))
        self.inactive_box = QCheckBox(self.tr("Show inactive"))
        self.inactive_box.toggled.connect(lambda _on: self.reload(select=self._current_id()))
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.inactive_box)
        top.addWidget(self.search_edit)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 640])
        self.notice_label = QLabel()
        self.notice_label.setObjectName("packages-notice")
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice_label)
        self._show_package(None)

    # --- building -------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        self.model: RowTableModel[PackageRow] = RowTableModel(
            [
                Column(self.tr("Code"), lambda p: p.code),
                Column(self.tr("Name"), lambda p: p.name),
                Column(
                    self.tr("Lines"),
                    lambda p: p.line_count,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(self.tr("Owner region"), lambda p: self.owner_labels(p.owner_region_code)),
                Column(self.tr("Status"), lambda p: self.tr("Active") if p.is_active else self.tr("Inactive")),
            ],
            parent=self,
            dimmed=lambda p: not p.is_active,
        )
        self.view = QTableView()
        self.view.setObjectName("packages-table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # by code, as the service lists them
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._package_chosen(current))
        return self.view

    def _build_editor(self) -> QWidget:
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(catalog.MAX_PACKAGE_NAME)
        self.description_edit = QLineEdit()
        self.description_edit.setMaxLength(catalog.MAX_DESCRIPTION)
        self.owner_picker = RegionPicker()
        self.owner_picker.setPlaceholderText(self.tr("Empty: national package. Or a region, e.g. 广州市"))
        for edit in (self.code_edit, self.name_edit, self.description_edit, self.owner_picker):
            edit.textEdited.connect(lambda _text: self._update_buttons())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Description:"), self.description_edit)
        form.addRow(self.tr("Owner region:"), self.owner_picker)

        self.lines_model = PackageLinesModel(
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Quantity"), self.tr("Unit")],
            kind_label,
            self,
        )
        self.lines_model.changed.connect(self._update_buttons)
        self.lines_model.refused.connect(self._line_error)
        self.lines_view = QTableView()
        self.lines_view.setObjectName("package-lines")
        self.lines_view.setModel(self.lines_model)
        setup_table(self.lines_view)
        self.lines_view.setSortingEnabled(False)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.lines_view.setItemDelegateForColumn(3, QuantityDelegate(self.lines_view))
        self.lines_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.item_edit = QLineEdit()
        self.item_edit.setObjectName("package-item")
        self.item_edit.setPlaceholderText(self.tr("Type a code or name and pick an item or part"))
        self.item_model = QStringListModel(self)
        completer = QCompleter(self.item_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(14)
        self.item_edit.setCompleter(completer)
        self.quantity_edit = QLineEdit("1")
        self.quantity_edit.setObjectName("package-quantity")
        self.quantity_edit.setValidator(QRegularExpressionValidator(QRegularExpression(QUANTITY_PATTERN), self))
        self.quantity_edit.setMaximumWidth(90)
        self.quantity_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quantity_edit.returnPressed.connect(self.add_line)
        self.add_line_button = QPushButton(icon("mdi6.plus", color=ICON_COLOR), self.tr("Add line"))
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button = QPushButton(icon("mdi6.minus", color=ICON_COLOR), self.tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        adder = QHBoxLayout()
        adder.addWidget(self.item_edit, 1)
        adder.addWidget(QLabel(self.tr("Quantity:")))
        adder.addWidget(self.quantity_edit)
        adder.addWidget(self.add_line_button)
        adder.addWidget(self.remove_line_button)
        self.line_message = error_label()

        self.save_button = QPushButton(icon("mdi6.content-save-outline", color=ICON_COLOR), self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.toggle_button = QPushButton(icon("mdi6.cancel", color=ICON_COLOR), self.tr("Deactivate"))
        self.toggle_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        self.readonly_hint = hint_label("")
        self.readonly_hint.setObjectName("packages-readonly")
        buttons.addWidget(self.readonly_hint, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.save_button)

        self.editor = QGroupBox(self.tr("Package"))
        column = QVBoxLayout(self.editor)
        column.addLayout(form)
        column.addWidget(QLabel(self.tr("Lines (double-click a quantity to change it):")))
        column.addWidget(self.lines_view, 1)
        column.addLayout(adder)
        column.addWidget(self.line_message)
        column.addLayout(buttons)
        for widget in (self.item_edit, self.quantity_edit, self.add_line_button, self.remove_line_button):
            widget.setVisible(self.can_edit)
        self.save_button.setVisible(self.can_edit)
        self.toggle_button.setVisible(self.can_edit)
        return self.editor

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the packages and the items one can add (unsaved edits are kept)."""
        try:
            with self.ctx.db.session() as session:
                items = catalog.list_items(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.items_by_entry = {self.item_entry(r): r for r in items}
        self.items_by_code = {r.code: r for r in items}
        self.item_model.setStringList(list(self.items_by_entry))
        if not self.has_unsaved_changes():
            self.reload(select=self._current_id())
            if self.current is None and not self.creating and self.model.rows:
                self.select_package(self.model.rows[0].id)

    @staticmethod
    def item_entry(row: ItemRow) -> str:
        """What the item picker lists: ``P-CU-6-9  空调铜管 1/4+3/8 · 米``."""
        return f"{row.code}  {row.name} · {row.unit}"

    def _current_id(self) -> uuid.UUID | None:
        return self.current.id if self.current is not None and not self.creating else None

    def reload(self, select: uuid.UUID | None = None) -> None:
        try:
            with self.ctx.db.session() as session:
                rows = catalog.list_packages(
                    session,
                    self.ctx.actor,
                    text=self.search_edit.text(),
                    include_inactive=self.inactive_box.isChecked(),
                )
        except ScrmError as exc:
            show_error(self, exc)
            return
        self._loading = True
        try:
            self.model.set_rows(rows)
        finally:
            self._loading = False
        if select is not None and self.select_package(select):
            return
        if not self.creating:
            self.view.clearSelection()
            self._show_package(None)

    def packages(self) -> list[PackageRow]:
        return list(self.model.rows)

    def select_package(self, package_id: uuid.UUID) -> bool:
        for position, row in enumerate(self.model.rows):
            if row.id == package_id:
                self._loading = True
                try:
                    self.view.selectionModel().setCurrentIndex(
                        self.model.index(position, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                    )
                finally:
                    self._loading = False
                self._load_package(package_id)
                return True
        return False

    def _package_chosen(self, current: QModelIndex) -> None:
        if self._loading:
            return
        row: PackageRow | None = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None and self.current is not None and row.id == self.current.id and not self.creating:
            return
        if self.has_unsaved_changes() and not self.confirm(
            self.tr("Unsaved changes"), self.tr("The changes to this package are not saved. Discard them?")
        ):
            self._reselect_current()
            return
        if row is None:
            self._show_package(None)
        else:
            self._load_package(row.id)

    def _reselect_current(self) -> None:
        self._loading = True
        try:
            self.view.clearSelection()
            current = self._current_id()
            for position, row in enumerate(self.model.rows):
                if row.id == current:
                    self.view.selectionModel().setCurrentIndex(
                        self.model.index(position, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                    )
        finally:
            self._loading = False

    def _load_package(self, package_id: uuid.UUID) -> None:
        try:
            with self.ctx.db.session() as session:
                row = catalog.get_package(session, self.ctx.actor, package_id)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self._show_package(row)

    # --- the editor -----------------------------------------------------------------------

    def _show_package(self, row: PackageRow | None, *, creating: bool = False) -> None:
        self.current = row
        self.creating = creating
        self.code_edit.setText(row.code if row else "")
        self.name_edit.setText(row.name if row else "")
        self.description_edit.setText(row.description if row else "")
        if row is not None:
            self.owner_picker.set_code(row.owner_region_code)
        elif creating and not catalog.may_edit(self.ctx.actor, None) and self.ctx.actor.region_scope:
            self.owner_picker.set_code(sorted(self.ctx.actor.region_scope)[0])
        else:
            self.owner_picker.set_code(None)
        lines = [
            EditLine(ln.item_id, ln.item_code, ln.item_name, ln.item_kind, ln.unit, ln.quantity)
            for ln in (row.lines if row else ())
        ]
        self.lines_model.set_lines(lines)
        self.line_message.setVisible(False)
        if creating:
            self.editor.setTitle(self.tr("New package"))
        elif row is not None:
            self.editor.setTitle(self.tr("Package {code}").format(code=row.code))
        else:
            self.editor.setTitle(self.tr("Choose a package, or create a new one"))
        self._update_buttons()

    def editable(self) -> bool:
        """Whether the package in the editor may be changed by the actor."""
        if self.creating:
            return self.can_edit
        return self.current is not None and not self.refusal(self.current.owner_region_code)

    def refusal(self, owner: str | None) -> str:
        if catalog.may_edit(self.ctx.actor, owner):
            return ""
        if owner is None:
            return self.tr(
                "This package belongs to the national catalog. Only administrators and pricing managers can change it."
            )
        return self.tr("This package belongs to {region}, outside your regions.").format(
            region=self.owner_labels(owner)
        )

    def _update_buttons(self) -> None:
        shown = self.current is not None or self.creating
        editable = shown and self.editable()
        why = "" if editable or not shown else self.refusal(self.current.owner_region_code if self.current else None)
        for edit in (self.code_edit, self.name_edit, self.description_edit, self.owner_picker):
            edit.setReadOnly(not editable)
        self.lines_model.editable = editable
        self.editor.setEnabled(shown)
        for widget in (self.item_edit, self.quantity_edit, self.add_line_button):
            widget.setEnabled(editable)
            widget.setToolTip(why)
        has_line = bool(self.lines_view.selectionModel().selectedRows())
        self.remove_line_button.setEnabled(editable and has_line)
        self.save_button.setEnabled(editable and self.has_unsaved_changes())
        self.toggle_button.setEnabled(editable and not self.creating)
        active = self.current.is_active if self.current is not None else True
        self.toggle_button.setText(self.tr("Deactivate") if active else self.tr("Activate"))
        self.toggle_button.setIcon(icon("mdi6.cancel" if active else "mdi6.check-circle-outline", color=ICON_COLOR))
        for widget in (self.save_button, self.toggle_button, self.remove_line_button):
            widget.setToolTip(why)
        self.readonly_hint.setText(why)
        self.readonly_hint.setVisible(bool(why))

    def edited_lines(self) -> list[tuple[uuid.UUID, Decimal]]:
        return [(line.item_id, line.quantity) for line in self.lines_model.lines]

    def _owner_code(self) -> str | None:
        return None if self.owner_picker.is_empty() else (self.owner_picker.code() or self.owner_picker.text())

    def has_unsaved_changes(self) -> bool:
        if self.creating:
            return bool(self.code_edit.text().strip() or self.name_edit.text().strip() or self.lines_model.lines)
        row = self.current
        if row is None:
            return False
        return (
            self.code_edit.text() != row.code
            or self.name_edit.text() != row.name
            or self.description_edit.text() != row.description
            or self._owner_code() != row.owner_region_code
            or self.edited_lines() != [(ln.item_id, ln.quantity) for ln in row.lines]
        )

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _line_error(self, exc: ScrmError) -> None:
        from scrm_desktop.views.errors import describe_error

        self.line_message.setText(describe_error(exc))
        self.line_message.setVisible(True)

    def add_line(self) -> bool:
        """Add the picked item with the typed quantity; False (with a message) when either is wrong."""
        self.line_message.setVisible(False)
        text = self.item_edit.text().strip()
        item = self.items_by_entry.get(text) or self.items_by_code.get(text.split(" ", 1)[0].upper())
        if item is None:
            self.line_message.setText(
                self.tr("“{text}” is not an active item or part. Pick one from the list.").format(text=text)
            )
            self.line_message.setVisible(True)
            self.item_edit.setFocus()
            return False
        if any(line.item_id == item.id for line in self.lines_model.lines):
            self.line_message.setText(
                self.tr("{code} is already in the package; change the quantity of its line instead.").format(
                    code=item.code
                )
            )
            self.line_message.setVisible(True)
            return False
        try:
            quantity = parse_quantity(self.quantity_edit.text())
        except ScrmError as exc:
            self._line_error(exc)
            self.quantity_edit.setFocus()
            return False
        position = self.lines_model.add_line(EditLine(item.id, item.code, item.name, item.kind, item.unit, quantity))
        self.lines_view.selectRow(position)
        self.item_edit.clear()
        self.quantity_edit.setText("1")
        self.item_edit.setFocus()
        return True

    def remove_line(self) -> None:
        chosen = self.lines_view.selectionModel().selectedRows()
        if chosen:
            self.lines_model.remove_line(chosen[0].row())

    def new_package(self) -> None:
        if self.has_unsaved_changes() and not self.confirm(
            self.tr("Unsaved changes"), self.tr("The changes to this package are not saved. Discard them?")
        ):
            return
        self._loading = True
        try:
            self.view.clearSelection()
        finally:
            self._loading = False
        self._show_package(None, creating=True)
        self.notice_label.setText("")
        self.code_edit.setFocus()

    def save(self) -> None:
        owner = self._owner_code()
        fields = {
            "code": self.code_edit.text(),
            "name": self.name_edit.text(),
            "description": self.description_edit.text(),
            "owner_region_code": owner,
            "lines": self.edited_lines(),
        }
        try:
            with self.ctx.db.session() as session:
                if self.creating or self.current is None:
                    saved = catalog.create_package(session, self.ctx.actor, **fields)  # type: ignore[arg-type]
                else:
                    saved = catalog.update_package(
                        session,
                        self.ctx.actor,
                        self.current.id,
                        expected_version=self.current.version,
                        **fields,  # type: ignore[arg-type]
                    )
        except StaleWriteError as exc:
            show_error(self, exc)
            keep = self._current_id()
            self._show_package(None)
            self.reload(select=keep)
            return
        except ScrmError as exc:
            show_error(self, exc)
            if exc.row is not None:
                self.lines_view.selectRow(exc.row - 1)
            widget = {
                "code": self.code_edit,
                "name": self.name_edit,
                "description": self.description_edit,
                "owner_region_code": self.owner_picker,
            }.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        self.creating = False
        self.current = saved
        self.reload(select=saved.id)
        self.notice_label.setText(self.tr("Saved the package {code} {name}.").format(code=saved.code, name=saved.name))

    def toggle_active(self) -> None:
        row = self.current
        if row is None or self.creating or not self.editable():
            return
        try:
            with self.ctx.db.session() as session:
                saved = catalog.set_package_active(
                    session, self.ctx.actor, row.id, expected_version=row.version, active=not row.is_active
                )
        except ScrmError as exc:
            show_error(self, exc)
            return
        if not saved.is_active and not self.inactive_box.isChecked():
            self.inactive_box.setChecked(True)
        self.current = saved
        self.reload(select=saved.id)
        text = self.tr("{code} is active again.") if saved.is_active else self.tr("{code} was deactivated.")
        self.notice_label.setText(text.format(code=saved.code))
