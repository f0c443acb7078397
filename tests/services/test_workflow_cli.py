"""``scrm workflow import/export/list`` on both backends: the JSON contract of the issue, a
round trip through a file, and clear errors for bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workflow_support import linear

from scrm_desktop.cli import main
from scrm_desktop.db import Database
from scrm_desktop.services import bpmn, workflows
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.permissions import Actor

SAMPLES = Path(__file__).parent / "bpmn_samples"
Captured = pytest.CaptureFixture[str]


def run(capsys: Captured, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_prints_the_documented_json(db: Database, capsys: Captured) -> None:
    status, out, err = run(
        capsys, "workflow", "import", str(SAMPLES / "camunda_install_order.bpmn"), "--json", "--db", db.url
    )
    assert status == 0, err
    result = json.loads(out)
    assert set(result) == {"key", "version", "nodes", "edges", "warnings"}
    assert set(result["nodes"]) == {
        "start", "task", "approval", "exclusive_gateway", "parallel_split", "parallel_join", "end"
    }  # fmt: skip
    assert result["version"] == 1
    assert result["nodes"]["start"] == 1 and result["nodes"]["end"] >= 1
    assert result["edges"] > 0
    assert any("needs review" in w for w in result["warnings"])  # a JUEL condition is never executed
    with db.session() as session:
        loaded = workflows.load_version(session, Actor.system("t"), result["key"])
    assert loaded.row.status == "draft"
    assert sum(result["nodes"].values()) == len(loaded.graph.nodes)


def test_importing_again_makes_a_new_draft_of_the_same_workflow(db: Database, capsys: Captured) -> None:
    sample = str(SAMPLES / "signavio_repair.bpmn")
    _status, out, _err = run(capsys, "workflow", "import", sample, "--json", "--key", "repair", "--db", db.url)
    assert json.loads(out)["version"] == 1
    with db.session() as session:
        actor = Actor.system("t")
        draft = workflows.load_version(session, actor, "repair")
        graph = draft.graph
    # Publishing needs a reviewed, complete workflow: publish a clean one as v1 instead.
    with db.session() as session:
        workflows.save_draft(session, actor, draft.row.id, linear(), expected_version=draft.row.version)
        workflows.publish(session, actor, draft.row.id, expected_version=draft.row.version + 1)
    _status, out, _err = run(capsys, "workflow", "import", sample, "--json", "--key", "repair", "--db", db.url)
    assert json.loads(out)["version"] == 2
    with db.session() as session:
        assert workflows.load_version(session, actor, "repair").graph.semantic_json() == graph.semantic_json()


def test_export_writes_xml_that_imports_to_the_same_workflow(db: Database, capsys: Captured, tmp_path: Path) -> None:
    with db.session() as session:
        workflows.create_definition(session, Actor.system("t"), key="install", name="安装流程", graph=linear())
    target = tmp_path / "install.bpmn"
    status, out, err = run(capsys, "workflow", "export", "install", "-o", str(target), "--db", db.url)
    assert status == 0, err
    assert "wrote" in out
    again = bpmn.import_bpmn(target.read_bytes())
    assert again.graph.semantic_json() == linear().semantic_json()
    assert wg.checksum(again.graph) == wg.checksum(linear())

    status, out, _err = run(capsys, "workflow", "list", "--json", "--db", db.url)
    [listed] = json.loads(out)
    assert (listed["key"], listed["draft_version"], listed["published_version"]) == ("install", 1, None)
    assert listed["versions"][0]["nodes"] == 6


def test_bad_files_and_unknown_keys_get_clear_errors(db: Database, capsys: Captured, tmp_path: Path) -> None:
    status, _out, err = run(capsys, "workflow", "import", str(tmp_path / "missing.bpmn"), "--db", db.url)
    assert status == 1 and "无法读取" in err  # SCRM_LANG=zh_CN (conftest)
    bomb = tmp_path / "bomb.bpmn"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', encoding="utf-8")
    status, _out, err = run(capsys, "workflow", "import", str(bomb), "--db", db.url)
    assert status == 1 and err.startswith("scrm: ")
    status, _out, err = run(capsys, "workflow", "export", "nope", "-o", str(tmp_path / "x.bpmn"), "--db", db.url)
    assert status == 1 and "没有流程 nope。" in err
    assert not (tmp_path / "x.bpmn").exists()
