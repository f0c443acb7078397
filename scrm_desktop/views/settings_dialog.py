"""The settings dialog: which database to open, the interface language, the company details.

Database and language are per-machine settings (``config.Settings``, a JSON file); they apply
after a restart, which the dialog reports in ``restart_required``. A PostgreSQL password is never
saved: it stays in memory (``session_password``) for the running application. The company
details live in the database and are changed through ``services.company``.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from scrm_desktop.config import (
    LANGUAGES,
    Settings,
    default_database_url,
    normalize_url,
    sqlite_url,
    url_without_password,
)
from scrm_desktop.db import ConnectionInfo, probe_database
from scrm_desktop.i18n import LANGUAGE_NAMES, error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import company
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ScrmError, ValidationError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.tasks import BackgroundTask, run_task

log = logging.getLogger(__name__)

SSL_MODES = ("prefer", "require", "disable")
DEFAULT_PG_PORT = 5432
LOGO_PREVIEW_SIZE = QSize(200, 80)
DEFAULT_SIZE = QSize(640, 600)


def failure_reason(exc: BaseException) -> str:
    """A short, user-readable reason for a failed connection (the driver's own message)."""
    if isinstance(exc, ScrmError):
        return error_message(exc)
    message = str(exc.orig) if isinstance(exc, DBAPIError) and exc.orig is not None else str(exc)
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    if not lines:
        return exc.__class__.__name__
    # psycopg starts with "connection failed: "; the dialog already says so.
    return re.sub(r"^connection failed:\s*", "", lines[0], flags=re.IGNORECASE)


def failure_details(exc: BaseException) -> str:
    """The driver's complete message (for a tooltip)."""
    return str(exc.orig) if isinstance(exc, DBAPIError) and exc.orig is not None else str(exc)


# --- the dialog --------------------------------------------------------------------------------


def _note(text_: str) -> QLabel:
    """A wrapped, muted explanation line."""
    label = QLabel(text_)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


class SettingsDialog(QDialog):
    """Database, language and company settings.

    After ``accept()``: the settings were saved, ``restart_required`` says whether the database
    or the language changed (both apply after a restart), and ``session_password`` holds the
    PostgreSQL password typed in (never saved) for the running application to use.
    """

    def __init__(self, settings: Settings, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ctx = ctx
        self.restart_required = False
        self.session_password = ""
        self.last_test_ok: bool | None = None
        self._test_task: BackgroundTask | None = None
        self._tested_url = ""
        self._company_row: company.CompanyRow | None = None
        self._company_editable = False
        self._logo: bytes | None = None

        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.database_tab = self._build_database_tab()
        self.language_tab = self._build_language_tab()
        self.company_tab = self._build_company_tab()
        self.tabs.addTab(self.database_tab, icon("mdi6.database-outline"), self.tr("Database"))
        self.tabs.addTab(self.language_tab, icon("mdi6.translate"), self.tr("Language"))
        self.tabs.addTab(self.company_tab, icon("mdi6.domain"), self.tr("Company"))
        layout.addWidget(self.tabs)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

        self._load_database(settings.database_url)
        self._initial_url = self._build_url(include_password=False)
        self._update_database_mode()
        self._update_url_label()
        # Wrapped notes need height the size hint does not ask for (top-level windows ignore
        # height-for-width), so start with room to spare.
        self.resize(self.sizeHint().expandedTo(DEFAULT_SIZE))

    # --- database tab --------------------------------------------------------------------------

    def _build_database_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        kind_box = QGroupBox(self.tr("Where the data is stored"))
        kind_layout = QVBoxLayout(kind_box)
        self.sqlite_radio = QRadioButton(self.tr("SQLite file (this computer)"))
        self.postgres_radio = QRadioButton(self.tr("PostgreSQL server (shared)"))
        self.database_kind = QButtonGroup(self)
        self.database_kind.addButton(self.sqlite_radio)
        self.database_kind.addButton(self.postgres_radio)
        kind_layout.addWidget(self.sqlite_radio)
        kind_layout.addWidget(self.postgres_radio)
        layout.addWidget(kind_box)

        # Only the box of the chosen kind is shown, so the tab is as tall as what it holds.
        self.sqlite_box = self._build_sqlite_box()
        self.postgres_box = self._build_postgres_box()
        layout.addWidget(self.sqlite_box)
        layout.addWidget(self.postgres_box)

        url_row = QHBoxLayout()
        url_row.addWidget(QLabel(self.tr("Connection URL:")), 0, Qt.AlignmentFlag.AlignTop)
        self.url_label = QLabel()
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        self.url_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        url_row.addWidget(self.url_label, 1)
        layout.addLayout(url_row)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(icon("mdi6.lan-connect"), self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        self.test_status = QLabel()
        self.test_status.setWordWrap(True)
        self.test_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Room for two lines, so a long failure reason does not make the dialog jump.
        self.test_status.setMinimumHeight(self.test_status.fontMetrics().lineSpacing() * 2 + 4)
        self.test_status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_status, 1)
        layout.addLayout(test_row)

        self.restart_note = _note(self.tr("A different database is opened after the application restarts."))
        layout.addWidget(self.restart_note)
        if os.environ.get("SCRM_DATABASE_URL"):
            self.environment_note = _note(
                self.tr("The environment variable SCRM_DATABASE_URL is set; it takes precedence over this setting.")
            )
            layout.addWidget(self.environment_note)
        if self.ctx is not None:
            layout.addWidget(_note(self.tr("Open now: {database}").format(database=self.ctx.db.describe())))
        layout.addStretch(1)

        self.database_kind.buttonToggled.connect(lambda *_: self._update_database_mode())
        for edit in (self.sqlite_path, self.pg_host, self.pg_database, self.pg_user, self.pg_password):
            edit.textChanged.connect(self._update_url_label)
        self.pg_port.valueChanged.connect(self._update_url_label)
        self.pg_sslmode.currentIndexChanged.connect(self._update_url_label)
        return page

    def _build_sqlite_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("SQLite file"))
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.sqlite_path = QLineEdit()
        self.sqlite_path.setMinimumWidth(320)
        self.sqlite_path.setPlaceholderText(self.tr("Path of the database file"))
        self.browse_button = QPushButton(icon("mdi6.folder-open-outline"), self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse_sqlite)
        row.addWidget(self.sqlite_path, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("File:"), row)
        form.addRow(
            _note(
                self.tr(
                    "One file on this computer: for a single office, also without a network. "
                    "A file that does not exist yet is created at start-up."
                )
            )
        )
        return box

    def _build_postgres_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("PostgreSQL server"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.pg_host = QLineEdit()
        self.pg_host.setPlaceholderText(self.tr("e.g. db.example.com"))
        self.pg_port = QSpinBox()
        self.pg_port.setRange(1, 65535)
        self.pg_port.setValue(DEFAULT_PG_PORT)
        self.pg_port.setGroupSeparatorShown(False)
        self.pg_port.setMinimumWidth(90)
        self.pg_database = QLineEdit()
        self.pg_database.setPlaceholderText(self.tr("e.g. scrm"))
        self.pg_user = QLineEdit()
        self.pg_user.setPlaceholderText(self.tr("Empty: your operating-system user name"))
        self.pg_password = QLineEdit()
        self.pg_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pg_sslmode = QComboBox()
        labels = {
            "prefer": self.tr("Prefer encryption"),
            "require": self.tr("Require encryption"),
            "disable": self.tr("No encryption"),
        }
        for mode in SSL_MODES:
            self.pg_sslmode.addItem(f"{labels[mode]} ({mode})", mode)
        form.addRow(self.tr("Host:"), self.pg_host)
        form.addRow(self.tr("Port:"), self.pg_port)
        form.addRow(self.tr("Database:"), self.pg_database)
        form.addRow(self.tr("User:"), self.pg_user)
        form.addRow(self.tr("Password:"), self.pg_password)
        form.addRow(self.tr("SSL mode:"), self.pg_sslmode)
        self.password_note = _note(
            self.tr(
                "The password is not saved. Put it in ~/.pgpass (or PGPASSWORD), or you will be asked "
                "for it when the app starts."
            )
        )
        form.addRow(self.password_note)
        return box

    def _load_database(self, saved_url: str) -> None:
        try:
            parsed = make_url(normalize_url(saved_url or default_database_url()))
        except ArgumentError:
            log.warning("ignoring the unreadable database URL in the settings")
            parsed = make_url(default_database_url())
        default_sqlite = make_url(default_database_url()).database or ""
        if parsed.get_backend_name() == "sqlite":
            self.sqlite_radio.setChecked(True)
            self.sqlite_path.setText(parsed.database or default_sqlite)
            return
        self.postgres_radio.setChecked(True)
        self.sqlite_path.setText(default_sqlite)
        self.pg_host.setText(parsed.host or "")
        self.pg_port.setValue(parsed.port or DEFAULT_PG_PORT)
        self.pg_database.setText(parsed.database or "")
        self.pg_user.setText(parsed.username or "")
        self.pg_password.setText(self._known_password(parsed))
        sslmode = parsed.query.get("sslmode", "prefer")
        index = self.pg_sslmode.findData(sslmode if isinstance(sslmode, str) else "prefer")
        self.pg_sslmode.setCurrentIndex(max(index, 0))

    def _known_password(self, parsed: URL) -> str:
        """The password this session already has for the saved server (so a test works at once)."""
        if parsed.password:
            return str(parsed.password)
        if self.ctx is None:
            return ""
        open_now = make_url(self.ctx.db.url)
        same_server = url_without_password(open_now.render_as_string(hide_password=False)) == url_without_password(
            parsed.render_as_string(hide_password=False)
        )
        return str(open_now.password or "") if same_server else ""

    def is_postgres(self) -> bool:
        return self.postgres_radio.isChecked()

    def _build_url(self, include_password: bool) -> str:
        if not self.is_postgres():
            path = self.sqlite_path.text().strip()
            return sqlite_url(path) if path else ""
        sslmode = str(self.pg_sslmode.currentData())
        url = URL.create(
            "postgresql+psycopg",
            username=self.pg_user.text().strip() or None,
            password=(self.pg_password.text() or None) if include_password else None,
            host=self.pg_host.text().strip() or None,
            port=self.pg_port.value(),
            database=self.pg_database.text().strip() or None,
            query={"sslmode": sslmode} if sslmode != "prefer" else {},
        )
        return url.render_as_string(hide_password=False)

    def database_url(self, include_password: bool = False) -> str:
        """The URL the widgets describe; with the password only for connecting, never for saving."""
        return self._build_url(include_password)

    def _check_database_input(self) -> None:
        """Raise ``ValidationError`` naming the field (the widget's attribute name) that is missing."""
        if not self.is_postgres():
            if not self.sqlite_path.text().strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Choose the file of the SQLite database."),
                    field="sqlite_path",
                )
            return
        if not self.pg_host.text().strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Enter the host name of the PostgreSQL server."),
                field="pg_host",
            )
        if not self.pg_database.text().strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Enter the name of the PostgreSQL database."),
                field="pg_database",
            )

    def _update_database_mode(self) -> None:
        self.sqlite_box.setVisible(not self.is_postgres())
        self.postgres_box.setVisible(self.is_postgres())
        self._update_url_label()

    def _update_url_label(self) -> None:
        url = self._build_url(include_password=False)
        self.url_label.setText(url or "—")
        if self._test_task is None and url != self._tested_url:
            self._set_test_status(None, "")

    def _browse_sqlite(self) -> None:
        current = self.sqlite_path.text().strip()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose the database file"),
            current,
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.sqlite_path.setText(path)

    def test_connection(self) -> None:
        """Connect with the entered details (password included, in memory) off the UI thread."""
        try:
            self._check_database_input()
        except ValidationError as exc:
            self._set_test_status(False, error_message(exc))
            return
        url = self._build_url(include_password=True)
        self._tested_url = self._build_url(include_password=False)
        self.test_button.setEnabled(False)
        self._set_test_status(None, self.tr("Connecting…"))
        task = run_task(
            self,
            lambda progress: probe_database(url, progress),
            title=self.tr("Testing the database connection…"),
            show_errors=False,
        )
        self._test_task = task
        task.succeeded.connect(self._on_test_succeeded)
        task.failed.connect(self._on_test_failed)
        task.cancelled.connect(lambda: self._set_test_status(None, self.tr("The test was cancelled.")))
        task.finished.connect(self._on_test_finished)

    def _on_test_succeeded(self, info: ConnectionInfo) -> None:
        if info.file_missing:
            message = self.tr("The file does not exist yet; it is created when the application starts.")
        elif info.revision is None:
            message = self.tr(
                "Connected: {server}. The database is empty; the tables are created when the application starts."
            ).format(server=info.server)
        elif not info.known_revision:
            message = self.tr(
                "Connected: {server}, schema revision {revision}, which is newer than this "
                "version of the application knows. Update the application first."
            ).format(server=info.server, revision=info.revision)
        elif info.revision == info.head:
            message = self.tr("Connected: {server}, schema revision {revision} (up to date).").format(
                server=info.server, revision=info.revision
            )
        else:
            message = self.tr(
                "Connected: {server}, schema revision {revision}; it is upgraded to {head} when the application starts."
            ).format(server=info.server, revision=info.revision, head=info.head)
        self._set_test_status(info.known_revision, message)

    def _on_test_failed(self, exc: BaseException) -> None:
        log.info("connection test failed: %s", exc)
        reason = failure_reason(exc)
        self._set_test_status(False, self.tr("Connection failed: {reason}").format(reason=reason))
        self.test_status.setToolTip(failure_details(exc).strip())

    def _on_test_finished(self) -> None:
        self._test_task = None
        self.test_button.setEnabled(True)

    def _set_test_status(self, ok: bool | None, message: str) -> None:
        self.last_test_ok = ok
        color = {True: "#2e7d32", False: "#c62828"}.get(ok) if ok is not None else None
        self.test_status.setStyleSheet(f"color: {color};" if color else "")
        self.test_status.setText(message)
        self.test_status.setToolTip("")

    # --- language tab --------------------------------------------------------------------------

    def _build_language_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language_combo = QComboBox()
        self.language_combo.setMinimumWidth(200)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        index = self.language_combo.findData(self.settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Interface language:"), self.language_combo)
        form.addRow(_note(self.tr("The new language applies after the application restarts.")))
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    def language(self) -> str:
        return str(self.language_combo.currentData())

    # --- company tab ---------------------------------------------------------------------------

    def _build_company_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if self.ctx is None:
            self.company_note = _note(
                self.tr("The company details are stored in the database. Sign in to see or change them.")
            )
            layout.addWidget(self.company_note)
            layout.addStretch(1)
            return page
        try:
            with self.ctx.db.session() as session:
                self._company_row = company.get_company(session)
        except SQLAlchemyError as exc:
            log.warning("cannot load the company details", exc_info=exc)
            reason = failure_reason(exc)
            self.company_note = _note(
                self.tr("The company details could not be loaded: {reason}").format(reason=reason)
            )
            layout.addWidget(self.company_note)
            layout.addStretch(1)
            return page
        self._company_editable = self.ctx.actor.can(Permission.EDIT_COMPANY)
        if self._company_editable:
            self.company_note = _note(self.tr("Settlement statements print these details."))
        else:
            self.company_note = _note(
                self.tr("Settlement statements print these details. You may not change them; ask an administrator.")
            )
        layout.addWidget(self.company_note)
        layout.addWidget(self._build_company_details_box())
        layout.addWidget(self._build_logo_box())
        layout.addStretch(1)
        self._show_company(self._company_row)
        for widget in self.company_fields().values():
            widget.setEnabled(self._company_editable)
        self.logo_remove_button.setEnabled(self._company_editable and self._logo is not None)
        return page

    def _build_company_details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Company details"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.company_name = QLineEdit()
        self.company_name.setMaxLength(200)
        self.company_tax_id = QLineEdit()
        self.company_tax_id.setMaxLength(18)
        self.company_tax_id.setPlaceholderText(self.tr("18 characters"))
        self.company_address = QLineEdit()
        self.company_address.setMaxLength(300)
        self.company_phone = QLineEdit()
        self.company_phone.setMaxLength(40)
        self.company_branch_code = QLineEdit()
        self.company_branch_code.setMaxLength(16)
        self.company_branch_code.setMaximumWidth(120)
        self.company_branch_code.setPlaceholderText(self.tr("e.g. GZ"))
        form.addRow(self.tr("Name:"), self.company_name)
        form.addRow(self.tr("Unified social credit code:"), self.company_tax_id)
        form.addRow(self.tr("Address:"), self.company_address)
        form.addRow(self.tr("Phone:"), self.company_phone)
        form.addRow(self.tr("Branch code:"), self.company_branch_code)
        form.addRow(
            "", _note(self.tr("Part of every document number, e.g. WO-GZ-… and JS-GZ-…; capital letters and digits."))
        )
        return box

    def _build_logo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Logo"))
        row = QHBoxLayout(box)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW_SIZE + QSize(8, 8))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        self.logo_choose_button = QPushButton(icon("mdi6.image-outline"), self.tr("Choose…"))
        self.logo_choose_button.clicked.connect(self._choose_logo)
        self.logo_remove_button = QPushButton(icon("mdi6.close"), self.tr("Remove"))
        self.logo_remove_button.clicked.connect(lambda: self.set_logo(None))
        buttons.addWidget(self.logo_choose_button)
        buttons.addWidget(self.logo_remove_button)
        buttons.addWidget(_note(self.tr("PNG or JPEG, at most 1 MB.")))
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        return box

    def company_fields(self) -> dict[str, QWidget]:
        """The company widgets by the field names ``services.company`` uses in its errors."""
        if self._company_row is None:
            return {}
        return {
            "name": self.company_name,
            "tax_id": self.company_tax_id,
            "address": self.company_address,
            "phone": self.company_phone,
            "branch_code": self.company_branch_code,
            "logo_png": self.logo_choose_button,
        }

    def _show_company(self, row: company.CompanyRow) -> None:
        self.company_name.setText(row.name)
        self.company_tax_id.setText(row.tax_id)
        self.company_address.setText(row.address)
        self.company_phone.setText(row.phone)
        self.company_branch_code.setText(row.branch_code)
        self.set_logo(row.logo_png)

    def set_logo(self, data: bytes | None) -> None:
        """Use ``data`` (PNG or JPEG bytes) as the logo, or none; the service checks it when saving."""
        self._logo = data
        self.logo_remove_button.setEnabled(self._company_editable and data is not None)
        if data is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("Not an image"))
            return
        self.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def logo(self) -> bytes | None:
        return self._logo

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the company logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            show_error(
                self,
                ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Cannot read {path}: {reason}"),
                    field="logo_png",
                    path=path,
                    reason=exc.strerror or str(exc),
                ),
            )
            return
        self.set_logo(data)

    def _company_values(self) -> dict[str, str]:
        return {
            "name": self.company_name.text(),
            "tax_id": self.company_tax_id.text(),
            "address": self.company_address.text(),
            "phone": self.company_phone.text(),
            "branch_code": self.company_branch_code.text(),
        }

    def company_changed(self) -> bool:
        row = self._company_row
        if row is None:
            return False
        saved = {
            "name": row.name,
            "tax_id": row.tax_id,
            "address": row.address,
            "phone": row.phone,
            "branch_code": row.branch_code,
        }
        return self._company_values() != saved or self._logo != row.logo_png

    def save_company(self) -> bool:
        """Save the company details when editable and changed; on refusal show why and return False."""
        if self.ctx is None or self._company_row is None:
            return True
        if not self._company_editable or not self.company_changed():
            return True
        try:
            with self.ctx.db.session() as session:
                self._company_row = company.update_company(
                    session,
                    self.ctx.actor,
                    expected_version=self._company_row.version,
                    logo_png=self._logo,
                    **self._company_values(),
                )
        except ScrmError as exc:
            show_error(self, exc)
            self._focus_field(self.company_tab, self.company_fields().get(exc.field or ""))
            return False
        self._show_company(self._company_row)
        return True

    # --- OK ------------------------------------------------------------------------------------

    def _focus_field(self, tab: QWidget, widget: QWidget | None) -> None:
        self.tabs.setCurrentWidget(tab)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def accept(self) -> None:
        """Validate, save the company details, then the settings; stay open when anything is refused."""
        try:
            self._check_database_input()
        except ValidationError as exc:
            show_error(self, exc)
            widget = getattr(self, exc.field or "", None)
            self._focus_field(self.database_tab, widget if isinstance(widget, QWidget) else None)
            return
        if not self.save_company():
            return
        url = self._build_url(include_password=False)
        database_changed = url != self._initial_url
        language_changed = self.language() != self.settings.language
        if database_changed:
            self.settings.database_url = url
        self.settings.language = self.language()
        self.settings.save()
        self.session_password = self.pg_password.text() if self.is_postgres() else ""
        self.restart_required = database_changed or language_changed
        super().accept()
