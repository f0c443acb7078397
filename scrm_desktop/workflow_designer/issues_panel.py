"""The designer's list of problems: what still keeps the draft from being published.

``ProblemsModel`` shows ``GraphModel.problems`` (recomputed after every change) as rows of
severity, place (the node or edge a problem is about, by name) and message, errors first.
Activating a row asks the designer to select that node or edge on the canvas.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.workflow_designer.graph_model import GraphModel

Index = QModelIndex | QPersistentModelIndex
NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EDGE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR_COLOR = "#c62828"
WARNING_COLOR = "#ef6c00"
OK_COLOR = "#2e7d32"
SEVERITY, PLACE, MESSAGE = range(3)


def place_of(problem: wg.Problem, graph: wg.WorkflowGraph) -> str:
    """Where a problem is: the node's name, ``A → B`` for an edge, empty for the whole workflow."""
    if problem.edge_id is not None and problem.edge_id in graph.edges:
        edge = graph.edges[problem.edge_id]
        return f"{_node_name(graph, edge.source)} → {_node_name(graph, edge.target)}"
    if problem.node_id is not None:
        return _node_name(graph, problem.node_id)
    return ""


def _node_name(graph: wg.WorkflowGraph, node_id: str) -> str:
    node = graph.nodes.get(node_id)
    return (node.name or node.id) if node is not None else node_id


class ProblemsModel(QAbstractTableModel):
    """The problems of a graph, errors before warnings, each with its place and translated message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[wg.Problem, str, str]] = []  # problem, place, message
        self._icons: dict[str, QIcon] = {}

    def set_problems(self, problems: list[wg.Problem], graph: wg.WorkflowGraph) -> None:
        ordered = sorted(problems, key=lambda p: p.severity != "error")  # stable: keeps validate's order
        self.beginResetModel()
        self._rows = [(p, place_of(p, graph), error_message(p.error)) for p in ordered]
        self.endResetModel()

    def problem(self, row: int) -> wg.Problem:
        return self._rows[row][0]

    def error_count(self) -> int:
        return sum(1 for p, _place, _msg in self._rows if p.severity == "error")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem, place, message = self._rows[index.row()]
        column = index.column()
        error = problem.severity == "error"
        if role == Qt.ItemDataRole.DisplayRole:
            return {PLACE: place, MESSAGE: message}.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return self._icon(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SEVERITY:
                return self.tr("Error: blocks publishing") if error else self.tr("Warning: does not block publishing")
            return message
        if role == Qt.ItemDataRole.ForegroundRole and column == MESSAGE and not error:
            return QColor(WARNING_COLOR)
        if role == NODE_ID_ROLE:
            return problem.node_id
        if role == EDGE_ID_ROLE:
            return problem.edge_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return {SEVERITY: "", PLACE: self.tr("Where"), MESSAGE: self.tr("Problem")}.get(section)
        return super().headerData(section, orientation, role)

    def _icon(self, severity: str) -> QIcon:
        if severity not in self._icons:
            if severity == "error":
                self._icons[severity] = icon("mdi6.alert-circle", color=ERROR_COLOR)
            else:
                self._icons[severity] = icon("mdi6.alert", color=WARNING_COLOR)
        return self._icons[severity]


class IssuesPanel(QWidget):
    """A heading with the number of problems, and the list of them.

    Signals:
        issue_activated(object, object): the user clicked a problem; its node id and edge id
            (either may be None, both are None for a problem of the whole workflow).
    """

    issue_activated = Signal(object, object)

    def __init__(self, model: GraphModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph_model = model
        self.problems = ProblemsModel(self)
        self.heading = QLabel()
        self.heading.setObjectName("issues-heading")
        self.table = QTableView()
        self.table.setObjectName("issues-table")
        self.table.setModel(self.problems)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SEVERITY, 28)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PLACE, 200)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        model.validated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.problems.set_problems(self.graph_model.problems, self.graph_model.graph)
        total = self.problems.rowCount()
        errors = self.problems.error_count()
        if total == 0:
            text, color = self.tr("No problems — ready to publish"), OK_COLOR
        elif errors == 0:
            text, color = self.tr("{count} warnings — can be published").format(count=total), WARNING_COLOR
        else:
            text, color = self.tr("{count} problems").format(count=total), ERROR_COLOR
        self.heading.setText(text)
        self.heading.setStyleSheet(f"color: {color}; font-weight: 600;")

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.issue_activated.emit(index.data(NODE_ID_ROLE), index.data(EDGE_ID_ROLE))
