"""The form runtime: a form with every field type rendered, filled through its widgets and read back in the
stored formats; validation errors next to their fields; live visibility and computed fields; node permissions;
read-only history; the signature pad, the photo picker and the priced catalog lines."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QDate, QDateTime, QIODevice, QPoint, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QImage, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from work_order_fixtures import WorkOrderData, add_data, admin_context, create, order_input

from scrm_desktop.db import Database
from scrm_desktop.services import form_schema, forms
from scrm_desktop.services.form_schema import FieldSpec, FormSchema
from scrm_desktop.views import form_widgets
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.customer_dialog import RegionPickers
from scrm_desktop.views.form_runtime import FormRenderer
from scrm_desktop.views.form_widgets import (
    SALES_AMOUNT,
    SALES_PRICE,
    SETTLEMENT_AMOUNT,
    SETTLEMENT_PRICE,
    CatalogLinesEditor,
    ChecklistEdit,
    DateTimeEdit,
    FilePicker,
    PhotoPicker,
    SignatureEditor,
    SignaturePad,
)
from scrm_desktop.views.widgets import OptionalDate
from scrm_desktop.views.work_order_widgets import CustomerPicker

IS_REPAIR = {"all": [{"field": "kind", "op": "==", "value": "维修"}]}


def every_field_schema() -> FormSchema:
    """A form with one field of every type (17), laid out in rows of up to four columns."""
    specs = [
        FieldSpec("title", "text", "标题", required=True, max_length=20, placeholder="一句话说明", help="客户看得到"),
        FieldSpec("kind", "select", "类型", required=True, options=["安装", "维修"]),
        FieldSpec("area", "number", "面积", precision=1),
        FieldSpec("price", "money", "报价", required=True),
        FieldSpec("reason", "text", "维修原因", visible_when=IS_REPAIR, width=2),
        FieldSpec("total", "computed", "含税报价", formula="price * 1.06", precision=2),
        FieldSpec("agree", "checkbox", "客户同意"),
        FieldSpec("notes", "textarea", "备注", width=4),
        FieldSpec("visit_on", "date", "上门日期"),
        FieldSpec("visit_at", "datetime", "上门时间"),
        FieldSpec("extras", "multiselect", "附加服务", options=["拆旧", "打孔", "加氟"], width=2),
        FieldSpec("region", "region", "地区", width=2),
        FieldSpec("customer", "customer", "客户"),
        FieldSpec("engineer", "user", "工程师"),
        FieldSpec("lines", "catalog_lines", "服务项目", width=4),
        FieldSpec("photos", "photo", "现场照片", width=2, max_files=3),
        FieldSpec("files", "attachment", "附件", width=2),
        FieldSpec("signature", "signature", "客户签字", width=4),
    ]
    rows = [
        ["title", "kind", "area", "price"],
        ["reason", "total", "agree"],
        ["notes"],
        ["visit_on", "visit_at", "extras"],
        ["region", "customer", "engineer"],
        ["lines"],
        ["photos", "files"],
        ["signature"],
    ]
    return FormSchema(rows=rows, fields={spec.key: spec for spec in specs})


def png_bytes(color: str = "#1565c0", size: tuple[int, int] = (64, 48)) -> bytes:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    return bytes(buffer.data().data())


def pdf_bytes() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def non_white_pixels(png: bytes) -> int:
    image = QImage()
    assert image.loadFromData(QByteArray(png), "PNG")
    white = QColor("white").rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != white)


def type_text(widget: QWidget, text: str) -> None:
    """Type Chinese text as an input method commits it (``QTest.keyClicks`` only types ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, points: list[tuple[int, int]]) -> None:
    """Press at the first point, move through the others, release at the last (the left button held)."""
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(widget, left, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(widget, QPoint(x, y))
    QTest.mouseRelease(widget, left, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    return admin_context(sqlite_db)


@pytest.fixture
def data(ctx: AppContext) -> WorkOrderData:
    return add_data(ctx)


@dataclass
class FileDialog:
    """What the file dialog "chooses" (tests put paths in ``chosen``), and a folder to write them to."""

    folder: Path
    chosen: list[str] = field(default_factory=list)


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FileDialog:
    dialog = FileDialog(tmp_path)
    monkeypatch.setattr(form_widgets, "pick_files", lambda _parent, _title, _filter: list(dialog.chosen))
    return dialog


def grid_place(renderer: FormRenderer, key: str) -> tuple[int, int]:
    """Row and column of a field's cell in the renderer's grid."""
    position: Any = renderer.grid.getItemPosition(renderer.grid.indexOf(renderer.cells[key]))
    return int(position[0]), int(position[1])


def render(qtbot: QtBot, ctx: AppContext, schema: FormSchema | None = None, **options: Any) -> FormRenderer:
    renderer = FormRenderer(ctx, schema or every_field_schema(), **options)
    qtbot.addWidget(renderer)
    renderer.resize(1000, 1200)
    renderer.show()
    qtbot.waitExposed(renderer)
    return renderer


def fill_every_field(renderer: FormRenderer, ctx: AppContext, files: FileDialog) -> None:
    type_text(renderer.editor("title"), "空调移机")
    kind = renderer.editor("kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("维修"))
    type_text(renderer.editor("reason"), "漏水")
    QTest.keyClicks(renderer.editor("area"), "12.5")
    QTest.keyClicks(renderer.editor("price"), "1200.5")
    check = renderer.editor("agree")
    assert isinstance(check, QCheckBox)
    check.click()
    type_text(renderer.editor("notes"), "二楼，需要梯子")
    visit_on = renderer.editor("visit_on")
    assert isinstance(visit_on, OptionalDate)
    visit_on.check.click()
    visit_on.edit.setDate(QDate(2026, 3, 1))
    visit_at = renderer.editor("visit_at")
    assert isinstance(visit_at, DateTimeEdit) and visit_at.check is not None
    visit_at.check.click()
    visit_at.edit.setDateTime(QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone(b"Asia/Shanghai")))
    extras = renderer.editor("extras")
    assert isinstance(extras, ChecklistEdit)
    for option in ("拆旧", "加氟"):
        extras.setCurrentIndex(extras.options_model.index(extras.options_model.options.index(option)))
        QTest.keyClick(extras, Qt.Key.Key_Space)
    region = renderer.editor("region")
    assert isinstance(region, RegionPickers)
    region.province.setCurrentIndex(region.province.findData("440000"))
    region.city.setCurrentIndex(region.city.findData("440100"))
    region.district.setCurrentIndex(region.district.findData("440106"))
    customer = renderer.editor("customer")
    assert isinstance(customer, CustomerPicker)
    [found] = customer.search("刘女士")  # what typing a pause does; then the user picks from the list
    customer.completer().activated.emit(customer.entry(found))
    engineer = renderer.editor("engineer")
    assert isinstance(engineer, QComboBox)
    engineer.setCurrentIndex(engineer.findData(str(ctx.actor.user_id)))
    lines = renderer.editor("lines")
    assert isinstance(lines, CatalogLinesEditor)
    lines.item_edit.setText("AC-001")  # typing would open the completer's popup (not on offscreen)
    lines.quantity_edit.clear()
    QTest.keyClicks(lines.quantity_edit, "2")
    lines.add_button.click()
    photo = files.folder / "现场.png"
    photo.write_bytes(png_bytes())
    document = files.folder / "报价单.pdf"
    document.write_bytes(pdf_bytes())
    files.chosen[:] = [str(photo)]
    photos = renderer.editor("photos")
    assert isinstance(photos, PhotoPicker)
    photos.add_button.click()
    files.chosen[:] = [str(document)]
    attachments = renderer.editor("files")
    assert isinstance(attachments, FilePicker)
    attachments.add_button.click()
    signature = renderer.editor("signature")
    assert isinstance(signature, SignatureEditor)
    drag(signature.pad, [(40, 100), (120, 60), (200, 110), (300, 50), (400, 100)])


# --- every field type ------------------------------------------------------------------------------


def test_every_field_type_is_filled_through_its_widget_and_read_back_in_stored_formats(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, files: FileDialog
) -> None:
    renderer = render(qtbot, ctx)
    assert set(renderer.cells) == set(every_field_schema().fields)
    with qtbot.waitSignal(renderer.changed):
        fill_every_field(renderer, ctx, files)

    values = renderer.data()

    photo_ref, file_ref, signature_ref = values["photos"][0], values["files"][0], values["signature"]
    assert values == {
        "title": "空调移机",
        "kind": "维修",
        "reason": "漏水",
        "area": "12.5",
        "price": "1200.50",
        "total": "1272.53",
        "agree": True,
        "notes": "二楼，需要梯子",
        "visit_on": "2026-03-01",
        "visit_at": "2026-03-01T09:30:00+08:00",
        "extras": ["拆旧", "加氟"],
        "region": "440106",
        "customer": str(data.setup.customer_id),
        "engineer": str(ctx.actor.user_id),
        "lines": [{"item": "AC-001", "quantity": "2"}],
        "photos": [{"file": photo_ref["file"], "name": "现场.png", "mime": "image/png", "size": len(png_bytes())}],
        "files": [
            {"file": file_ref["file"], "name": "报价单.pdf", "mime": "application/pdf", "size": len(pdf_bytes())}
        ],
        "signature": signature_ref,
    }
    assert signature_ref["name"] == "signature.png" and signature_ref["mime"] == "image/png"
    assert signature_ref["size"] > 0
    with ctx.db.session() as session:
        assert forms.read_file(session, ctx.actor, uuid.UUID(photo_ref["file"])) == png_bytes()
        assert non_white_pixels(forms.read_file(session, ctx.actor, uuid.UUID(signature_ref["file"]))) > 0
    with ctx.db.session() as session:  # exactly what the services would store
        clean, errors = form_schema.validate_data(renderer.schema, values, lookups=forms.database_lookups(session))
    assert errors == {} and clean == values
    assert renderer.validate() == {}
    assert not any(cell.error.isVisibleTo(renderer) for cell in renderer.cells.values())


def test_data_round_trips_through_set_data_without_changed(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, files: FileDialog
) -> None:
    first = render(qtbot, ctx)
    fill_every_field(first, ctx, files)
    stored = first.data()

    second = render(qtbot, ctx)
    with qtbot.assertNotEmitted(second.changed):
        second.set_data(stored)

    assert second.data() == stored
    customer = second.editor("customer")
    assert isinstance(customer, CustomerPicker)
    assert customer.text().startswith("刘女士")


# --- money, errors ---------------------------------------------------------------------------------------


def test_a_bad_amount_cannot_be_typed(qtbot: QtBot, ctx: AppContext) -> None:
    renderer = render(qtbot, ctx)
    price = renderer.editor("price")
    assert isinstance(price, QLineEdit)

    QTest.keyClicks(price, "12a.3456")
    assert price.text() == "12.34"
    price.clear()
    QTest.keyClicks(price, "1,000")
    type_text(price, "元")
    assert price.text() == "1000"

    assert renderer.data()["price"] == "1000.00"


def test_validate_shows_every_error_next_to_its_field_and_focuses_the_first(qtbot: QtBot, ctx: AppContext) -> None:
    renderer = render(qtbot, ctx)
    renderer.activateWindow()
    QTest.keyClicks(renderer.editor("area"), "-")  # not a number yet

    errors = renderer.validate()

    assert set(errors) == {"title", "kind", "price", "area"}
    for key in errors:
        label = renderer.cells[key].error
        assert label.isVisibleTo(renderer)
        assert renderer.cells[key].spec.label in label.text()
        assert label.text() == "\n".join(errors[key])
    assert not renderer.cells["notes"].error.isVisibleTo(renderer)
    qtbot.waitUntil(lambda: renderer.editor("title").hasFocus())

    type_text(renderer.editor("title"), "已填")
    errors = renderer.validate()
    assert "title" not in errors
    assert not renderer.cells["title"].error.isVisibleTo(renderer)
    renderer.clear_errors()
    assert not any(cell.error.isVisibleTo(renderer) for cell in renderer.cells.values())


def test_numbers_are_stored_with_the_field_precision(qtbot: QtBot, ctx: AppContext) -> None:
    schema = FormSchema(
        rows=[["plain", "one", "whole"]],
        fields={
            "plain": FieldSpec("plain", "number", "数量"),
            "one": FieldSpec("one", "number", "面积", precision=1),
            "whole": FieldSpec("whole", "number", "层数", precision=0),
        },
    )
    renderer = render(qtbot, ctx, schema)
    QTest.keyClicks(renderer.editor("plain"), "2.50")
    QTest.keyClicks(renderer.editor("one"), "12")
    QTest.keyClicks(renderer.editor("whole"), "3.5")  # no decimal point in a whole number

    assert renderer.data() == {"plain": "2.5", "one": "12.0", "whole": "35"}
    assert form_schema.validate_data(schema, renderer.data())[0] == renderer.data()


def test_required_when_and_form_level_errors_are_shown(qtbot: QtBot, ctx: AppContext) -> None:
    big = {"all": [{"field": "amount", "op": ">=", "value": 1000}]}
    schema = FormSchema(
        rows=[["amount", "approver"]],
        fields={
            "amount": FieldSpec("amount", "money", "金额"),
            "approver": FieldSpec("approver", "text", "审批人", required_when=big),
        },
    )
    renderer = render(qtbot, ctx, schema)
    QTest.keyClicks(renderer.editor("amount"), "999")
    assert renderer.validate() == {}
    QTest.keyClicks(renderer.editor("amount"), "9")

    assert list(renderer.validate()) == ["approver"]
    assert "审批人" in renderer.cells["approver"].error.text()

    renderer.show_errors({form_schema.FORM_ERROR_KEY: ["表单数据有误"], "gone": ["旧字段"]})
    assert renderer.form_error.isVisibleTo(renderer)
    assert renderer.form_error.text() == "表单数据有误\n旧字段"


def test_required_fields_are_marked(qtbot: QtBot, ctx: AppContext) -> None:
    renderer = render(qtbot, ctx)
    assert "*" in renderer.cells["title"].label.text()
    assert "*" not in renderer.cells["notes"].label.text()
    assert renderer.cells["title"].hint is not None and renderer.cells["title"].hint.text() == "客户看得到"
    title = renderer.editor("title")
    assert isinstance(title, QLineEdit)
    assert title.placeholderText() == "一句话说明" and title.maxLength() == 20


# --- live rules ------------------------------------------------------------------------------------


def test_visibility_rule_hides_and_shows_a_field_live(qtbot: QtBot, ctx: AppContext) -> None:
    renderer = render(qtbot, ctx)
    kind = renderer.editor("kind")
    assert isinstance(kind, QComboBox)
    reason = renderer.cells["reason"]
    assert not reason.isVisible()

    kind.setCurrentIndex(kind.findData("维修"))
    assert reason.isVisible()
    type_text(renderer.editor("reason"), "漏水")
    assert renderer.data()["reason"] == "漏水"

    kind.setCurrentIndex(kind.findData("安装"))
    assert not reason.isVisible()
    assert "reason" not in renderer.data()


def test_computed_field_updates_live_and_is_read_only(qtbot: QtBot, ctx: AppContext) -> None:
    renderer = render(qtbot, ctx)
    total = renderer.editor("total")
    assert isinstance(total, QLineEdit)
    assert total.isReadOnly()
    assert total.text() == ""

    QTest.keyClicks(renderer.editor("price"), "100")
    assert total.text() == "106.00"
    QTest.keyClick(renderer.editor("price"), Qt.Key.Key_Backspace)
    assert total.text() == "10.60"
    renderer.editor("price").clear()  # type: ignore[attr-defined]
    assert total.text() == ""


# --- permissions and read-only ------------------------------------------------------------------------


def test_node_permissions_hide_disable_and_require(qtbot: QtBot, ctx: AppContext) -> None:
    renderer = render(
        qtbot, ctx, permissions={"title": "hidden", "price": "readonly", "notes": "required", "area": "editable"}
    )
    renderer.set_data({"title": "之前填的", "price": "88.00"})

    assert "title" not in renderer.cells
    assert renderer.findChild(QWidget, "field-title") is None
    assert grid_place(renderer, "kind") == (0, 1)  # kept its place
    assert not renderer.editor("price").isEnabled()
    assert "*" not in renderer.cells["price"].label.text()  # required by the form, but not to be filled in here
    assert renderer.data()["price"] == "88.00"  # shown from earlier data
    assert renderer.editor("area").isEnabled()
    assert "*" in renderer.cells["notes"].label.text()

    errors = renderer.validate()
    assert "notes" in errors and renderer.cells["notes"].error.isVisibleTo(renderer)
    assert "title" not in errors and "price" not in errors

    type_text(renderer.editor("notes"), "已确认")
    assert "notes" not in renderer.validate()


def test_read_only_renders_a_past_submission_disabled(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, files: FileDialog
) -> None:
    first = render(qtbot, ctx)
    fill_every_field(first, ctx, files)
    stored = first.data()

    history = render(qtbot, ctx, read_only=True)
    history.set_data(stored)

    for key in ("title", "kind", "area", "price", "reason", "agree", "notes", "visit_on", "visit_at"):
        assert not history.editor(key).isEnabled(), key
    for key in ("region", "customer", "engineer"):
        assert not history.editor(key).isEnabled(), key
    assert isinstance(history.editor("notes"), QPlainTextEdit)
    extras = history.editor("extras")
    assert isinstance(extras, ChecklistEdit)
    assert not extras.options_model.flags(extras.options_model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
    lines = history.editor("lines")
    assert isinstance(lines, CatalogLinesEditor)
    assert not lines.adder.isVisible() and lines.model.rowCount() == 1
    photos = history.editor("photos")
    assert isinstance(photos, PhotoPicker)
    assert not photos.controls.isVisible()
    assert photos.model.rowCount() == 1 and photos.model.icons[0] is not None  # thumbnail read back
    signature = history.editor("signature")
    assert isinstance(signature, SignatureEditor)
    assert signature.pad.read_only and not signature.clear_button.isVisible()
    assert non_white_pixels(signature.pad.to_png()) > 0
    before = signature.pad.to_png()
    drag(signature.pad, [(10, 10), (460, 150)])
    assert signature.pad.to_png() == before
    assert history.data() == stored


# --- the special editors ---------------------------------------------------------------------------


def test_signature_pad_draws_with_the_mouse(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    assert non_white_pixels(pad.to_png()) == 0

    with qtbot.waitSignal(pad.changed):
        drag(pad, [(30, 80), (90, 40), (160, 120), (260, 60), (420, 90)])

    png = pad.to_png()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert not pad.empty and non_white_pixels(png) > 100
    pad.clear()
    assert pad.empty and non_white_pixels(pad.to_png()) == 0


def test_signature_is_stored_as_png_when_the_data_is_read(qtbot: QtBot, ctx: AppContext) -> None:
    editor = SignatureEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.commit() is None
    drag(editor.pad, [(30, 80), (200, 120), (400, 40)])
    assert editor.pending() is not None and editor.ref is None  # nothing stored while signing

    ref = editor.commit()

    assert ref is not None and ref["mime"] == "image/png"
    assert editor.commit() == ref  # stored once
    with ctx.db.session() as session:
        assert forms.read_file(session, ctx.actor, uuid.UUID(ref["file"])) == editor.pad.to_png()


def test_photo_picker_stores_the_image_and_shows_a_thumbnail(qtbot: QtBot, ctx: AppContext, files: FileDialog) -> None:
    picker = PhotoPicker(ctx, max_files=1)
    qtbot.addWidget(picker)
    picker.show()
    photo = files.folder / "现场.png"
    photo.write_bytes(png_bytes("#c62828", (300, 200)))
    files.chosen.append(str(photo))

    with qtbot.waitSignal(picker.changed):
        picker.add_button.click()

    assert picker.model.rowCount() == 1
    thumbnail = picker.model.icons[0]
    assert thumbnail is not None and not thumbnail.isNull()
    assert picker.model.data(picker.model.index(0), Qt.ItemDataRole.DecorationRole) is thumbnail
    assert picker.view.viewMode() == picker.view.ViewMode.IconMode
    [ref] = picker.value()
    with ctx.db.session() as session:
        assert forms.read_file(session, ctx.actor, uuid.UUID(ref["file"])) == photo.read_bytes()
    assert not picker.add_button.isEnabled()  # max_files reached

    picker.view.selectAll()
    picker.remove_button.click()
    assert picker.value() == [] and picker.add_button.isEnabled()


def test_photo_picker_refuses_what_is_not_an_image(qtbot: QtBot, ctx: AppContext, files: FileDialog) -> None:
    picker = PhotoPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    document = files.folder / "报价单.pdf"
    document.write_bytes(pdf_bytes())
    files.chosen.append(str(document))

    picker.add_button.click()

    assert picker.value() == []
    assert picker.message.isVisible() and "报价单.pdf" in picker.message.text()


def test_catalog_lines_show_prices_resolved_for_the_work_order(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData
) -> None:
    work_order = create(ctx.db, ctx.actor, order_input(data.setup))
    editor = CatalogLinesEditor(ctx, work_order.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.item_edit.setText("AC-001")
    editor.quantity_edit.clear()
    QTest.keyClicks(editor.quantity_edit, "2")
    editor.add_button.click()

    model = editor.model
    texts = [
        model.index(0, column).data() for column in (SETTLEMENT_PRICE, SETTLEMENT_AMOUNT, SALES_PRICE, SALES_AMOUNT)
    ]
    # 刘女士 is in 广州天河: the 一线城市 rule picks 二档 (120.00) for settlement, 销售默认 一档 for sales.
    assert texts == ["120.00", "240.00", "200.00", "400.00"]
    assert model.setData(model.index(0, 2), "3")
    assert model.index(0, SETTLEMENT_AMOUNT).data() == "360.00"
    assert editor.value() == [{"item": "AC-001", "quantity": "3"}]
    assert not any(editor.view.isColumnHidden(c) for c in (SETTLEMENT_PRICE, SALES_AMOUNT))


def test_catalog_lines_without_a_work_order_show_the_items_only(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData
) -> None:
    editor = CatalogLinesEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.item_edit.setText("P-001  铜管 6.35mm")
    editor.add_button.click()
    editor.item_edit.setText("nothing")
    assert not editor.add_typed_line()
    assert editor.message.isVisible()

    assert all(editor.view.isColumnHidden(c) for c in (SETTLEMENT_PRICE, SETTLEMENT_AMOUNT, SALES_PRICE, SALES_AMOUNT))
    assert editor.model.index(0, 1).data() == "铜管 6.35mm"
    assert not editor.model.setData(editor.model.index(0, 2), "0")  # not a quantity
    editor.view.selectRow(0)
    editor.remove_button.click()
    assert editor.value() == []


# --- models --------------------------------------------------------------------------------------------


def test_item_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, ctx: AppContext, data: WorkOrderData, files: FileDialog
) -> None:
    work_order = create(ctx.db, ctx.actor, order_input(data.setup))
    renderer = render(qtbot, ctx, work_order_id=work_order.id)
    fill_every_field(renderer, ctx, files)
    extras = renderer.editor("extras")
    lines = renderer.editor("lines")
    photos = renderer.editor("photos")
    attachments = renderer.editor("files")
    assert isinstance(extras, ChecklistEdit) and isinstance(lines, CatalogLinesEditor)
    assert isinstance(photos, FilePicker) and isinstance(attachments, FilePicker)
    assert lines.model.index(0, SETTLEMENT_PRICE).data() == "120.00"

    for model in (extras.options_model, lines.model, photos.model, attachments.model):
        qtmodeltester.check(model, force_py=True)


def test_quantity_text_in_the_model_is_decimal(qtbot: QtBot, ctx: AppContext, data: WorkOrderData) -> None:
    editor = CatalogLinesEditor(ctx)
    qtbot.addWidget(editor)
    editor.set_value([{"item": "P-001", "quantity": "3.5"}, {"item": "GONE-1", "quantity": "1"}])
    assert editor.model.lines[0].quantity == Decimal("3.5")
    assert editor.model.index(1, 0).data() == "GONE-1"  # an item no longer in the catalog still shows its code
    assert editor.value() == [{"item": "P-001", "quantity": "3.5"}, {"item": "GONE-1", "quantity": "1"}]


def test_a_row_wider_than_the_grid_wraps_instead_of_losing_fields(qtbot: QtBot, ctx: AppContext) -> None:
    keys = ["a", "b", "c", "d", "e"]
    schema = FormSchema(rows=[keys], fields={k: FieldSpec(k, "text", k.upper(), width=1) for k in keys})
    renderer = render(qtbot, ctx, schema)
    assert [grid_place(renderer, k) for k in keys] == [(0, 0), (0, 1), (0, 2), (0, 3), (1, 0)]
