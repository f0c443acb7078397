"""The catalog service: categories, items and parts, packages, permissions, validation, staleness."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from customers_support import GZ, SZ, add_actor, audit_actions
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from scrm_desktop.db import Database
from scrm_desktop.models import CatalogCategory, CatalogItem, ServicePackage, ServicePackageLine
from scrm_desktop.services import catalog
from scrm_desktop.services.catalog import ItemRow
from scrm_desktop.services.errors import NotFound, PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.money import format_quantity, parse_quantity
from scrm_desktop.services.permissions import Actor

GZ_TIANHE = "440106"


@pytest.fixture
def actors(db: Database, admin: Actor) -> dict[str, Actor]:
    return {
        "admin": admin,
        "pricing": add_actor(db, admin, "pricing", ["pricing_manager"]),
        "gz": add_actor(db, admin, "gz_editor", ["branch_editor"], [GZ]),
        "installer": add_actor(db, admin, "installer", ["installer"], [GZ]),
    }


@pytest.fixture
def tree(db: Database, admin: Actor) -> dict[str, uuid.UUID]:
    """安装 > 空调安装, 维修 (services); 管材 > 铜管 (parts)."""
    ids: dict[str, uuid.UUID] = {}
    with db.session() as session:
        for kind, code, name, parent in (
            ("service", "INSTALL", "安装", None),
            ("service", "AC-INSTALL", "空调安装", "INSTALL"),
            ("service", "REPAIR", "维修", None),
            ("part", "P-PIPES", "管材", None),
            ("part", "P-PIPE", "铜管", "P-PIPES"),
        ):
            row = catalog.create_category(
                session, admin, kind=kind, code=code, name=name, parent_id=ids[parent] if parent else None
            )
            ids[code] = row.id
    return ids


def add_item(db: Database, actor: Actor, code: str, **kw: object) -> ItemRow:
    values: dict[str, object] = {"kind": "service", "name": f"项目 {code}", "unit": "台"} | kw
    with db.session() as session:
        return catalog.create_item(session, actor, code=code, **values)  # type: ignore[arg-type]


def item_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(CatalogItem)) or 0


def stored_item(db: Database, item_id: uuid.UUID) -> ItemRow:
    with db.session() as session:
        return catalog.get_item(session, Actor.system(), item_id)


def update_fields(row: ItemRow, **changes: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "code": row.code,
        "name": row.name,
        "unit": row.unit,
        "spec": row.spec,
        "category_id": row.category_id,
        "complexity": row.complexity,
        "owner_region_code": row.owner_region_code,
    }
    return fields | changes


# --- categories -------------------------------------------------------------------------------


def test_categories_form_a_tree_per_kind_with_paths(db: Database, admin: Actor, tree: dict[str, uuid.UUID]) -> None:
    with db.session() as session:
        services = catalog.list_categories(session, admin, "service")
        parts = catalog.list_categories(session, admin, "part")
    assert [(c.code, c.path, c.depth) for c in services] == [
        ("INSTALL", "安装", 0),
        ("AC-INSTALL", "安装 / 空调安装", 1),
        ("REPAIR", "维修", 0),
    ]
    assert [c.path for c in parts] == ["管材", "管材 / 铜管"]
    assert audit_actions(db, "catalog_category") == ["catalog_category.create"] * 5


def test_category_codes_are_uppercased_and_unique_across_both_trees(
    db: Database, admin: Actor, tree: dict[str, uuid.UUID]
) -> None:
    with db.session() as session:
        row = catalog.create_category(session, admin, kind="part", code=" wh-parts ", name="热水器配件")
    assert row.code == "WH-PARTS"
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        catalog.create_category(session, admin, kind="part", code="install", name="安装件")
    assert excinfo.value.field == "code"
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        catalog.create_category(session, admin, kind="service", code="X", name="空调安装", parent_id=tree["INSTALL"])
    assert excinfo.value.field == "name"


def test_rename_and_move_category_keep_the_tree_consistent(
    db: Database, admin: Actor, tree: dict[str, uuid.UUID]
) -> None:
    with db.session() as session:
        ac = next(c for c in catalog.list_categories(session, admin, "service") if c.code == "AC-INSTALL")
        renamed = catalog.rename_category(
            session, admin, ac.id, expected_version=ac.version, code="ac-inst", name="空调 安装"
        )
        moved = catalog.move_category(session, admin, ac.id, expected_version=renamed.version, parent_id=tree["REPAIR"])
    assert (moved.code, moved.path) == ("AC-INST", "维修 / 空调 安装")
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        install = next(c for c in catalog.list_categories(session, admin, "service") if c.code == "INSTALL")
        catalog.move_category(session, admin, install.id, expected_version=install.version, parent_id=install.id)
    assert excinfo.value.field == "parent_id"
    with pytest.raises(ValidationError), db.session() as session:  # a part category under a service one
        pipe = next(c for c in catalog.list_categories(session, admin, "part") if c.code == "P-PIPE")
        catalog.move_category(session, admin, pipe.id, expected_version=pipe.version, parent_id=tree["REPAIR"])


def test_a_category_cannot_become_its_own_descendant(db: Database, admin: Actor, tree: dict[str, uuid.UUID]) -> None:
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        pipes = next(c for c in catalog.list_categories(session, admin, "part") if c.code == "P-PIPES")
        catalog.move_category(session, admin, pipes.id, expected_version=pipes.version, parent_id=tree["P-PIPE"])
    assert excinfo.value.field == "parent_id"


def test_only_empty_categories_can_be_deleted(db: Database, admin: Actor, tree: dict[str, uuid.UUID]) -> None:
    item = add_item(db, admin, "S-1", category_id=tree["REPAIR"])
    with db.session() as session:
        rows = {c.code: c for c in catalog.list_categories(session, admin)}
    with pytest.raises(ValidationError), db.session() as session:  # has a subcategory
        catalog.delete_category(session, admin, rows["INSTALL"].id, expected_version=rows["INSTALL"].version)
    with pytest.raises(ValidationError), db.session() as session:  # has an item (inactive ones count too)
        catalog.set_item_active(session, admin, item.id, expected_version=item.version, active=False)
        catalog.delete_category(session, admin, rows["REPAIR"].id, expected_version=rows["REPAIR"].version)
    with db.session() as session:
        catalog.delete_category(session, admin, rows["AC-INSTALL"].id, expected_version=rows["AC-INSTALL"].version)
    with db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(CatalogCategory)) == 4
    assert "catalog_category.delete" in audit_actions(db, "catalog_category")


def test_categories_are_national_so_branch_editors_cannot_change_them(
    db: Database, actors: dict[str, Actor], tree: dict[str, uuid.UUID]
) -> None:
    for who in ("gz", "installer"):
        with pytest.raises(PermissionDenied), db.session() as session:
            catalog.create_category(session, actors[who], kind="service", code="NEW", name="新分类")
    with db.session() as session:
        catalog.create_category(session, actors["pricing"], kind="service", code="NEW", name="新分类")
        assert len(catalog.list_categories(session, actors["installer"], "service")) == 4


# --- items: create, validate, update, deactivate ---------------------------------------------


def test_create_item_cleans_the_input_and_audits(db: Database, admin: Actor, tree: dict[str, uuid.UUID]) -> None:
    row = add_item(
        db,
        admin,
        " s-ac-wall_1.5 ",
        name="  空调挂机   安装 ",
        unit=" 台 ",
        spec="1–1.5匹",
        category_id=tree["AC-INSTALL"],
        complexity=2,
    )
    assert (row.code, row.name, row.unit, row.spec, row.complexity) == (
        "S-AC-WALL_1.5",
        "空调挂机 安装",
        "台",
        "1–1.5匹",
        2,
    )
    assert (row.kind, row.category_code, row.category_path) == ("service", "AC-INSTALL", "安装 / 空调安装")
    assert row.is_active and row.owner_region_code is None and row.version == 1
    assert stored_item(db, row.id) == row
    assert audit_actions(db, "catalog_item") == ["catalog_item.create"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": ""}, "code"),
        ({"code": "-AC"}, "code"),
        ({"code": "空调"}, "code"),
        ({"code": "A" * 41}, "code"),
        ({"code": "AC INSTALL"}, "code"),
        ({"name": "   "}, "name"),
        ({"name": "名" * 201}, "name"),
        ({"unit": ""}, "unit"),
        ({"unit": "单位" * 11}, "unit"),
        ({"spec": "x" * 201}, "spec"),
        ({"complexity": 0}, "complexity"),
        ({"complexity": 6}, "complexity"),
        ({"kind": "tool"}, "kind"),
        ({"owner_region_code": "999999"}, "owner_region_code"),
    ],
)
def test_bad_item_input_is_refused_naming_the_field(
    db: Database, admin: Actor, changes: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"kind": "service", "code": "S-1", "name": "项目", "unit": "台"} | changes
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        catalog.create_item(session, admin, **values)  # type: ignore[arg-type]
    assert excinfo.value.field == field
    assert item_count(db) == 0


def test_item_codes_are_unique_and_categories_must_match_the_kind(
    db: Database, admin: Actor, tree: dict[str, uuid.UUID]
) -> None:
    add_item(db, admin, "S-1")
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        catalog.create_item(session, admin, kind="part", code="s-1", name="零件", unit="个")
    assert excinfo.value.field == "code"
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        catalog.create_item(session, admin, kind="part", code="P-1", name="零件", unit="个", category_id=tree["REPAIR"])
    assert excinfo.value.field == "category_id"
    with pytest.raises(NotFound), db.session() as session:
        catalog.create_item(session, admin, kind="part", code="P-1", name="零件", unit="个", category_id=uuid.uuid4())
    assert item_count(db) == 1


def test_update_item_changes_fields_and_refuses_a_stale_version(
    db: Database, admin: Actor, actors: dict[str, Actor], tree: dict[str, uuid.UUID]
) -> None:
    row = add_item(db, admin, "S-1", category_id=tree["AC-INSTALL"])
    with db.session() as session:
        saved = catalog.update_item(
            session,
            actors["pricing"],
            row.id,
            expected_version=row.version,
            **update_fields(row, name="空调柜机安装", unit="套", complexity=4, category_id=tree["REPAIR"]),  # type: ignore[arg-type]
        )
    assert (saved.name, saved.unit, saved.complexity, saved.category_code, saved.version) == (
        "空调柜机安装",
        "套",
        4,
        "REPAIR",
        2,
    )
    with pytest.raises(StaleWriteError) as excinfo, db.session() as session:
        catalog.update_item(
            session,
            admin,
            row.id,
            expected_version=row.version,
            **update_fields(row, name="旧的"),  # type: ignore[arg-type]
        )
    assert "PRICING" in str(excinfo.value)
    assert stored_item(db, row.id).name == "空调柜机安装"
    assert audit_actions(db, "catalog_item") == ["catalog_item.create", "catalog_item.update"]


def test_items_are_deactivated_never_deleted(db: Database, admin: Actor) -> None:
    row = add_item(db, admin, "S-1")
    with db.session() as session:
        off = catalog.set_item_active(session, admin, row.id, expected_version=row.version, active=False)
        assert catalog.list_items(session, admin) == []
        assert [r.code for r in catalog.list_items(session, admin, include_inactive=True)] == ["S-1"]
        on = catalog.set_item_active(session, admin, row.id, expected_version=off.version, active=True)
    assert on.is_active and item_count(db) == 1
    assert audit_actions(db, "catalog_item") == [
        "catalog_item.create",
        "catalog_item.deactivate",
        "catalog_item.activate",
    ]
    with pytest.raises(StaleWriteError), db.session() as session:
        catalog.set_item_active(session, admin, row.id, expected_version=row.version, active=False)


# --- permissions --------------------------------------------------------------------------------


def test_national_rows_are_edited_by_admin_and_pricing_manager_only(db: Database, actors: dict[str, Actor]) -> None:
    add_item(db, actors["admin"], "S-ADMIN")
    row = add_item(db, actors["pricing"], "S-PRICING")
    for who in ("gz", "installer"):
        with pytest.raises(PermissionDenied), db.session() as session:
            catalog.create_item(session, actors[who], kind="service", code=f"S-{who}", name="项目", unit="台")
        with pytest.raises(PermissionDenied), db.session() as session:
            catalog.update_item(
                session,
                actors[who],
                row.id,
                expected_version=row.version,
                **update_fields(row, name="改"),  # type: ignore[arg-type]
            )
        with pytest.raises(PermissionDenied), db.session() as session:
            catalog.set_item_active(session, actors[who], row.id, expected_version=row.version, active=False)
    assert stored_item(db, row.id) == row
    assert item_count(db) == 2


def test_branch_editors_create_and_edit_rows_of_their_own_regions(db: Database, actors: dict[str, Actor]) -> None:
    gz = actors["gz"]
    own = add_item(db, gz, "S-GZ", owner_region_code=GZ)
    district = add_item(db, gz, "S-TIANHE", owner_region_code=GZ_TIANHE)
    with db.session() as session:
        saved = catalog.update_item(
            session,
            gz,
            own.id,
            expected_version=own.version,
            **update_fields(own, name="广州专项"),  # type: ignore[arg-type]
        )
        catalog.set_item_active(session, gz, district.id, expected_version=district.version, active=False)
    assert saved.name == "广州专项"
    # Outside the scope: another city, moving an own row to another city, or making it national.
    with pytest.raises(PermissionDenied), db.session() as session:
        catalog.create_item(session, gz, kind="service", code="S-SZ", name="深圳项目", unit="台", owner_region_code=SZ)
    with pytest.raises(PermissionDenied), db.session() as session:
        catalog.update_item(
            session,
            gz,
            own.id,
            expected_version=saved.version,
            **update_fields(saved, owner_region_code=SZ),  # type: ignore[arg-type]
        )
    with pytest.raises(PermissionDenied) as excinfo, db.session() as session:
        catalog.update_item(
            session,
            gz,
            own.id,
            expected_version=saved.version,
            **update_fields(saved, owner_region_code=None),  # type: ignore[arg-type]
        )
    assert excinfo.value.field == "owner_region_code"
    sz_row = add_item(db, actors["admin"], "S-SZ-ADMIN", owner_region_code=SZ)
    with pytest.raises(PermissionDenied), db.session() as session:
        catalog.set_item_active(session, gz, sz_row.id, expected_version=sz_row.version, active=False)
    assert stored_item(db, own.id) == saved
    assert stored_item(db, sz_row.id).is_active


def test_everyone_signed_in_reads_the_whole_catalog(db: Database, actors: dict[str, Actor]) -> None:
    add_item(db, actors["admin"], "S-NATIONAL")
    add_item(db, actors["admin"], "S-SZ", owner_region_code=SZ)
    add_item(db, actors["gz"], "S-GZ", owner_region_code=GZ)
    for actor in actors.values():
        with db.session() as session:
            assert [r.code for r in catalog.list_items(session, actor)] == ["S-GZ", "S-NATIONAL", "S-SZ"]


def test_may_edit_matches_what_the_service_allows(actors: dict[str, Actor]) -> None:
    expected = {
        "admin": (True, True, True),
        "pricing": (True, True, True),
        "gz": (False, True, False),
        "installer": (False, False, False),
    }
    for who, (national, own, other) in expected.items():
        actor = actors[who]
        assert (catalog.may_edit(actor, None), catalog.may_edit(actor, GZ_TIANHE), catalog.may_edit(actor, SZ)) == (
            national,
            own,
            other,
        ), who


# --- list_items filters -----------------------------------------------------------------------


def test_list_items_filters_by_kind_category_subtree_text_and_activity(
    db: Database, admin: Actor, tree: dict[str, uuid.UUID]
) -> None:
    add_item(db, admin, "S-AC", name="空调挂机安装", category_id=tree["AC-INSTALL"], spec="1.5匹")
    add_item(db, admin, "S-INSTALL", name="通用安装", category_id=tree["INSTALL"])
    add_item(db, admin, "S-REPAIR", name="空调维修", category_id=tree["REPAIR"])
    pipe = add_item(db, admin, "P-CU", kind="part", name="铜管 100%纯铜", unit="米", category_id=tree["P-PIPE"])
    add_item(db, admin, "P-LOOSE", kind="part", name="散件", unit="个")
    with db.session() as session:
        catalog.set_item_active(session, admin, pipe.id, expected_version=pipe.version, active=False)

    def codes(**kw: object) -> list[str]:
        with db.session() as session:
            return [r.code for r in catalog.list_items(session, admin, **kw)]  # type: ignore[arg-type]

    assert codes() == ["P-LOOSE", "S-AC", "S-INSTALL", "S-REPAIR"]
    assert codes(kind="part", include_inactive=True) == ["P-CU", "P-LOOSE"]
    assert codes(category_id=tree["INSTALL"]) == ["S-AC", "S-INSTALL"]
    assert codes(category_id=tree["AC-INSTALL"]) == ["S-AC"]
    assert codes(text="空调") == ["S-AC", "S-REPAIR"]
    assert codes(text="s-ac") == ["S-AC"]
    assert codes(text="1.5匹") == ["S-AC"]
    assert codes(text="100%", include_inactive=True) == ["P-CU"]  # % is matched literally
    assert codes(text="%") == []
    assert codes(kind="service", category_id=tree["P-PIPES"], include_inactive=True) == []


# --- packages -------------------------------------------------------------------------------


@pytest.fixture
def goods(db: Database, admin: Actor) -> dict[str, ItemRow]:
    return {
        "install": add_item(db, admin, "S-AC-WALL", name="空调挂机安装"),
        "pipe": add_item(db, admin, "P-CU", kind="part", name="铜管", unit="米"),
        "bracket": add_item(db, admin, "P-BRACKET", kind="part", name="支架", unit="套"),
        "gz": add_item(db, admin, "S-GZ", name="广州附加", owner_region_code=GZ),
    }


def test_package_keeps_lines_with_decimal_quantities_in_order(
    db: Database, admin: Actor, goods: dict[str, ItemRow]
) -> None:
    with db.session() as session:
        created = catalog.create_package(
            session,
            admin,
            code="pkg-ac-std",
            name="空调标准安装包",
            description="挂机",
            lines=[(goods["install"].id, Decimal("1")), (goods["pipe"].id, "3.5"), (goods["bracket"].id, 1)],
        )
    assert created.code == "PKG-AC-STD" and created.line_count == 3
    assert [(ln.item_code, ln.quantity, ln.unit) for ln in created.lines] == [
        ("S-AC-WALL", Decimal("1.000"), "台"),
        ("P-CU", Decimal("3.500"), "米"),
        ("P-BRACKET", Decimal("1.000"), "套"),
    ]
    with db.session() as session:
        updated = catalog.update_package(
            session,
            admin,
            created.id,
            expected_version=created.version,
            code=created.code,
            name=created.name,
            description="",
            owner_region_code=None,
            lines=[(goods["pipe"].id, Decimal("2.125")), (goods["install"].id, "1")],
        )
        listed = catalog.list_packages(session, admin)
        expanded = catalog.expand_package(session, admin, created.id)
    assert updated.version == 2
    assert [(ln.item_code, ln.quantity) for ln in updated.lines] == [
        ("P-CU", Decimal("2.125")),
        ("S-AC-WALL", Decimal("1.000")),
    ]
    assert [(p.code, p.line_count, p.lines) for p in listed] == [("PKG-AC-STD", 2, ())]
    assert [(row.code, qty) for row, qty in expanded] == [("P-CU", Decimal("2.125")), ("S-AC-WALL", Decimal("1"))]
    assert audit_actions(db, "service_package") == ["service_package.create", "service_package.update"]


@pytest.mark.parametrize(
    ("quantity", "field"),
    [("0", "quantity"), ("-1", "quantity"), ("1.2345", "quantity"), ("abc", "quantity"), ("", "quantity")],
)
def test_bad_quantities_are_refused_naming_the_line(
    db: Database, admin: Actor, goods: dict[str, ItemRow], quantity: str, field: str
) -> None:
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        catalog.create_package(
            session,
            admin,
            code="PKG",
            name="包",
            lines=[(goods["install"].id, "1"), (goods["pipe"].id, quantity)],
        )
    assert (excinfo.value.field, excinfo.value.row) == (field, 2)
    with db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ServicePackage)) == 0
        assert conn.scalar(select(func.count()).select_from(ServicePackageLine)) == 0


def test_packages_refuse_duplicate_inactive_foreign_and_missing_items(
    db: Database, admin: Actor, goods: dict[str, ItemRow]
) -> None:
    pipe = goods["pipe"]
    with db.session() as session:
        catalog.set_item_active(session, admin, pipe.id, expected_version=pipe.version, active=False)
    cases = [
        ([(goods["install"].id, "1"), (goods["install"].id, "2")], None, 2),  # twice
        ([(goods["install"].id, "1"), (pipe.id, "3")], None, 2),  # inactive
        ([(goods["gz"].id, "1")], None, 1),  # a Guangzhou item in a national package
        ([(goods["gz"].id, "1")], SZ, 1),  # … or in a Shenzhen one
        ([], None, None),  # empty
    ]
    for lines, owner, row in cases:
        with pytest.raises(ValidationError) as excinfo, db.session() as session:
            catalog.create_package(session, admin, code="PKG", name="包", owner_region_code=owner, lines=lines)
        assert excinfo.value.row == row, lines
    with pytest.raises(NotFound), db.session() as session:
        catalog.create_package(session, admin, code="PKG", name="包", lines=[(uuid.uuid4(), "1")])
    with db.session() as session:  # a Guangzhou item fits a package of Tianhe (inside Guangzhou)
        catalog.create_package(
            session, admin, code="PKG", name="包", owner_region_code=GZ_TIANHE, lines=[(goods["gz"].id, "1")]
        )


def test_items_in_active_packages_cannot_be_deactivated(db: Database, admin: Actor, goods: dict[str, ItemRow]) -> None:
    with db.session() as session:
        package = catalog.create_package(session, admin, code="PKG", name="空调包", lines=[(goods["pipe"].id, "3")])
    pipe = goods["pipe"]
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        catalog.set_item_active(session, admin, pipe.id, expected_version=pipe.version, active=False)
    assert "空调包" in str(excinfo.value)
    with db.session() as session:
        off = catalog.set_package_active(session, admin, package.id, expected_version=package.version, active=False)
        catalog.set_item_active(session, admin, pipe.id, expected_version=pipe.version, active=False)
        with pytest.raises(ValidationError):  # reactivating would put an inactive item back in use
            catalog.set_package_active(session, admin, package.id, expected_version=off.version, active=True)
        with pytest.raises(ValidationError):
            catalog.expand_package(session, admin, package.id)


def test_package_permissions_follow_the_owner(
    db: Database, actors: dict[str, Actor], goods: dict[str, ItemRow]
) -> None:
    gz = actors["gz"]
    with db.session() as session:
        national = catalog.create_package(
            session, actors["pricing"], code="PKG-N", name="全国包", lines=[(goods["install"].id, "1")]
        )
        own = catalog.create_package(
            session,
            gz,
            code="PKG-GZ",
            name="广州包",
            owner_region_code=GZ,
            lines=[(goods["install"].id, "1"), (goods["gz"].id, "2")],
        )
    fields = {"code": "PKG-N", "name": "改名", "description": "", "owner_region_code": None}
    for who in ("gz", "installer"):
        with pytest.raises(PermissionDenied), db.session() as session:
            catalog.update_package(
                session,
                actors[who],
                national.id,
                expected_version=national.version,
                lines=[],
                **fields,  # type: ignore[arg-type]
            )
        with pytest.raises(PermissionDenied), db.session() as session:
            catalog.set_package_active(
                session, actors[who], national.id, expected_version=national.version, active=False
            )
    with pytest.raises(PermissionDenied), db.session() as session:
        catalog.create_package(session, gz, code="PKG-X", name="全国", lines=[(goods["install"].id, "1")])
    with db.session() as session:
        saved = catalog.update_package(
            session,
            gz,
            own.id,
            expected_version=own.version,
            code="PKG-GZ",
            name="广州包",
            description="",
            owner_region_code=GZ,
            lines=[(goods["gz"].id, "1.5")],
        )
        assert catalog.get_package(session, actors["installer"], national.id).name == "全国包"
    assert [(ln.item_code, ln.quantity) for ln in saved.lines] == [("S-GZ", Decimal("1.500"))]


def test_stale_package_writes_are_refused_and_nothing_changes(
    db: Database, admin: Actor, goods: dict[str, ItemRow]
) -> None:
    with db.session() as session:
        package = catalog.create_package(session, admin, code="PKG", name="包", lines=[(goods["install"].id, "1")])
        catalog.update_package(
            session,
            admin,
            package.id,
            expected_version=package.version,
            code="PKG",
            name="包",
            description="",
            owner_region_code=None,
            lines=[(goods["install"].id, "2")],
        )
    with pytest.raises(StaleWriteError), db.session() as session:
        catalog.update_package(
            session,
            admin,
            package.id,
            expected_version=package.version,
            code="PKG",
            name="包",
            description="",
            owner_region_code=None,
            lines=[(goods["pipe"].id, "9")],
        )
    with db.session() as session:
        assert [(ln.item_code, ln.quantity) for ln in catalog.get_package(session, admin, package.id).lines] == [
            ("S-AC-WALL", Decimal("2.000"))
        ]


# --- quantities ---------------------------------------------------------------------------------


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("999999999.999"), places=3))
def test_parse_quantity_accepts_three_decimals_exactly(value: Decimal) -> None:
    parsed = parse_quantity(str(value))
    assert parsed == value
    assert parsed.as_tuple().exponent == -3
    assert parse_quantity(format_quantity(parsed)) == parsed


@given(st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("99999"), places=6))
def test_parse_quantity_refuses_more_than_three_decimals(value: Decimal) -> None:
    if value == value.quantize(Decimal("0.001")):
        return
    with pytest.raises(ValidationError) as excinfo:
        parse_quantity(str(value), row=4)
    assert (excinfo.value.field, excinfo.value.row) == ("quantity", 4)


@given(st.decimals(max_value=Decimal(0), allow_nan=False, allow_infinity=False, places=3))
def test_parse_quantity_refuses_zero_and_negative(value: Decimal) -> None:
    with pytest.raises(ValidationError):
        parse_quantity(str(value))


def test_parse_quantity_refuses_floats_and_text() -> None:
    with pytest.raises(TypeError):
        parse_quantity(1.5)  # type: ignore[arg-type]
    for text in ("abc", "NaN", "Infinity", "1e12", ""):
        with pytest.raises(ValidationError):
            parse_quantity(text)
    assert parse_quantity(" 1,000.5 ") == Decimal("1000.500")
    assert format_quantity(Decimal("3.000")) == "3"
    assert format_quantity(Decimal("2.500")) == "2.5"
    assert format_quantity(Decimal("100")) == "100"
