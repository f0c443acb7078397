"""The workflow engine: work orders moving through their pinned workflow version.

Each work order that follows a workflow has one ``WorkOrderFlow`` row: the version it started on
(a later published version never changes it), its tokens (the active human nodes, more than one
between a parallel split and its join), the approvals in progress, the branches that reached each
join, and the data the nodes recorded. Every move appends a ``WorkOrderFlowStep`` (who, when,
from, to, the data exactly as submitted) and an audit entry.

Moving on from a node:

- a task or an approval follows its single outgoing edge;
- an exclusive gateway follows the first edge (by priority, then id) whose condition holds, else
  its default edge; with neither the whole action is refused and nothing changes;
- a parallel split sends one token along every outgoing edge; a parallel join waits until a token
  arrived along each incoming edge (``joins`` counts them), then one token goes on;
- an end consumes the token; when no token is left the flow is finished.

Start, gateways, splits, joins and ends are passed through in the same transaction (at most
``MAX_HOPS`` of them per action, so a loop of automatic nodes is an error, not a hang).

Conditions read the work order's fields (``workflow_graph.WORK_ORDER_FIELDS``) and the data the
nodes recorded; a node may not record a key that is a work-order field, so the work order's own
facts always win. ``amount`` is the work order's settlement total: the frozen figures once it is
completed (lines plus adjustments), else the live preview (``earnings.preview``: lines that have a
price plus adjustments); ``sales_amount`` likewise from the sales book, ``line_count`` the number
of lines. Pricing is only done when a condition of the workflow version reads one of these three,
and then for all work orders of that version in a batch at once (one ``Pricer``).

Who may act: a task's assignee (a role the actor has, or the user) and an approval's approvers, or
an administrator; dispatchers (``DISPATCH_WORK_ORDERS``, within their regions) may also send work
back (``return_to``). Approval modes: ``any`` — the first approval moves on; ``all`` — every
approver entry must approve; ``sequential`` — the entries approve in order, only the current one
may act. A vote fills one entry: the first still-missing entry the actor matches (an administrator
matches any entry, so an admin's vote fills the next missing one). One person votes at most once
per visit of an approval, administrators included: two entries are never approved by one person.
A rejection clears the approval's votes and sends the work back to ``reject_to`` (or the nearest
human node upstream); a return clears them too.

Forms: a task or an approval with a ``form_key`` records that form instead of its outputs. The
data is checked, when the node is submitted or approved, against the form's version published at
that moment (``form_schema.check_data`` with the node's field permissions and database lookups: the
rules the renderer and ``scrm forms validate`` apply); every problem is reported at once and nothing
is written. The clean data (computed fields included) is stored as a ``FormSubmission`` of that
version, linked to the step, and merged into the flow's data so conditions can read the fields (a
key that is a work-order field is left to the work order). Catalog lines of the form become lines
of the work order, through ``work_orders.update_work_order`` so prices, earnings and the audit
follow: the ids of the lines a node added are kept in the flow's data under ``FORM_LINES_KEY``
(node id → line ids), and submitting that node again (after a rejection or a return) replaces
exactly those lines. A completed work order's lines are frozen: such a submission is refused.

SLA: a human node with ``sla_hours`` gets a due time counted on the business calendar
(``work_calendar.add_working_hours``); the flow's ``due_at`` is the earliest due time of its tokens.

Writes are set-based for every action (one work order is a batch of one): flows are read with
``FOR UPDATE`` on PostgreSQL, changed in memory, and written with one ``executemany`` UPDATE that
checks the old lock version (``bulk.update_rows``), plus bulk INSERTs of the steps and of one audit
entry per work order and action.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import deque
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from scrm_desktop.models import (
    AuditEntry,
    CatalogItem,
    FormDefinition,
    FormSubmission,
    FormVersion,
    Provider,
    ProviderType,
    User,
    WorkflowDefinition,
    WorkflowRule,
    WorkflowVersion,
    WorkOrder,
    WorkOrderAdjustment,
    WorkOrderFlow,
    WorkOrderFlowStep,
    WorkOrderLine,
)
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit, bulk, expressions, forms
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services import work_calendar as wcal
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.earnings import Pricer, preview
from scrm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PermissionDenied,
    StaleWriteError,
    ValidationError,
)
from scrm_desktop.services.money import ZERO, parse_money
from scrm_desktop.services.permissions import Actor, Permission, Role, require, require_region
from scrm_desktop.services.price_resolution import JobContext
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.scoping import Context
from scrm_desktop.services.work_orders import adjustment_specs, business_today, find_by_number, line_specs
from scrm_desktop.services.workflow_rules import WorkflowChooser, workflow_context
from scrm_desktop.services.workflows import MAX_PROBLEMS_IN_MESSAGE

MAX_HOPS = 1000  # automatic nodes passed in one action
MAX_COMMENT = 500
MAX_TEXT = 1000  # characters of a text value a node records
CHUNK = 500  # ids per IN (...) list
PRICED_FIELDS = frozenset({"amount", "sales_amount", "line_count"})
NUMBER_LIMIT = Decimal("1e15")
# Where the flow's data remembers which work-order lines each node's form added (node id → line
# ids). Keys starting with "_" are never field keys, so no node or form can record it.
FORM_LINES_KEY = "_form_lines"
RESERVED_KEYS = frozenset({FORM_LINES_KEY})
# How conditions read a form field's stored value (see ``_typed``), by field type.
FORM_KINDS = {
    fs.NUMBER: "number",
    fs.MONEY: "money",
    fs.DATE: "date",
    fs.DATETIME: "datetime",
    fs.MULTISELECT: "list",
    fs.CATALOG_LINES: "lines",
    fs.PHOTO: "files",
    fs.ATTACHMENT: "files",
    fs.SIGNATURE: "file",
    fs.COMPUTED: "computed",
}


# --- what the UI gets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActiveNode:
    """A node a work order is waiting at.

    ``assignee_label`` and ``approvers`` are role keys (show them through the UI's role labels)
    or users' display names; ``votes`` maps an approver label to "approve". ``form_version`` is
    the number of the form version a submission would use now (None: no form, or none published);
    ``node_form`` gives its schema.
    """

    node_id: str
    name: str
    type: str
    stage_name: str
    entered_at: dt.datetime
    due_at: dt.datetime | None
    overdue: bool
    assignee_label: str
    approvers: list[str]
    votes: dict[str, str]
    outputs: list[wg.Output]
    form_key: str | None
    field_permissions: dict[str, str]
    form_version: int | None = None


@dataclass(frozen=True)
class NodeForm:
    """The form a node asks for: the published version a submission would use, the node's field
    permissions, and what earlier submissions of this form for the work order recorded (merged,
    later ones winning), to fill the form in with."""

    key: str
    name: str
    version: int
    version_id: uuid.UUID
    schema: fs.FormSchema
    permissions: dict[str, str]
    data: dict[str, Any]


@dataclass(frozen=True)
class ActionOption:
    """Something the actor may do now: ``submit`` a task, ``approve``/``reject`` an approval,
    ``return`` the work to an earlier node. ``targets`` are (node id, name) for reject/return."""

    kind: str
    node_id: str
    node_name: str
    targets: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class StepRow:
    seq: int
    at: dt.datetime
    actor_name: str
    action: str  # start | submit | approve | reject | return | finish
    from_node: str | None
    from_name: str
    to_names: list[str]
    data: dict[str, Any]
    comment: str
    form_key: str | None
    form_version: int | None
    submission_id: uuid.UUID | None = None  # the form submitted with this step (``forms.get_submission``)


@dataclass(frozen=True)
class FlowState:
    work_order_id: uuid.UUID
    workflow_key: str
    workflow_name: str
    version_number: int
    version_id: uuid.UUID
    status: str  # running | finished
    active: list[ActiveNode]
    actions: list[ActionOption]  # what this actor may do now
    history: list[StepRow]
    data: dict[str, Any]
    version: int  # the flow's lock version: pass it back as ``expected_version``


# --- the graph, prepared once per version ----------------------------------------------------------


class FlowGraph:
    """A published version's graph with what the engine asks of it precomputed."""

    def __init__(self, graph: wg.WorkflowGraph, form_types: Mapping[str, str] | None = None) -> None:
        """``form_types``: field key → type of the fields of the forms the nodes attach."""
        self.graph = graph
        self.nodes = graph.nodes
        self.outgoing: dict[str, list[wg.Edge]] = {n: graph.outgoing(n) for n in graph.nodes}
        self.incoming: dict[str, list[wg.Edge]] = {n: graph.incoming(n) for n in graph.nodes}
        self.output_types: dict[str, str] = {"approved": "bool"}
        for node in graph.nodes.values():
            for output in node.outputs:
                self.output_types.setdefault(output.key, output.type)
        for key, kind in (form_types or {}).items():
            self.output_types.setdefault(key, FORM_KINDS.get(kind, "text"))
        reads: set[str] = set()
        for edge in graph.edges.values():
            if edge.condition is not None:
                reads |= expressions.condition_names(edge.condition)
        self.reads_pricing = bool(reads & PRICED_FIELDS)

    def node(self, node_id: str) -> wg.Node:
        found = self.nodes.get(node_id)
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "The workflow has no node {node}."), field="node_id", node=node_id
            )
        return found

    def name(self, node_id: str) -> str:
        node = self.nodes.get(node_id)
        return (node.name or node.id) if node else node_id

    def start(self) -> wg.Node:
        starts = self.graph.start_nodes()
        if len(starts) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The workflow has no start node."))
        return starts[0]

    def upstream_human(self, node_id: str) -> str | None:
        """The nearest human node before ``node_id`` (breadth first against the edges)."""
        seen = {node_id}
        todo = deque(e.source for e in self.incoming.get(node_id, []))
        while todo:
            current = todo.popleft()
            if current in seen:
                continue
            seen.add(current)
            node = self.nodes.get(current)
            if node is None:
                continue
            if node.type in wg.HUMAN_TYPES:
                return current
            todo.extend(e.source for e in self.incoming.get(current, []))
        return None


def choose_edge(graph: FlowGraph, node_id: str, variables: Mapping[str, Any]) -> wg.Edge | None:
    """The edge an exclusive gateway takes: the first (by priority, then id) whose condition holds,
    else the default edge, else None. A default edge is only the fallback: its own condition, if it
    has one, is not tried."""
    default: wg.Edge | None = None
    for edge in graph.outgoing.get(node_id, []):
        if edge.is_default:
            default = default or edge
            continue
        if edge.condition is not None and expressions.evaluate_condition(edge.condition, variables):
            return edge
    return default


# --- one work order's flow in memory --------------------------------------------------------------


@dataclass
class _Header:
    """The work order facts the engine needs."""

    id: uuid.UUID
    number: str
    status: str
    region_code: str | None
    province_code: str | None
    city_code: str | None
    scenario: str | None
    complexity: int | None
    provider_type: str | None  # the live type while open, the frozen one once completed
    completed_on: dt.date | None


@dataclass
class _Work:
    header: _Header
    graph: FlowGraph
    version_id: uuid.UUID
    rule_id: uuid.UUID | None
    status: str = "running"
    tokens: list[dict[str, Any]] = field(default_factory=list)
    approvals: dict[str, Any] = field(default_factory=dict)
    joins: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    step_count: int = 0
    lock_version: int = 0
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    is_new: bool = False
    facts: dict[str, Any] = field(default_factory=dict)
    steps: list[dict[str, Any]] = field(default_factory=list)
    audits: list[dict[str, Any]] = field(default_factory=list)
    submissions: list[dict[str, Any]] = field(default_factory=list)  # written after the steps they belong to

    @property
    def number(self) -> str:
        return self.header.number

    def token_nodes(self) -> list[str]:
        return [str(t["node"]) for t in self.tokens]

    def variables(self) -> dict[str, Any]:
        """What conditions read: recorded data (typed) overlaid by the work order's own fields."""
        typed = {
            key: _typed(value, self.graph.output_types.get(key, "text"))
            for key, value in self.data.items()
            if key not in RESERVED_KEYS
        }
        return {**typed, **self.facts}


def _typed(value: Any, kind: str) -> Any:
    """A stored (JSON) value as conditions compare it; form values as the form's own rules read
    them (``form_schema``): catalog lines as their item codes, files as their ids."""
    if value is None:
        return None
    try:
        if kind in ("money", "number") and isinstance(value, str):
            return Decimal(value)
        if kind == "date" and isinstance(value, str):
            return dt.date.fromisoformat(value)
        if kind == "datetime" and isinstance(value, str):
            return dt.datetime.fromisoformat(value)
        if kind == "computed" and isinstance(value, str):
            return _computed_value(value)
    except (InvalidOperation, ValueError):
        return value
    if isinstance(value, list) and kind in ("list", "lines", "files"):
        part = {"list": None, "lines": "item", "files": "file"}[kind]
        return tuple(
            str(v.get(part, "")) if part and isinstance(v, Mapping) else str(v)
            for v in value
            if part is None or isinstance(v, Mapping)
        )
    if kind == "file" and isinstance(value, Mapping):
        return str(value.get("file", ""))
    return value


def _computed_value(text: str) -> Any:
    """A computed field's stored text: a number, yes/no, or text (a date compares as its ISO text)."""
    if text in ("true", "false"):
        return text == "true"
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


@dataclass
class _Env:
    """What an action runs with: when, who, and the calendar due times are counted on.

    Everything in one batch happens at ``now``, so a due time depends only on the SLA hours and
    is counted once per distinct SLA (``due``).
    """

    actor: Actor
    now: dt.datetime
    calendar: wcal.CalendarSpec
    days: Mapping[dt.date, bool]
    desk: _FormDesk | None = None  # the forms nodes ask for (None: no database, nothing with a form)
    _dues: dict[int, str | None] = field(default_factory=dict)

    @property
    def now_iso(self) -> str:
        return self.now.astimezone(dt.UTC).isoformat()

    def due(self, hours: int | None) -> str | None:
        if not hours:
            return None
        if hours not in self._dues:
            self._dues[hours] = _iso(wcal.add_working_hours(self.calendar, self.days, self.now, hours))
        return self._dues[hours]


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else None


def _moment(text: Any) -> dt.datetime | None:
    if not text:
        return None
    stamp = dt.datetime.fromisoformat(str(text))
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)


def _token(env: _Env, node: wg.Node) -> dict[str, Any]:
    return {"node": node.id, "entered_at": env.now_iso, "due_at": env.due(node.sla_hours)}


def _no_path(work: _Work, node: wg.Node) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ScrmError",
            "No matching path at gateway {name} for work order {number}: no condition is true and there is no default.",
        ),
        field="condition",
        name=node.name or node.id,
        number=work.number,
    )


def _walk(env: _Env, work: _Work, edges: Iterable[wg.Edge]) -> list[str]:
    """Follow ``edges`` through automatic nodes; returns the human nodes entered and the ends reached."""
    graph = work.graph
    stack = list(reversed(list(edges)))
    reached: list[str] = []
    hops = 0
    while stack:
        edge = stack.pop()
        hops += 1
        if hops > MAX_HOPS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "Work order {number} went through more than {limit} automatic steps at {name}: "
                    "the workflow loops without a task or approval.",
                ),
                number=work.number,
                limit=MAX_HOPS,
                name=graph.name(edge.target),
            )
        node = graph.node(edge.target)
        if node.type in wg.HUMAN_TYPES:
            work.tokens.append(_token(env, node))
            reached.append(node.id)
        elif node.type == wg.EXCLUSIVE:
            try:
                chosen = choose_edge(graph, node.id, work.variables())
            except ValidationError as exc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Gateway {name} for work order {number}: {problem}"),
                    field="condition",
                    name=node.name or node.id,
                    number=work.number,
                    problem=exc,
                ) from None
            if chosen is None:
                raise _no_path(work, node)
            stack.append(chosen)
        elif node.type == wg.SPLIT:
            stack.extend(reversed(graph.outgoing[node.id]))
        elif node.type == wg.JOIN:
            arrived: dict[str, int] = dict(work.joins.get(node.id) or {})
            arrived[edge.id] = arrived.get(edge.id, 0) + 1
            incoming = graph.incoming[node.id]
            if all(arrived.get(e.id, 0) > 0 for e in incoming):
                for e in incoming:
                    arrived[e.id] -= 1
                arrived = {k: v for k, v in arrived.items() if v > 0}
                stack.extend(reversed(graph.outgoing[node.id]))
            if arrived:
                work.joins[node.id] = arrived
            else:
                work.joins.pop(node.id, None)
        elif node.type == wg.END:
            reached.append(node.id)
        else:
            stack.extend(reversed(graph.outgoing[node.id]))
    return reached


def _take_token(work: _Work, node_id: str) -> dict[str, Any]:
    for i, token in enumerate(work.tokens):
        if token.get("node") == node_id:
            return work.tokens.pop(i)
    raise ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Work order {number} is not at {name} (any more). Reload and try again."),
        field="node_id",
        number=work.number,
        name=work.graph.name(node_id),
    )


def _require_at(work: _Work, node_id: str) -> None:
    if not any(t.get("node") == node_id for t in work.tokens):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} is not at {name} (any more). Reload and try again."),
            field="node_id",
            number=work.number,
            name=work.graph.name(node_id),
        )


def _step(
    env: _Env,
    work: _Work,
    action: str,
    *,
    from_node: str | None,
    to_nodes: Sequence[str],
    data: Mapping[str, Any] | None = None,
    comment: str = "",
    form_key: str | None = None,
    form_version: int | None = None,
) -> uuid.UUID:
    """Append a step; returns its id."""
    step_id = new_id()
    work.step_count += 1
    work.steps.append(
        {
            "id": step_id,
            "work_order_id": work.header.id,
            "seq": work.step_count,
            "at": env.now,
            "actor_id": env.actor.user_id,
            "actor_name": env.actor.display_name[:100],
            "action": action,
            "from_node": from_node,
            "from_name": work.graph.name(from_node)[:100] if from_node else "",
            "to_nodes": list(to_nodes),
            "form_key": form_key,
            "form_version": form_version,
            "data": dict(data or {}),
            "comment": comment,
        }
    )
    return step_id


def _finish_if_done(env: _Env, work: _Work) -> None:
    if work.tokens or work.status == "finished":
        return
    work.status = "finished"
    work.finished_at = env.now
    work.joins = {}
    work.approvals = {}
    _step(env, work, "finish", from_node=None, to_nodes=[])


def _audit(env: _Env, work: _Work, action: str, before: list[str] | None, summary: str) -> None:
    """One audit entry for the work order; ``before`` None: the flow did not exist yet."""
    work.audits.append(
        {
            "id": new_id(),
            "at": env.now,
            "actor_id": env.actor.user_id,
            "actor_name": env.actor.display_name[:100],
            "action": f"workflow.{action}",
            "entity_type": "work_order",
            "entity_id": str(work.header.id),
            "summary": f"{work.number}: {summary}"[:255],
            "diff": _diff(before, work),
        }
    )


def _diff(before: list[str] | None, work: _Work) -> dict[str, Any]:
    """The audit diff of a move (what ``audit.diff`` would make of it, built directly: batches are large)."""
    old: dict[str, Any] = {"nodes": before, "status": None if before is None else "running"}
    new: dict[str, Any] = {"nodes": work.token_nodes(), "status": work.status}
    changed = [key for key in ("nodes", "status") if old[key] != new[key]]
    return {"before": {k: old[k] for k in changed}, "after": {k: new[k] for k in changed}}


# --- who may act ------------------------------------------------------------------------------------


def _is_admin(actor: Actor) -> bool:
    return actor.has_role(Role.ADMIN)


def _matches(actor: Actor, who: wg.Assignee) -> bool:
    if who.kind == "role":
        return who.value in actor.roles
    if who.kind == "user":
        return actor.user_id is not None and who.value == str(actor.user_id)
    return False


def _voter_key(actor: Actor) -> str:
    return str(actor.user_id) if actor.user_id is not None else f"name:{actor.username}"


def _votes(work: _Work, node_id: str) -> list[dict[str, Any]]:
    state = work.approvals.get(node_id) or {}
    return list(state.get("votes") or [])


def _missing_entries(node: wg.Node, votes: Sequence[Mapping[str, Any]]) -> list[int]:
    done = {int(v["entry"]) for v in votes}
    return [i for i in range(len(node.approvers)) if i not in done]


def _vote_entry(actor: Actor, node: wg.Node, votes: Sequence[Mapping[str, Any]]) -> int | None:
    """The approver entry the actor's vote would fill, or None when they may not vote now."""
    if any(v.get("by_key") == _voter_key(actor) for v in votes):
        return None
    missing = _missing_entries(node, votes)
    if not missing:
        return None
    candidates = missing[:1] if node.approval_mode == "sequential" else missing
    for index in candidates:
        if _matches(actor, node.approvers[index]):
            return index
    return candidates[0] if _is_admin(actor) else None


def _may_reject(actor: Actor, node: wg.Node, votes: Sequence[Mapping[str, Any]]) -> bool:
    if _is_admin(actor):
        return True
    if node.approval_mode == "sequential":
        missing = _missing_entries(node, votes)
        return bool(missing) and _matches(actor, node.approvers[missing[0]])
    return any(_matches(actor, a) for a in node.approvers)


def _may_submit(actor: Actor, node: wg.Node) -> bool:
    return _is_admin(actor) or (node.assignee is not None and _matches(actor, node.assignee))


def _may_return(actor: Actor, node: wg.Node, header: _Header) -> bool:
    if _is_admin(actor):
        return True
    if actor.can(Permission.DISPATCH_WORK_ORDERS) and actor.in_scope(header.region_code):
        return True
    if node.type == wg.TASK:
        return _may_submit(actor, node)
    return any(_matches(actor, a) for a in node.approvers)


def _refused(actor: Actor, work: _Work, node: wg.Node) -> PermissionDenied:
    return PermissionDenied(
        QT_TRANSLATE_NOOP("ScrmError", "{user} may not act on {name} of work order {number}."),
        user=actor.display_name,
        name=node.name or node.id,
        number=work.number,
    )


def _reject_target(work: _Work, node: wg.Node) -> str:
    target = node.reject_to if node.reject_to in work.graph.nodes else work.graph.upstream_human(node.id)
    if target is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "{name} of work order {number} has no earlier step to send the work back to."
            ),
            number=work.number,
            name=node.name or node.id,
        )
    return target


# --- data a node records ---------------------------------------------------------------------------


def _label(output: wg.Output) -> str:
    return output.label or output.key


def _value_error(template: str, output: wg.Output, **params: Any) -> ValidationError:
    return ValidationError(template, field=output.key, label=_label(output), **params)


def _clean_value(output: wg.Output, raw: Any) -> Any:
    kind = output.type
    if kind == "money":
        if isinstance(raw, bool) or not isinstance(raw, str | int | Decimal):
            raise _value_error(
                QT_TRANSLATE_NOOP("ScrmError", "{label}: “{value}” is not an amount."), output, value=raw
            )
        try:
            value = parse_money(raw, field=output.key)
        except ValidationError:
            raise _value_error(
                QT_TRANSLATE_NOOP("ScrmError", "{label}: “{value}” is not an amount with at most two decimals."),
                output,
                value=raw,
            ) from None
        return f"{value:.2f}"
    if kind == "number":
        number: Decimal | None = None
        if isinstance(raw, Decimal | int) and not isinstance(raw, bool):
            number = Decimal(raw)
        elif isinstance(raw, str):
            try:
                number = Decimal(raw.strip().replace(",", ""))
            except InvalidOperation:
                number = None
        if number is None or not number.is_finite() or abs(number) >= NUMBER_LIMIT:
            raise _value_error(QT_TRANSLATE_NOOP("ScrmError", "{label}: “{value}” is not a number."), output, value=raw)
        return f"{number:f}"
    if kind == "date":
        if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            return raw.isoformat()
        if isinstance(raw, str):
            try:
                return dt.date.fromisoformat(raw.strip()).isoformat()
            except ValueError:
                pass
        raise _value_error(
            QT_TRANSLATE_NOOP("ScrmError", "{label}: “{value}” is not a date (YYYY-MM-DD)."), output, value=raw
        )
    if kind == "bool":
        if not isinstance(raw, bool):
            raise _value_error(QT_TRANSLATE_NOOP("ScrmError", "{label}: answer yes or no."), output)
        return raw
    if not isinstance(raw, str):
        raise _value_error(QT_TRANSLATE_NOOP("ScrmError", "{label}: text expected."), output)
    text = raw.strip()
    if len(text) > MAX_TEXT:
        raise _value_error(
            QT_TRANSLATE_NOOP("ScrmError", "{label}: at most {limit} characters."), output, limit=MAX_TEXT
        )
    if kind == "choice" and output.options and text not in output.options:
        raise _value_error(
            QT_TRANSLATE_NOOP("ScrmError", "{label}: “{value}” is not one of the choices ({choices})."),
            output,
            value=text,
            choices="、".join(output.options),
        )
    return text


def _is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def clean_outputs(node: wg.Node, data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` checked against the node's outputs and converted to its stored (JSON) form:
    money as a two-decimal string, numbers as decimal strings, dates as ISO dates.

    Raises:
        ValidationError: naming the field: unknown key, a work-order field, a missing required
            value, a value of the wrong type or not among the choices.
    """
    outputs = {o.key: o for o in node.outputs}
    for key in data:
        if key in wg.WORK_ORDER_FIELDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{key}” is a field of the work order itself; a step cannot record it."),
                field=str(key),
                key=key,
            )
        if key not in outputs:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "{name} records no field “{key}”."),
                field=str(key),
                name=node.name or node.id,
                key=key,
            )
    cleaned: dict[str, Any] = {}
    for key, output in outputs.items():
        if key in wg.WORK_ORDER_FIELDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{key}” is a field of the work order itself; a step cannot record it."),
                field=key,
                key=key,
            )
        raw = data.get(key)
        if _is_blank(raw):
            if output.required:
                raise _value_error(QT_TRANSLATE_NOOP("ScrmError", "{label}: required."), output)
            continue
        cleaned[key] = _clean_value(output, raw)
    return cleaned


def _clean_comment(comment: str, *, required: bool) -> str:
    text = (comment or "").strip()
    if required and not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Say why: a comment is required to send the work back."), field="comment"
        )
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The comment must not be longer than {n} characters."),
            field="comment",
            n=MAX_COMMENT,
        )
    return text


# --- forms a node records ----------------------------------------------------------------------------


class _RememberedLookups:
    """The database lookups of ``forms``, remembering every answer: a batch asks about each
    region, customer, user, item and file once."""

    def __init__(self, session: Session) -> None:
        self._db = forms.database_lookups(session)
        self._regions: dict[str, bool] = {}
        self._customers: dict[uuid.UUID, bool] = {}
        self._users: dict[uuid.UUID, bool] = {}
        self._items: dict[str, bool] = {}
        self._files: dict[uuid.UUID, fs.FileInfo | None] = {}

    @staticmethod
    def _ask(known: dict[Any, bool], wanted: Collection[Any], query: Callable[[list[Any]], set[Any]]) -> set[Any]:
        missing = [w for w in wanted if w not in known]
        if missing:
            found = query(missing)
            known.update((w, w in found) for w in missing)
        return {w for w in wanted if known[w]}

    def existing_regions(self, codes: Collection[str]) -> set[str]:
        return self._ask(self._regions, codes, self._db.existing_regions)

    def existing_customers(self, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
        return self._ask(self._customers, ids, self._db.existing_customers)

    def existing_users(self, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
        return self._ask(self._users, ids, self._db.existing_users)

    def existing_items(self, codes: Collection[str]) -> set[str]:
        return self._ask(self._items, codes, self._db.existing_items)

    def files(self, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, fs.FileInfo]:
        missing = [i for i in ids if i not in self._files]
        if missing:
            found = self._db.files(missing)
            self._files.update((i, found.get(i)) for i in missing)
        return {i: info for i in ids if (info := self._files[i]) is not None}


@dataclass(frozen=True)
class _FormUse:
    """A form filled in at a node: the version it was checked against and the clean data."""

    form: forms.LoadedForm
    data: dict[str, Any]


class _FormDesk:
    """What one action needs to take forms in: the published versions (read once per call) and
    the lookups that check references."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.lookups = _RememberedLookups(session)
        self._published: dict[str, forms.LoadedForm | None] = {}

    def published(self, key: str) -> forms.LoadedForm:
        """The version of form ``key`` a submission uses now.

        Raises:
            ValidationError: there is no such form, or nothing of it is published.
        """
        if key not in self._published:
            self._published[key] = forms.published_form(self.session, key)
        found = self._published[key]
        if found is None:
            raise _no_published_form(self.session, key)
        return found


def _no_published_form(session: Session, key: str) -> ValidationError:
    name = session.scalar(select(FormDefinition.name).where(FormDefinition.key == key))
    if name is None:
        return ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The form {key} this step asks for does not exist."), field="form", key=key
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Form {form} has no published version; publish it before it can be filled in."),
        field="form",
        form=name,
    )


def _form_refused(form: forms.LoadedForm, problems: Mapping[str, list[ValidationError]]) -> ValidationError:
    """Every problem of a form at once: ``field`` is the first bad field in reading order, ``errors``
    (field key → English messages, as ``forms.submit_form`` gives them) and ``field_errors`` (field
    key → the errors, for a GUI to translate) list them all."""
    order = {spec.key: i for i, spec in enumerate(form.schema.ordered())}
    keys = sorted(problems, key=lambda key: order.get(key, -1))  # problems of the form as a whole first
    flat = [error for key in keys for error in problems[key]]
    shown: list[Any] = flat[:MAX_PROBLEMS_IN_MESSAGE]
    lines = "\n".join(f"• {{e{i}}}" for i in range(len(shown)))
    if len(flat) > len(shown):
        lines += f"\n… (+{len(flat) - len(shown)})"
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "The form {form} cannot be submitted; problems found: {count}.\n{list}"),
        field=keys[0],
        form=form.row.name,
        count=len(flat),
        list=ValidationError(lines, **{f"e{i}": error for i, error in enumerate(shown)}),
        errors={key: [error.message() for error in problems[key]] for key in keys},
        field_errors={key: list(problems[key]) for key in keys},
    )


def _node_data(env: _Env, node: wg.Node, data: Mapping[str, Any]) -> tuple[dict[str, Any], _FormUse | None]:
    """The data a node records, checked: its form's (against the version published now), else its outputs'."""
    if not node.form_key:
        return clean_outputs(node, data), None
    assert env.desk is not None
    form = env.desk.published(node.form_key)
    clean, problems = fs.check_data(form.schema, data, permissions=node.field_permissions, lookups=env.desk.lookups)
    if problems:
        raise _form_refused(form, problems)
    return clean, _FormUse(form, clean)


def _recorded(clean: Mapping[str, Any], use: _FormUse | None) -> dict[str, Any]:
    """What goes into the flow's data: a form field named like a work-order field stays in the
    submission only (conditions read the work order's own value)."""
    if use is None:
        return dict(clean)
    return {key: value for key, value in clean.items() if key not in wg.WORK_ORDER_FIELDS}


def _lines_actor(actor: Actor) -> Actor:
    """Who writes a node's catalog lines to the work order. The workflow made the actor the node's
    assignee or approver, which is the permission that counts here: one who may not edit work orders
    otherwise (an installer recording the parts used) gets a dispatcher's rights for this one save,
    which changes nothing but the lines the node's form collected (the rest is saved unchanged)."""
    if actor.can(Permission.DISPATCH_WORK_ORDERS):
        return actor  # a dispatcher keeps their regions: the work order must be in them
    return Actor(
        actor.user_id,
        actor.username,
        actor.display_name,
        actor.roles | {Role.DISPATCHER.value},
        frozenset(),
        actor.timezone,
    )


def _apply_lines(env: _Env, work: _Work, node: wg.Node, use: _FormUse) -> None:
    """Make the work order's lines from ``node`` those of its form's catalog-lines fields.

    The lines an earlier submission of the node added (``FORM_LINES_KEY``) are replaced, not added
    to; lines entered in the work order itself are kept. Unchanged lines change nothing, so a
    completed work order accepts its node submitted again with the same lines, and refuses any other.
    """
    assert env.desk is not None
    session = env.desk.session
    fields = [spec for spec in use.form.schema.ordered() if spec.type == fs.CATALOG_LINES]
    added: dict[str, list[str]] = {k: list(v) for k, v in (work.data.get(FORM_LINES_KEY) or {}).items()}
    earlier = set(added.get(node.id) or [])
    wanted = [(spec, line) for spec in fields for line in use.data.get(spec.key) or []]
    if not wanted and not earlier:
        return
    actor = _lines_actor(env.actor)
    detail = wo.get_work_order(session, actor, work.header.id)
    mine = [line for line in detail.earnings.lines if line.line_id is not None and str(line.line_id) in earlier]
    if [(line.item_code, line.quantity) for line in mine] == [
        (line["item"], Decimal(line["quantity"])) for _spec, line in wanted
    ]:
        return  # submitted again with the same lines
    if not detail.is_open:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "Work order {number} is completed and its lines are frozen: the catalog lines of the form {form} "
                "cannot change them. Reopen the work order first.",
            ),
            field=fields[0].key if fields else "form",
            number=work.number,
            form=use.form.row.name,
        )
    codes = sorted({line["item"] for _spec, line in wanted})
    found = session.execute(select(CatalogItem.code, CatalogItem.id).where(CatalogItem.code.in_(codes)))
    item_ids: dict[str, uuid.UUID] = dict(found.all())
    current = detail.to_input()
    kept = tuple(line for line in current.lines if line.line_id is None or str(line.line_id) not in earlier)
    new = tuple(
        wo.LineInput(item_ids[line["item"]], Decimal(line["quantity"]), note=spec.title[:200]) for spec, line in wanted
    )
    before = {line.line_id for line in detail.earnings.lines}
    saved = wo.update_work_order(
        session, actor, work.header.id, dataclasses.replace(current, lines=kept + new), expected_version=detail.version
    )
    ids = [str(line.line_id) for line in saved.earnings.lines if line.line_id not in before]
    if ids:
        added[node.id] = ids
    else:
        added.pop(node.id, None)
    work.data = {key: value for key, value in work.data.items() if key != FORM_LINES_KEY}
    if added:
        work.data[FORM_LINES_KEY] = added
    if work.graph.reads_pricing:  # a condition after this node may read the new amount
        work.facts.update(_priced_facts(session, env.actor, [work.header])[work.header.id])


def _keep_submission(env: _Env, work: _Work, node: wg.Node, use: _FormUse, step_id: uuid.UUID) -> None:
    """The form submission of a step, written with the step (and audited as ``forms.submit_form`` does)."""
    submission_id = new_id()
    row = use.form.row
    work.submissions.append(
        {
            "id": submission_id,
            "form_version_id": row.id,
            "form_key": row.key,
            "form_version": row.number,
            "work_order_id": work.header.id,
            "node_id": node.id[:80],
            "step_id": step_id,
            "data": use.data,
            "submitted_at": env.now,
            "submitted_by_id": env.actor.user_id,
            "submitted_by_name": env.actor.display_name[:100],
        }
    )
    after = {"form": row.key, "version": row.number, "work_order": work.header.id, "fields": len(use.data)}
    work.audits.append(
        {
            "id": new_id(),
            "at": env.now,
            "actor_id": env.actor.user_id,
            "actor_name": env.actor.display_name[:100],
            "action": "submit",
            "entity_type": "form_submission",
            "entity_id": str(submission_id),
            "summary": f"{row.key} v{row.number}"[:255],
            "diff": audit.diff({}, after),
        }
    )


# --- the actions on one work order in memory -------------------------------------------------------


def _do_start(env: _Env, work: _Work) -> None:
    start = work.graph.start()
    work.started_at = env.now
    reached = _walk(env, work, work.graph.outgoing[start.id])
    _step(env, work, "start", from_node=start.id, to_nodes=reached)
    _audit(env, work, "start", None, " → ".join(work.graph.name(n) for n in reached))
    _finish_if_done(env, work)


def _require_running(work: _Work) -> None:
    if work.header.status == "cancelled":
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} is cancelled: its workflow does not move any more."),
            number=work.number,
        )
    if work.status != "running":
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The workflow of work order {number} has finished."),
            number=work.number,
        )


def _do_submit(env: _Env, work: _Work, node_id: str, data: Mapping[str, Any], comment: str) -> None:
    _require_running(work)
    node = work.graph.node(node_id)
    if node.type == wg.APPROVAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{name} is an approval: approve or reject it instead of submitting it."),
            field="node_id",
            name=node.name or node.id,
        )
    if node.type != wg.TASK:
        raise _not_human(work, node)
    _require_at(work, node_id)
    if not _may_submit(env.actor, node):
        raise _refused(env.actor, work, node)
    cleaned, use = _node_data(env, node, data)
    if use is not None:
        _apply_lines(env, work, node, use)
    before = work.token_nodes()
    _take_token(work, node_id)
    work.data = {**work.data, **_recorded(cleaned, use)}
    reached = _walk(env, work, work.graph.outgoing[node_id])
    step_id = _step(
        env,
        work,
        "submit",
        from_node=node_id,
        to_nodes=reached,
        data=cleaned,
        comment=comment,
        form_key=node.form_key,
        form_version=use.form.row.number if use else None,
    )
    if use is not None:
        _keep_submission(env, work, node, use, step_id)
    _audit(env, work, "submit", before, _moved(work, node_id, reached))
    _finish_if_done(env, work)


def _do_advance(env: _Env, work: _Work, node_id: str, data: Mapping[str, Any]) -> None:
    """Submit a task or approve an approval (what a batch does to each work order)."""
    if work.graph.node(node_id).type == wg.APPROVAL:
        _do_approve(env, work, node_id, data, "")
    else:
        _do_submit(env, work, node_id, data, "")


def _not_human(work: _Work, node: wg.Node) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "{name} is not a task or an approval."),
        field="node_id",
        name=node.name or node.id,
    )


def _moved(work: _Work, from_node: str, to_nodes: Sequence[str]) -> str:
    targets = "、".join(work.graph.name(n) for n in to_nodes) or "…"
    return f"{work.graph.name(from_node)} → {targets}"


def _do_approve(env: _Env, work: _Work, node_id: str, data: Mapping[str, Any], comment: str) -> None:
    _require_running(work)
    node = work.graph.node(node_id)
    if node.type != wg.APPROVAL:
        if node.type == wg.TASK:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "{name} is a task: submit it instead of approving it."),
                field="node_id",
                name=node.name or node.id,
            )
        raise _not_human(work, node)
    _require_at(work, node_id)
    votes = _votes(work, node_id)
    entry = _vote_entry(env.actor, node, votes)
    if entry is None:
        if any(v.get("by_key") == _voter_key(env.actor) for v in votes):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ScrmError", "{user} has already approved {name} of work order {number}."),
                user=env.actor.display_name,
                name=node.name or node.id,
                number=work.number,
            )
        raise _refused(env.actor, work, node)
    cleaned, use = _node_data(env, node, data)
    if use is not None:
        _apply_lines(env, work, node, use)
    before = work.token_nodes()
    votes.append(
        {
            "entry": entry,
            "by": env.actor.display_name,
            "by_key": _voter_key(env.actor),
            "at": env.now_iso,
        }
    )
    done = node.approval_mode == "any" or not _missing_entries(node, votes)
    approvals = dict(work.approvals)
    if done:
        approvals.pop(node_id, None)
    else:
        approvals[node_id] = {"votes": votes}
    work.approvals = approvals
    work.data = {**work.data, **_recorded(cleaned, use)}
    reached: list[str] = []
    if done:
        _take_token(work, node_id)
        work.data["approved"] = True
        reached = _walk(env, work, work.graph.outgoing[node_id])
    step_id = _step(
        env,
        work,
        "approve",
        from_node=node_id,
        to_nodes=reached,
        data=cleaned,
        comment=comment,
        form_key=node.form_key,
        form_version=use.form.row.number if use else None,
    )
    if use is not None:
        _keep_submission(env, work, node, use, step_id)
    _audit(env, work, "approve", before, _moved(work, node_id, reached) if done else work.graph.name(node_id))
    _finish_if_done(env, work)


def _send_back(env: _Env, work: _Work, node: wg.Node, *, target: str, action: str, comment: str) -> None:
    before = work.token_nodes()
    _take_token(work, node.id)
    approvals = dict(work.approvals)
    approvals.pop(node.id, None)
    work.approvals = approvals
    if action == "reject":
        work.data = {**work.data, "approved": False}
    work.tokens.append(_token(env, work.graph.node(target)))
    _step(env, work, action, from_node=node.id, to_nodes=[target], comment=comment, form_key=node.form_key)
    _audit(env, work, action, before, _moved(work, node.id, [target]))


def _do_reject(env: _Env, work: _Work, node_id: str, comment: str) -> None:
    _require_running(work)
    node = work.graph.node(node_id)
    if node.type != wg.APPROVAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Only an approval can be rejected; {name} is not one."),
            field="node_id",
            name=node.name or node.id,
        )
    _require_at(work, node_id)
    if not _may_reject(env.actor, node, _votes(work, node_id)):
        raise _refused(env.actor, work, node)
    text = _clean_comment(comment, required=True)
    _send_back(env, work, node, target=_reject_target(work, node), action="reject", comment=text)


def _do_return(env: _Env, work: _Work, node_id: str, target: str, comment: str) -> None:
    _require_running(work)
    node = work.graph.node(node_id)
    if node.type not in wg.HUMAN_TYPES:
        raise _not_human(work, node)
    _require_at(work, node_id)
    if not _may_return(env.actor, node, work.header):
        raise _refused(env.actor, work, node)
    if target not in node.return_to or target not in work.graph.nodes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{name} can only send the work back to: {targets}."),
            field="target",
            name=node.name or node.id,
            targets="、".join(work.graph.name(t) for t in node.return_to) or "—",
        )
    text = _clean_comment(comment, required=True)
    _send_back(env, work, node, target=target, action="return", comment=text)


# --- reading ---------------------------------------------------------------------------------------


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


_HEADER_COLUMNS = (
    WorkOrder.id,
    WorkOrder.number,
    WorkOrder.status,
    WorkOrder.region_code,
    WorkOrder.province_code,
    WorkOrder.city_code,
    WorkOrder.scenario,
    WorkOrder.complexity,
    WorkOrder.provider_type,
    ProviderType.name,
    WorkOrder.completed_on,
)


def _header(row: Sequence[Any]) -> _Header:
    (wo_id, number, status, region, province, city, scenario, complexity, frozen_type, live_type, completed_on) = row
    return _Header(
        id=wo_id,
        number=number,
        status=status,
        region_code=region,
        province_code=province,
        city_code=city,
        scenario=scenario,
        complexity=complexity,
        provider_type=frozen_type if status == "completed" else live_type,
        completed_on=completed_on,
    )


def _headers(session: Session, ids: Sequence[uuid.UUID], *, lock: bool) -> dict[uuid.UUID, _Header]:
    found: dict[uuid.UUID, _Header] = {}
    for chunk in _chunks(ids):
        stmt = (
            select(*_HEADER_COLUMNS)
            .outerjoin(Provider, Provider.id == WorkOrder.provider_id)
            .outerjoin(ProviderType, ProviderType.id == Provider.provider_type_id)
            .where(WorkOrder.id.in_(chunk))
        )
        if lock:
            stmt = stmt.with_for_update(of=WorkOrder)
        for row in session.execute(stmt):
            header = _header(tuple(row))
            found[header.id] = header
    return found


_FLOW_COLUMNS = (
    WorkOrderFlow.work_order_id,
    WorkOrderFlow.workflow_version_id,
    WorkOrderFlow.rule_id,
    WorkOrderFlow.status,
    WorkOrderFlow.tokens,
    WorkOrderFlow.approvals,
    WorkOrderFlow.joins,
    WorkOrderFlow.data,
    WorkOrderFlow.step_count,
    WorkOrderFlow.version,
    WorkOrderFlow.started_at,
    WorkOrderFlow.finished_at,
)


class _Graphs:
    """Published versions parsed once per call (they are immutable)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._graphs: dict[uuid.UUID, FlowGraph] = {}
        self._form_types: dict[str, dict[str, str]] = {}

    def load(self, version_ids: Iterable[uuid.UUID]) -> None:
        missing = sorted({v for v in version_ids if v not in self._graphs})
        parsed: dict[uuid.UUID, wg.WorkflowGraph] = {}
        for chunk in _chunks(missing):
            for vid, graph, ui in self._session.execute(
                select(WorkflowVersion.id, WorkflowVersion.graph, WorkflowVersion.ui).where(
                    WorkflowVersion.id.in_(chunk)
                )
            ):
                parsed[vid] = wg.WorkflowGraph.from_json(graph, ui)
        keys = {n.form_key for g in parsed.values() for n in g.nodes.values() if n.form_key}
        self._load_form_types(keys)
        for vid, graph in parsed.items():
            types: dict[str, str] = {}
            for node in graph.nodes.values():
                for key, kind in self._form_types.get(node.form_key or "", {}).items():
                    types.setdefault(key, kind)
            self._graphs[vid] = FlowGraph(graph, types)

    def _load_form_types(self, keys: Collection[str]) -> None:
        """Field key → type of the published version of each form in ``keys`` (how conditions read
        their values; a form with nothing published contributes nothing)."""
        missing = sorted(k for k in keys if k not in self._form_types)
        for key in missing:
            self._form_types[key] = {}
        for chunk in _chunks(missing):
            for key, schema in self._session.execute(
                select(FormDefinition.key, FormVersion.schema)
                .join(FormVersion, FormVersion.definition_id == FormDefinition.id)
                .where(FormDefinition.key.in_(chunk), FormVersion.status == "published")
            ):
                try:
                    fields = fs.FormSchema.from_json(schema).fields
                except ValidationError:
                    continue
                self._form_types[key] = {spec.key: spec.type for spec in fields.values()}

    def __getitem__(self, version_id: uuid.UUID) -> FlowGraph:
        if version_id not in self._graphs:
            self.load([version_id])
        return self._graphs[version_id]


def _load_works(session: Session, ids: Sequence[uuid.UUID], graphs: _Graphs, *, lock: bool) -> dict[uuid.UUID, _Work]:
    """The flows of ``ids`` (locked on PostgreSQL when ``lock``) with their work orders' facts."""
    rows: list[Sequence[Any]] = []
    for chunk in _chunks(ids):
        stmt = select(*_FLOW_COLUMNS).where(WorkOrderFlow.work_order_id.in_(chunk))
        if lock:
            stmt = stmt.with_for_update()
        rows.extend(tuple(r) for r in session.execute(stmt))
    headers = _headers(session, [r[0] for r in rows], lock=False)
    graphs.load(r[1] for r in rows)
    works: dict[uuid.UUID, _Work] = {}
    for wo_id, vid, rule_id, status, tokens, approvals, joins, data, steps, version, started, finished in rows:
        works[wo_id] = _Work(
            header=headers[wo_id],
            graph=graphs[vid],
            version_id=vid,
            rule_id=rule_id,
            status=status,
            tokens=[dict(t) for t in tokens or []],
            approvals=dict(approvals or {}),
            joins=dict(joins or {}),
            data=dict(data or {}),
            step_count=steps,
            lock_version=version,
            started_at=started,
            finished_at=finished,
        )
    return works


def _base_facts(header: _Header) -> dict[str, Any]:
    return {
        "scenario": header.scenario,
        "provider_type": header.provider_type,
        "region_code": header.region_code,
        "province_code": header.province_code,
        "city_code": header.city_code,
        "complexity": header.complexity,
    }


def _fill_facts(session: Session, actor: Actor, works: Iterable[_Work]) -> None:
    """Every work order's fields for conditions; the priced ones only for versions that read them."""
    todo = list(works)
    for work in todo:
        work.facts = _base_facts(work.header)
    priced = [w for w in todo if w.graph.reads_pricing]
    if priced:
        amounts = _priced_facts(session, actor, [w.header for w in priced])
        for work in priced:
            work.facts.update(amounts[work.header.id])


def _priced_facts(session: Session, actor: Actor, headers: Sequence[_Header]) -> dict[uuid.UUID, dict[str, Any]]:
    """``amount``, ``sales_amount`` and ``line_count`` of many work orders, in a few queries.

    Completed work orders: their frozen line amounts plus adjustments (the statement figures).
    Open ones: the live preview priced on their completion date or today (one ``Pricer`` for all),
    lines without a price left out (the earnings panel shows why).
    """
    ids = [h.id for h in headers]
    found: dict[uuid.UUID, dict[str, Any]] = {i: {"amount": ZERO, "sales_amount": ZERO, "line_count": 0} for i in ids}
    frozen = [h.id for h in headers if h.status == "completed"]
    for chunk in _chunks(frozen):
        for wo_id, settlement, sales, count in session.execute(
            select(
                WorkOrderLine.work_order_id,
                func.sum(WorkOrderLine.settlement_amount),
                func.sum(WorkOrderLine.sales_amount),
                func.count(),
            )
            .where(WorkOrderLine.work_order_id.in_(chunk))
            .group_by(WorkOrderLine.work_order_id)
        ):
            found[wo_id].update(amount=settlement or ZERO, sales_amount=sales or ZERO, line_count=int(count))
        for wo_id, amount in session.execute(
            select(WorkOrderAdjustment.work_order_id, func.sum(WorkOrderAdjustment.amount))
            .where(WorkOrderAdjustment.work_order_id.in_(chunk))
            .group_by(WorkOrderAdjustment.work_order_id)
        ):
            found[wo_id]["amount"] += amount or ZERO
    live = [h for h in headers if h.status != "completed"]
    if live:
        live_ids = [h.id for h in live]
        lines = line_specs(session, live_ids)
        adjustments = adjustment_specs(session, live_ids)
        pricer = Pricer(session, actor, {spec.item_code for specs in lines.values() for spec in specs})
        today = business_today(actor)
        for h in live:
            earnings = preview(
                pricer,
                on=h.completed_on or today,
                job=JobContext(h.region_code, h.provider_type, h.scenario, h.complexity),
                crew=(),
                lines=lines.get(h.id, []),
                adjustments=adjustments.get(h.id, []),
            )
            found[h.id].update(
                amount=earnings.total, sales_amount=earnings.sales_total, line_count=len(lines.get(h.id, []))
            )
    return found


# --- writing ----------------------------------------------------------------------------------------


def _flow_values(env: _Env, work: _Work) -> dict[str, Any]:
    dues = [d for d in (_moment(t.get("due_at")) for t in work.tokens) if d is not None]
    return {
        "status": work.status,
        "tokens": work.tokens,
        "approvals": work.approvals,
        "joins": work.joins,
        "data": work.data,
        "current_node": work.tokens[0]["node"] if work.tokens else None,
        "due_at": min(dues) if dues else None,
        "step_count": work.step_count,
        "finished_at": work.finished_at,
        "updated_at": env.now,
        "updated_by_id": env.actor.user_id,
    }


def _write(session: Session, env: _Env, works: Sequence[_Work]) -> None:
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    steps: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []
    for work in works:
        values = _flow_values(env, work)
        if work.is_new:
            inserts.append(
                {
                    "work_order_id": work.header.id,
                    "workflow_version_id": work.version_id,
                    "rule_id": work.rule_id,
                    **values,
                    "started_at": work.started_at or env.now,
                    "created_at": env.now,
                    "version": 1,
                }
            )
        else:
            updates.append(
                {
                    "work_order_id": work.header.id,
                    "old_version": work.lock_version,
                    "version": work.lock_version + 1,
                    **values,
                }
            )
        steps.extend(work.steps)
        audits.extend(work.audits)
    flows = cast(Table, WorkOrderFlow.__table__)
    bulk.insert_rows(session, flows, inserts)
    if updates:
        changed = bulk.update_rows(
            session, flows, updates, where={"work_order_id": "work_order_id", "version": "old_version"}
        )
        if changed not in (-1, len(updates)):
            _raise_stale_after_write(session, env, works)
    bulk.insert_rows(session, cast(Table, WorkOrderFlowStep.__table__), steps)
    submissions = [row for work in works for row in work.submissions]
    bulk.insert_rows(session, cast(Table, FormSubmission.__table__), submissions)  # after their steps
    bulk.insert_rows(session, cast(Table, AuditEntry.__table__), audits)
    _expire(session, {w.header.id for w in works})
    for work in works:
        work.is_new = False
        work.lock_version = work.lock_version + 1 if work.lock_version else 1
        work.steps = []
        work.audits = []
        work.submissions = []


def _expire(session: Session, ids: set[uuid.UUID]) -> None:
    """Forget flows the session holds for ``ids``: they were written around the ORM."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, WorkOrderFlow) and obj.work_order_id in ids:
            session.expire(obj)


def _stale(session: Session, actor: Actor, number: str, work_order_id: uuid.UUID) -> StaleWriteError:
    found = session.execute(
        select(WorkOrderFlow.updated_at, User.display_name)
        .outerjoin(User, User.id == WorkOrderFlow.updated_by_id)
        .where(WorkOrderFlow.work_order_id == work_order_id)
    ).first()
    if found is None:
        return StaleWriteError(
            QT_TRANSLATE_NOOP("ScrmError", "{entity} was deleted by someone else. Reload and try again."),
            entity=number,
        )
    when: dt.datetime = found[0]
    return StaleWriteError(
        QT_TRANSLATE_NOOP(
            "ScrmError", "{entity} was changed by {user} at {time} after you opened it. Reload and try again."
        ),
        entity=number,
        user=found[1] or "—",
        time=when.astimezone(ZoneInfo(actor.timezone)).strftime("%Y-%m-%d %H:%M"),
    )


def _raise_stale_after_write(session: Session, env: _Env, works: Sequence[_Work]) -> None:
    """Name a work order whose flow the batch UPDATE did not change: its version moved meanwhile.

    A row this batch wrote has the new version and ``updated_at == env.now``; any other was
    written by someone else."""
    expected = {w.header.id: w.lock_version + 1 for w in works if not w.is_new}
    current: dict[uuid.UUID, tuple[int, dt.datetime]] = {}
    for chunk in _chunks(list(expected)):
        for wo_id, version, updated_at in session.execute(
            select(WorkOrderFlow.work_order_id, WorkOrderFlow.version, WorkOrderFlow.updated_at).where(
                WorkOrderFlow.work_order_id.in_(chunk)
            )
        ):
            current[wo_id] = (version, updated_at)
    by_id = {w.header.id: w for w in works}
    for wo_id, version in expected.items():
        if current.get(wo_id) != (version, env.now):
            raise _stale(session, env.actor, by_id[wo_id].number, wo_id)
    raise StaleWriteError(QT_TRANSLATE_NOOP("ScrmError", "Some work orders were changed by someone else; reload them."))


# --- loading state for the UI ------------------------------------------------------------------------


def _assignee_label(session: Session, who: wg.Assignee, names: dict[str, str]) -> str:
    if who.kind == "user":
        if who.value not in names:
            try:
                user_id = uuid.UUID(who.value)
            except ValueError:
                user_id = None
            found = session.scalar(select(User.display_name).where(User.id == user_id)) if user_id else None
            names[who.value] = found or who.label or who.value
        return names[who.value]
    return who.value


def _published_numbers(session: Session, keys: Collection[str]) -> dict[str, int]:
    """Form key → the number of its published version (forms with none are left out)."""
    if not keys:
        return {}
    return {
        key: int(number)
        for key, number in session.execute(
            select(FormDefinition.key, func.max(FormVersion.number))
            .join(FormVersion, FormVersion.definition_id == FormDefinition.id)
            .where(FormDefinition.key.in_(sorted(keys)), FormVersion.status == "published")
            .group_by(FormDefinition.key)
        )
    }


def _active(session: Session, work: _Work, now: dt.datetime) -> list[ActiveNode]:
    names: dict[str, str] = {}
    graph = work.graph
    active = []
    form_keys = {graph.nodes[str(t["node"])].form_key for t in work.tokens if str(t["node"]) in graph.nodes}
    published = _published_numbers(session, {key for key in form_keys if key})
    for token in work.tokens:
        node = graph.node(str(token["node"]))
        due = _moment(token.get("due_at"))
        approvers = [_assignee_label(session, a, names) for a in node.approvers]
        labels = _unique(approvers)
        votes = {labels[int(v["entry"])]: "approve" for v in _votes(work, node.id) if int(v["entry"]) < len(labels)}
        if node.type == wg.TASK:
            assignee = _assignee_label(session, node.assignee, names) if node.assignee else ""
        else:
            assignee = "、".join(approvers)
        entered = _moment(token.get("entered_at")) or now
        active.append(
            ActiveNode(
                node_id=node.id,
                name=node.name or node.id,
                type=node.type,
                stage_name=graph.graph.stage_name(node.stage),
                entered_at=entered,
                due_at=due,
                overdue=due is not None and now > due,
                assignee_label=assignee,
                approvers=labels,
                votes=votes,
                outputs=list(node.outputs),
                form_key=node.form_key,
                field_permissions=dict(node.field_permissions),
                form_version=published.get(node.form_key) if node.form_key else None,
            )
        )
    return active


def _unique(labels: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def _actions(actor: Actor, work: _Work) -> list[ActionOption]:
    if work.status != "running" or work.header.status == "cancelled":
        return []
    graph = work.graph
    options: list[ActionOption] = []
    seen: set[str] = set()
    for node_id in work.token_nodes():
        if node_id in seen:
            continue
        seen.add(node_id)
        node = graph.node(node_id)
        name = node.name or node.id
        if node.type == wg.TASK and _may_submit(actor, node):
            options.append(ActionOption("submit", node.id, name))
        if node.type == wg.APPROVAL:
            votes = _votes(work, node.id)
            if _vote_entry(actor, node, votes) is not None:
                options.append(ActionOption("approve", node.id, name))
            if _may_reject(actor, node, votes):
                target = node.reject_to if node.reject_to in graph.nodes else graph.upstream_human(node.id)
                if target is not None:
                    options.append(ActionOption("reject", node.id, name, [(target, graph.name(target))]))
        targets = [(t, graph.name(t)) for t in node.return_to if t in graph.nodes]
        if targets and _may_return(actor, node, work.header):
            options.append(ActionOption("return", node.id, name, targets))
    return options


def _history(session: Session, work: _Work) -> list[StepRow]:
    rows = session.scalars(
        select(WorkOrderFlowStep)
        .where(WorkOrderFlowStep.work_order_id == work.header.id)
        .order_by(WorkOrderFlowStep.seq)
    )
    submissions: dict[uuid.UUID, uuid.UUID] = {
        step_id: submission_id
        for step_id, submission_id in session.execute(
            select(FormSubmission.step_id, FormSubmission.id).where(
                FormSubmission.work_order_id == work.header.id, FormSubmission.step_id.is_not(None)
            )
        )
        if step_id is not None
    }
    return [
        StepRow(
            seq=s.seq,
            at=s.at,
            actor_name=s.actor_name,
            action=s.action,
            from_node=s.from_node,
            from_name=s.from_name,
            to_names=[work.graph.name(n) for n in s.to_nodes or []],
            data=dict(s.data or {}),
            comment=s.comment,
            form_key=s.form_key,
            form_version=s.form_version,
            submission_id=submissions.get(s.id),
        )
        for s in rows
    ]


def _state(session: Session, actor: Actor, work: _Work) -> FlowState:
    found = session.execute(
        select(WorkflowDefinition.key, WorkflowDefinition.name, WorkflowVersion.number)
        .join(WorkflowVersion, WorkflowVersion.definition_id == WorkflowDefinition.id)
        .where(WorkflowVersion.id == work.version_id)
    ).one()
    key, name, number = found
    return FlowState(
        work_order_id=work.header.id,
        workflow_key=key,
        workflow_name=name,
        version_number=number,
        version_id=work.version_id,
        status=work.status,
        active=_active(session, work, utcnow()),
        actions=_actions(actor, work),
        history=_history(session, work),
        data={key: value for key, value in work.data.items() if key not in RESERVED_KEYS},
        version=work.lock_version,
    )


# --- the public actions -----------------------------------------------------------------------------


def _env(session: Session, actor: Actor) -> _Env:
    return _Env(actor, utcnow(), wcal.get_calendar(session), wcal.day_exceptions(session), _FormDesk(session))


def _work_order_number(session: Session, work_order_id: uuid.UUID) -> str:
    number = session.scalar(select(WorkOrder.number).where(WorkOrder.id == work_order_id))
    if number is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("ScrmError", "There is no work order {number}."),
            field="work_order",
            number=str(work_order_id),
        )
    return number


def _one(session: Session, actor: Actor, work_order_id: uuid.UUID, expected_version: int | None) -> _Work:
    """The flow of one work order, locked, checked against the version the user saw."""
    number = _work_order_number(session, work_order_id)
    works = _load_works(session, [work_order_id], _Graphs(session), lock=True)
    work = works.get(work_order_id)
    if work is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} does not follow a workflow."),
            field="work_order",
            number=number,
        )
    if expected_version is not None and work.lock_version != expected_version:
        raise _stale(session, actor, number, work_order_id)
    return work


def _act(
    session: Session,
    actor: Actor,
    work_order_id: uuid.UUID,
    expected_version: int,
    do: Callable[[_Env, _Work], None],
) -> FlowState:
    work = _one(session, actor, work_order_id, expected_version)
    _fill_facts(session, actor, [work])
    env = _env(session, actor)
    do(env, work)
    _write(session, env, [work])
    return _state(session, actor, work)


def _new_work(header: _Header, graph: FlowGraph, version_id: uuid.UUID, rule_id: uuid.UUID | None) -> _Work:
    return _Work(header=header, graph=graph, version_id=version_id, rule_id=rule_id, is_new=True)


def start_flow(session: Session, actor: Actor, work_order_id: uuid.UUID, *, key: str | None = None) -> FlowState:
    """Start the work order on a workflow: the one named by ``key``, else the one the workflow
    rules choose for its region, provider type, scenario and complexity. Pins the newest published
    version and moves through the start and any gateways to the first task(s) or approval(s).

    Raises:
        ValidationError: no rule applies, the workflow has no published version, the work order
            already follows a workflow, or a gateway finds no path (nothing is written then).
    """
    require(actor, Permission.DISPATCH_WORK_ORDERS)
    headers = _headers(session, [work_order_id], lock=True)
    header = headers.get(work_order_id)
    if header is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("ScrmError", "There is no work order {number}."),
            field="work_order",
            number=str(work_order_id),
        )
    require_region(actor, header.region_code)
    existing = session.execute(
        select(WorkflowDefinition.name)
        .join(WorkflowVersion, WorkflowVersion.definition_id == WorkflowDefinition.id)
        .join(WorkOrderFlow, WorkOrderFlow.workflow_version_id == WorkflowVersion.id)
        .where(WorkOrderFlow.work_order_id == work_order_id)
    ).scalar()
    if existing is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} already follows the workflow {name}."),
            number=header.number,
            name=existing,
        )
    rule_id: uuid.UUID | None = None
    if key is not None:
        version_id = _published_by_key(session, key)
    else:
        found = WorkflowChooser(session).winner(_context(header, business_today(actor)))
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "No workflow applies to work order {number}: no active workflow rule with a published "
                    "workflow matches its region, provider type, scenario and complexity.",
                ),
                field="workflow",
                number=header.number,
            )
        rule, version_id, _number = found
        rule_id = rule.id
    graphs = _Graphs(session)
    work = _new_work(header, graphs[version_id], version_id, rule_id)
    _fill_facts(session, actor, [work])
    env = _env(session, actor)
    _do_start(env, work)
    _write(session, env, [work])
    return _state(session, actor, work)


def _published_by_key(session: Session, key: str) -> uuid.UUID:
    from scrm_desktop.services.workflows import published_version

    definition = session.scalar(select(WorkflowDefinition).where(WorkflowDefinition.key == key))
    if definition is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "There is no workflow {key}."), field="key", key=key)
    version = published_version(session, definition.id)
    if version is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Workflow {key} has no published version."), field="key", key=key
        )
    return version.id


def _context(header: _Header, on: dt.date) -> Context:
    return workflow_context(
        region_code=header.region_code,
        provider_type=header.provider_type,
        scenario=header.scenario,
        complexity=header.complexity,
        on=on,
    )


def start_flows_if_configured(session: Session, actor: Actor, work_order_ids: Sequence[uuid.UUID]) -> int:
    """Start, quietly, every work order of ``work_order_ids`` that a workflow rule applies to and
    that follows no workflow yet (used when work orders are created); returns how many started.

    Set-based: one chooser, one read of the work orders, bulk writes. A work order no rule
    applies to is left without a workflow. So is one whose start fails on the workflow itself (a
    gateway right after the start finds no path): creating work orders must not depend on a
    workflow being flawless, and ``start_flow`` reports the problem when someone starts it by hand.
    """
    require(actor, Permission.DISPATCH_WORK_ORDERS)
    ids = list(dict.fromkeys(work_order_ids))
    if not ids or session.scalar(select(WorkflowRule.id).where(WorkflowRule.is_active.is_(True)).limit(1)) is None:
        return 0  # no routing configured: one cheap query per created work order
    chooser = WorkflowChooser(session)
    if chooser.empty:
        return 0
    headers = _headers(session, ids, lock=False)
    running: set[uuid.UUID] = set()
    for chunk in _chunks(ids):
        running.update(
            session.scalars(select(WorkOrderFlow.work_order_id).where(WorkOrderFlow.work_order_id.in_(chunk)))
        )
    today = business_today(actor)
    graphs = _Graphs(session)
    works: list[_Work] = []
    for wo_id in ids:
        header = headers.get(wo_id)
        if header is None or wo_id in running:
            continue
        found = chooser.winner(_context(header, today))
        if found is None:
            continue
        rule, version_id, _number = found
        works.append(_new_work(header, graphs[version_id], version_id, rule.id))
    if not works:
        return 0
    _fill_facts(session, actor, works)
    env = _env(session, actor)
    started = []
    for work in works:
        try:
            _do_start(env, work)
        except ValidationError:
            continue
        started.append(work)
    _write(session, env, started)
    return len(started)


def flow_state(session: Session, actor: Actor, work_order_id: uuid.UUID) -> FlowState | None:
    """Where the work order stands in its workflow and what the actor may do; None without one.

    Visible to whoever may see the work order, and to the assignees and approvers of the nodes
    it waits at (an approver may hold no work-order permission at all).
    """
    work = _visible_work(session, actor, work_order_id)
    if work is None:
        return None
    return _state(session, actor, work)


def _visible_work(session: Session, actor: Actor, work_order_id: uuid.UUID) -> _Work | None:
    """The flow of a work order the actor may see (or act on); None when it follows no workflow."""
    number = _work_order_number(session, work_order_id)
    works = _load_works(session, [work_order_id], _Graphs(session), lock=False)
    work = works.get(work_order_id)
    try:
        find_by_number(session, actor, number)
    except (PermissionDenied, NotFound):
        if work is None or not _actions(actor, work):
            raise
    return work


def node_form(session: Session, actor: Actor, work_order_id: uuid.UUID, node_id: str) -> NodeForm | None:
    """The form node ``node_id`` of the work order's workflow asks for (None: it asks for none), in
    the version a submission would use now, filled with what earlier submissions of that form for the
    work order recorded. Visible to whoever may see the flow.

    Raises:
        ValidationError: the work order follows no workflow, the node does not exist, or the form has
            no published version.
    """
    work = _visible_work(session, actor, work_order_id)
    if work is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} does not follow a workflow."),
            field="work_order",
            number=_work_order_number(session, work_order_id),
        )
    node = work.graph.node(node_id)
    if not node.form_key:
        return None
    form = _FormDesk(session).published(node.form_key)
    data: dict[str, Any] = {}
    for earlier in session.scalars(
        select(FormSubmission.data)
        .where(FormSubmission.work_order_id == work_order_id, FormSubmission.form_key == node.form_key)
        .order_by(FormSubmission.submitted_at, FormSubmission.id)
    ):
        data.update(earlier or {})
    return NodeForm(
        key=form.row.key,
        name=form.row.name,
        version=form.row.number,
        version_id=form.row.id,
        schema=form.schema,
        permissions=dict(node.field_permissions),
        data=data,
    )


def submit(
    session: Session,
    actor: Actor,
    work_order_id: uuid.UUID,
    node_id: str,
    data: Mapping[str, Any],
    *,
    comment: str = "",
    expected_version: int,
) -> FlowState:
    """Complete a task with the data its outputs ask for, and move on."""
    text = _clean_comment(comment, required=False)
    return _act(
        session,
        actor,
        work_order_id,
        expected_version,
        lambda env, work: _do_submit(env, work, node_id, data, text),
    )


def approve(
    session: Session,
    actor: Actor,
    work_order_id: uuid.UUID,
    node_id: str,
    *,
    comment: str = "",
    expected_version: int,
    data: Mapping[str, Any] | None = None,
) -> FlowState:
    """Vote for an approval; it moves on once its mode is satisfied (see the module docstring)."""
    text = _clean_comment(comment, required=False)
    return _act(
        session,
        actor,
        work_order_id,
        expected_version,
        lambda env, work: _do_approve(env, work, node_id, data or {}, text),
    )


def reject(
    session: Session, actor: Actor, work_order_id: uuid.UUID, node_id: str, *, comment: str, expected_version: int
) -> FlowState:
    """Reject an approval (a comment is required): its votes are cleared and the work goes back to
    the approval's ``reject_to`` node, or the nearest task or approval before it."""
    return _act(
        session,
        actor,
        work_order_id,
        expected_version,
        lambda env, work: _do_reject(env, work, node_id, comment),
    )


def return_to(
    session: Session,
    actor: Actor,
    work_order_id: uuid.UUID,
    node_id: str,
    target: str,
    *,
    comment: str,
    expected_version: int,
) -> FlowState:
    """Send the work at ``node_id`` back to ``target``, one of the node's ``return_to`` nodes."""
    return _act(
        session,
        actor,
        work_order_id,
        expected_version,
        lambda env, work: _do_return(env, work, node_id, target, comment),
    )


def advance_many(
    session: Session,
    actor: Actor,
    items: Sequence[tuple[uuid.UUID, str, Mapping[str, Any]]],
    progress: Progress | None = None,
) -> int:
    """Submit (tasks) or approve (approvals) one node of many work orders, all or none.

    Each item is (work order id, node id, data). Every flow and version is read once, graphs are
    parsed once per version, and everything is written with set-based statements. The first
    problem refuses the whole batch, naming the work order; nothing is written then.
    """
    if not items:
        return 0
    report = progress.update if progress is not None else None
    ids = list(dict.fromkeys(wo_id for wo_id, _node, _data in items))
    works = _load_works(session, ids, _Graphs(session), lock=True)
    for wo_id in ids:
        if wo_id not in works:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Work order {number} does not follow a workflow."),
                field="work_order",
                number=_work_order_number(session, wo_id),
            )
    _fill_facts(session, actor, works.values())
    env = _env(session, actor)
    if report:
        report(0, len(items), "")
    for done, (wo_id, node_id, data) in enumerate(items, start=1):
        work = works[wo_id]
        try:
            _do_advance(env, work, node_id, data)
        except (ValidationError, PermissionDenied) as exc:
            if exc.params.get("number") == work.number:
                raise
            kind = PermissionDenied if isinstance(exc, PermissionDenied) else ValidationError
            raise kind(
                QT_TRANSLATE_NOOP("ScrmError", "Work order {number}: {problem}"),
                field=exc.field,
                number=work.number,
                problem=exc,
            ) from None
        if report and done % 500 == 0:
            report(done, len(items), work.number)
    _write(session, env, list(works.values()))
    if report:
        report(len(items), len(items), "")
    return len(items)
