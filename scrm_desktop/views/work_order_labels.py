"""Translated names of work-order statuses, adjustment kinds and earnings states, and money text.

Each string is spelled out in a ``QCoreApplication.translate`` call so pyside6-lupdate finds it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

# Colours of the status chips and earnings states (text on a light background).
STATUS_COLORS = {
    "draft": "#616161",
    "assigned": "#1565c0",
    "in_progress": "#ef6c00",
    "completed": "#2e7d32",
    "cancelled": "#9e9e9e",
}
PREVIEW_COLOR = "#ef6c00"
FROZEN_COLOR = "#1565c0"
SETTLED_COLOR = "#2e7d32"
LINK_COLOR = "#1565c0"


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("WorkOrderLabels", "Draft"),
        "assigned": QCoreApplication.translate("WorkOrderLabels", "Assigned"),
        "in_progress": QCoreApplication.translate("WorkOrderLabels", "In progress"),
        "completed": QCoreApplication.translate("WorkOrderLabels", "Completed"),
        "cancelled": QCoreApplication.translate("WorkOrderLabels", "Cancelled"),
    }
    return labels.get(status, status)


def adjustment_label(kind: str) -> str:
    labels = {
        "bonus": QCoreApplication.translate("WorkOrderLabels", "Bonus"),
        "deduction": QCoreApplication.translate("WorkOrderLabels", "Deduction"),
        "correction": QCoreApplication.translate("WorkOrderLabels", "Correction"),
        "other": QCoreApplication.translate("WorkOrderLabels", "Other"),
    }
    return labels.get(kind, kind)


def earnings_state_label(state: str) -> str:
    """Where an installer's figure of one work order stands (``earnings_reports.MyWorkOrder.state``)."""
    labels = {
        "previewed": QCoreApplication.translate("WorkOrderLabels", "Preview"),
        "frozen": QCoreApplication.translate("WorkOrderLabels", "Frozen"),
        "settled": QCoreApplication.translate("WorkOrderLabels", "Settled"),
        "partly_settled": QCoreApplication.translate("WorkOrderLabels", "Partly settled"),
    }
    return labels.get(state, state)


def earnings_state_color(state: str) -> str:
    return {"previewed": PREVIEW_COLOR, "frozen": FROZEN_COLOR}.get(state, SETTLED_COLOR)


def date_field_label(field: str) -> str:
    labels = {
        "planned": QCoreApplication.translate("WorkOrderLabels", "Planned date"),
        "completed": QCoreApplication.translate("WorkOrderLabels", "Completion date"),
        "created": QCoreApplication.translate("WorkOrderLabels", "Created on"),
    }
    return labels.get(field, field)


def money_text(value: Decimal | None) -> str:
    """``1,234.50``; "" for no amount. Money stays a Decimal up to here."""
    return "" if value is None else f"{value:,.2f}"


def yuan_text(value: Decimal | None) -> str:
    """``¥1,234.50`` (``-¥50.00`` for a negative amount); "" for no amount."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    return f"{sign}¥{abs(value):,.2f}"


def item_kind_label(kind: str) -> str:
    labels = {
        "service": QCoreApplication.translate("WorkOrderLabels", "Service"),
        "part": QCoreApplication.translate("WorkOrderLabels", "Part"),
    }
    return labels.get(kind, kind)
