"""Tier rules: validation naming fields, the save-time lint per book, permissions, audit.

Every database test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from argon2 import PasswordHasher
from customers_support import add_actor, audit_actions
from tier_rules_support import GANSU, GZ, Catalog, add_catalog

from scrm_desktop.db import Database
from scrm_desktop.services import tier_rules, users
from scrm_desktop.services.errors import PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


@pytest.fixture
def cat(db: Database) -> Catalog:
    return add_catalog(db)


def create(db: Database, actor: Actor, cat: Catalog, **kw: Any) -> tier_rules.TierRuleRow:
    tier = kw.pop("tier", "T2")
    fields: dict[str, Any] = {"book": "settlement", "name": "全国默认", "tier_id": cat.tiers[tier], **kw}
    with db.session() as session:
        return tier_rules.create_tier_rule(session, actor, **fields)


def refused(db: Database, actor: Actor, cat: Catalog, **kw: Any) -> ValidationError:
    with pytest.raises(ValidationError) as excinfo:
        create(db, actor, cat, **kw)
    return excinfo.value


def test_create_and_list_a_rule_with_every_dimension(db: Database, admin: Actor, cat: Catalog) -> None:
    row = create(
        db,
        admin,
        cat,
        name="  广州  核心代理  安装 ",
        tier="T3",
        region_code=GZ,
        provider_type="核心代理商",
        scenario="安装",
        item_category="AC-INSTALL",
        complexity=2,
        priority=5,
        valid_from=dt.date(2026, 1, 1),
        valid_to=dt.date(2026, 12, 31),
    )
    assert row.name == "广州 核心代理 安装"
    assert (row.tier_code, row.tier_name) == ("T3", "三档")
    assert row.region_path == "广东省 / 广州市"
    assert row.item_category_name == "空调安装"
    with db.session() as session:
        sales = create(db, admin, cat, book="sales", region_group_id=cat.groups["西北"], tier="T1")
        listed = tier_rules.list_tier_rules(session, admin, book="settlement")
        both = tier_rules.list_tier_rules(session, admin)
    assert [r.id for r in listed] == [row.id]
    assert {r.id for r in both} == {row.id, sales.id}
    assert sales.region_group_name == "西北"
    assert audit_actions(db, "tier_rule") == ["tier_rule.create", "tier_rule.create"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"tier_id": None}, "tier_id"),
        ({"region_code": "999999"}, "region_code"),
        ({"region_code": GZ, "region_group_id": "group"}, "region_code"),
        ({"region_group_id": uuid.uuid4()}, "region_group_id"),
        ({"item_category": "NO-SUCH"}, "item_category"),
        ({"provider_type": "x" * 51}, "provider_type"),
        ({"scenario": "y" * 51}, "scenario"),
        ({"complexity": 0}, "complexity"),
        ({"complexity": 6}, "complexity"),
        ({"priority": 1000}, "priority"),
        ({"valid_from": dt.date(2026, 2, 1), "valid_to": dt.date(2026, 1, 31)}, "valid_to"),
        ({"book": "wholesale"}, "book"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    db: Database, admin: Actor, cat: Catalog, fields: dict[str, Any], field: str
) -> None:
    if fields.get("region_group_id") == "group":
        fields["region_group_id"] = cat.groups["一线城市"]
    error = refused(db, admin, cat, **fields)
    assert error.field == field
    with db.session() as session:
        assert tier_rules.list_tier_rules(session, admin) == []


def test_lint_refuses_ties_per_book(db: Database, admin: Actor, cat: Catalog) -> None:
    create(db, admin, cat, name="全国默认")
    conflict = refused(db, admin, cat, name="全国三档", tier="T3")
    assert conflict.field == "priority"
    assert "全国默认" in str(conflict) and "全国三档" in str(conflict)
    # The same scope in the other book is no conflict; a different priority or dimension neither.
    create(db, admin, cat, name="全国三档", tier="T3", book="sales")
    create(db, admin, cat, name="全国一档", tier="T1", priority=1)
    create(db, admin, cat, name="维修", tier="T1", scenario="维修")
    # Two rules on the same region with compatible dimensions tie; the message names the region.
    create(db, admin, cat, name="广州核心", tier="T3", region_code=GZ, provider_type="核心代理商")
    conflict = refused(db, admin, cat, name="广州安装", tier="T1", region_code=GZ, scenario="安装")
    assert "广州市" in str(conflict)
    assert "广州核心" in str(conflict)


def test_group_rule_and_region_rule_on_the_same_province_do_not_tie(db: Database, admin: Actor, cat: Catalog) -> None:
    create(db, admin, cat, name="甘肃一档", region_code=GANSU, tier="T1")
    create(db, admin, cat, name="西北一档", region_group_id=cat.groups["西北"], tier="T1")
    with db.session() as session:
        assert len(tier_rules.list_tier_rules(session, admin)) == 2


def test_update_deactivate_and_reactivate(db: Database, admin: Actor, cat: Catalog) -> None:
    first = create(db, admin, cat, name="全国默认")
    second = create(db, admin, cat, name="全国一档", tier="T1", priority=1)
    with pytest.raises(ValidationError) as excinfo, db.session() as session:  # priority 0 would tie
        tier_rules.update_tier_rule(
            session, admin, second.id, expected_version=second.version, name="全国一档", tier_id=cat.tiers["T1"]
        )
    assert excinfo.value.field == "priority"
    with db.session() as session:
        changed = tier_rules.update_tier_rule(
            session,
            admin,
            second.id,
            expected_version=second.version,
            name="全国三档",
            tier_id=cat.tiers["T3"],
            priority=2,
        )
    assert (changed.name, changed.tier_code, changed.priority) == ("全国三档", "T3", 2)
    with pytest.raises(StaleWriteError), db.session() as session:
        tier_rules.update_tier_rule(
            session, admin, second.id, expected_version=second.version, name="x", tier_id=cat.tiers["T1"], priority=3
        )
    with db.session() as session:
        off = tier_rules.set_tier_rule_active(session, admin, first.id, False, expected_version=first.version)
    assert not off.is_active
    # While it is inactive, another rule may take its place; re-activating it then ties.
    create(db, admin, cat, name="全国二档新", tier="T2")
    with pytest.raises(ValidationError), db.session() as session:
        tier_rules.set_tier_rule_active(session, admin, first.id, True, expected_version=off.version)
    with db.session() as session:
        assert [r.name for r in tier_rules.list_tier_rules(session, admin, include_inactive=False)] == [
            "全国三档",
            "全国二档新",
        ]
    assert audit_actions(db, "tier_rule") == [
        "tier_rule.create",
        "tier_rule.create",
        "tier_rule.update",
        "tier_rule.deactivate",
        "tier_rule.create",
    ]


def test_only_price_editors_change_rules_and_readers_read(db: Database, admin: Actor, cat: Catalog) -> None:
    create(db, admin, cat, name="全国默认")
    pricing = add_actor(db, admin, "pricing", ["pricing_manager"])
    finance = add_actor(db, admin, "finance", ["finance"])
    installer = add_actor(db, admin, "installer", ["installer"])
    create(db, pricing, cat, name="广州三档", region_code=GZ, tier="T3")
    with pytest.raises(PermissionDenied):
        create(db, finance, cat, name="x", region_code=GANSU)
    with db.session() as session:
        assert len(tier_rules.list_tier_rules(session, finance)) == 2
        with pytest.raises(PermissionDenied):
            tier_rules.list_tier_rules(session, installer)
