"""The customers page: masked phones, the region tree, search, dashboard filters, the customer dialog."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.models import Customer, User
from scrm_desktop.services import customers, regions, users
from scrm_desktop.services.customers import CustomerRow
from scrm_desktop.services.errors import StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor
from scrm_desktop.views import customer_dialog
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.customer_dialog import CustomerDialog
from scrm_desktop.views.customer_table import ADDRESS, CHANNELS, NAME, OWNER, PHONE, REGION, TAGS
from scrm_desktop.views.pages.customers import CustomersPage
from scrm_desktop.views.region_filter import ALL_REGIONS, NO_REGION

PASSWORD = "Admin-pass-1"
GUANGDONG, SHENZHEN, NANSHAN, FUTIAN = "440000", "440300", "440305", "440304"
BJ_CHAOYANG, CC_CHAOYANG = "110105", "220104"


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def admin_ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


def add_actor(ctx: AppContext, username: str, roles: list[str], scope: tuple[str, ...] = ()) -> Actor:
    with ctx.db.session() as session:
        users.create_user(
            session,
            ctx.actor,
            username=username,
            display_name=username.upper(),
            password="Staff-pass-1",
            roles=roles,
            region_scope=list(scope),
            must_change_password=False,
        )
    with ctx.db.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None
        return users.actor_for(user)


@pytest.fixture
def people(admin_ctx: AppContext) -> dict[str, CustomerRow]:
    """Four customers: Shenzhen, Guangzhou (tags, WeCom), Beijing, and one without a region."""
    made: dict[str, CustomerRow] = {}
    with admin_ctx.db.session() as session:
        for name, phone, address, extra in (
            ("张三", "13812341234", "广东省深圳市南山区科技园南区8栋", {}),
            (
                "李四",
                "020-38886688",
                "广州市天河区体育西路1号",
                {"tags": "VIP, 老客户", "channel_ids": {"wecom": "wm01"}},
            ),
            ("王五", "13900001111", "北京市朝阳区建国路88号", {}),
            ("赵六", "", "火星基地一号", {}),
        ):
            made[name] = customers.create_customer(
                session, admin_ctx.actor, name=name, phone=phone, address=address, **extra
            )
    return made


def open_page(qtbot: QtBot, ctx: AppContext) -> CustomersPage:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


@pytest.fixture
def page(qtbot: QtBot, admin_ctx: AppContext, people: dict[str, CustomerRow]) -> CustomersPage:
    return open_page(qtbot, admin_ctx)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The errors the dialog would have shown in the error dialog."""
    shown: list[BaseException] = []

    def capture(_parent: QWidget | None, exc: BaseException) -> None:
        shown.append(exc)

    monkeypatch.setattr(customer_dialog, "show_error", capture)
    yield shown


def names(page: CustomersPage) -> list[str]:
    return [row.name for row in page.visible_rows()]


def cell(page: CustomersPage, name: str, column: int) -> str:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, NAME).data() == name:
            return str(page.proxy.index(row, column).data())
    raise AssertionError(f"{name} is not listed")


def stored(ctx: AppContext) -> dict[str, Customer]:
    with ctx.db.session() as session:
        found = {c.name: c for c in session.scalars(select(Customer))}
        session.expunge_all()
        return found


def pick_region(page: CustomersPage, code: str) -> None:
    """Click the tree node of ``code`` as a user would."""
    index = page.tree_proxy.mapFromSource(page.tree_model.index_of(code))
    assert index.isValid(), f"{code} is not in the tree"
    page.tree.setCurrentIndex(index)


def click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    button_box: QDialogButtonBox = dialog.button_box  # type: ignore[attr-defined]
    qtbot.mouseClick(button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_text(dialog_edit: QWidget, text: str) -> None:
    """Type Chinese text one character at a time, as an input method commits it."""
    for ch in text:
        dialog_edit.insert(ch)  # type: ignore[attr-defined]


# --- the list -----------------------------------------------------------------------------------


def test_admin_sees_full_phones_regions_owners_tags_and_channels(page: CustomersPage) -> None:
    assert names(page) == ["张三", "李四", "王五", "赵六"]
    assert cell(page, "张三", PHONE) == "13812341234"
    assert cell(page, "李四", PHONE) == "020-38886688"
    assert cell(page, "张三", ADDRESS) == "广东省深圳市南山区科技园南区8栋"
    assert cell(page, "张三", REGION) == "广东省 / 深圳市 / 南山区"
    assert cell(page, "王五", REGION) == "北京市 / 朝阳区"
    assert cell(page, "赵六", REGION) == ""
    assert cell(page, "李四", TAGS) == "VIP、老客户"
    assert cell(page, "李四", CHANNELS) == "企业微信 wm01"
    assert cell(page, "张三", OWNER) == page.tr("Unassigned") == "未分配"
    assert page.count_label.text() == page.tr("Customers: {count}").format(count=4)
    assert page.table_stack.currentWidget() is page.view
    assert page.new_action.isVisible() and page.import_action.isVisible()


def test_phones_are_masked_for_users_who_may_not_view_personal_data(
    qtbot: QtBot, admin_ctx: AppContext, people: dict[str, CustomerRow]
) -> None:
    dispatcher = add_actor(admin_ctx, "dispatcher", ["dispatcher"])
    page = open_page(qtbot, AppContext(admin_ctx.db, dispatcher, Settings()))
    assert cell(page, "张三", PHONE) == "138****1234"
    assert cell(page, "李四", PHONE) == "020-****6688"
    # The hidden middle digits are not in memory, so searching for them finds nobody …
    page.set_search("3812")
    assert names(page) == []
    # … while the visible last digits still work.
    page.set_search("1234")
    assert names(page) == ["张三"]


def test_admin_finds_a_phone_by_its_digits_however_it_is_written(page: CustomersPage) -> None:
    page.set_search("3812")
    assert names(page) == ["张三"]
    page.set_search("020 3888")
    assert names(page) == ["李四"]
    page.set_search("02038886688")
    assert names(page) == ["李四"]


def test_finance_reads_customers_without_changing_them(
    qtbot: QtBot, admin_ctx: AppContext, people: dict[str, CustomerRow]
) -> None:
    finance = add_actor(admin_ctx, "finance", ["finance"])
    page = open_page(qtbot, AppContext(admin_ctx.db, finance, Settings()))
    assert cell(page, "张三", PHONE) == "13812341234"
    assert not page.new_action.isVisible()
    assert not page.import_action.isVisible()
    assert not page.edit_action.isVisible()
    assert page.export_action.isVisible()
    assert page.select_customer(people["张三"].id)
    assert page.edit_customer() is None


def test_branch_editor_sees_only_customers_of_their_region(
    qtbot: QtBot, admin_ctx: AppContext, people: dict[str, CustomerRow]
) -> None:
    editor = add_actor(admin_ctx, "sz_editor", ["branch_editor"], (SHENZHEN,))
    page = open_page(qtbot, AppContext(admin_ctx.db, editor, Settings()))
    assert names(page) == ["张三"]
    assert page.tree_model.count(ALL_REGIONS) == 1


def test_models_pass_the_model_tester(page: CustomersPage, qtmodeltester: object) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]
    qtmodeltester.check(page.tree_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.tree_proxy)  # type: ignore[attr-defined]
    page.set_search("广东")
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]


def test_empty_list_says_how_to_add_customers(qtbot: QtBot, admin_ctx: AppContext) -> None:
    page = open_page(qtbot, admin_ctx)
    assert page.table_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page.tr(
        "There are no customers yet. Add one with New customer, or import a CSV or Excel file."
    )


# --- filtering ----------------------------------------------------------------------------------


def test_region_tree_counts_customers_and_filters_to_a_subtree(page: CustomersPage) -> None:
    assert page.tree_model.count(ALL_REGIONS) == 4
    assert page.tree_model.count(GUANGDONG) == 2
    assert page.tree_model.count(SHENZHEN) == 1
    assert page.tree_model.count(NO_REGION) == 1
    # Regions without customers are hidden until asked for.
    xinjiang = page.tree_model.index_of("650000")
    assert not page.tree_proxy.mapFromSource(xinjiang).isValid()
    page.only_with_customers.setChecked(False)
    assert page.tree_proxy.mapFromSource(xinjiang).isValid()

    pick_region(page, GUANGDONG)
    assert names(page) == ["张三", "李四"]
    assert page.count_label.text() == page.tr("Showing {shown} of {total} customers").format(shown=2, total=4)
    pick_region(page, SHENZHEN)
    assert names(page) == ["张三"]
    pick_region(page, NO_REGION)
    assert names(page) == ["赵六"]
    pick_region(page, ALL_REGIONS)
    assert names(page) == ["张三", "李四", "王五", "赵六"]


def test_region_search_narrows_the_tree(page: CustomersPage) -> None:
    page.region_search.setText("南山")
    nanshan = page.tree_proxy.mapFromSource(page.tree_model.index_of(NANSHAN))
    assert nanshan.isValid()
    assert not page.tree_proxy.mapFromSource(page.tree_model.index_of("110000")).isValid()


def test_search_filters_as_you_type_after_a_pause(page: CustomersPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_edit, "1390")
    assert len(names(page)) == 4  # not on every key: the filter waits for a pause
    qtbot.waitUntil(lambda: names(page) == ["王五"], timeout=2000)
    page.set_search("李")
    assert names(page) == ["李四"]
    page.set_search("体育西路")
    assert names(page) == ["李四"]
    page.set_search("广东")  # the region path counts as part of the address
    assert names(page) == ["张三", "李四"]
    pick_region(page, SHENZHEN)  # search and region narrow together
    assert names(page) == ["张三"]
    page.set_search("nobody")
    assert names(page) == []
    assert page.table_stack.currentWidget() is page.empty_label
    assert "筛选" in page.empty_label.text() or page.empty_label.text() == page.tr(
        "No customers match the filter. Change the search or pick another region."
    )


def test_dashboard_filters_by_region_group_and_owner(page: CustomersPage, admin_ctx: AppContext) -> None:
    with admin_ctx.db.session() as session:
        group = regions.create_group(session, admin_ctx.actor, name="华南", kind="area", region_codes=[GUANGDONG])
    page.set_search("张")
    page.set_filter(group_id=group.id)
    assert page.search_edit.text() == ""
    assert names(page) == ["张三", "李四"]
    assert page.filter_bar.isVisible()
    assert "华南" in page.filter_text.text()

    page.set_filter(owner_key="")  # customers without an owner
    assert names(page) == ["张三", "李四", "王五", "赵六"]
    assert page.filter_bar.isVisible()
    page.set_filter(owner_key=f"user:{admin_ctx.actor.user_id}")
    assert names(page) == []
    assert "管理员" in page.filter_text.text()

    page.set_filter(region_code="110000")
    assert names(page) == ["王五"]
    assert not page.filter_bar.isVisible()
    assert page.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "北京市"

    page.set_filter(group_id=group.id)
    page.clear_filter_button.click()
    assert names(page) == ["张三", "李四", "王五", "赵六"]
    assert not page.filter_bar.isVisible()


def test_sorting_by_a_column_keeps_the_selection(page: CustomersPage, people: dict[str, CustomerRow]) -> None:
    assert page.select_customer(people["王五"].id)
    page.view.sortByColumn(PHONE, Qt.SortOrder.DescendingOrder)
    assert [r.phone for r in page.visible_rows()] == ["13900001111", "13812341234", "020-38886688", ""]
    assert page.selected_row() == people["王五"]
    page.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["张三", "李四", "王五", "赵六"]


# --- the dialog ---------------------------------------------------------------------------------


def test_create_customer_with_the_address_filling_the_pickers(
    page: CustomersPage, qtbot: QtBot, admin_ctx: AppContext, errors: list[BaseException]
) -> None:
    dispatcher = add_actor(admin_ctx, "dispatch", ["dispatcher"])
    with admin_ctx.db.session() as session:
        customers.create_owner_rule(
            session, admin_ctx.actor, name="深圳客户", owner_user_id=dispatcher.user_id, region_code=SHENZHEN
        )
    dialog = page.new_customer()
    assert isinstance(dialog, CustomerDialog) and dialog.isVisible()
    dialog.name_edit.setText("钱七")
    qtbot.keyClicks(dialog.phone_edit, "137 0000 2222")
    type_text(dialog.address_edit, "深圳市")
    assert dialog.pickers.codes() == (GUANGDONG, SHENZHEN, None)
    assert dialog.pickers.province.currentText() == "广东省"
    assert dialog.pickers.city.currentText() == "深圳市"
    assert "DISPATCH" in dialog.owner_label.text()
    type_text(dialog.address_edit, "南山区")
    assert dialog.pickers.codes() == (GUANGDONG, SHENZHEN, NANSHAN)
    assert dialog.pickers.district.currentText() == "南山区"

    # The user overrides the district; typing the rest of the street keeps that choice.
    dialog.pickers.district.setCurrentIndex(dialog.pickers.district.findData(FUTIAN))
    type_text(dialog.address_edit, "深南大道1号")
    assert dialog.pickers.code() == FUTIAN
    dialog.tags_edit.setText("新客户，空调")
    dialog.channel_edits["douyin"].setText("dy123")
    click_ok(qtbot, dialog)

    assert errors == []
    assert not dialog.isVisible()
    created = stored(admin_ctx)["钱七"]
    assert created.region_code == FUTIAN
    assert created.address == "深圳市南山区深南大道1号"
    assert created.phone == "137 0000 2222"
    assert created.tags == ["新客户", "空调"]
    assert created.channel_ids == {"douyin": "dy123"}
    assert created.owner_user_id == dispatcher.user_id
    # The list shows it at once, selected, without reloading everything.
    assert page.selected_row() is not None and page.selected_row().name == "钱七"  # type: ignore[union-attr]
    assert cell(page, "钱七", REGION) == "广东省 / 深圳市 / 福田区"
    assert cell(page, "钱七", OWNER) == "DISPATCH"
    assert page.tree_model.count(SHENZHEN) == 2
    assert "钱七" in page.notice_label.text()


def test_municipality_and_county_level_cities_fill_province_and_district(page: CustomersPage) -> None:
    dialog = page.new_customer()
    type_text(dialog.address_edit, "北京市朝阳区")
    assert dialog.pickers.codes() == ("110000", None, BJ_CHAOYANG)
    assert not dialog.pickers.city.isEnabled()
    dialog.address_edit.setText("湖北仙桃市")
    assert dialog.pickers.codes() == ("420000", None, "429004")
    dialog.address_edit.setText("东莞市东城街道")
    assert dialog.pickers.codes() == (GUANGDONG, "441900", None)
    dialog.reject()


def test_an_ambiguous_address_needs_a_choice_before_saving(
    page: CustomersPage, qtbot: QtBot, admin_ctx: AppContext, errors: list[BaseException]
) -> None:
    dialog = page.new_customer()
    dialog.name_edit.setText("孙八")
    type_text(dialog.address_edit, "朝阳区建国路88号")
    assert dialog.choice_row.isVisible()
    assert dialog.ambiguous_choices() == ["北京市 / 朝阳区", "吉林省 / 长春市 / 朝阳区"]
    assert dialog.pickers.code() is None

    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "北京市 / 朝阳区" in dialog.message.text()
    assert dialog.focusWidget() is dialog.choice_combo
    assert "孙八" not in stored(admin_ctx)

    dialog.choice_combo.setCurrentIndex(dialog.choice_combo.findData(CC_CHAOYANG))
    assert dialog.pickers.codes() == ("220000", "220100", CC_CHAOYANG)
    click_ok(qtbot, dialog)
    assert errors == []
    assert not dialog.isVisible()
    assert stored(admin_ctx)["孙八"].region_code == CC_CHAOYANG


def test_the_field_the_service_refuses_gets_the_focus(
    page: CustomersPage, qtbot: QtBot, admin_ctx: AppContext, errors: list[BaseException]
) -> None:
    dialog = page.new_customer()
    dialog.name_edit.setText("周九")
    qtbot.keyClicks(dialog.phone_edit, "12345")
    click_ok(qtbot, dialog)
    assert [type(e) for e in errors] == [ValidationError]
    assert errors[0].field == "phone"  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.phone_edit
    # The same phone as 张三 is refused too, naming the customer who has it.
    dialog.phone_edit.setText("138-1234-1234")
    click_ok(qtbot, dialog)
    assert "张三" in str(errors[-1])
    assert "周九" not in stored(admin_ctx)


def test_edit_keeps_a_masked_phone_and_refuses_a_stale_version(
    qtbot: QtBot, admin_ctx: AppContext, people: dict[str, CustomerRow], errors: list[BaseException]
) -> None:
    dispatcher = add_actor(admin_ctx, "dispatcher", ["dispatcher"])
    page = open_page(qtbot, AppContext(admin_ctx.db, dispatcher, Settings()))
    assert page.select_customer(people["张三"].id)
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    assert dialog.phone_edit.text() == "138****1234"
    assert dialog.pickers.codes() == (GUANGDONG, SHENZHEN, NANSHAN)
    dialog.name_edit.setText("张三丰")
    click_ok(qtbot, dialog)
    assert errors == []
    saved = stored(admin_ctx)["张三丰"]
    assert saved.phone == "13812341234"  # the masked text kept the stored number
    assert saved.version == people["张三"].version + 1
    assert cell(page, "张三丰", PHONE) == "138****1234"

    # Someone else saves 李四 while this user edits it: the save is refused, the dialog stays.
    assert page.select_customer(people["李四"].id)
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    with admin_ctx.db.session() as session:
        session.execute(update(Customer).where(Customer.id == people["李四"].id).values(version=Customer.version + 1))
    dialog.notes_edit.setPlainText("改过")
    click_ok(qtbot, dialog)
    assert [type(e) for e in errors] == [StaleWriteError]
    assert dialog.isVisible()
    assert stored(admin_ctx)["李四"].notes == ""


def test_export_writes_what_the_user_may_see(
    qtbot: QtBot, admin_ctx: AppContext, people: dict[str, CustomerRow], tmp_path: Path
) -> None:
    dispatcher = add_actor(admin_ctx, "dispatcher", ["dispatcher"])
    page = open_page(qtbot, AppContext(admin_ctx.db, dispatcher, Settings()))
    pick_region(page, GUANGDONG)
    target = tmp_path / "客户.csv"
    task = page.export_to(target)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    with target.open(encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.DictReader(handle))
    assert [(r["姓名"], r["电话"]) for r in exported] == [("张三", "138****1234"), ("李四", "020-****6688")]
    assert "2" in page.notice_label.text() and target.name in page.notice_label.text()


def test_a_saved_customer_is_sorted_and_filtered_like_the_rest(
    page: CustomersPage, qtbot: QtBot, people: dict[str, CustomerRow], errors: list[BaseException]
) -> None:
    page.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["张三", "李四", "王五", "赵六"]  # by code point: 张 < 李 < 王 < 赵
    assert page.select_customer(people["张三"].id)
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    dialog.name_edit.setText("钱七")
    click_ok(qtbot, dialog)
    assert names(page) == ["李四", "王五", "赵六", "钱七"]

    page.set_search("王")
    assert page.select_customer(people["王五"].id)
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    dialog.name_edit.setText("孙八")
    click_ok(qtbot, dialog)
    assert errors == []
    assert names(page) == []  # no longer matches the search
    assert page.notice_label.text() == page.tr("Saved {name}. The current filter hides this customer.").format(
        name="孙八"
    )


def test_a_filter_set_while_the_first_load_runs_applies_when_it_is_done(
    qtbot: QtBot, admin_ctx: AppContext, people: dict[str, CustomerRow]
) -> None:
    page = CustomersPage(admin_ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()  # what the main window does when the dashboard opens the page …
        page.set_filter(region_code=GUANGDONG)  # … and then the dashboard, before the rows are there
        assert page.is_loading()
    assert names(page) == ["张三", "李四"]
    assert page.only_with_customers.isChecked()
    assert page.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "广东省"
