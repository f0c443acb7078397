"""Demo workflows: the standard installation flow from first contact to the follow-up call, and a
short repair flow with a cost approval. Both are published, and workflow rules choose the repair
flow for 维修 and the installation flow for everything else.

The installation flow's nodes attach the demo forms (``demo_forms``): the survey at 需求分析, the
quotation at 方案报价 (its computed ``quote`` decides whether 经理审批 is needed), the installation
record at 上门安装 and the follow-up with the customer's signature at 售后回访 (its ``satisfaction``
decides whether 客诉处理 follows). The repair flow's 维修回访 uses the same follow-up form.

Graphs are written out here node by node (not drawn), with a hand-made layout in stage columns.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from scrm_desktop.services import forms, workflow_rules, workflows
from scrm_desktop.services import workflow_graph as wg
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
        form_key="site_survey", field_permissions={"visit_on": "required"},
    )  # fmt: skip
    b.node(
        "quote", wg.TASK, "方案报价", "presales", (3, 0), assignee=_role("dispatcher"), sla_hours=16,
        form_key="quotation",
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
        form_key="installation", field_permissions={"parts_used": "editable", "install_notes": "required"},
    )  # fmt: skip
    b.node("ready", wg.JOIN, "汇合", "sales", (8, 0))
    b.node(
        "acceptance", wg.APPROVAL, "验收确认", "sales", (9, 0), approvers=[_role("dispatcher")], approval_mode="any",
        sla_hours=16,
    )  # fmt: skip
    b.node(
        "follow_up", wg.TASK, "售后回访", "aftersales", (10, 0), assignee=_role("dispatcher"), sla_hours=72,
        form_key="follow_up", field_permissions={"issues": "editable", "complaint": "editable"},
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
        form_key="follow_up",
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


# How far the demo moves each work order along its workflow, by the work order's status. Work in
# progress alternates: half waits at 方案报价 (its quotation form open), half went on to the work on
# site, their quotes' lines on the work order.
STEPS_BY_STATUS = {"completed": 40, "in_progress": 5, "assigned": 2, "cancelled": 0, "draft": 0}
EARLY_IN_PROGRESS = 2
SAMPLE_TEXT = {
    "contact_notes": "客户希望周末上门",
    "contract_no": "HT-2026-0815",
    "resolution": "回访致歉并赠送一次清洗服务",
    "fault": "制冷效果差，外机有异响",
}
# What the quotation and the installation record list for an open work order (demo catalog codes);
# a completed work order's lines are frozen, so its forms list none.
QUOTE_LINES = (("S-AC-WALL-1", "2"), ("P-CU-6-9", "6"), ("P-BR-AC-S", "2"))
PARTS_USED = (("P-CS-INSULATION", "3"),)
FALLBACK_REGION = "440106"  # 广州市天河区


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


def png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    """A PNG image (8-bit RGB) whose pixel at (x, y) is ``pixel(x, y)`` → (r, g, b), built without Qt."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _photo(sky: tuple[int, int, int]) -> bytes:
    """A small site photo: sky, a wall with an outdoor unit on its bracket."""

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if 44 <= x < 84 and 20 <= y < 44:
            return (236, 239, 241) if not (50 <= x < 66 and 26 <= y < 38) else (96, 125, 139)  # the unit, its fan
        if 44 <= x < 84 and 44 <= y < 47:
            return (69, 90, 100)  # the bracket
        return sky if y < 16 else (215, 204, 200)  # sky above the wall

    return png(128, 72, pixel)


def _signature() -> bytes:
    """A signature: a dark zigzag stroke on white."""

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        wave = 24 + abs((x % 32) - 16)  # a triangle wave between rows 24 and 40
        return (33, 33, 33) if 10 <= x < 150 and abs(y - wave) <= 1 else (255, 255, 255)

    return png(160, 64, pixel)


def _demo_files(session: Session, actor: Actor) -> dict[str, Any]:
    """The photos and the signature the demo forms refer to, stored once."""
    return {
        "photos": [
            forms.store_file(session, actor, "安装前.png", "image/png", _photo((144, 202, 249))),
            forms.store_file(session, actor, "安装后.png", "image/png", _photo((100, 181, 246))),
        ],
        "signature": forms.store_file(session, actor, "签名.png", "image/png", _signature()),
    }


def _lines(pairs: tuple[tuple[str, str], ...], status: str) -> list[dict[str, str]]:
    return [] if status == "completed" else [{"item": code, "quantity": qty} for code, qty in pairs]


def _form_sample(key: str, n: int, status: str, region: str | None, files: dict[str, Any]) -> dict[str, Any]:
    """Valid data for a demo form at a demo work order (``n`` varies the answers)."""
    if key == "site_survey":
        survey = n % 2 == 0
        return {
            "contact_person": ("刘女士", "陈先生", "黄女士", "李先生")[n % 4],
            "contact_phone": f"138{n:08d}",
            "site_region": region or FALLBACK_REGION,
            "visit_on": "2026-11-02",
            "house_type": ("住宅", "商铺", "办公室")[n % 3],
            "units": str(1 + n % 3),
            "needs_survey": survey,
            **({"survey_note": "确认外机位置与承重"} if survey else {}),
            "requirement": "客厅及两间卧室各装一台空调",
        }
    if key == "quotation":
        return {
            "quote_lines": _lines(QUOTE_LINES, status),
            "labour": "6800.00" if n % 3 == 0 else "3200.00",
            "discount": "200.00" if n % 2 else "0.00",
            "valid_until": "2026-12-31",
            "quote_note": "含 3 米内管路，超出部分按米计费",
        }
    if key == "installation":
        return {
            "parts_used": _lines(PARTS_USED, status),
            "site_photos": files["photos"],
            "install_notes": "室外机加装支架，已试机",
            "finished_at": "2026-11-02T16:30:00+08:00",
        }
    if key == "follow_up":
        unhappy = n % 5 == 0  # 一般: the follow-up goes through complaint handling
        return {
            "satisfaction": "一般" if unhappy else "非常满意",
            "issues": ["上门迟到"] if unhappy else [],
            **({"complaint": "师傅迟到半小时"} if unhappy else {}),
            "signature": files["signature"],
        }
    return {}


def _steps_for(status: str, n: int) -> int:
    if status == "in_progress" and n % 2 == 0:
        return EARLY_IN_PROGRESS
    return STEPS_BY_STATUS.get(status, 0)


def advance_demo_flows(session: Session, actor: Actor) -> int:
    """Move the demo work orders along their workflows as far as their status suggests; returns
    the number of steps taken. One batch per round, each work order one node per round."""
    from sqlalchemy import select

    from scrm_desktop.models import WorkflowVersion, WorkOrder, WorkOrderFlow
    from scrm_desktop.services import workflow_engine

    rows = session.execute(
        select(WorkOrderFlow.work_order_id, WorkOrderFlow.workflow_version_id, WorkOrder.status, WorkOrder.region_code)
        .join(WorkOrder, WorkOrder.id == WorkOrderFlow.work_order_id)
        .order_by(WorkOrder.number)
    ).all()
    graphs = {
        v.id: wg.WorkflowGraph.from_json(v.graph)
        for v in session.scalars(select(WorkflowVersion).where(WorkflowVersion.id.in_({r[1] for r in rows})))
    }
    plan = {wo_id: (n, version_id, status, _steps_for(status, n)) for n, (wo_id, version_id, status, _r) in
            enumerate(rows)}  # fmt: skip
    regions = {row[0]: row[3] for row in rows}
    files = _demo_files(session, actor) if rows else {}
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
            if node.form_key:
                data = _form_sample(node.form_key, n, status, regions[wo_id], files)
            else:
                data = {o.key: _sample(o, n, status) for o in node.outputs}
            items.append((wo_id, node.id, data))
        if not items:
            break
        taken += workflow_engine.advance_many(session, actor, items)
        session.expire_all()
    return taken
