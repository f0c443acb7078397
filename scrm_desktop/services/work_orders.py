"""Work orders (工单): create and edit them, move them through their lifecycle, complete them
(which freezes their earnings) and reopen them.

Lifecycle: draft → assigned → in progress → completed, or cancelled from any open state. A
completed work order can be reopened by a user with ``REOPEN_WORK_ORDERS`` (audited, with a
reason); completing it again freezes it again.

Completing is a batch operation (``complete_work_orders``): one transaction prices every line of
every work order from memory (``earnings.Pricer``), refuses the whole batch naming each work order
that cannot be completed, and otherwise writes the frozen line columns, the work orders' new
state, one ``EarningEntry`` per line (and adjustment) and crew member, and one audit entry per
work order with set-based statements. Reopening deletes the entries no statement has settled;
settled ones stay, and the next completion adds, per installer, a correction entry for the
difference instead of new line entries, so an issued statement is never touched and nothing is
paid twice.

Who may see a work order: dispatchers within their regions, finance everywhere, an installer
the work orders they are on. Editing and completing need ``DISPATCH_WORK_ORDERS`` within the
actor's regions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Table, delete, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from scrm_desktop.models import (
    AuditEntry,
    CatalogItem,
    Customer,
    EarningEntry,
    Installer,
    PriceTier,
    Provider,
    ProviderType,
    RegionGroupMember,
    ServicePackage,
    User,
    WorkOrder,
    WorkOrderAdjustment,
    WorkOrderCrew,
    WorkOrderLine,
)
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.models.work_order import ADJUSTMENT_KINDS, WORK_ORDER_STATUSES
from scrm_desktop.services import audit, bulk, numbering
from scrm_desktop.services.catalog import expand_package
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.customers import _regions_for, mask_phone
from scrm_desktop.services.earnings import (
    AdjustmentSpec,
    CrewMember,
    Earnings,
    LineSpec,
    Pricer,
    PriceSide,
    assemble,
    preview,
)
from scrm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PermissionDenied,
    ScrmError,
    Text,
    Translate,
    ValidationError,
)
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.money import ZERO, parse_money, parse_quantity
from scrm_desktop.services.permissions import Actor, Permission, region_prefix, require, require_region
from scrm_desktop.services.price_resolution import JobContext
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.regions import region_index

OPEN_STATUSES = ("draft", "assigned", "in_progress")
HUNDRED = Decimal(100)
PERCENT_STEP = Decimal("0.01")
MAX_ADDRESS = 300
MAX_NOTES = 1000
MAX_REASON = 200
MAX_VALUE = 50
COMPLEXITY_RANGE = (1, 5)
CHUNK = 500  # ids per IN (...) list
MAX_NAMED_PROBLEMS = 20

STATUS_LABELS: dict[str, Text] = {
    "draft": Text(QT_TRANSLATE_NOOP("ScrmError", "draft")),
    "assigned": Text(QT_TRANSLATE_NOOP("ScrmError", "assigned")),
    "in_progress": Text(QT_TRANSLATE_NOOP("ScrmError", "in progress")),
    "completed": Text(QT_TRANSLATE_NOOP("ScrmError", "completed")),
    "cancelled": Text(QT_TRANSLATE_NOOP("ScrmError", "cancelled")),
}
ADJUSTMENT_LABELS: dict[str, Text] = {
    "bonus": Text(QT_TRANSLATE_NOOP("ScrmError", "bonus")),
    "deduction": Text(QT_TRANSLATE_NOOP("ScrmError", "deduction")),
    "correction": Text(QT_TRANSLATE_NOOP("ScrmError", "correction")),
    "other": Text(QT_TRANSLATE_NOOP("ScrmError", "other")),
}
FIELD_LABELS: dict[str, Text] = {
    "address": Text(QT_TRANSLATE_NOOP("ScrmError", "service address")),
    "note": Text(QT_TRANSLATE_NOOP("ScrmError", "line note")),
    "notes": Text(QT_TRANSLATE_NOOP("ScrmError", "notes")),
    "reason": Text(QT_TRANSLATE_NOOP("ScrmError", "reason")),
    "scenario": Text(QT_TRANSLATE_NOOP("ScrmError", "scenario")),
}
# Moves set_status allows; completing and reopening have their own functions.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("assigned", "in_progress", "cancelled"),
    "assigned": ("draft", "in_progress", "cancelled"),
    "in_progress": ("assigned", "cancelled"),
    "completed": (),
    "cancelled": (),
}


# --- input -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CrewInput:
    installer_id: uuid.UUID
    share_pct: Decimal


@dataclass(frozen=True)
class LineInput:
    item_id: uuid.UUID
    quantity: Decimal
    note: str = ""
    package_id: uuid.UUID | None = None
    line_id: uuid.UUID | None = None  # the stored line this edits (None: a new line)


@dataclass(frozen=True)
class AdjustmentInput:
    """A signed amount: a bonus is positive, a deduction negative."""

    kind: str
    amount: Decimal
    reason: str
    installer_id: uuid.UUID | None = None  # None: split over the crew by shares
    adjustment_id: uuid.UUID | None = None


@dataclass(frozen=True)
class WorkOrderInput:
    """Everything the editor (or a JSON file) says about a work order.

    ``address`` empty takes the customer's; ``region_code`` None parses the region from the
    address, a code overrides it.
    """

    customer_id: uuid.UUID
    address: str = ""
    region_code: str | None = None
    provider_id: uuid.UUID | None = None
    crew: tuple[CrewInput, ...] = ()
    scenario: str | None = None
    complexity: int | None = None
    planned_date: dt.date | None = None
    started_on: dt.date | None = None
    completed_on: dt.date | None = None
    notes: str = ""
    package_id: uuid.UUID | None = None
    lines: tuple[LineInput, ...] = ()
    adjustments: tuple[AdjustmentInput, ...] = ()


def equal_shares(count: int) -> list[Decimal]:
    """``count`` shares in percent that add up to exactly 100 (33.34, 33.33, 33.33)."""
    if count < 1:
        return []
    base = (HUNDRED / count).quantize(PERCENT_STEP, rounding=ROUND_DOWN)
    shares = [base] * count
    left = int((HUNDRED - base * count) / PERCENT_STEP)
    for i in range(left):
        shares[i] += PERCENT_STEP
    return shares


# --- errors ----------------------------------------------------------------------------------------


class CompletionRefused(ValidationError):
    """Some work orders of a batch cannot be completed; none was.

    Attributes:
        problems: ``(number, error)`` for every work order that cannot be completed.
    """

    def __init__(self, problems: Sequence[tuple[str, ScrmError]]) -> None:
        self.problems = list(problems)
        shown = "; ".join(f"{number}: {error.message()}" for number, error in self.problems[:MAX_NAMED_PROBLEMS])
        more = len(self.problems) - MAX_NAMED_PROBLEMS
        super().__init__(
            QT_TRANSLATE_NOOP("ScrmError", "No work order was completed; {count} cannot be: {problems}{more}"),
            count=len(self.problems),
            problems=shown,
            more=f" (+{more})" if more > 0 else "",
        )

    def message(self, translate: Translate | None = None) -> str:
        """The message with each work order's problem in the same language as the rest."""
        if translate is None:
            return super().message()
        shown = "; ".join(f"{n}: {e.message(translate)}" for n, e in self.problems[:MAX_NAMED_PROBLEMS])
        template = translate("ScrmError", self.template)
        try:
            return template.format(count=len(self.problems), problems=shown, more=self.params["more"])
        except (KeyError, IndexError, ValueError):
            return super().message()


def _error(template: str, field_name: str | None = None, **params: Any) -> ValidationError:
    return ValidationError(template, field=field_name, **params)


def _not_found(number_or_id: object) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("ScrmError", "There is no work order {number}."), field="work_order", number=str(number_or_id)
    )


# --- permissions -----------------------------------------------------------------------------------


def business_today(actor: Actor) -> dt.date:
    return dt.datetime.now(ZoneInfo(actor.timezone)).date()


def own_installer_id(session: Session, actor: Actor) -> uuid.UUID | None:
    """The installer record linked to the actor's login, if any."""
    if actor.user_id is None:
        return None
    return session.scalar(select(Installer.id).where(Installer.user_id == actor.user_id))


def _require_read(actor: Actor) -> None:
    if not any(
        actor.can(p)
        for p in (Permission.DISPATCH_WORK_ORDERS, Permission.MANAGE_STATEMENTS, Permission.VIEW_OWN_EARNINGS)
    ):
        require(actor, Permission.DISPATCH_WORK_ORDERS)


def _sees_all(actor: Actor) -> bool:
    return actor.can(Permission.MANAGE_STATEMENTS) or (
        actor.can(Permission.DISPATCH_WORK_ORDERS) and not actor.region_scope
    )


def _visibility(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """The SQL filter of the work orders the actor may see (None: all)."""
    _require_read(actor)
    if _sees_all(actor):
        return None
    clauses: list[ColumnElement[bool]] = []
    if actor.can(Permission.DISPATCH_WORK_ORDERS):
        clauses.extend(WorkOrder.region_code.like(region_prefix(code) + "%") for code in sorted(actor.region_scope))
    own = own_installer_id(session, actor) if actor.can(Permission.VIEW_OWN_EARNINGS) else None
    if own is not None:
        clauses.append(exists().where(WorkOrderCrew.work_order_id == WorkOrder.id, WorkOrderCrew.installer_id == own))
    if not clauses:
        return literal(False)
    return or_(*clauses)


def _check_visible(session: Session, actor: Actor, work_order: WorkOrder) -> None:
    clause = _visibility(session, actor)
    if clause is None:
        return
    visible = session.scalar(select(func.count()).select_from(WorkOrder).where(WorkOrder.id == work_order.id, clause))
    if not visible:
        raise _not_found(work_order.number)


def _require_edit(actor: Actor, work_order: WorkOrder | None, region_code: str | None) -> None:
    require(actor, Permission.DISPATCH_WORK_ORDERS)
    if work_order is not None and work_order.region_code:
        require_region(actor, work_order.region_code)
    if actor.region_scope:
        require_region(actor, region_code)


def _get(session: Session, work_order_id: uuid.UUID) -> WorkOrder:
    found = session.get(WorkOrder, work_order_id)
    if found is None:
        raise _not_found(work_order_id)
    return found


def find_by_number(session: Session, actor: Actor, number: str) -> uuid.UUID:
    """The id of the work order numbered ``number`` that the actor may see."""
    found = session.scalar(select(WorkOrder).where(WorkOrder.number == number.strip()))
    if found is None:
        raise _not_found(number.strip())
    _check_visible(session, actor, found)
    return found.id


# --- validation ------------------------------------------------------------------------------------


def _clean_text(raw: str, field_name: str, limit: int) -> str:
    text = (raw or "").strip()
    if len(text) > limit:
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "The {field} is longer than {limit} characters."),
            field_name,
            field=FIELD_LABELS.get(field_name, Text(field_name)),
            limit=limit,
        )
    return text


def _clean_value(raw: str | None, field_name: str) -> str | None:
    text = (raw or "").strip()
    return _clean_text(text, field_name, MAX_VALUE) or None


def _clean_complexity(value: int | None) -> int | None:
    if value is None:
        return None
    low, high = COMPLEXITY_RANGE
    if not low <= value <= high:
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "The complexity must be between {low} and {high}, not {value}."),
            "complexity",
            low=low,
            high=high,
            value=value,
        )
    return value


def _clean_crew(session: Session, provider: Provider | None, crew: Sequence[CrewInput]) -> list[CrewInput]:
    if not crew:
        return []
    if provider is None:
        raise _error(QT_TRANSLATE_NOOP("ScrmError", "Choose the service provider before the crew."), "provider_id")
    ids = [member.installer_id for member in crew]
    installers = {i.id: i for i in session.scalars(select(Installer).where(Installer.id.in_(ids)))}
    seen: set[uuid.UUID] = set()
    cleaned = []
    for row, member in enumerate(crew, start=1):
        installer = installers.get(member.installer_id)
        if installer is None:
            raise _error(QT_TRANSLATE_NOOP("ScrmError", "Crew member {row} is not an installer."), "crew", row=row)
        if member.installer_id in seen:
            raise _error(QT_TRANSLATE_NOOP("ScrmError", "{name} is in the crew twice."), "crew", name=installer.name)
        seen.add(member.installer_id)
        if installer.provider_id != provider.id:
            raise _error(
                QT_TRANSLATE_NOOP("ScrmError", "{name} does not work for {provider}."),
                "crew",
                name=installer.name,
                provider=provider.name,
            )
        share = member.share_pct
        if not isinstance(share, Decimal) or share != share.quantize(PERCENT_STEP) or not ZERO < share <= HUNDRED:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "The share of {name} must be more than 0 and at most 100 percent, with two decimals."
                ),
                "crew",
                name=installer.name,
            )
        cleaned.append(CrewInput(member.installer_id, share.quantize(PERCENT_STEP)))
    share_sum = sum((m.share_pct for m in cleaned), ZERO)
    if share_sum != HUNDRED:
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "The crew's shares add up to {sum}%, not 100%."),
            "crew",
            sum=f"{share_sum:f}",
        )
    return cleaned


def _clean_lines(session: Session, lines: Sequence[LineInput], kept_item_ids: set[uuid.UUID]) -> list[LineInput]:
    items = {
        row.id: row
        for row in session.execute(
            select(CatalogItem.id, CatalogItem.code, CatalogItem.name, CatalogItem.is_active).where(
                CatalogItem.id.in_({line.item_id for line in lines})
            )
        )
    }
    cleaned = []
    for row, line in enumerate(lines, start=1):
        item = items.get(line.item_id)
        if item is None:
            raise _error(QT_TRANSLATE_NOOP("ScrmError", "Line {row} has no catalog item."), "lines", row=row)
        if not item.is_active and line.item_id not in kept_item_ids:
            raise _error(
                QT_TRANSLATE_NOOP("ScrmError", "Line {row}: {item} ({code}) is inactive and cannot be added."),
                "lines",
                row=row,
                item=item.name,
                code=item.code,
            )
        quantity = parse_quantity(line.quantity, field="quantity", row=row)
        note = _clean_text(line.note, "note", 200)
        cleaned.append(LineInput(line.item_id, quantity, note, line.package_id, line.line_id))
    return cleaned


def _clean_adjustments(adjustments: Sequence[AdjustmentInput], crew: Sequence[CrewInput]) -> list[AdjustmentInput]:
    crew_ids = {member.installer_id for member in crew}
    cleaned = []
    for row, adjustment in enumerate(adjustments, start=1):
        if adjustment.kind not in ADJUSTMENT_KINDS:
            raise _error(
                QT_TRANSLATE_NOOP("ScrmError", "Adjustment {row}: “{kind}” is not a kind of adjustment."),
                "adjustments",
                row=row,
                kind=adjustment.kind,
            )
        amount = parse_money(adjustment.amount, field="amount", row=row)
        if amount == ZERO:
            raise _error(QT_TRANSLATE_NOOP("ScrmError", "Adjustment {row} has no amount."), "adjustments", row=row)
        if adjustment.kind == "bonus" and amount < ZERO:
            raise _error(
                QT_TRANSLATE_NOOP("ScrmError", "Adjustment {row}: a bonus is a positive amount."),
                "adjustments",
                row=row,
            )
        if adjustment.kind == "deduction" and amount > ZERO:
            raise _error(
                QT_TRANSLATE_NOOP("ScrmError", "Adjustment {row}: a deduction is a negative amount."),
                "adjustments",
                row=row,
            )
        reason = _clean_text(adjustment.reason, "reason", MAX_REASON)
        if not reason:
            raise _error(QT_TRANSLATE_NOOP("ScrmError", "Adjustment {row} needs a reason."), "adjustments", row=row)
        if not crew:
            raise _error(
                QT_TRANSLATE_NOOP("ScrmError", "Adjustment {row}: the work order has no crew to pay it to."),
                "adjustments",
                row=row,
            )
        if adjustment.installer_id is not None and adjustment.installer_id not in crew_ids:
            raise _error(
                QT_TRANSLATE_NOOP("ScrmError", "Adjustment {row} is for an installer who is not in the crew."),
                "adjustments",
                row=row,
            )
        cleaned.append(
            AdjustmentInput(adjustment.kind, amount, reason, adjustment.installer_id, adjustment.adjustment_id)
        )
    return cleaned


@dataclass
class _Clean:
    customer: Customer
    address: str
    regions: tuple[str | None, str | None, str | None, str | None]
    overridden: bool
    provider: Provider | None
    provider_type: str | None
    crew: list[CrewInput]
    scenario: str | None
    complexity: int | None
    lines: list[LineInput]
    adjustments: list[AdjustmentInput]
    notes: str


def _clean(session: Session, actor: Actor, data: WorkOrderInput, current: WorkOrder | None) -> _Clean:
    customer = session.get(Customer, data.customer_id)
    if customer is None:
        raise _error(QT_TRANSLATE_NOOP("ScrmError", "Choose the customer."), "customer_id")
    address = _clean_text(data.address or customer.address, "address", MAX_ADDRESS)
    override = (data.region_code or "").strip() or None
    regions: tuple[str | None, str | None, str | None, str | None]
    if override is None and not data.address.strip() and customer.region_code:
        regions = (customer.province_code, customer.city_code, customer.district_code, customer.region_code)
    else:
        regions = _regions_for(region_index(), address, override)
    _require_edit(actor, current, regions[3])
    provider = None
    provider_type = None
    if data.provider_id is not None:
        provider = session.get(Provider, data.provider_id)
        if provider is None:
            raise _error(QT_TRANSLATE_NOOP("ScrmError", "The service provider does not exist."), "provider_id")
        if not provider.is_active and (current is None or current.provider_id != provider.id):
            raise _error(
                QT_TRANSLATE_NOOP("ScrmError", "The service provider {name} is inactive."),
                "provider_id",
                name=provider.name,
            )
        provider_type = session.scalar(select(ProviderType.name).where(ProviderType.id == provider.provider_type_id))
    crew = _clean_crew(session, provider, data.crew)
    kept: set[uuid.UUID] = set()
    if current is not None:
        kept = set(session.scalars(select(WorkOrderLine.item_id).where(WorkOrderLine.work_order_id == current.id)))
    return _Clean(
        customer=customer,
        address=address,
        regions=regions,
        overridden=override is not None,
        provider=provider,
        provider_type=provider_type,
        crew=crew,
        scenario=_clean_value(data.scenario, "scenario"),
        complexity=_clean_complexity(data.complexity),
        lines=_clean_lines(session, data.lines, kept),
        adjustments=_clean_adjustments(data.adjustments, crew),
        notes=_clean_text(data.notes, "notes", MAX_NOTES),
    )


# --- writing ---------------------------------------------------------------------------------------


def _snapshot(session: Session, work_order: WorkOrder) -> dict[str, Any]:
    lines = session.execute(
        select(CatalogItem.code, WorkOrderLine.quantity)
        .join(CatalogItem, CatalogItem.id == WorkOrderLine.item_id)
        .where(WorkOrderLine.work_order_id == work_order.id)
        .order_by(WorkOrderLine.position)
    ).all()
    crew = session.execute(
        select(Installer.code, WorkOrderCrew.share_pct)
        .join(Installer, Installer.id == WorkOrderCrew.installer_id)
        .where(WorkOrderCrew.work_order_id == work_order.id)
        .order_by(WorkOrderCrew.position)
    ).all()
    adjustments = session.execute(
        select(WorkOrderAdjustment.kind, WorkOrderAdjustment.amount, WorkOrderAdjustment.reason)
        .where(WorkOrderAdjustment.work_order_id == work_order.id)
        .order_by(WorkOrderAdjustment.position)
    ).all()
    return {
        "status": work_order.status,
        "customer_id": str(work_order.customer_id),
        "address": work_order.address,
        "region_code": work_order.region_code,
        "provider_id": str(work_order.provider_id) if work_order.provider_id else None,
        "scenario": work_order.scenario,
        "complexity": work_order.complexity,
        "planned_date": work_order.planned_date,
        "started_on": work_order.started_on,
        "completed_on": work_order.completed_on,
        "notes": work_order.notes,
        "crew": [[code, f"{share:f}"] for code, share in crew],
        "lines": [[code, f"{qty:f}"] for code, qty in lines],
        "adjustments": [[kind, f"{amount:f}", reason] for kind, amount, reason in adjustments],
    }


def _apply(session: Session, actor: Actor, work_order: WorkOrder, clean: _Clean, data: WorkOrderInput) -> None:
    work_order.customer_id = clean.customer.id
    work_order.address = clean.address
    (work_order.province_code, work_order.city_code, work_order.district_code, work_order.region_code) = clean.regions
    work_order.region_overridden = clean.overridden
    work_order.provider_id = clean.provider.id if clean.provider else None
    work_order.provider_type = clean.provider_type
    work_order.scenario = clean.scenario
    work_order.complexity = clean.complexity
    work_order.package_id = data.package_id
    work_order.planned_date = data.planned_date
    work_order.started_on = data.started_on
    work_order.completed_on = data.completed_on
    work_order.notes = clean.notes
    work_order.updated_by_id = actor.user_id
    # Always an UPDATE (a save may change only lines or crew): it bumps the version and checks it.
    work_order.updated_at = utcnow()
    session.flush()
    wo_id = work_order.id

    session.execute(delete(WorkOrderCrew).where(WorkOrderCrew.work_order_id == wo_id))
    for position, member in enumerate(clean.crew):
        session.add(
            WorkOrderCrew(
                work_order_id=wo_id, installer_id=member.installer_id, share_pct=member.share_pct, position=position
            )
        )

    existing = {
        line.id: line for line in session.scalars(select(WorkOrderLine).where(WorkOrderLine.work_order_id == wo_id))
    }
    kept_ids = set()
    for position, line in enumerate(clean.lines):
        stored = existing.get(line.line_id) if line.line_id is not None else None
        if stored is None:
            stored = WorkOrderLine(work_order_id=wo_id, item_id=line.item_id)
            session.add(stored)
        else:
            kept_ids.add(stored.id)
            if stored.item_id != line.item_id:
                stored.item_id = line.item_id
        stored.position = position
        stored.quantity = line.quantity
        stored.note = line.note
        stored.package_id = line.package_id
    for line_id, stored in existing.items():
        if line_id not in kept_ids:
            session.delete(stored)

    session.execute(delete(WorkOrderAdjustment).where(WorkOrderAdjustment.work_order_id == wo_id))
    for position, adjustment in enumerate(clean.adjustments):
        session.add(
            WorkOrderAdjustment(
                work_order_id=wo_id,
                position=position,
                kind=adjustment.kind,
                amount=adjustment.amount,
                reason=adjustment.reason,
                installer_id=adjustment.installer_id,
                created_by_id=actor.user_id,
            )
        )
    session.flush()


def create_work_order(
    session: Session, actor: Actor, data: WorkOrderInput, *, status: str = "draft"
) -> WorkOrderDetail:
    """Create a work order (numbered ``WO-<branch>-<yyyymm>-<seq>``) in ``status`` draft or assigned."""
    require(actor, Permission.DISPATCH_WORK_ORDERS)
    clean = _clean(session, actor, data, None)
    today = business_today(actor)
    work_order = WorkOrder(
        number=numbering.next_number(session, "WO", today),
        branch_code=numbering.branch_code(session),
        status="draft",
        customer_id=clean.customer.id,
        created_by_id=actor.user_id,
        reopen_count=0,
        cancel_reason="",
    )
    session.add(work_order)
    _apply(session, actor, work_order, clean, data)
    if status != "draft":
        _move(work_order, status, clean_reason="")
        _check_ready(session, work_order, status)
        session.flush()
    audit.record(
        session,
        actor,
        "work_order.create",
        "work_order",
        work_order.id,
        after=_snapshot(session, work_order),
        summary=work_order.number,
    )
    # Imported here: the engine reads work orders through this module.
    from scrm_desktop.services import workflow_engine

    workflow_engine.start_flows_if_configured(session, actor, [work_order.id])
    return get_work_order(session, actor, work_order.id)


def update_work_order(
    session: Session, actor: Actor, work_order_id: uuid.UUID, data: WorkOrderInput, *, expected_version: int
) -> WorkOrderDetail:
    """Save the editor's state of an open work order (header, crew, lines and adjustments at once)."""
    work_order = _get(session, work_order_id)
    label = work_order.number
    check_version(session, work_order, expected_version, label, actor)
    if work_order.status not in OPEN_STATUSES:
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} is {status} and cannot be changed."),
            "status",
            number=label,
            status=STATUS_LABELS[work_order.status],
        )
    _require_edit(actor, work_order, work_order.region_code)
    before = _snapshot(session, work_order)
    clean = _clean(session, actor, data, work_order)
    with stale_guard(session, work_order, label, actor):
        _apply(session, actor, work_order, clean, data)
        if work_order.status == "assigned":
            _check_ready(session, work_order, "assigned")
    audit.record(
        session,
        actor,
        "work_order.update",
        "work_order",
        work_order.id,
        before=before,
        after=_snapshot(session, work_order),
        summary=label,
    )
    return get_work_order(session, actor, work_order.id)


def _move(work_order: WorkOrder, target: str, *, clean_reason: str) -> None:
    if target not in TRANSITIONS.get(work_order.status, ()):
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} cannot go from {current} to {target}."),
            "status",
            number=work_order.number,
            current=STATUS_LABELS.get(work_order.status, Text(work_order.status)),
            target=STATUS_LABELS.get(target, Text(target)),
        )
    work_order.status = target
    if target == "cancelled":
        work_order.cancel_reason = clean_reason


def _check_ready(session: Session, work_order: WorkOrder, target: str) -> None:
    """Assigned, in progress and completed work orders have a provider and a crew."""
    if target not in ("assigned", "in_progress", "completed"):
        return
    if work_order.provider_id is None:
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} has no service provider."),
            "provider_id",
            number=work_order.number,
        )
    crew = session.scalar(
        select(func.count()).select_from(WorkOrderCrew).where(WorkOrderCrew.work_order_id == work_order.id)
    )
    if not crew:
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} has no crew."), "crew", number=work_order.number
        )


def set_status(
    session: Session,
    actor: Actor,
    work_order_id: uuid.UUID,
    status: str,
    *,
    expected_version: int,
    reason: str = "",
) -> WorkOrderDetail:
    """Assign, start, put back or cancel a work order (cancelling needs a reason)."""
    work_order = _get(session, work_order_id)
    label = work_order.number
    check_version(session, work_order, expected_version, label, actor)
    _require_edit(actor, work_order, work_order.region_code)
    if status not in WORK_ORDER_STATUSES or status == "completed":
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} cannot go from {current} to {target}."),
            "status",
            number=label,
            current=STATUS_LABELS.get(work_order.status, Text(work_order.status)),
            target=STATUS_LABELS.get(status, Text(status)),
        )
    clean_reason = _clean_text(reason, "reason", MAX_REASON)
    if status == "cancelled" and not clean_reason:
        raise _error(QT_TRANSLATE_NOOP("ScrmError", "Say why the work order is cancelled."), "reason")
    before = work_order.status
    _move(work_order, status, clean_reason=clean_reason)
    _check_ready(session, work_order, status)
    if status == "in_progress" and work_order.started_on is None:
        work_order.started_on = business_today(actor)
    work_order.updated_by_id = actor.user_id
    with stale_guard(session, work_order, label, actor):
        session.flush()
    audit.record(
        session,
        actor,
        f"work_order.{status}",
        "work_order",
        work_order.id,
        before={"status": before},
        after={"status": status, "reason": clean_reason or None},
        summary=label,
    )
    return get_work_order(session, actor, work_order.id)


# --- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InstallerSettlement:
    """Where one crew member's earnings of a completed work order stand."""

    installer_id: uuid.UUID
    name: str
    unsettled: Decimal
    settled: Decimal
    corrections: Decimal


@dataclass(frozen=True)
class WorkOrderDetail:
    id: uuid.UUID
    number: str
    status: str
    version: int
    customer_id: uuid.UUID
    customer_name: str
    customer_phone: str
    address: str
    region_code: str | None
    region_path: str
    region_overridden: bool
    provider_id: uuid.UUID | None
    provider_name: str
    provider_type: str | None
    scenario: str | None
    complexity: int | None
    package_id: uuid.UUID | None
    planned_date: dt.date | None
    started_on: dt.date | None
    completed_on: dt.date | None
    completed_at: dt.datetime | None
    completed_by: str
    reopen_count: int
    cancel_reason: str
    notes: str
    created_at: dt.datetime
    earnings: Earnings
    settlement: tuple[InstallerSettlement, ...] = field(default=())

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def to_input(self) -> WorkOrderInput:
        """The work order as editor input (what saving it unchanged would send)."""
        e = self.earnings
        return WorkOrderInput(
            customer_id=self.customer_id,
            address=self.address,
            region_code=self.region_code if self.region_overridden else None,
            provider_id=self.provider_id,
            crew=tuple(CrewInput(m.installer_id, m.share_pct) for m in e.crew),
            scenario=self.scenario,
            complexity=self.complexity,
            planned_date=self.planned_date,
            started_on=self.started_on,
            completed_on=self.completed_on,
            notes=self.notes,
            package_id=self.package_id,
            lines=tuple(
                LineInput(line.item_id, line.quantity, line.note, line.package_id, line.line_id) for line in e.lines
            ),
            adjustments=tuple(
                AdjustmentInput(a.kind, a.amount, a.reason, a.installer_id, a.adjustment_id) for a in e.adjustments
            ),
        )


def crew_members(session: Session, work_order_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[CrewMember]]:
    found: dict[uuid.UUID, list[CrewMember]] = defaultdict(list)
    for chunk in _chunks(work_order_ids):
        rows = session.execute(
            select(WorkOrderCrew.work_order_id, Installer.id, Installer.code, Installer.name, WorkOrderCrew.share_pct)
            .join(Installer, Installer.id == WorkOrderCrew.installer_id)
            .where(WorkOrderCrew.work_order_id.in_(chunk))
            .order_by(WorkOrderCrew.work_order_id, WorkOrderCrew.position)
        )
        for wo_id, installer_id, code, name, share in rows:
            found[wo_id].append(CrewMember(installer_id, code, name, share))
    return found


_LINE_COLUMNS = (
    WorkOrderLine.work_order_id,
    WorkOrderLine.id,
    WorkOrderLine.position,
    WorkOrderLine.item_id,
    CatalogItem.code,
    CatalogItem.name,
    CatalogItem.unit,
    CatalogItem.kind,
    WorkOrderLine.quantity,
    WorkOrderLine.package_id,
    WorkOrderLine.note,
)
_FROZEN_COLUMNS = (
    WorkOrderLine.settlement_tier_id,
    WorkOrderLine.settlement_rule_id,
    WorkOrderLine.settlement_rule_name,
    WorkOrderLine.settlement_unit_price,
    WorkOrderLine.settlement_amount,
    WorkOrderLine.sales_tier_id,
    WorkOrderLine.sales_rule_id,
    WorkOrderLine.sales_rule_name,
    WorkOrderLine.sales_unit_price,
    WorkOrderLine.sales_amount,
)


def line_specs(
    session: Session, work_order_ids: Sequence[uuid.UUID], *, frozen: bool = False
) -> dict[uuid.UUID, list[Any]]:
    """Lines per work order as ``LineSpec`` (with the frozen columns appended when asked)."""
    found: dict[uuid.UUID, list[Any]] = defaultdict(list)
    columns = _LINE_COLUMNS + (_FROZEN_COLUMNS if frozen else ())
    for chunk in _chunks(work_order_ids):
        rows = session.execute(
            select(*columns)
            .join(CatalogItem, CatalogItem.id == WorkOrderLine.item_id)
            .where(WorkOrderLine.work_order_id.in_(chunk))
            .order_by(WorkOrderLine.work_order_id, WorkOrderLine.position)
        )
        for row in rows:
            values: tuple[Any, ...] = tuple(row)
            spec = LineSpec(*values[1:11])
            found[values[0]].append((spec, values[11:]) if frozen else spec)
    return found


def adjustment_specs(session: Session, work_order_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[AdjustmentSpec]]:
    found: dict[uuid.UUID, list[AdjustmentSpec]] = defaultdict(list)
    for chunk in _chunks(work_order_ids):
        rows = session.execute(
            select(
                WorkOrderAdjustment.work_order_id,
                WorkOrderAdjustment.id,
                WorkOrderAdjustment.kind,
                WorkOrderAdjustment.amount,
                WorkOrderAdjustment.reason,
                WorkOrderAdjustment.installer_id,
            )
            .where(WorkOrderAdjustment.work_order_id.in_(chunk))
            .order_by(WorkOrderAdjustment.work_order_id, WorkOrderAdjustment.position)
        )
        for wo_id, adjustment_id, kind, amount, reason, installer_id in rows:
            found[wo_id].append(AdjustmentSpec(adjustment_id, kind, amount, reason, installer_id))
    return found


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _job(work_order: WorkOrder, provider_type: str | None) -> JobContext:
    return JobContext(work_order.region_code, provider_type, work_order.scenario, work_order.complexity)


def _pricing_date(work_order: WorkOrder, actor: Actor) -> dt.date:
    return work_order.completed_on or business_today(actor)


def _frozen_side(tiers: Mapping[uuid.UUID, tuple[str, str]], values: Sequence[Any]) -> PriceSide:
    tier_id, rule_id, rule_name, unit_price, amount = values
    code, name = tiers.get(tier_id, ("", "")) if tier_id is not None else ("", "")
    return PriceSide(tier_id, code, name, rule_id, rule_name, unit_price, amount)


def _tier_names(session: Session) -> dict[uuid.UUID, tuple[str, str]]:
    return {
        tid: (code, name) for tid, code, name in session.execute(select(PriceTier.id, PriceTier.code, PriceTier.name))
    }


def _earnings(session: Session, actor: Actor, work_order: WorkOrder) -> Earnings:
    crew = crew_members(session, [work_order.id]).get(work_order.id, [])
    adjustments = adjustment_specs(session, [work_order.id]).get(work_order.id, [])
    if work_order.status == "completed":
        tiers = _tier_names(session)
        rows = line_specs(session, [work_order.id], frozen=True).get(work_order.id, [])
        lines = [(spec, _frozen_side(tiers, f[:5]), _frozen_side(tiers, f[5:])) for spec, f in rows]
        return assemble(
            frozen=True,
            priced_on=work_order.completed_on or business_today(actor),
            job=_job(work_order, work_order.provider_type),
            crew=crew,
            lines=lines,
            adjustments=adjustments,
        )
    specs = line_specs(session, [work_order.id]).get(work_order.id, [])
    pricer = Pricer(session, actor, [spec.item_code for spec in specs])
    return preview(
        pricer,
        on=_pricing_date(work_order, actor),
        job=_job(work_order, current_provider_type(session, work_order.provider_id)),
        crew=crew,
        lines=specs,
        adjustments=adjustments,
    )


def current_provider_type(session: Session, provider_id: uuid.UUID | None) -> str | None:
    if provider_id is None:
        return None
    return session.scalar(
        select(ProviderType.name)
        .join(Provider, Provider.provider_type_id == ProviderType.id)
        .where(Provider.id == provider_id)
    )


def _settlement(session: Session, work_order_id: uuid.UUID) -> tuple[InstallerSettlement, ...]:
    rows = session.execute(
        select(
            EarningEntry.installer_id,
            Installer.name,
            EarningEntry.statement_id.is_(None),
            EarningEntry.source,
            func.sum(EarningEntry.amount),
        )
        .join(Installer, Installer.id == EarningEntry.installer_id)
        .where(EarningEntry.work_order_id == work_order_id)
        .group_by(EarningEntry.installer_id, Installer.name, EarningEntry.statement_id.is_(None), EarningEntry.source)
    ).all()
    by_installer: dict[uuid.UUID, list[Any]] = {}
    for installer_id, name, unsettled, source, amount in rows:
        state = by_installer.setdefault(installer_id, [name, ZERO, ZERO, ZERO])
        value = _money_sum(amount)
        state[1 if unsettled else 2] += value
        if source == "correction":
            state[3] += value
    return tuple(
        InstallerSettlement(installer_id, name, unsettled, settled, corrections)
        for installer_id, (name, unsettled, settled, corrections) in by_installer.items()
    )


def get_work_order(session: Session, actor: Actor, work_order_id: uuid.UUID) -> WorkOrderDetail:
    """The work order with its earnings panel (live preview while open, frozen once completed)."""
    work_order = _get(session, work_order_id)
    _check_visible(session, actor, work_order)
    customer = session.get(Customer, work_order.customer_id)
    provider = session.get(Provider, work_order.provider_id) if work_order.provider_id else None
    completed_by = session.scalar(select(User.display_name).where(User.id == work_order.completed_by_id)) or ""
    index = region_index()
    phone = customer.phone if customer else ""
    if phone and not actor.can(Permission.VIEW_PII):
        phone = mask_phone(phone)
    provider_type = (
        work_order.provider_type
        if work_order.status == "completed"
        else current_provider_type(session, work_order.provider_id)
    )
    return WorkOrderDetail(
        id=work_order.id,
        number=work_order.number,
        status=work_order.status,
        version=work_order.version,
        customer_id=work_order.customer_id,
        customer_name=customer.name if customer else "",
        customer_phone=phone,
        address=work_order.address,
        region_code=work_order.region_code,
        region_path=index.path_name(work_order.region_code) if work_order.region_code else "",
        region_overridden=work_order.region_overridden,
        provider_id=work_order.provider_id,
        provider_name=provider.name if provider else "",
        provider_type=provider_type,
        scenario=work_order.scenario,
        complexity=work_order.complexity,
        package_id=work_order.package_id,
        planned_date=work_order.planned_date,
        started_on=work_order.started_on,
        completed_on=work_order.completed_on,
        completed_at=work_order.completed_at,
        completed_by=completed_by,
        reopen_count=work_order.reopen_count,
        cancel_reason=work_order.cancel_reason,
        notes=work_order.notes,
        created_at=work_order.created_at,
        earnings=_earnings(session, actor, work_order),
        settlement=_settlement(session, work_order.id),
    )


def preview_input(session: Session, actor: Actor, data: WorkOrderInput, *, on: dt.date | None = None) -> Earnings:
    """Earnings of the editor's unsaved state, priced on ``on`` (default: completion date or today).

    Nothing is written; invalid input raises the same errors saving would.
    """
    _require_read(actor)
    clean = _clean(session, actor, data, None) if data.lines or data.crew else None
    lines = clean.lines if clean else []
    items = {
        row.id: row
        for row in session.execute(
            select(CatalogItem.id, CatalogItem.code, CatalogItem.name, CatalogItem.unit, CatalogItem.kind).where(
                CatalogItem.id.in_({line.item_id for line in lines})
            )
        )
    }
    specs = [
        LineSpec(
            line.line_id,
            position,
            line.item_id,
            items[line.item_id].code,
            items[line.item_id].name,
            items[line.item_id].unit,
            items[line.item_id].kind,
            line.quantity,
            line.package_id,
            line.note,
        )
        for position, line in enumerate(lines)
    ]
    crew_rows = {
        i.id: i for i in session.scalars(select(Installer).where(Installer.id.in_([m.installer_id for m in data.crew])))
    }
    crew = [
        CrewMember(m.installer_id, crew_rows[m.installer_id].code, crew_rows[m.installer_id].name, m.share_pct)
        for m in (clean.crew if clean else [])
    ]
    adjustments = [
        AdjustmentSpec(a.adjustment_id, a.kind, a.amount, a.reason, a.installer_id)
        for a in (clean.adjustments if clean else [])
    ]
    region = clean.regions[3] if clean else None
    job = JobContext(
        region,
        clean.provider_type if clean else None,
        clean.scenario if clean else None,
        clean.complexity if clean else None,
    )
    pricer = Pricer(session, actor, [spec.item_code for spec in specs])
    return preview(
        pricer,
        on=on or data.completed_on or business_today(actor),
        job=job,
        crew=crew,
        lines=specs,
        adjustments=adjustments,
    )


def package_lines(session: Session, actor: Actor, package_id: uuid.UUID) -> list[LineInput]:
    """The lines a package expands into (the package's items and quantities, in its order)."""
    require(actor, Permission.DISPATCH_WORK_ORDERS)
    return [
        LineInput(item.id, quantity, "", package_id) for item, quantity in expand_package(session, actor, package_id)
    ]


# --- completing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompletionResult:
    count: int
    settlement_total: Decimal
    entries: int
    corrections: int


def _money_sum(value: Decimal | None) -> Decimal:
    """A SUM over a Money column (typed Money, so already a Decimal); ZERO for no rows."""
    return ZERO if value is None else value


def complete_work_orders(
    session: Session,
    actor: Actor,
    work_order_ids: Sequence[uuid.UUID],
    *,
    on: dt.date | None = None,
    expected_versions: Mapping[uuid.UUID, int] | None = None,
    progress: Progress | None = None,
) -> CompletionResult:
    """Complete work orders and freeze their earnings, all or none.

    Args:
        on: the completion date for work orders that have none (default: today); prices in force
            on each work order's completion date are used.
        expected_versions: the versions the user saw; a work order changed since is refused.

    Raises:
        CompletionRefused: naming every work order that cannot be completed (wrong state, no
            provider or crew, no lines, a line without price); nothing is written.
    """
    require(actor, Permission.DISPATCH_WORK_ORDERS)
    ids = list(dict.fromkeys(work_order_ids))
    if not ids:
        return CompletionResult(0, ZERO, 0, 0)
    today = business_today(actor)
    now = utcnow()
    report = progress.update if progress is not None else None
    with collector_paused():
        headers: dict[uuid.UUID, Any] = {}
        for chunk in _chunks(ids):
            stmt = (
                select(
                    WorkOrder.id,
                    WorkOrder.number,
                    WorkOrder.status,
                    WorkOrder.version,
                    WorkOrder.region_code,
                    WorkOrder.provider_id,
                    WorkOrder.scenario,
                    WorkOrder.complexity,
                    WorkOrder.completed_on,
                    ProviderType.name,
                )
                .outerjoin(Provider, Provider.id == WorkOrder.provider_id)
                .outerjoin(ProviderType, ProviderType.id == Provider.provider_type_id)
                .where(WorkOrder.id.in_(chunk))
                .with_for_update(of=WorkOrder)
            )
            for row in session.execute(stmt):
                headers[row[0]] = row
        problems: list[tuple[str, ScrmError]] = []
        for wo_id in ids:
            if wo_id not in headers:
                raise _not_found(wo_id)
        if report:
            report(0, len(ids), "")
        crews = crew_members(session, ids)
        lines = line_specs(session, ids)
        adjustments = adjustment_specs(session, ids)
        settled = _settled_by_installer(session, ids)
        item_codes = {spec.item_code for specs in lines.values() for spec in specs}
        pricer = Pricer(session, actor, item_codes)
        line_updates: list[dict[str, Any]] = []
        order_updates: list[dict[str, Any]] = []
        entries: list[dict[str, Any]] = []
        audits: list[dict[str, Any]] = []
        grand_total = ZERO
        corrections = 0
        for done, wo_id in enumerate(ids, start=1):
            (_, number, status, version, region_code, provider_id, scenario, complexity, completed_on, ptype) = headers[
                wo_id
            ]
            problem = _completion_problem(
                actor, headers[wo_id], crews=crews, lines=lines, expected_versions=expected_versions
            )
            if problem is not None:
                problems.append((number, problem))
                continue
            priced_on = completed_on or on or today
            earnings = preview(
                pricer,
                on=priced_on,
                job=JobContext(region_code, ptype, scenario, complexity),
                crew=crews[wo_id],
                lines=lines[wo_id],
                adjustments=adjustments.get(wo_id, []),
            )
            if earnings.problems:
                problems.append((number, earnings.problems[0]))
                continue
            if problems:
                continue  # the batch is refused anyway: only keep collecting problems
            grand_total += earnings.total
            for line in earnings.lines:
                s, b = line.settlement, line.sales
                line_updates.append(
                    {
                        "id": line.line_id,
                        "frozen_at": now,
                        "settlement_tier_id": s.tier_id,
                        "settlement_rule_id": s.rule_id,
                        "settlement_rule_name": s.rule_name[:100],
                        "settlement_unit_price": s.unit_price,
                        "settlement_amount": s.amount,
                        "sales_tier_id": b.tier_id,
                        "sales_rule_id": b.rule_id,
                        "sales_rule_name": b.rule_name[:100],
                        "sales_unit_price": b.unit_price,
                        "sales_amount": b.amount,
                    }
                )
            made = _entries_for(
                earnings,
                wo_id=wo_id,
                provider_id=provider_id,
                earned_on=priced_on,
                today=today,
                now=now,
                settled=settled.get(wo_id, {}),
            )
            corrections += sum(1 for entry in made if entry["source"] == "correction")
            entries.extend(made)
            order_updates.append(
                {
                    "id": wo_id,
                    "old_version": version,
                    "version": version + 1,
                    "completed_on": priced_on,
                    "provider_type": ptype,
                }
            )
            audits.append(
                {
                    "id": new_id(),
                    "at": now,
                    "actor_id": actor.user_id,
                    "actor_name": actor.display_name,
                    "action": "work_order.complete",
                    "entity_type": "work_order",
                    "entity_id": str(wo_id),
                    "summary": number,
                    "diff": {
                        "before": {"status": status},
                        "after": {
                            "status": "completed",
                            "completed_on": priced_on.isoformat(),
                            "settlement_total": f"{earnings.total:f}",
                        },
                    },
                }
            )
            if report and done % 500 == 0:
                report(done, len(ids), number)
        if problems:
            raise CompletionRefused(problems)
        _write_completion(
            session, actor, now, line_updates=line_updates, order_updates=order_updates, entries=entries, audits=audits
        )
    if report:
        report(len(ids), len(ids), "")
    session.expire_all()
    return CompletionResult(len(ids), grand_total, len(entries), corrections)


def _completion_problem(
    actor: Actor,
    header: Any,
    *,
    crews: Mapping[uuid.UUID, list[CrewMember]],
    lines: Mapping[uuid.UUID, list[LineSpec]],
    expected_versions: Mapping[uuid.UUID, int] | None,
) -> ScrmError | None:
    wo_id, _number, status, version, region_code, provider_id = header[:6]
    if status not in OPEN_STATUSES:
        return _error(
            QT_TRANSLATE_NOOP("ScrmError", "it is {status}."), "status", status=STATUS_LABELS.get(status, Text(status))
        )
    if expected_versions is not None and expected_versions.get(wo_id, version) != version:
        return _error(QT_TRANSLATE_NOOP("ScrmError", "it was changed by someone else; reload it."), "version")
    if not actor.in_scope(region_code):
        return PermissionDenied(
            QT_TRANSLATE_NOOP("ScrmError", "Region {region} is outside the regions of {user}."),
            user=actor.display_name,
            region=region_code or "—",
        )
    if provider_id is None:
        return _error(QT_TRANSLATE_NOOP("ScrmError", "it has no service provider."), "provider_id")
    if not crews.get(wo_id):
        return _error(QT_TRANSLATE_NOOP("ScrmError", "it has no crew."), "crew")
    if not lines.get(wo_id):
        return _error(QT_TRANSLATE_NOOP("ScrmError", "it has no lines."), "lines")
    return None


def _settled_by_installer(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[uuid.UUID, Decimal]]:
    """Per work order and installer, the sum of entries that survived a reopen (settled ones)."""
    found: dict[uuid.UUID, dict[uuid.UUID, Decimal]] = defaultdict(dict)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(EarningEntry.work_order_id, EarningEntry.installer_id, func.sum(EarningEntry.amount))
            .where(EarningEntry.work_order_id.in_(chunk))
            .group_by(EarningEntry.work_order_id, EarningEntry.installer_id)
        )
        for wo_id, installer_id, amount in rows:
            found[wo_id][installer_id] = _money_sum(amount)
    return found


def _entries_for(
    earnings: Earnings,
    *,
    wo_id: uuid.UUID,
    provider_id: uuid.UUID | None,
    earned_on: dt.date,
    today: dt.date,
    now: dt.datetime,
    settled: Mapping[uuid.UUID, Decimal],
) -> list[dict[str, Any]]:
    """The earning entries a completion writes.

    An installer with nothing settled on this work order gets one entry per line and adjustment.
    One whose earlier figures a statement already settled gets a single correction entry for the
    difference (dated today, so the next statement picks it up) — never new line entries, which
    would pay the settled lines twice.
    """
    made: list[dict[str, Any]] = []

    def entry(
        installer_id: uuid.UUID,
        source: str,
        *,
        share: Decimal,
        base: Decimal,
        amount: Decimal,
        line_id: uuid.UUID | None = None,
        adjustment_id: uuid.UUID | None = None,
        on: dt.date = earned_on,
    ) -> dict[str, Any]:
        return {
            "id": new_id(),
            "work_order_id": wo_id,
            "installer_id": installer_id,
            "provider_id": provider_id,
            "source": source,
            "line_id": line_id,
            "adjustment_id": adjustment_id,
            "share_pct": share,
            "base_amount": base,
            "amount": amount,
            "earned_on": on,
            "created_at": now,
            "statement_id": None,
        }

    for i, member in enumerate(earnings.crew):
        if member.installer_id in settled:
            continue
        for line in earnings.lines:
            assert line.settlement.amount is not None
            made.append(
                entry(
                    member.installer_id,
                    "line",
                    share=member.share_pct,
                    base=line.settlement.amount,
                    amount=line.shares[i],
                    line_id=line.line_id,
                )
            )
        for adjustment in earnings.adjustments:
            if adjustment.shares[i] != ZERO or adjustment.installer_id == member.installer_id:
                made.append(
                    entry(
                        member.installer_id,
                        "adjustment",
                        share=member.share_pct,
                        base=adjustment.amount,
                        amount=adjustment.shares[i],
                        adjustment_id=adjustment.adjustment_id,
                    )
                )
    owed = {m.installer_id: m for m in earnings.members}
    for installer_id, paid in settled.items():
        owing = owed.get(installer_id)
        difference = (owing.amount if owing else ZERO) - paid
        if difference != ZERO:
            made.append(
                entry(
                    installer_id,
                    "correction",
                    share=owing.share_pct if owing else ZERO,
                    base=difference,
                    amount=difference,
                    on=max(today, earned_on),
                )
            )
    return made


def _write_completion(
    session: Session,
    actor: Actor,
    now: dt.datetime,
    *,
    line_updates: list[dict[str, Any]],
    order_updates: list[dict[str, Any]],
    entries: list[dict[str, Any]],
    audits: list[dict[str, Any]],
) -> None:
    bulk.update_rows(session, cast(Table, WorkOrderLine.__table__), line_updates)
    for row in order_updates:
        row.update(
            status="completed",
            completed_at=now,
            completed_by_id=actor.user_id,
            updated_at=now,
            updated_by_id=actor.user_id,
        )
    changed = bulk.update_rows(
        session, cast(Table, WorkOrder.__table__), order_updates, where={"id": "id", "version": "old_version"}
    )
    if changed not in (-1, len(order_updates)):
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "Some work orders were changed by someone else; reload them."), "version"
        )
    bulk.insert_rows(session, cast(Table, EarningEntry.__table__), entries)
    bulk.insert_rows(session, cast(Table, AuditEntry.__table__), audits)


def complete_work_order(
    session: Session, actor: Actor, work_order_id: uuid.UUID, *, expected_version: int, on: dt.date | None = None
) -> WorkOrderDetail:
    """Complete one work order (see ``complete_work_orders``); a refusal names its one problem."""
    work_order = _get(session, work_order_id)
    check_version(session, work_order, expected_version, work_order.number, actor)
    _require_edit(actor, work_order, work_order.region_code)
    try:
        complete_work_orders(
            session, actor, [work_order_id], on=on, expected_versions={work_order_id: expected_version}
        )
    except CompletionRefused as exc:
        raise exc.problems[0][1] from None
    return get_work_order(session, actor, work_order_id)


def reopen_work_order(
    session: Session, actor: Actor, work_order_id: uuid.UUID, *, reason: str, expected_version: int
) -> WorkOrderDetail:
    """Reopen a completed work order so it can be corrected and completed again.

    Entries no statement has settled are deleted; settled ones stay (the next completion adds a
    correction for any difference). Audited with the reason and the figures before.
    """
    require(actor, Permission.REOPEN_WORK_ORDERS)
    work_order = _get(session, work_order_id)
    label = work_order.number
    check_version(session, work_order, expected_version, label, actor)
    _require_edit(actor, work_order, work_order.region_code)
    if work_order.status != "completed":
        raise _error(
            QT_TRANSLATE_NOOP("ScrmError", "Work order {number} is {status}; only completed work orders are reopened."),
            "status",
            number=label,
            status=STATUS_LABELS.get(work_order.status, Text(work_order.status)),
        )
    clean_reason = _clean_text(reason, "reason", MAX_REASON)
    if not clean_reason:
        raise _error(QT_TRANSLATE_NOOP("ScrmError", "Say why the work order is reopened."), "reason")
    unsettled = session.scalar(
        select(func.sum(EarningEntry.amount)).where(
            EarningEntry.work_order_id == work_order.id, EarningEntry.statement_id.is_(None)
        )
    )
    settled = session.scalar(
        select(func.sum(EarningEntry.amount)).where(
            EarningEntry.work_order_id == work_order.id, EarningEntry.statement_id.is_not(None)
        )
    )
    deleted = cast(
        Any,
        session.execute(
            delete(EarningEntry).where(EarningEntry.work_order_id == work_order.id, EarningEntry.statement_id.is_(None))
        ),
    ).rowcount
    work_order.status = "in_progress"
    work_order.reopen_count += 1
    work_order.completed_at = None
    work_order.completed_by_id = None
    work_order.updated_by_id = actor.user_id
    with stale_guard(session, work_order, label, actor):
        session.flush()
    audit.record(
        session,
        actor,
        "work_order.reopen",
        "work_order",
        work_order.id,
        before={
            "status": "completed",
            "unsettled_total": f"{_money_sum(unsettled):f}",
            "settled_total": f"{_money_sum(settled):f}",
            "entries_deleted": deleted,
        },
        after={"status": "in_progress", "reason": clean_reason},
        summary=label,
    )
    return get_work_order(session, actor, work_order.id)


# --- the list --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkOrderFilter:
    statuses: tuple[str, ...] = ()
    region_code: str | None = None
    region_group_id: uuid.UUID | None = None
    provider_id: uuid.UUID | None = None
    installer_id: uuid.UUID | None = None
    date_field: str = "planned"  # planned | completed | created
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class WorkOrderRow:
    id: uuid.UUID
    number: str
    status: str
    customer_name: str
    address: str
    region_code: str | None
    region_path: str
    provider_name: str
    crew: str
    scenario: str
    planned_date: dt.date | None
    completed_on: dt.date | None
    settlement_total: Decimal | None  # frozen figures only; None while open
    version: int


@dataclass(frozen=True)
class WorkOrderPage:
    rows: list[WorkOrderRow]
    total: int
    offset: int


def _filter_clauses(session: Session, actor: Actor, flt: WorkOrderFilter, tz: str) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    visible = _visibility(session, actor)
    if visible is not None:
        clauses.append(visible)
    if flt.statuses:
        clauses.append(WorkOrder.status.in_(flt.statuses))
    if flt.region_code:
        clauses.append(WorkOrder.region_code.like(region_prefix(flt.region_code.strip()) + "%"))
    if flt.region_group_id is not None:
        members = list(
            session.scalars(
                select(RegionGroupMember.region_code).where(RegionGroupMember.group_id == flt.region_group_id)
            )
        )
        clauses.append(
            or_(*(WorkOrder.region_code.like(region_prefix(c) + "%") for c in members)) if members else literal(False)
        )
    if flt.provider_id is not None:
        clauses.append(WorkOrder.provider_id == flt.provider_id)
    if flt.installer_id is not None:
        clauses.append(
            exists().where(WorkOrderCrew.work_order_id == WorkOrder.id, WorkOrderCrew.installer_id == flt.installer_id)
        )
    if flt.date_from is not None or flt.date_to is not None:
        if flt.date_field == "created":
            zone = ZoneInfo(tz)
            if flt.date_from is not None:
                start = dt.datetime.combine(flt.date_from, dt.time(), zone)
                clauses.append(WorkOrder.created_at >= start)
            if flt.date_to is not None:
                end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time(), zone)
                clauses.append(WorkOrder.created_at < end)
        else:
            column = WorkOrder.completed_on if flt.date_field == "completed" else WorkOrder.planned_date
            if flt.date_from is not None:
                clauses.append(column >= flt.date_from)
            if flt.date_to is not None:
                clauses.append(column <= flt.date_to)
    text = flt.text.strip()
    if text:
        pattern = f"%{text}%"
        clauses.append(
            or_(
                WorkOrder.number.like(f"%{text.upper()}%"),
                WorkOrder.address.like(pattern),
                WorkOrder.customer_id.in_(select(Customer.id).where(Customer.name.like(pattern))),
            )
        )
    return clauses


def list_work_orders(
    session: Session, actor: Actor, flt: WorkOrderFilter | None = None, *, offset: int = 0, limit: int = 200
) -> WorkOrderPage:
    """One page of the work orders the actor may see, newest number first, and how many match.

    Set-based: one counting query, one page query, one query each for the page's crews and
    frozen totals; fast at 200,000 work orders (benchmarks/bench_workorders.py).
    """
    flt = flt or WorkOrderFilter()
    clauses = _filter_clauses(session, actor, flt, actor.timezone)
    total = session.scalar(select(func.count()).select_from(WorkOrder).where(*clauses)) or 0
    rows = session.execute(
        select(
            WorkOrder.id,
            WorkOrder.number,
            WorkOrder.status,
            Customer.name,
            WorkOrder.address,
            WorkOrder.region_code,
            Provider.name,
            WorkOrder.scenario,
            WorkOrder.planned_date,
            WorkOrder.completed_on,
            WorkOrder.version,
        )
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .outerjoin(Provider, Provider.id == WorkOrder.provider_id)
        .where(*clauses)
        .order_by(WorkOrder.number.desc())
        .offset(max(offset, 0))
        .limit(max(limit, 0))
    ).all()
    ids = [row[0] for row in rows]
    crews = crew_members(session, ids)
    totals = _frozen_totals(session, [row[0] for row in rows if row[2] == "completed"])
    index = region_index()
    page = [
        WorkOrderRow(
            id=wo_id,
            number=number,
            status=status,
            customer_name=customer,
            address=address,
            region_code=region,
            region_path=index.path_name(region) if region else "",
            provider_name=provider or "",
            crew="、".join(m.name for m in crews.get(wo_id, [])),
            scenario=scenario or "",
            planned_date=planned,
            completed_on=completed,
            settlement_total=totals.get(wo_id) if status == "completed" else None,
            version=version,
        )
        for wo_id, number, status, customer, address, region, provider, scenario, planned, completed, version in rows
    ]
    return WorkOrderPage(page, total, offset)


def _frozen_totals(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """Frozen settlement total (lines + adjustments) of completed work orders."""
    found: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    for chunk in _chunks(ids):
        for wo_id, amount in session.execute(
            select(WorkOrderLine.work_order_id, func.sum(WorkOrderLine.settlement_amount))
            .where(WorkOrderLine.work_order_id.in_(chunk))
            .group_by(WorkOrderLine.work_order_id)
        ):
            found[wo_id] += _money_sum(amount)
        for wo_id, amount in session.execute(
            select(WorkOrderAdjustment.work_order_id, func.sum(WorkOrderAdjustment.amount))
            .where(WorkOrderAdjustment.work_order_id.in_(chunk))
            .group_by(WorkOrderAdjustment.work_order_id)
        ):
            found[wo_id] += _money_sum(amount)
    return dict(found)


# --- JSON input (scrm workorders create) -----------------------------------------------------------


class JsonInputError(ValidationError):
    """A problem with one value of a JSON work order; the message starts with its JSON path."""

    def __init__(self, path: str, problem: ScrmError | str) -> None:
        self.path = path
        super().__init__(QT_TRANSLATE_NOOP("ScrmError", "{path}: {problem}"), path=path, problem=problem)


def _json_text(obj: Mapping[str, Any], key: str, path: str, *, required: bool = False) -> str:
    value = obj.get(key)
    if value is None:
        if required:
            raise JsonInputError(
                f"{path}.{key}", ValidationError(QT_TRANSLATE_NOOP("ScrmError", "This field is required."))
            )
        return ""
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise JsonInputError(
            f"{path}.{key}", ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expected text or a number."))
        )
    return str(value).strip()


def _json_date(obj: Mapping[str, Any], key: str, path: str) -> dt.date | None:
    text = _json_text(obj, key, path)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise JsonInputError(
            f"{path}.{key}",
            ValidationError(QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not a date (YYYY-MM-DD)."), text=text),
        ) from None


def _json_list(obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise JsonInputError(f"{path}.{key}", ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expected a list.")))
    return value


def _lookup(session: Session, model: Any, code: str, path: str, what: Text) -> Any:
    found = session.scalar(select(model).where(model.code == code))
    if found is None:
        raise JsonInputError(
            path,
            NotFound(QT_TRANSLATE_NOOP("ScrmError", "There is no {what} with the code {code}."), what=what, code=code),
        )
    return found


def input_from_json(session: Session, actor: Actor, obj: Any, path: str = "$") -> tuple[WorkOrderInput, str]:
    """A ``WorkOrderInput`` (and the status to create it in) from a JSON object; codes, not ids.

    Shape::

        {"customer_phone": "13800138000" | "customer_id": "…", "address": "…", "region_code": "440106",
         "provider": "P001", "crew": [{"installer": "I0001", "share": "60"}, …] or ["I0001", …],
         "scenario": "安装", "complexity": 2, "planned_date": "2026-11-25", "completed_on": "2026-11-26",
         "package": "PKG-AC", "lines": [{"item": "SVC-001", "quantity": "2", "note": ""}],
         "adjustments": [{"kind": "bonus", "amount": "50.00", "reason": "…", "installer": "I0001"}],
         "notes": "…", "status": "draft" | "assigned"}

    Errors name the JSON path (``$.lines[1].quantity``).
    """
    if not isinstance(obj, Mapping):
        raise JsonInputError(path, ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expected an object.")))
    customer: Customer | None = None
    customer_id = _json_text(obj, "customer_id", path)
    phone = _json_text(obj, "customer_phone", path)
    if customer_id:
        try:
            customer = session.get(Customer, uuid.UUID(customer_id))
        except ValueError:
            customer = None
    elif phone:
        digits = "".join(ch for ch in phone if ch.isdigit())
        customer = session.scalar(select(Customer).where(Customer.phone_digits == digits)) if digits else None
    if customer is None:
        raise JsonInputError(
            f"{path}.customer_phone" if phone else f"{path}.customer_id",
            NotFound(QT_TRANSLATE_NOOP("ScrmError", "No customer has this phone number or id.")),
        )
    provider = None
    provider_code = _json_text(obj, "provider", path)
    if provider_code:
        provider = _lookup(
            session,
            Provider,
            provider_code,
            f"{path}.provider",
            Text(QT_TRANSLATE_NOOP("ScrmError", "service provider")),
        )
    crew_raw = _json_list(obj, "crew", path)
    crew_codes: list[tuple[str, str]] = []
    for i, member in enumerate(crew_raw):
        where = f"{path}.crew[{i}]"
        if isinstance(member, str):
            crew_codes.append((member.strip(), ""))
        elif isinstance(member, Mapping):
            crew_codes.append(
                (_json_text(member, "installer", where, required=True), _json_text(member, "share", where))
            )
        else:
            raise JsonInputError(where, ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expected an object.")))
    shares = equal_shares(len(crew_codes)) if crew_codes and all(not s for _, s in crew_codes) else None
    crew = []
    installer_ids: dict[str, uuid.UUID] = {}
    for i, (code, share_text) in enumerate(crew_codes):
        where = f"{path}.crew[{i}]"
        installer = _lookup(
            session, Installer, code, f"{where}.installer", Text(QT_TRANSLATE_NOOP("ScrmError", "installer"))
        )
        installer_ids[code] = installer.id
        if shares is not None:
            share = shares[i]
        else:
            try:
                share = Decimal(share_text)
            except InvalidOperation:
                raise JsonInputError(
                    f"{where}.share",
                    ValidationError(QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not a percentage."), text=share_text),
                ) from None
        crew.append(CrewInput(installer.id, share))
    lines: list[LineInput] = []
    package_id = None
    package_code = _json_text(obj, "package", path)
    if package_code:
        package = _lookup(
            session,
            ServicePackage,
            package_code,
            f"{path}.package",
            Text(QT_TRANSLATE_NOOP("ScrmError", "service package")),
        )
        package_id = package.id
        try:
            lines.extend(package_lines(session, actor, package.id))
        except ScrmError as exc:
            raise JsonInputError(f"{path}.package", exc) from None
    for i, line in enumerate(_json_list(obj, "lines", path)):
        where = f"{path}.lines[{i}]"
        if not isinstance(line, Mapping):
            raise JsonInputError(where, ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expected an object.")))
        item = _lookup(
            session,
            CatalogItem,
            _json_text(line, "item", where, required=True),
            f"{where}.item",
            Text(QT_TRANSLATE_NOOP("ScrmError", "catalog item")),
        )
        try:
            quantity = parse_quantity(_json_text(line, "quantity", where) or "1")
        except ScrmError as exc:
            raise JsonInputError(f"{where}.quantity", exc) from None
        lines.append(LineInput(item.id, quantity, _json_text(line, "note", where)))
    adjustments = []
    for i, adjustment in enumerate(_json_list(obj, "adjustments", path)):
        where = f"{path}.adjustments[{i}]"
        if not isinstance(adjustment, Mapping):
            raise JsonInputError(where, ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expected an object.")))
        try:
            amount = parse_money(_json_text(adjustment, "amount", where, required=True))
        except ScrmError as exc:
            raise JsonInputError(f"{where}.amount", exc) from None
        target = _json_text(adjustment, "installer", where)
        if target and target not in installer_ids:
            raise JsonInputError(
                f"{where}.installer",
                ValidationError(QT_TRANSLATE_NOOP("ScrmError", "{code} is not in the crew."), code=target),
            )
        adjustments.append(
            AdjustmentInput(
                _json_text(adjustment, "kind", where, required=True),
                amount,
                _json_text(adjustment, "reason", where),
                installer_ids[target] if target else None,
            )
        )
    complexity_text = _json_text(obj, "complexity", path)
    try:
        complexity = int(complexity_text) if complexity_text else None
    except ValueError:
        raise JsonInputError(
            f"{path}.complexity",
            ValidationError(QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not a whole number."), text=complexity_text),
        ) from None
    status = _json_text(obj, "status", path) or "draft"
    if status not in ("draft", "assigned", "in_progress"):
        raise JsonInputError(
            f"{path}.status",
            ValidationError(QT_TRANSLATE_NOOP("ScrmError", "A new work order is draft, assigned or in_progress.")),
        )
    data = WorkOrderInput(
        customer_id=customer.id,
        address=_json_text(obj, "address", path),
        region_code=_json_text(obj, "region_code", path) or None,
        provider_id=provider.id if provider else None,
        crew=tuple(crew),
        scenario=_json_text(obj, "scenario", path) or None,
        complexity=complexity,
        planned_date=_json_date(obj, "planned_date", path),
        started_on=_json_date(obj, "started_on", path),
        completed_on=_json_date(obj, "completed_on", path),
        notes=_json_text(obj, "notes", path),
        package_id=package_id,
        lines=tuple(lines),
        adjustments=tuple(adjustments),
    )
    return data, status


def create_from_json(session: Session, actor: Actor, document: Any) -> list[str]:
    """Create one work order per object (a single object or a list of them); all or none.

    Errors name the JSON path of the offending value. Returns the new numbers in order.
    """
    objects = document if isinstance(document, list) else [document]
    numbers = []
    for i, obj in enumerate(objects):
        path = f"$[{i}]" if isinstance(document, list) else "$"
        data, status = input_from_json(session, actor, obj, path)
        try:
            created = create_work_order(session, actor, data, status=status)
        except ScrmError as exc:
            if isinstance(exc, JsonInputError | PermissionDenied):
                raise
            raise JsonInputError(f"{path}.{exc.field}" if exc.field else path, exc) from None
        numbers.append(created.number)
    return numbers
