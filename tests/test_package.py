"""The package format: what the commune writes, and every reason a package is refused."""
from __future__ import annotations

import json
import zipfile
from datetime import datetime

import pytest

from tests.packagekit import edit_json, inflate_declared_size, make_commune, members_of, resign, rezip
from tthc_desktop.errors import UserError
from tthc_desktop.exchange import keys, package
from tthc_desktop.exchange.package import PackageRefused, verify_package_bytes
from tthc_desktop.services import exchange
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import receiving


@pytest.fixture
def commune(tmp_path):
    s = make_commune(tmp_path / "xa.sqlite3")
    yield s
    s.close()


def _export(store, folder):
    folder.mkdir()
    result = exchange.export_package(store, "2025-Q2", folder, now=datetime(2025, 6, 16, 9, 5))
    return result, result.path.read_bytes(), keys.unit_key(store)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """One package made once for the tests that only read it: (ExportResult, bytes, key)."""
    folder = tmp_path_factory.mktemp("pkg")
    store = make_commune(folder / "xa.sqlite3")
    try:
        yield _export(store, folder / "usb")
    finally:
        store.close()


def refusal(raw: bytes) -> PackageRefused:
    with pytest.raises(PackageRefused) as exc:
        verify_package_bytes(raw)
    return exc.value


def test_export_writes_one_named_package_with_every_member(commune, tmp_path):
    result, raw, key = _export(commune, tmp_path / "usb")
    assert result.path.name == "TTHC_H23.36.10_2025-Q2_202506160905.tthc"
    members = members_of(raw)
    assert set(members) == {"manifest.json", "data.json", "audit.json", "checksums.json", "signature.json"}
    manifest = json.loads(members["manifest.json"])
    assert manifest["format_version"] == 1 and manifest["app"]["version"]
    assert manifest["unit"] == {**manifest["unit"], "code": "H23.36.10", "name": "xã Đồng Lạc",
                                "public_key": key.public_key, "key_fingerprint": key.fingerprint}
    assert manifest["period"] == {"code": "2025-Q2", "name": "quý II năm 2025", "start": "2025-03-15",
                                  "end": "2025-06-14", "kind": "quarter"}
    assert manifest["counts"]["rows"] == 4 and manifest["counts"]["feedback"] == 1
    checksums = json.loads(members["checksums.json"])["files"]
    assert set(checksums) == {"manifest.json", "data.json", "audit.json"}
    data = json.loads(members["data.json"])
    assert data["figures"] == json.loads(json.dumps(compute_figures(commune, "2025-Q2", "chosen").to_json(),
                                                    default=str))
    # citizens' names stay at the commune: not in the data, not in the audit rows
    assert "Nguyễn Văn Bình" not in members["data.json"].decode()
    assert "Nguyễn Văn Bình" not in members["audit.json"].decode()
    assert any(r["table_name"] == "feedback" for r in json.loads(members["audit.json"]))
    assert "private_key" not in data and key.private_key not in members["audit.json"].decode()
    assert [e["package_uuid"] for e in receiving.exports(commune, "2025-Q2")] == [result.package_uuid]


def test_export_never_changes_local_data(commune, tmp_path):
    keys.ensure_unit_key(commune)
    tables = ("dossier_stats", "feedback", "documents", "unit_profile", "fields")
    before = {t: commune.rows(f"SELECT * FROM {t}") for t in tables}
    out = tmp_path / "usb"
    out.mkdir()
    exchange.export_package(commune, "2025-Q2", out)
    exchange.export_package(commune, "2025-Q2", out)
    assert {t: commune.rows(f"SELECT * FROM {t}") for t in tables} == before
    assert len(list(out.glob("*.tthc"))) == 2  # same minute: the second gets its own name
    assert len(receiving.exports(commune, "2025-Q2")) == 2


def test_export_that_reads_back_wrong_is_reported_and_not_marked(commune, tmp_path, monkeypatch):
    out = tmp_path / "usb"
    out.mkdir()
    real_write = package.write_package

    def flaky_stick(path, payload):
        real_write(path, payload[:-40] + bytes(40))  # the stick drops the last bytes

    monkeypatch.setattr(package, "write_package", flaky_stick)
    with pytest.raises(UserError, match="USB có thể bị lỗi"):
        exchange.export_package(commune, "2025-Q2", out)
    assert receiving.exports(commune, "2025-Q2") == []


def test_export_needs_a_unit_code(commune, tmp_path):
    from tthc_desktop.store.profile import save_profile

    save_profile(commune, code="")
    with pytest.raises(UserError, match="Chưa có mã đơn vị"):
        exchange.export_package(commune, "2025-Q2", tmp_path)


def test_file_names_are_safe_for_custom_periods():
    name = package.package_file_name("H23/36 10", "2023-01-01..2023-10-30", datetime(2023, 10, 31, 8, 0))
    assert name == "TTHC_H23-36-10_2023-01-01-2023-10-30_202310310800.tthc"


def test_valid_package_verifies(exported):
    result, raw, key = exported
    content = verify_package_bytes(raw)
    assert content.uuid == result.package_uuid and content.key_fingerprint == key.fingerprint
    assert {r.label for r in content.rows} == {"Hộ tịch", "Chứng thực", "Đất đai", "Công an xã"}
    assert sum(r.counts.received for r in content.rows if r.group == "linh_vuc") == 75 * 6


def test_random_bytes_are_not_a_package():
    r = refusal(b"this is not a zip file at all" * 10)
    assert r.code == "bad_zip" and "không phải gói dữ liệu TTHC" in r.message


def test_truncated_package_is_refused(exported):
    r = refusal(exported[1][: len(exported[1]) // 2])
    assert r.code == "bad_zip"


def test_unknown_format_version_is_refused(exported):
    _, raw, key = exported
    members = edit_json(members_of(raw), "manifest.json", lambda m: m.update(format_version=2))
    r = refusal(rezip(resign(members, key)))
    assert r.code == "format_version" and "phiên bản định dạng 2" in r.message and "cập nhật" in r.message


def test_altered_member_fails_its_checksum(exported):
    _, raw, _ = exported
    members = edit_json(members_of(raw), "data.json", lambda d: d["rows"][0]["counts"].update(new_online=999))
    r = refusal(rezip(members))
    assert r.code == "checksum" and "data.json" in r.message


def test_altered_member_with_new_checksums_fails_the_signature(exported):
    _, raw, key = exported
    members = edit_json(members_of(raw), "data.json", lambda d: d["rows"][0]["counts"].update(new_online=999))
    r = refusal(rezip(resign(members, key, sign=False)))
    assert r.code == "signature" and "Chữ ký số" in r.message


def test_package_signed_by_another_key_than_it_names_is_refused(exported):
    _, raw, _ = exported
    r = refusal(rezip(resign(members_of(raw), keys.generate_key())))
    assert r.code == "signature"


def test_period_mismatch_between_manifest_and_data_is_refused(exported):
    _, raw, key = exported
    members = edit_json(members_of(raw), "data.json", lambda d: d["period"].update(code="2025-Q1", start="2024-12-15",
                                                                                   end="2025-03-14"))
    r = refusal(rezip(resign(members, key)))
    assert r.code == "period_mismatch" and "2025-Q2" in r.message and "2025-Q1" in r.message


def test_period_dates_that_do_not_match_the_code_are_refused(exported):
    _, raw, key = exported
    members = edit_json(members_of(raw), "manifest.json", lambda m: m["period"].update(start="2025-04-01"))
    r = refusal(rezip(resign(members, key)))
    assert r.code == "period_mismatch"


@pytest.mark.parametrize("name", ["../evil.json", "/etc/passwd", "a/../../b.json", "C:\\Windows\\x.dll",
                                  "..\\..\\x.json"])
def test_member_paths_escaping_the_folder_are_refused(exported, name):
    _, raw, _ = exported
    r = refusal(rezip({**members_of(raw), name: b"{}"}))
    assert r.code == "unsafe_path" and name in r.message


def test_unknown_or_missing_members_are_refused(exported):
    _, raw, key = exported
    members = members_of(raw)
    assert refusal(rezip(resign({**members, "virus.exe": b"MZ"}, key))).code == "members"
    del members["data.json"]
    r = refusal(rezip(members))
    assert r.code == "members" and "data.json" in r.message


def test_huge_declared_size_is_refused_before_reading(exported):
    r = refusal(inflate_declared_size(exported[1], "data.json"))
    assert r.code == "too_large" and "data.json" in r.message


def test_member_that_inflates_beyond_the_limit_is_refused(exported, monkeypatch):
    monkeypatch.setattr(package, "MAX_MEMBER_BYTES", 2000)
    r = refusal(exported[1])
    assert r.code == "too_large"


def test_too_many_members_is_refused(exported):
    members = {f"m{i}.json": b"{}" for i in range(40)}
    assert refusal(rezip(members)).code == "members"


def test_encrypted_or_exotic_compression_is_refused(exported):
    _, raw, _ = exported
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_BZIP2) as zf:
        for n, b in members_of(raw).items():
            zf.writestr(n, b)
    r = refusal(buf.getvalue())
    assert r.code == "bad_zip" and "kiểu nén" in r.message


def test_negative_or_text_counts_are_refused(exported):
    _, raw, key = exported
    members = edit_json(members_of(raw), "data.json", lambda d: d["rows"][0]["counts"].update(new_direct="nhiều"))
    r = refusal(rezip(resign(members, key)))
    assert r.code == "bad_data" and "new_direct" in r.message


def test_fingerprints_typed_by_a_clerk_are_normalised():
    key = keys.generate_key()
    typed = key.fingerprint.replace(" ", "").lower()
    assert keys.normalise_fingerprint(typed) == key.fingerprint
    assert keys.normalise_fingerprint(typed[:8] + "-" + typed[8:]) == key.fingerprint
    with pytest.raises(UserError, match="32 chữ số"):
        keys.normalise_fingerprint(typed[:-1])
    with pytest.raises(UserError):
        keys.normalise_fingerprint(typed[:-1] + "g")


def test_member_that_holds_more_than_it_declares_is_refused(exported):
    r = refusal(inflate_declared_size(exported[1], "data.json", size=100))
    assert r.code == "bad_zip" and "“data.json” bị hỏng" in r.message


def _keys(obj, prefix=""):
    out = set()
    for k, v in obj.items():
        out.add(prefix + k)
        if isinstance(v, dict):
            out |= _keys(v, prefix + k + ".")
    return out


def test_documented_manifest_has_the_keys_of_a_real_one(exported):
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "formats" / "package.md").read_text(encoding="utf-8")
    example = json.loads(doc.split("### manifest.json", 1)[1].split("```json", 1)[1].split("```", 1)[0])
    real = json.loads(members_of(exported[1])["manifest.json"])
    assert _keys(example) == _keys(real)
    assert example["format_version"] == package.FORMAT_VERSION


def test_private_key_never_enters_the_audit_log(commune):
    key = keys.ensure_unit_key(commune)
    from tthc_desktop.store.audit import AuditFilter, query_audit

    rows = query_audit(commune, AuditFilter(table="unit_profile"))
    logged = json.dumps([[r["old_values"], r["new_values"]] for r in rows], ensure_ascii=False)
    assert rows and key.private_key not in logged and "private_key" not in logged
    assert any(r["note"] == "signing_key_changed" for r in rows)
    assert key.public_key in logged  # the public key is audited


def test_signature_naming_another_key_is_refused(exported):
    members = edit_json(members_of(exported[1]), "signature.json",
                        lambda s: s.update(key_fingerprint=keys.generate_key().fingerprint))
    assert refusal(rezip(members)).code == "signature"
