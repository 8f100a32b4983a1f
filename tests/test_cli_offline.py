"""The whole CLI flow in-process with the network cut off: nothing in the product may need a network."""
import json
import socket
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tthc_desktop.cli import main
from tthc_desktop.store import catalog, open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "bao-cao-nam-2023-thi-tran-thanh-mien.json"


class NoNetwork(AssertionError):
    pass


@pytest.fixture
def offline(monkeypatch):
    """Every way to open a connection raises; a test that reaches the network fails loudly."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NoNetwork(f"network access attempted: {args!r}")

    class RefusingSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", RefusingSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def db_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sockets_are_really_cut_off(offline):
    with pytest.raises(NoNetwork):
        socket.create_connection(("example.org", 80))
    offline.clear()


def test_whole_flow_offline(offline, db_path, tmp_path, capsys):
    code, out, _ = run(capsys, "init", "--name", "xã Đồng Lạc", "--type", "xa")
    assert code == 0 and "Đã khởi tạo" in out
    code, out, _ = run(capsys, "demo")
    assert code == 0 and "Dữ liệu mẫu xã Đồng Lạc" in out

    # Import: the dry run writes nothing, --apply writes it all.
    before = db_bytes(db_path)
    code, out, _ = run(capsys, "import", str(SAMPLE))
    assert code == 0 and "mục 7: mới — 2023 · Ngành dọc Công an thị trấn" in out and "chưa ghi gì" in out
    assert db_bytes(db_path) == before
    code, out, _ = run(capsys, "import", str(SAMPLE), "--apply")
    assert code == 0 and "10 mới" in out

    code, out, _ = run(capsys, "figures", "--period", "2023", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"]["shares"]["online_of_new"] == "96.31"
    code, out, _ = run(capsys, "figures", "--period", "2025-Q2", "--json")
    assert code == 0 and json.loads(out)["valid"] is True
    code, out, _ = run(capsys, "validate", "--period", "2025")
    assert code == 0 and "hợp lệ" in out
    code, out, _ = run(capsys, "validate", "--period", "2023")
    assert code == 1 and "2.053" in out
    code, out, _ = run(capsys, "check")
    assert code == 0 and "toàn vẹn" in out
    code, out, _ = run(capsys, "export", "statistics", "--out", str(tmp_path / "so-lieu.csv"))
    assert code == 0 and (tmp_path / "so-lieu.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_failed_import_leaves_the_database_byte_for_byte_unchanged(offline, db_path, tmp_path, capsys):
    assert run(capsys, "demo")[0] == 0
    good = tmp_path / "good.csv"
    good.write_text("code,name,field\n9.000001,Thủ tục thử,Hộ tịch\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("period,label,new_online\n2025-Q2,Hộ tịch,-3\n", encoding="utf-8")
    before = db_bytes(db_path)
    code, _, err = run(capsys, "import", str(good), str(bad), "--apply", "--yes")
    assert code == 2 and f"tệp {bad}, dòng 2: cột “new_online”: giá trị “-3” không được âm" in err
    assert db_bytes(db_path) == before
    with open_store(db_path) as s:
        assert catalog.find_procedure_by_code(s, "9.000001") is None


def test_nfd_input_is_stored_as_nfc(offline, db_path, tmp_path, capsys):
    assert run(capsys, "init", "--name", "xã Thử")[0] == 0
    text = "received_on,subject,summary,sender\n2025-05-04,quy_dinh,Phản ánh về lệ phí chứng thực,Nguyễn Thị Thủy\n"
    path = tmp_path / "nfd.csv"
    path.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert run(capsys, "import", str(path), "--apply")[0] == 0
    with open_store(db_path) as s:
        from tthc_desktop.store.feedback import list_feedback

        item = list_feedback(s)[0]
    assert item["sender"] == "Nguyễn Thị Thủy" and unicodedata.is_normalized("NFC", item["summary"])


@pytest.mark.parametrize("stdin", [subprocess.DEVNULL, subprocess.PIPE])
def test_confirmation_never_waits_on_stdin(db_path, tmp_path, stdin):
    """A closed stdin and an open pipe nobody writes to: both refuse at once instead of hanging."""
    with open_store(db_path) as s:
        catalog.save_procedure(s, {"code": "1.001193", "name": "Đăng ký khai sinh", "field_name": "Hộ tịch"})
    proc = subprocess.Popen([sys.executable, "-m", "tthc_desktop", "--db", str(db_path), "demo"], cwd=ROOT,
                            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=60) if stdin == subprocess.DEVNULL else _without_closing(proc)
    finally:
        proc.kill()
    assert proc.returncode == 2
    assert "--yes" in err.decode("utf-8")


def _without_closing(proc: subprocess.Popen) -> tuple[bytes, bytes]:
    """Wait for the process while its stdin pipe stays open (communicate() would close it)."""
    proc.wait(timeout=60)
    return proc.stdout.read(), proc.stderr.read()
