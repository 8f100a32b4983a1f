"""Vietnamese text helpers: NFC normalisation and a diacritic-free search key."""
from __future__ import annotations

import unicodedata
from typing import Any


def nfc(value: Any) -> Any:
    """Return `value` NFC-normalised if it is a string; other values unchanged.

    NFD input (macOS, some Excel exports) renders with broken diacritics and does not compare equal.
    """
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def nfc_dict(row: dict[str, Any]) -> dict[str, Any]:
    """NFC-normalise every string value (and key) of a row."""
    return {nfc(k): nfc(v) for k, v in row.items()}


def fold(text: str | None) -> str:
    """Diacritic-free, case-folded search key: "Hộ tịch" -> "ho tich", "Đất đai" -> "dat dai"."""
    if not text:
        return ""
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


def matches(query: str, *haystacks: str | None) -> bool:
    """True if every word of `query` occurs (diacritic-free) in one of the haystacks."""
    key = " ".join(fold(h) for h in haystacks if h)
    return all(word in key for word in fold(query).split())
