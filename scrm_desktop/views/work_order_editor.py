"""The work-order editor (工单): header, crew, lines, adjustments, and the earnings they make.

One dialog for a new work order and an existing one. On the left the header: customer (searched
by name or phone), service address with the region parsed from it (or chosen by hand), provider,
crew with shares, scenario, complexity, dates, notes. On the right the lines (items, parts,
whole service packages) and the adjustments, and under them the ``EarningsPanel``.

While the work order is open, every edit re-prices it through ``work_orders.preview_input``
once the user pauses (``PREVIEW_DELAY_MS``); input the service refuses is said inline in the
panel, never as a dialog. Saving and the status buttons each call one service function; a
refusal shows through ``show_error`` and the dialog keeps the input. A completed (or cancelled)
work order, and any work order opened by someone who may not dispatch, is read-only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import catalog, customers, parties
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.customers import CustomerRow, suggest_regions
from scrm_desktop.services.earnings import PricedLine
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.parties import InstallerRow, ProviderRow
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.regions import region_index
from scrm_desktop.services.tier_rules import SCENARIOS
from scrm_desktop.services.work_orders import WorkOrderDetail, WorkOrderInput
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error, show_error
from scrm_desktop.views.region_picker import RegionPicker
from scrm_desktop.views.tier_trace_dialog import TierTraceDialog
from scrm_desktop.views.widgets import (
    ERROR_COLOR,
    HINT_COLOR,
    OptionalDate,
    error_label,
    hint_label,
    page_title,
)
from scrm_desktop.views.work_order_flow import WorkOrderFlowPanel
from scrm_desktop.views.work_order_labels import (
    STATUS_COLORS,
    status_label,
)
from scrm_desktop.views.work_order_models import (
    CrewEntry,
    WorkLine,
)
from scrm_desktop.views.work_order_parts import AdjustmentDraft, AdjustmentsEditor, CrewEditor, LinesEditor
from scrm_desktop.views.work_order_widgets import CustomerPicker, EarningsPanel, badge_style

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PREVIEW_DELAY_MS = 300
COMPLEXITIES = range(wo.COMPLEXITY_RANGE[0], wo.COMPLEXITY_RANGE[1] + 1)
ICON_COLOR = "#37474f"


class WorkOrderDialog(QDialog):
    """Create (``work_order_id`` None) or edit a work order; ``read_only`` only shows it.

    Stays open after saving (the status buttons act on the saved work order); the list follows
    through ``saved``.

    Signals:
        saved(object): the ``WorkOrderDetail`` after every save or status change.
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        work_order_id: uuid.UUID | None = None,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.may_dispatch = actor.can(Permission.DISPATCH_WORK_ORDERS) and not read_only
        self.may_reopen = actor.can(Permission.REOPEN_WORK_ORDERS) and not read_only
        self.detail: WorkOrderDetail | None = None
        self.dirty = False
        self.package_id: uuid.UUID | None = None
        self.customer_address = ""
        self.trace_dialog: TierTraceDialog | None = None
        self._loading = False
        self.providers: list[ProviderRow] = []
        self.setMinimumSize(1100, 700)
        self.resize(1360, 860)
        self.setSizeGripEnabled(True)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)

        self._build()
        self._load_choices()
        if work_order_id is not None:
            try:
                with ctx.db.session() as session:
                    detail = wo.get_work_order(session, actor, work_order_id)
            except ScrmError as exc:
                show_error(self, exc)
            else:
                self.show_detail(detail)
        else:
            self._show_new()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = page_title(self.tr("New work order"))
        self.status_chip = QLabel()
        self.status_chip.setObjectName("work-order-status")
        self.notice = QLabel()
        self.notice.setObjectName("work-order-notice")
        self.notice.setStyleSheet(f"color: {HINT_COLOR};")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status_chip)
        head.addStretch(1)
        head.addWidget(self.notice)

        self.readonly_hint = hint_label("")
        self.readonly_hint.setObjectName("work-order-readonly")
        self.readonly_hint.setVisible(False)

        left = QScrollArea()
        left.setWidgetResizable(True)
        left.setWidget(self._build_form())
        left.setMinimumWidth(430)

        self.lines_editor = LinesEditor(self.ctx)
        self.lines_editor.changed.connect(self._edited)
        self.lines_editor.package_added.connect(self._package_added)
        self.adjustments_editor = AdjustmentsEditor()
        self.adjustments_editor.changed.connect(self._edited)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lines_editor, icon("mdi6.format-list-bulleted", color=ICON_COLOR), self.tr("Lines"))
        self.tabs.addTab(
            self.adjustments_editor, icon("mdi6.plus-minus-variant", color=ICON_COLOR), self.tr("Adjustments")
        )
        self.flow_panel = WorkOrderFlowPanel(self.ctx)
        self.flow_panel.changed.connect(self._flow_moved)
        self.tabs.addTab(self.flow_panel, icon("mdi6.sitemap-outline", color=ICON_COLOR), self.tr("Workflow"))
        self.earnings_panel = EarningsPanel()
        self.earnings_panel.tier_clicked.connect(self.open_trace)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tabs)
        right.addWidget(self.earnings_panel)
        right.setChildrenCollapsible(False)
        right.setSizes([330, 470])
        self.right_splitter = right
        self.tabs.currentChanged.connect(self._tab_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([450, 910])

        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.readonly_hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons())

    def _build_form(self) -> QWidget:
        self.customer_picker = CustomerPicker(self.ctx)
        self.customer_picker.setObjectName("work-order-customer")
        self.customer_picker.chosen.connect(self._customer_chosen)
        self.customer_hint = hint_label("")

        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("work-order-address")
        self.address_edit.setMaxLength(wo.MAX_ADDRESS)
        self.address_edit.setPlaceholderText(self.tr("Taken from the customer; change it for another site"))
        self.address_edit.textChanged.connect(self._address_changed)

        self.region_label = QLabel()
        self.region_label.setObjectName("work-order-region")
        self.region_label.setWordWrap(True)
        self.region_override = QCheckBox(self.tr("Choose the region myself:"))
        self.region_override.toggled.connect(self._override_toggled)
        self.region_picker = RegionPicker()
        self.region_picker.setEnabled(False)
        self.region_picker.textChanged.connect(lambda _t: self._edited())

        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("work-order-provider")
        self.provider_combo.currentIndexChanged.connect(self._provider_changed)

        self.scenario_combo = QComboBox()
        self.scenario_combo.setObjectName("work-order-scenario")
        self.scenario_combo.setEditable(True)
        self.scenario_combo.addItems(list(SCENARIOS))
        self.scenario_combo.currentTextChanged.connect(lambda _t: self._edited())
        self.complexity_combo = QComboBox()
        self.complexity_combo.addItem(self.tr("Each item's own"), 0)
        for level in COMPLEXITIES:
            self.complexity_combo.addItem(self.tr("Level {level}").format(level=level), level)
        self.complexity_combo.currentIndexChanged.connect(lambda _i: self._edited())

        self.planned_date = OptionalDate(self.tr("Planned for"))
        self.completed_date = OptionalDate(self.tr("Completed on"))
        for optional in (self.planned_date, self.completed_date):
            optional.check.toggled.connect(lambda _c: self._edited())
            optional.edit.dateChanged.connect(lambda _d: self._edited())
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        self.notes_edit.textChanged.connect(self._edited)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        customer_column = QVBoxLayout()
        customer_column.setSpacing(2)
        customer_column.addWidget(self.customer_picker)
        customer_column.addWidget(self.customer_hint)
        form.addRow(self.tr("Customer:"), customer_column)
        form.addRow(self.tr("Service address:"), self.address_edit)
        region_column = QVBoxLayout()
        region_column.setSpacing(4)
        region_column.addWidget(self.region_label)
        region_column.addWidget(self.region_override)
        region_column.addWidget(self.region_picker)
        form.addRow(self.tr("Region:"), region_column)
        form.addRow(self.tr("Provider:"), self.provider_combo)
        self.crew = CrewEditor()
        self.crew.changed.connect(self._crew_changed)
        form.addRow(self.tr("Crew:"), self.crew)
        form.addRow(self.tr("Scenario:"), self.scenario_combo)
        form.addRow(self.tr("Complexity:"), self.complexity_combo)
        dates = QVBoxLayout()
        dates.setSpacing(2)
        dates.addWidget(self.planned_date)
        dates.addWidget(self.completed_date)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addStretch(1)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        def button(icon_name: str, text: str, slot: Callable[[], object], name: str) -> QPushButton:
            made = QPushButton(icon(icon_name, color=ICON_COLOR), text)
            made.setObjectName(name)
            made.clicked.connect(slot)
            made.setAutoDefault(False)
            return made

        self.assign_button = button("mdi6.account-arrow-right-outline", self.tr("Assign"), self.assign, "wo-assign")
        self.start_button = button("mdi6.play-outline", self.tr("Start work"), self.start_work, "wo-start")
        self.complete_button = button("mdi6.check-decagram-outline", self.tr("Complete"), self.complete, "wo-complete")
        self.cancel_order_button = button(
            "mdi6.close-octagon-outline", self.tr("Cancel work order"), self.cancel_order, "wo-cancel"
        )
        self.reopen_button = button("mdi6.lock-open-variant-outline", self.tr("Reopen"), self.reopen, "wo-reopen")
        self.save_button = button("mdi6.content-save-outline", self.tr("Save"), self.save, "wo-save")
        self.save_button.setDefault(True)
        self.close_button = button("mdi6.close", self.tr("Close"), self.reject, "wo-close")
        row = QHBoxLayout()
        for made in (
            self.assign_button,
            self.start_button,
            self.complete_button,
            self.cancel_order_button,
            self.reopen_button,
        ):
            row.addWidget(made)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    # --- choices ------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        """Providers, items and packages for editing (not needed, and maybe not readable, to view)."""
        if not self.may_dispatch:
            return
        try:
            with self.ctx.db.session() as session:
                self.providers = parties.list_providers(session, self.ctx.actor)
                items = catalog.list_items(session, self.ctx.actor)
                packages = catalog.list_packages(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.lines_editor.set_choices(items, packages)
        self._fill_providers(None, "")

    def _fill_providers(self, current_id: uuid.UUID | None, current_name: str) -> None:
        self._loading, was_loading = True, self._loading
        self.provider_combo.clear()
        self.provider_combo.addItem(self.tr("Choose the service provider"), "")
        for provider in self.providers:
            self.provider_combo.addItem(f"{provider.name} ({provider.provider_type})", str(provider.id))
        if current_id is not None:
            position = self.provider_combo.findData(str(current_id))
            if position < 0:  # inactive, or not readable: show it anyway
                self.provider_combo.addItem(current_name, str(current_id))
                position = self.provider_combo.count() - 1
            self.provider_combo.setCurrentIndex(position)
        self._loading = was_loading
        self._load_installers()

    def provider_id(self) -> uuid.UUID | None:
        data = self.provider_combo.currentData()
        return uuid.UUID(data) if data else None

    def _load_installers(self) -> None:
        provider_id = self.provider_id()
        installers: list[InstallerRow] = []
        if provider_id is not None and self.may_dispatch:
            try:
                with self.ctx.db.session() as session:
                    installers = parties.list_installers(session, self.ctx.actor, provider_id=provider_id)
            except ScrmError as exc:
                show_error(self, exc)
        self.crew.set_installers(installers, provider_chosen=provider_id is not None)

    # --- showing ------------------------------------------------------------------------------

    def _show_new(self) -> None:
        self._loading = True
        self.setWindowTitle(self.tr("New work order"))
        self.title.setText(self.tr("New work order"))
        self.status_chip.setVisible(False)
        self._show_region()
        self._loading = False
        self.dirty = False
        self._apply_state()
        self.update_preview()
        self.customer_picker.setFocus()

    def show_detail(self, detail: WorkOrderDetail) -> None:
        """Show ``detail`` as saved (the editor's state becomes clean)."""
        self._loading = True
        self.detail = detail
        self.setWindowTitle(self.tr("Work order {number}").format(number=detail.number))
        self.title.setText(self.tr("Work order {number}").format(number=detail.number))
        self.status_chip.setText(status_label(detail.status))
        self.status_chip.setStyleSheet(badge_style(STATUS_COLORS.get(detail.status, "#616161")))
        self.status_chip.setVisible(True)
        self.customer_picker.customer_id = detail.customer_id
        self.customer_picker.show_customer(detail.customer_name, detail.customer_phone)
        self.customer_address = self._customer_address(detail.customer_id)
        self.customer_hint.setText("")
        self.address_edit.setText(detail.address)
        self.region_override.setChecked(detail.region_overridden)
        self.region_picker.set_code(detail.region_code if detail.region_overridden else None)
        self._fill_providers(detail.provider_id, detail.provider_name)
        self._set_combo_text(self.scenario_combo, detail.scenario or "")
        self.complexity_combo.setCurrentIndex(max(self.complexity_combo.findData(detail.complexity or 0), 0))
        self.planned_date.set_value(detail.planned_date)
        self.completed_date.set_value(detail.completed_on)
        self.notes_edit.setPlainText(detail.notes)
        earnings = detail.earnings
        self.crew.model.set_members([CrewEntry(m.installer_id, m.code, m.name, m.share_pct) for m in earnings.crew])
        self.adjustments_editor.set_crew(self.crew.members)
        self.lines_editor.model.set_lines(
            [
                WorkLine(
                    line.item_id,
                    line.item_code,
                    line.item_name,
                    line.kind,
                    line.unit,
                    line.quantity,
                    line.package_id,
                    self.lines_editor.package_code(line.package_id),
                    line.note,
                    line.line_id,
                )
                for line in earnings.lines
            ]
        )
        self.adjustments_editor.set_adjustments(
            [AdjustmentDraft(a.kind, a.amount, a.reason, a.installer_id, a.adjustment_id) for a in earnings.adjustments]
        )
        self.package_id = detail.package_id
        self._show_region()
        self._loading = False
        self.dirty = False
        self.message.setVisible(False)
        self._apply_state()
        self._show_earnings(detail)
        self.flow_panel.set_work_order(detail.id, may_start=self.may_dispatch and detail.is_open)

    def _tab_changed(self, _index: int) -> None:
        """The workflow tab (a node's form and the history) gets most of the height; the lines and
        adjustments tabs share it with the earnings below, as before."""
        total = sum(self.right_splitter.sizes()) or 800
        share = 0.72 if self.tabs.currentWidget() is self.flow_panel else 0.41
        self.right_splitter.setSizes([round(total * share), total - round(total * share)])

    def _flow_moved(self, _state: object) -> None:
        """A workflow step may have changed the work order itself (a form's catalog lines become its
        lines): show it as saved now, so the lines, the earnings and the version are current. Edits
        not saved yet are kept; saving them then says the work order changed, and reloading shows
        both."""
        if self.detail is None or self.dirty:
            return
        try:
            with self.ctx.db.session() as session:
                detail = wo.get_work_order(session, self.ctx.actor, self.detail.id)
        except ScrmError as exc:
            show_error(self, exc)
            return
        if detail.version != self.detail.version:
            self.show_detail(detail)

    @staticmethod
    def _set_combo_text(combo: QComboBox, text: str) -> None:
        position = combo.findText(text)
        if position >= 0:
            combo.setCurrentIndex(position)
        else:
            combo.setEditText(text)

    def _customer_address(self, customer_id: uuid.UUID) -> str:
        if not self.may_dispatch:
            return ""
        try:
            with self.ctx.db.session() as session:
                return customers.get_customer(session, self.ctx.actor, customer_id).address
        except ScrmError:
            return ""

    def _show_earnings(self, detail: WorkOrderDetail) -> None:
        self.preview_timer.stop()
        self.earnings_panel.show_earnings(
            detail.earnings,
            completed_on=detail.completed_on,
            settlement=detail.settlement,
            show_settlement=detail.status == "completed",
        )
        self._update_complete_button()

    def is_read_only(self) -> bool:
        return not self.may_dispatch or (self.detail is not None and not self.detail.is_open)

    def _apply_state(self) -> None:
        """Enable what the status and the actor allow; a closed work order is read-only."""
        read_only = self.is_read_only()
        status = self.detail.status if self.detail is not None else None
        for widget in (
            self.customer_picker,
            self.address_edit,
        ):
            widget.setReadOnly(read_only)
        for control in (
            self.region_override,
            self.provider_combo,
            self.scenario_combo,
            self.complexity_combo,
            self.planned_date,
            self.completed_date,
        ):
            control.setEnabled(not read_only)
        self.region_picker.setEnabled(not read_only and self.region_override.isChecked())
        self.notes_edit.setReadOnly(read_only)
        for part in (self.crew, self.lines_editor, self.adjustments_editor):
            part.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        dispatch = self.may_dispatch
        self.assign_button.setVisible(dispatch and status in (None, "draft"))
        self.start_button.setVisible(dispatch and status in (None, "draft", "assigned"))
        self.complete_button.setVisible(dispatch and status in (None, "draft", "assigned", "in_progress"))
        self.cancel_order_button.setVisible(dispatch and status in ("draft", "assigned", "in_progress"))
        self.reopen_button.setVisible(self.may_reopen and status == "completed")
        if self.detail is not None and self.detail.status == "completed":
            hint = self.tr("A completed work order is read-only: its earnings are frozen.")
            if self.may_reopen:
                hint += " " + self.tr("To correct it, reopen it (the reason is recorded).")
            self.readonly_hint.setText(hint)
        elif self.detail is not None and self.detail.status == "cancelled":
            self.readonly_hint.setText(
                self.tr("This work order was cancelled: {reason}").format(reason=self.detail.cancel_reason)
            )
        elif read_only:
            self.readonly_hint.setText(self.tr("You can look at this work order but not change it."))
        self.readonly_hint.setVisible(read_only)
        self._update_complete_button()

    def _update_complete_button(self) -> None:
        problems = self.earnings_panel.has_problems()
        self.complete_button.setEnabled(not problems)
        self.complete_button.setToolTip(
            self.tr("Some lines have no price: fix them before completing.")
            if problems
            else self.tr("Complete the work order and freeze its earnings.")
        )

    # --- region -------------------------------------------------------------------------------

    def _show_region(self) -> None:
        index = region_index()
        address = self.address_edit.text()
        if self.detail is not None and self.is_read_only():
            path = self.detail.region_path or self.tr("no region")
            text = (
                self.tr("{region} (chosen by hand)").format(region=path)
                if self.detail.region_overridden
                else self.tr("{region} (from the address)").format(region=path)
            )
            self.region_label.setText(text)
            self.region_label.setStyleSheet("")
            return
        found = suggest_regions(address)
        if not address.strip():
            self.region_label.setText(self.tr("Found in the address as you type it."))
            self.region_label.setStyleSheet(f"color: {HINT_COLOR};")
        elif found.ambiguous:
            self.region_label.setText(
                self.tr("The address fits several regions ({regions}): choose the region below.").format(
                    regions=self.tr("; ").join(c.path for c in found.candidates)
                )
            )
            self.region_label.setStyleSheet(f"color: {ERROR_COLOR};")
        elif found.region_code:
            self.region_label.setText(
                self.tr("From the address: {region}").format(region=index.path_name(found.region_code))
            )
            self.region_label.setStyleSheet("")
        else:
            self.region_label.setText(self.tr("The address names no region."))
            self.region_label.setStyleSheet(f"color: {HINT_COLOR};")

    def _address_changed(self, _text: str) -> None:
        self._show_region()
        self._edited()

    def _override_toggled(self, checked: bool) -> None:
        self.region_picker.setEnabled(checked and not self.is_read_only())
        self._edited()

    # --- customer and provider ------------------------------------------------------------------

    def _customer_chosen(self, row: CustomerRow) -> None:
        current = self.address_edit.text().strip()
        if not current or current == self.customer_address:
            self.address_edit.setText(row.address)
        self.customer_address = row.address
        self.customer_hint.setText(row.address or self.tr("The customer has no address."))
        self._edited()

    def choose_customer(self, row: CustomerRow) -> None:
        """Pick ``row`` as the customer (what picking from the search list does)."""
        self.customer_picker.choose(row)

    def _provider_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._load_installers()
        if self.crew.members:
            self.crew.model.set_members([])
            self.notice.setText(self.tr("The crew was cleared: choose installers of the new provider."))
        self._edited()

    def set_provider(self, provider_id: uuid.UUID) -> None:
        position = self.provider_combo.findData(str(provider_id))
        if position >= 0:
            self.provider_combo.setCurrentIndex(position)

    # --- crew, lines, adjustments ------------------------------------------------------------------

    def _crew_changed(self) -> None:
        self.adjustments_editor.set_crew(self.crew.members)
        self._edited()

    def _package_added(self, package_id: uuid.UUID) -> None:
        if self.package_id is None:
            self.package_id = package_id

    # --- input and preview ------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self.is_read_only():
            return
        self.dirty = True
        self.notice.setText("")
        self.preview_timer.start()

    def current_input(self) -> WorkOrderInput | None:
        """What the editor says, as service input (None until a customer is chosen)."""
        customer_id = self.customer_picker.customer_id
        if customer_id is None:
            return None
        region = self.region_picker.code() if self.region_override.isChecked() else None
        if self.region_override.isChecked() and region is None and not self.region_picker.is_empty():
            region = self.region_picker.text().strip()  # the service names the bad code
        scenario = " ".join(self.scenario_combo.currentText().split()) or None
        return WorkOrderInput(
            customer_id=customer_id,
            address=self.address_edit.text().strip(),
            region_code=region,
            provider_id=self.provider_id(),
            crew=tuple(wo.CrewInput(m.installer_id, m.share_pct) for m in self.crew.members),
            scenario=scenario,
            complexity=self.complexity_combo.currentData() or None,
            planned_date=self.planned_date.value(),
            started_on=self.detail.started_on if self.detail is not None else None,
            completed_on=self.completed_date.value(),
            notes=self.notes_edit.toPlainText(),
            package_id=self.package_id,
            lines=tuple(
                wo.LineInput(line.item_id, line.quantity, line.note, line.package_id, line.line_id)
                for line in self.lines_editor.lines
            ),
            adjustments=tuple(
                wo.AdjustmentInput(a.kind, a.amount, a.reason, a.installer_id, a.adjustment_id)
                for a in self.adjustments_editor.adjustments
            ),
        )

    def update_preview(self) -> None:
        """Price the editor's state now (typing waits ``PREVIEW_DELAY_MS`` for a pause)."""
        self.preview_timer.stop()
        if self.detail is not None and self.is_read_only():
            self._show_earnings(self.detail)
            return
        data = self.current_input()
        if data is None:
            self.earnings_panel.show_message(self.tr("Choose the customer to see what the job earns."), error=False)
            self._update_complete_button()
            return
        if not self.crew.shares_ok():
            self.earnings_panel.show_message(
                self.tr("No preview: the crew's shares add up to {sum}%, not 100%.").format(
                    sum=f"{self.crew.model.share_sum():.2f}"
                ),
                error=True,
            )
            self._update_complete_button()
            return
        try:
            with self.ctx.db.session() as session:
                earnings = wo.preview_input(session, self.ctx.actor, data)
        except ScrmError as exc:
            self.earnings_panel.show_message(
                self.tr("No preview: {problem}").format(problem=describe_error(exc)), error=True
            )
            self._update_complete_button()
            return
        self.earnings_panel.show_earnings(earnings)
        self._update_complete_button()

    # --- saving and the lifecycle -----------------------------------------------------------------

    def _refuse(self, text: str) -> bool:
        self.message.setText(text)
        self.message.setVisible(True)
        return False

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget to focus for each field name a service error may carry."""
        return {
            "customer_id": self.customer_picker,
            "address": self.address_edit,
            "region_code": self.region_picker,
            "provider_id": self.provider_combo,
            "crew": self.crew.view,
            "scenario": self.scenario_combo,
            "complexity": self.complexity_combo,
            "notes": self.notes_edit,
            "lines": self.lines_editor.view,
            "quantity": self.lines_editor.view,
            "adjustments": self.adjustments_editor.view,
            "amount": self.adjustments_editor.view,
            "reason": self.adjustments_editor.view,
        }

    def _failed(self, exc: ScrmError) -> None:
        show_error(self, exc)
        widget = self.field_widgets().get(exc.field or "")
        if widget is not None:
            if widget is self.lines_editor.view:
                self.tabs.setCurrentWidget(self.lines_editor)
            elif widget is self.adjustments_editor.view:
                self.tabs.setCurrentWidget(self.adjustments_editor)
            widget.setFocus()

    def save(self) -> bool:
        """Save through the service; False (the input stays) when something is refused."""
        self.message.setVisible(False)
        data = self.current_input()
        if data is None:
            self.customer_picker.setFocus()
            return self._refuse(self.tr("Choose the customer: search by name or phone number."))
        if not self.crew.shares_ok():
            self.crew.view.setFocus()
            return self._refuse(
                self.tr("The crew's shares add up to {sum}%, not 100%. Correct them or use Split equally.").format(
                    sum=f"{self.crew.model.share_sum():.2f}"
                )
            )
        try:
            with self.ctx.db.session() as session:
                detail = self._write(session, data)
        except ScrmError as exc:
            self._failed(exc)
            return False
        self._saved(detail, self.tr("Saved {number}.").format(number=detail.number))
        return True

    def _write(self, session: Session, data: WorkOrderInput) -> WorkOrderDetail:
        if self.detail is None:
            return wo.create_work_order(session, self.ctx.actor, data)
        return wo.update_work_order(session, self.ctx.actor, self.detail.id, data, expected_version=self.detail.version)

    def _saved(self, detail: WorkOrderDetail, notice: str) -> None:
        self.show_detail(detail)
        self.notice.setText(notice)
        self.saved.emit(detail)

    def _save_first(self) -> bool:
        """Save unsaved edits (and a new work order) before a status change."""
        if self.detail is None or self.dirty:
            return self.save()
        return True

    def _set_status(self, status: str, reason: str = "") -> bool:
        if not self._save_first():
            return False
        assert self.detail is not None
        try:
            with self.ctx.db.session() as session:
                detail = wo.set_status(
                    session, self.ctx.actor, self.detail.id, status, expected_version=self.detail.version, reason=reason
                )
        except ScrmError as exc:
            self._failed(exc)
            return False
        notice = self.tr("{number} is now {status}.").format(number=detail.number, status=status_label(status))
        self._saved(detail, notice)
        return True

    def assign(self) -> bool:
        return self._set_status("assigned")

    def start_work(self) -> bool:
        return self._set_status("in_progress")

    def complete(self) -> bool:
        """Save if needed, then complete: the earnings freeze and the editor becomes read-only."""
        if self.earnings_panel.has_problems():
            return self._refuse(self.tr("Some lines have no price: fix them before completing."))
        if not self.confirm(
            self.tr("Complete work order"),
            self.tr("Complete the work order? Its earnings are frozen and it can no longer be changed."),
        ):
            return False
        if not self._save_first():
            return False
        assert self.detail is not None
        try:
            with self.ctx.db.session() as session:
                detail = wo.complete_work_order(
                    session, self.ctx.actor, self.detail.id, expected_version=self.detail.version
                )
        except ScrmError as exc:
            self._failed(exc)
            return False
        self._saved(
            detail,
            self.tr("{number} is completed; it earns {total}.").format(
                number=detail.number, total=f"¥{detail.earnings.total:,.2f}"
            ),
        )
        return True

    def cancel_order(self) -> bool:
        if self.detail is None:
            return False
        reason = self.ask_reason(self.tr("Cancel work order"), self.tr("Why is the work order cancelled?"))
        if reason is None:
            return False
        try:
            with self.ctx.db.session() as session:
                detail = wo.set_status(
                    session,
                    self.ctx.actor,
                    self.detail.id,
                    "cancelled",
                    expected_version=self.detail.version,
                    reason=reason,
                )
        except ScrmError as exc:
            self._failed(exc)
            return False
        self._saved(detail, self.tr("{number} was cancelled.").format(number=detail.number))
        return True

    def reopen(self) -> bool:
        if self.detail is None:
            return False
        reason = self.ask_reason(
            self.tr("Reopen work order"),
            self.tr("Why is the work order reopened? Settled earnings stay; differences are corrected later."),
        )
        if reason is None:
            return False
        try:
            with self.ctx.db.session() as session:
                detail = wo.reopen_work_order(
                    session, self.ctx.actor, self.detail.id, reason=reason, expected_version=self.detail.version
                )
        except ScrmError as exc:
            self._failed(exc)
            return False
        self._saved(detail, self.tr("{number} is open again.").format(number=detail.number))
        self.update_preview()
        return True

    # --- questions (tests replace these) ----------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def ask_reason(self, title: str, label: str) -> str | None:
        """The reason typed, or None when the user cancelled or typed nothing."""
        text, ok = QInputDialog.getText(self, title, label)
        text = " ".join(text.split())
        return text if ok and text else None

    # --- the trace ----------------------------------------------------------------------------

    def open_trace(self, line: PricedLine, book: str) -> TierTraceDialog | None:
        """Open the resolver trace of ``line``'s tier in ``book`` (non-modal)."""
        earnings = self.earnings_panel.earnings
        if earnings is None:
            return None
        dialog = TierTraceDialog(self.ctx, earnings, line, book, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "trace_dialog", None))
        self.trace_dialog = dialog
        dialog.show()
        return dialog

    # --- closing ------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.dirty and not self.is_read_only()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not self.confirm(
            self.tr("Unsaved changes"), self.tr("The work order has changes that are not saved. Close and lose them?")
        ):
            return
        self.preview_timer.stop()
        super().reject()
