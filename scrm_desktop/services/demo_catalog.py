"""Demo catalog: category trees, about 65 service items, 80 spare parts and 9 service packages.

The small set is written through the catalog services (validated and audited like user input).
``large`` adds generated brand/model variants of those rows in bulk until the catalog holds
20,000 items and parts, for the price grid's performance. Everything is the same on every run.
"""

from __future__ import annotations

import random
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from scrm_desktop.models import CatalogItem
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit, catalog
from scrm_desktop.services.permissions import Actor

SEED = 20261123
LARGE_TOTAL = 20_000
INSERT_CHUNK = 5_000
GUANGZHOU, SHENZHEN = "440100", "440300"

# (code, name, parent code or None)
SERVICE_CATEGORIES: tuple[tuple[str, str, str | None], ...] = (
    ("INSTALL", "安装", None),
    ("AC-INSTALL", "空调安装", "INSTALL"),
    ("WH-INSTALL", "热水器安装", "INSTALL"),
    ("WP-INSTALL", "净水器安装", "INSTALL"),
    ("PV-INSTALL", "光伏安装", "INSTALL"),
    ("EV-INSTALL", "充电桩安装", "INSTALL"),
    ("COMMISSION", "调试", None),
    ("REPAIR", "维修", None),
    ("AC-REPAIR", "空调维修", "REPAIR"),
    ("WH-REPAIR", "热水器维修", "REPAIR"),
    ("WP-REPAIR", "净水器维修", "REPAIR"),
    ("EV-REPAIR", "充电桩维修", "REPAIR"),
    ("MAINTAIN", "保养", None),
    ("EXTRA", "勘测与附加服务", None),
)
PART_CATEGORIES: tuple[tuple[str, str, str | None], ...] = (
    ("P-PIPES", "管材线材", None),
    ("P-PIPE", "铜管", "P-PIPES"),
    ("P-CABLE", "线缆", "P-PIPES"),
    ("P-MOUNT", "安装辅材", None),
    ("P-BRACKET", "支架", "P-MOUNT"),
    ("P-CONSUM", "辅材耗材", "P-MOUNT"),
    ("P-FITTINGS", "配件", None),
    ("P-VALVE", "阀门", "P-FITTINGS"),
    ("P-FILTER", "滤芯", "P-FITTINGS"),
    ("P-ELECTRIC", "电气件", None),
    ("P-BOARD", "主板", "P-ELECTRIC"),
    ("P-SENSOR", "传感器", "P-ELECTRIC"),
    ("P-ELEC", "电气元件", "P-ELECTRIC"),
)

# (category code, code, name, unit, spec, complexity, owner region)
Row = tuple[str, str, str, str, str, int, str | None]
SERVICE_ITEMS: tuple[Row, ...] = (
    ("AC-INSTALL", "S-AC-WALL-1", "空调挂机安装（1–1.5匹）", "台", "含打孔一个、3 米内管路", 2, None),
    ("AC-INSTALL", "S-AC-WALL-2", "空调挂机安装（2–3匹）", "台", "含打孔一个、3 米内管路", 2, None),
    ("AC-INSTALL", "S-AC-CAB-3", "空调柜机安装（2–3匹）", "台", "含打孔一个、5 米内管路", 3, None),
    ("AC-INSTALL", "S-AC-CAB-5", "空调柜机安装（5匹）", "台", "含打孔一个、5 米内管路", 3, None),
    ("AC-INSTALL", "S-AC-DUCT", "风管机安装", "台", "不含吊顶开孔", 4, None),
    ("AC-INSTALL", "S-AC-VRF-IN", "多联机室内机安装", "台", "", 4, None),
    ("AC-INSTALL", "S-AC-VRF-OUT", "多联机室外机安装", "台", "", 5, None),
    ("AC-INSTALL", "S-AC-MOVE", "空调移机", "台", "拆装各一次", 3, None),
    ("AC-INSTALL", "S-AC-REMOVE", "空调拆机", "台", "", 2, None),
    ("AC-INSTALL", "S-AC-HOLE", "墙体打孔（Φ60–80）", "个", "砖墙、混凝土墙", 1, None),
    ("AC-INSTALL", "S-AC-HOLE-GLASS", "玻璃开孔", "个", "", 2, None),
    ("AC-INSTALL", "S-SZ-HOIST", "高层外机吊装", "次", "深圳 20 层以上", 4, SHENZHEN),
    ("AC-INSTALL", "S-GZ-AC-ARCADE", "骑楼空调外机加固", "台", "广州老城区骑楼", 3, GUANGZHOU),
    ("WH-INSTALL", "S-WH-ELEC", "电热水器安装", "台", "40–80 升", 1, None),
    ("WH-INSTALL", "S-WH-GAS", "燃气热水器安装", "台", "强排式，含排烟管 1 根", 3, None),
    ("WH-INSTALL", "S-WH-SOLAR", "太阳能热水器安装", "台", "", 4, None),
    ("WH-INSTALL", "S-WH-HEATPUMP", "空气能热水器安装", "台", "", 4, None),
    ("WH-INSTALL", "S-WH-KITCHEN", "小厨宝安装", "台", "", 1, None),
    ("WP-INSTALL", "S-WP-RO", "反渗透净水器安装", "台", "厨下式", 2, None),
    ("WP-INSTALL", "S-WP-PRE", "前置过滤器安装", "台", "", 2, None),
    ("WP-INSTALL", "S-WP-CENTRAL", "中央净水机安装", "台", "", 4, None),
    ("WP-INSTALL", "S-WP-SOFT", "软水机安装", "台", "", 4, None),
    ("WP-INSTALL", "S-WP-PIPELINE", "管线机安装", "台", "", 1, None),
    ("PV-INSTALL", "S-PV-MODULE", "屋顶光伏组件安装", "块", "单块 400–550W", 3, None),
    ("PV-INSTALL", "S-PV-INVERTER", "光伏逆变器安装", "台", "", 3, None),
    ("PV-INSTALL", "S-PV-MOUNT", "光伏支架安装", "千瓦", "按装机容量计", 4, None),
    ("PV-INSTALL", "S-PV-GRID", "并网接入施工", "项", "", 4, None),
    ("PV-INSTALL", "S-PV-BATTERY", "储能电池安装", "台", "", 4, None),
    ("EV-INSTALL", "S-EV-7KW", "7kW 交流充电桩安装", "台", "含 30 米内布线", 2, None),
    ("EV-INSTALL", "S-EV-11KW", "11kW 交流充电桩安装", "台", "含 30 米内布线", 3, None),
    ("EV-INSTALL", "S-EV-EXTRA-WIRE", "超出标准布线", "米", "30 米以外部分", 1, None),
    ("EV-INSTALL", "S-EV-POLE", "充电桩立柱安装", "套", "", 2, None),
    ("EV-INSTALL", "S-EV-CONDUIT", "穿管与桥架敷设", "米", "", 1, None),
    ("COMMISSION", "S-AC-VACUUM", "空调抽真空调试", "台", "", 1, None),
    ("COMMISSION", "S-AC-REFILL", "空调加冷媒", "次", "R32 / R410A", 2, None),
    ("COMMISSION", "S-PV-COMMISSION", "光伏系统调试", "项", "", 3, None),
    ("COMMISSION", "S-EV-COMMISSION", "充电桩通电调试", "台", "", 1, None),
    ("COMMISSION", "S-WH-COMMISSION", "热水器点火调试", "台", "", 1, None),
    ("AC-REPAIR", "S-AC-CHECK", "空调上门检测", "次", "", 1, None),
    ("AC-REPAIR", "S-AC-LEAK", "空调漏氟检修", "次", "含检漏、补焊", 3, None),
    ("AC-REPAIR", "S-AC-BOARD", "空调主板更换", "次", "", 3, None),
    ("AC-REPAIR", "S-AC-COMPRESSOR", "压缩机更换", "次", "", 5, None),
    ("AC-REPAIR", "S-AC-FAN", "风机电机更换", "次", "", 3, None),
    ("WH-REPAIR", "S-WH-CHECK", "热水器上门检测", "次", "", 1, None),
    ("WH-REPAIR", "S-WH-HEATER", "电热水器加热管更换", "次", "", 2, None),
    ("WH-REPAIR", "S-WH-FAN", "燃气热水器风机更换", "次", "", 3, None),
    ("WP-REPAIR", "S-WP-LEAK", "净水器漏水检修", "次", "", 2, None),
    ("WP-REPAIR", "S-WP-PUMP", "增压泵更换", "次", "", 2, None),
    ("EV-REPAIR", "S-EV-CHECK", "充电桩故障检测", "次", "", 2, None),
    ("EV-REPAIR", "S-EV-MODULE", "充电模块更换", "次", "", 3, None),
    ("MAINTAIN", "S-AC-CLEAN-WALL", "空调挂机深度清洗", "台", "拆洗滤网、蒸发器、接水盘", 1, None),
    ("MAINTAIN", "S-AC-CLEAN-CAB", "空调柜机深度清洗", "台", "", 2, None),
    ("MAINTAIN", "S-AC-CLEAN-DUCT", "风管机清洗", "台", "", 3, None),
    ("MAINTAIN", "S-WP-FILTER", "净水器换芯服务", "次", "不含滤芯", 1, None),
    ("MAINTAIN", "S-WH-DESCALE", "热水器除垢保养", "台", "", 2, None),
    ("MAINTAIN", "S-PV-CLEAN", "光伏组件清洗", "块", "", 1, None),
    ("MAINTAIN", "S-EV-INSPECT", "充电桩年度巡检", "台", "", 1, None),
    ("EXTRA", "S-SURVEY", "上门勘测", "次", "出具勘测报告", 1, None),
    ("EXTRA", "S-HEIGHT", "高空作业附加（3 米以上）", "次", "需持证上岗", 3, None),
    ("EXTRA", "S-DISTANCE", "远程上门附加（30 公里以上）", "次", "", 1, None),
    ("EXTRA", "S-NIGHT", "夜间及节假日服务附加", "次", "", 1, None),
    ("EXTRA", "S-GZ-STAIRS", "无电梯搬运上楼附加", "层", "广州老城区", 1, GUANGZHOU),
    ("EXTRA", "S-SZ-PERMIT", "物业施工报备代办", "次", "深圳", 1, SHENZHEN),
)
PARTS: tuple[Row, ...] = (
    ("P-PIPE", "P-CU-6-9", "空调铜管 1/4+3/8", "米", "Φ6.35+Φ9.52 壁厚 0.7mm", 1, None),
    ("P-PIPE", "P-CU-6-12", "空调铜管 1/4+1/2", "米", "Φ6.35+Φ12.7 壁厚 0.7mm", 1, None),
    ("P-PIPE", "P-CU-9-16", "空调铜管 3/8+5/8", "米", "Φ9.52+Φ15.88 壁厚 0.8mm", 1, None),
    ("P-PIPE", "P-CU-9-19", "空调铜管 3/8+3/4", "米", "Φ9.52+Φ19.05 壁厚 0.8mm", 1, None),
    ("P-PIPE", "P-CU-12-19", "空调铜管 1/2+3/4", "米", "Φ12.7+Φ19.05 壁厚 0.8mm", 1, None),
    ("P-PIPE", "P-CU-JOINT", "铜管焊接接头", "个", "", 1, None),
    ("P-PIPE", "P-CU-NUT", "铜管喇叭口螺母", "个", "", 1, None),
    ("P-PIPE", "P-SZ-CU-KIT", "高层长管铜管套装", "套", "15 米，含保温", 2, SHENZHEN),
    ("P-CABLE", "P-CAB-BVR-2.5", "电源线 BVR 2.5mm²", "米", "", 1, None),
    ("P-CABLE", "P-CAB-BVR-4", "电源线 BVR 4mm²", "米", "", 1, None),
    ("P-CABLE", "P-CAB-BVR-6", "电源线 BVR 6mm²", "米", "", 1, None),
    ("P-CABLE", "P-CAB-YJV-3X6", "充电桩电缆 YJV 3×6mm²", "米", "", 1, None),
    ("P-CABLE", "P-CAB-YJV-5X4", "充电桩电缆 YJV 5×4mm²", "米", "三相", 1, None),
    ("P-CABLE", "P-CAB-PV-4", "光伏直流电缆 PV1-F 4mm²", "米", "", 1, None),
    ("P-CABLE", "P-CAB-PV-6", "光伏直流电缆 PV1-F 6mm²", "米", "", 1, None),
    ("P-CABLE", "P-CAB-SIGNAL", "空调信号线 RVVP 4×0.75", "米", "", 1, None),
    ("P-CABLE", "P-CAB-CAT5E", "网线 超五类", "米", "", 1, None),
    ("P-CABLE", "P-CAB-MC4", "MC4 光伏连接器", "对", "", 1, None),
    ("P-BRACKET", "P-BR-AC-S", "空调外机支架（1–1.5匹）", "套", "镀锌", 1, None),
    ("P-BRACKET", "P-BR-AC-L", "空调外机支架（2–3匹）", "套", "镀锌", 1, None),
    ("P-BRACKET", "P-BR-AC-SS", "不锈钢空调外机支架", "套", "304 不锈钢", 1, None),
    ("P-BRACKET", "P-BR-FLOOR", "空调落地支架", "套", "", 1, None),
    ("P-BRACKET", "P-BR-PV-CLAMP", "光伏彩钢瓦夹具", "个", "", 1, None),
    ("P-BRACKET", "P-BR-PV-RAIL", "光伏导轨", "米", "铝合金", 1, None),
    ("P-BRACKET", "P-BR-EV-POLE", "充电桩立柱", "套", "", 1, None),
    ("P-BRACKET", "P-BR-WH", "热水器挂架", "套", "", 1, None),
    ("P-BRACKET", "P-GZ-BR-TYPHOON", "防台风加固支架", "套", "广州沿江高层", 2, GUANGZHOU),
    ("P-CONSUM", "P-CS-INSULATION", "铜管保温棉", "米", "", 1, None),
    ("P-CONSUM", "P-CS-WRAP", "包扎带", "卷", "", 1, None),
    ("P-CONSUM", "P-CS-DRAIN", "空调排水管", "米", "Φ16", 1, None),
    ("P-CONSUM", "P-CS-BOLT", "膨胀螺栓 M10", "套", "", 1, None),
    ("P-CONSUM", "P-CS-PUTTY", "密封胶泥", "包", "", 1, None),
    ("P-CONSUM", "P-CS-R32", "冷媒 R32", "千克", "", 1, None),
    ("P-CONSUM", "P-CS-R410A", "冷媒 R410A", "千克", "", 1, None),
    ("P-CONSUM", "P-CS-R22", "冷媒 R22", "千克", "已淘汰，停止使用", 1, None),
    ("P-CONSUM", "P-CS-CONDUIT", "PVC 线管 Φ20", "米", "", 1, None),
    ("P-CONSUM", "P-CS-TRUNKING", "PVC 线槽", "米", "", 1, None),
    ("P-CONSUM", "P-CS-PTFE", "生料带", "卷", "", 1, None),
    ("P-CONSUM", "P-CS-HOSE", "进水软管", "根", "不锈钢编织 60cm", 1, None),
    ("P-CONSUM", "P-CS-GAS-HOSE", "不锈钢波纹燃气管", "米", "", 1, None),
    ("P-CONSUM", "P-CS-FLUE", "排烟管", "根", "Φ60", 1, None),
    ("P-VALVE", "P-VL-ANGLE", "角阀", "个", "", 1, None),
    ("P-VALVE", "P-VL-BALL", "球阀 DN20", "个", "", 1, None),
    ("P-VALVE", "P-VL-PRV", "减压阀", "个", "", 1, None),
    ("P-VALVE", "P-VL-SAFETY", "热水器安全阀", "个", "", 1, None),
    ("P-VALVE", "P-VL-GAS", "燃气阀", "个", "", 2, None),
    ("P-VALVE", "P-VL-3WAY", "空调三通阀", "个", "", 2, None),
    ("P-VALVE", "P-VL-2WAY", "空调二通阀", "个", "", 2, None),
    ("P-VALVE", "P-VL-SOLENOID", "进水电磁阀", "个", "24V", 1, None),
    ("P-FILTER", "P-FT-PP", "PP 棉滤芯 10 寸", "支", "5 微米", 1, None),
    ("P-FILTER", "P-FT-CTO", "压缩活性炭滤芯", "支", "", 1, None),
    ("P-FILTER", "P-FT-UDF", "颗粒活性炭滤芯", "支", "", 1, None),
    ("P-FILTER", "P-FT-RO-50", "RO 反渗透膜 50G", "支", "", 1, None),
    ("P-FILTER", "P-FT-RO-400", "RO 反渗透膜 400G", "支", "", 1, None),
    ("P-FILTER", "P-FT-RO-600", "RO 反渗透膜 600G", "支", "", 1, None),
    ("P-FILTER", "P-FT-T33", "后置 T33 活性炭滤芯", "支", "", 1, None),
    ("P-FILTER", "P-FT-PRE-MESH", "前置过滤器滤网", "个", "40 微米", 1, None),
    ("P-FILTER", "P-FT-COMPOSITE", "复合滤芯", "支", "PP+CTO", 1, None),
    ("P-FILTER", "P-FT-RESIN", "软水树脂", "升", "", 1, None),
    ("P-BOARD", "P-BD-AC-IN", "空调内机主板（通用）", "块", "", 2, None),
    ("P-BOARD", "P-BD-AC-OUT", "空调外机主板（变频）", "块", "", 3, None),
    ("P-BOARD", "P-BD-WH", "电热水器控制板", "块", "", 2, None),
    ("P-BOARD", "P-BD-GAS", "燃气热水器控制器", "块", "", 3, None),
    ("P-BOARD", "P-BD-WP", "净水器电脑板", "块", "", 2, None),
    ("P-BOARD", "P-BD-EV", "充电桩主控板", "块", "", 3, None),
    ("P-BOARD", "P-BD-DISPLAY", "显示板", "块", "", 2, None),
    ("P-SENSOR", "P-SN-TEMP", "温度传感器（感温包）", "个", "", 1, None),
    ("P-SENSOR", "P-SN-PRESSURE", "压力传感器", "个", "", 2, None),
    ("P-SENSOR", "P-SN-FLOW", "水流量传感器", "个", "", 1, None),
    ("P-SENSOR", "P-SN-TDS", "TDS 探头", "个", "", 1, None),
    ("P-SENSOR", "P-SN-LEVEL", "水位传感器", "个", "", 1, None),
    ("P-ELEC", "P-EL-MCB-16", "空气开关 16A", "个", "", 1, None),
    ("P-ELEC", "P-EL-MCB-32", "空气开关 32A", "个", "", 1, None),
    ("P-ELEC", "P-EL-RCD", "漏电保护开关 40A/30mA", "个", "", 1, None),
    ("P-ELEC", "P-EL-CAP-COMP", "压缩机启动电容", "个", "", 1, None),
    ("P-ELEC", "P-EL-CAP-FAN", "风机电容", "个", "", 1, None),
    ("P-ELEC", "P-EL-SOCKET", "16A 空调插座", "个", "", 1, None),
    ("P-ELEC", "P-EL-HEATER", "加热管 2000W", "根", "", 1, None),
    ("P-ELEC", "P-EL-PUMP", "增压泵", "个", "24V", 2, None),
    ("P-ELEC", "P-EL-FAN-MOTOR", "风机电机", "台", "", 2, None),
    ("P-ELEC", "P-EL-COMPRESSOR", "变频压缩机 1.5匹", "台", "", 4, None),
)
INACTIVE = ("P-CS-R22",)

# (code, name, description, owner, [(item code, quantity)])
PACKAGES: tuple[tuple[str, str, str, str | None, tuple[tuple[str, str], ...]], ...] = (
    (
        "PKG-AC-STD",
        "空调标准安装包",
        "挂机 1–1.5 匹：安装、3 米铜管、支架、抽真空",
        None,
        (("S-AC-WALL-1", "1"), ("P-CU-6-9", "3"), ("P-BR-AC-S", "1"), ("P-CS-INSULATION", "3"),
         ("P-CS-DRAIN", "2"), ("P-CS-WRAP", "1"), ("S-AC-VACUUM", "1")),
    ),
    (
        "PKG-AC-CABINET",
        "空调柜机安装包",
        "柜机 2–3 匹：安装、3.5 米铜管、支架、抽真空",
        None,
        (("S-AC-CAB-3", "1"), ("P-CU-6-12", "3.5"), ("P-BR-AC-L", "1"), ("P-CS-INSULATION", "3.5"),
         ("P-CS-DRAIN", "3"), ("S-AC-VACUUM", "1")),
    ),
    (
        "PKG-WH-ELEC",
        "电热水器安装包",
        "",
        None,
        (("S-WH-ELEC", "1"), ("P-BR-WH", "1"), ("P-VL-SAFETY", "1"), ("P-CS-HOSE", "2"), ("P-CS-PTFE", "1")),
    ),
    (
        "PKG-WP-RO",
        "净水器安装包",
        "厨下式反渗透净水器",
        None,
        (("S-WP-RO", "1"), ("P-VL-ANGLE", "1"), ("P-CS-HOSE", "1"), ("P-CS-PTFE", "1")),
    ),
    (
        "PKG-EV-7KW",
        "充电桩标准安装包（30 米）",
        "7kW 交流桩，含 30 米电缆与线管、漏保、调试",
        None,
        (("S-EV-7KW", "1"), ("P-CAB-YJV-3X6", "30"), ("P-CS-CONDUIT", "30"), ("P-EL-RCD", "1"),
         ("S-EV-COMMISSION", "1")),
    ),
    (
        "PKG-PV-10KW",
        "户用光伏 10kW 安装包",
        "18 块组件、逆变器、支架、并网",
        None,
        (("S-PV-MODULE", "18"), ("S-PV-INVERTER", "1"), ("S-PV-MOUNT", "10"), ("S-PV-GRID", "1"),
         ("P-CAB-PV-4", "60"), ("P-CAB-MC4", "4"), ("P-BR-PV-RAIL", "24.5"), ("S-PV-COMMISSION", "1")),
    ),
    (
        "PKG-AC-CLEAN-3",
        "空调清洗保养包（三台）",
        "",
        None,
        (("S-AC-CLEAN-WALL", "3"),),
    ),
    (
        "PKG-WP-ANNUAL",
        "净水器年度换芯包",
        "",
        None,
        (("S-WP-FILTER", "1"), ("P-FT-PP", "2"), ("P-FT-CTO", "1"), ("P-FT-T33", "1")),
    ),
    (
        "PKG-GZ-AC-HIGH",
        "广州高层空调安装包",
        "骑楼与沿江高层：加长铜管、防台风支架",
        GUANGZHOU,
        (("S-AC-WALL-1", "1"), ("P-CU-6-9", "4.5"), ("P-GZ-BR-TYPHOON", "1"), ("S-GZ-AC-ARCADE", "1"),
         ("S-AC-VACUUM", "1")),
    ),
)  # fmt: skip

BRANDS = (
    "格力", "美的", "海尔", "奥克斯", "海信", "大金", "三菱电机", "松下", "史密斯", "万和", "万家乐",
    "沁园", "安吉尔", "立升", "正泰", "德力西", "公牛", "特来电", "星星充电", "阳光电源", "华为", "固德威",
    "隆基", "晶科", "天合",
)  # fmt: skip
SERIES = ("标准款", "加强款", "商用款", "高端款", "经济款", "定制款")


def load_demo_catalog(session: Session, actor: Actor, size: str) -> None:
    """Categories, items, parts and packages; ``large`` adds variants up to ``LARGE_TOTAL`` rows."""
    category_ids: dict[str, uuid.UUID] = {}
    for kind, categories in (("service", SERVICE_CATEGORIES), ("part", PART_CATEGORIES)):
        for code, name, parent in categories:
            row = catalog.create_category(
                session, actor, kind=kind, code=code, name=name, parent_id=category_ids.get(parent) if parent else None
            )
            category_ids[code] = row.id
    item_ids: dict[str, catalog.ItemRow] = {}
    for kind, rows in (("service", SERVICE_ITEMS), ("part", PARTS)):
        for category, code, name, unit, spec, complexity, owner in rows:
            item = catalog.create_item(
                session,
                actor,
                kind=kind,
                code=code,
                name=name,
                unit=unit,
                spec=spec,
                category_id=category_ids[category],
                complexity=complexity,
                owner_region_code=owner,
            )
            item_ids[code] = item
    for code, name, description, owner, lines in PACKAGES:
        catalog.create_package(
            session,
            actor,
            code=code,
            name=name,
            description=description,
            owner_region_code=owner,
            lines=[(item_ids[c].id, Decimal(q)) for c, q in lines],
        )
    for code in INACTIVE:
        item = item_ids[code]
        catalog.set_item_active(session, actor, item.id, expected_version=item.version, active=False)
    if size == "large":
        written = insert_variants(session, category_ids, LARGE_TOTAL - len(item_ids))
        audit.record(
            session,
            actor,
            "catalog_item.demo",
            "catalog_item",
            "*",
            after={"written": written},
            summary=f"{written} demo catalog variants",
        )


def variant_rows(category_ids: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """``count`` brand/model variants of the national demo rows, the same on every run."""
    rng = random.Random(SEED)
    bases = [(kind, row) for kind, rows in (("service", SERVICE_ITEMS), ("part", PARTS))
             for row in rows if row[6] is None and row[1] not in INACTIVE]  # fmt: skip
    now = utcnow()
    out: list[dict[str, Any]] = []
    for n in range(count):
        kind, (category, code, name, unit, spec, complexity, _owner) = bases[n % len(bases)]
        brand = BRANDS[rng.randrange(len(BRANDS))]
        series = SERIES[rng.randrange(len(SERIES))]
        model = f"{brand[:1]}{rng.randrange(100, 999)}-{rng.randrange(10, 99)}"
        out.append(
            {
                "id": new_id(),
                "kind": kind,
                "code": f"{code}-V{n + 1:05d}",
                "name": f"{name}（{brand}{series}）",
                "unit": unit,
                "spec": f"{spec}；型号 {model}" if spec else f"型号 {model}",
                "category_id": category_ids[category],
                "complexity": min(5, complexity + (1 if series in ("商用款", "高端款") else 0)),
                "is_active": True,
                "owner_region_code": None,
                "version": 1,
                "updated_by_id": None,
                "created_at": now,
                "updated_at": now,
            }
        )
    return out


def insert_variants(session: Session, category_ids: dict[str, Any], count: int) -> int:
    rows = variant_rows(category_ids, count)
    for start in range(0, len(rows), INSERT_CHUNK):
        session.execute(insert(CatalogItem), rows[start : start + INSERT_CHUNK])
    session.flush()
    return len(rows)
