"""Workflows (流程设计): the list of workflow definitions and the designer of the one selected.

The list shows each workflow's name, key, published version and whether it has a draft. New
workflow opens ``NewWorkflowDialog``, which creates the workflow (with a first draft joining a
start to an end) through ``workflows.create_definition``; Import BPMN creates one from a file.
The designer (``workflow_designer.designer.WorkflowDesigner``) does the rest; before another
workflow is opened over unsaved changes the page asks, and the main window asks before leaving
the page through ``has_unsaved_changes``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scrm_desktop.i18n import error_message
from scrm_desktop.services import workflows
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.workflows import VersionRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.definitions_page import DefinitionRowLike, DefinitionsPage, PageTexts
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.table_model import Column
from scrm_desktop.views.widgets import error_label, hint_label
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


class WorkflowsPage(DefinitionsPage[WorkflowDesigner]):
    """The workflow definitions and the designer of the selected one."""

    object_prefix = "workflows"
    empty_icon = "mdi6.sitemap"
    list_width = 230

    def _texts(self) -> PageTexts:
        return PageTexts(
            title=self.tr("Workflows"),
            description=self.tr(
                "Design how a work order runs from 售前 to 售后: drag nodes from the palette, connect them, and set "
                "who does each step. Publish a draft to use it; published versions never change."
            ),
            new=self.tr("New workflow…"),
            import_=self.tr("Import BPMN…"),
            refresh=self.tr("Refresh"),
            empty=self.tr("No workflows yet — create one or import BPMN"),
            count=self.tr("{count} workflows"),
            unsaved_title=self.tr("Unsaved changes"),
            unsaved_question=self.tr("The draft of {name} has changes that are not saved. Discard them?"),
            name=self.tr("Name"),
            key=self.tr("Key"),
            published=self.tr("Published"),
            draft=self.tr("Draft"),
        )

    def _draft_label(self, number: int) -> str:
        return self.tr("v{number} draft").format(number=number)

    def _columns(self) -> list[Column[DefinitionRowLike]]:
        return [
            *super()._columns(),
            Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
        ]

    def _make_designer(self) -> WorkflowDesigner:
        return WorkflowDesigner(self.ctx)

    def _opened_signal(self) -> SignalInstance:
        return self.designer.workflow_opened

    def _list(self, session: Session) -> list[DefinitionRowLike]:
        return list(workflows.list_definitions(session, self.ctx.actor))

    def _open_in_designer(self, key: str) -> bool:
        return self.designer.open_workflow(key)

    def _show_error(self, exc: ScrmError) -> None:
        show_error(self, exc)

    # --- actions ---------------------------------------------------------------------------------------

    def new_definition(self) -> NewWorkflowDialog | None:
        return self.new_workflow()

    def import_definition(self) -> workflows.ImportResult | None:
        return self.import_bpmn()

    def new_workflow(self) -> NewWorkflowDialog | None:
        """Open the new-workflow dialog (window-modal, not blocking); the workflow opens once created."""
        if not self.can_design:
            return None
        return self._open_new_dialog(NewWorkflowDialog(self.ctx, self))

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
