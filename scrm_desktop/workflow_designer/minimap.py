"""A small overview of the whole workflow with the main view's visible area; click or drag to move there.

The overview is a picture of the canvas, re-rendered at most a few times a second while the canvas
changes, so a 300-node workflow costs one small render per burst of edits and nothing per frame
of a drag. Its scene coordinates are the canvas's, so a click maps straight onto the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from scrm_desktop.workflow_designer.view import WorkflowView

MINIMAP_SIZE = QSize(200, 140)
RENDER_DELAY_MS = 250
MARGIN = 20.0


class MiniMap(QGraphicsView):
    """The overview beside the canvas; it follows the canvas and moves the main view, nothing else."""

    def __init__(self, view: WorkflowView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_view = view
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.overview = QGraphicsScene(self)
        self.overview.addItem(self.picture)
        self.setScene(self.overview)
        self.source_rect = QRectF()
        self.setFixedSize(MINIMAP_SIZE)
        self.setInteractive(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(self.tr("Click or drag to move the view"))
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.render_overview)
        self._dragging = False
        view.workflow_scene().changed.connect(self._schedule_render)
        view.workflow_scene().sceneRectChanged.connect(self._schedule_render)
        view.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        view.verticalScrollBar().valueChanged.connect(self.viewport().update)
        view.zoom_changed.connect(self.viewport().update)

    def _schedule_render(self) -> None:
        # Not restarted while pending: a long drag still refreshes the overview every quarter second.
        if not self._render_timer.isActive():
            self._render_timer.start()

    def render_overview(self) -> None:
        """Draw the canvas (nodes, edges and bands) into the overview picture now."""
        self._render_timer.stop()
        scene = self.main_view.workflow_scene()
        source = QRectF()
        for band in scene.stage_bands():
            source = source.united(band.rect())
        for item in scene.node_items() + scene.edge_items():
            source = source.united(item.sceneBoundingRect())
        if source.isNull():
            source = QRectF(0, 0, MINIMAP_SIZE.width(), MINIMAP_SIZE.height())
        source = source.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        ratio = self.devicePixelRatioF()
        size = self.viewport().size()
        scale = min(size.width() / source.width(), size.height() / source.height()) * ratio
        pixmap = QPixmap(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
        pixmap.fill(QColor("#fbfcfd"))
        painter = QPainter(pixmap)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        scene.render(painter, QRectF(pixmap.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        self.picture.setPixmap(pixmap)
        self.picture.setPos(source.topLeft())
        self.picture.setScale(1 / scale)
        self.source_rect = source
        self.overview.setSceneRect(source)
        self.fitInView(source, Qt.AspectRatioMode.KeepAspectRatio)
        self.viewport().update()

    def visible_rect(self) -> QRectF:
        """The part of the canvas the main view shows, in canvas coordinates."""
        return self.main_view.mapToScene(self.main_view.viewport().rect()).boundingRect()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        visible = self.visible_rect()
        painter.setPen(QPen(QColor("#1976d2"), 0))
        painter.setBrush(QColor(25, 118, 210, 40))
        painter.drawRect(visible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.render_overview()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._schedule_render()

    def _centre_main_view(self, event: QMouseEvent) -> None:
        point: QPointF = self.mapToScene(event.position().toPoint())
        self.main_view.centerOn(point)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self._centre_main_view(event)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._centre_main_view(event)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()  # the overview always shows everything
