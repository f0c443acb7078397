"""The workflow canvas driven through its widgets: drops, connections, moves, the clipboard, undo.

Drag and drop is tested the way orange-canvas-core does it (HOUSE_STYLE 6): drag-enter, drag-move
and drop events sent to the view's viewport, then the graph is checked, never pixels.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.workflow_designer import labels
from scrm_desktop.workflow_designer.commands import SetNode
from scrm_desktop.workflow_designer.graph_model import GraphModel
from scrm_desktop.workflow_designer.layout import GRID, auto_layout
from scrm_desktop.workflow_designer.minimap import MiniMap
from scrm_desktop.workflow_designer.palette import NodePalette, NodeTypeModel
from scrm_desktop.workflow_designer.scene import MIME_NODE_TYPE, WorkflowScene
from scrm_desktop.workflow_designer.view import WorkflowView

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _node(
    graph: wg.WorkflowGraph, node_id: str, node_type: str, stage: str | None, at: tuple[float, float] = (0, 0)
) -> wg.Node:
    node = wg.Node(id=node_id, type=node_type, name=node_id, stage=stage)
    if node_type == wg.TASK:
        node.assignee = wg.Assignee("role", "dispatcher", "调度员")
    if node_type == wg.APPROVAL:
        node.approvers = [wg.Assignee("role", "manager", "经理")]
    graph.nodes[node_id] = node
    graph.set_position(node_id, *at)
    return node


def sample_graph() -> wg.WorkflowGraph:
    """开始 → 勘察 (售前) → 审批 (售中) → 结束 (售后): valid, one node per column."""
    graph = wg.WorkflowGraph()
    _node(graph, "n_start", wg.START, "presales", (100, 200))
    _node(graph, "n_survey", wg.TASK, "presales", (300, 200))
    _node(graph, "n_approve", wg.APPROVAL, "sales", (600, 200))
    _node(graph, "n_end", wg.END, "aftersales", (900, 200))
    for i, (a, b) in enumerate([("n_start", "n_survey"), ("n_survey", "n_approve"), ("n_approve", "n_end")]):
        graph.edges[f"e_{i}"] = wg.Edge(f"e_{i}", a, b)
    return graph


@dataclass
class Canvas:
    model: GraphModel
    stack: QUndoStack
    scene: WorkflowScene
    view: WorkflowView

    def at(self, x: float, y: float) -> QPoint:
        """The viewport point showing scene point (x, y)."""
        return self.view.mapFromScene(QPointF(x, y))

    def scene_point(self, point: QPoint) -> QPointF:
        return self.view.mapToScene(point)

    def drag_mouse(self, start: tuple[float, float], end: tuple[float, float], steps: int = 5) -> None:
        viewport = self.view.viewport()
        QTest.mousePress(viewport, LEFT, NO_MOD, self.at(*start))
        for k in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * k / steps
            y = start[1] + (end[1] - start[1]) * k / steps
            QTest.mouseMove(viewport, self.at(x, y))
        QTest.mouseRelease(viewport, LEFT, NO_MOD, self.at(*end))

    def handle(self, node_id: str) -> tuple[float, float]:
        item = self.scene.node_item(node_id)
        assert item is not None
        point = item.handle_scene_pos()
        return point.x(), point.y()


def make_canvas(qtbot: QtBot, graph: wg.WorkflowGraph) -> Canvas:
    model = GraphModel(graph)
    stack = QUndoStack()
    scene = WorkflowScene(model, stack)
    view = WorkflowView(scene)
    stack.setParent(view)
    scene.setParent(view)
    model.setParent(view)
    view.resize(1200, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(500, 250)
    return Canvas(model, stack, scene, view)


@pytest.fixture
def canvas(qtbot: QtBot) -> Iterator[Canvas]:
    yield make_canvas(qtbot, sample_graph())


def drop(view: WorkflowView, mime: QMimeData, point: QPoint) -> bool:
    """Drag ``mime`` onto ``point`` of the viewport: enter, move, drop (orange-canvas-core's dragDrop).

    Returns whether the drop was accepted (a bool: pytest must never repr the spent Qt event).
    """
    viewport = view.viewport()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point, actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, move)
    event = QDropEvent(QPointF(point), actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def node_mime(node_type: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_NODE_TYPE, QByteArray(node_type.encode("utf-8")))
    return mime


def snapped(point: QPointF) -> tuple[float, float]:
    return round(point.x() / GRID) * GRID, round(point.y() / GRID) * GRID


# --- dropping nodes -------------------------------------------------------------------------------


def test_drop_from_palette_adds_a_node_at_the_snapped_point_in_the_band_under_it(canvas: Canvas) -> None:
    band = canvas.scene.stage_band("sales")
    assert band is not None
    target = canvas.at(band.rect().center().x() + 7, band.rect().bottom() - 43)
    palette = NodePalette()
    model = palette.model()
    mime = model.mimeData([model.index(wg.NODE_TYPES.index(wg.TASK), 0)])

    accepted = drop(canvas.view, mime, target)

    assert accepted
    added = [n for n in canvas.model.graph.nodes.values() if n.id not in sample_graph().nodes]
    assert len(added) == 1
    node = added[0]
    assert node.type == wg.TASK
    assert node.stage == "sales"
    assert node.name == labels.default_node_name(wg.TASK)
    assert canvas.model.position(node.id) == snapped(canvas.scene_point(target))
    assert canvas.scene.selected_node_ids() == [node.id]
    item = canvas.scene.node_item(node.id)
    assert item is not None and (item.pos().x(), item.pos().y()) == canvas.model.position(node.id)

    canvas.stack.undo()
    assert node.id not in canvas.model.graph.nodes
    assert canvas.scene.node_item(node.id) is None
    canvas.stack.redo()
    assert canvas.model.node(node.id).stage == "sales"
    assert canvas.scene.node_item(node.id) is not None
    palette.deleteLater()


def test_drop_outside_every_band_goes_to_the_first_stage(canvas: Canvas) -> None:
    presales = canvas.scene.stage_band("presales")
    assert presales is not None
    point = canvas.at(500, presales.rect().bottom() + 60)

    drop(canvas.view, node_mime(wg.EXCLUSIVE), point)

    added = [n for n in canvas.model.graph.nodes.values() if n.type == wg.EXCLUSIVE]
    assert [n.stage for n in added] == ["presales"]


def test_drop_of_unknown_payload_is_refused(canvas: Canvas) -> None:
    before = set(canvas.model.graph.nodes)
    other = QMimeData()
    other.setText("task")
    assert not drop(canvas.view, node_mime("teleport"), canvas.at(500, 250))
    assert not drop(canvas.view, other, canvas.at(500, 250))
    assert set(canvas.model.graph.nodes) == before
    assert canvas.stack.count() == 0


# --- connecting -----------------------------------------------------------------------------------


def test_dragging_from_the_edge_handle_onto_a_node_connects_them(canvas: Canvas) -> None:
    before = set(canvas.model.graph.edges)
    canvas.scene.select_item(node_id="n_survey")  # the handle shows on selection

    canvas.drag_mouse(canvas.handle("n_survey"), canvas.model.position("n_end"))

    new = [canvas.model.edge(e) for e in set(canvas.model.graph.edges) - before]
    assert [(e.source, e.target) for e in new] == [("n_survey", "n_end")]
    assert canvas.scene.edge_item(new[0].id) is not None
    assert canvas.scene.selected_edge_ids() == [new[0].id]
    assert canvas.stack.count() == 1
    assert canvas.model.position("n_survey") == (300, 200)  # connecting never moves the source

    canvas.stack.undo()
    assert set(canvas.model.graph.edges) == before
    assert canvas.scene.edge_item(new[0].id) is None
    canvas.stack.redo()
    assert new[0].id in canvas.model.graph.edges


def test_a_link_into_the_start_is_refused_with_a_message(canvas: Canvas, qtbot: QtBot) -> None:
    before = set(canvas.model.graph.edges)
    with qtbot.waitSignal(canvas.scene.link_refused) as refused:
        canvas.drag_mouse(canvas.handle("n_approve"), canvas.model.position("n_start"))
    assert refused.args == [QCoreApplication.translate("ScrmError", "Nothing can lead into the start.")]
    assert set(canvas.model.graph.edges) == before
    assert canvas.stack.count() == 0


def test_releasing_a_link_on_empty_canvas_adds_nothing(canvas: Canvas, qtbot: QtBot) -> None:
    before = set(canvas.model.graph.edges)
    with qtbot.assertNotEmitted(canvas.scene.link_refused):
        canvas.drag_mouse(canvas.handle("n_survey"), (450, 420))
    assert set(canvas.model.graph.edges) == before
    assert canvas.stack.count() == 0


# --- moving ---------------------------------------------------------------------------------------


def test_dragging_a_node_is_one_undo_step_snapped_to_the_grid(canvas: Canvas) -> None:
    canvas.drag_mouse((600, 200), (653, 231))

    assert canvas.model.position("n_approve") == (660, 240)
    assert canvas.stack.count() == 1
    item = canvas.scene.node_item("n_approve")
    edge = canvas.scene.edge_item("e_1")
    assert item is not None and edge is not None
    assert (item.pos().x(), item.pos().y()) == (660, 240)
    assert edge.shape().contains(QPointF(660 - 70 - 2, 240))  # the edge follows into the moved node

    canvas.stack.undo()
    assert canvas.model.position("n_approve") == (600, 200)
    assert (item.pos().x(), item.pos().y()) == (600, 200)
    assert edge.shape().contains(QPointF(600 - 70 - 2, 200))


def test_dragging_a_selection_moves_every_selected_node_in_one_step(canvas: Canvas) -> None:
    for node_id in ("n_survey", "n_approve"):
        item = canvas.scene.node_item(node_id)
        assert item is not None
        item.setSelected(True)

    canvas.drag_mouse((300, 200), (300, 320))

    assert canvas.model.position("n_survey") == (300, 320)
    assert canvas.model.position("n_approve") == (600, 320)
    assert canvas.model.position("n_start") == (100, 200)
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert canvas.model.position("n_survey") == (300, 200)
    assert canvas.model.position("n_approve") == (600, 200)


def test_a_click_without_moving_pushes_nothing(canvas: Canvas) -> None:
    viewport = canvas.view.viewport()
    QTest.mouseClick(viewport, LEFT, NO_MOD, canvas.at(600, 200))
    assert canvas.scene.selected_node_ids() == ["n_approve"]
    assert canvas.stack.count() == 0


def test_arrow_nudges_merge_into_one_undo_step(canvas: Canvas) -> None:
    canvas.scene.select_item(node_id="n_approve")
    canvas.view.setFocus()
    for _ in range(3):
        QTest.keyClick(canvas.view, Qt.Key.Key_Right)
    QTest.keyClick(canvas.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)

    assert canvas.model.position("n_approve") == (600 + 3 * GRID, 201)
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert canvas.model.position("n_approve") == (600, 200)


# --- deleting -------------------------------------------------------------------------------------


def test_delete_key_removes_the_node_and_undo_restores_it_with_its_edges(canvas: Canvas) -> None:
    canvas.scene.select_item(node_id="n_survey")
    canvas.view.setFocus()
    QTest.keyClick(canvas.view, Qt.Key.Key_Delete)

    assert "n_survey" not in canvas.model.graph.nodes
    assert set(canvas.model.graph.edges) == {"e_2"}
    assert canvas.scene.node_item("n_survey") is None
    assert canvas.scene.edge_item("e_0") is None and canvas.scene.edge_item("e_1") is None

    canvas.stack.undo()
    assert canvas.model.position("n_survey") == (300, 200)
    assert {(e.source, e.target) for e in canvas.model.graph.edges.values()} == {
        ("n_start", "n_survey"),
        ("n_survey", "n_approve"),
        ("n_approve", "n_end"),
    }
    for edge_id in ("e_0", "e_1"):
        item = canvas.scene.edge_item(edge_id)
        assert item is not None and item.source.node_id in {"n_start", "n_survey"}


def test_deleting_a_selected_edge_keeps_its_nodes(canvas: Canvas) -> None:
    canvas.scene.select_item(edge_id="e_1")
    canvas.scene.delete_selection()
    assert "e_1" not in canvas.model.graph.edges
    assert {"n_survey", "n_approve"} <= set(canvas.model.graph.nodes)
    canvas.stack.undo()
    assert "e_1" in canvas.model.graph.edges


# --- clipboard ------------------------------------------------------------------------------------


def test_copy_and_paste_make_new_nodes_connected_like_the_originals(canvas: Canvas) -> None:
    for node_id in ("n_survey", "n_approve"):
        item = canvas.scene.node_item(node_id)
        assert item is not None
        item.setSelected(True)
    canvas.view.setFocus()
    QTest.keyClick(canvas.view, Qt.Key.Key_C, CTRL)
    QTest.keyClick(canvas.view, Qt.Key.Key_V, CTRL)

    originals = set(sample_graph().nodes)
    copies = [n for n in canvas.model.graph.nodes.values() if n.id not in originals]
    assert sorted(n.name for n in copies) == ["n_approve", "n_survey"]
    by_name = {n.name: n.id for n in copies}
    assert canvas.model.position(by_name["n_survey"]) == (300 + 2 * GRID, 200 + 2 * GRID)
    pasted_edges = [e for e in canvas.model.graph.edges.values() if e.source in by_name.values()]
    assert [(e.source, e.target) for e in pasted_edges] == [(by_name["n_survey"], by_name["n_approve"])]
    assert pasted_edges[0].id not in sample_graph().edges
    assert sorted(canvas.scene.selected_node_ids()) == sorted(by_name.values())
    assert canvas.stack.count() == 1

    # A second paste lands clear of the first one too.
    canvas.scene.paste()
    again = [n for n in canvas.model.graph.nodes.values() if n.id not in originals and n.id not in by_name.values()]
    positions = {canvas.model.position(n.id) for n in again}
    assert (300 + 4 * GRID, 200 + 4 * GRID) in positions

    canvas.stack.undo()
    canvas.stack.undo()
    assert set(canvas.model.graph.nodes) == originals


# --- layout ---------------------------------------------------------------------------------------


def test_auto_layout_orders_stages_left_to_right_in_one_undo_step(qtbot: QtBot) -> None:
    graph = sample_graph()
    scrambled = {"n_start": (900, 40), "n_survey": (20, 500), "n_approve": (440, 40), "n_end": (100, 300)}
    for node_id, (x, y) in scrambled.items():
        graph.set_position(node_id, x, y)
    canvas = make_canvas(qtbot, graph)

    canvas.scene.auto_layout()

    xs = [canvas.model.position(n)[0] for n in ("n_start", "n_survey", "n_approve", "n_end")]
    assert xs == sorted(xs) and len(set(xs)) == 4
    bands = [canvas.scene.stage_band(k) for k in ("presales", "sales", "aftersales")]
    assert all(b is not None for b in bands)
    rects = [b.rect() for b in bands if b is not None]
    assert rects[0].right() <= rects[1].left() and rects[1].right() <= rects[2].left()
    for node_id in graph.nodes:
        x, y = canvas.model.position(node_id)
        assert x % GRID == 0 and y % GRID == 0
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert {n: canvas.model.position(n) for n in scrambled} == scrambled


def branching_graph() -> wg.WorkflowGraph:
    """start → gateway → (big | small) → join-by-task → approval ⟲ (rejection edge back) → end."""
    graph = wg.WorkflowGraph()
    _node(graph, "start", wg.START, None)
    _node(graph, "gw", wg.EXCLUSIVE, "presales")
    _node(graph, "big", wg.TASK, "presales")
    _node(graph, "small", wg.TASK, "presales")
    _node(graph, "merge", wg.TASK, "sales")
    _node(graph, "check", wg.APPROVAL, "sales")
    _node(graph, "redo", wg.EXCLUSIVE, "sales")
    _node(graph, "end", wg.END, None)
    edges = [
        ("start", "gw", None),
        ("gw", "big", {"all": [{"field": "amount", "op": ">=", "value": 1000}]}),
        ("gw", "small", None),
        ("big", "merge", None),
        ("small", "merge", None),
        ("merge", "check", None),
        ("check", "redo", None),
        ("redo", "merge", {"all": [{"field": "approved", "op": "==", "value": False}]}),
        ("redo", "end", None),
    ]
    for i, (a, b, condition) in enumerate(edges):
        graph.edges[f"e{i}"] = wg.Edge(f"e{i}", a, b, condition=condition, priority=i)
    graph.edges["e2"].is_default = True
    graph.edges["e8"].is_default = True
    return graph


def test_auto_layout_stacks_branches_and_ignores_rework_loops() -> None:
    graph = branching_graph()
    layout = auto_layout(graph)

    assert layout == auto_layout(graph)  # deterministic
    assert layout["big"][0] == layout["small"][0]  # siblings share a column ...
    assert layout["big"][1] < layout["small"][1]  # ... stacked in the order the gateway tries them
    assert layout["big"][1] < layout["gw"][1] < layout["small"][1]  # ... either side of their gateway
    chain = ["start", "gw", "big", "merge", "check", "redo", "end"]
    xs = [layout[n][0] for n in chain]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)  # the loop redo → merge does not push merge right
    assert all(x % GRID == 0 and y % GRID == 0 for x, y in layout.values())


def test_gateway_edges_show_their_condition_and_default(qtbot: QtBot) -> None:
    graph = branching_graph()
    for node_id, (x, y) in auto_layout(graph).items():
        graph.set_position(node_id, x, y)
    canvas = make_canvas(qtbot, graph)
    conditional, default = canvas.scene.edge_item("e1"), canvas.scene.edge_item("e2")
    assert conditional is not None and default is not None
    assert conditional.label == "amount >= 1000"
    assert default.is_default and default.label
    assert not conditional.is_default


def test_empty_stages_get_a_band_after_the_previous_one(qtbot: QtBot) -> None:
    graph = sample_graph()
    graph.stages.insert(1, wg.Stage("survey", "勘察"))
    canvas = make_canvas(qtbot, graph)
    bands = canvas.scene.stage_bands()
    assert [b.key for b in bands] == ["presales", "survey", "sales", "aftersales"]
    presales, survey = bands[0].rect(), bands[1].rect()
    assert survey.left() == presales.right() and survey.width() >= 200
    assert bands[1].empty and not bands[0].empty


# --- zoom -----------------------------------------------------------------------------------------


def test_zoom_in_out_reset_and_fit(canvas: Canvas, qtbot: QtBot) -> None:
    view = canvas.view
    with qtbot.waitSignal(view.zoom_changed) as changed:
        view.zoom_in()
    assert changed.args[0] == pytest.approx(1.25)
    view.zoom_out()
    assert view.zoom_factor() == pytest.approx(1.0)
    view.zoom_out()
    assert view.zoom_factor() < 1.0
    view.zoom_reset()
    assert view.zoom_factor() == pytest.approx(1.0)

    view.zoom_fit()
    assert 0.1 <= view.zoom_factor() <= 1.5
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in canvas.scene.node_items():
        assert visible.contains(item.sceneBoundingRect())

    view.zoom_reset()
    at = QPoint(300, 200)
    under = view.mapToScene(at)
    wheel = QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        NO_MOD,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    with qtbot.waitSignal(view.zoom_changed):
        QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom_factor() > 1.1
    after = view.mapToScene(at)  # zoomed around the cursor: the same canvas point is still under it
    assert abs(after.x() - under.x()) <= 2 and abs(after.y() - under.y()) <= 2


def test_middle_button_and_space_drag_pan_the_view(canvas: Canvas) -> None:
    view, viewport = canvas.view, canvas.view.viewport()
    before = view.mapToScene(viewport.rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, NO_MOD, QPoint(600, 300))
    QTest.mouseMove(viewport, QPoint(500, 250))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, NO_MOD, QPoint(500, 250))
    after = view.mapToScene(viewport.rect().center())
    assert (after.x() - before.x(), after.y() - before.y()) == (100, 50)

    view.setFocus()
    QTest.keyPress(view, Qt.Key.Key_Space)
    on_node = canvas.at(300, 200)  # the press lands on a node: it pans, it does not move the node
    QTest.mousePress(viewport, LEFT, NO_MOD, on_node)
    QTest.mouseMove(viewport, on_node - QPoint(100, 0))
    QTest.mouseRelease(viewport, LEFT, NO_MOD, on_node - QPoint(100, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.mapToScene(viewport.rect().center()).x() == pytest.approx(after.x() + 100, abs=1)
    assert canvas.model.position("n_survey") == (300, 200)
    assert canvas.stack.count() == 0


def test_ctrl_a_selects_every_node_and_edge(canvas: Canvas) -> None:
    canvas.view.setFocus()
    QTest.keyClick(canvas.view, Qt.Key.Key_A, CTRL)
    assert canvas.scene.selected_node_ids() == list(canvas.model.graph.nodes)
    assert canvas.scene.selected_edge_ids() == list(canvas.model.graph.edges)


def test_zoom_fit_never_blows_a_small_graph_up_past_150_percent(qtbot: QtBot) -> None:
    graph = wg.WorkflowGraph()
    _node(graph, "only", wg.START, "presales", (100, 100))
    canvas = make_canvas(qtbot, graph)
    canvas.view.zoom_fit()
    assert canvas.view.zoom_factor() == pytest.approx(1.5)


# --- read-only ------------------------------------------------------------------------------------


def test_read_only_canvas_refuses_drops_deletes_moves_and_links(canvas: Canvas) -> None:
    canvas.scene.set_read_only(True)
    before_nodes, before_edges = set(canvas.model.graph.nodes), set(canvas.model.graph.edges)

    assert not drop(canvas.view, node_mime(wg.TASK), canvas.at(600, 300))

    canvas.scene.select_item(node_id="n_survey")
    canvas.view.setFocus()
    QTest.keyClick(canvas.view, Qt.Key.Key_Delete)
    QTest.keyClick(canvas.view, Qt.Key.Key_Right)
    canvas.drag_mouse((300, 200), (300, 400))
    canvas.drag_mouse((370, 200), (900, 200))

    assert set(canvas.model.graph.nodes) == before_nodes
    assert set(canvas.model.graph.edges) == before_edges
    assert canvas.model.position("n_survey") == (300, 200)
    assert canvas.stack.count() == 0

    canvas.scene.set_read_only(False)
    drop(canvas.view, node_mime(wg.TASK), canvas.at(600, 300))
    assert len(canvas.model.graph.nodes) == len(before_nodes) + 1


# --- validation markers ---------------------------------------------------------------------------


def test_problem_markers_follow_validation(canvas: Canvas, qtbot: QtBot) -> None:
    item = canvas.scene.node_item("n_survey")
    assert item is not None
    assert not item.marker.isVisible()

    broken = copy.deepcopy(canvas.model.node("n_survey"))
    broken.assignee = None
    canvas.stack.push(SetNode(canvas.model, broken))
    qtbot.waitUntil(item.marker.isVisible)
    expected = [p.message for p in canvas.model.problems_for(node_id="n_survey")]
    assert item.marker.count == len(expected) >= 1
    assert item.marker.has_errors
    assert item.marker.toolTip().count("•") == len(expected)

    canvas.stack.undo()
    qtbot.waitUntil(lambda: not item.marker.isVisible())
    assert item.marker.count == 0


# --- palette, minimap, size ----------------------------------------------------------------------


def test_palette_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = NodeTypeModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == len(wg.NODE_TYPES)
    assert model.index(0, 0).data() == labels.node_type_label(wg.START)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    mime = model.mimeData([model.index(wg.NODE_TYPES.index(wg.APPROVAL), 0)])
    assert bytes(mime.data(MIME_NODE_TYPE).data()).decode() == wg.APPROVAL


def test_palette_double_click_asks_to_add_that_type(qtbot: QtBot) -> None:
    palette = NodePalette()
    qtbot.addWidget(palette)
    palette.show()
    qtbot.waitExposed(palette)
    index = palette.model().index(wg.NODE_TYPES.index(wg.SPLIT), 0)
    point = palette.visualRect(index).center()
    with qtbot.waitSignal(palette.add_requested, timeout=1000) as requested:
        QTest.mouseClick(palette.viewport(), LEFT, NO_MOD, point)
        QTest.mouseDClick(palette.viewport(), LEFT, NO_MOD, point)
    assert requested.args == [wg.SPLIT]


def test_minimap_click_centres_the_main_view(canvas: Canvas, qtbot: QtBot) -> None:
    minimap = MiniMap(canvas.view)
    qtbot.addWidget(minimap)
    minimap.show()
    qtbot.waitExposed(minimap)
    minimap.render_overview()
    target = minimap.mapFromScene(QPointF(900, 200))
    QTest.mouseClick(minimap.viewport(), LEFT, NO_MOD, target)
    centre = canvas.view.mapToScene(canvas.view.viewport().rect().center())
    assert abs(centre.x() - 900) < 20 and abs(centre.y() - 200) < 20
    assert minimap.visible_rect().contains(QPointF(900, 200))


def large_graph(count: int = 300) -> wg.WorkflowGraph:
    """A long chain of tasks with an exclusive gateway every tenth node."""
    graph = wg.WorkflowGraph()
    stages = [s.key for s in graph.stages]
    previous = _node(graph, "n_0", wg.START, stages[0]).id
    for i in range(1, count - 1):
        node_type = wg.EXCLUSIVE if i % 10 == 0 else wg.TASK
        node = _node(graph, f"n_{i}", node_type, stages[i * len(stages) // count])
        graph.edges[f"e_{i}"] = wg.Edge(f"e_{i}", previous, node.id)
        previous = node.id
    end = _node(graph, f"n_{count - 1}", wg.END, stages[-1])
    graph.edges[f"e_{count - 1}"] = wg.Edge(f"e_{count - 1}", previous, end.id)
    for node_id, (x, y) in auto_layout(graph).items():
        graph.set_position(node_id, x, y)
    return graph


def test_a_300_node_workflow_builds_and_paints(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, large_graph(300))
    assert len(canvas.scene.node_items()) == 300
    assert len(canvas.scene.edge_items()) == 299
    canvas.view.zoom_fit()
    assert not canvas.view.viewport().grab().isNull()
    canvas.model.set_graph(large_graph(300))  # a reload rebuilds, it does not pile up
    assert len(canvas.scene.node_items()) == 300
