"""Price grid XLSX export and import: exact round trips, every bad cell reported, dry runs, the CLI.

Every database test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from tier_rules_support import D2025, D2026, Catalog, add_catalog, add_price, price_rows

from scrm_desktop.cli import main
from scrm_desktop.db import Database
from scrm_desktop.services import price_io
from scrm_desktop.services.errors import PermissionDenied, ValidationError
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.price_io import PriceFileError, cell_amount

MARCH_2026 = dt.date(2026, 3, 1)
HEADER = ["item_code", "item_name", "kind", "unit", "T1", "T2", "T3"]


@pytest.fixture
def cat(db: Database) -> Catalog:
    """The support catalog with settlement prices for 2025 and 2026 and sales prices for 2025;
    WH-001 has no T3 price in either book and P-001 none at all."""
    cat = add_catalog(db)
    for item, base in (("AC-001", 100), ("AC-002", 80), ("WH-001", 200)):
        for step, tier in enumerate(("T1", "T2", "T3")):
            if item == "WH-001" and tier == "T3":
                continue
            amount = base + 20 * step
            add_price(db, cat, "settlement", item, tier, on=D2025, amount=f"{amount}.00")
            add_price(db, cat, "settlement", item, tier, on=D2026, amount=f"{amount + 5}.50")
            add_price(db, cat, "sales", item, tier, on=D2025, amount=f"{amount * 2}.00")
    return cat


def export(db: Database, actor: Actor, path: Path, on: dt.date = MARCH_2026) -> dict[str, int]:
    with db.session() as session:
        return price_io.export_prices(session, actor, path, on=on)


def do_import(db: Database, actor: Actor, path: Path, **kw: Any) -> price_io.ImportResult:
    kw.setdefault("effective", MARCH_2026)
    with db.session() as session:
        return price_io.import_prices(session, actor, path, **kw)


def sheet_values(path: Path, book: str) -> list[list[Any]]:
    workbook = load_workbook(path, read_only=True)
    try:
        rows = [list(row) for row in workbook[book].iter_rows(values_only=True)]
    finally:
        workbook.close()
    width = len(rows[0])
    return [row + [None] * (width - len(row)) for row in rows]  # read-only mode drops trailing blanks


def edit(path: Path, book: str, cells: dict[str, Any]) -> None:
    workbook = load_workbook(path)
    for ref, value in cells.items():
        workbook[book][ref] = value
    workbook.save(path)


def test_export_writes_one_sheet_per_book_with_the_prices_in_force(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path
) -> None:
    path = tmp_path / "prices.xlsx"
    assert export(db, admin, path) == {"settlement": 4, "sales": 4}
    assert load_workbook(path, read_only=True).sheetnames == ["settlement", "sales"]
    rows = sheet_values(path, "settlement")
    assert rows[0] == HEADER
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code["AC-001"][:4] == ["AC-001", "挂机空调安装", "service", "台"]
    assert by_code["AC-001"][4:] == [105.5, 125.5, 145.5]
    assert by_code["WH-001"][4:] == [205.5, 225.5, None]  # missing stays empty, never 0
    assert by_code["P-001"][4:] == [None, None, None]
    earlier = tmp_path / "2025.xlsx"
    export(db, admin, earlier, on=dt.date(2025, 12, 31))
    assert {r[0]: r for r in sheet_values(earlier, "settlement")}["AC-001"][4:] == [100, 120, 140]


@pytest.mark.parametrize("effective", [MARCH_2026, dt.date(2026, 9, 1)])
def test_export_then_import_changes_nothing(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path, effective: dt.date
) -> None:
    path = tmp_path / "prices.xlsx"
    export(db, admin, path, on=effective)
    before = price_rows(db)
    result = do_import(db, admin, path, effective=effective)
    assert result.changed == {"settlement": 0, "sales": 0}
    assert result.unchanged == {"settlement": 8, "sales": 8}
    assert result.written == {"settlement": 0, "sales": 0}
    assert price_rows(db) == before


def test_import_saves_only_changed_cells_as_exact_decimals(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path
) -> None:
    path = tmp_path / "prices.xlsx"
    export(db, admin, path)
    # E2 = AC-001/T1, F3 = AC-002/T2, G4 = P-001/T3 (a new cell), E5 = WH-001/T1.
    edit(path, "settlement", {"E2": 12.3, "F3": "99.5", "G4": 7, "E5": 205.5})
    edit(path, "sales", {"G2": " 1,280.00 "})
    before = len(price_rows(db))
    result = do_import(db, admin, path)
    assert result.changed == {"settlement": 3, "sales": 1}  # E5 equals the price in force
    assert result.written == {"settlement": 3, "sales": 1}
    new = {(r[0], r[1], r[2]): r[4] for r in price_rows(db) if r[3] == MARCH_2026}
    assert len(price_rows(db)) == before + 4
    assert new == {
        ("settlement", cat.items["AC-001"], cat.tiers["T1"]): Decimal("12.30"),
        ("settlement", cat.items["AC-002"], cat.tiers["T2"]): Decimal("99.50"),
        ("settlement", cat.items["P-001"], cat.tiers["T3"]): Decimal("7.00"),
        ("sales", cat.items["AC-001"], cat.tiers["T3"]): Decimal("1280.00"),
    }
    # And the next export of the same date imports as no change at all.
    again = tmp_path / "again.xlsx"
    export(db, admin, again)
    assert do_import(db, admin, again).changed == {"settlement": 0, "sales": 0}


def test_every_bad_cell_is_reported_and_nothing_is_written(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path
) -> None:
    path = tmp_path / "prices.xlsx"
    export(db, admin, path)
    edit(
        path,
        "settlement",
        {
            "E2": -1,  # negative
            "F2": 12.345,  # three decimals
            "G2": "abc",  # text
            "E3": "=E2*2",  # a formula
            "F3": True,  # a boolean
            "H1": "T9",  # an unknown tier column
            "A4": "NOPE",  # an unknown item
            "A5": "AC-001",  # AC-001 a second time
            "G3": 1e13,  # too large
        },
    )
    edit(path, "sales", {"F2": dt.date(2026, 1, 1)})  # a date is not an amount
    workbook = load_workbook(path)
    workbook.create_sheet("notes")["A1"] = "hello"
    workbook.save(path)
    before = price_rows(db)
    with pytest.raises(PriceFileError) as excinfo:
        do_import(db, admin, path)
    cells = [p.cell for p in excinfo.value.problems]
    assert cells == [
        "settlement!H1",
        "settlement!E2",
        "settlement!F2",
        "settlement!G2",
        "settlement!E3",
        "settlement!F3",
        "settlement!G3",
        "settlement!A4",
        "settlement!A5",
        "sales!F2",
        "notes!A1",
    ]
    reasons = {p.cell: p.reason.message() for p in excinfo.value.problems}
    assert "negative" in reasons["settlement!E2"]
    assert "12.345" in reasons["settlement!F2"] and "two decimals" in reasons["settlement!F2"]
    assert "abc" in reasons["settlement!G2"]
    assert "Formulas" in reasons["settlement!E3"]
    assert "T9" in reasons["settlement!H1"]
    assert "NOPE" in reasons["settlement!A4"]
    assert "row 2" in reasons["settlement!A5"]
    assert "too large" in reasons["settlement!G3"]
    assert "settlement!E2" in str(excinfo.value)
    assert price_rows(db) == before


def test_dry_run_reports_the_changes_and_writes_nothing(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path
) -> None:
    path = tmp_path / "prices.xlsx"
    export(db, admin, path)
    edit(path, "settlement", {"E2": 111, "F2": 222})
    before = price_rows(db)
    result = do_import(db, admin, path, dry_run=True)
    assert result.dry_run
    assert result.changed == {"settlement": 2, "sales": 0}
    assert result.written == {"settlement": 0, "sales": 0}
    assert price_rows(db) == before


def test_a_save_refusal_is_reported_as_a_cell_of_the_file(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path
) -> None:
    """A price effective from the very date of the import and already in force is never rewritten."""
    path = tmp_path / "prices.xlsx"
    export(db, admin, path, on=D2026)
    edit(path, "settlement", {"F3": 1})  # AC-002 / T2 has a version from 2026-01-01
    before = price_rows(db)
    for dry_run in (True, False):
        with pytest.raises(PriceFileError) as excinfo:
            do_import(db, admin, path, effective=D2026, dry_run=dry_run)
        assert [p.cell for p in excinfo.value.problems] == ["settlement!F3"]
    assert price_rows(db) == before


def test_files_that_are_no_price_workbooks_are_refused(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path
) -> None:
    text = tmp_path / "prices.xlsx"
    text.write_text("item_code,T1\nAC-001,1\n")
    csv = tmp_path / "prices.csv"
    csv.write_text("item_code,T1\n")
    other = tmp_path / "other.xlsx"
    workbook = Workbook()
    workbook.active["A1"] = "code"
    workbook.active.title = "settlement"
    workbook.save(other)
    for path in (text, csv, tmp_path / "missing.xlsx"):
        with pytest.raises(ValidationError) as excinfo:
            do_import(db, admin, path)
        assert excinfo.value.field == "file"
    with pytest.raises(PriceFileError) as header:
        do_import(db, admin, other)
    assert [p.cell for p in header.value.problems] == ["settlement!A1"]


def test_import_needs_the_edit_prices_permission(db: Database, admin: Actor, cat: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "prices.xlsx"
    finance = Actor(None, "f", "f", frozenset({Role.FINANCE.value}))
    export(db, finance, path)  # finance may read prices
    with pytest.raises(PermissionDenied):
        do_import(db, finance, path)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12.3, Decimal("12.3")),
        (0.1 + 0.2, Decimal("0.30000000000000004")),  # refused later: more than two decimals
        (120, Decimal(120)),
        ("  99.50 ", Decimal("99.50")),
        ("1,280", Decimal(1280)),
        (None, None),
        ("   ", None),
        ("=A1", "formula"),
        ("abc", "text"),
        (True, "text"),
        (float("nan"), "text"),
        (dt.date(2026, 1, 1), "text"),
    ],
)
def test_cell_amounts_never_use_float_arithmetic(value: Any, expected: Decimal | str | None) -> None:
    assert cell_amount(value) == expected


# --- the command line -----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        status = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_export_and_import(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "prices.xlsx"
    status, out, _err = run(capsys, "prices", "export", str(path), "--date", "2026-03-01", "--db", db.url)
    assert status == 0 and "settlement 4" in out
    edit(path, "settlement", {"E2": 50})
    before = price_rows(db)
    status, out, _err = run(
        capsys, "prices", "import", str(path), "--effective", "2026-03-01", "--dry-run", "--json", "--db", db.url
    )
    assert status == 0
    assert json.loads(out) == {
        "ok": True,
        "effective": "2026-03-01",
        "dry_run": True,
        "changed": {"settlement": 1, "sales": 0},
        "unchanged": {"settlement": 7, "sales": 8},
        "written": {"settlement": 0, "sales": 0},
    }
    assert price_rows(db) == before
    status, out, _err = run(capsys, "prices", "import", str(path), "--effective", "2026-03-01", "--db", db.url)
    assert status == 0 and "written 1" in out
    assert len(price_rows(db)) == len(before) + 1


def test_cli_import_lists_every_bad_cell_and_exits_1(
    db: Database, admin: Actor, cat: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "prices.xlsx"
    export(db, admin, path)
    edit(path, "settlement", {"E2": -5, "F3": "x", "E4": 1})
    before = price_rows(db)
    status, out, err = run(capsys, "prices", "import", str(path), "--effective", "2026-03-01", "--json", "--db", db.url)
    assert status == 1
    data = json.loads(out)
    assert data["ok"] is False
    assert [(p["sheet"], p["column"], p["row"]) for p in data["problems"]] == [
        ("settlement", "E", 2),
        ("settlement", "F", 3),
    ]
    assert all(p["reason"] for p in data["problems"])
    status, out, err = run(capsys, "prices", "import", str(path), "--effective", "2026-03-01", "--db", db.url)
    assert status == 1
    assert "settlement!E2" in err and "settlement!F3" in err
    assert price_rows(db) == before
    status, _out, err = run(capsys, "prices", "import", str(path), "--db", db.url)
    assert status == 2 and "--effective" in err
