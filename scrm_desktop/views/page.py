"""Base class of the pages in the main window's navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from scrm_desktop.views.context import AppContext


class Page(QWidget):
    """A page shown in the main window. ``refresh()`` reloads its data from the services."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload the page's data; called when the page is shown."""

    def has_unsaved_changes(self) -> bool:
        return False
