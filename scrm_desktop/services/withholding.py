"""Individual income tax withheld on labour remuneration (劳务报酬所得, 个人所得税预扣预缴).

国家税务总局公告2018年第61号: the prepayment base is income − 800 when the income of one payment
is at most 4,000, else income x (1 − 20%); the rate table for labour remuneration is 20% up to a
base of 20,000, 30% less a quick deduction of 2,000 up to 50,000, and 40% less 7,000 above.
Payees who invoice the company themselves (``self_invoice``) have nothing withheld.
"""

from __future__ import annotations

from decimal import Decimal

from scrm_desktop.services.money import ZERO, round_money

DEDUCTION_LIMIT = Decimal(4000)
FIXED_DEDUCTION = Decimal(800)
RATE_DEDUCTION = Decimal("0.8")
BRACKETS = (  # (upper bound of the base, rate, quick deduction)
    (Decimal(20000), Decimal("0.2"), Decimal(0)),
    (Decimal(50000), Decimal("0.3"), Decimal(2000)),
    (None, Decimal("0.4"), Decimal(7000)),
)


def taxable_base(income: Decimal) -> Decimal:
    """The prepayment base of one payment of labour remuneration (never below zero)."""
    if income <= ZERO:
        return ZERO
    base = income - FIXED_DEDUCTION if income <= DEDUCTION_LIMIT else income * RATE_DEDUCTION
    return max(round_money(base), ZERO)


def labour_income_tax(income: Decimal) -> Decimal:
    """Tax to withhold from one payment: 3,000 → 440.00, 5,000 → 800.00, 80,000 → 18,600.00."""
    base = taxable_base(income)
    for limit, rate, quick in BRACKETS:
        if limit is None or base <= limit:
            return round_money(base * rate - quick) if base > ZERO else ZERO
    raise AssertionError("unreachable: the last bracket has no limit")


def withheld_tax(income: Decimal, tax_mode: str) -> Decimal:
    """What a statement withholds: the labour-income tax for ``withheld`` payees, else nothing."""
    return labour_income_tax(income) if tax_mode == "withheld" else ZERO
