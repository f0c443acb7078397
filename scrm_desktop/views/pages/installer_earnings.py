"""Installer earnings (我的收益 / 师傅收益): one installer's month by day, split into preview,
frozen and settled, and the work orders behind it.

An installer sees their own month (``earnings_reports.installer_earnings`` without an installer
id: the service finds the installer linked to the login). Finance and dispatch pick the
installer, and see every installer's month totals beside it (``earnings_reports.month_summary``).
Previewed amounts are live figures of open work orders; frozen ones were fixed at completion and
wait for a statement; settled ones are on an issued statement. Both queries run in the
background; double-clicking a work order opens it read-only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import earnings_reports, parties, work_orders
from scrm_desktop.services.earnings_reports import EarningsDay, InstallerEarnings, InstallerMonthRow, MyWorkOrder
from scrm_desktop.services.errors import NotFound, ScrmError
from scrm_desktop.services.parties import InstallerRow
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.progress import Progress
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.table_model import ROW_ROLE, Column
from scrm_desktop.views.tasks import BackgroundTask
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, setup_table
from scrm_desktop.views.work_order_labels import (
    FROZEN_COLOR,
    PREVIEW_COLOR,
    SETTLED_COLOR,
    earnings_state_color,
    earnings_state_label,
    money_text,
    status_label,
    yuan_text,
)
from scrm_desktop.views.work_order_models import ColoredRowModel

NO_DIALOG_MS = 10 * 60 * 1000
ICON_COLOR = "#37474f"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Loaded:
    """What one background load found."""

    month: dt.date
    earnings: InstallerEarnings | None
    problem: ScrmError | None
    summary: list[InstallerMonthRow] | None


class SummaryCard(QFrame):
    """A figure with its title, e.g. 已冻结 ¥1,234.00."""

    def __init__(self, title: str, color: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earnings-card")
        self.setStyleSheet(
            "QFrame#earnings-card { background: white; border: 1px solid #dfe3e8;"
            f" border-left: 4px solid {color}; border-radius: 4px; }}"
        )
        self.title = QLabel(title)
        self.title.setStyleSheet(f"color: {HINT_COLOR}; border: none;")
        self.value = QLabel("—")
        self.value.setStyleSheet(f"color: {color}; font-size: 20px; font-weight: 600; border: none;")
        self.hint = QLabel(hint)
        self.hint.setStyleSheet(f"color: {HINT_COLOR}; font-size: 11px; border: none;")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.hint)

    def set_amount(self, amount: Decimal | None) -> None:
        self.value.setText(yuan_text(amount) if amount is not None else "—")


class InstallerEarningsPage(Page):
    """An installer's month of earnings.

    Signals:
        loaded(): a load finished (the cards and tables show its figures).
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.may_pick = actor.can(Permission.MANAGE_STATEMENTS) or actor.can(Permission.DISPATCH_WORK_ORDERS)
        self.earnings: InstallerEarnings | None = None
        self.load_task: BackgroundTask | None = None
        self._reload_again = False
        self.installers: list[InstallerRow] = []
        self.dialog: QWidget | None = None
        today = work_orders.business_today(actor)
        self.month = today.replace(day=1)

        if self.may_pick:
            title = self.tr("Installer earnings")
            description = self.tr(
                "What each installer earns in a month: live previews of open work orders, figures frozen at "
                "completion and waiting for a statement, and settled ones. Pick an installer, or a row of the "
                "month's totals."
            )
        else:
            title = self.tr("My earnings")
            description = self.tr(
                "What you earn this month, day by day: previews of open work orders change until they are "
                "completed; frozen figures are fixed and wait for the next statement; settled ones are paid."
            )
        layout = self.header_layout(title, description)
        layout.addLayout(self._build_controls())
        layout.addLayout(self._build_cards())
        self.message = QLabel()
        self.message.setObjectName("earnings-message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        details = self._build_details()
        if self.may_pick:
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.addWidget(self._build_summary())
            splitter.addWidget(details)
            splitter.setChildrenCollapsible(False)
            splitter.setStretchFactor(1, 1)
            splitter.setSizes([440, 760])
            layout.addWidget(splitter, 1)
        else:
            layout.addWidget(details, 1)

    # --- building -------------------------------------------------------------------------

    def _build_controls(self) -> QHBoxLayout:
        self.previous_button = QPushButton(icon("mdi6.chevron-left", color=ICON_COLOR), "")
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.previous_button.clicked.connect(lambda: self.set_month(self._shift(-1)))
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("earnings-month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setDate(QDate(self.month.year, self.month.month, 1))
        self.month_edit.dateChanged.connect(self._month_edited)
        self.next_button = QPushButton(icon("mdi6.chevron-right", color=ICON_COLOR), "")
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.set_month(self._shift(1)))
        self.this_month_button = QPushButton(self.tr("This month"))
        self.this_month_button.clicked.connect(
            lambda: self.set_month(work_orders.business_today(self.ctx.actor).replace(day=1))
        )
        self.installer_combo = QComboBox()
        self.installer_combo.setObjectName("earnings-installer")
        self.installer_combo.setMinimumContentsLength(30)
        self.installer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.installer_combo.setPlaceholderText(self.tr("Choose an installer"))
        self.installer_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.installer_combo.setVisible(self.may_pick)
        self.refresh_button = QPushButton(icon("mdi6.refresh", color=ICON_COLOR), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.who_label = QLabel()
        self.who_label.setObjectName("earnings-who")
        self.who_label.setStyleSheet("font-weight: 600;")

        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(QLabel(self.tr("Month:")))
        row.addWidget(self.previous_button)
        row.addWidget(self.month_edit)
        row.addWidget(self.next_button)
        row.addWidget(self.this_month_button)
        row.addSpacing(12)
        if self.may_pick:
            row.addWidget(QLabel(self.tr("Installer:")))
            row.addWidget(self.installer_combo)
        row.addWidget(self.who_label)
        self.who_label.setVisible(not self.may_pick)  # the installer combo already names the installer
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        return row

    def _build_cards(self) -> QHBoxLayout:
        self.preview_card = SummaryCard(
            self.tr("Preview"), PREVIEW_COLOR, self.tr("Open work orders; changes until completed")
        )
        self.frozen_card = SummaryCard(self.tr("Frozen"), FROZEN_COLOR, self.tr("Completed, waiting for a statement"))
        self.settled_card = SummaryCard(self.tr("Settled"), SETTLED_COLOR, self.tr("On an issued statement"))
        self.total_card = SummaryCard(self.tr("Month total"), "#37474f", self.tr("Preview + frozen + settled"))
        row = QHBoxLayout()
        row.setSpacing(10)
        for card in (self.preview_card, self.frozen_card, self.settled_card, self.total_card):
            row.addWidget(card, 1)
        return row

    def _money_columns(self) -> list[Column[EarningsDay]]:
        return [
            Column(self.tr("Day"), lambda d: d.day.isoformat()),
            Column(self.tr("Work orders"), lambda d: d.work_orders, align=RIGHT),
            Column(self.tr("Preview"), lambda d: money_text(d.previewed), align=RIGHT),
            Column(self.tr("Frozen"), lambda d: money_text(d.frozen), align=RIGHT),
            Column(self.tr("Settled"), lambda d: money_text(d.settled), align=RIGHT),
            Column(self.tr("Total"), lambda d: money_text(d.total), align=RIGHT),
        ]

    def _build_details(self) -> QWidget:
        day_colors = {2: PREVIEW_COLOR, 3: FROZEN_COLOR, 4: SETTLED_COLOR}
        self.days_model: ColoredRowModel[EarningsDay] = ColoredRowModel(
            self._money_columns(), lambda _d, column: day_colors.get(column), self
        )
        self.days_view = QTableView()
        self.days_view.setObjectName("earnings-days")
        self.days_view.setModel(self.days_model)
        setup_table(self.days_view)
        self.days_view.setSortingEnabled(False)
        self._fixed_widths(self.days_view, (96, 70, 90, 90, 90, 96))

        self.orders_model: ColoredRowModel[MyWorkOrder] = ColoredRowModel(
            [
                Column(self.tr("Work order"), lambda w: w.number),
                Column(self.tr("Status"), lambda w: status_label(w.status)),
                Column(self.tr("Day"), lambda w: w.day.isoformat()),
                Column(
                    self.tr("Installer's share") if self.may_pick else self.tr("My share"),
                    lambda w: money_text(w.amount),
                    align=RIGHT,
                ),
                Column(
                    self.tr("Earnings"),
                    lambda w: earnings_state_label(w.state),
                    tooltip=lambda w: describe_error(w.problem) if w.problem is not None else "",
                ),
            ],
            lambda w, column: earnings_state_color(w.state) if column == 4 else None,
            self,
        )
        self.orders_view = QTableView()
        self.orders_view.setObjectName("earnings-work-orders")
        self.orders_view.setModel(self.orders_model)
        setup_table(self.orders_view)
        self.orders_view.setSortingEnabled(False)
        self._fixed_widths(self.orders_view, (170, 70, 96, 96, 90))
        self.orders_view.doubleClicked.connect(lambda _index: self.open_selected())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("earnings-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            f"QLabel#earnings-empty {{ color: {HINT_COLOR}; font-size: 15px; background: white;"
            " border: 1px solid #cfd4da; padding: 24px; }"
        )

        # Beside the month's totals (finance) the two tables stack; alone (an installer) they sit side by side.
        tables = QSplitter(Qt.Orientation.Vertical if self.may_pick else Qt.Orientation.Horizontal)
        tables.addWidget(self._titled(self.tr("By day"), self.days_view))
        tables.addWidget(self._titled(self.tr("Work orders of the month (double-click to open)"), self.orders_view))
        tables.setChildrenCollapsible(False)
        tables.setSizes([540, 560])
        self.stack = QStackedWidget()
        self.stack.addWidget(tables)
        self.stack.addWidget(self.empty_label)
        return self.stack

    @staticmethod
    def _fixed_widths(view: QTableView, widths: tuple[int, ...]) -> None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

    @staticmethod
    def _titled(title: str, view: QWidget, below: QWidget | None = None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        label = QLabel(title)
        label.setStyleSheet("font-weight: 600;")
        column.addWidget(label)
        column.addWidget(view, 1)
        if below is not None:
            column.addWidget(below)
        return box

    def _build_summary(self) -> QWidget:
        self.summary_model: ColoredRowModel[InstallerMonthRow] = ColoredRowModel(
            [
                Column(self.tr("Installer"), lambda r: r.name, tooltip=lambda r: f"{r.name} ({r.code})"),
                Column(self.tr("Provider"), lambda r: r.provider_name, tooltip=lambda r: r.provider_name),
                Column(self.tr("Work orders"), lambda r: r.work_orders, align=RIGHT),
                Column(self.tr("Frozen"), lambda r: money_text(r.frozen), align=RIGHT),
                Column(self.tr("Settled"), lambda r: money_text(r.settled), align=RIGHT),
            ],
            lambda _r, column: {3: FROZEN_COLOR, 4: SETTLED_COLOR}.get(column),
            self,
        )
        self.summary_view = QTableView()
        self.summary_view.setObjectName("earnings-summary")
        self.summary_view.setModel(self.summary_model)
        setup_table(self.summary_view)
        self.summary_view.setSortingEnabled(False)
        self._fixed_widths(self.summary_view, (72, 120, 64, 84, 84))
        self.summary_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.summary_view.selectionModel().currentRowChanged.connect(self._summary_row_chosen)
        self.summary_hint = QLabel()
        self.summary_hint.setWordWrap(True)
        self.summary_hint.setStyleSheet(f"color: {HINT_COLOR};")
        return self._titled(
            self.tr("Every installer in the month (completed work)"), self.summary_view, self.summary_hint
        )

    # --- month and installer --------------------------------------------------------------------

    def _shift(self, months: int) -> dt.date:
        index = self.month.year * 12 + self.month.month - 1 + months
        return dt.date(index // 12, index % 12 + 1, 1)

    def set_month(self, month: dt.date) -> None:
        self.month_edit.setDate(QDate(month.year, month.month, 1))

    def _month_edited(self, value: QDate) -> None:
        chosen: dt.date = value.toPython().replace(day=1)  # type: ignore[attr-defined]
        if chosen != self.month:
            self.month = chosen
            self.reload()

    def installer_id(self) -> uuid.UUID | None:
        """The installer shown: the chosen one, or None for the actor's own."""
        if not self.may_pick:
            return None
        data = self.installer_combo.currentData()
        return uuid.UUID(data) if data else None

    def choose_installer(self, installer_id: uuid.UUID) -> None:
        position = self.installer_combo.findData(str(installer_id))
        if position >= 0:
            self.installer_combo.setCurrentIndex(position)

    def _summary_row_chosen(self, current: object, _previous: object) -> None:
        row = self.summary_model.row_at(current)  # type: ignore[arg-type]
        if row is not None and row.installer_id != self.installer_id():
            self.choose_installer(row.installer_id)

    def _load_installers(self) -> None:
        if not self.may_pick:
            return
        try:
            with self.ctx.db.session() as session:
                self.installers = parties.list_installers(session, self.ctx.actor, include_inactive=True)
        except ScrmError as exc:
            self._show_message(describe_error(exc), error=True)
            return
        current = self.installer_combo.currentData()
        self.installer_combo.blockSignals(True)
        self.installer_combo.clear()
        for installer in self.installers:
            self.installer_combo.addItem(
                f"{installer.name} ({installer.code}) · {installer.provider_name}", str(installer.id)
            )
        self.installer_combo.setCurrentIndex(self.installer_combo.findData(current) if current else -1)
        self.installer_combo.blockSignals(False)

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the installers and the month (called whenever the page is shown)."""
        self._load_installers()
        self.reload()

    def reload(self) -> BackgroundTask | None:
        if self.load_task is not None:
            self._reload_again = True
            return None
        db, actor, month = self.ctx.db, self.ctx.actor, self.month
        installer_id, may_pick = self.installer_id(), self.may_pick
        wanted = installer_id is not None or not may_pick

        def work(_progress: Progress) -> Loaded:
            earnings: InstallerEarnings | None = None
            problem: ScrmError | None = None
            summary: list[InstallerMonthRow] | None = None
            with db.session() as session:
                if may_pick:
                    summary = earnings_reports.month_summary(session, actor, month=month)
                if wanted:
                    try:
                        earnings = earnings_reports.installer_earnings(
                            session, actor, month=month, installer_id=installer_id
                        )
                    except ScrmError as exc:
                        problem = exc
            return Loaded(month, earnings, problem, summary)

        task = BackgroundTask(
            self, work, title=self.tr("Loading earnings…"), cancellable=False, min_duration_ms=NO_DIALOG_MS
        )
        task.succeeded.connect(self._loaded)
        task.finished.connect(self._load_finished)
        self.load_task = task
        self.who_label.setText(self.tr("Loading…"))
        task.start()
        return task

    def _load_finished(self) -> None:
        self.load_task = None
        if self._reload_again:
            self._reload_again = False
            self.reload()
        else:
            self.loaded.emit()

    def is_loading(self) -> bool:
        return self.load_task is not None

    def _loaded(self, found: Loaded) -> None:
        if found.summary is not None:
            self._show_summary(found.summary)
            if self.installer_id() is None and found.summary:
                # Nobody chosen yet: show the first installer of the month rather than nothing.
                self.choose_installer(found.summary[0].installer_id)
                if self.installer_id() is not None:
                    return
        self.earnings = found.earnings
        if found.problem is not None:
            text = describe_error(found.problem)
            if isinstance(found.problem, NotFound) and not self.may_pick:
                text += "\n" + self.tr(
                    "Ask an administrator to link your sign-in account to your installer record on the Installers page."
                )
            self._show_empty(text, error=True)
            return
        if found.earnings is None:
            if self.may_pick and not self.installers:
                self._show_empty(self.tr("There are no installers yet: add them on the Installers page."), error=False)
            else:
                self._show_empty(self.tr("Choose an installer to see their month."), error=False)
            return
        self._show_earnings(found.earnings)

    def _show_summary(self, rows: list[InstallerMonthRow]) -> None:
        self.summary_view.selectionModel().blockSignals(True)
        self.summary_model.set_rows(rows)
        self.summary_view.selectionModel().blockSignals(False)
        month = self.month.strftime("%Y-%m")
        if rows:
            total = sum((r.total for r in rows), Decimal("0.00"))
            self.summary_hint.setText(
                self.tr("{count} installers earned {total} in {month} (frozen and settled).").format(
                    count=QLocale().toString(len(rows)), total=yuan_text(total), month=month
                )
            )
        else:
            self.summary_hint.setText(self.tr("No work was completed in {month}.").format(month=month))
        installer_id = self.installer_id()
        position = next((i for i, r in enumerate(rows) if r.installer_id == installer_id), -1)
        if position >= 0:
            self.summary_view.selectionModel().blockSignals(True)
            self.summary_view.selectionModel().setCurrentIndex(
                self.summary_model.index(position, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.summary_view.selectionModel().blockSignals(False)

    def _show_earnings(self, earnings: InstallerEarnings) -> None:
        self.who_label.setText(
            self.tr("{name} ({code}) · {provider}").format(
                name=earnings.name, code=earnings.code, provider=earnings.provider_name
            )
        )
        self.preview_card.set_amount(earnings.previewed)
        self.frozen_card.set_amount(earnings.frozen)
        self.settled_card.set_amount(earnings.settled)
        self.total_card.set_amount(earnings.total)
        self.days_model.set_rows(earnings.days)
        self.orders_model.set_rows(earnings.work_orders)
        problems = [w for w in earnings.work_orders if w.problem is not None]
        if problems:
            self._show_message(
                self.tr(
                    "{count} open work orders cannot be priced completely yet; their preview leaves out the "
                    "lines without a price."
                ).format(count=len(problems)),
                error=True,
            )
        else:
            self._show_message("", error=False)
        if earnings.days or earnings.work_orders:
            self.stack.setCurrentIndex(0)
        else:
            self.empty_label.setText(
                self.tr("No earnings in {month} yet. Work orders you are on show here once they are planned.").format(
                    month=self.month.strftime("%Y-%m")
                )
            )
            self.stack.setCurrentWidget(self.empty_label)

    def _show_empty(self, text: str, *, error: bool) -> None:
        self.who_label.setText("")
        for card in (self.preview_card, self.frozen_card, self.settled_card, self.total_card):
            card.set_amount(None)
        self.days_model.set_rows([])
        self.orders_model.set_rows([])
        self._show_message("", error=False)
        self.empty_label.setText(text)
        self.empty_label.setStyleSheet(
            f"QLabel#earnings-empty {{ color: {ERROR_COLOR if error else HINT_COLOR}; font-size: 15px;"
            " background: white; border: 1px solid #cfd4da; padding: 24px; }"
        )
        self.stack.setCurrentWidget(self.empty_label)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR if error else HINT_COLOR};")
        self.message.setVisible(bool(text))

    # --- opening a work order -------------------------------------------------------------------

    def selected_work_order(self) -> MyWorkOrder | None:
        rows = self.orders_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def open_selected(self) -> QWidget | None:
        row = self.selected_work_order()
        if row is None:
            return None
        return self.open_work_order(row.id)

    def open_work_order(self, work_order_id: uuid.UUID) -> QWidget:
        """Open the work order read-only (this page only looks)."""
        from scrm_desktop.views.work_order_editor import WorkOrderDialog

        dialog = WorkOrderDialog(self.ctx, work_order_id, read_only=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
