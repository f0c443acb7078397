"""The dialogs of the catalog pages: a service item or spare part, and a category.

Both save through the catalog service themselves and stay open with the user's input when it
refuses (the field named by the error gets the focus). They are opened with ``open()``
(window-modal, not blocking) and announce the result with ``saved``, so tests drive them through
their widgets.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.services import catalog
from scrm_desktop.services.catalog import CategoryRow, ItemRow
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.row_dialog import RowDialog
from scrm_desktop.views.widgets import field_column, hint_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def category_combo(
    categories: Sequence[CategoryRow], none_label: str, exclude: set[uuid.UUID] | None = None
) -> QComboBox:
    """A combo of ``none_label`` and every category by its path (``exclude``: not offered)."""
    combo = QComboBox()
    combo.addItem(none_label, None)
    for category in categories:
        if exclude and category.id in exclude:
            continue
        combo.addItem(category.path, category.id)
    combo.setMaxVisibleItems(20)
    return combo


class ItemDialog(RowDialog[ItemRow]):
    """Create (``row`` None) or edit a service item or spare part; ``read_only`` only shows it.

    Signals:
        saved(ItemRow): the service saved the row (the dialog then closes).
    """

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        categories: Sequence[CategoryRow],
        row: ItemRow | None = None,
        *,
        category_id: uuid.UUID | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, row, read_only=read_only, parent=parent)
        self.kind = kind
        service = kind == "service"
        self.set_title(
            self.tr("New service item") if service else self.tr("New spare part"),
            self.tr("Catalog row {code}"),
            self.tr("Edit {code} {name}"),
        )
        self.setMinimumWidth(560)

        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(self.tr("e.g. S-AC-WALL-1 (letters, digits, - _ .)"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(catalog.MAX_ITEM_NAME)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(list(catalog.UNITS))
        self.unit_combo.setCurrentText("")
        unit_edit = self.unit_combo.lineEdit()
        assert unit_edit is not None
        unit_edit.setMaxLength(catalog.MAX_UNIT)
        unit_edit.setPlaceholderText(self.tr("e.g. 台, 套, 米"))
        self.spec_edit = QLineEdit()
        self.spec_edit.setMaxLength(catalog.MAX_SPEC)
        self.spec_edit.setPlaceholderText(
            self.tr("Short description of the work") if service else self.tr("Brand, model or specification")
        )
        self.category_combo = category_combo(categories, self.tr("(no category)"))
        self.complexity_spin = QSpinBox()
        self.complexity_spin.setRange(catalog.MIN_COMPLEXITY, catalog.MAX_COMPLEXITY)
        self.complexity_spin.setToolTip(self.tr("1 = simple, 5 = most demanding; tier rules can depend on it."))
        self.owner_picker = RegionPicker()
        self.owner_picker.setPlaceholderText(self.tr("Empty: national catalog. Or a region, e.g. 广州市"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Unit:"), self.unit_combo)
        form.addRow(self.tr("Specification:"), self.spec_edit)
        form.addRow(self.tr("Category:"), self.category_combo)
        form.addRow(self.tr("Complexity:"), self.complexity_spin)
        form.addRow(self.tr("Owner region:"), field_column(self.owner_picker, self._owner_hint()))

        self.finish_layout(form)
        if row is not None:
            self._show_row(row)
        else:
            self.complexity_spin.setValue(1)
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(category_id)))
            scope = sorted(ctx.actor.region_scope)
            if not catalog.may_edit(ctx.actor, None) and scope:
                self.owner_picker.set_code(scope[0])  # branch editors must name one of their regions
        self.code_edit.setFocus()

    def _owner_hint(self) -> QWidget:
        actor = self.ctx.actor
        if catalog.may_edit(actor, None):
            text = self.tr("Leave empty for a national row; name a region for a row only that region uses.")
        else:
            text = self.tr("Branch rows belong to one of your regions: {regions}.").format(
                regions="、".join(region_index().path_name(code) for code in sorted(actor.region_scope))
            )
        return hint_label(text)

    def _show_row(self, row: ItemRow) -> None:
        self.code_edit.setText(row.code)
        self.name_edit.setText(row.name)
        self.unit_combo.setCurrentText(row.unit)
        self.spec_edit.setText(row.spec)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(row.category_id)))
        self.complexity_spin.setValue(row.complexity)
        self.owner_picker.set_code(row.owner_region_code)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "code": self.code_edit,
            "name": self.name_edit,
            "unit": self.unit_combo,
            "spec": self.spec_edit,
            "category_id": self.category_combo,
            "complexity": self.complexity_spin,
            "owner_region_code": self.owner_picker,
        }

    def input_fields(self) -> dict[str, Any] | None:
        owner: str | None = None
        if not self.owner_picker.is_empty():
            owner = self.owner_picker.code()
            if owner is None:
                self.refuse(
                    self.tr("“{text}” is not one region. Pick one from the list or type its six-digit code.").format(
                        text=self.owner_picker.text()
                    ),
                    self.owner_picker,
                )
                return None
        return {
            "code": self.code_edit.text(),
            "name": self.name_edit.text(),
            "unit": self.unit_combo.currentText(),
            "spec": self.spec_edit.text(),
            "category_id": self.category_combo.currentData(),
            "complexity": self.complexity_spin.value(),
            "owner_region_code": owner,
        }

    def save(self, session: Session, fields: dict[str, Any]) -> ItemRow:
        if self.row is None:
            return catalog.create_item(session, self.ctx.actor, kind=self.kind, **fields)
        return catalog.update_item(session, self.ctx.actor, self.row.id, expected_version=self.row.version, **fields)

    def show_refusal(self, exc: ScrmError) -> None:
        show_error(self, exc)


class CategoryDialog(QDialog):
    """Create a category (``row`` None, under ``parent_id``) or rename and move one.

    Signals:
        saved(CategoryRow): the service saved the category (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        categories: Sequence[CategoryRow],
        row: CategoryRow | None = None,
        *,
        parent_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.row = row
        self.saved_row: CategoryRow | None = None
        self.setWindowTitle(
            self.tr("New category") if row is None else self.tr("Category {name}").format(name=row.name)
        )
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(catalog.MAX_CATEGORY_NAME)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(self.tr("e.g. AC-INSTALL"))
        exclude = catalog.category_subtree(categories, row.id) if row is not None else None
        self.parent_combo = category_combo(categories, self.tr("(top level)"), exclude)
        chosen = row.parent_id if row is not None else parent_id
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(chosen)))
        if row is not None:
            self.name_edit.setText(row.name)
            self.code_edit.setText(row.code)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Parent:"), self.parent_combo)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create") if row is None else self.tr("Save")
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(self.tr("Tier rules refer to categories by their code; keep codes stable once rules use them."))
        )
        layout.addWidget(self.button_box)
        self.name_edit.setFocus()

    def accept(self) -> None:
        parent_id = self.parent_combo.currentData()
        try:
            with self.ctx.db.session() as session:
                actor = self.ctx.actor
                if self.row is None:
                    saved = catalog.create_category(
                        session,
                        actor,
                        kind=self.kind,
                        code=self.code_edit.text(),
                        name=self.name_edit.text(),
                        parent_id=parent_id,
                    )
                else:
                    version = self.row.version
                    if parent_id != self.row.parent_id:
                        version = catalog.move_category(
                            session, actor, self.row.id, expected_version=version, parent_id=parent_id
                        ).version
                    saved = catalog.rename_category(
                        session,
                        actor,
                        self.row.id,
                        expected_version=version,
                        code=self.code_edit.text(),
                        name=self.name_edit.text(),
                    )
        except ScrmError as exc:
            show_error(self, exc)
            widget = {"name": self.name_edit, "code": self.code_edit, "parent_id": self.parent_combo}.get(
                exc.field or ""
            )
            if widget is not None:
                widget.setFocus()
            return
        self.saved_row = saved
        self.saved.emit(saved)
        super().accept()
