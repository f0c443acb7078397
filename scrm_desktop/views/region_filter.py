"""The region tree beside the customer list: 全部地区 → province → city → district, with counts.

The tree is built once from the in-memory region index (about 3,200 nodes); each reload of the
customer list only changes the counts. ``RegionTreeFilter`` narrows the tree to a typed name or
code, and optionally to the regions that have customers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from scrm_desktop.services.regions import RegionIndex
from scrm_desktop.views.table_model import Index

ALL_REGIONS = ""  # the code of the root node: no region filter
NO_REGION = "-"  # the code of the node of customers whose address named no region
CODE_ROLE = Qt.ItemDataRole.UserRole + 10
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 11
DIMMED = QColor("#9e9e9e")


class _Node:
    __slots__ = ("children", "code", "count", "name", "parent", "row", "search")

    def __init__(self, code: str, name: str, parent: _Node | None, row: int, search: str = "") -> None:
        self.code = code
        self.name = name
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        self.count = 0
        self.search = search


def region_counts(index: RegionIndex, region_codes: Iterable[str]) -> dict[str, int]:
    """Customers per region including everything below it; ``""`` codes count under ``NO_REGION``.

    Counts distinct codes first and then adds each to its ancestors, so 100,000 customers cost a
    ``Counter`` over their codes plus a few thousand additions.
    """
    counts: dict[str, int] = {}
    for code, n in Counter(region_codes).items():
        if not code:
            counts[NO_REGION] = counts.get(NO_REGION, 0) + n
            continue
        for ancestor in index.ancestors(code) or (code,):
            counts[ancestor] = counts.get(ancestor, 0) + n
    return counts


class RegionTreeModel(QAbstractItemModel):
    """The region tree with a count column; the root is "all regions", the last child "no region"."""

    def __init__(self, index: RegionIndex, all_label: str, none_label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = ("", "")
        self._locale = QLocale()
        self.root = _Node(ALL_REGIONS, all_label, None, 0)
        self._nodes: dict[str, _Node] = {ALL_REGIONS: self.root}
        self._build(index, self.root, None)
        none = _Node(NO_REGION, none_label, self.root, len(self.root.children))
        self.root.children.append(none)
        self._nodes[NO_REGION] = none

    def _build(self, index: RegionIndex, node: _Node, code: str | None) -> None:
        for row, info in enumerate(index.children(code)):
            child = _Node(info.code, info.name, node, row, f"{info.name}\n{info.short}\n{info.code}".lower())
            node.children.append(child)
            self._nodes[info.code] = child
            self._build(index, child, info.code)

    def set_headers(self, region: str, customers: str) -> None:
        self._headers = (region, customers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def set_counts(self, counts: Mapping[str, int], total: int) -> None:
        """Show ``counts`` (from ``region_counts``) and ``total`` on the root.

        One ``dataChanged`` for the root stands for the whole tree: views fetch the numbers again
        when they repaint, and the page re-runs ``RegionTreeFilter`` (hundreds of per-parent
        signals would cost more than the repaint).
        """
        for code, node in self._nodes.items():
            node.count = total if code == ALL_REGIONS else counts.get(code, 0)
        self.dataChanged.emit(self.index(0, 0), self.index(0, 1))

    def count(self, code: str) -> int:
        node = self._nodes.get(code)
        return 0 if node is None else node.count

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        """The index of the node of ``code`` (invalid for an unknown code)."""
        node = self._nodes.get(code)
        return QModelIndex() if node is None else self._index_of_node(node, column)

    def _index_of_node(self, node: _Node, column: int) -> QModelIndex:
        return self.createIndex(node.row, column, node)

    def node(self, index: Index) -> _Node:
        if not index.isValid():
            raise ValueError("the invisible root has no node")
        node: _Node = index.internalPointer()
        return node

    # --- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt API
        if not (0 <= column < 2):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(0, column, self.root) if row == 0 else QModelIndex()
        if parent.column() != 0:
            return QModelIndex()
        children = self.node(parent).children
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        up = self.node(child).parent
        return QModelIndex() if up is None else self._index_of_node(up, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if not parent.isValid():
            return 1
        if parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if column == 0 else self._locale.toString(node.count)
        if role == CODE_ROLE:
            return node.code
        if role == SEARCH_ROLE:
            return node.search
        if role == Qt.ItemDataRole.ForegroundRole and node.count == 0:
            return DIMMED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and node.parent is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self._headers[section]
        return None


class RegionTreeFilter(QSortFilterProxyModel):
    """Keeps the regions whose name, short name or code contains the text (and their parents);
    with ``only_with_customers`` only regions that have customers. The root always stays."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._text = ""
        self._only_with_customers = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = "".join(text.split()).lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_with_customers(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_with_customers = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Apply the filter again after the counts changed."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not source_parent.isValid():
            return True  # the root
        model: RegionTreeModel = self.sourceModel()  # type: ignore[assignment]
        node = model.node(source_parent).children[source_row]
        if self._only_with_customers and node.count == 0:
            return False
        if not self._text:
            return True
        if node.code == NO_REGION:
            return self._text in node.name.lower()
        return self._text in node.search
