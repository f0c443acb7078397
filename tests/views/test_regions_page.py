"""The regions page: the lazy region tree, searching it, and editing region groups with check marks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import regions, users
from scrm_desktop.services.errors import StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Role
from scrm_desktop.services.regions import RegionGroupRow, region_index
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.pages import regions as regions_page
from scrm_desktop.views.pages.regions import CODE_ROLE, COVERED_COLOR, RegionsPage, RegionTreeModel, kind_label

PASSWORD = "Admin-pass-1"


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def groups(ctx: AppContext) -> dict[str, RegionGroupRow]:
    with ctx.db.session() as session:
        south = regions.create_group(session, ctx.actor, name="华南", kind="area", region_codes=["440000", "450000"])
        tier1 = regions.create_group(
            session, ctx.actor, name="一线城市", kind="city_tier", region_codes=["110000", "310000", "440100", "440300"]
        )
    return {"华南": south, "一线城市": tier1}


def make_page(qtbot: QtBot, ctx: AppContext) -> RegionsPage:
    page = RegionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, groups: dict[str, RegionGroupRow]) -> RegionsPage:
    return make_page(qtbot, ctx)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The errors the page would have shown in the error dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(regions_page, "show_error", lambda _parent, exc: shown.append(exc))
    yield shown


def tree_index(page: RegionsPage, code: str) -> QModelIndex:
    return page.proxy.mapFromSource(page.tree_model.index_of(code))


def check(page: RegionsPage, code: str, state: Qt.CheckState = Qt.CheckState.Checked) -> bool:
    return page.proxy.setData(tree_index(page, code), state.value, Qt.ItemDataRole.CheckStateRole)


def checked_in_tree(page: RegionsPage, *codes: str) -> list[bool]:
    return [tree_index(page, c).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked for c in codes]


# --- the tree ---------------------------------------------------------------------------------


def test_tree_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RegionTreeModel(region_index())
    model.set_checks({"440000", "110105"}, visible=True, editable=True)
    qtmodeltester.check(model)


def test_tree_holds_provinces_then_cities_then_counties(page: RegionsPage) -> None:
    model = page.tree_model
    assert model.rowCount() == 34
    guangdong = model.index_of("440000")
    assert guangdong.data() == "广东省"
    shenzhen = model.index_of("440300")
    assert shenzhen.parent() == guangdong
    nanshan = model.index_of("440305")
    assert [nanshan.siblingAtColumn(c).data() for c in range(4)] == ["南山区", "南山", "440305", "市辖区"]
    assert model.index_of("110105").parent() == model.index_of("110000")  # no city between
    assert model.index_of("429004").parent() == model.index_of("420000")
    assert model.rowCount(model.index_of("441900")) == 0  # 东莞 has no districts
    assert model.headerData(0, Qt.Orientation.Horizontal) == model.tr("Region")


def test_search_shows_matches_with_their_ancestors_expanded(page: RegionsPage, qtbot: QtBot) -> None:
    page.search_edit.setText("南山")  # QTest types ASCII only
    shown = page.visible_codes()
    assert {"440305", "230404"} <= set(shown)  # 深圳 and 鹤岗 both have a 南山区
    assert {"440000", "440300", "230000", "230400"} <= set(shown)  # with their ancestors
    assert "110000" not in shown and "440303" not in shown
    assert page.tree.isExpanded(tree_index(page, "440300")) and page.tree.isExpanded(tree_index(page, "440000"))
    assert page.count_label.text() == page.tr("Matching the search: {count}").format(
        count=len(region_index().search("南山"))
    )

    page.search_edit.setText("黔南")  # a short name
    assert page.visible_codes()[:2] == ["520000", "522700"]
    page.search_edit.setText("4403")  # a code prefix: 深圳 and its districts
    assert "440305" in page.visible_codes() and "440100" not in page.visible_codes()

    page.search_edit.clear()
    assert len(page.visible_codes()) == len(region_index())
    assert page.count_label.text() == page.tr("Regions: {count}").format(count=len(region_index()))


def test_selecting_a_region_names_its_path(page: RegionsPage) -> None:
    assert page.select_region("440305")
    assert page.region_label.text().startswith("广东省 / 深圳市 / 南山区")
    assert "440305" in page.region_label.text()


# --- groups -----------------------------------------------------------------------------------


def test_selecting_a_group_shows_its_members_as_check_marks(
    page: RegionsPage, groups: dict[str, RegionGroupRow]
) -> None:
    assert [g.name for g in page.groups()] == ["华南", "一线城市"]  # kind (area, city_tier), then name
    assert page.groups_model.index(1, 1).data() == kind_label("city_tier")
    assert page.groups_model.index(1, 2).data() == "4"
    # Nothing chosen: no check boxes at all.
    assert tree_index(page, "440000").data(Qt.ItemDataRole.CheckStateRole) is None
    assert page.select_group(groups["一线城市"].id)
    assert page.name_edit.text() == "一线城市"
    assert page.kind_combo.currentData() == "city_tier"
    assert checked_in_tree(page, "110000", "310000", "440100", "440300", "440000") == [True, True, True, True, False]
    # A district of a checked city is covered, shown in green, but not checked itself.
    nanshan = tree_index(page, "440305")
    assert nanshan.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert nanshan.data(Qt.ItemDataRole.ForegroundRole).name() == COVERED_COLOR
    assert "深圳市" in nanshan.data(Qt.ItemDataRole.ToolTipRole)
    assert page.members_label.text() == page.tr("{count} regions: {names}").format(
        count=4, names="北京市、上海市、广州市、深圳市"
    )
    assert not page.has_unsaved_changes()
    assert not page.save_button.isEnabled() and page.delete_button.isEnabled()


def test_checking_regions_and_saving_persists_the_members(
    page: RegionsPage, ctx: AppContext, groups: dict[str, RegionGroupRow], errors: list[BaseException]
) -> None:
    page.select_group(groups["华南"].id)
    assert check(page, "460000")
    assert check(page, "450000", Qt.CheckState.Unchecked)
    assert page.member_codes() == ["440000", "460000"]
    assert checked_in_tree(page, "440000", "450000", "460000") == [True, False, True]
    assert checked_in_tree(page, "440300") == [False]  # checking a province does not check its cities
    assert page.has_unsaved_changes() and page.save_button.isEnabled()
    page.description_edit.setText("广东、海南")
    page.save_button.click()
    assert errors == []
    with ctx.db.session() as session:
        saved = regions.get_group(session, ctx.actor, groups["华南"].id)
    assert (saved.region_codes, saved.description, saved.version) == (("440000", "460000"), "广东、海南", 2)
    assert not page.has_unsaved_changes()
    assert page.notice_label.text() == page.tr("The changes to {name} were saved.").format(name="华南")
    assert page.groups_model.index(0, 2).data() == "2"


def test_creating_a_group_from_checked_regions(
    page: RegionsPage, ctx: AppContext, errors: list[BaseException], qtbot: QtBot
) -> None:
    page.new_button.click()
    assert page.creating and page.editor.isEnabled()
    assert checked_in_tree(page, "440000") == [False]
    page.name_edit.setText("珠三角")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("custom"))
    for code in ("440100", "440300", "440600"):
        assert check(page, code)
    page.save_button.click()
    assert errors == []
    with ctx.db.session() as session:
        created = next(g for g in regions.list_groups(session, ctx.actor) if g.name == "珠三角")
    assert created.region_codes == ("440100", "440300", "440600")
    assert page.current is not None and page.current.id == created.id and not page.creating
    assert page.notice_label.text() == page.tr("The group {name} was created.").format(name="珠三角")


def test_an_invalid_name_is_refused_and_the_edits_stay(page: RegionsPage, errors: list[BaseException]) -> None:
    page.new_button.click()
    check(page, "440000")
    page.name_edit.setText("华南")  # taken
    page.save_button.click()
    assert len(errors) == 1 and isinstance(errors[0], ValidationError) and errors[0].field == "name"
    assert page.creating and page.member_codes() == ["440000"]
    assert [g.name for g in page.groups()] == ["华南", "一线城市"]


def test_a_stale_save_is_refused_and_the_group_reloaded(
    page: RegionsPage, ctx: AppContext, groups: dict[str, RegionGroupRow], errors: list[BaseException]
) -> None:
    page.select_group(groups["华南"].id)
    with ctx.db.session() as session:  # someone else saves first
        regions.update_group(
            session, ctx.actor, groups["华南"].id, expected_version=1,
            name="华南", kind="area", description="别人改的", region_codes=["440000"],
        )  # fmt: skip
    check(page, "460000")
    page.save_button.click()
    assert len(errors) == 1 and isinstance(errors[0], StaleWriteError)
    assert page.current is not None and page.current.version == 2
    assert page.description_edit.text() == "别人改的" and page.member_codes() == ["440000"]


def test_deleting_a_group_after_confirmation(
    page: RegionsPage, ctx: AppContext, groups: dict[str, RegionGroupRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda _title, text: questions.append(text) or True)
    page.select_group(groups["一线城市"].id)
    page.delete_button.click()
    assert len(questions) == 1 and "一线城市" in questions[0]
    assert [g.name for g in page.groups()] == ["华南"]
    assert page.current is None and not page.editor.isEnabled()
    assert tree_index(page, "110000").data(Qt.ItemDataRole.CheckStateRole) is None


def test_switching_groups_with_unsaved_changes_asks_first(
    page: RegionsPage, groups: dict[str, RegionGroupRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "confirm", lambda _title, _text: False)
    page.select_group(groups["华南"].id)
    check(page, "460000")
    page.groups_view.selectRow(1)  # the user clicks 一线城市 and then says no
    assert page.current is not None and page.current.name == "华南"
    assert page.member_codes() == ["440000", "450000", "460000"]
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    page.groups_view.selectRow(1)
    assert page.current is not None and page.current.name == "一线城市"
    assert page.member_codes() == ["110000", "310000", "440100", "440300"]


def test_without_permission_the_groups_are_shown_but_not_editable(
    qtbot: QtBot, ctx: AppContext, groups: dict[str, RegionGroupRow]
) -> None:
    with ctx.db.session() as session:
        users.create_user(
            session, ctx.actor, username="gz", display_name="李广州", password="Editor-pass-1",
            roles=[Role.BRANCH_EDITOR.value], region_scope=["440100"], must_change_password=False,
        )  # fmt: skip
        editor = users.authenticate(session, "gz", "Editor-pass-1")
    page = make_page(qtbot, AppContext(ctx.db, editor, ctx.settings))
    assert [g.name for g in page.groups()] == ["华南", "一线城市"]
    page.select_group(groups["华南"].id)
    assert checked_in_tree(page, "440000") == [True]
    index = tree_index(page, "460000")
    assert not index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not check(page, "460000")
    assert page.member_codes() == ["440000", "450000"]
    assert page.name_edit.isReadOnly() and not page.kind_combo.isEnabled()
    assert not page.save_button.isVisible() and not page.new_button.isVisible() and not page.delete_button.isVisible()
    assert page.readonly_hint.isVisible()


def test_the_page_is_in_the_navigation_for_everyone(qtbot: QtBot, ctx: AppContext) -> None:
    from scrm_desktop.views.main_window import page_specs

    spec = next(s for s in page_specs() if s.key == "regions")
    assert spec.permission is None
    assert spec.title == "地区"
    assert page_specs()[[s.key for s in page_specs()].index("regions")].module.endswith(":RegionsPage")
    page = make_page(qtbot, ctx)
    assert page.tree_model.data(page.tree_model.index_of("440305"), CODE_ROLE) == "440305"
