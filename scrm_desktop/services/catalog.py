"""The catalog: category trees, service items (项目库) and spare parts (备件库), service packages (服务包).

Who may do what:

- every signed-in user reads everything here (work orders and prices need the catalog);
- national rows (``owner_region_code`` None) are changed with ``Permission.EDIT_NATIONAL_CATALOG``
  (administrators, pricing managers); so are the category trees, which are one national structure;
- rows owned by a region are changed with ``EDIT_REGIONAL_CATALOG`` (or the national permission) by
  actors whose region scope covers that region: a branch editor creates rows for its own regions,
  must name one, and can only read national rows. ``may_edit`` is the same test for the views.

Items and packages are never deleted, only deactivated: work orders and prices refer to them. A
category is deleted only while it is empty. Every change is validated, version-checked and audited
in the caller's transaction.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import String, delete, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from scrm_desktop.models import CatalogCategory, CatalogItem, ServicePackage, ServicePackageLine
from scrm_desktop.models.catalog import KINDS
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.customers import _as_uuid
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from scrm_desktop.services.money import parse_quantity
from scrm_desktop.services.permissions import Actor, Permission, region_covers, require, require_region
from scrm_desktop.services.regions import region_index

CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9\-_.]{0,39}")
MAX_CATEGORY_NAME = 100
MAX_ITEM_NAME = 200
MAX_UNIT = 20
MAX_SPEC = 200
MAX_PACKAGE_NAME = 200
MAX_DESCRIPTION = 500
MAX_DEPTH = 4
MIN_COMPLEXITY, MAX_COMPLEXITY = 1, 5
# Units the dialogs offer; any other short unit is accepted too.
UNITS = ("项", "次", "台", "套", "个", "米", "根", "只", "件", "卷", "组", "平方米", "小时", "千瓦")
CATEGORY_FIELDS = ("kind", "parent_id", "code", "name", "sort_order")
ITEM_FIELDS = ("kind", "code", "name", "unit", "spec", "category_id", "complexity", "is_active", "owner_region_code")
PACKAGE_FIELDS = ("code", "name", "description", "is_active", "owner_region_code")


# --- rows -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """One category; ``path`` is ``安装 / 空调安装``, ``depth`` 0 for a top-level category."""

    id: uuid.UUID
    kind: str
    parent_id: uuid.UUID | None
    code: str
    name: str
    sort_order: int
    path: str
    depth: int
    version: int


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build, and lists hold 20,000
class ItemRow:
    """A service item or a spare part as lists, dialogs and the price grid show it.

    ``category_code``/``category_path`` are "" without a category; ``owner_region_code`` None is
    a national row.
    """

    id: uuid.UUID
    kind: str
    code: str
    name: str
    unit: str
    spec: str
    category_id: uuid.UUID | None
    category_code: str
    category_path: str
    complexity: int
    is_active: bool
    owner_region_code: str | None
    version: int


@dataclass(frozen=True, slots=True)
class PackageLineRow:
    item_id: uuid.UUID
    item_code: str
    item_name: str
    item_kind: str
    unit: str
    quantity: Decimal
    item_active: bool


@dataclass(frozen=True, slots=True)
class PackageRow:
    """A service package; ``lines`` is filled by ``get_package`` (``list_packages`` leaves it empty
    and says how many there are in ``line_count``)."""

    id: uuid.UUID
    code: str
    name: str
    description: str
    is_active: bool
    owner_region_code: str | None
    line_count: int
    version: int
    lines: tuple[PackageLineRow, ...] = ()


# --- permissions ------------------------------------------------------------------------------


def may_edit(actor: Actor, owner_region_code: str | None) -> bool:
    """Whether ``actor`` may create or change a catalog row owned by ``owner_region_code``."""
    if owner_region_code is None:
        return actor.can(Permission.EDIT_NATIONAL_CATALOG)
    if not (actor.can(Permission.EDIT_REGIONAL_CATALOG) or actor.can(Permission.EDIT_NATIONAL_CATALOG)):
        return False
    return actor.in_scope(owner_region_code)


def may_edit_any(actor: Actor) -> bool:
    """Whether ``actor`` may change any catalog row at all (else the pages are read-only)."""
    return actor.can(Permission.EDIT_NATIONAL_CATALOG) or actor.can(Permission.EDIT_REGIONAL_CATALOG)


def _require_edit(actor: Actor, owner_region_code: str | None) -> None:
    if owner_region_code is None:
        if actor.can(Permission.EDIT_REGIONAL_CATALOG) and not actor.can(Permission.EDIT_NATIONAL_CATALOG):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "{user} may only read the national catalog; choose one of your regions as the owner.",
                ),
                field="owner_region_code",
                user=actor.display_name,
            )
        require(actor, Permission.EDIT_NATIONAL_CATALOG)
        return
    if not actor.can(Permission.EDIT_NATIONAL_CATALOG):
        require(actor, Permission.EDIT_REGIONAL_CATALOG)
    require_region(actor, owner_region_code)


# --- validation -------------------------------------------------------------------------------


def clean_code(raw: str, *, row: int | None = None) -> str:
    """``ac-install`` → ``AC-INSTALL``; refused unless letters, digits, ``-``, ``_`` and ``.``."""
    code = raw.strip().upper()
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The code must not be empty."), field="code", row=row)
    if not CODE_PATTERN.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "“{code}” is not a valid code: use up to 40 letters, digits, “-”, “_” and “.”, "
                "starting with a letter or digit.",
            ),
            field="code",
            row=row,
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


def _clean_unit(raw: str) -> str:
    unit = "".join(raw.split())
    if not unit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The unit must not be empty (for example 项, 台, 套, 米)."), field="unit"
        )
    if len(unit) > MAX_UNIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The unit must not be longer than {n} characters."), field="unit", n=MAX_UNIT
        )
    return unit


def _clean_spec(raw: str) -> str:
    spec = " ".join(raw.split())
    if len(spec) > MAX_SPEC:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The specification must not be longer than {n} characters."),
            field="spec",
            n=MAX_SPEC,
        )
    return spec


def _clean_description(raw: str) -> str:
    text = raw.strip()
    if len(text) > MAX_DESCRIPTION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The description must not be longer than {n} characters."),
            field="description",
            n=MAX_DESCRIPTION,
        )
    return text


def _clean_complexity(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_COMPLEXITY <= value <= MAX_COMPLEXITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The complexity must be a whole number from 1 to 5, not {value}."),
            field="complexity",
            value=value,
        )
    return value


def _clean_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{kind}” is not a kind of catalog row; use service or part."),
            field="kind",
            kind=kind,
        )
    return kind


def _clean_owner(raw: str | None) -> str | None:
    code = (raw or "").strip()
    if not code:
        return None
    if code not in region_index():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a region code."), field="owner_region_code", code=code
        )
    return code


def _unique_code(session: Session, model: Any, code: str, own_id: uuid.UUID | None, message: str) -> None:
    stmt = select(model.id).where(model.code == code)
    if own_id is not None:
        stmt = stmt.where(model.id != own_id)
    if session.scalar(stmt) is not None:
        raise ValidationError(message, field="code", code=code)


# --- categories -------------------------------------------------------------------------------


def _category_rows(session: Session, kind: str | None = None) -> list[CategoryRow]:
    """Categories depth first, siblings by sort order and code, with their paths."""
    stmt = select(
        CatalogCategory.id,
        CatalogCategory.kind,
        CatalogCategory.parent_id,
        CatalogCategory.code,
        CatalogCategory.name,
        CatalogCategory.sort_order,
        CatalogCategory.version,
    )
    if kind is not None:
        stmt = stmt.where(CatalogCategory.kind == kind)
    found = session.execute(stmt).all()
    children: dict[uuid.UUID | None, list[Any]] = {}
    for row in found:
        children.setdefault(row.parent_id, []).append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: (r.kind, r.sort_order, r.code))
    out: list[CategoryRow] = []

    def walk(parent: uuid.UUID | None, prefix: str, depth: int) -> None:
        for r in children.get(parent, ()):
            path = f"{prefix} / {r.name}" if prefix else r.name
            out.append(CategoryRow(r.id, r.kind, r.parent_id, r.code, r.name, r.sort_order, path, depth, r.version))
            walk(r.id, path, depth + 1)

    walk(None, "", 0)
    return out


def list_categories(session: Session, actor: Actor, kind: str | None = None) -> list[CategoryRow]:
    """The category tree of ``kind`` (both when None), depth first: a parent before its children."""
    del actor  # everyone signed in may read the catalog
    return _category_rows(session, _clean_kind(kind) if kind is not None else None)


def category_subtree(categories: Iterable[CategoryRow], category_id: uuid.UUID) -> set[uuid.UUID]:
    """``category_id`` and the ids of every category below it."""
    children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for c in categories:
        children.setdefault(c.parent_id, []).append(c.id)
    found = {category_id}
    pending = [category_id]
    while pending:
        for child in children.get(pending.pop(), ()):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def _get_category(session: Session, category_id: uuid.UUID) -> CatalogCategory:
    category = session.get(CatalogCategory, category_id)
    if category is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The category no longer exists."), field="category_id")
    return category


def _category_row(session: Session, category_id: uuid.UUID) -> CategoryRow:
    category = _get_category(session, category_id)
    return next(c for c in _category_rows(session, category.kind) if c.id == category_id)


def _category_label(category: CatalogCategory) -> str:
    return category.name


def _clean_category_name(
    session: Session, kind: str, parent_id: uuid.UUID | None, raw: str, own_id: uuid.UUID | None
) -> str:
    name = _clean_name(raw, MAX_CATEGORY_NAME)
    stmt = select(CatalogCategory.id).where(
        CatalogCategory.kind == kind,
        CatalogCategory.name == name,
        CatalogCategory.parent_id.is_(None) if parent_id is None else CatalogCategory.parent_id == parent_id,
    )
    if own_id is not None:
        stmt = stmt.where(CatalogCategory.id != own_id)
    if session.scalar(stmt) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "There is already a category named {name} at this place in the tree."),
            field="name",
            name=name,
        )
    return name


def _depth_of(session: Session, category_id: uuid.UUID | None) -> int:
    """How many categories lie on the path to ``category_id`` (0 for the root)."""
    depth = 0
    while category_id is not None:
        depth += 1
        category_id = session.scalar(select(CatalogCategory.parent_id).where(CatalogCategory.id == category_id))
    return depth


def _height_below(session: Session, kind: str, category_id: uuid.UUID) -> int:
    """1 for a leaf, 2 for a category with children only, …"""
    rows = _category_rows(session, kind)
    by_id = {c.id: c for c in rows}
    below = category_subtree(rows, category_id)
    return max(by_id[c].depth for c in below) - by_id[category_id].depth + 1


def _clean_parent(session: Session, kind: str, parent_id: uuid.UUID | None) -> CatalogCategory | None:
    if parent_id is None:
        return None
    parent = session.get(CatalogCategory, parent_id)
    if parent is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The parent category no longer exists."), field="parent_id")
    if parent.kind != kind:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The category {name} belongs to the other catalog."),
            field="parent_id",
            name=parent.name,
        )
    return parent


def create_category(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    code: str,
    name: str,
    parent_id: uuid.UUID | None = None,
) -> CategoryRow:
    """A new category at the end of its siblings (the trees are national: admin/pricing manager)."""
    require(actor, Permission.EDIT_NATIONAL_CATALOG)
    kind = _clean_kind(kind)
    _clean_parent(session, kind, parent_id)
    if _depth_of(session, parent_id) + 1 > MAX_DEPTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Categories can be nested at most {n} levels deep."),
            field="parent_id",
            n=MAX_DEPTH,
        )
    code = clean_code(code)
    _unique_code(
        session,
        CatalogCategory,
        code,
        None,
        QT_TRANSLATE_NOOP("ScrmError", "Another category already has the code {code}."),
    )
    name = _clean_category_name(session, kind, parent_id, name, None)
    last = session.scalar(
        select(func.max(CatalogCategory.sort_order)).where(
            CatalogCategory.kind == kind,
            CatalogCategory.parent_id.is_(None) if parent_id is None else CatalogCategory.parent_id == parent_id,
        )
    )
    category = CatalogCategory(
        kind=kind,
        parent_id=parent_id,
        code=code,
        name=name,
        sort_order=(last or 0) + 10,
        updated_by_id=actor.user_id,
    )
    session.add(category)
    session.flush()
    audit.record(
        session,
        actor,
        "catalog_category.create",
        "catalog_category",
        category.id,
        after=audit.snapshot(category, CATEGORY_FIELDS),
        summary=f"{code} {name}",
    )
    return _category_row(session, category.id)


def rename_category(
    session: Session, actor: Actor, category_id: uuid.UUID, *, expected_version: int, code: str, name: str
) -> CategoryRow:
    """Change a category's code and name (rules refer to the code: they keep the old one)."""
    require(actor, Permission.EDIT_NATIONAL_CATALOG)
    category = _get_category(session, category_id)
    check_version(session, category, expected_version, _category_label(category), actor)
    before = audit.snapshot(category, CATEGORY_FIELDS)
    new_code = clean_code(code)
    _unique_code(
        session,
        CatalogCategory,
        new_code,
        category_id,
        QT_TRANSLATE_NOOP("ScrmError", "Another category already has the code {code}."),
    )
    new_name = _clean_category_name(session, category.kind, category.parent_id, name, category_id)
    with stale_guard(session, category, _category_label(category), actor):
        category.code = new_code
        category.name = new_name
        category.updated_by_id = actor.user_id
        category.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "catalog_category.update",
        "catalog_category",
        category_id,
        before=before,
        after=audit.snapshot(category, CATEGORY_FIELDS),
        summary=f"{new_code} {new_name}",
    )
    return _category_row(session, category_id)


def move_category(
    session: Session, actor: Actor, category_id: uuid.UUID, *, expected_version: int, parent_id: uuid.UUID | None
) -> CategoryRow:
    """Put a category (with everything below it) under ``parent_id`` (None: top level)."""
    require(actor, Permission.EDIT_NATIONAL_CATALOG)
    category = _get_category(session, category_id)
    check_version(session, category, expected_version, _category_label(category), actor)
    _clean_parent(session, category.kind, parent_id)
    if parent_id is not None and parent_id in category_subtree(_category_rows(session, category.kind), category_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "A category cannot be moved into itself or into one of its subcategories."),
            field="parent_id",
        )
    if _depth_of(session, parent_id) + _height_below(session, category.kind, category_id) > MAX_DEPTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Categories can be nested at most {n} levels deep."),
            field="parent_id",
            n=MAX_DEPTH,
        )
    _clean_category_name(session, category.kind, parent_id, category.name, category_id)
    before = audit.snapshot(category, CATEGORY_FIELDS)
    with stale_guard(session, category, _category_label(category), actor):
        category.parent_id = parent_id
        category.updated_by_id = actor.user_id
        category.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "catalog_category.move",
        "catalog_category",
        category_id,
        before=before,
        after=audit.snapshot(category, CATEGORY_FIELDS),
        summary=f"{category.code} {category.name}",
    )
    return _category_row(session, category_id)


def delete_category(session: Session, actor: Actor, category_id: uuid.UUID, *, expected_version: int) -> None:
    """Delete an empty category: refused while it has subcategories or items (also inactive ones)."""
    require(actor, Permission.EDIT_NATIONAL_CATALOG)
    category = _get_category(session, category_id)
    check_version(session, category, expected_version, _category_label(category), actor)
    children = session.scalar(select(func.count()).where(CatalogCategory.parent_id == category_id)) or 0
    items = session.scalar(select(func.count()).where(CatalogItem.category_id == category_id)) or 0
    if children or items:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The category {name} still has {children} subcategories and {items} items. Move or delete them first.",
            ),
            field="category_id",
            name=category.name,
            children=children,
            items=items,
        )
    before = audit.snapshot(category, CATEGORY_FIELDS)
    with stale_guard(session, category, _category_label(category), actor):
        session.delete(category)
    audit.record(
        session,
        actor,
        "catalog_category.delete",
        "catalog_category",
        category_id,
        before=before,
        summary=f"{before['code']} {before['name']}",
    )


# --- items ------------------------------------------------------------------------------------

# Ids come back raw (SQLite: 32 hex digits, PostgreSQL: UUID objects) and are converted with the
# customers list's fast path and a per-category cache: a 20,000-row list builds in a few dozen ms.
_ITEM_COLUMNS = (
    type_coerce(CatalogItem.id, String),
    CatalogItem.kind,
    CatalogItem.code,
    CatalogItem.name,
    CatalogItem.unit,
    CatalogItem.spec,
    type_coerce(CatalogItem.category_id, String),
    CatalogItem.complexity,
    CatalogItem.is_active,
    CatalogItem.owner_region_code,
    CatalogItem.version,
)


def _item_rows(session: Session, stmt: Any, categories: Sequence[CategoryRow] | None = None) -> list[ItemRow]:
    """Build rows from a select of ``_ITEM_COLUMNS`` (one query, plus one for the categories)."""
    by_raw: dict[Any, tuple[uuid.UUID | None, str, str]] = {None: (None, "", "")}
    for c in categories if categories is not None else _category_rows(session):
        by_raw[c.id] = by_raw[c.id.hex] = (c.id, c.code, c.path)
    out: list[ItemRow] = []
    append = out.append
    new_object, set_attribute, uuid_type, safe = object.__new__, object.__setattr__, uuid.UUID, uuid.SafeUUID.unknown
    row_type = ItemRow
    for raw_id, kind, code, name, unit, spec, raw_category, cx, active, owner, ver in (
        session.connection().execute(stmt).all()
    ):
        category = by_raw.get(raw_category)
        if category is None:  # a category created after the categories were read
            category = by_raw[raw_category] = (_as_uuid(raw_category), "", "")
        if raw_id.__class__ is uuid_type:
            item_id = raw_id
        else:  # what ``_as_uuid`` does, inlined: this loop runs 20,000 times for the price grid
            item_id = new_object(uuid_type)
            set_attribute(item_id, "int", int(raw_id, 16))
            set_attribute(item_id, "is_safe", safe)
        append(row_type(item_id, kind, code, name, unit, spec, *category, cx, bool(active), owner, ver))
    return out


def list_items(
    session: Session,
    actor: Actor,
    *,
    kind: str | None = None,
    category_id: uuid.UUID | None = None,
    text: str | None = None,
    include_inactive: bool = False,
) -> list[ItemRow]:
    """Items and parts by code. ``category_id`` includes its subcategories; ``text`` matches code,
    name or specification (case-insensitive). Two queries whatever the number of rows."""
    del actor  # everyone signed in may read the catalog
    categories = _category_rows(session)
    stmt = select(*_ITEM_COLUMNS).order_by(CatalogItem.code)
    if kind is not None:
        stmt = stmt.where(CatalogItem.kind == _clean_kind(kind))
    if category_id is not None:
        stmt = stmt.where(CatalogItem.category_id.in_(sorted(category_subtree(categories, category_id))))
    if text and text.strip():
        needle = text.strip()
        stmt = stmt.where(
            or_(
                CatalogItem.code.icontains(needle, autoescape=True),
                CatalogItem.name.icontains(needle, autoescape=True),
                CatalogItem.spec.icontains(needle, autoescape=True),
            )
        )
    if not include_inactive:
        stmt = stmt.where(CatalogItem.is_active.is_(True))
    return _item_rows(session, stmt, categories)


def _get_item(session: Session, item_id: uuid.UUID) -> CatalogItem:
    item = session.get(CatalogItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The catalog item no longer exists."), field="item_id")
    return item


def get_item(session: Session, actor: Actor, item_id: uuid.UUID) -> ItemRow:
    del actor
    _get_item(session, item_id)
    return _item_rows(session, select(*_ITEM_COLUMNS).where(CatalogItem.id == item_id))[0]


def _item_label(item: CatalogItem) -> str:
    return f"{item.code} {item.name}"


def _clean_item_category(session: Session, kind: str, category_id: uuid.UUID | None) -> uuid.UUID | None:
    if category_id is None:
        return None
    category = session.get(CatalogCategory, category_id)
    if category is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The category no longer exists."), field="category_id")
    if category.kind != kind:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The category {name} belongs to the other catalog."),
            field="category_id",
            name=category.name,
        )
    return category_id


_ITEM_CODE_TAKEN = QT_TRANSLATE_NOOP("ScrmError", "Another service item or part already has the code {code}.")


def create_item(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    code: str,
    name: str,
    unit: str,
    spec: str = "",
    category_id: uuid.UUID | None = None,
    complexity: int = 1,
    owner_region_code: str | None = None,
) -> ItemRow:
    """A new service item (``kind="service"``) or spare part (``"part"``)."""
    owner = _clean_owner(owner_region_code)
    _require_edit(actor, owner)
    kind = _clean_kind(kind)
    code = clean_code(code)
    _unique_code(session, CatalogItem, code, None, _ITEM_CODE_TAKEN)
    item = CatalogItem(
        kind=kind,
        code=code,
        name=_clean_name(name, MAX_ITEM_NAME),
        unit=_clean_unit(unit),
        spec=_clean_spec(spec),
        category_id=_clean_item_category(session, kind, category_id),
        complexity=_clean_complexity(complexity),
        is_active=True,
        owner_region_code=owner,
        updated_by_id=actor.user_id,
    )
    session.add(item)
    session.flush()
    audit.record(
        session,
        actor,
        "catalog_item.create",
        "catalog_item",
        item.id,
        after=audit.snapshot(item, ITEM_FIELDS),
        summary=_item_label(item),
    )
    return get_item(session, actor, item.id)


def update_item(
    session: Session,
    actor: Actor,
    item_id: uuid.UUID,
    *,
    expected_version: int,
    code: str,
    name: str,
    unit: str,
    spec: str,
    category_id: uuid.UUID | None,
    complexity: int,
    owner_region_code: str | None,
) -> ItemRow:
    """Change an item or part (its kind stays). The actor must be allowed to edit both the old
    and the new owner."""
    item = _get_item(session, item_id)
    _require_edit(actor, item.owner_region_code)
    owner = _clean_owner(owner_region_code)
    _require_edit(actor, owner)
    check_version(session, item, expected_version, _item_label(item), actor)
    before = audit.snapshot(item, ITEM_FIELDS)
    new_code = clean_code(code)
    _unique_code(session, CatalogItem, new_code, item_id, _ITEM_CODE_TAKEN)
    values = {
        "code": new_code,
        "name": _clean_name(name, MAX_ITEM_NAME),
        "unit": _clean_unit(unit),
        "spec": _clean_spec(spec),
        "category_id": _clean_item_category(session, item.kind, category_id),
        "complexity": _clean_complexity(complexity),
        "owner_region_code": owner,
    }
    if owner is not None and owner != item.owner_region_code:
        _check_packages_accept_owner(session, item, owner)
    with stale_guard(session, item, _item_label(item), actor):
        for key, value in values.items():
            setattr(item, key, value)
        item.updated_by_id = actor.user_id
        item.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "catalog_item.update",
        "catalog_item",
        item_id,
        before=before,
        after=audit.snapshot(item, ITEM_FIELDS),
        summary=_item_label(item),
    )
    return get_item(session, actor, item_id)


def _packages_with_item(session: Session, item_id: uuid.UUID, *, active_only: bool) -> list[tuple[str, str | None]]:
    stmt = (
        select(ServicePackage.name, ServicePackage.owner_region_code)
        .join(ServicePackageLine, ServicePackageLine.package_id == ServicePackage.id)
        .where(ServicePackageLine.item_id == item_id)
        .order_by(ServicePackage.code)
    )
    if active_only:
        stmt = stmt.where(ServicePackage.is_active.is_(True))
    return [(name, owner) for name, owner in session.execute(stmt)]


def _names(names: Sequence[str]) -> str:
    return "、".join(names[:5]) + ("…" if len(names) > 5 else "")


def _check_packages_accept_owner(session: Session, item: CatalogItem, owner: str) -> None:
    """A regional item may only be in packages of its own region (see ``_check_lines``)."""
    refused = [
        name
        for name, pkg_owner in _packages_with_item(session, item.id, active_only=False)
        if pkg_owner is None or not region_covers(owner, pkg_owner)
    ]
    if refused:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "{item} is in service packages outside region {region} ({packages}); it cannot belong to that "
                "region alone.",
            ),
            field="owner_region_code",
            item=_item_label(item),
            region=owner,
            packages=_names(refused),
        )


def set_item_active(
    session: Session, actor: Actor, item_id: uuid.UUID, *, expected_version: int, active: bool
) -> ItemRow:
    """Deactivate (or reactivate) an item: inactive items stay for history but cannot be chosen.

    Refused while an active service package contains the item.
    """
    item = _get_item(session, item_id)
    _require_edit(actor, item.owner_region_code)
    check_version(session, item, expected_version, _item_label(item), actor)
    if item.is_active == active:
        return get_item(session, actor, item_id)
    if not active:
        used = [name for name, _owner in _packages_with_item(session, item_id, active_only=True)]
        if used:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "{item} is used by the active service packages {packages}. Remove it from them or "
                    "deactivate them first.",
                ),
                field="is_active",
                item=_item_label(item),
                packages=_names(used),
            )
    before = audit.snapshot(item, ITEM_FIELDS)
    with stale_guard(session, item, _item_label(item), actor):
        item.is_active = active
        item.updated_by_id = actor.user_id
        item.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "catalog_item.activate" if active else "catalog_item.deactivate",
        "catalog_item",
        item_id,
        before=before,
        after=audit.snapshot(item, ITEM_FIELDS),
        summary=_item_label(item),
    )
    return get_item(session, actor, item_id)


# --- service packages -------------------------------------------------------------------------

_PACKAGE_CODE_TAKEN = QT_TRANSLATE_NOOP("ScrmError", "Another service package already has the code {code}.")
PackageLineInput = tuple[uuid.UUID, Decimal | str | int]


def _line_counts(session: Session) -> dict[uuid.UUID, int]:
    stmt = select(ServicePackageLine.package_id, func.count()).group_by(ServicePackageLine.package_id)
    return {package_id: int(count) for package_id, count in session.execute(stmt)}


def _package_row(package: ServicePackage, line_count: int, lines: tuple[PackageLineRow, ...] = ()) -> PackageRow:
    return PackageRow(
        package.id,
        package.code,
        package.name,
        package.description,
        package.is_active,
        package.owner_region_code,
        line_count,
        package.version,
        lines,
    )


def _package_lines(session: Session, package_id: uuid.UUID) -> tuple[PackageLineRow, ...]:
    stmt = (
        select(
            CatalogItem.id,
            CatalogItem.code,
            CatalogItem.name,
            CatalogItem.kind,
            CatalogItem.unit,
            ServicePackageLine.quantity,
            CatalogItem.is_active,
        )
        .join(CatalogItem, CatalogItem.id == ServicePackageLine.item_id)
        .where(ServicePackageLine.package_id == package_id)
        .order_by(ServicePackageLine.sort_order, CatalogItem.code)
    )
    return tuple(PackageLineRow(*row) for row in session.execute(stmt))


def list_packages(
    session: Session, actor: Actor, *, text: str | None = None, include_inactive: bool = False
) -> list[PackageRow]:
    """Packages by code, without their lines (``line_count`` says how many)."""
    del actor
    stmt = select(ServicePackage).order_by(ServicePackage.code)
    if text and text.strip():
        needle = text.strip()
        stmt = stmt.where(
            or_(
                ServicePackage.code.icontains(needle, autoescape=True),
                ServicePackage.name.icontains(needle, autoescape=True),
            )
        )
    if not include_inactive:
        stmt = stmt.where(ServicePackage.is_active.is_(True))
    counts = _line_counts(session)
    return [_package_row(p, counts.get(p.id, 0)) for p in session.scalars(stmt)]


def _get_package(session: Session, package_id: uuid.UUID) -> ServicePackage:
    package = session.get(ServicePackage, package_id)
    if package is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The service package no longer exists."), field="package_id")
    return package


def get_package(session: Session, actor: Actor, package_id: uuid.UUID) -> PackageRow:
    """A package with its lines, in their order."""
    del actor
    package = _get_package(session, package_id)
    lines = _package_lines(session, package_id)
    return _package_row(package, len(lines), lines)


def _package_label(package: ServicePackage) -> str:
    return f"{package.code} {package.name}"


def _check_lines(
    session: Session, lines: Sequence[PackageLineInput], owner: str | None
) -> list[tuple[uuid.UUID, Decimal]]:
    """Known, active, distinct items with valid quantities; a national package holds national
    items only, a regional one national items and items of regions that cover its own."""
    if not lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "A service package needs at least one line."), field="lines"
        )
    ids = [item_id for item_id, _q in lines]
    items = {i.id: i for i in session.scalars(select(CatalogItem).where(CatalogItem.id.in_(set(ids))))}
    seen: set[uuid.UUID] = set()
    cleaned: list[tuple[uuid.UUID, Decimal]] = []
    for number, (item_id, raw_quantity) in enumerate(lines, start=1):
        item = items.get(item_id)
        if item is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("ScrmError", "The item of line {line} no longer exists."),
                field="item_id",
                row=number,
                line=number,
            )
        if item_id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "{item} is in the package twice; change the quantity of one line instead."
                ),
                field="item_id",
                row=number,
                item=_item_label(item),
            )
        seen.add(item_id)
        if not item.is_active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "{item} is inactive and cannot be put in a service package."),
                field="item_id",
                row=number,
                item=_item_label(item),
            )
        if item.owner_region_code is not None and (owner is None or not region_covers(item.owner_region_code, owner)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "{item} belongs to region {item_region} and cannot be used in a package for {package_region}.",
                ),
                field="item_id",
                row=number,
                item=_item_label(item),
                item_region=item.owner_region_code,
                package_region=owner or "—",
            )
        cleaned.append((item_id, parse_quantity(raw_quantity, field="quantity", row=number)))
    return cleaned


def _write_lines(session: Session, package_id: uuid.UUID, lines: Sequence[tuple[uuid.UUID, Decimal]]) -> None:
    session.execute(delete(ServicePackageLine).where(ServicePackageLine.package_id == package_id))
    session.add_all(
        ServicePackageLine(package_id=package_id, item_id=item_id, quantity=quantity, sort_order=(n + 1) * 10)
        for n, (item_id, quantity) in enumerate(lines)
    )
    session.flush()


def _lines_snapshot(lines: Sequence[tuple[uuid.UUID, Decimal]]) -> list[list[str]]:
    return [[str(item_id), str(quantity)] for item_id, quantity in lines]


def create_package(
    session: Session,
    actor: Actor,
    *,
    code: str,
    name: str,
    description: str = "",
    owner_region_code: str | None = None,
    lines: Sequence[PackageLineInput] = (),
) -> PackageRow:
    """A new package with ``lines`` = ``[(item_id, quantity), …]`` in the order given."""
    owner = _clean_owner(owner_region_code)
    _require_edit(actor, owner)
    code = clean_code(code)
    _unique_code(session, ServicePackage, code, None, _PACKAGE_CODE_TAKEN)
    package = ServicePackage(
        code=code,
        name=_clean_name(name, MAX_PACKAGE_NAME),
        description=_clean_description(description),
        is_active=True,
        owner_region_code=owner,
        updated_by_id=actor.user_id,
    )
    cleaned = _check_lines(session, lines, owner)
    session.add(package)
    session.flush()
    _write_lines(session, package.id, cleaned)
    audit.record(
        session,
        actor,
        "service_package.create",
        "service_package",
        package.id,
        after={**audit.snapshot(package, PACKAGE_FIELDS), "lines": _lines_snapshot(cleaned)},
        summary=_package_label(package),
    )
    return get_package(session, actor, package.id)


def update_package(
    session: Session,
    actor: Actor,
    package_id: uuid.UUID,
    *,
    expected_version: int,
    code: str,
    name: str,
    description: str,
    owner_region_code: str | None,
    lines: Sequence[PackageLineInput],
) -> PackageRow:
    """Change a package; ``lines`` replace the old lines (order kept)."""
    package = _get_package(session, package_id)
    _require_edit(actor, package.owner_region_code)
    owner = _clean_owner(owner_region_code)
    _require_edit(actor, owner)
    check_version(session, package, expected_version, _package_label(package), actor)
    old_lines = [(line.item_id, line.quantity) for line in _package_lines(session, package_id)]
    before = {**audit.snapshot(package, PACKAGE_FIELDS), "lines": _lines_snapshot(old_lines)}
    new_code = clean_code(code)
    _unique_code(session, ServicePackage, new_code, package_id, _PACKAGE_CODE_TAKEN)
    new_name = _clean_name(name, MAX_PACKAGE_NAME)
    new_description = _clean_description(description)
    cleaned = _check_lines(session, lines, owner)
    with stale_guard(session, package, _package_label(package), actor):
        package.code = new_code
        package.name = new_name
        package.description = new_description
        package.owner_region_code = owner
        # Always touch the row: a change of lines alone must bump the version too.
        package.updated_by_id = actor.user_id
        package.updated_at = utcnow()
    _write_lines(session, package_id, cleaned)
    audit.record(
        session,
        actor,
        "service_package.update",
        "service_package",
        package_id,
        before=before,
        after={**audit.snapshot(package, PACKAGE_FIELDS), "lines": _lines_snapshot(cleaned)},
        summary=_package_label(package),
    )
    return get_package(session, actor, package_id)


def set_package_active(
    session: Session, actor: Actor, package_id: uuid.UUID, *, expected_version: int, active: bool
) -> PackageRow:
    """Deactivate or reactivate a package; reactivating is refused while it holds an inactive item."""
    package = _get_package(session, package_id)
    _require_edit(actor, package.owner_region_code)
    check_version(session, package, expected_version, _package_label(package), actor)
    if package.is_active == active:
        return get_package(session, actor, package_id)
    if active:
        current = [(line.item_id, line.quantity) for line in _package_lines(session, package_id)]
        _check_lines(session, current, package.owner_region_code)
    before = audit.snapshot(package, PACKAGE_FIELDS)
    with stale_guard(session, package, _package_label(package), actor):
        package.is_active = active
        package.updated_by_id = actor.user_id
        package.updated_at = utcnow()
    audit.record(
        session,
        actor,
        "service_package.activate" if active else "service_package.deactivate",
        "service_package",
        package_id,
        before=before,
        after=audit.snapshot(package, PACKAGE_FIELDS),
        summary=_package_label(package),
    )
    return get_package(session, actor, package_id)


def expand_package(session: Session, actor: Actor, package_id: uuid.UUID) -> list[tuple[ItemRow, Decimal]]:
    """The items and quantities a work order started from the package gets, in the package's order.

    Refused for an inactive package.
    """
    package = _get_package(session, package_id)
    if not package.is_active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The service package {package} is inactive."),
            field="package_id",
            package=_package_label(package),
        )
    lines = _package_lines(session, package_id)
    items = {
        row.id: row
        for row in _item_rows(session, select(*_ITEM_COLUMNS).where(CatalogItem.id.in_([ln.item_id for ln in lines])))
    }
    del actor
    return [(items[line.item_id], line.quantity) for line in lines]


# --- bulk -----------------------------------------------------------------------------------


def count_items(session: Session, kind: str | None = None) -> int:
    stmt = select(func.count()).select_from(CatalogItem)
    if kind is not None:
        stmt = stmt.where(CatalogItem.kind == kind)
    return int(session.scalar(stmt) or 0)
