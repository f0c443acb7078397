"""User accounts: administrators create, edit, disable and re-enable users and reset passwords.

Every action opens one transaction and calls one function of ``services.users``; the service
checks permissions, validates and writes the audit entry. Dialogs are opened with ``open()``
(window-modal, not blocking) so tests drive them through their widgets.
"""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import users
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Role
from scrm_desktop.services.users import UserRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.labels import local_time, region_scope_label, role_label, roles_label
from scrm_desktop.views.page import Page
from scrm_desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, Index, RowTableModel
from scrm_desktop.views.widgets import HINT_COLOR, error_label, hint_label, setup_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Commas and spaces in both Latin and full-width forms, because codes are often pasted from Chinese documents.
REGION_SEPARATORS = re.compile(r"[\s,，、;；]+")


def parse_region_codes(text: str) -> list[str]:
    """Split what the user typed into codes; the service checks that each is a 6-digit code.

    Args:
        text: codes separated by commas, spaces or 、 (half- or full-width).

    Returns:
        The non-empty pieces, in the order typed.
    """
    return [code for code in REGION_SEPARATORS.split(text) if code]


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UserDialog(QDialog):
    """Create a user (``row`` is None) or edit one; saving calls the service itself.

    The dialog stays open with the user's input when the service refuses; on success
    ``saved_row`` holds what the service returned.
    """

    def __init__(self, ctx: AppContext, row: UserRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_row: UserRow | None = None
        creating = row is None
        if row is None:
            self.setWindowTitle(self.tr("New user"))
        else:
            self.setWindowTitle(self.tr("Edit user {name}").format(name=row.display_name))
        self.setMinimumWidth(520)

        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.password_edit = password_edit()
        self.confirm_edit = password_edit()
        self.role_boxes: dict[str, QCheckBox] = {}
        roles_widget = QWidget()
        roles_grid = QGridLayout(roles_widget)
        roles_grid.setContentsMargins(0, 0, 0, 0)
        for i, role in enumerate(Role):
            box = QCheckBox(role_label(role.value))
            self.role_boxes[role.value] = box
            roles_grid.addWidget(box, i // 2, i % 2)
        self.scope_edit = QLineEdit()
        self.scope_edit.setPlaceholderText(self.tr("e.g. 450000, 450100 (empty: the whole country)"))
        self.must_change_box = QCheckBox(self.tr("Must change the password at the next sign-in"))
        self.must_change_box.setChecked(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        if creating:
            form.addRow(self.tr("Password:"), self.password_edit)
            form.addRow(self.tr("Confirm password:"), self.confirm_edit)
        form.addRow(self.tr("Roles:"), roles_widget)
        scope_column = QVBoxLayout()
        scope_column.setSpacing(2)
        scope_column.addWidget(self.scope_edit)
        scope_column.addWidget(
            hint_label(
                self.tr(
                    "Six-digit region codes separated by commas or spaces. The user may work in these "
                    "regions and everything inside them. Leave empty for the whole country."
                )
            )
        )
        form.addRow(self.tr("Regions:"), scope_column)
        if row is None:
            form.addRow("", self.must_change_box)
        else:
            self._show_row(row)

        self.message = error_label()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create user") if creating else self.tr("Save"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)
        (self.username_edit if creating else self.name_edit).setFocus()

    def _show_row(self, row: UserRow) -> None:
        self.username_edit.setReadOnly(True)
        self.username_edit.setText(row.username)
        self.name_edit.setText(row.display_name)
        for role in row.roles:
            if role in self.role_boxes:
                self.role_boxes[role].setChecked(True)
        self.scope_edit.setText(", ".join(row.region_scope))

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget to focus for each field name a ``ValidationError`` may carry."""
        return {
            "username": self.username_edit,
            "display_name": self.name_edit,
            "password": self.password_edit,
            "roles": next(iter(self.role_boxes.values())),
            "region_scope": self.scope_edit,
        }

    def selected_roles(self) -> list[str]:
        """The codes of the checked roles, in ``Role`` order."""
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def accept(self) -> None:
        """Save through the service; stay open when the input or the service refuses."""
        self.message.setVisible(False)
        if self.row is None and self.password_edit.text() != self.confirm_edit.text():
            self.message.setText(self.tr("The two passwords do not match. Type the same password twice."))
            self.message.setVisible(True)
            self.confirm_edit.selectAll()
            self.confirm_edit.setFocus()
            return
        try:
            with self.ctx.db.session() as session:
                self.saved_row = self._save(session)
        except ScrmError as exc:
            show_error(self, exc)
            widget = self.field_widgets().get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        super().accept()

    def _save(self, session: Session) -> UserRow:
        if self.row is None:
            return users.create_user(
                session,
                self.ctx.actor,
                username=self.username_edit.text(),
                display_name=self.name_edit.text(),
                password=self.password_edit.text(),
                roles=self.selected_roles(),
                region_scope=parse_region_codes(self.scope_edit.text()),
                must_change_password=self.must_change_box.isChecked(),
            )
        return users.update_user(
            session,
            self.ctx.actor,
            self.row.id,
            expected_version=self.row.version,
            display_name=self.name_edit.text(),
            roles=self.selected_roles(),
            region_scope=parse_region_codes(self.scope_edit.text()),
        )


class ResetPasswordDialog(QDialog):
    """An administrator sets a temporary password for ``row``; saving calls the service itself."""

    def __init__(self, ctx: AppContext, row: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_row: UserRow | None = None
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(460)
        if row.id == ctx.actor.user_id:
            explanation = self.tr("This is your own account: the new password applies at once.")
        else:
            explanation = self.tr(
                "Set a temporary password for {name} ({username}). They must choose a new password "
                "at their next sign-in."
            ).format(name=row.display_name, username=row.username)
        self.password_edit = password_edit()
        self.confirm_edit = password_edit()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("New password:"), self.password_edit)
        form.addRow(self.tr("Confirm password:"), self.confirm_edit)
        self.message = error_label()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reset password"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        self.intro = QLabel(explanation)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)
        self.password_edit.setFocus()

    def accept(self) -> None:
        """Reset through the service; stay open when the passwords differ or the service refuses."""
        self.message.setVisible(False)
        if self.password_edit.text() != self.confirm_edit.text():
            self.message.setText(self.tr("The two passwords do not match. Type the same password twice."))
            self.message.setVisible(True)
            self.confirm_edit.selectAll()
            self.confirm_edit.setFocus()
            return
        try:
            with self.ctx.db.session() as session:
                self.saved_row = users.reset_password(
                    session,
                    self.ctx.actor,
                    self.row.id,
                    self.password_edit.text(),
                    expected_version=self.row.version,
                )
        except ScrmError as exc:
            show_error(self, exc)
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        super().accept()


class UserFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; keeps users whose user name, name or roles contain the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        pattern = self.filterRegularExpression()
        if not pattern.pattern():
            return True
        row: UserRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        # Raw role codes too, so "admin" finds administrators whatever the UI language is.
        texts = (row.username, row.display_name, roles_label(row.roles), *row.roles)
        return any(pattern.match(text).hasMatch() for text in texts)


class UsersPage(Page):
    """The list of user accounts with the actions administrators take on them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QDialog | None = None
        self.model: RowTableModel[UserRow] = RowTableModel(
            self._columns(), parent=self, dimmed=lambda row: not row.is_active
        )
        self.proxy = UserFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.view = QTableView()
        self.view.setObjectName("users-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_user())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)
        self.proxy.layoutChanged.connect(self._update_actions)

        self._build_actions()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("users-search")
        self.search_edit.setPlaceholderText(self.tr("Search user name, name or role"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(260)
        self.search_edit.textChanged.connect(self._search)

        toolbar = QToolBar()
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.edit_action, self.toggle_action, self.reset_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.toolbar = toolbar
        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addStretch(1)
        top.addWidget(self.search_edit)

        self.count_label = hint_label("")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("users-notice")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)

        layout = self.header_layout(
            self.tr("Users"),
            self.tr(
                "Accounts that can sign in, their roles and the regions they work in. Accounts are "
                "never deleted: disable them instead, so the audit log keeps its history."
            ),
        )
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self._update_actions()

    def _columns(self) -> list[Column[UserRow]]:
        timezone = self.ctx.actor.timezone
        return [
            Column(self.tr("User name"), lambda r: r.username, sort_key=lambda r: r.username.lower()),
            Column(self.tr("Name"), lambda r: r.display_name),
            Column(self.tr("Roles"), lambda r: roles_label(r.roles)),
            Column(self.tr("Regions"), lambda r: region_scope_label(r.region_scope)),
            Column(self.tr("Status"), self.status_text),
            Column(
                self.tr("Last sign-in"),
                lambda r: local_time(r.last_login_at, timezone),
                sort_key=lambda r: r.last_login_at.isoformat() if r.last_login_at else "",
            ),
        ]

    def _build_actions(self) -> None:
        self.new_action = self.page_action("mdi6.account-plus-outline", self.tr("New user"), self.new_user)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self.page_action("mdi6.pencil-outline", self.tr("Edit"), self.edit_user)
        self.toggle_action = self.page_action("mdi6.account-cancel-outline", self.tr("Disable"), self.toggle_active)
        self.reset_action = self.page_action("mdi6.lock-reset", self.tr("Reset password"), self.reset_password)
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.view_actions = [self.edit_action, self.toggle_action, self.reset_action]

    # --- data -------------------------------------------------------------------------------

    def status_text(self, row: UserRow) -> str:
        """What the Status column says: disabled wins over a pending password change."""
        if not row.is_active:
            return self.tr("Disabled")
        if row.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def refresh(self) -> None:
        """Reload the users from the service (called when the page is shown)."""
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Load the users again, keeping the selected one (or selecting ``select``)."""
        current = self.selected_row()
        keep = select or (current.id if current is not None else None)
        try:
            with self.ctx.db.session() as session:
                rows = users.list_users(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        if keep is not None:
            self.select_user(keep)
        self._update_count()

    def select_user(self, user_id: uuid.UUID) -> bool:
        """Select the row of ``user_id``; False when it is not shown (unknown or filtered out)."""
        for source_row, row in enumerate(self.model.rows):
            if row.id == user_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                if not index.isValid():
                    return False
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
                return True
        return False

    def selected_row(self) -> UserRow | None:
        """The user of the selected row, or None."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]))

    def visible_rows(self) -> list[UserRow]:
        """The users the table shows, in display order."""
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("Users: {count}").format(count=total))
        else:
            self.count_label.setText(
                self.tr("Matching the search: {shown} of {total}").format(shown=shown, total=total)
            )

    def _update_actions(self) -> None:
        row = self.selected_row()
        for act in self.view_actions:
            act.setEnabled(row is not None)
        if row is not None and not row.is_active:
            self.toggle_action.setText(self.tr("Enable"))
            self.toggle_action.setIcon(icon("mdi6.account-check-outline", color="#37474f"))
        else:
            self.toggle_action.setText(self.tr("Disable"))
            self.toggle_action.setIcon(icon("mdi6.account-cancel-outline", color="#37474f"))

    def _notify(self, text: str) -> None:
        self.notice_label.setText(text)

    # --- actions ------------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _open(self, dialog: UserDialog | ResetPasswordDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: UserDialog | ResetPasswordDialog) -> None:
        saved = dialog.saved_row
        # Reload also after Cancel: the dialog may have been refused because the row changed meanwhile.
        self.reload(select=saved.id if saved is not None else None)
        if saved is None:
            return
        if isinstance(dialog, ResetPasswordDialog):
            self._notify(self.tr("The password of {name} was reset.").format(name=saved.display_name))
        elif dialog.row is None:
            self._notify(self.tr("User {name} was created.").format(name=saved.display_name))
        else:
            self._notify(self.tr("The changes to {name} were saved.").format(name=saved.display_name))

    def new_user(self) -> UserDialog:
        """Open the dialog that creates a user; the list reloads when it closes."""
        dialog = UserDialog(self.ctx, None, self)
        self._open(dialog)
        return dialog

    def edit_user(self) -> UserDialog | None:
        """Open the edit dialog for the selected user (None when nothing is selected)."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = UserDialog(self.ctx, row, self)
        self._open(dialog)
        return dialog

    def reset_password(self) -> ResetPasswordDialog | None:
        """Open the reset-password dialog for the selected user (None when nothing is selected)."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, row, self)
        self._open(dialog)
        return dialog

    def toggle_active(self) -> None:
        """Disable the selected user after confirmation, or enable a disabled one."""
        row = self.selected_row()
        if row is None:
            return
        if row.is_active and not self.confirm(
            self.tr("Disable user"),
            self.tr(
                "Disable the account of {name} ({username})? They can no longer sign in. The account and "
                "its history are kept, and you can enable it again later."
            ).format(name=row.display_name, username=row.username),
        ):
            return
        try:
            with self.ctx.db.session() as session:
                saved = users.set_active(
                    session, self.ctx.actor, row.id, not row.is_active, expected_version=row.version
                )
        except ScrmError as exc:
            show_error(self, exc)
            self.reload()
            return
        self.reload(select=saved.id)
        if saved.is_active:
            self._notify(self.tr("{name} can sign in again.").format(name=saved.display_name))
        else:
            self._notify(self.tr("{name} was disabled.").format(name=saved.display_name))
