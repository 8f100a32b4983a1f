"""Locate bundled files (ui/, resources/, docs/) in a source checkout, an installed wheel or a frozen build."""
from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundle_root() -> Path:
    """Folder that holds `ui/`, `resources/` and `docs/` (the user guide and its screenshots).

    Frozen (PyInstaller one-folder): `sys._MEIPASS`. Installed wheel: `tthc_desktop/_bundled`.
    Source checkout: the repository root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = _PACKAGE_DIR / "_bundled"
    if (installed / "resources").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def asset_path(relative: str) -> Path:
    """Absolute path of a bundled file, e.g. `asset_path("resources/fonts/LiberationSerif-Regular.ttf")`."""
    path = bundle_root() / relative
    if not path.exists():
        raise FileNotFoundError(f"Thiếu tệp dữ liệu đi kèm ứng dụng: {relative} (tìm tại {path})")
    return path


USER_GUIDE = "docs/huong-dan-su-dung.md"


def user_guide_path() -> Path:
    """The Vietnamese user guide (docs/huong-dan-su-dung.md, shipped with its screenshots); FileNotFoundError if
    this build does not carry it."""
    return asset_path(USER_GUIDE)
