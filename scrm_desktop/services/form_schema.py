"""A form's fields and layout as plain data, and the one set of rules that checks forms and their data.

A form version stores one JSON document, its *schema*: the fields (typed, with validation, visibility
and required-when rules, formulas for computed fields) and the rows they are laid out in. This module
is Qt-free and does no I/O: the form designer edits a ``FormSchema``, the runtime renderer draws one,
and :func:`validate_data` is the one validation the renderer, the CLI, the workflow engine and the
tests all run, so a form accepts exactly the same data everywhere.

Values stored in submitted data (never floats, never objects):

* ``text``, ``textarea``, ``select``, ``customer``, ``user`` (UUID text) → text
* ``multiselect`` → list of texts; ``checkbox`` → ``true``/``false``
* ``number`` → decimal text (``"2.5"``); ``money`` → text with two decimals (``"123.45"``)
* ``date`` → ``"YYYY-MM-DD"``; ``datetime`` → ISO 8601 with its offset (``"2025-01-31T14:30:00+08:00"``)
* ``region`` → a GB/T 2260 code (``"440106"``)
* ``catalog_lines`` → ``[{"item": "<catalog item code>", "quantity": "2"}]``
* ``photo``, ``attachment`` → lists of file references, ``signature`` → one file reference, where a
  reference is ``{"file": "<uuid>", "name": "...", "mime": "...", "size": n}``
* ``computed`` → the computed value as text, recomputed on every validation (never taken from input)

Conditions (``visible_when``, ``required_when``) are the structured conditions of
``services/expressions.py``; formulas are its text expressions. Both read other fields by key: numbers
and money as numbers, dates as dates, checkboxes as yes-no, multi-selects as lists of texts, catalog
lines as the list of their item codes, files as the list of their ids. A field that is not visible
(or hidden by the node's permissions) reads as empty.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import hashlib
import json
import keyword
import math
import re
import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any, Protocol

from scrm_desktop.services import expressions
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, Text, Translate, ValidationError

TEXT = "text"
TEXTAREA = "textarea"
NUMBER = "number"
MONEY = "money"
DATE = "date"
DATETIME = "datetime"
SELECT = "select"
MULTISELECT = "multiselect"
REGION = "region"
CUSTOMER = "customer"
USER = "user"
CATALOG_LINES = "catalog_lines"
PHOTO = "photo"
ATTACHMENT = "attachment"
SIGNATURE = "signature"
CHECKBOX = "checkbox"
COMPUTED = "computed"

FIELD_TYPES = (
    TEXT,
    TEXTAREA,
    NUMBER,
    MONEY,
    DATE,
    DATETIME,
    SELECT,
    MULTISELECT,
    REGION,
    CUSTOMER,
    USER,
    CATALOG_LINES,
    PHOTO,
    ATTACHMENT,
    SIGNATURE,
    CHECKBOX,
    COMPUTED,
)
FIELD_TYPE_LABELS: Mapping[str, Text] = {
    TEXT: Text(QT_TRANSLATE_NOOP("ScrmError", "Text")),
    TEXTAREA: Text(QT_TRANSLATE_NOOP("ScrmError", "Multi-line text")),
    NUMBER: Text(QT_TRANSLATE_NOOP("ScrmError", "Number")),
    MONEY: Text(QT_TRANSLATE_NOOP("ScrmError", "Money")),
    DATE: Text(QT_TRANSLATE_NOOP("ScrmError", "Date")),
    DATETIME: Text(QT_TRANSLATE_NOOP("ScrmError", "Date and time")),
    SELECT: Text(QT_TRANSLATE_NOOP("ScrmError", "Single select")),
    MULTISELECT: Text(QT_TRANSLATE_NOOP("ScrmError", "Multi select")),
    REGION: Text(QT_TRANSLATE_NOOP("ScrmError", "Region")),
    CUSTOMER: Text(QT_TRANSLATE_NOOP("ScrmError", "Customer")),
    USER: Text(QT_TRANSLATE_NOOP("ScrmError", "User")),
    CATALOG_LINES: Text(QT_TRANSLATE_NOOP("ScrmError", "Catalog lines")),
    PHOTO: Text(QT_TRANSLATE_NOOP("ScrmError", "Photo")),
    ATTACHMENT: Text(QT_TRANSLATE_NOOP("ScrmError", "Attachment")),
    SIGNATURE: Text(QT_TRANSLATE_NOOP("ScrmError", "Signature")),
    CHECKBOX: Text(QT_TRANSLATE_NOOP("ScrmError", "Checkbox")),
    COMPUTED: Text(QT_TRANSLATE_NOOP("ScrmError", "Computed")),
}
PERMISSIONS = ("hidden", "readonly", "editable", "required")  # per node, set in the workflow designer

RANGED_TYPES = (NUMBER, MONEY, DATE, DATETIME)  # min/max apply
TEXT_TYPES = (TEXT, TEXTAREA)  # min_length/max_length/pattern apply
CHOICE_TYPES = (SELECT, MULTISELECT)  # options apply
FILE_TYPES = (PHOTO, ATTACHMENT)  # max_files applies
PRECISION_TYPES = (NUMBER, MONEY, COMPUTED)
NO_DEFAULT_TYPES = (CUSTOMER, USER, CATALOG_LINES, PHOTO, ATTACHMENT, SIGNATURE, COMPUTED)

MAX_FIELDS = 200
MAX_ROW_FIELDS = 4
ROW_COLUMNS = 4
MAX_KEY = 40
MAX_LABEL = 100
MAX_HELP = 500
MAX_PLACEHOLDER = 200
MAX_OPTIONS = 200
MAX_OPTION = 100
MAX_PATTERN = 200
MAX_INPUT = 10_000  # characters of one text value
MAX_PRECISION = 4
MONEY_PRECISION = 2
QUANTITY_PRECISION = 3
MAX_NUMBER_DIGITS = 15  # integer digits of a number field
MAX_MONEY = Decimal("999999999999.99")  # NUMERIC(14, 2)
MAX_QUANTITY = Decimal("999999999.999")  # NUMERIC(12, 3)
MAX_LINES = 200
MAX_FILES = 20
MAX_ITEM_CODE = 40
MAX_FILE_NAME = 200
MAX_ERRORS_PER_FIELD = 20
FORM_ERROR_KEY = "__form__"  # errors about the data as a whole (never a field key: those start with a letter)

_KEY_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")
_NUMBER_RE = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_REGION_RE = re.compile(r"^\d{6}$")
# Characters a database text cannot hold or a user cannot have meant: NUL, other C0 controls
# (tab and line breaks are fine) and lone surrogates.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def is_valid_key(key: object) -> bool:
    """A field key: a letter, then letters, digits or '_' (at most 40), and not a Python keyword,
    so formulas and conditions can name it."""
    return isinstance(key, str) and bool(_KEY_RE.match(key)) and not keyword.iskeyword(key)


# --- the schema --------------------------------------------------------------------------------------


@dataclass
class FieldSpec:
    """One field of a form. ``min``/``max`` are text: decimals for numbers and money, ISO for dates."""

    key: str
    type: str
    label: str = ""
    help: str = ""
    placeholder: str = ""
    default: Any = None
    required: bool = False
    min: str | None = None
    max: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    precision: int | None = None
    options: list[str] = field(default_factory=list)
    formula: str | None = None
    visible_when: dict[str, Any] | None = None
    required_when: dict[str, Any] | None = None
    max_files: int | None = None
    width: int = 1

    @property
    def title(self) -> str:
        """What messages call the field: its label, else its key."""
        return self.label.strip() or self.key

    def to_json(self) -> dict[str, Any]:
        """The field as JSON: key, type and label always, other properties when not their default."""
        data: dict[str, Any] = {"key": self.key, "type": self.type, "label": self.label}
        for name, empty in _OPTIONAL_PROPERTIES:
            value = getattr(self, name)
            if value != empty:
                data[name] = copy.deepcopy(value)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any], index: int = 1) -> FieldSpec:
        """Read one field of untrusted JSON; a property of the wrong kind is a ValidationError naming it."""
        if not isinstance(data, Mapping):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "Form field #{index} must be a JSON object."),
                field="fields",
                index=index,
            )
        reader = _PropertyReader(data, index)
        return cls(
            key=reader.text("key", required=True),
            type=reader.text("type", required=True),
            label=reader.text("label"),
            help=reader.text("help"),
            placeholder=reader.text("placeholder"),
            default=_without_floats(data.get("default")),
            required=reader.flag("required"),
            min=reader.bound("min"),
            max=reader.bound("max"),
            min_length=reader.whole("min_length"),
            max_length=reader.whole("max_length"),
            pattern=reader.optional_text("pattern"),
            precision=reader.whole("precision"),
            options=reader.texts("options"),
            formula=reader.optional_text("formula"),
            visible_when=reader.condition("visible_when"),
            required_when=reader.condition("required_when"),
            max_files=reader.whole("max_files"),
            width=reader.whole("width") or 1,
        )


def _without_floats(value: Any) -> Any:
    """A JSON value copied with its floats as decimal text (a schema never stores binary fractions)."""
    if isinstance(value, float):
        number = _decimal(value)
        return _plain(number) if number is not None else None
    if isinstance(value, list | tuple):
        return [_without_floats(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _without_floats(v) for k, v in value.items()}
    return value


_OPTIONAL_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("help", ""),
    ("placeholder", ""),
    ("default", None),
    ("required", False),
    ("min", None),
    ("max", None),
    ("min_length", None),
    ("max_length", None),
    ("pattern", None),
    ("precision", None),
    ("options", []),
    ("formula", None),
    ("visible_when", None),
    ("required_when", None),
    ("max_files", None),
    ("width", 1),
)

_KIND_TEXT = Text(QT_TRANSLATE_NOOP("ScrmError", "text"))
_KIND_FLAG = Text(QT_TRANSLATE_NOOP("ScrmError", "true or false"))
_KIND_WHOLE = Text(QT_TRANSLATE_NOOP("ScrmError", "a whole number"))
_KIND_TEXTS = Text(QT_TRANSLATE_NOOP("ScrmError", "a list of texts"))
_KIND_CONDITION = Text(QT_TRANSLATE_NOOP("ScrmError", "a condition (a JSON object)"))
_KIND_BOUND = Text(QT_TRANSLATE_NOOP("ScrmError", "a number or a date as text"))


class _PropertyReader:
    """Typed reads of one field's JSON properties."""

    def __init__(self, data: Mapping[str, Any], index: int) -> None:
        self.data = data
        self.index = index
        key = data.get("key")
        self.key = key if isinstance(key, str) else "?"

    def _wrong(self, name: str, kind: Text) -> ValidationError:
        return ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Form field #{index} ({key}): '{property}' must be {kind}."),
            field=self.key if is_valid_key(self.key) else "fields",
            index=self.index,
            key=self.key[:MAX_KEY],
            property=name,
            kind=kind,
        )

    def text(self, name: str, *, required: bool = False) -> str:
        value = self.data.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise self._wrong(name, _KIND_TEXT)
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise self._wrong(name, _KIND_TEXT)
        return value

    def flag(self, name: str) -> bool:
        value = self.data.get(name, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self._wrong(name, _KIND_FLAG)
        return value

    def whole(self, name: str) -> int | None:
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**9:
            raise self._wrong(name, _KIND_WHOLE)
        return value

    def bound(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return value
        number = _decimal(value)
        if number is None:
            raise self._wrong(name, _KIND_BOUND)
        return _plain(number)

    def texts(self, name: str) -> list[str]:
        value = self.data.get(name)
        if value is None:
            return []
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise self._wrong(name, _KIND_TEXTS)
        return list(value)

    def condition(self, name: str) -> dict[str, Any] | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise self._wrong(name, _KIND_CONDITION)
        return copy.deepcopy(dict(value))


@dataclass
class FormSchema:
    """A form's fields (by key, in reading order) and the rows they are laid out in."""

    rows: list[list[str]] = field(default_factory=list)
    fields: dict[str, FieldSpec] = field(default_factory=dict)

    def ordered(self) -> list[FieldSpec]:
        """The fields in reading order: row by row, then any field no row places yet."""
        seen: set[str] = set()
        out: list[FieldSpec] = []
        for row in self.rows:
            for key in row:
                spec = self.fields.get(key)
                if spec is not None and key not in seen:
                    seen.add(key)
                    out.append(spec)
        out.extend(spec for key, spec in self.fields.items() if key not in seen)
        return out

    def copy(self) -> FormSchema:
        return copy.deepcopy(self)

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": [list(row) for row in self.rows],
            "fields": [spec.to_json() for spec in self.fields.values()],
        }

    @classmethod
    def from_json(cls, data: Any) -> FormSchema:
        """Read stored or uploaded JSON; shapes are checked here, meaning by :func:`validate_schema`."""
        if not isinstance(data, Mapping):
            raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "A form must be a JSON object."), field="schema")
        raw_fields = data.get("fields", [])
        if raw_fields is None:
            raw_fields = []
        if not isinstance(raw_fields, list | tuple):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "A form's 'fields' must be a list of fields."), field="fields"
            )
        if len(raw_fields) > MAX_FIELDS:
            raise _too_many_fields()
        schema = cls()
        for index, raw in enumerate(raw_fields, start=1):
            spec = FieldSpec.from_json(raw, index)
            if spec.key in schema.fields:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Field key {key} appears twice."), field=spec.key, key=spec.key
                )
            schema.fields[spec.key] = spec
        raw_rows = data.get("rows")
        if raw_rows is None:
            schema.rows = [[key] for key in schema.fields]
        elif isinstance(raw_rows, list | tuple) and all(
            isinstance(row, list | tuple) and all(isinstance(k, str) for k in row) for row in raw_rows
        ):
            schema.rows = [list(row) for row in raw_rows][: MAX_FIELDS * 2]
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "A form's 'rows' must be a list of lists of field keys."), field="rows"
            )
        return schema


def _too_many_fields() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "A form may have at most {limit} fields."), field="fields", limit=MAX_FIELDS
    )


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def checksum(schema: FormSchema) -> str:
    """SHA-256 of the schema, layout included (a form's layout is what its users see)."""
    return hashlib.sha256(canonical_json(schema.to_json()).encode("utf-8")).hexdigest()


def initial_data(schema: FormSchema) -> dict[str, Any]:
    """The defaults of the fields that have one: what a new, empty form starts with."""
    return {key: copy.deepcopy(spec.default) for key, spec in schema.fields.items() if spec.default is not None}


# --- checking a schema ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a schema: the field it is about (None: the form) and the message."""

    error: ValidationError
    field_key: str | None = None
    severity: str = "error"  # "error" blocks publishing; "warning" does not

    @property
    def message(self) -> str:
        return self.error.message()


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, spec: FieldSpec | None, template: str, *, warning: bool = False, **params: Any) -> None:
        key = spec.key if spec is not None else None
        if spec is not None:
            params.setdefault("label", spec.title)
        self.items.append(
            Problem(ValidationError(template, field=key, **params), key, "warning" if warning else "error")
        )


def validate_schema(schema: FormSchema) -> list[Problem]:
    """Every problem that blocks publishing (and a few warnings), in reading order."""
    out = _Problems()
    if not schema.fields:
        out.add(None, QT_TRANSLATE_NOOP("ScrmError", "The form has no fields."))
    if len(schema.fields) > MAX_FIELDS:
        out.items.append(Problem(_too_many_fields()))
    _check_rows(schema, out)
    for spec in schema.ordered():
        _check_field(schema, spec, out)
    _check_cycles(schema, out)
    return out.items


def _check_rows(schema: FormSchema, out: _Problems) -> None:
    placed: dict[str, int] = {}
    for number, row in enumerate(schema.rows, start=1):
        if not row:
            out.add(None, QT_TRANSLATE_NOOP("ScrmError", "Row {index} is empty."), index=number)
        if len(row) > MAX_ROW_FIELDS:
            out.add(
                None,
                QT_TRANSLATE_NOOP("ScrmError", "Row {index} holds more than {limit} fields."),
                index=number,
                limit=MAX_ROW_FIELDS,
            )
        width = 0
        for key in row:
            spec = schema.fields.get(key)
            if spec is None:
                out.add(
                    None,
                    QT_TRANSLATE_NOOP("ScrmError", "Row {index} names a field '{key}' the form does not have."),
                    index=number,
                    key=key[:MAX_KEY],
                )
                continue
            width += spec.width if 1 <= spec.width <= ROW_COLUMNS else 1
            if key in placed:
                out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label} is placed in more than one row."))
            placed[key] = number
        if width > ROW_COLUMNS:
            out.add(
                None,
                QT_TRANSLATE_NOOP("ScrmError", "Row {index}: its fields span {count} columns; a row has {limit}."),
                warning=True,
                index=number,
                count=width,
                limit=ROW_COLUMNS,
            )
    for key, spec in schema.fields.items():
        if key not in placed:
            out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label} is in no row."))


def _check_field(schema: FormSchema, spec: FieldSpec, out: _Problems) -> None:
    if not is_valid_key(spec.key):
        out.add(
            spec,
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "Field key '{key}' is not valid: use 1 to 40 letters, digits or '_', starting with a letter.",
            ),
            key=spec.key[:MAX_KEY],
        )
    if spec.type not in FIELD_TYPES:
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label}: unknown type '{type}'."), type=spec.type[:40])
        return
    if not spec.label.strip():
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label} has no label."), warning=True)
    for name, limit in (("label", MAX_LABEL), ("help", MAX_HELP), ("placeholder", MAX_PLACEHOLDER)):
        if len(getattr(spec, name)) > limit:
            out.add(
                spec,
                QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the {property} is longer than {limit} characters."),
                property=PROPERTY_LABELS[name],
                limit=limit,
            )
    if not 1 <= spec.width <= ROW_COLUMNS:
        out.add(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the width must be from 1 to {limit} columns."),
            limit=ROW_COLUMNS,
        )
    _check_unused_properties(spec, out)
    _check_options(spec, out)
    _check_bounds(spec, out)
    _check_lengths(spec, out)
    _check_pattern(spec, out)
    _check_precision(spec, out)
    _check_files(spec, out)
    _check_formula(schema, spec, out)
    for name in ("visible_when", "required_when"):
        _check_condition(schema, spec, name, out)
    _check_default(spec, out)


PROPERTY_LABELS: Mapping[str, Text] = {
    "label": Text(QT_TRANSLATE_NOOP("ScrmError", "label")),
    "help": Text(QT_TRANSLATE_NOOP("ScrmError", "help text")),
    "placeholder": Text(QT_TRANSLATE_NOOP("ScrmError", "placeholder")),
    "min": Text(QT_TRANSLATE_NOOP("ScrmError", "minimum")),
    "max": Text(QT_TRANSLATE_NOOP("ScrmError", "maximum")),
    "min_length": Text(QT_TRANSLATE_NOOP("ScrmError", "minimum length")),
    "max_length": Text(QT_TRANSLATE_NOOP("ScrmError", "maximum length")),
    "pattern": Text(QT_TRANSLATE_NOOP("ScrmError", "pattern")),
    "precision": Text(QT_TRANSLATE_NOOP("ScrmError", "decimal places")),
    "options": Text(QT_TRANSLATE_NOOP("ScrmError", "options")),
    "formula": Text(QT_TRANSLATE_NOOP("ScrmError", "formula")),
    "max_files": Text(QT_TRANSLATE_NOOP("ScrmError", "number of files")),
}


_APPLIES: Mapping[str, tuple[str, ...]] = {
    "options": CHOICE_TYPES,
    "min": RANGED_TYPES,
    "max": RANGED_TYPES,
    "min_length": TEXT_TYPES,
    "max_length": TEXT_TYPES,
    "pattern": TEXT_TYPES,
    "precision": PRECISION_TYPES,
    "formula": (COMPUTED,),
    "max_files": FILE_TYPES,
}


def _check_unused_properties(spec: FieldSpec, out: _Problems) -> None:
    for name, types in _APPLIES.items():
        value = getattr(spec, name)
        if spec.type not in types and value not in (None, []):
            out.add(
                spec,
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Field {label}: the {property} does nothing for a field of type {type}."
                ),
                warning=True,
                property=PROPERTY_LABELS[name],
                type=FIELD_TYPE_LABELS[spec.type],
            )
    if spec.type == COMPUTED and spec.required:
        out.add(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "Field {label}: a computed field cannot be required."),
            warning=True,
        )


def _check_options(spec: FieldSpec, out: _Problems) -> None:
    if spec.type not in CHOICE_TYPES:
        return
    if not spec.options:
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label}: a select needs at least one option."))
    if len(spec.options) > MAX_OPTIONS:
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label}: at most {limit} options."), limit=MAX_OPTIONS)
    seen: set[str] = set()
    for option in spec.options:
        if not option.strip() or option != option.strip():
            out.add(
                spec,
                QT_TRANSLATE_NOOP("ScrmError", "Field {label}: an option is empty or starts or ends with a space."),
            )
        elif len(option) > MAX_OPTION or _UNSTORABLE.search(option):
            out.add(
                spec,
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Field {label}: option '{option}' is longer than {limit} characters or unreadable."
                ),
                option=option[:MAX_OPTION],
                limit=MAX_OPTION,
            )
        if option in seen:
            out.add(
                spec,
                QT_TRANSLATE_NOOP("ScrmError", "Field {label}: option '{option}' appears twice."),
                option=option[:MAX_OPTION],
            )
        seen.add(option)


def _check_bounds(spec: FieldSpec, out: _Problems) -> None:
    if spec.type not in RANGED_TYPES:
        return
    low = _bound(spec, "min", out)
    high = _bound(spec, "max", out)
    if low is not None and high is not None and low > high:
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the minimum is larger than the maximum."))


_BOUND_FORMATS: Mapping[str, Text] = {
    NUMBER: Text(QT_TRANSLATE_NOOP("ScrmError", "a number such as 10 or 2.5")),
    MONEY: Text(QT_TRANSLATE_NOOP("ScrmError", "an amount such as 100 or 99.90")),
    DATE: Text(QT_TRANSLATE_NOOP("ScrmError", "a date such as 2025-01-31")),
    DATETIME: Text(QT_TRANSLATE_NOOP("ScrmError", "a date and time such as 2025-01-31T14:30:00+08:00")),
}


def _bound(spec: FieldSpec, name: str, out: _Problems) -> Any:
    """The parsed min or max of a ranged field (None when unset or not readable: then a problem is added)."""
    text = getattr(spec, name)
    if text is None:
        return None
    value = parse_bound(spec.type, text)
    if value is None:
        out.add(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the {property} must be {format}."),
            property=PROPERTY_LABELS[name],
            format=_BOUND_FORMATS[spec.type],
        )
    return value


def parse_bound(field_type: str, text: str) -> Any:
    """A min/max as the value it limits (Decimal, date or datetime), or None when it cannot be read."""
    if field_type in (NUMBER, MONEY):
        return _decimal(text)
    if field_type == DATE:
        return _date(text)
    if field_type == DATETIME:
        moment = _datetime(text)
        return moment if moment is not None and moment.tzinfo is not None else None
    return None


def _check_lengths(spec: FieldSpec, out: _Problems) -> None:
    if spec.type not in TEXT_TYPES:
        return
    for name in ("min_length", "max_length"):
        value = getattr(spec, name)
        if value is not None and not 0 <= value <= MAX_INPUT:
            out.add(
                spec,
                QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the {property} must be from 0 to {limit}."),
                property=PROPERTY_LABELS[name],
                limit=MAX_INPUT,
            )
    if spec.min_length is not None and spec.max_length is not None and spec.min_length > spec.max_length:
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the minimum length is larger than the maximum."))


def _check_pattern(spec: FieldSpec, out: _Problems) -> None:
    if spec.type not in TEXT_TYPES or spec.pattern is None:
        return
    try:
        compile_pattern(spec.pattern)
    except ValidationError as error:
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label}: {reason}"), reason=error)


def _check_precision(spec: FieldSpec, out: _Problems) -> None:
    if spec.type not in PRECISION_TYPES or spec.precision is None:
        return
    limit = MONEY_PRECISION if spec.type == MONEY else MAX_PRECISION
    if not 0 <= spec.precision <= limit:
        out.add(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the decimal places must be from 0 to {limit}."),
            limit=limit,
        )


def _check_files(spec: FieldSpec, out: _Problems) -> None:
    if spec.type in FILE_TYPES and spec.max_files is not None and not 1 <= spec.max_files <= MAX_FILES:
        out.add(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the number of files must be from 1 to {limit}."),
            limit=MAX_FILES,
        )


def _check_formula(schema: FormSchema, spec: FieldSpec, out: _Problems) -> None:
    if spec.type != COMPUTED:
        return
    if not (spec.formula or "").strip():
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label}: a computed field needs a formula."))
        return
    assert spec.formula is not None
    try:
        parsed = expressions.parse(spec.formula, field=spec.key)
    except ValidationError as error:
        out.add(spec, QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the formula: {reason}"), reason=error)
        return
    for name in sorted(parsed.names):
        if name == spec.key or name not in schema.fields:
            out.add(
                spec,
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Field {label}: the formula reads '{name}', which is not another field of this form."
                ),
                name=name,
            )


_RULE_NAMES: Mapping[str, Text] = {
    "visible_when": Text(QT_TRANSLATE_NOOP("ScrmError", "visibility rule")),
    "required_when": Text(QT_TRANSLATE_NOOP("ScrmError", "required-when rule")),
}


def _check_condition(schema: FormSchema, spec: FieldSpec, name: str, out: _Problems) -> None:
    cond = getattr(spec, name)
    if cond is None:
        return
    try:
        expressions.check_condition(cond, field=spec.key)
        names = expressions.condition_names(cond)
    except ValidationError as error:
        out.add(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the {rule}: {reason}"),
            rule=_RULE_NAMES[name],
            reason=error,
        )
        return
    for read in sorted(names):
        if read == spec.key or read not in schema.fields:
            out.add(
                spec,
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Field {label}: the {rule} reads '{name}', which is not another field of this form."
                ),
                rule=_RULE_NAMES[name],
                name=read,
            )


def _check_default(spec: FieldSpec, out: _Problems) -> None:
    if spec.default is None:
        return
    if spec.type in NO_DEFAULT_TYPES:
        out.add(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "Field {label}: a field of type {type} cannot have a default value."),
            type=FIELD_TYPE_LABELS[spec.type],
        )
        return
    try:
        _clean_value(spec, spec.default, _Refs())
    except _Invalid as invalid:
        out.add(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "Field {label}: the default value is not valid: {reason}"),
            reason=invalid.errors[0],
        )


def _dependencies(schema: FormSchema) -> dict[str, list[str]]:
    """Field → the other fields its value or visibility depends on (formula and visibility rule)."""
    deps: dict[str, list[str]] = {}
    for key, spec in schema.fields.items():
        names: set[str] = set()
        if spec.visible_when is not None:
            with contextlib.suppress(ValidationError):
                names |= expressions.condition_names(spec.visible_when)
        if spec.type == COMPUTED and spec.formula:
            with contextlib.suppress(ValidationError):
                names |= expressions.parse(spec.formula).names
        deps[key] = [n for n in schema.fields if n in names and n != key]
    return deps


def _check_cycles(schema: FormSchema, out: _Problems) -> None:
    deps = _dependencies(schema)
    for component in _strongly_connected(deps):
        if len(component) > 1:
            first = schema.fields[component[0]]
            out.add(
                first,
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "Fields {fields} depend on each other in a circle (through formulas or visibility rules).",
                ),
                fields=", ".join(schema.fields[k].title for k in component),
            )


def _strongly_connected(deps: Mapping[str, list[str]]) -> list[list[str]]:
    """Tarjan's components, without recursion; each component in the order of ``deps``."""
    order = {key: i for i, key in enumerate(deps)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in deps:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = deps[node]
            if child < len(targets):
                work.append((node, child + 1))
                target = targets[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(sorted(component, key=order.__getitem__))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


# --- patterns ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The compiled pattern of a text field; refused when too long, invalid, or able to take forever."""
    if len(pattern) > MAX_PATTERN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "the pattern is longer than {limit} characters."), limit=MAX_PATTERN
        )
    try:
        compiled = re.compile(pattern)
    except (re.error, RecursionError, OverflowError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "the pattern is not a valid regular expression: {reason}"),
            reason=str(exc)[:200],
        ) from None
    if _nested_repetition(pattern):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "the pattern repeats a group that itself repeats (like (a+)+), which can take practically "
                "forever to check; simplify it.",
            )
        )
    return compiled


def _quantifier(pattern: str, i: int) -> tuple[int, bool] | None:
    """The quantifier starting at ``i``: (its length, whether it can repeat more than once), or None."""
    if i >= len(pattern):
        return None
    char = pattern[i]
    length = 0
    repeats = False
    if char in "*+":
        length, repeats = 1, True
    elif char == "?":
        length = 1
    elif char == "{":
        match = re.match(r"\{(\d*)(,?)(\d*)\}", pattern[i:])
        if match is None or (not match.group(1) and not match.group(3) and match.group(2) != ","):
            return None
        length = match.end()
        low, comma, high = match.group(1), match.group(2), match.group(3)
        repeats = (not high or int(high[:6]) > 1) if comma else int(low[:6] or "0") > 1
    else:
        return None
    if i + length < len(pattern) and pattern[i + length] in "?+":  # lazy or possessive
        length += 1
    return length, repeats


def _nested_repetition(pattern: str) -> bool:
    """Whether a repeated group contains a quantifier: the shape behind catastrophic backtracking."""
    stack: list[bool] = []  # per open group: does it contain a quantifier?
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            quantified = _quantifier(pattern, i)
            if quantified is not None:
                if stack:
                    stack[-1] = True
                i += quantified[0]
            continue
        if char == "(":
            stack.append(False)
            i += 2 if pattern.startswith("(?", i) else 1
            continue
        if char == ")":
            inner = stack.pop() if stack else False
            i += 1
            quantified = _quantifier(pattern, i)
            if quantified is not None:
                if inner and quantified[1]:
                    return True
                i += quantified[0]
                inner = True
            if inner and stack:
                stack[-1] = True
            continue
        quantified = _quantifier(pattern, i)
        if quantified is not None:
            if stack:
                stack[-1] = True
            i += quantified[0]
            continue
        i += 1
    return False


# --- reading values -----------------------------------------------------------------------------------


def _decimal(raw: Any) -> Decimal | None:
    """A finite decimal from text or a JSON number (never through float arithmetic), or None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Decimal(raw) if abs(raw) < 10**30 else None
    if isinstance(raw, float):
        if not math.isfinite(raw):
            return None
        raw = Decimal(repr(raw))
    if isinstance(raw, Decimal):
        if not raw.is_finite() or raw.adjusted() > 30 or raw.adjusted() < -30:
            return None
        return raw
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if len(text) > 60 or not _NUMBER_RE.match(text):
        return None
    return Decimal(text)


def _plain(value: Decimal) -> str:
    """A decimal as plain text without needless trailing zeros: 2.50 → 2.5, 1E+2 → 100."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _places(value: Decimal) -> int:
    """The decimal places the value needs (2.50 → 1)."""
    _sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0 or not value:
        return 0
    places = -exponent
    for digit in reversed(digits):
        if digit != 0 or places == 0:
            break
        places -= 1
    return places


def _date(raw: Any) -> dt.date | None:
    if isinstance(raw, dt.datetime):
        return None
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str) or not _DATE_RE.match(raw.strip()):
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        return None


def _datetime(raw: Any) -> dt.datetime | None:
    """A date and time (naive ones too: callers refuse those with their own message), or None."""
    if isinstance(raw, dt.datetime):
        return raw
    if not isinstance(raw, str) or not _DATETIME_RE.match(raw.strip()):
        return None
    try:
        return dt.datetime.fromisoformat(raw.strip())
    except ValueError:
        return None


def _uuid(raw: Any) -> uuid.UUID | None:
    if isinstance(raw, uuid.UUID):
        return raw
    if not isinstance(raw, str) or len(raw) > 45:
        return None
    try:
        return uuid.UUID(raw.strip())
    except ValueError:
        return None


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return not value
    return False


# --- checking data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileInfo:
    """What the database knows of a stored file."""

    id: uuid.UUID
    name: str
    mime: str
    size: int


class Lookups(Protocol):
    """Which referenced things exist (services pass one backed by the database). Each method gets
    every reference of its kind in one call and returns those that exist."""

    def existing_regions(self, codes: Collection[str]) -> set[str]: ...

    def existing_customers(self, ids: Collection[uuid.UUID]) -> set[uuid.UUID]: ...

    def existing_users(self, ids: Collection[uuid.UUID]) -> set[uuid.UUID]: ...

    def existing_items(self, codes: Collection[str]) -> set[str]: ...

    def files(self, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, FileInfo]: ...


@dataclass
class MemoryLookups:
    """Lookups over sets held in memory (tests, previews)."""

    regions: set[str] = field(default_factory=set)
    customers: set[uuid.UUID] = field(default_factory=set)
    users: set[uuid.UUID] = field(default_factory=set)
    items: set[str] = field(default_factory=set)
    stored_files: dict[uuid.UUID, FileInfo] = field(default_factory=dict)

    def existing_regions(self, codes: Collection[str]) -> set[str]:
        return set(codes) & self.regions

    def existing_customers(self, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
        return set(ids) & self.customers

    def existing_users(self, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
        return set(ids) & self.users

    def existing_items(self, codes: Collection[str]) -> set[str]:
        return set(codes) & self.items

    def files(self, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, FileInfo]:
        return {i: self.stored_files[i] for i in ids if i in self.stored_files}


class _Invalid(Exception):
    """A value that cannot be accepted, with every reason found."""

    def __init__(self, *problems: ValidationError) -> None:
        super().__init__(problems[0].message() if problems else "")
        self.errors = list(problems)


@dataclass
class _FileUse:
    spec: FieldSpec
    ref: dict[str, Any]
    file_id: uuid.UUID


@dataclass
class _Refs:
    """References found while reading values, checked with the lookups afterwards (one query per kind)."""

    regions: dict[str, list[FieldSpec]] = field(default_factory=dict)
    customers: dict[uuid.UUID, list[FieldSpec]] = field(default_factory=dict)
    users: dict[uuid.UUID, list[FieldSpec]] = field(default_factory=dict)
    items: dict[str, list[FieldSpec]] = field(default_factory=dict)
    files: list[_FileUse] = field(default_factory=list)


def _error(spec: FieldSpec, template: str, **params: Any) -> ValidationError:
    return ValidationError(template, field=spec.key, label=spec.title, **params)


def _invalid(spec: FieldSpec, template: str, **params: Any) -> _Invalid:
    return _Invalid(_error(spec, template, **params))


def _text_value(spec: FieldSpec, raw: Any) -> str:
    if isinstance(raw, int | Decimal) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: expected text."))
    if len(raw) > MAX_INPUT:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: at most {limit} characters."), limit=MAX_INPUT)
    if _UNSTORABLE.search(raw):
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: contains a character that cannot be stored."))
    return raw.replace("\r\n", "\n").replace("\r", "\n").strip()


def _clean_text(spec: FieldSpec, raw: Any) -> tuple[Any, expressions.Value]:
    text = _text_value(spec, raw)
    problems: list[ValidationError] = []
    if spec.min_length is not None and len(text) < spec.min_length:
        problems.append(
            _error(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: at least {limit} characters."), limit=spec.min_length)
        )
    if spec.max_length is not None and len(text) > spec.max_length:
        problems.append(
            _error(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: at most {limit} characters."), limit=spec.max_length)
        )
    if spec.pattern:
        try:
            compiled = compile_pattern(spec.pattern)
        except ValidationError:
            compiled = None  # a broken pattern is the designer's problem (validate_schema), not the user's
        if compiled is not None and compiled.fullmatch(text) is None:
            problems.append(_error(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: not in the required format.")))
    if problems:
        raise _Invalid(*problems)
    return text, text


def _check_range(spec: FieldSpec, value: Any, shown: str) -> None:
    low = parse_bound(spec.type, spec.min) if spec.min is not None else None
    high = parse_bound(spec.type, spec.max) if spec.max is not None else None
    try:
        too_low = low is not None and value < low
        too_high = high is not None and value > high
    except TypeError:  # a naive bound against an aware value: the schema check reports it
        return
    if too_low:
        raise _invalid(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "{label}: {value} is less than the minimum {limit}."),
            value=shown,
            limit=spec.min,
        )
    if too_high:
        raise _invalid(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "{label}: {value} is more than the maximum {limit}."),
            value=shown,
            limit=spec.max,
        )


def _clean_number(spec: FieldSpec, raw: Any) -> tuple[Any, expressions.Value]:
    value = _decimal(raw)
    if value is None:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: not a number."))
    money = spec.type == MONEY
    limit = MONEY_PRECISION if money else MAX_PRECISION
    places = limit if spec.precision is None else max(0, min(spec.precision, limit))
    if _places(value) > places:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: at most {places} decimal places."), places=places)
    if money and abs(value) > MAX_MONEY:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: the amount is too large."))
    if not money and value.adjusted() >= MAX_NUMBER_DIGITS:
        raise _invalid(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "{label}: the number has more than {limit} digits before the point."),
            limit=MAX_NUMBER_DIGITS,
        )
    with localcontext() as context:
        context.prec = 60
        if money:
            value = value.quantize(Decimal(1).scaleb(-MONEY_PRECISION))
        elif spec.precision is not None:
            value = value.quantize(Decimal(1).scaleb(-places))
    stored = format(value, "f") if money or spec.precision is not None else _plain(value)
    _check_range(spec, value, stored)
    return stored, value


def _clean_date(spec: FieldSpec, raw: Any) -> tuple[Any, expressions.Value]:
    value = _date(raw)
    if value is None:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: not a date (use YYYY-MM-DD)."))
    _check_range(spec, value, value.isoformat())
    return value.isoformat(), value


def _clean_datetime(spec: FieldSpec, raw: Any) -> tuple[Any, expressions.Value]:
    value = _datetime(raw)
    if value is None:
        raise _invalid(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "{label}: not a date and time (use 2025-01-31T14:30:00+08:00)."),
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: the time needs its UTC offset, such as +08:00."))
    _check_range(spec, value, value.isoformat())
    stored = value.isoformat()
    return stored, stored


def _clean_select(spec: FieldSpec, raw: Any) -> tuple[Any, expressions.Value]:
    if not isinstance(raw, str) or raw.strip() not in spec.options:
        raise _invalid(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "{label}: '{value}' is not one of the options."),
            value=_shown(raw),
        )
    return raw.strip(), raw.strip()


def _clean_multiselect(spec: FieldSpec, raw: Any) -> tuple[Any, expressions.Value]:
    if not isinstance(raw, list | tuple):
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: expected a list of options."))
    chosen: list[str] = []
    problems: list[ValidationError] = []
    for item in raw:
        if not isinstance(item, str) or item.strip() not in spec.options:
            problems.append(
                _error(
                    spec,
                    QT_TRANSLATE_NOOP("ScrmError", "{label}: '{value}' is not one of the options."),
                    value=_shown(item),
                )
            )
        elif item.strip() in chosen:
            problems.append(
                _error(
                    spec,
                    QT_TRANSLATE_NOOP("ScrmError", "{label}: '{value}' is chosen twice."),
                    value=_shown(item),
                )
            )
        else:
            chosen.append(item.strip())
        if len(problems) >= MAX_ERRORS_PER_FIELD:
            break
    if problems:
        raise _Invalid(*problems)
    return chosen, tuple(chosen)


def _clean_checkbox(spec: FieldSpec, raw: Any) -> tuple[Any, expressions.Value]:
    if not isinstance(raw, bool):
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: expected yes or no (true or false)."))
    return raw, raw


def _clean_region(spec: FieldSpec, raw: Any, refs: _Refs) -> tuple[Any, expressions.Value]:
    code = raw.strip() if isinstance(raw, str) else None
    if code is None or not _REGION_RE.match(code):
        raise _invalid(
            spec,
            QT_TRANSLATE_NOOP("ScrmError", "{label}: '{value}' is not a region code (6 digits)."),
            value=_shown(raw),
        )
    refs.regions.setdefault(code, []).append(spec)
    return code, code


def _clean_party(spec: FieldSpec, raw: Any, refs: _Refs) -> tuple[Any, expressions.Value]:
    ident = _uuid(raw)
    if ident is None:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: '{value}' is not a valid id."), value=_shown(raw))
    target = refs.customers if spec.type == CUSTOMER else refs.users
    target.setdefault(ident, []).append(spec)
    return str(ident), str(ident)


def _clean_lines(spec: FieldSpec, raw: Any, refs: _Refs) -> tuple[Any, expressions.Value]:
    if not isinstance(raw, list | tuple):
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: expected a list of lines."))
    if len(raw) > MAX_LINES:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: at most {limit} lines."), limit=MAX_LINES)
    lines: list[dict[str, str]] = []
    problems: list[ValidationError] = []

    def bad(line: int, template: str, **params: Any) -> None:
        problems.append(_error(spec, template, line=line, **params))

    for number, item in enumerate(raw, start=1):
        if len(problems) >= MAX_ERRORS_PER_FIELD:
            break
        if not isinstance(item, Mapping):
            bad(number, QT_TRANSLATE_NOOP("ScrmError", "{label}, line {line}: expected an item and a quantity."))
            continue
        code = item.get("item")
        if not isinstance(code, str) or not code.strip():
            bad(number, QT_TRANSLATE_NOOP("ScrmError", "{label}, line {line}: the item is missing."))
            continue
        code = code.strip()
        if len(code) > MAX_ITEM_CODE or _UNSTORABLE.search(code):
            bad(
                number,
                QT_TRANSLATE_NOOP("ScrmError", "{label}, line {line}: '{item}' is not an item code."),
                item=_shown(code),
            )
            continue
        quantity = _decimal(item.get("quantity"))
        if quantity is None:
            bad(number, QT_TRANSLATE_NOOP("ScrmError", "{label}, line {line}: the quantity is not a number."))
            continue
        if quantity <= 0:
            bad(number, QT_TRANSLATE_NOOP("ScrmError", "{label}, line {line}: the quantity must be more than 0."))
            continue
        if _places(quantity) > QUANTITY_PRECISION or quantity > MAX_QUANTITY:
            bad(
                number,
                QT_TRANSLATE_NOOP(
                    "ScrmError",
                    "{label}, line {line}: the quantity may have at most {places} decimal places "
                    "and be at most {limit}.",
                ),
                places=QUANTITY_PRECISION,
                limit=_plain(MAX_QUANTITY),
            )
            continue
        refs.items.setdefault(code, []).append(spec)
        lines.append({"item": code, "quantity": _plain(quantity)})
    if problems:
        raise _Invalid(*problems)
    return lines, tuple(line["item"] for line in lines)


def _file_ref(spec: FieldSpec, raw: Any, position: int | None) -> tuple[dict[str, Any], uuid.UUID]:
    def bad() -> _Invalid:
        if position is None:
            return _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: not a stored file."))
        return _invalid(
            spec, QT_TRANSLATE_NOOP("ScrmError", "{label}, file {index}: not a stored file."), index=position
        )

    if not isinstance(raw, Mapping):
        raise bad()
    ident = _uuid(raw.get("file"))
    name = raw.get("name", "")
    mime = raw.get("mime", "")
    size = raw.get("size", 0)
    if (
        ident is None
        or not isinstance(name, str)
        or len(name) > MAX_FILE_NAME
        or _UNSTORABLE.search(name)
        or not isinstance(mime, str)
        or len(mime) > 40
        or isinstance(size, bool)
        or not isinstance(size, int)
        or size < 0
    ):
        raise bad()
    return {"file": str(ident), "name": name, "mime": mime, "size": size}, ident


def _clean_files(spec: FieldSpec, raw: Any, refs: _Refs) -> tuple[Any, expressions.Value]:
    if isinstance(raw, Mapping):
        raw = [raw]
    if not isinstance(raw, list | tuple):
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: expected a list of files."))
    limit = min(spec.max_files or MAX_FILES, MAX_FILES)
    if len(raw) > limit:
        raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: at most {limit} files."), limit=limit)
    refs_out: list[dict[str, Any]] = []
    problems: list[ValidationError] = []
    seen: set[uuid.UUID] = set()
    for position, item in enumerate(raw, start=1):
        try:
            ref, ident = _file_ref(spec, item, position)
        except _Invalid as invalid:
            problems += invalid.errors
            continue
        if ident in seen:
            problems.append(
                _error(
                    spec,
                    QT_TRANSLATE_NOOP("ScrmError", "{label}: the file {name} is attached twice."),
                    name=ref["name"] or ref["file"],
                )
            )
            continue
        seen.add(ident)
        refs_out.append(ref)
        refs.files.append(_FileUse(spec, ref, ident))
    if problems:
        raise _Invalid(*problems)
    return refs_out, tuple(ref["file"] for ref in refs_out)


def _clean_signature(spec: FieldSpec, raw: Any, refs: _Refs) -> tuple[Any, expressions.Value]:
    ref, ident = _file_ref(spec, raw, None)
    refs.files.append(_FileUse(spec, ref, ident))
    return ref, ref["file"]


def _clean_value(spec: FieldSpec, raw: Any, refs: _Refs) -> tuple[Any, expressions.Value]:
    """A non-empty input value as stored and as formulas and conditions read it; raises _Invalid."""
    kind = spec.type
    if kind in TEXT_TYPES:
        return _clean_text(spec, raw)
    if kind in (NUMBER, MONEY):
        return _clean_number(spec, raw)
    if kind == DATE:
        return _clean_date(spec, raw)
    if kind == DATETIME:
        return _clean_datetime(spec, raw)
    if kind == SELECT:
        return _clean_select(spec, raw)
    if kind == MULTISELECT:
        return _clean_multiselect(spec, raw)
    if kind == CHECKBOX:
        return _clean_checkbox(spec, raw)
    if kind == REGION:
        return _clean_region(spec, raw, refs)
    if kind in (CUSTOMER, USER):
        return _clean_party(spec, raw, refs)
    if kind == CATALOG_LINES:
        return _clean_lines(spec, raw, refs)
    if kind in FILE_TYPES:
        return _clean_files(spec, raw, refs)
    if kind == SIGNATURE:
        return _clean_signature(spec, raw, refs)
    raise _invalid(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: this field cannot be filled in."))


def _shown(raw: Any) -> str:
    """An input value as quoted in a message: short, and printable."""
    text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False, default=str)
    text = _UNSTORABLE.sub("?", text)
    return text if len(text) <= 40 else text[:39] + "…"


# --- computing, visibility and the whole check ---------------------------------------------------------


def _reading_order(schema: FormSchema) -> list[FieldSpec]:
    """Fields ordered so that each comes after what its formula and visibility read (reading order
    otherwise); fields caught in a circle (refused by validate_schema) keep their reading order."""
    ordered = schema.ordered()
    deps = _dependencies(schema)
    done: set[str] = set()
    out: list[FieldSpec] = []
    pending = list(ordered)
    while pending:
        ready = [s for s in pending if all(d in done for d in deps.get(s.key, []))]
        if not ready:
            ready = pending[:1]
        for spec in ready:
            done.add(spec.key)
            out.append(spec)
        pending = [s for s in pending if s.key not in done]
    return out


def _holds(cond: Mapping[str, Any] | None, env: Mapping[str, Any], spec: FieldSpec, default: bool) -> bool:
    """Whether a rule holds (``default`` when there is none). A rule that cannot be evaluated — a text
    rule reading a field not filled in yet, say — does not hold."""
    if cond is None:
        return default
    try:
        return expressions.evaluate_condition(cond, env, field=spec.key)
    except ValidationError:
        return False


def _computed_text(spec: FieldSpec, value: Any) -> tuple[str | None, expressions.Value]:
    if value is None:
        return None, None
    if isinstance(value, bool):
        return ("true" if value else "false"), value
    if isinstance(value, Decimal):
        if spec.precision is not None and 0 <= spec.precision <= MAX_PRECISION:
            with localcontext() as context:
                context.prec = 60
                value = value.quantize(Decimal(1).scaleb(-spec.precision), rounding=ROUND_HALF_UP)
            return format(value, "f"), value
        return _plain(value), value
    if isinstance(value, dt.date):
        return value.isoformat(), value
    if isinstance(value, tuple):
        parts = [_computed_text(spec, item)[0] or "" for item in value]
        return ", ".join(parts)[:MAX_INPUT], value
    text = str(value)[:MAX_INPUT]
    return text, text


@dataclass
class _Pass:
    """One walk over the fields: visibility, values, computed fields, errors."""

    clean: dict[str, Any] = field(default_factory=dict)
    env: dict[str, Any] = field(default_factory=dict)
    visible: set[str] = field(default_factory=set)
    computed: dict[str, str] = field(default_factory=dict)
    problems: dict[str, list[ValidationError]] = field(default_factory=dict)
    refs: _Refs = field(default_factory=_Refs)

    def fail(self, key: str, errors: Iterable[ValidationError]) -> None:
        bucket = self.problems.setdefault(key, [])
        for error in errors:
            if len(bucket) < MAX_ERRORS_PER_FIELD:
                bucket.append(error)


def _walk(
    schema: FormSchema,
    data: Mapping[str, Any],
    permissions: Mapping[str, str] | None,
    *,
    strict: bool,
) -> _Pass:
    state = _Pass()
    state.env = dict.fromkeys(schema.fields)
    perms = {str(k): v for k, v in (permissions or {}).items() if isinstance(v, str)}
    for spec in _reading_order(schema):
        perm = perms.get(spec.key, "editable")
        if spec.type not in FIELD_TYPES or perm == "hidden":
            continue
        if not _holds(spec.visible_when, state.env, spec, default=True):
            continue
        state.visible.add(spec.key)
        if spec.type == COMPUTED:
            _compute(spec, state)
            continue
        if perm == "readonly":
            continue  # shown from earlier data, never taken from this input
        raw = data.get(spec.key)
        if _is_empty(raw):
            if spec.type == CHECKBOX:  # not ticked
                state.clean[spec.key] = False
                state.env[spec.key] = False
            continue
        try:
            stored, value = _clean_value(spec, raw, state.refs)
        except _Invalid as invalid:
            if strict:
                state.fail(spec.key, invalid.errors)
            continue
        state.clean[spec.key] = stored
        state.env[spec.key] = value
    if strict:
        _check_required(schema, state, perms)
    return state


def _compute(spec: FieldSpec, state: _Pass) -> None:
    try:
        parsed = expressions.parse(spec.formula or "", field=spec.key)
        value = parsed.evaluate(state.env, field=spec.key)
    except ValidationError as error:
        if _reads_empty(spec, state):
            return  # not filled in yet (or not valid, which its own field reports): no value, no error
        state.fail(
            spec.key,
            [
                _error(
                    spec,
                    QT_TRANSLATE_NOOP("ScrmError", "{label}: the formula cannot be computed: {reason}"),
                    reason=error,
                )
            ],
        )
        return
    text, env_value = _computed_text(spec, value)
    state.env[spec.key] = env_value
    if text is not None:
        state.clean[spec.key] = text
        state.computed[spec.key] = text


def _reads_empty(spec: FieldSpec, state: _Pass) -> bool:
    try:
        names = expressions.parse(spec.formula or "").names
    except ValidationError:
        return False
    return any(state.env.get(name) is None for name in names)


def _check_required(schema: FormSchema, state: _Pass, perms: Mapping[str, str]) -> None:
    for key in state.visible:
        spec = schema.fields[key]
        perm = perms.get(key, "editable")
        if spec.type == COMPUTED or perm == "readonly" or key in state.problems:
            continue
        required = spec.required or perm == "required" or _holds(spec.required_when, state.env, spec, default=False)
        if not required:
            continue
        value = state.clean.get(key)
        if spec.type == CHECKBOX and value is not True:
            state.fail(key, [_error(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: must be ticked."))])
        elif _is_empty(value):
            state.fail(key, [_error(spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: required."))])


def _check_references(state: _Pass, lookups: Lookups | None) -> None:
    refs = state.refs
    checked = list(refs.files)
    if lookups is not None:
        _missing(
            state,
            refs.regions,
            lookups.existing_regions(list(refs.regions)) if refs.regions else set(),
            QT_TRANSLATE_NOOP("ScrmError", "{label}: there is no region {value}."),
        )
        _missing(
            state,
            refs.customers,
            lookups.existing_customers(list(refs.customers)) if refs.customers else set(),
            QT_TRANSLATE_NOOP("ScrmError", "{label}: there is no customer with id {value}."),
        )
        _missing(
            state,
            refs.users,
            lookups.existing_users(list(refs.users)) if refs.users else set(),
            QT_TRANSLATE_NOOP("ScrmError", "{label}: there is no active user with id {value}."),
        )
        _missing(
            state,
            refs.items,
            lookups.existing_items(list(refs.items)) if refs.items else set(),
            QT_TRANSLATE_NOOP("ScrmError", "{label}: there is no active catalog item {value}."),
        )
        infos = lookups.files({use.file_id for use in refs.files}) if refs.files else {}
        for use in refs.files:
            info = infos.get(use.file_id)
            if info is None:
                state.fail(
                    use.spec.key,
                    [
                        _error(
                            use.spec,
                            QT_TRANSLATE_NOOP("ScrmError", "{label}: the file {name} is not stored."),
                            name=use.ref["name"] or use.ref["file"],
                        )
                    ],
                )
                continue
            use.ref.update(name=use.ref["name"] or info.name, mime=info.mime, size=info.size)
        checked = [use for use in refs.files if use.file_id in infos]  # a missing file has no type to check
    for use in checked:
        mime = use.ref["mime"]
        if use.spec.type == PHOTO and not mime.startswith("image/"):
            state.fail(
                use.spec.key,
                [
                    _error(
                        use.spec,
                        QT_TRANSLATE_NOOP("ScrmError", "{label}: the file {name} is not an image."),
                        name=use.ref["name"] or use.ref["file"],
                    )
                ],
            )
        elif use.spec.type == SIGNATURE and mime != "image/png":
            state.fail(
                use.spec.key,
                [_error(use.spec, QT_TRANSLATE_NOOP("ScrmError", "{label}: a signature must be a PNG image."))],
            )


def _missing(state: _Pass, wanted: Mapping[Any, list[FieldSpec]], found: set[Any], template: str) -> None:
    for value, specs in wanted.items():
        if value in found:
            continue
        for spec in {s.key: s for s in specs}.values():
            state.fail(spec.key, [_error(spec, template, value=_shown(str(value)))])


def _identity(_context: str, text: str) -> str:
    return text


def validate_data(
    schema: FormSchema,
    data: Any,
    *,
    permissions: Mapping[str, str] | None = None,
    lookups: Lookups | None = None,
    translate: Translate | None = None,
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """``data`` checked against ``schema``: the clean data to store and the errors by field key.

    Fields that are not visible, or hidden or read-only by ``permissions`` (field key → hidden,
    readonly, editable or required), are neither read from ``data`` nor stored; computed fields are
    recomputed. Keys ``data`` has and the form does not are ignored. Messages are English unless
    ``translate`` is given; they name the field's label and the reason. Never raises for bad data.
    """
    say = translate or _identity
    clean, problems = check_data(schema, data, permissions=permissions, lookups=lookups)
    return clean, {key: [e.message(say) for e in found] for key, found in problems.items()}


def check_data(
    schema: FormSchema,
    data: Any,
    *,
    permissions: Mapping[str, str] | None = None,
    lookups: Lookups | None = None,
) -> tuple[dict[str, Any], dict[str, list[ValidationError]]]:
    """:func:`validate_data` with the errors as ValidationErrors (to be translated later)."""
    if not isinstance(data, Mapping):
        return {}, {
            FORM_ERROR_KEY: [ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The form data must be a JSON object."))]
        }
    state = _walk(schema, data, permissions, strict=True)
    _check_references(state, lookups)
    found = {key: state.problems[key] for key in schema.fields if state.problems.get(key)}
    return {key: state.clean[key] for key in schema.fields if key in state.clean}, found


def evaluate_computed(schema: FormSchema, data: Mapping[str, Any]) -> dict[str, str]:
    """The computed fields' values as text for ``data`` as it is (live, while a form is filled in);
    a value that cannot be read counts as empty, a formula that fails gives no value."""
    if not isinstance(data, Mapping):
        return {}
    return _walk(schema, data, None, strict=False).computed


def visible_fields(schema: FormSchema, data: Mapping[str, Any]) -> set[str]:
    """The keys of the fields whose visibility rule holds for ``data`` (permissions not applied)."""
    if not isinstance(data, Mapping):
        data = {}
    return _walk(schema, data, None, strict=False).visible


# --- comparing versions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """What changed between two versions: a field added, removed or changed (naming the changed
    properties), or the layout (``kind`` "layout", ``id`` "rows")."""

    kind: str  # "field" | "layout"
    id: str
    change: str  # "added" | "removed" | "changed"
    name: str
    fields: tuple[str, ...] = ()


def diff(old: FormSchema, new: FormSchema) -> list[Change]:
    """Fields added, removed and changed from ``old`` to ``new`` (in the new reading order, then removed ones)."""
    changes: list[Change] = []
    for spec in new.ordered():
        before = old.fields.get(spec.key)
        if before is None:
            changes.append(Change("field", spec.key, "added", spec.title))
            continue
        a, b = before.to_json(), spec.to_json()
        if a != b:
            props = tuple(sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k)))
            changes.append(Change("field", spec.key, "changed", spec.title, props))
    for spec in old.ordered():
        if spec.key not in new.fields:
            changes.append(Change("field", spec.key, "removed", spec.title))
    if old.rows != new.rows:
        changes.append(Change("layout", "rows", "changed", "", ("rows",)))
    return changes
