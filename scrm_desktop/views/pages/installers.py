"""Installers (安装师傅): the list with provider, region and text filters, and the installer dialog
(ID number, bank account, tax setting, the linked sign-in account).

ID numbers and bank accounts arrive masked from the service for users without the view-personal-
data permission; the dialog sends a masked value back unchanged, which keeps the stored number.
Rows are loaded once per refresh and narrowed in memory by ``parties.installer_matches``. Every
action opens one transaction and calls one function of ``services.parties``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import parties
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.parties import InstallerRow, LoginChoice, ProviderRow
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.pages.providers import (
    ICON_COLOR,
    RegionListEditor,
    RowFilterProxy,
    focus_field,
    search_edit,
    select_row_by_id,
    toolbar_of,
)
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from scrm_desktop.views.widgets import combo_uuid, error_label, hint_label, setup_table


def tax_mode_label(mode: str) -> str:
    labels = {
        "withheld": QCoreApplication.translate("InstallersPage", "We withhold tax"),
        "self_invoice": QCoreApplication.translate("InstallersPage", "Self-invoicing"),
    }
    return labels.get(mode, mode)


def login_label(login: LoginChoice) -> str:
    return f"{login.display_name} ({login.username})"


class InstallerDialog(QDialog):
    """Create (``row`` None) or edit an installer; ``read_only`` only shows it.

    Signals:
        saved(InstallerRow): the service saved the installer (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        providers: Sequence[ProviderRow],
        logins: Sequence[LoginChoice],
        row: InstallerRow | None = None,
        *,
        provider_id: uuid.UUID | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.read_only = read_only
        self.saved_row: InstallerRow | None = None
        if row is None:
            self.setWindowTitle(self.tr("New installer"))
        elif read_only:
            self.setWindowTitle(self.tr("Installer {code} {name}").format(code=row.code, name=row.name))
        else:
            self.setWindowTitle(self.tr("Edit {code} {name}").format(code=row.code, name=row.name))
        self.setMinimumWidth(600)

        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText(self.tr("e.g. GZ-HT-09 (letters, digits, - _ .)"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(parties.MAX_INSTALLER_NAME)
        self.provider_combo = QComboBox()
        self.provider_combo.setMaxVisibleItems(20)
        for provider in providers:
            if provider.is_active or (row is not None and provider.id == row.provider_id):
                self.provider_combo.addItem(f"{provider.code} {provider.name}", str(provider.id))
        if row is not None and self.provider_combo.findData(str(row.provider_id)) < 0:
            self.provider_combo.addItem(f"{row.provider_code} {row.provider_name}", str(row.provider_id))
        chosen = row.provider_id if row is not None else provider_id
        self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(str(chosen))))
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.id_number_edit = QLineEdit()
        self.id_number_edit.setMaxLength(22)
        self.id_number_edit.setPlaceholderText(self.tr("18 characters; the last may be X"))
        self.regions = RegionListEditor()
        self.bank_name_edit = QLineEdit()
        self.bank_name_edit.setMaxLength(parties.MAX_BANK_NAME)
        self.bank_name_edit.setPlaceholderText(self.tr("Bank and branch, e.g. 中国工商银行广州天河支行"))
        self.bank_account_edit = QLineEdit()
        self.bank_account_edit.setMaxLength(40)
        self.tax_combo = QComboBox()
        for mode in ("withheld", "self_invoice"):
            self.tax_combo.addItem(tax_mode_label(mode), mode)
        self.login_combo = QComboBox()
        self.login_combo.addItem(self.tr("(no sign-in account)"), None)
        for login in logins:
            text = login_label(login)
            if login.installer_id is not None and (row is None or login.installer_id != row.id):
                text = self.tr("{account} — linked to {installer}").format(
                    account=text, installer=login.installer_label
                )
            self.login_combo.addItem(text, str(login.id))
        if row is not None and row.user_id is not None and self.login_combo.findData(str(row.user_id)) < 0:
            self.login_combo.addItem(f"{row.user_display_name} ({row.username})", str(row.user_id))
        self.notes_edit = QLineEdit()
        self.notes_edit.setMaxLength(parties.MAX_NOTES)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Service provider:"), self.provider_combo)
        form.addRow(self.tr("Phone:"), self.phone_edit)
        form.addRow(self.tr("ID number:"), self.id_number_edit)
        regions_column = QVBoxLayout()
        regions_column.setSpacing(2)
        regions_column.addWidget(self.regions)
        regions_column.addWidget(
            hint_label(
                self.tr(
                    "Leave empty when the installer works wherever the provider does; otherwise the regions "
                    "must lie inside the provider's."
                )
            )
        )
        form.addRow(self.tr("Works in:"), regions_column)
        form.addRow(self.tr("Sign-in account:"), self.login_combo)
        form.addRow(self.tr("Notes:"), self.notes_edit)

        pay = QGroupBox(self.tr("Payment and tax"))
        pay_form = QFormLayout(pay)
        pay_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pay_form.addRow(self.tr("Bank:"), self.bank_name_edit)
        pay_form.addRow(self.tr("Account number:"), self.bank_account_edit)
        pay_form.addRow(self.tr("Tax:"), self.tax_combo)
        if row is not None and row.pii_masked and not read_only:
            pay_form.addRow(
                hint_label(
                    self.tr(
                        "The ID number and the account number are hidden. Leave them to keep them, or type "
                        "the full new number."
                    )
                )
            )

        self.message = error_label()
        buttons = QDialogButtonBox.StandardButton.Close if read_only else (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )  # fmt: skip
        self.button_box = QDialogButtonBox(buttons)
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Create") if row is None else self.tr("Save"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(pay)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)
        if row is not None:
            self._show_row(row)
        if read_only:
            self._make_read_only()
        self.code_edit.setFocus()

    def _show_row(self, row: InstallerRow) -> None:
        self.code_edit.setText(row.code)
        self.name_edit.setText(row.name)
        self.phone_edit.setText(row.phone)
        self.id_number_edit.setText(row.id_number)
        self.regions.set_codes(row.region_codes)
        self.bank_name_edit.setText(row.bank_name)
        self.bank_account_edit.setText(row.bank_account)
        self.tax_combo.setCurrentIndex(max(0, self.tax_combo.findData(row.tax_mode)))
        if row.user_id is not None:
            self.login_combo.setCurrentIndex(max(0, self.login_combo.findData(str(row.user_id))))
        self.notes_edit.setText(row.notes)

    def _make_read_only(self) -> None:
        for edit in (
            self.code_edit,
            self.name_edit,
            self.phone_edit,
            self.id_number_edit,
            self.bank_name_edit,
            self.bank_account_edit,
            self.notes_edit,
        ):
            edit.setReadOnly(True)
        for combo in (self.provider_combo, self.tax_combo, self.login_combo):
            combo.setEnabled(False)
        self.regions.set_read_only(True)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "code": self.code_edit,
            "name": self.name_edit,
            "provider_id": self.provider_combo,
            "phone": self.phone_edit,
            "id_number": self.id_number_edit,
            "region_codes": self.regions.picker,
            "bank_name": self.bank_name_edit,
            "bank_account": self.bank_account_edit,
            "tax_mode": self.tax_combo,
            "user_id": self.login_combo,
            "notes": self.notes_edit,
        }

    def accept(self) -> None:
        """Save through the service; stay open when the input or the service refuses."""
        if self.read_only:
            super().accept()
            return
        self.message.setVisible(False)
        if not self.regions.add():  # a region typed but not added yet counts too
            return
        provider_id = combo_uuid(self.provider_combo.currentData())
        if provider_id is None:
            self.message.setText(self.tr("Choose the service provider the installer works for."))
            self.message.setVisible(True)
            return
        fields: dict[str, Any] = {
            "code": self.code_edit.text(),
            "name": self.name_edit.text(),
            "provider_id": provider_id,
            "phone": self.phone_edit.text(),
            "id_number": self.id_number_edit.text(),
            "bank_name": self.bank_name_edit.text(),
            "bank_account": self.bank_account_edit.text(),
            "tax_mode": str(self.tax_combo.currentData()),
            "user_id": combo_uuid(self.login_combo.currentData()),
            "region_codes": self.regions.codes(),
            "notes": self.notes_edit.text(),
        }
        try:
            with self.ctx.db.session() as session:
                if self.row is None:
                    saved = parties.create_installer(session, self.ctx.actor, **fields)
                else:
                    saved = parties.update_installer(
                        session, self.ctx.actor, self.row.id, expected_version=self.row.version, **fields
                    )
        except ScrmError as exc:
            show_error(self, exc)
            focus_field(self.field_widgets(), exc)
            if exc.field == "id_number":
                self.id_number_edit.selectAll()
            return
        self.saved_row = saved
        self.saved.emit(saved)
        super().accept()


class InstallersPage(Page):
    """The list of installers with filters and the actions on them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.MANAGE_PROVIDERS)
        self.dialog: QDialog | None = None
        self.providers: list[ProviderRow] = []
        self.logins: list[LoginChoice] = []
        self.model: RowTableModel[InstallerRow] = RowTableModel(
            self._columns(), parent=self, dimmed=lambda r: not r.is_active
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.view = QTableView()
        self.view.setObjectName("installers-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        header = self.view.horizontalHeader()
        # Sizing to contents would measure every row of a 3,000-row list on each change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((100, 80, 220, 220, 110, 170, 100, 110, 120, 60)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _index: self.open_installer())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)

        self._build_actions()
        self.search = search_edit(self.tr("Search code, name, phone, provider or sign-in account"), "installers-search")
        self.search.textChanged.connect(lambda _text: self._apply_filter())
        self.provider_filter = QComboBox()
        self.provider_filter.setObjectName("installers-provider-filter")
        self.provider_filter.setMaxVisibleItems(20)
        self.provider_filter.setMinimumWidth(220)
        self.provider_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.region_filter = RegionPicker()
        self.region_filter.setObjectName("installers-region-filter")
        self.region_filter.setPlaceholderText(self.tr("Working in region, e.g. 天河区"))
        self.region_filter.setMinimumWidth(200)
        self.region_filter.textChanged.connect(lambda _text: self._apply_filter())
        self.inactive_box = QCheckBox(self.tr("Show inactive"))
        self.inactive_box.toggled.connect(lambda _on: self._apply_filter())

        top = QHBoxLayout()
        top.addWidget(toolbar_of([self.new_action, self.edit_action, self.toggle_action, None, self.refresh_action]))
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.provider_filter, 1)
        filters.addWidget(self.region_filter, 1)
        filters.addWidget(self.inactive_box)

        self.count_label = hint_label("")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("installers-notice")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)

        layout = self.header_layout(
            self.tr("Installers"),
            self.tr(
                "The installers of each service provider, where they work, how they are paid and taxed, and the "
                "sign-in account that shows them their own work orders and earnings."
            ),
        )
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self._update_actions()

    def _columns(self) -> list[Column[InstallerRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Service provider"), lambda r: r.provider_name),
            Column(
                self.tr("Works in"),
                lambda r: parties.regions_label(r.region_codes or r.provider_region_codes),
                tooltip=self._works_in_tooltip,
            ),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("ID number"), lambda r: r.id_number),
            Column(self.tr("Bank account"), lambda r: r.bank_account),
            Column(self.tr("Tax"), lambda r: tax_mode_label(r.tax_mode)),
            Column(self.tr("Sign-in account"), lambda r: r.username),
            Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
        ]

    def _works_in_tooltip(self, row: InstallerRow) -> str:
        paths = "\n".join(row.works_in)
        if row.region_paths:
            return paths
        return self.tr("Wherever the provider works:\n{regions}").format(regions=paths)

    def _build_actions(self) -> None:
        self.new_action = self.page_action("mdi6.account-plus-outline", self.tr("New installer"), self.new_installer)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self.page_action("mdi6.pencil-outline", self.tr("Edit"), self.open_installer)
        self.toggle_action = self.page_action("mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        for act in (self.new_action, self.toggle_action):
            act.setVisible(self.can_edit)

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload providers, installers and sign-in accounts (called when the page is shown)."""
        current = self.selected_row()
        try:
            with self.ctx.db.session() as session:
                providers = parties.list_providers(session, self.ctx.actor, include_inactive=True)
                rows = parties.list_installers(session, self.ctx.actor, include_inactive=True)
                logins = parties.installer_logins(session, self.ctx.actor) if self.can_edit else []
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.providers = providers
        self.logins = logins
        self._set_providers(providers)
        self.model.set_rows(rows)
        self._apply_filter()
        if current is not None:
            self.select_installer(current.id)

    def _set_providers(self, providers: list[ProviderRow]) -> None:
        chosen = self.provider_filter.currentData()
        self.provider_filter.blockSignals(True)
        try:
            self.provider_filter.clear()
            self.provider_filter.addItem(self.tr("All providers"), None)
            for provider in providers:
                self.provider_filter.addItem(f"{provider.code} {provider.name}", str(provider.id))
            self.provider_filter.setCurrentIndex(max(0, self.provider_filter.findData(chosen)))
        finally:
            self.provider_filter.blockSignals(False)

    def set_provider(self, provider_id: uuid.UUID | None) -> None:
        """Show only the installers of ``provider_id`` (None: of every provider)."""
        self.provider_filter.setCurrentIndex(max(0, self.provider_filter.findData(str(provider_id))))

    def _apply_filter(self) -> None:
        provider_id = combo_uuid(self.provider_filter.currentData())
        region = self.region_filter.code()
        text = self.search.text()
        inactive = self.inactive_box.isChecked()
        self.proxy.set_predicate(
            lambda row: parties.installer_matches(
                row, text=text, provider_id=provider_id, region_code=region, include_inactive=inactive
            )
        )
        total = sum(1 for r in self.model.rows if r.is_active or inactive)
        shown = self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("Installers: {count}").format(count=total))
        else:
            self.count_label.setText(self.tr("Showing {shown} of {total} installers").format(shown=shown, total=total))
        self._update_actions()

    def visible_rows(self) -> list[InstallerRow]:
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def selected_row(self) -> InstallerRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_installer(self, installer_id: uuid.UUID) -> bool:
        return select_row_by_id(self.view, self.proxy, self.model.rows, installer_id)

    def may_edit(self, row: InstallerRow) -> bool:
        return parties.may_edit_provider(self.ctx.actor, row.provider_region_codes)

    def _update_actions(self) -> None:
        row = self.selected_row()
        editable = row is not None and self.may_edit(row)
        self.edit_action.setEnabled(row is not None)
        self.edit_action.setText(self.tr("Edit") if row is None or editable else self.tr("View"))
        self.toggle_action.setEnabled(editable)
        if row is not None and not row.is_active:
            self.toggle_action.setText(self.tr("Activate"))
            self.toggle_action.setIcon(icon("mdi6.check-circle-outline", color=ICON_COLOR))
        else:
            self.toggle_action.setText(self.tr("Deactivate"))
            self.toggle_action.setIcon(icon("mdi6.cancel", color=ICON_COLOR))

    # --- actions ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_installer(self) -> InstallerDialog | None:
        if not self.can_edit:
            return None
        editable = [p for p in self.providers if parties.may_edit_provider(self.ctx.actor, p.region_codes)]
        dialog = InstallerDialog(
            self.ctx,
            editable,
            self.logins,
            provider_id=combo_uuid(self.provider_filter.currentData()),
            parent=self,
        )
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def open_installer(self) -> InstallerDialog | None:
        """Edit the selected installer, or show it read-only when the actor may not change it."""
        row = self.selected_row()
        if row is None:
            return None
        read_only = not self.may_edit(row)
        providers = self.providers if read_only else [
            p for p in self.providers if parties.may_edit_provider(self.ctx.actor, p.region_codes)
        ]  # fmt: skip
        dialog = InstallerDialog(self.ctx, providers, self.logins, row, read_only=read_only, parent=self)
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def _saved(self, row: InstallerRow) -> None:
        self.refresh()
        if not self.select_installer(row.id):  # hidden by the filters: clear them
            self.search.clear()
            self.region_filter.clear()
            self.provider_filter.setCurrentIndex(0)
            self.select_installer(row.id)
        self.notice_label.setText(self.tr("Saved {code} {name}.").format(code=row.code, name=row.name))

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None or not self.may_edit(row):
            return
        try:
            with self.ctx.db.session() as session:
                saved = parties.set_installer_active(
                    session, self.ctx.actor, row.id, expected_version=row.version, active=not row.is_active
                )
        except ScrmError as exc:
            show_error(self, exc)
            self.refresh()
            return
        if not saved.is_active:
            self.inactive_box.setChecked(True)
        self.refresh()
        self.select_installer(saved.id)
        text = self.tr("{code} is active again.") if saved.is_active else self.tr("{code} was deactivated.")
        self.notice_label.setText(text.format(code=saved.code))
