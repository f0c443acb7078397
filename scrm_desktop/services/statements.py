"""Settlement statements (结算单): build a period's drafts, issue, pay, void and amend them, verify and
reconcile.

A statement covers one payee — an installer or a provider — and one period. Building computes,
set-based, every payee's unsettled earning entries of the period (``earning_entries`` whose
``statement_id`` is empty), the negative balance carried in from the payee's last issued
statement, the tax withheld where the payee's tax setting asks for it (``withholding``), and
writes one draft per payee with its totals and the entries it would settle. A draft's lines and
adjustments are rebuilt from those entries whenever it is shown or printed; issuing freezes the
full **snapshot** (payer, payee, lines, adjustments and totals as the PDF prints them). Drafts
are recomputed by building again.

Issuing numbers the statement (``JS-<branch>-<yyyymm>-<seq>``), hashes its canonical snapshot
(SHA-256, printed in the QR code) and claims its entries in ``statement_entries``: the entry is
the primary key there, so an entry is settled by at most one statement, also when two users issue
overlapping statements at the same moment (the second gets ``AlreadySettled``). Issued statements
never change; voiding releases the claims, and an amendment is a new statement for the same payee
and period that links to the voided one.

Totals: ``payable = gross + carry_in``; when it is negative nothing is paid and it is carried to
the next statement (``carry_out``), never paid out negative; otherwise ``tax`` is withheld from
it and ``net = payable − tax``. So for any set of statements ``Σ gross = Σ (net + tax) −
Σ carry_in + Σ carry_out``, which ``reconcile`` checks against the frozen earnings.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import String, Table, Uuid, and_, delete, func, select, type_coerce, update
from sqlalchemy import cast as cast_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from scrm_desktop.models import (
    CatalogItem,
    CompanyProfile,
    Customer,
    EarningEntry,
    Installer,
    Provider,
    Statement,
    StatementEntry,
    WorkOrder,
    WorkOrderAdjustment,
    WorkOrderLine,
)
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import Money, Quantity, utcnow
from scrm_desktop.services import audit, bulk, numbering
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, Text, ValidationError
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.money import ZERO, format_quantity
from scrm_desktop.services.periods import Period
from scrm_desktop.services.permissions import Actor, Permission, region_prefix, require
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.withholding import withheld_tax
from scrm_desktop.services.work_orders import business_today

SCHEMA = 1
CHUNK = 500
MATERIALIZE_CHUNK = 5_000  # entry ids per query when drafts get their lines
TITLES = {"installer": "安装服务费结算单", "provider": "服务商结算单"}
ADJUSTMENT_TEXT = {"bonus": "奖励", "deduction": "扣款", "correction": "更正", "other": "其他"}
STATUS_LABELS: dict[str, Text] = {
    "draft": Text(QT_TRANSLATE_NOOP("ScrmError", "draft")),
    "issued": Text(QT_TRANSLATE_NOOP("ScrmError", "issued")),
    "paid": Text(QT_TRANSLATE_NOOP("ScrmError", "paid")),
    "void": Text(QT_TRANSLATE_NOOP("ScrmError", "void")),
}


class AlreadySettled(ValidationError):
    """Some entries of a statement being issued were settled by another statement meanwhile."""


_QUANTITY_TEXT: dict[Decimal, str] = {}


def _money(value: Decimal) -> str:
    """``Decimal("1234.5")`` → ``"1234.50"``. Amounts read from money columns (and their sums)
    already carry two decimals, and ``str`` of those is the text, at half the cost of formatting."""
    text = str(value)
    return text if text[-3:-2] == "." else f"{value:.2f}"


def _quantity(value: Decimal) -> str:
    text = _QUANTITY_TEXT.get(value)
    if text is None:
        if len(_QUANTITY_TEXT) > 200_000:
            _QUANTITY_TEXT.clear()
        text = _QUANTITY_TEXT[value] = format_quantity(value)
    return text


def canonical_json(snapshot: dict[str, Any]) -> str:
    """The snapshot as the hash sees it: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def snapshot_hash(snapshot: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(snapshot).encode("utf-8")).hexdigest()


def _require(actor: Actor) -> None:
    require(actor, Permission.MANAGE_STATEMENTS)


def _not_found(what: object) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("ScrmError", "There is no statement {number}."), field="statement", number=str(what)
    )


# --- rows ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatementRow:
    id: uuid.UUID
    number: str | None
    status: str
    party_kind: str
    payee_id: uuid.UUID
    payee_code: str
    payee_name: str
    provider_name: str
    period_from: dt.date
    period_to: dt.date
    line_count: int
    gross: Decimal
    carry_in: Decimal
    tax: Decimal
    net: Decimal
    carry_out: Decimal
    tax_mode: str
    issued_on: dt.date | None
    paid_on: dt.date | None
    payment_ref: str
    void_reason: str
    amends_id: uuid.UUID | None
    version: int


@dataclass(frozen=True)
class StatementDetail:
    row: StatementRow
    snapshot: dict[str, Any]
    sha256: str


_ROW_COLUMNS = (
    Statement.id,
    Statement.number,
    Statement.status,
    Statement.party_kind,
    Statement.installer_id,
    Statement.provider_id,
    Statement.period_from,
    Statement.period_to,
    Statement.line_count,
    Statement.gross,
    Statement.carry_in,
    Statement.tax,
    Statement.net,
    Statement.carry_out,
    Statement.tax_mode,
    Statement.issued_on,
    Statement.paid_on,
    Statement.payment_ref,
    Statement.void_reason,
    Statement.amends_id,
    Statement.version,
)


def _rows(session: Session, stmt: Any) -> list[StatementRow]:
    raw = session.execute(stmt).all()
    installer_ids = {r[4] for r in raw if r[4] is not None}
    provider_ids = {r[5] for r in raw if r[5] is not None}
    installers: dict[uuid.UUID, tuple[str, str]] = {}
    for chunk in _chunks(sorted(installer_ids)):
        installers.update(
            {i: (c, n) for i, c, n in session.execute(select(Installer.id, Installer.code, Installer.name).where(
                Installer.id.in_(chunk)))}
        )  # fmt: skip
    providers: dict[uuid.UUID, tuple[str, str]] = {}
    for chunk in _chunks(sorted(provider_ids)):
        providers.update(
            {i: (c, n) for i, c, n in session.execute(select(Provider.id, Provider.code, Provider.name).where(
                Provider.id.in_(chunk)))}
        )  # fmt: skip
    rows = []
    for r in raw:
        kind = r[3]
        payee_id = r[4] if kind == "installer" else r[5]
        code, name = (installers if kind == "installer" else providers).get(payee_id, ("", ""))
        provider_name = providers.get(r[5], ("", ""))[1] if r[5] is not None else ""
        rows.append(StatementRow(r[0], r[1], r[2], kind, payee_id, code, name, provider_name, *r[6:]))
    return rows


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def list_statements(
    session: Session,
    actor: Actor,
    *,
    period: Period | None = None,
    party_kind: str | None = None,
    statuses: Sequence[str] = (),
    text: str = "",
    provider_id: uuid.UUID | None = None,
) -> list[StatementRow]:
    """Statements overlapping ``period`` (all when None), payee name order.

    ``provider_id``: the provider's own statements and those of its installers.
    """
    _require(actor)
    stmt = select(*_ROW_COLUMNS).order_by(Statement.period_from.desc(), Statement.number, Statement.id)
    if provider_id is not None:
        stmt = stmt.where(Statement.provider_id == provider_id)
    if period is not None:
        stmt = stmt.where(Statement.period_from <= period.last, Statement.period_to >= period.first)
    if party_kind:
        stmt = stmt.where(Statement.party_kind == party_kind)
    if statuses:
        stmt = stmt.where(Statement.status.in_(statuses))
    rows = _rows(session, stmt)
    needle = text.strip().lower()
    if needle:
        rows = [
            r
            for r in rows
            if needle in (r.number or "").lower() or needle in r.payee_name.lower() or needle in r.payee_code.lower()
        ]
    return sorted(rows, key=lambda r: (r.party_kind, r.provider_name, r.payee_code, r.period_from))


def get_statement(session: Session, actor: Actor, statement_id: uuid.UUID) -> StatementDetail:
    _require(actor)
    statement = session.get(Statement, statement_id)
    if statement is None:
        raise _not_found(statement_id)
    row = _rows(session, select(*_ROW_COLUMNS).where(Statement.id == statement_id))[0]
    full = _materialize(session, [statement]).get(statement.id)
    if full is not None:
        return StatementDetail(row, full, snapshot_hash(full))
    return StatementDetail(row, statement.snapshot, statement.snapshot_sha256)


def find_by_number(session: Session, actor: Actor, number: str) -> uuid.UUID:
    _require(actor)
    found = session.scalar(select(Statement.id).where(Statement.number == number.strip()))
    if found is None:
        raise _not_found(number.strip())
    return found


# --- building ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildResult:
    drafts: int
    replaced: int
    entries: int
    gross: Decimal
    net: Decimal
    tax: Decimal


def _company(session: Session) -> dict[str, str]:
    company = session.scalar(select(CompanyProfile).limit(1))
    if company is None:
        return {"name": "", "tax_id": "", "address": "", "phone": "", "logo_png": ""}
    return {
        "name": company.name,
        "tax_id": company.tax_id,
        "address": company.address,
        "phone": company.phone,
        "logo_png": base64.b64encode(company.logo_png).decode("ascii") if company.logo_png else "",
    }


def _entry_filter(period: Period, party_kind: str, region_code: str | None, provider_id: uuid.UUID | None) -> list[Any]:
    clauses: list[Any] = [
        EarningEntry.statement_id.is_(None),
        EarningEntry.earned_on >= period.first,
        EarningEntry.earned_on <= period.last,
    ]
    if party_kind == "provider":
        clauses.append(EarningEntry.provider_id.is_not(None))
    if provider_id is not None:
        clauses.append(EarningEntry.provider_id == provider_id)
    if region_code:
        clauses.append(
            EarningEntry.work_order_id.in_(
                select(WorkOrder.id).where(WorkOrder.region_code.like(region_prefix(region_code.strip()) + "%"))
            )
        )
    return clauses


_ENTRY_COLUMNS = (
    EarningEntry.id,
    EarningEntry.installer_id,
    EarningEntry.provider_id,
    EarningEntry.source,
    EarningEntry.line_id,
    EarningEntry.share_pct,
    EarningEntry.base_amount,
    EarningEntry.amount,
    EarningEntry.earned_on,
    WorkOrder.number,
    WorkOrder.completed_on,
    WorkOrder.address,
    Customer.name,
    CatalogItem.code,
    CatalogItem.name,
    CatalogItem.unit,
    WorkOrderLine.quantity,
    WorkOrderLine.settlement_unit_price,
    WorkOrderLine.position,
    WorkOrderAdjustment.kind,
    WorkOrderAdjustment.reason,
)


def _same(value: Any) -> Any:
    return value


def _raw(column: Any) -> Any:
    """A column read without type processing; ids as text, so that no driver builds a UUID object
    for each of hundreds of thousands of values (psycopg would; the caller converts the few
    distinct installer and provider ids itself)."""
    if isinstance(column.type, Uuid):
        return cast_(column, String)
    return type_coerce(column, NullType)


def _entries(session: Session, clauses: list[Any]) -> list[tuple[Any, ...]]:
    """The entries to settle with what their lines print, as plain tuples in ``_ENTRY_COLUMNS`` order
    (the entry id as text, the line id as the driver gives it: only ever compared), in print order.

    Hundreds of thousands of rows: the columns are read raw and converted through caches (ids,
    amounts, dates and names repeat), which is several times faster than per-value type processing.
    """
    stmt = (
        select(*(_raw(column) for column in _ENTRY_COLUMNS))
        .join(WorkOrder, WorkOrder.id == EarningEntry.work_order_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .outerjoin(WorkOrderLine, WorkOrderLine.id == EarningEntry.line_id)
        .outerjoin(CatalogItem, CatalogItem.id == WorkOrderLine.item_id)
        .outerjoin(WorkOrderAdjustment, WorkOrderAdjustment.id == EarningEntry.adjustment_id)
        .where(*clauses)
    )
    conn = session.connection()
    dialect = conn.dialect
    money, quantity = Money(), Quantity()
    ids: dict[Any, uuid.UUID] = {}
    amounts: dict[Any, Decimal] = {}
    quantities: dict[Any, Decimal] = {}
    dates: dict[Any, dt.date] = {}

    def as_id(raw: Any) -> uuid.UUID | None:
        if raw is None:
            return None
        found = ids.get(raw)
        if found is None:
            found = ids[raw] = raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))
        return found

    def as_money(raw: Any) -> Decimal | None:
        if raw is None:
            return None
        found = amounts.get(raw)
        if found is None:
            found = amounts[raw] = cast(Decimal, money.process_result_value(raw, dialect))
        return found

    def as_date(raw: Any) -> dt.date | None:
        if raw is None:
            return None
        found = dates.get(raw)
        if found is None:
            found = dates[raw] = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw))
        return found

    def as_quantity(raw: Any) -> Decimal | None:
        if raw is None:
            return None
        found = quantities.get(raw)
        if found is None:
            found = quantities[raw] = cast(Decimal, quantity.process_result_value(raw, dialect))
        return found

    if dialect.name != "sqlite":
        # NUMERIC and DATE come back as Decimal (with the column's scale) and date already.
        as_money = as_quantity = as_date = _same  # type: ignore[assignment]

    rows = []
    with collector_paused():
        for r in conn.execute(stmt).all():
            rows.append(
                (_id_text(r[0]), as_id(r[1]), as_id(r[2]), r[3], r[4], as_money(r[5]), as_money(r[6]),
                 as_money(r[7]), as_date(r[8]), r[9], as_date(r[10]), r[11], r[12], r[13], r[14], r[15],
                 as_quantity(r[16]), as_money(r[17]), r[18], r[19], r[20])
            )  # fmt: skip
    # Sorted here, per statement's worth of rows, rather than by the database over all of them.
    rows.sort(key=_print_order)
    return rows


def _entry_keys(session: Session, clauses: list[Any]) -> list[tuple[Any, ...]]:
    """What building drafts needs of each entry: ``(id as text, installer id, provider id, source,
    line key, amount)``; the printed details are read when a draft is shown or issued."""
    stmt = select(
        *(_raw(c) for c in (EarningEntry.id, EarningEntry.installer_id, EarningEntry.provider_id)),
        EarningEntry.source,
        _raw(EarningEntry.line_id),
        EarningEntry.amount,
    ).where(*clauses)
    ids: dict[Any, uuid.UUID] = {}

    def as_id(raw: Any) -> uuid.UUID | None:
        if raw is None:
            return None
        found = ids.get(raw)
        if found is None:
            found = ids[raw] = uuid.UUID(str(raw))
        return found

    with collector_paused():
        return [
            (_id_text(r[0]), as_id(r[1]), as_id(r[2]), r[3], r[4], r[5])
            for r in session.connection().execute(stmt).all()
        ]


def _id_text(raw: Any) -> str:
    """A UUID as text with dashes, from the driver's text of it (SQLite keeps 32 hex digits)."""
    h = str(raw)
    if len(h) == 36:
        return h
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _print_order(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Completion date, work order, line position; adjustments after the lines of their work order."""
    return (row[10] or row[8], row[9], row[3] != "line", row[18] if row[18] is not None else 0, row[0])


def _payees(session: Session, party_kind: str, ids: set[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    found: dict[uuid.UUID, dict[str, Any]] = {}
    ordered = sorted(ids)
    if party_kind == "installer":
        for chunk in _chunks(ordered):
            rows = session.execute(
                select(Installer, Provider.name)
                .join(Provider, Provider.id == Installer.provider_id)
                .where(Installer.id.in_(chunk))
            )
            for installer, provider_name in rows:
                found[installer.id] = {
                    "name": installer.name,
                    "code": installer.code,
                    "provider": provider_name,
                    "provider_id": str(installer.provider_id),
                    "phone": installer.phone,
                    "id_number": installer.id_number,
                    "bank_name": installer.bank_name,
                    "bank_account": installer.bank_account,
                    "account_name": installer.name,
                    "tax_id": "",
                    "tax_mode": installer.tax_mode,
                }
    else:
        for chunk in _chunks(ordered):
            for provider in session.scalars(select(Provider).where(Provider.id.in_(chunk))):
                found[provider.id] = {
                    "name": provider.name,
                    "code": provider.code,
                    "provider": provider.name,
                    "provider_id": str(provider.id),
                    "phone": provider.phone,
                    "contact": provider.contact_name,
                    "id_number": "",
                    "bank_name": provider.bank_name,
                    "bank_account": provider.bank_account,
                    "account_name": provider.account_name or provider.name,
                    "tax_id": provider.tax_id,
                    "tax_mode": "self_invoice",  # a business invoices the company itself
                }
    return found


def _carries(session: Session, party_kind: str, before: dt.date) -> dict[uuid.UUID, tuple[uuid.UUID, Decimal]]:
    """Per payee, the latest issued statement ending before ``before`` with a negative balance to
    carry that no issued statement has taken yet."""
    payee = Statement.installer_id if party_kind == "installer" else Statement.provider_id
    taken = select(Statement.carried_from_id).where(
        Statement.carried_from_id.is_not(None), Statement.status.in_(("issued", "paid"))
    )
    rows = session.execute(
        select(payee, Statement.id, Statement.carry_out, Statement.period_to)
        .where(
            Statement.party_kind == party_kind,
            Statement.status.in_(("issued", "paid")),
            Statement.carry_out < ZERO,
            Statement.period_to < before,
            Statement.id.not_in(taken),
        )
        .order_by(Statement.period_to)
    )
    found: dict[uuid.UUID, tuple[uuid.UUID, Decimal]] = {}
    for payee_id, statement_id, carry, _end in rows:
        if payee_id is not None:
            found[payee_id] = (statement_id, carry)  # the latest one wins
    return found


def _snapshot(
    *,
    kind: str,
    period: Period,
    payer: dict[str, str],
    payee: dict[str, Any],
    entries: list[Any],
    carry_in: Decimal,
    with_lines: bool = True,
) -> tuple[dict[str, Any], dict[str, Decimal]]:
    """The statement as printed, and its totals as Decimals.

    ``with_lines=False`` (building a period's drafts) leaves the lines and adjustments out — they
    are rebuilt from the listed entries when the draft is shown, printed or issued
    (``_materialize``) — and records only their count.
    """
    if not with_lines:
        return _summary(kind=kind, period=period, payer=payer, payee=payee, entries=entries, carry_in=carry_in)
    lines: list[dict[str, Any]] = []
    adjustments: list[dict[str, Any]] = []
    by_line: dict[uuid.UUID, dict[str, Any]] = {}
    lines_total = ZERO
    adjustments_total = ZERO
    for e in entries:
        (entry_id, _inst, _prov, source, line_id, share_pct, base, amount, earned_on, number, completed_on, address,
         customer, item_code, item_name, unit, quantity, unit_price, _pos, adj_kind, adj_reason) = e  # fmt: skip
        if source == "line":
            lines_total += amount
            key = line_id if kind == "provider" and line_id is not None else entry_id
            existing = by_line.get(key)
            if existing is not None:  # a provider is paid the whole line: its installers' parts add up
                existing["_amount"] += amount
                existing["_share"] += share_pct
                continue
            line = {
                "date": (completed_on or earned_on).isoformat(),
                "work_order": number,
                "customer": customer,
                "address": address,
                "item": item_name or "",
                "item_code": item_code or "",
                "quantity": _quantity(quantity) if quantity is not None else "",
                "unit": unit or "",
                "unit_price": _money(unit_price) if unit_price is not None else "",
                "line_amount": _money(base),
                "_amount": amount,
                "_share": share_pct,
            }
            by_line[key] = line
            lines.append(line)
        else:
            adjustments_total += amount
            kind_code = adj_kind or "correction"
            reason = adj_reason or ("重新完工更正" if source == "correction" else "")
            adjustments.append(
                {
                    "date": earned_on.isoformat(),
                    "work_order": number,
                    "kind": kind_code,
                    "label": ADJUSTMENT_TEXT.get(kind_code, kind_code),
                    "reason": reason,
                    "amount": _money(amount),
                }
            )
    for no, line in enumerate(lines, start=1):
        line["no"] = no
        line["amount"] = _money(line.pop("_amount"))
        line["share_pct"] = _money(min(line.pop("_share"), Decimal(100)))
    totals = _totals(lines_total, adjustments_total, carry_in, payee["tax_mode"])
    snapshot = {
        "schema": SCHEMA,
        "kind": kind,
        "title": TITLES[kind],
        "number": None,
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "issued_on": None,
        "payer": payer,
        "payee": {k: v for k, v in payee.items() if k != "provider_id"},
        "lines": lines,
        "adjustments": adjustments,
        "totals": {k: _money(v) for k, v in totals.items()},
        "entries": sorted(e[0] for e in entries),
    }
    return snapshot, totals


def _totals(lines_total: Decimal, adjustments_total: Decimal, carry_in: Decimal, tax_mode: str) -> dict[str, Decimal]:
    """Gross, payable, tax, net and carry-out: a negative payable is carried, never paid."""
    gross = lines_total + adjustments_total
    payable = gross + carry_in
    if payable < ZERO:
        tax, net, carry_out = ZERO, ZERO, payable
    else:
        tax = withheld_tax(payable, tax_mode)
        net, carry_out = payable - tax, ZERO
    return {
        "lines": lines_total,
        "adjustments": adjustments_total,
        "gross": gross,
        "carry_in": carry_in,
        "payable": payable,
        "tax": tax,
        "net": net,
        "carry_out": carry_out,
    }


def _summary(
    *,
    kind: str,
    period: Period,
    payer: dict[str, str],
    payee: dict[str, Any],
    entries: list[Any],
    carry_in: Decimal,
) -> tuple[dict[str, Any], dict[str, Decimal]]:
    """A draft's snapshot without its lines: totals, line count and the entries it settles."""
    lines_total = adjustments_total = ZERO
    line_keys: set[Any] = set()
    for entry_id, _installer, _provider, source, line_key, amount in entries:
        if source == "line":
            lines_total += amount
            line_keys.add(line_key if kind == "provider" and line_key is not None else entry_id)
        else:
            adjustments_total += amount
    totals = _totals(lines_total, adjustments_total, carry_in, payee["tax_mode"])
    snapshot = {
        "schema": SCHEMA,
        "kind": kind,
        "title": TITLES[kind],
        "number": None,
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "issued_on": None,
        "payer": payer,
        "payee": {k: v for k, v in payee.items() if k != "provider_id"},
        "line_count": len(line_keys),
        "totals": {k: _money(v) for k, v in totals.items()},
        "entries": sorted(e[0] for e in entries),
    }
    return snapshot, totals


def _materialize(session: Session, statements: Sequence[Statement]) -> dict[uuid.UUID, dict[str, Any]]:
    """Full snapshots (with lines and adjustments) of drafts built without them, by statement id;
    statements whose snapshot is complete are left out. Nothing is written.

    Raises:
        ValidationError: a draft lists an entry that no longer exists (its work order was reopened
            since the draft was built): build again.
    """
    partial = [s for s in statements if "lines" not in s.snapshot]
    if not partial:
        return {}
    wanted = [uuid.UUID(e) for s in partial for e in s.snapshot["entries"]]
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(wanted), MATERIALIZE_CHUNK):
        chunk = wanted[start : start + MATERIALIZE_CHUNK]
        found.update((row[0], row) for row in _entries(session, [EarningEntry.id.in_(chunk)]))
    result = {}
    for statement in partial:
        snap = statement.snapshot
        listed = snap["entries"]
        items = [found[e] for e in listed if e in found]
        if len(items) != len(listed):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "The draft statement of {payee} is out of date: its earnings changed after it was built. "
                    "Build the statements again.",
                ),
                field="entries",
                payee=snap["payee"]["name"],
            )
        items.sort(key=_print_order)
        full, _ = _snapshot(
            kind=statement.party_kind,
            period=Period(statement.period_from, statement.period_to),
            payer=snap["payer"],
            payee=snap["payee"],
            entries=items,
            carry_in=statement.carry_in,
        )
        full["number"], full["issued_on"] = snap.get("number"), snap.get("issued_on")
        if "amends" in snap:
            full["amends"] = snap["amends"]
        result[statement.id] = full
    return result


def build_statements(
    session: Session,
    actor: Actor,
    *,
    period: Period,
    party_kind: str,
    region_code: str | None = None,
    provider_id: uuid.UUID | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """(Re)build the drafts of ``period`` for every payee of ``party_kind`` with unsettled earnings.

    Drafts of the same kind and period (within the filter) are replaced; issued statements are
    never touched, and entries they settled are not included again.
    """
    _require(actor)
    if party_kind not in TITLES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{kind}” is not a kind of payee; use installer or provider."),
            field="party",
            kind=party_kind,
        )
    with collector_paused():
        entries = _entry_keys(session, _entry_filter(period, party_kind, region_code, provider_id))
        payee_column = Statement.installer_id if party_kind == "installer" else Statement.provider_id
        # Payees with an amendment draft in this period are settled by it: rebuilding neither
        # replaces it (it links to the voided statement) nor makes a second draft beside it.
        amending = set(
            session.scalars(
                select(payee_column).where(
                    Statement.status == "draft",
                    Statement.amends_id.is_not(None),
                    Statement.party_kind == party_kind,
                    Statement.period_from == period.first,
                    Statement.period_to == period.last,
                )
            )
        )
        grouped: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for e in entries:
            payee_id = e[1] if party_kind == "installer" else e[2]
            if payee_id not in amending:
                grouped[payee_id].append(e)
        payees = _payees(session, party_kind, set(grouped))
        old = select(Statement.id).where(
            Statement.status == "draft",
            Statement.amends_id.is_(None),
            Statement.party_kind == party_kind,
            Statement.period_from == period.first,
            Statement.period_to == period.last,
        )
        if provider_id is not None:
            old = old.where(Statement.provider_id == provider_id)
        if region_code:
            old = old.where(payee_column.in_(list(grouped)) if grouped else Statement.id.is_(None))
        replaced = cast(Any, session.execute(delete(Statement).where(Statement.id.in_(old)))).rowcount or 0
        carries = _carries(session, party_kind, period.first)
        payer = _company(session)
        branch = numbering.branch_code(session)
        now = utcnow()
        rows: list[dict[str, Any]] = []
        gross = net = tax = ZERO
        for done, (payee_id, items) in enumerate(sorted(grouped.items(), key=lambda kv: payees[kv[0]]["code"])):
            payee = payees[payee_id]
            carry_in = carries.get(payee_id, (None, ZERO))[1]
            snapshot, totals = _snapshot(
                kind=party_kind, period=period, payer=payer, payee=payee, entries=items, carry_in=carry_in,
                with_lines=False,
            )  # fmt: skip
            canonical = canonical_json(snapshot)
            gross += totals["gross"]
            net += totals["net"]
            tax += totals["tax"]
            rows.append(
                {
                    "id": new_id(),
                    "number": None,
                    "branch_code": branch,
                    "party_kind": party_kind,
                    "installer_id": payee_id if party_kind == "installer" else None,
                    "provider_id": uuid.UUID(payee["provider_id"]),
                    "period_from": period.first,
                    "period_to": period.last,
                    "status": "draft",
                    "tax_mode": payee["tax_mode"],
                    "line_count": snapshot["line_count"],
                    "gross": totals["gross"],
                    "carry_in": totals["carry_in"],
                    "tax": totals["tax"],
                    "net": totals["net"],
                    "carry_out": totals["carry_out"],
                    "carried_from_id": None,
                    "snapshot": canonical,  # serialized once: for the hash and for the column
                    "snapshot_sha256": hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
                    "payment_ref": "",
                    "void_reason": "",
                    "created_by_id": actor.user_id,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
            if progress is not None and done % 200 == 0:
                progress.update(done, len(grouped), payee["name"])
        bulk.insert_rows(session, cast(Table, Statement.__table__), rows, raw=("snapshot",))
    audit.record(
        session,
        actor,
        "statement.build",
        "statement",
        f"{party_kind}:{period.first}..{period.last}",
        after={"drafts": len(rows), "replaced": replaced, "entries": len(entries), "gross": gross, "net": net},
        summary=f"{period.label or period.first}",
    )
    return BuildResult(len(rows), replaced, len(entries), gross, net, tax)


# --- lifecycle -----------------------------------------------------------------------------------


def _get(session: Session, statement_id: uuid.UUID) -> Statement:
    found = session.get(Statement, statement_id)
    if found is None:
        raise _not_found(statement_id)
    return found


def _label(statement: Statement) -> str:
    return statement.number or str(statement.snapshot.get("payee", {}).get("name", ""))


def issue_statements(
    session: Session,
    actor: Actor,
    statement_ids: Sequence[uuid.UUID],
    *,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> list[str]:
    """Issue drafts: number, hash and claim their entries; all or none. Returns the numbers.

    Raises:
        AlreadySettled: an entry of a draft was settled by another statement since the draft was
            built (build again); also when another user issues an overlapping statement at the
            same moment.
    """
    _require(actor)
    issued_on = on or business_today(actor)
    statements: list[Statement] = []
    for chunk in _chunks(list(dict.fromkeys(statement_ids))):
        statements.extend(session.scalars(select(Statement).where(Statement.id.in_(chunk)).with_for_update()))
    if len(statements) != len(set(statement_ids)):
        raise _not_found("?")
    for statement in statements:
        if statement.status != "draft":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Statement {number} is {status}; only drafts are issued."),
                field="status",
                number=_label(statement),
                status=STATUS_LABELS[statement.status],
            )
    full = _materialize(session, statements)
    try:
        # One savepoint for numbering, the statements and their claims: a refusal leaves nothing.
        with session.begin_nested():
            claims = _issue(session, actor, statements, issued_on, progress=progress, full=full)
    except IntegrityError:
        for statement in statements:
            session.expire(statement)
        raise _settled_error(session, statements) from None
    except AlreadySettled:
        for statement in statements:
            session.expire(statement)
        raise
    # Mark the entries settled, set-based: each takes the statement that now holds its claim.
    holder = select(StatementEntry.statement_id).where(StatementEntry.entry_id == EarningEntry.id).scalar_subquery()
    for chunk in _chunks([statement.id for statement in statements]):
        claimed = select(StatementEntry.entry_id).where(StatementEntry.statement_id.in_(chunk))
        session.execute(
            update(EarningEntry).where(EarningEntry.id.in_(claimed)).values(statement_id=holder),
            execution_options={"synchronize_session": False},
        )
    del claims
    for statement in statements:
        audit.record(
            session,
            actor,
            "statement.issue",
            "statement",
            statement.id,
            after={"number": statement.number, "net": statement.net, "sha256": statement.snapshot_sha256},
            summary=statement.number or "",
        )
    return [s.number or "" for s in statements]


def _issue(
    session: Session,
    actor: Actor,
    statements: list[Statement],
    issued_on: dt.date,
    *,
    progress: Progress | None,
    full: dict[uuid.UUID, dict[str, Any]],
) -> list[dict[str, Any]]:
    """Number, snapshot and hash each statement, then claim its entries (raises IntegrityError when
    another statement holds one)."""
    now = utcnow()
    head = numbering.prefix("JS", numbering.branch_code(session), issued_on)
    first = numbering.reserve(session, head, len(statements)) if statements else 0
    claims: list[dict[str, Any]] = []
    carried: set[uuid.UUID] = set()
    for offset, statement in enumerate(sorted(statements, key=lambda s: str(s.snapshot["payee"]["code"]))):
        number = numbering.format_number(head, first + offset)
        snapshot = dict(full.get(statement.id, statement.snapshot))
        snapshot["number"] = number
        snapshot["issued_on"] = issued_on.isoformat()
        statement.number = number
        statement.snapshot = snapshot
        statement.snapshot_sha256 = snapshot_hash(snapshot)
        statement.status = "issued"
        statement.issued_on = issued_on
        statement.issued_at = now
        statement.issued_by_id = actor.user_id
        statement.updated_by_id = actor.user_id
        if statement.carry_in < ZERO:
            source = _carry_source(session, statement)
            if source is None or source in carried:
                raise AlreadySettled(
                    QT_TRANSLATE_NOOP(
                        "ScrmError",
                        "The balance carried into the statement of {payee} was taken by another statement. "
                        "Build the statements again.",
                    ),
                    field="carry_in",
                    payee=snapshot["payee"]["name"],
                )
            statement.carried_from_id = source
            carried.add(source)
        claims.extend({"entry_id": uuid.UUID(e), "statement_id": statement.id} for e in snapshot["entries"])
        if progress is not None and offset % 200 == 0:
            progress.update(offset, len(statements), number)
    session.flush()
    bulk.insert_rows(session, cast(Table, StatementEntry.__table__), claims)
    return claims


def _carry_source(session: Session, statement: Statement) -> uuid.UUID | None:
    payee = statement.installer_id if statement.party_kind == "installer" else statement.provider_id
    found = _carries(session, statement.party_kind, statement.period_from)
    source = found.get(payee) if payee is not None else None
    return source[0] if source is not None and source[1] == statement.carry_in else None


def _settled_error(session: Session, statements: list[Statement]) -> AlreadySettled:
    """Name the statement that holds one of the entries (read with a connection of our own: this
    transaction may be unusable after the failed insert on PostgreSQL)."""
    engine = session.get_bind()
    holder = None
    with engine.connect() as conn:  # type: ignore[union-attr]
        wanted = [uuid.UUID(e) for s in statements for e in (s.snapshot or {}).get("entries", [])]
        for chunk in _chunks(wanted):
            holder = conn.execute(
                select(Statement.number)
                .join(StatementEntry, StatementEntry.statement_id == Statement.id)
                .where(StatementEntry.entry_id.in_(chunk))
                .limit(1)
            ).scalar()
            if holder:
                break
    return AlreadySettled(
        QT_TRANSLATE_NOOP(
            "ScrmError",
            "Some of these earnings were settled by statement {number} in the meantime, so nothing was issued. "
            "Build the statements again.",
        ),
        field="entries",
        number=holder or "—",
    )


def mark_paid(
    session: Session,
    actor: Actor,
    statement_id: uuid.UUID,
    *,
    paid_on: dt.date,
    reference: str,
    expected_version: int,
) -> StatementDetail:
    """Record the payment of an issued statement (date and bank reference)."""
    _require(actor)
    statement = _get(session, statement_id)
    check_version(session, statement, expected_version, _label(statement), actor)
    if statement.status != "issued":
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Statement {number} is {status}; only issued statements are paid."),
            field="status",
            number=_label(statement),
            status=STATUS_LABELS[statement.status],
        )
    ref = reference.strip()
    if len(ref) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The payment reference is longer than 100 characters."),
            field="payment_ref",
        )
    statement.status = "paid"
    statement.paid_on = paid_on
    statement.payment_ref = ref
    statement.updated_by_id = actor.user_id
    with stale_guard(session, statement, _label(statement), actor):
        session.flush()
    audit.record(
        session, actor, "statement.pay", "statement", statement.id,
        after={"paid_on": paid_on, "reference": ref}, summary=_label(statement),
    )  # fmt: skip
    return get_statement(session, actor, statement.id)


def void_statement(
    session: Session, actor: Actor, statement_id: uuid.UUID, *, reason: str, expected_version: int
) -> StatementDetail:
    """Void an issued (or paid) statement: its entries are released for an amending statement."""
    _require(actor)
    statement = _get(session, statement_id)
    check_version(session, statement, expected_version, _label(statement), actor)
    if statement.status not in ("issued", "paid"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Statement {number} is {status}; only issued statements are voided."),
            field="status",
            number=_label(statement),
            status=STATUS_LABELS[statement.status],
        )
    clean = reason.strip()
    if not clean or len(clean) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Say why the statement is voided (at most 200 characters)."),
            field="reason",
        )
    taker = session.scalar(
        select(Statement.number).where(
            Statement.carried_from_id == statement.id, Statement.status.in_(("issued", "paid"))
        )
    )
    if taker:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "Statement {taker} carried the balance of {number} forward; void {taker} first."
            ),
            field="status",
            number=_label(statement),
            taker=taker,
        )
    session.execute(update(EarningEntry).where(EarningEntry.statement_id == statement.id).values(statement_id=None))
    session.execute(delete(StatementEntry).where(StatementEntry.statement_id == statement.id))
    statement.status = "void"
    statement.voided_at = utcnow()
    statement.voided_by_id = actor.user_id
    statement.void_reason = clean
    statement.carried_from_id = None
    statement.updated_by_id = actor.user_id
    with stale_guard(session, statement, _label(statement), actor):
        session.flush()
    audit.record(
        session, actor, "statement.void", "statement", statement.id,
        after={"reason": clean}, summary=_label(statement),
    )  # fmt: skip
    return get_statement(session, actor, statement.id)


def amend_statement(session: Session, actor: Actor, statement_id: uuid.UUID) -> StatementDetail:
    """A new draft for the payee and period of a voided statement, linked to it."""
    _require(actor)
    voided = _get(session, statement_id)
    if voided.status != "void":
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Only a voided statement is amended; void {number} first."),
            field="status",
            number=_label(voided),
        )
    existing = session.scalar(
        select(func.coalesce(Statement.number, "")).where(Statement.amends_id == voided.id, Statement.status != "void")
    )
    if existing is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Statement {number} already has an amendment ({amendment})."),
            field="status",
            number=_label(voided),
            amendment=existing or Text(QT_TRANSLATE_NOOP("ScrmError", "a draft")),
        )
    period = Period(voided.period_from, voided.period_to, voided.snapshot.get("period", {}).get("label", ""))
    payee_id = voided.installer_id if voided.party_kind == "installer" else voided.provider_id
    assert payee_id is not None
    clauses = _entry_filter(period, voided.party_kind, None, None)
    clauses.append((EarningEntry.installer_id if voided.party_kind == "installer" else EarningEntry.provider_id)
                   == payee_id)  # fmt: skip
    entries = _entries(session, clauses)
    if not entries:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Nothing is left to settle for {payee} in this period."),
            field="entries",
            payee=voided.snapshot.get("payee", {}).get("name", ""),
        )
    payee = _payees(session, voided.party_kind, {payee_id})[payee_id]
    carry_in = _carries(session, voided.party_kind, period.first).get(payee_id, (None, ZERO))[1]
    snapshot, totals = _snapshot(
        kind=voided.party_kind, period=period, payer=_company(session), payee=payee, entries=entries,
        carry_in=carry_in,
    )  # fmt: skip
    snapshot["amends"] = voided.number
    draft = Statement(
        branch_code=numbering.branch_code(session),
        party_kind=voided.party_kind,
        installer_id=voided.installer_id,
        provider_id=voided.provider_id,
        period_from=period.first,
        period_to=period.last,
        status="draft",
        tax_mode=payee["tax_mode"],
        line_count=len(snapshot["lines"]),
        gross=totals["gross"],
        carry_in=totals["carry_in"],
        tax=totals["tax"],
        net=totals["net"],
        carry_out=totals["carry_out"],
        snapshot=snapshot,
        snapshot_sha256=snapshot_hash(snapshot),
        amends_id=voided.id,
        created_by_id=actor.user_id,
        payment_ref="",
        void_reason="",
    )
    session.add(draft)
    session.flush()
    audit.record(
        session, actor, "statement.amend", "statement", draft.id,
        after={"amends": voided.number}, summary=voided.number or "",
    )  # fmt: skip
    return get_statement(session, actor, draft.id)


# --- checks --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    number: str
    stored_sha256: str
    computed_sha256: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_statement(session: Session, actor: Actor, number: str) -> Verification:
    """Recompute the hash of an issued statement's snapshot and check its claims against the database."""
    statement = _get(session, find_by_number(session, actor, number))
    computed = snapshot_hash(statement.snapshot)
    problems = []
    if computed != statement.snapshot_sha256:
        problems.append("snapshot hash differs from the stored hash")
    if statement.snapshot.get("number") != statement.number:
        problems.append("snapshot number differs from the statement number")
    claimed = {str(e) for e in session.scalars(
        select(StatementEntry.entry_id).where(StatementEntry.statement_id == statement.id))}  # fmt: skip
    listed = set(statement.snapshot.get("entries", []))
    if statement.status in ("issued", "paid"):
        if claimed != listed:
            problems.append(f"{len(listed ^ claimed)} entries differ between the snapshot and the claims")
        total = session.scalar(
            select(func.sum(EarningEntry.amount))
            .join(StatementEntry, StatementEntry.entry_id == EarningEntry.id)
            .where(StatementEntry.statement_id == statement.id)
        )
        if (total or ZERO) != statement.gross:
            problems.append(f"claimed entries add up to {total or ZERO}, the statement says {statement.gross}")
    return Verification(statement.number or number, statement.snapshot_sha256, computed, problems)


@dataclass(frozen=True)
class Reconciliation:
    period: Period
    earned: Decimal  # frozen lines + adjustments + corrections earned in the period
    settled_gross: Decimal  # of the issued (and paid) statements covering those entries
    unsettled: Decimal
    net: Decimal
    tax: Decimal
    carry_in: Decimal
    carry_out: Decimal

    @property
    def difference(self) -> Decimal:
        """Zero when net + tax − carry-in + carry-out of the statements equals the settled earnings
        and settled + unsettled equals what was earned."""
        by_statements = self.net + self.tax - self.carry_in + self.carry_out
        return (self.settled_gross - by_statements) + (self.earned - self.settled_gross - self.unsettled)


def reconcile(session: Session, actor: Actor, *, period: Period) -> Reconciliation:
    _require(actor)
    in_period = and_(EarningEntry.earned_on >= period.first, EarningEntry.earned_on <= period.last)
    earned = session.scalar(select(func.sum(EarningEntry.amount)).where(in_period)) or ZERO
    unsettled = (
        session.scalar(select(func.sum(EarningEntry.amount)).where(in_period, EarningEntry.statement_id.is_(None)))
        or ZERO
    )
    live = Statement.status.in_(("issued", "paid"))
    covering = (
        select(Statement.id)
        .join(StatementEntry, StatementEntry.statement_id == Statement.id)
        .join(EarningEntry, EarningEntry.id == StatementEntry.entry_id)
        .where(live, in_period)
        .distinct()
    )
    sums = session.execute(
        select(
            func.sum(Statement.gross),
            func.sum(Statement.net),
            func.sum(Statement.tax),
            func.sum(Statement.carry_in),
            func.sum(Statement.carry_out),
        ).where(Statement.id.in_(covering))
    ).one()
    gross, net, tax, carry_in, carry_out = (v or ZERO for v in sums)
    return Reconciliation(period, earned, gross, unsettled, net, tax, carry_in, carry_out)


# --- output --------------------------------------------------------------------------------------


def write_pdf(
    session: Session, actor: Actor, statement_id: uuid.UUID, path: str | os.PathLike[str], *, voucher: bool = False
) -> int:
    """The statement's PDF from its snapshot; ``voucher`` (full ID number) needs ``VIEW_PII``."""
    from scrm_desktop.services.statement_pdf import render_statement

    if voucher:
        require(actor, Permission.VIEW_PII)
    detail = get_statement(session, actor, statement_id)
    try:
        return render_statement(
            detail.snapshot, status=detail.row.status, sha256=detail.sha256, voucher=voucher, path_or_buffer=str(path)
        )
    except OSError as exc:
        raise cannot_write(path, exc) from None


def batch_items(
    session: Session, actor: Actor, statement_ids: Sequence[uuid.UUID]
) -> list[tuple[dict[str, Any], str, str, str]]:
    """(snapshot, status, sha256, file stem) of each statement, for ``statement_pdf.render_batch``."""
    _require(actor)
    items = []
    for chunk in _chunks(list(statement_ids)):
        found = list(session.scalars(select(Statement).where(Statement.id.in_(chunk))))
        full = _materialize(session, found)
        for statement in found:
            payee = statement.snapshot.get("payee", {})
            stem = statement.number or f"草稿-{payee.get('code', '')}-{statement.period_from:%Y%m}"
            snapshot = full.get(statement.id)
            sha = snapshot_hash(snapshot) if snapshot is not None else statement.snapshot_sha256
            items.append((snapshot or statement.snapshot, statement.status, sha, _safe_stem(stem)))
    return sorted(items, key=lambda item: item[3])


def _safe_stem(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text) or "statement"


def export_lines_xlsx(session: Session, actor: Actor, statement_id: uuid.UUID, path: str | os.PathLike[str]) -> int:
    """The statement's lines and adjustments as an .xlsx sheet (amounts as numbers); returns rows."""
    from openpyxl import Workbook

    detail = get_statement(session, actor, statement_id)
    snap = detail.snapshot
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "结算明细"
    sheet.append(["结算单号", snap.get("number") or "草稿", "收款方", snap["payee"]["name"],
                  "期间", f"{snap['period']['from']} ~ {snap['period']['to']}"])  # fmt: skip
    sheet.append([])
    sheet.append(
        [
            "序号",
            "完工日期",
            "工单号",
            "客户",
            "地址",
            "服务项目",
            "编码",
            "数量",
            "单位",
            "单价",
            "行金额",
            "份额%",
            "金额",
        ]
    )
    count = 0
    for line in snap["lines"]:
        sheet.append([
            line["no"], line["date"], line["work_order"], line["customer"], line["address"], line["item"],
            line["item_code"], _number(line["quantity"]), line["unit"], _number(line["unit_price"]),
            _number(line["line_amount"]), _number(line["share_pct"]), _number(line["amount"]),
        ])  # fmt: skip
        count += 1
    if snap["adjustments"]:
        sheet.append([])
        sheet.append(["调整", "日期", "工单号", "类型", "原因", "", "", "", "", "", "", "", "金额"])
        for adj in snap["adjustments"]:
            sheet.append(["", adj["date"], adj["work_order"], adj["label"], adj["reason"], "", "", "", "", "", "", "",
                          _number(adj["amount"])])  # fmt: skip
            count += 1
    sheet.append([])
    for key, label in (("gross", "应结合计"), ("carry_in", "上期结转"), ("tax", "代扣个税"), ("net", "实付金额"),
                       ("carry_out", "结转下期")):  # fmt: skip
        sheet.append(["", label, _number(snap["totals"][key])])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, Decimal):
                cell.number_format = "#,##0.00"
    try:
        book.save(str(path))
    except OSError as exc:
        raise cannot_write(path, exc) from None
    return count


def cannot_write(path: str | os.PathLike[str], exc: OSError) -> ValidationError:
    """The error for a file that could not be written (a full disk, a folder without permission)."""
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Cannot write {path}: {reason}"),
        field="file",
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def _number(text: str) -> Decimal | str:
    try:
        return Decimal(text)
    except ArithmeticError:
        return text


__all__ = [
    "AlreadySettled",
    "BuildResult",
    "Reconciliation",
    "StatementDetail",
    "StatementRow",
    "Verification",
    "amend_statement",
    "batch_items",
    "build_statements",
    "canonical_json",
    "export_lines_xlsx",
    "get_statement",
    "issue_statements",
    "list_statements",
    "mark_paid",
    "reconcile",
    "snapshot_hash",
    "verify_statement",
    "void_statement",
    "write_pdf",
]
