"""The ``scrm`` command line: everything the GUI can do, scriptable.

Every subcommand accepts ``--db URL`` after its own arguments. Errors a user can act on are
printed translated (language from settings or ``SCRM_LANG``) to stderr with exit status 1;
usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from scrm_desktop import __version__

Handler = Callable[[argparse.Namespace], int]


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="URL",
        help="database URL (sqlite:///path or postgresql://user@host/db); "
        "default: SCRM_DATABASE_URL, then the saved setting, then the local SQLite file",
    )
    return parent


def _open(args: argparse.Namespace, *, migrate: bool = True) -> Any:
    from scrm_desktop.config import resolve_database_url
    from scrm_desktop.db import Database, open_database

    url, _source = resolve_database_url(args.db)
    if migrate:
        return open_database(url)
    return Database(url)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# --- db -----------------------------------------------------------------------------------


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from scrm_desktop import db as dbmod

    database = _open(args, migrate=False)
    try:
        result = dbmod.upgrade(database, args.revision)
    finally:
        database.dispose()
    if result.from_revision == result.to_revision:
        print(f"{database.describe()}: already at {result.to_revision}")
    else:
        print(f"{database.describe()}: {result.from_revision or 'base'} -> {result.to_revision}")
    if result.backup is not None:
        print(f"backup: {result.backup}")
    if result.regions_version is not None:
        from scrm_desktop.services.regions import region_index

        print(f"regions: {len(region_index())} loaded (version {result.regions_version})")
    return 0


def cmd_db_downgrade(args: argparse.Namespace) -> int:
    from scrm_desktop import db as dbmod

    database = _open(args, migrate=False)
    try:
        after = dbmod.downgrade(database, args.revision)
    finally:
        database.dispose()
    print(f"{database.describe()}: now at {after}")
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    from scrm_desktop import db as dbmod

    database = _open(args, migrate=False)
    try:
        current = dbmod.current_revision(database)
        head = dbmod.head_revision()
    finally:
        database.dispose()
    state = "head" if current == head else f"head is {head}"
    print(f"{current or 'base'} ({state})")
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from scrm_desktop import db as dbmod

    database = _open(args, migrate=False)
    try:
        dbmod.ensure_not_newer(database)
        current = dbmod.current_revision(database)
        head = dbmod.head_revision()
        if current != head:
            print(f"database is at {current or 'base'}, not at head {head}: run `scrm db upgrade`")
            return 1
        diffs = dbmod.schema_differences(database)
    finally:
        database.dispose()
    if diffs:
        print("models and migrations differ:")
        for d in diffs:
            print(f"  {d}")
        return 1
    print("no differences between the models and the migrations")
    return 0


# --- demo ---------------------------------------------------------------------------------


def cmd_demo_load(args: argparse.Namespace) -> int:
    from scrm_desktop.services.demo import DEMO_ADMIN, DEMO_PASSWORD, load_demo

    database = _open(args)
    try:
        with database.session() as session:
            load_demo(session, size=args.size)
    finally:
        database.dispose()
    print(f"demo data ({args.size}) loaded into {database.describe()}")
    print(f"sign in as {DEMO_ADMIN} / {DEMO_PASSWORD}")
    return 0


# --- users --------------------------------------------------------------------------------


def cmd_users_list(args: argparse.Namespace) -> int:
    from scrm_desktop.services import users
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            rows = users.list_users(session, Actor.system("cli"))
    finally:
        database.dispose()
    if args.json:
        _print_json(
            [
                {
                    "username": r.username,
                    "display_name": r.display_name,
                    "roles": list(r.roles),
                    "region_scope": list(r.region_scope),
                    "active": r.is_active,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            flag = "" if r.is_active else "  (disabled)"
            print(f"{r.username}\t{r.display_name}\t{','.join(r.roles)}\t{','.join(r.region_scope)}{flag}")
    return 0


def cmd_users_create(args: argparse.Namespace) -> int:
    from scrm_desktop.services import users
    from scrm_desktop.services.permissions import Actor

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("password: ")
    database = _open(args)
    try:
        with database.session() as session:
            if users.has_users(session):
                row = users.create_user(
                    session,
                    Actor.system("cli"),
                    username=args.username,
                    display_name=args.name or args.username,
                    password=password,
                    roles=args.role or ["admin"],
                    region_scope=args.region or [],
                    must_change_password=False,
                )
                print(f"created {row.username} ({', '.join(row.roles)})")
            else:
                users.create_first_admin(
                    session, username=args.username, display_name=args.name or args.username, password=password
                )
                print(f"created the first administrator {args.username}")
    finally:
        database.dispose()
    return 0


# --- customers ----------------------------------------------------------------------------


def _translate() -> Callable[[str, str], str]:
    from scrm_desktop.i18n import current_language, load_translator, translator_function

    return translator_function(load_translator(current_language()))


def cmd_customers_import(args: argparse.Namespace) -> int:
    from scrm_desktop.services import customer_import
    from scrm_desktop.services.permissions import Actor

    table = customer_import.read_table(args.file)
    mapping = customer_import.suggest_mapping(table.headers)
    translate = _translate()
    database = _open(args)
    written = 0
    try:
        with database.session() as session:
            preview = customer_import.preview_import(session, Actor.system("cli"), table, mapping)
            if preview.ready and not args.dry_run:
                written = customer_import.commit_import(session, Actor.system("cli"), preview).written
    finally:
        database.dispose()
    rows = [
        {
            "row": r.row,
            "status": r.status,
            "field": r.problem.field if r.problem is not None else None,
            "reason": r.problem.message(translate) if r.problem is not None else "",
            "candidates": [c.code for c in r.candidates],
        }
        for r in preview.rows
    ]
    summary = {
        **preview.summary,
        "written": written,
        "dry_run": bool(args.dry_run),
        "mapping": {field: table.headers[column] for field, column in mapping.items()},
    }
    if args.json:
        _print_json({"rows": rows, "summary": summary})
    else:
        for row in rows:
            if row["status"] != "ok":
                print(f"row {row['row']}\t{row['status']}\t{row['reason']}")
        counts = ", ".join(f"{k} {preview.summary[k]}" for k in ("total", "ok", "error", "duplicate", "ambiguous"))
        print(f"{counts}; written {written}{' (dry run)' if args.dry_run else ''}")
    return 0 if preview.ready else 1


def cmd_customers_export(args: argparse.Namespace) -> int:
    from scrm_desktop.services import customer_import
    from scrm_desktop.services.permissions import Actor, Role

    # --masked exports as a dispatcher would see it: every customer, phones masked.
    actor = Actor(None, "cli", "cli", frozenset({Role.DISPATCHER.value})) if args.masked else Actor.system("cli")
    database = _open(args)
    try:
        with database.session() as session:
            count = customer_import.export_customers(session, actor, args.file, region_code=args.region, text=args.text)
    finally:
        database.dispose()
    print(f"{count} customers written to {args.file}")
    return 0


def cmd_customers_stats(args: argparse.Namespace) -> int:
    from scrm_desktop.services import customers
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            stats = customers.customer_stats(session, Actor.system("cli"))
    finally:
        database.dispose()

    def counts(rows: Sequence[Any]) -> list[dict[str, Any]]:
        return [{"key": r.key, "label": r.label, "count": r.count} for r in rows]

    if args.json:
        _print_json(
            {
                "total": stats.total,
                "without_region": stats.without_region,
                "by_province": counts(stats.by_province),
                "by_group": counts(stats.by_group),
                "by_owner": counts(stats.by_owner),
            }
        )
    else:
        print(f"total\t{stats.total}")
        print(f"without region\t{stats.without_region}")
        for title, rows in (("province", stats.by_province), ("group", stats.by_group), ("owner", stats.by_owner)):
            for r in rows:
                print(f"{title}\t{r.label or '-'}\t{r.count}")
    return 0


def cmd_customers_reassign(args: argparse.Namespace) -> int:
    from scrm_desktop.services import customers
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            preview = customers.preview_reassignment(session, Actor.system("cli"))
            if args.apply:
                customers.apply_reassignment(session, Actor.system("cli"), preview)
    finally:
        database.dispose()
    moves = [{"from": m.from_label, "to": m.to_label, "count": m.count} for m in preview.moves]
    if args.json:
        _print_json(
            {
                "checked": preview.checked,
                "moves": moves,
                "total_moved": preview.total_moved,
                "relinked": preview.relinked,
                "applied": bool(args.apply),
            }
        )
    else:
        for m in moves:
            print(f"{m['from'] or '-'}\t->\t{m['to'] or '-'}\t{m['count']}")
        state = "applied" if args.apply else "preview only: run again with --apply"
        print(f"{preview.total_moved} of {preview.checked} customers move ({state})")
    return 0


# --- regions ------------------------------------------------------------------------------


def cmd_regions_parse(args: argparse.Namespace) -> int:
    from scrm_desktop.services.regions import parse_address, region_index

    parsed = parse_address(args.text)
    if args.json:
        print(json.dumps(parsed.as_dict(), ensure_ascii=False))
        return 0
    index = region_index()
    if parsed.candidates:
        print(f"ambiguous: {'; '.join(f'{index.path_name(c)} ({c})' for c in parsed.candidates)}")
    elif parsed.region_code:
        print(f"{index.path_name(parsed.region_code)} ({parsed.region_code})")
    else:
        print("no region found")
    if parsed.rest:
        print(f"rest: {parsed.rest}")
    return 0


def cmd_regions_search(args: argparse.Namespace) -> int:
    from scrm_desktop.services.regions import region_index

    index = region_index()
    found = index.search(args.text, limit=args.limit)
    if args.json:
        _print_json(
            [
                {"code": r.code, "name": r.name, "short": r.short, "type": r.type, "path": index.path_name(r.code)}
                for r in found
            ]
        )
    else:
        for r in found:
            print(f"{r.code}\t{index.path_name(r.code)}\t{r.short}\t{r.type}")
    return 0


# --- prices -------------------------------------------------------------------------------


def _date(text: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_prices_export(args: argparse.Namespace) -> int:
    from scrm_desktop.services import price_io
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            counts = price_io.export_prices(session, Actor.system("cli"), args.file, on=args.date)
    finally:
        database.dispose()
    rows = ", ".join(f"{book} {count}" for book, count in counts.items())
    print(f"prices written to {args.file} ({rows} items)")
    return 0


def cmd_prices_import(args: argparse.Namespace) -> int:
    from scrm_desktop.services import price_io
    from scrm_desktop.services.permissions import Actor

    translate = _translate()
    database = _open(args)
    try:
        with database.session() as session:
            try:
                result = price_io.import_prices(
                    session, Actor.system("cli"), args.file, effective=args.effective, dry_run=args.dry_run
                )
            except price_io.PriceFileError as exc:
                problems = list(price_io.iter_problems(exc, translate))
                if args.json:
                    _print_json({"ok": False, "problems": problems})
                else:
                    print(exc.message(translate).split("\n", 1)[0], file=sys.stderr)
                    for p in problems:
                        print(f"{p['sheet']}!{p['column']}{p['row']}\t{p['reason']}", file=sys.stderr)
                return 1
    finally:
        database.dispose()
    summary = {
        "ok": True,
        "effective": result.effective.isoformat(),
        "dry_run": result.dry_run,
        "changed": result.changed,
        "unchanged": result.unchanged,
        "written": result.written,
    }
    if args.json:
        _print_json(summary)
    else:
        for book in result.changed:
            changed, unchanged, written = result.changed[book], result.unchanged[book], result.written[book]
            print(f"{book}\tchanged {changed}\tunchanged {unchanged}\twritten {written}")
        print(f"effective {summary['effective']}{' (dry run: nothing written)' if args.dry_run else ''}")
    return 0


def cmd_prices_resolve(args: argparse.Namespace) -> int:
    from scrm_desktop.services import price_resolution
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            found = price_resolution.quote(
                session,
                Actor.system("cli"),
                book=args.book,
                item_code=args.item,
                region_code=args.region,
                provider_type=args.provider_type,
                scenario=args.scenario,
                complexity=args.complexity,
                on=args.date,
            )
    finally:
        database.dispose()
    if args.json:
        print(
            json.dumps(
                {
                    "tier": found.tier_code,
                    "unit_price": str(found.unit_price),
                    "rule_id": str(found.rule_id),
                    "trace": found.trace,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(f"{found.item.code}\t{found.tier_code} {found.tier_name}\t{found.unit_price}\t{found.rule_name}")
        for line in found.trace:
            print(f"  {line}")
    return 0


def cmd_prices_impact(args: argparse.Namespace) -> int:
    from scrm_desktop.services import periods, price_impact
    from scrm_desktop.services.permissions import Actor
    from scrm_desktop.services.pricing import business_today

    actor = Actor.system("cli")
    period = periods.parse_period(args.period)
    translate = _translate()
    database = _open(args)
    try:
        with database.session() as session:
            impact = price_impact.file_impact(
                session,
                actor,
                args.from_xlsx,
                period,
                effective=args.effective or business_today(actor),
                as_dated=args.as_dated,
            )
    finally:
        database.dispose()
    if args.json:
        _print_json(impact.as_json(translate))
    else:
        _print_impact(impact, translate)
    return 0


def _print_impact(impact: Any, translate: Callable[[str, str], str]) -> None:
    """The impact as tab-separated tables: summary, region groups, providers, problems."""
    data = impact.as_json(translate)
    change = data["change"]
    how = "as dated" if change["as_dated"] else "as if in force all period"
    print(
        f"period {data['period']['label']} ({data['period']['from']} to {data['period']['to']}): "
        f"{change['settlement_changes']} settlement and {change['sales_changes']} sales price changes "
        f"effective {change['effective']}, {how}"
    )
    print(f"completed lines\t{data['period_lines']}\tearned {data['period_frozen_total']}")
    print(f"lines the change reaches\t{data['lines_considered']}\tchanged {data['lines_changed']}")
    totals = data["totals"]
    print(f"frozen {totals['frozen']}\tbefore {totals['before']}\tafter {totals['after']}\tdiff {totals['diff']}")
    columns = "lines\tchanged\tbefore\tafter\tdiff"
    for title, key, label in (("region group", "by_region_group", "group"), ("provider", "by_provider", "provider")):
        print(f"\n{title}\t{columns}")
        for row in data[key]:
            name = row[label] or ("(no group)" if label == "group" else "(no provider)")
            print(f"{name}\t{row['lines']}\t{row['lines_changed']}\t{row['before']}\t{row['after']}\t{row['diff']}")
    for side in ("before", "after"):
        found = data["problems"][side]
        if found["count"]:
            print(f"\nlines that cannot be priced {side} the change: {found['count']}")
            for p in found["examples"]:
                print(f"  {p['work_order']}\t{p['item']}\t{p['lines']} lines\t{p['reason']}")
    for note in data["notes"]:
        print(f"\n{note}")


# --- parser -------------------------------------------------------------------------------


# --- work orders and earnings ---------------------------------------------------------------


def _read_bytes(path: str) -> bytes:
    """The content of ``path``; an unreadable file gets a clear error."""
    from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "Cannot read {file}: {reason}"), field="file", file=path, reason=exc.strerror
        ) from None


def _read_json_file(path: str) -> Any:
    """A JSON document from ``path``; unreadable or malformed files get a clear error."""
    from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

    data = _read_bytes(path)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f"{exc.lineno}:{exc.colno}" if isinstance(exc, json.JSONDecodeError) else "?"
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{file} is not valid JSON (line:column {where})."),
            field="file",
            file=path,
            where=where,
        ) from None


def cmd_workorders_create(args: argparse.Namespace) -> int:
    from scrm_desktop.services import work_orders
    from scrm_desktop.services.permissions import Actor

    document = _read_json_file(args.json_file)
    database = _open(args)
    try:
        with database.session() as session:
            numbers = work_orders.create_from_json(session, Actor.system("cli"), document)
    finally:
        database.dispose()
    for number in numbers:
        print(number)
    return 0


def cmd_workorders_complete(args: argparse.Namespace) -> int:
    from scrm_desktop.services import work_orders
    from scrm_desktop.services.permissions import Actor

    actor = Actor.system("cli")
    database = _open(args)
    try:
        with database.session() as session:
            ids = [work_orders.find_by_number(session, actor, number) for number in args.numbers]
            result = work_orders.complete_work_orders(session, actor, ids, on=args.date)
    finally:
        database.dispose()
    print(f"completed {result.count} work orders, settlement total {result.settlement_total:.2f}")
    return 0


def cmd_earnings_export(args: argparse.Namespace) -> int:
    from scrm_desktop.services import earnings_reports
    from scrm_desktop.services.permissions import Actor

    month = earnings_reports.parse_period(args.period)
    database = _open(args)
    try:
        with database.session() as session:
            count = earnings_reports.export_earnings_csv(session, Actor.system("cli"), month=month, path=args.csv)
    finally:
        database.dispose()
    print(f"{count} earning rows of {args.period} written to {args.csv}")
    return 0


def cmd_earnings_summary(args: argparse.Namespace) -> int:
    from scrm_desktop.services import earnings_reports
    from scrm_desktop.services.permissions import Actor

    month = earnings_reports.parse_period(args.period)
    database = _open(args)
    try:
        with database.session() as session:
            rows = earnings_reports.month_summary(session, Actor.system("cli"), month=month)
    finally:
        database.dispose()
    data = [
        {
            "installer": r.code,
            "name": r.name,
            "provider": r.provider_name,
            "work_orders": r.work_orders,
            "frozen": f"{r.frozen:.2f}",
            "settled": f"{r.settled:.2f}",
            "total": f"{r.total:.2f}",
        }
        for r in rows
    ]
    if args.json:
        _print_json(data)
    else:
        for r in data:
            print(f"{r['installer']}\t{r['name']}\t{r['provider']}\t{r['work_orders']}\t{r['total']}")
    return 0


# --- statements ------------------------------------------------------------------------------


def cmd_statements_build(args: argparse.Namespace) -> int:
    from scrm_desktop.services import periods, statements
    from scrm_desktop.services.permissions import Actor

    actor = Actor.system("cli")
    period = periods.parse_period(args.period)
    database = _open(args)
    try:
        with database.session() as session:
            result = statements.build_statements(session, actor, period=period, party_kind=args.party)
            ids = [
                r.id
                for r in statements.list_statements(session, actor, period=period, party_kind=args.party)
                if r.status == "draft"
            ]
            numbers = statements.issue_statements(session, actor, ids) if args.issue else []
            items = statements.batch_items(session, actor, ids) if (args.pdf_dir or args.merged) else []
    finally:
        database.dispose()
    print(
        f"{result.drafts} draft statements ({result.replaced} replaced), {result.entries} earning entries, "
        f"gross {result.gross:.2f}, tax {result.tax:.2f}, net {result.net:.2f}"
    )
    if numbers:
        print(f"issued {len(numbers)}: {numbers[0]} … {numbers[-1]}")
    if items:
        from pathlib import Path

        from scrm_desktop.services.statement_pdf import render_batch

        written = render_batch(
            items,
            folder=Path(args.pdf_dir) if args.pdf_dir else None,
            merged=Path(args.merged) if args.merged else None,
            progress=None,
        )
        print(f"{len(written)} PDF files written")
    return 0


def cmd_statements_list(args: argparse.Namespace) -> int:
    from scrm_desktop.services import periods, statements
    from scrm_desktop.services.permissions import Actor

    period = periods.parse_period(args.period)
    database = _open(args)
    try:
        with database.session() as session:
            rows = statements.list_statements(session, Actor.system("cli"), period=period, party_kind=args.party)
    finally:
        database.dispose()
    data = [
        {
            "number": r.number,
            "status": r.status,
            "party": r.party_kind,
            "payee": r.payee_name,
            "code": r.payee_code,
            "period": [r.period_from.isoformat(), r.period_to.isoformat()],
            "lines": r.line_count,
            "gross": f"{r.gross:.2f}",
            "carry_in": f"{r.carry_in:.2f}",
            "tax": f"{r.tax:.2f}",
            "net": f"{r.net:.2f}",
            "carry_out": f"{r.carry_out:.2f}",
        }
        for r in rows
    ]
    if args.json:
        _print_json(data)
    else:
        for r in data:
            print(f"{r['number'] or '(draft)'}\t{r['status']}\t{r['code']}\t{r['payee']}\t{r['net']}")
    return 0


def cmd_statements_pdf(args: argparse.Namespace) -> int:
    from scrm_desktop.services import statements
    from scrm_desktop.services.permissions import Actor

    actor = Actor.system("cli")
    database = _open(args)
    try:
        with database.session() as session:
            statement_id = statements.find_by_number(session, actor, args.number)
            pages = statements.write_pdf(session, actor, statement_id, args.output, voucher=args.voucher)
    finally:
        database.dispose()
    print(f"{args.output}: {pages} pages")
    return 0


def cmd_statements_verify(args: argparse.Namespace) -> int:
    from scrm_desktop.services import statements
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            check = statements.verify_statement(session, Actor.system("cli"), args.number)
    finally:
        database.dispose()
    print(f"{check.number}: sha256 {check.computed_sha256}")
    if check.ok:
        print("OK: the snapshot matches its hash and the settled entries")
        return 0
    for problem in check.problems:
        print(f"MISMATCH: {problem}", file=sys.stderr)
    return 1


def cmd_statements_reconcile(args: argparse.Namespace) -> int:
    from scrm_desktop.services import periods, statements
    from scrm_desktop.services.permissions import Actor

    period = periods.parse_period(args.period)
    database = _open(args)
    try:
        with database.session() as session:
            rec = statements.reconcile(session, Actor.system("cli"), period=period)
    finally:
        database.dispose()
    print(f"period {period.first} .. {period.last}")
    print(f"earned (frozen lines + adjustments)\t{rec.earned:.2f}")
    print(f"settled by issued statements\t{rec.settled_gross:.2f}")
    print(f"not settled yet\t{rec.unsettled:.2f}")
    by_statements = f"net {rec.net:.2f} + tax {rec.tax:.2f} - carry-in {rec.carry_in:.2f}"
    print(f"statements: {by_statements} + carry-out {rec.carry_out:.2f}")
    print(f"difference\t{rec.difference:.2f}")
    return 0 if rec.difference == 0 else 1


# --- workflows ------------------------------------------------------------------------------


def cmd_workflow_import(args: argparse.Namespace) -> int:
    from scrm_desktop.services import workflows
    from scrm_desktop.services.permissions import Actor

    data = _read_bytes(args.file)
    database = _open(args)
    try:
        with database.session() as session:
            result = workflows.import_bpmn(session, Actor.system("cli"), data, key=args.key, name=args.name)
    finally:
        database.dispose()
    if args.json:
        _print_json(result.to_json())
    else:
        counts = ", ".join(f"{kind} {n}" for kind, n in result.nodes.items() if n)
        print(f"imported {result.key} as draft version {result.version}: {counts}; {result.edges} edges")
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    return 0


def cmd_workflow_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from scrm_desktop.services import workflows
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            data = workflows.export_bpmn(session, Actor.system("cli"), args.key, args.version)
    finally:
        database.dispose()
    Path(args.output).write_bytes(data)
    print(f"wrote {args.output} ({len(data)} bytes)")
    return 0


def _list_definitions(
    args: argparse.Namespace,
    list_definitions: Callable[..., Any],
    list_versions: Callable[..., Any],
    counts: Callable[[Any], dict[str, int]],
) -> int:
    """``workflow list`` and ``forms list``: each definition with its versions (``counts`` gives a
    version's sizes: nodes and edges, or fields)."""
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            actor = Actor.system("cli")
            rows = list_definitions(session, actor)
            versions = {r.key: list_versions(session, actor, r.key) for r in rows}
    finally:
        database.dispose()
    if args.json:
        _print_json(
            [
                {
                    "key": r.key,
                    "name": r.name,
                    "description": r.description,
                    "active": r.is_active,
                    "published_version": r.published_number,
                    "draft_version": r.draft_number,
                    "versions": [
                        {
                            "version": v.number,
                            "status": v.status,
                            **counts(v),
                            "checksum": v.checksum,
                            "published_at": v.published_at.isoformat() if v.published_at else None,
                        }
                        for v in versions[r.key]
                    ],
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            published = f"v{r.published_number}" if r.published_number else "-"
            draft = f" (draft v{r.draft_number})" if r.draft_number else ""
            print(f"{r.key}\t{r.name}\tpublished {published}{draft}")
    return 0


def cmd_workflow_list(args: argparse.Namespace) -> int:
    from scrm_desktop.services import workflows

    return _list_definitions(
        args,
        workflows.list_definitions,
        workflows.list_versions,
        lambda v: {"nodes": v.node_count, "edges": v.edge_count},
    )


# --- forms ----------------------------------------------------------------------------------


def cmd_forms_list(args: argparse.Namespace) -> int:
    from scrm_desktop.services import forms

    return _list_definitions(args, forms.list_forms, forms.list_versions, lambda v: {"fields": v.field_count})


def cmd_forms_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from scrm_desktop.services import forms
    from scrm_desktop.services.permissions import Actor

    database = _open(args)
    try:
        with database.session() as session:
            document = forms.export_json(session, Actor.system("cli"), args.key, args.version)
    finally:
        database.dispose()
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    Path(args.output).write_bytes(data)
    print(f"wrote {args.output} ({len(data)} bytes)")
    return 0


def cmd_forms_import(args: argparse.Namespace) -> int:
    from scrm_desktop.services import forms
    from scrm_desktop.services.permissions import Actor

    document = _read_json_file(args.file)
    database = _open(args)
    try:
        with database.session() as session:
            row = forms.import_json(session, Actor.system("cli"), document, key=args.key, name=args.name)
    finally:
        database.dispose()
    if args.json:
        _print_json({"key": row.key, "version": row.number, "status": row.status, "fields": row.field_count})
    else:
        print(f"imported {row.key} as draft version {row.number}: {row.field_count} fields")
    return 0


def cmd_forms_validate(args: argparse.Namespace) -> int:
    from scrm_desktop.i18n import current_language, load_translator, translator_function
    from scrm_desktop.services import forms

    document = _read_json_file(args.data)
    translate = translator_function(load_translator(current_language()))
    database = _open(args)
    try:
        with database.session() as session:
            _clean, errors = forms.validate_submission(session, args.key, document, args.version, translate=translate)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps({"valid": not errors, "errors": errors}, ensure_ascii=False))
    elif not errors:
        print("valid")
    else:
        for key, messages in errors.items():
            for message in messages:
                print(f"{key}: {message}")
    return 0 if not errors else 1


def build_parser() -> argparse.ArgumentParser:
    db_parent = _db_parent()
    parser = argparse.ArgumentParser(prog="scrm", description="SCRM Desktop command line")
    parser.add_argument("--version", action="version", version=f"scrm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    db = sub.add_parser("db", help="database schema: upgrade, downgrade, current, check")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = db_sub.add_parser("upgrade", parents=[db_parent], help="migrate to the newest schema")
    p.add_argument("revision", nargs="?", default="head")
    p.set_defaults(handler=cmd_db_upgrade)
    p = db_sub.add_parser("downgrade", parents=[db_parent], help="migrate down to REV (or base)")
    p.add_argument("revision")
    p.set_defaults(handler=cmd_db_downgrade)
    p = db_sub.add_parser("current", parents=[db_parent], help="print the schema revision")
    p.set_defaults(handler=cmd_db_current)
    p = db_sub.add_parser("check", parents=[db_parent], help="exit 1 when models and migrations differ")
    p.set_defaults(handler=cmd_db_check)

    demo = sub.add_parser("demo", help="demo data")
    demo_sub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    p = demo_sub.add_parser("load", parents=[db_parent], help="fill an empty database with demo data")
    p.add_argument("--size", choices=["small", "large"], default="small")
    p.set_defaults(handler=cmd_demo_load)

    us = sub.add_parser("users", help="user accounts")
    us_sub = us.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = us_sub.add_parser("list", parents=[db_parent], help="list users")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_users_list)
    p = us_sub.add_parser("create", parents=[db_parent], help="create a user (the first one becomes the administrator)")
    p.add_argument("username")
    p.add_argument("--name", help="display name")
    p.add_argument("--role", action="append", help="role (repeatable): admin, pricing_manager, ...")
    p.add_argument("--region", action="append", help="region code of the user's scope (repeatable)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(handler=cmd_users_create)

    cu = sub.add_parser("customers", help="customers: import, export, stats, owner re-assignment")
    cu_sub = cu.add_subparsers(dest="customers_command", metavar="ACTION", required=True)
    p = cu_sub.add_parser(
        "import",
        parents=[db_parent],
        help="import customers from .xlsx or .csv: all rows or none (exit 1 when a row is not ok)",
    )
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument("--json", action="store_true", help="print every row's status as JSON")
    p.set_defaults(handler=cmd_customers_import)
    p = cu_sub.add_parser("export", parents=[db_parent], help="export customers to .xlsx or .csv")
    p.add_argument("file")
    p.add_argument("--region", metavar="CODE", help="only customers in this region (and below)")
    p.add_argument("--text", help="only customers whose name, phone or address matches")
    p.add_argument("--masked", action="store_true", help="mask phone numbers")
    p.set_defaults(handler=cmd_customers_export)
    p = cu_sub.add_parser("stats", parents=[db_parent], help="customers per province, region group and owner")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_customers_stats)
    p = cu_sub.add_parser(
        "reassign", parents=[db_parent], help="preview (and with --apply, apply) owner changes from the rules"
    )
    p.add_argument("--apply", action="store_true", help="apply the previewed moves")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_customers_reassign)

    rg = sub.add_parser("regions", help="administrative regions: parse an address, search")
    rg_sub = rg.add_subparsers(dest="regions_command", metavar="ACTION", required=True)
    p = rg_sub.add_parser("parse", parents=[db_parent], help="find the province, city and district in an address")
    p.add_argument("text")
    p.add_argument("--json", action="store_true", help="print the codes, the rest and the candidates as JSON")
    p.set_defaults(handler=cmd_regions_parse)
    p = rg_sub.add_parser("search", parents=[db_parent], help="regions by name, short name or code prefix")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_regions_search)
    pr = sub.add_parser(
        "prices", help="prices: export and import the grid as XLSX, resolve a unit price, preview the impact of a file"
    )
    pr_sub = pr.add_subparsers(dest="prices_command", metavar="ACTION", required=True)
    p = pr_sub.add_parser("export", parents=[db_parent], help="write both price books to an .xlsx file")
    p.add_argument("file")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="prices in force on this date (default today)")
    p.set_defaults(handler=cmd_prices_export)
    p = pr_sub.add_parser(
        "import",
        parents=[db_parent],
        help="import an .xlsx price file: every cell checked first, all or nothing (exit 1 listing every bad cell)",
    )
    p.add_argument("file")
    p.add_argument("--effective", type=_date, required=True, metavar="YYYY-MM-DD", help="the new prices apply from")
    p.add_argument("--dry-run", action="store_true", help="check and count the changes, write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_prices_import)
    p = pr_sub.add_parser("resolve", parents=[db_parent], help="the tier and unit price of an item for a job")
    p.add_argument("--book", choices=["settlement", "sales"], required=True)
    p.add_argument("--item", required=True, metavar="CODE", help="catalog item code")
    p.add_argument("--region", required=True, metavar="CODE", help="region code of the job (GB/T 2260)")
    p.add_argument("--provider-type", metavar="T")
    p.add_argument("--scenario", metavar="S")
    p.add_argument("--complexity", type=int, metavar="N", help="default: the item's own")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--json", action="store_true", help='print {"tier", "unit_price", "rule_id", "trace"}')
    p.set_defaults(handler=cmd_prices_resolve)
    p = pr_sub.add_parser(
        "impact",
        parents=[db_parent],
        help="what an .xlsx price file would have changed in the settlement of a past month (writes nothing)",
    )
    p.add_argument("--from-xlsx", required=True, metavar="FILE", help="a price file as `prices import` takes it")
    p.add_argument("--period", required=True, metavar="YYYY-MM", help="the month of completed work to recompute")
    p.add_argument(
        "--effective", type=_date, metavar="YYYY-MM-DD", help="the date the import would apply from (default today)"
    )
    p.add_argument(
        "--as-dated",
        action="store_true",
        help="apply the new prices only from --effective on (default: as if in force all period)",
    )
    p.add_argument("--json", action="store_true", help="print the totals, rows and problems as JSON")
    p.set_defaults(handler=cmd_prices_impact)

    wo = sub.add_parser("workorders", help="work orders: create from JSON, complete (freezes earnings)")
    wo_sub = wo.add_subparsers(dest="action", required=True)
    p = wo_sub.add_parser(
        "create", parents=[db_parent], help="create work orders from a JSON file (an object or a list); prints numbers"
    )
    p.add_argument("--json-file", required=True, metavar="F")
    p.set_defaults(handler=cmd_workorders_create)
    p = wo_sub.add_parser("complete", parents=[db_parent], help="complete work orders (all or none) and freeze them")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="completion date if none is set (default: today)")
    p.set_defaults(handler=cmd_workorders_complete)

    sm = sub.add_parser("statements", help="settlement statements: build, list, pdf, verify, reconcile")
    sm_sub = sm.add_subparsers(dest="action", required=True)
    p = sm_sub.add_parser(
        "build", parents=[db_parent], help="build (and optionally issue and print) a month's statements"
    )
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--party", required=True, choices=["installer", "provider"])
    p.add_argument("--issue", action="store_true", help="issue the drafts (numbers them, settles their lines)")
    p.add_argument("--pdf-dir", metavar="DIR", help="write one PDF per statement into DIR")
    p.add_argument("--merged", metavar="FILE", help="write all statements into one PDF")
    p.set_defaults(handler=cmd_statements_build)
    p = sm_sub.add_parser("list", parents=[db_parent], help="the statements of a month")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--party", choices=["installer", "provider"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_statements_list)
    p = sm_sub.add_parser("pdf", parents=[db_parent], help="print one statement to a PDF file")
    p.add_argument("number")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--voucher", action="store_true", help="payment voucher: the full ID number")
    p.set_defaults(handler=cmd_statements_pdf)
    p = sm_sub.add_parser("verify", parents=[db_parent], help="recompute a statement's SHA-256 and check its lines")
    p.add_argument("number")
    p.set_defaults(handler=cmd_statements_verify)
    p = sm_sub.add_parser("reconcile", parents=[db_parent], help="statements against frozen earnings of a month")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.set_defaults(handler=cmd_statements_reconcile)

    ea = sub.add_parser("earnings", help="installer earnings: export, month summary")
    ea_sub = ea.add_subparsers(dest="action", required=True)
    p = ea_sub.add_parser("export", parents=[db_parent], help="one CSV row per line and crew member")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--csv", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_earnings_export)
    p = ea_sub.add_parser("summary", parents=[db_parent], help="per installer totals of a month")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_earnings_summary)

    wf = sub.add_parser("workflow", help="workflows: import and export BPMN 2.0, list")
    wf_sub = wf.add_subparsers(dest="action", required=True)
    p = wf_sub.add_parser("import", parents=[db_parent], help="a BPMN 2.0 file as a new draft version")
    p.add_argument("file", metavar="FILE.bpmn")
    p.add_argument("--key", help="workflow key (default: from the process id); an existing key gets a new draft")
    p.add_argument("--name", help="workflow name for a new workflow (default: the process name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_workflow_import)
    p = wf_sub.add_parser("export", parents=[db_parent], help="a workflow version as BPMN 2.0 XML")
    p.add_argument("key")
    p.add_argument("--version", type=int, help="version number (default: the draft, else the newest)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.bpmn")
    p.set_defaults(handler=cmd_workflow_export)
    p = wf_sub.add_parser("list", parents=[db_parent], help="workflows and their versions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_workflow_list)

    fo = sub.add_parser("forms", help="forms: list, export and import JSON, validate data")
    fo_sub = fo.add_subparsers(dest="action", required=True)
    p = fo_sub.add_parser("list", parents=[db_parent], help="forms and their versions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_forms_list)
    p = fo_sub.add_parser("export", parents=[db_parent], help="a form version as JSON")
    p.add_argument("key")
    p.add_argument("--version", type=int, help="version number (default: the draft, else the newest)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    p.set_defaults(handler=cmd_forms_export)
    p = fo_sub.add_parser("import", parents=[db_parent], help="a form JSON file as a new draft version")
    p.add_argument("file", metavar="FILE.json")
    p.add_argument("--key", help="form key (default: the file's); an existing key gets a new draft")
    p.add_argument("--name", help="form name for a new form (default: the file's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_forms_import)
    p = fo_sub.add_parser(
        "validate",
        parents=[db_parent],
        help="check form data like the GUI does (exit 0 when valid, 1 when not)",
    )
    p.add_argument("key")
    p.add_argument("--data", required=True, metavar="FILE.json", help="the data: a JSON object by field key")
    p.add_argument("--version", type=int, help="version number (default: the published one, else the newest)")
    p.add_argument("--json", action="store_true", help='print {"valid": true|false, "errors": {"field_key": [...]}}')
    p.set_defaults(handler=cmd_forms_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import logging

    from scrm_desktop.services.errors import ScrmError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except ScrmError as exc:
        from scrm_desktop.i18n import current_language, load_translator, translator_function

        translate = translator_function(load_translator(current_language()))
        where = []
        if exc.row is not None:
            where.append(f"row {exc.row}")
        if exc.field is not None:
            where.append(exc.field)
        prefix = f"[{', '.join(where)}] " if where else ""
        print(f"scrm: {prefix}{exc.message(translate)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `scrm … | head`: the reader has gone, which is not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
