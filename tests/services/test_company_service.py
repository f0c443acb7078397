"""Company details: the tax id check, validation, permissions, round trips and stale writes.

Service tests run on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher
from conftest import ADMIN_PASSWORD
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, CompanyProfile, User
from scrm_desktop.services import company, users
from scrm_desktop.services.errors import PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor

DEMO_TAX_ID = "91440101MA5CXY3K2P"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, Z, S, V
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(255, -1, -1))

GOOD: dict[str, Any] = {
    "name": "广州示例机电安装服务有限公司",
    "tax_id": DEMO_TAX_ID,
    "address": "广东省广州市天河区天河路 385 号",
    "phone": "020-3888 6688",
    "branch_code": "GZ",
    "logo_png": PNG,
}


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Cheap argon2 parameters; these tests are about the company, not passwords."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


def add_actor(db: Database, admin: Actor, username: str, display_name: str, role: str) -> Actor:
    with db.session() as session:
        row = users.create_user(
            session, admin, username=username, display_name=display_name, password=ADMIN_PASSWORD, roles=[role]
        )
        user = session.get(User, row.id)
        assert user is not None
        return users.actor_for(user)


def save(db: Database, actor: Actor, **changes: Any) -> company.CompanyRow:
    with db.session() as session:
        expected = company.get_company(session).version
        values = {**GOOD, "expected_version": expected, **changes}
        return company.update_company(session, actor, **values)


def stored(db: Database) -> company.CompanyRow:
    with db.session() as session:
        return company.get_company(session)


def counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        return (
            conn.scalar(select(func.count()).select_from(CompanyProfile)) or 0,
            conn.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


# --- the unified social credit code ----------------------------------------------------------------

REAL_CODES = [
    DEMO_TAX_ID,
    "914403001922038216",  # 华为技术有限公司
    "91440300708461136T",  # 深圳市腾讯计算机系统有限公司
    "91330100716105852F",  # 阿里巴巴（中国）有限公司
    "91110108551385082Q",  # 小米科技有限责任公司
    "91110000802100433B",  # 北京百度网讯科技有限公司
]


def reference_check_character(body: str) -> str:
    """GB 32100-2015 written from the standard: weight of position i is 3^i mod 31."""
    total = sum(USCC_ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return USCC_ALPHABET[-total % 31]


@pytest.mark.parametrize("code", REAL_CODES)
def test_real_credit_codes_are_valid(code: str) -> None:
    assert reference_check_character(code[:17]) == code[17]
    assert company.uscc_is_valid(code)


def test_changing_any_one_character_makes_the_code_invalid() -> None:
    for position, original in enumerate(DEMO_TAX_ID):
        for replacement in USCC_ALPHABET.replace(original, ""):
            typo = DEMO_TAX_ID[:position] + replacement + DEMO_TAX_ID[position + 1 :]
            assert not company.uscc_is_valid(typo), typo


@pytest.mark.parametrize(
    "code",
    [
        "",
        DEMO_TAX_ID[:17],
        DEMO_TAX_ID + "0",
        DEMO_TAX_ID.lower(),
        "91440101MA5CXY3KIP",  # I is not in the alphabet
        "91440101MA5CXY3K2 ",
        "９1440101MA5CXY3K2P",  # full-width digit
    ],
)
def test_malformed_credit_codes_are_invalid(code: str) -> None:
    assert not company.uscc_is_valid(code)


@given(st.text(alphabet=USCC_ALPHABET, min_size=17, max_size=17))
def test_computed_codes_are_valid_and_only_with_their_check_character(body: str) -> None:
    check = reference_check_character(body)
    assert company.uscc_is_valid(body + check)
    for other in USCC_ALPHABET.replace(check, ""):
        assert not company.uscc_is_valid(body + other)


# --- saving the company details ---------------------------------------------------------------------


def test_nothing_saved_yet_gives_empty_defaults(db: Database) -> None:
    assert stored(db) == company.CompanyRow(None, "", "", "", "", "HQ", None, None)


def test_company_details_round_trip(db: Database, admin: Actor) -> None:
    row = save(
        db,
        admin,
        name="  广州示例   有限公司 ",
        tax_id=" " + DEMO_TAX_ID.lower() + " ",
        address=" 天河路\n385 号 ",
        branch_code=" gz01 ",
    )
    again = stored(db)
    assert again == row
    assert (again.name, again.tax_id, again.address, again.phone, again.branch_code) == (
        "广州示例 有限公司",
        DEMO_TAX_ID,
        "天河路 385 号",
        "020-3888 6688",
        "GZ01",
    )
    assert again.logo_png == PNG  # every byte value survives, NUL included
    assert again.version == 1

    assert save(db, admin, logo_png=JPEG).logo_png == JPEG
    assert stored(db).version == 2
    assert save(db, admin, logo_png=None, tax_id="").logo_png is None
    assert (stored(db).tax_id, stored(db).version) == ("", 3)
    assert counts(db)[0] == 1  # still one profile


def test_a_logo_of_exactly_one_megabyte_is_accepted(db: Database, admin: Actor) -> None:
    logo = PNG + bytes(company.MAX_LOGO_BYTES - len(PNG))
    assert len(logo) == 1024 * 1024
    assert stored(db).logo_png is None
    save(db, admin, logo_png=logo)
    assert stored(db).logo_png == logo


def test_saving_is_audited_with_the_changed_fields_only(db: Database, admin: Actor) -> None:
    save(db, admin)
    save(db, admin, phone="020-1234 5678", logo_png=JPEG)
    with db.session() as session:
        logged = list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "company.update").order_by(AuditEntry.id))
        )
    assert len(logged) == 2
    assert logged[0].diff["after"]["name"] == GOOD["name"]
    assert logged[0].diff["after"]["logo_png"] == f"<{len(PNG)} bytes>"  # never the image itself
    assert logged[1].diff == {
        "before": {"phone": "020-3888 6688", "logo_png": f"<{len(PNG)} bytes>"},
        "after": {"phone": "020-1234 5678", "logo_png": f"<{len(JPEG)} bytes>"},
    }
    assert {e.actor_id for e in logged} == {admin.user_id}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "   "}, "name"),
        ({"tax_id": DEMO_TAX_ID[:17] + "Q"}, "tax_id"),
        ({"tax_id": "123456"}, "tax_id"),
        ({"phone": "call me"}, "phone"),
        ({"branch_code": "GZ-1"}, "branch_code"),
        ({"branch_code": ""}, "branch_code"),
        ({"branch_code": "B" * 17}, "branch_code"),
        ({"branch_code": "广州"}, "branch_code"),
        ({"logo_png": b"GIF89a" + bytes(100)}, "logo_png"),
        ({"logo_png": b""}, "logo_png"),
        ({"logo_png": PNG + bytes(company.MAX_LOGO_BYTES)}, "logo_png"),
    ],
    ids=[
        "empty-name",
        "bad-check-char",
        "short-tax-id",
        "phone",
        "branch-dash",
        "branch-empty",
        "branch-long",
        "branch-chinese",
        "gif-logo",
        "empty-logo",
        "huge-logo",
    ],
)
@pytest.mark.parametrize("already_saved", [False, True], ids=["first-save", "later-save"])
def test_bad_company_details_are_refused_and_nothing_is_written(
    db: Database, admin: Actor, change: dict[str, Any], field: str, already_saved: bool
) -> None:
    if already_saved:
        save(db, admin)
    before, before_counts = stored(db), counts(db)

    with db.session() as session:
        with pytest.raises(ValidationError) as excinfo:
            company.update_company(session, admin, **{**GOOD, "expected_version": before.version, **change})
        assert not session.new
        assert not session.dirty

    assert excinfo.value.field == field
    assert stored(db) == before
    assert counts(db) == before_counts


@pytest.mark.parametrize("role", ["finance", "branch_editor", "pricing_manager"])
def test_only_administrators_edit_the_company(db: Database, admin: Actor, role: str) -> None:
    save(db, admin)
    someone = add_actor(db, admin, "someone", "周某", role)
    before, before_counts = stored(db), counts(db)

    with pytest.raises(PermissionDenied) as excinfo, db.session() as session:
        company.update_company(session, someone, **{**GOOD, "expected_version": before.version, "name": "篡改"})

    assert str(excinfo.value) == "周某 is not allowed to edit company details."
    assert stored(db) == before
    assert counts(db) == before_counts


# --- stale writes -----------------------------------------------------------------------------------


def test_saving_an_outdated_version_names_who_changed_it(db: Database, admin: Actor) -> None:
    li_si = add_actor(db, admin, "admin2", "李四", "admin")
    first = save(db, admin)
    save(db, li_si, phone="020-0000 0000", expected_version=first.version)

    with pytest.raises(StaleWriteError) as excinfo:
        save(db, admin, phone="020-9999 9999", expected_version=first.version)

    with db.session() as session:
        profile = session.scalar(select(CompanyProfile))
        assert profile is not None
        when = profile.updated_at.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M")
    assert "李四" in str(excinfo.value)
    assert when in str(excinfo.value)
    assert (stored(db).phone, stored(db).version) == ("020-0000 0000", 2)


def test_concurrent_saves_are_caught_by_the_version_column(db: Database, admin: Actor) -> None:
    li_si = add_actor(db, admin, "admin2", "李四", "admin")
    first = save(db, admin)

    with pytest.raises(StaleWriteError) as excinfo, db.session() as session_a:
        held = session_a.scalar(select(CompanyProfile))  # A keeps the loaded row (version 1)
        with db.session() as session_b:
            company.update_company(session_b, li_si, **{**GOOD, "expected_version": 1, "phone": "020-1111 1111"})
        company.update_company(session_a, admin, **{**GOOD, "expected_version": 1, "phone": "020-2222 2222"})

    assert held is not None
    assert isinstance(excinfo.value.__context__, StaleDataError)
    assert "李四" in str(excinfo.value)
    assert (stored(db).phone, stored(db).version) == ("020-1111 1111", first.version + 1)


def test_a_first_save_does_not_overwrite_details_saved_meanwhile(db: Database, admin: Actor) -> None:
    """expected_version None means "there were no details when I opened the dialog"."""
    li_si = add_actor(db, admin, "admin2", "李四", "admin")
    assert stored(db).version is None  # both administrators open the empty company dialog
    save(db, li_si, phone="020-1111 1111", expected_version=None)
    with pytest.raises(StaleWriteError) as excinfo:
        save(db, admin, phone="020-2222 2222", expected_version=None)
    assert "李四" in str(excinfo.value)
    assert (stored(db).phone, stored(db).version) == ("020-1111 1111", 1)
