"""Resolver benchmark: 2,000 scoped rules, 100,000 contexts, in memory (issue 3: < 2 s).

    python benchmarks/bench_resolver.py [--rules 2000] [--contexts 100000] [--seed 7] [--real-regions]

Builds a synthetic GB/T 2260-like hierarchy (34 provinces, about 330 prefecture cities and 2,800
county-level units, municipalities' districts directly under the province), region groups (大区 over
provinces, city tiers over cities), and rules spread the way price-tier and owner rules are: a few
national defaults, some group rules, most on provinces and cities, some on districts. Prints the
time to build the resolver, the fast path over all contexts, the traced path over a sample (it
looks at every rule by design), the save-time lint over all rules, and the check run when one
rule is saved. ``--real-regions`` uses the shipped ``regions.csv`` (``services.regions.RegionIndex``)
instead of the synthetic hierarchy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import uuid
from typing import Protocol

from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.scoping import (
    Context,
    RegionHierarchy,
    Resolver,
    Rule,
    Scope,
    check_no_conflicts,
    find_conflicts,
)

# The 34 provincial-level codes (first two digits).
PROVINCES: tuple[int, ...] = (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46)
PROVINCES += (50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82)
MUNICIPALITIES = (11, 12, 31, 50)
WITHOUT_CHILDREN = (71, 81, 82)  # 台湾, 香港, 澳门: no subdivisions in GB/T 2260
# Provinces with county-level cities directly under them (仙桃, 济源, 石河子 …): prefecture code 90.
DIRECT_COUNTY_CITIES = (41, 42, 46, 65)

PROVIDER_TYPES = ("核心代理商", "普通服务点", "直营")
SCENARIOS = ("安装", "维修", "调试", "保养")
CATEGORIES = ("空调", "热水器", "净水器", "新风", "地暖", "壁挂炉")
RULE_STARTS = (None, None, dt.date(2025, 1, 1), dt.date(2025, 7, 1), dt.date(2026, 1, 1))


class SyntheticRegions:
    """A ``RegionHierarchy`` over generated codes, with every chain precomputed like ``RegionIndex``."""

    def __init__(self, rnd: random.Random) -> None:
        parent: dict[str, str | None] = {}
        self._level: dict[str, int] = {}
        for p in PROVINCES:
            province = f"{p}0000"
            self._add(parent, province, None, 1)
            if p in WITHOUT_CHILDREN:
                continue
            if p in MUNICIPALITIES:
                for d in range(1, rnd.randint(12, 18)):
                    self._add(parent, f"{p}01{d:02d}", province, 3)
                continue
            for c in range(1, rnd.randint(8, 16) + 1):
                city = f"{p}{c:02d}00"
                self._add(parent, city, province, 2)
                for d in range(1, rnd.randint(3, 14) + 1):
                    self._add(parent, f"{p}{c:02d}{d:02d}", city, 3)
            if p in DIRECT_COUNTY_CITIES:
                for d in range(1, 4):
                    self._add(parent, f"{p}90{d:02d}", province, 3)
        self._chains: dict[str, tuple[str, ...]] = {}
        for code in parent:
            chain: list[str] = []
            current: str | None = code
            while current is not None:
                chain.append(current)
                current = parent[current]
            self._chains[code] = tuple(chain)

    def _add(self, parent: dict[str, str | None], code: str, up: str | None, level: int) -> None:
        parent[code] = up
        self._level[code] = level

    def ancestors(self, code: str) -> tuple[str, ...]:
        return self._chains.get(code, ())

    def level(self, code: str) -> int:
        return self._level.get(code, 0)

    def codes(self, level: int) -> list[str]:
        return [c for c, lv in self._level.items() if lv == level]


class ShippedRegions:
    """The shipped hierarchy, with the per-level code lists this benchmark draws from."""

    def __init__(self) -> None:
        from scrm_desktop.services.regions import region_index

        self._index = region_index()
        self._codes: dict[int, list[str]] = {}
        for info in self._index:
            self._codes.setdefault(info.level, []).append(info.code)

    def ancestors(self, code: str) -> tuple[str, ...]:
        return self._index.ancestors(code)

    def level(self, code: str) -> int:
        return self._index.level(code)

    def codes(self, level: int) -> list[str]:
        return list(self._codes.get(level, []))


class Hierarchy(RegionHierarchy, Protocol):
    def codes(self, level: int) -> list[str]: ...


def make_groups(regions: Hierarchy, rnd: random.Random) -> dict[uuid.UUID, frozenset[str]]:
    provinces, cities = regions.codes(1), regions.codes(2)
    rnd.shuffle(provinces)
    groups = {}
    # 7 大区 partitioning the provinces, 4 city tiers over cities (一线 also holds two municipalities).
    for n in range(7):
        groups[uuid.uuid4()] = frozenset(provinces[n::7])
    rnd.shuffle(cities)
    start = 0
    for size in (4, 15, 30, 70):
        members = set(cities[start : start + size])
        if size == 4:
            members |= {"110000", "310000"}
        groups[uuid.uuid4()] = frozenset(members)
        start += size
    return groups


def make_rules(
    count: int, regions: Hierarchy, groups: dict[uuid.UUID, frozenset[str]], rnd: random.Random
) -> list[Rule[str]]:
    provinces, cities, districts = regions.codes(1), regions.codes(2), regions.codes(3)
    group_ids = list(groups)
    rules = []
    for n in range(count):
        share = n / count
        where: dict[str, object] = {}
        if share < 0.02:
            pass  # national defaults
        elif share < 0.10:
            where["region_group_id"] = rnd.choice(group_ids)
        elif share < 0.30:
            where["region_code"] = rnd.choice(provinces)
        elif share < 0.75:
            where["region_code"] = rnd.choice(cities)
        else:
            where["region_code"] = rnd.choice(districts)
        start = rnd.choice(RULE_STARTS)
        scope = Scope(
            provider_type=rnd.choice(PROVIDER_TYPES) if rnd.random() < 0.4 else None,
            scenario=rnd.choice(SCENARIOS) if rnd.random() < 0.6 else None,
            item_category=rnd.choice(CATEGORIES) if rnd.random() < 0.4 else None,
            complexity=rnd.randint(1, 3) if rnd.random() < 0.2 else None,
            valid_from=start,
            valid_to=start.replace(year=start.year + 2) if start and rnd.random() < 0.3 else None,
            **where,  # type: ignore[arg-type]
        )
        rules.append(Rule(uuid.uuid4(), f"rule {n}", scope, rnd.randint(0, 9), f"tier {n % 3 + 1}"))
    rnd.shuffle(rules)
    return rules


def make_contexts(count: int, regions: Hierarchy, rnd: random.Random) -> list[Context]:
    provinces, cities, districts = regions.codes(1), regions.codes(2), regions.codes(3)
    first = dt.date(2025, 1, 1)
    contexts = []
    for _ in range(count):
        roll = rnd.random()
        if roll < 0.85:
            region: str | None = rnd.choice(districts)
        elif roll < 0.95:
            region = rnd.choice(cities)
        elif roll < 0.98:
            region = rnd.choice(provinces)
        else:
            region = rnd.choice((None, "999999"))
        contexts.append(
            Context(
                region_code=region,
                provider_type=rnd.choice(PROVIDER_TYPES),
                scenario=rnd.choice(SCENARIOS),
                item_category=rnd.choice(CATEGORIES),
                complexity=rnd.randint(1, 3),
                on=first + dt.timedelta(days=rnd.randrange(730)),
            )
        )
    return contexts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=int, default=2000)
    parser.add_argument("--contexts", type=int, default=100_000)
    parser.add_argument("--traced", type=int, default=500, help="contexts resolved with a full trace")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--real-regions", action="store_true", help="use the shipped regions.csv")
    args = parser.parse_args()

    rnd = random.Random(args.seed)
    regions: Hierarchy = ShippedRegions() if args.real_regions else SyntheticRegions(rnd)
    groups = make_groups(regions, rnd)
    rules = make_rules(args.rules, regions, groups, rnd)
    contexts = make_contexts(args.contexts, regions, rnd)
    print(
        f"hierarchy: {len(regions.codes(1))} provinces, {len(regions.codes(2))} cities, "
        f"{len(regions.codes(3))} county-level; {len(groups)} groups; {len(rules)} rules; {len(contexts)} contexts"
    )

    started = time.perf_counter()
    resolver = Resolver(rules, regions, groups)
    build = time.perf_counter() - started
    print(f"build resolver:          {build * 1000:8.1f} ms")

    started = time.perf_counter()
    winners = [resolver.resolve_winner(c) for c in contexts]
    fast = time.perf_counter() - started
    found = sum(w is not None for w in winners)
    print(
        f"resolve_winner:          {fast * 1000:8.1f} ms for {len(contexts)} contexts "
        f"({len(contexts) / fast:,.0f} contexts/s; {found / len(contexts):.1%} found a rule)"
    )

    sample = contexts[: args.traced]
    started = time.perf_counter()
    # Keep only the winners: holding thousands of full traces would time the garbage collector.
    traced = [resolver.resolve(c).winner for c in sample]
    slow = time.perf_counter() - started
    print(
        f"resolve (full trace):    {slow * 1000:8.1f} ms for {len(sample)} contexts "
        f"({slow / len(sample) * 1000:.2f} ms each, every rule in the trace)"
    )
    disagreements = sum(t != w for t, w in zip(traced, winners, strict=False))
    print(f"fast and traced paths disagree on {disagreements} of {len(sample)} contexts")

    started = time.perf_counter()
    conflicts = find_conflicts(rules, regions, groups)
    lint = time.perf_counter() - started
    print(f"find_conflicts:          {lint * 1000:8.1f} ms ({len(conflicts)} tying pairs among random rules)")

    saved = rules[:200]
    refused = 0
    started = time.perf_counter()
    for candidate in saved:
        try:
            check_no_conflicts(candidate, rules, regions, groups)
        except ValidationError:
            refused += 1
    check = time.perf_counter() - started
    print(
        f"check_no_conflicts:      {check / len(saved) * 1000:8.2f} ms per saved rule against {len(rules)} "
        f"({refused} of {len(saved)} refused)"
    )


if __name__ == "__main__":
    main()
