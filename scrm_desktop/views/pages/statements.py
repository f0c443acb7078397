"""Settlement statements (结算单): build a period's drafts, issue, pay, void and amend them, print them
and reconcile the period.

The list shows the statements of one period (a month, or a custom range) and one kind of payee
(installers or providers), narrowed by status, provider and a search; it loads in the background
(``statements.list_statements``) and a load of a filter that changed meanwhile is dropped. The
detail pane below shows the selected statement's snapshot: exactly what its PDF prints.

Building (``build_statements``), issuing (``issue_statements``) and exporting PDFs
(``statement_pdf.render_batch``) are long work: they run through ``views/tasks`` with progress and
cancel, and a cancelled build or issue leaves nothing half-written. Paying, voiding and amending
change one statement and run at once. The region filter narrows which work is built into drafts;
the list itself has no region (a statement covers a payee, not a place).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import parties, statements
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.parties import ProviderRow
from scrm_desktop.services.periods import Period, last_month
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.statements import BuildResult, StatementDetail, StatementRow
from scrm_desktop.services.work_orders import business_today
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error, show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.statement_detail import StatementDetailPane
from scrm_desktop.views.statement_dialogs import (
    BatchExportDialog,
    BatchTarget,
    Payment,
    PaymentDialog,
    ReconcileDialog,
)
from scrm_desktop.views.statement_labels import (
    PARTY_KINDS,
    STATUS_COLORS,
    STATUSES,
    party_kind_label,
    statement_label,
    statement_status_label,
)
from scrm_desktop.views.statement_preview import StatementPreviewDialog, file_stem
from scrm_desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column
from scrm_desktop.views.tasks import BackgroundTask, run_task
from scrm_desktop.views.widgets import (
    DATE_FORMAT,
    ERROR_COLOR,
    HINT_COLOR,
    ICON_COLOR,
    date_text,
    hint_label,
    search_edit,
    setup_table,
    toolbar_of,
)
from scrm_desktop.views.work_order_labels import money_text, yuan_text
from scrm_desktop.views.work_order_models import ColoredRowModel

SEARCH_DELAY_MS = 300
NO_DIALOG_MS = 10 * 60 * 1000  # loading shows in the count line, never as a dialog
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATUS_COLUMN = 1
COLUMN_WIDTHS = (152, 64, 64, 84, 92, 72, 56, 84, 76, 76, 84, 76, 92, 92)
ZERO = Decimal("0.00")


def cents(value: Decimal) -> int:
    """A sort key for money that the proxy compares exactly (no floats)."""
    return int(value * 100)


class StatementsPage(Page):
    """The statements of a period, their actions and the selected one's detail.

    Signals:
        loaded(): a list load finished and the table shows its rows.
        changed(): an action changed statements (built, issued, paid, voided, amended).
    """

    loaded = Signal()
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.may_read_parties = parties.may_read(actor)
        self.generation = 0
        self.load_task: BackgroundTask | None = None
        self.action_task: BackgroundTask | None = None
        self.loaded_once = False
        self.providers: list[ProviderRow] = []
        self.pending_selection: list[uuid.UUID] = []
        self.preview_dialog: StatementPreviewDialog | None = None
        self.reconcile_dialog: ReconcileDialog | None = None
        self.last_error_dialog: QWidget | None = None
        self.shown_filter: tuple[Any, ...] | None = None
        self.today = business_today(actor)

        columns: list[Column[StatementRow]] = [
            Column(
                self.tr("Number"),
                lambda r: statement_label(r.number),
                sort_key=lambda r: r.number or "",
                tooltip=self._amends_tooltip,
            ),
            Column(self.tr("Status"), lambda r: statement_status_label(r.status)),
            Column(self.tr("Payee"), lambda r: r.payee_name),
            Column(self.tr("Code"), lambda r: r.payee_code),
            Column(self.tr("Provider"), lambda r: r.provider_name, tooltip=lambda r: r.provider_name),
            Column(self.tr("Period"), self._period_text),
            Column(self.tr("Lines"), lambda r: QLocale().toString(r.line_count), RIGHT, lambda r: r.line_count),
            Column(self.tr("Gross"), lambda r: money_text(r.gross), RIGHT, lambda r: cents(r.gross)),
            Column(self.tr("Carried in"), lambda r: money_text(r.carry_in), RIGHT, lambda r: cents(r.carry_in)),
            Column(self.tr("Tax withheld"), lambda r: money_text(r.tax), RIGHT, lambda r: cents(r.tax)),
            Column(self.tr("Net paid"), lambda r: money_text(r.net), RIGHT, lambda r: cents(r.net)),
            Column(self.tr("Carried forward"), lambda r: money_text(r.carry_out), RIGHT, lambda r: cents(r.carry_out)),
            Column(self.tr("Issued on"), lambda r: date_text(r.issued_on)),
            Column(self.tr("Paid on"), lambda r: date_text(r.paid_on), tooltip=self._payment_tooltip),
        ]
        self.model: ColoredRowModel[StatementRow] = ColoredRowModel(columns, self._cell_color, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self._build_actions()
        self.toolbar = toolbar_of(
            [
                self.build_action, self.issue_action, self.pay_action, self.void_action, self.amend_action, None,
                self.export_pdfs_action, self.reconcile_action, None,
                self.refresh_action,
            ]
        )  # fmt: skip

        self.search_edit = search_edit(self.tr("Search number, payee or code"), "statements-search")
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())

        layout = self.header_layout(
            self.tr("Statements"),
            self.tr(
                "Settle what installers and providers earned in a period: build drafts from the completed work, "
                "check them, issue them (numbered, never changed afterwards), record the payment, and reconcile "
                "the period. A mistake on an issued statement is corrected by voiding it and amending."
            ),
        )
        layout.addLayout(self._build_period_row())
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.status_combo)
        top.addWidget(self.search_edit)
        layout.addLayout(top)

        self.detail_pane = StatementDetailPane(show_pii=actor.can(Permission.VIEW_PII))
        # What is done with one statement sits beside it; the toolbar keeps what works on the list.
        self.detail_pane.add_actions((self.preview_action, self.print_action, self.export_lines_action))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self.detail_pane)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 300])
        layout.addWidget(splitter, 1)

        self.count_label = hint_label("")
        self.count_label.setObjectName("statements-count")
        self.count_label.setWordWrap(False)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("statements-notice")
        self.notice_label.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label, 1)
        layout.addLayout(footer)
        self._update_actions()
        self._show_state()

    # --- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.build_action = self.page_action("mdi6.file-cog-outline", self.tr("Build drafts"), self.build_drafts)
        self.build_action.setToolTip(
            self.tr(
                "Compute a draft for every payee with unsettled earnings in the period (and the provider and region "
                "chosen); drafts built before are replaced, issued statements never change."
            )
        )
        self.issue_action = self.page_action("mdi6.stamper", self.tr("Issue"), self.issue_drafts)
        self.issue_action.setToolTip(self.tr("Issue the selected drafts, or every draft shown when none is selected."))
        self.pay_action = self.page_action("mdi6.cash-check", self.tr("Mark as paid"), self.mark_paid_selected)
        self.void_action = self.page_action("mdi6.file-cancel-outline", self.tr("Void"), self.void_selected)
        self.amend_action = self.page_action("mdi6.file-replace-outline", self.tr("Amend"), self.amend_selected)
        self.amend_action.setToolTip(self.tr("Build an amending draft for the payee and period of a voided statement."))
        self.preview_action = self.page_action("mdi6.file-pdf-box", self.tr("Preview PDF"), self.preview_selected)
        self.print_action = self.page_action("mdi6.printer-outline", self.tr("Print"), self.print_selected)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.export_lines_action = self.page_action(
            "mdi6.microsoft-excel", self.tr("Export lines (XLSX)"), self.export_lines_selected
        )
        self.export_pdfs_action = self.page_action(
            "mdi6.file-download-outline", self.tr("Export PDFs"), self.export_pdfs
        )
        self.export_pdfs_action.setToolTip(
            self.tr("Export the selected statements, or every statement shown, as PDF files or one merged PDF.")
        )
        self.reconcile_action = self.page_action("mdi6.scale-balance", self.tr("Reconcile"), self.reconcile)
        self.reconcile_action.setToolTip(self.tr("Check the period's statements against the earnings frozen in it."))
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)

    def _build_period_row(self) -> QHBoxLayout:
        period = last_month(self.today)
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("statements-month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setDate(QDate(period.first.year, period.first.month, 1))
        self.month_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.previous_button = QPushButton(icon("mdi6.chevron-left", color=ICON_COLOR), "")
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.previous_button.clicked.connect(lambda: self.month_edit.setDate(self.month_edit.date().addMonths(-1)))
        self.next_button = QPushButton(icon("mdi6.chevron-right", color=ICON_COLOR), "")
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.month_edit.setDate(self.month_edit.date().addMonths(1)))

        self.range_check = QCheckBox(self.tr("Custom range"))
        self.range_check.setObjectName("statements-range")
        self.from_edit = self._date_edit(period.first)
        self.to_edit = self._date_edit(period.last)
        self.range_check.toggled.connect(self._range_toggled)
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.apply_filters())

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("statements-kind")
        for kind in PARTY_KINDS:
            self.kind_combo.addItem(party_kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("statements-provider")
        self.provider_combo.setMinimumContentsLength(12)
        self.provider_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.provider_combo.addItem(self.tr("All providers"), "")
        self.provider_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.provider_combo.setVisible(self.may_read_parties)

        self.region_picker = RegionPicker()
        self.region_picker.setObjectName("statements-region")
        self.region_picker.setPlaceholderText(self.tr("Build for any region"))
        self.region_picker.setToolTip(
            self.tr("Build drafts only from work orders in this region. The list is not narrowed by region.")
        )
        self.region_picker.setMinimumWidth(170)
        self.region_picker.textChanged.connect(self._region_typed)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statements-status")
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.status_combo.addItem(statement_status_label(status), status)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(QLabel(self.tr("Period:")))
        row.addWidget(self.previous_button)
        row.addWidget(self.month_edit)
        row.addWidget(self.next_button)
        row.addSpacing(6)
        row.addWidget(self.range_check)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel("–"))
        row.addWidget(self.to_edit)
        row.addSpacing(12)
        row.addWidget(self.kind_combo)
        row.addWidget(self.provider_combo, 1)
        row.addWidget(self.region_picker, 1)
        return row

    @staticmethod
    def _date_edit(value: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _build_table(self) -> QWidget:
        self.view = QTableView()
        self.view.setObjectName("statements-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.doubleClicked.connect(lambda _index: self.preview_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("statements-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            f"QLabel#statements-empty {{ color: {HINT_COLOR}; font-size: 15px; background: white;"
            " border: 1px solid #cfd4da; padding: 24px; }"
        )
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.view)
        self.table_stack.addWidget(self.empty_label)
        return self.table_stack

    # --- cells ----------------------------------------------------------------------------

    @staticmethod
    def _period_text(row: StatementRow) -> str:
        first, last = row.period_from, row.period_to
        if first.day == 1 and last == Period.month(first.year, first.month).last:
            return f"{first:%Y-%m}"
        return f"{first.isoformat()}~{last.isoformat()}"

    def _amends_tooltip(self, row: StatementRow) -> str:
        if row.amends_id is None:
            return ""
        voided = next((r for r in self.model.rows if r.id == row.amends_id), None)
        return self.tr("Amends {number}").format(number=statement_label(voided.number) if voided else "—")

    def amended(self, row: StatementRow) -> bool:
        """Whether the list shows an amendment of ``row`` that is not void itself."""
        return any(r.amends_id == row.id and r.status != "void" for r in self.model.rows)

    def _payment_tooltip(self, row: StatementRow) -> str:
        if row.paid_on is None:
            return ""
        return self.tr("Reference: {reference}").format(reference=row.payment_ref or "—")

    @staticmethod
    def _cell_color(row: StatementRow, column: int) -> str | None:
        if column == STATUS_COLUMN:
            return STATUS_COLORS.get(row.status)
        if row.status == "void":
            return "#9e9e9e"
        if column == 11 and row.carry_out < 0:
            return ERROR_COLOR
        return None

    # --- providers ------------------------------------------------------------------------

    def _load_providers(self) -> None:
        if not self.may_read_parties:
            return
        try:
            with self.ctx.db.session() as session:
                self.providers = parties.list_providers(session, self.ctx.actor, include_inactive=True)
        except ScrmError as exc:
            self.last_error_dialog = show_error(self, exc)
            return
        current = self.provider_combo.currentData()
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        self.provider_combo.addItem(self.tr("All providers"), "")
        for provider in self.providers:
            self.provider_combo.addItem(f"{provider.name} ({provider.code})", str(provider.id))
        self.provider_combo.setCurrentIndex(max(self.provider_combo.findData(current), 0))
        self.provider_combo.blockSignals(False)

    def provider_id(self) -> uuid.UUID | None:
        data = self.provider_combo.currentData()
        return uuid.UUID(data) if data else None

    def choose_provider(self, provider_id: uuid.UUID | None) -> None:
        self.provider_combo.setCurrentIndex(max(self.provider_combo.findData(str(provider_id or "")), 0))

    def period(self) -> Period | None:
        """The period the widgets describe; None for a custom range that ends before it starts."""
        if self.range_check.isChecked():
            first: dt.date = self.from_edit.date().toPython()  # type: ignore[assignment]
            last: dt.date = self.to_edit.date().toPython()  # type: ignore[assignment]
            if last < first:
                return None
            return Period(first, last, f"{first.isoformat()}~{last.isoformat()}")
        month: dt.date = self.month_edit.date().toPython()  # type: ignore[assignment]
        return Period.month(month.year, month.month)

    def period_text(self, period: Period) -> str:
        return period.label or f"{period.first.isoformat()}~{period.last.isoformat()}"

    def set_month(self, year: int, month: int) -> None:
        """Show the statements of one month (tests; the month field does the same)."""
        self.range_check.setChecked(False)
        self.month_edit.setDate(QDate(year, month, 1))

    def set_range(self, first: dt.date, last: dt.date) -> None:
        """Show the statements of a custom range (tests; the range fields do the same)."""
        self.range_check.blockSignals(True)
        self.range_check.setChecked(True)
        self.range_check.blockSignals(False)
        self._enable_range(True)
        self._set_range_dates(first, last)
        self.apply_filters()

    def _range_toggled(self, on: bool) -> None:
        self._enable_range(on)
        if on:  # start from the month shown
            month = self.period_of_month()
            self._set_range_dates(month.first, month.last)
        self.apply_filters()

    def _enable_range(self, on: bool) -> None:
        for widget in (self.month_edit, self.previous_button, self.next_button):
            widget.setEnabled(not on)
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(on)

    def _set_range_dates(self, first: dt.date, last: dt.date) -> None:
        for edit, value in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def period_of_month(self) -> Period:
        month: dt.date = self.month_edit.date().toPython()  # type: ignore[assignment]
        return Period.month(month.year, month.month)

    def party_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_party_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))

    def set_status_filter(self, status: str) -> None:
        """``""`` for all, or one status."""
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def set_search(self, text: str) -> None:
        """Search for ``text`` now (tests; typing waits for a pause)."""
        self.search_edit.setText(text)
        self.apply_filters()

    def _region_typed(self, text: str) -> None:
        bad = bool(text.strip()) and self.region_picker.code() is None
        self.region_picker.setStyleSheet(f"color: {ERROR_COLOR};" if bad else "")

    def current_filter(self) -> tuple[Any, ...] | None:
        period = self.period()
        if period is None:
            return None
        status = self.status_combo.currentData()
        return (
            period,
            self.party_kind(),
            (status,) if status else (),
            " ".join(self.search_edit.text().split()),
            self.provider_id(),
        )

    def apply_filters(self) -> None:
        """Load again when the filter changed (typing waits for a pause)."""
        self.search_timer.stop()
        flt = self.current_filter()
        if flt is None:
            self._notify(self.tr("The custom range ends before it starts."), error=True)
            return
        if flt != self.shown_filter or not self.loaded_once:
            self.reload()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the providers and the list (called whenever the page is shown)."""
        self._load_providers()
        self.reload()

    def reload(self) -> BackgroundTask | None:
        """Load the statements of the current filter in the background."""
        flt = self.current_filter()
        if flt is None:
            return None
        self.generation += 1
        generation = self.generation
        period, kind, statuses, text, provider_id = flt
        db, actor = self.ctx.db, self.ctx.actor

        def work(_progress: Progress) -> list[StatementRow]:
            with db.session() as session:
                return statements.list_statements(
                    session, actor, period=period, party_kind=kind, statuses=statuses, text=text,
                    provider_id=provider_id,
                )  # fmt: skip

        task = BackgroundTask(
            self, work, title=self.tr("Loading statements…"), cancellable=False, min_duration_ms=NO_DIALOG_MS
        )
        task.succeeded.connect(lambda rows: self._loaded(rows, flt, generation))
        task.failed.connect(lambda _exc: self._load_failed(generation))
        self.load_task = task
        self.count_label.setText(self.tr("Loading statements…"))
        task.start()
        return task

    def _loaded(self, rows: list[StatementRow], flt: tuple[Any, ...], generation: int) -> None:
        if generation != self.generation:
            return  # the filter changed while this list loaded
        keep = self.pending_selection or [row.id for row in self.selected_rows()]
        current = self.current_row()
        self.pending_selection = []
        self.model.set_rows(rows)
        self.shown_filter = flt
        self.loaded_once = True
        self.load_task = None
        self.select_ids(keep, current=current.id if current is not None and current.id in keep else None)
        self._show_state()
        self._show_detail()
        self._update_actions()
        self.loaded.emit()

    def _load_failed(self, generation: int) -> None:
        if generation == self.generation:
            self.load_task = None
            self._show_state()

    def is_loading(self) -> bool:
        return self.load_task is not None

    def _show_state(self) -> None:
        rows = self.model.rows
        self.detail_pane.setVisible(bool(rows))
        if self.load_task is not None and not self.loaded_once:
            self.empty_label.setText(self.tr("Loading statements…"))
            self.table_stack.setCurrentWidget(self.empty_label)
            return
        if self.load_task is None:
            self.count_label.setText(self._totals_text(rows))
        if rows:
            self.table_stack.setCurrentWidget(self.view)
        elif self._filter_narrows():
            self.empty_label.setText(self.tr("No statements match the filters. Change them or clear the search."))
            self.table_stack.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(
                self.tr("There are no statements for this period yet: choose the period and click “Build drafts”.")
            )
            self.table_stack.setCurrentWidget(self.empty_label)

    def _filter_narrows(self) -> bool:
        flt = self.shown_filter
        return flt is not None and bool(flt[2] or flt[3] or flt[4])

    def _totals_text(self, rows: Sequence[StatementRow]) -> str:
        live = [r for r in rows if r.status != "void"]  # a voided statement pays nothing
        gross = sum((r.gross for r in live), ZERO)
        tax = sum((r.tax for r in live), ZERO)
        net = sum((r.net for r in live), ZERO)
        text = self.tr("{count} statements · gross {gross} · tax withheld {tax} · net paid {net}").format(
            count=QLocale().toString(len(rows)), gross=yuan_text(gross), tax=yuan_text(tax), net=yuan_text(net)
        )
        voided = len(rows) - len(live)
        if voided:
            text += " " + self.tr("({count} voided, not counted)").format(count=QLocale().toString(voided))
        return text

    # --- selection ------------------------------------------------------------------------

    def visible_rows(self) -> list[StatementRow]:
        """The rows in the order the table shows them."""
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def selected_rows(self) -> list[StatementRow]:
        selection = self.view.selectionModel()
        indexes = sorted(selection.selectedRows(), key=lambda i: i.row()) if selection is not None else []
        return [row for row in (index.data(ROW_ROLE) for index in indexes) if row is not None]

    def current_row(self) -> StatementRow | None:
        selected = self.selected_rows()
        if len(selected) != 1:
            current = self.view.currentIndex()
            row = current.data(ROW_ROLE) if current.isValid() else None
            return row if row is not None and row in selected else (selected[0] if selected else None)
        return selected[0]

    def single_selected(self) -> StatementRow | None:
        selected = self.selected_rows()
        return selected[0] if len(selected) == 1 else None

    def select_ids(self, ids: Sequence[uuid.UUID], *, current: uuid.UUID | None = None) -> None:
        """Select the rows of ``ids`` (one selection change, however many rows)."""
        wanted = set(ids)
        chosen = QItemSelection()
        first: Any = None
        for position, row in enumerate(self.model.rows):
            if row.id not in wanted:
                continue
            index = self.proxy.mapFromSource(self.model.index(position, 0))
            chosen.select(index, index)
            if first is None or row.id == current:
                first = index
        selection = self.view.selectionModel()
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(
            chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if first is not None:
            self.view.scrollTo(first)

    def select(self, statement_id: uuid.UUID) -> bool:
        self.select_ids([statement_id])
        return any(row.id == statement_id for row in self.selected_rows())

    def row_by_number(self, number: str) -> StatementRow | None:
        return next((row for row in self.model.rows if row.number == number), None)

    def _selection_changed(self) -> None:
        self._update_actions()
        self._show_detail()

    def _show_detail(self) -> StatementDetail | None:
        row = self.current_row()
        if row is None:
            self.detail_pane.show_detail(None)
            return None
        current = self.detail_pane.detail
        if current is not None and current.row == row:
            return current
        try:
            with self.ctx.db.session() as session:
                detail = statements.get_statement(session, self.ctx.actor, row.id)
        except ScrmError as exc:
            self.detail_pane.show_detail(None)
            self._notify(describe_error(exc), error=True)
            return None
        self.detail_pane.show_detail(detail)
        return detail

    def _update_actions(self) -> None:
        idle = self.action_task is None
        selected = self.selected_rows()
        single = selected[0] if len(selected) == 1 else None
        drafts = [r for r in (selected or self.model.rows) if r.status == "draft"]
        self.build_action.setEnabled(idle)
        self.issue_action.setEnabled(idle and bool(drafts))
        self.pay_action.setEnabled(idle and single is not None and single.status == "issued")
        self.void_action.setEnabled(idle and single is not None and single.status in ("issued", "paid"))
        self.amend_action.setEnabled(
            idle and single is not None and single.status == "void" and not self.amended(single)
        )
        for action in (self.preview_action, self.print_action, self.export_lines_action):
            action.setEnabled(single is not None)
        self.export_pdfs_action.setEnabled(idle and bool(selected or self.model.rows))

    def _notify(self, text: str, *, error: bool = False) -> None:
        self.notice_label.setText(text)
        self.notice_label.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    def _start(self, work: Callable[[Progress], Any], title: str, *, cancellable: bool = True) -> BackgroundTask:
        """One action at a time in the background; errors come back to ``_action_failed``."""
        task = run_task(self, work, title=title, cancellable=cancellable, show_errors=False)
        task.failed.connect(self._action_failed)
        task.cancelled.connect(lambda: self._notify(self.tr("Cancelled; nothing was changed.")))
        task.finished.connect(self._action_finished)
        self.action_task = task
        self._update_actions()
        return task

    def _action_failed(self, exc: BaseException) -> None:
        self.last_error_dialog = show_error(self, exc)
        self.reload()

    def _action_finished(self) -> None:
        self.action_task = None
        self._update_actions()

    # --- building and issuing -------------------------------------------------------------

    def build_drafts(self) -> BackgroundTask | None:
        """Build (or rebuild) the drafts of the period for the kind, provider and region chosen."""
        period = self.period()
        if period is None:
            self._notify(self.tr("The custom range ends before it starts."), error=True)
            return None
        region_code: str | None = None
        if not self.region_picker.is_empty():
            region_code = self.region_picker.code()
            if region_code is None:
                self._notify(
                    self.tr("The region “{text}” is not known.").format(text=self.region_picker.text()), error=True
                )
                return None
        kind, provider_id = self.party_kind(), self.provider_id()
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> BuildResult:
            with db.session() as session:
                return statements.build_statements(
                    session, actor, period=period, party_kind=kind, region_code=region_code,
                    provider_id=provider_id, progress=progress,
                )  # fmt: skip

        task = self._start(work, self.tr("Building drafts…"))
        task.succeeded.connect(lambda result: self._built(result, period))
        return task

    def _built(self, result: BuildResult, period: Period) -> None:
        if result.drafts:
            self._notify(
                self.tr("{drafts} drafts built for {period}: gross {gross}, tax withheld {tax}, net {net}.").format(
                    drafts=QLocale().toString(result.drafts),
                    period=self.period_text(period),
                    gross=yuan_text(result.gross),
                    tax=yuan_text(result.tax),
                    net=yuan_text(result.net),
                )
            )
        else:
            self._notify(
                self.tr("Nothing to settle in {period}: no completed work is waiting for a statement.").format(
                    period=self.period_text(period)
                )
            )
        self.set_status_filter("")
        self.reload()
        self.changed.emit()

    def drafts_to_issue(self) -> list[StatementRow]:
        """The selected drafts, or every draft shown when nothing is selected."""
        selected = self.selected_rows()
        return [r for r in (selected or self.visible_rows()) if r.status == "draft"]

    def issue_drafts(self) -> BackgroundTask | None:
        rows = self.drafts_to_issue()
        if not rows:
            self._notify(self.tr("Select the drafts to issue."), error=True)
            return None
        net = sum((r.net for r in rows), ZERO)
        if not self.confirm(
            self.tr("Issue statements"),
            self.tr(
                "Issue {count} statements with a net total of {net}? They are numbered and can no longer be "
                "changed; a mistake is corrected by voiding and amending."
            ).format(count=QLocale().toString(len(rows)), net=yuan_text(net)),
        ):
            return None
        ids = [r.id for r in rows]
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> list[str]:
            with db.session() as session:
                return statements.issue_statements(session, actor, ids, progress=progress)

        task = self._start(work, self.tr("Issuing statements…"))
        task.succeeded.connect(lambda numbers: self._issued(numbers, ids))
        return task

    def _issued(self, numbers: list[str], ids: list[uuid.UUID]) -> None:
        ordered = sorted(numbers)
        if len(ordered) == 1:
            text = self.tr("Issued {number}.").format(number=ordered[0])
        else:
            text = self.tr("Issued {count} statements, {first} to {last}.").format(
                count=QLocale().toString(len(ordered)), first=ordered[0], last=ordered[-1]
            )
        self._notify(text)
        self.pending_selection = ids
        self.reload()
        self.changed.emit()

    # --- paying, voiding, amending --------------------------------------------------------

    def mark_paid_selected(self) -> StatementDetail | None:
        row = self.single_selected()
        if row is None or row.status != "issued":
            self._notify(self.tr("Select one issued statement."), error=True)
            return None
        payment = self.ask_payment(row)
        if payment is None:
            return None
        try:
            with self.ctx.db.session() as session:
                detail = statements.mark_paid(
                    session, self.ctx.actor, row.id, paid_on=payment.paid_on, reference=payment.reference,
                    expected_version=row.version,
                )  # fmt: skip
        except ScrmError as exc:
            self._action_failed(exc)
            return None
        self._notify(
            self.tr("{number} is paid ({date}).").format(
                number=statement_label(detail.row.number), date=date_text(payment.paid_on)
            )
        )
        self._after_change([row.id])
        return detail

    def void_selected(self) -> StatementDetail | None:
        """Void the selected issued statement with a reason, then offer to amend it."""
        row = self.single_selected()
        if row is None or row.status not in ("issued", "paid"):
            self._notify(self.tr("Select one issued statement."), error=True)
            return None
        label = statement_label(row.number)
        reason = self.ask_reason(
            self.tr("Void statement"),
            self.tr("Why is {number} voided? Its earnings are released and can be settled again.").format(number=label),
        )
        if reason is None:
            return None
        try:
            with self.ctx.db.session() as session:
                detail = statements.void_statement(
                    session, self.ctx.actor, row.id, reason=reason, expected_version=row.version
                )
        except ScrmError as exc:
            self._action_failed(exc)
            return None
        self._notify(self.tr("{number} is void.").format(number=label))
        self._after_change([row.id])
        if self.confirm(
            self.tr("Amend statement"),
            self.tr(
                "{number} is void. Build an amending statement now? It is a new draft for the same payee and "
                "period that refers to {number}; check it and issue it."
            ).format(number=label),
        ):
            self.amend(row.id)
        return detail

    def amend_selected(self) -> StatementDetail | None:
        row = self.single_selected()
        if row is None or row.status != "void":
            self._notify(self.tr("Select one voided statement."), error=True)
            return None
        return self.amend(row.id)

    def amend(self, statement_id: uuid.UUID) -> StatementDetail | None:
        try:
            with self.ctx.db.session() as session:
                detail = statements.amend_statement(session, self.ctx.actor, statement_id)
        except ScrmError as exc:
            self._action_failed(exc)
            return None
        self._notify(
            self.tr("An amending draft for {payee} was built; check it and issue it.").format(
                payee=detail.row.payee_name
            )
        )
        self.set_status_filter("")
        self._after_change([detail.row.id])
        return detail

    def _after_change(self, ids: list[uuid.UUID]) -> None:
        self.pending_selection = ids
        self.detail_pane.show_detail(None)  # the statement changed: read it again
        self.reload()
        self.changed.emit()

    # --- PDFs and exports -----------------------------------------------------------------

    def preview_selected(self) -> StatementPreviewDialog | None:
        row = self.current_row()
        if row is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        dialog = StatementPreviewDialog(self.ctx, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: self._preview_gone(dialog))
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    def _preview_gone(self, dialog: StatementPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    def print_selected(self) -> StatementPreviewDialog | None:
        """Show the PDF and open the print dialog once it is rendered."""
        dialog = self.preview_selected()
        if dialog is not None:
            dialog.print_when_rendered()
        return dialog

    def export_lines_selected(self) -> BackgroundTask | None:
        row = self.single_selected()
        if row is None:
            self._notify(self.tr("Select one statement."), error=True)
            return None
        path = self.ask_save_path(
            self.tr("Export the statement's lines"), f"{file_stem(row)}.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        db, actor, statement_id = self.ctx.db, self.ctx.actor, row.id

        def work(_progress: Progress) -> int:
            with db.session() as session:
                return statements.export_lines_xlsx(session, actor, statement_id, path)

        task = self._start(work, self.tr("Exporting lines…"), cancellable=False)
        task.succeeded.connect(
            lambda count: self._notify(
                self.tr("{count} lines written to {path}.").format(count=QLocale().toString(count), path=str(path))
            )
        )
        return task

    def export_pdfs(self) -> BackgroundTask | None:
        """The selected statements (or every one shown) as PDFs in a folder or one merged file."""
        rows = self.selected_rows() or self.visible_rows()
        if not rows:
            return None
        target = self.ask_batch_target(len(rows))
        if target is None:
            return None
        from scrm_desktop.services import statement_pdf

        ids = [r.id for r in rows]
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> list[Path]:
            with db.session() as session:
                items = statements.batch_items(session, actor, ids)
            try:
                return statement_pdf.render_batch(items, folder=target.folder, merged=target.merged, progress=progress)
            except OSError as exc:
                raise statements.cannot_write(target.merged or target.folder or "", exc) from exc

        task = self._start(work, self.tr("Exporting PDFs…"))
        task.succeeded.connect(lambda paths: self._pdfs_exported(paths, target))
        return task

    def _pdfs_exported(self, paths: list[Path], target: BatchTarget) -> None:
        if target.merged is not None:
            self._notify(self.tr("Written: {path}").format(path=str(target.merged)))
        else:
            self._notify(
                self.tr("{count} PDF files written to {folder}.").format(
                    count=QLocale().toString(len(paths)), folder=str(target.folder)
                )
            )

    # --- reconciling ----------------------------------------------------------------------

    def reconcile(self) -> ReconcileDialog | None:
        period = self.period()
        if period is None:
            self._notify(self.tr("The custom range ends before it starts."), error=True)
            return None
        try:
            with self.ctx.db.session() as session:
                result = statements.reconcile(session, self.ctx.actor, period=period)
        except ScrmError as exc:
            self.last_error_dialog = show_error(self, exc)
            return None
        if self.reconcile_dialog is not None:
            self.reconcile_dialog.close()
        dialog = ReconcileDialog(result, self.period_text(period), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: self._reconcile_gone(dialog))
        self.reconcile_dialog = dialog
        dialog.show()
        return dialog

    def _reconcile_gone(self, dialog: ReconcileDialog) -> None:
        if self.reconcile_dialog is dialog:
            self.reconcile_dialog = None

    # --- questions (tests replace these) --------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def ask_reason(self, title: str, label: str) -> str | None:
        """The reason typed, or None when the user cancelled or typed nothing."""
        text, ok = QInputDialog.getText(self, title, label)
        text = " ".join(text.split())
        return text if ok and text else None

    def ask_payment(self, row: StatementRow) -> Payment | None:
        return PaymentDialog.ask(self, statement_label(row.number), row.net, business_today(self.ctx.actor))

    def ask_save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, title, name, file_filter)
        return Path(path) if path else None

    def ask_batch_target(self, count: int) -> BatchTarget | None:
        return BatchExportDialog.ask(self, count)

    def actions_enabled(self) -> dict[str, bool]:
        """Which actions are enabled (tests)."""
        actions: dict[str, QAction] = {
            "build": self.build_action,
            "issue": self.issue_action,
            "pay": self.pay_action,
            "void": self.void_action,
            "amend": self.amend_action,
            "preview": self.preview_action,
            "export_pdfs": self.export_pdfs_action,
        }
        return {key: action.isEnabled() for key, action in actions.items()}
