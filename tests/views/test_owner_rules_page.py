"""The owner rules page: the rule list, the rule dialog, testing a region, and re-assigning customers."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.models import Customer
from scrm_desktop.services import audit, customers, regions, users
from scrm_desktop.services.customers import OwnerRuleRow
from scrm_desktop.services.errors import StaleWriteError, ValidationError
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.main_window import page_specs
from scrm_desktop.views.pages import owner_rules as owner_rules_page
from scrm_desktop.views.pages.owner_rules import OwnerRuleDialog, OwnerRulesPage, ReassignmentDialog

PASSWORD = "Admin-pass-1"
GZ_TIANHE = "440106"  # 广东省 / 广州市 / 天河区
SZ_NANSHAN = "440305"  # 广东省 / 深圳市 / 南山区
BJ_CHAOYANG = "110105"  # 北京市 / 朝阳区
COLUMN = {"name": 0, "scope": 1, "valid": 2, "priority": 3, "owner": 4, "status": 5}
TRACE = {"result": 0, "rule": 1, "owner": 2, "matched": 3, "priority": 4, "starts": 5, "why": 6}


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def people(ctx: AppContext) -> dict[str, uuid.UUID]:
    """Two dispatchers who can own customers, and a finance clerk who cannot."""
    found = {}
    with ctx.db.session() as session:
        for username, name, role in (
            ("gz", "李广州", "dispatcher"),
            ("sz", "陈深圳", "dispatcher"),
            ("fin", "孙财务", "finance"),
        ):
            found[username] = users.create_user(
                session, ctx.actor, username=username, display_name=name, password="Some-pass-12", roles=[role]
            ).id
    return found


@pytest.fixture
def south(ctx: AppContext) -> uuid.UUID:
    with ctx.db.session() as session:
        return regions.create_group(session, ctx.actor, name="华南", kind="area", region_codes=["440000"]).id


@pytest.fixture
def setup(ctx: AppContext, people: dict[str, uuid.UUID], south: uuid.UUID) -> dict[str, Any]:
    """Rule 全国公海 (pool 公海), rule 华南 → 陈深圳, and 4 customers: 2 in Guangzhou, 1 in Shenzhen, 1 in Beijing."""
    with ctx.db.session() as session:
        country = customers.create_owner_rule(session, ctx.actor, name="全国公海", owner_pool="公海")
        group = customers.create_owner_rule(
            session, ctx.actor, name="华南 → 陈深圳", region_group_id=south, owner_user_id=people["sz"]
        )
    with ctx.db.session() as session:
        for i, (name, code) in enumerate(
            (("广一", GZ_TIANHE), ("广二", GZ_TIANHE), ("深一", SZ_NANSHAN), ("京一", BJ_CHAOYANG))
        ):
            customers.create_customer(session, ctx.actor, name=name, phone=f"1390000{i:04d}", region_code=code)
    return {"country": country, "group": group, **people, "south": south}


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, setup: dict[str, Any]) -> OwnerRulesPage:
    widget = OwnerRulesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The errors the page and its dialogs would have shown in the error dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(owner_rules_page, "show_error", lambda _parent, exc: shown.append(exc))
    yield shown


def cell(page: OwnerRulesPage, name: str, column: str) -> str:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, COLUMN["name"]).data() == name:
            return str(page.proxy.index(row, COLUMN[column]).data())
    raise AssertionError(f"{name} is not in the table")


def shown_names(page: OwnerRulesPage) -> list[str]:
    return [row.name for row in page.visible_rows()]


def stored_rules(ctx: AppContext) -> dict[str, OwnerRuleRow]:
    with ctx.db.session() as session:
        return {r.name: r for r in customers.list_owner_rules(session, ctx.actor)}


def owners(ctx: AppContext) -> dict[str, str]:
    """Customer name → owner key."""
    with ctx.db.session() as session:
        rows = session.execute(select(Customer.name, Customer.owner_user_id, Customer.owner_pool))
        return {name: customers.owner_key(uid, pool) for name, uid, pool in rows}


def click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    button_box: QDialogButtonBox = dialog.button_box  # type: ignore[attr-defined]
    qtbot.mouseClick(button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def fill_rule(dialog: OwnerRuleDialog, name: str, region: str, owner: str, *, priority: int = 0) -> None:
    dialog.name_edit.setText(name)  # QTest can only type ASCII
    dialog.region_radio.click()
    dialog.region_picker.setText(region)
    dialog.user_radio.click()
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findText(owner, Qt.MatchFlag.MatchStartsWith))
    dialog.priority_spin.setValue(priority)


def trace_table(page: OwnerRulesPage) -> list[dict[str, str]]:
    model = page.trace_model
    return [{key: str(model.index(r, c).data()) for key, c in TRACE.items()} for r in range(model.rowCount())]


def finish_task(qtbot: QtBot, page: OwnerRulesPage) -> None:
    assert page.task is not None
    with qtbot.waitSignal(page.task.finished, timeout=10_000):
        pass


# --- the list -----------------------------------------------------------------------------------------


def test_rules_are_listed_with_scope_validity_and_owner(page: OwnerRulesPage, qtmodeltester: Any) -> None:
    assert shown_names(page) == ["华南 → 陈深圳", "全国公海"]  # the service's order: active first, by name
    assert cell(page, "全国公海", "scope") == "全国"
    assert cell(page, "全国公海", "owner") == "公海（客户池）"
    assert cell(page, "全国公海", "valid") == "长期有效"
    assert cell(page, "华南 → 陈深圳", "scope") == "区域分组 华南"
    assert cell(page, "华南 → 陈深圳", "owner") == "陈深圳"
    assert cell(page, "华南 → 陈深圳", "status") == "启用"
    assert page.count_label.text() == "规则：2 条（启用 2 条）"
    qtmodeltester.check(page.model)


def test_the_page_is_registered_with_the_rule_permission() -> None:
    spec = next(s for s in page_specs() if s.key == "owner_rules")
    assert spec.permission is not None
    assert spec.permission.value == "customers.owner_rules.manage"


# --- creating and editing rules -----------------------------------------------------------------------


def test_create_a_rule_through_the_dialog(
    page: OwnerRulesPage, qtbot: QtBot, errors: list[BaseException], setup: dict[str, Any]
) -> None:
    dialog = page.new_rule()
    assert isinstance(dialog, OwnerRuleDialog)
    assert dialog.isVisible()
    offered = [dialog.user_combo.itemText(i) for i in range(dialog.user_combo.count())]
    assert offered == ["管理员 (admin)", "李广州 (gz)", "陈深圳 (sz)"]  # not 孙财务: finance cannot work on customers
    assert dialog.country_radio.isChecked()
    assert not dialog.region_picker.isEnabled()

    fill_rule(dialog, "广州市 → 李广州", "广州市", "李广州")
    dialog.valid_from.check.click()
    dialog.valid_from.edit.setDate(QDate(2026, 1, 1))
    click_ok(qtbot, dialog)

    assert errors == []
    assert not dialog.isVisible()
    assert cell(page, "广州市 → 李广州", "scope") == "广东省 / 广州市"
    assert cell(page, "广州市 → 李广州", "owner") == "李广州"
    assert cell(page, "广州市 → 李广州", "valid") == "自 2026-01-01 起"
    assert page.selected_row() is not None and page.selected_row().name == "广州市 → 李广州"  # type: ignore[union-attr]
    rule = stored_rules(page.ctx)["广州市 → 李广州"]
    assert (rule.region_code, rule.owner_user_id, rule.valid_from) == ("440100", setup["gz"], dt.date(2026, 1, 1))
    assert "重新分配" in page.notice_label.text()
    # Saving a rule moves nobody.
    assert owners(page.ctx)["广一"] == f"user:{setup['sz']}"


def test_a_rule_that_could_tie_is_refused_naming_both_rules(
    page: OwnerRulesPage, qtbot: QtBot, errors: list[BaseException], setup: dict[str, Any]
) -> None:
    with page.ctx.db.session() as session:
        customers.create_owner_rule(
            session, page.ctx.actor, name="广州 A", region_code="440100", owner_user_id=setup["gz"]
        )
    page.refresh()
    dialog = page.new_rule()
    assert dialog is not None
    fill_rule(dialog, "广州 B", "440100", "陈深圳")
    click_ok(qtbot, dialog)

    assert len(errors) == 1
    assert isinstance(errors[0], ValidationError)
    assert "广州 A" in str(errors[0]) and "广州 B" in str(errors[0])
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.priority_spin
    assert "广州 B" not in stored_rules(page.ctx)

    dialog.priority_spin.setValue(5)  # a different priority settles who wins
    click_ok(qtbot, dialog)
    assert len(errors) == 1
    assert not dialog.isVisible()
    assert cell(page, "广州 B", "priority") == "5"


def test_a_region_that_names_nothing_is_refused_in_the_dialog(
    page: OwnerRulesPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    dialog = page.new_rule()
    assert dialog is not None
    fill_rule(dialog, "某地", "火星市", "李广州")
    click_ok(qtbot, dialog)
    assert errors == []
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "六位" in dialog.message.text()
    assert "某地" not in stored_rules(page.ctx)


def test_the_region_picker_completes_path_names(page: OwnerRulesPage, qtbot: QtBot) -> None:
    dialog = page.new_rule()
    assert dialog is not None
    dialog.region_radio.click()
    completer = dialog.region_picker.completer()
    completer.setCompletionPrefix("南山")
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "广东省 / 深圳市 / 南山区 (440305)" in found
    dialog.region_picker.setText("广东省 / 深圳市 / 南山区 (440305)")
    assert dialog.region_picker.code() == SZ_NANSHAN


def test_edit_a_rule_by_double_click(
    page: OwnerRulesPage, qtbot: QtBot, errors: list[BaseException], setup: dict[str, Any]
) -> None:
    row = shown_names(page).index("华南 → 陈深圳")
    rect = page.view.visualRect(page.proxy.index(row, COLUMN["name"]))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert isinstance(dialog, OwnerRuleDialog)
    assert dialog.group_radio.isChecked()
    assert dialog.group_combo.currentText() == "华南"
    assert dialog.user_combo.currentData() == str(setup["sz"])

    dialog.pool_radio.click()
    dialog.pool_combo.setCurrentText("华南区域池")
    click_ok(qtbot, dialog)

    assert errors == []
    assert cell(page, "华南 → 陈深圳", "owner") == "华南区域池（客户池）"
    assert stored_rules(page.ctx)["华南 → 陈深圳"].owner_pool == "华南区域池"


def test_deactivate_asks_dims_the_rule_and_activate_restores_it(
    page: OwnerRulesPage, monkeypatch: pytest.MonkeyPatch, errors: list[BaseException]
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda _title, text: questions.append(text) or True)
    rule = stored_rules(page.ctx)["华南 → 陈深圳"]
    page.select_rule(rule.id)
    assert page.toggle_action.text() == "停用"

    page.toggle_action.trigger()

    assert errors == []
    assert len(questions) == 1 and "华南 → 陈深圳" in questions[0]
    assert not stored_rules(page.ctx)["华南 → 陈深圳"].is_active
    assert cell(page, "华南 → 陈深圳", "status") == "停用"
    assert page.toggle_action.text() == "启用"
    with page.ctx.db.session() as session:
        assert any(e.action == "owner_rule.deactivate" for e in audit.list_entries(session, page.ctx.actor))

    page.toggle_action.trigger()
    assert len(questions) == 1  # activating needs no question
    assert stored_rules(page.ctx)["华南 → 陈深圳"].is_active


# --- testing a region -------------------------------------------------------------------------------


def test_explain_shows_the_winner_and_every_rule(
    page: OwnerRulesPage, qtbot: QtBot, errors: list[BaseException], setup: dict[str, Any]
) -> None:
    with page.ctx.db.session() as session:
        customers.create_owner_rule(
            session, page.ctx.actor, name="广州 → 李广州", region_code="440100", owner_user_id=setup["gz"]
        )
        customers.create_owner_rule(session, page.ctx.actor, name="北京池", region_code="110000", owner_pool="北京池")
    page.refresh()
    page.test_region.setText("440106")  # typing would open the completer popup, which offscreen cannot show
    with qtbot.waitSignal(page.explained):
        qtbot.mouseClick(page.explain_button, Qt.MouseButton.LeftButton)

    assert errors == []
    result = page.result_label.text()
    assert "广东省 / 广州市 / 天河区" in result and "李广州" in result and "广州 → 李广州" in result
    rows = {r["rule"]: r for r in trace_table(page)}
    assert trace_table(page)[0]["rule"] == "广州 → 李广州"  # the winner leads
    assert rows["广州 → 李广州"]["result"] == "胜出"
    assert rows["广州 → 李广州"]["matched"] == "广东省 / 广州市"
    assert rows["广州 → 李广州"]["why"] == "排名高于其他 2 条匹配的规则。"
    assert rows["华南 → 陈深圳"]["result"] == "匹配但落选"
    assert rows["华南 → 陈深圳"]["matched"] == "广东省（属于分组 华南）"
    assert rows["华南 → 陈深圳"]["why"] == "落选：胜出规则匹配的地区更具体（胜出规则为市级，本规则为省级）。"
    assert rows["全国公海"]["matched"] == "全国"
    assert rows["全国公海"]["owner"] == "公海（客户池）"
    assert rows["北京池"]["result"] == "不匹配"
    assert rows["北京池"]["why"] == "广东省 / 广州市 / 天河区 不在 北京市 内。"
    assert len(trace_table(page)) == 4  # every rule, once
    assert set(rows) == set(stored_rules(page.ctx))


def test_explain_on_a_date_respects_validity(
    page: OwnerRulesPage, qtbot: QtBot, errors: list[BaseException], setup: dict[str, Any], qtmodeltester: Any
) -> None:
    start = customers.business_date(page.ctx.actor) + dt.timedelta(days=30)
    with page.ctx.db.session() as session:
        customers.create_owner_rule(
            session, page.ctx.actor, name="广州新规", region_code="440100", owner_user_id=setup["gz"], valid_from=start
        )
    page.refresh()
    page.test_region.setText("广东省 / 广州市 / 天河区 (440106)")
    with qtbot.waitSignal(page.explained):
        page.explain()
    rows = {r["rule"]: r for r in trace_table(page)}
    assert rows["广州新规"]["result"] == "不匹配"
    assert rows["广州新规"]["why"] == f"自 {start.isoformat()} 起才生效。"
    assert "陈深圳" in page.result_label.text()

    page.test_date.setDate(QDate(start))
    with qtbot.waitSignal(page.explained):
        page.explain()
    rows = {r["rule"]: r for r in trace_table(page)}
    assert rows["广州新规"]["result"] == "胜出"
    assert rows["广州新规"]["starts"] == start.isoformat()
    assert "李广州" in page.result_label.text()
    assert errors == []
    qtmodeltester.check(page.trace_model)


def test_explain_a_customer_without_a_region(page: OwnerRulesPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.explained):
        page.explain()
    today = customers.business_date(page.ctx.actor)  # in Asia/Shanghai, which may not be the machine's date
    assert page.test_date.date().toPython() == today
    assert page.result_label.text().startswith(f"{today.isoformat()} 没有地区的客户由 公海（客户池） 负责")
    rows = {r["rule"]: r for r in trace_table(page)}
    assert rows["华南 → 陈深圳"]["why"] == "没有地区；该规则要求地区属于区域分组 华南。"


def test_the_explanation_follows_rule_changes(
    page: OwnerRulesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.test_region.setText("440305")
    page.explain()
    assert "陈深圳" in page.result_label.text()
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    page.select_rule(stored_rules(page.ctx)["华南 → 陈深圳"].id)
    with qtbot.waitSignal(page.explained):
        page.toggle_action.trigger()
    assert "公海（客户池）" in page.result_label.text()


# --- re-assignment ----------------------------------------------------------------------------------


def add_guangzhou_rule(page: OwnerRulesPage, owner: uuid.UUID) -> OwnerRuleRow:
    with page.ctx.db.session() as session:
        rule = customers.create_owner_rule(
            session, page.ctx.actor, name="广州 → 李广州", region_code="440100", owner_user_id=owner
        )
    page.refresh()
    return rule


def open_preview(qtbot: QtBot, page: OwnerRulesPage) -> ReassignmentDialog:
    page.reassign_action.trigger()
    finish_task(qtbot, page)
    dialog = page.dialog
    assert isinstance(dialog, ReassignmentDialog)
    assert dialog.isVisible()
    return dialog


def moves(dialog: ReassignmentDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [tuple(str(model.index(r, c).data()) for c in range(3)) for r in range(model.rowCount())]  # type: ignore[misc]


def test_reassignment_shows_the_moves_and_applies_exactly_them(
    page: OwnerRulesPage, qtbot: QtBot, errors: list[BaseException], setup: dict[str, Any], qtmodeltester: Any
) -> None:
    add_guangzhou_rule(page, setup["gz"])
    before = owners(page.ctx)
    assert before == {
        "广一": f"user:{setup['sz']}",
        "广二": f"user:{setup['sz']}",
        "深一": f"user:{setup['sz']}",
        "京一": "pool:公海",
    }
    dialog = open_preview(qtbot, page)
    assert moves(dialog) == [("陈深圳", "李广州", "2")]
    assert "4 位客户中有 2 位" in dialog.intro.text()
    assert dialog.total.text() == "共 2 位客户更换负责人。"
    assert dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).text() == "重新分配 2 位客户"
    qtmodeltester.check(dialog.model)
    assert owners(page.ctx) == before  # the preview changes nothing

    click_ok(qtbot, dialog)
    finish_task(qtbot, page)

    assert errors == []
    assert owners(page.ctx) == {**before, "广一": f"user:{setup['gz']}", "广二": f"user:{setup['gz']}"}
    assert page.notice_label.text() == "已重新分配 2 位客户。"
    with page.ctx.db.session() as session:
        assert any(e.action == "customer.reassign" for e in audit.list_entries(session, page.ctx.actor))


def test_cancelling_the_preview_moves_nobody(page: OwnerRulesPage, qtbot: QtBot, setup: dict[str, Any]) -> None:
    add_guangzhou_rule(page, setup["gz"])
    before = owners(page.ctx)
    dialog = open_preview(qtbot, page)
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert page.task is None
    assert owners(page.ctx) == before


def test_nothing_to_reassign_says_so(page: OwnerRulesPage, qtbot: QtBot) -> None:
    dialog = open_preview(qtbot, page)
    assert not dialog.has_changes()
    assert "全部保持原负责人" in dialog.intro.text()
    assert not dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).isVisible()
    assert dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "关闭"


def test_a_stale_preview_is_refused_and_a_fresh_one_offered(
    page: OwnerRulesPage,
    qtbot: QtBot,
    errors: list[BaseException],
    setup: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rule = add_guangzhou_rule(page, setup["gz"])
    before = owners(page.ctx)
    questions: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda _title, text: questions.append(text) or True)
    stale = open_preview(qtbot, page)
    assert moves(stale) == [("陈深圳", "李广州", "2")]
    with page.ctx.db.session() as session:  # another administrator changes the rule meanwhile
        customers.update_owner_rule(
            session,
            page.ctx.actor,
            rule.id,
            expected_version=rule.version,
            name=rule.name,
            region_code="440300",
            owner_user_id=setup["gz"],
        )

    click_ok(qtbot, stale)
    assert page.task is not None
    with qtbot.waitSignal(page.task.finished, timeout=10_000):
        pass  # the refused apply; the fresh preview starts when it has finished
    assert errors == []
    assert len(questions) == 1 and "重新预览" in questions[0]
    assert owners(page.ctx) == before  # nothing was written

    finish_task(qtbot, page)  # the fresh preview
    fresh = page.dialog
    assert isinstance(fresh, ReassignmentDialog) and fresh is not stale
    assert moves(fresh) == [("陈深圳", "李广州", "1")]  # now Shenzhen moves, not Guangzhou
    click_ok(qtbot, fresh)
    finish_task(qtbot, page)
    assert owners(page.ctx) == {**before, "深一": f"user:{setup['gz']}"}


def test_other_apply_errors_are_shown(
    page: OwnerRulesPage, qtbot: QtBot, errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise ValidationError("boom")

    dialog = open_preview(qtbot, page)
    monkeypatch.setattr(customers, "apply_reassignment", refuse)
    page.apply_reassignment(dialog.preview)
    finish_task(qtbot, page)
    assert [str(e) for e in errors] == ["boom"]
    assert not isinstance(errors[0], StaleWriteError)
