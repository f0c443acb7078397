"""Qt models of the catalog pages: the category tree, the item table and its filter, package lines.

The item table holds every item of one kind (20,000 in the large demo): each row's cells and its
lowercase search text are computed once per load, so ``data()`` is a tuple lookup, sorting is one
``list.sort`` and filtering as you type is a list comprehension (``ItemFilterProxy``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from scrm_desktop.resources import icon
from scrm_desktop.services.catalog import CategoryRow, ItemRow, category_subtree
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.money import format_quantity, parse_quantity
from scrm_desktop.views.list_proxy import ListFilterProxy
from scrm_desktop.views.table_model import ROW_ROLE, Index

DIMMED = QColor("#9e9e9e")
CODE, NAME, UNIT, SPEC, CATEGORY, COMPLEXITY, OWNER, STATUS = range(8)


def compact(text: str) -> str:
    """Lowercase without whitespace: what the search compares."""
    return "".join(text.split()).lower()


# --- the category tree ----------------------------------------------------------------------


class _Node:
    __slots__ = ("category", "children", "count", "parent", "row")

    def __init__(self, category: CategoryRow | None, parent: _Node | None, row: int) -> None:
        self.category = category
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        self.count = 0


class CategoryTreeModel(QAbstractItemModel):
    """One root node ("all categories") with the category tree below it; column 1 counts the
    items of each category including its subcategories. ``ROW_ROLE`` is the ``CategoryRow``
    (None for the root)."""

    def __init__(self, all_label: str, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.root = _Node(None, None, 0)
        self.all_label = all_label
        self._by_id: dict[uuid.UUID, _Node] = {}

    def set_categories(self, categories: Sequence[CategoryRow], counts: dict[uuid.UUID | None, int]) -> None:
        """Show ``categories`` (parents before children); ``counts`` are items directly in each."""
        self.beginResetModel()
        self.root = _Node(None, None, 0)
        self._by_id = {}
        for category in categories:
            parent: _Node | None = self._by_id.get(category.parent_id) if category.parent_id else self.root
            if parent is None:
                continue
            child = _Node(category, parent, len(parent.children))
            parent.children.append(child)
            self._by_id[category.id] = child
        for category_id, count in counts.items():
            node: _Node | None = self._by_id.get(category_id) if category_id is not None else None
            self.root.count += count
            while node is not None and node is not self.root:
                node.count += count
                node = node.parent
        self.endResetModel()

    def categories(self) -> list[CategoryRow]:
        return [node.category for node in self._by_id.values() if node.category is not None]

    def index_of(self, category_id: uuid.UUID | None) -> QModelIndex:
        node = self.root if category_id is None else self._by_id.get(category_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    @staticmethod
    def _node(index: Index) -> _Node:
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt API
        if not 0 <= column < len(self.headers) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self.root) if row == 0 else QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent = self._node(child).parent
        if parent is None:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if not parent.isValid():
            return 1
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return str(node.count)
            return self.all_label if node.category is None else node.category.name
        if role == Qt.ItemDataRole.ToolTipRole and node.category is not None:
            return f"{node.category.path} ({node.category.code})"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return DIMMED
        if role == ROW_ROLE:
            return node.category
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


# --- the item table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemCells:
    """How the table shows a row: translated texts computed on the UI thread beforehand."""

    owner: Callable[[str | None], str]
    active: str
    inactive: str


def item_cells(row: ItemRow, labels: ItemCells) -> tuple[str, ...]:
    return (
        row.code,
        row.name,
        row.unit,
        row.spec,
        row.category_path,
        str(row.complexity),
        labels.owner(row.owner_region_code),
        labels.active if row.is_active else labels.inactive,
    )


def item_haystack(row: ItemRow) -> str:
    return compact(f"{row.code}\n{row.name}\n{row.spec}")


class ItemTableModel(QAbstractTableModel):
    """The items of one kind; inactive rows are grey, rows the actor may not change carry a lock."""

    def __init__(
        self, headers: Sequence[str], labels: ItemCells, editable: Callable[[str | None], bool], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.labels = labels
        self.editable = editable
        self.rows: list[ItemRow] = []
        self.cells: list[tuple[str, ...]] = []
        self.haystacks: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._lock = icon("mdi6.lock-outline", color="#9e9e9e")

    def set_rows(self, rows: list[ItemRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.cells = [item_cells(r, self.labels) for r in rows]
        self.haystacks = [item_haystack(r) for r in rows]
        self._sort_keys.clear()
        self.endResetModel()

    def upsert(self, row: ItemRow) -> int:
        """Show a created or changed row without reloading; returns its source row."""
        self._sort_keys.clear()
        position = self.find(row.id)
        if position < 0:
            position = len(self.rows)
            self.beginInsertRows(QModelIndex(), position, position)
            self.rows.append(row)
            self.cells.append(item_cells(row, self.labels))
            self.haystacks.append(item_haystack(row))
            self.endInsertRows()
            return position
        self.rows[position] = row
        self.cells[position] = item_cells(row, self.labels)
        self.haystacks[position] = item_haystack(row)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.headers) - 1))
        return position

    def find(self, item_id: uuid.UUID) -> int:
        for position, row in enumerate(self.rows):
            if row.id == item_id:
                return position
        return -1

    def sort_keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == COMPLEXITY:
                keys = [r.complexity for r in self.rows]
            else:
                keys = [cells[column].lower() for cells in self.cells]
            self._sort_keys[column] = keys
        return keys

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, SPEC, CATEGORY, OWNER):
            return self.cells[index.row()][column] or None
        if role == Qt.ItemDataRole.ForegroundRole and not self.rows[index.row()].is_active:
            return DIMMED
        if role == Qt.ItemDataRole.DecorationRole and column == CODE:
            return None if self.editable(self.rows[index.row()].owner_region_code) else self._lock
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COMPLEXITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ROW_ROLE:
            return self.rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


@dataclass(frozen=True)
class ItemFilter:
    """``text`` as ``compact`` makes it; ``category_ids`` None means every category."""

    text: str = ""
    category_ids: frozenset[uuid.UUID] | None = None
    show_inactive: bool = False


class ItemFilterProxy(ListFilterProxy):
    """Applies an ``ItemFilter`` to all loaded rows at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = ItemFilter()

    def set_filter(self, value: ItemFilter) -> None:
        if value != self.filter:
            self.filter = value
            self.invalidate_filter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return bool(self.filter_rows(range(source_row, source_row + 1)))

    def filter_rows(self, rows: range) -> list[int]:
        model: ItemTableModel = self.sourceModel()  # type: ignore[assignment]
        wanted = self.filter
        found = model.rows
        selected: list[int] = list(rows)
        if not wanted.show_inactive:
            selected = [r for r in selected if found[r].is_active]
        if wanted.category_ids is not None:
            ids = wanted.category_ids
            selected = [r for r in selected if found[r].category_id in ids]
        if wanted.text:
            hay, text = model.haystacks, wanted.text
            selected = [r for r in selected if text in hay[r]]
        return selected


def subtree_ids(categories: Iterable[CategoryRow], category_id: uuid.UUID | None) -> frozenset[uuid.UUID] | None:
    """The category and everything below it (None for "all categories")."""
    if category_id is None:
        return None
    return frozenset(category_subtree(categories, category_id))


# --- package lines -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EditLine:
    item_id: uuid.UUID
    code: str
    name: str
    kind: str
    unit: str
    quantity: Decimal


LINE_CODE, LINE_NAME, LINE_KIND, LINE_QUANTITY, LINE_UNIT = range(5)


class PackageLinesModel(QAbstractTableModel):
    """The lines of the package being edited. The quantity column is editable while ``editable``;
    what the user types is parsed with ``parse_quantity`` (more than three decimals, zero or text
    are refused and reported through ``refused``).

    Signals:
        changed(): a line was added, removed or its quantity changed.
        refused(str): typed text that is not a quantity, with the service's message.
    """

    changed = Signal()
    refused = Signal(object)

    def __init__(self, headers: Sequence[str], kind_label: Callable[[str], str], parent: QObject | None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.kind_label = kind_label
        self.lines: list[EditLine] = []
        self.editable = False

    def set_lines(self, lines: Sequence[EditLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def add_line(self, line: EditLine) -> int:
        position = len(self.lines)
        self.beginInsertRows(QModelIndex(), position, position)
        self.lines.append(line)
        self.endInsertRows()
        self.changed.emit()
        return position

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
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (line.code, line.name, self.kind_label(line.kind), format_quantity(line.quantity), line.unit)
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE_QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
        if not self.editable:
            return False
        try:
            quantity = parse_quantity(str(value), row=index.row() + 1)
        except ValidationError as exc:
            self.refused.emit(exc)
            return False
        line = self.lines[index.row()]
        if quantity != line.quantity:
            self.lines[index.row()] = EditLine(line.item_id, line.code, line.name, line.kind, line.unit, quantity)
            self.dataChanged.emit(index, index)
            self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None
