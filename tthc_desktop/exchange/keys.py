"""The unit's signing key (khóa ký gói dữ liệu): Ed25519, created once and kept in the unit profile.

Every package a unit exports is signed with this key. The receiving office registers the unit with the
key's fingerprint (read out over the phone or copied from the settings screen) and pins the full public
key on the first import, so a package made on another computer, or altered on the way, is refused.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile, save_profile

ALGORITHM = "Ed25519"
FINGERPRINT_BYTES = 16  # 128 bits: 32 hex digits, short enough to read out, long enough to be unforgeable
_HEX = re.compile(r"[^0-9A-F]")
_SEPARATORS = re.compile(r"[\s:.\-]+")


@dataclass(frozen=True)
class UnitKey:
    """The unit's key pair as stored (base64 of the raw 32-byte keys) and its fingerprint."""

    public_key: str
    private_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, message: bytes) -> str:
        """Base64 Ed25519 signature of `message`."""
        key = Ed25519PrivateKey.from_private_bytes(_b64(self.private_key))
        return base64.b64encode(key.sign(message)).decode("ascii")


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError, AttributeError) as exc:
        raise ValueError("not base64") from exc


def generate_key() -> UnitKey:
    """A fresh key pair (not stored)."""
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    raw_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return UnitKey(public_key=base64.b64encode(raw_public).decode("ascii"),
                   private_key=base64.b64encode(raw_private).decode("ascii"))


def fingerprint(public_key: str) -> str:
    """Fingerprint of a base64 public key: "3F2A 9C1B ..." (8 groups of 4 hex digits)."""
    digest = hashlib.sha256(_b64(public_key)).hexdigest().upper()[: FINGERPRINT_BYTES * 2]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed by a clerk (spaces, dashes, colons, lower case) in the canonical form.

    Raises UserError when it does not have the 32 hex digits of a fingerprint.
    """
    digits = _SEPARATORS.sub("", (text or "").upper())
    if len(digits) != FINGERPRINT_BYTES * 2 or _HEX.search(digits):
        raise UserError(f"Dấu vân tay khóa không hợp lệ: “{text}”. Cần đúng 32 chữ số thập lục phân "
                        "(0-9, A-F), ví dụ “3F2A 9C1B 0D4E 77A1 5B60 C2D8 9E13 4F07”.")
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def verify_signature(public_key: str, message: bytes, signature: str) -> bool:
    """True when `signature` (base64) is a valid Ed25519 signature of `message` by `public_key`."""
    try:
        key = Ed25519PublicKey.from_public_bytes(_b64(public_key))
        key.verify(_b64(signature), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def is_valid_public_key(public_key: object) -> bool:
    """True for a base64 string holding a 32-byte Ed25519 public key."""
    if not isinstance(public_key, str):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(_b64(public_key))
    except (ValueError, TypeError):
        return False
    return True


def unit_key(store: Store) -> UnitKey | None:
    """The unit's stored key pair, or None before it was created."""
    profile = get_profile(store) or {}
    if profile.get("public_key") and profile.get("private_key"):
        return UnitKey(public_key=profile["public_key"], private_key=profile["private_key"])
    return None


def ensure_unit_key(store: Store) -> UnitKey:
    """The unit's key pair, created and stored on first need (setup, first export, `key show`)."""
    existing = unit_key(store)
    if existing is not None:
        return existing
    if get_profile(store) is None:
        raise UserError("Chưa có thông tin đơn vị: chạy “tthc-desktop init --name ...” trước khi tạo khóa ký.")
    key = generate_key()
    save_profile(store, public_key=key.public_key, private_key=key.private_key)
    return key
