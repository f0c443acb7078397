"""Form definitions and their versions, submissions, and the files submissions carry.

Lifecycle of a version (DESIGN §3, "Documents with a lifecycle"), as for workflows: a form has at
most one draft, the only editable version. Publishing checks the schema (every error of
``form_schema.validate_schema`` blocks it), freezes it and retires the version published before.
Editing a published form starts a new draft copied from it, keeping its field keys.

A submission stores the id of the exact version it was made with and the data as validated, and
is always read back with that version (:func:`get_submission`), so a later version — a renamed
label, a removed field, another option list — never reinterprets stored data.

Files (photos, attachments, signatures) are stored in the database, once per content (see
``models/form.py`` for why); form data refers to them by id.

Designing needs ``DESIGN_WORKFLOWS``. Reading forms, submitting them and storing files needs what
seeing work orders needs (``DISPATCH_WORK_ORDERS``, ``MANAGE_STATEMENTS`` or ``VIEW_OWN_EARNINGS``)
or ``DESIGN_WORKFLOWS``. Every change is audited.
"""

from __future__ import annotations

import copy
import hashlib
import uuid
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scrm_desktop.models import (
    CatalogItem,
    Customer,
    FormDefinition,
    FormFile,
    FormSubmission,
    FormVersion,
    Region,
    User,
)
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services import versioning as vs
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, Translate, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require
from scrm_desktop.services.versioning import MAX_PROBLEMS_IN_MESSAGE, DefinitionRow, clean_key

EXPORT_FORMAT = "scrm-form"
EXPORT_VERSION = 1
MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_SCHEMA_CHARS = 1_000_000
# What a form may store, and the bytes each kind of file starts with (a declared type must match).
ALLOWED_MIME = ("image/png", "image/jpeg", "image/webp", "application/pdf")
MIME_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "image/x-png": "image/png"}
_CHUNK = 500


# --- rows --------------------------------------------------------------------------------------------


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
    field_count: int
    published_at: Any
    published_by: str
    updated_at: Any
    version: int  # the row's lock version: pass it back as ``expected_version``


@dataclass
class LoadedForm:
    row: VersionRow
    schema: fs.FormSchema

    @property
    def editable(self) -> bool:
        return self.row.status == "draft"


@dataclass(frozen=True)
class SubmissionRow:
    id: uuid.UUID
    form_key: str
    form_version: int
    form_version_id: uuid.UUID
    work_order_id: uuid.UUID | None
    node_id: str | None
    step_id: uuid.UUID | None
    submitted_at: Any
    submitted_by: str


# --- permissions -------------------------------------------------------------------------------------

_READ_PERMISSIONS = (
    Permission.DESIGN_WORKFLOWS,
    Permission.DISPATCH_WORK_ORDERS,
    Permission.MANAGE_STATEMENTS,
    Permission.VIEW_OWN_EARNINGS,
)


def may_read(actor: Actor) -> bool:
    return any(actor.can(p) for p in _READ_PERMISSIONS)


def _require_read(actor: Actor) -> None:
    if not may_read(actor):
        require(actor, Permission.DISPATCH_WORK_ORDERS)


# --- reading -----------------------------------------------------------------------------------------


_MESSAGES = vs.Messages(
    no_definition=QT_TRANSLATE_NOOP("ScrmError", "There is no form {key}."),
    no_version=QT_TRANSLATE_NOOP("ScrmError", "That form version no longer exists."),
    no_number=QT_TRANSLATE_NOOP("ScrmError", "Form {key} has no version {number}."),
    no_versions=QT_TRANSLATE_NOOP("ScrmError", "Form {key} has no versions."),
    key_taken=QT_TRANSLATE_NOOP("ScrmError", "Key: a form with key {key} already exists."),
    first_not_discarded=QT_TRANSLATE_NOOP(
        "ScrmError", "The first version of a form cannot be discarded; edit it instead."
    ),
)


def _definition(session: Session, key: str) -> FormDefinition:
    return _LIFECYCLE.definition(session, key)


def _version(session: Session, version_id: uuid.UUID) -> FormVersion:
    return _LIFECYCLE.version(session, version_id)


def _parent(session: Session, v: FormVersion) -> FormDefinition:
    return _LIFECYCLE.parent(session, v)


def _schema_of(v: FormVersion) -> fs.FormSchema:
    return fs.FormSchema.from_json(v.schema)


def _version_row(session: Session, v: FormVersion, definition: FormDefinition | None = None) -> VersionRow:
    d = definition or _parent(session, v)
    publisher = session.get(User, v.published_by_id) if v.published_by_id else None
    raw_fields = v.schema.get("fields") if isinstance(v.schema, Mapping) else None
    return VersionRow(
        id=v.id,
        definition_id=v.definition_id,
        key=d.key,
        name=d.name,
        number=v.number,
        status=v.status,
        checksum=v.checksum,
        note=v.note,
        field_count=len(raw_fields) if isinstance(raw_fields, list) else 0,
        published_at=v.published_at,
        published_by=publisher.display_name if publisher else "",
        updated_at=v.updated_at,
        version=v.version,
    )


def _loaded(session: Session, v: FormVersion, definition: FormDefinition | None = None) -> LoadedForm:
    return LoadedForm(_version_row(session, v, definition), _schema_of(v))


def list_forms(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[DefinitionRow]:
    _require_read(actor)
    return _LIFECYCLE.list_definitions(session, include_inactive=include_inactive)


def list_versions(session: Session, actor: Actor, key: str) -> list[VersionRow]:
    """Every version of a form, newest first."""
    _require_read(actor)
    return _LIFECYCLE.list_versions(session, key)


def get_version(session: Session, actor: Actor, version_id: uuid.UUID) -> LoadedForm:
    _require_read(actor)
    return _loaded(session, _version(session, version_id))


def _numbered(session: Session, d: FormDefinition, number: int) -> FormVersion:
    return _LIFECYCLE.numbered(session, d, number)


def load_form(session: Session, actor: Actor, key: str, number: int | None = None) -> LoadedForm:
    """Version ``number`` of a form; without one, its draft, else the newest version."""
    _require_read(actor)
    d = _definition(session, key)
    return _loaded(session, _LIFECYCLE.current(session, d, number), d)


def _published(session: Session, definition_id: uuid.UUID) -> FormVersion | None:
    return _LIFECYCLE.published(session, definition_id)


def published_form(session: Session, key: str) -> LoadedForm | None:
    """The version new submissions of form ``key`` use (None when there is no such form or none is
    published). No permission check: the workflow engine asks on behalf of whoever acts."""
    d = session.scalar(select(FormDefinition).where(FormDefinition.key == key))
    if d is None:
        return None
    v = _published(session, d.id)
    return _loaded(session, v, d) if v is not None else None


def field_keys_lookup(session: Session) -> wg.FormFields:
    """Form key → the field keys of its published version, else of its newest version (None: no such
    form). What workflow validation uses to check the forms nodes attach."""
    cache: dict[str, list[str] | None] = {}

    def field_keys(key: str) -> list[str] | None:
        if key not in cache:
            cache[key] = _field_keys(session, key)
        return cache[key]

    return field_keys


def _field_keys(session: Session, key: str) -> list[str] | None:
    d = session.scalar(select(FormDefinition).where(FormDefinition.key == key))
    if d is None:
        return None
    v = _published(session, d.id) or _LIFECYCLE.latest(session, d.id)
    if v is None:
        return []
    try:
        return list(_schema_of(v).fields)
    except ValidationError:
        return []


# --- writing -----------------------------------------------------------------------------------------


def _check_storable(schema: fs.FormSchema) -> dict[str, Any]:
    """What even a draft must satisfy: keys and types that can be stored and referred to. Returns the
    schema's JSON, read back once so what is stored is exactly what will be read."""
    data = schema.to_json()
    schema = fs.FormSchema.from_json(data)
    if len(schema.fields) > fs.MAX_FIELDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "A form may have at most {limit} fields."),
            field="fields",
            limit=fs.MAX_FIELDS,
        )
    for spec in schema.fields.values():
        if not fs.is_valid_key(spec.key):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "Field key '{key}' is not valid: use 1 to 40 letters, digits or '_', starting with a letter.",
                ),
                field=spec.key[: fs.MAX_KEY],
                key=spec.key[: fs.MAX_KEY],
            )
        if spec.type not in fs.FIELD_TYPES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Field {label}: unknown type '{type}'."),
                field=spec.key,
                label=spec.title,
                type=spec.type[:40],
            )
    if len(fs.canonical_json(data)) > MAX_SCHEMA_CHARS:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The form is too large to store."), field="schema")
    return data


def _store(v: FormVersion, schema: fs.FormSchema) -> None:
    data = _check_storable(schema)
    v.schema = data
    v.checksum = fs.checksum(fs.FormSchema.from_json(data))


def create_form(
    session: Session,
    actor: Actor,
    *,
    key: str,
    name: str,
    description: str = "",
    schema: fs.FormSchema | None = None,
) -> VersionRow:
    """A new form with its first draft (``schema``, or no fields yet)."""
    return _LIFECYCLE.create(session, actor, key=key, name=name, description=description, payload=schema)


def update_form(
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
    session: Session, actor: Actor, version_id: uuid.UUID, schema: fs.FormSchema, *, expected_version: int
) -> VersionRow:
    """Store the draft as designed. Publishing rules are not applied here: a draft may be unfinished."""
    return _LIFECYCLE.save_draft(session, actor, version_id, schema, expected_version=expected_version)


def new_draft(session: Session, actor: Actor, key: str) -> VersionRow:
    """The form's draft: the existing one, or a new one copied from the newest version."""
    return _LIFECYCLE.new_draft(session, actor, key)


def publish_problems(schema: fs.FormSchema) -> list[fs.Problem]:
    return fs.errors(fs.validate_schema(schema))


def publish(
    session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int, note: str = ""
) -> VersionRow:
    """Check and freeze the draft; the version published before it is retired."""
    return _LIFECYCLE.publish(session, actor, version_id, expected_version=expected_version, note=note)


def retire(session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int) -> VersionRow:
    """Stop new submissions on a published version (stored ones keep reading with it)."""
    return _LIFECYCLE.retire(session, actor, version_id, expected_version=expected_version)


def discard_draft(session: Session, actor: Actor, version_id: uuid.UUID, *, expected_version: int) -> None:
    """Throw a draft away (no submission uses a draft)."""
    _LIFECYCLE.discard_draft(session, actor, version_id, expected_version=expected_version)


def _schema_copy(v: FormVersion | None) -> fs.FormSchema:
    """A copy of a version's schema (none: a new form's, without fields)."""
    return _schema_of(v) if v is not None else fs.FormSchema()


def _no_check(schema: fs.FormSchema) -> None:
    """Storing checks the schema (:func:`_store`)."""


def _publish_problems_of(session: Session, v: FormVersion) -> list[fs.Problem]:
    return publish_problems(_schema_of(v))


_LIFECYCLE = vs.Lifecycle(
    definition_model=FormDefinition,
    version_model=FormVersion,
    entity="form",
    messages=_MESSAGES,
    row=_version_row,
    payload=_schema_copy,
    check=_no_check,
    store=_store,
    problems=_publish_problems_of,
)


def diff_versions(session: Session, actor: Actor, old_id: uuid.UUID, new_id: uuid.UUID) -> list[fs.Change]:
    _require_read(actor)
    return fs.diff(_schema_of(_version(session, old_id)), _schema_of(_version(session, new_id)))


# --- export and import -------------------------------------------------------------------------------


def export_json(session: Session, actor: Actor, key: str, number: int | None = None) -> dict[str, Any]:
    """A form version as a JSON document :func:`import_json` reads (draft, else newest, by default)."""
    loaded = load_form(session, actor, key, number)
    d = _definition(session, key)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "key": d.key,
        "name": d.name,
        "description": d.description,
        "form_version": loaded.row.number,
        "schema": loaded.schema.to_json(),
    }


def _not_an_export(reason_field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "This is not a form export: '{field_name}' is missing or of the wrong kind."),
        field=reason_field,
        field_name=reason_field,
    )


def import_json(
    session: Session, actor: Actor, data: Any, *, key: str | None = None, name: str | None = None
) -> VersionRow:
    """A form export as a new draft: of a new form, or of the existing form with that key (which gets
    a new draft version, or its open draft replaced). Never published here."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    if not isinstance(data, Mapping) or data.get("format") != EXPORT_FORMAT:
        raise _not_an_export("format")
    made_by = data.get("version")
    if isinstance(made_by, bool) or not isinstance(made_by, int):
        raise _not_an_export("version")
    if made_by > EXPORT_VERSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "This form export has format version {found}; this program reads up to {supported}."
            ),
            field="version",
            found=made_by,
            supported=EXPORT_VERSION,
        )
    for part in ("key", "name", "description"):
        if data.get(part) is not None and not isinstance(data.get(part), str):
            raise _not_an_export(part)
    wanted = clean_key(key or data.get("key") or "")
    schema = fs.FormSchema.from_json(data.get("schema"))
    existing = session.scalar(select(FormDefinition).where(FormDefinition.key == wanted))
    if existing is None:
        row = create_form(
            session,
            actor,
            key=wanted,
            name=(name or data.get("name") or wanted)[:100],
            description=data.get("description") or "",
            schema=schema,
        )
    else:
        draft = new_draft(session, actor, wanted)
        row = save_draft(session, actor, draft.id, schema, expected_version=draft.version)
    audit.record(
        session,
        actor,
        "import_json",
        "form_version",
        row.id,
        after={"fields": row.field_count},
        summary=f"{row.key} v{row.number}",
    )
    return row


# --- submissions -------------------------------------------------------------------------------------


@dataclass
class DatabaseLookups:
    """form_schema.Lookups answered by the database: one query per kind of reference (in chunks)."""

    session: Session

    def existing_regions(self, codes: Collection[str]) -> set[str]:
        return {
            c
            for chunk in _chunks(codes)
            for c in self.session.scalars(select(Region.code).where(Region.code.in_(chunk)))
        }

    def existing_customers(self, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
        return {
            i for chunk in _chunks(ids) for i in self.session.scalars(select(Customer.id).where(Customer.id.in_(chunk)))
        }

    def existing_users(self, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
        return {
            i
            for chunk in _chunks(ids)
            for i in self.session.scalars(select(User.id).where(User.id.in_(chunk), User.is_active.is_(True)))
        }

    def existing_items(self, codes: Collection[str]) -> set[str]:
        return {
            c
            for chunk in _chunks(codes)
            for c in self.session.scalars(
                select(CatalogItem.code).where(CatalogItem.code.in_(chunk), CatalogItem.is_active.is_(True))
            )
        }

    def files(self, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, fs.FileInfo]:
        found: dict[uuid.UUID, fs.FileInfo] = {}
        for chunk in _chunks(ids):
            for file_id, name, mime, size in self.session.execute(
                select(FormFile.id, FormFile.name, FormFile.mime, FormFile.size).where(FormFile.id.in_(chunk))
            ):
                found[file_id] = fs.FileInfo(file_id, name, mime, size)
        return found


def _chunks(values: Collection[Any]) -> Iterator[list[Any]]:
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def database_lookups(session: Session) -> fs.Lookups:
    """The lookups validation uses to check that regions, customers, users, items and files exist."""
    return DatabaseLookups(session)


def _submission_version(session: Session, key: str, number: int | None, *, for_submit: bool) -> FormVersion:
    """The version data of form ``key`` is checked against: ``number``, else the published one; for a
    check only (not a submission), a form with nothing published yet is checked against its draft."""
    d = _definition(session, key)
    v: FormVersion | None
    if number is not None:
        v = _numbered(session, d, number)
    else:
        v = _published(session, d.id)
        if v is None and not for_submit:
            v = session.scalar(
                select(FormVersion)
                .where(FormVersion.definition_id == d.id)
                .order_by(FormVersion.number.desc())
                .limit(1)
            )
    if v is None or (for_submit and v.status == "draft"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Form {key} has no published version to fill in."), field="form", key=key
        )
    return v


def validate_submission(
    session: Session,
    key: str,
    data: Any,
    version: int | None = None,
    permissions: Mapping[str, str] | None = None,
    *,
    translate: Translate | None = None,
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """``data`` checked against form ``key`` (version ``version``, else the published one, else the
    newest) exactly as :func:`submit_form` checks it: the clean data and the errors by field key."""
    v = _submission_version(session, key, version, for_submit=False)
    return fs.validate_data(
        _schema_of(v), data, permissions=permissions, lookups=database_lookups(session), translate=translate
    )


def submit_form(
    session: Session,
    actor: Actor,
    key: str,
    data: Any,
    *,
    work_order_id: uuid.UUID | None = None,
    node_id: str | None = None,
    step_id: uuid.UUID | None = None,
    permissions: Mapping[str, str] | None = None,
    version: int | None = None,
) -> FormSubmission:
    """Store ``data`` as a submission of form ``key`` (its published version unless ``version`` names a
    published or retired one). Invalid data is refused with a ValidationError listing every error;
    its ``params["errors"]`` holds them by field key."""
    _require_read(actor)
    v = _submission_version(session, key, version, for_submit=True)
    clean, problems = fs.check_data(_schema_of(v), data, permissions=permissions, lookups=database_lookups(session))
    if problems:
        flat = [e for found in problems.values() for e in found]
        shown: list[Any] = flat[:MAX_PROBLEMS_IN_MESSAGE]
        lines = "\n".join(f"• {{e{i}}}" for i in range(len(shown)))
        if len(flat) > len(shown):
            lines += f"\n… (+{len(flat) - len(shown)})"
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The form {form} cannot be submitted; problems found: {count}.\n{list}"),
            form=_parent(session, v).name,
            count=len(flat),
            list=ValidationError(lines, **{f"e{i}": e for i, e in enumerate(shown)}),
            errors={k: [e.message() for e in found] for k, found in problems.items()},
        )
    submission = FormSubmission(
        form_version_id=v.id,
        form_key=key,
        form_version=v.number,
        work_order_id=work_order_id,
        node_id=(node_id or None) and node_id[:80],
        step_id=step_id,
        data=clean,
        submitted_at=utcnow(),
        submitted_by_id=actor.user_id,
        submitted_by_name=actor.display_name[:100],
    )
    session.add(submission)
    session.flush()
    audit.record(
        session,
        actor,
        "submit",
        "form_submission",
        submission.id,
        after={"form": key, "version": v.number, "work_order": work_order_id, "fields": len(clean)},
        summary=f"{key} v{v.number}",
    )
    return submission


def _submission(session: Session, actor: Actor, submission_id: uuid.UUID) -> FormSubmission:
    _require_read(actor)
    found = session.get(FormSubmission, submission_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "That form submission no longer exists."))
    if found.work_order_id is not None and not actor.can(Permission.DESIGN_WORKFLOWS):
        from scrm_desktop.models import WorkOrder
        from scrm_desktop.services.work_orders import find_by_number

        number = session.scalar(select(WorkOrder.number).where(WorkOrder.id == found.work_order_id))
        find_by_number(session, actor, number or "")  # refuses a work order the actor may not see
    return found


def get_submission(session: Session, actor: Actor, submission_id: uuid.UUID) -> tuple[fs.FormSchema, dict[str, Any]]:
    """A stored submission with the schema of the version it was made with (never a later one)."""
    found = _submission(session, actor, submission_id)
    return _schema_of(_version(session, found.form_version_id)), copy.deepcopy(found.data)


def list_submissions(session: Session, actor: Actor, work_order_id: uuid.UUID) -> list[SubmissionRow]:
    """The forms submitted for a work order, oldest first."""
    _require_read(actor)
    found = list(
        session.scalars(
            select(FormSubmission)
            .where(FormSubmission.work_order_id == work_order_id)
            .order_by(FormSubmission.submitted_at, FormSubmission.id)
        )
    )
    if found:
        _submission(session, actor, found[0].id)  # the work order's visibility
    return [
        SubmissionRow(
            s.id,
            s.form_key,
            s.form_version,
            s.form_version_id,
            s.work_order_id,
            s.node_id,
            s.step_id,
            s.submitted_at,
            s.submitted_by_name,
        )
        for s in found
    ]


# --- files -------------------------------------------------------------------------------------------


def sniff_mime(content: bytes) -> str | None:
    """The allowed type ``content`` actually is, from its first bytes (None: none of them)."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(content) >= 12 and content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def _clean_file_name(name: str) -> str:
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    base = "".join(ch for ch in base if ch.isprintable())
    return base[:200] or "file"


def store_file(session: Session, actor: Actor, name: str, mime: str, content: bytes) -> dict[str, Any]:
    """Store a photo, attachment or signature and return the reference form data keeps. The same
    content is stored once. Refused: more than 5 MB, a type other than PNG, JPEG, WebP or PDF, or
    content that is not what its declared type says."""
    _require_read(actor)
    shown = _clean_file_name(name)
    declared = (mime or "").strip().lower()
    declared = MIME_ALIASES.get(declared, declared)
    if not isinstance(content, bytes | bytearray):
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "{name}: the file is empty."), field="file", name=shown)
    content = bytes(content)
    if not content:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "{name}: the file is empty."), field="file", name=shown)
    if len(content) > MAX_FILE_SIZE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{name}: the file is larger than {limit} MB."),
            field="file",
            name=shown,
            limit=MAX_FILE_SIZE // (1024 * 1024),
        )
    if declared not in ALLOWED_MIME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{name}: files of type {mime} cannot be stored (allowed: {allowed})."),
            field="file",
            name=shown,
            mime=declared[:40] or "?",
            allowed="PNG, JPEG, WebP, PDF",
        )
    actual = sniff_mime(content)
    if actual != declared:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{name}: the content is not a {mime} file."),
            field="file",
            name=shown,
            mime=declared,
        )
    digest = hashlib.sha256(content).hexdigest()
    stored = session.scalar(select(FormFile).where(FormFile.sha256 == digest))
    if stored is None:
        stored = FormFile(
            sha256=digest,
            mime=declared,
            name=shown,
            size=len(content),
            content=content,
            created_at=utcnow(),
            created_by_id=actor.user_id,
        )
        try:
            with session.begin_nested():
                session.add(stored)
                session.flush()
        except IntegrityError:  # stored by someone else meanwhile: use theirs
            stored = session.scalar(select(FormFile).where(FormFile.sha256 == digest))
            assert stored is not None
        else:
            audit.record(
                session,
                actor,
                "store",
                "form_file",
                stored.id,
                after={"mime": declared, "size": len(content)},
                summary=shown,
            )
    return {"file": str(stored.id), "name": shown, "mime": stored.mime, "size": stored.size}


def read_file(session: Session, actor: Actor, file_id: uuid.UUID) -> bytes:
    """The content of a stored file."""
    _require_read(actor)
    content = session.scalar(select(FormFile.content).where(FormFile.id == file_id))
    if content is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "That file is no longer stored."), field="file")
    return bytes(content)


def file_info(session: Session, actor: Actor, file_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, fs.FileInfo]:
    """Name, type and size of stored files (without their content)."""
    _require_read(actor)
    return DatabaseLookups(session).files(file_ids)
