"""Builders shared by the package and receiving-level tests: a commune with a quarter of data, a receiving
store, and crafted packages (signed by a real key) for every refusal reason."""
from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.exchange import package
from tthc_desktop.exchange.keys import UnitKey
from tthc_desktop.store import open_store
from tthc_desktop.store.db import Store
from tthc_desktop.store import documents, feedback, statistics
from tthc_desktop.store.catalog import ensure_field
from tthc_desktop.store.profile import save_profile


def counts(scale: int = 1, *, online: int = 30) -> DossierCounts:
    """A balanced row: received = resolved + pending (2 + 30 + 40 + 3 = 20 + 45 + 2 + 7 + 1 at scale 1)."""
    s = scale
    extra = online - 30
    return DossierCounts(carried_over=2 * s, new_online=online * s, new_direct=40 * s, new_postal=3 * s,
                         resolved_early=20 * s, resolved_on_time=(45 + extra) * s, resolved_late=2 * s,
                         pending_in_time=7 * s, pending_overdue=1 * s, digitised_received=60 * s,
                         digitised_results=50 * s, with_fee=10 * s, paid_online=6 * s, fees_collected=150000 * s,
                         survey_very_satisfied=5 * s, survey_satisfied=10 * s, survey_neutral=1 * s)


def make_commune(path: Path, *, name: str = "xã Đồng Lạc", code: str = "H23.36.10", unit_type: str = "xa",
                 period: str = "2025-Q2", scale: int = 1) -> Store:
    """A commune store with a profile and one period of dossier counts, feedback and a notice."""
    store = open_store(path)
    save_profile(store, name=name, unit_type=unit_type, code=code, place_name=name.split(" ", 1)[-1],
                 receiving_level_name="Văn phòng UBND tỉnh Hải Dương")
    p = parse_period(period)
    for label, k in (("Hộ tịch", 3), ("Chứng thực", 2), ("Đất đai", 1)):
        fid = ensure_field(store, label)
        statistics.save_stat_row(store, p, FigureRow("linh_vuc", label, counts(scale * k), field_id=fid))
    statistics.save_stat_row(store, p, FigureRow("nganh_doc", "Công an xã", counts(scale)))
    mid = p.start.replace(day=20).isoformat()
    feedback.save_feedback(store, {"received_on": mid, "subject": "quy_dinh", "sender": "Nguyễn Văn Bình",
                                   "summary": "Hỏi về thủ tục đăng ký khai sinh", "deadline": p.end.isoformat(),
                                   "resolved_on": mid})
    documents.save_document(store, {"kind": "thong_bao", "number": "29/TB-UBND", "issued_on": mid,
                                    "summary": "Công bố danh mục thủ tục hành chính", "tags": ["cong_bo"]})
    return store


def make_receiving(path: Path, name: str = "Văn phòng UBND tỉnh Hải Dương") -> Store:
    store = open_store(path)
    save_profile(store, name=name, unit_type="tinh", is_receiving=1, code="VP-UBND-HD",
                 receiving_level_name="Văn phòng Chính phủ")
    return store


def dump(store: Store) -> list[str]:
    """Every row of the store as SQL text: equal dumps mean nothing was written."""
    return list(store.conn.iterdump())


# ---------------------------------------------------------------- crafted packages
def members_of(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(members: dict[str, bytes]) -> bytes:
    """Zip members as given (names unchecked, so hostile names can be written)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def resign(members: dict[str, bytes], key: UnitKey, *, sign: bool = True) -> dict[str, bytes]:
    """Recompute checksums.json over the members (and the signature when `sign`)."""
    body = {n: b for n, b in members.items() if n not in (package.CHECKSUMS, package.SIGNATURE)}
    checksums = package._dumps({"algorithm": "SHA-256",
                                "files": {n: package.sha256_hex(b) for n, b in sorted(body.items())}})
    out = {**body, package.CHECKSUMS: checksums}
    if sign:
        out[package.SIGNATURE] = package._dumps({"algorithm": "Ed25519", "signed_member": package.CHECKSUMS,
                                                 "key_fingerprint": key.fingerprint,
                                                 "signature": key.sign(checksums)})
    else:
        out[package.SIGNATURE] = members[package.SIGNATURE]
    return out


def edit_json(members: dict[str, bytes], name: str, change) -> dict[str, bytes]:
    obj = json.loads(members[name])
    change(obj)
    return {**members, name: package._dumps(obj)}


def inflate_declared_size(raw: bytes, member: str, size: int = 0xFFFFFFF0) -> bytes:
    """Rewrite the uncompressed size a zip's central directory declares for `member` (a zip bomb's lie)."""
    data = bytearray(raw)
    name = member.encode()
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            raise ValueError(member)
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46:pos + 46 + n]) == name:
            struct.pack_into("<I", data, pos + 24, size)
            return bytes(data)
        pos += 4
