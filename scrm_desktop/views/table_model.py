"""A table model over a list of plain rows, shared by every list page.

Pages describe their columns once (title, value, alignment, sort key) and hand the model the
rows a service returned; the view sorts and filters through a ``QSortFilterProxyModel`` using
``SORT_ROLE``. The row object itself is available under ``ROW_ROLE``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    value: Callable[[T], Any]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    sort_key: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows; ``dimmed(row)`` greys out rows such as disabled accounts."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        rows: Sequence[T] = (),
        parent: QObject | None = None,
        dimmed: Callable[[T], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = list(rows)
        self.dimmed = dimmed

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
        if role == Qt.ItemDataRole.ForegroundRole and self.dimmed is not None and self.dimmed(row):
            return QColor("#9e9e9e")
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            key = column.sort_key(row) if column.sort_key is not None else column.value(row)
            return "" if key is None else key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].title
            return None
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> T | None:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]
