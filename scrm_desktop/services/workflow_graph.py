"""The workflow graph (DESIGN §4, "Workflows and forms"): stages, nodes and edges, as plain data.

A workflow version stores two JSON documents: ``graph`` (the semantics: what happens) and ``ui``
(where things are drawn). Moving a node changes only ``ui``, so it never changes the semantic
checksum, the diff between versions, or how a work order runs.

This module is Qt-free and does no I/O: the designer mirrors a ``WorkflowGraph`` in a scene, the
engine walks it, BPMN import/export converts it, and ``validate`` is the one set of rules all of
them share (live markers in the designer, refusal to publish, CLI import).

Node ids are strings chosen once (``new_node_id``) and kept when a version is copied into a new
draft, so "the same node" can be followed across versions and work orders can name it. They are
never reused: a new node always gets a new UUID-based id.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import re
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from scrm_desktop.models.ids import new_id
from scrm_desktop.services import expressions
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

START = "start"
TASK = "task"
APPROVAL = "approval"
EXCLUSIVE = "exclusive_gateway"
SPLIT = "parallel_split"
JOIN = "parallel_join"
END = "end"
NODE_TYPES = (START, TASK, APPROVAL, EXCLUSIVE, SPLIT, JOIN, END)
HUMAN_TYPES = (TASK, APPROVAL)

APPROVAL_MODES = ("any", "all", "sequential")
ASSIGNEE_KINDS = ("role", "user")
FIELD_PERMISSIONS = ("hidden", "readonly", "editable", "required")
OUTPUT_TYPES = ("text", "number", "money", "date", "bool", "choice")

DEFAULT_STAGES = (("presales", "售前"), ("sales", "售中"), ("aftersales", "售后"))

# What every work order brings to its workflow before any node has collected anything: the
# names conditions may always use (the engine fills them from the work order).
WORK_ORDER_FIELDS: dict[str, str] = {
    "amount": "money",  # the work order's settlement total
    "sales_amount": "money",
    "scenario": "text",
    "provider_type": "text",
    "region_code": "text",
    "province_code": "text",
    "city_code": "text",
    "complexity": "number",
    "line_count": "number",
}

_ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,63}$")
_KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")
MAX_NODES = 2000
MAX_NAME = 100


def is_valid_node_id(text: str) -> bool:
    """An id usable for a node or an edge: an XML NCName of at most 64 characters (BPMN ids)."""
    return bool(_ID_RE.match(text))


def is_valid_stage_key(text: str) -> bool:
    return bool(_KEY_RE.match(text))


def new_node_id(prefix: str = "n") -> str:
    """A fresh id, valid as an XML NCName (BPMN ids), never handed out before."""
    return f"{prefix}_{new_id().hex}"


@dataclass
class Assignee:
    """Who does a task or approves: a role (``dispatcher``) or one user (by id)."""

    kind: str  # "role" | "user"
    value: str
    label: str = ""  # the user's display name when kind == "user", for showing only

    def to_json(self) -> dict[str, str]:
        data = {"kind": self.kind, "value": self.value}
        if self.label:
            data["label"] = self.label
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Assignee:
        return cls(kind=str(data.get("kind", "")), value=str(data.get("value", "")), label=str(data.get("label", "")))


@dataclass
class Output:
    """One piece of data a task records when it is submitted (until a form says more)."""

    key: str
    label: str = ""
    type: str = "text"
    required: bool = False
    options: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key, "label": self.label, "type": self.type, "required": self.required}
        if self.options:
            data["options"] = list(self.options)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Output:
        return cls(
            key=str(data.get("key", "")),
            label=str(data.get("label", "")),
            type=str(data.get("type", "text")),
            required=bool(data.get("required", False)),
            options=[str(o) for o in data.get("options", []) or []],
        )


@dataclass
class Stage:
    key: str
    name: str

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "name": self.name}


@dataclass
class Node:
    id: str
    type: str
    name: str = ""
    stage: str | None = None
    assignee: Assignee | None = None  # task
    sla_hours: int | None = None  # working hours from entering the node
    form_key: str | None = None
    field_permissions: dict[str, str] = field(default_factory=dict)  # form field key → hidden/readonly/...
    outputs: list[Output] = field(default_factory=list)
    approvers: list[Assignee] = field(default_factory=list)  # approval
    approval_mode: str = "any"
    reject_to: str | None = None  # approval: the node a rejection goes back to
    return_to: list[str] = field(default_factory=list)  # earlier nodes a user may send the work back to
    description: str = ""
    # Whatever an imported file carried that we keep but do not interpret (BPMN vendor extensions).
    extensions: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name}
        if self.stage is not None:
            data["stage"] = self.stage
        if self.description:
            data["description"] = self.description
        if self.type == TASK:
            data["assignee"] = self.assignee.to_json() if self.assignee else None
        if self.type in HUMAN_TYPES:
            data["sla_hours"] = self.sla_hours
            data["form_key"] = self.form_key
            data["field_permissions"] = dict(sorted(self.field_permissions.items()))
            data["outputs"] = [o.to_json() for o in self.outputs]
            data["return_to"] = list(self.return_to)
        if self.type == APPROVAL:
            data["approvers"] = [a.to_json() for a in self.approvers]
            data["approval_mode"] = self.approval_mode
            data["reject_to"] = self.reject_to
        if self.extensions:
            data["extensions"] = self.extensions
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Node:
        assignee = data.get("assignee")
        return cls(
            id=str(data.get("id", "")),
            type=str(data.get("type", "")),
            name=str(data.get("name", "") or ""),
            stage=data.get("stage"),
            description=str(data.get("description", "") or ""),
            assignee=Assignee.from_json(assignee) if isinstance(assignee, Mapping) else None,
            sla_hours=data.get("sla_hours"),
            form_key=data.get("form_key") or None,
            field_permissions={str(k): str(v) for k, v in (data.get("field_permissions") or {}).items()},
            outputs=[Output.from_json(o) for o in data.get("outputs", []) or [] if isinstance(o, Mapping)],
            approvers=[Assignee.from_json(a) for a in data.get("approvers", []) or [] if isinstance(a, Mapping)],
            approval_mode=str(data.get("approval_mode", "any")),
            reject_to=data.get("reject_to") or None,
            return_to=[str(n) for n in data.get("return_to", []) or []],
            extensions=dict(data.get("extensions") or {}),
        )


@dataclass
class Edge:
    id: str
    source: str
    target: str
    label: str = ""
    priority: int = 0  # lower first when an exclusive gateway tries its edges
    condition: dict[str, Any] | None = None  # structured (expressions.check_condition), or {"expr": text}
    is_default: bool = False
    # A condition in a language we never execute (JUEL, FEEL, Python …) kept from an import until
    # someone rewrites it: {"language": ..., "body": ...}. An edge carrying one cannot be published.
    foreign_condition: dict[str, str] | None = None
    extensions: dict[str, Any] = field(default_factory=dict)

    @property
    def needs_review(self) -> bool:
        return self.foreign_condition is not None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "source": self.source, "target": self.target}
        if self.label:
            data["label"] = self.label
        if self.priority:
            data["priority"] = self.priority
        if self.condition is not None:
            data["condition"] = self.condition
        if self.is_default:
            data["is_default"] = True
        if self.foreign_condition is not None:
            data["foreign_condition"] = dict(self.foreign_condition)
        if self.extensions:
            data["extensions"] = self.extensions
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Edge:
        cond = data.get("condition")
        foreign = data.get("foreign_condition")
        return cls(
            id=str(data.get("id", "")),
            source=str(data.get("source", "")),
            target=str(data.get("target", "")),
            label=str(data.get("label", "") or ""),
            priority=int(data.get("priority", 0) or 0),
            condition=dict(cond) if isinstance(cond, Mapping) else None,
            is_default=bool(data.get("is_default", False)),
            foreign_condition={str(k): str(v) for k, v in foreign.items()} if isinstance(foreign, Mapping) else None,
            extensions=dict(data.get("extensions") or {}),
        )


@dataclass
class WorkflowGraph:
    """One version's semantics plus its drawing (``ui``), as plain mutable data."""

    stages: list[Stage] = field(default_factory=lambda: [Stage(k, n) for k, n in DEFAULT_STAGES])
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    # {"nodes": {id: {"x": float, "y": float}}, "edges": {id: {"points": [[x, y], ...]}}}
    ui: dict[str, Any] = field(default_factory=lambda: {"nodes": {}, "edges": {}})
    # Foreign top-level content an import kept (unknown BPMN elements), re-emitted on export.
    extensions: dict[str, Any] = field(default_factory=dict)

    # --- queries ---------------------------------------------------------------------------------

    def outgoing(self, node_id: str) -> list[Edge]:
        """Edges leaving ``node_id``, in the order a gateway tries them (priority, then id)."""
        return sorted((e for e in self.edges.values() if e.source == node_id), key=lambda e: (e.priority, e.id))

    def incoming(self, node_id: str) -> list[Edge]:
        return sorted((e for e in self.edges.values() if e.target == node_id), key=lambda e: (e.priority, e.id))

    def start_nodes(self) -> list[Node]:
        return [n for n in self.nodes.values() if n.type == START]

    def stage_name(self, key: str | None) -> str:
        return next((s.name for s in self.stages if s.key == key), key or "")

    def position(self, node_id: str) -> tuple[float, float]:
        """The node's centre on the canvas (layout only, never money)."""
        pos = self.ui.get("nodes", {}).get(node_id) or {}
        return _coordinate(pos.get("x")), _coordinate(pos.get("y"))

    def set_position(self, node_id: str, x: float, y: float) -> None:
        self.ui.setdefault("nodes", {})[node_id] = {"x": round(_coordinate(x), 1), "y": round(_coordinate(y), 1)}

    def upstream(self, node_id: str) -> set[str]:
        """Every node from which ``node_id`` can be reached (not counting itself unless in a loop)."""
        preds: dict[str, list[str]] = {}
        for e in self.edges.values():
            preds.setdefault(e.target, []).append(e.source)
        seen: set[str] = set()
        todo = deque(preds.get(node_id, []))
        while todo:
            n = todo.popleft()
            if n in seen:
                continue
            seen.add(n)
            todo.extend(preds.get(n, []))
        return seen

    def copy(self) -> WorkflowGraph:
        return copy.deepcopy(self)

    # --- JSON ------------------------------------------------------------------------------------

    def semantic_json(self) -> dict[str, Any]:
        """The semantics only, in a canonical order: what the checksum and the diff look at."""
        return {
            "stages": [s.to_json() for s in self.stages],
            "nodes": [self.nodes[k].to_json() for k in sorted(self.nodes)],
            "edges": [self.edges[k].to_json() for k in sorted(self.edges)],
        }

    def to_json(self) -> dict[str, Any]:
        data = self.semantic_json()
        if self.extensions:
            data["extensions"] = self.extensions
        return data

    @classmethod
    def from_json(cls, graph: Mapping[str, Any], ui: Mapping[str, Any] | None = None) -> WorkflowGraph:
        """Read stored or uploaded JSON; shapes are coerced, meaning is checked by ``validate``."""
        if not isinstance(graph, Mapping):
            raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "A workflow must be a JSON object."))
        stages = [
            Stage(str(s.get("key", "")), str(s.get("name", "")))
            for s in graph.get("stages", []) or []
            if isinstance(s, Mapping)
        ]
        nodes_raw = [n for n in graph.get("nodes", []) or [] if isinstance(n, Mapping)]
        edges_raw = [e for e in graph.get("edges", []) or [] if isinstance(e, Mapping)]
        if len(nodes_raw) > MAX_NODES or len(edges_raw) > 4 * MAX_NODES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "A workflow may have at most {limit} nodes."), limit=MAX_NODES
            )
        g = cls(stages=stages if "stages" in graph else [Stage(k, n) for k, n in DEFAULT_STAGES])
        for index, raw in enumerate(nodes_raw, start=1):
            node = _read(Node.from_json, raw, "nodes", index)
            if node.id in g.nodes:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Node id {id} appears twice."), field="nodes", id=node.id
                )
            g.nodes[node.id] = node
        for index, raw in enumerate(edges_raw, start=1):
            edge = _read(Edge.from_json, raw, "edges", index)
            if edge.id in g.edges:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Edge id {id} appears twice."), field="edges", id=edge.id
                )
            g.edges[edge.id] = edge
        g.extensions = dict(graph.get("extensions") or {})
        g.ui = {"nodes": {}, "edges": {}}
        if isinstance(ui, Mapping):
            for key in ("nodes", "edges"):
                part = ui.get(key)
                if isinstance(part, Mapping):
                    g.ui[key] = {str(k): dict(v) for k, v in part.items() if isinstance(v, Mapping)}
            for key, value in ui.items():
                if key not in ("nodes", "edges"):
                    g.ui[key] = value
        return g


_T = TypeVar("_T")


def _read(reader: Callable[[Mapping[str, Any]], _T], raw: Mapping[str, Any], part: str, index: int) -> _T:
    """One node or edge from untrusted JSON: a value of the wrong shape is a clear error, not a crash."""
    try:
        return reader(raw)
    except (TypeError, ValueError, AttributeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Workflow {part} #{index} ({id}) has a value of the wrong kind."),
            field=part,
            part=part,
            index=index,
            id=str(raw.get("id", "?"))[:64],
        ) from None


def _coordinate(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return 0.0
    return max(-1e6, min(1e6, value))


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def checksum(graph: WorkflowGraph) -> str:
    """SHA-256 of the semantics; the same for two versions that differ only in layout, or in the
    foreign content an import kept (vendor extensions mean nothing to this program)."""
    data = graph.semantic_json()
    for part in ("nodes", "edges"):
        for item in data[part]:
            item.pop("extensions", None)
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


# --- validation ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a graph: the node or edge it is about, and the message."""

    error: ValidationError
    node_id: str | None = None
    edge_id: str | None = None
    severity: str = "error"  # "error" blocks publishing; "warning" does not

    @property
    def message(self) -> str:
        return self.error.message()


FormFields = Callable[[str], Iterable[str] | None]
"""Form key → the field keys of its current version (``None`` when there is no such form)."""


@dataclass(frozen=True)
class _Draft:
    """A problem before the names of its node and edge are filled in."""

    template: str
    node_id: str | None
    edge_id: str | None
    severity: str
    params: dict[str, Any]


def _p(
    template: str, *, node: str | None = None, edge: str | None = None, warning: bool = False, **params: Any
) -> _Draft:
    return _Draft(template, node, edge, "warning" if warning else "error", params)


def _finish(graph: WorkflowGraph, drafts: Iterable[_Draft]) -> list[Problem]:
    """Problems with ``{node}`` as the node's name and ``{edge}`` as "source → target"."""
    out = []
    for d in drafts:
        params = dict(d.params)
        if d.node_id is not None and "node" not in params:
            node = graph.nodes.get(d.node_id)
            params["node"] = _label(node) if node else d.node_id
        if d.edge_id is not None and "edge" not in params:
            e = graph.edges.get(d.edge_id)
            if e is not None:
                src, dst = graph.nodes.get(e.source), graph.nodes.get(e.target)
                params["edge"] = f"{_label(src) if src else e.source} → {_label(dst) if dst else e.target}"
            else:
                params["edge"] = d.edge_id
        out.append(Problem(ValidationError(d.template, **params), d.node_id, d.edge_id, d.severity))
    return out


def _label(node: Node) -> str:
    return node.name or node.id


def validate(graph: WorkflowGraph, form_fields: FormFields | None = None) -> list[Problem]:
    """Every problem that blocks publishing (and a few warnings), in a stable order."""
    drafts: list[_Draft] = []
    drafts += _check_stages(graph)
    drafts += _check_nodes(graph, form_fields)
    drafts += _check_edges(graph)
    drafts += _check_shape(graph)
    drafts += _check_conditions(graph, form_fields)
    return _finish(graph, drafts)


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _check_stages(graph: WorkflowGraph) -> list[_Draft]:
    out: list[_Draft] = []
    seen: set[str] = set()
    for stage in graph.stages:
        if not _KEY_RE.match(stage.key):
            out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "Stage key '{key}' is not a valid key."), key=stage.key))
        elif stage.key in seen:
            out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "Stage key '{key}' is used twice."), key=stage.key))
        if not stage.name.strip():
            out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "Stage '{key}' has no name."), key=stage.key))
        seen.add(stage.key)
    return out


def _check_nodes(graph: WorkflowGraph, form_fields: FormFields | None) -> list[_Draft]:
    out: list[_Draft] = []
    stages = {s.key for s in graph.stages}
    starts = graph.start_nodes()
    if not starts:
        out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "The workflow has no start node.")))
    for extra in starts[1:]:
        out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "The workflow has more than one start node."), node=extra.id))
    if not any(n.type == END for n in graph.nodes.values()):
        out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "The workflow has no end node.")))
    for node in graph.nodes.values():
        name = _label(node)
        if not _ID_RE.match(node.id):
            out.append(
                _p(QT_TRANSLATE_NOOP("ScrmError", "Node id '{id}' is not a valid id."), node=node.id, id=node.id)
            )
        if node.type not in NODE_TYPES:
            out.append(
                _p(
                    QT_TRANSLATE_NOOP("ScrmError", "Node {node}: unknown type '{type}'."),
                    node=node.id,
                    node_name=name,
                    type=node.type,
                )
            )
            continue
        if len(node.name) > MAX_NAME:
            out.append(
                _p(
                    QT_TRANSLATE_NOOP("ScrmError", "Node {node}: the name is longer than {limit} characters."),
                    node=node.id,
                    limit=MAX_NAME,
                )
            )
        if node.stage is not None and node.stage not in stages:
            out.append(
                _p(
                    QT_TRANSLATE_NOOP("ScrmError", "Node {node}: stage '{stage}' does not exist."),
                    node=node.id,
                    stage=node.stage,
                )
            )
        if node.type in HUMAN_TYPES:
            if not node.name.strip():
                out.append(
                    _p(QT_TRANSLATE_NOOP("ScrmError", "Node {node}: a task or approval needs a name."), node=node.id)
                )
            if node.sla_hours is not None and (not isinstance(node.sla_hours, int) or node.sla_hours <= 0):
                out.append(
                    _p(
                        QT_TRANSLATE_NOOP("ScrmError", "Node {node}: the SLA must be a positive number of hours."),
                        node=node.id,
                    )
                )
            for perm in node.field_permissions.values():
                if perm not in FIELD_PERMISSIONS:
                    out.append(
                        _p(
                            QT_TRANSLATE_NOOP("ScrmError", "Node {node}: unknown field permission '{perm}'."),
                            node=node.id,
                            perm=perm,
                        )
                    )
            if node.form_key and form_fields is not None:
                known = form_fields(node.form_key)
                if known is None:
                    out.append(
                        _p(
                            QT_TRANSLATE_NOOP("ScrmError", "Node {node}: form '{form}' does not exist."),
                            node=node.id,
                            form=node.form_key,
                        )
                    )
                else:
                    for key in sorted(set(node.field_permissions) - set(known)):
                        out.append(
                            _p(
                                QT_TRANSLATE_NOOP(
                                    "ScrmError", "Node {node}: form '{form}' has no field '{field_key}'."
                                ),
                                node=node.id,
                                form=node.form_key,
                                field_key=key,
                                warning=True,
                            )
                        )
            keys: set[str] = set()
            for output in node.outputs:
                if not _KEY_RE.match(output.key) or output.key in keys:
                    out.append(
                        _p(
                            QT_TRANSLATE_NOOP(
                                "ScrmError", "Node {node}: data field key '{key}' is invalid or used twice."
                            ),
                            node=node.id,
                            key=output.key,
                        )
                    )
                if output.type not in OUTPUT_TYPES:
                    out.append(
                        _p(
                            QT_TRANSLATE_NOOP(
                                "ScrmError", "Node {node}: data field '{key}' has unknown type '{type}'."
                            ),
                            node=node.id,
                            key=output.key,
                            type=output.type,
                        )
                    )
                keys.add(output.key)
            upstream = graph.upstream(node.id)
            for target in node.return_to:
                if target not in graph.nodes or target not in upstream:
                    out.append(
                        _p(
                            QT_TRANSLATE_NOOP("ScrmError", "Node {node}: it can only return to a node before it."),
                            node=node.id,
                        )
                    )
        if node.type == TASK and not _assignee_ok(node.assignee):
            out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "Node {node}: the task has no assignee."), node=node.id))
        if node.type == APPROVAL:
            if not node.approvers or not all(_assignee_ok(a) for a in node.approvers):
                out.append(
                    _p(QT_TRANSLATE_NOOP("ScrmError", "Node {node}: the approval has no approvers."), node=node.id)
                )
            if node.approval_mode not in APPROVAL_MODES:
                out.append(
                    _p(
                        QT_TRANSLATE_NOOP("ScrmError", "Node {node}: unknown approval mode '{mode}'."),
                        node=node.id,
                        mode=node.approval_mode,
                    )
                )
            if node.reject_to is not None and (
                node.reject_to not in graph.nodes or node.reject_to not in graph.upstream(node.id)
            ):
                out.append(
                    _p(
                        QT_TRANSLATE_NOOP(
                            "ScrmError", "Node {node}: a rejection must go back to a node before the approval."
                        ),
                        node=node.id,
                    )
                )
    return out


def _assignee_ok(a: Assignee | None) -> bool:
    return a is not None and a.kind in ASSIGNEE_KINDS and bool(a.value.strip())


def _check_edges(graph: WorkflowGraph) -> list[_Draft]:
    out: list[_Draft] = []
    pairs: set[tuple[str, str]] = set()
    for edge in graph.edges.values():
        if not _ID_RE.match(edge.id):
            out.append(
                _p(QT_TRANSLATE_NOOP("ScrmError", "Edge id '{id}' is not a valid id."), edge=edge.id, id=edge.id)
            )
        if edge.source not in graph.nodes or edge.target not in graph.nodes:
            out.append(
                _p(
                    QT_TRANSLATE_NOOP("ScrmError", "Edge {edge} connects a node that does not exist."),
                    edge=edge.id,
                    edge_name=edge.label or edge.id,
                )
            )
            continue
        if edge.source == edge.target:
            out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "Edge {edge} connects a node to itself."), edge=edge.id))
        if (edge.source, edge.target) in pairs:
            out.append(
                _p(
                    QT_TRANSLATE_NOOP("ScrmError", "Two edges connect the same two nodes."),
                    edge=edge.id,
                    node=edge.source,
                )
            )
        pairs.add((edge.source, edge.target))
    return out


def _check_shape(graph: WorkflowGraph) -> list[_Draft]:
    out: list[_Draft] = []
    ins: dict[str, int] = dict.fromkeys(graph.nodes, 0)
    outs: dict[str, int] = dict.fromkeys(graph.nodes, 0)
    succ: dict[str, list[str]] = {n: [] for n in graph.nodes}
    pred: dict[str, list[str]] = {n: [] for n in graph.nodes}
    for e in graph.edges.values():
        if e.source in graph.nodes and e.target in graph.nodes:
            outs[e.source] += 1
            ins[e.target] += 1
            succ[e.source].append(e.target)
            pred[e.target].append(e.source)
    # Approval rejections are paths too: an end reached only through them still counts.
    for node in graph.nodes.values():
        if node.type == APPROVAL and node.reject_to in graph.nodes:
            succ[node.id].append(node.reject_to)
    for node in graph.nodes.values():
        i, o = ins[node.id], outs[node.id]
        if node.type == START and (i or o != 1):
            out.append(
                _p(
                    QT_TRANSLATE_NOOP("ScrmError", "Node {node}: a start has no incoming and one outgoing edge."),
                    node=node.id,
                )
            )
        elif node.type == END and o:
            out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "Node {node}: an end has no outgoing edges."), node=node.id))
        elif node.type in HUMAN_TYPES and o != 1:
            out.append(
                _p(
                    QT_TRANSLATE_NOOP(
                        "ScrmError",
                        "Node {node}: a task or approval has exactly one outgoing edge; use a gateway to branch.",
                    ),
                    node=node.id,
                )
            )
        elif node.type == EXCLUSIVE and o < 2:
            out.append(
                _p(
                    QT_TRANSLATE_NOOP("ScrmError", "Node {node}: a gateway needs at least two outgoing edges."),
                    node=node.id,
                )
            )
        elif node.type == SPLIT and o < 2:
            out.append(
                _p(
                    QT_TRANSLATE_NOOP("ScrmError", "Node {node}: a parallel split needs at least two outgoing edges."),
                    node=node.id,
                )
            )
        elif node.type == JOIN and (i < 2 or o != 1):
            out.append(
                _p(
                    QT_TRANSLATE_NOOP(
                        "ScrmError",
                        "Node {node}: a parallel join needs two or more incoming edges and one outgoing edge.",
                    ),
                    node=node.id,
                )
            )
    starts = graph.start_nodes()
    if len(starts) == 1:
        reached = _reach(starts[0].id, succ)
        for node in graph.nodes.values():
            if node.id not in reached:
                out.append(
                    _p(QT_TRANSLATE_NOOP("ScrmError", "Node {node} cannot be reached from the start."), node=node.id)
                )
    ends = [n.id for n in graph.nodes.values() if n.type == END]
    if ends:
        reverse: dict[str, list[str]] = {n: list(pred[n]) for n in graph.nodes}
        for node in graph.nodes.values():
            if node.type == APPROVAL and node.reject_to in graph.nodes:
                reverse[node.reject_to].append(node.id)
        finishing: set[str] = set()
        for end in ends:
            finishing |= _reach(end, reverse)
        for node in graph.nodes.values():
            if node.id not in finishing:
                out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "Node {node} cannot reach an end."), node=node.id))
    return out


def _reach(first: str, succ: Mapping[str, list[str]]) -> set[str]:
    seen = {first}
    todo = deque([first])
    while todo:
        for nxt in succ.get(todo.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def available_fields(graph: WorkflowGraph, node_id: str, form_fields: FormFields | None = None) -> dict[str, str]:
    """The names a condition at ``node_id`` may read: work-order fields plus what upstream nodes record."""
    names = dict(WORK_ORDER_FIELDS)
    for up in graph.upstream(node_id):
        node = graph.nodes.get(up)
        if node is None or node.type not in HUMAN_TYPES:
            continue
        for output in node.outputs:
            names.setdefault(output.key, output.type)
        if node.type == APPROVAL:
            names.setdefault("approved", "bool")
        if node.form_key and form_fields is not None:
            for key in form_fields(node.form_key) or ():
                names.setdefault(key, "form")
    return names


def _check_conditions(graph: WorkflowGraph, form_fields: FormFields | None) -> list[_Draft]:
    out: list[_Draft] = []
    for node in graph.nodes.values():
        edges = graph.outgoing(node.id)
        if node.type == EXCLUSIVE:
            defaults = [e for e in edges if e.is_default]
            if len(defaults) > 1:
                out.append(
                    _p(
                        QT_TRANSLATE_NOOP("ScrmError", "Node {node}: a gateway may have only one default edge."),
                        node=node.id,
                    )
                )
            for e in edges:
                if not e.is_default and e.condition is None and e.foreign_condition is None:
                    out.append(
                        _p(
                            QT_TRANSLATE_NOOP(
                                "ScrmError",
                                "Edge {edge} leaves a gateway and needs a condition or must be the default.",
                            ),
                            edge=e.id,
                        )
                    )
        else:
            for e in edges:
                if e.condition is not None or e.is_default:
                    out.append(
                        _p(
                            QT_TRANSLATE_NOOP(
                                "ScrmError",
                                "Edge {edge}: only edges leaving an exclusive gateway may have a "
                                "condition or be the default.",
                            ),
                            edge=e.id,
                            warning=True,
                        )
                    )
        for e in edges:
            if e.foreign_condition is not None:
                out.append(
                    _p(
                        QT_TRANSLATE_NOOP(
                            "ScrmError",
                            "Edge {edge}: the imported {language} condition needs review; rewrite "
                            "it as a condition this program can evaluate.",
                        ),
                        edge=e.id,
                        language=e.foreign_condition.get("language") or "?",
                    )
                )
            if e.condition is None:
                continue
            try:
                expressions.check_condition(e.condition, field="condition")
            except ValidationError as exc:
                out.append(_p(QT_TRANSLATE_NOOP("ScrmError", "Edge {edge}: {reason}"), edge=e.id, reason=exc))
                continue
            known = available_fields(graph, node.id, form_fields)
            for name in sorted(expressions.condition_names(e.condition) - set(known)):
                out.append(
                    _p(
                        QT_TRANSLATE_NOOP(
                            "ScrmError",
                            "Edge {edge}: the condition reads '{field_name}', which no earlier node records.",
                        ),
                        edge=e.id,
                        field_name=name,
                    )
                )
    return out


# --- diff ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    kind: str  # "node" | "edge" | "stage"
    id: str
    change: str  # "added" | "removed" | "changed"
    name: str
    fields: tuple[str, ...] = ()


def diff(old: WorkflowGraph, new: WorkflowGraph) -> list[Change]:
    """What changed in the semantics from ``old`` to ``new`` (layout moves are not changes)."""
    changes: list[Change] = []
    old_stages = {s.key: s for s in old.stages}
    new_stages = {s.key: s for s in new.stages}
    for key in sorted(old_stages.keys() | new_stages.keys()):
        a, b = old_stages.get(key), new_stages.get(key)
        if a is None and b is not None:
            changes.append(Change("stage", key, "added", b.name))
        elif b is None and a is not None:
            changes.append(Change("stage", key, "removed", a.name))
        elif a is not None and b is not None and a.name != b.name:
            changes.append(Change("stage", key, "changed", b.name, ("name",)))
    changes += _diff_items(
        "node", {k: v.to_json() for k, v in old.nodes.items()}, {k: v.to_json() for k, v in new.nodes.items()}, old, new
    )
    changes += _diff_items(
        "edge", {k: v.to_json() for k, v in old.edges.items()}, {k: v.to_json() for k, v in new.edges.items()}, old, new
    )
    return changes


def _diff_items(
    kind: str, a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]], old: WorkflowGraph, new: WorkflowGraph
) -> list[Change]:
    out: list[Change] = []

    def name(graph: WorkflowGraph, key: str) -> str:
        if kind == "node":
            return _label(graph.nodes[key])
        e = graph.edges[key]
        src, dst = graph.nodes.get(e.source), graph.nodes.get(e.target)
        return f"{_label(src) if src else e.source} → {_label(dst) if dst else e.target}"

    for key in sorted(a.keys() | b.keys()):
        if key not in a:
            out.append(Change(kind, key, "added", name(new, key)))
        elif key not in b:
            out.append(Change(kind, key, "removed", name(old, key)))
        elif a[key] != b[key]:
            fields = tuple(sorted(k for k in a[key].keys() | b[key].keys() if a[key].get(k) != b[key].get(k)))
            out.append(Change(kind, key, "changed", name(new, key), fields))
    return out
