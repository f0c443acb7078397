"""The properties panel of the form designer: the selected field, or the form when none is selected.

The panel never changes the form itself (HOUSE_STYLE 5). When the user finishes an edit (leaves
a field or presses Return, picks from a list, ticks a box, edits an option, applies a rule) it
pushes exactly one ``SetField`` command, and only if the value really changed; typing alone
changes nothing. It redraws from the model's signals, so an undo shows the old value again.

Only the properties that mean something for the field's type are shown: options for choices,
a formula for computed fields, lengths and a pattern for text, and so on. The formula is checked
as it is typed with the project's own evaluator (``services.expressions``); the "shown when" and
"required when" rules reuse the workflow designer's ``ConditionEditor`` over the form's other
fields.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import expressions
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, ICON_COLOR
from scrm_desktop.workflow_designer.condition_editor import ConditionEditor, ConditionWording
from scrm_desktop.workflow_designer.form_commands import SetField
from scrm_desktop.workflow_designer.form_model import MAX_PER_ROW, FormModel
from scrm_desktop.workflow_designer.form_palette import field_type_description, field_type_label
from scrm_desktop.workflow_designer.properties import CommitTextEdit

Index = QModelIndex | QPersistentModelIndex
FIELD_PAGE, FORM_PAGE = range(2)
OK_COLOR = "#2e7d32"
WARNING_COLOR = "#ef6c00"
MAX_LENGTH_LIMIT = fs.MAX_INPUT
MAX_PRECISION = fs.MAX_PRECISION
MAX_FILES = fs.MAX_FILES
PATTERN_LIMIT = fs.MAX_PATTERN

# Which properties each type has (the rest are hidden for it).
PLACEHOLDER_TYPES = frozenset({"text", "textarea", "number", "money", "select"})
DEFAULT_TYPES = frozenset({"text", "textarea", "number", "money", "date", "datetime", "select", "region"})
RANGE_TYPES = frozenset(fs.RANGED_TYPES)
LENGTH_TYPES = frozenset(fs.TEXT_TYPES)
PATTERN_TYPES = frozenset(fs.TEXT_TYPES)
PRECISION_TYPES = frozenset(fs.PRECISION_TYPES)
OPTION_TYPES = frozenset(fs.CHOICE_TYPES)
FILE_TYPES = frozenset(fs.FILE_TYPES)


def condition_kind(field_type: str) -> str:
    """How a condition compares a field of this type (``condition_editor`` kinds)."""
    if field_type in ("number", "money"):
        return field_type
    if field_type == "checkbox":
        return "bool"
    if field_type in ("select", "multiselect"):
        return "choice"
    if field_type in ("date", "datetime"):
        return "date"
    return "text"


class OptionsModel(QAbstractListModel):
    """The options of a choice field, edited in place. An edit is reported with ``edited``; the
    panel pushes it as one undo step.

    Signals:
        edited(object): the whole new list of options (list of str).
    """

    edited = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options: list[str] = []
        self.read_only = False

    def set_options(self, options: Sequence[str]) -> None:
        if list(options) == self.options:
            return  # the user's own edit coming back: a reset now would close the cell editor
        self.beginResetModel()
        self.options = list(options)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.options)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.options):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.options[index.row()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        text = str(value).strip()
        if not text or text == self.options[index.row()]:
            return False
        self.options[index.row()] = text
        self.dataChanged.emit(index, index)
        self.edited.emit(list(self.options))
        return True


def _section(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box, form


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    return label


def _button(icon_name: str, text: str, name: str) -> QPushButton:
    button = QPushButton(icon(icon_name, color=ICON_COLOR), text)
    button.setObjectName(name)
    return button


def _optional_spin(name: str, low: int, high: int, special: str) -> QSpinBox:
    """A spin box whose lowest value means "none" (shown as ``special``)."""
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setSpecialValueText(special)
    spin.setKeyboardTracking(False)  # valueChanged only when an edit is finished or stepped
    return spin


class FormPropertiesPanel(QWidget):
    """Edits the selected field of a ``FormModel`` (or tells what the form holds when none is).

    Signals:
        shown_changed(): the panel now shows another field (or the form).
    """

    shown_changed = Signal()

    def __init__(self, model: FormModel, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.undo_stack = undo_stack
        self.key: str | None = None
        self.read_only = model.read_only
        self._loading = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._reload)

        self.title = QLabel()
        self.title.setObjectName("form-properties-title")
        self.title.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.problems_label = QLabel()
        self.problems_label.setObjectName("form-properties-problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.read_only_label = _hint(self.tr("This version is read-only. Start a new draft to change the form."))
        self.read_only_label.setObjectName("form-properties-read-only")

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_field_page())
        self.stack.addWidget(self._build_form_page())
        self.stack.currentChanged.connect(self._size_to_page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.stack)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(scroll, 1)
        self.setMinimumWidth(320)

        model.field_changed.connect(self._field_changed)
        model.field_renamed.connect(self._field_renamed)
        model.field_removed.connect(self._field_removed)
        model.field_added.connect(lambda _key: self._refresh_timer.start())
        model.rows_changed.connect(self._refresh_timer.start)
        model.reset.connect(self._model_reset)
        model.validated.connect(self._show_problems)
        self.show_nothing()

    # --- building -----------------------------------------------------------------------------------

    def _build_field_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.type_info = _hint()
        self.type_info.setObjectName("field-type-info")

        general, form = _section(self.tr("Field"))
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("field-key")
        self.key_edit.setMaxLength(fs.MAX_KEY)
        self.key_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z][A-Za-z0-9_]*"), self))
        self.key_edit.editingFinished.connect(self._commit_key)
        self.key_edit.textEdited.connect(lambda _t: self._show_key_message(""))
        self.key_message = QLabel()
        self.key_message.setObjectName("field-key-message")
        self.key_message.setWordWrap(True)
        self.key_message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.key_message.setVisible(False)
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("field-label")
        self.label_edit.setMaxLength(100)
        self.label_edit.editingFinished.connect(lambda: self._commit(label=self.label_edit.text().strip()))
        self.help_edit = CommitTextEdit()
        self.help_edit.setObjectName("field-help")
        self.help_edit.setFixedHeight(52)
        self.help_edit.committed.connect(lambda: self._commit(help=self.help_edit.toPlainText().strip()))
        self.placeholder_edit = QLineEdit()
        self.placeholder_edit.setObjectName("field-placeholder")
        self.placeholder_edit.editingFinished.connect(
            lambda: self._commit(placeholder=self.placeholder_edit.text().strip())
        )
        self.default_edit = QLineEdit()
        self.default_edit.setObjectName("field-default")
        self.default_edit.editingFinished.connect(
            lambda: self._commit(default=self.default_edit.text().strip() or None)
        )
        self.default_check = QCheckBox(self.tr("Ticked at first"))
        self.default_check.setObjectName("field-default-check")
        self.default_check.toggled.connect(lambda on: self._commit(default=True if on else None))
        self.width_combo = QComboBox()
        self.width_combo.setObjectName("field-width")
        for columns in range(1, MAX_PER_ROW + 1):
            text = (
                self.tr("Whole row")
                if columns == MAX_PER_ROW
                else self.tr("{count} of {total} columns").format(count=columns, total=MAX_PER_ROW)
            )
            self.width_combo.addItem(text, columns)
        self.width_combo.activated.connect(lambda _i: self._commit(width=int(self.width_combo.currentData())))
        form.addRow(self.tr("Key:"), self.key_edit)
        form.addRow("", self.key_message)
        form.addRow(self.tr("Label:"), self.label_edit)
        form.addRow(self.tr("Help:"), self.help_edit)
        self.placeholder_row = self._row(form, self.tr("Placeholder:"), self.placeholder_edit)
        self.default_row = self._row(form, self.tr("Default:"), self.default_edit)
        self.default_check_row = self._row(form, "", self.default_check)
        form.addRow(self.tr("Width:"), self.width_combo)

        self.rules_box, form = _section(self.tr("Validation"))
        self.required_check = QCheckBox(self.tr("Required"))
        self.required_check.setObjectName("field-required")
        self.required_check.toggled.connect(lambda on: self._commit(required=on))
        self.min_edit = QLineEdit()
        self.min_edit.setObjectName("field-min")
        self.min_edit.editingFinished.connect(lambda: self._commit(min=self.min_edit.text().strip() or None))
        self.max_edit = QLineEdit()
        self.max_edit.setObjectName("field-max")
        self.max_edit.editingFinished.connect(lambda: self._commit(max=self.max_edit.text().strip() or None))
        self.min_length_spin = _optional_spin("field-min-length", 0, MAX_LENGTH_LIMIT, self.tr("None"))
        self.min_length_spin.valueChanged.connect(lambda value: self._commit(min_length=value or None))
        self.max_length_spin = _optional_spin("field-max-length", 0, MAX_LENGTH_LIMIT, self.tr("None"))
        self.max_length_spin.valueChanged.connect(lambda value: self._commit(max_length=value or None))
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("field-pattern")
        self.pattern_edit.setMaxLength(PATTERN_LIMIT)
        self.pattern_edit.setPlaceholderText(r"^1[3-9]\d{9}$")
        self.pattern_edit.textChanged.connect(self._check_pattern)
        self.pattern_edit.editingFinished.connect(
            lambda: self._commit(pattern=self.pattern_edit.text().strip() or None)
        )
        self.pattern_message = QLabel()
        self.pattern_message.setObjectName("field-pattern-message")
        self.pattern_message.setWordWrap(True)
        self.precision_spin = _optional_spin("field-precision", -1, MAX_PRECISION, self.tr("Any"))
        self.precision_spin.setSuffix(self.tr(" decimals"))
        self.precision_spin.valueChanged.connect(lambda value: self._commit(precision=None if value < 0 else value))
        self.max_files_spin = _optional_spin(
            "field-max-files", 0, MAX_FILES, self.tr("Up to {count}").format(count=MAX_FILES)
        )
        self.max_files_spin.valueChanged.connect(lambda value: self._commit(max_files=value or None))
        self.required_row = self._row(form, "", self.required_check)
        self.min_row = self._row(form, self.tr("Minimum:"), self.min_edit)
        self.max_row = self._row(form, self.tr("Maximum:"), self.max_edit)
        self.min_length_row = self._row(form, self.tr("Shortest:"), self.min_length_spin)
        self.max_length_row = self._row(form, self.tr("Longest:"), self.max_length_spin)
        self.pattern_row = self._row(form, self.tr("Pattern:"), self.pattern_edit)
        self.pattern_message_row = self._row(form, "", self.pattern_message)
        self.precision_row = self._row(form, self.tr("Decimals:"), self.precision_spin)
        self.max_files_row = self._row(form, self.tr("Most files:"), self.max_files_spin)

        # Options of a choice.
        self.options_box = QGroupBox(self.tr("Options"))
        self.options_model = OptionsModel(self)
        self.options_model.edited.connect(lambda options: self._commit(options=options))
        self.options_view = QListView()
        self.options_view.setObjectName("field-options")
        self.options_view.setModel(self.options_model)
        self.options_view.setMaximumHeight(130)
        self.options_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.option_add_button = _button("mdi6.plus", self.tr("Add"), "option-add")
        self.option_add_button.clicked.connect(lambda _c=False: self.add_option())
        self.option_remove_button = _button("mdi6.minus", self.tr("Remove"), "option-remove")
        self.option_remove_button.clicked.connect(lambda _c=False: self.remove_option(self._option_row()))
        self.option_up_button = _button("mdi6.arrow-up", self.tr("Up"), "option-up")
        self.option_up_button.clicked.connect(lambda _c=False: self.move_option(self._option_row(), -1))
        self.option_down_button = _button("mdi6.arrow-down", self.tr("Down"), "option-down")
        self.option_down_button.clicked.connect(lambda _c=False: self.move_option(self._option_row(), 1))
        options_layout = QVBoxLayout(self.options_box)
        options_layout.addWidget(_hint(self.tr("Double-click an option to rename it. Stored data keeps the text.")))
        options_layout.addWidget(self.options_view)
        buttons = QHBoxLayout()
        for button in (
            self.option_add_button,
            self.option_remove_button,
            self.option_up_button,
            self.option_down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        options_layout.addLayout(buttons)

        # Formula of a computed field.
        self.formula_box = QGroupBox(self.tr("Formula"))
        self.formula_edit = CommitTextEdit()
        self.formula_edit.setObjectName("field-formula")
        self.formula_edit.setFixedHeight(64)
        self.formula_edit.setPlaceholderText("quantity * unit_price")
        self.formula_edit.textChanged.connect(self._check_formula)
        self.formula_edit.committed.connect(
            lambda: self._commit(formula=self.formula_edit.toPlainText().strip() or None)
        )
        self.formula_message = QLabel()
        self.formula_message.setObjectName("field-formula-message")
        self.formula_message.setWordWrap(True)
        self.formula_names = _hint()
        self.formula_names.setObjectName("field-formula-names")
        formula_layout = QVBoxLayout(self.formula_box)
        formula_layout.addWidget(self.formula_edit)
        formula_layout.addWidget(self.formula_message)
        formula_layout.addWidget(self.formula_names)

        # Rules over the other fields.
        self.visible_box = QGroupBox(self.tr("Shown when"))
        self.visible_editor = ConditionEditor(
            wording=ConditionWording(
                lead=self.tr("Show this field when"),
                no_comparison=self.tr("No comparison: the field is always shown."),
                empty_text=self.tr("Empty: the field is always shown."),
                unknown_names=self.tr("The form has no field {names}; publishing will be refused until it does."),
            )
        )
        self.visible_editor.setObjectName("field-visible-when")
        self.visible_editor.condition_committed.connect(lambda cond: self._commit(visible_when=cond))
        QVBoxLayout(self.visible_box).addWidget(self.visible_editor)
        self.required_when_box = QGroupBox(self.tr("Required when"))
        self.required_when_editor = ConditionEditor(
            wording=ConditionWording(
                lead=self.tr("Require this field when"),
                no_comparison=self.tr("No comparison: only the Required box decides."),
                empty_text=self.tr("Empty: only the Required box decides."),
                unknown_names=self.tr("The form has no field {names}; publishing will be refused until it does."),
            )
        )
        self.required_when_editor.setObjectName("field-required-when")
        self.required_when_editor.condition_committed.connect(lambda cond: self._commit(required_when=cond))
        QVBoxLayout(self.required_when_box).addWidget(self.required_when_editor)

        layout.addWidget(self.type_info)
        layout.addWidget(general)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.options_box)
        layout.addWidget(self.formula_box)
        layout.addWidget(self.visible_box)
        layout.addWidget(self.required_when_box)
        layout.addStretch(1)
        return page

    @staticmethod
    def _row(form: QFormLayout, label: str, widget: QWidget) -> tuple[QFormLayout, QWidget]:
        form.addRow(label, widget)
        return form, widget

    @staticmethod
    def _show_row(row: tuple[QFormLayout, QWidget], shown: bool) -> None:
        form, widget = row
        form.setRowVisible(widget, shown)

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _hint(
                self.tr(
                    "Select a field on the canvas to edit it. Drag fields from the palette; drop them between rows "
                    "for a new row or beside a field to share its row."
                )
            )
        )
        self.summary_label = _hint()
        self.summary_label.setObjectName("form-summary")
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        return page

    # --- what is shown ------------------------------------------------------------------------------

    def show_field(self, key: str | None) -> None:
        if key is None or not self.model.has(key):
            self.show_nothing()
            return
        self.key = key
        self.stack.setCurrentIndex(FIELD_PAGE)
        self._load_field(keep_mode=False)
        self.shown_changed.emit()

    def show_nothing(self) -> None:
        self.key = None
        self.stack.setCurrentIndex(FORM_PAGE)
        self._load_form()
        self.shown_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._apply_read_only()

    def _size_to_page(self, current: int) -> None:
        # A stack is as large as its largest page; size it to the page shown instead.
        for number in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if number == current else QSizePolicy.Policy.Ignored
            page = self.stack.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.adjustSize()

    def _reload(self) -> None:
        if self.key is not None and self.model.has(self.key):
            self._load_field(keep_mode=True)
        else:
            self.show_nothing()

    def _field_changed(self, key: str) -> None:
        if key == self.key:
            self._load_field(keep_mode=True)
        else:
            self._refresh_timer.start()  # labels and kinds of the fields a rule may read

    def _field_renamed(self, old: str, new: str) -> None:
        if self.key == old:
            self.key = new

    def _field_removed(self, key: str) -> None:
        if key == self.key:
            self.show_nothing()
        else:
            self._refresh_timer.start()

    def _model_reset(self) -> None:
        self.read_only = self.model.read_only
        self.show_nothing()

    # --- loading ------------------------------------------------------------------------------------

    def _other_fields(self) -> tuple[dict[str, str], dict[str, str]]:
        """The fields a rule of the shown field may read (every other field): kinds and labels."""
        kinds: dict[str, str] = {}
        labels: dict[str, str] = {}
        for key in self.model.field_keys():
            if key == self.key:
                continue
            spec = self.model.field(key)
            kinds[key] = condition_kind(spec.type)
            labels[key] = spec.label
        return kinds, labels

    def _load_field(self, *, keep_mode: bool) -> None:
        assert self.key is not None
        spec = self.model.field(self.key)
        kind = spec.type
        self._loading = True
        try:
            self.title.setText(f"{field_type_label(kind)} · {spec.label or spec.key}")
            self.type_info.setText(field_type_description(kind))
            if not self.key_edit.hasFocus() or self.key_edit.text() == spec.key:
                self.key_edit.setText(spec.key)
                self._show_key_message("")
            self.label_edit.setText(spec.label)
            self.help_edit.setPlainText(spec.help)
            self.placeholder_edit.setText(spec.placeholder)
            self.default_edit.setText("" if spec.default is None else str(spec.default))
            self.default_check.setChecked(spec.default is True)
            self.width_combo.setCurrentIndex(max(0, self.width_combo.findData(max(1, min(MAX_PER_ROW, spec.width)))))
            self.required_check.setChecked(spec.required)
            self.min_edit.setText(spec.min or "")
            self.max_edit.setText(spec.max or "")
            self.min_length_spin.setValue(spec.min_length or 0)
            self.max_length_spin.setValue(spec.max_length or 0)
            self.pattern_edit.setText(spec.pattern or "")
            self.precision_spin.setMaximum(fs.MONEY_PRECISION if kind == "money" else MAX_PRECISION)
            self.precision_spin.setValue(-1 if spec.precision is None else spec.precision)
            self.max_files_spin.setValue(spec.max_files or 0)
            self.options_model.set_options(spec.options)
            if self.formula_edit.toPlainText() != (spec.formula or ""):
                self.formula_edit.setPlainText(spec.formula or "")
            kinds, labels = self._other_fields()
            for editor, condition in (
                (self.visible_editor, spec.visible_when),
                (self.required_when_editor, spec.required_when),
            ):
                unchanged = editor.condition == condition and editor.fields == kinds
                if not (keep_mode and unchanged):  # else the user's unfinished rows or text stay
                    editor.set_condition(condition, kinds, labels=labels, keep_mode=keep_mode)
            self._show_row(self.placeholder_row, kind in PLACEHOLDER_TYPES)
            self._show_row(self.default_row, kind in DEFAULT_TYPES)
            self._show_row(self.default_check_row, kind == "checkbox")
            self._show_row(self.required_row, kind != "computed")
            self._show_row(self.min_row, kind in RANGE_TYPES)
            self._show_row(self.max_row, kind in RANGE_TYPES)
            self._show_row(self.min_length_row, kind in LENGTH_TYPES)
            self._show_row(self.max_length_row, kind in LENGTH_TYPES)
            self._show_row(self.pattern_row, kind in PATTERN_TYPES)
            self._show_row(self.pattern_message_row, kind in PATTERN_TYPES)
            self._show_row(self.precision_row, kind in PRECISION_TYPES)
            self._show_row(self.max_files_row, kind in FILE_TYPES)
            self.rules_box.setVisible(kind != "computed")
            self.options_box.setVisible(kind in OPTION_TYPES)
            self.formula_box.setVisible(kind == "computed")
            self.required_when_box.setVisible(kind != "computed")
            placeholder = {
                "number": "0",
                "money": "0.00",
                "date": "2026-01-31",
                "datetime": "2026-01-31T09:00:00+08:00",
            }.get(kind, "")
            for edit in (self.min_edit, self.max_edit, self.default_edit):
                edit.setPlaceholderText(placeholder)
        finally:
            self._loading = False
        self._check_pattern()
        self._check_formula()
        self._apply_read_only()
        self._show_problems()

    def _load_form(self) -> None:
        self.title.setText(self.tr("Form"))
        count, rows = len(self.model.field_keys()), len(self.model.rows)
        self.summary_label.setText(self.tr("{fields} fields in {rows} rows.").format(fields=count, rows=rows))
        self._apply_read_only()
        self._show_problems()

    def _show_problems(self) -> None:
        problems = self.model.problems_for(self.key)
        self.problems_label.setText("\n".join(f"• {error_message(p.error)}" for p in problems))
        self.problems_label.setVisible(bool(problems))

    # --- live checks --------------------------------------------------------------------------------

    def _show_key_message(self, text: str) -> None:
        self.key_message.setText(text)
        self.key_message.setVisible(bool(text))

    def _check_pattern(self) -> None:
        text = self.pattern_edit.text().strip()
        if not text:
            self._message(self.pattern_message, self.tr("No pattern: any text of the allowed length."), HINT_COLOR)
            return
        try:
            re.compile(text)
        except re.error as exc:
            self._message(
                self.pattern_message, self.tr("The pattern is not valid: {reason}").format(reason=exc), ERROR_COLOR
            )
            return
        self._message(self.pattern_message, self.tr("✓ The pattern is valid."), OK_COLOR)

    def _check_formula(self) -> None:
        kinds, labels = self._other_fields()
        names = "、".join(f"{key}（{labels[key]}）" if labels.get(key) else key for key in kinds)
        self.formula_names.setText(
            self.tr("Fields it may use: {names}").format(names=names) if names else self.tr("No other fields yet.")
        )
        text = self.formula_edit.toPlainText().strip()
        if not text:
            self._message(self.formula_message, self.tr("Write a formula over the other fields."), WARNING_COLOR)
            return
        try:
            parsed = expressions.parse(text)
        except ValidationError as exc:
            self._message(self.formula_message, error_message(exc), ERROR_COLOR)
            return
        unknown = sorted(parsed.names - set(kinds))
        if unknown:
            self._message(
                self.formula_message,
                self.tr("The form has no field {names}.").format(names="、".join(unknown)),
                ERROR_COLOR,
            )
        else:
            self._message(self.formula_message, self.tr("✓ The formula is valid."), OK_COLOR)

    @staticmethod
    def _message(label: QLabel, text: str, color: str) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {color};")

    # --- read-only ----------------------------------------------------------------------------------

    def _apply_read_only(self) -> None:
        read_only = self.read_only
        self.read_only_label.setVisible(read_only)
        for edit in (
            self.key_edit,
            self.label_edit,
            self.placeholder_edit,
            self.default_edit,
            self.min_edit,
            self.max_edit,
            self.pattern_edit,
        ):
            edit.setReadOnly(read_only)
        self.help_edit.setReadOnly(read_only)
        self.formula_edit.setReadOnly(read_only)
        for spin in (self.min_length_spin, self.max_length_spin, self.precision_spin, self.max_files_spin):
            spin.setReadOnly(read_only)
        for widget in (
            self.default_check,
            self.width_combo,
            self.required_check,
            self.option_add_button,
            self.option_remove_button,
            self.option_up_button,
            self.option_down_button,
        ):
            widget.setEnabled(not read_only)
        if self.options_model.read_only != read_only:
            self.options_model.beginResetModel()
            self.options_model.read_only = read_only
            self.options_model.endResetModel()
        self.visible_editor.set_read_only(read_only)
        self.required_when_editor.set_read_only(read_only)

    # --- committing ---------------------------------------------------------------------------------

    def _may_commit(self) -> bool:
        return not self._loading and not self.read_only and not self.model.read_only

    def _commit(self, **changes: Any) -> bool:
        """Push one ``SetField`` with ``changes`` when they change the shown field; True when pushed."""
        if not self._may_commit() or self.key is None or not self.model.has(self.key):
            return False
        spec = copy.deepcopy(self.model.field(self.key))
        changed = False
        for name, value in changes.items():
            if getattr(spec, name) != value:
                setattr(spec, name, copy.deepcopy(value))
                changed = True
        if changed:
            self.undo_stack.push(SetField(self.model, self.key, spec))
        else:
            self._load_field(keep_mode=True)  # a refused edit: show the stored value again
        return changed

    def _commit_key(self) -> None:
        if not self._may_commit() or self.key is None:
            return
        key = self.key_edit.text().strip()
        if key == self.key:
            self._show_key_message("")
            return
        if not fs.is_valid_key(key):
            self._show_key_message(
                self.tr("A key starts with a letter and has only letters, digits and '_' (at most {limit}).").format(
                    limit=fs.MAX_KEY
                )
            )
            return
        if self.model.has(key):
            self._show_key_message(self.tr("Another field already has the key {key}.").format(key=key))
            return
        self._show_key_message("")
        self._commit(key=key)

    # --- options ------------------------------------------------------------------------------------

    def _option_row(self) -> int:
        index = self.options_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _options(self) -> list[str]:
        return list(self.model.field(self.key).options) if self.key is not None else []

    def add_option(self, text: str | None = None) -> None:
        options = self._options()
        if text is None:
            number = len(options) + 1
            while (text := self.tr("Option {number}").format(number=number)) in options:
                number += 1
        if self._commit(options=[*options, text]):
            index = self.options_model.index(len(options), 0)
            self.options_view.setCurrentIndex(index)

    def remove_option(self, row: int) -> None:
        options = self._options()
        if 0 <= row < len(options):
            del options[row]
            self._commit(options=options)

    def move_option(self, row: int, step: int) -> None:
        options = self._options()
        other = row + step
        if 0 <= row < len(options) and 0 <= other < len(options):
            options[row], options[other] = options[other], options[row]
            if self._commit(options=options):
                self.options_view.setCurrentIndex(self.options_model.index(other, 0))
