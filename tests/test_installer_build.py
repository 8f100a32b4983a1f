"""The frozen build (installer.spec) runs the app's real commands: a missing data file, hidden import or Qt
plugin fails here instead of on a commune PC. Slow (about 2-3 minutes): run with `pytest -m slow`."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow
REQUIRED_STEPS = ["--version", "--help", "init", "figures --json", "listing PDF", "plan PDF/DOCX",
                  "pdfium (xem trước PDF)"]


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """Build once into a temp dir, run every frozen check, keep their outputs for the tests below."""
    base = tmp_path_factory.mktemp("installer")
    summary_path = base / "summary.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_installer.py"), "--dist", str(base / "dist"),
         "--work", str(base / "work"), "--check-dir", str(base / "check"), "--summary", str(summary_path)],
        capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=1200, cwd=ROOT)
    summary = json.loads(summary_path.read_text(encoding="utf-8")) if summary_path.exists() else {}
    return proc, summary


def test_build_succeeds_and_every_frozen_check_passes(build):
    proc, summary = build
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "Bản đóng gói chạy đúng mọi bước kiểm tra." in proc.stdout
    assert summary["ok"] is True
    failed = [s for s in summary["steps"] if s["status"] == "failed"]
    assert failed == []
    ran = {s["name"] for s in summary["steps"] if s["status"] == "ok"}
    assert set(REQUIRED_STEPS) <= ran


def test_outputs_of_the_frozen_app_are_real_documents(build):
    _proc, summary = build
    outputs = {name: Path(path) for name, path in summary["outputs"].items()}
    assert "Dữ liệu thử" in str(outputs["figures.json"])  # ran from a folder with Vietnamese characters
    figures = json.loads(outputs["figures.json"].read_text(encoding="utf-8"))
    assert figures["unit"] == "xã Đồng Lạc"
    assert figures["period"]["code"] == summary["period"]
    for name in ("niêm yết.pdf", "kế hoạch.pdf", "báo cáo.pdf"):
        if name in outputs:
            data = outputs[name].read_bytes()
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], name
    with zipfile.ZipFile(outputs["kế hoạch.docx"]) as zf:
        assert "ĐỒNG LẠC" in zf.read("word/document.xml").decode("utf-8")
    if "cửa sổ chính.png" in outputs:
        assert outputs["cửa sổ chính.png"].read_bytes().startswith(b"\x89PNG")


def test_bundle_is_pruned_and_reports_its_size(build):
    proc, summary = build
    app = Path(summary["dist"])
    exe = ".exe" if sys.platform == "win32" else ""
    assert (app / f"TTHCDesktop{exe}").is_file() and (app / f"tthc-desktop{exe}").is_file()
    internal = app / "_internal"
    assert {p.stem for p in (internal / "babel" / "locale-data").glob("*.dat")} == {"vi", "vi_VN", "root", "en", "en_US"}
    assert (internal / "resources" / "fonts" / "LICENSE-LiberationSerif.txt").is_file()
    assert (internal / "resources" / "icons" / "app.png").is_file()
    assert (internal / "holidays" / "locale" / "vi" / "LC_MESSAGES" / "VN.mo").is_file()
    assert any(p.name.lower() in ("libpdfium.so", "pdfium.dll") for p in (internal / "pypdfium2_raw").iterdir())
    names = {p.name.lower() for p in internal.rglob("*")}
    for unwanted in ("numpy", "cv2", "tkinter", "_tkinter", "pytest", "hypothesis", "pyhanko", "aiohttp"):
        assert not any(n == unwanted or n.startswith(unwanted + ".") for n in names), unwanted
    assert not any("qt6network" in n or "qt6quick" in n or "qt6qml" in n or "webengine" in n for n in names)
    assert summary["size_bytes"] < 300 * 2**20  # Linux: about 210 MB; growth beyond means something leaked in
    assert "Dung lượng:" in proc.stdout and "Thời gian:" in proc.stdout
