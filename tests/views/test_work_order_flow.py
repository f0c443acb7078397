"""The "流程" tab of the work-order editor: starting a workflow, the node cards with their SLA, the data
form, approving and rejecting, and the history with the data each step recorded; a node's form rendered
with its permissions, checked before anything is sent, submitted, and read back from the history with
its own version."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from work_order_fixtures import WorkOrderData, add_data, admin_context, create, installer_context, order_input

from scrm_desktop.db import Database
from scrm_desktop.services import forms, users, workflow_engine, workflows
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import StaleWriteError
from scrm_desktop.services.form_schema import FormSchema
from scrm_desktop.services.workflow_engine import FlowState
from scrm_desktop.views import work_order_flow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.form_widgets import CatalogLinesEditor
from scrm_desktop.views.work_order_editor import WorkOrderDialog
from scrm_desktop.views.work_order_flow import ActiveNodeCard, NodeDataForm, ReturnDialog, WorkOrderFlowPanel

SERVICES_TESTS = str(Path(__file__).resolve().parent.parent / "services")
if SERVICES_TESTS not in sys.path:
    sys.path.insert(0, SERVICES_TESTS)
from workflow_support import GraphBuilder  # noqa: E402

KEY = "quote_flow"
HISTORY = {"time": 0, "by": 1, "action": 2, "move": 3, "comment": 4}


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The errors the panel would have shown in the error dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(work_order_flow, "show_error", lambda _parent, exc: shown.append(exc))
    yield shown


def quote_graph() -> wg.WorkflowGraph:
    """start → 报价 (task: quote, money, required; 4 working hours) → 金额判断 (gateway):
    quote ≥ 5000 → 经理审批 (approval by the pricing manager; rejected or sent back to 报价) → end;
    otherwise → end."""
    return (
        GraphBuilder()
        .node("start", wg.START, "开始")
        .node(
            "quote",
            wg.TASK,
            "报价",
            sla_hours=4,
            outputs=[wg.Output("quote", "报价金额", "money", True), wg.Output("note", "说明", "text")],
        )
        .node("check", wg.EXCLUSIVE, "金额判断")
        .node("approve", wg.APPROVAL, "经理审批", stage="sales", sla_hours=8, reject_to="quote", return_to=["quote"])
        .node("end", wg.END, "结束", stage="aftersales")
        .edge("start", "quote")
        .edge("quote", "check")
        .edge("check", "approve", priority=1, condition={"all": [{"field": "quote", "op": ">=", "value": 5000}]})
        .edge("check", "end", priority=2, is_default=True)
        .edge("approve", "end")
        .graph
    )


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    return admin_context(sqlite_db)


@pytest.fixture
def data(ctx: AppContext) -> WorkOrderData:
    data = add_data(ctx)
    with ctx.db.session() as session:
        draft = workflows.create_definition(session, ctx.actor, key=KEY, name="报价流程", graph=quote_graph())
        workflows.publish(session, ctx.actor, draft.id, expected_version=draft.version)
    return data


@pytest.fixture
def work_order_id(ctx: AppContext, data: WorkOrderData) -> Any:
    return create(ctx.db, ctx.actor, order_input(data.setup)).id


def start(ctx: AppContext, work_order_id: Any) -> FlowState:
    with ctx.db.session() as session:
        return workflow_engine.start_flow(session, ctx.actor, work_order_id, key=KEY)


def stored(ctx: AppContext, work_order_id: Any) -> FlowState:
    with ctx.db.session() as session:
        state = workflow_engine.flow_state(session, ctx.actor, work_order_id)
    assert state is not None
    return state


def open_panel(qtbot: QtBot, ctx: AppContext, work_order_id: Any, *, may_start: bool = True) -> WorkOrderFlowPanel:
    panel = WorkOrderFlowPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.set_work_order(work_order_id, may_start=may_start)
    qtbot.waitUntil(lambda: all(card.isVisible() for card in panel.cards))
    return panel


def history(panel: WorkOrderFlowPanel, column: str) -> list[str]:
    model = panel.history_model
    return [str(model.index(r, HISTORY[column]).data()) for r in range(model.rowCount())]


def money_editor(form: NodeDataForm) -> QLineEdit:
    editor = form.editors["quote"]
    assert isinstance(editor, QLineEdit)
    return editor


def at_the_quote(qtbot: QtBot, ctx: AppContext, work_order_id: Any) -> tuple[WorkOrderFlowPanel, ActiveNodeCard]:
    """The workflow started and shown at the 报价 task, whose card has its form and submit button."""
    start(ctx, work_order_id)
    panel = open_panel(qtbot, ctx, work_order_id)
    card = panel.cards[0]
    assert card.node.node_id == "quote" and card.form is not None and card.submit_button is not None
    return panel, card


def at_the_approval(qtbot: QtBot, ctx: AppContext, work_order_id: Any) -> tuple[WorkOrderFlowPanel, ActiveNodeCard]:
    """The workflow moved on to 经理审批 (a quote of 9000), shown in the panel."""
    state = start(ctx, work_order_id)
    with ctx.db.session() as session:
        workflow_engine.submit(
            session, ctx.actor, work_order_id, "quote", {"quote": "9000"}, expected_version=state.version
        )
    panel = open_panel(qtbot, ctx, work_order_id)
    return panel, panel.cards[0]


# --- starting ---------------------------------------------------------------------------------------


def test_start_the_workflow_the_user_chooses(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, ctx, work_order_id)
    assert panel.state is None and panel.cards == []
    assert panel.title.text() == panel.tr("No workflow")
    assert panel.start_button.isVisible()
    offered: list[list[tuple[str, str]]] = []

    def choose(choices: list[tuple[str, str]]) -> str:
        offered.append(list(choices))
        return KEY

    monkeypatch.setattr(panel, "ask_workflow", choose)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert offered == [[(KEY, panel.tr("{name} (v{number})").format(name="报价流程", number=1))]]
    assert panel.title.text() == panel.tr("{name} v{number}").format(name="报价流程", number=1)
    assert panel.status_chip.text() == panel.tr("In progress")
    assert not panel.start_button.isVisible()
    assert [c.node.name for c in panel.cards] == ["报价"]
    assert history(panel, "action") == [panel.tr("Start")]
    assert history(panel, "move") == [panel.tr("{source} → {targets}").format(source="开始", targets="报价")]
    assert stored(ctx, work_order_id).active[0].node_id == "quote"


def test_letting_the_rules_choose_says_why_nothing_started(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, ctx, work_order_id)
    monkeypatch.setattr(panel, "ask_workflow", lambda _choices: work_order_flow.RULES_CHOOSE)
    assert not panel.start()
    assert len(errors) == 1 and errors[0].field == "workflow"  # type: ignore[attr-defined]
    assert panel.state is None and panel.start_button.isVisible()


def test_who_may_not_dispatch_gets_no_start_button(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, work_order_id: Any
) -> None:
    installer = installer_context(ctx, data.setup)
    panel = open_panel(qtbot, installer, work_order_id, may_start=True)
    assert not panel.start_button.isVisible()
    assert panel.message.text() == panel.tr("This work order has no workflow yet.")
    # A work order not saved yet has no workflow either.
    panel.set_work_order(None)
    assert panel.message.text() == panel.tr("Save the work order first; then its workflow can start.")


def test_a_workflow_the_user_may_not_see_is_said_in_the_panel(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, work_order_id: Any, errors: list[BaseException]
) -> None:
    start(ctx, work_order_id)
    outsider = installer_context(ctx, data.setup, "I003")  # not on this work order's crew
    panel = open_panel(qtbot, outsider, work_order_id)
    assert errors == []  # opening a work order pops nothing up
    assert panel.state is None and panel.message.text() and not panel.start_button.isVisible()


# --- the node card and the form --------------------------------------------------------------------


def test_the_task_card_shows_stage_assignee_and_time_left(qtbot: QtBot, ctx: AppContext, work_order_id: Any) -> None:
    state = start(ctx, work_order_id)
    panel = open_panel(qtbot, ctx, work_order_id)
    card = panel.cards[0]
    node = state.active[0]
    assert card.title() == "报价" and not node.overdue and node.due_at is not None
    assert card.due_label.text() == work_order_flow.local_time(node.due_at, ctx.actor.timezone)
    left = card.tr("{time} left")  # 剩余 {time}: where the time goes depends on the language
    prefix, _, suffix = left.partition("{time}")
    assert card.badge.text().startswith(prefix) and card.badge.text().endswith(suffix)
    assert card.badge.text() != left.format(time="")
    assert card.badge.text() != card.tr("Overdue")
    texts = [label.text() for label in card.findChildren(work_order_flow.QLabel)]
    assert "售前" in texts and "调度员" in texts  # the stage, and the assignee role in words
    assert card.form is not None and set(card.form.editors) == {"quote", "note"}
    assert card.submit_button is not None and card.approve_button is None


def test_an_overdue_node_gets_a_red_badge(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Started on Monday 2024-01-08 at 10:00 in Shanghai: 4 working hours later is 15:00 that day.
    started = dt.datetime(2024, 1, 8, 2, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(workflow_engine, "utcnow", lambda: started)
    start(ctx, work_order_id)
    monkeypatch.undo()
    panel = open_panel(qtbot, ctx, work_order_id)
    card = panel.cards[0]
    assert card.node.overdue
    assert card.due_label.text() == "2024-01-08 15:00"
    assert card.badge.isVisibleTo(card) and card.badge.text() == card.tr("Overdue")
    assert work_order_flow.ERROR_COLOR in card.badge.styleSheet()


def test_a_bad_amount_is_refused_at_its_field_and_nothing_is_submitted(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, errors: list[BaseException]
) -> None:
    panel, card = at_the_quote(qtbot, ctx, work_order_id)
    assert card.form is not None and card.submit_button is not None
    editor = money_editor(card.form)
    qtbot.keyClicks(editor, "12.345abc")
    assert editor.text() == "12.34"  # the editor takes no third decimal and no letters
    editor.clear()
    qtbot.keyClicks(editor, "-")
    qtbot.mouseClick(card.submit_button, Qt.MouseButton.LeftButton)
    assert errors == []
    message = card.form.errors["quote"]
    assert message.isVisibleTo(card) and "-" in message.text()
    assert len(stored(ctx, work_order_id).history) == 1  # only the start
    assert panel.cards[0] is card

    # Empty, the required amount is refused by the service, also at its field.
    editor.clear()
    qtbot.mouseClick(card.submit_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert message.isVisibleTo(card) and "报价金额" in message.text()
    assert stored(ctx, work_order_id).version == panel.state.version  # type: ignore[union-attr]


def test_submit_approve_and_finish(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, errors: list[BaseException], qtmodeltester: Any
) -> None:
    panel, card = at_the_quote(qtbot, ctx, work_order_id)
    assert card.form is not None and card.submit_button is not None
    qtbot.keyClicks(money_editor(card.form), "6800")
    qtbot.keyClicks(card.form.editors["note"], "ok")  # type: ignore[arg-type]
    qtbot.keyClicks(card.comment_edit, "quoted")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(card.submit_button, Qt.MouseButton.LeftButton)
    assert errors == []

    # The quote is 5000 or more: the manager approves next.
    assert history(panel, "action") == [panel.tr("Start"), panel.tr("Submit")]
    assert history(panel, "move")[1] == panel.tr("{source} → {targets}").format(source="报价", targets="经理审批")
    assert history(panel, "comment")[1] == "quoted"
    approval = panel.cards[0]
    assert approval.node.name == "经理审批" and approval.form is None
    assert approval.votes_label.text() == approval.tr("None yet")
    texts = [label.text() for label in approval.findChildren(work_order_flow.QLabel)]
    assert "定价经理" in texts and "售中" in texts
    assert approval.approve_button is not None and approval.reject_button is not None

    # The submitted data, read-only with its labels.
    panel.history_view.selectRow(1)
    assert panel.step_data.isReadOnly()
    assert panel.step_data.toPlainText() == "报价金额: 6800.00\n说明: ok"
    panel.history_view.selectRow(0)
    assert panel.step_data.toPlainText() == panel.tr("This step recorded no data.")

    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(approval.approve_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert panel.cards == []
    assert panel.status_chip.text() == panel.tr("Finished")
    assert panel.message.text() == panel.tr("The workflow is finished.")
    assert history(panel, "action")[2] == panel.tr("Approve")
    assert stored(ctx, work_order_id).status == "finished"
    qtmodeltester.check(panel.history_model)


def test_a_small_quote_goes_straight_to_the_end(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, errors: list[BaseException]
) -> None:
    panel, card = at_the_quote(qtbot, ctx, work_order_id)
    assert card.form is not None and card.submit_button is not None
    qtbot.keyClicks(money_editor(card.form), "300.5")
    assert panel.submit("quote")
    assert errors == [] and panel.cards == []
    assert panel.state is not None and panel.state.status == "finished"


def test_reject_asks_why_and_sends_the_work_back(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, approval = at_the_approval(qtbot, ctx, work_order_id)
    assert approval.reject_button is not None
    asked: list[str] = []
    monkeypatch.setattr(panel, "ask_comment", lambda title, _label, _text="": asked.append(title) and None)
    qtbot.mouseClick(approval.reject_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and stored(ctx, work_order_id).active[0].node_id == "approve"  # cancelled: nothing

    monkeypatch.setattr(panel, "ask_comment", lambda _title, _label, _text="": "price too high")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(approval.reject_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert [c.node.name for c in panel.cards] == ["报价"]
    assert history(panel, "action")[-1] == panel.tr("Reject")
    assert history(panel, "comment")[-1] == "price too high"


def test_send_back_asks_where_and_why(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, approval = at_the_approval(qtbot, ctx, work_order_id)
    assert approval.return_button is not None
    option = approval.options["return"]
    assert option.targets == [("quote", "报价")]

    # The dialog offers the targets and wants a reason before it sends anything back.
    dialog = ReturnDialog(option, panel)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.target_combo.currentText() == "报价" and not ok.isEnabled()
    dialog.comment_edit.setText("  missing   photos ")
    assert ok.isEnabled()
    assert dialog.choice() == ("quote", "missing photos")

    monkeypatch.setattr(panel, "ask_return", lambda _option: ("quote", "missing photos"))
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(approval.return_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert [c.node.node_id for c in panel.cards] == ["quote"]
    assert history(panel, "action")[-1] == panel.tr("Send back")
    assert history(panel, "comment")[-1] == "missing photos"


def test_a_stale_state_is_refused_and_shown(
    qtbot: QtBot, ctx: AppContext, work_order_id: Any, errors: list[BaseException]
) -> None:
    panel, card = at_the_quote(qtbot, ctx, work_order_id)
    assert panel.state is not None and card.form is not None
    with ctx.db.session() as session:  # someone else submits meanwhile
        workflow_engine.submit(
            session, ctx.actor, work_order_id, "quote", {"quote": "100"}, expected_version=panel.state.version
        )
    qtbot.keyClicks(money_editor(card.form), "200")
    assert not panel.submit("quote")
    assert len(errors) == 1 and isinstance(errors[0], StaleWriteError)
    assert stored(ctx, work_order_id).data["quote"] == "100.00"


# --- in the editor ----------------------------------------------------------------------------------


def test_the_editor_has_a_workflow_tab(qtbot: QtBot, ctx: AppContext, work_order_id: Any) -> None:
    start(ctx, work_order_id)
    dialog = WorkOrderDialog(ctx, work_order_id)
    qtbot.addWidget(dialog)
    tabs = dialog.tabs
    assert tabs.tabText(tabs.indexOf(dialog.flow_panel)) == dialog.tr("Workflow")
    assert dialog.flow_panel.state is not None and dialog.flow_panel.cards[0].node.name == "报价"


# --- a node with a form ------------------------------------------------------------------------------

FORM_FLOW = "form_flow"


def quotation(labour_label: str = "人工费") -> FormSchema:
    """方案报价单: catalog lines, the labour (required), the quote computed from it, a contact
    (required) and an internal note the 报价 node hides."""
    return FormSchema.from_json(
        {
            "rows": [["lines"], ["labour", "quote"], ["contact", "secret"]],
            "fields": [
                {"key": "lines", "type": "catalog_lines", "label": "报价明细"},
                {"key": "labour", "type": "money", "label": labour_label, "required": True},
                {"key": "quote", "type": "computed", "label": "报价合计", "formula": "labour", "precision": 2},
                {"key": "contact", "type": "text", "label": "联系人", "required": True},
                {"key": "secret", "type": "text", "label": "内部备注"},
            ],
        }
    )


def form_graph() -> wg.WorkflowGraph:
    """quote_graph with the quotation form at 报价 instead of its outputs."""
    g = quote_graph()
    node = g.nodes["quote"]
    node.outputs = []
    node.form_key = "quotation"
    node.field_permissions = {"secret": "hidden"}
    return g


@pytest.fixture
def form_order(ctx: AppContext, data: WorkOrderData) -> Any:
    """A work order waiting at 报价, whose form is 方案报价单 v1."""
    with ctx.db.session() as session:
        row = forms.create_form(session, ctx.actor, key="quotation", name="方案报价单", schema=quotation())
        forms.publish(session, ctx.actor, row.id, expected_version=row.version)
        draft = workflows.create_definition(session, ctx.actor, key=FORM_FLOW, name="表单流程", graph=form_graph())
        workflows.publish(session, ctx.actor, draft.id, expected_version=draft.version)
    work_order_id = create(ctx.db, ctx.actor, order_input(data.setup)).id
    with ctx.db.session() as session:
        workflow_engine.start_flow(session, ctx.actor, work_order_id, key=FORM_FLOW)
    return work_order_id


def fill_quotation(qtbot: QtBot, card: ActiveNodeCard, *, labour: str = "", contact: str = "") -> None:
    assert card.renderer is not None
    if labour:
        qtbot.keyClicks(card.renderer.editor("labour"), labour)
    if contact:  # Chinese, committed as an input method does (key clicks type ASCII only)
        event = QInputMethodEvent()
        event.setCommitString(contact)
        QApplication.sendEvent(card.renderer.editor("contact"), event)


def add_line(qtbot: QtBot, card: ActiveNodeCard, code: str, quantity: str) -> None:
    assert card.renderer is not None
    lines = card.renderer.editor("lines")
    assert isinstance(lines, CatalogLinesEditor)
    lines.item_edit.setText(code)
    lines.quantity_edit.clear()
    qtbot.keyClicks(lines.quantity_edit, quantity)
    lines.add_button.click()


def test_the_node_form_is_rendered_with_the_nodes_permissions(qtbot: QtBot, ctx: AppContext, form_order: Any) -> None:
    panel = open_panel(qtbot, ctx, form_order)
    card = panel.cards[0]
    assert card.node.form_version == 1
    assert card.renderer is not None and card.form is None  # the form instead of the generic data form
    assert card.renderer.isVisibleTo(panel)
    title = card.findChild(work_order_flow.QLabel, "node-form-title")
    assert title is not None and title.text() == panel.tr("Form {name} v{number}").format(name="方案报价单", number=1)
    assert set(card.renderer.cells) == {"lines", "labour", "quote", "contact"}  # secret: hidden at this node
    assert card.renderer.work_order_id == form_order  # catalog lines are priced for this work order
    assert card.renderer.cells["labour"].required


def test_missing_required_fields_are_shown_next_to_them_and_nothing_is_sent(
    qtbot: QtBot, ctx: AppContext, form_order: Any, errors: list[BaseException]
) -> None:
    panel = open_panel(qtbot, ctx, form_order)
    card = panel.cards[0]
    assert card.renderer is not None and card.submit_button is not None
    fill_quotation(qtbot, card, contact="刘女士")
    qtbot.mouseClick(card.submit_button, Qt.MouseButton.LeftButton)
    assert errors == []
    labour = card.renderer.cells["labour"].error
    assert labour.isVisibleTo(card) and "人工费" in labour.text()
    assert not card.renderer.cells["contact"].error.isVisibleTo(card)
    assert len(stored(ctx, form_order).history) == 1  # only the start
    assert panel.cards[0] is card


def test_a_service_refusal_is_shown_at_the_field_it_names(
    qtbot: QtBot, ctx: AppContext, form_order: Any, errors: list[BaseException]
) -> None:
    panel = open_panel(qtbot, ctx, form_order)
    card = panel.cards[0]
    assert card.renderer is not None and card.submit_button is not None
    with ctx.db.session() as session:  # completed meanwhile: its lines are frozen
        detail = wo.get_work_order(session, ctx.actor, form_order)
        wo.complete_work_order(session, ctx.actor, form_order, expected_version=detail.version)
    fill_quotation(qtbot, card, labour="300", contact="刘女士")
    add_line(qtbot, card, "WH-001", "1")
    qtbot.mouseClick(card.submit_button, Qt.MouseButton.LeftButton)
    assert errors == []
    message = card.renderer.cells["lines"].error
    assert message.isVisibleTo(card) and "方案报价单" in message.text()
    assert len(stored(ctx, form_order).history) == 1


def test_a_valid_form_advances_and_the_history_shows_it_read_only_with_its_version(
    qtbot: QtBot, ctx: AppContext, form_order: Any, errors: list[BaseException]
) -> None:
    panel = open_panel(qtbot, ctx, form_order)
    card = panel.cards[0]
    assert card.submit_button is not None
    fill_quotation(qtbot, card, labour="6800", contact="刘女士")
    add_line(qtbot, card, "WH-001", "2")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(card.submit_button, Qt.MouseButton.LeftButton)
    assert errors == []

    # The computed quote is 6800 ≥ 5000: the manager approves next; the line is on the work order.
    assert [c.node.name for c in panel.cards] == ["经理审批"]
    assert history(panel, "action") == [panel.tr("Start"), panel.tr("Submit")]
    with ctx.db.session() as session:
        lines = wo.get_work_order(session, ctx.actor, form_order).earnings.lines
    assert [(line.item_code, line.quantity) for line in lines][-1] == ("WH-001", Decimal("2"))

    # A version 2 renames the labour; the history still reads the submission with version 1.
    with ctx.db.session() as session:
        draft = forms.new_draft(session, ctx.actor, "quotation")
        saved = forms.save_draft(session, ctx.actor, draft.id, quotation("安装人工费"), expected_version=draft.version)
        forms.publish(session, ctx.actor, saved.id, expected_version=saved.version)
    panel.refresh()
    panel.history_view.selectRow(1)
    shown = panel.step_form
    assert shown is not None and shown.read_only and shown.isVisibleTo(panel)
    assert not panel.step_data.isVisibleTo(panel)
    assert panel.step_form_title.text() == panel.tr("Form {name} v{number}").format(name="方案报价单", number=1)
    assert shown.cells["labour"].label.text().startswith("人工费")
    assert not shown.editor("labour").isEnabled()
    assert shown.data() == {
        "lines": [{"item": "WH-001", "quantity": "2"}],
        "labour": "6800.00",
        "quote": "6800.00",
        "contact": "刘女士",
        "secret": None,  # hidden at 报价: never recorded
    }

    # A step without a submission shows its text again.
    panel.history_view.selectRow(0)
    assert panel.step_form is None and panel.step_data.isVisibleTo(panel)
    assert panel.step_data.toPlainText() == panel.tr("This step recorded no data.")


def test_the_editor_shows_the_lines_a_form_added(
    qtbot: QtBot, ctx: AppContext, form_order: Any, errors: list[BaseException]
) -> None:
    dialog = WorkOrderDialog(ctx, form_order)
    qtbot.addWidget(dialog)
    before = dialog.lines_editor.model.rowCount()
    card = dialog.flow_panel.cards[0]
    fill_quotation(qtbot, card, labour="300", contact="刘女士")
    add_line(qtbot, card, "WH-001", "2")
    with qtbot.waitSignal(dialog.flow_panel.changed):
        qtbot.mouseClick(card.submit_button, Qt.MouseButton.LeftButton)
    assert errors == []
    # The editor re-read the work order: the new line is shown, and saving is not refused as stale.
    assert dialog.lines_editor.model.rowCount() == before + 1
    assert dialog.detail is not None and not dialog.dirty
    with ctx.db.session() as session:
        assert dialog.detail.version == wo.get_work_order(session, ctx.actor, form_order).version
