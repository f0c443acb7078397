"""The "流程" tab of the work-order editor: where the work order stands in its workflow.

``WorkOrderFlowPanel`` shows the workflow and version the work order is pinned to and whether it
is running or finished; a dispatcher starts it when there is none yet (a chosen workflow, or the
one the workflow rules choose). Each active node gets a card (``ActiveNodeCard``): stage, assignee,
when it was entered, the SLA due time in the user's zone (a red badge once overdue, the time left
otherwise), for an approval the approvers and votes so far, and the actions ``FlowState.actions``
allows this user: the node's form and 提交并前进, 同意 / 驳回 for an approval, 退回… to an
earlier node. The history table lists every step; selecting one shows what it recorded: a form
submission rendered read-only with the form version it was made with ("表单 方案报价单 v1"), other
data as text.

A node with a form (``form_key``) gets a ``FormRenderer`` of the version a submission would use now
(``workflow_engine.node_form``), with the node's field permissions, the work order for the prices
of catalog lines, and what earlier submissions of that form recorded filled in. 提交并前进 first runs
the renderer's own check (the rules the service applies): with errors they are shown next to their
fields and nothing is sent. A node without a form gets ``NodeDataForm``, built from its ``outputs``.

Every button calls one service function of ``services/workflow_engine.py`` with the state's lock
version as ``expected_version`` and shows the state the service returns. A refusal that names form
fields is said next to them (all of them for a form); any other refusal goes through ``show_error``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import forms, workflow_engine, workflows
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ScrmError, ValidationError
from scrm_desktop.services.money import parse_money
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.workflow_engine import ActionOption, ActiveNode, FlowState, NodeForm, StepRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error, show_error
from scrm_desktop.views.form_runtime import FormRenderer
from scrm_desktop.views.labels import local_time, role_label
from scrm_desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from scrm_desktop.views.widgets import (
    ERROR_COLOR,
    ICON_COLOR,
    OptionalDate,
    date_edit,
    error_label,
    field_column,
    hint_label,
    setup_table,
)
from scrm_desktop.views.work_order_labels import STATUS_COLORS
from scrm_desktop.views.work_order_parts import AMOUNT_PATTERN
from scrm_desktop.views.work_order_widgets import badge_style

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NUMBER_PATTERN = r"-?\d{0,12}([.]\d{0,6})?"
RUNNING_COLOR = STATUS_COLORS["in_progress"]
FINISHED_COLOR = STATUS_COLORS["completed"]
DUE_COLOR = STATUS_COLORS["assigned"]
RULES_CHOOSE = ""  # what ``ask_workflow`` returns for "let the workflow rules choose"
# The room the cards ask for while one shows a form (a form is more than a few buttons).
FORM_CARDS_WIDTH = 630
FORM_CARDS_HEIGHT = 400
CARDS_WIDTH = 360
Editor = QLineEdit | QCheckBox | QComboBox | QDateEdit | OptionalDate


# --- the generic data form ------------------------------------------------------------------------


class NodeDataForm(QWidget):
    """One editor per output of a task: text, money, number, date, yes/no or a choice.

    ``values()`` reads them as the engine takes them (money and numbers as ``Decimal``, dates as
    ``datetime.date``, an empty optional field as None). What cannot be read (an amount with three
    decimals) is said under its field and nothing is returned; ``show_field_error`` does the same
    for a refusal of the service that names a field.
    """

    def __init__(self, outputs: Sequence[wg.Output], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outputs = list(outputs)
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for output in self.outputs:
            editor = self._editor(output)
            editor.setObjectName(f"output-{output.key}")
            self.editors[output.key] = editor
            self.errors[output.key] = error_label()
            text = self.tr("{label} *:") if output.required else self.tr("{label}:")
            form.addRow(text.format(label=output.label or output.key), field_column(editor, self.errors[output.key]))

    def _editor(self, output: wg.Output) -> Editor:
        if output.type in ("money", "number"):
            edit = QLineEdit()
            pattern = AMOUNT_PATTERN if output.type == "money" else NUMBER_PATTERN
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setPlaceholderText("0.00" if output.type == "money" else "0")
            return edit
        if output.type == "date":
            return date_edit() if output.required else OptionalDate(self.tr("On"))
        if output.type == "bool":
            return QCheckBox(self.tr("Yes"))
        if output.type == "choice":
            combo = QComboBox()
            combo.addItem(self.tr("(choose)") if output.required else "", None)
            for option in output.options:
                combo.addItem(option, option)
            return combo
        return QLineEdit()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)

    def show_field_error(self, key: str, text: str) -> bool:
        """Say ``text`` under the field ``key`` and focus it; False when there is no such field."""
        label = self.errors.get(key)
        if label is None:
            return False
        label.setText(text)
        label.setVisible(True)
        self.editors[key].setFocus()
        return True

    def values(self) -> dict[str, Any] | None:
        """The data typed in, by output key; None (with the reasons shown) when some cannot be read."""
        self.clear_errors()
        data: dict[str, Any] = {}
        refused = False
        for output in self.outputs:
            try:
                data[output.key] = self._value(output, self.editors[output.key])
            except ValidationError as exc:
                refused = True
                self.show_field_error(output.key, describe_error(exc))
        return None if refused else data

    @staticmethod
    def _value(output: wg.Output, editor: Editor) -> Any:
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, OptionalDate):
            return editor.value()
        if isinstance(editor, QDateEdit):
            return editor.date().toPython()
        text = editor.text().strip()
        if not text:
            return None
        if output.type == "money":
            return parse_money(text, field=output.key)
        if output.type == "number":
            try:
                return Decimal(text)
            except InvalidOperation:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not a number."), field=output.key, text=text
                ) from None
        return text


# --- one active node ------------------------------------------------------------------------------


class ActiveNodeCard(QGroupBox):
    """An active node: where and since when, its time limit, and what this user may do there.

    The panel connects the buttons. ``renderer`` is the node's form (the panel builds it: it needs the
    database), ``form`` the generic data form of a node without one; both None unless the user may
    submit the node's data. ``form_problem`` says why a node's form cannot be shown (none published).
    """

    def __init__(
        self,
        node: ActiveNode,
        actions: Sequence[ActionOption],
        timezone: str,
        now: dt.datetime,
        parent: QWidget | None = None,
        *,
        renderer: FormRenderer | None = None,
        form_title: str = "",
        form_problem: str = "",
    ) -> None:
        super().__init__(node.name, parent)
        self.node = node
        self.options = {a.kind: a for a in actions}
        self.setObjectName(f"node-{node.node_id}")
        self.form: NodeDataForm | None = None
        self.renderer = renderer
        self.form_title = form_title
        self.form_problem = form_problem
        self.submit_button: QPushButton | None = None
        self.approve_button: QPushButton | None = None
        self.reject_button: QPushButton | None = None
        self.return_button: QPushButton | None = None

        self.due_label = QLabel(self.due_text(node, timezone))
        self.due_label.setObjectName("node-due")
        self.badge = QLabel()
        self.badge.setObjectName("node-badge")
        self.badge.setVisible(node.due_at is not None)
        if node.overdue:
            self.badge.setText(self.tr("Overdue"))
            self.badge.setStyleSheet(badge_style(ERROR_COLOR))
        elif node.due_at is not None:
            left = max(node.due_at - now, dt.timedelta(0))
            self.badge.setText(self.tr("{time} left").format(time=self.duration_text(left)))
            self.badge.setStyleSheet(badge_style(DUE_COLOR))
        due = QHBoxLayout()
        due.addWidget(self.due_label)
        due.addWidget(self.badge)
        due.addStretch(1)

        info = QFormLayout()
        info.addRow(self.tr("Stage:"), QLabel(node.stage_name or "—"))
        if node.type == wg.APPROVAL:
            info.addRow(self.tr("Approvers:"), QLabel("、".join(role_label(a) for a in node.approvers) or "—"))
        else:
            info.addRow(self.tr("Assignee:"), QLabel(role_label(node.assignee_label) or "—"))
        info.addRow(self.tr("Entered:"), QLabel(local_time(node.entered_at, timezone)))
        info.addRow(self.tr("Due:"), due)
        if node.type == wg.APPROVAL:
            self.votes_label = QLabel(self.votes_text(node.votes))
            self.votes_label.setObjectName("node-votes")
            self.votes_label.setWordWrap(True)
            info.addRow(self.tr("Votes so far:"), self.votes_label)

        layout = QVBoxLayout(self)
        layout.addLayout(info)
        layout.addLayout(self._actions_part(node))

    def _actions_part(self, node: ActiveNode) -> QVBoxLayout:
        column = QVBoxLayout()
        if not self.options:
            waiting = hint_label(
                self.tr("Waiting for {assignee}.").format(assignee=role_label(node.assignee_label) or "—")
                if node.type == wg.TASK
                else self.tr("Waiting for the approvers.")
            )
            waiting.setObjectName("node-waiting")
            column.addWidget(waiting)
            return column
        if self.renderer is not None:
            title = QLabel(self.form_title)
            title.setObjectName("node-form-title")
            title.setStyleSheet("font-weight: 600;")
            column.addWidget(title)
            column.addWidget(self.renderer)
        elif node.form_key:
            problem = error_label()
            problem.setObjectName("node-form-problem")
            problem.setText(self.form_problem)
            problem.setVisible(bool(self.form_problem))
            column.addWidget(problem)
        elif "submit" in self.options or ("approve" in self.options and node.outputs):
            self.form = NodeDataForm(node.outputs)
            column.addWidget(self.form)
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("node-comment")
        self.comment_edit.setPlaceholderText(self.tr("Comment (optional)"))
        column.addWidget(self.comment_edit)
        buttons = QHBoxLayout()
        self.submit_button = self._button(buttons, "submit", "mdi6.send-check-outline", self.tr("Submit and advance"))
        self.approve_button = self._button(buttons, "approve", "mdi6.check-bold", self.tr("Approve"))
        self.reject_button = self._button(buttons, "reject", "mdi6.close-thick", self.tr("Reject…"))
        self.return_button = self._button(buttons, "return", "mdi6.undo-variant", self.tr("Send back…"))
        buttons.addStretch(1)
        column.addLayout(buttons)
        return column

    def _button(self, row: QHBoxLayout, kind: str, icon_name: str, text: str) -> QPushButton | None:
        """The button of action ``kind`` (``node-submit`` …), or None when the user may not do it."""
        if kind not in self.options:
            return None
        button = QPushButton(icon(icon_name, color=ICON_COLOR), text)
        button.setObjectName(f"node-{kind}")
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    def comment(self) -> str:
        return " ".join(self.comment_edit.text().split()) if self.options else ""

    def data(self) -> dict[str, Any] | None:
        """What the user filled in, as the service takes it; None (the reasons shown at their fields)
        when the form's own check refuses it. A node with a form that cannot be shown sends nothing:
        the service says why."""
        if self.renderer is not None:
            if self.renderer.validate():
                return None
            return self.renderer.data()
        if self.form is not None:
            return self.form.values()
        return {}

    def show_service_error(self, exc: ScrmError) -> bool:
        """Say a refusal of the service at the fields it names; False when it names none shown here."""
        if self.renderer is not None:
            found = exc.params.get("field_errors")
            if isinstance(found, Mapping) and found:
                self.renderer.show_errors(
                    {
                        str(key): [describe_error(e) if isinstance(e, ScrmError) else str(e) for e in errors]
                        for key, errors in found.items()
                    }
                )
                return True
            if exc.field and exc.field in self.renderer.cells:
                self.renderer.show_errors({exc.field: [describe_error(exc)]})
                return True
            return False
        if self.form is not None:
            return self.form.show_field_error(exc.field or "", describe_error(exc))
        return False

    def due_text(self, node: ActiveNode, timezone: str) -> str:
        if node.due_at is None:
            return self.tr("No time limit")
        return local_time(node.due_at, timezone)

    def duration_text(self, span: dt.timedelta) -> str:
        minutes = int(span.total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if days:
            return self.tr("{days} d {hours} h").format(days=days, hours=hours)
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)

    def votes_text(self, votes: Mapping[str, str]) -> str:
        if not votes:
            return self.tr("None yet")
        names = {"approve": self.tr("approved"), "reject": self.tr("rejected")}
        return "；".join(
            self.tr("{who}: {vote}").format(who=role_label(who), vote=names.get(vote, vote))
            for who, vote in votes.items()
        )


# --- sending work back ---------------------------------------------------------------------------


class ReturnDialog(QDialog):
    """Choose the earlier node to send the work back to, and say why (required)."""

    def __init__(self, option: ActionOption, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send back from {node}").format(node=option.node_name))
        self.target_combo = QComboBox()
        for node_id, name in option.targets:
            self.target_combo.addItem(name, node_id)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("Why is it sent back?"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send back"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.comment_edit.textChanged.connect(lambda _t: self._update_ok())
        form = QFormLayout(self)
        form.addRow(self.tr("Back to:"), self.target_combo)
        form.addRow(self.tr("Reason:"), self.comment_edit)
        form.addRow(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.comment_edit.text().strip()))

    def choice(self) -> tuple[str, str]:
        return str(self.target_combo.currentData()), " ".join(self.comment_edit.text().split())


# --- the panel ---------------------------------------------------------------------------------------


class WorkOrderFlowPanel(QWidget):
    """The workflow of one work order: header, a card per active node, and the history.

    Signals:
        changed(object): the ``FlowState`` after the user started the flow or acted on a node.
    """

    changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timezone = ctx.actor.timezone
        self.work_order_id: uuid.UUID | None = None
        self.may_start = False
        self.state: FlowState | None = None
        self.cards: list[ActiveNodeCard] = []
        self.labels: dict[uuid.UUID, dict[str, dict[str, str]]] = {}  # version → node → output key → label
        self.form_names: dict[str, str] | None = None  # form key → name, read once
        self.step_form: FormRenderer | None = None  # the submission of the selected step, read-only

        self.title = QLabel()
        self.title.setObjectName("flow-title")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("flow-status")
        self.start_button = QPushButton(icon("mdi6.play-circle-outline", color=ICON_COLOR), self.tr("Start workflow…"))
        self.start_button.setObjectName("flow-start")
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status_chip)
        head.addStretch(1)
        head.addWidget(self.start_button)
        self.message = hint_label("")
        self.message.setObjectName("flow-message")

        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.addStretch(1)
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setWidget(self.cards_box)
        self.cards_scroll.setMinimumWidth(CARDS_WIDTH)

        self.history_model: RowTableModel[StepRow] = RowTableModel(self._history_columns(), parent=self)
        self.history_view = QTableView()
        self.history_view.setObjectName("flow-history")
        self.history_view.setModel(self.history_model)
        setup_table(self.history_view)
        self.history_view.setSortingEnabled(False)  # in the order the steps happened
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.selectionModel().selectionChanged.connect(lambda *_: self._show_step_data())
        self.step_data = QPlainTextEdit()
        self.step_data.setObjectName("flow-step-data")
        self.step_data.setReadOnly(True)
        self.step_data.setPlaceholderText(self.tr("Select a step to see the data it recorded."))
        self.step_form_title = QLabel()
        self.step_form_title.setObjectName("flow-step-form-title")
        self.step_form_title.setStyleSheet("font-weight: 600;")
        self.step_form_box = QScrollArea()
        self.step_form_box.setObjectName("flow-step-form")
        self.step_form_box.setWidgetResizable(True)
        step = QWidget()
        step_layout = QVBoxLayout(step)
        step_layout.setContentsMargins(0, 0, 0, 0)
        step_layout.addWidget(self.step_form_title)
        step_layout.addWidget(self.step_form_box, 1)
        step_layout.addWidget(self.step_data, 1)
        self._show_step_form(None, "")
        history = QSplitter(Qt.Orientation.Vertical)
        history.addWidget(self.history_view)
        history.addWidget(step)
        history.setStretchFactor(0, 1)  # the steps, and what the selected one recorded (a whole form, perhaps)
        history.setStretchFactor(1, 1)
        history.setChildrenCollapsible(False)

        # Side by side: in the work-order editor the tab is wide and low.
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.cards_scroll)
        self.body.addWidget(history)
        self.body.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)
        self.show_state(None)

    def _history_columns(self) -> list[Column[StepRow]]:
        return [
            Column(self.tr("Time"), lambda s: local_time(s.at, self.timezone)),
            Column(self.tr("By"), lambda s: s.actor_name),
            Column(self.tr("Action"), lambda s: self.action_label(s.action)),
            Column(self.tr("From → to"), self.move_text),
            Column(self.tr("Comment"), lambda s: s.comment, tooltip=lambda s: s.comment),
        ]

    # --- texts ------------------------------------------------------------------------------------

    def action_label(self, action: str) -> str:
        labels = {
            "start": self.tr("Start"),
            "submit": self.tr("Submit"),
            "approve": self.tr("Approve"),
            "reject": self.tr("Reject"),
            "return": self.tr("Send back"),
            "finish": self.tr("Finish"),
        }
        return labels.get(action, action)

    def move_text(self, step: StepRow) -> str:
        targets = "、".join(step.to_names)
        if not step.from_name:
            return targets
        return self.tr("{source} → {targets}").format(source=step.from_name, targets=targets or "—")

    def status_text(self, status: str) -> str:
        return self.tr("Finished") if status == "finished" else self.tr("In progress")

    # --- loading ---------------------------------------------------------------------------------

    def set_work_order(self, work_order_id: uuid.UUID | None, *, may_start: bool = False) -> None:
        """Show the workflow of ``work_order_id`` (None: a work order not saved yet)."""
        self.work_order_id = work_order_id
        self.may_start = may_start and self.ctx.actor.can(Permission.DISPATCH_WORK_ORDERS)
        self.refresh()

    def refresh(self) -> None:
        """Read the flow state again."""
        if self.work_order_id is None:
            self.show_state(None)
            return
        try:
            with self.ctx.db.session() as session:
                state = workflow_engine.flow_state(session, self.ctx.actor, self.work_order_id)
        except ScrmError as exc:  # said in the panel: opening a work order must not pop up an error
            self.show_state(None)
            self.message.setText(describe_error(exc))
            self.message.setVisible(True)
            self.start_button.setVisible(False)
            return
        self.show_state(state)

    def show_state(self, state: FlowState | None) -> None:
        self.state = state
        running = state is not None and state.status == "running"
        if state is None:
            self.title.setText(self.tr("No workflow"))
            self.status_chip.setVisible(False)
            if self.work_order_id is None:
                self.message.setText(self.tr("Save the work order first; then its workflow can start."))
            elif self.may_start:
                self.message.setText(
                    self.tr("This work order has no workflow yet. Start one to follow it step by step.")
                )
            else:
                self.message.setText(self.tr("This work order has no workflow yet."))
        else:
            self.title.setText(
                self.tr("{name} v{number}").format(name=state.workflow_name, number=state.version_number)
            )
            self.status_chip.setText(self.status_text(state.status))
            self.status_chip.setStyleSheet(badge_style(RUNNING_COLOR if running else FINISHED_COLOR))
            self.status_chip.setVisible(True)
            self.message.setText("" if running else self.tr("The workflow is finished."))
        self.message.setVisible(bool(self.message.text()))
        self.start_button.setVisible(state is None and self.work_order_id is not None and self.may_start)
        self._show_cards(state)
        self.history_model.set_rows(state.history if state is not None else [])
        self._show_step_data()

    def _show_cards(self, state: FlowState | None) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self.body.setVisible(state is not None)
        self.cards_scroll.setVisible(state is not None and bool(state.active))
        if state is None:
            return
        now = dt.datetime.now(dt.UTC)
        for node in state.active:
            actions = [a for a in state.actions if a.node_id == node.node_id]
            renderer, title, problem = self._node_form(state, node, actions)
            card = ActiveNodeCard(
                node,
                actions,
                self.timezone,
                now,
                self.cards_box,
                renderer=renderer,
                form_title=title,
                form_problem=problem,
            )
            self._connect(card)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        with_form = any(card.renderer is not None for card in self.cards)
        self.cards_scroll.setMinimumWidth(FORM_CARDS_WIDTH if with_form else CARDS_WIDTH)
        self.cards_scroll.setMinimumHeight(FORM_CARDS_HEIGHT if with_form else 0)

    def _connect(self, card: ActiveNodeCard) -> None:
        node_id = card.node.node_id
        if card.submit_button is not None:
            card.submit_button.clicked.connect(lambda: self.submit(node_id))
        if card.approve_button is not None:
            card.approve_button.clicked.connect(lambda: self.approve(node_id))
        if card.reject_button is not None:
            card.reject_button.clicked.connect(lambda: self.reject(node_id))
        if card.return_button is not None:
            card.return_button.clicked.connect(lambda: self.send_back(node_id))

    def card(self, node_id: str) -> ActiveNodeCard | None:
        return next((c for c in self.cards if c.node.node_id == node_id), None)

    def _node_form(
        self, state: FlowState, node: ActiveNode, actions: Sequence[ActionOption]
    ) -> tuple[FormRenderer | None, str, str]:
        """The renderer of the node's form for a user who may submit it or vote with it, its title, and
        why it cannot be shown (none published)."""
        if not node.form_key or not any(a.kind in ("submit", "approve") for a in actions):
            return None, "", ""
        try:
            with self.ctx.db.session() as session:
                found: NodeForm | None = workflow_engine.node_form(
                    session, self.ctx.actor, state.work_order_id, node.node_id
                )
        except ScrmError as exc:
            return None, "", describe_error(exc)
        if found is None:
            return None, "", ""
        renderer = FormRenderer(
            self.ctx, found.schema, permissions=found.permissions, work_order_id=state.work_order_id
        )
        renderer.setObjectName(f"node-form-{node.node_id}")
        if found.data:
            renderer.set_data(found.data)
        return renderer, self.form_title(found.name, found.version), ""

    def form_title(self, name: str, number: int) -> str:
        return self.tr("Form {name} v{number}").format(name=name, number=number)

    # --- the data of a step ----------------------------------------------------------------------

    def _output_labels(self, state: FlowState) -> dict[str, dict[str, str]]:
        """Node → output key → label of the pinned version (empty when the user may not read it)."""
        if state.version_id not in self.labels:
            try:
                with self.ctx.db.session() as session:
                    graph = workflows.get_version(session, self.ctx.actor, state.version_id).graph
            except ScrmError:
                graph = None
            self.labels[state.version_id] = (
                {n.id: {o.key: o.label for o in n.outputs if o.label} for n in graph.nodes.values()} if graph else {}
            )
        return self.labels[state.version_id]

    def _show_step_data(self) -> None:
        rows = self.history_view.selectionModel().selectedRows()
        step: StepRow | None = rows[0].data(ROW_ROLE) if rows else None
        self._show_step_form(None, "")
        if step is None or self.state is None:
            self.step_data.setPlainText("")
            return
        if step.submission_id is not None and self._show_submission(self.state, step):
            return
        if not step.data:
            self.step_data.setPlainText(self.tr("This step recorded no data."))
            return
        labels = self._output_labels(self.state).get(step.from_node or "", {})
        lines = [f"{labels.get(key, key)}: {self.value_text(value)}" for key, value in step.data.items()]
        self.step_data.setPlainText("\n".join(lines))

    def _show_submission(self, state: FlowState, step: StepRow) -> bool:
        """The step's form submission, read-only with the version it was made with; False (and the
        reason above the text) when it cannot be read."""
        assert step.submission_id is not None
        try:
            with self.ctx.db.session() as session:
                schema, data = forms.get_submission(session, self.ctx.actor, step.submission_id)
                if self.form_names is None:
                    self.form_names = {row.key: row.name for row in forms.list_forms(session, self.ctx.actor)}
        except ScrmError as exc:
            self.step_form_title.setText(describe_error(exc))
            self.step_form_title.setVisible(True)
            return False
        renderer = FormRenderer(self.ctx, schema, read_only=True, work_order_id=state.work_order_id)
        renderer.setObjectName("flow-step-renderer")
        renderer.set_data(data)
        name = (self.form_names or {}).get(step.form_key or "", step.form_key or "")
        self._show_step_form(renderer, self.form_title(name, step.form_version or 0))
        return True

    def _show_step_form(self, renderer: FormRenderer | None, title: str) -> None:
        """Show ``renderer`` (a submission) instead of the text, or the text when None."""
        old = self.step_form_box.takeWidget()
        if old is not None:
            old.deleteLater()
        self.step_form = renderer
        if renderer is not None:
            self.step_form_box.setWidget(renderer)
        self.step_form_title.setText(title)
        self.step_form_title.setVisible(bool(title))
        self.step_form_box.setVisible(renderer is not None)
        self.step_data.setVisible(renderer is None)

    def value_text(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if value is None or value == "":
            return "—"
        return str(value)

    # --- actions -----------------------------------------------------------------------------------

    def _act(self, action: Callable[[Session], FlowState], card: ActiveNodeCard | None = None) -> bool:
        """``action(session)`` in one transaction, then show the state it returns.

        False when the service refuses: next to the fields of ``card``'s form the error names, else
        in ``show_error``.
        """
        try:
            with self.ctx.db.session() as session:
                state = action(session)
        except ScrmError as exc:
            if card is None or not card.show_service_error(exc):
                show_error(self, exc)
            return False
        self.show_state(state)
        self.changed.emit(state)
        return True

    def ask_workflow(self, choices: Sequence[tuple[str, str]]) -> str | None:
        """The key of the workflow to start, ``RULES_CHOOSE``, or None when cancelled (tests replace this).

        ``choices`` are (key, text) of the published workflows.
        """
        texts = [self.tr("Let the workflow rules choose"), *(text for _key, text in choices)]
        text, ok = QInputDialog.getItem(
            self, self.tr("Start workflow"), self.tr("Workflow for this work order:"), texts, 0, False
        )
        if not ok:
            return None
        position = texts.index(text)
        return RULES_CHOOSE if position == 0 else choices[position - 1][0]

    def start(self) -> bool:
        """Start the workflow the user chooses (or the rules choose) for the work order."""
        if self.work_order_id is None or self.state is not None:
            return False
        try:
            with self.ctx.db.session() as session:
                definitions = workflows.list_definitions(session, self.ctx.actor, include_inactive=False)
        except ScrmError as exc:
            show_error(self, exc)
            return False
        choices = [
            (d.key, self.tr("{name} (v{number})").format(name=d.name, number=d.published_number))
            for d in definitions
            if d.published_number is not None
        ]
        key = self.ask_workflow(choices)
        if key is None:
            return False
        work_order_id = self.work_order_id
        return self._act(
            lambda session: workflow_engine.start_flow(session, self.ctx.actor, work_order_id, key=key or None)
        )

    def _version(self) -> int:
        assert self.state is not None
        return self.state.version

    def submit(self, node_id: str) -> bool:
        """Submit the node's form; values the form or the service refuses are said at their fields."""
        card = self.card(node_id)
        if card is None or "submit" not in card.options or self.state is None:
            return False
        data = card.data()
        if data is None:
            return False
        work_order_id, version, comment = self.state.work_order_id, self._version(), card.comment()
        return self._act(
            lambda session: workflow_engine.submit(
                session, self.ctx.actor, work_order_id, node_id, data, comment=comment, expected_version=version
            ),
            card,
        )

    def approve(self, node_id: str) -> bool:
        """Vote for the approval (with the data its form asks for, if any)."""
        card = self.card(node_id)
        if card is None or self.state is None:
            return False
        data = card.data()
        if data is None:
            return False
        work_order_id, version, comment = self.state.work_order_id, self._version(), card.comment()
        return self._act(
            lambda session: workflow_engine.approve(
                session, self.ctx.actor, work_order_id, node_id, comment=comment, expected_version=version, data=data
            ),
            card,
        )

    def ask_comment(self, title: str, label: str, text: str = "") -> str | None:
        """A required comment; None when the user cancelled or typed nothing (tests replace this)."""
        typed, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        typed = " ".join(typed.split())
        return typed if ok and typed else None

    def reject(self, node_id: str) -> bool:
        """Reject the approval after asking why (the reason is required)."""
        card = self.card(node_id)
        if card is None or self.state is None:
            return False
        comment = self.ask_comment(
            self.tr("Reject {node}").format(node=card.node.name), self.tr("Why is it rejected?"), card.comment()
        )
        if comment is None:
            return False
        work_order_id, version = self.state.work_order_id, self._version()
        return self._act(
            lambda session: workflow_engine.reject(
                session, self.ctx.actor, work_order_id, node_id, comment=comment, expected_version=version
            )
        )

    def ask_return(self, option: ActionOption) -> tuple[str, str] | None:
        """(target node id, reason) chosen in ``ReturnDialog``; None when cancelled (tests replace this)."""
        dialog = ReturnDialog(option, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.choice() if accepted else None

    def send_back(self, node_id: str) -> bool:
        """Send the work back to an earlier node the workflow allows, with a reason."""
        card = self.card(node_id)
        if card is None or self.state is None or "return" not in card.options:
            return False
        answer = self.ask_return(card.options["return"])
        if answer is None:
            return False
        target, comment = answer
        work_order_id, version = self.state.work_order_id, self._version()
        return self._act(
            lambda session: workflow_engine.return_to(
                session, self.ctx.actor, work_order_id, node_id, target, comment=comment, expected_version=version
            )
        )
