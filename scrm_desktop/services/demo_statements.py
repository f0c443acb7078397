"""Demo settlement statements (small demo only): last month's installer statements issued, some of
them paid, one voided and amended; this month's drafts built. The large demo leaves settlement to
the benchmarks, which build it themselves."""

from __future__ import annotations

from sqlalchemy.orm import Session

from scrm_desktop.services import statements
from scrm_desktop.services.periods import Period, last_month
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.work_orders import business_today


def load_demo_statements(session: Session, actor: Actor, size: str) -> int:
    """Returns how many statements were written."""
    if size != "small":
        return 0
    today = business_today(actor)
    previous = last_month(today)
    statements.build_statements(session, actor, period=previous, party_kind="installer")
    drafts = statements.list_statements(session, actor, period=previous, party_kind="installer")
    if not drafts:
        return 0
    statements.issue_statements(session, actor, [r.id for r in drafts], on=today)
    issued = statements.list_statements(session, actor, period=previous, party_kind="installer")
    for n, row in enumerate(issued):
        if n % 3 == 0 and row.net > 0:
            statements.mark_paid(
                session, actor, row.id, paid_on=today, reference=f"BANK-{today:%Y%m%d}-{n + 1:04d}",
                expected_version=row.version,
            )  # fmt: skip
    unpaid = [r for r in statements.list_statements(session, actor, period=previous) if r.status == "issued"]
    if unpaid:
        voided = statements.void_statement(
            session, actor, unpaid[0].id, reason="开户行信息有误，更正后重开", expected_version=unpaid[0].version
        )
        statements.amend_statement(session, actor, voided.row.id)
    current = Period.month(today.year, today.month)
    statements.build_statements(session, actor, period=current, party_kind="installer")
    return len(statements.list_statements(session, actor))
