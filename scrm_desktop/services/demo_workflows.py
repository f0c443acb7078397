"""Demo workflows: the standard installation flow from first contact to the follow-up call, and a
short repair flow with a cost approval. Both are published, and workflow rules choose the repair
flow for 维修 and the installation flow for everything else.

Graphs are written out here node by node (not drawn), with a hand-made layout in stage columns.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services import workflow_rules, workflows
from scrm_desktop.services.permissions import Actor

COLUMN = 180
ROW = 110


class _Builder:
    """Nodes placed on a grid of columns and rows; edges by node key."""

    def __init__(self) -> None:
        self.graph = wg.WorkflowGraph()
        self.ids: dict[str, str] = {}

    def node(self, key: str, type_: str, name: str, stage: str, at: tuple[int, int], **props: object) -> str:
        col, row = at
        node = wg.Node(wg.new_node_id(), type_, name, stage=stage)
        for attr, value in props.items():
            setattr(node, attr, value)
        self.graph.nodes[node.id] = node
        self.graph.set_position(node.id, 100 + col * COLUMN, 140 + row * ROW)
        self.ids[key] = node.id
        return node.id

    def edge(self, source: str, target: str, label: str = "", **props: object) -> None:
        edge = wg.Edge(wg.new_node_id("e"), self.ids[source], self.ids[target], label=label)
        for attr, value in props.items():
            setattr(edge, attr, value)
        self.graph.edges[edge.id] = edge


def _role(name: str) -> wg.Assignee:
    return wg.Assignee("role", name)


def install_graph() -> wg.WorkflowGraph:
    b = _Builder()
    b.node("start", wg.START, "接单", "presales", (0, 0))
    b.node(
        "contact", wg.TASK, "初步沟通", "presales", (1, 0), assignee=_role("dispatcher"), sla_hours=4,
        outputs=[
            wg.Output("contact_result", "联系结果", "choice", True, ["已联系", "未接通"]),
            wg.Output("contact_notes", "沟通记录", "text"),
        ],
    )  # fmt: skip
    b.node(
        "analysis", wg.TASK, "需求分析", "presales", (2, 0), assignee=_role("dispatcher"), sla_hours=8,
        outputs=[wg.Output("site_survey", "需上门勘察", "bool"), wg.Output("requirement", "需求说明", "text")],
    )  # fmt: skip
    b.node(
        "quote", wg.TASK, "方案报价", "presales", (3, 0), assignee=_role("dispatcher"), sla_hours=16,
        outputs=[wg.Output("quote", "报价金额", "money", True)],
    )  # fmt: skip
    b.node("quote_check", wg.EXCLUSIVE, "报价审核", "presales", (4, 0))
    b.node(
        "manager", wg.APPROVAL, "经理审批", "presales", (4, 1), approvers=[_role("pricing_manager")],
        approval_mode="any", sla_hours=8,
    )  # fmt: skip
    b.node(
        "contract", wg.TASK, "签约", "sales", (5, 0), assignee=_role("dispatcher"), sla_hours=24,
        outputs=[wg.Output("contract_no", "合同编号", "text", True), wg.Output("signed_on", "签约日期", "date")],
    )  # fmt: skip
    b.node("prepare", wg.SPLIT, "并行准备", "sales", (6, 0))
    b.node(
        "parts", wg.TASK, "备件领用", "sales", (7, -1), assignee=_role("dispatcher"), sla_hours=8,
        outputs=[wg.Output("parts_ready", "备件已领", "bool", True)],
    )  # fmt: skip
    b.node(
        "install", wg.TASK, "上门安装", "sales", (7, 1), assignee=_role("installer"), sla_hours=24,
        outputs=[wg.Output("install_notes", "安装记录", "text")],
    )  # fmt: skip
    b.node("ready", wg.JOIN, "汇合", "sales", (8, 0))
    b.node(
        "acceptance", wg.APPROVAL, "验收确认", "sales", (9, 0), approvers=[_role("dispatcher")], approval_mode="any",
        sla_hours=16,
    )  # fmt: skip
    b.node(
        "follow_up", wg.TASK, "售后回访", "aftersales", (10, 0), assignee=_role("dispatcher"), sla_hours=72,
        outputs=[wg.Output("satisfaction", "满意度", "choice", True, ["非常满意", "满意", "一般", "不满意"])],
    )  # fmt: skip
    b.node("satisfied", wg.EXCLUSIVE, "是否满意", "aftersales", (11, 0))
    b.node(
        "complaint", wg.TASK, "客诉处理", "aftersales", (11, 1), assignee=_role("dispatcher"), sla_hours=24,
        outputs=[wg.Output("resolution", "处理结果", "text", True)],
    )  # fmt: skip
    b.node("end", wg.END, "完成", "aftersales", (12, 0))
    g = b.graph
    g.nodes[b.ids["manager"]].reject_to = b.ids["quote"]
    g.nodes[b.ids["acceptance"]].reject_to = b.ids["install"]
    g.nodes[b.ids["follow_up"]].return_to = [b.ids["install"]]
    b.edge("start", "contact")
    b.edge("contact", "analysis")
    b.edge("analysis", "quote")
    b.edge("quote", "quote_check")
    b.edge(
        "quote_check", "manager", "报价 ≥ 5000", priority=1,
        condition={"all": [{"field": "quote", "op": ">=", "value": 5000}]},
    )  # fmt: skip
    b.edge("quote_check", "contract", "其他", priority=2, is_default=True)
    b.edge("manager", "contract")
    b.edge("contract", "prepare")
    b.edge("prepare", "parts")
    b.edge("prepare", "install")
    b.edge("parts", "ready")
    b.edge("install", "ready")
    b.edge("ready", "acceptance")
    b.edge("acceptance", "follow_up")
    b.edge("follow_up", "satisfied")
    b.edge(
        "satisfied", "complaint", "一般或不满意", priority=1,
        condition={"all": [{"field": "satisfaction", "op": "in", "value": ["一般", "不满意"]}]},
    )  # fmt: skip
    b.edge("satisfied", "end", "满意", priority=2, is_default=True)
    b.edge("complaint", "end")
    return g


def repair_graph() -> wg.WorkflowGraph:
    b = _Builder()
    b.node("start", wg.START, "报修", "presales", (0, 0))
    b.node(
        "accept", wg.TASK, "报修受理", "presales", (1, 0), assignee=_role("dispatcher"), sla_hours=2,
        outputs=[wg.Output("fault", "故障描述", "text", True)],
    )  # fmt: skip
    b.node(
        "repair", wg.TASK, "上门维修", "sales", (2, 0), assignee=_role("installer"), sla_hours=24,
        outputs=[wg.Output("parts_cost", "备件费用", "money", True), wg.Output("fixed", "已修复", "bool")],
    )  # fmt: skip
    b.node("cost_check", wg.EXCLUSIVE, "费用判断", "sales", (3, 0))
    b.node(
        "cost_approval", wg.APPROVAL, "费用审批", "sales", (3, 1),
        approvers=[_role("finance"), _role("pricing_manager")], approval_mode="all", sla_hours=8,
    )  # fmt: skip
    b.node(
        "visit", wg.TASK, "维修回访", "aftersales", (4, 0), assignee=_role("dispatcher"), sla_hours=48,
        outputs=[wg.Output("satisfaction", "满意度", "choice", True, ["满意", "一般", "不满意"])],
    )  # fmt: skip
    b.node("end", wg.END, "结束", "aftersales", (5, 0))
    b.graph.nodes[b.ids["cost_approval"]].reject_to = b.ids["repair"]
    b.edge("start", "accept")
    b.edge("accept", "repair")
    b.edge("repair", "cost_check")
    b.edge(
        "cost_check", "cost_approval", "备件费 > 500", priority=1,
        condition={"all": [{"field": "parts_cost", "op": ">", "value": 500}]},
    )  # fmt: skip
    b.edge("cost_check", "visit", "其他", priority=2, is_default=True)
    b.edge("cost_approval", "visit")
    b.edge("visit", "end")
    return b.graph


DEMO_WORKFLOWS = (
    ("install_standard", "安装标准流程", "初步沟通 → 需求分析 → 方案报价 → 签约 → 实施 → 售后回访", install_graph),
    ("repair_fast", "维修快速流程", "报修受理 → 上门维修 → 费用审批（备件费超过 500 元）→ 回访", repair_graph),
)


def load_demo_workflows(session: Session, actor: Actor) -> int:
    """Create, publish and route the demo workflows; returns how many were created."""
    for key, name, description, build in DEMO_WORKFLOWS:
        draft = workflows.create_definition(session, actor, key=key, name=name, description=description, graph=build())
        workflows.publish(session, actor, draft.id, expected_version=draft.version, note="演示数据")
    workflow_rules.create_workflow_rule(session, actor, name="默认走安装标准流程", definition_key="install_standard")
    workflow_rules.create_workflow_rule(
        session, actor, name="维修走快速流程", definition_key="repair_fast", scenario="维修", priority=10
    )
    return len(DEMO_WORKFLOWS)


# How far the demo moves each work order along its workflow, by the work order's status.
STEPS_BY_STATUS = {"completed": 40, "in_progress": 4, "assigned": 2, "cancelled": 0, "draft": 0}
SAMPLE_TEXT = {
    "contact_notes": "客户希望周末上门",
    "requirement": "客厅及两间卧室各装一台空调",
    "contract_no": "HT-2026-0815",
    "install_notes": "室外机加装支架，已试机",
    "resolution": "回访致歉并赠送一次清洗服务",
    "fault": "制冷效果差，外机有异响",
}


def _sample(output: wg.Output, n: int, status: str) -> object:
    """A plausible answer for a node's data field; ``n`` varies the answers between work orders."""
    if output.type == "money":
        if output.key == "parts_cost":
            return "680.00" if status != "completed" and n % 2 else "320.00"
        return "6800.00" if n % 3 == 0 else "3200.00"
    if output.type == "bool":
        return True
    if output.type == "date":
        return "2026-11-02"
    if output.type == "choice":
        if output.key == "satisfaction" and n % 5 == 0 and len(output.options) > 2:
            return output.options[-2]  # 一般: the follow-up goes through complaint handling
        return output.options[0] if output.options else ""
    if output.type == "number":
        return "1"
    return SAMPLE_TEXT.get(output.key, "已完成")


def advance_demo_flows(session: Session, actor: Actor) -> int:
    """Move the demo work orders along their workflows as far as their status suggests; returns
    the number of steps taken. One batch per round, each work order one node per round."""
    from sqlalchemy import select

    from scrm_desktop.models import WorkflowVersion, WorkOrder, WorkOrderFlow
    from scrm_desktop.services import workflow_engine

    rows = session.execute(
        select(WorkOrderFlow.work_order_id, WorkOrderFlow.workflow_version_id, WorkOrder.status)
        .join(WorkOrder, WorkOrder.id == WorkOrderFlow.work_order_id)
        .order_by(WorkOrder.number)
    ).all()
    graphs = {
        v.id: wg.WorkflowGraph.from_json(v.graph)
        for v in session.scalars(select(WorkflowVersion).where(WorkflowVersion.id.in_({r[1] for r in rows})))
    }
    plan = {wo_id: (n, version_id, status, STEPS_BY_STATUS.get(status, 0)) for n, (wo_id, version_id, status) in
            enumerate(rows)}  # fmt: skip
    taken = 0
    for round_ in range(max(STEPS_BY_STATUS.values())):
        due = [wo_id for wo_id, (_n, _v, _s, steps) in plan.items() if steps > round_]
        flows = {
            f.work_order_id: f
            for f in session.scalars(select(WorkOrderFlow).where(WorkOrderFlow.work_order_id.in_(due)))
            if f.status == "running" and f.tokens
        }
        items = []
        for wo_id, flow in flows.items():
            n, version_id, status, _steps = plan[wo_id]
            node = graphs[version_id].nodes[flow.tokens[0]["node"]]
            if node.type == wg.APPROVAL and node.approval_mode == "all" and len(node.approvers) > 1:
                continue  # waits for a second approver: the demo's one signed-in user cannot give both votes
            items.append((wo_id, node.id, {o.key: _sample(o, n, status) for o in node.outputs}))
        if not items:
            break
        taken += workflow_engine.advance_many(session, actor, items)
        session.expire_all()
    return taken
