"""The field palette of the form designer: the 17 kinds of field, dragged onto the form canvas
(or double-clicked to add one at the end of the form).

One place for what each field type is called, its icon and its one-line description (context
``FormFieldTypes``), so the palette, the canvas cards and the properties panel say the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from scrm_desktop.resources import icon
from scrm_desktop.services import form_schema as fs

Index = QModelIndex | QPersistentModelIndex

MIME_FIELD_TYPE = "application/x-scrm-form-field"
"""Drag payload of the palette: the field type as UTF-8."""
MIME_FIELD_KEY = "application/x-scrm-form-field-key"
"""Drag payload of a card on the canvas (a move): the field key as UTF-8."""

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1

_ICONS: dict[str, str] = {
    "text": "mdi6.form-textbox",
    "textarea": "mdi6.text-box-outline",
    "number": "mdi6.numeric",
    "money": "mdi6.currency-cny",
    "date": "mdi6.calendar",
    "datetime": "mdi6.calendar-clock",
    "select": "mdi6.form-dropdown",
    "multiselect": "mdi6.checkbox-multiple-marked-outline",
    "region": "mdi6.map-marker-outline",
    "customer": "mdi6.account-outline",
    "user": "mdi6.account-hard-hat-outline",
    "catalog_lines": "mdi6.table-large",
    "photo": "mdi6.camera-outline",
    "attachment": "mdi6.paperclip",
    "signature": "mdi6.draw",
    "checkbox": "mdi6.checkbox-marked-outline",
    "computed": "mdi6.function-variant",
}

# Kinds of field share a colour: typed input, choices, people and places, files, calculations.
_INPUT, _CHOICE, _LOOKUP, _FILE, _COMPUTED = "#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#2e7d32"
TYPE_COLORS: dict[str, str] = {
    "text": _INPUT,
    "textarea": _INPUT,
    "number": _INPUT,
    "money": _INPUT,
    "date": _INPUT,
    "datetime": _INPUT,
    "select": _CHOICE,
    "multiselect": _CHOICE,
    "checkbox": _CHOICE,
    "region": _LOOKUP,
    "customer": _LOOKUP,
    "user": _LOOKUP,
    "catalog_lines": _LOOKUP,
    "photo": _FILE,
    "attachment": _FILE,
    "signature": _FILE,
    "computed": _COMPUTED,
}


def field_type_label(field_type: str) -> str:
    """The translated name of a field type (单行文本, 金额 …); an unknown type is shown as it is."""
    labels = {
        "text": QCoreApplication.translate("FormFieldTypes", "Text"),
        "textarea": QCoreApplication.translate("FormFieldTypes", "Multi-line text"),
        "number": QCoreApplication.translate("FormFieldTypes", "Number"),
        "money": QCoreApplication.translate("FormFieldTypes", "Amount"),
        "date": QCoreApplication.translate("FormFieldTypes", "Date"),
        "datetime": QCoreApplication.translate("FormFieldTypes", "Date and time"),
        "select": QCoreApplication.translate("FormFieldTypes", "Single choice"),
        "multiselect": QCoreApplication.translate("FormFieldTypes", "Multiple choice"),
        "region": QCoreApplication.translate("FormFieldTypes", "Region"),
        "customer": QCoreApplication.translate("FormFieldTypes", "Customer"),
        "user": QCoreApplication.translate("FormFieldTypes", "User"),
        "catalog_lines": QCoreApplication.translate("FormFieldTypes", "Items and parts"),
        "photo": QCoreApplication.translate("FormFieldTypes", "Photos"),
        "attachment": QCoreApplication.translate("FormFieldTypes", "Attachments"),
        "signature": QCoreApplication.translate("FormFieldTypes", "Signature"),
        "checkbox": QCoreApplication.translate("FormFieldTypes", "Checkbox"),
        "computed": QCoreApplication.translate("FormFieldTypes", "Computed"),
    }
    return labels.get(field_type, field_type)


def field_type_description(field_type: str) -> str:
    """One sentence on what a field of this type collects (the palette's tooltip)."""
    descriptions = {
        "text": QCoreApplication.translate("FormFieldTypes", "One line of text, with optional length and pattern."),
        "textarea": QCoreApplication.translate("FormFieldTypes", "Several lines of text: remarks, descriptions."),
        "number": QCoreApplication.translate("FormFieldTypes", "A number with optional minimum, maximum and decimals."),
        "money": QCoreApplication.translate("FormFieldTypes", "An amount in yuan with two decimals, never rounded."),
        "date": QCoreApplication.translate("FormFieldTypes", "A calendar date."),
        "datetime": QCoreApplication.translate("FormFieldTypes", "A date with a time of day."),
        "select": QCoreApplication.translate("FormFieldTypes", "One option from a list."),
        "multiselect": QCoreApplication.translate("FormFieldTypes", "Any number of options from a list."),
        "region": QCoreApplication.translate("FormFieldTypes", "Province, city and district, chosen in turn."),
        "customer": QCoreApplication.translate("FormFieldTypes", "A customer from the customer list."),
        "user": QCoreApplication.translate("FormFieldTypes", "A user of this program."),
        "catalog_lines": QCoreApplication.translate(
            "FormFieldTypes", "Service items and spare parts with quantities; they become work-order lines."
        ),
        "photo": QCoreApplication.translate("FormFieldTypes", "One or more photos, stored in the database."),
        "attachment": QCoreApplication.translate("FormFieldTypes", "Files such as PDFs, stored in the database."),
        "signature": QCoreApplication.translate("FormFieldTypes", "A signature drawn with the mouse or a pen."),
        "checkbox": QCoreApplication.translate("FormFieldTypes", "Yes or no."),
        "computed": QCoreApplication.translate(
            "FormFieldTypes", "Calculated from other fields by a formula; nobody types it."
        ),
    }
    return descriptions.get(field_type, "")


def field_type_icon(field_type: str) -> QIcon:
    """The type's icon in its colour (cached by qtawesome). Needs a QApplication."""
    return icon(_ICONS.get(field_type, "mdi6.help-circle-outline"), color=TYPE_COLORS.get(field_type, "#546e7a"))


class FieldTypeModel(QAbstractListModel):
    """One row per field type: translated name, icon, a tooltip on what it collects; drags as
    ``MIME_FIELD_TYPE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.types: tuple[str, ...] = tuple(fs.FIELD_TYPES)
        self._icons: dict[str, QIcon] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.types)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.types) or index.column() != 0:
            return None
        field_type = self.types[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return field_type_label(field_type)
        if role == Qt.ItemDataRole.DecorationRole:
            if field_type not in self._icons:
                self._icons[field_type] = field_type_icon(field_type)
            return self._icons[field_type]
        if role == Qt.ItemDataRole.ToolTipRole:
            return field_type_description(field_type)
        if role == TYPE_ROLE:
            return field_type
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_FIELD_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        valid = [i for i in indexes if i.isValid() and 0 <= i.row() < len(self.types)]
        if valid:
            mime.setData(MIME_FIELD_TYPE, QByteArray(self.types[valid[0].row()].encode("utf-8")))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class FieldPalette(QListView):
    """The list of field types beside the form canvas.

    Signals:
        add_requested(str): a type was double-clicked; the designer adds such a field.
    """

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-palette")
        self.type_model = FieldTypeModel(self)
        self.setModel(self.type_model)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(18, 18))
        self.setSpacing(1)
        self.doubleClicked.connect(self._on_double_clicked)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        field_type = index.data(TYPE_ROLE)
        if isinstance(field_type, str):
            self.add_requested.emit(field_type)
