"""The statements page: build a month's drafts, issue, pay, void and amend them, preview, print and
export their PDFs, and reconcile the month."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from work_order_fixtures import WorkOrderData, add_data, admin_context, create, order_input

from scrm_desktop.config import Settings
from scrm_desktop.services import statements, users
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.periods import Period
from scrm_desktop.services.permissions import Actor, Permission
from scrm_desktop.services.rmb import rmb_upper
from scrm_desktop.views import tasks
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.pages.statements import StatementsPage
from scrm_desktop.views.statement_dialogs import (
    BatchExportDialog,
    BatchTarget,
    Payment,
    PaymentDialog,
    ReconcileDialog,
)
from scrm_desktop.views.statement_preview import StatementPreviewDialog

D = Decimal
NOVEMBER = Period.month(2026, 11)
ZHANG, LI = "张师傅", "李师傅"
TIMEOUT = 20_000

try:
    from scrm_desktop.services import statement_pdf  # noqa: F401 - only whether it is there
except ImportError:  # pragma: no cover - the renderer is written beside this page
    HAS_PDF = False
else:
    HAS_PDF = True
needs_pdf = pytest.mark.skipif(not HAS_PDF, reason="services/statement_pdf.py is not there yet")


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Questions answer yes and are recorded (title, text)."""
    asked: list[tuple[str, str]] = []

    def confirm(_self: StatementsPage, title: str, text: str) -> bool:
        asked.append((title, text))
        return True

    monkeypatch.setattr(StatementsPage, "confirm", confirm)
    return asked


@pytest.fixture
def ctx(sqlite_db: object) -> AppContext:
    return admin_context(sqlite_db)  # type: ignore[arg-type]


@pytest.fixture
def data(ctx: AppContext) -> WorkOrderData:
    """张师傅 60% and 李师傅 40% on one completed work order (272.73), 李师傅 alone on another; all on
    2026-11-20. 张师傅 earns 163.64, 李师傅 381.82."""
    found = add_data(ctx)
    setup = found.setup
    shared = create(ctx.db, ctx.actor, order_input(setup))
    alone = create(ctx.db, ctx.actor, order_input(setup, crew_shares=(("I002", "100"),)))
    with ctx.db.session() as session:
        wo.complete_work_orders(session, ctx.actor, [shared.id, alone.id])
    return found


def open_page(qtbot: QtBot, ctx: AppContext) -> StatementsPage:
    page = StatementsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_month(2026, 11)
        page.refresh()
    return page


def build(qtbot: QtBot, page: StatementsPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        task = page.build_drafts()
        assert task is not None


def row_of(page: StatementsPage, name: str) -> statements.StatementRow:
    return next(row for row in page.model.rows if row.payee_name == name)


def issue(qtbot: QtBot, page: StatementsPage, name: str) -> str:
    """Issue the draft of ``name`` through the page; its number."""
    assert page.select(row_of(page, name).id)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        assert page.issue_drafts() is not None
    number = row_of(page, name).number
    assert number is not None
    return number


def cell(page: StatementsPage, name: str, column: int) -> str:
    position = next(i for i, row in enumerate(page.model.rows) if row.payee_name == name)
    return str(page.model.index(position, column).data())


def test_an_empty_period_says_how_to_start(qtbot: QtBot, ctx: AppContext, data: WorkOrderData) -> None:
    page = open_page(qtbot, ctx)
    assert page.table_stack.currentWidget() is page.empty_label
    assert "生成草稿" in page.empty_label.text()
    assert page.actions_enabled()["build"] and not page.actions_enabled()["issue"]
    # The month defaults to last month.
    fresh = StatementsPage(ctx)
    qtbot.addWidget(fresh)
    today = wo.business_today(ctx.actor)
    assert fresh.period() == Period.month(*((today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)))


def test_building_shows_one_draft_per_installer_with_its_totals(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    assert page.table_stack.currentWidget() is page.view
    assert sorted((r.payee_name, r.status, str(r.gross), str(r.net)) for r in page.model.rows) == [
        (ZHANG, "draft", "163.64", "163.64"),
        (LI, "draft", "381.82", "381.82"),
    ]
    assert cell(page, ZHANG, 0) == "草稿" and cell(page, ZHANG, 1) == "草稿"
    assert cell(page, ZHANG, 5) == "2026-11"
    assert cell(page, LI, 6) == "4"  # 李师傅: two lines of each work order
    assert cell(page, LI, 7) == "381.82"
    # The footer adds up the rows shown; the notice says what was built.
    assert page.count_label.text() == "2 份结算单 · 应结 ¥545.46 · 代扣个税 ¥0.00 · 实付 ¥545.46"
    assert "2" in page.notice_label.text() and "¥545.46" in page.notice_label.text()

    # The detail pane shows the snapshot of the selected statement, with the amount in words.
    page.select(row_of(page, ZHANG).id)
    pane = page.detail_pane
    assert pane.detail is not None and pane.detail.row.payee_name == ZHANG
    texts = pane.row_texts()
    assert [t[0] for t in texts] == ["1", "2"]
    assert texts[0][2].startswith("WO-") and texts[0][3].startswith("刘女士 · 广东省广州市天河区")
    assert texts[0][4:9] == ["挂机空调安装", "2 台", "120.00", "60", "144.00"]
    assert pane.total_labels["net"].text() == "¥163.64"
    assert pane.upper_label.text().endswith(rmb_upper(D("163.64")))
    assert "壹佰陆拾叁元陆角肆分" in pane.upper_label.text()

    # A search narrows the list (and says so when nothing matches).
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_search("I002")
    assert [r.payee_name for r in page.model.rows] == [LI]
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_search("nobody")
    assert page.table_stack.currentWidget() is page.empty_label
    assert "筛选" in page.empty_label.text()


def test_issuing_a_draft_gives_it_a_number_after_confirming_count_and_total(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, questions: list[tuple[str, str]]
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    number = issue(qtbot, page, ZHANG)
    assert number.startswith("JS-")
    _title, text = questions[-1]
    assert "1" in text and "¥163.64" in text
    issued = row_of(page, ZHANG)
    assert issued.status == "issued" and issued.issued_on is not None
    assert cell(page, ZHANG, 0) == number and cell(page, ZHANG, 1) == "已出具"
    assert row_of(page, LI).status == "draft"
    assert number in page.notice_label.text()
    # The issued statement stays selected, and its detail shows the number and the hash.
    assert [r.id for r in page.selected_rows()] == [issued.id]
    assert page.detail_pane.detail is not None and page.detail_pane.detail.row.number == number
    assert "SHA-256" in page.detail_pane.state_label.text()
    enabled = page.actions_enabled()
    assert enabled["pay"] and enabled["void"] and not enabled["amend"]

    # Nothing selected: "Issue" issues every draft shown (here 李师傅's).
    page.view.clearSelection()
    assert [r.payee_name for r in page.drafts_to_issue()] == [LI]


def test_marking_paid_records_date_and_reference(
    qtbot: QtBot,
    ctx: AppContext,
    data: WorkOrderData,
    questions: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    issue(qtbot, page, ZHANG)
    paid_on = dt.date(2026, 12, 5)
    monkeypatch.setattr(StatementsPage, "ask_payment", lambda _self, _row: Payment(paid_on, "ICBC-20261205-001"))
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        assert page.mark_paid_selected() is not None
    paid = row_of(page, ZHANG)
    assert (paid.status, paid.paid_on, paid.payment_ref) == ("paid", paid_on, "ICBC-20261205-001")
    assert cell(page, ZHANG, 13) == "2026-12-05" and cell(page, ZHANG, 1) == "已付款"


def test_voiding_with_a_reason_then_amending(
    qtbot: QtBot,
    ctx: AppContext,
    data: WorkOrderData,
    questions: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    number = issue(qtbot, page, ZHANG)
    reasons: list[str] = []

    def ask_reason(_self: StatementsPage, _title: str, label: str) -> str:
        reasons.append(label)
        return "单价录入错误"

    monkeypatch.setattr(StatementsPage, "ask_reason", ask_reason)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        assert page.void_selected() is not None
    assert number in reasons[0]
    # After voiding, the page offered the amendment (answered yes): a new draft refers to the voided one.
    assert questions[-1][0] == "生成更正单" and number in questions[-1][1]
    voided = page.row_by_number(number)
    assert voided is not None and voided.status == "void" and voided.void_reason == "单价录入错误"
    amendment = next(r for r in page.model.rows if r.amends_id == voided.id)
    assert (amendment.status, amendment.payee_name, amendment.gross) == ("draft", ZHANG, D("163.64"))
    assert [r.id for r in page.selected_rows()] == [amendment.id]
    position = page.model.rows.index(amendment)
    assert page.model.index(position, 0).data(Qt.ItemDataRole.ToolTipRole) == f"更正 {number}"
    assert page.detail_pane.detail is not None
    assert number in page.detail_pane.state_label.text()  # "Amends JS-…"
    # A voided statement is not counted in the footer's sums.
    assert "实付 ¥545.46" in page.count_label.text() and "作废" in page.count_label.text()
    # A voided statement is amended once.
    page.select(voided.id)
    assert not page.actions_enabled()["amend"]
    # The amendment issues like any draft, with a new number.
    page.select(amendment.id)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.issue_drafts()
    reissued = next(r for r in page.model.rows if r.id == amendment.id)
    assert reissued.status == "issued" and reissued.number not in (None, number)


def test_issuing_entries_another_statement_settled_meanwhile_is_refused(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, questions: list[tuple[str, str]]
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    # Meanwhile another user builds and issues statements for a range inside November.
    other = Period(dt.date(2026, 11, 15), dt.date(2026, 11, 25), "")
    with ctx.db.session() as session:
        statements.build_statements(session, ctx.actor, period=other, party_kind="installer")
    with ctx.db.session() as session:
        rows = statements.list_statements(session, ctx.actor, period=other, statuses=("draft",))
        ranged = [r.id for r in rows if r.period_from == other.first and r.payee_name == ZHANG]
        [holder] = statements.issue_statements(session, ctx.actor, ranged)
    page.select(row_of(page, ZHANG).id)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        task = page.issue_drafts()
    assert task is not None and isinstance(task.error, statements.AlreadySettled)
    dialog = page.last_error_dialog
    assert isinstance(dialog, QMessageBox)
    assert holder in dialog.text()  # AlreadySettled names the statement that holds the earnings
    dialog.close()
    assert row_of(page, ZHANG).status == "draft"  # nothing was issued


def test_reconciling_the_month_shows_no_difference(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, questions: list[tuple[str, str]]
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    issue(qtbot, page, ZHANG)
    dialog = page.reconcile()
    assert isinstance(dialog, ReconcileDialog)
    qtbot.addWidget(dialog)
    assert dialog.values["earned"].text() == "¥545.46"
    assert dialog.values["settled"].text() == "¥163.64"
    assert dialog.values["unsettled"].text() == "¥381.82"
    assert dialog.difference_label.text() == "¥0.00"
    assert "#c62828" not in dialog.difference_label.styleSheet()
    dialog.close()


def test_a_difference_is_shown_in_red(qtbot: QtBot) -> None:
    wrong = statements.Reconciliation(
        NOVEMBER, D("100.00"), D("90.00"), D("0.00"), D("90.00"), D("0.00"), D("0.00"), D("0.00")
    )
    dialog = ReconcileDialog(wrong, "2026-11")
    qtbot.addWidget(dialog)
    assert dialog.difference_label.text() == "¥10.00"
    assert "#c62828" in dialog.difference_label.styleSheet()


@needs_pdf
def test_the_pdf_preview_shows_the_pages_and_prints_and_saves_them(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, questions: list[tuple[str, str]], tmp_path: Path
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    number = issue(qtbot, page, LI)
    dialog = page.preview_selected()
    assert isinstance(dialog, StatementPreviewDialog)
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT) as rendered:
        pass
    assert rendered.args is not None and rendered.args[0] >= 1
    assert dialog.page_count() >= 1 and number in dialog.windowTitle()
    assert dialog.voucher_check.isVisibleTo(dialog)  # the admin may see personal data
    # Printing draws every page into the printer (here a PDF file).
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed_file = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_file))
    assert dialog.print_to(printer) == dialog.page_count()
    printed = QPdfDocument()
    assert printed.load(str(printed_file)) == QPdfDocument.Error.None_
    assert printed.pageCount() == dialog.page_count()
    printed.close()
    # Save as copies the PDF shown.
    saved = dialog.save_to(tmp_path / "copy")
    assert saved == tmp_path / "copy.pdf" and saved.read_bytes().startswith(b"%PDF")
    # The voucher renders again.
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        dialog.voucher_check.setChecked(True)
    folder = dialog._folder
    dialog.close()
    assert not folder.exists()  # the temporary PDFs go with the dialog


@needs_pdf
def test_closing_the_preview_while_it_renders_leaves_nothing_running(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    page.select(row_of(page, ZHANG).id)
    dialog = page.preview_selected()
    assert dialog is not None and dialog.task is not None
    task, folder = dialog.task, dialog._folder
    dialog.close()
    qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)
    assert task not in tasks._running
    qtbot.waitUntil(lambda: page.preview_dialog is None, timeout=TIMEOUT)
    assert not folder.exists()


@needs_pdf
def test_print_opens_the_print_dialog_once_the_pdf_shows(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    page.select(row_of(page, ZHANG).id)
    printed_file = tmp_path / "printed.pdf"

    def ask_printer(_self: StatementPreviewDialog) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_file))
        return printer

    monkeypatch.setattr(StatementPreviewDialog, "ask_printer", ask_printer)
    dialog = page.print_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: "打印机" in dialog.status_label.text(), timeout=TIMEOUT)
    assert printed_file.read_bytes().startswith(b"%PDF")
    dialog.close()


@needs_pdf
def test_the_voucher_is_offered_only_with_the_right_to_see_personal_data(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, questions: list[tuple[str, str]]
) -> None:
    # No shipped role manages statements without seeing personal data; a custom one could.
    clerk = Actor(ctx.actor.user_id, "clerk", "结算员", frozenset({"finance"}))
    object.__setattr__(clerk, "permissions", frozenset({Permission.MANAGE_STATEMENTS}))
    page = open_page(qtbot, AppContext(ctx.db, clerk, Settings()))
    build(qtbot, page)
    page.select(row_of(page, ZHANG).id)
    dialog = page.preview_selected()
    assert dialog is not None
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        pass
    assert not dialog.voucher_check.isVisibleTo(dialog)
    dialog.close()


@needs_pdf
@pytest.mark.usefixtures("questions")
def test_exports_write_pdfs_and_the_lines_workbook(
    qtbot: QtBot,
    ctx: AppContext,
    data: WorkOrderData,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    number = issue(qtbot, page, ZHANG)
    folder = tmp_path / "pdfs"
    monkeypatch.setattr(StatementsPage, "ask_batch_target", lambda _self, _count: BatchTarget(folder, None))
    task = page.export_pdfs()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
        pass
    assert [p.name for p in folder.iterdir()] == [f"{number}.pdf"]
    assert str(folder) in page.notice_label.text()

    workbook = tmp_path / "lines"
    monkeypatch.setattr(StatementsPage, "ask_save_path", lambda _self, _title, _name, _filter: workbook)
    task = page.export_lines_selected()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
        pass
    sheet = load_workbook(workbook.with_suffix(".xlsx")).active
    assert sheet is not None and sheet["B1"].value == number


def test_providers_get_their_own_statements(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, questions: list[tuple[str, str]]
) -> None:
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_party_kind("provider")
    build(qtbot, page)
    assert [(r.party_kind, r.payee_name, str(r.gross)) for r in page.model.rows] == [
        ("provider", "广州天河恒通机电安装服务部", "545.46")
    ]
    # The provider filter keeps the statements of the chosen provider only.
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.choose_provider(data.setup.other_provider_id)
    assert page.model.rows == []


def test_models_pass_the_model_tester(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, qtmodeltester: object
) -> None:
    page = open_page(qtbot, ctx)
    build(qtbot, page)
    page.select(row_of(page, LI).id)
    for model in (page.model, page.proxy, page.detail_pane.lines_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_unknown_statement_id_is_not_selected(qtbot: QtBot, ctx: AppContext, data: WorkOrderData) -> None:
    page = open_page(qtbot, ctx)
    assert not page.select(uuid.uuid4())


def test_a_custom_range_builds_and_lists_its_own_drafts(qtbot: QtBot, ctx: AppContext, data: WorkOrderData) -> None:
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_range(dt.date(2026, 11, 15), dt.date(2026, 11, 25))
    assert not page.month_edit.isEnabled() and page.from_edit.isEnabled()
    build(qtbot, page)
    assert {cell(page, name, 5) for name in (ZHANG, LI)} == {"2026-11-15~2026-11-25"}
    # A range that ends before it starts is refused inline and loads nothing.
    page.to_edit.setDate(page.from_edit.date().addDays(-1))
    assert page.period() is None
    assert page.build_drafts() is None
    assert "早于" in page.notice_label.text()


def test_the_payment_and_batch_dialogs_read_their_widgets(qtbot: QtBot, tmp_path: Path) -> None:
    payment = PaymentDialog("JS-HQ-202611-000001", D("1234.50"), dt.date(2026, 12, 1))
    qtbot.addWidget(payment)
    payment.reference_edit.setText("  ICBC-001 ")
    assert payment.payment() == Payment(dt.date(2026, 12, 1), "ICBC-001")
    assert "JS-HQ-202611-000001" in payment.summary.text() and "¥1,234.50" in payment.summary.text()

    batch = BatchExportDialog(3)
    qtbot.addWidget(batch)
    assert batch.target() is None
    batch.path_edit.setText(str(tmp_path / "out"))
    assert batch.target() == BatchTarget(tmp_path / "out", None)
    batch.merged.setChecked(True)
    assert batch.target() == BatchTarget(None, tmp_path / "out.pdf")
