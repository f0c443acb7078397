"""Workflows (流程设计): the list of workflow definitions and the designer of the one selected.

The list shows each workflow's name, key, published version and whether it has a draft. New
workflow opens ``NewWorkflowDialog``, which creates the workflow (with a first draft joining a
start to an end) through ``workflows.create_definition``; Import BPMN creates one from a file.
The designer (``workflow_designer.designer.WorkflowDesigner``) does the rest; before another
workflow is opened over unsaved changes the page asks, and the main window asks before leaving
the page through ``has_unsaved_changes``.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import workflows
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.workflows import DefinitionRow, VersionRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.table_model import Column, RowTableModel
from scrm_desktop.views.widgets import ICON_COLOR, error_label, hint_label, setup_table, toolbar_of
from scrm_desktop.workflow_designer.designer import WorkflowDesigner

KEY_LIMIT = 60
NAME_LIMIT = 100
DESCRIPTION_LIMIT = 500


class NewWorkflowDialog(QDialog):
    """Create a workflow: its key (never changes), name and description. Saving calls the service.

    The dialog stays open with the input when the service refuses (a key already taken …).

    Signals:
        created(object): the first draft's ``VersionRow`` of the new workflow.
    """

    created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_row: VersionRow | None = None
        self.setWindowTitle(self.tr("New workflow"))
        self.setMinimumWidth(480)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("workflow-key")
        self.key_edit.setMaxLength(KEY_LIMIT)
        self.key_edit.setPlaceholderText("install_standard")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("workflow-name")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setPlaceholderText(self.tr("e.g. 标准安装流程"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("workflow-description")
        self.description_edit.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Key:"), self.key_edit)
        form.addRow("", hint_label(self.tr("Letters, digits, '-' and '_', starting with a letter. It never changes.")))
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Description:"), self.description_edit)
        self.message = error_label()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create workflow"))
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(self.tr("The new workflow starts as a draft with a start joined to an end; design it next."))
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)

    def save(self) -> bool:
        try:
            with self.ctx.db.session() as session:
                row = workflows.create_definition(
                    session,
                    self.ctx.actor,
                    key=self.key_edit.text().strip(),
                    name=self.name_edit.text().strip(),
                    description=self.description_edit.toPlainText().strip()[:DESCRIPTION_LIMIT],
                )
        except ScrmError as exc:
            self.message.setText(error_message(exc))
            self.message.setVisible(True)
            return False
        self.created_row = row
        self.created.emit(row)
        self.accept()
        return True


class WorkflowsPage(Page):
    """The workflow definitions and the designer of the selected one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_design = ctx.actor.can(Permission.DESIGN_WORKFLOWS)
        self.dialog: NewWorkflowDialog | None = None
        self._selecting = False
        self.model: RowTableModel[DefinitionRow] = RowTableModel(
            self._columns(), parent=self, dimmed=lambda r: not r.is_active
        )
        self.table = QTableView()
        self.table.setObjectName("workflows-table")
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._row_selected())

        self.new_action = self.page_action("mdi6.plus", self.tr("New workflow…"), self.new_workflow)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.import_action = self.page_action("mdi6.file-import-outline", self.tr("Import BPMN…"), self.import_bpmn)
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        for action in (self.new_action, self.import_action):
            action.setVisible(self.can_design)

        self.designer = WorkflowDesigner(ctx)
        self.designer.definitions_changed.connect(self._reload_list)
        self.designer.workflow_opened.connect(self._select_key)

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
        self.splitter.setSizes([230, 1150])

        layout = self.header_layout(
            self.tr("Workflows"),
            self.tr(
                "Design how a work order runs from 售前 to 售后: drag nodes from the palette, connect them, and set "
                "who does each step. Publish a draft to use it; published versions never change."
            ),
        )
        top = QHBoxLayout()
        top.addWidget(toolbar_of([self.new_action, self.import_action, None, self.refresh_action]))
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _build_empty_state(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addStretch(1)
        badge = QLabel()
        badge.setPixmap(icon("mdi6.sitemap", color="#90a4ae").pixmap(64, 64))
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label = QLabel(self.tr("No workflows yet — create one or import BPMN"))
        self.empty_label.setObjectName("workflows-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("font-size: 16px; color: #546e7a;")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_new_button = QPushButton(icon("mdi6.plus", color=ICON_COLOR), self.tr("New workflow…"))
        self.empty_new_button.clicked.connect(lambda _c=False: self.new_workflow())
        self.empty_import_button = QPushButton(
            icon("mdi6.file-import-outline", color=ICON_COLOR), self.tr("Import BPMN…")
        )
        self.empty_import_button.clicked.connect(lambda _c=False: self.import_bpmn())
        for button in (self.empty_new_button, self.empty_import_button):
            button.setVisible(self.can_design)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(badge)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return widget

    def _columns(self) -> list[Column[DefinitionRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.description or r.name),
            Column(self.tr("Key"), lambda r: r.key),
            Column(
                self.tr("Published"),
                lambda r: f"v{r.published_number}" if r.published_number is not None else "—",
            ),
            Column(
                self.tr("Draft"),
                lambda r: self.tr("v{number} draft").format(number=r.draft_number) if r.draft_number else "",
            ),
            Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
        ]

    # --- data ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list; with nothing open yet, open the first workflow."""
        self._reload_list()
        if self.designer.key is None and self.model.rows:
            self.open_key(self.model.rows[0].key)

    def _reload_list(self) -> None:
        try:
            with self.ctx.db.session() as session:
                rows = workflows.list_definitions(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self._selecting = True
        try:
            self.model.set_rows(rows)
        finally:
            self._selecting = False
        self.count_label.setText(self.tr("{count} workflows").format(count=len(rows)))
        if self.designer.key is not None and any(r.key == self.designer.key for r in rows):
            self._select_key(self.designer.key)
        self._update_state()

    def _update_state(self) -> None:
        shows_designer = bool(self.model.rows) and self.designer.key is not None
        self.right.setCurrentWidget(self.designer if shows_designer else self.empty_state)

    def selected_row(self) -> DefinitionRow | None:
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
            self._select_key(self.designer.key)  # stayed: show the open workflow as selected again

    def open_key(self, key: str) -> bool:
        """Open workflow ``key`` in the designer, after asking when the open draft has unsaved changes."""
        if self.designer.has_unsaved_changes() and not self.confirm(
            self.tr("Unsaved changes"),
            self.tr("The draft of {name} has changes that are not saved. Discard them?").format(
                name=self.designer.loaded.row.name if self.designer.loaded else ""
            ),
        ):
            return False
        opened = self.designer.open_workflow(key)
        self._update_state()
        return opened

    def has_unsaved_changes(self) -> bool:
        return self.designer.has_unsaved_changes()

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    # --- actions ---------------------------------------------------------------------------------------

    def new_workflow(self) -> NewWorkflowDialog | None:
        """Open the new-workflow dialog (window-modal, not blocking); the workflow opens once created."""
        if not self.can_design:
            return None
        dialog = NewWorkflowDialog(self.ctx, self)
        dialog.created.connect(self._created)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, row: VersionRow) -> None:
        self._reload_list()
        self.open_key(row.key)

    def import_bpmn(self) -> workflows.ImportResult | None:
        """Create a workflow from a BPMN file (or a new draft of the workflow with its process id)."""
        if not self.can_design:
            return None
        if self.designer.has_unsaved_changes() and not self.confirm(
            self.tr("Unsaved changes"), self.tr("The open draft has changes that are not saved. Discard them?")
        ):
            return None
        result = self.designer.import_bpmn(new_workflow=True)
        self._update_state()
        return result
