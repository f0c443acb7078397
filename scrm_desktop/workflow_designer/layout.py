"""Automatic layout of a workflow graph: left to right, stage by stage (Qt-free).

The flow is layered by the longest path from the start, ignoring the edges that go back (rework
loops), so every edge that moves the work forward points to the right. Nodes are then grouped into
their stage's column band, in the order of ``graph.stages``: a stage's nodes take as many columns
as their distinct layers need, and the next stage starts after them. A start without a stage sits
before the first band, an end without a stage after the last, and any other node without a stage
travels with the node it follows.

Inside a column, each node wants the height of its predecessors (their mean, so a join sits
between its branches); siblings that want the same height are stacked in the order their
gateway tries them, and the column is centred on what its nodes wanted. Every coordinate lands
on the grid, and the same graph always gives the same layout.
"""

from __future__ import annotations

import math
from collections import defaultdict

from scrm_desktop.services import workflow_graph as wg

GRID = 20
COLUMN_WIDTH = 220  # a task is 140 wide; the rest leaves room for an edge label
ROW_HEIGHT = 120  # a task is 64 high
STAGE_GAP = 60  # extra room between two stage bands
ORIGIN = (120.0, 120.0)  # the top-left node centre


def snap(value: float, grid: int = GRID) -> float:
    """``value`` on the nearest grid line."""
    return float(round(value / grid) * grid)


def auto_layout(graph: wg.WorkflowGraph) -> dict[str, tuple[float, float]]:
    """Where every node of ``graph`` goes: node id → centre (x, y), on the grid."""
    if not graph.nodes:
        return {}
    order = _ordered_nodes(graph)
    succ, pred, rank = _forward_edges(graph, order)
    topo = _topological(order, succ, pred)
    layer = _layers(topo, pred)
    group = _stage_groups(graph, topo, pred)
    columns = _columns(order, layer, group)
    xs = _x_positions(order, group, columns)
    ys = _y_positions(order, columns=columns, group=group, pred=pred, rank=rank, topo=topo)
    return {n: (snap(xs[n]), snap(ys[n])) for n in order}


def _ordered_nodes(graph: wg.WorkflowGraph) -> list[str]:
    """Starts first, then every other node by id: a stable order to break every tie with."""
    starts = sorted(n.id for n in graph.nodes.values() if n.type == wg.START)
    return starts + sorted(n for n in graph.nodes if n not in set(starts))


def _forward_edges(
    graph: wg.WorkflowGraph, order: list[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, int]]:
    """The edges that move forward (a depth-first walk from the starts drops those closing a loop).

    Returns successors, predecessors, and each node's rank among its first predecessor's
    outgoing edges (the order a gateway tries them), used to stack siblings.
    """
    out: dict[str, list[str]] = {n: [] for n in order}
    for node_id in order:
        out[node_id] = [e.target for e in graph.outgoing(node_id) if e.target in graph.nodes and e.target != node_id]
    succ: dict[str, list[str]] = {n: [] for n in order}
    pred: dict[str, list[str]] = {n: [] for n in order}
    rank: dict[str, int] = {}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for root in order:
        if root in state:
            continue
        state[root] = 1
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            node_id, i = stack[-1]
            if i == len(out[node_id]):
                state[node_id] = 2
                stack.pop()
                continue
            stack[-1] = (node_id, i + 1)
            target = out[node_id][i]
            if state.get(target) == 1:
                continue  # a loop back to a node still on the path: rework, not progress
            if target not in succ[node_id]:
                succ[node_id].append(target)
                pred[target].append(node_id)
                rank.setdefault(target, i)
            if target not in state:
                state[target] = 1
                stack.append((target, 0))
    return succ, pred, rank


def _topological(order: list[str], succ: dict[str, list[str]], pred: dict[str, list[str]]) -> list[str]:
    waiting = {n: len(pred[n]) for n in order}
    ready = [n for n in order if waiting[n] == 0]
    ready.reverse()
    topo: list[str] = []
    while ready:
        node_id = ready.pop()
        topo.append(node_id)
        for target in reversed(succ[node_id]):
            waiting[target] -= 1
            if waiting[target] == 0:
                ready.append(target)
    return topo


def _layers(topo: list[str], pred: dict[str, list[str]]) -> dict[str, int]:
    layer: dict[str, int] = {}
    for node_id in topo:
        layer[node_id] = max((layer[p] + 1 for p in pred[node_id]), default=0)
    return layer


def _stage_groups(graph: wg.WorkflowGraph, topo: list[str], pred: dict[str, list[str]]) -> dict[str, int]:
    """Each node's column band: the stage's index, -1 before the first stage, len(stages) after the last."""
    index = {s.key: i for i, s in enumerate(graph.stages)}
    after = len(graph.stages)
    group: dict[str, int] = {}
    for node_id in topo:
        node = graph.nodes[node_id]
        if node.stage in index:
            group[node_id] = index[node.stage]
        elif node.type == wg.START:
            group[node_id] = -1
        elif node.type == wg.END:
            group[node_id] = after
        else:
            group[node_id] = max((min(group[p], after - 1) for p in pred[node_id]), default=-1)
    return group


def _columns(order: list[str], layer: dict[str, int], group: dict[str, int]) -> dict[str, int]:
    """Each node's column inside its band: the dense rank of its layer among the band's layers."""
    layers_of: dict[int, set[int]] = defaultdict(set)
    for node_id in order:
        layers_of[group[node_id]].add(layer[node_id])
    dense = {g: {value: i for i, value in enumerate(sorted(values))} for g, values in layers_of.items()}
    return {n: dense[group[n]][layer[n]] for n in order}


def _x_positions(order: list[str], group: dict[str, int], columns: dict[str, int]) -> dict[str, float]:
    width: dict[int, int] = defaultdict(int)
    for node_id in order:
        width[group[node_id]] = max(width[group[node_id]], columns[node_id] + 1)
    start: dict[int, float] = {}
    x = ORIGIN[0]
    for g in sorted(width):
        start[g] = x
        x += width[g] * COLUMN_WIDTH + STAGE_GAP
    return {n: start[group[n]] + columns[n] * COLUMN_WIDTH for n in order}


def _y_positions(
    order: list[str],
    *,
    columns: dict[str, int],
    group: dict[str, int],
    pred: dict[str, list[str]],
    rank: dict[str, int],
    topo: list[str],
) -> dict[str, float]:
    by_column: dict[tuple[int, int], list[str]] = defaultdict(list)
    for node_id in order:
        by_column[(group[node_id], columns[node_id])].append(node_id)
    position = {n: i for i, n in enumerate(topo)}
    y: dict[str, float] = {}
    for key in sorted(by_column):
        members = by_column[key]
        wanted: dict[str, float] = {}
        for node_id in members:
            placed = [y[p] for p in pred[node_id] if p in y]
            wanted[node_id] = sum(placed) / len(placed) if placed else 0.0
        members.sort(key=lambda n: (wanted[n], rank.get(n, 0), position[n]))
        stacked: list[float] = []
        for node_id in members:
            lowest = stacked[-1] + ROW_HEIGHT if stacked else -math.inf
            stacked.append(_ceil_grid(max(wanted[node_id], lowest)))
        # Centre the column on what its nodes wanted (two branches sit either side of their gateway).
        shift = snap(-sum(s - wanted[n] for s, n in zip(stacked, members, strict=True)) / len(members))
        for value, node_id in zip(stacked, members, strict=True):
            y[node_id] = value + shift
    top = min(y.values())
    return {n: y[n] - top + ORIGIN[1] for n in order}


def _ceil_grid(value: float) -> float:
    return float(math.ceil(value / GRID - 1e-9) * GRID)
