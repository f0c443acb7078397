"""Translated names of statement statuses and payee kinds, and their colours.

Each string is spelled out in a ``QCoreApplication.translate`` call so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

STATUSES = ("draft", "issued", "paid", "void")
PARTY_KINDS = ("installer", "provider")
STATUS_COLORS = {
    "draft": "#616161",
    "issued": "#1565c0",
    "paid": "#2e7d32",
    "void": "#c62828",
}


def statement_status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("StatementLabels", "Draft"),
        "issued": QCoreApplication.translate("StatementLabels", "Issued"),
        "paid": QCoreApplication.translate("StatementLabels", "Paid"),
        "void": QCoreApplication.translate("StatementLabels", "Void"),
    }
    return labels.get(status, status)


def party_kind_label(kind: str) -> str:
    labels = {
        "installer": QCoreApplication.translate("StatementLabels", "Installers"),
        "provider": QCoreApplication.translate("StatementLabels", "Service providers"),
    }
    return labels.get(kind, kind)


def statement_label(number: str | None) -> str:
    """The statement number, or "Draft" for a draft that has none yet."""
    return number or QCoreApplication.translate("StatementLabels", "Draft")
