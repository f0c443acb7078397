"""UUIDv7 primary keys: well-formed, time-ordered and unique without asking a server."""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from types import SimpleNamespace

import pytest

from scrm_desktop.models import ids
from scrm_desktop.models.ids import new_id


def unix_ms(value: uuid.UUID) -> int:
    return value.int >> 80


def test_version_and_variant_bits() -> None:
    for value in (new_id() for _ in range(100)):
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert str(value)[14] == "7"  # as printed: xxxxxxxx-xxxx-7xxx-...
        assert str(value)[19] in "89ab"


def test_ids_made_in_a_loop_are_strictly_increasing() -> None:
    values = [new_id() for _ in range(10_000)]
    assert all(a.int < b.int for a, b in itertools.pairwise(values))
    # Databases compare uuids as bytes (PostgreSQL) or as hex text (SQLite): same order either way.
    assert sorted(values, key=lambda v: v.bytes) == values
    assert sorted(values, key=str) == values


def test_timestamp_is_now() -> None:
    before = time.time_ns() // 1_000_000
    value = new_id()
    after = time.time_ns() // 1_000_000
    assert before - 1000 <= unix_ms(value) <= after + 1000


def test_order_survives_a_clock_going_back_and_a_burst_within_one_millisecond(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = new_id()
    frozen = (time.time_ns() // 1_000_000 - 5_000) * 1_000_000  # five seconds in the past, and stuck there
    monkeypatch.setattr(ids, "time", SimpleNamespace(time_ns=lambda: frozen))

    burst = [new_id() for _ in range(10_000)]  # more than the 12-bit counter holds in one millisecond

    values = [start, *burst]
    assert all(a.int < b.int for a, b in itertools.pairwise(values))
    assert len({v.int for v in values}) == len(values)
    # The counter borrows the next milliseconds rather than going back in time or far ahead.
    assert 0 <= unix_ms(burst[-1]) - unix_ms(start) <= 10


def test_ids_are_unique_across_threads() -> None:
    results: list[list[uuid.UUID]] = [[] for _ in range(4)]

    def make(out: list[uuid.UUID]) -> None:
        out.extend(new_id() for _ in range(2_500))

    threads = [threading.Thread(target=make, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({v for out in results for v in out}) == 10_000
    for out in results:
        assert all(a.int < b.int for a, b in itertools.pairwise(out))
