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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scrm_desktop.models import User, WorkflowDefinition, WorkflowVersion
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, Text, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require

STATUS_LABELS = {
    "draft": Text(QT_TRANSLATE_NOOP("ScrmError", "a draft")),
    "published": Text(QT_TRANSLATE_NOOP("ScrmError", "published")),
    "retired": Text(QT_TRANSLATE_NOOP("ScrmError", "retired")),
}
KEY_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{0,59}$")
MAX_PROBLEMS_IN_MESSAGE = 5


@dataclass(frozen=True)
class DefinitionRow:
    id: uuid.UUID
    key: str
    name: str
    description: str
    is_active: bool
    version: int  # the row's lock version
    latest_number: int
    published_number: int | None
    draft_number: int | None


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


def _definition(session: Session, key: str) -> WorkflowDefinition:
    found = session.scalar(select(WorkflowDefinition).where(WorkflowDefinition.key == key))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "There is no workflow {key}."), field="key", key=key)
    return found


def _version(session: Session, version_id: uuid.UUID) -> WorkflowVersion:
    found = session.get(WorkflowVersion, version_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "That workflow version no longer exists."))
    return found


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
    stmt = select(WorkflowDefinition).order_by(WorkflowDefinition.name, WorkflowDefinition.key)
    if not include_inactive:
        stmt = stmt.where(WorkflowDefinition.is_active.is_(True))
    defs = list(session.scalars(stmt))
    numbers: dict[uuid.UUID, dict[str, int]] = {}
    for def_id, status, number in session.execute(
        select(WorkflowVersion.definition_id, WorkflowVersion.status, func.max(WorkflowVersion.number)).group_by(
            WorkflowVersion.definition_id, WorkflowVersion.status
        )
    ):
        numbers.setdefault(def_id, {})[status] = int(number)
    rows = []
    for d in defs:
        n = numbers.get(d.id, {})
        rows.append(
            DefinitionRow(
                id=d.id,
                key=d.key,
                name=d.name,
                description=d.description,
                is_active=d.is_active,
                version=d.version,
                latest_number=max(n.values(), default=0),
                published_number=n.get("published"),
                draft_number=n.get("draft"),
            )
        )
    return rows


def list_versions(session: Session, actor: Actor, key: str) -> list[VersionRow]:
    """Every version of a workflow, newest first."""
    _require_read(actor)
    d = _definition(session, key)
    versions = session.scalars(
        select(WorkflowVersion).where(WorkflowVersion.definition_id == d.id).order_by(WorkflowVersion.number.desc())
    )
    return [_version_row(session, v, d) for v in versions]


def _loaded(session: Session, v: WorkflowVersion) -> LoadedVersion:
    return LoadedVersion(_version_row(session, v), wg.WorkflowGraph.from_json(v.graph, v.ui))


def get_version(session: Session, actor: Actor, version_id: uuid.UUID) -> LoadedVersion:
    _require_read(actor)
    return _loaded(session, _version(session, version_id))


def load_version(session: Session, actor: Actor, key: str, number: int | None = None) -> LoadedVersion:
    """Version ``number`` of a workflow; without one, its draft, else the newest version."""
    _require_read(actor)
    d = _definition(session, key)
    stmt = select(WorkflowVersion).where(WorkflowVersion.definition_id == d.id)
    if number is not None:
        v = session.scalar(stmt.where(WorkflowVersion.number == number))
        if v is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("ScrmError", "Workflow {key} has no version {number}."),
                field="version",
                key=key,
                number=number,
            )
        return _loaded(session, v)
    v = session.scalar(stmt.where(WorkflowVersion.status == "draft")) or session.scalar(
        stmt.order_by(WorkflowVersion.number.desc()).limit(1)
    )
    if v is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "Workflow {key} has no versions."), key=key)
    return _loaded(session, v)


def published_version(session: Session, definition_id: uuid.UUID) -> WorkflowVersion | None:
    """The version new work orders start on (the one published last)."""
    return session.scalar(
        select(WorkflowVersion)
        .where(WorkflowVersion.definition_id == definition_id, WorkflowVersion.status == "published")
        .order_by(WorkflowVersion.number.desc())
        .limit(1)
    )


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


def _clean_key(key: str) -> str:
    key = (key or "").strip()
    if not KEY_RE.match(key):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "Key: use 1 to 60 letters, digits, '-' or '_', starting with a letter (for example install_standard).",
            ),
            field="key",
        )
    return key


def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Name: required."), field="name")
    if len(name) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Name: at most {limit} characters."), field="name", limit=100
        )
    return name


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
    require(actor, Permission.DESIGN_WORKFLOWS)
    key = _clean_key(key)
    name = _clean_name(name)
    if session.scalar(select(WorkflowDefinition.id).where(WorkflowDefinition.key == key)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Key: a workflow with key {key} already exists."), field="key", key=key
        )
    graph = graph or starter_graph()
    _check_storable(graph)
    d = WorkflowDefinition(
        key=key,
        name=name,
        description=(description or "").strip()[:500],
        created_by_id=actor.user_id,
        updated_by_id=actor.user_id,
    )
    session.add(d)
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Key: a workflow with key {key} already exists."), field="key", key=key
        ) from None
    v = WorkflowVersion(definition_id=d.id, number=1, status="draft", updated_by_id=actor.user_id)
    _store(v, graph)
    session.add(v)
    session.flush()
    audit.record(session, actor, "create", "workflow", d.id, after={"key": key, "name": name}, summary=key)
    return _version_row(session, v, d)


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
    require(actor, Permission.DESIGN_WORKFLOWS)
    d = _definition(session, key)
    check_version(session, d, expected_version, d.name, actor)
    before = audit.snapshot(d, ("name", "description", "is_active"))
    with stale_guard(session, d, d.name, actor):
        d.name = _clean_name(name)
        d.description = (description or "").strip()[:500]
        d.is_active = is_active
        d.updated_by_id = actor.user_id
        d.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "update",
        "workflow",
        d.id,
        before=before,
        after=audit.snapshot(d, ("name", "description", "is_active")),
        summary=key,
    )
    return next(r for r in list_definitions(session, actor) if r.key == key)


def _require_draft(v: WorkflowVersion) -> None:
    if v.status != "draft":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "Version {number} is {status} and cannot be changed; start a new draft to edit it."
            ),
            number=v.number,
            status=STATUS_LABELS[v.status],
        )


def save_draft(
    session: Session, actor: Actor, version_id: uuid.UUID, graph: wg.WorkflowGraph, *, expected_version: int
) -> VersionRow:
    """Store the draft as drawn. Publishing rules are not applied here: a draft may be unfinished."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    v = _version(session, version_id)
    d = session.get(WorkflowDefinition, v.definition_id)
    assert d is not None
    _require_draft(v)
    check_version(session, v, expected_version, f"{d.name} v{v.number}", actor)
    _check_storable(graph)
    before_checksum = v.checksum
    with stale_guard(session, v, f"{d.name} v{v.number}", actor):
        _store(v, graph)
        v.updated_by_id = actor.user_id
        v.updated_at = utcnow()
    if before_checksum != v.checksum:
        audit.record(
            session,
            actor,
            "save_draft",
            "workflow_version",
            v.id,
            before={"checksum": before_checksum},
            after={"checksum": v.checksum},
            summary=f"{d.key} v{v.number}",
        )
    return _version_row(session, v, d)


def new_draft(session: Session, actor: Actor, key: str) -> VersionRow:
    """The workflow's draft: the existing one, or a new one copied from the newest version."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    d = _definition(session, key)
    existing = session.scalar(
        select(WorkflowVersion).where(WorkflowVersion.definition_id == d.id, WorkflowVersion.status == "draft")
    )
    if existing is not None:
        return _version_row(session, existing, d)
    latest = session.scalar(
        select(WorkflowVersion).where(WorkflowVersion.definition_id == d.id).order_by(WorkflowVersion.number.desc())
    )
    graph = wg.WorkflowGraph.from_json(latest.graph, latest.ui) if latest else starter_graph()
    v = WorkflowVersion(
        definition_id=d.id,
        number=(latest.number if latest else 0) + 1,
        status="draft",
        based_on_id=latest.id if latest else None,
        updated_by_id=actor.user_id,
    )
    _store(v, graph)
    session.add(v)
    session.flush()
    audit.record(session, actor, "new_draft", "workflow_version", v.id, summary=f"{d.key} v{v.number}")
    return _version_row(session, v, d)


def publish_problems(graph: wg.WorkflowGraph, form_fields: wg.FormFields | None = None) -> list[wg.Problem]:
    return wg.errors(wg.validate(graph, form_fields))


FormFieldsFactory = Callable[[Session], wg.FormFields | None]
_form_fields_factory: FormFieldsFactory = lambda _session: None  # noqa: E731 - replaced once forms exist


def form_fields_lookup(session: Session) -> wg.FormFields | None:
    """How validation learns the fields of an attached form (none until forms are registered)."""
    return _form_fields_factory(session)


def publish(
    session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int, note: str = ""
) -> VersionRow:
    """Validate and freeze the draft; the version published before it is retired."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    v = _version(session, version_id)
    d = session.get(WorkflowDefinition, v.definition_id)
    assert d is not None
    _require_draft(v)
    check_version(session, v, expected_version, f"{d.name} v{v.number}", actor)
    graph = wg.WorkflowGraph.from_json(v.graph, v.ui)
    problems = publish_problems(graph, form_fields_lookup(session))
    if problems:
        shown = "\n".join(f"• {p.message}" for p in problems[:MAX_PROBLEMS_IN_MESSAGE])
        more = len(problems) - MAX_PROBLEMS_IN_MESSAGE
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Version {number} cannot be published: {count} problems remain.\n{list}"),
            number=v.number,
            count=len(problems),
            list=shown + (f"\n… (+{more})" if more > 0 else ""),
        )
    now = utcnow()
    for old in session.scalars(
        select(WorkflowVersion).where(WorkflowVersion.definition_id == d.id, WorkflowVersion.status == "published")
    ):
        old.status = "retired"
        old.retired_at = now
        old.updated_by_id = actor.user_id
    with stale_guard(session, v, f"{d.name} v{v.number}", actor):
        v.status = "published"
        v.published_at = now
        v.published_by_id = actor.user_id
        v.note = (note or "").strip()[:500]
        v.updated_by_id = actor.user_id
        v.updated_at = now
    audit.record(
        session,
        actor,
        "publish",
        "workflow_version",
        v.id,
        after={"number": v.number, "checksum": v.checksum},
        summary=f"{d.key} v{v.number}",
    )
    return _version_row(session, v, d)


def retire(session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int) -> VersionRow:
    """Stop new work orders from starting on a published version (running ones carry on)."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    v = _version(session, version_id)
    d = session.get(WorkflowDefinition, v.definition_id)
    assert d is not None
    if v.status != "published":
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Only a published version can be retired; version {number} is {status}."),
            number=v.number,
            status=STATUS_LABELS[v.status],
        )
    check_version(session, v, expected_version, f"{d.name} v{v.number}", actor)
    with stale_guard(session, v, f"{d.name} v{v.number}", actor):
        v.status = "retired"
        v.retired_at = utcnow()
        v.updated_by_id = actor.user_id
    audit.record(session, actor, "retire", "workflow_version", v.id, summary=f"{d.key} v{v.number}")
    return _version_row(session, v, d)


def discard_draft(session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int) -> None:
    """Throw a draft away (only a draft that no work order uses, which is every draft)."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    v = _version(session, version_id)
    d = session.get(WorkflowDefinition, v.definition_id)
    assert d is not None
    _require_draft(v)
    if v.number == 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The first version of a workflow cannot be discarded; edit it instead.")
        )
    check_version(session, v, expected_version, f"{d.name} v{v.number}", actor)
    session.delete(v)
    session.flush()
    audit.record(session, actor, "discard_draft", "workflow_version", version_id, summary=f"{d.key} v{v.number}")


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
    wanted = _clean_key(key or _key_from(parsed.process_id))
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
