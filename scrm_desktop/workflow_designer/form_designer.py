"""The form designer: version bar, toolbar, field palette, canvas, live preview, properties and issues.

It owns the document (``FormModel``) and its own ``QUndoStack``, and is the only part of the
form designer that calls services: loading a version, saving the draft, publishing, starting a
new draft, retiring, comparing, and exporting or importing JSON. Each call opens one transaction
and calls one service function of ``services.forms`` (HOUSE_STYLE 2); a refusal is shown with
``show_error`` and changes nothing.

The **preview** tab renders the schema being designed with the real ``FormRenderer`` that work
orders use, rebuilt (debounced) after changes, so what the designer shows is exactly what a
work order will show; "Check entries" runs the same validation as submitting does.

The version bar and the comparison are the workflow designer's (``version_bar``), worded for
forms through ``form_texts()``. A draft is editable; a published or retired version is shown
read-only. "Unsaved" means the undo stack is not at its clean index.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scrm_desktop.i18n import error_message
from scrm_desktop.resources import icon
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services import forms
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.forms import LoadedForm, VersionRow
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.form_runtime import FormRenderer
from scrm_desktop.views.widgets import ERROR_COLOR, ICON_COLOR, hint_label
from scrm_desktop.workflow_designer.designer import ask_open_path, ask_save_path
from scrm_desktop.workflow_designer.form_canvas import FormCanvas
from scrm_desktop.workflow_designer.form_model import FormModel
from scrm_desktop.workflow_designer.form_palette import FieldPalette
from scrm_desktop.workflow_designer.form_properties import FormPropertiesPanel
from scrm_desktop.workflow_designer.version_actions import ActionTexts, VersionedDesigner
from scrm_desktop.workflow_designer.version_bar import VersionBar, VersionTexts

Index = QModelIndex | QPersistentModelIndex
JSON_FILTER = "JSON (*.json)"
PALETTE_WIDTH = 150
PREVIEW_DELAY_MS = 300
FIELD_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOR = "#ef6c00"
OK_COLOR = "#2e7d32"
SEVERITY, PLACE, MESSAGE = range(3)
DESIGN_TAB, PREVIEW_TAB = range(2)


# --- wording of the shared version bar ------------------------------------------------------------------


def form_change_label(name: str) -> str:
    """The name of a changed property of a field (or of the layout), as the comparison shows it."""
    labels = {
        "key": QCoreApplication.translate("FormDesigner", "Key"),
        "type": QCoreApplication.translate("FormDesigner", "Type"),
        "label": QCoreApplication.translate("FormDesigner", "Label"),
        "help": QCoreApplication.translate("FormDesigner", "Help"),
        "placeholder": QCoreApplication.translate("FormDesigner", "Placeholder"),
        "default": QCoreApplication.translate("FormDesigner", "Default"),
        "required": QCoreApplication.translate("FormDesigner", "Required"),
        "min": QCoreApplication.translate("FormDesigner", "Minimum"),
        "max": QCoreApplication.translate("FormDesigner", "Maximum"),
        "min_length": QCoreApplication.translate("FormDesigner", "Shortest"),
        "max_length": QCoreApplication.translate("FormDesigner", "Longest"),
        "pattern": QCoreApplication.translate("FormDesigner", "Pattern"),
        "precision": QCoreApplication.translate("FormDesigner", "Decimals"),
        "options": QCoreApplication.translate("FormDesigner", "Options"),
        "formula": QCoreApplication.translate("FormDesigner", "Formula"),
        "visible_when": QCoreApplication.translate("FormDesigner", "Shown when"),
        "required_when": QCoreApplication.translate("FormDesigner", "Required when"),
        "max_files": QCoreApplication.translate("FormDesigner", "Most files"),
        "width": QCoreApplication.translate("FormDesigner", "Width"),
        "rows": QCoreApplication.translate("FormDesigner", "Arrangement of the fields"),
    }
    return labels.get(name, name)


def form_change_kind(kind: str) -> str:
    labels = {
        "field": QCoreApplication.translate("FormDesigner", "Field"),
        "layout": QCoreApplication.translate("FormDesigner", "Layout"),
    }
    return labels.get(kind, kind)


def form_texts() -> VersionTexts:
    """What the version bar, the comparison and the publish dialog say about forms."""
    return VersionTexts(
        nothing_open=QCoreApplication.translate("FormDesigner", "No form open"),
        published_hint=QCoreApplication.translate("FormDesigner", "New submissions use this version; it never changes"),
        retired_hint=QCoreApplication.translate("FormDesigner", "No new submissions use this version any more"),
        has_draft_hint=QCoreApplication.translate("FormDesigner", "This form already has a draft; open it to edit"),
        same_meaning=QCoreApplication.translate("FormDesigner", "The two versions have the same fields and layout."),
        publish_hint=QCoreApplication.translate(
            "FormDesigner",
            "A published version cannot be changed. New submissions use it; stored submissions keep the "
            "version they were made with.",
        ),
        publish_placeholder=QCoreApplication.translate("FormDesigner", "For example: 增加现场照片"),
        kind_label=form_change_kind,
        field_label=form_change_label,
    )


# --- the issues list ---------------------------------------------------------------------------------------


class FormProblemsModel(QAbstractTableModel):
    """The problems of a form, errors before warnings: severity, the field's label, the message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[fs.Problem, str, str]] = []  # problem, place, message
        self._icons: dict[str, QIcon] = {}

    def set_problems(self, problems: Sequence[fs.Problem], schema: fs.FormSchema) -> None:
        ordered = sorted(problems, key=lambda p: p.severity != "error")  # stable: keeps validation's order
        self.beginResetModel()
        self._rows = [(p, self._place(p, schema), error_message(p.error)) for p in ordered]
        self.endResetModel()

    def _place(self, problem: fs.Problem, schema: fs.FormSchema) -> str:
        if problem.field_key is None:
            return self.tr("The form")
        spec = schema.fields.get(problem.field_key)
        return (spec.label or spec.key) if spec is not None else problem.field_key

    def problem(self, row: int) -> fs.Problem:
        return self._rows[row][0]

    def error_count(self) -> int:
        return sum(1 for p, _place, _message in self._rows if p.severity == "error")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem, place, message = self._rows[index.row()]
        column = index.column()
        error = problem.severity == "error"
        if role == Qt.ItemDataRole.DisplayRole:
            return {PLACE: place, MESSAGE: message}.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return self._icon(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SEVERITY:
                return self.tr("Error: blocks publishing") if error else self.tr("Warning: does not block publishing")
            return message
        if role == Qt.ItemDataRole.ForegroundRole and column == MESSAGE and not error:
            return QColor(WARNING_COLOR)
        if role == FIELD_KEY_ROLE:
            return problem.field_key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return {SEVERITY: "", PLACE: self.tr("Field"), MESSAGE: self.tr("Problem")}.get(section)
        return super().headerData(section, orientation, role)

    def _icon(self, severity: str) -> QIcon:
        if severity not in self._icons:
            name, color = ("mdi6.alert-circle", ERROR_COLOR) if severity == "error" else ("mdi6.alert", WARNING_COLOR)
            self._icons[severity] = icon(name, color=color)
        return self._icons[severity]


class FormIssuesPanel(QWidget):
    """A heading with the number of problems, and the list of them.

    Signals:
        field_activated(object): the user clicked a problem; the key of its field (None: the form).
    """

    field_activated = Signal(object)

    def __init__(self, model: FormModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_model = model
        self.problems = FormProblemsModel(self)
        self.heading = QLabel()
        self.heading.setObjectName("form-issues-heading")
        self.table = QTableView()
        self.table.setObjectName("form-issues-table")
        self.table.setModel(self.problems)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SEVERITY, 28)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PLACE, 160)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        model.validated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.problems.set_problems(self.form_model.problems, self.form_model.schema)
        total = self.problems.rowCount()
        errors = self.problems.error_count()
        if total == 0:
            text, color = self.tr("No problems — ready to publish"), OK_COLOR
        elif errors == 0:
            text, color = self.tr("{count} warnings — can be published").format(count=total), WARNING_COLOR
        else:
            text, color = self.tr("{count} problems").format(count=total), ERROR_COLOR
        self.heading.setText(text)
        self.heading.setStyleSheet(f"color: {color}; font-weight: 600;")

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.field_activated.emit(index.data(FIELD_KEY_ROLE))


# --- the preview ---------------------------------------------------------------------------------------------


class FormPreview(QWidget):
    """The form as a work order shows it, drawn by the real ``FormRenderer`` from the designed schema.

    Nothing entered here is saved. "Check entries" validates like submitting does; "Clear"
    draws the form afresh.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.renderer: FormRenderer | None = None
        self.builds = 0
        self.check_button = QPushButton(icon("mdi6.check-all", color=ICON_COLOR), self.tr("Check entries"))
        self.check_button.setObjectName("preview-check")
        self.check_button.setToolTip(self.tr("Validate what you entered with the rules a submission must pass"))
        self.check_button.clicked.connect(lambda _c=False: self.check())
        self.clear_button = QPushButton(icon("mdi6.refresh", color=ICON_COLOR), self.tr("Clear"))
        self.clear_button.setObjectName("preview-clear")
        self.clear_button.clicked.connect(lambda _c=False: self.rebuild(self._schema))
        self.result = QLabel()
        self.result.setObjectName("preview-result")
        self.result.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("preview-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #78909c; font-size: 14px;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sheet = QFrame()
        self.sheet.setObjectName("preview-sheet")
        self.sheet.setMaximumWidth(960)
        self.sheet.setStyleSheet(
            "QFrame#preview-sheet { background: #ffffff; border: 1px solid #dfe3e8; border-radius: 6px; }"
        )
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.sheet_layout.setContentsMargins(20, 18, 20, 18)
        self.sheet_layout.addWidget(self.message)
        backdrop = QWidget()
        backdrop.setObjectName("preview-backdrop")
        backdrop.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        backdrop.setStyleSheet("QWidget#preview-backdrop { background: #eef1f5; }")
        centred = QHBoxLayout()
        centred.addStretch(0)
        centred.addWidget(self.sheet, 1)
        centred.addStretch(0)
        outer = QVBoxLayout(backdrop)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addLayout(centred)
        outer.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("preview-scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(backdrop)
        top = QHBoxLayout()
        top.addWidget(
            hint_label(
                self.tr(
                    "This is the form exactly as work orders will show it. Try it: rules and computed fields "
                    "work as they will; nothing entered here is saved."
                )
            ),
            1,
        )
        top.addWidget(self.clear_button)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.scroll_area, 1)
        self._schema: fs.FormSchema = fs.FormSchema()
        self.result.setVisible(False)

    def rebuild(self, schema: fs.FormSchema) -> None:
        """Draw ``schema`` afresh (the previous entries are dropped)."""
        self._schema = schema
        if self.renderer is not None:
            self.sheet_layout.removeWidget(self.renderer)
            self.renderer.hide()
            self.renderer.deleteLater()
            self.renderer = None
        self.result.setVisible(False)
        self.builds += 1
        if not schema.fields:
            self._show_message(self.tr("The form has no fields yet: add some on the Design tab."))
            return
        try:
            renderer = FormRenderer(self.ctx, schema)
        except ScrmError as exc:  # a draft may be half-finished; the issues list says what to fix
            self._show_message(self.tr("The preview cannot be drawn yet: {reason}").format(reason=error_message(exc)))
            return
        renderer.setObjectName("preview-renderer")
        self.renderer = renderer
        self.message.setVisible(False)
        self.sheet_layout.addWidget(renderer)
        self.check_button.setEnabled(True)

    def _show_message(self, text: str) -> None:
        """Show ``text`` in place of the form (nothing to check then)."""
        self.message.setText(text)
        self.message.setVisible(True)
        self.check_button.setEnabled(False)

    def check(self) -> dict[str, list[str]]:
        """Validate the entries (``FormRenderer.validate``) and say how it went."""
        if self.renderer is None:
            return {}
        try:
            errors = self.renderer.validate()
        except ScrmError as exc:
            self.result.setText(error_message(exc))
            self.result.setStyleSheet(f"color: {ERROR_COLOR};")
            self.result.setVisible(True)
            return {}
        if errors:
            text = self.tr("{count} fields need attention; each error is shown under its field.").format(
                count=len(errors)
            )
            color = ERROR_COLOR
        else:
            text, color = self.tr("✓ These entries would be accepted."), OK_COLOR
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {color};")
        self.result.setVisible(True)
        return errors


# --- the designer --------------------------------------------------------------------------------------------


class FormDesigner(VersionedDesigner[VersionRow, LoadedForm]):
    """Designs one form at a time: open a version, edit the draft, preview, save, publish.

    Signals:
        form_opened(str): a version of the form with this key is now shown.
        definitions_changed(): a form was created, published, retired or given a draft
            (lists of forms should reload).
        dirty_changed(bool): whether there are unsaved changes.
    """

    form_opened = Signal(str)
    service = forms

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_design = ctx.actor.can(Permission.DESIGN_WORKFLOWS)
        self.key: str | None = None
        self.loaded: LoadedForm | None = None
        self.texts = form_texts()
        self.publish_texts = self.texts

        self.model = FormModel(parent=self)
        self.undo_stack = QUndoStack(self)
        self.field_palette = FieldPalette()
        self.canvas = FormCanvas(self.model, self.undo_stack)
        self.properties = FormPropertiesPanel(self.model, self.undo_stack)
        self.issues = FormIssuesPanel(self.model)
        self.preview = FormPreview(ctx)
        self.version_bar = VersionBar(self._diff, timezone=ctx.actor.timezone, texts=self.texts)
        self.version_bar.set_can_edit(self.can_design)
        self.message = QLabel()
        self.message.setObjectName("form-designer-message")
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self._preview_due)
        self._preview_stale = True

        self._build_actions()
        self._lay_out()

        self.canvas.selection_changed.connect(self._selection_changed)
        self.canvas.refused.connect(self._show_message)
        self.field_palette.add_requested.connect(self.add_field)
        self.issues.field_activated.connect(self._issue_activated)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._connect_version_bar()
        for signal in (
            self.model.field_added,
            self.model.field_removed,
            self.model.field_changed,
        ):
            signal.connect(lambda _key: self.schedule_preview())
        self.model.rows_changed.connect(self.schedule_preview)
        self.model.reset.connect(self.schedule_preview)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._set_editable(False)

    # --- building ------------------------------------------------------------------------------------

    def _action(
        self,
        icon_name: str,
        text: str,
        slot: Callable[[], object],
        name: str,
    ) -> QAction:
        action = QAction(icon(icon_name, color=ICON_COLOR), text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        assert undo is not None and redo is not None
        self.undo_action, self.redo_action = undo, redo
        self.undo_action.setIcon(icon("mdi6.undo", color=ICON_COLOR))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setIcon(icon("mdi6.redo", color=ICON_COLOR))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            # Only while the designer has focus, so the same keys keep working on other pages.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Delete and Ctrl+D are keys of the canvas itself (while it has focus), so in a text field
        # of the properties panel those keys keep meaning the text.
        self.delete_action = self._action(
            "mdi6.delete-outline", self.tr("Delete field"), self.canvas.delete_selected, "delete-field"
        )
        self.duplicate_action = self._action(
            "mdi6.content-duplicate", self.tr("Duplicate field"), self.canvas.duplicate_selected, "duplicate-field"
        )
        self.export_action = self._action(
            "mdi6.file-export-outline", self.tr("Export JSON…"), self.export_json, "export-json"
        )
        self.import_action = self._action(
            "mdi6.file-import-outline", self.tr("Import JSON…"), self.import_json, "import-json"
        )
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("form-designer-toolbar")
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for tool in (self.undo_action, self.redo_action, None, self.delete_action, self.duplicate_action, None):
            self._tool(tool)
        self._tool(self.export_action, text=True)
        self._tool(self.import_action, text=True)

    def _tool(self, action: QAction | None, *, text: bool = False) -> None:
        if action is None:
            self.toolbar.addSeparator()
            return
        self.toolbar.addAction(action)
        action.setToolTip(action.text().replace("&", ""))
        if text:
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setProperty("toolButtonStyle", Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _lay_out(self) -> None:
        self.field_palette.setMaximumWidth(PALETTE_WIDTH)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("form-designer-tabs")
        self.tabs.addTab(self.canvas, icon("mdi6.pencil-ruler", color=ICON_COLOR), self.tr("Design"))
        self.tabs.addTab(self.preview, icon("mdi6.eye-outline", color=ICON_COLOR), self.tr("Preview"))
        self.tabs.setDocumentMode(True)
        self.canvas_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.canvas_splitter.addWidget(self.field_palette)
        self.canvas_splitter.addWidget(self.tabs)
        self.canvas_splitter.addWidget(self.properties)
        self.canvas_splitter.setStretchFactor(1, 1)
        self.canvas_splitter.setChildrenCollapsible(False)
        self.canvas_splitter.setSizes([PALETTE_WIDTH, 640, 360])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.addWidget(self.canvas_splitter)
        self.main_splitter.addWidget(self.issues)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setSizes([600, 110])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.version_bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addWidget(self.main_splitter, 1)
        self.message.setVisible(False)

    # --- opening ---------------------------------------------------------------------------------------

    def open_form(self, key: str, number: int | None = None) -> bool:
        """Show version ``number`` of form ``key`` (its draft, else its newest version, without one).

        Unsaved changes are dropped: callers ask first (``has_unsaved_changes``).
        """
        try:
            with self.ctx.db.session() as session:
                loaded = forms.load_form(session, self.ctx.actor, key, number)
                rows = forms.list_versions(session, self.ctx.actor, key)
        except ScrmError as exc:
            show_error(self, exc)
            return False
        self.key = key
        self.loaded = loaded
        editable = loaded.editable and self.can_design
        self.model.set_schema(loaded.schema.copy(), read_only=not editable)
        self.undo_stack.clear()
        self.canvas.set_read_only(not editable)
        self.properties.set_read_only(not editable)
        self.properties.show_nothing()
        self.version_bar.set_versions(rows, loaded.row.id)
        self.version_bar.set_dirty(False)
        self._set_editable(editable)
        self._show_message("")
        self.form_opened.emit(key)
        return True

    def close_form(self) -> None:
        """Show nothing (the list of forms is empty)."""
        self.key = None
        self.loaded = None
        self.model.set_schema(fs.FormSchema(), read_only=True)
        self.undo_stack.clear()
        self.version_bar.set_versions([], None)
        self._set_editable(False)

    def _set_editable(self, editable: bool) -> None:
        self.field_palette.setEnabled(editable)
        # A published version gets the room for its form, and so does the preview.
        self.field_palette.setVisible(editable and self.tabs.currentIndex() == DESIGN_TAB)
        self.import_action.setEnabled(self.can_design and self.loaded is not None)
        self.export_action.setEnabled(self.loaded is not None)
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.canvas.selected_key is not None
        for action in (self.delete_action, self.duplicate_action):
            action.setEnabled(self.editable() and selected)

    def editable(self) -> bool:
        return self.loaded is not None and not self.model.read_only

    # --- editing ---------------------------------------------------------------------------------------

    def add_field(self, field_type: str) -> str | None:
        """Add a field of ``field_type`` at the end of the form (the palette's double-click)."""
        if not self.editable():
            return None
        self.tabs.setCurrentIndex(DESIGN_TAB)
        return self.canvas.add_field(field_type)

    def _selection_changed(self, key: str | None) -> None:
        self.properties.show_field(key)
        self._update_actions()

    def _issue_activated(self, key: str | None) -> None:
        self.tabs.setCurrentIndex(DESIGN_TAB)
        self.canvas.select(key if key is not None and self.model.has(key) else None)

    # --- preview ---------------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        """Redraw the preview a moment after the last change (one redraw for a burst of edits)."""
        self._preview_stale = True
        self.preview_timer.start()

    def _preview_due(self) -> None:
        if self.tabs.currentIndex() == PREVIEW_TAB:
            self.rebuild_preview()

    def _tab_changed(self, index: int) -> None:
        # The palette only feeds the canvas: the preview gets its room (a form needs the width).
        self.field_palette.setVisible(self.editable() and index == DESIGN_TAB)
        if index == PREVIEW_TAB and self._preview_stale:
            self.rebuild_preview()

    def rebuild_preview(self) -> None:
        self.preview_timer.stop()
        self._preview_stale = False
        self.preview.rebuild(self.model.copy_schema())

    def show_preview(self) -> FormPreview:
        """Switch to the preview tab (drawn with the current schema)."""
        self.tabs.setCurrentIndex(PREVIEW_TAB)
        if self._preview_stale:
            self.rebuild_preview()
        return self.preview

    # --- lifecycle (the actions are VersionedDesigner's) -----------------------------------------------

    def _open(self, key: str, number: int | None = None) -> bool:
        return self.open_form(key, number)

    def _document(self) -> fs.FormSchema:
        return self.model.copy_schema()

    def _loaded_after_save(self, row: VersionRow) -> LoadedForm:
        return LoadedForm(row, self.model.copy_schema())

    def _show_error(self, exc: ScrmError) -> None:
        show_error(self, exc)

    def _action_texts(self) -> ActionTexts:
        return ActionTexts(
            retire_title=self.tr("Retire version"),
            retire_question=self.tr(
                "Retire v{number} of {name}? New submissions can no longer use it until another version is "
                "published; stored submissions keep reading with it."
            ),
            unsaved_title=self.tr("Unsaved changes"),
            unsaved_discard=self.tr("The draft has changes that are not saved. Discard them?"),
        )

    # --- JSON ------------------------------------------------------------------------------------------

    def export_json(self, path: Path | None = None) -> Path | None:
        """Write the version shown as a form export (a draft is saved first, so the file is what is shown)."""
        number = self.loaded.row.number if self.loaded is not None else None

        def fetch(session: Session) -> bytes:
            data = forms.export_json(session, self.ctx.actor, self.key or "", number)
            return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

        return self._export(
            path,
            ask=ask_save_path,
            title=self.tr("Export form"),
            suffix=".json",
            file_filter=JSON_FILTER,
            fetch=fetch,
            cannot_write=self.tr("Cannot write {path}: {reason}"),
        )

    def import_json(self, path: Path | None = None) -> VersionRow | None:
        """Read a form export as a new draft (of the form with the file's key: new or existing) and open it."""
        if not self.can_design:
            return None
        if self.has_unsaved_changes() and not self.confirm(
            self.tr("Unsaved changes"),
            self.tr("The open draft has changes that are not saved, and importing opens another. Discard them?"),
        ):
            return None
        if path is None:
            path = ask_open_path(self, self.tr("Import form"), JSON_FILTER)
            if path is None:
                return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            QMessageBox.warning(
                self, self.tr("Import form"), self.tr("Cannot read {path}: {reason}").format(path=path, reason=exc)
            )
            return None
        try:
            with self.ctx.db.session() as session:
                row = forms.import_json(session, self.ctx.actor, data)
        except ScrmError as exc:
            show_error(self, exc)
            return None
        self.undo_stack.clear()
        self.open_form(row.key, row.number)
        self.definitions_changed.emit()
        return row
