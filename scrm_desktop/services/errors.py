"""Errors whose messages are fit to show a user.

Messages are English templates with named placeholders. They are marked with
``QT_TRANSLATE_NOOP("ScrmError", ...)`` so ``pyside6-lupdate`` extracts them; the GUI and the
CLI translate the template (context ``ScrmError``) and then fill in the placeholders. This module
has no Qt dependency: the marker below is a plain function with the name lupdate looks for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]
CONTEXT = "ScrmError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate recognises
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


def _identity(_context: str, text: str) -> str:
    return text


class Text(str):
    """A placeholder value that is itself translatable (a permission or field name)."""

    __slots__ = ()


class ScrmError(Exception):
    """Base of every error a user may see.

    Attributes:
        template: the untranslated message with ``{placeholders}``.
        params: values for the placeholders.
        field: the form field or column the error is about, when there is one.
        row: the 1-based row of an imported file or table, when there is one.
    """

    def __init__(self, template: str, /, *, field: str | None = None, row: int | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field
        self.row = row
        super().__init__(self.message())

    def message(self, translate: Translate = _identity) -> str:
        text = translate(CONTEXT, self.template)
        params = {k: _param(v, translate) for k, v in self.params.items()}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the error itself.
            return self.template.format(**self.params)


def _param(value: Any, translate: Translate) -> Any:
    """A placeholder value as shown: ``Text`` translated, a nested error as its own message."""
    if isinstance(value, Text):
        return translate(CONTEXT, value)
    if isinstance(value, ScrmError):
        return value.message(translate)
    return value


class ValidationError(ScrmError):
    """Bad input: names the field (and row) and the reason."""


class PermissionDenied(ScrmError):
    """The actor may not do this."""


class NotFound(ScrmError):
    """The thing asked for does not exist (any more)."""


class StaleWriteError(ScrmError):
    """Someone else saved the same row after it was loaded."""


class AuthenticationError(ScrmError):
    """Wrong user name or password, a disabled or a locked account."""


class DatabaseError(ScrmError):
    """The database cannot be opened, reached or migrated."""


class Cancelled(ScrmError):
    """The user cancelled a long-running task."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ScrmError", "The task was cancelled."))
