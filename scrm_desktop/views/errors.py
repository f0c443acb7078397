"""The one error dialog and the one crash dialog.

``show_error(parent, exc)`` is what every view calls when an action fails: a ``ScrmError``
gets a plain message (translated, naming the field or row); anything else is a crash and gets
the crash dialog with the traceback behind a button, a copy button and the log file's path.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.config import log_dir
from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services.errors import ScrmError

log = logging.getLogger("scrm_desktop")
LOG_FILE_NAME = "scrm-desktop.log"


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the user log directory (5 files of 2 MB)."""
    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and h.baseFilename == str(path) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path


def describe_error(exc: ScrmError) -> str:
    """The translated message, prefixed with the row when the error names one."""
    message = error_message(exc)
    if exc.row is not None:
        return QCoreApplication.translate("ErrorDialog", "Row {row}: {message}").format(row=exc.row, message=message)
    return message


class CrashDialog(QDialog):
    """Shown for unexpected exceptions: what happened, the log path, and the traceback to copy."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(560)
        self.details = details
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon("mdi6.alert-octagon", color="#c62828").pixmap(40, 40))
        head.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(
            self.tr(
                "Something went wrong that SCRM Desktop did not expect. Your last action was not saved.\n"
                "The details were written to the log file:\n{path}"
            ).format(path=log_file())
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.message, 1)
        layout.addLayout(head)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setVisible(False)
        self.text.setMinimumHeight(220)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _toggle(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_error(parent: QWidget | None, exc: BaseException) -> QDialog:
    """Show ``exc`` to the user (non-modal; returns the dialog so tests can read and close it)."""
    dialog: QDialog
    if isinstance(exc, ScrmError):
        log.info("refused: %s", exc)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Cannot do that"))
        box.setText(describe_error(exc))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        dialog = box
    else:
        log.error("unexpected error", exc_info=exc)
        dialog = CrashDialog(format_exception(exc), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    dialog.show()
    return dialog


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to the crash dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        show_error(None, exc)

    sys.excepthook = hook
