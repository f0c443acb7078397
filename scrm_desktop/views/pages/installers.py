"""Installers (安装师傅): the list with provider, region and text filters, and the installer dialog
(ID number, bank account, tax setting, the linked sign-in account).

ID numbers and bank accounts arrive masked from the service for users without the view-personal-
data permission; the dialog sends a masked value back unchanged, which keeps the stored number.
Rows are loaded once per refresh and narrowed in memory by ``parties.installer_matches``. Every
action opens one transaction and calls one function of ``services.parties``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHeaderView, QLineEdit, QWidget

from scrm_desktop.services import parties
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.parties import InstallerRow, LoginChoice, ProviderRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.list_page import PartyListPage
from scrm_desktop.views.party_dialog import PartyDialog
from scrm_desktop.views.table_model import Column
from scrm_desktop.views.widgets import combo_uuid, hint_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def tax_mode_label(mode: str) -> str:
    labels = {
        "withheld": QCoreApplication.translate("InstallersPage", "We withhold tax"),
        "self_invoice": QCoreApplication.translate("InstallersPage", "Self-invoicing"),
    }
    return labels.get(mode, mode)


def login_label(login: LoginChoice) -> str:
    return f"{login.display_name} ({login.username})"


class InstallerDialog(PartyDialog[InstallerRow]):
    """Create (``row`` None) or edit an installer; ``read_only`` only shows it.

    Signals:
        saved(InstallerRow): the service saved the installer (the dialog then closes).
    """

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
        super().__init__(ctx, row, read_only=read_only, parent=parent)
        self.set_title(self.tr("New installer"), self.tr("Installer {code} {name}"), self.tr("Edit {code} {name}"))
        self.setMinimumWidth(600)

        self.code_edit.setPlaceholderText(self.tr("e.g. GZ-HT-09 (letters, digits, - _ .)"))
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
        self.id_number_edit = QLineEdit()
        self.id_number_edit.setMaxLength(22)
        self.id_number_edit.setPlaceholderText(self.tr("18 characters; the last may be X"))
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

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Service provider:"), self.provider_combo)
        form.addRow(self.tr("Phone:"), self.phone_edit)
        form.addRow(self.tr("ID number:"), self.id_number_edit)
        regions_hint = hint_label(
            self.tr(
                "Leave empty when the installer works wherever the provider does; otherwise the regions "
                "must lie inside the provider's."
            )
        )
        form.addRow(self.tr("Works in:"), self.regions_column(regions_hint))
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

        self.finish_layout(form, pay)
        if row is not None:
            self.show_row(row)
        self.code_edit.setFocus()

    def show_row(self, row: InstallerRow) -> None:
        super().show_row(row)
        self.id_number_edit.setText(row.id_number)
        self.tax_combo.setCurrentIndex(max(0, self.tax_combo.findData(row.tax_mode)))
        if row.user_id is not None:
            self.login_combo.setCurrentIndex(max(0, self.login_combo.findData(str(row.user_id))))

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            **super().field_widgets(),
            "provider_id": self.provider_combo,
            "id_number": self.id_number_edit,
            "tax_mode": self.tax_combo,
            "user_id": self.login_combo,
        }

    def party_fields(self) -> dict[str, Any] | None:
        provider_id = combo_uuid(self.provider_combo.currentData())
        if provider_id is None:
            self.refuse(self.tr("Choose the service provider the installer works for."))
            return None
        return {
            "provider_id": provider_id,
            "id_number": self.id_number_edit.text(),
            "tax_mode": str(self.tax_combo.currentData()),
            "user_id": combo_uuid(self.login_combo.currentData()),
        }

    def save(self, session: Session, fields: dict[str, Any]) -> InstallerRow:
        if self.row is None:
            return parties.create_installer(session, self.ctx.actor, **fields)
        return parties.update_installer(
            session, self.ctx.actor, self.row.id, expected_version=self.row.version, **fields
        )

    def show_refusal(self, exc: ScrmError) -> None:
        show_error(self, exc)

    def focus_field(self, exc: ScrmError) -> None:
        super().focus_field(exc)
        if exc.field == "id_number":
            self.id_number_edit.selectAll()


class InstallersPage(PartyListPage[InstallerRow, InstallerDialog]):
    """The list of installers with filters and the actions on them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "installers", parent)
        self.providers: list[ProviderRow] = []
        self.logins: list[LoginChoice] = []
        header = self.view.horizontalHeader()
        # Sizing to contents would measure every row of a 3,000-row list on each change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((100, 80, 220, 220, 110, 170, 100, 110, 120, 60)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self._build_actions("mdi6.account-plus-outline", self.tr("New installer"), self.new_installer)
        self.search.setPlaceholderText(self.tr("Search code, name, phone, provider or sign-in account"))
        self.region_filter.setPlaceholderText(self.tr("Working in region, e.g. 天河区"))
        self.provider_filter = self.choice_filter  # the page's choice: a provider
        self.provider_filter.setObjectName("installers-provider-filter")
        self.provider_filter.setMaxVisibleItems(20)
        self.provider_filter.setMinimumWidth(220)
        self.lay_out(
            self.tr("Installers"),
            self.tr(
                "The installers of each service provider, where they work, how they are paid and taxed, and the "
                "sign-in account that shows them their own work orders and earnings."
            ),
            choice_stretch=1,
        )

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
            self.status_column(),
        ]

    def _works_in_tooltip(self, row: InstallerRow) -> str:
        paths = "\n".join(row.works_in)
        if row.region_paths:
            return paths
        return self.tr("Wherever the provider works:\n{regions}").format(regions=paths)

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload providers, installers and sign-in accounts (called when the page is shown)."""
        actor = self.ctx.actor
        loaded = self.read(
            lambda s: (
                parties.list_providers(s, actor, include_inactive=True),
                parties.list_installers(s, actor, include_inactive=True),
                parties.installer_logins(s, actor) if self.can_edit else [],
            )
        )
        if loaded is None:
            return
        self.providers, rows, self.logins = loaded
        self.set_choices(self.tr("All providers"), [(f"{p.code} {p.name}", p.id) for p in self.providers])
        self.show_rows(rows)

    def set_provider(self, provider_id: uuid.UUID | None) -> None:
        """Show only the installers of ``provider_id`` (None: of every provider)."""
        self.provider_filter.setCurrentIndex(max(0, self.provider_filter.findData(str(provider_id))))

    def matcher(self, text: str, region: str | None, include_inactive: bool) -> Callable[[InstallerRow], bool]:
        provider_id = combo_uuid(self.provider_filter.currentData())
        return lambda row: parties.installer_matches(
            row, text=text, provider_id=provider_id, region_code=region, include_inactive=include_inactive
        )

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("Installers: {count}").format(count=total)
        return self.tr("Showing {shown} of {total} installers").format(shown=shown, total=total)

    def select_installer(self, installer_id: uuid.UUID) -> bool:
        return self.select_row(installer_id)

    def may_edit(self, row: InstallerRow) -> bool:
        return parties.may_edit_provider(self.ctx.actor, row.provider_region_codes)

    # --- actions ----------------------------------------------------------------------------

    def editor(self, row: InstallerRow | None, *, read_only: bool) -> InstallerDialog:
        providers = self.providers if read_only else [
            p for p in self.providers if parties.may_edit_provider(self.ctx.actor, p.region_codes)
        ]  # fmt: skip
        return InstallerDialog(
            self.ctx,
            providers,
            self.logins,
            row,
            provider_id=combo_uuid(self.provider_filter.currentData()),
            read_only=read_only,
            parent=self,
        )

    def new_installer(self) -> InstallerDialog | None:
        return self.new_row()

    def open_installer(self) -> InstallerDialog | None:
        """Edit the selected installer, or show it read-only when the actor may not change it."""
        return self.open_selected()

    def set_active(self, session: Session, row: InstallerRow, *, active: bool) -> InstallerRow:
        return parties.set_installer_active(
            session, self.ctx.actor, row.id, expected_version=row.version, active=active
        )

    def show_refusal(self, exc: ScrmError) -> None:
        show_error(self, exc)
