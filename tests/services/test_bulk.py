"""Set-based writes: what ``bulk`` inserts and updates reads back exactly, on both backends, also
above the size where PostgreSQL switches to COPY."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, cast

import pytest
from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, CatalogItem, DocumentSequence, Price, PriceTier
from scrm_desktop.models.ids import new_id
from scrm_desktop.services import bulk

COUNT = bulk.COPY_THRESHOLD + 250


def test_insert_rows_round_trips_every_type(db: Database) -> None:
    with db.session() as session:
        item = CatalogItem(kind="service", code="X-1", name="测试项目", unit="台", complexity=1)
        tier = PriceTier(code="T1", name="一档", sort_order=0)
        session.add_all([item, tier])
        session.flush()
        now = dt.datetime(2026, 11, 22, 8, 30, tzinfo=dt.UTC)
        prices = [
            {
                "id": new_id(),
                "book": "settlement",
                "item_id": item.id,
                "tier_id": tier.id,
                "valid_from": dt.date(2020, 1, 1) + dt.timedelta(days=n),
                "amount": Decimal(n) / 100,
                "created_at": now,
                "updated_at": now,
                "created_by_id": None,
            }
            for n in range(COUNT)
        ]
        bulk.insert_rows(session, cast(Table, Price.__table__), prices)
        audits: list[dict[str, Any]] = [
            {
                "id": new_id(),
                "at": now,
                "actor_id": None,
                "actor_name": "系统",
                "action": "test.bulk",
                "entity_type": "price",
                "entity_id": str(n),
                "summary": f"第 {n} 行",
                "diff": {"after": {"n": n, "text": '引号"与\\反斜杠\t制表'}},
            }
            for n in range(COUNT)
        ]
        bulk.insert_rows(session, cast(Table, AuditEntry.__table__), audits)
    with db.session() as session:
        stored = session.execute(select(Price.valid_from, Price.amount).order_by(Price.valid_from)).all()
        assert [(d, a) for d, a in stored] == [(p["valid_from"], p["amount"]) for p in prices]
        diffs = {
            e.entity_id: (e.diff, e.at, e.summary)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "test.bulk"))
        }
    assert len(diffs) == COUNT
    assert diffs["7"] == (audits[7]["diff"], now, "第 7 行")


def test_update_rows_checks_the_where_columns(db: Database) -> None:
    with db.session() as session:
        session.add_all(DocumentSequence(prefix=f"WO-T-2026{n:02d}", last_value=5) for n in range(3))
    with db.session() as session:
        changed = bulk.update_rows(
            session,
            cast(Table, DocumentSequence.__table__),
            [
                {"last_value": 6, "prefix": "WO-T-202600", "old": 5},
                {"last_value": 6, "prefix": "WO-T-202601", "old": 4},  # stale: not changed
            ],
            where={"prefix": "prefix", "last_value": "old"},
        )
    assert changed in (1, -1)
    with db.session() as session:
        values = dict(session.execute(select(DocumentSequence.prefix, DocumentSequence.last_value)).all())
    assert values == {"WO-T-202600": 6, "WO-T-202601": 5, "WO-T-202602": 5}


def test_a_duplicate_key_is_the_usual_integrity_error(db: Database) -> None:
    now = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
    same = new_id()
    rows = [
        {"id": same if n in (3, COUNT - 1) else new_id(), "at": now, "actor_id": None, "actor_name": "系统",
         "action": "t", "entity_type": "x", "entity_id": str(n), "summary": "", "diff": {}}
        for n in range(COUNT)
    ]  # fmt: skip
    with pytest.raises(IntegrityError), db.session() as session:
        bulk.insert_rows(session, cast(Table, AuditEntry.__table__), rows)
    with db.session() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "t")) is None
