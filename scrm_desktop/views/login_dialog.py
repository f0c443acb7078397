"""Signing in: the login dialog, the first-administrator dialog and changing a password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.resources import icon
from scrm_desktop.services import users
from scrm_desktop.services.errors import ScrmError, ValidationError
from scrm_desktop.services.permissions import Actor
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error, show_error
from scrm_desktop.views.widgets import error_label


def _header(title: str, subtitle: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    logo = QLabel()
    logo.setPixmap(icon("mdi6.tools", color="#1565c0").pixmap(44, 44))
    layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
    head = QLabel(title)
    head.setStyleSheet("font-size: 20px; font-weight: 600;")
    layout.addWidget(head, 0, Qt.AlignmentFlag.AlignHCenter)
    sub = QLabel(subtitle)
    sub.setStyleSheet("color: #607d8b;")
    sub.setWordWrap(True)
    sub.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(sub)
    return box


class LoginDialog(QDialog):
    """Asks for user name and password; ``actor`` is set when the dialog is accepted.

    ``settings_requested`` is set when the user pressed "Database settings…" (the app then
    opens the settings dialog and reconnects).
    """

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.actor: Actor | None = None
        self.settings_requested = False
        self.setWindowTitle(self.tr("Sign in — SCRM Desktop"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(_header(self.tr("SCRM Desktop"), db.describe()))
        form = QFormLayout()
        self.username = QLineEdit(settings.last_username)
        self.username.setPlaceholderText(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.settings_button = QPushButton(icon("mdi6.database-cog-outline"), self.tr("Database settings…"))
        self.button_box.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.settings_button.clicked.connect(self._ask_settings)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        (self.password if settings.last_username else self.username).setFocus()

    def _ask_settings(self) -> None:
        self.settings_requested = True
        self.reject()

    def accept(self) -> None:
        try:
            with self.db.session() as session:
                self.actor = users.authenticate(
                    session, self.username.text(), self.password.text(), timezone=self.settings.timezone
                )
        except ScrmError as exc:
            self.error.setText(describe_error(exc))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        if self.settings.last_username != self.actor.username:
            self.settings.last_username = self.actor.username
            self.settings.save()
        super().accept()


class FirstAdminDialog(QDialog):
    """On an empty database: create the administrator account (the first user)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator — SCRM Desktop"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(
            _header(
                self.tr("Welcome to SCRM Desktop"),
                self.tr(
                    "This database has no users yet. Create the administrator account; "
                    "the administrator then creates everyone else's."
                ),
            )
        )
        form = QFormLayout()
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("e.g. 张伟"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least {n} characters").format(n=users.MIN_PASSWORD_LENGTH))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.confirm)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create and sign in"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.display_name.setFocus()
        self.fields = {"username": self.username, "display_name": self.display_name, "password": self.password}

    def _fail(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        self.error.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def accept(self) -> None:
        if self.password.text() != self.confirm.text():
            self._fail(self.tr("The two passwords differ."), "password")
            return
        try:
            with self.db.session() as session:
                self.actor = users.create_first_admin(
                    session,
                    username=self.username.text(),
                    display_name=self.display_name.text(),
                    password=self.password.text(),
                )
        except ScrmError as exc:
            self._fail(describe_error(exc), exc.field)
            return
        super().accept()


class ChangePasswordDialog(QDialog):
    """The signed-in user changes their own password (forced after an administrator's reset)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("An administrator set a temporary password. Choose your own password now."))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.confirm = QLineEdit()
        for edit in (self.old, self.new, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.confirm)
        layout.addLayout(form)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    def accept(self) -> None:
        try:
            if self.new.text() != self.confirm.text():
                raise ValidationError(self.tr("The two new passwords differ."), field="new_password")
            with self.ctx.db.session() as session:
                users.change_own_password(session, self.ctx.actor, self.old.text(), self.new.text())
        except ScrmError as exc:
            show_error(self, exc)
            return
        super().accept()
