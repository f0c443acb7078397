"""The three editable parts of the work-order editor: the crew, the lines and the adjustments.

Each is a widget around its item model with the controls that add and remove rows; each says
what is wrong inline (a share that is not a percentage, a quantity that is not a number, an
adjustment without reason) and emits ``changed`` after every accepted edit, which the editor
turns into a debounced earnings preview. None of them saves: the editor sends their state to
the service in one ``WorkOrderInput``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, QStringListModel, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
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
from scrm_desktop.services import catalog
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.catalog import ItemRow, PackageRow
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.money import parse_money, parse_quantity
from scrm_desktop.services.parties import InstallerRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error
from scrm_desktop.views.table_model import Column
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, error_label, hint_label, setup_table
from scrm_desktop.views.work_order_labels import adjustment_label, item_kind_label, money_text
from scrm_desktop.views.work_order_models import (
    CREW_SHARE,
    LINE_QUANTITY,
    ColoredRowModel,
    CrewEntry,
    CrewModel,
    LinesModel,
    WorkLine,
)
from scrm_desktop.views.work_order_widgets import DecimalDelegate

QUANTITY_PATTERN = r"\d{0,9}([.]\d{0,3})?"
SHARE_PATTERN = r"\d{0,3}([.]\d{0,2})?%?"
AMOUNT_PATTERN = r"-?\d{0,11}([.]\d{0,2})?"
ICON_COLOR = "#37474f"
OK_COLOR = "#2e7d32"
HUNDRED = Decimal(100)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


def fixed_widths(view: QTableView, widths: Sequence[int], stretch: int) -> None:
    """Columns of the given widths, column ``stretch`` taking what is left.

    Sizing to contents misses the cells' padding and truncates short codes.
    """
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for section, width in enumerate(widths):
        header.resizeSection(section, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def item_entry(row: ItemRow) -> str:
    """The completer's text for an item: ``S-AC-WALL-1  空调挂机安装``; its first word is the code."""
    return f"{row.code}  {row.name}"


def bare(layout: QVBoxLayout | QHBoxLayout, spacing: int = 4) -> None:
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)


# --- the crew ------------------------------------------------------------------------------------------


class CrewEditor(QWidget):
    """The installers on the job with their shares in percent, and the live check that they add up.

    Signals:
        changed(): a member was added or removed, or a share changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installers: list[InstallerRow] = []
        self.model = CrewModel([self.tr("Installer"), self.tr("Code"), self.tr("Share %")], self)
        self.model.changed.connect(self._changed)
        self.model.refused.connect(lambda exc: self._show_error(describe_error(exc)))
        self.view = QTableView()
        self.view.setObjectName("work-order-crew")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        self.view.setItemDelegateForColumn(CREW_SHARE, DecimalDelegate(SHARE_PATTERN, self.view))
        fixed_widths(self.view, (130, 100, 70), stretch=0)
        self.view.setMinimumHeight(110)
        self.view.setMaximumHeight(150)

        self.installer_combo = QComboBox()
        self.installer_combo.setObjectName("work-order-installer")
        self.installer_combo.setMinimumContentsLength(8)
        self.add_button = QPushButton(icon("mdi6.account-plus-outline", color=ICON_COLOR), self.tr("Add"))
        self.add_button.clicked.connect(self._add_chosen)
        self.remove_button = QPushButton(icon("mdi6.account-minus-outline", color=ICON_COLOR), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_member)
        self.equal_button = QPushButton(icon("mdi6.scale-balance", color=ICON_COLOR), self.tr("Split equally"))
        self.equal_button.setObjectName("work-order-equal-shares")
        self.equal_button.clicked.connect(self.split_equally)
        self.share_label = QLabel()
        self.share_label.setObjectName("work-order-share-sum")
        self.share_label.setWordWrap(True)

        self.adder = QWidget()
        adder = QVBoxLayout(self.adder)
        bare(adder)
        first = QHBoxLayout()
        first.setSpacing(4)
        first.addWidget(self.installer_combo, 1)
        first.addWidget(self.add_button)
        second = QHBoxLayout()
        second.setSpacing(4)
        second.addWidget(self.remove_button)
        second.addWidget(self.equal_button)
        second.addStretch(1)
        adder.addLayout(first)
        adder.addLayout(second)
        column = QVBoxLayout(self)
        bare(column)
        column.addWidget(self.view)
        column.addWidget(self.share_label)
        column.addWidget(self.adder)
        self.show_share_sum()

    @property
    def members(self) -> list[CrewEntry]:
        return self.model.members

    def set_installers(self, installers: Sequence[InstallerRow], *, provider_chosen: bool) -> None:
        """The installers that may be added (the provider's)."""
        self.installers = list(installers)
        self.installer_combo.clear()
        for installer in self.installers:
            self.installer_combo.addItem(f"{installer.name} ({installer.code})", str(installer.id))
        self.add_button.setEnabled(bool(self.installers))
        if not provider_chosen:
            self.installer_combo.setPlaceholderText(self.tr("Choose the provider first"))
        elif self.installers:
            self.installer_combo.setPlaceholderText(self.tr("Choose an installer to add"))
        else:
            self.installer_combo.setPlaceholderText(self.tr("This provider has no active installers"))
        self.installer_combo.setCurrentIndex(-1)

    def set_read_only(self, read_only: bool) -> None:
        self.model.editable = not read_only
        self.adder.setVisible(not read_only)

    def _add_chosen(self) -> None:
        data = self.installer_combo.currentData()
        if data:
            self.add_member(uuid.UUID(data))

    def add_member(self, installer_id: uuid.UUID) -> bool:
        """Add an installer of the provider; equal shares stay equal with the newcomer."""
        installer = next((i for i in self.installers if i.id == installer_id), None)
        if installer is None:
            return False
        before = [m.share_pct for m in self.model.members]
        share = HUNDRED if not before else Decimal("0.00")
        added = self.model.add_member(CrewEntry(installer.id, installer.code, installer.name, share))
        if added and before and before == wo.equal_shares(len(before)):
            self.split_equally()
        return added

    def remove_member(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove_member(rows[0].row())

    def split_equally(self) -> None:
        self.model.set_shares(wo.equal_shares(len(self.model.members)))

    def shares_ok(self) -> bool:
        return not self.model.members or self.model.share_sum() == HUNDRED

    def _changed(self) -> None:
        self.show_share_sum()
        self.changed.emit()

    def show_share_sum(self) -> None:
        total = self.model.share_sum()
        if not self.model.members:
            self.share_label.setText(self.tr("No installers yet: add the crew that does the job."))
            self.share_label.setStyleSheet(f"color: {HINT_COLOR};")
        elif total == HUNDRED:
            self.share_label.setText(self.tr("Shares add up to 100%."))
            self.share_label.setStyleSheet(f"color: {OK_COLOR};")
        else:
            self._show_error(self.tr("Shares add up to {sum}%, not 100%.").format(sum=f"{total:.2f}"))

    def _show_error(self, text: str) -> None:
        self.share_label.setText(text)
        self.share_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: 600;")


# --- the lines -----------------------------------------------------------------------------------------


class LinesEditor(QWidget):
    """Service items and parts with their quantities; whole service packages at once.

    Signals:
        changed(): a line was added or removed, or a quantity changed.
        package_added(object): the id of a package whose lines were added.
    """

    changed = Signal()
    package_added = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: dict[uuid.UUID, ItemRow] = {}
        self.item_entries: dict[str, ItemRow] = {}
        self.packages: list[PackageRow] = []
        self.model = LinesModel(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("From package"),
            ],
            item_kind_label,
            self,
        )
        self.model.changed.connect(self.changed)
        self.model.refused.connect(lambda exc: self._show_error(describe_error(exc)))
        self.view = QTableView()
        self.view.setObjectName("work-order-lines")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        self.view.setItemDelegateForColumn(LINE_QUANTITY, DecimalDelegate(QUANTITY_PATTERN, self.view))
        fixed_widths(self.view, (130, 200, 84, 80, 56, 110), stretch=1)

        self.item_edit = QLineEdit()
        self.item_edit.setObjectName("work-order-item")
        self.item_edit.setPlaceholderText(self.tr("Type a code or name and pick a service item or part"))
        self.item_edit.setClearButtonEnabled(True)
        self.item_model = QStringListModel(self)
        completer = QCompleter(self.item_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(14)
        self.item_edit.setCompleter(completer)
        self.item_edit.returnPressed.connect(self.add_item_line)
        self.quantity_edit = QLineEdit("1")
        self.quantity_edit.setObjectName("work-order-quantity")
        self.quantity_edit.setValidator(QRegularExpressionValidator(QRegularExpression(QUANTITY_PATTERN), self))
        self.quantity_edit.setMaximumWidth(80)
        self.quantity_edit.setAlignment(RIGHT)
        self.quantity_edit.returnPressed.connect(self.add_item_line)
        self.add_button = QPushButton(icon("mdi6.plus", color=ICON_COLOR), self.tr("Add line"))
        self.add_button.clicked.connect(self.add_item_line)
        self.remove_button = QPushButton(icon("mdi6.minus", color=ICON_COLOR), self.tr("Remove line"))
        self.remove_button.clicked.connect(self.remove_line)
        self.package_combo = QComboBox()
        self.package_combo.setObjectName("work-order-package")
        self.package_combo.setMinimumContentsLength(14)
        self.add_package_button = QPushButton(
            icon("mdi6.package-variant-closed-plus", color=ICON_COLOR), self.tr("Add from package")
        )
        self.add_package_button.setObjectName("work-order-add-package")
        self.add_package_button.clicked.connect(self._add_chosen_package)

        self.adder = QWidget()
        adder = QVBoxLayout(self.adder)
        bare(adder)
        items_row = QHBoxLayout()
        items_row.addWidget(self.item_edit, 1)
        items_row.addWidget(QLabel(self.tr("Quantity:")))
        items_row.addWidget(self.quantity_edit)
        items_row.addWidget(self.add_button)
        package_row = QHBoxLayout()
        package_row.addWidget(self.package_combo, 1)
        package_row.addWidget(self.add_package_button)
        package_row.addWidget(self.remove_button)
        adder.addLayout(items_row)
        adder.addLayout(package_row)
        self.hint = hint_label(self.tr("Double-click a quantity to change it."))
        self.message = error_label()
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(4)
        column.addWidget(self.view, 1)
        column.addWidget(self.hint)
        column.addWidget(self.adder)
        column.addWidget(self.message)

    @property
    def lines(self) -> list[WorkLine]:
        return self.model.lines

    def set_choices(self, items: Sequence[ItemRow], packages: Sequence[PackageRow]) -> None:
        """The active items and packages that may be added."""
        self.items = {row.id: row for row in items}
        self.item_entries = {item_entry(row): row for row in items}
        self.item_model.setStringList(list(self.item_entries))
        self.packages = list(packages)
        self.package_combo.clear()
        for package in self.packages:
            self.package_combo.addItem(f"{package.name} ({package.code})", str(package.id))
        self.add_package_button.setEnabled(bool(self.packages))

    def package_code(self, package_id: uuid.UUID | None) -> str:
        if package_id is None:
            return ""
        return next((p.code for p in self.packages if p.id == package_id), "")

    def set_read_only(self, read_only: bool) -> None:
        self.model.editable = not read_only
        self.adder.setVisible(not read_only)
        self.hint.setVisible(not read_only)

    def add_item_line(self) -> bool:
        """Add the item typed or picked in the item box with the typed quantity."""
        self.message.setVisible(False)
        text = self.item_edit.text().strip()
        row = self.item_entries.get(text)
        if row is None and text:
            code = text.split()[0].upper()
            row = next((r for r in self.items.values() if r.code.upper() == code), None)
        if row is None:
            self._show_error(self.tr("Pick a service item or part from the list."))
            return False
        try:
            quantity = parse_quantity(self.quantity_edit.text() or "1")
        except ScrmError as exc:
            self._show_error(describe_error(exc))
            return False
        self.model.add_lines([WorkLine(row.id, row.code, row.name, row.kind, row.unit, quantity)])
        self.item_edit.clear()
        self.quantity_edit.setText("1")
        return True

    def _add_chosen_package(self) -> None:
        data = self.package_combo.currentData()
        if data:
            self.add_package_lines(uuid.UUID(data))

    def add_package_lines(self, package_id: uuid.UUID) -> bool:
        """Add the lines the package expands into (``work_orders.package_lines``)."""
        self.message.setVisible(False)
        try:
            with self.ctx.db.session() as session:
                inputs = wo.package_lines(session, self.ctx.actor, package_id)
                for item_id in {i.item_id for i in inputs if i.item_id not in self.items}:
                    self.items[item_id] = catalog.get_item(session, self.ctx.actor, item_id)
        except ScrmError as exc:
            self._show_error(describe_error(exc))
            return False
        code = self.package_code(package_id)
        made = []
        for line in inputs:
            item = self.items[line.item_id]
            made.append(WorkLine(item.id, item.code, item.name, item.kind, item.unit, line.quantity, package_id, code))
        self.model.add_lines(made)
        self.package_added.emit(package_id)
        return True

    def remove_line(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove_line(rows[0].row())

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)


# --- the adjustments -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdjustmentDraft:
    """An adjustment being edited; ``amount`` is signed (a deduction is negative)."""

    kind: str
    amount: Decimal
    reason: str
    installer_id: uuid.UUID | None = None
    adjustment_id: uuid.UUID | None = None


def signed_amount(kind: str, amount: Decimal) -> Decimal:
    """A bonus counts positive and a deduction negative whatever sign was typed; others as typed."""
    if kind == "deduction":
        return -abs(amount)
    if kind == "bonus":
        return abs(amount)
    return amount


class AdjustmentsEditor(QWidget):
    """Bonuses, deductions and corrections, each with a reason, for one installer or the crew.

    A deduction is typed as a positive amount and stored negative; the hint beside the amount
    says what the typed amount counts as before it is added.

    Signals:
        changed(): an adjustment was added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adjustments: list[AdjustmentDraft] = []
        self.crew: list[CrewEntry] = []
        self.model: ColoredRowModel[AdjustmentDraft] = ColoredRowModel(
            [
                Column(self.tr("Kind"), lambda a: adjustment_label(a.kind)),
                Column(self.tr("Amount"), lambda a: money_text(a.amount), align=RIGHT),
                Column(self.tr("Reason"), lambda a: a.reason),
                Column(self.tr("For"), self.target_text),
            ],
            lambda a, column: ERROR_COLOR if column == 1 and a.amount < 0 else None,
            self,
        )
        self.view = QTableView()
        self.view.setObjectName("work-order-adjustments")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)
        fixed_widths(self.view, (80, 100, 240, 140), stretch=2)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("adjustment-kind")
        for kind in wo.ADJUSTMENT_LABELS:
            self.kind_combo.addItem(adjustment_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.update_sign_hint())
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("adjustment-amount")
        self.amount_edit.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self))
        self.amount_edit.setAlignment(RIGHT)
        self.amount_edit.setPlaceholderText("0.00")
        self.amount_edit.setMaximumWidth(110)
        self.amount_edit.textChanged.connect(lambda _t: self.update_sign_hint())
        self.sign_hint = QLabel()
        self.sign_hint.setObjectName("adjustment-sign")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("adjustment-reason")
        self.reason_edit.setMaxLength(wo.MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("Why, e.g. 客户好评奖励"))
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("adjustment-target")
        self.add_button = QPushButton(icon("mdi6.plus", color=ICON_COLOR), self.tr("Add adjustment"))
        self.add_button.clicked.connect(self.add_adjustment)
        self.remove_button = QPushButton(icon("mdi6.minus", color=ICON_COLOR), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_adjustment)

        self.adder = QWidget()
        adder = QVBoxLayout(self.adder)
        bare(adder)
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Kind:")))
        first.addWidget(self.kind_combo)
        first.addWidget(QLabel(self.tr("Amount:")))
        first.addWidget(self.amount_edit)
        first.addWidget(self.sign_hint, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Reason:")))
        second.addWidget(self.reason_edit, 2)
        second.addWidget(QLabel(self.tr("For:")))
        second.addWidget(self.target_combo, 1)
        second.addWidget(self.add_button)
        second.addWidget(self.remove_button)
        adder.addLayout(first)
        adder.addLayout(second)
        adder.addWidget(
            hint_label(
                self.tr(
                    "A bonus adds to the earnings and a deduction takes away: type the amount as a positive "
                    "number, a deduction is stored as a negative one. Corrections and others count as typed."
                )
            )
        )
        self.message = error_label()
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(4)
        column.addWidget(self.view, 1)
        column.addWidget(self.adder)
        column.addWidget(self.message)
        self.set_crew([])
        self.update_sign_hint()

    def set_adjustments(self, adjustments: Sequence[AdjustmentDraft]) -> None:
        self.adjustments = list(adjustments)
        self.model.set_rows(self.adjustments)

    def set_crew(self, crew: Sequence[CrewEntry]) -> None:
        """The installers an adjustment can be for (besides the whole crew by shares)."""
        self.crew = list(crew)
        current = self.target_combo.currentData()
        self.target_combo.clear()
        self.target_combo.addItem(self.tr("Whole crew by shares"), "")
        for member in self.crew:
            self.target_combo.addItem(member.name, str(member.installer_id))
        self.target_combo.setCurrentIndex(max(self.target_combo.findData(current), 0))
        self.model.set_rows(self.adjustments)  # the "for" column names crew members

    def set_read_only(self, read_only: bool) -> None:
        self.adder.setVisible(not read_only)

    def target_text(self, adjustment: AdjustmentDraft) -> str:
        if adjustment.installer_id is None:
            return self.tr("Whole crew by shares")
        member = next((m for m in self.crew if m.installer_id == adjustment.installer_id), None)
        return member.name if member is not None else ""

    def _typed_amount(self) -> Decimal | None:
        text = self.amount_edit.text().strip()
        if not text or text == "-":
            return None
        try:
            return parse_money(text)
        except ScrmError:
            return None

    def update_sign_hint(self) -> None:
        kind = str(self.kind_combo.currentData())
        amount = self._typed_amount()
        if amount is None:
            texts = {
                "deduction": self.tr("Type a positive amount; a deduction is stored as a negative one."),
                "bonus": self.tr("Type a positive amount."),
            }
            self.sign_hint.setText(texts.get(kind, self.tr("Type a negative amount to take money away.")))
            self.sign_hint.setStyleSheet(f"color: {HINT_COLOR};")
            return
        signed = signed_amount(kind, amount)
        self.sign_hint.setText(self.tr("Counts as {amount}").format(amount=f"{signed:+,.2f}"))
        self.sign_hint.setStyleSheet(f"color: {ERROR_COLOR if signed < 0 else OK_COLOR}; font-weight: 600;")

    def add_adjustment(self) -> bool:
        self.message.setVisible(False)
        kind = str(self.kind_combo.currentData())
        try:
            amount = parse_money(self.amount_edit.text() or "0")
        except ScrmError as exc:
            self._show_error(describe_error(exc))
            return False
        if amount == 0:
            self._show_error(self.tr("Type the amount of the adjustment."))
            return False
        reason = " ".join(self.reason_edit.text().split())
        if not reason:
            self._show_error(self.tr("Say why: every adjustment needs a reason."))
            return False
        target = self.target_combo.currentData()
        self.adjustments.append(
            AdjustmentDraft(kind, signed_amount(kind, amount), reason, uuid.UUID(target) if target else None)
        )
        self.model.set_rows(self.adjustments)
        self.amount_edit.clear()
        self.reason_edit.clear()
        self.changed.emit()
        return True

    def remove_adjustment(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            del self.adjustments[rows[0].row()]
            self.model.set_rows(self.adjustments)
            self.changed.emit()

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
