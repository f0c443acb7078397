"""The project's own allow-list evaluator: workflow conditions and computed form fields. No ``eval``, ever.

A text expression is parsed with ``ast.parse(text, mode="eval")`` and translated, node by node, into a
small immutable tree of its own; anything not on the allow-list (attribute access, subscripts, lambdas,
comprehensions, f-strings, calls of anything but the functions in :data:`FUNCTIONS` ...) is refused by
name when parsed. Evaluation walks that tree with values of six kinds only:

* numbers — ``Decimal`` (ints and floats from the variables are converted, ``float`` through ``str``;
  number literals are read from their source text, so ``0.1`` is exactly ``Decimal("0.1")``);
* text — ``str``; dates — ``datetime.date``; yes-no — ``bool`` (never a number here); empty — ``None``;
* lists — tuples of the above (list and tuple literals; lists and tuples among the variables).

``and``/``or``/``not`` short-circuit as in Python and give ``True``/``False``. ``==``/``!=`` between
different kinds are simply false/true (a date equals its ISO text); ordering across kinds raises a
:class:`ValidationError` naming both kinds. Every failure, at parse or at evaluation time, is a
``ValidationError`` with a precise message — never a ``TypeError``, ``ZeroDivisionError``,
``RecursionError``, ``MemoryError`` or ``OverflowError``.

Structured conditions (DESIGN §4) are ``{"all": [...]}``, ``{"any": [...]}``, ``{"not": cond}``, a leaf
``{"field": "amount", "op": ">=", "value": 1000}`` or a text leaf ``{"expr": "amount >= 1000"}``.
:func:`describe_condition` writes one as a text expression that :func:`parse` accepts and that evaluates
to the same result (it is the BPMN ``conditionExpression`` body), so :func:`check_condition` also refuses
a condition too large to be written that way. Leaves are forgiving at run time where a text expression
is strict: a missing variable is empty, and an empty value compared with ``<``, ``>=`` ... is false.
"""

from __future__ import annotations

import ast
import functools
import keyword
import math
import re
import threading
import unicodedata
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DecimalException,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from typing import Any, TypeAlias

from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, Text, ValidationError

MAX_LENGTH = 2000  # characters of a text expression
MAX_NODES = 200  # expression nodes of its syntax tree
MAX_DEPTH = 32  # nesting: brackets before parsing, expression nodes after (a + b + c ... counts once)
MAX_INTEGER_DIGITS = 30  # a number with more integer digits is "too large"
MAX_TEXT_LENGTH = 10_000  # characters of a text result
MAX_EXPONENT = 10  # x ** n needs a whole n from 0 to this
MAX_ROUND_DIGITS = 10  # round(x, n) needs a whole n from -this to this
PRECISION = 28  # significant digits of Decimal arithmetic
MAX_CONDITION_DEPTH = 16  # nested all/any/not of a structured condition
MAX_CONDITION_LEAVES = 200  # comparisons of a structured condition

CONDITION_OPS = ("==", "!=", ">", ">=", "<", "<=", "in", "not_in", "contains", "empty", "not_empty")
# name: (least, most) number of positional arguments; None = any number
FUNCTIONS: Mapping[str, tuple[int, int | None]] = {
    "abs": (1, 1),
    "min": (1, None),
    "max": (1, None),
    "round": (1, 2),
    "len": (1, 1),
    "int": (1, 1),
    "str": (1, 1),
    "upper": (1, 1),
    "lower": (1, 1),
    "contains": (2, 2),
    "startswith": (2, 2),
    "empty": (1, 1),
    "coalesce": (1, None),
}

Value: TypeAlias = Decimal | str | bool | date | tuple["Value", ...] | None

_CONTEXT = Context(
    prec=PRECISION,
    rounding=ROUND_HALF_EVEN,
    Emax=999_999,
    Emin=-999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
_PARSE_LOCK = threading.Lock()
_TOO_LARGE = 10**MAX_INTEGER_DIGITS

# --- user words -----------------------------------------------------------------------------

_KINDS: Mapping[str, Text] = {
    "number": Text(QT_TRANSLATE_NOOP("ScrmError", "number")),
    "text": Text(QT_TRANSLATE_NOOP("ScrmError", "text")),
    "date": Text(QT_TRANSLATE_NOOP("ScrmError", "date")),
    "yes-no": Text(QT_TRANSLATE_NOOP("ScrmError", "yes-no")),
    "empty": Text(QT_TRANSLATE_NOOP("ScrmError", "empty")),
    "list": Text(QT_TRANSLATE_NOOP("ScrmError", "list")),
    "text or list": Text(QT_TRANSLATE_NOOP("ScrmError", "text or list")),
}

_NOT_ALLOWED: Mapping[type[ast.AST], str] = {
    ast.Attribute: QT_TRANSLATE_NOOP("ScrmError", "attribute access"),
    ast.Subscript: QT_TRANSLATE_NOOP("ScrmError", "subscript"),
    ast.Slice: QT_TRANSLATE_NOOP("ScrmError", "slice"),
    ast.Lambda: QT_TRANSLATE_NOOP("ScrmError", "lambda"),
    ast.ListComp: QT_TRANSLATE_NOOP("ScrmError", "comprehension"),
    ast.SetComp: QT_TRANSLATE_NOOP("ScrmError", "comprehension"),
    ast.DictComp: QT_TRANSLATE_NOOP("ScrmError", "comprehension"),
    ast.GeneratorExp: QT_TRANSLATE_NOOP("ScrmError", "generator expression"),
    ast.JoinedStr: QT_TRANSLATE_NOOP("ScrmError", "f-string"),
    ast.FormattedValue: QT_TRANSLATE_NOOP("ScrmError", "f-string"),
    ast.Starred: QT_TRANSLATE_NOOP("ScrmError", "unpacking (*)"),
    ast.NamedExpr: QT_TRANSLATE_NOOP("ScrmError", "assignment expression (:=)"),
    ast.Await: QT_TRANSLATE_NOOP("ScrmError", "await"),
    ast.Yield: QT_TRANSLATE_NOOP("ScrmError", "yield"),
    ast.YieldFrom: QT_TRANSLATE_NOOP("ScrmError", "yield"),
    ast.Dict: QT_TRANSLATE_NOOP("ScrmError", "dictionary"),
    ast.Set: QT_TRANSLATE_NOOP("ScrmError", "set"),
}
_KEYWORD_ARGUMENT = QT_TRANSLATE_NOOP("ScrmError", "keyword argument")
_KEYWORD_UNPACKING = QT_TRANSLATE_NOOP("ScrmError", "keyword unpacking (**)")
_COMPUTED_CALL = QT_TRANSLATE_NOOP("ScrmError", "call of a computed value")
_BYTES = QT_TRANSLATE_NOOP("ScrmError", "bytes literal")
_IMAGINARY = QT_TRANSLATE_NOOP("ScrmError", "imaginary number")
_ELLIPSIS = QT_TRANSLATE_NOOP("ScrmError", "ellipsis (...)")

_BINOPS: Mapping[type[ast.operator], str] = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.MatMult: "@",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.BitOr: "|",
    ast.BitXor: "^",
    ast.BitAnd: "&",
}
_GROUPS: Mapping[str, int] = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2}  # left-associative chains
_UNARY: Mapping[type[ast.unaryop], str] = {ast.USub: "-", ast.UAdd: "+", ast.Not: "not", ast.Invert: "~"}
_COMPARE: Mapping[type[ast.cmpop], str] = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
}
_SKIP_IN_TREE = (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)

# --- the parsed tree ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Const:
    value: Value


@dataclass(frozen=True, slots=True)
class _Var:
    name: str


@dataclass(frozen=True, slots=True)
class _Seq:
    items: tuple[_Node, ...]


@dataclass(frozen=True, slots=True)
class _Unary:
    op: str  # "-", "+", "not"
    operand: _Node


@dataclass(frozen=True, slots=True)
class _Arith:
    """``first op operand op operand ...``, left to right, all of one precedence (+ - or * / // %)."""

    first: _Node
    rest: tuple[tuple[str, _Node], ...]


@dataclass(frozen=True, slots=True)
class _Pow:
    base: _Node
    exponent: _Node


@dataclass(frozen=True, slots=True)
class _Bool:
    op: str  # "and", "or"
    values: tuple[_Node, ...]


@dataclass(frozen=True, slots=True)
class _Compare:
    left: _Node
    rest: tuple[tuple[str, _Node], ...]


@dataclass(frozen=True, slots=True)
class _IfExp:
    test: _Node
    body: _Node
    orelse: _Node


@dataclass(frozen=True, slots=True)
class _Call:
    name: str
    args: tuple[_Node, ...]


_Node: TypeAlias = _Const | _Var | _Seq | _Unary | _Arith | _Pow | _Bool | _Compare | _IfExp | _Call


@dataclass(frozen=True, slots=True)
class Expression:
    """A parsed, checked text expression. Immutable; evaluate it as often as needed."""

    text: str
    names: frozenset[str]  # the variable names it reads
    _root: _Node = dataclass_field(repr=False, compare=False)

    def evaluate(self, variables: Mapping[str, Any], *, field: str | None = None) -> Any:
        """The value for ``variables``: a Decimal, str, bool, None, date or list. Raises ValidationError."""
        env = _Env(variables, field)
        return _export(_guarded(lambda: _eval(self._root, env), field))

    def canonical(self) -> str:
        """The expression written on one line, without comments, with only the brackets it needs."""
        return _unparse(self._root)


# --- parsing --------------------------------------------------------------------------------


def parse(text: str, *, field: str | None = None) -> Expression:
    """Parse and check ``text``; raises ValidationError naming what is wrong (and ``field``)."""
    if not isinstance(text, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Expression must be text, not {type}"),
            field=field,
            type=type(text).__name__,
        )
    try:
        return _parse_cached(text)
    except ValidationError as error:
        raise _with_field(error, field) from None


def evaluate(text: str, variables: Mapping[str, Any], *, field: str | None = None) -> Any:
    """Parse (cached) and evaluate ``text`` with ``variables``."""
    return parse(text, field=field).evaluate(variables, field=field)


@functools.lru_cache(maxsize=1024)
def _parse_cached(text: str) -> Expression:
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Expression: longer than {limit} characters"), limit=MAX_LENGTH
        )
    source = text.strip()
    lead = len(text) - len(text.lstrip())
    if not source:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expression is empty"))
    bad = _UNREADABLE.search(source)
    if bad is not None:
        raise _syntax_error(lead + bad.start() + 1, f"invalid character U+{ord(bad.group()):04X}")
    if _bracket_depth(source) > MAX_DEPTH:
        raise _too_deep()
    try:
        with _PARSE_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escapes warn; under "warnings are errors" they would fail
            tree = ast.parse(source, mode="eval")
    except SyntaxError as error:
        raise _syntax_error(lead + _position(source, error), error.msg or "invalid syntax") from None
    except (RecursionError, MemoryError, ValueError, OverflowError):
        raise _too_deep() from None
    nodes = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.expr):
            nodes += 1
            if nodes > MAX_NODES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Expression: too complex (more than {limit} parts)"),
                    limit=MAX_NODES,
                )
    if _tree_depth(tree) > MAX_DEPTH:
        raise _too_deep()
    converter = _Converter(source)
    root = converter.convert(tree.body)
    return Expression(text, frozenset(converter.names), root)


def _with_field(error: ValidationError, field: str | None) -> ValidationError:
    if field is None or error.field == field:
        return error
    return ValidationError(error.template, field=field, row=error.row, **error.params)


def _too_deep() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression: nested more than {limit} levels deep"), limit=MAX_DEPTH
    )


def _syntax_error(column: int, detail: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression syntax error at column {column}: {detail}"),
        column=column,
        detail=detail,
    )


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_UNREADABLE = re.compile("[\x00\ud800-\udfff]")  # a null or a lone surrogate: ast.parse cannot even encode it


def _position(source: str, error: SyntaxError) -> int:
    """The 1-based character position in ``source`` a SyntaxError points at."""
    if not error.offset or error.offset < 1:  # Python reports offset 0 for "unexpected end of input"
        return len(source) + 1
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(source)]
    line = min(max(error.lineno or 1, 1), len(starts))
    return min(starts[line - 1] + error.offset, len(source) + 1)


def _bracket_depth(source: str) -> int:
    """The deepest bracket nesting, skipping string literals and comments (ast.parse itself may overflow)."""
    depth = deepest = 0
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char in "'\"":
            quote = char * 3 if source.startswith(char * 3, i) else char
            i += len(quote)
            while i < n:
                if source[i] == "\\":
                    i += 2
                elif source.startswith(quote, i):
                    i += len(quote)
                    break
                elif len(quote) == 1 and source[i] in "\r\n":
                    break
                else:
                    i += 1
            continue
        if char == "#":
            while i < n and source[i] not in "\r\n":
                i += 1
            continue
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth = max(depth - 1, 0)
        i += 1
    return deepest


def _group(op: ast.operator) -> int:
    return _GROUPS.get(_BINOPS.get(type(op), ""), 0)


def _tree_depth(tree: ast.Expression) -> int:
    """The nesting of expression nodes, without recursion; a chain like a + b - c is one level."""
    deepest = 0
    stack: list[tuple[ast.AST, int]] = [(tree.body, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        for child in ast.iter_child_nodes(node):
            if isinstance(child, _SKIP_IN_TREE):
                continue
            same_chain = (
                isinstance(node, ast.BinOp)
                and child is node.left
                and isinstance(child, ast.BinOp)
                and _group(child.op) != 0
                and _group(child.op) == _group(node.op)
            )
            stack.append((child, depth if same_chain else depth + 1))
    return deepest


def _not_allowed(construct: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression: {construct} is not allowed"), construct=Text(construct)
    )


def _operator_not_allowed(operator: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression: the operator '{operator}' is not allowed"), operator=operator
    )


def _number_too_large(number: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression: the number {number} is too large"), number=_short(number)
    )


class _Converter:
    """Python's syntax tree → the allow-listed tree; refuses everything else by name."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.names: set[str] = set()

    def convert(self, node: ast.AST) -> _Node:
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            self.names.add(node.id)
            return _Var(node.id)
        if isinstance(node, ast.List | ast.Tuple):
            return _Seq(tuple(self.convert(item) for item in node.elts))
        if isinstance(node, ast.UnaryOp):
            op = _UNARY[type(node.op)]
            if op == "~":
                raise _operator_not_allowed(op)
            return _Unary(op, self.convert(node.operand))
        if isinstance(node, ast.BinOp):
            return self.binop(node)
        if isinstance(node, ast.BoolOp):
            return _Bool("and" if isinstance(node.op, ast.And) else "or", tuple(self.convert(v) for v in node.values))
        if isinstance(node, ast.Compare):
            ops = [_COMPARE[type(op)] for op in node.ops]
            for op in ops:
                if op in ("is", "is not"):
                    raise _operator_not_allowed(op)
            left = self.convert(node.left)
            return _Compare(left, tuple((op, self.convert(c)) for op, c in zip(ops, node.comparators, strict=True)))
        if isinstance(node, ast.IfExp):
            return _IfExp(self.convert(node.test), self.convert(node.body), self.convert(node.orelse))
        if isinstance(node, ast.Call):
            return self.call(node)
        construct = _NOT_ALLOWED.get(type(node))
        raise _not_allowed(construct if construct is not None else type(node).__name__)

    def constant(self, node: ast.Constant) -> _Node:
        value = node.value
        if value is None or isinstance(value, bool | str):
            return _Const(value)
        if isinstance(value, int):
            if abs(value) >= _TOO_LARGE:
                raise _number_too_large(ast.get_source_segment(self.source, node) or "")
            return _Const(Decimal(value))
        if isinstance(value, float):
            segment = (ast.get_source_segment(self.source, node) or repr(value)).replace("_", "")
            try:
                number = Decimal(segment)
            except (InvalidOperation, ValueError):  # pragma: no cover - a float literal is a Decimal literal
                number = Decimal(repr(value))
            if not number.is_finite() or (number and number.adjusted() >= MAX_INTEGER_DIGITS):
                raise _number_too_large(segment)
            if _exponent(number) > 0 and number.adjusted() < PRECISION:  # 1e5 → 100000
                number = _CONTEXT.quantize(number, Decimal(1))
            return _Const(number)
        if isinstance(value, bytes):
            raise _not_allowed(_BYTES)
        if isinstance(value, complex):
            raise _not_allowed(_IMAGINARY)
        raise _not_allowed(_ELLIPSIS)

    def binop(self, node: ast.BinOp) -> _Node:
        op = _BINOPS[type(node.op)]
        if op == "**":
            return _Pow(self.convert(node.left), self.convert(node.right))
        group = _GROUPS.get(op)
        if group is None:
            raise _operator_not_allowed(op)
        rest: list[tuple[str, ast.expr]] = []
        current: ast.expr = node
        while isinstance(current, ast.BinOp) and _group(current.op) == group:
            rest.append((_BINOPS[type(current.op)], current.right))
            current = current.left
        first = self.convert(current)
        return _Arith(first, tuple((o, self.convert(operand)) for o, operand in reversed(rest)))

    def call(self, node: ast.Call) -> _Node:
        func = node.func
        if not isinstance(func, ast.Name):
            self.convert(func)  # names what is wrong with it (attribute access, lambda ...) if anything
            raise _not_allowed(_COMPUTED_CALL)
        name = func.id
        if name not in FUNCTIONS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Expression: function call to '{name}' is not allowed (allowed: {allowed})"
                ),
                name=_short(name),
                allowed=", ".join(FUNCTIONS),
            )
        for kw in node.keywords:
            raise _not_allowed(_KEYWORD_ARGUMENT if kw.arg is not None else _KEYWORD_UNPACKING)
        args = tuple(self.convert(arg) for arg in node.args)
        least, most = FUNCTIONS[name]
        count = len(args)
        if most is None and count < least:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Expression: {name}() takes at least {least} argument(s), not {count}"),
                name=name,
                least=least,
                count=count,
            )
        if most is not None and not least <= count <= most:
            if least == most:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Expression: {name}() takes {least} argument(s), not {count}"),
                    name=name,
                    least=least,
                    count=count,
                )
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Expression: {name}() takes {least} to {most} argument(s), not {count}"),
                name=name,
                least=least,
                most=most,
                count=count,
            )
        return _Call(name, args)


def _exponent(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- writing a tree as text -----------------------------------------------------------------


def _precedence(node: _Node) -> int:
    if isinstance(node, _Const):
        return 8 if isinstance(node.value, Decimal) and node.value.is_signed() else 10
    if isinstance(node, _Var | _Seq | _Call):
        return 10
    if isinstance(node, _Pow):
        return 9
    if isinstance(node, _Unary):
        return 4 if node.op == "not" else 8
    if isinstance(node, _Arith):
        return 7 if _GROUPS[node.rest[0][0]] == 2 else 6
    if isinstance(node, _Compare):
        return 5
    if isinstance(node, _Bool):
        return 3 if node.op == "and" else 2
    return 1  # _IfExp


def _wrapped(node: _Node, parens: bool) -> str:
    text = _unparse(node)
    return f"({text})" if parens else text


def _literal(value: Value) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, date):
        return repr(value.isoformat())
    return str(value)  # Decimal, True, False, None


def _unparse(node: _Node) -> str:
    """One line of text that parses back to the same tree (only the brackets it needs)."""
    if isinstance(node, _Const):
        return _literal(node.value)
    if isinstance(node, _Var):
        return node.name
    if isinstance(node, _Seq):
        return "[" + ", ".join(_unparse(item) for item in node.items) + "]"
    if isinstance(node, _Call):
        return f"{node.name}(" + ", ".join(_unparse(arg) for arg in node.args) + ")"
    own = _precedence(node)
    if isinstance(node, _Unary):
        if node.op == "not":
            return "not " + _wrapped(node.operand, _precedence(node.operand) < own)
        return node.op + _wrapped(node.operand, _precedence(node.operand) < own)
    if isinstance(node, _Pow):
        base = _wrapped(node.base, _precedence(node.base) <= own)
        return base + " ** " + _wrapped(node.exponent, _precedence(node.exponent) < 8)
    if isinstance(node, _Arith):
        parts = [_wrapped(node.first, _precedence(node.first) < own)]
        parts += [f" {op} " + _wrapped(operand, _precedence(operand) <= own) for op, operand in node.rest]
        return "".join(parts)
    if isinstance(node, _Compare):
        parts = [_wrapped(node.left, _precedence(node.left) <= own)]
        parts += [f" {op} " + _wrapped(operand, _precedence(operand) <= own) for op, operand in node.rest]
        return "".join(parts)
    if isinstance(node, _Bool):
        return f" {node.op} ".join(_wrapped(v, _precedence(v) <= own) for v in node.values)
    body = _wrapped(node.body, _precedence(node.body) <= own)
    test = _wrapped(node.test, _precedence(node.test) <= own)
    return f"{body} if {test} else " + _wrapped(node.orelse, _precedence(node.orelse) < own)


# --- values ---------------------------------------------------------------------------------


def _kind(value: Value) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "yes-no"
    if isinstance(value, Decimal):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, date):
        return "date"
    return "list"


def _kind_text(value: Value) -> Text:
    return _KINDS[_kind(value)]


def _plain_str(value: str) -> str:
    return value if type(value) is str else str.__str__(value)


def _too_large(field: str | None) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expression: result too large"), field=field)


def _checked(number: Decimal, field: str | None) -> Decimal:
    if not number.is_finite() or (number and number.adjusted() >= MAX_INTEGER_DIGITS):
        raise _too_large(field)
    return number


def _to_number(value: object) -> Decimal | None:
    """An int, float or Decimal as a finite Decimal within the size limit; None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(int(value)) if abs(value) < _TOO_LARGE else None
    if isinstance(value, float):
        return Decimal(str(value)) if math.isfinite(value) and abs(value) < _TOO_LARGE else None
    if isinstance(value, Decimal):
        if not value.is_finite() or (value and value.adjusted() >= MAX_INTEGER_DIGITS):
            return None
        return value
    return None


def _to_value(value: object, *, nested: bool = False) -> Value:
    """A variable or condition value as a Value; raises _Unsupported for anything else."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _plain_str(value)
    if isinstance(value, date):
        return value
    if isinstance(value, int | float | Decimal):
        number = _to_number(value)
        if number is None:
            raise _Unsupported(QT_TRANSLATE_NOOP("ScrmError", "is not a finite number of at most 30 digits"))
        return number
    if isinstance(value, list | tuple) and not nested:
        return tuple(_to_value(item, nested=True) for item in value)
    raise _Unsupported(QT_TRANSLATE_NOOP("ScrmError", "has an unsupported type"))


class _Unsupported(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Env:
    """The variables of one evaluation, converted to Values on first use."""

    __slots__ = ("cache", "field", "variables")

    def __init__(self, variables: Mapping[str, Any], field: str | None) -> None:
        self.variables = variables
        self.field = field
        self.cache: dict[str, Value] = {}

    def lookup(self, name: str, *, missing_is_empty: bool = False) -> Value:
        if name in self.cache:
            return self.cache[name]
        if name not in self.variables:
            if missing_is_empty:
                return None
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Expression: unknown name '{name}'"), field=self.field, name=name
            )
        raw = self.variables[name]
        try:
            value = _to_value(raw)
        except _Unsupported as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Expression: the value of '{name}' ({type}) {reason}"),
                field=self.field,
                name=name,
                type=type(raw).__name__,
                reason=Text(error.reason),
            ) from None
        self.cache[name] = value
        return value


def _guarded(compute: Callable[[], Value], field: str | None) -> Value:
    """Run an evaluation in the module's own Decimal context; arithmetic trouble becomes ValidationError."""
    try:
        with localcontext(_CONTEXT):
            return compute()
    except DecimalException:
        raise _too_large(field) from None
    except (RecursionError, MemoryError, OverflowError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Expression: too complex to evaluate"), field=field
        ) from None


def _export(value: Value) -> Any:
    if isinstance(value, tuple):
        return [_export(item) for item in value]
    return value


# --- comparisons ----------------------------------------------------------------------------


def _as_date(value: Value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _comparable(a: Value, b: Value) -> tuple[Any, Any] | None:
    """Two values ready for ordering, or None if their kinds cannot be ordered against each other."""
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a, b
    if isinstance(a, str) and isinstance(b, str):
        return a, b
    if isinstance(a, date) or isinstance(b, date):
        left, right = _as_date(a), _as_date(b)
        if left is None or right is None:
            return None
        if isinstance(left, datetime) != isinstance(right, datetime):  # a date against a date and time
            left = left.date() if isinstance(left, datetime) else left
            right = right.date() if isinstance(right, datetime) else right
        return left, right
    return None


def _equal(a: Value, b: Value) -> bool:
    if a is None or b is None:
        return a is b
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, tuple) or isinstance(b, tuple):
        if not (isinstance(a, tuple) and isinstance(b, tuple)) or len(a) != len(b):
            return False
        return all(_equal(x, y) for x, y in zip(a, b, strict=True))
    pair = _comparable(a, b)
    return pair is not None and bool(pair[0] == pair[1])


def _mismatch(op: str, a: Value, b: Value, field: str | None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression: cannot compare {left} with {right} using '{op}'"),
        field=field,
        left=_kind_text(a),
        right=_kind_text(b),
        op=op,
    )


def _order(op: str, a: Value, b: Value, field: str | None) -> bool:
    pair = _comparable(a, b)
    if pair is None:
        raise _mismatch(op, a, b, field)
    left, right = pair
    try:
        if op == "<":
            return bool(left < right)
        if op == "<=":
            return bool(left <= right)
        if op == ">":
            return bool(left > right)
        return bool(left >= right)
    except TypeError:  # a date and time with a zone against one without
        raise _mismatch(op, a, b, field) from None


def _member(item: Value, container: Value, op: str, field: str | None) -> bool:
    if isinstance(container, tuple):
        return any(_equal(item, x) for x in container)
    if isinstance(container, str) and isinstance(item, str):
        return item in container
    raise _mismatch(op, item, container, field)


def _compare(op: str, a: Value, b: Value, field: str | None) -> bool:
    if op == "==":
        return _equal(a, b)
    if op == "!=":
        return not _equal(a, b)
    if op == "in":
        return _member(a, b, op, field)
    if op == "not in":
        return not _member(a, b, op, field)
    return _order(op, a, b, field)


def _contains(haystack: Value, needle: Value) -> bool:
    """Text contains text, or a list contains an item; anything else (also empty) does not contain."""
    if isinstance(haystack, str):
        return isinstance(needle, str) and needle in haystack
    if isinstance(haystack, tuple):
        return any(_equal(x, needle) for x in haystack)
    return False


def _is_empty(value: Value) -> bool:
    return value is None or (isinstance(value, str | tuple) and len(value) == 0)


# --- evaluation -----------------------------------------------------------------------------


def _operator_mismatch(op: str, a: Value, b: Value, field: str | None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression: cannot use '{op}' on {left} and {right}"),
        field=field,
        op=op,
        left=_kind_text(a),
        right=_kind_text(b),
    )


def _arith(op: str, a: Value, b: Value, field: str | None) -> Value:
    if op == "+" and isinstance(a, str) and isinstance(b, str):
        if len(a) + len(b) > MAX_TEXT_LENGTH:
            raise _text_too_long(field)
        return a + b
    if not (isinstance(a, Decimal) and isinstance(b, Decimal)):
        raise _operator_mismatch(op, a, b, field)
    if op in ("/", "//", "%") and not b:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Expression: division by zero"), field=field)
    if op == "+":
        result = a + b
    elif op == "-":
        result = a - b
    elif op == "*":
        result = a * b
    elif op == "/":
        result = a / b
    else:  # // and % round the quotient down (toward minus infinity), as Python does
        quotient, remainder = divmod(a, b)
        if remainder and (remainder < 0) != (b < 0):
            quotient -= 1
            remainder += b
        result = quotient if op == "//" else remainder
    return _checked(result, field)


def _text_too_long(field: str | None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression: the text result would be longer than {limit} characters"),
        field=field,
        limit=MAX_TEXT_LENGTH,
    )


def _power(base: Value, exponent: Value, field: str | None) -> Value:
    if not (isinstance(base, Decimal) and isinstance(exponent, Decimal)):
        raise _operator_mismatch("**", base, exponent, field)
    if exponent != exponent.to_integral_value() or not 0 <= exponent <= MAX_EXPONENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Expression: the exponent must be a whole number from 0 to {limit}"),
            field=field,
            limit=MAX_EXPONENT,
        )
    if not exponent:
        return Decimal(1)
    return _checked(base ** int(exponent), field)


def _eval(node: _Node, env: _Env) -> Value:
    if isinstance(node, _Const):
        return node.value
    if isinstance(node, _Var):
        return env.lookup(node.name)
    if isinstance(node, _Compare):
        left = _eval(node.left, env)
        for op, right_node in node.rest:
            right = _eval(right_node, env)
            if not _compare(op, left, right, env.field):
                return False
            left = right
        return True
    if isinstance(node, _Bool):
        if node.op == "and":
            return all(bool(_eval(value, env)) for value in node.values)
        return any(bool(_eval(value, env)) for value in node.values)
    if isinstance(node, _Unary):
        operand = _eval(node.operand, env)
        if node.op == "not":
            return not operand
        if not isinstance(operand, Decimal):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Expression: cannot use '{op}' on {operand}"),
                field=env.field,
                op=node.op,
                operand=_kind_text(operand),
            )
        return -operand if node.op == "-" else +operand
    if isinstance(node, _Arith):
        value = _eval(node.first, env)
        for op, operand_node in node.rest:
            value = _arith(op, value, _eval(operand_node, env), env.field)
        return value
    if isinstance(node, _Pow):
        return _power(_eval(node.base, env), _eval(node.exponent, env), env.field)
    if isinstance(node, _IfExp):
        return _eval(node.body, env) if _eval(node.test, env) else _eval(node.orelse, env)
    if isinstance(node, _Seq):
        return tuple(_eval(item, env) for item in node.items)
    return _call(node, env)


def _call(node: _Call, env: _Env) -> Value:
    if node.name == "coalesce":  # lazy: the first value that is not empty
        for arg in node.args:
            value = _eval(arg, env)
            if value is not None:
                return value
        return None
    args = [_eval(arg, env) for arg in node.args]
    return _FUNCTION_IMPLEMENTATIONS[node.name](args, env.field)


def _wrong_argument(name: str, expected: str, actual: Value, field: str | None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "Expression: {name}() needs {expected}, not {actual}"),
        field=field,
        name=name,
        expected=_KINDS[expected],
        actual=_kind_text(actual),
    )


def _number_argument(name: str, value: Value, field: str | None) -> Decimal:
    if not isinstance(value, Decimal):
        raise _wrong_argument(name, "number", value, field)
    return value


def _text_argument(name: str, value: Value, field: str | None) -> str:
    if not isinstance(value, str):
        raise _wrong_argument(name, "text", value, field)
    return value


def _fn_abs(args: Sequence[Value], field: str | None) -> Value:
    return _checked(abs(_number_argument("abs", args[0], field)), field)


def _extreme(name: str, args: Sequence[Value], field: str | None) -> Value:
    items: Sequence[Value] = args
    if len(args) == 1 and isinstance(args[0], tuple):
        items = args[0]
    if not items:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Expression: {name}() of an empty list"), field=field, name=name
        )
    best = items[0]
    for item in items[1:]:
        if _order("<" if name == "min" else ">", item, best, field):
            best = item
    if len(items) == 1:
        _order("<=", best, best, field)  # min('a') is fine, min(None) is not
    return best


def _fn_round(args: Sequence[Value], field: str | None) -> Value:
    number = _number_argument("round", args[0], field)
    digits = args[1] if len(args) > 1 else Decimal(0)
    if (
        not isinstance(digits, Decimal)
        or digits != digits.to_integral_value()
        or not -MAX_ROUND_DIGITS <= digits <= MAX_ROUND_DIGITS
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "Expression: the digits of round() must be a whole number from {low} to {high}"
            ),
            field=field,
            low=-MAX_ROUND_DIGITS,
            high=MAX_ROUND_DIGITS,
        )
    places = int(digits)
    result = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if places < 0:
        result = result.quantize(Decimal(1))  # 1.2E+3 → 1200
    return _checked(result, field)


def _fn_len(args: Sequence[Value], field: str | None) -> Value:
    value = args[0]
    if not isinstance(value, str | tuple):
        raise _wrong_argument("len", "text or list", value, field)
    return Decimal(len(value))


def _whole(number: Decimal) -> Decimal:
    whole = number.to_integral_value(rounding=ROUND_DOWN)
    if _exponent(whole) > 0 and whole.adjusted() < PRECISION:
        whole = whole.quantize(Decimal(1))
    return whole


def _fn_int(args: Sequence[Value], field: str | None) -> Value:
    value = args[0]
    if isinstance(value, Decimal):
        return _whole(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except (InvalidOperation, ValueError):
            number = Decimal("NaN")
        if not number.is_finite():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Expression: '{text}' is not a number"), field=field, text=_short(value)
            )
        return _checked(_whole(_checked(number, field)), field)
    raise _wrong_argument("int", "number", value, field)


def _fn_str(args: Sequence[Value], field: str | None) -> Value:
    value = args[0]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, Decimal):
        return format(value, "f") if value.adjusted() >= -MAX_INTEGER_DIGITS else str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    raise _wrong_argument("str", "text", value, field)


def _fn_upper(args: Sequence[Value], field: str | None) -> Value:
    return _text_argument("upper", args[0], field).upper()


def _fn_lower(args: Sequence[Value], field: str | None) -> Value:
    return _text_argument("lower", args[0], field).lower()


def _fn_contains(args: Sequence[Value], field: str | None) -> Value:
    return _contains(args[0], args[1])


def _fn_startswith(args: Sequence[Value], field: str | None) -> Value:
    if args[0] is None:
        return False
    return _text_argument("startswith", args[0], field).startswith(_text_argument("startswith", args[1], field))


def _fn_empty(args: Sequence[Value], field: str | None) -> Value:
    return _is_empty(args[0])


_FUNCTION_IMPLEMENTATIONS: Mapping[str, Callable[[Sequence[Value], str | None], Value]] = {
    "abs": _fn_abs,
    "min": functools.partial(_extreme, "min"),
    "max": functools.partial(_extreme, "max"),
    "round": _fn_round,
    "len": _fn_len,
    "int": _fn_int,
    "str": _fn_str,
    "upper": _fn_upper,
    "lower": _fn_lower,
    "contains": _fn_contains,
    "startswith": _fn_startswith,
    "empty": _fn_empty,
}

# --- structured conditions ------------------------------------------------------------------

_TEXT_OPS: Mapping[str, str] = {"not_in": "not in"}
_ORDERING = frozenset({">", ">=", "<", "<="})


@dataclass(frozen=True, slots=True)
class _Leaf:
    field: str
    op: str
    value: Value


@dataclass(frozen=True, slots=True)
class _Group:
    op: str  # "all", "any"
    items: tuple[_Cond, ...]


@dataclass(frozen=True, slots=True)
class _Not:
    item: _Cond


@dataclass(frozen=True, slots=True)
class _Text:
    expression: Expression


_Cond: TypeAlias = _Leaf | _Group | _Not | _Text


def check_condition(cond: object, *, field: str | None = None) -> None:
    """Raise ValidationError if ``cond`` is not a well-formed condition that can also be written as text."""
    compiled = _compile(cond, field)
    try:
        parse(_unparse(_as_expression(compiled)))
    except ValidationError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Condition: too complex to write as an expression: {error}"),
            field=field,
            error=error,
        ) from None


def condition_names(cond: Mapping[str, Any]) -> frozenset[str]:
    """The variable names a condition reads."""
    names: set[str] = set()
    stack = [_compile(cond, None)]
    while stack:
        node = stack.pop()
        if isinstance(node, _Leaf):
            names.add(node.field)
        elif isinstance(node, _Text):
            names |= node.expression.names
        elif isinstance(node, _Not):
            stack.append(node.item)
        else:
            stack.extend(node.items)
    return frozenset(names)


def evaluate_condition(cond: Mapping[str, Any], variables: Mapping[str, Any], *, field: str | None = None) -> bool:
    """Whether ``cond`` holds for ``variables``; a malformed condition raises ValidationError."""
    compiled = _compile(cond, field)
    env = _Env(variables, field)
    return bool(_guarded(lambda: _holds(compiled, env), field))


def describe_condition(cond: Mapping[str, Any]) -> str:
    """The condition as one line of text expression, e.g. ``amount >= 1000 and scenario == '安装'``.

    ``parse()`` accepts it (for a condition ``check_condition`` accepts) and, with every variable given,
    it evaluates to the same result as the structured form.
    """
    return _unparse(_as_expression(_compile(cond, None)))


to_text = describe_condition


def _condition_error(template: str, field: str | None, **params: Any) -> ValidationError:
    return ValidationError(template, field=field, **params)


def _compile(cond: object, field: str | None) -> _Cond:
    leaves = [0]
    return _compile_node(cond, field, 0, leaves)


def _compile_node(cond: object, field: str | None, depth: int, leaves: list[int]) -> _Cond:
    if not isinstance(cond, Mapping):
        raise _condition_error(
            QT_TRANSLATE_NOOP(
                "ScrmError", "Condition: expected a mapping with 'all', 'any', 'not', 'expr' or 'field', not {type}"
            ),
            field,
            type=type(cond).__name__,
        )
    keys = list(cond)
    primary = next((k for k in ("all", "any", "not", "expr") if k in cond), None)
    allowed = {primary} if primary is not None else {"field", "op", "value"}
    for key in keys:
        if key not in allowed:
            raise _condition_error(
                QT_TRANSLATE_NOOP("ScrmError", "Condition: unexpected key '{key}'"), field, key=_short(str(key))
            )
    if primary in ("all", "any", "not"):
        if depth >= MAX_CONDITION_DEPTH:
            raise _condition_error(
                QT_TRANSLATE_NOOP("ScrmError", "Condition: nested more than {limit} levels deep"),
                field,
                limit=MAX_CONDITION_DEPTH,
            )
        if primary == "not":
            return _Not(_compile_node(cond["not"], field, depth + 1, leaves))
        items = cond[primary]
        if not isinstance(items, list | tuple):
            raise _condition_error(
                QT_TRANSLATE_NOOP("ScrmError", "Condition: '{key}' needs a list of conditions"), field, key=primary
            )
        return _Group(primary, tuple(_compile_node(item, field, depth + 1, leaves) for item in items))
    leaves[0] += 1
    if leaves[0] > MAX_CONDITION_LEAVES:
        raise _condition_error(
            QT_TRANSLATE_NOOP("ScrmError", "Condition: more than {limit} comparisons"),
            field,
            limit=MAX_CONDITION_LEAVES,
        )
    if primary == "expr":
        text = cond["expr"]
        if not isinstance(text, str):
            raise _condition_error(QT_TRANSLATE_NOOP("ScrmError", "Condition: 'expr' needs text"), field)
        return _Text(parse(text, field=field))
    return _compile_leaf(cond, field)


def _is_field_name(name: object) -> bool:
    return (
        isinstance(name, str)
        and name.isidentifier()
        and not keyword.iskeyword(name)
        and unicodedata.normalize("NFKC", name) == name
    )


def _compile_leaf(cond: Mapping[Any, Any], field: str | None) -> _Leaf:
    for key in ("field", "op"):
        if key not in cond:
            raise _condition_error(QT_TRANSLATE_NOOP("ScrmError", "Condition: missing '{key}'"), field, key=key)
    name = cond["field"]
    if not _is_field_name(name):
        raise _condition_error(
            QT_TRANSLATE_NOOP("ScrmError", "Condition: '{name}' is not a valid field name"),
            field,
            name=_short(str(name)),
        )
    op = cond["op"]
    if op not in CONDITION_OPS:
        raise _condition_error(
            QT_TRANSLATE_NOOP("ScrmError", "Condition: unknown operator '{op}' (allowed: {allowed})"),
            field,
            op=_short(str(op)),
            allowed=", ".join(CONDITION_OPS),
        )
    raw = cond.get("value")
    if op in ("empty", "not_empty"):
        if raw is not None:
            raise _condition_error(QT_TRANSLATE_NOOP("ScrmError", "Condition: '{op}' takes no value"), field, op=op)
        return _Leaf(name, op, None)
    if "value" not in cond:
        raise _condition_error(QT_TRANSLATE_NOOP("ScrmError", "Condition: missing '{key}'"), field, key="value")
    if op in ("in", "not_in"):
        if not isinstance(raw, list | tuple):
            raise _condition_error(
                QT_TRANSLATE_NOOP("ScrmError", "Condition: '{op}' needs a list of values"), field, op=op
            )
        return _Leaf(name, op, tuple(_leaf_value(item, op, field) for item in raw))
    value = _leaf_value(raw, op, field)
    if (op in _ORDERING and (value is None or isinstance(value, bool))) or (op == "contains" and value is None):
        raise _bad_value(raw, op, field)
    return _Leaf(name, op, value)


def _bad_value(raw: object, op: str, field: str | None) -> ValidationError:
    return _condition_error(
        QT_TRANSLATE_NOOP("ScrmError", "Condition: {value} is not a valid value for '{op}'"),
        field,
        value=_short(repr(raw)),
        op=op,
    )


def _leaf_value(raw: object, op: str, field: str | None) -> Value:
    """A scalar value of a leaf: empty, yes-no, number, text or date (not a date and time)."""
    if isinstance(raw, datetime):
        raise _bad_value(raw, op, field)
    try:
        return _to_value(raw, nested=True)
    except _Unsupported:
        raise _bad_value(raw, op, field) from None


def _as_expression(node: _Cond) -> _Node:
    """The text-expression tree a condition is written as."""
    if isinstance(node, _Text):
        return node.expression._root
    if isinstance(node, _Not):
        return _Unary("not", _as_expression(node.item))
    if isinstance(node, _Group):
        if not node.items:
            return _Const(node.op == "all")
        if len(node.items) == 1:
            return _as_expression(node.items[0])
        return _Bool("and" if node.op == "all" else "or", tuple(_as_expression(i) for i in node.items))
    variable = _Var(node.field)
    if node.op == "empty":
        return _Call("empty", (variable,))
    if node.op == "not_empty":
        return _Unary("not", _Call("empty", (variable,)))
    if node.op == "contains":
        return _Call("contains", (variable, _Const(node.value)))
    if isinstance(node.value, tuple):
        operand: _Node = _Seq(tuple(_Const(item) for item in node.value))
    else:
        operand = _Const(node.value)
    return _Compare(variable, ((_TEXT_OPS.get(node.op, node.op), operand),))


def _holds(node: _Cond, env: _Env) -> bool:
    if isinstance(node, _Group):
        if node.op == "all":
            return all(_holds(item, env) for item in node.items)
        return any(_holds(item, env) for item in node.items)
    if isinstance(node, _Not):
        return not _holds(node.item, env)
    if isinstance(node, _Text):
        return bool(_eval(node.expression._root, env))
    actual = env.lookup(node.field, missing_is_empty=True)
    op = node.op
    if op == "empty":
        return _is_empty(actual)
    if op == "not_empty":
        return not _is_empty(actual)
    if op == "contains":
        return _contains(actual, node.value)
    if op in _ORDERING and actual is None:
        return False  # a value not filled in yet is neither more nor less than anything
    return _compare(_TEXT_OPS.get(op, op), actual, node.value, env.field)
