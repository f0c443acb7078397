"""The scoped-rule resolver: every DESIGN §4 rule, the trace, the fast path and the save-time lint.

A small synthetic GB/T 2260-like hierarchy stands in for the regions index: a municipality whose
districts sit directly under it, prefecture cities with districts, a prefecture city without
districts (东莞), a county-level city directly under its province (仙桃), and a district name that
exists twice (朝阳区 in Beijing and in Changchun).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import uuid
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrm_desktop.models.customer import CustomerOwnerRule
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.scoping import (
    CandidateTrace,
    Context,
    Dimension,
    Rank,
    RankComponent,
    Reason,
    Resolution,
    Resolver,
    Rule,
    Scope,
    check_no_conflicts,
    find_conflicts,
    rule_from_row,
    scope_from_row,
)

# code: (parent, level)
REGIONS: dict[str, tuple[str | None, int]] = {
    "110000": (None, 1),  # 北京市
    "110101": ("110000", 3),  # 东城区
    "110105": ("110000", 3),  # 朝阳区
    "440000": (None, 1),  # 广东省
    "440100": ("440000", 2),  # 广州市
    "440103": ("440100", 3),  # 荔湾区
    "440106": ("440100", 3),  # 天河区
    "440300": ("440000", 2),  # 深圳市
    "440305": ("440300", 3),  # 南山区
    "440306": ("440300", 3),  # 宝安区
    "441900": ("440000", 2),  # 东莞市 (no districts)
    "420000": (None, 1),  # 湖北省
    "420100": ("420000", 2),  # 武汉市
    "420102": ("420100", 3),  # 江岸区
    "420111": ("420100", 3),  # 洪山区
    "429004": ("420000", 3),  # 仙桃市 (county-level, directly under the province)
    "220000": (None, 1),  # 吉林省
    "220100": ("220000", 2),  # 长春市
    "220104": ("220100", 3),  # 朝阳区
}
CODES = tuple(REGIONS)
UNKNOWN = "999999"


class FakeRegions:
    """Implements ``RegionHierarchy`` over ``REGIONS``; counts calls to show the index is used."""

    def __init__(self) -> None:
        self.calls = 0

    def ancestors(self, code: str) -> tuple[str, ...]:
        self.calls += 1
        chain: list[str] = []
        current: str | None = code if code in REGIONS else None
        while current is not None:
            chain.append(current)
            current = REGIONS[current][0]
        return tuple(chain)

    def level(self, code: str) -> int:
        return REGIONS[code][1] if code in REGIONS else 0

    def descendants_or_self(self, code: str) -> list[str]:
        return [c for c in CODES if code in self.ancestors(c)]


REG = FakeRegions()
SOUTH = uuid.UUID(int=0x5001)  # 华南: a province
TIER1 = uuid.UUID(int=0x5002)  # 一线城市: a municipality and two cities
MIXED = uuid.UUID(int=0x5003)  # members on every level, one inside a TIER1 city
MISSING_GROUP = uuid.UUID(int=0x5004)  # not in GROUPS: matches nothing
GROUPS: dict[uuid.UUID, frozenset[str]] = {
    SOUTH: frozenset({"440000"}),
    TIER1: frozenset({"110000", "440100", "440300"}),
    MIXED: frozenset({"420100", "429004", "440305"}),
}
DAY = dt.date(2026, 11, 22)


def rule(name: str, *, priority: int = 0, rule_id: int | None = None, **scope: Any) -> Rule[str]:
    return Rule(
        id=uuid.UUID(int=rule_id) if rule_id is not None else uuid.uuid4(),
        name=name,
        scope=Scope(**scope),
        priority=priority,
        outcome=name,
    )


def ctx(region: str | None = "440305", on: dt.date = DAY, **dims: Any) -> Context:
    return Context(region_code=region, on=on, **dims)


def resolve(rules: Sequence[Rule[str]], context: Context) -> Resolution[str]:
    resolver = Resolver(rules, REG, GROUPS)
    resolution = resolver.resolve(context)
    assert resolver.resolve_winner(context) == resolution.winner
    return resolution


def winner_name(rules: Sequence[Rule[str]], context: Context) -> str | None:
    won = resolve(rules, context).winner
    return won.name if won else None


# --- matching -------------------------------------------------------------------------------


def test_a_region_rule_matches_its_region_and_every_descendant_only() -> None:
    gd = rule("广东", region_code="440000")
    for code in ("440000", "440300", "440305", "441900"):
        assert winner_name([gd], ctx(code)) == "广东"
    entry = resolve([gd], ctx("110105")).candidate(gd.id)
    assert not entry.matched
    assert [(r.dimension, r.reason, r.params) for r in entry.rejections] == [
        (Dimension.REGION, Reason.REGION_NOT_WITHIN, {"region": "110105", "rule_region": "440000"})
    ]
    assert entry.rejections[0].describe() == "region 110105 is not within 440000"


def test_a_rule_on_a_district_does_not_match_its_city() -> None:
    nanshan = rule("南山", region_code="440305")
    assert winner_name([nanshan], ctx("440300")) is None
    assert winner_name([nanshan], ctx("440306")) is None


def test_specificity_follows_the_level_of_the_matched_region() -> None:
    rules = [rule("省", region_code="440000", priority=9), rule("市", region_code="440300", priority=5)]
    rules.append(rule("区", region_code="440305"))
    resolution = resolve(rules, ctx("440305"))
    assert resolution.winner is not None and resolution.winner.name == "区"
    assert [e.rank.specificity for e in resolution.trace if e.rank] == [4, 3, 2]
    assert [e.lost_on for e in resolution.trace[1:]] == [RankComponent.SPECIFICITY] * 2


def test_municipality_districts_and_county_level_cities_count_as_districts() -> None:
    """Their parent is the province (no prefecture between), but they are still level 3: 4 points."""
    beijing_district = resolve([rule("朝阳", region_code="110105")], ctx("110105")).trace[0]
    xiantao = resolve([rule("仙桃", region_code="429004")], ctx("429004")).trace[0]
    assert beijing_district.rank is not None and beijing_district.rank.specificity == 4
    assert xiantao.rank is not None and xiantao.rank.specificity == 4
    assert winner_name([rule("湖北", region_code="420000")], ctx("429004")) == "湖北"


def test_same_district_name_in_two_provinces_is_told_apart_by_code() -> None:
    rules = [rule("北京朝阳", region_code="110105"), rule("长春", region_code="220100")]
    assert winner_name(rules, ctx("110105")) == "北京朝阳"
    assert winner_name(rules, ctx("220104")) == "长春"


def test_a_group_rule_matches_through_the_member_containing_the_context_region() -> None:
    south = rule("华南", region_group_id=SOUTH)
    entry = resolve([south], ctx("440305")).trace[0]
    assert entry.matched and entry.matched_region == "440000"
    assert entry.rank is not None and (entry.rank.specificity, entry.rank.direct) == (2, 0)
    missed = resolve([south], ctx("420102")).trace[0]
    assert [(r.reason, r.params) for r in missed.rejections] == [
        (Reason.REGION_NOT_IN_GROUP, {"region": "420102", "group": str(SOUTH)})
    ]


def test_a_group_rule_counts_as_specific_as_its_deepest_matching_member() -> None:
    deep = uuid.UUID(int=0x6001)
    groups = {deep: frozenset({"440000", "440300", "440305"})}
    resolver = Resolver([rule("深", region_group_id=deep)], REG, groups)
    for code, member, points in (("440305", "440305", 4), ("440306", "440300", 3), ("440103", "440000", 2)):
        entry = resolver.resolve(ctx(code)).trace[0]
        assert (entry.matched_region, entry.rank and entry.rank.specificity) == (member, points)


def test_a_direct_region_rule_beats_a_group_rule_at_equal_depth() -> None:
    city = rule("深圳", region_code="440300")
    tier = rule("一线", region_group_id=TIER1, priority=9, scenario="install")
    resolution = resolve([tier, city], ctx("440305", scenario="install"))
    assert resolution.winner == city
    assert resolution.candidate(tier.id).lost_on is RankComponent.DIRECT
    assert "lost to a direct region rule at the same depth (direct 0 < 1)" in resolution.candidate(tier.id).describe()


def test_a_group_rule_through_a_deeper_member_beats_a_direct_rule_on_a_shallower_region() -> None:
    city = rule("深圳", region_code="440300", priority=9)
    mixed = rule("混合", region_group_id=MIXED)  # holds the district 440305 itself
    assert winner_name([city, mixed], ctx("440305")) == "混合"
    assert winner_name([city, mixed], ctx("440306")) == "深圳"


def test_a_group_unknown_to_the_resolver_matches_nothing() -> None:
    entry = resolve([rule("?", region_group_id=MISSING_GROUP)], ctx("440305")).trace[0]
    assert not entry.matched and entry.rejections[0].reason is Reason.REGION_NOT_IN_GROUP


def test_more_matched_dimensions_beat_priority() -> None:
    one = rule("one", region_code="440300", priority=9, scenario="install")
    two = rule("two", region_code="440300", scenario="install", provider_type="core")
    resolution = resolve([one, two], ctx("440305", scenario="install", provider_type="core"))
    assert resolution.winner == two
    assert resolution.candidate(one.id).lost_on is RankComponent.DIMENSIONS


def test_region_specificity_beats_more_dimensions() -> None:
    province = rule("省", region_code="440000", scenario="install", provider_type="core", complexity=2)
    city = rule("市", region_code="440300")
    assert winner_name([province, city], ctx("440305", scenario="install", provider_type="core", complexity=2)) == "市"


def test_priority_beats_a_later_valid_from() -> None:
    old = rule("old", region_code="440300", priority=2, valid_from=dt.date(2020, 1, 1))
    new = rule("new", region_code="440300", priority=1, valid_from=dt.date(2026, 1, 1))
    resolution = resolve([old, new], ctx())
    assert resolution.winner == old
    assert resolution.candidate(new.id).lost_on is RankComponent.PRIORITY
    assert "priority 1 < 2" in resolution.candidate(new.id).describe()


def test_the_later_valid_from_wins_and_an_open_start_counts_as_earliest() -> None:
    open_start = rule("open", region_code="440300")
    older = rule("2025", region_code="440300", valid_from=dt.date(2025, 1, 1))
    newer = rule("2026", region_code="440300", valid_from=dt.date(2026, 1, 1))
    resolution = resolve([open_start, older, newer], ctx())
    assert resolution.winner == newer
    assert [e.rule.name for e in resolution.trace] == ["2026", "2025", "open"]
    assert {e.lost_on for e in resolution.trace[1:]} == {RankComponent.VALID_FROM}
    assert winner_name([open_start, older, newer], ctx(on=dt.date(2025, 6, 1))) == "2025"
    assert winner_name([open_start, older, newer], ctx(on=dt.date(2024, 6, 1))) == "open"


def test_validity_is_inclusive_at_both_ends_and_open_where_empty() -> None:
    window = rule("w", valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 12, 31))
    assert winner_name([window], ctx(on=dt.date(2026, 1, 1))) == "w"
    assert winner_name([window], ctx(on=dt.date(2026, 12, 31))) == "w"
    early = resolve([window], ctx(on=dt.date(2025, 12, 31))).trace[0]
    late = resolve([window], ctx(on=dt.date(2027, 1, 1))).trace[0]
    assert [(r.reason, r.params) for r in early.rejections] == [
        (Reason.NOT_YET_VALID, {"valid_from": dt.date(2026, 1, 1), "on": dt.date(2025, 12, 31)})
    ]
    assert [(r.reason, r.params) for r in late.rejections] == [
        (Reason.EXPIRED, {"valid_to": dt.date(2026, 12, 31), "on": dt.date(2027, 1, 1)})
    ]
    future = rule("f", valid_from=dt.date(2027, 1, 1))
    assert (
        resolve([future], ctx()).trace[0].rejections[0].describe() == "valid from 2027-01-01, context date 2026-11-22"
    )
    assert winner_name([rule("until", valid_to=dt.date(2000, 1, 1))], ctx(on=dt.date(1990, 1, 1))) == "until"


def test_an_empty_dimension_means_any_and_a_set_one_needs_that_value() -> None:
    anything = rule("any")
    install = rule("install", scenario="install")
    assert winner_name([anything], ctx(scenario="repair", provider_type="x", item_category="y", complexity=3)) == "any"
    assert winner_name([anything], ctx(region=None)) == "any"
    mismatch = resolve([install], ctx(scenario="repair")).trace[0].rejections
    assert [(r.dimension, r.reason, r.params) for r in mismatch] == [
        (
            Dimension.SCENARIO,
            Reason.VALUE_MISMATCH,
            {"dimension": "scenario", "value": "repair", "rule_value": "install"},
        )
    ]
    assert mismatch[0].describe() == "scenario 'repair' ≠ 'install'"
    missing = resolve([install], ctx()).trace[0].rejections
    assert [(r.reason, r.params) for r in missing] == [
        (Reason.VALUE_MISSING, {"dimension": "scenario", "rule_value": "install"})
    ]


def test_complexity_matches_by_value_including_zero() -> None:
    zero = rule("zero", complexity=0)
    assert winner_name([zero], ctx(complexity=0)) == "zero"
    assert winner_name([zero], ctx(complexity=1)) is None
    assert winner_name([zero], ctx()) is None


def test_every_failed_dimension_is_reported() -> None:
    strict = rule("s", region_code="110000", scenario="install", complexity=2, valid_from=dt.date(2027, 1, 1))
    entry = resolve([strict], ctx("440305", scenario="repair")).trace[0]
    assert [r.dimension for r in entry.rejections] == [
        Dimension.REGION,
        Dimension.SCENARIO,
        Dimension.COMPLEXITY,
        Dimension.VALIDITY,
    ]


def test_an_unknown_or_missing_context_region_matches_only_region_less_rules() -> None:
    rules = [rule("any"), rule("gd", region_code="440000", priority=9), rule("south", region_group_id=SOUTH)]
    unknown = resolve(rules, ctx(UNKNOWN))
    assert unknown.winner is not None and unknown.winner.name == "any"
    assert [r.reason for e in unknown.trace[1:] for r in e.rejections] == [Reason.REGION_UNKNOWN] * 2
    assert unknown.candidate(rules[1].id).rejections[0].describe() == "region 999999 is unknown"
    missing = resolve(rules, ctx(None))
    assert missing.winner is not None and missing.winner.name == "any"
    assert [r.reason for e in missing.trace[1:] for r in e.rejections] == [Reason.REGION_MISSING] * 2


def test_a_full_tie_goes_to_the_smaller_id_whatever_the_order() -> None:
    first = rule("first", region_code="440300", rule_id=1)
    second = rule("second", region_code="440300", rule_id=2)
    for order in ([first, second], [second, first]):
        resolution = resolve(order, ctx())
        assert resolution.winner == first
        assert resolution.candidate(second.id).lost_on is RankComponent.RULE_ID


def test_explain_names_the_context_the_winner_and_every_rule() -> None:
    rules = [
        rule("深圳安装", region_code="440300", scenario="install"),
        rule("广东", region_code="440000"),
        rule("北京", region_code="110000"),
    ]
    lines = resolve(rules, ctx("440305", scenario="install")).explain()
    assert lines[0] == "Context: region 440305, scenario 'install', on 2026-11-22"
    assert lines[1] == "Winner: “深圳安装” (3 considered)."
    assert lines[2].startswith("“深圳安装”: wins with rank (3 city, direct, 1 dimensions")
    assert lines[3].startswith("“广东”: matched with rank (2 province") and "specificity 2 < 3" in lines[3]
    assert lines[4] == "“北京”: rejected: region 440305 is not within 110000"
    assert resolve([], ctx()).explain()[1] == "No rule matches (0 considered)."


def test_rank_is_a_plain_tuple_in_comparison_order() -> None:
    rank = Rank(4, 1, 2, 0, dt.date(2026, 1, 1))
    assert rank == (4, 1, 2, 0, dt.date(2026, 1, 1))
    assert Rank(3, 1, 4, 9, dt.date.max) < Rank(4, 0, 0, 0, dt.date.min)
    assert [c.value for c in RankComponent][:5] == list(Rank._fields)


# --- data and building ------------------------------------------------------------------------


def test_scope_refuses_a_region_and_a_group_and_a_reversed_range_and_treats_blank_as_any() -> None:
    with pytest.raises(ValueError, match="not both"):
        Scope(region_code="440000", region_group_id=SOUTH)
    with pytest.raises(ValueError, match="after valid_to"):
        Scope(valid_from=dt.date(2026, 2, 1), valid_to=dt.date(2026, 1, 1))
    blank = Scope(region_code="", scenario="", provider_type="", item_category="")
    assert blank == Scope()
    assert blank.dimension_count == 0


def test_scope_and_rule_from_an_owner_rule_row() -> None:
    row = CustomerOwnerRule(
        id=uuid.uuid4(),
        name="深圳安装归张三",
        region_code="440300",
        scenario="install",
        complexity=2,
        valid_from=dt.date(2026, 1, 1),
        priority=3,
    )
    assert scope_from_row(row) == Scope(
        region_code="440300", scenario="install", complexity=2, valid_from=dt.date(2026, 1, 1)
    )
    built = rule_from_row(row, "张三")
    assert (built.id, built.name, built.priority, built.outcome) == (row.id, row.name, 3, "张三")


def test_the_resolver_refuses_duplicate_ids_and_snapshots_the_groups() -> None:
    one = rule("one", rule_id=1)
    with pytest.raises(ValueError, match="unique"):
        Resolver([one, one], REG, GROUPS)
    groups = dict(GROUPS)
    resolver = Resolver([rule("south", region_group_id=SOUTH)], REG, groups)
    groups[SOUTH] = frozenset({"110000"})
    assert resolver.resolve_winner(ctx("440305")) is not None
    assert resolver.resolve_winner(ctx("110105")) is None


def test_the_fast_path_only_asks_for_the_context_regions_ancestors() -> None:
    regions = FakeRegions()
    resolver = Resolver([rule(f"r{code}", region_code=code) for code in CODES], regions, GROUPS)
    regions.calls = 0
    won = resolver.resolve_winner(ctx("440305"))
    assert won is not None and won.name == "r440305"
    assert regions.calls == 1


# --- save-time lint -------------------------------------------------------------------------


def conflict_names(rules: Sequence[Rule[str]]) -> set[frozenset[str]]:
    return {frozenset({c.rule.name, c.other.name}) for c in find_conflicts(rules, REG, GROUPS)}


def test_the_same_scope_and_priority_conflicts_and_the_witness_ties() -> None:
    a = rule("a", region_code="440300", scenario="install")
    b = rule("b", region_code="440300", scenario="install")
    [conflict] = find_conflicts([a, b], REG, GROUPS)
    assert (conflict.rule, conflict.other) == (a, b)
    assert conflict.witness.region_code == "440300" and conflict.witness.scenario == "install"
    assert conflict.rank == Rank(3, 1, 1, 0, dt.date.min)
    ranks = {e.rank for e in resolve([a, b], conflict.witness).trace}
    assert ranks == {conflict.rank}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param({"region_code": "440000"}, {"region_code": "440300"}, id="nested regions rank differently"),
        pytest.param({"region_code": "440300"}, {"region_code": "440100"}, id="disjoint regions"),
        pytest.param({"region_code": "440300", "priority": 1}, {"region_code": "440300"}, id="different priority"),
        pytest.param({"scenario": "install"}, {"scenario": "repair"}, id="contradicting scenario"),
        pytest.param({"scenario": "install"}, {}, id="different dimension count"),
        pytest.param({"valid_from": dt.date(2026, 1, 1)}, {}, id="different valid_from"),
        pytest.param(
            {"valid_from": dt.date(2026, 1, 1), "valid_to": dt.date(2026, 1, 31)},
            {"valid_from": dt.date(2026, 1, 1), "valid_to": dt.date(2026, 1, 31), "region_code": "440300"},
            id="region rule and region-less rule",
        ),
        pytest.param({"region_code": "440300"}, {"region_group_id": TIER1}, id="direct rule and group rule"),
        pytest.param({"region_group_id": SOUTH}, {"region_group_id": MIXED}, id="groups meeting at other depths"),
        pytest.param({"region_code": UNKNOWN}, {"region_code": UNKNOWN}, id="a region nobody can be in"),
    ],
)
def test_rules_that_cannot_tie_are_not_conflicts(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert conflict_names([rule("a", **a), rule("b", **b)]) == set()


def test_a_conflict_is_also_found_between_different_but_compatible_dimensions() -> None:
    a = rule("a", scenario="install", valid_to=dt.date(2026, 6, 30))
    b = rule("b", item_category="空调", valid_to=dt.date(2026, 3, 31))
    [conflict] = find_conflicts([a, b], REG, GROUPS)
    assert conflict.witness == Context(
        region_code=None, scenario="install", item_category="空调", on=dt.date(2026, 3, 31)
    )


def test_rules_starting_on_the_same_day_always_overlap_so_they_conflict() -> None:
    """Equal ``valid_from`` is needed for a tie, and it makes the ranges overlap whatever the ends."""
    jan = dt.date(2026, 1, 1)
    [same_start] = find_conflicts([rule("a", valid_from=jan, valid_to=jan), rule("b", valid_from=jan)], REG, GROUPS)
    assert same_start.witness.on == jan
    [open_start] = find_conflicts(
        [rule("a", valid_to=dt.date(2025, 12, 31)), rule("b", valid_to=dt.date(2026, 1, 31))], REG, GROUPS
    )
    assert open_start.witness.on == dt.date(2025, 12, 31)


def test_groups_conflict_where_they_share_a_member() -> None:
    tier1 = rule("一线", region_group_id=TIER1)
    south = rule("华南", region_group_id=SOUTH)
    beijing = rule("京", region_group_id=uuid.UUID(int=0x6002))
    groups = {**GROUPS, uuid.UUID(int=0x6002): frozenset({"110000", "440000"})}
    conflicts = find_conflicts([tier1, south, beijing], REG, groups)
    assert [(c.rule.name, c.other.name, c.witness.region_code) for c in conflicts] == [
        ("一线", "京", "110000"),
        ("华南", "京", "440000"),
    ]


def test_check_no_conflicts_names_both_rules_and_a_region() -> None:
    existing = [rule("深圳标准", region_code="440300"), rule("广东", region_code="440000")]
    new = rule("深圳新规", region_code="440300")
    with pytest.raises(ValidationError) as caught:
        check_no_conflicts(new, existing, REG, GROUPS, region_label={"440300": "深圳市"}.__getitem__)
    assert caught.value.field == "priority"
    assert str(caught.value) == (
        "Rule “深圳新规” could tie with rule “深圳标准” (for example in 深圳市). "
        "Make one more specific or give it a different priority."
    )
    check_no_conflicts(rule("深圳新规", region_code="440300", priority=1), existing, REG, GROUPS)


def test_check_no_conflicts_skips_the_rules_own_previous_version() -> None:
    saved = rule("a", region_code="440300", rule_id=7)
    edited = Rule(saved.id, "a", Scope(region_code="440300", scenario="install"), 0, "a")
    check_no_conflicts(edited, [saved], REG, GROUPS)


def test_check_no_conflicts_between_region_less_rules_says_any_region() -> None:
    with pytest.raises(ValidationError) as caught:
        check_no_conflicts(rule("new"), [rule("old")], REG, GROUPS)
    assert "(for example in any region)" in str(caught.value)
    assert caught.value.message(lambda _c, text: "任何地区" if text == "any region" else text).count("任何地区") == 1


# --- properties -----------------------------------------------------------------------------

RULE_DATES = (dt.date(2025, 1, 1), dt.date(2025, 7, 1), dt.date(2026, 1, 1))
CONTEXT_DATES = (*RULE_DATES, dt.date(2024, 12, 31), dt.date(2025, 3, 1), dt.date(2025, 12, 31), dt.date(2026, 6, 1))
PROVIDERS = ("core", "point")
SCENARIOS = ("install", "repair")
CATEGORIES = ("空调", "热水器")
COMPLEXITIES = (1, 2)
GROUP_CHOICES = (SOUTH, TIER1, MIXED, MISSING_GROUP)


def maybe(values: Sequence[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), st.sampled_from(values))


@st.composite
def scopes(draw: st.DrawFn) -> Scope:
    where = draw(st.sampled_from(("none", "region", "region", "group")))
    start = draw(maybe(RULE_DATES))
    end = draw(st.one_of(st.none(), st.sampled_from([d for d in RULE_DATES if start is None or d >= start])))
    return Scope(
        region_code=draw(st.sampled_from(CODES)) if where == "region" else None,
        region_group_id=draw(st.sampled_from(GROUP_CHOICES)) if where == "group" else None,
        provider_type=draw(maybe(PROVIDERS)),
        scenario=draw(maybe(SCENARIOS)),
        item_category=draw(maybe(CATEGORIES)),
        complexity=draw(maybe(COMPLEXITIES)),
        valid_from=start,
        valid_to=end,
    )


@st.composite
def rule_lists(draw: st.DrawFn, max_size: int = 8) -> list[Rule[str]]:
    ids = draw(st.lists(st.uuids(), unique=True, max_size=max_size))
    return [Rule(i, f"r{n}", draw(scopes()), draw(st.integers(0, 2)), f"r{n}") for n, i in enumerate(ids)]


contexts = st.builds(
    Context,
    region_code=st.sampled_from((*CODES, UNKNOWN, None)),
    provider_type=maybe(PROVIDERS),
    scenario=maybe(SCENARIOS),
    item_category=maybe(CATEGORIES),
    complexity=maybe(COMPLEXITIES),
    on=st.sampled_from(CONTEXT_DATES),
)


@given(rule_lists(), st.lists(contexts, min_size=1, max_size=10), st.randoms(use_true_random=False))
def test_the_winner_does_not_depend_on_rule_order_and_both_paths_agree(
    rules: list[Rule[str]], cases: list[Context], rnd: random.Random
) -> None:
    shuffled = list(rules)
    rnd.shuffle(shuffled)
    forward, backward = Resolver(rules, REG, GROUPS), Resolver(shuffled, REG, GROUPS)
    for case in cases:
        winner = forward.resolve(case).winner
        assert backward.resolve(case).winner == winner
        assert forward.resolve_winner(case) == winner
        assert backward.resolve_winner(case) == winner


@given(rule_lists(), st.lists(contexts, min_size=1, max_size=10))
def test_the_trace_names_every_rule_once_and_the_winner(rules: list[Rule[str]], cases: list[Context]) -> None:
    resolver = Resolver(rules, REG, GROUPS)
    for case in cases:
        resolution = resolver.resolve(case)
        assert sorted(e.rule.id for e in resolution.trace) == sorted(r.id for r in rules)
        winners = [e for e in resolution.trace if e.is_winner]
        matched = [e for e in resolution.trace if e.matched]
        assert [e.rule for e in winners] == ([resolution.winner] if resolution.winner else [])
        assert bool(matched) == (resolution.winner is not None)
        for entry in resolution.trace:
            assert entry.matched == (not entry.rejections) == (entry.rank is not None)
            assert (entry.lost_on is not None) == (entry.matched and not entry.is_winner)
            if entry.lost_on is not None:
                assert entry.rank is not None and winners[0].rank is not None and entry.rank <= winners[0].rank
        assert len(resolution.explain()) == 2 + len(rules)


# (region, strict descendant) pairs; None stands for "no region", above every code.
NESTED = [(None, c) for c in CODES] + [(above, c) for c in CODES for above in REG.ancestors(c)[1:]]
VALUES: dict[str, Sequence[Any]] = {
    "provider_type": PROVIDERS,
    "scenario": SCENARIOS,
    "item_category": CATEGORIES,
    "complexity": COMPLEXITIES,
}


@st.composite
def general_and_specific(draw: st.DrawFn) -> tuple[Rule[str], Rule[str]]:
    """A rule and one strictly more specific: a descendant region, or one more dimension set."""
    base = _fields(draw(scopes().filter(lambda s: s.region_group_id is None)))
    if draw(st.booleans()):
        upper, lower = draw(st.sampled_from(NESTED))
        general_scope, specific_scope = Scope(**{**base, "region_code": upper}), Scope(**{**base, "region_code": lower})
    else:
        dim = draw(st.sampled_from(sorted(VALUES)))
        value = draw(st.sampled_from(VALUES[dim]))
        general_scope, specific_scope = Scope(**{**base, dim: None}), Scope(**{**base, dim: value})
    # Priority cannot make up for specificity: give the general rule any priority at all.
    general_id, specific_id = draw(st.lists(st.uuids(), min_size=2, max_size=2, unique=True))
    general = Rule(general_id, "general", general_scope, draw(st.integers(0, 9)), "general")
    specific = Rule(specific_id, "specific", specific_scope, 0, "specific")
    return general, specific


def _fields(scope: Scope) -> dict[str, Any]:
    return {name: getattr(scope, name) for name in Scope.__dataclass_fields__}


@given(general_and_specific(), rule_lists(max_size=4), st.lists(contexts, min_size=1, max_size=10))
def test_a_strictly_more_specific_rule_always_wins_where_both_match(
    pair: tuple[Rule[str], Rule[str]], others: list[Rule[str]], cases: list[Context]
) -> None:
    general, specific = pair
    others = [o for o in others if o.id not in {general.id, specific.id}]
    resolver = Resolver([general, *others, specific], REG, GROUPS)
    # The witness of "both match": the specific rule's own scope as a context.
    s = specific.scope
    own = Context(
        region_code=s.region_code or "440305",
        provider_type=s.provider_type,
        scenario=s.scenario,
        item_category=s.item_category,
        complexity=s.complexity,
        on=s.valid_from or s.valid_to or DAY,
    )
    both_matched = 0
    for case in [own, *cases]:
        resolution = resolver.resolve(case)
        g, sp = resolution.candidate(general.id), resolution.candidate(specific.id)
        if g.matched and sp.matched:
            both_matched += 1
            assert g.rank is not None and sp.rank is not None and sp.rank > g.rank
            assert resolution.winner != general
            assert resolver.resolve_winner(case) != general
    assert both_matched >= 1


def _tie_oracle(a: Rule[str], b: Rule[str]) -> bool:
    """Whether some context matches both rules with equal rank, by trying every region and date.

    Dimensions need no search: a context matches both only if it carries every value either rule
    sets, and values neither sets do not affect the rank.
    """
    dims: dict[str, Any] = {}
    for d in ("provider_type", "scenario", "item_category", "complexity"):
        va, vb = getattr(a.scope, d), getattr(b.scope, d)
        if va is not None and vb is not None and va != vb:
            return False
        dims[d] = va if va is not None else vb
    resolver = Resolver([a, b], REG, GROUPS)
    for region, on in itertools.product((*CODES, None), (*CONTEXT_DATES, dt.date(2030, 1, 1))):
        trace = resolver.resolve(Context(region_code=region, on=on, **dims)).trace
        if trace[0].matched and trace[1].matched and trace[0].rank == trace[1].rank:
            return True
    return False


@settings(max_examples=60)
@given(rule_lists(max_size=7))
def test_the_lint_reports_exactly_the_pairs_that_can_tie(rules: list[Rule[str]]) -> None:
    conflicts = find_conflicts(rules, REG, GROUPS)
    reported = {frozenset({c.rule.id, c.other.id}) for c in conflicts}
    expected = {frozenset({a.id, b.id}) for a, b in itertools.combinations(rules, 2) if _tie_oracle(a, b)}
    assert reported == expected
    for conflict in conflicts:
        trace = Resolver([conflict.rule, conflict.other], REG, GROUPS).resolve(conflict.witness).trace
        assert [e.matched for e in trace] == [True, True]
        assert trace[0].rank == trace[1].rank == conflict.rank


@given(rule_lists(), st.lists(contexts, min_size=1, max_size=10))
def test_without_reported_conflicts_no_context_has_a_tie_at_the_top(
    rules: list[Rule[str]], cases: list[Context]
) -> None:
    reported = {frozenset({c.rule.id, c.other.id}) for c in find_conflicts(rules, REG, GROUPS)}
    resolver = Resolver(rules, REG, GROUPS)
    for case in cases:
        matched: list[CandidateTrace[str]] = [e for e in resolver.resolve(case).trace if e.matched]
        if len(matched) >= 2 and matched[0].rank == matched[1].rank:
            assert frozenset({matched[0].rule.id, matched[1].rule.id}) in reported


@given(rule_lists(max_size=6), scopes(), st.integers(0, 2))
def test_check_no_conflicts_refuses_exactly_what_find_conflicts_reports(
    rules: list[Rule[str]], scope: Scope, priority: int
) -> None:
    new = Rule(uuid.uuid4(), "new", scope, priority, "new")
    involved = any(new in (c.rule, c.other) for c in find_conflicts([*rules, new], REG, GROUPS))
    try:
        check_no_conflicts(new, rules, REG, GROUPS)
    except ValidationError:
        assert involved
    else:
        assert not involved
