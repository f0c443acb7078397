"""The customer import wizard: file → column mapping → preview with statuses → one-transaction import."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from argon2 import PasswordHasher
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, Customer
from scrm_desktop.services import customer_import, customers, users
from scrm_desktop.views import customer_import as wizard_module
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.customer_import import CustomerImportWizard
from scrm_desktop.views.customer_labels import status_label
from scrm_desktop.views.import_preview import PROBLEM, REGION, STATUS
from scrm_desktop.views.pages.customers import CustomersPage

BJ_CHAOYANG, CC_CHAOYANG = "110105", "220104"
HEADERS = ["客户名称", "手机号", "安装地址", "标签", "备注"]


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")
        customers.create_customer(session, actor, name="老客户", phone="13800000000", address="广州市天河区")
    return AppContext(sqlite_db, actor, Settings())


def write_csv(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def count(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0


def import_audits(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        stmt = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "customer.import")
        return session.scalar(stmt) or 0


def open_wizard(qtbot: QtBot, ctx: AppContext) -> CustomerImportWizard:
    wizard = CustomerImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def load(qtbot: QtBot, wizard: CustomerImportWizard, path: Path) -> None:
    task = wizard.load_file(path)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert wizard.table is not None


def click(qtbot: QtBot, wizard: CustomerImportWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def go_to_preview(qtbot: QtBot, wizard: CustomerImportWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.mapping_page
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)


def statuses(wizard: CustomerImportWizard) -> dict[str, str]:
    """Name → the status word the preview table shows."""
    proxy = wizard.preview_page.proxy
    return {proxy.index(r, 2).data(): proxy.index(r, STATUS).data() for r in range(proxy.rowCount())}


def preview_row(wizard: CustomerImportWizard, name: str) -> int:
    proxy = wizard.preview_page.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 2).data() == name:
            return r
    raise AssertionError(f"{name} is not in the preview")


def choose_region(qtbot: QtBot, wizard: CustomerImportWizard, name: str, path: str) -> None:
    """Open the Region cell's editor of ``name`` and pick ``path`` with the keyboard."""
    view = wizard.preview_page.view
    index = view.model().index(preview_row(wizard, name), REGION)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    options = [editor.itemText(i) for i in range(editor.count())]
    while editor.currentText() != path:
        assert editor.currentIndex() < len(options) - 1, f"{path} is not offered: {options}"
        qtbot.keyClick(editor, Qt.Key.Key_Down)


def finish(qtbot: QtBot, wizard: CustomerImportWizard) -> None:
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)


# --- end to end ---------------------------------------------------------------------------------


def test_csv_import_from_mapping_to_commit_refreshes_the_customer_list(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    wizard = page.import_customers()
    assert isinstance(wizard, CustomerImportWizard)
    path = write_csv(
        tmp_path / "客户.csv",
        [
            ["张三", "13812341234", "广东省深圳市南山区科技园", "VIP", ""],
            ["李四", "139 0000 1111", "朝阳区建国路88号", "", "周末上门"],
            ["王五", "", "湖北仙桃市", "", ""],
        ],
    )
    load(qtbot, wizard, path)
    assert "3" in wizard.file_page.info_label.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    # The mapping is guessed from the column names; unknown fields stay empty.
    combos = wizard.mapping_page.combos
    assert {name: combos[name].currentData() for name in ("name", "phone", "address", "tags", "notes", "city")} == {
        "name": 0,
        "phone": 1,
        "address": 2,
        "tags": 3,
        "notes": 4,
        "city": -1,
    }
    assert wizard.mapping_page.sample_model.rowCount() == 3
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)

    assert statuses(wizard) == {"张三": "正常", "李四": status_label("ambiguous"), "王五": "正常"}
    assert status_label("ambiguous") == "需选择地区"
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "1" in wizard.preview_page.guidance.text()

    choose_region(qtbot, wizard, "李四", "北京市 / 朝阳区")
    assert statuses(wizard)["李四"] == status_label("chosen")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == wizard.preview_page.tr(
        "Import {n} customers"
    ).format(n=3)

    with qtbot.waitSignal(page.loaded, timeout=10_000), qtbot.waitSignal(wizard.imported) as imported:
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert imported.args[0].written == 3
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))  # closed and deleted
    assert count(ctx) == 4
    assert import_audits(ctx) == 1
    listed = {row.name: row for row in page.visible_rows()}
    assert listed["李四"].region_code == BJ_CHAOYANG
    assert listed["李四"].notes == "周末上门"
    assert listed["张三"].tags == ("VIP",)
    assert listed["王五"].region_path == "湖北省 / 仙桃市"


def test_xlsx_duplicates_are_shown_and_can_be_left_out(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "customers.xlsx",
        [
            ["甲", 13812340001, "深圳市福田区", "", ""],  # a phone stored as a number
            ["乙", "13800000000", "广州市越秀区", "", ""],  # already a customer
            ["丙", "13812340001", "深圳市罗湖区", "", ""],  # the same phone as row 2
            ["丁", "13812340003", "南京市鼓楼区", "", ""],
        ],
    )
    wizard = open_wizard(qtbot, ctx)
    load(qtbot, wizard, path)
    go_to_preview(qtbot, wizard)
    dup = status_label("duplicate")
    assert statuses(wizard) == {"甲": "正常", "乙": dup, "丙": dup, "丁": "正常"}
    page = wizard.preview_page
    proxy = page.proxy
    assert "老客户" in proxy.index(preview_row(wizard, "乙"), PROBLEM).data()
    assert "2" in proxy.index(preview_row(wizard, "丙"), PROBLEM).data()  # names the earlier row

    page.only_problems.setChecked(True)
    assert set(statuses(wizard)) == {"乙", "丙"}
    page.only_problems.setChecked(False)
    assert len(statuses(wizard)) == 4

    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    page.skip_duplicates.setChecked(True)
    assert statuses(wizard)["乙"] == status_label("skipped")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    finish(qtbot, wizard)
    assert wizard.result_value is not None
    assert (wizard.result_value.written, wizard.result_value.skipped_duplicates) == (2, 2)
    with ctx.db.session() as session:
        assert set(session.scalars(select(Customer.name))) == {"老客户", "甲", "丁"}


def test_an_error_row_blocks_the_import_until_the_file_is_corrected(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    rows = [["好", "13812340001", "深圳市福田区", "", ""], ["坏", "12345", "深圳市南山区", "", ""]]
    path = write_csv(tmp_path / "c.csv", rows)
    wizard = open_wizard(qtbot, ctx)
    load(qtbot, wizard, path)
    go_to_preview(qtbot, wizard)
    assert statuses(wizard)["坏"] == status_label("error")
    reason = wizard.preview_page.proxy.index(preview_row(wizard, "坏"), PROBLEM).data()
    assert "12345" in reason
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.preview_page.guidance.text()

    rows[1][1] = "13812340002"
    write_csv(path, rows)
    wizard.preview_page.reload_button.click()
    qtbot.waitUntil(lambda: statuses(wizard).get("坏") == "正常", timeout=10_000)
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    finish(qtbot, wizard)
    assert count(ctx) == 3


def test_the_mapping_needs_a_name_column_and_one_field_per_column(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "c.csv", [["x", "y", "z"]], headers=["甲列", "乙列", "丙列"])
    wizard = open_wizard(qtbot, ctx)
    load(qtbot, wizard, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    mapping = wizard.mapping_page
    assert mapping.mapping() == {}
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert mapping.message.isVisible()
    mapping.combos["name"].setCurrentIndex(mapping.combos["name"].findData(0))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    mapping.combos["address"].setCurrentIndex(mapping.combos["address"].findData(0))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "A" in mapping.message.text()
    mapping.combos["address"].setCurrentIndex(mapping.combos["address"].findData(2))
    assert mapping.mapping() == {"name": 0, "address": 2}
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_that_cannot_be_read_keeps_the_wizard_on_the_first_step(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("scrm_desktop.views.tasks.show_error", lambda _parent, exc: shown.append(exc))
    path = tmp_path / "c.pdf"
    path.write_bytes(b"%PDF")
    wizard = open_wizard(qtbot, ctx)
    task = wizard.load_file(path)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert [getattr(e, "field", None) for e in shown] == ["file"]
    assert wizard.table is None
    assert wizard.file_page.message.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


# --- nothing written unless it all is ------------------------------------------------------------


def test_closing_the_wizard_before_importing_writes_nothing(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, ctx)
    load(qtbot, wizard, write_csv(tmp_path / "c.csv", [["张三", "13812341234", "深圳市南山区", "", ""]]))
    go_to_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    assert count(ctx) == 1
    assert import_audits(ctx) == 0


@pytest.fixture
def held_commit(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Hold the import in its worker until the test releases it (so the test can cancel first)."""
    release = threading.Event()
    real = customer_import.commit_import

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(wizard_module.customer_import, "commit_import", held)
    yield release
    release.set()


def test_cancelling_the_import_writes_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, held_commit: threading.Event
) -> None:
    rows = [[f"客户{i}", f"1381234{i:04d}", "深圳市南山区", "", ""] for i in range(30)]
    wizard = open_wizard(qtbot, ctx)
    load(qtbot, wizard, write_csv(tmp_path / "c.csv", rows))
    go_to_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    task = wizard.task
    assert task is not None
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.cancel()  # what the progress dialog's Cancel button does
        held_commit.set()
    assert wizard.isVisible()
    assert wizard.preview_page.guidance.text() == wizard.tr("The import was cancelled. Nothing was written.")
    assert count(ctx) == 1
    assert import_audits(ctx) == 0


def test_closing_the_wizard_while_it_imports_rolls_the_import_back(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, held_commit: threading.Event
) -> None:
    wizard = open_wizard(qtbot, ctx)
    load(qtbot, wizard, write_csv(tmp_path / "c.csv", [["张三", "13812341234", "深圳市南山区", "", ""]]))
    go_to_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    task = wizard.task
    assert task is not None
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        wizard.reject()
        held_commit.set()
    assert not wizard.isVisible()
    assert count(ctx) == 1
    assert import_audits(ctx) == 0


def test_preview_models_pass_the_model_tester(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, qtmodeltester: Any
) -> None:
    rows = [["甲", "13812340001", "朝阳区", "", ""], ["乙", "12", "深圳市", "", ""], ["丙", "", "南山区", "", ""]]
    wizard = open_wizard(qtbot, ctx)
    load(qtbot, wizard, write_csv(tmp_path / "c.csv", rows))
    go_to_preview(qtbot, wizard)
    qtmodeltester.check(wizard.preview_page.model)
    wizard.preview_page.only_problems.setChecked(True)
    qtmodeltester.check(wizard.preview_page.proxy)
