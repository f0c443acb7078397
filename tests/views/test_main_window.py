"""The main window: navigation to every page, status bar, and permission-filtered pages."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import users
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.main_window import MainWindow, page_specs
from scrm_desktop.views.page import Page


def _admin_ctx(db: Database) -> AppContext:
    with db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")
    return AppContext(db, actor, Settings())


def test_admin_navigates_to_every_page(qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(_admin_ctx(sqlite_db))
    qtbot.addWidget(window)
    window.show()
    keys = window.page_keys()
    assert keys == [spec.key for spec in page_specs()], "an admin sees every page"
    for row, key in enumerate(keys):
        window.nav.setCurrentRow(row)
        assert window.current_key() == key
        page = window.stack.currentWidget()
        assert isinstance(page, Page)
        assert page is window.pages[key]
    # The navigation speaks Chinese and every entry has an icon; nothing is a placeholder.
    expected = [
        "概览",
        "项目库",
        "备件库",
        "服务包",
        "价格档位",
        "档位规则",
        "客户",
        "服务商",
        "安装师傅",
        "区域看板",
        "归属规则",
        "工单",
        "师傅收益",
        "结算单",
        "流程设计",
        "流程适用规则",
        "表单设计",
        "地区",
        "用户管理",
        "审计日志",
    ]
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == expected
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert item.text().strip()
        assert not item.icon().isNull()


def test_status_bar_names_database_and_user(qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(_admin_ctx(sqlite_db))
    qtbot.addWidget(window)
    assert window.db_label.text().startswith("SQLite: ")
    assert sqlite_db.engine.url.database in window.db_label.text()
    assert "管理员" in window.user_label.text()


def test_pages_are_limited_by_permission(qtbot: QtBot, sqlite_db: Database) -> None:
    ctx = _admin_ctx(sqlite_db)
    with sqlite_db.session() as session:
        users.create_user(
            session, ctx.actor, username="fin", display_name="孙财务", password="Finance-pass-1", roles=["finance"]
        )
        finance = users.authenticate(session, "fin", "Finance-pass-1")
    window = MainWindow(AppContext(sqlite_db, finance, Settings()))
    qtbot.addWidget(window)
    keys = window.page_keys()
    assert "home" in keys
    hidden = {s.key for s in page_specs() if not s.allows(finance)}
    assert "users" in hidden and not hidden & set(keys)
    # Finance may look customers up (read-only, full phone numbers) without managing them.
    assert "customers" in keys
    assert not finance.can(Permission.MANAGE_USERS)


def test_home_page_shows_company_hint_and_recent_activity(qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(_admin_ctx(sqlite_db))
    qtbot.addWidget(window)
    home = window.navigate("home")
    assert "管理员" in home.greeting.text()  # type: ignore[attr-defined]
    # No company details yet: the card says where to enter them instead of showing nothing.
    assert home.company_card.value.text()  # type: ignore[attr-defined]
    # Creating the administrator was audited and appears as recent activity.
    assert home.recent_model.rowCount() >= 1  # type: ignore[attr-defined]
