"""The one background-task helper: run a plain function off the UI thread.

    task = run_task(parent, work, title=self.tr("Importing…"))
    task.succeeded.connect(on_done)          # result of work(progress)
    task.failed.connect(...)                 # default: show_error(parent, exc)

``work`` is a Qt-free callable taking a ``services.progress.Progress``; it reports with
``progress.update(done, total, text)`` and stops with ``Cancelled`` when the user cancels
(each call of ``update`` checks). A modal progress dialog with a Cancel button appears when
the work takes longer than a moment; the UI stays responsive throughout.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from scrm_desktop.services.errors import Cancelled
from scrm_desktop.services.progress import Progress
from scrm_desktop.views.errors import show_error

log = logging.getLogger(__name__)
Work = Callable[[Progress], Any]

_running: set[BackgroundTask] = set()  # keeps tasks alive until they finish


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work = work
        self.progress = progress
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:
            self.signals.error.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundTask(QObject):
    """A running piece of work.

    Signals:
        succeeded(object): the work returned this result.
        failed(object): the work raised this exception (after the default error dialog).
        cancelled(): the user cancelled and the work stopped.
        finished(): emitted last, whatever the outcome.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Work,
        *,
        title: str,
        cancellable: bool = True,
        show_errors: bool = True,
        min_duration_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.show_errors = show_errors
        self.progress = Progress(self._report)
        self.result: Any = None
        self.error: BaseException | None = None
        self.is_finished = False
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._signals.error.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(min_duration_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self._runnable = _Runnable(work, self.progress, self._signals)

    def start(self) -> BackgroundTask:
        _running.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.progress.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _report(self, done: int, total: int, text: str) -> None:
        # Called on the worker thread: hand over to the UI thread.
        self._signals.progress.emit(done, total, text)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.is_finished:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text and not self.progress.cancelled:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.is_finished = True
        self.dialog.close()
        self.dialog.deleteLater()
        _running.discard(self)
        self.finished.emit()

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.result = result
        self.succeeded.emit(result)
        self._finish()

    @Slot(object)
    def _on_error(self, exc: BaseException) -> None:
        self.error = exc
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            if self.show_errors:
                show_error(self.parent_widget, exc)
            self.failed.emit(exc)
        self._finish()


def busy() -> bool:
    """Whether any background task is still running (the screenshot mode waits for them)."""
    return bool(_running)


def run_task(
    parent: QWidget | None, work: Work, *, title: str, cancellable: bool = True, show_errors: bool = True
) -> BackgroundTask:
    """Start ``work(progress)`` on the thread pool and return the task (connect its signals)."""
    return BackgroundTask(parent, work, title=title, cancellable=cancellable, show_errors=show_errors).start()
