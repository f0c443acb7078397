"""Regions: the administrative tree with search, and the region groups (大区, city tiers) edited on it.

The tree is a lazy ``QAbstractItemModel`` over the in-memory ``RegionIndex`` (about 3,200 regions,
no item objects). Selecting a group shows its members as check marks in the tree; an administrator
checks and unchecks regions, edits the name, kind and description, and saves. Every action opens
one transaction and calls one function of ``services.regions``.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import regions
from scrm_desktop.services.errors import ScrmError, StaleWriteError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.regions import GROUP_KINDS, RegionGroupRow, RegionIndex, RegionInfo
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.page import Page
from scrm_desktop.views.table_model import ROW_ROLE, Column, Index, RowTableModel
from scrm_desktop.views.widgets import HINT_COLOR, hint_label, setup_table

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
COVERED_COLOR = "#2e7d32"  # regions inside a checked region: already covered by the group


def kind_label(kind: str) -> str:
    labels = {
        "area": QCoreApplication.translate("RegionsPage", "Area"),
        "city_tier": QCoreApplication.translate("RegionsPage", "City tier"),
        "custom": QCoreApplication.translate("RegionsPage", "Custom"),
    }
    return labels.get(kind, kind)


class RegionTreeModel(QAbstractItemModel):
    """Province → prefecture → county, straight from a ``RegionIndex``.

    Each index points at its ``RegionInfo`` (kept alive by the process-wide index). Column 0 carries
    a check box while ``checks_visible``; it is user-checkable only when ``editable``. A checked
    region is itself a member of the group: its descendants are not checked, but are shown in
    green with a tooltip saying which checked region covers them.

    Signals:
        checks_changed(): the user checked or unchecked a region.
    """

    checks_changed = Signal()

    def __init__(self, index: RegionIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.regions = index
        self.checked: set[str] = set()
        self.checks_visible = False
        self.editable = False
        self.headers = [
            self.tr("Region"),
            self.tr("Short name"),
            self.tr("Code"),
            self.tr("Type"),
        ]

    # --- Qt's model interface -------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt API
        if column < 0 or column >= len(self.headers):
            return QModelIndex()
        children = self.regions.children(self.info(parent).code if parent.isValid() else None)
        if 0 <= row < len(children):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent_code = self.info(child).parent_code
        if parent_code is None:
            return QModelIndex()
        parent = self.regions.get(parent_code)
        if parent is None:
            return QModelIndex()
        return self.createIndex(self.regions.row(parent_code), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.column() > 0:
            return 0
        return len(self.regions.children(self.info(parent).code if parent.isValid() else None))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.info(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (info.name, info.short, info.code, info.type)[column]
        if role == CODE_ROLE:
            return info.code
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and self.checks_visible:
            return Qt.CheckState.Checked if info.code in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and self.checks_visible and self.covered_by(info.code):
            return QColor(COVERED_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            covering = self.covered_by(info.code) if self.checks_visible else None
            path = self.regions.path_name(info.code)
            if covering is not None:
                name = self.regions.path_name(covering)
                return self.tr("{path}\nIn the group through {region}.").format(path=path, region=name)
            return path
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.checks_visible and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        code = self.info(index).code
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (code in self.checked):
            return True
        if checked:
            self.checked.add(code)
        else:
            self.checked.discard(code)
        self.dataChanged.emit(index, index)
        if self.rowCount(index):  # the regions inside change colour: repaint without moving anything
            self._relayout()
        self.checks_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return super().headerData(section, orientation, role)

    # --- the page's interface ---------------------------------------------------------------

    @staticmethod
    def info(index: Index) -> RegionInfo:
        info = index.internalPointer()
        assert isinstance(info, RegionInfo)
        return info

    def index_of(self, code: str) -> QModelIndex:
        """The model index of ``code`` (invalid when unknown)."""
        info = self.regions.get(code)
        if info is None:
            return QModelIndex()
        return self.createIndex(self.regions.row(code), 0, info)

    def covered_by(self, code: str) -> str | None:
        """The checked region that contains ``code`` (not ``code`` itself), or None."""
        for ancestor in self.regions.ancestors(code)[1:]:
            if ancestor in self.checked:
                return ancestor
        return None

    def set_checks(self, codes: set[str] | frozenset[str] | tuple[str, ...], *, visible: bool, editable: bool) -> None:
        """Show ``codes`` as checked (``visible`` False hides the check boxes altogether).

        Announced as a new layout of the same rows, not as a reset, so the tree keeps what the
        user expanded.
        """
        self.checked = set(codes)
        self.checks_visible = visible
        self.editable = editable
        self._relayout()

    def _relayout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()


class RegionFilterProxy(QSortFilterProxyModel):
    """Shows the regions a search found, with their ancestors (recursive filtering) and their
    descendants (so a found city can still be opened)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matches: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setDynamicSortFilter(False)  # check marks change data, never which rows are shown

    def set_matches(self, codes: set[str] | None) -> None:
        self.beginFilterChange()
        self.matches = codes
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.matches
        if role == Qt.ItemDataRole.FontRole and found and index.column() == 0 and index.data(CODE_ROLE) in found:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.matches is None:
            return True
        code = self.sourceModel().index(source_row, 0, source_parent).data(CODE_ROLE)
        return code in self.matches


class RegionsPage(Page):
    """The region tree with search on the left; the region groups and their editor on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.index = regions.region_index()
        self.editable = ctx.actor.can(Permission.MANAGE_REGIONS)
        self.current: RegionGroupRow | None = None
        self.creating = False
        self._loading = False

        layout = self.header_layout(
            self.tr("Regions"),
            self.tr(
                "The administrative regions of China (provinces, prefectures, counties) and the region "
                "groups that pricing, workflow and customer rules can refer to: 大区 such as 华南, city "
                "tiers such as 一线城市, or any set you need."
            ),
        )
        splitter = QSplitter()
        splitter.addWidget(self._build_tree_side())
        splitter.addWidget(self._build_group_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._show_group(None)

    # --- building -------------------------------------------------------------------------

    def _build_tree_side(self) -> QWidget:
        self.tree_model = RegionTreeModel(self.index, self)
        self.tree_model.checks_changed.connect(self._members_changed)
        self.proxy = RegionFilterProxy(self)
        self.proxy.setSourceModel(self.tree_model)
        self.tree = QTreeView()
        self.tree.setObjectName("regions-tree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section, width in ((1, 110), (2, 80), (3, 80)):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(section, width)
        self.tree.selectionModel().currentChanged.connect(lambda current, _previous: self._show_region(current))

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("regions-search")
        self.search_edit.setPlaceholderText(self.tr("Search name, short name or code"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify", color=HINT_COLOR), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(self.search)
        self.count_label = hint_label("")
        self.region_label = hint_label("")
        self.region_label.setObjectName("regions-current")

        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.search_edit)
        column.addWidget(self.tree, 1)
        column.addWidget(self.region_label)
        column.addWidget(self.count_label)
        self._update_count()
        return side

    def _build_group_side(self) -> QWidget:
        self.groups_model: RowTableModel[RegionGroupRow] = RowTableModel(
            [
                Column(self.tr("Group"), lambda g: g.name),
                Column(self.tr("Kind"), lambda g: kind_label(g.kind)),
                Column(
                    self.tr("Members"),
                    lambda g: len(g.region_codes),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ],
            parent=self,
        )
        self.groups_view = QTableView()
        self.groups_view.setObjectName("region-groups")
        self.groups_view.setModel(self.groups_model)
        setup_table(self.groups_view)
        self.groups_view.setSortingEnabled(False)  # kind, then name, as the service lists them
        self.groups_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups_view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._group_chosen(current))

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(regions.MAX_NAME)
        self.kind_combo = QComboBox()
        for kind in GROUP_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.description_edit = QLineEdit()
        self.description_edit.setMaxLength(regions.MAX_DESCRIPTION)
        self.members_label = QLabel()
        self.members_label.setObjectName("region-group-members")
        self.members_label.setWordWrap(True)
        for edit in (self.name_edit, self.description_edit):
            edit.textEdited.connect(lambda _text: self._update_buttons())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Description:"), self.description_edit)
        form.addRow(self.tr("Members:"), self.members_label)
        self.check_hint = hint_label(
            self.tr(
                "Check the member regions in the tree on the left. A checked province or city is itself "
                "the member and covers everything inside it (shown in green); the regions inside are not "
                "checked one by one."
            )
        )
        self.readonly_hint = hint_label(self.tr("Only administrators can change region groups."))
        self.readonly_hint.setObjectName("regions-readonly")

        self.new_button = QPushButton(icon("mdi6.plus", color="#37474f"), self.tr("New group"))
        self.save_button = QPushButton(icon("mdi6.content-save-outline", color="#37474f"), self.tr("Save"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(icon("mdi6.delete-outline", color="#37474f"), self.tr("Delete"))
        self.new_button.clicked.connect(self.new_group)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_group)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("regions-notice")

        self.editor = QGroupBox(self.tr("Group"))
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.check_hint)
        editor_layout.addLayout(buttons)

        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(6, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(QLabel(self.tr("Region groups")))
        title.addStretch(1)
        title.addWidget(self.new_button)
        column.addLayout(title)
        column.addWidget(self.groups_view, 1)
        column.addWidget(self.editor)
        column.addWidget(self.readonly_hint)
        column.addWidget(self.notice_label)
        self.readonly_hint.setVisible(not self.editable)
        self.check_hint.setVisible(self.editable)
        for widget in (self.new_button, self.save_button, self.delete_button):
            widget.setVisible(self.editable)
        for edit in (self.name_edit, self.description_edit):
            edit.setReadOnly(not self.editable)
        self.kind_combo.setEnabled(self.editable)
        return side

    # --- the tree -------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Show only the regions matching ``text`` (name, short name or code prefix), expanded."""
        text = text.strip()
        if not text:
            self.proxy.set_matches(None)
            self.tree.collapseAll()
            self._update_count()
            return
        found = self.index.search(text)
        self.proxy.set_matches({r.code for r in found})
        self.tree.collapseAll()
        parents = {a for r in found for a in self.index.ancestors(r.code)[1:]}
        for code in sorted(parents, key=self.index.level):
            self.tree.expand(self.proxy.mapFromSource(self.tree_model.index_of(code)))
        if found:
            first = self.proxy.mapFromSource(self.tree_model.index_of(found[0].code))
            self.tree.scrollTo(first)
        self._update_count(len(found))

    def visible_codes(self) -> list[str]:
        """The codes the tree shows (expanded or not), depth first."""
        codes: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                child = self.proxy.index(row, 0, parent)
                codes.append(child.data(CODE_ROLE))
                walk(child)

        walk(QModelIndex())
        return codes

    def select_region(self, code: str) -> bool:
        """Make ``code`` the current row of the tree, opening its ancestors; False when hidden."""
        index = self.proxy.mapFromSource(self.tree_model.index_of(code))
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        return True

    def _show_region(self, current: QModelIndex) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else None
        info = self.index.get(code) if code else None
        if info is None:
            self.region_label.setText("")
            return
        self.region_label.setText(
            self.tr("{path} · code {code} · {type}").format(
                path=self.index.path_name(info.code), code=info.code, type=info.type
            )
        )

    def _update_count(self, found: int | None = None) -> None:
        if found is None:
            self.count_label.setText(self.tr("Regions: {count}").format(count=len(self.index)))
        else:
            self.count_label.setText(self.tr("Matching the search: {count}").format(count=found))

    # --- groups ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the groups (called when the page is shown); unsaved edits are kept."""
        if not self.has_unsaved_changes():
            self.reload(select=self.current.id if self.current is not None else None)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Load the groups again and show ``select`` (or nothing)."""
        try:
            with self.ctx.db.session() as session:
                rows = regions.list_groups(session, self.ctx.actor)
        except ScrmError as exc:
            show_error(self, exc)
            return
        self._loading = True
        try:
            self.groups_model.set_rows(rows)
        finally:
            self._loading = False
        row = next((i for i, g in enumerate(rows) if g.id == select), None)
        if row is None:
            self.groups_view.clearSelection()
            self._show_group(None)
        else:
            self.select_group(rows[row].id)

    def select_group(self, group_id: uuid.UUID) -> bool:
        """Select the group in the list (which shows it in the editor and the tree)."""
        for row, group in enumerate(self.groups_model.rows):
            if group.id == group_id:
                index = self.groups_model.index(row, 0)
                self.groups_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self._show_group(group)  # also when it was the current row already (after a reload)
                return True
        return False

    def groups(self) -> list[RegionGroupRow]:
        return list(self.groups_model.rows)

    def _group_chosen(self, current: QModelIndex) -> None:
        if self._loading:
            return
        group = current.data(ROW_ROLE) if current.isValid() else None
        if group is not None and self.current is not None and group.id == self.current.id and not self.creating:
            return
        if self.has_unsaved_changes() and not self.confirm(
            self.tr("Unsaved changes"),
            self.tr("The changes to the group {name} are not saved. Discard them?").format(
                name=self.name_edit.text() or self.tr("(new group)")
            ),
        ):
            self._reselect_current()
            return
        self._show_group(group)

    def _reselect_current(self) -> None:
        self._loading = True
        try:
            self.groups_view.clearSelection()
            if self.current is not None and not self.creating:
                for row, group in enumerate(self.groups_model.rows):
                    if group.id == self.current.id:
                        self.groups_view.selectionModel().setCurrentIndex(
                            self.groups_model.index(row, 0),
                            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                        )
        finally:
            self._loading = False

    def _show_group(self, group: RegionGroupRow | None, *, creating: bool = False) -> None:
        self.current = group
        self.creating = creating
        shown = group is not None or creating
        self.name_edit.setText(group.name if group else "")
        kind = group.kind if group else "custom"
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.description_edit.setText(group.description if group else "")
        self.tree_model.set_checks(group.region_codes if group else (), visible=shown, editable=self.editable)
        self.editor.setEnabled(shown)
        if creating:
            self.editor.setTitle(self.tr("New group"))
        elif group is not None:
            self.editor.setTitle(self.tr("Group {name}").format(name=group.name))
        else:
            self.editor.setTitle(self.tr("Choose a group, or create a new one"))
        self._members_changed()

    def _members_changed(self) -> None:
        codes = sorted(self.tree_model.checked, key=lambda c: (self.index.level(c), c))
        if not codes:
            self.members_label.setText(self.tr("none yet: check regions in the tree"))
        else:
            names = "、".join(self.index.get(c).name if c in self.index else c for c in codes[:12])  # type: ignore[union-attr]
            more = len(codes) - 12
            text = self.tr("{count} regions: {names}").format(count=len(codes), names=names)
            if more > 0:
                text += self.tr(" and {count} more").format(count=more)
            self.members_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.current is not None or self.creating
        self.save_button.setEnabled(self.editable and shown and self.has_unsaved_changes())
        self.delete_button.setEnabled(self.editable and self.current is not None and not self.creating)

    def member_codes(self) -> list[str]:
        """The regions checked in the tree, sorted."""
        return sorted(self.tree_model.checked)

    def has_unsaved_changes(self) -> bool:
        if self.creating:
            return bool(
                self.name_edit.text().strip() or self.description_edit.text().strip() or self.tree_model.checked
            )
        group = self.current
        if group is None:
            return False
        return (
            self.name_edit.text() != group.name
            or self.kind_combo.currentData() != group.kind
            or self.description_edit.text() != group.description
            or tuple(self.member_codes()) != group.region_codes
        )

    # --- actions --------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def new_group(self) -> None:
        """Start a new, empty group: type its name, check its regions, save."""
        if self.has_unsaved_changes() and not self.confirm(
            self.tr("Unsaved changes"),
            self.tr("The changes to the group {name} are not saved. Discard them?").format(
                name=self.name_edit.text() or self.tr("(new group)")
            ),
        ):
            return
        self._loading = True
        try:
            self.groups_view.clearSelection()
        finally:
            self._loading = False
        self._show_group(None, creating=True)
        self.notice_label.setText("")
        self.name_edit.setFocus()

    def save(self) -> None:
        """Create or update the group through the service; errors are shown, stale data reloaded."""
        fields = {
            "name": self.name_edit.text(),
            "kind": str(self.kind_combo.currentData()),
            "description": self.description_edit.text(),
            "region_codes": self.member_codes(),
        }
        try:
            with self.ctx.db.session() as session:
                if self.creating or self.current is None:
                    saved = regions.create_group(session, self.ctx.actor, **fields)  # type: ignore[arg-type]
                else:
                    saved = regions.update_group(
                        session,
                        self.ctx.actor,
                        self.current.id,
                        expected_version=self.current.version,
                        **fields,  # type: ignore[arg-type]
                    )
        except StaleWriteError as exc:
            show_error(self, exc)
            self._discard_and_reload()
            return
        except ScrmError as exc:
            show_error(self, exc)
            widget = {"name": self.name_edit, "kind": self.kind_combo, "description": self.description_edit}.get(
                exc.field or ""
            )
            if widget is not None:
                widget.setFocus()
            return
        created = self.creating
        self.creating = False
        self.current = saved
        self.reload(select=saved.id)
        if created:
            self.notice_label.setText(self.tr("The group {name} was created.").format(name=saved.name))
        else:
            self.notice_label.setText(self.tr("The changes to {name} were saved.").format(name=saved.name))

    def delete_group(self) -> None:
        """Delete the selected group after confirmation (refused while rules use it)."""
        group = self.current
        if group is None or self.creating:
            return
        if not self.confirm(
            self.tr("Delete group"),
            self.tr("Delete the region group {name}? Rules can no longer refer to it.").format(name=group.name),
        ):
            return
        try:
            with self.ctx.db.session() as session:
                regions.delete_group(session, self.ctx.actor, group.id, expected_version=group.version)
        except StaleWriteError as exc:
            show_error(self, exc)
            self._discard_and_reload()
            return
        except ScrmError as exc:
            show_error(self, exc)
            return
        self.current = None
        self.reload()
        self.notice_label.setText(self.tr("The group {name} was deleted.").format(name=group.name))

    def _discard_and_reload(self) -> None:
        keep = self.current.id if self.current is not None and not self.creating else None
        self.current = None
        self.creating = False
        self._show_group(None)
        self.reload(select=keep)
