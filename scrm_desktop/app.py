"""GUI bootstrap: settings → database (migrate) → sign in → main window.

``scrm-desktop [--db URL] [--demo] [--lang zh_CN|en|zh_TW] [--screenshot DIR]``

``--demo`` opens the demo database (created and filled on first use) and signs in as its
administrator. ``--screenshot DIR`` renders every page offscreen into ``DIR/<page>.png`` (and
the main dialogs as ``dialog-<name>.png``) and exits.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication

from scrm_desktop import APP_NAME, __version__
from scrm_desktop.services.errors import DatabaseError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from scrm_desktop.config import Settings
    from scrm_desktop.db import Database
    from scrm_desktop.services.permissions import Actor
    from scrm_desktop.views.context import AppContext
    from scrm_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="scrm-desktop", description="SCRM Desktop")
    parser.add_argument("--version", action="version", version=f"scrm-desktop {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (overrides SCRM_DATABASE_URL and settings)")
    parser.add_argument("--demo", action="store_true", help="open the demo database and sign in as its admin")
    parser.add_argument("--lang", choices=["zh_CN", "en", "zh_TW"], help="interface language for this run")
    parser.add_argument("--screenshot", metavar="DIR", type=Path, help="save a PNG of every page and exit")
    return parser.parse_args(argv)


def register_fonts() -> None:
    """Register the shipped CJK font so Chinese renders on every machine, and prefer native UI fonts."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from scrm_desktop.resources import ui_font_files

    for path in ui_font_files():
        QFontDatabase.addApplicationFont(str(path))
    font = QApplication.font()
    font.setFamilies(["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"])
    font.setPointSize(max(font.pointSize(), 10))
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    QApplication.setFont(font)


def _ask_password(url: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from scrm_desktop.config import describe_url

    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("App", "Database password"),
        QCoreApplication.translate("App", "Password for {database}:").format(database=describe_url(url)),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def connect(url: str) -> Database | DatabaseError:
    """Open (and migrate) the database, asking for a PostgreSQL password when one is needed."""
    from sqlalchemy.engine import make_url

    from scrm_desktop.db import open_database
    from scrm_desktop.services.errors import DatabaseError

    while True:
        try:
            return open_database(url)
        except DatabaseError as exc:
            parsed = make_url(url)
            reason = str(exc.params.get("reason", ""))
            if parsed.get_backend_name() == "postgresql" and "password" in reason.lower():
                password = _ask_password(url)
                if password is not None:
                    url = parsed.set(password=password).render_as_string(hide_password=False)
                    continue
            return exc


def offer_settings(error: DatabaseError) -> bool:
    """The database cannot be opened: say why and offer the settings. True = open settings."""
    from PySide6.QtWidgets import QMessageBox

    from scrm_desktop.views.errors import describe_error

    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Cannot open the database"), describe_error(error)
    )
    settings_button = box.addButton(
        QCoreApplication.translate("App", "Database settings…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is settings_button


def with_password(url: str, password: str) -> str:
    """Put a password kept in memory into a saved (password-less) PostgreSQL URL."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if not password or parsed.get_backend_name() != "postgresql" or parsed.password:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


class Bootstrap:
    """The start-up sequence and the state it carries between attempts (sign-out, new settings)."""

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        from scrm_desktop import config
        from scrm_desktop.i18n import current_language, install_translators

        self.app = app
        self.args = args
        self.settings = config.Settings.load()
        self.language = args.lang or current_language()
        self.translators = install_translators(app, self.language)
        self.session_password = ""

    def database_url(self) -> str:
        from scrm_desktop import config

        if self.args.demo and not self.args.db:
            url = config.demo_database_url()
        else:
            url, _source = config.resolve_database_url(self.args.db, self.settings)
        return with_password(url, self.session_password)

    def open_settings(self) -> bool:
        """Settings before anyone signed in; False when the user cancelled."""
        from PySide6.QtWidgets import QDialog

        from scrm_desktop import config
        from scrm_desktop.i18n import install_translators
        from scrm_desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.session_password = dialog.session_password
        self.settings = config.Settings.load()
        if not self.args.lang and self.settings.language != self.language:
            # No window is open yet, so the new language can apply right away.
            for translator in self.translators:
                self.app.removeTranslator(translator)
            self.language = self.settings.language
            self.translators = install_translators(self.app, self.language)
        return True

    def run(self) -> int:
        from scrm_desktop.views.context import AppContext
        from scrm_desktop.views.main_window import MainWindow

        while True:
            database = connect(self.database_url())
            if isinstance(database, DatabaseError):
                if not offer_settings(database):
                    return 1
                if not self.open_settings():
                    return 0
                continue
            outcome = sign_in(database, self.settings, demo=self.args.demo)
            if outcome is None or outcome == "settings":
                database.dispose()
                if outcome is None or not self.open_settings():
                    return 0
                continue
            window = MainWindow(AppContext(database, outcome, self.settings))
            if self.args.screenshot is not None:
                return take_screenshots(window, self.args.screenshot)
            signed_out = run_main_window(self.app, window.ctx, window)
            database.dispose()
            if not signed_out:
                return 0
            self.args.demo = False  # after signing out, show the normal login


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from scrm_desktop.views.errors import install_excepthook, setup_logging

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("SCRM Desktop")
    app.setApplicationVersion(__version__)
    setup_logging()
    install_excepthook()
    register_fonts()
    app.aboutToQuit.connect(lambda: _drop_own_clipboard(app))
    return Bootstrap(app, args).run()


def _drop_own_clipboard(app: QApplication) -> None:
    """Take workflow fragments copied in the designer off the clipboard before quitting: they mean
    nothing to other programs, and data of ours still on the clipboard when the process ends
    crashes it on some platforms (offscreen, seen in tests)."""
    from scrm_desktop.workflow_designer.labels import MIME_FRAGMENT

    data = app.clipboard().mimeData()
    if data is not None and data.hasFormat(MIME_FRAGMENT):
        app.clipboard().clear()


def run_main_window(app: QApplication, ctx: AppContext, window: MainWindow) -> bool:
    """Show the window until it closes; True when the user signed out (rather than quit)."""
    _force_password_change(ctx, window)
    signed_out = False

    def sign_out() -> None:
        nonlocal signed_out
        signed_out = True
        window.close()

    window.sign_out_requested.connect(sign_out)
    window.show()
    app.exec()
    return signed_out


def sign_in(database: Database, settings: Settings, *, demo: bool) -> Actor | Literal["settings"] | None:
    """Return the signed-in Actor, ``"settings"`` when the user asked for settings, or None."""
    from PySide6.QtWidgets import QDialog

    from scrm_desktop.services import demo as demo_data
    from scrm_desktop.services import users
    from scrm_desktop.views.login_dialog import FirstAdminDialog, LoginDialog

    with database.session() as session:
        empty = not users.has_users(session)
    if demo:
        if empty:
            with database.session() as session:
                demo_data.load_demo(session)
        with database.session() as session:
            return users.authenticate(session, demo_data.DEMO_ADMIN, demo_data.DEMO_PASSWORD)
    if empty:
        first = FirstAdminDialog(database)
        return first.actor if first.exec() == QDialog.DialogCode.Accepted else None
    login = LoginDialog(database, settings)
    if login.exec() == QDialog.DialogCode.Accepted:
        return login.actor
    return "settings" if login.settings_requested else None


def _force_password_change(ctx: AppContext, window: MainWindow) -> None:
    from scrm_desktop.services import users
    from scrm_desktop.views.login_dialog import ChangePasswordDialog

    if ctx.actor.user_id is None:
        return
    with ctx.db.session() as session:
        me = users.get_user(session, ctx.actor, ctx.actor.user_id)
    if me.must_change_password:
        ChangePasswordDialog(ctx, window, forced=True).exec()


def take_screenshots(window: MainWindow, folder: Path) -> int:
    """Render every page of ``window`` (and the main dialogs) to PNG files in ``folder``."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QWidget

    from scrm_desktop.views import tasks
    from scrm_desktop.views.login_dialog import FirstAdminDialog, LoginDialog
    from scrm_desktop.views.settings_dialog import SettingsDialog

    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1440, 900)
    window.show()
    written: list[Path] = []
    for key in window.page_keys():
        window.navigate(key)
        # Pages that load in the background (customers, dashboard) are shot once they are filled.
        deadline = time.monotonic() + 60
        while tasks.busy() and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        for _ in range(3):
            QApplication.processEvents()
        path = folder / f"{key}.png"
        window.grab().save(str(path))
        written.append(path)
    written.extend(_workflow_designer_shots(window, folder))
    written.extend(_form_designer_shots(window, folder))
    settings = SettingsDialog(window.ctx.settings, window.ctx)
    shots: list[tuple[str, QWidget, Callable[[], object] | None]] = [
        ("dialog-login", LoginDialog(window.ctx.db, window.ctx.settings), None),
        ("dialog-first-admin", FirstAdminDialog(window.ctx.db), None),
        ("dialog-settings", settings, lambda: settings.tabs.setCurrentIndex(0)),
        ("dialog-settings-language", settings, lambda: settings.tabs.setCurrentIndex(1)),
        ("dialog-settings-company", settings, lambda: settings.tabs.setCurrentIndex(2)),
    ]
    shots.extend(_work_order_shots(window))
    shots.extend(_statement_shots(window))
    for name, dialog, prepare in shots:
        if prepare is not None:
            prepare()
        dialog.show()
        QApplication.processEvents()
        path = folder / f"{name}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
    window.close()
    for path in written:
        print(path)  # noqa: T201 - the screenshot mode reports what it wrote
    return 0


def _workflow_designer_shots(window: MainWindow, folder: Path) -> list[Path]:
    """The workflow designer with a gateway's connection selected, so its condition editor shows."""
    from PySide6.QtWidgets import QApplication

    from scrm_desktop.services import workflow_graph as wg
    from scrm_desktop.views.pages.workflows import WorkflowsPage

    if "workflows" not in window.page_keys():
        return []
    page = window.navigate("workflows")
    if not isinstance(page, WorkflowsPage):
        return []
    designer = page.designer
    graph = designer.model.graph
    edge = next(
        (e for n in graph.nodes.values() if n.type == wg.EXCLUSIVE for e in graph.outgoing(n.id) if e.condition),
        None,
    )
    if edge is None:
        return []
    designer.scene.select_item(edge_id=edge.id)
    for _ in range(3):
        QApplication.processEvents()
    path = folder / "workflows-condition.png"
    window.grab().save(str(path))
    designer.scene.clearSelection()
    return [path]


def _form_designer_shots(window: MainWindow, folder: Path) -> list[Path]:
    """The form designer with a field selected (its properties shown), then its live preview."""
    from PySide6.QtWidgets import QApplication

    from scrm_desktop.views.pages.forms import FormsPage
    from scrm_desktop.workflow_designer.form_designer import DESIGN_TAB

    if "forms" not in window.page_keys():
        return []
    page = window.navigate("forms")
    if not isinstance(page, FormsPage) or page.designer.key is None:
        return []
    designer = page.designer
    model = designer.model
    keys = model.field_keys()
    if not keys:
        return []
    # A field with a rule shows the most of the properties panel.
    ruled = [k for k in keys if model.field(k).visible_when or model.field(k).required_when]
    designer.canvas.select((ruled or keys)[0])
    written = []
    for name, show in (("forms-field", None), ("forms-preview", designer.show_preview)):
        if show is not None:
            show()
        for _ in range(3):
            QApplication.processEvents()
        path = folder / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)
    designer.tabs.setCurrentIndex(DESIGN_TAB)
    designer.canvas.select(None)
    return written


def _work_order_shots(window: MainWindow) -> list[tuple[str, Any, Callable[[], object] | None]]:
    """The work-order editor on a completed (frozen) and on an open (preview) work order, if any."""
    from scrm_desktop.services import work_orders as wo
    from scrm_desktop.services.errors import ScrmError
    from scrm_desktop.views.work_order_editor import WorkOrderDialog

    ctx = window.ctx
    shots: list[tuple[str, Any, Callable[[], object] | None]] = []
    wanted = (("dialog-work-order-completed", ("completed",)), ("dialog-work-order-open", wo.OPEN_STATUSES))
    for name, statuses in wanted:
        try:
            with ctx.db.session() as session:
                page = wo.list_work_orders(session, ctx.actor, wo.WorkOrderFilter(statuses=statuses), limit=1)
        except ScrmError:
            continue
        if page.rows:
            shots.append((name, WorkOrderDialog(ctx, page.rows[0].id), None))
    flow_order = _work_order_in_flow(ctx)
    if flow_order is not None:
        dialog = WorkOrderDialog(ctx, flow_order)
        shots.append(("dialog-work-order-flow", dialog, lambda: dialog.tabs.setCurrentWidget(dialog.flow_panel)))
    return shots


def _work_order_in_flow(ctx: Any) -> Any:
    """An open work order whose workflow has moved a few steps (for the 流程 tab), if any."""
    from scrm_desktop.services import work_orders as wo
    from scrm_desktop.services import workflow_engine
    from scrm_desktop.services.errors import ScrmError

    try:
        with ctx.db.session() as session:
            page = wo.list_work_orders(session, ctx.actor, wo.WorkOrderFilter(statuses=("in_progress",)), limit=20)
            for row in page.rows:
                state = workflow_engine.flow_state(session, ctx.actor, row.id)
                if state is not None and state.status == "running" and len(state.history) > 2:
                    return row.id
    except ScrmError:
        return None
    return None


def _statement_shots(window: MainWindow) -> list[tuple[str, Any, Callable[[], object] | None]]:
    """The PDF preview of a statement (issued ones first), if there is one."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from scrm_desktop.services import statements
    from scrm_desktop.services.errors import ScrmError
    from scrm_desktop.views.statement_preview import StatementPreviewDialog

    ctx = window.ctx
    try:
        with ctx.db.session() as session:
            rows = statements.list_statements(session, ctx.actor)
    except ScrmError:
        return []
    if not rows:
        return []
    dialog = StatementPreviewDialog(ctx, min(rows, key=lambda r: r.status != "issued"))

    def rendered() -> None:
        deadline = time.monotonic() + 60
        while dialog.is_rendering() and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        dialog.show()  # the view draws its pages on threads of its own once it is shown
        settle = time.monotonic() + 1.5
        while time.monotonic() < settle:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    return [("dialog-statement-pdf", dialog, rendered)]


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)


if __name__ == "__main__":
    raise SystemExit(main())
