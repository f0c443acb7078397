"""The view of the workflow canvas: zoom, pan, rubber-band selection and the keyboard.

Keys act on the scene's selection: Delete/Backspace delete, the arrows nudge by one grid cell
(one pixel with Shift), Ctrl+C/Ctrl+V copy and paste, Ctrl+A selects everything. The view claims
these keys while it has focus (``ShortcutOverride``), so a window action bound to the same key
does not take them from the canvas.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from scrm_desktop.workflow_designer.layout import GRID
from scrm_desktop.workflow_designer.scene import WorkflowScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
MAX_FIT_ZOOM = 1.5
READABLE_ZOOM = 0.6  # below this, names on the nodes are too small to read
ZOOM_STEP = 1.25
FIT_MARGIN = 40.0

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
_STANDARD_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll)


class WorkflowView(QGraphicsView):
    """Shows a ``WorkflowScene``: the wheel zooms around the cursor (no Ctrl needed), the middle button (or Space with
    the left button) pans, a drag on empty canvas selects with a rubber band.

    Signals:
        zoom_changed(float): the scale changed (1.0 is 100 %).
    """

    zoom_changed = Signal(float)

    def __init__(self, scene: WorkflowScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        # Dragging a node repaints only around what moved; the grid is drawn once per zoom.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._canvas = scene
        self._space_down = False
        self._pan_from: QPoint | None = None
        scene.focus_requested.connect(self._focus_on)

    def workflow_scene(self) -> WorkflowScene:
        return self._canvas

    # --- zoom ----------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, *, anchor: QGraphicsView.ViewportAnchor | None = None) -> None:
        """Scale to ``factor`` (clamped to 10 %–400 %) around ``anchor`` (default: the view's centre)."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom_factor()
        if math.isclose(factor, current, rel_tol=1e-6):
            return
        previous = self.transformationAnchor()
        self.setTransformationAnchor(anchor or QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor / current, factor / current)
        self.setTransformationAnchor(previous)
        self.zoom_changed.emit(self.zoom_factor())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """Show every node and edge, with a margin, never larger than 150 %."""
        scene = self.workflow_scene()
        rect = QRectF()
        for item in scene.node_items() + scene.edge_items():
            rect = rect.united(item.sceneBoundingRect())
        if rect.isNull():
            self.zoom_reset()
            return
        rect = rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        before = self.zoom_factor()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom_factor() > MAX_FIT_ZOOM or self.zoom_factor() < MIN_ZOOM:
            factor = max(MIN_ZOOM, min(MAX_FIT_ZOOM, self.zoom_factor()))
            self.scale(factor / self.zoom_factor(), factor / self.zoom_factor())
        self.centerOn(rect.center())
        if not math.isclose(before, self.zoom_factor(), rel_tol=1e-6):
            self.zoom_changed.emit(self.zoom_factor())

    def zoom_readable(self) -> None:
        """Fit the workflow, but never so small that names cannot be read: a long workflow opens at
        ``READABLE_ZOOM`` showing its beginning, and the mini-map shows the rest."""
        self.zoom_fit()
        if self.zoom_factor() >= READABLE_ZOOM:
            return
        scene = self.workflow_scene()
        rect = QRectF()
        for item in scene.node_items():
            rect = rect.united(item.sceneBoundingRect())
        self.set_zoom(READABLE_ZOOM)
        half_width = self.viewport().width() / 2 / READABLE_ZOOM
        self.centerOn(rect.left() - FIT_MARGIN + half_width, rect.center().y())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0 or event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier):
            super().wheelEvent(event)
            return
        self.zoom_at(self.zoom_factor() * math.pow(1.0015, delta), event.position().toPoint())
        event.accept()

    def zoom_at(self, factor: float, point: QPoint) -> None:
        """Zoom so that the canvas point under viewport ``point`` stays under it."""
        fixed = self.mapToScene(point)
        self.set_zoom(factor, anchor=QGraphicsView.ViewportAnchor.NoAnchor)
        drift = self.mapFromScene(fixed) - point
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())

    def _focus_on(self, point: QPointF) -> None:
        self.centerOn(point)

    # --- panning -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pan = event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        )
        if pan:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton):
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # --- keys ----------------------------------------------------------------------------------

    def _handles(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space, *_ARROWS):
            return True
        return any(event.matches(key) for key in _STANDARD_KEYS)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._handles(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.workflow_scene()
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            scene.delete_selection()
        elif key in _ARROWS:
            step = 1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else GRID
            dx, dy = _ARROWS[Qt.Key(key)]
            scene.nudge(dx * step, dy * step)
        elif event.matches(QKeySequence.StandardKey.Copy):
            scene.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            scene.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for item in scene.node_items() + scene.edge_items():
                item.setSelected(True)
        elif key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            if self._pan_from is None:
                self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)
