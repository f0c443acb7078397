"""Service providers (服务商), the editable list of provider types, and installers (安装师傅).

Who may do what:

- every signed-in user reads the provider types (rule editors offer them); reading providers and
  installers needs ``Permission.MANAGE_PROVIDERS``, ``DISPATCH_WORK_ORDERS``, ``MANAGE_STATEMENTS``
  or ``VIEW_PII`` (finance looks up bank details for statements); every change needs
  ``MANAGE_PROVIDERS`` (administrators, dispatchers);
- an actor with a region scope creates and changes only providers whose covered regions all lie
  inside that scope (so such a provider must cover at least one region), and only the installers
  of those providers; ``may_edit_provider`` is the same test for the views;
- ID numbers and bank accounts are masked (``440106********1234``, ``**** 5678``) for actors
  without ``Permission.VIEW_PII``; an edit that sends the masked text back keeps the stored value.
  The audit log keeps them masked too.

Provider types are matched by *name* in scoped rules (tier rules, owner rules), so a type that a
rule names is not renamed. Providers and installers are never deleted, only deactivated: work
orders and statements refer to them. An installer works in its own regions, which lie inside its
provider's, or, with none of its own, wherever the provider works. Every change is validated,
version-checked and audited in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scrm_desktop.models import Base, Installer, InstallerRegion, Provider, ProviderRegion, ProviderType, User
from scrm_desktop.models.party import TAX_MODES
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.customers import clean_phone
from scrm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PermissionDenied,
    StaleWriteError,
    ValidationError,
)
from scrm_desktop.services.permissions import Actor, Permission, Role, region_covers, require
from scrm_desktop.services.regions import region_index

DEFAULT_PROVIDER_TYPES = ("核心代理商", "普通服务点", "直营")
CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9\-_.]{0,19}")  # like catalog codes; the columns hold 20
MAX_TYPE_NAME = 50
MAX_PROVIDER_NAME = 100
MAX_INSTALLER_NAME = 50
MAX_CONTACT = 50
MAX_ADDRESS = 300
MAX_BANK_NAME = 100
MAX_ACCOUNT_NAME = 100
MAX_NOTES = 500
BANK_ACCOUNT_DIGITS = (8, 30)
TAX_ID_PATTERN = re.compile(r"[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20}")
DIGITS = "0123456789"
# GB 11643-1999: weights of the first 17 digits and the check character for sum mod 11.
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARACTERS = "10X98765432"
ID_LENGTH = 18
EARLIEST_BIRTH_YEAR = 1900
SMALL_READ = 500  # up to this many rows, regions are read by id instead of all at once

TYPE_FIELDS = ("name", "sort_order", "is_active")
PROVIDER_FIELDS = (
    "code",
    "name",
    "provider_type_id",
    "contact_name",
    "phone",
    "address",
    "bank_name",
    "bank_account",
    "account_name",
    "tax_id",
    "is_active",
    "notes",
)
INSTALLER_FIELDS = (
    "code",
    "name",
    "provider_id",
    "phone",
    "id_number",
    "bank_name",
    "bank_account",
    "tax_mode",
    "user_id",
    "is_active",
    "notes",
)


# --- rows -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProviderTypeRow:
    """One provider type; ``rule_count`` scoped rules name it, ``provider_count`` providers have it."""

    id: uuid.UUID
    name: str
    sort_order: int
    is_active: bool
    provider_count: int
    rule_count: int
    version: int


@dataclass(frozen=True, slots=True)
class ProviderRow:
    """A provider as the list and the dialog show it.

    ``bank_account`` is masked when ``pii_masked``. ``region_codes`` are the covered regions (each
    with everything below it), ``region_paths`` the same as ``广东省 / 广州市``.
    ``installer_count`` counts active installers.
    """

    id: uuid.UUID
    code: str
    name: str
    provider_type_id: uuid.UUID
    provider_type: str
    contact_name: str
    phone: str
    address: str
    bank_name: str
    bank_account: str
    account_name: str
    tax_id: str
    is_active: bool
    notes: str
    region_codes: tuple[str, ...]
    region_paths: tuple[str, ...]
    installer_count: int
    pii_masked: bool
    version: int


@dataclass(frozen=True, slots=True)
class InstallerRow:
    """An installer as the list and the dialog show it.

    ``id_number`` and ``bank_account`` are masked when ``pii_masked``. ``region_codes`` are the
    installer's own regions; with none the installer works wherever the provider does
    (``provider_region_codes``). ``username`` is "" without a linked login.
    """

    id: uuid.UUID
    code: str
    name: str
    provider_id: uuid.UUID
    provider_code: str
    provider_name: str
    provider_active: bool
    phone: str
    id_number: str
    bank_name: str
    bank_account: str
    tax_mode: str
    user_id: uuid.UUID | None
    username: str
    user_display_name: str
    region_codes: tuple[str, ...]
    region_paths: tuple[str, ...]
    provider_region_codes: tuple[str, ...]
    provider_region_paths: tuple[str, ...]
    is_active: bool
    notes: str
    pii_masked: bool
    version: int

    @property
    def works_in(self) -> tuple[str, ...]:
        """The region paths the installer works in: their own, else the provider's."""
        return self.region_paths or self.provider_region_paths


@dataclass(frozen=True, slots=True)
class LoginChoice:
    """A sign-in account with the installer role, and the installer it is linked to ("" if none)."""

    id: uuid.UUID
    username: str
    display_name: str
    is_active: bool
    installer_id: uuid.UUID | None
    installer_label: str


# --- masking and checks of personal data --------------------------------------------------------


def mask_id_number(number: str) -> str:
    """Hide the middle of an ID number: ``440106199001011234`` → ``440106********1234``.

    The region (first 6) and the last 4 stay; the birth date in between is hidden. Texts shorter
    than a 15-digit ID keep at most their last 4 characters, and never more than half.
    """
    n = len(number)
    if n <= 4:
        return "*" * n
    head = 6 if n >= 15 else 0
    tail = 4 if n >= 8 else n // 2
    return number[:head] + "*" * (n - head - tail) + number[n - tail :]


def mask_bank_account(account: str) -> str:
    """Only the last 4 digits of a bank account: ``6222020200112233445`` → ``**** 3445``."""
    if not account:
        return ""
    if len(account) <= 4:
        return "****"
    return f"**** {account[-4:]}"


def id_check_character(first17: str) -> str:
    """The GB 11643 check character (0–9 or X) for the first 17 digits of an ID number."""
    return ID_CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def _is_digits(text: str) -> bool:
    return bool(text) and all(ch in DIGITS for ch in text)


def _masked_error(field_name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "The value shown is masked; enter the full number or leave it unchanged."),
        field=field_name,
    )


def clean_id_number(raw: str, *, today: dt.date | None = None) -> str:
    """A resident ID number (居民身份证号码) checked by GB 11643; "" for none.

    Spaces are ignored and a lower-case x is accepted as the check character.

    Raises:
        ValidationError: (field ``id_number``) naming what is wrong: length, characters, birth
            date or check character.
    """
    number = "".join(raw.split()).upper()
    if not number:
        return ""
    if "*" in number:
        raise _masked_error("id_number")
    if len(number) != ID_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The ID number “{number}” has {n} characters; a resident ID number has 18."),
            field="id_number",
            number=number,
            n=len(number),
        )
    if not _is_digits(number[:17]) or number[17] not in DIGITS + "X":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The ID number “{number}” may only contain digits, with an X allowed as the last character.",
            ),
            field="id_number",
            number=number,
        )
    birth_text = number[6:14]
    try:
        birth = dt.date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:]))
    except ValueError:
        birth = None
    if birth is None or birth.year < EARLIEST_BIRTH_YEAR or birth > (today or dt.datetime.now(dt.UTC).date()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "The ID number “{number}” contains the birth date {date}, which is not a possible date."
            ),
            field="id_number",
            number=number,
            date=birth_text,
        )
    if id_check_character(number[:17]) != number[17]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The ID number “{number}” is not valid: its last character (the check digit) does not fit the "
                "other 17 digits. One of them is probably mistyped.",
            ),
            field="id_number",
            number=number,
        )
    return number


def clean_bank_account(raw: str) -> str:
    """A bank account number as digits only (spaces and dashes dropped); "" for none."""
    text = "".join(raw.split()).replace("-", "")
    if not text:
        return ""
    if "*" in text:
        raise _masked_error("bank_account")
    if not _is_digits(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "The bank account “{account}” may only contain digits (spaces are allowed)."
            ),
            field="bank_account",
            account=raw.strip(),
        )
    low, high = BANK_ACCOUNT_DIGITS
    if not low <= len(text) <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "The bank account “{account}” has {n} digits; an account number has {low} to {high}."
            ),
            field="bank_account",
            account=raw.strip(),
            n=len(text),
            low=low,
            high=high,
        )
    return text


def _clean_tax_id(raw: str) -> str:
    text = "".join(raw.split()).upper()
    if text and not TAX_ID_PATTERN.fullmatch(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "“{tax_id}” is not a tax ID: enter the 18-character unified social credit code (统一社会信用代码).",
            ),
            field="tax_id",
            tax_id=raw.strip(),
        )
    return text


def _kept_or_cleaned(raw: str | None, stored: str, mask: Callable[[str], str], clean: Callable[[str], str]) -> str:
    """``raw`` None or the masked stored value keeps ``stored``; anything else is cleaned."""
    if raw is None or (stored and raw.strip() == mask(stored)):
        return stored
    return clean(raw)


# --- small value cleaners -----------------------------------------------------------------------


def clean_code(raw: str) -> str:
    """``gz-ht01`` → ``GZ-HT01``; refused unless up to 20 letters, digits, ``-``, ``_`` and ``.``."""
    code = raw.strip().upper()
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The code must not be empty."), field="code")
    if not CODE_PATTERN.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "“{code}” is not a valid code: use up to 20 letters, digits, “-”, “_” and “.”, "
                "starting with a letter or digit.",
            ),
            field="code",
            code=raw.strip(),
        )
    return code


def _clean_name(raw: str, limit: int) -> str:
    name = " ".join(raw.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The name must not be empty."), field="name")
    if len(name) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The name must not be longer than {n} characters."), field="name", n=limit
        )
    return name


_TOO_LONG = {
    "contact_name": QT_TRANSLATE_NOOP("ScrmError", "The contact person must not be longer than {n} characters."),
    "address": QT_TRANSLATE_NOOP("ScrmError", "The address must not be longer than {n} characters."),
    "bank_name": QT_TRANSLATE_NOOP("ScrmError", "The bank name must not be longer than {n} characters."),
    "account_name": QT_TRANSLATE_NOOP("ScrmError", "The account holder must not be longer than {n} characters."),
    "notes": QT_TRANSLATE_NOOP("ScrmError", "The notes must not be longer than {n} characters."),
}


def _clean_text(raw: str, field_name: str, limit: int) -> str:
    text = " ".join(raw.split())
    if len(text) > limit:
        raise ValidationError(_TOO_LONG[field_name], field=field_name, n=limit)
    return text


def _clean_bank(bank_name: str, bank_account: str) -> str:
    """The bank name; refused empty when there is an account (a statement needs both)."""
    name = _clean_text(bank_name, "bank_name", MAX_BANK_NAME)
    if bank_account and not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Enter the bank (and branch) of the bank account."), field="bank_name"
        )
    return name


def _clean_tax_mode(tax_mode: str) -> str:
    if tax_mode not in TAX_MODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{mode}” is not a tax setting; use withheld or self_invoice."),
            field="tax_mode",
            mode=tax_mode,
        )
    return tax_mode


def _path(code: str) -> str:
    return region_index().path_name(code)


def _paths(codes: Iterable[str]) -> str:
    return "、".join(_path(c) for c in codes)


def clean_region_codes(codes: Iterable[str]) -> list[str]:
    """Known region codes, sorted, without duplicates and without a region that lies inside
    another one given (广州市 beside 广东省 adds nothing)."""
    index = region_index()
    found: set[str] = set()
    for raw in codes:
        code = raw.strip()
        if not code:
            continue
        if code not in index:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a region code."), field="region_codes", code=code
            )
        found.add(code)
    return sorted(c for c in found if not any(o != c and index.is_within(c, o) for o in found))


@functools.lru_cache(maxsize=4096)
def regions_label(codes: tuple[str, ...]) -> str:
    """Regions as lists show them, siblings under one parent path:
    ``("440105", "440106")`` → ``广东省 / 广州市 / 海珠区、天河区``; ``("440100",)`` → ``广东省 / 广州市``."""
    index = region_index()
    groups: dict[str, list[str]] = {}
    for code in codes:
        path = index.path(code)
        if not path:
            groups.setdefault("", []).append(code)
            continue
        parent = " / ".join(r.name for r in path[:-1])
        groups.setdefault(parent, []).append(path[-1].name)
    return "；".join(
        f"{parent} / {'、'.join(names)}" if parent else "、".join(names) for parent, names in groups.items()
    )


def _within_any(code: str, covered: Iterable[str]) -> bool:
    return any(region_covers(c, code) for c in covered)


def _overlaps(codes: Iterable[str], region_code: str) -> bool:
    """Whether a region of ``codes`` covers ``region_code`` or lies inside it."""
    return any(region_covers(c, region_code) or region_covers(region_code, c) for c in codes)


# --- permissions ------------------------------------------------------------------------------

_READERS = (
    Permission.MANAGE_PROVIDERS,
    Permission.DISPATCH_WORK_ORDERS,
    Permission.MANAGE_STATEMENTS,
    Permission.VIEW_PII,
)


def may_read(actor: Actor) -> bool:
    """Whether ``actor`` may look providers and installers up."""
    return any(actor.can(p) for p in _READERS)


def _require_read(actor: Actor) -> None:
    if not may_read(actor):
        require(actor, Permission.MANAGE_PROVIDERS)


def may_edit_provider(actor: Actor, region_codes: Iterable[str]) -> bool:
    """Whether ``actor`` may change a provider (and its installers) covering ``region_codes``."""
    if not actor.can(Permission.MANAGE_PROVIDERS):
        return False
    if not actor.region_scope:
        return True
    codes = list(region_codes)
    return bool(codes) and all(actor.in_scope(c) for c in codes)


def _require_regions_in_scope(actor: Actor, codes: Sequence[str], *, required: bool) -> None:
    """Refuse regions outside the actor's scope; ``required``: a scoped actor must name some."""
    if not actor.region_scope:
        return
    if required and not codes:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "ScrmError", "{user} works in {scope} only: choose the regions the provider covers inside them."
            ),
            field="region_codes",
            user=actor.display_name,
            scope=_paths(sorted(actor.region_scope)),
        )
    outside = [c for c in codes if not actor.in_scope(c)]
    if outside:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("ScrmError", "{regions} lie outside the regions of {user}."),
            field="region_codes",
            regions=_paths(outside),
            user=actor.display_name,
        )


def _require_edit_provider(actor: Actor, region_codes: Sequence[str]) -> None:
    require(actor, Permission.MANAGE_PROVIDERS)
    _require_regions_in_scope(actor, region_codes, required=True)


# --- provider types -----------------------------------------------------------------------------


def _scoped_rule_tables() -> list[Any]:
    """Every scoped-rule table (tier rules, owner rules, later workflow variants): the tables with
    the ``ScopeMixin`` columns."""
    return [t for t in Base.metadata.sorted_tables if "provider_type" in t.c and "region_group_id" in t.c]


def rules_naming_type(session: Session, name: str) -> int:
    """How many scoped rules (active or not) match on the provider type ``name``."""
    return sum(
        int(session.scalar(select(func.count()).select_from(t).where(t.c.provider_type == name)) or 0)
        for t in _scoped_rule_tables()
    )


def _rule_counts(session: Session) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in _scoped_rule_tables():
        stmt = (
            select(table.c.provider_type, func.count())
            .where(table.c.provider_type.is_not(None))
            .group_by(table.c.provider_type)
        )
        for name, count in session.execute(stmt):
            counts[name] = counts.get(name, 0) + int(count)
    return counts


def _type_rows(session: Session, stmt: Any) -> list[ProviderTypeRow]:
    providers = dict(
        session.execute(select(Provider.provider_type_id, func.count()).group_by(Provider.provider_type_id)).all()
    )
    rules = _rule_counts(session)
    return [
        ProviderTypeRow(
            t.id, t.name, t.sort_order, t.is_active, int(providers.get(t.id, 0)), rules.get(t.name, 0), t.version
        )
        for t in session.scalars(stmt)
    ]


def list_provider_types(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[ProviderTypeRow]:
    """The provider types in their order (every signed-in user may read them)."""
    del actor
    stmt = select(ProviderType).order_by(ProviderType.sort_order, ProviderType.name)
    if not include_inactive:
        stmt = stmt.where(ProviderType.is_active.is_(True))
    return _type_rows(session, stmt)


def provider_type_names(session: Session) -> list[str]:
    """The names of the active provider types in their order (what rule forms offer)."""
    stmt = (
        select(ProviderType.name)
        .where(ProviderType.is_active.is_(True))
        .order_by(ProviderType.sort_order, ProviderType.name)
    )
    return list(session.scalars(stmt))


def _get_type(session: Session, type_id: uuid.UUID) -> ProviderType:
    found = session.get(ProviderType, type_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The provider type no longer exists."), field="provider_type_id")
    return found


def _type_row(session: Session, type_id: uuid.UUID) -> ProviderTypeRow:
    return _type_rows(session, select(ProviderType).where(ProviderType.id == type_id))[0]


def _clean_type_name(session: Session, raw: str, own_id: uuid.UUID | None) -> str:
    name = " ".join(raw.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The name must not be empty."), field="name")
    if len(name) > MAX_TYPE_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The name must not be longer than {n} characters."),
            field="name",
            n=MAX_TYPE_NAME,
        )
    stmt = select(ProviderType.name).where(func.lower(ProviderType.name) == name.lower())
    if own_id is not None:
        stmt = stmt.where(ProviderType.id != own_id)
    taken = session.scalar(stmt)
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "There is already a provider type named {name}."), field="name", name=taken
        )
    return name


def _add_type(session: Session, actor: Actor, name: str) -> ProviderType:
    last = session.scalar(select(func.max(ProviderType.sort_order)))
    kind = ProviderType(name=name, sort_order=(last or 0) + 10, is_active=True, updated_by_id=actor.user_id)
    session.add(kind)
    with _unique_values():
        session.flush()
    audit.record(
        session,
        actor,
        "provider_type.create",
        "provider_type",
        kind.id,
        after=audit.snapshot(kind, TYPE_FIELDS),
        summary=name,
    )
    return kind


def create_provider_type(session: Session, actor: Actor, *, name: str) -> ProviderTypeRow:
    """A new provider type at the end of the list."""
    require(actor, Permission.MANAGE_PROVIDERS)
    kind = _add_type(session, actor, _clean_type_name(session, name, None))
    return _type_row(session, kind.id)


def ensure_default_provider_types(session: Session, actor: Actor | None = None) -> int:
    """Create 核心代理商, 普通服务点 and 直营 when there is no provider type yet; returns how many
    were created (0 when the list already has entries: an edited list is left alone)."""
    if session.scalar(select(func.count()).select_from(ProviderType)):
        return 0
    acting = actor or Actor.system("setup")
    for name in DEFAULT_PROVIDER_TYPES:
        _add_type(session, acting, name)
    return len(DEFAULT_PROVIDER_TYPES)


def rename_provider_type(
    session: Session, actor: Actor, type_id: uuid.UUID, *, expected_version: int, name: str
) -> ProviderTypeRow:
    """Rename a type; refused while a scoped rule names it (rules match the name, not the id)."""
    require(actor, Permission.MANAGE_PROVIDERS)
    kind = _get_type(session, type_id)
    check_version(session, kind, expected_version, kind.name, actor)
    new_name = _clean_type_name(session, name, type_id)
    if new_name == kind.name:
        return _type_row(session, type_id)
    used = rules_naming_type(session, kind.name)
    if used:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The provider type {name} cannot be renamed: {count} rules (tier rules, owner rules) match on "
                "this name. Change those rules first, or add a new type.",
            ),
            field="name",
            name=kind.name,
            count=used,
        )
    before = audit.snapshot(kind, TYPE_FIELDS)
    with _unique_values(), stale_guard(session, kind, kind.name, actor):
        kind.name = new_name
        kind.updated_by_id = actor.user_id
        kind.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "provider_type.update",
        "provider_type",
        type_id,
        before=before,
        after=audit.snapshot(kind, TYPE_FIELDS),
        summary=new_name,
    )
    return _type_row(session, type_id)


def reorder_provider_types(session: Session, actor: Actor, type_ids: Sequence[uuid.UUID]) -> list[ProviderTypeRow]:
    """Put the types in the order of ``type_ids``, which must name every type exactly once."""
    require(actor, Permission.MANAGE_PROVIDERS)
    kinds = {k.id: k for k in session.scalars(select(ProviderType))}
    if len(type_ids) != len(kinds) or set(type_ids) != set(kinds):
        raise StaleWriteError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "The list of provider types was changed by someone else. Reload and try again."
            )
        )
    ordered = sorted(kinds.values(), key=lambda k: (k.sort_order, k.name))
    before = [k.name for k in ordered]
    for position, type_id in enumerate(type_ids, start=1):
        kind = kinds[type_id]
        if kind.sort_order != position * 10:
            with stale_guard(session, kind, kind.name, actor):
                kind.sort_order = position * 10
                kind.updated_by_id = actor.user_id
                kind.updated_at = utcnow()
    after = [kinds[t].name for t in type_ids]
    if after != before:
        audit.record(
            session,
            actor,
            "provider_type.reorder",
            "provider_type",
            "*",
            before={"order": before},
            after={"order": after},
            summary="、".join(after),
        )
    return list_provider_types(session, actor)


def set_provider_type_active(
    session: Session, actor: Actor, type_id: uuid.UUID, *, expected_version: int, active: bool
) -> ProviderTypeRow:
    """Deactivate a type (providers keep it; it is no longer offered) or reactivate it."""
    require(actor, Permission.MANAGE_PROVIDERS)
    kind = _get_type(session, type_id)
    check_version(session, kind, expected_version, kind.name, actor)
    if kind.is_active == active:
        return _type_row(session, type_id)
    before = audit.snapshot(kind, TYPE_FIELDS)
    with stale_guard(session, kind, kind.name, actor):
        kind.is_active = active
        kind.updated_by_id = actor.user_id
        kind.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "provider_type.activate" if active else "provider_type.deactivate",
        "provider_type",
        type_id,
        before=before,
        after=audit.snapshot(kind, TYPE_FIELDS),
        summary=kind.name,
    )
    return _type_row(session, type_id)


# --- shared write helpers -----------------------------------------------------------------------


@contextmanager
def _unique_values() -> Iterator[None]:
    """Turn the database's refusal of a duplicate (two users saving at the same moment; the
    services check first and name the other row) into a message fit to show."""
    try:
        yield
    except IntegrityError as exc:
        text = str(exc.orig).lower()
        field = next((f for f in ("user_id", "code", "name") if f in text), None)
        if field is None or "unique" not in text:
            raise
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Someone else just saved the same value. Reload and try again."),
            field=field,
        ) from None


def _unique_code(session: Session, model: Any, code: str, own_id: uuid.UUID | None, message: str) -> None:
    stmt = select(model.name).where(model.code == code)
    if own_id is not None:
        stmt = stmt.where(model.id != own_id)
    other = session.scalar(stmt)
    if other is not None:
        raise ValidationError(message, field="code", code=code, name=other)


def _write_regions(session: Session, model: Any, key: str, owner_id: uuid.UUID, codes: Sequence[str]) -> None:
    session.execute(delete(model).where(getattr(model, key) == owner_id))
    if codes:
        session.execute(insert(model), [{key: owner_id, "region_code": c} for c in codes])


def _region_map(session: Session, model: Any, key: str, ids: Iterable[uuid.UUID] | None = None) -> dict[Any, list[str]]:
    column = getattr(model, key)
    stmt = select(column, model.region_code).order_by(model.region_code)
    if ids is not None:
        stmt = stmt.where(column.in_(list(ids)))
    found: dict[Any, list[str]] = {}
    for owner_id, code in session.execute(stmt):
        found.setdefault(owner_id, []).append(code)
    return found


class _Paths:
    """Region paths, cached: thousands of rows share a few hundred regions."""

    def __init__(self) -> None:
        self.index = region_index()
        self.cache: dict[str, str] = {}

    def __call__(self, codes: Iterable[str]) -> tuple[str, ...]:
        out = []
        for code in codes:
            found = self.cache.get(code)
            if found is None:
                found = self.cache[code] = self.index.path_name(code)
            out.append(found)
        return tuple(out)


# --- providers --------------------------------------------------------------------------------


def _provider_rows(session: Session, actor: Actor, stmt: Any) -> list[ProviderRow]:
    found = session.execute(stmt).all()
    # A few rows (a dialog, a filtered list) read only their regions; a whole list reads them all.
    ids = [p.id for p, _t in found] if len(found) < SMALL_READ else None
    regions = _region_map(session, ProviderRegion, "provider_id", ids)
    counts = dict(
        session.execute(
            select(Installer.provider_id, func.count())
            .where(Installer.is_active.is_(True))
            .group_by(Installer.provider_id)
        ).all()
    )
    show = actor.can(Permission.VIEW_PII)
    paths = _Paths()
    rows = []
    for p, type_name in found:
        codes = tuple(regions.get(p.id, ()))
        rows.append(
            ProviderRow(
                p.id,
                p.code,
                p.name,
                p.provider_type_id,
                type_name,
                p.contact_name,
                p.phone,
                p.address,
                p.bank_name,
                p.bank_account if show else mask_bank_account(p.bank_account),
                p.account_name,
                p.tax_id,
                p.is_active,
                p.notes,
                codes,
                paths(codes),
                int(counts.get(p.id, 0)),
                not show,
                p.version,
            )
        )
    return rows


def _provider_select() -> Any:
    return select(Provider, ProviderType.name).join(ProviderType, ProviderType.id == Provider.provider_type_id)


def provider_matches(
    row: ProviderRow,
    *,
    text: str | None = None,
    provider_type_id: uuid.UUID | None = None,
    region_code: str | None = None,
    include_inactive: bool = False,
) -> bool:
    """The filter of ``list_providers`` for one row (the pages filter loaded rows with it)."""
    if not (include_inactive or row.is_active):
        return False
    if provider_type_id is not None and row.provider_type_id != provider_type_id:
        return False
    if region_code and not _overlaps(row.region_codes, region_code):
        return False
    return _contains(text, (row.code, row.name, row.contact_name, row.phone, row.address))


def _contains(text: str | None, values: Iterable[str]) -> bool:
    needle = (text or "").strip().lower()
    return not needle or any(needle in value.lower() for value in values)


def list_providers(
    session: Session,
    actor: Actor,
    *,
    text: str | None = None,
    provider_type_id: uuid.UUID | None = None,
    region_code: str | None = None,
    include_inactive: bool = False,
) -> list[ProviderRow]:
    """Providers by code.

    Args:
        text: code, name, contact person, phone or address contains it (ignoring case).
        provider_type_id: only providers of this type.
        region_code: only providers working there: a covered region contains it or lies inside it.
        include_inactive: also deactivated providers.
    """
    _require_read(actor)
    rows = _provider_rows(session, actor, _provider_select().order_by(Provider.code))
    wanted = (region_code or "").strip() or None
    return [
        r
        for r in rows
        if provider_matches(
            r, text=text, provider_type_id=provider_type_id, region_code=wanted, include_inactive=include_inactive
        )
    ]


def _get_provider(session: Session, provider_id: uuid.UUID) -> Provider:
    provider = session.get(Provider, provider_id)
    if provider is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The service provider no longer exists."), field="provider_id")
    return provider


def get_provider(session: Session, actor: Actor, provider_id: uuid.UUID) -> ProviderRow:
    _require_read(actor)
    _get_provider(session, provider_id)
    return _provider_rows(session, actor, _provider_select().where(Provider.id == provider_id))[0]


def _provider_label(provider: Provider) -> str:
    return f"{provider.code} {provider.name}"


def _provider_regions(session: Session, provider_id: uuid.UUID) -> list[str]:
    return _region_map(session, ProviderRegion, "provider_id", [provider_id]).get(provider_id, [])


def _provider_snapshot(provider: Provider, regions: Sequence[str]) -> dict[str, Any]:
    found = audit.snapshot(provider, PROVIDER_FIELDS)
    found["bank_account"] = mask_bank_account(provider.bank_account)  # the audit log keeps no account numbers
    found["region_codes"] = list(regions)
    return found


def _clean_type_choice(session: Session, type_id: uuid.UUID, current: uuid.UUID | None = None) -> uuid.UUID:
    kind = _get_type(session, type_id)
    if not kind.is_active and type_id != current:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The provider type {name} is inactive and cannot be chosen."),
            field="provider_type_id",
            name=kind.name,
        )
    return type_id


_PROVIDER_CODE_TAKEN = QT_TRANSLATE_NOOP("ScrmError", "The service provider {name} already has the code {code}.")


@dataclass(frozen=True)
class _ProviderFields:
    code: str
    name: str
    provider_type_id: uuid.UUID
    contact_name: str
    phone: str
    address: str
    bank_name: str
    bank_account: str
    account_name: str
    tax_id: str
    notes: str
    region_codes: list[str]


def _clean_provider(session: Session, own: Provider | None, *, bank_account: str | None, **kw: Any) -> _ProviderFields:
    code = clean_code(kw["code"])
    _unique_code(session, Provider, code, own.id if own else None, _PROVIDER_CODE_TAKEN)
    account = _kept_or_cleaned(bank_account, own.bank_account if own else "", mask_bank_account, clean_bank_account)
    return _ProviderFields(
        code=code,
        name=_clean_name(kw["name"], MAX_PROVIDER_NAME),
        provider_type_id=_clean_type_choice(session, kw["provider_type_id"], own.provider_type_id if own else None),
        contact_name=_clean_text(kw["contact_name"], "contact_name", MAX_CONTACT),
        phone=clean_phone(kw["phone"])[0],
        address=_clean_text(kw["address"], "address", MAX_ADDRESS),
        bank_name=_clean_bank(kw["bank_name"], account),
        bank_account=account,
        account_name=_clean_text(kw["account_name"], "account_name", MAX_ACCOUNT_NAME),
        tax_id=_clean_tax_id(kw["tax_id"]),
        notes=_clean_text(kw["notes"], "notes", MAX_NOTES),
        region_codes=clean_region_codes(kw["region_codes"]),
    )


def _apply_provider(provider: Provider, f: _ProviderFields, actor: Actor) -> None:
    for name in (
        "code",
        "name",
        "provider_type_id",
        "contact_name",
        "phone",
        "address",
        "bank_name",
        "bank_account",
        "account_name",
        "tax_id",
        "notes",
    ):
        setattr(provider, name, getattr(f, name))
    provider.updated_by_id = actor.user_id
    provider.updated_at = utcnow()


def create_provider(
    session: Session,
    actor: Actor,
    *,
    code: str,
    name: str,
    provider_type_id: uuid.UUID,
    contact_name: str = "",
    phone: str = "",
    address: str = "",
    bank_name: str = "",
    bank_account: str = "",
    account_name: str = "",
    tax_id: str = "",
    notes: str = "",
    region_codes: Iterable[str] = (),
) -> ProviderRow:
    """A new, active service provider covering ``region_codes`` (each with everything below it).

    Raises:
        ValidationError: bad input (the field is named), a code in use, an inactive type.
        PermissionDenied: no permission, or regions outside the actor's scope.
    """
    require(actor, Permission.MANAGE_PROVIDERS)
    f = _clean_provider(
        session,
        None,
        bank_account=bank_account,
        code=code,
        name=name,
        provider_type_id=provider_type_id,
        contact_name=contact_name,
        phone=phone,
        address=address,
        bank_name=bank_name,
        account_name=account_name,
        tax_id=tax_id,
        notes=notes,
        region_codes=region_codes,
    )
    _require_edit_provider(actor, f.region_codes)
    provider = Provider(is_active=True)
    _apply_provider(provider, f, actor)
    session.add(provider)
    with _unique_values():
        session.flush()
    _write_regions(session, ProviderRegion, "provider_id", provider.id, f.region_codes)
    audit.record(
        session,
        actor,
        "provider.create",
        "provider",
        provider.id,
        after=_provider_snapshot(provider, f.region_codes),
        summary=_provider_label(provider),
    )
    return get_provider(session, actor, provider.id)


def _installers_outside(session: Session, provider_id: uuid.UUID, covered: Sequence[str]) -> list[str]:
    """Labels of the active installers of the provider with a region ``covered`` does not contain."""
    if not covered:
        return []
    ids = {
        installer_id: f"{code} {name}"
        for installer_id, code, name in session.execute(
            select(Installer.id, Installer.code, Installer.name).where(
                Installer.provider_id == provider_id, Installer.is_active.is_(True)
            )
        )
    }
    regions = _region_map(session, InstallerRegion, "installer_id", ids)
    return [ids[i] for i, codes in regions.items() if not all(_within_any(c, covered) for c in codes)]


def update_provider(
    session: Session,
    actor: Actor,
    provider_id: uuid.UUID,
    *,
    expected_version: int,
    code: str,
    name: str,
    provider_type_id: uuid.UUID,
    contact_name: str,
    phone: str,
    address: str,
    bank_name: str,
    bank_account: str | None,
    account_name: str,
    tax_id: str,
    notes: str,
    region_codes: Iterable[str],
) -> ProviderRow:
    """Save the provider dialog; ``region_codes`` replace the covered regions.

    Args:
        bank_account: None, or the masked text the dialog showed, keeps the stored account.

    Raises:
        StaleWriteError: someone saved the provider after ``expected_version`` was loaded.
        ValidationError: also when an active installer works in a region no longer covered.
    """
    provider = _get_provider(session, provider_id)
    old_regions = _provider_regions(session, provider_id)
    _require_edit_provider(actor, old_regions)
    check_version(session, provider, expected_version, _provider_label(provider), actor)
    f = _clean_provider(
        session,
        provider,
        bank_account=bank_account,
        code=code,
        name=name,
        provider_type_id=provider_type_id,
        contact_name=contact_name,
        phone=phone,
        address=address,
        bank_name=bank_name,
        account_name=account_name,
        tax_id=tax_id,
        notes=notes,
        region_codes=region_codes,
    )
    _require_edit_provider(actor, f.region_codes)
    outside = _installers_outside(session, provider_id, f.region_codes)
    if outside:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The installers {installers} work in regions the provider would no longer cover. "
                "Change their regions first.",
            ),
            field="region_codes",
            installers="、".join(outside),
        )
    before = _provider_snapshot(provider, old_regions)
    with _unique_values(), stale_guard(session, provider, _provider_label(provider), actor):
        _apply_provider(provider, f, actor)  # always touches the row: a change of regions alone bumps the version
    _write_regions(session, ProviderRegion, "provider_id", provider_id, f.region_codes)
    audit.record(
        session,
        actor,
        "provider.update",
        "provider",
        provider_id,
        before=before,
        after=_provider_snapshot(provider, f.region_codes),
        summary=_provider_label(provider),
    )
    return get_provider(session, actor, provider_id)


def set_provider_active(
    session: Session,
    actor: Actor,
    provider_id: uuid.UUID,
    *,
    expected_version: int,
    active: bool,
    deactivate_installers: bool = False,
) -> ProviderRow:
    """Deactivate (or reactivate) a provider.

    Deactivating is refused while the provider has active installers, unless
    ``deactivate_installers``: then they are deactivated with it (each audited).
    """
    provider = _get_provider(session, provider_id)
    regions = _provider_regions(session, provider_id)
    _require_edit_provider(actor, regions)
    check_version(session, provider, expected_version, _provider_label(provider), actor)
    if provider.is_active == active:
        return get_provider(session, actor, provider_id)
    if not active:
        installers = list(
            session.scalars(
                select(Installer)
                .where(Installer.provider_id == provider_id, Installer.is_active.is_(True))
                .order_by(Installer.code)
            )
        )
        if installers and not deactivate_installers:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "{provider} still has {count} active installers. Deactivate them too, or move them to "
                    "another provider first.",
                ),
                field="is_active",
                provider=_provider_label(provider),
                count=len(installers),
            )
        for installer in installers:
            _set_installer_flag(session, actor, installer, False)
    before = _provider_snapshot(provider, regions)
    with stale_guard(session, provider, _provider_label(provider), actor):
        provider.is_active = active
        provider.updated_by_id = actor.user_id
        provider.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "provider.activate" if active else "provider.deactivate",
        "provider",
        provider_id,
        before=before,
        after=_provider_snapshot(provider, regions),
        summary=_provider_label(provider),
    )
    return get_provider(session, actor, provider_id)


# --- installers -------------------------------------------------------------------------------


def _installer_select() -> Any:
    return (
        select(Installer, Provider.code, Provider.name, Provider.is_active, User.username, User.display_name)
        .join(Provider, Provider.id == Installer.provider_id)
        .outerjoin(User, User.id == Installer.user_id)
    )


def _installer_rows(session: Session, actor: Actor, stmt: Any) -> list[InstallerRow]:
    found = session.execute(stmt).all()
    small = len(found) < SMALL_READ
    own = _region_map(session, InstallerRegion, "installer_id", [r[0].id for r in found] if small else None)
    providers = _region_map(
        session, ProviderRegion, "provider_id", {r[0].provider_id for r in found} if small else None
    )
    show = actor.can(Permission.VIEW_PII)
    paths = _Paths()
    rows = []
    for i, provider_code, provider_name, provider_active, username, display_name in found:
        codes = tuple(own.get(i.id, ()))
        covered = tuple(providers.get(i.provider_id, ()))
        rows.append(
            InstallerRow(
                i.id,
                i.code,
                i.name,
                i.provider_id,
                provider_code,
                provider_name,
                bool(provider_active),
                i.phone,
                i.id_number if show else mask_id_number(i.id_number),
                i.bank_name,
                i.bank_account if show else mask_bank_account(i.bank_account),
                i.tax_mode,
                i.user_id,
                username or "",
                display_name or "",
                codes,
                paths(codes),
                covered,
                paths(covered),
                i.is_active,
                i.notes,
                not show,
                i.version,
            )
        )
    return rows


def installer_matches(
    row: InstallerRow,
    *,
    text: str | None = None,
    provider_id: uuid.UUID | None = None,
    region_code: str | None = None,
    include_inactive: bool = False,
) -> bool:
    """The filter of ``list_installers`` for one row (the pages filter loaded rows with it)."""
    if not (include_inactive or row.is_active):
        return False
    if provider_id is not None and row.provider_id != provider_id:
        return False
    if region_code and not _overlaps(row.region_codes or row.provider_region_codes, region_code):
        return False
    return _contains(text, (row.code, row.name, row.phone, row.provider_code, row.provider_name, row.username))


def list_installers(
    session: Session,
    actor: Actor,
    *,
    provider_id: uuid.UUID | None = None,
    region_code: str | None = None,
    text: str | None = None,
    include_inactive: bool = False,
) -> list[InstallerRow]:
    """Installers by code.

    Args:
        provider_id: only installers of this provider.
        region_code: only installers working there (their regions, else their provider's,
            contain it or lie inside it).
        text: code, name, phone or login of the installer, or code or name of the provider,
            contains it (ignoring case).
        include_inactive: also deactivated installers.
    """
    _require_read(actor)
    stmt = _installer_select().order_by(Installer.code)
    if provider_id is not None:
        stmt = stmt.where(Installer.provider_id == provider_id)
    wanted = (region_code or "").strip() or None
    return [
        r
        for r in _installer_rows(session, actor, stmt)
        if installer_matches(r, text=text, region_code=wanted, include_inactive=include_inactive)
    ]


def _get_installer(session: Session, installer_id: uuid.UUID) -> Installer:
    installer = session.get(Installer, installer_id)
    if installer is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The installer no longer exists."), field="installer_id")
    return installer


def get_installer(session: Session, actor: Actor, installer_id: uuid.UUID) -> InstallerRow:
    _require_read(actor)
    _get_installer(session, installer_id)
    return _installer_rows(session, actor, _installer_select().where(Installer.id == installer_id))[0]


def installer_for_user(session: Session, user_id: uuid.UUID) -> uuid.UUID | None:
    """The installer linked to the sign-in account ``user_id`` (also a deactivated one: its
    history stays visible), or None."""
    return session.scalar(select(Installer.id).where(Installer.user_id == user_id))


def installer_logins(session: Session, actor: Actor) -> list[LoginChoice]:
    """Sign-in accounts with the installer role, by user name, with the installer each is linked to."""
    require(actor, Permission.MANAGE_PROVIDERS)
    linked = {
        user_id: (installer_id, f"{code} {name}")
        for user_id, installer_id, code, name in session.execute(
            select(Installer.user_id, Installer.id, Installer.code, Installer.name).where(
                Installer.user_id.is_not(None)
            )
        )
    }
    out = []
    for user in session.scalars(select(User).order_by(User.username)):
        if Role.INSTALLER.value not in (user.roles or ()):
            continue  # roles are a JSON list: filtered here, the same way on both databases
        installer_id, label = linked.get(user.id, (None, ""))
        out.append(LoginChoice(user.id, user.username, user.display_name, user.is_active, installer_id, label))
    return out


def _installer_label(installer: Installer) -> str:
    return f"{installer.code} {installer.name}"


def _installer_regions(session: Session, installer_id: uuid.UUID) -> list[str]:
    return _region_map(session, InstallerRegion, "installer_id", [installer_id]).get(installer_id, [])


def _installer_snapshot(installer: Installer, regions: Sequence[str]) -> dict[str, Any]:
    found = audit.snapshot(installer, INSTALLER_FIELDS)
    # The audit log keeps personal numbers masked, like the lists for readers without VIEW_PII.
    found["id_number"] = mask_id_number(installer.id_number)
    found["bank_account"] = mask_bank_account(installer.bank_account)
    found["region_codes"] = list(regions)
    return found


def _mark_hidden_changes(
    before: dict[str, Any], after: dict[str, Any], old: tuple[str, str], new: tuple[str, str]
) -> None:
    """A change that masking hides (same last digits) still shows in the audit entry."""
    for name, was, now in (("id_number", old[0], new[0]), ("bank_account", old[1], new[1])):
        if was != now and before[name] == after[name]:
            before[f"{name}_changed"] = False
            after[f"{name}_changed"] = True


def _clean_user(session: Session, user_id: uuid.UUID | None, own_id: uuid.UUID | None) -> uuid.UUID | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The sign-in account no longer exists."), field="user_id")
    if Role.INSTALLER.value not in (user.roles or ()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The account {user} does not have the installer role; only installer accounts can be linked.",
            ),
            field="user_id",
            user=f"{user.display_name} ({user.username})",
        )
    stmt = select(Installer.code, Installer.name).where(Installer.user_id == user_id)
    if own_id is not None:
        stmt = stmt.where(Installer.id != own_id)
    other = session.execute(stmt).first()
    if other is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The account {user} is already linked to the installer {installer}."),
            field="user_id",
            user=f"{user.display_name} ({user.username})",
            installer=f"{other[0]} {other[1]}",
        )
    return user_id


def _check_duplicate_id_number(session: Session, number: str, own_id: uuid.UUID | None) -> None:
    if not number:
        return
    stmt = select(Installer.code, Installer.name).where(Installer.id_number == number)
    if own_id is not None:
        stmt = stmt.where(Installer.id != own_id)
    other = session.execute(stmt).first()
    if other is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The installer {installer} already has this ID number."),
            field="id_number",
            installer=f"{other[0]} {other[1]}",
        )


def _clean_installer_provider(
    session: Session, actor: Actor, provider_id: uuid.UUID, current: uuid.UUID | None
) -> tuple[Provider, list[str]]:
    """The provider (which the actor must be allowed to edit) and its covered regions."""
    provider = _get_provider(session, provider_id)
    covered = _provider_regions(session, provider_id)
    _require_edit_provider(actor, covered)
    if not provider.is_active and provider_id != current:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The service provider {provider} is inactive; choose an active one."),
            field="provider_id",
            provider=_provider_label(provider),
        )
    return provider, covered


def _check_installer_regions(provider: Provider, covered: Sequence[str], codes: Sequence[str]) -> None:
    outside = [c for c in codes if covered and not _within_any(c, covered)]
    if outside:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{regions} lie outside the regions {provider} covers ({covered})."),
            field="region_codes",
            regions=_paths(outside),
            provider=_provider_label(provider),
            covered=_paths(covered),
        )


_INSTALLER_CODE_TAKEN = QT_TRANSLATE_NOOP("ScrmError", "The installer {name} already has the code {code}.")


@dataclass(frozen=True)
class _InstallerFields:
    code: str
    name: str
    provider_id: uuid.UUID
    phone: str
    id_number: str
    bank_name: str
    bank_account: str
    tax_mode: str
    user_id: uuid.UUID | None
    notes: str
    region_codes: list[str]


def _clean_installer(
    session: Session,
    actor: Actor,
    own: Installer | None,
    *,
    id_number: str | None,
    bank_account: str | None,
    **kw: Any,
) -> _InstallerFields:
    own_id = own.id if own else None
    code = clean_code(kw["code"])
    _unique_code(session, Installer, code, own_id, _INSTALLER_CODE_TAKEN)
    provider, covered = _clean_installer_provider(session, actor, kw["provider_id"], own.provider_id if own else None)
    number = _kept_or_cleaned(id_number, own.id_number if own else "", mask_id_number, clean_id_number)
    _check_duplicate_id_number(session, number, own_id)
    account = _kept_or_cleaned(bank_account, own.bank_account if own else "", mask_bank_account, clean_bank_account)
    regions = clean_region_codes(kw["region_codes"])
    _check_installer_regions(provider, covered, regions)
    _require_regions_in_scope(actor, regions, required=False)
    return _InstallerFields(
        code=code,
        name=_clean_name(kw["name"], MAX_INSTALLER_NAME),
        provider_id=provider.id,
        phone=clean_phone(kw["phone"])[0],
        id_number=number,
        bank_name=_clean_bank(kw["bank_name"], account),
        bank_account=account,
        tax_mode=_clean_tax_mode(kw["tax_mode"]),
        user_id=_clean_user(session, kw["user_id"], own_id),
        notes=_clean_text(kw["notes"], "notes", MAX_NOTES),
        region_codes=regions,
    )


def _apply_installer(installer: Installer, f: _InstallerFields, actor: Actor) -> None:
    for name in (
        "code",
        "name",
        "provider_id",
        "phone",
        "id_number",
        "bank_name",
        "bank_account",
        "tax_mode",
        "user_id",
        "notes",
    ):
        setattr(installer, name, getattr(f, name))
    installer.updated_by_id = actor.user_id
    installer.updated_at = utcnow()


def create_installer(
    session: Session,
    actor: Actor,
    *,
    code: str,
    name: str,
    provider_id: uuid.UUID,
    phone: str = "",
    id_number: str = "",
    bank_name: str = "",
    bank_account: str = "",
    tax_mode: str = "withheld",
    user_id: uuid.UUID | None = None,
    region_codes: Iterable[str] = (),
    notes: str = "",
) -> InstallerRow:
    """A new, active installer of ``provider_id``.

    Args:
        tax_mode: "withheld" (the company withholds income tax) or "self_invoice".
        user_id: the sign-in account (role installer) that sees this installer's work and earnings.
        region_codes: where the installer works, inside the provider's regions; none: wherever
            the provider works.

    Raises:
        ValidationError: bad input naming the field: an ID number that fails GB 11643, an ID
            number or login another installer has, regions outside the provider's …
        PermissionDenied: no permission, or a provider outside the actor's regions.
    """
    require(actor, Permission.MANAGE_PROVIDERS)
    f = _clean_installer(
        session,
        actor,
        None,
        id_number=id_number,
        bank_account=bank_account,
        code=code,
        name=name,
        provider_id=provider_id,
        phone=phone,
        bank_name=bank_name,
        tax_mode=tax_mode,
        user_id=user_id,
        region_codes=region_codes,
        notes=notes,
    )
    installer = Installer(is_active=True)
    _apply_installer(installer, f, actor)
    session.add(installer)
    with _unique_values():
        session.flush()
    _write_regions(session, InstallerRegion, "installer_id", installer.id, f.region_codes)
    audit.record(
        session,
        actor,
        "installer.create",
        "installer",
        installer.id,
        after=_installer_snapshot(installer, f.region_codes),
        summary=_installer_label(installer),
    )
    return get_installer(session, actor, installer.id)


def update_installer(
    session: Session,
    actor: Actor,
    installer_id: uuid.UUID,
    *,
    expected_version: int,
    code: str,
    name: str,
    provider_id: uuid.UUID,
    phone: str,
    id_number: str | None,
    bank_name: str,
    bank_account: str | None,
    tax_mode: str,
    user_id: uuid.UUID | None,
    region_codes: Iterable[str],
    notes: str,
) -> InstallerRow:
    """Save the installer dialog (also moves the installer to another provider).

    Args:
        id_number, bank_account: None, or the masked text the dialog showed, keep the stored value.

    Raises:
        StaleWriteError: someone saved the installer after ``expected_version`` was loaded.
    """
    installer = _get_installer(session, installer_id)
    _require_edit_provider(actor, _provider_regions(session, installer.provider_id))
    check_version(session, installer, expected_version, _installer_label(installer), actor)
    old_regions = _installer_regions(session, installer_id)
    old_private = (installer.id_number, installer.bank_account)
    f = _clean_installer(
        session,
        actor,
        installer,
        id_number=id_number,
        bank_account=bank_account,
        code=code,
        name=name,
        provider_id=provider_id,
        phone=phone,
        bank_name=bank_name,
        tax_mode=tax_mode,
        user_id=user_id,
        region_codes=region_codes,
        notes=notes,
    )
    before = _installer_snapshot(installer, old_regions)
    with _unique_values(), stale_guard(session, installer, _installer_label(installer), actor):
        _apply_installer(installer, f, actor)
    _write_regions(session, InstallerRegion, "installer_id", installer_id, f.region_codes)
    after = _installer_snapshot(installer, f.region_codes)
    _mark_hidden_changes(before, after, old_private, (installer.id_number, installer.bank_account))
    audit.record(
        session,
        actor,
        "installer.update",
        "installer",
        installer_id,
        before=before,
        after=after,
        summary=_installer_label(installer),
    )
    return get_installer(session, actor, installer_id)


def _set_installer_flag(session: Session, actor: Actor, installer: Installer, active: bool) -> None:
    regions = _installer_regions(session, installer.id)
    before = _installer_snapshot(installer, regions)
    with stale_guard(session, installer, _installer_label(installer), actor):
        installer.is_active = active
        installer.updated_by_id = actor.user_id
        installer.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "installer.activate" if active else "installer.deactivate",
        "installer",
        installer.id,
        before=before,
        after=_installer_snapshot(installer, regions),
        summary=_installer_label(installer),
    )


def set_installer_active(
    session: Session, actor: Actor, installer_id: uuid.UUID, *, expected_version: int, active: bool
) -> InstallerRow:
    """Deactivate an installer (kept for history; no longer chosen for work) or reactivate one;
    reactivating is refused while the provider is inactive."""
    installer = _get_installer(session, installer_id)
    _require_edit_provider(actor, _provider_regions(session, installer.provider_id))
    check_version(session, installer, expected_version, _installer_label(installer), actor)
    if installer.is_active == active:
        return get_installer(session, actor, installer_id)
    if active:
        provider = _get_provider(session, installer.provider_id)
        if not provider.is_active:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "The service provider {provider} is inactive. Activate it first, or move the installer to "
                    "another provider.",
                ),
                field="is_active",
                provider=_provider_label(provider),
            )
    _set_installer_flag(session, actor, installer, active)
    return get_installer(session, actor, installer_id)
