"""The allow-list expression evaluator: Decimal arithmetic, comparisons, refused constructs, structured conditions."""

from __future__ import annotations

import ast
import dataclasses
import decimal
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrm_desktop.services import expressions
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.expressions import (
    CONDITION_OPS,
    MAX_LENGTH,
    MAX_NODES,
    Expression,
    check_condition,
    condition_names,
    describe_condition,
    evaluate,
    evaluate_condition,
    parse,
    to_text,
)


def error_of(text: str, variables: dict[str, Any] | None = None) -> str:
    with pytest.raises(ValidationError) as info:
        evaluate(text, variables or {})
    return str(info.value)


# --- arithmetic -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.1 + 0.2", Decimal("0.3")),
        ("1 + 2 * 3", Decimal(7)),
        ("(1 + 2) * 3", Decimal(9)),
        ("10 / 4", Decimal("2.5")),
        ("7 // 2", Decimal(3)),
        ("-7 // 2", Decimal(-4)),
        ("-7 % 2", Decimal(1)),
        ("7 % -2", Decimal(-1)),
        ("2 ** 10", Decimal(1024)),
        ("(-2) ** 3", Decimal(-8)),
        ("-2 ** 2", Decimal(-4)),
        ("0 ** 0", Decimal(1)),
        ("1.5 ** 2", Decimal("2.25")),
        ("10 - 2 - 3", Decimal(5)),
        ("100 / 10 / 5", Decimal(2)),
        ("-(3)", Decimal(-3)),
        ("+3", Decimal(3)),
        ("1_000.5", Decimal("1000.5")),
        ("1e3", Decimal(1000)),
        ("0x10", Decimal(16)),
        ("round(2.675, 2)", Decimal("2.68")),
        ("round(2.5)", Decimal(3)),
        ("round(-2.5)", Decimal(-3)),
        ("round(1234.5, -2)", Decimal(1200)),
        ("round(0.125, 2)", Decimal("0.13")),
        ("abs(-3.5)", Decimal("3.5")),
        ("int(3.9)", Decimal(3)),
        ("int(-3.9)", Decimal(-3)),
        ("int(' 42 ')", Decimal(42)),
        ("min(3, 1, 2)", Decimal(1)),
        ("max([3, 1, 2])", Decimal(3)),
        ("len('安装调试')", Decimal(4)),
        ("len([1, 2])", Decimal(2)),
    ],
)
def test_arithmetic_is_exact_decimal(text: str, expected: Decimal) -> None:
    result = evaluate(text, {})
    assert isinstance(result, Decimal)
    assert result == expected


def test_one_tenth_plus_two_tenths_is_exactly_three_tenths() -> None:
    assert evaluate("0.1 + 0.2 == 0.3", {}) is True
    assert str(evaluate("0.1 + 0.2", {})) == "0.3"


def test_variables_become_decimals() -> None:
    assert evaluate("a + b + c", {"a": 1, "b": 0.1, "c": Decimal("0.20")}) == Decimal("1.30")
    assert evaluate("price * quantity", {"price": Decimal("19.99"), "quantity": 3}) == Decimal("59.97")
    assert evaluate("x / 3", {"x": 1}) == Decimal(1) / Decimal(3)  # 28 significant digits


def test_the_callers_decimal_context_is_untouched() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.traps[decimal.Inexact] = True
        ctx.clear_flags()
        assert evaluate("1 / 3", {}) == Decimal("0.3333333333333333333333333333")
        assert ctx.prec == 3
        assert ctx.traps[decimal.Inexact]
        assert not ctx.flags[decimal.Inexact]


def test_text_concatenation_and_functions() -> None:
    assert evaluate("'安' + '装'", {}) == "安装"
    assert evaluate("upper(code) + '-' + lower('AB')", {"code": "wo"}) == "WO-ab"
    assert evaluate("contains(scenario, '装')", {"scenario": "安装"}) is True
    assert evaluate("contains(tags, 'vip')", {"tags": ["new", "vip"]}) is True
    assert evaluate("contains(missing, 'vip')", {"missing": None}) is False
    assert evaluate("startswith(number, 'WO-')", {"number": "WO-001"}) is True
    assert evaluate("startswith(number, 'WO-')", {"number": None}) is False
    assert evaluate("str(12.50) + '元'", {}) == "12.50元"
    assert evaluate("str(d)", {"d": date(2024, 5, 1)}) == "2024-05-01"
    assert evaluate("str(None)", {}) == ""
    assert evaluate("coalesce(a, b, 0)", {"a": None, "b": 5}) == Decimal(5)
    assert evaluate("coalesce(a, unknown_name)", {"a": 1}) == Decimal(1)  # lazy, like or
    assert evaluate("coalesce(a)", {"a": None}) is None
    assert evaluate("min('b', 'a')", {}) == "a"


@pytest.mark.parametrize(("value", "expected"), [(None, True), ("", True), ([], True), ("x", False), (0, False)])
def test_empty(value: object, expected: bool) -> None:
    assert evaluate("empty(x)", {"x": value}) is expected


def test_conditional_expression() -> None:
    text = "amount * 0.1 if amount >= 1000 else 50"
    assert evaluate(text, {"amount": 2000}) == Decimal("200.0")
    assert evaluate(text, {"amount": 10}) == Decimal(50)
    assert evaluate("'a' if x else 'b' if y else 'c'", {"x": False, "y": False}) == "c"


def test_lists_are_returned_as_lists() -> None:
    assert evaluate("[1, 'a', None]", {}) == [Decimal(1), "a", None]
    assert evaluate("(1, 2)", {}) == [Decimal(1), Decimal(2)]


# --- comparisons and logic ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 < 2", True),
        ("2 <= 2", True),
        ("3 > 4", False),
        ("1 == 1.0", True),
        ("n == 1", True),
        ("f == 0.1", True),
        ("'b' > 'a'", True),
        ("'1' == 1", False),
        ("'1' != 1", True),
        ("True == 1", False),
        ("None == 0", False),
        ("None == None", True),
        ("flag == True", True),
        ("d == '2024-05-01'", True),
        ("d < '2024-06-01'", True),
        ("d >= other", False),
        ("d != 'not a date'", True),
        ("[1, 2] == [1, 2]", True),
        ("[1, 2] == [1, '2']", False),
        ("1 < 2 < 3", True),
        ("1 < 3 < 2", False),
        ("1 < n <= 1", False),
        ("'a' in ['a', 'b']", True),
        ("'c' not in ['a', 'b']", True),
        ("1 in [True]", False),
        ("None in [None]", True),
        ("'装' in '安装'", True),
        ("'调' not in '安装'", True),
        ("not 0", True),
        ("not ''", True),
        ("not 'x'", False),
    ],
)
def test_comparisons(text: str, expected: bool) -> None:
    variables = {"n": 1, "f": 0.1, "flag": True, "d": date(2024, 5, 1), "other": date(2025, 1, 1)}
    assert evaluate(text, variables) is expected


def test_and_or_short_circuit_and_give_yes_or_no() -> None:
    assert evaluate("x != 0 and 10 / x > 1", {"x": 0}) is False
    assert evaluate("x == 0 or 10 / x > 1", {"x": 0}) is True
    assert evaluate("x != 0 and 10 / x > 1", {"x": 5}) is True
    assert evaluate("1 and 'a'", {}) is True
    assert evaluate("0 or ''", {}) is False
    assert evaluate("known or unknown", {"known": 1}) is True
    assert evaluate("0 if True else 1 / 0", {}) == 0


def test_dates_and_date_times() -> None:
    variables = {
        "due": date(2024, 5, 1),
        "at": datetime(2024, 5, 1, 10, 0),  # noqa: DTZ001 - a naive date and time is a value too
        "aware": datetime(2024, 5, 1, tzinfo=UTC),
    }
    assert evaluate("at == due", variables) is True
    assert evaluate("at > '2024-04-30'", variables) is True
    assert "cannot compare date with date using '<'" in error_of("aware < at", variables)


# --- evaluation errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "variables", "message"),
    [
        ("foo > 1", {}, "Expression: unknown name 'foo'"),
        ("'abc' > 1", {}, "Expression: cannot compare text with number using '>'"),
        ("x < 1", {"x": None}, "Expression: cannot compare empty with number using '<'"),
        ("flag > False", {"flag": True}, "Expression: cannot compare yes-no with yes-no using '>'"),
        ("d > 5", {"d": date(2024, 1, 1)}, "Expression: cannot compare date with number using '>'"),
        ("d > 'soon'", {"d": date(2024, 1, 1)}, "Expression: cannot compare date with text using '>'"),
        ("1 in 5", {}, "Expression: cannot compare number with number using 'in'"),
        ("1 in 'abc'", {}, "Expression: cannot compare number with text using 'in'"),
        ("'a' + 1", {}, "Expression: cannot use '+' on text and number"),
        ("'a' * 3", {}, "Expression: cannot use '*' on text and number"),
        ("True + 1", {}, "Expression: cannot use '+' on yes-no and number"),
        ("-'a'", {}, "Expression: cannot use '-' on text"),
        ("1 / 0", {}, "Expression: division by zero"),
        ("1 // x", {"x": 0}, "Expression: division by zero"),
        ("1 % 0.0", {}, "Expression: division by zero"),
        ("10 ** 10 * 10 ** 10 * 10 ** 10 * 10", {}, "Expression: result too large"),
        ("x * x", {"x": Decimal("1E+20")}, "Expression: result too large"),
        ("2 ** 11", {}, "Expression: the exponent must be a whole number from 0 to 10"),
        ("2 ** -1", {}, "Expression: the exponent must be a whole number from 0 to 10"),
        ("2 ** 0.5", {}, "Expression: the exponent must be a whole number from 0 to 10"),
        ("9 ** 9 ** 9", {}, "Expression: the exponent must be a whole number from 0 to 10"),
        ("x + x", {"x": "a" * 6000}, "Expression: the text result would be longer than 10000 characters"),
        ("x", {"x": {"a": 1}}, "Expression: the value of 'x' (dict) has an unsupported type"),
        ("x", {"x": [[1]]}, "Expression: the value of 'x' (list) has an unsupported type"),
        ("x", {"x": float("nan")}, "the value of 'x' (float) is not a finite number of at most 30 digits"),
        ("x", {"x": 10**40}, "the value of 'x' (int) is not a finite number of at most 30 digits"),
        ("x", {"x": Decimal("Infinity")}, "is not a finite number"),
        ("upper(5)", {}, "Expression: upper() needs text, not number"),
        ("len(5)", {}, "Expression: len() needs text or list, not number"),
        ("abs('a')", {}, "Expression: abs() needs number, not text"),
        ("int('abc')", {}, "Expression: 'abc' is not a number"),
        ("int('nan')", {}, "Expression: 'nan' is not a number"),
        ("int(True)", {}, "Expression: int() needs number, not yes-no"),
        ("round(1, 0.5)", {}, "Expression: the digits of round() must be a whole number from -10 to 10"),
        ("round(1, 11)", {}, "Expression: the digits of round() must be a whole number from -10 to 10"),
        ("min([])", {}, "Expression: min() of an empty list"),
        ("max(1, 'a')", {}, "Expression: cannot compare text with number using '>'"),
        ("min(None)", {}, "Expression: cannot compare empty with empty using '<='"),
        ("str([1])", {}, "Expression: str() needs text, not list"),
    ],
)
def test_evaluation_errors_are_validation_errors(text: str, variables: dict[str, Any], message: str) -> None:
    assert message in error_of(text, variables)


def test_unknown_name_is_an_evaluation_error_not_a_parse_error() -> None:
    expression = parse("foo > 1")
    assert expression.names == frozenset({"foo"})
    with pytest.raises(ValidationError, match="unknown name 'foo'"):
        expression.evaluate({})


def test_errors_name_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        parse("a.b", field="amount_rule")
    assert info.value.field == "amount_rule"
    with pytest.raises(ValidationError) as info:
        evaluate("1 / x", {"x": 0}, field="ratio")
    assert info.value.field == "ratio"
    with pytest.raises(ValidationError) as info:
        parse("a.b")
    assert info.value.field is None  # the cached parse did not keep the other field


# --- refused constructs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "construct"),
    [
        ("__import__('os').system('x')", "attribute access"),
        ("().__class__.__bases__[0].__subclasses__()", "attribute access"),
        ("(lambda: 1)()", "lambda"),
        ("lambda: 1", "lambda"),
        ("[x for x in 'ab']", "comprehension"),
        ("{x for x in 'ab'}", "comprehension"),
        ("{x: 1 for x in 'ab'}", "comprehension"),
        ("min(x for x in 'ab')", "generator expression"),
        ("f'{1}'", "f-string"),
        ("open('/etc/passwd')", "function call to 'open'"),
        ("globals()", "function call to 'globals'"),
        ("eval('1')", "function call to 'eval'"),
        ("__import__('os')", "function call to '__import__'"),
        ("a.b", "attribute access"),
        ("a[0]", "subscript"),
        ("'abc'[1:]", "subscript"),
        ("(x := 1)", "assignment expression (:=)"),
        ("{'a': 1}", "dictionary"),
        ("{1, 2}", "set"),
        ("[*a]", "unpacking (*)"),
        ("len(*a)", "unpacking (*)"),
        ("len(x=1)", "keyword argument"),
        ("round(**a)", "keyword unpacking (**)"),
        ("len('a')('b')", "call of a computed value"),
        ("b'x'", "bytes literal"),
        ("1j", "imaginary number"),
        ("...", "ellipsis (...)"),
        ("await x", "await"),
        ("(yield)", "yield"),
    ],
)
def test_disallowed_constructs_are_named(text: str, construct: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse(text)
    assert construct in str(info.value)
    assert str(info.value).startswith("Expression")


@pytest.mark.parametrize("operator", ["is", "is not", "~", "<<", ">>", "&", "|", "^", "@"])
def test_disallowed_operators_are_named(operator: str) -> None:
    text = f"{operator} 1" if operator == "~" else f"a {operator} b"
    with pytest.raises(ValidationError, match=re.escape(f"Expression: the operator '{operator}' is not allowed")):
        parse(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x" * (MAX_LENGTH + 1), f"longer than {MAX_LENGTH} characters"),
        ("(" * 10000 + ")" * 10000, f"longer than {MAX_LENGTH} characters"),
        ("not " * 5000 + "x", f"longer than {MAX_LENGTH} characters"),
        ("(" * 33 + "x" + ")" * 33, "nested more than 32 levels deep"),
        ("[" * 33 + "]" * 33, "nested more than 32 levels deep"),
        ("(" * 250 + "x" + ")" * 250, "nested more than 32 levels deep"),
        ("not " * 40 + "x", "nested more than 32 levels deep"),
        ("-" * 40 + "x", "nested more than 32 levels deep"),
        ("a" + " ** a" * 40, "nested more than 32 levels deep"),
        ("-" * 1999 + "x", "too complex"),
        (" + ".join(["a"] * (MAX_NODES + 1)), f"too complex (more than {MAX_NODES} parts)"),
        ("9" * 31, "Expression: the number 9999999999999999999999999999999 is too large"),
        ("1e400", "Expression: the number 1e400 is too large"),
        ("", "Expression is empty"),
        ("   ", "Expression is empty"),
    ],
)
def test_limits(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse(text)
    assert message in str(info.value)


def test_limits_leave_room_for_real_expressions() -> None:
    assert evaluate("(" * 32 + "1" + ")" * 32, {}) == 1
    assert evaluate("not " * 30 + "x", {"x": True}) is True
    long_sum = " + ".join(f"v{i}" for i in range(100))  # a chain counts as one level of nesting
    assert evaluate(long_sum, {f"v{i}": i for i in range(100)}) == sum(range(100))
    assert evaluate("'(((((((((((((((((((((((((((((((((((((('", {}) == "(" * 38  # brackets in text do not count
    assert evaluate("1 # a comment ((((((((((((((((((((((((((((((((((", {}) == 1


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("1 +", 4),
        ("  1 +", 6),
        ("1 2", 3),
        ("amount >= 1000 and scenario = '安装'", 29),
        ("(1", 1),
        ("'abc", 1),
        ("1\n+2", 3),
        ("a\x00", 2),
        ("a + '\ud800'", 6),
    ],
)
def test_syntax_errors_give_the_column(text: str, column: int) -> None:
    with pytest.raises(ValidationError) as info:
        parse(text)
    assert str(info.value).startswith(f"Expression syntax error at column {column}: ")


def test_invalid_escape_is_not_a_warning_error() -> None:
    assert evaluate(r"'\d'", {}) == "\\d"


def test_expression_is_immutable_and_cached() -> None:
    expression = parse("amount * rate + len(name)")
    assert isinstance(expression, Expression)
    assert expression.names == frozenset({"amount", "rate", "name"})
    assert expression.text == "amount * rate + len(name)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        expression.text = "1"  # type: ignore[misc]
    assert parse("amount * rate + len(name)") is expression
    assert expression.canonical() == "amount * rate + len(name)"


def test_variable_named_like_a_function() -> None:
    assert parse("len + 1").names == frozenset({"len"})
    assert evaluate("len + 1", {"len": 2}) == 3


def test_canonical_text_needs_only_the_brackets_it_needs() -> None:
    cases = {
        "((a + b)) * c": "(a + b) * c",
        "a - (b - c)": "a - (b - c)",
        "(a - b) - c": "a - b - c",
        "(-2) ** 2": "(-2) ** 2",
        "2 ** -x": "2 ** -x",
        "(a ** b) ** c": "(a ** b) ** c",
        "not (a and b) or c": "not (a and b) or c",
        "(a < b) < c": "(a < b) < c",
        "(a if b else c) if d else e": "(a if b else c) if d else e",
        "x  # trailing comment": "x",
        "(1\n + 2)": "1 + 2",
        "'it\\'s'": '"it\'s"',
    }
    for text, expected in cases.items():
        assert parse(text).canonical() == expected


def test_no_eval_exec_or_compile_in_the_module() -> None:
    source = Path(expressions.__file__).read_text(encoding="utf-8")
    calls = {
        node.func.id
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert not calls & {"eval", "exec", "compile", "__import__"}


# --- structured conditions ------------------------------------------------------------------

SAMPLE = {
    "all": [
        {"field": "amount", "op": ">=", "value": 1000},
        {"field": "scenario", "op": "==", "value": "安装"},
    ]
}


def test_describe_condition() -> None:
    assert describe_condition(SAMPLE) == "amount >= 1000 and scenario == '安装'"
    assert to_text(SAMPLE) == describe_condition(SAMPLE)
    cond = {
        "any": [
            {"not": SAMPLE},
            {"field": "tier", "op": "in", "value": ["一档", "二档"]},
            {"field": "tier", "op": "not_in", "value": []},
            {"field": "remark", "op": "contains", "value": "加急"},
            {"field": "photo", "op": "empty"},
            {"field": "signature", "op": "not_empty", "value": None},
            {"expr": "amount * 2 > limit  # comment"},
            {"all": []},
            {"any": [{"field": "amount", "op": "<", "value": -0.5}]},
        ]
    }
    assert describe_condition(cond) == (
        "not (amount >= 1000 and scenario == '安装') or tier in ['一档', '二档'] or tier not in [] "
        "or contains(remark, '加急') or empty(photo) or not empty(signature) or amount * 2 > limit "
        "or True or amount < -0.5"
    )
    assert describe_condition({"any": []}) == "False"
    assert describe_condition({"field": "due", "op": "<", "value": date(2024, 5, 1)}) == "due < '2024-05-01'"


def test_condition_names() -> None:
    cond = {"any": [SAMPLE, {"not": {"expr": "len(remark) > limit"}}, {"field": "photo", "op": "empty"}]}
    assert condition_names(cond) == frozenset({"amount", "scenario", "remark", "limit", "photo"})


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"amount": 1000, "scenario": "安装"}, True),
        ({"amount": Decimal("999.99"), "scenario": "安装"}, False),
        ({"amount": 5000.5, "scenario": "维修"}, False),
        ({"scenario": "安装"}, False),  # missing amount: empty, and empty is not >= anything
        ({"amount": None, "scenario": "安装"}, False),
    ],
)
def test_evaluate_condition(variables: dict[str, Any], expected: bool) -> None:
    assert evaluate_condition(SAMPLE, variables) is expected


@pytest.mark.parametrize(
    ("leaf", "value", "expected"),
    [
        ({"op": "==", "value": 1}, None, False),
        ({"op": "!=", "value": 1}, None, True),
        ({"op": "<", "value": 1}, None, False),
        ({"op": ">=", "value": 1}, None, False),
        ({"op": "in", "value": [1, 2]}, 2, True),
        ({"op": "in", "value": [1, None]}, None, True),
        ({"op": "not_in", "value": [1, 2]}, 3, True),
        ({"op": "not_in", "value": ["1"]}, 1, True),
        ({"op": "contains", "value": "vip"}, "a vip customer", True),
        ({"op": "contains", "value": "vip"}, ["vip", "new"], True),
        ({"op": "contains", "value": "vip"}, None, False),
        ({"op": "contains", "value": "vip"}, 5, False),
        ({"op": "empty"}, None, True),
        ({"op": "empty"}, "", True),
        ({"op": "empty"}, [], True),
        ({"op": "empty"}, 0, False),
        ({"op": "not_empty"}, "x", True),
        ({"op": ">", "value": "2024-01-01"}, date(2024, 5, 1), True),
        ({"op": "==", "value": date(2024, 5, 1)}, "2024-05-01", True),
        ({"op": "==", "value": True}, True, True),
        ({"op": "==", "value": 1}, True, False),
        ({"op": "<=", "value": 0.3}, Decimal("0.30"), True),
    ],
)
def test_leaf_semantics(leaf: dict[str, Any], value: object, expected: bool) -> None:
    cond = {"field": "x", **leaf}
    check_condition(cond)
    assert evaluate_condition(cond, {"x": value}) is expected


def test_missing_variable_is_empty_in_a_leaf_but_unknown_in_text() -> None:
    assert evaluate_condition({"field": "x", "op": "empty"}, {}) is True
    assert evaluate_condition({"field": "x", "op": "<", "value": 3}, {}) is False
    with pytest.raises(ValidationError, match="unknown name 'x'"):
        evaluate_condition({"expr": "x < 3"}, {})


def test_leaf_type_mismatch_is_an_error() -> None:
    with pytest.raises(ValidationError, match="cannot compare text with number using '>='"):
        evaluate_condition({"field": "amount", "op": ">=", "value": 1000}, {"amount": "很多"})


def nested(levels: int) -> dict[str, Any]:
    cond: dict[str, Any] = {"field": "a", "op": "empty"}
    for i in range(levels):
        cond = {"not": cond} if i % 3 == 0 else {"all" if i % 3 == 1 else "any": [cond]}
    return cond


@pytest.mark.parametrize(
    ("cond", "message"),
    [
        ([], "Condition: expected a mapping with 'all', 'any', 'not', 'expr' or 'field', not list"),
        ("amount > 1", "not str"),
        ({}, "Condition: missing 'field'"),
        ({"all": {"field": "a", "op": "empty"}}, "Condition: 'all' needs a list of conditions"),
        ({"any": "x"}, "Condition: 'any' needs a list of conditions"),
        ({"all": [], "any": []}, "Condition: unexpected key 'any'"),
        ({"field": "a", "op": "empty", "label": "x"}, "Condition: unexpected key 'label'"),
        ({"field": "a"}, "Condition: missing 'op'"),
        ({"op": "=="}, "Condition: missing 'field'"),
        ({"field": "a", "op": "=="}, "Condition: missing 'value'"),
        ({"field": "a", "op": "=", "value": 1}, "Condition: unknown operator '=' (allowed: ==, !=, >"),
        ({"field": "a", "op": "in", "value": 1}, "Condition: 'in' needs a list of values"),
        ({"field": "a", "op": "not_in", "value": "abc"}, "Condition: 'not_in' needs a list of values"),
        ({"field": "a", "op": "in", "value": [[1]]}, "Condition: [1] is not a valid value for 'in'"),
        ({"field": "a", "op": ">", "value": True}, "Condition: True is not a valid value for '>'"),
        ({"field": "a", "op": ">", "value": None}, "Condition: None is not a valid value for '>'"),
        ({"field": "a", "op": "contains", "value": None}, "Condition: None is not a valid value for 'contains'"),
        ({"field": "a", "op": "==", "value": {"x": 1}}, "is not a valid value for '=='"),
        ({"field": "a", "op": "==", "value": float("inf")}, "Condition: inf is not a valid value for '=='"),
        ({"field": "a", "op": "==", "value": 10**31}, "is not a valid value for '=='"),
        ({"field": "a", "op": "==", "value": datetime(2024, 1, 1, tzinfo=UTC)}, "is not a valid value for '=='"),
        ({"field": "a", "op": "empty", "value": 1}, "Condition: 'empty' takes no value"),
        ({"field": "1a", "op": "empty"}, "Condition: '1a' is not a valid field name"),
        ({"field": "a.b", "op": "empty"}, "Condition: 'a.b' is not a valid field name"),
        ({"field": "if", "op": "empty"}, "Condition: 'if' is not a valid field name"),
        ({"field": "ａ", "op": "empty"}, "Condition: 'ａ' is not a valid field name"),  # NFKC would read 'a'
        ({"field": 5, "op": "empty"}, "Condition: '5' is not a valid field name"),
        ({"expr": 5}, "Condition: 'expr' needs text"),
        ({"expr": "a.b"}, "Expression: attribute access is not allowed"),
        ({"expr": "a >"}, "Expression syntax error at column 4"),
        ({"not": [SAMPLE]}, "Condition: expected a mapping"),
        (nested(17), "Condition: nested more than 16 levels deep"),
        ({"all": [{"field": "a", "op": "empty"}] * 201}, "Condition: more than 200 comparisons"),
        ({"any": [{"all": [{"field": "a", "op": "empty"}] * 150}] * 2}, "more than 200 comparisons"),
        (
            {"all": [{"field": "a", "op": "==", "value": 1}] * 70},
            "Condition: too complex to write as an expression: Expression: too complex (more than 200 parts)",
        ),
        (
            {"field": "a", "op": "==", "value": "x" * 2000},
            "Condition: too complex to write as an expression: Expression: longer than 2000 characters",
        ),
    ],
)
def test_malformed_conditions(cond: object, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_condition(cond, field="edge_3")
    assert message in str(info.value)
    assert info.value.field == "edge_3"


def test_sixteen_levels_are_fine() -> None:
    check_condition(nested(16))
    assert evaluate_condition(nested(16), {"a": None}) is evaluate(describe_condition(nested(16)), {"a": None})


def test_every_operator_is_described_and_checked() -> None:
    values = {"in": [1], "not_in": [1], "empty": None, "not_empty": None, "contains": "x"}
    for op in CONDITION_OPS:
        cond = {"field": "a", "op": op} | ({} if values.get(op, 1) is None else {"value": values.get(op, 1)})
        check_condition(cond)
        assert evaluate_condition(cond, {"a": 1}) is evaluate(describe_condition(cond), {"a": 1})


# --- properties -----------------------------------------------------------------------------

numbers = st.one_of(
    st.integers(-(10**6), 10**6),
    st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False),
)
TEXTS = ["安装", "调试", "维修", "", "it's", 'say "hi"', "a\\b", "换\n行", "装"]
texts = st.one_of(st.sampled_from(TEXTS), st.text(max_size=4))
levels = st.integers(1, 5)
FIELDS = {"amount": numbers, "scenario": texts, "complexity": levels}


def leaves(name: str, values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.builds(
            lambda op, value: {"field": name, "op": op, "value": value},
            st.sampled_from(["==", "!=", ">", ">=", "<", "<=", "contains"]),
            values,
        ),
        st.builds(
            lambda op, value: {"field": name, "op": op, "value": value},
            st.sampled_from(["in", "not_in"]),
            st.lists(values, max_size=4),
        ),
        st.sampled_from([{"field": name, "op": "empty"}, {"field": name, "op": "not_empty"}]),
    )


expr_leaves = st.sampled_from(
    [
        "amount >= 1000",
        "scenario == '安装' or complexity > 2",
        "not empty(scenario) and contains(scenario, '装')",
        "amount * complexity / 3 < 100000 if complexity != 3 else amount % 2 == 0",
        "min(amount, 10) <= max(complexity, 0) + round(amount, 1)",
    ]
).map(lambda text: {"expr": text})

conditions = st.recursive(
    st.one_of(*(leaves(name, values) for name, values in FIELDS.items()), expr_leaves),
    lambda children: st.one_of(
        st.lists(children, max_size=3).map(lambda items: {"all": items}),
        st.lists(children, max_size=3).map(lambda items: {"any": items}),
        children.map(lambda item: {"not": item}),
    ),
    max_leaves=8,
)
variable_sets = st.fixed_dictionaries(FIELDS)


@given(cond=conditions, variables=variable_sets)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_described_condition_evaluates_like_the_structured_one(cond: dict[str, Any], variables: dict[str, Any]) -> None:
    check_condition(cond)
    text = describe_condition(cond)
    assert "\n" not in text.replace("\\n", "")
    assert parse(text).names <= condition_names(cond)
    assert evaluate_condition(cond, variables) == evaluate(text, variables)


# fmt: off
TOKENS = [
    "a", "b", "x", "amount", "scenario", "__import__", "open", "len", "min", "max", "round", "str", "int",
    "abs", "upper", "lower", "contains", "startswith", "empty", "coalesce", "True", "False", "None",
    "0", "1", "2.5", "0.1", "10", "1e30", "1e400", "99999999999999999999999999999999", "0x1F", "1_0", "1j",
    "'a'", "''", "'2024-05-01'", "'安装'", "r'\\d'", "b'x'", "f'{a}'", "'''x'''", "'",
    "+", "-", "*", "/", "//", "%", "**", "==", "!=", "<", "<=", ">", ">=", "and", "or", "not", "in", "is",
    "if", "else", ",", "(", ")", "[", "]", "{", "}", ".", ":", "lambda", "for", ":=", "~", "@", "&", "#", "\n",
    "=", ";", "\\", "yield", "await", "...", "*a", "**a",
]
# fmt: on
token_texts = st.lists(st.sampled_from(TOKENS), max_size=25).flatmap(
    lambda tokens: st.sampled_from([" ".join(tokens), "".join(tokens)])
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.text(max_size=20),
    st.dates(),
    st.datetimes(timezones=st.sampled_from([None, UTC])),
)
any_values = st.one_of(scalars, st.lists(scalars, max_size=4), st.dictionaries(st.text(), st.integers(), max_size=2))


def parse_or_refuse(text: str) -> Expression | None:
    try:
        return parse(text)
    except ValidationError:
        return None


def evaluate_or_refuse(expression: Expression, variables: dict[str, Any]) -> None:
    try:
        expression.evaluate(variables)
    except ValidationError as error:
        assert error.message()


@given(text=st.text(max_size=60))
@settings(max_examples=500, deadline=None)
def test_parse_of_any_text_returns_an_expression_or_refuses(text: str) -> None:
    parse_or_refuse(text)


ATOMS = ["a", "b", "x", "0", "1", "2.5", "0.1", "-3", "1e29", "'a'", "''", "'2024-05-01'", "'安装'", "True", "None"]
BINARY = ["+", "-", "*", "/", "//", "%", "**", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "and", "or", "|", "is"]
CALLS = [*expressions.FUNCTIONS, "open", "sum"]


def grammar_texts() -> st.SearchStrategy[str]:
    """Well-formed expressions over the language, with a few refused operators and functions mixed in."""

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(inner, st.sampled_from(BINARY), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
            st.tuples(st.sampled_from(["-", "+", "not ", "~"]), inner).map(lambda t: f"{t[0]}({t[1]})"),
            st.tuples(inner, inner, inner).map(lambda t: f"({t[0]} if {t[1]} else {t[2]})"),
            st.tuples(st.sampled_from(CALLS), st.lists(inner, max_size=3)).map(lambda t: f"{t[0]}({', '.join(t[1])})"),
            st.lists(inner, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
            st.tuples(inner, inner).map(lambda t: f"{t[0]} < {t[1]} <= {t[0]}"),
        )

    return st.recursive(st.sampled_from(ATOMS), extend, max_leaves=12)


def check_parse_and_evaluate(text: str, data: st.DataObject) -> None:
    expression = parse_or_refuse(text)
    if expression is None:
        return
    variables = {
        name: data.draw(any_values, label=name)
        for name in sorted(expression.names)
        if data.draw(st.integers(0, 9), label=f"give {name}")
    }
    evaluate_or_refuse(expression, variables)


@given(text=token_texts, data=st.data())
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_token_soup_parses_or_refuses_and_evaluates_or_refuses(text: str, data: st.DataObject) -> None:
    check_parse_and_evaluate(text, data)


@given(text=grammar_texts(), data=st.data())
@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_grammar_texts_parse_or_refuse_and_evaluate_or_refuse(text: str, data: st.DataObject) -> None:
    check_parse_and_evaluate(text, data)


def outcome(expression: Expression, variables: dict[str, Any]) -> object:
    try:
        return ("value", expression.evaluate(variables))
    except ValidationError as error:
        return ("error", error.message())


@given(text=grammar_texts(), data=st.data())
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_canonical_text_means_the_same(text: str, data: st.DataObject) -> None:
    expression = parse_or_refuse(text)
    if expression is None:
        return
    canonical = expression.canonical()
    again = parse(canonical)
    assert again.canonical() == canonical
    assert again.names == expression.names
    variables = {name: data.draw(any_values, label=name) for name in sorted(expression.names)}
    assert outcome(again, variables) == outcome(expression, variables)


@given(
    template=st.sampled_from(
        [
            "a + b",
            "a - b * 2",
            "a / b",
            "a // b",
            "a % b",
            "a ** 2",
            "a < b",
            "a in b",
            "a == b",
            "-a",
            "abs(a)",
            "round(a, 2)",
            "int(a)",
            "str(a)",
            "len(a)",
            "min(a, b)",
            "max(b)",
            "upper(a) + lower(b)",
            "contains(a, b)",
            "startswith(a, b)",
            "coalesce(a, b) if empty(a) else not a",
            "a + b + a + b + a + b",
        ]
    ),
    a=any_values,
    b=any_values,
)
@settings(max_examples=1500, deadline=None)
def test_evaluation_with_any_values_returns_or_refuses(template: str, a: object, b: object) -> None:
    evaluate_or_refuse(parse(template), {"a": a, "b": b})


@given(cond=conditions, a=any_values, b=any_values, c=any_values)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_conditions_with_any_values_return_or_refuse(cond: dict[str, Any], a: object, b: object, c: object) -> None:
    try:
        assert evaluate_condition(cond, {"amount": a, "scenario": b, "complexity": c}) in (True, False)
    except ValidationError as error:
        assert error.message()


structures = st.recursive(
    st.one_of(st.none(), st.integers(), st.text(max_size=5)),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(
            st.sampled_from(["all", "any", "not", "expr", "field", "op", "value", "x"]), children, max_size=3
        ),
    ),
    max_leaves=10,
)


@given(cond=structures)
@settings(max_examples=500, deadline=None)
def test_check_condition_of_any_structure_passes_or_refuses(cond: object) -> None:
    try:
        check_condition(cond)
    except ValidationError as error:
        assert error.message()
