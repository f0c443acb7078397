"""The settings dialog, driven through its widgets: database, language and company details."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from scrm_desktop.config import Settings, sqlite_url
from scrm_desktop.db import Database, head_revision, probe_database
from scrm_desktop.services import company, users
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Actor
from scrm_desktop.views import settings_dialog
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.settings_dialog import SettingsDialog

ADMIN_PASSWORD = "Admin-pass-1"
VALID_TAX_ID = "91350100M000100Y43"  # a well-formed 统一社会信用代码 (correct check character)
SECRET = "s3cret-Passw0rd!"  # QTest.keyClicks types ASCII only


@pytest.fixture
def admin_actor(sqlite_db: Database) -> Actor:
    with sqlite_db.session() as session:
        return users.create_first_admin(session, username="admin", display_name="管理员", password=ADMIN_PASSWORD)


@pytest.fixture
def ctx(sqlite_db: Database, admin_actor: Actor) -> AppContext:
    return AppContext(sqlite_db, admin_actor, Settings.load())


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the dialog would show, captured instead of opening a message box."""
    shown: list[BaseException] = []

    def capture(_parent: QWidget | None, exc: BaseException) -> None:
        shown.append(exc)

    monkeypatch.setattr(settings_dialog, "show_error", capture)
    return shown


def open_dialog(qtbot: QtBot, settings: Settings, ctx: AppContext | None) -> SettingsDialog:
    dialog = SettingsDialog(settings, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_ok(dialog: SettingsDialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def wait_for_connection_test(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """The button is disabled while the test runs on the worker thread."""
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=15_000)


def saved_json() -> dict[str, object]:
    return json.loads(Settings.path().read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def png_bytes(width: int = 120, height: int = 40) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())


def stored_company(database: Database) -> company.CompanyRow:
    with database.session() as session:
        return company.get_company(session)


# --- language ---------------------------------------------------------------------------------


def test_changing_the_language_saves_it_and_asks_for_a_restart(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names == ["简体中文", "English", "繁體中文"]

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    press_ok(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.restart_required
    assert saved_json()["language"] == "en"
    assert Settings.load().language == "en"
    assert ctx.settings.language == "en"


def test_ok_without_changes_needs_no_restart_and_keeps_the_default_database(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    press_ok(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.restart_required
    assert dialog.session_password == ""
    # An untouched default stays "the default", so moving the data directory keeps working.
    assert saved_json()["database_url"] == ""


def test_cancel_saves_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_TW"))
    dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not Settings.path().exists()
    assert ctx.settings.language == "zh_CN"


# --- database ---------------------------------------------------------------------------------


def test_postgres_url_is_saved_without_the_password_which_stays_in_memory(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    assert dialog.sqlite_box.isVisible()
    assert not dialog.postgres_box.isVisible()

    dialog.postgres_radio.click()
    assert dialog.postgres_box.isVisible()
    assert not dialog.sqlite_box.isVisible()
    assert dialog.pg_port.value() == 5432
    assert dialog.pg_password.echoMode() == dialog.pg_password.EchoMode.Password
    qtbot.keyClicks(dialog.pg_host, "db.example.com")
    qtbot.keyClicks(dialog.pg_database, "scrm")
    qtbot.keyClicks(dialog.pg_user, "finance")
    qtbot.keyClicks(dialog.pg_password, SECRET)
    dialog.pg_sslmode.setCurrentIndex(dialog.pg_sslmode.findData("require"))

    assert SECRET not in dialog.url_label.text()
    assert "finance@db.example.com:5432/scrm" in dialog.url_label.text()
    press_ok(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.restart_required
    assert dialog.session_password == SECRET
    raw = Settings.path().read_text(encoding="utf-8")
    assert SECRET not in raw
    assert "s3cret" not in raw
    saved = make_url(str(saved_json()["database_url"]))
    assert (saved.get_backend_name(), saved.host, saved.port, saved.database, saved.username) == (
        "postgresql",
        "db.example.com",
        5432,
        "scrm",
        "finance",
    )
    assert saved.password is None
    assert saved.query["sslmode"] == "require"


def test_a_saved_postgres_url_fills_the_fields(qtbot: QtBot) -> None:
    settings = Settings(database_url="postgresql://scrm@db.example.com:6543/branch?sslmode=disable")
    dialog = open_dialog(qtbot, settings, None)

    assert dialog.postgres_radio.isChecked()
    assert dialog.pg_host.text() == "db.example.com"
    assert dialog.pg_port.value() == 6543
    assert dialog.pg_database.text() == "branch"
    assert dialog.pg_user.text() == "scrm"
    assert dialog.pg_sslmode.currentData() == "disable"
    press_ok(dialog)
    assert not dialog.restart_required


def test_choosing_another_sqlite_file_saves_it(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    target = tmp_path / "branch" / "scrm.sqlite3"
    dialog.sqlite_path.setText(str(target))
    press_ok(dialog)

    assert dialog.restart_required
    assert saved_json()["database_url"] == sqlite_url(target)


def test_postgres_without_host_is_refused_and_nothing_saved(
    qtbot: QtBot, ctx: AppContext, errors: list[BaseException]
) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    dialog.tabs.setCurrentWidget(dialog.language_tab)
    dialog.postgres_radio.setChecked(True)
    dialog.pg_database.setText("scrm")
    press_ok(dialog)

    assert [getattr(e, "field", None) for e in errors] == ["pg_host"]
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.database_tab
    assert dialog.focusWidget() is dialog.pg_host
    assert not Settings.path().exists()


@pytest.mark.postgres
def test_test_connection_reports_success_against_the_real_server(qtbot: QtBot, pg_admin: object) -> None:
    server = pg_admin.url  # type: ignore[attr-defined]  # the suite's admin engine
    dialog = open_dialog(qtbot, Settings(), None)
    dialog.postgres_radio.click()
    dialog.pg_host.setText(server.host or "localhost")
    dialog.pg_port.setValue(server.port or 5432)
    dialog.pg_database.setText(server.database or "postgres")
    dialog.pg_user.setText(server.username or "")
    dialog.pg_password.setText(str(server.password or ""))

    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()
    wait_for_connection_test(qtbot, dialog)

    assert dialog.last_test_ok is True
    assert dialog.test_status.text().startswith("连接成功：PostgreSQL ")


def test_test_connection_reports_a_closed_port_in_the_label(qtbot: QtBot, errors: list[BaseException]) -> None:
    dialog = open_dialog(qtbot, Settings(), None)
    dialog.postgres_radio.click()
    dialog.pg_host.setText("127.0.0.1")
    dialog.pg_port.setValue(1)
    dialog.pg_database.setText("scrm")
    dialog.pg_password.setText(SECRET)

    dialog.test_button.click()
    wait_for_connection_test(qtbot, dialog)

    assert dialog.last_test_ok is False
    assert dialog.test_status.text().startswith("连接失败：")
    assert "127.0.0.1" in dialog.test_status.text()
    assert SECRET not in dialog.test_status.text()
    assert errors == []  # an expected failure is not an error dialog
    assert dialog.isVisible()


def test_test_connection_on_the_open_sqlite_database_reads_the_revision(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    dialog.sqlite_path.setText(str(ctx.db.engine.url.database))

    dialog.test_button.click()
    wait_for_connection_test(qtbot, dialog)

    assert dialog.last_test_ok is True
    assert head_revision() in dialog.test_status.text()
    assert dialog.test_status.text().startswith("连接成功：SQLite ")


def test_probe_does_not_create_a_missing_sqlite_file(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "new.sqlite3"
    info = probe_database(sqlite_url(target))
    assert info.file_missing
    assert not target.parent.exists()


def test_changing_a_field_clears_an_old_test_result(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, Settings(), None)
    dialog.postgres_radio.click()
    dialog.pg_host.setText("127.0.0.1")
    dialog.pg_port.setValue(1)
    dialog.pg_database.setText("scrm")
    dialog.test_button.click()
    wait_for_connection_test(qtbot, dialog)
    assert dialog.test_status.text()

    dialog.pg_port.setValue(5432)
    assert dialog.test_status.text() == ""
    assert dialog.last_test_ok is None


# --- company ----------------------------------------------------------------------------------


def test_company_details_entered_in_the_dialog_are_saved(
    qtbot: QtBot, ctx: AppContext, errors: list[BaseException]
) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    dialog.tabs.setCurrentWidget(dialog.company_tab)
    assert dialog.company_name.isEnabled()
    assert dialog.company_branch_code.text() == "HQ"
    dialog.company_name.setText("广州安装服务有限公司")  # QTest cannot type Chinese
    qtbot.keyClicks(dialog.company_tax_id, VALID_TAX_ID.lower())
    dialog.company_address.setText("广州市天河区体育西路 1 号")
    qtbot.keyClicks(dialog.company_phone, "020-12345678")
    dialog.company_branch_code.clear()
    qtbot.keyClicks(dialog.company_branch_code, "gz")
    logo = png_bytes()
    dialog.set_logo(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    assert dialog.logo_remove_button.isEnabled()
    press_ok(dialog)

    assert errors == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = stored_company(ctx.db)
    assert (row.name, row.tax_id, row.address, row.phone, row.branch_code) == (
        "广州安装服务有限公司",
        VALID_TAX_ID,
        "广州市天河区体育西路 1 号",
        "020-12345678",
        "GZ",
    )
    assert row.logo_png == logo


def test_removing_the_logo_saves_no_logo(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.db.session() as session:
        company.update_company(
            session,
            ctx.actor,
            expected_version=None,
            name="广州安装服务有限公司",
            tax_id="",
            address="",
            phone="",
            branch_code="GZ",
            logo_png=png_bytes(),
        )
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    assert not dialog.logo_preview.pixmap().isNull()

    dialog.logo_remove_button.click()
    assert dialog.logo() is None
    assert not dialog.logo_remove_button.isEnabled()
    assert dialog.save_company()

    assert stored_company(ctx.db).logo_png is None


def test_an_invalid_tax_id_is_shown_and_nothing_is_saved(
    qtbot: QtBot, ctx: AppContext, errors: list[BaseException]
) -> None:
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.company_name.setText("广州安装服务有限公司")
    dialog.company_tax_id.setText("91350100M000100Y44")  # wrong check character
    press_ok(dialog)

    assert len(errors) == 1
    assert isinstance(errors[0], ScrmError)
    assert errors[0].field == "tax_id"
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.company_tab
    assert dialog.focusWidget() is dialog.company_tax_id
    assert stored_company(ctx.db).name == ""
    assert not Settings.path().exists()
    assert ctx.settings.language == "zh_CN"
    assert not dialog.restart_required


def test_a_stale_company_row_is_refused(qtbot: QtBot, ctx: AppContext, errors: list[BaseException]) -> None:
    with ctx.db.session() as session:
        company.update_company(
            session,
            ctx.actor,
            expected_version=None,
            name="广州安装服务有限公司",
            tax_id="",
            address="",
            phone="",
            branch_code="SZ",
            logo_png=None,
        )
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    with ctx.db.session() as session:  # someone else saves after the dialog loaded the row
        company.update_company(
            session,
            ctx.actor,
            expected_version=company.get_company(session).version,
            name="别人又改了",
            tax_id="",
            address="",
            phone="",
            branch_code="SZ",
            logo_png=None,
        )
    dialog.company_name.setText("我的公司")
    dialog.company_branch_code.setText("GZ")

    assert not dialog.save_company()
    assert len(errors) == 1
    assert "Reload" in str(errors[0])
    assert stored_company(ctx.db).name == "别人又改了"


def test_without_edit_company_the_fields_are_disabled(qtbot: QtBot, sqlite_db: Database, admin_actor: Actor) -> None:
    with sqlite_db.session() as session:
        row = users.create_user(
            session,
            admin_actor,
            username="caiwu",
            display_name="财务小王",
            password="Finance-pass-1",
            roles=["finance"],
        )
    finance = Actor(row.id, "caiwu", "财务小王", frozenset({"finance"}))
    ctx = AppContext(sqlite_db, finance, Settings())
    dialog = open_dialog(qtbot, ctx.settings, ctx)
    dialog.tabs.setCurrentWidget(dialog.company_tab)

    for widget in dialog.company_fields().values():
        assert not widget.isEnabled()
    assert not dialog.logo_remove_button.isEnabled()
    assert "联系管理员" in dialog.company_note.text()
    # The rest of the dialog still works for them.
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_TW"))
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved_json()["language"] == "zh_TW"


def test_before_sign_in_the_company_tab_only_explains(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, Settings(), None)
    dialog.tabs.setCurrentWidget(dialog.company_tab)

    assert dialog.company_fields() == {}
    assert "登录后" in dialog.company_note.text()
    assert dialog.company_note.isVisible()
    assert dialog.save_company()
    assert dialog.company_tab.findChildren(QWidget, options=Qt.FindChildOption.FindChildrenRecursively) == [
        dialog.company_note
    ]
