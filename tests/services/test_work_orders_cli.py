"""``scrm workorders create/complete`` and ``scrm earnings export/summary`` on both backends."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from work_order_support import Setup, add_setup

from scrm_desktop.cli import main
from scrm_desktop.db import Database
from scrm_desktop.models import EarningEntry, WorkOrder
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.permissions import Actor

Captured = pytest.CaptureFixture[str]


@pytest.fixture
def setup(db: Database) -> Setup:
    return add_setup(db)


def run(capsys: Captured, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def write(tmp_path: Path, document: object) -> str:
    path = tmp_path / "wo.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path)


ORDER = {
    "customer_phone": "13800138000",
    "provider": "P001",
    "crew": [{"installer": "I001", "share": "60"}, {"installer": "I002", "share": "40"}],
    "scenario": "安装",
    "completed_on": "2026-11-20",
    "lines": [{"item": "AC-001", "quantity": "2"}, {"item": "P-001", "quantity": "3.5"}],
    "adjustments": [{"kind": "bonus", "amount": "10.00", "reason": "好评", "installer": "I002"}],
    "status": "assigned",
}


def test_create_complete_and_export(db: Database, admin: Actor, setup: Setup, capsys: Captured, tmp_path: Path) -> None:
    status, out, err = run(capsys, "workorders", "create", "--json-file", write(tmp_path, ORDER), "--db", db.url)
    assert (status, err) == (0, "")
    number = out.strip()
    assert number.startswith("WO-HQ-") and number.endswith("-000001")
    status, out, err = run(capsys, "workorders", "complete", number, "--db", db.url)
    assert (status, err) == (0, "")
    assert "settlement total 282.73" in out  # 240.00 + 32.73 + 10.00
    csv_path = tmp_path / "earnings.csv"
    status, out, err = run(capsys, "earnings", "export", "--period", "2026-11", "--csv", str(csv_path), "--db", db.url)
    assert (status, err) == (0, "")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5  # 2 lines x 2 crew + the bonus
    first = rows[0]
    assert {k: first[k] for k in ("installer", "work_order", "item", "quantity", "tier", "unit_price", "amount")} == {
        "installer": "张师傅",
        "work_order": number,
        "item": "挂机空调安装",
        "quantity": "2",
        "tier": "T2",
        "unit_price": "120.00",
        "amount": "240.00",
    }
    assert first["share"] == "144.00"
    status, out, err = run(capsys, "earnings", "summary", "--period", "2026-11", "--json", "--db", db.url)
    summary = {r["installer"]: r["total"] for r in json.loads(out)}
    assert summary == {"I001": "163.64", "I002": "119.09"}


def test_bad_json_names_the_path_and_writes_nothing(
    db: Database, setup: Setup, capsys: Captured, tmp_path: Path
) -> None:
    bad = {**ORDER, "lines": [{"item": "AC-001", "quantity": "2"}, {"item": "NOPE", "quantity": "1"}]}
    status, _out, err = run(
        capsys, "workorders", "create", "--json-file", write(tmp_path, [ORDER, bad]), "--db", db.url
    )
    assert status == 1
    assert "$[1].lines[1].item" in err and "NOPE" in err
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(WorkOrder)) == 0
    (tmp_path / "broken.json").write_text('{"customer_phone": ', encoding="utf-8")
    status, _out, err = run(
        capsys, "workorders", "create", "--json-file", str(tmp_path / "broken.json"), "--db", db.url
    )
    assert status == 1 and "JSON" in err


def test_complete_refuses_all_when_one_cannot(
    db: Database, admin: Actor, setup: Setup, capsys: Captured, tmp_path: Path
) -> None:
    draft = {**ORDER, "crew": [], "adjustments": [], "status": "draft"}
    status, out, _ = run(capsys, "workorders", "create", "--json-file", write(tmp_path, [ORDER, draft]), "--db", db.url)
    good, empty = out.split()
    status, _out, err = run(capsys, "workorders", "complete", good, empty, "--db", db.url)
    assert status == 1 and empty in err and good not in err
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(EarningEntry)) == 0
        assert wo.get_work_order(session, admin, wo.find_by_number(session, admin, good)).status == "assigned"
