"""The price impact preview: what an unsaved price or tier-rule change would have changed in a past month.

Opened from the price grid (its unsaved edits, ``PriceImpactDialog.for_prices``) and from the
tier-rule dialog (the rule as entered, ``for_rule``). The month defaults to last month; changing
it, or for prices the effective date or "as if in force", recomputes in the background through
``views/tasks.run_task`` with ``services/price_impact``. Nothing is ever saved from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scrm_desktop.i18n import app_translate
from scrm_desktop.services import price_impact, pricing
from scrm_desktop.services.errors import ScrmError
from scrm_desktop.services.periods import Period, last_month
from scrm_desktop.services.price_impact import ImpactRow, PriceImpact, Problems, TierRuleChange
from scrm_desktop.services.pricing import CellKey
from scrm_desktop.services.progress import Progress
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.errors import describe_error, show_error
from scrm_desktop.views.table_model import Column, RowTableModel
from scrm_desktop.views.tasks import BackgroundTask, run_task
from scrm_desktop.views.widgets import error_label, hint_label, setup_table

# One computation: everything it needs was read from the widgets before it runs off the UI thread.
Job = Callable[[Session, Progress], PriceImpact]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LISTED_PROBLEMS = 3


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def signed(value: Decimal) -> str:
    return f"{value:+,.2f}"


class PriceImpactDialog(QDialog):
    """Settlement before and after a change, per region group and per provider, for one month.

    Build it with ``for_prices`` or ``for_rule``. It computes at once and again whenever an input
    changes; a computation still running when another is asked for is followed by a new one.

    Signals:
        computed(object): a new ``PriceImpact`` is shown (also ``impact``).
        refused(object): the service refused the change (a ``ScrmError``); its message is shown.
    """

    computed = Signal(object)
    refused = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.impact: PriceImpact | None = None
        self.task: BackgroundTask | None = None
        self._again = False
        self._job: Callable[[Period], Job] | None = None

        today = pricing.business_today(ctx.actor)
        self.description = hint_label("")
        self.period_edit = QDateEdit()
        self.period_edit.setObjectName("impact-period")
        self.period_edit.setDisplayFormat("yyyy-MM")
        self.period_edit.setCalendarPopup(True)
        self.set_period(last_month(today))
        self.period_edit.dateChanged.connect(lambda _d: self.compute())
        # Shown for price changes only (see ``for_prices``).
        self.effective_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.effective_edit.setObjectName("impact-effective")
        self.effective_edit.setCalendarPopup(True)
        self.effective_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_if_check = QCheckBox(self.tr("As if the new prices had been in force during the whole month"))
        self.as_if_check.setObjectName("impact-as-if")
        self.as_if_check.setChecked(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Completed work in:"), self.period_edit)

        self.summary = QLabel()
        self.summary.setObjectName("impact-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QLabel()
        self.problems.setObjectName("impact-problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8d6e00;")
        self.problems.setVisible(False)
        self.error = error_label()

        self.group_model: RowTableModel[ImpactRow] = RowTableModel(
            self._columns(self.tr("Region group"), self.tr("Not in any region group"), self.tr("Kind"), self._kind),
            parent=self,
        )
        self.provider_model: RowTableModel[ImpactRow] = RowTableModel(
            self._columns(self.tr("Provider"), self.tr("No provider"), self.tr("Type"), lambda r: r.detail),
            parent=self,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._table(self.group_model, "impact-groups"), self.tr("By region group"))
        self.tabs.addTab(self._table(self.provider_model, "impact-providers"), self.tr("By provider"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.description)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Recomputed from the prices and tier rules on each work order's completion date; nothing is "
                    "saved. A region can be in several region groups, so their rows can add up to more than the total."
                )
            )
        )
        layout.addWidget(buttons)
        self.resize(860, 600)

    # --- construction -------------------------------------------------------------------------------

    @classmethod
    def for_prices(
        cls,
        ctx: AppContext,
        *,
        book: str,
        book_label: str,
        changes: dict[CellKey, Decimal | None],
        parent: QWidget | None = None,
    ) -> PriceImpactDialog:
        """The impact of the price grid's unsaved ``changes`` in ``book``, saved from the chosen date."""
        dialog = cls(ctx, parent)
        dialog.show_price_inputs(len(changes), book_label)
        actor, cells = ctx.actor, dict(changes)

        def job(period: Period) -> Job:
            found = price_impact.grid_changes(book, dialog.effective_date(), cells)
            as_dated = not dialog.as_if_check.isChecked()

            def run(session: Session, progress: Progress) -> PriceImpact:
                return price_impact.price_change_impact(
                    session, actor, found, period, as_dated=as_dated, progress=progress
                )

            return run

        dialog.start(job)
        return dialog

    @classmethod
    def for_rule(
        cls, ctx: AppContext, change: TierRuleChange, *, name: str, parent: QWidget | None = None
    ) -> PriceImpactDialog:
        """The impact of saving the tier rule ``change`` (created, edited or (de)activated)."""
        dialog = cls(ctx, parent)
        dialog.show_rule_inputs(name)
        actor = ctx.actor

        def job(period: Period) -> Job:
            def run(session: Session, progress: Progress) -> PriceImpact:
                return price_impact.tier_rule_impact(session, actor, change, period, progress=progress)

            return run

        dialog.start(job)
        return dialog

    def show_price_inputs(self, count: int, book_label: str) -> None:
        self.setWindowTitle(self.tr("Price impact preview"))
        self.description.setText(
            self.tr("What {count} changed prices in the {book} would have changed in a past month.").format(
                count=QLocale().toString(count), book=book_label
            )
        )
        self.form.addRow(self.tr("Effective from:"), self.effective_edit)
        self.form.addRow("", self.as_if_check)
        self.effective_edit.dateChanged.connect(lambda _d: self.compute())
        self.as_if_check.toggled.connect(lambda _on: self.compute())

    def show_rule_inputs(self, name: str) -> None:
        self.setWindowTitle(self.tr("Tier rule impact preview"))
        self.description.setText(
            self.tr("What the rule “{name}” as entered would have changed in a past month.").format(name=name)
        )

    def _columns(
        self, title: str, nobody: str, detail_title: str, detail: Callable[[ImpactRow], str]
    ) -> list[Column[ImpactRow]]:
        return [
            Column(title, lambda r: r.name if r.key is not None else nobody),
            Column(detail_title, lambda r: detail(r) if r.key is not None else ""),
            Column(self.tr("Lines"), lambda r: QLocale().toString(r.lines), RIGHT),
            Column(self.tr("Changed"), lambda r: QLocale().toString(r.lines_changed), RIGHT),
            Column(self.tr("Before"), lambda r: money(r.before), RIGHT),
            Column(self.tr("After"), lambda r: money(r.after), RIGHT),
            Column(self.tr("Difference"), lambda r: signed(r.diff), RIGHT),
        ]

    def _kind(self, row: ImpactRow) -> str:
        # The region page's words for the kinds of group, so both always say the same.
        labels = {
            "area": QCoreApplication.translate("RegionsPage", "Area"),
            "city_tier": QCoreApplication.translate("RegionsPage", "City tier"),
            "custom": QCoreApplication.translate("RegionsPage", "Custom"),
        }
        return labels.get(row.detail, row.detail)

    def _table(self, model: RowTableModel[ImpactRow], name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        setup_table(view)
        view.setSortingEnabled(False)  # the service's order: the largest effect first
        return view

    # --- inputs -------------------------------------------------------------------------------------

    def period(self) -> Period:
        day: dt.date = self.period_edit.date().toPython()  # type: ignore[assignment]
        return Period.month(day.year, day.month)

    def set_period(self, period: Period) -> None:
        self.period_edit.setDate(QDate(period.first.year, period.first.month, 1))

    def effective_date(self) -> dt.date:
        day: dt.date = self.effective_edit.date().toPython()  # type: ignore[assignment]
        return day

    # --- computing ----------------------------------------------------------------------------------

    def start(self, job: Callable[[Period], Job]) -> None:
        """Compute with ``job`` now and whenever an input changes (``job`` reads the inputs it needs)."""
        self._job = job
        self.compute()

    def compute(self) -> BackgroundTask | None:
        """Recompute for the inputs shown, in the background (after the running one, if any)."""
        if self._job is None:
            return None
        if self.task is not None:
            self._again = True
            return None
        db, period = self.ctx.db, self.period()
        run = self._job(period)

        def work(progress: Progress) -> PriceImpact:
            with db.session() as session:
                return run(session, progress)

        self.error.setVisible(False)
        self.summary.setText(self.tr("Recomputing the completed work of {period}…").format(period=period.label))
        task = run_task(self, work, title=self.tr("Recomputing settlement…"), show_errors=False)
        task.succeeded.connect(self.show_impact)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self.summary.setText(self.tr("The recomputation was cancelled.")))
        task.finished.connect(self._finished)
        self.task = task
        return task

    def done(self, result: int) -> None:
        """Close; a recomputation still running is cancelled (it writes nothing either way)."""
        self._again = False
        if self.task is not None:
            self.task.cancel()
        super().done(result)

    def _finished(self) -> None:
        self.task = None
        if self._again:
            self._again = False
            self.compute()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ScrmError):
            show_error(self, exc)
            return
        self.impact = None
        self.group_model.set_rows([])
        self.provider_model.set_rows([])
        self.summary.setText("")
        self.problems.setVisible(False)
        self.error.setText(describe_error(exc))
        self.error.setVisible(True)
        self.refused.emit(exc)

    # --- showing ------------------------------------------------------------------------------------

    def show_impact(self, impact: PriceImpact) -> None:
        self.impact = impact
        self.group_model.set_rows(impact.by_group)
        self.provider_model.set_rows(impact.by_provider)
        self.summary.setText(self.summary_text(impact))
        problems = self.problem_text(impact)
        self.problems.setText(problems)
        self.problems.setVisible(bool(problems))
        self.computed.emit(impact)

    def summary_text(self, impact: PriceImpact) -> str:
        locale = QLocale()
        lines = [
            self.tr("{period}: {count} completed lines, ¥{total} earned (frozen on them).").format(
                period=impact.period.label,
                count=locale.toString(impact.period_lines),
                total=money(impact.period_frozen_total),
            )
        ]
        if impact.affects_settlement:
            lines.append(
                self.tr("The change reaches {count} lines, {changed} of them change.").format(
                    count=locale.toString(impact.lines_considered), changed=locale.toString(impact.lines_changed)
                )
            )
            lines.append(
                self.tr("Before the change ¥{before}, after it ¥{after}: a difference of {diff}.").format(
                    before=money(impact.before_total), after=money(impact.after_total), diff=signed(impact.diff)
                )
            )
            if impact.before_total != impact.frozen_total:
                lines.append(
                    self.tr(
                        "Recomputed before the change, these lines come to another total than the ¥{frozen} "
                        "frozen on them: prices or rules were changed after the work was done."
                    ).format(frozen=money(impact.frozen_total))
                )
        lines += [note.message(app_translate) for note in impact.notes]
        return "\n".join(lines)

    def problem_text(self, impact: PriceImpact) -> str:
        parts = []
        for problems, text in (
            (impact.problems_before, self.tr("{count} lines cannot be priced without the change:")),
            (impact.problems_after, self.tr("{count} lines cannot be priced with the change:")),
        ):
            if problems.count:
                parts.append(text.format(count=QLocale().toString(problems.count)))
                parts += self._examples(problems)
        return "\n".join(parts)

    def _examples(self, problems: Problems) -> list[str]:
        return [
            self.tr("{work_order} ({lines} lines like it): {reason}").format(
                work_order=p.work_order, lines=QLocale().toString(p.lines), reason=describe_error(p.error)
            )
            for p in problems.examples[:LISTED_PROBLEMS]
        ]
