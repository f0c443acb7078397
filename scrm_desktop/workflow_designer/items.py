"""What the workflow canvas draws: nodes, edges, stage bands and problem markers.

Items read the ``GraphModel`` (names, types, stages, conditions) and draw it; they never change
it. Moving, connecting and deleting are the scene's business, through undo commands. A node item's
position is the node's centre, so ``item.pos()`` and ``model.position(id)`` are the same numbers.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from scrm_desktop.i18n import error_message
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.views.labels import role_label
from scrm_desktop.workflow_designer import labels
from scrm_desktop.workflow_designer.graph_model import GraphModel

SELECTED_COLOR = QColor("#1976d2")
TARGET_COLOR = QColor("#2e7d32")
EDGE_COLOR = QColor("#607d8b")
TEXT_COLOR = QColor("#263238")
MUTED_COLOR = QColor("#607d8b")
MISSING_COLOR = QColor("#c62828")
ERROR_COLOR = QColor("#d32f2f")
WARNING_COLOR = QColor("#f9a825")

HANDLE_RADIUS = 6.0
HANDLE_HIT_RADIUS = 9.0
BELOW_LABEL_HEIGHT = 18.0  # the name under a circle or a diamond
BELOW_LABEL_WIDTH = 120.0
EDGE_LABEL_WIDTH = 160.0
ARROW_SIZE = 10.0
STUB = 20.0  # how far an edge leaves a node before it turns

# Half width and half height of each shape: circles 36 px, diamonds 50 px, tasks 140 x 64.
_HALF_SIZES: dict[str, tuple[float, float]] = {
    wg.START: (18.0, 18.0),
    wg.END: (18.0, 18.0),
    wg.TASK: (70.0, 32.0),
    wg.APPROVAL: (70.0, 32.0),
    wg.EXCLUSIVE: (25.0, 25.0),
    wg.SPLIT: (25.0, 25.0),
    wg.JOIN: (25.0, 25.0),
}
_FILLS: dict[str, str] = {
    wg.START: "#e8f5e9",
    wg.END: "#ffebee",
    wg.TASK: "#ffffff",
    wg.APPROVAL: "#fff8e1",
    wg.EXCLUSIVE: "#f3e5f5",
    wg.SPLIT: "#e0f7fa",
    wg.JOIN: "#e0f7fa",
}
_BAND_FILLS = ("#f4f8fd", "#f7f7f2")
_BAND_HEADERS = ("#dde8f5", "#e8e8dc")
BAND_HEADER_HEIGHT = 30.0
USER_TYPE = 65536  # QGraphicsItem.UserType: item types of our own start here


@functools.cache
def _fonts() -> tuple[QFont, QFont, QFont]:
    """Name, detail and header fonts, from the application font (which carries the CJK family)."""
    base = QApplication.font()
    name = QFont(base)
    name.setPointSizeF(9.0)
    name.setWeight(QFont.Weight.DemiBold)
    detail = QFont(base)
    detail.setPointSizeF(8.0)
    header = QFont(base)
    header.setPointSizeF(9.5)
    header.setWeight(QFont.Weight.Bold)
    return name, detail, header


@functools.cache
def _metrics() -> tuple[QFontMetricsF, QFontMetricsF, QFontMetricsF]:
    name, detail, header = _fonts()
    return QFontMetricsF(name), QFontMetricsF(detail), QFontMetricsF(header)


def half_size(node_type: str) -> tuple[float, float]:
    """Half width and half height of a node of ``node_type`` (unknown types draw as tasks)."""
    return _HALF_SIZES.get(node_type, _HALF_SIZES[wg.TASK])


class ProblemMarker(QGraphicsItem):
    """A red dot with the number of problems (amber when all are warnings); its tooltip lists them."""

    RADIUS = 8.0

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.count = 0
        self.messages: tuple[str, ...] = ()
        self.has_errors = False
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a press goes to the node under it
        self.setZValue(5)
        self.setVisible(False)

    def set_problems(self, problems: Iterable[wg.Problem]) -> None:
        problems = list(problems)
        messages = tuple(error_message(p.error) for p in problems)
        has_errors = any(p.severity == "error" for p in problems)
        if messages == self.messages and has_errors == self.has_errors:
            return
        self.messages, self.has_errors, self.count = messages, has_errors, len(messages)
        self.setToolTip("\n".join(f"• {m}" for m in messages))
        self.setVisible(bool(messages))
        self.update()

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(ERROR_COLOR if self.has_errors else WARNING_COLOR)
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)
        painter.setPen(QColor("white"))
        _name, detail, _header = _fonts()
        painter.setFont(detail)
        text = str(self.count) if self.count < 100 else "99+"
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, text)


def _who(assignee: wg.Assignee) -> str:
    """A role by its translated name (调度员), a user by the name stored with it."""
    if assignee.kind == "role":
        return role_label(assignee.value)
    return assignee.label or assignee.value


class NodeItem(QGraphicsItem):
    """One node: a circle (start, end), a card (task, approval) or a diamond (gateways).

    Its edge handle, a small circle on the right, shows on hover and selection; the scene starts a
    connection when a press lands on it (``handle_hit``).
    """

    Type = USER_TYPE + 1

    def __init__(self, model: GraphModel, node_id: str) -> None:
        super().__init__()
        self.model = model
        self.node_id = node_id
        self.node_type = ""
        self._shaped = False
        self.half_w, self.half_h = half_size("")
        self.read_only = False
        self.hovered = False
        self.link_target = False  # the node a connection being drawn would end on
        self.edge_items: dict[str, EdgeItem] = {}
        self._name = ""
        self._detail = ""
        self._detail_missing = False
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self.marker = ProblemMarker(self)
        x, y = model.position(node_id)
        self.setPos(x, y)
        self.setZValue(10)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.refresh()

    def type(self) -> int:
        return self.Type

    # --- reading the model ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read name, type, stage, assignee and SLA from the model."""
        node = self.model.node(self.node_id)
        if not self._shaped or node.type != self.node_type:
            self._shaped = True
            self.prepareGeometryChange()
            self.node_type = node.type
            self.half_w, self.half_h = half_size(node.type)
            self._bounds, self._shape = self._geometry()
            self.marker.setPos(self.half_w - 4, -self.half_h + 4)
        name_metrics, detail_metrics, _header = _metrics()
        if self.is_card():
            self._name = name_metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, 2 * self.half_w - 36)
            detail, self._detail_missing = self._detail_text(node)
            self._detail = detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, 2 * self.half_w - 16)
        else:
            self._name = detail_metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, BELOW_LABEL_WIDTH)
            self._detail = ""
        type_label = labels.node_type_label(node.type)
        self.setToolTip(
            QCoreApplication.translate("WorkflowCanvas", "{type}: {name}").format(type=type_label, name=node.name)
            if node.name
            else type_label
        )
        self.update()

    def _detail_text(self, node: wg.Node) -> tuple[str, bool]:
        """The small second line of a card: stage · who · SLA, and whether "who" is missing."""
        parts: list[str] = []
        if node.stage:
            parts.append(self.model.graph.stage_name(node.stage))
        missing = False
        if node.type == wg.TASK:
            if node.assignee is not None and node.assignee.value:
                parts.append(_who(node.assignee))
            else:
                parts.append(QCoreApplication.translate("WorkflowCanvas", "No assignee"))
                missing = True
        elif node.type == wg.APPROVAL:
            names = [_who(a) for a in node.approvers if a.value]
            if not names:
                parts.append(QCoreApplication.translate("WorkflowCanvas", "No approvers"))
                missing = True
            elif len(names) == 1:
                parts.append(names[0])
            else:
                parts.append(
                    QCoreApplication.translate("WorkflowCanvas", "{first} and others ({count})").format(
                        first=names[0], count=len(names)
                    )
                )
        if node.sla_hours:
            parts.append(QCoreApplication.translate("WorkflowCanvas", "{hours} h").format(hours=node.sla_hours))
        return " · ".join(parts), missing

    def set_problems(self, problems: Iterable[wg.Problem]) -> None:
        self.marker.set_problems(problems)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not read_only)
        self.update()

    def set_link_target(self, on: bool) -> None:
        if on != self.link_target:
            self.link_target = on
            self.update()

    # --- geometry ------------------------------------------------------------------------------

    def is_card(self) -> bool:
        return self.node_type in wg.HUMAN_TYPES or self.node_type not in _HALF_SIZES

    def body_rect(self) -> QRectF:
        return QRectF(-self.half_w, -self.half_h, 2 * self.half_w, 2 * self.half_h)

    def body_scene_rect(self) -> QRectF:
        return self.body_rect().translated(self.pos())

    def has_handle(self) -> bool:
        return not self.read_only and self.node_type != wg.END

    def handle_center(self) -> QPointF:
        return QPointF(self.half_w, 0)

    def handle_scene_pos(self) -> QPointF:
        return self.mapToScene(self.handle_center())

    def handle_hit(self, scene_pos: QPointF) -> bool:
        """Whether a press at ``scene_pos`` lands on the edge handle (it starts a connection)."""
        if not self.has_handle():
            return False
        return QLineF(self.mapFromScene(scene_pos), self.handle_center()).length() <= HANDLE_HIT_RADIUS

    def _geometry(self) -> tuple[QRectF, QPainterPath]:
        body = self.body_rect()
        shape = QPainterPath()
        if self.node_type in (wg.START, wg.END):
            shape.addEllipse(body)
        elif self.node_type in (wg.EXCLUSIVE, wg.SPLIT, wg.JOIN):
            shape.addPolygon(_diamond(body))
            shape.closeSubpath()
        else:
            shape.addRoundedRect(body, 8, 8)
        shape.addEllipse(self.handle_center(), HANDLE_HIT_RADIUS, HANDLE_HIT_RADIUS)
        bounds = body.adjusted(-4, -4, 4 + HANDLE_HIT_RADIUS, 4)
        if not self.is_card():
            half = BELOW_LABEL_WIDTH / 2
            bounds = bounds.united(QRectF(-half, body.bottom(), 2 * half, BELOW_LABEL_HEIGHT + 4))
        return bounds, shape

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    # --- drawing -------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        color = QColor(labels.TYPE_COLORS.get(self.node_type, "#546e7a"))
        fill = QColor(_FILLS.get(self.node_type, "#ffffff"))
        selected = self.isSelected()
        width = 4.0 if self.node_type == wg.END else 1.6
        pen = QPen(color, width)
        if selected:
            pen = QPen(SELECTED_COLOR, max(width, 2.6))
        elif self.link_target:
            pen = QPen(TARGET_COLOR, max(width, 2.6), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        body = self.body_rect()
        if self.node_type in (wg.START, wg.END):
            painter.drawEllipse(body.adjusted(width / 2, width / 2, -width / 2, -width / 2))
        elif self.node_type in (wg.EXCLUSIVE, wg.SPLIT, wg.JOIN):
            painter.drawPolygon(_diamond(body))
            self._paint_glyph(painter, color)
        else:
            painter.drawRoundedRect(body, 8, 8)
            self._paint_card(painter, color, body)
        if not self.is_card() and self._name:
            painter.setPen(TEXT_COLOR)
            _name, detail, _header = _fonts()
            painter.setFont(detail)
            half = BELOW_LABEL_WIDTH / 2
            painter.drawText(
                QRectF(-half, body.bottom() + 2, 2 * half, BELOW_LABEL_HEIGHT), Qt.AlignmentFlag.AlignCenter, self._name
            )
        if self.has_handle() and (self.hovered or selected):
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(self.handle_center(), 2.5, 2.5)

    def _paint_card(self, painter: QPainter, color: QColor, body: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        strip = QPainterPath()
        strip.addRoundedRect(QRectF(body.left() + 1, body.top() + 1, 5, body.height() - 2), 2.5, 2.5)
        painter.drawPath(strip)
        labels.node_type_icon(self.node_type).paint(painter, QRectF(body.left() + 12, body.top() + 8, 16, 16).toRect())
        name_font, detail_font, _header = _fonts()
        painter.setPen(TEXT_COLOR)
        painter.setFont(name_font)
        painter.drawText(
            QRectF(body.left() + 32, body.top() + 6, body.width() - 38, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._name,
        )
        painter.setPen(MISSING_COLOR if self._detail_missing else MUTED_COLOR)
        painter.setFont(detail_font)
        painter.drawText(
            QRectF(body.left() + 12, body.top() + 34, body.width() - 20, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._detail,
        )

    def _paint_glyph(self, painter: QPainter, color: QColor) -> None:
        painter.setPen(QPen(color, 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        arm = 9.0
        if self.node_type == wg.EXCLUSIVE:
            painter.drawLine(QPointF(-arm, -arm), QPointF(arm, arm))
            painter.drawLine(QPointF(-arm, arm), QPointF(arm, -arm))
        else:
            arm = 11.0
            painter.drawLine(QPointF(-arm, 0), QPointF(arm, 0))
            painter.drawLine(QPointF(0, -arm), QPointF(0, arm))

    # --- events --------------------------------------------------------------------------------

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        # A cross over the handle says "drag from here to connect".
        if self.handle_hit(event.scenePos()):
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.unsetCursor()
        self.update()
        super().hoverLeaveEvent(event)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edge_items.values():
                edge.adjust()
        return super().itemChange(change, value)


def _diamond(rect: QRectF) -> QPolygonF:
    c = rect.center()
    return QPolygonF(
        [
            QPointF(c.x(), rect.top()),
            QPointF(rect.right(), c.y()),
            QPointF(c.x(), rect.bottom()),
            QPointF(rect.left(), c.y()),
        ]
    )


def orthogonal_route(source: QRectF, target: QRectF, bends: list[QPointF] | None = None) -> list[QPointF]:
    """The points of an edge from ``source``'s right side to ``target``'s left side.

    With ``bends`` (stored waypoints) the edge goes through them in straight segments; otherwise
    it turns at right angles, around both nodes when the target is not to the right.
    """
    start = QPointF(source.right(), source.center().y())
    end = QPointF(target.left(), target.center().y())
    if bends:
        return [start, *bends, end]
    if end.x() - start.x() >= 2 * STUB:
        if abs(end.y() - start.y()) < 0.5:
            return [start, end]
        mid = (start.x() + end.x()) / 2
        return [start, QPointF(mid, start.y()), QPointF(mid, end.y()), end]
    out_x, in_x = start.x() + STUB, end.x() - STUB
    if target.top() - source.bottom() >= 2 * STUB:
        lane = (source.bottom() + target.top()) / 2
    elif source.top() - target.bottom() >= 2 * STUB:
        lane = (target.bottom() + source.top()) / 2
    else:
        lane = max(source.bottom(), target.bottom()) + 2 * STUB
    return [start, QPointF(out_x, start.y()), QPointF(out_x, lane), QPointF(in_x, lane), QPointF(in_x, end.y()), end]


class EdgeItem(QGraphicsItem):
    """One connection: an orthogonal path with an arrow head, a label (its text or its condition),
    a slash near the source when it is its gateway's default, and a problem marker."""

    Type = USER_TYPE + 2

    def __init__(self, model: GraphModel, edge_id: str, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.model = model
        self.edge_id = edge_id
        self.source = source
        self.target = target
        self.hovered = False
        self.is_default = False
        self.needs_review = False
        self.label = ""
        self._label_shown = ""
        self._points: list[QPointF] = []
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._label_rect = QRectF()
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self.marker = ProblemMarker(self)
        self.setZValue(0)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.refresh()

    def type(self) -> int:
        return self.Type

    def refresh(self) -> None:
        """Re-read label, condition and default flag from the model, and re-route."""
        edge = self.model.edge(self.edge_id)
        self.is_default = edge.is_default
        self.needs_review = edge.needs_review
        text = edge.label or labels.condition_text(edge.condition)
        if not text and edge.is_default:
            text = QCoreApplication.translate("WorkflowCanvas", "Default")
        self.label = text
        _name, detail_metrics, _header = _metrics()
        self._label_shown = detail_metrics.elidedText(text, Qt.TextElideMode.ElideRight, EDGE_LABEL_WIDTH)
        condition = labels.condition_text(edge.condition)
        tip = [t for t in (edge.label, condition) if t]
        self.setToolTip("\n".join(dict.fromkeys(tip)))
        self.adjust()

    def set_problems(self, problems: Iterable[wg.Problem]) -> None:
        self.marker.set_problems(problems)

    def _bends(self) -> list[QPointF]:
        """Stored waypoints between the two nodes (ends lying on the nodes themselves are dropped)."""
        raw = (self.model.graph.ui.get("edges", {}).get(self.edge_id) or {}).get("points") or []
        src, dst = self.source.body_scene_rect(), self.target.body_scene_rect()
        bends: list[QPointF] = []
        for point in raw:
            if (
                isinstance(point, list | tuple)
                and len(point) >= 2
                and all(isinstance(v, int | float) for v in point[:2])
            ):
                p = QPointF(point[0], point[1])
                if not src.adjusted(-2, -2, 2, 2).contains(p) and not dst.adjusted(-2, -2, 2, 2).contains(p):
                    bends.append(p)
        return bends

    def adjust(self) -> None:
        """Re-route after either end moved."""
        self.prepareGeometryChange()
        points = orthogonal_route(self.source.body_scene_rect(), self.target.body_scene_rect(), self._bends())
        self._points = points
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        self._path = path
        self._arrow = _arrow_head(points[-2], points[-1])
        self._label_rect = self._place_label(points)
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        shape = stroker.createStroke(path)
        shape.addPolygon(self._arrow)
        if self._label_shown:
            shape.addRect(self._label_rect)
        self._shape = shape
        self._bounds = shape.boundingRect().adjusted(-2, -2, 2, 2)
        anchor = self._label_rect.topRight() if self._label_shown else path.pointAtPercent(0.5)
        self.marker.setPos(anchor)
        self.update()

    def _place_label(self, points: list[QPointF]) -> QRectF:
        if not self._label_shown:
            return QRectF()
        _name, detail_metrics, _header = _metrics()
        width = detail_metrics.horizontalAdvance(self._label_shown) + 8
        height = detail_metrics.height() + 2
        segments = list(itertools.pairwise(points))
        horizontal = [s for s in segments if abs(s[0].y() - s[1].y()) < 0.5 and abs(s[0].x() - s[1].x()) >= 30]
        a, b = horizontal[-1] if horizontal else max(segments, key=lambda s: QLineF(s[0], s[1]).length())
        mid = (a + b) / 2
        if horizontal:
            return QRectF(mid.x() - width / 2, mid.y() - height - 2, width, height)
        return QRectF(mid.x() + 4, mid.y() - height / 2, width, height)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        color = SELECTED_COLOR if self.isSelected() else EDGE_COLOR.darker(130) if self.hovered else EDGE_COLOR
        width = 2.4 if self.isSelected() else 1.5
        style = Qt.PenStyle.DashLine if self.needs_review else Qt.PenStyle.SolidLine
        painter.setPen(QPen(color, width, style, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(self._arrow)
        if self.is_default and len(self._points) >= 2:
            painter.setPen(QPen(color, 1.6))
            painter.drawLine(_default_slash(self._points[0], self._points[1]))
        if self._label_shown:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(255, 255, 255, 230)))
            painter.drawRoundedRect(self._label_rect, 3, 3)
            painter.setPen(SELECTED_COLOR if self.isSelected() else TEXT_COLOR)
            _name, detail, _header = _fonts()
            painter.setFont(detail)
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._label_shown)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)


def _arrow_head(before: QPointF, tip: QPointF) -> QPolygonF:
    angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
    spread = math.pi / 7
    left = QPointF(tip.x() - ARROW_SIZE * math.cos(angle - spread), tip.y() - ARROW_SIZE * math.sin(angle - spread))
    right = QPointF(tip.x() - ARROW_SIZE * math.cos(angle + spread), tip.y() - ARROW_SIZE * math.sin(angle + spread))
    return QPolygonF([tip, left, right])


def _default_slash(start: QPointF, towards: QPointF) -> QLineF:
    """BPMN's mark for a default flow: a short slash across the edge just after it leaves the gateway."""
    line = QLineF(start, towards)
    if line.length() < 1:
        return QLineF()
    unit = line.unitVector()
    dx, dy = unit.dx(), unit.dy()
    centre = QPointF(start.x() + dx * 10, start.y() + dy * 10)
    # perpendicular (-dy, dx), leaning back along the edge
    return QLineF(
        QPointF(centre.x() - dy * 6 - dx * 4, centre.y() + dx * 6 - dy * 4),
        QPointF(centre.x() + dy * 6 + dx * 4, centre.y() - dx * 6 + dy * 4),
    )


class StageBand(QGraphicsItem):
    """The background column of one stage, with its name in a header strip.

    The scene sizes it to cover the stage's nodes; an empty stage gets a minimum width and a hint.
    """

    Type = USER_TYPE + 3

    def __init__(self, key: str, name: str, index: int) -> None:
        super().__init__()
        self.key = key
        self.name = name
        self.index = index
        self.empty = True
        self._rect = QRectF()
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a press on a band starts a rubber band

    def type(self) -> int:
        return self.Type

    def set_band(self, name: str, index: int, rect: QRectF, *, empty: bool) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        if (name, index, empty) != (self.name, self.index, self.empty):
            self.name, self.index, self.empty = name, index, empty
            self.update()

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def header_rect(self) -> QRectF:
        return QRectF(self._rect.left(), self._rect.top(), self._rect.width(), BAND_HEADER_HEIGHT)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        shade = self.index % 2
        painter.setPen(QPen(QColor("#cfd8dc"), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(_BAND_FILLS[shade]))
        painter.drawRect(self._rect)
        header = self.header_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_BAND_HEADERS[shade]))
        painter.drawRect(header)
        _name, detail, header_font = _fonts()
        _nm, _dm, header_metrics = _metrics()
        painter.setPen(TEXT_COLOR)
        painter.setFont(header_font)
        text = header_metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, header.width() - 20)
        painter.drawText(
            header.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
        if self.empty:
            painter.setPen(MUTED_COLOR)
            painter.setFont(detail)
            painter.drawText(
                self._rect.adjusted(10, BAND_HEADER_HEIGHT, -10, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                QCoreApplication.translate("WorkflowCanvas", "Drag nodes here"),
            )
