"""The form designer driven through its widgets: the forms page, palette drops onto the canvas,
moving cards, delete/duplicate with undo, the properties panel, the live preview, the version
bar (publish, compare) and JSON files.

Drag and drop is tested the orange-canvas-core way (HOUSE_STYLE 6): drag-enter, drag-move and
drop events are sent to the canvas's viewport with the palette's own mime data, and the test
checks the ``FormModel``, not pixels. GUI tests run on SQLite only (the services they call are
tested on both backends). Strings are compared through the same ``translate`` calls the widgets
make, so the tests hold in every language.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import form_schema as fs
from scrm_desktop.services import forms, users
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.permissions import Permission
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.form_runtime import FormRenderer
from scrm_desktop.views.main_window import page_specs
from scrm_desktop.views.pages import forms as forms_page
from scrm_desktop.views.pages.forms import FormsPage, NewFormDialog
from scrm_desktop.workflow_designer import form_designer as designer_module
from scrm_desktop.workflow_designer.form_canvas import FormCanvas
from scrm_desktop.workflow_designer.form_commands import AddField, SetField
from scrm_desktop.workflow_designer.form_designer import (
    FIELD_KEY_ROLE,
    PREVIEW_TAB,
    FormDesigner,
    FormProblemsModel,
    form_texts,
)
from scrm_desktop.workflow_designer.form_model import MAX_PER_ROW, FormModel, Placement
from scrm_desktop.workflow_designer.form_palette import MIME_FIELD_KEY, MIME_FIELD_TYPE, TYPE_ROLE, FieldTypeModel
from scrm_desktop.workflow_designer.form_properties import FIELD_PAGE, FORM_PAGE, OptionsModel
from scrm_desktop.workflow_designer.version_bar import ChangesModel, PublishNoteDialog

PASSWORD = "Admin-pass-1"
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """What the page and the designer would have shown in the error dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(designer_module, "show_error", lambda _parent, exc: shown.append(exc))
    monkeypatch.setattr(forms_page, "show_error", lambda _parent, exc: shown.append(exc))
    yield shown


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, errors: list[BaseException]) -> FormsPage:
    widget = FormsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


# --- helpers ------------------------------------------------------------------------------------------


def create_form(page: FormsPage, qtbot: QtBot, key: str, name: str) -> FormDesigner:
    """Create a form through the new-form dialog, as a user does."""
    dialog = page.new_form()
    assert dialog is not None
    qtbot.keyClicks(dialog.key_edit, key)
    dialog.name_edit.insert(name)  # QTest types ASCII only: Chinese text is inserted as an input method does
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created_row is not None, dialog.message.text()
    assert page.designer.key == key
    return page.designer


def palette_mime(designer: FormDesigner, field_type: str) -> QMimeData:
    """What dragging ``field_type`` out of the designer's palette carries."""
    model = designer.field_palette.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(TYPE_ROLE) == field_type)
    return model.mimeData([model.index(row, 0)])


def key_mime(key: str) -> QMimeData:
    """What dragging the card of field ``key`` carries."""
    mime = QMimeData()
    mime.setData(MIME_FIELD_KEY, QByteArray(key.encode("utf-8")))
    return mime


def drop(widget: QWidget, mime: QMimeData, point: QPoint) -> bool:
    """Drag ``mime`` onto ``point``: enter, move, drop (orange-canvas-core's dragDrop). True when accepted."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    QApplication.sendEvent(widget, QDragEnterEvent(point, actions, mime, LEFT, NO_MOD))
    QApplication.sendEvent(widget, QDragMoveEvent(point, actions, mime, LEFT, NO_MOD))
    event = QDropEvent(QPointF(point), actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def settle(canvas: FormCanvas) -> None:
    """Lay the rebuilt cards out, as showing the window would."""
    QApplication.processEvents()
    layout = canvas.sheet.layout()
    assert layout is not None
    layout.activate()
    for row in canvas.row_widgets:
        row_layout = row.layout()
        assert row_layout is not None
        row_layout.activate()


def card_point(canvas: FormCanvas, key: str, fx: float, fy: float = 0.5) -> QPoint:
    """The viewport point at fraction (fx, fy) of field ``key``'s card."""
    settle(canvas)
    card = canvas.cards[key]
    return card.mapTo(canvas.viewport(), QPoint(round(card.width() * fx), round(card.height() * fy)))


def gap_point(canvas: FormCanvas, row: int) -> QPoint:
    """A viewport point in the gap just above row ``row`` (below the last row for ``len(rows)``)."""
    settle(canvas)
    rows = canvas.row_widgets
    if row < len(rows):
        geometry = rows[row].geometry()
        y = geometry.top() - 3
    else:
        y = rows[-1].geometry().bottom() + 30
    return canvas.sheet.mapTo(canvas.viewport(), QPoint(canvas.sheet.width() // 2, y))


def pick(combo: QComboBox, data: Any) -> None:
    """Choose the item carrying ``data`` as a user does (``activated`` follows a user's choice only)."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_and_finish(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the text (inserted as an input method does: QTest types ASCII only) and press Return."""
    edit.selectAll()
    edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def add(designer: FormDesigner, field_type: str, row: int, position: int | None = None, **props: Any) -> str:
    """Add a field through an undo command (for tests about something else than the drop)."""
    command = AddField(designer.model, field_type, row, position, key=props.pop("key", None))
    designer.undo_stack.push(command)
    if props:
        spec = fs.FieldSpec(**{**designer.model.field(command.key).to_json(), **props})
        designer.undo_stack.push(SetField(designer.model, command.key, spec))
    return command.key


# --- the page -----------------------------------------------------------------------------------------


def test_page_is_registered_after_the_workflow_pages_for_designers_only(ctx: AppContext) -> None:
    specs = page_specs()
    keys = [s.key for s in specs]
    assert keys.index("forms") == keys.index("workflow_rules") + 1 == keys.index("workflows") + 2
    spec = specs[keys.index("forms")]
    assert spec.permission == Permission.DESIGN_WORKFLOWS and spec.icon == "mdi6.form-select"
    assert spec.allows(ctx.actor)
    with ctx.db.session() as session:
        users.create_user(
            session, ctx.actor, username="fin", display_name="孙财务", password="Finance-pass-1", roles=["finance"]
        )
        finance = users.authenticate(session, "fin", "Finance-pass-1")
    assert not spec.allows(finance)


def test_empty_page_then_the_new_form_dialog_creates_and_opens_a_draft(
    page: FormsPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    assert page.right.currentWidget() is page.empty_state
    assert page.empty_label.text() == tr("FormsPage", "No forms yet — create one or import a form export")

    dialog = page.new_form()
    assert isinstance(dialog, NewFormDialog)
    qtbot.keyClicks(dialog.key_edit, "1 bad key")
    dialog.name_edit.insert("勘察")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    # Refused by the service: the dialog stays open with the reason, nothing is created.
    assert dialog.isVisible() and dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert dialog.created_row is None and page.model.rowCount() == 0
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, "site_survey")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created_row is not None and not dialog.isVisible()

    designer = page.designer
    assert page.right.currentWidget() is designer
    assert page.selected_row() is not None and page.selected_row().key == "site_survey"  # type: ignore[union-attr]
    assert designer.model.rows == [] and designer.editable() and not designer.has_unsaved_changes()
    assert designer.canvas.empty_label.isVisibleTo(designer.canvas)
    assert designer.version_bar.version_combo.currentText().startswith(f"v1 {tr('VersionBar', 'Draft')}")
    assert designer.version_bar.title.text() == "勘察"
    assert errors == []


# --- palette drops --------------------------------------------------------------------------------------


def test_palette_drops_make_new_rows_between_rows_and_join_rows_beside_fields(page: FormsPage, qtbot: QtBot) -> None:
    designer = create_form(page, qtbot, "drops", "拖放")
    canvas, model, viewport = designer.canvas, designer.model, designer.canvas.viewport()

    # Onto the empty sheet: the first field, in a row of its own, selected and shown in the panel.
    assert drop(viewport, palette_mime(designer, "text"), viewport.rect().center())
    assert model.rows == [["text"]] and model.field("text").type == "text"
    assert model.field("text").label == tr("FormFieldTypes", "Text")
    assert canvas.selected_key == "text" and designer.properties.key == "text"
    assert designer.undo_stack.index() == 1

    # Beside a field: on its right half it goes after it, on its left half before it.
    assert drop(viewport, palette_mime(designer, "number"), card_point(canvas, "text", 0.8))
    assert model.rows == [["text", "number"]]
    assert drop(viewport, palette_mime(designer, "date"), card_point(canvas, "text", 0.2))
    assert model.rows == [["date", "text", "number"]]

    # Below the last row: a new row; on the top edge of a row: a new row above it.
    assert drop(viewport, palette_mime(designer, "select"), gap_point(canvas, 1))
    assert model.rows == [["date", "text", "number"], ["select"]]
    assert drop(viewport, palette_mime(designer, "money"), card_point(canvas, "select", 0.5, 0.02))
    assert model.rows == [["date", "text", "number"], ["money"], ["select"]]
    # Between two rows (in the gap): a new row there.
    assert drop(viewport, palette_mime(designer, "checkbox"), gap_point(canvas, 1))
    assert model.rows == [["date", "text", "number"], ["checkbox"], ["money"], ["select"]]
    assert designer.undo_stack.index() == 6

    # A full row takes nothing more beside its fields: the drop is refused and the reason shown.
    assert drop(viewport, palette_mime(designer, "photo"), card_point(canvas, "number", 0.9))
    assert model.rows[0] == ["date", "text", "number", "photo"]
    with qtbot.waitSignal(canvas.refused):
        assert not drop(viewport, palette_mime(designer, "user"), card_point(canvas, "text", 0.8))
    assert "user" not in model.schema.fields and len(model.rows[0]) == MAX_PER_ROW
    assert designer.message.isVisibleTo(designer) and str(MAX_PER_ROW) in designer.message.text()
    assert not canvas.drop_indicator_visible()

    # A double-click in the palette adds the type at the end of the form.
    palette = designer.field_palette
    row = next(r for r in range(palette.model().rowCount()) if palette.model().index(r, 0).data(TYPE_ROLE) == "region")
    palette.doubleClicked.emit(palette.model().index(row, 0))
    assert model.rows[-1] == ["region"] and canvas.selected_key == "region"
    designer.undo_stack.undo()

    # Something that is not a field type is refused; undo takes drops back one at a time.
    junk = QMimeData()
    junk.setData(MIME_FIELD_TYPE, QByteArray(b"spreadsheet"))
    assert not drop(viewport, junk, viewport.rect().center())
    steps = designer.undo_stack.index()
    designer.undo_stack.undo()
    assert "photo" not in model.schema.fields and designer.undo_stack.index() == steps - 1
    assert list(model.schema.fields) == model.field_keys()  # the fields' order is the reading order


def test_drag_move_shows_the_indicator_where_the_field_will_go(page: FormsPage, qtbot: QtBot) -> None:
    designer = create_form(page, qtbot, "indicator", "指示线")
    canvas = designer.canvas
    add(designer, "text", 0)
    add(designer, "number", 0, 1)
    viewport = canvas.viewport()
    mime = palette_mime(designer, "date")
    point = card_point(canvas, "number", 0.8)
    actions = Qt.DropAction.CopyAction
    QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, mime, LEFT, NO_MOD))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, mime, LEFT, NO_MOD))
    assert canvas.drop_indicator_visible()
    line = canvas.indicator.geometry()
    assert line.width() < line.height()  # beside a field: a vertical line after "number"
    number = canvas.cards["number"]
    assert abs(line.center().x() - number.mapTo(canvas.sheet, QPoint(number.width(), 0)).x()) <= 10
    assert canvas.target_at(point).placement == Placement(0, 2)
    gap = gap_point(canvas, 1)
    QApplication.sendEvent(viewport, QDragMoveEvent(gap, actions, mime, LEFT, NO_MOD))
    line = canvas.indicator.geometry()
    assert line.width() > line.height()  # between rows: a horizontal line
    from PySide6.QtGui import QDragLeaveEvent

    QApplication.sendEvent(viewport, QDragLeaveEvent())
    assert not canvas.drop_indicator_visible() and model_unchanged(designer, [["text", "number"]])


def model_unchanged(designer: FormDesigner, rows: list[list[str]]) -> bool:
    return designer.model.rows == rows


# --- moving, deleting, duplicating ----------------------------------------------------------------------


def test_dragging_a_card_reorders_and_undo_puts_it_back(page: FormsPage, qtbot: QtBot) -> None:
    designer = create_form(page, qtbot, "moves", "移动")
    canvas, model, viewport = designer.canvas, designer.model, designer.canvas.viewport()
    for field_type, row, position in (("text", 0, None), ("number", 0, 1), ("date", 0, 2), ("select", 1, None)):
        add(designer, field_type, row, position)
    assert model.rows == [["text", "number", "date"], ["select"]]
    steps = designer.undo_stack.index()

    # Within the row: "date" before "text".
    assert drop(viewport, key_mime("date"), card_point(canvas, "text", 0.1))
    assert model.rows == [["date", "text", "number"], ["select"]]
    assert designer.undo_stack.index() == steps + 1 and canvas.selected_key == "date"
    # Into another row, beside a field.
    assert drop(viewport, key_mime("number"), card_point(canvas, "select", 0.9))
    assert model.rows == [["date", "text"], ["select", "number"]]
    # Out into a new row of its own at the top.
    assert drop(viewport, key_mime("select"), card_point(canvas, "date", 0.5, 0.02))
    assert model.rows == [["select"], ["date", "text"], ["number"]]
    # Dropping a field where it already is changes nothing and pushes nothing.
    drop(viewport, key_mime("text"), card_point(canvas, "text", 0.7))
    assert model.rows == [["select"], ["date", "text"], ["number"]] and designer.undo_stack.index() == steps + 3

    for _ in range(3):
        designer.undo_stack.undo()
    assert model.rows == [["text", "number", "date"], ["select"]]
    designer.undo_stack.redo()
    assert model.rows == [["date", "text", "number"], ["select"]]


def test_delete_key_removes_the_field_and_undo_restores_it_at_the_same_place(page: FormsPage, qtbot: QtBot) -> None:
    designer = create_form(page, qtbot, "deletes", "删除")
    canvas, model = designer.canvas, designer.model
    add(designer, "text", 0, key="name")
    add(designer, "text", 0, 1, key="phone", label="联系电话", required=True, pattern=r"^1\d{10}$")
    add(designer, "textarea", 0, 2, key="remark")
    add(designer, "photo", 1, key="photos")
    before = model.copy_schema()

    # A click selects a card (the panel shows it); a click beside every card selects nothing.
    settle(canvas)
    qtbot.mouseClick(canvas.cards["remark"], LEFT)
    assert canvas.selected_key == "remark" and designer.properties.key_edit.text() == "remark"
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=gap_point(canvas, 2) + QPoint(0, 60))
    assert canvas.selected_key is None and not designer.delete_action.isEnabled()
    qtbot.mouseClick(canvas.cards["phone"], LEFT)
    assert designer.properties.key == "phone" and designer.delete_action.isEnabled()
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert "phone" not in model.schema.fields and model.rows == [["name", "remark"], ["photos"]]
    assert canvas.selected_key is None and designer.properties.stack.currentIndex() == FORM_PAGE
    designer.undo_stack.undo()
    assert model.rows == before.rows and model.field("phone") == before.fields["phone"]
    assert list(model.schema.fields) == list(before.fields)

    # The only field of a row: undo brings the row back too.
    canvas.select("photos")
    designer.delete_action.trigger()
    assert model.rows == [["name", "phone", "remark"]]
    designer.undo_stack.undo()
    assert model.rows == before.rows

    # Ctrl+D duplicates under a new key, beside the original, and selects the copy.
    canvas.select("phone")
    qtbot.keyClick(canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert model.rows[0] == ["name", "phone", "phone_2", "remark"]
    copy = model.field("phone_2")
    assert (copy.label, copy.required, copy.pattern) == ("联系电话", True, r"^1\d{10}$")
    assert canvas.selected_key == "phone_2" and designer.properties.key_edit.text() == "phone_2"
    # The row is full now: the next copy goes to a new row just below; its key counts on.
    designer.duplicate_action.trigger()
    assert model.rows == [["name", "phone", "phone_2", "remark"], ["phone_3"], ["photos"]]
    designer.undo_stack.undo()
    designer.undo_stack.undo()
    assert model.rows == before.rows


# --- properties --------------------------------------------------------------------------------------------


def test_a_properties_edit_is_one_undo_step_and_undo_shows_the_old_value(page: FormsPage, qtbot: QtBot) -> None:
    designer = create_form(page, qtbot, "props", "属性")
    panel, model = designer.properties, designer.model
    add(designer, "number", 0, key="quantity")
    add(designer, "money", 0, 1, key="unit_price")
    designer.canvas.select("quantity")
    assert panel.stack.currentIndex() == FIELD_PAGE
    assert panel.min_edit.isVisibleTo(panel) and not panel.options_box.isVisibleTo(panel)
    assert not panel.formula_box.isVisibleTo(panel)
    steps = designer.undo_stack.index()

    # Label: typing changes nothing until the edit is finished, then exactly one step.
    panel.label_edit.selectAll()
    panel.label_edit.insert("数量")
    assert model.field("quantity").label != "数量" and designer.undo_stack.index() == steps
    qtbot.keyClick(panel.label_edit, Qt.Key.Key_Return)
    assert model.field("quantity").label == "数量" and designer.undo_stack.index() == steps + 1
    panel.label_edit.editingFinished.emit()  # leaving the field again: nothing changed, nothing pushed
    assert designer.undo_stack.index() == steps + 1
    assert "数量" in designer.canvas.cards["quantity"].title.text()
    designer.undo_stack.undo()
    assert panel.label_edit.text() == tr("FormFieldTypes", "Number")
    designer.undo_stack.redo()
    assert panel.label_edit.text() == "数量"

    # Required and the range.
    panel.required_check.setChecked(True)
    type_and_finish(qtbot, panel.min_edit, "1")
    assert model.field("quantity").required and model.field("quantity").min == "1"
    assert designer.undo_stack.index() == steps + 3

    # The key: refused when taken or not an identifier (nothing pushed), else renamed in place.
    type_and_finish(qtbot, panel.key_edit, "unit_price")
    assert panel.key_message.isVisibleTo(panel) and "unit_price" in panel.key_message.text()
    assert model.has("quantity") and designer.undo_stack.index() == steps + 3
    type_and_finish(qtbot, panel.key_edit, "qty")
    assert model.rows == [["qty", "unit_price"]] and model.field("qty").label == "数量"
    assert designer.canvas.selected_key == "qty" and panel.key == "qty"
    designer.undo_stack.undo()
    assert model.rows == [["quantity", "unit_price"]] and panel.key_edit.text() == "quantity"

    # A computed field: the formula is checked while it is typed, committed when the field is left.
    total = add(designer, "computed", 1, key="total")
    designer.canvas.select(total)
    assert panel.formula_box.isVisibleTo(panel) and not panel.rules_box.isVisibleTo(panel)
    panel.formula_edit.setPlainText("quantity * (unit_price")
    assert panel.formula_message.text() and model.field("total").formula is None
    panel.formula_edit.setPlainText("quantity * price")
    assert "price" in panel.formula_message.text()
    panel.formula_edit.setPlainText("quantity * unit_price")
    assert panel.formula_message.text() == tr("FormPropertiesPanel", "✓ The formula is valid.")
    steps = designer.undo_stack.index()
    QApplication.sendEvent(panel.formula_edit, QFocusEvent(QFocusEvent.Type.FocusOut))
    assert model.field("total").formula == "quantity * unit_price" and designer.undo_stack.index() == steps + 1

    # "Shown when", with the condition editor over the other fields: one step on Apply.
    editor = panel.visible_editor
    assert set(editor.fields) == {"quantity", "unit_price"} and editor.fields["unit_price"] == "money"
    row = editor.add_row()
    pick(row.field_combo, "quantity")
    pick(row.op_combo, ">")
    row.value_edit.setText("0")
    editor.apply_button.click()
    assert model.field("total").visible_when == {"all": [{"field": "quantity", "op": ">", "value": 0}]}
    assert designer.undo_stack.index() == steps + 2
    designer.undo_stack.undo()
    assert model.field("total").visible_when is None and editor.rows == []


def test_options_are_added_renamed_moved_and_removed_one_step_each(page: FormsPage, qtbot: QtBot) -> None:
    designer = create_form(page, qtbot, "opts", "选项")
    panel, model = designer.properties, designer.model
    key = add(designer, "select", 0)
    designer.canvas.select(key)
    assert panel.options_box.isVisibleTo(panel)
    start = list(model.field(key).options)
    assert len(start) == 2
    steps = designer.undo_stack.index()
    panel.option_add_button.click()
    assert len(model.field(key).options) == 3 and designer.undo_stack.index() == steps + 1
    assert panel.options_model.setData(panel.options_model.index(2, 0), "维修")
    assert model.field(key).options[2] == "维修"
    panel.options_view.setCurrentIndex(panel.options_model.index(2, 0))
    panel.option_up_button.click()
    assert model.field(key).options == [start[0], "维修", start[1]]
    panel.options_view.setCurrentIndex(panel.options_model.index(0, 0))
    panel.option_remove_button.click()
    assert model.field(key).options == ["维修", start[1]] and designer.undo_stack.index() == steps + 4
    designer.undo_stack.undo()
    assert panel.options_model.options == [start[0], "维修", start[1]]


# --- preview -------------------------------------------------------------------------------------------------


def test_preview_renders_the_current_fields_with_the_real_renderer(page: FormsPage, qtbot: QtBot) -> None:
    designer = create_form(page, qtbot, "preview", "预览")
    add(designer, "text", 0, key="contact", label="联系人", required=True)
    add(designer, "select", 0, 1, key="kind", label="类型", options=["安装", "维修"])
    preview = designer.show_preview()
    assert designer.tabs.currentIndex() == PREVIEW_TAB
    renderer = preview.renderer
    assert isinstance(renderer, FormRenderer)
    assert isinstance(renderer.editor("contact"), QLineEdit)
    combo = renderer.editor("kind")
    assert isinstance(combo, QComboBox)
    assert {combo.itemText(i) for i in range(combo.count())} >= {"安装", "维修"}

    # A change on the design side redraws the preview (debounced: one redraw for the burst).
    builds = preview.builds
    add(designer, "money", 1, key="amount", label="报价")
    designer.undo_stack.undo()
    designer.undo_stack.redo()
    qtbot.waitUntil(lambda: preview.builds == builds + 1)
    assert preview.renderer is not renderer and "amount" in preview.renderer.cells  # type: ignore[union-attr]
    assert preview.renderer.cells["contact"].label.text().endswith("*</span>")  # type: ignore[union-attr]


# --- lifecycle -------------------------------------------------------------------------------------------------


def test_publish_is_refused_with_the_problems_then_published_and_compared(
    page: FormsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, errors: list[BaseException], qtmodeltester: Any
) -> None:
    designer = create_form(page, qtbot, "quote", "报价单")
    bar, panel, model = designer.version_bar, designer.properties, designer.model
    add(designer, "money", 0, key="amount", label="报价金额", required=True)
    kind = add(designer, "select", 0, 1, key="kind", label="报价类型")
    # A select without options: the issues list names it, and publishing is refused.
    designer.canvas.select(kind)
    for _ in range(2):
        panel.options_view.setCurrentIndex(panel.options_model.index(0, 0))
        panel.option_remove_button.click()
    assert model.field(kind).options == []
    model.revalidate()
    issues = designer.issues.problems
    assert issues.error_count() == 1 and issues.index(0, 1).data() == "报价类型"
    assert issues.index(0, 0).data(FIELD_KEY_ROLE) == kind
    notes: list[str] = []
    monkeypatch.setattr(
        PublishNoteDialog, "ask", classmethod(lambda cls, parent, texts=None: notes.append("asked") or "首次发布")
    )
    assert designer.publish() is None
    assert len(errors) == 1 and isinstance(errors[0], ValidationError)
    assert "报价类型" in str(errors[0])
    assert designer.editable() and not designer.has_unsaved_changes()  # saved on the way, still a draft

    # Clicking the problem selects the field; fixed, it publishes (v1, read-only).
    designer.canvas.select(None)
    designer.issues.table.clicked.emit(issues.index(0, 2))
    assert designer.canvas.selected_key == kind
    panel.add_option("安装")
    panel.add_option("维修")
    bar.publish_button.click()
    assert len(errors) == 1 and notes == ["asked", "asked"]
    assert designer.loaded is not None and designer.loaded.row.status == "published"
    assert bar.version_combo.currentText().startswith(f"v1 {tr('VersionBar', 'Published')}")
    assert model.read_only and not designer.field_palette.isEnabled()
    designer.canvas.select("amount")
    assert panel.label_edit.isReadOnly() and not panel.required_check.isEnabled()
    assert not designer.canvas.delete_selected() and model.has("amount")
    viewport = designer.canvas.viewport()
    assert not drop(viewport, FieldTypeModel().mimeData([FieldTypeModel().index(0, 0)]), viewport.rect().center())
    assert not drop(viewport, key_mime("kind"), card_point(designer.canvas, "amount", 0.1))
    assert model.rows == [["amount", "kind"]] and designer.undo_stack.index() == 0
    assert page.model.rows[0].published_number == 1

    # v2: a new draft, the amount relabelled, a field added; the comparison lists both.
    bar.new_draft_button.click()
    assert designer.loaded.row.number == 2 and designer.editable()
    designer.canvas.select("amount")
    type_and_finish(qtbot, panel.label_edit, "含税报价")
    add(designer, "textarea", 1, key="remark", label="备注")
    assert designer.save()
    dialog = bar.open_diff()
    assert dialog is not None
    qtmodeltester.check(dialog.model)
    found = {(c.kind, c.change, c.name) for c in dialog.model.changes}
    assert ("field", "changed", "含税报价") in found and ("field", "added", "备注") in found
    changed = next(r for r, c in enumerate(dialog.model.changes) if c.change == "changed" and c.kind == "field")
    assert dialog.model.index(changed, 0).data() == tr("FormDesigner", "Field")
    assert tr("FormDesigner", "Label") in dialog.model.index(changed, 3).data()
    dialog.close()

    # Back to v1: read-only, with its own fields.
    pick(bar.version_combo, str(next(r.id for r in bar.rows if r.number == 1)))
    assert designer.loaded.row.number == 1 and model.read_only
    assert model.field("amount").label == "报价金额" and not model.has("remark")


def test_retire_asks_first_and_unsaved_changes_are_protected(
    page: FormsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_form(page, qtbot, "alpha", "甲表")
    designer = create_form(page, qtbot, "beta", "乙表")
    add(designer, "text", 0, key="name", label="姓名")
    assert designer.has_unsaved_changes() and page.has_unsaved_changes()
    assert designer.version_bar.title.text() == "乙表 *"
    answers = [False, True]
    monkeypatch.setattr(page, "confirm", lambda _title, _text: answers.pop(0))
    alpha_row = next(i for i, r in enumerate(page.model.rows) if r.key == "alpha")
    page.table.selectRow(alpha_row)
    assert designer.key == "beta" and designer.model.has("name")
    page.table.selectRow(alpha_row)
    assert designer.key == "alpha" and not page.has_unsaved_changes()

    beta_row = next(i for i, r in enumerate(page.model.rows) if r.key == "beta")
    page.table.selectRow(beta_row)
    add(designer, "text", 0, key="name", label="姓名")
    monkeypatch.setattr(PublishNoteDialog, "ask", classmethod(lambda cls, parent, texts=None: ""))
    assert designer.publish() is not None
    retire_answers = [False, True]
    monkeypatch.setattr(designer, "confirm", lambda _title, _text: retire_answers.pop(0))
    assert designer.retire() is None and designer.loaded is not None and designer.loaded.row.status == "published"
    designer.version_bar.retire_button.click()
    assert designer.loaded.row.status == "retired"


def test_export_json_then_import_opens_it_as_a_draft(
    page: FormsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, errors: list[BaseException]
) -> None:
    designer = create_form(page, qtbot, "survey", "勘察表")
    add(designer, "text", 0, key="contact", label="联系人")
    add(designer, "region", 1, key="region", label="地区")
    target = tmp_path / "survey.json"
    monkeypatch.setattr(designer_module, "ask_save_path", lambda *_args: target)
    designer.export_action.trigger()  # unsaved edits are saved first, so the file is what is shown
    assert errors == [] and not designer.has_unsaved_changes()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "scrm-form" and data["key"] == "survey"
    assert fs.FormSchema.from_json(data["schema"]).rows == [["contact"], ["region"]]

    data["key"], data["name"] = "survey_copy", "勘察表（副本）"
    copy_file = tmp_path / "copy.json"
    copy_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(designer_module, "ask_open_path", lambda *_args: copy_file)
    row = page.import_json()
    assert row is not None and errors == []
    assert designer.key == "survey_copy" and designer.editable() and designer.model.rows == [["contact"], ["region"]]
    assert {r.key for r in page.model.rows} == {"survey", "survey_copy"}
    with page.ctx.db.session() as session:
        assert forms.load_form(session, page.ctx.actor, "survey_copy").row.status == "draft"


# --- item models ---------------------------------------------------------------------------------------------


def test_item_models_pass_the_model_tester(page: FormsPage, qtbot: QtBot, qtmodeltester: Any) -> None:
    designer = create_form(page, qtbot, "models", "模型")
    add(designer, "select", 0, key="kind", options=[])
    add(designer, "computed", 1, key="total")
    designer.model.revalidate()
    qtmodeltester.check(page.model)
    assert designer.issues.problems.rowCount() >= 2
    qtmodeltester.check(designer.issues.problems)
    qtmodeltester.check(designer.field_palette.model())

    palette = FieldTypeModel()
    assert palette.rowCount() == len(fs.FIELD_TYPES) == 17
    assert all(palette.index(r, 0).data() and not palette.index(r, 0).data(1).isNull() for r in range(17))
    qtmodeltester.check(palette)
    problems = FormProblemsModel()
    problems.set_problems(fs.validate_schema(fs.FormSchema()), fs.FormSchema())
    qtmodeltester.check(problems)
    options = OptionsModel()
    options.set_options(["安装", "维修", "巡检"])
    qtmodeltester.check(options)
    changes = ChangesModel(texts=form_texts())
    changes.set_changes([fs.Change("field", "kind", "changed", "类型", ("label", "options"))])
    qtmodeltester.check(changes)
    assert changes.index(0, 3).data() == "、".join((tr("FormDesigner", "Label"), tr("FormDesigner", "Options")))
    for model in (palette, problems, options, changes):
        model.deleteLater()


def test_model_and_canvas_follow_a_schema_replaced_under_them(qtbot: QtBot) -> None:
    """Loading another version (``reset``) redraws the canvas and clears the selection."""
    from PySide6.QtGui import QUndoStack

    model = FormModel()
    stack = QUndoStack()
    canvas = FormCanvas(model, stack)
    qtbot.addWidget(canvas)
    stack.push(AddField(model, "text", 0, key="a"))
    canvas.select("a")
    schema = fs.FormSchema(rows=[["x", "y"]], fields={k: fs.FieldSpec(key=k, type="number") for k in ("x", "y")})
    with qtbot.waitSignal(canvas.selection_changed):
        model.set_schema(schema, read_only=True)
    assert set(canvas.cards) == {"x", "y"} and canvas.selected_key is None
    assert not canvas.add_field("text") and model.rows == [["x", "y"]]
