"""Workflow definitions and versions: drafts, publishing (refused while errors remain), immutability,
new drafts keeping node ids, retiring, diffs, concurrency and permissions — on both backends."""

from __future__ import annotations

import pytest
from workflow_support import linear

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, WorkflowVersion
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services import workflows
from scrm_desktop.services.errors import NotFound, PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor


def create(db: Database, actor: Actor, key: str = "install", graph: wg.WorkflowGraph | None = None):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return workflows.create_definition(session, actor, key=key, name="安装流程", graph=graph or linear())


def publish(db: Database, actor: Actor, row: workflows.VersionRow) -> workflows.VersionRow:
    with db.session() as session:
        return workflows.publish(session, actor, row.id, expected_version=row.version, note="上线")


def test_create_gives_a_first_draft_and_lists_it(db: Database, admin: Actor) -> None:
    row = create(db, admin)
    assert (row.key, row.number, row.status, row.node_count, row.edge_count) == ("install", 1, "draft", 6, 6)
    assert row.checksum == wg.checksum(linear())
    with db.session() as session:
        [listed] = workflows.list_definitions(session, admin)
        loaded = workflows.load_version(session, admin, "install")
    assert (listed.draft_number, listed.published_number, listed.latest_number) == (1, None, 1)
    assert loaded.editable
    assert loaded.graph.semantic_json() == linear().semantic_json()
    assert loaded.graph.position("survey") == linear().position("survey")


def test_bad_keys_and_duplicates_are_refused_naming_the_field(db: Database, admin: Actor) -> None:
    create(db, admin)
    for key in ("", "1abc", "有中文", "a" * 61):
        with db.session() as session, pytest.raises(ValidationError) as info:
            workflows.create_definition(session, admin, key=key, name="x")
        assert info.value.field == "key"
    with db.session() as session, pytest.raises(ValidationError, match="already exists"):
        workflows.create_definition(session, admin, key="install", name="again")


def test_a_new_workflow_without_a_graph_starts_as_start_to_end(db: Database, admin: Actor) -> None:
    with db.session() as session:
        row = workflows.create_definition(session, admin, key="blank", name="空白流程")
        graph = workflows.load_version(session, admin, "blank").graph
    assert sorted(n.type for n in graph.nodes.values()) == ["end", "start"]
    assert row.edge_count == 1


def test_publishing_is_refused_while_errors_remain_and_lists_them(db: Database, admin: Actor) -> None:
    broken = linear()
    broken.nodes["sign"].assignee = None
    broken.edges["check__approve"].condition = None
    row = create(db, admin, graph=broken)
    with pytest.raises(ValidationError) as info:
        publish(db, admin, row)
    text = info.value.message()
    assert "cannot be published: 2 problems remain" in text
    assert "Node 签约: the task has no assignee." in text
    with db.session() as session:
        assert workflows.load_version(session, admin, "install").row.status == "draft"


def test_published_versions_are_immutable_and_new_drafts_keep_node_ids(db: Database, admin: Actor) -> None:
    v1 = publish(db, admin, create(db, admin))
    assert v1.status == "published" and v1.published_by == "管理员" and v1.note == "上线"
    changed = linear()
    changed.nodes["sign"].name = "签订合同"
    with db.session() as session, pytest.raises(ValidationError, match="published and cannot be changed"):
        workflows.save_draft(session, admin, v1.id, changed, expected_version=v1.version)
    with db.session() as session:
        v2 = workflows.new_draft(session, admin, "install")
        again = workflows.new_draft(session, admin, "install")  # one draft at a time
        assert again.id == v2.id
        draft = workflows.get_version(session, admin, v2.id)
    assert (v2.number, v2.status) == (2, "draft")
    assert set(draft.graph.nodes) == set(linear().nodes)
    with db.session() as session:
        saved = workflows.save_draft(session, admin, v2.id, changed, expected_version=v2.version)
        stored_v1 = workflows.get_version(session, admin, v1.id)
    assert stored_v1.graph.nodes["sign"].name == "签约"  # v1 untouched
    v2 = publish(db, admin, saved)
    with db.session() as session:
        statuses = {r.number: r.status for r in workflows.list_versions(session, admin, "install")}
        [listed] = workflows.list_definitions(session, admin)
        diff = workflows.diff_versions(session, admin, v1.id, v2.id)
    assert statuses == {1: "retired", 2: "published"}
    assert listed.published_number == 2 and listed.draft_number is None
    assert [(c.kind, c.id, c.change, c.fields) for c in diff] == [("node", "sign", "changed", ("name",))]


def test_moving_nodes_in_a_draft_keeps_the_checksum(db: Database, admin: Actor) -> None:
    row = create(db, admin)
    moved = linear()
    moved.set_position("sign", 12, 34)
    with db.session() as session:
        saved = workflows.save_draft(session, admin, row.id, moved, expected_version=row.version)
        audits = session.query(AuditEntry).filter(AuditEntry.action == "save_draft").count()
    assert saved.checksum == row.checksum
    assert audits == 0  # a layout change is not a semantic change worth an audit row
    with db.session() as session:
        assert workflows.get_version(session, admin, row.id).graph.position("sign") == (12.0, 34.0)


def test_a_stale_draft_save_is_refused(db: Database, admin: Actor) -> None:
    row = create(db, admin)
    with db.session() as session:
        workflows.save_draft(session, admin, row.id, linear(), expected_version=row.version)
    with db.session() as session, pytest.raises(StaleWriteError, match="was changed by 管理员"):
        workflows.save_draft(session, admin, row.id, linear(), expected_version=row.version)


def test_retire_and_discard(db: Database, admin: Actor) -> None:
    v1 = publish(db, admin, create(db, admin))
    with db.session() as session:
        draft = workflows.new_draft(session, admin, "install")
        workflows.discard_draft(session, admin, draft.id, expected_version=draft.version)
        retired = workflows.retire(session, admin, v1.id, expected_version=v1.version)
        assert session.get(WorkflowVersion, draft.id) is None
    assert retired.status == "retired"
    with db.session() as session, pytest.raises(ValidationError, match="Only a published version"):
        workflows.retire(session, admin, v1.id, expected_version=retired.version)
    with db.session() as session, pytest.raises(NotFound):
        workflows.load_version(session, admin, "install", 7)


def test_only_designers_change_workflows(db: Database, admin: Actor) -> None:
    row = create(db, admin)
    outsider = Actor(user_id=None, username="i", display_name="师傅", roles=frozenset({"installer"}))
    dispatcher = Actor(user_id=None, username="d", display_name="调度", roles=frozenset({"dispatcher"}))
    with db.session() as session:
        with pytest.raises(PermissionDenied):
            workflows.list_definitions(session, outsider)
        assert [r.key for r in workflows.list_definitions(session, dispatcher)] == ["install"]
        with pytest.raises(PermissionDenied):
            workflows.save_draft(session, dispatcher, row.id, linear(), expected_version=row.version)
