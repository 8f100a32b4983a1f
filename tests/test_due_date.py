"""Appointment dates (ngày hẹn trả) across Tết 2024-2026, weekends, official swaps and the office's own days."""
from __future__ import annotations

from datetime import datetime

import pytest

from tthc_desktop.cli import main
from tthc_desktop.services import register as svc
from tthc_desktop.store import days_off, open_store


@pytest.fixture()
def store():
    s = open_store(memory=True)
    yield s
    s.close()


@pytest.mark.parametrize("received, days, due", [
    # Tết Giáp Thìn 2024: off Thu 08/02 - Wed 14/02 (government staff)
    ("2024-02-07 09:00", 1, "2024-02-15 11:30"),
    ("2024-02-07 14:00", 2, "2024-02-16 17:00"),
    # Tết Ất Tỵ 2025: off Sat 25/01 - Sun 02/02
    ("2025-01-24 09:00", 3, "2025-02-05 11:30"),
    ("2025-01-24 15:00", 1, "2025-02-03 17:00"),
    # Tết Bính Ngọ 2026: off Sat 14/02 - Sun 22/02
    ("2026-02-13 10:00", 1, "2026-02-23 11:30"),
    ("2026-02-12 08:00", 5, "2026-02-26 11:30"),
])
def test_due_date_skips_tet(store, received, days, due):
    got = svc.appointment(store, datetime.fromisoformat(received), days, None)
    assert got.due == datetime.fromisoformat(due)
    assert any("Tết" in name for _, name in got.holidays_skipped)


def test_weekend_is_skipped_and_named(store):
    # Friday afternoon + 1 working day: Monday evening, Saturday and Sunday passed over
    got = svc.appointment(store, datetime(2025, 3, 7, 14, 0), 1, None)
    assert got.due == datetime(2025, 3, 10, 17, 0)
    assert [name for _, name in got.skipped] == ["Thứ Bảy", "Chủ nhật"]
    assert got.holidays_skipped == []


def test_swapped_saturday_is_a_working_day(store):
    # 2024: Monday 29/04 off, Saturday 04/05 worked instead (Công văn 2450/VPCP-KGVX)
    got = svc.appointment(store, datetime(2024, 4, 26, 9, 0), 2, None)
    assert got.due == datetime(2024, 5, 3, 11, 30)
    assert "Nghỉ hoán đổi" in dict(got.skipped)[datetime(2024, 4, 29).date()]
    got = svc.appointment(store, datetime(2024, 5, 3, 14, 0), 1, None)
    assert got.due == datetime(2024, 5, 4, 17, 0)  # the swapped Saturday counts
    # 2026: Friday 02/01 off, Saturday 10/01 worked
    got = svc.appointment(store, datetime(2025, 12, 31, 14, 0), 1, None)
    assert got.due == datetime(2026, 1, 5, 17, 0)
    got = svc.appointment(store, datetime(2026, 1, 9, 14, 0), 1, None)
    assert got.due == datetime(2026, 1, 10, 17, 0)


def test_hours_and_half_days(store):
    got = svc.appointment(store, datetime(2025, 3, 5, 13, 5), None, 4)
    assert got.due == datetime(2025, 3, 6, 7, 35)
    got = svc.appointment(store, datetime(2025, 3, 5, 9, 0), 0.5, None)
    assert got.due == datetime(2025, 3, 5, 17, 0)


def test_office_days_off_and_worked_days_change_the_appointment(store):
    before = svc.appointment(store, datetime(2025, 3, 5, 9, 0), 2, None).due
    days_off.set_day_off(store, "2025-03-06", "off", "Nghỉ bầu cử bổ sung")
    after = svc.appointment(store, datetime(2025, 3, 5, 9, 0), 2, None)
    assert before == datetime(2025, 3, 7, 11, 30)
    assert after.due == datetime(2025, 3, 10, 11, 30)
    assert (datetime(2025, 3, 6).date(), "Nghỉ bầu cử bổ sung") in after.holidays_skipped
    days_off.set_day_off(store, "2025-03-08", "work", "Làm bù")
    assert svc.appointment(store, datetime(2025, 3, 5, 9, 0), 2, None).due == datetime(2025, 3, 8, 11, 30)
    assert [r["day"] for r in days_off.list_days_off(store, 2025)] == ["2025-03-06", "2025-03-08"]
    assert days_off.delete_day_off(store, "2025-03-06") is True
    assert days_off.list_days_off(store, 2024) == []


def test_missing_time_limit_is_a_clear_error(store):
    from tthc_desktop.errors import UserError

    with pytest.raises(UserError, match="chưa có thời hạn giải quyết"):
        svc.appointment(store, datetime(2025, 3, 5, 9, 0), None, None)


def test_cli_due_date_prints_skipped_holidays_and_iso_last_line(capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("TTHC_DB", raising=False)
    assert main(["due-date", "--from", "2025-01-24", "--days", "3"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "2025-02-05"
    text = "\n".join(out)
    assert "29 Tết" in text and "28/01/2025" in text
    assert "Thứ Tư ngày 05/02/2025" in text
    assert main(["due-date", "--from", "2026-02-13 14:00", "--days", "2"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "2026-02-24T17:00"


def test_cli_due_date_uses_the_office_days_off(capsys, tmp_path):
    db = tmp_path / "t.sqlite3"
    assert main(["--db", str(db), "init", "--name", "xã Đồng Lạc"]) == 0
    assert main(["--db", str(db), "days-off", "set", "2025-02-05", "--kind", "off", "--note", "Lễ hội làng"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "due-date", "--from", "2025-01-24", "--days", "3"]) == 0
    out = capsys.readouterr().out
    assert "Lễ hội làng" in out
    assert out.strip().splitlines()[-1] == "2025-02-06"
