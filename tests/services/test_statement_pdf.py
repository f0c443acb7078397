"""Statement PDFs, read back with pypdf (and poppler's pdffonts where it is installed).

No database: the snapshots are built here, in the format the statements service stores.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from scrm_desktop.services import statement_pdf
from scrm_desktop.services.errors import Cancelled
from scrm_desktop.services.progress import Progress
from scrm_desktop.services.rmb import rmb_upper
from scrm_desktop.services.statement_pdf import (
    PdfFontMissing,
    SnapshotVersionError,
    group_bank_account,
    mask_id_number,
    register_font,
    render_batch,
    render_statement,
    wrap_text,
)

SHA = "3f5a9c0e7b1d2468ace13579bdf02468ace13579bdf02468ace13579bdf0246a"
NUMBER = "JS-GZ-202611-000001"
ID_NUMBER = "440106199003071234"
CENT = Decimal("0.01")
SUBTOTAL = re.compile(r"本页小计（第 (\d+)(?:–(\d+))? 行）\s*(-?[\d,]+\.\d\d)")


def tiny_png() -> str:
    """A 2×1 pixel PNG, base64, made without an imaging library."""
    raw = b"\x00\xff\x00\x00\x00\x00\xff"  # one scanline: filter byte, two RGB pixels

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (2).to_bytes(4, "big") + (1).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


def make_line(no: int, *, address: str | None = None, item: str | None = None) -> dict[str, Any]:
    quantity = Decimal(1 + no % 3)
    price = Decimal("100.00") + no
    line_amount = quantity * price
    share = Decimal("60.00") if no % 4 == 0 else Decimal("100.00")
    amount = (line_amount * share / 100).quantize(CENT)
    return {
        "no": no,
        "date": f"2026-10-{1 + no % 28:02d}",
        "work_order": f"WO-GZ-202610-{no:06d}",
        "customer": "刘女士" if no % 5 else "广州市天河区某某科技有限公司行政部陈先生",
        "address": address or f"广东省广州市天河区天河路{no}号",
        "item": item or ("挂机空调安装" if no % 3 else "中央空调室内机拆装及冷媒管路更换"),
        "item_code": "AC-001",
        "quantity": str(quantity),
        "unit": "台",
        "unit_price": f"{price:.2f}",
        "line_amount": f"{line_amount:.2f}",
        "share_pct": f"{share:.2f}",
        "amount": f"{amount:.2f}",
    }


def make_snapshot(
    line_count: int = 3,
    *,
    kind: str = "installer",
    number: str | None = NUMBER,
    tax_mode: str = "withheld",
    carry_in: str = "0.00",
    lines: list[dict[str, Any]] | None = None,
    logo: str = "",
) -> dict[str, Any]:
    lines = lines if lines is not None else [make_line(no) for no in range(1, line_count + 1)]
    adjustments = [
        {
            "date": "2026-10-03",
            "work_order": "WO-GZ-202610-000003",
            "kind": "bonus",
            "label": "奖励",
            "reason": "客户好评 & <五星>",
            "amount": "50.00",
        },
        {
            "date": "2026-10-09",
            "work_order": "WO-GZ-202610-000009",
            "kind": "deduction",
            "label": "扣款",
            "reason": "未穿工服",
            "amount": "-30.00",
        },
    ]
    lines_total = sum((Decimal(line["amount"]) for line in lines), Decimal("0.00"))
    adjustments_total = sum((Decimal(a["amount"]) for a in adjustments), Decimal("0.00"))
    gross = lines_total + adjustments_total
    payable = gross + Decimal(carry_in)
    tax = (payable * Decimal("0.16")).quantize(CENT) if tax_mode == "withheld" and payable > 0 else Decimal("0.00")
    net = max(payable - tax, Decimal("0.00"))
    carry_out = min(payable, Decimal("0.00"))
    if kind == "provider":
        payee = {
            "name": "广州天河恒通机电安装服务部",
            "code": "GZ-HT",
            "tax_id": "92440106MA59ABCD1X",
            "contact": "黄经理",
            "phone": "020-88889999",
            "bank_name": "中国建设银行广州天河支行",
            "bank_account": "44050146000100001234",
            "account_name": "广州天河恒通机电安装服务部",
            "tax_mode": tax_mode,
        }
    else:
        payee = {
            "name": "张师傅",
            "code": "GZ-HT-01",
            "provider": "广州天河恒通机电安装服务部",
            "phone": "13812345678",
            "id_number": ID_NUMBER,
            "bank_name": "中国工商银行广州天河支行",
            "bank_account": "6222021234567890123",
            "account_name": "张师傅",
            "tax_mode": tax_mode,
        }
    return {
        "schema": 1,
        "kind": kind,
        "title": "服务商结算单" if kind == "provider" else "安装服务费结算单",
        "number": number,
        "period": {"from": "2026-10-01", "to": "2026-10-31"},
        "issued_on": "2026-11-05" if number else None,
        "payer": {
            "name": "广州示例机电安装服务有限公司",
            "tax_id": "91440101MA5CXY3K2P",
            "address": "广州市天河区华夏路10号",
            "phone": "020-38880000",
            "logo_png": logo,
        },
        "payee": payee,
        "lines": lines,
        "adjustments": adjustments,
        "totals": {
            "lines": f"{lines_total:.2f}",
            "adjustments": f"{adjustments_total:.2f}",
            "gross": f"{gross:.2f}",
            "carry_in": carry_in,
            "payable": f"{payable:.2f}",
            "tax": f"{tax:.2f}",
            "net": f"{net:.2f}",
            "carry_out": f"{carry_out:.2f}",
        },
        "entries": [],
    }


def render(snapshot: dict[str, Any], status: str = "issued", *, voucher: bool = False) -> tuple[int, bytes]:
    buffer = io.BytesIO()
    pages = render_statement(snapshot, status=status, sha256=SHA, voucher=voucher, path_or_buffer=buffer)
    return pages, buffer.getvalue()


def page_texts(pdf: bytes | Path) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [page.extract_text() for page in PdfReader(source).pages]


def flat(text: str) -> str:
    """Text without line breaks: wrapped cells come back as several lines."""
    return text.replace("\n", "")


# --- one page ---------------------------------------------------------------------------------


def test_one_page_statement_has_every_part() -> None:
    snapshot = make_snapshot(3)
    pages, pdf = render(snapshot)

    texts = page_texts(pdf)
    assert pages == len(texts) == 1
    text = flat(texts[0])
    net = Decimal(snapshot["totals"]["net"])
    for expected in (
        "安装服务费结算单",
        NUMBER,
        "广州示例机电安装服务有限公司",
        "91440101MA5CXY3K2P",
        "结算期间：2026-10-01 至 2026-10-31",
        "开具日期：2026-11-05",
        "张师傅（GZ-HT-01）",
        "广州天河恒通机电安装服务部",
        "中国工商银行广州天河支行",
        "WO-GZ-202610-000002",
        "客户好评 & <五星>",  # escaped for the paragraph markup, printed as typed
        f"¥{net:,.2f}",
        rmb_upper(net),
        "代扣个人所得税（劳务报酬）",
        "本人已核对上述结算明细及金额，确认无误。",
        "收款人签字",
        "经办人",
        "财务审核",
        "公司盖章",
        "第 1 页 / 共 1 页",
    ):
        assert expected in text, expected
    for absent in ("上期结转", "结转下期", "DRAFT", "VOID", "草稿", "作废", "付款凭证"):
        assert absent not in text, absent


def test_the_font_is_embedded_and_no_other_font_is_used() -> None:
    _, pdf = render(make_snapshot(3, logo=tiny_png()), "draft")

    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.append(font.get_object())
    assert fonts
    for font in fonts:
        assert "WenQuanYi" in font["/BaseFont"]
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "/ToUnicode" in font  # the text can be searched and copied


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler's pdffonts is not installed")
def test_pdffonts_lists_only_the_embedded_font(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    render_statement(make_snapshot(3), status="void", sha256=SHA, path_or_buffer=path)

    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        name, kind, _encoding, embedded, subset, unicode, *_ = row.split()
        assert "WenQuanYi" in name
        assert (kind, embedded, subset, unicode) == ("TrueType", "yes", "yes", "yes"), row


def test_the_same_snapshot_renders_the_same_bytes() -> None:
    snapshot = make_snapshot(5, logo=tiny_png())
    assert render(snapshot)[1] == render(snapshot)[1]


def test_a_logo_is_drawn_and_a_damaged_one_is_left_out() -> None:
    def images(pdf: bytes) -> int:
        resources = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
        return len(resources.get("/XObject", {}))

    assert images(render(make_snapshot(1, logo=tiny_png()))[1]) == 1
    assert images(render(make_snapshot(1, logo=""))[1]) == 0
    assert images(render(make_snapshot(1, logo="not base64 at all!"))[1]) == 0


# --- many pages -------------------------------------------------------------------------------


def test_multi_page_statement_repeats_the_header_and_adds_up_per_page() -> None:
    snapshot = make_snapshot(130)
    pages, pdf = render(snapshot)

    texts = page_texts(pdf)
    assert pages == len(texts) >= 3
    amounts = {line["no"]: Decimal(line["amount"]) for line in snapshot["lines"]}
    covered: list[int] = []
    subtotals = Decimal("0.00")
    for index, text in enumerate(texts, start=1):
        assert f"第 {index} 页 / 共 {pages} 页" in text
        assert NUMBER in text
        found = SUBTOTAL.findall(text)
        if not found:
            continue
        assert len(found) == 1, f"page {index} has {len(found)} subtotals"
        first, last, printed = found[0]
        rows = range(int(first), int(last or first) + 1)
        assert "序号" in text and "客户/地址" in text and "金额" in text  # the header row on this page too
        assert Decimal(printed.replace(",", "")) == sum(amounts[no] for no in rows)
        covered += rows
        subtotals += Decimal(printed.replace(",", ""))
    assert covered == list(range(1, 131)), "every line on exactly one page, in order"
    assert subtotals == Decimal(snapshot["totals"]["lines"])
    assert "实付金额" in texts[-1]


@pytest.mark.parametrize(
    ("status", "present", "absent"),
    [
        ("draft", ("DRAFT", "草稿"), ("VOID", "作废")),
        ("void", ("VOID", "作废"), ("DRAFT", "草稿")),
        ("issued", (), ("DRAFT", "草稿", "VOID", "作废")),
        ("paid", (), ("DRAFT", "草稿", "VOID", "作废")),
    ],
)
def test_watermark_on_every_page_of_drafts_and_voided_statements(
    status: str, present: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    number = None if status == "draft" else NUMBER
    pages, pdf = render(make_snapshot(60, number=number), status)

    texts = page_texts(pdf)
    assert pages > 1
    for text in texts:
        for word in present:
            assert word in text
        for word in absent:
            assert word not in text


def test_a_draft_prints_caogao_instead_of_a_number() -> None:
    _, pdf = render(make_snapshot(2, number=None), "draft")
    text = flat(page_texts(pdf)[0])
    assert "编号：草稿" in text
    assert "开具日期：—" in text


def test_the_qr_code_holds_the_number_and_the_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    values: list[str] = []

    class RecordingWidget(statement_pdf.QrCodeWidget):  # type: ignore[misc]
        def __init__(self, value: str, **kw: Any) -> None:
            values.append(value)
            super().__init__(value, **kw)

    monkeypatch.setattr(statement_pdf, "QrCodeWidget", RecordingWidget)
    render(make_snapshot(1))
    render(make_snapshot(1, number=None), "draft")
    assert values == [f"{NUMBER}|{SHA}", f"草稿|{SHA}"]


# --- the payee --------------------------------------------------------------------------------


def test_the_id_number_is_masked_unless_printed_as_the_payment_voucher() -> None:
    masked = flat(page_texts(render(make_snapshot(1))[1])[0])
    assert "440106********1234" in masked
    assert ID_NUMBER not in masked

    voucher = flat(page_texts(render(make_snapshot(1), voucher=True)[1])[0])
    assert ID_NUMBER in voucher
    assert "付款凭证" in voucher
    assert "6222 0212 3456 7890 123" in masked and "6222 0212 3456 7890 123" in voucher


def test_masking_and_grouping() -> None:
    assert mask_id_number(ID_NUMBER) == "440106********1234"
    assert mask_id_number("44010619900307123X") == "440106********123X"
    assert mask_id_number("A1234567") == "****4567"
    assert mask_id_number("") == ""
    assert group_bank_account("6222 0212 3456 7890 123") == "6222 0212 3456 7890 123"
    assert group_bank_account("44050146000100001234") == "4405 0146 0001 0000 1234"


def test_provider_statement_shows_the_provider() -> None:
    text = flat(page_texts(render(make_snapshot(2, kind="provider", tax_mode="self_invoice"))[1])[0])
    assert "服务商结算单" in text
    assert "广州天河恒通机电安装服务部（GZ-HT）" in text
    assert "92440106MA59ABCD1X" in text
    assert "黄经理" in text
    assert "本单位已核对" in text
    assert "身份证号" not in text
    assert "代扣个人所得税" not in text  # self-invoicing providers have nothing withheld


def test_missing_payee_keys_print_as_blanks() -> None:
    snapshot = make_snapshot(1)
    snapshot["payee"] = {"name": "李师傅"}
    snapshot["payer"] = {"name": "示例公司"}
    text = flat(page_texts(render(snapshot)[1])[0])
    assert "李师傅" in text and "示例公司" in text


def test_carry_over_rows_appear_only_when_not_zero() -> None:
    snapshot = make_snapshot(2, carry_in="-120.00")
    text = flat(page_texts(render(snapshot)[1])[0])
    assert "上期结转" in text and "-120.00" in text
    assert "本期应付金额" in text

    owed = make_snapshot(1, carry_in="-5000.00")
    assert owed["totals"]["carry_out"] != "0.00"
    text = flat(page_texts(render(owed)[1])[0])
    assert "结转下期" in text
    assert "零元整" in text  # nothing is paid this period


# --- wrapping ---------------------------------------------------------------------------------


def test_long_names_and_addresses_wrap_inside_their_cells() -> None:
    address = "广东省广州市天河区" + "珠江新城华夏路富力中心写字楼" * 8 + "末尾"
    item = "中央空调多联机室内机拆装、冷媒管路更换、保温层修复及系统调试（含高空作业）"
    snapshot = make_snapshot(lines=[make_line(1, address=address, item=item), make_line(2)])
    pages, pdf = render(snapshot)
    text = flat(page_texts(pdf)[0])
    assert address in text
    assert item in text
    assert pages == 1


def test_large_amounts_stay_on_one_line() -> None:
    line = make_line(1)
    line.update(quantity="1", unit_price="12345678.90", line_amount="12345678.90", amount="12345678.90")
    snapshot = make_snapshot(lines=[line, make_line(2)])
    text = page_texts(render(snapshot)[1])[0]
    assert "12,345,678.90" in text  # set smaller rather than broken across two lines
    subtotal = Decimal("12345678.90") + Decimal(make_line(2)["amount"])
    assert f"{subtotal:,.2f}" in text


@given(
    text=st.text(alphabet="中文地址路号栋室，。）（ABCxyz0123456789-/ ", max_size=120),
    width=st.sampled_from([30.0, 60.0, 130.0]),
)
def test_wrap_text_keeps_every_character_and_every_line_fits(text: str, width: float) -> None:
    register_font()
    lines = wrap_text(text, width, 7.5)
    assert "".join(lines) == text
    for line in lines:
        assert pdfmetrics.stringWidth(line, statement_pdf.FONT_NAME, 7.5) <= width + 1e-9, line


def test_wrap_text_breaks_codes_at_hyphens_and_never_starts_a_line_with_a_comma() -> None:
    register_font()
    width = pdfmetrics.stringWidth("WO-GZ-202610-", statement_pdf.FONT_NAME, 7.5) + 1
    assert wrap_text("WO-GZ-202610-000123", width, 7.5) == ["WO-GZ-202610-", "000123"]
    one_char = pdfmetrics.stringWidth("中", statement_pdf.FONT_NAME, 7.5)
    lines = wrap_text("中文中文，好", one_char * 4 + 0.1, 7.5)
    assert not any(line.startswith("，") for line in lines)
    assert "".join(lines) == "中文中文，好"


# --- errors -----------------------------------------------------------------------------------


def test_a_missing_font_is_an_error_not_a_fallback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def missing(*parts: str) -> Path:
        raise FileNotFoundError("/".join(parts))

    monkeypatch.setattr(statement_pdf, "resource_path", missing)
    register_font.cache_clear()
    buffer = io.BytesIO()
    with pytest.raises(PdfFontMissing) as caught:
        render_statement(make_snapshot(1), status="issued", sha256=SHA, path_or_buffer=buffer)
    assert "wqy-microhei.ttc" in str(caught.value)
    assert "font" in caught.value.template
    assert buffer.getvalue() == b""  # nothing written, with Helvetica or otherwise
    with pytest.raises(PdfFontMissing):
        render_batch([(make_snapshot(1), "issued", SHA, "a")], folder=tmp_path / "out", merged=None, progress=None)
    assert not (tmp_path / "out").exists()


def test_a_damaged_font_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "wqy-microhei.ttc"
    broken.write_bytes(b"not a font")
    monkeypatch.setattr(statement_pdf, "resource_path", lambda *parts: broken)
    register_font.cache_clear()
    with pytest.raises(PdfFontMissing, match=r"wqy-microhei\.ttc"):
        render(make_snapshot(1))


def test_a_snapshot_of_a_newer_format_is_refused() -> None:
    snapshot = make_snapshot(1)
    snapshot["schema"] = 2
    with pytest.raises(SnapshotVersionError) as caught:
        render(snapshot)
    assert caught.value.params == {"schema": 2}


def test_an_unknown_status_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="status"):
        render(make_snapshot(1), "cancelled")


# --- batch ------------------------------------------------------------------------------------


def batch_items(count: int) -> list[tuple[dict[str, Any], str, str, str]]:
    items = []
    for index in range(count):
        number = f"JS-GZ-202611-{index + 1:06d}"
        items.append((make_snapshot(3 + 20 * (index % 3), number=number), "issued", f"{index:064x}", number))
    return items


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_writes_one_pdf_each_and_a_merged_file(tmp_path: Path, workers: int) -> None:
    items = batch_items(6)
    reports: list[tuple[int, int, str]] = []
    folder, merged = tmp_path / "out", tmp_path / "merged" / "all.pdf"

    written = render_batch(
        items, folder=folder, merged=merged, progress=Progress(lambda *r: reports.append(r)), workers=workers
    )

    stems = [item[3] for item in items]
    assert written == [folder / f"{stem}.pdf" for stem in stems] + [merged]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{stem}.pdf" for stem in stems)
    page_counts = []
    for stem in stems:
        texts = page_texts(folder / f"{stem}.pdf")
        assert stem in texts[0]
        page_counts.append(len(texts))
    reader = PdfReader(merged)
    assert len(reader.pages) == sum(page_counts)
    assert [item.title for item in reader.outline] == stems  # one bookmark each, in order
    assert reports[0][:2] == (0, 12)
    assert [done for done, _, _ in reports] == list(range(13))  # 6 rendered, then 6 merged
    assert {text for _, _, text in reports[1:7]} == set(stems)


@pytest.mark.parametrize("cancel_at", [2, 8], ids=["while-rendering", "while-merging"])
def test_cancelling_a_batch_leaves_no_files(tmp_path: Path, cancel_at: int) -> None:
    folder, merged = tmp_path / "out", tmp_path / "all.pdf"
    progress: Progress

    def listener(done: int, _total: int, _text: str) -> None:
        if done == cancel_at:
            progress.cancel()

    progress = Progress(listener)
    with pytest.raises(Cancelled):
        render_batch(batch_items(6), folder=folder, merged=merged, progress=progress, workers=2)
    assert progress.done == cancel_at
    assert list(folder.iterdir()) == []
    assert list(tmp_path.glob("*.pdf*")) == []


def test_a_failing_statement_stops_the_batch_and_leaves_no_files(tmp_path: Path) -> None:
    items = batch_items(4)
    items[2][0]["lines"][0]["amount"] = "not money"
    with pytest.raises(ValueError, match="not money"):
        render_batch(items, folder=tmp_path / "out", merged=tmp_path / "all.pdf", progress=None, workers=2)
    assert list((tmp_path / "out").iterdir()) == []
    assert not (tmp_path / "all.pdf").exists()


def test_batch_refuses_clashing_or_unsafe_file_names(tmp_path: Path) -> None:
    items = batch_items(2)
    same = [items[0], (*items[1][:3], items[0][3])]
    with pytest.raises(ValueError, match="unique"):
        render_batch(same, folder=tmp_path, merged=None, progress=None)
    with pytest.raises(ValueError, match="plain file name"):
        render_batch([(*items[0][:3], "../escape")], folder=tmp_path, merged=None, progress=None)
    with pytest.raises(ValueError, match="folder"):
        render_batch(items, folder=None, merged=None, progress=None)
    assert list(tmp_path.iterdir()) == []
