"""What the provider and installer dialogs share: the editor of the regions a party works in, and
the fields every party has (code, name, phone, regions, bank account, notes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import parties
from scrm_desktop.services.parties import InstallerRow, ProviderRow
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.row_dialog import RowDialog
from scrm_desktop.views.widgets import ICON_COLOR, error_label, field_column

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
PartyT = TypeVar("PartyT", ProviderRow, InstallerRow)


class RegionListEditor(QWidget):
    """A list of regions: type or pick one, Add it, select one and Remove it.

    Adding a region already covered by one in the list changes nothing; adding a province
    removes the cities of it that are already listed.

    Signals:
        changed(): a region was added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = RegionPicker()
        self.add_button = QPushButton(icon("mdi6.map-marker-plus-outline", color=ICON_COLOR), self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(110)
        self.remove_button = QPushButton(icon("mdi6.close", color=ICON_COLOR), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = error_label()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.view, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.message)

    def codes(self) -> list[str]:
        return [str(self.model.item(r).data(CODE_ROLE)) for r in range(self.model.rowCount())]

    def set_codes(self, codes: Sequence[str]) -> None:
        self.model.clear()
        for code in codes:
            self._append(code)

    def _append(self, code: str) -> None:
        item = QStandardItem(region_index().path_name(code))
        item.setData(code, CODE_ROLE)
        item.setToolTip(code)
        self.model.appendRow(item)

    def add(self) -> bool:
        """Add the region the picker names; False (with a message) when it names none."""
        self.message.setVisible(False)
        if self.picker.is_empty():
            return True
        code = self.picker.code()
        if code is None:
            self.message.setText(
                self.tr("“{text}” is not one region. Pick one from the list or type its six-digit code.").format(
                    text=self.picker.text()
                )
            )
            self.message.setVisible(True)
            self.picker.setFocus()
            return False
        index = region_index()
        current = self.codes()
        if not any(index.is_within(code, c) for c in current):
            kept = [c for c in current if not index.is_within(c, code)]
            self.set_codes([*kept, code])
            self.changed.emit()
        self.picker.clear()
        return True

    def remove_selected(self) -> None:
        rows = sorted((i.row() for i in self.view.selectionModel().selectedRows()), reverse=True)
        for row in rows:
            self.model.removeRow(row)
        if rows:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.picker, self.add_button, self.remove_button):
            widget.setVisible(not read_only)


class PartyDialog(RowDialog[PartyT]):
    """A provider or installer dialog with the fields both have; subclasses add and lay out theirs.

    Subclasses implement ``party_fields`` (their own keyword arguments for the service), ``save``
    and ``show_refusal``.
    """

    def __init__(
        self, ctx: AppContext, row: PartyT | None, *, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, row, read_only=read_only, parent=parent)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.regions = RegionListEditor()
        self.bank_name_edit = QLineEdit()
        self.bank_name_edit.setMaxLength(parties.MAX_BANK_NAME)
        self.bank_name_edit.setPlaceholderText(self.tr("Bank and branch, e.g. 中国工商银行广州天河支行"))
        self.bank_account_edit = QLineEdit()
        self.bank_account_edit.setMaxLength(40)
        self.notes_edit = QLineEdit()
        self.notes_edit.setMaxLength(parties.MAX_NOTES)

    def regions_column(self, hint: QWidget) -> QVBoxLayout:
        """The regions editor above ``hint``, which says what the regions mean."""
        return field_column(self.regions, hint)

    def show_row(self, row: PartyT) -> None:
        """Fill the fields from ``row``; subclasses fill theirs too."""
        self.code_edit.setText(row.code)
        self.name_edit.setText(row.name)
        self.phone_edit.setText(row.phone)
        self.regions.set_codes(row.region_codes)
        self.bank_name_edit.setText(row.bank_name)
        self.bank_account_edit.setText(row.bank_account)
        self.notes_edit.setText(row.notes)

    def make_read_only(self) -> None:
        super().make_read_only()
        self.regions.set_read_only(True)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "code": self.code_edit,
            "name": self.name_edit,
            "phone": self.phone_edit,
            "region_codes": self.regions.picker,
            "bank_name": self.bank_name_edit,
            "bank_account": self.bank_account_edit,
            "notes": self.notes_edit,
        }

    def input_fields(self) -> dict[str, Any] | None:
        if not self.regions.add():  # a region typed but not added yet counts too
            return None
        own = self.party_fields()
        if own is None:
            return None
        return {
            "code": self.code_edit.text(),
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "bank_name": self.bank_name_edit.text(),
            "bank_account": self.bank_account_edit.text(),
            "notes": self.notes_edit.text(),
            "region_codes": self.regions.codes(),
            **own,
        }

    def party_fields(self) -> dict[str, Any] | None:
        """The subclass's own keyword arguments for the service; None (after ``refuse``) when incomplete."""
        raise NotImplementedError
