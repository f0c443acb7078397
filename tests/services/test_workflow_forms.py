"""Forms travelling with the workflow: a node's form is checked when the node is submitted (every
problem at once, nothing written), stored as a submission of the version published at that moment,
merged into the flow's data for the conditions after it; its catalog lines become work-order lines
(and earnings), replaced — not added twice — when the node is submitted again; history reads every
submission with its own version; per-node field permissions apply.

Every database test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from argon2 import PasswordHasher
from customers_support import add_actor
from sqlalchemy import func, select
from work_order_support import Setup, add_setup, order_input
from workflow_support import GraphBuilder

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, FormSubmission, WorkOrderFlow
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services import forms, users, workflow_engine, workflow_rules, workflows
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.workflow_engine import FORM_LINES_KEY, FlowState

INSTALLER = wg.Assignee("role", "installer")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(40))


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


@dataclass
class People:
    admin: Actor
    dispatcher: Actor
    pricing: Actor
    installer: Actor


@pytest.fixture
def setup(db: Database) -> Setup:
    return add_setup(db)


@pytest.fixture
def people(db: Database, admin: Actor) -> People:
    return People(
        admin,
        add_actor(db, admin, "disp", ["dispatcher"]),
        add_actor(db, admin, "pm", ["pricing_manager"]),
        add_actor(db, admin, "inst", ["installer"]),
    )


# --- forms and the workflow --------------------------------------------------------------------------


def quote_form() -> fs.FormSchema:
    """方案报价单: catalog lines, labour and discount, a computed quote; a contact; a secret the
    node hides; a note the node requires."""
    return fs.FormSchema.from_json(
        {
            "rows": [["lines"], ["labour", "discount", "quote"], ["contact", "secret"], ["note"]],
            "fields": [
                {"key": "lines", "type": "catalog_lines", "label": "报价明细"},
                {"key": "labour", "type": "money", "label": "人工费", "required": True, "min": "0"},
                {"key": "discount", "type": "money", "label": "优惠金额", "min": "0"},
                {
                    "key": "quote",
                    "type": "computed",
                    "label": "报价合计",
                    "formula": "labour - discount",
                    "precision": 2,
                },
                {"key": "contact", "type": "text", "label": "联系人", "required": True},
                {"key": "secret", "type": "text", "label": "内部备注"},
                {"key": "note", "type": "textarea", "label": "报价说明"},
            ],
        }
    )


def parts_form() -> fs.FormSchema:
    """安装记录表: the parts used and one photo."""
    return fs.FormSchema.from_json(
        {
            "rows": [["parts"], ["photos"]],
            "fields": [
                {"key": "parts", "type": "catalog_lines", "label": "实际使用备件"},
                {"key": "photos", "type": "photo", "label": "现场照片", "required": True},
            ],
        }
    )


def graph() -> wg.WorkflowGraph:
    """start → 方案报价 (quotation form; secret hidden, note required) → 报价判断: quote ≥ 5000 →
    经理审批 (rejects to 方案报价) → 上门安装 (parts form, by the installer) → end; else → 上门安装."""
    return (
        GraphBuilder()
        .node("start", wg.START)
        .node(
            "quote",
            wg.TASK,
            "方案报价",
            form_key="quotation",
            field_permissions={"secret": "hidden", "note": "required"},
        )
        .node("check", wg.EXCLUSIVE, "报价判断")
        .node("approve", wg.APPROVAL, "经理审批", reject_to="quote")
        .node("install", wg.TASK, "上门安装", assignee=INSTALLER, form_key="installation", stage="sales")
        .node("end", wg.END, stage="aftersales")
        .edge("start", "quote")
        .edge("quote", "check")
        .edge("check", "approve", priority=1, condition={"all": [{"field": "quote", "op": ">=", "value": 5000}]})
        .edge("check", "install", priority=2, is_default=True)
        .edge("approve", "install")
        .edge("install", "end")
        .graph
    )


def add_form(db: Database, admin: Actor, key: str, name: str, schema: fs.FormSchema, *, publish: bool = True) -> None:
    with db.session() as session:
        row = forms.create_form(session, admin, key=key, name=name, schema=schema)
        if publish:
            forms.publish(session, admin, row.id, expected_version=row.version)


def publish_v2(db: Database, admin: Actor, key: str, schema: fs.FormSchema) -> None:
    with db.session() as session:
        draft = forms.new_draft(session, admin, key)
        saved = forms.save_draft(session, admin, draft.id, schema, expected_version=draft.version)
        forms.publish(session, admin, saved.id, expected_version=saved.version)


@pytest.fixture
def flow(db: Database, people: People, setup: Setup) -> uuid.UUID:
    """A work order (lines AC-001 × 2 and P-001 × 3.5, in 广州天河) waiting at 方案报价."""
    add_form(db, people.admin, "quotation", "方案报价单", quote_form())
    add_form(db, people.admin, "installation", "安装记录表", parts_form())
    with db.session() as session:
        draft = workflows.create_definition(session, people.admin, key="install", name="安装流程", graph=graph())
        workflows.publish(session, people.admin, draft.id, expected_version=draft.version)
        workflow_rules.create_workflow_rule(session, people.admin, name="全国默认", definition_key="install")
    with db.session() as session:
        return wo.create_work_order(session, people.dispatcher, order_input(setup), status="assigned").id


def state(db: Database, actor: Actor, wo_id: uuid.UUID) -> FlowState:
    with db.session() as session:
        found = workflow_engine.flow_state(session, actor, wo_id)
    assert found is not None
    return found


def submit(db: Database, actor: Actor, wo_id: uuid.UUID, node: str, data: Mapping[str, Any]) -> FlowState:
    current = state(db, actor, wo_id)
    with db.session() as session:
        return workflow_engine.submit(session, actor, wo_id, node, data, expected_version=current.version)


def reject(db: Database, actor: Actor, wo_id: uuid.UUID, comment: str) -> FlowState:
    """经理审批 sends the work back to 方案报价."""
    current = state(db, actor, wo_id)
    with db.session() as session:
        return workflow_engine.reject(
            session, actor, wo_id, "approve", comment=comment, expected_version=current.version
        )


def refused(db: Database, actor: Actor, wo_id: uuid.UUID, node: str, data: Mapping[str, Any]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        submit(db, actor, wo_id, node, data)
    return caught.value


def quote_data(labour: str = "6800", **extra: Any) -> dict[str, Any]:
    return {"labour": labour, "discount": "0", "contact": "刘女士", "note": "含两台挂机", **extra}


def lines_of(db: Database, actor: Actor, wo_id: uuid.UUID) -> list[tuple[str, Decimal, str]]:
    with db.session() as session:
        detail = wo.get_work_order(session, actor, wo_id)
    return [(line.item_code, line.quantity, line.note) for line in detail.earnings.lines]


def earnings_total(db: Database, actor: Actor, wo_id: uuid.UUID) -> Decimal:
    with db.session() as session:
        return wo.get_work_order(session, actor, wo_id).earnings.total


def submissions(db: Database) -> list[FormSubmission]:
    with db.session() as session:
        found = list(session.scalars(select(FormSubmission).order_by(FormSubmission.submitted_at)))
        session.expunge_all()
    return found


def store_photo(db: Database, actor: Actor) -> dict[str, Any]:
    with db.session() as session:
        return forms.store_file(session, actor, "现场.png", "image/png", PNG)


# --- submitting a node's form --------------------------------------------------------------------------


def test_every_problem_of_the_form_is_reported_at_once_and_nothing_is_written(
    db: Database, people: People, flow: uuid.UUID
) -> None:
    before = state(db, people.dispatcher, flow)
    lines_before = lines_of(db, people.admin, flow)
    bad = {"labour": "12.345", "contact": "", "lines": [{"item": "NOPE-1", "quantity": "1"}], "discount": "-5"}
    error = refused(db, people.dispatcher, flow, "quote", bad)

    # The first bad field in reading order is named; every error is listed by field.
    assert error.field == "lines"
    errors = error.params["errors"]
    assert list(errors) == ["lines", "labour", "discount", "contact", "note"]  # note: required by the node
    assert "NOPE-1" in errors["lines"][0] and "人工费" in errors["labour"][0] and "报价说明" in errors["note"][0]
    assert {key: len(found) for key, found in error.params["field_errors"].items()} == dict.fromkeys(errors, 1)
    assert error.params["count"] == 5 and "方案报价单" in error.message()

    after = state(db, people.dispatcher, flow)
    assert (after.version, after.data, len(after.history)) == (before.version, before.data, len(before.history))
    assert [a.node_id for a in after.active] == ["quote"]
    assert submissions(db) == []
    assert lines_of(db, people.admin, flow) == lines_before


def test_a_valid_form_is_stored_with_its_version_and_moves_the_flow(
    db: Database, people: People, flow: uuid.UUID
) -> None:
    (waiting,) = state(db, people.dispatcher, flow).active
    assert (waiting.form_key, waiting.form_version, waiting.field_permissions) == (
        "quotation",
        1,
        {"note": "required", "secret": "hidden"},
    )

    moved = submit(db, people.dispatcher, flow, "quote", quote_data(discount="300", secret="内部价"))
    # 6800 - 300 = 6500 ≥ 5000: the gateway read the computed field and chose the approval.
    assert [a.node_id for a in moved.active] == ["approve"]
    assert moved.data == {"labour": "6800.00", "discount": "300.00", "quote": "6500.00", "contact": "刘女士",
                          "note": "含两台挂机"}  # fmt: skip
    step = moved.history[-1]
    assert (step.action, step.form_key, step.form_version) == ("submit", "quotation", 1)
    assert step.submission_id is not None and step.data == moved.data  # the hidden secret is not taken

    [stored] = submissions(db)
    assert (stored.id, stored.form_key, stored.form_version, stored.node_id) == (
        step.submission_id,
        "quotation",
        1,
        "quote",
    )
    assert stored.work_order_id == flow and stored.submitted_by_name == people.dispatcher.display_name
    with db.session() as session:
        schema, data = forms.get_submission(session, people.dispatcher, step.submission_id)
        audited = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity_id == str(step.submission_id))
        )
    assert schema == quote_form() and data == moved.data
    assert audited == 1


def test_a_small_quote_skips_the_approval(db: Database, people: People, flow: uuid.UUID) -> None:
    moved = submit(db, people.dispatcher, flow, "quote", quote_data("3200"))
    assert [a.node_id for a in moved.active] == ["install"]
    assert moved.data["quote"] == "3200.00"


def test_a_form_with_nothing_published_is_refused_clearly(db: Database, people: People, flow: uuid.UUID) -> None:
    with db.session() as session:  # the installation form gets a draft and loses its published version
        [published] = [v for v in forms.list_versions(session, people.admin, "installation") if v.status == "published"]
        forms.retire(session, people.admin, published.id, expected_version=published.version)
    submit(db, people.dispatcher, flow, "quote", quote_data("100"))
    (waiting,) = state(db, people.installer, flow).active
    assert (waiting.node_id, waiting.form_key, waiting.form_version) == ("install", "installation", None)

    error = refused(db, people.installer, flow, "install", {"photos": [store_photo(db, people.installer)]})
    assert error.field == "form"
    assert error.message() == "Form 安装记录表 has no published version; publish it before it can be filled in."
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.node_form(session, people.installer, flow, "install")
    assert caught.value.message() == error.message()


# --- permissions -----------------------------------------------------------------------------------


def test_node_permissions_hide_and_require_fields(db: Database, people: People, flow: uuid.UUID) -> None:
    # Required by the node (not by the form): refused while empty.
    error = refused(db, people.dispatcher, flow, "quote", quote_data(note=""))
    assert error.field == "note" and list(error.params["errors"]) == ["note"]

    # Hidden by the node: a value sent anyway is neither checked nor stored.
    moved = submit(db, people.dispatcher, flow, "quote", quote_data("100", secret={"not": "text"}))
    assert "secret" not in moved.data
    with db.session() as session:
        form = workflow_engine.node_form(session, people.dispatcher, flow, "install")
    assert form is not None and (form.key, form.version, form.permissions) == ("installation", 1, {})


def test_node_form_gives_the_published_schema_and_the_earlier_data(
    db: Database, people: People, flow: uuid.UUID
) -> None:
    with db.session() as session:
        form = workflow_engine.node_form(session, people.dispatcher, flow, "quote")
        with pytest.raises(ValidationError):
            workflow_engine.node_form(session, people.dispatcher, flow, "nowhere")
    assert form is not None
    assert (form.key, form.name, form.version, form.data) == ("quotation", "方案报价单", 1, {})
    assert form.schema == quote_form() and form.permissions == {"note": "required", "secret": "hidden"}


# --- catalog lines -----------------------------------------------------------------------------------


def test_catalog_lines_become_work_order_lines_and_earnings(
    db: Database, people: People, setup: Setup, flow: uuid.UUID
) -> None:
    total_before = earnings_total(db, people.admin, flow)
    submit(db, people.dispatcher, flow, "quote", quote_data("100", lines=[{"item": "WH-001", "quantity": "2"}]))
    assert lines_of(db, people.admin, flow) == [
        ("AC-001", Decimal("2"), ""),
        ("P-001", Decimal("3.5"), ""),
        ("WH-001", Decimal("2"), "报价明细"),  # the line says which form field it came from
    ]
    # 广州 is 一线城市: 二档, WH-001 settles at 66.66 → 133.32 more for the crew.
    assert earnings_total(db, people.admin, flow) - total_before == Decimal("133.32")
    with db.session() as session:
        flow_row = session.get(WorkOrderFlow, flow)
        assert flow_row is not None
        assert list(flow_row.data[FORM_LINES_KEY]) == ["quote"]
    assert FORM_LINES_KEY not in state(db, people.admin, flow).data


def test_submitting_the_node_again_replaces_its_lines(db: Database, people: People, flow: uuid.UUID) -> None:
    lines = [{"item": "AC-002", "quantity": "1"}, {"item": "WH-001", "quantity": "1"}]
    submit(db, people.dispatcher, flow, "quote", quote_data(lines=lines))
    assert [code for code, _q, _n in lines_of(db, people.admin, flow)] == ["AC-001", "P-001", "AC-002", "WH-001"]

    # The manager rejects: the work goes back to 方案报价, whose form shows what was submitted.
    current = state(db, people.pricing, flow)
    with db.session() as session:
        workflow_engine.reject(
            session, people.pricing, flow, "approve", comment="太贵", expected_version=current.version
        )
    with db.session() as session:
        form = workflow_engine.node_form(session, people.dispatcher, flow, "quote")
    assert form is not None and form.data["lines"] == lines and form.data["labour"] == "6800.00"

    submit(db, people.dispatcher, flow, "quote", quote_data("4800", lines=[{"item": "P-001", "quantity": "4"}]))
    assert lines_of(db, people.admin, flow) == [
        ("AC-001", Decimal("2"), ""),
        ("P-001", Decimal("3.5"), ""),
        ("P-001", Decimal("4"), "报价明细"),
    ]
    assert [s.form_version for s in submissions(db)] == [1, 1]


def test_the_installer_records_the_parts_used(db: Database, people: People, flow: uuid.UUID) -> None:
    submit(db, people.dispatcher, flow, "quote", quote_data("100"))
    photo = store_photo(db, people.installer)
    done = submit(
        db, people.installer, flow, "install", {"parts": [{"item": "P-001", "quantity": "2"}], "photos": [photo]}
    )
    assert done.status == "finished"
    assert lines_of(db, people.admin, flow)[-1] == ("P-001", Decimal("2"), "实际使用备件")
    assert done.data["photos"] == [photo]


def test_a_completed_work_order_refuses_new_lines_but_not_the_same_ones(
    db: Database, people: People, flow: uuid.UUID
) -> None:
    submit(db, people.dispatcher, flow, "quote", quote_data(lines=[{"item": "WH-001", "quantity": "1"}]))
    current = state(db, people.pricing, flow)
    with db.session() as session:
        workflow_engine.reject(
            session, people.pricing, flow, "approve", comment="再议", expected_version=current.version
        )
    with db.session() as session:
        detail = wo.get_work_order(session, people.admin, flow)
        wo.complete_work_order(session, people.admin, flow, expected_version=detail.version)

    error = refused(db, people.dispatcher, flow, "quote", quote_data(lines=[{"item": "WH-001", "quantity": "3"}]))
    assert error.field == "lines" and "completed" in error.message() and "方案报价单" in error.message()
    moved = submit(db, people.dispatcher, flow, "quote", quote_data(lines=[{"item": "WH-001", "quantity": "1"}]))
    assert [a.node_id for a in moved.active] == ["approve"]
    assert [code for code, _q, _n in lines_of(db, people.admin, flow)] == ["AC-001", "P-001", "WH-001"]


# --- versions ---------------------------------------------------------------------------------------


def test_history_reads_each_submission_with_its_own_version(db: Database, people: People, flow: uuid.UUID) -> None:
    first = submit(db, people.dispatcher, flow, "quote", quote_data(discount="800"))
    current = state(db, people.pricing, flow)
    with db.session() as session:
        workflow_engine.reject(
            session, people.pricing, flow, "approve", comment="重报", expected_version=current.version
        )

    # Version 2: the discount is gone, the labour renamed, the quote computed from labour alone.
    v2 = quote_form().to_json()
    v2["rows"] = [["lines"], ["labour", "quote"], ["contact", "secret"], ["note"]]
    v2["fields"] = [f for f in v2["fields"] if f["key"] != "discount"]
    for spec in v2["fields"]:
        if spec["key"] == "labour":
            spec["label"] = "安装人工费"
        if spec["key"] == "quote":
            spec["formula"] = "labour"
    publish_v2(db, people.admin, "quotation", fs.FormSchema.from_json(v2))
    assert state(db, people.dispatcher, flow).active[0].form_version == 2

    second = submit(db, people.dispatcher, flow, "quote", quote_data("5200", discount="999"))
    assert second.data["quote"] == "5200.00"
    steps = [s for s in second.history if s.submission_id is not None]
    assert [(s.form_version, s.data.get("discount")) for s in steps] == [(1, "800.00"), (2, None)]
    with db.session() as session:
        old_schema, old_data = forms.get_submission(session, people.admin, first.history[-1].submission_id)  # type: ignore[arg-type]
        new_schema, _new_data = forms.get_submission(session, people.admin, steps[1].submission_id)  # type: ignore[arg-type]
    assert old_schema == quote_form() and old_schema.fields["labour"].label == "人工费"
    assert old_data["discount"] == "800.00" and old_data["quote"] == "6000.00"
    assert "discount" not in new_schema.fields and new_schema.fields["labour"].label == "安装人工费"


# --- batches -----------------------------------------------------------------------------------------


def test_a_batch_checks_every_form_and_writes_all_or_nothing(
    db: Database, people: People, setup: Setup, flow: uuid.UUID
) -> None:
    with db.session() as session:
        other = wo.create_work_order(
            session, people.dispatcher, dataclasses.replace(order_input(setup), notes="第二单"), status="assigned"
        ).id
        assert session.get(WorkOrderFlow, other) is not None  # started on the workflow too
    items = [
        (flow, "quote", quote_data("100", lines=[{"item": "WH-001", "quantity": "1"}])),
        (other, "quote", quote_data("100", contact="")),
    ]
    with pytest.raises(ValidationError) as caught, db.session() as session:
        workflow_engine.advance_many(session, people.dispatcher, items)
    assert caught.value.field == "contact"
    assert submissions(db) == [] and len(lines_of(db, people.admin, flow)) == 2

    items[1] = (other, "quote", quote_data("100"))
    with db.session() as session:
        assert workflow_engine.advance_many(session, people.dispatcher, items) == 2
    assert {s.work_order_id for s in submissions(db)} == {flow, other}
    assert [a.node_id for a in state(db, people.dispatcher, other).active] == ["install"]
    assert len(lines_of(db, people.admin, flow)) == 3 and len(lines_of(db, people.admin, other)) == 2
