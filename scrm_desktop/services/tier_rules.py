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
from scrm_desktop.services import audit, rule_scope
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require, require_region
from scrm_desktop.services.pricing import check_book
from scrm_desktop.services.regions import group_members, region_index
from scrm_desktop.services.rule_scope import ScopeFields, apply_scope, clean_scope, scope_of
from scrm_desktop.services.scoping import Resolver, Rule, check_no_conflicts, rule_from_row

# The scope limits (``services/rule_scope.py``), named here for the rules page.
MAX_NAME = rule_scope.MAX_NAME
MAX_VALUE = rule_scope.MAX_VALUE
COMPLEXITY_RANGE = rule_scope.COMPLEXITY_RANGE
PRIORITY_RANGE = rule_scope.PRIORITY_RANGE

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
    scope: ScopeFields
    tier_id: uuid.UUID


def _clean(session: Session, actor: Actor, *, tier_id: uuid.UUID | None, **scope: Any) -> _Fields:
    """The scope (``rule_scope.clean_scope``), then the tier and that the item category exists."""
    cleaned = clean_scope(session, actor, **scope)
    if tier_id is None or session.get(PriceTier, tier_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Choose the price tier the rule gives."), field="tier_id")
    category = cleaned.item_category
    known = select(CatalogCategory.id).where(CatalogCategory.code == category)
    if category is not None and session.scalar(known) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a catalog category code."),
            field="item_category",
            code=category,
        )
    return _Fields(cleaned, tier_id)


def _apply(rule: TierRule, f: _Fields, actor: Actor) -> None:
    apply_scope(rule, f.scope, actor)
    rule.tier_id = f.tier_id


def _fields_of(rule: TierRule) -> _Fields:
    return _Fields(scope_of(rule), rule.tier_id)


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
