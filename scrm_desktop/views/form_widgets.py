"""The editors of the form runtime that Qt has no ready widget for.

Each holds one field's value in the stored format of ``services/form_schema.py`` (``value()``
/ ``set_value()``), emits ``changed`` after every edit of the user, and can be made read-only
(``set_read_only``), which for the composite editors hides their add/remove/clear controls but
keeps the content readable (photos of a past submission must not be greyed out).

Photos, attachments and signatures are stored IN THE DATABASE through ``forms.store_file`` (the
database is what offices back up, and the shared PostgreSQL server serves every desk; a files
folder would neither travel with a copied SQLite file nor reach PostgreSQL clients). A photo or
attachment is stored the moment it is added; a signature when the form's data is read
(``SignatureEditor.commit``), because only then is it finished. ``store_file`` deduplicates by
SHA-256, so reading the data twice stores nothing twice.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QDateTime,
    QIODevice,
    QLocale,
    QMimeDatabase,
    QModelIndex,
    QObject,
    QPointF,
    QRegularExpression,
    QSize,
    QStringListModel,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegularExpressionValidator,
    QTabletEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import catalog, forms
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.catalog import ItemRow
from scrm_desktop.services.earnings import PricedLine, PriceSide
from scrm_desktop.services.errors import ScrmError, ValidationError
from scrm_desktop.services.form_schema import MAX_NUMBER_DIGITS, MAX_PRECISION, MONEY_PRECISION
from scrm_desktop.services.money import format_quantity, parse_money, parse_quantity
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error
from scrm_desktop.views.table_model import Index
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, ICON_COLOR, error_label, setup_table
from scrm_desktop.views.work_order_labels import money_text
from scrm_desktop.views.work_order_parts import (
    AMOUNT_PATTERN,
    EDIT_TRIGGERS,
    QUANTITY_PATTERN,
    fixed_widths,
    item_entry,
)
from scrm_desktop.views.work_order_widgets import DecimalDelegate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
THUMBNAIL = QSize(96, 96)
SIGNATURE_SIZE = QSize(480, 160)
SIGNATURE_MIME = "image/png"
SIGNATURE_NAME = "signature.png"
PENDING_FILE = uuid.UUID(int=0)  # stands for a drawn signature not stored yet (live rules only)
INK = QColor("#0d1b3e")
FileRef = dict[str, Any]


def number_places(precision: int | None) -> int:
    """The decimal places a number field takes (``form_schema``'s limit when the field sets none)."""
    return MAX_PRECISION if precision is None else max(0, min(precision, MAX_PRECISION))


def number_pattern(precision: int | None) -> str:
    """What a number field accepts while typing: a sign, the digits ``form_schema`` allows, its decimal places."""
    places = number_places(precision)
    return rf"-?\d{{0,{MAX_NUMBER_DIGITS}}}" + (rf"([.]\d{{0,{places}}})?" if places > 0 else "")


# --- numbers and money ----------------------------------------------------------------------------------


class DecimalEdit(QLineEdit):
    """A right-aligned line edit for a decimal number; ``value()`` is the number as ``form_schema`` stores it.

    Never a float: the text is read with ``Decimal``; with ``places`` it is written with exactly that
    many decimals (precision 2: "12.50"), without it plainly ("12.5"). Text that is not (yet) a number,
    such as a lone minus sign, is returned as typed so that validation names it.

    Signals:
        changed(): the text was edited.
    """

    changed = Signal()

    def __init__(self, pattern: str, places: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = places
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setAlignment(RIGHT)
        self.textChanged.connect(lambda _text: self.changed.emit())

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            return text
        if self.places is None:
            return format_quantity(number)
        return f"{number.quantize(Decimal(1).scaleb(-self.places)):f}"

    def set_value(self, value: object) -> None:
        self.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class MoneyEdit(DecimalEdit):
    """An amount in yuan with at most two decimals (the work-order ``AMOUNT_PATTERN``); ``value()`` is "123.45".

    Signals:
        changed(): the text was edited.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(AMOUNT_PATTERN, MONEY_PRECISION, parent)
        self.setPlaceholderText("0.00")

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return f"{parse_money(text):.2f}"
        except ScrmError:
            return text


# --- date and time --------------------------------------------------------------------------------------


class DateTimeEdit(QWidget):
    """A date and time in the user's time zone; optional ones have a check box that switches them on.

    ``value()`` is ISO 8601 with the zone's offset (``2026-03-01T09:30:00+08:00``), None when off.

    Signals:
        changed(): the date, the time or the check box changed.
    """

    changed = Signal()

    def __init__(self, timezone: str, *, optional: bool, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = QTimeZone(timezone.encode())
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATETIME_FORMAT)
        self.edit.setTimeZone(self.zone)
        self.edit.setDateTime(self.now())
        self.edit.dateTimeChanged.connect(lambda _value: self.changed.emit())
        self.check: QCheckBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if optional:
            self.check = QCheckBox(text)
            self.check.toggled.connect(self.edit.setEnabled)
            self.check.toggled.connect(lambda _on: self.changed.emit())
            self.edit.setEnabled(False)
            layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def now(self) -> QDateTime:
        """The current minute in the zone (seconds dropped: the editor shows minutes)."""
        now = QDateTime.currentDateTime().toTimeZone(self.zone)
        return now.addSecs(-now.time().second()).addMSecs(-now.time().msec())

    def value(self) -> str | None:
        if self.check is not None and not self.check.isChecked():
            return None
        moment = self.edit.dateTime().toTimeZone(self.zone)
        offset = dt.timedelta(seconds=moment.offsetFromUtc())
        local = dt.datetime(
            moment.date().year(),
            moment.date().month(),
            moment.date().day(),
            moment.time().hour(),
            moment.time().minute(),
            moment.time().second(),
            tzinfo=dt.timezone(offset),
        )
        return local.isoformat()

    def set_value(self, value: object) -> None:
        moment = None
        if value:
            try:
                parsed = dt.datetime.fromisoformat(str(value))
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is not None:
                moment = QDateTime.fromSecsSinceEpoch(int(parsed.timestamp()), self.zone)
        if self.check is not None:
            self.check.setChecked(moment is not None)
        self.edit.setDateTime(moment if moment is not None else self.now())

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


# --- multiple choice ------------------------------------------------------------------------------------


class OptionsModel(QAbstractListModel):
    """The options of a multiple choice, each with a check box.

    Signals:
        changed(): an option was checked or unchecked.
    """

    changed = Signal()

    def __init__(self, options: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options = list(options)
        self.checked: set[str] = set()
        self.editable = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.options)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.options):
            return None
        option = self.options[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return option
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if option in self.checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.row() >= len(self.options):
            return False
        if not self.editable:
            return False
        option = self.options[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(option)
        else:
            self.checked.discard(option)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()
        return True

    def values(self) -> list[str]:
        """The checked options, in the order of the options."""
        return [o for o in self.options if o in self.checked]

    def set_values(self, values: Sequence[str]) -> None:
        """Check ``values``; a stored value that is no longer an option is kept and listed last."""
        self.beginResetModel()
        self.options += [v for v in values if v not in self.options]
        self.checked = set(values)
        self.endResetModel()


class ChecklistEdit(QListView):
    """A multiple choice: a list of options to check; ``value()`` is the checked ones.

    Signals:
        changed(): an option was checked or unchecked.
    """

    changed = Signal()

    def __init__(self, options: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options_model = OptionsModel(options, self)
        self.options_model.changed.connect(self.changed)
        self.setModel(self.options_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        rows = max(1, min(len(options), 6))
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 20) + 2 * self.frameWidth() + 4)

    def value(self) -> list[str]:
        return self.options_model.values()

    def set_value(self, value: object) -> None:
        self.options_model.set_values([str(v) for v in value] if isinstance(value, list) else [])

    def set_read_only(self, read_only: bool) -> None:
        self.options_model.editable = not read_only
        self.viewport().update()


# --- catalog lines --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogLine:
    """One line of a catalog-lines field: an item by code and its quantity (name and unit for display)."""

    code: str
    quantity: Decimal
    name: str = ""
    unit: str = ""
    item_id: uuid.UUID | None = None


CODE, NAME, QUANTITY, UNIT, SETTLEMENT_PRICE, SETTLEMENT_AMOUNT, SALES_PRICE, SALES_AMOUNT = range(8)
PRICE_COLUMNS = (SETTLEMENT_PRICE, SETTLEMENT_AMOUNT, SALES_PRICE, SALES_AMOUNT)


class CatalogLinesModel(QAbstractTableModel):
    """Items with quantities (quantity editable while ``editable``) and, once priced, both unit prices and amounts.

    Signals:
        changed(): a line was added or removed, or a quantity changed.
        refused(object): typed text that is not a quantity (a ``ValidationError``).
    """

    changed = Signal()
    refused = Signal(object)

    def __init__(self, headers: Sequence[str], no_price: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.no_price = no_price
        self.lines: list[CatalogLine] = []
        self.priced: list[PricedLine | None] = []
        self.editable = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return super().headerData(section, orientation, role)

    def side(self, row: int, column: int) -> PriceSide | None:
        priced = self.priced[row] if row < len(self.priced) else None
        if priced is None:
            return None
        return priced.settlement if column in (SETTLEMENT_PRICE, SETTLEMENT_AMOUNT) else priced.sales

    def _price_text(self, row: int, column: int) -> str:
        side = self.side(row, column)
        if side is None:
            return ""
        if side.problem is not None:
            return self.no_price
        return money_text(side.unit_price if column in (SETTLEMENT_PRICE, SALES_PRICE) else side.amount)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in PRICE_COLUMNS:
                return self._price_text(index.row(), column)
            return (line.code, line.name, format_quantity(line.quantity), line.unit)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (QUANTITY, *PRICE_COLUMNS):
            return int(RIGHT)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole) and column in PRICE_COLUMNS:
            side = self.side(index.row(), column)
            if side is not None and side.problem is not None:
                return QColor(ERROR_COLOR) if role == Qt.ItemDataRole.ForegroundRole else describe_error(side.problem)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == QUANTITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != QUANTITY:
            return False
        if not self.editable or index.row() >= len(self.lines):
            return False
        try:
            quantity = parse_quantity(str(value), row=index.row() + 1)
        except ValidationError as exc:
            self.refused.emit(exc)
            return False
        line = self.lines[index.row()]
        if quantity != line.quantity:
            self.lines[index.row()] = replace(line, quantity=quantity)
            self.dataChanged.emit(index, index)
            self.changed.emit()
        return True

    def set_lines(self, lines: Sequence[CatalogLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.priced = []
        self.endResetModel()

    def add_line(self, line: CatalogLine) -> None:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        self.changed.emit()

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        if row < len(self.priced):
            del self.priced[row]
        self.endRemoveRows()
        self.changed.emit()

    def set_prices(self, priced: Sequence[PricedLine | None]) -> None:
        """The priced lines in the order of ``lines`` (None for a line without prices)."""
        self.priced = list(priced)
        if self.lines:
            first = self.index(0, SETTLEMENT_PRICE)
            last = self.index(len(self.lines) - 1, SALES_AMOUNT)
            self.dataChanged.emit(first, last)


class CatalogLinesEditor(QWidget):
    """Service items and parts with quantities; priced for the work order when there is one.

    Items are picked by typing a code or name (a completer over the active catalog). With a
    ``work_order_id`` every change is priced through ``work_orders.preview_input`` — the preview the
    work-order editor shows — with the work order's customer, region, provider, scenario and crew and
    the form's lines in place of its own, so the settlement and sales unit prices and amounts are the
    ones these lines would earn on that work order. Without a work order only the items are shown.

    Signals:
        changed(): a line was added or removed, or a quantity changed.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, work_order_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.work_order_id = work_order_id
        self.base: wo.WorkOrderInput | None = None
        self.by_code: dict[str, ItemRow] = {}
        self.entries: dict[str, ItemRow] = {}
        self.model = CatalogLinesModel(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Settlement price"),
                self.tr("Settlement amount"),
                self.tr("Sales price"),
                self.tr("Sales amount"),
            ],
            self.tr("No price"),
            self,
        )
        self.model.changed.connect(self._changed)
        self.model.refused.connect(lambda exc: self.show_message(describe_error(exc), error=True))
        self.view = QTableView()
        self.view.setObjectName("catalog-lines")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        self.view.setItemDelegateForColumn(QUANTITY, DecimalDelegate(QUANTITY_PATTERN, self.view))
        fixed_widths(self.view, (110, 160, 64, 48, 84, 84, 84, 84), stretch=NAME)
        self.view.setMinimumHeight(120)
        self.view.setMaximumHeight(200)

        self.item_edit = QLineEdit()
        self.item_edit.setObjectName("catalog-lines-item")
        self.item_edit.setPlaceholderText(self.tr("Type a code or name and pick a service item or part"))
        self.item_edit.setClearButtonEnabled(True)
        self.item_model = QStringListModel(self)
        completer = QCompleter(self.item_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(14)
        self.item_edit.setCompleter(completer)
        self.item_edit.returnPressed.connect(self.add_typed_line)
        self.quantity_edit = QLineEdit("1")
        self.quantity_edit.setObjectName("catalog-lines-quantity")
        self.quantity_edit.setValidator(QRegularExpressionValidator(QRegularExpression(QUANTITY_PATTERN), self))
        self.quantity_edit.setAlignment(RIGHT)
        self.quantity_edit.setMaximumWidth(70)
        self.quantity_edit.returnPressed.connect(self.add_typed_line)
        self.add_button = QPushButton(icon("mdi6.plus", color=ICON_COLOR), self.tr("Add line"))
        self.add_button.setObjectName("catalog-lines-add")
        self.add_button.clicked.connect(self.add_typed_line)
        self.remove_button = QPushButton(icon("mdi6.minus", color=ICON_COLOR), self.tr("Remove line"))
        self.remove_button.setObjectName("catalog-lines-remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.adder = QWidget()
        adder = QHBoxLayout(self.adder)
        adder.setContentsMargins(0, 0, 0, 0)
        adder.addWidget(self.item_edit, 1)
        adder.addWidget(QLabel(self.tr("Quantity:")))
        adder.addWidget(self.quantity_edit)
        adder.addWidget(self.add_button)
        adder.addWidget(self.remove_button)
        self.message = QLabel()
        self.message.setObjectName("catalog-lines-message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.view)
        column.addWidget(self.adder)
        column.addWidget(self.message)
        self._load()

    def _load(self) -> None:
        try:
            with self.ctx.db.session() as session:
                items = catalog.list_items(session, self.ctx.actor, include_inactive=True)
                if self.work_order_id is not None:
                    self.base = wo.get_work_order(session, self.ctx.actor, self.work_order_id).to_input()
        except ScrmError as exc:
            self.show_message(self.tr("No prices: {problem}").format(problem=describe_error(exc)), error=True)
            items = []
        self.by_code = {row.code: row for row in items}
        self.entries = {item_entry(row): row for row in items if row.is_active}
        self.item_model.setStringList(list(self.entries))
        for column in PRICE_COLUMNS:
            self.view.setColumnHidden(column, self.base is None)

    def value(self) -> list[dict[str, str]]:
        return [{"item": line.code, "quantity": format_quantity(line.quantity)} for line in self.model.lines]

    def set_value(self, value: object) -> None:
        lines = []
        for raw in value if isinstance(value, list) else []:
            if not isinstance(raw, Mapping):
                continue
            code = str(raw.get("item", ""))
            try:
                quantity = parse_quantity(str(raw.get("quantity", "")))
            except ScrmError:
                quantity = Decimal(0)
            item = self.by_code.get(code)
            lines.append(
                CatalogLine(code, quantity, item.name, item.unit, item.id)
                if item is not None
                else CatalogLine(code, quantity)
            )
        self.model.set_lines(lines)
        self.update_prices()

    def set_read_only(self, read_only: bool) -> None:
        self.model.editable = not read_only
        self.adder.setVisible(not read_only)

    def add_typed_line(self) -> bool:
        """Add the item typed or picked in the item box with the typed quantity."""
        text = self.item_edit.text().strip()
        row = self.entries.get(text)
        if row is None and text:
            code = text.split()[0].upper()
            row = next((r for r in self.entries.values() if r.code.upper() == code), None)
        if row is None:
            self.show_message(self.tr("Pick a service item or part from the list."), error=True)
            return False
        try:
            quantity = parse_quantity(self.quantity_edit.text() or "1")
        except ScrmError as exc:
            self.show_message(describe_error(exc), error=True)
            return False
        self.model.add_line(CatalogLine(row.code, quantity, row.name, row.unit, row.id))
        self.item_edit.clear()
        self.quantity_edit.setText("1")
        return True

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove_line(rows[0].row())

    def _changed(self) -> None:
        self.update_prices()
        self.changed.emit()

    def update_prices(self) -> None:
        """Price the lines for the work order (nothing to do without one)."""
        if self.base is None:
            return
        self.show_message("", error=False)
        priceable = [line for line in self.model.lines if line.item_id is not None and line.quantity > 0]
        if not priceable:
            self.model.set_prices([])
            return
        data = replace(
            self.base,
            lines=tuple(wo.LineInput(line.item_id, line.quantity) for line in priceable if line.item_id),
            adjustments=(),
            package_id=None,
        )
        try:
            with self.ctx.db.session() as session:
                earnings = wo.preview_input(session, self.ctx.actor, data)
        except ScrmError as exc:
            self.model.set_prices([])
            self.show_message(self.tr("No prices: {problem}").format(problem=describe_error(exc)), error=True)
            return
        found = iter(earnings.lines)
        self.model.set_prices([next(found, None) if line in priceable else None for line in self.model.lines])

    def show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR if error else HINT_COLOR};")
        self.message.setVisible(bool(text))


# --- photos and attachments -----------------------------------------------------------------------------


def pick_files(parent: QWidget, title: str, name_filter: str) -> list[str]:
    """Ask for files to add (tests replace this function)."""
    paths, _chosen = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return paths


def file_ref(value: object) -> FileRef | None:
    """``value`` when it is a stored file reference (``{"file": uuid, "name", "mime", "size"}``)."""
    if isinstance(value, Mapping) and isinstance(value.get("file"), str):
        return dict(value)
    return None


def image_of(content: bytes) -> QImage:
    image = QImage()
    image.loadFromData(QByteArray(content))
    return image


def thumbnail(content: bytes) -> QIcon | None:
    image = image_of(content)
    if image.isNull():
        return None
    scaled = image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return QIcon(QPixmap.fromImage(scaled))


class FileListModel(QAbstractListModel):
    """Stored files of one field: name under a thumbnail (or a file icon), size and type as tool tip."""

    def __init__(self, fallback: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fallback = fallback
        self.refs: list[FileRef] = []
        self.icons: list[QIcon | None] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.refs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.refs):
            return None
        ref = self.refs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(ref.get("name", ""))
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icons[index.row()] or self.fallback
        if role == Qt.ItemDataRole.ToolTipRole:
            size = QLocale().formattedDataSize(int(ref.get("size") or 0))
            return f"{ref.get('name', '')}\n{ref.get('mime', '')} · {size}"
        return None

    def add(self, ref: FileRef, file_icon: QIcon | None) -> None:
        row = len(self.refs)
        self.beginInsertRows(QModelIndex(), row, row)
        self.refs.append(ref)
        self.icons.append(file_icon)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.refs):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.refs[row]
            del self.icons[row]
            self.endRemoveRows()

    def set_files(self, files: Sequence[tuple[FileRef, QIcon | None]]) -> None:
        self.beginResetModel()
        self.refs = [ref for ref, _icon in files]
        self.icons = [file_icon for _ref, file_icon in files]
        self.endResetModel()


class FilePicker(QWidget):
    """Files of one field (a list of references); each is stored in the database when added.

    ``images`` shows thumbnails in icon mode and accepts images only; otherwise a plain list of
    names with file icons. ``max_files`` (None: no limit of the field) disables adding at the limit.

    Signals:
        changed(): a file was added or removed.
    """

    changed = Signal()

    def __init__(
        self, ctx: AppContext, *, images: bool, max_files: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.images = images
        self.max_files = max_files
        fallback = icon("mdi6.image-outline" if images else "mdi6.file-outline", color=ICON_COLOR)
        self.model = FileListModel(fallback, self)
        self.view = QListView()
        self.view.setObjectName("photo-list" if images else "attachment-list")
        self.view.setModel(self.model)
        if images:
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.view.setIconSize(THUMBNAIL)
            self.view.setGridSize(QSize(THUMBNAIL.width() + 24, THUMBNAIL.height() + 30))
            self.view.setMovement(QListView.Movement.Static)
            self.view.setResizeMode(QListView.ResizeMode.Adjust)
            self.view.setWrapping(True)
            self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            self.view.setFixedHeight(THUMBNAIL.height() + 44)
        else:
            self.view.setIconSize(QSize(18, 18))
            self.view.setFixedHeight(THUMBNAIL.height() + 44)  # level with a photo field beside it
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(
            icon("mdi6.image-plus" if images else "mdi6.paperclip", color=ICON_COLOR),
            self.tr("Add photos…") if images else self.tr("Add files…"),
        )
        self.add_button.setObjectName("files-add")
        self.add_button.clicked.connect(self.ask_and_add)
        self.remove_button = QPushButton(icon("mdi6.delete-outline", color=ICON_COLOR), self.tr("Remove"))
        self.remove_button.setObjectName("files-remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.controls = QWidget()
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.add_button)
        controls.addWidget(self.remove_button)
        controls.addStretch(1)
        self.message = error_label()
        self.message.setObjectName("files-message")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.view)
        column.addWidget(self.controls)
        column.addWidget(self.message)
        self._update_buttons()

    def value(self) -> list[FileRef]:
        return [dict(ref) for ref in self.model.refs]

    def set_value(self, value: object) -> None:
        """Show the stored files ``value`` names (thumbnails read back through ``forms.read_file``)."""
        refs = [ref for ref in (file_ref(v) for v in (value if isinstance(value, list) else [])) if ref]
        files: list[tuple[FileRef, QIcon | None]] = []
        self.message.setVisible(False)
        try:
            with self.ctx.db.session() as session:
                for ref in refs:
                    files.append((ref, self._read_icon(session, ref)))
        except ScrmError as exc:
            self._show_error(describe_error(exc))
            files += [(ref, None) for ref in refs[len(files) :]]
        self.model.set_files(files)
        self._update_buttons()

    def _read_icon(self, session: Any, ref: FileRef) -> QIcon | None:
        if not self.images or not str(ref.get("mime", "")).startswith("image/"):
            return None
        try:
            file_id = uuid.UUID(str(ref["file"]))
        except ValueError:
            return None
        return thumbnail(forms.read_file(session, self.ctx.actor, file_id))

    def set_read_only(self, read_only: bool) -> None:
        self.controls.setVisible(not read_only)

    def ask_and_add(self) -> int:
        """Ask for files (``pick_files``) and add them; returns how many were added."""
        if self.images:
            title = self.tr("Add photos")
            name_filter = self.tr("Images (*.png *.jpg *.jpeg *.webp)")
        else:
            title = self.tr("Add files")
            name_filter = self.tr("Documents and images (*.pdf *.png *.jpg *.jpeg *.webp)")
        return self.add_paths(pick_files(self, title, name_filter))

    def add_paths(self, paths: Sequence[str]) -> int:
        added = 0
        for path in paths:
            file = Path(path)
            try:
                with file.open("rb") as stream:
                    # One byte over the limit is enough for store_file to refuse a file that is too large.
                    content = stream.read(forms.MAX_FILE_SIZE + 1)
            except OSError as exc:
                self._show_error(self.tr("“{name}” cannot be read: {reason}").format(name=file.name, reason=exc))
                continue
            mime = forms.sniff_mime(content) or QMimeDatabase().mimeTypeForFile(str(file)).name()
            if self.add_content(file.name, mime, content):
                added += 1
        return added

    def add_content(self, name: str, mime: str, content: bytes) -> bool:
        """Store one file in the database and list it; False (with the reason shown) when refused."""
        self.message.setVisible(False)
        if self.max_files is not None and len(self.model.refs) >= self.max_files:
            self._show_error(self.tr("At most {count} files can be added here.").format(count=self.max_files))
            return False
        if self.images and thumbnail(content) is None:
            self._show_error(self.tr("“{name}” is not an image.").format(name=name))
            return False
        try:
            with self.ctx.db.session() as session:
                ref = forms.store_file(session, self.ctx.actor, name, mime, content)
        except ScrmError as exc:
            self._show_error(describe_error(exc))
            return False
        self.model.add(dict(ref), thumbnail(content) if self.images else None)
        self._update_buttons()
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        rows = sorted((index.row() for index in self.view.selectionModel().selectedIndexes()), reverse=True)
        for row in rows:
            self.model.remove(row)
        if rows:
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self) -> None:
        full = self.max_files is not None and len(self.model.refs) >= self.max_files
        self.add_button.setEnabled(not full)

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)


class PhotoPicker(FilePicker):
    """Photos as thumbnails (see ``FilePicker``).

    Signals:
        changed(): a photo was added or removed.
    """

    def __init__(self, ctx: AppContext, *, max_files: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, images=True, max_files=max_files, parent=parent)


class AttachmentPicker(FilePicker):
    """Attachments as a list of names (see ``FilePicker``).

    Signals:
        changed(): a file was added or removed.
    """

    def __init__(self, ctx: AppContext, *, max_files: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, images=False, max_files=max_files, parent=parent)


# --- the signature --------------------------------------------------------------------------------------


class SignaturePad(QWidget):
    """A white pad to sign on with the mouse or a pen (pen pressure widens the stroke).

    The ink goes into a ``QImage`` of ``SIGNATURE_SIZE``; ``to_png()`` is that image as PNG.
    ``set_png`` shows an existing signature. While ``read_only`` nothing can be drawn.

    Signals:
        changed(): a stroke was finished, or the pad was cleared or filled.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(SIGNATURE_SIZE)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.image = QImage(SIGNATURE_SIZE, QImage.Format.Format_RGB32)
        self.image.fill(Qt.GlobalColor.white)
        self.read_only = False
        self.empty = True
        self.hint = self.tr("Sign here")
        self._last: QPointF | None = None

    # --- drawing ----------------------------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        if self.read_only:
            return
        self._last = point
        self._draw_to(point, 2.5)

    def _draw_to(self, point: QPointF, width: float) -> None:
        if self._last is None:
            return
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawLine(self._last, point)
        painter.end()
        self._last = point
        self.empty = False
        self.update()

    def _end(self) -> None:
        if self._last is not None:
            self._last = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._draw_to(event.position(), 2.5)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: pressure sets the width; accepted so Qt does not also send mouse events."""
        kind = event.type()
        width = 1.0 + 3.0 * max(0.0, min(1.0, event.pressure()))
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._draw_to(event.position(), width)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(event.rect(), self.image, event.rect())
        painter.setPen(QPen(QColor("#b0bec5"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 32
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        if self.empty and not self.read_only:
            painter.setPen(QColor(HINT_COLOR))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.hint)
        painter.end()

    # --- the image --------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.image.fill(Qt.GlobalColor.white)
        self.empty = True
        self._last = None
        self.update()
        self.changed.emit()

    def to_png(self) -> bytes:
        """The pad as a PNG image."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
        buffer.close()
        return bytes(buffer.data().data())

    def set_png(self, content: bytes | None) -> None:
        """Show a stored signature (scaled into the pad), or a blank pad for None."""
        self.image.fill(Qt.GlobalColor.white)
        self.empty = True
        if content:
            stored = image_of(content)
            if not stored.isNull():
                scaled = stored.scaled(
                    SIGNATURE_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
                painter = QPainter(self.image)
                painter.drawImage(0, 0, scaled)
                painter.end()
                self.empty = False
        self.update()


class SignatureEditor(QWidget):
    """A signature field: the pad, a clear button, and the stored file behind it.

    The drawing becomes a file only in ``commit()`` (called when the form's data is read): that is
    when the signer is done, and storing every stroke would fill the database with drafts.

    Signals:
        changed(): a stroke was finished or the pad cleared.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ref: FileRef | None = None
        self.dirty = False
        self.pad = SignaturePad()
        self.pad.setObjectName("signature-pad")
        self.pad.changed.connect(self._drawn)
        self.clear_button = QPushButton(icon("mdi6.eraser", color=ICON_COLOR), self.tr("Clear"))
        self.clear_button.setObjectName("signature-clear")
        self.clear_button.clicked.connect(self.pad.clear)
        self.message = error_label()
        controls = QVBoxLayout()
        controls.addWidget(self.clear_button)
        controls.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pad)
        row.addLayout(controls)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.message)

    def _drawn(self) -> None:
        self.dirty = True
        self.changed.emit()

    def pending(self) -> FileRef | None:
        """The value without storing: the stored reference, or a stand-in while a new drawing waits."""
        if self.pad.empty:
            return None
        if self.dirty or self.ref is None:
            return {"file": str(PENDING_FILE), "name": SIGNATURE_NAME, "mime": SIGNATURE_MIME, "size": 0}
        return dict(self.ref)

    def commit(self) -> FileRef | None:
        """Store a new drawing as a PNG in the database; the reference of the signature (None: unsigned)."""
        if self.pad.empty:
            self.ref = None
            self.dirty = False
            return None
        if self.dirty or self.ref is None:
            self.message.setVisible(False)
            try:
                with self.ctx.db.session() as session:
                    self.ref = dict(
                        forms.store_file(session, self.ctx.actor, SIGNATURE_NAME, SIGNATURE_MIME, self.pad.to_png())
                    )
            except ScrmError as exc:
                self.message.setText(describe_error(exc))
                self.message.setVisible(True)
                return None
            self.dirty = False
        return dict(self.ref)

    def value(self) -> FileRef | None:
        return self.commit()

    def set_value(self, value: object) -> None:
        """Show a stored signature (read back through ``forms.read_file``)."""
        self.ref = file_ref(value)
        self.dirty = False
        content = None
        if self.ref is not None:
            try:
                with self.ctx.db.session() as session:
                    content = forms.read_file(session, self.ctx.actor, uuid.UUID(str(self.ref["file"])))
            except (ScrmError, ValueError) as exc:
                self.message.setText(describe_error(exc) if isinstance(exc, ScrmError) else str(exc))
                self.message.setVisible(True)
        self.pad.set_png(content)
        if self.ref is not None and content is None:
            self.pad.empty = False  # keep the reference even when its image cannot be shown

    def set_read_only(self, read_only: bool) -> None:
        self.pad.read_only = read_only
        self.pad.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.clear_button.setVisible(not read_only)
        self.pad.update()
