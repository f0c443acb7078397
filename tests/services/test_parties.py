"""Service providers, provider types and installers: validation, region scope, masking, locking,
audit, the link to sign-in accounts, and the demo data."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

import pytest
from customers_support import add_actor, audit_actions
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from scrm_desktop import db as dbmod
from scrm_desktop.db import Database
from scrm_desktop.models import (
    AuditEntry,
    CustomerOwnerRule,
    Installer,
    InstallerRegion,
    Provider,
    ProviderRegion,
    ProviderType,
)
from scrm_desktop.services import demo_parties, parties, pricing, tier_rules
from scrm_desktop.services.errors import NotFound, PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.parties import InstallerRow, ProviderRow
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.regions import region_index

GZ, GZ_TIANHE, GZ_HAIZHU = "440100", "440106", "440105"
SZ_NANSHAN = "440305"
CHANGSHA = "430100"
VALID_ID = "11010519491231002X"  # the example of GB 11643 itself
TODAY = dt.date(2026, 6, 1)


def id_number(first17: str) -> str:
    return first17 + parties.id_check_character(first17)


ZHANG_ID = id_number("44010619900307123")  # 广州天河, born 1990-03-07


@pytest.fixture
def types(db: Database, admin: Actor) -> dict[str, uuid.UUID]:
    with db.session() as session:
        parties.ensure_default_provider_types(session, admin)  # PostgreSQL test databases are truncated
        return {t.name: t.id for t in parties.list_provider_types(session, admin)}


def add_provider(db: Database, actor: Actor, types: dict[str, uuid.UUID], code: str, **kw: Any) -> ProviderRow:
    fields: dict[str, Any] = {
        "name": f"{code} 机电安装服务部",
        "provider_type_id": types["核心代理商"],
        "region_codes": [GZ],
    }
    fields.update(kw)
    with db.session() as session:
        return parties.create_provider(session, actor, code=code, **fields)


def add_installer(db: Database, actor: Actor, provider: ProviderRow, code: str, **kw: Any) -> InstallerRow:
    fields: dict[str, Any] = {"name": f"师傅{code}", "provider_id": provider.id}
    fields.update(kw)
    with db.session() as session:
        return parties.create_installer(session, actor, code=code, **fields)


def refused(db: Database, call: Any, error: type[Exception] | tuple[type[Exception], ...] = ValidationError) -> Any:
    with pytest.raises(error) as info, db.session() as session:
        call(session)
    return info.value


def count(db: Database, model: Any) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


def parties_list(db: Database, actor: Actor) -> list[parties.ProviderTypeRow]:
    with db.session() as session:
        return parties.list_provider_types(session, actor)


def add_provider_in(session: Any, actor: Actor, type_id: uuid.UUID) -> ProviderRow:
    return parties.create_provider(session, actor, code="X1", name="某服务部", provider_type_id=type_id)


def update(session: Any, actor: Actor, row: ProviderRow, **changes: Any) -> ProviderRow:
    fields: dict[str, Any] = {
        "code": row.code,
        "name": row.name,
        "provider_type_id": row.provider_type_id,
        "contact_name": row.contact_name,
        "phone": row.phone,
        "address": row.address,
        "bank_name": row.bank_name,
        "bank_account": row.bank_account,
        "account_name": row.account_name,
        "tax_id": row.tax_id,
        "notes": row.notes,
        "region_codes": row.region_codes,
    }
    fields.update(changes)
    return parties.update_provider(session, actor, row.id, expected_version=row.version, **fields)


def add_installer_in(session: Any, actor: Actor, provider: ProviderRow, **kw: Any) -> InstallerRow:
    fields: dict[str, Any] = {"code": "GZ-HT-09", "name": "王师傅", "provider_id": provider.id}
    fields.update(kw)
    return parties.create_installer(session, actor, **fields)


def save_installer(session: Any, actor: Actor, row: InstallerRow, **changes: Any) -> InstallerRow:
    fields: dict[str, Any] = {
        "code": row.code,
        "name": row.name,
        "provider_id": row.provider_id,
        "phone": row.phone,
        "id_number": row.id_number,
        "bank_name": row.bank_name,
        "bank_account": row.bank_account,
        "tax_mode": row.tax_mode,
        "user_id": row.user_id,
        "region_codes": row.region_codes,
        "notes": row.notes,
    }
    fields.update(changes)
    return parties.update_installer(session, actor, row.id, expected_version=row.version, **fields)


@pytest.fixture
def dispatcher(db: Database, admin: Actor) -> Actor:
    """A dispatcher for Guangdong: manages providers there, cannot see full personal numbers."""
    return add_actor(db, admin, "gd_dispatch", ["dispatcher"], ["440000"])


@pytest.fixture
def finance(db: Database, admin: Actor) -> Actor:
    return add_actor(db, admin, "fin", ["finance"])


# --- ID numbers and masking (no database) -------------------------------------------------------

DIGIT = st.sampled_from("0123456789")
BIRTH = st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY)


@given(st.text(DIGIT, min_size=6, max_size=6), BIRTH, st.text(DIGIT, min_size=3, max_size=3))
def test_an_id_number_with_its_check_character_is_accepted(region: str, birth: dt.date, serial: str) -> None:
    number = id_number(f"{region}{birth:%Y%m%d}{serial}")
    assert parties.clean_id_number(number, today=TODAY) == number
    assert parties.clean_id_number(f" {number[:6]} {number[6:].lower()} ", today=TODAY) == number  # spaces, x


@given(BIRTH, st.integers(0, 16), st.integers(1, 9))
def test_any_single_mistyped_digit_is_caught(birth: dt.date, position: int, change: int) -> None:
    number = id_number(f"440106{birth:%Y%m%d}123")
    digit = str((int(number[position]) + change) % 10)
    mistyped = number[:position] + digit + number[position + 1 :]
    with pytest.raises(ValidationError) as info:
        parties.clean_id_number(mistyped, today=TODAY)
    assert info.value.field == "id_number"


def test_id_number_errors_say_what_is_wrong() -> None:
    assert parties.clean_id_number(VALID_ID.lower()) == VALID_ID
    assert parties.clean_id_number("  ") == ""
    cases = {
        VALID_ID[:17]: "has 17 characters",
        "1101051949123100A2": "only contain digits",
        id_number("44010619901301123"): "birth date 19901301",  # month 13
        id_number("44010620990101123"): "birth date 20990101",  # not born yet
        VALID_ID[:17] + "3": "check digit",
        "110105********002X": "masked",
    }
    for number, reason in cases.items():
        with pytest.raises(ValidationError) as info:
            parties.clean_id_number(number, today=TODAY)
        assert reason in str(info.value), number
        assert info.value.field == "id_number"


@given(st.text(st.sampled_from("0123456789X"), min_size=18, max_size=18))
def test_a_masked_id_number_shows_only_region_and_last_four(number: str) -> None:
    assert parties.mask_id_number(number) == number[:6] + "********" + number[14:]  # the birth date is hidden


@given(st.text(DIGIT, max_size=30))
def test_masking_never_shows_more_than_half_of_a_short_text(text: str) -> None:
    masked = parties.mask_id_number(text)
    assert len(masked) == len(text)
    shown = sum(ch != "*" for ch in masked)
    assert shown <= (10 if len(text) >= 15 else len(text) // 2)


@given(st.text(DIGIT, min_size=8, max_size=30))
def test_a_masked_bank_account_shows_only_its_last_four_digits(account: str) -> None:
    masked = parties.mask_bank_account(account)
    assert masked == f"**** {account[-4:]}"
    assert parties.mask_bank_account("") == ""


def test_bank_accounts_are_digits() -> None:
    assert parties.clean_bank_account("6222 0202-0011 2233 445") == "6222020200112233445"
    for raw, reason in (("6222O20200112233", "only contain digits"), ("1234567", "has 7 digits")):
        with pytest.raises(ValidationError) as info:
            parties.clean_bank_account(raw)
        assert reason in str(info.value) and info.value.field == "bank_account"


def test_regions_inside_another_chosen_region_are_dropped() -> None:
    assert parties.clean_region_codes([GZ_TIANHE, GZ, " ", GZ, SZ_NANSHAN]) == [GZ, SZ_NANSHAN]
    with pytest.raises(ValidationError, match="999999"):
        parties.clean_region_codes(["999999"])
    assert parties.regions_label((GZ_HAIZHU, GZ_TIANHE)) == "广东省 / 广州市 / 海珠区、天河区"


# --- provider types -----------------------------------------------------------------------------


def test_a_new_database_starts_with_the_default_types(empty_db_url: str) -> None:
    database = dbmod.open_database(empty_db_url)
    try:
        with database.session() as session:
            assert parties.provider_type_names(session) == ["核心代理商", "普通服务点", "直营"]
            assert parties.ensure_default_provider_types(session) == 0  # an existing list is left alone
    finally:
        database.dispose()


def test_default_types_are_seeded_once_and_listed_in_order(db: Database, admin: Actor) -> None:
    with db.session() as session:
        for kind in parties.list_provider_types(session, admin):  # start from an empty list
            session.delete(session.get(ProviderType, kind.id))
    with db.session() as session:
        assert parties.ensure_default_provider_types(session) == 3
        assert parties.ensure_default_provider_types(session) == 0
        assert parties.provider_type_names(session) == ["核心代理商", "普通服务点", "直营"]
    assert audit_actions(db, "provider_type") == ["provider_type.create"] * 3


def test_a_duplicate_type_name_is_refused(db: Database, admin: Actor, types: dict[str, uuid.UUID]) -> None:
    error = refused(db, lambda s: parties.create_provider_type(s, admin, name=" 直营 "))
    assert "already a provider type named 直营" in str(error)
    with db.session() as session:
        added = parties.create_provider_type(session, admin, name="战略合作商")
    assert added.sort_order > max(t.sort_order for t in parties_list(db, admin)[:-1])


def test_a_type_named_by_rules_is_not_renamed(db: Database, admin: Actor, types: dict[str, uuid.UUID]) -> None:
    with db.session() as session:
        tier = pricing.create_tier(session, admin, "T3", "三档")
        for name in ("核心三档", "核心广州三档"):
            tier_rules.create_tier_rule(
                session, admin, book="settlement", name=name, tier_id=tier.id, provider_type="核心代理商",
                region_code=GZ if "广州" in name else None,
            )  # fmt: skip
        session.add(CustomerOwnerRule(name="核心代理商公海", provider_type="核心代理商", owner_pool="公海"))
    core = next(t for t in parties_list(db, admin) if t.name == "核心代理商")
    assert core.rule_count == 3
    error = refused(db, lambda s: parties.rename_provider_type(s, admin, core.id, expected_version=1, name="核心"))
    assert "3 rules" in str(error) and error.field == "name"
    # A type no rule names is renamed, and the rule forms offer the new name.
    with db.session() as session:
        renamed = parties.rename_provider_type(session, admin, types["直营"], expected_version=1, name="直营店")
        assert renamed.version == 2
        assert parties.provider_type_names(session) == ["核心代理商", "普通服务点", "直营店"]
    stale = refused(
        db, lambda s: parties.rename_provider_type(s, admin, types["直营"], expected_version=1, name="直营"),
        StaleWriteError,
    )  # fmt: skip
    assert "管理员" in str(stale)


def test_types_are_reordered_and_deactivated(db: Database, admin: Actor, types: dict[str, uuid.UUID]) -> None:
    order = [types["直营"], types["核心代理商"], types["普通服务点"]]
    with db.session() as session:
        rows = parties.reorder_provider_types(session, admin, order)
    assert [r.name for r in rows] == ["直营", "核心代理商", "普通服务点"]
    refused(db, lambda s: parties.reorder_provider_types(s, admin, order[:2]), StaleWriteError)
    with db.session() as session:
        parties.set_provider_type_active(session, admin, types["直营"], expected_version=2, active=False)
        assert parties.provider_type_names(session) == ["核心代理商", "普通服务点"]
    error = refused(db, lambda s: add_provider_in(s, admin, types["直营"]))
    assert error.field == "provider_type_id" and "直营" in str(error)
    assert audit_actions(db, "provider_type.")[-2:] == ["provider_type.reorder", "provider_type.deactivate"]


def test_only_provider_managers_change_types(db: Database, admin: Actor, finance: Actor) -> None:
    error = refused(db, lambda s: parties.create_provider_type(s, finance, name="新类型"), PermissionDenied)
    assert "FIN" in str(error)
    with db.session() as session:
        assert "新类型" not in [t.name for t in parties.list_provider_types(session, finance)]


# --- providers ----------------------------------------------------------------------------------


def test_create_a_provider_with_regions_and_bank_details(
    db: Database, admin: Actor, types: dict[str, uuid.UUID]
) -> None:
    row = add_provider(
        db, admin, types, "gz-ht",
        name=" 广州天河恒通机电安装服务部 ", contact_name="黄志明", phone="020-3882 5566",
        bank_name="中国工商银行广州天河支行", bank_account="6222 0202 0011 2233 445",
        account_name="广州天河恒通机电安装服务部", tax_id="92440106ma59qx3l0b",
        region_codes=[GZ_TIANHE, GZ_HAIZHU],
    )  # fmt: skip
    assert (row.code, row.name, row.provider_type) == ("GZ-HT", "广州天河恒通机电安装服务部", "核心代理商")
    assert row.bank_account == "6222020200112233445" and not row.pii_masked
    assert row.tax_id == "92440106MA59QX3L0B"
    assert row.region_codes == (GZ_HAIZHU, GZ_TIANHE)
    assert row.region_paths == ("广东省 / 广州市 / 海珠区", "广东省 / 广州市 / 天河区")
    with db.engine.connect() as conn:
        entry = conn.execute(select(AuditEntry).where(AuditEntry.action == "provider.create")).one()
    assert entry.diff["after"]["bank_account"] == "**** 3445"  # the audit log keeps no account numbers
    assert entry.diff["after"]["region_codes"] == [GZ_HAIZHU, GZ_TIANHE]


@pytest.mark.parametrize(
    "case",
    [
        ({"code": "广州"}, "code", "not a valid code"),
        ({"code": "A" * 21}, "code", "up to 20"),
        ({"name": "  "}, "name", "must not be empty"),
        ({"phone": "12345"}, "phone", "not a phone number"),
        ({"bank_account": "6222 abc"}, "bank_account", "only contain digits"),
        ({"bank_account": "6222020200112233445"}, "bank_name", "Enter the bank"),
        ({"tax_id": "123"}, "tax_id", "not a tax ID"),
        ({"region_codes": ["440199"]}, "region_codes", "not a region code"),
    ],
)
def test_bad_provider_input_names_the_field(
    db: Database, admin: Actor, types: dict[str, uuid.UUID], case: tuple[dict[str, Any], str, str]
) -> None:
    fields, field, reason = case
    values: dict[str, Any] = {"code": "GZ-1", "name": "服务部", "provider_type_id": types["直营"], **fields}
    error = refused(db, lambda s: parties.create_provider(s, admin, **values))
    assert error.field == field and reason in str(error)
    assert count(db, Provider) == 0


def test_a_code_in_use_names_the_provider(db: Database, admin: Actor, types: dict[str, uuid.UUID]) -> None:
    add_provider(db, admin, types, "GZ-HT", name="广州天河恒通")
    error = refused(
        db, lambda s: parties.create_provider(s, admin, code="gz-ht", name="另一家", provider_type_id=types["直营"])
    )
    assert "广州天河恒通" in str(error) and error.field == "code"


def test_region_scope_limits_which_providers_a_dispatcher_changes(
    db: Database, admin: Actor, types: dict[str, uuid.UUID], dispatcher: Actor
) -> None:
    own = add_provider(db, dispatcher, types, "GZ-1", region_codes=[GZ])
    hunan = add_provider(db, admin, types, "CS-1", region_codes=[CHANGSHA])
    national = add_provider(db, admin, types, "QG-1", region_codes=[])
    error = refused(db, lambda s: add_provider_in(s, dispatcher, types["直营"]), PermissionDenied)
    assert "choose the regions" in str(error) and error.field == "region_codes"
    error = refused(
        db,
        lambda s: parties.create_provider(
            s, dispatcher, code="X", name="长沙服务部", provider_type_id=types["直营"], region_codes=[GZ, CHANGSHA]
        ),
        PermissionDenied,
    )
    assert "湖南省 / 长沙市" in str(error)
    assert parties.may_edit_provider(dispatcher, own.region_codes)
    assert not parties.may_edit_provider(dispatcher, hunan.region_codes)
    assert not parties.may_edit_provider(dispatcher, national.region_codes)
    for row in (hunan, national):
        refused(
            db,
            lambda s, row=row: parties.set_provider_active(s, dispatcher, row.id, expected_version=1, active=False),
            PermissionDenied,
        )
    # Moving one of their own providers out of their regions is refused too.
    refused(db, lambda s: update(s, dispatcher, own, region_codes=[CHANGSHA]), PermissionDenied)
    # Reading is not limited: a dispatcher looks every provider up.
    with db.session() as session:
        assert len(parties.list_providers(session, dispatcher)) == 3


def test_bank_accounts_are_masked_without_the_personal_data_permission(
    db: Database, admin: Actor, types: dict[str, uuid.UUID], dispatcher: Actor, finance: Actor
) -> None:
    created = add_provider(db, admin, types, "GZ-1", bank_name="招商银行", bank_account="6225881234567890")
    with db.session() as session:
        seen = parties.get_provider(session, dispatcher, created.id)
        assert (seen.bank_account, seen.pii_masked) == ("**** 7890", True)
        assert parties.get_provider(session, finance, created.id).bank_account == "6225881234567890"
    # The dispatcher saves the dialog with the masked number: the stored account stays.
    with db.session() as session:
        saved = update(session, dispatcher, seen, contact_name="黄志明")
    assert saved.contact_name == "黄志明"
    with db.session() as session:
        assert parties.get_provider(session, admin, created.id).bank_account == "6225881234567890"
        replaced = update(session, dispatcher, saved, bank_account="6222 0000 1111 2222")
    with db.session() as session:
        assert parties.get_provider(session, admin, replaced.id).bank_account == "6222000011112222"


def test_a_stale_provider_edit_names_who_saved_first(
    db: Database, admin: Actor, types: dict[str, uuid.UUID], dispatcher: Actor
) -> None:
    loaded = add_provider(db, admin, types, "GZ-1")
    with db.session() as session:
        first = update(session, dispatcher, loaded, region_codes=[GZ, SZ_NANSHAN])  # regions alone bump the version
    assert first.version == loaded.version + 1
    error = refused(db, lambda s: update(s, admin, loaded, name="改名"), StaleWriteError)
    assert "GD_DISPATCH" in str(error)
    with db.session() as session:
        assert parties.get_provider(session, admin, loaded.id).name == loaded.name


def test_filters_by_text_type_and_region(db: Database, admin: Actor, types: dict[str, uuid.UUID]) -> None:
    add_provider(db, admin, types, "GZ-HT", name="广州天河恒通", region_codes=[GZ_TIANHE], contact_name="黄志明")
    add_provider(db, admin, types, "GZ-ZY", name="广州直营中心", provider_type_id=types["直营"], region_codes=[GZ])
    add_provider(db, admin, types, "SZ-XY", name="深圳鑫源", region_codes=[SZ_NANSHAN])
    old = add_provider(db, admin, types, "GZ-OLD", name="广州旧服务点", region_codes=[GZ_HAIZHU])
    with db.session() as session:
        parties.set_provider_active(session, admin, old.id, expected_version=1, active=False)

    def codes(**kw: Any) -> list[str]:
        with db.session() as session:
            return [r.code for r in parties.list_providers(session, admin, **kw)]

    assert codes() == ["GZ-HT", "GZ-ZY", "SZ-XY"]
    assert codes(include_inactive=True) == ["GZ-HT", "GZ-OLD", "GZ-ZY", "SZ-XY"]
    assert codes(text="黄志") == ["GZ-HT"]
    assert codes(text="gz-z") == ["GZ-ZY"]
    assert codes(provider_type_id=types["直营"]) == ["GZ-ZY"]
    assert codes(region_code=GZ_TIANHE) == ["GZ-HT", "GZ-ZY"]  # covers 天河区, or all of 广州市
    assert codes(region_code="440000") == ["GZ-HT", "GZ-ZY", "SZ-XY"]  # works somewhere in 广东
    assert codes(region_code=CHANGSHA) == []


# --- installers ---------------------------------------------------------------------------------


@pytest.fixture
def provider(db: Database, admin: Actor, types: dict[str, uuid.UUID]) -> ProviderRow:
    return add_provider(db, admin, types, "GZ-HT", name="广州天河恒通", region_codes=[GZ_TIANHE, GZ_HAIZHU])


def test_create_an_installer(db: Database, admin: Actor, provider: ProviderRow) -> None:
    row = add_installer(
        db, admin, provider, "gz-ht-01",
        name="李建华", phone="138 1234 5678", id_number=ZHANG_ID.lower(), bank_name="中国工商银行",
        bank_account="6222020200112233445", tax_mode="self_invoice", region_codes=[GZ_TIANHE],
    )  # fmt: skip
    assert (row.code, row.provider_name, row.id_number, row.tax_mode) == (
        "GZ-HT-01",
        "广州天河恒通",
        ZHANG_ID,
        "self_invoice",
    )
    assert row.region_paths == ("广东省 / 广州市 / 天河区",) and row.works_in == row.region_paths
    with db.session() as session:
        assert parties.get_provider(session, admin, provider.id).installer_count == 1
    with db.engine.connect() as conn:
        entry = conn.execute(select(AuditEntry).where(AuditEntry.action == "installer.create")).one()
    assert entry.diff["after"]["id_number"] == ZHANG_ID[:6] + "********" + ZHANG_ID[-4:]
    assert entry.diff["after"]["bank_account"] == "**** 3445"


def test_a_bad_id_number_is_refused_and_nothing_is_written(db: Database, admin: Actor, provider: ProviderRow) -> None:
    error = refused(db, lambda s: add_installer_in(s, admin, provider, id_number=ZHANG_ID[:17] + "0"))
    assert error.field == "id_number" and "check digit" in str(error)
    assert count(db, Installer) == 0
    assert audit_actions(db, "installer") == []


def test_duplicates_and_bad_choices_are_refused_with_reasons(
    db: Database, admin: Actor, provider: ProviderRow, types: dict[str, uuid.UUID]
) -> None:
    add_installer(db, admin, provider, "GZ-HT-01", name="李建华", id_number=ZHANG_ID)
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"code": "gz-ht-01"}, "code", "李建华 already has the code GZ-HT-01"),
        ({"id_number": ZHANG_ID}, "id_number", "GZ-HT-01 李建华 already has this ID number"),
        ({"tax_mode": "cash"}, "tax_mode", "not a tax setting"),
        ({"region_codes": [SZ_NANSHAN]}, "region_codes", "outside the regions GZ-HT 广州天河恒通 covers"),
        ({"provider_id": uuid.uuid4()}, "provider_id", "no longer exists"),
    ]
    for fields, field, reason in cases:
        error = refused(db, lambda s, f=fields: add_installer_in(s, admin, provider, **f), (ValidationError, NotFound))
        assert error.field == field and reason in str(error), fields
    assert count(db, Installer) == 1


def test_an_installer_links_to_one_installer_login(db: Database, admin: Actor, provider: ProviderRow) -> None:
    zhang = add_actor(db, admin, "installer_zhang", ["installer"], [GZ])
    fin = add_actor(db, admin, "fin", ["finance"])
    assert zhang.user_id is not None and fin.user_id is not None
    first = add_installer(db, admin, provider, "GZ-HT-01", name="张师傅", user_id=zhang.user_id)
    assert first.username == "installer_zhang"
    error = refused(db, lambda s: add_installer_in(s, admin, provider, user_id=zhang.user_id))
    assert "already linked to the installer GZ-HT-01 张师傅" in str(error) and error.field == "user_id"
    error = refused(db, lambda s: add_installer_in(s, admin, provider, user_id=fin.user_id))
    assert "does not have the installer role" in str(error)
    with db.session() as session:
        assert parties.installer_for_user(session, zhang.user_id) == first.id
        assert parties.installer_for_user(session, fin.user_id) is None
        logins = parties.installer_logins(session, admin)
    assert [(lg.username, lg.installer_label) for lg in logins] == [("installer_zhang", "GZ-HT-01 张师傅")]


def test_personal_numbers_are_masked_and_kept_when_sent_back_masked(
    db: Database, admin: Actor, provider: ProviderRow, dispatcher: Actor, finance: Actor
) -> None:
    created = add_installer(
        db, admin, provider, "GZ-HT-01", id_number=ZHANG_ID, bank_name="工商银行", bank_account="6222020200112233445"
    )
    with db.session() as session:
        seen = parties.get_installer(session, dispatcher, created.id)
        assert parties.get_installer(session, finance, created.id).id_number == ZHANG_ID
    assert (seen.id_number, seen.bank_account) == (ZHANG_ID[:6] + "********" + ZHANG_ID[-4:], "**** 3445")
    assert seen.pii_masked
    with db.session() as session:
        saved = save_installer(session, dispatcher, seen, name="李建华")
    with db.session() as session:
        stored = parties.get_installer(session, admin, saved.id)
    assert (stored.name, stored.id_number, stored.bank_account) == ("李建华", ZHANG_ID, "6222020200112233445")
    # A new number that masks the same (another birth date, same check digit) still shows as a change.
    other = next(
        n
        for day in range(1, 366)
        if (n := id_number(f"{ZHANG_ID[:6]}{dt.date(1991, 1, 1) + dt.timedelta(days=day):%Y%m%d}{ZHANG_ID[14:17]}"))[-1]
        == ZHANG_ID[-1]
    )
    with db.session() as session:
        save_installer(session, admin, stored, id_number=other)
    with db.engine.connect() as conn:
        entry = conn.execute(
            select(AuditEntry).where(AuditEntry.action == "installer.update").order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and entry.diff["after"] == {"id_number_changed": True}
    assert other not in str(entry.diff) and ZHANG_ID not in str(entry.diff)


def test_finance_reads_but_does_not_change_installers(
    db: Database, admin: Actor, provider: ProviderRow, finance: Actor
) -> None:
    row = add_installer(db, admin, provider, "GZ-HT-01")
    refused(db, lambda s: save_installer(s, finance, row, name="改名"), PermissionDenied)
    installer_role = add_actor(db, admin, "zhang", ["installer"])
    refused(db, lambda s: parties.list_installers(s, installer_role), PermissionDenied)


def test_installer_filters(db: Database, admin: Actor, provider: ProviderRow, types: dict[str, uuid.UUID]) -> None:
    shenzhen = add_provider(db, admin, types, "SZ-XY", name="深圳鑫源", region_codes=[SZ_NANSHAN])
    add_installer(db, admin, provider, "GZ-HT-01", name="李建华", region_codes=[GZ_TIANHE])
    add_installer(db, admin, provider, "GZ-HT-02", name="陈志强")  # wherever the provider works
    add_installer(db, admin, shenzhen, "SZ-XY-01", name="刘德胜", phone="13912345678")

    def codes(**kw: Any) -> list[str]:
        with db.session() as session:
            return [r.code for r in parties.list_installers(session, admin, **kw)]

    assert codes() == ["GZ-HT-01", "GZ-HT-02", "SZ-XY-01"]
    assert codes(provider_id=shenzhen.id) == ["SZ-XY-01"]
    assert codes(region_code=GZ_HAIZHU) == ["GZ-HT-02"]
    assert codes(region_code=GZ) == ["GZ-HT-01", "GZ-HT-02"]
    assert codes(text="鑫源") == ["SZ-XY-01"]
    assert codes(text="1391234") == ["SZ-XY-01"]


def test_moving_and_deactivating(
    db: Database, admin: Actor, provider: ProviderRow, types: dict[str, uuid.UUID]
) -> None:
    zy = add_provider(db, admin, types, "GZ-ZY", name="广州直营中心", provider_type_id=types["直营"], region_codes=[GZ])
    li = add_installer(db, admin, provider, "GZ-HT-01", name="李建华", region_codes=[GZ_TIANHE])
    add_installer(db, admin, provider, "GZ-HT-02", name="陈志强", region_codes=[GZ_HAIZHU])
    # The provider cannot stop covering a region its installers work in.
    error = refused(db, lambda s: update(s, admin, provider, region_codes=[GZ_TIANHE]))
    assert "陈志强" in str(error) and "李建华" not in str(error)
    # Deactivating a provider with active installers asks for them to go too.
    error = refused(db, lambda s: parties.set_provider_active(s, admin, provider.id, expected_version=1, active=False))
    assert "2 active installers" in str(error)
    with db.session() as session:
        moved = save_installer(session, admin, li, provider_id=zy.id)
        assert moved.provider_name == "广州直营中心"
        parties.set_provider_active(
            session, admin, provider.id, expected_version=1, active=False, deactivate_installers=True
        )
        rows = {r.code: r for r in parties.list_installers(session, admin, include_inactive=True)}
    assert rows["GZ-HT-01"].is_active and not rows["GZ-HT-02"].is_active
    error = refused(
        db, lambda s: parties.set_installer_active(s, admin, rows["GZ-HT-02"].id, expected_version=2, active=True)
    )
    assert "inactive" in str(error) and error.field == "is_active"
    # Nobody can be added to an inactive provider.
    refused(db, lambda s: add_installer_in(s, admin, provider))
    assert audit_actions(db, "installer.")[-2:] == ["installer.update", "installer.deactivate"]


# --- demo data ----------------------------------------------------------------------------------


def test_small_demo_links_zhang(db: Database, admin: Actor) -> None:
    zhang = add_actor(db, admin, "installer_zhang", ["installer"], [GZ])
    with db.session() as session:
        assert demo_parties.load_demo_parties(session, admin, "small") == (9, 47)
    with db.session() as session:
        providers = parties.list_providers(session, admin, include_inactive=True)
        installers = parties.list_installers(session, admin, include_inactive=True)
        linked = parties.installer_for_user(session, zhang.user_id)  # type: ignore[arg-type]
    assert {p.provider_type for p in providers} == {"核心代理商", "普通服务点", "直营"}
    assert any(p.region_codes[0].startswith("45") for p in providers)  # 广西 too
    assert all(3 <= p.installer_count <= 8 for p in providers)
    zhang_row = next(i for i in installers if i.id == linked)
    assert (zhang_row.name, zhang_row.provider_code) == ("张师傅", "GZ-HT")


def test_large_demo_is_bulk_valid_and_deterministic(db: Database, admin: Actor) -> None:
    with db.session() as session:
        assert demo_parties.load_demo_parties(session, admin, "large") == (300, 3000)
    assert (count(db, Provider), count(db, Installer)) == (300, 3000)
    with db.engine.connect() as conn:
        numbers = list(conn.scalars(select(Installer.id_number)))
        covered: dict[Any, list[str]] = {}
        for pid, code in conn.execute(select(ProviderRegion.provider_id, ProviderRegion.region_code)):
            covered.setdefault(pid, []).append(code)
        outside = [
            code
            for pid, code in conn.execute(
                select(Installer.provider_id, InstallerRegion.region_code).join(
                    InstallerRegion, InstallerRegion.installer_id == Installer.id
                )
            )
            if not any(code.startswith(c[:4] if c.endswith("00") else c) for c in covered[pid])
        ]
    assert len(set(numbers)) == 3000
    assert all(parties.clean_id_number(n) == n for n in numbers)
    assert outside == []

    def generated() -> list[tuple[str, str]]:
        rows = demo_parties.large_rows(
            region_index(), ["a", "b", "c"], providers=20, installers=200, rng=random.Random(1), taken=set()
        )
        return [(r["code"], r["name"]) for r in rows["providers"] + rows["installers"]]

    assert generated() == generated()
