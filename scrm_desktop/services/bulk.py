"""Set-based writes of many rows at driver speed (completing thousands of work orders at once).

The ORM's bulk paths build and process a parameter dictionary per row; for tens of thousands of
rows that costs more than the database does. These helpers convert each column once through its
own type (``dialect_impl(...).bind_processor``: the same conversion SQLAlchemy applies, so
``Money`` still refuses unrounded values and UUIDs are stored as the dialect expects) and hand the
driver one ``executemany`` of plain tuples.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

CHUNK = 5_000
COPY_THRESHOLD = 1_000  # rows from which PostgreSQL gets them by COPY


def _placeholder(dialect: Dialect) -> str:
    return "?" if dialect.paramstyle == "qmark" else "%s"


def _processors(table: Table, keys: Sequence[str], dialect: Dialect) -> list[Any]:
    return [table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys]


def _tuples(rows: Sequence[Mapping[str, Any]], keys: Sequence[str], processors: Sequence[Any]) -> list[tuple[Any, ...]]:
    plain = all(p is None for p in processors)
    if plain:
        return [tuple(row[k] for k in keys) for row in rows]
    pairs = list(zip(keys, processors, strict=True))
    return [
        tuple(row[k] if p is None or row[k] is None else p(row[k]) for k, p in pairs)  # noqa: RUF100
        for row in rows
    ]


def insert_rows(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], *, raw: Collection[str] = ()
) -> None:
    """INSERT ``rows`` (dicts with the same keys: every column to write) into ``table``.

    Keys named in ``raw`` hold values already in the form the driver takes (JSON serialized once
    by the caller, for example) and are passed through unconverted.
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    keys = list(rows[0])
    mark = _placeholder(dialect)
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
        f"VALUES ({', '.join(mark for _ in keys)})"
    )
    processors = [None if key in raw else p for key, p in zip(keys, _processors(table, keys, dialect), strict=True)]
    if dialect.name == "postgresql" and len(rows) >= COPY_THRESHOLD:
        # COPY streams the rows in one command: several times faster than batched INSERTs.
        columns = ", ".join(quote(k) for k in keys)
        command = f"COPY {quote(table.name)} ({columns}) FROM STDIN"
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            with cursor.copy(command) as copy:
                for start in range(0, len(rows), CHUNK):
                    for row in _tuples(rows[start : start + CHUNK], keys, processors):
                        copy.write_row(row)
        except dialect.loaded_dbapi.Error as exc:
            # The driver's own error, as SQLAlchemy would have raised it (IntegrityError …).
            raise DBAPIError.instance(command, None, exc, dialect.loaded_dbapi.Error) from exc
        finally:
            cursor.close()
        return
    for start in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, _tuples(rows[start : start + CHUNK], keys, processors))


def update_rows(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    where: Mapping[str, str] | None = None,
) -> int:
    """UPDATE ``table`` row by row: each dict gives the new values and the keys of ``where``.

    ``where`` maps a column to the dict key holding the value it must have (default ``{"id":
    "id"}``); a key named in ``where`` is not also written, so ``{"version": "old_version"}``
    checks the old version while the row's ``version`` key sets the new one. Returns how many rows
    the database says it changed (-1 when the driver cannot tell).
    """
    if not rows:
        return 0
    where = dict(where or {"id": "id"})
    conn = session.connection()
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    mark = _placeholder(dialect)
    condition_keys = set(where.values())
    values = [k for k in rows[0] if k not in condition_keys]
    sql = (
        f"UPDATE {quote(table.name)} SET {', '.join(f'{quote(k)} = {mark}' for k in values)} "
        f"WHERE {' AND '.join(f'{quote(column)} = {mark}' for column in where)}"
    )
    keys = [*values, *where.values()]
    processors = [*_processors(table, values, dialect), *_processors(table, list(where), dialect)]
    changed = 0
    for start in range(0, len(rows), CHUNK):
        result = conn.exec_driver_sql(sql, _tuples(rows[start : start + CHUNK], keys, processors))
        count = result.rowcount
        if count < 0:
            changed = -1
        elif changed >= 0:
            changed += count
    return changed
