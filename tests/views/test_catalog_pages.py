"""The catalog pages: items and parts with the category tree and search, the item dialog, packages."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.models import User
from scrm_desktop.services import catalog, users
from scrm_desktop.services.catalog import ItemRow
from scrm_desktop.services.permissions import Actor
from scrm_desktop.views import catalog_dialogs
from scrm_desktop.views.catalog_dialogs import ItemDialog
from scrm_desktop.views.catalog_models import CATEGORY, CODE, OWNER
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.pages import catalog as catalog_page
from scrm_desktop.views.pages.catalog import ServiceItemsPage, ServicePackagesPage, SparePartsPage

PASSWORD = "Admin-pass-1"
GZ = "440100"


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    with sqlite_db.session() as session:
        return users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)


@pytest.fixture
def data(sqlite_db: Database, admin: Actor) -> dict[str, Any]:
    """安装 > 空调安装 and 维修 with three national services, one Guangzhou service and two parts."""
    found: dict[str, Any] = {}
    with sqlite_db.session() as session:
        install = catalog.create_category(session, admin, kind="service", code="INSTALL", name="安装")
        ac = catalog.create_category(
            session, admin, kind="service", code="AC-INSTALL", name="空调安装", parent_id=install.id
        )
        repair = catalog.create_category(session, admin, kind="service", code="REPAIR", name="维修")
        pipes = catalog.create_category(session, admin, kind="part", code="P-PIPE", name="铜管")
        found["categories"] = {"INSTALL": install, "AC-INSTALL": ac, "REPAIR": repair, "P-PIPE": pipes}
        rows = [
            ("service", "S-AC-WALL", "空调挂机安装", "台", ac.id, None),
            ("service", "S-WH", "热水器安装", "台", install.id, None),
            ("service", "S-AC-FIX", "空调维修", "次", repair.id, None),
            ("service", "S-GZ-STAIRS", "搬运上楼附加", "层", repair.id, GZ),
            ("part", "P-CU", "空调铜管", "米", pipes.id, None),
            ("part", "P-BRACKET", "外机支架", "套", None, None),
        ]
        found["items"] = {
            code: catalog.create_item(
                session,
                admin,
                kind=kind,
                code=code,
                name=name,
                unit=unit,
                category_id=category,
                owner_region_code=owner,
            )
            for kind, code, name, unit, category, owner in rows
        }
    return found


def make_ctx(db: Database, actor: Actor) -> AppContext:
    return AppContext(db, actor, Settings())


def branch_editor(db: Database, admin: Actor) -> Actor:
    with db.session() as session:
        users.create_user(
            session,
            admin,
            username="gz_editor",
            display_name="李广州",
            password="Branch-pass-1",
            roles=["branch_editor"],
            region_scope=[GZ],
            must_change_password=False,
        )
    with db.session() as session:
        user = session.scalar(sa.select(User).where(User.username == "gz_editor"))
        assert user is not None
        return users.actor_for(user)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    shown: list[BaseException] = []

    def capture(_parent: QWidget | None, exc: BaseException) -> None:
        shown.append(exc)

    monkeypatch.setattr(catalog_page, "show_error", capture)
    monkeypatch.setattr(catalog_dialogs, "show_error", capture)
    yield shown


def show(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.refresh()  # type: ignore[attr-defined]


@pytest.fixture
def services_page(qtbot: QtBot, sqlite_db: Database, admin: Actor, data: dict[str, Any]) -> ServiceItemsPage:
    page = ServiceItemsPage(make_ctx(sqlite_db, admin))
    show(qtbot, page)
    return page


def codes(page: ServiceItemsPage | SparePartsPage) -> list[str]:
    return sorted(row.code for row in page.visible_rows())


def click_ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def select(page: ServiceItemsPage, code: str) -> ItemRow:
    row = next(r for r in page.model.rows if r.code == code)
    assert page.select_item(row.id)
    return row


# --- the list ---------------------------------------------------------------------------------


def test_models_pass_the_model_tester(services_page: ServiceItemsPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(services_page.tree_model)
    qtmodeltester.check(services_page.model)
    qtmodeltester.check(services_page.proxy)


def test_each_page_lists_its_kind_with_category_path_and_owner(
    qtbot: QtBot, services_page: ServiceItemsPage, sqlite_db: Database, admin: Actor
) -> None:
    assert codes(services_page) == ["S-AC-FIX", "S-AC-WALL", "S-GZ-STAIRS", "S-WH"]
    position = services_page.model.find(next(r.id for r in services_page.model.rows if r.code == "S-AC-WALL"))
    assert services_page.model.index(position, CATEGORY).data() == "安装 / 空调安装"
    assert services_page.model.index(position, OWNER).data() == services_page.tr("National")
    gz = services_page.model.find(next(r.id for r in services_page.model.rows if r.code == "S-GZ-STAIRS"))
    assert services_page.model.index(gz, OWNER).data() == "广东省 / 广州市"
    parts = SparePartsPage(make_ctx(sqlite_db, admin))
    show(qtbot, parts)
    assert codes(parts) == ["P-BRACKET", "P-CU"]


def test_the_category_tree_narrows_the_list_to_a_subtree(services_page: ServiceItemsPage, data: dict[str, Any]) -> None:
    tree = services_page.tree
    root = services_page.tree_model.index(0, 0)
    assert root.data() == services_page.tr("All categories")
    assert services_page.tree_model.index(0, 1).data() == "4"
    install = services_page.tree_model.index_of(data["categories"]["INSTALL"].id)
    tree.selectionModel().setCurrentIndex(install, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert codes(services_page) == ["S-AC-WALL", "S-WH"]
    assert install.siblingAtColumn(1).data() == "2"
    ac = services_page.tree_model.index_of(data["categories"]["AC-INSTALL"].id)
    tree.selectionModel().setCurrentIndex(ac, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert codes(services_page) == ["S-AC-WALL"]
    tree.selectionModel().setCurrentIndex(root, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert len(codes(services_page)) == 4


def test_search_filters_as_you_type(qtbot: QtBot, services_page: ServiceItemsPage) -> None:
    services_page.search_edit.setText("空调")  # typed text arrives like this (QTest cannot type CJK)
    assert codes(services_page) == ["S-AC-FIX", "S-AC-WALL"]
    services_page.search_edit.clear()
    qtbot.keyClicks(services_page.search_edit, "s-wh")
    assert codes(services_page) == ["S-WH"]
    assert "1" in services_page.count_label.text() and "4" in services_page.count_label.text()


# --- the item dialog -------------------------------------------------------------------------


def test_create_an_item_through_the_dialog(
    qtbot: QtBot, services_page: ServiceItemsPage, sqlite_db: Database, admin: Actor, data: dict[str, Any]
) -> None:
    ac = services_page.tree_model.index_of(data["categories"]["AC-INSTALL"].id)
    services_page.tree.selectionModel().setCurrentIndex(ac, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    dialog = services_page.new_item()
    assert isinstance(dialog, ItemDialog)
    assert dialog.category_combo.currentData() == data["categories"]["AC-INSTALL"].id  # the chosen category
    qtbot.keyClicks(dialog.code_edit, "s-ac-cab")
    dialog.name_edit.setText("空调柜机安装")
    dialog.unit_combo.setCurrentText("台")
    dialog.spec_edit.setText("2–3匹")
    dialog.complexity_spin.setValue(3)
    with qtbot.waitSignal(dialog.saved):
        click_ok(qtbot, dialog.button_box)
    assert codes(services_page) == ["S-AC-CAB", "S-AC-WALL"]
    assert services_page.selected_row() is not None and services_page.selected_row().code == "S-AC-CAB"  # type: ignore[union-attr]
    with sqlite_db.session() as session:
        stored = next(r for r in catalog.list_items(session, admin) if r.code == "S-AC-CAB")
    assert (stored.name, stored.unit, stored.spec, stored.complexity, stored.category_code) == (
        "空调柜机安装",
        "台",
        "2–3匹",
        3,
        "AC-INSTALL",
    )


def test_the_dialog_stays_open_when_the_service_refuses(
    qtbot: QtBot, services_page: ServiceItemsPage, errors: list[BaseException]
) -> None:
    dialog = services_page.new_item()
    qtbot.keyClicks(dialog.code_edit, "S-WH")  # taken
    dialog.name_edit.setText("重复")
    dialog.unit_combo.setCurrentText("台")
    click_ok(qtbot, dialog.button_box)
    assert dialog.isVisible() and dialog.saved_row is None  # type: ignore[attr-defined]
    assert [getattr(e, "field", None) for e in errors] == ["code"]


def test_deactivate_hides_the_row_until_inactive_rows_are_shown(
    services_page: ServiceItemsPage, sqlite_db: Database, admin: Actor
) -> None:
    select(services_page, "S-WH")
    services_page.toggle_action.trigger()
    assert services_page.inactive_box.isChecked()  # so the user still sees what changed
    assert services_page.selected_row().code == "S-WH"  # type: ignore[union-attr]
    assert services_page.toggle_action.text() == services_page.tr("Activate")
    services_page.inactive_box.setChecked(False)
    assert "S-WH" not in codes(services_page)
    with sqlite_db.session() as session:
        assert "S-WH" not in [r.code for r in catalog.list_items(session, admin)]


# --- branch editors ------------------------------------------------------------------------------


def test_branch_editor_sees_national_rows_read_only(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, data: dict[str, Any]
) -> None:
    editor = branch_editor(sqlite_db, admin)
    page = ServiceItemsPage(make_ctx(sqlite_db, editor))
    show(qtbot, page)
    assert codes(page) == ["S-AC-FIX", "S-AC-WALL", "S-GZ-STAIRS", "S-WH"]  # everything is readable
    national = select(page, "S-AC-WALL")
    assert not page.edit_action.isEnabled() and not page.toggle_action.isEnabled()
    assert page.edit_action.toolTip() == page.refusal(None) != ""
    position = page.proxy.mapFromSource(page.model.index(page.model.find(national.id), CODE))
    assert position.data(Qt.ItemDataRole.DecorationRole) is not None  # the lock
    assert page.edit_item() is None
    dialog = page.open_item()
    assert isinstance(dialog, ItemDialog) and dialog.read_only
    assert dialog.name_edit.isReadOnly()
    assert not page.new_category_button.isEnabled()

    select(page, "S-GZ-STAIRS")
    assert page.edit_action.isEnabled() and page.toggle_action.isEnabled()
    new = page.new_item()
    assert isinstance(new, ItemDialog)
    assert new.owner_picker.code() == GZ  # branch rows must belong to one of the editor's regions


# --- packages ---------------------------------------------------------------------------------


@pytest.fixture
def packages_page(qtbot: QtBot, sqlite_db: Database, admin: Actor, data: dict[str, Any]) -> ServicePackagesPage:
    page = ServicePackagesPage(make_ctx(sqlite_db, admin))
    show(qtbot, page)
    return page


def add_line(qtbot: QtBot, page: ServicePackagesPage, code: str, quantity: str) -> bool:
    entry = next(e for e, row in page.items_by_entry.items() if row.code == code)
    page.item_edit.setText(entry)
    page.quantity_edit.clear()
    qtbot.keyClicks(page.quantity_edit, quantity)
    return page.add_line()


def test_package_editor_adds_lines_and_saves(
    qtbot: QtBot, packages_page: ServicePackagesPage, sqlite_db: Database, admin: Actor, qtmodeltester: Any
) -> None:
    page = packages_page
    assert page.save_button.isHidden() is False
    page.new_action.trigger()
    qtbot.keyClicks(page.code_edit, "pkg-ac")
    page.name_edit.setText("空调标准安装包")
    assert add_line(qtbot, page, "S-AC-WALL", "1")
    assert add_line(qtbot, page, "P-CU", "3.5")
    assert add_line(qtbot, page, "P-BRACKET", "1")
    assert not add_line(qtbot, page, "P-CU", "2")  # already there
    assert page.line_message.isVisibleTo(page)
    qtmodeltester.check(page.lines_model)
    page.lines_view.selectRow(2)
    qtbot.mouseClick(page.remove_line_button, Qt.MouseButton.LeftButton)
    assert [line.code for line in page.lines_model.lines] == ["S-AC-WALL", "P-CU"]
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [p.code for p in page.packages()] == ["PKG-AC"]
    assert page.current is not None and not page.creating
    with sqlite_db.session() as session:
        stored = catalog.get_package(session, admin, page.current.id)
    assert [(ln.item_code, ln.quantity) for ln in stored.lines] == [
        ("S-AC-WALL", Decimal("1.000")),
        ("P-CU", Decimal("3.500")),
    ]
    assert not page.save_button.isEnabled()  # nothing unsaved any more


def test_quantities_are_checked_when_adding_and_editing_lines(qtbot: QtBot, packages_page: ServicePackagesPage) -> None:
    page = packages_page
    page.new_package()
    assert not add_line(qtbot, page, "P-CU", "0")
    assert page.lines_model.lines == []
    assert add_line(qtbot, page, "P-CU", "2.125")
    index = page.lines_model.index(0, 3)
    assert index.data() == "2.125"
    assert not page.lines_model.setData(index, "1.2345")  # more than three decimals
    assert page.line_message.isVisibleTo(page)
    assert page.lines_model.setData(index, "4.5")
    assert page.lines_model.lines[0].quantity == Decimal("4.500")
    page.quantity_edit.clear()
    qtbot.keyClicks(page.quantity_edit, "1.23456x")  # the validator stops at three decimals
    assert page.quantity_edit.text() == "1.234"


def test_branch_editor_cannot_change_a_national_package(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, data: dict[str, Any]
) -> None:
    with sqlite_db.session() as session:
        package = catalog.create_package(
            session, admin, code="PKG-N", name="全国包", lines=[(data["items"]["S-AC-WALL"].id, "1")]
        )
    page = ServicePackagesPage(make_ctx(sqlite_db, branch_editor(sqlite_db, admin)))
    show(qtbot, page)
    assert page.select_package(package.id)
    assert [line.code for line in page.lines_model.lines] == ["S-AC-WALL"]
    assert page.code_edit.isReadOnly() and not page.add_line_button.isEnabled()
    assert not page.save_button.isEnabled() and not page.toggle_button.isEnabled()
    assert page.save_button.toolTip() == page.refusal(None) != ""
    assert not page.lines_model.flags(page.lines_model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    page.new_package()
    assert page.owner_picker.code() == GZ and page.add_line_button.isEnabled()
    assert uuid.UUID(str(package.id))  # the national package is untouched
