"""Customers: a region tree beside the list, search as you type, create, edit, import and export.

Loading runs off the UI thread: the worker calls ``customers.list_customers`` in its own session
and turns the rows into display tuples and lowercase search texts (``build_table``), so the model
answers ``data()`` with a tuple lookup and the filter is a list comprehension over 100,000 strings
(``CustomerFilterProxy``). The region tree, the search box and the dashboard's
``set_filter`` all narrow the same in-memory list; nothing is queried again until a reload.

Phones arrive masked from the service for users without the view-personal-data permission, and the
search only ever sees what the table shows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import customers, regions
from scrm_desktop.services.customer_import import export_customers
from scrm_desktop.services.customers import CustomerRow
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.customer_labels import channel_label
from scrm_desktop.views.customer_table import (
    CustomerFilter,
    CustomerFilterProxy,
    CustomerTable,
    CustomerTableModel,
    TableLabels,
    build_table,
    compact,
)
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.region_filter import ALL_REGIONS, CODE_ROLE, NO_REGION, RegionTreeFilter, RegionTreeModel
from scrm_desktop.views.table_model import ROW_ROLE
from scrm_desktop.views.tasks import BackgroundTask, run_task
from scrm_desktop.views.widgets import HINT_COLOR, hint_label, setup_table

SEARCH_DELAY_MS = 200
FIRST_LOAD_DIALOG_MS = 400
RELOAD_DIALOG_MS = 10 * 60 * 1000  # in effect never
COLUMN_WIDTHS = (120, 125, 290, 200, 110, 130, 200)


# --- the page --------------------------------------------------------------------------------


class CustomersPage(Page):
    """The region tree, the customer list and the actions on customers.

    Signals:
        loaded(): a (re)load finished and the list shows its rows.
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.region_index = region_index()
        self.can_edit = ctx.actor.can(Permission.MANAGE_CUSTOMERS)
        self.dialog: QDialog | None = None
        self.load_task: BackgroundTask | None = None
        self.loaded_once = False
        self._reload_again = False
        self._select_after_load: uuid.UUID | None = None
        self._filter = CustomerFilter()
        self._filter_label = ""
        self._syncing_tree = False
        self.labels = TableLabels(self.tr("Unassigned"), {key: channel_label(key) for key in customers.CHANNELS})

        self.model = CustomerTableModel(
            [
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("Service address"),
                self.tr("Region"),
                self.tr("Owner"),
                self.tr("Tags"),
                self.tr("Channel ids"),
            ],
            self,
        )
        self.proxy = CustomerFilterProxy(self.region_index, self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("customers-search")
        self.search_edit.setPlaceholderText(self.tr("Search name, phone or address"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(300)
        # Filtering 100,000 rows takes a few dozen milliseconds: once typing pauses, not per key.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())

        self._build_actions()
        toolbar = QToolBar()
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.edit_action, self.import_action, self.export_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.toolbar = toolbar
        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addStretch(1)
        top.addWidget(self.search_edit)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_tree())
        splitter.addWidget(self._build_list())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([270, 930])
        self.splitter = splitter

        self.count_label = hint_label("")
        self.count_label.setObjectName("customers-count")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("customers-notice")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)

        layout = self.header_layout(
            self.tr("Customers"),
            self.tr(
                "Customers with their service address, region and owner. Pick a region on the left or "
                "search to narrow the list; new and imported customers get their owner from the owner rules."
            ),
        )
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        self._update_actions()
        self._show_state()

    # --- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = self.page_action("mdi6.account-plus-outline", self.tr("New customer"), self.new_customer)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self.page_action("mdi6.pencil-outline", self.tr("Edit"), self.edit_customer)
        self.import_action = self.page_action("mdi6.file-import-outline", self.tr("Import…"), self.import_customers)
        self.export_action = self.page_action("mdi6.file-export-outline", self.tr("Export…"), self.export_customers)
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        for act in (self.new_action, self.edit_action, self.import_action):
            # Reading is allowed to people who may not change customers (finance): no dead buttons.
            act.setVisible(self.can_edit)

    def _build_tree(self) -> QWidget:
        self.tree_model = RegionTreeModel(self.region_index, self.tr("All regions"), self.tr("Without region"), self)
        self.tree_model.set_headers(self.tr("Region"), self.tr("Customers"))
        self.tree_proxy = RegionTreeFilter(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree_proxy.set_only_with_customers(True)

        self.tree = QTreeView()
        self.tree.setObjectName("customers-regions")
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expand(self.tree_proxy.index(0, 0))
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)

        self.region_search = QLineEdit()
        self.region_search.setObjectName("customers-region-search")
        self.region_search.setPlaceholderText(self.tr("Find a region"))
        self.region_search.setClearButtonEnabled(True)
        self.region_search.textChanged.connect(self._search_regions)
        self.only_with_customers = QCheckBox(self.tr("Only regions with customers"))
        self.only_with_customers.setChecked(True)
        self.only_with_customers.toggled.connect(self._only_with_customers_toggled)

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.region_search)
        column.addWidget(self.tree, 1)
        column.addWidget(self.only_with_customers)
        box.setMinimumWidth(220)
        return box

    def _build_list(self) -> QWidget:
        self.view = QTableView()
        self.view.setObjectName("customers-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        header = self.view.horizontalHeader()
        # Sizing columns to their contents would measure thousands of rows on every change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicatorClearable(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.doubleClicked.connect(lambda _index: self.edit_customer())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)

        self.filter_bar = QFrame()
        self.filter_bar.setObjectName("customers-filter-bar")
        self.filter_bar.setStyleSheet(
            "QFrame#customers-filter-bar { background: #e3f2fd; border: 1px solid #bbdefb; border-radius: 4px; }"
        )
        self.filter_text = QLabel()
        self.filter_text.setWordWrap(True)
        self.clear_filter_button = QPushButton(icon("mdi6.filter-remove-outline", color="#37474f"), self.tr("Show all"))
        self.clear_filter_button.setObjectName("customers-clear-filter")
        self.clear_filter_button.clicked.connect(self.clear_filters)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(10, 4, 6, 4)
        bar.addWidget(self.filter_text, 1)
        bar.addWidget(self.clear_filter_button)
        self.filter_bar.setVisible(False)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("customers-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            f"QLabel#customers-empty {{ color: {HINT_COLOR}; font-size: 15px; background: white;"
            " border: 1px solid #cfd4da; padding: 24px; }"
        )
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.view)
        self.table_stack.addWidget(self.empty_label)

        box = QWidget()
        stacked = QVBoxLayout(box)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(6)
        stacked.addWidget(self.filter_bar)
        stacked.addWidget(self.table_stack, 1)
        return box

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the customers (called whenever the page is shown)."""
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> BackgroundTask | None:
        """Load the customers in the background; None when a load is already running (it repeats)."""
        if select is not None:
            self._select_after_load = select
        if self.load_task is not None:
            self._reload_again = True
            return None
        current = self.selected_row()
        if self._select_after_load is None and current is not None:
            self._select_after_load = current.id
        db, actor, labels, index = self.ctx.db, self.ctx.actor, self.labels, self.region_index

        def work(_progress: Progress) -> CustomerTable:
            with collector_paused(freeze=True):
                with db.session() as session:
                    rows = customers.list_customers(session, actor)
                return build_table(rows, labels, index)

        self.count_label.setText(self.tr("Loading customers…"))
        # The first load has nothing to show and gets the progress dialog when it takes a while;
        # later reloads leave the listed rows usable and say "Loading…" in the count line.
        task = BackgroundTask(
            self,
            work,
            title=self.tr("Loading customers…"),
            cancellable=False,
            min_duration_ms=FIRST_LOAD_DIALOG_MS if not self.loaded_once else RELOAD_DIALOG_MS,
        ).start()
        task.succeeded.connect(self._loaded)
        task.finished.connect(self._load_finished)
        self.load_task = task
        self._show_state()
        return task

    def _loaded(self, table: CustomerTable) -> None:
        self.model.set_table(table)
        self.loaded_once = True
        self._update_tree_counts()
        self._show_filtered()
        select, self._select_after_load = self._select_after_load, None
        if select is not None:
            self.select_customer(select)

    def _load_finished(self) -> None:
        self.load_task = None
        self._show_state()
        if self._reload_again:
            self._reload_again = False
            self.reload()
        else:
            self.loaded.emit()

    def is_loading(self) -> bool:
        return self.load_task is not None

    def _update_tree_counts(self) -> None:
        self.tree_model.set_counts(self.model.table.counts, len(self.model.table.rows))
        self.tree_proxy.refilter()
        self.tree.viewport().update()
        self.tree.expand(self.tree_proxy.index(0, 0))
        self._sync_tree_selection()

    # --- filters --------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Search for ``text`` now (the dashboard and tests; typing waits for a pause)."""
        self.search_edit.setText(text)
        self._apply_search()

    def _apply_search(self) -> None:
        self.search_timer.stop()
        self._change_filter(text=compact(self.search_edit.text()))

    def set_region_filter(self, code: str | None) -> None:
        """Show the customers of region ``code`` and below (None: all regions; ``NO_REGION``: none)."""
        self._change_filter(region_code=code or ALL_REGIONS)
        self._sync_tree_selection()

    def set_filter(
        self, region_code: str | None = None, group_id: uuid.UUID | None = None, owner_key: str | None = None
    ) -> None:
        """Show the customers of one dashboard bar: a region, a region group or an owner.

        Replaces the previous region, group and owner filter and clears the search, so every
        customer behind the bar is listed. ``owner_key`` "" means customers without an owner.
        """
        group_codes: frozenset[str] | None = None
        label = ""
        if group_id is not None:
            try:
                with self.ctx.db.session() as session:
                    group = regions.get_group(session, self.ctx.actor, group_id)
            except ScrmError as exc:
                show_error(self, exc)
                return
            group_codes = frozenset(group.region_codes)
            label = self.tr("Showing the customers in the region group {group}.").format(group=group.name)
        elif owner_key is not None:
            label = self._owner_filter_label(owner_key)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.search_timer.stop()
        self._filter_label = label
        self._change_filter(
            text="", region_code=region_code or ALL_REGIONS, group_codes=group_codes, owner=owner_key, replace=True
        )
        self._sync_tree_selection()

    def _owner_filter_label(self, key: str) -> str:
        if not key:
            return self.tr("Showing the customers without an owner.")
        if key.startswith("user:"):
            # The rows may not be loaded yet (the dashboard filters while the page opens): ask.
            with self.ctx.db.session() as session:
                names = customers.user_names(session)
            name = customers.owner_label(names, key)
        else:
            name = key.removeprefix("pool:")
        return self.tr("Showing the customers of {owner}.").format(owner=name)

    def clear_filters(self) -> None:
        """Show every customer: no region, group, owner or search filter."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.search_timer.stop()
        self._filter_label = ""
        self._change_filter(text="", region_code=ALL_REGIONS, group_codes=None, owner=None, replace=True)
        self._sync_tree_selection()

    def current_filter(self) -> CustomerFilter:
        return self._filter

    def _change_filter(self, *, replace: bool = False, **changes: Any) -> None:
        base = CustomerFilter() if replace else self._filter
        values = {
            "text": base.text,
            "region_code": base.region_code,
            "group_codes": base.group_codes,
            "owner": base.owner,
            **changes,
        }
        self._filter = CustomerFilter(**values)
        self._show_filtered()

    def _show_filtered(self) -> None:
        current = self.selected_row()
        self.proxy.set_filter(self._filter)
        if current is not None:
            self.select_customer(current.id, scroll=False)
        has_extra = self._filter.group_codes is not None or self._filter.owner is not None
        self.filter_text.setText(self._filter_label if has_extra else "")
        self.filter_bar.setVisible(has_extra)
        self._show_state()
        self._update_actions()

    def _show_state(self) -> None:
        total = len(self.model.table.rows)
        shown = self.proxy.rowCount()
        locale = QLocale()
        if self.load_task is not None and not self.loaded_once:
            self.empty_label.setText(self.tr("Loading customers…"))
            self.table_stack.setCurrentWidget(self.empty_label)
            return
        if self.load_task is None:
            if self._filter.narrows:
                self.count_label.setText(
                    self.tr("Showing {shown} of {total} customers").format(
                        shown=locale.toString(shown), total=locale.toString(total)
                    )
                )
            else:
                self.count_label.setText(self.tr("Customers: {count}").format(count=locale.toString(total)))
        if shown:
            self.table_stack.setCurrentWidget(self.view)
        elif total:
            self.empty_label.setText(
                self.tr("No customers match the filter. Change the search or pick another region.")
            )
            self.table_stack.setCurrentWidget(self.empty_label)
        elif self.can_edit:
            self.empty_label.setText(
                self.tr("There are no customers yet. Add one with New customer, or import a CSV or Excel file.")
            )
            self.table_stack.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(self.tr("There are no customers in your regions yet."))
            self.table_stack.setCurrentWidget(self.empty_label)

    # --- the region tree ----------------------------------------------------------------

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_tree or not current.isValid():
            return
        code = current.siblingAtColumn(0).data(CODE_ROLE)
        self._change_filter(region_code=code or ALL_REGIONS)

    def _sync_tree_selection(self) -> None:
        """Select the tree node of the region filter (after a load or a filter set from outside)."""
        source = self.tree_model.index_of(self._filter.region_code)
        proxy_index = self.tree_proxy.mapFromSource(source)
        if not proxy_index.isValid() and self.loaded_once and self.only_with_customers.isChecked():
            self.only_with_customers.setChecked(False)  # the region has no customers: show it anyway
            proxy_index = self.tree_proxy.mapFromSource(source)
        if not proxy_index.isValid():
            return
        self._syncing_tree = True
        try:
            parent = proxy_index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.selectionModel().setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(proxy_index)
        finally:
            self._syncing_tree = False

    def _search_regions(self, text: str) -> None:
        self.tree_proxy.set_text(text)
        if text.strip():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expand(self.tree_proxy.index(0, 0))
        self._sync_tree_selection()

    def _only_with_customers_toggled(self, only: bool) -> None:
        self.tree_proxy.set_only_with_customers(only)
        self.tree.expand(self.tree_proxy.index(0, 0))

    # --- the list -------------------------------------------------------------------------

    def visible_rows(self) -> list[CustomerRow]:
        """The customers the table shows, in display order."""
        rows = self.model.table.rows
        return [rows[r] for r in self.proxy.source_rows()]

    def selected_row(self) -> CustomerRow | None:
        selection = self.view.selectionModel()
        if selection is None:
            return None
        chosen = selection.selectedRows()
        if not chosen:
            return None
        row: CustomerRow = chosen[0].data(ROW_ROLE)
        return row

    def select_customer(self, customer_id: uuid.UUID, *, scroll: bool = True) -> bool:
        """Select the row of ``customer_id``; False when it is not listed (or filtered out)."""
        position = self.model.find(customer_id)
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

    def _update_actions(self) -> None:
        self.edit_action.setEnabled(self.can_edit and self.selected_row() is not None)

    def _notify(self, text: str) -> None:
        self.notice_label.setText(text)

    # --- actions --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_customer(self) -> QDialog:
        """Open the dialog for a new customer (window-modal; saving calls the service)."""
        from scrm_desktop.views.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.ctx, None, self)
        dialog.saved.connect(self._customer_saved)
        self._open(dialog)
        return dialog

    def edit_customer(self) -> QDialog | None:
        """Open the dialog for the selected customer (None when nothing is selected)."""
        from scrm_desktop.views.customer_dialog import CustomerDialog

        row = self.selected_row()
        if row is None or not self.can_edit:
            return None
        dialog = CustomerDialog(self.ctx, row, self)
        dialog.saved.connect(self._customer_saved)
        self._open(dialog)
        return dialog

    def _customer_saved(self, row: CustomerRow) -> None:
        self.model.upsert(row, self.labels, self.region_index)
        if self.load_task is not None:
            self._reload_again = True  # the running load may have read the rows before this save
        self._update_tree_counts()
        self.proxy.invalidate_filter()  # the saved values may no longer match the filter or the order
        self._show_state()
        if self.select_customer(row.id):
            self._notify(self.tr("Saved {name}.").format(name=row.name))
        else:
            self._notify(self.tr("Saved {name}. The current filter hides this customer.").format(name=row.name))

    def import_customers(self) -> QDialog:
        """Open the import wizard; the list reloads after a successful import."""
        from scrm_desktop.views.customer_import import CustomerImportWizard

        wizard = CustomerImportWizard(self.ctx, self)
        wizard.imported.connect(self._imported)
        self._open(wizard)
        return wizard

    def _imported(self, result: Any) -> None:
        self._notify(self.tr("{count} customers imported.").format(count=QLocale().toString(result.written)))
        self.reload()

    def export_customers(self) -> BackgroundTask | None:
        """Ask where to save, then export the listed customers (region and search filters apply)."""
        name = self.tr("customers-{date}.xlsx").format(date=dt.date.today().strftime("%Y%m%d"))  # noqa: DTZ011
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export customers"),
            str(Path.home() / name),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return None
        return self.export_to(Path(path))

    def export_to(self, path: Path) -> BackgroundTask:
        """Write the customers to ``path`` (.xlsx or .csv) in the background; phones stay masked
        for users who may not see them."""
        region = self._filter.region_code if self._filter.region_code not in (ALL_REGIONS, NO_REGION) else None
        text = " ".join(self.search_edit.text().split()) or None
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> int:
            with db.session() as session:
                return export_customers(session, actor, path, region_code=region, text=text, progress=progress)

        task = run_task(self, work, title=self.tr("Exporting customers…"))
        task.succeeded.connect(
            lambda count: self._notify(
                self.tr("{count} customers written to {file}.").format(
                    count=QLocale().toString(int(count)), file=path.name
                )
            )
        )
        return task
