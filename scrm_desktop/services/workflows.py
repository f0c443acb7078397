"""Workflow definitions and their versions: create, edit the draft, publish, retire, compare,
import and export BPMN.

Lifecycle of a version (DESIGN §3, "Documents with a lifecycle"): a definition has at most one
draft, which is the only editable version. Publishing validates the graph (every error in
``workflow_graph.validate`` blocks it), freezes it, and retires the version published before, so
new work orders start on the new one while running ones stay pinned to theirs. Editing a
published workflow starts a new draft copied from it, keeping node ids so the same node can be
followed from version to version.

Reading needs ``DESIGN_WORKFLOWS`` or ``DISPATCH_WORK_ORDERS`` (dispatchers see which workflow a
work order follows); every change needs ``DESIGN_WORKFLOWS``. Every change is audited.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrm_desktop.models import User, WorkflowDefinition, WorkflowVersion
from scrm_desktop.services import audit
from scrm_desktop.services import versioning as vs
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require

# The definition rules and wording shared with forms (kept importable from here).
STATUS_LABELS = vs.STATUS_LABELS
KEY_RE = vs.KEY_RE
MAX_PROBLEMS_IN_MESSAGE = vs.MAX_PROBLEMS_IN_MESSAGE
DefinitionRow = vs.DefinitionRow
clean_key = vs.clean_key
clean_name = vs.clean_name


@dataclass(frozen=True)
class VersionRow:
    id: uuid.UUID
    definition_id: uuid.UUID
    key: str
    name: str
    number: int
    status: str
    checksum: str
    note: str
    node_count: int
    edge_count: int
    published_at: Any
    published_by: str
    updated_at: Any
    version: int  # the row's lock version: pass it back as ``expected_version``


@dataclass
class LoadedVersion:
    row: VersionRow
    graph: wg.WorkflowGraph

    @property
    def editable(self) -> bool:
        return self.row.status == "draft"


def may_read(actor: Actor) -> bool:
    return actor.can(Permission.DESIGN_WORKFLOWS) or actor.can(Permission.DISPATCH_WORK_ORDERS)


def _require_read(actor: Actor) -> None:
    if not may_read(actor):
        require(actor, Permission.DESIGN_WORKFLOWS)


# --- reading -----------------------------------------------------------------------------------------


_MESSAGES = vs.Messages(
    no_definition=QT_TRANSLATE_NOOP("ScrmError", "There is no workflow {key}."),
    no_version=QT_TRANSLATE_NOOP("ScrmError", "That workflow version no longer exists."),
    no_number=QT_TRANSLATE_NOOP("ScrmError", "Workflow {key} has no version {number}."),
    no_versions=QT_TRANSLATE_NOOP("ScrmError", "Workflow {key} has no versions."),
    key_taken=QT_TRANSLATE_NOOP("ScrmError", "Key: a workflow with key {key} already exists."),
    first_not_discarded=QT_TRANSLATE_NOOP(
        "ScrmError", "The first version of a workflow cannot be discarded; edit it instead."
    ),
)


def _definition(session: Session, key: str) -> WorkflowDefinition:
    return _LIFECYCLE.definition(session, key)


def _version(session: Session, version_id: uuid.UUID) -> WorkflowVersion:
    return _LIFECYCLE.version(session, version_id)


def _version_row(session: Session, v: WorkflowVersion, definition: WorkflowDefinition | None = None) -> VersionRow:
    d = definition or session.get(WorkflowDefinition, v.definition_id)
    assert d is not None
    publisher = session.get(User, v.published_by_id) if v.published_by_id else None
    return VersionRow(
        id=v.id,
        definition_id=v.definition_id,
        key=d.key,
        name=d.name,
        number=v.number,
        status=v.status,
        checksum=v.checksum,
        note=v.note,
        node_count=len(v.graph.get("nodes", [])),
        edge_count=len(v.graph.get("edges", [])),
        published_at=v.published_at,
        published_by=publisher.display_name if publisher else "",
        updated_at=v.updated_at,
        version=v.version,
    )


def list_definitions(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[DefinitionRow]:
    _require_read(actor)
    return _LIFECYCLE.list_definitions(session, include_inactive=include_inactive)


def list_versions(session: Session, actor: Actor, key: str) -> list[VersionRow]:
    """Every version of a workflow, newest first."""
    _require_read(actor)
    return _LIFECYCLE.list_versions(session, key)


def _loaded(session: Session, v: WorkflowVersion) -> LoadedVersion:
    return LoadedVersion(_version_row(session, v), wg.WorkflowGraph.from_json(v.graph, v.ui))


def get_version(session: Session, actor: Actor, version_id: uuid.UUID) -> LoadedVersion:
    _require_read(actor)
    return _loaded(session, _version(session, version_id))


def load_version(session: Session, actor: Actor, key: str, number: int | None = None) -> LoadedVersion:
    """Version ``number`` of a workflow; without one, its draft, else the newest version."""
    _require_read(actor)
    return _loaded(session, _LIFECYCLE.current(session, _definition(session, key), number))


def published_version(session: Session, definition_id: uuid.UUID) -> WorkflowVersion | None:
    """The version new work orders start on (the one published last)."""
    return _LIFECYCLE.published(session, definition_id)


# --- writing -----------------------------------------------------------------------------------------


def starter_graph() -> wg.WorkflowGraph:
    """A new workflow's first draft: a start joined to an end, ready to be filled in."""
    g = wg.WorkflowGraph()
    start = wg.Node(wg.new_node_id(), wg.START, "开始", stage="presales")
    end = wg.Node(wg.new_node_id(), wg.END, "结束", stage="aftersales")
    g.nodes = {start.id: start, end.id: end}
    edge = wg.Edge(wg.new_node_id("e"), start.id, end.id)
    g.edges = {edge.id: edge}
    g.set_position(start.id, 80, 100)
    g.set_position(end.id, 680, 100)
    return g


def _check_storable(graph: wg.WorkflowGraph) -> None:
    """What even a draft must satisfy: ids that can be stored, exported and referred to."""
    for problem in wg.validate(graph):
        template = problem.error.template
        if "is not a valid id" in template or "appears twice" in template or "unknown type" in template:
            raise problem.error
    if len(graph.nodes) > wg.MAX_NODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "A workflow may have at most {limit} nodes."), limit=wg.MAX_NODES
        )


def _store(v: WorkflowVersion, graph: wg.WorkflowGraph) -> None:
    v.graph = graph.to_json()
    v.ui = dict(graph.ui)
    v.checksum = wg.checksum(graph)


def create_definition(
    session: Session,
    actor: Actor,
    *,
    key: str,
    name: str,
    description: str = "",
    graph: wg.WorkflowGraph | None = None,
) -> VersionRow:
    """A new workflow with its first draft (``graph``, or a start joined to an end)."""
    return _LIFECYCLE.create(session, actor, key=key, name=name, description=description, payload=graph)


def update_definition(
    session: Session,
    actor: Actor,
    key: str,
    *,
    expected_version: int,
    name: str,
    description: str = "",
    is_active: bool = True,
) -> DefinitionRow:
    return _LIFECYCLE.update(
        session,
        actor,
        key,
        expected_version=expected_version,
        name=name,
        description=description,
        is_active=is_active,
    )


def save_draft(
    session: Session, actor: Actor, version_id: uuid.UUID, graph: wg.WorkflowGraph, *, expected_version: int
) -> VersionRow:
    """Store the draft as drawn. Publishing rules are not applied here: a draft may be unfinished."""
    return _LIFECYCLE.save_draft(session, actor, version_id, graph, expected_version=expected_version)


def new_draft(session: Session, actor: Actor, key: str) -> VersionRow:
    """The workflow's draft: the existing one, or a new one copied from the newest version."""
    return _LIFECYCLE.new_draft(session, actor, key)


def publish_problems(graph: wg.WorkflowGraph, form_fields: wg.FormFields | None = None) -> list[wg.Problem]:
    return wg.errors(wg.validate(graph, form_fields))


def _form_field_keys(session: Session) -> wg.FormFields | None:
    from scrm_desktop.services import forms  # forms imports this module: import it only when asked

    return forms.field_keys_lookup(session)


FormFieldsFactory = Callable[[Session], wg.FormFields | None]
_form_fields_factory: FormFieldsFactory = _form_field_keys  # tests may replace it


def form_fields_lookup(session: Session) -> wg.FormFields | None:
    """How validation learns the fields of an attached form: those of its published version, else its draft."""
    return _form_fields_factory(session)


def publish(
    session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int, note: str = ""
) -> VersionRow:
    """Validate and freeze the draft; the version published before it is retired."""
    return _LIFECYCLE.publish(session, actor, version_id, expected_version=expected_version, note=note)


def retire(session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int) -> VersionRow:
    """Stop new work orders from starting on a published version (running ones carry on)."""
    return _LIFECYCLE.retire(session, actor, version_id, expected_version=expected_version)


def discard_draft(session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int) -> None:
    """Throw a draft away (only a draft that no work order uses, which is every draft)."""
    _LIFECYCLE.discard_draft(session, actor, version_id, expected_version=expected_version)


def _graph_of(v: WorkflowVersion | None) -> wg.WorkflowGraph:
    """A copy of a version's graph (none: a new workflow's starter graph)."""
    return wg.WorkflowGraph.from_json(v.graph, v.ui) if v is not None else starter_graph()


def _publish_problems_of(session: Session, v: WorkflowVersion) -> Sequence[wg.Problem]:
    return publish_problems(_graph_of(v), form_fields_lookup(session))


_LIFECYCLE = vs.Lifecycle(
    definition_model=WorkflowDefinition,
    version_model=WorkflowVersion,
    entity="workflow",
    messages=_MESSAGES,
    row=_version_row,
    payload=_graph_of,
    check=_check_storable,
    store=_store,
    problems=_publish_problems_of,
)


def diff_versions(session: Session, actor: Actor, old_id: uuid.UUID, new_id: uuid.UUID) -> list[wg.Change]:
    _require_read(actor)
    old = _version(session, old_id)
    new = _version(session, new_id)
    return wg.diff(wg.WorkflowGraph.from_json(old.graph, old.ui), wg.WorkflowGraph.from_json(new.graph, new.ui))


# --- BPMN --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    key: str
    version: int
    nodes: dict[str, int]
    edges: int
    warnings: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "version": self.version,
            "nodes": self.nodes,
            "edges": self.edges,
            "warnings": self.warnings,
        }


def import_bpmn(
    session: Session, actor: Actor, data: bytes, *, key: str | None = None, name: str | None = None
) -> ImportResult:
    """A BPMN file as a new draft: of a new workflow (keyed by ``key`` or the process id), or of
    the existing workflow with that key. Never published here: imported conditions may need review."""
    from scrm_desktop.services import bpmn

    require(actor, Permission.DESIGN_WORKFLOWS)
    parsed = bpmn.import_bpmn(data)
    wanted = clean_key(key or _key_from(parsed.process_id))
    existing = session.scalar(select(WorkflowDefinition).where(WorkflowDefinition.key == wanted))
    if existing is None:
        row = create_definition(
            session, actor, key=wanted, name=(name or parsed.name or wanted)[:100], graph=parsed.graph
        )
    else:
        draft = new_draft(session, actor, wanted)
        row = save_draft(session, actor, draft.id, parsed.graph, expected_version=draft.version)
    audit.record(
        session,
        actor,
        "import_bpmn",
        "workflow_version",
        row.id,
        after={"warnings": len(parsed.warnings)},
        summary=f"{row.key} v{row.number}",
    )
    return ImportResult(
        key=row.key,
        version=row.number,
        nodes=bpmn.node_counts(parsed.graph),
        edges=len(parsed.graph.edges),
        warnings=parsed.warnings,
    )


def _key_from(process_id: str) -> str:
    key = re.sub(r"[^A-Za-z0-9_\-]", "_", process_id or "")[:60]
    if not key or not key[0].isalpha():
        key = ("wf_" + key)[:60]
    return key


def export_bpmn(session: Session, actor: Actor, key: str, number: int | None = None) -> bytes:
    from scrm_desktop.services import bpmn

    loaded = load_version(session, actor, key, number)
    return bpmn.export_bpmn(loaded.graph, key=loaded.row.key, name=loaded.row.name, version=loaded.row.number)
