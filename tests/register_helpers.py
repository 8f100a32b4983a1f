"""Shared fixtures of the register tests: a commune store with a few real procedures."""
from __future__ import annotations

from datetime import datetime

from tthc_desktop.services import register as svc
from tthc_desktop.store import catalog, open_store
from tthc_desktop.store.profile import save_profile

PROCEDURES = [
    # code, name, field, working days, hours
    ("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", 1, None),
    ("1.004873", "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", 3, None),
    ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", None, 4),
    ("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng", "Bảo trợ xã hội", 10, None),
    ("1.003005", "Thủ tục đăng ký biến động quyền sử dụng đất", "Đất đai", 0.5, None),
]


def make_store(path=None):
    """A fresh store for xã Đồng Lạc with the procedures above."""
    store = open_store(path, memory=path is None)
    save_profile(store, name="xã Đồng Lạc", unit_type="xa", code="000.21.H26", place_name="Đồng Lạc",
                 header_line1="ỦY BAN NHÂN DÂN", header_line2="XÃ ĐỒNG LẠC")
    with store.atomic():
        for i, field in enumerate(("Hộ tịch", "Chứng thực", "Bảo trợ xã hội", "Đất đai")):
            fid = catalog.ensure_field(store, field)
            store.conn.execute("UPDATE fields SET sort_order = ? WHERE id = ?", (i + 1, fid))
    for code, name, field, days, hours in PROCEDURES:
        catalog.save_procedure(store, {"code": code, "name": name, "field_name": field,
                                       "processing_days": days, "processing_hours": hours})
    return store


def receive(store, code, name, when, **kw):
    """Receive one dossier at `when` ("2025-03-05 08:00"), now = far enough later for any test."""
    data = svc.DossierInput(procedure=code, applicant_name=name, received_at=when, **kw)
    return svc.receive_dossier(store, data, now=kw.pop("now", datetime(2027, 1, 1)))
