"""The audit log page: entries after actions, searching, the record-type filter, the change details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import users
from scrm_desktop.services.audit import AuditRow
from scrm_desktop.services.permissions import Actor
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.labels import action_label, entity_label, field_label, region_scope_label, roles_label
from scrm_desktop.views.pages.audit import SEARCH_DELAY_MS, AuditPage

PASSWORD = "Admin-pass-1"
COLUMN = {"time": 0, "user": 1, "action": 2, "record": 3, "summary": 4}


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def history(ctx: AppContext) -> None:
    """Create 张三, change his name and roles, then reset his password."""
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
    with ctx.db.session() as session:
        zhang = users.update_user(
            session,
            ctx.actor,
            zhang.id,
            expected_version=zhang.version,
            display_name="张三丰",
            roles=["installer", "dispatcher"],
            region_scope=[],
        )
    with ctx.db.session() as session:
        users.reset_password(session, ctx.actor, zhang.id, "Temp-pass-9", expected_version=zhang.version)


def make_page(qtbot: QtBot, ctx: AppContext) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, history: None) -> AuditPage:
    return make_page(qtbot, ctx)


def actions(page: AuditPage) -> list[str]:
    return [row.action for row in page.visible_rows()]


def entry(page: AuditPage, action: str) -> AuditRow:
    return next(row for row in page.visible_rows() if row.action == action)


def test_entries_are_listed_newest_first(page: AuditPage) -> None:
    assert actions(page) == ["user.reset_password", "user.update", "user.create", "user.create_first_admin"]
    top = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert top[COLUMN["user"]] == "管理员"
    assert top[COLUMN["action"]] == action_label("user.reset_password")
    assert top[COLUMN["record"]].startswith(entity_label("user"))
    assert top[COLUMN["record"]] == f"{entity_label('user')} 张三丰 (zhangsan)"
    assert page.table_stack.currentWidget() is page.view
    assert page.count_label.text() == page.tr("Entries: {count}").format(count=4)


def test_summary_without_text_shows_what_changed(page: AuditPage) -> None:
    row = actions(page).index("user.update")
    summary = page.proxy.index(row, COLUMN["summary"]).data()
    assert f"{field_label('display_name')}：张三 → 张三丰" in summary
    created = page.proxy.index(actions(page).index("user.create"), COLUMN["summary"]).data()
    assert f"{field_label('username')}：zhangsan" in created


def test_new_actions_appear_after_refresh(page: AuditPage, ctx: AppContext) -> None:
    with ctx.db.session() as session:
        users.authenticate(session, "admin", PASSWORD)
    assert "user.login" not in actions(page)
    page.refresh_button.click()
    assert actions(page)[0] == "user.login"


def test_model_passes_the_model_tester(page: AuditPage, qtmodeltester: object) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_text_search_queries_again_once_typing_pauses(page: AuditPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_edit, "reset")
    # Nothing is queried per keystroke: the list changes only after the pause.
    assert page.search_timer.isActive()
    assert len(actions(page)) == 4
    qtbot.waitUntil(lambda: actions(page) == ["user.reset_password"], timeout=SEARCH_DELAY_MS * 10)
    assert not page.search_timer.isActive()

    # Every entry about a user carries their name, so searching by name finds their history.
    page.search_edit.setText("zhangsan")
    page.refresh()
    assert actions(page) == ["user.reset_password", "user.update", "user.create"]
    page.search_edit.setText("管理员")
    page.refresh()
    assert len(actions(page)) == 4


def test_record_type_filter_and_empty_state(page: AuditPage) -> None:
    page.entity_combo.setCurrentIndex(page.entity_combo.findData("company"))
    assert actions(page) == []
    assert page.table_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page.tr("No entries match the search. Change or clear the filter.")
    assert page.count_label.text() == page.tr("Entries: {count}").format(count=0)

    page.entity_combo.setCurrentIndex(page.entity_combo.findData("user"))
    assert len(actions(page)) == 4
    assert page.table_stack.currentWidget() is page.view


def test_empty_log_says_so(qtbot: QtBot, sqlite_db: Database) -> None:
    page = make_page(qtbot, AppContext(sqlite_db, Actor.system(), Settings()))
    assert page.model.rowCount() == 0
    assert page.table_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page.tr("The audit log has no entries yet.")


def select(qtbot: QtBot, page: AuditPage, action: str) -> None:
    row = actions(page).index(action)
    rect = page.view.visualRect(page.proxy.index(row, COLUMN["action"]))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_details_show_the_changes_of_the_selected_entry(page: AuditPage, qtbot: QtBot) -> None:
    assert page.details.toPlainText() == ""
    select(qtbot, page, "user.update")
    text = page.details.toPlainText()
    assert action_label("user.update") in text
    assert entry(page, "user.update").entity_id in text
    lines = text.splitlines()
    assert f"{field_label('display_name')}：张三 → 张三丰" in lines
    assert f"{field_label('roles')}：{roles_label(['installer'])} → {roles_label(['dispatcher', 'installer'])}" in lines
    assert f"{field_label('region_scope')}：450000 → {region_scope_label([])}" in lines

    select(qtbot, page, "user.reset_password")
    text = page.details.toPlainText()
    assert "→" not in text, "a password reset records no values (the hash is never logged)"
    assert page.tr("This entry records no changed values.") in text


def test_selection_survives_a_refresh(page: AuditPage, qtbot: QtBot) -> None:
    select(qtbot, page, "user.update")
    page.refresh()
    assert page.selected_entry() == entry(page, "user.update")
    assert "张三丰" in page.details.toPlainText()
