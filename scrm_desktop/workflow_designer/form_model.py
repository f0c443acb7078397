"""The form designer's document: a ``FormSchema`` with signals (HOUSE_STYLE 5).

The canvas, the properties panel, the issues list and the preview never change the schema
themselves: they push undo commands (``form_commands.py``), the commands call the mutators
here, and every view redraws from the signals. So they can never disagree, and everything the
user does can be undone.

Where a field sits is described by a ``Placement``: a row index and a position in that row, or
(``position is None``) a new row inserted at that index. The pure functions ``placed``,
``without`` and ``location`` compute new row layouts; the commands store whole layouts, so an
undo puts every field back exactly where it was.

Signals:
    field_added(str): a field with this key was added.
    field_removed(str): the field with this key was removed.
    field_changed(str): the properties of the field with this key changed.
    field_renamed(str, str): a field's key changed from the first to the second (then
        ``field_changed`` follows with the new key).
    rows_changed(): the arrangement of fields in rows changed.
    reset(): the whole schema was replaced (a version was loaded).
    validated(): ``problems`` was recomputed (after every burst of changes).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from scrm_desktop.services import form_schema as fs

MAX_PER_ROW = fs.MAX_ROW_FIELDS
"""Fields side by side in one row."""

Rows = list[list[str]]


@dataclass(frozen=True)
class Placement:
    """Where a field goes: ``position`` in row ``row``, or a new row at index ``row`` (position None)."""

    row: int
    position: int | None = None

    @property
    def new_row(self) -> bool:
        return self.position is None


def copy_rows(rows: Rows) -> Rows:
    return [list(row) for row in rows]


def location(rows: Rows, key: str) -> tuple[int, int] | None:
    """Row index and position of ``key``, or None when it is in no row."""
    for number, row in enumerate(rows):
        if key in row:
            return number, row.index(key)
    return None


def without(rows: Rows, key: str) -> Rows:
    """``rows`` without ``key``; a row left empty goes too."""
    return [r for r in ([k for k in row if k != key] for row in rows) if r]


def fits(rows: Rows, key: str, placement: Placement) -> bool:
    """Whether ``key`` can go to ``placement`` (a full row takes nothing more beside its fields)."""
    if placement.new_row:
        return True
    if not 0 <= placement.row < len(rows):
        return False
    others = [k for k in rows[placement.row] if k != key]
    return len(others) < MAX_PER_ROW


def placed(rows: Rows, key: str, placement: Placement) -> Rows | None:
    """``rows`` with ``key`` moved (or added) to ``placement``; None when it does not fit.

    Indices in ``placement`` are those of ``rows`` as they are, the key still in place: moving a
    field to just after itself, or to a new row right above or below its own single-field row,
    changes nothing.
    """
    if not fits(rows, key, placement):
        return None
    marked: list[list[str | None]] = [[None if k == key else k for k in row] for row in rows]
    if placement.new_row:
        marked.insert(max(0, min(placement.row, len(marked))), [key])
    else:
        row = marked[placement.row]
        row.insert(max(0, min(placement.position or 0, len(row))), key)
    return [r for r in ([k for k in row if k is not None] for row in marked) if r]


def unique_key(base: str, taken: set[str]) -> str:
    """``base`` when free, else ``base_2``, ``base_3`` … (``phone_2`` → ``phone_3``)."""
    if base not in taken:
        return base
    stem, number = base, 2
    match = re.fullmatch(r"(.*[^_])_(\d+)", base)
    if match:
        stem, number = match.group(1), int(match.group(2)) + 1
    while f"{stem}_{number}" in taken:
        number += 1
    return f"{stem}_{number}"


class FormModel(QObject):
    """A form schema being designed, with its current problems.

    Signals:
        field_added(str): a field with this key was added.
        field_removed(str): the field with this key was removed.
        field_changed(str): the properties of the field with this key changed.
        field_renamed(str, str): a field's key changed (old, new).
        rows_changed(): fields were arranged differently in rows.
        reset(): the whole schema was replaced.
        validated(): ``problems`` was recomputed.
    """

    field_added = Signal(str)
    field_removed = Signal(str)
    field_changed = Signal(str)
    field_renamed = Signal(str, str)
    rows_changed = Signal()
    reset = Signal()
    validated = Signal()

    def __init__(self, schema: fs.FormSchema | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.schema = schema if schema is not None else fs.FormSchema(rows=[], fields={})
        self.read_only = False
        self.problems: list[fs.Problem] = []
        # Validation runs once per burst of changes (an undo of a many-field import validates once).
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(0)
        self._validate_timer.timeout.connect(self.revalidate)
        self.revalidate()

    # --- whole schema -----------------------------------------------------------------------------

    def set_schema(self, schema: fs.FormSchema, *, read_only: bool = False) -> None:
        self.schema = schema
        self.read_only = read_only
        self.reset.emit()
        self.revalidate()

    def copy_schema(self) -> fs.FormSchema:
        return copy.deepcopy(self.schema)

    def revalidate(self) -> None:
        self._validate_timer.stop()
        self.problems = list(fs.validate_schema(self.schema))
        self.validated.emit()

    def _changed(self) -> None:
        self._validate_timer.start()

    def problems_for(self, key: str | None) -> list[fs.Problem]:
        """The problems of field ``key`` (None: those of the whole form)."""
        return [p for p in self.problems if p.field_key == key]

    # --- reading ----------------------------------------------------------------------------------

    @property
    def rows(self) -> Rows:
        return self.schema.rows

    def field(self, key: str) -> fs.FieldSpec:
        return self.schema.fields[key]

    def has(self, key: str) -> bool:
        return key in self.schema.fields

    def field_keys(self) -> list[str]:
        """Every field key in reading order (row by row)."""
        return [k for row in self.schema.rows for k in row]

    def location(self, key: str) -> tuple[int, int] | None:
        return location(self.schema.rows, key)

    # --- mutators (used by the commands only) -----------------------------------------------------

    def add_field(self, spec: fs.FieldSpec, rows: Rows) -> None:
        """Add ``spec``; ``rows`` is the new arrangement (which holds its key)."""
        self.schema.fields[spec.key] = spec
        self._set_rows(rows)
        self.field_added.emit(spec.key)
        self.rows_changed.emit()
        self._changed()

    def remove_field(self, key: str, rows: Rows) -> fs.FieldSpec:
        """Remove field ``key``; ``rows`` is the new arrangement (without it). Returns the field."""
        spec = self.schema.fields.pop(key)
        self._set_rows(rows)
        self.field_removed.emit(key)
        self.rows_changed.emit()
        self._changed()
        return spec

    def set_rows(self, rows: Rows) -> None:
        """Arrange the fields as ``rows`` (a move)."""
        self._set_rows(rows)
        self.rows_changed.emit()
        self._changed()

    def replace_field(self, old_key: str, spec: fs.FieldSpec) -> None:
        """Put ``spec`` in place of field ``old_key`` (a properties change, maybe of the key itself)."""
        if spec.key != old_key:
            self.schema.fields = {(spec.key if k == old_key else k): v for k, v in self.schema.fields.items()}
            self.schema.rows = [[spec.key if k == old_key else k for k in row] for row in self.schema.rows]
        self.schema.fields[spec.key] = spec
        if spec.key != old_key:
            self.field_renamed.emit(old_key, spec.key)
        self.field_changed.emit(spec.key)
        self._changed()

    def _set_rows(self, rows: Rows) -> None:
        self.schema.rows = copy_rows(rows)
        # The fields' order is the reading order (form_schema: "insertion order = reading order").
        ordered = {k: self.schema.fields[k] for row in self.schema.rows for k in row if k in self.schema.fields}
        for key, spec in self.schema.fields.items():
            ordered.setdefault(key, spec)
        self.schema.fields = ordered
