"""The price grid's item model, cell delegate, undo command, filter and clipboard helpers.

The model holds plain arrays: the catalog items (rows), the tiers (columns after the item's code,
name and unit), the saved prices per tier column and a dict of unsaved edits keyed by (source row,
tier index). ``data()`` is a few list lookups, so 20,000 x 6 cells cost nothing until painted,
and nothing is queried per cell.

Every change goes through ``SetCellsCommand`` on the model's ``QUndoStack``: typing one cell,
pasting 10,000 or adjusting a selection is one command, so one undo step. The commands only call
``PriceGridModel.apply``; the view repaints from ``dataChanged``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from scrm_desktop.i18n import error_message
from scrm_desktop.services.catalog import ItemRow
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from scrm_desktop.services.money import CENT, parse_money
from scrm_desktop.services.pricing import CellKey, PriceCell, TierRow
from scrm_desktop.views.list_proxy import ListFilterProxy

Index = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int]  # (source row, tier index)
FIXED_COLUMNS = 3  # code, name, unit
MISSING_TEXT = "—"
MISSING_BACKGROUND = QColor("#fdecea")
MISSING_FOREGROUND = QColor("#c62828")
UNSAVED_BACKGROUND = QColor("#fff3b0")
AMOUNT_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
TEXT_ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


# --- values ---------------------------------------------------------------------------------


class CellRefused(Exception):
    """A value the grid does not accept; ``message`` names the cell and is fit to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_price(text: str) -> Decimal | None:
    """A typed or pasted price: None for an empty cell, else an amount ≥ 0 with two decimals at most.

    Raises ``ValidationError`` (from ``parse_money``) for text, too many decimals or a negative amount.
    """
    cleaned = text.strip()
    if not cleaned or cleaned == MISSING_TEXT:
        return None
    value = parse_money(cleaned)
    if value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{text} is negative; a price cannot be."), field="amount", text=cleaned
        )
    return value


def round_to(value: Decimal, step: Decimal) -> Decimal:
    """``value`` rounded half up to ``step`` (0.01, 0.1 or 1), with two decimals."""
    return value.quantize(step, rounding=ROUND_HALF_UP).quantize(CENT)


def format_amount(value: Decimal) -> str:
    return f"{value:,.2f}"


@dataclass
class GridData:
    """What one load brings: items, tiers and the saved prices (per tier column, per item row)."""

    book: str
    on: dt.date
    items: list[ItemRow]
    tiers: list[TierRow]
    amounts: list[list[Decimal | None]]
    since: list[list[dt.date | None]]

    @classmethod
    def empty(cls, book: str, on: dt.date) -> GridData:
        return cls(book, on, [], [], [], [])


def build_grid(
    book: str, on: dt.date, items: list[ItemRow], tiers: list[TierRow], cells: Mapping[CellKey, PriceCell]
) -> GridData:
    """Arrange the prices in force into per-tier columns (runs on the loading thread)."""
    row_of = {item.id: r for r, item in enumerate(items)}
    column_of = {tier.id: c for c, tier in enumerate(tiers)}
    amounts: list[list[Decimal | None]] = [[None] * len(items) for _ in tiers]
    since: list[list[dt.date | None]] = [[None] * len(items) for _ in tiers]
    for (item_id, tier_id), cell in cells.items():
        r = row_of.get(item_id)
        c = column_of.get(tier_id)
        if r is not None and c is not None:
            amounts[c][r] = cell.amount
            since[c][r] = cell.valid_from
    return GridData(book, on, items, tiers, amounts, since)


# --- the model ------------------------------------------------------------------------------


class PriceGridModel(QAbstractTableModel):
    """Items x tiers with the price in force and the unsaved edits.

    Signals:
        edited(): the set of unsaved edits changed (count, markers).
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid = GridData.empty("settlement", dt.date.today())  # noqa: DTZ011 - replaced by the first load
        self.edits: dict[Cell, Decimal | None] = {}
        self.editable = False
        self.undo_stack: QUndoStack | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._missing_brush = QBrush(MISSING_BACKGROUND)
        self._unsaved_brush = QBrush(UNSAVED_BACKGROUND)
        self._missing_pen = QBrush(MISSING_FOREGROUND)
        self.headers = (
            QCoreApplication.translate("PriceGrid", "Code"),
            QCoreApplication.translate("PriceGrid", "Name"),
            QCoreApplication.translate("PriceGrid", "Unit"),
        )
        self.search_texts: list[str] = []
        self._missing: int | None = None

    # --- data in ---------------------------------------------------------------------------

    def set_grid(self, grid: GridData) -> None:
        """Show a new load; unsaved edits are dropped (the page asks before)."""
        self.beginResetModel()
        self.grid = grid
        self.edits = {}
        self._missing = None
        self.search_texts = [f"{item.code}\n{item.name}".casefold() for item in grid.items]
        self.endResetModel()
        self.edited.emit()

    @property
    def items(self) -> list[ItemRow]:
        return self.grid.items

    @property
    def tiers(self) -> list[TierRow]:
        return self.grid.tiers

    @property
    def first_tier_column(self) -> int:
        return FIXED_COLUMNS

    def tier_of_column(self, column: int) -> int | None:
        t = column - FIXED_COLUMNS
        return t if 0 <= t < len(self.grid.tiers) else None

    # --- values ----------------------------------------------------------------------------

    def saved(self, row: int, t: int) -> Decimal | None:
        return self.grid.amounts[t][row]

    def value(self, row: int, t: int) -> Decimal | None:
        key = (row, t)
        if key in self.edits:
            return self.edits[key]
        return self.grid.amounts[t][row]

    def cell_name(self, row: int, t: int) -> str:
        return QCoreApplication.translate("PriceGrid", "{item} / {tier}").format(
            item=self.grid.items[row].code, tier=self.grid.tiers[t].name
        )

    def check_value(self, row: int, t: int, value: Decimal | None) -> None:
        """Raise ``CellRefused`` when ``value`` cannot go into the cell (a saved price removed)."""
        if value is None and self.grid.amounts[t][row] is not None:
            raise CellRefused(
                QCoreApplication.translate(
                    "PriceGrid", "{cell}: a saved price cannot be removed; type a new price or undo."
                ).format(cell=self.cell_name(row, t))
            )

    def parse_cell(self, row: int, t: int, text: str) -> Decimal | None:
        """``text`` as the new value of the cell, or ``CellRefused`` naming the cell and the reason."""
        try:
            value = parse_price(text)
        except ValidationError as exc:
            raise CellRefused(
                QCoreApplication.translate("PriceGrid", "{cell}: {reason}").format(
                    cell=self.cell_name(row, t), reason=error_message(exc)
                )
            ) from None
        if value is None and self.grid.amounts[t][row] is None:
            return None
        self.check_value(row, t, value)
        return value

    def apply(self, values: Mapping[Cell, Decimal | None]) -> None:
        """Set cells (the undo commands' one primitive); a value equal to the saved one is no edit."""
        if not values:
            return
        amounts, edits = self.grid.amounts, self.edits
        rows: list[int] = []
        columns: list[int] = []
        for (row, t), value in values.items():
            if value == amounts[t][row]:
                edits.pop((row, t), None)
            else:
                edits[(row, t)] = value
            rows.append(row)
            columns.append(t)
        self.dataChanged.emit(
            self.index(min(rows), FIXED_COLUMNS + min(columns)),
            self.index(max(rows), FIXED_COLUMNS + max(columns)),
            [],
        )
        self.edited.emit()

    def push(self, values: Mapping[Cell, Decimal | None], text: str) -> bool:
        """Change cells as one undoable step; False when nothing would change."""
        changed = {k: v for k, v in values.items() if self.value(*k) != v}
        if not changed:
            return False
        if self.undo_stack is None:
            self.apply(changed)
        else:
            self.undo_stack.push(SetCellsCommand(self, changed, text))
        return True

    def unsaved_count(self) -> int:
        return len(self.edits)

    def changes(self) -> dict[CellKey, Decimal | None]:
        """The unsaved edits as ``save_prices`` takes them."""
        items, tiers = self.grid.items, self.grid.tiers
        return {(items[row].id, tiers[t].id): value for (row, t), value in self.edits.items()}

    def missing_count(self) -> int:
        """Cells without a saved price in force (counted once per load)."""
        if self._missing is None:
            # An identity test: list.count(None) would compare every Decimal with None through __eq__.
            self._missing = sum(1 for column in self.grid.amounts for v in column if v is None)
        return self._missing

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.grid.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.grid.tiers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self.grid.items):
            return None
        if column < FIXED_COLUMNS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                item = self.grid.items[row]
                return (item.code, item.name, item.unit)[column]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return TEXT_ALIGN
            if role == Qt.ItemDataRole.ToolTipRole and column == 1:
                item = self.grid.items[row]
                return item.category_path or None
            return None
        t = column - FIXED_COLUMNS
        if t >= len(self.grid.tiers):
            return None
        key = (row, t)
        unsaved = key in self.edits
        value = self.edits[key] if unsaved else self.grid.amounts[t][row]
        if role == Qt.ItemDataRole.DisplayRole:
            return MISSING_TEXT if value is None else format_amount(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return AMOUNT_ALIGN
        if role == Qt.ItemDataRole.BackgroundRole:
            if unsaved:
                return self._unsaved_brush
            return self._missing_brush if value is None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._missing_pen if value is None else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if unsaved else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, t, value, unsaved)
        return None

    def _tooltip(self, row: int, t: int, value: Decimal | None, unsaved: bool) -> str:
        saved = self.grid.amounts[t][row]
        if unsaved:
            was = MISSING_TEXT if saved is None else format_amount(saved)
            return QCoreApplication.translate("PriceGrid", "Not saved yet (saved value: {value})").format(value=was)
        if value is None:
            return QCoreApplication.translate("PriceGrid", "No price in force on {date}").format(
                date=self.grid.on.isoformat()
            )
        since = self.grid.since[t][row]
        return QCoreApplication.translate("PriceGrid", "In force since {date}").format(
            date=since.isoformat() if since else MISSING_TEXT
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set a tier cell to a Decimal or None (the delegate parses and checks the text first)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        t = self.tier_of_column(index.column())
        if t is None or not (value is None or isinstance(value, Decimal)):
            return False
        try:
            self.check_value(index.row(), t, value)
        except CellRefused:
            return False
        self.push(
            {(index.row(), t): value},
            QCoreApplication.translate("PriceGrid", "Edit {cell}").format(cell=self.cell_name(index.row(), t)),
        )
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() >= FIXED_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < FIXED_COLUMNS:
                return self.headers[section]
            t = section - FIXED_COLUMNS
            if 0 <= t < len(self.grid.tiers):
                tier = self.grid.tiers[t]
                return f"{tier.name} ({tier.code})"
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= FIXED_COLUMNS:
            return AMOUNT_ALIGN
        return None

    def sort_keys(self, column: int) -> Sequence[Any]:
        """One sort key per source row (``ListFilterProxy`` sorts with one ``list.sort``)."""
        items = self.grid.items
        if column == 0:
            return [i.code for i in items]
        if column == 1:
            return [i.name for i in items]
        if column == 2:
            return [i.unit for i in items]
        t = column - FIXED_COLUMNS
        missing = Decimal(-1)  # missing prices sort first
        return [v if v is not None else missing for v in (self.value(r, t) for r in range(len(items)))]


# --- undo -----------------------------------------------------------------------------------


class SetCellsCommand(QUndoCommand):
    """Set many cells at once; undo puts back what they showed before."""

    def __init__(self, model: PriceGridModel, values: Mapping[Cell, Decimal | None], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.new = dict(values)
        self.old = {key: model.value(*key) for key in self.new}

    def redo(self) -> None:
        self.model.apply(self.new)

    def undo(self) -> None:
        self.model.apply(self.old)


# --- filtering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GridFilter:
    kind: str | None = None
    category_ids: frozenset[Any] | None = None  # a category and everything below it
    text: str = ""


class GridFilterProxy(ListFilterProxy):
    """Rows of the chosen kind and category whose code or name contains the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = GridFilter()

    def set_filter(self, grid_filter: GridFilter) -> None:
        self.filter = grid_filter
        self.invalidate_filter()

    def filter_rows(self, rows: range) -> list[int]:
        source = self.sourceModel()
        if not isinstance(source, PriceGridModel):
            return list(rows)
        f = self.filter
        items, texts = source.items, source.search_texts
        needle = f.text.casefold()
        return [
            r
            for r in rows
            if (f.kind is None or items[r].kind == f.kind)
            and (f.category_ids is None or items[r].category_id in f.category_ids)
            and (not needle or needle in texts[r])
        ]


def source_model(model: QAbstractItemModel) -> tuple[PriceGridModel, QAbstractProxyModel | None]:
    if isinstance(model, QAbstractProxyModel):
        source = model.sourceModel()
        assert isinstance(source, PriceGridModel)
        return source, model
    assert isinstance(model, PriceGridModel)
    return model, None


# --- the cell editor ------------------------------------------------------------------------


class PriceDelegate(QStyledItemDelegate):
    """Edits a price as text; refuses text, negative amounts and more than two decimals.

    A refused value never reaches the model: the cell keeps its old value and ``refused`` carries
    the message naming the cell.

    Signals:
        refused(str): the typed text was not accepted (the message names the cell).
    """

    refused = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("price-editor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QLineEdit):
            return
        grid, proxy = source_model(model)
        source_index = proxy.mapToSource(index) if proxy is not None else grid.index(index.row(), index.column())
        t = grid.tier_of_column(source_index.column())
        if t is None:
            return
        try:
            value = grid.parse_cell(source_index.row(), t, editor.text())
        except CellRefused as exc:
            self.refused.emit(exc.message)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


# --- clipboard ------------------------------------------------------------------------------


def parse_tsv(text: str) -> list[list[str]]:
    """A block copied from Excel/WPS: rows by line, cells by tab; the final line break dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def to_tsv(rows: Iterable[Sequence[str]]) -> str:
    return "".join("\t".join(cells) + "\n" for cells in rows)
