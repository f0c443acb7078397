"""Importing customers from CSV/XLSX and exporting them: the import wizard's steps, without Qt.

The wizard (and ``scrm customers import``) goes through four steps:

1. ``read_table(path)`` reads the file defensively (size and row limits, encoding detection for
   CSV, XLSX in read-only mode with formulas never evaluated) into header + text cells;
2. ``suggest_mapping(headers)`` guesses which column holds which field (姓名/name, 电话/phone …);
   the user may correct it;
3. ``preview_import(session, actor, table, mapping)`` checks every row and gives each exactly
   one status — ok, error (with the reason naming the column), duplicate (phone already in the
   database or earlier in the file) or ambiguous (a region to choose) — writing nothing;
4. ``commit_import(session, actor, preview, choices)`` writes all rows in one transaction or
   none, assigns owners by the rules, and records one audit entry for the whole import.

``export_customers`` writes the customer list to CSV or XLSX with the same column names, so an
exported file imports again; phones are masked for actors without the view-PII permission.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrm_desktop.models import Customer
from scrm_desktop.services import audit
from scrm_desktop.services.customers import (
    CHANNELS,
    MAX_ADDRESS,
    MAX_NOTES,
    CountRow,
    NewCustomer,
    RegionChoice,
    clean_channel_ids,
    clean_name,
    clean_phone,
    clean_tags,
    clean_text,
    duplicate_phone_error,
    insert_customers,
    list_customers,
    owner_label,
    user_names,
)
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, PermissionDenied, ScrmError, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.regions import ParsedAddress, parse_address, region_index

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_XLSX_UNPACKED_BYTES = 500 * 1024 * 1024  # a zip bomb stops here, before parsing
MAX_ROWS = 500_000
MAX_COLUMNS = 200
MAX_CELL = 2000
PROGRESS_EVERY = 2000

RowStatus = Literal["ok", "error", "duplicate", "ambiguous"]
STATUSES: tuple[RowStatus, ...] = ("ok", "error", "duplicate", "ambiguous")

# Field → header names that mean it (compared after ``_normalize_header``); Chinese first.
FIELDS: tuple[str, ...] = (
    "name",
    "phone",
    "address",
    "province",
    "city",
    "district",
    "tags",
    "wecom",
    "douyin",
    "taobao",
    "notes",
)
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "客户名称", "客户姓名", "客户名", "客户", "名称", "联系人", "name", "customer", "customername"),
    "phone": (
        "电话",
        "手机",
        "手机号",
        "手机号码",
        "联系电话",
        "电话号码",
        "联系方式",
        "phone",
        "mobile",
        "tel",
        "telephone",
        "phonenumber",
    ),
    "address": ("地址", "服务地址", "详细地址", "安装地址", "联系地址", "客户地址", "address", "serviceaddress"),
    "province": ("省", "省份", "所在省", "province"),
    "city": ("市", "城市", "所在市", "city"),
    "district": ("区", "区县", "县区", "所在区", "district", "county"),
    "tags": ("标签", "客户标签", "tags", "tag"),
    "wecom": ("企业微信", "企微", "企业微信号", "企业微信id", "wecom", "wework", "wecomid"),
    "douyin": ("抖音", "抖音号", "抖音id", "douyin", "douyinid", "tiktok"),
    "taobao": ("淘宝", "淘宝账号", "淘宝号", "淘宝id", "旺旺", "taobao", "taobaoid"),
    "notes": ("备注", "说明", "notes", "note", "remark", "remarks", "comment"),
}
# The header each field is exported under (``suggest_mapping`` recognises every one of them).
EXPORT_HEADERS: dict[str, str] = {
    "name": "姓名",
    "phone": "电话",
    "address": "地址",
    "province": "省",
    "city": "市",
    "district": "区",
    "owner": "负责人",
    "tags": "标签",
    "wecom": "企业微信",
    "douyin": "抖音",
    "taobao": "淘宝",
    "notes": "备注",
}

_HEADER_NOISE = re.compile(r"[\s_\-:：*＊/\\.]+|[(（\[【].*?[)）\]】]")
_INT_FLOAT = re.compile(r"^(\d{5,})\.0+$")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A read file: its header cells and data rows as text.

    ``row_numbers[i]`` is the row of ``rows[i]`` in the file as a spreadsheet numbers it (the
    header is usually row 1, so the first data row is 2); blank rows are left out but keep the
    numbering, so every message points at the row the user sees.
    """

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]


def _too_large(path: Path, size: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "The file {file} is larger than {mb} MB."),
        field="file",
        file=path.name,
        mb=size // (1024 * 1024),
    )


def _too_many_rows(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "The file {file} has more than {n} rows; split it into smaller files."),
        field="file",
        file=path.name,
        n=MAX_ROWS,
    )


def cell_text(value: Any) -> str:
    """A spreadsheet cell as text: whole numbers without ``.0`` (a phone stored as a number
    13812341234.0 becomes ``13812341234``), dates as ISO text, nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if hasattr(value, "is_integer"):  # a binary float from the spreadsheet: never used as a number here
        if value.is_integer() and abs(value) < 10**17:
            return str(int(value))
        return repr(value)
    return str(value)


def _decode(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "The file {file} is neither UTF-8 nor GB18030 (GBK) text."),
        field="file",
        file=path.name,
    )


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";", "，")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows_of_csv(path: Path, data: bytes) -> Iterator[tuple[int, list[str]]]:
    text = _decode(data, path)
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Line {line} of {file} is not valid CSV: {reason}"),
            field="file",
            row=reader.line_num,
            line=reader.line_num,
            file=path.name,
            reason=str(exc),
        ) from None


def _rows_of_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The file {file} is not an Excel workbook (.xlsx)."),
            field="file",
            file=path.name,
        ) from None
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise _too_large(path, MAX_XLSX_UNPACKED_BYTES)
    try:
        # read_only streams the sheet; data_only=False keeps formulas as their text ("=A1*2"):
        # nothing is evaluated, and the preview refuses such cells.
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The file {file} cannot be read as an Excel workbook: {reason}"),
            field="file",
            file=path.name,
            reason=str(exc) or exc.__class__.__name__,
        ) from None
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [cell_text(v) for v in values[:MAX_COLUMNS]]
    finally:
        workbook.close()


def read_table(path: str | os.PathLike[str], *, progress: Progress | None = None) -> Table:
    """Read the first sheet of an .xlsx file, or a .csv/.txt file, as text cells.

    The first non-blank row is the header. CSV is decoded as UTF-8 (with or without BOM), else
    GB18030 (which covers GBK/GB2312), or UTF-16 with a BOM; the delimiter is guessed from the
    header line. Cells are stripped and cut at 2,000 characters; blank rows are skipped.

    Raises:
        ValidationError: (field "file") the file is missing, larger than 50 MB, has more than
            500,000 rows, is not CSV/XLSX, or cannot be decoded.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The file {file} cannot be opened."), field="file", file=str(path)
        ) from None
    if size > MAX_FILE_BYTES:
        raise _too_large(path, MAX_FILE_BYTES)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        source = _rows_of_xlsx(path)
    elif suffix in {".csv", ".txt"}:
        source = _rows_of_csv(path, path.read_bytes())
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Import reads .xlsx and .csv files, not {suffix}."),
            field="file",
            suffix=suffix or path.name,
        )
    headers: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    for number, raw in source:
        cells = tuple(c.strip()[:MAX_CELL] for c in raw[:MAX_COLUMNS])
        if not any(cells):
            continue
        if headers is None:
            headers = cells
            continue
        if len(rows) >= MAX_ROWS:
            raise _too_many_rows(path)
        rows.append(cells)
        numbers.append(number)
        if progress is not None and len(rows) % PROGRESS_EVERY == 0:
            progress.update(len(rows))
    if headers is None:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The file {file} is empty."), field="file", file=path.name)
    return Table(path.name, headers, tuple(rows), tuple(numbers))


# --- mapping ----------------------------------------------------------------------------------


def _normalize_header(header: str) -> str:
    return _HEADER_NOISE.sub("", header).lower()


def suggest_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Guess the column of each field from the header names (Chinese or English).

    An exact name (after removing spaces, punctuation and bracketed hints such as "（必填）")
    wins over a header that merely contains a name of two or more characters ("客户电话" →
    phone). Each column serves at most one field; unknown columns are left out.
    """
    normalized = [_normalize_header(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for field_name in FIELDS:
            if field_name in mapping:
                continue
            aliases = HEADER_ALIASES[field_name]
            for column, header in enumerate(normalized):
                if column in used or not header:
                    continue
                hit = header in aliases if exact else any(len(a) >= 2 and a in header for a in aliases)
                if hit:
                    mapping[field_name] = column
                    used.add(column)
                    break
    return mapping


def _check_mapping(mapping: Mapping[str, int], width: int) -> None:
    for field_name, column in mapping.items():
        if field_name not in FIELDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{name}” is not a customer field."), field="mapping", name=field_name
            )
        if not 0 <= column < max(width, 1):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "The file has no column {column}."), field="mapping", column=column + 1
            )
    if len(set(mapping.values())) != len(mapping):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "A column can be used for one field only."), field="mapping"
        )
    if "name" not in mapping:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Choose the column that holds the customer name."), field="mapping"
        )


# --- preview ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRow:
    """One data row of the file and what the import would do with it.

    Attributes:
        row: the row number in the file.
        status: exactly one of "ok", "error", "duplicate", "ambiguous".
        problem: for error/duplicate/ambiguous, the message (``problem.field`` names the field,
            e.g. "phone"; translate with ``problem.message(translate)``).
        name, phone, address: the row's values as the file has them (for the preview table).
        customer: the cleaned customer (ok, duplicate and ambiguous rows; None for errors). Its
            ``region_code`` is None for an ambiguous row until a choice is made.
        region_path: where the customer will be placed, e.g. ``广东省 / 深圳市 / 南山区``.
        candidates: for ambiguous rows, the regions to choose from.
    """

    row: int
    status: RowStatus
    problem: ScrmError | None
    name: str
    phone: str
    address: str
    customer: NewCustomer | None
    region_path: str
    candidates: tuple[RegionChoice, ...] = ()

    @property
    def reason(self) -> str:
        """The problem in English ("" for ok rows); the GUI translates ``problem`` instead."""
        return self.problem.message() if self.problem is not None else ""


@dataclass(frozen=True)
class ImportPreview:
    """Every row of a file with its status; nothing has been written."""

    file_name: str
    headers: tuple[str, ...]
    mapping: dict[str, int]
    rows: tuple[ImportRow, ...]

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def summary(self) -> dict[str, int]:
        """``{"total", "ok", "error", "duplicate", "ambiguous"}`` row counts."""
        counts: dict[str, int] = {"total": len(self.rows), **dict.fromkeys(STATUSES, 0)}
        for r in self.rows:
            counts[r.status] += 1
        return counts

    @property
    def ready(self) -> bool:
        """True when every row is ok (a commit without choices would write them all)."""
        return all(r.status == "ok" for r in self.rows)


def _phone_cell(raw: str, row: int) -> str:
    """Undo what spreadsheets do to phone numbers typed as numbers."""
    found = _INT_FLOAT.match(raw)
    if found:
        return found.group(1)
    if _SCIENTIFIC.match(raw):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The phone number {phone} was shortened by the spreadsheet; format the column as text and "
                "enter the numbers again.",
            ),
            field="phone",
            row=row,
            phone=raw,
        )
    return raw


def _options(parsed: ParsedAddress | None) -> tuple[str, ...]:
    """The regions a parse allows: its candidates, or its one region, or none."""
    if parsed is None:
        return ()
    if parsed.candidates:
        return tuple(parsed.candidates)
    return (parsed.region_code,) if parsed.region_code else ()


class _RowChecker:
    """Checks rows one at a time against the database and the rows before them."""

    def __init__(self, session: Session, actor: Actor, headers: Mapping[str, str]) -> None:
        self.actor = actor
        self.headers = headers  # field → the column's header in the file, for messages
        self.index = region_index()
        self.existing: dict[str, tuple[str, str | None]] = {}
        stmt = select(Customer.phone_digits, Customer.name, Customer.region_code).where(Customer.phone_digits != "")
        for digits, name, region in session.execute(stmt):
            self.existing.setdefault(digits, (name, region))
        self.seen: dict[str, int] = {}
        self.paths: dict[str, str] = {}

    def path(self, code: str | None) -> str:
        if not code:
            return ""
        found = self.paths.get(code)
        if found is None:
            found = self.paths[code] = self.index.path_name(code)
        return found

    def check(self, number: int, values: Mapping[str, str]) -> ImportRow:
        """The status of one row, given its values by field name (missing fields are empty)."""
        cell = values.get
        name, phone, address = cell("name", ""), cell("phone", ""), cell("address", "")

        def error(problem: ScrmError) -> ImportRow:
            return ImportRow(number, "error", problem, name, phone, address, None, "")

        try:
            customer = self._clean(number, values)
        except ValidationError as exc:
            return error(exc)
        try:
            regions = self._regions(
                number, customer.address, cell("province", ""), cell("city", ""), cell("district", "")
            )
        except ValidationError as exc:
            return error(exc)
        code, candidates = (regions[0], ()) if len(regions) == 1 else (None, regions)
        if candidates and self.actor.region_scope:
            candidates = tuple(c for c in candidates if self.actor.in_scope(c))
            if len(candidates) == 1:  # only one of them is in the actor's regions: that is the one
                code, candidates = candidates[0], ()
        if not candidates and not self.actor.in_scope(code):
            return error(
                PermissionDenied(
                    QT_TRANSLATE_NOOP("ScrmError", "Region {region} is outside the regions of {user}."),
                    field="address",
                    row=number,
                    user=self.actor.display_name,
                    region=self.path(code) or "—",
                )
            )
        customer.region_code = code
        digits = customer.phone_digits
        if digits:
            earlier = self.seen.get(digits)
            known = self.existing.get(digits)
            if earlier is None:
                self.seen[digits] = number
            if known is not None or earlier is not None:
                problem = (
                    duplicate_phone_error(self.actor, known[0], known[1], row=number)
                    if known is not None
                    else ValidationError(
                        QT_TRANSLATE_NOOP("ScrmError", "Row {earlier} of the file has the same phone number."),
                        field="phone",
                        row=number,
                        earlier=earlier,
                    )
                )
                return ImportRow(number, "duplicate", problem, name, phone, address, customer, self.path(code))
        if candidates:
            choices = tuple(RegionChoice(c, self.path(c)) for c in candidates)
            problem = ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "The address “{address}” fits several regions: {candidates}. Choose one."
                ),
                field="address",
                row=number,
                address=customer.address,
                candidates="; ".join(f"{c.path} ({c.code})" for c in choices),
            )
            return ImportRow(number, "ambiguous", problem, name, phone, address, customer, "", choices)
        return ImportRow(number, "ok", None, name, phone, address, customer, self.path(code))

    def _regions(self, number: int, address: str, province: str, city: str, district: str) -> tuple[str, ...]:
        """The region(s) a row can be in: one, several (ambiguous) or none.

        Separate province/city/district columns and the address are parsed apart and must agree
        (one lies within the other); the more specific of the two wins, so "朝阳区…" with the
        province column 吉林省 is 长春市朝阳区. A contradiction is an error on the address.
        """
        by_address = _options(parse_address(address)) if address else ()
        columns = "".join(part for part in (province, city, district) if part)
        by_columns = _options(parse_address(columns)) if columns else ()
        if not by_columns or not by_address:
            return by_address or by_columns
        within = self.index.is_within
        agreed: list[str] = []
        for a in by_address:
            for c in by_columns:
                deeper = a if within(a, c) else c if within(c, a) else None
                if deeper is not None and deeper not in agreed:
                    agreed.append(deeper)
        if not agreed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "The address lies in {address_region}, but the region columns say {column_region}."
                ),
                field="address",
                row=number,
                address_region=" | ".join(self.path(c) for c in by_address),
                column_region=" | ".join(self.path(c) for c in by_columns),
            )
        return tuple(agreed)

    def _clean(self, number: int, values: Mapping[str, str]) -> NewCustomer:
        for field_name, value in values.items():
            if value.startswith("="):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "ScrmError", "The cell in column “{column}” holds a formula; import values only."
                    ),
                    field=field_name,
                    row=number,
                    column=self.headers.get(field_name, field_name),
                )
        cell = values.get
        name = clean_name(cell("name", ""), row=number)
        shown, digits = clean_phone(_phone_cell(cell("phone", ""), number), row=number)
        address = clean_text(cell("address", ""), "address", MAX_ADDRESS, row=number)
        tags = clean_tags(cell("tags", ""), row=number)
        channels = clean_channel_ids({k: cell(k, "") for k in CHANNELS}, row=number)
        notes = clean_text(cell("notes", ""), "notes", MAX_NOTES, row=number)
        return NewCustomer(name, shown, digits, address, None, tags, channels, notes)


def preview_import(
    session: Session,
    actor: Actor,
    table: Table,
    mapping: Mapping[str, int],
    *,
    progress: Progress | None = None,
) -> ImportPreview:
    """Check every row of ``table`` read through ``mapping``; nothing is written.

    Each row gets exactly one status, the first that applies: error (a bad value, a formula, a
    region outside the actor's regions), duplicate (the phone number is already in the database
    or on an earlier row), ambiguous (the address fits several regions: choose one), else ok.
    An address that names no region is ok for actors without a region scope (the customer has
    no region) and an error for scoped actors.
    """
    require(actor, Permission.MANAGE_CUSTOMERS)
    width = max((len(table.headers), *(len(r) for r in table.rows[:1])), default=0)
    _check_mapping(mapping, width)
    columns = dict(mapping)
    headers = {f: table.headers[c] if c < len(table.headers) else str(c + 1) for f, c in columns.items()}
    checker = _RowChecker(session, actor, headers)
    rows: list[ImportRow] = []
    total = len(table.rows)
    wanted = tuple(columns.items())
    for i, (cells, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        width = len(cells)
        rows.append(checker.check(number, {f: cells[c] for f, c in wanted if c < width}))
        if progress is not None and i % PROGRESS_EVERY == 0:
            progress.update(i, total)
    if progress is not None:
        progress.update(total, total)
    return ImportPreview(table.name, table.headers, columns, tuple(rows))


# --- commit -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: customers per owner (``CountRow.key`` is an ``owner_key``)."""

    written: int
    skipped_duplicates: int
    owners: tuple[CountRow, ...]


def _not_ready(rows: Sequence[ImportRow]) -> ValidationError:
    first = rows[0]
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ScrmError", "{n} rows cannot be imported, so nothing was imported. The first one is row {number}."
        ),
        field=first.problem.field if first.problem is not None else None,
        row=first.row,
        n=len(rows),
        number=first.row,
    )


def commit_import(
    session: Session,
    actor: Actor,
    preview: ImportPreview,
    choices: Mapping[int, str] | None = None,
    *,
    skip_duplicates: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the previewed rows: all of them in the caller's transaction, or none.

    Args:
        choices: for ambiguous rows, row number → the chosen region code (one of the row's
            candidates).
        skip_duplicates: leave duplicate rows out instead of refusing the import.
        progress: reports rows written; cancelling raises ``Cancelled`` and the caller's
            session rolls back, so nothing is written.

    Refused with ``ValidationError`` (nothing written) when a row has an error, an ambiguous
    row has no valid choice, a duplicate is not skipped, or the database changed since the
    preview so that a phone number is now taken. Owners come from the owner rules; one audit
    entry records the import.
    """
    require(actor, Permission.MANAGE_CUSTOMERS)
    choices = dict(choices or {})
    by_row = {r.row: r for r in preview.rows}
    for number in choices:
        if number not in by_row or by_row[number].status != "ambiguous":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Row {number} does not need a region choice."),
                field="region_code",
                row=number,
                number=number,
            )
    blocked: list[ImportRow] = []
    ready: list[NewCustomer] = []
    skipped = 0
    for r in preview.rows:
        if r.status == "error" or r.customer is None:
            blocked.append(r)
        elif r.status == "duplicate":
            if skip_duplicates:
                skipped += 1
            else:
                blocked.append(r)
        elif r.status == "ambiguous":
            chosen = choices.get(r.row)
            if chosen is None or chosen not in {c.code for c in r.candidates} or not actor.in_scope(chosen):
                blocked.append(r)
            else:
                ready.append(replace(r.customer, region_code=chosen))
        elif not actor.in_scope(r.customer.region_code):
            blocked.append(r)
        else:
            ready.append(r.customer)
    if blocked:
        raise _not_ready(blocked)
    _recheck_phones(session, actor, preview, ready)
    if progress is not None:
        progress.update(0, len(ready), preview.file_name)
    owners = insert_customers(session, actor, ready, progress=progress)
    names = user_names(session)
    owner_rows = tuple(
        sorted((CountRow(k, owner_label(names, k), n) for k, n in owners.items()), key=lambda c: (-c.count, c.key))
    )
    audit.record(
        session,
        actor,
        "customer.import",
        "customer",
        "*",
        after={
            "file": preview.file_name,
            "written": len(ready),
            "skipped_duplicates": skipped,
            "owners": {c.label or "—": c.count for c in owner_rows},
        },
        summary=f"{len(ready)} customers imported from {preview.file_name}",
    )
    session.flush()
    return ImportResult(len(ready), skipped, owner_rows)


def _recheck_phones(session: Session, actor: Actor, preview: ImportPreview, ready: Sequence[NewCustomer]) -> None:
    """A phone number taken since the preview (another import, another user) refuses the import."""
    wanted = {c.phone_digits for c in ready if c.phone_digits}
    if not wanted:
        return
    stmt = select(Customer.phone_digits, Customer.name, Customer.region_code).where(Customer.phone_digits != "")
    for digits, name, region in session.execute(stmt):
        if digits in wanted:
            row = next(r.row for r in preview.rows if r.customer is not None and r.customer.phone_digits == digits)
            raise duplicate_phone_error(actor, name, region, row=row)


# --- export -----------------------------------------------------------------------------------


def _export_values(rows: Iterable[Any]) -> Iterator[list[str]]:
    index = region_index()

    def name_of(code: str | None) -> str:
        info = index.get(code) if code else None
        return info.name if info is not None else ""

    for r in rows:
        yield [
            r.name,
            r.phone,
            r.address,
            name_of(r.province_code),
            name_of(r.city_code),
            name_of(r.district_code),
            r.owner_label,
            ",".join(r.tags),
            r.channel_ids.get("wecom", ""),
            r.channel_ids.get("douyin", ""),
            r.channel_ids.get("taobao", ""),
            r.notes,
        ]


def _csv_safe(text: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    if text[:1] in {"=", "@"} or (text[:1] in {"+", "-"} and not re.fullmatch(r"[+\-][\d\s\-()]*", text)):
        return "'" + text
    return text


def export_customers(
    session: Session,
    actor: Actor,
    path: str | os.PathLike[str],
    *,
    region_code: str | None = None,
    text: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the customers the actor sees (optionally filtered) to ``path`` (.csv or .xlsx).

    Columns are ``EXPORT_HEADERS`` (姓名, 电话, 地址, 省, 市, 区, 负责人, 标签, 企业微信, 抖音,
    淘宝, 备注): the import recognises them. Phones are masked unless the actor may view personal
    data. CSV is UTF-8 with BOM (opens correctly in Excel). The file is written next to its
    target and renamed at the end, so a failed export leaves no half file. Returns the row count.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in {".csv", ".xlsx"}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Export writes .xlsx and .csv files, not {suffix}."),
            field="file",
            suffix=suffix or target.name,
        )
    rows = list_customers(session, actor, region_code=region_code, text=text)
    headers = list(EXPORT_HEADERS.values())
    partial = target.with_name(target.name + ".part")
    try:
        if suffix == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headers)
                for i, values in enumerate(_export_values(rows)):
                    writer.writerow([_csv_safe(v) for v in values])
                    if progress is not None and i % PROGRESS_EVERY == 0:
                        progress.update(i, len(rows))
        else:
            _write_xlsx(partial, headers, _export_values(rows), len(rows), progress)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    if progress is not None:
        progress.update(len(rows), len(rows))
    return len(rows)


def _write_xlsx(
    path: Path, headers: list[str], values: Iterable[list[str]], total: int, progress: Progress | None
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户")

    def cell(text: str) -> Any:
        if text.startswith("=") or text in ERROR_CODES:
            # openpyxl would store these as a formula or an error value: force plain text.
            c = WriteOnlyCell(sheet, text)
            c.data_type = "s"
            return c
        return text

    sheet.append(headers)
    for i, row in enumerate(values):
        sheet.append([cell(v) for v in row])
        if progress is not None and i % PROGRESS_EVERY == 0:
            progress.update(i, total)
    workbook.save(path)
