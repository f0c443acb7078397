"""The PDF preview of one statement: every page as it prints, with Print and Save as.

The PDF is rendered by the service (``statements.write_pdf``, which checks permissions) into a
temporary folder the dialog owns and removes when it closes, in the background; ``rendered`` says
when it shows. Printing draws each page of the rendered PDF into the printer's painter
(``QPdfDocument.render``), so the paper shows exactly what the preview and the saved file show.
The "payment voucher" box (full ID number) is offered only to actors who may see personal data.

Testable without a modal loop: the dialog is shown non-modally; ``ask_printer`` and
``ask_save_path`` are the only methods that would block, and tests replace them (or call
``print_to`` and ``save_to`` directly).
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import statements
from scrm_desktop.services.permissions import Permission
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.statements import StatementRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.statement_labels import statement_label, statement_status_label
from scrm_desktop.views.tasks import BackgroundTask
from scrm_desktop.views.widgets import HINT_COLOR, ICON_COLOR

PRINT_DPI = 300  # enough for text on paper; a 1200 dpi printer would need 140 MB per page image
POINTS_PER_INCH = 72
NO_DIALOG_MS = 10 * 60 * 1000  # the dialog says "Rendering…" itself


def file_stem(row: StatementRow) -> str:
    """The suggested file name: the number, or 草稿-<code>-<yyyymm> for a draft."""
    return row.number or f"{statement_label(None)}-{row.payee_code}-{row.period_from:%Y%m}"


class StatementPreviewDialog(QDialog):
    """A statement's PDF, page after page, with Print and Save as.

    Signals:
        rendered(int): the PDF was rendered and is shown; its number of pages.
    """

    rendered = Signal(int)

    def __init__(self, ctx: AppContext, row: StatementRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.task: BackgroundTask | None = None
        self.pdf_path: Path | None = None
        self._renders = 0
        self._again = False
        self._print_when_rendered = False
        self._folder = Path(tempfile.mkdtemp(prefix="scrm-statement-"))
        folder = self._folder  # not self: the slot must not keep the dialog alive
        self.destroyed.connect(lambda _obj=None: shutil.rmtree(folder, ignore_errors=True))
        self.finished.connect(lambda _result: self._cleanup())

        self.setWindowTitle(
            self.tr("Statement {number} — {payee}").format(number=statement_label(row.number), payee=row.payee_name)
        )
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("statement-pdf")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("background: #8a8f96;")

        self.voucher_check = QCheckBox(self.tr("Payment voucher (shows the full ID number)"))
        self.voucher_check.setObjectName("statement-voucher")
        self.voucher_check.setVisible(ctx.actor.can(Permission.VIEW_PII))
        self.voucher_check.toggled.connect(lambda _on: self.render_pdf())
        self.status_label = QLabel()
        self.status_label.setObjectName("statement-pdf-status")
        self.status_label.setStyleSheet(f"color: {HINT_COLOR};")

        self.print_button = QPushButton(icon("mdi6.printer-outline", color=ICON_COLOR), self.tr("Print…"))
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button = QPushButton(icon("mdi6.content-save-outline", color=ICON_COLOR), self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_as)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(
            QLabel(
                self.tr("{status} · {start} to {end}").format(
                    status=statement_status_label(row.status),
                    start=row.period_from.isoformat(),
                    end=row.period_to.isoformat(),
                )
            )
        )
        top.addStretch(1)
        top.addWidget(self.voucher_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(860, 940)
        self._update_buttons()
        self.render_pdf()

    # --- rendering ----------------------------------------------------------------------------

    def render_pdf(self) -> BackgroundTask | None:
        """Render the PDF again (in the background); a render already running is followed by one more."""
        if self.task is not None:
            self._again = True
            return None
        self._renders += 1
        path = self._folder / f"statement-{self._renders}.pdf"
        db, actor, statement_id = self.ctx.db, self.ctx.actor, self.row.id
        voucher = self.voucher_check.isChecked()

        def work(_progress: Progress) -> Path:
            with db.session() as session:
                statements.write_pdf(session, actor, statement_id, path, voucher=voucher)
            return path

        # Not a child of the dialog: closing the dialog mid-render must not delete the task before it ends
        # (the helper counts running tasks until they finish). Its slots die with the dialog.
        task = BackgroundTask(
            None, work, title=self.tr("Rendering the PDF…"), cancellable=False, show_errors=False,
            min_duration_ms=NO_DIALOG_MS,
        )  # fmt: skip
        task.succeeded.connect(self._rendered)
        task.failed.connect(self._failed)
        task.finished.connect(self._render_finished)
        self.task = task
        self.status_label.setText(self.tr("Rendering the PDF…"))
        self._update_buttons()
        task.start()
        return task

    def _rendered(self, path: Path) -> None:
        previous = self.pdf_path
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.pdf_path = None
            self.status_label.setText(self.tr("The PDF could not be opened."))
            return
        self.pdf_path = path
        if previous is not None and previous != path:
            previous.unlink(missing_ok=True)
        pages = self.document.pageCount()
        self.status_label.setText(self.tr("{count} pages").format(count=pages))
        self.rendered.emit(pages)
        if self._print_when_rendered:
            self._print_when_rendered = False
            QTimer.singleShot(0, self.print_pdf)

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("The PDF could not be rendered."))
        show_error(self, exc)

    def _render_finished(self) -> None:
        self.task = None
        self._update_buttons()
        if self._again:
            self._again = False
            self.render_pdf()

    def _update_buttons(self) -> None:
        ready = self.task is None and self.pdf_path is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def page_count(self) -> int:
        return self.document.pageCount()

    def is_rendering(self) -> bool:
        return self.task is not None

    def _cleanup(self) -> None:
        self.document.close()
        self.pdf_path = None
        shutil.rmtree(self._folder, ignore_errors=True)

    # --- printing and saving ------------------------------------------------------------------

    def print_when_rendered(self) -> None:
        """Open the print dialog as soon as the PDF shows (the page's Print action)."""
        if self.pdf_path is not None and self.task is None:
            QTimer.singleShot(0, self.print_pdf)
        else:
            self._print_when_rendered = True

    def ask_printer(self) -> QPrinter | None:
        """The printer the user chose, or None when they cancelled (tests replace this)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(file_stem(self.row))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(self.page_count(), 1))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_pdf(self) -> int:
        """Ask for a printer and print; the number of pages printed."""
        if self.pdf_path is None:
            return 0
        printer = self.ask_printer()
        return 0 if printer is None else self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages (the printer's page range, or all) into ``printer``; the pages printed."""
        count = self.page_count()
        first, last = 1, count
        if printer.fromPage() > 0:
            first = max(printer.fromPage(), 1)
            last = min(printer.toPage() or count, count)
        if count == 0 or first > last:
            return 0
        printer.setFullPage(True)  # the PDF has its own margins
        painter = QPainter()
        if not painter.begin(printer):
            self.status_label.setText(self.tr("The printer could not be started."))
            return 0
        dpi = min(printer.resolution(), PRINT_DPI)
        printed = 0
        try:
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(
                    round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH)
                )
                image = self.document.render(page, size)
                area = painter.viewport()
                fitted = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                corner = QPoint(area.x() + (area.width() - fitted.width()) // 2, area.y())
                painter.drawImage(QRect(corner, fitted), image)
                printed += 1
        finally:
            painter.end()
        self.status_label.setText(self.tr("{count} pages sent to the printer.").format(count=printed))
        return printed

    def ask_save_path(self) -> Path | None:
        """Where to save the PDF, or None when the user cancelled (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the statement as PDF"), f"{file_stem(self.row)}.pdf", self.tr("PDF files (*.pdf)")
        )
        return Path(path) if path else None

    def save_as(self) -> Path | None:
        path = self.ask_save_path()
        if path is None:
            return None
        return self.save_to(path)

    def save_to(self, path: Path) -> Path | None:
        """Copy the PDF shown (what you see is what you save) to ``path``."""
        if self.pdf_path is None:
            return None
        target = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            show_error(self, statements.cannot_write(target, exc))
            return None
        self.status_label.setText(self.tr("Saved as {path}").format(path=str(target)))
        return target

    @property
    def statement_id(self) -> uuid.UUID:
        return self.row.id
