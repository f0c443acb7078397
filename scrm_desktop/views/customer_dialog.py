"""Create or edit a customer. Typing the service address fills the region pickers as you type.

``customers.suggest_regions`` parses the address on every change (about 35 µs). The pickers follow
the parse only when its result changes, so a region picked by hand survives typing the rest of
the street. An ambiguous address (a bare 朝阳区) clears the pickers and shows the candidate regions;
saving needs a choice. Below the form, the owner preview says whom the owner rules give the
customer (``customers.explain_owner``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import customers
from scrm_desktop.services.customers import (
    CHANNELS,
    MAX_ADDRESS,
    MAX_NAME,
    MAX_PHONE,
    CustomerRow,
    region_levels,
    suggest_regions,
)
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.regions import PROVINCE, RegionIndex, RegionInfo, region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.customer_labels import channel_label
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.widgets import ERROR_COLOR, error_label, hint_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NOT_SET = "—"
ParseKey = tuple[str | None, str | None, str | None, tuple[str, ...]]


class RegionPickers(QWidget):
    """Province, city and district combos, each listing what lies inside the one before it.

    The city combo lists prefecture-level units; the district combo lists the county-level units
    of the chosen city, or — for a municipality (北京) or a county-level city directly under a
    province (仙桃) — those directly under the province.

    Signals:
        changed(object): the most specific chosen code, or None; emitted once per change.
    """

    changed = Signal(object)

    def __init__(self, index: RegionIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region_index = index
        self.province = QComboBox()
        self.province.setObjectName("province")
        self.city = QComboBox()
        self.city.setObjectName("city")
        self.district = QComboBox()
        self.district.setObjectName("district")
        for combo in (self.province, self.city, self.district):
            combo.setMaxVisibleItems(16)
            combo.setMinimumContentsLength(7)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.province.setAccessibleName(self.tr("Province"))
        self.city.setAccessibleName(self.tr("City"))
        self.district.setAccessibleName(self.tr("District"))
        self._updating = False
        self._emitted: str | None = None
        self._fill(self.province, index.children(None))
        self._fill_below_province(None)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.city.currentIndexChanged.connect(self._city_changed)
        self.district.currentIndexChanged.connect(lambda _i: self._emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.province, 1)
        row.addWidget(self.city, 1)
        row.addWidget(self.district, 1)

    @staticmethod
    def _fill(combo: QComboBox, regions: tuple[RegionInfo, ...] | list[RegionInfo]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NOT_SET, None)
        for info in regions:
            combo.addItem(info.name, info.code)
        combo.setEnabled(bool(regions))
        combo.blockSignals(False)

    def _fill_below_province(self, province: str | None) -> None:
        below = self.region_index.children(province) if province else ()
        self._fill(self.city, [r for r in below if r.level == PROVINCE + 1])
        self._fill(self.district, [r for r in below if r.level > PROVINCE + 1])

    def _province_changed(self, _index: int) -> None:
        self._fill_below_province(self.province.currentData())
        self._emit()

    def _city_changed(self, _index: int) -> None:
        city = self.city.currentData()
        if city:
            self._fill(self.district, self.region_index.children(city))
        else:
            province = self.province.currentData()
            below = self.region_index.children(province) if province else ()
            self._fill(self.district, [r for r in below if r.level > PROVINCE + 1])
        self._emit()

    def _emit(self) -> None:
        if self._updating:
            return
        code = self.code()
        if code != self._emitted:
            self._emitted = code
            self.changed.emit(code)

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        position = combo.findData(code) if code else 0
        combo.setCurrentIndex(max(position, 0))

    def set_codes(self, province: str | None, city: str | None, district: str | None) -> None:
        """Show these codes (None: not set) and emit ``changed`` if the result differs."""
        self._updating = True
        try:
            self._select(self.province, province)
            self._select(self.city, city)
            self._select(self.district, district)
        finally:
            self._updating = False
        self._emit()

    def set_code(self, code: str | None) -> None:
        """Show the path to ``code`` (any level)."""
        self.set_codes(*region_levels(self.region_index, code))

    def codes(self) -> tuple[str | None, str | None, str | None]:
        return self.province.currentData(), self.city.currentData(), self.district.currentData()

    def code(self) -> str | None:
        """The most specific region picked, or None."""
        province, city, district = self.codes()
        return district or city or province


class CustomerDialog(QDialog):
    """Create a customer (``row`` None) or edit one; saving calls the service in one session.

    Stays open with the input when the service refuses; on success ``saved_row`` holds what the
    service returned.

    Signals:
        saved(object): the saved ``CustomerRow``, emitted before the dialog closes.
    """

    saved = Signal(object)

    def __init__(self, ctx: AppContext, row: CustomerRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_row: CustomerRow | None = None
        self.region_index = region_index()
        if row is None:
            self.setWindowTitle(self.tr("New customer"))
        else:
            self.setWindowTitle(self.tr("Edit customer {name}").format(name=row.name))
        self.setMinimumWidth(660)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(MAX_PHONE)
        self.phone_edit.setPlaceholderText(self.tr("Mobile or landline, e.g. 138 1234 5678 or 020-3888 6688"))
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(MAX_ADDRESS)
        self.address_edit.setPlaceholderText(self.tr("e.g. 广东省深圳市南山区科技园南区 8 栋 1201"))
        self.pickers = RegionPickers(self.region_index)
        self.choice_combo = QComboBox()
        self.choice_combo.setObjectName("region-choice")
        self.choice_row = self._build_choice_row()
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas, e.g. VIP, 老客户"))
        self.channel_edits = {key: QLineEdit() for key in CHANNELS}
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)
        self.owner_label = hint_label("")
        self.owner_label.setObjectName("owner-preview")
        self.owner_label.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.name_edit)
        phone_column = QVBoxLayout()
        phone_column.setSpacing(2)
        phone_column.addWidget(self.phone_edit)
        if row is not None and row.phone_masked:
            phone_column.addWidget(
                hint_label(
                    self.tr(
                        "The middle digits are hidden because you may not view personal data. Leave the "
                        "number as it is to keep it, or type a new number."
                    )
                )
            )
        form.addRow(self.tr("Phone:"), phone_column)
        form.addRow(self.tr("Service address:"), self.address_edit)
        region_column = QVBoxLayout()
        region_column.setSpacing(4)
        region_column.addWidget(self.pickers)
        region_column.addWidget(self.choice_row)
        region_column.addWidget(
            hint_label(self.tr("Filled in from the address as you type. Pick another region if it is wrong."))
        )
        form.addRow(self.tr("Region:"), region_column)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Channel ids:"), self._build_channels())
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow(self.tr("Owner:"), self.owner_label)

        self.message = error_label()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create customer") if row is None else self.tr("Save"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)

        self._parsed: ParseKey | None = None
        self._candidates: tuple[customers.RegionChoice, ...] = ()
        if row is not None:
            self._show_row(row)
        self.address_edit.textChanged.connect(self._address_changed)
        self.pickers.changed.connect(self._region_changed)
        self.choice_combo.currentIndexChanged.connect(self._choice_made)
        self._region_changed(self.pickers.code())
        self.name_edit.setFocus()

    # --- building -------------------------------------------------------------------------

    def _build_choice_row(self) -> QWidget:
        box = QWidget()
        box.setObjectName("region-choice-row")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        badge = QLabel()
        badge.setPixmap(icon("mdi6.map-marker-question-outline", color=ERROR_COLOR).pixmap(18, 18))
        self.choice_label = QLabel(self.tr("The address fits several regions:"))
        self.choice_label.setStyleSheet(f"color: {ERROR_COLOR};")
        row.addWidget(badge)
        row.addWidget(self.choice_label)
        row.addWidget(self.choice_combo, 1)
        box.setVisible(False)
        return box

    def _build_channels(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        for column, key in enumerate(CHANNELS):
            edit = self.channel_edits[key]
            edit.setObjectName(f"channel-{key}")
            edit.setPlaceholderText(channel_label(key))
            edit.setToolTip(channel_label(key))
            grid.addWidget(edit, 0, column)
        return box

    def _show_row(self, row: CustomerRow) -> None:
        self.name_edit.setText(row.name)
        self.phone_edit.setText(row.phone)
        self.address_edit.setText(row.address)
        # The stored region may have been picked by hand: show it, and follow the address only
        # once the address parses differently.
        self._parsed = self._parse_key(row.address)
        self.pickers.set_codes(row.province_code, row.city_code, row.district_code)
        self.tags_edit.setText(", ".join(row.tags))
        for key, edit in self.channel_edits.items():
            edit.setText(row.channel_ids.get(key, ""))
        self.notes_edit.setPlainText(row.notes)

    # --- live parsing -----------------------------------------------------------------------

    @staticmethod
    def _parse_key(address: str) -> ParseKey:
        found = suggest_regions(address)
        return found.province_code, found.city_code, found.district_code, tuple(c.code for c in found.candidates)

    def _address_changed(self, text: str) -> None:
        found = suggest_regions(text)
        key = (found.province_code, found.city_code, found.district_code, tuple(c.code for c in found.candidates))
        if key == self._parsed:
            return
        self._parsed = key
        self._candidates = found.candidates
        self.choice_combo.blockSignals(True)
        self.choice_combo.clear()
        if found.ambiguous:
            self.choice_combo.addItem(self.tr("Choose the region the address means"), None)
            for choice in found.candidates:
                self.choice_combo.addItem(choice.path, choice.code)
        self.choice_combo.blockSignals(False)
        self.choice_row.setVisible(found.ambiguous)
        self.message.setVisible(False)
        self.pickers.set_codes(found.province_code, found.city_code, found.district_code)

    def _choice_made(self, _index: int) -> None:
        code = self.choice_combo.currentData()
        if code:
            self.message.setVisible(False)
            self.pickers.set_code(code)

    def needs_region_choice(self) -> bool:
        """True while the address is ambiguous and no region has been picked."""
        return bool(self._candidates) and self.pickers.code() is None

    def ambiguous_choices(self) -> list[str]:
        """The region paths offered for an ambiguous address (empty when it is not ambiguous)."""
        return [c.path for c in self._candidates]

    # --- owner preview ----------------------------------------------------------------------

    def _region_changed(self, code: str | None) -> None:
        try:
            with self.ctx.db.session() as session:
                resolution = customers.explain_owner(session, self.ctx.actor, code)
                names = customers.user_names(session)
        except ScrmError:
            self.owner_label.setText("")
            return
        winner = resolution.winner
        rules_owner = customers.owner_label(names, winner.outcome.key) if winner is not None else ""
        if self.row is None:
            if winner is None:
                text = self.tr("No owner rule applies to this region: the customer will have no owner.")
            else:
                text = self.tr("The owner rules give customers here to {owner} (rule “{rule}”).").format(
                    owner=rules_owner or winner.label, rule=winner.label
                )
        else:
            current = self.row.owner_label or self.tr("Unassigned")
            if winner is None or rules_owner == self.row.owner_label:
                text = current
            else:
                text = self.tr(
                    "{owner}. The owner rules now give customers here to {rules_owner}; the owner changes when "
                    "an administrator re-assigns customers."
                ).format(owner=current, rules_owner=rules_owner)
        self.owner_label.setText(text)

    # --- saving -----------------------------------------------------------------------------

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget to focus for each field name a ``ValidationError`` may carry."""
        widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "phone": self.phone_edit,
            "address": self.choice_combo if self.choice_row.isVisible() else self.address_edit,
            "region_code": self.pickers.province,
            "tags": self.tags_edit,
            "channel_ids": self.channel_edits[CHANNELS[0]],
            "notes": self.notes_edit,
        }
        widgets.update(self.channel_edits)
        return widgets

    def channel_ids(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.channel_edits.items()}

    def accept(self) -> None:
        """Save through the service; stay open when a region must be chosen or the service refuses."""
        self.message.setVisible(False)
        if self.needs_region_choice():
            self.message.setText(
                self.tr("The address fits several regions. Choose the right one before saving: {regions}.").format(
                    # The separator of a list of region paths: "; " in English, "；" in Chinese.
                    regions=self.tr("; ").join(self.ambiguous_choices())
                )
            )
            self.message.setVisible(True)
            self.choice_combo.setFocus()
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
        self.saved.emit(self.saved_row)
        super().accept()

    def _save(self, session: Session) -> CustomerRow:
        actor = self.ctx.actor
        if self.row is None:
            return customers.create_customer(
                session,
                actor,
                name=self.name_edit.text(),
                phone=self.phone_edit.text(),
                address=self.address_edit.text(),
                region_code=self.pickers.code(),
                tags=self.tags_edit.text(),
                channel_ids=self.channel_ids(),
                notes=self.notes_edit.toPlainText(),
            )
        return customers.update_customer(
            session,
            actor,
            self.row.id,
            expected_version=self.row.version,
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            address=self.address_edit.text(),
            region_code=self.pickers.code(),
            tags=self.tags_edit.text(),
            channel_ids=self.channel_ids(),
            notes=self.notes_edit.toPlainText(),
        )
