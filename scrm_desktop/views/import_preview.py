"""The import wizard's preview table: every checked row with its status, and region choices.

``ImportPreviewModel`` shows ``services.customer_import.ImportRow``s (a colored status per row, the
problem in words) and takes a region choice for ambiguous rows in the Region column, edited with
``RegionChoiceDelegate``. ``ProblemRowsProxy`` narrows the table to the rows with problems; like the
customer list it filters in Python over whole lists, so 100,000 rows stay quick.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from scrm_desktop.i18n import error_message
from scrm_desktop.services.customer_import import ImportPreview, ImportRow
from scrm_desktop.views.customer_labels import status_label
from scrm_desktop.views.list_proxy import ListFilterProxy

Index = QModelIndex | QPersistentModelIndex
ROW, STATUS, NAME, PHONE, ADDRESS, REGION, PROBLEM = range(7)
CANDIDATES_ROLE = Qt.ItemDataRole.UserRole + 20
STATUS_ROLE = Qt.ItemDataRole.UserRole + 21
STATUS_COLORS = {
    "ok": ("#2e7d32", None),
    "error": ("#c62828", "#ffebee"),
    "duplicate": ("#e65100", "#fff3e0"),
    "ambiguous": ("#6a1b9a", "#f3e5f5"),
    "chosen": ("#00695c", "#e0f2f1"),
    "skipped": ("#757575", "#f5f5f5"),
}


class ImportPreviewModel(QAbstractItemModel):
    """The checked rows with their status; ambiguous rows take a region choice in the Region column.

    Signals:
        choices_changed(): a region was chosen for an ambiguous row.
    """

    choices_changed = Signal()

    def __init__(self, headers: list[str], placeholder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.placeholder = placeholder
        self.rows: tuple[ImportRow, ...] = ()
        self.choices: dict[int, str] = {}
        self.skip_duplicates = False
        self._reasons: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_preview(self, preview: ImportPreview | None, choices: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = preview.rows if preview is not None else ()
        self.choices = dict(choices or {})
        self._reasons.clear()
        self.endResetModel()

    def set_skip_duplicates(self, skip: bool) -> None:
        self.skip_duplicates = skip
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))

    def status(self, position: int) -> str:
        """ok / error / duplicate / ambiguous as checked, or chosen / skipped after the user's decision."""
        row = self.rows[position]
        if row.status == "ambiguous" and row.row in self.choices:
            return "chosen"
        if row.status == "duplicate" and self.skip_duplicates:
            return "skipped"
        return row.status

    def counts(self) -> dict[str, int]:
        """Rows per checked status, plus ``chosen`` (ambiguous rows with a choice) and ``total``."""
        counts = dict.fromkeys(("ok", "error", "duplicate", "ambiguous"), 0)
        for row in self.rows:
            counts[row.status] += 1
        counts["chosen"] = sum(1 for row in self.rows if row.status == "ambiguous" and row.row in self.choices)
        counts["total"] = len(self.rows)
        return counts

    def choose(self, position: int, code: str | None) -> bool:
        """Choose region ``code`` for the ambiguous row at ``position`` (None takes the choice back)."""
        row = self.rows[position]
        if row.status != "ambiguous" or (code is not None and code not in {c.code for c in row.candidates}):
            return False
        if code is None:
            self.choices.pop(row.row, None)
        else:
            self.choices[row.row] = code
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.headers) - 1))
        self.choices_changed.emit()
        return True

    def _region_text(self, row: ImportRow) -> str:
        if row.status != "ambiguous":
            return row.region_path
        chosen = self.choices.get(row.row)
        for candidate in row.candidates:
            if candidate.code == chosen:
                return candidate.path
        return self.placeholder

    def _reason(self, position: int) -> str:
        found = self._reasons.get(position)
        if found is None:
            problem = self.rows[position].problem
            found = self._reasons[position] = error_message(problem) if problem is not None else ""
        return found

    # --- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt API
        if parent.isValid() or not (0 <= row < len(self.rows)) or not (0 <= column < len(self.headers)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position, column = index.row(), index.column()
        row = self.rows[position]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ROW:
                return str(row.row)
            if column == STATUS:
                return status_label(self.status(position))
            if column == NAME:
                return row.name
            if column == PHONE:
                return row.phone
            if column == ADDRESS:
                return row.address
            if column == REGION:
                return self._region_text(row)
            return self._reason(position)
        if role == Qt.ItemDataRole.EditRole and column == REGION:
            return self.choices.get(row.row)
        if role == CANDIDATES_ROLE:
            return [(c.path, c.code) for c in row.candidates]
        if role == STATUS_ROLE:
            return self.status(position)
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATUS, REGION):
            if column == REGION and not (row.status == "ambiguous" and row.row not in self.choices):
                return None
            return QBrush(QColor(STATUS_COLORS[self.status(position)][0]))
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            background = STATUS_COLORS[self.status(position)][1]
            return QBrush(QColor(background)) if background else None
        if role == Qt.ItemDataRole.FontRole and column == STATUS:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == REGION and self.rows[index.row()].status == "ambiguous":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != REGION:
            return False
        return self.choose(index.row(), str(value) if value else None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class ProblemRowsProxy(ListFilterProxy):
    """All rows, or only those whose check found a problem (they stay listed once resolved)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, only: bool) -> None:
        if only != self.only_problems:
            self.only_problems = only
            self.invalidate_filter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return bool(self.filter_rows(range(source_row, source_row + 1)))

    def filter_rows(self, rows: range) -> list[int]:
        if not self.only_problems:
            return list(rows)
        model: ImportPreviewModel = self.sourceModel()  # type: ignore[assignment]
        checked = model.rows
        return [r for r in rows if checked[r].status != "ok"]


class RegionChoiceDelegate(QStyledItemDelegate):
    """A combo of the candidate regions in the Region cell of an ambiguous row."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("row-region-choice")
        combo.addItem(self.tr("Choose the region"), None)
        for path, code in index.data(CANDIDATES_ROLE) or []:
            combo.addItem(path, code)
        # Commit at once: choosing is the whole edit, no Enter needed.
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
