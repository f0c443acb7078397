"""Forms (DESIGN §4, "Workflows and forms"): versioned definitions, submissions and the files they carry.

A version's ``schema`` holds the fields and their layout (``services/form_schema.py`` reads it). A
published version is immutable and every submission pins the exact version it was made with
(``FormSubmission.form_version_id``), so a later version never reinterprets stored data.

Photos, attachments and signatures are stored in the database (``FormFile``), not in a files
folder: the database is the one thing offices back up, a SQLite file copied to another desk takes
them along, and every client of a shared PostgreSQL server sees them. Identical content is stored
once (``sha256`` is unique); form data refers to a file by id.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, VersionedMixin
from scrm_desktop.models.types import UTCDateTime, utcnow

FORM_VERSION_STATUSES = ("draft", "published", "retired")


class FormDefinition(IdMixin, VersionedMixin, Base):
    """A named form (``survey``); its fields live in its versions."""

    __tablename__ = "form_definitions"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(500), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)


class FormVersion(IdMixin, VersionedMixin, Base):
    """One version of a form: draft (editable) → published (immutable) → retired."""

    __tablename__ = "form_versions"
    __table_args__ = (
        UniqueConstraint("definition_id", "number"),
        CheckConstraint("status IN ('draft', 'published', 'retired')", name="status"),
        Index("ix_form_versions_status", "definition_id", "status"),
    )

    definition_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("form_definitions.id"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    schema: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    checksum: Mapped[str] = mapped_column(String(64), default="")
    based_on_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("form_versions.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(500), default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    published_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class FormSubmission(IdMixin, Base):
    """Data submitted with one form version (append-only): always read back with that version."""

    __tablename__ = "form_submissions"
    __table_args__ = (Index("ix_form_submissions_work_order", "work_order_id", "submitted_at"),)

    form_version_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("form_versions.id"), index=True)
    # Copies of the version's key and number, for lists and exports that should not need a join.
    form_key: Mapped[str] = mapped_column(String(60))
    form_version: Mapped[int] = mapped_column(Integer)
    work_order_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("work_orders.id"), nullable=True)
    node_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    step_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("work_order_flow_steps.id"), nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # as validated, computed fields included
    submitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    submitted_by_name: Mapped[str] = mapped_column(String(100), default="")


class FormFile(IdMixin, Base):
    """A photo, attachment or signature, stored once per content (immutable)."""

    __tablename__ = "form_files"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    # Deferred: listing or checking files never loads their content.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
