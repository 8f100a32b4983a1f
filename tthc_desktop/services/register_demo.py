"""Demo data of the outage register: a week during which the provincial portal was down.

`demo` (services/demo.py) calls `register.seed_demo_register`, which lands here, so that every
screen and report has dossiers: resolved early, on time and late, pending in time and overdue,
one returned, one withdrawn, the first day's ones already re-entered on the portal.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from tthc_desktop.domain.workdays import WorkCalendar
from tthc_desktop.services.register import (DossierInput, mark_entered, receive_dossier, resolve_dossier,
                                            return_dossier, start_processing, withdraw_dossier, work_calendar)
from tthc_desktop.store import catalog
from tthc_desktop.store import register as reg
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile

DEMO_PROCEDURES = (
    # code, name, field, working days (used when the catalog has no time limit), documents, fee
    ("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", 1, ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"], 0),
    ("1.000656", "Thủ tục đăng ký khai tử", "Hộ tịch", 1, ["Tờ khai đăng ký khai tử", "Giấy báo tử"], 0),
    ("1.004873", "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", 3,
     ["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"], 0),
    ("1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch", 5, ["Tờ khai đăng ký kết hôn",
                                                         "Giấy xác nhận tình trạng hôn nhân"], 0),
    ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền cấp",
     "Chứng thực", 1, ["Bản chính giấy tờ", "Bản sao cần chứng thực"], 6000),
    ("2.001035", "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
     "Chứng thực", 2, ["Dự thảo hợp đồng", "Giấy chứng nhận quyền sử dụng đất (bản sao)"], 50000),
    ("1.001731", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội", 3,
     ["Tờ khai đề nghị hỗ trợ chi phí mai táng", "Giấy chứng tử (bản sao)"], 0),
    ("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng", "Bảo trợ xã hội", 10,
     ["Tờ khai đề nghị trợ giúp xã hội"], 0),
)
_DEMO_NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Cường", "Phạm Thị Dung", "Hoàng Văn Đức",
               "Vũ Thị Hà", "Đặng Quốc Huy", "Bùi Thị Lan", "Đỗ Văn Long", "Ngô Thị Mai", "Dương Văn Nam",
               "Lý Thị Oanh", "Phan Văn Phúc", "Trịnh Thị Quỳnh", "Đinh Văn Sơn", "Mai Thị Thảo",
               "Tạ Văn Tùng", "Hồ Thị Uyên", "Cao Văn Vinh", "Lương Thị Xuân", "Nguyễn Thị Yến",
               "Trần Văn Khải", "Lê Thị Ngọc Ánh", "Phạm Đức Thắng", "Võ Thị Hồng", "Chu Văn Lực")
_DEMO_HAMLETS = ("Thôn Đông", "Thôn Đoài", "Thôn Thượng", "Thôn Hạ", "Thôn Cộng Hòa", "Thôn Tiền Phong")


def _demo_procedures(store: Store) -> list[tuple[int, float | None, list[str], int]]:
    out = []
    for code, name, field_name, days, docs, fee in DEMO_PROCEDURES:
        found = catalog.find_procedure_by_code(store, code)
        if found is None:
            pid = catalog.save_procedure(store, {"code": code, "name": name, "field_name": field_name,
                                                 "processing_days": days})
            found = catalog.get_procedure(store, pid)
        limit = None if (found.get("processing_days") or found.get("processing_hours")) else days
        out.append((int(found["id"]), limit, docs, fee))
    return out


def _demo_outcome(store: Store, cal: WorkCalendar, i: int, row: dict, now: datetime) -> None:
    """Close or move one demo dossier: early, on time, late, returned, withdrawn or still pending."""
    due = datetime.fromisoformat(row["due_at"])
    received = datetime.fromisoformat(row["received_at"])
    if i == 7:
        return_dossier(store, row["id"], "Hồ sơ thiếu bản chính giấy tờ tùy thân, đã hướng dẫn bổ sung",
                       at=received + timedelta(hours=1), now=now)
        return
    if i == 11:
        withdraw_dossier(store, row["id"], "Công dân xin rút hồ sơ để bổ sung giấy tờ",
                         at=datetime.combine(cal.next_working_day(received.date()), datetime.min.time())
                         .replace(hour=8, minute=30), now=now)
        return
    kind = ("early", "on_time", "late", "on_time", "pending", "early", "on_time")[i % 7]
    at = None
    if kind == "late":
        at = datetime.combine(cal.next_working_day(due.date()), datetime.min.time()).replace(hour=9, minute=15)
    elif kind == "early":
        day = due.date() - timedelta(days=1)
        while not cal.is_working_day(day):
            day -= timedelta(days=1)
        at = datetime.combine(day, datetime.min.time()).replace(hour=15, minute=40)
        at = at if at > received + timedelta(hours=1) else None
    elif kind == "on_time":
        at = max(due - timedelta(minutes=45), due.replace(hour=7, minute=40))
    if at is not None and received < at <= now:
        resolve_dossier(store, row["id"], at=at, now=now)
    elif i % 2 == 0:
        start_processing(store, row["id"], now=now)


def seed_outage_week(store: Store, today: date) -> int:
    """Fill the register with a portal outage over the working week before `today`: about three dozen
    dossiers, most resolved (a few late), some pending (a few overdue), one returned, one withdrawn,
    the first day's ones already re-entered on the portal. Does nothing if the register has dossiers."""
    if reg.count_dossiers(store, reg.DossierFilter()) > 0:
        return 0
    rng = random.Random(20250305)
    cal = work_calendar(store)
    last = today
    if datetime.combine(today, datetime.min.time()).replace(hour=16, minute=30) > datetime.now():
        last = today - timedelta(days=1)  # today's desk is not closed yet: nothing may be dated in the future
    now = datetime.combine(last, datetime.min.time()).replace(hour=16, minute=30)
    days = []
    d = last
    while len(days) < 6:
        if cal.is_working_day(d):
            days.append(d)
        d -= timedelta(days=1)
    days.reverse()  # six working days ending at `last`: the outage started on the first one
    procedures = _demo_procedures(store)
    profile = get_profile(store) or {}
    place = profile.get("place_name") or "Đồng Lạc"
    officers = ("Nguyễn Thị Hương", "Phạm Văn Toàn")
    created = []
    for i in range(36):
        day = days[min(i // 6, 5)]
        pid, limit, docs, fee = procedures[rng.randrange(len(procedures))]
        received = datetime.combine(day, datetime.min.time()).replace(hour=rng.choice((7, 8, 9, 10, 13, 14, 15)),
                                                                      minute=rng.choice((5, 20, 35, 50)))
        if received > now:
            received = now - timedelta(minutes=30)
        name = _DEMO_NAMES[i % len(_DEMO_NAMES)]
        data = DossierInput(
            procedure=pid, applicant_name=name, received_at=received, processing_days=limit,
            applicant_id_no=f"0342{rng.randrange(10**7, 10**8)}", phone=f"09{rng.randrange(10**7, 10**8)}",
            address=f"{rng.choice(_DEMO_HAMLETS)}, xã {place}", channel="buu_chinh" if i % 9 == 4 else "truc_tiep",
            documents=docs, fee=fee, officer=officers[i % 2], digitised=i % 4 != 3,
            result_delivery="buu_chinh" if i % 9 == 4 else "truc_tiep")
        created.append(receive_dossier(store, data, now=now, calendar=cal))
    for i, row in enumerate(created):
        _demo_outcome(store, cal, i, row, now)
    first_day = [r["id"] for r in created if r["received_at"][:10] == days[0].isoformat()]
    mark_entered(store, first_day, at=now)
    return len(created)
