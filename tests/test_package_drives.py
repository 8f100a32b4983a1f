"""Removable drives proposed for the export, and the message once the package is safe on the stick."""
from __future__ import annotations

import sys
from pathlib import Path

from tthc_desktop.exchange import drives

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
/dev/sdb1 /media/canbo/KINGSTON vfat rw,nosuid,nodev 0 0
/dev/sdc1 /run/media/canbo/USB\\040XA\\040DONG\\040LAC vfat rw 0 0
/dev/sda3 /home ext4 rw 0 0
"""


def test_linux_mounts_of_removable_media_are_found():
    assert drives.linux_mount_points(MOUNTS) == [Path("/media/canbo/KINGSTON"),
                                                 Path("/run/media/canbo/USB XA DONG LAC")]


def test_display_name_shows_label_and_free_space_in_vietnamese():
    d = drives.Drive(Path("E:/"), "KINGSTON", int(3.25 * 1024 ** 3), 16 * 1024 ** 3)
    assert d.display_name.startswith("KINGSTON (") and d.display_name.endswith("trống 3,2 GB")


def test_path_on_a_drive_is_recognised(tmp_path):
    stick = drives.Drive(tmp_path, "USB", 1, 2)
    inner = tmp_path / "bao-cao"
    inner.mkdir()
    assert drives.is_on_removable_drive(inner, [stick]) == stick
    assert drives.is_on_removable_drive(Path("/"), [stick]) is None


def test_safe_to_remove_message_tells_how_to_eject():
    plain = drives.safe_to_remove_message(Path("/tmp/TTHC_X_2025-Q2_202506160905.tthc"))
    assert "Đã ghi và kiểm tra lại gói TTHC_X_2025-Q2_202506160905.tthc" in plain and "rút" not in plain
    on_stick = drives.safe_to_remove_message(Path("/media/canbo/KINGSTON/TTHC.tthc"),
                                             drives.Drive(Path("/media/canbo/KINGSTON"), "KINGSTON", 1, 2))
    assert "rút USB" in on_stick
    if sys.platform == "win32":
        assert "Safely Remove Hardware" in on_stick
    else:
        assert "Tháo / Eject" in on_stick and "KINGSTON" in on_stick

