"""What installers earned: one installer's month by day (previewed, frozen, settled), every
installer's month totals for finance, and the CSV export of a period's earning lines.

Frozen and settled figures come from ``earning_entries`` with set-based SQL (a month of 300,000
entries sums in well under a second). Previewed figures are the live earnings of the installer's
open work orders, priced in memory like the work-order panel.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from scrm_desktop.models import (
    CatalogItem,
    EarningEntry,
    Installer,
    PriceTier,
    Provider,
    WorkOrder,
    WorkOrderAdjustment,
    WorkOrderCrew,
    WorkOrderLine,
)
from scrm_desktop.services import periods
from scrm_desktop.services.earnings import Pricer, preview
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ScrmError
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.money import ZERO, format_quantity
from scrm_desktop.services.permissions import Actor, Permission, require
from scrm_desktop.services.price_resolution import JobContext
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.work_orders import (
    OPEN_STATUSES,
    adjustment_specs,
    business_today,
    crew_members,
    current_provider_type,
    line_specs,
    own_installer_id,
)

CSV_COLUMNS = (
    "installer_code",
    "installer",
    "provider",
    "work_order",
    "completed_on",
    "earned_on",
    "source",
    "item_code",
    "item",
    "quantity",
    "tier",
    "unit_price",
    "amount",
    "share_pct",
    "share",
    "settled",
)


def parse_period(text: str) -> dt.date:
    """``2026-11`` → the first day of that month (``periods.parse_period`` names a bad text)."""
    return periods.parse_period(text).first


def month_range(month: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the month of ``month``."""
    period = periods.Period.month(month.year, month.month)
    return period.first, period.last


# --- one installer's month ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EarningsDay:
    day: dt.date
    previewed: Decimal
    frozen: Decimal
    settled: Decimal
    work_orders: int

    @property
    def total(self) -> Decimal:
        return self.previewed + self.frozen + self.settled


@dataclass(frozen=True, slots=True)
class MyWorkOrder:
    """A work order of the month with what it earns (or earned) the installer.

    ``state``: ``previewed`` (open: a live figure), ``frozen`` (completed, not settled),
    ``settled``, or ``partly_settled`` (a correction after reopening is still to be settled).
    ``problem`` is set when an open work order cannot be priced yet (its amount then leaves out
    the lines without a price).
    """

    id: uuid.UUID
    number: str
    status: str
    day: dt.date
    amount: Decimal
    state: str
    problem: ScrmError | None = None


@dataclass(frozen=True)
class InstallerEarnings:
    installer_id: uuid.UUID
    code: str
    name: str
    provider_name: str
    month: dt.date
    days: list[EarningsDay]
    work_orders: list[MyWorkOrder]

    @property
    def previewed(self) -> Decimal:
        return sum((d.previewed for d in self.days), ZERO)

    @property
    def frozen(self) -> Decimal:
        return sum((d.frozen for d in self.days), ZERO)

    @property
    def settled(self) -> Decimal:
        return sum((d.settled for d in self.days), ZERO)

    @property
    def total(self) -> Decimal:
        return self.previewed + self.frozen + self.settled


def _resolve_installer(session: Session, actor: Actor, installer_id: uuid.UUID | None) -> Installer:
    own = own_installer_id(session, actor)
    if installer_id is None or installer_id == own:
        if own is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("ScrmError", "{user} is not linked to an installer."),
                field="installer_id",
                user=actor.display_name,
            )
        require(actor, Permission.VIEW_OWN_EARNINGS)
        installer_id = own
    elif not actor.can(Permission.DISPATCH_WORK_ORDERS):
        require(actor, Permission.MANAGE_STATEMENTS)
    found = session.get(Installer, installer_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The installer does not exist."), field="installer_id")
    return found


def installer_earnings(
    session: Session, actor: Actor, *, month: dt.date, installer_id: uuid.UUID | None = None
) -> InstallerEarnings:
    """One installer's month: per day previewed / frozen / settled, and the work orders behind it.

    ``installer_id`` None means the actor's own installer record (role installer). Frozen and
    settled amounts are dated by ``earned_on`` (corrections by the day they were made); previewed
    ones by the open work order's completion, start or planned date (or today).
    """
    installer = _resolve_installer(session, actor, installer_id)
    first, last = month_range(month)
    provider_name = session.scalar(select(Provider.name).where(Provider.id == installer.provider_id)) or ""
    days: dict[dt.date, list[Any]] = defaultdict(lambda: [ZERO, ZERO, ZERO, set()])
    orders: dict[uuid.UUID, list[Any]] = {}

    settled_flag = EarningEntry.statement_id.is_not(None)
    rows = session.execute(
        select(
            EarningEntry.earned_on,
            EarningEntry.work_order_id,
            WorkOrder.number,
            WorkOrder.status,
            settled_flag,
            func.sum(EarningEntry.amount),
        )
        .join(WorkOrder, WorkOrder.id == EarningEntry.work_order_id)
        .where(EarningEntry.installer_id == installer.id, EarningEntry.earned_on.between(first, last))
        .group_by(EarningEntry.earned_on, EarningEntry.work_order_id, WorkOrder.number, WorkOrder.status, settled_flag)
    ).all()
    for day, wo_id, number, status, settled, summed in rows:
        amount = summed or ZERO
        bucket = days[day]
        bucket[2 if settled else 1] += amount
        bucket[3].add(wo_id)
        order = orders.setdefault(wo_id, [number, status, day, ZERO, set()])
        order[2] = min(order[2], day)
        order[3] += amount
        order[4].add("settled" if settled else "frozen")

    previews = _open_previews(session, actor, installer.id, first, last)
    for wo_id, number, status, day, amount, problem in previews:
        days[day][0] += amount
        days[day][3].add(wo_id)
        orders[wo_id] = [number, status, day, amount, {"previewed"}, problem]

    work_orders = []
    for wo_id, values in orders.items():
        number, status, day, amount, states = values[:5]
        problem = values[5] if len(values) > 5 else None
        state = "partly_settled" if states == {"settled", "frozen"} else next(iter(states))
        work_orders.append(MyWorkOrder(wo_id, number, status, day, amount, state, problem))
    work_orders.sort(key=lambda w: (w.day, w.number))
    return InstallerEarnings(
        installer.id,
        installer.code,
        installer.name,
        provider_name,
        first,
        [EarningsDay(day, b[0], b[1], b[2], len(b[3])) for day, b in sorted(days.items())],
        work_orders,
    )


def _open_previews(
    session: Session, actor: Actor, installer_id: uuid.UUID, first: dt.date, last: dt.date
) -> list[tuple[uuid.UUID, str, str, dt.date, Decimal, ScrmError | None]]:
    """Live earnings of the installer's open work orders dated in the month."""
    today = business_today(actor)
    day_of = func.coalesce(WorkOrder.completed_on, WorkOrder.started_on, WorkOrder.planned_date)
    rows = session.execute(
        select(
            WorkOrder.id,
            WorkOrder.number,
            WorkOrder.status,
            day_of,
            WorkOrder.region_code,
            WorkOrder.provider_id,
            WorkOrder.scenario,
            WorkOrder.complexity,
            WorkOrder.completed_on,
        )
        .join(
            WorkOrderCrew,
            and_(WorkOrderCrew.work_order_id == WorkOrder.id, WorkOrderCrew.installer_id == installer_id),
        )
        .where(WorkOrder.status.in_(OPEN_STATUSES))
    ).all()
    dated = []
    for row in rows:
        day = row[3] or today
        if first <= day <= last:
            dated.append((row, day))
    if not dated:
        return []
    ids = [row[0] for row, _ in dated]
    crews = crew_members(session, ids)
    lines = line_specs(session, ids)
    adjustments = adjustment_specs(session, ids)
    pricer = Pricer(session, actor, {spec.item_code for specs in lines.values() for spec in specs})
    found = []
    for row, day in dated:
        wo_id = row[0]
        crew = crews.get(wo_id, [])
        earnings = preview(
            pricer,
            on=row[8] or today,
            job=JobContext(row[4], current_provider_type(session, row[5]), row[6], row[7]),
            crew=crew,
            lines=lines.get(wo_id, []),
            adjustments=adjustments.get(wo_id, []),
        )
        mine = next((m.amount for m in earnings.members if m.installer_id == installer_id), ZERO)
        problem = earnings.problems[0] if earnings.problems else None
        found.append((wo_id, row[1], row[2], day, mine, problem))
    return found


# --- every installer's month (finance) -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InstallerMonthRow:
    installer_id: uuid.UUID
    code: str
    name: str
    provider_name: str
    work_orders: int
    entries: int
    frozen: Decimal
    settled: Decimal

    @property
    def total(self) -> Decimal:
        return self.frozen + self.settled


def month_summary(session: Session, actor: Actor, *, month: dt.date) -> list[InstallerMonthRow]:
    """Per installer, the month's frozen (not yet settled) and settled earnings: one grouped query."""
    if not actor.can(Permission.DISPATCH_WORK_ORDERS):
        require(actor, Permission.MANAGE_STATEMENTS)
    first, last = month_range(month)
    unsettled = case((EarningEntry.statement_id.is_(None), EarningEntry.amount), else_=0)
    settled = case((EarningEntry.statement_id.is_not(None), EarningEntry.amount), else_=0)
    per_installer = (
        select(
            EarningEntry.installer_id.label("installer_id"),
            func.count(func.distinct(EarningEntry.work_order_id)).label("orders"),
            func.count().label("entries"),
            func.sum(unsettled).label("frozen"),
            func.sum(settled).label("settled"),
        )
        .where(EarningEntry.earned_on.between(first, last))
        .group_by(EarningEntry.installer_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Installer.id,
            Installer.code,
            Installer.name,
            Provider.name,
            per_installer.c.orders,
            per_installer.c.entries,
            per_installer.c.frozen,
            per_installer.c.settled,
        )
        .join(per_installer, per_installer.c.installer_id == Installer.id)
        .join(Provider, Provider.id == Installer.provider_id)
        .order_by(Provider.name, Installer.code)
    ).all()

    def amount(raw: Decimal | None) -> Decimal:  # the CASE takes the Money type of its THEN
        return ZERO if raw is None else raw

    return [
        InstallerMonthRow(iid, code, name, provider or "", orders, entries, amount(frozen), amount(paid))
        for iid, code, name, provider, orders, entries, frozen, paid in rows
    ]


# --- CSV export ----------------------------------------------------------------------------------


def export_earnings_csv(
    session: Session,
    actor: Actor,
    *,
    month: dt.date,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> int:
    """Write the month's earnings, one row per line (or adjustment, or correction) and crew member.

    Columns: ``CSV_COLUMNS`` (UTF-8 with BOM so Excel opens Chinese text correctly). Returns the
    number of data rows. An installer exports only their own rows.
    """
    own: uuid.UUID | None = None
    if not (actor.can(Permission.MANAGE_STATEMENTS) or actor.can(Permission.DISPATCH_WORK_ORDERS)):
        require(actor, Permission.VIEW_OWN_EARNINGS)
        own = own_installer_id(session, actor)
        if own is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("ScrmError", "{user} is not linked to an installer."),
                field="installer_id",
                user=actor.display_name,
            )
    first, last = month_range(month)
    stmt = (
        select(
            Installer.code,
            Installer.name,
            Provider.name,
            WorkOrder.number,
            WorkOrder.completed_on,
            EarningEntry.earned_on,
            EarningEntry.source,
            CatalogItem.code,
            CatalogItem.name,
            WorkOrderLine.quantity,
            PriceTier.code,
            WorkOrderLine.settlement_unit_price,
            EarningEntry.base_amount,
            EarningEntry.share_pct,
            EarningEntry.amount,
            EarningEntry.statement_id.is_not(None),
            WorkOrderAdjustment.kind,
            WorkOrderAdjustment.reason,
        )
        .join(Installer, Installer.id == EarningEntry.installer_id)
        .join(WorkOrder, WorkOrder.id == EarningEntry.work_order_id)
        .outerjoin(Provider, Provider.id == EarningEntry.provider_id)
        .outerjoin(WorkOrderLine, WorkOrderLine.id == EarningEntry.line_id)
        .outerjoin(CatalogItem, CatalogItem.id == WorkOrderLine.item_id)
        .outerjoin(PriceTier, PriceTier.id == WorkOrderLine.settlement_tier_id)
        .outerjoin(WorkOrderAdjustment, WorkOrderAdjustment.id == EarningEntry.adjustment_id)
        .where(EarningEntry.earned_on.between(first, last))
        .order_by(Installer.code, WorkOrder.number, EarningEntry.source, WorkOrderLine.position)
    )
    if own is not None:
        stmt = stmt.where(EarningEntry.installer_id == own)
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle, collector_paused():
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in session.execute(stmt.execution_options(yield_per=5000)):
            (icode, iname, pname, number, completed, earned, source, item_code, item_name, qty, tier, unit,
             base, share_pct, amount, settled, adj_kind, adj_reason) = row  # fmt: skip
            if source != "line":
                item_code = adj_kind or source
                item_name = adj_reason or ""
            writer.writerow(
                (
                    icode,
                    iname,
                    pname or "",
                    number,
                    completed.isoformat() if completed else "",
                    earned.isoformat(),
                    source,
                    item_code or "",
                    item_name or "",
                    format_quantity(qty) if qty is not None else "",
                    tier or "",
                    f"{unit:.2f}" if unit is not None and source == "line" else "",
                    f"{base:.2f}",
                    f"{share_pct:.2f}",
                    f"{amount:.2f}",
                    "yes" if settled else "no",
                )
            )
            count += 1
            if progress is not None and count % 10_000 == 0:
                progress.update(count, None, "")
    return count
