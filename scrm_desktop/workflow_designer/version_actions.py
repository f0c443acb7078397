"""What the workflow designer and the form designer do alike with versions: save, publish, new draft, retire.

``VersionedDesigner`` is the base of ``WorkflowDesigner`` and ``FormDesigner``. It runs the version
bar's requests (save, publish, new draft, retire, choosing another version, comparing) through the
designer's service module (``services.workflows`` or ``services.forms``, whose version functions
have the same names and arguments). Each call opens one transaction and calls one service function;
a refusal is shown with the designer's ``_show_error`` and changes nothing.

The subclasses supply what differs: the service, opening a version (``_open``), the document to
save (``_document``), the loaded version after a save (``_loaded_after_save``) and the texts
(``_action_texts``, translated in the subclass's own context).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy.orm import Session

from scrm_desktop.services.errors import ScrmError
from scrm_desktop.views.context import AppContext
from scrm_desktop.workflow_designer.version_bar import PublishNoteDialog, VersionBar, VersionTexts


class VersionRowLike(Protocol):
    """What the actions read of a version row (``workflows.VersionRow``, ``forms.VersionRow``)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def name(self) -> str: ...
    @property
    def number(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def version(self) -> int: ...


RowT = TypeVar("RowT", bound=VersionRowLike)
RowT_co = TypeVar("RowT_co", bound=VersionRowLike, covariant=True)


class LoadedLike(Protocol[RowT_co]):
    """A loaded version (``workflows.LoadedVersion``, ``forms.LoadedForm``)."""

    @property
    def row(self) -> RowT_co: ...


LoadedT = TypeVar("LoadedT", bound=LoadedLike[Any])


@dataclass(frozen=True)
class ActionTexts:
    """The (translated) questions the actions ask; ``retire_question`` has {number} and {name}."""

    retire_title: str
    retire_question: str
    unsaved_title: str
    unsaved_discard: str


class VersionedDesigner(QWidget, Generic[RowT, LoadedT]):
    """The version actions of a designer; see the module's docstring for what subclasses supply.

    Signals:
        definitions_changed(): a definition was created, published, retired or given a draft
            (lists of definitions should reload).
        dirty_changed(bool): whether there are unsaved changes.
    """

    definitions_changed = Signal()
    dirty_changed = Signal(bool)

    service: ModuleType
    ctx: AppContext
    can_design: bool
    key: str | None
    loaded: LoadedT | None
    undo_stack: QUndoStack
    version_bar: VersionBar
    message: QLabel
    publish_texts: VersionTexts | None = None  # what the publish dialog says (None: the workflow's)

    # --- what subclasses supply ----------------------------------------------------------------------

    def _open(self, key: str, number: int | None = None) -> bool:
        """Show version ``number`` of ``key`` (``open_workflow`` / ``open_form``)."""
        raise NotImplementedError

    def _document(self) -> object:
        """The document to store as the draft."""
        raise NotImplementedError

    def _loaded_after_save(self, row: RowT) -> LoadedT:
        raise NotImplementedError

    def _action_texts(self) -> ActionTexts:
        raise NotImplementedError

    def _show_error(self, exc: ScrmError) -> None:
        raise NotImplementedError

    def editable(self) -> bool:
        raise NotImplementedError

    # --- shared ----------------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return not self.undo_stack.isClean()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _clean_changed(self, clean: bool) -> None:
        self.version_bar.set_dirty(not clean)
        self.dirty_changed.emit(not clean)

    def _connect_version_bar(self) -> None:
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.version_bar.version_chosen.connect(self._version_chosen)
        self.version_bar.save_requested.connect(self.save)
        self.version_bar.publish_requested.connect(self.publish)
        self.version_bar.new_draft_requested.connect(self.new_draft)
        self.version_bar.retire_requested.connect(self.retire)

    def _export(
        self,
        path: Path | None,
        *,
        ask: Callable[[QWidget, str, str, str], Path | None],
        title: str,
        suffix: str,
        file_filter: str,
        fetch: Callable[[Session], bytes],
        cannot_write: str,
    ) -> Path | None:
        """Write the version shown to a file (a draft is saved first, so the file is what is shown).

        ``ask`` chooses the file when no ``path`` is given; ``fetch`` reads the file's content in a
        session; ``cannot_write`` is the message for a failed write, with {path} and {reason}."""
        if self.loaded is None or self.key is None:
            return None
        if self.has_unsaved_changes() and not self.save():
            return None
        if path is None:
            path = ask(self, title, f"{self.key}-v{self.loaded.row.number}{suffix}", file_filter)
            if path is None:
                return None
        try:
            with self.ctx.db.session() as session:
                data = fetch(session)
        except ScrmError as exc:
            self._show_error(exc)
            return None
        try:
            path.write_bytes(data)
        except OSError as exc:
            QMessageBox.warning(self, title, cannot_write.format(path=path, reason=exc))
            return None
        self._show_message("")
        return path

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _refresh_versions(self) -> None:
        if self.key is None or self.loaded is None:
            return
        try:
            with self.ctx.db.session() as session:
                rows = self.service.list_versions(session, self.ctx.actor, self.key)
        except ScrmError as exc:
            self._show_error(exc)
            return
        self.version_bar.set_versions(rows, self.loaded.row.id)

    def save(self) -> bool:
        """Store the draft as designed; True when saved."""
        if self.loaded is None or not self.editable():
            return False
        try:
            with self.ctx.db.session() as session:
                row: RowT = self.service.save_draft(
                    session,
                    self.ctx.actor,
                    self.loaded.row.id,
                    self._document(),
                    expected_version=self.loaded.row.version,
                )
        except ScrmError as exc:
            self._show_error(exc)
            return False
        self.loaded = self._loaded_after_save(row)
        self.undo_stack.setClean()
        self._refresh_versions()
        self._show_message("")
        return True

    def publish(self, note: str | None = None) -> RowT | None:
        """Save if needed, ask for a note (unless given), publish; the version then shows read-only.

        The service refuses while the document has errors, listing them; the issues list shows them too.
        """
        if self.loaded is None or not self.editable() or self.key is None:
            return None
        if self.has_unsaved_changes() and not self.save():
            return None
        if note is None:
            texts = self.publish_texts
            note = PublishNoteDialog.ask(self) if texts is None else PublishNoteDialog.ask(self, texts)
            if note is None:
                return None
        try:
            with self.ctx.db.session() as session:
                row: RowT = self.service.publish(
                    session, self.ctx.actor, self.loaded.row.id, expected_version=self.loaded.row.version, note=note
                )
        except ScrmError as exc:
            self._show_error(exc)
            self._refresh_versions()  # the bar shows the version's state as it now is
            return None
        self._open(self.key, row.number)
        self.definitions_changed.emit()
        return row

    def new_draft(self) -> RowT | None:
        """Open the draft, starting one copied from the newest version when there is none."""
        if self.key is None or not self.can_design:
            return None
        try:
            with self.ctx.db.session() as session:
                row: RowT = self.service.new_draft(session, self.ctx.actor, self.key)
        except ScrmError as exc:
            self._show_error(exc)
            return None
        self._open(self.key, row.number)
        self.definitions_changed.emit()
        return row

    def retire(self) -> RowT | None:
        """Stop new use of the published version shown (after asking)."""
        if self.loaded is None or self.key is None or self.loaded.row.status != "published":
            return None
        texts = self._action_texts()
        if not self.confirm(
            texts.retire_title,
            texts.retire_question.format(number=self.loaded.row.number, name=self.loaded.row.name),
        ):
            return None
        try:
            with self.ctx.db.session() as session:
                row: RowT = self.service.retire(
                    session, self.ctx.actor, self.loaded.row.id, expected_version=self.loaded.row.version
                )
        except ScrmError as exc:
            self._show_error(exc)
            return None
        self._open(self.key, row.number)
        self.definitions_changed.emit()
        return row

    def _version_chosen(self, version_id: uuid.UUID) -> None:
        row = next((r for r in self.version_bar.rows if r.id == version_id), None)
        if row is None or self.key is None:
            return
        texts = self._action_texts()
        if self.has_unsaved_changes() and not self.confirm(texts.unsaved_title, texts.unsaved_discard):
            self._refresh_versions()  # put the combo back on the version shown
            return
        self._open(self.key, row.number)

    def _diff(self, old_id: uuid.UUID, new_id: uuid.UUID) -> list[Any]:
        with self.ctx.db.session() as session:
            changes: list[Any] = self.service.diff_versions(session, self.ctx.actor, old_id, new_id)
            return changes
