"""Base class of the pages in the main window's navigation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from scrm_desktop.resources import icon
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.widgets import hint_label, page_title


class Page(QWidget):
    """A page shown in the main window. ``refresh()`` reloads its data from the services."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def header_layout(self, title: str, description: str) -> QVBoxLayout:
        """The page's main layout, opened by its title and a sentence on what the page is for."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(page_title(title))
        layout.addWidget(hint_label(description))
        return layout

    def page_action(self, icon_name: str, text: str, slot: Callable[[], object]) -> QAction:
        """A toolbar action of this page; its shortcut works only while the page is shown."""
        action = QAction(icon(icon_name, color="#37474f"), text, self)
        action.triggered.connect(slot)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def refresh(self) -> None:
        """Reload the page's data; called when the page is shown."""

    def has_unsaved_changes(self) -> bool:
        return False
