"""The workflow canvas: a scene that mirrors a ``GraphModel`` and turns gestures into undo commands.

The scene never changes the graph itself (HOUSE_STYLE 5). Dragging nodes moves the items on
screen only, and the release pushes one ``MoveNodes`` for all of them, snapped to the grid;
drawing from a node's edge handle pushes ``AddEdge``; a drop from the palette pushes ``AddNode``.
The model's signals then bring the items in line, exactly as they do after an undo, so what is
drawn is always what the graph says.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLineF,
    QMimeData,
    QObject,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPainterPath, QPen, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
)

from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.workflow_designer import labels
from scrm_desktop.workflow_designer.commands import AddEdge, AddNode, MoveNodes, Paste, RemoveItems
from scrm_desktop.workflow_designer.graph_model import GraphModel, LinkRefused, fresh_copy
from scrm_desktop.workflow_designer.items import (
    BAND_HEADER_HEIGHT,
    BELOW_LABEL_HEIGHT,
    EdgeItem,
    NodeItem,
    StageBand,
)
from scrm_desktop.workflow_designer.labels import MIME_FRAGMENT, MIME_NODE_TYPE
from scrm_desktop.workflow_designer.layout import GRID, auto_layout, snap

__all__ = ["GRID", "MIME_FRAGMENT", "MIME_NODE_TYPE", "WorkflowScene"]

BAND_MARGIN = 30.0  # room between a band's edge and its outermost node
MIN_BAND_WIDTH = 240.0
EMPTY_BAND_HEIGHT = 480.0
SCENE_MARGIN = 600.0  # how far past the drawing the view may scroll
PASTE_STEP = 2 * GRID


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class WorkflowScene(QGraphicsScene):
    """The canvas of one workflow version.

    Items are kept in dicts by node and edge id, built all at once on ``reset`` and added,
    removed or refreshed one by one otherwise. Stage bands are re-measured once per burst of
    changes (a zero-time timer), since a layout moves hundreds of nodes in one step.

    Signals:
        link_refused(str): a connection the graph will not take was drawn; the translated reason.
        focus_requested(QPointF): ``select_item`` chose an item at this scene point; the view centres on it.
    """

    link_refused = Signal(str)
    focus_requested = Signal(QPointF)

    def __init__(self, model: GraphModel, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.undo_stack = undo_stack
        self._read_only = False
        self._nodes: dict[str, NodeItem] = {}
        self._edges: dict[str, EdgeItem] = {}
        self._bands: list[StageBand] = []
        self._press_positions: dict[str, QPointF] = {}
        self._link_source: NodeItem | None = None
        self._link_target: NodeItem | None = None
        self._link_line: QGraphicsPathItem | None = None
        self._band_timer = QTimer(self)
        self._band_timer.setSingleShot(True)
        self._band_timer.setInterval(0)
        self._band_timer.timeout.connect(self._update_bands)
        model.reset.connect(self._rebuild)
        model.node_added.connect(self._on_node_added)
        model.node_removed.connect(self._on_node_removed)
        model.node_changed.connect(self._on_node_changed)
        model.node_moved.connect(self._on_node_moved)
        model.edge_added.connect(self._on_edge_added)
        model.edge_removed.connect(self._on_edge_removed)
        model.edge_changed.connect(self._on_edge_changed)
        model.stages_changed.connect(self._on_stages_changed)
        model.validated.connect(self._update_markers)
        self._rebuild()

    # --- looking things up ---------------------------------------------------------------------

    def node_item(self, node_id: str) -> NodeItem | None:
        return self._nodes.get(node_id)

    def edge_item(self, edge_id: str) -> EdgeItem | None:
        return self._edges.get(edge_id)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def edge_items(self) -> list[EdgeItem]:
        return list(self._edges.values())

    def stage_band(self, key: str) -> StageBand | None:
        """The band of stage ``key``, measured for the current positions."""
        self._ensure_bands()
        return next((b for b in self._bands if b.key == key), None)

    def stage_bands(self) -> list[StageBand]:
        self._ensure_bands()
        return list(self._bands)

    def stage_at(self, point: QPointF) -> str | None:
        """The stage whose band is under ``point`` (the nearest centre where bands overlap), else the first stage."""
        self._ensure_bands()
        under = [b for b in self._bands if b.rect().contains(point)]
        if under:
            return min(under, key=lambda b: abs(b.rect().center().x() - point.x())).key
        return self.model.graph.stages[0].key if self.model.graph.stages else None

    def selected_node_ids(self) -> list[str]:
        """The selected nodes, in the graph's order."""
        chosen = {i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)}
        return [n for n in self.model.graph.nodes if n in chosen]

    def selected_edge_ids(self) -> list[str]:
        chosen = {i.edge_id for i in self.selectedItems() if isinstance(i, EdgeItem)}
        return [e for e in self.model.graph.edges if e in chosen]

    def is_read_only(self) -> bool:
        """A published version (or a scene set read-only) takes no moves, drops, connections or deletes."""
        return self._read_only or self.model.read_only

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only()

    # --- selection -----------------------------------------------------------------------------

    def select_item(self, node_id: str | None = None, edge_id: str | None = None) -> None:
        """Select just this node or edge and ask the view to centre on it."""
        item: QGraphicsItem | None = None
        if node_id is not None:
            item = self._nodes.get(node_id)
        elif edge_id is not None:
            item = self._edges.get(edge_id)
        self.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.focus_requested.emit(item.sceneBoundingRect().center())

    def _select_only(self, items: Iterable[QGraphicsItem | None]) -> None:
        self.clearSelection()
        for item in items:
            if item is not None:
                item.setSelected(True)

    # --- user actions --------------------------------------------------------------------------

    def delete_selection(self) -> None:
        if self.is_read_only():
            return
        nodes, edges = self.selected_node_ids(), self.selected_edge_ids()
        if nodes or edges:
            self.undo_stack.push(RemoveItems(self.model, nodes, edges))

    def copy_selection(self) -> None:
        """Put the selected nodes and the edges between them on the clipboard (also as JSON text)."""
        ids = self.selected_node_ids()
        if not ids:
            return
        text = json.dumps(self.model.fragment(ids), ensure_ascii=False)
        mime = QMimeData()
        mime.setData(MIME_FRAGMENT, QByteArray(text.encode("utf-8")))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)

    def paste(self) -> None:
        """Paste copied nodes with new ids, moved clear of what is already there, and select them."""
        if self.is_read_only():
            return
        fragment = self._clipboard_fragment()
        if fragment is None:
            return
        try:
            nodes, edges = fresh_copy(fragment, self._paste_offset(fragment))
        except (TypeError, ValueError, AttributeError):
            return  # clipboard text that only looks like a fragment
        if not nodes:
            return
        keys = {s.key for s in self.model.graph.stages}
        for node, x, y in nodes:
            if node.stage is not None and node.stage not in keys:
                # Copied from another workflow: the node joins the band it lands in.
                node.stage = self.stage_at(QPointF(x, y))
        self.undo_stack.push(Paste(self.model, nodes, edges))
        self._select_only(self._nodes.get(node.id) for node, _x, _y in nodes)

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selected nodes by (dx, dy); successive nudges are one undo step."""
        ids = self.selected_node_ids()
        if not ids or self.is_read_only():
            return
        moves = {}
        for node_id in ids:
            x, y = self.model.position(node_id)
            moves[node_id] = ((x, y), (x + dx, y + dy))
        self.undo_stack.push(MoveNodes(self.model, moves, merge=True))

    def auto_layout(self) -> None:
        """Lay the whole graph out left to right by stage, as one undo step."""
        if self.is_read_only():
            return
        moves = {}
        for node_id, new in auto_layout(self.model.graph).items():
            old = self.model.position(node_id)
            if old != new:
                moves[node_id] = (old, new)
        if moves:
            self.undo_stack.push(MoveNodes(self.model, moves))

    def _clipboard_fragment(self) -> dict[str, Any] | None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return None
        if mime.hasFormat(MIME_FRAGMENT):
            raw = bytes(mime.data(MIME_FRAGMENT).data()).decode("utf-8", errors="replace")
        else:
            raw = mime.text()
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def _paste_offset(self, fragment: dict[str, Any]) -> tuple[float, float]:
        """The first diagonal step at which no pasted node lands on an existing one."""
        taken = {(snap(x), snap(y)) for x, y in (self.model.position(n) for n in self.model.graph.nodes)}
        spots = []
        for value in (fragment.get("positions") or {}).values():
            if isinstance(value, list) and len(value) >= 2 and all(isinstance(v, int | float) for v in value[:2]):
                spots.append((value[0], value[1]))
        step = 1
        while step < 100 and any((snap(x + step * PASTE_STEP), snap(y + step * PASTE_STEP)) in taken for x, y in spots):
            step += 1
        return step * PASTE_STEP, step * PASTE_STEP

    # --- mirroring the model -------------------------------------------------------------------

    def _rebuild(self) -> None:
        self._cancel_link()
        self._press_positions = {}
        self._nodes.clear()
        self._edges.clear()
        self._bands = []
        self.clear()
        for node_id in self.model.graph.nodes:
            self._add_node_item(node_id)
        for edge_id in self.model.graph.edges:
            self._add_edge_item(edge_id)
        self._apply_read_only()
        self._update_markers()
        self._update_bands()

    def _add_node_item(self, node_id: str) -> NodeItem:
        item = NodeItem(self.model, node_id)
        item.set_read_only(self.is_read_only())
        self._nodes[node_id] = item
        self.addItem(item)
        return item

    def _add_edge_item(self, edge_id: str) -> EdgeItem | None:
        edge = self.model.edge(edge_id)
        source, target = self._nodes.get(edge.source), self._nodes.get(edge.target)
        if source is None or target is None:
            return None  # validation reports the dangling edge
        item = EdgeItem(self.model, edge_id, source, target)
        source.edge_items[edge_id] = item
        target.edge_items[edge_id] = item
        self._edges[edge_id] = item
        self.addItem(item)
        return item

    def _on_node_added(self, node_id: str) -> None:
        self._add_node_item(node_id)
        self._bands_changed()

    def _on_node_removed(self, node_id: str) -> None:
        item = self._nodes.pop(node_id, None)
        if item is None:
            return
        if item is self._link_source or item is self._link_target:
            self._cancel_link()
        self._press_positions.pop(node_id, None)
        self.removeItem(item)
        self._bands_changed()

    def _on_node_changed(self, node_id: str) -> None:
        item = self._nodes.get(node_id)
        if item is not None:
            item.refresh()
            for edge in item.edge_items.values():
                edge.adjust()
        self._bands_changed()

    def _on_node_moved(self, node_id: str) -> None:
        item = self._nodes.get(node_id)
        if item is not None:
            x, y = self.model.position(node_id)
            item.setPos(x, y)
        self._bands_changed()

    def _on_edge_added(self, edge_id: str) -> None:
        self._add_edge_item(edge_id)

    def _on_edge_removed(self, edge_id: str) -> None:
        item = self._edges.pop(edge_id, None)
        if item is None:
            return
        item.source.edge_items.pop(edge_id, None)
        item.target.edge_items.pop(edge_id, None)
        self.removeItem(item)

    def _on_edge_changed(self, edge_id: str) -> None:
        item = self._edges.get(edge_id)
        if item is not None:
            item.refresh()

    def _on_stages_changed(self) -> None:
        for item in self._nodes.values():
            item.refresh()
        self._bands_changed()

    def _update_markers(self) -> None:
        by_node: dict[str, list[wg.Problem]] = {}
        by_edge: dict[str, list[wg.Problem]] = {}
        for problem in self.model.problems:
            if problem.node_id is not None:
                by_node.setdefault(problem.node_id, []).append(problem)
            if problem.edge_id is not None:
                by_edge.setdefault(problem.edge_id, []).append(problem)
        for node_id, node_item in self._nodes.items():
            node_item.set_problems(by_node.get(node_id, ()))
        for edge_id, edge_item in self._edges.items():
            edge_item.set_problems(by_edge.get(edge_id, ()))

    def _apply_read_only(self) -> None:
        read_only = self.is_read_only()
        if read_only:
            self._cancel_link()
        for item in self._nodes.values():
            item.set_read_only(read_only)

    # --- stage bands ---------------------------------------------------------------------------

    def _bands_changed(self) -> None:
        self._band_timer.start()

    def _ensure_bands(self) -> None:
        if self._band_timer.isActive():
            self._update_bands()

    def _update_bands(self) -> None:
        """Size each stage's column to its nodes; place empty stages beside their neighbours."""
        self._band_timer.stop()
        stages = self.model.graph.stages
        spans: dict[str, tuple[float, float]] = {}
        drawing = QRectF()
        for item in self._nodes.values():
            body = item.body_scene_rect()
            drawing = drawing.united(body.adjusted(0, 0, 0, 0 if item.is_card() else BELOW_LABEL_HEIGHT))
            stage_key = self.model.graph.nodes[item.node_id].stage
            if stage_key is not None:
                left, right = spans.get(stage_key, (body.left(), body.right()))
                spans[stage_key] = (min(left, body.left()), max(right, body.right()))
        if drawing.isNull():
            top, bottom = 0.0, EMPTY_BAND_HEIGHT
        else:
            top = drawing.top() - BAND_MARGIN - BAND_HEADER_HEIGHT
            bottom = max(drawing.bottom() + BAND_MARGIN, top + EMPTY_BAND_HEIGHT / 2)
        spans_in_order = [spans.get(stage.key) for stage in stages]
        columns = _band_columns(
            [None if span is None else (span[0] - BAND_MARGIN, span[1] + BAND_MARGIN) for span in spans_in_order]
        )
        while len(self._bands) > len(stages):
            self.removeItem(self._bands.pop())
        for i, stage in enumerate(stages):
            if i == len(self._bands):
                band = StageBand(stage.key, stage.name, i)
                self._bands.append(band)
                self.addItem(band)
            band = self._bands[i]
            band.key = stage.key
            left, right = columns[i]
            rect = QRectF(left, top, right - left, bottom - top)
            band.set_band(stage.name, i, rect, empty=stage.key not in spans)
            drawing = drawing.united(rect)
        self.setSceneRect(drawing.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    # --- the grid ------------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, exposed: QRectF | QRect) -> None:
        rect = QRectF(exposed)
        painter.fillRect(rect, QColor("#fbfcfd"))
        scale = painter.worldTransform().m11()
        step = GRID
        while step * scale < 8:  # zoomed far out: a coarser grid, never a grey smear
            step *= 5
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        minor: list[QLineF] = []
        major: list[QLineF] = []
        x = left
        while x <= rect.right():
            (major if x % (step * 5) == 0 else minor).append(QLineF(x, rect.top(), x, rect.bottom()))
            x += step
        y = top
        while y <= rect.bottom():
            (major if y % (step * 5) == 0 else minor).append(QLineF(rect.left(), y, rect.right(), y))
            y += step
        painter.setPen(QPen(QColor("#eef1f4"), 0))
        painter.drawLines(minor)
        painter.setPen(QPen(QColor("#e0e5ea"), 0))
        painter.drawLines(major)

    # --- mouse: moving and connecting ----------------------------------------------------------

    def _node_at(self, point: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(point):
            node = item if isinstance(item, NodeItem) else item.parentItem()
            if isinstance(node, NodeItem) and node is not exclude:
                return node
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.is_read_only():
            node = self._node_at(event.scenePos())
            if node is not None and node.handle_hit(event.scenePos()):
                self._start_link(node, event.scenePos())
                event.accept()
                return
        super().mousePressEvent(event)
        self._press_positions = {}
        if event.button() == Qt.MouseButton.LeftButton and isinstance(self.mouseGrabberItem(), NodeItem):
            self._press_positions = {
                item.node_id: item.pos() for item in self.selectedItems() if isinstance(item, NodeItem)
            }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._link_source is not None:
            self._drag_link(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._link_source is not None and event.button() == Qt.MouseButton.LeftButton:
            self._finish_link(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._press_positions:
            self._commit_moves()

    def _commit_moves(self) -> None:
        """One undo step for every node the drag moved, each snapped to the grid."""
        pressed, self._press_positions = self._press_positions, {}
        moves: dict[str, tuple[tuple[float, float], tuple[float, float]]] = {}
        for node_id, at_press in pressed.items():
            item = self._nodes.get(node_id)
            if item is None or item.pos() == at_press:
                continue
            old = self.model.position(node_id)
            new = (snap(item.pos().x()), snap(item.pos().y()))
            if new == old:
                item.setPos(*old)  # moved less than half a grid cell: back where it was
            else:
                moves[node_id] = (old, new)
        if moves:
            self.undo_stack.push(MoveNodes(self.model, moves))

    def _start_link(self, source: NodeItem, point: QPointF) -> None:
        self._link_source = source
        line = QGraphicsPathItem()
        line.setPen(QPen(QColor("#1976d2"), 1.6, Qt.PenStyle.DashLine))
        line.setZValue(1000)
        line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._link_line = line
        self.addItem(line)
        self._drag_link(point)

    def _drag_link(self, point: QPointF) -> None:
        if self._link_source is None or self._link_line is None:
            return
        path = QPainterPath(self._link_source.handle_scene_pos())
        path.lineTo(point)
        self._link_line.setPath(path)
        target = self._node_at(point, exclude=self._link_source)
        if target is not self._link_target:
            if self._link_target is not None:
                self._link_target.set_link_target(False)
            if target is not None:
                target.set_link_target(True)
            self._link_target = target

    def _finish_link(self, point: QPointF) -> None:
        source = self._link_source
        target = self._node_at(point, exclude=source)
        self._cancel_link()
        if source is None or target is None:
            return
        edge = wg.Edge(id=wg.new_node_id("e"), source=source.node_id, target=target.node_id)
        try:
            command = AddEdge(self.model, edge)
        except LinkRefused as exc:
            self.link_refused.emit(exc.message(_translate))
            return
        self.undo_stack.push(command)
        self._select_only([self._edges.get(edge.id)])

    def _cancel_link(self) -> None:
        if self._link_target is not None:
            self._link_target.set_link_target(False)
        if self._link_line is not None:
            self.removeItem(self._link_line)
        self._link_source = self._link_target = None
        self._link_line = None

    # --- drops from the palette ----------------------------------------------------------------

    def _dropped_type(self, event: QGraphicsSceneDragDropEvent) -> str | None:
        mime = event.mimeData()
        if self.is_read_only() or mime is None or not mime.hasFormat(MIME_NODE_TYPE):
            return None
        node_type = bytes(mime.data(MIME_NODE_TYPE).data()).decode("utf-8", errors="replace").strip()
        return node_type if node_type in wg.NODE_TYPES else None

    def _accept_drag(self, event: QGraphicsSceneDragDropEvent) -> None:
        if self._dropped_type(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._accept_drag(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._accept_drag(event)

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.accept()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        node_type = self._dropped_type(event)
        if node_type is None:
            event.ignore()
            return
        x, y = snap(event.scenePos().x()), snap(event.scenePos().y())
        node = labels.new_node(node_type, stage=self.stage_at(QPointF(x, y)))
        self.undo_stack.push(AddNode(self.model, node, x, y))
        self._select_only([self._nodes.get(node.id)])
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()


def _band_columns(spans: list[tuple[float, float] | None]) -> list[tuple[float, float]]:
    """Left and right of each stage's band: its nodes' span (at least the minimum width), or for an
    empty stage a minimum-width band after the previous band (before the next one when it leads)."""
    columns: list[tuple[float, float] | None] = [
        None if span is None else (span[0], max(span[1], span[0] + MIN_BAND_WIDTH)) for span in spans
    ]
    for i in range(1, len(columns)):
        previous = columns[i - 1]
        if columns[i] is None and previous is not None:
            columns[i] = (previous[1], previous[1] + MIN_BAND_WIDTH)
    right = MIN_BAND_WIDTH * len(columns)  # no band has nodes: side by side from 0
    for i in reversed(range(len(columns))):
        column = columns[i]
        if column is None:
            columns[i] = column = (right - MIN_BAND_WIDTH, right)
        right = column[0]
    return [c for c in columns if c is not None]
