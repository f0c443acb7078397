"""Forms (表单设计): the list of form definitions and the designer of the one selected.

The list shows each form's name, key, published version and whether it has a draft. New form
opens ``NewFormDialog``, which creates the form (a first, empty draft) through
``forms.create_form``; Import JSON creates one from a form export. The designer
(``workflow_designer.form_designer.FormDesigner``) does the rest; before another form is opened
over unsaved changes the page asks, and the main window asks before leaving the page through
``has_unsaved_changes``.
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
from scrm_desktop.services import forms
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.forms import VersionRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.definitions_page import DefinitionRowLike, DefinitionsPage, PageTexts
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.widgets import error_label, hint_label
from scrm_desktop.workflow_designer.form_designer import FormDesigner

KEY_LIMIT = 60
NAME_LIMIT = 100
DESCRIPTION_LIMIT = 500


class NewFormDialog(QDialog):
    """Create a form: its key (never changes), name and description. Saving calls the service.

    The dialog stays open with the input when the service refuses (a key already taken …).

    Signals:
        created(object): the first draft's ``VersionRow`` of the new form.
    """

    created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_row: VersionRow | None = None
        self.setWindowTitle(self.tr("New form"))
        self.setMinimumWidth(480)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("form-key")
        self.key_edit.setMaxLength(KEY_LIMIT)
        self.key_edit.setPlaceholderText("site_survey")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("form-name")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setPlaceholderText(self.tr("e.g. 现场勘察表"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("form-description")
        self.description_edit.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Key:"), self.key_edit)
        form.addRow("", hint_label(self.tr("Letters, digits, '-' and '_', starting with a letter. It never changes.")))
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Description:"), self.description_edit)
        self.message = error_label()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create form"))
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr("The new form starts as an empty draft; add its fields next.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)

    def save(self) -> bool:
        try:
            with self.ctx.db.session() as session:
                row = forms.create_form(
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


class FormsPage(DefinitionsPage[FormDesigner]):
    """The form definitions and the designer of the selected one."""

    object_prefix = "forms"
    empty_icon = "mdi6.form-select"
    list_width = 200

    def _texts(self) -> PageTexts:
        return PageTexts(
            title=self.tr("Forms"),
            description=self.tr(
                "Design the forms workflow steps collect (勘察表, 报价单, 完工确认 …): drag fields from the palette, "
                "arrange them in rows, set their rules and try them in the preview. Publish a draft to use it."
            ),
            new=self.tr("New form…"),
            import_=self.tr("Import JSON…"),
            refresh=self.tr("Refresh"),
            empty=self.tr("No forms yet — create one or import a form export"),
            count=self.tr("{count} forms"),
            unsaved_title=self.tr("Unsaved changes"),
            unsaved_question=self.tr("The draft of {name} has changes that are not saved. Discard them?"),
            name=self.tr("Name"),
            key=self.tr("Key"),
            published=self.tr("Published"),
            draft=self.tr("Draft"),
        )

    def _draft_label(self, number: int) -> str:
        return self.tr("v{number} draft").format(number=number)

    def _make_designer(self) -> FormDesigner:
        return FormDesigner(self.ctx)

    def _opened_signal(self) -> SignalInstance:
        return self.designer.form_opened

    def _list(self, session: Session) -> list[DefinitionRowLike]:
        return list(forms.list_forms(session, self.ctx.actor))

    def _open_in_designer(self, key: str) -> bool:
        return self.designer.open_form(key)

    def _show_error(self, exc: ScrmError) -> None:
        show_error(self, exc)

    # --- actions ---------------------------------------------------------------------------------------

    def new_definition(self) -> NewFormDialog | None:
        return self.new_form()

    def import_definition(self) -> VersionRow | None:
        return self.import_json()

    def new_form(self) -> NewFormDialog | None:
        """Open the new-form dialog (window-modal, not blocking); the form opens once created."""
        if not self.can_design:
            return None
        return self._open_new_dialog(NewFormDialog(self.ctx, self))

    def import_json(self) -> VersionRow | None:
        """Create a form (or a new draft of the form with the file's key) from a form export."""
        if not self.can_design:
            return None
        row = self.designer.import_json()
        self._update_state()
        return row
