"""Removable drives (ổ USB) to propose as the export target, and the "safe to remove" message.

Windows: drive letters from GetLogicalDrives whose GetDriveTypeW is DRIVE_REMOVABLE. Linux: mount points
under /media and /run/media (where desktops mount sticks). macOS: /Volumes except the system volume.
"""
from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

DRIVE_REMOVABLE = 2
_LINUX_ROOTS = ("/media/", "/run/media/", "/mnt/usb")


@dataclass(frozen=True)
class Drive:
    """A mounted removable drive: where it is, its label, and free / total space in bytes."""

    path: Path
    label: str
    free_bytes: int
    total_bytes: int

    @property
    def display_name(self) -> str:
        """"USB KINGSTON (E:\\) — trống 3,2 GB" as the GUI lists it."""
        free = f"{self.free_bytes / 1024 ** 3:.1f}".replace(".", ",")
        name = f"{self.label} ({self.path})" if self.label else str(self.path)
        return f"{name} — trống {free} GB"


def _usage(path: Path) -> tuple[int, int]:
    try:
        u = shutil.disk_usage(path)
        return u.free, u.total
    except OSError:
        return 0, 0


def _windows_drives() -> list[Drive]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    out = []
    for i in range(26):
        if not mask & (1 << i):
            continue
        root = f"{chr(65 + i)}:\\"
        if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) != DRIVE_REMOVABLE:
            continue
        label_buf = ctypes.create_unicode_buffer(261)
        ok = kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), label_buf, 261, None, None, None, None, 0)
        if not ok:  # no medium in the card reader slot
            continue
        free, total = _usage(Path(root))
        out.append(Drive(Path(root), label_buf.value, free, total))
    return out


def _unescape_mount(path: str) -> str:
    """/proc/mounts escapes spaces and tabs as octal (\\040)."""
    return path.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def linux_mount_points(mounts_text: str) -> list[Path]:
    """Mount points of removable media found in the text of /proc/mounts."""
    out = []
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        mount = _unescape_mount(parts[1])
        if mount.startswith(_LINUX_ROOTS):
            out.append(Path(mount))
    return out


def _linux_drives() -> list[Drive]:
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for mount in linux_mount_points(text):
        if os.access(mount, os.W_OK):
            free, total = _usage(mount)
            out.append(Drive(mount, mount.name, free, total))
    return out


def _mac_drives() -> list[Drive]:
    root = Path("/Volumes")
    out = []
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return []
    for entry in entries:
        if entry.is_symlink() or not entry.is_dir() or not os.access(entry, os.W_OK):
            continue  # the system volume is a symlink to /
        free, total = _usage(entry)
        out.append(Drive(entry, entry.name, free, total))
    return out


def removable_drives() -> list[Drive]:
    """Writable removable drives mounted now (empty list when none or on an unknown system)."""
    if sys.platform == "win32":
        return _windows_drives()
    if sys.platform == "darwin":
        return _mac_drives()
    return _linux_drives()


def is_on_removable_drive(path: Path, drives: list[Drive] | None = None) -> Drive | None:
    """The removable drive that holds `path`, if any."""
    resolved = Path(path).resolve()
    for d in drives if drives is not None else removable_drives():
        try:
            resolved.relative_to(d.path.resolve())
            return d
        except ValueError:
            continue
    return None


def safe_to_remove_message(path: Path, drive: Drive | None = None) -> str:
    """What to tell the clerk once the package is written, flushed and verified."""
    done = f"Đã ghi và kiểm tra lại gói {Path(path).name}: nội dung đúng, chữ ký hợp lệ."
    if drive is None:
        return done
    if sys.platform == "win32":
        how = ("bấm biểu tượng “Tháo phần cứng an toàn” (Safely Remove Hardware) ở góc phải thanh tác vụ, chọn "
               f"ổ {drive.path}, chờ thông báo “Có thể tháo thiết bị” rồi mới rút USB.")
    else:
        how = f"chọn “Tháo / Eject” ổ {drive.label or drive.path} trong trình quản lý tệp rồi mới rút USB."
    return f"{done} Dữ liệu đã được ghi hẳn xuống USB. Để an toàn, {how}"
