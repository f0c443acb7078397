"""Owner rules: which user or pool owns the customers of a region, tested and applied with a preview.

The rules table lists every owner rule (inactive ones greyed out). New/Edit open ``OwnerRuleDialog``,
which saves through ``customers.create_owner_rule``/``update_owner_rule``; the service refuses a
rule that could tie with another one and names both. Saving a rule moves nobody: "Re-assign
customers…" previews the moves (``preview_reassignment``, in the background) and applies exactly
that preview on confirmation (``apply_reassignment`` refuses when the data changed meanwhile, and
the page offers a fresh preview). The test panel explains the owner of a customer in a chosen
region on a chosen date, with every rule's fate (``explain_owner``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import customers, regions, users
from scrm_desktop.services.customers import OwnerMove, OwnerRuleRow, ReassignmentPreview
from scrm_desktop.services.errors import ScrmError, StaleWriteError
from scrm_desktop.services.permissions import Permission, permissions_of
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.regions import RegionGroupRow, region_index
from scrm_desktop.services.scoping import CandidateTrace, Resolution
from scrm_desktop.services.users import UserRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error, show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.rule_trace import TraceTexts
from scrm_desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from scrm_desktop.views.tasks import BackgroundTask, run_task
from scrm_desktop.views.widgets import (
    OptionalDate,
    combo_uuid,
    date_edit,
    date_text,
    error_label,
    hint_label,
    setup_table,
    show_toggle,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from scrm_desktop.services.customers import Owner

DEFAULT_POOL = "公海"
PRIORITY_RANGE = (-999, 999)


def can_own_customers(row: UserRow) -> bool:
    """Users who may work on customers are the natural owners (they can open the customer list)."""
    return row.is_active and Permission.MANAGE_CUSTOMERS in permissions_of(row.roles)


class OwnerRuleDialog(QDialog):
    """Create an owner rule (``row`` None) or edit one; saving calls the service itself.

    The dialog stays open with the user's input when the service refuses (a conflict with another
    rule names both rules); on success ``saved_row`` holds what the service returned.
    """

    def __init__(
        self,
        ctx: AppContext,
        row: OwnerRuleRow | None,
        *,
        groups: Sequence[RegionGroupRow],
        owners: Sequence[UserRow],
        pools: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_row: OwnerRuleRow | None = None
        self.setWindowTitle(
            self.tr("New owner rule") if row is None else self.tr("Edit owner rule {name}").format(name=row.name)
        )
        self.setMinimumWidth(640)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. 广州市 → 李广州"))

        self.country_radio = QRadioButton(self.tr("The whole country"))
        self.region_radio = QRadioButton(self.tr("A region and everything inside it:"))
        self.group_radio = QRadioButton(self.tr("The regions of a region group:"))
        self.scope_buttons = QButtonGroup(self)
        for button in (self.country_radio, self.region_radio, self.group_radio):
            self.scope_buttons.addButton(button)
        self.region_picker = RegionPicker()
        self.group_combo = QComboBox()
        for group in groups:
            self.group_combo.addItem(group.name, str(group.id))  # findData() cannot compare UUID objects
        self.group_radio.setEnabled(bool(groups))

        self.valid_from = OptionalDate(self.tr("Starts on"))
        self.valid_to = OptionalDate(self.tr("Ends on"))
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(*PRIORITY_RANGE)

        self.user_radio = QRadioButton(self.tr("A user:"))
        self.pool_radio = QRadioButton(self.tr("A pool:"))
        self.owner_buttons = QButtonGroup(self)
        self.owner_buttons.addButton(self.user_radio)
        self.owner_buttons.addButton(self.pool_radio)
        self.user_combo = QComboBox()
        for user in owners:
            self.user_combo.addItem(f"{user.display_name} ({user.username})", str(user.id))
        self.user_radio.setEnabled(bool(owners))
        self.pool_combo = QComboBox()
        self.pool_combo.setEditable(True)
        self.pool_combo.addItems(list(pools))
        self.pool_combo.setToolTip(self.tr("Customers in a pool have no owner yet; anyone may take them."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Applies to:"), self._scope_box())
        validity = QVBoxLayout()
        validity.setSpacing(4)
        validity.addWidget(self.valid_from)
        validity.addWidget(self.valid_to)
        form.addRow(self.tr("Valid:"), validity)
        priority_row = QVBoxLayout()
        priority_row.setSpacing(2)
        priority_row.addWidget(self.priority_spin)
        priority_row.addWidget(
            hint_label(
                self.tr(
                    "A more specific region always wins. Priority only decides between rules that are "
                    "equally specific: the higher number wins."
                )
            )
        )
        form.addRow(self.tr("Priority:"), priority_row)
        form.addRow(self.tr("Owner:"), self._owner_box())

        self.message = error_label()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create rule") if row is None else self.tr("Save")
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Saving a rule changes no customer. New customers get their owner from the rules; "
                    "existing ones move only when you re-assign them."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)

        self.scope_buttons.buttonToggled.connect(lambda *_: self._update_enabled())
        self.owner_buttons.buttonToggled.connect(lambda *_: self._update_enabled())
        self._show_row(row)
        self._update_enabled()
        self.name_edit.setFocus()

    def _scope_box(self) -> QWidget:
        box = QWidget()
        grid = QFormLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addRow(self.country_radio)
        grid.addRow(self.region_radio, self.region_picker)
        grid.addRow(self.group_radio, self.group_combo)
        return box

    def _owner_box(self) -> QWidget:
        box = QWidget()
        grid = QFormLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addRow(self.user_radio, self.user_combo)
        grid.addRow(self.pool_radio, self.pool_combo)
        return box

    def _show_row(self, row: OwnerRuleRow | None) -> None:
        if row is None:
            self.country_radio.setChecked(True)
            (self.user_radio if self.user_radio.isEnabled() else self.pool_radio).setChecked(True)
            return
        self.name_edit.setText(row.name)
        if row.region_code is not None:
            self.region_radio.setChecked(True)
            self.region_picker.set_code(row.region_code)
        elif row.region_group_id is not None:
            self.group_radio.setChecked(True)
            self.group_combo.setCurrentIndex(self.group_combo.findData(str(row.region_group_id)))
        else:
            self.country_radio.setChecked(True)
        self.valid_from.set_value(row.valid_from)
        self.valid_to.set_value(row.valid_to)
        self.priority_spin.setValue(row.priority)
        if row.owner_user_id is not None:
            self.user_radio.setChecked(True)
            self.user_combo.setCurrentIndex(self.user_combo.findData(str(row.owner_user_id)))
        else:
            self.pool_radio.setChecked(True)
            self.pool_combo.setCurrentText(row.owner_pool or "")

    def _update_enabled(self) -> None:
        self.region_picker.setEnabled(self.region_radio.isChecked())
        self.group_combo.setEnabled(self.group_radio.isChecked())
        self.user_combo.setEnabled(self.user_radio.isChecked())
        self.pool_combo.setEnabled(self.pool_radio.isChecked())

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget to focus for each field name a ``ValidationError`` may carry."""
        return {
            "name": self.name_edit,
            "region_code": self.region_picker,
            "region_group_id": self.group_combo,
            "valid_from": self.valid_from.edit,
            "valid_to": self.valid_to.edit,
            "priority": self.priority_spin,
            "owner": self.user_combo if self.user_radio.isChecked() else self.pool_combo,
            "owner_user_id": self.user_combo,
            "owner_pool": self.pool_combo,
        }

    def _refuse(self, text: str, widget: QWidget) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        widget.setFocus()

    def rule_fields(self) -> dict[str, Any] | None:
        """The service's keyword arguments from the widgets; None (and a message) when incomplete."""
        region_code = None
        if self.region_radio.isChecked():
            region_code = self.region_picker.code()
            if region_code is None:
                self._refuse(self.tr("Pick the region from the list, or type its six-digit code."), self.region_picker)
                return None
        group_id = combo_uuid(self.group_combo.currentData()) if self.group_radio.isChecked() else None
        owner_user_id = combo_uuid(self.user_combo.currentData()) if self.user_radio.isChecked() else None
        owner_pool = self.pool_combo.currentText() if self.pool_radio.isChecked() else None
        return {
            "name": self.name_edit.text(),
            "region_code": region_code,
            "region_group_id": group_id,
            "owner_user_id": owner_user_id,
            "owner_pool": owner_pool,
            "priority": self.priority_spin.value(),
            "valid_from": self.valid_from.value(),
            "valid_to": self.valid_to.value(),
        }

    def accept(self) -> None:
        """Save through the service; stay open when the input or the service refuses."""
        self.message.setVisible(False)
        fields = self.rule_fields()
        if fields is None:
            return
        try:
            with self.ctx.db.session() as session:
                self.saved_row = self._save(session, fields)
        except ScrmError as exc:
            show_error(self, exc)
            widget = self.field_widgets().get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        super().accept()

    def _save(self, session: Session, fields: dict[str, Any]) -> OwnerRuleRow:
        if self.row is None:
            return customers.create_owner_rule(session, self.ctx.actor, **fields)
        return customers.update_owner_rule(
            session, self.ctx.actor, self.row.id, expected_version=self.row.version, **fields
        )


class ReassignmentDialog(QDialog):
    """Shows a re-assignment preview (who moves to whom, how many); accepting applies exactly it."""

    def __init__(self, preview: ReassignmentPreview, owner_text: Callable[[str, str], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Re-assign customers"))
        self.setMinimumSize(560, 380)
        locale = QLocale()
        if preview.total_moved:
            intro = self.tr(
                "Under the owner rules in force on {date}, {moved} of the {checked} customers you can see "
                "get a new owner:"
            ).format(
                date=preview.on.isoformat(),
                moved=locale.toString(preview.total_moved),
                checked=locale.toString(preview.checked),
            )
        else:
            intro = self.tr(
                "Under the owner rules in force on {date}, all {checked} customers you can see keep their owners."
            ).format(date=preview.on.isoformat(), checked=locale.toString(preview.checked))
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.model: RowTableModel[OwnerMove] = RowTableModel(
            [
                Column(self.tr("From"), lambda m: owner_text(m.from_key, m.from_label)),
                Column(self.tr("To"), lambda m: owner_text(m.to_key, m.to_label)),
                Column(
                    self.tr("Customers"), lambda m: locale.toString(m.count), align=right, sort_key=lambda m: m.count
                ),
            ],
            preview.moves,
            parent=self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setVisible(bool(preview.moves))

        self.total = QLabel(
            self.tr("In total {moved} customers change their owner.").format(moved=locale.toString(preview.total_moved))
        )
        self.total.setStyleSheet("font-weight: 600;")
        self.total.setVisible(bool(preview.total_moved))
        self.relinked = hint_label(
            self.tr(
                "{count} more customers keep their owner, who is now theirs through a different rule; "
                "their link to the rule is updated too."
            ).format(count=locale.toString(preview.relinked))
        )
        self.relinked.setVisible(bool(preview.relinked))

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if preview.total_moved:
            ok.setText(self.tr("Re-assign {moved} customers").format(moved=locale.toString(preview.total_moved)))
        else:
            ok.setText(self.tr("Update the rule links"))
        ok.setVisible(self.has_changes())
        if not self.has_changes():
            self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.relinked)
        if not preview.moves:
            layout.addStretch(1)
        layout.addWidget(self.button_box)

    def has_changes(self) -> bool:
        return bool(self.preview.total_moved or self.preview.relinked)


class RuleProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class OwnerRulesPage(Page):
    """The owner rules with their actions, the re-assignment, and the "test a region" panel.

    Signals:
        explained(): the test panel shows a new resolution.
    """

    explained = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QDialog | None = None
        self.task: BackgroundTask | None = None
        self.resolution: Resolution[Owner] | None = None
        self.group_names: dict[str, str] = {}
        self.rules_by_id: dict[uuid.UUID, OwnerRuleRow] = {}
        self._preview_again = False

        self.model: RowTableModel[OwnerRuleRow] = RowTableModel(
            self._columns(), parent=self, dimmed=lambda r: not r.is_active
        )
        self.proxy = RuleProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("owner-rules-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # the service's order: active first, then by name
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_rule())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)

        self._build_actions()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.new_action, self.edit_action, self.toggle_action):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.reassign_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)

        self.count_label = hint_label("")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("owner-rules-notice")
        self.notice_label.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addSpacing(16)
        footer.addWidget(self.notice_label, 1)

        rules_box = QWidget()
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.setContentsMargins(0, 0, 0, 0)
        rules_layout.addWidget(toolbar)
        rules_layout.addWidget(self.view, 1)
        rules_layout.addLayout(footer)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(rules_box)
        splitter.addWidget(self._test_panel())
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([450, 400])

        layout = self.header_layout(
            self.tr("Owner rules"),
            self.tr(
                "Which user or pool owns the customers of a region. The most specific matching rule wins; "
                "new customers get their owner at once, existing ones only when you re-assign them."
            ),
        )
        layout.addWidget(splitter, 1)
        self._update_actions()

    # --- building -------------------------------------------------------------------------------

    def _columns(self) -> list[Column[OwnerRuleRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name, sort_key=lambda r: r.name.lower()),
            Column(self.tr("Applies to"), self.scope_text),
            Column(self.tr("Valid"), self.validity_text),
            Column(
                self.tr("Priority"),
                lambda r: r.priority,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            Column(self.tr("Owner"), self.rule_owner_text),
            Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
        ]

    def _build_actions(self) -> None:
        self.new_action = self.page_action("mdi6.plus", self.tr("New rule"), self.new_rule)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self.page_action("mdi6.pencil-outline", self.tr("Edit"), self.edit_rule)
        self.toggle_action = self.page_action("mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        self.reassign_action = self.page_action(
            "mdi6.account-switch-outline", self.tr("Re-assign customers…"), self.preview_reassignment
        )
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)

    def _test_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Test a region"))
        self.test_region = RegionPicker()
        self.test_region.setObjectName("test-region")
        self.test_region.returnPressed.connect(self.explain)
        # The business date in the actor's zone, the date the services resolve owners on.
        self.test_date = date_edit(customers.business_date(self.ctx.actor))
        self.explain_button = QPushButton(icon("mdi6.magnify", color="#37474f"), self.tr("Explain"))
        self.explain_button.clicked.connect(self.explain)
        inputs = QHBoxLayout()
        inputs.addWidget(QLabel(self.tr("A customer in:")))
        inputs.addWidget(self.test_region, 3)
        inputs.addWidget(QLabel(self.tr("on:")))
        inputs.addWidget(self.test_date)
        inputs.addWidget(self.explain_button)
        self.result_label = QLabel(
            self.tr(
                "Choose a region (empty: a customer without a region) and a date to see which rule gives the owner."
            )
        )
        self.result_label.setObjectName("test-result")
        self.result_label.setWordWrap(True)
        self.trace_texts = TraceTexts(self.outcome_text, lambda: self.group_names, self)
        self.trace_model: RowTableModel[CandidateTrace[Owner]] = RowTableModel(
            self.trace_texts.columns(self.tr("Owner")), parent=self, dimmed=lambda t: not t.matched
        )
        self.trace_view = QTableView()
        self.trace_view.setObjectName("trace-table")
        self.trace_view.setModel(self.trace_model)
        setup_table(self.trace_view)
        self.trace_view.setSortingEnabled(False)  # the resolver's order: winner, losers best first, rejected
        self.trace_view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(box)
        layout.addLayout(inputs)
        layout.addWidget(self.result_label)
        layout.addWidget(self.trace_view, 1)
        return box

    # --- texts ------------------------------------------------------------------------------------

    def scope_text(self, row: OwnerRuleRow) -> str:
        if row.region_code is not None:
            return row.region_path or row.region_code
        if row.region_group_id is not None:
            return self.tr("Region group {name}").format(name=row.region_group_name)
        return self.tr("Whole country")

    def validity_text(self, row: OwnerRuleRow) -> str:
        if row.valid_from is not None and row.valid_to is not None:
            return self.tr("{start} to {end}").format(start=date_text(row.valid_from), end=date_text(row.valid_to))
        if row.valid_from is not None:
            return self.tr("From {start}").format(start=date_text(row.valid_from))
        if row.valid_to is not None:
            return self.tr("Until {end}").format(end=date_text(row.valid_to))
        return self.tr("Always")

    def pool_text(self, pool: str) -> str:
        return self.tr("{pool} (pool)").format(pool=pool)

    def rule_owner_text(self, row: OwnerRuleRow) -> str:
        if row.owner_user_id is not None:
            return row.owner_name
        return self.pool_text(row.owner_pool or "")

    def owner_key_text(self, key: str, label: str) -> str:
        """An owner as ``customers.owner_key`` spells it: a user's name, a pool, or unassigned."""
        if key.startswith("pool:"):
            return self.pool_text(label or key[5:])
        if not key:
            return self.tr("Unassigned")
        return label

    def outcome_text(self, owner: Owner) -> str:
        if owner.user_id is not None:
            for row in self.rules_by_id.values():
                if row.owner_user_id == owner.user_id:
                    return row.owner_name
            return str(owner.user_id)
        if owner.pool:
            return self.pool_text(owner.pool)
        return self.tr("Unassigned")

    def region_text(self, code: str | None) -> str:
        return region_index().path_name(code) if code else ""

    # --- data -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the rules (called when the page is shown)."""
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        current = self.selected_row()
        keep = select or (current.id if current is not None else None)
        try:
            with self.ctx.db.session() as session:
                rows = customers.list_owner_rules(session, self.ctx.actor)
                groups = regions.list_groups(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.rules_by_id = {r.id: r for r in rows}
        self.group_names = {str(g.id): g.name for g in groups}
        self.model.set_rows(rows)
        if keep is not None:
            self.select_rule(keep)
        active = sum(r.is_active for r in rows)
        self.count_label.setText(self.tr("Rules: {count} ({active} active)").format(count=len(rows), active=active))

    def select_rule(self, rule_id: uuid.UUID) -> bool:
        for source_row, row in enumerate(self.model.rows):
            if row.id == rule_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
                return True
        return False

    def selected_row(self) -> OwnerRuleRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def visible_rows(self) -> list[OwnerRuleRow]:
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.edit_action.setEnabled(row is not None)
        self.toggle_action.setEnabled(row is not None)
        show_toggle(
            self.toggle_action, row is not None and not row.is_active, self.tr("Activate"), self.tr("Deactivate")
        )

    def _notify(self, text: str) -> None:
        self.notice_label.setText(text)

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # --- rule actions -----------------------------------------------------------------------------

    def _dialog_inputs(self, row: OwnerRuleRow | None) -> tuple[list[RegionGroupRow], list[UserRow], list[str]] | None:
        try:
            with self.ctx.db.session() as session:
                groups = regions.list_groups(session, self.ctx.actor)
                people = users.list_users(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return None
        owners = [u for u in people if can_own_customers(u) or (row is not None and u.id == row.owner_user_id)]
        pools = sorted({r.owner_pool for r in self.model.rows if r.owner_pool} | {DEFAULT_POOL})
        return groups, owners, pools

    def _open_rule_dialog(self, row: OwnerRuleRow | None) -> OwnerRuleDialog | None:
        inputs = self._dialog_inputs(row)
        if inputs is None:
            return None
        groups, owners, pools = inputs
        dialog = OwnerRuleDialog(self.ctx, row, groups=groups, owners=owners, pools=pools, parent=self)
        self._open(dialog)
        dialog.finished.connect(lambda _result: self._rule_dialog_finished(dialog))
        return dialog

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def _rule_dialog_finished(self, dialog: OwnerRuleDialog) -> None:
        saved = dialog.saved_row
        self.reload(select=saved.id if saved is not None else None)
        if saved is None:
            return
        self._notify(
            self.tr("Rule “{name}” was saved. Existing customers keep their owners until you re-assign them.").format(
                name=saved.name
            )
        )
        self._explain_again()

    def new_rule(self) -> OwnerRuleDialog | None:
        """Open the dialog that creates a rule; the list reloads when it closes."""
        return self._open_rule_dialog(None)

    def edit_rule(self) -> OwnerRuleDialog | None:
        """Open the edit dialog for the selected rule (None when nothing is selected)."""
        row = self.selected_row()
        if row is None:
            return None
        return self._open_rule_dialog(row)

    def toggle_active(self) -> None:
        """Deactivate the selected rule (after a question) or activate it again."""
        row = self.selected_row()
        if row is None:
            return
        if row.is_active and not self.confirm(
            self.tr("Deactivate rule"),
            self.tr(
                "Deactivate the rule “{name}”? New customers no longer get their owner from it; existing "
                "customers keep their owners until you re-assign them."
            ).format(name=row.name),
        ):
            return
        try:
            with self.ctx.db.session() as session:
                saved = customers.set_owner_rule_active(
                    session, self.ctx.actor, row.id, not row.is_active, expected_version=row.version
                )
        except ScrmError as exc:
            show_error(self, exc)
            self.reload()
            return
        self.reload(select=saved.id)
        if saved.is_active:
            self._notify(self.tr("Rule “{name}” is active again.").format(name=saved.name))
        else:
            self._notify(self.tr("Rule “{name}” was deactivated.").format(name=saved.name))
        self._explain_again()

    # --- re-assignment ----------------------------------------------------------------------------

    def preview_reassignment(self) -> BackgroundTask | None:
        """Compute the preview in the background, then show it in ``ReassignmentDialog``."""
        if self.task is not None:
            return None
        ctx = self.ctx

        def work(_progress: Progress) -> ReassignmentPreview:
            with ctx.db.session() as session:
                return customers.preview_reassignment(session, ctx.actor)

        return self._start(work, self.tr("Working out who would move…"), self._show_preview)

    def _start(self, work: Callable[[Progress], Any], title: str, done: Callable[[Any], None]) -> BackgroundTask:
        self.reassign_action.setEnabled(False)
        task = run_task(self, work, title=title, cancellable=False, show_errors=False)
        task.succeeded.connect(done)
        task.failed.connect(self._task_failed)
        task.finished.connect(self._task_finished)
        self.task = task
        return task

    def _task_finished(self) -> None:
        self.task = None
        self.reassign_action.setEnabled(True)
        if self._preview_again:
            self._preview_again = False
            self.preview_reassignment()

    def _task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleWriteError):
            question = self.tr("{reason}\n\nShow a new preview?").format(reason=describe_error(exc))
            # Started from _task_finished: one task at a time.
            self._preview_again = self.confirm(self.tr("Re-assign customers"), question)
            self.reload()
            return
        show_error(self, exc)

    def _show_preview(self, preview: ReassignmentPreview) -> None:
        dialog = ReassignmentDialog(preview, self.owner_key_text, self)
        dialog.accepted.connect(lambda: self.apply_reassignment(preview))
        self._open(dialog)

    def apply_reassignment(self, preview: ReassignmentPreview) -> BackgroundTask | None:
        """Apply exactly ``preview`` in the background; refused (and re-offered) when data changed."""
        if self.task is not None:
            return None
        ctx = self.ctx

        def work(_progress: Progress) -> ReassignmentPreview:
            with ctx.db.session() as session:
                return customers.apply_reassignment(session, ctx.actor, preview)

        return self._start(work, self.tr("Re-assigning customers…"), self._applied)

    def _applied(self, applied: ReassignmentPreview) -> None:
        self._notify(
            self.tr("{moved} customers were re-assigned.").format(moved=QLocale().toString(applied.total_moved))
        )
        self.reload()

    # --- testing a region -------------------------------------------------------------------------

    def explain(self) -> None:
        """Resolve the owner of a customer in the chosen region on the chosen date, with the trace."""
        code = self.test_region.code()
        if code is None and not self.test_region.is_empty():
            self.result_label.setText(self.tr("Pick the region from the list, or type its six-digit code."))
            self.trace_model.set_rows([])
            self.resolution = None
            return
        on: dt.date = self.test_date.date().toPython()  # type: ignore[assignment]
        try:
            with self.ctx.db.session() as session:
                resolution = customers.explain_owner(session, self.ctx.actor, code, on)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.show_resolution(resolution)

    def _explain_again(self) -> None:
        if self.resolution is not None:
            self.explain()

    def show_resolution(self, resolution: Resolution[Owner]) -> None:
        self.resolution = resolution
        ctx = resolution.context
        date = ctx.on.isoformat()
        winner = resolution.winner
        if ctx.region_code:
            region = self.region_text(ctx.region_code)
            if winner is not None:
                text = self.tr("A customer in {region} on {date} is owned by {owner}, through the rule “{rule}”.")
            else:
                text = self.tr("No rule matches a customer in {region} on {date}: such a customer gets no owner.")
        else:
            region = ""
            if winner is not None:
                text = self.tr("A customer without a region on {date} is owned by {owner}, through the rule “{rule}”.")
            else:
                text = self.tr("No rule matches a customer without a region on {date}: such a customer gets no owner.")
        self.result_label.setText(
            text.format(
                region=region,
                date=date,
                owner=self.outcome_text(winner.outcome) if winner is not None else "",
                rule=winner.label if winner is not None else "",
            )
        )
        self.trace_texts.resolution = resolution
        self.trace_model.set_rows(resolution.trace)
        self.explained.emit()
