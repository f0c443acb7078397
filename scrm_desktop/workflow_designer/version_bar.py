"""The strip above the canvas: which document (workflow or form) and version is open, and the
lifecycle buttons.

A document has at most one draft (the only editable version), any number of retired versions
and at most one published version. The bar offers what makes sense for the version shown:
save and publish a draft, start (or open) the draft from a published or retired version,
retire the published version, and compare any two versions (``VersionDiffDialog``).

The bar does not call services itself: it emits what the user asked for and the designer does
it. Only the comparison needs data, through the ``differ`` function the designer hands in.

Workflows and forms share the bar: what differs is said by ``VersionTexts`` (the workflow's
wording is the default, ``workflow_texts()``; the form designer passes its own), and the rows
and changes are read through the ``VersionLike`` and ``ChangeLike`` protocols, which both
services' rows satisfy.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.views.labels import local_time
from scrm_desktop.views.table_model import Index
from scrm_desktop.views.widgets import ICON_COLOR, error_label, hint_label, setup_table


class VersionLike(Protocol):
    """A version as the bar shows it (``workflows.VersionRow``, ``forms.VersionRow``)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def number(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def published_at(self) -> Any: ...
    @property
    def updated_at(self) -> Any: ...


class ChangeLike(Protocol):
    """One change between two versions (``workflow_graph.Change``, ``form_schema.Change``)."""

    @property
    def kind(self) -> str: ...
    @property
    def change(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def fields(self) -> Sequence[str]: ...


Differ = Callable[[uuid.UUID, uuid.UUID], Sequence[ChangeLike]]
STATUS_COLORS = {"draft": "#1565c0", "published": "#2e7d32", "retired": "#757575"}
ADDED_COLOR = "#2e7d32"
REMOVED_COLOR = "#c62828"


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("VersionBar", "Draft"),
        "published": QCoreApplication.translate("VersionBar", "Published"),
        "retired": QCoreApplication.translate("VersionBar", "Retired"),
    }
    return labels.get(status, status)


def version_text(row: VersionLike, timezone: str = "Asia/Shanghai") -> str:
    """``v3 草稿 · 2026-05-02 10:15``: number, status, and when it was published or last saved."""
    when = local_time(row.published_at if row.published_at is not None else row.updated_at, timezone)
    text = f"v{row.number} {status_label(row.status)}"
    return f"{text} · {when}" if when else text


def change_field_label(name: str) -> str:
    """The name of a changed property of a node, edge or stage, as the comparison shows it."""
    labels = {
        "name": QCoreApplication.translate("VersionDiffDialog", "Name"),
        "type": QCoreApplication.translate("VersionDiffDialog", "Type"),
        "stage": QCoreApplication.translate("VersionDiffDialog", "Stage"),
        "description": QCoreApplication.translate("VersionDiffDialog", "Description"),
        "assignee": QCoreApplication.translate("VersionDiffDialog", "Assignee"),
        "sla_hours": QCoreApplication.translate("VersionDiffDialog", "SLA"),
        "form_key": QCoreApplication.translate("VersionDiffDialog", "Form"),
        "field_permissions": QCoreApplication.translate("VersionDiffDialog", "Field permissions"),
        "outputs": QCoreApplication.translate("VersionDiffDialog", "Data fields"),
        "return_to": QCoreApplication.translate("VersionDiffDialog", "May return to"),
        "approvers": QCoreApplication.translate("VersionDiffDialog", "Approvers"),
        "approval_mode": QCoreApplication.translate("VersionDiffDialog", "Approval mode"),
        "reject_to": QCoreApplication.translate("VersionDiffDialog", "Rejection goes back to"),
        "source": QCoreApplication.translate("VersionDiffDialog", "From"),
        "target": QCoreApplication.translate("VersionDiffDialog", "To"),
        "label": QCoreApplication.translate("VersionDiffDialog", "Label"),
        "priority": QCoreApplication.translate("VersionDiffDialog", "Priority"),
        "condition": QCoreApplication.translate("VersionDiffDialog", "Condition"),
        "is_default": QCoreApplication.translate("VersionDiffDialog", "Default path"),
        "foreign_condition": QCoreApplication.translate("VersionDiffDialog", "Imported condition"),
        "extensions": QCoreApplication.translate("VersionDiffDialog", "Imported extensions"),
    }
    return labels.get(name, name)


def _kind_label(kind: str) -> str:
    labels = {
        "node": QCoreApplication.translate("VersionDiffDialog", "Node"),
        "edge": QCoreApplication.translate("VersionDiffDialog", "Connection"),
        "stage": QCoreApplication.translate("VersionDiffDialog", "Stage"),
    }
    return labels.get(kind, kind)


@dataclass(frozen=True)
class VersionTexts:
    """What the bar, the comparison and the publish dialog say about the kind of document.

    Every text is already translated; ``kind_label`` and ``field_label`` name what a change is
    about (a node, a field …) and the properties it changed.
    """

    nothing_open: str
    published_hint: str
    retired_hint: str
    has_draft_hint: str
    same_meaning: str
    publish_hint: str
    publish_placeholder: str
    kind_label: Callable[[str], str]
    field_label: Callable[[str], str]


def workflow_texts() -> VersionTexts:
    """The wording for workflows (the default)."""
    return VersionTexts(
        nothing_open=QCoreApplication.translate("VersionBar", "No workflow open"),
        published_hint=QCoreApplication.translate(
            "VersionBar", "New work orders start on this version; it never changes"
        ),
        retired_hint=QCoreApplication.translate("VersionBar", "No new work orders start on this version any more"),
        has_draft_hint=QCoreApplication.translate("VersionBar", "This workflow already has a draft; open it to edit"),
        same_meaning=QCoreApplication.translate(
            "VersionDiffDialog", "The two versions mean the same; at most the drawing differs."
        ),
        publish_hint=QCoreApplication.translate(
            "PublishNoteDialog",
            "A published version cannot be changed. New work orders start on it; work orders already "
            "running stay on the version they started with.",
        ),
        publish_placeholder=QCoreApplication.translate("PublishNoteDialog", "For example: 大额订单增加财务审批"),
        kind_label=_kind_label,
        field_label=change_field_label,
    )


def _change_label(change: str) -> str:
    labels = {
        "added": QCoreApplication.translate("VersionDiffDialog", "Added"),
        "removed": QCoreApplication.translate("VersionDiffDialog", "Removed"),
        "changed": QCoreApplication.translate("VersionDiffDialog", "Changed"),
    }
    return labels.get(change, change)


class ChangesModel(QAbstractTableModel):
    """The changes between two versions: what (node, connection, stage), its name, how, which fields."""

    def __init__(self, parent: QObject | None = None, texts: VersionTexts | None = None) -> None:
        super().__init__(parent)
        self.texts = texts or workflow_texts()
        self.changes: list[ChangeLike] = []

    def set_changes(self, changes: Sequence[ChangeLike]) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        change = self.changes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                self.texts.kind_label(change.kind),
                change.name,
                _change_label(change.change),
                "、".join(self.texts.field_label(f) for f in change.fields),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            if change.change == "added":
                return QColor(ADDED_COLOR)
            if change.change == "removed":
                return QColor(REMOVED_COLOR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = (self.tr("What"), self.tr("Name"), self.tr("Change"), self.tr("Changed fields"))
            return titles[section] if 0 <= section < len(titles) else None
        return super().headerData(section, orientation, role)


class VersionDiffDialog(QDialog):
    """What changed between two versions of a workflow or form (layout moves are not changes).

    Non-modal: ``show()`` it and read ``model``; choosing other versions recomputes.
    """

    def __init__(
        self,
        rows: Sequence[VersionLike],
        differ: Differ,
        old_id: uuid.UUID | None = None,
        new_id: uuid.UUID | None = None,
        *,
        timezone: str = "Asia/Shanghai",
        texts: VersionTexts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.differ = differ
        self.texts = texts or workflow_texts()
        ordered = sorted(rows, key=lambda r: r.number)
        name = ordered[0].name if ordered else ""
        self.setWindowTitle(self.tr("Compare versions of {name}").format(name=name))
        self.resize(760, 460)
        self.old_combo = QComboBox()
        self.old_combo.setObjectName("diff-old")
        self.new_combo = QComboBox()
        self.new_combo.setObjectName("diff-new")
        for row in ordered:
            for combo in (self.old_combo, self.new_combo):
                combo.addItem(version_text(row, timezone), str(row.id))
        if ordered:
            new = new_id or ordered[-1].id
            new_at = next((i for i, r in enumerate(ordered) if r.id == new), len(ordered) - 1)
            old = old_id or ordered[max(0, new_at - 1)].id
            self.new_combo.setCurrentIndex(max(0, self.new_combo.findData(str(new))))
            self.old_combo.setCurrentIndex(max(0, self.old_combo.findData(str(old))))
        self.model = ChangesModel(self, self.texts)
        self.table = QTableView()
        self.table.setObjectName("diff-table")
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = hint_label("")
        self.summary.setObjectName("diff-summary")
        self.error = error_label()
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("From:")))
        choose.addWidget(self.old_combo, 1)
        choose.addWidget(QLabel(self.tr("To:")))
        choose.addWidget(self.new_combo, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.old_combo.currentIndexChanged.connect(lambda _i: self.recompute())
        self.new_combo.currentIndexChanged.connect(lambda _i: self.recompute())
        self.recompute()

    def recompute(self) -> None:
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        self.error.setVisible(False)
        if not old or not new:
            self.model.set_changes([])
            self.summary.setText("")
            return
        try:
            changes = self.differ(uuid.UUID(old), uuid.UUID(new))
        except ScrmError as exc:
            self.model.set_changes([])
            self.error.setText(error_message(exc))
            self.error.setVisible(True)
            return
        self.model.set_changes(changes)
        self.table.resizeColumnsToContents()
        if old == new:
            self.summary.setText(self.tr("Choose two different versions."))
        elif not changes:
            self.summary.setText(self.texts.same_meaning)
        else:
            self.summary.setText(self.tr("{count} changes.").format(count=len(changes)))


class PublishNoteDialog(QDialog):
    """Asks for an optional note on what the new version changes (shown in the version history)."""

    def __init__(self, parent: QWidget | None = None, texts: VersionTexts | None = None) -> None:
        super().__init__(parent)
        texts = texts or workflow_texts()
        self.setWindowTitle(self.tr("Publish version"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("publish-note")
        self.note_edit.setPlaceholderText(texts.publish_placeholder)
        self.note_edit.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Note (optional):"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Publish"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(texts.publish_hint))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, texts: VersionTexts | None = None) -> str | None:
        """The note ("" for none), or None when the user cancelled (tests replace this)."""
        dialog = cls(parent, texts)
        return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None


class VersionBar(QWidget):
    """The open document's name and key, its versions, and the lifecycle buttons.

    Signals:
        version_chosen(object): the user picked another version (its UUID).
        save_requested(): save the draft.
        publish_requested(): publish the draft.
        new_draft_requested(): start the draft (or open the existing one) from the version shown.
        retire_requested(): retire the published version shown.
    """

    version_chosen = Signal(object)
    save_requested = Signal()
    publish_requested = Signal()
    new_draft_requested = Signal()
    retire_requested = Signal()

    def __init__(
        self,
        differ: Differ | None = None,
        *,
        timezone: str = "Asia/Shanghai",
        texts: VersionTexts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.differ = differ
        self.timezone = timezone
        self.texts = texts or workflow_texts()
        self.rows: list[VersionLike] = []
        self.current: VersionLike | None = None
        self.dirty = False
        self.can_edit = True
        self.diff_dialog: VersionDiffDialog | None = None

        self.title = QLabel()
        self.title.setObjectName("workflow-title")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.key_label = QLabel()
        self.key_label.setObjectName("workflow-key")
        self.key_label.setStyleSheet("color: #616161;")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("version-combo")
        self.version_combo.setMinimumWidth(220)
        self.version_combo.activated.connect(self._chosen)
        self.status_label = QLabel()
        self.status_label.setObjectName("version-status")

        self.save_button = self._button("mdi6.content-save-outline", self.tr("Save draft"), self.save_requested.emit)
        self.publish_button = self._button(
            "mdi6.rocket-launch-outline", self.tr("Publish…"), self.publish_requested.emit
        )
        self.new_draft_button = self._button(
            "mdi6.file-edit-outline", self.tr("New draft"), self.new_draft_requested.emit
        )
        self.retire_button = self._button(
            "mdi6.archive-arrow-down-outline", self.tr("Retire"), self.retire_requested.emit
        )
        self.compare_button = self._button("mdi6.compare-horizontal", self.tr("Compare versions…"), self.open_diff)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.key_label)
        layout.addSpacing(12)
        layout.addWidget(self.version_combo)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        for button in (
            self.save_button,
            self.publish_button,
            self.new_draft_button,
            self.retire_button,
            self.compare_button,
        ):
            layout.addWidget(button)
        self._update()

    def _button(self, icon_name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(icon_name, color=ICON_COLOR), text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- state ------------------------------------------------------------------------------------

    def set_versions(self, rows: Sequence[VersionLike], current_id: uuid.UUID | None) -> None:
        """Show the versions ``rows`` (any order) with ``current_id`` the one open."""
        self.rows = sorted(rows, key=lambda r: r.number, reverse=True)
        self.current = next((r for r in self.rows if r.id == current_id), None)
        self.version_combo.blockSignals(True)
        try:
            self.version_combo.clear()
            for row in self.rows:
                self.version_combo.addItem(version_text(row, self.timezone), str(row.id))
                color = STATUS_COLORS.get(row.status)
                if color:
                    self.version_combo.setItemData(
                        self.version_combo.count() - 1, QColor(color), Qt.ItemDataRole.ForegroundRole
                    )
            if self.current is not None:
                self.version_combo.setCurrentIndex(self.version_combo.findData(str(self.current.id)))
        finally:
            self.version_combo.blockSignals(False)
        self._update()

    def set_dirty(self, dirty: bool) -> None:
        """Whether the open draft has changes that are not saved (shown as * and enabling Save)."""
        self.dirty = dirty
        self._update()

    def set_can_edit(self, can_edit: bool) -> None:
        """Whether the user may change such documents at all (readers see the versions only)."""
        self.can_edit = can_edit
        self._update()

    def draft(self) -> VersionLike | None:
        return next((r for r in self.rows if r.status == "draft"), None)

    def _update(self) -> None:
        row = self.current
        if row is None:
            self.title.setText(self.texts.nothing_open)
            self.key_label.setText("")
            self.status_label.setText("")
        else:
            self.title.setText(f"{row.name} *" if self.dirty else row.name)
            self.key_label.setText(row.key)
            color = STATUS_COLORS.get(row.status, "#616161")
            if row.status == "draft":
                state, why = self.tr("Editable"), self.tr("A draft: change it, save it, publish it when it is ready")
            elif row.status == "published":
                state, why = self.tr("Read-only"), self.texts.published_hint
            else:
                state, why = self.tr("Read-only"), self.texts.retired_hint
            self.status_label.setText(state)
            self.status_label.setToolTip(why)
            self.status_label.setStyleSheet(f"color: {color};")
        is_draft = row is not None and row.status == "draft"
        self.version_combo.setEnabled(bool(self.rows))
        self.save_button.setVisible(self.can_edit and is_draft)
        self.save_button.setEnabled(is_draft and self.dirty)
        self.publish_button.setVisible(self.can_edit and is_draft)
        draft = self.draft()
        self.new_draft_button.setVisible(self.can_edit and row is not None and not is_draft)
        if draft is None:
            self.new_draft_button.setText(self.tr("New draft"))
            self.new_draft_button.setToolTip(self.tr("Start a new editable version copied from this one"))
        else:
            self.new_draft_button.setText(self.tr("Open draft v{number}").format(number=draft.number))
            self.new_draft_button.setToolTip(self.texts.has_draft_hint)
        self.retire_button.setVisible(self.can_edit and row is not None and row.status == "published")
        self.compare_button.setEnabled(len(self.rows) >= 2 and self.differ is not None)

    def _chosen(self, index: int) -> None:
        value = self.version_combo.itemData(index)
        if value and (self.current is None or str(self.current.id) != value):
            self.version_chosen.emit(uuid.UUID(value))

    # --- comparing --------------------------------------------------------------------------------

    def open_diff(self) -> VersionDiffDialog | None:
        """Show the changes from the version before the open one to the open one (non-modal)."""
        if self.differ is None or len(self.rows) < 2:
            return None
        current = self.current.id if self.current is not None else None
        dialog = VersionDiffDialog(
            self.rows, self.differ, new_id=current, timezone=self.timezone, texts=self.texts, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.diff_dialog = dialog
        return dialog
