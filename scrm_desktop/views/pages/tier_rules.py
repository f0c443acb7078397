"""Tier rules (档位规则): which price tier a job gets, per price book, tested with the full trace.

The book selector switches between settlement and sales rules. New/Edit open ``TierRuleDialog``,
which saves through ``tier_rules.create_tier_rule``/``update_tier_rule``; the service refuses a
rule that could tie with another rule of the book and names both. The "test a context" panel
resolves an item for a job (region, provider type, scenario, complexity, date) through
``price_resolution.try_quote``: it shows the tier, the unit price or the error that names the
missing price (item, tier, book), and every rule's fate in the trace table (``TraceTexts``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
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
from scrm_desktop.services import catalog, parties, price_impact, price_resolution, pricing, regions, tier_rules
from scrm_desktop.services.catalog import CategoryRow
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.price_resolution import QuoteAttempt
from scrm_desktop.services.pricing import TierRow
from scrm_desktop.services.regions import RegionGroupRow
from scrm_desktop.services.scoping import CandidateTrace
from scrm_desktop.services.tier_rules import SCENARIOS, Tier, TierRuleRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error, show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.price_impact_dialog import PriceImpactDialog
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.rule_trace import TraceTexts
from scrm_desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from scrm_desktop.views.widgets import (
    OptionalDate,
    combo_uuid,
    date_edit,
    date_text,
    error_label,
    hint_label,
    setup_table,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PRIORITY_RANGE = tier_rules.PRIORITY_RANGE
COMPLEXITIES = range(tier_rules.COMPLEXITY_RANGE[0], tier_rules.COMPLEXITY_RANGE[1] + 1)
ICON_COLOR = "#37474f"


def _optional_text(combo: QComboBox) -> str | None:
    return " ".join(combo.currentText().split()) or None


def item_entry(code: str, name: str) -> str:
    """The completer's text for an item: ``S-AC-WALL-1  空调挂机安装``; its first word is the code."""
    return f"{code}  {name}"


def item_code_of(text: str) -> str:
    words = text.split()
    return words[0] if words else ""


class TierRuleDialog(QDialog):
    """Create a tier rule in ``book`` (``row`` None) or edit one; saving calls the service itself.

    The dialog stays open with the user's input when the service refuses (a conflict with another
    rule names both rules); on success ``saved_row`` holds what the service returned.
    """

    def __init__(
        self,
        ctx: AppContext,
        book: str,
        row: TierRuleRow | None,
        *,
        groups: Sequence[RegionGroupRow],
        tiers: Sequence[TierRow],
        categories: Sequence[CategoryRow],
        provider_types: Sequence[str],
        scenarios: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book = book
        self.row = row
        self.saved_row: TierRuleRow | None = None
        self.setWindowTitle(
            self.tr("New tier rule") if row is None else self.tr("Edit tier rule {name}").format(name=row.name)
        )
        self.setMinimumWidth(680)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(tier_rules.MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. 一线城市三档"))

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

        self.provider_combo = self._any_combo(provider_types)
        self.scenario_combo = self._any_combo(scenarios)
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("Any category"), "")
        for category in categories:
            self.category_combo.addItem(f"{category.path} ({category.code})", category.code)
        self.complexity_combo = QComboBox()
        self.complexity_combo.addItem(self.tr("Any complexity"), 0)
        for level in COMPLEXITIES:
            self.complexity_combo.addItem(self.tr("Level {level}").format(level=level), level)

        self.valid_from = OptionalDate(self.tr("Starts on"))
        self.valid_to = OptionalDate(self.tr("Ends on"))
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(*PRIORITY_RANGE)
        self.tier_combo = QComboBox()
        for tier in tiers:
            self.tier_combo.addItem(f"{tier.name} ({tier.code})", str(tier.id))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Applies to:"), self._scope_box())
        form.addRow(self.tr("Provider type:"), self.provider_combo)
        form.addRow(self.tr("Scenario:"), self.scenario_combo)
        category_row = QVBoxLayout()
        category_row.setSpacing(2)
        category_row.addWidget(self.category_combo)
        category_row.addWidget(
            hint_label(
                self.tr(
                    "Matches items filed directly under this category, not under its subcategories. "
                    "To cover a whole branch, leave it empty or make one rule per category."
                )
            )
        )
        form.addRow(self.tr("Item category:"), category_row)
        form.addRow(self.tr("Complexity:"), self.complexity_combo)
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
                    "A more specific region always wins, then the rule with more matching dimensions. "
                    "Priority only decides between rules that are equal in both: the higher number wins."
                )
            )
        )
        form.addRow(self.tr("Priority:"), priority_row)
        form.addRow(self.tr("Tier:"), self.tier_combo)

        self.message = error_label()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create rule") if row is None else self.tr("Save")
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.impact_dialog: PriceImpactDialog | None = None
        self.impact_button = self.button_box.addButton(
            self.tr("Preview impact…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.impact_button.setObjectName("rule-impact")
        self.impact_button.clicked.connect(self.preview_impact)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)

        self.scope_buttons.buttonToggled.connect(lambda *_: self._update_enabled())
        self._show_row(row)
        self._update_enabled()
        self.name_edit.setFocus()

    def _any_combo(self, values: Sequence[str]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItem("")
        combo.addItems(list(values))
        combo.lineEdit().setPlaceholderText(self.tr("Any (leave empty)"))
        return combo

    def _scope_box(self) -> QWidget:
        box = QWidget()
        grid = QFormLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addRow(self.country_radio)
        grid.addRow(self.region_radio, self.region_picker)
        grid.addRow(self.group_radio, self.group_combo)
        return box

    def _show_row(self, row: TierRuleRow | None) -> None:
        if row is None:
            self.country_radio.setChecked(True)
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
        self.provider_combo.setCurrentText(row.provider_type or "")
        self.scenario_combo.setCurrentText(row.scenario or "")
        index = self.category_combo.findData(row.item_category or "")
        if index < 0:  # a category deleted since: keep the code so saving does not drop it silently
            self.category_combo.addItem(row.item_category or "", row.item_category or "")
            index = self.category_combo.count() - 1
        self.category_combo.setCurrentIndex(index)
        self.complexity_combo.setCurrentIndex(self.complexity_combo.findData(row.complexity or 0))
        self.valid_from.set_value(row.valid_from)
        self.valid_to.set_value(row.valid_to)
        self.priority_spin.setValue(row.priority)
        self.tier_combo.setCurrentIndex(self.tier_combo.findData(str(row.tier_id)))

    def _update_enabled(self) -> None:
        self.region_picker.setEnabled(self.region_radio.isChecked())
        self.group_combo.setEnabled(self.group_radio.isChecked())

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget to focus for each field name a ``ValidationError`` may carry."""
        return {
            "name": self.name_edit,
            "region_code": self.region_picker,
            "region_group_id": self.group_combo,
            "provider_type": self.provider_combo,
            "scenario": self.scenario_combo,
            "item_category": self.category_combo,
            "complexity": self.complexity_combo,
            "valid_from": self.valid_from.edit,
            "valid_to": self.valid_to.edit,
            "priority": self.priority_spin,
            "tier_id": self.tier_combo,
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
        tier_id = combo_uuid(self.tier_combo.currentData())
        if tier_id is None:
            self._refuse(self.tr("There are no price tiers yet; create them on the price grid first."), self.tier_combo)
            return None
        return {
            "name": self.name_edit.text(),
            "tier_id": tier_id,
            "region_code": region_code,
            "region_group_id": combo_uuid(self.group_combo.currentData()) if self.group_radio.isChecked() else None,
            "provider_type": _optional_text(self.provider_combo),
            "scenario": _optional_text(self.scenario_combo),
            "item_category": self.category_combo.currentData() or None,
            "complexity": self.complexity_combo.currentData() or None,
            "priority": self.priority_spin.value(),
            "valid_from": self.valid_from.value(),
            "valid_to": self.valid_to.value(),
        }

    def preview_impact(self) -> PriceImpactDialog | None:
        """Show what the rule as entered would have changed in a past month (nothing is saved)."""
        self.message.setVisible(False)
        fields = self.rule_fields()
        if fields is None:
            return None
        change = price_impact.TierRuleChange(rule_id=self.row.id if self.row else None, book=self.book, fields=fields)
        dialog = PriceImpactDialog.for_rule(self.ctx, change, name=" ".join(fields["name"].split()), parent=self)
        if self.impact_dialog is not None:
            self.impact_dialog.deleteLater()
        self.impact_dialog = dialog
        dialog.open()
        return dialog

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

    def _save(self, session: Session, fields: dict[str, Any]) -> TierRuleRow:
        if self.row is None:
            return tier_rules.create_tier_rule(session, self.ctx.actor, book=self.book, **fields)
        return tier_rules.update_tier_rule(
            session, self.ctx.actor, self.row.id, expected_version=self.row.version, **fields
        )


class TierRulesPage(Page):
    """The tier rules of one price book with their actions, and the "test a context" panel.

    Signals:
        resolved(): the test panel shows a new result.
    """

    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QDialog | None = None
        self.attempt: QuoteAttempt | None = None
        self.group_names: dict[str, str] = {}
        self.rules: list[TierRuleRow] = []
        self.can_edit = ctx.actor.can(Permission.EDIT_PRICES)

        self.book_combo = QComboBox()
        self.book_combo.setObjectName("book")
        self.book_combo.addItem(self.tr("Settlement prices (what installers earn)"), "settlement")
        self.book_combo.addItem(self.tr("Sales prices (what customers pay)"), "sales")
        self.book_combo.currentIndexChanged.connect(lambda _i: self._book_changed())

        self.model: RowTableModel[TierRuleRow] = RowTableModel(
            self._columns(), parent=self, dimmed=lambda r: not r.is_active
        )
        self.view = QTableView()
        self.view.setObjectName("tier-rules-table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # the service's order: active first, then by name
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_rule())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)

        self._build_actions()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(QLabel(self.tr("Price book:") + " "))
        toolbar.addWidget(self.book_combo)
        toolbar.addSeparator()
        for act in (self.new_action, self.edit_action, self.toggle_action):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)

        self.count_label = hint_label("")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("tier-rules-notice")
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
        splitter.setSizes([420, 460])

        layout = self.header_layout(
            self.tr("Tier rules"),
            self.tr(
                "Which price tier a job gets, per price book. The most specific matching rule wins; the unit "
                "price is then the tier's price in force on the job's date. A missing price is an error, never zero."
            ),
        )
        layout.addWidget(splitter, 1)
        self._update_actions()

    # --- building ---------------------------------------------------------------------------------

    def _columns(self) -> list[Column[TierRuleRow]]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Applies to"), self.scope_text),
            Column(self.tr("Provider type"), lambda r: r.provider_type or ""),
            Column(self.tr("Scenario"), lambda r: r.scenario or ""),
            Column(self.tr("Item category"), self.category_text),
            Column(self.tr("Complexity"), lambda r: r.complexity or "", align=right),
            Column(self.tr("Valid"), self.validity_text),
            Column(self.tr("Priority"), lambda r: r.priority, align=right),
            Column(self.tr("Tier"), lambda r: f"{r.tier_name} ({r.tier_code})"),
            Column(self.tr("Status"), lambda r: self.tr("Active") if r.is_active else self.tr("Inactive")),
        ]

    def _build_actions(self) -> None:
        self.new_action = self.page_action("mdi6.plus", self.tr("New rule"), self.new_rule)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self.page_action("mdi6.pencil-outline", self.tr("Edit"), self.edit_rule)
        self.toggle_action = self.page_action("mdi6.cancel", self.tr("Deactivate"), self.toggle_active)
        self.refresh_action = self.page_action("mdi6.refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)

    def _test_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Test a context"))
        self.test_item = QLineEdit()
        self.test_item.setObjectName("test-item")
        self.test_item.setPlaceholderText(self.tr("Item code or name"))
        self.test_item.setClearButtonEnabled(True)
        completer = QCompleter(self)
        self.item_entries = QStringListModel(completer)
        completer.setModel(self.item_entries)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.test_item.setCompleter(completer)
        self.test_region = RegionPicker()
        self.test_region.setObjectName("test-region")
        self.test_provider = QComboBox()
        self.test_provider.setEditable(True)
        self.test_scenario = QComboBox()
        self.test_scenario.setEditable(True)
        self.test_complexity = QComboBox()
        self.test_complexity.addItem(self.tr("The item's own"), 0)
        for level in COMPLEXITIES:
            self.test_complexity.addItem(self.tr("Level {level}").format(level=level), level)
        self.test_date = date_edit(pricing.business_today(self.ctx.actor))
        self.resolve_button = QPushButton(icon("mdi6.magnify", color=ICON_COLOR), self.tr("Resolve"))
        self.resolve_button.clicked.connect(self.resolve)
        for edit in (self.test_item, self.test_region):
            edit.returnPressed.connect(self.resolve)

        inputs = QGridLayout()
        inputs.setHorizontalSpacing(8)
        inputs.addWidget(QLabel(self.tr("Item:")), 0, 0)
        inputs.addWidget(self.test_item, 0, 1)
        inputs.addWidget(QLabel(self.tr("Region:")), 0, 2)
        inputs.addWidget(self.test_region, 0, 3)
        inputs.addWidget(QLabel(self.tr("Date:")), 0, 4)
        inputs.addWidget(self.test_date, 0, 5)
        inputs.addWidget(QLabel(self.tr("Provider type:")), 1, 0)
        inputs.addWidget(self.test_provider, 1, 1)
        inputs.addWidget(QLabel(self.tr("Scenario:")), 1, 2)
        inputs.addWidget(self.test_scenario, 1, 3)
        inputs.addWidget(QLabel(self.tr("Complexity:")), 1, 4)
        inputs.addWidget(self.test_complexity, 1, 5)
        inputs.addWidget(self.resolve_button, 0, 6, 2, 1)
        inputs.setColumnStretch(1, 2)
        inputs.setColumnStretch(3, 3)

        self.result_label = QLabel(
            self.tr("Choose an item and a region to see which tier and unit price a job gets, and why.")
        )
        self.result_label.setObjectName("test-result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trace_texts = TraceTexts(self.outcome_text, lambda: self.group_names, self)
        self.trace_model: RowTableModel[CandidateTrace[Tier]] = RowTableModel(
            self.trace_texts.columns(self.tr("Tier")), parent=self, dimmed=lambda t: not t.matched
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

    # --- texts --------------------------------------------------------------------------------------

    def scope_text(self, row: TierRuleRow) -> str:
        if row.region_code is not None:
            return row.region_path or row.region_code
        if row.region_group_id is not None:
            return self.tr("Region group {name}").format(name=row.region_group_name)
        return self.tr("Whole country")

    def category_text(self, row: TierRuleRow) -> str:
        if row.item_category is None:
            return ""
        if row.item_category_name:
            return f"{row.item_category_name} ({row.item_category})"
        return row.item_category

    def validity_text(self, row: TierRuleRow) -> str:
        if row.valid_from is not None and row.valid_to is not None:
            return self.tr("{start} to {end}").format(start=date_text(row.valid_from), end=date_text(row.valid_to))
        if row.valid_from is not None:
            return self.tr("From {start}").format(start=date_text(row.valid_from))
        if row.valid_to is not None:
            return self.tr("Until {end}").format(end=date_text(row.valid_to))
        return self.tr("Always")

    def outcome_text(self, tier: Tier) -> str:
        return f"{tier.name} ({tier.code})"

    # --- data ---------------------------------------------------------------------------------------

    def book(self) -> str:
        return str(self.book_combo.currentData())

    def set_book(self, book: str) -> None:
        self.book_combo.setCurrentIndex(self.book_combo.findData(book))

    def _book_changed(self) -> None:
        self.reload()
        self._resolve_again()

    def refresh(self) -> None:
        """Reload rules and the test panel's choices (called when the page is shown)."""
        self.reload()
        try:
            with self.ctx.db.session() as session:
                items = catalog.list_items(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.item_entries.setStringList([item_entry(i.code, i.name) for i in items])

    def reload(self, select: uuid.UUID | None = None) -> None:
        current = self.selected_row()
        keep = select or (current.id if current is not None else None)
        try:
            with self.ctx.db.session() as session:
                rows = tier_rules.list_tier_rules(session, self.ctx.actor, book=self.book())
                groups = regions.list_groups(session, self.ctx.actor)
                provider_types = parties.provider_type_names(session)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.rules = rows
        self.group_names = {str(g.id): g.name for g in groups}
        self.model.set_rows(rows)
        if keep is not None:
            self.select_rule(keep)
        active = sum(r.is_active for r in rows)
        self.count_label.setText(self.tr("Rules: {count} ({active} active)").format(count=len(rows), active=active))
        self._fill_choices(self.test_provider, provider_types, [r.provider_type for r in rows])
        self._fill_choices(self.test_scenario, SCENARIOS, [r.scenario for r in rows])

    @staticmethod
    def _fill_choices(combo: QComboBox, defaults: Sequence[str], used: Sequence[str | None]) -> None:
        text = combo.currentText()
        values = list(dict.fromkeys([*defaults, *(u for u in used if u)]))
        combo.clear()
        combo.addItem("")
        combo.addItems(values)
        combo.setCurrentText(text)

    def select_rule(self, rule_id: uuid.UUID) -> bool:
        for row_number, row in enumerate(self.model.rows):
            if row.id == rule_id:
                index = self.model.index(row_number, 0)
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
                return True
        return False

    def selected_row(self) -> TierRuleRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.new_action.setEnabled(self.can_edit)
        self.edit_action.setEnabled(self.can_edit and row is not None)
        self.toggle_action.setEnabled(self.can_edit and row is not None)
        if row is not None and not row.is_active:
            self.toggle_action.setText(self.tr("Activate"))
            self.toggle_action.setIcon(icon("mdi6.check-circle-outline", color=ICON_COLOR))
        else:
            self.toggle_action.setText(self.tr("Deactivate"))
            self.toggle_action.setIcon(icon("mdi6.cancel", color=ICON_COLOR))

    def _notify(self, text: str) -> None:
        self.notice_label.setText(text)

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    # --- rule actions -------------------------------------------------------------------------------

    def _open_rule_dialog(self, row: TierRuleRow | None) -> TierRuleDialog | None:
        try:
            with self.ctx.db.session() as session:
                groups = regions.list_groups(session, self.ctx.actor)
                tiers = pricing.list_tiers(session, self.ctx.actor)
                categories = catalog.list_categories(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return None
        dialog = TierRuleDialog(
            self.ctx,
            self.book(),
            row,
            groups=groups,
            tiers=tiers,
            categories=categories,
            provider_types=[self.test_provider.itemText(i) for i in range(1, self.test_provider.count())],
            scenarios=[self.test_scenario.itemText(i) for i in range(1, self.test_scenario.count())],
            parent=self,
        )
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._rule_dialog_finished(dialog))
        dialog.open()
        return dialog

    def _rule_dialog_finished(self, dialog: TierRuleDialog) -> None:
        saved = dialog.saved_row
        self.reload(select=saved.id if saved is not None else None)
        if saved is not None:
            self._notify(self.tr("Rule “{name}” was saved.").format(name=saved.name))
            self._resolve_again()

    def new_rule(self) -> TierRuleDialog | None:
        """Open the dialog that creates a rule in the current book; the list reloads when it closes."""
        if not self.can_edit:
            return None
        return self._open_rule_dialog(None)

    def edit_rule(self) -> TierRuleDialog | None:
        """Open the edit dialog for the selected rule (None when nothing is selected)."""
        row = self.selected_row()
        if row is None or not self.can_edit:
            return None
        return self._open_rule_dialog(row)

    def toggle_active(self) -> None:
        """Deactivate the selected rule (after a question) or activate it again."""
        row = self.selected_row()
        if row is None or not self.can_edit:
            return
        if row.is_active and not self.confirm(
            self.tr("Deactivate rule"),
            self.tr("Deactivate the rule “{name}”? Jobs priced from now on no longer get their tier from it.").format(
                name=row.name
            ),
        ):
            return
        try:
            with self.ctx.db.session() as session:
                saved = tier_rules.set_tier_rule_active(
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
        self._resolve_again()

    # --- testing a context --------------------------------------------------------------------------

    def resolve(self) -> None:
        """Resolve the chosen item for the chosen job; show tier, price (or why none) and the trace."""
        code = item_code_of(self.test_item.text())
        if not code:
            self._show_message(self.tr("Choose an item: type its code or pick it from the list."))
            return
        region = self.test_region.code()
        if region is None and not self.test_region.is_empty():
            self._show_message(self.tr("Pick the region from the list, or type its six-digit code."))
            return
        on: dt.date = self.test_date.date().toPython()  # type: ignore[assignment]
        try:
            with self.ctx.db.session() as session:
                attempt = price_resolution.try_quote(
                    session,
                    self.ctx.actor,
                    book=self.book(),
                    item_code=code,
                    region_code=region,
                    provider_type=_optional_text(self.test_provider),
                    scenario=_optional_text(self.test_scenario),
                    complexity=self.test_complexity.currentData() or None,
                    on=on,
                )
        except ScrmError as exc:
            self._show_message(describe_error(exc))
            return
        self.show_attempt(attempt)

    def _show_message(self, text: str) -> None:
        self.attempt = None
        self.result_label.setText(text)
        self.trace_model.set_rows([])
        self.resolved.emit()

    def _resolve_again(self) -> None:
        if self.attempt is not None:
            self.resolve()

    def show_attempt(self, attempt: QuoteAttempt) -> None:
        self.attempt = attempt
        found = attempt.quote
        if found is not None:
            text = self.tr("Tier {tier}, unit price ¥{price} ({item}), through the rule “{rule}”.").format(
                tier=self.outcome_text(found.tier),
                price=f"{found.unit_price:,.2f}",
                item=f"{found.item.code} {found.item.name}",
                rule=found.rule_name,
            )
            self.result_label.setStyleSheet("font-weight: 600;")
        else:
            problem = attempt.problem
            text = describe_error(problem) if problem is not None else ""
            self.result_label.setStyleSheet("font-weight: 600; color: #c62828;")
        self.result_label.setText(text)
        self.trace_texts.resolution = attempt.resolution
        self.trace_model.set_rows(attempt.resolution.trace)
        self.resolved.emit()
