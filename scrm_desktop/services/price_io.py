"""Exporting the price grid to XLSX and importing it again (``scrm prices export/import``).

The workbook has one sheet per price book, named by the book's code (``settlement``, ``sales``).
Row 1 is the header ``item_code, item_name, kind, unit, <tier codes…>``; below it one row per
catalog item with the prices in force on the chosen date, a missing price left empty. The file is
meant for machines as much as for people, so there is no title row and codes stay untranslated.

Import reads the whole file first and checks every cell: unknown sheets, item codes or tier codes,
duplicate rows or columns, and amounts that are text, formulas, negative, too large or have more
than two decimals. Every bad cell is reported with sheet, row and column (``PriceFileError``) and
nothing is written. Then only the cells that differ from the price in force on the effective date
are handed to ``pricing.save_prices``, one book after the other in the caller's transaction:
export then import on the same date changes nothing. An empty cell changes nothing (a price in
force is never removed). A dry run does the same work inside a savepoint and rolls it back, so
it reports exactly what the import would refuse or write.

Numbers never pass through float arithmetic: a numeric cell is read as the float the file stores
and turned into a Decimal through its shortest ``repr`` (12.3 → ``Decimal("12.3")`` → 12.30;
12.345 is refused), text cells are parsed as Decimal directly.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrm_desktop.models import CatalogItem
from scrm_desktop.models.pricing import BOOKS
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ScrmError, Translate, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require
from scrm_desktop.services.pricing import (
    CellKey,
    PriceCellsError,
    SaveResult,
    amount_problem,
    business_today,
    list_tiers,
    planned_prices,
    prices_in_force,
    save_prices,
)
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.tier_rules import require_read

FIXED_HEADERS = ("item_code", "item_name", "kind", "unit")
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 500 * 1024 * 1024  # a zip bomb stops here, before parsing
MAX_ROWS = 200_000
MAX_COLUMNS = 100
MAX_CELL_TEXT = 100
LISTED_PROBLEMS = 20  # the error's own message names this many cells; ``problems`` has all
NUMBER_FORMAT = "0.00"
CENT = Decimal("0.01")


# --- problems -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CellIssue:
    """One bad cell: where it is (sheet, 1-based row, column letter) and why (an error)."""

    sheet: str
    row: int
    column: str
    reason: ScrmError

    @property
    def cell(self) -> str:
        return f"{self.sheet}!{self.column}{self.row}"

    def message(self, translate: Translate = lambda _c, t: t) -> str:
        return translate("ScrmError", "{cell}: {reason}").format(cell=self.cell, reason=self.reason.message(translate))


class PriceFileError(ValidationError):
    """The file has bad cells; nothing was imported. ``problems`` lists every one, in file order."""

    def __init__(self, file: str, problems: Sequence[CellIssue]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            QT_TRANSLATE_NOOP("ScrmError", "{count} cells of {file} are not valid, so nothing was imported:"),
            field="file",
            count=len(self.problems),
            file=file,
        )

    def message(self, translate: Translate = lambda _c, t: t) -> str:
        lines = [super().message(translate)]
        lines += [p.message(translate) for p in self.problems[:LISTED_PROBLEMS]]
        more = len(self.problems) - LISTED_PROBLEMS
        if more > 0:
            lines.append(translate("ScrmError", "… and {count} more.").format(count=more))
        return "\n".join(lines)


def _column(index: int) -> str:
    """The spreadsheet letters of 1-based column ``index`` (1 → A, 28 → AB)."""
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def _issue(sheet: str, row: int, column: int, template: str, /, **params: Any) -> CellIssue:
    return CellIssue(sheet, row, _column(column), ValidationError(template, **params))


def _file_error(path: Path, template: str, **params: Any) -> ValidationError:
    return ValidationError(template, field="file", file=path.name, **params)


# --- export -------------------------------------------------------------------------------------


def export_prices(
    session: Session,
    actor: Actor,
    path: str | os.PathLike[str],
    *,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write both books' prices in force on ``on`` (default today) to an .xlsx file.

    Every catalog item (inactive ones too, so their prices survive a round trip) gets a row in
    each sheet. The file is written next to its target and renamed at the end, so a failed export
    leaves no half file. Returns the number of item rows per book.
    """
    from openpyxl import Workbook

    require_read(actor)
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise _file_error(
            target,
            QT_TRANSLATE_NOOP("ScrmError", "Prices are exported to .xlsx files, not {suffix}."),
            suffix=target.suffix or target.name,
        )
    day = on or business_today(actor)
    from scrm_desktop.services.catalog import list_items

    items = list_items(session, actor, include_inactive=True)
    tiers = list_tiers(session, actor)
    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for number, book in enumerate(BOOKS):
        prices = prices_in_force(session, actor, book=book, on=day)
        sheet = workbook.create_sheet(book)
        sheet.append([*FIXED_HEADERS, *(t.code for t in tiers)])
        for item in items:
            cells: list[Any] = [_text_cell(sheet, v) for v in (item.code, item.name, item.kind, item.unit)]
            for tier in tiers:
                found = prices.get((item.id, tier.id))
                cells.append(_amount_cell(sheet, found.amount) if found is not None else None)
            sheet.append(cells)
        counts[book] = len(items)
        if progress is not None:
            progress.update(number + 1, len(BOOKS), book)
    partial = target.with_name(target.name + ".part")
    try:
        workbook.save(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return counts


def _text_cell(sheet: Any, value: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s"  # plain text, never a formula, whatever an item's name starts with
    return cell


def _amount_cell(sheet: Any, value: Decimal) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value)
    cell.number_format = NUMBER_FORMAT
    return cell


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """One worksheet as read: its name and its non-blank rows as (1-based row number, values)."""

    name: str
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


def _check_archive(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        raise _file_error(path, QT_TRANSLATE_NOOP("ScrmError", "The file {file} cannot be opened.")) from None
    if size > MAX_FILE_BYTES:
        raise _file_error(
            path, QT_TRANSLATE_NOOP("ScrmError", "The file {file} is larger than {mb} MB."), mb=MAX_FILE_BYTES >> 20
        )
    if path.suffix.lower() != ".xlsx":
        raise _file_error(
            path,
            QT_TRANSLATE_NOOP("ScrmError", "Prices are imported from .xlsx files, not {suffix}."),
            suffix=path.suffix or path.name,
        )
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise _file_error(
            path, QT_TRANSLATE_NOOP("ScrmError", "The file {file} is not an Excel workbook (.xlsx).")
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise _file_error(
            path,
            QT_TRANSLATE_NOOP("ScrmError", "The file {file} is larger than {mb} MB."),
            mb=MAX_UNPACKED_BYTES >> 20,
        )


def read_price_file(path: str | os.PathLike[str]) -> list[Sheet]:
    """Every sheet of the workbook, defensively: size limits before parsing, read-only streaming,
    formulas kept as their text (never evaluated), at most 200,000 rows and 100 columns."""
    from openpyxl import load_workbook

    source = Path(path)
    _check_archive(source)
    try:
        workbook = load_workbook(source, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise _file_error(
            source,
            QT_TRANSLATE_NOOP("ScrmError", "The file {file} cannot be read as an Excel workbook: {reason}"),
            reason=str(exc) or exc.__class__.__name__,
        ) from None
    sheets = []
    try:
        for worksheet in workbook.worksheets:
            rows: list[tuple[int, tuple[Any, ...]]] = []
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS + 1:
                    raise _file_error(
                        source,
                        QT_TRANSLATE_NOOP(
                            "ScrmError", "The sheet {sheet} of {file} has more than {n} rows; split the file."
                        ),
                        sheet=worksheet.title,
                        n=MAX_ROWS,
                    )
                cells = tuple(values[:MAX_COLUMNS])
                if any(v is not None and v != "" for v in cells):
                    rows.append((number, cells))
            sheets.append(Sheet(worksheet.title, tuple(rows)))
    finally:
        workbook.close()
    return sheets


def cell_amount(value: Any) -> Decimal | str | None:
    """A cell as an amount: a Decimal, None for an empty cell, or the English reason it is none.

    Floats go through ``repr`` (the shortest text that reads back as the same float), so the 12.3
    a spreadsheet stores as 12.300000000000000710… becomes ``Decimal("12.3")``.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "text"
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return "text"
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if text.startswith("="):
            return "formula"
        try:
            parsed = Decimal(text.replace(",", ""))
        except InvalidOperation:
            return "text"
        return parsed if parsed.is_finite() else "text"
    return "text"  # dates, times, errors …


def _shown(value: Any) -> str:
    text = repr(value) if isinstance(value, float) else str(value)
    return text if len(text) <= MAX_CELL_TEXT else text[:MAX_CELL_TEXT] + "…"


# --- checking -----------------------------------------------------------------------------------


@dataclass
class BookChanges:
    """What an import changes in one book: cells that differ from the price in force."""

    book: str
    changes: dict[CellKey, Decimal] = field(default_factory=dict)
    unchanged: int = 0
    where: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)  # (item, tier) → (row, column)


@dataclass(frozen=True)
class ImportResult:
    """The outcome of an import (or of a dry run, which wrote nothing)."""

    effective: dt.date
    dry_run: bool
    changed: dict[str, int]  # cells that differ from the prices in force, per book
    unchanged: dict[str, int]  # cells equal to them, per book
    written: dict[str, int]  # price versions written (0 in a dry run), per book


class _Checker:
    """Checks every cell of every sheet and collects all problems before anything is written."""

    def __init__(self, session: Session, actor: Actor, effective: dt.date) -> None:
        self.session = session
        self.actor = actor
        self.effective = effective
        self.problems: list[CellIssue] = []
        self.tiers = {t.code: t.id for t in list_tiers(session, actor)}
        self.items: dict[str, uuid.UUID] = dict(session.execute(select(CatalogItem.code, CatalogItem.id)).all())

    def add(self, sheet: str, row: int, column: int, template: str, /, **params: Any) -> None:
        self.problems.append(_issue(sheet, row, column, template, **params))

    def header(self, sheet: Sheet) -> dict[int, str] | None:
        """Column index (0-based) → tier code, or None when the header is unusable."""
        if not sheet.rows:
            return None
        number, cells = sheet.rows[0]
        names = [str(c).strip() if c is not None else "" for c in cells]
        if not names or names[0] != FIXED_HEADERS[0]:
            self.add(
                sheet.name,
                number,
                1,
                QT_TRANSLATE_NOOP("ScrmError", "The first row must start with the column {column}."),
                column=FIXED_HEADERS[0],
            )
            return None
        tiers: dict[int, str] = {}
        seen: set[str] = set()
        for index, name in enumerate(names):
            if index < len(FIXED_HEADERS) and name == FIXED_HEADERS[index]:
                continue
            if not name:
                continue
            code = name.upper()
            if code not in self.tiers:
                self.add(
                    sheet.name,
                    number,
                    index + 1,
                    QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a price tier code."),
                    code=_shown(name),
                )
            elif code in seen:
                self.add(
                    sheet.name,
                    number,
                    index + 1,
                    QT_TRANSLATE_NOOP("ScrmError", "The tier {code} has a second column."),
                    code=code,
                )
            else:
                seen.add(code)
                tiers[index] = code
        return tiers

    def sheet(self, sheet: Sheet) -> BookChanges | None:
        if sheet.name not in BOOKS:
            self.add(
                sheet.name,
                1,
                1,
                QT_TRANSLATE_NOOP("ScrmError", "The sheet “{sheet}” is not a price book; name it settlement or sales."),
                sheet=sheet.name,
            )
            return None
        tiers = self.header(sheet)
        if tiers is None:
            return None
        current = prices_in_force(self.session, self.actor, book=sheet.name, on=self.effective)
        found = BookChanges(sheet.name)
        rows_of_item: dict[str, int] = {}
        for number, cells in sheet.rows[1:]:
            code = str(cells[0]).strip() if cells and cells[0] is not None else ""
            item_id = self.items.get(code)
            if item_id is None:
                if code:
                    template = QT_TRANSLATE_NOOP("ScrmError", "There is no catalog item with the code {code}.")
                else:
                    template = QT_TRANSLATE_NOOP("ScrmError", "The item code is missing.")
                self.add(sheet.name, number, 1, template, code=_shown(code))
            elif code in rows_of_item:
                self.add(
                    sheet.name,
                    number,
                    1,
                    QT_TRANSLATE_NOOP("ScrmError", "The item {code} is already on row {first_row}."),
                    code=code,
                    first_row=rows_of_item[code],
                )
                item_id = None
            else:
                rows_of_item[code] = number
            for index, tier_code in tiers.items():
                value = cells[index] if index < len(cells) else None
                amount = self.amount(sheet.name, number, index + 1, value)
                if amount is None or item_id is None:
                    continue
                key = (item_id, self.tiers[tier_code])
                in_force = current.get(key)
                if in_force is not None and in_force.amount == amount:
                    found.unchanged += 1
                    continue
                found.changes[key] = amount
                found.where[(code, tier_code)] = (number, _column(index + 1))
        return found

    def amount(self, sheet: str, row: int, column: int, value: Any) -> Decimal | None:
        parsed = cell_amount(value)
        if parsed is None:
            return None
        if isinstance(parsed, str):
            if parsed == "formula":
                template = QT_TRANSLATE_NOOP("ScrmError", "Formulas are not accepted ({text}); enter the amount.")
            else:
                template = QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not an amount.")
            self.add(sheet, row, column, template, text=_shown(value))
            return None
        bad = amount_problem(parsed)
        if bad is not None:
            self.problems.append(CellIssue(sheet, row, _column(column), bad))
            return None
        return parsed.quantize(CENT)


def check_price_file(
    session: Session, actor: Actor, path: str | os.PathLike[str], effective: dt.date
) -> list[BookChanges]:
    """Read and check the whole file; the changes per book, or ``PriceFileError`` listing every bad cell."""
    source = Path(path)
    sheets = read_price_file(source)
    checker = _Checker(session, actor, effective)
    books: list[BookChanges] = []
    names: set[str] = set()
    for sheet in sheets:
        found = checker.sheet(sheet)
        if found is not None:
            books.append(found)
            names.add(sheet.name)
    if not sheets or (not names and not checker.problems):
        raise _file_error(source, QT_TRANSLATE_NOOP("ScrmError", "The file {file} has no settlement or sales sheet."))
    if checker.problems:
        raise PriceFileError(source.name, checker.problems)
    return books


def _located(file: str, book: BookChanges, error: PriceCellsError) -> PriceFileError:
    """The save's refusal (by item and tier) as cells of the file."""
    issues = []
    for problem in error.problems:
        row, column = book.where.get((problem.item_code, problem.tier_code), (0, "?"))
        issues.append(CellIssue(book.book, row, column, problem.reason))
    return PriceFileError(file, issues)


def planned_import(
    session: Session, actor: Actor, path: str | os.PathLike[str], *, effective: dt.date
) -> list[BookChanges]:
    """What ``import_prices`` would save from the file, checked by the same rules, without writing.

    Every cell of the file is checked (``PriceFileError`` listing each bad one), then the changes of
    each book are checked as the save would check them (``pricing.planned_prices``); a refusal of
    the save is reported as cells of the file too. Nothing is written, not even in a savepoint:
    the price impact preview runs in sessions that must stay clean.
    """
    require_read(actor)
    source = Path(path)
    books = check_price_file(session, actor, source, effective)
    for book in books:
        if book.changes:
            try:
                planned_prices(session, actor, book=book.book, effective=effective, changes=dict(book.changes))
            except PriceCellsError as exc:
                raise _located(source.name, book, exc) from None
    return books


def import_prices(
    session: Session,
    actor: Actor,
    path: str | os.PathLike[str],
    *,
    effective: dt.date,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import an exported (and edited) price workbook as versions effective from ``effective``.

    Everything is checked before anything is written; any bad cell raises ``PriceFileError``
    naming every one (sheet, row, column). Only cells that differ from the price in force on
    ``effective`` are saved, through ``pricing.save_prices``; its refusals (for example a price
    in force from that very date) are reported as cells of the file too. ``dry_run`` runs the
    saves inside a savepoint and rolls them back.
    """
    require(actor, Permission.EDIT_PRICES)
    source = Path(path)
    books = check_price_file(session, actor, source, effective)
    written: dict[str, int] = {}
    savepoint = session.begin_nested() if dry_run else None
    try:
        for number, book in enumerate(books):
            if progress is not None:
                progress.update(number, len(books), book.book)
            if not book.changes:
                written[book.book] = 0
                continue
            try:
                result: SaveResult = save_prices(
                    session, actor, book=book.book, effective=effective, changes=dict(book.changes)
                )
            except PriceCellsError as exc:
                raise _located(source.name, book, exc) from None
            written[book.book] = 0 if dry_run else result.written
    finally:
        if savepoint is not None and savepoint.is_active:
            savepoint.rollback()
    return ImportResult(
        effective=effective,
        dry_run=dry_run,
        changed={b.book: len(b.changes) for b in books},
        unchanged={b.book: b.unchanged for b in books},
        written=written,
    )


def iter_problems(error: PriceFileError, translate: Translate = lambda _c, t: t) -> Iterator[dict[str, Any]]:
    """The problems of a refused import as JSON-friendly dicts (reasons translated by ``translate``)."""
    for p in error.problems:
        yield {"sheet": p.sheet, "row": p.row, "column": p.column, "reason": p.reason.message(translate)}
