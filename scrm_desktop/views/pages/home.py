"""The overview page: who is signed in, the company, the database, and recent activity."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.resources import icon
from scrm_desktop.services import audit
from scrm_desktop.services.overview import Overview, overview
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import show_error
from scrm_desktop.views.labels import action_label, entity_label, local_time, roles_label
from scrm_desktop.views.page import Page
from scrm_desktop.views.table_model import Column, RowTableModel
from scrm_desktop.views.widgets import hint_label, page_title, setup_table


class _Card(QFrame):
    def __init__(self, icon_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: white; border: 1px solid #dfe3e8; border-radius: 8px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        badge = QLabel()
        badge.setPixmap(icon(icon_name, color="#1565c0").pixmap(32, 32))
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        caption = QLabel(title)
        caption.setStyleSheet("color: #607d8b;")
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 17px; font-weight: 600; color: #263238;")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(caption)
        texts.addWidget(self.value)
        layout.addLayout(texts, 1)


class HomePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        self.greeting = page_title("")
        layout.addWidget(self.greeting)
        self.subtitle = QLabel(self.tr("Signed in as {roles}.").format(roles=roles_label(sorted(ctx.actor.roles))))
        self.subtitle.setStyleSheet("color: #607d8b;")
        layout.addWidget(self.subtitle)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.company_card = _Card("mdi6.domain", self.tr("Company"))
        self.database_card = _Card("mdi6.database-outline", self.tr("Database"))
        self.users_card = _Card("mdi6.account-group-outline", self.tr("User accounts"))
        grid.addWidget(self.company_card, 0, 0)
        grid.addWidget(self.database_card, 0, 1)
        grid.addWidget(self.users_card, 0, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        layout.addLayout(grid)

        self.recent_title = QLabel(self.tr("Recent activity"))
        self.recent_title.setStyleSheet("font-size: 15px; font-weight: 600; margin-top: 8px;")
        layout.addWidget(self.recent_title)
        tz = ctx.actor.timezone
        self.recent_model: RowTableModel[audit.AuditRow] = RowTableModel(
            [
                Column(self.tr("Time"), lambda r: local_time(r.at, tz)),
                Column(self.tr("User"), lambda r: r.actor_name),
                Column(self.tr("Action"), lambda r: action_label(r.action)),
                Column(self.tr("Subject"), lambda r: r.summary or entity_label(r.entity_type)),
            ],
            parent=self,
        )
        self.recent_view = QTableView()
        self.recent_view.setModel(self.recent_model)
        setup_table(self.recent_view)
        self.recent_view.setSortingEnabled(False)
        self.recent_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.recent_view, 1)
        self.recent_empty = hint_label(self.tr("Nothing has happened yet."))
        layout.addWidget(self.recent_empty)
        self.data: Overview | None = None

    def refresh(self) -> None:
        try:
            with self.ctx.db.session() as session:
                self.data = overview(session, self.ctx.actor)
        except Exception as exc:
            show_error(self, exc)
            return
        data = self.data
        self.greeting.setText(self.tr("Hello, {name}").format(name=self.ctx.actor.display_name))
        self.company_card.value.setText(
            data.company_name or self.tr("Not set yet — enter the company details under File → Settings.")
        )
        self.database_card.value.setText(self.ctx.db.describe())
        self.users_card.value.setText(
            self.tr("{active} active of {total}").format(active=data.active_users, total=data.total_users)
        )
        self.recent_model.set_rows(data.recent)
        can_see = bool(data.recent) or self.ctx.actor.can(Permission.VIEW_AUDIT)
        self.recent_title.setVisible(can_see)
        self.recent_view.setVisible(bool(data.recent))
        self.recent_empty.setVisible(can_see and not data.recent)
