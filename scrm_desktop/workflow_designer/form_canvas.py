"""The form canvas: the form's rows of field cards on a white sheet, as work orders will lay them out.

Each card shows the field's type icon, label, a red ``*`` when it is required, its key, and a
small picture of the editor the field gets (a date box, a drop-down, a photo button …), so the
sheet reads like the form itself.

Drag and drop (tested by sending drag events to the viewport, HOUSE_STYLE 6):

* a field type from the palette (``MIME_FIELD_TYPE``) dropped **between rows** (or on the top or
  bottom edge of a row) becomes a new row there; dropped **beside a field** it joins that row,
  before or after the field, while the row has fewer than ``MAX_PER_ROW`` fields;
* a card dragged (``MIME_FIELD_KEY``) moves the field the same way.

A line shows where the field will go (red when the row is full: the drop is refused). A click
selects a card; Delete deletes the selected field, Ctrl+D duplicates it. Every change is an undo
command; the canvas redraws from the model's signals only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.workflow_designer.form_commands import AddField, DuplicateField, MoveField, RemoveField
from scrm_desktop.workflow_designer.form_model import MAX_PER_ROW, FormModel, Placement, fits, placed
from scrm_desktop.workflow_designer.form_palette import (
    MIME_FIELD_KEY,
    MIME_FIELD_TYPE,
    TYPE_COLORS,
    field_type_icon,
    field_type_label,
)

ROW_SPACING = 10
CARD_SPACING = 10
COLUMNS = fs.ROW_COLUMNS  # a row is a grid of equal columns; a field spans ``width`` of them, as rendered
EDGE_BAND = 14  # pixels at a row's top and bottom edge where a drop makes a new row
SCROLL_MARGIN = 28  # pixels from the viewport's edge where a drag scrolls
SCROLL_STEP = 14
INDICATOR = 3
ACCENT = "#1565c0"
REFUSED = "#c62828"
SHEET_WIDTH = 960


@dataclass(frozen=True)
class DropTarget:
    """Where a drop at a point would put a field, and whether it may go there."""

    placement: Placement
    allowed: bool


def _decode(mime: QMimeData, kind: str) -> str:
    if not mime.hasFormat(kind):
        return ""
    return bytes(mime.data(kind).data()).decode("utf-8", "replace").strip()


class EditorPreview(QLabel):
    """A small, inert picture of the editor a field of a type gets (not the real widget: cheap)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("field-preview")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(26)
        self.setMinimumWidth(1)  # narrow cards cut the picture rather than widen the canvas
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def show_field(self, spec: fs.FieldSpec) -> None:
        text, tall, boxed = self._look(spec)
        self.setText(text)
        self.setFixedHeight(54 if tall else 26)
        self.setAlignment(
            (Qt.AlignmentFlag.AlignRight if spec.type in ("number", "money") else Qt.AlignmentFlag.AlignLeft)
            | (Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter)
        )
        border = "1px solid #cfd8dc" if boxed else "1px dashed #b0bec5"
        self.setStyleSheet(
            f"QLabel#field-preview {{ border: {border}; border-radius: 3px; background: #fafbfc;"
            " color: #90a4ae; padding: 2px 6px; }"
        )

    def _look(self, spec: fs.FieldSpec) -> tuple[str, bool, bool]:
        """Text, whether the editor is tall, whether it is a box (else a dashed drop area)."""
        kind = spec.type
        hint = spec.placeholder
        if kind == "text":
            return hint, False, True
        if kind == "textarea":
            return hint, True, True
        if kind == "number":
            decimals = spec.precision or 0
            return hint or ("0." + "0" * decimals if decimals else "0"), False, True
        if kind == "money":
            return "¥ 0.00", False, True
        if kind == "date":
            return self.tr("YYYY-MM-DD  ▾"), False, True
        if kind == "datetime":
            return self.tr("YYYY-MM-DD HH:MM  ▾"), False, True
        if kind == "select":
            return (hint or self.tr("Choose…")) + "  ▾", False, True
        if kind == "multiselect":
            return "   ".join(f"☐ {o}" for o in spec.options[:4]) or self.tr("No options yet"), False, False
        if kind == "region":
            return self.tr("Province / city / district  ▾"), False, True
        if kind == "customer":
            return self.tr("Choose a customer…  ▾"), False, True
        if kind == "user":
            return self.tr("Choose a user…  ▾"), False, True
        if kind == "catalog_lines":
            return self.tr("Item or part · quantity · settlement price\n＋ Add line"), True, True
        if kind == "photo":
            return self.tr("＋ Add photos"), False, False
        if kind == "attachment":
            return self.tr("＋ Add files"), False, False
        if kind == "signature":
            return self.tr("Sign here"), True, False
        if kind == "checkbox":
            return "☐ " + (spec.label or spec.key), False, False
        if kind == "computed":
            return "= " + (spec.formula or self.tr("(no formula yet)")), False, True
        return "", False, True


class FieldCard(QFrame):
    """One field on the canvas. A click selects it; a drag moves it (through the canvas)."""

    def __init__(self, canvas: FormCanvas, spec: fs.FieldSpec) -> None:
        super().__init__()
        self.canvas = canvas
        self.key = spec.key
        self.width_columns = spec.width
        self.setObjectName("field-card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._press: QPoint | None = None

        self.icon_label = QLabel()
        self.icon_label.setObjectName("field-icon")
        self.title = QLabel()
        self.title.setObjectName("field-title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)  # a one-column card wraps its label rather than cut it
        self.key_label = QLabel()
        self.key_label.setObjectName("field-key")
        self.key_label.setStyleSheet("color: #90a4ae; font-size: 11px;")
        self.rule_label = QLabel()
        self.rule_label.setObjectName("field-rule")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("field-problem")
        self.preview = EditorPreview()
        self.help_label = QLabel()
        self.help_label.setObjectName("field-help")
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color: #78909c; font-size: 11px;")
        for label in (self.icon_label, self.title, self.key_label, self.rule_label, self.problem_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.help_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        # Texts may be cut in a narrow card: the sheet keeps the canvas's width, as the form does.
        for label in (self.title, self.key_label, self.help_label):
            label.setMinimumWidth(1)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.icon_label)
        top.addWidget(self.title, 1)
        top.addWidget(self.rule_label)
        top.addWidget(self.problem_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.key_label)  # a line of its own: in a one-column card the label needs the room
        layout.addWidget(self.preview)
        layout.addWidget(self.help_label)
        self.show_field(spec, selected=False, problems=[])

    def show_field(self, spec: fs.FieldSpec, *, selected: bool, problems: list[fs.Problem]) -> None:
        self.key = spec.key
        self.width_columns = spec.width
        self.icon_label.setPixmap(field_type_icon(spec.type).pixmap(16, 16))
        self.icon_label.setToolTip(field_type_label(spec.type))
        label = _escape(spec.label or spec.key)
        required = spec.required or spec.required_when is not None
        star = ' <span style="color:#c62828;">*</span>' if required else ""
        self.title.setText(f"<b>{label}</b>{star}")
        self.key_label.setText(spec.key)
        rules = []
        if spec.visible_when is not None:
            rules.append(self.tr("Shown only when its condition holds"))
        if spec.required_when is not None:
            rules.append(self.tr("Required when its condition holds"))
        self.rule_label.setVisible(bool(rules))
        if rules:
            self.rule_label.setPixmap(icon("mdi6.eye-outline", color="#6a1b9a").pixmap(14, 14))
            self.rule_label.setToolTip("\n".join(rules))
        errors = [p for p in problems if getattr(p, "severity", "error") == "error"]
        self.problem_label.setVisible(bool(problems))
        if problems:
            color = REFUSED if errors else "#ef6c00"
            self.problem_label.setPixmap(icon("mdi6.alert-circle", color=color).pixmap(14, 14))
        self.setToolTip("\n".join(f"• {error_message(p.error)}" for p in problems))
        self.preview.show_field(spec)
        self.help_label.setText(spec.help)
        self.help_label.setVisible(bool(spec.help))
        edge = TYPE_COLORS.get(spec.type, "#90a4ae")
        if selected:
            border, background = f"2px solid {ACCENT}", "#e3f2fd"
        elif errors:
            border, background = f"1px solid {REFUSED}", "#ffffff"
        else:
            border, background = "1px solid #cfd8dc", "#ffffff"
        self.setStyleSheet(
            f"QFrame#field-card {{ border: {border}; border-left: 4px solid {edge}; border-radius: 4px;"
            f" background: {background}; }}"
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.canvas.select(self.key)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        self.canvas.start_drag(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)


def _spans(specs: list[fs.FieldSpec]) -> list[int]:
    """The columns each field of a row spans: its width, or one each when the widths overflow the row
    (validation warns about that; every field stays visible here so it can be fixed)."""
    spans = [max(1, min(COLUMNS, spec.width or 1)) for spec in specs]
    return spans if sum(spans) <= COLUMNS else [1] * len(spans)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FormCanvas(QScrollArea):
    """The rows of field cards of a ``FormModel``; drops, moves, selection and keys.

    Signals:
        selection_changed(object): the key of the field now selected, or None.
        refused(str): a drop or a key could not be done; the reason, to show.
    """

    selection_changed = Signal(object)
    refused = Signal(str)

    def __init__(self, model: FormModel, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-canvas")
        self.model = model
        self.undo_stack = undo_stack
        self.read_only = model.read_only
        self.selected_key: str | None = None
        self.cards: dict[str, FieldCard] = {}
        self.row_widgets: list[QWidget] = []
        self.row_cards: list[list[FieldCard]] = []
        self._dragging: str | None = None
        self._pending_move: Placement | None = None

        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the sheet follows the width
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        backdrop = QWidget()
        backdrop.setObjectName("form-backdrop")
        backdrop.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        backdrop.setStyleSheet("QWidget#form-backdrop { background: #eef1f5; }")
        self.sheet = QFrame()
        self.sheet.setObjectName("form-sheet")
        self.sheet.setMaximumWidth(SHEET_WIDTH)
        self.sheet.setStyleSheet(
            "QFrame#form-sheet { background: #ffffff; border: 1px solid #dfe3e8; border-radius: 6px; }"
        )
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(ROW_SPACING)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(
            self.tr("Drag fields from the palette on the left and drop them here. Fields side by side share a row.")
        )
        self.empty_label.setObjectName("form-empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(160)
        self.empty_label.setStyleSheet(
            "QLabel#form-empty { color: #78909c; border: 2px dashed #cfd8dc; border-radius: 6px; font-size: 14px; }"
        )
        sheet_layout = QVBoxLayout(self.sheet)
        sheet_layout.setContentsMargins(20, 18, 20, 18)
        sheet_layout.addWidget(self.empty_label)
        sheet_layout.addLayout(self.rows_layout)
        sheet_layout.addStretch(1)
        outer = QHBoxLayout(backdrop)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addStretch(0)
        outer.addWidget(self.sheet, 1)
        outer.addStretch(0)
        self.setWidget(backdrop)

        self.indicator = QFrame(self.sheet)
        self.indicator.setObjectName("drop-indicator")
        self.indicator.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.indicator.hide()
        self.refusal_label = QLabel(self.sheet)
        self.refusal_label.setObjectName("drop-refusal")
        self.refusal_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.refusal_label.setStyleSheet(
            f"QLabel#drop-refusal {{ background: {REFUSED}; color: white; border-radius: 3px; padding: 2px 6px; }}"
        )
        self.refusal_label.hide()

        model.reset.connect(self._model_reset)
        model.rows_changed.connect(self._rebuild)
        model.field_changed.connect(self._field_changed)
        model.field_renamed.connect(self._field_renamed)
        model.validated.connect(self._refresh_cards)
        self._rebuild()

    # --- drawing ------------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        for widget in self.row_widgets:
            self.rows_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.cards, self.row_widgets, self.row_cards = {}, [], []
        for keys in self.model.rows:
            row = QWidget()
            row.setObjectName("form-row")
            row_layout = QGridLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setHorizontalSpacing(CARD_SPACING)
            for column in range(COLUMNS):
                row_layout.setColumnStretch(column, 1)
            specs = [self.model.field(k) for k in keys if self.model.has(k)]
            spans = _spans(specs)
            cards = []
            column = 0
            for spec, span in zip(specs, spans, strict=True):
                card = FieldCard(self, spec)
                row_layout.addWidget(card, 0, column, 1, span)
                column += span
                self.cards[spec.key] = card
                cards.append(card)
            self.rows_layout.addWidget(row)
            self.row_widgets.append(row)
            self.row_cards.append(cards)
        self.empty_label.setVisible(not self.model.rows)
        if self.selected_key is not None and self.selected_key not in self.cards:
            self.select(None)
        self._refresh_cards()
        self.indicator.raise_()
        self.refusal_label.raise_()

    def _refresh_cards(self) -> None:
        for key, card in self.cards.items():
            if self.model.has(key):
                card.show_field(
                    self.model.field(key), selected=key == self.selected_key, problems=self.model.problems_for(key)
                )

    def _field_changed(self, key: str) -> None:
        card = self.cards.get(key)
        if card is None:
            return
        spec = self.model.field(key)
        if card.width_columns != spec.width:
            self._rebuild()  # the row's columns are shared out anew
            return
        card.show_field(spec, selected=key == self.selected_key, problems=self.model.problems_for(key))

    def _field_renamed(self, old: str, new: str) -> None:
        card = self.cards.pop(old, None)
        if card is not None:
            self.cards[new] = card
            card.key = new
        if self.selected_key == old:
            self.selected_key = new
            self.selection_changed.emit(new)

    def _model_reset(self) -> None:
        self.read_only = self.model.read_only
        self.selected_key = None
        self.hide_indicator()
        self._rebuild()
        self.selection_changed.emit(None)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only

    # --- selection ----------------------------------------------------------------------------------

    def select(self, key: str | None) -> None:
        """Select the field ``key`` (None: nothing) and tell the properties panel."""
        if key is not None and key not in self.cards:
            key = None
        changed = key != self.selected_key
        previous, self.selected_key = self.selected_key, key
        for redraw in {previous, key} - {None}:
            self._field_changed(str(redraw))
        if key is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.ensureWidgetVisible(self.cards[key], 20, 20)
        if changed:
            self.selection_changed.emit(key)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(None)  # a click beside every card
        super().mousePressEvent(event)

    # --- keys ----------------------------------------------------------------------------------------

    def _handles(self, event: QKeyEvent) -> bool:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        return key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or (ctrl and key == Qt.Key.Key_D)

    def event(self, event: QEvent) -> bool:
        # Claim Delete and Ctrl+D while the canvas has focus, so no window shortcut takes them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._handles(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handles(event):
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_D:
            self.duplicate_selected()
        else:
            self.delete_selected()
        event.accept()

    # --- editing -------------------------------------------------------------------------------------

    def delete_selected(self) -> bool:
        key = self.selected_key
        if self.read_only or key is None or not self.model.has(key):
            return False
        self.undo_stack.push(RemoveField(self.model, key))
        return True

    def duplicate_selected(self) -> str | None:
        """Duplicate the selected field; the copy is selected. Returns its key."""
        key = self.selected_key
        if self.read_only or key is None or not self.model.has(key):
            return None
        command = DuplicateField(self.model, key)
        self.undo_stack.push(command)
        self.select(command.key)
        return command.key

    def add_field(self, field_type: str, placement: Placement | None = None) -> str | None:
        """Add a field of ``field_type`` (at the end of the form without a placement); it is selected."""
        if self.read_only or field_type not in fs.FIELD_TYPES:
            return None
        where = placement or Placement(len(self.model.rows))
        try:
            command = AddField(self.model, field_type, where.row, where.position)
        except ValidationError as exc:
            self.refused.emit(error_message(exc))
            return None
        self.undo_stack.push(command)
        self.select(command.key)
        return command.key

    def move_field(self, key: str, placement: Placement) -> bool:
        if self.read_only or not self.model.has(key):
            return False
        try:
            command = MoveField(self.model, key, placement.row, placement.position)
        except ValidationError as exc:
            self.refused.emit(error_message(exc))
            return False
        if command.changes_nothing():
            return False
        self.undo_stack.push(command)
        self.select(key)
        return True

    # --- dragging a card -----------------------------------------------------------------------------

    def start_drag(self, card: FieldCard) -> None:
        """Drag ``card``'s field; a drop on this canvas moves it once the drag is over.

        The move waits until ``QDrag.exec`` returns: it rebuilds the cards, and the card that
        started the drag must not be deleted while its mouse event is still running.
        """
        if self.read_only:
            return
        key = card.key
        mime = QMimeData()
        mime.setData(MIME_FIELD_KEY, QByteArray(key.encode("utf-8")))
        drag = QDrag(card)
        drag.setMimeData(mime)
        drag.setPixmap(
            card.grab().scaledToWidth(min(240, max(1, card.width())), Qt.TransformationMode.SmoothTransformation)
        )
        drag.setHotSpot(QPoint(12, 12))
        self._dragging, self._pending_move = key, None
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self._dragging = None
        pending, self._pending_move = self._pending_move, None
        if pending is not None:
            self.move_field(key, pending)

    # --- drops ---------------------------------------------------------------------------------------

    def _payload(self, mime: QMimeData) -> tuple[str, str] | None:
        """("type", field type) from the palette or ("key", field key) from a card; None for anything else."""
        field_type = _decode(mime, MIME_FIELD_TYPE)
        if field_type in fs.FIELD_TYPES:
            return "type", field_type
        key = _decode(mime, MIME_FIELD_KEY)
        if key and self.model.has(key):
            return "key", key
        return None

    def _sheet_point(self, viewport_point: QPoint) -> QPoint:
        return self.sheet.mapFrom(self.viewport(), viewport_point)

    def target_at(self, viewport_point: QPoint, moving: str | None = None) -> DropTarget:
        """Where a field dropped at ``viewport_point`` would go (``moving``: the key of a field being moved)."""
        layout = self.sheet.layout()
        if layout is not None:
            layout.activate()
        point = self._sheet_point(viewport_point)
        placement = Placement(len(self.row_widgets))
        for number, row in enumerate(self.row_widgets):
            geometry = row.geometry()
            if point.y() < geometry.top():
                placement = Placement(number)
                break
            if point.y() <= geometry.bottom():
                band = min(EDGE_BAND, geometry.height() // 4)
                if point.y() < geometry.top() + band:
                    placement = Placement(number)
                elif point.y() > geometry.bottom() - band:
                    placement = Placement(number + 1)
                else:
                    cards = self.row_cards[number]
                    x = row.mapFrom(self.sheet, point).x()
                    position = sum(1 for c in cards if c.geometry().center().x() < x)
                    placement = Placement(number, position)
                break
        allowed = fits(self.model.rows, moving or "\0", placement)
        return DropTarget(placement, allowed)

    def _indicator_rect(self, placement: Placement) -> QRect:
        margins = self.sheet.contentsMargins()
        left, right = margins.left(), self.sheet.width() - margins.right()
        if placement.new_row:
            if not self.row_widgets:
                y = self.empty_label.geometry().top() if self.empty_label.isVisible() else margins.top()
            elif placement.row < len(self.row_widgets):
                y = self.row_widgets[placement.row].geometry().top() - ROW_SPACING // 2
            else:
                y = self.row_widgets[-1].geometry().bottom() + ROW_SPACING // 2
            return QRect(left, y - INDICATOR // 2, right - left, INDICATOR)
        row = self.row_widgets[placement.row]
        cards = self.row_cards[placement.row]
        top_left = row.geometry().topLeft()
        position = placement.position or 0
        if not cards:
            x = 0
        elif position < len(cards):
            x = cards[position].geometry().left() - CARD_SPACING // 2
        else:
            x = cards[-1].geometry().right() + CARD_SPACING // 2
        return QRect(top_left.x() + x - INDICATOR // 2, top_left.y(), INDICATOR, row.height())

    def _show_indicator(self, target: DropTarget) -> None:
        color = ACCENT if target.allowed else REFUSED
        self.indicator.setStyleSheet(f"QFrame#drop-indicator {{ background: {color}; border-radius: 1px; }}")
        rect = self._indicator_rect(target.placement)
        self.indicator.setGeometry(rect)
        self.indicator.show()
        self.indicator.raise_()
        if target.allowed:
            self.refusal_label.hide()
        else:
            self.refusal_label.setText(self.tr("This row is full: at most {count} fields").format(count=MAX_PER_ROW))
            self.refusal_label.adjustSize()
            self.refusal_label.move(
                max(0, rect.center().x() - self.refusal_label.width() // 2), max(0, rect.top() - 24)
            )
            self.refusal_label.show()
            self.refusal_label.raise_()

    def hide_indicator(self) -> None:
        self.indicator.hide()
        self.refusal_label.hide()

    def drop_indicator_visible(self) -> bool:
        return self.indicator.isVisible()

    def _autoscroll(self, point: QPoint) -> None:
        bar = self.verticalScrollBar()
        if point.y() < SCROLL_MARGIN:
            bar.setValue(bar.value() - SCROLL_STEP)
        elif point.y() > self.viewport().height() - SCROLL_MARGIN:
            bar.setValue(bar.value() + SCROLL_STEP)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.read_only or self._payload(event.mimeData()) is None:
            event.ignore()
            return
        # Accept the enter even over a full row: the drag may go on to a place that takes it.
        event.acceptProposedAction()
        self._drag_over(event)
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.read_only or self._payload(event.mimeData()) is None:
            event.ignore()
            return
        self._autoscroll(event.position().toPoint())
        self._drag_over(event)

    def _drag_over(self, event: QDragMoveEvent) -> None:
        payload = self._payload(event.mimeData())
        moving = payload[1] if payload is not None and payload[0] == "key" else None
        target = self.target_at(event.position().toPoint(), moving)
        self._show_indicator(target)
        if target.allowed:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.hide_indicator()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.hide_indicator()
        payload = self._payload(event.mimeData())
        if self.read_only or payload is None:
            event.ignore()
            return
        kind, value = payload
        target = self.target_at(event.position().toPoint(), value if kind == "key" else None)
        if not target.allowed:
            self.refused.emit(self.tr("This row is full: at most {count} fields").format(count=MAX_PER_ROW))
            event.ignore()
            return
        if kind == "type":
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.add_field(value, target.placement)
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if self._dragging == value:
            self._pending_move = target.placement  # done once the drag is over (``start_drag``)
        else:
            self.move_field(value, target.placement)

    def placement_would_change(self, key: str, placement: Placement) -> bool:
        """Whether moving ``key`` to ``placement`` would change the form (for tests and the indicator)."""
        rows = placed(self.model.rows, key, placement)
        return rows is not None and rows != self.model.rows
