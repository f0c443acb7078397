"""Price impact preview: what a price or tier-rule change would have changed in a past period.

Before saving prices (the grid, an XLSX file) or a tier rule, the user sees its effect on the
completed work of a period: the settlement total per region group and per provider, recomputed
without the change ("before") and with it ("after"). Nothing is written: the change is checked
exactly as its save would check it (``pricing.planned_prices``, ``price_io.planned_import``,
``tier_rules.proposed_rule``) and then only overlaid in memory.

What is recomputed: every line of every work order completed in the period (``status``
completed, ``completed_on`` inside it), as of its completion date: the tier from the settlement
tier rules for the work order's region, provider type, scenario and complexity (the item's own
when the work order states none) and the item's category; the unit price from the settlement
price in force on that date; the amount as unit x quantity rounded half up. The frozen amounts
(what was actually earned) are reported beside it; they differ from "before" where prices or
rules were changed after the work was done.

Price changes are applied in one of two ways:

- as if in force (the default): the changed cells carry the price they would have from the
  change's effective date on, on every day of the period. Prices are saved from today or later,
  and completed work keeps its frozen prices, so this is the question a preview answers: "had
  these prices applied to last month's work, what would it have cost?";
- as dated (``as_dated=True``): the new versions take effect on their own date, exactly as saved,
  so a change effective after the period changes nothing in it (back-dated corrections).

A tier-rule change is always as dated: its validity dates are part of the rule.

Only the settlement book decides earnings: changes to sales prices or sales rules are counted and
flagged, and change nothing. Lines whose recomputation fails (no tier rule matches, no price in
force for the tier) count towards no total; they are counted and the first few named, for each
side separately. A line counts as changed when its amount differs between the sides, a line that
could not be priced on one side included.

Speed: one read of the lines of the period (a join, raw column values, only the items a price
change touches), one of the rules, one of the price history of the items concerned
(``services/price_history.PriceHistory``); then every line is resolved in memory. Tiers are
memoized per context as the rules see it (``_Keys``: the region reduced to the codes rules are
attached to, values no applicable rule names dropped, the period cut where rule validity
changes), so a few thousand resolutions serve a month; unit prices come from per-cell version
arrays by bisection, and the second side is only priced where its tier or price differs. A
month of 100,000 work orders x 3 lines takes about 0.3 s for a few changed items and 3 to 4 s
for a tier-rule change, on SQLite and PostgreSQL (``benchmarks/bench_price_impact.py``).

Who may ask: whoever may read tier rules and prices (``tier_rules.require_read``: pricing,
finance, dispatch). An actor limited to some regions sees only the work done in them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import Date, String, and_, func, literal, or_, select, type_coerce
from sqlalchemy import cast as cast_
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from scrm_desktop.models import (
    CatalogCategory,
    CatalogItem,
    Provider,
    ProviderType,
    RegionGroup,
    WorkOrder,
    WorkOrderLine,
)
from scrm_desktop.models.types import Money, Quantity
from scrm_desktop.services import price_io, pricing, tier_rules
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ScrmError, Text, Translate
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.money import ZERO, line_amount
from scrm_desktop.services.periods import Period
from scrm_desktop.services.permissions import Actor, region_prefix
from scrm_desktop.services.price_history import NO_VERSIONS, PriceHistory, Versions
from scrm_desktop.services.price_resolution import ItemInfo, MissingPrice, NoTierRule
from scrm_desktop.services.pricing import CellKey
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.regions import group_members, region_index
from scrm_desktop.services.scoping import Context, Resolver, Rule
from scrm_desktop.services.tier_rules import Tier, active_rules, require_read, tiers_by_id

SETTLEMENT = "settlement"
LISTED_PROBLEMS = 5  # distinct problems named per side; the rest are counted
IN_CHUNK = 2000  # ids per IN (...) list
PROGRESS_EVERY = 20_000  # lines between progress reports (each may cancel)


def _identity(_context: str, text: str) -> str:
    return text


# --- what is proposed -------------------------------------------------------------------------


class PriceChange(NamedTuple):
    """One price version a save would write: from ``valid_from`` on, ``amount`` in the cell.

    ``amount`` None drops the price planned on ``valid_from`` (as in ``pricing.save_prices``).
    """

    book: str
    item_id: uuid.UUID
    tier_id: uuid.UUID
    valid_from: dt.date
    amount: Decimal | None


def grid_changes(book: str, effective: dt.date, changes: Mapping[CellKey, Decimal | None]) -> list[PriceChange]:
    """The price grid's unsaved edits (``PriceGridModel.changes()``) as a save from ``effective`` would write them."""
    return [PriceChange(book, item_id, tier_id, effective, amount) for (item_id, tier_id), amount in changes.items()]


def file_changes(
    session: Session, actor: Actor, path: str | os.PathLike[str], *, effective: dt.date
) -> list[PriceChange]:
    """The changes ``scrm prices import FILE --effective DATE`` would save (checked, not saved).

    Raises ``PriceFileError`` naming every bad cell, or a file error, as the import would.
    """
    books = price_io.planned_import(session, actor, path, effective=effective)
    return [
        PriceChange(book.book, item_id, tier_id, effective, amount)
        for book in books
        for (item_id, tier_id), amount in book.changes.items()
    ]


@dataclass(frozen=True)
class TierRuleChange:
    """A tier rule as the rule dialog or the page's (de)activate action would save it.

    ``rule_id`` None creates a rule in ``book``; otherwise the rule keeps its book. ``fields`` are
    ``create_tier_rule``'s keyword arguments (None: the rule's own); ``active`` None keeps the
    rule's state.
    """

    rule_id: uuid.UUID | None = None
    book: str = SETTLEMENT
    fields: Mapping[str, Any] | None = None
    active: bool | None = None


# --- the result -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Note:
    """A remark on the result for the user (translatable like an error: context ``ScrmError``)."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, translate: Translate = _identity) -> str:
        params = {k: translate("ScrmError", v) if isinstance(v, Text) else v for k, v in self.params.items()}
        return translate("ScrmError", self.template).format(**params)


@dataclass(frozen=True, slots=True)
class ImpactRow:
    """The lines of one region group or one provider, before and after the change.

    ``key`` is the group's or provider's id, None for "in no region group" / "no provider";
    ``detail`` the group's kind or the provider's type.
    """

    key: uuid.UUID | None
    name: str
    code: str
    detail: str
    lines: int
    lines_changed: int
    before: Decimal
    after: Decimal

    @property
    def diff(self) -> Decimal:
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class LineProblem:
    """Lines that could not be priced for one reason: how many, the first work order, the error."""

    work_order: str
    item_code: str
    lines: int
    error: ScrmError


@dataclass(frozen=True, slots=True)
class Problems:
    """The lines of one side that could not be priced: their count and the first few reasons."""

    count: int = 0
    examples: tuple[LineProblem, ...] = ()


@dataclass(frozen=True)
class PriceImpact:
    """The effect of a change on the settlement of the completed work of a period.

    Totals cover the lines the change can reach (``lines_considered``: for a price change the
    lines of the items it changes, for a tier-rule change every line), ``period_lines`` and
    ``period_frozen_total`` every completed line of the period. A region can be in several region
    groups, so group rows can add up to more than the total; provider rows add up to it.
    """

    period: Period
    kind: str  # "prices" or "tier_rule"
    settlement_changes: int
    sales_changes: int
    as_dated: bool
    effective: dt.date | None
    period_lines: int
    period_frozen_total: Decimal
    lines_considered: int = 0
    lines_changed: int = 0
    frozen_total: Decimal = ZERO
    before_total: Decimal = ZERO
    after_total: Decimal = ZERO
    by_group: tuple[ImpactRow, ...] = ()
    by_provider: tuple[ImpactRow, ...] = ()
    problems_before: Problems = Problems()
    problems_after: Problems = Problems()
    notes: tuple[Note, ...] = ()

    @property
    def diff(self) -> Decimal:
        return self.after_total - self.before_total

    @property
    def affects_settlement(self) -> bool:
        return self.settlement_changes > 0

    def as_json(self, translate: Translate = _identity) -> dict[str, Any]:
        """Plain data with stable keys; amounts as strings with two decimals, reasons translated."""

        def rows(found: Sequence[ImpactRow], name: str, detail: str) -> list[dict[str, Any]]:
            return [
                {
                    f"{name}_id": str(r.key) if r.key is not None else None,
                    name: r.name if r.key is not None else None,
                    "code": r.code,
                    detail: r.detail,
                    "lines": r.lines,
                    "lines_changed": r.lines_changed,
                    "before": _money(r.before),
                    "after": _money(r.after),
                    "diff": _money(r.diff),
                }
                for r in found
            ]

        def problems(found: Problems) -> dict[str, Any]:
            return {
                "count": found.count,
                "examples": [
                    {
                        "work_order": p.work_order,
                        "item": p.item_code,
                        "lines": p.lines,
                        "reason": p.error.message(translate),
                    }
                    for p in found.examples
                ],
            }

        return {
            "period": {
                "label": self.period.label,
                "from": self.period.first.isoformat(),
                "to": self.period.last.isoformat(),
            },
            "change": {
                "kind": self.kind,
                "settlement_changes": self.settlement_changes,
                "sales_changes": self.sales_changes,
                "effective": self.effective.isoformat() if self.effective is not None else None,
                "as_dated": self.as_dated,
            },
            "affects_settlement": self.affects_settlement,
            "period_lines": self.period_lines,
            "period_frozen_total": _money(self.period_frozen_total),
            "lines_considered": self.lines_considered,
            "lines_changed": self.lines_changed,
            "totals": {
                "frozen": _money(self.frozen_total),
                "before": _money(self.before_total),
                "after": _money(self.after_total),
                "diff": _money(self.diff),
            },
            "by_region_group": rows(self.by_group, "group", "kind"),
            "by_provider": rows(self.by_provider, "provider", "type"),
            "problems": {"before": problems(self.problems_before), "after": problems(self.problems_after)},
            "notes": [n.message(translate) for n in self.notes],
        }


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


# --- entry points -----------------------------------------------------------------------------


def price_change_impact(
    session: Session,
    actor: Actor,
    changes: Iterable[PriceChange],
    period: Period,
    *,
    as_dated: bool = False,
    progress: Progress | None = None,
) -> PriceImpact:
    """The effect of saving ``changes`` on the settlement of the work completed in ``period``.

    The changes are checked as their save would check them (``PriceCellsError`` names every
    refused cell); cells equal to the price in force are no change. See the module docstring for
    "as if in force" and ``as_dated``.
    """
    require_read(actor)
    by_save: dict[tuple[str, dt.date], dict[CellKey, Decimal | None]] = {}
    for change in changes:
        pricing.check_book(change.book)
        by_save.setdefault((change.book, change.valid_from), {})[(change.item_id, change.tier_id)] = change.amount
    overlay: dict[CellKey, list[tuple[dt.date, Decimal | None]]] = {}
    counts = {SETTLEMENT: 0, "sales": 0}
    for (book, day), cells in sorted(by_save.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        planned = pricing.planned_prices(session, actor, book=book, effective=day, changes=cells)
        counts[book] += len(planned)
        if book == SETTLEMENT:
            for key, amount in planned.items():
                overlay.setdefault(key, []).append((day, amount))
    dates = sorted({day for _book, day in by_save})
    effective = dates[-1] if dates else None
    head = _Head(
        session,
        actor,
        period,
        kind="prices",
        settlement_changes=counts[SETTLEMENT],
        sales_changes=counts["sales"],
        as_dated=as_dated,
        effective=effective,
    )
    notes = head.notes
    if not overlay:
        if counts["sales"]:
            notes.append(_note(QT_TRANSLATE_NOOP("ScrmError", "Only sales prices change: what installers earn stays.")))
        else:
            notes.append(_note(QT_TRANSLATE_NOOP("ScrmError", "No settlement price changes.")))
        return head.empty()
    if as_dated and all(day > period.last for day in dates):
        notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "The new prices take effect on {date}, after the period, so as dated they change nothing in it.",
                ),
                date=min(dates).isoformat(),
            )
        )
    item_ids = {item_id for item_id, _tier in overlay}
    history = PriceHistory.load(session, SETTLEMENT, item_ids)
    after_prices = history.overlaid(overlay, as_dated=as_dated)
    rules = active_rules(session, SETTLEMENT, tiers=tiers_by_id(session))
    groups = group_members(session)
    resolver = Resolver(rules, region_index(), groups)
    engine = _Engine(
        session,
        head,
        before=resolver,
        after=resolver,
        groups=groups,
        before_prices=history,
        after_prices=after_prices,
        changed_cells={_cell_ints(key) for key in overlay},
    )
    return engine.run(item_ids, progress)


def tier_rule_impact(
    session: Session,
    actor: Actor,
    change: TierRuleChange,
    period: Period,
    *,
    progress: Progress | None = None,
) -> PriceImpact:
    """The effect of saving a created, edited or (de)activated tier rule on the work of ``period``.

    The rule is checked as its save would check it (fields, region permission, ties with other
    rules). Tiers are resolved with the active rules as they are and with the rule replaced.
    """
    require_read(actor)
    proposed = tier_rules.proposed_rule(
        session, actor, rule_id=change.rule_id, book=change.book, fields=change.fields, active=change.active
    )
    settlement = proposed.book == SETTLEMENT
    head = _Head(
        session,
        actor,
        period,
        kind="tier_rule",
        settlement_changes=int(settlement),
        sales_changes=int(not settlement),
        as_dated=True,
        effective=None,
    )
    if not settlement:
        head.notes.append(
            _note(QT_TRANSLATE_NOOP("ScrmError", "The rule chooses sales prices: what installers earn stays."))
        )
        return head.empty()
    tiers = tiers_by_id(session)
    current = active_rules(session, SETTLEMENT, tiers=tiers)
    changed = [r for r in current if r.id != proposed.rule_id]
    if proposed.rule is not None:
        changed.append(proposed.rule)
        start = proposed.rule.scope.valid_from
        if start is not None and start > period.last and not any(r.id == proposed.rule_id for r in current):
            head.notes.append(
                _note(
                    QT_TRANSLATE_NOOP(
                        "ScrmError", "The rule starts on {date}, after the period: it changes nothing in it."
                    ),
                    date=start.isoformat(),
                )
            )
    index, groups = region_index(), group_members(session)
    history = PriceHistory.load(session, SETTLEMENT)
    engine = _Engine(
        session,
        head,
        before=Resolver(current, index, groups),
        after=Resolver(changed, index, groups),
        groups=groups,
        before_prices=history,
        after_prices=history,
        changed_cells=set(),
    )
    return engine.run(None, progress)


def file_impact(
    session: Session,
    actor: Actor,
    path: str | os.PathLike[str],
    period: Period,
    *,
    effective: dt.date,
    as_dated: bool = False,
    progress: Progress | None = None,
) -> PriceImpact:
    """``price_change_impact`` of what importing the XLSX file from ``effective`` would save."""
    require_read(actor)
    return price_change_impact(
        session,
        actor,
        file_changes(session, actor, path, effective=effective),
        period,
        as_dated=as_dated,
        progress=progress,
    )


# --- reading ----------------------------------------------------------------------------------


def _note(template: str, **params: Any) -> Note:
    return Note(template, params)


def _completed(period: Period) -> Any:
    return and_(
        WorkOrder.status == "completed",
        WorkOrder.completed_on >= literal(period.first, Date),
        WorkOrder.completed_on <= literal(period.last, Date),
    )


def _in_scope(actor: Actor) -> Any | None:
    """The SQL filter of an actor limited to some regions (None: the whole country)."""
    if not actor.region_scope:
        return None
    return or_(*(WorkOrder.region_code.like(region_prefix(code) + "%") for code in sorted(actor.region_scope)))


class _Head:
    """What every result has: the period, the change's size, the period's own totals, notes."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        period: Period,
        *,
        kind: str,
        settlement_changes: int,
        sales_changes: int,
        as_dated: bool,
        effective: dt.date | None,
    ) -> None:
        self.period = period
        self.scope = _in_scope(actor)
        stmt = (
            select(func.count(WorkOrderLine.id), func.sum(WorkOrderLine.settlement_amount))
            .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
            .where(_completed(period))
        )
        if self.scope is not None:
            stmt = stmt.where(self.scope)
        count, total = session.execute(stmt).one()
        self.fields: dict[str, Any] = {
            "period": period,
            "kind": kind,
            "settlement_changes": settlement_changes,
            "sales_changes": sales_changes,
            "as_dated": as_dated,
            "effective": effective,
            "period_lines": int(count or 0),
            "period_frozen_total": total if total is not None else ZERO,
        }
        self.notes: list[Note] = []
        if actor.region_scope:
            self.notes.append(
                _note(
                    QT_TRANSLATE_NOOP("ScrmError", "Only work in the regions of {user} is counted."),
                    user=actor.display_name,
                )
            )

    def empty(self) -> PriceImpact:
        return PriceImpact(**self.fields, notes=tuple(self.notes))

    def result(self, **values: Any) -> PriceImpact:
        return PriceImpact(**self.fields, **values, notes=tuple(self.notes))


def _raw(column: Any) -> Any:
    """The column's value as the driver returns it, unprocessed (converted later through caches)."""
    return type_coerce(column, NullType)


def _raw_text(column: Any) -> Any:
    """The column's value as text: psycopg would make UUID and Decimal objects, whose hashing and
    comparing in the caches costs more than parsing the few distinct values once."""
    return cast_(column, String)


def _uuid(value: Any) -> uuid.UUID:
    """A UUID from what the driver returned: already one (PostgreSQL) or 32 hex digits (SQLite)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _chunks(values: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


CellInts = tuple[int, int]  # (item id, tier id) as integers: hashing UUID objects is slow in Python


def _cell_ints(key: CellKey) -> CellInts:
    return key[0].int, key[1].int


def _by_ints(history: PriceHistory) -> dict[CellInts, Versions]:
    """The history's cells keyed by integers, for the loop over every line."""
    return {(item.int, tier.int): versions for (item, tier), versions in history.cells.items()}


def _items(session: Session, item_ids: set[uuid.UUID] | None) -> dict[uuid.UUID, ItemInfo]:
    stmt = select(
        CatalogItem.id, CatalogItem.code, CatalogItem.name, CatalogCategory.code, CatalogItem.complexity
    ).outerjoin(CatalogCategory, CatalogCategory.id == CatalogItem.category_id)
    if item_ids is None:
        return {row[0]: ItemInfo(*row) for row in session.execute(stmt)}
    found: dict[uuid.UUID, ItemInfo] = {}
    for batch in _chunks(sorted(item_ids), IN_CHUNK):
        found.update((row[0], ItemInfo(*row)) for row in session.execute(stmt.where(CatalogItem.id.in_(batch))))
    return found


def _segments(period: Period, *rule_sets: Sequence[Rule[Tier]]) -> list[int]:
    """The ordinals inside the period where some rule starts or ends: tiers only change there."""
    first, last = period.first.toordinal(), period.last.toordinal()
    cuts: set[int] = set()
    for rules in rule_sets:
        for rule in rules:
            scope = rule.scope
            if scope.valid_from is not None:
                cuts.add(scope.valid_from.toordinal())
            if scope.valid_to is not None:
                cuts.add(scope.valid_to.toordinal() + 1)
    return sorted(c for c in cuts if first < c <= last)


# --- recomputing ------------------------------------------------------------------------------

_UNKNOWN = object()


class _Values(NamedTuple):
    """The values the rules that can apply somewhere name, per dimension."""

    provider_types: frozenset[str]
    scenarios: frozenset[str]
    categories: frozenset[str]
    complexities: frozenset[int]


def _values(rules: Iterable[Rule[Tier]]) -> _Values:
    scopes = [rule.scope for rule in rules]
    return _Values(
        frozenset(s.provider_type for s in scopes if s.provider_type is not None),
        frozenset(s.scenario for s in scopes if s.scenario is not None),
        frozenset(s.item_category for s in scopes if s.item_category is not None),
        frozenset(s.complexity for s in scopes if s.complexity is not None),
    )


class _Place(NamedTuple):
    """What a work order contributes to the tier memo's key, and the values its lines need named."""

    key: tuple[Any, ...]
    categories: frozenset[str]
    complexities: frozenset[int]


class _Keys:
    """Keys of the tier memo: two lines with the same key get the same rule on both sides.

    A rule sees a region only through the codes it is attached to (its region, or its group's
    members), so a region is reduced to those codes on its chain; only the rules attached there
    and the rules without a region can apply, and a provider type, scenario, category or
    complexity none of them names matches each of them exactly as no value does. With a few
    hundred rules, 100,000 work orders come down to a few thousand keys.
    """

    def __init__(self, rule_sets: Sequence[Sequence[Rule[Tier]]], groups: Mapping[uuid.UUID, frozenset[str]]) -> None:
        self.index = region_index()
        self.at: dict[str, set[Rule[Tier]]] = {}  # region code → the rules attached to it
        anywhere: set[Rule[Tier]] = set()
        for rules in rule_sets:
            for rule in rules:
                scope = rule.scope
                if scope.region_code is not None:
                    self.at.setdefault(scope.region_code, set()).add(rule)
                elif scope.region_group_id is not None:
                    for code in groups.get(scope.region_group_id, ()):
                        self.at.setdefault(code, set()).add(rule)
                else:
                    anywhere.add(rule)
        self.anywhere = frozenset(anywhere)
        self._values: dict[tuple[str, ...], _Values] = {}
        self._places: dict[tuple[Any, ...], _Place] = {}

    def place(self, region: str | None, provider_type: str | None, scenario: str | None, segment: int) -> _Place:
        """The part of the key a work order decides (memoized: work orders repeat their contexts)."""
        raw = (region, provider_type, scenario, segment)
        found = self._places.get(raw)
        if found is None:
            chain = self.index.ancestors(region) if region is not None else ()
            codes = tuple(code for code in chain if code in self.at)
            values = self._values.get(codes)
            if values is None:
                values = self._values[codes] = _values(self.anywhere.union(*(self.at[c] for c in codes)))
            key = (
                codes,
                provider_type if provider_type in values.provider_types else None,
                scenario if scenario in values.scenarios else None,
                segment,
            )
            found = self._places[raw] = _Place(key, values.categories, values.complexities)
        return found


class _Item:
    """What the loop needs of a catalog item, worked out once per item."""

    __slots__ = ("category", "complexity", "info", "key")

    def __init__(self, info: ItemInfo) -> None:
        self.info = info
        self.key = info.id.int
        self.category = info.category_code
        self.complexity = info.complexity


class _Side:
    """One way of pricing lines (before or after the change): prices, amounts and failures."""

    __slots__ = ("amounts", "cells", "log")

    def __init__(self, cells: dict[CellInts, Versions], amounts: dict[tuple[int, int], Decimal]) -> None:
        self.cells = cells
        # (unit, quantity) → line amount, shared by both sides. Keyed by the objects' ids: units
        # come from the price history and quantities from the run's cache, so equal values are
        # the same objects while they live, and hashing two ints is much cheaper than two Decimals.
        self.amounts = amounts
        self.log = _ProblemLog()

    def amount(self, tier: int | None, item: _Item, ordinal: int, qty: Decimal, row: Any) -> Decimal | None:
        """The line's amount in ``tier`` (None: no rule), or None with the reason logged."""
        if tier is None:
            self.log.add(("rule", item.key, row[2]), item, None, row)
            return None
        days, amounts = self.cells.get((item.key, tier), NO_VERSIONS)
        at = bisect.bisect_right(days, ordinal)  # the latest version on or before the day
        if not at:
            self.log.add(("price", item.key, tier), item, tier, row)
            return None
        unit = amounts[at - 1]
        key = (id(unit), id(qty))
        found = self.amounts.get(key)
        if found is None:
            found = self.amounts[key] = line_amount(unit, qty)
        return found


class _Engine:
    """Recomputes every line of the period on both sides and adds them up per region and provider.

    ``changed_cells`` are the (item, tier) cells whose prices differ between the sides: a line
    with the same tier on both sides and its cell not among them costs the same after.
    """

    def __init__(
        self,
        session: Session,
        head: _Head,
        *,
        before: Resolver[Tier],
        after: Resolver[Tier],
        groups: Mapping[uuid.UUID, frozenset[str]],
        before_prices: PriceHistory,
        after_prices: PriceHistory,
        changed_cells: set[CellInts],
    ) -> None:
        self.session = session
        self.head = head
        self.before = before
        self.after = after
        amounts: dict[tuple[int, int], Decimal] = {}
        before_cells = _by_ints(before_prices)
        after_cells = before_cells if after_prices is before_prices else _by_ints(after_prices)
        self.sides = (_Side(before_cells, amounts), _Side(after_cells, amounts))
        self.changed_cells = changed_cells
        self.cuts = _segments(head.period, before.rules, after.rules)
        self.keys = _Keys((before.rules, after.rules), groups)
        kept, made = set(before.rules), set(after.rules)
        self.delta = tuple(
            Resolver([rule], region_index(), groups)
            for rule in [*(r for r in before.rules if r not in made), *(r for r in after.rules if r not in kept)]
        )
        self.tiers: dict[int, Tier] = {}

    def _lines(self, item_ids: set[uuid.UUID] | None) -> Any:
        """Every line of the period with its work order's context, as raw driver values."""
        conn = self.session.connection()
        raw = _raw_text if conn.dialect.name == "postgresql" else _raw
        stmt = (
            select(
                raw(WorkOrder.id),
                type_coerce(WorkOrder.completed_on, NullType),
                WorkOrder.region_code,
                WorkOrder.provider_type,
                WorkOrder.scenario,
                WorkOrder.complexity,
                raw(WorkOrder.provider_id),
                raw(WorkOrderLine.item_id),
                raw(WorkOrderLine.quantity),
                raw(WorkOrderLine.settlement_amount),
            )
            .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
            .where(_completed(self.head.period))
        )
        if self.head.scope is not None:
            stmt = stmt.where(self.head.scope)
        if item_ids is not None and len(item_ids) <= IN_CHUNK:
            stmt = stmt.where(WorkOrderLine.item_id.in_(sorted(item_ids)))
        return conn.execute(stmt)

    def _winners(self, context: Context) -> tuple[int | None, int | None]:
        """The tier of the winning rule on both sides (None: no rule matches).

        The sides differ by a rule or two (``delta``): where none of those matches, the winner
        after is the winner before, and a one-rule resolver says so faster than the full one.
        """
        first = self._tier(self.before.resolve_winner(context))
        if self.after is self.before or not any(one.resolve_winner(context) for one in self.delta):
            return first, first
        return first, self._tier(self.after.resolve_winner(context))

    def _tier(self, rule: Rule[Tier] | None) -> int | None:
        if rule is None:
            return None
        key = rule.outcome.id.int
        self.tiers[key] = rule.outcome
        return key

    def run(self, item_ids: set[uuid.UUID] | None, progress: Progress | None) -> PriceImpact:
        total = self.head.fields["period_lines"]
        dialect = self.session.connection().dialect
        to_money, to_quantity = Money().process_result_value, Quantity().process_result_value
        items = _items(self.session, item_ids)
        cuts, keys, changed_cells = self.cuts, self.keys, self.changed_cells
        place, winners = keys.place, self._winners
        before, after = self.sides
        # Caches of converted driver values and of tiers: items, days, quantities, amounts and
        # contexts repeat a lot.
        item_of: dict[Any, Any] = {}
        day_of: dict[Any, tuple[int, int, dt.date]] = {}
        quantities: dict[Any, Decimal] = {}
        frozen_of: dict[Any, Decimal] = {None: ZERO}
        memo: dict[tuple[Any, ...], tuple[int | None, int | None]] = {}
        # Sums per region and per provider: [before, after, frozen, lines, lines changed].
        regions: dict[str | None, list[Any]] = {}
        providers: dict[Any, list[Any]] = {}
        # What the lines of one work order share, set at its first line.
        current: Any = _UNKNOWN
        ordinal, date, where = 0, self.head.period.first, _Place((), frozenset(), frozenset())
        by_region: list[Any] = []
        by_provider: list[Any] = []
        considered = changed = 0
        if progress is not None:
            progress.update(0, total)
        with collector_paused():
            for row in self._lines(item_ids):
                (
                    wo,
                    day_raw,
                    region,
                    provider_type,
                    scenario,
                    complexity,
                    provider_raw,
                    item_raw,
                    qty_raw,
                    frozen_raw,
                ) = row
                item = item_of.get(item_raw, _UNKNOWN)
                if item is _UNKNOWN:
                    info = items.get(_uuid(item_raw))
                    item = item_of[item_raw] = _Item(info) if info is not None else None
                if item is None:
                    continue  # an item no price change touches
                if wo != current:  # a work order's lines come one after the other (mostly)
                    current = wo
                    day = day_of.get(day_raw)
                    if day is None:
                        date = _date(day_raw)
                        day = day_of[day_raw] = (date.toordinal(), bisect.bisect_right(cuts, date.toordinal()), date)
                    ordinal, segment, date = day
                    where = place(region, provider_type, scenario, segment)
                    by_region = regions.get(region) or regions.setdefault(region, [ZERO, ZERO, ZERO, 0, 0])
                    by_provider = providers.get(provider_raw) or providers.setdefault(
                        provider_raw, [ZERO, ZERO, ZERO, 0, 0]
                    )
                if complexity is None:
                    complexity = item.complexity
                category = item.category
                key = (
                    where.key,
                    category if category in where.categories else None,
                    complexity if complexity in where.complexities else None,
                )
                tiers = memo.get(key)
                if tiers is None:
                    tiers = memo[key] = winners(
                        Context(
                            region_code=region,
                            provider_type=provider_type,
                            scenario=scenario,
                            item_category=category,
                            complexity=complexity,
                            on=date,
                        )
                    )
                qty = quantities.get(qty_raw)
                if qty is None:
                    qty = quantities[qty_raw] = cast(Decimal, to_quantity(qty_raw, dialect))
                tier = tiers[0]
                amount_before = before.amount(tier, item, ordinal, qty, row)
                # Same tier and same price on both sides, the common case, needs no second lookup.
                amount_after: Decimal | None = amount_before
                if tier != tiers[1] or amount_before is None or (item.key, tier) in changed_cells:
                    amount_after = after.amount(tiers[1], item, ordinal, qty, row)
                frozen = frozen_of.get(frozen_raw)
                if frozen is None:
                    frozen = frozen_of[frozen_raw] = cast(Decimal, to_money(frozen_raw, dialect))
                for sums in (by_region, by_provider):
                    if amount_before is not None:
                        sums[0] += amount_before
                    if amount_after is not None:
                        sums[1] += amount_after
                    sums[2] += frozen
                    sums[3] += 1
                if amount_before != amount_after:
                    by_region[4] += 1
                    by_provider[4] += 1
                    changed += 1
                considered += 1
                if progress is not None and considered % PROGRESS_EVERY == 0:
                    progress.update(considered)
        if progress is not None:
            progress.update(total)
        return self._result(regions, providers, considered, changed)

    def _result(
        self, regions: dict[str | None, list[Any]], providers: dict[Any, list[Any]], considered: int, changed: int
    ) -> PriceImpact:
        groups: dict[uuid.UUID | None, list[Any]] = {}
        memberships = _Memberships(self.session)
        for region, sums in regions.items():
            for group_id in memberships.of(region):
                _add(groups.setdefault(group_id, [ZERO, ZERO, ZERO, 0, 0]), sums)
        totals = [ZERO, ZERO, ZERO, 0, 0]
        for sums in providers.values():
            _add(totals, sums)
        provider_ids = {raw: _uuid(raw) for raw in providers if raw is not None}
        provider_names = _provider_names(self.session, set(provider_ids.values()))
        nobody = ("", "", "")
        group_rows = [
            _row(group_id, memberships.names.get(group_id, nobody) if group_id is not None else nobody, sums)
            for group_id, sums in groups.items()
        ]
        provider_rows = []
        for raw, sums in providers.items():
            provider_id = provider_ids.get(raw)
            label = provider_names.get(provider_id, nobody) if provider_id is not None else nobody
            provider_rows.append(_row(provider_id, label, sums))
        logs = [side.log for side in self.sides]
        numbers = _work_order_numbers(self.session, [e.row[0] for log in logs for e in log.examples()])
        return self.head.result(
            lines_considered=considered,
            lines_changed=changed,
            before_total=totals[0],
            after_total=totals[1],
            frozen_total=totals[2],
            by_group=tuple(sorted(group_rows, key=_row_order)),
            by_provider=tuple(sorted(provider_rows, key=_row_order)),
            problems_before=logs[0].problems(numbers, self.tiers),
            problems_after=logs[1].problems(numbers, self.tiers),
        )


def _add(target: list[Any], sums: list[Any]) -> None:
    for i in range(5):
        target[i] += sums[i]


def _row(key: uuid.UUID | None, label: tuple[str, str, str], sums: list[Any]) -> ImpactRow:
    name, code, detail = label
    return ImpactRow(key, name, code, detail, sums[3], sums[4], sums[0], sums[1])


def _row_order(row: ImpactRow) -> tuple[Any, ...]:
    # Largest effect first; "no group"/"no provider" after named rows of the same effect.
    return (-abs(row.diff), row.key is None, row.name, row.code, str(row.key))


class _Memberships:
    """Which region groups a region is in: through itself or any of its ancestors being a member."""

    def __init__(self, session: Session) -> None:
        self.index = region_index()
        self.by_member: dict[str, list[uuid.UUID]] = {}
        for group_id, codes in group_members(session).items():
            for code in codes:
                self.by_member.setdefault(code, []).append(group_id)
        self.names: dict[uuid.UUID, tuple[str, str, str]] = {
            gid: (name, "", kind)
            for gid, name, kind in session.execute(select(RegionGroup.id, RegionGroup.name, RegionGroup.kind))
        }
        self._memo: dict[str | None, tuple[uuid.UUID | None, ...]] = {None: (None,)}

    def of(self, region: str | None) -> tuple[uuid.UUID | None, ...]:
        found = self._memo.get(region)
        if found is None:
            assert region is not None
            chain = self.index.ancestors(region) or (region,)
            ids = sorted({gid for code in chain for gid in self.by_member.get(code, ())})
            found = self._memo[region] = tuple(ids) if ids else (None,)
        return found


def _provider_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str, str]]:
    found: dict[uuid.UUID, tuple[str, str, str]] = {}
    stmt = select(Provider.id, Provider.name, Provider.code, ProviderType.name).join(
        ProviderType, ProviderType.id == Provider.provider_type_id
    )
    for batch in _chunks(sorted(ids), IN_CHUNK):
        found.update(
            (pid, (name, code, kind)) for pid, name, code, kind in session.execute(stmt.where(Provider.id.in_(batch)))
        )
    return found


def _work_order_numbers(session: Session, raws: Sequence[Any]) -> dict[Any, str]:
    ids = {raw: _uuid(raw) for raw in raws}
    if not ids:
        return {}
    numbers = dict(
        session.execute(select(WorkOrder.id, WorkOrder.number).where(WorkOrder.id.in_(set(ids.values())))).all()
    )
    return {raw: numbers.get(found, "") for raw, found in ids.items()}


@dataclass(slots=True)
class _Example:
    item: _Item
    tier: int | None  # None: no rule matched
    row: Any  # the line as read (work order, date, region, provider type, scenario, complexity …)
    lines: int = 0


class _ProblemLog:
    """The lines of one side that could not be priced, counted per reason (item and region or tier)."""

    def __init__(self) -> None:
        self.count = 0
        self.reasons: dict[tuple[Any, ...], _Example] = {}

    def add(self, reason: tuple[Any, ...], item: _Item, tier: int | None, row: Any) -> None:
        self.count += 1
        example = self.reasons.get(reason)
        if example is None:
            example = self.reasons[reason] = _Example(item, tier, row)
        example.lines += 1

    def examples(self) -> list[_Example]:
        return list(self.reasons.values())[:LISTED_PROBLEMS]

    def problems(self, numbers: Mapping[Any, str], tiers: Mapping[int, Tier]) -> Problems:
        found = []
        for example in self.examples():
            wo_raw, day_raw, region, provider_type, scenario, complexity = example.row[:6]
            info, date = example.item.info, _date(day_raw)
            error: ScrmError
            if example.tier is None:
                context = Context(
                    region_code=region,
                    provider_type=provider_type,
                    scenario=scenario,
                    item_category=info.category_code,
                    complexity=complexity if complexity is not None else info.complexity,
                    on=date,
                )
                error = NoTierRule(book=SETTLEMENT, item=info, context=context)
            else:
                error = MissingPrice(book=SETTLEMENT, item=info, tier=tiers[example.tier], on=date)
            found.append(LineProblem(numbers.get(wo_raw, ""), info.code, example.lines, error))
        return Problems(self.count, tuple(found))
