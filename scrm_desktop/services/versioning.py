"""The lifecycle shared by versioned definitions (workflows, forms): a definition keyed by ``key``
with numbered versions, each a draft, published or retired (DESIGN §3, "Documents with a lifecycle").

A definition has at most one draft, the only editable version. Publishing checks the payload (its
problems block it), freezes it and retires the version published before. Editing a published
definition starts a new draft copied from the newest version.

:class:`Lifecycle` does this over one (definition model, version model) pair; what a version holds
(a workflow graph, a form schema) is the caller's, reached through callbacks: how a payload is
copied out of a version, checked, stored with its checksum, and which problems block publishing.
Changing needs ``DESIGN_WORKFLOWS``; reading permissions stay with the callers. Every change is audited.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, cast

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit
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
_DEFINITION_FIELDS = ("name", "description", "is_active")


def clean_key(key: str) -> str:
    """A definition key (workflows and forms): refused with a message naming the field when invalid."""
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


def clean_name(name: str) -> str:
    """A definition name (workflows and forms), trimmed; required, at most 100 characters."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Name: required."), field="name")
    if len(name) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Name: at most {limit} characters."), field="name", limit=100
        )
    return name


def _clean_description(description: str) -> str:
    return (description or "").strip()[:500]


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


class DefinitionModel(Protocol):
    """The columns a versioned definition has (WorkflowDefinition, FormDefinition)."""

    id: uuid.UUID
    key: str
    name: str
    description: str
    is_active: bool
    version: int
    created_by_id: uuid.UUID | None
    updated_at: dt.datetime


class VersionModel(Protocol):
    """The columns a version of a definition has (WorkflowVersion, FormVersion)."""

    id: uuid.UUID
    definition_id: uuid.UUID
    number: int
    status: str
    checksum: str
    based_on_id: uuid.UUID | None
    note: str
    published_at: dt.datetime | None
    published_by_id: uuid.UUID | None
    retired_at: dt.datetime | None
    version: int
    updated_at: dt.datetime


class HasMessage(Protocol):
    @property
    def message(self) -> str: ...


D = TypeVar("D", bound=DefinitionModel)
V = TypeVar("V", bound=VersionModel)
P = TypeVar("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Messages:
    """The caller's wording (each a QT_TRANSLATE_NOOP template of context "ScrmError")."""

    no_definition: str  # {key}
    no_version: str
    no_number: str  # {key} {number}
    no_versions: str  # {key}
    key_taken: str  # {key}
    first_not_discarded: str


def _not_draft(v: VersionModel) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ScrmError", "Version {number} is {status} and cannot be changed; start a new draft to edit it."
        ),
        number=v.number,
        status=STATUS_LABELS[v.status],
    )


def require_draft(v: VersionModel) -> None:
    if v.status != "draft":
        raise _not_draft(v)


def _stamp(row: Any, actor: Actor) -> None:
    """Record who changed ``row`` last (``updated_by_id`` is a declared attribute the protocols cannot name)."""
    row.updated_by_id = actor.user_id


def _label(d: DefinitionModel, v: VersionModel) -> str:
    return f"{d.name} v{v.number}"


def _summary(d: DefinitionModel, v: VersionModel) -> str:
    return f"{d.key} v{v.number}"


@dataclass(frozen=True)
class Lifecycle(Generic[D, V, P, R]):
    """The version lifecycle of one kind of definition.

    ``entity`` names it in the audit log (``"workflow"``; its versions are ``"workflow_version"``).
    ``row`` turns a version into what callers get back; ``payload`` copies a version's payload out
    (None: the payload of a new definition); ``check`` refuses a payload that cannot even be a draft;
    ``store`` writes a payload and its checksum into a version; ``problems`` lists what blocks
    publishing a version.
    """

    definition_model: type[D]
    version_model: type[V]
    entity: str
    messages: Messages
    row: Callable[[Session, V, D], R]
    payload: Callable[[V | None], P]
    check: Callable[[P], None]
    store: Callable[[V, P], None]
    problems: Callable[[Session, V], Sequence[HasMessage]]

    # SQLAlchemy's class-level column expressions, which the protocols above do not describe.
    @property
    def _dm(self) -> Any:
        return self.definition_model

    @property
    def _vm(self) -> Any:
        return self.version_model

    @property
    def _version_entity(self) -> str:
        return f"{self.entity}_version"

    # --- reading ---------------------------------------------------------------------------------------

    def find_definition(self, session: Session, key: str) -> D | None:
        return cast("D | None", session.scalar(select(self._dm).where(self._dm.key == key)))

    def definition(self, session: Session, key: str) -> D:
        found = self.find_definition(session, key)
        if found is None:
            raise NotFound(self.messages.no_definition, field="key", key=key)
        return found

    def version(self, session: Session, version_id: uuid.UUID) -> V:
        found = session.get(self.version_model, version_id)
        if found is None:
            raise NotFound(self.messages.no_version)
        return found

    def parent(self, session: Session, v: V) -> D:
        d = session.get(self.definition_model, v.definition_id)
        assert d is not None
        return d

    def _of(self, definition_id: uuid.UUID) -> Any:
        return select(self._vm).where(self._vm.definition_id == definition_id)

    def numbered(self, session: Session, d: D, number: int) -> V:
        v = session.scalar(self._of(d.id).where(self._vm.number == number))
        if v is None:
            raise NotFound(self.messages.no_number, field="version", key=d.key, number=number)
        return cast(V, v)

    def latest(self, session: Session, definition_id: uuid.UUID) -> V | None:
        return cast("V | None", session.scalar(self._of(definition_id).order_by(self._vm.number.desc()).limit(1)))

    def draft(self, session: Session, definition_id: uuid.UUID) -> V | None:
        return cast("V | None", session.scalar(self._of(definition_id).where(self._vm.status == "draft")))

    def published(self, session: Session, definition_id: uuid.UUID) -> V | None:
        """The version published last (the one new work uses)."""
        return cast(
            "V | None",
            session.scalar(
                self._of(definition_id).where(self._vm.status == "published").order_by(self._vm.number.desc()).limit(1)
            ),
        )

    def current(self, session: Session, d: D, number: int | None = None) -> V:
        """Version ``number``; without one, the draft, else the newest version."""
        if number is not None:
            return self.numbered(session, d, number)
        v = self.draft(session, d.id) or self.latest(session, d.id)
        if v is None:
            raise NotFound(self.messages.no_versions, key=d.key)
        return v

    def list_definitions(self, session: Session, *, include_inactive: bool = True) -> list[DefinitionRow]:
        stmt = select(self._dm).order_by(self._dm.name, self._dm.key)
        if not include_inactive:
            stmt = stmt.where(self._dm.is_active.is_(True))
        defs: list[D] = list(session.scalars(stmt))
        numbers: dict[uuid.UUID, dict[str, int]] = {}
        vm = self._vm
        for def_id, status, number in session.execute(
            select(vm.definition_id, vm.status, func.max(vm.number)).group_by(vm.definition_id, vm.status)
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

    def list_versions(self, session: Session, key: str) -> list[R]:
        """Every version of the definition, newest first."""
        d = self.definition(session, key)
        versions: list[V] = list(session.scalars(self._of(d.id).order_by(self._vm.number.desc())))
        return [self.row(session, v, d) for v in versions]

    # --- writing ---------------------------------------------------------------------------------------

    def _key_taken(self, key: str) -> ValidationError:
        return ValidationError(self.messages.key_taken, field="key", key=key)

    def create(
        self, session: Session, actor: Actor, *, key: str, name: str, description: str = "", payload: P | None = None
    ) -> R:
        """A new definition with its first draft (``payload``, or that of a new definition)."""
        require(actor, Permission.DESIGN_WORKFLOWS)
        key = clean_key(key)
        name = clean_name(name)
        if session.scalar(select(self._dm.id).where(self._dm.key == key)) is not None:
            raise self._key_taken(key)
        content = payload if payload is not None else self.payload(None)
        self.check(content)
        v: V = self._vm(number=1, status="draft", updated_by_id=actor.user_id)
        self.store(v, content)
        d: D = self._dm(
            key=key,
            name=name,
            description=_clean_description(description),
            created_by_id=actor.user_id,
            updated_by_id=actor.user_id,
        )
        session.add(d)
        try:
            session.flush()
        except IntegrityError:
            raise self._key_taken(key) from None
        v.definition_id = d.id
        session.add(v)
        session.flush()
        audit.record(session, actor, "create", self.entity, d.id, after={"key": key, "name": name}, summary=key)
        return self.row(session, v, d)

    def update(
        self,
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
        d = self.definition(session, key)
        check_version(session, d, expected_version, d.name, actor)
        before = audit.snapshot(d, _DEFINITION_FIELDS)
        with stale_guard(session, d, d.name, actor):
            d.name = clean_name(name)
            d.description = _clean_description(description)
            d.is_active = is_active
            _stamp(d, actor)
            d.updated_at = utcnow()
        audit.record(
            session,
            actor,
            "update",
            self.entity,
            d.id,
            before=before,
            after=audit.snapshot(d, _DEFINITION_FIELDS),
            summary=key,
        )
        return next(r for r in self.list_definitions(session) if r.key == key)

    def _editable(self, session: Session, actor: Actor, version_id: uuid.UUID, expected_version: int) -> tuple[V, D]:
        """The draft ``version_id`` and its definition, when the actor may change it as last seen."""
        require(actor, Permission.DESIGN_WORKFLOWS)
        v = self.version(session, version_id)
        d = self.parent(session, v)
        require_draft(v)
        check_version(session, v, expected_version, _label(d, v), actor)
        return v, d

    def save_draft(
        self, session: Session, actor: Actor, version_id: uuid.UUID, payload: P, *, expected_version: int
    ) -> R:
        """Store the draft as edited. Publishing rules are not applied here: a draft may be unfinished."""
        v, d = self._editable(session, actor, version_id, expected_version)
        self.check(payload)
        before_checksum = v.checksum
        with stale_guard(session, v, _label(d, v), actor):
            self.store(v, payload)
            _stamp(v, actor)
            v.updated_at = utcnow()
        if before_checksum != v.checksum:
            audit.record(
                session,
                actor,
                "save_draft",
                self._version_entity,
                v.id,
                before={"checksum": before_checksum},
                after={"checksum": v.checksum},
                summary=_summary(d, v),
            )
        return self.row(session, v, d)

    def new_draft(self, session: Session, actor: Actor, key: str) -> R:
        """The definition's draft: the existing one, or a new one copied from the newest version."""
        require(actor, Permission.DESIGN_WORKFLOWS)
        d = self.definition(session, key)
        existing = self.draft(session, d.id)
        if existing is not None:
            return self.row(session, existing, d)
        latest = self.latest(session, d.id)
        v: V = self._vm(
            definition_id=d.id,
            number=(latest.number if latest else 0) + 1,
            status="draft",
            based_on_id=latest.id if latest else None,
            updated_by_id=actor.user_id,
        )
        self.store(v, self.payload(latest))
        session.add(v)
        session.flush()
        audit.record(session, actor, "new_draft", self._version_entity, v.id, summary=_summary(d, v))
        return self.row(session, v, d)

    def publish(
        self, session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int, note: str = ""
    ) -> R:
        """Check and freeze the draft; the version published before it is retired."""
        v, d = self._editable(session, actor, version_id, expected_version)
        problems = self.problems(session, v)
        if problems:
            shown = "\n".join(f"• {p.message}" for p in problems[:MAX_PROBLEMS_IN_MESSAGE])
            more = len(problems) - MAX_PROBLEMS_IN_MESSAGE
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Version {number} cannot be published: {count} problems remain.\n{list}"
                ),
                number=v.number,
                count=len(problems),
                list=shown + (f"\n… (+{more})" if more > 0 else ""),
            )
        now = utcnow()
        old: V
        for old in session.scalars(self._of(d.id).where(self._vm.status == "published")):
            old.status = "retired"
            old.retired_at = now
            _stamp(old, actor)
        with stale_guard(session, v, _label(d, v), actor):
            v.status = "published"
            v.published_at = now
            v.published_by_id = actor.user_id
            v.note = (note or "").strip()[:500]
            _stamp(v, actor)
            v.updated_at = now
        audit.record(
            session,
            actor,
            "publish",
            self._version_entity,
            v.id,
            after={"number": v.number, "checksum": v.checksum},
            summary=_summary(d, v),
        )
        return self.row(session, v, d)

    def retire(self, session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int) -> R:
        """Stop new work from starting on a published version (work already done keeps it)."""
        require(actor, Permission.DESIGN_WORKFLOWS)
        v = self.version(session, version_id)
        d = self.parent(session, v)
        if v.status != "published":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Only a published version can be retired; version {number} is {status}."
                ),
                number=v.number,
                status=STATUS_LABELS[v.status],
            )
        check_version(session, v, expected_version, _label(d, v), actor)
        with stale_guard(session, v, _label(d, v), actor):
            v.status = "retired"
            v.retired_at = utcnow()
            _stamp(v, actor)
        audit.record(session, actor, "retire", self._version_entity, v.id, summary=_summary(d, v))
        return self.row(session, v, d)

    def discard_draft(self, session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int) -> None:
        """Throw a draft away (nothing uses a draft); the first version cannot be."""
        require(actor, Permission.DESIGN_WORKFLOWS)
        v = self.version(session, version_id)
        d = self.parent(session, v)
        require_draft(v)
        if v.number == 1:
            raise ValidationError(self.messages.first_not_discarded)
        check_version(session, v, expected_version, _label(d, v), actor)
        session.delete(v)
        session.flush()
        audit.record(session, actor, "discard_draft", self._version_entity, version_id, summary=_summary(d, v))
