"""Workflows (DESIGN §4, "Workflows and forms"): versioned definitions, the scoped rules that
choose one for a work order, each work order's place in its workflow, and the business calendar
that SLA due times are counted in.

A version's ``graph`` holds the semantics and ``ui`` the drawing (``services/workflow_graph.py``
reads both). A published version is immutable: the services refuse to change it and work orders
pin it (``WorkOrderFlow.workflow_version_id``), so a later version never affects work already running.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, VersionedMixin
from scrm_desktop.models.scoping import ScopeMixin
from scrm_desktop.models.types import UTCDateTime, utcnow

VERSION_STATUSES = ("draft", "published", "retired")
FLOW_STATUSES = ("running", "finished")


class WorkflowDefinition(IdMixin, VersionedMixin, Base):
    """A named workflow (``install_standard``); its content lives in its versions."""

    __tablename__ = "workflow_definitions"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(500), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)


class WorkflowVersion(IdMixin, VersionedMixin, Base):
    """One version of a definition: draft (editable) → published (immutable) → retired."""

    __tablename__ = "workflow_versions"
    __table_args__ = (
        UniqueConstraint("definition_id", "number"),
        CheckConstraint("status IN ('draft', 'published', 'retired')", name="status"),
        Index("ix_workflow_versions_status", "definition_id", "status"),
    )

    definition_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("workflow_definitions.id"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    graph: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ui: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # SHA-256 of the semantics (not the layout): equal for versions that differ only in drawing.
    checksum: Mapped[str] = mapped_column(String(64), default="")
    based_on_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("workflow_versions.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(500), default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    published_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class WorkflowRule(IdMixin, VersionedMixin, ScopeMixin, Base):
    """A scoped rule whose outcome is a workflow: the newest published version of it is pinned
    by each work order the rule wins for (region/group, scenario, provider type …)."""

    __tablename__ = "workflow_rules"

    definition_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("workflow_definitions.id"))


class WorkOrderFlow(VersionedMixin, Base):
    """Where one work order stands in its workflow.

    ``tokens`` lists the active nodes (more than one between a parallel split and its join):
    ``[{"node": id, "entered_at": iso, "due_at": iso | null}]``. ``approvals`` holds the votes of
    the approvals in progress, ``joins`` the branches that reached each join, and ``data`` what
    the nodes' forms have recorded so far (conditions read it with the work order's own fields).
    """

    __tablename__ = "work_order_flows"
    __table_args__ = (
        CheckConstraint("status IN ('running', 'finished')", name="status"),
        Index("ix_work_order_flows_current", "current_node"),
        Index("ix_work_order_flows_due", "due_at"),
    )

    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_orders.id"), primary_key=True)
    workflow_version_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("workflow_versions.id"))
    rule_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("workflow_rules.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="running")
    tokens: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    approvals: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    joins: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The first active node and the earliest SLA due time, kept as columns for lists and filters.
    current_node: Mapped[str | None] = mapped_column(String(80), nullable=True)
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    step_count: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class WorkOrderFlowStep(IdMixin, Base):
    """One move in a work order's workflow history (append-only): who, when, from, to, and the
    form data exactly as submitted with the form's version."""

    __tablename__ = "work_order_flow_steps"
    __table_args__ = (UniqueConstraint("work_order_id", "seq"),)

    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_orders.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(100), default="")
    # start | submit | approve | reject | return | finish
    action: Mapped[str] = mapped_column(String(12))
    from_node: Mapped[str | None] = mapped_column(String(80), nullable=True)
    from_name: Mapped[str] = mapped_column(String(100), default="")
    to_nodes: Mapped[list[str]] = mapped_column(JSON, default=list)
    form_key: Mapped[str | None] = mapped_column(String(60), nullable=True)
    form_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    comment: Mapped[str] = mapped_column(String(500), default="")


class WorkCalendar(IdMixin, VersionedMixin, Base):
    """Working hours SLA due times are counted in (one row per database)."""

    __tablename__ = "work_calendar"

    day_start: Mapped[str] = mapped_column(String(5), default="09:00")
    day_end: Mapped[str] = mapped_column(String(5), default="18:00")
    lunch_start: Mapped[str] = mapped_column(String(5), default="12:00")
    lunch_end: Mapped[str] = mapped_column(String(5), default="13:00")
    # ISO weekdays that are normally worked: "12345" is Monday to Friday.
    weekdays: Mapped[str] = mapped_column(String(7), default="12345")
    timezone: Mapped[str] = mapped_column(String(40), default="Asia/Shanghai")


class WorkCalendarDay(Base):
    """An exception to the weekly pattern: a holiday (国庆节) or a make-up working day (调休)."""

    __tablename__ = "work_calendar_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(100), default="")
