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


def after_init(store: Store) -> None:
    """Run once a profile exists: default fields for a commune store."""
    load_default_fields(store)
