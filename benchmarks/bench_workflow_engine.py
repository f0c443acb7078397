"""The workflow engine at scale: advancing 10,000 work orders one node each in one batch.

    python benchmarks/bench_workflow_engine.py [--n 10000] [--pg URL] [--keep]

Creates a throwaway SQLite database (and, with ``--pg URL``, a new PostgreSQL database next to
URL, dropped afterwards unless ``--keep``), publishes a workflow and a rule routing every work
order to it, and inserts N work orders in bulk. Then it times:

- starting every work order's flow (``start_flows_if_configured``: start event → first task);
- pass 1, the target figure: ``advance_many`` submitting the first task of every work order
  with a quote, through an exclusive gateway (a quote of 5,000 or more goes to an approval, the
  rest to a task), each new node with an 8-hour SLA on the business calendar;
- pass 2: ``advance_many`` approving or submitting that node, which finishes every flow.

Each figure includes the commit. The issue's target: advancing 10,000 work orders one node each
in under 10 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, create_engine, func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scrm_desktop.db import Database, open_database
from scrm_desktop.models import Customer, WorkOrder, WorkOrderFlow, WorkOrderFlowStep
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import bulk, workflow_engine, workflow_rules, workflows
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.permissions import Actor

GZ_TIANHE = ("440000", "440100", "440106")


def graph() -> wg.WorkflowGraph:
    g = wg.WorkflowGraph()
    role = wg.Assignee("role", "dispatcher")

    def node(node_id: str, kind: str, name: str, **props: Any) -> None:
        g.nodes[node_id] = wg.Node(node_id, kind, name, stage="sales", **props)

    def edge(source: str, target: str, **props: Any) -> None:
        g.edges[f"{source}__{target}"] = wg.Edge(f"{source}__{target}", source, target, **props)

    node("start", wg.START, "开始")
    node("survey", wg.TASK, "需求分析", assignee=role, sla_hours=8, outputs=[wg.Output("quote", "报价", "money", True)])
    node("gate", wg.EXCLUSIVE, "报价判断")
    node("approve", wg.APPROVAL, "经理审批", approvers=[wg.Assignee("role", "pricing_manager")], sla_hours=8)
    node("sign", wg.TASK, "签约", assignee=role, sla_hours=8)
    node("end", wg.END, "结束")
    edge("start", "survey")
    edge("survey", "gate")
    edge("gate", "approve", priority=1, condition={"all": [{"field": "quote", "op": ">=", "value": 5000}]})
    edge("gate", "sign", priority=2, is_default=True)
    edge("approve", "end")
    edge("sign", "end")
    return g


def setup(database: Database, actor: Actor, n: int) -> list[uuid.UUID]:
    """The workflow, its rule, one customer and ``n`` assigned work orders (inserted in bulk)."""
    with database.session() as session:
        draft = workflows.create_definition(session, actor, key="bench", name="基准流程", graph=graph())
        workflows.publish(session, actor, draft.id, expected_version=draft.version)
        workflow_rules.create_workflow_rule(session, actor, name="全部", definition_key="bench")
        province, city, district = GZ_TIANHE
        customer = Customer(
            name="基准客户",
            address="广东省广州市天河区",
            province_code=province,
            city_code=city,
            district_code=district,
            region_code=district,
        )
        session.add(customer)
        session.flush()
        now = utcnow()
        ids = [new_id() for _ in range(n)]
        rows = [
            {
                "id": wo_id,
                "number": f"WO-BENCH-{i:07d}",
                "branch_code": "BENCH",
                "status": "assigned",
                "customer_id": customer.id,
                "address": customer.address,
                "province_code": province,
                "city_code": city,
                "district_code": district,
                "region_code": district,
                "region_overridden": False,
                "provider_id": None,
                "provider_type": None,
                "scenario": "安装",
                "complexity": None,
                "package_id": None,
                "planned_date": None,
                "started_on": None,
                "completed_on": None,
                "completed_at": None,
                "completed_by_id": None,
                "reopen_count": 0,
                "cancel_reason": "",
                "notes": "",
                "created_by_id": None,
                "version": 1,
                "updated_by_id": None,
                "created_at": now,
                "updated_at": now,
            }
            for i, wo_id in enumerate(ids)
        ]
        bulk.insert_rows(session, cast(Table, WorkOrder.__table__), rows)
    return ids


def timed(label: str, n: int, work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"  {label:<58} {seconds:7.2f} s  {n / seconds:9,.0f} work orders/s")
    return seconds


def measure(database: Database, n: int) -> None:
    actor = Actor.system("bench")
    start = time.perf_counter()
    ids = setup(database, actor, n)
    print(f"  setup: workflow, rule and {n:,} work orders in bulk            {time.perf_counter() - start:7.2f} s")

    def start_all() -> None:
        with database.session() as session:
            assert workflow_engine.start_flows_if_configured(session, actor, ids) == n

    def first_pass() -> None:
        items: list[tuple[uuid.UUID, str, Mapping[str, Any]]] = [
            (wo_id, "survey", {"quote": f"{(i * 37) % 10000}.50"}) for i, wo_id in enumerate(ids)
        ]
        with database.session() as session:
            workflow_engine.advance_many(session, actor, items)

    def second_pass() -> None:
        with database.session() as session:
            nodes = dict(session.execute(select(WorkOrderFlow.work_order_id, WorkOrderFlow.current_node)).all())
        items: list[tuple[uuid.UUID, str, Mapping[str, Any]]] = [(wo_id, nodes[wo_id], {}) for wo_id in ids]
        with database.session() as session:
            workflow_engine.advance_many(session, actor, items)

    timed("start every flow (start → first task)", n, start_all)
    timed("pass 1: submit the task, through a gateway (TARGET < 10 s)", n, first_pass)
    with database.session() as session:
        approvals = session.scalar(
            select(func.count()).select_from(WorkOrderFlow).where(WorkOrderFlow.current_node == "approve")
        )
    print(f"    {approvals:,} went to the approval, {n - (approvals or 0):,} to the task")
    timed("pass 2: approve or submit that node (finishes every flow)", n, second_pass)
    with database.session() as session:
        finished = session.scalar(
            select(func.count()).select_from(WorkOrderFlow).where(WorkOrderFlow.status == "finished")
        )
        steps = session.scalar(select(func.count()).select_from(WorkOrderFlowStep))
    print(f"    {finished:,} flows finished, {steps:,} history steps")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="how many work orders (default 10,000)")
    parser.add_argument("--pg", metavar="URL", help="also run on a new PostgreSQL database created next to URL")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    args = parser.parse_args()

    folder = tempfile.mkdtemp()
    targets: list[tuple[str, str, Callable[[], None]]] = [
        ("SQLite", f"sqlite:///{Path(folder) / 'bench.db'}", lambda: None)
    ]
    if args.pg:
        name = f"scrm_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(make_url(args.pg).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        pg_url = make_url(args.pg).set(drivername="postgresql+psycopg", database=name).render_as_string(False)

        def drop() -> None:
            if args.keep:
                print(f"  kept {pg_url}")
                return
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

        targets.append(("PostgreSQL", pg_url, drop))
    print(f"{args.n:,} work orders, {dt.date.today()}")  # noqa: DTZ011 - a label
    for label, url, cleanup in targets:
        print(f"{label}: {url}")
        database = open_database(url)
        try:
            measure(database, args.n)
        finally:
            database.dispose()
            cleanup()


if __name__ == "__main__":
    main()
