"""Small dialogs of the statements page: record a payment, choose where a batch of PDFs goes, and
the reconciliation of a period.

``PaymentDialog.ask`` and ``BatchExportDialog.ask`` are classmethods that run the dialog modally;
tests replace them (or the page's ``ask_*`` methods). ``ReconcileDialog`` is non-modal and only
shows figures, so tests read its labels.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.services.statements import Reconciliation
from scrm_desktop.views.widgets import ERROR_COLOR, date_edit, error_label, hint_label
from scrm_desktop.views.work_order_labels import SETTLED_COLOR, yuan_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
REFERENCE_LIMIT = 100


@dataclass(frozen=True)
class Payment:
    paid_on: dt.date
    reference: str


class PaymentDialog(QDialog):
    """The payment date and the bank reference of an issued statement."""

    def __init__(self, label: str, net: Decimal, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as paid"))
        self.date_edit = date_edit(today)
        self.date_edit.setObjectName("payment-date")
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("payment-reference")
        self.reference_edit.setMaxLength(REFERENCE_LIMIT)
        self.reference_edit.setPlaceholderText(self.tr("Bank transfer number or voucher number"))
        form = QFormLayout()
        form.addRow(self.tr("Paid on:"), self.date_edit)
        form.addRow(self.tr("Reference:"), self.reference_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.summary = hint_label(
            self.tr("Record that statement {number} was paid: {net}.").format(number=label, net=yuan_text(net))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def payment(self) -> Payment:
        return Payment(self.date_edit.date().toPython(), self.reference_edit.text().strip())  # type: ignore[arg-type]

    @classmethod
    def ask(cls, parent: QWidget | None, label: str, net: Decimal, today: dt.date) -> Payment | None:
        dialog = cls(label, net, today, parent)
        return dialog.payment() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class BatchTarget:
    """Where a batch of PDFs goes: one file per statement in ``folder``, or all in the file ``merged``."""

    folder: Path | None
    merged: Path | None


class BatchExportDialog(QDialog):
    """Choose between one PDF per statement (a folder) and one merged PDF (a file)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDFs"))
        self.separate = QRadioButton(self.tr("One PDF file per statement, into a folder"))
        self.merged = QRadioButton(self.tr("All statements in one PDF file (for printing)"))
        self.separate.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.separate)
        group.addButton(self.merged)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("batch-path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.error = error_label()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr("Export {count} statements as PDF.").format(count=count)))
        layout.addWidget(self.separate)
        layout.addWidget(self.merged)
        layout.addLayout(path_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        if self.merged.isChecked():
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the merged PDF"), self.path_edit.text(), self.tr("PDF files (*.pdf)")
            )
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDF files"), self.path_edit.text())
        if path:
            self.path_edit.setText(path)

    def target(self) -> BatchTarget | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        if self.merged.isChecked():
            return BatchTarget(None, path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))
        return BatchTarget(path, None)

    def _accept(self) -> None:
        if self.target() is None:
            self.error.setText(self.tr("Choose a folder or a file first."))
            self.error.setVisible(True)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, count: int) -> BatchTarget | None:
        dialog = cls(count, parent)
        return dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReconcileDialog(QDialog):
    """What was earned in a period against what its statements settled, and the difference."""

    def __init__(self, result: Reconciliation, period_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reconciliation {period}").format(period=period_text))
        self.reconciliation = result
        rows = (
            ("earned", self.tr("Earned (frozen earnings of the period)"), result.earned),
            ("settled", self.tr("Settled on issued statements"), result.settled_gross),
            ("unsettled", self.tr("Not settled yet"), result.unsettled),
            ("net", self.tr("Net paid by those statements"), result.net),
            ("tax", self.tr("Tax withheld"), result.tax),
            ("carry_in", self.tr("Carried in from earlier statements"), result.carry_in),
            ("carry_out", self.tr("Carried forward to later statements"), result.carry_out),
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        for key, title, amount in rows:
            value = QLabel(yuan_text(amount))
            value.setObjectName(f"reconcile-{key}")
            value.setAlignment(RIGHT)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(title, value)
        difference = result.difference
        self.difference_label = QLabel(yuan_text(difference))
        self.difference_label.setObjectName("reconcile-difference")
        self.difference_label.setAlignment(RIGHT)
        color = ERROR_COLOR if difference != 0 else SETTLED_COLOR
        self.difference_label.setStyleSheet(f"font-weight: 600; font-size: 16px; color: {color};")
        self.values["difference"] = self.difference_label
        form.addRow(self.tr("Difference"), self.difference_label)
        self.verdict = QLabel(
            self.tr("The statements agree with the earnings.")
            if difference == 0
            else self.tr(
                "The statements do not agree with the earnings. Check the statements of the period and the "
                "audit log before paying."
            )
        )
        self.verdict.setObjectName("reconcile-verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet(f"color: {color};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Earned = settled + not settled, and settled = net paid + tax withheld − carried in + "
                    "carried forward. The difference is zero when both hold."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
