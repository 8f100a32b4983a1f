from tthc_desktop.cli import main
from tthc_desktop.store import open_store
from tthc_desktop.store.profile import get_profile


def test_init_commune_profile_uses_its_own_unit_kind_and_creates_the_signing_key(db_path, capsys):
    assert main(["init", "--name", "phường Hòa Bình", "--type", "phuong"]) == 0
    with open_store(db_path) as store:
        p = get_profile(store)
    assert p["header_line2"] == "PHƯỜNG HÒA BÌNH" and p["place_name"] == "Hòa Bình"
    assert "- TT Đảng ủy, TT HĐND phường;" in p["recipients"]
    assert not any(" xã" in r for r in p["recipients"])
    assert p["public_key"]  # created at setup, so Settings can show the fingerprint at once
    assert main(["key", "show"]) == 0


def test_init_receiving_level_gets_province_recipients(db_path):
    assert main(["init", "--receiving", "--name", "tỉnh Hải Dương", "--type", "tinh"]) == 0
    with open_store(db_path) as store:
        p = get_profile(store)
    assert p["is_receiving"] == 1 and p["header_line2"] == "TỈNH HẢI DƯƠNG"
    assert p["recipients"][0].startswith("- Văn phòng Chính phủ")
    assert not any("xã" in r for r in p["recipients"])
