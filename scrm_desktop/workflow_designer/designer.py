"""The workflow designer: version bar, toolbar, palette, canvas, properties and issues in one widget.

It owns the document (``GraphModel``), its ``QUndoStack``, the scene and the view, and is the
only part of the designer that calls services: loading a version, saving the draft, publishing,
starting a new draft, retiring, comparing, importing and exporting BPMN. Each call opens one
transaction (``ctx.db.session()``) and calls one service function (HOUSE_STYLE 2); a refusal is
shown with ``show_error`` and changes nothing.

A draft is editable; a published or retired version is shown read-only. "Unsaved" means the
undo stack is not at its clean index, so undoing back to the saved state is not a change.

File dialogs go through ``ask_open_path``/``ask_save_path`` and questions through
``WorkflowDesigner.confirm``, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import forms as forms_service
from scrm_desktop.services import users as users_service
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services import workflows
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.permissions import Permission, Role
from scrm_desktop.services.workflows import ImportResult, LoadedVersion, VersionRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.labels import role_label
from scrm_desktop.views.widgets import ERROR_COLOR, ICON_COLOR, hint_label
from scrm_desktop.workflow_designer.graph_model import GraphModel
from scrm_desktop.workflow_designer.issues_panel import IssuesPanel
from scrm_desktop.workflow_designer.labels import new_node
from scrm_desktop.workflow_designer.minimap import MiniMap
from scrm_desktop.workflow_designer.palette import NodePalette
from scrm_desktop.workflow_designer.properties import PropertiesPanel
from scrm_desktop.workflow_designer.scene import WorkflowScene
from scrm_desktop.workflow_designer.version_actions import ActionTexts, VersionedDesigner
from scrm_desktop.workflow_designer.version_bar import VersionBar
from scrm_desktop.workflow_designer.view import WorkflowView

BPMN_FILTER = "BPMN 2.0 (*.bpmn *.bpmn20.xml *.xml)"
MIN_FIT_SIZE = 100  # pixels: below this the canvas is not laid out yet
MINIMAP_MARGIN = 8
PALETTE_WIDTH = 140
MINIMAP_SIZE = QSize(168, 112)  # smaller than the minimap's own default: it floats over the canvas


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """The file the user chose to open, or None (tests replace this)."""
    path, _chosen = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(path) if path else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> Path | None:
    """Where the user chose to save, or None (tests replace this)."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(path) if path else None


class ImportReportDialog(QDialog):
    """What an import created, and the warnings about what the file had that was not kept as is."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BPMN imported"))
        self.resize(560, 360)
        nodes = sum(result.nodes.values())
        self.summary = QLabel(
            self.tr("Imported as draft v{version} of {key}: {nodes} nodes, {edges} connections.").format(
                version=result.version, key=result.key, nodes=nodes, edges=result.edges
            )
        )
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.warnings = QPlainTextEdit("\n".join(f"• {w}" for w in result.warnings))
        self.warnings.setObjectName("import-warnings")
        self.warnings.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if result.warnings:
            layout.addWidget(
                hint_label(
                    self.tr(
                        "Check these points before publishing; conditions in other languages must be rewritten "
                        "(they are listed as problems):"
                    )
                )
            )
            layout.addWidget(self.warnings, 1)
        else:
            self.warnings.setVisible(False)
            layout.addWidget(hint_label(self.tr("Everything in the file was understood.")))
        layout.addWidget(buttons)


class WorkflowDesigner(VersionedDesigner[VersionRow, LoadedVersion]):
    """Designs one workflow at a time: open a version, edit the draft, save, publish.

    Signals:
        workflow_opened(str): a version of the workflow with this key is now shown.
        definitions_changed(): a workflow was created, published, retired or given a draft
            (lists of workflows should reload).
        dirty_changed(bool): whether there are unsaved changes.
    """

    workflow_opened = Signal(str)
    service = workflows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_design = ctx.actor.can(Permission.DESIGN_WORKFLOWS)
        self.key: str | None = None
        self.loaded: LoadedVersion | None = None
        self.import_dialog: ImportReportDialog | None = None

        self.model = GraphModel(parent=self)
        self._form_fields: dict[str, list[str] | None] = {}  # form key → field keys, read once per opening
        self.model.form_fields = self._form_field_keys  # validation and conditions know the forms' fields
        self.undo_stack = QUndoStack(self)
        self.scene = WorkflowScene(self.model, self.undo_stack, self)
        self.view = WorkflowView(self.scene)
        self.view.setObjectName("workflow-view")
        self.node_palette = NodePalette()
        self.minimap = MiniMap(self.view)
        self.properties = PropertiesPanel(
            self.model,
            self.undo_stack,
            self._role_choices(),
            self._user_choices(),
            self._form_choices(),
            form_fields=self._form_field_keys,
        )
        self.issues = IssuesPanel(self.model)
        self.version_bar = VersionBar(self._diff, timezone=ctx.actor.timezone)
        self.version_bar.set_can_edit(self.can_design)
        self.message = QLabel()
        self.message.setObjectName("designer-message")
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")

        self._fit_pending = False
        self._build_actions()
        self._lay_out()
        self.view.viewport().installEventFilter(self)

        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.link_refused.connect(self._link_refused)
        self.node_palette.add_requested.connect(self.add_node)
        self.issues.issue_activated.connect(self._issue_activated)
        self.view.zoom_changed.connect(self._zoom_changed)
        self._connect_version_bar()
        self._set_editable(False)

    # --- building ------------------------------------------------------------------------------------

    def _action(
        self,
        icon_name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(icon(icon_name, color=ICON_COLOR), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
            # Only while the designer has focus, so the same keys keep working on other pages.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
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
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.delete_action = QAction(icon("mdi6.delete-outline", color=ICON_COLOR), self.tr("Delete"), self)
        self.delete_action.triggered.connect(lambda _c=False: self.scene.delete_selection())
        self.copy_action = QAction(icon("mdi6.content-copy", color=ICON_COLOR), self.tr("Copy"), self)
        self.copy_action.triggered.connect(lambda _c=False: self.scene.copy_selection())
        self.paste_action = QAction(icon("mdi6.content-paste", color=ICON_COLOR), self.tr("Paste"), self)
        self.paste_action.triggered.connect(lambda _c=False: self.scene.paste())
        # No shortcuts here: the canvas itself handles Delete, Ctrl+C and Ctrl+V while it has focus,
        # so in a text field of the properties panel those keys keep meaning the text.
        self.layout_action = self._action("mdi6.auto-fix", self.tr("Auto layout"), self.scene.auto_layout)
        self.zoom_in_action = self._action(
            "mdi6.magnify-plus-outline",
            self.tr("Zoom in"),
            self._zoom(self.view.zoom_in),
            QKeySequence.StandardKey.ZoomIn,
        )
        self.zoom_out_action = self._action(
            "mdi6.magnify-minus-outline",
            self.tr("Zoom out"),
            self._zoom(self.view.zoom_out),
            QKeySequence.StandardKey.ZoomOut,
        )
        self.zoom_reset_action = self._action("mdi6.magnify", self.tr("100%"), self._zoom(self.view.zoom_reset))
        self.zoom_fit_action = self._action("mdi6.fit-to-screen-outline", self.tr("Fit"), self.view.zoom_fit)
        self.import_action = self._action("mdi6.file-import-outline", self.tr("Import BPMN…"), self.import_bpmn)
        self.export_action = self._action("mdi6.file-export-outline", self.tr("Export BPMN…"), self.export_bpmn)
        self.zoom_label = QLabel("100%")
        self.zoom_label.setObjectName("zoom-label")
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("designer-toolbar")
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        edits = [self.undo_action, self.redo_action, None, self.delete_action, self.copy_action, self.paste_action]
        for tool in [*edits, None, self.layout_action, None, self.zoom_out_action]:
            self._tool(tool)
        self.toolbar.addWidget(self.zoom_label)
        for tool in (self.zoom_in_action, self.zoom_reset_action, self.zoom_fit_action, None):
            self._tool(tool)
        self._tool(self.import_action, text=True)
        self._tool(self.export_action, text=True)

    def _zoom(self, zoom: Callable[[], None]) -> Callable[[], None]:
        """``zoom``, after which the view keeps its zoom when the canvas is resized."""

        def run() -> None:
            self._fit_pending = False
            zoom()

        return run

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
        # The minimap floats in the canvas's bottom-right corner (``_place_minimap``), so the
        # palette column stays narrow and the canvas keeps the width.
        self.minimap.setParent(self.view)
        self.minimap.setFixedSize(MINIMAP_SIZE)
        self.node_palette.setMaximumWidth(PALETTE_WIDTH)
        self.canvas_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.canvas_splitter.addWidget(self.node_palette)
        self.canvas_splitter.addWidget(self.view)
        self.canvas_splitter.addWidget(self.properties)
        self.canvas_splitter.setStretchFactor(1, 1)
        self.canvas_splitter.setChildrenCollapsible(False)
        self.canvas_splitter.setSizes([PALETTE_WIDTH, 700, 360])
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

    # --- lookups the properties panel shows --------------------------------------------------------------

    def _role_choices(self) -> list[tuple[str, str]]:
        return [(role.value, role_label(role.value)) for role in Role]

    def _user_choices(self) -> list[tuple[str, str]]:
        """Active users to assign tasks to."""
        try:
            with self.ctx.db.session() as session:
                rows = users_service.list_assignable_users(session, self.ctx.actor)
        except ScrmError:
            return []
        return [(str(user_id), label) for user_id, label in rows]

    def _form_choices(self) -> list[tuple[str, str]]:
        """The active forms a node may attach: (key, "name (key)")."""
        try:
            with self.ctx.db.session() as session:
                rows = forms_service.list_forms(session, self.ctx.actor, include_inactive=False)
        except ScrmError:
            return []
        return [(row.key, self.tr("{name} ({key})").format(name=row.name, key=row.key)) for row in rows]

    def _form_field_keys(self, key: str) -> list[str] | None:
        """The field keys of form ``key`` (its published version, else its newest); None: no such form."""
        if key not in self._form_fields:
            try:
                with self.ctx.db.session() as session:
                    found = forms_service.field_keys_lookup(session)(key)
            except ScrmError:
                found = None
            self._form_fields[key] = None if found is None else list(found)
        return self._form_fields[key]

    def _reload_forms(self) -> None:
        """Read the forms again (they may have been designed or published since)."""
        self._form_fields.clear()
        self.properties.forms = self._form_choices()

    # --- opening ---------------------------------------------------------------------------------------

    def open_workflow(self, key: str, number: int | None = None) -> bool:
        """Show version ``number`` of workflow ``key`` (its draft, else its newest version, without one).

        Unsaved changes are dropped: callers ask first (``has_unsaved_changes``).
        """
        try:
            with self.ctx.db.session() as session:
                loaded = workflows.load_version(session, self.ctx.actor, key, number)
                rows = workflows.list_versions(session, self.ctx.actor, key)
        except ScrmError as exc:
            show_error(self, exc)
            return False
        self.key = key
        self.loaded = loaded
        self._reload_forms()
        editable = loaded.editable and self.can_design
        self.model.set_graph(loaded.graph, read_only=not editable)
        self.undo_stack.clear()
        self.scene.set_read_only(not editable)
        self.properties.set_read_only(not editable)
        self.properties.show_nothing()
        self.version_bar.set_versions(rows, loaded.row.id)
        self.version_bar.set_dirty(False)
        self._set_editable(editable)
        self._show_message("")
        self._fit_when_sized()
        self.workflow_opened.emit(key)
        return True

    def _fit_when_sized(self) -> None:
        """Fit the workflow into the canvas now, or once the canvas has its size (it may not be shown yet).

        Until the user zooms or clicks the canvas, the workflow stays fitted as the canvas is resized.
        """
        viewport = self.view.viewport()
        self._fit_pending = True
        if self.view.isVisible() and viewport.width() > MIN_FIT_SIZE and viewport.height() > MIN_FIT_SIZE:
            self.view.zoom_readable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport():
            kind = event.type()
            if kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self._place_minimap()
                if self._fit_pending:
                    QTimer.singleShot(0, self, self._fit_when_sized)  # after the layout settled
            elif kind in (QEvent.Type.Wheel, QEvent.Type.MouseButtonPress):
                self._fit_pending = False  # the user took over the view
        return super().eventFilter(watched, event)

    def _place_minimap(self) -> None:
        viewport = self.view.viewport()
        corner = viewport.geometry().bottomRight()
        self.minimap.move(
            corner.x() - self.minimap.width() - MINIMAP_MARGIN, corner.y() - self.minimap.height() - MINIMAP_MARGIN
        )
        self.minimap.raise_()

    def close_workflow(self) -> None:
        """Show nothing (the workflow list is empty)."""
        self.key = None
        self.loaded = None
        self.model.set_graph(wg.WorkflowGraph(), read_only=True)
        self.undo_stack.clear()
        self.version_bar.set_versions([], None)
        self._set_editable(False)

    def _set_editable(self, editable: bool) -> None:
        for action in (self.delete_action, self.paste_action, self.layout_action):
            action.setEnabled(editable)
        self.node_palette.setEnabled(editable)
        self.node_palette.setVisible(editable)  # a published version gets the room for its canvas
        opened = self.loaded is not None
        self.import_action.setEnabled(self.can_design and opened)
        self.export_action.setEnabled(opened)
        self.copy_action.setEnabled(opened)

    def editable(self) -> bool:
        return self.loaded is not None and not self.model.read_only

    # --- editing ---------------------------------------------------------------------------------------

    def add_node(self, node_type: str) -> None:
        """Add a node of ``node_type`` in the middle of what the canvas shows (the palette's click)."""
        if not self.editable():
            return
        from scrm_desktop.workflow_designer.commands import AddNode

        centre = self.view.mapToScene(self.view.viewport().rect().center())
        stage = self.scene.stage_at(QPointF(centre))
        node = new_node(node_type, stage)
        self.undo_stack.push(AddNode(self.model, node, centre.x(), centre.y()))
        self.scene.select_item(node_id=node.id)

    def _selection_changed(self) -> None:
        nodes, edges = self.scene.selected_node_ids(), self.scene.selected_edge_ids()
        if len(nodes) == 1 and not edges:
            self.properties.show_node(nodes[0])
        elif len(edges) == 1 and not nodes:
            self.properties.show_edge(edges[0])
        else:
            self.properties.show_nothing()

    def _issue_activated(self, node_id: str | None, edge_id: str | None) -> None:
        if node_id is None and edge_id is None:
            self.scene.clearSelection()
            self.properties.show_nothing()
            return
        if edge_id is not None and edge_id in self.model.graph.edges:
            self.scene.select_item(edge_id=edge_id)
        else:
            self.scene.select_item(node_id=node_id)

    def _link_refused(self, reason: str) -> None:
        self._show_message(reason)

    def _zoom_changed(self, factor: float) -> None:
        self.zoom_label.setText(f"{round(factor * 100)}%")

    # --- lifecycle (the actions are VersionedDesigner's) -----------------------------------------------

    def _open(self, key: str, number: int | None = None) -> bool:
        return self.open_workflow(key, number)

    def _document(self) -> wg.WorkflowGraph:
        return self.model.graph.copy()

    def _loaded_after_save(self, row: VersionRow) -> LoadedVersion:
        return LoadedVersion(row, self.loaded.graph if self.loaded is not None else self._document())

    def _show_error(self, exc: ScrmError) -> None:
        show_error(self, exc)

    def _action_texts(self) -> ActionTexts:
        return ActionTexts(
            retire_title=self.tr("Retire version"),
            retire_question=self.tr(
                "Retire v{number} of {name}? New work orders can no longer start on it until another version "
                "is published; work orders already running continue."
            ),
            unsaved_title=self.tr("Unsaved changes"),
            unsaved_discard=self.tr("The draft has changes that are not saved. Discard them?"),
        )

    # --- BPMN ------------------------------------------------------------------------------------------

    def export_bpmn(self, path: Path | None = None) -> Path | None:
        """Write the version shown as BPMN 2.0 XML (a draft is saved first, so the file is what is shown)."""
        number = self.loaded.row.number if self.loaded is not None else None
        return self._export(
            path,
            ask=ask_save_path,
            title=self.tr("Export BPMN"),
            suffix=".bpmn",
            file_filter=BPMN_FILTER,
            fetch=lambda session: workflows.export_bpmn(session, self.ctx.actor, self.key or "", number),
            cannot_write=self.tr("Cannot write {path}: {reason}"),
        )

    def import_bpmn(self, path: Path | None = None, *, new_workflow: bool = False) -> ImportResult | None:
        """Read a BPMN file as a new draft: of the workflow shown, or (``new_workflow``, or with none
        shown) of a new workflow keyed by the file's process id. Shows what was imported and the
        warnings, and opens the draft."""
        into = None if new_workflow else self.key
        if (
            into is not None
            and self.has_unsaved_changes()
            and not self.confirm(
                self.tr("Unsaved changes"),
                self.tr("Importing replaces the draft, and its unsaved changes are lost. Go on?"),
            )
        ):
            return None
        if path is None:
            path = ask_open_path(self, self.tr("Import BPMN"), BPMN_FILTER)
            if path is None:
                return None
        try:
            data = path.read_bytes()
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Import BPMN"), self.tr("Cannot read {path}: {reason}").format(path=path, reason=exc)
            )
            return None
        try:
            with self.ctx.db.session() as session:
                result = workflows.import_bpmn(session, self.ctx.actor, data, key=into)
        except ScrmError as exc:
            show_error(self, exc)
            return None
        self.undo_stack.clear()  # the draft was replaced in the database: the edits are gone
        self.open_workflow(result.key, result.version)
        self.definitions_changed.emit()
        dialog = ImportReportDialog(result, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.import_dialog = dialog
        return result
