"""The form schema and the one validation every caller runs: schema rules, each field type's values,
visibility, required-when, permissions, computed fields, references through lookups, diff — and
property tests that money, precision and ranges behave and that no input makes validation raise."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrm_desktop.services import form_schema as fs
from scrm_desktop.services.errors import ValidationError

PNG_ID = uuid.UUID("0190b6a4-8e4f-7000-8000-000000000001")
PDF_ID = uuid.UUID("0190b6a4-8e4f-7000-8000-000000000002")
JPG_ID = uuid.UUID("0190b6a4-8e4f-7000-8000-000000000003")
CUSTOMER = uuid.UUID("0190b6a4-8e4f-7000-8000-0000000000c1")
USER = uuid.UUID("0190b6a4-8e4f-7000-8000-0000000000a1")


def field(key: str, type_: str, label: str = "", **props: Any) -> dict[str, Any]:
    return {"key": key, "type": type_, "label": label or key, **props}


def schema(*fields: dict[str, Any], rows: list[list[str]] | None = None) -> fs.FormSchema:
    data: dict[str, Any] = {"fields": list(fields)}
    if rows is not None:
        data["rows"] = rows
    return fs.FormSchema.from_json(data)


def every_type() -> fs.FormSchema:
    """One field of every type, two to a row, with formulas and rules between them."""
    fields = [
        field("name", "text", "姓名", required=True, max_length=20),
        field("notes", "textarea", "备注"),
        field("quantity", "number", "数量", precision=0, min="1", max="100"),
        field("price", "money", "单价", min="0"),
        field("visit_on", "date", "上门日期"),
        field("visit_at", "datetime", "上门时间"),
        field("kind", "select", "类型", options=["安装", "维修"]),
        field("extras", "multiselect", "附加", options=["拆旧", "打孔", "加管"]),
        field("region", "region", "地区"),
        field("customer", "customer", "客户"),
        field("engineer", "user", "工程师"),
        field("parts", "catalog_lines", "备件"),
        field("photos", "photo", "照片", max_files=3),
        field("files", "attachment", "附件"),
        field("signature", "signature", "签名"),
        field("agree", "checkbox", "同意条款"),
        field("total", "computed", "合计", formula="price * quantity", precision=2),
    ]
    rows = [[f["key"] for f in fields[i : i + 2]] for i in range(0, len(fields), 2)]
    return schema(*fields, rows=rows)


def lookups() -> fs.MemoryLookups:
    return fs.MemoryLookups(
        regions={"440106", "110105"},
        customers={CUSTOMER},
        users={USER},
        items={"AC-001", "P-001"},
        stored_files={
            PNG_ID: fs.FileInfo(PNG_ID, "sign.png", "image/png", 120),
            PDF_ID: fs.FileInfo(PDF_ID, "合同.pdf", "application/pdf", 2048),
            JPG_ID: fs.FileInfo(JPG_ID, "现场.jpg", "image/jpeg", 4096),
        },
    )


def ref(file_id: uuid.UUID, name: str = "") -> dict[str, Any]:
    return {"file": str(file_id), "name": name}


def good_data() -> dict[str, Any]:
    return {
        "name": " 张三 ",
        "notes": "第一行\r\n第二行",
        "quantity": "2",
        "price": "99.5",
        "visit_on": "2025-03-01",
        "visit_at": "2025-03-01T09:30:00+08:00",
        "kind": "安装",
        "extras": ["打孔", "拆旧"],
        "region": "440106",
        "customer": str(CUSTOMER).upper(),
        "engineer": str(USER),
        "parts": [{"item": "AC-001", "quantity": "1"}, {"item": "P-001", "quantity": 2.5}],
        "photos": [ref(JPG_ID)],
        "files": [ref(PDF_ID, "合同扫描.pdf")],
        "signature": ref(PNG_ID),
        "agree": True,
        "total": "1000000",  # never taken from input
    }


def only(errors: dict[str, list[str]], key: str) -> str:
    assert list(errors) == [key], errors
    [message] = errors[key]
    return message


# --- the schema ------------------------------------------------------------------------------------


def test_every_type_round_trips_through_json_and_has_a_stable_checksum() -> None:
    form = every_type()
    again = fs.FormSchema.from_json(json.loads(json.dumps(form.to_json())))
    assert again == form
    assert fs.checksum(again) == fs.checksum(form)
    assert [s.key for s in form.ordered()] == list(form.fields)
    assert {s.type for s in form.fields.values()} == set(fs.FIELD_TYPES)
    assert fs.validate_schema(form) == []
    moved = form.copy()
    moved.rows[0].reverse()
    assert fs.checksum(moved) != fs.checksum(form)  # the layout is part of the form


def test_a_schema_without_rows_gets_one_field_per_row() -> None:
    form = schema(field("a", "text"), field("b", "number"))
    assert form.rows == [["a"], ["b"]]


@pytest.mark.parametrize(
    ("document", "field_name", "words"),
    [
        ([], "schema", "must be a JSON object"),
        ({"fields": "a"}, "fields", "must be a list of fields"),
        ({"fields": [1]}, "fields", "#1 must be a JSON object"),
        ({"fields": [{"key": "a", "type": "text", "required": "yes"}]}, "a", "'required' must be true or false"),
        ({"fields": [{"key": "a", "type": "select", "options": ["x", 1]}]}, "a", "'options' must be a list of texts"),
        (
            {"fields": [{"key": "a", "type": "text", "visible_when": "a > 1"}]},
            "a",
            "'visible_when' must be a condition",
        ),
        ({"fields": [{"key": "a", "type": "text", "max_length": "5"}]}, "a", "'max_length' must be a whole number"),
        ({"fields": [{"key": "a", "type": 3}]}, "a", "'type' must be text"),
        ({"fields": [{"type": "text"}]}, "fields", "'key' must be text"),
        ({"fields": [{"key": "a", "type": "text"}, {"key": "a", "type": "text"}]}, "a", "appears twice"),
        ({"fields": [], "rows": [["a", 1]]}, "rows", "list of lists of field keys"),
    ],
)
def test_bad_shapes_are_refused_naming_the_field(document: Any, field_name: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        fs.FormSchema.from_json(document)
    assert info.value.field == field_name
    assert words in info.value.message()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)
FIELD_JSON = st.fixed_dictionaries(
    {"key": st.sampled_from(["a", "b", "c"]) | st.text(max_size=5), "type": st.sampled_from(fs.FIELD_TYPES)},
    optional={
        name: JSON | st.text(max_size=10)
        for name in ("label", "required", "min", "max", "precision", "options", "formula", "visible_when", "default")
    },
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({}, optional={"fields": st.lists(FIELD_JSON | JSON, max_size=4), "rows": JSON}) | JSON)
def test_reading_and_checking_any_json_raises_only_validation_errors(document: Any) -> None:
    try:
        form = fs.FormSchema.from_json(document)
    except ValidationError:
        return
    problems = fs.validate_schema(form)
    assert all(isinstance(p.message, str) for p in problems)
    fs.validate_data(form, {})
    fs.checksum(form)


def problems_of(form: fs.FormSchema) -> list[tuple[str | None, str, str]]:
    return [(p.field_key, p.severity, p.message) for p in fs.validate_schema(form)]


def test_schema_rules_name_the_field_and_the_reason() -> None:
    form = schema(
        field("1bad", "text", "坏键"),
        field("class", "text", "关键字"),
        field("kind", "select", "类型", options=[]),
        field("tags", "multiselect", "标签", options=["a", "a", " b"]),
        field("amount", "money", "金额", min="10", max="1", precision=3),
        field("on", "date", "日期", min="2025-02-30"),
        field("code", "text", "编码", pattern="[a-", min_length=5, max_length=2),
        field("slow", "text", "慢", pattern="(a+)+$"),
        field("total", "computed", "合计", formula="amount * missing"),
        field("empty", "computed", "空公式"),
        field("shown", "text", "显示", visible_when={"field": "shown", "op": "==", "value": 1}),
        field("rule", "text", "规则", required_when={"field": "kind", "op": "bogus", "value": 1}),
        field("photos", "photo", "照片", max_files=30, default=[]),
        field("count", "number", "个数", default="abc"),
        rows=[["1bad", "class", "kind", "tags", "amount"], ["on", "nowhere"]],
    )
    found = problems_of(form)
    messages = "\n".join(m for _k, _s, m in found)
    for expected in (
        "Field key '1bad' is not valid",
        "Field key 'class' is not valid",
        "Row 1 holds more than 4 fields.",
        "Row 2 names a field 'nowhere' the form does not have.",
        "Field 编码 is in no row.",
        "Field 类型: a select needs at least one option.",
        "Field 标签: option 'a' appears twice.",
        "Field 标签: an option is empty or starts or ends with a space.",
        "Field 金额: the minimum is larger than the maximum.",
        "Field 金额: the decimal places must be from 0 to 2.",
        "Field 日期: the minimum must be a date such as 2025-01-31.",
        "Field 编码: the pattern is not a valid regular expression",
        "Field 编码: the minimum length is larger than the maximum.",
        "Field 慢: the pattern repeats a group that itself repeats",
        "Field 合计: the formula reads 'missing', which is not another field of this form.",
        "Field 空公式: a computed field needs a formula.",
        "Field 显示: the visibility rule reads 'shown', which is not another field of this form.",
        "Field 规则: the required-when rule: Condition: unknown operator 'bogus'",
        "Field 照片: the number of files must be from 1 to 20.",
        "Field 照片: a field of type Photo cannot have a default value.",
        "Field 个数: the default value is not valid: 个数: not a number.",
    ):
        assert expected in messages, expected
    assert ("amount", "error", "Field 金额: the minimum is larger than the maximum.") in found
    assert [m for _k, s, m in found if s == "warning"] == ["Row 1: its fields span 5 columns; a row has 4."]


def test_unused_properties_and_missing_labels_are_only_warnings() -> None:
    form = schema(field("a", "text", "", options=["x"], precision=2), field("b", "number", "数", pattern="x"))
    form.fields["a"].label = ""
    found = problems_of(form)
    assert found and all(s == "warning" for _k, s, _m in found)
    assert fs.errors(fs.validate_schema(form)) == []


def test_formulas_and_visibility_rules_may_not_go_round_in_a_circle() -> None:
    form = schema(
        field("a", "computed", "甲", formula="b + 1"),
        field("b", "computed", "乙", formula="c + 1"),
        field("c", "number", "丙", visible_when={"field": "a", "op": ">", "value": 1}),
        field("d", "computed", "丁", formula="c * 2"),
    )
    [problem] = fs.validate_schema(form)
    assert problem.field_key == "a"
    assert "Fields 甲, 乙, 丙 depend on each other in a circle" in problem.message
    fs.validate_data(form, {"c": "1"})  # a circle never hangs or crashes validation


def test_catastrophic_patterns_are_refused_and_ordinary_ones_kept() -> None:
    for bad in ("(a+)+", r"(\d*)*x", "(?:a|b+){2,}", "([a-z]+)*@", "(x?){5}", "a" * 201):
        with pytest.raises(ValidationError):
            fs.compile_pattern(bad)
    for good in (r"^\d{6}$", r"1[3-9]\d{9}", "(?:[A-Z]{2}-)?\\d+", "(ab|cd)+", r"[(+*)]+", r"\(a+\)+", "(a){3}"):
        assert fs.compile_pattern(good).pattern == good


# --- values ----------------------------------------------------------------------------------------


def test_every_type_accepts_good_data_and_stores_it_in_its_plain_json_form() -> None:
    clean, errors = fs.validate_data(every_type(), good_data(), lookups=lookups())
    assert errors == {}
    assert clean == {
        "name": "张三",
        "notes": "第一行\n第二行",
        "quantity": "2",
        "price": "99.50",
        "visit_on": "2025-03-01",
        "visit_at": "2025-03-01T09:30:00+08:00",
        "kind": "安装",
        "extras": ["打孔", "拆旧"],
        "region": "440106",
        "customer": str(CUSTOMER),
        "engineer": str(USER),
        "parts": [{"item": "AC-001", "quantity": "1"}, {"item": "P-001", "quantity": "2.5"}],
        "photos": [{"file": str(JPG_ID), "name": "现场.jpg", "mime": "image/jpeg", "size": 4096}],
        "files": [{"file": str(PDF_ID), "name": "合同扫描.pdf", "mime": "application/pdf", "size": 2048}],
        "signature": {"file": str(PNG_ID), "name": "sign.png", "mime": "image/png", "size": 120},
        "agree": True,
        "total": "199.00",
    }
    assert json.loads(json.dumps(clean)) == clean


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("name", "x" * 21, "姓名: at most 20 characters."),
        ("name", 12.5, "姓名: expected text."),
        ("name", "a\x00b", "姓名: contains a character that cannot be stored."),
        ("notes", "长" * 10_001, "备注: at most 10000 characters."),
        ("quantity", "0", "数量: 0 is less than the minimum 1."),
        ("quantity", "101", "数量: 101 is more than the maximum 100."),
        ("quantity", "1.5", "数量: at most 0 decimal places."),
        ("quantity", "1e3", "数量: not a number."),
        ("quantity", True, "数量: not a number."),
        ("price", "-0.01", "单价: -0.01 is less than the minimum 0."),
        ("price", "12.345", "单价: at most 2 decimal places."),
        ("price", "1000000000000", "单价: the amount is too large."),
        ("price", "NaN", "单价: not a number."),
        ("visit_on", "2025-02-30", "上门日期: not a date (use YYYY-MM-DD)."),
        ("visit_on", "2025/03/01", "上门日期: not a date (use YYYY-MM-DD)."),
        ("visit_at", "2025-03-01T09:30:00", "上门时间: the time needs its UTC offset, such as +08:00."),
        ("visit_at", "tomorrow", "上门时间: not a date and time (use 2025-01-31T14:30:00+08:00)."),
        ("kind", "保养", "类型: '保养' is not one of the options."),
        ("kind", ["安装"], "类型: '[\"安装\"]' is not one of the options."),
        ("extras", "打孔", "附加: expected a list of options."),
        ("region", "44010", "地区: '44010' is not a region code (6 digits)."),
        ("region", "999999", "地区: there is no region 999999."),
        ("customer", "not-a-uuid", "客户: 'not-a-uuid' is not a valid id."),
        ("customer", str(uuid.UUID(int=5)), f"客户: there is no customer with id {uuid.UUID(int=5)}."),
        ("engineer", str(CUSTOMER), f"工程师: there is no active user with id {CUSTOMER}."),
        ("parts", {"item": "AC-001"}, "备件: expected a list of lines."),
        ("parts", [{"item": "NOPE", "quantity": 1}], "备件: there is no active catalog item NOPE."),
        ("photos", [ref(PDF_ID)], "照片: the file 合同.pdf is not an image."),
        ("photos", [ref(uuid.UUID(int=9))], f"照片: the file {uuid.UUID(int=9)} is not stored."),
        ("photos", [ref(JPG_ID), ref(JPG_ID, "again")], "照片: the file again is attached twice."),
        ("photos", [ref(uuid.UUID(int=i)) for i in range(4)], "照片: at most 3 files."),
        ("files", ["合同.pdf"], "附件, file 1: not a stored file."),
        ("signature", ref(JPG_ID), "签名: a signature must be a PNG image."),
        ("signature", [ref(PNG_ID)], "签名: not a stored file."),
        ("agree", "yes", "同意条款: expected yes or no (true or false)."),
    ],
)
def test_each_bad_value_is_one_error_naming_the_label_and_the_reason(key: str, value: Any, message: str) -> None:
    data = good_data()
    data[key] = value
    _clean, errors = fs.validate_data(every_type(), data, lookups=lookups())
    assert only(errors, key) == message


def test_catalog_lines_report_every_bad_line() -> None:
    data = good_data()
    data["parts"] = [
        {"item": "AC-001", "quantity": "0"},
        {"item": "", "quantity": "1"},
        {"item": "P-001", "quantity": "1.0005"},
        {"item": "P-001", "quantity": "x"},
        "AC-001",
        {"item": "AC-001", "quantity": "-2"},
    ]
    _clean, errors = fs.validate_data(every_type(), data, lookups=lookups())
    assert errors["parts"] == [
        "备件, line 1: the quantity must be more than 0.",
        "备件, line 2: the item is missing.",
        "备件, line 3: the quantity may have at most 3 decimal places and be at most 999999999.999.",
        "备件, line 4: the quantity is not a number.",
        "备件, line 5: expected an item and a quantity.",
        "备件, line 6: the quantity must be more than 0.",
    ]
    data["parts"] = [{"item": "P-001", "quantity": 1}] * 201
    _clean, errors = fs.validate_data(every_type(), data, lookups=lookups())
    assert errors["parts"] == ["备件: at most 200 lines."]


def test_without_lookups_only_the_shape_of_references_is_checked() -> None:
    data = good_data()
    data.update(region="999999", customer=str(uuid.UUID(int=5)), parts=[{"item": "NOPE", "quantity": 1}])
    data["photos"] = [{"file": str(JPG_ID), "name": "x.jpg", "mime": "image/jpeg", "size": 10}]
    data["files"] = []
    data["signature"] = {"file": str(PNG_ID), "name": "s.png", "mime": "image/png", "size": 10}
    clean, errors = fs.validate_data(every_type(), data)
    assert errors == {}
    assert clean["region"] == "999999" and "files" not in clean


def test_required_fields_and_ticked_checkboxes() -> None:
    form = schema(
        field("name", "text", "姓名", required=True),
        field("tags", "multiselect", "标签", options=["a"], required=True),
        field("agree", "checkbox", "同意", required=True),
        field("optional", "checkbox", "可选"),
    )
    clean, errors = fs.validate_data(form, {"name": "   ", "tags": [], "agree": False})
    assert errors == {"name": ["姓名: required."], "tags": ["标签: required."], "agree": ["同意: must be ticked."]}
    assert clean == {"agree": False, "optional": False}  # an unticked box is stored as false


def test_hidden_fields_are_neither_validated_nor_stored_and_required_when_makes_required() -> None:
    form = schema(
        field("kind", "select", "类型", options=["安装", "维修"], required=True),
        field("fault", "text", "故障描述", required=True, visible_when={"field": "kind", "op": "==", "value": "维修"}),
        field("cost", "money", "费用", required_when={"all": [{"field": "kind", "op": "==", "value": "维修"}]}),
        field("big", "checkbox", "大额", visible_when={"expr": "cost >= 1000"}),
    )
    clean, errors = fs.validate_data(form, {"kind": "安装", "fault": 12345, "big": "garbage"})
    assert errors == {}
    assert clean == {"kind": "安装"}
    clean, errors = fs.validate_data(form, {"kind": "维修", "big": True})
    assert errors == {"fault": ["故障描述: required."], "cost": ["费用: required."]}
    clean, errors = fs.validate_data(form, {"kind": "维修", "fault": "漏水", "cost": "1500", "big": True})
    assert errors == {}
    assert clean == {"kind": "维修", "fault": "漏水", "cost": "1500.00", "big": True}
    assert fs.visible_fields(form, {"kind": "维修", "cost": "999.99"}) == {"kind", "fault", "cost"}


def test_node_permissions_hide_protect_or_require_fields() -> None:
    form = schema(
        field("a", "text", "甲", required=True),
        field("b", "text", "乙", required=True),
        field("c", "text", "丙"),
        field("d", "text", "丁"),
    )
    perms = {"a": "hidden", "b": "readonly", "c": "required", "d": "editable", "zz": "hidden", "x": 5}
    clean, errors = fs.validate_data(form, {"a": "1", "b": "2", "d": "4"}, permissions=perms)  # type: ignore[dict-item]
    assert errors == {"c": ["丙: required."]}
    assert clean == {"d": "4"}


def test_computed_fields_are_recomputed_never_read_and_fail_only_themselves() -> None:
    form = schema(
        field("price", "money", "单价"),
        field("qty", "number", "数量"),
        field("total", "computed", "合计", formula="price * qty", precision=2),
        field("label", "computed", "说明", formula="'大单' if total > 100 else '小单'"),
        field("ratio", "computed", "比例", formula="price / qty"),
        field("note", "text", "备注", visible_when={"field": "total", "op": ">", "value": 100}, required=True),
    )
    clean, errors = fs.validate_data(form, {"price": "33.33", "qty": "3.5", "total": "1", "note": "加急"})
    assert errors == {}
    assert clean["total"] == "116.66"  # 116.655 rounded half up
    assert clean["label"] == "大单" and clean["note"] == "加急"
    clean, errors = fs.validate_data(form, {"price": "10", "qty": "0"})
    assert list(errors) == ["ratio"]
    assert errors["ratio"][0].startswith("比例: the formula cannot be computed:")
    assert "ratio" not in clean and clean["label"] == "小单"
    assert fs.evaluate_computed(form, {"price": "bad", "qty": 2}) == {}
    assert fs.evaluate_computed(form, {"price": "2", "qty": 2}) == {"total": "4.00", "label": "小单", "ratio": "1"}


def test_data_that_is_not_an_object_is_one_form_error() -> None:
    for data in ([], "x", None, 3):
        assert fs.validate_data(every_type(), data) == (
            {},
            {fs.FORM_ERROR_KEY: ["The form data must be a JSON object."]},
        )


def test_keys_the_form_does_not_have_are_ignored() -> None:
    clean, errors = fs.validate_data(schema(field("a", "text")), {"a": "x", "b": "y", "__proto__": 1})
    assert (clean, errors) == ({"a": "x"}, {})


def test_messages_are_translated_when_a_translation_is_given() -> None:
    def translate(_context: str, text: str) -> str:
        return {"{label}: required.": "{label}：必填。"}.get(text, text)

    form = schema(field("a", "text", "甲", required=True))
    assert fs.validate_data(form, {}, translate=translate)[1] == {"a": ["甲：必填。"]}


# --- properties ------------------------------------------------------------------------------------

MONEY = st.decimals(min_value=-fs.MAX_MONEY, max_value=fs.MAX_MONEY, places=2, allow_nan=False, allow_infinity=False)


@given(MONEY, st.sampled_from(["{}", " {} ", "{}0", "+{}"]))
def test_money_is_read_exactly_and_stored_with_two_decimals(amount: Decimal, shape: str) -> None:
    text = format(amount, "f")
    if shape == "+{}" and text.startswith("-"):
        shape = "{}"
    if shape == "{}0" and "." not in text:
        text += "."
    form = schema(field("m", "money", "金额"))
    clean, errors = fs.validate_data(form, {"m": shape.format(text)})
    assert errors == {}
    assert clean["m"] == format(amount.quantize(Decimal("0.01")), "f")
    assert Decimal(clean["m"]) == amount


@given(MONEY, st.integers(min_value=1, max_value=9))
def test_money_with_a_third_decimal_is_refused_never_rounded(amount: Decimal, third: int) -> None:
    text = format(amount.quantize(Decimal("0.01")), "f")
    text = (text if "." in text else text + ".00") + str(third)
    _clean, errors = fs.validate_data(schema(field("m", "money", "金额")), {"m": text})
    assert errors == {"m": ["金额: at most 2 decimal places."]}


@given(st.integers(min_value=0, max_value=4), st.decimals(min_value=-(10**9), max_value=10**9, places=6))
def test_number_precision_accepts_up_to_its_places_and_stores_exactly_that_many(
    precision: int, number: Decimal
) -> None:
    form = schema(field("n", "number", "数", precision=precision))
    clean, errors = fs.validate_data(form, {"n": str(number)})
    fits = number == number.quantize(Decimal(1).scaleb(-precision))
    if fits:
        assert errors == {}
        assert Decimal(clean["n"]) == number
        assert len(clean["n"].partition(".")[2]) == precision
    else:
        assert errors == {"n": [f"数: at most {precision} decimal places."]}


BOUND = st.decimals(min_value=-1000, max_value=1000, places=2)


@given(BOUND, st.none() | BOUND, st.none() | BOUND)
def test_number_bounds_hold_exactly(value: Decimal, low: Decimal | None, high: Decimal | None) -> None:
    props = {"min": str(low) if low is not None else None, "max": str(high) if high is not None else None}
    form = schema(field("n", "number", "数", **props))
    _clean, errors = fs.validate_data(form, {"n": str(value)})
    inside = (low is None or value >= low) and (high is None or value <= high)
    assert (errors == {}) == inside


@given(st.dates(), st.dates(), st.dates())
def test_date_bounds_hold_exactly(value: dt.date, low: dt.date, high: dt.date) -> None:
    form = schema(field("d", "date", "日", min=low.isoformat(), max=high.isoformat()))
    _clean, errors = fs.validate_data(form, {"d": value.isoformat()})
    assert (errors == {}) == (low <= value <= high)


@given(st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30), st.text(max_size=40))
def test_text_lengths_hold_exactly(low: int, high: int, text: str) -> None:
    form = schema(field("t", "text", "文", min_length=low, max_length=high))
    clean, errors = fs.validate_data(form, {"t": text})
    if errors:
        return  # unreadable characters, or out of bounds: checked below for readable text
    kept = clean.get("t", "")
    assert kept == "" or low <= len(kept) <= high


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from([*every_type().fields, "other"]), JSON | st.text(), max_size=17))
def test_any_data_gives_errors_never_an_exception(data: dict[str, Any]) -> None:
    form = every_type()
    clean, errors = fs.validate_data(form, data, lookups=lookups())
    assert set(errors) <= set(form.fields)
    assert all(messages and all(isinstance(m, str) for m in messages) for messages in errors.values())
    json.dumps(clean)
    fs.evaluate_computed(form, data)
    fs.visible_fields(form, data)


# --- diff ------------------------------------------------------------------------------------------


def test_diff_names_added_removed_and_changed_fields_with_their_properties() -> None:
    old = schema(field("a", "text", "甲"), field("b", "select", "乙", options=["x"]), field("c", "number", "丙"))
    new = schema(
        field("a", "text", "甲"),
        field("b", "select", "乙二", options=["x", "y"]),
        field("d", "date", "丁"),
        rows=[["a", "b"], ["d"]],
    )
    assert fs.diff(old, new) == [
        fs.Change("field", "b", "changed", "乙二", ("label", "options")),
        fs.Change("field", "d", "added", "丁"),
        fs.Change("field", "c", "removed", "丙"),
        fs.Change("layout", "rows", "changed", "", ("rows",)),
    ]
    assert fs.diff(old, old.copy()) == []


def test_patterns_must_match_the_whole_text() -> None:
    form = schema(field("zip", "text", "邮编", pattern=r"\d{6}"))
    assert fs.validate_data(form, {"zip": "510000"}) == ({"zip": "510000"}, {})
    for bad in ("5100001", "x510000", "51000"):
        assert fs.validate_data(form, {"zip": bad})[1] == {"zip": ["邮编: not in the required format."]}
