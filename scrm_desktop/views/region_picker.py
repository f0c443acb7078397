"""A line edit for one region: type a name, a path or a code, or pick from the completer.

The completer lists every region as ``广东省 / 深圳市 / 南山区 (440305)`` and matches anywhere in
that text, so 南山, 深圳 or 4403 all find it. ``code()`` is what the user meant: the code in the
text, or the region whose name, short name or path is exactly the text (when only one has it).
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from scrm_desktop.services.regions import region_index

CODE_AT_END = re.compile(r"(?:^|\()\s*(\d{6})\s*\)?\s*$")


@functools.cache
def region_entries() -> tuple[str, ...]:
    """``path (code)`` of every region, provinces first, then by code."""
    index = region_index()
    regions = sorted(index, key=lambda r: (r.code[:2], r.level, r.code))
    return tuple(f"{index.path_name(r.code)} ({r.code})" for r in regions)


def entry_of(code: str) -> str:
    """The completer's text for ``code`` (the bare code when it is unknown)."""
    index = region_index()
    return f"{index.path_name(code)} ({code})" if code in index else code


def resolve_region_text(text: str) -> str | None:
    """The region code ``text`` names, or None when it names none or several.

    Accepts ``440305``, ``… (440305)`` as the completer writes it, and an exact name, short
    name or ``/``-separated path (``南山区``, ``广西``, ``广东省 / 深圳市``).
    """
    text = text.strip()
    if not text:
        return None
    index = region_index()
    match = CODE_AT_END.search(text)
    if match is not None:
        return match.group(1) if match.group(1) in index else None
    compact = "".join(text.split())
    last = compact.rsplit("/", 1)[-1]
    found = [
        r.code
        for r in index.search(last)
        if compact in (r.name, r.short, *r.aliases, "".join(index.path_name(r.code).split()))
    ]
    return found[0] if len(found) == 1 else None


class RegionPicker(QLineEdit):
    """One region, typed or picked; ``code()`` is None while the text names no single region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Type a name or a six-digit code, e.g. 南山区 or 440305"))
        self.setClearButtonEnabled(True)
        completer = QCompleter(self)
        completer.setModel(QStringListModel(list(region_entries()), completer))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)

    def code(self) -> str | None:
        return resolve_region_text(self.text())

    def is_empty(self) -> bool:
        return not self.text().strip()

    def set_code(self, code: str | None) -> None:
        self.setText(entry_of(code) if code else "")
