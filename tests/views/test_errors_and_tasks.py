"""The one error dialog, the crash dialog, and the background-task helper."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from scrm_desktop.services.progress import Progress
from scrm_desktop.views.errors import CrashDialog, log_file, setup_logging, show_error
from scrm_desktop.views.tasks import run_task


def test_scrm_error_is_a_plain_translated_message_naming_the_row(qtbot: QtBot) -> None:
    exc = ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The name must not be empty."), field="display_name", row=7)
    dialog = show_error(None, exc)  # deletes itself on close: not handed to qtbot
    assert isinstance(dialog, QMessageBox)
    assert dialog.text() == "第 7 行：名称不能为空。"
    dialog.close()


def test_unexpected_error_gets_the_crash_dialog_with_copyable_traceback(qtbot: QtBot) -> None:
    setup_logging()
    try:
        raise RuntimeError("boom in the importer")
    except RuntimeError as exc:
        dialog = show_error(None, exc)
    assert isinstance(dialog, CrashDialog)
    assert str(log_file()) in dialog.message.text()
    assert not dialog.text.isVisibleTo(dialog), "the traceback stays behind a button"
    dialog.details_button.click()
    assert dialog.text.isVisibleTo(dialog)
    assert "RuntimeError: boom in the importer" in dialog.text.toPlainText()
    dialog.copy_button.click()
    assert "boom in the importer" in QGuiApplication.clipboard().text()
    assert "boom in the importer" in log_file().read_text(encoding="utf-8"), "the crash is in the log file"
    dialog.close()


def test_background_task_runs_off_the_ui_thread_and_returns_its_result(qtbot: QtBot) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["thread"] = threading.get_ident()
        total = 0
        for i in range(1, 101):
            total += i
            progress.update(i, 100, "counting")
        return total

    task = run_task(None, work, title="测试")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.result == 5050
    assert seen["thread"] != ui_thread
    assert task.error is None


def test_background_task_can_be_cancelled(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        release.wait(5)
        for i in range(1000):
            progress.update(i, 1000)  # raises Cancelled once cancel was pressed

    task = run_task(None, work, title="测试")
    cancelled: list[bool] = []
    task.cancelled.connect(lambda: cancelled.append(True))
    assert started.wait(5)
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button is not None
    cancel_button.click()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert cancelled == [True]
    assert task.result is None


def test_background_task_failure_reaches_the_error_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("scrm_desktop.views.tasks.show_error", lambda parent, exc: shown.append(exc))

    def work(progress: Progress) -> None:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The name must not be empty."), field="display_name")

    task = run_task(None, work, title="测试")
    failed: list[BaseException] = []
    task.failed.connect(failed.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert len(shown) == 1 and isinstance(shown[0], ValidationError)
    assert failed == shown
