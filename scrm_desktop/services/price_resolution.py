"""Resolving a unit price: tier rules choose the tier, the price in force gives the amount.

``PriceResolver.load(session, actor, book=..., on=...)`` reads, once and set-based, the active tier
rules of the book, the catalog items with their category codes, and every price in force on the
date (``pricing.prices_in_force``). After that ``resolve`` answers from memory: one
``Resolver.resolve_winner`` call (memoized per distinct context) and two dict lookups per
(item, context) pair, no query. ``explain``
gives the same answer with the resolver's full trace, for the UI and ``scrm prices resolve``.

The context of an item is the job's region, provider type and scenario, plus the item's own
category code (matched exactly, see ``services/tier_rules.py``) and its complexity unless the
job states another. A missing price for the resolved tier raises ``MissingPrice`` naming item,
tier and book; no matching rule raises ``NoTierRule``. Never a zero, never a fallback tier.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrm_desktop.models import CatalogCategory, CatalogItem
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ScrmError, Text, ValidationError
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.pricing import business_today, check_book, prices_in_force
from scrm_desktop.services.regions import group_members, region_index
from scrm_desktop.services.scoping import Context, Resolution, Resolver, Rule
from scrm_desktop.services.tier_rules import Tier, active_rules, require_read, tiers_by_id

PRICE_LABELS: dict[str, Text] = {
    "settlement": Text(QT_TRANSLATE_NOOP("ScrmError", "settlement price")),
    "sales": Text(QT_TRANSLATE_NOOP("ScrmError", "sales price")),
}
MEMO_LIMIT = 200_000  # distinct contexts remembered before the memo starts over


class MissingPrice(ScrmError):
    """The resolved tier has no price in force for the item in the book on the date.

    Attributes:
        book, item_code, tier_code, on: what was missing, for callers that act on it.
    """

    def __init__(self, *, book: str, item: ItemInfo, tier: Tier, on: dt.date) -> None:
        self.book = book
        self.item_code = item.code
        self.tier_code = tier.code
        self.on = on
        super().__init__(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "{item} ({code}) has no {book} in tier {tier} ({tier_code}) on {date}. "
                "Enter the price in the price grid.",
            ),
            field="unit_price",
            item=item.name,
            code=item.code,
            book=PRICE_LABELS[book],
            tier=tier.name,
            tier_code=tier.code,
            date=on.isoformat(),
        )


class NoTierRule(ScrmError):
    """No active tier rule of the book matches the context: there is no tier to price with."""

    def __init__(self, *, book: str, item: ItemInfo, context: Context) -> None:
        self.book = book
        self.item_code = item.code
        super().__init__(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "No tier rule matches {item} ({code}) in {region} on {date}, so it has no {book}. "
                "Add a rule, for example a national default.",
            ),
            field="tier",
            item=item.name,
            code=item.code,
            book=PRICE_LABELS[book],
            region=region_index().path_name(context.region_code) if context.region_code else "—",
            date=context.on.isoformat(),
        )


class ItemInfo(NamedTuple):
    """What resolution needs of a catalog item."""

    id: uuid.UUID
    code: str
    name: str
    category_code: str | None
    complexity: int


class JobContext(NamedTuple):
    """The job a price is resolved for; the item supplies its category (and default complexity)."""

    region_code: str | None = None
    provider_type: str | None = None
    scenario: str | None = None
    complexity: int | None = None


@dataclass(frozen=True, slots=True)
class PriceQuote:
    """A resolved unit price and where it came from.

    ``resolution`` holds the resolver's full trace when the quote came from ``explain`` (None from
    the fast path); ``trace`` is its English text (``Resolution.explain()``).
    """

    book: str
    on: dt.date
    item: ItemInfo
    tier: Tier
    unit_price: Decimal
    rule_id: uuid.UUID
    rule_name: str
    resolution: Resolution[Tier] | None = None

    @property
    def tier_code(self) -> str:
        return self.tier.code

    @property
    def tier_name(self) -> str:
        return self.tier.name

    @property
    def trace(self) -> list[str]:
        return self.resolution.explain() if self.resolution is not None else []


def load_items(session: Session, codes: Collection[str] | None = None) -> list[ItemInfo]:
    """Catalog items (active or not: history must stay resolvable) with their category codes.

    ``codes`` limits the load to those items (a single quote needs one).
    """
    stmt = (
        select(CatalogItem.id, CatalogItem.code, CatalogItem.name, CatalogCategory.code, CatalogItem.complexity)
        .outerjoin(CatalogCategory, CatalogCategory.id == CatalogItem.category_id)
        .order_by(CatalogItem.code)
    )
    if codes is not None:
        stmt = stmt.where(CatalogItem.code.in_(sorted(set(codes))))
    return [ItemInfo(*row) for row in session.execute(stmt)]


class PriceResolver:
    """Tier + unit price for (item, job) pairs in one book on one date, from memory.

    Build it with ``load``; it is immutable apart from its memo and never queries. Build a new one
    when rules, prices, items, groups or the date change.
    """

    __slots__ = ("_by_code", "_by_id", "_memo", "_prices", "book", "on", "resolver")

    def __init__(
        self,
        *,
        book: str,
        on: dt.date,
        resolver: Resolver[Tier],
        items: list[ItemInfo],
        prices: Mapping[tuple[uuid.UUID, uuid.UUID], Decimal],
    ) -> None:
        self.book = book
        self.on = on
        self.resolver = resolver
        self._by_code = {item.code: item for item in items}
        self._by_id = {item.id: item for item in items}
        self._prices = dict(prices)
        self._memo: dict[tuple[str | None, str | None, str | None, str | None, int | None], Rule[Tier] | None] = {}

    @classmethod
    def load(
        cls, session: Session, actor: Actor, *, book: str, on: dt.date, item_codes: Collection[str] | None = None
    ) -> PriceResolver:
        """Read rules, items and prices in force once (a handful of queries in all).

        ``item_codes`` limits items and prices to those items (None: the whole catalog).
        """
        require_read(actor)
        return cls.build(session, actor, book=book, on=on, item_codes=item_codes)

    @classmethod
    def build(
        cls, session: Session, actor: Actor, *, book: str, on: dt.date, item_codes: Collection[str] | None = None
    ) -> PriceResolver:
        """``load`` without the tier-rule read permission, for services that checked their own.

        Pricing a work order the actor may see (an installer's own job) is allowed even though
        the actor may not browse the tier rules.
        """
        book = check_book(book)
        rules = active_rules(session, book, tiers=tiers_by_id(session))
        resolver = Resolver(rules, region_index(), group_members(session))
        items = load_items(session, item_codes)
        ids = None if item_codes is None else [item.id for item in items]
        cells = prices_in_force(session, actor, book=book, on=on, item_ids=ids)
        prices = {key: cell.amount for key, cell in cells.items()}
        return cls(book=book, on=on, resolver=resolver, items=items, prices=prices)

    # --- lookups ----------------------------------------------------------------------------------

    def items(self) -> list[ItemInfo]:
        """Every item the resolver knows, by code."""
        return list(self._by_code.values())

    def item(self, code_or_id: str | uuid.UUID) -> ItemInfo:
        """The item with this code (or id); ``NotFound`` naming the code otherwise."""
        found = self._by_id.get(code_or_id) if isinstance(code_or_id, uuid.UUID) else self._by_code.get(code_or_id)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("ScrmError", "There is no catalog item with the code {code}."),
                field="item",
                code=str(code_or_id),
            )
        return found

    def context(self, item: ItemInfo, job: JobContext) -> Context:
        """The resolver's context for ``item`` in ``job`` on the resolver's date."""
        return Context(
            region_code=job.region_code or None,
            provider_type=job.provider_type or None,
            scenario=job.scenario or None,
            item_category=item.category_code,
            complexity=job.complexity if job.complexity is not None else item.complexity,
            on=self.on,
        )

    def price(self, item: ItemInfo, tier: Tier) -> Decimal:
        """The unit price of ``item`` in ``tier``; ``MissingPrice`` when none is in force."""
        amount = self._prices.get((item.id, tier.id))
        if amount is None:
            raise MissingPrice(book=self.book, item=item, tier=tier, on=self.on)
        return amount

    # --- resolving --------------------------------------------------------------------------------

    def winner(self, item: ItemInfo, job: JobContext) -> Rule[Tier]:
        """The winning tier rule (memoized per distinct context); ``NoTierRule`` when none matches."""
        complexity = job.complexity if job.complexity is not None else item.complexity
        key = (job.region_code or None, job.provider_type or None, job.scenario or None, item.category_code, complexity)
        memo = self._memo
        try:
            rule = memo[key]
        except KeyError:
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            rule = memo[key] = self.resolver.resolve_winner(self.context(item, job))
        if rule is None:
            raise NoTierRule(book=self.book, item=item, context=self.context(item, job))
        return rule

    def resolve(self, item: str | uuid.UUID | ItemInfo, job: JobContext) -> PriceQuote:
        """Tier and unit price through the fast path (no trace)."""
        info = item if isinstance(item, ItemInfo) else self.item(item)
        rule = self.winner(info, job)
        tier = rule.outcome
        return PriceQuote(self.book, self.on, info, tier, self.price(info, tier), rule.id, rule.label)

    def explain(self, item: str | uuid.UUID | ItemInfo, job: JobContext) -> PriceQuote:
        """Tier and unit price with the full trace (looks at every rule; for one quote at a time).

        ``NoTierRule`` and ``MissingPrice`` are raised as from ``resolve``; ``trace_of`` gives the
        trace also when they are.
        """
        info = item if isinstance(item, ItemInfo) else self.item(item)
        resolution = self.trace_of(info, job)
        if resolution.winner is None:
            raise NoTierRule(book=self.book, item=info, context=resolution.context)
        rule = resolution.winner
        tier = rule.outcome
        return PriceQuote(self.book, self.on, info, tier, self.price(info, tier), rule.id, rule.label, resolution)

    def trace_of(self, item: ItemInfo, job: JobContext) -> Resolution[Tier]:
        """The resolver's trace for ``item`` in ``job`` (whether or not a price exists)."""
        return self.resolver.resolve(self.context(item, job))


@dataclass(frozen=True)
class QuoteAttempt:
    """What the test panel shows: the trace always, and either the quote or why there is none."""

    resolution: Resolution[Tier]
    quote: PriceQuote | None
    problem: ScrmError | None


def _single(
    session: Session,
    actor: Actor,
    *,
    book: str,
    item_code: str,
    region_code: str | None,
    provider_type: str | None,
    scenario: str | None,
    complexity: int | None,
    on: dt.date | None,
) -> tuple[PriceResolver, ItemInfo, JobContext]:
    region = (region_code or "").strip() or None
    if region is not None and region not in region_index():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a region code."), field="region_code", code=region
        )
    code = item_code.strip()
    resolver = PriceResolver.load(session, actor, book=book, on=on or business_today(actor), item_codes=[code])
    job = JobContext(region, (provider_type or "").strip() or None, (scenario or "").strip() or None, complexity)
    return resolver, resolver.item(code), job


def quote(
    session: Session,
    actor: Actor,
    *,
    book: str,
    item_code: str,
    region_code: str | None,
    provider_type: str | None = None,
    scenario: str | None = None,
    complexity: int | None = None,
    on: dt.date | None = None,
) -> PriceQuote:
    """One traced quote, for ``scrm prices resolve``.

    ``complexity`` defaults to the item's own; ``on`` to today in the actor's time zone.

    Raises:
        ValidationError: an unknown region code.
        NotFound: an unknown item code.
        NoTierRule: no tier rule matches.
        MissingPrice: the resolved tier has no price in force.
    """
    resolver, item, job = _single(
        session,
        actor,
        book=book,
        item_code=item_code,
        region_code=region_code,
        provider_type=provider_type,
        scenario=scenario,
        complexity=complexity,
        on=on,
    )
    return resolver.explain(item, job)


def try_quote(
    session: Session,
    actor: Actor,
    *,
    book: str,
    item_code: str,
    region_code: str | None,
    provider_type: str | None = None,
    scenario: str | None = None,
    complexity: int | None = None,
    on: dt.date | None = None,
) -> QuoteAttempt:
    """Like ``quote``, but a missing rule or price comes back as ``problem`` beside the full trace.

    Bad input (unknown item or region) still raises.
    """
    resolver, item, job = _single(
        session,
        actor,
        book=book,
        item_code=item_code,
        region_code=region_code,
        provider_type=provider_type,
        scenario=scenario,
        complexity=complexity,
        on=on,
    )
    resolution = resolver.trace_of(item, job)
    try:
        found = resolver.explain(item, job)
    except (NoTierRule, MissingPrice) as exc:
        return QuoteAttempt(resolution, None, exc)
    return QuoteAttempt(found.resolution or resolution, found, None)
