"""Settlement statements: withholding, amounts in words, build → issue → pay / void → amend,
carry-over, reconciliation, verification, and overlapping issues on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from typing import Any

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from work_order_support import Setup, add_setup, create, order_input

from scrm_desktop.db import Database
from scrm_desktop.models import EarningEntry, Installer, Statement, StatementEntry
from scrm_desktop.services import statements as st_service
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.periods import Period
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.rmb import rmb_upper
from scrm_desktop.services.withholding import labour_income_tax, taxable_base, withheld_tax

D = Decimal
OCT = Period.month(2026, 10)
NOV = Period.month(2026, 11)


# --- withholding and 大写 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("income", "tax"),
    [("3000", "440.00"), ("4000", "640.00"), ("5000", "800.00"), ("30000", "5200.00"), ("80000", "18600.00"),
     ("800", "0.00"), ("0", "0.00"), ("-50", "0.00")],
)  # fmt: skip
def test_labour_income_tax_examples(income: str, tax: str) -> None:
    assert labour_income_tax(D(income)) == D(tax)
    assert withheld_tax(D(income), "self_invoice") == D(0)


@settings(max_examples=300)
@given(income=st.decimals(min_value=D("0"), max_value=D("10000000"), places=2))
def test_tax_is_never_more_than_income_and_grows_with_it(income: Decimal) -> None:
    tax = labour_income_tax(income)
    assert D(0) <= tax < max(income, D("0.01"))
    assert labour_income_tax(income + 100) >= tax
    assert taxable_base(income) <= income


@pytest.mark.parametrize(
    ("amount", "words"),
    [("1234.56", "壹仟贰佰叁拾肆元伍角陆分"), ("1000", "壹仟元整"), ("1005.07", "壹仟零伍元零柒分"),
     ("16409.02", "壹万陆仟肆佰零玖元零贰分"), ("100000000", "壹亿元整"), ("0", "零元整"), ("0.30", "叁角整"),
     ("10", "壹拾元整"), ("-25.50", "负贰拾伍元伍角整")],
)  # fmt: skip
def test_rmb_upper_examples(amount: str, words: str) -> None:
    assert rmb_upper(D(amount)) == words


def _allowed_variants(text: str) -> set[str]:
    """The spellings the rules allow for one amount: 零 between 元 and 角 is optional, and so is 零
    where 万 (or 元) is zero but the next digit is not."""
    variants = {text}
    if "元零" in text and "角" in text:
        variants.add(text.replace("元零", "元", 1))
    return variants


@settings(max_examples=400, deadline=None)
@given(amount=st.decimals(min_value=D("0.01"), max_value=D("99999999999.99"), places=2))
def test_rmb_upper_agrees_with_cn2an(amount: Decimal) -> None:
    mine = rmb_upper(amount)
    theirs = cn2an.an2cn(str(amount), "rmb")
    # cn2an writes 整 only after 元; after 角 the rules also require it (会计基础工作规范 第五十二条).
    if theirs.endswith("角"):
        theirs += "整"
    assert theirs in _allowed_variants(mine) | {mine.replace("元零", "元")}, (amount, mine, theirs)


# --- building and issuing ------------------------------------------------------------------------


@pytest.fixture
def setup(db: Database) -> Setup:
    return add_setup(db)


def _complete(db: Database, admin: Actor, data: wo.WorkOrderInput) -> wo.WorkOrderDetail:
    detail = create(db, admin, data)
    with db.session() as session:
        return wo.complete_work_order(session, admin, detail.id, expected_version=detail.version)


def _build(db: Database, admin: Actor, period: Period = NOV, kind: str = "installer") -> st_service.BuildResult:
    with db.session() as session:
        return st_service.build_statements(session, admin, period=period, party_kind=kind)


def _rows(db: Database, admin: Actor, **kw: Any) -> list[st_service.StatementRow]:
    with db.session() as session:
        return st_service.list_statements(session, admin, **kw)


def test_build_makes_one_draft_per_installer_with_withholding(db: Database, admin: Actor, setup: Setup) -> None:
    with db.session() as session:
        session.get(Installer, setup.installers["I001"]).tax_mode = "withheld"
        session.get(Installer, setup.installers["I002"]).tax_mode = "self_invoice"
    _complete(db, admin, order_input(setup, items=(("AC-001", "40"),)))  # 4,800.00, 60/40
    result = _build(db, admin)
    assert (result.drafts, result.entries) == (2, 2)
    rows = {r.payee_code: r for r in _rows(db, admin, period=NOV)}
    zhang, li = rows["I001"], rows["I002"]
    assert (zhang.gross, zhang.tax, zhang.net) == (D("2880.00"), D("416.00"), D("2464.00"))  # (2880-800) x 20%
    assert (li.gross, li.tax, li.net) == (D("1920.00"), D("0.00"), D("1920.00"))  # invoices itself
    assert zhang.status == "draft" and zhang.number is None
    # Building again replaces the drafts instead of adding more.
    assert _build(db, admin).replaced == 2
    assert len(_rows(db, admin, period=NOV)) == 2


def test_issue_numbers_hashes_and_settles_each_entry_once(db: Database, admin: Actor, setup: Setup) -> None:
    _complete(db, admin, order_input(setup))
    _build(db, admin)
    drafts = _rows(db, admin, period=NOV)
    with db.session() as session:
        numbers = st_service.issue_statements(session, admin, [r.id for r in drafts], on=dt.date(2026, 12, 3))
    assert sorted(numbers) == ["JS-HQ-202612-000001", "JS-HQ-202612-000002"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(EarningEntry).where(
            EarningEntry.statement_id.is_(None))) == 0  # fmt: skip
        check = st_service.verify_statement(session, admin, numbers[0])
    assert check.ok and check.stored_sha256 == check.computed_sha256
    # Nothing is left for a second build, and the reconciliation balances.
    assert _build(db, admin).drafts == 0
    with db.session() as session:
        rec = st_service.reconcile(session, admin, period=NOV)
    assert rec.unsettled == D(0) and rec.difference == D(0) and rec.earned == D("272.73")


def test_tampered_snapshot_fails_verification(db: Database, admin: Actor, setup: Setup) -> None:
    _complete(db, admin, order_input(setup))
    _build(db, admin)
    with db.session() as session:
        number = st_service.issue_statements(session, admin, [r.id for r in _rows(db, admin)])[0]
    with db.session() as session:
        statement = session.scalar(select(Statement).where(Statement.number == number))
        snapshot = dict(statement.snapshot)
        snapshot["totals"] = {**snapshot["totals"], "net": "99999.00"}
        statement.snapshot = snapshot
    with db.session() as session:
        check = st_service.verify_statement(session, admin, number)
    assert not check.ok and "hash" in check.problems[0]


def test_void_releases_entries_and_amend_links_to_it(db: Database, admin: Actor, setup: Setup) -> None:
    _complete(db, admin, order_input(setup, crew_shares=(("I001", "100"),)))
    _build(db, admin)
    with db.session() as session:
        [number] = st_service.issue_statements(session, admin, [r.id for r in _rows(db, admin)])
    issued = _rows(db, admin)[0]
    with db.session() as session, pytest.raises(ValidationError):
        st_service.void_statement(session, admin, issued.id, reason=" ", expected_version=issued.version)
    with db.session() as session:
        voided = st_service.void_statement(
            session, admin, issued.id, reason="银行账号有误", expected_version=issued.version
        )
    assert voided.row.status == "void"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(StatementEntry)) == 0
        amended = st_service.amend_statement(session, admin, issued.id)
        [again] = st_service.issue_statements(session, admin, [amended.row.id])
    assert amended.row.amends_id == issued.id and amended.snapshot["amends"] == number
    assert again != number and amended.row.net == issued.net


def test_negative_balance_is_carried_forward_never_paid(db: Database, admin: Actor, setup: Setup) -> None:
    deduction = (wo.AdjustmentInput("deduction", D("-500.00"), "客户投诉赔偿"),)
    _complete(db, admin, order_input(setup, crew_shares=(("I001", "100"),), completed_on=dt.date(2026, 10, 5),
                                     adjustments=deduction))  # fmt: skip
    _build(db, admin, OCT)
    with db.session() as session:
        st_service.issue_statements(session, admin, [r.id for r in _rows(db, admin, period=OCT)])
    october = _rows(db, admin, period=OCT)[0]
    assert (october.gross, october.net, october.carry_out) == (D("-227.27"), D(0), D("-227.27"))
    _complete(db, admin, order_input(setup, crew_shares=(("I001", "100"),), items=(("AC-001", "5"),)))  # 600.00
    _build(db, admin, NOV)
    november = _rows(db, admin, period=NOV)[0]
    assert (november.carry_in, november.net) == (D("-227.27"), D("372.73"))
    with db.session() as session:
        st_service.issue_statements(session, admin, [november.id])
        # The carried statement cannot be voided while November carries its balance.
        with pytest.raises(ValidationError):
            st_service.void_statement(session, admin, october.id, reason="x", expected_version=october.version)
    with db.session() as session:
        for period in (OCT, NOV):
            assert st_service.reconcile(session, admin, period=period).difference == D(0)


# --- two users issue overlapping statements at once (PostgreSQL) -------------------------------


@pytest.mark.parametrize("backend", ["postgresql"])
def test_overlapping_issues_exactly_one_succeeds(db: Database, admin: Actor, setup: Setup) -> None:
    _complete(db, admin, order_input(setup, crew_shares=(("I001", "100"),)))
    _build(db, admin, NOV, "installer")
    _build(db, admin, NOV, "provider")  # the same entries, seen from the provider
    drafts = _rows(db, admin, period=NOV)
    assert {r.party_kind for r in drafts} == {"installer", "provider"}
    barrier = threading.Barrier(2)
    outcomes: list[Any] = []

    def issue(statement_id: Any) -> None:
        try:
            with db.session() as session:
                barrier.wait(10)
                outcomes.append(st_service.issue_statements(session, admin, [statement_id]))
        except Exception as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=issue, args=(r.id,)) for r in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    issued = [o for o in outcomes if isinstance(o, list)]
    refused = [o for o in outcomes if isinstance(o, st_service.AlreadySettled)]
    assert len(issued) == 1 and len(refused) == 1, outcomes
    assert "JS-" in refused[0].message()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(StatementEntry)) == 2
        settled = session.scalar(select(func.count(func.distinct(EarningEntry.statement_id))))
    assert settled == 1


def test_stale_draft_is_refused_after_entries_were_settled(db: Database, admin: Actor, setup: Setup) -> None:
    _complete(db, admin, order_input(setup, crew_shares=(("I001", "100"),)))
    _build(db, admin, NOV, "installer")
    _build(db, admin, NOV, "provider")
    installer_draft, provider_draft = sorted(_rows(db, admin, period=NOV), key=lambda r: r.party_kind)
    with db.session() as session:
        st_service.issue_statements(session, admin, [provider_draft.id])
    with db.session() as session, pytest.raises(st_service.AlreadySettled):
        st_service.issue_statements(session, admin, [installer_draft.id])
    with db.session() as session:
        assert session.get(Statement, installer_draft.id).status == "draft"
        assert session.scalar(select(func.count()).select_from(Statement).where(Statement.number.is_not(None))) == 1


def test_rebuilding_keeps_an_amendment_and_a_second_amendment_is_refused(
    db: Database, admin: Actor, setup: Setup
) -> None:
    _complete(db, admin, order_input(setup, crew_shares=(("I001", "100"),)))
    _complete(db, admin, order_input(setup, crew_shares=(("I003", "100"),)))
    _build(db, admin)
    zhang = next(r for r in _rows(db, admin) if r.payee_code == "I001")
    with db.session() as session:
        st_service.issue_statements(session, admin, [zhang.id])
    issued = next(r for r in _rows(db, admin) if r.payee_code == "I001")
    with db.session() as session:
        st_service.void_statement(session, admin, issued.id, reason="金额有误", expected_version=issued.version)
        amendment = st_service.amend_statement(session, admin, issued.id)
        with pytest.raises(ValidationError):
            st_service.amend_statement(session, admin, issued.id)
    result = _build(db, admin)  # rebuilds 王师傅's draft, leaves 张师傅's amendment alone
    assert result.drafts == 1
    drafts = [r for r in _rows(db, admin) if r.status == "draft"]
    assert sorted(r.payee_code for r in drafts) == ["I001", "I003"]
    assert next(r for r in drafts if r.payee_code == "I001").id == amendment.row.id
    with db.session() as session:
        mine = st_service.list_statements(session, admin, provider_id=setup.provider_id)
        other = st_service.list_statements(session, admin, provider_id=setup.other_provider_id)
    assert len(mine) == 3 and other == []


# --- the command line ----------------------------------------------------------------------------


def test_cli_build_issue_pdf_verify_and_reconcile(
    db: Database, admin: Actor, setup: Setup, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    import json as jsonlib
    import shutil
    import subprocess

    from pypdf import PdfReader

    from scrm_desktop.cli import main

    _complete(db, admin, order_input(setup))

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main([*argv, "--db", db.url])
        out, err = capsys.readouterr()
        return status, out, err

    status, out, _ = run("statements", "build", "--period", "2026-11", "--party", "installer", "--issue",
                         "--pdf-dir", str(tmp_path / "pdf"))  # fmt: skip
    assert status == 0 and "2 draft statements" in out and "issued 2" in out and "2 PDF files written" in out
    status, out, _ = run("statements", "list", "--period", "2026-11", "--json")
    listed = jsonlib.loads(out)
    assert {r["code"]: r["net"] for r in listed} == {"I001": "163.64", "I002": "109.09"}
    number = next(r["number"] for r in listed if r["code"] == "I001")
    target = tmp_path / "one.pdf"
    status, out, _ = run("statements", "pdf", number, "-o", str(target))
    assert status == 0
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert number in text and "安装服务费结算单" in text and rmb_upper(D("163.64")) in text.replace(" ", "")
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
        assert "WenQuanYi" in fonts and " no " not in fonts.split("\n", 2)[2]
    assert run("statements", "verify", number)[0] == 0
    status, out, _ = run("statements", "reconcile", "--period", "2026-11")
    assert status == 0 and "difference\t0.00" in out
    status, _, err = run("statements", "list", "--period", "2026-13")
    assert status == 1 and "YYYY-MM" in err


def test_a_draft_whose_work_order_was_reopened_is_refused_as_out_of_date(
    db: Database, admin: Actor, setup: Setup
) -> None:
    done = _complete(db, admin, order_input(setup, crew_shares=(("I001", "100"),)))
    _build(db, admin)
    [draft] = _rows(db, admin)
    with db.session() as session:
        assert st_service.get_statement(session, admin, draft.id).snapshot["lines"][0]["item_code"] == "AC-001"
        wo.reopen_work_order(session, admin, done.id, reason="少装一个配件", expected_version=done.version)
    with db.session() as session, pytest.raises(ValidationError) as caught:
        st_service.issue_statements(session, admin, [draft.id])
    assert "out of date" in caught.value.message()
