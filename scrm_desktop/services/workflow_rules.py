"""Workflow rules: which workflow a work order follows (DESIGN §4, "the same resolver chooses …
workflow variants").

A workflow rule is a scoped rule (``models.scoping.ScopeMixin``: region or region group, provider
type, scenario, complexity, validity dates, priority) whose outcome is a workflow definition. The
one resolver in ``services/scoping.py`` picks the winning rule for a work order, exactly as it
picks tier rules; the work order then pins the definition's newest published version.

A rule may be saved for a workflow that has no published version yet (a designer sets up the
routing while the workflow is still a draft), and a published version may later be retired. At
run time such a rule is *skipped*: it is left out of the resolution, so the next best rule wins,
and ``WorkflowResolution.skipped`` lists it with the reason for the "why" display. The same holds
for a rule whose workflow is deactivated. The save-time lint still counts skipped rules: a rule
that ties with another is refused whether or not its workflow is published, so publishing later
can never create a tie.

The item category dimension of ``ScopeMixin`` is not used: a workflow is chosen per work order,
not per line.

Who may do what: reading needs ``DESIGN_WORKFLOWS`` or ``DISPATCH_WORK_ORDERS``; creating, changing
and (de)activating needs ``DESIGN_WORKFLOWS``. Every change is audited; rules are never deleted.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrm_desktop.models import RegionGroup, WorkflowDefinition, WorkflowRule, WorkflowVersion
from scrm_desktop.models.ids import new_id
from scrm_desktop.services import audit, rule_scope
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require, require_region
from scrm_desktop.services.regions import group_members, region_index
from scrm_desktop.services.rule_scope import ScopeFields, apply_scope, clean_scope, scope_of
from scrm_desktop.services.scoping import Context, Resolution, Resolver, Rule, check_no_conflicts, rule_from_row
from scrm_desktop.services.workflows import may_read

# The scope limits (``services/rule_scope.py``), named here for the rules page.
MAX_NAME = rule_scope.MAX_NAME
MAX_VALUE = rule_scope.MAX_VALUE
COMPLEXITY_RANGE = rule_scope.COMPLEXITY_RANGE
PRIORITY_RANGE = rule_scope.PRIORITY_RANGE

AUDITED_FIELDS = (
    "name",
    "definition_id",
    "region_code",
    "region_group_id",
    "provider_type",
    "scenario",
    "complexity",
    "priority",
    "valid_from",
    "valid_to",
    "is_active",
)

SKIP_UNPUBLISHED = "unpublished"
SKIP_INACTIVE = "inactive"


@dataclass(frozen=True, slots=True)
class WorkflowOutcome:
    """What a workflow rule decides: a workflow definition."""

    definition_id: uuid.UUID
    key: str
    name: str


@dataclass(frozen=True)
class WorkflowRuleRow:
    """A workflow rule for the rules table, with names for display."""

    id: uuid.UUID
    name: str
    definition_id: uuid.UUID
    definition_key: str
    definition_name: str
    published_number: int | None  # the version new work orders would start on; None: not usable yet
    region_code: str | None
    region_path: str
    region_group_id: uuid.UUID | None
    region_group_name: str
    provider_type: str | None
    scenario: str | None
    complexity: int | None
    priority: int
    valid_from: dt.date | None
    valid_to: dt.date | None
    is_active: bool
    version: int


@dataclass(frozen=True)
class SkippedRule:
    """An active rule left out of the resolution because its workflow cannot be started."""

    rule: Rule[WorkflowOutcome]
    reason: str  # SKIP_UNPUBLISHED | SKIP_INACTIVE
    matched: bool  # whether it would have matched the context

    def describe(self) -> str:
        why = "has no published version" if self.reason == SKIP_UNPUBLISHED else "is deactivated"
        fit = "matches" if self.matched else "does not match"
        return f"“{self.rule.label}”: skipped: workflow {self.rule.outcome.key} {why} (the rule {fit} this context)"


@dataclass(frozen=True)
class WorkflowResolution:
    """The resolver's answer for one context plus the rules it could not consider."""

    resolution: Resolution[WorkflowOutcome]
    skipped: tuple[SkippedRule, ...]

    def explain(self) -> list[str]:
        return self.resolution.explain() + [s.describe() for s in self.skipped]


@dataclass(frozen=True)
class WorkflowChoice:
    """The workflow a work order would start on, and why."""

    definition_id: uuid.UUID
    definition_key: str
    definition_name: str
    version_id: uuid.UUID
    version_number: int
    rule_id: uuid.UUID
    rule_name: str
    resolution: Resolution[WorkflowOutcome]
    skipped: tuple[SkippedRule, ...] = ()

    def explain(self) -> list[str]:
        return WorkflowResolution(self.resolution, self.skipped).explain()


# --- permissions and rows ---------------------------------------------------------------------


def require_read(actor: Actor) -> None:
    if not may_read(actor):
        require(actor, Permission.DESIGN_WORKFLOWS)


def _published(session: Session) -> dict[uuid.UUID, tuple[uuid.UUID, int]]:
    """Definition id → (id, number) of its newest published version."""
    stmt = select(WorkflowVersion.definition_id, WorkflowVersion.id, WorkflowVersion.number).where(
        WorkflowVersion.status == "published"
    )
    found: dict[uuid.UUID, tuple[uuid.UUID, int]] = {}
    for def_id, version_id, number in session.execute(stmt):
        if def_id not in found or number > found[def_id][1]:
            found[def_id] = (version_id, number)
    return found


def _definitions(session: Session) -> dict[uuid.UUID, WorkflowDefinition]:
    return {d.id: d for d in session.scalars(select(WorkflowDefinition))}


def _rows(session: Session, rules: Iterable[WorkflowRule]) -> list[WorkflowRuleRow]:
    index = region_index()
    definitions = _definitions(session)
    published = _published(session)
    groups = dict(session.execute(select(RegionGroup.id, RegionGroup.name)).all())
    rows = []
    for r in rules:
        d = definitions.get(r.definition_id)
        rows.append(
            WorkflowRuleRow(
                id=r.id,
                name=r.name,
                definition_id=r.definition_id,
                definition_key=d.key if d else "",
                definition_name=d.name if d else "",
                published_number=published[r.definition_id][1] if r.definition_id in published else None,
                region_code=r.region_code,
                region_path=index.path_name(r.region_code) if r.region_code else "",
                region_group_id=r.region_group_id,
                region_group_name=groups.get(r.region_group_id, "") if r.region_group_id else "",
                provider_type=r.provider_type,
                scenario=r.scenario,
                complexity=r.complexity,
                priority=r.priority,
                valid_from=r.valid_from,
                valid_to=r.valid_to,
                is_active=r.is_active,
                version=r.version,
            )
        )
    return rows


def list_workflow_rules(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[WorkflowRuleRow]:
    """Workflow rules, active first, then by name."""
    require_read(actor)
    stmt = select(WorkflowRule).order_by(WorkflowRule.is_active.desc(), WorkflowRule.name, WorkflowRule.id)
    if not include_inactive:
        stmt = stmt.where(WorkflowRule.is_active.is_(True))
    return _rows(session, session.scalars(stmt))


# --- the resolver -----------------------------------------------------------------------------


def _outcome(row: WorkflowRule, definitions: dict[uuid.UUID, WorkflowDefinition]) -> WorkflowOutcome:
    d = definitions.get(row.definition_id)
    return WorkflowOutcome(row.definition_id, d.key if d else "?", d.name if d else "?")


def active_rules(
    session: Session,
    *,
    excluding: uuid.UUID | None = None,
    definitions: dict[uuid.UUID, WorkflowDefinition] | None = None,
) -> list[Rule[WorkflowOutcome]]:
    """Every active workflow rule as a resolver rule (one query, by id)."""
    definitions = definitions if definitions is not None else _definitions(session)
    stmt = select(WorkflowRule).where(WorkflowRule.is_active.is_(True)).order_by(WorkflowRule.id)
    return [rule_from_row(r, _outcome(r, definitions)) for r in session.scalars(stmt) if r.id != excluding]


class WorkflowChooser:
    """Chooses workflows for many work orders from memory: rules, definitions and published
    versions are read once when it is built (build a new one after they change)."""

    def __init__(self, session: Session) -> None:
        definitions = _definitions(session)
        self.published = _published(session)
        usable: list[Rule[WorkflowOutcome]] = []
        skipped: list[tuple[Rule[WorkflowOutcome], str]] = []
        for rule in active_rules(session, definitions=definitions):
            d = definitions.get(rule.outcome.definition_id)
            if d is None or not d.is_active:
                skipped.append((rule, SKIP_INACTIVE))
            elif rule.outcome.definition_id not in self.published:
                skipped.append((rule, SKIP_UNPUBLISHED))
            else:
                usable.append(rule)
        regions, groups = region_index(), group_members(session)
        self.resolver = Resolver(usable, regions, groups)
        self._skipped = skipped
        self._skipped_resolver = Resolver([rule for rule, _ in skipped], regions, groups)
        self.empty = not usable

    def winner(self, ctx: Context) -> tuple[Rule[WorkflowOutcome], uuid.UUID, int] | None:
        """The winning rule and the published version (id, number) to pin, or None (fast path, no trace)."""
        if self.empty:
            return None
        rule = self.resolver.resolve_winner(ctx)
        if rule is None:
            return None
        version_id, number = self.published[rule.outcome.definition_id]
        return rule, version_id, number

    def resolve(self, ctx: Context) -> WorkflowResolution:
        """The resolution with its trace, and the skipped rules (whether each would have matched)."""
        resolution = self.resolver.resolve(ctx)
        skipped_trace = self._skipped_resolver.resolve(ctx)
        skipped = tuple(
            SkippedRule(rule, reason, skipped_trace.candidate(rule.id).matched) for rule, reason in self._skipped
        )
        return WorkflowResolution(resolution, skipped)

    def choose(self, ctx: Context) -> WorkflowChoice | None:
        found = self.resolve(ctx)
        winner = found.resolution.winner
        if winner is None:
            return None
        version_id, number = self.published[winner.outcome.definition_id]
        return WorkflowChoice(
            definition_id=winner.outcome.definition_id,
            definition_key=winner.outcome.key,
            definition_name=winner.outcome.name,
            version_id=version_id,
            version_number=number,
            rule_id=winner.id,
            rule_name=winner.name,
            resolution=found.resolution,
            skipped=found.skipped,
        )


def workflow_context(
    *, region_code: str | None, provider_type: str | None, scenario: str | None, complexity: int | None, on: dt.date
) -> Context:
    return Context(
        region_code=region_code or None,
        provider_type=provider_type or None,
        scenario=scenario or None,
        complexity=complexity,
        on=on,
    )


def choose_workflow(
    session: Session,
    *,
    region_code: str | None,
    provider_type: str | None,
    scenario: str | None,
    complexity: int | None,
    on: dt.date,
) -> WorkflowChoice | None:
    """The workflow (newest published version) a work order with these facts starts on, with the
    trace; None when no usable rule matches (``resolve_workflow`` explains that case too)."""
    ctx = workflow_context(
        region_code=region_code, provider_type=provider_type, scenario=scenario, complexity=complexity, on=on
    )
    return WorkflowChooser(session).choose(ctx)


def resolve_workflow(
    session: Session,
    actor: Actor,
    *,
    region_code: str | None,
    provider_type: str | None,
    scenario: str | None,
    complexity: int | None,
    on: dt.date,
) -> WorkflowResolution:
    """The full trace for a context (for the rules page's "test" panel), also when nothing matches."""
    require_read(actor)
    ctx = workflow_context(
        region_code=region_code, provider_type=provider_type, scenario=scenario, complexity=complexity, on=on
    )
    return WorkflowChooser(session).resolve(ctx)


# --- validation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Fields:
    scope: ScopeFields
    definition_id: uuid.UUID


def _clean(session: Session, actor: Actor, *, definition_key: str | None, **scope: Any) -> _Fields:
    """The scope (``rule_scope.clean_scope``; no item category), then the workflow."""
    cleaned = clean_scope(session, actor, **scope)
    key = (definition_key or "").strip()
    definition = session.scalar(select(WorkflowDefinition).where(WorkflowDefinition.key == key)) if key else None
    if definition is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Choose the workflow the rule starts."), field="definition_key"
        )
    return _Fields(cleaned, definition.id)


def _apply(rule: WorkflowRule, f: _Fields, actor: Actor) -> None:
    apply_scope(rule, f.scope, actor)
    rule.definition_id = f.definition_id


def _fields_of(rule: WorkflowRule) -> _Fields:
    return _Fields(scope_of(rule), rule.definition_id)


def _lint(session: Session, rule: WorkflowRule) -> None:
    """Refuse a rule that could tie with another active workflow rule (the message names both)."""
    if not rule.is_active:
        return
    index = region_index()
    definitions = _definitions(session)
    check_no_conflicts(
        rule_from_row(rule, _outcome(rule, definitions)),
        active_rules(session, excluding=rule.id, definitions=definitions),
        index,
        group_members(session),
        region_label=index.path_name,
    )


def _get(session: Session, rule_id: uuid.UUID) -> WorkflowRule:
    rule = session.get(WorkflowRule, rule_id)
    if rule is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The workflow rule no longer exists."))
    return rule


def _record(session: Session, actor: Actor, action: str, rule: WorkflowRule, before: dict[str, Any] | None) -> None:
    audit.record(
        session,
        actor,
        action,
        "workflow_rule",
        rule.id,
        before=before,
        after=audit.snapshot(rule, AUDITED_FIELDS),
        summary=rule.name,
    )


# --- actions ----------------------------------------------------------------------------------


def create_workflow_rule(
    session: Session,
    actor: Actor,
    *,
    name: str,
    definition_key: str,
    region_code: str | None = None,
    region_group_id: uuid.UUID | None = None,
    provider_type: str | None = None,
    scenario: str | None = None,
    complexity: int | None = None,
    priority: int = 0,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> WorkflowRuleRow:
    """Add a rule routing work orders to the workflow ``definition_key``. Empty dimensions mean
    "any". A rule that could tie with another active rule is refused, naming both."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    fields = _clean(
        session,
        actor,
        name=name,
        definition_key=definition_key,
        region_code=region_code,
        region_group_id=region_group_id,
        provider_type=provider_type,
        scenario=scenario,
        complexity=complexity,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    rule = WorkflowRule(id=new_id(), is_active=True)
    _apply(rule, fields, actor)
    _lint(session, rule)
    session.add(rule)
    session.flush()
    _record(session, actor, "workflow_rule.create", rule, None)
    return _rows(session, [rule])[0]


def update_workflow_rule(
    session: Session,
    actor: Actor,
    rule_id: uuid.UUID,
    *,
    expected_version: int,
    name: str,
    definition_key: str,
    region_code: str | None = None,
    region_group_id: uuid.UUID | None = None,
    provider_type: str | None = None,
    scenario: str | None = None,
    complexity: int | None = None,
    priority: int = 0,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> WorkflowRuleRow:
    """Change a workflow rule (same checks as ``create_workflow_rule``). Work orders already
    running keep the workflow version they pinned; stale versions are refused."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    rule = _get(session, rule_id)
    check_version(session, rule, expected_version, rule.name, actor)
    if rule.region_code is not None:
        require_region(actor, rule.region_code)
    fields = _clean(
        session,
        actor,
        name=name,
        definition_key=definition_key,
        region_code=region_code,
        region_group_id=region_group_id,
        provider_type=provider_type,
        scenario=scenario,
        complexity=complexity,
        priority=priority,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    before = audit.snapshot(rule, AUDITED_FIELDS)
    probe = WorkflowRule(id=rule.id, is_active=rule.is_active)
    _apply(probe, fields, actor)
    _lint(session, probe)
    with stale_guard(session, rule, rule.name, actor):
        _apply(rule, fields, actor)
    _record(session, actor, "workflow_rule.update", rule, before)
    return _rows(session, [rule])[0]


def set_workflow_rule_active(
    session: Session, actor: Actor, rule_id: uuid.UUID, active: bool, *, expected_version: int
) -> WorkflowRuleRow:
    """Deactivate a rule, or activate it again after the conflict lint. Rules are never deleted."""
    require(actor, Permission.DESIGN_WORKFLOWS)
    rule = _get(session, rule_id)
    check_version(session, rule, expected_version, rule.name, actor)
    if rule.region_code is not None or actor.region_scope:
        require_region(actor, rule.region_code)
    if active and not rule.is_active:
        probe = WorkflowRule(id=rule.id, is_active=True)
        _apply(probe, _fields_of(rule), actor)
        _lint(session, probe)
    before = audit.snapshot(rule, AUDITED_FIELDS)
    with stale_guard(session, rule, rule.name, actor):
        rule.is_active = active
        rule.updated_by_id = actor.user_id
    _record(session, actor, "workflow_rule.activate" if active else "workflow_rule.deactivate", rule, before)
    return _rows(session, [rule])[0]


def rule_count(session: Session) -> int:
    """How many active workflow rules there are (0: work orders start no workflow)."""
    return session.scalar(select(func.count()).select_from(WorkflowRule).where(WorkflowRule.is_active.is_(True))) or 0
