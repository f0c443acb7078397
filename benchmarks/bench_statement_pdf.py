"""Statement PDF throughput: a period's statements rendered by ``render_batch``.

    python benchmarks/bench_statement_pdf.py [--count 1000] [--lines 60] [--workers 2]

Generates ``count`` synthetic issued statements of about ``lines`` lines each (varied customers,
addresses, items, crew shares and adjustments), then prints:

- one statement rendered in this process (median of a few), the cost a single print has;
- ``render_batch`` into a temporary folder, one PDF each: total time and time per statement;
- ``render_batch`` into one merged PDF: total time, of which merging, and the merged file's size.

Wall-clock times depend on what else the machine is doing, so each batch also prints the CPU
time its worker processes and this process used (Unix): CPU seconds / 2 is the wall time the
batch needs on an otherwise idle two-core machine.

The target is 1,000 statements of about 60 lines in under 60 s with two workers on a two-core
machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from scrm_desktop.services.progress import Progress
from scrm_desktop.services.statement_pdf import render_batch, render_statement_bytes

CENT = Decimal("0.01")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
DISTRICTS = ("天河区", "越秀区", "海珠区", "白云区", "番禺区", "黄埔区", "花都区", "南沙区")
STREETS = ("天河路", "中山大道", "黄埔大道", "科韵路", "华夏路", "广州大道北", "工业大道中", "新港东路")
ESTATES = ("", "", "碧桂园一期", "保利花园", "富力新城", "万科城市花园三期", "太古汇写字楼")
ITEMS = (
    ("AC-001", "挂机空调安装", "台", "120.00"),
    ("AC-002", "柜机空调安装", "台", "180.00"),
    ("AC-010", "中央空调室内机拆装及冷媒管路更换", "台", "460.00"),
    ("WH-001", "燃气热水器安装", "台", "150.00"),
    ("PP-003", "空调铜管加长", "米", "45.00"),
    ("SV-001", "上门检测", "次", "50.00"),
)


def synthetic_snapshot(index: int, line_count: int, rng: random.Random) -> dict[str, Any]:
    lines = []
    for no in range(1, line_count + 1):
        code, item, unit, price = rng.choice(ITEMS)
        quantity = Decimal(rng.randint(1, 3))
        line_amount = quantity * Decimal(price)
        share = rng.choice((Decimal("100.00"),) * 3 + (Decimal("50.00"), Decimal("60.00")))
        address = (
            f"广东省广州市{rng.choice(DISTRICTS)}{rng.choice(STREETS)}{rng.randint(1, 999)}号"
            f"{rng.choice(ESTATES)}{rng.choice(['', f'{rng.randint(1, 30)}栋{rng.randint(101, 2505)}室'])}"
        )
        lines.append(
            {
                "no": no,
                "date": f"2026-10-{rng.randint(1, 31):02d}",
                "work_order": f"WO-GZ-202610-{index * 100 + no:06d}",
                "customer": rng.choice(SURNAMES) + rng.choice(("女士", "先生")),
                "address": address,
                "item": item,
                "item_code": code,
                "quantity": str(quantity),
                "unit": unit,
                "unit_price": price,
                "line_amount": f"{line_amount:.2f}",
                "share_pct": f"{share:.2f}",
                "amount": f"{(line_amount * share / 100).quantize(CENT):.2f}",
            }
        )
    adjustments = [
        {
            "date": "2026-10-12",
            "work_order": lines[0]["work_order"],
            "kind": "bonus",
            "label": "奖励",
            "reason": "客户好评",
            "amount": "50.00",
        },
        {
            "date": "2026-10-20",
            "work_order": lines[1]["work_order"],
            "kind": "deduction",
            "label": "扣款",
            "reason": "超时完工，客户投诉",
            "amount": "-20.00",
        },
    ]
    lines_total = sum((Decimal(line["amount"]) for line in lines), Decimal("0.00"))
    gross = lines_total + Decimal("30.00")
    tax = (gross * Decimal("0.16")).quantize(CENT)
    return {
        "schema": 1,
        "kind": "installer",
        "title": "安装服务费结算单",
        "number": f"JS-GZ-202611-{index + 1:06d}",
        "period": {"from": "2026-10-01", "to": "2026-10-31"},
        "issued_on": "2026-11-05",
        "payer": {
            "name": "广州示例机电安装服务有限公司",
            "tax_id": "91440101MA5CXY3K2P",
            "address": "广州市天河区华夏路10号",
            "phone": "020-38880000",
            "logo_png": "",
        },
        "payee": {
            "name": rng.choice(SURNAMES) + "师傅",
            "code": f"GZ-{index:04d}",
            "provider": "广州天河恒通机电安装服务部",
            "phone": "13812345678",
            "id_number": "440106199003071234",
            "bank_name": "中国工商银行广州天河支行",
            "bank_account": "6222021234567890123",
            "account_name": "张师傅",
            "tax_mode": "withheld",
        },
        "lines": lines,
        "adjustments": adjustments,
        "totals": {
            "lines": f"{lines_total:.2f}",
            "adjustments": "30.00",
            "gross": f"{gross:.2f}",
            "carry_in": "0.00",
            "payable": f"{gross:.2f}",
            "tax": f"{tax:.2f}",
            "net": f"{gross - tax:.2f}",
            "carry_out": "0.00",
        },
        "entries": [],
    }


def items(count: int, line_count: int) -> list[tuple[dict[str, Any], str, str, str]]:
    rng = random.Random(20261105)
    made = []
    for index in range(count):
        snapshot = synthetic_snapshot(index, rng.randint(line_count - 5, line_count + 5), rng)
        canonical = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        made.append((snapshot, "issued", hashlib.sha256(canonical.encode()).hexdigest(), snapshot["number"]))
    return made


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its finished child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def cpu_report(before: tuple[float, float], count: int) -> str:
    after = cpu_seconds()
    own, workers = after[0] - before[0], after[1] - before[1]
    return (
        f"CPU: workers {workers:.1f} s ({workers / count * 1000:.0f} ms per statement), this process {own:.1f} s; "
        f"on an idle 2-core machine ≈ {(own + workers) / 2:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--lines", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    batch = items(args.count, args.lines)
    print(f"{args.count} statements, {args.lines}±5 lines each, {args.workers} workers, {os.cpu_count()} CPUs")

    single = []
    for snapshot, status, sha256, _stem in batch[:7]:
        started = time.perf_counter()
        render_statement_bytes(snapshot, status, sha256)
        single.append(time.perf_counter() - started)
    print(f"one statement in this process: {statistics.median(single[1:]) * 1000:.0f} ms (median, warm)")

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "statements"
        cpu = cpu_seconds()
        started = time.perf_counter()
        written = render_batch(batch, folder=folder, merged=None, progress=Progress(), workers=args.workers)
        elapsed = time.perf_counter() - started
        size = sum(path.stat().st_size for path in written)
        print(
            f"folder: {len(written)} PDFs in {elapsed:.1f} s = {elapsed / len(written) * 1000:.0f} ms per statement "
            f"(wall clock), {size / len(written) / 1024:.0f} KiB each"
        )
        print(f"        {cpu_report(cpu, len(written))}")

        merged = Path(temp) / "merged.pdf"
        marks: dict[str, float] = {}

        def listener(done: int, _total: int, _text: str) -> None:
            if done == len(batch):
                marks["rendered"] = time.perf_counter()

        cpu = cpu_seconds()
        started = time.perf_counter()
        render_batch(batch, folder=None, merged=merged, progress=Progress(listener), workers=args.workers)
        elapsed = time.perf_counter() - started
        merging = time.perf_counter() - marks["rendered"]
        print(
            f"merged: {elapsed:.1f} s in all, of which merging {merging:.1f} s; "
            f"{merged.stat().st_size / 1024 / 1024:.1f} MiB"
        )
        print(f"        {cpu_report(cpu, len(batch))}")


if __name__ == "__main__":
    main()
