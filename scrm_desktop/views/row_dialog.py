"""The dialog that creates, edits or only shows one row (a provider, an installer, a catalog row).

A subclass builds its fields and hands its form to ``finish_layout``, which adds the inline
message and the buttons (Create or Save and Cancel; Close when the dialog only shows the row) and
locks the fields of a read-only dialog. On OK the dialog reads the input (``input_fields``), saves it
in one transaction (``save``) and closes; when the input or the service refuses, it stays open with
the user's input and the field the error names gets the focus. Dialogs are opened with ``open()``
(window-modal, not blocking) and announce the result with ``saved``, so tests drive them through
their widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QLineEdit, QVBoxLayout, QWidget

from scrm_desktop.services.errors import ScrmError
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.widgets import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class CodedRow(Protocol):
    """A row people know by its code and name."""

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...


RowT = TypeVar("RowT", bound=CodedRow)


class RowDialog(QDialog, Generic[RowT]):
    """Create (``row`` None) or edit a row; ``read_only`` only shows it.

    Subclasses implement ``input_fields``, ``save`` and ``show_refusal``, and list their fields in
    ``field_widgets``.

    Signals:
        saved(object): the service saved the row (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(
        self, ctx: AppContext, row: RowT | None, *, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.read_only = read_only
        self.saved_row: RowT | None = None
        self.message = error_label()

    def set_title(self, new: str, shown: str, edit: str) -> None:
        """Title the window ``new``, or ``shown`` (read-only) or ``edit`` with the row's {code} and {name}."""
        if self.row is None:
            self.setWindowTitle(new)
        else:
            text = shown if self.read_only else edit
            self.setWindowTitle(text.format(code=self.row.code, name=self.row.name))

    def finish_layout(self, *parts: QLayout | QWidget) -> None:
        """Lay out ``parts`` above the message and the buttons; lock the fields when read-only."""
        buttons = QDialogButtonBox.StandardButton.Close if self.read_only else (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )  # fmt: skip
        self.button_box = QDialogButtonBox(buttons)
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Create") if self.row is None else self.tr("Save"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)
        if self.read_only:
            self.make_read_only()

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of each field, by the name the service gives it in its errors."""
        return {}

    def make_read_only(self) -> None:
        """Text fields become read-only (their text can still be selected and copied); the others disabled."""
        for widget in self.field_widgets().values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)

    def refuse(self, text: str, widget: QWidget | None = None) -> None:
        """Say why the dialog itself refuses the input, and focus ``widget``."""
        self.message.setText(text)
        self.message.setVisible(True)
        if widget is not None:
            widget.setFocus()

    def focus_field(self, exc: ScrmError) -> None:
        """Focus the field the service's error names."""
        widget = self.field_widgets().get(exc.field or "")
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        """Save through the service; stay open when the input or the service refuses."""
        if self.read_only:
            super().accept()
            return
        self.message.setVisible(False)
        fields = self.input_fields()
        if fields is None:
            return
        try:
            with self.ctx.db.session() as session:
                saved = self.save(session, fields)
        except ScrmError as exc:
            self.show_refusal(exc)
            self.focus_field(exc)
            return
        self.saved_row = saved
        self.saved.emit(saved)
        super().accept()

    def input_fields(self) -> dict[str, Any] | None:
        """The service's keyword arguments from the input; None (after ``refuse``) when it is incomplete."""
        raise NotImplementedError

    def save(self, session: Session, fields: dict[str, Any]) -> RowT:
        """Create the row, or update ``self.row``, from ``fields``."""
        raise NotImplementedError

    def show_refusal(self, exc: ScrmError) -> None:
        """Show the service's refusal with ``views.errors.show_error``.

        Each dialog calls it from its own module, the one place its errors are shown from (tests
        replace ``show_error`` there).
        """
        raise NotImplementedError
