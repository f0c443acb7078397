"""The customer import wizard: choose a file, match its columns, check every row, import.

The steps call ``services.customer_import`` in order: ``read_table`` → ``suggest_mapping`` →
``preview_import`` → ``commit_import``. Reading, checking and importing run through ``run_task``
(a progress dialog with Cancel); each worker opens its own database session, because sessions are
never shared between threads. The import writes all rows in one transaction or none: cancelling
or any refusal leaves the database as it was.

Rows keep the service's semantics: a row with an error blocks the import until the file is
corrected and read again; duplicates block it unless they are left out; an ambiguous address
needs its region chosen in the row's Region cell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import customer_import
from scrm_desktop.services.customer_import import FIELDS, ImportPreview, ImportResult, Table
from scrm_desktop.services.progress import Progress
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.customer_labels import field_label
from scrm_desktop.views.import_preview import (
    REGION,
    STATUS_COLORS,
    ImportPreviewModel,
    ProblemRowsProxy,
    RegionChoiceDelegate,
)
from scrm_desktop.views.table_model import Column, RowTableModel
from scrm_desktop.views.tasks import BackgroundTask, run_task
from scrm_desktop.views.widgets import ERROR_COLOR, error_label, hint_label, setup_table

SAMPLE_ROWS = 5


def column_letter(column: int) -> str:
    """The spreadsheet name of a 0-based column: A … Z, AA …"""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- the pages -----------------------------------------------------------------------------------


class FilePage(QWizardPage):
    """Step 1: the file to import."""

    def __init__(self, wizard: CustomerImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "Customers are imported from an Excel workbook (.xlsx) or a CSV file. The first row holds "
                "the column names; each further row is one customer."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import-file")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = QPushButton(icon("mdi6.folder-open-outline", color="#37474f"), self.tr("Choose file…"))
        self.browse_button.clicked.connect(self.browse)
        self.info_label = QLabel()
        self.info_label.setObjectName("import-file-info")
        self.info_label.setWordWrap(True)
        self.message = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info_label)
        layout.addWidget(self.message)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Recognised column names include 姓名, 电话, 地址, 省, 市, 区, 标签, 企业微信, 抖音, 淘宝 and 备注 "
                    "(an exported customer list imports again). You can match other names in the next step."
                )
            )
        )
        layout.addStretch(1)

    def browse(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            str(Path.home()),
            self.tr("Customer lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)"),
        )
        if path:
            self.import_wizard.load_file(Path(path))

    def isComplete(self) -> bool:
        return self.import_wizard.table is not None


class MappingPage(QWizardPage):
    """Step 2: which column holds which field (prefilled by ``suggest_mapping``)."""

    def __init__(self, wizard: CustomerImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Say which column of the file holds which customer field. The choices are guessed from the "
                "column names; fields without a column stay empty."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self._table: Table | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map-{name}")
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            self.combos[name] = combo
            if name == "name":
                label = self.tr("{field} (required):").format(field=field_label(name))
            else:
                label = self.tr("{field}:").format(field=field_label(name))
            form.addRow(label, combo)
        self.message = error_label()
        self.sample_model: RowTableModel[tuple[str, ...]] = RowTableModel([], parent=self)
        self.sample_view = QTableView()
        self.sample_view.setObjectName("import-sample")
        self.sample_view.setModel(self.sample_model)
        setup_table(self.sample_view)
        self.sample_view.setSortingEnabled(False)
        self.sample_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sample_view.setMinimumHeight(150)
        columns = QHBoxLayout()
        columns.addLayout(form, 2)
        sample_box = QVBoxLayout()
        sample_box.addWidget(QLabel(self.tr("The first rows of the file:")))
        sample_box.addWidget(self.sample_view, 1)
        columns.addLayout(sample_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        table = self.import_wizard.table
        if table is None or table is self._table:
            return
        keep = self._table is not None and self._table.headers == table.headers
        self._table = table
        if not keep:
            self.set_mapping(customer_import.suggest_mapping(table.headers))
        self._show_sample(table)

    def _show_sample(self, table: Table) -> None:
        def cell(i: int) -> Callable[[tuple[str, ...]], str]:
            return lambda r: r[i] if i < len(r) else ""

        columns = [
            Column(self.tr("{letter}: {header}").format(letter=column_letter(i), header=header), cell(i))
            for i, header in enumerate(table.headers)
        ]
        self.sample_model.columns = columns
        self.sample_model.set_rows(table.rows[:SAMPLE_ROWS])

    def set_mapping(self, mapping: dict[str, int]) -> None:
        """Fill the combos with the file's columns and select ``mapping``."""
        table = self._table
        headers = table.headers if table is not None else ()
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), -1)
            for i, header in enumerate(headers):
                combo.addItem(self.tr("Column {letter}: {header}").format(letter=column_letter(i), header=header), i)
            combo.setCurrentIndex(max(combo.findData(mapping.get(name, -1)), 0))
            combo.blockSignals(False)
        self._changed()

    def mapping(self) -> dict[str, int]:
        """Field → 0-based column of the chosen columns."""
        chosen = {name: int(combo.currentData()) for name, combo in self.combos.items()}
        return {name: column for name, column in chosen.items() if column >= 0}

    def problem(self) -> str:
        """Why the mapping cannot be used yet ("" when it can)."""
        mapping = self.mapping()
        if "name" not in mapping:
            return self.tr("Choose the column that holds the customer name.")
        seen: dict[int, str] = {}
        for name, column in mapping.items():
            if column in seen:
                return self.tr(
                    "Column {column} is chosen for both {first} and {second}. A column can fill one field only."
                ).format(column=column_letter(column), first=field_label(seen[column]), second=field_label(name))
            seen[column] = name
        return ""

    def _changed(self) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.import_wizard.preview = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.import_wizard.table is not None and not self.problem()

    def validatePage(self) -> bool:
        # Checking 100,000 rows takes a while: start it in the background and move on when it is done.
        if self.import_wizard.preview is not None:
            return True
        self.import_wizard.start_preview()
        return False


class PreviewPage(QWizardPage):
    """Step 3: every row with its status; choose regions, decide on duplicates, then import."""

    def __init__(self, wizard: CustomerImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.committed = False
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "What the import will do with each row of the file. Nothing is written until you click Import; "
                "then all rows are written together, or none."
            )
        )
        self.model = ImportPreviewModel(
            [
                self.tr("Row"),
                self.tr("Status"),
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("Service address"),
                self.tr("Region"),
                self.tr("Problem"),
            ],
            self.tr("Click to choose…"),
            self,
        )
        self.model.choices_changed.connect(self._update)
        self.proxy = ProblemRowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("import-preview")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.setSortingEnabled(False)
        self.proxy.sort(-1)  # file order
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setItemDelegateForColumn(REGION, RegionChoiceDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 100, 100, 120, 230, 170, 300)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("import-counts")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.only_problems.setObjectName("import-only-problems")
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.skip_duplicates = QCheckBox(self.tr("Leave out duplicates (their phone numbers are already known)"))
        self.skip_duplicates.setObjectName("import-skip-duplicates")
        self.skip_duplicates.toggled.connect(self._skip_toggled)
        self.guidance = QLabel()
        self.guidance.setObjectName("import-guidance")
        self.guidance.setWordWrap(True)
        self.reload_button = QPushButton(
            icon("mdi6.file-refresh-outline", color="#37474f"), self.tr("Read the file again")
        )
        self.reload_button.setObjectName("import-reload")
        self.reload_button.clicked.connect(self.import_wizard.reload_file)

        options = QHBoxLayout()
        options.addWidget(self.only_problems)
        options.addSpacing(16)
        options.addWidget(self.skip_duplicates)
        options.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.guidance, 1)
        bottom.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        self.show_preview()

    def show_preview(self) -> None:
        wizard = self.import_wizard
        self.model.set_preview(wizard.preview, wizard.choices)
        self.model.set_skip_duplicates(self.skip_duplicates.isChecked())
        self._update()

    def _skip_toggled(self, skip: bool) -> None:
        self.model.set_skip_duplicates(skip)
        self._update()

    def rows_to_write(self) -> int:
        counts = self.model.counts()
        skipped = counts["duplicate"] if self.skip_duplicates.isChecked() else 0
        return counts["total"] - skipped

    def blocking(self) -> list[str]:
        """What stops the import, in the words the page shows (empty when it can run)."""
        counts = self.model.counts()
        found: list[str] = []
        if counts["error"]:
            found.append(
                self.tr(
                    "{n} rows have errors. Correct them in the file, save it and click Read the file again; "
                    "nothing is imported while a row has an error."
                ).format(n=counts["error"])
            )
        open_choices = counts["ambiguous"] - counts["chosen"]
        if open_choices:
            found.append(
                self.tr(
                    "Choose the region of {n} rows: click the Region cell of each row marked Choose a region."
                ).format(n=open_choices)
            )
        if counts["duplicate"] and not self.skip_duplicates.isChecked():
            found.append(
                self.tr(
                    "{n} rows have a phone number that is already known. Leave out duplicates to import the other "
                    "rows, or remove them from the file."
                ).format(n=counts["duplicate"])
            )
        if not found and self.rows_to_write() == 0:
            found.append(self.tr("There is nothing to import."))
        return found

    def _update(self) -> None:
        counts = self.model.counts()
        locale = QLocale()
        parts = [
            (self.tr("Rows: {n}").format(n=locale.toString(counts["total"])), "#37474f"),
            (self.tr("OK: {n}").format(n=locale.toString(counts["ok"])), STATUS_COLORS["ok"][0]),
            (self.tr("Errors: {n}").format(n=locale.toString(counts["error"])), STATUS_COLORS["error"][0]),
            (
                self.tr("Duplicates: {n}").format(n=locale.toString(counts["duplicate"])),
                STATUS_COLORS["duplicate"][0],
            ),
            (
                self.tr("Regions to choose: {n} ({chosen} chosen)").format(
                    n=locale.toString(counts["ambiguous"]), chosen=locale.toString(counts["chosen"])
                ),
                STATUS_COLORS["ambiguous"][0],
            ),
        ]
        self.counts_label.setText(
            "&nbsp;&nbsp;·&nbsp;&nbsp;".join(
                f'<span style="color:{color}; font-weight:600">{text}</span>' for text, color in parts
            )
        )
        self.skip_duplicates.setEnabled(counts["duplicate"] > 0)
        blocking = self.blocking()
        if blocking:
            self.guidance.setText("\n".join(blocking))
            self.guidance.setStyleSheet(f"color: {ERROR_COLOR};")
        else:
            self.guidance.setText(
                self.tr(
                    "Ready: {n} customers will be imported in one step. If anything fails, nothing is written."
                ).format(n=locale.toString(self.rows_to_write()))
            )
            self.guidance.setStyleSheet(f"color: {STATUS_COLORS['ok'][0]};")
        self.import_wizard.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("Import {n} customers").format(n=locale.toString(self.rows_to_write())),
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.import_wizard.preview is not None and not self.blocking()

    def validatePage(self) -> bool:
        # Importing runs in the background; the wizard closes when it succeeded.
        if self.committed:
            return True
        self.import_wizard.commit()
        return False


# --- the wizard ----------------------------------------------------------------------------------


class CustomerImportWizard(QWizard):
    """Import customers from a CSV or XLSX file in three steps.

    Signals:
        imported(object): the ``ImportResult`` of a successful import (emitted before closing).
    """

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.table: Table | None = None
        self.preview: ImportPreview | None = None
        self.choices: dict[int, str] = {}
        self.result_value: ImportResult | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(980, 640)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.addPage(self.file_page)
        self.addPage(self.mapping_page)
        self.addPage(self.preview_page)

    # --- steps run in the background --------------------------------------------------------

    def _run(
        self,
        work: Callable[[Progress], Any],
        title: str,
        on_success: Callable[[Any], None],
        *,
        cancellable: bool = True,
    ) -> BackgroundTask:
        task = run_task(self, work, title=title, cancellable=cancellable)
        task.succeeded.connect(on_success)

        def finished() -> None:
            if self.task is task:  # a step started by on_success is the current task now
                self.task = None

        task.finished.connect(finished)
        self.task = task
        return task

    def load_file(self, path: Path, then_preview: bool = False) -> BackgroundTask:
        """Read ``path`` in the background (the file dialog calls this; so do tests)."""
        self.path = Path(path)
        self.file_page.path_edit.setText(str(path))
        self.file_page.message.setVisible(False)

        def work(progress: Progress) -> Table:
            return customer_import.read_table(path, progress=progress)

        def loaded(table: Table) -> None:
            same_columns = self.table is not None and self.table.headers == table.headers
            self.table = table
            self.preview = None
            self.preview_page.completeChanged.emit()  # nothing to import until the rows are checked again
            self.file_page.info_label.setText(
                self.tr("{rows} rows with {columns} columns read from {file}.").format(
                    rows=QLocale().toString(len(table.rows)), columns=len(table.headers), file=table.name
                )
            )
            self.file_page.completeChanged.emit()
            if then_preview and same_columns:
                self.start_preview()
            elif then_preview:
                # Different columns: match them again before checking.
                while self.currentPage() is not self.mapping_page and self.currentId() > 0:
                    self.back()

        task = self._run(work, self.tr("Reading {file}…").format(file=Path(path).name), loaded)
        task.failed.connect(self._file_failed)
        return task

    def _file_failed(self, exc: BaseException) -> None:
        self.table = None
        self.file_page.info_label.clear()
        self.file_page.message.setText(self.tr("The file could not be read. Choose another file or correct this one."))
        self.file_page.message.setVisible(True)
        self.file_page.completeChanged.emit()

    def reload_file(self) -> BackgroundTask | None:
        """Read the same file again (after correcting it) and check its rows again."""
        if self.path is None:
            return None
        return self.load_file(self.path, then_preview=True)

    def start_preview(self) -> BackgroundTask | None:
        """Check every row in the background; then show the preview page."""
        table = self.table
        if table is None:
            return None
        mapping = self.mapping_page.mapping()
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> ImportPreview:
            with db.session() as session:
                return customer_import.preview_import(session, actor, table, mapping, progress=progress)

        return self._run(
            work,
            self.tr("Checking {n} rows…").format(n=QLocale().toString(len(table.rows))),
            self._previewed,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.choices = self._carried_choices(preview)
        self.preview = preview
        if self.currentPage() is self.mapping_page:
            self.next()
        else:
            self.preview_page.show_preview()

    def _carried_choices(self, preview: ImportPreview) -> dict[int, str]:
        """Region choices that still fit the re-checked rows (same row number, same candidates)."""
        old = dict(self.preview_page.model.choices)
        kept: dict[int, str] = {}
        for row in preview.rows:
            code = old.get(row.row)
            if code is not None and row.status == "ambiguous" and code in {c.code for c in row.candidates}:
                kept[row.row] = code
        return kept

    def commit(self) -> BackgroundTask | None:
        """Write the checked rows in one transaction in the background; close on success."""
        preview = self.preview
        if preview is None:
            return None
        page = self.preview_page
        choices = dict(page.model.choices)
        skip = page.skip_duplicates.isChecked()
        db, actor = self.ctx.db, self.ctx.actor
        # Commit-time work in a worker thread: it opens its own session; a cancel rolls it back.

        def work(progress: Progress) -> ImportResult:
            with db.session() as session:
                return customer_import.commit_import(
                    session, actor, preview, choices, skip_duplicates=skip, progress=progress
                )

        task = self._run(
            work,
            self.tr("Importing {n} customers…").format(n=QLocale().toString(page.rows_to_write())),
            self._committed,
        )
        task.cancelled.connect(lambda: self._commit_stopped(self.tr("The import was cancelled. Nothing was written.")))
        task.failed.connect(
            lambda _exc: self._commit_stopped(self.tr("Nothing was imported. Correct the problem and try again."))
        )
        return task

    def reject(self) -> None:
        """Close without importing; a read, check or import still running is cancelled first."""
        if self.task is not None:
            self.task.cancel()  # an import in progress rolls back
        super().reject()

    def _commit_stopped(self, text: str) -> None:
        self.preview_page.guidance.setText(text)
        self.preview_page.guidance.setStyleSheet(f"color: {ERROR_COLOR};")

    def _committed(self, result: ImportResult) -> None:
        self.result_value = result
        self.preview_page.committed = True
        self.imported.emit(result)
        self.accept()
