"""Human document numbers: ``WO-GZ-202611-000042`` (work orders), ``JS-…`` (statements).

The branch code (``CompanyProfile.branch_code``) keeps numbers made offline in different
branches apart; within one database a counter row per prefix hands out numbers inside the
transaction that creates the document, so two users saving at once never get the same one (the
UPDATE takes the row lock on PostgreSQL; SQLite has one writer at a time).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scrm_desktop.models import CompanyProfile, DocumentSequence

SEQUENCE_DIGITS = 6


def branch_code(session: Session) -> str:
    """The branch code printed in document numbers ("HQ" before the company profile is filled in)."""
    code = session.scalar(select(CompanyProfile.branch_code).limit(1))
    return (code or "HQ").strip() or "HQ"


def prefix(kind: str, branch: str, on: dt.date) -> str:
    """``WO-GZ-202611``: the part of the number shared by one branch's documents of one month."""
    return f"{kind}-{branch}-{on:%Y%m}"


def reserve(session: Session, prefix_text: str, count: int = 1) -> int:
    """Reserve ``count`` consecutive sequence values for ``prefix_text``; returns the first."""
    if count < 1:
        raise ValueError("count must be at least 1")
    bump = (
        update(DocumentSequence)
        .where(DocumentSequence.prefix == prefix_text)
        .values(last_value=DocumentSequence.last_value + count)
        .returning(DocumentSequence.last_value)
    )
    last = session.execute(bump).scalar()
    if last is None:
        try:
            with session.begin_nested():
                session.execute(insert(DocumentSequence).values(prefix=prefix_text, last_value=count))
            last = count
        except IntegrityError:  # another transaction created the counter first
            last = session.execute(bump).scalar_one()
    return int(last) - count + 1


def format_number(prefix_text: str, value: int) -> str:
    return f"{prefix_text}-{value:0{SEQUENCE_DIGITS}d}"


def next_number(session: Session, kind: str, on: dt.date) -> str:
    """The next number of ``kind`` for this branch in the month of ``on``."""
    head = prefix(kind, branch_code(session), on)
    return format_number(head, reserve(session, head))
