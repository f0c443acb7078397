"""The node palette: the kinds of node, dragged onto the canvas (or double-clicked to add one)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.workflow_designer import labels
from scrm_desktop.workflow_designer.labels import MIME_NODE_TYPE

Index = QModelIndex | QPersistentModelIndex

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1


class NodeTypeModel(QAbstractListModel):
    """One row per node type: translated name, icon, a tooltip on what it does; drags as ``MIME_NODE_TYPE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.types: tuple[str, ...] = wg.NODE_TYPES

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.types)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.types) or index.column() != 0:
            return None
        node_type = self.types[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.node_type_label(node_type)
        if role == Qt.ItemDataRole.DecorationRole:
            return labels.node_type_icon(node_type)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.node_type_description(node_type)
        if role == TYPE_ROLE:
            return node_type
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_NODE_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        valid = [i for i in indexes if i.isValid() and 0 <= i.row() < len(self.types)]
        if valid:
            mime.setData(MIME_NODE_TYPE, QByteArray(self.types[valid[0].row()].encode("utf-8")))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class NodePalette(QListView):
    """The list of node types beside the canvas.

    Signals:
        add_requested(str): a type was double-clicked; the designer adds such a node where it sees fit.
    """

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_model = NodeTypeModel(self)
        self.setModel(self.type_model)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.doubleClicked.connect(self._on_double_clicked)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        node_type = index.data(TYPE_ROLE)
        if isinstance(node_type, str):
            self.add_requested.emit(node_type)
