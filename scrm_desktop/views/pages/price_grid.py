"""The price-tier grid (价格档位): catalog items x tiers, edited like a spreadsheet.

Rows are catalog items (filtered by kind, category and text in memory), columns are tiers, cells
the price in force in the chosen book on the chosen date. Edits stay in the model, marked, until
Save writes all of them in one transaction through ``pricing.save_prices``; nothing is written
half: a refused save keeps every edit. Each user action (typing a cell, a paste, fill down, an
adjustment, a derived column) is one step on the undo stack.

Loading runs off the UI thread: the worker reads items, tiers and prices with the services and
arranges them into per-tier arrays (``build_grid``); the model then answers ``data()`` by index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import catalog, pricing
from scrm_desktop.services.catalog import CategoryRow
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.progress import Progress
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.price_dialogs import (
    AdjustDialog,
    Adjustment,
    Derivation,
    DeriveDialog,
    HistoryDialog,
    SaveDateDialog,
    TiersDialog,
)
from scrm_desktop.views.price_grid_model import (
    FIXED_COLUMNS,
    Cell,
    CellRefused,
    GridData,
    GridFilter,
    GridFilterProxy,
    PriceDelegate,
    PriceGridModel,
    build_grid,
    parse_tsv,
    round_to,
    to_tsv,
)
from scrm_desktop.views.price_impact_dialog import PriceImpactDialog
from scrm_desktop.views.tasks import BackgroundTask, run_task
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, hint_label

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = (140, 280, 60)
TIER_WIDTH = 110
LISTED_REFUSALS = 5
ALL = "__all__"


class PriceGridPage(Page):
    """Catalog items x price tiers, for one book on one date.

    Signals:
        loaded(): a (re)load finished and the grid shows it.
        saved(object): a save finished (the ``SaveResult``); the grid reloads after it.
    """

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.EDIT_PRICES)
        self.load_task: BackgroundTask | None = None
        self.save_task: BackgroundTask | None = None
        self.loaded_once = False
        self._reload_again = False
        self._saved_pending = False  # saved edits still shown until the reload after the save
        self.dialog: QDialog | None = None
        self.categories: list[CategoryRow] = []
        self.book = "settlement"
        self.on = pricing.business_today(ctx.actor)

        self.undo_stack = QUndoStack(self)
        self.model = PriceGridModel(self)
        self.model.editable = self.can_edit
        self.model.undo_stack = self.undo_stack
        self.model.edited.connect(self._show_counts)
        self.proxy = GridFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.delegate = PriceDelegate(self)
        self.delegate.refused.connect(self.refuse)

        self._build_filters()
        self._build_actions()
        self._build_view()

        self.read_only_hint = hint_label(
            self.tr("You can look at the prices here. Changing them needs the permission to edit prices.")
        )
        self.read_only_hint.setObjectName("price-grid-read-only")
        self.read_only_hint.setVisible(not self.can_edit)
        self.count_label = hint_label("")
        self.count_label.setObjectName("price-grid-count")
        self.count_label.setWordWrap(False)
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("price-grid-unsaved")
        self.unsaved_label.setStyleSheet("color: #8d6e00; font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setObjectName("price-grid-status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setVisible(False)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addSpacing(16)
        footer.addWidget(self.unsaved_label)
        footer.addStretch(1)

        layout = self.header_layout(
            self.tr("Price tiers"),
            self.tr(
                "Prices per item and tier in force on the chosen date. Type, paste from Excel or WPS, fill "
                "down or adjust a selection; changed cells are marked until you save them from an effective date."
            ),
        )
        layout.addLayout(self.filter_row)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.read_only_hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(footer)
        self._show_counts()

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.book_combo = QComboBox()
        self.book_combo.setObjectName("price-grid-book")
        self.book_combo.addItem(self.tr("Settlement prices (内部结算价)"), "settlement")
        self.book_combo.addItem(self.tr("Sales prices"), "sales")
        self.book_combo.currentIndexChanged.connect(self._book_changed)
        self.date_edit = QDateEdit(QDate(self.on.year, self.on.month, self.on.day))
        self.date_edit.setObjectName("price-grid-date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(self._date_changed)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("price-grid-kind")
        self.kind_combo.addItem(self.tr("Items and parts"), ALL)
        self.kind_combo.addItem(self.tr("Service items"), "service")
        self.kind_combo.addItem(self.tr("Spare parts"), "part")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("price-grid-category")
        self.category_combo.setMinimumWidth(200)
        self.category_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("price-grid-search")
        self.search_edit.setPlaceholderText(self.tr("Search code or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(220)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Book")))
        row.addWidget(self.book_combo)
        row.addWidget(QLabel(self.tr("In force on")))
        row.addWidget(self.date_edit)
        row.addSpacing(12)
        row.addWidget(self.kind_combo)
        row.addWidget(self.category_combo)
        row.addStretch(1)
        row.addWidget(self.search_edit)
        self.filter_row = row
        self._fill_categories()

    def _build_actions(self) -> None:
        def action(icon_name: str, text: str, slot: Callable[[], object], shortcut: Any = None) -> QAction:
            act = QAction(icon(icon_name, color="#37474f"), text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
            return act

        self.save_action = action(
            "mdi6.content-save-outline", self.tr("Save…"), self.save, QKeySequence.StandardKey.Save
        )
        self.impact_action = action("mdi6.chart-box-outline", self.tr("Preview impact…"), self.preview_impact)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setIcon(icon("mdi6.undo", color="#37474f"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setIcon(icon("mdi6.redo", color="#37474f"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        self.copy_action = action("mdi6.content-copy", self.tr("Copy"), self.copy, QKeySequence.StandardKey.Copy)
        self.paste_action = action("mdi6.content-paste", self.tr("Paste"), self.paste, QKeySequence.StandardKey.Paste)
        self.fill_action = action("mdi6.arrow-expand-down", self.tr("Fill down"), self.fill_down, "Ctrl+D")
        self.adjust_action = action("mdi6.percent-outline", self.tr("Adjust…"), self.adjust_selection)
        self.derive_action = action("mdi6.function-variant", self.tr("Derive column…"), self.derive_column)
        self.history_action = action("mdi6.history", self.tr("Cell history"), self.show_history, "Ctrl+H")
        self.tiers_action = action("mdi6.format-list-numbered", self.tr("Tiers…"), self.manage_tiers)
        self.refresh_action = action(
            "mdi6.refresh", self.tr("Reload"), self.reload_asking, QKeySequence.StandardKey.Refresh
        )
        for act in (
            self.save_action,
            self.impact_action,
            self.undo_action,
            self.redo_action,
            self.paste_action,
            self.fill_action,
            self.adjust_action,
            self.derive_action,
            self.tiers_action,
        ):
            act.setVisible(self.can_edit)
            act.setEnabled(self.can_edit)

        toolbar = QToolBar()
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if self.can_edit:  # a read-only toolbar starts with Copy, not with a separator
            for act in (self.save_action, self.impact_action, self.undo_action, self.redo_action):
                toolbar.addAction(act)
            toolbar.addSeparator()
        for act in (self.copy_action, self.paste_action, self.fill_action, self.adjust_action, self.derive_action):
            toolbar.addAction(act)
        toolbar.addSeparator()
        for act in (self.history_action, self.tiers_action, self.refresh_action):
            toolbar.addAction(act)
        self.toolbar = toolbar

    def _build_view(self) -> None:
        view = QTableView()
        view.setObjectName("price-grid")
        view.setModel(self.proxy)
        view.setItemDelegate(self.delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setWordWrap(False)
        view.setAlternatingRowColors(False)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setSortIndicatorClearable(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setStyleSheet(
            "QTableView { gridline-color: #e3e6ea; }"
            "QTableView::item { padding: 0px 6px; }"
            "QHeaderView::section { padding: 5px 8px; background: #f4f6f9; border: none;"
            " border-right: 1px solid #e3e6ea; border-bottom: 1px solid #cfd4da; }"
        )
        if self.can_edit:
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        else:
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        vertical.setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        self.proxy.modelReset.connect(self._size_columns)
        self.view = view

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            header.resizeSection(column, TIER_WIDTH)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.copy_action, self.paste_action, self.fill_action, self.adjust_action):
            if act.isVisible():
                menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.history_action)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _fill_categories(self) -> None:
        kind = self.kind_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for category in self.categories:
            if kind in (ALL, category.kind):
                self.category_combo.addItem("    " * category.depth + category.name, category.id)
        self.category_combo.blockSignals(False)

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload when shown; unsaved edits are kept (the page is not reloaded under them)."""
        if not self.has_unsaved_changes():
            self.reload()

    def reload(self) -> BackgroundTask | None:
        """Load items, tiers and prices in the background (drops edits: ask first)."""
        if self.load_task is not None:
            self._reload_again = True
            return None
        db, actor, book, on = self.ctx.db, self.ctx.actor, self.book, self.on

        def work(_progress: Progress) -> tuple[GridData, list[CategoryRow]]:
            with collector_paused(), db.session() as session:
                tiers = pricing.list_tiers(session, actor)
                items = catalog.list_items(session, actor)
                categories = catalog.list_categories(session, actor)
                cells = pricing.prices_in_force(session, actor, book=book, on=on)
                return build_grid(book, on, items, tiers, cells), categories

        self.count_label.setText(self.tr("Loading prices…"))
        task = BackgroundTask(self, work, title=self.tr("Loading prices…"), cancellable=False).start()
        task.succeeded.connect(self._loaded)
        task.finished.connect(self._load_finished)
        self.load_task = task
        return task

    def _loaded(self, result: tuple[GridData, list[CategoryRow]]) -> None:
        grid, categories = result
        self.undo_stack.clear()
        self.model.set_grid(grid)
        self._saved_pending = False
        self.loaded_once = True
        if [c.id for c in categories] != [c.id for c in self.categories]:
            chosen = self.category_combo.currentData()
            self.categories = categories
            self._fill_categories()
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(chosen)))
        self.apply_filter()

    def _load_finished(self) -> None:
        self.load_task = None
        if self._reload_again:
            self._reload_again = False
            self.reload()
        else:
            self._show_counts()
            self.loaded.emit()

    def is_loading(self) -> bool:
        return self.load_task is not None

    def reload_asking(self) -> None:
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        self.reload()

    # --- book, date and filters -----------------------------------------------------------

    def set_book(self, book: str) -> None:
        self.book_combo.setCurrentIndex(self.book_combo.findData(book))

    def set_date(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _book_changed(self, _index: int) -> None:
        book = str(self.book_combo.currentData())
        if book == self.book:
            return
        if self.has_unsaved_changes() and not self.confirm_discard():
            self.book_combo.blockSignals(True)
            self.book_combo.setCurrentIndex(self.book_combo.findData(self.book))
            self.book_combo.blockSignals(False)
            return
        self.book = book
        self.reload()

    def _date_changed(self, date: QDate) -> None:
        day: dt.date = date.toPython()  # type: ignore[assignment]
        if day == self.on:
            return
        if self.has_unsaved_changes() and not self.confirm_discard():
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(self.on.year, self.on.month, self.on.day))
            self.date_edit.blockSignals(False)
            return
        self.on = day
        self.reload()

    def _kind_changed(self, _index: int) -> None:
        chosen = self.category_combo.currentData()
        self._fill_categories()
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(chosen)))
        self.apply_filter()

    def set_search(self, text: str) -> None:
        self.search_edit.setText(text)
        self.apply_filter()

    def apply_filter(self) -> None:
        self.search_timer.stop()
        kind = self.kind_combo.currentData()
        category = self.category_combo.currentData()
        ids = frozenset(catalog.category_subtree(self.categories, category)) if category is not None else None
        self.proxy.set_filter(
            GridFilter(None if kind == ALL else str(kind), ids, " ".join(self.search_edit.text().split()))
        )
        self._show_counts()

    # --- state ----------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.model.unsaved_count() > 0 and not self._saved_pending

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def confirm_discard(self) -> bool:
        return self.confirm(
            self.tr("Unsaved changes"),
            self.tr("{count} changed prices are not saved. Discard them?").format(
                count=QLocale().toString(self.model.unsaved_count())
            ),
        )

    def _show_counts(self) -> None:
        locale = QLocale()
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.load_task is not None and not self.loaded_once:
            return
        missing = self.model.missing_count()
        if shown != total:
            text = self.tr("Showing {shown} of {total} items").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        else:
            text = self.tr("Items: {count}").format(count=locale.toString(total))
        text += " · " + self.tr("{count} prices missing on {date}").format(
            count=locale.toString(missing), date=self.on.isoformat()
        )
        self.count_label.setText(text)
        unsaved = self.model.unsaved_count()
        self.unsaved_label.setText(
            self.tr("{count} unsaved changes").format(count=locale.toString(unsaved)) if unsaved else ""
        )
        self.save_action.setEnabled(self.can_edit and unsaved > 0 and self.save_task is None)
        self.impact_action.setEnabled(self.can_edit and unsaved > 0)

    def notify(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def refuse(self, text: str) -> None:
        """Say why an edit was refused (the cells keep their values)."""
        self.status_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _refuse_many(self, messages: list[str]) -> None:
        text = self.tr("Nothing was changed:") + "\n" + "\n".join(messages[:LISTED_REFUSALS])
        if len(messages) > LISTED_REFUSALS:
            text += "\n" + self.tr("… and {count} more.").format(count=len(messages) - LISTED_REFUSALS)
        self.refuse(text)

    # --- selection helpers ----------------------------------------------------------------

    def _selected_cells(self) -> list[Cell]:
        """The selected tier cells as (source row, tier index), in display order."""
        rows = self.proxy.source_rows()
        cells = [
            (rows[i.row()], i.column() - FIXED_COLUMNS)
            for i in self.view.selectionModel().selectedIndexes()
            if i.column() >= FIXED_COLUMNS and i.row() < len(rows)
        ]
        cells.sort(key=lambda c: (self.proxy.mapFromSource(self.model.index(c[0], 0)).row(), c[1]))
        return cells

    def _top_left(self) -> QModelIndex:
        selected = self.view.selectionModel().selectedIndexes()
        if not selected:
            return self.view.currentIndex()
        row = min(i.row() for i in selected)
        column = min(i.column() for i in selected)
        return self.proxy.index(row, column)

    # --- clipboard ------------------------------------------------------------------------

    def copy(self) -> str:
        """Copy the selection (its bounding rectangle) as tab-separated text; missing prices are empty."""
        selected = self.view.selectionModel().selectedIndexes()
        if not selected:
            return ""
        chosen = {(i.row(), i.column()) for i in selected}
        top, bottom = min(r for r, _ in chosen), max(r for r, _ in chosen)
        left, right = min(c for _, c in chosen), max(c for _, c in chosen)
        rows = []
        for r in range(top, bottom + 1):
            cells = []
            for c in range(left, right + 1):
                value = self.proxy.index(r, c).data(Qt.ItemDataRole.EditRole) if (r, c) in chosen else ""
                cells.append(str(value or ""))
            rows.append(cells)
        text = to_tsv(rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self) -> bool:
        """Paste a tab-separated block from the clipboard at the selection's top-left cell.

        Rows follow the rows the filter shows (mapped to the items behind them). A single value
        fills every selected cell. Empty cells in the block leave their cells as they are. Any
        invalid cell refuses the whole paste, naming the cells.
        """
        if not self.can_edit:
            return False
        block = parse_tsv(QGuiApplication.clipboard().text())
        if not block or not any(any(c.strip() for c in line) for line in block):
            self.refuse(self.tr("The clipboard holds nothing to paste."))
            return False
        start = self._top_left()
        if not start.isValid():
            self.refuse(self.tr("Select the cell where the pasted block starts."))
            return False
        if len(block) == 1 and len(block[0]) == 1 and len(self.view.selectionModel().selectedIndexes()) > 1:
            targets = [(cell, block[0][0]) for cell in self._selected_cells()]
        else:
            targets_or_error = self._paste_targets(block, start.row(), start.column())
            if isinstance(targets_or_error, str):
                self.refuse(targets_or_error)
                return False
            targets = targets_or_error
        values: dict[Cell, Decimal | None] = {}
        problems: list[str] = []
        parse = self.model.parse_cell
        for (row, t), text in targets:
            if not text.strip():
                continue  # an empty pasted cell leaves the cell as it is
            try:
                values[(row, t)] = parse(row, t, text)
            except CellRefused as exc:
                problems.append(exc.message)
        if problems:
            self._refuse_many(problems)
            return False
        changed = self.model.push(values, self.tr("Paste {count} cells").format(count=len(values)))
        self.notify(
            self.tr("Pasted {count} cells.").format(count=QLocale().toString(len(values)))
            if changed
            else self.tr("The pasted values are the ones already shown.")
        )
        return changed

    def _paste_targets(self, block: list[list[str]], top: int, left: int) -> list[tuple[Cell, str]] | str:
        width = max(len(line) for line in block)
        if left < FIXED_COLUMNS:
            return self.tr("Paste into the price columns: select a cell under a tier.")
        if left + width > self.model.columnCount():
            return self.tr("The block is {width} columns wide; only {room} tier columns are right of the cell.").format(
                width=width, room=self.model.columnCount() - left
            )
        visible = self.proxy.source_rows()
        if top + len(block) > len(visible):
            return self.tr("The block has {rows} rows; only {room} rows are shown from the cell down.").format(
                rows=len(block), room=len(visible) - top
            )
        first_tier = left - FIXED_COLUMNS
        return [
            ((visible[top + i], first_tier + j), text) for i, line in enumerate(block) for j, text in enumerate(line)
        ]

    # --- edits over a selection -----------------------------------------------------------

    def fill_down(self) -> bool:
        """Copy the top selected cell of each column into the selected cells below it (one cell
        selected: copy the cell above into it)."""
        if not self.can_edit:
            return False
        by_column: dict[int, list[int]] = {}
        visible = self.proxy.source_rows()
        for index in self.view.selectionModel().selectedIndexes():
            if index.column() >= FIXED_COLUMNS:
                by_column.setdefault(index.column() - FIXED_COLUMNS, []).append(index.row())
        values: dict[Cell, Decimal | None] = {}
        problems: list[str] = []
        for t, proxy_rows in by_column.items():
            proxy_rows.sort()
            if len(proxy_rows) == 1:
                if proxy_rows[0] == 0:
                    continue
                proxy_rows.insert(0, proxy_rows[0] - 1)
            top = visible[proxy_rows[0]]
            value = self.model.value(top, t)
            if value is None:
                problems.append(self.tr("{cell} has no price to fill down.").format(cell=self.model.cell_name(top, t)))
                continue
            for proxy_row in proxy_rows[1:]:
                values[(visible[proxy_row], t)] = value
        if problems:
            self._refuse_many(problems)
            return False
        if not values:
            self.refuse(self.tr("Select the cells to fill, with the value to copy at the top."))
            return False
        self.model.push(values, self.tr("Fill down {count} cells").format(count=len(values)))
        self.notify(self.tr("Filled {count} cells.").format(count=QLocale().toString(len(values))))
        return True

    def adjust_selection(self) -> AdjustDialog | None:
        """Open the dialog that changes the selected prices by a percent or an amount."""
        cells = self._selected_cells()
        if not self.can_edit or not cells:
            self.refuse(self.tr("Select the prices to adjust first."))
            return None
        dialog = AdjustDialog(len(cells), self)
        dialog.accepted.connect(lambda: self.apply_adjustment(dialog.adjustment()))
        self._open(dialog)
        return dialog

    def apply_adjustment(self, adjustment: Adjustment, cells: list[Cell] | None = None) -> bool:
        """Change the selected prices (missing ones are left out); one undo step."""
        targets = self._selected_cells() if cells is None else cells
        hundred = Decimal(100)
        values: dict[Cell, Decimal | None] = {}
        problems: list[str] = []
        skipped = 0
        for row, t in targets:
            old = self.model.value(row, t)
            if old is None:
                skipped += 1
                continue
            raw = old * (hundred + adjustment.value) / hundred if adjustment.percent else old + adjustment.value
            new = round_to(raw, adjustment.step)
            if new < 0:
                problems.append(
                    self.tr("{cell}: the result {value} would be negative.").format(
                        cell=self.model.cell_name(row, t), value=new
                    )
                )
            values[(row, t)] = new
        if problems:
            self._refuse_many(problems)
            return False
        self.model.push(values, self.tr("Adjust {count} cells").format(count=len(values)))
        text = self.tr("Adjusted {count} prices.").format(count=QLocale().toString(len(values)))
        if skipped:
            text += " " + self.tr("{count} cells without a price were left out.").format(count=skipped)
        self.notify(text)
        return True

    def derive_column(self) -> DeriveDialog | None:
        """Open the dialog that fills a tier column from another times a factor."""
        if not self.can_edit or len(self.model.tiers) < 2:
            self.refuse(self.tr("Deriving a column needs at least two tiers."))
            return None
        current = self.view.currentIndex()
        target = current.column() - FIXED_COLUMNS if current.isValid() and current.column() >= FIXED_COLUMNS else 1
        dialog = DeriveDialog(self.model.tiers, target, self)
        dialog.accepted.connect(lambda: self.apply_derivation(dialog.derivation()))
        self._open(dialog)
        return dialog

    def apply_derivation(self, derivation: Derivation) -> bool:
        """Set the target column to source x factor for the shown (or selected) rows; one undo step."""
        if derivation.selected_rows_only:
            visible = self.proxy.source_rows()
            rows = sorted({visible[i.row()] for i in self.view.selectionModel().selectedIndexes()})
        else:
            rows = list(self.proxy.source_rows())
        values: dict[Cell, Decimal | None] = {}
        skipped = 0
        for row in rows:
            source = self.model.value(row, derivation.source)
            if source is None:
                skipped += 1
                continue
            values[(row, derivation.target)] = round_to(source * derivation.factor, derivation.step)
        tiers = self.model.tiers
        self.model.push(
            values,
            self.tr("Derive {target} from {source}").format(
                target=tiers[derivation.target].name, source=tiers[derivation.source].name
            ),
        )
        text = self.tr("{count} prices of {target} derived from {source} x {factor}.").format(
            count=QLocale().toString(len(values)),
            target=tiers[derivation.target].name,
            source=tiers[derivation.source].name,
            factor=derivation.factor,
        )
        if skipped:
            text += " " + self.tr("{count} rows without a source price were left out.").format(count=skipped)
        self.notify(text)
        return bool(values)

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> SaveDateDialog | None:
        """Ask for the effective date, then save every change (see ``save_with``)."""
        if not self.can_edit or not self.has_unsaved_changes():
            return None
        self.view.setFocus()  # close an open editor first: its text is committed or refused
        dialog = SaveDateDialog(
            self.model.unsaved_count(), self.book_combo.currentText(), pricing.business_today(self.ctx.actor), self
        )
        dialog.accepted.connect(lambda: self.save_with(dialog.effective_date()))
        self._open(dialog)
        return dialog

    def save_with(self, effective: dt.date) -> BackgroundTask | None:
        """Write all changes effective from ``effective`` in one transaction, in the background.

        On success the grid reloads; on a refusal nothing is written and every edit stays.
        """
        if self.save_task is not None or not self.has_unsaved_changes():
            return None
        db, actor, book = self.ctx.db, self.ctx.actor, self.book
        changes = self.model.changes()

        def work(progress: Progress) -> pricing.SaveResult:
            with db.session() as session:
                return pricing.save_prices(
                    session, actor, book=book, effective=effective, changes=changes, progress=progress
                )

        task = run_task(self, work, title=self.tr("Saving prices…"))
        task.succeeded.connect(self._saved)
        task.failed.connect(self._save_failed)
        task.finished.connect(self._save_finished)
        self.save_task = task
        self._show_counts()
        return task

    def _saved(self, result: pricing.SaveResult) -> None:
        # The edits are in the database now; they stay on screen until the reload replaces them.
        self._saved_pending = True
        self.undo_stack.clear()
        self.notify(
            self.tr("Saved {count} prices effective from {date}.").format(
                count=QLocale().toString(result.written), date=result.effective.isoformat()
            )
        )
        self.saved.emit(result)
        self.reload()

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ScrmError):
            self.refuse(describe_error(exc))

    def _save_finished(self) -> None:
        self.save_task = None
        self._show_counts()

    def preview_impact(self) -> PriceImpactDialog | None:
        """Show what the unsaved changes would have changed in a past month's settlement (saves nothing).

        The dialog asks for the effective date the save would use (default today, like Save).
        """
        if not self.can_edit or not self.has_unsaved_changes():
            return None
        self.view.setFocus()  # close an open editor first: its text is committed or refused
        dialog = PriceImpactDialog.for_prices(
            self.ctx,
            book=self.book,
            book_label=self.book_combo.currentText(),
            changes=self.model.changes(),
            parent=self,
        )
        self._open(dialog)
        return dialog

    # --- history and tiers ----------------------------------------------------------------

    def show_history(self) -> HistoryDialog | None:
        """Open the history of the current cell: who changed it, when, old and new, effective from."""
        current = self.view.currentIndex()
        if not current.isValid() or current.column() < FIXED_COLUMNS:
            self.refuse(self.tr("Select a price cell to see its history."))
            return None
        row = self.proxy.source_rows()[current.row()]
        t = current.column() - FIXED_COLUMNS
        item, tier = self.model.items[row], self.model.tiers[t]
        dialog = HistoryDialog(
            self.ctx,
            book=self.book,
            item_id=item.id,
            tier_id=tier.id,
            title=self.tr("{item} {name} · {tier} · {book}").format(
                item=item.code, name=item.name, tier=tier.name, book=self.book_combo.currentText()
            ),
            parent=self,
        )
        self._open(dialog)
        return dialog

    def manage_tiers(self) -> TiersDialog | None:
        """Open tier management (add, rename, reorder); the grid reloads when it closes."""
        if not self.can_edit:
            return None
        if self.has_unsaved_changes():
            self.refuse(self.tr("Save or undo the changed prices before changing the tiers."))
            return None
        dialog = TiersDialog(self.ctx, self)
        dialog.finished.connect(lambda _result: self.reload())
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- selection for tests and the dashboard --------------------------------------------

    def select_cells(self, top: int, left: int, bottom: int | None = None, right: int | None = None) -> None:
        """Select a rectangle of the displayed grid (proxy rows and columns) and make its top-left current."""
        bottom = top if bottom is None else bottom
        right = left if right is None else right
        selection = self.view.selectionModel()
        selection.setCurrentIndex(self.proxy.index(top, left), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.select(
            QItemSelection(self.proxy.index(top, left), self.proxy.index(bottom, right)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )
