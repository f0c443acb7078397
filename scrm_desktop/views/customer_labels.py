"""Translated names of customer fields, sales channels and import row statuses.

Each string is spelled out in a ``QCoreApplication.translate`` call so pyside6-lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def channel_label(channel: str) -> str:
    """企业微信 / 抖音 / 淘宝 for the channel keys the customer service uses."""
    labels = {
        "wecom": QCoreApplication.translate("CustomerLabels", "WeCom"),
        "douyin": QCoreApplication.translate("CustomerLabels", "Douyin"),
        "taobao": QCoreApplication.translate("CustomerLabels", "Taobao"),
    }
    return labels.get(channel, channel)


def channels_text(channel_ids: Mapping[str, str], labels: Mapping[str, str]) -> str:
    """``企业微信 wm01; 抖音 dy02`` with labels from ``channel_label`` (looked up once by the caller)."""
    return "; ".join(f"{labels.get(key, key)} {value}" for key, value in channel_ids.items())


def field_label(field: str) -> str:
    """The name of a customer field, as the import wizard's column mapping shows it."""
    labels = {
        "name": QCoreApplication.translate("CustomerLabels", "Name"),
        "phone": QCoreApplication.translate("CustomerLabels", "Phone"),
        "address": QCoreApplication.translate("CustomerLabels", "Service address"),
        "province": QCoreApplication.translate("CustomerLabels", "Province"),
        "city": QCoreApplication.translate("CustomerLabels", "City"),
        "district": QCoreApplication.translate("CustomerLabels", "District"),
        "tags": QCoreApplication.translate("CustomerLabels", "Tags"),
        "wecom": QCoreApplication.translate("CustomerLabels", "WeCom"),
        "douyin": QCoreApplication.translate("CustomerLabels", "Douyin"),
        "taobao": QCoreApplication.translate("CustomerLabels", "Taobao"),
        "notes": QCoreApplication.translate("CustomerLabels", "Notes"),
    }
    return labels.get(field, field)


def status_label(status: str) -> str:
    """The import preview's word for a row status."""
    labels = {
        "ok": QCoreApplication.translate("CustomerLabels", "OK"),
        "error": QCoreApplication.translate("CustomerLabels", "Error"),
        "duplicate": QCoreApplication.translate("CustomerLabels", "Duplicate"),
        "ambiguous": QCoreApplication.translate("CustomerLabels", "Choose a region"),
        "chosen": QCoreApplication.translate("CustomerLabels", "Region chosen"),
        "skipped": QCoreApplication.translate("CustomerLabels", "Left out"),
    }
    return labels.get(status, status)
