"""Workflow rules (流程适用规则): which workflow a new work order follows.

Each rule is a scoped rule (region or region group, provider type, scenario, complexity, validity,
priority) whose outcome is a workflow definition; the newest published version of the winning
rule's workflow is what a work order pins when its workflow starts. New/Edit open
``WorkflowRuleDialog``, which saves through ``workflow_rules.create_workflow_rule``/
``update_workflow_rule``; the service refuses a rule that could tie with another one and names
both. A rule whose workflow has no published version is listed as "not published": it is skipped
until the workflow is published. The toolbar also opens the work calendar SLA due times count in.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QWidget,
)

from scrm_desktop.services import parties, regions, workflow_rules, workflows
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.regions import RegionGroupRow
from scrm_desktop.services.tier_rules import SCENARIOS
from scrm_desktop.services.workflow_rules import WorkflowRuleRow
from scrm_desktop.services.workflows import DefinitionRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.list_page import RowFilterProxy
from scrm_desktop.views.page import Page
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.row_dialog import RowDialog
from scrm_desktop.views.rule_trace import region_text
from scrm_desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from scrm_desktop.views.widgets import (
    OptionalDate,
    combo_uuid,
    date_text,
    field_column,
    hint_label,
    setup_table,
    show_toggle,
    toolbar_of,
)
from scrm_desktop.views.work_calendar_dialog import WorkCalendarDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

COMPLEXITIES = range(workflow_rules.COMPLEXITY_RANGE[0], workflow_rules.COMPLEXITY_RANGE[1] + 1)
WHOLE_COUNTRY = "country"  # the data of the "applies to" choices; a group's is its id as text
ONE_REGION = "region"


class WorkflowRuleDialog(RowDialog[Any]):
    """Create a workflow rule (``row`` None) or edit one; saving calls the service itself.

    The dialog stays open with the user's input when the service refuses (a tie with another rule
    names both rules).

    Signals:
        saved(object): inherited; the ``WorkflowRuleRow`` the service saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        row: WorkflowRuleRow | None,
        *,
        definitions: Sequence[DefinitionRow],
        groups: Sequence[RegionGroupRow],
        provider_types: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, row, parent=parent)
        self.setWindowTitle(
            self.tr("New workflow rule") if row is None else self.tr("Edit workflow rule {name}").format(name=row.name)
        )
        self.setMinimumWidth(600)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(workflow_rules.MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. 维修走快速流程"))
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("The whole country"), WHOLE_COUNTRY)
        self.scope_combo.addItem(self.tr("A region and everything inside it"), ONE_REGION)
        for group in groups:
            self.scope_combo.addItem(self.tr("Region group {name}").format(name=group.name), str(group.id))
        self.region_picker = RegionPicker()
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.provider_combo = self._any_combo(provider_types)
        self.scenario_combo = self._any_combo(SCENARIOS)
        self.complexity_combo = QComboBox()
        self.complexity_combo.addItem(self.tr("Any complexity"), 0)
        for level in COMPLEXITIES:
            self.complexity_combo.addItem(self.tr("Level {level}").format(level=level), level)
        self.valid_from = OptionalDate(self.tr("Starts on"))
        self.valid_to = OptionalDate(self.tr("Ends on"))
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(*workflow_rules.PRIORITY_RANGE)
        self.workflow_combo = QComboBox()
        self.workflow_combo.setObjectName("rule-workflow")
        for d in definitions:
            self.workflow_combo.addItem(self.definition_text(d), d.key)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Applies to:"), field_column(self.scope_combo, self.region_picker))
        form.addRow(self.tr("Provider type:"), self.provider_combo)
        form.addRow(self.tr("Scenario:"), self.scenario_combo)
        form.addRow(self.tr("Complexity:"), self.complexity_combo)
        form.addRow(self.tr("Valid:"), field_column(self.valid_from, self.valid_to))
        form.addRow(
            self.tr("Priority:"),
            field_column(
                self.priority_spin,
                hint_label(
                    self.tr(
                        "A more specific region always wins, then the rule with more matching dimensions; "
                        "the higher priority decides between rules equal in both."
                    )
                ),
            ),
        )
        form.addRow(
            self.tr("Workflow:"),
            field_column(
                self.workflow_combo,
                hint_label(self.tr("New work orders start on its newest published version; running ones keep theirs.")),
            ),
        )
        self.finish_layout(form)
        if row is not None:
            self._show(row)
        self._scope_changed()
        self.name_edit.setFocus()

    def _any_combo(self, values: Sequence[str]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(["", *values])
        line_edit = combo.lineEdit()
        assert line_edit is not None  # an editable combo has one
        line_edit.setPlaceholderText(self.tr("Any (leave empty)"))
        return combo

    def definition_text(self, d: DefinitionRow) -> str:
        if d.published_number is None:
            return self.tr("{name} ({key}), not published yet").format(name=d.name, key=d.key)
        return self.tr("{name} ({key}), v{number}").format(name=d.name, key=d.key, number=d.published_number)

    def _show(self, row: WorkflowRuleRow) -> None:
        self.name_edit.setText(row.name)
        scope = ONE_REGION if row.region_code else str(row.region_group_id or WHOLE_COUNTRY)
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
        self.region_picker.set_code(row.region_code)
        self.provider_combo.setCurrentText(row.provider_type or "")
        self.scenario_combo.setCurrentText(row.scenario or "")
        self.complexity_combo.setCurrentIndex(self.complexity_combo.findData(row.complexity or 0))
        self.valid_from.set_value(row.valid_from)
        self.valid_to.set_value(row.valid_to)
        self.priority_spin.setValue(row.priority)
        position = self.workflow_combo.findData(row.definition_key)
        if position < 0:  # deactivated since: keep it so saving does not change the outcome silently
            self.workflow_combo.addItem(f"{row.definition_name} ({row.definition_key})", row.definition_key)
            position = self.workflow_combo.count() - 1
        self.workflow_combo.setCurrentIndex(position)

    def _scope_changed(self) -> None:
        self.region_picker.setVisible(self.scope_combo.currentData() == ONE_REGION)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "name": self.name_edit,
            "region_code": self.region_picker,
            "region_group_id": self.scope_combo,
            "provider_type": self.provider_combo,
            "scenario": self.scenario_combo,
            "complexity": self.complexity_combo,
            "priority": self.priority_spin,
            "valid_from": self.valid_from.edit,
            "valid_to": self.valid_to.edit,
            "definition_key": self.workflow_combo,
        }

    def input_fields(self) -> dict[str, Any] | None:
        scope = self.scope_combo.currentData()
        region_code = self.region_picker.code() if scope == ONE_REGION else None
        if scope == ONE_REGION and region_code is None:
            self.refuse(self.tr("Pick the region from the list, or type its six-digit code."), self.region_picker)
            return None
        if self.workflow_combo.count() == 0:
            self.refuse(self.tr("There are no workflows yet; design one first."), self.workflow_combo)
            return None
        return {
            "name": self.name_edit.text(),
            "definition_key": self.workflow_combo.currentData(),
            "region_code": region_code,
            "region_group_id": combo_uuid(scope) if scope not in (WHOLE_COUNTRY, ONE_REGION) else None,
            "provider_type": self.provider_combo.currentText(),
            "scenario": self.scenario_combo.currentText(),
            "complexity": self.complexity_combo.currentData() or None,
            "priority": self.priority_spin.value(),
            "valid_from": self.valid_from.value(),
            "valid_to": self.valid_to.value(),
        }

    def save(self, session: Session, fields: dict[str, Any]) -> WorkflowRuleRow:
        if self.row is None:
            return workflow_rules.create_workflow_rule(session, self.ctx.actor, **fields)
        return workflow_rules.update_workflow_rule(
            session, self.ctx.actor, self.row.id, expected_version=self.row.version, **fields
        )

    def show_refusal(self, exc: ScrmError) -> None:
        show_error(self, exc)


class WorkflowRulesPage(Page):
    """The workflow rules with new, edit, (de)activate, and the work calendar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.DESIGN_WORKFLOWS)
        self.dialog: WorkflowRuleDialog | WorkCalendarDialog | None = None
        self.groups: list[RegionGroupRow] = []
        self.provider_types: list[str] = []

        self.model: RowTableModel[WorkflowRuleRow] = RowTableModel(
            self._columns(), parent=self, dimmed=lambda r: not r.is_active
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("workflow-rules-table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        # The service's order (active first, then by name) until a column header is clicked.
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda _index: self.edit_rule())  # double click or Enter
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)

        self.new_action = self.page_action("mdi6.plus", self.tr("New rule"), self.new_rule)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self.page_action("mdi6.pencil-outline", self.tr("Edit"), self.edit_rule)
        self.toggle_action = self.page_action("mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        self.calendar_action = self.page_action("mdi6.calendar-clock", self.tr("Work calendar…"), self.open_calendar)
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        for action in (self.new_action, self.edit_action, self.toggle_action):
            action.setVisible(self.can_edit)

        self.count_label = hint_label("")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("workflow-rules-notice")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)
        layout = self.header_layout(
            self.tr("Workflow rules"),
            self.tr(
                "Which workflow a work order follows when its workflow starts, by region, provider type, "
                "scenario and complexity. The most specific matching rule wins; rules that could tie are refused."
            ),
        )
        layout.addWidget(
            toolbar_of(
                [self.new_action, self.edit_action, self.toggle_action, None, self.calendar_action, self.refresh_action]
            )
        )
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self._update_actions()

    def _columns(self) -> list[Column[WorkflowRuleRow]]:
        return [
            Column(self.tr("Rule"), lambda r: r.name),
            Column(self.tr("Applies to"), self.scope_text),
            Column(self.tr("Provider type"), lambda r: r.provider_type or ""),
            Column(self.tr("Scenario"), lambda r: r.scenario or ""),
            Column(self.tr("Complexity"), lambda r: r.complexity or "", sort_key=lambda r: r.complexity or 0),
            Column(self.tr("Valid"), self.validity_text),
            Column(self.tr("Priority"), lambda r: r.priority),
            Column(self.tr("Workflow"), self.workflow_text),
            Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
        ]

    # --- texts --------------------------------------------------------------------------------

    def scope_text(self, row: WorkflowRuleRow) -> str:
        if row.region_code:
            return row.region_path or region_text(row.region_code)
        if row.region_group_id is not None:
            return self.tr("Region group {name}").format(name=row.region_group_name)
        return self.tr("Whole country")

    def validity_text(self, row: WorkflowRuleRow) -> str:
        start, end = date_text(row.valid_from), date_text(row.valid_to)
        if start or end:
            return f"{start or '…'} – {end or '…'}"
        return self.tr("Always")

    def workflow_text(self, row: WorkflowRuleRow) -> str:
        if row.published_number is None:
            return self.tr("{name}, not published (skipped)").format(name=row.definition_name)
        return f"{row.definition_name} v{row.published_number}"

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the rules and the choices the rule dialog offers (called when the page is shown)."""
        current = self.selected_row()
        try:
            with self.ctx.db.session() as session:
                rows = workflow_rules.list_workflow_rules(session, self.ctx.actor)
                self.groups = regions.list_groups(session, self.ctx.actor)
                self.provider_types = parties.provider_type_names(session)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        if current is not None:
            self.select_rule(current.id)
        active = sum(r.is_active for r in rows)
        self.count_label.setText(self.tr("Rules: {count} ({active} active)").format(count=len(rows), active=active))

    def select_rule(self, rule_id: uuid.UUID) -> bool:
        number = next((n for n, r in enumerate(self.model.rows) if r.id == rule_id), None)
        if number is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.proxy.mapFromSource(self.model.index(number, 0)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def selected_row(self) -> WorkflowRuleRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.edit_action.setEnabled(row is not None)
        self.toggle_action.setEnabled(row is not None)
        show_toggle(
            self.toggle_action, row is not None and not row.is_active, self.tr("Activate"), self.tr("Deactivate")
        )

    # --- actions --------------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _open_rule_dialog(self, row: WorkflowRuleRow | None) -> WorkflowRuleDialog | None:
        try:
            with self.ctx.db.session() as session:
                definitions = workflows.list_definitions(session, self.ctx.actor, include_inactive=False)
        except ScrmError as exc:
            show_error(self, exc)
            return None
        dialog = WorkflowRuleDialog(
            self.ctx,
            row,
            definitions=definitions,
            groups=self.groups,
            provider_types=self.provider_types,
            parent=self,
        )
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def _saved(self, saved: WorkflowRuleRow, notice: str = "") -> None:
        """Show the list again with ``saved`` selected, and say what happened to it."""
        self.refresh()
        self.select_rule(saved.id)
        self.notice_label.setText((notice or self.tr("Rule “{name}” was saved.")).format(name=saved.name))

    def new_rule(self) -> WorkflowRuleDialog | None:
        """Open the dialog that creates a rule; the list reloads when it saves."""
        return self._open_rule_dialog(None) if self.can_edit else None

    def edit_rule(self) -> WorkflowRuleDialog | None:
        """Open the selected rule in its dialog (None when nothing is selected)."""
        row = self.selected_row()
        return self._open_rule_dialog(row) if row is not None and self.can_edit else None

    def toggle_active(self) -> None:
        """Deactivate the selected rule (after a question) or activate it again."""
        row = self.selected_row()
        if row is None or not self.can_edit:
            return
        question = self.tr("Deactivate the rule “{name}”? Workflows started from now on no longer follow it.")
        if row.is_active and not self.confirm(self.tr("Deactivate rule"), question.format(name=row.name)):
            return
        try:
            with self.ctx.db.session() as session:
                saved = workflow_rules.set_workflow_rule_active(
                    session, self.ctx.actor, row.id, not row.is_active, expected_version=row.version
                )
        except ScrmError as exc:
            show_error(self, exc)
            self.refresh()
            return
        self._saved(
            saved,
            self.tr("Rule “{name}” is active again.") if saved.is_active else self.tr("Rule “{name}” was deactivated."),
        )

    def open_calendar(self) -> WorkCalendarDialog:
        """Open the work calendar SLA due times count in (read-only without the permission)."""
        dialog = WorkCalendarDialog(self.ctx, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: WorkflowRuleDialog | WorkCalendarDialog) -> None:
        """Open ``dialog`` window-modal; the one opened before it is no longer needed."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
