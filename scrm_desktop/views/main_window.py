"""The main window: navigation sidebar, the pages, menus and the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from scrm_desktop import __version__
from scrm_desktop.resources import icon
from scrm_desktop.services.permissions import Actor, Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import log_file
from scrm_desktop.views.labels import roles_label
from scrm_desktop.views.page import Page

PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PageSpec:
    """One navigation entry. ``key`` is stable (screenshots are named after it)."""

    key: str
    title: str
    icon: str
    module: str  # "scrm_desktop.views.pages.users:UsersPage"
    permission: Permission | tuple[Permission, ...] | None = None  # a tuple: any one of them

    def allows(self, actor: Actor) -> bool:
        """Whether ``actor`` may open the page."""
        if self.permission is None:
            return True
        if isinstance(self.permission, tuple):
            return any(actor.can(p) for p in self.permission)
        return actor.can(self.permission)

    def create(self, ctx: AppContext, parent: QWidget) -> Page:
        module_name, _, class_name = self.module.partition(":")
        cls: Callable[[AppContext, QWidget], Page] = getattr(importlib.import_module(module_name), class_name)
        return cls(ctx, parent)


def page_specs() -> list[PageSpec]:
    """Every page, in navigation order. Only pages that exist are listed."""
    # Spelled out in full QCoreApplication.translate() calls so pyside6-lupdate extracts them.
    return [
        PageSpec(
            "home",
            QCoreApplication.translate("MainWindow", "Overview"),
            "mdi6.view-dashboard-outline",
            "scrm_desktop.views.pages.home:HomePage",
        ),
        PageSpec(
            "service_items",
            QCoreApplication.translate("MainWindow", "Service items"),
            "mdi6.wrench-outline",
            "scrm_desktop.views.pages.catalog:ServiceItemsPage",
        ),
        PageSpec(
            "spare_parts",
            QCoreApplication.translate("MainWindow", "Spare parts"),
            "mdi6.cog-box",
            "scrm_desktop.views.pages.catalog:SparePartsPage",
        ),
        PageSpec(
            "packages",
            QCoreApplication.translate("MainWindow", "Service packages"),
            "mdi6.package-variant-closed",
            "scrm_desktop.views.pages.catalog:ServicePackagesPage",
        ),
        PageSpec(
            "price_grid",
            QCoreApplication.translate("MainWindow", "Price tiers"),
            "mdi6.table-edit",
            "scrm_desktop.views.pages.price_grid:PriceGridPage",
        ),
        PageSpec(
            "tier_rules",
            QCoreApplication.translate("MainWindow", "Tier rules"),
            "mdi6.source-branch",
            "scrm_desktop.views.pages.tier_rules:TierRulesPage",
            # Finance and dispatch look up which tier and price a job gets; only price editors edit.
            (Permission.EDIT_PRICES, Permission.MANAGE_STATEMENTS, Permission.DISPATCH_WORK_ORDERS),
        ),
        PageSpec(
            "customers",
            QCoreApplication.translate("MainWindow", "Customers"),
            "mdi6.account-box-multiple-outline",
            "scrm_desktop.views.pages.customers:CustomersPage",
            # Finance looks customers up (with full phone numbers) without managing them.
            (Permission.MANAGE_CUSTOMERS, Permission.VIEW_PII),
        ),
        PageSpec(
            "providers",
            QCoreApplication.translate("MainWindow", "Service providers"),
            "mdi6.domain",
            "scrm_desktop.views.pages.providers:ProvidersPage",
            # Finance looks up bank details for statements (read-only); dispatchers manage providers.
            (Permission.MANAGE_PROVIDERS, Permission.VIEW_PII, Permission.MANAGE_STATEMENTS),
        ),
        PageSpec(
            "installers",
            QCoreApplication.translate("MainWindow", "Installers"),
            "mdi6.account-hard-hat-outline",
            "scrm_desktop.views.pages.installers:InstallersPage",
            (Permission.MANAGE_PROVIDERS, Permission.VIEW_PII, Permission.MANAGE_STATEMENTS),
        ),
        PageSpec(
            "dashboard",
            QCoreApplication.translate("MainWindow", "Region dashboard"),
            "mdi6.chart-bar",
            "scrm_desktop.views.pages.dashboard:RegionDashboardPage",
            # The figures need only reading customers, as the customers page does.
            (Permission.MANAGE_CUSTOMERS, Permission.VIEW_PII),
        ),
        PageSpec(
            "owner_rules",
            QCoreApplication.translate("MainWindow", "Owner rules"),
            "mdi6.account-arrow-right-outline",
            "scrm_desktop.views.pages.owner_rules:OwnerRulesPage",
            Permission.MANAGE_OWNER_RULES,
        ),
        PageSpec(
            "work_orders",
            QCoreApplication.translate("MainWindow", "Work orders"),
            "mdi6.clipboard-text-outline",
            "scrm_desktop.views.pages.work_orders:WorkOrdersPage",
            # Dispatch edits; finance reads every work order; installers see the ones they are on.
            (Permission.DISPATCH_WORK_ORDERS, Permission.MANAGE_STATEMENTS, Permission.VIEW_OWN_EARNINGS),
        ),
        PageSpec(
            "earnings",
            QCoreApplication.translate("MainWindow", "Installer earnings"),
            "mdi6.cash-multiple",
            "scrm_desktop.views.pages.installer_earnings:InstallerEarningsPage",
            # An installer sees their own month; finance picks any installer.
            (Permission.VIEW_OWN_EARNINGS, Permission.MANAGE_STATEMENTS),
        ),
        PageSpec(
            "statements",
            QCoreApplication.translate("MainWindow", "Statements"),
            "mdi6.file-document-multiple-outline",
            "scrm_desktop.views.pages.statements:StatementsPage",
            Permission.MANAGE_STATEMENTS,
        ),
        PageSpec(
            "workflows",
            QCoreApplication.translate("MainWindow", "Workflows"),
            "mdi6.sitemap",
            "scrm_desktop.views.pages.workflows:WorkflowsPage",
            Permission.DESIGN_WORKFLOWS,
        ),
        PageSpec(
            "workflow_rules",
            QCoreApplication.translate("MainWindow", "Workflow rules"),
            "mdi6.directions-fork",
            "scrm_desktop.views.pages.workflow_rules:WorkflowRulesPage",
            Permission.DESIGN_WORKFLOWS,
        ),
        PageSpec(
            "forms",
            QCoreApplication.translate("MainWindow", "Forms"),
            "mdi6.form-select",
            "scrm_desktop.views.pages.forms:FormsPage",
            Permission.DESIGN_WORKFLOWS,
        ),
        PageSpec(
            "regions",
            QCoreApplication.translate("MainWindow", "Regions"),
            "mdi6.map-marker-radius-outline",
            "scrm_desktop.views.pages.regions:RegionsPage",
        ),
        PageSpec(
            "users",
            QCoreApplication.translate("MainWindow", "Users"),
            "mdi6.account-multiple-outline",
            "scrm_desktop.views.pages.users:UsersPage",
            Permission.MANAGE_USERS,
        ),
        PageSpec(
            "audit",
            QCoreApplication.translate("MainWindow", "Audit log"),
            "mdi6.history",
            "scrm_desktop.views.pages.audit:AuditPage",
            Permission.VIEW_AUDIT,
        ),
    ]


class MainWindow(QMainWindow):
    """The signed-in application window.

    Signals:
        sign_out_requested(): the user chose to sign out (the app shows the login again).
    """

    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("SCRM Desktop"))
        self.setWindowIcon(icon("mdi6.tools", color="#1565c0"))
        self.resize(1360, 860)
        self.specs = [s for s in page_specs() if s.allows(ctx.actor)]
        self.pages: dict[str, Page] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(168)
        self.nav.setMaximumWidth(240)
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: #f4f6f9; border: none; outline: 0;"
            " padding-top: 8px; font-size: 14px; }"
            "QListWidget#navigation::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px; }"
            "QListWidget#navigation::item:selected { background: #1565c0; color: white; }"
        )
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon, color="#37474f"), spec.title)
            item.setData(PAGE_KEY_ROLE, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([190, 1170])
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._show_row)

        self._build_menus()
        self.db_label = QLabel(ctx.db.describe())
        self.db_label.setObjectName("status-database")
        self.user_label = QLabel(
            self.tr("Signed in: {name} ({roles})").format(
                name=ctx.actor.display_name, roles=roles_label(sorted(ctx.actor.roles))
            )
        )
        self.user_label.setObjectName("status-user")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        if self.specs:
            self.nav.setCurrentRow(0)

    # --- navigation ---------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [s.key for s in self.specs]

    def page(self, key: str) -> Page:
        if key not in self.pages:
            spec = next(s for s in self.specs if s.key == key)
            page = spec.create(self.ctx, self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def navigate(self, key: str) -> Page:
        self.nav.setCurrentRow(self.page_keys().index(key))
        return self.pages[key]

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else str(item.data(PAGE_KEY_ROLE))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.specs[row].key)
        self.stack.setCurrentWidget(page)
        page.refresh()

    # --- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(icon("mdi6.cog-outline"), self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.password_action = QAction(icon("mdi6.key-outline"), self.tr("Change &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.password_action)
        self.calendar_action = QAction(icon("mdi6.calendar-clock"), self.tr("Work &calendar…"), self)
        self.calendar_action.triggered.connect(self.open_work_calendar)
        file_menu.addAction(self.calendar_action)
        file_menu.addSeparator()
        sign_out = QAction(icon("mdi6.logout"), self.tr("Sign &out"), self)
        sign_out.triggered.connect(self._sign_out)
        file_menu.addAction(sign_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open the &log folder"), self)
        logs.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent))))
        help_menu.addAction(logs)
        about = QAction(self.tr("&About SCRM Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def open_settings(self) -> None:
        from scrm_desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.ctx, self)
        dialog.exec()
        if "home" in self.pages:
            self.pages["home"].refresh()

    def open_work_calendar(self) -> None:
        """Working hours and holidays that SLA due times count in (read-only without the right)."""
        from scrm_desktop.views.work_calendar_dialog import WorkCalendarDialog

        WorkCalendarDialog(self.ctx, self).exec()

    def change_password(self) -> None:
        from scrm_desktop.views.login_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.ctx, self).exec()

    def _sign_out(self) -> None:
        if self._confirm_leave():
            self.sign_out_requested.emit()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SCRM Desktop"),
            self.tr(
                "SCRM Desktop {version}\nService projects, settlement prices, installer earnings, "
                "workflows and statements.\nDatabase: {database}"
            ).format(version=__version__, database=self.ctx.db.describe()),
        )

    def _confirm_leave(self) -> bool:
        dirty = [k for k, p in self.pages.items() if p.has_unsaved_changes()]
        if not dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Some pages have changes that are not saved. Leave anyway and lose them?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._confirm_leave():
            event.accept()
        else:
            event.ignore()
