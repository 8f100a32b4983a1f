"""Unit profile (thông tin đơn vị) and key-value settings."""
from __future__ import annotations

import json
from typing import Any

from tthc_desktop.domain.text import nfc, nfc_dict
from tthc_desktop.store.db import Store, now_iso

UNIT_TYPES = {"xa": "xã", "phuong": "phường", "thi-tran": "thị trấn", "dac-khu": "đặc khu", "tinh": "tỉnh",
              "co-quan": "cơ quan"}
PROFILE_COLUMNS = ("name", "unit_type", "code", "parent_name", "province", "header_line1", "header_line2",
                   "place_name", "number_suffix", "signer_name", "signer_title", "signer_authority",
                   "recipients", "receiving_level_name", "is_receiving", "public_key", "private_key")


def get_profile(store: Store) -> dict | None:
    """The unit profile, with `recipients` decoded to a list; None before `init`."""
    rows = store.rows("SELECT * FROM unit_profile WHERE id = 1")
    if not rows:
        return None
    p = rows[0]
    p["recipients"] = json.loads(p["recipients"]) if p.get("recipients") else []
    return p


def save_profile(store: Store, **values: Any) -> dict:
    """Create or update the unit profile with the given columns (others unchanged)."""
    values = {k: v for k, v in nfc_dict(values).items() if k in PROFILE_COLUMNS}
    if "recipients" in values and not isinstance(values["recipients"], str):
        values["recipients"] = json.dumps([nfc(r) for r in values["recipients"]], ensure_ascii=False)
    with store.atomic():
        if get_profile(store) is None:
            store.db["unit_profile"].insert({"id": 1, "created_at": now_iso(), "updated_at": now_iso(),
                                             "name": values.pop("name", "Chưa đặt tên"),
                                             "unit_type": values.pop("unit_type", "xa"), **values})
        elif values:
            store.db["unit_profile"].update(1, {**values, "updated_at": now_iso()})
    return get_profile(store) or {}


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    """A JSON-decoded setting value."""
    raw = store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return default if raw is None else json.loads(raw)


def set_setting(store: Store, key: str, value: Any) -> None:
    """Store a JSON-encodable setting (text NFC-normalised)."""
    if isinstance(value, str):
        value = nfc(value)
    store.db["settings"].upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")
