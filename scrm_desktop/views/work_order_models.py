"""The item models of the work-order pages.

- ``WorkOrderListModel``: the work-order list, loaded page by page. 200,000 work orders never
  travel at once: the page asks ``work_orders.list_work_orders`` for one page (and the count)
  whenever the view scrolls near the end (``canFetchMore``/``fetchMore``). The model itself never
  queries; it asks through ``fetch_requested`` and the page answers with ``append_page`` from a
  background task, so the model stays testable without a database.
- ``CrewModel``, ``LinesModel``: the editor's crew (share in percent editable) and lines
  (quantity editable). Bad input is refused through ``refused`` with the service's own message.
- ``EarningsLinesModel``: the earnings panel's lines and adjustments with both prices; the tier
  cells look like links (clicking one opens the resolver trace).
- ``ColoredRowModel``: a ``RowTableModel`` whose cells may carry a text colour.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from scrm_desktop.services.earnings import Earnings, PricedAdjustment, PricedLine, PriceSide
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from scrm_desktop.services.money import format_quantity, parse_quantity
from scrm_desktop.services.work_orders import WorkOrderPage, WorkOrderRow
from scrm_desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, Index, RowTableModel
from scrm_desktop.views.widgets import ERROR_COLOR
from scrm_desktop.views.work_order_labels import LINK_COLOR, STATUS_COLORS, money_text

T = TypeVar("T")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
PAGE_SIZE = 200
HUNDRED = Decimal(100)
PERCENT_STEP = Decimal("0.01")


# --- the list ----------------------------------------------------------------------------------------


class WorkOrderListModel(QAbstractTableModel):
    """The rows of ``list_work_orders`` pages, loaded as the view scrolls.

    ``columns`` describe the cells; the status column (``status_column``) is coloured. Call
    ``reset_to(page, generation)`` with the first page of a new query and ``append_page`` with
    each further page; results of an older generation (a filter that changed meanwhile) are
    dropped.

    Signals:
        fetch_requested(int): the view wants the rows from this offset on.
    """

    fetch_requested = Signal(int)

    def __init__(
        self, columns: Sequence[Column[WorkOrderRow]], status_column: int = -1, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.status_column = status_column
        self.rows: list[WorkOrderRow] = []
        self.total = 0
        self.generation = 0
        self.fetching = False

    # --- loading ---------------------------------------------------------------------------

    def reset_to(self, page: WorkOrderPage, generation: int) -> None:
        """Show the first page of a new query (and its total)."""
        self.beginResetModel()
        self.generation = generation
        self.rows = list(page.rows)
        self.total = page.total
        self.fetching = False
        self.endResetModel()

    def append_page(self, page: WorkOrderPage, generation: int) -> bool:
        """Add a further page; False (and nothing changes) when it is stale or out of place."""
        if generation != self.generation or page.offset != len(self.rows):
            return False
        self.fetching = False
        self.total = page.total
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        return True

    def fetch_failed(self, generation: int) -> None:
        """The background fetch failed: let the view ask again later."""
        if generation == self.generation:
            self.fetching = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return not parent.isValid() and not self.fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if not self.canFetchMore(parent):
            return
        self.fetching = True
        self.fetch_requested.emit(len(self.rows))

    def replace_row(self, row: WorkOrderRow) -> bool:
        """Show the new state of a listed work order (after the editor saved it)."""
        for position, existing in enumerate(self.rows):
            if existing.id == row.id:
                self.rows[position] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))
                return True
        return False

    def find(self, work_order_id: uuid.UUID) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == work_order_id), -1)

    # --- Qt API -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.status_column:
            return QColor(STATUS_COLORS.get(row.status, "#37474f"))
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return super().headerData(section, orientation, role)


# --- coloured read-only rows ------------------------------------------------------------------------


class ColoredRowModel(RowTableModel[T]):
    """A ``RowTableModel`` whose ``color(row, column)`` gives a cell's text colour (or None)."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        color: Callable[[T, int], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent=parent)
        self.color = color

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < len(self.rows):
            found = self.color(self.rows[index.row()], index.column())
            return QColor(found) if found else None
        return super().data(index, role)


# --- the crew ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CrewEntry:
    installer_id: uuid.UUID
    code: str
    name: str
    share_pct: Decimal


def parse_share(text: str, name: str) -> Decimal:
    """A share typed in percent: more than 0, at most 100, two decimals at most."""
    cleaned = text.strip().rstrip("%").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value != value.quantize(PERCENT_STEP) or not Decimal(0) < value <= HUNDRED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "The share of {name} must be more than 0 and at most 100 percent, with two decimals."
            ),
            field="crew",
            name=name,
        )
    return value.quantize(PERCENT_STEP)


CREW_NAME, CREW_CODE, CREW_SHARE = range(3)


class CrewModel(QAbstractTableModel):
    """The crew being edited: installer and share in percent (editable while ``editable``).

    Signals:
        changed(): a member was added or removed, or a share changed.
        refused(object): typed text that is not a share (a ``ValidationError``).
    """

    changed = Signal()
    refused = Signal(object)

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.members: list[CrewEntry] = []
        self.editable = True

    def set_members(self, members: Sequence[CrewEntry]) -> None:
        self.beginResetModel()
        self.members = list(members)
        self.endResetModel()
        self.changed.emit()

    def add_member(self, member: CrewEntry) -> bool:
        if any(m.installer_id == member.installer_id for m in self.members):
            return False
        position = len(self.members)
        self.beginInsertRows(QModelIndex(), position, position)
        self.members.append(member)
        self.endInsertRows()
        self.changed.emit()
        return True

    def remove_member(self, position: int) -> None:
        if not 0 <= position < len(self.members):
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.members[position]
        self.endRemoveRows()
        self.changed.emit()

    def set_shares(self, shares: Sequence[Decimal]) -> None:
        self.members = [replace(m, share_pct=s) for m, s in zip(self.members, shares, strict=True)]
        if self.members:
            self.dataChanged.emit(self.index(0, CREW_SHARE), self.index(len(self.members) - 1, CREW_SHARE))
        self.changed.emit()

    def share_sum(self) -> Decimal:
        return sum((m.share_pct for m in self.members), Decimal("0.00"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.members):
            return None
        member = self.members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (member.name, member.code, f"{member.share_pct:.2f}")[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return (member.name, member.code, f"{member.share_pct:f}")[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == CREW_SHARE:
            return int(RIGHT)
        if role == ROW_ROLE:
            return member
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == CREW_SHARE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != CREW_SHARE:
            return False
        if not self.editable or index.row() >= len(self.members):
            return False
        member = self.members[index.row()]
        try:
            share = parse_share(str(value), member.name)
        except ValidationError as exc:
            self.refused.emit(exc)
            return False
        if share != member.share_pct:
            self.members[index.row()] = replace(member, share_pct=share)
            self.dataChanged.emit(index, index)
            self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


# --- the lines --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkLine:
    """A line being edited; ``line_id`` is the stored line it edits (None: new)."""

    item_id: uuid.UUID
    code: str
    name: str
    kind: str
    unit: str
    quantity: Decimal
    package_id: uuid.UUID | None = None
    package_code: str = ""
    note: str = ""
    line_id: uuid.UUID | None = None


LINE_CODE, LINE_NAME, LINE_KIND, LINE_QUANTITY, LINE_UNIT, LINE_PACKAGE = range(6)


class LinesModel(QAbstractTableModel):
    """The lines being edited: item, kind, quantity (editable while ``editable``), unit, package.

    Signals:
        changed(): a line was added or removed, or a quantity changed.
        refused(object): typed text that is not a quantity (a ``ValidationError``).
    """

    changed = Signal()
    refused = Signal(object)

    def __init__(self, headers: Sequence[str], kind_label: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.kind_label = kind_label
        self.lines: list[WorkLine] = []
        self.editable = True

    def set_lines(self, lines: Sequence[WorkLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()
        self.changed.emit()

    def add_lines(self, lines: Sequence[WorkLine]) -> None:
        if not lines:
            return
        first = len(self.lines)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self.lines.extend(lines)
        self.endInsertRows()
        self.changed.emit()

    def remove_line(self, position: int) -> None:
        if not 0 <= position < len(self.lines):
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.lines[position]
        self.endRemoveRows()
        self.changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (
                line.code,
                line.name,
                self.kind_label(line.kind),
                format_quantity(line.quantity),
                line.unit,
                line.package_code,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == LINE_QUANTITY:
            return int(RIGHT)
        if role == ROW_ROLE:
            return line
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == LINE_QUANTITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != LINE_QUANTITY:
            return False
        if not self.editable or index.row() >= len(self.lines):
            return False
        try:
            quantity = parse_quantity(str(value), row=index.row() + 1)
        except ValidationError as exc:
            self.refused.emit(exc)
            return False
        line = self.lines[index.row()]
        if quantity != line.quantity:
            self.lines[index.row()] = replace(line, quantity=quantity)
            self.dataChanged.emit(index, index)
            self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


# --- the earnings panel -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PanelRow:
    """One row of the earnings table: a priced line, or an adjustment (``line`` None)."""

    line: PricedLine | None = None
    adjustment: PricedAdjustment | None = None


(
    EARN_ITEM,
    EARN_QUANTITY,
    EARN_TIER,
    EARN_RULE,
    EARN_UNIT_PRICE,
    EARN_AMOUNT,
    EARN_SALES_TIER,
    EARN_SALES_UNIT_PRICE,
    EARN_SALES_AMOUNT,
) = range(9)
TIER_COLUMNS = {EARN_TIER: "settlement", EARN_SALES_TIER: "sales"}
MONEY_COLUMNS = (EARN_UNIT_PRICE, EARN_AMOUNT, EARN_SALES_UNIT_PRICE, EARN_SALES_AMOUNT)


@dataclass(frozen=True)
class EarningsTexts:
    """What the earnings table says in words, provided by the panel (translated there)."""

    headers: tuple[str, ...]
    adjustment_item: Callable[[PricedAdjustment], str]
    adjustment_target: Callable[[PricedAdjustment], str]
    problem: Callable[[PriceSide], str]
    no_tier: str


class EarningsLinesModel(QAbstractTableModel):
    """The priced lines, then the adjustments, of one ``Earnings``.

    Tier cells of priced lines are underlined like links (``is_tier_link``); a line whose price
    has a problem shows the problem in red in the rule column (and as the cells' tooltip).
    """

    def __init__(self, texts: EarningsTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.rows: list[PanelRow] = []
        self._link_font = QFont()
        self._link_font.setUnderline(True)

    def set_earnings(self, earnings: Earnings | None) -> None:
        self.beginResetModel()
        if earnings is None:
            self.rows = []
        else:
            self.rows = [PanelRow(line=line) for line in earnings.lines]
            self.rows += [PanelRow(adjustment=a) for a in earnings.adjustments]
        self.endResetModel()

    def side_at(self, index: Index) -> tuple[PricedLine, str] | None:
        """The line and book (``settlement``/``sales``) of a tier cell, or None for other cells."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        line = self.rows[index.row()].line
        book = TIER_COLUMNS.get(index.column())
        if line is None or book is None:
            return None
        return line, book

    def is_tier_link(self, index: Index) -> bool:
        found = self.side_at(index)
        if found is None:
            return False
        line, book = found
        side = line.settlement if book == "settlement" else line.sales
        return bool(side.tier_code)

    def _line_cells(self, line: PricedLine) -> tuple[str, ...]:
        s, b = line.settlement, line.sales
        rule = self.texts.problem(s) if s.problem is not None else s.rule_name
        return (
            line.item_name,
            f"{format_quantity(line.quantity)} {line.unit}".strip(),
            self._tier_text(s),
            rule,
            money_text(s.unit_price),
            money_text(s.amount),
            self._tier_text(b),
            money_text(b.unit_price),
            money_text(b.amount),
        )

    def _tier_text(self, side: PriceSide) -> str:
        if side.tier_code:
            return f"{side.tier_name} ({side.tier_code})"
        return self.texts.no_tier if side.problem is not None else ""

    def _adjustment_cells(self, adjustment: PricedAdjustment) -> tuple[str, ...]:
        return (
            self.texts.adjustment_item(adjustment),
            "",
            "",
            self.texts.adjustment_target(adjustment),
            "",
            money_text(adjustment.amount),
            "",
            "",
            "",
        )

    def _problem_of(self, row: PanelRow) -> str:
        if row.line is None:
            return ""
        found = [self.texts.problem(s) for s in (row.line.settlement, row.line.sales) if s.problem is not None]
        return "\n".join(found)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.texts.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if row.line is not None:
                return self._line_cells(row.line)[column]
            assert row.adjustment is not None
            return self._adjustment_cells(row.adjustment)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in MONEY_COLUMNS or column == EARN_QUANTITY else LEFT)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(row, column)
        if role == Qt.ItemDataRole.FontRole and self.is_tier_link(index):
            return self._link_font
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problem_of(row)
            if problem:
                return problem
            if row.line is not None and column == EARN_ITEM:
                return f"{row.line.item_name} ({row.line.item_code})"
            if column in (EARN_ITEM, EARN_RULE):  # names that may be cut off
                return self.data(index) or None
            return None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return index.row()
        return None

    def _color(self, row: PanelRow, column: int) -> QColor | None:
        if row.line is not None:
            line = row.line
            if column in TIER_COLUMNS:
                side = line.settlement if TIER_COLUMNS[column] == "settlement" else line.sales
                if side.problem is not None:
                    return QColor(ERROR_COLOR)
                return QColor(LINK_COLOR) if side.tier_code else None
            if column == EARN_RULE and line.settlement.problem is not None:
                return QColor(ERROR_COLOR)
            return None
        if row.adjustment is not None and column == EARN_AMOUNT and row.adjustment.amount < 0:
            return QColor(ERROR_COLOR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.texts.headers[section] if 0 <= section < len(self.texts.headers) else None
        return None
