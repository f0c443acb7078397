"""The properties panel beside the canvas: the selected node, the selected connection, or (with
nothing selected) the workflow's stages.

The panel never changes the graph itself (HOUSE_STYLE 5). When the user finishes an edit (leaves
a field, picks from a combo box, ticks a box, edits a table cell) it pushes exactly one
``SetNode``, ``SetEdge`` or ``SetStages`` command, and only if the value really changed; typing
alone changes nothing. It redraws from the model's signals, so an undo shows the old value again
and the panel, the canvas and the issues list never disagree.

Roles, users and forms arrive as plain ``(value, label)`` lists: the panel does no I/O.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.workflow_designer.commands import SetEdge, SetNode, SetStages
from scrm_desktop.workflow_designer.condition_editor import ConditionEditor
from scrm_desktop.workflow_designer.graph_model import GraphModel
from scrm_desktop.workflow_designer.labels import node_type_description, node_type_label

Index = QModelIndex | QPersistentModelIndex
Choices = Sequence[tuple[str, str]]  # (value, label)
ICON_COLOR = "#37474f"
ERROR_COLOR = "#c62828"
WARNING_COLOR = "#ef6c00"
HINT_COLOR = "#616161"
MAX_SLA_HOURS = 24 * 365
MAX_PRIORITY = 999
NODE_PAGE, EDGE_PAGE, WORKFLOW_PAGE = range(3)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PropertiesPanel", text)


def permission_label(permission: str) -> str:
    labels = {
        "hidden": QCoreApplication.translate("PropertiesPanel", "Hidden"),
        "readonly": QCoreApplication.translate("PropertiesPanel", "Read-only"),
        "editable": QCoreApplication.translate("PropertiesPanel", "Editable"),
        "required": QCoreApplication.translate("PropertiesPanel", "Required"),
    }
    return labels.get(permission, permission)


def output_type_label(kind: str) -> str:
    labels = {
        "text": QCoreApplication.translate("PropertiesPanel", "Text"),
        "number": QCoreApplication.translate("PropertiesPanel", "Number"),
        "money": QCoreApplication.translate("PropertiesPanel", "Amount"),
        "date": QCoreApplication.translate("PropertiesPanel", "Date"),
        "bool": QCoreApplication.translate("PropertiesPanel", "Yes/no"),
        "choice": QCoreApplication.translate("PropertiesPanel", "Choice"),
    }
    return labels.get(kind, kind)


def approval_mode_label(mode: str) -> str:
    labels = {
        "any": QCoreApplication.translate("PropertiesPanel", "Any one approver"),
        "all": QCoreApplication.translate("PropertiesPanel", "All approvers"),
        "sequential": QCoreApplication.translate("PropertiesPanel", "One after another"),
    }
    return labels.get(mode, mode)


def approval_mode_hint(mode: str) -> str:
    hints = {
        "any": QCoreApplication.translate(
            "PropertiesPanel", "The first approver who approves decides; one rejection is enough to reject."
        ),
        "all": QCoreApplication.translate(
            "PropertiesPanel", "Every approver must approve, in any order; one rejection rejects."
        ),
        "sequential": QCoreApplication.translate(
            "PropertiesPanel",
            "The approvers decide one after another in the order listed; each sees the decisions before.",
        ),
    }
    return hints.get(mode, "")


def _unique_key(prefix: str, taken: set[str]) -> str:
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


# --- item models ------------------------------------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a cell whose value is one of ``choices`` (value, label)."""

    def __init__(self, choices: Choices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        # A choice is an edit finished: commit at once rather than when the cell loses focus.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FieldKeyDelegate(QStyledItemDelegate):
    """The field-key cell: a choice among the fields of the node's form (``FieldPermissionsModel.choices``),
    or free text when the form's fields are not known (no form chosen, or a form that does not exist)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        choices = model.choices if isinstance(model, FieldPermissionsModel) else []
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key in choices:
            combo.addItem(key, key)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class FieldPermissionsModel(QAbstractTableModel):
    """A node's form field permissions: field key → hidden / read-only / editable / required.

    ``choices`` are the field keys of the node's form: a new row takes the first one not listed
    yet, and the key cell offers them. Without them (no form, or its fields unknown) keys are free
    text. An edit does not change the node: it is reported with ``edited`` and the panel pushes it
    as one undo step.

    Signals:
        edited(object): the whole new mapping (dict) after the user changed a cell.
    """

    edited = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []
        self.read_only = False
        self.choices: list[str] = []

    def set_choices(self, keys: Sequence[str]) -> None:
        self.choices = list(keys)

    def set_permissions(self, permissions: dict[str, str]) -> None:
        if self.permissions() == permissions:
            return  # the user's own edit coming back: resetting now would close the cell editor
        self.beginResetModel()
        self.rows = sorted(permissions.items())
        self.endResetModel()

    def permissions(self) -> dict[str, str]:
        return dict(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        key, permission = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return key if index.column() == 0 else permission_label(permission)
        if role == Qt.ItemDataRole.EditRole:
            return key if index.column() == 0 else permission
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return {0: self.tr("Form field"), 1: self.tr("Permission")}.get(section)
        return super().headerData(section, orientation, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key, permission = self.rows[index.row()]
        if index.column() == 0:
            new_key = str(value).strip()
            if not new_key or (new_key != key and any(k == new_key for k, _p in self.rows)):
                return False
            key = new_key
        else:
            if value not in wg.FIELD_PERMISSIONS:
                return False
            permission = str(value)
        if self.rows[index.row()] == (key, permission):
            return False
        self.rows[index.row()] = (key, permission)
        self.dataChanged.emit(index, index)
        self.edited.emit(self.permissions())
        return True

    def add(self) -> None:
        """A new row, editable by default: the form's first field not listed yet (nothing when every
        one is), else a made-up key the user renames."""
        taken = {k for k, _p in self.rows}
        if self.choices:
            free = [key for key in self.choices if key not in taken]
            if not free:
                return
            key = free[0]
        else:
            key = _unique_key("field_", taken)
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append((key, "editable"))
        self.endInsertRows()
        self.edited.emit(self.permissions())

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit(self.permissions())


class OutputsModel(QAbstractTableModel):
    """The data a task records when it is submitted: key, label, type, required, options.

    Signals:
        edited(object): the whole new list of ``Output`` after the user changed a cell.
    """

    edited = Signal(object)
    KEY, LABEL, TYPE, REQUIRED, OPTIONS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[wg.Output] = []
        self.read_only = False

    def set_outputs(self, outputs: Sequence[wg.Output]) -> None:
        if self.rows == list(outputs):
            return  # the user's own edit coming back: resetting now would close the cell editor
        self.beginResetModel()
        self.rows = [copy.deepcopy(o) for o in outputs]
        self.endResetModel()

    def outputs(self) -> list[wg.Output]:
        return [copy.deepcopy(o) for o in self.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        output = self.rows[index.row()]
        column = index.column()
        if column == self.REQUIRED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if output.required else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.KEY: output.key,
                self.LABEL: output.label,
                self.TYPE: output_type_label(output.type),
                self.OPTIONS: "、".join(output.options),
            }
            return values.get(column)
        if role == Qt.ItemDataRole.EditRole:
            values = {
                self.KEY: output.key,
                self.LABEL: output.label,
                self.TYPE: output.type,
                self.OPTIONS: ", ".join(output.options),
            }
            return values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.OPTIONS:
            return self.tr("Only for the type Choice: the choices, separated by commas")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() == self.REQUIRED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = (self.tr("Key"), self.tr("Label"), self.tr("Type"), self.tr("Required"), self.tr("Options"))
            return titles[section] if 0 <= section < len(titles) else None
        return super().headerData(section, orientation, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or not index.isValid():
            return False
        output = copy.deepcopy(self.rows[index.row()])
        column = index.column()
        if column == self.REQUIRED and role == Qt.ItemDataRole.CheckStateRole:
            output.required = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == self.KEY:
            key = str(value).strip()
            if not key or any(o.key == key for i, o in enumerate(self.rows) if i != index.row()):
                return False
            output.key = key
        elif column == self.LABEL:
            output.label = str(value).strip()
        elif column == self.TYPE:
            if value not in wg.OUTPUT_TYPES:
                return False
            output.type = str(value)
        elif column == self.OPTIONS:
            text = str(value)
            for separator in ("，", "、"):
                text = text.replace(separator, ",")
            output.options = [o.strip() for o in text.split(",") if o.strip()]
        if output == self.rows[index.row()]:
            return False
        self.rows[index.row()] = output
        self.dataChanged.emit(index, index)
        self.edited.emit(self.outputs())
        return True

    def add(self) -> None:
        key = _unique_key("data_", {o.key for o in self.rows})
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(wg.Output(key=key, label="", type="text"))
        self.endInsertRows()
        self.edited.emit(self.outputs())

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit(self.outputs())


class CheckListModel(QAbstractListModel):
    """Items (id, label) the user ticks: the earlier nodes a task may send the work back to.

    Signals:
        edited(object): the ticked ids (list, in the items' order) after the user ticked one.
    """

    edited = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str]] = []
        self.checked: set[str] = set()
        self.read_only = False

    def set_items(self, items: Sequence[tuple[str, str]], checked: Sequence[str]) -> None:
        if self.items == list(items) and self.checked == set(checked):
            return
        self.beginResetModel()
        self.items = list(items)
        self.checked = set(checked)
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        return [item_id for item_id, _label in self.items if item_id in self.checked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item_id, label = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item_id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return item_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item_id = self.items[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(item_id)
        else:
            self.checked.discard(item_id)
        self.dataChanged.emit(index, index)
        self.edited.emit(self.checked_ids())
        return True


class ApproversModel(QAbstractListModel):
    """The approvers of an approval node, shown as "Role: dispatcher" or "User: 张三"."""

    def __init__(self, describe: Callable[[wg.Assignee], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.describe = describe
        self.approvers: list[wg.Assignee] = []

    def set_approvers(self, approvers: Sequence[wg.Assignee]) -> None:
        self.beginResetModel()
        self.approvers = [copy.deepcopy(a) for a in approvers]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.approvers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.approvers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {self.describe(self.approvers[index.row()])}"
        return None


class StagesModel(QAbstractListModel):
    """The workflow's stages in order; names are edited in place.

    Signals:
        edited(object): the whole new list of ``Stage`` after the user renamed one.
    """

    edited = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stages: list[wg.Stage] = []
        self.read_only = False

    def set_stages(self, stages: Sequence[wg.Stage]) -> None:
        if self.stages == list(stages):
            return  # the user's own rename coming back: resetting now would close the editor
        self.beginResetModel()
        self.stages = [wg.Stage(s.key, s.name) for s in stages]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.stages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.stages):
            return None
        stage = self.stages[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return stage.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Key: {key}").format(key=stage.key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = str(value).strip()
        stage = self.stages[index.row()]
        if not name or name == stage.name:
            return False
        self.stages[index.row()] = wg.Stage(stage.key, name)
        self.dataChanged.emit(index, index)
        self.edited.emit([wg.Stage(s.key, s.name) for s in self.stages])
        return True


# --- small widgets ------------------------------------------------------------------------------------


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text field that reports an edit when the user leaves it, like ``editingFinished``.

    Signals:
        committed(): focus left the field.
    """

    committed = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


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


def _small_table(model: QAbstractTableModel, delegates: dict[int, QStyledItemDelegate]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setMinimumHeight(90)
    table.setMaximumHeight(150)
    for column, delegate in delegates.items():
        table.setItemDelegateForColumn(column, delegate)
    return table


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _button(icon_name: str, text: str) -> QPushButton:
    return QPushButton(icon(icon_name, color=ICON_COLOR), text)


# --- the panel --------------------------------------------------------------------------------------


class PropertiesPanel(QWidget):
    """Edits the selected node or connection, or the workflow's stages when nothing is selected.

    Signals:
        shown_changed(): the panel now shows another item (or the workflow).
    """

    shown_changed = Signal()

    def __init__(
        self,
        model: GraphModel,
        undo_stack: QUndoStack,
        roles: Choices = (),
        users: Choices = (),
        forms: Choices = (),
        *,
        form_fields: wg.FormFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``forms`` are the (key, label) a node may attach; ``form_fields`` gives a form's field keys
        (None: unknown), which the field-permission table offers."""
        super().__init__(parent)
        self.model = model
        self.undo_stack = undo_stack
        self.roles = list(roles)
        self.users = list(users)
        self.forms = list(forms)
        self.form_fields = form_fields
        self.node_id: str | None = None
        self.edge_id: str | None = None
        self.read_only = model.read_only
        self._loading = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._reload)

        self.title = QLabel()
        self.title.setObjectName("properties-title")
        self.title.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.problems_label = QLabel()
        self.problems_label.setObjectName("properties-problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.read_only_label = _hint(self.tr("This version is read-only. Start a new draft to change the workflow."))
        self.read_only_label.setObjectName("properties-read-only")

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_node_page())
        self.stack.addWidget(self._build_edge_page())
        self.stack.addWidget(self._build_workflow_page())
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
        self.setMinimumWidth(360)

        model.node_changed.connect(self._node_changed)
        model.edge_changed.connect(self._edge_changed)
        model.node_removed.connect(self._node_removed)
        model.edge_removed.connect(self._edge_removed)
        model.node_added.connect(lambda _id: self._refresh_timer.start())
        model.edge_added.connect(lambda _id: self._refresh_timer.start())
        model.stages_changed.connect(self._reload)
        model.reset.connect(self._model_reset)
        model.validated.connect(self._show_problems)
        self.show_nothing()

    # --- building -----------------------------------------------------------------------------------

    def _build_node_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.type_info = _hint()
        self.type_info.setObjectName("node-type-info")

        general, form = _section(self.tr("General"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("node-name")
        self.name_edit.setMaxLength(wg.MAX_NAME)
        self.name_edit.editingFinished.connect(lambda: self._commit_node(name=self.name_edit.text().strip()))
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("node-stage")
        self.stage_combo.activated.connect(lambda _i: self._commit_node(stage=self.stage_combo.currentData() or None))
        self.description_edit = CommitTextEdit()
        self.description_edit.setObjectName("node-description")
        self.description_edit.setFixedHeight(60)
        self.description_edit.committed.connect(
            lambda: self._commit_node(description=self.description_edit.toPlainText().strip())
        )
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Stage:"), self.stage_combo)
        form.addRow(self.tr("Description:"), self.description_edit)

        # Task: who does it.
        self.assignee_box, form = _section(self.tr("Assignee"))
        self.assignee_combo = QComboBox()
        self.assignee_combo.setObjectName("assignee-value")
        self.assignee_kind = QComboBox()
        self.assignee_kind.setObjectName("assignee-kind")
        self.assignee_kind.addItem(self.tr("Role"), "role")
        self.assignee_kind.addItem(self.tr("User"), "user")
        self.assignee_kind.activated.connect(lambda _i: self._fill_people(self.assignee_combo, self._assignee_kind()))
        self.assignee_combo.activated.connect(lambda _i: self._commit_assignee())
        form.addRow(self.tr("Assigned to:"), self.assignee_kind)
        form.addRow("", self.assignee_combo)

        # Approval: who approves, how, and where a rejection goes.
        self.approval_box, form = _section(self.tr("Approval"))
        self.approvers_model = ApproversModel(self._describe_assignee, self)
        self.approvers_view = QListView()
        self.approvers_view.setObjectName("approvers")
        self.approvers_view.setModel(self.approvers_model)
        self.approvers_view.setMaximumHeight(100)
        self.approver_combo = QComboBox()
        self.approver_combo.setObjectName("approver-value")
        self.approver_kind = QComboBox()
        self.approver_kind.setObjectName("approver-kind")
        self.approver_kind.addItem(self.tr("Role"), "role")
        self.approver_kind.addItem(self.tr("User"), "user")
        self.approver_kind.activated.connect(lambda _i: self._fill_people(self.approver_combo, self._approver_kind()))
        self.add_approver_button = _button("mdi6.account-plus-outline", self.tr("Add"))
        self.add_approver_button.setObjectName("approver-add")
        self.add_approver_button.clicked.connect(lambda _c=False: self._add_approver())
        self.remove_approver_button = _button("mdi6.account-minus-outline", self.tr("Remove"))
        self.remove_approver_button.setObjectName("approver-remove")
        self.remove_approver_button.clicked.connect(lambda _c=False: self._remove_approver())
        chooser = QHBoxLayout()
        chooser.addWidget(self.approver_kind)
        chooser.addWidget(self.approver_combo, 1)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("approval-mode")
        for mode in wg.APPROVAL_MODES:
            self.mode_combo.addItem(approval_mode_label(mode), mode)
        self.mode_combo.activated.connect(lambda _i: self._commit_node(approval_mode=self.mode_combo.currentData()))
        self.mode_hint = _hint()
        self.reject_combo = QComboBox()
        self.reject_combo.setObjectName("reject-to")
        self.reject_combo.activated.connect(
            lambda _i: self._commit_node(reject_to=self.reject_combo.currentData() or None)
        )
        form.addRow(self.tr("Approvers:"), self.approvers_view)
        form.addRow("", chooser)
        form.addRow("", _buttons(self.add_approver_button, self.remove_approver_button))
        form.addRow(self.tr("Decided by:"), self.mode_combo)
        form.addRow("", self.mode_hint)
        form.addRow(self.tr("A rejection goes back to:"), self.reject_combo)

        # What a person does there: time limit, form, permissions, data, returns.
        self.work_box, form = _section(self.tr("Work"))
        self.sla_spin = QSpinBox()
        self.sla_spin.setObjectName("node-sla")
        self.sla_spin.setRange(0, MAX_SLA_HOURS)
        self.sla_spin.setSpecialValueText(self.tr("None"))
        self.sla_spin.setSuffix(self.tr(" working hours"))
        self.sla_spin.setKeyboardTracking(False)  # valueChanged only when an edit is finished or stepped
        self.sla_spin.valueChanged.connect(lambda value: self._commit_node(sla_hours=value or None))
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("node-form")
        self.form_combo.activated.connect(lambda _i: self._commit_node(form_key=self.form_combo.currentData() or None))
        self.permissions_model = FieldPermissionsModel(self)
        self.permissions_model.edited.connect(lambda perms: self._commit_node(field_permissions=perms))
        permission_choices = [(p, permission_label(p)) for p in wg.FIELD_PERMISSIONS]
        self.permissions_table = _small_table(
            self.permissions_model, {0: FieldKeyDelegate(self), 1: ChoiceDelegate(permission_choices, self)}
        )
        self.permissions_table.setObjectName("field-permissions")
        self.add_permission_button = _button("mdi6.plus", self.tr("Add field"))
        self.add_permission_button.clicked.connect(lambda _c=False: self.permissions_model.add())
        self.remove_permission_button = _button("mdi6.minus", self.tr("Remove"))
        self.remove_permission_button.clicked.connect(
            lambda _c=False: self.permissions_model.remove(self._selected_row(self.permissions_table))
        )
        self.outputs_model = OutputsModel(self)
        self.outputs_model.edited.connect(lambda outputs: self._commit_node(outputs=outputs))
        type_choices = [(t, output_type_label(t)) for t in wg.OUTPUT_TYPES]
        self.outputs_table = _small_table(self.outputs_model, {OutputsModel.TYPE: ChoiceDelegate(type_choices, self)})
        self.outputs_table.setObjectName("node-outputs")
        self.add_output_button = _button("mdi6.plus", self.tr("Add data field"))
        self.add_output_button.clicked.connect(lambda _c=False: self.outputs_model.add())
        self.remove_output_button = _button("mdi6.minus", self.tr("Remove"))
        self.remove_output_button.clicked.connect(
            lambda _c=False: self.outputs_model.remove(self._selected_row(self.outputs_table))
        )
        self.return_model = CheckListModel(self)
        self.return_model.edited.connect(lambda ids: self._commit_node(return_to=ids))
        self.return_view = QListView()
        self.return_view.setObjectName("return-to")
        self.return_view.setModel(self.return_model)
        self.return_view.setMaximumHeight(100)
        self.return_hint = _hint(self.tr("No earlier task or approval to send the work back to."))
        form.addRow(self.tr("SLA:"), self.sla_spin)
        form.addRow(self.tr("Form:"), self.form_combo)
        form.addRow(self.tr("Field permissions:"), self.permissions_table)
        form.addRow("", _buttons(self.add_permission_button, self.remove_permission_button))
        form.addRow(self.tr("Data recorded:"), self.outputs_table)
        form.addRow("", _buttons(self.add_output_button, self.remove_output_button))
        form.addRow(self.tr("May send back to:"), self.return_view)
        form.addRow("", self.return_hint)

        layout.addWidget(self.type_info)
        layout.addWidget(general)
        layout.addWidget(self.assignee_box)
        layout.addWidget(self.approval_box)
        layout.addWidget(self.work_box)
        layout.addStretch(1)
        return page

    def _build_edge_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        general, form = _section(self.tr("Connection"))
        self.edge_route = QLabel()
        self.edge_route.setObjectName("edge-route")
        self.edge_route.setWordWrap(True)
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("edge-label")
        self.label_edit.setMaxLength(wg.MAX_NAME)
        self.label_edit.editingFinished.connect(lambda: self._commit_edge(label=self.label_edit.text().strip()))
        self.priority_spin = QSpinBox()
        self.priority_spin.setObjectName("edge-priority")
        self.priority_spin.setRange(0, MAX_PRIORITY)
        self.priority_spin.setKeyboardTracking(False)
        self.priority_spin.valueChanged.connect(lambda value: self._commit_edge(priority=value))
        self.priority_hint = _hint(self.tr("A gateway checks its connections from the lowest number up."))
        self.default_check = QCheckBox(self.tr("Default path"))
        self.default_check.setToolTip(self.tr("Taken when the condition of no other connection holds"))
        self.default_check.setObjectName("edge-default")
        self.default_check.toggled.connect(lambda on: self._commit_edge(is_default=on))
        form.addRow(self.tr("Route:"), self.edge_route)
        form.addRow(self.tr("Label:"), self.label_edit)
        form.addRow(self.tr("Priority:"), self.priority_spin)
        form.addRow("", self.priority_hint)
        form.addRow("", self.default_check)

        self.condition_box = QGroupBox(self.tr("Condition"))
        box_layout = QVBoxLayout(self.condition_box)
        self.condition_editor = ConditionEditor()
        self.condition_editor.setObjectName("edge-condition")
        self.condition_editor.condition_committed.connect(self._commit_condition)
        box_layout.addWidget(self.condition_editor)
        self.no_condition_hint = _hint(
            self.tr("Only connections leaving an exclusive gateway have a condition or a default path.")
        )
        layout.addWidget(general)
        layout.addWidget(self.condition_box)
        layout.addWidget(self.no_condition_hint)
        layout.addStretch(1)
        return page

    def _build_workflow_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = _hint()
        self.summary_label.setObjectName("workflow-summary")
        box = QGroupBox(self.tr("Stages"))
        box_layout = QVBoxLayout(box)
        self.stages_model = StagesModel(self)
        self.stages_model.edited.connect(self._commit_stages)
        self.stages_view = QListView()
        self.stages_view.setObjectName("stages")
        self.stages_view.setModel(self.stages_model)
        self.stages_view.setMaximumHeight(160)
        self.stages_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.add_stage_button = _button("mdi6.plus", self.tr("Add"))
        self.add_stage_button.setObjectName("stage-add")
        self.add_stage_button.clicked.connect(lambda _c=False: self.add_stage())
        self.rename_stage_button = _button("mdi6.pencil-outline", self.tr("Rename"))
        self.rename_stage_button.clicked.connect(lambda _c=False: self._rename_stage())
        self.remove_stage_button = _button("mdi6.minus", self.tr("Remove"))
        self.remove_stage_button.setObjectName("stage-remove")
        self.remove_stage_button.clicked.connect(lambda _c=False: self.remove_stage(self._selected_stage()))
        self.up_stage_button = _button("mdi6.arrow-up", self.tr("Up"))
        self.up_stage_button.clicked.connect(lambda _c=False: self.move_stage(self._selected_stage(), -1))
        self.down_stage_button = _button("mdi6.arrow-down", self.tr("Down"))
        self.down_stage_button.clicked.connect(lambda _c=False: self.move_stage(self._selected_stage(), 1))
        box_layout.addWidget(
            _hint(
                self.tr("Stages group the nodes on the canvas (售前, 售中, 售后). Double-click a stage to rename it.")
            )
        )
        box_layout.addWidget(self.stages_view)
        box_layout.addLayout(_buttons(self.add_stage_button, self.rename_stage_button, self.remove_stage_button))
        box_layout.addLayout(_buttons(self.up_stage_button, self.down_stage_button))
        layout.addWidget(_hint(self.tr("Select a node or a connection on the canvas to edit it.")))
        layout.addWidget(self.summary_label)
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    # --- what is shown --------------------------------------------------------------------------------

    def show_node(self, node_id: str) -> None:
        if node_id not in self.model.graph.nodes:
            self.show_nothing()
            return
        self.node_id, self.edge_id = node_id, None
        self.stack.setCurrentIndex(NODE_PAGE)
        self._load_node(keep_mode=False)
        self.shown_changed.emit()

    def show_edge(self, edge_id: str) -> None:
        if edge_id not in self.model.graph.edges:
            self.show_nothing()
            return
        self.node_id, self.edge_id = None, edge_id
        self.stack.setCurrentIndex(EDGE_PAGE)
        self._load_edge(keep_mode=False)
        self.shown_changed.emit()

    def show_nothing(self) -> None:
        self.node_id = self.edge_id = None
        self.stack.setCurrentIndex(WORKFLOW_PAGE)
        self._load_workflow()
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
        if self.node_id is not None:
            self._load_node(keep_mode=True)
        elif self.edge_id is not None:
            self._load_edge(keep_mode=True)
        else:
            self._load_workflow()

    def _node_changed(self, node_id: str) -> None:
        if node_id == self.node_id:
            self._load_node(keep_mode=True)
        else:
            self._refresh_timer.start()  # names in lists, fields an edge's condition may read

    def _edge_changed(self, edge_id: str) -> None:
        if edge_id == self.edge_id:
            self._load_edge(keep_mode=True)
        else:
            self._refresh_timer.start()

    def _node_removed(self, node_id: str) -> None:
        if node_id == self.node_id:
            self.show_nothing()
        else:
            self._refresh_timer.start()

    def _edge_removed(self, edge_id: str) -> None:
        if edge_id == self.edge_id:
            self.show_nothing()
        else:
            self._refresh_timer.start()

    def _model_reset(self) -> None:
        self.read_only = self.model.read_only
        self.show_nothing()

    # --- loading ---------------------------------------------------------------------------------------

    def _load_node(self, *, keep_mode: bool) -> None:
        assert self.node_id is not None
        node = self.model.node(self.node_id)
        graph = self.model.graph
        self._loading = True
        try:
            self.title.setText(f"{node_type_label(node.type)} · {node.name or node.id}")
            self.type_info.setText(self._type_info(node.type))
            self.name_edit.setText(node.name)
            self.stage_combo.clear()
            self.stage_combo.addItem(self.tr("(no stage)"), "")
            for stage in graph.stages:
                self.stage_combo.addItem(stage.name, stage.key)
            if node.stage and self.stage_combo.findData(node.stage) < 0:
                self.stage_combo.addItem(self.tr("{key} (missing)").format(key=node.stage), node.stage)
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(node.stage or "")))
            self.description_edit.setPlainText(node.description)
            human = node.type in wg.HUMAN_TYPES
            self.assignee_box.setVisible(node.type == wg.TASK)
            self.approval_box.setVisible(node.type == wg.APPROVAL)
            self.work_box.setVisible(human)
            if node.type == wg.TASK:
                kind = node.assignee.kind if node.assignee else "role"
                self.assignee_kind.setCurrentIndex(max(0, self.assignee_kind.findData(kind)))
                self._fill_people(self.assignee_combo, kind, node.assignee)
            if node.type == wg.APPROVAL:
                self.approvers_model.set_approvers(node.approvers)
                self._fill_people(self.approver_combo, self._approver_kind())
                self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(node.approval_mode)))
                self.mode_hint.setText(approval_mode_hint(node.approval_mode))
                self._fill_targets(self.reject_combo, node, node.reject_to)
            if human:
                self.sla_spin.setValue(node.sla_hours or 0)
                self._fill_forms(node.form_key)
                self.permissions_model.set_choices(self._form_field_keys(node.form_key))
                self.permissions_model.set_permissions(node.field_permissions)
                self.outputs_model.set_outputs(node.outputs)
                targets = self._earlier_people(node)
                missing = [(n, n) for n in node.return_to if n not in {t for t, _l in targets}]
                self.return_model.set_items(targets + missing, node.return_to)
                self.return_hint.setVisible(not targets and not missing)
        finally:
            self._loading = False
        self._apply_read_only()
        self._show_problems()

    def _load_edge(self, *, keep_mode: bool) -> None:
        assert self.edge_id is not None
        edge = self.model.edge(self.edge_id)
        graph = self.model.graph
        source = graph.nodes.get(edge.source)
        self._loading = True
        try:
            route = f"{self._node_name(edge.source)} → {self._node_name(edge.target)}"
            self.title.setText(self.tr("Connection · {route}").format(route=edge.label or route))
            self.edge_route.setText(route)
            self.label_edit.setText(edge.label)
            self.priority_spin.setValue(max(0, min(MAX_PRIORITY, edge.priority)))
            gateway = source is not None and source.type == wg.EXCLUSIVE
            self.default_check.setVisible(gateway or edge.is_default)
            self.default_check.setChecked(edge.is_default)
            self.priority_spin.setEnabled(gateway)
            has_condition = edge.condition is not None or edge.foreign_condition is not None
            self.condition_box.setVisible(gateway or has_condition)
            self.no_condition_hint.setVisible(not gateway)
            fields = wg.available_fields(graph, edge.source, self.model.form_fields)
            editor = self.condition_editor
            unchanged = (
                editor.condition == edge.condition
                and editor.foreign == edge.foreign_condition
                and editor.fields == fields
            )
            if not (keep_mode and unchanged):  # else the user's unfinished rows or text stay as they are
                editor.set_condition(
                    edge.condition,
                    fields,
                    edge.foreign_condition,
                    labels=self._field_labels(edge.source),
                    keep_mode=keep_mode,
                )
        finally:
            self._loading = False
        self._apply_read_only()
        self._show_problems()

    def _load_workflow(self) -> None:
        graph = self.model.graph
        self._loading = True
        try:
            self.title.setText(self.tr("Workflow"))
            self.stages_model.set_stages(graph.stages)
            self.summary_label.setText(
                self.tr("{nodes} nodes, {edges} connections.").format(nodes=len(graph.nodes), edges=len(graph.edges))
            )
        finally:
            self._loading = False
        self._apply_read_only()
        self._show_problems()

    def _type_info(self, node_type: str) -> str:
        text = node_type_description(node_type)
        if node_type == wg.EXCLUSIVE:
            text += " " + self.tr(
                "Select one of its outgoing connections to give it a condition, a priority, or make it the default."
            )
        elif node_type in (wg.SPLIT, wg.JOIN):
            text += " " + self.tr("Every parallel split needs a parallel join where its paths meet again.")
        return text

    def _show_problems(self) -> None:
        if self.node_id is not None:
            problems = self.model.problems_for(node_id=self.node_id)
        elif self.edge_id is not None:
            problems = self.model.problems_for(edge_id=self.edge_id)
        else:
            problems = [p for p in self.model.problems if p.node_id is None and p.edge_id is None]
        self.problems_label.setText("\n".join(f"• {error_message(p.error)}" for p in problems))
        self.problems_label.setVisible(bool(problems))

    def _node_name(self, node_id: str) -> str:
        node = self.model.graph.nodes.get(node_id)
        return (node.name or node_type_label(node.type)) if node is not None else node_id

    def _earlier_people(self, node: wg.Node) -> list[tuple[str, str]]:
        """The tasks and approvals before ``node``: where its work may be sent back to."""
        graph = self.model.graph
        found = [
            (n.id, n.name or n.id)
            for n in graph.nodes.values()
            if n.id in graph.upstream(node.id) and n.type in wg.HUMAN_TYPES and n.id != node.id
        ]
        return sorted(found, key=lambda item: item[1])

    def _fill_targets(self, combo: QComboBox, node: wg.Node, current: str | None) -> None:
        combo.clear()
        combo.addItem(self.tr("— (the rejection ends here)"), "")
        for node_id, name in self._earlier_people(node):
            combo.addItem(name, node_id)
        if current and combo.findData(current) < 0:
            combo.addItem(self.tr("{name} (not before this node)").format(name=self._node_name(current)), current)
        combo.setCurrentIndex(max(0, combo.findData(current or "")))

    def _form_field_keys(self, key: str | None) -> list[str]:
        """The field keys of form ``key`` (empty: no form, or its fields are not known)."""
        if not key or self.form_fields is None:
            return []
        return list(self.form_fields(key) or [])

    def _fill_forms(self, current: str | None) -> None:
        self.form_combo.clear()
        self.form_combo.addItem(self.tr("None"), "")
        for key, label in self.forms:
            self.form_combo.addItem(label, key)
        if current and self.form_combo.findData(current) < 0:
            self.form_combo.addItem(self.tr("{key} (not found)").format(key=current), current)
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(current or "")))

    def _people(self, kind: str) -> Choices:
        return self.roles if kind == "role" else self.users

    def _fill_people(self, combo: QComboBox, kind: str, current: wg.Assignee | None = None) -> None:
        was_loading, self._loading = self._loading, True
        try:
            combo.clear()
            combo.addItem(self.tr("Choose…"), "")
            for value, label in self._people(kind):
                combo.addItem(label, value)
            if current is not None and current.kind == kind and current.value:
                if combo.findData(current.value) < 0:
                    combo.addItem(current.label or current.value, current.value)
                combo.setCurrentIndex(combo.findData(current.value))
            else:
                combo.setCurrentIndex(0)
        finally:
            self._loading = was_loading

    def _describe_assignee(self, assignee: wg.Assignee) -> str:
        labels = dict(self._people(assignee.kind))
        name = labels.get(assignee.value) or assignee.label or assignee.value
        if assignee.kind == "role":
            return self.tr("Role: {name}").format(name=name)
        return self.tr("User: {name}").format(name=name)

    def _field_labels(self, node_id: str) -> dict[str, str]:
        """The labels of the data fields earlier nodes record (a condition's field list shows them)."""
        labels: dict[str, str] = {}
        graph = self.model.graph
        for up in graph.upstream(node_id):
            node = graph.nodes.get(up)
            if node is None:
                continue
            for output in node.outputs:
                if output.label:
                    labels.setdefault(output.key, output.label)
        return labels

    # --- read-only ------------------------------------------------------------------------------------

    def _apply_read_only(self) -> None:
        read_only = self.read_only
        self.read_only_label.setVisible(read_only)
        for edit in (self.name_edit, self.label_edit):
            edit.setReadOnly(read_only)
        self.description_edit.setReadOnly(read_only)
        self.sla_spin.setReadOnly(read_only)
        for widget in (
            self.stage_combo,
            self.assignee_kind,
            self.assignee_combo,
            self.approver_kind,
            self.approver_combo,
            self.add_approver_button,
            self.remove_approver_button,
            self.mode_combo,
            self.reject_combo,
            self.form_combo,
            self.add_permission_button,
            self.remove_permission_button,
            self.add_output_button,
            self.remove_output_button,
            self.default_check,
            self.add_stage_button,
            self.rename_stage_button,
            self.remove_stage_button,
            self.up_stage_button,
            self.down_stage_button,
        ):
            widget.setEnabled(not read_only)
        if read_only:
            self.priority_spin.setEnabled(False)
        for model in (self.permissions_model, self.outputs_model, self.return_model, self.stages_model):
            if model.read_only != read_only:
                model.beginResetModel()
                model.read_only = read_only
                model.endResetModel()
        self.condition_editor.set_read_only(read_only)

    # --- committing -----------------------------------------------------------------------------------

    def _may_commit(self) -> bool:
        return not self._loading and not self.read_only and not self.model.read_only

    def _commit_node(self, **changes: Any) -> None:
        if not self._may_commit() or self.node_id is None or self.node_id not in self.model.graph.nodes:
            return
        node = copy.deepcopy(self.model.node(self.node_id))
        changed = False
        for name, value in changes.items():
            if getattr(node, name) != value:
                setattr(node, name, copy.deepcopy(value))
                changed = True
        if changed:
            self.undo_stack.push(SetNode(self.model, node))
        else:
            self._load_node(keep_mode=True)  # a refused table edit: show the stored value again

    def _commit_edge(self, **changes: Any) -> None:
        if not self._may_commit() or self.edge_id is None or self.edge_id not in self.model.graph.edges:
            return
        edge = copy.deepcopy(self.model.edge(self.edge_id))
        changed = False
        for name, value in changes.items():
            if getattr(edge, name) != value:
                setattr(edge, name, copy.deepcopy(value))
                changed = True
        if changed:
            self.undo_stack.push(SetEdge(self.model, edge))

    def _commit_condition(self, condition: dict[str, Any] | None) -> None:
        self._commit_edge(condition=condition, foreign_condition=None)

    def _assignee_kind(self) -> str:
        return str(self.assignee_kind.currentData() or "role")

    def _approver_kind(self) -> str:
        return str(self.approver_kind.currentData() or "role")

    def _commit_assignee(self) -> None:
        value = str(self.assignee_combo.currentData() or "")
        if not value:
            return
        kind = self._assignee_kind()
        label = self.assignee_combo.currentText() if kind == "user" else ""
        self._commit_node(assignee=wg.Assignee(kind, value, label))

    def _add_approver(self) -> None:
        if self.node_id is None:
            return
        value = str(self.approver_combo.currentData() or "")
        if not value:
            return
        kind = self._approver_kind()
        approvers = copy.deepcopy(self.model.node(self.node_id).approvers)
        if any(a.kind == kind and a.value == value for a in approvers):
            return
        label = self.approver_combo.currentText() if kind == "user" else ""
        self._commit_node(approvers=[*approvers, wg.Assignee(kind, value, label)])

    def _remove_approver(self) -> None:
        if self.node_id is None:
            return
        row = self._selected_row(self.approvers_view)
        approvers = copy.deepcopy(self.model.node(self.node_id).approvers)
        if 0 <= row < len(approvers):
            del approvers[row]
            self._commit_node(approvers=approvers)

    @staticmethod
    def _selected_row(view: QAbstractItemView) -> int:
        index = view.currentIndex()
        return index.row() if index.isValid() else -1

    # --- stages ---------------------------------------------------------------------------------------

    def _commit_stages(self, stages: list[wg.Stage]) -> None:
        if not self._may_commit():
            return
        if [(s.key, s.name) for s in stages] != [(s.key, s.name) for s in self.model.graph.stages]:
            self.undo_stack.push(SetStages(self.model, stages))

    def _selected_stage(self) -> int:
        return self._selected_row(self.stages_view)

    def add_stage(self, name: str | None = None) -> None:
        stages = [wg.Stage(s.key, s.name) for s in self.model.graph.stages]
        key = _unique_key("stage_", {s.key for s in stages})
        stages.append(wg.Stage(key, name or self.tr("New stage")))
        self._commit_stages(stages)
        self.stages_view.setCurrentIndex(self.stages_model.index(len(stages) - 1, 0))

    def remove_stage(self, row: int) -> None:
        stages = [wg.Stage(s.key, s.name) for s in self.model.graph.stages]
        if 0 <= row < len(stages):
            del stages[row]
            self._commit_stages(stages)

    def move_stage(self, row: int, step: int) -> None:
        stages = [wg.Stage(s.key, s.name) for s in self.model.graph.stages]
        other = row + step
        if 0 <= row < len(stages) and 0 <= other < len(stages):
            stages[row], stages[other] = stages[other], stages[row]
            self._commit_stages(stages)
            self.stages_view.setCurrentIndex(self.stages_model.index(other, 0))

    def _rename_stage(self) -> None:
        index = self.stages_view.currentIndex()
        if index.isValid() and not self.read_only:
            self.stages_view.edit(index)
