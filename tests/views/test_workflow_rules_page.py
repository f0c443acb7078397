"""The workflow rules page: the rule list, the rule dialog, (de)activating, and the calendar action."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import regions, users, workflow_rules, workflows
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.workflow_rules import WorkflowRuleRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.main_window import page_specs
from scrm_desktop.views.pages import workflow_rules as workflow_rules_page
from scrm_desktop.views.pages.workflow_rules import WorkflowRuleDialog, WorkflowRulesPage
from scrm_desktop.views.work_calendar_dialog import WorkCalendarDialog

COLUMN = {"name": 0, "scope": 1, "provider": 2, "scenario": 3, "complexity": 4, "priority": 6, "workflow": 7}


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    """An administrator, the published workflows 安装标准流程 (v1) and 维修快速流程 (v1), the draft-only
    新流程, region group 华南 (广东, 广西) and the rule 默认走安装流程."""
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")
        for key, name in (("install", "安装标准流程"), ("repair", "维修快速流程")):
            draft = workflows.create_definition(session, actor, key=key, name=name)
            workflows.publish(session, actor, draft.id, expected_version=draft.version)
        workflows.create_definition(session, actor, key="draft_only", name="新流程")
        regions.create_group(session, actor, name="华南", kind="area", region_codes=["440000", "450000"])
        workflow_rules.create_workflow_rule(session, actor, name="默认走安装流程", definition_key="install")
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> WorkflowRulesPage:
    widget = WorkflowRulesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The errors the page and its dialog would have shown in the error dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(workflow_rules_page, "show_error", lambda _parent, exc: shown.append(exc))
    yield shown


def cell(page: WorkflowRulesPage, name: str, column: str) -> str:
    """The text the table shows for rule ``name`` in ``column``."""
    number = next(n for n, row in enumerate(page.model.rows) if row.name == name)
    return str(page.model.index(number, COLUMN[column]).data())


def new_rule(page: WorkflowRulesPage, name: str, workflow: str) -> WorkflowRuleDialog:
    """The new-rule dialog with a name and a workflow chosen."""
    dialog = page.new_rule()
    assert isinstance(dialog, WorkflowRuleDialog) and dialog.isVisible()
    dialog.name_edit.setText(name)  # QTest can only type ASCII
    dialog.workflow_combo.setCurrentIndex(dialog.workflow_combo.findData(workflow))
    return dialog


def stored_rules(ctx: AppContext) -> dict[str, WorkflowRuleRow]:
    with ctx.db.session() as session:
        return {r.name: r for r in workflow_rules.list_workflow_rules(session, ctx.actor)}


def click_ok(qtbot: QtBot, dialog: WorkflowRuleDialog) -> None:
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_rules_are_listed_with_their_workflow(page: WorkflowRulesPage, qtmodeltester: Any) -> None:
    assert [r.name for r in page.model.rows] == ["默认走安装流程"]
    assert cell(page, "默认走安装流程", "scope") == page.tr("Whole country")
    assert cell(page, "默认走安装流程", "workflow") == "安装标准流程 v1"
    assert page.count_label.text() == page.tr("Rules: {count} ({active} active)").format(count=1, active=1)
    qtmodeltester.check(page.model)


def test_the_page_is_registered_for_workflow_designers() -> None:
    keys = [s.key for s in page_specs()]
    assert keys.index("workflow_rules") == keys.index("workflows") + 1
    spec = page_specs()[keys.index("workflow_rules")]
    assert spec.allows(Actor(None, "a", "a", frozenset({Role.ADMIN.value})))
    assert not spec.allows(Actor(None, "d", "d", frozenset({Role.DISPATCHER.value})))
    assert not spec.allows(Actor(None, "f", "f", frozenset({Role.FINANCE.value})))


def test_create_a_rule_through_the_dialog(page: WorkflowRulesPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    dialog = new_rule(page, "广州维修走快速流程", "repair")
    assert not dialog.region_picker.isVisible()
    # Only active workflows are offered; one without a published version says so.
    texts = [dialog.workflow_combo.itemText(i) for i in range(dialog.workflow_combo.count())]
    assert texts == [
        dialog.tr("{name} ({key}), v{number}").format(name="安装标准流程", key="install", number=1),
        dialog.tr("{name} ({key}), not published yet").format(name="新流程", key="draft_only"),
        dialog.tr("{name} ({key}), v{number}").format(name="维修快速流程", key="repair", number=1),
    ]
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("region"))
    assert dialog.region_picker.isVisible()
    dialog.region_picker.setText("广州市")
    dialog.scenario_combo.setCurrentText("维修")
    dialog.complexity_combo.setCurrentIndex(dialog.complexity_combo.findData(2))
    dialog.priority_spin.setValue(5)
    with qtbot.waitSignal(dialog.saved):
        click_ok(qtbot, dialog)

    assert errors == []
    assert not dialog.isVisible()
    rule = stored_rules(page.ctx)["广州维修走快速流程"]
    assert (rule.region_code, rule.scenario, rule.provider_type) == ("440100", "维修", None)
    assert (rule.complexity, rule.priority, rule.definition_key) == (2, 5, "repair")
    # It appears in the list, selected, with its scope and workflow in words.
    assert cell(page, "广州维修走快速流程", "scope") == "广东省 / 广州市"
    assert cell(page, "广州维修走快速流程", "workflow") == "维修快速流程 v1"
    selected = page.selected_row()
    assert selected is not None and selected.name == "广州维修走快速流程"
    assert "广州维修走快速流程" in page.notice_label.text()
    # A click on a column header sorts by it: the higher priority first.
    page.view.sortByColumn(COLUMN["priority"], Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, COLUMN["name"]).data() == "广州维修走快速流程"
    page.view.sortByColumn(COLUMN["priority"], Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, COLUMN["name"]).data() == "默认走安装流程"


def test_a_group_rule_for_an_unpublished_workflow_is_listed_as_skipped(
    page: WorkflowRulesPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    dialog = new_rule(page, "华南试点", "draft_only")
    dialog.scope_combo.setCurrentIndex(
        dialog.scope_combo.findText(dialog.tr("Region group {name}").format(name="华南"))
    )
    click_ok(qtbot, dialog)
    assert errors == []
    assert stored_rules(page.ctx)["华南试点"].region_group_name == "华南"
    assert cell(page, "华南试点", "scope") == page.tr("Region group {name}").format(name="华南")
    assert cell(page, "华南试点", "workflow") == page.tr("{name}, not published (skipped)").format(name="新流程")


def test_a_rule_that_could_tie_is_refused_and_the_dialog_keeps_the_input(
    page: WorkflowRulesPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    dialog = new_rule(page, "另一个默认", "repair")
    click_ok(qtbot, dialog)
    assert len(errors) == 1 and "默认走安装流程" in str(errors[0])
    assert dialog.isVisible() and dialog.name_edit.text() == "另一个默认"
    assert "另一个默认" not in stored_rules(page.ctx)


def test_a_region_that_names_nothing_is_refused_in_the_dialog(
    page: WorkflowRulesPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    dialog = new_rule(page, "某地", "install")
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("region"))
    dialog.region_picker.setText("不存在的地方")
    click_ok(qtbot, dialog)
    assert errors == [] and dialog.isVisible()
    assert dialog.message.isVisible() and dialog.message.text()
    assert "某地" not in stored_rules(page.ctx)


def test_edit_deactivate_and_activate_a_rule(
    page: WorkflowRulesPage, qtbot: QtBot, errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.select_rule(page.model.rows[0].id)
    dialog = page.edit_rule()
    assert dialog is not None
    assert dialog.name_edit.text() == "默认走安装流程"
    assert dialog.workflow_combo.currentData() == "install"
    dialog.workflow_combo.setCurrentIndex(dialog.workflow_combo.findData("repair"))
    click_ok(qtbot, dialog)
    assert errors == []
    assert stored_rules(page.ctx)["默认走安装流程"].definition_key == "repair"
    assert cell(page, "默认走安装流程", "workflow") == "维修快速流程 v1"

    questions: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda _title, text: questions.append(text) or True)
    page.toggle_active()
    assert len(questions) == 1 and "默认走安装流程" in questions[0]
    assert not stored_rules(page.ctx)["默认走安装流程"].is_active
    assert page.toggle_action.text() == page.tr("Activate")
    page.toggle_active()  # activating asks nothing
    assert len(questions) == 1
    assert stored_rules(page.ctx)["默认走安装流程"].is_active
    assert page.toggle_action.text() == page.tr("Deactivate")


def test_the_toolbar_opens_the_work_calendar(page: WorkflowRulesPage, qtbot: QtBot) -> None:
    assert page.calendar_action.isEnabled()
    page.calendar_action.trigger()
    assert isinstance(page.dialog, WorkCalendarDialog) and page.dialog.isVisible()
    page.dialog.reject()
