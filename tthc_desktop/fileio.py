"""Safe file writes: temp name in the same folder, flush + fsync, rename; Vietnamese messages for disk errors."""
from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from tthc_desktop.errors import UserError


def disk_error_message(path: str | os.PathLike, exc: OSError) -> str:
    """A clerk-readable explanation of an OSError while writing `path`."""
    where = str(path)
    if exc.errno == errno.ENOSPC:
        return f"Ổ đĩa đã đầy, không ghi được tệp {where}. Hãy giải phóng dung lượng hoặc chọn nơi lưu khác."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"Không có quyền ghi vào {where} (thư mục chỉ đọc, USB bị khóa ghi hoặc tệp đang mở trong "
                "chương trình khác). Hãy chọn nơi lưu khác hoặc đóng chương trình đang mở tệp.")
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        return f"Không ghi được tệp {where}: thư mục không tồn tại hoặc thiết bị (USB) đã bị rút ra."
    return f"Không ghi được tệp {where}: {exc.strerror or exc}"


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened (Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Write to a temp file beside `path`, then fsync and os.replace it; nothing half-written on failure."""
    target = Path(path)
    tmp_name = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, mode, encoding=encoding, newline="" if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
        fsync_dir(target.parent)
    except OSError as exc:
        raise UserError(disk_error_message(target, exc)) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_writer(path, "wb") as fh:
        fh.write(data)


def write_text_atomic(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` atomically (encoding "utf-8-sig" gives a BOM for Excel)."""
    with atomic_writer(path, "w", encoding=encoding) as fh:
        fh.write(text)
