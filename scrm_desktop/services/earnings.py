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

from sqlalchemy.orm import Session

from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.money import ZERO, line_amount, split, total
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.price_resolution import ItemInfo, JobContext, MissingPrice, NoTierRule, PriceResolver


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
    """Both books' resolvers per pricing date, built on first use and then answering from memory.

    ``item_codes`` limits what is loaded (one work order needs a handful of items; a batch of
    thousands loads the whole catalog once per date).
    """

    def __init__(self, session: Session, actor: Actor, item_codes: Iterable[str] | None = None) -> None:
        self._session = session
        self._actor = actor
        self._codes = None if item_codes is None else sorted(set(item_codes))
        self._resolvers: dict[tuple[str, dt.date], PriceResolver] = {}

    def resolver(self, book: str, on: dt.date) -> PriceResolver:
        key = (book, on)
        found = self._resolvers.get(key)
        if found is None:
            found = self._resolvers[key] = PriceResolver.build(
                self._session, self._actor, book=book, on=on, item_codes=self._codes
            )
        return found

    def side(self, book: str, on: dt.date, item: ItemInfo, job: JobContext, quantity: Decimal) -> PriceSide:
        try:
            quote = self.resolver(book, on).resolve(item, job)
        except NoTierRule as exc:
            return PriceSide(None, "", "", None, "", None, None, exc)
        except MissingPrice as exc:
            # The tier is known; show it beside the problem.
            rule = self.resolver(book, on).winner(item, job)
            tier = rule.outcome
            return PriceSide(tier.id, tier.code, tier.name, rule.id, rule.label, None, None, exc)
        return PriceSide(
            quote.tier.id,
            quote.tier.code,
            quote.tier.name,
            quote.rule_id,
            quote.rule_name,
            quote.unit_price,
            line_amount(quote.unit_price, quantity),
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
        item = pricer.resolver("settlement", on).item(spec.item_id)
        priced.append(
            (
                spec,
                pricer.side("settlement", on, item, job, spec.quantity),
                pricer.side("sales", on, item, job, spec.quantity),
            )
        )
    return assemble(frozen=False, priced_on=on, job=job, crew=crew, lines=priced, adjustments=adjustments)
