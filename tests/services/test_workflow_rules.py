"""Workflow rules: validation naming fields, the save-time lint, permissions, audit, and choosing a
workflow with the shared resolver (region group vs province, scenario, skipped unpublished workflows).

Every database test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from argon2 import PasswordHasher
from customers_support import add_actor, add_group, audit_actions
from workflow_support import GraphBuilder

from scrm_desktop.db import Database
from scrm_desktop.services import users, workflow_rules, workflows
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor

GUANGDONG = "440000"
GZ = "440100"
GZ_TIANHE = "440106"
FOSHAN_CHANCHENG = "440604"
CHANGSHA_FURONG = "430102"
ON = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


def simple_graph() -> wg.WorkflowGraph:
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node("work", wg.TASK, "施工", assignee=wg.Assignee("role", "dispatcher"))
        .node("end", wg.END)
        .edge("start", "work")
        .edge("work", "end")
        .graph
    )


def add_workflow(db: Database, admin: Actor, key: str, *, publish: bool = True) -> uuid.UUID:
    with db.session() as session:
        draft = workflows.create_definition(session, admin, key=key, name=f"流程 {key}", graph=simple_graph())
        if publish:
            workflows.publish(session, admin, draft.id, expected_version=draft.version)
        return draft.id


def create(db: Database, actor: Actor, **kw: Any) -> workflow_rules.WorkflowRuleRow:
    fields: dict[str, Any] = {"name": "全国默认", "definition_key": "wf_a", **kw}
    with db.session() as session:
        return workflow_rules.create_workflow_rule(session, actor, **fields)


def refused(db: Database, actor: Actor, **kw: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        create(db, actor, **kw)
    return caught.value


def choose(db: Database, region: str | None, scenario: str | None = "安装", **kw: Any) -> str | None:
    with db.session() as session:
        found = workflow_rules.choose_workflow(
            session,
            region_code=region,
            provider_type=kw.get("provider_type", "普通服务点"),
            scenario=scenario,
            complexity=kw.get("complexity"),
            on=kw.get("on", ON),
        )
    return found.definition_key if found else None


@pytest.fixture
def flows(db: Database, admin: Actor) -> dict[str, uuid.UUID]:
    return {key: add_workflow(db, admin, key) for key in ("wf_a", "wf_b", "wf_c", "wf_d")}


def test_create_and_list_a_rule_with_every_dimension(db: Database, admin: Actor, flows: dict[str, uuid.UUID]) -> None:
    row = create(
        db,
        admin,
        name="  广州  核心代理  维修 ",
        definition_key="wf_b",
        region_code=GZ,
        provider_type="核心代理商",
        scenario="维修",
        complexity=3,
        priority=5,
        valid_from=dt.date(2026, 1, 1),
        valid_to=dt.date(2026, 12, 31),
    )
    assert row.name == "广州 核心代理 维修"
    assert (row.definition_key, row.definition_name, row.published_number) == ("wf_b", "流程 wf_b", 1)
    assert row.region_path == "广东省 / 广州市"
    group = add_group(db, "一线城市", [GZ])
    other = create(db, admin, name="一线城市", definition_key="wf_c", region_group_id=group)
    with db.session() as session:
        listed = workflow_rules.list_workflow_rules(session, admin)
    assert {r.id for r in listed} == {row.id, other.id}
    assert next(r for r in listed if r.id == other.id).region_group_name == "一线城市"
    assert audit_actions(db, "workflow_rule") == ["workflow_rule.create", "workflow_rule.create"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"definition_key": "no_such"}, "definition_key"),
        ({"definition_key": ""}, "definition_key"),
        ({"region_code": "999999"}, "region_code"),
        ({"region_code": GZ, "region_group_id": "group"}, "region_code"),
        ({"region_group_id": uuid.uuid4()}, "region_group_id"),
        ({"provider_type": "x" * 51}, "provider_type"),
        ({"scenario": "y" * 51}, "scenario"),
        ({"complexity": 0}, "complexity"),
        ({"complexity": True}, "complexity"),
        ({"priority": 1000}, "priority"),
        ({"valid_from": dt.date(2026, 2, 1), "valid_to": dt.date(2026, 1, 31)}, "valid_to"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    db: Database, admin: Actor, flows: dict[str, uuid.UUID], fields: dict[str, Any], field: str
) -> None:
    if fields.get("region_group_id") == "group":
        fields["region_group_id"] = add_group(db, "一线城市", [GZ])
    assert refused(db, admin, **fields).field == field
    with db.session() as session:
        assert workflow_rules.list_workflow_rules(session, admin) == []


def test_lint_refuses_rules_that_could_tie(db: Database, admin: Actor, flows: dict[str, uuid.UUID]) -> None:
    create(db, admin, name="全国默认")
    conflict = refused(db, admin, name="全国其他", definition_key="wf_b")
    assert conflict.field == "priority"
    assert "全国默认" in str(conflict) and "全国其他" in str(conflict)
    create(db, admin, name="全国其他", definition_key="wf_b", priority=1)
    create(db, admin, name="广州安装", definition_key="wf_c", region_code=GZ, scenario="安装")
    conflict = refused(db, admin, name="广州核心", definition_key="wf_d", region_code=GZ, provider_type="核心代理商")
    assert "广州市" in str(conflict)


def test_permissions_stale_updates_and_deactivation(db: Database, admin: Actor, flows: dict[str, uuid.UUID]) -> None:
    dispatcher = add_actor(db, admin, "disp", ["dispatcher"])
    installer = add_actor(db, admin, "inst", ["installer"])
    with pytest.raises(PermissionDenied):
        create(db, dispatcher)
    row = create(db, admin)
    with db.session() as session:
        assert [r.id for r in workflow_rules.list_workflow_rules(session, dispatcher)] == [row.id]
    with pytest.raises(PermissionDenied), db.session() as session:
        workflow_rules.list_workflow_rules(session, installer)
    with db.session() as session:
        changed = workflow_rules.update_workflow_rule(
            session, admin, row.id, expected_version=row.version, name="全国默认", definition_key="wf_b"
        )
    assert changed.definition_key == "wf_b" and changed.version == row.version + 1
    with pytest.raises(StaleWriteError), db.session() as session:
        workflow_rules.update_workflow_rule(
            session, admin, row.id, expected_version=row.version, name="旧的", definition_key="wf_c"
        )
    with db.session() as session:
        off = workflow_rules.set_workflow_rule_active(session, admin, row.id, False, expected_version=changed.version)
    assert not off.is_active
    assert choose(db, GZ_TIANHE) is None
    # A new rule takes the inactive one's place; reactivating the old one would tie with it.
    create(db, admin, name="新默认", definition_key="wf_c")
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_rules.set_workflow_rule_active(session, admin, row.id, True, expected_version=off.version)
    assert "新默认" in str(caught.value)
    assert audit_actions(db, "workflow_rule") == [
        "workflow_rule.create",
        "workflow_rule.update",
        "workflow_rule.deactivate",
        "workflow_rule.create",
    ]


def test_choosing_by_region_group_province_and_scenario(
    db: Database, admin: Actor, flows: dict[str, uuid.UUID]
) -> None:
    group = add_group(db, "一线城市", [GZ, "440300"])
    create(db, admin, name="全国默认", definition_key="wf_a")
    create(db, admin, name="一线城市", definition_key="wf_b", region_group_id=group)
    create(db, admin, name="广东", definition_key="wf_c", region_code=GUANGDONG)
    create(db, admin, name="广东维修", definition_key="wf_d", region_code=GUANGDONG, scenario="维修")
    # 广州 is in the group through its city: a city-deep match outranks the province rules.
    assert choose(db, GZ_TIANHE) == "wf_b"
    assert choose(db, GZ_TIANHE, "维修") == "wf_b"
    # 佛山 is not in the group: the province rule, and with the scenario the more specific one.
    assert choose(db, FOSHAN_CHANCHENG) == "wf_c"
    assert choose(db, FOSHAN_CHANCHENG, "维修") == "wf_d"
    assert choose(db, CHANGSHA_FURONG, "维修") == "wf_a"
    assert choose(db, None) == "wf_a"
    with db.session() as session:
        found = workflow_rules.choose_workflow(
            session, region_code=FOSHAN_CHANCHENG, provider_type=None, scenario="维修", complexity=None, on=ON
        )
    assert found is not None
    assert (found.rule_name, found.version_number, found.definition_name) == ("广东维修", 1, "流程 wf_d")
    lines = found.explain()
    assert "Winner: “广东维修”" in lines[1]
    assert any("“一线城市”: rejected" in line for line in lines)
    assert any("“广东”: matched" in line and "more matched dimensions" in line for line in lines)


def test_the_newest_published_version_is_chosen(db: Database, admin: Actor, flows: dict[str, uuid.UUID]) -> None:
    create(db, admin)
    with db.session() as session:
        draft = workflows.new_draft(session, admin, "wf_a")
        assert choose(db, GZ_TIANHE) == "wf_a"
        workflows.publish(session, admin, draft.id, expected_version=draft.version)
    with db.session() as session:
        found = workflow_rules.choose_workflow(
            session, region_code=None, provider_type=None, scenario=None, complexity=None, on=ON
        )
    assert found is not None and found.version_number == 2


def test_a_rule_for_an_unpublished_workflow_is_skipped_with_a_reason(
    db: Database, admin: Actor, flows: dict[str, uuid.UUID]
) -> None:
    add_workflow(db, admin, "draft_only", publish=False)
    create(db, admin, name="全国默认", definition_key="wf_a")
    # Saving a rule for a workflow still in draft is allowed: the routing can be prepared first.
    create(db, admin, name="维修草稿", definition_key="draft_only", scenario="维修")
    assert choose(db, GZ_TIANHE, "维修") == "wf_a"
    with db.session() as session:
        found = workflow_rules.choose_workflow(
            session, region_code=GZ_TIANHE, provider_type=None, scenario="维修", complexity=None, on=ON
        )
        why = workflow_rules.resolve_workflow(
            session, admin, region_code=GZ_TIANHE, provider_type=None, scenario="安装", complexity=None, on=ON
        )
    assert found is not None and found.rule_name == "全国默认"
    (skipped,) = found.skipped
    assert (skipped.rule.name, skipped.reason, skipped.matched) == ("维修草稿", "unpublished", True)
    assert "“维修草稿”: skipped: workflow draft_only has no published version" in found.explain()[-1]
    assert why.skipped[0].matched is False
    # Once published, the more specific rule wins.
    with db.session() as session:
        version = workflows.load_version(session, admin, "draft_only")
        workflows.publish(session, admin, version.row.id, expected_version=version.row.version)
    assert choose(db, GZ_TIANHE, "维修") == "draft_only"


def test_a_rule_for_a_deactivated_workflow_is_skipped(db: Database, admin: Actor, flows: dict[str, uuid.UUID]) -> None:
    create(db, admin, name="全国默认", definition_key="wf_a")
    create(db, admin, name="维修", definition_key="wf_b", scenario="维修")
    with db.session() as session:
        row = next(d for d in workflows.list_definitions(session, admin) if d.key == "wf_b")
        workflows.update_definition(
            session, admin, "wf_b", expected_version=row.version, name=row.name, is_active=False
        )
    with db.session() as session:
        found = workflow_rules.choose_workflow(
            session, region_code=None, provider_type=None, scenario="维修", complexity=None, on=ON
        )
    assert found is not None and found.definition_key == "wf_a"
    assert [(s.rule.name, s.reason) for s in found.skipped] == [("维修", "inactive")]


def test_validity_dates_and_complexity_take_part(db: Database, admin: Actor, flows: dict[str, uuid.UUID]) -> None:
    create(db, admin, name="全国默认", definition_key="wf_a")
    create(db, admin, name="复杂", definition_key="wf_b", complexity=4)
    create(db, admin, name="年底", definition_key="wf_c", valid_from=dt.date(2026, 12, 1), priority=1)
    assert choose(db, GZ_TIANHE, complexity=4) == "wf_b"
    assert choose(db, GZ_TIANHE, complexity=2) == "wf_a"
    assert choose(db, GZ_TIANHE, complexity=2, on=dt.date(2026, 12, 5)) == "wf_c"
