"""The users page: the list, the user dialog, disabling, resetting passwords, searching."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import audit, users
from scrm_desktop.services.errors import StaleWriteError, ValidationError
from scrm_desktop.services.users import UserRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.labels import local_time, region_scope_label, role_label, roles_label
from scrm_desktop.views.pages import users as users_page
from scrm_desktop.views.pages.users import ResetPasswordDialog, UserDialog, UsersPage

PASSWORD = "Admin-pass-1"
COLUMN = {"username": 0, "name": 1, "roles": 2, "regions": 3, "status": 4, "last_login": 5}


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def staff(ctx: AppContext) -> dict[str, UserRow]:
    with ctx.db.session() as session:
        zhang = users.create_user(
            session,
            ctx.actor,
            username="zhangsan",
            display_name="张三",
            password="Zhang-pass-1",
            roles=["installer"],
            region_scope=["450000"],
        )
        li = users.create_user(
            session,
            ctx.actor,
            username="lisi",
            display_name="李四",
            password="Lisi-pass-1",
            roles=["dispatcher", "finance"],
            must_change_password=False,
        )
    return {"zhangsan": zhang, "lisi": li}


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, staff: dict[str, UserRow]) -> UsersPage:
    widget = UsersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The errors the page would have shown in the error dialog."""
    shown: list[BaseException] = []

    def capture(_parent: QWidget | None, exc: BaseException) -> None:
        shown.append(exc)

    monkeypatch.setattr(users_page, "show_error", capture)
    yield shown


def cell(page: UsersPage, username: str, column: str) -> str:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, COLUMN["username"]).data() == username:
            return str(page.proxy.index(row, COLUMN[column]).data())
    raise AssertionError(f"{username} is not in the table")


def is_dimmed(page: UsersPage, username: str) -> bool:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == username:
            return page.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    raise AssertionError(f"{username} is not in the table")


def shown_usernames(page: UsersPage) -> list[str]:
    return [row.username for row in page.visible_rows()]


def stored(ctx: AppContext) -> dict[str, UserRow]:
    with ctx.db.session() as session:
        return {row.username: row for row in users.list_users(session, ctx.actor)}


def audit_actions(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.db.session() as session:
        return [(e.action, e.entity_id) for e in audit.list_entries(session, ctx.actor)]


def click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    button_box: QDialogButtonBox = dialog.button_box  # type: ignore[attr-defined]
    qtbot.mouseClick(button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


# --- the list ---------------------------------------------------------------------------------


def test_table_lists_users_sorted_with_roles_regions_and_status(page: UsersPage) -> None:
    assert shown_usernames(page) == ["admin", "lisi", "zhangsan"]
    assert cell(page, "zhangsan", "name") == "张三"
    assert cell(page, "zhangsan", "roles") == role_label("installer")
    assert cell(page, "lisi", "roles") == roles_label(["dispatcher", "finance"])
    assert cell(page, "zhangsan", "regions") == "450000"
    assert cell(page, "lisi", "regions") == region_scope_label([])
    assert cell(page, "zhangsan", "status") == page.tr("Must change password")
    assert cell(page, "lisi", "status") == page.tr("Active")
    assert cell(page, "lisi", "last_login") == ""
    assert page.count_label.text() == page.tr("Users: {count}").format(count=3)


def test_last_sign_in_is_shown_in_local_time(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.db.session() as session:
        users.authenticate(session, "admin", PASSWORD)
    widget = UsersPage(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    shown = cell(widget, "admin", "last_login")
    assert len(shown) == len("2025-01-01 10:00")
    assert shown == local_time(stored(ctx)["admin"].last_login_at, "Asia/Shanghai")


def test_models_pass_the_model_tester(page: UsersPage, qtmodeltester: object) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]


def test_row_actions_follow_the_selection(page: UsersPage) -> None:
    assert page.new_action.isEnabled()
    for action in (page.edit_action, page.toggle_action, page.reset_action):
        assert not action.isEnabled()
    assert page.select_user(stored(page.ctx)["lisi"].id)
    for action in (page.edit_action, page.toggle_action, page.reset_action):
        assert action.isEnabled()
    page.search_edit.setText("no such user")
    assert page.selected_row() is None
    assert not page.edit_action.isEnabled()


def test_search_filters_by_user_name_name_and_role(page: UsersPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_edit, "ZHANG")
    assert shown_usernames(page) == ["zhangsan"]
    assert page.count_label.text() == page.tr("Matching the search: {shown} of {total}").format(shown=1, total=3)
    page.search_edit.setText("李")
    assert shown_usernames(page) == ["lisi"]
    page.search_edit.setText(role_label("finance"))
    assert shown_usernames(page) == ["lisi"]
    page.search_edit.setText("admin")  # the role code, whatever the language
    assert shown_usernames(page) == ["admin"]
    page.search_edit.setText("Active")  # statuses are not searched
    assert shown_usernames(page) == []
    page.search_edit.clear()
    assert shown_usernames(page) == ["admin", "lisi", "zhangsan"]


# --- creating ---------------------------------------------------------------------------------


def fill_new_user(qtbot: QtBot, dialog: UserDialog, username: str, password: str = "Wang-pass-1") -> None:
    qtbot.keyClicks(dialog.username_edit, username)
    # QTest types ASCII only: text in Chinese is set, as an input method would.
    dialog.name_edit.setText("王五")
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.confirm_edit, password)
    dialog.role_boxes["branch_editor"].click()
    dialog.role_boxes["dispatcher"].click()
    dialog.scope_edit.setText("450100，450200 450100")


def test_create_user_through_the_dialog(page: UsersPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    dialog = page.new_user()
    assert dialog.isVisible()
    assert dialog.must_change_box.isChecked()
    assert not dialog.username_edit.isReadOnly()
    fill_new_user(qtbot, dialog, "wangwu")
    click_ok(qtbot, dialog)

    assert errors == []
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    created = stored(page.ctx)["wangwu"]
    assert created.display_name == "王五"
    assert created.roles == ("branch_editor", "dispatcher")
    assert created.region_scope == ("450100", "450200")
    assert created.must_change_password
    assert shown_usernames(page) == ["admin", "lisi", "wangwu", "zhangsan"]
    assert page.selected_row() == created
    assert cell(page, "wangwu", "regions") == "450100、450200"
    assert ("user.create", str(created.id)) in audit_actions(page.ctx)
    assert "王五" in page.notice_label.text()


def test_duplicate_user_name_keeps_the_dialog_open(page: UsersPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    before = audit_actions(page.ctx)
    dialog = page.new_user()
    fill_new_user(qtbot, dialog, "LiSi")
    click_ok(qtbot, dialog)

    assert len(errors) == 1
    assert isinstance(errors[0], ValidationError)
    assert errors[0].field == "username"
    assert "LiSi" in str(errors[0])
    assert dialog.isVisible()
    assert dialog.username_edit.text() == "LiSi"
    assert dialog.name_edit.text() == "王五"
    assert dialog.role_boxes["dispatcher"].isChecked()
    assert dialog.focusWidget() is dialog.username_edit
    assert set(stored(page.ctx)) == {"admin", "lisi", "zhangsan"}
    assert audit_actions(page.ctx) == before

    # Correcting the name and trying again works without retyping the rest.
    dialog.username_edit.setText("wangwu")
    click_ok(qtbot, dialog)
    assert len(errors) == 1
    assert not dialog.isVisible()
    assert "wangwu" in stored(page.ctx)


def test_a_field_the_service_refuses_gets_the_focus(page: UsersPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    dialog = page.new_user()
    fill_new_user(qtbot, dialog, "wangwu")
    dialog.scope_edit.setText("4501")
    click_ok(qtbot, dialog)
    assert [getattr(e, "field", None) for e in errors] == ["region_scope"]
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.scope_edit
    assert "wangwu" not in stored(page.ctx)


def test_password_mismatch_is_refused_in_the_dialog(page: UsersPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    dialog = page.new_user()
    fill_new_user(qtbot, dialog, "wangwu")
    qtbot.keyClick(dialog.confirm_edit, "x")
    assert not dialog.message.isVisible()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == dialog.tr("The two passwords do not match. Type the same password twice.")
    assert errors == []
    assert "wangwu" not in stored(page.ctx)


def test_cancel_writes_nothing(page: UsersPage, qtbot: QtBot) -> None:
    before = audit_actions(page.ctx)
    dialog = page.new_user()
    fill_new_user(qtbot, dialog, "wangwu")
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "wangwu" not in stored(page.ctx)
    assert audit_actions(page.ctx) == before


# --- editing ----------------------------------------------------------------------------------


def double_click_row(qtbot: QtBot, page: UsersPage, username: str) -> None:
    row = shown_usernames(page).index(username)
    rect = page.view.visualRect(page.proxy.index(row, COLUMN["name"]))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_edits_the_user(page: UsersPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    double_click_row(qtbot, page, "zhangsan")
    dialog = page.dialog
    assert isinstance(dialog, UserDialog)
    assert dialog.isVisible()
    assert dialog.username_edit.isReadOnly()
    assert dialog.username_edit.text() == "zhangsan"
    assert dialog.scope_edit.text() == "450000"
    assert dialog.role_boxes["installer"].isChecked()
    assert not dialog.password_edit.isVisibleTo(dialog)

    dialog.name_edit.setText("张三丰")
    dialog.role_boxes["dispatcher"].click()
    dialog.scope_edit.setText("450100, 450200")
    click_ok(qtbot, dialog)

    assert errors == []
    assert not dialog.isVisible()
    assert cell(page, "zhangsan", "name") == "张三丰"
    assert cell(page, "zhangsan", "roles") == roles_label(["dispatcher", "installer"])
    assert cell(page, "zhangsan", "regions") == "450100、450200"
    assert page.selected_row() is not None
    assert page.selected_row().username == "zhangsan"  # type: ignore[union-attr]
    zhang = stored(page.ctx)["zhangsan"]
    assert ("user.update", str(zhang.id)) in audit_actions(page.ctx)


def test_edit_of_a_user_changed_meanwhile_is_refused(
    page: UsersPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    zhang = stored(page.ctx)["zhangsan"]
    page.select_user(zhang.id)
    dialog = page.edit_user()
    assert dialog is not None
    with page.ctx.db.session() as session:  # another administrator saves first
        users.update_user(
            session,
            page.ctx.actor,
            zhang.id,
            expected_version=zhang.version,
            display_name="张三(另)",
            roles=["installer"],
            region_scope=[],
        )
    dialog.name_edit.setText("张三丰")
    click_ok(qtbot, dialog)

    assert len(errors) == 1
    assert isinstance(errors[0], StaleWriteError)
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "张三丰"
    assert stored(page.ctx)["zhangsan"].display_name == "张三(另)"


def test_removing_the_admin_role_from_the_last_admin_is_refused(
    page: UsersPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    page.select_user(page.ctx.actor.user_id)  # type: ignore[arg-type]
    dialog = page.edit_user()
    assert dialog is not None
    dialog.role_boxes["admin"].click()
    dialog.role_boxes["finance"].click()
    click_ok(qtbot, dialog)

    assert len(errors) == 1
    assert "last active administrator" in str(errors[0])
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.role_boxes["admin"]
    assert stored(page.ctx)["admin"].roles == ("admin",)


# --- disabling and enabling -------------------------------------------------------------------


def test_disable_asks_then_dims_the_row_and_enable_restores_it(
    page: UsersPage, monkeypatch: pytest.MonkeyPatch, errors: list[BaseException]
) -> None:
    questions: list[str] = []

    def confirm(_title: str, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(page, "confirm", confirm)
    li = stored(page.ctx)["lisi"]
    page.select_user(li.id)
    assert page.toggle_action.text() == page.tr("Disable")
    assert not is_dimmed(page, "lisi")

    page.toggle_action.trigger()

    assert errors == []
    assert len(questions) == 1
    assert "李四" in questions[0]
    assert not stored(page.ctx)["lisi"].is_active
    assert is_dimmed(page, "lisi")
    assert cell(page, "lisi", "status") == page.tr("Disabled")
    assert page.selected_row() is not None
    assert page.toggle_action.text() == page.tr("Enable")
    assert ("user.disable", str(li.id)) in audit_actions(page.ctx)

    page.toggle_action.trigger()

    assert len(questions) == 1  # enabling needs no confirmation
    assert stored(page.ctx)["lisi"].is_active
    assert not is_dimmed(page, "lisi")
    assert page.toggle_action.text() == page.tr("Disable")
    assert ("user.enable", str(li.id)) in audit_actions(page.ctx)


def test_disable_answered_no_changes_nothing(page: UsersPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "confirm", lambda _title, _text: False)
    before = audit_actions(page.ctx)
    page.select_user(stored(page.ctx)["lisi"].id)
    page.toggle_action.trigger()
    assert stored(page.ctx)["lisi"].is_active
    assert not is_dimmed(page, "lisi")
    assert audit_actions(page.ctx) == before


def test_disabling_the_last_admin_is_refused(
    page: UsersPage, monkeypatch: pytest.MonkeyPatch, errors: list[BaseException]
) -> None:
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    page.select_user(page.ctx.actor.user_id)  # type: ignore[arg-type]
    page.toggle_action.trigger()
    assert len(errors) == 1
    assert isinstance(errors[0], ValidationError)
    assert stored(page.ctx)["admin"].is_active
    assert not is_dimmed(page, "admin")
    assert page.toggle_action.text() == page.tr("Disable")


# --- resetting passwords ----------------------------------------------------------------------


def test_reset_password(page: UsersPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    li = stored(page.ctx)["lisi"]
    page.select_user(li.id)
    dialog = page.reset_password()
    assert isinstance(dialog, ResetPasswordDialog)
    assert "李四" in dialog.intro.text()

    qtbot.keyClicks(dialog.password_edit, "Temp-pass-9")
    qtbot.keyClicks(dialog.confirm_edit, "Temp-pass-8")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert stored(page.ctx)["lisi"].version == li.version

    dialog.confirm_edit.setText("Temp-pass-9")
    click_ok(qtbot, dialog)
    assert errors == []
    assert not dialog.isVisible()
    assert cell(page, "lisi", "status") == page.tr("Must change password")
    with page.ctx.db.session() as session:
        assert users.authenticate(session, "lisi", "Temp-pass-9").username == "lisi"
    assert ("user.reset_password", str(li.id)) in audit_actions(page.ctx)


def test_reset_password_too_short_is_refused(page: UsersPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    page.select_user(stored(page.ctx)["lisi"].id)
    dialog = page.reset_password()
    assert dialog is not None
    dialog.password_edit.setText("short")
    dialog.confirm_edit.setText("short")
    click_ok(qtbot, dialog)
    assert [getattr(e, "field", None) for e in errors] == ["password"]
    assert dialog.isVisible()
    with page.ctx.db.session() as session:
        assert users.authenticate(session, "lisi", "Lisi-pass-1").username == "lisi"


def test_refresh_shows_changes_made_elsewhere(page: UsersPage) -> None:
    with page.ctx.db.session() as session:
        users.create_user(
            session,
            page.ctx.actor,
            username="zhaoliu",
            display_name="赵六",
            password="Zhao-pass-1",
            roles=["finance"],
        )
    assert "zhaoliu" not in shown_usernames(page)
    page.refresh_action.trigger()
    assert "zhaoliu" in shown_usernames(page)
