"""Build the one-folder app with PyInstaller (installer.spec) and test the frozen build.

A missing data file or hidden import must fail here, on the build machine, not on a commune PC. So after the
build the frozen executables run the real commands (init, demo, figures, report, listing, plan, export,
due-date, key, export-package, backup/restore, smoke, screenshots: each only if this version has it)
against a temporary store in a folder named "Dữ liệu thử", with QT_QPA_PLATFORM=offscreen, and every output
file is opened and checked. Any failure: a message naming the step, exit code 1.

    python scripts/build_installer.py                    build into dist/TTHCDesktop, then check it
    python scripts/build_installer.py --skip-build       only check an existing dist/TTHCDesktop
    python scripts/build_installer.py --summary out.json --check-dir DIR --keep   (used by the slow test)
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME, CLI_NAME = "TTHCDesktop", "tthc-desktop"
IS_WIN = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WIN else ""
UNIT_NAME = "xã Đồng Lạc"
STEP_TIMEOUT = 180


STANDARD_14 = {f"{family}{style}" for family, styles in (
    ("Helvetica", ("", "-Bold", "-Oblique", "-BoldOblique")), ("Courier", ("", "-Bold", "-Oblique", "-BoldOblique")),
    ("Times", ("-Roman", "-Bold", "-Italic", "-BoldItalic"))) for style in styles} | {"Symbol", "ZapfDingbats"}


class CheckFailed(Exception):
    """A frozen command ran but its result is wrong."""


def app_version() -> str:
    text = (ROOT / "tthc_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)


@dataclass
class StepResult:
    name: str
    status: str  # "ok" | "failed" | "skipped"
    seconds: float = 0.0
    detail: str = ""


@dataclass
class Summary:
    ok: bool = False
    version: str = ""
    platform: str = sys.platform
    dist: str = ""
    build_seconds: float | None = None
    check_seconds: float = 0.0
    size_bytes: int = 0
    file_count: int = 0
    largest: list[tuple[str, int]] = field(default_factory=list)
    steps: list[StepResult] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    period: str = ""


# --- build ---------------------------------------------------------------------------------------------------

def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on installer.spec in a clean work dir; return the seconds taken."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        fail("PyInstaller chưa được cài. Chạy: pip install .[build]  (hoặc pip install pyinstaller)")
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(dist / APP_NAME, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(ROOT / "installer.spec")]
    print(f"Đang đóng gói bằng PyInstaller (nhật ký: {log}) ...", flush=True)
    start = time.perf_counter()
    with open(log, "w", encoding="utf-8", errors="replace") as fh:
        rc = subprocess.call(cmd, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - start
    if rc != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
        fail(f"PyInstaller thất bại (mã thoát {rc}) sau {seconds:.0f} s. Cuối nhật ký:\n" + "\n".join(tail))
    print(f"Đóng gói xong trong {seconds:.1f} s.")
    return seconds


def folder_size(folder: Path) -> tuple[int, int, list[tuple[str, int]]]:
    """Disk usage like `du` (symlinks not followed), file count, and the largest parts of _internal/."""
    total, count, parts = 0, 0, {}
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath, name)
            st = path.lstat()
            used = st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size
            total += used
            count += 1
            rel = path.relative_to(folder).parts
            if len(rel) > 1 and rel[0] == "_internal":
                key = "/".join(rel[1:3]) if rel[1] == "PySide6" and len(rel) > 3 else rel[1]
            else:
                key = rel[0]
            parts[key] = parts.get(key, 0) + used
    return total, count, sorted(parts.items(), key=lambda kv: -kv[1])[:10]


# --- frozen checks -------------------------------------------------------------------------------------------

@dataclass
class Context:
    app_dir: Path
    data_dir: Path  # ".../Dữ liệu thử"
    env: dict[str, str]
    version: str
    commands: set[str] = field(default_factory=set)
    period: str = ""
    outputs: dict[str, str] = field(default_factory=dict)

    def exe(self, kind: str) -> Path:
        return self.app_dir / f"{APP_NAME if kind == 'gui' else CLI_NAME}{EXE_SUFFIX}"

    def run(self, args: list[str], *, kind: str = "cli", env: dict[str, str] | None = None,
            ok_codes: tuple[int, ...] = (0,)) -> str:
        """Run the frozen app; return its stdout, or raise CheckFailed with its stderr."""
        proc = subprocess.run([str(self.exe(kind)), *args], cwd=self.data_dir, env={**self.env, **(env or {})},
                              capture_output=True, timeout=STEP_TIMEOUT)
        out = proc.stdout.decode("utf-8", errors="replace")
        err = proc.stderr.decode("utf-8", errors="replace")
        if proc.returncode not in ok_codes:
            raise CheckFailed(f"mã thoát {proc.returncode}\n  lệnh: {self.exe(kind).name} {' '.join(args)}\n"
                              + indent(err.strip() or out.strip() or "(không có thông báo)"))
        return out

    def path(self, name: str) -> Path:
        path = self.data_dir / name
        self.outputs[name] = str(path)
        return path


def indent(text: str, lines: int = 30) -> str:
    return "\n".join("  | " + line for line in text.splitlines()[-lines:])


def expect_pdf(path: Path) -> str:
    """A whole PDF whose fonts are all embedded (a missing font file in the bundle shows up here)."""
    if not path.is_file():
        raise CheckFailed(f"không có tệp {path}")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"{path.name} không phải tệp PDF hoàn chỉnh")
    import pikepdf  # a dependency of the app, so present in the build venv

    fonts: set[str] = set()
    unembedded: set[str] = set()
    with pikepdf.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            for _name, font in (page.get("/Resources", {}).get("/Font", {}) or {}).items():
                descendants = font.get("/DescendantFonts")
                desc = (descendants[0] if descendants else font).get("/FontDescriptor")
                base = str(font.get("/BaseFont", "?"))
                embedded = desc is not None and any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                if embedded:
                    fonts.add(base.split("+")[-1])
                elif base.lstrip("/") in STANDARD_14:
                    unembedded.add(base.lstrip("/"))  # ReportLab's default font, referenced but maybe unused
                else:
                    raise CheckFailed(f"{path.name}: phông {base} không được nhúng")
    detail = f"{path.name}: {len(data) // 1024} KB, {pages} trang, phông nhúng {', '.join(sorted(fonts))}"
    if unembedded:
        detail += f" [CẢNH BÁO: có tham chiếu phông chuẩn không nhúng {', '.join(sorted(unembedded))}]"
    return detail


def expect_zip_text(path: Path, member: str, must_contain: str) -> str:
    if not zipfile.is_zipfile(path):
        raise CheckFailed(f"{path.name} không phải tệp Office (zip) hợp lệ")
    with zipfile.ZipFile(path) as zf:
        text = zf.read(member).decode("utf-8")
    if must_contain not in text:
        raise CheckFailed(f"{path.name}: không thấy “{must_contain}” trong {member} (lỗi bảng mã?)")
    return f"{path.name}: {path.stat().st_size // 1024} KB, có “{must_contain}”"


def expect_png(path: Path) -> str:
    if not path.is_file() or not path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"):
        raise CheckFailed(f"không có ảnh PNG {path}")
    return f"{path.name}: {path.stat().st_size // 1024} KB"


def option_in_help(ctx: Context, command: str, option: str) -> bool:
    return option in ctx.run([command, "--help"])


def step_version(ctx: Context) -> str:
    details = []
    kinds = ["cli"] if IS_WIN else ["gui", "cli"]  # the Windows GUI exe has no console to print to
    for kind in kinds:
        out = ctx.run(["--version"], kind=kind)
        if f"TTHC Desktop {ctx.version}" not in out:
            raise CheckFailed(f"{ctx.exe(kind).name} --version in “{out.strip()}”, mong đợi {ctx.version}")
        details.append(f"{ctx.exe(kind).name}: {out.strip()}")
    return "; ".join(details)


def step_commands(ctx: Context) -> str:
    out = ctx.run(["--help"])
    ctx.commands = set(re.findall(r"^ {4}([a-z][a-z0-9-]+)", out, re.M))
    if "init" not in ctx.commands:
        raise CheckFailed("--help không liệt kê lệnh nào (thiếu module lệnh?)")
    return f"{len(ctx.commands)} lệnh"


def step_init(ctx: Context) -> str:
    ctx.run(["init", "--name", UNIT_NAME, "--type", "xa", "--province", "Hải Dương", "--place", "Đồng Lạc",
             "--signer", "Nguyễn Văn An", "--signer-title", "CHỦ TỊCH"])
    store = Path(ctx.env["TTHC_DB"])
    if not store.is_file():
        raise CheckFailed(f"init không tạo tệp dữ liệu {store}")
    return f"tạo {store.name} ({store.stat().st_size // 1024} KB)"


def step_demo(ctx: Context) -> str:
    out = ctx.run(["demo", "--yes"])
    found = re.search(r"figures --period (\S+)", out)
    if found:
        ctx.period = found.group(1)
    return out.strip().splitlines()[0] if out.strip() else "ok"


def step_figures(ctx: Context) -> str:
    data = json.loads(ctx.run(["figures", "--period", ctx.period, "--json"]))
    if data.get("period", {}).get("code") != ctx.period or data.get("unit") != UNIT_NAME:
        raise CheckFailed(f"JSON số liệu sai kỳ/đơn vị: {data.get('period')}, {data.get('unit')!r}")
    ctx.path("figures.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return f"JSON hợp lệ, kỳ {data['period']['name']}, {len(data)} mục"


def step_report(ctx: Context) -> str:
    pdf, docx = ctx.path("báo cáo.pdf"), ctx.path("báo cáo.docx")
    args = ["report", "--period", ctx.period]
    try:
        ctx.run([*args, "--out", str(pdf)])
    except CheckFailed:  # preview refused because the figures have errors: the draft still renders
        ctx.run([*args, "--draft", "--out", str(pdf)])
    details = [expect_pdf(pdf)]
    ctx.run([*args, "--out", str(docx)])
    details.append(expect_zip_text(docx, "word/document.xml", "ĐỒNG LẠC"))
    return "; ".join(details)


def step_listing(ctx: Context) -> str:
    pdf = ctx.path("niêm yết.pdf")
    ctx.run(["listing", "--out", str(pdf)])
    return expect_pdf(pdf)


def step_plan(ctx: Context) -> str:
    year = ctx.period[:4] if ctx.period[:4].isdigit() else str(time.localtime().tm_year)
    pdf, docx = ctx.path("kế hoạch.pdf"), ctx.path("kế hoạch.docx")
    ctx.run(["plan", "--year", year, "--new", "--replace", "--out", str(pdf)])
    ctx.run(["plan", "--year", year, "--out", str(docx)])
    return expect_pdf(pdf) + "; " + expect_zip_text(docx, "word/document.xml", "ĐỒNG LẠC")


def step_export_xlsx(ctx: Context) -> str:
    xlsx = ctx.path("số liệu.xlsx")
    ctx.run(["export", "statistics", "--out", str(xlsx)])
    return expect_zip_text(xlsx, "xl/workbook.xml", "sheet")


def step_due_date(ctx: Context) -> str:
    # 28/04/2026 + 3 working days passes over 30/4 and 1/5: needs the holidays package and its data.
    out = ctx.run(["due-date", "--from", "2026-04-28", "--days", "3"])
    if "30/04/2026" not in out or "05/05/2026" not in out:
        raise CheckFailed("ngày hẹn không bỏ qua ngày lễ 30/4, 1/5:\n" + indent(out))
    return out.strip().splitlines()[-1]


def step_package(ctx: Context) -> str:
    ctx.run(["key", "show"])
    usb = ctx.data_dir / "USB"
    usb.mkdir(exist_ok=True)
    ctx.run(["export-package", "--period", ctx.period, "--out", str(usb)])
    files = list(usb.glob("*.tthc"))
    if not files:
        raise CheckFailed("export-package không ghi gói .tthc")
    ctx.outputs["package"] = str(files[0])
    return f"{files[0].name}: {files[0].stat().st_size // 1024} KB, ký Ed25519 và kiểm tra lại"


def step_backup_restore(ctx: Context) -> str:
    backup = ctx.path("sao lưu.sqlite3")
    ctx.run(["backup", "--out", str(backup)])
    new_pc = ctx.data_dir / "Máy mới" / "tthc.sqlite3"
    ctx.run(["restore", "--yes", str(backup)], env={"TTHC_DB": str(new_pc)})
    before = ctx.run(["figures", "--period", ctx.period, "--json"])
    after = ctx.run(["figures", "--period", ctx.period, "--json"], env={"TTHC_DB": str(new_pc)})
    if json.loads(before) != json.loads(after):
        raise CheckFailed("số liệu sau khi khôi phục khác số liệu gốc")
    return f"sao lưu {backup.stat().st_size // 1024} KB, khôi phục sang “Máy mới”: số liệu trùng khớp"


def step_smoke(ctx: Context) -> str:
    png = ctx.path("cửa sổ chính.png")
    args = ["smoke", "--png", str(png)] if option_in_help(ctx, "smoke", "--png") else ["smoke"]
    out = ctx.run(args, kind="gui")  # the GUI executable itself (windowed on Windows)
    return ((out.strip().splitlines() or ["ok"])[-1] + "; " + expect_png(png)) if "--png" in args else out.strip()


def step_screenshots(ctx: Context) -> str:
    folder = ctx.data_dir / "ảnh màn hình"
    ctx.run(["screenshots", "--out", str(folder)])
    shots = sorted(folder.glob("*.png"))
    if not shots:
        raise CheckFailed("screenshots không ghi ảnh nào")
    for shot in shots:
        expect_png(shot)
    ctx.outputs["screenshots"] = str(folder)
    return f"{len(shots)} ảnh"


def step_pdf_preview(ctx: Context) -> str:
    """The GUI previews and prints PDFs with pypdfium2 and silently falls back to poppler's pdftoppm, which a
    build machine may have and a commune PC does not: so check that pdfium itself is in the bundle."""
    uses = any("import pypdfium2" in p.read_text(encoding="utf-8")
               for p in (ROOT / "tthc_desktop").rglob("*.py"))
    if not uses:
        return "ứng dụng không dùng pypdfium2"
    raw = ctx.app_dir / "_internal" / "pypdfium2_raw"
    libs = [p for p in raw.glob("*") if p.name.lower() in ("pdfium.dll", "libpdfium.so", "libpdfium.dylib")]
    if not libs:
        raise CheckFailed(f"thiếu thư viện pdfium trong {raw} (xem trước và in PDF trong giao diện sẽ không chạy)")
    if not list((ctx.app_dir / "_internal" / "pypdfium2").glob("version.json")):
        raise CheckFailed("thiếu pypdfium2/version.json (pypdfium2 không nạp được)")
    return f"{libs[0].name}: {libs[0].stat().st_size // 2**20} MB"


def step_check(ctx: Context) -> str:
    return (ctx.run(["check"]).strip().splitlines() or ["ok"])[-1]


# (name, command the step needs or None, function). Order matters: init/demo fill the store the rest use.
STEPS: list[tuple[str, str | None, Callable[[Context], str]]] = [
    ("--version", None, step_version),
    ("--help", None, step_commands),
    ("init", "init", step_init),
    ("demo", "demo", step_demo),
    ("figures --json", "figures", step_figures),
    ("report PDF/DOCX", "report", step_report),
    ("listing PDF", "listing", step_listing),
    ("plan PDF/DOCX", "plan", step_plan),
    ("export xlsx", "export", step_export_xlsx),
    ("due-date (ngày lễ)", "due-date", step_due_date),
    ("key + export-package", "export-package", step_package),
    ("backup + restore", "restore", step_backup_restore),
    ("smoke (cửa sổ chính)", "smoke", step_smoke),
    ("screenshots", "screenshots", step_screenshots),
    ("pdfium (xem trước PDF)", None, step_pdf_preview),
    ("check", "check", step_check),
]


def check_env(base: Path, store: Path) -> dict[str, str]:
    """Environment of the frozen runs: headless Qt, the temp store, and user folders inside the temp dir so
    nothing touches the real profile."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TTHC_", "PYTHON", "QT_")) and k not in ("VIRTUAL_ENV",)}
    profile = base / "hồ sơ người dùng"
    env.update(QT_QPA_PLATFORM="offscreen", TTHC_DB=str(store), PYTHONIOENCODING="utf-8",
               XDG_DATA_HOME=str(profile / "data"), XDG_CONFIG_HOME=str(profile / "config"),
               XDG_CACHE_HOME=str(profile / "cache"))
    if IS_WIN:
        env.update(LOCALAPPDATA=str(profile / "Local"), APPDATA=str(profile / "Roaming"))
    return env


def run_checks(app_dir: Path, check_dir: Path, summary: Summary) -> bool:
    data_dir = check_dir / "Dữ liệu thử"
    data_dir.mkdir(parents=True, exist_ok=True)
    ctx = Context(app_dir=app_dir, data_dir=data_dir, version=summary.version,
                  env=check_env(data_dir, data_dir / "tthc.sqlite3"))
    ctx.period = str(time.localtime().tm_year - 1)  # replaced by the period the demo suggests
    print(f"Chạy thử bản đóng gói trong {data_dir} (QT_QPA_PLATFORM=offscreen):")
    all_ok = True
    for name, command, func in STEPS:
        if command and ctx.commands and command not in ctx.commands:
            summary.steps.append(StepResult(name, "skipped", detail=f"bản này chưa có lệnh “{command}”"))
            print(f"  [bỏ qua] {name}: bản này chưa có lệnh “{command}”")
            continue
        start = time.perf_counter()
        try:
            detail, status = func(ctx), "ok"
        except CheckFailed as exc:
            detail, status = str(exc), "failed"
        except subprocess.TimeoutExpired:
            detail, status = f"quá {STEP_TIMEOUT} s không xong", "failed"
        except (OSError, ValueError, KeyError) as exc:  # unreadable output (bad JSON, missing file ...)
            detail, status = f"{type(exc).__name__}: {exc}", "failed"
        seconds = time.perf_counter() - start
        summary.steps.append(StepResult(name, status, round(seconds, 2), detail))
        mark = "ok" if status == "ok" else "LỖI"
        print(f"  [{mark:>2}] {name} ({seconds:.1f} s): {detail}", flush=True)
        if status != "ok":
            all_ok = False
            if name in ("--version", "--help", "init"):
                break  # nothing else can run
    summary.outputs = ctx.outputs
    summary.period = ctx.period
    return all_ok


def fail(message: str) -> None:
    print(f"\nLỖI: {message}", file=sys.stderr)
    sys.exit(1)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="thư mục kết quả (mặc định dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="thư mục tạm của PyInstaller")
    parser.add_argument("--skip-build", action="store_true", help="chỉ chạy thử bản đã đóng gói")
    parser.add_argument("--check-dir", type=Path, help="nơi tạo thư mục “Dữ liệu thử” (mặc định: thư mục tạm)")
    parser.add_argument("--keep", action="store_true", help="giữ lại dữ liệu và tệp chạy thử")
    parser.add_argument("--summary", type=Path, help="ghi kết quả (JSON) vào tệp này")
    args = parser.parse_args(argv)

    summary = Summary(version=app_version())
    app_dir = args.dist.resolve() / APP_NAME
    summary.dist = str(app_dir)
    started = time.perf_counter()
    if not args.skip_build:
        summary.build_seconds = round(build(args.dist.resolve(), args.work.resolve()), 1)
    if not (app_dir / f"{CLI_NAME}{EXE_SUFFIX}").is_file():
        fail(f"không thấy bản đóng gói {app_dir / (CLI_NAME + EXE_SUFFIX)}; chạy lại không có --skip-build")
    summary.size_bytes, summary.file_count, summary.largest = folder_size(app_dir)

    check_dir = args.check_dir.resolve() if args.check_dir else Path(tempfile.mkdtemp(prefix="tthc-build-"))
    check_start = time.perf_counter()
    try:
        summary.ok = run_checks(app_dir, check_dir, summary)
    finally:
        summary.check_seconds = round(time.perf_counter() - check_start, 1)
        if not (args.keep or args.check_dir):
            shutil.rmtree(check_dir, ignore_errors=True)

    mb = summary.size_bytes / 2**20
    print(f"\nBản đóng gói: {app_dir}")
    print(f"Dung lượng: {mb:.0f} MB ({summary.file_count} tệp). Phần lớn nhất:")
    for name, size in summary.largest[:8]:
        print(f"  {size / 2**20:7.1f} MB  {name}")
    build_txt = f"đóng gói {summary.build_seconds:.0f} s, " if summary.build_seconds is not None else ""
    print(f"Thời gian: {build_txt}chạy thử {summary.check_seconds:.0f} s, "
          f"tổng {time.perf_counter() - started:.0f} s.")
    if args.summary:
        data = asdict(summary)
        args.summary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [s for s in summary.steps if s.status == "failed"]
    skipped = [s.name for s in summary.steps if s.status == "skipped"]
    if skipped:
        print("Bỏ qua (lệnh chưa có trong bản này): " + ", ".join(skipped))
    if failed:
        fail("bản đóng gói chạy sai ở bước: " + ", ".join(s.name for s in failed)
             + ". Thường do thiếu tệp dữ liệu hoặc hidden import trong installer.spec; xem chi tiết ở trên.")
    print("Bản đóng gói chạy đúng mọi bước kiểm tra.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
