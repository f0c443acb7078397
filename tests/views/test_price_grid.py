"""The price-tier grid: typing, paste, copy, fill down, adjust, derive, undo/redo, save, refusals, read-only."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.models import CatalogItem, Price
from scrm_desktop.services import pricing, users
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.main_window import MainWindow
from scrm_desktop.views.pages.price_grid import PriceGridPage
from scrm_desktop.views.price_dialogs import HistoryDialog, TiersDialog
from scrm_desktop.views.price_grid_model import FIXED_COLUMNS, MISSING_BACKGROUND, UNSAVED_BACKGROUND

D = Decimal
T1, T2 = FIXED_COLUMNS, FIXED_COLUMNS + 1


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    """Six items IT-0000…IT-0005 (odd ones are services), tiers 一档/二档; T1 priced 100+i ten days ago,
    T2 priced only for the even items (the odd ones are missing)."""
    with sqlite_db.session() as session:
        admin = users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")
        items = [
            CatalogItem(kind="service" if i % 2 else "part", code=f"IT-{i:04d}", name=f"项目{i}", unit="项")
            for i in range(6)
        ]
        session.add_all(items)
        session.flush()
        t1 = pricing.create_tier(session, admin, "T1", "一档")
        t2 = pricing.create_tier(session, admin, "T2", "二档")
        past = pricing.business_today(admin) - dt.timedelta(days=10)
        rows = [("settlement", (item.id, t1.id), past, D(100 + i)) for i, item in enumerate(items)]
        rows += [("settlement", (item.id, t2.id), past, D(200 + i)) for i, item in enumerate(items) if i % 2 == 0]
        pricing.insert_price_rows(session, admin, rows)
    return AppContext(sqlite_db, admin, Settings())


def open_page(qtbot: QtBot, ctx: AppContext) -> PriceGridPage:
    page = PriceGridPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> PriceGridPage:
    return open_page(qtbot, ctx)


def value(page: PriceGridPage, row: int, column: int) -> Decimal | None:
    return page.model.value(row, column - FIXED_COLUMNS)


def type_into(qtbot: QtBot, page: PriceGridPage, row: int, column: int, text: str) -> None:
    """Open the cell's editor through the view, type, and press Enter (the delegate commits)."""
    index = page.proxy.index(row, column)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor through a queued call.
    qtbot.waitUntil(lambda: page.view.indexWidget(index) is None, timeout=2000)


def in_force(ctx: AppContext, on: dt.date) -> dict[tuple[str, str], Decimal]:
    with ctx.db.session() as session:
        codes = dict(session.execute(select(CatalogItem.id, CatalogItem.code)).all())
        tiers = {t.id: t.code for t in pricing.list_tiers(session, ctx.actor)}
        cells = pricing.prices_in_force(session, ctx.actor, book="settlement", on=on)
    return {(codes[i], tiers[t]): c.amount for (i, t), c in cells.items()}


def price_rows(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Price)) or 0)


# --- showing --------------------------------------------------------------------------------


def test_models_pass_the_model_tester(page: PriceGridPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_cells_show_the_price_in_force_and_highlight_missing_ones(page: PriceGridPage) -> None:
    assert page.model.rowCount() == 6
    assert page.proxy.headerData(T1, Qt.Orientation.Horizontal) == "一档 (T1)"
    assert page.proxy.index(0, T1).data() == "100.00"
    missing = page.proxy.index(1, T2)
    assert missing.data() == "—"
    assert missing.data(Qt.ItemDataRole.BackgroundRole).color() == MISSING_BACKGROUND
    assert page.proxy.index(0, T2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "3" in page.count_label.text()  # three prices missing
    assert not page.has_unsaved_changes()


# --- typing ---------------------------------------------------------------------------------


def test_typing_into_a_cell_marks_it_unsaved_and_undo_redo_it(qtbot: QtBot, page: PriceGridPage) -> None:
    type_into(qtbot, page, 0, T1, "123.4")
    assert value(page, 0, T1) == D("123.40")
    cell = page.proxy.index(0, T1)
    assert cell.data() == "123.40"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == UNSAVED_BACKGROUND
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    assert page.unsaved_label.text() == "1 处改动未保存"
    assert page.has_unsaved_changes()
    type_into(qtbot, page, 1, T2, "1,050")  # a missing price gets one
    assert value(page, 1, T2) == D("1050.00")
    assert page.undo_stack.count() == 2
    page.undo_action.trigger()
    assert value(page, 1, T2) is None
    page.undo_action.trigger()
    assert value(page, 0, T1) == D("100")
    assert not page.has_unsaved_changes() and page.unsaved_label.text() == ""
    page.redo_action.trigger()
    assert value(page, 0, T1) == D("123.40")


@pytest.mark.parametrize(
    ("text", "reason"),
    [("-5", "负数"), ("1.234", "小数超过两位"), ("abc", "金额"), ("", "不能删除")],
)
def test_bad_input_is_refused_naming_the_cell_and_the_old_value_stays(
    qtbot: QtBot, page: PriceGridPage, text: str, reason: str
) -> None:
    type_into(qtbot, page, 2, T1, text)
    assert value(page, 2, T1) == D("102")
    assert not page.has_unsaved_changes()
    assert page.undo_stack.count() == 0
    assert "IT-0002 / 一档" in page.status_label.text()
    assert reason in page.status_label.text()


# --- clipboard ------------------------------------------------------------------------------


def test_paste_a_block_onto_filtered_rows_is_one_undo_step(page: PriceGridPage) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("service"))  # IT-0001, IT-0003, IT-0005
    assert [page.model.items[r].code for r in page.proxy.source_rows()] == ["IT-0001", "IT-0003", "IT-0005"]
    QGuiApplication.clipboard().setText("11\t21\r\n13.5\t23\r\n")
    page.select_cells(0, T1)
    assert page.paste()
    assert [value(page, r, T1) for r in range(6)] == [D(100), D(11), D(102), D("13.50"), D(104), D(105)]
    assert [value(page, r, T2) for r in range(6)] == [D(200), D(21), D(202), D(23), D(204), None]
    assert page.model.unsaved_count() == 4
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert page.model.unsaved_count() == 0
    assert value(page, 1, T2) is None
    page.undo_stack.redo()
    assert value(page, 3, T2) == D(23)


def test_a_paste_with_one_bad_cell_changes_nothing_and_names_it(page: PriceGridPage) -> None:
    QGuiApplication.clipboard().setText("1\t2\n3\t-4\n5\t六\n")
    page.select_cells(0, T1)
    assert not page.paste()
    assert page.model.unsaved_count() == 0
    assert "IT-0001 / 二档" in page.status_label.text()
    assert "IT-0002 / 二档" in page.status_label.text()


def test_a_paste_that_does_not_fit_is_refused(page: PriceGridPage) -> None:
    QGuiApplication.clipboard().setText("1\t2\t3\n")
    page.select_cells(0, T1)
    assert not page.paste()
    QGuiApplication.clipboard().setText("1\n" * 7)
    assert not page.paste()
    page.select_cells(0, 1)  # the name column
    QGuiApplication.clipboard().setText("1\n")
    assert not page.paste()
    assert page.model.unsaved_count() == 0


def test_one_value_pastes_into_every_selected_cell(page: PriceGridPage) -> None:
    QGuiApplication.clipboard().setText("9.9\n")
    page.select_cells(0, T1, 2, T2)
    assert page.paste()
    assert {value(page, r, c) for r in range(3) for c in (T1, T2)} == {D("9.90")}


def test_copy_puts_the_selection_on_the_clipboard_as_tsv(page: PriceGridPage) -> None:
    page.select_cells(0, 0, 1, T2)
    text = page.copy()
    assert text == "IT-0000\t项目0\t项\t100.00\t200.00\nIT-0001\t项目1\t项\t101.00\t\n"
    assert QGuiApplication.clipboard().text() == text


# --- selection tools ------------------------------------------------------------------------


def test_fill_down_copies_the_top_cell_of_each_column(page: PriceGridPage) -> None:
    page.select_cells(0, T1, 3, T1)
    assert page.fill_down()
    assert [value(page, r, T1) for r in range(4)] == [D(100)] * 4
    assert page.undo_stack.count() == 1
    page.select_cells(1, T2, 2, T2)  # the top cell has no price: refused
    assert not page.fill_down()
    assert "IT-0001 / 二档" in page.status_label.text()


def test_adjust_selection_by_percent_with_rounding_through_the_dialog(qtbot: QtBot, page: PriceGridPage) -> None:
    page.select_cells(0, T1, 1, T2)  # 100, 200 / 101, missing
    dialog = page.adjust_selection()
    assert dialog is not None
    dialog.value_edit.setText("3.3")
    dialog.rounding_combo.setCurrentIndex(1)  # to 0.1
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert [value(page, 0, T1), value(page, 0, T2), value(page, 1, T1), value(page, 1, T2)] == [
        D("103.30"),  # 103.3
        D("206.60"),  # 206.6
        D("104.30"),  # 104.333 → 104.3
        None,  # missing prices are left out
    ]
    assert page.undo_stack.count() == 1


def test_adjust_by_amount_refuses_negative_results(page: PriceGridPage) -> None:
    from scrm_desktop.views.price_dialogs import Adjustment

    page.select_cells(0, T1)
    assert page.apply_adjustment(Adjustment(False, D("-0.45"), D("1")))
    assert value(page, 0, T1) == D("100.00")  # 99.55 rounds half up to 100
    assert not page.apply_adjustment(Adjustment(False, D("-150"), D("0.01")))
    assert "IT-0000 / 一档" in page.status_label.text()


def test_derive_a_tier_column_from_another(page: PriceGridPage) -> None:
    dialog = page.derive_column()
    assert dialog is not None
    dialog.target_combo.setCurrentIndex(1)
    dialog.source_combo.setCurrentIndex(0)
    dialog.factor_edit.setText("1.15")
    dialog.rounding_combo.setCurrentIndex(2)  # to 1 yuan
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert [value(page, r, T2) for r in range(6)] == [D(115), D(116), D(117), D(118), D(120), D(121)]
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert value(page, 1, T2) is None


# --- saving ---------------------------------------------------------------------------------


def test_save_writes_exactly_the_changed_cells_from_the_chosen_date(
    qtbot: QtBot, page: PriceGridPage, ctx: AppContext
) -> None:
    today = pricing.business_today(ctx.actor)
    before_rows, before = price_rows(ctx), in_force(ctx, today)
    type_into(qtbot, page, 0, T1, "150")
    type_into(qtbot, page, 1, T2, "88.8")
    type_into(qtbot, page, 2, T1, "102")  # the same as saved: no change
    dialog = page.save()
    assert dialog is not None
    assert dialog.effective_date() == today
    tomorrow = today + dt.timedelta(days=1)
    dialog.set_effective_date(tomorrow)
    with qtbot.waitSignal(page.saved, timeout=10_000), qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert price_rows(ctx) == before_rows + 2
    assert in_force(ctx, today) == before
    assert in_force(ctx, tomorrow) == {**before, ("IT-0000", "T1"): D(150), ("IT-0001", "T2"): D("88.80")}
    assert not page.has_unsaved_changes()
    assert page.undo_stack.count() == 0
    assert "2" in page.status_label.text()


def test_a_refused_save_writes_nothing_and_keeps_every_edit(
    qtbot: QtBot, page: PriceGridPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("scrm_desktop.views.tasks.show_error", lambda _parent, exc: shown.append(exc))
    type_into(qtbot, page, 0, T1, "150")
    type_into(qtbot, page, 1, T1, "151")
    rows = price_rows(ctx)
    past = pricing.business_today(ctx.actor) - dt.timedelta(days=10)  # the saved rows' date: in force
    task = page.save_with(past)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert len(shown) == 1
    assert "IT-0000 / T1" in page.status_label.text() and "IT-0001 / T1" in page.status_label.text()
    assert price_rows(ctx) == rows
    assert page.model.unsaved_count() == 2 and value(page, 1, T1) == D(151)


# --- leaving, permissions, history, tiers ---------------------------------------------------


def test_changing_the_book_with_unsaved_edits_asks(qtbot: QtBot, page: PriceGridPage) -> None:
    asked: list[str] = []
    type_into(qtbot, page, 0, T1, "1")
    page.confirm = lambda title, text: asked.append(text) is not None  # type: ignore[method-assign]  # "no"
    page.set_book("sales")
    assert asked and page.book == "settlement" and page.book_combo.currentData() == "settlement"
    assert page.has_unsaved_changes()
    page.confirm = lambda title, text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.set_book("sales")
    assert not page.has_unsaved_changes()
    assert page.proxy.index(0, T1).data() == "—"  # no sales prices


def test_closing_the_window_with_unsaved_edits_asks(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.navigate("price_grid")
    assert isinstance(page, PriceGridPage)
    qtbot.waitUntil(lambda: page.loaded_once and not page.is_loading(), timeout=10_000)
    type_into(qtbot, page, 0, T1, "5")
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert asked and window.isVisible()
    page.undo_stack.undo()
    assert window.close()


def test_read_only_without_the_permission(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.db.session() as session:
        users.create_user(
            session, ctx.actor, username="fin", display_name="孙财务", password="Finance-pass-1", roles=["finance"]
        )
        finance = users.authenticate(session, "fin", "Finance-pass-1")
    page = open_page(qtbot, AppContext(ctx.db, finance, Settings()))
    assert page.read_only_hint.isVisible()
    assert not page.proxy.flags(page.proxy.index(0, T1)) & Qt.ItemFlag.ItemIsEditable
    assert not page.paste_action.isVisible() and not page.save_action.isVisible()
    assert page.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    QGuiApplication.clipboard().setText("1\n")
    page.select_cells(0, T1)
    assert not page.paste() and not page.fill_down()
    assert not page.model.setData(page.model.index(0, T1), D(1))
    assert page.model.unsaved_count() == 0
    assert page.copy_action.isVisible() and page.history_action.isVisible()


def test_cell_history_lists_every_version(qtbot: QtBot, page: PriceGridPage, ctx: AppContext) -> None:
    with ctx.db.session() as session:
        item_id = session.scalar(select(CatalogItem.id).where(CatalogItem.code == "IT-0000"))
        tier = pricing.list_tiers(session, ctx.actor)[0]
        assert isinstance(item_id, uuid.UUID)
        pricing.save_prices(
            session,
            ctx.actor,
            book="settlement",
            effective=pricing.business_today(ctx.actor) + dt.timedelta(days=3),
            changes={(item_id, tier.id): D("130")},
        )
    page.select_cells(0, T1)
    dialog = page.show_history()
    assert isinstance(dialog, HistoryDialog)
    versions = dialog.versions()
    assert [(v.previous_amount, v.amount, v.created_by) for v in versions] == [
        (D(100), D(130), "管理员"),
        (None, D(100), "管理员"),
    ]
    assert dialog.model.index(0, 1).data() == "100.00" and dialog.model.index(0, 2).data() == "130.00"
    dialog.close()


def test_tiers_dialog_adds_a_tier_and_the_grid_gets_its_column(qtbot: QtBot, page: PriceGridPage) -> None:
    dialog = page.manage_tiers()
    assert isinstance(dialog, TiersDialog)
    dialog.code_edit.setText("t3")
    dialog.name_edit.setText("三档")
    assert dialog.add_tier()
    assert [t.code for t in dialog.tiers()] == ["T1", "T2", "T3"]
    dialog.select(dialog.tiers()[2].id)
    assert dialog.move_tier(-1)
    assert [t.code for t in dialog.tiers()] == ["T1", "T3", "T2"]
    dialog.code_edit.setText("T1")
    dialog.name_edit.setText("重复")
    assert not dialog.add_tier() and dialog.error.isVisibleTo(dialog)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.close()
    assert page.model.columnCount() == FIXED_COLUMNS + 3
    assert page.proxy.headerData(T2, Qt.Orientation.Horizontal) == "三档 (T3)"
    assert page.proxy.index(0, T2).data() == "—"
    assert QModelIndex() != page.proxy.index(0, T2)


def test_keyboard_shortcuts_paste_fill_copy_and_undo(qtbot: QtBot, page: PriceGridPage) -> None:
    page.activateWindow()
    page.view.setFocus()
    QGuiApplication.clipboard().setText("1\t2\n")
    page.select_cells(0, T1)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert (value(page, 0, T1), value(page, 0, T2)) == (D(1), D(2))
    page.select_cells(0, T1, 2, T1)
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [value(page, r, T1) for r in range(3)] == [D(1)] * 3
    page.select_cells(0, T1, 1, T2)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "1.00\t2.00\n1.00\t\n"
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [value(page, r, T1) for r in range(3)] == [D(1), D(101), D(102)]
