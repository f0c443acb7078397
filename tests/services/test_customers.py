"""Customers: address parsing, duplicates, masking, region scope, owner rules, re-assignment, stats.

Every database test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from customers_support import (
    BJ_CHAOYANG,
    CC_CHAOYANG,
    GZ,
    GZ_TIANHE,
    SZ,
    SZ_NANSHAN,
    add_actor,
    add_customer,
    add_group,
    audit_actions,
    customer_count,
    owners_by_name,
)
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from scrm_desktop.db import Database
from scrm_desktop.models import Customer
from scrm_desktop.services import customers, users
from scrm_desktop.services.customers import mask_phone
from scrm_desktop.services.errors import NotFound, PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, Role


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


# --- phone masking ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812341234", "138****1234"),
        ("138 1234 1234", "138 **** 1234"),
        ("+86 138 1234 5678", "+86 138 **** 5678"),
        ("020-38886688", "020-****6688"),
        ("0755-8888 6666", "0755-**** 6666"),
        ("38886688", "****6688"),
        ("400-820-8820", "400-***-8820"),
        ("1234", "1234"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@given(st.text(alphabet=st.sampled_from("0123456789 -+()x转٣"), max_size=30))
def test_mask_phone_keeps_length_separators_and_the_last_four_digits(phone: str) -> None:
    masked = mask_phone(phone)
    assert len(masked) == len(phone)
    digit_positions = [i for i, ch in enumerate(phone) if ch in "0123456789"]
    for i, (before, after) in enumerate(zip(phone, masked, strict=True)):
        if i not in digit_positions:
            assert after == before
    for i in digit_positions[-4:]:
        assert masked[i] == phone[i]
    hidden = sum(1 for ch in masked if ch == "*") - phone.count("*")
    assert hidden >= min(3, max(0, len(digit_positions) - 4))


def test_phone_validation_and_digits() -> None:
    assert customers.clean_phone(" 138-1234-1234 ") == ("138-1234-1234", "13812341234")
    assert customers.clean_phone("+86 138 1234 1234") == ("+86 138 1234 1234", "13812341234")
    assert customers.clean_phone("(020) 3888 6688") == ("(020) 3888 6688", "02038886688")
    assert customers.clean_phone("") == ("", "")
    for bad in ("12345", "1381234123", "138****1234", "call me", "23812341234"):
        with pytest.raises(ValidationError) as excinfo:
            customers.clean_phone(bad)
        assert excinfo.value.field == "phone", bad


def test_tags_and_channel_ids_are_normalized() -> None:
    assert customers.clean_tags(["VIP", " VIP ", "", "老客户，空调", "a  b"]) == ["VIP", "老客户", "空调", "a b"]
    assert customers.clean_tags("VIP、老客户;VIP") == ["VIP", "老客户"]
    assert customers.clean_channel_ids({"taobao": " tb 1 ", "wecom": "wm1", "douyin": ""}) == {
        "wecom": "wm1",
        "taobao": "tb1",
    }
    with pytest.raises(ValidationError) as excinfo:
        customers.clean_channel_ids({"wechat": "x"})
    assert excinfo.value.field == "channel_ids"


# --- create and update ------------------------------------------------------------------------------


def test_create_parses_the_address_into_regions(db: Database, admin: Actor) -> None:
    row = add_customer(
        db,
        admin,
        "张三",
        "广东省深圳市南山区科技园科苑路 15 号",
        "138 1234 1234",
        tags="VIP,空调",
        channel_ids={"wecom": "wm1"},
    )
    assert (row.province_code, row.city_code, row.district_code, row.region_code) == (
        "440000",
        SZ,
        SZ_NANSHAN,
        SZ_NANSHAN,
    )
    assert row.region_path == "广东省 / 深圳市 / 南山区"
    assert (row.phone, row.phone_masked) == ("138 1234 1234", False)
    assert row.tags == ("VIP", "空调")
    assert row.channel_ids == {"wecom": "wm1"}
    assert row.version == 1
    assert audit_actions(db) == ["customer.create"]
    with db.engine.connect() as conn:
        assert conn.scalar(select(Customer.phone_digits)) == "13812341234"


def test_a_municipality_district_has_no_city(db: Database, admin: Actor) -> None:
    row = add_customer(db, admin, "李四", "北京市朝阳区建国路 88 号")
    assert (row.province_code, row.city_code, row.district_code) == ("110000", None, BJ_CHAOYANG)


def test_an_ambiguous_address_is_refused_until_the_user_chooses(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        customers.create_customer(session, admin, name="王五", address="朝阳区建国路 88 号")
    assert excinfo.value.field == "address"
    assert BJ_CHAOYANG in str(excinfo.value) and CC_CHAOYANG in str(excinfo.value)
    assert customer_count(db) == 0

    found = customers.suggest_regions("朝阳区建国路 88 号")
    assert found.ambiguous and found.region_code is None
    assert {c.code for c in found.candidates} >= {BJ_CHAOYANG, CC_CHAOYANG}
    assert "长春市" in next(c.path for c in found.candidates if c.code == CC_CHAOYANG)

    row = add_customer(db, admin, "王五", "朝阳区建国路 88 号", region_code=CC_CHAOYANG)
    assert (row.province_code, row.city_code, row.district_code) == ("220000", "220100", CC_CHAOYANG)


def test_an_explicit_region_overrides_the_address_and_must_exist(db: Database, admin: Actor) -> None:
    row = add_customer(db, admin, "赵六", "深圳市南山区", region_code=GZ_TIANHE)
    assert row.region_code == GZ_TIANHE
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        customers.create_customer(session, admin, name="X", address="", region_code="999999")
    assert excinfo.value.field == "region_code"
    row = add_customer(db, admin, "无地址", "")
    assert (row.region_code, row.region_path) == (None, "")


def test_a_second_customer_with_the_same_phone_is_refused(db: Database, admin: Actor) -> None:
    add_customer(db, admin, "张三", "广州市天河区体育西路 1 号", "13812341234")
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        customers.create_customer(session, admin, name="张三丰", phone="+86 138-1234-1234", address="")
    assert excinfo.value.field == "phone"
    assert "张三" in str(excinfo.value)
    assert customer_count(db) == 1

    # A branch editor learns that the number is taken, not who has it elsewhere.
    sz = add_actor(db, admin, "sz", [Role.BRANCH_EDITOR.value], [SZ])
    with pytest.raises(ValidationError) as hidden, db.session() as session:
        customers.create_customer(session, sz, name="X", phone="13812341234", address="深圳市南山区")
    assert "张三" not in str(hidden.value)


def test_the_database_keeps_phone_numbers_unique_when_two_saves_race(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both saves pass the service's own check (simulated by skipping it); the index refuses one."""
    add_customer(db, admin, "张三", "广州市天河区体育西路 1 号", "13812341234")
    monkeypatch.setattr(customers, "_check_duplicate_phone", lambda *args, **kwargs: None)
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        customers.create_customer(session, admin, name="李四", phone="138 1234 1234", address="广州市越秀区")
    assert excinfo.value.field == "phone"
    assert customer_count(db) == 1
    # Customers without a phone are not duplicates of each other.
    add_customer(db, admin, "无电话甲", "广州市天河区", "")
    add_customer(db, admin, "无电话乙", "广州市天河区", "")
    assert customer_count(db) == 3


def test_update_reparses_a_changed_address_keeps_the_owner_and_refuses_stale_writes(db: Database, admin: Actor) -> None:
    row = add_customer(db, admin, "张三", "广州市天河区体育西路 1 号", "13812341234")
    with db.session() as session:
        updated = customers.update_customer(
            session,
            admin,
            row.id,
            expected_version=row.version,
            name="张三 ",
            address="深圳市南山区科苑路 1 号",
            tags=["VIP"],
        )
    assert (updated.region_code, updated.version, updated.tags) == (SZ_NANSHAN, 2, ("VIP",))
    assert updated.phone == "13812341234"  # phone=None keeps it
    with pytest.raises(StaleWriteError) as excinfo, db.session() as session:
        customers.update_customer(session, admin, row.id, expected_version=row.version, name="Z", address="")
    assert "管理员" in str(excinfo.value)
    assert audit_actions(db) == ["customer.create", "customer.update"]


def test_the_masked_phone_shown_in_the_dialog_keeps_the_number(db: Database, admin: Actor) -> None:
    row = add_customer(db, admin, "张三", "广州市天河区体育西路 1 号", "13812341234")
    dispatcher = add_actor(db, admin, "disp", [Role.DISPATCHER.value])
    with db.session() as session:
        shown = customers.get_customer(session, dispatcher, row.id)
        assert (shown.phone, shown.phone_masked) == ("138****1234", True)
        customers.update_customer(
            session,
            dispatcher,
            row.id,
            expected_version=shown.version,
            name="张三",
            phone=shown.phone,
            address=shown.address,
        )
    with db.engine.connect() as conn:
        assert conn.scalar(select(Customer.phone)) == "13812341234"


# --- permissions, masking and region scope ---------------------------------------------------------


def test_phones_are_masked_without_the_view_pii_permission(db: Database, admin: Actor) -> None:
    add_customer(db, admin, "张三", "广州市天河区体育西路 1 号", "13812341234")
    dispatcher = add_actor(db, admin, "disp", [Role.DISPATCHER.value])
    finance = add_actor(db, admin, "fin", [Role.FINANCE.value])
    installer = add_actor(db, admin, "inst", [Role.INSTALLER.value])
    assert not dispatcher.can(Permission.VIEW_PII)
    with db.session() as session:
        assert [r.phone for r in customers.list_customers(session, admin)] == ["13812341234"]
        assert [r.phone for r in customers.list_customers(session, dispatcher)] == ["138****1234"]
        assert [r.phone for r in customers.list_customers(session, finance)] == ["13812341234"]
        # Searching cannot uncover the hidden digits: only the whole number or its visible end.
        assert customers.list_customers(session, dispatcher, text="1381234") == []
        assert len(customers.list_customers(session, dispatcher, text="13812341234")) == 1
        assert len(customers.list_customers(session, dispatcher, text="1234")) == 1
        assert len(customers.list_customers(session, finance, text="1381234")) == 1
        with pytest.raises(PermissionDenied):
            customers.list_customers(session, installer)
    with pytest.raises(PermissionDenied), db.session() as session:
        customers.create_customer(session, finance, name="X", address="")


def test_a_branch_editor_sees_and_edits_only_customers_in_their_region(db: Database, admin: Actor) -> None:
    gz_row = add_customer(db, admin, "广州客户", "广州市天河区体育西路 1 号")
    sz_row = add_customer(db, admin, "深圳客户", "深圳市南山区科苑路 1 号")
    add_customer(db, admin, "无区域客户", "")
    gz = add_actor(db, admin, "gz", [Role.BRANCH_EDITOR.value], [GZ])

    with db.session() as session:
        assert [r.name for r in customers.list_customers(session, gz)] == ["广州客户"]
        assert [r.name for r in customers.list_customers(session, admin)] == ["广州客户", "深圳客户", "无区域客户"]
        assert [r.name for r in customers.list_customers(session, admin, region_code="440000")] == [
            "广州客户",
            "深圳客户",
        ]
        assert [r.name for r in customers.list_customers(session, admin, region_code=SZ)] == ["深圳客户"]
        assert [r.name for r in customers.list_customers(session, admin, text="天河")] == ["广州客户"]
        with pytest.raises(NotFound):
            customers.get_customer(session, gz, sz_row.id)

    with pytest.raises(PermissionDenied), db.session() as session:
        customers.create_customer(session, gz, name="新深圳客户", address="深圳市南山区科苑路 2 号")
    with pytest.raises(PermissionDenied), db.session() as session:
        customers.create_customer(session, gz, name="无地址", address="")
    with pytest.raises(NotFound), db.session() as session:
        customers.update_customer(session, gz, sz_row.id, expected_version=1, name="改", address=sz_row.address)
    with pytest.raises(PermissionDenied), db.session() as session:
        customers.update_customer(session, gz, gz_row.id, expected_version=1, name="搬走", address="深圳市南山区")
    assert customer_count(db) == 3
    assert audit_actions(db) == ["customer.create"] * 3

    row = add_customer(db, gz, "新广州客户", "广州天河区天河路 385 号")
    assert row.region_code == GZ_TIANHE


# --- owner rules --------------------------------------------------------------------------------------


def test_owners_are_assigned_by_the_rules(db: Database, admin: Actor) -> None:
    south = add_group(db, "华南", ["440000", "450000"])
    gz_user = add_actor(db, admin, "gzowner", [Role.BRANCH_EDITOR.value], [GZ])
    south_user = add_actor(db, admin, "south", [Role.DISPATCHER.value])
    with db.session() as session:
        customers.create_owner_rule(session, admin, name="公海", owner_pool="公海")
        customers.create_owner_rule(
            session, admin, name="华南", region_group_id=south, owner_user_id=south_user.user_id
        )
        customers.create_owner_rule(session, admin, name="广州", region_code=GZ, owner_user_id=gz_user.user_id)
    tianhe = add_customer(db, admin, "广州客户", "广州市天河区体育西路 1 号")
    shenzhen = add_customer(db, admin, "深圳客户", "深圳市南山区科苑路 1 号")
    beijing = add_customer(db, admin, "北京客户", "北京市朝阳区建国路 1 号")
    nowhere = add_customer(db, admin, "无区域", "")
    assert (tianhe.owner_user_id, tianhe.owner_name) == (gz_user.user_id, "GZOWNER")
    assert (shenzhen.owner_user_id, shenzhen.owner_label) == (south_user.user_id, "SOUTH")
    assert (beijing.owner_user_id, beijing.owner_pool, beijing.owner_label) == (None, "公海", "公海")
    assert nowhere.owner_pool == "公海"

    with db.session() as session:
        trace = customers.explain_owner(session, admin, GZ_TIANHE)
        assert trace.winner is not None and trace.winner.name == "广州"
        assert len(trace.trace) == 3
        rules = customers.list_owner_rules(session, admin)
        assert {r.name: r.owner_label for r in rules} == {"公海": "公海", "华南": "SOUTH", "广州": "GZOWNER"}
        assert next(r for r in rules if r.name == "广州").region_path == "广东省 / 广州市"
        assert next(r for r in rules if r.name == "华南").region_group_name == "华南"
        by_owner = customers.list_customers(session, admin, owner=customers.owner_key(None, "公海"))
        assert {r.name for r in by_owner} == {"北京客户", "无区域"}
        in_group = customers.list_customers(session, admin, region_group_id=south)
        assert {r.name for r in in_group} == {"广州客户", "深圳客户"}


def test_owner_rules_are_validated(db: Database, admin: Actor) -> None:
    south = add_group(db, "华南", ["440000"])
    user = add_actor(db, admin, "owner", [Role.DISPATCHER.value])
    dispatcher = add_actor(db, admin, "disp", [Role.DISPATCHER.value])

    def refused(**kw: object) -> ValidationError:
        with pytest.raises(ValidationError) as excinfo, db.session() as session:
            customers.create_owner_rule(session, admin, **{"name": "r", **kw})  # type: ignore[arg-type]
        return excinfo.value

    assert refused().field == "owner"
    assert refused(owner_pool="公海", owner_user_id=user.user_id).field == "owner"
    assert refused(owner_pool="池", region_code=GZ, region_group_id=south).field == "region_code"
    assert refused(owner_pool="池", region_code="123456").field == "region_code"
    assert refused(owner_pool="池", valid_from=dt.date(2030, 1, 2), valid_to=dt.date(2030, 1, 1)).field == "valid_to"
    assert refused(name=" ", owner_pool="池").field == "name"
    with db.session() as session:
        customers.create_owner_rule(session, admin, name="公海", owner_pool="公海")
    conflict = refused(name="第二公海", owner_pool="另一个池")
    assert conflict.field == "priority"
    assert "公海" in str(conflict) and "第二公海" in str(conflict)
    with db.session() as session:  # a different priority does not tie
        customers.create_owner_rule(session, admin, name="第二公海", owner_pool="另一个池", priority=1)
    with pytest.raises(PermissionDenied), db.session() as session:
        customers.create_owner_rule(session, dispatcher, name="x", owner_pool="y", region_code=GZ)
    assert audit_actions(db, "owner_rule") == ["owner_rule.create", "owner_rule.create"]


def test_update_and_deactivate_owner_rules(db: Database, admin: Actor) -> None:
    with db.session() as session:
        first = customers.create_owner_rule(session, admin, name="公海", owner_pool="公海")
        second = customers.create_owner_rule(session, admin, name="广州池", owner_pool="广州池", region_code=GZ)
    with pytest.raises(ValidationError), db.session() as session:  # would tie with 公海
        customers.update_owner_rule(
            session, admin, second.id, expected_version=second.version, name="x", owner_pool="x"
        )
    with db.session() as session:
        changed = customers.update_owner_rule(
            session,
            admin,
            second.id,
            expected_version=second.version,
            name="深圳池",
            owner_pool="深圳池",
            region_code=SZ,
        )
        assert (changed.region_code, changed.owner_pool, changed.version) == (SZ, "深圳池", 2)
    with pytest.raises(StaleWriteError), db.session() as session:
        customers.deactivate_owner_rule(session, admin, second.id, expected_version=second.version)
    with db.session() as session:
        gone = customers.deactivate_owner_rule(session, admin, first.id, expected_version=first.version)
        assert not gone.is_active
        assert [r.name for r in customers.list_owner_rules(session, admin, include_inactive=False)] == ["深圳池"]
    row = add_customer(db, admin, "北京客户", "北京市朝阳区建国路 1 号")
    assert row.owner_label == ""  # no active rule matches any more


# --- re-assignment ---------------------------------------------------------------------------------------


def test_reassignment_is_previewed_and_applies_exactly_the_preview(db: Database, admin: Actor) -> None:
    gz_user = add_actor(db, admin, "gzowner", [Role.BRANCH_EDITOR.value], [GZ])
    with db.session() as session:
        customers.create_owner_rule(session, admin, name="公海", owner_pool="公海")
    for i in range(3):
        add_customer(db, admin, f"广州{i}", f"广州市天河区体育西路 {i} 号")
    add_customer(db, admin, "深圳", "深圳市南山区科苑路 1 号")
    with db.session() as session:
        customers.create_owner_rule(session, admin, name="广州", region_code=GZ, owner_user_id=gz_user.user_id)

    with db.session() as session:
        preview = customers.preview_reassignment(session, admin)
    assert preview.checked == 4
    assert preview.total_moved == 3
    assert [(m.from_label, m.to_label, m.count) for m in preview.moves] == [("公海", "GZOWNER", 3)]
    assert set(owners_by_name(db).values()) == {(None, "公海")}  # the preview wrote nothing

    with db.session() as session:
        applied = customers.apply_reassignment(session, admin, preview)
    assert applied.token == preview.token
    owners = owners_by_name(db)
    assert [owners[f"广州{i}"] for i in range(3)] == [(gz_user.user_id, None)] * 3
    assert owners["深圳"] == (None, "公海")
    assert audit_actions(db)[-1] == "customer.reassign"
    with db.engine.connect() as conn:
        assert sorted(conn.scalars(select(Customer.version))) == [1, 2, 2, 2]
    with db.session() as session:
        again = customers.preview_reassignment(session, admin)
    assert (again.total_moved, again.moves) == (0, ())


def test_reassignment_is_refused_when_the_data_changed_after_the_preview(db: Database, admin: Actor) -> None:
    gz_user = add_actor(db, admin, "gzowner", [Role.BRANCH_EDITOR.value], [GZ])
    with db.session() as session:
        customers.create_owner_rule(session, admin, name="公海", owner_pool="公海")
    add_customer(db, admin, "广州0", "广州市天河区体育西路 1 号")
    with db.session() as session:
        customers.create_owner_rule(session, admin, name="广州", region_code=GZ, owner_user_id=gz_user.user_id)
        preview = customers.preview_reassignment(session, admin)
    add_customer(db, admin, "广州1", "广州市天河区体育西路 2 号")  # gets gz_user already: no move, but...
    with db.engine.begin() as conn:  # ...someone moved 广州1 by hand meanwhile
        conn.execute(update(Customer).where(Customer.name == "广州1").values(owner_user_id=None, owner_pool="公海"))
    with pytest.raises(StaleWriteError), db.session() as session:
        customers.apply_reassignment(session, admin, preview.token)
    assert owners_by_name(db)["广州0"] == (None, "公海")
    dispatcher = add_actor(db, admin, "disp", [Role.DISPATCHER.value])
    with pytest.raises(PermissionDenied), db.session() as session:
        customers.preview_reassignment(session, dispatcher)


# --- dashboard ----------------------------------------------------------------------------------------


def test_stats_count_per_province_group_and_owner_within_the_scope(db: Database, admin: Actor) -> None:
    south = add_group(db, "华南", ["440000", "450000"])
    tier1 = add_group(db, "一线城市", ["110000", GZ, SZ])
    with db.session() as session:
        customers.create_owner_rule(session, admin, name="公海", owner_pool="公海")
        customers.create_owner_rule(session, admin, name="深圳池", owner_pool="深圳池", region_code=SZ)
    add_customer(db, admin, "广州", "广州市天河区体育西路 1 号")
    add_customer(db, admin, "深圳1", "深圳市南山区科苑路 1 号")
    add_customer(db, admin, "深圳2", "深圳市南山区科苑路 2 号")
    add_customer(db, admin, "北京", "北京市朝阳区建国路 1 号")
    add_customer(db, admin, "无", "")

    with db.session() as session:
        stats = customers.customer_stats(session, admin)
    assert (stats.total, stats.without_region) == (5, 1)
    assert [(r.key, r.label, r.count) for r in stats.by_province] == [("440000", "广东省", 3), ("110000", "北京市", 1)]
    assert {(r.key, r.count) for r in stats.by_group} == {(str(south), 3), (str(tier1), 4)}
    assert {(r.label, r.count) for r in stats.by_owner} == {("公海", 3), ("深圳池", 2)}

    sz = add_actor(db, admin, "sz", [Role.BRANCH_EDITOR.value], [SZ])
    with db.session() as session:
        scoped = customers.customer_stats(session, sz)
    assert (scoped.total, scoped.without_region) == (2, 0)
    assert [(r.key, r.count) for r in scoped.by_province] == [("440000", 2)]
    assert [(r.label, r.count) for r in scoped.by_owner] == [("深圳池", 2)]


def test_list_customers_with_a_limit_and_row_fields(db: Database, admin: Actor) -> None:
    created = [
        add_customer(db, admin, f"客户{i}", "广州市天河区体育西路 1 号", f"1381234000{i}", notes="周末上门")
        for i in range(5)
    ]
    with db.session() as session:
        rows = customers.list_customers(session, admin, limit=2)
        assert customers.list_customers(session, admin) == created  # the list builds rows like create does
    assert [r.name for r in rows] == ["客户0", "客户1"]
    assert [hash(r.id) for r in rows] == [hash(c.id) for c in created[:2]]
    assert rows[0].notes == "周末上门"
    assert rows[0].region_path == "广东省 / 广州市 / 天河区"
