"""``scrm forms list/export/import/validate`` on both backends: the JSON contract of the issue, exit
statuses, a round trip through a file, and clear errors (never a traceback) for bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scrm_desktop.cli import main
from scrm_desktop.db import Database
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services import forms
from scrm_desktop.services.permissions import Actor

Captured = pytest.CaptureFixture[str]


def run(capsys: Captured, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def write(path: Path, data: Any) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def quote_form() -> fs.FormSchema:
    return fs.FormSchema.from_json(
        {
            "fields": [
                {"key": "amount", "type": "money", "label": "报价金额", "required": True, "min": "0"},
                {"key": "discount", "type": "number", "label": "折扣", "precision": 2, "max": "1"},
                {"key": "valid_until", "type": "date", "label": "有效期"},
                {"key": "final", "type": "computed", "label": "成交价", "formula": "amount * discount", "precision": 2},
            ]
        }
    )


def add_quote_form(db: Database, *, published: bool = True) -> None:
    actor = Actor.system("t")
    with db.session() as session:
        row = forms.create_form(session, actor, key="quote", name="方案报价", schema=quote_form())
        if published:
            forms.publish(session, actor, row.id, expected_version=row.version)


def test_validate_prints_exactly_valid_and_errors_and_exits_0_when_valid(
    db: Database, capsys: Captured, tmp_path: Path
) -> None:
    add_quote_form(db)
    data = write(tmp_path / "ok.json", {"amount": "1200.5", "discount": 0.85, "valid_until": "2025-12-31"})
    status, out, err = run(capsys, "forms", "validate", "quote", "--data", data, "--json", "--db", db.url)
    assert (status, err) == (0, "")
    assert json.loads(out) == {"valid": True, "errors": {}}
    assert list(json.loads(out)) == ["valid", "errors"]


def test_validate_lists_errors_by_field_and_exits_1_when_not_valid(
    db: Database, capsys: Captured, tmp_path: Path
) -> None:
    add_quote_form(db)
    data = write(tmp_path / "bad.json", {"amount": "12.345", "discount": "1.5", "valid_until": "明天"})
    status, out, _err = run(capsys, "forms", "validate", "quote", "--data", data, "--json", "--db", db.url)
    assert status == 1
    result = json.loads(out)
    assert result["valid"] is False
    assert set(result["errors"]) == {"amount", "discount", "valid_until"}
    assert all(len(messages) == 1 and messages[0] for messages in result["errors"].values())
    assert result["errors"]["amount"][0].startswith("报价金额")  # each message names the field's label

    status, out, _err = run(capsys, "forms", "validate", "quote", "--data", data, "--db", db.url)
    assert status == 1
    assert [line.split(":")[0] for line in out.splitlines()] == ["amount", "discount", "valid_until"]


def test_data_that_is_not_an_object_is_invalid_not_a_crash(db: Database, capsys: Captured, tmp_path: Path) -> None:
    add_quote_form(db)
    data = write(tmp_path / "list.json", [1, 2, 3])
    status, out, _err = run(capsys, "forms", "validate", "quote", "--data", data, "--json", "--db", db.url)
    assert status == 1
    result = json.loads(out)
    assert result["valid"] is False
    assert list(result["errors"]) == [fs.FORM_ERROR_KEY] and len(result["errors"][fs.FORM_ERROR_KEY]) == 1
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    status, out, err = run(capsys, "forms", "validate", "quote", "--data", str(broken), "--json", "--db", db.url)
    assert (status, out) == (1, "")
    assert "broken.json" in err and "Traceback" not in err
    status, out, err = run(capsys, "forms", "validate", "nope", "--data", data, "--json", "--db", db.url)
    assert (status, out) == (1, "")
    assert "nope" in err


def test_a_draft_only_form_is_validated_against_its_draft(db: Database, capsys: Captured, tmp_path: Path) -> None:
    add_quote_form(db, published=False)
    data = write(tmp_path / "d.json", {})
    status, out, _err = run(capsys, "forms", "validate", "quote", "--data", data, "--json", "--db", db.url)
    assert status == 1
    assert list(json.loads(out)["errors"]) == ["amount"]


def test_export_import_and_list_round_trip(db: Database, capsys: Captured, tmp_path: Path) -> None:
    add_quote_form(db)
    target = tmp_path / "quote.json"
    status, out, err = run(capsys, "forms", "export", "quote", "--version", "1", "-o", str(target), "--db", db.url)
    assert status == 0, err
    assert "wrote" in out
    document = json.loads(target.read_text(encoding="utf-8"))
    assert (document["format"], document["key"], document["name"]) == ("scrm-form", "quote", "方案报价")
    assert fs.FormSchema.from_json(document["schema"]) == quote_form()

    status, out, err = run(capsys, "forms", "import", str(target), "--json", "--db", db.url)
    assert status == 0, err
    assert json.loads(out) == {"key": "quote", "version": 2, "status": "draft", "fields": 4}
    status, out, err = run(capsys, "forms", "import", str(target), "--key", "quote2", "--db", db.url)
    assert status == 0, err
    assert "imported quote2 as draft version 1" in out

    status, out, _err = run(capsys, "forms", "list", "--json", "--db", db.url)
    listed = {f["key"]: f for f in json.loads(out)}
    assert set(listed) == {"quote", "quote2"}
    assert (listed["quote"]["published_version"], listed["quote"]["draft_version"]) == (1, 2)
    assert [v["status"] for v in listed["quote"]["versions"]] == ["draft", "published"]
    assert listed["quote"]["versions"][1]["checksum"] == fs.checksum(quote_form())


def test_importing_a_file_that_is_not_a_form_export_fails_clearly(
    db: Database, capsys: Captured, tmp_path: Path
) -> None:
    source = write(tmp_path / "x.json", {"format": "scrm-form", "version": 1, "key": "a", "schema": {"fields": 3}})
    status, out, err = run(capsys, "forms", "import", source, "--db", db.url)
    assert (status, out) == (1, "")
    assert err.startswith("scrm: [fields]") and "Traceback" not in err
    with db.session() as session:
        assert forms.list_forms(session, Actor.system("t")) == []
