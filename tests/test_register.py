"""Receiving dossiers, receipt numbers, search, status changes, locks and the portal re-entry list."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from tests.register_helpers import make_store, receive

from tthc_desktop.errors import LockedPeriodError, UserError
from tthc_desktop.services import register as svc
from tthc_desktop.store.profile import set_setting
from tthc_desktop.store.register import DossierFilter

NOW = datetime(2027, 1, 1)


@pytest.fixture()
def store():
    s = make_store()
    yield s
    s.close()


def lock_period(store, start: str, end: str, number: str = "12/BC-UBND") -> None:
    store.db["reports"].insert({"period": "2025-Q1", "period_start": start, "period_end": end, "status": "issued",
                                "number": number, "issued_on": "2025-03-16"})


def test_receive_gives_receipt_number_and_appointment(store):
    row = receive(store, "1.004873", "Nguyễn Thị Hòa", "24/01/2025 09:15", phone="0912 345 678",
                  documents=["Tờ khai", "Bản sao CCCD"], fee=0)
    assert row["receipt_no"] == "000.21.H26-250124-0001"
    assert row["due_at"] == "2025-02-05T11:30:00"  # 3 working days, Tết Ất Tỵ skipped
    assert row["documents"] == ["Tờ khai", "Bản sao CCCD"]
    assert row["field_name"] == "Hộ tịch" and row["status_label"] == "Đã tiếp nhận"
    second = receive(store, "1.001193", "Trần Văn Bình", "2025-01-24 10:00")
    assert second["receipt_no"] == "000.21.H26-250124-0002"
    next_year = receive(store, "1.001193", "Lê Văn Cường", "2026-01-05 08:00")
    assert next_year["receipt_no"].endswith("-260105-0001")  # numbering restarts each year


def test_receipt_format_is_configurable_and_checked(store):
    set_setting(store, svc.SETTING_FORMAT, "{seq:03d}/{yyyy}/TN")
    assert receive(store, "1.001193", "An", "2025-03-03 08:00")["receipt_no"] == "001/2025/TN"
    with pytest.raises(UserError, match="phải có \\{seq\\}"):
        svc.check_receipt_format("{unit_code}-{yymmdd}")
    with pytest.raises(UserError, match="trường không biết: ngay"):
        svc.check_receipt_format("{ngay}-{seq}")


def test_receive_refuses_bad_input(store):
    with pytest.raises(UserError, match="Không có thủ tục mã “9.999999”"):
        receive(store, "9.999999", "An", "2025-03-03 08:00")
    with pytest.raises(UserError, match="Thiếu họ tên người nộp"):
        receive(store, "1.001193", "  ", "2025-03-03 08:00")
    with pytest.raises(UserError, match="Thời gian nhận hồ sơ không hợp lệ: “31/02/2025”"):
        receive(store, "1.001193", "An", "31/02/2025")
    with pytest.raises(UserError, match="ở tương lai"):
        svc.receive_dossier(store, svc.DossierInput("1.001193", "An", received_at="2025-03-03 08:00"),
                            now=datetime(2025, 3, 1))
    receive(store, "1.001193", "An", "2025-03-03 08:00", receipt_no="TN-01")
    with pytest.raises(UserError, match="Số biên nhận “TN-01” đã có trong sổ"):
        receive(store, "1.001193", "Bình", "2025-03-03 09:00", receipt_no="TN-01")


def test_nfd_input_is_stored_as_nfc(store):
    import unicodedata

    row = receive(store, "1.001193", unicodedata.normalize("NFD", "Nguyễn Thị Thủy"), "2025-03-03 08:00")
    assert row["applicant_name"] == unicodedata.normalize("NFC", "Nguyễn Thị Thủy")


def test_search_without_diacritics_by_name_and_receipt(store):
    receive(store, "1.001193", "Nguyễn Thị Thủy", "2025-03-03 08:00")
    receive(store, "1.001193", "Đỗ Văn Đức", "2025-03-03 09:00", phone="0988111222")
    receive(store, "1.004873", "Trần Thủy Tiên", "2025-03-04 09:00")
    names = [r["applicant_name"] for r in svc.list_dossiers(store, DossierFilter(text="thuy"), now=NOW)]
    assert names == ["Trần Thủy Tiên", "Nguyễn Thị Thủy"]  # newest first
    assert [r["applicant_name"] for r in svc.list_dossiers(store, DossierFilter(text="do duc"), now=NOW)] == [
        "Đỗ Văn Đức"]
    assert svc.count_dossiers(store, DossierFilter(text="250303-0002"), now=NOW) == 1
    assert svc.count_dossiers(store, DossierFilter(text="0988111222"), now=NOW) == 1
    page = svc.list_dossiers(store, DossierFilter(), offset=1, limit=1, now=NOW)
    assert [r["receipt_no"] for r in page] == ["000.21.H26-250303-0002"]
    assert svc.dossier(store, "000.21.h26-250304-0003")["applicant_name"] == "Trần Thủy Tiên"


def test_procedure_picker_finds_without_diacritics(store):
    names = [p["code"] for p in svc.search_procedures(store, "xac nhan tinh trang hon nhan")]
    assert names == ["1.004873"]


def test_status_transitions_and_timeliness(store):
    row = receive(store, "1.004873", "An", "2025-03-03 08:00")  # 3 days from Monday afternoon
    assert row["due_at"] == "2025-03-06T11:30:00"
    row = svc.start_processing(store, row["receipt_no"], now=NOW)
    assert row["status_label"] == "Đang giải quyết"
    with pytest.raises(UserError, match="đang ở trạng thái “Đang giải quyết”: không thể chuyển sang “Đang giải quyết”"):
        svc.start_processing(store, row["receipt_no"], now=NOW)
    row = svc.resolve_dossier(store, row["receipt_no"], "06/03/2025 10:00", now=NOW)
    assert (row["status"], row["timeliness_label"]) == ("resolved", "Đúng hạn")
    with pytest.raises(UserError, match="đã kết thúc .*không thể chuyển sang “Trả lại hồ sơ”"):
        svc.return_dossier(store, row["receipt_no"], "thiếu giấy tờ", now=NOW)
    early = receive(store, "1.004873", "Bình", "2025-03-03 08:00")
    assert svc.resolve_dossier(store, early["id"], "2025-03-05 16:00", now=NOW)["timeliness_label"] == "Trước hạn"
    late = receive(store, "1.004873", "Cường", "2025-03-03 08:00")
    assert svc.resolve_dossier(store, late["id"], "2025-03-06 14:00", now=NOW)["timeliness_label"] == "Quá hạn"


def test_return_and_withdraw_need_a_reason_and_a_sane_date(store):
    row = receive(store, "1.004873", "An", "2025-03-03 08:00")
    with pytest.raises(UserError, match="Cần ghi lý do trả lại hồ sơ"):
        svc.return_dossier(store, row["id"], "  ", now=NOW)
    with pytest.raises(UserError, match="trước thời gian nhận hồ sơ"):
        svc.withdraw_dossier(store, row["id"], "xin rút", at="2025-03-02", now=NOW)
    row = svc.withdraw_dossier(store, row["id"], "Công dân xin rút", at="2025-03-04 09:00", now=NOW)
    assert row["status_label"] == "Công dân rút hồ sơ" and row["return_reason"] == "Công dân xin rút"
    row = svc.reopen_dossier(store, row["id"], now=NOW)
    assert row["status"] == "processing" and row["resolved_at"] is None


def test_overdue_pending_is_flagged_and_counted(store):
    receive(store, "1.004873", "An", "2025-03-03 08:00")  # due 06/03 11:30
    receive(store, "1.001776", "Bình", "2025-03-03 08:00")  # 10 days: due 17/03
    now = datetime(2025, 3, 6, 14, 0)
    rows = svc.list_dossiers(store, DossierFilter(state="overdue"), now=now)
    assert [r["applicant_name"] for r in rows] == ["An"]
    assert rows[0]["overdue"] and rows[0]["timeliness_label"] == "Quá hạn, chưa trả"
    assert svc.summary(store, now)["overdue"] == 1
    assert svc.count_dossiers(store, DossierFilter(state="open"), now=now) == 2


def test_locked_period_refuses_receiving_and_closing(store):
    row = receive(store, "1.004873", "An", "2025-03-03 08:00")
    lock_period(store, "2024-12-15", "2025-03-14")
    with pytest.raises(LockedPeriodError, match="Báo cáo số 12/BC-UBND"):
        receive(store, "1.001193", "Bình", "2025-03-10 08:00")
    with pytest.raises(LockedPeriodError):
        svc.resolve_dossier(store, row["id"], "2025-03-05 10:00", now=NOW)
    with pytest.raises(LockedPeriodError):
        svc.edit_dossier(store, row["id"], {"channel": "buu_chinh"}, now=NOW)
    # details that do not enter the counts may still be corrected, and later dates are open
    assert svc.edit_dossier(store, row["id"], {"phone": "0912000111"}, now=NOW)["phone"] == "0912000111"
    assert svc.resolve_dossier(store, row["id"], "2025-03-17 10:00", now=NOW)["timeliness_label"] == "Quá hạn"


def test_pending_portal_export_and_audited_mark_entered(store, tmp_path):
    from openpyxl import load_workbook

    from tthc_desktop.services.register_import import export_pending_portal

    a = receive(store, "1.004873", "Nguyễn Thị Hòa", "2025-03-03 08:00", documents=["Tờ khai"], fee=0)
    b = receive(store, "2.000815", "Trần Văn Bình", "2025-03-04 09:00", fee=6000, channel="buu_chinh")
    out = tmp_path / "cho-nhap.xlsx"
    assert export_pending_portal(store, out, now=NOW) == 2
    ws = load_workbook(out).active
    values = [[c.value for c in r] for r in ws.iter_rows()]
    header = next(r for r in values if r[0] == "STT")
    body = values[values.index(header) + 1:]
    assert header[1] == "Mã hồ sơ (số biên nhận)" and "Thành phần hồ sơ" in header
    assert [r[1] for r in body] == [a["receipt_no"], b["receipt_no"]]
    assert body[0][header.index("Thời gian tiếp nhận")] == "03/03/2025 08:00"
    assert body[1][header.index("Kênh tiếp nhận")] == "Bưu chính"
    assert body[1][header.index("Phí, lệ phí (đồng)")] == 6000

    store.set_user("huong")
    assert svc.mark_entered(store, [a["receipt_no"]], at=datetime(2025, 3, 12, 9, 0),
                            portal_codes={a["receipt_no"]: "H26.21-250312-0004"}) == 1
    assert svc.mark_entered(store, [a["receipt_no"]]) == 0  # already marked: nothing changes
    assert [r["receipt_no"] for r in svc.pending_portal(store, now=NOW)] == [b["receipt_no"]]
    log = store.rows("SELECT username, new_values FROM audit_log WHERE table_name = 'dossiers' AND action = 'update'")
    assert len(log) == 1 and log[0]["username"] == "huong"
    new = json.loads(log[0]["new_values"])
    assert new["entered_portal_at"] == "2025-03-12T09:00:00" and new["portal_code"] == "H26.21-250312-0004"


def test_demo_week_has_every_case(store):
    today = date(2025, 3, 10)
    assert svc.seed_demo_register(store, today) == 36
    assert svc.seed_demo_register(store, today) == 0  # once only
    now = datetime(2025, 3, 10, 16, 30)
    rows = svc.list_dossiers(store, limit=100, now=now)
    kinds = {r["timeliness"] for r in rows}
    assert {"truoc_han", "dung_han", "qua_han", "trong_han", "qua_han_chua_tra"} <= kinds
    statuses = {r["status"] for r in rows}
    assert {"received", "processing", "resolved", "returned", "withdrawn"} <= statuses
    assert 0 < svc.summary(store, now)["not_entered"] < 36
    assert all(r["received_at"] <= "2025-03-10T16:30:00" for r in rows)
