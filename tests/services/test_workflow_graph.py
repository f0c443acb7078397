"""The workflow graph: validation rules, checksum apart from layout, JSON round trip, diff."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st
from workflow_support import GraphBuilder, linear

from scrm_desktop.services import workflow_graph as wg


def messages(graph: wg.WorkflowGraph) -> list[str]:
    return [p.message for p in wg.errors(wg.validate(graph))]


def test_a_complete_workflow_has_no_errors() -> None:
    assert messages(linear()) == []


def test_start_and_end_are_required_and_unique() -> None:
    g = linear()
    del g.nodes["end"]
    g.edges = {k: e for k, e in g.edges.items() if e.target != "end"}
    assert "The workflow has no end node." in messages(g)
    g = linear()
    g.nodes["start2"] = wg.Node("start2", wg.START, "再开始")
    problems = wg.errors(wg.validate(g))
    assert any(p.node_id == "start2" and "more than one start" in p.message for p in problems)


def test_unreachable_and_dead_end_nodes_are_named() -> None:
    g = linear()
    g.nodes["orphan"] = wg.Node("orphan", wg.TASK, "孤立任务", assignee=wg.Assignee("role", "dispatcher"))
    g.edges["orphan__end"] = wg.Edge("orphan__end", "orphan", "end")
    problems = wg.errors(wg.validate(g))
    expected = "Node 孤立任务 cannot be reached from the start."
    assert any(p.node_id == "orphan" and p.message == expected for p in problems)
    g = linear()
    g.nodes["dead"] = wg.Node("dead", wg.EXCLUSIVE, "死路")
    g.edges["survey__dead"] = wg.Edge("survey__dead", "survey", "dead")
    assert "Node 死路 cannot reach an end." in messages(g)


def test_gateway_edges_need_conditions_and_at_most_one_default() -> None:
    g = linear()
    g.edges["check__approve"].condition = None
    assert any("needs a condition or must be the default" in m for m in messages(g))
    g = linear()
    g.edges["check__approve"].condition = None
    g.edges["check__approve"].is_default = True
    assert "Node 报价判断: a gateway may have only one default edge." in messages(g)


def test_conditions_may_only_read_fields_recorded_upstream() -> None:
    g = linear()
    g.edges["check__approve"].condition = {"all": [{"field": "signed_amount", "op": ">", "value": 1}]}
    assert any("reads 'signed_amount', which no earlier node records" in m for m in messages(g))
    # Work-order fields are always there.
    g.edges["check__approve"].condition = {"expr": "amount > 1000 and scenario == '安装'"}
    assert messages(g) == []


def test_malformed_condition_is_an_error_on_its_edge() -> None:
    g = linear()
    g.edges["check__approve"].condition = {"all": [{"field": "quote", "op": "~=", "value": 1}]}
    problems = wg.errors(wg.validate(g))
    assert [p.edge_id for p in problems] == ["check__approve"]


def test_human_nodes_need_assignees_and_positive_sla() -> None:
    g = linear()
    g.nodes["sign"].assignee = None
    g.nodes["approve"].approvers = []
    g.nodes["survey"].sla_hours = 0
    found = messages(g)
    assert "Node 签约: the task has no assignee." in found
    assert "Node 经理审批: the approval has no approvers." in found
    assert "Node 需求分析: the SLA must be a positive number of hours." in found


def test_reject_target_must_be_upstream() -> None:
    g = linear()
    g.nodes["approve"].reject_to = "end"
    assert "Node 经理审批: a rejection must go back to a node before the approval." in messages(g)


def test_foreign_condition_blocks_until_reviewed() -> None:
    g = linear()
    g.edges["check__approve"].condition = None
    g.edges["check__approve"].foreign_condition = {"language": "JUEL", "body": "${quote > 5000}"}
    assert any("JUEL condition needs review" in m for m in messages(g))


def test_parallel_split_and_join_shape() -> None:
    g = (
        GraphBuilder()
        .node("start", wg.START)
        .node("split", wg.SPLIT)
        .node("a", wg.TASK)
        .node("b", wg.TASK)
        .node("join", wg.JOIN)
        .node("end", wg.END)
        .edge("start", "split")
        .edge("split", "a")
        .edge("split", "b")
        .edge("a", "join")
        .edge("b", "join")
        .edge("join", "end")
        .graph
    )
    assert messages(g) == []
    del g.edges["b__join"]
    g.edges["b__end"] = wg.Edge("b__end", "b", "end")
    assert any("parallel join needs two or more incoming edges" in m for m in messages(g))


def test_moving_a_node_does_not_change_the_checksum_but_renaming_does() -> None:
    g = linear()
    before = wg.checksum(g)
    g.set_position("survey", 999, 555)
    g.ui["edges"]["survey__check"] = {"points": [[1, 2], [3, 4]]}
    assert wg.checksum(g) == before
    g.nodes["survey"].name = "现场勘察"
    assert wg.checksum(g) != before


def test_json_round_trip_keeps_semantics_and_layout() -> None:
    g = linear()
    g.extensions = {"bpmn": {"annotations": ["<x/>"]}}
    again = wg.WorkflowGraph.from_json(g.to_json(), g.ui)
    assert again.semantic_json() == g.semantic_json()
    assert again.position("survey") == g.position("survey")
    assert again.extensions == g.extensions


def test_from_json_refuses_duplicate_ids_and_garbage() -> None:
    data = linear().to_json()
    data["nodes"].append(copy.deepcopy(data["nodes"][0]))
    with pytest.raises(wg.ValidationError, match="appears twice"):
        wg.WorkflowGraph.from_json(data)
    with pytest.raises(wg.ValidationError):
        wg.WorkflowGraph.from_json([])  # type: ignore[arg-type]
    odd = wg.WorkflowGraph.from_json({"nodes": ["x", {"id": "n", "type": "task"}], "edges": [5]}, {"nodes": 3})
    assert list(odd.nodes) == ["n"]
    assert odd.position("n") == (0.0, 0.0)


def test_diff_names_added_removed_and_changed_items() -> None:
    old = linear()
    new = linear()
    new.nodes["sign"].sla_hours = 24
    del new.nodes["approve"]
    new.edges = {k: e for k, e in new.edges.items() if "approve" not in k}
    new.nodes["visit"] = wg.Node("visit", wg.TASK, "回访")
    new.set_position("survey", 1, 1)  # layout only: not a change
    changes = {(c.kind, c.id, c.change): c for c in wg.diff(old, new)}
    assert changes[("node", "sign", "changed")].fields == ("sla_hours",)
    assert ("node", "approve", "removed") in changes
    assert ("node", "visit", "added") in changes
    assert ("edge", "check__approve", "removed") in changes
    assert not any(c.id == "survey" for c in changes.values())


def test_new_node_ids_are_unique_ncnames() -> None:
    ids = {wg.new_node_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(wg._ID_RE.match(i) for i in ids)


@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=30))
def test_validation_never_crashes_on_random_wiring(pairs: list[tuple[int, int]]) -> None:
    types = [wg.START, wg.TASK, wg.APPROVAL, wg.EXCLUSIVE, wg.SPLIT, wg.JOIN, wg.END, wg.TASK]
    b = GraphBuilder()
    for i, t in enumerate(types):
        b.node(f"n{i}", t)
    for a, c in pairs:
        b.edge(f"n{a}", f"n{c}")
    problems = wg.validate(b.graph)
    assert all(p.message for p in problems)
    # Whatever is wrong, a graph with errors is never called publishable.
    if any(p.node_id == "n0" for p in problems):
        assert wg.errors(problems)
