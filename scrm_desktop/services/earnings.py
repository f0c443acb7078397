"""Earnings of a work order: per line tier, unit settlement price and amount, adjustments, and each
crew member's share — as a live preview while the work order is open, from the frozen line
columns once it is completed.

The arithmetic (one place, used by the preview, the freeze and the tests):

- a line's amount is unit price x quantity, rounded half-up to the fen (``money.line_amount``);
- the total is the sum of the rounded line amounts plus the adjustments;
- every line and every crew-wide adjustment is split over the crew by their shares with
  largest-remainder rounding (``money.split``), so the parts always add up to the whole; a
  crew member's share is the sum of their parts. An adjustment for one installer is theirs alone.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ScrmError
from scrm_desktop.services.money import ZERO, line_amount, split, total
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.price_history import PriceHistory
from scrm_desktop.services.price_resolution import ItemInfo, JobContext, MissingPrice, NoTierRule, load_items
from scrm_desktop.services.regions import group_members, region_index
from scrm_desktop.services.scoping import Context, Resolver, Rule
from scrm_desktop.services.tier_rules import Tier, active_rules, tiers_by_id


@dataclass(frozen=True, slots=True)
class PriceSide:
    """One book's price of a line: tier, the rule that chose it, unit price and amount.

    ``problem`` is set (and the figures are None) when no rule matches or the tier has no price.
    """

    tier_id: uuid.UUID | None
    tier_code: str
    tier_name: str
    rule_id: uuid.UUID | None
    rule_name: str
    unit_price: Decimal | None
    amount: Decimal | None
    problem: ScrmError | None = None


@dataclass(frozen=True, slots=True)
class CrewMember:
    installer_id: uuid.UUID
    code: str
    name: str
    share_pct: Decimal


@dataclass(frozen=True, slots=True)
class PricedLine:
    """A work-order line with both prices and the settlement amount's split over the crew."""

    line_id: uuid.UUID | None
    position: int
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    kind: str
    quantity: Decimal
    package_id: uuid.UUID | None
    note: str
    settlement: PriceSide
    sales: PriceSide
    shares: tuple[Decimal, ...]


@dataclass(frozen=True, slots=True)
class PricedAdjustment:
    adjustment_id: uuid.UUID | None
    kind: str
    amount: Decimal
    reason: str
    installer_id: uuid.UUID | None
    shares: tuple[Decimal, ...]


@dataclass(frozen=True, slots=True)
class MemberEarnings:
    installer_id: uuid.UUID
    code: str
    name: str
    share_pct: Decimal
    lines_amount: Decimal
    adjustments_amount: Decimal

    @property
    def amount(self) -> Decimal:
        return self.lines_amount + self.adjustments_amount


@dataclass(frozen=True)
class Earnings:
    """The earnings panel of one work order.

    ``frozen`` says whether the figures are the ones fixed at completion or a live preview priced
    on ``priced_on``. ``problems`` lists why some lines have no price; their amounts are missing
    from the totals, and the work order cannot be completed until they are solved.
    """

    frozen: bool
    priced_on: dt.date
    job: JobContext
    crew: tuple[CrewMember, ...]
    lines: tuple[PricedLine, ...]
    adjustments: tuple[PricedAdjustment, ...]
    members: tuple[MemberEarnings, ...]
    problems: tuple[ScrmError, ...] = field(default=())

    @property
    def lines_total(self) -> Decimal:
        return total(line.settlement.amount for line in self.lines if line.settlement.amount is not None)

    @property
    def adjustments_total(self) -> Decimal:
        return total(adj.amount for adj in self.adjustments)

    @property
    def total(self) -> Decimal:
        return self.lines_total + self.adjustments_total

    @property
    def sales_total(self) -> Decimal:
        return total(line.sales.amount for line in self.lines if line.sales.amount is not None)

    @property
    def complete(self) -> bool:
        return not self.problems


# --- the arithmetic ------------------------------------------------------------------------------


def crew_shares(amount: Decimal, crew: Sequence[CrewMember]) -> tuple[Decimal, ...]:
    """``amount`` split over ``crew`` by share (largest remainder); () without a crew."""
    if not crew:
        return ()
    return tuple(split(amount, [member.share_pct for member in crew]))


def adjustment_shares(
    amount: Decimal, installer_id: uuid.UUID | None, crew: Sequence[CrewMember]
) -> tuple[Decimal, ...]:
    """An adjustment's parts: all of it to ``installer_id`` when set, else split by shares."""
    if installer_id is None:
        return crew_shares(amount, crew)
    return tuple(amount if member.installer_id == installer_id else ZERO for member in crew)


def member_totals(
    crew: Sequence[CrewMember], lines: Iterable[PricedLine], adjustments: Iterable[PricedAdjustment]
) -> tuple[MemberEarnings, ...]:
    line_parts = [ZERO] * len(crew)
    adjustment_parts = [ZERO] * len(crew)
    for line in lines:
        for i, part in enumerate(line.shares):
            line_parts[i] += part
    for adjustment in adjustments:
        for i, part in enumerate(adjustment.shares):
            adjustment_parts[i] += part
    return tuple(
        MemberEarnings(m.installer_id, m.code, m.name, m.share_pct, line_parts[i], adjustment_parts[i])
        for i, m in enumerate(crew)
    )


# --- live pricing --------------------------------------------------------------------------------


class Pricer:
    """Tier and unit price of lines in both books on any date, from memory.

    On first use of a book it reads, once, the book's active tier rules, the items and every
    price version of the items (``PriceHistory``); after that each (item, job, date) costs one
    memoized ``Resolver.resolve_winner`` and one bisection, however many dates a batch spans.
    ``item_codes`` limits what is loaded (one work order needs a handful of items).
    """

    def __init__(self, session: Session, actor: Actor, item_codes: Iterable[str] | None = None) -> None:
        self._session = session
        self._actor = actor
        self._codes = None if item_codes is None else sorted(set(item_codes))
        self._items: dict[uuid.UUID, ItemInfo] | None = None
        self._books: dict[str, tuple[Resolver[Tier], PriceHistory]] = {}
        self._memo: dict[tuple[Any, ...], Rule[Tier] | None] = {}

    def _all_items(self) -> dict[uuid.UUID, ItemInfo]:
        if self._items is None:
            self._items = {info.id: info for info in load_items(self._session, self._codes)}
        return self._items

    def item(self, item_id: uuid.UUID) -> ItemInfo:
        found = self._all_items().get(item_id)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("ScrmError", "There is no catalog item with the code {code}."),
                field="item",
                code=str(item_id),
            )
        return found

    def _book(self, book: str) -> tuple[Resolver[Tier], PriceHistory]:
        found = self._books.get(book)
        if found is None:
            session = self._session
            rules = active_rules(session, book, tiers=tiers_by_id(session))
            resolver = Resolver(rules, region_index(), group_members(session))
            ids = None if self._codes is None else list(self._all_items())
            found = self._books[book] = (resolver, PriceHistory.load(session, book, ids))
        return found

    def context(self, item: ItemInfo, job: JobContext, on: dt.date) -> Context:
        return Context(
            region_code=job.region_code or None,
            provider_type=job.provider_type or None,
            scenario=job.scenario or None,
            item_category=item.category_code,
            complexity=job.complexity if job.complexity is not None else item.complexity,
            on=on,
        )

    def winner(self, book: str, on: dt.date, item: ItemInfo, job: JobContext) -> Rule[Tier] | None:
        complexity = job.complexity if job.complexity is not None else item.complexity
        key = (book, on, job.region_code or None, job.provider_type or None, job.scenario or None,
               item.category_code, complexity)  # fmt: skip
        try:
            return self._memo[key]
        except KeyError:
            resolver, _history = self._book(book)
            rule = self._memo[key] = resolver.resolve_winner(self.context(item, job, on))
            return rule

    def side(self, book: str, on: dt.date, item: ItemInfo, job: JobContext, quantity: Decimal) -> PriceSide:
        """One book's price of ``quantity`` of ``item`` for ``job`` on ``on``; a problem instead of a price
        when no rule matches (``NoTierRule``) or the tier has no price in force (``MissingPrice``)."""
        rule = self.winner(book, on, item, job)
        if rule is None:
            no_rule = NoTierRule(book=book, item=item, context=self.context(item, job, on))
            return PriceSide(None, "", "", None, "", None, None, no_rule)
        tier = rule.outcome
        unit_price = self._book(book)[1].price((item.id, tier.id), on)
        if unit_price is None:
            missing = MissingPrice(book=book, item=item, tier=tier, on=on)
            return PriceSide(tier.id, tier.code, tier.name, rule.id, rule.label, None, None, missing)
        return PriceSide(
            tier.id, tier.code, tier.name, rule.id, rule.label, unit_price, line_amount(unit_price, quantity)
        )


@dataclass(frozen=True, slots=True)
class LineSpec:
    """A line as stored (or as being edited), with the item's display fields."""

    line_id: uuid.UUID | None
    position: int
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    kind: str
    quantity: Decimal
    package_id: uuid.UUID | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class AdjustmentSpec:
    adjustment_id: uuid.UUID | None
    kind: str
    amount: Decimal
    reason: str
    installer_id: uuid.UUID | None = None


def assemble(
    *,
    frozen: bool,
    priced_on: dt.date,
    job: JobContext,
    crew: Sequence[CrewMember],
    lines: Sequence[tuple[LineSpec, PriceSide, PriceSide]],
    adjustments: Sequence[AdjustmentSpec],
) -> Earnings:
    """The earnings panel from priced lines: splits every amount over the crew and sums it up."""
    priced: list[PricedLine] = []
    problems: list[ScrmError] = []
    no_shares = tuple(ZERO for _ in crew)
    for spec, settlement, sales in lines:
        amount = settlement.amount
        problems.extend(p for p in (settlement.problem, sales.problem) if p is not None)
        priced.append(
            PricedLine(
                spec.line_id,
                spec.position,
                spec.item_id,
                spec.item_code,
                spec.item_name,
                spec.unit,
                spec.kind,
                spec.quantity,
                spec.package_id,
                spec.note,
                settlement,
                sales,
                crew_shares(amount, crew) if amount is not None else no_shares,
            )
        )
    priced_adjustments = [
        PricedAdjustment(
            a.adjustment_id,
            a.kind,
            a.amount,
            a.reason,
            a.installer_id,
            adjustment_shares(a.amount, a.installer_id, crew),
        )
        for a in adjustments
    ]
    return Earnings(
        frozen=frozen,
        priced_on=priced_on,
        job=job,
        crew=tuple(crew),
        lines=tuple(priced),
        adjustments=tuple(priced_adjustments),
        members=member_totals(crew, priced, priced_adjustments),
        problems=tuple(problems),
    )


def preview(
    pricer: Pricer,
    *,
    on: dt.date,
    job: JobContext,
    crew: Sequence[CrewMember],
    lines: Sequence[LineSpec],
    adjustments: Sequence[AdjustmentSpec],
) -> Earnings:
    """Live earnings: every line priced now, in both books, for the job on ``on``."""
    priced = []
    for spec in lines:
        item = pricer.item(spec.item_id)
        priced.append(
            (
                spec,
                pricer.side("settlement", on, item, job, spec.quantity),
                pricer.side("sales", on, item, job, spec.quantity),
            )
        )
    return assemble(frozen=False, priced_on=on, job=job, crew=crew, lines=priced, adjustments=adjustments)
