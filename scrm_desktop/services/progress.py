"""Progress reporting and cancellation for long work, without Qt.

A long-running service function takes a ``Progress`` and calls ``step``/``update`` as it goes;
``update`` raises ``Cancelled`` once the user pressed cancel, so the caller's transaction rolls
back and nothing is half-written. The GUI's background helper (``views/tasks.py``) passes one
wired to a progress dialog; the CLI and tests pass a plain one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from scrm_desktop.services.errors import Cancelled

Listener = Callable[[int, int, str], None]


class Progress:
    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.text = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def update(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Report ``done`` of ``total`` units; raises ``Cancelled`` when cancel was asked for."""
        self.done = done
        if total is not None:
            self.total = total
        if text is not None:
            self.text = text
        if self._listener is not None:
            self._listener(self.done, self.total, self.text)
        self.check()

    def step(self, n: int = 1) -> None:
        self.update(self.done + n)
