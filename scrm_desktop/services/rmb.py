"""Amounts in 人民币大写 (Chinese capital numerals) as cheques and statements print them.

Rules of 《支付结算办法》附件一 (正确填写票据和结算凭证的基本规定) and 会计基础工作规范 第五十二条:

- digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 within a group and 万/亿 between groups, then 元角分;
- 整 follows 元 (or 角) when there are no 分: 1000 → 壹仟元整, 1.50 → 壹元伍角整; not after 分;
- one 零 stands for any run of zeros inside the integer part (1005 → 壹仟零伍元), and for zeros
  between the 元 position and 分 (1005.07 → 壹仟零伍元零柒分; 0 角 before a 分 needs a 零);
- a leading 壹拾 keeps its 壹 (10 → 壹拾元整), as banks write it;
- zero is 零元整; a negative amount is written with a leading 负.
"""

from __future__ import annotations

from decimal import Decimal

from scrm_desktop.services.money import round_money

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
GROUP_UNITS = ("", "万", "亿", "万亿")
MAX_AMOUNT = Decimal("9999999999999999.99")


def _group(number: int) -> str:
    """0 < number < 10000 in capitals, with 零 for inner zero runs (1005 → 壹仟零伍)."""
    text = ""
    zero = False
    for position in range(3, -1, -1):
        digit = number // 10**position % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += DIGITS[digit] + SMALL_UNITS[position]
    return text


def _integer(number: int) -> str:
    groups: list[int] = []
    while number:
        groups.append(number % 10000)
        number //= 10000
    text = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(text)
            continue
        if text and (need_zero or group < 1000):
            text += "零"
        text += _group(group) + GROUP_UNITS[index]
        need_zero = False
    return text


def rmb_upper(amount: Decimal) -> str:
    """``Decimal("1234.56")`` → ``壹仟贰佰叁拾肆元伍角陆分`` (rounded half-up to the fen first)."""
    if not isinstance(amount, Decimal):
        raise TypeError("an amount in words needs a Decimal")
    value = round_money(amount)
    if abs(value) > MAX_AMOUNT:
        raise ValueError(f"amount too large for capital numerals: {value}")
    sign = "负" if value < 0 else ""
    fen_total = int(abs(value) * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    if yuan == 0 and rest == 0:
        return "零元整"
    text = ""
    if yuan:
        text = _integer(yuan) + "元"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif fen and yuan:
        text += "零"  # 壹仟零伍元零柒分: the empty 角 is read as 零
    if fen:
        text += DIGITS[fen] + "分"
    else:
        text += "整"
    return sign + text
