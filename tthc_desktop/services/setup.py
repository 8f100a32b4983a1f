"""What a new store starts with: the commune-level fields shipped in resources/data."""
from __future__ import annotations

import json

from tthc_desktop.assets import asset_path
from tthc_desktop.store import catalog
from tthc_desktop.store.db import Store


def load_default_fields(store: Store) -> int:
    """Create the commune-level fields (lĩnh vực) listed in resources/data/fields-xa.json; returns how many exist."""
    try:
        path = asset_path("resources/data/fields-xa.json")
    except FileNotFoundError:
        return 0
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data["fields"] if isinstance(data, dict) else data
    with store.atomic():
        for i, entry in enumerate(entries):
            name = entry["name"] if isinstance(entry, dict) else entry
            group = entry.get("group") if isinstance(entry, dict) else None
            fid = catalog.ensure_field(store, name, group)
            store.conn.execute("UPDATE fields SET sort_order = coalesce(sort_order, ?) WHERE id = ?", (i + 1, fid))
    return len(entries)


UNIT_WORDS = {"xa": "xã", "phuong": "phường", "thi-tran": "thị trấn", "dac-khu": "đặc khu", "tinh": "tỉnh",
              "co-quan": ""}


def _bare_name(name: str) -> str:
    """"xã Đồng Lạc" -> "Đồng Lạc"."""
    low = name.lower()
    for word in ("thị trấn ", "đặc khu ", "phường ", "xã ", "tỉnh ", "thành phố "):
        if low.startswith(word):
            return name[len(word):]
    return name


def profile_defaults(name: str, unit_type: str, *, receiving: bool = False) -> dict:
    """Header lines, place name, signer and recipients a new profile starts with (all editable).

    Recipients name the unit's own kind ("xã", "phường", "đặc khu" ...); a receiving-level store (the
    province or the office it names) reports to the Government Office instead.
    """
    bare = _bare_name(name)
    word = UNIT_WORDS.get(unit_type, "")
    common = {"header_line1": "ỦY BAN NHÂN DÂN", "header_line2": f"{word} {bare}".strip().upper(),
              "place_name": bare, "number_suffix": "BC-UBND", "signer_authority": "TM. ỦY BAN NHÂN DÂN",
              "signer_title": "CHỦ TỊCH"}
    if receiving:
        return {**common, "recipients": ["- Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính);",
                                         "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                                         "- Lưu: VT, KSTT."]}
    return {**common, "recipients": ["- Văn phòng UBND tỉnh;", f"- TT Đảng ủy, TT HĐND {word};".replace("  ", " "),
                                     f"- Chủ tịch, các PCT UBND {word};".replace("  ", " "), "- Lưu: VT, VP."]}


def after_init(store: Store) -> None:
    """Run once a profile exists: default fields; a commune's signing key for USB packages (its fingerprint
    is shown in Settings so the receiving office can register it)."""
    from tthc_desktop.store.profile import get_profile

    load_default_fields(store)
    profile = get_profile(store) or {}
    if not profile.get("is_receiving"):
        from tthc_desktop.exchange.keys import ensure_unit_key

        ensure_unit_key(store)
