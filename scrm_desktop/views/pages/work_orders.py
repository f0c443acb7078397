"""Work orders (工单): the list with its filters, the editor, and completing many at once.

The list stays fast at 200,000 work orders because it never holds them all: every filter change
asks ``work_orders.list_work_orders`` for the count and the first ``PAGE_SIZE`` rows, and further
pages come as the table scrolls (``WorkOrderListModel.canFetchMore``/``fetchMore``). A page takes
10–150 ms on SQLite at that size (more with a text search), so every query runs in the
background; results of a filter that has changed meanwhile are dropped (``generation``). The
order is the service's (newest number first): a paged list cannot be sorted in the view.

Batch completion hands the selected open work orders to ``work_orders.complete_work_orders`` in
one background task with progress; a refusal lists every work order and its problem, and then
none was completed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import parties
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.parties import InstallerRow, ProviderRow
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.work_orders import (
    CompletionRefused,
    CompletionResult,
    WorkOrderDetail,
    WorkOrderFilter,
    WorkOrderPage,
    WorkOrderRow,
)
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error, show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.table_model import ROW_ROLE, Column
from scrm_desktop.views.tasks import BackgroundTask, run_task
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, OptionalDate, date_text, hint_label, setup_table
from scrm_desktop.views.work_order_editor import WorkOrderDialog
from scrm_desktop.views.work_order_labels import date_field_label, money_text, status_label
from scrm_desktop.views.work_order_models import PAGE_SIZE, WorkOrderListModel

SEARCH_DELAY_MS = 300
NO_DIALOG_MS = 10 * 60 * 1000  # loading shows in the count line, never as a dialog
COLUMN_WIDTHS = (160, 64, 100, 180, 180, 110, 50, 90, 90, 100)
ICON_COLOR = "#37474f"
STATUS_COLUMN = 1
OPEN = "open"


def row_of(detail: WorkOrderDetail) -> WorkOrderRow:
    """The list row of a work order the editor just saved (no query needed)."""
    return WorkOrderRow(
        id=detail.id,
        number=detail.number,
        status=detail.status,
        customer_name=detail.customer_name,
        address=detail.address,
        region_code=detail.region_code,
        region_path=detail.region_path,
        provider_name=detail.provider_name,
        crew="、".join(m.name for m in detail.earnings.crew),
        scenario=detail.scenario or "",
        planned_date=detail.planned_date,
        completed_on=detail.completed_on,
        settlement_total=detail.earnings.total if detail.status == "completed" else None,
        version=detail.version,
    )


class WorkOrdersPage(Page):
    """The work-order list, its filters and actions.

    Signals:
        loaded(): a query finished and the list shows its first page.
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.may_dispatch = actor.can(Permission.DISPATCH_WORK_ORDERS)
        self.may_read_parties = parties.may_read(actor)
        self.filter = WorkOrderFilter()
        self.generation = 0
        self.load_task: BackgroundTask | None = None
        self.fetch_task: BackgroundTask | None = None
        self.complete_task: BackgroundTask | None = None
        self.loaded_once = False
        self.dialog: WorkOrderDialog | None = None
        self.last_error_dialog: QWidget | None = None
        self.providers: list[ProviderRow] = []
        self.installers: list[InstallerRow] = []

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        columns: list[Column[WorkOrderRow]] = [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: f"{r.customer_name}\n{r.address}"),
            Column(self.tr("Region"), lambda r: r.region_path, tooltip=lambda r: r.region_path),
            Column(self.tr("Provider"), lambda r: r.provider_name, tooltip=lambda r: r.provider_name),
            Column(self.tr("Installers"), lambda r: r.crew, tooltip=lambda r: r.crew),
            Column(self.tr("Scenario"), lambda r: r.scenario),
            Column(self.tr("Planned"), lambda r: date_text(r.planned_date)),
            Column(self.tr("Completed"), lambda r: date_text(r.completed_on)),
            Column(self.tr("Settlement"), lambda r: money_text(r.settlement_total), align=right),
        ]
        self.model = WorkOrderListModel(columns, STATUS_COLUMN, self)
        self.model.fetch_requested.connect(self._fetch_more)

        self._build_actions()
        toolbar = QToolBar()
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.complete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.toolbar = toolbar

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("work-orders-search")
        self.search_edit.setPlaceholderText(self.tr("Search number, customer or address"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(280)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addStretch(1)
        top.addWidget(self.search_edit)

        layout = self.header_layout(
            self.tr("Work orders"),
            self.tr(
                "Jobs at customers' sites: who does them, what they include and what they earn. Newest first; "
                "narrow the list with the filters, double-click a work order to open it."
            ),
        )
        layout.addLayout(top)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)

        self.count_label = hint_label("")
        self.count_label.setObjectName("work-orders-count")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("work-orders-notice")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)
        layout.addLayout(footer)
        self._update_actions()
        self._show_state()

    # --- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = self.page_action(
            "mdi6.clipboard-plus-outline", self.tr("New work order"), self.new_work_order
        )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = self.page_action("mdi6.folder-open-outline", self.tr("Open"), self.open_selected)
        self.complete_action = self.page_action("mdi6.check-all", self.tr("Complete selected"), self.complete_selected)
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.new_action.setVisible(self.may_dispatch)
        self.complete_action.setVisible(self.may_dispatch)

    def _build_filters(self) -> QHBoxLayout:
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("work-orders-status")
        self.status_combo.addItem(self.tr("All statuses"), "")
        self.status_combo.addItem(self.tr("Open (not completed)"), OPEN)
        for status in ("draft", "assigned", "in_progress", "completed", "cancelled"):
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.region_picker = RegionPicker()
        self.region_picker.setObjectName("work-orders-region")
        self.region_picker.setPlaceholderText(self.tr("Any region"))
        self.region_picker.setMinimumWidth(170)
        self.region_picker.editingFinished.connect(self.apply_filters)
        self.region_picker.textChanged.connect(self._region_typed)
        self.region_picker.completer().activated.connect(lambda _text: self.apply_filters())

        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("work-orders-provider")
        self.provider_combo.setMinimumContentsLength(10)
        self.provider_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.provider_combo.currentIndexChanged.connect(self._provider_changed)
        self.installer_combo = QComboBox()
        self.installer_combo.setObjectName("work-orders-installer")
        self.installer_combo.setMinimumContentsLength(6)
        self.installer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.installer_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for combo in (self.provider_combo, self.installer_combo):
            combo.setVisible(self.may_read_parties)

        self.date_field_combo = QComboBox()
        for field_name in ("planned", "completed", "created"):
            self.date_field_combo.addItem(date_field_label(field_name), field_name)
        self.date_field_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.date_from = OptionalDate(self.tr("From"))
        self.date_to = OptionalDate(self.tr("To"))
        for optional in (self.date_from, self.date_to):
            optional.check.toggled.connect(lambda _c: self.apply_filters())
            optional.edit.dateChanged.connect(lambda _d: self._date_changed())
        self.clear_button = QPushButton(icon("mdi6.filter-remove-outline", color=ICON_COLOR), self.tr("Clear filters"))
        self.clear_button.setObjectName("work-orders-clear")
        self.clear_button.clicked.connect(self.clear_filters)

        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.status_combo)
        row.addWidget(self.region_picker, 1)
        row.addWidget(self.provider_combo, 1)
        row.addWidget(self.installer_combo)
        row.addSpacing(8)
        row.addWidget(self.date_field_combo)
        row.addWidget(self.date_from)
        row.addWidget(self.date_to)
        row.addWidget(self.clear_button)
        return row

    def _build_table(self) -> QWidget:
        self.view = QTableView()
        self.view.setObjectName("work-orders-table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # the service orders the pages; a partial list cannot be sorted
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        # Sizing to contents would measure every loaded row on each page.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("work-orders-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            f"QLabel#work-orders-empty {{ color: {HINT_COLOR}; font-size: 15px; background: white;"
            " border: 1px solid #cfd4da; padding: 24px; }"
        )
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.view)
        self.table_stack.addWidget(self.empty_label)
        return self.table_stack

    # --- choices --------------------------------------------------------------------------

    def _load_parties(self) -> None:
        if not self.may_read_parties:
            return
        try:
            with self.ctx.db.session() as session:
                self.providers = parties.list_providers(session, self.ctx.actor, include_inactive=True)
                self.installers = parties.list_installers(session, self.ctx.actor, include_inactive=True)
        except ScrmError as exc:
            show_error(self, exc)
            return
        current = self.provider_combo.currentData()
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        self.provider_combo.addItem(self.tr("All providers"), "")
        for provider in self.providers:
            self.provider_combo.addItem(provider.name, str(provider.id))
        self.provider_combo.setCurrentIndex(max(self.provider_combo.findData(current), 0))
        self.provider_combo.blockSignals(False)
        self._fill_installers()

    def _fill_installers(self) -> None:
        provider = self.provider_combo.currentData()
        current = self.installer_combo.currentData()
        self.installer_combo.blockSignals(True)
        self.installer_combo.clear()
        self.installer_combo.addItem(self.tr("All installers"), "")
        for installer in self.installers:
            if not provider or str(installer.provider_id) == provider:
                self.installer_combo.addItem(installer.name, str(installer.id))
        self.installer_combo.setCurrentIndex(max(self.installer_combo.findData(current), 0))
        self.installer_combo.blockSignals(False)

    def _provider_changed(self, _index: int) -> None:
        self._fill_installers()
        self.apply_filters()

    # --- filters --------------------------------------------------------------------------

    def _region_typed(self, text: str) -> None:
        bad = bool(text.strip()) and self.region_picker.code() is None
        self.region_picker.setStyleSheet(f"color: {ERROR_COLOR};" if bad else "")
        if not text.strip():
            self.apply_filters()

    def _date_changed(self) -> None:
        if self.date_from.check.isChecked() or self.date_to.check.isChecked():
            self.apply_filters()

    def current_filter(self) -> WorkOrderFilter:
        """The filter the widgets describe."""
        status = self.status_combo.currentData()
        statuses: tuple[str, ...] = wo.OPEN_STATUSES if status == OPEN else ((status,) if status else ())
        provider = self.provider_combo.currentData()
        installer = self.installer_combo.currentData()
        return WorkOrderFilter(
            statuses=statuses,
            region_code=self.region_picker.code(),
            provider_id=uuid.UUID(provider) if provider else None,
            installer_id=uuid.UUID(installer) if installer else None,
            date_field=str(self.date_field_combo.currentData()),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=" ".join(self.search_edit.text().split()),
        )

    def apply_filters(self) -> None:
        """Query again when the filter changed (typing waits for a pause)."""
        self.search_timer.stop()
        flt = self.current_filter()
        if flt != self.filter or not self.loaded_once:
            self.filter = flt
            self.reload()

    def set_search(self, text: str) -> None:
        """Search for ``text`` now (tests; typing waits for a pause)."""
        self.search_edit.setText(text)
        self.apply_filters()

    def set_status_filter(self, status: str) -> None:
        """``""`` all, ``"open"``, or one status."""
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def clear_filters(self) -> None:
        for widget in (self.status_combo, self.provider_combo, self.installer_combo, self.date_field_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self._fill_installers()
        for optional in (self.date_from, self.date_to):
            optional.check.blockSignals(True)
            optional.check.setChecked(False)
            optional.edit.setEnabled(False)
            optional.check.blockSignals(False)
        for edit in (self.region_picker, self.search_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.region_picker.setStyleSheet("")
        self.apply_filters()

    def _filter_narrows(self) -> bool:
        return self.filter != WorkOrderFilter(date_field=self.filter.date_field)

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload choices and the list (called whenever the page is shown)."""
        self._load_parties()
        self.filter = self.current_filter()
        self.reload()

    def reload(self) -> BackgroundTask:
        """Count and load the first page of the current filter in the background."""
        self.generation += 1
        generation, flt = self.generation, self.filter
        db, actor = self.ctx.db, self.ctx.actor

        def work(_progress: Progress) -> WorkOrderPage:
            with db.session() as session:
                return wo.list_work_orders(session, actor, flt, offset=0, limit=PAGE_SIZE)

        task = BackgroundTask(
            self, work, title=self.tr("Loading work orders…"), cancellable=False, min_duration_ms=NO_DIALOG_MS
        )
        task.succeeded.connect(lambda page: self._loaded(page, generation))
        task.failed.connect(lambda _exc: self._load_failed(generation))
        self.load_task = task
        self.count_label.setText(self.tr("Loading work orders…"))
        task.start()
        return task

    def _loaded(self, page: WorkOrderPage, generation: int) -> None:
        if generation != self.generation:
            return  # the filter changed while this page loaded
        selected = {row.id for row in self.selected_rows()}
        self.model.reset_to(page, generation)
        self.loaded_once = True
        self.load_task = None
        for work_order_id in selected:
            self.select(work_order_id, add=True)
        self._show_state()
        self.loaded.emit()

    def _load_failed(self, generation: int) -> None:
        if generation == self.generation:
            self.load_task = None
            self._show_state()

    def _fetch_more(self, offset: int) -> None:
        generation, flt = self.model.generation, self.filter
        db, actor = self.ctx.db, self.ctx.actor

        def work(_progress: Progress) -> WorkOrderPage:
            with db.session() as session:
                return wo.list_work_orders(session, actor, flt, offset=offset, limit=PAGE_SIZE)

        task = BackgroundTask(
            self, work, title=self.tr("Loading work orders…"), cancellable=False, min_duration_ms=NO_DIALOG_MS
        )
        task.succeeded.connect(lambda page: self._fetched(page, generation))
        task.failed.connect(lambda _exc: self.model.fetch_failed(generation))
        self.fetch_task = task
        task.start()

    def _fetched(self, page: WorkOrderPage, generation: int) -> None:
        self.fetch_task = None
        if self.model.append_page(page, generation):
            self._show_state()

    def is_loading(self) -> bool:
        return self.load_task is not None or self.model.fetching

    def _show_state(self) -> None:
        locale = QLocale()
        total, loaded = self.model.total, len(self.model.rows)
        if self.load_task is not None and not self.loaded_once:
            self.empty_label.setText(self.tr("Loading work orders…"))
            self.table_stack.setCurrentWidget(self.empty_label)
            return
        if self.load_task is None:
            if loaded < total:
                self.count_label.setText(
                    self.tr("{total} work orders, {loaded} loaded; scroll down for more").format(
                        total=locale.toString(total), loaded=locale.toString(loaded)
                    )
                )
            else:
                self.count_label.setText(self.tr("{total} work orders").format(total=locale.toString(total)))
        if total:
            self.table_stack.setCurrentWidget(self.view)
        elif self._filter_narrows():
            self.empty_label.setText(self.tr("No work orders match the filters. Change them or clear them."))
            self.table_stack.setCurrentWidget(self.empty_label)
        elif self.may_dispatch:
            self.empty_label.setText(
                self.tr("There are no work orders yet. Create one with New work order, for a customer and a crew.")
            )
            self.table_stack.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(self.tr("There are no work orders for you yet."))
            self.table_stack.setCurrentWidget(self.empty_label)

    # --- selection ------------------------------------------------------------------------

    def selected_rows(self) -> list[WorkOrderRow]:
        selection = self.view.selectionModel()
        if selection is None:
            return []
        rows = [index.data(ROW_ROLE) for index in sorted(selection.selectedRows(), key=lambda i: i.row())]
        return [row for row in rows if row is not None]

    def select(self, work_order_id: uuid.UUID, *, add: bool = False) -> bool:
        position = self.model.find(work_order_id)
        if position < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select if add else QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.selectionModel().setCurrentIndex(self.model.index(position, 0), flags)
        return True

    def select_rows(self, ids: Sequence[uuid.UUID]) -> None:
        self.view.selectionModel().clearSelection()
        for work_order_id in ids:
            self.select(work_order_id, add=True)

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        self.open_action.setEnabled(len(rows) == 1)
        open_rows = [r for r in rows if r.status in wo.OPEN_STATUSES]
        self.complete_action.setEnabled(self.may_dispatch and bool(open_rows) and self.complete_task is None)

    def _notify(self, text: str) -> None:
        self.notice_label.setText(text)

    # --- actions --------------------------------------------------------------------------

    def _open_dialog(self, dialog: WorkOrderDialog) -> WorkOrderDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._work_order_saved)
        dialog.destroyed.connect(lambda _obj=None: self._dialog_gone(dialog))
        dialog.open()
        return dialog

    def _dialog_gone(self, dialog: WorkOrderDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def new_work_order(self) -> WorkOrderDialog | None:
        if not self.may_dispatch:
            return None
        return self._open_dialog(WorkOrderDialog(self.ctx, None, parent=self))

    def open_selected(self) -> WorkOrderDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        return self.open_work_order(rows[0].id)

    def open_work_order(self, work_order_id: uuid.UUID) -> WorkOrderDialog:
        return self._open_dialog(WorkOrderDialog(self.ctx, work_order_id, parent=self))

    def _work_order_saved(self, detail: WorkOrderDetail) -> None:
        if self.model.replace_row(row_of(detail)):
            self._update_actions()
        else:
            self.reload()  # a new work order: it heads the list (newest number first)

    def complete_selected(self) -> BackgroundTask | None:
        """Complete the selected open work orders in one batch (all or none)."""
        rows = [r for r in self.selected_rows() if r.status in wo.OPEN_STATUSES]
        if not rows or not self.may_dispatch:
            self._notify(self.tr("Select open work orders to complete."))
            return None
        if not self.confirm(
            self.tr("Complete work orders"),
            self.tr(
                "Complete {count} work orders? Their earnings are frozen; if any of them cannot be completed, none is."
            ).format(count=len(rows)),
        ):
            return None
        ids = [r.id for r in rows]
        versions = {r.id: r.version for r in rows}
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> CompletionResult:
            with db.session() as session:
                return wo.complete_work_orders(session, actor, ids, expected_versions=versions, progress=progress)

        task = run_task(self, work, title=self.tr("Completing work orders…"), cancellable=False, show_errors=False)
        task.succeeded.connect(self._completed)
        task.failed.connect(self._completion_failed)
        task.finished.connect(self._completion_finished)
        self.complete_task = task
        self._update_actions()
        return task

    def _completed(self, result: CompletionResult) -> None:
        self._notify(
            self.tr("{count} work orders completed; they earn {total} in all.").format(
                count=result.count, total=f"¥{result.settlement_total:,.2f}"
            )
        )
        self.reload()

    def _completion_failed(self, exc: BaseException) -> None:
        dialog = show_error(self, exc)
        if isinstance(exc, CompletionRefused) and isinstance(dialog, QMessageBox):
            dialog.setText(
                self.tr("{count} of the selected work orders cannot be completed, so none was completed.").format(
                    count=len(exc.problems)
                )
            )
            dialog.setInformativeText("\n".join(f"{number}: {describe_error(error)}" for number, error in exc.problems))
        self.last_error_dialog = dialog

    def _completion_finished(self) -> None:
        self.complete_task = None
        self._update_actions()

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def has_unsaved_changes(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible() and self.dialog.has_unsaved_changes()

    def visible_numbers(self) -> list[str]:
        return [row.number for row in self.model.rows]

    def row_by_number(self, number: str) -> WorkOrderRow | None:
        return next((row for row in self.model.rows if row.number == number), None)
