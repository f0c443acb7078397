"""Demo tier rules for both price books, created through the service (so the tie lint checks them).

Settlement (what installers earn): 二档 nationally; 一线城市 三档; 西北 and 西藏 一档; 核心代理商
one tier up (三档 nationally, 二档 in 西北); repairs 一档; 光伏安装 and complexity-5 jobs 三档;
直营 in 广州 二档; a summer peak for repairs in 深圳 (三档, June to August of this year). Sales
(customer prices) follow the regions and use the service levels for 光伏 (尊享) and repairs (基础).
National rules that share a dimension count differ in priority, so no two rules can tie.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from scrm_desktop.services import pricing, regions, tier_rules
from scrm_desktop.services.permissions import Actor

GUANGZHOU, SHENZHEN, TIBET = "440100", "440300", "540000"

# (book, name, tier code, scope fields); "group" names a demo region group.
DEMO_RULES: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("settlement", "全国默认二档", "T2", {}),
    ("settlement", "一线城市三档", "T3", {"group": "一线城市"}),
    ("settlement", "西北一档", "T1", {"group": "西北"}),
    ("settlement", "西藏一档", "T1", {"region_code": TIBET}),
    ("settlement", "核心代理商升一档（全国三档）", "T3", {"provider_type": "核心代理商", "priority": 10}),
    ("settlement", "西北核心代理商升一档（二档）", "T2", {"group": "西北", "provider_type": "核心代理商"}),
    ("settlement", "复杂度5级三档", "T3", {"complexity": 5, "priority": 9}),
    ("settlement", "光伏安装三档", "T3", {"item_category": "PV-INSTALL", "priority": 8}),
    ("settlement", "维修一档", "T1", {"scenario": "维修", "priority": 5}),
    ("settlement", "广州直营二档", "T2", {"region_code": GUANGZHOU, "provider_type": "直营"}),
    ("settlement", "深圳夏季维修旺季三档", "T3", {"region_code": SHENZHEN, "scenario": "维修", "summer": True}),
    ("sales", "全国默认二档", "T2", {}),
    ("sales", "一线城市三档", "T3", {"group": "一线城市"}),
    ("sales", "西北一档", "T1", {"group": "西北"}),
    ("sales", "光伏安装尊享", "P", {"item_category": "PV-INSTALL", "priority": 8}),
    ("sales", "维修基础价", "B", {"scenario": "维修", "priority": 5}),
)


def load_demo_tier_rules(session: Session, actor: Actor) -> int:
    """Create the demo tier rules (after the demo tiers, groups and catalog); returns how many."""
    tiers = {t.code: t.id for t in pricing.list_tiers(session, actor)}
    groups = {g.name: g.id for g in regions.list_groups(session, actor)}
    year = pricing.business_today(actor).year
    count = 0
    for book, name, tier, scope in DEMO_RULES:
        fields = dict(scope)
        if "group" in fields:
            fields["region_group_id"] = groups[fields.pop("group")]
        if fields.pop("summer", False):
            fields["valid_from"], fields["valid_to"] = dt.date(year, 6, 1), dt.date(year, 8, 31)
        tier_rules.create_tier_rule(session, actor, book=book, name=name, tier_id=tiers[tier], **fields)
        count += 1
    return count
