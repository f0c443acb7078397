"""Small building blocks every page and dialog shares, so they all look and behave alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

ERROR_COLOR = "#c62828"
HINT_COLOR = "#616161"


def setup_table(view: QTableView) -> None:
    """The look and behaviour every list of rows on these pages shares."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.setStyleSheet(
        "QTableView::item { padding: 0px 8px; }"
        "QHeaderView::section { padding: 5px 11px; background: #f4f6f9; border: none;"
        " border-right: 1px solid #e3e6ea; border-bottom: 1px solid #cfd4da; }"
    )
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def page_title(text: str) -> QLabel:
    """The bold heading at the top of a page."""
    label = QLabel(text)
    label.setObjectName("page-title")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def hint_label(text: str) -> QLabel:
    """Grey explanatory text under a title or a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    return label


def error_label() -> QLabel:
    """An inline message for input the dialog itself refuses (hidden until needed)."""
    label = QLabel()
    label.setObjectName("dialog-error")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setVisible(False)
    return label
