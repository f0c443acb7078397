"""The workflow engine: work orders moving through published workflows.

Linear flows, exclusive gateways (priority, default, no path), parallel split and join, the three
approval modes and who may act, rejections and returns, data validation, version pinning, history,
SLA due times on the business calendar, stale versions, batches (all or nothing), choosing the
workflow by rules, and a property of the gateway choice.

Every database test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher
from customers_support import add_actor
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, update
from work_order_support import Setup, add_setup, order_input
from workflow_support import GraphBuilder

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, WorkOrderFlow, WorkOrderFlowStep
from scrm_desktop.services import users, work_calendar, workflow_engine, workflow_rules, workflows
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import NotFound, PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.workflow_engine import FlowState

SH = ZoneInfo("Asia/Shanghai")
FOSHAN_CHANCHENG = "440604"
CHANGSHA_FURONG = "430102"
DISPATCHER = wg.Assignee("role", "dispatcher")
PRICING = wg.Assignee("role", "pricing_manager")
FINANCE = wg.Assignee("role", "finance")


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


@dataclass
class People:
    admin: Actor
    dispatcher: Actor
    pricing: Actor
    finance: Actor
    installer: Actor


@pytest.fixture
def setup(db: Database) -> Setup:
    return add_setup(db)


@pytest.fixture
def people(db: Database, admin: Actor) -> People:
    return People(
        admin,
        add_actor(db, admin, "disp", ["dispatcher"]),
        add_actor(db, admin, "pm", ["pricing_manager"]),
        add_actor(db, admin, "fin", ["finance"]),
        add_actor(db, admin, "inst", ["installer"]),
    )


# --- workflows built in code -------------------------------------------------------------------------


SURVEY_OUTPUTS = [
    wg.Output("quote", "报价", "money", True),
    wg.Output("note", "备注", "text"),
    wg.Output("visit", "上门日期", "date"),
    wg.Output("ok", "现场具备条件", "bool"),
    wg.Output("kind", "类型", "choice", options=["A", "B"]),
]


def linear() -> wg.WorkflowGraph:
    """start → 需求分析 (task: records a quote …) → 经理审批 (approval, rejects to 需求分析) → end."""
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node("survey", wg.TASK, "需求分析", assignee=DISPATCHER, outputs=list(SURVEY_OUTPUTS))
        .node("approve", wg.APPROVAL, "经理审批", approvers=[PRICING], reject_to="survey")
        .node("end", wg.END)
        .edge("start", "survey")
        .edge("survey", "approve")
        .edge("approve", "end")
        .graph
    )


def gated(*, default: bool = True) -> wg.WorkflowGraph:
    """测量 (records size) → 规模判断: size ≥ 5 (priority 1) → 中型; size ≥ 10 (priority 2) → 大型;
    default → 小型 (priority 0, yet only tried last)."""
    b = (
        GraphBuilder()
        .node("start", wg.START)
        .node("measure", wg.TASK, "测量", assignee=DISPATCHER, outputs=[wg.Output("size", "面积", "number", True)])
        .node("gate", wg.EXCLUSIVE, "规模判断")
        .node("mid", wg.TASK, "中型施工", assignee=DISPATCHER)
        .node("big", wg.TASK, "大型施工", assignee=DISPATCHER)
        .node("end", wg.END)
        .edge("start", "measure")
        .edge("measure", "gate")
        .edge("gate", "mid", priority=1, condition={"all": [{"field": "size", "op": ">=", "value": 5}]})
        .edge("gate", "big", priority=2, condition={"expr": "size >= 10"})
        .edge("mid", "end")
        .edge("big", "end")
    )
    if default:
        b.node("small", wg.TASK, "小型施工", assignee=DISPATCHER).edge("gate", "small", is_default=True)
        b.edge("small", "end")
    return b.graph


def by_amount() -> wg.WorkflowGraph:
    """Right after the start: a settlement total of 250 or more needs 大单审批, else 普通施工."""
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node("gate", wg.EXCLUSIVE, "金额判断")
        .node("big", wg.APPROVAL, "大单审批", approvers=[PRICING])
        .node("plain", wg.TASK, "普通施工", assignee=DISPATCHER)
        .node("end", wg.END)
        .edge("start", "gate")
        .edge("gate", "big", priority=1, condition={"all": [{"field": "amount", "op": ">=", "value": 250}]})
        .edge("gate", "plain", priority=2, is_default=True)
        .edge("big", "end")
        .edge("plain", "end")
        .graph
    )


def parallel() -> wg.WorkflowGraph:
    """split → 电工 and 水工 at once → join → 验收 → end."""
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node("split", wg.SPLIT, "分头施工")
        .node("power", wg.TASK, "电工", assignee=DISPATCHER)
        .node("water", wg.TASK, "水工", assignee=DISPATCHER)
        .node("join", wg.JOIN, "汇合")
        .node("check", wg.TASK, "验收", assignee=DISPATCHER)
        .node("end", wg.END)
        .edge("start", "split")
        .edge("split", "power")
        .edge("split", "water")
        .edge("power", "join")
        .edge("water", "join")
        .edge("join", "check")
        .edge("check", "end")
        .graph
    )


def approvals(mode: str) -> wg.WorkflowGraph:
    """准备 → 联合审批 (价格经理, 财务; ``mode``; a rejection goes back to the nearest task) → end."""
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node("prep", wg.TASK, "准备", assignee=DISPATCHER)
        .node("appr", wg.APPROVAL, "联合审批", approvers=[PRICING, FINANCE], approval_mode=mode)
        .node("end", wg.END)
        .edge("start", "prep")
        .edge("prep", "appr")
        .edge("appr", "end")
        .graph
    )


def returning() -> wg.WorkflowGraph:
    """勘察 → 施工 (may return to 勘察) → end."""
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node("look", wg.TASK, "勘察", assignee=DISPATCHER)
        .node("build", wg.TASK, "施工", assignee=DISPATCHER, return_to=["look"])
        .node("end", wg.END)
        .edge("start", "look")
        .edge("look", "build")
        .edge("build", "end")
        .graph
    )


def one_task(*, sla: int | None = None, assignee: wg.Assignee = DISPATCHER) -> wg.WorkflowGraph:
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node("work", wg.TASK, "施工", assignee=assignee, sla_hours=sla)
        .node("end", wg.END)
        .edge("start", "work")
        .edge("work", "end")
        .graph
    )


def two_tasks() -> wg.WorkflowGraph:
    """Version 2 of ``one_task``: 施工 is followed by 回访 before the end."""
    g = one_task()
    g.nodes["visit"] = wg.Node("visit", wg.TASK, "回访", stage="aftersales", assignee=DISPATCHER)
    del g.edges["work__end"]
    g.edges["work__visit"] = wg.Edge("work__visit", "work", "visit")
    g.edges["visit__end"] = wg.Edge("visit__end", "visit", "end")
    return g


def publish(db: Database, admin: Actor, key: str, graph: wg.WorkflowGraph) -> None:
    with db.session() as session:
        draft = workflows.create_definition(session, admin, key=key, name=f"流程{key}", graph=graph)
        workflows.publish(session, admin, draft.id, expected_version=draft.version)


def publish_new_version(db: Database, admin: Actor, key: str, graph: wg.WorkflowGraph) -> None:
    with db.session() as session:
        draft = workflows.new_draft(session, admin, key)
        saved = workflows.save_draft(session, admin, draft.id, graph, expected_version=draft.version)
        workflows.publish(session, admin, saved.id, expected_version=saved.version)


def route(db: Database, admin: Actor, key: str, name: str = "全国默认", **scope: Any) -> None:
    with db.session() as session:
        workflow_rules.create_workflow_rule(session, admin, name=name, definition_key=key, **scope)


def use(db: Database, admin: Actor, key: str, graph: wg.WorkflowGraph) -> None:
    """Publish ``graph`` as the workflow every work order starts on."""
    publish(db, admin, key, graph)
    route(db, admin, key)


def new_order(db: Database, actor: Actor, setup: Setup, scenario: str = "安装", **kw: Any) -> uuid.UUID:
    data = dataclasses.replace(order_input(setup, **kw), scenario=scenario)
    with db.session() as session:
        return wo.create_work_order(session, actor, data, status="assigned").id


def number_of(db: Database, actor: Actor, wo_id: uuid.UUID) -> str:
    with db.session() as session:
        return wo.get_work_order(session, actor, wo_id).number


def state(db: Database, actor: Actor, wo_id: uuid.UUID) -> FlowState:
    with db.session() as session:
        found = workflow_engine.flow_state(session, actor, wo_id)
    assert found is not None
    return found


def at(db: Database, actor: Actor, wo_id: uuid.UUID) -> list[str]:
    return [a.node_id for a in state(db, actor, wo_id).active]


def submit(db: Database, actor: Actor, wo_id: uuid.UUID, node: str, data: Mapping[str, Any] | None = None) -> FlowState:
    current = state(db, actor, wo_id)
    with db.session() as session:
        return workflow_engine.submit(session, actor, wo_id, node, data or {}, expected_version=current.version)


def approve(db: Database, actor: Actor, wo_id: uuid.UUID, node: str) -> FlowState:
    current = state(db, actor, wo_id)
    with db.session() as session:
        return workflow_engine.approve(session, actor, wo_id, node, expected_version=current.version)


def reject(db: Database, actor: Actor, wo_id: uuid.UUID, node: str, comment: str = "报价不合理") -> FlowState:
    current = state(db, actor, wo_id)
    with db.session() as session:
        return workflow_engine.reject(session, actor, wo_id, node, comment=comment, expected_version=current.version)


def kinds(flow: FlowState) -> list[tuple[str, str]]:
    return [(a.kind, a.node_id) for a in flow.actions]


def unchanged(db: Database, actor: Actor, wo_id: uuid.UUID, before: FlowState) -> None:
    after = state(db, actor, wo_id)
    assert (after.version, after.data, len(after.history)) == (before.version, before.data, len(before.history))
    assert [a.node_id for a in after.active] == [a.node_id for a in before.active]


# --- a linear flow -----------------------------------------------------------------------------------


def test_a_linear_flow_from_start_to_end(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "install", linear())
    wo_id = new_order(db, people.dispatcher, setup)
    number = number_of(db, people.admin, wo_id)
    first = state(db, people.dispatcher, wo_id)
    assert (first.workflow_key, first.version_number, first.status) == ("install", 1, "running")
    (survey,) = first.active
    assert (survey.name, survey.type, survey.stage_name, survey.assignee_label) == (
        "需求分析",
        "task",
        "售前",
        "dispatcher",
    )
    assert [o.key for o in survey.outputs] == ["quote", "note", "visit", "ok", "kind"]
    assert kinds(first) == [("submit", "survey")]
    assert kinds(state(db, people.finance, wo_id)) == []  # finance sees every work order, acts on none here
    assert [(s.action, s.to_names) for s in first.history] == [("start", ["需求分析"])]

    data = {"quote": "1,234.5", "note": " 二楼 ", "visit": "2026-11-25", "ok": True, "kind": "B"}
    moved = submit(db, people.dispatcher, wo_id, "survey", data)
    assert [a.node_id for a in moved.active] == ["approve"]
    assert moved.data == {"quote": "1234.50", "note": "二楼", "visit": "2026-11-25", "ok": True, "kind": "B"}
    assert kinds(moved) == []  # the dispatcher does not approve
    assert kinds(state(db, people.pricing, wo_id)) == [("approve", "approve"), ("reject", "approve")]
    with pytest.raises(PermissionDenied) as caught, db.session() as session:
        workflow_engine.approve(session, people.dispatcher, wo_id, "approve", expected_version=moved.version)
    assert number in str(caught.value)

    done = approve(db, people.pricing, wo_id, "approve")
    assert (done.status, done.active, done.actions) == ("finished", [], [])
    assert done.data["approved"] is True
    history = done.history
    assert [s.action for s in history] == ["start", "submit", "approve", "finish"]
    assert [s.seq for s in history] == [1, 2, 3, 4]
    submitted = history[1]
    assert (submitted.actor_name, submitted.from_node, submitted.from_name) == ("DISP", "survey", "需求分析")
    assert submitted.to_names == ["经理审批"]
    assert submitted.data == moved.data
    assert history[2].actor_name == "PM" and history[2].to_names == ["end"]
    assert all(s.at.tzinfo is not None for s in history)
    assert history[0].at <= history[1].at <= history[2].at
    with db.session() as session:
        flow = session.get(WorkOrderFlow, wo_id)
        assert flow is not None
        assert (flow.status, flow.current_node, flow.step_count) == ("finished", None, 4)
        assert flow.finished_at is not None
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity_id == str(wo_id))
            .order_by(AuditEntry.at, AuditEntry.action)
        ).all()
    assert [a for a in actions if a.startswith("workflow.")] == [
        "workflow.start",
        "workflow.submit",
        "workflow.approve",
    ]


def test_a_cancelled_work_orders_workflow_stops(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "install", linear())
    wo_id = new_order(db, people.dispatcher, setup)
    with db.session() as session:
        detail = wo.get_work_order(session, people.dispatcher, wo_id)
        wo.set_status(
            session, people.dispatcher, wo_id, "cancelled", expected_version=detail.version, reason="客户取消"
        )
    stopped = state(db, people.dispatcher, wo_id)
    assert stopped.actions == []
    with pytest.raises(ValidationError, match="is cancelled: its workflow does not move any more"):
        submit(db, people.dispatcher, wo_id, "survey", {"quote": "10", "ok": True, "kind": "B"})
    assert [s.action for s in state(db, people.dispatcher, wo_id).history] == ["start"]


def test_a_work_order_without_an_applicable_rule_is_created_without_a_workflow(
    db: Database, people: People, setup: Setup
) -> None:
    wo_id = new_order(db, people.dispatcher, setup)
    with db.session() as session:
        assert workflow_engine.flow_state(session, people.dispatcher, wo_id) is None
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.start_flow(session, people.dispatcher, wo_id)
    assert caught.value.message().startswith(f"No workflow applies to work order {number_of(db, people.admin, wo_id)}")


# --- exclusive gateways ------------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "expected"), [("20", "mid"), ("7", "mid"), ("12.5", "mid"), ("4.99", "small")])
def test_a_gateway_takes_the_first_true_edge_by_priority_else_the_default(
    db: Database, people: People, setup: Setup, size: str, expected: str
) -> None:
    use(db, people.admin, "gate", gated())
    wo_id = new_order(db, people.dispatcher, setup)
    moved = submit(db, people.dispatcher, wo_id, "measure", {"size": size})
    assert [a.node_id for a in moved.active] == [expected]
    assert moved.history[-1].to_names == [{"mid": "中型施工", "small": "小型施工"}[expected]]


def test_a_gateway_without_a_true_edge_or_default_changes_nothing(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "gate", gated(default=False))
    wo_id = new_order(db, people.dispatcher, setup)
    before = state(db, people.dispatcher, wo_id)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.submit(
            session, people.dispatcher, wo_id, "measure", {"size": "3"}, expected_version=before.version
        )
    number = number_of(db, people.admin, wo_id)
    assert caught.value.message() == (
        f"No matching path at gateway 规模判断 for work order {number}: no condition is true and there is no default."
    )
    unchanged(db, people.dispatcher, wo_id, before)
    assert "size" not in before.data


def test_conditions_read_the_work_orders_settlement_total(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "amount", by_amount())
    # Default lines in 广州 (tier T2): 2 x 120.00 + 3.5 x 9.35 = 272.73; one AC-002 at T2: 90.00.
    large = new_order(db, people.dispatcher, setup)
    small = new_order(db, people.dispatcher, setup, items=(("AC-002", "1"),))
    assert at(db, people.dispatcher, large) == ["big"]
    assert at(db, people.dispatcher, small) == ["plain"]
    # Once completed, the frozen figures count: the same rule, read from the frozen lines.
    with db.session() as session:
        detail = wo.get_work_order(session, people.admin, large)
        wo.complete_work_order(session, people.admin, large, expected_version=detail.version)
    with db.session() as session:
        headers = workflow_engine._headers(session, [large, small], lock=False)
        facts = workflow_engine._priced_facts(session, people.admin, list(headers.values()))
    assert facts[large] == {"amount": Decimal("272.73"), "sales_amount": Decimal("470.00"), "line_count": 2}
    assert facts[small] == {"amount": Decimal("90.00"), "sales_amount": Decimal("160.00"), "line_count": 1}


def test_a_loop_of_automatic_nodes_is_stopped(db: Database, people: People, setup: Setup) -> None:
    graph = (
        GraphBuilder()
        .node("start", wg.START)
        .node("count", wg.TASK, "计数", assignee=DISPATCHER, outputs=[wg.Output("n", "次数", "number", True)])
        .node("g1", wg.EXCLUSIVE, "甲")
        .node("g2", wg.EXCLUSIVE, "乙")
        .node("end", wg.END)
        .edge("start", "count")
        .edge("count", "g1")
        .edge("g1", "g2", condition={"expr": "n > 0"})
        .edge("g1", "end", is_default=True)
        .edge("g2", "g1", condition={"expr": "n > 0"})
        .edge("g2", "end", is_default=True)
        .graph
    )
    use(db, people.admin, "loop", graph)
    wo_id = new_order(db, people.dispatcher, setup)
    before = state(db, people.dispatcher, wo_id)
    with pytest.raises(ValidationError, match="more than 1000 automatic steps"), db.session() as session:
        workflow_engine.submit(session, people.dispatcher, wo_id, "count", {"n": 1}, expected_version=before.version)
    unchanged(db, people.dispatcher, wo_id, before)
    assert submit(db, people.dispatcher, wo_id, "count", {"n": 0}).status == "finished"


# --- parallel split and join -------------------------------------------------------------------------


def test_a_join_waits_for_every_branch(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "parallel", parallel())
    wo_id = new_order(db, people.dispatcher, setup)
    started = state(db, people.dispatcher, wo_id)
    assert [a.node_id for a in started.active] == ["power", "water"]
    assert kinds(started) == [("submit", "power"), ("submit", "water")]
    after_water = submit(db, people.dispatcher, wo_id, "water")
    assert [a.node_id for a in after_water.active] == ["power"]
    assert after_water.history[-1].to_names == []  # waiting at the join
    after_power = submit(db, people.dispatcher, wo_id, "power")
    assert [a.node_id for a in after_power.active] == ["check"]
    with db.session() as session:
        flow = session.get(WorkOrderFlow, wo_id)
        assert flow is not None and flow.joins == {}
    assert submit(db, people.dispatcher, wo_id, "check").status == "finished"


# --- approvals -------------------------------------------------------------------------------------------


def test_approval_mode_any_moves_on_with_the_first_approval(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "appr", approvals("any"))
    wo_id = new_order(db, people.dispatcher, setup)
    submit(db, people.dispatcher, wo_id, "prep")
    assert approve(db, people.finance, wo_id, "appr").status == "finished"


def test_approval_mode_all_needs_every_approver(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "appr", approvals("all"))
    wo_id = new_order(db, people.dispatcher, setup)
    submit(db, people.dispatcher, wo_id, "prep")
    half = approve(db, people.pricing, wo_id, "appr")
    (node,) = half.active
    assert (node.node_id, node.approvers, node.votes) == (
        "appr",
        ["pricing_manager", "finance"],
        {"pricing_manager": "approve"},
    )
    assert kinds(half) == [("reject", "appr")]  # voted already: only rejecting is left
    for who in (people.pricing, people.dispatcher, people.installer):
        with pytest.raises(PermissionDenied), db.session() as session:
            workflow_engine.approve(session, who, wo_id, "appr", expected_version=half.version)
    assert approve(db, people.finance, wo_id, "appr").status == "finished"


def test_approval_mode_sequential_lets_only_the_current_approver_act(
    db: Database, people: People, setup: Setup
) -> None:
    use(db, people.admin, "appr", approvals("sequential"))
    wo_id = new_order(db, people.dispatcher, setup)
    waiting = submit(db, people.dispatcher, wo_id, "prep")
    assert kinds(state(db, people.finance, wo_id)) == []
    with pytest.raises(PermissionDenied), db.session() as session:
        workflow_engine.approve(session, people.finance, wo_id, "appr", expected_version=waiting.version)
    with pytest.raises(PermissionDenied), db.session() as session:
        workflow_engine.reject(session, people.finance, wo_id, "appr", comment="不行", expected_version=waiting.version)
    approve(db, people.pricing, wo_id, "appr")
    assert kinds(state(db, people.finance, wo_id)) == [("approve", "appr"), ("reject", "appr")]
    assert approve(db, people.finance, wo_id, "appr").status == "finished"


def test_an_administrator_fills_the_next_missing_approver_once(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "appr", approvals("all"))
    wo_id = new_order(db, people.dispatcher, setup)
    submit(db, people.dispatcher, wo_id, "prep")
    first = approve(db, people.admin, wo_id, "appr")
    assert first.active[0].votes == {"pricing_manager": "approve"}
    with pytest.raises(PermissionDenied, match="already approved"), db.session() as session:
        workflow_engine.approve(session, people.admin, wo_id, "appr", expected_version=first.version)
    assert approve(db, people.finance, wo_id, "appr").status == "finished"


def test_a_rejection_goes_back_and_clears_the_votes(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "appr", approvals("all"))
    wo_id = new_order(db, people.dispatcher, setup)
    submit(db, people.dispatcher, wo_id, "prep")
    voted = approve(db, people.pricing, wo_id, "appr")
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.reject(session, people.finance, wo_id, "appr", comment="  ", expected_version=voted.version)
    assert caught.value.field == "comment"
    back = reject(db, people.finance, wo_id, "appr", "金额不对")
    assert [a.node_id for a in back.active] == ["prep"]  # no reject_to: the nearest task before it
    assert back.data["approved"] is False
    step = back.history[-1]
    assert (step.action, step.actor_name, step.from_name, step.to_names, step.comment) == (
        "reject",
        "FIN",
        "联合审批",
        ["准备"],
        "金额不对",
    )
    again = submit(db, people.dispatcher, wo_id, "prep")
    assert again.active[0].votes == {}
    assert kinds(state(db, people.pricing, wo_id)) == [("approve", "appr"), ("reject", "appr")]


def test_a_rejection_goes_to_reject_to(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "install", linear())
    wo_id = new_order(db, people.dispatcher, setup)
    submit(db, people.dispatcher, wo_id, "survey", {"quote": "800"})
    back = reject(db, people.pricing, wo_id, "approve")
    assert [a.node_id for a in back.active] == ["survey"]
    assert back.data["quote"] == "800.00"  # what was recorded stays, to be corrected


def test_only_the_assignee_or_an_administrator_submits_a_task(db: Database, people: People, setup: Setup) -> None:
    finance_user = str(people.finance.user_id)
    use(db, people.admin, "user_task", one_task(assignee=wg.Assignee("user", finance_user, "财务小王")))
    first = new_order(db, people.dispatcher, setup)
    second = new_order(db, people.dispatcher, setup)
    assert state(db, people.finance, first).active[0].assignee_label == "FIN"
    for who in (people.dispatcher, people.pricing, people.installer):
        with pytest.raises(PermissionDenied), db.session() as session:
            workflow_engine.submit(session, who, first, "work", {}, expected_version=1)
    assert submit(db, people.finance, first, "work").status == "finished"
    assert submit(db, people.admin, second, "work").status == "finished"


def test_approvers_without_work_order_rights_still_see_the_flow_they_act_on(
    db: Database, people: People, setup: Setup
) -> None:
    use(db, people.admin, "install", linear())
    wo_id = new_order(db, people.dispatcher, setup)
    with pytest.raises(PermissionDenied), db.session() as session:
        workflow_engine.flow_state(session, people.pricing, wo_id)  # nothing to do for them yet
    submit(db, people.dispatcher, wo_id, "survey", {"quote": "100"})
    assert kinds(state(db, people.pricing, wo_id)) == [("approve", "approve"), ("reject", "approve")]
    with db.session() as session, pytest.raises(NotFound):  # an installer sees only their own work orders
        workflow_engine.flow_state(session, people.installer, wo_id)


# --- returns ---------------------------------------------------------------------------------------------


def test_work_is_returned_only_to_the_allowed_targets(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "ret", returning())
    wo_id = new_order(db, people.dispatcher, setup)
    built = submit(db, people.dispatcher, wo_id, "look")
    assert kinds(built) == [("submit", "build"), ("return", "build")]
    assert built.actions[1].targets == [("look", "勘察")]
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.return_to(
            session, people.dispatcher, wo_id, "build", "end", comment="x", expected_version=built.version
        )
    assert caught.value.field == "target"
    with pytest.raises(PermissionDenied), db.session() as session:
        workflow_engine.return_to(
            session, people.installer, wo_id, "build", "look", comment="x", expected_version=built.version
        )
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.return_to(
            session, people.dispatcher, wo_id, "build", "look", comment="", expected_version=built.version
        )
    assert caught.value.field == "comment"
    with db.session() as session:
        back = workflow_engine.return_to(
            session, people.dispatcher, wo_id, "build", "look", comment="再量一次", expected_version=built.version
        )
    assert [a.node_id for a in back.active] == ["look"]
    assert (back.history[-1].action, back.history[-1].to_names, back.history[-1].comment) == (
        "return",
        ["勘察"],
        "再量一次",
    )


# --- data a task records -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "quote"),
        ({"quote": "  "}, "quote"),
        ({"quote": "12.345"}, "quote"),
        ({"quote": "十块"}, "quote"),
        ({"quote": 1.5}, "quote"),
        ({"quote": "10", "visit": "2026-13-01"}, "visit"),
        ({"quote": "10", "ok": "yes"}, "ok"),
        ({"quote": "10", "kind": "C"}, "kind"),
        ({"quote": "10", "note": 5}, "note"),
        ({"quote": "10", "bogus": "1"}, "bogus"),
        ({"quote": "10", "amount": "5"}, "amount"),
    ],
)
def test_bad_task_data_is_refused_naming_the_field(
    db: Database, people: People, setup: Setup, data: dict[str, Any], field: str
) -> None:
    use(db, people.admin, "install", linear())
    wo_id = new_order(db, people.dispatcher, setup)
    before = state(db, people.dispatcher, wo_id)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.submit(session, people.dispatcher, wo_id, "survey", data, expected_version=before.version)
    assert caught.value.field == field
    unchanged(db, people.dispatcher, wo_id, before)


def test_actions_on_the_wrong_node_are_refused(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "install", linear())
    wo_id = new_order(db, people.dispatcher, setup)
    flow = state(db, people.dispatcher, wo_id)
    with pytest.raises(ValidationError, match="is not at 经理审批"), db.session() as session:
        workflow_engine.approve(session, people.pricing, wo_id, "approve", expected_version=flow.version)
    with pytest.raises(ValidationError, match="no node nowhere"), db.session() as session:
        workflow_engine.submit(session, people.admin, wo_id, "nowhere", {}, expected_version=flow.version)
    with pytest.raises(ValidationError, match="is a task"), db.session() as session:
        workflow_engine.approve(session, people.admin, wo_id, "survey", expected_version=flow.version)


# --- versions, history and concurrency ---------------------------------------------------------------


def test_running_work_orders_keep_their_version_when_a_new_one_is_published(
    db: Database, people: People, setup: Setup
) -> None:
    use(db, people.admin, "pinned", one_task())
    old = new_order(db, people.dispatcher, setup)
    publish_new_version(db, people.admin, "pinned", two_tasks())
    new = new_order(db, people.dispatcher, setup)
    assert state(db, people.dispatcher, old).version_number == 1
    assert state(db, people.dispatcher, new).version_number == 2
    assert submit(db, people.dispatcher, old, "work").status == "finished"  # v1: 施工 → end
    moved = submit(db, people.dispatcher, new, "work")  # v2: 施工 → 回访
    assert [a.node_id for a in moved.active] == ["visit"]


def test_a_stale_version_is_refused(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "ret", returning())
    wo_id = new_order(db, people.dispatcher, setup)
    seen = state(db, people.dispatcher, wo_id)
    submit(db, people.admin, wo_id, "look")
    with pytest.raises(StaleWriteError) as caught, db.session() as session:
        workflow_engine.submit(session, people.dispatcher, wo_id, "build", {}, expected_version=seen.version)
    message = str(caught.value)
    assert number_of(db, people.admin, wo_id) in message and "管理员" in message


def test_due_times_count_business_hours_around_holidays(
    db: Database, people: People, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as session:
        work_calendar.set_days(
            session, people.admin, [(dt.date(2026, 9, 30), False, "节前"), (dt.date(2026, 10, 1), False, "国庆节")]
        )
    use(db, people.admin, "sla", one_task(sla=4))
    tuesday = dt.datetime(2026, 9, 29, 16, 0, tzinfo=SH)
    monkeypatch.setattr(workflow_engine, "utcnow", lambda: tuesday.astimezone(dt.UTC))
    wo_id = new_order(db, people.dispatcher, setup)
    (node,) = state(db, people.dispatcher, wo_id).active
    # 16:00–18:00 on Tuesday, the 30th and the 1st are holidays, then 09:00–11:00 on Friday the 2nd.
    due = dt.datetime(2026, 10, 2, 11, 0, tzinfo=SH)
    assert (node.entered_at, node.due_at, node.overdue) == (tuesday, due, False)
    with db.session() as session:
        flow = session.get(WorkOrderFlow, wo_id)
        assert flow is not None and flow.due_at == due
    monkeypatch.setattr(workflow_engine, "utcnow", lambda: (due + dt.timedelta(minutes=1)).astimezone(dt.UTC))
    assert state(db, people.dispatcher, wo_id).active[0].overdue


# --- batches -----------------------------------------------------------------------------------------------


def test_advance_many_is_all_or_nothing(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "install", linear())
    ids = [new_order(db, people.dispatcher, setup) for _ in range(3)]
    before = [state(db, people.dispatcher, i) for i in ids]
    items: list[tuple[uuid.UUID, str, Mapping[str, Any]]] = [
        (ids[0], "survey", {"quote": "100"}),
        (ids[1], "survey", {"quote": "200"}),
        (ids[2], "survey", {"note": "忘了报价"}),
    ]
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.advance_many(session, people.dispatcher, items)
    assert caught.value.field == "quote"
    assert number_of(db, people.admin, ids[2]) in str(caught.value)
    for wo_id, seen in zip(ids, before, strict=True):
        unchanged(db, people.dispatcher, wo_id, seen)
    items[2] = (ids[2], "survey", {"quote": "300"})
    with db.session() as session:
        assert workflow_engine.advance_many(session, people.dispatcher, items) == 3
    assert [state(db, people.dispatcher, i).data["quote"] for i in ids] == ["100.00", "200.00", "300.00"]
    with db.session() as session:
        workflow_engine.advance_many(session, people.pricing, [(i, "approve", {}) for i in ids])
    assert {state(db, people.admin, i).status for i in ids} == {"finished"}
    with db.session() as session:
        steps = session.scalar(select(func.count()).select_from(WorkOrderFlowStep))
        audits = session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("workflow.%"))).all()
    assert steps == 3 * 4
    assert sorted(audits) == ["workflow.approve"] * 3 + ["workflow.start"] * 3 + ["workflow.submit"] * 3


def test_advance_many_refuses_what_the_actor_may_not_do(db: Database, people: People, setup: Setup) -> None:
    use(db, people.admin, "install", linear())
    wo_id = new_order(db, people.dispatcher, setup)
    with pytest.raises(PermissionDenied) as caught, db.session() as session:
        workflow_engine.advance_many(session, people.finance, [(wo_id, "survey", {"quote": "1"})])
    assert number_of(db, people.admin, wo_id) in str(caught.value)


def test_advance_many_refuses_a_flow_changed_after_it_was_read(
    db: Database, people: People, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(db, people.admin, "one", one_task())
    ids = [new_order(db, people.dispatcher, setup) for _ in range(2)]
    read_facts = workflow_engine._fill_facts

    def meanwhile(session: Any, actor: Actor, works: Any) -> None:
        # Someone else's write between reading the flows and writing them (the lock prevents it
        # on PostgreSQL across connections; the version check is the guard that remains).
        read_facts(session, actor, works)
        session.execute(
            update(WorkOrderFlow)
            .where(WorkOrderFlow.work_order_id == ids[1])
            .values(version=WorkOrderFlow.version + 1, updated_by_id=people.finance.user_id)
            .execution_options(synchronize_session=False)
        )

    monkeypatch.setattr(workflow_engine, "_fill_facts", meanwhile)
    with pytest.raises(StaleWriteError) as caught, db.session() as session:
        workflow_engine.advance_many(session, people.dispatcher, [(i, "work", {}) for i in ids])
    assert number_of(db, people.admin, ids[1]) in str(caught.value) and "FIN" in str(caught.value)
    monkeypatch.setattr(workflow_engine, "_fill_facts", read_facts)
    assert [at(db, people.dispatcher, i) for i in ids] == [["work"], ["work"]]


# --- starting --------------------------------------------------------------------------------------------


def test_start_flow_chooses_the_workflow_by_rules(db: Database, people: People, setup: Setup) -> None:
    for key in ("wf_all", "wf_group", "wf_province", "wf_repair"):
        publish(db, people.admin, key, one_task())
    # Created before any rule exists: no workflow yet.
    orders = {
        "gz_install": new_order(db, people.dispatcher, setup),
        "fs_install": new_order(db, people.dispatcher, setup, region_code=FOSHAN_CHANCHENG),
        "fs_repair": new_order(db, people.dispatcher, setup, region_code=FOSHAN_CHANCHENG, scenario="维修"),
        "cs_repair": new_order(db, people.dispatcher, setup, region_code=CHANGSHA_FURONG, scenario="维修"),
    }
    group = setup.cat.groups["一线城市"]  # 广州 and 深圳
    route(db, people.admin, "wf_all")
    route(db, people.admin, "wf_group", "一线城市", region_group_id=group)
    route(db, people.admin, "wf_province", "广东", region_code="440000")
    route(db, people.admin, "wf_repair", "广东维修", region_code="440000", scenario="维修")
    chosen = {}
    for name, wo_id in orders.items():
        with db.session() as session:
            chosen[name] = workflow_engine.start_flow(session, people.dispatcher, wo_id).workflow_key
    assert chosen == {
        "gz_install": "wf_group",  # the group matches 广州 at city depth: more specific than the province
        "fs_install": "wf_province",
        "fs_repair": "wf_repair",  # same region depth, one more matched dimension
        "cs_repair": "wf_all",
    }
    with pytest.raises(ValidationError, match="already follows the workflow 流程wf_group"), db.session() as session:
        workflow_engine.start_flow(session, people.dispatcher, orders["gz_install"])
    with db.session() as session:
        rule_ids = {session.get(WorkOrderFlow, i).rule_id for i in orders.values()}  # type: ignore[union-attr]
    assert len(rule_ids) == 4


def test_start_flow_by_key_needs_a_published_version(db: Database, people: People, setup: Setup) -> None:
    with db.session() as session:
        workflows.create_definition(session, people.admin, key="draft_only", name="草稿", graph=one_task())
    publish(db, people.admin, "ready", one_task())
    wo_id = new_order(db, people.dispatcher, setup)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.start_flow(session, people.dispatcher, wo_id, key="draft_only")
    assert caught.value.field == "key"
    with pytest.raises(PermissionDenied), db.session() as session:
        workflow_engine.start_flow(session, people.finance, wo_id, key="ready")
    with db.session() as session:
        started = workflow_engine.start_flow(session, people.dispatcher, wo_id, key="ready")
    assert (started.workflow_key, [a.node_id for a in started.active]) == ("ready", ["work"])


def test_start_flows_if_configured_starts_many_and_skips_the_rest(db: Database, people: People, setup: Setup) -> None:
    publish(db, people.admin, "repair", one_task())
    ids = [new_order(db, people.dispatcher, setup, scenario=s) for s in ("维修", "安装", "维修")]
    route(db, people.admin, "repair", "维修", scenario="维修")
    with db.session() as session:
        assert workflow_engine.start_flows_if_configured(session, people.dispatcher, [*ids, ids[0]]) == 2
        assert workflow_engine.start_flows_if_configured(session, people.dispatcher, ids) == 0  # already running
    with db.session() as session:
        assert workflow_engine.flow_state(session, people.dispatcher, ids[1]) is None


def test_a_work_order_whose_workflow_cannot_start_is_still_created(db: Database, people: People, setup: Setup) -> None:
    graph = (
        GraphBuilder()
        .node("start", wg.START)
        .node("gate", wg.EXCLUSIVE, "金额判断")
        .node("big", wg.TASK, "大单", assignee=DISPATCHER)
        .node("huge", wg.TASK, "特大单", assignee=DISPATCHER)
        .node("end", wg.END)
        .edge("start", "gate")
        .edge("gate", "big", condition={"expr": "amount >= 1000"})
        .edge("gate", "huge", condition={"expr": "amount >= 100000"})
        .edge("big", "end")
        .edge("huge", "end")
        .graph
    )
    use(db, people.admin, "strict", graph)
    wo_id = new_order(db, people.dispatcher, setup)
    with db.session() as session:
        assert workflow_engine.flow_state(session, people.dispatcher, wo_id) is None
    with pytest.raises(ValidationError, match="No matching path at gateway 金额判断"), db.session() as session:
        workflow_engine.start_flow(session, people.dispatcher, wo_id)


# --- the gateway choice, as a property -----------------------------------------------------------------

EDGES = st.lists(
    st.tuples(st.integers(min_value=-3, max_value=3), st.integers(min_value=0, max_value=20)),
    min_size=1,
    max_size=6,
)


@given(EDGES, st.one_of(st.none(), st.integers(min_value=0, max_value=5)), st.integers(min_value=-1, max_value=21))
def test_a_gateway_takes_the_first_true_edge_by_priority_then_id_else_the_default(
    edges: list[tuple[int, int]], default_at: int | None, x: int
) -> None:
    graph = wg.WorkflowGraph()
    graph.nodes["gate"] = wg.Node("gate", wg.EXCLUSIVE, "判断")
    for i, (priority, threshold) in enumerate(edges):
        target = f"t{i}"
        graph.nodes[target] = wg.Node(target, wg.TASK, target)
        is_default = default_at == i
        condition = None if is_default else {"all": [{"field": "x", "op": ">=", "value": threshold}]}
        edge_id = f"e{(i * 7) % 10}{i}"  # ids not in list order, so the id tie-break matters
        graph.edges[edge_id] = wg.Edge(
            edge_id, "gate", target, priority=priority, condition=condition, is_default=is_default
        )
    ordered = sorted(graph.edges.values(), key=lambda e: (e.priority, e.id))
    true_edges = [e for e in ordered if not e.is_default and x >= edges[int(e.target[1:])][1]]
    defaults = [e for e in ordered if e.is_default]
    expected = true_edges[0] if true_edges else (defaults[0] if defaults else None)
    chosen = workflow_engine.choose_edge(workflow_engine.FlowGraph(graph), "gate", {"x": Decimal(x)})
    assert chosen == expected
