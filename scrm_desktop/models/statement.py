"""Settlement statements (结算单): what one installer or provider is paid for one period.

A statement is built as a draft (recomputable), then issued: it gets its number, its canonical
snapshot (payer, payee, lines, adjustments, carry-over, tax, totals) and the SHA-256 of that
snapshot, and claims its earning entries in ``statement_entries``, whose primary key is the
entry: an entry is settled by at most one statement, also when two users issue at once. Voiding
deletes the claims (the entries can be settled again, by an amending statement); the voided
statement and its snapshot stay, for the audit trail and the VOID print.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, VersionedMixin
from scrm_desktop.models.types import Money, UTCDateTime

STATEMENT_STATUSES = ("draft", "issued", "paid", "void")
PARTY_KINDS = ("installer", "provider")


class Statement(IdMixin, VersionedMixin, Base):
    __tablename__ = "statements"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'issued', 'paid', 'void')", name="status"),
        CheckConstraint("party_kind IN ('installer', 'provider')", name="party_kind"),
        CheckConstraint(
            "(party_kind = 'installer' AND installer_id IS NOT NULL) OR "
            "(party_kind = 'provider' AND provider_id IS NOT NULL)",
            name="payee",
        ),
        Index("ix_statements_period", "period_from", "period_to"),
        Index("ix_statements_installer", "installer_id"),
        Index("ix_statements_provider", "provider_id"),
        Index("ix_statements_status", "status"),
    )

    # JS-<branch>-<yyyymm>-<seq>, given when issued (drafts have none).
    number: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    branch_code: Mapped[str] = mapped_column(String(16))
    party_kind: Mapped[str] = mapped_column(String(12))
    installer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("installers.id"), nullable=True)
    # The payee for provider statements; the installer's provider for installer statements.
    provider_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("providers.id"), nullable=True)
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="draft")
    tax_mode: Mapped[str] = mapped_column(String(16), default="self_invoice")
    line_count: Mapped[int] = mapped_column(Integer, default=0)
    # Lines and adjustments of the period (gross), the negative balance carried in from the
    # previous statement (0 or less), the tax withheld, what is paid (never below 0) and the
    # negative balance carried to the next statement (0 or less).
    gross: Mapped[Decimal] = mapped_column(Money)
    carry_in: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal] = mapped_column(Money)
    net: Mapped[Decimal] = mapped_column(Money)
    carry_out: Mapped[Decimal] = mapped_column(Money)
    # The issued statement whose carry_out this one took over (each carry is taken once).
    carried_from_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("statements.id"), nullable=True, unique=True
    )
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    snapshot_sha256: Mapped[str] = mapped_column(String(64), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    issued_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    issued_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    paid_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    payment_ref: Mapped[str] = mapped_column(String(100), default="")
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    voided_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    # The voided statement this one amends (replaces).
    amends_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("statements.id"), nullable=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)


class StatementEntry(Base):
    """An earning entry settled by an issued statement; the entry is the key, so it is settled once."""

    __tablename__ = "statement_entries"
    __table_args__ = (Index("ix_statement_entries_statement", "statement_id"),)

    entry_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("earning_entries.id"), primary_key=True)
    statement_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("statements.id", ondelete="CASCADE"))
