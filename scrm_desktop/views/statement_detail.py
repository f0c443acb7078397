"""The detail pane of the statements page: one statement's lines, adjustments and totals.

Everything shown comes from the statement's snapshot (``statements.get_statement``), the same data
the PDF prints, so the pane and the paper never disagree. Amounts in the snapshot are strings;
they become ``Decimal`` here only to be formatted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.services.parties import mask_bank_account
from scrm_desktop.services.rmb import rmb_upper
from scrm_desktop.services.statements import StatementDetail
from scrm_desktop.views.statement_labels import STATUS_COLORS, statement_label, statement_status_label
from scrm_desktop.views.table_model import Column
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, setup_table
from scrm_desktop.views.work_order_labels import SETTLED_COLOR, adjustment_label, money_text, yuan_text
from scrm_desktop.views.work_order_models import ColoredRowModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HUNDRED = Decimal(100)
LINE_WIDTHS = (48, 90, 160, 200, 130, 64, 76, 62, 86)
CUSTOMER_COLUMN = 3
AMOUNT_COLUMN = 8


def amount_of(text: object) -> Decimal | None:
    """A snapshot amount (``"1234.50"``) as a Decimal; None when it is empty or not a number."""
    try:
        return Decimal(str(text)) if text not in (None, "") else None
    except InvalidOperation:
        return None


@dataclass(frozen=True)
class DetailLine:
    """One row of the pane's table: a work-order line or, with ``adjustment`` set, an adjustment."""

    no: str
    date: str
    work_order: str
    customer: str
    item: str
    quantity: str
    unit_price: Decimal | None
    share_pct: Decimal | None
    amount: Decimal | None
    adjustment: bool = False


def detail_lines(snapshot: dict[str, Any]) -> list[DetailLine]:
    """The snapshot's lines, then its adjustments, as the table shows them."""
    rows = [
        DetailLine(
            no=str(line.get("no", "")),
            date=str(line.get("date", "")),
            work_order=str(line.get("work_order", "")),
            customer=" · ".join(p for p in (str(line.get("customer", "")), str(line.get("address", ""))) if p),
            item=str(line.get("item", "")),
            quantity=" ".join(p for p in (str(line.get("quantity", "")), str(line.get("unit", ""))) if p),
            unit_price=amount_of(line.get("unit_price")),
            share_pct=amount_of(line.get("share_pct")),
            amount=amount_of(line.get("amount")),
        )
        for line in snapshot.get("lines", [])
    ]
    rows.extend(
        DetailLine(
            no="",
            date=str(adj.get("date", "")),
            work_order=str(adj.get("work_order", "")),
            customer=str(adj.get("reason", "")),
            item=adjustment_label(str(adj.get("kind", ""))),
            quantity="",
            unit_price=None,
            share_pct=None,
            amount=amount_of(adj.get("amount")),
            adjustment=True,
        )
        for adj in snapshot.get("adjustments", [])
    )
    return rows


class StatementDetailPane(QWidget):
    """The selected statement: who is paid, for what, and how the totals add up."""

    def __init__(self, *, show_pii: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_pii = show_pii
        self.detail: StatementDetail | None = None
        self.heading = QLabel()
        self.heading.setObjectName("statement-heading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.payee_label = QLabel()
        self.payee_label.setObjectName("statement-payee")
        self.payee_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.payee_label.setWordWrap(True)
        self.payee_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lines_model: ColoredRowModel[DetailLine] = ColoredRowModel(
            [
                Column(self.tr("No."), lambda r: r.no, align=RIGHT),
                Column(self.tr("Completed"), lambda r: r.date),
                Column(self.tr("Work order"), lambda r: r.work_order),
                Column(self.tr("Customer / address"), lambda r: r.customer, tooltip=lambda r: r.customer),
                Column(self.tr("Service item"), lambda r: r.item, tooltip=lambda r: r.item),
                Column(self.tr("Quantity"), lambda r: r.quantity, align=RIGHT),
                Column(self.tr("Unit price"), lambda r: money_text(r.unit_price), align=RIGHT),
                Column(self.tr("Share %"), lambda r: self._share_text(r.share_pct), align=RIGHT),
                Column(self.tr("Amount"), lambda r: money_text(r.amount), align=RIGHT),
            ],
            self._color,
            self,
        )
        self.lines_view = QTableView()
        self.lines_view.setObjectName("statement-lines")
        self.lines_view.setModel(self.lines_model)
        setup_table(self.lines_view)
        self.lines_view.setSortingEnabled(False)
        self.lines_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(LINE_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CUSTOMER_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.payee_label)
        body = QHBoxLayout()
        body.setSpacing(10)
        body.addWidget(self.lines_view, 1)
        body.addWidget(self._build_totals())
        layout.addLayout(body, 1)
        self.show_detail(None)

    def add_actions(self, actions: Sequence[QAction]) -> None:
        """Buttons for actions on the statement shown (the page's own actions, so they enable together)."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            self.buttons.addWidget(button)

    def _build_totals(self) -> QFrame:
        box = QFrame()
        box.setObjectName("statement-totals")
        box.setStyleSheet(
            "QFrame#statement-totals { background: white; border: 1px solid #dfe3e8; border-radius: 4px; }"
            " QFrame#statement-totals QLabel { border: none; }"
        )
        box.setMinimumWidth(280)
        grid = QGridLayout(box)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setVerticalSpacing(3)
        titles = {
            "lines": self.tr("Lines"),
            "adjustments": self.tr("Adjustments"),
            "gross": self.tr("Gross"),
            "carry_in": self.tr("Carried in"),
            "payable": self.tr("Payable"),
            "tax": self.tr("Tax withheld"),
            "net": self.tr("Net paid"),
            "carry_out": self.tr("Carried forward"),
        }
        self.total_labels: dict[str, QLabel] = {}
        for row, (key, title) in enumerate(titles.items()):
            grid.addWidget(QLabel(title), row, 0)
            value = QLabel("—")
            value.setObjectName(f"statement-total-{key}")
            value.setAlignment(RIGHT)
            if key == "net":
                value.setStyleSheet(f"font-weight: 600; font-size: 15px; color: {SETTLED_COLOR};")
            self.total_labels[key] = value
            grid.addWidget(value, row, 1)
        self.upper_label = QLabel()
        self.upper_label.setObjectName("statement-upper")
        self.upper_label.setWordWrap(True)
        self.upper_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.upper_label, len(titles), 0, 1, 2)
        self.state_label = QLabel()
        self.state_label.setObjectName("statement-state")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet(f"color: {HINT_COLOR}; font-size: 11px;")
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.state_label, len(titles) + 1, 0, 1, 2)
        grid.setRowStretch(len(titles) + 2, 1)
        return box

    @staticmethod
    def _share_text(share: Decimal | None) -> str:
        return "" if share is None or share == HUNDRED else f"{share.normalize():f}"

    @staticmethod
    def _color(row: DetailLine, column: int) -> str | None:
        if row.adjustment and column == AMOUNT_COLUMN and row.amount is not None:
            return ERROR_COLOR if row.amount < 0 else SETTLED_COLOR
        return "#6d4c41" if row.adjustment else None

    # --- showing ------------------------------------------------------------------------------

    def show_detail(self, detail: StatementDetail | None) -> None:
        """Show ``detail`` (None: nothing selected)."""
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("Select a statement to see its lines and totals."))
            self.payee_label.setText("")
            self.lines_model.set_rows([])
            for label in self.total_labels.values():
                label.setText("—")
            self.upper_label.setText("")
            self.state_label.setText("")
            return
        row, snap = detail.row, detail.snapshot
        self.heading.setText(
            self.tr("{number} · {status} · {payee} · {start} to {end}").format(
                number=statement_label(row.number),
                status=statement_status_label(row.status),
                payee=row.payee_name,
                start=row.period_from.isoformat(),
                end=row.period_to.isoformat(),
            )
        )
        self.heading.setStyleSheet(
            f"font-weight: 600; font-size: 14px; color: {STATUS_COLORS.get(row.status, '#212121')};"
        )
        self.payee_label.setText(self._payee_text(snap.get("payee", {})))
        self.lines_model.set_rows(detail_lines(snap))
        totals = snap.get("totals", {})
        for key, label in self.total_labels.items():
            label.setText(yuan_text(amount_of(totals.get(key))) or "—")
        net = amount_of(totals.get("net"))
        self.upper_label.setText(self.tr("In words: {words}").format(words=rmb_upper(net)) if net is not None else "")
        self.state_label.setText(self._state_text(detail))

    def _payee_text(self, payee: dict[str, Any]) -> str:
        account = str(payee.get("bank_account", ""))
        if account and not self.show_pii:
            account = mask_bank_account(account)
        bank = " ".join(p for p in (str(payee.get("bank_name", "")), account) if p)
        return self.tr("{code} · {provider} · account holder {holder} · bank {bank}").format(
            code=payee.get("code", ""),
            provider=payee.get("provider", ""),
            holder=payee.get("account_name", "") or "—",
            bank=bank or "—",
        )

    def _state_text(self, detail: StatementDetail) -> str:
        row = detail.row
        parts: list[str] = []
        if row.issued_on is not None:
            parts.append(self.tr("Issued on {date}.").format(date=row.issued_on.isoformat()))
        if row.paid_on is not None:
            parts.append(
                self.tr("Paid on {date}, reference {reference}.").format(
                    date=row.paid_on.isoformat(), reference=row.payment_ref or "—"
                )
            )
        if row.status == "void":
            parts.append(self.tr("Voided: {reason}").format(reason=row.void_reason))
        amends = detail.snapshot.get("amends")
        if amends:
            parts.append(self.tr("Amends {number}.").format(number=amends))
        if row.status != "draft":
            parts.append(self.tr("SHA-256 {hash}").format(hash=detail.sha256[:16] + "…"))
        return "\n".join(parts)

    def row_texts(self) -> list[list[str]]:
        """The table's cells as shown (tests)."""
        model = self.lines_model
        return [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())]
