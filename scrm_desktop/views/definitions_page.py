"""The page of a kind of versioned definition (workflows, forms): their list and the designer of the one open.

``DefinitionsPage`` is the base of ``WorkflowsPage`` and ``FormsPage``. The list shows each
definition's name, key, published version and whether it has a draft; selecting one opens it in the
designer, after asking when the open draft has unsaved changes; the main window asks before leaving
the page through ``has_unsaved_changes``. With no definitions an empty state offers New and Import.

The subclasses supply what differs: the designer, listing the definitions, opening one, the New and
Import actions and the texts (``_texts``, translated in the subclass's own context).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt, SignalInstance
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scrm_desktop.resources import icon
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.page import Page
from scrm_desktop.views.table_model import Column, RowTableModel
from scrm_desktop.views.widgets import ICON_COLOR, hint_label, setup_table, toolbar_of
from scrm_desktop.workflow_designer.version_actions import VersionedDesigner


class DefinitionRowLike(Protocol):
    """What the list shows of a definition (``workflows.DefinitionRow``, ``forms.DefinitionRow``)."""

    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def is_active(self) -> bool: ...
    @property
    def published_number(self) -> int | None: ...
    @property
    def draft_number(self) -> int | None: ...


DesignerT = TypeVar("DesignerT", bound=VersionedDesigner[Any, Any])
DialogT = TypeVar("DialogT", bound=QDialog)


@dataclass(frozen=True)
class PageTexts:
    """The page's (translated) texts; ``count`` has {count}, ``unsaved_question`` {name}, ``draft`` {number}."""

    title: str
    description: str
    new: str
    import_: str
    refresh: str
    empty: str
    count: str
    unsaved_title: str
    unsaved_question: str
    name: str
    key: str
    published: str
    draft: str


class DefinitionsPage(Page, Generic[DesignerT]):
    """The definitions of one kind and the designer of the selected one."""

    object_prefix = "definitions"  # object names: "<prefix>-table", "<prefix>-empty"
    empty_icon = "mdi6.file-outline"
    list_width = 200

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_design = ctx.actor.can(Permission.DESIGN_WORKFLOWS)
        self.texts = self._texts()
        self.dialog: QDialog | None = None
        self._selecting = False
        self.model: RowTableModel[DefinitionRowLike] = RowTableModel(
            self._columns(), parent=self, dimmed=lambda r: not r.is_active
        )
        self.table = QTableView()
        self.table.setObjectName(f"{self.object_prefix}-table")
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._row_selected())

        self.new_action = self.page_action("mdi6.plus", self.texts.new, self.new_definition)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.import_action = self.page_action("mdi6.file-import-outline", self.texts.import_, self.import_definition)
        self.refresh_action = self.page_action("mdi6.refresh", self.texts.refresh, self.refresh)
        for action in (self.new_action, self.import_action):
            action.setVisible(self.can_design)

        self.designer: DesignerT = self._make_designer()
        self.designer.definitions_changed.connect(self._reload_list)
        self._opened_signal().connect(self._select_key)

        self.empty_state = self._build_empty_state()
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_state)
        self.right.addWidget(self.designer)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        self.count_label = hint_label("")
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([self.list_width, 1380 - self.list_width])

        layout = self.header_layout(self.texts.title, self.texts.description)
        top = QHBoxLayout()
        top.addWidget(toolbar_of([self.new_action, self.import_action, None, self.refresh_action]))
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # --- what subclasses supply ----------------------------------------------------------------------

    def _texts(self) -> PageTexts:
        raise NotImplementedError

    def _make_designer(self) -> DesignerT:
        raise NotImplementedError

    def _opened_signal(self) -> SignalInstance:
        """The designer's "a definition with this key is now shown" signal."""
        raise NotImplementedError

    def _list(self, session: Session) -> list[DefinitionRowLike]:
        raise NotImplementedError

    def _open_in_designer(self, key: str) -> bool:
        raise NotImplementedError

    def _show_error(self, exc: ScrmError) -> None:
        raise NotImplementedError

    def new_definition(self) -> object:
        raise NotImplementedError

    def import_definition(self) -> object:
        raise NotImplementedError

    # --- building ------------------------------------------------------------------------------------

    def _build_empty_state(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addStretch(1)
        badge = QLabel()
        badge.setPixmap(icon(self.empty_icon, color="#90a4ae").pixmap(64, 64))
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label = QLabel(self.texts.empty)
        self.empty_label.setObjectName(f"{self.object_prefix}-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("font-size: 16px; color: #546e7a;")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_new_button = QPushButton(icon("mdi6.plus", color=ICON_COLOR), self.texts.new)
        self.empty_new_button.clicked.connect(lambda _c=False: self.new_definition())
        self.empty_import_button = QPushButton(icon("mdi6.file-import-outline", color=ICON_COLOR), self.texts.import_)
        self.empty_import_button.clicked.connect(lambda _c=False: self.import_definition())
        for button in (self.empty_new_button, self.empty_import_button):
            button.setVisible(self.can_design)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(badge)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return widget

    def _columns(self) -> list[Column[DefinitionRowLike]]:
        texts = self.texts
        return [
            Column(texts.name, lambda r: r.name, tooltip=lambda r: r.description or r.name),
            Column(texts.key, lambda r: r.key),
            Column(
                texts.published,
                lambda r: f"v{r.published_number}" if r.published_number is not None else "—",
            ),
            Column(
                texts.draft,
                lambda r: self._draft_label(r.draft_number) if r.draft_number else "",
            ),
        ]

    def _draft_label(self, number: int) -> str:
        """How the Draft column shows draft ``number``."""
        raise NotImplementedError

    # --- data ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list; with nothing open yet, open the first definition."""
        self._reload_list()
        if self.designer.key is None and self.model.rows:
            self.open_key(self.model.rows[0].key)

    def _reload_list(self) -> None:
        try:
            with self.ctx.db.session() as session:
                rows = self._list(session)
        except ScrmError as exc:
            self._show_error(exc)
            return
        self._selecting = True
        try:
            self.model.set_rows(rows)
        finally:
            self._selecting = False
        self.count_label.setText(self.texts.count.format(count=len(rows)))
        if self.designer.key is not None and any(r.key == self.designer.key for r in rows):
            self._select_key(self.designer.key)
        self._update_state()

    def _update_state(self) -> None:
        shows_designer = bool(self.model.rows) and self.designer.key is not None
        self.right.setCurrentWidget(self.designer if shows_designer else self.empty_state)

    def selected_row(self) -> DefinitionRowLike | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _select_key(self, key: str) -> None:
        """Select ``key`` in the list without opening it again."""
        for number, row in enumerate(self.model.rows):
            if row.key == key:
                index = self.model.index(number, 0)
                self._selecting = True
                try:
                    self.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                    )
                finally:
                    self._selecting = False
                self.table.scrollTo(index)
                return

    def _row_selected(self) -> None:
        if self._selecting:
            return
        row = self.selected_row()
        if row is None or row.key == self.designer.key:
            return
        if not self.open_key(row.key) and self.designer.key is not None:
            self._select_key(self.designer.key)  # stayed: show the open definition as selected again

    def open_key(self, key: str) -> bool:
        """Open definition ``key`` in the designer, after asking when the open draft has unsaved changes."""
        loaded = self.designer.loaded
        if self.designer.has_unsaved_changes() and not self.confirm(
            self.texts.unsaved_title,
            self.texts.unsaved_question.format(name=loaded.row.name if loaded is not None else ""),
        ):
            return False
        opened = self._open_in_designer(key)
        self._update_state()
        return opened

    def has_unsaved_changes(self) -> bool:
        return self.designer.has_unsaved_changes()

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    # --- actions ---------------------------------------------------------------------------------------

    def _open_new_dialog(self, dialog: DialogT) -> DialogT:
        """Show the new-definition ``dialog`` (window-modal, not blocking); the definition opens once created.

        The dialog has a ``created(object)`` signal carrying the new definition's first version row.
        """
        dialog.created.connect(self._created)  # type: ignore[attr-defined]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, row: Any) -> None:
        self._reload_list()
        self.open_key(row.key)
