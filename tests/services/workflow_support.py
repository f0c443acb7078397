"""Small workflow graphs built in code for the workflow tests (not a test module)."""

from __future__ import annotations

from typing import Any

from scrm_desktop.services import workflow_graph as wg


class GraphBuilder:
    """Nodes and edges by short names; ids are the names themselves (valid NCNames)."""

    def __init__(self) -> None:
        self.graph = wg.WorkflowGraph()
        self.col = 0

    def node(self, node_id: str, type_: str, name: str = "", **props: Any) -> GraphBuilder:
        node = wg.Node(node_id, type_, name or node_id, stage=props.pop("stage", "presales"))
        if type_ == wg.TASK and "assignee" not in props:
            props["assignee"] = wg.Assignee("role", "dispatcher")
        if type_ == wg.APPROVAL and "approvers" not in props:
            props["approvers"] = [wg.Assignee("role", "pricing_manager")]
        for attr, value in props.items():
            setattr(node, attr, value)
        self.graph.nodes[node_id] = node
        self.graph.set_position(node_id, 100 + 180 * self.col, 100)
        self.col += 1
        return self

    def edge(self, source: str, target: str, **props: Any) -> GraphBuilder:
        edge = wg.Edge(f"{source}__{target}", source, target)
        for attr, value in props.items():
            setattr(edge, attr, value)
        self.graph.edges[edge.id] = edge
        return self


def linear() -> wg.WorkflowGraph:
    """start → survey (task recording a quote) → check (gateway) → approve | sign → end."""
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node("survey", wg.TASK, "需求分析", outputs=[wg.Output("quote", "报价", "money", True)])
        .node("check", wg.EXCLUSIVE, "报价判断")
        .node("approve", wg.APPROVAL, "经理审批", reject_to="survey")
        .node("sign", wg.TASK, "签约", stage="sales")
        .node("end", wg.END, stage="aftersales")
        .edge("start", "survey")
        .edge("survey", "check")
        .edge("check", "approve", priority=1, condition={"all": [{"field": "quote", "op": ">=", "value": 5000}]})
        .edge("check", "sign", priority=2, is_default=True)
        .edge("approve", "sign")
        .edge("sign", "end")
        .graph
    )
