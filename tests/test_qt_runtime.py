"""The Qt binding the app runs on must not corrupt the interpreter.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without owning a reference, and
loses a reference to ``None`` whenever a Python model's ``data()`` returns None; the interpreter
aborts after enough of them (pyproject.toml excludes that release). This test catches such a build before a
user's session crashes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for i in range(200):
        emitter.changed.emit(i)
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert received == list(range(200))
    # Allow a little slack for references taken elsewhere meanwhile; a leak of one per emit is 200.
    assert all(abs(a - b) < 20 for a, b in zip(after, before, strict=True)), (before, after)


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None  # what every model returns for the roles it does not serve


def test_models_returning_none_keep_reference_counts_intact() -> None:
    model = _NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(200):
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert abs(sys.getrefcount(None) - before) < 20
