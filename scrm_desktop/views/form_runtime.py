"""The form runtime: one form version rendered as editors, read back in the stored formats.

``FormRenderer`` lays a ``FormSchema`` out row by row in a four-column grid (a field's ``width``
is the number of columns it spans): each field is a label (a red * when required), its editor,
a red line for its errors and its help text as a grey hint. ``data()`` returns the values in the
stored formats of ``services/form_schema.py`` (money "123.45", dates ISO, lists, file references);
``validate()`` runs ``form_schema.validate_data`` — the rules the CLI and the services apply, no
GUI rules of its own — and shows every error next to its field at once.

Live behaviour: after every edit the renderer asks ``form_schema.visible_fields`` which fields
the ``visible_when`` rules show and ``form_schema.evaluate_computed`` for the computed fields, and
hides, shows and fills them.

Per-node permissions (field key → ``hidden``/``readonly``/``editable``/``required``): a hidden field
is not built at all, a read-only one is shown disabled, a required one is marked (and enforced by
``validate_data``). ``read_only=True`` disables every editor: that is how history shows a past
submission, rendered with the version it was made with.

Files: photos and attachments are stored in the database when added; a drawn signature when
``data()`` (or ``validate()``) reads it — see ``form_widgets``.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.i18n import app_translate
from scrm_desktop.services import customers, form_schema, forms, users
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.form_schema import FieldSpec, FormSchema
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.customer_dialog import RegionPickers
from scrm_desktop.views.form_widgets import (
    AttachmentPicker,
    CatalogLinesEditor,
    ChecklistEdit,
    DateTimeEdit,
    DecimalEdit,
    MoneyEdit,
    PhotoPicker,
    SignatureEditor,
    number_pattern,
    number_places,
)
from scrm_desktop.views.widgets import ERROR_COLOR, OptionalDate, date_edit, error_label, hint_label
from scrm_desktop.views.work_order_widgets import CustomerPicker

COLUMNS = form_schema.ROW_COLUMNS
HIDDEN, READONLY, REQUIRED = "hidden", "readonly", "required"
COMPUTED_STYLE = "QLineEdit { background: #f4f6f9; color: #263238; }"


def _nothing(_value: object = None) -> None:
    return None


@dataclass
class FieldEditor:
    """How the renderer talks to one field's editor, whatever widget it is.

    ``read`` gives the value without side effects (for the live rules); ``commit`` the value to
    keep, which may store a file first (the signature). ``lock`` makes the editor read-only;
    ``changed`` are the signals a user's edit emits; ``focus`` is what gets the focus for an error.
    """

    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    changed: tuple[SignalInstance, ...]
    focus: QWidget
    lock: Callable[[bool], None]
    commit: Callable[[], Any] | None = None


class FieldCell(QWidget):
    """One field on the form: its label, editor, errors and help."""

    def __init__(self, spec: FieldSpec, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editor = editor
        self.setObjectName(f"cell-{spec.key}")
        self.label = QLabel()
        self.label.setObjectName(f"label-{spec.key}")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setBuddy(editor.focus)
        self.error = error_label()
        self.error.setObjectName(f"error-{spec.key}")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(self.label)
        column.addWidget(editor.widget)
        column.addWidget(self.error)
        self.hint: QLabel | None = None
        if spec.help:
            self.hint = hint_label(spec.help)
            self.hint.setObjectName(f"help-{spec.key}")
            column.addWidget(self.hint)
        column.addStretch(1)
        self.required = False
        self.set_required(False)

    def set_required(self, required: bool) -> None:
        self.required = required
        text = html.escape(self.spec.title)
        if required:
            text += f' <span style="color: {ERROR_COLOR}; font-weight: 600;">*</span>'
        self.label.setText(text)

    def show_error(self, messages: list[str]) -> None:
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))


class FormRenderer(QWidget):
    """A form version rendered as editors: fill, read back, validate, show errors.

    Args:
        ctx: the signed-in session (database and actor) the editors look things up with.
        schema: the form version's schema (history passes the version the submission was made with).
        permissions: field key → ``hidden``/``readonly``/``editable``/``required`` of the current node.
        read_only: every editor disabled (a past submission).
        work_order_id: the work order the form is filled for; catalog lines are priced for it.

    Signals:
        changed(): the user changed a value (not emitted by ``set_data``).
    """

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        schema: FormSchema,
        *,
        permissions: Mapping[str, str] | None = None,
        read_only: bool = False,
        work_order_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.schema = schema
        self.permissions = dict(permissions or {})
        self.read_only = read_only
        self.work_order_id = work_order_id
        self.cells: dict[str, FieldCell] = {}
        self._loading = True

        self.form_error = error_label()
        self.form_error.setObjectName("form-errors")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_error)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._build()
        self._loading = False
        self._refresh()

    # --- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        """One grid row per schema row; a field hidden by the node keeps its place, so the others do not move.

        A row wider than the grid (which ``validate_schema`` refuses) wraps instead of losing fields.
        """
        grid_row = 0
        for keys in self.schema.rows:
            column = 0
            for key in keys:
                spec = self.schema.fields.get(key)
                if spec is None:
                    continue
                span = max(1, min(spec.width or 1, COLUMNS))
                if column + span > COLUMNS and column > 0:
                    grid_row, column = grid_row + 1, 0
                if self.permissions.get(key) != HIDDEN:
                    cell = self._cell(spec)
                    self.grid.addWidget(cell, grid_row, column, 1, span)
                    self.cells[key] = cell
                column += span
            grid_row += 1

    def _cell(self, spec: FieldSpec) -> FieldCell:
        editor = self._editor(spec)
        editor.widget.setObjectName(f"field-{spec.key}")
        if spec.default is not None:
            editor.write(spec.default)
        editor.lock(not self.is_editable(spec))
        for signal in editor.changed:
            signal.connect(self._edited)
        cell = FieldCell(spec, editor)
        cell.set_required(self.required_here(spec))
        return cell

    def is_editable(self, spec: FieldSpec) -> bool:
        """Whether the user fills ``spec`` in here (not in a read-only form, a computed or a read-only field)."""
        return not self.read_only and spec.type != "computed" and self.permissions.get(spec.key) != READONLY

    def _editor(self, spec: FieldSpec) -> FieldEditor:
        builders: dict[str, Callable[[FieldSpec], FieldEditor]] = {
            "text": self._text,
            "textarea": self._textarea,
            "number": self._number,
            "money": self._number,
            "date": self._date,
            "datetime": self._datetime,
            "select": self._select,
            "multiselect": self._multiselect,
            "region": self._region,
            "customer": self._customer,
            "user": self._user,
            "checkbox": self._checkbox,
            "catalog_lines": self._catalog_lines,
            "photo": self._files,
            "attachment": self._files,
            "signature": self._signature,
            "computed": self._computed,
        }
        return builders.get(spec.type, self._text)(spec)

    def required_here(self, spec: FieldSpec) -> bool:
        """Whether the user must fill ``spec`` in here (required by the form or the node, and editable).

        ``required_when`` is not marked: ``validate_data`` enforces it and says so under the field.
        """
        required = spec.required or self.permissions.get(spec.key) == REQUIRED
        return required and self.is_editable(spec)

    @staticmethod
    def _enable(widget: QWidget) -> Callable[[bool], None]:
        return lambda locked: widget.setEnabled(not locked)

    def _text(self, spec: FieldSpec) -> FieldEditor:
        edit = QLineEdit()
        edit.setPlaceholderText(spec.placeholder)
        if spec.max_length:
            edit.setMaxLength(spec.max_length)
        return FieldEditor(
            edit,
            lambda: edit.text().strip() or None,
            lambda value: edit.setText("" if value is None else str(value)),
            (edit.textChanged,),
            edit,
            self._enable(edit),
        )

    def _textarea(self, spec: FieldSpec) -> FieldEditor:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(spec.placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(76)
        return FieldEditor(
            edit,
            lambda: edit.toPlainText().strip() or None,
            lambda value: edit.setPlainText("" if value is None else str(value)),
            (edit.textChanged,),
            edit,
            self._enable(edit),
        )

    def _number(self, spec: FieldSpec) -> FieldEditor:
        edit = (
            MoneyEdit()
            if spec.type == "money"
            else DecimalEdit(
                number_pattern(spec.precision), None if spec.precision is None else number_places(spec.precision)
            )
        )
        if spec.placeholder:
            edit.setPlaceholderText(spec.placeholder)
        return FieldEditor(edit, edit.value, edit.set_value, (edit.changed,), edit, edit.set_read_only)

    def _date(self, spec: FieldSpec) -> FieldEditor:
        low, high = iso_date(spec.min), iso_date(spec.max)
        if self.required_here(spec):
            edit = date_edit()
            if low is not None:
                edit.setMinimumDate(qdate(low))
            if high is not None:
                edit.setMaximumDate(qdate(high))

            def write_required(value: object) -> None:
                day = iso_date(value)
                edit.setDate(qdate(day) if day is not None else QDate.currentDate())

            return FieldEditor(
                edit,
                lambda: qdate_text(edit),
                write_required,
                (edit.dateChanged,),
                edit,
                self._enable(edit),
            )
        optional = OptionalDate(self.tr("Fill in"))
        for bound, setter in ((low, optional.edit.setMinimumDate), (high, optional.edit.setMaximumDate)):
            if bound is not None:
                setter(qdate(bound))
        return FieldEditor(
            optional,
            lambda: None if optional.value() is None else qdate_text(optional.edit),
            lambda value: optional.set_value(iso_date(value)),
            (optional.check.toggled, optional.edit.dateChanged),
            optional.check,
            self._enable(optional),
        )

    def _datetime(self, spec: FieldSpec) -> FieldEditor:
        edit = DateTimeEdit(self.ctx.actor.timezone, optional=not self.required_here(spec), text=self.tr("Fill in"))
        return FieldEditor(edit, edit.value, edit.set_value, (edit.changed,), edit.edit, edit.set_read_only)

    def _select(self, spec: FieldSpec) -> FieldEditor:
        combo = QComboBox()
        required = self.required_here(spec)
        combo.setPlaceholderText(spec.placeholder or self.tr("(choose)"))
        if not required:
            combo.addItem("", None)
        for option in spec.options:
            combo.addItem(option, option)
        combo.setCurrentIndex(-1 if required else 0)

        def write(value: object) -> None:
            if value is not None and combo.findData(str(value)) < 0:
                combo.addItem(str(value), str(value))  # a stored value that is no longer an option
            combo.setCurrentIndex(combo.findData(str(value)) if value is not None else (-1 if required else 0))

        return FieldEditor(combo, combo.currentData, write, (combo.currentIndexChanged,), combo, self._enable(combo))

    def _multiselect(self, spec: FieldSpec) -> FieldEditor:
        edit = ChecklistEdit(spec.options)
        return FieldEditor(edit, edit.value, edit.set_value, (edit.changed,), edit, edit.set_read_only)

    def _region(self, spec: FieldSpec) -> FieldEditor:
        pickers = RegionPickers(region_index())
        return FieldEditor(
            pickers,
            pickers.code,
            lambda value: pickers.set_code(str(value) if value else None),
            (pickers.changed,),
            pickers.province,
            self._enable(pickers),
        )

    def _customer(self, spec: FieldSpec) -> FieldEditor:
        picker = CustomerPicker(self.ctx)
        if spec.placeholder:
            picker.setPlaceholderText(spec.placeholder)

        def read() -> str | None:
            if picker.customer_id is None or not picker.text().strip():
                return None
            return str(picker.customer_id)

        def write(value: object) -> None:
            picker.customer_id = None
            picker.show_customer("", "")
            if not value:
                return
            try:
                picker.customer_id = uuid.UUID(str(value))
                with self.ctx.db.session() as session:
                    row = customers.get_customer(session, self.ctx.actor, picker.customer_id)
                picker.show_customer(row.name, row.phone)
            except (ScrmError, ValueError):
                picker.show_customer(str(value), "")  # say what is stored even when it cannot be shown

        picker.textEdited.connect(lambda _text: None if picker.text().strip() else self._edited())
        return FieldEditor(picker, read, write, (picker.chosen,), picker, self._enable(picker))

    def _user(self, spec: FieldSpec) -> FieldEditor:
        combo = QComboBox()
        required = self.required_here(spec)
        combo.setPlaceholderText(spec.placeholder or self.tr("(choose)"))
        if not required:
            combo.addItem("", None)
        for user_id, label in self._assignable_users():
            combo.addItem(label, str(user_id))
        combo.setCurrentIndex(-1 if required else 0)

        def write(value: object) -> None:
            if value and combo.findData(str(value)) < 0:
                combo.addItem(str(value), str(value))
            combo.setCurrentIndex(combo.findData(str(value)) if value else (-1 if required else 0))

        return FieldEditor(combo, combo.currentData, write, (combo.currentIndexChanged,), combo, self._enable(combo))

    def _assignable_users(self) -> list[tuple[uuid.UUID, str]]:
        """Who a user field can name; someone who may not list users can still name themself."""
        actor = self.ctx.actor
        try:
            with self.ctx.db.session() as session:
                return users.list_assignable_users(session, actor)
        except ScrmError:
            if actor.user_id is None:
                return []
            return [(actor.user_id, f"{actor.display_name} ({actor.username})")]

    def _checkbox(self, spec: FieldSpec) -> FieldEditor:
        check = QCheckBox(spec.placeholder or self.tr("Yes"))
        return FieldEditor(
            check,
            check.isChecked,
            lambda value: check.setChecked(value is True),
            (check.toggled,),
            check,
            self._enable(check),
        )

    def _catalog_lines(self, spec: FieldSpec) -> FieldEditor:
        editor = CatalogLinesEditor(self.ctx, self.work_order_id)
        return FieldEditor(
            editor, editor.value, editor.set_value, (editor.changed,), editor.item_edit, editor.set_read_only
        )

    def _files(self, spec: FieldSpec) -> FieldEditor:
        picker_class = PhotoPicker if spec.type == "photo" else AttachmentPicker
        picker = picker_class(self.ctx, max_files=spec.max_files)
        return FieldEditor(
            picker, picker.value, picker.set_value, (picker.changed,), picker.add_button, picker.set_read_only
        )

    def _signature(self, spec: FieldSpec) -> FieldEditor:
        editor = SignatureEditor(self.ctx)
        return FieldEditor(
            editor, editor.pending, editor.set_value, (editor.changed,), editor.pad, editor.set_read_only, editor.commit
        )

    def _computed(self, spec: FieldSpec) -> FieldEditor:
        edit = QLineEdit()
        edit.setReadOnly(True)
        edit.setStyleSheet(COMPUTED_STYLE)
        edit.setToolTip(self.tr("Computed: {formula}").format(formula=spec.formula or ""))
        edit.setPlaceholderText(self.tr("Computed from other fields"))
        return FieldEditor(
            edit,
            lambda: edit.text() or None,
            lambda value: edit.setText("" if value is None else str(value)),
            (),
            edit,
            _nothing,
        )

    # --- values -----------------------------------------------------------------------------------------

    def editor(self, key: str) -> QWidget:
        """The editor widget of field ``key`` (KeyError for a field that is not shown)."""
        return self.cells[key].editor.widget

    def _values(self) -> dict[str, Any]:
        return {key: cell.editor.read() for key, cell in self.cells.items()}

    def set_data(self, data: Mapping[str, Any]) -> None:
        """Show ``data`` (stored formats); fields it does not name are emptied. Emits no ``changed``."""
        self._loading = True
        try:
            for key, cell in self.cells.items():
                cell.editor.write(data.get(key))
        finally:
            self._loading = False
        self.clear_errors()
        self._refresh()

    def data(self) -> dict[str, Any]:
        """The values of the fields on show, in the stored formats; computed fields freshly computed.

        Fields the visibility rules hide are left out, as ``validate_data`` would. Reading the data
        stores a newly drawn signature (``SignatureEditor.commit``), so call it when the form is done.
        """
        values = self._values()
        visible = self._visible(values)
        for key, cell in self.cells.items():
            if key in visible and cell.editor.commit is not None:
                values[key] = cell.editor.commit()
        values.update(self._computed_values(values))
        return {key: value for key, value in values.items() if key in visible}

    def validate(self) -> dict[str, list[str]]:
        """Check ``data()`` with ``form_schema.validate_data`` (the services' and CLI's rules) and show the errors.

        Returns the errors by field key (empty when the data is valid).
        """
        data = self.data()
        with self.ctx.db.session() as session:
            _clean, errors = form_schema.validate_data(
                self.schema,
                data,
                permissions=self.permissions,
                lookups=forms.database_lookups(session),
                translate=app_translate,
            )
        self.show_errors(errors)
        return errors

    # --- errors -----------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.form_error.setVisible(False)
        for cell in self.cells.values():
            cell.show_error([])

    def show_errors(self, errors: Mapping[str, list[str]]) -> None:
        """Every error under its field in red at once; the first field in reading order gets the focus.

        Errors of fields that are not on show (a hidden one) are listed above the form.
        """
        self.clear_errors()
        first: FieldCell | None = None
        for spec in self.schema.ordered():
            messages = list(errors.get(spec.key, []))
            cell = self.cells.get(spec.key)
            if messages and cell is not None and not cell.isHidden():
                cell.show_error(messages)
                first = first or cell
        elsewhere = [
            message
            for key, messages in errors.items()
            if key not in self.cells or self.cells[key].isHidden()
            for message in messages
        ]
        if elsewhere:
            self.form_error.setText("\n".join(elsewhere))
            self.form_error.setVisible(True)
        if first is not None:
            first.editor.focus.setFocus()

    # --- live rules -------------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._refresh()
        self.changed.emit()

    def _visible(self, values: Mapping[str, Any]) -> set[str]:
        try:
            return set(form_schema.visible_fields(self.schema, values))
        except ScrmError:
            return set(self.cells)

    def _computed_values(self, values: Mapping[str, Any]) -> dict[str, Any]:
        try:
            return dict(form_schema.evaluate_computed(self.schema, values))
        except ScrmError:
            return {}

    def _refresh(self) -> None:
        """Recompute the computed fields and apply the visibility rules."""
        values = self._values()
        computed = self._computed_values(values)
        for key, cell in self.cells.items():
            if cell.spec.type == "computed":
                cell.editor.write(computed.get(key))
        values.update(computed)
        visible = self._visible(values)
        for key, cell in self.cells.items():
            cell.setHidden(key not in visible)


def iso_date(value: object) -> dt.date | None:
    """A date from its ISO text (None for anything else)."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdate_text(edit: QDateEdit) -> str:
    day = edit.date()
    return f"{day.year():04d}-{day.month():02d}-{day.day():02d}"
