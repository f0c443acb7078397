"""Demo work orders over the last two months (deterministic).

``small``: about 80 work orders made through the work-order service, in every state — most of
them completed (frozen), some with bonuses and deductions, one reopened and completed again —
with several for 张师傅 (the installer behind the demo login ``installer_zhang``).

``large``: ``LARGE_PER_MONTH`` work orders a month for the previous and the current month, about
three lines each, inserted in bulk; then nine in ten are completed through
``work_orders.complete_work_orders`` in batches (the real freeze, so lines and earning entries
are exactly what the application writes).

Items are drawn from those priced in every tier of both books (the demo price grid leaves some
cells empty on purpose), and each work order's provider covers the customer's province.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from scrm_desktop.models import (
    CatalogItem,
    Customer,
    Installer,
    Provider,
    ProviderRegion,
    ServicePackage,
    WorkOrder,
    WorkOrderCrew,
    WorkOrderLine,
)
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import numbering, pricing
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.permissions import Actor, region_prefix
from scrm_desktop.services.progress import Progress

SEED = 20261125
SMALL_COUNT = 80
LARGE_PER_MONTH = 100_000
LARGE_COMPLETE_BATCH = 10_000
INSERT_CHUNK = 20_000
SCENARIOS = ("安装", "安装", "安装", "维修", "调试", "保养")
ZHANG_CODE_NAME = "张师傅"
BONUSES = (("bonus", "50.00", "客户好评奖励"), ("bonus", "30.00", "高空作业补贴"))
DEDUCTIONS = (("deduction", "-20.00", "超时到场扣款"), ("deduction", "-50.00", "客户投诉扣款"))


def month_start(day: dt.date, back: int = 0) -> dt.date:
    first = day.replace(day=1)
    for _ in range(back):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return first


def priced_items(session: Session, actor: Actor, on: dt.date) -> list[uuid.UUID]:
    """Active items priced in every tier of both books on ``on`` (completions never fail on them)."""
    tiers = [t.id for t in pricing.list_tiers(session, actor)]
    complete: set[uuid.UUID] | None = None
    for book in ("settlement", "sales"):
        cells = pricing.prices_in_force(session, actor, book=book, on=on)
        per_item: dict[uuid.UUID, int] = defaultdict(int)
        for item_id, tier_id in cells:
            if tier_id in tiers:
                per_item[item_id] += 1
        full = {item for item, count in per_item.items() if count == len(tiers)}
        complete = full if complete is None else complete & full
    active = set(session.scalars(select(CatalogItem.id).where(CatalogItem.is_active.is_(True))))
    return sorted((complete or set()) & active)


class _Coverage:
    """Which active providers cover a region (a covered region includes everything below it)."""

    def __init__(self, session: Session) -> None:
        self._by_prefix: dict[str, list[uuid.UUID]] = defaultdict(list)
        rows = session.execute(
            select(ProviderRegion.region_code, Provider.id)
            .join(Provider, Provider.id == ProviderRegion.provider_id)
            .where(Provider.is_active.is_(True))
            .order_by(Provider.code, ProviderRegion.region_code)
        )
        for region, provider_id in rows:
            self._by_prefix[region_prefix(region)].append(provider_id)
        self._memo: dict[str, list[uuid.UUID]] = {}

    def providers(self, region_code: str) -> list[uuid.UUID]:
        found = self._memo.get(region_code)
        if found is None:
            found = []
            for length in (2, 4, 6):
                for provider_id in self._by_prefix.get(region_code[:length], ()):
                    if provider_id not in found:
                        found.append(provider_id)
            self._memo[region_code] = found
        return found


def _installers_by_provider(session: Session) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    found: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    for installer_id, provider_id, name in session.execute(
        select(Installer.id, Installer.provider_id, Installer.name)
        .where(Installer.is_active.is_(True))
        .order_by(Installer.code)
    ):
        found[provider_id].append((installer_id, name))
    return found


def _customers(session: Session, coverage: _Coverage, limit: int) -> list[tuple[uuid.UUID, str]]:
    """Customers (oldest first) in regions some provider covers."""
    found: list[tuple[uuid.UUID, str]] = []
    rows = session.execute(
        select(Customer.id, Customer.region_code).where(Customer.region_code.is_not(None)).order_by(Customer.id)
    )
    for cid, region in rows:
        if region and coverage.providers(region):
            found.append((cid, region))
            if len(found) >= limit:
                break
    return found


def _crew(rng: random.Random, installers: Sequence[tuple[uuid.UUID, str]]) -> list[wo.CrewInput]:
    size = 1 if len(installers) < 2 or rng.random() < 0.6 else 2
    chosen = rng.sample(list(installers), size)
    shares = [Decimal(100)] if size == 1 else rng.choice(([Decimal(50)] * 2, [Decimal(60), Decimal(40)]))
    return [wo.CrewInput(iid, share.quantize(Decimal("0.01"))) for (iid, _), share in zip(chosen, shares, strict=True)]


def _popular(rng: random.Random, count: int) -> int:
    """An index into a popularity-ordered list: a long tail, as in real jobs (a few hundred items
    make most lines; about one line in eleven uses an item past the thousandth)."""
    return min(int(rng.paretovariate(0.35)) - 1, count - 1)


def load_demo_work_orders(session: Session, actor: Actor, size: str, progress: Progress | None = None) -> int:
    """Create the demo work orders; returns how many."""
    if size == "large":
        return _load_large(session, actor, progress)
    return _load_small(session, actor)


def _load_small(session: Session, actor: Actor) -> int:
    rng = random.Random(SEED)
    today = wo.business_today(actor)
    start = month_start(today, 1)
    items = priced_items(session, actor, start)
    coverage = _Coverage(session)
    installers = _installers_by_provider(session)
    customers = _customers(session, coverage, SMALL_COUNT)
    if not items or not customers:
        return 0
    packages = list(session.scalars(select(ServicePackage.id).where(ServicePackage.is_active.is_(True))))
    zhang = session.scalar(select(Installer.id).where(Installer.user_id.is_not(None)))
    zhang_provider = session.scalar(select(Installer.provider_id).where(Installer.id == zhang)) if zhang else None
    span = (today - start).days
    created: list[tuple[wo.WorkOrderDetail, str]] = []
    for n, (customer_id, region) in enumerate(customers):
        candidates = coverage.providers(region)
        provider_id = candidates[n % len(candidates)]
        if zhang_provider in candidates and n % 2 == 0:
            provider_id = zhang_provider  # 张师傅 (the demo installer login) gets a good share of the work
        crew = _crew(rng, installers[provider_id]) if installers.get(provider_id) else []
        if provider_id == zhang_provider and zhang is not None and all(m.installer_id != zhang for m in crew):
            crew = [wo.CrewInput(zhang, Decimal("100.00"))]
        lines: list[wo.LineInput] = []
        package_id = None
        if packages and n % 5 == 0:
            package_id = packages[n % len(packages)]
            try:
                lines = wo.package_lines(session, actor, package_id)
            except Exception:  # an inactive demo package: plain lines instead
                package_id, lines = None, []
            if any(line.item_id not in set(items) for line in lines):
                package_id, lines = None, []
        if not lines:
            for item_id in rng.sample(items, rng.randint(1, 3)):
                lines.append(wo.LineInput(item_id, Decimal(rng.choice((1, 1, 1, 2, 3)))))
        status = rng.choices(("completed", "in_progress", "assigned", "draft", "cancelled"), (60, 14, 14, 7, 5))[0]
        day = start + dt.timedelta(days=rng.randint(0, max(span, 0)))
        adjustments: list[wo.AdjustmentInput] = []
        if crew and status == "completed" and n % 7 == 0:
            kind, amount, reason = rng.choice(BONUSES + DEDUCTIONS)
            adjustments.append(wo.AdjustmentInput(kind, Decimal(amount), reason))
        data = wo.WorkOrderInput(
            customer_id=customer_id,
            provider_id=provider_id,
            crew=tuple(crew),
            scenario=rng.choice(SCENARIOS),
            planned_date=day,
            completed_on=day if status == "completed" else None,
            package_id=package_id,
            lines=tuple(lines),
            adjustments=tuple(adjustments),
            notes=rng.choice(("", "", "客户要求上午上门", "需带 3 米铜管", "小区限高 2.2 米，货车不能进")),
        )
        if not crew:
            status = "draft"
        detail = wo.create_work_order(session, actor, data, status="assigned" if status != "draft" else "draft")
        created.append((detail, status))
    to_complete = [d.id for d, status in created if status == "completed"]
    if to_complete:
        wo.complete_work_orders(session, actor, to_complete)
    for detail, status in created:
        if status == "in_progress":
            wo.set_status(session, actor, detail.id, "in_progress", expected_version=detail.version)
        elif status == "cancelled":
            wo.set_status(session, actor, detail.id, "cancelled", expected_version=detail.version, reason="客户取消")
    if to_complete:
        again = wo.get_work_order(session, actor, to_complete[0])
        reopened = wo.reopen_work_order(
            session, actor, again.id, reason="客户反馈少装一处，补录数量", expected_version=again.version
        )
        data = reopened.to_input()
        first = data.lines[0]
        more = wo.LineInput(first.item_id, first.quantity + 1, first.note, first.package_id, first.line_id)
        data = dataclasses.replace(data, lines=(more, *data.lines[1:]))
        saved = wo.update_work_order(session, actor, again.id, data, expected_version=reopened.version)
        wo.complete_work_order(session, actor, again.id, expected_version=saved.version)
    return len(created)


def _load_large(session: Session, actor: Actor, progress: Progress | None) -> int:
    rng = random.Random(SEED)
    today = wo.business_today(actor)
    items = priced_items(session, actor, month_start(today, 1))
    rng.shuffle(items)  # popularity order
    coverage = _Coverage(session)
    installers = _installers_by_provider(session)
    customers = _customers(session, coverage, 50_000)
    if not items or not customers:
        return 0
    details = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                Customer.id,
                Customer.address,
                Customer.province_code,
                Customer.city_code,
                Customer.district_code,
                Customer.region_code,
            ).where(Customer.region_code.is_not(None))
        )
    }
    branch = numbering.branch_code(session)
    now = utcnow()
    total = 0
    to_complete: list[uuid.UUID] = []
    months = (month_start(today, 1), month_start(today, 0))
    with collector_paused():
        for month in months:
            following = month_start(month + dt.timedelta(days=32))
            days = (following - month).days
            head = numbering.prefix("WO", branch, month)
            first_seq = numbering.reserve(session, head, LARGE_PER_MONTH)
            orders: list[dict[str, Any]] = []
            crews: list[dict[str, Any]] = []
            lines: list[dict[str, Any]] = []
            for i in range(LARGE_PER_MONTH):
                customer_id, region = customers[rng.randrange(len(customers))]
                address, province, city, district, region_code = details[customer_id]
                candidates = coverage.providers(region)
                provider_id = candidates[rng.randrange(len(candidates))]
                team = installers.get(provider_id)
                if not team:
                    continue
                wo_id = new_id()
                day = month + dt.timedelta(days=rng.randrange(days))
                completed = rng.random() < 0.9 and day <= today
                orders.append(
                    {
                        "id": wo_id,
                        "number": numbering.format_number(head, first_seq + i),
                        "branch_code": branch,
                        "status": "in_progress",
                        "customer_id": customer_id,
                        "address": address,
                        "province_code": province,
                        "city_code": city,
                        "district_code": district,
                        "region_code": region_code,
                        "region_overridden": False,
                        "provider_id": provider_id,
                        "scenario": SCENARIOS[rng.randrange(len(SCENARIOS))],
                        "planned_date": day,
                        "started_on": day,
                        "completed_on": day if completed else None,
                        "reopen_count": 0,
                        "cancel_reason": "",
                        "notes": "",
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                )
                for position, member in enumerate(_crew(rng, team)):
                    crews.append(
                        {
                            "id": new_id(),
                            "work_order_id": wo_id,
                            "installer_id": member.installer_id,
                            "share_pct": member.share_pct,
                            "position": position,
                        }
                    )
                for position in range(rng.choice((2, 3, 3, 4))):
                    lines.append(
                        {
                            "id": new_id(),
                            "work_order_id": wo_id,
                            "position": position,
                            "item_id": items[_popular(rng, len(items))],
                            "quantity": Decimal(rng.choice((1, 1, 1, 2, 3))).quantize(Decimal("0.001")),
                            "note": "",
                            "settlement_rule_name": "",
                            "sales_rule_name": "",
                        }
                    )
                if completed:
                    to_complete.append(wo_id)
            for model, rows in ((WorkOrder, orders), (WorkOrderCrew, crews), (WorkOrderLine, lines)):
                for start in range(0, len(rows), INSERT_CHUNK):
                    session.execute(insert(model), rows[start : start + INSERT_CHUNK])
            total += len(orders)
            if progress is not None:
                progress.update(total, 2 * LARGE_PER_MONTH, month.isoformat())
    if session.get_bind().dialect.name == "postgresql":
        # The whole demo is one transaction: without statistics on the rows it inserted, the
        # planner takes these tables for empty and the completion's lookups for sequential scans.
        session.execute(
            text("ANALYZE customers, installers, providers, catalog_items, prices, work_orders, work_order_crew, "
                 "work_order_lines")
        )  # fmt: skip
    for start in range(0, len(to_complete), LARGE_COMPLETE_BATCH):
        wo.complete_work_orders(session, actor, to_complete[start : start + LARGE_COMPLETE_BATCH])
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("ANALYZE earning_entries, work_order_lines"))  # they grow with each batch
        if progress is not None:
            progress.update(start, len(to_complete), "")
    return total
