"""Demo service providers and installers: 9 providers with 3–8 installers each (small), or about
300 providers and 3,000 installers (large), always the same.

The small set is written through the parties services (validated and audited like user input):
providers in Guangzhou, Shenzhen, Foshan, Dongguan, Nanning, Guilin, Changsha and Lanzhou, one of
each provider type, so the demo tier rules (核心代理商, 直营 …) have providers to match. Installer
张师傅 of 广州天河恒通 is linked to the demo login ``installer_zhang``. ``large`` adds generated
providers over every province with bulk INSERTs. ID numbers pass the GB 11643 check.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from scrm_desktop.models import Installer, InstallerRegion, Provider, ProviderRegion, ProviderType, User
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit, parties
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.regions import RegionIndex, RegionInfo, region_index

SEED = 20261124
LARGE_PROVIDERS = 300
LARGE_INSTALLERS = 3_000
INSERT_CHUNK = 5_000
ZHANG_USERNAME = "installer_zhang"


@dataclass(frozen=True)
class DemoProvider:
    code: str
    name: str
    provider_type: str
    contact: str
    phone: str
    address: str
    bank: str
    tax_id: str
    regions: tuple[str, ...]
    installers: int


PROVIDERS: tuple[DemoProvider, ...] = (
    DemoProvider(
        "GZ-HT", "广州天河恒通机电安装服务部", "核心代理商", "黄志明", "020-38825566",
        "广东省广州市天河区天河北路 233 号中信广场 1208 室", "中国工商银行广州天河支行", "92440106MA59QX3L0B",
        ("440106", "440105", "440111"), 8,
    ),
    DemoProvider(
        "GZ-ZY", "广州市直营服务中心", "直营", "陈嘉欣", "020-87651234",
        "广东省广州市越秀区东风中路 437 号越秀城市广场 9 楼", "招商银行广州分行营业部", "91440101MA5CXY3K2P",
        ("440100",), 5,
    ),
    DemoProvider(
        "SZ-XY", "深圳南山鑫源暖通工程有限公司", "核心代理商", "刘振华", "0755-26781122",
        "广东省深圳市南山区科技园南区高新南七道 12 号", "中国建设银行深圳南山支行", "91440300MA5F1K2H7N",
        ("440305", "440304", "440306"), 7,
    ),
    DemoProvider(
        "FS-JD", "佛山顺德佳达家电服务部", "普通服务点", "梁伟健", "0757-22336688",
        "广东省佛山市顺德区大良街道清晖路 88 号", "广东顺德农村商业银行大良支行", "92440606MA52H8LT6X",
        ("440606", "440604"), 4,
    ),
    DemoProvider(
        "DG-HX", "东莞华兴机电设备安装有限公司", "普通服务点", "叶国强", "0769-22881199",
        "广东省东莞市南城街道鸿福路 106 号", "中国农业银行东莞南城支行", "91441900MA4WKP5R3C",
        ("441900",), 5,
    ),
    DemoProvider(
        "NN-LH", "南宁利恒空调安装服务部", "核心代理商", "韦少华", "0771-5567788",
        "广西壮族自治区南宁市青秀区民族大道 136 号", "广西北部湾银行南宁青秀支行", "92450103MA5L2QH0XD",
        ("450100",), 6,
    ),
    DemoProvider(
        "GL-SY", "桂林顺源家电维修服务中心", "普通服务点", "蒋文斌", "0773-2834455",
        "广西壮族自治区桂林市七星区漓江路 27 号", "桂林银行七星支行", "92450305MA5KX7RD2M",
        ("450300",), 3,
    ),
    DemoProvider(
        "CS-XC", "长沙星城机电安装服务部", "普通服务点", "谭建军", "0731-84456677",
        "湖南省长沙市芙蓉区五一大道 389 号华美欧大厦 15 楼", "长沙银行芙蓉支行", "92430102MA4QF9TG1K",
        ("430100",), 4,
    ),
    DemoProvider(
        "LZ-HD", "兰州城关宏达暖通安装有限公司", "核心代理商", "马永福", "0931-8812345",
        "甘肃省兰州市城关区庆阳路 77 号", "兰州银行城关支行", "91620102MA71UJ3P5W",
        ("620102", "620103", "620104"), 5,
    ),
)  # fmt: skip
INACTIVE_INSTALLERS = ("SZ-XY-07",)  # left the provider: kept for history

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢钟谭陆韦覃莫"
)
GIVEN = (
    "建华", "志强", "国庆", "永明", "海涛", "文杰", "俊峰", "伟东", "小军", "德胜", "金龙", "宏伟", "振宇",
    "光明", "家豪", "春生", "立新", "晓峰", "明辉", "少波", "世荣", "保国", "勇", "斌", "磊", "强", "鹏", "军",
)  # fmt: skip
# (bank, first digits of its debit cards)
BANKS = (
    ("中国工商银行", "622202"),
    ("中国建设银行", "621700"),
    ("中国农业银行", "622848"),
    ("中国银行", "621661"),
    ("招商银行", "622588"),
    ("交通银行", "622260"),
    ("中国邮政储蓄银行", "621799"),
)
MOBILE_PREFIXES = ("130", "133", "135", "136", "137", "138", "139", "150", "151", "158", "166", "177", "186", "189")
PROVIDER_WORDS = (
    "恒通",
    "鑫源",
    "佳达",
    "华兴",
    "利恒",
    "顺源",
    "宏达",
    "安泰",
    "诚信",
    "百家",
    "万家",
    "联创",
    "速达",
)
PROVIDER_KINDS = (
    "机电安装服务部",
    "暖通工程有限公司",
    "家电服务中心",
    "机电设备安装有限公司",
    "空调安装服务部",
    "家电维修服务部",
    "新能源技术服务有限公司",
)
NOTES = ("", "", "", "", "持电工证", "持高处作业证", "擅长中央空调", "周末可接单", "自带工具车")


# --- generated values ---------------------------------------------------------------------------


def demo_id_number(rng: random.Random, region_code: str, taken: set[str]) -> str:
    """A valid 18-digit ID number issued in ``region_code`` for someone born 1965–1999."""
    while True:
        birth = f"{rng.randint(1965, 1999)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        first17 = f"{region_code}{birth}{rng.randrange(1000):03d}"
        number = first17 + parties.id_check_character(first17)
        if number not in taken:
            taken.add(number)
            return number


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def _bank(rng: random.Random, city: str) -> tuple[str, str]:
    bank, bin_digits = rng.choice(BANKS)
    return f"{bank}{city}支行", bin_digits + f"{rng.randrange(10**13):013d}"


def _city_short(index: RegionIndex, code: str) -> str:
    """The short name of the prefecture-level city of ``code`` (the province for municipalities)."""
    path = index.path(code)
    found = next((r for r in path if r.level == 2), path[0])
    return found.short


def _installer_regions(rng: random.Random, index: RegionIndex, covered: Sequence[str]) -> list[str]:
    """None (wherever the provider works) or one or two regions inside the provider's."""
    if rng.random() < 0.4:
        return []
    code = rng.choice(covered)
    children = index.children(code)
    if children and rng.random() < 0.7:
        return sorted({c.code for c in rng.sample(children, min(len(children), rng.choice((1, 2))))})
    return [code]


def _id_region(rng: random.Random, index: RegionIndex, covered: Sequence[str]) -> str:
    """A county-level code near the provider: where an installer's ID was most likely issued."""
    code = rng.choice(covered)
    children = index.children(code)
    return rng.choice(children).code if children else code


# --- the small set, through the services ------------------------------------------------------


def _user_id(session: Session, username: str) -> uuid.UUID | None:
    return session.scalar(select(User.id).where(User.username == username))


def load_small(session: Session, actor: Actor, rng: random.Random, taken: set[str]) -> tuple[int, int]:
    """The hand-written providers and their installers; returns ``(providers, installers)``."""
    index = region_index()
    types = {t.name: t.id for t in parties.list_provider_types(session, actor)}
    zhang = _user_id(session, ZHANG_USERNAME)
    installers = 0
    for demo in PROVIDERS:
        city = _city_short(index, demo.regions[0])
        bank, account = _bank(rng, city)
        provider = parties.create_provider(
            session,
            actor,
            code=demo.code,
            name=demo.name,
            provider_type_id=types[demo.provider_type],
            contact_name=demo.contact,
            phone=demo.phone,
            address=demo.address,
            bank_name=demo.bank or bank,
            bank_account=account,
            account_name=demo.name,
            tax_id=demo.tax_id,
            region_codes=demo.regions,
        )
        for n in range(1, demo.installers + 1):
            code = f"{demo.code}-{n:02d}"
            linked = zhang if demo.code == "GZ-HT" and n == 1 else None
            regions = ["440106"] if linked is not None else _installer_regions(rng, index, demo.regions)
            bank, account = _bank(rng, city)
            installer = parties.create_installer(
                session,
                actor,
                code=code,
                name="张师傅" if linked is not None else _person(rng),
                provider_id=provider.id,
                phone=_mobile(rng),
                id_number=demo_id_number(rng, _id_region(rng, index, demo.regions), taken),
                bank_name=bank,
                bank_account=account,
                tax_mode="self_invoice" if rng.random() < 0.2 else "withheld",
                user_id=linked,
                region_codes=regions,
                notes=rng.choice(NOTES),
            )
            installers += 1
            if code in INACTIVE_INSTALLERS:
                parties.set_installer_active(
                    session, actor, installer.id, expected_version=installer.version, active=False
                )
    return len(PROVIDERS), installers


# --- the large set, in bulk ---------------------------------------------------------------------


def _large_places(index: RegionIndex) -> list[RegionInfo]:
    """Regions a generated provider covers: every prefecture-level city, and the districts of the
    municipalities (their children are districts directly)."""
    places: list[RegionInfo] = []
    for province in index.children(None):
        places.extend(index.children(province.code))
    return places


def large_rows(
    index: RegionIndex,
    type_ids: Sequence[Any],
    *,
    providers: int,
    installers: int,
    rng: random.Random,
    taken: set[str],
) -> dict[str, list[dict[str, Any]]]:
    """Rows for ``providers`` providers with ``installers`` installers between them, for bulk INSERTs."""
    now = utcnow()
    common = {"version": 1, "updated_by_id": None, "created_at": now, "updated_at": now, "is_active": True}
    places = _large_places(index)
    rng.shuffle(places)
    counts = [installers // providers] * providers
    for n in range(installers % providers):
        counts[n] += 1
    for n in range(0, providers - 1, 2):  # vary the crew sizes, keeping the total
        shift = rng.randint(0, max(0, min(counts[n], counts[n + 1]) - 3))
        counts[n] += shift
        counts[n + 1] -= shift
    out: dict[str, list[dict[str, Any]]] = {
        "providers": [],
        "provider_regions": [],
        "installers": [],
        "installer_regions": [],
    }
    for p in range(providers):
        place = places[p % len(places)]
        city = _city_short(index, place.code)
        provider_id = new_id()
        code = f"P{p + 1:04d}"
        name = f"{city}{rng.choice(PROVIDER_WORDS)}{rng.choice(PROVIDER_KINDS)}"
        bank, account = _bank(rng, city)
        out["providers"].append(
            {
                **common,
                "id": provider_id,
                "code": code,
                "name": name,
                "provider_type_id": type_ids[rng.choice((0, 1, 1, 1, 2))],
                "contact_name": _person(rng),
                "phone": _mobile(rng),
                "address": f"{index.path_name(place.code, '')}{rng.choice(('人民路', '建设路', '中山路', '解放路'))}"
                f"{rng.randint(1, 500)}号",
                "bank_name": bank,
                "bank_account": account,
                "account_name": name,
                "tax_id": "",
                "notes": "",
            }
        )
        out["provider_regions"].append({"provider_id": provider_id, "region_code": place.code})
        for n in range(1, counts[p] + 1):
            installer_id = new_id()
            bank, account = _bank(rng, city)
            out["installers"].append(
                {
                    **common,
                    "id": installer_id,
                    "code": f"{code}-{n:02d}",
                    "name": _person(rng),
                    "provider_id": provider_id,
                    "phone": _mobile(rng),
                    "id_number": demo_id_number(rng, _id_region(rng, index, [place.code]), taken),
                    "bank_name": bank,
                    "bank_account": account,
                    "tax_mode": "self_invoice" if rng.random() < 0.2 else "withheld",
                    "user_id": None,
                    "notes": rng.choice(NOTES),
                }
            )
            for region in _installer_regions(rng, index, [place.code]):
                out["installer_regions"].append({"installer_id": installer_id, "region_code": region})
    return out


def _insert(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), INSERT_CHUNK):
        session.execute(insert(model), rows[start : start + INSERT_CHUNK])


def load_large(
    session: Session, actor: Actor, *, providers: int, installers: int, rng: random.Random, taken: set[str]
) -> tuple[int, int]:
    """Generated providers and installers written with bulk INSERTs (one audit entry)."""
    types = session.execute(select(ProviderType.id).order_by(ProviderType.sort_order)).scalars().all()
    rows = large_rows(region_index(), types, providers=providers, installers=installers, rng=rng, taken=taken)
    _insert(session, Provider, rows["providers"])
    _insert(session, ProviderRegion, rows["provider_regions"])
    _insert(session, Installer, rows["installers"])
    _insert(session, InstallerRegion, rows["installer_regions"])
    session.flush()
    written = (len(rows["providers"]), len(rows["installers"]))
    audit.record(
        session,
        actor,
        "provider.demo",
        "provider",
        "*",
        after={"providers": written[0], "installers": written[1]},
        summary=f"{written[0]} demo providers, {written[1]} demo installers",
    )
    return written


def load_demo_parties(session: Session, actor: Actor, size: str) -> tuple[int, int]:
    """Provider types, the small set, and for ``large`` generated rows up to about 300 providers
    and 3,000 installers; returns ``(providers, installers)``."""
    parties.ensure_default_provider_types(session, actor)
    rng = random.Random(SEED)
    taken: set[str] = set()
    providers, installers = load_small(session, actor, rng, taken)
    if size == "large":
        more = load_large(
            session,
            actor,
            providers=LARGE_PROVIDERS - providers,
            installers=LARGE_INSTALLERS - installers,
            rng=rng,
            taken=taken,
        )
        providers, installers = providers + more[0], installers + more[1]
    return providers, installers
