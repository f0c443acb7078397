"""Customers: the list, create/edit with address parsing, owner rules, re-assignment and dashboard figures.

Who may do what:

- reading customers needs ``Permission.MANAGE_CUSTOMERS`` or ``Permission.VIEW_PII`` (finance
  looks customers up for statements); writing needs ``MANAGE_CUSTOMERS``;
- owner rules and re-assignment need ``Permission.MANAGE_OWNER_RULES`` (administrators);
- an actor with a region scope sees, edits, imports and counts only customers whose region lies
  inside that scope; customers without a region are visible to unscoped actors only. Every query
  here filters in SQL with the same prefix test ``Actor.in_scope`` uses, and every write checks
  the old and the new region;
- phone numbers are masked (``138****1234``) for actors without ``Permission.VIEW_PII``.

A customer's owner is chosen by the scoped-rule resolver (``services/scoping.py``) from the
active ``CustomerOwnerRule`` rows when the customer is created or imported. Later rule changes move
nobody until an administrator looks at ``preview_reassignment`` and confirms it with
``apply_reassignment``.

The import wizard's functions live in ``services/customer_import.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    String,
    Table,
    Text,
    and_,
    false,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scrm_desktop.models import Customer, CustomerOwnerRule, RegionGroup, RegionGroupMember, User
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, StaleWriteError, ValidationError
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.permissions import Actor, Permission, region_prefix, require, require_region
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.regions import RegionIndex, group_members, parse_address, region_index
from scrm_desktop.services.rule_scope import ScopeFields, apply_scope, clean_scope, scope_of
from scrm_desktop.services.scoping import Context, Resolution, Resolver, Rule, check_no_conflicts, rule_from_row

CHANNELS = ("wecom", "douyin", "taobao")
MAX_NAME = 100
MAX_ADDRESS = 300
MAX_NOTES = 500
MAX_PHONE = 40
MAX_TAGS = 20
MAX_TAG = 30
MAX_CHANNEL_ID = 100
MAX_POOL = 50
INSERT_CHUNK = 5000
UPDATE_CHUNK = 500
AUDITED_FIELDS = (
    "name",
    "phone",
    "address",
    "province_code",
    "city_code",
    "district_code",
    "region_code",
    "owner_user_id",
    "owner_pool",
    "tags",
    "channel_ids",
    "notes",
)
RULE_AUDITED_FIELDS = (
    "name",
    "region_code",
    "region_group_id",
    "owner_user_id",
    "owner_pool",
    "priority",
    "valid_from",
    "valid_to",
    "is_active",
)
TAG_SEPARATORS = re.compile(r"[,，;；、|\n]+")
PHONE_CHARS = re.compile(r"^\+?[0-9(][0-9\-() ]*$")
DIGITS = "0123456789"


# --- phone numbers ----------------------------------------------------------------------------


def _visible_head(digits: str) -> int:
    """How many leading digits stay visible: 3 of a mobile, the area code of a landline."""
    if digits.startswith("86") and len(digits) == 13 and digits[2] == "1":
        return 5  # 86 + 138…
    if digits.startswith("0"):
        return 3 if digits[1:2] in {"1", "2"} else 4  # 010/02x have 3-digit area codes, the rest 4
    return 3


def mask_phone(phone: str) -> str:
    """Hide the middle digits of a phone number: ``13812341234`` → ``138****1234``.

    Landlines keep their area code (``020-38886688`` → ``020-****6688``). Only ASCII digits are
    replaced, so the text keeps its length, its separators and its last four digits; at least three
    digits are hidden whenever the number has seven or more.
    """
    if len(phone) == 11 and phone.isascii() and phone.isdigit() and phone[0] == "1":
        # The common case, a plain mobile number: same result as below, without the bookkeeping
        # (lists of 100,000 customers mask every phone).
        return f"{phone[:3]}****{phone[7:]}"
    positions = [i for i, ch in enumerate(phone) if ch in DIGITS]
    n = len(positions)
    tail = min(4, n)
    head = _visible_head("".join(phone[i] for i in positions))
    if n - head - tail < 3:
        head = max(0, n - tail - 4)
    hidden = positions[head : n - tail]
    if not hidden:
        return phone
    chars = list(phone)
    for i in hidden:
        chars[i] = "*"
    return "".join(chars)


def phone_digits(phone: str) -> str:
    """The digits that identify a number, for duplicate checks and search (``+86`` removed)."""
    digits = "".join(ch for ch in phone if ch in DIGITS)
    stripped = phone.lstrip()
    if stripped.startswith(("+86", "0086")):
        rest = digits[4:] if stripped.startswith("0086") else digits[2:]
        return rest if rest.startswith("1") else "0" + rest.lstrip("0")
    if len(digits) == 13 and digits.startswith("861"):
        return digits[2:]
    return digits


def clean_phone(raw: str, *, field_name: str = "phone", row: int | None = None) -> tuple[str, str]:
    """``(phone as shown, digits)`` of a typed or imported number; ``("", "")`` for none.

    Accepts mobiles (11 digits starting with 1), landlines with area code (and an extension),
    400/800 numbers and 7–8 digit local numbers, with spaces, dashes, brackets and ``+86``.
    """
    phone = " ".join(raw.split())
    if not phone:
        return "", ""
    if "*" in phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The phone number {phone} is masked; enter the full number."),
            field=field_name,
            row=row,
            phone=phone,
        )
    if len(phone) > MAX_PHONE or not PHONE_CHARS.match(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{phone}” is not a phone number."), field=field_name, row=row, phone=phone
        )
    digits = phone_digits(phone)
    valid = (
        (digits.startswith("1") and len(digits) == 11 and digits[1] in "3456789")
        or (digits.startswith("0") and 10 <= len(digits) <= 16)
        or (digits.startswith(("400", "800")) and len(digits) == 10)
        or (digits[:1] not in {"0", "1"} and 7 <= len(digits) <= 8)
    )
    if not valid:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "“{phone}” is not a phone number: a mobile has 11 digits, a landline starts with its area code.",
            ),
            field=field_name,
            row=row,
            phone=phone,
        )
    return phone, digits


# --- small value cleaners (shared with the import) -------------------------------------------


def clean_name(raw: str, *, row: int | None = None) -> str:
    name = " ".join(raw.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The name must not be empty."), field="name", row=row)
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The name must not be longer than {n} characters."),
            field="name",
            row=row,
            n=MAX_NAME,
        )
    return name


_TOO_LONG = {
    "address": QT_TRANSLATE_NOOP("ScrmError", "The address must not be longer than {n} characters."),
    "notes": QT_TRANSLATE_NOOP("ScrmError", "The notes must not be longer than {n} characters."),
}


def clean_text(raw: str, field_name: str, limit: int, *, row: int | None = None) -> str:
    """Whitespace collapsed; refused when longer than ``limit`` (``field_name``: address or notes)."""
    text = " ".join(raw.split())
    if len(text) > limit:
        raise ValidationError(_TOO_LONG[field_name], field=field_name, row=row, n=limit)
    return text


def clean_tags(tags: str | Iterable[str], *, row: int | None = None) -> list[str]:
    """Unique, non-empty tags in their first order; a string is split at , ， ; ； 、 |."""
    raw = TAG_SEPARATORS.split(tags) if isinstance(tags, str) else [p for t in tags for p in TAG_SEPARATORS.split(t)]
    cleaned: list[str] = []
    for item in raw:
        tag = " ".join(item.split())
        if not tag or tag in cleaned:
            continue
        if len(tag) > MAX_TAG:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "The tag “{tag}” is longer than {n} characters."),
                field="tags",
                row=row,
                tag=tag,
                n=MAX_TAG,
            )
        cleaned.append(tag)
    if len(cleaned) > MAX_TAGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "A customer can have at most {n} tags."), field="tags", row=row, n=MAX_TAGS
        )
    return cleaned


def clean_channel_ids(channel_ids: Mapping[str, str] | None, *, row: int | None = None) -> dict[str, str]:
    """``{"wecom"|"douyin"|"taobao": id}`` with empty ids dropped; other keys are refused."""
    cleaned: dict[str, str] = {}
    for key, value in (channel_ids or {}).items():
        if key not in CHANNELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{channel}” is not a channel; use one of {channels}."),
                field="channel_ids",
                row=row,
                channel=key,
                channels=", ".join(CHANNELS),
            )
        text = "".join(str(value).split())
        if len(text) > MAX_CHANNEL_ID:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "The {channel} id must not be longer than {n} characters."),
                field=key,
                row=row,
                channel=key,
                n=MAX_CHANNEL_ID,
            )
        if text:
            cleaned[key] = text
    return {key: cleaned[key] for key in CHANNELS if key in cleaned}


# --- regions of an address ------------------------------------------------------------------


@dataclass(frozen=True)
class RegionChoice:
    """A region the user can pick: its code and ``广东省 / 深圳市 / 南山区``."""

    code: str
    path: str


@dataclass(frozen=True)
class AddressRegions:
    """What an address says about its region, for the edit dialog's pickers.

    ``candidates`` is non-empty when the address is ambiguous (a bare 朝阳区): the dialog asks
    which one, and the codes are then None.
    """

    province_code: str | None
    city_code: str | None
    district_code: str | None
    rest: str
    candidates: tuple[RegionChoice, ...]

    @property
    def region_code(self) -> str | None:
        return self.district_code or self.city_code or self.province_code

    @property
    def ambiguous(self) -> bool:
        return bool(self.candidates)


def region_levels(index: RegionIndex, code: str | None) -> tuple[str | None, str | None, str | None]:
    """``(province, city, district)`` codes on the path to ``code`` (None where the path has none)."""
    found: dict[int, str] = {}
    if code:
        for ancestor in index.ancestors(code):
            level = index.level(ancestor)
            if level is not None:
                found.setdefault(level, ancestor)
    return found.get(1), found.get(2), found.get(3)


def suggest_regions(address: str) -> AddressRegions:
    """Parse ``address`` into region codes (live, while the user types)."""
    index = region_index()
    parsed = parse_address(address)
    candidates = tuple(RegionChoice(c, index.path_name(c)) for c in parsed.candidates)
    if candidates:
        return AddressRegions(None, None, None, parsed.rest, candidates)
    province, city, district = region_levels(index, parsed.region_code)
    return AddressRegions(province, city, district, parsed.rest, ())


def _ambiguous_error(address: str, candidates: Sequence[RegionChoice], row: int | None = None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "The address “{address}” fits several regions: {candidates}. Choose one."),
        field="address",
        row=row,
        address=address,
        candidates="; ".join(f"{c.path} ({c.code})" for c in candidates),
    )


def _unknown_region(code: str, field_name: str = "region_code", row: int | None = None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a region code."), field=field_name, row=row, code=code
    )


def _regions_for(
    index: RegionIndex, address: str, region_code: str | None
) -> tuple[str | None, str | None, str | None, str | None]:
    """``(province, city, district, most specific)`` from an explicit choice or from the address."""
    if region_code is not None:
        code = region_code.strip()
        if index.get(code) is None:
            raise _unknown_region(code)
    else:
        found = suggest_regions(address)
        if found.ambiguous:
            raise _ambiguous_error(address, found.candidates)
        code = found.region_code or ""
    if not code:
        return None, None, None, None
    province, city, district = region_levels(index, code)
    return province, city, district, code


# --- scope filters ------------------------------------------------------------------------


def _scope_clause(actor: Actor) -> ColumnElement[bool] | None:
    """The SQL twin of ``Actor.in_scope`` on ``customers.region_code`` (None: no restriction)."""
    if not actor.region_scope:
        return None
    return or_(*(Customer.region_code.like(region_prefix(code) + "%") for code in sorted(actor.region_scope)))


def _subtree_clause(region_code: str) -> ColumnElement[bool]:
    return Customer.region_code.like(region_prefix(region_code) + "%")


def _require_read(actor: Actor) -> None:
    if not (actor.can(Permission.MANAGE_CUSTOMERS) or actor.can(Permission.VIEW_PII)):
        require(actor, Permission.MANAGE_CUSTOMERS)


def business_date(actor: Actor) -> dt.date:
    """Today in the actor's time zone: the date owner rules are resolved on."""
    return dt.datetime.now(ZoneInfo(actor.timezone)).date()


# --- rows ---------------------------------------------------------------------------------


@dataclass(slots=True)
class CustomerRow:
    """One customer as the list, the dialogs and the export show it.

    ``phone`` is masked unless the actor may view personal data (``phone_masked`` says which).
    ``owner_label`` is the owner's display name, the pool name, or "" when nobody owns the
    customer. ``region_path`` is ``广东省 / 深圳市 / 南山区`` ("" without a region).
    """

    id: uuid.UUID
    name: str
    phone: str
    phone_masked: bool
    address: str
    province_code: str | None
    city_code: str | None
    district_code: str | None
    region_code: str | None
    region_path: str
    owner_user_id: uuid.UUID | None
    owner_name: str
    owner_pool: str | None
    tags: tuple[str, ...]
    channel_ids: dict[str, str]
    notes: str
    version: int

    @property
    def owner_label(self) -> str:
        return self.owner_name or self.owner_pool or ""


# Raw columns: ids and JSON come back as the driver gives them (SQLite: hex text and JSON text;
# PostgreSQL: UUID objects and, through the cast, JSON text) and are converted with caches below,
# which is several times faster for 100,000 rows than SQLAlchemy's per-value processing.
_ROW_COLUMNS = (
    type_coerce(Customer.id, String),
    Customer.name,
    Customer.phone,
    Customer.address,
    Customer.province_code,
    Customer.city_code,
    Customer.district_code,
    Customer.region_code,
    type_coerce(Customer.owner_user_id, String),
    Customer.owner_pool,
    sa_cast(Customer.tags, Text),
    sa_cast(Customer.channel_ids, Text),
    Customer.notes,
    Customer.version,
)


def user_names(session: Session) -> dict[uuid.UUID, str]:
    """Display name of every user, by id (one query)."""
    return dict(session.execute(select(User.id, User.display_name)).all())


def _as_uuid(value: Any) -> uuid.UUID:
    """A UUID from what the driver returned: already one (PostgreSQL), or 32 hex digits (SQLite)."""
    if isinstance(value, uuid.UUID):
        return value
    # What ``uuid.UUID._from_int`` does in Python 3.14: skip the string clean-up of UUID(text),
    # which is half the cost of a 100,000-row list. The hex comes from our own Uuid column.
    found = _new_object(uuid.UUID)
    _set_attribute(found, "int", int(value, 16))
    _set_attribute(found, "is_safe", uuid.SafeUUID.unknown)
    return found


_new_object = object.__new__
_set_attribute = object.__setattr__


class _RowBuilder:
    """Turns selected column tuples into ``CustomerRow``s, caching what repeats across rows
    (region paths, owners, tag lists), so a list of 100,000 customers builds in well under a second."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.index = region_index()
        self.names = user_names(session)
        self.show_phone = actor.can(Permission.VIEW_PII)
        self.paths: dict[str | None, str] = {None: ""}
        self.owners: dict[Any, tuple[uuid.UUID | None, str]] = {None: (None, "")}
        self.tags: dict[Any, tuple[str, ...]] = {None: (), "[]": ()}

    def path(self, code: str | None) -> str:
        found = self.paths.get(code)
        if found is None:
            found = self.paths[code] = self.index.path_name(code) if code else ""
        return found

    def owner(self, value: Any) -> tuple[uuid.UUID | None, str]:
        found = self.owners.get(value)
        if found is None:
            uid = _as_uuid(value)
            found = self.owners[value] = (uid, self.names.get(uid, ""))
        return found

    def tag_tuple(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, str):  # an ORM object's list
            return tuple(value or ())
        found = self.tags.get(value)
        if found is None:
            found = self.tags[value] = tuple(json.loads(value))
        return found

    @staticmethod
    def channel_dict(value: Any) -> dict[str, str]:
        if not isinstance(value, str):  # an ORM object's dict
            return dict(value or {})
        return {} if value == "{}" else cast(dict[str, str], json.loads(value))

    def build_all(self, rows: Iterable[Sequence[Any]]) -> list[CustomerRow]:
        """``build`` for many raw rows, with the caches inlined (this loop is the list's hot path)."""
        out: list[CustomerRow] = []
        append = out.append
        paths, owners, tags = self.paths, self.owners, self.tags
        show = self.show_phone
        uuid_type = uuid.UUID
        as_uuid = _as_uuid
        row_type = CustomerRow
        for cid, name, phone, address, province, city, district, code, owner, pool, tag_text, chan, notes, ver in rows:
            path = paths.get(code)
            if path is None:
                path = self.path(code)
            owned = owners.get(owner)
            if owned is None:
                owned = self.owner(owner)
            tag_tuple = tags.get(tag_text)
            if tag_tuple is None:
                tag_tuple = self.tag_tuple(tag_text)
            append(
                row_type(
                    cid if cid.__class__ is uuid_type else as_uuid(cid),
                    name,
                    phone if show else mask_phone(phone),
                    not show,
                    address,
                    province,
                    city,
                    district,
                    code,
                    path,
                    owned[0],
                    owned[1],
                    pool,
                    tag_tuple,
                    {} if chan == "{}" else self.channel_dict(chan),
                    notes,
                    ver,
                )
            )
        return out

    def build(self, r: Sequence[Any]) -> CustomerRow:
        phone: str = r[2]
        code: str | None = r[7]
        paths = self.paths
        region_path = paths[code] if code in paths else self.path(code)
        owner_id, owner_name = self.owner(r[8])
        return CustomerRow(
            _as_uuid(r[0]),
            r[1],
            phone if self.show_phone else mask_phone(phone),
            not self.show_phone,
            r[3],
            r[4],
            r[5],
            r[6],
            code,
            region_path,
            owner_id,
            owner_name,
            r[9],
            self.tag_tuple(r[10]),
            self.channel_dict(r[11]),
            r[12],
            r[13],
        )


def _text_clause(actor: Actor, text: str) -> ColumnElement[bool]:
    """Name or address contains the text, or the phone matches its digits.

    Without the view-PII permission a phone matches only as the whole number or by its visible
    last digits, so searching cannot uncover the hidden middle of a masked number.
    """
    clauses: list[ColumnElement[bool]] = [
        Customer.name.icontains(text, autoescape=True),
        Customer.address.icontains(text, autoescape=True),
    ]
    digits = "".join(ch for ch in text if ch in DIGITS)
    if digits and len(digits) >= len(text.replace(" ", "").replace("-", "")) - 1:
        if actor.can(Permission.VIEW_PII):
            clauses.append(Customer.phone_digits.contains(digits, autoescape=True))
        elif len(digits) <= 4:
            clauses.append(Customer.phone_digits.endswith(digits, autoescape=True))
        else:
            clauses.append(Customer.phone_digits == phone_digits(text))
    return or_(*clauses)


def owner_key(user_id: uuid.UUID | None, pool: str | None) -> str:
    """A stable text key for an owner: ``user:<uuid>``, ``pool:<name>`` or "" (nobody)."""
    if user_id is not None:
        return f"user:{user_id}"
    if pool:
        return f"pool:{pool}"
    return ""


def _owner_clause(key: str) -> ColumnElement[bool]:
    if key.startswith("user:"):
        try:
            return Customer.owner_user_id == uuid.UUID(key[5:])
        except ValueError:
            return false()
    if key.startswith("pool:"):
        return and_(Customer.owner_user_id.is_(None), Customer.owner_pool == key[5:])
    return and_(Customer.owner_user_id.is_(None), Customer.owner_pool.is_(None))


def _group_clause(session: Session, group_id: uuid.UUID) -> ColumnElement[bool]:
    codes = list(session.scalars(select(RegionGroupMember.region_code).where(RegionGroupMember.group_id == group_id)))
    if not codes:
        return false()
    return or_(Customer.province_code.in_(codes), Customer.city_code.in_(codes), Customer.district_code.in_(codes))


def list_customers(
    session: Session,
    actor: Actor,
    *,
    region_code: str | None = None,
    region_group_id: uuid.UUID | None = None,
    owner: str | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> list[CustomerRow]:
    """The customers the actor may see, oldest first.

    Args:
        region_code: only customers in this region or below it (the region tree's selection).
        region_group_id: only customers in a region of this group (a dashboard bar).
        owner: only customers of this owner, as ``owner_key`` spells it ("" = no owner).
        text: name or address contains it, or the phone matches (see ``_text_clause``).
        limit: at most this many rows.

    Built from one column query plus one query of user names, with region paths from the
    in-memory region index: 100,000 rows load in about a second (benchmarks/bench_customers.py).
    """
    _require_read(actor)
    stmt = select(*_ROW_COLUMNS).order_by(Customer.id)
    scope = _scope_clause(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    if region_code:
        stmt = stmt.where(_subtree_clause(region_code.strip()))
    if region_group_id is not None:
        stmt = stmt.where(_group_clause(session, region_group_id))
    if owner is not None:
        stmt = stmt.where(_owner_clause(owner))
    if text and text.strip():
        stmt = stmt.where(_text_clause(actor, text.strip()))
    if limit is not None:
        stmt = stmt.limit(limit)
    builder = _RowBuilder(session, actor)
    with collector_paused():
        return builder.build_all(session.connection().execute(stmt).all())


def _visible_customer(session: Session, actor: Actor, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or not actor.in_scope(customer.region_code):
        # Out of scope looks the same as missing: a branch does not learn of other branches' customers.
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The customer no longer exists."))
    return customer


_ROW_ATTRIBUTES = (
    "id",
    "name",
    "phone",
    "address",
    "province_code",
    "city_code",
    "district_code",
    "region_code",
    "owner_user_id",
    "owner_pool",
    "tags",
    "channel_ids",
    "notes",
    "version",
)


def _row_of(session: Session, actor: Actor, customer: Customer) -> CustomerRow:
    return _RowBuilder(session, actor).build(tuple(getattr(customer, name) for name in _ROW_ATTRIBUTES))


def get_customer(session: Session, actor: Actor, customer_id: uuid.UUID) -> CustomerRow:
    """One customer for the edit dialog (phone masked as in the list)."""
    _require_read(actor)
    return _row_of(session, actor, _visible_customer(session, actor, customer_id))


# --- owners -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """The outcome of an owner rule: a user, or a pool (公海/区域池); both None = unassigned."""

    user_id: uuid.UUID | None
    pool: str | None

    @property
    def key(self) -> str:
        return owner_key(self.user_id, self.pool)


NOBODY = Owner(None, None)


def _owner_rule(row: CustomerOwnerRule) -> Rule[Owner]:
    return rule_from_row(row, Owner(row.owner_user_id, row.owner_pool))


def _active_rules(session: Session, *, excluding: uuid.UUID | None = None) -> list[Rule[Owner]]:
    stmt = select(CustomerOwnerRule).where(CustomerOwnerRule.is_active.is_(True)).order_by(CustomerOwnerRule.id)
    return [_owner_rule(r) for r in session.scalars(stmt) if r.id != excluding]


def owner_resolver(session: Session) -> Resolver[Owner]:
    """A resolver over the active owner rules, the region index and the region groups (built once).

    Resolving needs no further queries, so a caller assigning many customers builds it once.
    """
    return Resolver(_active_rules(session), region_index(), group_members(session))


class OwnerAssigner:
    """Resolves owners for many customers, once per distinct region code."""

    def __init__(self, resolver: Resolver[Owner], on: dt.date) -> None:
        self.resolver = resolver
        self.on = on
        self._memo: dict[str | None, tuple[Owner, uuid.UUID | None]] = {}

    def __call__(self, region_code: str | None) -> tuple[Owner, uuid.UUID | None]:
        """``(owner, id of the winning rule)``; ``(NOBODY, None)`` when no rule matches."""
        found = self._memo.get(region_code)
        if found is None:
            winner = self.resolver.resolve_winner(_owner_context(region_code, self.on))
            found = (winner.outcome, winner.id) if winner is not None else (NOBODY, None)
            self._memo[region_code] = found
        return found


def _owner_context(region_code: str | None, on: dt.date) -> Context:
    return Context(region_code=region_code, on=on)


def explain_owner(
    session: Session, actor: Actor, region_code: str | None, on: dt.date | None = None
) -> Resolution[Owner]:
    """The resolver's full trace for a customer in ``region_code`` on ``on`` (default: today).

    Says which owner rule wins and why every other rule lost or did not match.
    """
    _require_read(actor)
    return owner_resolver(session).resolve(_owner_context(region_code, on or business_date(actor)))


# --- create and update ----------------------------------------------------------------------


def _label(customer: Customer) -> str:
    return customer.name


def _check_duplicate_phone(
    session: Session, actor: Actor, digits: str, *, excluding: uuid.UUID | None = None, row: int | None = None
) -> None:
    if not digits:
        return
    stmt = select(Customer.name, Customer.region_code).where(Customer.phone_digits == digits)
    if excluding is not None:
        stmt = stmt.where(Customer.id != excluding)
    found = session.execute(stmt.limit(1)).first()
    if found is None:
        return
    raise duplicate_phone_error(actor, found[0], found[1], row=row)


@contextmanager
def _phone_numbers_stay_unique() -> Iterator[None]:
    """Turn the database's refusal of a second customer with the same phone into a clear error.

    The service checks before writing (and names the customer who has the number); this is for
    the race where two users save the same number at the same moment.
    """
    try:
        yield
    except IntegrityError as exc:
        if "phone_digits" not in str(exc.orig):
            raise
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "Someone else just saved a customer with this phone number. Reload and try again."
            ),
            field="phone",
        ) from None


def duplicate_phone_error(
    actor: Actor, existing_name: str, existing_region: str | None, *, row: int | None = None
) -> ValidationError:
    """Name the customer who has the number, unless that customer is outside the actor's regions."""
    if actor.in_scope(existing_region):
        return ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The customer {customer} already has this phone number."),
            field="phone",
            row=row,
            customer=existing_name,
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "A customer outside your regions already has this phone number."),
        field="phone",
        row=row,
    )


def create_customer(
    session: Session,
    actor: Actor,
    *,
    name: str,
    phone: str = "",
    address: str = "",
    region_code: str | None = None,
    tags: str | Iterable[str] = (),
    channel_ids: Mapping[str, str] | None = None,
    notes: str = "",
) -> CustomerRow:
    """Create a customer; its owner is chosen by the owner rules.

    Args:
        region_code: the region the user chose (any level); None parses it from ``address``.
            An ambiguous address without a choice is refused (field "address", naming the
            candidates): ask the user and pass the chosen code.
        tags: tags, or one string of tags separated by commas.
        channel_ids: ids keyed by "wecom", "douyin", "taobao".

    Raises:
        ValidationError: bad input, an ambiguous address, or a phone number another customer has.
        PermissionDenied: no permission, or the region is outside the actor's regions.
    """
    require(actor, Permission.MANAGE_CUSTOMERS)
    index = region_index()
    name = clean_name(name)
    shown_phone, digits = clean_phone(phone)
    address = clean_text(address, "address", MAX_ADDRESS)
    province, city, district, code = _regions_for(index, address, region_code)
    require_region(actor, code)
    cleaned_tags = clean_tags(tags)
    channels = clean_channel_ids(channel_ids)
    notes = clean_text(notes, "notes", MAX_NOTES)
    _check_duplicate_phone(session, actor, digits)
    owner, rule_id = OwnerAssigner(owner_resolver(session), business_date(actor))(code)
    customer = Customer(
        name=name,
        phone=shown_phone,
        phone_digits=digits,
        address=address,
        province_code=province,
        city_code=city,
        district_code=district,
        region_code=code,
        owner_user_id=owner.user_id,
        owner_pool=owner.pool,
        owner_rule_id=rule_id,
        tags=cleaned_tags,
        channel_ids=channels,
        notes=notes,
        updated_by_id=actor.user_id,
    )
    session.add(customer)
    with _phone_numbers_stay_unique():
        session.flush()
    audit.record(
        session,
        actor,
        "customer.create",
        "customer",
        customer.id,
        after=audit.snapshot(customer, AUDITED_FIELDS),
        summary=name,
    )
    return _row_of(session, actor, customer)


def update_customer(
    session: Session,
    actor: Actor,
    customer_id: uuid.UUID,
    *,
    expected_version: int,
    name: str,
    phone: str | None = None,
    address: str,
    region_code: str | None = None,
    tags: str | Iterable[str] = (),
    channel_ids: Mapping[str, str] | None = None,
    notes: str = "",
) -> CustomerRow:
    """Save the edit dialog. The owner is kept (owners move only through re-assignment).

    Args:
        phone: None, or the masked number the dialog showed, keeps the stored number.
        region_code: the region the user chose; None keeps the stored region when the address
            did not change, and parses the new address otherwise (ambiguous → refused).

    Raises:
        StaleWriteError: someone saved the customer after ``expected_version`` was loaded.
    """
    require(actor, Permission.MANAGE_CUSTOMERS)
    customer = _visible_customer(session, actor, customer_id)
    check_version(session, customer, expected_version, _label(customer), actor)
    index = region_index()
    new_name = clean_name(name)
    if phone is None or phone.strip() == mask_phone(customer.phone):
        shown_phone, digits = customer.phone, customer.phone_digits
    else:
        shown_phone, digits = clean_phone(phone)
    new_address = clean_text(address, "address", MAX_ADDRESS)
    if region_code is None and new_address == customer.address:
        province, city, district, code = (
            customer.province_code,
            customer.city_code,
            customer.district_code,
            customer.region_code,
        )
    else:
        province, city, district, code = _regions_for(index, new_address, region_code)
    require_region(actor, code)
    cleaned_tags = clean_tags(tags)
    channels = clean_channel_ids(channel_ids)
    new_notes = clean_text(notes, "notes", MAX_NOTES)
    if digits != customer.phone_digits:
        _check_duplicate_phone(session, actor, digits, excluding=customer.id)
    before = audit.snapshot(customer, AUDITED_FIELDS)
    with _phone_numbers_stay_unique(), stale_guard(session, customer, _label(customer), actor):
        customer.name = new_name
        customer.phone = shown_phone
        customer.phone_digits = digits
        customer.address = new_address
        customer.province_code = province
        customer.city_code = city
        customer.district_code = district
        customer.region_code = code
        customer.tags = cleaned_tags
        customer.channel_ids = channels
        customer.notes = new_notes
        customer.updated_by_id = actor.user_id
    after = audit.snapshot(customer, AUDITED_FIELDS)
    audit.record(
        session, actor, "customer.update", "customer", customer.id, before=before, after=after, summary=new_name
    )
    return _row_of(session, actor, customer)


# --- bulk insert (import and demo data) ---------------------------------------------------------


@dataclass(slots=True)
class NewCustomer:
    """A validated customer ready for ``insert_customers`` (owner filled in by the insert)."""

    name: str
    phone: str
    phone_digits: str
    address: str
    region_code: str | None
    tags: list[str] = field(default_factory=list)
    channel_ids: dict[str, str] = field(default_factory=dict)
    notes: str = ""


def insert_customers(
    session: Session,
    actor: Actor,
    customers: Sequence[NewCustomer],
    *,
    progress: Progress | None = None,
    progress_offset: int = 0,
    progress_total: int | None = None,
) -> Counter[str]:
    """Insert many customers with Core bulk INSERTs in chunks, owners assigned by the rules.

    No audit entry and no permission check: callers (the import, the demo data) do both. Reports
    ``progress`` after each chunk; a cancel raises ``Cancelled`` and the caller's transaction rolls
    back. Returns how many customers each owner received, keyed by ``owner_key``.
    """
    index = region_index()
    assign = OwnerAssigner(owner_resolver(session), business_date(actor))
    table = cast(Table, Customer.__table__)
    levels: dict[str | None, tuple[str | None, str | None, str | None]] = {}
    owners: Counter[str] = Counter()
    now = utcnow()
    total = progress_total if progress_total is not None else len(customers)
    for start in range(0, len(customers), INSERT_CHUNK):
        batch: list[dict[str, Any]] = []
        for c in customers[start : start + INSERT_CHUNK]:
            path = levels.get(c.region_code)
            if path is None:
                path = levels[c.region_code] = region_levels(index, c.region_code)
            owner, rule_id = assign(c.region_code)
            owners[owner.key] += 1
            batch.append(
                {
                    "id": new_id(),
                    "name": c.name,
                    "phone": c.phone,
                    "phone_digits": c.phone_digits,
                    "address": c.address,
                    "province_code": path[0],
                    "city_code": path[1],
                    "district_code": path[2],
                    "region_code": c.region_code,
                    "owner_user_id": owner.user_id,
                    "owner_pool": owner.pool,
                    "owner_rule_id": rule_id,
                    "tags": c.tags,
                    "channel_ids": c.channel_ids,
                    "notes": c.notes,
                    "version": 1,
                    "updated_by_id": actor.user_id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        with _phone_numbers_stay_unique():
            session.execute(insert(table), batch)
        if progress is not None:
            progress.update(progress_offset + start + len(batch), total)
    return owners


# --- owner rules ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnerRuleRow:
    """An owner rule for the rules table: scope (region or group, dates), outcome and state."""

    id: uuid.UUID
    name: str
    region_code: str | None
    region_path: str
    region_group_id: uuid.UUID | None
    region_group_name: str
    owner_user_id: uuid.UUID | None
    owner_name: str
    owner_pool: str | None
    priority: int
    valid_from: dt.date | None
    valid_to: dt.date | None
    is_active: bool
    version: int

    @property
    def owner_label(self) -> str:
        return self.owner_name or self.owner_pool or ""


def _rule_rows(session: Session, rules: Iterable[CustomerOwnerRule]) -> list[OwnerRuleRow]:
    index = region_index()
    names = user_names(session)
    groups = dict(session.execute(select(RegionGroup.id, RegionGroup.name)).all())
    return [
        OwnerRuleRow(
            r.id,
            r.name,
            r.region_code,
            index.path_name(r.region_code) if r.region_code else "",
            r.region_group_id,
            groups.get(r.region_group_id, "") if r.region_group_id else "",
            r.owner_user_id,
            names.get(r.owner_user_id, "") if r.owner_user_id else "",
            r.owner_pool,
            r.priority,
            r.valid_from,
            r.valid_to,
            r.is_active,
            r.version,
        )
        for r in rules
    ]


def list_owner_rules(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[OwnerRuleRow]:
    """Owner rules, active first, then by name."""
    _require_read(actor)
    stmt = select(CustomerOwnerRule).order_by(CustomerOwnerRule.is_active.desc(), CustomerOwnerRule.name)
    if not include_inactive:
        stmt = stmt.where(CustomerOwnerRule.is_active.is_(True))
    return _rule_rows(session, session.scalars(stmt))


def _get_rule(session: Session, rule_id: uuid.UUID) -> CustomerOwnerRule:
    rule = session.get(CustomerOwnerRule, rule_id)
    if rule is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The owner rule no longer exists."))
    return rule


@dataclass(frozen=True)
class _RuleFields:
    scope: ScopeFields
    owner_user_id: uuid.UUID | None
    owner_pool: str | None


def _clean_rule(
    session: Session,
    actor: Actor,
    *,
    name: str,
    region_code: str | None,
    region_group_id: uuid.UUID | None,
    owner_user_id: uuid.UUID | None,
    owner_pool: str | None,
    priority: int,
    valid_from: dt.date | None,
    valid_to: dt.date | None,
) -> _RuleFields:
    """The scope (``rule_scope.clean_scope``; region or group, dates, priority), then the owner."""
    scope = clean_scope(
        session,
        actor,
        name=name,
        region_code=region_code,
        region_group_id=region_group_id,
        provider_type=None,
        scenario=None,
        complexity=None,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    pool = " ".join((owner_pool or "").split()) or None
    if (owner_user_id is None) == (pool is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Choose either a user or a pool as the owner, not both and not neither."),
            field="owner",
        )
    if pool is not None and len(pool) > MAX_POOL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The pool name must not be longer than {n} characters."),
            field="owner_pool",
            n=MAX_POOL,
        )
    if owner_user_id is not None:
        user = session.get(User, owner_user_id)
        if user is None or not user.is_active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "The owner must be an active user."), field="owner_user_id"
            )
    return _RuleFields(scope, owner_user_id, pool)


def _apply_rule_fields(rule: CustomerOwnerRule, f: _RuleFields, actor: Actor) -> None:
    apply_scope(rule, f.scope, actor)
    rule.owner_user_id = f.owner_user_id
    rule.owner_pool = f.owner_pool


def _lint(session: Session, rule: CustomerOwnerRule) -> None:
    """Refuse a rule that could tie with another active rule (the lint names both)."""
    if not rule.is_active:
        return
    index = region_index()
    check_no_conflicts(
        _owner_rule(rule),
        _active_rules(session, excluding=rule.id),
        index,
        group_members(session),
        region_label=index.path_name,
    )


def create_owner_rule(
    session: Session,
    actor: Actor,
    *,
    name: str,
    owner_user_id: uuid.UUID | None = None,
    owner_pool: str | None = None,
    region_code: str | None = None,
    region_group_id: uuid.UUID | None = None,
    priority: int = 0,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> OwnerRuleRow:
    """Add an owner rule. Existing customers keep their owners until a re-assignment is applied.

    Exactly one of ``owner_user_id``/``owner_pool``; at most one of ``region_code``/
    ``region_group_id`` (neither = the whole country). A rule that could tie with an active
    rule is refused (``check_no_conflicts``).
    """
    require(actor, Permission.MANAGE_OWNER_RULES)
    fields = _clean_rule(
        session,
        actor,
        name=name,
        region_code=region_code,
        region_group_id=region_group_id,
        owner_user_id=owner_user_id,
        owner_pool=owner_pool,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    rule = CustomerOwnerRule(id=new_id(), is_active=True)
    _apply_rule_fields(rule, fields, actor)
    _lint(session, rule)
    session.add(rule)
    session.flush()
    audit.record(
        session,
        actor,
        "owner_rule.create",
        "customer_owner_rule",
        rule.id,
        after=audit.snapshot(rule, RULE_AUDITED_FIELDS),
        summary=rule.name,
    )
    return _rule_rows(session, [rule])[0]


def update_owner_rule(
    session: Session,
    actor: Actor,
    rule_id: uuid.UUID,
    *,
    expected_version: int,
    name: str,
    owner_user_id: uuid.UUID | None = None,
    owner_pool: str | None = None,
    region_code: str | None = None,
    region_group_id: uuid.UUID | None = None,
    priority: int = 0,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> OwnerRuleRow:
    """Change an owner rule (same checks as ``create_owner_rule``); customers move only on apply."""
    require(actor, Permission.MANAGE_OWNER_RULES)
    rule = _get_rule(session, rule_id)
    check_version(session, rule, expected_version, rule.name, actor)
    if rule.region_code is not None:
        require_region(actor, rule.region_code)
    fields = _clean_rule(
        session,
        actor,
        name=name,
        region_code=region_code,
        region_group_id=region_group_id,
        owner_user_id=owner_user_id,
        owner_pool=owner_pool,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    before = audit.snapshot(rule, RULE_AUDITED_FIELDS)
    # Lint a detached copy first, so a refused change never reaches the session.
    probe = CustomerOwnerRule(id=rule.id, is_active=rule.is_active)
    _apply_rule_fields(probe, fields, actor)
    _lint(session, probe)
    with stale_guard(session, rule, rule.name, actor):
        _apply_rule_fields(rule, fields, actor)
    audit.record(
        session,
        actor,
        "owner_rule.update",
        "customer_owner_rule",
        rule.id,
        before=before,
        after=audit.snapshot(rule, RULE_AUDITED_FIELDS),
        summary=rule.name,
    )
    return _rule_rows(session, [rule])[0]


def set_owner_rule_active(
    session: Session, actor: Actor, rule_id: uuid.UUID, active: bool, *, expected_version: int
) -> OwnerRuleRow:
    """Deactivate (or re-activate, after the conflict lint) an owner rule. Rules are never deleted."""
    require(actor, Permission.MANAGE_OWNER_RULES)
    rule = _get_rule(session, rule_id)
    check_version(session, rule, expected_version, rule.name, actor)
    if rule.region_code is not None or actor.region_scope:
        require_region(actor, rule.region_code)
    if active and not rule.is_active:
        probe = CustomerOwnerRule(id=rule.id, is_active=True)
        _apply_rule_fields(probe, _RuleFields(scope_of(rule), rule.owner_user_id, rule.owner_pool), actor)
        _lint(session, probe)
    before = audit.snapshot(rule, RULE_AUDITED_FIELDS)
    with stale_guard(session, rule, rule.name, actor):
        rule.is_active = active
        rule.updated_by_id = actor.user_id
    audit.record(
        session,
        actor,
        "owner_rule.activate" if active else "owner_rule.deactivate",
        "customer_owner_rule",
        rule.id,
        before=before,
        after=audit.snapshot(rule, RULE_AUDITED_FIELDS),
        summary=rule.name,
    )
    return _rule_rows(session, [rule])[0]


def deactivate_owner_rule(session: Session, actor: Actor, rule_id: uuid.UUID, *, expected_version: int) -> OwnerRuleRow:
    """Stop using an owner rule (kept for the audit trail and for re-activation)."""
    return set_owner_rule_active(session, actor, rule_id, False, expected_version=expected_version)


# --- re-assignment: preview, then apply exactly that ------------------------------------------


@dataclass(frozen=True)
class OwnerMove:
    """``count`` customers move from one owner to another (labels "" = unassigned)."""

    from_key: str
    from_label: str
    to_key: str
    to_label: str
    count: int


@dataclass(frozen=True)
class ReassignmentPreview:
    """What ``apply_reassignment`` would do now, computed without changing anything.

    ``moves`` are grouped by (from, to) owner, largest first; ``total_moved`` adds them up;
    ``relinked`` counts customers who keep their owner but are now owned through another
    rule (their rule link is updated too). ``token`` fingerprints exactly these changes:
    ``apply_reassignment`` refuses when the data no longer gives the same token.
    """

    checked: int
    moves: tuple[OwnerMove, ...]
    total_moved: int
    relinked: int
    on: dt.date
    token: str


@dataclass(frozen=True)
class _Change:
    customer_id: uuid.UUID
    old: Owner
    new: Owner
    new_rule: uuid.UUID | None


def owner_label(names: Mapping[uuid.UUID, str], key: str) -> str:
    if key.startswith("user:"):
        return names.get(uuid.UUID(key[5:]), key[5:])
    return key[5:] if key.startswith("pool:") else ""


def _changes(session: Session, actor: Actor, on: dt.date) -> tuple[int, list[_Change]]:
    assign = OwnerAssigner(owner_resolver(session), on)
    stmt = select(
        Customer.id, Customer.region_code, Customer.owner_user_id, Customer.owner_pool, Customer.owner_rule_id
    ).order_by(Customer.id)
    scope = _scope_clause(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    checked = 0
    changes: list[_Change] = []
    for cid, code, user_id, pool, rule_id in session.connection().execute(stmt):
        checked += 1
        owner, new_rule = assign(code)
        old = Owner(user_id, pool)
        if owner != old or new_rule != rule_id:
            changes.append(_Change(cid, old, owner, new_rule))
    return checked, changes


def _fingerprint(changes: Iterable[_Change], on: dt.date) -> str:
    digest = hashlib.sha256(on.isoformat().encode())
    for c in changes:
        digest.update(f"|{c.customer_id}:{c.old.key}>{c.new.key}@{c.new_rule or ''}".encode())
    return digest.hexdigest()


def _preview(session: Session, actor: Actor, on: dt.date) -> tuple[ReassignmentPreview, list[_Change]]:
    checked, changes = _changes(session, actor, on)
    names = user_names(session)
    grouped = Counter((c.old.key, c.new.key) for c in changes if c.old != c.new)
    moves = tuple(
        OwnerMove(a, owner_label(names, a), b, owner_label(names, b), n)
        for (a, b), n in sorted(grouped.items(), key=lambda item: (-item[1], item[0]))
    )
    total = sum(m.count for m in moves)
    preview = ReassignmentPreview(checked, moves, total, len(changes) - total, on, _fingerprint(changes, on))
    return preview, changes


def preview_reassignment(session: Session, actor: Actor) -> ReassignmentPreview:
    """How many customers (of those the actor sees) the current rules would move, to whom."""
    require(actor, Permission.MANAGE_OWNER_RULES)
    return _preview(session, actor, business_date(actor))[0]


def apply_reassignment(session: Session, actor: Actor, preview: ReassignmentPreview | str) -> ReassignmentPreview:
    """Apply exactly the re-assignment ``preview`` showed (a preview or its ``token``).

    Recomputes the changes; when customers, owners or rules changed since the preview (the
    fingerprint differs) nothing is written and ``StaleWriteError`` asks for a new preview. Moved
    customers get a new version, so an edit dialog opened before is refused as stale. One audit
    entry records the moves.
    """
    require(actor, Permission.MANAGE_OWNER_RULES)
    token = preview if isinstance(preview, str) else preview.token
    on = business_date(actor) if isinstance(preview, str) else preview.on
    current, changes = _preview(session, actor, on)
    if current.token != token:
        raise StaleWriteError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "Customers or owner rules changed after the preview. Preview the re-assignment again."
            )
        )
    groups: dict[tuple[Owner, Owner, uuid.UUID | None], list[uuid.UUID]] = {}
    for c in changes:
        groups.setdefault((c.old, c.new, c.new_rule), []).append(c.customer_id)
    now = utcnow()
    for (old, new, rule_id), ids in groups.items():
        for start in range(0, len(ids), UPDATE_CHUNK):
            chunk = ids[start : start + UPDATE_CHUNK]
            # The old owner in the WHERE clause catches a change made between the check and here.
            result = session.execute(
                update(Customer)
                .where(
                    Customer.id.in_(chunk),
                    Customer.owner_user_id.is_not_distinct_from(old.user_id),
                    Customer.owner_pool.is_not_distinct_from(old.pool),
                )
                .values(
                    owner_user_id=new.user_id,
                    owner_pool=new.pool,
                    owner_rule_id=rule_id,
                    version=Customer.version + 1,
                    updated_by_id=actor.user_id,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
            if cast(Any, result).rowcount != len(chunk):
                raise StaleWriteError(
                    QT_TRANSLATE_NOOP(
                        "ScrmError",
                        "Customers or owner rules changed after the preview. Preview the re-assignment again.",
                    )
                )
    audit.record(
        session,
        actor,
        "customer.reassign",
        "customer",
        "*",
        after={
            "moved": current.total_moved,
            "relinked": current.relinked,
            "moves": [{"from": m.from_label or "—", "to": m.to_label or "—", "count": m.count} for m in current.moves],
        },
        summary=f"{current.total_moved} customers re-assigned",
    )
    session.expire_all()
    return current


# --- dashboard ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CountRow:
    """One bar of the dashboard: ``key`` filters ``list_customers`` (a region code for
    ``region_code``, a group id for ``region_group_id``, an ``owner_key`` for ``owner``)."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class CustomerStats:
    """Customer counts the actor may see: in total, per province, per region group, per owner.

    A customer counts once per group it falls in (groups may overlap); ``without_region``
    counts customers whose address named no region. Rows are sorted by count, largest first.
    """

    total: int
    without_region: int
    by_province: tuple[CountRow, ...]
    by_group: tuple[CountRow, ...]
    by_owner: tuple[CountRow, ...]


def _sorted_counts(rows: Iterable[CountRow]) -> tuple[CountRow, ...]:
    return tuple(sorted(rows, key=lambda r: (-r.count, r.key)))


def customer_stats(session: Session, actor: Actor) -> CustomerStats:
    """Dashboard figures within the actor's scope.

    One GROUP BY query counts customers per (province, city, district, owner) in the database;
    those few thousand counts are then added up per province, per region group (a customer is in
    a group when its province, city or district is a member) and per owner in memory.
    """
    _require_read(actor)
    stmt = select(
        Customer.province_code,
        Customer.city_code,
        Customer.district_code,
        Customer.owner_user_id,
        Customer.owner_pool,
        func.count(),
    ).group_by(
        Customer.province_code, Customer.city_code, Customer.district_code, Customer.owner_user_id, Customer.owner_pool
    )
    scope = _scope_clause(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    members = group_members(session)
    total = without_region = 0
    provinces: Counter[str] = Counter()
    groups: Counter[uuid.UUID] = Counter()
    owners: Counter[str] = Counter()
    for province, city, district, user_id, pool, n in session.execute(stmt):
        total += n
        owners[owner_key(user_id, pool)] += n
        if province is None:
            without_region += n
            continue
        provinces[province] += n
        codes = {province, city, district}
        for group_id, codes_of_group in members.items():
            if not codes_of_group.isdisjoint(codes):
                groups[group_id] += n
    index = region_index()
    group_names = dict(session.execute(select(RegionGroup.id, RegionGroup.name)).all())
    names = user_names(session)

    def province_name(code: str) -> str:
        info = index.get(code)
        return info.name if info is not None else code

    return CustomerStats(
        total,
        without_region,
        _sorted_counts(CountRow(code, province_name(code), n) for code, n in provinces.items()),
        _sorted_counts(CountRow(str(gid), group_names.get(gid, str(gid)), n) for gid, n in groups.items()),
        _sorted_counts(CountRow(key, owner_label(names, key), n) for key, n in owners.items()),
    )
