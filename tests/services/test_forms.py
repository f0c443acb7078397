"""Form definitions, versions, submissions and files on both backends: the draft → published →
retired lifecycle, stored data that never changes meaning when the form does, references checked
against the database, files stored once and checked by content, permissions, audit, and the form
fields workflow validation sees."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from customers_support import add_actor
from sqlalchemy import func, select
from work_order_support import add_setup, create, order_input
from workflow_support import linear

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, FormFile, FormSubmission, FormVersion
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services import forms, workflows
from scrm_desktop.services.errors import NotFound, PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))
JPEG = b"\xff\xd8\xff\xe0" + b"JFIF" + bytes(100)
WEBP = b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(20)
PDF = b"%PDF-1.7\n" + b"1 0 obj\n<<>>\nendobj\n"


def survey() -> fs.FormSchema:
    """需求分析 survey: kind decides whether a fault description is shown; quote totals the lines."""
    return fs.FormSchema.from_json(
        {
            "rows": [["kind", "region"], ["fault"], ["price", "quantity", "quote"], ["parts"], ["photos"]],
            "fields": [
                {"key": "kind", "type": "select", "label": "类型", "options": ["安装", "维修"], "required": True},
                {"key": "region", "type": "region", "label": "地区"},
                {
                    "key": "fault",
                    "type": "textarea",
                    "label": "故障描述",
                    "required": True,
                    "visible_when": {"field": "kind", "op": "==", "value": "维修"},
                },
                {"key": "price", "type": "money", "label": "单价", "min": "0"},
                {"key": "quantity", "type": "number", "label": "数量", "precision": 0},
                {"key": "quote", "type": "computed", "label": "报价", "formula": "price * quantity", "precision": 2},
                {"key": "parts", "type": "catalog_lines", "label": "备件"},
                {"key": "photos", "type": "photo", "label": "现场照片", "max_files": 3},
            ],
        }
    )


def create_form(
    db: Database, actor: Actor, key: str = "survey", schema: fs.FormSchema | None = None
) -> forms.VersionRow:
    with db.session() as session:
        return forms.create_form(session, actor, key=key, name="需求分析表", schema=schema or survey())


def publish(db: Database, actor: Actor, row: forms.VersionRow, note: str = "") -> forms.VersionRow:
    with db.session() as session:
        return forms.publish(session, actor, row.id, expected_version=row.version, note=note)


def store(db: Database, actor: Actor, name: str, mime: str, content: bytes) -> dict[str, Any]:
    with db.session() as session:
        return forms.store_file(session, actor, name, mime, content)


def audit_actions(db: Database, entity: str) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(AuditEntry.action).where(AuditEntry.entity_type == entity).order_by(AuditEntry.at, AuditEntry.id)
            )
        )


# --- lifecycle -------------------------------------------------------------------------------------


def test_create_lists_loads_and_audits_a_first_draft(db: Database, admin: Actor) -> None:
    row = create_form(db, admin)
    assert (row.key, row.number, row.status, row.field_count) == ("survey", 1, "draft", 8)
    assert row.checksum == fs.checksum(survey())
    with db.session() as session:
        [listed] = forms.list_forms(session, admin)
        loaded = forms.load_form(session, admin, "survey")
        blank = forms.create_form(session, admin, key="blank", name="空白表")
    assert (listed.draft_number, listed.published_number, listed.latest_number) == (1, None, 1)
    assert loaded.editable and loaded.schema == survey()
    assert blank.field_count == 0
    assert audit_actions(db, "form") == ["create", "create"]


def test_bad_keys_names_and_duplicates_are_refused_naming_the_field(db: Database, admin: Actor) -> None:
    create_form(db, admin)
    for key in ("", "1abc", "表单", "a" * 61):
        with db.session() as session, pytest.raises(ValidationError) as info:
            forms.create_form(session, admin, key=key, name="x")
        assert info.value.field == "key"
    with db.session() as session, pytest.raises(ValidationError, match="already exists"):
        forms.create_form(session, admin, key="survey", name="again")
    with db.session() as session, pytest.raises(ValidationError) as info:
        forms.create_form(session, admin, key="other", name=" ")
    assert info.value.field == "name"
    bad = survey()
    bad.fields["kind"].type = "slider"
    with db.session() as session, pytest.raises(ValidationError, match="unknown type 'slider'") as info:
        forms.create_form(session, admin, key="other", name="x", schema=bad)
    assert info.value.field == "kind"


def test_a_draft_may_be_unfinished_but_publishing_lists_what_remains(db: Database, admin: Actor) -> None:
    broken = survey()
    broken.fields["kind"].options = []
    broken.fields["quote"].formula = "price * missing"
    row = create_form(db, admin, schema=broken)
    with pytest.raises(ValidationError) as info:
        publish(db, admin, row)
    text = info.value.message()
    assert "cannot be published: 2 problems remain" in text
    assert "Field 类型: a select needs at least one option." in text
    assert "Field 报价: the formula reads 'missing'" in text
    with db.session() as session:
        assert forms.load_form(session, admin, "survey").row.status == "draft"


def test_published_versions_are_frozen_and_new_drafts_copy_them(db: Database, admin: Actor) -> None:
    v1 = publish(db, admin, create_form(db, admin), note="上线")
    assert (v1.status, v1.published_by, v1.note) == ("published", "管理员", "上线")
    changed = survey()
    changed.fields["kind"].label = "业务类型"
    with db.session() as session, pytest.raises(ValidationError, match="published and cannot be changed"):
        forms.save_draft(session, admin, v1.id, changed, expected_version=v1.version)
    with db.session() as session:
        v2 = forms.new_draft(session, admin, "survey")
        assert forms.new_draft(session, admin, "survey").id == v2.id  # one draft at a time
        assert forms.get_version(session, admin, v2.id).schema == survey()
        saved = forms.save_draft(session, admin, v2.id, changed, expected_version=v2.version)
    v2 = publish(db, admin, saved)
    with db.session() as session:
        statuses = {r.number: r.status for r in forms.list_versions(session, admin, "survey")}
        diff = forms.diff_versions(session, admin, v1.id, v2.id)
        published = forms.published_form(session, "survey")
        assert forms.published_form(session, "nothing") is None
    assert statuses == {1: "retired", 2: "published"}
    assert [(c.kind, c.id, c.change, c.fields) for c in diff] == [("field", "kind", "changed", ("label",))]
    assert published is not None and published.row.number == 2 and not published.editable
    assert audit_actions(db, "form_version") == ["publish", "new_draft", "save_draft", "publish"]


def test_a_stale_save_is_refused_naming_who_saved(db: Database, admin: Actor) -> None:
    row = create_form(db, admin)
    with db.session() as session:
        forms.save_draft(session, admin, row.id, fs.FormSchema(), expected_version=row.version)
    with db.session() as session, pytest.raises(StaleWriteError, match="was changed by 管理员"):
        forms.save_draft(session, admin, row.id, survey(), expected_version=row.version)
    with db.session() as session:
        [definition] = forms.list_forms(session, admin)
        forms.update_form(session, admin, "survey", expected_version=definition.version, name="勘察表")
    with db.session() as session, pytest.raises(StaleWriteError):
        forms.update_form(session, admin, "survey", expected_version=definition.version, name="又改")


def test_retire_and_discard(db: Database, admin: Actor) -> None:
    v1 = publish(db, admin, create_form(db, admin))
    with db.session() as session:
        draft = forms.new_draft(session, admin, "survey")
        forms.discard_draft(session, admin, draft.id, expected_version=draft.version)
        retired = forms.retire(session, admin, v1.id, expected_version=v1.version)
        assert session.get(FormVersion, draft.id) is None
    assert retired.status == "retired"
    with db.session() as session, pytest.raises(ValidationError, match="Only a published version"):
        forms.retire(session, admin, v1.id, expected_version=retired.version)
    with db.session() as session, pytest.raises(NotFound):
        forms.load_form(session, admin, "survey", 7)
    with db.session() as session, pytest.raises(ValidationError, match="no published version"):
        forms.submit_form(session, admin, "survey", {"kind": "安装"})


def test_only_designers_change_forms_and_only_work_order_readers_read_them(db: Database, admin: Actor) -> None:
    row = create_form(db, admin)
    dispatcher = Actor(user_id=None, username="d", display_name="调度", roles=frozenset({"dispatcher"}))
    pricing = Actor(user_id=None, username="p", display_name="价格", roles=frozenset({"pricing_manager"}))
    with db.session() as session:
        with pytest.raises(PermissionDenied):
            forms.save_draft(session, dispatcher, row.id, survey(), expected_version=row.version)
        with pytest.raises(PermissionDenied):
            forms.create_form(session, dispatcher, key="x", name="x")
        assert [r.key for r in forms.list_forms(session, dispatcher)] == ["survey"]
        with pytest.raises(PermissionDenied, match="价格 is not allowed"):
            forms.list_forms(session, pricing)
        with pytest.raises(PermissionDenied):
            forms.store_file(session, pricing, "a.png", "image/png", PNG)


# --- submissions -----------------------------------------------------------------------------------


def test_a_submission_keeps_its_version_when_the_form_changes(db: Database, admin: Actor) -> None:
    v1 = publish(db, admin, create_form(db, admin))
    data = {"kind": "维修", "fault": "不制冷", "price": "150", "quantity": "2", "region": "440106"}
    with db.session() as session:
        submission_id = forms.submit_form(session, admin, "survey", data, node_id="survey").id
    # v2 renames a label, removes a field and changes an option list.
    changed = survey()
    changed.fields["fault"].label = "问题"
    del changed.fields["region"]
    changed.rows[0] = ["kind"]
    changed.fields["kind"].options = ["安装", "保养"]
    with db.session() as session:
        v2 = forms.new_draft(session, admin, "survey")
        v2 = forms.save_draft(session, admin, v2.id, changed, expected_version=v2.version)
    publish(db, admin, v2)
    with db.session() as session:
        schema, stored = forms.get_submission(session, admin, submission_id)
        row = session.get(FormSubmission, submission_id)
        assert row is not None
        assert (row.form_key, row.form_version, row.form_version_id, row.node_id) == ("survey", 1, v1.id, "survey")
        # The same data would not even be valid any more: 维修 is no longer an option.
        _clean, errors = forms.validate_submission(session, "survey", data)
    assert schema == survey()
    assert schema.fields["fault"].label == "故障描述" and "region" in schema.fields
    assert stored == {
        "kind": "维修",
        "region": "440106",
        "fault": "不制冷",
        "price": "150.00",
        "quantity": "2",
        "quote": "300.00",
    }
    assert errors == {"kind": ["类型: '维修' is not one of the options."]}
    assert audit_actions(db, "form_submission") == ["submit"]


def test_invalid_data_is_refused_with_every_error_by_field(db: Database, admin: Actor) -> None:
    publish(db, admin, create_form(db, admin))
    bad = {
        "kind": "维修",
        "price": "-1",
        "quantity": "1.5",
        "region": "999999",
        "parts": [{"item": "NOPE", "quantity": 1}],
    }
    with db.session() as session, pytest.raises(ValidationError) as info:
        forms.submit_form(session, admin, "survey", bad)
    assert info.value.params["errors"] == {
        "region": ["地区: there is no region 999999."],
        "fault": ["故障描述: required."],
        "price": ["单价: -1.00 is less than the minimum 0."],
        "quantity": ["数量: at most 0 decimal places."],
        "parts": ["备件: there is no active catalog item NOPE."],
    }
    assert "需求分析表 cannot be submitted; problems found: 5." in info.value.message()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(FormSubmission)) == 0


def test_references_are_checked_against_the_database(db: Database, admin: Actor) -> None:
    setup = add_setup(db)  # catalog items AC-001 … and a customer
    schema = fs.FormSchema.from_json(
        {
            "fields": [
                {"key": "customer", "type": "customer", "label": "客户"},
                {"key": "engineer", "type": "user", "label": "工程师"},
                {"key": "parts", "type": "catalog_lines", "label": "备件"},
                {"key": "region", "type": "region", "label": "地区"},
            ]
        }
    )
    publish(db, admin, create_form(db, admin, "parts", schema))
    good = {
        "customer": str(setup.customer_id),
        "engineer": str(admin.user_id),
        "parts": [{"item": "AC-001", "quantity": "2"}, {"item": "P-001", "quantity": "3.5"}],
        "region": "110105",
    }
    nobody = str(uuid.uuid4())
    with db.session() as session:
        clean, errors = forms.validate_submission(session, "parts", good)
        assert errors == {}
        assert clean["parts"] == [{"item": "AC-001", "quantity": "2"}, {"item": "P-001", "quantity": "3.5"}]
        _clean, errors = forms.validate_submission(
            session, "parts", {"customer": nobody, "engineer": nobody, "parts": [{"item": "XX-9", "quantity": 1}]}
        )
    assert errors == {
        "customer": [f"客户: there is no customer with id {nobody}."],
        "engineer": [f"工程师: there is no active user with id {nobody}."],
        "parts": ["备件: there is no active catalog item XX-9."],
    }


def test_node_permissions_apply_to_submissions(db: Database, admin: Actor) -> None:
    publish(db, admin, create_form(db, admin))
    perms = {"region": "required", "price": "readonly", "photos": "hidden"}
    with db.session() as session:
        _clean, errors = forms.validate_submission(session, "survey", {"kind": "安装"}, permissions=perms)
        assert errors == {"region": ["地区: required."]}
        row = forms.submit_form(
            session, admin, "survey", {"kind": "安装", "region": "440106", "price": "9"}, permissions=perms
        )
    assert row.data == {"kind": "安装", "region": "440106"}


def test_submissions_of_a_work_order_are_listed_for_those_who_see_it(db: Database, admin: Actor) -> None:
    setup = add_setup(db)
    order = create(db, admin, order_input(setup))
    publish(db, admin, create_form(db, admin))
    with db.session() as session:
        row = forms.submit_form(session, admin, "survey", {"kind": "安装"}, work_order_id=order.id, node_id="n1")
    elsewhere = add_actor(db, admin, "beijing", ["dispatcher"], ["110000"])
    with db.session() as session:
        [listed] = forms.list_submissions(session, admin, order.id)
        assert (listed.id, listed.form_version, listed.submitted_by) == (row.id, 1, "管理员")
        with pytest.raises((NotFound, PermissionDenied)):
            forms.get_submission(session, elsewhere, row.id)
        with pytest.raises((NotFound, PermissionDenied)):
            forms.list_submissions(session, elsewhere, order.id)


# --- files -----------------------------------------------------------------------------------------


def test_files_are_stored_once_by_content_and_read_back(db: Database, admin: Actor) -> None:
    first = store(db, admin, r"C:\Users\张三\现场.png", "image/png", PNG)
    again = store(db, admin, "again.png", "IMAGE/PNG", PNG)
    jpeg = store(db, admin, "a.jpg", "image/jpg", JPEG)
    webp = store(db, admin, "b.webp", "image/webp", WEBP)
    pdf = store(db, admin, "合同.pdf", "application/pdf", PDF)
    assert first == {"file": first["file"], "name": "现场.png", "mime": "image/png", "size": len(PNG)}
    assert again["file"] == first["file"] and again["name"] == "again.png"
    assert (jpeg["mime"], webp["mime"], pdf["mime"]) == ("image/jpeg", "image/webp", "application/pdf")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(FormFile)) == 4
        assert forms.read_file(session, admin, uuid.UUID(first["file"])) == PNG
        assert forms.file_info(session, admin, [uuid.UUID(pdf["file"])])[uuid.UUID(pdf["file"])].name == "合同.pdf"
        with pytest.raises(NotFound):
            forms.read_file(session, admin, uuid.uuid4())
    assert audit_actions(db, "form_file") == ["store"] * 4


@pytest.mark.parametrize(
    "case",
    [
        ("big.png", "image/png", PNG + bytes(forms.MAX_FILE_SIZE), "larger than 5 MB"),
        ("a.gif", "image/gif", b"GIF89a" + bytes(10), "files of type image/gif cannot be stored"),
        ("a.exe", "application/octet-stream", b"MZ" + bytes(10), "cannot be stored"),
        ("fake.png", "image/png", JPEG, "the content is not a image/png file"),
        ("fake.pdf", "application/pdf", b"<html>", "the content is not a application/pdf file"),
        ("empty.png", "image/png", b"", "the file is empty"),
    ],
)
def test_files_are_refused_when_too_large_of_an_unknown_type_or_not_what_they_claim(
    db: Database, admin: Actor, case: tuple[str, str, bytes, str]
) -> None:
    name, mime, content, words = case
    with db.session() as session, pytest.raises(ValidationError, match=words) as info:
        forms.store_file(session, admin, name, mime, content)
    assert info.value.field == "file"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(FormFile)) == 0


def test_photo_fields_take_stored_images_only(db: Database, admin: Actor) -> None:
    publish(db, admin, create_form(db, admin))
    photo = store(db, admin, "现场.jpg", "image/jpeg", JPEG)
    pdf = store(db, admin, "合同.pdf", "application/pdf", PDF)
    forged = {"file": pdf["file"], "name": "x.png", "mime": "image/png", "size": 1}  # the database knows better
    with db.session() as session:
        clean, errors = forms.validate_submission(session, "survey", {"kind": "安装", "photos": [photo]})
        assert errors == {}
        assert clean["photos"] == [photo]
        _clean, errors = forms.validate_submission(session, "survey", {"kind": "安装", "photos": [photo, forged]})
    assert errors == {"photos": ["现场照片: the file x.png is not an image."]}


# --- export, import, and what workflows see -----------------------------------------------------


def test_export_and_import_round_trip_as_new_drafts(db: Database, admin: Actor) -> None:
    publish(db, admin, create_form(db, admin))
    with db.session() as session:
        document = forms.export_json(session, admin, "survey")
        copy = forms.import_json(session, admin, document, key="survey_copy")
        again = forms.import_json(session, admin, document)  # the existing key: a new draft version
        loaded = forms.load_form(session, admin, "survey_copy")
    assert {k: document[k] for k in ("format", "version", "key", "name")} == {
        "format": "scrm-form",
        "version": 1,
        "key": "survey",
        "name": "需求分析表",
    }
    assert (copy.key, copy.number, copy.status) == ("survey_copy", 1, "draft")
    assert (again.key, again.number, again.status) == ("survey", 2, "draft")
    assert loaded.schema == survey() and copy.checksum == fs.checksum(survey())


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ([], "not a form export"),
        ({"format": "scrm-workflow", "version": 1}, "not a form export"),
        ({"format": "scrm-form", "version": "1"}, "not a form export"),
        ({"format": "scrm-form", "version": 9, "key": "a"}, "format version 9"),
        ({"format": "scrm-form", "version": 1, "key": "a", "name": 5}, "'name' is missing or of the wrong kind"),
        ({"format": "scrm-form", "version": 1, "key": "a", "schema": {"fields": [{"key": "x"}]}}, "'type' must be"),
        ({"format": "scrm-form", "version": 1, "key": "1a", "schema": {}}, "Key: use 1 to 60"),
    ],
)
def test_imports_of_bad_documents_say_what_is_wrong(db: Database, admin: Actor, document: Any, words: str) -> None:
    with db.session() as session, pytest.raises(ValidationError, match=words):
        forms.import_json(session, admin, document)


def test_workflow_validation_sees_the_fields_of_attached_forms(db: Database, admin: Actor) -> None:
    graph = linear()
    graph.nodes["survey"].form_key = "survey"
    graph.nodes["survey"].field_permissions = {"kind": "required", "colour": "hidden"}
    with db.session() as session:
        row = workflows.create_definition(session, admin, key="install", name="安装流程", graph=graph)
        lookup = workflows.form_fields_lookup(session)
        assert lookup is not None and lookup("survey") is None
        with pytest.raises(ValidationError, match="form 'survey' does not exist"):
            workflows.publish(session, admin, row.id, expected_version=row.version)
    draft = create_form(db, admin)
    with db.session() as session:
        lookup = workflows.form_fields_lookup(session)
        assert lookup is not None and list(lookup("survey") or []) == list(survey().fields)  # the draft's
        problems = workflows.publish_problems(graph, lookup)
        assert problems == []  # an unknown field permission is only a warning
    publish(db, admin, draft)
    with db.session() as session:
        published = workflows.publish(session, admin, row.id, expected_version=row.version)
    assert published.status == "published"
