"""The price grid's dialogs: effective date on save, adjust a selection, derive a tier column,
a cell's history and tier management.

Each dialog reads its inputs and either hands them back (``adjustment()``, ``derivation()``,
``effective_date()``) or, for tiers, calls one service function per button.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import pricing
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.pricing import PriceVersion, TierRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.price_grid_model import MISSING_TEXT, format_amount
from scrm_desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from scrm_desktop.views.widgets import error_label, hint_label, setup_table

MAX_FACTOR = Decimal(1_000_000)
ROUNDING_STEPS = (Decimal("0.01"), Decimal("0.1"), Decimal("1"))


class NotANumber(ValueError):
    """The text typed as a percent, amount or factor is not a number."""


def parse_number(text: str) -> Decimal:
    """A signed decimal typed by the user (percent, amount or factor): ``5``, ``-2.5``, ``+3%``."""
    cleaned = text.strip().replace("，", "").replace(",", "").rstrip("%").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise NotANumber(text) from None
    if not value.is_finite() or abs(value) > MAX_FACTOR:
        raise NotANumber(text)
    return value


def _rounding_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("PriceDialogs", "to 0.01 (fen)"), ROUNDING_STEPS[0])
    combo.addItem(QCoreApplication.translate("PriceDialogs", "to 0.1 (jiao)"), ROUNDING_STEPS[1])
    combo.addItem(QCoreApplication.translate("PriceDialogs", "to 1 (yuan)"), ROUNDING_STEPS[2])
    return combo


# --- effective date -----------------------------------------------------------------------


class SaveDateDialog(QDialog):
    """Asks from which date the changed prices take effect (default today)."""

    def __init__(self, count: int, book_label: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save prices"))
        self.today = today
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("save-effective-date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(self._date_changed)
        self.warning = hint_label("")
        self.warning.setObjectName("save-warning")
        form = QFormLayout()
        form.addRow(self.tr("Effective from"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Save {count} changed prices in the {book} as new versions.").format(
                    count=QLocale().toString(count), book=book_label
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Earlier prices stay in the history. A price already in force on that date is never "
                    "overwritten; a planned (future) price on that date is replaced."
                )
            )
        )
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        # Wrapped labels get their height from the width: fix the width, let the height follow.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.setFixedWidth(480)
        self._date_changed()

    def effective_date(self) -> dt.date:
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    def set_effective_date(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _date_changed(self) -> None:
        past = self.effective_date() < self.today
        self.warning.setText(
            self.tr(
                "This date is in the past: the new prices also apply to work that is still open "
                "since then. Completed work orders keep the prices frozen on them."
            )
            if past
            else ""
        )
        self.warning.setVisible(past)
        self.adjustSize()


# --- adjust a selection ---------------------------------------------------------------------


@dataclass(frozen=True)
class Adjustment:
    percent: bool  # True: by percent; False: by an amount
    value: Decimal  # signed
    step: Decimal  # rounding, half up


class AdjustDialog(QDialog):
    """Raise or lower the selected prices by a percentage or an amount, with a stated rounding."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjust prices"))
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("adjust-mode")
        self.mode_combo.addItem(self.tr("By percent (+/- %)"), True)
        self.mode_combo.addItem(self.tr("By amount (+/- yuan)"), False)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("adjust-value")
        self.value_edit.setPlaceholderText(self.tr("e.g. 5 or -2.5"))
        self.rounding_combo = _rounding_combo()
        self.rounding_combo.setObjectName("adjust-rounding")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Change"), self.mode_combo)
        form.addRow(self.tr("By"), self.value_edit)
        form.addRow(self.tr("Round half up"), self.rounding_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Adjust the {count} selected prices.").format(count=QLocale().toString(count))))
        layout.addLayout(form)
        layout.addWidget(
            hint_label(self.tr("Cells without a price are left as they are. The result is rounded half up."))
        )
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def adjustment(self) -> Adjustment:
        """The inputs; raises ``NotANumber`` when the number is not one."""
        return Adjustment(
            bool(self.mode_combo.currentData()), parse_number(self.value_edit.text()), self.rounding_combo.currentData()
        )

    def _accept(self) -> None:
        try:
            self.adjustment()
        except NotANumber:
            self.error.setText(self.tr("“{text}” is not a number.").format(text=self.value_edit.text()))
            self.error.setVisible(True)
            return
        self.accept()


# --- derive a column ------------------------------------------------------------------------


@dataclass(frozen=True)
class Derivation:
    target: int  # tier index
    source: int  # tier index
    factor: Decimal
    step: Decimal
    selected_rows_only: bool


class DeriveDialog(QDialog):
    """Fill one tier column from another times a factor."""

    def __init__(self, tiers: list[TierRow], target: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Derive a tier column"))
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("derive-target")
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("derive-source")
        for t, tier in enumerate(tiers):
            label = f"{tier.name} ({tier.code})"
            self.target_combo.addItem(label, t)
            self.source_combo.addItem(label, t)
        self.target_combo.setCurrentIndex(max(0, target))
        self.source_combo.setCurrentIndex(0 if target != 0 else min(1, len(tiers) - 1))
        self.factor_edit = QLineEdit("1.10")
        self.factor_edit.setObjectName("derive-factor")
        self.rounding_combo = _rounding_combo()
        self.rounding_combo.setObjectName("derive-rounding")
        self.selected_only = QCheckBox(self.tr("Only the selected rows"))
        self.selected_only.setObjectName("derive-selected-only")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Fill the column"), self.target_combo)
        form.addRow(self.tr("From the column"), self.source_combo)
        form.addRow(self.tr("Times"), self.factor_edit)
        form.addRow(self.tr("Round half up"), self.rounding_combo)
        form.addRow("", self.selected_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Applies to the rows the filter shows. Rows without a price in the source column keep their value."
                )
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def derivation(self) -> Derivation:
        """The inputs; raises ``NotANumber`` when the factor is not one."""
        return Derivation(
            int(self.target_combo.currentData()),
            int(self.source_combo.currentData()),
            parse_number(self.factor_edit.text()),
            self.rounding_combo.currentData(),
            self.selected_only.isChecked(),
        )

    def _accept(self) -> None:
        try:
            derivation = self.derivation()
        except NotANumber:
            self._refuse(self.tr("“{text}” is not a number.").format(text=self.factor_edit.text()))
            return
        if derivation.target == derivation.source:
            self._refuse(self.tr("Choose two different columns."))
        elif derivation.factor < 0:
            self._refuse(self.tr("The factor must not be negative."))
        else:
            self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


# --- history --------------------------------------------------------------------------------


class HistoryDialog(QDialog):
    """Every version of one cell's price: effective from, old → new, who and when."""

    def __init__(
        self, ctx: AppContext, *, book: str, item_id: uuid.UUID, tier_id: uuid.UUID, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Price history"))
        zone = ZoneInfo(ctx.actor.timezone)

        def money(value: Decimal | None) -> str:
            return MISSING_TEXT if value is None else format_amount(value)

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.model: RowTableModel[PriceVersion] = RowTableModel(
            [
                Column(self.tr("Effective from"), lambda v: v.valid_from.isoformat()),
                Column(self.tr("Old price"), lambda v: money(v.previous_amount), right),
                Column(self.tr("New price"), lambda v: money(v.amount), right),
                Column(self.tr("Changed by"), lambda v: v.created_by),
                Column(self.tr("Changed at"), lambda v: v.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")),
            ],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("price-history")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)
        self.error = error_label()
        try:
            with ctx.db.session() as session:
                versions = pricing.price_history(session, ctx.actor, book=book, item_id=item_id, tier_id=tier_id)
        except ScrmError as exc:
            versions = []
            self.error.setText(error_message(exc))
            self.error.setVisible(True)
        self.model.rows = versions
        self.model.layoutChanged.emit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.view, 1)
        if not versions:
            layout.addWidget(hint_label(self.tr("This cell has never had a price.")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def versions(self) -> list[PriceVersion]:
        return list(self.model.rows)


# --- tiers ----------------------------------------------------------------------------------


class TiersDialog(QDialog):
    """Add, rename and reorder the price tiers; every button saves at once.

    Signals:
        changed(): a tier was added, renamed or moved (the grid reloads when the dialog closes).
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Price tiers"))
        self.model: RowTableModel[TierRow] = RowTableModel(
            [Column(self.tr("Code"), lambda t: t.code), Column(self.tr("Name"), lambda t: t.name)], parent=self
        )
        self.view = QTableView()
        self.view.setObjectName("tiers-table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._current_changed())

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("tier-code")
        self.code_edit.setPlaceholderText(self.tr("Code, e.g. T4"))
        self.code_edit.setMaxLength(20)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("tier-name")
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. 四档"))
        self.add_button = QPushButton(icon("mdi6.plus", color="#37474f"), self.tr("Add"))
        self.add_button.clicked.connect(self.add_tier)
        self.rename_button = QPushButton(icon("mdi6.pencil-outline", color="#37474f"), self.tr("Rename"))
        self.rename_button.clicked.connect(self.rename_tier)
        self.up_button = QPushButton(icon("mdi6.arrow-up", color="#37474f"), self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_tier(-1))
        self.down_button = QPushButton(icon("mdi6.arrow-down", color="#37474f"), self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_tier(1))
        self.error = error_label()

        edit_row = QHBoxLayout()
        edit_row.addWidget(self.code_edit)
        edit_row.addWidget(self.name_edit, 1)
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.rename_button)
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        move_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tiers are the price columns. The code is used in price files and cannot change; "
                    "the name and the order can. Select a tier to rename or move it."
                )
            )
        )
        layout.addWidget(self.view, 1)
        layout.addLayout(move_row)
        layout.addLayout(edit_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.reload()

    def tiers(self) -> list[TierRow]:
        return list(self.model.rows)

    def reload(self, select: uuid.UUID | None = None) -> None:
        with self.ctx.db.session() as session:
            rows = pricing.list_tiers(session, self.ctx.actor)
        self.model.beginResetModel()
        self.model.rows = rows
        self.model.endResetModel()
        for r, tier in enumerate(rows):
            if tier.id == select:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._current_changed()

    def current(self) -> TierRow | None:
        index = self.view.selectionModel().currentIndex()
        tier: TierRow | None = index.data(ROW_ROLE) if index.isValid() else None
        return tier

    def select(self, tier_id: uuid.UUID) -> None:
        self.reload(select=tier_id)

    def _current_changed(self) -> None:
        tier = self.current()
        self.rename_button.setEnabled(tier is not None)
        self.up_button.setEnabled(tier is not None and self.model.rows.index(tier) > 0)
        self.down_button.setEnabled(tier is not None and self.model.rows.index(tier) < len(self.model.rows) - 1)
        if tier is not None:
            self.name_edit.setText(tier.name)

    def _run(self, action: str, select: uuid.UUID | None = None) -> bool:
        self.error.setVisible(False)
        try:
            with self.ctx.db.session() as session:
                tier = self._do(session, action)
        except ScrmError as exc:
            self.error.setText(error_message(exc))
            self.error.setVisible(True)
            return False
        self.reload(select=select or tier)
        self.changed.emit()
        return True

    def _do(self, session: Session, action: str) -> uuid.UUID | None:
        actor = self.ctx.actor
        current = self.current()
        if action == "add":
            return pricing.create_tier(session, actor, self.code_edit.text(), self.name_edit.text()).id
        if action == "rename" and current is not None:
            return pricing.rename_tier(
                session, actor, current.id, self.name_edit.text(), expected_version=current.version
            ).id
        if action in ("up", "down") and current is not None:
            order = [t.id for t in self.model.rows]
            i = order.index(current.id)
            j = i - 1 if action == "up" else i + 1
            order[i], order[j] = order[j], order[i]
            pricing.reorder_tiers(session, actor, order)
            return current.id
        return None

    def add_tier(self) -> bool:
        if self._run("add"):
            self.code_edit.clear()
            return True
        return False

    def rename_tier(self) -> bool:
        return self._run("rename")

    def move_tier(self, step: int) -> bool:
        return self._run("up" if step < 0 else "down")
