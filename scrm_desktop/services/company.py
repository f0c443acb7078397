"""Company details printed on statements: name, tax id, address, phone, logo, branch code."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrm_desktop.models import CompanyProfile
from scrm_desktop.services import audit
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from scrm_desktop.services.permissions import Actor, Permission, require

MAX_LOGO_BYTES = 1024 * 1024
AUDITED_FIELDS = ("name", "tax_id", "address", "phone", "branch_code", "logo_png")
BRANCH_CODE_RE = re.compile(r"^[A-Z0-9]{1,16}$")
PHONE_RE = re.compile(r"^[0-9+\-() ]{5,40}$")

# GB 32100-2015 unified social credit code (统一社会信用代码): 18 characters with a check character.
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_is_valid(code: str) -> bool:
    if len(code) != 18 or any(ch not in _USCC_ALPHABET for ch in code):
        return False
    total = sum(_USCC_ALPHABET.index(ch) * w for ch, w in zip(code[:17], _USCC_WEIGHTS, strict=True))
    check = (31 - total % 31) % 31
    return _USCC_ALPHABET[check] == code[17]


@dataclass(frozen=True)
class CompanyRow:
    id: uuid.UUID | None
    name: str
    tax_id: str
    address: str
    phone: str
    branch_code: str
    logo_png: bytes | None
    version: int | None


def get_company(session: Session) -> CompanyRow:
    """The company details, or empty defaults before anyone saved them."""
    row = session.scalar(select(CompanyProfile).limit(1))
    if row is None:
        return CompanyRow(None, "", "", "", "", "HQ", None, None)
    return CompanyRow(row.id, row.name, row.tax_id, row.address, row.phone, row.branch_code, row.logo_png, row.version)


def _image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def update_company(
    session: Session,
    actor: Actor,
    *,
    expected_version: int | None,
    name: str,
    tax_id: str,
    address: str,
    phone: str,
    branch_code: str,
    logo_png: bytes | None,
) -> CompanyRow:
    require(actor, Permission.EDIT_COMPANY)
    name = " ".join(name.split())
    tax_id = tax_id.strip().upper()
    phone = phone.strip()
    branch_code = branch_code.strip().upper()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The company name must not be empty."), field="name")
    if tax_id and not uscc_is_valid(tax_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "“{tax_id}” is not a valid unified social credit code (18 characters with a correct check character).",
            ),
            field="tax_id",
            tax_id=tax_id,
        )
    if phone and not PHONE_RE.match(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{phone}” is not a phone number."), field="phone", phone=phone
        )
    if not BRANCH_CODE_RE.match(branch_code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The branch code must be 1–16 capital letters or digits."),
            field="branch_code",
        )
    if logo_png is not None:
        if len(logo_png) > MAX_LOGO_BYTES:
            raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The logo is larger than 1 MB."), field="logo_png")
        if _image_kind(logo_png) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "The logo must be a PNG or JPEG image."), field="logo_png"
            )
    row = session.scalar(select(CompanyProfile).limit(1))
    if row is None:
        row = CompanyProfile(name="", tax_id="", address="", phone="", branch_code="HQ")
        session.add(row)
        before: dict[str, object] = {}
    else:
        # expected_version None means "there were no details when I opened them": if someone
        # saved details meanwhile, that is a stale write too (version 0 never matches).
        check_version(session, row, expected_version or 0, row.name, actor)
        before = audit.snapshot(row, AUDITED_FIELDS)
    with stale_guard(session, row, row.name or name, actor):
        row.name = name
        row.tax_id = tax_id
        row.address = " ".join(address.split())
        row.phone = phone
        row.branch_code = branch_code
        row.logo_png = logo_png
        row.updated_by_id = actor.user_id
    audit.record(
        session,
        actor,
        "company.update",
        "company",
        row.id,
        before=before,
        after=audit.snapshot(row, AUDITED_FIELDS),
        summary=row.name,
    )
    return get_company(session)
