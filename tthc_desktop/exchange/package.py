"""The USB package (gói dữ liệu gửi cấp nhận báo cáo): format, building, writing and verifying.

A package is a zip named `TTHC_<unit code>_<period>_<yyyymmddHHMM>.tthc` holding manifest.json,
data.json, audit.json, report.pdf (when a report was issued), checksums.json (SHA-256 of every other
member) and signature.json (Ed25519 signature of checksums.json by the unit's key). The full format
is described in docs/formats/package.md.

Verification reads untrusted bytes from a stick: sizes are checked before and while reading, member
names must be plain known names, and every failure is a `PackageRefused` with a Vietnamese reason.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import uuid as uuid_mod
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tthc_desktop.domain.figures import DECLARED_COLUMNS, PART_COLUMNS, DossierCounts, FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.fileio import write_bytes_atomic
from tthc_desktop.exchange.keys import ALGORITHM, UnitKey, fingerprint, is_valid_public_key, verify_signature

FORMAT = "tthc-package"
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})
EXTENSION = ".tthc"
MANIFEST, DATA, AUDIT, REPORT = "manifest.json", "data.json", "audit.json", "report.pdf"
CHECKSUMS, SIGNATURE = "checksums.json", "signature.json"
REQUIRED_MEMBERS = (MANIFEST, DATA, CHECKSUMS, SIGNATURE)
KNOWN_MEMBERS = frozenset({MANIFEST, DATA, AUDIT, REPORT, CHECKSUMS, SIGNATURE})

# A real package is well under 5 MB (the report PDF is the largest part); these bound a hostile one.
MAX_PACKAGE_BYTES = 64 * 1024 * 1024
MAX_MEMBER_BYTES = 48 * 1024 * 1024
MAX_TOTAL_BYTES = 96 * 1024 * 1024
MAX_MEMBERS = 16
ROW_GROUPS = ("linh_vuc", "nganh_doc", "lien_thong")
_ALL_COLUMNS = PART_COLUMNS + DECLARED_COLUMNS
_DECLARED = frozenset(DECLARED_COLUMNS)
_MAX_COUNT = 10 ** 12

# Refusal reasons (code -> short Vietnamese label shown in lists).
REASONS = {
    "unreadable": "không đọc được tệp",
    "bad_zip": "tệp hỏng hoặc không phải gói TTHC",
    "too_large": "thành phần quá lớn",
    "unsafe_path": "đường dẫn thoát khỏi thư mục gói",
    "members": "thiếu hoặc thừa thành phần",
    "format_version": "phiên bản định dạng không hỗ trợ",
    "checksum": "sai mã kiểm tra SHA-256",
    "signature": "chữ ký không hợp lệ",
    "unknown_unit": "đơn vị hoặc khóa chưa đăng ký",
    "key_mismatch": "khóa khác với khóa đã đăng ký",
    "period_mismatch": "kỳ báo cáo không khớp",
    "bad_data": "dữ liệu trong gói không hợp lệ",
}


class PackageRefused(Exception):
    """A package that must not be imported: `code` (a key of REASONS) and a Vietnamese message."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class PackageContent:
    """A verified package: its parsed manifest and data, raw members and the SHA-256 of the file."""

    manifest: dict
    data: dict
    members: dict[str, bytes]
    file_sha256: str
    rows: list[FigureRow] = field(default_factory=list)

    @property
    def uuid(self) -> str:
        return self.manifest["package_uuid"]

    @property
    def unit(self) -> dict:
        return self.manifest["unit"]

    @property
    def public_key(self) -> str:
        return self.manifest["unit"]["public_key"]

    @property
    def key_fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def period_code(self) -> str:
        return self.manifest["period"]["code"]

    @property
    def created_at(self) -> str:
        return self.manifest["created_at"]

    @property
    def report_pdf(self) -> bytes | None:
        return self.members.get(REPORT)

    @property
    def audit(self) -> list:
        raw = self.members.get(AUDIT)
        return json.loads(raw) if raw else []


def _dumps(value: object, *, compact: bool = False) -> bytes:
    """UTF-8 JSON, sorted keys; indented for the small members people read, compact for data and audit."""
    if compact:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":")).encode()
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_name_part(text: str) -> str:
    """A unit code or period code made safe for a file name: "2023-01-01..2023-10-30" -> "2023-01-01-2023-10-30"."""
    cleaned = re.sub(r"[^0-9A-Za-z.\-]+", "-", (text or "").replace("..", "-"))
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip(".-")
    return cleaned or "khong-ma"


def package_file_name(unit_code: str, period_code: str, created: datetime) -> str:
    """`TTHC_<unit code>_<period>_<yyyymmddHHMM>.tthc`."""
    return f"TTHC_{safe_name_part(unit_code)}_{safe_name_part(period_code)}_{created:%Y%m%d%H%M}{EXTENSION}"


def build_package(*, manifest: dict, data: dict, key: UnitKey, report_pdf: bytes | None = None,
                  audit: list | None = None) -> bytes:
    """The zip bytes of a package: members, their SHA-256 list and its signature."""
    created = datetime.fromisoformat(manifest["created_at"])
    members: dict[str, bytes] = {MANIFEST: _dumps(manifest), DATA: _dumps(data, compact=True)}
    if audit is not None:
        members[AUDIT] = _dumps(audit, compact=True)
    if report_pdf:
        members[REPORT] = report_pdf
    checksums = _dumps({"algorithm": "SHA-256", "files": {n: sha256_hex(b) for n, b in sorted(members.items())}})
    signature = _dumps({"algorithm": ALGORITHM, "signed_member": CHECKSUMS, "key_fingerprint": key.fingerprint,
                        "signature": key.sign(checksums)})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, payload in [*members.items(), (CHECKSUMS, checksums), (SIGNATURE, signature)]:
            info = zipfile.ZipInfo(name, date_time=created.timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED if name == REPORT else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, payload)
    return buffer.getvalue()


def new_manifest(*, unit: dict, period: dict, created_at: datetime, app_version: str, counts: dict) -> dict:
    """A manifest with a fresh package UUID (the id that makes re-imports idempotent)."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "package_uuid": str(uuid_mod.uuid4()),
            "created_at": created_at.replace(microsecond=0).isoformat(),
            "app": {"name": "TTHC Desktop", "version": app_version}, "unit": unit, "period": period,
            "counts": counts}


def write_package(path: Path, payload: bytes) -> None:
    """Write to a temp name in the same folder, flush and fsync, rename, fsync the folder."""
    try:
        write_bytes_atomic(path, payload)
    except UserError as exc:
        raise UserError(f"{exc.message} Dữ liệu trên máy không thay đổi.") from exc


def read_package(path: Path) -> PackageContent:
    """Read and verify a package file (format, sizes, names, checksums, signature, data)."""
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise PackageRefused("too_large", f"Tệp nặng {size // (1024 * 1024)} MB, vượt giới hạn "
                                              f"{MAX_PACKAGE_BYTES // (1024 * 1024)} MB của một gói.")
        with open(path, "rb") as fh:
            raw = fh.read(MAX_PACKAGE_BYTES + 1)
    except OSError as exc:
        raise PackageRefused("unreadable", f"Không đọc được tệp: {exc.strerror or exc}.") from exc
    return verify_package_bytes(raw)


def verify_package_bytes(raw: bytes) -> PackageContent:
    """Verify a package held in memory; raises PackageRefused naming the first problem found."""
    if len(raw) > MAX_PACKAGE_BYTES:
        raise PackageRefused("too_large", f"Tệp vượt giới hạn {MAX_PACKAGE_BYTES // (1024 * 1024)} MB của một gói.")
    try:
        members = _read_members(raw)
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error,
            RuntimeError, KeyError, IndexError, OverflowError) as exc:
        raise PackageRefused("bad_zip", "Tệp hỏng hoặc không phải gói dữ liệu TTHC (không giải nén được).") \
            from exc
    manifest = _json_member(members, MANIFEST)
    _check_format(manifest)
    _check_checksums(members)
    _check_manifest(manifest)
    sig = _json_member(members, SIGNATURE)
    expected = {"algorithm": ALGORITHM, "signed_member": CHECKSUMS,
                "key_fingerprint": fingerprint(manifest["unit"]["public_key"])}
    if not isinstance(sig, dict) or set(sig) != {*expected, "signature"} \
            or any(sig[k] != v for k, v in expected.items()) or not isinstance(sig["signature"], str) \
            or not verify_signature(manifest["unit"]["public_key"], members[CHECKSUMS], sig["signature"]):
        raise PackageRefused("signature", "Chữ ký số của gói không hợp lệ: gói đã bị sửa sau khi đơn vị xuất, "
                                          "hoặc không do khóa của đơn vị ghi trong gói ký.")
    data = _json_member(members, DATA)
    rows = _check_data(manifest, data)
    return PackageContent(manifest=manifest, data=data, members=members, file_sha256=sha256_hex(raw), rows=rows)


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\x00" in name or ".." in parts
            or name != name.strip())


def _read_members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackageRefused("members", f"Gói có {len(infos)} thành phần, nhiều hơn mức cho phép ({MAX_MEMBERS}).")
        for info in infos:
            if _unsafe(info.filename):
                raise PackageRefused("unsafe_path", f"Thành phần “{info.filename}” có đường dẫn thoát khỏi thư mục "
                                                    "của gói (zip-slip): gói bị từ chối.")
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise PackageRefused("members", "Gói có hai thành phần trùng tên.")
        unknown = sorted(set(names) - KNOWN_MEMBERS)
        missing = [n for n in REQUIRED_MEMBERS if n not in names]
        if unknown or missing:
            detail = "; ".join(x for x in (unknown and "thành phần lạ: " + ", ".join(unknown),
                                           missing and "thiếu: " + ", ".join(missing)) if x)
            raise PackageRefused("members", f"Gói không đúng cấu trúc ({detail}).")
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                raise PackageRefused("too_large", f"Thành phần “{info.filename}” khai báo "
                                                  f"{info.file_size:,} byte, vượt giới hạn (chống bom nén).")
            if info.flag_bits & 0x1:
                raise PackageRefused("bad_zip", f"Thành phần “{info.filename}” bị mã hóa: gói không hợp lệ.")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackageRefused("bad_zip", f"Thành phần “{info.filename}” dùng kiểu nén không hỗ trợ.")
        return {info.filename: _read_limited(zf, info) for info in infos}


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read one member, stopping as soon as it yields more than it declared (a lying zip bomb)."""
    limit = min(info.file_size, MAX_MEMBER_BYTES)
    chunks, total = [], 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(1024 * 1024):
                total += len(chunk)
                if total > limit:
                    raise PackageRefused("too_large", f"Thành phần “{info.filename}” giải nén ra nhiều hơn kích "
                                                      "thước khai báo (bom nén).")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise PackageRefused("bad_zip", f"Thành phần “{info.filename}” bị hỏng, không giải nén được; tệp "
                                        "có thể bị lỗi khi chép sang USB.") from exc
    if total != info.file_size:
        raise PackageRefused("bad_zip", f"Thành phần “{info.filename}” bị cắt cụt.")
    return b"".join(chunks)


def _json_member(members: dict[str, bytes], name: str):
    try:
        return json.loads(members[name].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageRefused("bad_data", f"Thành phần {name} không phải JSON hợp lệ.") from exc


def _check_format(manifest: object) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageRefused("bad_zip", "Tệp không phải gói dữ liệu TTHC Desktop (manifest.json không đúng định dạng).")
    version = manifest.get("format_version")
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        raise PackageRefused("format_version", f"Gói dùng phiên bản định dạng {version!r}, ứng dụng này chỉ đọc "
                                               f"phiên bản {', '.join(map(str, sorted(SUPPORTED_VERSIONS)))}. "
                                               "Hãy cập nhật TTHC Desktop.")


def _check_checksums(members: dict[str, bytes]) -> None:
    listed = _json_member(members, CHECKSUMS)
    files = listed.get("files") if isinstance(listed, dict) else None
    if not isinstance(files, dict) or listed.get("algorithm") != "SHA-256":
        raise PackageRefused("checksum", "Danh sách mã kiểm tra (checksums.json) không hợp lệ.")
    expected = set(members) - {CHECKSUMS, SIGNATURE}
    if set(files) != expected:
        odd = sorted(set(files) ^ expected)
        raise PackageRefused("checksum", "Danh sách mã kiểm tra không khớp các thành phần của gói: " + ", ".join(odd))
    for name in sorted(expected):
        if files[name] != sha256_hex(members[name]):
            raise PackageRefused("checksum", f"Mã kiểm tra SHA-256 của “{name}” không khớp: thành phần này đã bị sửa "
                                             "hoặc hỏng khi chép.")


def _check_manifest(m: dict) -> None:
    def bad(what: str) -> PackageRefused:
        return PackageRefused("bad_data", f"manifest.json thiếu hoặc sai trường {what}.")

    unit, period = m.get("unit"), m.get("period")
    try:
        uuid_mod.UUID(str(m.get("package_uuid")))
    except ValueError:
        raise bad("package_uuid") from None
    if not isinstance(m.get("created_at"), str):
        raise bad("created_at")
    try:
        datetime.fromisoformat(m["created_at"])
    except ValueError:
        raise bad("created_at") from None
    if not isinstance(unit, dict) or not isinstance(unit.get("code"), str) or not unit["code"].strip():
        raise bad("unit.code")
    if not isinstance(unit.get("name"), str) or not is_valid_public_key(unit.get("public_key")):
        raise bad("unit.name / unit.public_key")
    if not isinstance(period, dict) or not all(isinstance(period.get(k), str) for k in ("code", "start", "end")):
        raise bad("period")
    try:
        parsed = parse_period(period["code"])
    except UserError:
        raise PackageRefused("period_mismatch", f"Mã kỳ báo cáo “{period['code']}” trong gói không hợp lệ.") from None
    if (parsed.start.isoformat(), parsed.end.isoformat()) != (period["start"], period["end"]):
        raise PackageRefused("period_mismatch", f"Kỳ {period['code']} phải từ {parsed.start:%d/%m/%Y} đến "
                                                f"{parsed.end:%d/%m/%Y}, nhưng gói ghi {period['start']} - "
                                                f"{period['end']}.")


def _check_data(manifest: dict, data: object) -> list[FigureRow]:
    if not isinstance(data, dict):
        raise PackageRefused("bad_data", "data.json không đúng cấu trúc.")
    mp, dp = manifest["period"], data.get("period")
    if not isinstance(dp, dict) or (dp.get("code"), dp.get("start"), dp.get("end")) != (
            mp["code"], mp["start"], mp["end"]):
        shown = dp.get("code") if isinstance(dp, dict) else dp
        raise PackageRefused("period_mismatch", f"Kỳ báo cáo trong manifest ({mp['code']}) và trong dữ liệu "
                                                f"({shown}) không khớp.")
    du = data.get("unit")
    if not isinstance(du, dict) or du.get("code") != manifest["unit"]["code"]:
        raise PackageRefused("bad_data", "Mã đơn vị trong dữ liệu khác với mã trong manifest.json.")
    rows = data.get("rows")
    if not isinstance(rows, list):
        raise PackageRefused("bad_data", "data.json thiếu danh sách số liệu (rows).")
    return [row_from_json(i + 1, r) for i, r in enumerate(rows)]


def row_from_json(n: int, r: object) -> FigureRow:
    """Row `n` of data.json as a FigureRow; PackageRefused when it is malformed."""
    if not isinstance(r, dict) or r.get("group") not in ROW_GROUPS or not isinstance(r.get("label"), str) \
            or not isinstance(r.get("counts"), dict) or not isinstance(r.get("source_system", ""), str):
        raise PackageRefused("bad_data", f"Dòng số liệu thứ {n} trong data.json không đúng cấu trúc.")
    counts, kw = r["counts"], {}
    for c in _ALL_COLUMNS:
        v = counts.get(c, None if c in _DECLARED else 0)
        if v is None and c in _DECLARED:
            kw[c] = None
        elif type(v) is int and 0 <= v <= _MAX_COUNT:  # bool is not a count
            kw[c] = v
        else:
            raise PackageRefused("bad_data", f"Dòng “{r['label']}”: cột {c} phải là số nguyên không âm, "
                                             f"gói ghi {v!r}.")
    return FigureRow(group=r["group"], label=r["label"], counts=DossierCounts(**kw),
                     source_system=r.get("source_system", ""), data_source=str(r.get("data_source", "entered")))


def row_to_json(row: FigureRow, field_name: str | None = None) -> dict:
    """One FigureRow as data.json stores it (lossless: parts and declared totals)."""
    return {"group": row.group, "label": row.label, "source_system": row.source_system,
            "data_source": row.data_source, "field_name": field_name, "counts": row.counts.to_dict()}

