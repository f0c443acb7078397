"""Service providers (服务商): the list with its filters, the provider dialog (covered regions, bank
details) and the small editor of the provider-type list.

Rows are loaded once per refresh and narrowed in memory by ``parties.provider_matches``, the same
test the service's own filters use. Actors without ``MANAGE_PROVIDERS`` (finance looking up bank
details) and actors whose regions do not cover a provider see it read-only. Every action opens one
transaction and calls one function of ``services.parties``. Dialogs are opened with ``open()``
(window-modal, not blocking) so tests drive them through their widgets.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import parties
from scrm_desktop.services.errors import ScrmError, StaleWriteError
from scrm_desktop.services.parties import ProviderRow, ProviderTypeRow
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.list_page import PartyListPage
from scrm_desktop.views.party_dialog import PartyDialog
from scrm_desktop.views.table_model import Column, RowTableModel
from scrm_desktop.views.widgets import ICON_COLOR, combo_uuid, field_column, hint_label, setup_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# --- the provider dialog ------------------------------------------------------------------------


class ProviderDialog(PartyDialog[ProviderRow]):
    """Create (``row`` None) or edit a provider; ``read_only`` only shows it.

    Signals:
        saved(ProviderRow): the service saved the provider (the dialog then closes).
    """

    def __init__(
        self,
        ctx: AppContext,
        types: Sequence[ProviderTypeRow],
        row: ProviderRow | None = None,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, row, read_only=read_only, parent=parent)
        self.set_title(
            self.tr("New service provider"), self.tr("Service provider {code} {name}"), self.tr("Edit {code} {name}")
        )
        self.setMinimumWidth(640)

        self.code_edit.setPlaceholderText(self.tr("e.g. GZ-HT (letters, digits, - _ .)"))
        self.name_edit.setMaxLength(parties.MAX_PROVIDER_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. 广州天河恒通机电安装服务部"))
        self.type_combo = QComboBox()
        for kind in types:
            if kind.is_active or (row is not None and kind.id == row.provider_type_id):
                self.type_combo.addItem(kind.name, str(kind.id))  # findData() cannot compare UUID objects
        self.contact_edit = QLineEdit()
        self.contact_edit.setMaxLength(parties.MAX_CONTACT)
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(parties.MAX_ADDRESS)
        self.account_name_edit = QLineEdit()
        self.account_name_edit.setMaxLength(parties.MAX_ACCOUNT_NAME)
        self.account_name_edit.setPlaceholderText(self.tr("Usually the provider's registered name"))
        self.tax_id_edit = QLineEdit()
        self.tax_id_edit.setMaxLength(20)
        self.tax_id_edit.setPlaceholderText(self.tr("18-character unified social credit code"))

        main = QFormLayout()
        main.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        main.addRow(self.tr("Code:"), self.code_edit)
        main.addRow(self.tr("Name:"), self.name_edit)
        main.addRow(self.tr("Provider type:"), self.type_combo)
        main.addRow(self.tr("Contact person:"), self.contact_edit)
        main.addRow(self.tr("Phone:"), self.phone_edit)
        main.addRow(self.tr("Address:"), self.address_edit)
        main.addRow(self.tr("Covered regions:"), self.regions_column(self._regions_hint()))
        main.addRow(self.tr("Notes:"), self.notes_edit)

        bank = QGroupBox(self.tr("Bank and tax"))
        bank_form = QFormLayout(bank)
        bank_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        bank_form.addRow(self.tr("Bank:"), self.bank_name_edit)
        account_hints = []
        if row is not None and row.pii_masked and row.bank_account and not read_only:
            account_hints.append(
                hint_label(self.tr("The account number is hidden. Leave it to keep it, or type the full new number."))
            )
        bank_form.addRow(self.tr("Account number:"), field_column(self.bank_account_edit, *account_hints))
        bank_form.addRow(self.tr("Account holder:"), self.account_name_edit)
        bank_form.addRow(self.tr("Tax ID:"), self.tax_id_edit)

        self.finish_layout(main, bank)
        if row is not None:
            self.show_row(row)
        self.code_edit.setFocus()

    def _regions_hint(self) -> QWidget:
        scope = sorted(self.ctx.actor.region_scope)
        if scope:
            text = self.tr(
                "Each region includes everything inside it. You may choose regions inside {regions}."
            ).format(regions="、".join(region_index().path_name(code) for code in scope))
        else:
            text = self.tr("Each region includes everything inside it, e.g. 广州市 covers all its districts.")
        return hint_label(text)

    def show_row(self, row: ProviderRow) -> None:
        super().show_row(row)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(str(row.provider_type_id))))
        self.contact_edit.setText(row.contact_name)
        self.address_edit.setText(row.address)
        self.account_name_edit.setText(row.account_name)
        self.tax_id_edit.setText(row.tax_id)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            **super().field_widgets(),
            "provider_type_id": self.type_combo,
            "contact_name": self.contact_edit,
            "address": self.address_edit,
            "account_name": self.account_name_edit,
            "tax_id": self.tax_id_edit,
        }

    def party_fields(self) -> dict[str, Any] | None:
        type_id = combo_uuid(self.type_combo.currentData())
        if type_id is None:
            self.refuse(self.tr("Choose a provider type. Add one with “Provider types…” first."))
            return None
        return {
            "provider_type_id": type_id,
            "contact_name": self.contact_edit.text(),
            "address": self.address_edit.text(),
            "account_name": self.account_name_edit.text(),
            "tax_id": self.tax_id_edit.text(),
        }

    def save(self, session: Session, fields: dict[str, Any]) -> ProviderRow:
        if self.row is None:
            return parties.create_provider(session, self.ctx.actor, **fields)
        return parties.update_provider(
            session, self.ctx.actor, self.row.id, expected_version=self.row.version, **fields
        )

    def show_refusal(self, exc: ScrmError) -> None:
        show_error(self, exc)


# --- the provider types -------------------------------------------------------------------------


class ProviderTypesDialog(QDialog):
    """The editable list of provider types: add, rename, reorder, deactivate.

    Signals:
        changed(): the list was changed (the page reloads its type filter).
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.can(Permission.MANAGE_PROVIDERS)
        self.setWindowTitle(self.tr("Provider types"))
        self.setMinimumSize(520, 420)
        self.model: RowTableModel[ProviderTypeRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Providers"), lambda r: r.provider_count, NUMBER),
                Column(self.tr("Rules"), lambda r: r.rule_count, NUMBER),
                Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
            ],
            parent=self,
            dimmed=lambda r: not r.is_active,
        )
        self.view = QTableView()
        self.view.setObjectName("provider-types-table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # the order is what this dialog edits
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(parties.MAX_TYPE_NAME)
        self.name_edit.setPlaceholderText(self.tr("Name of a new type, or the new name of the selected one"))
        self.add_button = self._button("mdi6.plus", self.tr("Add"), self.add_type)
        self.rename_button = self._button("mdi6.rename-box", self.tr("Rename"), self.rename_type)
        self.up_button = self._button("mdi6.arrow-up", self.tr("Move up"), lambda: self.move_selected(-1))
        self.down_button = self._button("mdi6.arrow-down", self.tr("Move down"), lambda: self.move_selected(1))
        self.toggle_button = self._button("mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.name_edit, 1)
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.rename_button)
        order_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.toggle_button):
            order_row.addWidget(button)
        order_row.addStretch(1)
        self.notice = QLabel()
        self.notice.setObjectName("provider-types-notice")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tier rules and owner rules match providers by the name of their type, so a type that "
                    "rules use cannot be renamed. Inactive types stay on their providers but are no longer offered."
                )
            )
        )
        layout.addWidget(self.view, 1)
        if self.can_edit:
            layout.addLayout(edit_row)
            layout.addLayout(order_row)
        layout.addWidget(self.notice)
        layout.addWidget(close)
        self.reload()

    def _button(self, icon_name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(icon_name, color=ICON_COLOR), text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def reload(self, select: uuid.UUID | None = None) -> None:
        current = self.selected_row()
        keep = select or (current.id if current is not None else None)
        try:
            with self.ctx.db.session() as session:
                rows = parties.list_provider_types(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        if keep is not None:
            for number, row in enumerate(rows):
                if row.id == keep:
                    self.view.selectionModel().setCurrentIndex(
                        self.model.index(number, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                    )
        self._selection_changed()

    def selected_row(self) -> ProviderTypeRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.name_edit.setText(row.name)
        position = self.model.rows.index(row) if row is not None else -1
        self.rename_button.setEnabled(row is not None)
        self.up_button.setEnabled(position > 0)
        self.down_button.setEnabled(0 <= position < len(self.model.rows) - 1)
        self.toggle_button.setEnabled(row is not None)
        self.toggle_button.setText(
            self.tr("Activate") if row is not None and not row.is_active else self.tr("Deactivate")
        )
        if row is not None and row.rule_count:
            self.rename_button.setToolTip(
                self.tr("{count} rules use this name; it cannot be renamed.").format(count=row.rule_count)
            )
        else:
            self.rename_button.setToolTip(self.tr("Rename the selected type"))

    def _run(self, action: Callable[[Any], Any]) -> Any:
        """Run ``action(session)`` in one transaction; None (after showing why) when refused."""
        try:
            with self.ctx.db.session() as session:
                return action(session)
        except ScrmError as exc:
            show_error(self, exc)
            if isinstance(exc, StaleWriteError):
                self.reload()
            return None

    def add_type(self) -> None:
        saved = self._run(lambda s: parties.create_provider_type(s, self.ctx.actor, name=self.name_edit.text()))
        if saved is not None:
            self.reload(select=saved.id)
            self.notice.setText(self.tr("Added the provider type {name}.").format(name=saved.name))
            self.changed.emit()

    def rename_type(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        saved = self._run(
            lambda s: parties.rename_provider_type(
                s, self.ctx.actor, row.id, expected_version=row.version, name=self.name_edit.text()
            )
        )
        if saved is not None:
            self.reload(select=saved.id)
            self.notice.setText(self.tr("Renamed {old} to {new}.").format(old=row.name, new=saved.name))
            self.changed.emit()

    def move_selected(self, offset: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        ids = [r.id for r in self.model.rows]
        position = ids.index(row.id)
        target = position + offset
        if not 0 <= target < len(ids):
            return
        ids[position], ids[target] = ids[target], ids[position]
        if self._run(lambda s: parties.reorder_provider_types(s, self.ctx.actor, ids)) is not None:
            self.reload(select=row.id)
            self.changed.emit()

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        saved = self._run(
            lambda s: parties.set_provider_type_active(
                s, self.ctx.actor, row.id, expected_version=row.version, active=not row.is_active
            )
        )
        if saved is not None:
            self.reload(select=saved.id)
            self.changed.emit()


# --- the page -----------------------------------------------------------------------------------


def deactivates_installers(row: ProviderRow) -> bool:
    """Whether toggling ``row`` deactivates a provider that still has active installers."""
    return row.is_active and row.installer_count > 0


class ProvidersPage(PartyListPage[ProviderRow, ProviderDialog]):
    """The list of service providers with filters and the actions on them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "providers", parent)
        self.types: list[ProviderTypeRow] = []
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._build_actions("mdi6.plus", self.tr("New provider"), self.new_provider)
        self.types_action = self.page_action(
            "mdi6.format-list-bulleted-type", self.tr("Provider types…"), self.edit_types
        )
        self.search.setPlaceholderText(self.tr("Search code, name, contact, phone or address"))
        self.region_filter.setPlaceholderText(self.tr("Working in region, e.g. 天河区"))
        self.type_filter = self.choice_filter  # the page's choice: a provider type
        self.type_filter.setObjectName("providers-type-filter")
        self.lay_out(
            self.tr("Service providers"),
            self.tr(
                "The companies and service points whose installers do the work, with the regions they cover "
                "and the bank details statements are paid to. Providers are never deleted, only deactivated."
            ),
            more_actions=[self.types_action],
        )

    def _columns(self) -> list[Column[ProviderRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Type"), lambda r: r.provider_type),
            Column(
                self.tr("Covered regions"),
                lambda r: parties.regions_label(r.region_codes),
                tooltip=lambda r: "\n".join(r.region_paths),
            ),
            Column(self.tr("Contact"), lambda r: r.contact_name),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(
                self.tr("Installers"),
                lambda r: r.installer_count,
                NUMBER,
            ),
            self.status_column(),
        ]

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload types and providers (called when the page is shown)."""
        actor = self.ctx.actor
        loaded = self.read(
            lambda s: (parties.list_provider_types(s, actor), parties.list_providers(s, actor, include_inactive=True))
        )
        if loaded is None:
            return
        self.types, rows = loaded
        self.set_choices(self.tr("All types"), [(kind.name, kind.id) for kind in self.types])
        self.show_rows(rows)

    def matcher(self, text: str, region: str | None, include_inactive: bool) -> Callable[[ProviderRow], bool]:
        type_id = combo_uuid(self.type_filter.currentData())
        return lambda row: parties.provider_matches(
            row, text=text, provider_type_id=type_id, region_code=region, include_inactive=include_inactive
        )

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("Providers: {count}").format(count=total)
        return self.tr("Showing {shown} of {total} providers").format(shown=shown, total=total)

    def select_provider(self, provider_id: uuid.UUID) -> bool:
        return self.select_row(provider_id)

    def may_edit(self, row: ProviderRow) -> bool:
        return parties.may_edit_provider(self.ctx.actor, row.region_codes)

    # --- actions ----------------------------------------------------------------------------

    def editor(self, row: ProviderRow | None, *, read_only: bool) -> ProviderDialog:
        return ProviderDialog(self.ctx, self.types, row, read_only=read_only, parent=self)

    def new_provider(self) -> ProviderDialog | None:
        return self.new_row()

    def open_provider(self) -> ProviderDialog | None:
        """Edit the selected provider, or show it read-only when the actor may not change it."""
        return self.open_selected()

    def confirm_toggle(self, row: ProviderRow) -> bool:
        return not deactivates_installers(row) or self.confirm(
            self.tr("Deactivate provider"),
            self.tr(
                "{name} has {count} active installers. Deactivate the provider and its installers? "
                "They stay in the history and can be activated again."
            ).format(name=row.name, count=row.installer_count),
        )

    def set_active(self, session: Session, row: ProviderRow, *, active: bool) -> ProviderRow:
        return parties.set_provider_active(
            session,
            self.ctx.actor,
            row.id,
            expected_version=row.version,
            active=active,
            deactivate_installers=deactivates_installers(row),
        )

    def show_refusal(self, exc: ScrmError) -> None:
        show_error(self, exc)

    def edit_types(self) -> ProviderTypesDialog:
        dialog = ProviderTypesDialog(self.ctx, self)
        dialog.changed.connect(self.refresh)
        self._open(dialog)
        return dialog
