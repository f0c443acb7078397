"""Why a work-order line got its tier: the facts of the line and the resolver's trace.

Opened by clicking a tier in the work order's earnings panel. The facts (tier, rule, unit price,
the date it was priced on, frozen or preview) come from the line itself. The trace comes from
``price_resolution.try_quote`` for the same job (region, provider type, scenario, complexity)
and date, shown with the shared ``TraceTexts`` sentences. Someone who may not read the tier
rules (an installer) sees the facts only: they are what was frozen and what they are paid on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scrm_desktop.services import price_resolution, regions
from scrm_desktop.services.earnings import Earnings, PricedLine
from scrm_desktop.services.errors import PermissionDenied, ScrmError
from scrm_desktop.services.price_resolution import QuoteAttempt
from scrm_desktop.services.scoping import CandidateTrace
from scrm_desktop.services.tier_rules import Tier
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error
from scrm_desktop.views.rule_trace import TraceTexts, region_text
from scrm_desktop.views.table_model import RowTableModel
from scrm_desktop.views.widgets import ERROR_COLOR, setup_table
from scrm_desktop.views.work_order_labels import money_text


def tier_text(tier: Tier) -> str:
    return f"{tier.name} ({tier.code})"


class TierTraceDialog(QDialog):
    """The facts and the trace of one line's tier in one book (``settlement`` or ``sales``)."""

    def __init__(
        self, ctx: AppContext, earnings: Earnings, line: PricedLine, book: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.earnings = earnings
        self.line = line
        self.book = book
        self.attempt: QuoteAttempt | None = None
        self.group_names: dict[str, str] = {}
        side = line.settlement if book == "settlement" else line.sales
        self.setWindowTitle(
            self.tr("Settlement tier of {item}").format(item=line.item_name)
            if book == "settlement"
            else self.tr("Sales tier of {item}").format(item=line.item_name)
        )
        self.setMinimumSize(1040, 480)

        job = earnings.job
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("Item:"), self._value(f"{line.item_name} ({line.item_code})"))
        facts.addRow(self.tr("Tier:"), self._value(f"{side.tier_name} ({side.tier_code})" if side.tier_code else "—"))
        facts.addRow(self.tr("Rule:"), self._value(side.rule_name or "—"))
        facts.addRow(self.tr("Unit price:"), self._value(money_text(side.unit_price) or "—"))
        facts.addRow(
            self.tr("Priced on:"),
            self._value(
                self.tr("{date}, frozen at completion").format(date=earnings.priced_on.isoformat())
                if earnings.frozen
                else self.tr("{date} (preview)").format(date=earnings.priced_on.isoformat())
            ),
        )
        facts.addRow(
            self.tr("Job:"),
            self._value(
                self.tr(
                    "{region} · provider type {provider_type} · scenario {scenario} · complexity {complexity}"
                ).format(
                    region=region_text(job.region_code) or self.tr("no region"),
                    provider_type=job.provider_type or "—",
                    scenario=job.scenario or "—",
                    complexity=job.complexity if job.complexity is not None else self.tr("the item's own"),
                )
            ),
        )
        self.facts = facts

        self.message = QLabel()
        self.message.setObjectName("trace-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trace_texts = TraceTexts(tier_text, lambda: self.group_names, self)
        self.trace_model: RowTableModel[CandidateTrace[Tier]] = RowTableModel(
            self.trace_texts.columns(self.tr("Tier")), parent=self, dimmed=lambda t: not t.matched
        )
        self.trace_view = QTableView()
        self.trace_view.setObjectName("tier-trace-table")
        self.trace_view.setModel(self.trace_model)
        setup_table(self.trace_view)
        self.trace_view.setSortingEnabled(False)  # the resolver's order: winner, losers best first, rejected
        self.trace_view.horizontalHeader().setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        self.main_layout = layout
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addLayout(facts)
        layout.addWidget(self.message)
        layout.addWidget(self.trace_view, 1)
        layout.addWidget(buttons)
        self._load_trace()

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def has_trace(self) -> bool:
        return self.attempt is not None

    def _load_trace(self) -> None:
        job = self.earnings.job
        try:
            with self.ctx.db.session() as session:
                attempt = price_resolution.try_quote(
                    session,
                    self.ctx.actor,
                    book=self.book,
                    item_code=self.line.item_code,
                    region_code=job.region_code,
                    provider_type=job.provider_type,
                    scenario=job.scenario,
                    complexity=job.complexity,
                    on=self.earnings.priced_on,
                )
                groups = regions.list_groups(session, self.ctx.actor)
        except PermissionDenied:
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr(
                    "These are the tier, rule and unit price recorded for this line. You may not read the "
                    "tier rules, so the rules that were compared are not shown."
                )
            )
            self._without_trace()
            return
        except ScrmError as exc:
            self.message.setStyleSheet(f"color: {ERROR_COLOR};")
            self.message.setText(describe_error(exc))
            self._without_trace()
            return
        self.attempt = attempt
        self.group_names = {str(g.id): g.name for g in groups}
        self.trace_texts.resolution = attempt.resolution
        self.trace_model.set_rows(attempt.resolution.trace)
        self.message.setText(self._explanation(attempt))

    def _without_trace(self) -> None:
        """Only the facts: no table, and a dialog only as tall as they are."""
        self.trace_view.setVisible(False)
        layout = self.main_layout
        layout.insertStretch(layout.indexOf(self.buttons), 1)  # the text under the facts, the button at the bottom
        self.setMinimumSize(640, 0)
        self.resize(720, 300)

    def _explanation(self, attempt: QuoteAttempt) -> str:
        side = self.line.settlement if self.book == "settlement" else self.line.sales
        winner = attempt.resolution.winner
        parts = []
        if self.earnings.frozen:
            parts.append(
                self.tr(
                    "The rules below are resolved as they stand today, for the date the line was priced on. "
                    "The frozen figures above never change with them."
                )
            )
            if winner is not None and side.rule_id is not None and winner.id != side.rule_id:
                changed = self.tr("The rules have changed since: today the rule “{rule}” would win.")
                parts.append(changed.format(rule=winner.label))
        elif attempt.problem is not None:
            parts.append(describe_error(attempt.problem))
        else:
            parts.append(self.tr("Every tier rule of the book, and why it was chosen, lost or does not match."))
        return "\n".join(parts)
