"""Tier rules: which price tier (档位) applies to a job, per price book (DESIGN §4, "Tier rules").

A tier rule is a scoped rule (``models.scoping.ScopeMixin``) whose outcome is a ``PriceTier``, kept
per book (``settlement``/``sales``). The one resolver in ``services/scoping.py`` picks the winning
rule for a context; ``services/price_resolution.py`` turns the winner's tier into a unit price.

Who may do what: reading rules needs ``Permission.EDIT_PRICES``, ``MANAGE_STATEMENTS`` or
``DISPATCH_WORK_ORDERS`` (finance and dispatch look prices up); creating, changing and
(de)activating them needs ``EDIT_PRICES``. Every change is audited; rules are never deleted.

The item category dimension matches the item's **own** category code exactly, not its ancestors.
A rule for 空调 (AC) therefore does not apply to an item filed under 空调 / 挂机安装 (AC-INSTALL).
Why exact, although ancestors read more naturally:

- the save-time lint (``check_no_conflicts``) reasons about exact values; with ancestry a rule on
  a category and one on its subcategory could tie at run time without the lint noticing, and
  DESIGN §4 promises that ties are refused when saved, never met at run time;
- resolving the category chain deepest-first would make category depth outrank region
  specificity, the first rank component of DESIGN §4, and would need several traces for one
  answer; ``scrm prices resolve`` and the test panel show exactly one;
- the fast path stays one ``resolve_winner`` call per (item, context).

To price a whole subtree alike, leave the category empty or make one rule per category.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrm_desktop.models import CatalogCategory, PriceTier, RegionGroup, TierRule
from scrm_desktop.models.ids import new_id
from scrm_desktop.services import audit
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require, require_region
from scrm_desktop.services.pricing import check_book
from scrm_desktop.services.regions import group_members, region_index
from scrm_desktop.services.scoping import Resolver, Rule, check_no_conflicts, rule_from_row

MAX_NAME = 100
MAX_VALUE = 50  # provider type, scenario and category codes (the ScopeMixin columns)
COMPLEXITY_RANGE = (1, 5)
PRIORITY_RANGE = (-999, 999)

# The scenarios (business lines) the forms offer; any other text is allowed. Provider types come
# from their editable list (``parties.provider_type_names``).
SCENARIOS = ("安装", "维修", "调试", "保养")

AUDITED_FIELDS = (
    "book",
    "name",
    "tier_id",
    "region_code",
    "region_group_id",
    "provider_type",
    "scenario",
    "item_category",
    "complexity",
    "priority",
    "valid_from",
    "valid_to",
    "is_active",
)


@dataclass(frozen=True, slots=True)
class Tier:
    """The outcome of a tier rule: a price tier as the resolver and the trace show it."""

    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class TierRuleRow:
    """A tier rule for the rules table: book, scope, tier and state, with names for display."""

    id: uuid.UUID
    book: str
    name: str
    tier_id: uuid.UUID
    tier_code: str
    tier_name: str
    region_code: str | None
    region_path: str
    region_group_id: uuid.UUID | None
    region_group_name: str
    provider_type: str | None
    scenario: str | None
    item_category: str | None
    item_category_name: str
    complexity: int | None
    priority: int
    valid_from: dt.date | None
    valid_to: dt.date | None
    is_active: bool
    version: int


# --- permissions and lookups ------------------------------------------------------------------


def require_read(actor: Actor) -> None:
    """Tier rules and prices are read by pricing, finance (statements) and dispatch (work orders)."""
    if not any(actor.can(p) for p in (Permission.MANAGE_STATEMENTS, Permission.DISPATCH_WORK_ORDERS)):
        require(actor, Permission.EDIT_PRICES)


def tiers_by_id(session: Session) -> dict[uuid.UUID, Tier]:
    """Every price tier, in their order."""
    stmt = select(PriceTier.id, PriceTier.code, PriceTier.name).order_by(PriceTier.sort_order, PriceTier.code)
    return {tid: Tier(tid, code, name) for tid, code, name in session.execute(stmt)}


def category_names(session: Session) -> dict[str, str]:
    """Catalog category code → name."""
    return dict(session.execute(select(CatalogCategory.code, CatalogCategory.name)).all())


def _rows(session: Session, rules: Iterable[TierRule]) -> list[TierRuleRow]:
    index = region_index()
    tiers = tiers_by_id(session)
    groups = dict(session.execute(select(RegionGroup.id, RegionGroup.name)).all())
    categories = category_names(session)
    rows = []
    for r in rules:
        tier = tiers.get(r.tier_id, Tier(r.tier_id, "", ""))
        rows.append(
            TierRuleRow(
                id=r.id,
                book=r.book,
                name=r.name,
                tier_id=r.tier_id,
                tier_code=tier.code,
                tier_name=tier.name,
                region_code=r.region_code,
                region_path=index.path_name(r.region_code) if r.region_code else "",
                region_group_id=r.region_group_id,
                region_group_name=groups.get(r.region_group_id, "") if r.region_group_id else "",
                provider_type=r.provider_type,
                scenario=r.scenario,
                item_category=r.item_category,
                item_category_name=categories.get(r.item_category, "") if r.item_category else "",
                complexity=r.complexity,
                priority=r.priority,
                valid_from=r.valid_from,
                valid_to=r.valid_to,
                is_active=r.is_active,
                version=r.version,
            )
        )
    return rows


def list_tier_rules(
    session: Session, actor: Actor, *, book: str | None = None, include_inactive: bool = True
) -> list[TierRuleRow]:
    """Tier rules of one book (or both), by book, active first, then by name."""
    require_read(actor)
    stmt = select(TierRule).order_by(TierRule.book.desc(), TierRule.is_active.desc(), TierRule.name, TierRule.id)
    if book is not None:
        stmt = stmt.where(TierRule.book == check_book(book))
    if not include_inactive:
        stmt = stmt.where(TierRule.is_active.is_(True))
    return _rows(session, session.scalars(stmt))


# --- the resolver -----------------------------------------------------------------------------


def _tier_rule(row: TierRule, tiers: dict[uuid.UUID, Tier]) -> Rule[Tier]:
    return rule_from_row(row, tiers.get(row.tier_id, Tier(row.tier_id, "?", "?")))


def active_rules(
    session: Session, book: str, *, excluding: uuid.UUID | None = None, tiers: dict[uuid.UUID, Tier] | None = None
) -> list[Rule[Tier]]:
    """The active tier rules of ``book`` as resolver rules (one query, by id)."""
    tiers = tiers if tiers is not None else tiers_by_id(session)
    stmt = select(TierRule).where(TierRule.book == book, TierRule.is_active.is_(True)).order_by(TierRule.id)
    return [_tier_rule(r, tiers) for r in session.scalars(stmt) if r.id != excluding]


def tier_resolver(session: Session, book: str) -> Resolver[Tier]:
    """A resolver over the active tier rules of ``book`` (built once; resolving needs no queries)."""
    return Resolver(active_rules(session, check_book(book)), region_index(), group_members(session))


# --- validation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Fields:
    name: str
    tier_id: uuid.UUID
    region_code: str | None
    region_group_id: uuid.UUID | None
    provider_type: str | None
    scenario: str | None
    item_category: str | None
    complexity: int | None
    priority: int
    valid_from: dt.date | None
    valid_to: dt.date | None


def _text(value: str | None, field: str) -> str | None:
    text = " ".join((value or "").split()) or None
    if text is not None and len(text) > MAX_VALUE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{text}” is longer than {n} characters."),
            field=field,
            text=text,
            n=MAX_VALUE,
        )
    return text


def _clean(session: Session, actor: Actor, **kw: Any) -> _Fields:
    name = " ".join(str(kw["name"]).split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The rule needs a name."), field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The name must not be longer than {n} characters."), field="name", n=MAX_NAME
        )
    tier_id = kw["tier_id"]
    if tier_id is None or session.get(PriceTier, tier_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Choose the price tier the rule gives."), field="tier_id")
    code = (kw["region_code"] or "").strip() or None
    group_id = kw["region_group_id"]
    if code is not None and group_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "A rule applies to a region or to a region group, not to both."),
            field="region_code",
        )
    if code is not None and region_index().get(code) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a region code."), field="region_code", code=code
        )
    if group_id is not None and session.get(RegionGroup, group_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The region group no longer exists."), field="region_group_id"
        )
    if actor.region_scope and code is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("ScrmError", "{user} may only make rules for a region inside their own regions."),
            user=actor.display_name,
        )
    require_region(actor, code)
    category = _text(kw["item_category"], "item_category")
    known = select(CatalogCategory.id).where(CatalogCategory.code == category)
    if category is not None and session.scalar(known) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a catalog category code."),
            field="item_category",
            code=category,
        )
    complexity = kw["complexity"]
    low, high = COMPLEXITY_RANGE
    if complexity is not None and not (isinstance(complexity, int) and low <= complexity <= high):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The complexity level must be a whole number from {low} to {high}."),
            field="complexity",
            low=low,
            high=high,
        )
    priority = kw["priority"]
    if not isinstance(priority, int) or not PRIORITY_RANGE[0] <= priority <= PRIORITY_RANGE[1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The priority must be a whole number from {low} to {high}."),
            field="priority",
            low=PRIORITY_RANGE[0],
            high=PRIORITY_RANGE[1],
        )
    valid_from, valid_to = kw["valid_from"], kw["valid_to"]
    if valid_from is not None and valid_to is not None and valid_from > valid_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The rule must start on or before the day it ends."), field="valid_to"
        )
    return _Fields(
        name=name,
        tier_id=tier_id,
        region_code=code,
        region_group_id=group_id,
        provider_type=_text(kw["provider_type"], "provider_type"),
        scenario=_text(kw["scenario"], "scenario"),
        item_category=category,
        complexity=complexity,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )


def _apply(rule: TierRule, f: _Fields, actor: Actor) -> None:
    rule.name = f.name
    rule.tier_id = f.tier_id
    rule.region_code = f.region_code
    rule.region_group_id = f.region_group_id
    rule.provider_type = f.provider_type
    rule.scenario = f.scenario
    rule.item_category = f.item_category
    rule.complexity = f.complexity
    rule.priority = f.priority
    rule.valid_from = f.valid_from
    rule.valid_to = f.valid_to
    rule.updated_by_id = actor.user_id


def _fields_of(rule: TierRule) -> _Fields:
    return _Fields(
        rule.name,
        rule.tier_id,
        rule.region_code,
        rule.region_group_id,
        rule.provider_type,
        rule.scenario,
        rule.item_category,
        rule.complexity,
        rule.priority,
        rule.valid_from,
        rule.valid_to,
    )


def _lint(session: Session, rule: TierRule) -> None:
    """Refuse a rule that could tie with another active rule of the same book (the lint names both)."""
    if not rule.is_active:
        return
    index = region_index()
    tiers = tiers_by_id(session)
    check_no_conflicts(
        _tier_rule(rule, tiers),
        active_rules(session, rule.book, excluding=rule.id, tiers=tiers),
        index,
        group_members(session),
        region_label=index.path_name,
    )


def _get(session: Session, rule_id: uuid.UUID) -> TierRule:
    rule = session.get(TierRule, rule_id)
    if rule is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The tier rule no longer exists."))
    return rule


def _record(session: Session, actor: Actor, action: str, rule: TierRule, before: dict[str, Any] | None) -> None:
    audit.record(
        session,
        actor,
        action,
        "tier_rule",
        rule.id,
        before=before,
        after=audit.snapshot(rule, AUDITED_FIELDS),
        summary=f"{rule.book}: {rule.name}",
    )


# --- actions ----------------------------------------------------------------------------------


def create_tier_rule(
    session: Session,
    actor: Actor,
    *,
    book: str,
    name: str,
    tier_id: uuid.UUID,
    region_code: str | None = None,
    region_group_id: uuid.UUID | None = None,
    provider_type: str | None = None,
    scenario: str | None = None,
    item_category: str | None = None,
    complexity: int | None = None,
    priority: int = 0,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> TierRuleRow:
    """Add a tier rule to ``book``. Empty dimensions mean "any"; ``item_category`` is a category code
    matched exactly (see the module docstring). A rule that could tie with an active rule of the
    same book is refused, naming both (``check_no_conflicts``)."""
    require(actor, Permission.EDIT_PRICES)
    book = check_book(book)
    fields = _clean(
        session,
        actor,
        name=name,
        tier_id=tier_id,
        region_code=region_code,
        region_group_id=region_group_id,
        provider_type=provider_type,
        scenario=scenario,
        item_category=item_category,
        complexity=complexity,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    rule = TierRule(id=new_id(), book=book, is_active=True)
    _apply(rule, fields, actor)
    _lint(session, rule)
    session.add(rule)
    session.flush()
    _record(session, actor, "tier_rule.create", rule, None)
    return _rows(session, [rule])[0]


def update_tier_rule(
    session: Session,
    actor: Actor,
    rule_id: uuid.UUID,
    *,
    expected_version: int,
    name: str,
    tier_id: uuid.UUID,
    region_code: str | None = None,
    region_group_id: uuid.UUID | None = None,
    provider_type: str | None = None,
    scenario: str | None = None,
    item_category: str | None = None,
    complexity: int | None = None,
    priority: int = 0,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> TierRuleRow:
    """Change a tier rule (same checks as ``create_tier_rule``); the book stays. Stale versions are refused."""
    require(actor, Permission.EDIT_PRICES)
    rule = _get(session, rule_id)
    check_version(session, rule, expected_version, rule.name, actor)
    if rule.region_code is not None:
        require_region(actor, rule.region_code)
    fields = _clean(
        session,
        actor,
        name=name,
        tier_id=tier_id,
        region_code=region_code,
        region_group_id=region_group_id,
        provider_type=provider_type,
        scenario=scenario,
        item_category=item_category,
        complexity=complexity,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    before = audit.snapshot(rule, AUDITED_FIELDS)
    # Lint a detached copy first, so a refused change never reaches the session.
    probe = TierRule(id=rule.id, book=rule.book, is_active=rule.is_active)
    _apply(probe, fields, actor)
    _lint(session, probe)
    with stale_guard(session, rule, rule.name, actor):
        _apply(rule, fields, actor)
    _record(session, actor, "tier_rule.update", rule, before)
    return _rows(session, [rule])[0]


def set_tier_rule_active(
    session: Session, actor: Actor, rule_id: uuid.UUID, active: bool, *, expected_version: int
) -> TierRuleRow:
    """Deactivate a tier rule, or activate it again after the conflict lint. Rules are never deleted."""
    require(actor, Permission.EDIT_PRICES)
    rule = _get(session, rule_id)
    check_version(session, rule, expected_version, rule.name, actor)
    if rule.region_code is not None or actor.region_scope:
        require_region(actor, rule.region_code)
    if active and not rule.is_active:
        probe = TierRule(id=rule.id, book=rule.book, is_active=True)
        _apply(probe, _fields_of(rule), actor)
        _lint(session, probe)
    before = audit.snapshot(rule, AUDITED_FIELDS)
    with stale_guard(session, rule, rule.name, actor):
        rule.is_active = active
        rule.updated_by_id = actor.user_id
    _record(session, actor, "tier_rule.activate" if active else "tier_rule.deactivate", rule, before)
    return _rows(session, [rule])[0]


# --- previews ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposedRule:
    """A tier rule as a save would leave it, for previews: its book and id, and the resolver rule
    (None when the rule would be inactive)."""

    book: str
    rule_id: uuid.UUID
    rule: Rule[Tier] | None


def proposed_rule(
    session: Session,
    actor: Actor,
    *,
    rule_id: uuid.UUID | None = None,
    book: str = "settlement",
    fields: Mapping[str, Any] | None = None,
    active: bool | None = None,
) -> ProposedRule:
    """A new (``rule_id`` None) or changed tier rule, checked like the save would check it, unsaved.

    ``fields`` are the keyword arguments of ``create_tier_rule``/``update_tier_rule`` (None: keep
    the rule's own); ``active`` None keeps the rule's state (a new rule is active). An edited
    rule keeps its book. Refuses what the save would refuse (bad fields, a region outside the
    actor's, a tie with another active rule), but needs only the permission to read rules: the
    session is never written to.
    """
    require_read(actor)
    existing = _get(session, rule_id) if rule_id is not None else None
    if existing is not None:
        book = existing.book
        if existing.region_code is not None:
            require_region(actor, existing.region_code)
    else:
        book = check_book(book)
    if fields is not None:
        cleaned = _clean(session, actor, **fields)
    elif existing is not None:
        cleaned = _fields_of(existing)
    else:
        raise ValueError("a new rule needs its fields")
    is_active = active if active is not None else (existing.is_active if existing is not None else True)
    probe = TierRule(id=rule_id or new_id(), book=book, is_active=is_active)
    _apply(probe, cleaned, actor)
    _lint(session, probe)
    rule = _tier_rule(probe, tiers_by_id(session)) if is_active else None
    return ProposedRule(book, probe.id, rule)
