"""The region dashboard: how many customers each province, region group and owner has.

One background call of ``customers.customer_stats`` (GROUP BY queries, within the actor's region
scope) fills three breakdowns. Each shows a horizontal bar chart of the largest entries (the rest
summed up as "Other") beside a table of every entry. Clicking a bar, or opening a table row,
shows those customers: the main window switches to the customers page and filters it.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import customers
from scrm_desktop.services.customers import CountRow, CustomerStats
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.page import Page
from scrm_desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from scrm_desktop.views.tasks import BackgroundTask, run_task
from scrm_desktop.views.widgets import HINT_COLOR, hint_label, setup_table

CUSTOMERS_PAGE = "customers"
TOP_BARS = 15  # bars in a chart, "Other" included
BAR_PIXELS = 34  # the height of a bar's row; a chart of few bars stays short instead of drawing fat bars
BAR_COLOR = "#1565c0"
OTHER_COLOR = "#9e9e9e"
AXIS_LABEL_WIDTH = 150  # pixels; longer names are elided on the axis (the table shows them whole)


class Breakdown(enum.IntEnum):
    """The three ways of counting customers, in tab order."""

    PROVINCE = 0
    GROUP = 1
    OWNER = 2


def customer_filter(breakdown: Breakdown, row: CountRow) -> dict[str, Any]:
    """The keyword arguments of ``CustomersPage.set_filter`` that show the customers of ``row``.

    An owner key of "" means "customers without an owner", not "no filter".
    """
    if breakdown is Breakdown.PROVINCE:
        return {"region_code": row.key}
    if breakdown is Breakdown.GROUP:
        return {"group_id": uuid.UUID(row.key)}
    return {"owner_key": row.key}


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: a row of the breakdown, or the sum of the rows left out (``row`` None)."""

    label: str
    count: int
    row: CountRow | None


def chart_bars(rows: Sequence[CountRow], label: Callable[[CountRow], str], other: str, limit: int) -> list[Bar]:
    """The bars for ``rows`` (largest first): all of them, or the largest ``limit - 1`` and one
    ``other`` bar that adds up the rest, so the chart never holds more than ``limit`` bars."""
    ordered = sorted(rows, key=lambda r: (-r.count, r.key))
    if len(ordered) <= limit:
        return [Bar(label(r), r.count, r) for r in ordered]
    shown = ordered[: limit - 1]
    rest = sum(r.count for r in ordered[limit - 1 :])
    return [*(Bar(label(r), r.count, r) for r in shown), Bar(other, rest, None)]


def nice_step(maximum: float, ticks: int = 5) -> int:
    """A round tick interval (1, 2 or 5 times a power of ten) that splits ``maximum`` into about ``ticks``."""
    raw = max(maximum / ticks, 1.0)
    magnitude = int(10 ** (len(str(int(raw))) - 1))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def unique_labels(labels: Sequence[str]) -> list[str]:
    """Category labels made unique with invisible suffixes (the category axis drops duplicates)."""
    seen: dict[str, int] = {}
    result = []
    for text in labels:
        n = seen.get(text, 0)
        seen[text] = n + 1
        result.append(text + "\u200b" * n)
    return result


class CountChart(QChartView):
    """A horizontal bar chart of counts, largest at the top.

    The series, its bar set and both axes are made once and refilled by ``set_bars``: the chart
    deletes series it removes, and Python wrappers of deleted series would be left dangling.

    Signals:
        bar_clicked(int): the bar at this position of ``bars`` (0 = the largest) was clicked.
    """

    bar_clicked = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 200)
        self.bars: list[Bar] = []
        font = QFont(QApplication.font())
        self.metrics = QFontMetrics(font)

        self.bar_set = QBarSet(name)
        self.bar_set.setColor(QColor(BAR_COLOR))
        self.bar_set.setBorderColor(QColor(BAR_COLOR))
        self.bar_set.setSelectedColor(QColor(OTHER_COLOR))
        self.bar_set.setLabelColor(QColor("#263238"))
        self.bar_set.setLabelFont(font)
        self.bar_set.clicked.connect(self._clicked)
        self.bar_set.hovered.connect(self._hovered)
        self.series = QHorizontalBarSeries()
        self.series.append(self.bar_set)
        self.series.setBarWidth(0.7)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value")
        self.series.setLabelsPrecision(12)  # counts, never in exponent notation
        self.categories = QBarCategoryAxis()
        self.categories.setLabelsFont(font)
        self.categories.setGridLineVisible(False)
        self.values = QValueAxis()
        self.values.setLabelsFont(font)
        self.values.setLabelFormat("%d")
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        self.values.setGridLineColor(QColor("#e3e6ea"))

        chart = QChart()
        chart.legend().setVisible(False)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.addSeries(self.series)
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.setChart(chart)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        """Draw ``bars`` (largest first); a bar without a row (the "Other" bar) is grey."""
        self.bars = list(bars)
        # A horizontal bar series draws its first category at the bottom: feed it smallest first.
        ordered = list(reversed(self.bars))
        self.bar_set.deselectAllBars()
        if self.bar_set.count():
            self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append([float(b.count) for b in ordered])
        self.bar_set.selectBars([position for position, bar in enumerate(ordered) if bar.row is None])
        self.categories.clear()
        if ordered:
            self.categories.append(
                unique_labels(
                    [self.metrics.elidedText(b.label, Qt.TextElideMode.ElideRight, AXIS_LABEL_WIDTH) for b in ordered]
                )
            )
        largest = max((b.count for b in bars), default=0)
        step = nice_step(largest * 1.15)  # room for the count labels at the bars' ends
        self.values.setTickInterval(step)
        self.values.setRange(0, step * (int(largest * 1.15) // step + 1))
        self.setMaximumHeight(BAR_PIXELS * max(len(bars), 1) + 90)

    def bar_position(self, index: int) -> int:
        """The position in the series of ``bars[index]`` (the series holds them in reverse)."""
        return len(self.bars) - 1 - index

    def _clicked(self, position: int) -> None:
        self.bar_clicked.emit(len(self.bars) - 1 - position)

    def _hovered(self, status: bool, position: int) -> None:
        # The whole name (the axis may elide it) as the view's tooltip, which Qt shows after the usual delay.
        if not status or not 0 <= position < len(self.bars):
            self.setToolTip("")
            return
        bar = self.bars[len(self.bars) - 1 - position]
        self.setToolTip(f"{bar.label}: {bar.count}")


class CountFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)


class BreakdownPanel(QWidget):
    """One breakdown: the chart of the largest entries beside the table of all of them.

    Signals:
        row_chosen(object): the user clicked a bar or opened a table row; the ``CountRow``.
        other_clicked(): the user clicked the bar that sums up the entries left out of the chart.
    """

    row_chosen = Signal(object)
    other_clicked = Signal()

    def __init__(
        self,
        breakdown: Breakdown,
        *,
        name_title: str,
        bar_label: Callable[[CountRow], str],
        row_label: Callable[[CountRow], str],
        hint: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.breakdown = breakdown
        self.bar_label = bar_label
        self.total = 0
        self.chart = CountChart(self.tr("Customers"))
        self.chart.setObjectName(f"chart-{breakdown.name.lower()}")
        self.chart.bar_clicked.connect(self._bar_clicked)

        self.model: RowTableModel[CountRow] = RowTableModel(
            [
                Column(name_title, row_label, tooltip=row_label),
                Column(
                    self.tr("Customers"),
                    lambda r: QLocale().toString(r.count),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    sort_key=lambda r: r.count,
                ),
                Column(
                    self.tr("Share"),
                    self.share,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    sort_key=lambda r: r.count,
                ),
            ],
            parent=self,
        )
        self.proxy = CountFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName(f"table-{breakdown.name.lower()}")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._row_activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.show_button = QPushButton(icon("mdi6.account-search-outline", color="#37474f"), self.tr("Show customers"))
        self.show_button.setToolTip(self.tr("Open the customer list filtered to the selected row."))
        self.show_button.clicked.connect(self._show_selected)

        self.message = QLabel(empty_text)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {HINT_COLOR}; font-size: 14px;")
        self.content = QSplitter()
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        self.content.addWidget(chart_box)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        table_layout.addLayout(buttons)
        self.content.addWidget(table_box)
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        self.content.setSizes([3000, 2000])  # scaled to the width the splitter gets
        self.content.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        if hint:
            layout.addWidget(hint_label(hint))
        layout.addWidget(self.stack, 1)
        self._update_button()

    def share(self, row: CountRow) -> str:
        if not self.total:
            return ""
        return f"{100 * row.count / self.total:.1f}%"

    def set_rows(self, rows: Sequence[CountRow], total: int) -> None:
        self.total = total
        self.model.set_rows(rows)
        bars = chart_bars(rows, self.bar_label, self.tr("Other"), TOP_BARS)
        self.chart.set_bars(bars)
        self.stack.setCurrentWidget(self.content if rows else self.message)
        self._update_button()

    def shown_rows(self) -> list[CountRow]:
        """The table's rows in display order."""
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def _bar_clicked(self, index: int) -> None:
        bar = self.chart.bars[index]
        if bar.row is None:
            self.other_clicked.emit()
        else:
            self.row_chosen.emit(bar.row)

    def _row_activated(self, index: Any) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.row_chosen.emit(row)

    def selected_row(self) -> CountRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _show_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.row_chosen.emit(row)

    def _update_button(self) -> None:
        self.show_button.setEnabled(self.selected_row() is not None)


class RegionDashboardPage(Page):
    """Customer counts per province, region group and owner, each as a chart and a table.

    Signals:
        filter_requested(dict): the user asked for the customers behind a bar or row; the
            keyword arguments of ``CustomersPage.set_filter`` (``region_code``, ``group_id`` or
            ``owner_key``). Emitted before the main window switches to the customers page.
        loaded(): the figures were loaded (or reloaded) and shown.
    """

    filter_requested = Signal(dict)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stats: CustomerStats | None = None
        self.task: BackgroundTask | None = None
        self._reload_pending = False
        index = region_index()

        def province_bar(row: CountRow) -> str:
            info = index.get(row.key)
            return info.short if info is not None else row.label

        self.panels: dict[Breakdown, BreakdownPanel] = {
            Breakdown.PROVINCE: BreakdownPanel(
                Breakdown.PROVINCE,
                name_title=self.tr("Province"),
                bar_label=province_bar,
                row_label=lambda r: r.label,
                hint="",
                empty_text=self.tr("None of the customers has a recognised province."),
            ),
            Breakdown.GROUP: BreakdownPanel(
                Breakdown.GROUP,
                name_title=self.tr("Region group"),
                bar_label=lambda r: r.label,
                row_label=lambda r: r.label,
                hint=self.tr(
                    "A customer counts in every group that contains their region, so groups that overlap "
                    "(a 大区 and a city tier) add up to more than the total."
                ),
                empty_text=self.tr(
                    "No customer lies in a region group. Region groups are defined on the Regions page."
                ),
            ),
            Breakdown.OWNER: BreakdownPanel(
                Breakdown.OWNER,
                name_title=self.tr("Owner"),
                bar_label=self.owner_text,
                row_label=self.owner_text,
                hint=self.tr("Owners are assigned by the owner rules; a pool holds customers nobody owns yet."),
                empty_text=self.tr("No customer has an owner."),
            ),
        }
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboard-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.panels[Breakdown.PROVINCE], self.tr("By province"))
        self.tabs.addTab(self.panels[Breakdown.GROUP], self.tr("By region group"))
        self.tabs.addTab(self.panels[Breakdown.OWNER], self.tr("By owner"))
        for breakdown, panel in self.panels.items():
            panel.row_chosen.connect(lambda row, b=breakdown: self.show_customers(b, row))
            panel.other_clicked.connect(self._other_clicked)

        self.empty = self._empty_state()
        self.body = QStackedWidget()
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.empty)

        self.summary = QLabel()
        self.summary.setObjectName("dashboard-summary")
        self.summary.setStyleSheet("font-size: 14px; font-weight: 600; color: #263238;")
        self.notice = hint_label("")
        self.notice.setObjectName("dashboard-notice")
        self.refresh_button = QPushButton(icon("mdi6.refresh", color="#37474f"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addSpacing(16)
        top.addWidget(self.notice, 1)
        top.addWidget(self.refresh_button)

        layout = self.header_layout(
            self.tr("Region dashboard"),
            self.tr(
                "How many customers each province, region group and owner has, within your regions. "
                "Click a bar, or double-click a row of the table, to see those customers."
            ),
        )
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    def _empty_state(self) -> QWidget:
        widget = QWidget()
        widget.setObjectName("dashboard-empty")
        layout = QVBoxLayout(widget)
        layout.addStretch(1)
        badge = QLabel()
        badge.setPixmap(icon("mdi6.chart-bar", color="#b0bec5").pixmap(64, 64))
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(badge)
        self.empty_title = QLabel(self.tr("There are no customers yet."))
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setStyleSheet("font-size: 16px; font-weight: 600; color: #455a64;")
        layout.addWidget(self.empty_title)
        text = hint_label(
            self.tr(
                "Create or import customers on the Customers page; the figures appear here as soon as there are any."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        layout.addStretch(2)
        return widget

    # --- labels ---------------------------------------------------------------------------------

    def owner_text(self, row: CountRow) -> str:
        """A user's name, a pool marked as such, or "Unassigned"."""
        if row.key.startswith("pool:"):
            return self.tr("{pool} (pool)").format(pool=row.label)
        if not row.key:
            return self.tr("Unassigned")
        return row.label

    # --- data -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again in the background (called when the page is shown)."""
        if self.task is not None:
            self._reload_pending = True
            return
        ctx = self.ctx

        def work(_progress: Progress) -> CustomerStats:
            with ctx.db.session() as session:
                return customers.customer_stats(session, ctx.actor)

        self.refresh_button.setEnabled(False)
        if self.stats is None:
            self.summary.setText(self.tr("Counting customers…"))
        self.task = run_task(self, work, title=self.tr("Counting customers…"), cancellable=False)
        self.task.succeeded.connect(self.show_stats)
        self.task.finished.connect(self._task_finished)

    def _task_finished(self) -> None:
        self.task = None
        self.refresh_button.setEnabled(True)
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def show_stats(self, stats: CustomerStats) -> None:
        self.stats = stats
        if stats.without_region:
            self.summary.setText(
                self.tr("Customers: {total}, of which {without} have no recognised region.").format(
                    total=QLocale().toString(stats.total), without=QLocale().toString(stats.without_region)
                )
            )
        else:
            self.summary.setText(self.tr("Customers: {total}").format(total=QLocale().toString(stats.total)))
        self.panels[Breakdown.PROVINCE].set_rows(stats.by_province, stats.total)
        self.panels[Breakdown.GROUP].set_rows(stats.by_group, stats.total)
        self.panels[Breakdown.OWNER].set_rows(stats.by_owner, stats.total)
        self.body.setCurrentWidget(self.tabs if stats.total else self.empty)
        self.notice.setText("")
        self.loaded.emit()

    def current_breakdown(self) -> Breakdown:
        return Breakdown(self.tabs.currentIndex())

    def set_breakdown(self, breakdown: Breakdown) -> None:
        self.tabs.setCurrentIndex(int(breakdown))

    # --- going to the customers -------------------------------------------------------------------

    def show_customers(self, breakdown: Breakdown, row: CountRow) -> None:
        """Ask for the customers of ``row``: emit ``filter_requested`` and open the filtered list."""
        arguments = customer_filter(breakdown, row)
        self.filter_requested.emit(arguments)
        from scrm_desktop.views.main_window import MainWindow

        window = self.window()
        if not isinstance(window, MainWindow) or CUSTOMERS_PAGE not in window.page_keys():
            return
        page = window.navigate(CUSTOMERS_PAGE)
        set_filter = getattr(page, "set_filter", None)
        if callable(set_filter):
            set_filter(**arguments)

    def _other_clicked(self) -> None:
        self.notice.setText(
            self.tr("“Other” adds up the entries too small for the chart: pick one of them in the table.")
        )
