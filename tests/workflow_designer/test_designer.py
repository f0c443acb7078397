"""The workflow designer driven through its widgets: the workflows page, the palette drop, the
properties panel, the condition editor, the issues list, the version bar and BPMN files.

GUI tests run on SQLite only (the services they call are tested on both backends). Strings are
compared with the same ``translate`` calls the widgets make, so the tests hold in every language.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import forms, users, workflows
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.form_schema import FormSchema
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.main_window import page_specs
from scrm_desktop.views.pages import workflows as workflows_page
from scrm_desktop.views.pages.workflows import NewWorkflowDialog, WorkflowsPage
from scrm_desktop.workflow_designer import designer as designer_module
from scrm_desktop.workflow_designer.commands import AddEdge, AddNode, RemoveItems, SetEdge
from scrm_desktop.workflow_designer.condition_editor import BUILDER_TAB, TEXT_TAB, ConditionEditor
from scrm_desktop.workflow_designer.designer import WorkflowDesigner
from scrm_desktop.workflow_designer.issues_panel import NODE_ID_ROLE, ProblemsModel
from scrm_desktop.workflow_designer.labels import new_node, node_type_description
from scrm_desktop.workflow_designer.palette import TYPE_ROLE
from scrm_desktop.workflow_designer.properties import (
    EDGE_PAGE,
    NODE_PAGE,
    WORKFLOW_PAGE,
    ApproversModel,
    CheckListModel,
    FieldPermissionsModel,
    OutputsModel,
    PropertiesPanel,
    StagesModel,
)
from scrm_desktop.workflow_designer.version_bar import ChangesModel, PublishNoteDialog

PASSWORD = "Admin-pass-1"
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """What the page and the designer would have shown in the error dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(designer_module, "show_error", lambda _parent, exc: shown.append(exc))
    monkeypatch.setattr(workflows_page, "show_error", lambda _parent, exc: shown.append(exc))
    yield shown


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, errors: list[BaseException]) -> WorkflowsPage:
    widget = WorkflowsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


# --- helpers ------------------------------------------------------------------------------------------


def create_workflow(page: WorkflowsPage, qtbot: QtBot, key: str, name: str) -> WorkflowDesigner:
    """Create a workflow through the new-workflow dialog, as a user does."""
    dialog = page.new_workflow()
    assert dialog is not None
    qtbot.keyClicks(dialog.key_edit, key)
    dialog.name_edit.insert(name)  # QTest types ASCII only: Chinese text is inserted as an input method does
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created_row is not None, dialog.message.text()
    assert page.designer.key == key
    return page.designer


def pick(combo: QComboBox, data: Any) -> None:
    """Choose the item carrying ``data`` as a user does (``activated`` follows a user's choice only)."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def nodes_of(designer: WorkflowDesigner, node_type: str) -> list[wg.Node]:
    return [n for n in designer.model.graph.nodes.values() if n.type == node_type]


def add(designer: WorkflowDesigner, node_type: str, name: str, x: float, **props: Any) -> str:
    node = new_node(node_type, "sales")
    node.name = name
    for attr, value in props.items():
        setattr(node, attr, value)
    designer.undo_stack.push(AddNode(designer.model, node, x, 100))
    return node.id


def connect(designer: WorkflowDesigner, source: str, target: str, **props: Any) -> str:
    edge = wg.Edge(wg.new_node_id("e"), source, target, **props)
    designer.undo_stack.push(AddEdge(designer.model, edge))
    return edge.id


def start_and_end(designer: WorkflowDesigner) -> tuple[str, str, str]:
    """The starter draft's start, end and the edge joining them."""
    start = nodes_of(designer, wg.START)[0].id
    end = nodes_of(designer, wg.END)[0].id
    edge = next(iter(designer.model.graph.edges))
    return start, end, edge


def gateway_flow(designer: WorkflowDesigner) -> dict[str, str]:
    """start → 上门勘察 → 金额判断 → (大额) 经理审批 → end, and 金额判断 → (其他) end."""
    start, end, first = start_and_end(designer)
    designer.undo_stack.push(RemoveItems(designer.model, [], [first]))
    ids = {
        "start": start,
        "end": end,
        "task": add(designer, wg.TASK, "上门勘察", 250, assignee=wg.Assignee("role", "dispatcher")),
        "gateway": add(designer, wg.EXCLUSIVE, "金额判断", 400),
        "approval": add(
            designer, wg.APPROVAL, "经理审批", 550, approvers=[wg.Assignee("role", "admin")], approval_mode="any"
        ),
    }
    connect(designer, start, ids["task"])
    connect(designer, ids["task"], ids["gateway"])
    ids["big"] = connect(designer, ids["gateway"], ids["approval"], label="大额")
    ids["other"] = connect(designer, ids["gateway"], end, label="其他")
    connect(designer, ids["approval"], end)
    designer.model.revalidate()
    return ids


def drop(widget: QWidget, mime: Any, point: QPoint) -> None:
    """Drag ``mime`` onto ``point``: enter, move, drop (orange-canvas-core's dragDrop)."""
    actions = Qt.DropAction.CopyAction
    QApplication.sendEvent(widget, QDragEnterEvent(point, actions, mime, LEFT, NO_MOD))
    QApplication.sendEvent(widget, QDragMoveEvent(point, actions, mime, LEFT, NO_MOD))
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), actions, mime, LEFT, NO_MOD))


def type_and_finish(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the text (inserted as an input method does: QTest types ASCII only) and press Return."""
    edit.selectAll()
    edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# --- the page -----------------------------------------------------------------------------------------


def test_page_is_registered_for_workflow_designers_only(ctx: AppContext) -> None:
    spec = next(s for s in page_specs() if s.key == "workflows")
    assert spec.permission == Permission.DESIGN_WORKFLOWS
    assert spec.allows(ctx.actor)
    with ctx.db.session() as session:
        users.create_user(
            session, ctx.actor, username="fin", display_name="孙财务", password="Finance-pass-1", roles=["finance"]
        )
        finance = users.authenticate(session, "fin", "Finance-pass-1")
    assert not spec.allows(finance)


def test_empty_page_then_the_new_workflow_dialog_creates_and_opens_a_draft(
    page: WorkflowsPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    assert page.right.currentWidget() is page.empty_state
    assert page.empty_label.text() == tr("WorkflowsPage", "No workflows yet — create one or import BPMN")

    dialog = page.new_workflow()
    assert isinstance(dialog, NewWorkflowDialog)
    qtbot.keyClicks(dialog.key_edit, "1 bad key")
    dialog.name_edit.insert("测试")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    # Refused by the service: the dialog stays open with the reason, nothing is created.
    assert dialog.isVisible() and dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert dialog.created_row is None and page.model.rowCount() == 0
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, "install_test")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created_row is not None and not dialog.isVisible()

    designer = page.designer
    assert page.right.currentWidget() is designer
    assert page.model.rowCount() == 1 and page.selected_row() is not None
    assert page.selected_row().key == "install_test"  # type: ignore[union-attr]
    assert {n.type for n in designer.model.graph.nodes.values()} == {wg.START, wg.END}
    assert designer.editable() and not designer.has_unsaved_changes()
    assert designer.version_bar.version_combo.currentText().startswith(f"v1 {tr('VersionBar', 'Draft')}")
    assert designer.version_bar.title.text() == "测试"
    assert errors == []


# --- palette, canvas and properties ---------------------------------------------------------------------


def test_drop_a_task_connect_it_and_edit_it_in_the_properties_panel(page: WorkflowsPage, qtbot: QtBot) -> None:
    designer = create_workflow(page, qtbot, "install_test", "测试安装")
    panel = designer.properties
    start, end, first = start_and_end(designer)

    # Drag the palette's task onto the canvas.
    palette_model = designer.node_palette.model()
    row = next(r for r in range(palette_model.rowCount()) if palette_model.index(r, 0).data(TYPE_ROLE) == wg.TASK)
    mime = palette_model.mimeData([palette_model.index(row, 0)])
    drop(designer.view.viewport(), mime, designer.view.viewport().rect().center())
    tasks = nodes_of(designer, wg.TASK)
    assert len(tasks) == 1 and designer.undo_stack.index() == 1
    task = tasks[0].id
    # The dropped node is selected, so the panel shows it.
    assert designer.scene.selected_node_ids() == [task]
    assert panel.stack.currentIndex() == NODE_PAGE and panel.node_id == task
    assert panel.assignee_box.isVisibleTo(panel) and not panel.approval_box.isVisibleTo(panel)

    designer.undo_stack.push(RemoveItems(designer.model, [], [first]))
    connect(designer, start, task)
    connect(designer, task, end)
    steps = designer.undo_stack.index()
    assert designer.has_unsaved_changes()

    # Name: typing changes nothing until the edit is finished, then exactly one step.
    old_name = designer.model.node(task).name
    panel.name_edit.selectAll()
    panel.name_edit.insert("上门安装")
    assert designer.model.node(task).name == old_name and designer.undo_stack.index() == steps
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert designer.model.node(task).name == "上门安装" and designer.undo_stack.index() == steps + 1
    panel.name_edit.editingFinished.emit()  # leaving the field again: nothing changed, nothing pushed
    assert designer.undo_stack.index() == steps + 1
    designer.undo_stack.undo()
    assert designer.model.node(task).name == old_name and panel.name_edit.text() == old_name
    designer.undo_stack.redo()
    assert panel.name_edit.text() == "上门安装"

    # Assignee: a role chosen from the list.
    pick(panel.assignee_combo, "dispatcher")
    assert designer.model.node(task).assignee == wg.Assignee("role", "dispatcher")
    assert designer.undo_stack.index() == steps + 2
    # A user instead: switching the kind offers the users; nothing changes until one is chosen.
    pick(panel.assignee_kind, "user")
    assert designer.model.node(task).assignee == wg.Assignee("role", "dispatcher")
    admin_id = str(page.ctx.actor.user_id)
    pick(panel.assignee_combo, admin_id)
    assignee = designer.model.node(task).assignee
    assert assignee is not None and (assignee.kind, assignee.value) == ("user", admin_id)
    designer.undo_stack.undo()
    assert panel.assignee_kind.currentData() == "role" and panel.assignee_combo.currentData() == "dispatcher"

    # SLA: typed hours are committed once, on Return; 0 means none.
    steps = designer.undo_stack.index()
    panel.sla_spin.selectAll()
    qtbot.keyClicks(panel.sla_spin, "24")
    assert designer.model.node(task).sla_hours is None and designer.undo_stack.index() == steps
    qtbot.keyClick(panel.sla_spin, Qt.Key.Key_Return)
    assert designer.model.node(task).sla_hours == 24 and designer.undo_stack.index() == steps + 1
    designer.undo_stack.undo()
    assert designer.model.node(task).sla_hours is None
    assert panel.sla_spin.value() == 0 and panel.sla_spin.text() == panel.sla_spin.specialValueText()

    # Description: committed when the field loses focus.
    panel.description_edit.setPlainText("带上安装支架")
    QApplication.sendEvent(panel.description_edit, QFocusEvent(QFocusEvent.Type.FocusOut))
    assert designer.model.node(task).description == "带上安装支架"

    # Deleting the node shown empties the panel back to the workflow's stages.
    designer.scene.select_item(node_id=task)
    designer.scene.delete_selection()
    assert panel.stack.currentIndex() == WORKFLOW_PAGE and panel.node_id is None
    designer.undo_stack.undo()
    assert task in designer.model.graph.nodes


def test_approval_settings_tables_and_return_targets(page: WorkflowsPage, qtbot: QtBot) -> None:
    designer = create_workflow(page, qtbot, "approve_test", "审批测试")
    ids = gateway_flow(designer)
    panel = designer.properties
    designer.scene.select_item(node_id=ids["approval"])
    assert panel.approval_box.isVisibleTo(panel) and not panel.assignee_box.isVisibleTo(panel)
    assert panel.approvers_model.rowCount() == 1

    pick(panel.approver_kind, "role")
    pick(panel.approver_combo, "finance")
    panel.add_approver_button.click()
    approvers = designer.model.node(ids["approval"]).approvers
    assert [(a.kind, a.value) for a in approvers] == [("role", "admin"), ("role", "finance")]
    panel.approvers_view.setCurrentIndex(panel.approvers_model.index(0, 0))
    panel.remove_approver_button.click()
    assert [a.value for a in designer.model.node(ids["approval"]).approvers] == ["finance"]

    pick(panel.mode_combo, "sequential")
    assert designer.model.node(ids["approval"]).approval_mode == "sequential"
    assert panel.mode_hint.text() == tr(
        "PropertiesPanel",
        "The approvers decide one after another in the order listed; each sees the decisions before.",
    )
    # Only nodes before the approval are offered as where a rejection goes back to.
    offered = [panel.reject_combo.itemData(i) for i in range(panel.reject_combo.count())]
    assert offered == ["", ids["task"]]
    pick(panel.reject_combo, ids["task"])
    assert designer.model.node(ids["approval"]).reject_to == ids["task"]

    # Field permissions: a row added, its permission chosen in the cell's combo box editor.
    steps = designer.undo_stack.index()
    panel.add_permission_button.click()
    assert designer.model.node(ids["approval"]).field_permissions == {"field_1": "editable"}
    index = panel.permissions_model.index(0, 1)
    panel.permissions_table.setCurrentIndex(index)
    panel.permissions_table.edit(index)
    editor = panel.permissions_table.viewport().findChild(QComboBox)
    assert editor is not None
    pick(editor, "required")
    assert designer.model.node(ids["approval"]).field_permissions == {"field_1": "required"}
    assert designer.undo_stack.index() == steps + 2
    assert panel.permissions_model.setData(panel.permissions_model.index(0, 0), "install_photo")
    assert designer.model.node(ids["approval"]).field_permissions == {"install_photo": "required"}

    # Data the node records: added, renamed, typed; conditions after it may read it.
    panel.add_output_button.click()
    outputs = panel.outputs_model
    assert outputs.setData(outputs.index(0, OutputsModel.KEY), "quote")
    assert outputs.setData(outputs.index(0, OutputsModel.LABEL), "报价金额")
    assert outputs.setData(outputs.index(0, OutputsModel.TYPE), "money")
    assert outputs.setData(
        outputs.index(0, OutputsModel.REQUIRED), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert not outputs.setData(outputs.index(0, OutputsModel.TYPE), "float")  # not a data type: refused
    assert designer.model.node(ids["approval"]).outputs == [wg.Output("quote", "报价金额", "money", True)]

    # May send back to: the earlier task, ticked.
    designer.scene.select_item(node_id=ids["approval"])
    assert panel.return_model.rowCount() == 1
    assert panel.return_model.setData(
        panel.return_model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert designer.model.node(ids["approval"]).return_to == [ids["task"]]
    designer.undo_stack.undo()
    assert designer.model.node(ids["approval"]).return_to == []
    assert panel.return_model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_gateways_show_their_explanation_and_no_human_settings(page: WorkflowsPage, qtbot: QtBot) -> None:
    designer = create_workflow(page, qtbot, "gw_test", "网关")
    ids = gateway_flow(designer)
    panel = designer.properties
    designer.scene.select_item(node_id=ids["gateway"])
    assert panel.name_edit.text() == "金额判断"
    assert not panel.work_box.isVisibleTo(panel) and not panel.assignee_box.isVisibleTo(panel)
    assert panel.type_info.text().startswith(node_type_description(wg.EXCLUSIVE))
    # An edge not leaving a gateway has no condition or default path to set.
    designer.scene.select_item(edge_id=next(e.id for e in designer.model.graph.incoming(ids["gateway"])))
    assert panel.stack.currentIndex() == EDGE_PAGE
    assert not panel.condition_box.isVisibleTo(panel) and not panel.default_check.isVisibleTo(panel)


def test_stages_are_edited_with_nothing_selected(page: WorkflowsPage, qtbot: QtBot) -> None:
    designer = create_workflow(page, qtbot, "stage_test", "阶段")
    panel = designer.properties
    designer.scene.clearSelection()
    assert panel.stack.currentIndex() == WORKFLOW_PAGE
    assert [s.name for s in designer.model.graph.stages] == ["售前", "售中", "售后"]

    panel.add_stage_button.click()
    assert len(designer.model.graph.stages) == 4 and panel.stages_model.rowCount() == 4
    assert panel.stages_model.setData(panel.stages_model.index(3, 0), "回访")
    assert designer.model.graph.stages[3].name == "回访"
    panel.stages_view.setCurrentIndex(panel.stages_model.index(3, 0))
    panel.up_stage_button.click()
    assert [s.name for s in designer.model.graph.stages] == ["售前", "售中", "回访", "售后"]
    # Removing a stage that nodes are in takes them out of it; one undo puts everything back.
    end = nodes_of(designer, wg.END)[0].id
    panel.stages_view.setCurrentIndex(panel.stages_model.index(3, 0))
    panel.remove_stage_button.click()
    assert designer.model.node(end).stage is None
    designer.undo_stack.undo()
    assert designer.model.node(end).stage == "aftersales" and panel.stages_model.rowCount() == 4


# --- conditions ----------------------------------------------------------------------------------------


def test_gateway_condition_with_the_builder_and_as_text(page: WorkflowsPage, qtbot: QtBot) -> None:
    designer = create_workflow(page, qtbot, "cond_test", "条件")
    ids = gateway_flow(designer)
    panel = designer.properties
    editor = panel.condition_editor
    designer.scene.select_item(edge_id=ids["big"])
    assert panel.stack.currentIndex() == EDGE_PAGE
    assert panel.condition_box.isVisibleTo(panel) and panel.default_check.isVisibleTo(panel)
    assert editor.tabs.currentIndex() == BUILDER_TAB and editor.rows == []

    # Builder: amount ≥ 1000.
    editor.add_row_button.click()
    row = editor.rows[0]
    row.field_combo.setCurrentIndex(row.field_combo.findData("amount"))
    assert tr("ConditionEditor", "amount") in row.field_combo.currentText()  # the field's type is shown
    row.op_combo.setCurrentIndex(row.op_combo.findData(">="))
    qtbot.keyClicks(row.value_edit, "10x")
    assert not editor.apply_button.isEnabled() and editor.builder_message.text()
    assert not editor.apply()
    row.value_edit.backspace()
    qtbot.keyClicks(row.value_edit, "00")
    steps = designer.undo_stack.index()
    assert designer.model.edge(ids["big"]).condition is None  # nothing until Apply
    editor.apply_button.click()
    expected = {"all": [{"field": "amount", "op": ">=", "value": 1000}]}
    assert designer.model.edge(ids["big"]).condition == expected
    assert designer.undo_stack.index() == steps + 1
    designer.undo_stack.undo()
    assert designer.model.edge(ids["big"]).condition is None and editor.rows == []
    designer.undo_stack.redo()
    assert len(editor.rows) == 1 and editor.rows[0].value_edit.text() == "1000"

    # Text mode shows the same condition as an expression.
    editor.tabs.setCurrentIndex(TEXT_TAB)
    assert editor.text_edit.toPlainText() == "amount >= 1000"
    # Invalid text: the error shows under it and Apply commits nothing.
    editor.text_edit.setPlainText("amount >= ")
    assert editor.text_message.text() and not editor.apply_button.isEnabled()
    assert not editor.apply()
    assert designer.model.edge(ids["big"]).condition == expected and designer.undo_stack.index() == steps + 1
    # A name no earlier node records is flagged but may be applied (publishing refuses it later).
    editor.text_edit.setPlainText("distance > 30")
    assert "distance" in editor.text_message.text() and editor.apply_button.isEnabled()
    # Valid text with an exact fractional amount.
    editor.text_edit.setPlainText("amount >= 999.50 or scenario == '维修'")
    editor.apply_button.click()
    assert designer.model.edge(ids["big"]).condition == {"expr": "amount >= 999.50 or scenario == '维修'"}
    assert editor.tabs.currentIndex() == TEXT_TAB  # applying keeps the user in the mode they chose
    # Back to the builder: a flat "or" of comparisons is shown as rows.
    editor.tabs.setCurrentIndex(BUILDER_TAB)
    assert editor.match_combo.currentData() == "any"
    assert [(r.field(), r.op(), r.value()) for r in editor.rows] == [
        ("amount", ">=", "999.50"),
        ("scenario", "==", "维修"),
    ]
    # A calculation cannot be shown as rows: the editor stays in text and says why.
    editor.tabs.setCurrentIndex(TEXT_TAB)
    editor.text_edit.setPlainText("amount * 2 > 1000")
    editor.tabs.setCurrentIndex(BUILDER_TAB)
    assert editor.tabs.currentIndex() == TEXT_TAB and editor.text_note.isVisibleTo(editor)

    # Remove condition: one step, and the editor empties.
    steps = designer.undo_stack.index()
    editor.clear_button.click()
    assert designer.model.edge(ids["big"]).condition is None and designer.undo_stack.index() == steps + 1
    assert editor.rows == [] and editor.text_edit.toPlainText() == ""
    designer.undo_stack.undo()
    assert designer.model.edge(ids["big"]).condition == {"expr": "amount >= 999.50 or scenario == '维修'"}

    # The other edge becomes the default path.
    designer.scene.select_item(edge_id=ids["other"])
    panel.default_check.click()
    assert designer.model.edge(ids["other"]).is_default
    designer.model.revalidate()
    assert not designer.model.problems_for(edge_id=ids["other"])


def test_builder_keeps_fractional_amounts_exact() -> None:
    editor = ConditionEditor()
    editor.set_condition(None, {"amount": "money", "approved": "bool"})
    row = editor.add_row()
    row.set_row("amount", ">", "999.5")
    second = editor.add_row()
    second.set_row("approved", "==", "true")
    condition = editor.builder_condition()
    # Stored JSON never holds a float: a fractional amount becomes an exact text comparison.
    assert condition == {"all": [{"expr": "amount > 999.5"}, {"field": "approved", "op": "==", "value": True}]}
    editor.set_condition(condition, {"amount": "money", "approved": "bool"})
    assert editor.tabs.currentIndex() == BUILDER_TAB
    assert [(r.field(), r.op(), r.value()) for r in editor.rows] == [
        ("amount", ">", "999.5"),
        ("approved", "==", "true"),
    ]
    editor.deleteLater()


def test_an_imported_condition_is_shown_read_only_until_rewritten(page: WorkflowsPage, qtbot: QtBot) -> None:
    designer = create_workflow(page, qtbot, "foreign_test", "导入")
    ids = gateway_flow(designer)
    edge = copy.deepcopy(designer.model.edge(ids["big"]))
    edge.foreign_condition = {"language": "JUEL", "body": "${amount > 1000}"}
    designer.undo_stack.push(SetEdge(designer.model, edge))
    designer.model.revalidate()
    assert designer.model.problems_for(edge_id=ids["big"])
    designer.scene.select_item(edge_id=ids["big"])
    editor = designer.properties.condition_editor
    assert editor.foreign_box.isVisibleTo(editor) and "JUEL" in editor.foreign_banner.text()
    assert editor.foreign_body.isReadOnly() and editor.foreign_body.toPlainText() == "${amount > 1000}"

    editor.tabs.setCurrentIndex(TEXT_TAB)
    editor.text_edit.setPlainText("amount > 1000")
    editor.apply_button.click()
    rewritten = designer.model.edge(ids["big"])
    assert rewritten.foreign_condition is None and rewritten.condition == {"expr": "amount > 1000"}
    assert not editor.foreign_box.isVisibleTo(editor)
    designer.undo_stack.undo()
    assert designer.model.edge(ids["big"]).foreign_condition == {"language": "JUEL", "body": "${amount > 1000}"}


# --- issues ----------------------------------------------------------------------------------------------


def test_issues_list_the_problems_and_a_click_selects_the_node(page: WorkflowsPage, qtbot: QtBot) -> None:
    designer = create_workflow(page, qtbot, "issue_test", "问题")
    ids = gateway_flow(designer)
    task = copy.deepcopy(designer.model.node(ids["task"]))
    task.assignee = None
    from scrm_desktop.workflow_designer.commands import SetNode

    designer.undo_stack.push(SetNode(designer.model, task))
    designer.model.revalidate()
    issues = designer.issues
    count = issues.problems.rowCount()
    assert count >= 2  # the task has no assignee; the gateway's edges have no condition
    assert issues.heading.text() == tr("IssuesPanel", "{count} problems").format(count=count)
    row = next(r for r in range(count) if issues.problems.index(r, 0).data(NODE_ID_ROLE) == ids["task"])
    assert issues.problems.index(row, 1).data() == "上门勘察"

    index = issues.problems.index(row, 2)
    issues.table.scrollTo(index)
    qtbot.mouseClick(issues.table.viewport(), LEFT, pos=issues.table.visualRect(index).center())
    assert designer.scene.selected_node_ids() == [ids["task"]]
    assert designer.properties.node_id == ids["task"]

    # Fixing everything empties the list.
    pick(designer.properties.assignee_combo, "dispatcher")
    designer.scene.select_item(edge_id=ids["other"])
    designer.properties.default_check.click()
    designer.scene.select_item(edge_id=ids["big"])
    designer.properties.condition_editor.tabs.setCurrentIndex(TEXT_TAB)
    designer.properties.condition_editor.text_edit.setPlainText("amount >= 1000")
    designer.properties.condition_editor.apply_button.click()
    designer.model.revalidate()
    assert issues.problems.rowCount() == 0
    assert issues.heading.text() == tr("IssuesPanel", "No problems — ready to publish")


# --- lifecycle -------------------------------------------------------------------------------------------


def test_save_publish_read_only_new_draft_and_compare(
    page: WorkflowsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, errors: list[BaseException], qtmodeltester: Any
) -> None:
    designer = create_workflow(page, qtbot, "life_test", "生命周期")
    bar = designer.version_bar
    start, end, first = start_and_end(designer)
    designer.undo_stack.push(RemoveItems(designer.model, [], [first]))
    task = add(designer, wg.TASK, "上门安装", 300)
    connect(designer, start, task)
    connect(designer, task, end)
    assert bar.save_button.isEnabled() and bar.title.text().endswith("*")
    bar.save_button.click()
    assert errors == [] and not designer.has_unsaved_changes() and not bar.save_button.isEnabled()
    with page.ctx.db.session() as session:
        stored = workflows.load_version(session, page.ctx.actor, "life_test")
    assert stored.row.status == "draft" and task in stored.graph.nodes

    # Publishing is refused while errors remain; the service lists them.
    notes: list[str] = []
    monkeypatch.setattr(PublishNoteDialog, "ask", classmethod(lambda cls, parent: notes.append("asked") or "首次发布"))
    assert designer.publish() is None
    assert len(errors) == 1 and isinstance(errors[0], ValidationError)
    assert "上门安装" in str(errors[0])  # the task without an assignee is named
    assert designer.editable()

    # Fixed (unsaved): publishing saves first, then publishes with the note.
    designer.scene.select_item(node_id=task)
    pick(designer.properties.assignee_combo, "installer")
    assert designer.has_unsaved_changes()
    bar.publish_button.click()
    assert len(errors) == 1 and notes == ["asked", "asked"]
    assert designer.loaded is not None and designer.loaded.row.status == "published"
    assert designer.loaded.row.note == "首次发布"
    assert bar.version_combo.currentText().startswith(f"v1 {tr('VersionBar', 'Published')}")
    # Read-only now: the canvas, the palette and the panel refuse changes.
    assert designer.model.read_only and not designer.node_palette.isEnabled()
    designer.scene.select_item(node_id=task)
    assert designer.properties.name_edit.isReadOnly() and not designer.properties.assignee_combo.isEnabled()
    designer.scene.delete_selection()
    assert task in designer.model.graph.nodes and designer.undo_stack.index() == 0
    assert bar.new_draft_button.isVisibleTo(bar) and not bar.publish_button.isVisibleTo(bar)
    assert page.model.rows[0].published_number == 1

    # A new draft (v2) copied from v1 is editable.
    bar.new_draft_button.click()
    assert designer.loaded.row.number == 2 and designer.editable()
    assert bar.version_combo.count() == 2
    designer.scene.select_item(node_id=task)
    type_and_finish(qtbot, designer.properties.name_edit, "上门安装调试")
    assert designer.save()

    # Compare v1 with v2: the renamed task, with the changed field named.
    dialog = bar.open_diff()
    assert dialog is not None
    qtmodeltester.check(dialog.model)
    changes = dialog.model.changes
    assert [(c.kind, c.change, c.name) for c in changes] == [("node", "changed", "上门安装调试")]
    assert dialog.model.index(0, 3).data() == tr("VersionDiffDialog", "Name")
    assert dialog.model.index(0, 2).data() == tr("VersionDiffDialog", "Changed")
    dialog.close()

    # Back to v1 through the version list: read-only again.
    pick(bar.version_combo, str(next(r.id for r in bar.rows if r.number == 1)))
    assert designer.loaded.row.number == 1 and designer.model.read_only
    assert designer.model.node(task).name == "上门安装"


def test_retire_asks_first(page: WorkflowsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    designer = create_workflow(page, qtbot, "retire_test", "停用")
    monkeypatch.setattr(PublishNoteDialog, "ask", classmethod(lambda cls, parent: ""))
    assert designer.publish() is not None
    answers = [False, True]
    monkeypatch.setattr(designer, "confirm", lambda _title, _text: answers.pop(0))
    assert designer.retire() is None and designer.loaded is not None and designer.loaded.row.status == "published"
    designer.version_bar.retire_button.click()
    assert designer.loaded.row.status == "retired"
    assert designer.version_bar.version_combo.currentText().startswith(f"v1 {tr('VersionBar', 'Retired')}")


def test_unsaved_changes_are_tracked_and_protected(
    page: WorkflowsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_workflow(page, qtbot, "alpha", "甲流程")
    designer = create_workflow(page, qtbot, "beta", "乙流程")
    assert page.model.rowCount() == 2
    end = nodes_of(designer, wg.END)[0].id
    designer.scene.select_item(node_id=end)
    type_and_finish(qtbot, designer.properties.name_edit, "完成")
    assert designer.has_unsaved_changes() and page.has_unsaved_changes()
    assert designer.version_bar.title.text() == "乙流程 *"
    # Undoing back to the saved state is not a change.
    designer.undo_stack.undo()
    assert not page.has_unsaved_changes() and designer.version_bar.title.text() == "乙流程"
    designer.undo_stack.redo()

    # Choosing another workflow asks first; "no" keeps the draft and its selection.
    answers = [False, True]
    monkeypatch.setattr(page, "confirm", lambda _title, _text: answers.pop(0))
    alpha_row = next(i for i, r in enumerate(page.model.rows) if r.key == "alpha")
    page.table.selectRow(alpha_row)
    assert designer.key == "beta" and page.selected_row().key == "beta"  # type: ignore[union-attr]
    assert designer.model.node(end).name == "完成"
    page.table.selectRow(alpha_row)
    assert designer.key == "alpha" and not page.has_unsaved_changes()


# --- BPMN ------------------------------------------------------------------------------------------------


def test_export_bpmn_writes_a_file_bpmn_reads_back_and_import_opens_a_draft(
    page: WorkflowsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, errors: list[BaseException]
) -> None:
    bpmn = pytest.importorskip("scrm_desktop.services.bpmn")
    designer = create_workflow(page, qtbot, "bpmn_test", "导出")
    ids = gateway_flow(designer)
    target = tmp_path / "flow.bpmn"
    monkeypatch.setattr(designer_module, "ask_save_path", lambda *_args: target)
    designer.export_action.trigger()  # unsaved edits are saved first, so the file is what is shown
    assert errors == [] and target.exists() and not designer.has_unsaved_changes()
    parsed = bpmn.import_bpmn(target.read_bytes())
    assert {n.name for n in parsed.graph.nodes.values()} == {n.name for n in designer.model.graph.nodes.values()}
    assert len(parsed.graph.edges) == len(designer.model.graph.edges)
    assert ids["gateway"] in parsed.graph.nodes

    # Importing through the page: a new draft of the workflow named in the file, with a report.
    monkeypatch.setattr(designer_module, "ask_open_path", lambda *_args: target)
    result = page.import_bpmn()
    assert result is not None and result.key == "bpmn_test" and errors == []
    assert designer.key == "bpmn_test" and designer.editable()
    assert designer.import_dialog is not None and designer.import_dialog.isVisible()
    assert str(result.edges) in designer.import_dialog.summary.text()
    designer.import_dialog.close()


# --- item models -----------------------------------------------------------------------------------------


def test_item_models_pass_the_model_tester(page: WorkflowsPage, qtbot: QtBot, qtmodeltester: Any) -> None:
    designer = create_workflow(page, qtbot, "model_test", "模型")
    gateway_flow(designer)
    qtmodeltester.check(page.model)
    assert designer.issues.problems.rowCount() > 0
    qtmodeltester.check(designer.issues.problems)
    problems = ProblemsModel()
    problems.set_problems(wg.validate(wg.WorkflowGraph()), wg.WorkflowGraph())
    qtmodeltester.check(problems)

    permissions = FieldPermissionsModel()
    permissions.set_permissions({"photo": "required", "remark": "readonly"})
    qtmodeltester.check(permissions)
    outputs = OutputsModel()
    outputs.set_outputs([wg.Output("quote", "报价", "money", True), wg.Output("kind", "类型", "choice", False, ["a"])])
    qtmodeltester.check(outputs)
    checks = CheckListModel()
    checks.set_items([("n1", "勘察"), ("n2", "报价")], ["n2"])
    qtmodeltester.check(checks)
    approvers = ApproversModel(lambda a: a.value)
    approvers.set_approvers([wg.Assignee("role", "admin"), wg.Assignee("user", "u1", "张三")])
    qtmodeltester.check(approvers)
    stages = StagesModel()
    stages.set_stages([wg.Stage("presales", "售前"), wg.Stage("sales", "售中")])
    qtmodeltester.check(stages)
    changes = ChangesModel()
    changes.set_changes([wg.Change("node", "n1", "changed", "勘察", ("name", "sla_hours"))])
    qtmodeltester.check(changes)
    assert changes.index(0, 3).data() == "、".join((tr("VersionDiffDialog", "Name"), tr("VersionDiffDialog", "SLA")))
    for model in (problems, permissions, outputs, checks, approvers, stages, changes):
        model.deleteLater()


def test_panel_follows_a_graph_replaced_under_it(qtbot: QtBot) -> None:
    """Loading another version (``reset``) shows the workflow page and takes the version's read-only state."""
    from PySide6.QtGui import QUndoStack

    from scrm_desktop.workflow_designer.graph_model import GraphModel

    model = GraphModel()
    stack = QUndoStack()
    panel = PropertiesPanel(model, stack, [("admin", "管理员")])
    qtbot.addWidget(panel)
    graph = workflows.starter_graph()
    model.set_graph(graph)
    panel.show_node(next(iter(graph.nodes)))
    assert panel.stack.currentIndex() == NODE_PAGE
    model.set_graph(workflows.starter_graph(), read_only=True)
    assert panel.stack.currentIndex() == WORKFLOW_PAGE and panel.read_only
    assert not panel.add_stage_button.isEnabled()
    panel.show_node(next(iter(model.graph.nodes)))
    assert panel.name_edit.isReadOnly()


def test_a_node_attaches_a_form_whose_fields_the_permissions_offer(
    page: WorkflowsPage, qtbot: QtBot, ctx: AppContext
) -> None:
    schema = {
        "rows": [["quote", "note"]],
        "fields": [
            {"key": "quote", "type": "money", "label": "报价"},
            {"key": "note", "type": "text", "label": "说明"},
        ],
    }
    with ctx.db.session() as session:
        row = forms.create_form(
            session, ctx.actor, key="quotation", name="方案报价单", schema=FormSchema.from_json(schema)
        )
        forms.publish(session, ctx.actor, row.id, expected_version=row.version)
    designer = create_workflow(page, qtbot, "install", "安装流程")
    ids = gateway_flow(designer)
    edge = copy.deepcopy(designer.model.edge(ids["big"]))
    edge.condition = {"all": [{"field": "quote", "op": ">=", "value": 5000}]}
    designer.undo_stack.push(SetEdge(designer.model, edge))
    designer.model.revalidate()
    assert any("quote" in p.message for p in designer.model.problems_for(edge_id=ids["big"]))  # nothing records it

    panel = designer.properties
    designer.scene.select_item(node_id=ids["task"])
    offered = [(panel.form_combo.itemData(i), panel.form_combo.itemText(i)) for i in range(panel.form_combo.count())]
    assert offered[1:] == [
        ("quotation", tr("WorkflowDesigner", "{name} ({key})").format(name="方案报价单", key="quotation"))
    ]
    pick(panel.form_combo, "quotation")
    assert designer.model.node(ids["task"]).form_key == "quotation"
    designer.model.revalidate()
    assert designer.model.problems_for(edge_id=ids["big"]) == []  # the form records the quote now

    # The permission table offers the form's fields: a new row takes the first one not listed yet.
    assert panel.permissions_model.choices == ["quote", "note"]
    panel.add_permission_button.click()
    assert designer.model.node(ids["task"]).field_permissions == {"quote": "editable"}
    index = panel.permissions_model.index(0, 0)
    panel.permissions_table.setCurrentIndex(index)
    panel.permissions_table.edit(index)
    editor = panel.permissions_table.viewport().findChild(QComboBox)
    assert editor is not None and [editor.itemData(i) for i in range(editor.count())] == ["quote", "note"]
    pick(editor, "note")
    assert designer.model.node(ids["task"]).field_permissions == {"note": "editable"}
    panel.add_permission_button.click()
    panel.add_permission_button.click()  # every field is listed: nothing more to add
    assert designer.model.node(ids["task"]).field_permissions == {"note": "editable", "quote": "editable"}
