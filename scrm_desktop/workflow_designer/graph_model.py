"""The designer's document: a ``WorkflowGraph`` with signals (HOUSE_STYLE 5).

The scene, the properties panel and the issues list never change the graph themselves: they push
undo commands (``commands.py``), the commands call the mutators here, and every view redraws
from the signals. So the canvas, the panel and the list can never disagree, and everything the
user does can be undone.

The model refuses links that can never be right (into a start, out of an end, to itself, a
second edge between the same two nodes) with a ``LinkRefused`` error the scene shows as a
message; everything else that is merely unfinished is reported by validation instead, so a
draft can be drawn in any order.

Signals:
    node_added(str), node_removed(str), node_changed(str), node_moved(str)
    edge_added(str), edge_removed(str), edge_changed(str)
    stages_changed(): stages renamed, added, removed or reordered
    reset(): the whole graph was replaced (a version was loaded)
    validated(): ``problems`` was recomputed (after every change)
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError


class LinkRefused(ValidationError):
    """An edge the graph will not take."""


class GraphModel(QObject):
    node_added = Signal(str)
    node_removed = Signal(str)
    node_changed = Signal(str)
    node_moved = Signal(str)
    edge_added = Signal(str)
    edge_removed = Signal(str)
    edge_changed = Signal(str)
    stages_changed = Signal()
    reset = Signal()
    validated = Signal()

    def __init__(self, graph: wg.WorkflowGraph | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = graph or wg.WorkflowGraph()
        self.read_only = False
        self.form_fields: wg.FormFields | None = None
        self.problems: list[wg.Problem] = []
        # Validation runs once per burst of changes (a paste of 50 nodes validates once).
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(0)
        self._validate_timer.timeout.connect(self.revalidate)
        self.revalidate()

    # --- whole graph -------------------------------------------------------------------------------

    def set_graph(self, graph: wg.WorkflowGraph, *, read_only: bool = False) -> None:
        self.graph = graph
        self.read_only = read_only
        self.reset.emit()
        self.revalidate()

    def revalidate(self) -> None:
        self._validate_timer.stop()
        self.problems = wg.validate(self.graph, self.form_fields)
        self.validated.emit()

    def _changed(self) -> None:
        self._validate_timer.start()

    def problems_for(self, *, node_id: str | None = None, edge_id: str | None = None) -> list[wg.Problem]:
        return [
            p
            for p in self.problems
            if (node_id is not None and p.node_id == node_id) or (edge_id is not None and p.edge_id == edge_id)
        ]

    # --- nodes -------------------------------------------------------------------------------------

    def node(self, node_id: str) -> wg.Node:
        return self.graph.nodes[node_id]

    def add_node(self, node: wg.Node, x: float, y: float) -> None:
        self.graph.nodes[node.id] = node
        self.graph.set_position(node.id, x, y)
        self.node_added.emit(node.id)
        self._changed()

    def remove_node(self, node_id: str) -> tuple[wg.Node, tuple[float, float], list[wg.Edge]]:
        """Remove a node and its edges; returns what an undo needs to put them back."""
        edges = [e for e in self.graph.edges.values() if node_id in (e.source, e.target)]
        for edge in edges:
            self.remove_edge(edge.id)
        pos = self.graph.position(node_id)
        node = self.graph.nodes.pop(node_id)
        self.graph.ui.get("nodes", {}).pop(node_id, None)
        self.node_removed.emit(node_id)
        self._changed()
        return node, pos, edges

    def replace_node(self, node: wg.Node) -> None:
        """Put ``node`` (same id) in place of the stored one: a properties change."""
        self.graph.nodes[node.id] = node
        self.node_changed.emit(node.id)
        self._changed()

    def move_node(self, node_id: str, x: float, y: float) -> None:
        """Move a node. Bends stored for its edges (from an imported file) no longer fit the new
        position, so they are dropped and those edges are routed afresh."""
        self.graph.set_position(node_id, x, y)
        routes = self.graph.ui.get("edges", {})
        for edge in self.graph.edges.values():
            if node_id in (edge.source, edge.target) and routes.pop(edge.id, None) is not None:
                self.edge_changed.emit(edge.id)
        self.node_moved.emit(node_id)

    def position(self, node_id: str) -> tuple[float, float]:
        return self.graph.position(node_id)

    # --- edges -------------------------------------------------------------------------------------

    def edge(self, edge_id: str) -> wg.Edge:
        return self.graph.edges[edge_id]

    def check_link(self, source: str, target: str) -> None:
        """Raise ``LinkRefused`` when an edge source → target can never be right."""
        src = self.graph.nodes.get(source)
        dst = self.graph.nodes.get(target)
        if src is None or dst is None:
            raise LinkRefused(QT_TRANSLATE_NOOP("ScrmError", "Connect two nodes."))
        if source == target:
            raise LinkRefused(QT_TRANSLATE_NOOP("ScrmError", "A node cannot be connected to itself."))
        if dst.type == wg.START:
            raise LinkRefused(QT_TRANSLATE_NOOP("ScrmError", "Nothing can lead into the start."))
        if src.type == wg.END:
            raise LinkRefused(QT_TRANSLATE_NOOP("ScrmError", "Nothing can follow an end."))
        if any(e.source == source and e.target == target for e in self.graph.edges.values()):
            raise LinkRefused(QT_TRANSLATE_NOOP("ScrmError", "These two nodes are already connected."))

    def add_edge(self, edge: wg.Edge, points: list[list[float]] | None = None) -> None:
        self.graph.edges[edge.id] = edge
        if points:
            self.graph.ui.setdefault("edges", {})[edge.id] = {"points": points}
        self.edge_added.emit(edge.id)
        self._changed()

    def remove_edge(self, edge_id: str) -> tuple[wg.Edge, list[list[float]] | None]:
        edge = self.graph.edges.pop(edge_id)
        ui = self.graph.ui.get("edges", {}).pop(edge_id, None)
        self.edge_removed.emit(edge_id)
        self._changed()
        return edge, (ui or {}).get("points")

    def replace_edge(self, edge: wg.Edge) -> None:
        self.graph.edges[edge.id] = edge
        self.edge_changed.emit(edge.id)
        self._changed()

    # --- stages ------------------------------------------------------------------------------------

    def set_stages(self, stages: list[wg.Stage]) -> None:
        self.graph.stages = stages
        self.stages_changed.emit()
        self._changed()

    # --- clipboard ---------------------------------------------------------------------------------

    def fragment(self, node_ids: Iterable[str]) -> dict[str, Any]:
        """The chosen nodes, the edges between them and their positions, as JSON for the clipboard."""
        ids = [n for n in node_ids if n in self.graph.nodes]
        chosen = set(ids)
        return {
            "scrm_workflow_fragment": 1,
            "nodes": [self.graph.nodes[n].to_json() for n in ids],
            "edges": [e.to_json() for e in self.graph.edges.values() if e.source in chosen and e.target in chosen],
            "positions": {n: list(self.graph.position(n)) for n in ids},
        }


def fresh_copy(
    fragment: dict[str, Any], offset: tuple[float, float] = (40.0, 40.0)
) -> tuple[list[tuple[wg.Node, float, float]], list[wg.Edge]]:
    """A pasted fragment with new ids everywhere (node ids are never reused), moved by ``offset``.

    References inside the fragment (edge ends, an approval's reject target, return targets) are
    renamed with it; references to nodes outside it are dropped, since they would point at
    nodes the copy is not connected to.
    """
    if not isinstance(fragment, dict) or fragment.get("scrm_workflow_fragment") != 1:
        return [], []
    renamed: dict[str, str] = {}
    nodes: list[tuple[wg.Node, float, float]] = []
    positions = fragment.get("positions") or {}
    for raw in fragment.get("nodes") or []:
        if not isinstance(raw, dict):
            continue
        node = wg.Node.from_json(copy.deepcopy(raw))
        if node.type not in wg.NODE_TYPES:
            continue
        old = node.id
        node.id = wg.new_node_id()
        renamed[old] = node.id
        x, y = (positions.get(old) or [0.0, 0.0])[:2]
        nodes.append((node, float(x) + offset[0], float(y) + offset[1]))
    for node, _x, _y in nodes:
        node.reject_to = renamed.get(node.reject_to or "")
        node.return_to = [renamed[n] for n in node.return_to if n in renamed]
    edges: list[wg.Edge] = []
    for raw in fragment.get("edges") or []:
        if not isinstance(raw, dict):
            continue
        edge = wg.Edge.from_json(copy.deepcopy(raw))
        if edge.source in renamed and edge.target in renamed:
            edge.id = wg.new_node_id("e")
            edge.source = renamed[edge.source]
            edge.target = renamed[edge.target]
            edges.append(edge)
    return nodes, edges
