"""Demo customers and owner rules: about 2,000 (small) or 100,000 (large), always the same.

Names, phone numbers and addresses are drawn from a seeded ``random.Random`` over every region
in the region table, so each province appears; Guangdong (where the demo company sits) gets a
quarter of them. Addresses come in the forms people type: full names, short names, without the
province, with spaces. Owners are assigned by the demo owner rules through the resolver.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrm_desktop.models import Region, RegionGroup, User
from scrm_desktop.services import audit
from scrm_desktop.services.customers import NewCustomer, create_owner_rule, insert_customers
from scrm_desktop.services.permissions import Actor

SIZES = {"small": 2_000, "large": 100_000}
SEED = 20261122
HOME_PROVINCE = "440000"  # 广东
HOME_SHARE = 0.25

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
    "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红梅鑫鹏飞斌宇浩凯晨阳建国建华志强志明海燕海涛文"
    "静雪梅丹丹晓东晓明俊杰子涵梓萱欣怡雨涵浩然宇轩嘉怡思远佳琪一鸣"
)
COMPANY_WORDS = (
    "华创",
    "恒达",
    "鼎盛",
    "宏图",
    "金桥",
    "顺发",
    "远景",
    "嘉和",
    "新航",
    "瑞丰",
    "泰安",
    "博源",
    "众诚",
    "天合",
)
COMPANY_KINDS = (
    "机电设备有限公司",
    "科技有限公司",
    "物业管理有限公司",
    "酒店管理有限公司",
    "餐饮管理有限公司",
    "贸易有限公司",
    "建筑工程有限公司",
    "置业有限公司",
)
_ROAD_NAMES = "人民解放中山建设和平新华胜利文化迎宾滨江科技学府光明长江黄河东风青年工业振兴"
ROADS = tuple(_ROAD_NAMES[i : i + 2] for i in range(0, len(_ROAD_NAMES), 2))
ROAD_KINDS = ("路", "街", "大道", "东路", "西路", "南路", "北路")
ESTATES = ("阳光花园", "碧桂园", "万科城", "幸福里", "锦绣家园", "翠湖苑", "恒大名都", "金色家园", "丽景湾", "世纪新城")
MOBILE_PREFIXES = tuple(
    f"1{n}"
    for n in (
        30,
        31,
        32,
        33,
        35,
        36,
        37,
        38,
        39,
        47,
        50,
        51,
        52,
        55,
        56,
        57,
        58,
        59,
        66,
        76,
        77,
        80,
        86,
        87,
        88,
        89,
        99,
    )
)
TAGS = ("VIP", "老客户", "新客户", "商户", "企业客户", "售后重点", "空调", "热水器", "净水器", "安防", "光伏", "充电桩")
NOTES = ("", "", "", "", "", "需提前电话预约", "周末上门", "门卫处登记", "有大型犬", "仅工作日 9–18 点")


@dataclass(frozen=True)
class _Place:
    """A region without children (a district, or a city/province that has none), with its path."""

    code: str
    path: tuple[Region, ...]  # province first


def _places(session: Session) -> tuple[list[_Place], list[_Place]]:
    """(places in the home province, all other places)."""
    regions = {r.code: r for r in session.scalars(select(Region))}
    parents = {r.parent_code for r in regions.values() if r.parent_code}
    home: list[_Place] = []
    other: list[_Place] = []
    for code in sorted(regions):
        if code in parents:
            continue
        path: list[Region] = []
        current: Region | None = regions[code]
        while current is not None:
            path.append(current)
            current = regions.get(current.parent_code) if current.parent_code else None
        place = _Place(code, tuple(reversed(path)))
        (home if place.path[0].code == HOME_PROVINCE else other).append(place)
    return home, other


def _address(rng: random.Random, place: _Place) -> str:
    street = f"{rng.choice(ROADS)}{rng.choice(ROAD_KINDS)}{rng.randint(1, 999)}号"
    if rng.random() < 0.4:
        street += f"{rng.choice(ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 32)}{rng.randint(1, 4):02d}室"
    province, *below = place.path
    form = rng.random()
    if form < 0.5 or not below:
        parts = [r.name for r in place.path]
    elif form < 0.7:
        parts = [province.short, *(r.short if r.level == 2 else r.name for r in below)]
    elif form < 0.9 and len(below) >= 2:
        parts = [r.name for r in below]  # without the province: 深圳市南山区…
    else:
        return " ".join([*(r.name for r in place.path), street])
    return "".join(parts) + street


def _name(rng: random.Random, place: _Place) -> str:
    if rng.random() < 0.15:
        city = place.path[1] if len(place.path) > 1 else place.path[0]
        return f"{city.short}{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_KINDS)}"
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def _phone(rng: random.Random, taken: set[str]) -> str:
    while True:
        number = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        if number not in taken:
            taken.add(number)
            return number


def demo_customers(session: Session, count: int, seed: int = SEED) -> list[NewCustomer]:
    """``count`` realistic customers (the same for the same seed) placed over every region."""
    rng = random.Random(seed)
    home, other = _places(session)
    if not home and not other:
        return []
    taken: set[str] = set()
    result: list[NewCustomer] = []
    for _ in range(count):
        pool = home if home and (rng.random() < HOME_SHARE or not other) else other
        place = rng.choice(pool)
        phone = _phone(rng, taken)
        shown = f"{phone[:3]} {phone[3:7]} {phone[7:]}" if rng.random() < 0.1 else phone
        tags = rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2, 3)))
        channels: dict[str, str] = {}
        if rng.random() < 0.3:
            channels["wecom"] = f"wm{rng.getrandbits(40):010x}"
        if rng.random() < 0.15:
            channels["douyin"] = f"dy{rng.randrange(10**9):09d}"
        if rng.random() < 0.15:
            channels["taobao"] = f"tb_{rng.getrandbits(32):08x}"
        result.append(
            NewCustomer(
                name=_name(rng, place),
                phone=shown,
                phone_digits=phone,
                address=_address(rng, place),
                region_code=place.code,
                tags=tags,
                channel_ids=channels,
                notes=rng.choice(NOTES),
            )
        )
    return result


def _user_id(session: Session, username: str) -> uuid.UUID | None:
    return session.scalar(select(User.id).where(User.username == username))


def _group_id(session: Session, name: str) -> uuid.UUID | None:
    return session.scalar(select(RegionGroup.id).where(RegionGroup.name == name))


# (rule name, region code, region group name, owner username, pool)
DEMO_RULES: Sequence[tuple[str, str | None, str | None, str | None, str | None]] = (
    ("全国公海", None, None, None, "公海"),
    ("华南大区 → 赵调度", None, "华南", "dispatch", None),
    ("华东大区 → 华东区域池", None, "华东", None, "华东区域池"),
    ("广州市 → 李广州", "440100", None, "gz_editor", None),
    ("深圳市 → 陈深圳", "440300", None, "sz_editor", None),
)


def load_demo_owner_rules(session: Session, actor: Actor) -> None:
    """The demo owner rules; a rule whose group or user is missing is left out."""
    for name, region, group, username, pool in DEMO_RULES:
        group_id = _group_id(session, group) if group else None
        user_id = _user_id(session, username) if username else None
        if (group and group_id is None) or (username and user_id is None):
            continue
        create_owner_rule(
            session,
            actor,
            name=name,
            region_code=region,
            region_group_id=group_id,
            owner_user_id=user_id,
            owner_pool=pool,
        )


def load_demo_customers(session: Session, actor: Actor, size: str) -> int:
    """Owner rules, then ``SIZES[size]`` customers inserted in bulk; returns the count."""
    load_demo_owner_rules(session, actor)
    customers = demo_customers(session, SIZES.get(size, SIZES["small"]))
    insert_customers(session, actor, customers)
    audit.record(
        session,
        actor,
        "customer.demo",
        "customer",
        "*",
        after={"written": len(customers)},
        summary=f"{len(customers)} demo customers",
    )
    return len(customers)
