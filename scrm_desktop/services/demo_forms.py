"""Demo forms for the demo workflows: the survey at 需求分析, the quote at 方案报价, parts used and
photos at 上门安装, and the customer's signature at 售后回访. Each is published as version 1."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from scrm_desktop.services import form_schema, forms
from scrm_desktop.services.permissions import Actor


def _field(key: str, type_: str, label: str, **props: Any) -> dict[str, Any]:
    return {"key": key, "type": type_, "label": label, **props}


SURVEY = {
    "rows": [["contact_person", "contact_phone"], ["site_region", "visit_on"], ["house_type", "units"],
             ["needs_survey", "survey_note"], ["requirement"]],
    "fields": [
        _field("contact_person", "text", "现场联系人", required=True, max_length=20),
        _field("contact_phone", "text", "联系电话", required=True, pattern=r"1[3-9]\d{9}",
               help="11 位手机号", placeholder="13800138000"),
        _field("site_region", "region", "安装地区", required=True, width=2),
        _field("visit_on", "date", "预约上门日期", width=2),
        _field("house_type", "select", "房屋类型", required=True, options=["住宅", "商铺", "办公室", "厂房"]),
        _field("units", "number", "设备台数", required=True, min="1", max="50", precision=0),
        _field("needs_survey", "checkbox", "需要上门勘察"),
        _field("survey_note", "text", "勘察要点", visible_when={"all": [{"field": "needs_survey", "op": "==",
                                                                         "value": True}]}),
        _field("requirement", "textarea", "需求说明", max_length=500, width=2),
    ],
}  # fmt: skip

QUOTE = {
    "rows": [["quote_lines"], ["labour", "discount"], ["quote"], ["valid_until", "quote_note"]],
    "fields": [
        _field("quote_lines", "catalog_lines", "报价明细", width=4,
               help="选择服务项目与备件；提交后加入工单明细（已完工的工单明细已冻结，不再加入）"),
        _field("labour", "money", "人工费", required=True, min="0"),
        _field("discount", "money", "优惠金额", min="0", default="0.00"),
        _field("quote", "computed", "报价合计", formula="labour - discount", precision=2),
        _field("valid_until", "date", "报价有效期至"),
        _field("quote_note", "textarea", "报价说明", max_length=300),
    ],
}  # fmt: skip

INSTALL = {
    "rows": [["parts_used"], ["site_photos"], ["install_notes", "finished_at"]],
    "fields": [
        _field("parts_used", "catalog_lines", "实际使用备件", width=4),
        _field("site_photos", "photo", "现场照片", required=True, max_files=6, help="安装前后各至少一张"),
        _field("install_notes", "textarea", "安装记录", max_length=500),
        _field("finished_at", "datetime", "完工时间", required=True),
    ],
}  # fmt: skip

FOLLOW_UP = {
    "rows": [["satisfaction", "issues"], ["complaint"], ["signature"]],
    "fields": [
        _field("satisfaction", "select", "满意度", required=True, options=["非常满意", "满意", "一般", "不满意"],
               width=2),
        _field("issues", "multiselect", "反馈问题", options=["上门迟到", "现场未清理", "费用异议", "设备噪音"],
               width=2),
        _field("complaint", "textarea", "客户意见", required_when={"all": [{"field": "satisfaction", "op": "in",
                                                                          "value": ["一般", "不满意"]}]}, width=4),
        _field("signature", "signature", "客户签名", required=True, width=4),
    ],
}  # fmt: skip

DEMO_FORMS = (
    ("site_survey", "需求调研表", "需求分析时记录现场情况与客户需求", SURVEY),
    ("quotation", "方案报价单", "方案报价：项目、备件与人工费", QUOTE),
    ("installation", "安装记录表", "上门安装：使用的备件与现场照片", INSTALL),
    ("follow_up", "售后回访表", "回访满意度与客户签名", FOLLOW_UP),
)


def load_demo_forms(session: Session, actor: Actor) -> int:
    """Create and publish the demo forms; returns how many."""
    for key, name, description, schema in DEMO_FORMS:
        draft = forms.create_form(
            session, actor, key=key, name=name, description=description, schema=form_schema.FormSchema.from_json(schema)
        )
        forms.publish(session, actor, draft.id, expected_version=draft.version, note="演示数据")
    return len(DEMO_FORMS)
