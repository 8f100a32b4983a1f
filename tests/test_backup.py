"""Backups and restore: round trip, refused files, automatic daily rotation, damaged store at startup,
and disk problems (full, read-only, locked) that leave nothing half-written."""
from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tthc_desktop.cli import main
from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.services import safety
from tthc_desktop.store import backup, open_store
from tthc_desktop.store.catalog import ensure_field, save_procedure
from tthc_desktop.store.documents import save_document
from tthc_desktop.store.feedback import delete_feedback, save_feedback
from tthc_desktop.store.profile import save_profile, set_setting
from tthc_desktop.store.statistics import save_stat_row

ROOT = Path(__file__).resolve().parent.parent


def populate(store) -> None:
    """A small commune year: profile, catalog, a notice, feedback, a quarter of counts, an issued report."""
    save_profile(store, name="xã Đồng Lạc", unit_type="xa", signer_name="Nguyễn Văn Bình")
    field = ensure_field(store, "Hộ tịch")
    for i, name in enumerate(("Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử")):
        save_procedure(store, {"code": f"1.00119{i}", "name": name, "field_id": field, "online_type": "toan_trinh"})
    save_document(store, {"kind": "quyet_dinh", "number": "15/QĐ-UBND", "issued_on": "2024-01-10",
                          "summary": "Công bố danh mục TTHC lĩnh vực hộ tịch", "tags": ["cong_bo"]})
    for day in ("2024-02-01", "2024-02-20"):
        save_feedback(store, {"received_on": day, "subject": "quy_dinh", "summary": f"Phản ánh ngày {day}"})
    save_stat_row(store, parse_period("2024-Q1"), FigureRow("linh_vuc", "Hộ tịch", DossierCounts(
        new_online=120, new_direct=30, resolved_early=100, resolved_on_time=40, pending_in_time=10), field_id=field))
    store.db["reports"].insert({"period": "2023", "period_start": "2022-12-15", "period_end": "2023-12-14",
                                "status": "issued", "number": "45/BC-UBND", "issued_on": "2023-12-18",
                                "pdf": b"%PDF-1.7 ..."})


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (audit_log included), for equality checks."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "data" / "tthc.sqlite3"
    with open_store(path) as store:
        populate(store)
    return path


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of a file, as a failing disk or a pulled USB stick would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12), 4096):
        data[offset:offset + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


def test_backup_then_restore_gives_back_exactly_the_original(db, tmp_path):
    with open_store(db) as store:
        target = backup.backup_to(store, tmp_path / "usb" / "dong-lac.sqlite3")
    original = contents(db)
    assert contents(target) == original
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in target.parent.iterdir()) == ["dong-lac.sqlite3"]  # no -wal, no .partial

    with open_store(db) as store:  # the clerk keeps working, then wants the backup back
        save_feedback(store, {"received_on": "2024-04-02", "subject": "hanh_vi", "summary": "Sau sao lưu"})
        delete_feedback(store, 1)
    changed = contents(db)
    result = safety.restore(db, target, user="admin")

    restored = contents(db)
    for table, rows in original.items():
        if table == "audit_log":
            assert restored[table][:len(rows)] == rows
            assert [r[3] for r in restored[table][len(rows):]] == ["restore"]
        else:
            assert restored[table] == rows, table
    assert result.info.unit_name == "xã Đồng Lạc" and result.info.counts["procedures"] == 3
    assert contents(result.previous_kept_as) == changed  # the replaced store is kept, checked
    assert result.previous_kept_as.parent == db.parent / "sao-luu"
    with open_store(db) as store:
        assert store.scalar("SELECT count(*) FROM feedback") == 2


def test_what_a_backup_holds_is_shown_before_restoring(db, tmp_path):
    with open_store(db) as store:
        target = backup.backup_to(store, tmp_path / "b.sqlite3")
    info = backup.inspect_backup(target)
    assert info.ok and info.last_change_at
    lines = "\n".join(info.summary_lines())
    assert "Đơn vị: xã Đồng Lạc" in lines
    assert "Thủ tục hành chính: 3" in lines and "Phản ánh, kiến nghị: 2" in lines and "Báo cáo: 1" in lines


@pytest.mark.parametrize("spoil,message", [
    (corrupt, "bị hỏng"),
    (lambda p: p.write_text("Báo cáo quý I\n", encoding="utf-8"), "không phải tệp dữ liệu của TTHC Desktop"),
    (lambda p: (p.unlink(), sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit()),
     "không phải dữ liệu TTHC Desktop"),
    (lambda p: (lambda c: (c.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
                                     "('tthc_desktop', 'm999_future', '2030-01-01')"), c.commit(), c.close()))(
        sqlite3.connect(p)), "phiên bản TTHC Desktop mới hơn"),
])
def test_corrupted_or_foreign_backup_is_refused_and_the_store_untouched(db, tmp_path, spoil, message,
                                                                      monkeypatch, capsys):
    with open_store(db) as store:
        bad = backup.backup_to(store, tmp_path / "bad.sqlite3")
    spoil(bad)
    before = contents(db)
    with pytest.raises(UserError, match=message):
        safety.restore(db, bad)
    monkeypatch.setenv("TTHC_DB", str(db))
    assert main(["restore", str(bad), "--yes"]) == 2
    assert message in capsys.readouterr().err
    assert contents(db) == before
    assert not (db.parent / "sao-luu").exists()  # nothing kept because nothing was replaced
    assert sorted(p.name for p in db.parent.iterdir() if "khoi-phuc" in p.name) == []


def test_cli_backup_and_restore(db, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TTHC_DB", str(db))
    out_file = tmp_path / "usb" / "sao-luu-dong-lac.sqlite3"
    assert main(["backup", "--out", str(out_file)]) == 0
    assert "Đã sao lưu vào" in capsys.readouterr().out
    with open_store(db) as store:
        save_feedback(store, {"received_on": "2024-05-02", "subject": "quy_dinh", "summary": "Thêm sau"})
    assert main(["restore", str(out_file)]) == 1  # no --yes and no terminal: asks, the answer is no
    assert "cần xác nhận" in capsys.readouterr().err
    assert main(["restore", str(out_file), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Đơn vị: xã Đồng Lạc" in out and "Dữ liệu trước khi khôi phục được lưu tại" in out
    with open_store(db) as store:
        assert store.scalar("SELECT count(*) FROM feedback") == 2
    assert main(["backup", "--out", str(out_file.parent)]) == 0  # a folder: a dated file goes inside
    made = [p.name for p in out_file.parent.iterdir() if p.name.startswith("sao-luu-2")]
    assert len(made) == 1 and backup.inspect_backup(out_file.parent / made[0]).ok
    assert main(["backups"]) == 0
    assert "trước khi khôi phục" in capsys.readouterr().out


def test_automatic_backup_once_a_day_only_after_changes_and_rotated(db):
    def change(n):
        save_feedback(store, {"received_on": "2024-06-01", "subject": "quy_dinh", "summary": f"Thay đổi {n}"})

    with open_store(db) as store:
        set_setting(store, "backup_keep", 3)
        folder = safety.backup_folder(store)
        days = [datetime(2024, 1, 1, 17, 0) + timedelta(days=i) for i in range(5)]
        for i, day in enumerate(days):
            change(i)
            assert safety.auto_backup(store, now=day) is not None
        assert [e.taken_at for e in backup.list_backups(folder)] == days[:1:-1]  # the newest 3 days
        assert safety.auto_backup(store) is None  # nothing changed since the last one

        change("sáng")
        morning = safety.auto_backup(store)
        assert morning is not None and safety.auto_backup(store) is None
        change("chiều")
        evening = safety.auto_backup(store, now=datetime.now() + timedelta(seconds=2))
        today = [e.path for e in backup.list_backups(folder) if e.taken_at.date() == datetime.now().date()]
        assert today == [evening] and not morning.exists()  # one file per day, holding the day's last state
        assert backup.inspect_backup(evening).counts["feedback"] == 2 + 7
        assert len(backup.list_backups(folder)) == 3


def test_damaged_store_at_startup_names_the_newest_good_backup(db, tmp_path, monkeypatch, capsys):
    with open_store(db) as store:
        folder = safety.backup_folder(store)
        good = safety.auto_backup(store, now=datetime(2024, 3, 1, 17, 0))
        newer_bad = safety.manual_backup(store)
    corrupt(newer_bad)
    corrupt(db)
    check = safety.startup_check(db)
    assert check.status == "damaged" and check.backup.path == good
    assert str(good) in check.message() and "tthc-desktop restore" in check.message()
    monkeypatch.setenv("TTHC_DB", str(db))
    assert main(["figures", "--period", "2024-Q1"]) == 2
    err = capsys.readouterr().err
    assert "bị hỏng" in err and str(good) in err

    assert main(["restore", str(good), "--yes"]) == 0  # the damaged file is kept as raw bytes, not lost
    assert safety.startup_check(db).status == "ok"
    assert [p.name.startswith("hong-") for p in folder.glob("hong-*")] == [True]


def test_disk_full_during_backup_leaves_nothing_half_written(db, tmp_path, monkeypatch):
    target = tmp_path / "usb" / "b.sqlite3"
    target.parent.mkdir()
    target.write_bytes(b"previous backup")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "fsync", full)
    with open_store(db) as store, pytest.raises(UserError, match="đã đầy: chưa ghi được bản sao lưu"):
        backup.backup_to(store, target)
    assert target.read_bytes() == b"previous backup"
    assert [p.name for p in target.parent.iterdir()] == ["b.sqlite3"]


def test_read_only_folder_during_backup(db, tmp_path, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(backup.os, "replace", refuse)
    with open_store(db) as store, pytest.raises(UserError, match="Không có quyền ghi vào thư mục"):
        backup.backup_to(store, tmp_path / "ro" / "b.sqlite3")
    assert list((tmp_path / "ro").iterdir()) == []


LIMITED_WRITER = textwrap.dedent("""
    import os, resource, signal, sys
    from tthc_desktop.services.safety import describe_error
    from tthc_desktop.store import open_store
    from tthc_desktop.store.backup import backup_to
    from tthc_desktop.store.feedback import save_feedback
    db, mode = sys.argv[1], sys.argv[2]
    store = open_store(db)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the file-size limit then fails writes instead of killing
    largest = max(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
    limit = largest + 150_000 if mode == "store" else 20_000
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    n = 0
    try:
        if mode == "store":
            while True:
                save_feedback(store, {"received_on": "2024-03-04", "subject": "quy_dinh",
                                      "summary": "Phản ánh dài " * 400 + str(n)})
                n += 1
        else:
            backup_to(store, sys.argv[3])
    except Exception as exc:
        print(n)
        print(describe_error(exc, db))
""")


@pytest.mark.skipif(os.name == "nt", reason="RLIMIT_FSIZE is POSIX")
def test_real_write_limit_keeps_the_store_whole_and_explains(db, tmp_path):
    """A real failing disk write (file-size limit): the error is explained, committed rows stay, file is intact."""
    run = subprocess.run([sys.executable, "-c", LIMITED_WRITER, str(db), "store"], capture_output=True,
                         text=True, encoding="utf-8", cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                         timeout=120)
    committed, message = run.stdout.splitlines()[:2]
    assert int(committed) > 0
    assert "chưa ghi được dữ liệu. Dữ liệu đã có không bị thay đổi" in message
    with open_store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.scalar("SELECT count(*) FROM feedback") == 2 + int(committed)

    target = tmp_path / "usb" / "b.sqlite3"
    run = subprocess.run([sys.executable, "-c", LIMITED_WRITER, str(db), "backup", str(target)],
                         capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120)
    assert "chưa ghi được bản sao lưu" in run.stdout
    assert list(target.parent.iterdir()) == []


def test_store_locked_by_another_program(db, tmp_path, monkeypatch, capsys):
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with open_store(db) as store:
            store.conn.execute("PRAGMA busy_timeout = 100")
            with pytest.raises(sqlite3.OperationalError) as exc:
                save_feedback(store, {"received_on": "2024-03-04", "subject": "quy_dinh", "summary": "Bị khóa"})
            assert "đang bị một chương trình khác mở hoặc khóa" in safety.describe_error(exc.value, db)
            copy = backup.backup_to(store, tmp_path / "copy.sqlite3")
        with pytest.raises(UserError, match="đang bị một chương trình khác mở hoặc khóa"):
            safety.restore(db, copy)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with open_store(db) as store:
        assert store.scalar("SELECT count(*) FROM feedback") == 2


def test_store_in_a_read_only_folder_is_not_called_damaged(db, monkeypatch, capsys):
    """WAL needs to create `-shm` beside the file; in a read-only folder SQLite says "unable to open"."""
    real_connect = sqlite3.connect

    def read_only_folder(target, *args, **kw):
        if str(target) == str(db):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kw)

    monkeypatch.setattr(sqlite3, "connect", read_only_folder)
    with pytest.raises(UserError, match="chỉ đọc hoặc không có quyền ghi") as exc:
        safety.startup_check(db)
    assert "bị hỏng" not in exc.value.message
    monkeypatch.setenv("TTHC_DB", str(db))
    assert main(["figures", "--period", "2024-Q1"]) == 2
    assert "chép tệp dữ liệu sang một thư mục có quyền ghi" in capsys.readouterr().err
