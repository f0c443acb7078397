"""Signing in, the first administrator, and the forced password change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import users
from scrm_desktop.views.login_dialog import ChangePasswordDialog, FirstAdminDialog, LoginDialog


def test_first_admin_dialog_creates_the_administrator(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.username.setText("boss")
    dialog.display_name.setText("王总")
    dialog.password.setText("Very-secret-1")
    dialog.confirm.setText("Very-secret-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "boss"
    with sqlite_db.session() as session:
        rows = users.list_users(session, dialog.actor)
    assert [(r.username, r.roles) for r in rows] == [("boss", ("admin",))]


def test_first_admin_dialog_refuses_mismatched_and_short_passwords(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.display_name.setText("王总")
    dialog.password.setText("Very-secret-1")
    dialog.confirm.setText("Very-secret-2")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    dialog.password.setText("short")
    dialog.confirm.setText("short")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "8" in dialog.error.text()
    with sqlite_db.session() as session:
        assert not users.has_users(session), "nothing is written when the dialog refuses"


def _with_admin(db: Database) -> None:
    with db.session() as session:
        users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")


def test_login_accepts_the_right_password_and_remembers_the_user_name(qtbot: QtBot, sqlite_db: Database) -> None:
    _with_admin(sqlite_db)
    settings = Settings()
    dialog = LoginDialog(sqlite_db, settings)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("Admin-pass-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.display_name == "管理员"
    assert Settings.load().last_username == "admin"


def test_login_shows_the_error_inline_for_a_wrong_password(qtbot: QtBot, sqlite_db: Database) -> None:
    _with_admin(sqlite_db)
    dialog = LoginDialog(sqlite_db, Settings())
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("wrong-password")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "用户名或密码错误。"


def test_database_settings_button_asks_the_app_for_settings(qtbot: QtBot, sqlite_db: Database) -> None:
    _with_admin(sqlite_db)
    dialog = LoginDialog(sqlite_db, Settings())
    qtbot.addWidget(dialog)
    dialog.settings_button.click()
    assert dialog.settings_requested
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_forced_password_change(qtbot: QtBot, sqlite_db: Database) -> None:
    from scrm_desktop.views.context import AppContext

    _with_admin(sqlite_db)
    with sqlite_db.session() as session:
        admin = users.authenticate(session, "admin", "Admin-pass-1")
        row = users.create_user(
            session, admin, username="li", display_name="李四", password="Temp-pass-1", roles=["dispatcher"]
        )
        assert row.must_change_password
        li = users.authenticate(session, "li", "Temp-pass-1")
    dialog = ChangePasswordDialog(AppContext(sqlite_db, li, Settings()), forced=True)
    qtbot.addWidget(dialog)
    dialog.old.setText("Temp-pass-1")
    dialog.new.setText("Own-pass-22")
    dialog.confirm.setText("Own-pass-22")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with sqlite_db.session() as session:
        li_again = users.authenticate(session, "li", "Own-pass-22")
        assert not users.get_user(session, li_again, li_again.user_id).must_change_password  # type: ignore[arg-type]
