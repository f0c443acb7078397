"""Undo commands: every change the designer makes to a workflow (HOUSE_STYLE 5).

Each command changes only the ``GraphModel``; the scene and panels follow its signals. Deleting
a node and undoing puts back the node, its position and every edge it had.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.workflow_designer.graph_model import GraphModel
from scrm_desktop.workflow_designer.labels import node_type_label

MOVE_ID = 1001


class AddNode(QUndoCommand):
    def __init__(self, model: GraphModel, node: wg.Node, x: float, y: float) -> None:
        super().__init__(
            QCoreApplication.translate("WorkflowCommands", "Add %1").replace(
                "%1", node.name or node_type_label(node.type)
            )
        )
        self.model, self.node, self.x, self.y = model, node, x, y

    def redo(self) -> None:
        self.model.add_node(copy.deepcopy(self.node), self.x, self.y)

    def undo(self) -> None:
        self.model.remove_node(self.node.id)


class AddEdge(QUndoCommand):
    def __init__(self, model: GraphModel, edge: wg.Edge, points: list[list[float]] | None = None) -> None:
        super().__init__(QCoreApplication.translate("WorkflowCommands", "Connect"))
        model.check_link(edge.source, edge.target)  # refuse before anything is on the stack
        self.model, self.edge, self.points = model, edge, points

    def redo(self) -> None:
        self.model.add_edge(copy.deepcopy(self.edge), self.points)

    def undo(self) -> None:
        self.model.remove_edge(self.edge.id)


class RemoveItems(QUndoCommand):
    """Delete nodes (with their edges) and edges; undo restores all of them."""

    def __init__(self, model: GraphModel, node_ids: list[str], edge_ids: list[str]) -> None:
        super().__init__(QCoreApplication.translate("WorkflowCommands", "Delete"))
        self.model = model
        self.node_ids = [n for n in node_ids if n in model.graph.nodes]
        self.edge_ids = [e for e in edge_ids if e in model.graph.edges]
        self._nodes: list[tuple[wg.Node, tuple[float, float]]] = []
        self._edges: list[tuple[wg.Edge, list[list[float]] | None]] = []

    def redo(self) -> None:
        self._nodes, self._edges = [], []
        for edge_id in self.edge_ids:
            if edge_id in self.model.graph.edges:
                self._edges.append(self.model.remove_edge(edge_id))
        for node_id in self.node_ids:
            points = {
                e.id: self.model.graph.ui.get("edges", {}).get(e.id, {}).get("points")
                for e in self.model.graph.edges.values()
                if node_id in (e.source, e.target)
            }
            node, pos, edges = self.model.remove_node(node_id)
            self._nodes.append((node, pos))
            self._edges.extend((e, points.get(e.id)) for e in edges)

    def undo(self) -> None:
        for node, (x, y) in reversed(self._nodes):
            self.model.add_node(copy.deepcopy(node), x, y)
        for edge, points in reversed(self._edges):
            self.model.add_edge(copy.deepcopy(edge), copy.deepcopy(points))


class MoveNodes(QUndoCommand):
    """Nodes dragged (or nudged) from old to new positions. Successive nudges of the same
    selection merge into one step, so one undo takes back the whole nudge."""

    def __init__(
        self,
        model: GraphModel,
        moves: dict[str, tuple[tuple[float, float], tuple[float, float]]],
        *,
        merge: bool = False,
    ) -> None:
        super().__init__(QCoreApplication.translate("WorkflowCommands", "Move"))
        self.model, self.moves, self.merge = model, dict(moves), merge

    def id(self) -> int:
        return MOVE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNodes) or not other.merge or set(other.moves) != set(self.moves):
            return False
        for node_id, (_old, new) in other.moves.items():
            self.moves[node_id] = (self.moves[node_id][0], new)
        return True

    def redo(self) -> None:
        for node_id, (_old, (x, y)) in self.moves.items():
            if node_id in self.model.graph.nodes:
                self.model.move_node(node_id, x, y)

    def undo(self) -> None:
        for node_id, ((x, y), _new) in self.moves.items():
            if node_id in self.model.graph.nodes:
                self.model.move_node(node_id, x, y)


class SetNode(QUndoCommand):
    """Replace a node's properties (name, stage, assignee, SLA, form, approval settings …)."""

    def __init__(self, model: GraphModel, new: wg.Node, text: str | None = None) -> None:
        super().__init__(
            text
            or QCoreApplication.translate("WorkflowCommands", "Change %1").replace(
                "%1", new.name or node_type_label(new.type)
            )
        )
        self.model = model
        self.old = copy.deepcopy(model.node(new.id))
        self.new = copy.deepcopy(new)

    def redo(self) -> None:
        self.model.replace_node(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.model.replace_node(copy.deepcopy(self.old))


class SetEdge(QUndoCommand):
    """Replace an edge's properties (label, priority, condition, default). Making an edge the
    default of its gateway takes the flag from any other edge of that gateway in the same step."""

    def __init__(self, model: GraphModel, new: wg.Edge, text: str | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("WorkflowCommands", "Change connection"))
        self.model = model
        self.olds = [copy.deepcopy(model.edge(new.id))]
        self.news = [copy.deepcopy(new)]
        if new.is_default:
            for other in model.graph.outgoing(new.source):
                if other.id != new.id and other.is_default:
                    self.olds.append(copy.deepcopy(other))
                    cleared = copy.deepcopy(other)
                    cleared.is_default = False
                    self.news.append(cleared)

    def redo(self) -> None:
        for edge in self.news:
            self.model.replace_edge(copy.deepcopy(edge))

    def undo(self) -> None:
        for edge in self.olds:
            self.model.replace_edge(copy.deepcopy(edge))


class SetStages(QUndoCommand):
    def __init__(self, model: GraphModel, stages: list[wg.Stage]) -> None:
        super().__init__(QCoreApplication.translate("WorkflowCommands", "Change stages"))
        self.model = model
        self.old = copy.deepcopy(model.graph.stages)
        self.new = copy.deepcopy(stages)
        # Nodes in a removed stage lose it (undo gives it back).
        keys = {s.key for s in stages}
        self.orphans = {n.id: n.stage for n in model.graph.nodes.values() if n.stage and n.stage not in keys}

    def redo(self) -> None:
        self.model.set_stages(copy.deepcopy(self.new))
        for node_id in self.orphans:
            node = copy.deepcopy(self.model.node(node_id))
            node.stage = None
            self.model.replace_node(node)

    def undo(self) -> None:
        for node_id, stage in self.orphans.items():
            node = copy.deepcopy(self.model.node(node_id))
            node.stage = stage
            self.model.replace_node(node)
        self.model.set_stages(copy.deepcopy(self.old))


class Paste(QUndoCommand):
    """Nodes and edges from the clipboard, already given fresh ids (``graph_model.fresh_copy``)."""

    def __init__(self, model: GraphModel, nodes: list[tuple[wg.Node, float, float]], edges: list[wg.Edge]) -> None:
        super().__init__(QCoreApplication.translate("WorkflowCommands", "Paste"))
        self.model, self.nodes, self.edges = model, nodes, edges

    def redo(self) -> None:
        for node, x, y in self.nodes:
            self.model.add_node(copy.deepcopy(node), x, y)
        for edge in self.edges:
            self.model.add_edge(copy.deepcopy(edge))

    def undo(self) -> None:
        for edge in self.edges:
            if edge.id in self.model.graph.edges:
                self.model.remove_edge(edge.id)
        for node, _x, _y in self.nodes:
            if node.id in self.model.graph.nodes:
                self.model.remove_node(node.id)
