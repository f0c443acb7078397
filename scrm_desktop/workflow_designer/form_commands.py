"""Undo commands: every change the form designer makes to a form (HOUSE_STYLE 5).

Each command changes only the ``FormModel``; the canvas, the properties panel and the preview
follow its signals. Commands that move fields store the whole row layout before and after, so
an undo puts every field back exactly where it was (deleting the only field of a row and
undoing brings the row back too).

A placement that cannot be taken (beside the fields of a full row) is refused with
``PlacementRefused`` before anything is pushed.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from scrm_desktop.services import form_schema as fs
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from scrm_desktop.workflow_designer.form_model import (
    MAX_PER_ROW,
    FormModel,
    Placement,
    Rows,
    copy_rows,
    location,
    placed,
    unique_key,
    without,
)
from scrm_desktop.workflow_designer.form_palette import field_type_label

WIDE_TYPES = frozenset({"textarea", "catalog_lines", "photo", "attachment", "signature"})
"""Types a new field of which spans two of the row's columns (their editors need the room)."""


class PlacementRefused(ValidationError):
    """A field cannot go where it was dropped."""


def _refused() -> PlacementRefused:
    return PlacementRefused(QT_TRANSLATE_NOOP("ScrmError", "A row holds at most {count} fields."), count=MAX_PER_ROW)


def _name(spec: fs.FieldSpec) -> str:
    return spec.label or spec.key


def new_field(field_type: str, taken: set[str], key: str | None = None) -> fs.FieldSpec:
    """A field of ``field_type`` with a free key (``text``, ``text_2`` …) and its type's name as label.

    Choices start with two options to rename, so a new select is usable at once; wide editors
    (lines, photos, a signature pad …) span two columns.
    """
    spec = fs.FieldSpec(key=unique_key(key or field_type, taken), type=field_type, label=field_type_label(field_type))
    if field_type in WIDE_TYPES:
        spec.width = 2
    if field_type in ("select", "multiselect"):
        spec.options = [
            QCoreApplication.translate("FormCommands", "Option {number}").format(number=number) for number in (1, 2)
        ]
    return spec


class AddField(QUndoCommand):
    """A new field of a type at a placement (a drop from the palette)."""

    def __init__(
        self,
        model: FormModel,
        field_type: str,
        row: int,
        position: int | None = None,
        *,
        key: str | None = None,
        spec: fs.FieldSpec | None = None,
    ) -> None:
        self.spec = copy.deepcopy(spec) if spec is not None else new_field(field_type, set(model.schema.fields), key)
        super().__init__(QCoreApplication.translate("FormCommands", "Add {name}").format(name=_name(self.spec)))
        rows = placed(model.rows, self.spec.key, Placement(row, position))
        if rows is None:
            raise _refused()
        self.model, self.old_rows, self.new_rows = model, copy_rows(model.rows), rows

    @property
    def key(self) -> str:
        return self.spec.key

    def redo(self) -> None:
        self.model.add_field(copy.deepcopy(self.spec), self.new_rows)

    def undo(self) -> None:
        self.model.remove_field(self.spec.key, self.old_rows)


class RemoveField(QUndoCommand):
    """Delete a field; undo restores it, with its properties, at the same place."""

    def __init__(self, model: FormModel, key: str) -> None:
        self.spec = copy.deepcopy(model.field(key))
        super().__init__(QCoreApplication.translate("FormCommands", "Delete {name}").format(name=_name(self.spec)))
        self.model, self.old_rows = model, copy_rows(model.rows)
        self.new_rows: Rows = without(model.rows, key)

    def redo(self) -> None:
        self.model.remove_field(self.spec.key, self.new_rows)

    def undo(self) -> None:
        self.model.add_field(copy.deepcopy(self.spec), self.old_rows)


class MoveField(QUndoCommand):
    """Move a field to another row, another position in its row, or a new row of its own."""

    def __init__(self, model: FormModel, key: str, row: int, position: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("FormCommands", "Move {name}").format(name=_name(model.field(key))))
        rows = placed(model.rows, key, Placement(row, position))
        if rows is None:
            raise _refused()
        self.model, self.key = model, key
        self.old_rows, self.new_rows = copy_rows(model.rows), rows

    def changes_nothing(self) -> bool:
        return self.old_rows == self.new_rows

    def redo(self) -> None:
        self.model.set_rows(self.new_rows)

    def undo(self) -> None:
        self.model.set_rows(self.old_rows)


class SetField(QUndoCommand):
    """Replace a field's properties (its key too: the field keeps its place)."""

    def __init__(self, model: FormModel, key: str, new: fs.FieldSpec, text: str | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("FormCommands", "Change {name}").format(name=_name(new)))
        self.model = model
        self.old = copy.deepcopy(model.field(key))
        self.new = copy.deepcopy(new)

    def redo(self) -> None:
        self.model.replace_field(self.old.key, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.model.replace_field(self.new.key, copy.deepcopy(self.old))


class DuplicateField(QUndoCommand):
    """A copy of a field under a new key (``phone`` → ``phone_2``), beside it when its row has room,
    else in a new row just below."""

    def __init__(self, model: FormModel, key: str) -> None:
        source = model.field(key)
        self.spec = copy.deepcopy(source)
        self.spec.key = unique_key(key, set(model.schema.fields))
        super().__init__(QCoreApplication.translate("FormCommands", "Duplicate {name}").format(name=_name(source)))
        where = location(model.rows, key)
        row, position = where if where is not None else (len(model.rows), 0)
        rows = placed(model.rows, self.spec.key, Placement(row, position + 1))
        if rows is None:
            rows = placed(model.rows, self.spec.key, Placement(row + 1))
        assert rows is not None  # a new row always fits
        self.model, self.old_rows, self.new_rows = model, copy_rows(model.rows), rows

    @property
    def key(self) -> str:
        return self.spec.key

    def redo(self) -> None:
        self.model.add_field(copy.deepcopy(self.spec), self.new_rows)

    def undo(self) -> None:
        self.model.remove_field(self.spec.key, self.old_rows)
