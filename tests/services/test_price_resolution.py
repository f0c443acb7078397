"""Price resolution: tier rules choose the tier, the price in force on the date gives the amount.

Every database test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event
from tier_rules_support import (
    CHANGSHA,
    D2025,
    D2026,
    GZ_TIANHE,
    LANZHOU_CHENGGUAN,
    SZ_NANSHAN,
    Catalog,
    add_catalog,
    add_price,
    price_rows,
)

from scrm_desktop.cli import main
from scrm_desktop.db import Database
from scrm_desktop.models import Price
from scrm_desktop.services import price_resolution, tier_rules
from scrm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.price_resolution import JobContext, MissingPrice, NoTierRule, PriceResolver

JUNE_2025 = dt.date(2025, 6, 1)
JUNE_2026 = dt.date(2026, 6, 1)


def add_rule(db: Database, actor: Actor, cat: Catalog, name: str, tier: str, **kw: Any) -> tier_rules.TierRuleRow:
    fields: dict[str, Any] = {"book": "settlement", **kw}
    if "group" in fields:
        fields["region_group_id"] = cat.groups[fields.pop("group")]
    with db.session() as session:
        return tier_rules.create_tier_rule(session, actor, name=name, tier_id=cat.tiers[tier], **fields)


@pytest.fixture
def cat(db: Database, admin: Actor) -> Catalog:
    """The support catalog, settlement rules like the demo's, and prices for 2025 and 2026."""
    cat = add_catalog(db)
    add_rule(db, admin, cat, "全国默认", "T2")
    add_rule(db, admin, cat, "一线城市三档", "T3", group="一线城市")
    add_rule(db, admin, cat, "西北一档", "T1", group="西北")
    add_rule(db, admin, cat, "核心代理商三档", "T3", provider_type="核心代理商", priority=10)
    add_rule(db, admin, cat, "西北核心代理商二档", "T2", group="西北", provider_type="核心代理商")
    add_rule(db, admin, cat, "维修一档", "T1", scenario="维修", priority=5)
    add_rule(db, admin, cat, "复杂热水器三档", "T3", item_category="WH", complexity=5)
    add_rule(db, admin, cat, "空调大类一档", "T1", item_category="AC")
    add_rule(db, admin, cat, "销售全国二档", "T2", book="sales")
    for item, base in (("AC-001", 100), ("AC-002", 80), ("WH-001", 200), ("P-001", 10)):
        for step, tier in enumerate(("T1", "T2", "T3")):
            amount = base + 20 * step
            add_price(db, cat, "settlement", item, tier, on=D2025, amount=f"{amount}.00")
            add_price(db, cat, "settlement", item, tier, on=D2026, amount=f"{amount + 5}.50")
            add_price(db, cat, "sales", item, tier, on=D2025, amount=f"{amount * 2}.00")
    return cat


def quote(db: Database, actor: Actor, **kw: Any) -> price_resolution.PriceQuote:
    fields: dict[str, Any] = {"book": "settlement", "on": JUNE_2025, **kw}
    with db.session() as session:
        return price_resolution.quote(session, actor, **fields)


@pytest.mark.parametrize(
    ("item", "job", "tier", "rule"),
    [
        ("AC-001", {"region_code": CHANGSHA}, "T2", "全国默认"),
        ("AC-001", {"region_code": None}, "T2", "全国默认"),
        ("AC-001", {"region_code": GZ_TIANHE}, "T3", "一线城市三档"),
        ("AC-001", {"region_code": SZ_NANSHAN, "scenario": "维修"}, "T3", "一线城市三档"),
        ("AC-001", {"region_code": LANZHOU_CHENGGUAN}, "T1", "西北一档"),
        ("AC-001", {"region_code": LANZHOU_CHENGGUAN, "provider_type": "核心代理商"}, "T2", "西北核心代理商二档"),
        ("AC-001", {"region_code": CHANGSHA, "provider_type": "核心代理商"}, "T3", "核心代理商三档"),
        ("AC-001", {"region_code": CHANGSHA, "scenario": "维修"}, "T1", "维修一档"),
        (
            "AC-001",
            {"region_code": CHANGSHA, "scenario": "维修", "provider_type": "核心代理商"},
            "T3",
            "核心代理商三档",
        ),
        # Categories match exactly: AC-002 is filed under AC, AC-001 under its child AC-INSTALL.
        ("AC-002", {"region_code": CHANGSHA}, "T1", "空调大类一档"),
        # Complexity defaults to the item's own (WH-001: 3); a job may state another.
        ("WH-001", {"region_code": CHANGSHA}, "T2", "全国默认"),
        ("WH-001", {"region_code": CHANGSHA, "complexity": 5}, "T3", "复杂热水器三档"),
    ],
)
def test_resolution_picks_the_tier_of_the_winning_rule(
    db: Database, admin: Actor, cat: Catalog, *, item: str, job: dict[str, Any], tier: str, rule: str
) -> None:
    found = quote(db, admin, item_code=item, **job)
    assert (found.tier_code, found.rule_name) == (tier, rule)
    with db.session() as session:
        resolver = PriceResolver.load(session, admin, book="settlement", on=JUNE_2025)
    fast = resolver.resolve(item, JobContext(**job))
    assert (fast.tier_code, fast.rule_id, fast.unit_price) == (tier, found.rule_id, found.unit_price)
    assert fast.trace == []
    assert found.trace[1].startswith(f"Winner: “{rule}”")


def test_unit_price_is_the_one_in_force_on_the_date(db: Database, admin: Actor, cat: Catalog) -> None:
    def price_on(on: dt.date) -> Decimal:
        return quote(db, admin, item_code="AC-001", region_code=GZ_TIANHE, on=on).unit_price

    assert price_on(D2025) == Decimal("140.00")
    assert price_on(dt.date(2025, 12, 31)) == Decimal("140.00")
    assert price_on(D2026) == Decimal("145.50")
    assert price_on(JUNE_2026) == Decimal("145.50")
    with pytest.raises(MissingPrice):
        price_on(dt.date(2024, 12, 31))
    sales = quote(db, admin, book="sales", item_code="AC-001", region_code=GZ_TIANHE, on=JUNE_2026)
    assert (sales.tier_code, sales.unit_price) == ("T2", Decimal("240.00"))


def test_a_missing_price_names_item_tier_and_book(db: Database, admin: Actor, cat: Catalog) -> None:
    add_rule(db, admin, cat, "深圳南山三档", "T3", region_code=SZ_NANSHAN)
    with db.session() as session:  # as if nobody had entered the T3 column yet
        session.execute(delete(Price).where(Price.tier_id == cat.tiers["T3"]))
    with pytest.raises(MissingPrice) as excinfo:
        quote(db, admin, item_code="AC-001", region_code=SZ_NANSHAN)
    error = excinfo.value
    assert (error.book, error.item_code, error.tier_code) == ("settlement", "AC-001", "T3")
    text = str(error)
    assert "挂机空调安装" in text and "AC-001" in text
    assert "三档" in text and "T3" in text
    assert "settlement price" in text
    assert "0.00" not in text


def test_no_matching_rule_is_an_error_not_a_fallback(db: Database, admin: Actor, cat: Catalog) -> None:
    with db.session() as session:
        rows = tier_rules.list_tier_rules(session, admin, book="sales")
        tier_rules.set_tier_rule_active(session, admin, rows[0].id, False, expected_version=rows[0].version)
    with pytest.raises(NoTierRule) as excinfo:
        quote(db, admin, book="sales", item_code="AC-001", region_code=GZ_TIANHE)
    assert "AC-001" in str(excinfo.value)
    assert "广州市" in str(excinfo.value)
    with db.session() as session:
        attempt = price_resolution.try_quote(
            session, admin, book="sales", item_code="AC-001", region_code=GZ_TIANHE, on=JUNE_2025
        )
    assert attempt.quote is None and isinstance(attempt.problem, NoTierRule)
    assert attempt.resolution.winner is None and attempt.resolution.trace == ()  # inactive rules are not considered


def test_bad_input_is_refused(db: Database, admin: Actor, cat: Catalog) -> None:
    with pytest.raises(NotFound) as missing:
        quote(db, admin, item_code="NOPE", region_code=GZ_TIANHE)
    assert "NOPE" in str(missing.value)
    with pytest.raises(ValidationError) as region:
        quote(db, admin, item_code="AC-001", region_code="123456")
    assert region.value.field == "region_code"
    with pytest.raises(ValidationError) as book:
        quote(db, admin, book="retail", item_code="AC-001", region_code=GZ_TIANHE)
    assert book.value.field == "book"
    installer = Actor(None, "i", "i", frozenset({Role.INSTALLER.value}))
    with pytest.raises(PermissionDenied):
        quote(db, installer, item_code="AC-001", region_code=GZ_TIANHE)


def test_resolving_many_pairs_makes_no_query(db: Database, admin: Actor, cat: Catalog) -> None:
    with db.session() as session:
        resolver = PriceResolver.load(session, admin, book="settlement", on=JUNE_2026)
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        rnd = random.Random(3)
        for _ in range(2000):
            job = JobContext(
                rnd.choice([GZ_TIANHE, SZ_NANSHAN, CHANGSHA, LANZHOU_CHENGGUAN, None]),
                rnd.choice([None, "核心代理商"]),
                rnd.choice([None, "维修", "安装"]),
                rnd.choice([None, 1, 5]),
            )
            resolver.resolve(rnd.choice(["AC-001", "AC-002", "WH-001", "P-001"]), job)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert statements == []


# --- properties ---------------------------------------------------------------------------------

ITEMS = ("AC-001", "AC-002", "WH-001", "P-001")
REGIONS = (GZ_TIANHE, SZ_NANSHAN, CHANGSHA, LANZHOU_CHENGGUAN, "620000", "440000", None)
DATES = st.dates(min_value=dt.date(2024, 10, 1), max_value=dt.date(2027, 3, 1))
JOBS = st.builds(
    JobContext,
    st.sampled_from(REGIONS),
    st.sampled_from((None, "核心代理商", "直营")),
    st.sampled_from((None, "维修", "安装")),
    st.sampled_from((None, 1, 2, 3, 5)),
)


@pytest.fixture
def versions(db: Database, admin: Actor, cat: Catalog) -> Iterator[dict[dt.date, PriceResolver]]:
    """Extra random versions on top of ``cat``'s, and a resolver per date (built on first use)."""
    rnd = random.Random(11)
    taken = {(r[0], r[1], r[2], r[3]) for r in price_rows(db)}
    for _ in range(60):
        item, tier = rnd.choice(ITEMS), rnd.choice(("T1", "T2", "T3"))
        day = dt.date(2024, 11, 1) + dt.timedelta(days=rnd.randrange(0, 850))
        if ("settlement", cat.items[item], cat.tiers[tier], day) not in taken:
            taken.add(("settlement", cat.items[item], cat.tiers[tier], day))
            add_price(db, cat, "settlement", item, tier, on=day, amount=f"{rnd.randrange(0, 100000) / 100:.2f}")
    yield {}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(item=st.sampled_from(ITEMS), job=JOBS, on=DATES)
def test_fast_path_agrees_with_the_trace_and_prices_match_brute_force(
    db: Database,
    admin: Actor,
    versions: dict[dt.date, PriceResolver],
    *,
    item: str,
    job: JobContext,
    on: dt.date,
) -> None:
    if on not in versions:
        with db.session() as session:
            versions[on] = PriceResolver.load(session, admin, book="settlement", on=on)
    resolver = versions[on]
    info = resolver.item(item)
    traced = resolver.trace_of(info, job)
    fast_rule = resolver.winner(info, job)
    assert traced.winner is not None and fast_rule.id == traced.winner.id
    rows = [r for r in price_rows(db) if r[0] == "settlement" and r[1] == info.id and r[2] == fast_rule.outcome.id]
    in_force = [r for r in rows if r[3] <= on]
    expected = max(in_force, key=lambda r: r[3])[4] if in_force else None
    if expected is None:
        with pytest.raises(MissingPrice):
            resolver.resolve(info, job)
        return
    assert resolver.resolve(info, job).unit_price == expected
    assert resolver.explain(info, job).unit_price == expected


# --- the command line -----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_resolve_prints_exactly_the_four_keys(
    db: Database, admin: Actor, cat: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys,
        "prices",
        "resolve",
        "--book",
        "settlement",
        "--item",
        "AC-001",
        "--region",
        LANZHOU_CHENGGUAN,
        "--provider-type",
        "核心代理商",
        "--date",
        "2026-03-01",
        "--json",
        "--db",
        db.url,
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert list(data) == ["tier", "unit_price", "rule_id", "trace"]
    with db.session() as session:
        rules = {r.name: r.id for r in tier_rules.list_tier_rules(session, admin)}
    assert data["tier"] == "T2"
    assert data["unit_price"] == "125.50"
    assert data["rule_id"] == str(rules["西北核心代理商二档"])
    assert isinstance(data["trace"], list) and all(isinstance(line, str) for line in data["trace"])
    assert data["trace"][1] == f"Winner: “西北核心代理商二档” ({len(rules) - 1} considered)."


def test_cli_resolve_errors_exit_1_naming_the_problem(
    db: Database, admin: Actor, cat: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("prices", "resolve", "--book", "settlement", "--region", CHANGSHA, "--json", "--db", db.url)
    status, out, err = run(capsys, *base, "--item", "AC-001", "--complexity", "2", "--date", "2024-06-01")
    assert status == 1 and out == ""
    assert "AC-001" in err and "T2" in err
    status, out, err = run(capsys, *base, "--item", "NOPE")
    assert status == 1 and "NOPE" in err
