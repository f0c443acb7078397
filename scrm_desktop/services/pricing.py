"""Price tiers (档位) and effective-dated prices per book: the reads and writes of the price grid.

Who may do what: everybody signed in reads tiers and prices; creating, renaming and reordering
tiers and saving prices need ``Permission.EDIT_PRICES`` (admin, pricing_manager).

Effective dating: a price row is one version; the price in force on a date is the row of the
(book, item, tier) with the latest ``valid_from`` on or before that date. "No row in force" is a
missing price and is reported as None, never as 0.

Saving never rewrites history. ``save_prices`` adds one row per changed cell, effective from the
date the user chose, with these rules for a cell that already has a row on exactly that date:

- the date is today or earlier: refused, naming the cell. A price in force today may already be
  frozen on a completed work order, so its row must stay as it is; save from a later date instead;
- the date is in the future (after today in the actor's time zone): the planned row is replaced
  (deleted and added again with the new amount, author and time). Nothing can have used a price
  that is not yet in force; the replaced amounts are kept in the save's audit entry.

A cell set to None removes nothing that is in force (refused, naming the cell); it only drops a
future row planned on the effective date, and is a no-op when the cell has no price then. A cell
whose new amount equals the price in force on the effective date is skipped (no new version).
Saving an earlier date than today (back-dating) is allowed when that date has no row yet.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Table, delete, func, insert, literal, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import NullType

from scrm_desktop.models import CatalogItem, Price, PriceTier, User
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.pricing import BOOKS
from scrm_desktop.models.types import Money, utcnow
from scrm_desktop.services import audit
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ScrmError, Translate, ValidationError
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.money import CENT, MAX_AMOUNT
from scrm_desktop.services.permissions import Actor, Permission, require
from scrm_desktop.services.progress import Progress

TIER_CODE_RE = re.compile(r"^[A-Z0-9_-]{1,20}$")
MAX_TIER_NAME = 50
INSERT_CHUNK = 2000
IN_CHUNK = 5000
# Above this many items a filtered read fetches the whole book and drops the rest in Python:
# cheaper than shipping thousands of ids to the server as parameters.
ITEM_FILTER_LIMIT = 2000
LISTED_PROBLEMS = 20  # the refusal message names this many cells, then counts the rest

CellKey = tuple[uuid.UUID, uuid.UUID]  # (item id, tier id)


# --- rows ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TierRow:
    id: uuid.UUID
    code: str
    name: str
    sort_order: int
    version: int


class PriceCell:
    """The price in force in one cell: the amount, since when, and which row holds it.

    ``price_id`` is turned into a UUID when first asked for: the grid reads 100,000 cells and
    never looks at it.
    """

    __slots__ = ("_price", "amount", "valid_from")

    def __init__(self, amount: Decimal, valid_from: dt.date, price_id: uuid.UUID | str) -> None:
        self.amount = amount
        self.valid_from = valid_from
        self._price = price_id

    @property
    def price_id(self) -> uuid.UUID:
        value = self._price
        if not isinstance(value, uuid.UUID):
            value = self._price = _uuid(value)
        return value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PriceCell):
            return NotImplemented
        return (self.amount, self.valid_from, self.price_id) == (other.amount, other.valid_from, other.price_id)

    def __hash__(self) -> int:
        return hash((self.amount, self.valid_from, self.price_id))

    def __repr__(self) -> str:
        return f"PriceCell(amount={self.amount!r}, valid_from={self.valid_from!r}, price_id={self.price_id!r})"


@dataclass(frozen=True, slots=True)
class PriceVersion:
    """One version of a cell's price, for the cell history.

    ``previous_amount`` is the amount of the version before it in effective-date order (None for
    the first version): the "old → new" of the change.
    """

    price_id: uuid.UUID
    valid_from: dt.date
    amount: Decimal
    previous_amount: Decimal | None
    created_at: dt.datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    book: str
    effective: dt.date
    written: int  # rows added
    replaced: int  # future rows on the effective date replaced (included in written) or dropped
    unchanged: int  # cells equal to the price already in force on the effective date


# --- errors naming cells ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CellProblem:
    """Why one cell cannot be saved: the item and tier codes and the reason (an error)."""

    item_code: str
    tier_code: str
    reason: ScrmError

    def message(self, translate: Translate) -> str:
        text = translate("ScrmError", "{item} / {tier}: {reason}")
        return text.format(item=self.item_code, tier=self.tier_code, reason=self.reason.message(translate))


class PriceCellsError(ValidationError):
    """Some cells of a save are not valid; nothing was saved. ``problems`` lists every one."""

    def __init__(self, problems: Sequence[CellProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            QT_TRANSLATE_NOOP("ScrmError", "{count} prices cannot be saved, so nothing was saved:"),
            count=len(self.problems),
        )

    def message(self, translate: Translate = lambda _c, t: t) -> str:
        lines = [super().message(translate)]
        lines += [p.message(translate) for p in self.problems[:LISTED_PROBLEMS]]
        more = len(self.problems) - LISTED_PROBLEMS
        if more > 0:
            lines.append(translate("ScrmError", "… and {count} more.").format(count=more))
        return "\n".join(lines)


def _reason(template: str, **params: Any) -> ScrmError:
    return ValidationError(template, **params)


# --- helpers ------------------------------------------------------------------------------


def business_today(actor: Actor) -> dt.date:
    """Today in the actor's time zone: the line between the past and planned prices."""
    return dt.datetime.now(ZoneInfo(actor.timezone)).date()


def check_book(book: str) -> str:
    if book not in BOOKS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{book}” is not a price book; use one of {books}."),
            field="book",
            book=book,
            books=", ".join(BOOKS),
        )
    return book


def _chunks(values: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _uuid(value: Any) -> uuid.UUID:
    """A UUID from what the driver returned: already one (PostgreSQL), or 32 hex digits (SQLite)."""
    if isinstance(value, uuid.UUID):
        return value
    # What uuid.UUID(hex=...) ends up doing, without its string clean-up: a third of the cost of
    # reading 100,000 prices. The hex comes from our own Uuid column.
    found = _new_object(uuid.UUID)
    _set_attribute(found, "int", int(value, 16))
    _set_attribute(found, "is_safe", uuid.SafeUUID.unknown)
    return found


_new_object = object.__new__
_set_attribute = object.__setattr__


def _date(value: Any) -> dt.date:
    """A date from what the driver returned: a date (PostgreSQL) or ISO text (SQLite)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def amount_problem(value: Decimal) -> ScrmError | None:
    """Why ``value`` is not a price (negative, more than two decimals, too large), or None."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return _reason(QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not an amount."), text=str(value))
    if value < 0:
        return _reason(QT_TRANSLATE_NOOP("ScrmError", "{text} is negative; a price cannot be."), text=str(value))
    if value != value.quantize(CENT):
        return _reason(QT_TRANSLATE_NOOP("ScrmError", "{text} has more than two decimals."), text=str(value))
    if value > MAX_AMOUNT:
        return _reason(QT_TRANSLATE_NOOP("ScrmError", "{text} is too large an amount."), text=str(value))
    return None


# --- tiers --------------------------------------------------------------------------------


def _tier_row(tier: PriceTier) -> TierRow:
    return TierRow(tier.id, tier.code, tier.name, tier.sort_order, tier.version)


def list_tiers(session: Session, actor: Actor) -> list[TierRow]:
    """Every tier, in the order the grid shows them."""
    del actor  # reading is allowed to everybody signed in
    tiers = session.scalars(select(PriceTier).order_by(PriceTier.sort_order, PriceTier.code))
    return [_tier_row(t) for t in tiers]


def _clean_code(code: str) -> str:
    cleaned = code.strip().upper()
    if not TIER_CODE_RE.match(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "“{code}” is not a tier code: use 1 to 20 letters A–Z, digits, “-” or “_”.",
            ),
            field="code",
            code=code,
        )
    return cleaned


def _clean_tier_name(session: Session, name: str, excluding: uuid.UUID | None = None) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The tier name must not be empty."), field="name")
    if len(cleaned) > MAX_TIER_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The tier name must not be longer than {n} characters."),
            field="name",
            n=MAX_TIER_NAME,
        )
    taken = select(PriceTier.id).where(PriceTier.name == cleaned)
    if excluding is not None:
        taken = taken.where(PriceTier.id != excluding)
    if session.scalar(taken) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "There is already a tier named {name}."), field="name", name=cleaned
        )
    return cleaned


def _get_tier(session: Session, tier_id: uuid.UUID) -> PriceTier:
    tier = session.get(PriceTier, tier_id)
    if tier is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The price tier no longer exists."))
    return tier


def create_tier(session: Session, actor: Actor, code: str, name: str) -> TierRow:
    """Add a tier after the last one. The code (``T1``) is fixed once created: files use it."""
    require(actor, Permission.EDIT_PRICES)
    cleaned_code = _clean_code(code)
    if session.scalar(select(PriceTier.id).where(PriceTier.code == cleaned_code)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "There is already a tier with the code {code}."),
            field="code",
            code=cleaned_code,
        )
    cleaned_name = _clean_tier_name(session, name)
    last = session.scalar(select(func.max(PriceTier.sort_order)))
    tier = PriceTier(code=cleaned_code, name=cleaned_name, sort_order=0 if last is None else last + 1)
    tier.updated_by_id = actor.user_id
    session.add(tier)
    session.flush()
    audit.record(
        session,
        actor,
        "price_tier.create",
        "price_tier",
        tier.id,
        after={"code": tier.code, "name": tier.name},
        summary=f"{tier.code} {tier.name}",
    )
    return _tier_row(tier)


def rename_tier(session: Session, actor: Actor, tier_id: uuid.UUID, name: str, *, expected_version: int) -> TierRow:
    require(actor, Permission.EDIT_PRICES)
    tier = _get_tier(session, tier_id)
    label = f"{tier.code} {tier.name}"
    check_version(session, tier, expected_version, label, actor)
    cleaned = _clean_tier_name(session, name, excluding=tier.id)
    if cleaned == tier.name:
        return _tier_row(tier)
    before = {"name": tier.name}
    with stale_guard(session, tier, label, actor):
        tier.name = cleaned
        tier.updated_by_id = actor.user_id
    audit.record(
        session,
        actor,
        "price_tier.rename",
        "price_tier",
        tier.id,
        before=before,
        after={"name": cleaned},
        summary=f"{tier.code} {cleaned}",
    )
    return _tier_row(tier)


def reorder_tiers(session: Session, actor: Actor, tier_ids: Sequence[uuid.UUID]) -> list[TierRow]:
    """Put the tiers in the order of ``tier_ids`` (which must name every tier exactly once)."""
    require(actor, Permission.EDIT_PRICES)
    tiers = {t.id: t for t in session.scalars(select(PriceTier))}
    if len(tier_ids) != len(tiers) or set(tier_ids) != set(tiers):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The tiers were changed by someone else. Reload and try again."),
            field="tiers",
        )
    before = [t.code for t in sorted(tiers.values(), key=lambda t: (t.sort_order, t.code))]
    for position, tier_id in enumerate(tier_ids):
        tier = tiers[tier_id]
        if tier.sort_order != position:
            tier.sort_order = position
            tier.updated_by_id = actor.user_id
    session.flush()
    after = [tiers[i].code for i in tier_ids]
    if after != before:
        audit.record(
            session,
            actor,
            "price_tier.reorder",
            "price_tier",
            "*",
            before={"order": before},
            after={"order": after},
            summary=" ".join(after),
        )
    return list_tiers(session, actor)


# --- prices in force ----------------------------------------------------------------------


def _in_force_query(book: str, on: dt.date, item_ids: Sequence[uuid.UUID] | None) -> Any:
    """The row of each (item, tier) on or before ``on`` with no later one on or before ``on``.

    An anti-join (NOT EXISTS) rather than a window function: on SQLite it is twice as fast (the
    window needs a temporary B-tree for its descending order) and PostgreSQL plans it as a hash
    anti-join. Raw column values come back unprocessed and are converted in ``prices_in_force``
    with caches, because most amounts, dates, items and tiers repeat.
    """
    later = aliased(Price)
    newer = (
        select(later.id)
        .where(
            later.book == Price.book,
            later.item_id == Price.item_id,
            later.tier_id == Price.tier_id,
            later.valid_from > Price.valid_from,
            later.valid_from <= literal(on, Date),
        )
        .exists()
    )
    stmt = select(
        type_coerce(Price.item_id, NullType),
        type_coerce(Price.tier_id, NullType),
        type_coerce(Price.amount, NullType),
        type_coerce(Price.valid_from, NullType),
        type_coerce(Price.id, NullType),
    ).where(Price.book == book, Price.valid_from <= literal(on, Date), ~newer)
    if item_ids is not None:
        stmt = stmt.where(Price.item_id.in_(item_ids))
    return stmt


def prices_in_force(
    session: Session,
    actor: Actor,
    *,
    book: str,
    on: dt.date,
    item_ids: Iterable[uuid.UUID] | None = None,
) -> dict[CellKey, PriceCell]:
    """The price in force on ``on`` in ``book`` for every cell that has one (missing cells are absent).

    One query (per chunk of ``item_ids`` when given and few): 20,000 items x 6 tiers (114,000
    cells) come back in about 0.8 s on SQLite and PostgreSQL (benchmarks/bench_pricing.py).
    """
    del actor  # reading prices is allowed to everybody signed in
    check_book(book)
    wanted: set[uuid.UUID] | None = None
    batches: list[Sequence[uuid.UUID] | None] = [None]
    if item_ids is not None:
        wanted = set(item_ids)
        if not wanted:
            return {}
        if len(wanted) <= ITEM_FILTER_LIMIT:
            batches = list(_chunks(sorted(wanted), IN_CHUNK))
            wanted = None
    conn = session.connection()
    dialect = conn.dialect
    money = Money()
    ids: dict[Any, uuid.UUID] = {}  # driver value → UUID: items and tiers repeat a lot
    amounts: dict[Any, Decimal] = {}
    dates: dict[Any, dt.date] = {}
    found: dict[CellKey, PriceCell] = {}
    cell_type = PriceCell
    with collector_paused():
        for batch in batches:
            for item_raw, tier_raw, amount_raw, date_raw, price_raw in conn.execute(_in_force_query(book, on, batch)):
                item_id = ids.get(item_raw)
                if item_id is None:
                    item_id = ids[item_raw] = _uuid(item_raw)
                if wanted is not None and item_id not in wanted:
                    continue
                tier_id = ids.get(tier_raw)
                if tier_id is None:
                    tier_id = ids[tier_raw] = _uuid(tier_raw)
                amount = amounts.get(amount_raw)
                if amount is None:
                    amount = amounts[amount_raw] = cast(Decimal, money.process_result_value(amount_raw, dialect))
                valid_from = dates.get(date_raw)
                if valid_from is None:
                    valid_from = dates[date_raw] = _date(date_raw)
                found[(item_id, tier_id)] = cell_type(amount, valid_from, price_raw)
    return found


def price_history(
    session: Session, actor: Actor, *, book: str, item_id: uuid.UUID, tier_id: uuid.UUID
) -> list[PriceVersion]:
    """Every version of one cell's price, the latest effective date first."""
    del actor
    check_book(book)
    rows = session.execute(
        select(Price.id, Price.valid_from, Price.amount, Price.created_at, User.display_name)
        .outerjoin(User, User.id == Price.created_by_id)
        .where(Price.book == book, Price.item_id == item_id, Price.tier_id == tier_id)
        .order_by(Price.valid_from)
    ).all()
    versions: list[PriceVersion] = []
    previous: Decimal | None = None
    for price_id, valid_from, amount, created_at, author in rows:
        versions.append(PriceVersion(price_id, valid_from, amount, previous, created_at, author or "—"))
        previous = amount
    versions.reverse()
    return versions


# --- saving -------------------------------------------------------------------------------


def _codes(session: Session, model: Any, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    found: dict[uuid.UUID, str] = {}
    for batch in _chunks(ids, IN_CHUNK):
        found.update(
            (row[0], row[1]) for row in session.execute(select(model.id, model.code).where(model.id.in_(batch)))
        )
    return found


@dataclass(slots=True)
class _Plan:
    rows: list[dict[str, Any]]
    drop: list[uuid.UUID]
    replaced: list[dict[str, str]]
    unchanged: int
    dropped: list[CellKey]  # the cells of ``drop``


def _plan(
    session: Session,
    actor: Actor,
    book: str,
    effective: dt.date,
    changes: Mapping[CellKey, Decimal | None],
) -> _Plan:
    """Check every cell and work out the rows to add and drop; raise listing every bad cell."""
    item_codes = _codes(session, CatalogItem, sorted({k[0] for k in changes}))
    tier_codes = _codes(session, PriceTier, sorted({k[1] for k in changes}))
    current = prices_in_force(session, actor, book=book, on=effective, item_ids=list(item_codes))
    planned_only = effective > business_today(actor)
    problems: list[CellProblem] = []
    plan = _Plan([], [], [], 0, [])
    now = utcnow()
    for (item_id, tier_id), new_value in changes.items():
        value = new_value
        item_code, tier_code = item_codes.get(item_id), tier_codes.get(tier_id)
        if item_code is None or tier_code is None:
            problems.append(
                CellProblem(
                    item_code or str(item_id),
                    tier_code or str(tier_id),
                    _reason(QT_TRANSLATE_NOOP("ScrmError", "the item or the tier no longer exists.")),
                )
            )
            continue
        if value is not None:
            bad = amount_problem(value)
            if bad is not None:
                problems.append(CellProblem(item_code, tier_code, bad))
                continue
            value = value.quantize(CENT)
        cell = current.get((item_id, tier_id))
        on_date = cell is not None and cell.valid_from == effective
        if (cell is None and value is None) or (cell is not None and cell.amount == value):
            plan.unchanged += 1
            continue
        if on_date and not planned_only:
            problems.append(
                CellProblem(
                    item_code,
                    tier_code,
                    _reason(
                        QT_TRANSLATE_NOOP(
                            "ScrmError",
                            "a price effective from {date} exists already and is in force; "
                            "prices in force are never rewritten, save from a later date.",
                        ),
                        date=effective.isoformat(),
                    ),
                )
            )
            continue
        if value is None and not on_date:
            problems.append(
                CellProblem(
                    item_code,
                    tier_code,
                    _reason(
                        QT_TRANSLATE_NOOP(
                            "ScrmError", "a price in force cannot be removed, only replaced by a new price."
                        )
                    ),
                )
            )
            continue
        if on_date:
            assert cell is not None
            plan.drop.append(cell.price_id)
            plan.dropped.append((item_id, tier_id))
            plan.replaced.append(
                {"item": item_code, "tier": tier_code, "amount": str(cell.amount), "new": str(value or "")}
            )
        if value is not None:
            plan.rows.append(
                {
                    "id": new_id(),
                    "book": book,
                    "item_id": item_id,
                    "tier_id": tier_id,
                    "valid_from": effective,
                    "amount": value,
                    "created_by_id": actor.user_id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    if problems:
        problems.sort(key=lambda p: (p.item_code, p.tier_code))
        raise PriceCellsError(problems)
    return plan


def planned_prices(
    session: Session,
    actor: Actor,
    *,
    book: str,
    effective: dt.date,
    changes: Mapping[CellKey, Decimal | None],
) -> dict[CellKey, Decimal | None]:
    """What ``save_prices`` would write for ``changes``, checked by the same rules, without writing.

    Each cell a save would change maps to its new amount from ``effective``, or to None when the
    price planned on that date would only be dropped; cells equal to the price in force are left
    out. Raises ``PriceCellsError`` exactly when ``save_prices`` would. No permission check: a
    preview is for whoever may read prices, the caller decides.
    """
    plan = _plan(session, actor, check_book(book), effective, changes)
    found: dict[CellKey, Decimal | None] = dict.fromkeys(plan.dropped)
    found.update(((row["item_id"], row["tier_id"]), row["amount"]) for row in plan.rows)
    return found


def save_prices(
    session: Session,
    actor: Actor,
    *,
    book: str,
    effective: dt.date,
    changes: Mapping[CellKey, Decimal | None],
    progress: Progress | None = None,
) -> SaveResult:
    """Save the grid's changed cells as new price versions effective from ``effective``.

    Every cell is checked first (see the module docstring for the rules); when any is bad, a
    ``PriceCellsError`` lists all of them and nothing is written. Then the rows go in with bulk
    Core INSERTs in the caller's transaction, with one audit entry for the whole save.
    """
    require(actor, Permission.EDIT_PRICES)
    check_book(book)
    report: Callable[[int, int | None, str | None], None] = progress.update if progress is not None else _ignore
    report(0, len(changes) + 1, None)
    plan = _plan(session, actor, book, effective, changes)
    report(1, None, None)
    table = cast(Table, Price.__table__)
    try:
        for batch in _chunks(plan.drop, IN_CHUNK):
            session.execute(delete(table).where(table.c.id.in_(batch)))
        for start, batch in zip(range(0, len(plan.rows), INSERT_CHUNK), _chunks(plan.rows, INSERT_CHUNK), strict=True):
            session.execute(insert(table), batch)
            report(1 + start + len(batch), None, None)
        session.flush()
    except IntegrityError:
        # A concurrent save added a row on the same date after the checks above; the caller's
        # transaction rolls back with this error.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "Someone else saved prices effective from {date} at the same time; nothing was saved. "
                "Reload and try again.",
            ),
            date=effective.isoformat(),
        ) from None
    if plan.rows or plan.drop:
        audit.record(
            session,
            actor,
            "prices.save",
            "price_book",
            book,
            after={
                "book": book,
                "effective": effective.isoformat(),
                "count": len(plan.rows),
                "replaced": plan.replaced,
            },
            summary=f"{len(plan.rows)} {book} prices from {effective.isoformat()}",
        )
    report(len(changes) + 1, None, None)
    return SaveResult(book, effective, len(plan.rows), len(plan.replaced), plan.unchanged)


def _ignore(_done: int, _total: int | None = None, _text: str | None = None) -> None:
    return None


# --- bulk insert for demo data and imports -------------------------------------------------


def insert_price_rows(session: Session, actor: Actor, rows: Iterable[tuple[str, CellKey, dt.date, Decimal]]) -> int:
    """Insert ``(book, (item, tier), valid_from, amount)`` rows as they are (demo data).

    No permission check, no audit entry and no history rules: the caller does those.
    """
    table = cast(Table, Price.__table__)
    now = utcnow()
    batch: list[dict[str, Any]] = []
    count = 0
    for book, (item_id, tier_id), valid_from, amount in rows:
        batch.append(
            {
                "id": new_id(),
                "book": book,
                "item_id": item_id,
                "tier_id": tier_id,
                "valid_from": valid_from,
                "amount": amount,
                "created_by_id": actor.user_id,
                "created_at": now,
                "updated_at": now,
            }
        )
        if len(batch) >= INSERT_CHUNK:
            session.execute(insert(table), batch)
            count += len(batch)
            batch = []
    if batch:
        session.execute(insert(table), batch)
        count += len(batch)
    return count
