"""The service provider and installer pages: lists and filters, the dialogs driven through their
widgets, read-only access for finance, masking for dispatchers, and the provider-type editor."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import parties, pricing, tier_rules, users
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.parties import ProviderRow
from scrm_desktop.services.permissions import Actor, Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.main_window import page_specs
from scrm_desktop.views.pages import installers as installers_page
from scrm_desktop.views.pages import providers as providers_page
from scrm_desktop.views.pages.installers import InstallerDialog, InstallersPage
from scrm_desktop.views.pages.providers import ProviderDialog, ProvidersPage, ProviderTypesDialog
from scrm_desktop.views.pages.tier_rules import TierRulesPage

PASSWORD = "Admin-pass-1"
GZ, GZ_TIANHE, GZ_HAIZHU, CHANGSHA = "440100", "440106", "440105", "430100"
ZHANG_ID = "440106199003071231"  # 广州天河, born 1990-03-07, valid check digit
BANK_ACCOUNT = "6222020200112233445"


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
        parties.ensure_default_provider_types(session, actor)
    return actor


def add_user(db: Database, admin: Actor, username: str, roles: list[str], scope: tuple[str, ...] = ()) -> Actor:
    with db.session() as session:
        users.create_user(
            session,
            admin,
            username=username,
            display_name=username.upper(),
            password="Other-pass-1",
            roles=roles,
            region_scope=list(scope),
            must_change_password=False,
        )
    with db.session() as session:
        return users.authenticate(session, username, "Other-pass-1")


@pytest.fixture
def provider(sqlite_db: Database, admin: Actor) -> ProviderRow:
    """广州天河恒通 (核心代理商, 天河区 and 海珠区) with one installer; 长沙星城 in Hunan."""
    with sqlite_db.session() as session:
        types = {t.name: t.id for t in parties.list_provider_types(session, admin)}
        row = parties.create_provider(
            session,
            admin,
            code="GZ-HT",
            name="广州天河恒通机电安装服务部",
            provider_type_id=types["核心代理商"],
            bank_name="中国工商银行广州天河支行",
            bank_account=BANK_ACCOUNT,
            region_codes=[GZ_TIANHE, GZ_HAIZHU],
        )
        parties.create_installer(
            session,
            admin,
            code="GZ-HT-01",
            name="李建华",
            provider_id=row.id,
            id_number=ZHANG_ID,
            bank_name="中国工商银行",
            bank_account=BANK_ACCOUNT,
        )
        parties.create_provider(
            session,
            admin,
            code="CS-XC",
            name="长沙星城服务部",
            provider_type_id=types["普通服务点"],
            region_codes=[CHANGSHA],
        )
    return row


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The errors the pages and dialogs would have shown in the error dialog."""
    shown: list[BaseException] = []

    def capture(_parent: QWidget | None, exc: BaseException) -> None:
        shown.append(exc)

    monkeypatch.setattr(providers_page, "show_error", capture)
    monkeypatch.setattr(installers_page, "show_error", capture)
    yield shown


def show(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.refresh()  # type: ignore[attr-defined]


def open_page(qtbot: QtBot, cls: Any, db: Database, actor: Actor) -> Any:
    page = cls(AppContext(db, actor, Settings()))
    show(qtbot, page)
    return page


def click_ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def codes(page: ProvidersPage | InstallersPage) -> list[str]:
    return [row.code for row in page.visible_rows()]


def cell(page: ProvidersPage | InstallersPage, code: str, column: int) -> str:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == code:
            return str(page.proxy.index(row, column).data())
    raise AssertionError(f"{code} is not shown")


# --- the provider page --------------------------------------------------------------------------


def test_models_pass_the_model_tester(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow, qtmodeltester: Any
) -> None:
    providers = open_page(qtbot, ProvidersPage, sqlite_db, admin)
    installers = open_page(qtbot, InstallersPage, sqlite_db, admin)
    for page in (providers, installers):
        qtmodeltester.check(page.model)
        qtmodeltester.check(page.proxy)
    types = providers.edit_types()
    qtmodeltester.check(types.model)


def test_providers_are_listed_and_filtered(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow
) -> None:
    page = open_page(qtbot, ProvidersPage, sqlite_db, admin)
    assert codes(page) == ["CS-XC", "GZ-HT"]
    assert cell(page, "GZ-HT", 2) == "核心代理商"
    assert cell(page, "GZ-HT", 3) == "广东省 / 广州市 / 海珠区、天河区"
    assert cell(page, "GZ-HT", 6) == "1"  # active installers
    page.region_filter.setText("440106")
    assert codes(page) == ["GZ-HT"]
    page.region_filter.setText("广东省")
    assert codes(page) == ["GZ-HT"]
    page.region_filter.clear()
    page.type_filter.setCurrentIndex(page.type_filter.findText("普通服务点"))
    assert codes(page) == ["CS-XC"]
    page.type_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "gz-")
    assert codes(page) == ["GZ-HT"]
    assert "1" in page.count_label.text() and "2" in page.count_label.text()


def test_create_a_provider_through_the_dialog(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow, errors: list[BaseException]
) -> None:
    page = open_page(qtbot, ProvidersPage, sqlite_db, admin)
    dialog = page.new_provider()
    assert isinstance(dialog, ProviderDialog)
    assert [dialog.type_combo.itemText(i) for i in range(dialog.type_combo.count())] == [
        "核心代理商",
        "普通服务点",
        "直营",
    ]
    qtbot.keyClicks(dialog.code_edit, "sz-xy")
    dialog.name_edit.setText("深圳南山鑫源暖通工程有限公司")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("直营"))
    qtbot.keyClicks(dialog.phone_edit, "0755-26781122")
    dialog.regions.picker.setText("440305")
    qtbot.mouseClick(dialog.regions.add_button, Qt.MouseButton.LeftButton)
    dialog.regions.picker.setText("福田区")  # typed but not added: saving adds it
    dialog.bank_name_edit.setText("中国建设银行深圳南山支行")
    qtbot.keyClicks(dialog.bank_account_edit, "6217 0000 1234 5678")
    with qtbot.waitSignal(dialog.saved):
        click_ok(qtbot, dialog.button_box)
    assert errors == []
    assert codes(page) == ["CS-XC", "GZ-HT", "SZ-XY"]
    assert page.selected_row() is not None and page.selected_row().code == "SZ-XY"  # type: ignore[union-attr]
    with sqlite_db.session() as session:
        stored = next(p for p in parties.list_providers(session, admin) if p.code == "SZ-XY")
    assert (stored.provider_type, stored.phone, stored.bank_account) == ("直营", "0755-26781122", "6217000012345678")
    assert stored.region_codes == ("440304", "440305")


def test_the_provider_dialog_stays_open_when_refused(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow, errors: list[BaseException]
) -> None:
    page = open_page(qtbot, ProvidersPage, sqlite_db, admin)
    dialog = page.new_provider()
    assert dialog is not None
    qtbot.keyClicks(dialog.code_edit, "X-1")
    dialog.name_edit.setText("某服务部")
    dialog.regions.picker.setText("不存在的地方")
    click_ok(qtbot, dialog.button_box)
    assert dialog.isVisible() and dialog.regions.message.isVisibleTo(dialog)  # the dialog itself says why
    dialog.regions.picker.clear()
    qtbot.keyClicks(dialog.bank_account_edit, "6222O2")  # a letter O instead of 0
    dialog.bank_name_edit.setText("工商银行")
    click_ok(qtbot, dialog.button_box)
    assert dialog.isVisible() and dialog.saved_row is None
    assert [(type(e), getattr(e, "field", None)) for e in errors] == [(ValidationError, "bank_account")]
    assert dialog.focusWidget() is dialog.bank_account_edit


def test_deactivating_a_provider_with_installers_asks_first(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, ProvidersPage, sqlite_db, admin)
    questions: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda _title, text: questions.append(text) or False)
    assert page.select_provider(provider.id)
    page.toggle_action.trigger()
    assert "1" in questions[0] and provider.name in questions[0]
    assert page.selected_row().is_active  # type: ignore[union-attr]  # declined: nothing changed
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    page.toggle_action.trigger()
    assert page.inactive_box.isChecked() and not page.selected_row().is_active  # type: ignore[union-attr]
    installers = open_page(qtbot, InstallersPage, sqlite_db, admin)
    assert codes(installers) == []  # the installer went with the provider
    installers.inactive_box.setChecked(True)
    assert codes(installers) == ["GZ-HT-01"]


def test_the_type_editor_adds_renames_and_refuses_renaming_a_type_rules_use(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow, errors: list[BaseException]
) -> None:
    with sqlite_db.session() as session:
        tier = pricing.create_tier(session, admin, "T3", "三档")
        tier_rules.create_tier_rule(
            session, admin, book="settlement", name="核心三档", tier_id=tier.id, provider_type="核心代理商"
        )
    page = open_page(qtbot, ProvidersPage, sqlite_db, admin)
    dialog = page.edit_types()
    assert isinstance(dialog, ProviderTypesDialog)
    dialog.name_edit.setText("战略合作商")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in dialog.model.rows] == ["核心代理商", "普通服务点", "直营", "战略合作商"]
    assert page.type_filter.findText("战略合作商") > 0  # the page's filter offers it at once
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # the new type is selected
    assert [r.name for r in dialog.model.rows][2:] == ["战略合作商", "直营"]
    dialog.view.selectRow(0)
    dialog.name_edit.setText("核心服务商")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "1 rules" in str(errors[0])
    assert dialog.model.rows[0].name == "核心代理商"
    # The tier-rule test panel offers the types from the database.
    rules = open_page(qtbot, TierRulesPage, sqlite_db, admin)
    offered = [rules.test_provider.itemText(i) for i in range(rules.test_provider.count())]
    assert offered == ["", "核心代理商", "普通服务点", "战略合作商", "直营"]


# --- the installer page -----------------------------------------------------------------------


def test_create_an_installer_through_the_dialog_after_a_bad_id_number(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow, errors: list[BaseException]
) -> None:
    zhang = add_user(sqlite_db, admin, "installer_zhang", ["installer"], (GZ,))
    page = open_page(qtbot, InstallersPage, sqlite_db, admin)
    page.set_provider(provider.id)
    dialog = page.new_installer()
    assert isinstance(dialog, InstallerDialog)
    assert dialog.provider_combo.currentText() == "GZ-HT 广州天河恒通机电安装服务部"  # the filtered provider
    assert [dialog.provider_combo.itemText(i)[:5] for i in range(dialog.provider_combo.count())] == ["CS-XC", "GZ-HT"]
    qtbot.keyClicks(dialog.code_edit, "gz-ht-02")
    dialog.name_edit.setText("张师傅")
    qtbot.keyClicks(dialog.id_number_edit, "440106199003071234")  # wrong check digit
    dialog.tax_combo.setCurrentIndex(dialog.tax_combo.findData("self_invoice"))
    dialog.login_combo.setCurrentIndex(dialog.login_combo.findData(str(zhang.user_id)))
    dialog.regions.picker.setText("440106")
    click_ok(qtbot, dialog.button_box)
    assert dialog.isVisible() and dialog.saved_row is None
    assert [getattr(e, "field", None) for e in errors] == ["id_number"]
    assert "check digit" in str(errors[0])
    assert dialog.focusWidget() is dialog.id_number_edit
    assert dialog.id_number_edit.selectedText() == "440106199003071234"  # ready to be retyped
    dialog.id_number_edit.setText("44010619950512345x")
    with qtbot.waitSignal(dialog.saved):
        click_ok(qtbot, dialog.button_box)
    assert codes(page) == ["GZ-HT-01", "GZ-HT-02"]
    assert cell(page, "GZ-HT-02", 3) == "广东省 / 广州市 / 天河区"
    assert cell(page, "GZ-HT-02", 5) == "44010619950512345X"  # admins see the full number
    assert cell(page, "GZ-HT-02", 8) == "installer_zhang"
    with sqlite_db.session() as session:
        linked = parties.installer_for_user(session, zhang.user_id)  # type: ignore[arg-type]
        assert linked == page.selected_row().id  # type: ignore[union-attr]
        assert parties.get_installer(session, admin, linked).tax_mode == "self_invoice"


def test_installers_are_filtered_by_provider_region_and_text(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow
) -> None:
    page = open_page(qtbot, InstallersPage, sqlite_db, admin)
    assert codes(page) == ["GZ-HT-01"]
    assert cell(page, "GZ-HT-01", 3) == "广东省 / 广州市 / 海珠区、天河区"  # wherever the provider works
    page.region_filter.setText(CHANGSHA)
    assert codes(page) == []
    page.region_filter.setText("海珠区")
    assert codes(page) == ["GZ-HT-01"]
    page.region_filter.clear()
    page.provider_filter.setCurrentIndex(page.provider_filter.findText("CS-XC 长沙星城服务部"))
    assert codes(page) == []
    page.provider_filter.setCurrentIndex(0)
    page.search.setText("李建")
    assert codes(page) == ["GZ-HT-01"]


def test_dispatchers_see_masked_numbers_and_keep_them_when_saving(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow, errors: list[BaseException]
) -> None:
    dispatcher = add_user(sqlite_db, admin, "gd_dispatch", ["dispatcher"], ("440000",))
    page = open_page(qtbot, InstallersPage, sqlite_db, dispatcher)
    assert cell(page, "GZ-HT-01", 5) == "440106********1231"
    assert cell(page, "GZ-HT-01", 6) == "**** 3445"
    page.view.selectRow(0)
    dialog = page.open_installer()
    assert dialog is not None and not dialog.read_only
    dialog.phone_edit.setText("13812345678")
    with qtbot.waitSignal(dialog.saved):
        click_ok(qtbot, dialog.button_box)
    assert errors == []
    with sqlite_db.session() as session:
        stored = parties.list_installers(session, admin)[0]
    assert (stored.phone, stored.id_number, stored.bank_account) == ("13812345678", ZHANG_ID, BANK_ACCOUNT)
    # Outside the dispatcher's regions a provider opens read-only.
    providers = open_page(qtbot, ProvidersPage, sqlite_db, dispatcher)
    providers.region_filter.setText(CHANGSHA)
    providers.view.selectRow(0)
    assert not providers.toggle_action.isEnabled()
    shown = providers.open_provider()
    assert shown is not None and shown.read_only


def test_finance_looks_up_bank_details_read_only(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, provider: ProviderRow
) -> None:
    finance = add_user(sqlite_db, admin, "fin", ["finance"])
    specs = {s.key: s for s in page_specs()}
    keys = list(specs)
    assert keys[keys.index("customers") + 1 : keys.index("customers") + 3] == ["providers", "installers"]
    assert specs["providers"].allows(finance) and specs["installers"].allows(finance)
    branch = add_user(sqlite_db, admin, "gz_editor", ["branch_editor"], (GZ,))
    assert not specs["providers"].allows(branch) and not branch.can(Permission.MANAGE_PROVIDERS)

    page = open_page(qtbot, ProvidersPage, sqlite_db, finance)
    assert not page.new_action.isVisible() and not page.toggle_action.isVisible()
    assert page.select_provider(provider.id)
    dialog = page.open_provider()
    assert dialog is not None and dialog.read_only
    assert dialog.bank_account_edit.text() == BANK_ACCOUNT and dialog.bank_account_edit.isReadOnly()
    assert dialog.button_box.button(QDialogButtonBox.StandardButton.Ok) is None
    installers = open_page(qtbot, InstallersPage, sqlite_db, finance)
    assert cell(installers, "GZ-HT-01", 5) == ZHANG_ID
    assert installers.new_installer() is None
