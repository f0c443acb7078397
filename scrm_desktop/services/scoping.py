"""The scoped-rule resolver (DESIGN §4): which rule applies to a context, and why.

One resolver chooses price tiers (per price book), workflow variants and customer owners, so it is
generic over the rule's outcome. It works on rules held in memory and never touches the database.

Matching: a rule matches a context when every non-empty dimension of its scope matches. A region
rule matches its region and every descendant; a group rule matches through the deepest member that
contains the context region; the validity range is inclusive at both ends, open where empty.

Ranking, as the tuple ``Rank`` (higher wins, compared component by component):

1. region specificity of the code that matched: district 4 > city 3 > province 2 > none 0;
2. direct region rule (1) over a group rule (0) at the same depth;
3. the number of other non-empty dimensions (provider type, scenario, item category, complexity);
4. explicit priority;
5. the later ``valid_from`` (an open start counts as the earliest).

The trace (``Resolver.resolve``) lists every rule once: the matched ones best first with their rank
and, for the losers, the first rank component they lost on; the rejected ones with every dimension
that failed, as a ``Reason`` code plus parameters (for translated UI text) and an English
``describe()``. ``Resolver.resolve_winner`` gives the same winner through a region index, without a
trace, for bulk work.

Validity dates are a filter and the last tie-break, not a counted dimension: a rule that ends on a
date is not "more specific" than one that runs on. Two rules that could tie on all five are refused
when saved (``check_no_conflicts``); should a tie reach the resolver anyway, the rule with the
smaller id (the older one: ids are UUIDv7) wins, so the result never depends on rule order.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, NamedTuple, Protocol, TypeVar

from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, Text, ValidationError

T = TypeVar("T")
V = TypeVar("V")

Groups = Mapping[uuid.UUID, frozenset[str]]
"""Region group id → the region codes that are its members."""

ParamValue = str | int | dt.date | None


class RegionHierarchy(Protocol):
    """The administrative hierarchy the resolver needs (``services.regions.RegionIndex`` has it)."""

    def ancestors(self, code: str) -> tuple[str, ...]:
        """``code`` itself first, then its parents up to the province; ``()`` for an unknown code.

        Levels strictly decrease along the tuple (GB/T 2260 guarantees it), which lets the
        resolver stop at the deepest region that has a matching rule.
        """
        ...

    def level(self, code: str) -> int:
        """1 province, 2 prefecture-level city, 3 county-level unit, 0 unknown."""
        ...


class ScopeRow(Protocol):
    """Anything with the ``models.scoping.ScopeMixin`` columns (an ORM row or a plain object)."""

    @property
    def region_code(self) -> str | None: ...
    @property
    def region_group_id(self) -> uuid.UUID | None: ...
    @property
    def provider_type(self) -> str | None: ...
    @property
    def scenario(self) -> str | None: ...
    @property
    def item_category(self) -> str | None: ...
    @property
    def complexity(self) -> int | None: ...
    @property
    def valid_from(self) -> dt.date | None: ...
    @property
    def valid_to(self) -> dt.date | None: ...


class RuleRow(ScopeRow, Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def name(self) -> str: ...
    @property
    def priority(self) -> int: ...


class Dimension(enum.StrEnum):
    """A scope dimension; the values name the ``Scope``/``Context`` attributes."""

    REGION = "region"
    PROVIDER_TYPE = "provider_type"
    SCENARIO = "scenario"
    ITEM_CATEGORY = "item_category"
    COMPLEXITY = "complexity"
    VALIDITY = "validity"


# The dimensions counted in the rank, in the order the trace reports them.
OTHER_DIMENSIONS: tuple[Dimension, ...] = (
    Dimension.PROVIDER_TYPE,
    Dimension.SCENARIO,
    Dimension.ITEM_CATEGORY,
    Dimension.COMPLEXITY,
)

# (dimension, attribute name) pairs: reading an enum member's ``value`` is slow in the trace loop.
_OTHER_NAMED = tuple((dim, str(dim.value)) for dim in OTHER_DIMENSIONS)

_SPECIFICITY_BY_LEVEL = {1: 2, 2: 3, 3: 4}
_OPEN_START = 0  # below any date's ordinal
_OPEN_END = dt.date.max.toordinal() + 1


def specificity(level: int) -> int:
    """Rank points of a matched region of ``level``: district 4, city 3, province 2.

    A level the hierarchy does not know still counts as a region (1), above no region at all.
    """
    return _SPECIFICITY_BY_LEVEL.get(level, 1)


# --- data -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """Where a rule applies. ``None`` (or an empty string) means "any"."""

    region_code: str | None = None
    region_group_id: uuid.UUID | None = None
    provider_type: str | None = None
    scenario: str | None = None
    item_category: str | None = None
    complexity: int | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def __post_init__(self) -> None:
        # Forms and imports hand over "" for a cleared field; it must mean "any", not "only ''".
        for name in ("region_code", "provider_type", "scenario", "item_category"):
            if getattr(self, name) == "":
                object.__setattr__(self, name, None)
        if self.region_code is not None and self.region_group_id is not None:
            raise ValueError("a scope has a region or a region group, not both")
        if self.valid_from is not None and self.valid_to is not None and self.valid_from > self.valid_to:
            raise ValueError(f"valid_from {self.valid_from} is after valid_to {self.valid_to}")

    @property
    def dimension_count(self) -> int:
        """How many of the ranked non-region dimensions are set."""
        # Spelled out: the lint calls this for every rule, and a loop over enum members is slow.
        return (
            (self.provider_type is not None)
            + (self.scenario is not None)
            + (self.item_category is not None)
            + (self.complexity is not None)
        )


@dataclass(frozen=True, slots=True)
class Rule(Generic[T]):
    """A scoped rule: its scope, its explicit priority and what it decides (``outcome``)."""

    id: uuid.UUID
    name: str
    scope: Scope
    priority: int
    outcome: T

    @property
    def label(self) -> str:
        """The name, or the id for a rule nobody named."""
        return self.name or str(self.id)


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What a rule is chosen for: a place, a kind of job and a business date."""

    region_code: str | None = None
    provider_type: str | None = None
    scenario: str | None = None
    item_category: str | None = None
    complexity: int | None = None
    on: dt.date

    def describe(self) -> str:
        """English one-liner, e.g. ``region 440305, scenario 'install', on 2026-11-22``."""
        parts = [f"region {self.region_code}" if self.region_code else "no region"]
        parts += [
            f"{d.value.replace('_', ' ')} {getattr(self, d.value)!r}"
            for d in OTHER_DIMENSIONS
            if getattr(self, d.value) is not None
        ]
        return ", ".join(parts) + f", on {self.on.isoformat()}"


def scope_from_row(row: ScopeRow) -> Scope:
    """The scope of a rule row (any object with the ``ScopeMixin`` attributes)."""
    return Scope(
        region_code=row.region_code,
        region_group_id=row.region_group_id,
        provider_type=row.provider_type,
        scenario=row.scenario,
        item_category=row.item_category,
        complexity=row.complexity,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
    )


def rule_from_row(row: RuleRow, outcome: T) -> Rule[T]:
    """A ``Rule`` from a rule row (id, name, priority and scope columns) and its outcome."""
    return Rule(id=row.id, name=row.name, scope=scope_from_row(row), priority=row.priority or 0, outcome=outcome)


class Rank(NamedTuple):
    """How a matched rule ranks for one context; compared as a plain tuple, higher wins."""

    specificity: int
    direct: int
    dimensions: int
    priority: int
    valid_from: dt.date

    def describe(self) -> str:
        where = {0: "no region", 1: "region", 2: "province", 3: "city", 4: "district"}.get(self.specificity, "region")
        how = "" if self.specificity == 0 else (", direct" if self.direct else ", via group")
        start = "open" if self.valid_from == dt.date.min else self.valid_from.isoformat()
        return (
            f"({self.specificity} {where}{how}, {self.dimensions} dimensions, priority {self.priority}, from {start})"
        )


def rank_of(rule: Rule[T], matched_level: int | None, *, direct: bool) -> Rank:
    """The rank of ``rule`` when it matched through a region of ``matched_level`` (None: no region)."""
    scope = rule.scope
    return Rank(
        specificity=0 if matched_level is None else specificity(matched_level),
        direct=1 if direct else 0,
        dimensions=scope.dimension_count,
        priority=rule.priority,
        valid_from=scope.valid_from or dt.date.min,
    )


def _order_key(rank: Rank, rule: Rule[T]) -> tuple[Rank, int]:
    # The id only breaks ties the save-time lint should have refused: smaller (older) id wins.
    return rank, -rule.id.int


# --- trace ----------------------------------------------------------------------------------


class Reason(enum.StrEnum):
    """Why a rule does not match a context (machine-readable; ``Rejection.params`` has the values)."""

    # Region reasons: params "region" (the context's, absent when it has none) and "rule_region" or "group".
    REGION_MISSING = "region_missing"
    REGION_UNKNOWN = "region_unknown"
    REGION_NOT_WITHIN = "region_not_within"
    REGION_NOT_IN_GROUP = "region_not_in_group"
    VALUE_MISSING = "value_missing"  # params: dimension, rule_value
    VALUE_MISMATCH = "value_mismatch"  # params: dimension, value, rule_value
    NOT_YET_VALID = "not_yet_valid"  # params: valid_from, on
    EXPIRED = "expired"  # params: valid_to, on


class Rejection(NamedTuple):
    """One failed dimension of one rule.

    A named tuple rather than a frozen dataclass: a trace builds one per rejected rule, and tuples
    are several times cheaper to create.
    """

    dimension: Dimension
    reason: Reason
    params: dict[str, ParamValue]

    def describe(self) -> str:
        """English text, e.g. ``region 440305 is not within 110000``."""
        p = self.params
        dim = self.dimension.value.replace("_", " ")
        match self.reason:
            case Reason.REGION_MISSING:
                needs = p.get("rule_region") or f"group {p.get('group')}"
                return f"the context has no region, the rule needs {needs}"
            case Reason.REGION_UNKNOWN:
                return f"region {p['region']} is unknown"
            case Reason.REGION_NOT_WITHIN:
                return f"region {p['region']} is not within {p['rule_region']}"
            case Reason.REGION_NOT_IN_GROUP:
                return f"region {p['region']} is not in region group {p['group']}"
            case Reason.VALUE_MISSING:
                return f"{dim} is empty, the rule needs {p['rule_value']!r}"
            case Reason.VALUE_MISMATCH:
                return f"{dim} {p['value']!r} ≠ {p['rule_value']!r}"
            case Reason.NOT_YET_VALID:
                return f"valid from {_iso(p['valid_from'])}, context date {_iso(p['on'])}"
            case Reason.EXPIRED:
                return f"valid to {_iso(p['valid_to'])}, context date {_iso(p['on'])}"


def _iso(value: ParamValue) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


class RankComponent(enum.StrEnum):
    """The rank component a matched rule lost on (``RULE_ID``: a full tie, broken by id)."""

    SPECIFICITY = "specificity"
    DIRECT = "direct"
    DIMENSIONS = "dimensions"
    PRIORITY = "priority"
    VALID_FROM = "valid_from"
    RULE_ID = "rule_id"


_LOSS_TEXT = {
    RankComponent.SPECIFICITY: "a more specific region",
    RankComponent.DIRECT: "a direct region rule at the same depth",
    RankComponent.DIMENSIONS: "more matched dimensions",
    RankComponent.PRIORITY: "a higher priority",
    RankComponent.VALID_FROM: "a later valid-from date",
}


def losing_component(rank: Rank, winner: Rank) -> RankComponent:
    """The first component in which ``rank`` is below ``winner``'s (``RULE_ID`` if all are equal)."""
    for component, mine, theirs in zip(RankComponent, rank, winner, strict=False):
        if mine != theirs:
            return component
    return RankComponent.RULE_ID


class CandidateTrace(NamedTuple, Generic[T]):
    """What happened to one rule for one context (a named tuple for the same reason as ``Rejection``).

    Attributes:
        rule: the rule.
        matched: whether every non-empty dimension matched.
        rejections: every dimension that failed (empty when matched).
        rank: the rank when matched.
        matched_region: the code the rule matched through (its region, or the group member).
        is_winner: whether this rule was chosen.
        lost_on: for matched rules that were not chosen, the first rank component they lost on.
        winner_rank: for those, the winner's rank (to show "priority 0 < 5").
    """

    rule: Rule[T]
    matched: bool
    rejections: tuple[Rejection, ...] = ()
    rank: Rank | None = None
    matched_region: str | None = None
    is_winner: bool = False
    lost_on: RankComponent | None = None
    winner_rank: Rank | None = None

    def describe(self) -> str:
        """English line: wins / lost and why / rejected and why."""
        head = f"“{self.rule.label}”"
        if not self.matched:
            return f"{head}: rejected: " + "; ".join(r.describe() for r in self.rejections)
        assert self.rank is not None
        if self.is_winner:
            return f"{head}: wins with rank {self.rank.describe()}"
        assert self.lost_on is not None and self.winner_rank is not None
        if self.lost_on is RankComponent.RULE_ID:
            return (
                f"{head}: matched with rank {self.rank.describe()} and ties with the winner; the older rule "
                "(smaller id) wins. Such ties should have been refused when the rules were saved."
            )
        index = list(RankComponent).index(self.lost_on)
        mine, theirs = self.rank[index], self.winner_rank[index]
        return (
            f"{head}: matched with rank {self.rank.describe()}, lost to {_LOSS_TEXT[self.lost_on]} "
            f"({self.lost_on.value.replace('_', ' ')} {_iso(mine)} < {_iso(theirs)})"
        )


@dataclass(frozen=True, slots=True)
class Resolution(Generic[T]):
    """The winner for a context and the trace of every rule considered.

    The trace lists the matched rules best first (the winner leads), then the rejected rules in the
    order they were given.
    """

    context: Context
    winner: Rule[T] | None
    trace: tuple[CandidateTrace[T], ...]

    def candidate(self, rule_id: uuid.UUID) -> CandidateTrace[T]:
        """The trace entry of one rule."""
        for entry in self.trace:
            if entry.rule.id == rule_id:
                return entry
        raise KeyError(rule_id)

    def explain(self) -> list[str]:
        """English lines: the context, the outcome, then one line per rule."""
        head = [f"Context: {self.context.describe()}"]
        if self.winner is None:
            head.append(f"No rule matches ({len(self.trace)} considered).")
        else:
            head.append(f"Winner: “{self.winner.label}” ({len(self.trace)} considered).")
        return head + [entry.describe() for entry in self.trace]


# --- matching -------------------------------------------------------------------------------


def _deepest_member(chain: Sequence[str], members: frozenset[str]) -> str | None:
    for code in chain:
        if code in members:
            return code
    return None


def _region_miss(ctx_region: str | None, chain: tuple[str, ...], *, direct: bool) -> Reason:
    if ctx_region is None:
        return Reason.REGION_MISSING
    if not chain:
        return Reason.REGION_UNKNOWN
    return Reason.REGION_NOT_WITHIN if direct else Reason.REGION_NOT_IN_GROUP


def _region_rejection(reason: Reason, scope: Scope, ctx_region: str | None) -> Rejection:
    params: dict[str, ParamValue] = {} if ctx_region is None else {"region": ctx_region}
    if scope.region_code is not None:
        params["rule_region"] = scope.region_code
    else:
        params["group"] = str(scope.region_group_id)
    return Rejection(Dimension.REGION, reason, params)


def _other_rejections(
    wanted: tuple[tuple[Dimension, str, str | int], ...], scope: Scope, ctx: Context
) -> list[Rejection]:
    """Every failed non-region dimension; ``wanted`` lists the scope's non-empty ones."""
    found = []
    for dim, name, value in wanted:
        actual = getattr(ctx, name)
        if actual is None:
            found.append(Rejection(dim, Reason.VALUE_MISSING, {"dimension": name, "rule_value": value}))
        elif actual != value:
            found.append(
                Rejection(dim, Reason.VALUE_MISMATCH, {"dimension": name, "value": actual, "rule_value": value})
            )
    on = ctx.on
    if scope.valid_from is not None and on < scope.valid_from:
        found.append(Rejection(Dimension.VALIDITY, Reason.NOT_YET_VALID, {"valid_from": scope.valid_from, "on": on}))
    if scope.valid_to is not None and on > scope.valid_to:
        found.append(Rejection(Dimension.VALIDITY, Reason.EXPIRED, {"valid_to": scope.valid_to, "on": on}))
    return found


# What the traced path needs of one rule, worked out once: the rule, its region (or the members of
# its group, or None for none), whether it is a direct region rule, and its non-empty other dimensions.
_Plan = tuple[Rule[T], frozenset[str] | None, bool, tuple[tuple[Dimension, str, str | int], ...]]


def _plan(rule: Rule[T], groups: Groups) -> _Plan[T]:
    scope = rule.scope
    wanted = tuple((dim, name, getattr(scope, name)) for dim, name in _OTHER_NAMED if getattr(scope, name) is not None)
    if scope.region_code is not None:
        return rule, frozenset((scope.region_code,)), True, wanted
    if scope.region_group_id is not None:
        return rule, groups.get(scope.region_group_id, frozenset()), False, wanted
    return rule, None, False, wanted


# One pre-indexed rule: the rule, then its non-region dimensions and its validity as ordinals.
_Entry = tuple[Rule[T], str | None, str | None, str | None, int | None, int, int]


def _entry(rule: Rule[T]) -> _Entry[T]:
    s = rule.scope
    return (
        rule,
        s.provider_type,
        s.scenario,
        s.item_category,
        s.complexity,
        s.valid_from.toordinal() if s.valid_from else _OPEN_START,
        s.valid_to.toordinal() if s.valid_to else _OPEN_END,
    )


class Resolver(Generic[T]):
    """Picks the winning rule for contexts; built once per rule set, immutable, shareable across threads.

    Rules are indexed by the region codes they are attached to (a region rule at its code, a group
    rule at each member), each list sorted best first. A context then only looks at the lists of its
    own ancestors (at most three codes), deepest first, and at the region-less rules: the first rule
    whose other dimensions match is the winner, because every rule at a deeper code outranks every
    rule at a shallower one. Build a new resolver when rules, groups or regions change.
    """

    __slots__ = ("_anywhere", "_by_code", "_groups", "_plans", "_regions", "_rules")

    def __init__(self, rules: Iterable[Rule[T]], regions: RegionHierarchy, groups: Groups) -> None:
        self._rules: tuple[Rule[T], ...] = tuple(rules)
        ids = {rule.id for rule in self._rules}
        if len(ids) != len(self._rules):
            raise ValueError("rule ids must be unique")
        self._regions = regions
        # A snapshot: editing the caller's mapping later must not change what this resolver answers.
        self._groups: dict[uuid.UUID, frozenset[str]] = {gid: frozenset(m) for gid, m in groups.items()}

        ranked: dict[str, list[tuple[tuple[Rank, int], _Entry[T]]]] = {}
        anywhere: list[tuple[tuple[Rank, int], _Entry[T]]] = []
        for rule in self._rules:
            scope, entry = rule.scope, _entry(rule)
            if scope.region_code is not None:
                attached, direct = [scope.region_code], True
            elif scope.region_group_id is not None:
                attached, direct = sorted(self._groups.get(scope.region_group_id, ())), False
            else:
                anywhere.append((_order_key(rank_of(rule, None, direct=False), rule), entry))
                continue
            for code in attached:
                key = _order_key(rank_of(rule, regions.level(code), direct=direct), rule)
                ranked.setdefault(code, []).append((key, entry))
        self._by_code: dict[str, tuple[_Entry[T], ...]] = {code: _best_first(items) for code, items in ranked.items()}
        self._anywhere: tuple[_Entry[T], ...] = _best_first(anywhere)
        self._plans: tuple[_Plan[T], ...] = tuple(_plan(rule, self._groups) for rule in self._rules)

    @property
    def rules(self) -> tuple[Rule[T], ...]:
        """The rules, in the order given."""
        return self._rules

    def resolve_winner(self, ctx: Context) -> Rule[T] | None:
        """The winning rule for ``ctx``, or None: the fast path, without a trace."""
        pt, sc, ic, cx, on = ctx.provider_type, ctx.scenario, ctx.item_category, ctx.complexity, ctx.on.toordinal()
        by_code = self._by_code
        chain = self._regions.ancestors(ctx.region_code) if ctx.region_code is not None else ()
        buckets = [by_code[code] for code in chain if code in by_code]
        buckets.append(self._anywhere)
        for bucket in buckets:
            for rule, r_pt, r_sc, r_ic, r_cx, start, end in bucket:
                if (
                    start <= on <= end
                    and (r_pt is None or r_pt == pt)
                    and (r_sc is None or r_sc == sc)
                    and (r_ic is None or r_ic == ic)
                    and (r_cx is None or r_cx == cx)
                ):
                    return rule
        return None

    def resolve(self, ctx: Context) -> Resolution[T]:
        """The winner for ``ctx`` with a trace of every rule (for the UI: looks at every rule).

        Deliberately independent of the index ``resolve_winner`` uses, so each checks the other.
        """
        ctx_region = ctx.region_code
        chain = self._regions.ancestors(ctx_region) if ctx_region is not None else ()
        matched: list[tuple[Rule[T], Rank, str | None]] = []
        rejected: list[CandidateTrace[T]] = []
        for rule, members, direct, wanted in self._plans:
            rejections = _other_rejections(wanted, rule.scope, ctx)
            code = None
            if members is not None:
                code = _deepest_member(chain, members)
                if code is None:
                    reason = _region_miss(ctx_region, chain, direct=direct)
                    rejections.insert(0, _region_rejection(reason, rule.scope, ctx_region))
            if rejections:
                rejected.append(CandidateTrace(rule, False, tuple(rejections)))
                continue
            level = None if code is None else self._regions.level(code)
            matched.append((rule, rank_of(rule, level, direct=direct), code))
        matched.sort(key=lambda m: _order_key(m[1], m[0]), reverse=True)
        trace: list[CandidateTrace[T]] = []
        if matched:
            best = matched[0][1]
            trace.append(
                CandidateTrace(matched[0][0], matched=True, rank=best, matched_region=matched[0][2], is_winner=True)
            )
            trace += [
                CandidateTrace(
                    rule, True, rank=rank, matched_region=code, lost_on=losing_component(rank, best), winner_rank=best
                )
                for rule, rank, code in matched[1:]
            ]
        return Resolution(ctx, matched[0][0] if matched else None, tuple(trace + rejected))


def _best_first(items: list[tuple[tuple[Rank, int], _Entry[T]]]) -> tuple[_Entry[T], ...]:
    items.sort(key=lambda item: item[0], reverse=True)
    return tuple(entry for _, entry in items)


# --- save-time lint -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Conflict(Generic[T]):
    """Two rules that both match ``witness`` with the same rank: neither would clearly win there."""

    rule: Rule[T]
    other: Rule[T]
    witness: Context
    rank: Rank

    def describe(self) -> str:
        return (
            f"“{self.rule.label}” ties with “{self.other.label}” at rank {self.rank.describe()}, "
            f"for example for {self.witness.describe()}"
        )


def _static_key(rule: Rule[T]) -> tuple[int, int, int, dt.date]:
    """The rank parts that do not depend on the context, plus the kind of region (0 none, 1 group, 2 direct).

    Rules can only tie when these are equal: the dimension count of a matched rule is its number of
    non-empty dimensions, priority and valid_from are fixed, and a direct rule never ties a group rule.
    """
    s = rule.scope
    kind = 2 if s.region_code is not None else 1 if s.region_group_id is not None else 0
    return kind, s.dimension_count, rule.priority, s.valid_from or dt.date.min


def _footprint(rule: Rule[T], groups: Groups) -> frozenset[str] | None:
    """The codes a rule is attached to (None: anywhere)."""
    s = rule.scope
    if s.region_code is not None:
        return frozenset((s.region_code,))
    if s.region_group_id is not None:
        return groups.get(s.region_group_id, frozenset())
    return None


def _contradict(a: object, b: object) -> bool:
    return a is not None and b is not None and a != b


def _either(a: V | None, b: V | None) -> V | None:
    """The value a context needs to match both of two compatible dimension values."""
    return a if a is not None else b


def _common_day(a: Scope, b: Scope) -> dt.date:
    """A day both validity ranges include, for two scopes with the same ``valid_from``.

    Rules only tie with equal ``valid_from``, so their ranges always overlap: both include their
    common start, or, when both are open at the start, the earlier of their ends.
    """
    start = a.valid_from or b.valid_from
    if start is not None:
        return start
    ends = [d for d in (a.valid_to, b.valid_to) if d is not None]
    if ends:
        return min(ends)
    # Both rules are open at both ends: any day is a witness, and today reads naturally.
    return dt.date.today()  # noqa: DTZ011 - a business date, not a timestamp


def _shared_region(fp_a: frozenset[str], fp_b: frozenset[str], regions: RegionHierarchy) -> str | None:
    """A region code both footprints are attached to and the hierarchy knows, or None.

    This is exactly where two region rules of the same kind can tie. At a context c each matches
    through its deepest member on c's ancestor chain; equal specificity means equal level, and the
    chain's levels strictly decrease, so both match through the same code, which both footprints
    hold. Conversely, at a shared code both match through that code itself.
    """
    for code in sorted(fp_a & fp_b):
        if regions.ancestors(code):
            return code
    return None


def tie_witness(rule: Rule[T], other: Rule[T], regions: RegionHierarchy, groups: Groups) -> Conflict[T] | None:
    """The conflict between two rules if some context matches both with equal rank, else None."""
    key = _static_key(rule)
    if key != _static_key(other):
        return None
    a, b = rule.scope, other.scope
    if any(_contradict(getattr(a, name), getattr(b, name)) for _, name in _OTHER_NAMED):
        return None
    on = _common_day(a, b)
    fp_a, fp_b = _footprint(rule, groups), _footprint(other, groups)
    region: str | None = None
    spec = 0
    if fp_a is not None and fp_b is not None:
        region = _shared_region(fp_a, fp_b, regions)
        if region is None:
            return None
        spec = specificity(regions.level(region))
    witness = Context(
        region_code=region,
        provider_type=_either(a.provider_type, b.provider_type),
        scenario=_either(a.scenario, b.scenario),
        item_category=_either(a.item_category, b.item_category),
        complexity=_either(a.complexity, b.complexity),
        on=on,
    )
    kind, count, priority, start = key
    rank = Rank(specificity=spec, direct=1 if kind == 2 else 0, dimensions=count, priority=priority, valid_from=start)
    return Conflict(rule, other, witness, rank)


def find_conflicts(rules: Iterable[Rule[T]], regions: RegionHierarchy, groups: Groups) -> list[Conflict[T]]:
    """Every pair of rules that could tie, each with a witness context, in the order the rules were given.

    Only rules with equal static rank parts (``_static_key``) can tie, and region rules only where
    they share a code (``_shared_region``), so rules are bucketed by (static key, attached code),
    the same code index the resolver uses, and only pairs within a bucket are examined: quadratic
    only when many rules sit on one code with the same priority, dimension count and start date.
    """
    ordered = tuple(rules)
    buckets: dict[tuple[tuple[int, int, int, dt.date], str | None], list[int]] = {}
    for index, rule in enumerate(ordered):
        key = _static_key(rule)
        footprint = _footprint(rule, groups)
        for code in (None,) if footprint is None else footprint:
            buckets.setdefault((key, code), []).append(index)

    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        pairs.update(itertools.combinations(members, 2))  # indices ascend within a bucket

    conflicts = []
    for i, j in sorted(pairs):
        conflict = tie_witness(ordered[i], ordered[j], regions, groups)
        if conflict is not None:
            conflicts.append(conflict)
    return conflicts


def check_no_conflicts(
    rule: Rule[T],
    existing_rules: Iterable[Rule[T]],
    regions: RegionHierarchy,
    groups: Groups,
    *,
    region_label: Callable[[str], str] = str,
) -> None:
    """Refuse a new or changed rule that could tie with another rule of the same rule set.

    Args:
        rule: the rule about to be saved.
        existing_rules: the other active rules of the same set (same price book, same kind); a rule
            with ``rule``'s id is its previous version and is skipped.
        regions: the region hierarchy.
        groups: region group memberships.
        region_label: turns the witness region code into words for the message (e.g. 深圳市南山区).

    Raises:
        ValidationError: on ``priority``, naming both rules and a region where they tie.
    """
    for other in existing_rules:
        if other.id == rule.id:
            continue
        conflict = tie_witness(rule, other, regions, groups)
        if conflict is None:
            continue
        code = conflict.witness.region_code
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "Rule “{rule}” could tie with rule “{other}” (for example in {region}). "
                "Make one more specific or give it a different priority.",
            ),
            field="priority",
            rule=rule.label,
            other=other.label,
            region=region_label(code) if code is not None else Text(QT_TRANSLATE_NOOP("ScrmError", "any region")),
        )
