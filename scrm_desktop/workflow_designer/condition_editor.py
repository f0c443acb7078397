"""The condition of a connection leaving an exclusive gateway, edited two ways.

The **builder** is a list of comparisons (field, operator, value) joined by "all of" or "any
of": what most conditions are. The **text** mode edits the same condition as a text expression
(``amount >= 1000 and scenario in ['安装', '维修']``), checked as the user types by the project's
own evaluator (``services.expressions``; no ``eval``). Switching from the builder to text always
works; from text to the builder only when the text is a flat list of comparisons, otherwise the
editor stays in text mode and says why.

Nothing reaches the workflow until the user presses Apply (or Remove condition): the editor
then emits ``condition_committed`` once with the new condition (or None), and the properties
panel turns it into one undoable step.

Stored values stay JSON: whole numbers are stored as numbers; a comparison with a fractional
amount (``amount >= 999.50``) is stored as a text leaf so the amount stays exact (money is never
a float).

A condition imported from BPMN in a language this program never executes (JUEL, FEEL …) is
shown read-only under a warning; writing a new condition and applying it replaces it.

The editor is also used by the form designer for a field's "visible when" and "required when"
rules: what it says about the condition (a path taken, a field shown …) comes from
``ConditionWording``; the workflow's wording is the default.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import expressions
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.views.widgets import ERROR_COLOR, HINT_COLOR, ICON_COLOR, hint_label

NUMERIC_TYPES = ("money", "number")
WARNING_COLOR = "#ef6c00"
OK_COLOR = "#2e7d32"
BUILDER_TAB, TEXT_TAB = 0, 1
LIST_SEPARATORS = (",", "，", "、")
PY_OPS = {"==": "==", "!=": "!=", ">": ">", ">=": ">=", "<": "<", "<=": "<=", "in": "in", "not_in": "not in"}
_AST_OPS: dict[type[ast.cmpop], str] = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.In: "in",
    ast.NotIn: "not_in",
}

Row = tuple[str, str, str]  # field, operator, value as the user writes it


def operator_label(op: str) -> str:
    labels = {
        "==": QCoreApplication.translate("ConditionEditor", "equals"),
        "!=": QCoreApplication.translate("ConditionEditor", "does not equal"),
        ">": QCoreApplication.translate("ConditionEditor", "greater than"),
        ">=": QCoreApplication.translate("ConditionEditor", "at least"),
        "<": QCoreApplication.translate("ConditionEditor", "less than"),
        "<=": QCoreApplication.translate("ConditionEditor", "at most"),
        "in": QCoreApplication.translate("ConditionEditor", "is one of"),
        "not_in": QCoreApplication.translate("ConditionEditor", "is none of"),
        "contains": QCoreApplication.translate("ConditionEditor", "contains"),
        "empty": QCoreApplication.translate("ConditionEditor", "is empty"),
        "not_empty": QCoreApplication.translate("ConditionEditor", "is not empty"),
    }
    return labels.get(op, op)


def field_type_label(kind: str) -> str:
    labels = {
        "money": QCoreApplication.translate("ConditionEditor", "amount"),
        "number": QCoreApplication.translate("ConditionEditor", "number"),
        "text": QCoreApplication.translate("ConditionEditor", "text"),
        "date": QCoreApplication.translate("ConditionEditor", "date"),
        "bool": QCoreApplication.translate("ConditionEditor", "yes/no"),
        "choice": QCoreApplication.translate("ConditionEditor", "choice"),
        "form": QCoreApplication.translate("ConditionEditor", "form field"),
    }
    return labels.get(kind, kind)


def work_order_field_label(key: str) -> str:
    """What the fields every work order brings are called (``workflow_graph.WORK_ORDER_FIELDS``)."""
    labels = {
        "amount": QCoreApplication.translate("ConditionEditor", "Settlement amount"),
        "sales_amount": QCoreApplication.translate("ConditionEditor", "Sales amount"),
        "scenario": QCoreApplication.translate("ConditionEditor", "Scenario"),
        "provider_type": QCoreApplication.translate("ConditionEditor", "Provider type"),
        "region_code": QCoreApplication.translate("ConditionEditor", "Region code"),
        "province_code": QCoreApplication.translate("ConditionEditor", "Province code"),
        "city_code": QCoreApplication.translate("ConditionEditor", "City code"),
        "complexity": QCoreApplication.translate("ConditionEditor", "Complexity"),
        "line_count": QCoreApplication.translate("ConditionEditor", "Number of lines"),
        "approved": QCoreApplication.translate("ConditionEditor", "Approved"),
    }
    return labels.get(key, "")


@dataclass(frozen=True)
class ConditionWording:
    """What the editor says about the condition it edits (already translated).

    ``unknown_names`` is formatted with ``{names}``: the names the condition reads that are not
    among the fields offered.
    """

    lead: str
    no_comparison: str
    empty_text: str
    unknown_names: str


def workflow_wording() -> ConditionWording:
    """The wording for a connection leaving a gateway (the default)."""
    return ConditionWording(
        lead=QCoreApplication.translate("ConditionEditor", "Take this path when"),
        no_comparison=QCoreApplication.translate("ConditionEditor", "No comparison: the path has no condition."),
        empty_text=QCoreApplication.translate("ConditionEditor", "Empty: the path has no condition."),
        unknown_names=QCoreApplication.translate(
            "ConditionEditor", "No earlier node records {names}; publishing will be refused until it does."
        ),
    )


def operators_for(kind: str) -> tuple[str, ...]:
    """The operators that make sense for a field of ``kind``."""
    if kind == "bool":
        return ("==", "!=", "empty", "not_empty")
    if kind in NUMERIC_TYPES:
        return ("==", "!=", ">", ">=", "<", "<=", "in", "not_in", "empty", "not_empty")
    return expressions.CONDITION_OPS


# --- converting between the builder's rows and conditions ------------------------------------------


def _value_text(value: Any) -> str | None:
    """A leaf value as the builder shows it; None when the builder cannot show it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        items = [None if isinstance(v, list | tuple) else _value_text(v) for v in value]
        if any(i is None or any(s in i for s in LIST_SEPARATORS) for i in items):
            return None
        return ", ".join(i for i in items if i is not None)
    return None


def rows_from_condition(cond: Mapping[str, Any] | None) -> tuple[str, list[Row]] | None:
    """``("all" | "any", rows)`` when the builder can show ``cond``; None when it cannot."""
    if cond is None:
        return "all", []
    if "expr" in cond and len(cond) == 1:
        return rows_from_text(str(cond["expr"]))
    match = "all"
    items: Sequence[Any]
    if "all" in cond or "any" in cond:
        match = "all" if "all" in cond else "any"
        items = cond[match] if isinstance(cond[match], list | tuple) else []
        if len(cond) != 1:
            return None
    else:
        items = [cond]
    rows: list[Row] = []
    for item in items:
        if not isinstance(item, Mapping):
            return None
        if "expr" in item and len(item) == 1:
            found = rows_from_text(str(item["expr"]))
            if found is None or len(found[1]) != 1:
                return None
            rows.extend(found[1])
            continue
        if "field" not in item or "op" not in item or item["op"] not in expressions.CONDITION_OPS:
            return None
        value = "" if item["op"] in ("empty", "not_empty") else _value_text(item.get("value"))
        if value is None:
            return None
        rows.append((str(item["field"]), str(item["op"]), value))
    return match, rows


def rows_from_text(text: str) -> tuple[str, list[Row]] | None:
    """The rows of a text expression that is a flat ``and`` or ``or`` of comparisons, else None."""
    try:
        expressions.parse(text)
        tree = ast.parse(text.strip(), mode="eval")
    except (ValidationError, SyntaxError, ValueError):
        return None
    body = tree.body
    match = "all"
    parts: list[ast.expr] = [body]
    if isinstance(body, ast.BoolOp):
        match = "all" if isinstance(body.op, ast.And) else "any"
        parts = list(body.values)
    rows: list[Row] = []
    for part in parts:
        row = _row_of(part, text.strip())
        if row is None:
            return None
        rows.append(row)
    return match, rows


def _row_of(node: ast.expr, source: str) -> Row | None:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = _row_of(node.operand, source)
        return (inner[0], "not_empty", "") if inner is not None and inner[1] == "empty" else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
        args = node.args
        if node.func.id == "empty" and len(args) == 1 and isinstance(args[0], ast.Name):
            return args[0].id, "empty", ""
        if node.func.id == "contains" and len(args) == 2 and isinstance(args[0], ast.Name):
            value = _literal_text(args[1], source)
            return (args[0].id, "contains", value) if value is not None else None
        return None
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.left, ast.Name)):
        return None
    op = _AST_OPS.get(type(node.ops[0]))
    if op is None:
        return None
    right = node.comparators[0]
    if op in ("in", "not_in"):
        if not isinstance(right, ast.List | ast.Tuple):
            return None
        items = [_literal_text(item, source) for item in right.elts]
        if any(i is None or any(s in i for s in LIST_SEPARATORS) for i in items):
            return None
        return node.left.id, op, ", ".join(i for i in items if i is not None)
    value = _literal_text(right, source)
    return (node.left.id, op, value) if value is not None else None


def _literal_text(node: ast.expr, source: str) -> str | None:
    """A constant of the text as the builder writes it (numbers exactly as written)."""
    negative = False
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        negative, node = True, node.operand
    if not isinstance(node, ast.Constant):
        return None
    value = node.value
    if isinstance(value, bool):
        return None if negative else ("true" if value else "false")
    if isinstance(value, int | float):
        segment = (ast.get_source_segment(source, node) or repr(value)).replace("_", "")
        return f"-{segment}" if negative else segment
    if isinstance(value, str) and not negative:
        return value
    return None


def _number(text: str) -> Decimal | None:
    try:
        number = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _is_whole(number: Decimal) -> bool:
    return number == number.to_integral_value()


class RowError(Exception):
    """A builder row whose value does not fit its field; the message is shown under the rows."""


def leaf_of(field: str, op: str, text: str, kind: str) -> dict[str, Any]:
    """The stored condition of one builder row; raises RowError with a message the user can act on."""
    if op in ("empty", "not_empty"):
        return {"field": field, "op": op}
    if op in ("in", "not_in"):
        parts = [p.strip() for p in _split(text) if p.strip()]
        if not parts:
            raise RowError(
                QCoreApplication.translate("ConditionEditor", "Write one or more values, separated by commas.")
            )
        if kind in NUMERIC_TYPES:
            numbers = [_number(p) for p in parts]
            bad = next((p for p, n in zip(parts, numbers, strict=True) if n is None), None)
            if bad is not None:
                raise RowError(
                    QCoreApplication.translate("ConditionEditor", "'{value}' is not a number.").format(value=bad)
                )
            exact = [n for n in numbers if n is not None]
            if all(_is_whole(n) for n in exact):
                return {"field": field, "op": op, "value": [int(n) for n in exact]}
            return {"expr": f"{field} {PY_OPS[op]} [{', '.join(str(n) for n in exact)}]"}
        return {"field": field, "op": op, "value": parts}
    if kind == "bool":
        if text not in ("true", "false"):
            raise RowError(QCoreApplication.translate("ConditionEditor", "Choose yes or no."))
        return {"field": field, "op": op, "value": text == "true"}
    if kind in NUMERIC_TYPES and op != "contains":
        number = _number(text)
        if number is None:
            raise RowError(
                QCoreApplication.translate("ConditionEditor", "'{value}' is not a number.").format(value=text.strip())
            )
        if _is_whole(number):
            return {"field": field, "op": op, "value": int(number)}
        return {"expr": f"{field} {PY_OPS[op]} {number}"}
    if op in (">", ">=", "<", "<=", "contains") and not text.strip():
        raise RowError(QCoreApplication.translate("ConditionEditor", "Write a value to compare with."))
    return {"field": field, "op": op, "value": text.strip()}


def _split(text: str) -> list[str]:
    for separator in LIST_SEPARATORS[1:]:
        text = text.replace(separator, ",")
    return text.split(",")


# --- widgets ----------------------------------------------------------------------------------


class ConditionRow(QWidget):
    """One comparison of the builder: field, operator, value, and a button that removes it.

    Signals:
        changed(): the user changed the field, the operator or the value.
        remove_requested(): the user pressed the remove button.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, fields: Mapping[str, str], labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = dict(fields)
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("condition-field")
        self.field_combo.setMinimumContentsLength(10)
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for key, kind in sorted(fields.items()):
            label = labels.get(key, "")
            text = f"{label} ({key})" if label else key
            self.field_combo.addItem(f"{text} · {field_type_label(kind)}", key)
        self.op_combo = QComboBox()
        self.op_combo.setObjectName("condition-op")
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("condition-value")
        self.bool_combo = QComboBox()
        self.bool_combo.setObjectName("condition-bool")
        self.bool_combo.addItem(self.tr("yes"), "true")
        self.bool_combo.addItem(self.tr("no"), "false")
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icon("mdi6.close", color=ICON_COLOR))
        self.remove_button.setToolTip(self.tr("Remove this comparison"))
        self.remove_button.clicked.connect(self.remove_requested.emit)
        # Two lines, so a row fits the narrow properties panel: the field, then operator and value.
        self.setObjectName("condition-row")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#condition-row { border: 1px solid #dfe3e8; border-radius: 4px; }")
        first = QHBoxLayout()
        first.addWidget(self.field_combo, 1)
        first.addWidget(self.remove_button)
        second = QHBoxLayout()
        second.addWidget(self.op_combo, 2)
        second.addWidget(self.value_edit, 3)
        second.addWidget(self.bool_combo, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        self.field_combo.currentIndexChanged.connect(lambda _i: self._field_changed())
        self.op_combo.currentIndexChanged.connect(lambda _i: self._op_changed())
        self.value_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.bool_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._field_changed()

    def kind(self) -> str:
        return self.fields.get(self.field(), "text")

    def field(self) -> str:
        return str(self.field_combo.currentData() or "")

    def op(self) -> str:
        return str(self.op_combo.currentData() or "==")

    def set_row(self, field: str, op: str, value: str) -> None:
        index = self.field_combo.findData(field)
        if index < 0:  # a name no earlier node records: keep it, marked, so nothing is lost silently
            self.field_combo.addItem(self.tr("{name} · unknown field").format(name=field), field)
            index = self.field_combo.count() - 1
        self.field_combo.setCurrentIndex(index)
        ops_index = self.op_combo.findData(op)
        if ops_index < 0:
            self.op_combo.addItem(operator_label(op), op)
            ops_index = self.op_combo.count() - 1
        self.op_combo.setCurrentIndex(ops_index)
        if self.kind() == "bool" and op in ("==", "!="):
            self.bool_combo.setCurrentIndex(max(0, self.bool_combo.findData(value)))
        else:
            self.value_edit.setText(value)

    def value(self) -> str:
        if self.kind() == "bool" and self.op() in ("==", "!="):
            return str(self.bool_combo.currentData())
        return self.value_edit.text()

    def leaf(self) -> dict[str, Any]:
        """The stored condition of this row (raises RowError)."""
        if not self.field():
            raise RowError(self.tr("Choose a field."))
        return leaf_of(self.field(), self.op(), self.value(), self.kind())

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.field_combo, self.op_combo, self.bool_combo, self.remove_button):
            widget.setEnabled(not read_only)
        self.value_edit.setReadOnly(read_only)

    def _field_changed(self) -> None:
        current = self.op()
        self.op_combo.blockSignals(True)
        self.op_combo.clear()
        for op in operators_for(self.kind()):
            self.op_combo.addItem(operator_label(op), op)
        self.op_combo.setCurrentIndex(max(0, self.op_combo.findData(current)))
        self.op_combo.blockSignals(False)
        self._op_changed()

    def _op_changed(self) -> None:
        op, kind = self.op(), self.kind()
        no_value = op in ("empty", "not_empty")
        use_bool = kind == "bool" and not no_value
        self.bool_combo.setVisible(use_bool)
        self.value_edit.setVisible(not use_bool)
        self.value_edit.setEnabled(not no_value)
        if no_value:
            self.value_edit.setPlaceholderText(self.tr("(no value)"))
        elif op in ("in", "not_in"):
            self.value_edit.setPlaceholderText(self.tr("Values separated by commas, e.g. 安装, 维修"))
        elif kind in NUMERIC_TYPES:
            self.value_edit.setPlaceholderText(self.tr("A number, e.g. 1000"))
        else:
            self.value_edit.setPlaceholderText(self.tr("Text to compare with"))
        self.changed.emit()


class ConditionEditor(QWidget):
    """The builder and the text mode of one condition, with Apply and Remove condition.

    ``set_condition`` shows a condition (and the fields it may read); nothing changes the
    workflow until Apply, which emits ``condition_committed`` once.

    Signals:
        condition_committed(object): the new condition (a dict), or None to remove it.
    """

    condition_committed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, wording: ConditionWording | None = None) -> None:
        super().__init__(parent)
        self.wording = wording or workflow_wording()
        self.fields: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.condition: dict[str, Any] | None = None
        self.foreign: dict[str, str] | None = None
        self.read_only = False
        self.rows: list[ConditionRow] = []
        self._loading = False

        # Foreign (imported) condition: shown, never executed.
        self.foreign_box = QFrame()
        self.foreign_box.setObjectName("foreign-condition")
        self.foreign_box.setStyleSheet(
            "QFrame#foreign-condition { background: #fff8e1; border: 1px solid #ffcc80; border-radius: 4px; }"
        )
        self.foreign_banner = QLabel()
        self.foreign_banner.setObjectName("foreign-banner")
        self.foreign_banner.setWordWrap(True)
        self.foreign_body = QPlainTextEdit()
        self.foreign_body.setObjectName("foreign-body")
        self.foreign_body.setReadOnly(True)
        self.foreign_body.setMaximumHeight(70)
        foreign_layout = QVBoxLayout(self.foreign_box)
        foreign_layout.addWidget(self.foreign_banner)
        foreign_layout.addWidget(self.foreign_body)

        # Builder.
        self.match_combo = QComboBox()
        self.match_combo.setObjectName("condition-match")
        self.match_combo.addItem(self.tr("all of these hold"), "all")
        self.match_combo.addItem(self.tr("any of these holds"), "any")
        self.match_combo.currentIndexChanged.connect(lambda _i: self._builder_changed())
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        self.add_row_button = QPushButton(icon("mdi6.plus", color=ICON_COLOR), self.tr("Add comparison"))
        self.add_row_button.setObjectName("condition-add-row")
        self.add_row_button.clicked.connect(lambda _checked=False: self.add_row())
        self.builder_message = QLabel()
        self.builder_message.setObjectName("condition-builder-message")
        self.builder_message.setWordWrap(True)
        builder = QWidget()
        builder_layout = QVBoxLayout(builder)
        match_row = QHBoxLayout()
        match_row.addWidget(QLabel(self.wording.lead))
        match_row.addWidget(self.match_combo)
        match_row.addStretch(1)
        builder_layout.addLayout(match_row)
        builder_layout.addLayout(self.rows_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_row_button)
        add_row.addStretch(1)
        builder_layout.addLayout(add_row)
        builder_layout.addWidget(self.builder_message)
        builder_layout.addStretch(1)

        # Text.
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("condition-text")
        self.text_edit.setPlaceholderText("amount >= 1000 and scenario in ['安装', '维修']")
        self.text_edit.setMaximumHeight(90)
        self.text_edit.textChanged.connect(self._check_text)
        self.text_message = QLabel()
        self.text_message.setObjectName("condition-text-message")
        self.text_message.setWordWrap(True)
        self.text_note = hint_label("")
        self.text_note.setObjectName("condition-text-note")
        self.text_note.setVisible(False)
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        text_layout.addWidget(self.text_note)
        text_layout.addWidget(self.text_edit)
        text_layout.addWidget(self.text_message)
        text_layout.addWidget(
            hint_label(
                self.tr(
                    "Operators: == != > >= < <= in, not in, and, or, not; functions: empty(x), contains(x, 'text'), "
                    "len, min, max, round, upper, lower, startswith."
                )
            )
        )
        text_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("condition-tabs")
        self.tabs.addTab(builder, self.tr("Builder"))
        self.tabs.addTab(text_page, self.tr("Text"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.apply_button = QPushButton(icon("mdi6.check", color=ICON_COLOR), self.tr("Apply"))
        self.apply_button.setObjectName("condition-apply")
        self.apply_button.clicked.connect(lambda _checked=False: self.apply())
        self.clear_button = QPushButton(icon("mdi6.delete-outline", color=ICON_COLOR), self.tr("Remove condition"))
        self.clear_button.setObjectName("condition-clear")
        self.clear_button.clicked.connect(lambda _checked=False: self.clear())
        self.state_label = QLabel()
        self.state_label.setObjectName("condition-state")
        self.state_label.setStyleSheet(f"color: {HINT_COLOR};")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.foreign_box)
        layout.addWidget(self.tabs)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        self.set_condition(None, {})

    # --- showing ----------------------------------------------------------------------------------

    def set_condition(
        self,
        condition: Mapping[str, Any] | None,
        fields: Mapping[str, str],
        foreign: Mapping[str, str] | None = None,
        *,
        labels: Mapping[str, str] | None = None,
        keep_mode: bool = False,
    ) -> None:
        """Show ``condition`` (None: none yet) for a connection whose conditions may read ``fields``.

        ``keep_mode`` keeps the tab the user is in when it can show the condition (a reload after
        Apply or an undo); otherwise the builder is chosen when it can show the condition.
        """
        self._loading = True
        try:
            self.fields = dict(fields)
            self.labels = {k: labels.get(k, "") for k in fields} if labels else {}
            for key in self.fields:
                self.labels[key] = self.labels.get(key) or work_order_field_label(key)
            self.condition = dict(condition) if condition is not None else None
            self.foreign = dict(foreign) if foreign is not None else None
            representable = rows_from_condition(self.condition)
            self._clear_rows()
            if representable is not None:
                match, rows = representable
                self.match_combo.setCurrentIndex(max(0, self.match_combo.findData(match)))
                for field, op, value in rows:
                    self.add_row().set_row(field, op, value)
            self.text_edit.setPlainText(self._text_of(self.condition))
            want_text = representable is None or (keep_mode and self.tabs.currentIndex() == TEXT_TAB)
            self.tabs.setCurrentIndex(TEXT_TAB if want_text else BUILDER_TAB)
            self._note_unrepresentable(representable is None)
            self._show_foreign()
        finally:
            self._loading = False
        self._builder_changed()
        self._check_text()
        self._update_state()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.match_combo.setEnabled(not read_only)
        self.add_row_button.setEnabled(not read_only)
        self.text_edit.setReadOnly(read_only)
        for row in self.rows:
            row.set_read_only(read_only)
        self._update_state()

    def _text_of(self, condition: Mapping[str, Any] | None) -> str:
        if condition is None:
            return ""
        if set(condition) == {"expr"}:
            return str(condition["expr"])
        try:
            return expressions.describe_condition(condition)
        except ValidationError:
            return ""

    def _show_foreign(self) -> None:
        self.foreign_box.setVisible(self.foreign is not None)
        if self.foreign is None:
            return
        language = self.foreign.get("language") or self.tr("an unknown language")
        self.foreign_banner.setText(
            self.tr(
                "⚠ This condition was imported in {language}, which this program never executes, so the "
                "workflow cannot be published yet. Write the condition again below and apply it; the imported "
                "one is then removed."
            ).format(language=language)
        )
        self.foreign_body.setPlainText(self.foreign.get("body", ""))

    def _note_unrepresentable(self, shown: bool) -> None:
        self.text_note.setVisible(shown)
        if shown:
            self.text_note.setText(
                self.tr(
                    "This condition has nested groups or calculations, which the builder cannot show; edit it as text."
                )
            )

    # --- builder ----------------------------------------------------------------------------------

    def add_row(self) -> ConditionRow:
        row = ConditionRow(self.fields, self.labels)
        row.changed.connect(self._builder_changed)
        row.remove_requested.connect(lambda: self.remove_row(row))
        row.set_read_only(self.read_only)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._builder_changed()
        return row

    def remove_row(self, row: ConditionRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self.rows_layout.removeWidget(row)
            row.hide()  # gone at once, not when the deferred delete comes
            row.deleteLater()
            self._builder_changed()

    def _clear_rows(self) -> None:
        for row in list(self.rows):
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def builder_condition(self) -> dict[str, Any] | None:
        """The builder's condition (None with no rows); raises RowError naming the row that is wrong."""
        leaves = []
        for number, row in enumerate(self.rows, start=1):
            try:
                leaves.append(row.leaf())
            except RowError as exc:
                raise RowError(self.tr("Comparison {number}: {reason}").format(number=number, reason=exc)) from None
        if not leaves:
            return None
        condition = {str(self.match_combo.currentData()): leaves}
        try:
            expressions.check_condition(condition)
        except ValidationError as exc:
            raise RowError(error_message(exc)) from None
        return condition

    def _builder_changed(self) -> None:
        if self._loading:
            return
        try:
            condition = self.builder_condition()
        except RowError as exc:
            self._message(self.builder_message, str(exc), ERROR_COLOR)
        else:
            if condition is None:
                self._message(self.builder_message, self.wording.no_comparison, HINT_COLOR)
            else:
                self._message(self.builder_message, self._text_of(condition), HINT_COLOR)
        self._update_state()

    # --- text -------------------------------------------------------------------------------------

    def text_condition(self) -> dict[str, Any] | None:
        """The text mode's condition (None when empty); raises ValidationError when it does not parse."""
        text = self.text_edit.toPlainText().strip()
        if not text:
            return None
        condition = {"expr": text}
        expressions.check_condition(condition)
        return condition

    def unknown_names(self, condition: Mapping[str, Any] | None) -> list[str]:
        if condition is None:
            return []
        try:
            names = expressions.condition_names(condition)
        except ValidationError:
            return []
        return sorted(names - set(self.fields))

    def _check_text(self) -> None:
        if self._loading:
            return
        try:
            condition = self.text_condition()
        except ValidationError as exc:
            self._message(self.text_message, error_message(exc), ERROR_COLOR)
        else:
            unknown = self.unknown_names(condition)
            if condition is None:
                self._message(self.text_message, self.wording.empty_text, HINT_COLOR)
            elif unknown:
                self._message(
                    self.text_message,
                    self.wording.unknown_names.format(names="、".join(unknown)),
                    WARNING_COLOR,
                )
            else:
                self._message(self.text_message, self.tr("✓ The condition is valid."), OK_COLOR)
        self._update_state()

    # --- switching and committing -----------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self._loading:
            return
        if index == TEXT_TAB:
            try:
                condition = self.builder_condition()
            except RowError:
                return  # keep the text as it was: the builder's rows are not finished
            self._loading = True
            self.text_edit.setPlainText(self._text_of(condition))
            self._loading = False
            self._note_unrepresentable(False)
            self._check_text()
            return
        try:
            condition = self.text_condition()
        except ValidationError:
            condition = None
            representable = None
        else:
            representable = rows_from_condition(condition)
        if representable is None:
            self._loading = True
            self.tabs.setCurrentIndex(TEXT_TAB)
            self._loading = False
            self._note_unrepresentable(True)
            if self.text_edit.toPlainText().strip() and condition is None:
                self.text_note.setText(self.tr("Correct the text first; the builder can only show a valid condition."))
            return
        self._loading = True
        try:
            self._clear_rows()
            match, rows = representable
            self.match_combo.setCurrentIndex(max(0, self.match_combo.findData(match)))
            for field, op, value in rows:
                self.add_row().set_row(field, op, value)
        finally:
            self._loading = False
        self._builder_changed()

    def pending(self) -> dict[str, Any] | None:
        """What Apply would commit from the tab shown; raises RowError or ValidationError."""
        if self.tabs.currentIndex() == TEXT_TAB:
            return self.text_condition()
        return self.builder_condition()

    def apply(self) -> bool:
        """Commit the tab's condition; False (and nothing committed) when it is not valid."""
        if self.read_only:
            return False
        try:
            condition = self.pending()
        except (RowError, ValidationError):
            return False
        self.condition = condition
        self.condition_committed.emit(condition)
        self._update_state()
        return True

    def clear(self) -> None:
        """Remove the condition (and an imported one)."""
        if self.read_only or (self.condition is None and self.foreign is None):
            return
        self.condition = None
        self.condition_committed.emit(None)
        self.set_condition(None, self.fields, None, labels=self.labels, keep_mode=True)  # empty rows and text

    def _update_state(self) -> None:
        try:
            pending = self.pending()
            valid = True
        except (RowError, ValidationError):
            pending, valid = None, False
        changed = valid and (
            not self._same(pending, self.condition) or (self.foreign is not None and pending is not None)
        )
        self.apply_button.setEnabled(not self.read_only and changed)
        self.clear_button.setEnabled(not self.read_only and (self.condition is not None or self.foreign is not None))
        if self.read_only:
            self.state_label.setText("")
        elif not valid:
            self.state_label.setText(self.tr("Not applied: correct the condition first."))
        elif changed:
            self.state_label.setText(self.tr("Changed: press Apply."))
        else:
            self.state_label.setText("")

    def _same(self, a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
        """Whether two conditions mean the same (the builder and the text write them differently)."""
        if a is None or b is None:
            return a is b
        return a == b or self._text_of(a) == self._text_of(b)

    @staticmethod
    def _message(label: QLabel, text: str, color: str) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {color};")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
