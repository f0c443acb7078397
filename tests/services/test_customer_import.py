"""Customer import and export: reading files, column mapping, the preview's statuses,
all-or-nothing commits, cancelling, region scope, and the ``scrm customers`` commands.

Database tests run on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from customers_support import BJ_CHAOYANG, CC_CHAOYANG, GZ, SZ, add_actor, add_customer, audit_actions, customer_count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from scrm_desktop.cli import main
from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, Customer
from scrm_desktop.services import customer_import, customers, users
from scrm_desktop.services.customer_import import STATUSES, Table, preview_import, read_table, suggest_mapping
from scrm_desktop.services.errors import Cancelled, PermissionDenied, ValidationError
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.progress import Progress

HEADERS = ["客户名称", "手机号码（必填）", "服务地址", "标签", "企业微信", "备注"]
GOOD_ROWS = [
    ["张三", "13812340001", "广东省广州市天河区体育西路 1 号", "VIP,空调", "wm001", ""],
    ["深圳华创机电设备有限公司", "0755-8888 6666", "深圳南山区科苑路 15 号", "", "", "周末上门"],
    ["李四", "13812340003", "北京市朝阳区建国路 88 号", "", "", ""],
]


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def table(*rows: Sequence[str], headers: Sequence[str] = HEADERS) -> Table:
    return Table("t.csv", tuple(headers), tuple(tuple(r) for r in rows), tuple(range(2, len(rows) + 2)))


def preview(db: Database, actor: Actor, tbl: Table) -> customer_import.ImportPreview:
    with db.session() as session:
        return preview_import(session, actor, tbl, suggest_mapping(tbl.headers))


# --- reading and mapping ----------------------------------------------------------------------------


def test_suggest_mapping_understands_chinese_and_english_headers() -> None:
    assert suggest_mapping(HEADERS) == {"name": 0, "phone": 1, "address": 2, "tags": 3, "wecom": 4, "notes": 5}
    assert suggest_mapping(["Name", "Phone Number", "Service Address", "Douyin", "Taobao ID", "Remarks"]) == {
        "name": 0,
        "phone": 1,
        "address": 2,
        "douyin": 3,
        "taobao": 4,
        "notes": 5,
    }
    # Exact names win over containment, each column serves one field, unknown columns are left out.
    assert suggest_mapping(["序号", "客户电话", "姓名", "详细地址", "省", "市", "区", "地区编码"]) == {
        "phone": 1,
        "name": 2,
        "address": 3,
        "province": 4,
        "city": 5,
        "district": 6,
    }
    assert suggest_mapping(list(customer_import.EXPORT_HEADERS.values())).keys() == set(customer_import.FIELDS)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_read_csv_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    path = write_csv(
        tmp_path / "客户.csv", [HEADERS, *GOOD_ROWS, [], ["  王五 ", "13812340005", "", "", "", ""]], encoding
    )
    tbl = read_table(path)
    assert tbl.headers == tuple(HEADERS)
    assert tbl.rows[0][2] == "广东省广州市天河区体育西路 1 号"
    assert tbl.rows[-1][0] == "王五"
    assert tbl.row_numbers == (2, 3, 4, 6)  # the blank line 5 keeps its number


def test_read_csv_guesses_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "tab.txt"
    path.write_text("姓名\t电话\n张三\t13812340001\n", encoding="utf-8")
    assert read_table(path).rows == (("张三", "13812340001"),)


def test_read_xlsx_turns_numbers_into_text(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "客户.xlsx",
        [
            ["姓名", "电话", "地址"],
            ["整数", 13812340001, "广州市天河区"],
            ["小数", 13812340002.0, "广州市天河区"],
            ["公式", "=A2&B2", "广州市天河区"],
            [None, None, None],
            ["文本", "13812340004", "广州市天河区"],
        ],
    )
    tbl = read_table(path)
    assert [r[1] for r in tbl.rows] == ["13812340001", "13812340002", "=A2&B2", "13812340004"]
    assert tbl.row_numbers == (2, 3, 4, 6)
    assert customer_import.cell_text(1.5) == "1.5"


def test_read_table_refuses_what_it_cannot_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(path: Path) -> ValidationError:
        with pytest.raises(ValidationError) as excinfo:
            read_table(path)
        assert excinfo.value.field == "file"
        return excinfo.value

    assert "cannot be opened" in str(refused(tmp_path / "missing.csv"))
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert ".pdf" in str(refused(tmp_path / "x.pdf"))
    (tmp_path / "empty.csv").write_bytes(b"\n\n")
    assert "empty" in str(refused(tmp_path / "empty.csv"))
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    assert "not an Excel workbook" in str(refused(tmp_path / "bad.xlsx"))
    (tmp_path / "latin.csv").write_bytes("姓名\n".encode() + b"\xff\xfe\xfa\x80\n")
    assert "GB18030" in str(refused(tmp_path / "latin.csv"))

    path = write_csv(tmp_path / "big.csv", [HEADERS, *GOOD_ROWS])
    monkeypatch.setattr(customer_import, "MAX_ROWS", 2)
    assert "more than 2 rows" in str(refused(path))
    monkeypatch.setattr(customer_import, "MAX_FILE_BYTES", 100)
    assert "larger than" in str(refused(path))


def test_a_mapping_needs_the_name_column_and_real_columns(db: Database, admin: Actor) -> None:
    tbl = table(GOOD_ROWS[0])
    for mapping in ({"phone": 1}, {"name": 0, "phone": 0}, {"name": 0, "phone": 99}, {"name": 0, "age": 1}):
        with pytest.raises(ValidationError) as excinfo, db.session() as session:
            preview_import(session, admin, tbl, mapping)
        assert excinfo.value.field == "mapping"


# --- preview ------------------------------------------------------------------------------------------


def test_preview_gives_every_row_its_status_and_writes_nothing(db: Database, admin: Actor) -> None:
    add_customer(db, admin, "老客户", "广州市天河区", "13800000000")
    tbl = table(
        *GOOD_ROWS,
        ["", "13812340004", "广州市天河区", "", "", ""],  # error: no name
        ["坏电话", "12345", "广州市天河区", "", "", ""],  # error: phone
        ["公式", "=1+1", "广州市天河区", "", "", ""],  # error: formula
        ["重复库", "138 0000 0000", "广州市天河区", "", "", ""],  # duplicate of the database
        ["重复文件", "13812340001", "广州市天河区", "", "", ""],  # duplicate of row 2
        ["歧义", "13812340009", "朝阳区建国路 1 号", "", "", ""],  # ambiguous
        ["科学计数", "1.38123E+10", "广州市天河区", "", "", ""],  # error: shortened by the spreadsheet
        ["小数电话", "13812340011.0", "", "", "", ""],  # ok: the .0 is removed
    )
    before = audit_actions(db)
    result = preview(db, admin, tbl)
    statuses = {r.name or f"row {r.row}": r.status for r in result.rows}
    assert statuses == {
        "张三": "ok",
        "深圳华创机电设备有限公司": "ok",
        "李四": "ok",
        "row 5": "error",
        "坏电话": "error",
        "公式": "error",
        "重复库": "duplicate",
        "重复文件": "duplicate",
        "歧义": "ambiguous",
        "科学计数": "error",
        "小数电话": "ok",
    }
    by_name = {r.name: r for r in result.rows}
    assert result.rows[3].problem is not None and result.rows[3].problem.field == "name"
    assert by_name["坏电话"].problem.field == "phone"  # type: ignore[union-attr]
    assert "formula" in by_name["公式"].reason
    assert "老客户" in by_name["重复库"].reason
    assert "Row 2" in by_name["重复文件"].reason
    assert {c.code for c in by_name["歧义"].candidates} >= {BJ_CHAOYANG, CC_CHAOYANG}
    assert by_name["张三"].region_path == "广东省 / 广州市 / 天河区"
    assert by_name["张三"].customer is not None and by_name["张三"].customer.tags == ["VIP", "空调"]
    assert by_name["小数电话"].customer.phone_digits == "13812340011"  # type: ignore[union-attr]
    assert result.summary == {"total": 11, "ok": 4, "error": 4, "duplicate": 2, "ambiguous": 1}
    assert not result.ready
    assert customer_count(db) == 1
    assert audit_actions(db) == before


def test_region_columns_and_the_address_must_agree(db: Database, admin: Actor) -> None:
    headers = ["姓名", "省份", "城市", "区县", "详细地址"]
    result = preview(
        db,
        admin,
        table(
            ["长春", "吉林省", "", "", "朝阳区建国路 1 号"],  # the column settles the ambiguity
            ["短名", "河北省", "邯郸市", "魏县", "河北邯郸魏县学府街 8 号"],  # the same place, spelled twice
            ["只有列", "广东省", "深圳市", "南山区", "科苑路 1 号"],
            ["更细", "广东省", "", "", "深圳南山区科苑路 1 号"],
            ["矛盾", "北京市", "", "", "深圳市南山区科苑路 1 号"],
            headers=headers,
        ),
    )
    regions = {r.name: (r.status, r.customer.region_code if r.customer else None) for r in result.rows}
    assert regions == {
        "长春": ("ok", CC_CHAOYANG),
        "短名": ("ok", "130434"),
        "只有列": ("ok", "440305"),
        "更细": ("ok", "440305"),
        "矛盾": ("error", None),
    }
    conflict = result.rows[-1]
    assert conflict.problem is not None and conflict.problem.field == "address"
    assert "北京市" in conflict.reason and "南山区" in conflict.reason


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["张三", "", "有限公司", "=cmd()", "x" * 101]),
            st.sampled_from(["13812340001", "13812340002", "", "123", "138****0001", "1.38E+10", "020-38886688"]),
            st.sampled_from(["广州市天河区", "朝阳区", "", "火星", "深圳南山区科苑路"]),
            st.sampled_from(["", "VIP", "a,b,a"]),
        ),
        max_size=12,
    )
)
def test_preview_statuses_are_total(db: Database, admin: Actor, rows: list[tuple[str, str, str, str]]) -> None:
    tbl = table(*rows, headers=["姓名", "电话", "地址", "标签"])
    result = preview(db, admin, tbl)
    assert [r.row for r in result.rows] == list(tbl.row_numbers)
    assert all(r.status in STATUSES for r in result.rows)
    assert all((r.status == "ok") == (r.problem is None) for r in result.rows)
    assert all((r.status == "ambiguous") == bool(r.candidates) for r in result.rows)
    assert sum(result.summary[s] for s in STATUSES) == result.summary["total"] == len(rows)


# --- commit -------------------------------------------------------------------------------------------


def test_commit_writes_every_row_in_one_go_with_owners_and_one_audit_entry(db: Database, admin: Actor) -> None:
    with db.session() as session:
        customers.create_owner_rule(session, admin, name="公海", owner_pool="公海")
        customers.create_owner_rule(session, admin, name="深圳池", owner_pool="深圳池", region_code=SZ)
    tbl = table(*GOOD_ROWS, ["歧义", "13812340009", "朝阳区建国路 1 号", "", "", ""])
    result = preview(db, admin, tbl)
    progress = Progress()
    with db.session() as session:
        done = customer_import.commit_import(session, admin, result, {5: CC_CHAOYANG}, progress=progress)
    assert done.written == 4
    assert {(o.label, o.count) for o in done.owners} == {("公海", 3), ("深圳池", 1)}
    assert (progress.done, progress.total) == (4, 4)
    with db.session() as session:
        rows = {r.name: r for r in customers.list_customers(session, admin)}
    assert rows["歧义"].region_code == CC_CHAOYANG
    assert rows["深圳华创机电设备有限公司"].owner_pool == "深圳池"
    assert rows["深圳华创机电设备有限公司"].phone == "0755-8888 6666"
    assert rows["张三"].channel_ids == {"wecom": "wm001"}
    assert rows["李四"].region_code == BJ_CHAOYANG
    with db.session() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "customer.import")))
        assert len(entries) == 1
        assert entries[0].diff["after"]["written"] == 4
    assert audit_actions(db).count("customer.create") == 0


def test_one_bad_row_means_nothing_is_written(db: Database, admin: Actor) -> None:
    result = preview(db, admin, table(*GOOD_ROWS, ["坏电话", "12345", "广州市天河区", "", "", ""]))
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        customer_import.commit_import(session, admin, result)
    assert excinfo.value.row == 5 and excinfo.value.field == "phone"
    assert "nothing was imported" in str(excinfo.value)
    assert customer_count(db) == 0


def test_ambiguous_rows_need_a_choice_among_their_candidates(db: Database, admin: Actor) -> None:
    result = preview(db, admin, table(GOOD_ROWS[0], ["歧义", "13812340009", "朝阳区建国路 1 号", "", "", ""]))
    for choices in ({}, {3: GZ}, {2: GZ}):
        with pytest.raises(ValidationError), db.session() as session:
            customer_import.commit_import(session, admin, result, choices)
    assert customer_count(db) == 0


def test_duplicates_are_refused_unless_skipped(db: Database, admin: Actor) -> None:
    add_customer(db, admin, "老客户", "广州市天河区", "13812340001")
    result = preview(db, admin, table(*GOOD_ROWS))
    with pytest.raises(ValidationError), db.session() as session:
        customer_import.commit_import(session, admin, result)
    assert customer_count(db) == 1
    with db.session() as session:
        done = customer_import.commit_import(session, admin, result, skip_duplicates=True)
    assert (done.written, done.skipped_duplicates, customer_count(db)) == (2, 1, 3)


def test_a_phone_taken_after_the_preview_refuses_the_commit(db: Database, admin: Actor) -> None:
    result = preview(db, admin, table(*GOOD_ROWS))
    add_customer(db, admin, "抢先", "", "13812340003")
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        customer_import.commit_import(session, admin, result)
    assert excinfo.value.row == 4 and "抢先" in str(excinfo.value)
    assert customer_count(db) == 1


def test_cancelling_the_commit_writes_nothing(db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(customers, "INSERT_CHUNK", 2)
    rows = [[f"客户{i}", f"1381234{i:04d}", "广州市天河区体育西路 1 号", "", "", ""] for i in range(7)]
    result = preview(db, admin, table(*rows))

    def cancel_after_first_chunk(done: int, _total: int, _text: str) -> None:
        if done >= 2:
            progress.cancel()

    progress = Progress(cancel_after_first_chunk)
    with pytest.raises(Cancelled), db.session() as session:
        customer_import.commit_import(session, admin, result, progress=progress)
    assert customer_count(db) == 0
    assert audit_actions(db) == []


def test_a_branch_editor_imports_only_customers_in_their_region(db: Database, admin: Actor) -> None:
    gz = add_actor(db, admin, "gz", [Role.BRANCH_EDITOR.value], [GZ])
    result = preview(db, gz, table(*GOOD_ROWS[:2], ["无地址", "13812340007", "", "", "", ""]))
    assert [r.status for r in result.rows] == ["ok", "error", "error"]
    assert isinstance(result.rows[1].problem, PermissionDenied)
    assert result.rows[1].problem.field == "address"
    with pytest.raises(ValidationError), db.session() as session:
        customer_import.commit_import(session, gz, result)
    assert customer_count(db) == 0
    # An ambiguous address with a single candidate inside the editor's regions is no longer ambiguous.
    cc = add_actor(db, admin, "cc", [Role.BRANCH_EDITOR.value], ["220100"])
    only = preview(db, cc, table(["歧义", "13812340009", "朝阳区建国路 1 号", "", "", ""]))
    assert [(r.status, r.customer.region_code) for r in only.rows if r.customer] == [("ok", CC_CHAOYANG)]
    finance = add_actor(db, admin, "fin", [Role.FINANCE.value])
    with pytest.raises(PermissionDenied), db.session() as session:
        preview_import(session, finance, table(*GOOD_ROWS), suggest_mapping(HEADERS))


# --- export -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_masks_phones_and_imports_again(db: Database, admin: Actor, tmp_path: Path, suffix: str) -> None:
    add_customer(db, admin, "张三", "广东省广州市天河区体育西路 1 号", "13812340001", tags="VIP,空调")
    add_customer(db, admin, "=HYPERLINK(1)", "北京市朝阳区建国路 88 号", "13812340002")
    dispatcher = add_actor(db, admin, "disp", [Role.DISPATCHER.value])
    folder = tmp_path / "export"
    folder.mkdir()
    full, masked = folder / f"full{suffix}", folder / f"masked{suffix}"
    with db.session() as session:
        assert customer_import.export_customers(session, admin, full) == 2
        assert customer_import.export_customers(session, dispatcher, masked) == 2

    tbl = read_table(full)
    assert tbl.headers == tuple(customer_import.EXPORT_HEADERS.values())
    by_name = {r[0].lstrip("'"): r for r in tbl.rows}
    assert by_name["张三"][1:7] == ("13812340001", "广东省广州市天河区体育西路 1 号", "广东省", "广州市", "天河区", "")
    assert by_name["张三"][7] == "VIP,空调"
    assert [r[1] for r in read_table(masked).rows] == ["138****0001", "138****0002"]
    if suffix == ".xlsx":  # stored as text, never as a formula
        sheet = load_workbook(full).worksheets[0]
        assert sheet["A3"].value == "=HYPERLINK(1)" and sheet["A3"].data_type == "s"
    else:
        assert "'=HYPERLINK(1)" in full.read_text(encoding="utf-8-sig")

    with db.session() as session:  # the export maps back onto the import's fields
        again = preview_import(session, admin, tbl, suggest_mapping(tbl.headers))
    # CSV keeps the quote that defused the formula; a text cell in XLSX reads back like a formula
    # and is refused as one.
    assert [r.status for r in again.rows] == ["duplicate", "duplicate" if suffix == ".csv" else "error"]
    assert again.rows[0].customer is not None and again.rows[0].customer.region_code == "440106"
    with pytest.raises(ValidationError), db.session() as session:
        customer_import.export_customers(session, admin, folder / "x.pdf")
    assert sorted(p.name for p in folder.iterdir()) == sorted([full.name, masked.name])


# --- the command line ---------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_import_prints_every_row_as_json(
    db: Database, admin: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_xlsx(tmp_path / "bad.xlsx", [HEADERS, *GOOD_ROWS, ["歧义", "13812340009", "朝阳区", "", "", ""]])
    status, out, _ = run(capsys, "customers", "import", str(bad), "--json", "--db", db.url)
    assert status == 1
    report = json.loads(out)
    assert [(r["row"], r["status"]) for r in report["rows"]] == [(2, "ok"), (3, "ok"), (4, "ok"), (5, "ambiguous")]
    assert report["rows"][0] == {"row": 2, "status": "ok", "field": None, "reason": "", "candidates": []}
    assert set(report["rows"][3]["candidates"]) >= {BJ_CHAOYANG, CC_CHAOYANG}
    assert report["rows"][3]["reason"]
    assert report["summary"]["written"] == 0
    assert report["summary"]["mapping"]["phone"] == "手机号码（必填）"
    assert customer_count(db) == 0

    good = write_csv(tmp_path / "good.csv", [HEADERS, *GOOD_ROWS], "gb18030")
    status, out, _ = run(capsys, "customers", "import", str(good), "--dry-run", "--json", "--db", db.url)
    assert (status, json.loads(out)["summary"]["written"], customer_count(db)) == (0, 0, 0)
    status, out, _ = run(capsys, "customers", "import", str(good), "--db", db.url)
    assert status == 0 and "written 3" in out
    assert customer_count(db) == 3

    status, out, _ = run(capsys, "customers", "stats", "--json", "--db", db.url)
    stats = json.loads(out)
    assert (status, stats["total"]) == (0, 3)
    assert {r["key"]: r["count"] for r in stats["by_province"]} == {"440000": 2, "110000": 1}

    exported = tmp_path / "out.csv"
    status, out, _ = run(capsys, "customers", "export", str(exported), "--masked", "--db", db.url)
    assert status == 0 and exported.is_file()
    assert "138****0001" in exported.read_text(encoding="utf-8-sig")

    status, out, _ = run(capsys, "customers", "reassign", "--json", "--db", db.url)
    assert (status, json.loads(out)["total_moved"]) == (0, 0)

    status, _, err = run(capsys, "customers", "import", str(tmp_path / "missing.xlsx"), "--db", db.url)
    assert status == 1 and err.startswith("scrm: [file]")
    with db.engine.connect() as conn:
        assert conn.scalar(select(Customer.phone).where(Customer.name == "张三")) == "13812340001"
