"""Parts of the work-order editor: the customer search box, a decimal cell editor, the earnings panel.

``EarningsPanel`` shows one ``Earnings`` (``services/earnings.py``): a badge that says whether
the figures are a live preview or frozen at completion, the lines with both prices (tier, rule,
unit price, amount), the adjustments, the totals and each crew member's part. Clicking a tier
emits ``tier_clicked`` so the editor can open the resolver trace.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QRegularExpression, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.services import customers
from scrm_desktop.services.customers import CustomerRow
from scrm_desktop.services.earnings import Earnings, MemberEarnings, PricedAdjustment, PricedLine, PriceSide
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.work_orders import InstallerSettlement
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error
from scrm_desktop.views.table_model import Column, Index
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, setup_table
from scrm_desktop.views.work_order_labels import (
    FROZEN_COLOR,
    PREVIEW_COLOR,
    adjustment_label,
    money_text,
    yuan_text,
)
from scrm_desktop.views.work_order_models import ColoredRowModel, EarningsLinesModel, EarningsTexts

SEARCH_DELAY_MS = 250
CUSTOMER_RESULTS = 20
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EARNINGS_WIDTHS = (180, 60, 84, 150, 76, 84, 76, 76, 84)
MEMBER_WIDTHS = (120, 80, 100, 100, 100, 200)


def badge_style(color: str) -> str:
    return f"QLabel {{ color: white; background: {color}; border-radius: 9px; padding: 2px 10px; font-weight: 600; }}"


# --- the customer search box --------------------------------------------------------------------


class CustomerPicker(QLineEdit):
    """Type a name or phone number and pick the customer from the list that opens.

    Searches through ``customers.list_customers(text=…, limit=…)`` once typing pauses.

    Signals:
        chosen(object): the ``CustomerRow`` picked.
    """

    chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: dict[str, CustomerRow] = {}
        self.customer_id: uuid.UUID | None = None
        self.setPlaceholderText(self.tr("Search a customer by name or phone number"))
        self.setClearButtonEnabled(True)
        self.entries = QStringListModel(self)
        completer = QCompleter(self.entries, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._activated)
        self.setCompleter(completer)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(lambda: self.search(self.text()))
        self.textEdited.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(self._return_pressed)

    @staticmethod
    def entry(row: CustomerRow) -> str:
        return f"{row.name}  {row.phone}  {row.address}".strip()

    def search(self, text: str) -> list[CustomerRow]:
        """Look customers up and offer them in the popup; returns what was found."""
        self.timer.stop()
        if not text.strip():
            self.results = {}
            self.entries.setStringList([])
            return []
        try:
            with self.ctx.db.session() as session:
                rows = customers.list_customers(session, self.ctx.actor, text=text.strip(), limit=CUSTOMER_RESULTS)
        except ScrmError as exc:
            self.setToolTip(describe_error(exc))
            return []
        self.results = {self.entry(r): r for r in rows}
        self.entries.setStringList(list(self.results))
        if self.hasFocus() and rows:
            self.completer().complete()
        return rows

    def _activated(self, text: str) -> None:
        row = self.results.get(text)
        if row is not None:
            self.choose(row)

    def _return_pressed(self) -> None:
        rows = self.search(self.text()) if not self.results else list(self.results.values())
        if len(rows) == 1:
            self.choose(rows[0])

    def choose(self, row: CustomerRow) -> None:
        self.customer_id = row.id
        self.show_customer(row.name, row.phone)
        self.chosen.emit(row)

    def show_customer(self, name: str, phone: str) -> None:
        """Show the chosen customer without searching."""
        self.blockSignals(True)
        self.setText(f"{name}  {phone}".strip())
        self.blockSignals(False)


# --- a cell editor for decimals ------------------------------------------------------------------


class DecimalDelegate(QStyledItemDelegate):
    """Edits a number in a right-aligned line edit that accepts ``pattern`` only."""

    def __init__(self, pattern: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = pattern

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(self.pattern), editor))
        editor.setAlignment(RIGHT)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        index.model().setData(index, editor.text(), Qt.ItemDataRole.EditRole)


# --- the earnings panel ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    member: MemberEarnings
    settlement: InstallerSettlement | None = None


class EarningsPanel(QGroupBox):
    """The earnings of the work order: preview while open, frozen once completed.

    Signals:
        tier_clicked(object, str): the ``PricedLine`` and book (``settlement``/``sales``) of a
            clicked tier.
    """

    tier_clicked = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Earnings"), parent)
        self.earnings: Earnings | None = None
        self.crew_names: dict[uuid.UUID, str] = {}
        self.show_settlement = False

        self.badge = QLabel()
        self.badge.setObjectName("earnings-badge")
        self.priced_label = QLabel()
        self.priced_label.setStyleSheet(f"color: {HINT_COLOR};")
        head = QHBoxLayout()
        head.addWidget(self.badge)
        head.addWidget(self.priced_label, 1)

        self.message = QLabel()
        self.message.setObjectName("earnings-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        texts = EarningsTexts(
            headers=(
                self.tr("Item"),
                self.tr("Qty"),
                self.tr("Tier"),
                self.tr("Rule"),
                self.tr("Unit price"),
                self.tr("Amount"),
                self.tr("Sales tier"),
                self.tr("Sales unit price"),
                self.tr("Sales amount"),
            ),
            adjustment_item=self._adjustment_item,
            adjustment_target=self._adjustment_target,
            problem=self._problem,
            no_tier=self.tr("No price"),
        )
        self.lines_model = EarningsLinesModel(texts, self)
        self.lines_view = QTableView()
        self.lines_view.setObjectName("earnings-lines")
        self.lines_view.setModel(self.lines_model)
        setup_table(self.lines_view)
        self.lines_view.setSortingEnabled(False)
        self.lines_view.setMouseTracking(True)
        self.lines_view.setToolTip(self.tr("Click a tier to see which rule chose it and why."))
        header = self.lines_view.horizontalHeader()
        # Fixed widths: sizing to contents misses the cells' padding and truncates short codes.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(EARNINGS_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lines_view.clicked.connect(self._clicked)
        self.lines_view.entered.connect(self._hovered)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("earnings-totals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet("font-weight: 600;")

        self.members_model: ColoredRowModel[MemberRow] = ColoredRowModel(
            self._member_columns(), self._member_color, self
        )
        self.members_view = QTableView()
        self.members_view.setObjectName("earnings-members")
        self.members_view.setModel(self.members_model)
        setup_table(self.members_view)
        self.members_view.setSortingEnabled(False)
        header = self.members_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(MEMBER_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members_view.setMinimumHeight(96)
        self.members_view.setMaximumHeight(150)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.lines_view, 3)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.members_view, 1)

    # --- texts ----------------------------------------------------------------------------------

    def _adjustment_item(self, adjustment: PricedAdjustment) -> str:
        return self.tr("{kind}: {reason}").format(kind=adjustment_label(adjustment.kind), reason=adjustment.reason)

    def _adjustment_target(self, adjustment: PricedAdjustment) -> str:
        if adjustment.installer_id is None:
            return self.tr("Whole crew by shares")
        return self.crew_names.get(adjustment.installer_id, "")

    @staticmethod
    def _problem(side: PriceSide) -> str:
        return describe_error(side.problem) if side.problem is not None else ""

    def _member_columns(self) -> list[Column[MemberRow]]:
        right = RIGHT
        return [
            Column(self.tr("Installer"), lambda r: r.member.name),
            Column(self.tr("Share"), lambda r: f"{r.member.share_pct:.2f}%", align=right),
            Column(self.tr("Lines"), lambda r: money_text(r.member.lines_amount), align=right),
            Column(self.tr("Adjustments"), lambda r: money_text(r.member.adjustments_amount), align=right),
            Column(self.tr("Earns"), lambda r: money_text(r.member.amount), align=right),
            Column(self.tr("Settlement"), self.settlement_text),
        ]

    def settlement_text(self, row: MemberRow) -> str:
        """已结算 / 未结算 / 部分结算, with the corrections reopening added (completed work orders)."""
        found = row.settlement
        if not self.show_settlement:
            return ""
        if found is None:
            return self.tr("Not settled")
        if found.settled and found.unsettled:
            text = self.tr("Partly settled: {settled} settled, {unsettled} to settle").format(
                settled=yuan_text(found.settled), unsettled=yuan_text(found.unsettled)
            )
        elif found.settled:
            text = self.tr("Settled {amount}").format(amount=yuan_text(found.settled))
        else:
            text = self.tr("Not settled {amount}").format(amount=yuan_text(found.unsettled))
        if found.corrections:
            text += self.tr(" (correction {amount})").format(amount=yuan_text(found.corrections))
        return text

    @staticmethod
    def _member_color(row: MemberRow, column: int) -> str | None:
        if column == 3 and row.member.adjustments_amount < 0:
            return ERROR_COLOR
        return None

    # --- showing --------------------------------------------------------------------------------

    def show_earnings(
        self,
        earnings: Earnings,
        *,
        completed_on: dt.date | None = None,
        settlement: Sequence[InstallerSettlement] = (),
        show_settlement: bool = False,
    ) -> None:
        """Show ``earnings`` (frozen ones with their completion date and settlement state)."""
        self.earnings = earnings
        self.crew_names = {m.installer_id: m.name for m in earnings.crew}
        self.show_settlement = show_settlement
        if earnings.frozen:
            self.badge.setText(
                self.tr("Frozen · completed on {date}").format(date=(completed_on or earnings.priced_on).isoformat())
            )
            self.badge.setStyleSheet(badge_style(FROZEN_COLOR))
            self.priced_label.setText(self.tr("Later price or rule changes never move these figures."))
        else:
            self.badge.setText(self.tr("Preview (not frozen)"))
            self.badge.setStyleSheet(badge_style(PREVIEW_COLOR))
            self.priced_label.setText(
                self.tr(
                    "Priced with the prices and rules in force on {date}; frozen when the work order is completed."
                ).format(date=earnings.priced_on.isoformat())
            )
        self.lines_model.set_earnings(earnings)
        by_installer = {s.installer_id: s for s in settlement}
        self.members_model.set_rows([MemberRow(m, by_installer.get(m.installer_id)) for m in earnings.members])
        self.members_view.setColumnHidden(5, not show_settlement)
        self.totals_label.setText(self.totals_text(earnings))
        if earnings.problems:
            self._set_message(
                self.tr(
                    "{count} prices are missing, so this work order cannot be completed until they are fixed: {problem}"
                ).format(count=len(earnings.problems), problem=describe_error(earnings.problems[0])),
                error=True,
            )
        elif not earnings.lines:
            self._set_message(self.tr("Add service items or parts to see what the job earns."), error=False)
        elif not earnings.crew:
            self._set_message(self.tr("Add the crew to see what each installer earns."), error=False)
        else:
            self._set_message("", error=False)

    def totals_text(self, earnings: Earnings) -> str:
        parts = " + ".join(money_text(m.amount) for m in earnings.members)
        text = self.tr(
            "Settlement total {total} (lines {lines}, adjustments {adjustments}) · sales total {sales}"
        ).format(
            total=yuan_text(earnings.total),
            lines=yuan_text(earnings.lines_total),
            adjustments=yuan_text(earnings.adjustments_total),
            sales=yuan_text(earnings.sales_total),
        )
        if len(earnings.members) > 1:
            text += "\n" + self.tr("Split over the crew: {parts} = {total}").format(
                parts=parts, total=money_text(sum((m.amount for m in earnings.members), Decimal("0.00")))
            )
        return text

    def show_message(self, text: str, *, error: bool) -> None:
        """No figures to show (input the preview refuses, or nothing entered yet): say why."""
        self.earnings = None
        self.badge.setText(self.tr("Preview (not frozen)"))
        self.badge.setStyleSheet(badge_style(PREVIEW_COLOR))
        self.priced_label.setText("")
        self.lines_model.set_earnings(None)
        self.members_model.set_rows([])
        self.members_view.setColumnHidden(5, True)
        self.totals_label.setText("")
        self._set_message(text, error=error)

    def _set_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR if error else HINT_COLOR};")
        self.message.setVisible(bool(text))

    def has_problems(self) -> bool:
        return self.earnings is not None and bool(self.earnings.problems)

    # --- clicking a tier ----------------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        if not self.lines_model.is_tier_link(index):
            return
        found = self.lines_model.side_at(index)
        if found is not None:
            line, book = found
            self.tier_clicked.emit(line, book)

    def _hovered(self, index: QModelIndex) -> None:
        link = self.lines_model.is_tier_link(index)
        viewport = self.lines_view.viewport()
        if link:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            viewport.unsetCursor()

    def line_at(self, row: int) -> PricedLine | None:
        if 0 <= row < len(self.lines_model.rows):
            return self.lines_model.rows[row].line
        return None
