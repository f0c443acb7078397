"""The region dashboard: counts per province, region group and owner, bars that open the customers."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import customers, regions, users
from scrm_desktop.services.customers import CountRow
from scrm_desktop.services.permissions import Actor
from scrm_desktop.views import main_window
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.main_window import MainWindow, PageSpec
from scrm_desktop.views.page import Page
from scrm_desktop.views.pages.dashboard import (
    TOP_BARS,
    Breakdown,
    BreakdownPanel,
    CountChart,
    RegionDashboardPage,
    chart_bars,
    nice_step,
)

PASSWORD = "Admin-pass-1"
GZ_TIANHE = "440106"  # 广东省 / 广州市 / 天河区
GZ_HAIZHU = "440105"
SZ_NANSHAN = "440305"
BJ_CHAOYANG = "110105"


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


@pytest.fixture
def li(ctx: AppContext) -> uuid.UUID:
    """李广州, a dispatcher who owns the customers of Guangzhou."""
    with ctx.db.session() as session:
        return users.create_user(
            session, ctx.actor, username="gz", display_name="李广州", password="Gz-pass-12", roles=["dispatcher"]
        ).id


@pytest.fixture
def data(ctx: AppContext, li: uuid.UUID) -> dict[str, Any]:
    """6 customers: 3 in Guangzhou (owned by 李广州), 2 in Shenzhen and 1 in Beijing (pool 公海);
    region group 华南 holds Guangdong."""
    with ctx.db.session() as session:
        south = regions.create_group(session, ctx.actor, name="华南", kind="area", region_codes=["440000"])
        customers.create_owner_rule(session, ctx.actor, name="全国公海", owner_pool="公海")
        customers.create_owner_rule(session, ctx.actor, name="广州 → 李广州", region_code="440100", owner_user_id=li)
    placed = [
        ("张一", GZ_TIANHE),
        ("张二", GZ_TIANHE),
        ("张三", GZ_HAIZHU),
        ("陈一", SZ_NANSHAN),
        ("陈二", SZ_NANSHAN),
        ("王一", BJ_CHAOYANG),
    ]
    with ctx.db.session() as session:
        for i, (name, code) in enumerate(placed):
            customers.create_customer(session, ctx.actor, name=name, phone=f"1380000{i:04d}", region_code=code)
    return {"south": south.id, "li": li}


def make_page(qtbot: QtBot, ctx: AppContext) -> RegionDashboardPage:
    page = RegionDashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, data: dict[str, Any]) -> RegionDashboardPage:
    return make_page(qtbot, ctx)


def table(panel: BreakdownPanel) -> list[tuple[str, str, str]]:
    proxy = panel.proxy
    return [tuple(str(proxy.index(r, c).data()) for c in range(3)) for r in range(proxy.rowCount())]  # type: ignore[misc]


def bars(panel: BreakdownPanel) -> list[tuple[str, int]]:
    return [(bar.label, bar.count) for bar in panel.chart.bars]


def series_values(chart: CountChart) -> list[float]:
    """What the chart draws, top to bottom."""
    assert chart.bar_set is not None
    return [chart.bar_set.at(i) for i in reversed(range(chart.bar_set.count()))]


def click_bar(qtbot: QtBot, chart: CountChart, index: int) -> None:
    """Click the middle of bar ``index`` (0 = the top one) like a user would."""
    assert chart.series is not None
    bar = chart.bars[index]
    inside = chart.chart().mapToPosition(QPointF(bar.count / 2, chart.bar_position(index)), chart.series)
    point = chart.mapFromScene(chart.chart().mapToScene(inside))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)


# --- the figures ------------------------------------------------------------------------------------


def test_counts_per_province_group_and_owner(page: RegionDashboardPage, qtmodeltester: Any) -> None:
    assert page.body.currentWidget() is page.tabs
    assert page.summary.text() == page.tr("Customers: {total}").format(total=6)
    assert [page.tabs.tabText(i) for i in range(3)] == ["按省份", "按区域分组", "按负责人"]

    province = page.panels[Breakdown.PROVINCE]
    assert table(province) == [("广东省", "5", "83.3%"), ("北京市", "1", "16.7%")]
    assert bars(province) == [("广东", 5), ("北京", 1)]  # short names on the chart
    assert series_values(province.chart) == [5, 1]

    group = page.panels[Breakdown.GROUP]
    assert table(group) == [("华南", "5", "83.3%")]

    owner = page.panels[Breakdown.OWNER]
    assert table(owner) == [("公海（客户池）", "3", "50.0%"), ("李广州", "3", "50.0%")]
    for panel in page.panels.values():
        qtmodeltester.check(panel.model)


def test_a_branch_editor_counts_only_their_region(qtbot: QtBot, ctx: AppContext, data: dict[str, Any]) -> None:
    with ctx.db.session() as session:
        users.create_user(
            session,
            ctx.actor,
            username="sz",
            display_name="陈深圳",
            password="Sz-pass-123",
            roles=["branch_editor"],
            region_scope=["440300"],
            must_change_password=False,
        )
        editor = users.authenticate(session, "sz", "Sz-pass-123")
    page = make_page(qtbot, AppContext(ctx.db, editor, Settings()))
    assert page.summary.text() == page.tr("Customers: {total}").format(total=2)
    assert table(page.panels[Breakdown.PROVINCE]) == [("广东省", "2", "100.0%")]
    assert table(page.panels[Breakdown.OWNER]) == [("公海（客户池）", "2", "100.0%")]


def test_refresh_shows_customers_added_meanwhile(page: RegionDashboardPage, qtbot: QtBot) -> None:
    with page.ctx.db.session() as session:
        customers.create_customer(session, page.ctx.actor, name="新客户", phone="13900001111", region_code=BJ_CHAOYANG)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert table(page.panels[Breakdown.PROVINCE])[1] == ("北京市", "2", "28.6%")


def test_empty_state_without_customers(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    assert page.body.currentWidget() is page.empty
    assert page.empty.isVisible()
    assert page.empty_title.text() == "还没有客户。"
    assert not page.tabs.isVisible()


def test_a_breakdown_without_entries_says_why(qtbot: QtBot, ctx: AppContext, li: uuid.UUID) -> None:
    with ctx.db.session() as session:  # customers, but no region groups
        customers.create_customer(session, ctx.actor, name="王一", phone="13800000001", region_code=BJ_CHAOYANG)
    page = make_page(qtbot, ctx)
    page.set_breakdown(Breakdown.GROUP)
    group = page.panels[Breakdown.GROUP]
    assert group.stack.currentWidget() is group.message
    assert group.message.isVisible()
    assert "区域分组" in group.message.text()


# --- bars and rows open the customers --------------------------------------------------------------


def test_clicking_a_bar_asks_for_those_customers(page: RegionDashboardPage, qtbot: QtBot, data: dict[str, Any]) -> None:
    province = page.panels[Breakdown.PROVINCE]
    with qtbot.waitSignal(page.filter_requested) as province_signal:
        click_bar(qtbot, province.chart, 1)
    assert province_signal.args == [{"region_code": "110000"}]

    page.set_breakdown(Breakdown.GROUP)
    with qtbot.waitSignal(page.filter_requested) as group_signal:
        click_bar(qtbot, page.panels[Breakdown.GROUP].chart, 0)
    assert group_signal.args == [{"group_id": data["south"]}]

    page.set_breakdown(Breakdown.OWNER)
    owner = page.panels[Breakdown.OWNER]
    li_index = next(i for i, bar in enumerate(owner.chart.bars) if bar.label == "李广州")
    with qtbot.waitSignal(page.filter_requested) as owner_signal:
        click_bar(qtbot, owner.chart, li_index)
    assert owner_signal.args == [{"owner_key": f"user:{data['li']}"}]


def test_double_clicking_a_row_or_the_button_asks_for_those_customers(page: RegionDashboardPage, qtbot: QtBot) -> None:
    page.set_breakdown(Breakdown.OWNER)
    owner = page.panels[Breakdown.OWNER]
    assert not owner.show_button.isEnabled()
    row = [r.label for r in owner.shown_rows()].index("公海")
    rect = owner.view.visualRect(owner.proxy.index(row, 0))
    with qtbot.waitSignal(page.filter_requested) as signal:
        qtbot.mouseClick(owner.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(owner.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [{"owner_key": "pool:公海"}]

    assert owner.show_button.isEnabled()
    with qtbot.waitSignal(page.filter_requested) as again:
        qtbot.mouseClick(owner.show_button, Qt.MouseButton.LeftButton)
    assert again.args == [{"owner_key": "pool:公海"}]


class FakeCustomersPage(Page):
    """Stands in for the customers page: records the filters the dashboard sets."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filters: list[dict[str, Any]] = []

    def set_filter(self, **kwargs: Any) -> None:
        self.filters.append(kwargs)


def test_the_main_window_opens_the_customers_page_filtered(
    qtbot: QtBot, ctx: AppContext, data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    specs = [
        PageSpec("customers", "客户", "mdi6.account-outline", f"{__name__}:FakeCustomersPage"),
        PageSpec("dashboard", "区域看板", "mdi6.chart-bar", "scrm_desktop.views.pages.dashboard:RegionDashboardPage"),
    ]
    monkeypatch.setattr(main_window, "page_specs", lambda: specs)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, RegionDashboardPage)
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        window.navigate("dashboard")

    click_bar(qtbot, dashboard.panels[Breakdown.PROVINCE].chart, 0)

    assert window.current_key() == "customers"
    fake = window.pages["customers"]
    assert isinstance(fake, FakeCustomersPage)
    assert fake.filters == [{"region_code": "440000"}]


def test_the_dashboard_is_shown_to_those_who_may_read_customers(ctx: AppContext) -> None:
    spec = next(s for s in main_window.page_specs() if s.key == "dashboard")
    with ctx.db.session() as session:
        for username, role in (("disp", "dispatcher"), ("fin", "finance"), ("inst", "installer")):
            users.create_user(
                session, ctx.actor, username=username, display_name=username, password="Some-pass-123", roles=[role]
            )
        allowed = {u: spec.allows(users.authenticate(session, u, "Some-pass-123")) for u in ("disp", "fin", "inst")}
    assert allowed == {"disp": True, "fin": True, "inst": False}


# --- many entries -----------------------------------------------------------------------------------


def rows(n: int) -> list[CountRow]:
    return [CountRow(f"{i:06d}", f"地区{i}", 100 - i) for i in range(n)]


def test_many_entries_show_the_largest_and_other() -> None:
    result = chart_bars(rows(30), lambda r: r.label, "其他", TOP_BARS)
    assert len(result) == TOP_BARS
    assert [b.count for b in result[:-1]] == [100 - i for i in range(TOP_BARS - 1)]
    assert result[-1].row is None
    assert result[-1].label == "其他"
    assert result[-1].count == sum(100 - i for i in range(TOP_BARS - 1, 30))
    assert [b.label for b in chart_bars(rows(TOP_BARS), lambda r: r.label, "其他", TOP_BARS)][
        -1
    ] == f"地区{TOP_BARS - 1}"


@pytest.mark.parametrize(("maximum", "step"), [(0, 1), (3, 1), (7, 2), (23, 5), (115, 50), (57_500, 20_000)])
def test_value_axis_ticks_are_round_numbers(maximum: float, step: int) -> None:
    assert nice_step(maximum) == step


def test_clicking_other_points_to_the_table_and_filters_nothing(
    page: RegionDashboardPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = page.panels[Breakdown.PROVINCE]
    many = [
        CountRow(code, name, 40 - i)
        for i, (code, name) in enumerate((r.code, r.name) for r in regions.region_index().children(None))
    ]
    panel.set_rows(many, sum(r.count for r in many))
    assert panel.proxy.rowCount() == len(many) > TOP_BARS
    assert len(panel.chart.bars) == TOP_BARS
    assert panel.chart.bars[-1].label == "其他"
    assert panel.chart.bar_set is not None
    assert panel.chart.bar_set.isBarSelected(panel.chart.bar_position(TOP_BARS - 1))  # drawn grey
    requested: list[dict[str, Any]] = []
    page.filter_requested.connect(requested.append)

    click_bar(qtbot, panel.chart, TOP_BARS - 1)

    assert requested == []
    assert "其他" in page.notice.text()


def test_duplicate_owner_names_keep_their_own_bars(page: RegionDashboardPage) -> None:
    panel = page.panels[Breakdown.OWNER]
    twins = [CountRow(f"user:{uuid.uuid4()}", "张伟", 5), CountRow(f"user:{uuid.uuid4()}", "张伟", 3)]
    panel.set_rows(twins, 8)
    assert panel.chart.series is not None
    axis = panel.chart.series.attachedAxes()
    categories = next(a for a in axis if hasattr(a, "categories")).categories()
    assert len(categories) == 2
    assert series_values(panel.chart) == [5, 3]


def test_long_names_are_elided_on_the_axis_but_whole_in_the_table(page: RegionDashboardPage) -> None:
    panel = page.panels[Breakdown.OWNER]
    long_name = "李广州（广州分公司天河区第二服务站售后维修组）"
    panel.set_rows([CountRow("user:x", long_name, 1)], 1)
    assert panel.chart.series is not None
    axis = next(a for a in panel.chart.series.attachedAxes() if hasattr(a, "categories"))
    shown = axis.categories()[0]
    assert shown != long_name and shown.endswith("…")
    assert panel.proxy.index(0, 0).data() == long_name
    assert panel.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == long_name


def test_actor_without_permission_gets_the_error(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scrm_desktop.views import tasks

    shown: list[BaseException] = []
    monkeypatch.setattr(tasks, "show_error", lambda _parent, exc: shown.append(exc))
    installer = Actor(uuid.uuid4(), "inst", "张师傅", frozenset({"installer"}))
    page = RegionDashboardPage(AppContext(ctx.db, installer, Settings()))
    qtbot.addWidget(page)
    page.refresh()
    assert page.task is not None
    with qtbot.waitSignal(page.task.finished, timeout=10_000):
        pass
    assert len(shown) == 1
    assert "张师傅" in str(shown[0])
    assert page.stats is None
