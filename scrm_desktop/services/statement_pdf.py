"""Settlement statement PDFs (结算单), rendered by reportlab from a statement's snapshot alone.

The snapshot (see ``services/statements.py``) holds everything printed: payer, payee, lines,
adjustments and totals as strings. Nothing here reads the database, so an issued statement prints
the same today and in ten years, and the SHA-256 of its canonical snapshot in the QR code
identifies exactly what was issued.

Layout on A4: header (logo, company, QR), title, number and period; the payee; the lines with the
header row on every page and a 本页小计 row closing every page's part of the table; the
adjustments; the totals in figures and in 人民币大写; the confirmation sentence and the signature
and seal blocks. Every page ends with "第 x 页 / 共 y 页" and the number; drafts and voided
statements carry a watermark drawn beneath the text, so it never hides a figure.

The Chinese text is set in WenQuanYi Micro Hei (TrueType, shipped in ``resources/fonts``),
embedded as a subset. A missing font is an error: falling back to a base-14 font would print
empty boxes for every Chinese character.

``render_batch`` renders many statements in worker processes (one PDF each in a folder and/or
one merged PDF), with progress and cancel.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import io
import itertools
import multiprocessing
import os
from collections.abc import Generator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from scrm_desktop.resources import resource_path
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ScrmError
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.rmb import rmb_upper

FONT_NAME = "WenQuanYi"
FONT_FILE = ("fonts", "wqy-microhei.ttc")
SNAPSHOT_SCHEMA = 1
STATUSES = frozenset({"draft", "issued", "paid", "void"})
WATERMARKS = {"draft": ("草稿", "DRAFT"), "void": ("作废", "VOID")}
DRAFT_NUMBER = "草稿"
ADJUSTMENT_LABELS = {"bonus": "奖励", "deduction": "扣款", "correction": "更正", "other": "其他"}
TAX_MODES = {"withheld": "代扣代缴个人所得税", "self_invoice": "自行开具发票"}
FULL_SHARE = Decimal("100")
ZERO = Decimal("0")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
CELL_PADDING = 2.5  # points, left and right inside every table cell
CELL_TOP_PADDING = 2.0
CELL_BOTTOM_PADDING = 2.5
CELL_SIZE = 7.5
CELL_LEADING = 9.5
NOTE_SIZE = 6.5
SUBTOTAL_SIZE = 8.0
SUBTOTAL_LEADING = 10.0
HEADER_ROW_HEIGHT = CELL_LEADING + CELL_TOP_PADDING + CELL_BOTTOM_PADDING
SUBTOTAL_ROW_HEIGHT = SUBTOTAL_LEADING + CELL_TOP_PADDING + CELL_BOTTOM_PADDING
GRID = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e8edf3")
SUBTOTAL_FILL = colors.HexColor("#f4f4f4")
MUTED = colors.HexColor("#555555")
LOGO_HEIGHT = 18 * mm
LOGO_MAX_WIDTH = 45 * mm
QR_SIZE = 24 * mm

# 序号, 完工日期, 工单号, 客户/地址, 服务项目, 数量, 单价, 金额 — adds up to BODY_WIDTH (180 mm).
LINE_COLUMNS = ("序号", "完工日期", "工单号", "客户/地址", "服务项目", "数量", "单价", "金额")
LINE_WIDTHS = tuple(w * mm for w in (9, 17, 31, 49, 29, 13, 14, 18))
ADJUSTMENT_COLUMNS = ("序号", "日期", "工单号", "类型", "原因", "金额")
ADJUSTMENT_WIDTHS = tuple(w * mm for w in (9, 17, 31, 14, 91, 18))
NUMERIC_FROM = 5  # the line columns from 数量 on are figures, right-aligned


class PdfFontMissing(ScrmError):
    """The CJK font the statements are printed with is not installed (or is damaged)."""

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The font for printing statements is missing or damaged: {path}. Reinstall SCRM Desktop.",
            ),
            path=path,
        )

    def __reduce__(self) -> tuple[type[PdfFontMissing], tuple[str]]:  # raised in worker processes too
        return type(self), (self.params["path"],)


class SnapshotVersionError(ScrmError):
    """The snapshot was written by a newer program than this one."""

    def __init__(self, schema: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "This statement was saved in a newer format ({schema}) than this version of SCRM Desktop "
                "can print. Update the program.",
            ),
            schema=schema,
        )

    def __reduce__(self) -> tuple[type[SnapshotVersionError], tuple[object]]:
        return type(self), (self.params["schema"],)


# --- font ---------------------------------------------------------------------------------


@functools.cache
def register_font() -> str:
    """Register the embedded CJK font with reportlab once per process; its name.

    Raises ``PdfFontMissing`` (and is tried again on the next call) when the font is not there.
    """
    try:
        path = resource_path(*FONT_FILE)
    except FileNotFoundError:
        raise PdfFontMissing("resources/" + "/".join(FONT_FILE)) from None
    try:
        # subfontIndex 0 of the collection is the TrueType (glyf) face; reportlab cannot embed CFF.
        font = TTFont(FONT_NAME, str(path), subfontIndex=0)
    except (OSError, TTFError) as exc:
        raise PdfFontMissing(str(path)) from exc
    pdfmetrics.registerFont(font)
    # Binary streams instead of ASCII85 text: a fifth smaller and a tenth faster to write. The
    # setting is process-wide; these statements are the only PDFs the application makes.
    rl_config.useA85 = 0
    # <b>/<i> must never switch a paragraph to Helvetica, so every face maps to the one font.
    pdfmetrics.registerFontFamily(FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME)
    return FONT_NAME


# --- text helpers -------------------------------------------------------------------------


def mask_id_number(id_number: str) -> str:
    """``440106199003071234`` → ``440106********1234``: the first 6 and the last 4 stay."""
    text = id_number.strip()
    if len(text) > 10:
        return text[:6] + "*" * (len(text) - 10) + text[-4:]
    if len(text) > 4:
        return "*" * (len(text) - 4) + text[-4:]
    return "*" * len(text)


def group_bank_account(account: str) -> str:
    """``6222021234567890123`` → ``6222 0212 3456 7890 123``, as printed on bank cards."""
    digits = "".join(account.split())
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def _text(mapping: dict[str, Any] | None, key: str) -> str:
    """``mapping[key]`` as text; a missing key or null prints as nothing."""
    if not mapping:
        return ""
    value = mapping.get(key)
    return "" if value is None else str(value)


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text) if text else ZERO
    except InvalidOperation:
        raise ValueError(f"not an amount in the snapshot: {text!r}") from None


def _money(text: str) -> str:
    """``"1234.5"`` → ``"1,234.50"``."""
    return f"{_decimal(text):,.2f}"


def _percent(text: str) -> str:
    """``"60.00"`` → ``"60%"``, ``"33.33"`` → ``"33.33%"``."""
    return f"{_decimal(text):.2f}".rstrip("0").rstrip(".") + "%"


# --- styles ---------------------------------------------------------------------------------


def _style(name: str, size: float, *, align: int = TA_LEFT, color: Any = colors.black, leading: float = 0) -> Any:
    return ParagraphStyle(
        name,
        fontName=FONT_NAME,
        fontSize=size,
        leading=leading or size * 1.25,
        alignment=align,
        textColor=color,
        wordWrap="CJK",  # Chinese breaks between any two characters; long codes break too
    )


LABEL = _style("label", 8, color=MUTED)
VALUE = _style("value", 8.5)
COMPANY = _style("company", 13, leading=17)
COMPANY_DETAIL = _style("company-detail", 7.5, color=MUTED)
TITLE = _style("title", 19, align=TA_CENTER, leading=24)
SUBTITLE = _style("subtitle", 9, align=TA_CENTER, color=MUTED)
META = _style("meta", 8.5)
ALIGNED_RIGHT_META = _style("meta-right", 8.5, align=TA_RIGHT)
SECTION = _style("section", 9.5, leading=13)
BODY = _style("body", 9, leading=13)
TOTAL_LABEL = _style("total-label", 9, align=TA_RIGHT)
TOTAL_VALUE = _style("total-value", 9, align=TA_RIGHT)
NET_LABEL = _style("net-label", 11, align=TA_RIGHT, leading=14)
NET_VALUE = _style("net-value", 11, align=TA_RIGHT, leading=14)
SIGN = _style("sign", 8.5, leading=12)


LINE_SPACING = 1.22
# Characters a line must not start with (避头点): the character before them moves down too.
NO_LINE_START = frozenset("，。、；：！？）》」』】〕〉”’%,.;:!?)]}")
BREAKABLE_ASCII = frozenset(" -/_")


@functools.cache
def _char_width(char: str) -> float:
    """Advance width of ``char`` at 1 pt in the statement font."""
    width: float = pdfmetrics.stringWidth(char, FONT_NAME, 1)
    return width


def wrap_text(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points at ``size``.

    Chinese breaks between any two characters; a run of Latin letters and digits (a work-order
    number, an item code) breaks after a space, hyphen or slash when it can; closing punctuation
    never starts a line. reportlab's CJK paragraphs do the same but cost far more per cell, and a
    statement has thousands of cells.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for char in paragraph:
            advance = _char_width(char) * size
            if line and used + advance > width:
                kept, carried = _break(line, char)
                carried_width = sum(_char_width(c) * size for c in carried)
                if carried and carried_width + advance > width:
                    kept, carried, carried_width = line, [], 0.0  # too long to move: break it here
                lines.append("".join(kept))
                line, used = carried, carried_width
            line.append(char)
            used += advance
        lines.append("".join(line))
    return lines


def _break(line: list[str], next_char: str) -> tuple[list[str], list[str]]:
    """Split a full ``line`` before ``next_char``: (what stays, what moves to the next line)."""
    if next_char in NO_LINE_START and len(line) > 1:
        return line[:-1], line[-1:]
    if next_char.isascii() and next_char.isalnum() and line[-1].isascii() and line[-1].isalnum():
        for position in range(len(line) - 1, 0, -1):
            if line[position - 1] in BREAKABLE_ASCII or not line[position - 1].isascii():
                return line[:position], line[position:]
    return line, []


class _TextCell(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Text lines in a table cell, wrapped once to the cell's width and drawn with plain strings.

    Each part is ``(text, size, colour)``: the customer's name, then the address smaller and grey.
    """

    def __init__(self, parts: Sequence[tuple[str, float, Any]], width: float, *, right: bool = False) -> None:
        super().__init__()
        self.lines = [(line, size, color) for text, size, color in parts for line in wrap_text(text, width, size)]
        self.width = width
        self.height = sum(size * LINE_SPACING for _, size, _ in self.lines)
        self.right = right

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for text, size, color in self.lines:
            top -= size * LINE_SPACING
            baseline = top + size * 0.3
            canvas.setFont(FONT_NAME, size)
            canvas.setFillColor(color)
            if self.right:
                canvas.drawRightString(self.width, baseline, text)
            else:
                canvas.drawString(0, baseline, text)


def _cell(text: str, column_width: float, *, right: bool = False, note: str = "") -> Any:
    """A table cell: a plain string when it fits on one line, else wrapped lines (and a grey note)."""
    width = column_width - 2 * CELL_PADDING
    if not note and _char_width_sum(text) * CELL_SIZE <= width:
        return text
    parts: list[tuple[str, float, Any]] = [(text, CELL_SIZE, colors.black)]
    if note:
        parts.append((note, NOTE_SIZE, MUTED))
    return _TextCell(parts, width, right=right)


def _figure(text: str, column_width: float, *, size: float = CELL_SIZE, note: str = "") -> Any:
    """An amount, right-aligned on one line: set smaller when too wide, never broken or overflowing."""
    width = column_width - 2 * CELL_PADDING
    natural = _char_width_sum(text)
    if not note and natural * size <= width:
        return text
    fitted = min(size, width / natural * 0.999) if natural else size
    parts: list[tuple[str, float, Any]] = [(text, fitted, colors.black)]
    if note:
        parts.append((note, NOTE_SIZE, MUTED))
    return _TextCell(parts, width, right=True)


def _char_width_sum(text: str) -> float:
    return sum(_char_width(char) for char in text) if "\n" not in text else 1e9


def _grid_style(*, header: bool = True) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT_NAME, CELL_SIZE, CELL_LEADING),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM_PADDING),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ]
    return commands


# --- the statement as printed ------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    """What every page repeats: the running header and the footer."""

    title: str
    number: str
    period: str
    payee: str
    sha256: str
    status: str


@dataclass(frozen=True)
class _LineRow:
    cells: list[Any]
    amount: Decimal
    height: float  # measured once, for cutting the table into pages


def _row_height(cells: Sequence[Any]) -> float:
    """The height reportlab's Table gives a row of plain strings and ``_TextCell``s."""
    content = max(
        cell.height if isinstance(cell, _TextCell) else (cell.count("\n") + 1) * CELL_LEADING for cell in cells
    )
    return content + CELL_TOP_PADDING + CELL_BOTTOM_PADDING


class _LinesBlock(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The lines table, cut into one part per page, each closed by a 本页小计 row.

    reportlab's own row splitting (``repeatRows``) cannot add a row at the end of each part, so
    ``split`` cuts the rows itself: as many as fit on this page with the header and the subtotal
    row, then as many as fit on each further page. Each part's subtotal is the sum of its own
    rows, so the parts add up to the lines total. The row heights are measured once, up front;
    the reportlab ``Table`` of a part is only built when the part is drawn.
    """

    def __init__(self, rows: Sequence[_LineRow]) -> None:
        super().__init__()
        self.rows = list(rows)
        self.width = BODY_WIDTH
        self.height = HEADER_ROW_HEIGHT + sum(row.height for row in self.rows) + SUBTOTAL_ROW_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[list[_LineRow]] = []
        space = availHeight
        rest = self.rows
        while rest:
            count = _rows_fitting(rest, space)
            if count == 0:
                if not parts:
                    return []  # not even one row here: the whole table moves to the next page
                count = 1  # a row taller than a page: let the frame report it
            parts.append(rest[:count])
            rest = rest[count:]
            space = BODY_HEIGHT
        return [_LinesBlock(part) for part in parts] if len(parts) > 1 else [self]

    def draw(self) -> None:
        table = _lines_table(self.rows)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _rows_fitting(rows: Sequence[_LineRow], space: float) -> int:
    """How many of ``rows`` fit in ``space`` points together with the header and subtotal rows."""
    used = HEADER_ROW_HEIGHT + SUBTOTAL_ROW_HEIGHT
    for count, row in enumerate(rows):
        used += row.height
        if used > space:
            return count
    return len(rows)


def _lines_table(rows: Sequence[_LineRow]) -> Any:
    subtotal = sum((row.amount for row in rows), ZERO)
    first, last = rows[0].cells[0], rows[-1].cells[0]
    label = f"本页小计（第 {first}–{last} 行）" if first != last else f"本页小计（第 {first} 行）"
    amount = _figure(f"{subtotal:,.2f}", LINE_WIDTHS[-1], size=SUBTOTAL_SIZE)
    subtotal_row = [label, *[""] * (len(LINE_COLUMNS) - 2), amount]
    commands = _grid_style()
    commands += [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (NUMERIC_FROM, 1), (-1, -1), "RIGHT"),
        ("SPAN", (0, -1), (NUMERIC_FROM + 1, -1)),
        ("ALIGN", (0, -1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, -1), (-1, -1), SUBTOTAL_FILL),
        ("FONT", (0, -1), (-1, -1), FONT_NAME, SUBTOTAL_SIZE, SUBTOTAL_LEADING),
    ]
    return Table(
        [list(LINE_COLUMNS), *(row.cells for row in rows), subtotal_row],
        colWidths=LINE_WIDTHS,
        rowHeights=[HEADER_ROW_HEIGHT, *(row.height for row in rows), SUBTOTAL_ROW_HEIGHT],
        style=TableStyle(commands),
    )


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Holds the pages back until the end so each footer can say how many there are."""

    def __init__(self, *args: Any, page: _Page, pages_out: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_info = page
        self._pages_out = pages_out
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            _draw_footer(self, self._page_info, self.getPageNumber(), total)
            super().showPage()
        self._pages_out.append(total)
        super().save()


def _draw_footer(canvas: Any, page: _Page, number: int, total: int) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT_NAME, 7.5)
    canvas.drawString(MARGIN_X, y, f"{page.title}  {page.number}")
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT_NAME, 8.5)
    canvas.drawCentredString(PAGE_WIDTH / 2, y, f"第 {number} 页 / 共 {total} 页")
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT_NAME, 7)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"SHA-256 {page.sha256[:16]}")
    canvas.restoreState()


def _decorate_page(page: _Page, canvas: Any, doc: Any) -> None:
    """Drawn before the page's content: the watermark (beneath the text) and the running header."""
    canvas.saveState()
    marks = WATERMARKS.get(page.status)
    if marks:
        tint = colors.HexColor("#c0392b") if page.status == "void" else colors.HexColor("#7f8c8d")
        canvas.setFillColor(tint)
        canvas.setFillAlpha(0.16)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(35)
        canvas.setFont(FONT_NAME, 110)
        canvas.drawCentredString(0, 10 * mm, marks[0])
        canvas.setFont(FONT_NAME, 64)
        canvas.drawCentredString(0, -22 * mm, marks[1])
    canvas.restoreState()
    if doc.page > 1:
        canvas.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 5 * mm
        canvas.setFont(FONT_NAME, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, f"{page.title}  {page.number}")
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"{page.payee}  {page.period}")
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, y - 1.8 * mm, PAGE_WIDTH - MARGIN_X, y - 1.8 * mm)
        canvas.restoreState()


# --- the parts of the statement -----------------------------------------------------------------


def _logo(payer: dict[str, Any]) -> Any:
    encoded = _text(payer, "logo_png")
    if not encoded:
        return ""
    try:
        data = base64.b64decode(encoded, validate=True)
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except (binascii.Error, OSError, ValueError):
        return ""  # a damaged logo must not stop a statement from printing
    scale = LOGO_HEIGHT / height
    if width * scale > LOGO_MAX_WIDTH:
        scale = LOGO_MAX_WIDTH / width
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


class _QrCode(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The QR code of ``value``, drawn as plain rectangles.

    The modules come from reportlab's ``QrCodeWidget``; drawing them directly (instead of
    through a ``Drawing``) is faster and keeps the graphics renderer from putting a Helvetica
    font resource into the PDF.
    """

    QUIET_ZONE = 4  # modules of white around the code, as the standard asks

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        widget = QrCodeWidget(value, barLevel="M")
        widget.qr.make()
        self.modules: list[list[bool]] = [[bool(module) for module in row] for row in widget.qr.modules]
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        box = self.width / (len(self.modules) + 2 * self.QUIET_ZONE)
        canvas.setFillColor(colors.black)
        for r, row in enumerate(self.modules):
            y = self.height - (r + self.QUIET_ZONE + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    # a hair wider than the module so no white seams show between rows when printed
                    canvas.rect((c + self.QUIET_ZONE) * box, y, count * box, box * 1.02, stroke=0, fill=1)
                c += count


def _header(snapshot: dict[str, Any], page: _Page, qr_text: str, voucher: bool) -> list[Flowable]:
    payer = snapshot.get("payer") or {}
    details = [
        f"统一社会信用代码：{_text(payer, 'tax_id')}" if _text(payer, "tax_id") else "",
        f"地址：{_text(payer, 'address')}" if _text(payer, "address") else "",
        f"电话：{_text(payer, 'phone')}" if _text(payer, "phone") else "",
    ]
    company = [Paragraph(escape(_text(payer, "name")), COMPANY)]
    company += [Paragraph(escape(line), COMPANY_DETAIL) for line in details if line]
    logo = _logo(payer)
    logo_width = logo.drawWidth + 4 * mm if logo else 0
    qr_column = QR_SIZE + 2 * mm
    top = Table(
        [[logo, company, _QrCode(qr_text, QR_SIZE)]],
        colWidths=[logo_width, BODY_WIDTH - logo_width - qr_column, qr_column],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_NAME, 8),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ]
        ),
    )
    period = snapshot.get("period") or {}
    issued = _text(snapshot, "issued_on") or "—"
    meta = Table(
        [
            [
                Paragraph(f"编号：{escape(page.number)}", META),
                Paragraph(f"结算期间：{escape(_text(period, 'from'))} 至 {escape(_text(period, 'to'))}", META),
                Paragraph(f"开具日期：{escape(issued)}", ALIGNED_RIGHT_META),
            ]
        ],
        colWidths=[BODY_WIDTH * 0.38, BODY_WIDTH * 0.37, BODY_WIDTH * 0.25],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_NAME, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    parts: list[Flowable] = [top, Spacer(1, 3 * mm), Paragraph(escape(page.title), TITLE)]
    if voucher:
        parts.append(Paragraph("（付款凭证）", SUBTITLE))
    parts += [Spacer(1, 3 * mm), meta, Spacer(1, 2 * mm)]
    return parts


def _payee(snapshot: dict[str, Any], voucher: bool) -> Flowable:
    payee = snapshot.get("payee") or {}
    name = _text(payee, "name")
    code = _text(payee, "code")
    named = f"{name}（{code}）" if code else name
    id_number = _text(payee, "id_number")
    shown_id = id_number if voucher else mask_id_number(id_number)
    tax_mode = TAX_MODES.get(_text(payee, "tax_mode"), _text(payee, "tax_mode"))
    bank = [
        ("开户银行", _text(payee, "bank_name"), "银行账号", group_bank_account(_text(payee, "bank_account"))),
        ("账户名称", _text(payee, "account_name"), "计税方式", tax_mode),
    ]
    if snapshot.get("kind") == "provider":
        rows = [
            ("服务商", named, "统一社会信用代码", _text(payee, "tax_id")),
            ("联系人", _text(payee, "contact"), "联系电话", _text(payee, "phone")),
        ]
        if id_number:
            rows.append(("负责人身份证号", shown_id, "", ""))
    else:
        rows = [
            ("收款人", named, "所属服务商", _text(payee, "provider")),
            ("联系电话", _text(payee, "phone"), "身份证号", shown_id),
        ]
    rows += bank
    label_width, value_width = 27 * mm, BODY_WIDTH / 2 - 27 * mm
    data = [
        [
            Paragraph(escape(a), LABEL),
            Paragraph(escape(b), VALUE),
            Paragraph(escape(c), LABEL),
            Paragraph(escape(d), VALUE),
        ]
        for a, b, c, d in rows
    ]
    commands = _grid_style(header=False)
    commands += [
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL),
    ]
    return Table(data, colWidths=[label_width, value_width] * 2, style=TableStyle(commands))


def _line_rows(lines: Sequence[dict[str, Any]]) -> list[_LineRow]:
    rows: list[_LineRow] = []
    widths = LINE_WIDTHS
    for index, line in enumerate(lines, start=1):
        amount_text = _text(line, "amount")
        share = _text(line, "share_pct")
        share_note = f"份额 {_percent(share)}" if share and _decimal(share) != FULL_SHARE else ""
        quantity = f"{_text(line, 'quantity')} {_text(line, 'unit')}".strip()
        cells = [
            str(line.get("no") or index),
            _cell(_text(line, "date"), widths[1]),
            _cell(_text(line, "work_order"), widths[2]),
            _cell(_text(line, "customer"), widths[3], note=_text(line, "address")),
            _cell(_text(line, "item"), widths[4], note=_text(line, "item_code")),
            _cell(quantity, widths[5], right=True),
            _figure(_money(_text(line, "unit_price")), widths[6]),
            _figure(_money(amount_text), widths[7], note=share_note),
        ]
        rows.append(_LineRow(cells, _decimal(amount_text), _row_height(cells)))
    return rows


def _adjustments(adjustments: Sequence[dict[str, Any]]) -> list[Flowable]:
    heading = Paragraph("二、调整项", SECTION)
    if not adjustments:
        return [heading, Spacer(1, 1 * mm), Paragraph("本期无调整项。", BODY)]
    data: list[list[Any]] = [list(ADJUSTMENT_COLUMNS)]
    widths = ADJUSTMENT_WIDTHS
    for index, adjustment in enumerate(adjustments, start=1):
        kind = _text(adjustment, "kind")
        label = _text(adjustment, "label") or ADJUSTMENT_LABELS.get(kind, kind)
        data.append(
            [
                str(index),
                _cell(_text(adjustment, "date"), widths[1]),
                _cell(_text(adjustment, "work_order"), widths[2]),
                _cell(label, widths[3]),
                _cell(_text(adjustment, "reason"), widths[4]),
                _figure(_money(_text(adjustment, "amount")), widths[5]),
            ]
        )
    commands = _grid_style()
    commands += [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (-1, 1), (-1, -1), "RIGHT")]
    table = Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands))
    return [heading, Spacer(1, 1.5 * mm), table]


def _totals(snapshot: dict[str, Any]) -> Flowable:
    totals = snapshot.get("totals") or {}
    payee = snapshot.get("payee") or {}
    rows: list[tuple[str, str]] = [
        ("明细合计", _money(_text(totals, "lines"))),
        ("调整合计", _money(_text(totals, "adjustments"))),
        ("本期应结金额", _money(_text(totals, "gross"))),
    ]
    carry_in = _decimal(_text(totals, "carry_in"))
    if carry_in:
        rows.append(("上期结转", _money(_text(totals, "carry_in"))))
        rows.append(("本期应付金额", _money(_text(totals, "payable"))))
    tax = _decimal(_text(totals, "tax"))
    if _text(payee, "tax_mode") == "withheld":
        rows.append(("代扣个人所得税（劳务报酬）", _money(_text(totals, "tax"))))
    elif tax:
        rows.append(("代扣税费", _money(_text(totals, "tax"))))
    net = _decimal(_text(totals, "net"))
    data: list[list[Any]] = [[Paragraph(escape(a), TOTAL_LABEL), Paragraph(escape(b), TOTAL_VALUE)] for a, b in rows]
    net_row = len(data)
    data.append([Paragraph("实付金额", NET_LABEL), Paragraph(f"¥{net:,.2f}", NET_VALUE)])
    data.append([Paragraph("人民币（大写）", TOTAL_LABEL), Paragraph(escape(rmb_upper(net)), NET_VALUE)])
    carry_out = _decimal(_text(totals, "carry_out"))
    if carry_out:
        data.append([Paragraph("结转下期", TOTAL_LABEL), Paragraph(_money(_text(totals, "carry_out")), TOTAL_VALUE)])
    commands = _grid_style(header=False)
    commands += [
        ("BACKGROUND", (0, net_row), (-1, net_row + 1), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    table = Table(data, colWidths=[58 * mm, 62 * mm], style=TableStyle(commands))
    table.hAlign = "RIGHT"
    return table


def _signatures(snapshot: dict[str, Any]) -> list[Flowable]:
    provider = snapshot.get("kind") == "provider"
    who = "本单位" if provider else "本人"
    confirm = Paragraph(f"收款确认：{who}已核对上述结算明细及金额，确认无误。", BODY)
    payee_sign = "收款单位（盖章）：" if provider else "收款人签字："
    gap = "&nbsp;" * 6  # room to write the figures in by hand
    blank_date = f"{gap}年{gap}月{gap}日"
    cells = [
        [
            Paragraph(payee_sign, SIGN),
            Paragraph("经办人：", SIGN),
            Paragraph("财务审核：", SIGN),
            Paragraph("公司盖章：", SIGN),
        ],
        [Paragraph(f"日期：{blank_date}", SIGN), "", "", Paragraph(blank_date, SIGN)],
    ]
    width = BODY_WIDTH / 4
    table = Table(
        cells,
        colWidths=[width] * 4,
        rowHeights=[22 * mm, 7 * mm],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_NAME, 8.5),
                ("BOX", (0, 0), (-1, -1), 0.4, GRID),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, 0), "TOP"),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )
    return [confirm, Spacer(1, 3 * mm), table]


def _story(snapshot: dict[str, Any], page: _Page, qr_text: str, voucher: bool) -> list[Flowable]:
    story = _header(snapshot, page, qr_text, voucher)
    story += [_payee(snapshot, voucher), Spacer(1, 4 * mm), Paragraph("一、结算明细", SECTION), Spacer(1, 1.5 * mm)]
    lines = snapshot.get("lines") or []
    story.append(_LinesBlock(_line_rows(lines)) if lines else Paragraph("本期无结算明细。", BODY))
    story.append(Spacer(1, 4 * mm))
    story += _adjustments(snapshot.get("adjustments") or [])
    story.append(Spacer(1, 4 * mm))
    closing = [Paragraph("三、结算金额", SECTION), Spacer(1, 1.5 * mm), _totals(snapshot), Spacer(1, 5 * mm)]
    closing += _signatures(snapshot)
    story.append(KeepTogether(closing))
    return story


# --- public API -----------------------------------------------------------------------------------


def render_statement(
    snapshot: dict[str, Any],
    *,
    status: str,
    sha256: str,
    voucher: bool = False,
    path_or_buffer: str | os.PathLike[str] | BinaryIO,
) -> int:
    """Render one statement as an A4 PDF; the number of pages written.

    Args:
        snapshot: the statement's snapshot (schema 1), as stored when it was built.
        status: ``draft`` (watermark 草稿/DRAFT), ``issued``, ``paid`` or ``void`` (watermark 作废/VOID).
        sha256: the hex SHA-256 of the canonical snapshot; printed in the QR code and the footer.
        voucher: print as the payment voucher, with the payee's full ID number. The caller has
            checked that the actor may see it; otherwise the ID number is masked.
        path_or_buffer: a file path, or a binary file object the PDF is written to.

    Raises:
        PdfFontMissing: the embedded font is not installed.
        SnapshotVersionError: the snapshot is of a newer format.
    """
    if status not in STATUSES:
        raise ValueError(f"unknown statement status {status!r}")
    if snapshot.get("schema") != SNAPSHOT_SCHEMA:
        raise SnapshotVersionError(snapshot.get("schema"))
    register_font()
    kind_title = "服务商结算单" if snapshot.get("kind") == "provider" else "安装服务费结算单"
    number = _text(snapshot, "number") or DRAFT_NUMBER
    period = snapshot.get("period") or {}
    page = _Page(
        title=_text(snapshot, "title") or kind_title,
        number=number,
        period=f"{_text(period, 'from')} 至 {_text(period, 'to')}",
        payee=_text(snapshot.get("payee"), "name"),
        sha256=sha256,
        status=status,
    )
    target: Any = os.fspath(path_or_buffer) if isinstance(path_or_buffer, str | os.PathLike) else path_or_buffer
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{page.title} {number}",
        author=_text(snapshot.get("payer"), "name"),
        subject=f"{page.payee} {page.period}",
        creator="SCRM Desktop",
        invariant=1,  # the same snapshot gives the same bytes: no timestamps or random ids
        initialFontName=FONT_NAME,
        initialFontSize=9,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        BODY_WIDTH,
        BODY_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="statement", frames=[frame], onPage=functools.partial(_decorate_page, page))])
    pages: list[int] = []
    story = _story(snapshot, page, f"{number}|{sha256}", voucher)
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, page=page, pages_out=pages))
    return pages[0]


def render_statement_bytes(snapshot: dict[str, Any], status: str, sha256: str) -> bytes:
    """The PDF of one statement as bytes (the worker function of ``render_batch``)."""
    buffer = io.BytesIO()
    render_statement(snapshot, status=status, sha256=sha256, path_or_buffer=buffer)
    return buffer.getvalue()


BatchItem = tuple[dict[str, Any], str, str, str]


def render_batch(
    items: Sequence[BatchItem],
    *,
    folder: Path | None,
    merged: Path | None,
    progress: Progress | None,
    workers: int = 2,
) -> list[Path]:
    """Render many statements: one PDF each into ``folder`` and/or all of them into ``merged``.

    Each item is ``(snapshot, status, sha256, file_stem)``; the folder gets ``<file_stem>.pdf``,
    the merged file has the statements in the order of ``items`` with one bookmark each. The
    statements are rendered by ``workers`` processes; ``progress`` advances once per rendered
    statement and, when merging, once per statement appended to the merged file. Cancelling
    (``Cancelled``) or any error stops the work and removes everything written so far: files
    appear under their final names only once all of them are done.

    Returns the files written: the folder's PDFs in the order of ``items``, then the merged file.
    """
    if folder is None and merged is None:
        raise ValueError("render_batch needs a folder, a merged file or both")
    stems = [item[3] for item in items]
    for stem in stems:
        if not stem or Path(stem).name != stem or stem.startswith("."):
            raise ValueError(f"not a plain file name: {stem!r}")
    if len(set(stems)) != len(stems):
        raise ValueError("file stems must be unique")
    register_font()  # a missing font fails here, at once, with its own message
    progress = progress or Progress()
    total = len(items) * (2 if merged is not None else 1)
    progress.update(0, total)
    if not items:
        return []
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    if merged is not None:
        merged.parent.mkdir(parents=True, exist_ok=True)
        merged_part = merged.with_name(f".{merged.name}.part")
    partial_files: list[Path] = []
    rendered: dict[int, bytes] = {}
    try:
        with contextlib.closing(_rendered(items, workers)) as results:
            for done, (index, data) in enumerate(results, start=1):
                if folder is not None:
                    part = folder / f".{stems[index]}.pdf.part"
                    partial_files.append(part)
                    part.write_bytes(data)
                if merged is not None:
                    rendered[index] = data
                progress.update(done, text=stems[index])
        written: list[Path] = []
        if merged is not None:
            partial_files.append(merged_part)
            _merge([(stems[i], rendered.pop(i)) for i in range(len(items))], merged_part, progress)
        if folder is not None:
            for stem in stems:
                target = folder / f"{stem}.pdf"
                os.replace(folder / f".{stem}.pdf.part", target)
                written.append(target)
        if merged is not None:
            os.replace(merged_part, merged)
            written.append(merged)
        return written
    except BaseException:
        for part in partial_files:
            part.unlink(missing_ok=True)
        raise


def _rendered(items: Sequence[BatchItem], workers: int) -> Generator[tuple[int, bytes], None, None]:
    """``(index, pdf bytes)`` for every item, as each one finishes."""
    if workers <= 1 or len(items) <= 1:
        for index, (snapshot, status, sha256, _stem) in enumerate(items):
            yield index, render_statement_bytes(snapshot, status, sha256)
        return
    # spawn, not fork: the GUI process has threads (and Qt) that a forked child must not inherit.
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=context)
    try:
        futures = {
            executor.submit(render_statement_bytes, snapshot, status, sha256): index
            for index, (snapshot, status, sha256, _stem) in enumerate(items)
        }
        for future in as_completed(futures):
            yield futures[future], future.result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _merge(documents: list[tuple[str, bytes]], target: Path, progress: Progress) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for stem, data in documents:
        writer.append(PdfReader(io.BytesIO(data)), outline_item=stem)
        progress.step()
    with target.open("wb") as handle:
        writer.write(handle)
