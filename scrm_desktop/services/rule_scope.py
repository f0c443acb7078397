"""The scope part of every scoped rule table (``models.scoping.ScopeMixin``), checked in one place.

Customer owner rules, tier rules and workflow rules share their scope columns: a name, a region
or a region group, provider type, scenario, item category, complexity, validity dates and a
priority. ``clean_scope`` checks and normalises them the same way for every table (and refuses
rules outside the actor's regions); ``apply_scope`` writes them to a rule row and ``scope_of``
reads them back. Each table checks its own outcome (owner, tier, workflow) itself, and anything
more it wants of a dimension (tier rules: that the item category exists).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from scrm_desktop.models import RegionGroup
from scrm_desktop.models.base import VersionedMixin
from scrm_desktop.models.scoping import ScopeMixin
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from scrm_desktop.services.permissions import Actor, require_region
from scrm_desktop.services.regions import region_index

MAX_NAME = 100
MAX_VALUE = 50  # provider type, scenario and category codes (the ScopeMixin columns)
COMPLEXITY_RANGE = (1, 5)
PRIORITY_RANGE = (-999, 999)


@dataclass(frozen=True, slots=True)
class ScopeFields:
    """The cleaned scope columns of a rule (None: any)."""

    name: str
    region_code: str | None
    region_group_id: uuid.UUID | None
    provider_type: str | None
    scenario: str | None
    item_category: str | None
    complexity: int | None
    priority: int
    valid_from: dt.date | None
    valid_to: dt.date | None


def clean_text(value: str | None, field: str) -> str | None:
    """A dimension value with its white space collapsed (empty: None), at most ``MAX_VALUE`` long."""
    text = " ".join((value or "").split()) or None
    if text is not None and len(text) > MAX_VALUE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{text}” is longer than {n} characters."),
            field=field,
            text=text,
            n=MAX_VALUE,
        )
    return text


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def clean_scope(
    session: Session,
    actor: Actor,
    *,
    name: str,
    region_code: str | None,
    region_group_id: uuid.UUID | None,
    provider_type: str | None,
    scenario: str | None,
    complexity: int | None,
    priority: int,
    valid_from: dt.date | None,
    valid_to: dt.date | None,
    item_category: str | None = None,
) -> ScopeFields:
    """The scope of a rule, checked and normalised; raises ``ValidationError`` naming the field,
    or ``PermissionDenied`` when the rule would reach outside the actor's regions."""
    name = " ".join(str(name or "").split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The rule needs a name."), field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The name must not be longer than {n} characters."), field="name", n=MAX_NAME
        )
    code = (region_code or "").strip() or None
    if code is not None and region_group_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "A rule applies to a region or to a region group, not to both."),
            field="region_code",
        )
    if code is not None and region_index().get(code) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a region code."), field="region_code", code=code
        )
    if region_group_id is not None and session.get(RegionGroup, region_group_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The region group no longer exists."), field="region_group_id"
        )
    if actor.region_scope and code is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("ScrmError", "{user} may only make rules for a region inside their own regions."),
            user=actor.display_name,
        )
    require_region(actor, code)
    category = clean_text(item_category, "item_category")
    low, high = COMPLEXITY_RANGE
    if complexity is not None and not _whole(complexity, low, high):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The complexity level must be a whole number from {low} to {high}."),
            field="complexity",
            low=low,
            high=high,
        )
    low, high = PRIORITY_RANGE
    if not _whole(priority, low, high):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The priority must be a whole number from {low} to {high}."),
            field="priority",
            low=low,
            high=high,
        )
    if valid_from is not None and valid_to is not None and valid_from > valid_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The rule must start on or before the day it ends."), field="valid_to"
        )
    return ScopeFields(
        name=name,
        region_code=code,
        region_group_id=region_group_id,
        provider_type=clean_text(provider_type, "provider_type"),
        scenario=clean_text(scenario, "scenario"),
        item_category=category,
        complexity=complexity,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )


def apply_scope(rule: ScopeMixin, fields: ScopeFields, actor: Actor) -> None:
    """Write ``fields`` to the scope columns of ``rule`` (a ``ScopeMixin`` and ``VersionedMixin``
    row), changed by ``actor``."""
    if not isinstance(rule, VersionedMixin):
        raise TypeError(f"{type(rule).__name__} is not a versioned rule table")
    rule.name = fields.name
    rule.region_code = fields.region_code
    rule.region_group_id = fields.region_group_id
    rule.provider_type = fields.provider_type
    rule.scenario = fields.scenario
    rule.item_category = fields.item_category
    rule.complexity = fields.complexity
    rule.priority = fields.priority
    rule.valid_from = fields.valid_from
    rule.valid_to = fields.valid_to
    rule.updated_by_id = actor.user_id


def scope_of(rule: ScopeMixin) -> ScopeFields:
    """The scope columns of a saved rule, as ``clean_scope`` would give them."""
    return ScopeFields(
        name=rule.name,
        region_code=rule.region_code,
        region_group_id=rule.region_group_id,
        provider_type=rule.provider_type,
        scenario=rule.scenario,
        item_category=rule.item_category,
        complexity=rule.complexity,
        priority=rule.priority,
        valid_from=rule.valid_from,
        valid_to=rule.valid_to,
    )
