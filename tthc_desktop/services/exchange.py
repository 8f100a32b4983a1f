"""USB exchange (trao đổi dữ liệu qua USB) between a unit and its receiving level.

Sender side: `export_package` writes one signed package per period and marks the period exported.
Receiving side: `register_unit`, then `plan_import` (always a dry run, writes nothing) and
`apply_import` (imports every accepted package of a plan in one transaction, optional receipts).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tthc_desktop import __version__
from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.domain.text import nfc
from tthc_desktop.domain.validation import validate_rows
from tthc_desktop.errors import UserError
from tthc_desktop.exchange import keys, package
from tthc_desktop.exchange.package import EXTENSION, PackageContent, PackageRefused
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import receiving, reports
from tthc_desktop.store.audit import audit_rows_between
from tthc_desktop.store.catalog import list_fields
from tthc_desktop.store.db import Store, now_iso
from tthc_desktop.store.feedback import list_feedback
from tthc_desktop.store.profile import get_profile
from tthc_desktop.store.statistics import stat_rows

# Verdicts of a dry run, with the Vietnamese label the CLI and GUI show.
ACCEPTED, REPLACES, NEW_UNIT = "accepted", "replaces", "new_unit"
DUPLICATE, OLDER, REFUSED = "duplicate", "older", "refused"
VERDICTS = {ACCEPTED: "nhận", REPLACES: "nhận, thay thế gói cũ", NEW_UNIT: "nhận, đơn vị mới (tin cậy lần đầu)",
            DUPLICATE: "trùng, bỏ qua", OLDER: "cũ hơn gói đã nhận, bỏ qua", REFUSED: "từ chối"}
IMPORTABLE = (ACCEPTED, REPLACES, NEW_UNIT)
# Never leaves the unit: its signing key, and citizens' personal data (feedback senders, dossier applicants).
_PRIVATE = ("private_key", "password_hash", "sender", "applicant_name", "applicant_id_no", "phone", "email",
            "address")


@dataclass
class ExportResult:
    """A package written and verified on disk."""

    path: Path
    package_uuid: str
    manifest: dict
    findings: list = field(default_factory=list)


# ---------------------------------------------------------------- export (sender)
def _scrub(values: str | None) -> str | None:
    """Audit values with the private columns masked as "***" (the audit triggers record whole rows)."""
    if not values:
        return values
    try:
        obj = json.loads(values)
    except ValueError:
        return values
    if isinstance(obj, dict):
        for k in _PRIVATE:
            if obj.get(k) is not None:
                obj[k] = "***"
    return json.dumps(obj, ensure_ascii=False)


def build_period_data(store: Store, period: Period) -> tuple[dict, list, dict | None]:
    """(data.json content, audit rows, issued report row) of a period, read from the store."""
    profile = get_profile(store) or {}
    fig = compute_figures(store, period, "chosen")
    start, end = period.start.isoformat(), period.end.isoformat()
    field_names = {f["id"]: f["name"] for f in list_fields(store)}
    stored = []
    for source in ("entered", "register"):
        stored += [package.row_to_json(r, field_names.get(r.field_id)) for r in stat_rows(store, period.code, source)]
    feedback = [{k: v for k, v in r.items() if k != "sender"} for r in list_feedback(store, start=start, end=end)]
    issued = reports.find_issued(store, period.code)
    report = None
    if issued is not None:
        try:
            report = {**issued, "pdf": reports.report_pdf(store, issued["id"])}
        except UserError:  # issued without a stored PDF: the package carries the data only
            report = None
    period_json = {"code": period.code, "name": period.name, "start": start, "end": end, "kind": period.kind}
    data = {
        "unit": {"code": profile.get("code"), "name": profile.get("name")},
        "period": period_json,
        "source": fig.source,
        "figures": fig.to_json(),
        "rows": [package.row_to_json(r, field_names.get(r.field_id)) for r in fig.rows],
        "stored_rows": stored,
        "feedback": feedback,
        "notices": fig.notices,
        "catalog": vars(fig.catalog),
        "report": None if report is None else {"number": report["number"], "issued_on": report["issued_on"],
                                               "pdf_sha256": package.sha256_hex(report["pdf"]),
                                               "member": package.REPORT},
    }
    audit = [{**r, "old_values": _scrub(r["old_values"]), "new_values": _scrub(r["new_values"])}
             for r in audit_rows_between(store, period.start, date.today())]
    return data, audit, report


def export_package(store: Store, period: Period | str, out_dir: str | Path, *,
                   now: datetime | None = None) -> ExportResult:
    """Write the period's signed package into `out_dir`, re-read and verify it, mark the period exported.

    Local data is never changed apart from the export mark (and the key, created on first need).
    """
    from tthc_desktop.services.auth import require

    require(store, "export_package")
    period = parse_period(period) if isinstance(period, str) else period
    profile = get_profile(store)
    if profile is None:
        raise UserError("Chưa có thông tin đơn vị: chạy “tthc-desktop init” trước khi xuất gói.")
    code = (profile.get("code") or "").strip()
    if not code:
        raise UserError("Chưa có mã đơn vị: đặt mã bằng “tthc-desktop init --code <mã định danh>” rồi xuất lại; "
                        "cấp nhận báo cáo nhận diện đơn vị theo mã này.")
    out = Path(out_dir)
    if not out.is_dir():
        raise UserError(f"Không tìm thấy thư mục {out}. Cắm USB hoặc chọn thư mục khác.")
    key = keys.ensure_unit_key(store)
    created = (now or datetime.now()).replace(microsecond=0)
    data, audit, report = build_period_data(store, period)
    unit = {"code": code, "name": profile["name"], "unit_type": profile.get("unit_type"),
            "province": profile.get("province"), "receiving_level_name": profile.get("receiving_level_name"),
            "public_key": key.public_key, "key_fingerprint": key.fingerprint}
    counts = {"rows": len(data["rows"]), "stored_rows": len(data["stored_rows"]), "feedback": len(data["feedback"]),
              "notices": len(data["notices"]), "audit_rows": len(audit), "report_pdf": int(report is not None)}
    manifest = package.new_manifest(unit=unit, period=data["period"], created_at=created,
                                    app_version=__version__, counts=counts)
    payload = package.build_package(manifest=manifest, data=data, key=key,
                                    report_pdf=report["pdf"] if report else None, audit=audit)
    path = out / package.package_file_name(code, period.code, created)
    n = 2
    while path.exists():
        path = out / f"{path.name.removesuffix(EXTENSION).rsplit('~', 1)[0]}~{n}{EXTENSION}"
        n += 1
    package.write_package(path, payload)
    try:
        check = package.read_package(path)
    except PackageRefused as exc:
        raise UserError(f"Gói vừa ghi vào {path} đọc lại không khớp ({exc.message}). USB có thể bị lỗi: hãy xuất "
                        "lại vào USB khác. Dữ liệu trên máy không thay đổi.") from exc
    if check.file_sha256 != package.sha256_hex(payload) or check.public_key != key.public_key:
        raise UserError(f"Gói vừa ghi vào {path} đọc lại khác với gói đã tạo. USB có thể bị lỗi: hãy xuất lại.")
    receiving.record_export(store, period=period.code, package_uuid=manifest["package_uuid"], file_name=path.name,
                            exported_at=created.isoformat())
    return ExportResult(path=path, package_uuid=manifest["package_uuid"], manifest=manifest,
                        findings=validate_rows(check.rows))


# ---------------------------------------------------------------- units (receiving level)
def register_unit(store: Store, *, code: str, name: str, unit_type: str | None = None,
                  fingerprint: str | None = None, is_self: bool = False) -> dict:
    """Register (or rename) a unit this level receives from; a given fingerprint replaces the expected key."""
    code, name = nfc(code or "").strip(), nfc(name or "").strip()
    if not code or not name:
        raise UserError("Cần nhập mã đơn vị (--code) và tên đơn vị (--name).")
    fp = keys.normalise_fingerprint(fingerprint) if fingerprint else None
    with store.atomic():
        existing = receiving.get_unit(store, code)
        unit = receiving.upsert_unit(store, code=code, name=name, unit_type=unit_type, is_self=is_self)
        if fp and (existing is None or existing.get("key_fingerprint") != fp):
            receiving.set_unit_key(store, code, key_fingerprint=fp, public_key=None)
    return receiving.get_unit(store, code) or unit


def change_unit_key(store: Store, code: str, fingerprint: str) -> dict:
    """Expect a new key for a unit (it changed computers): pinned again at its next accepted package."""
    fp = keys.normalise_fingerprint(fingerprint)
    unit = receiving.get_unit(store, code)
    if unit is None:
        raise UserError(f"Chưa đăng ký đơn vị mã {code}.")
    receiving.set_unit_key(store, unit["code"], key_fingerprint=fp, public_key=None)
    return receiving.get_unit(store, unit["code"]) or unit


# ---------------------------------------------------------------- import (receiving level)
@dataclass
class PackageCheck:
    """One package of a dry run: the verdict, why, and what it would change."""

    path: Path
    verdict: str
    reason: str = ""
    reason_code: str = ""
    content: PackageContent | None = None
    replaces: str | None = None  # uuid of the package it replaces
    notes: list[str] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return self.verdict in IMPORTABLE

    @property
    def label(self) -> str:
        return VERDICTS[self.verdict]

    def summary(self) -> dict:
        """JSON-ready line of the dry-run list."""
        c = self.content
        return {"file": str(self.path), "verdict": self.verdict, "label": self.label, "reason": self.reason,
                "reason_code": self.reason_code, "package_uuid": c.uuid if c else None,
                "unit_code": c.unit["code"] if c else None, "unit_name": c.unit["name"] if c else None,
                "period": c.period_code if c else None, "created_at": c.created_at if c else None,
                "key_fingerprint": c.key_fingerprint if c else None, "replaces": self.replaces, "notes": self.notes}


@dataclass
class ImportPlan:
    """The dry run: one check per package file, in the order given."""

    checks: list[PackageCheck]
    trust_new: bool = False

    @property
    def importable(self) -> list[PackageCheck]:
        return [c for c in self.checks if c.importable]

    @property
    def new_units(self) -> list[PackageCheck]:
        return [c for c in self.checks if c.verdict == NEW_UNIT]

    def counts(self) -> dict[str, int]:
        return {v: sum(1 for c in self.checks if c.verdict == v) for v in VERDICTS}


def package_files(paths: list[str | Path]) -> list[Path]:
    """Package files named directly, and every *.tthc file inside named folders (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.suffix.lower() == EXTENSION and f.is_file()
                          and not f.name.startswith("."))
        elif p.exists():
            out.append(p)
        else:
            raise UserError(f"Không tìm thấy tệp hoặc thư mục {p}.")
    return out


def _require_receiving(store: Store) -> dict:
    profile = get_profile(store)
    if not profile or not profile.get("is_receiving"):
        raise UserError("Kho dữ liệu này là của đơn vị gửi báo cáo, không phải của cấp nhận báo cáo. Tạo kho nhận "
                        "bằng “tthc-desktop init --receiving --name <tên cơ quan>”.")
    return profile


def _check_key(store: Store, content: PackageContent, trust_new: bool, seen_keys: dict[str, str]) -> PackageCheck:
    """Verdict on the sender's key against the registered (pinned) key of its unit."""
    path = Path(".")
    code, fp = content.unit["code"], content.key_fingerprint
    unit = receiving.get_unit(store, code)
    if code in seen_keys and seen_keys[code] != content.public_key:
        return PackageCheck(path, REFUSED, f"Gói của đơn vị {code} ký bằng khóa ({fp}) khác với gói khác của "
                                           "cùng đơn vị trong lần nhập này.", "key_mismatch", content)
    if unit is None:
        if not trust_new:
            return PackageCheck(path, REFUSED, f"Đơn vị {content.unit['name']} (mã {code}) chưa được đăng ký. Đăng ký "
                                               f"bằng “tthc-desktop unit add --code {code} --name ... --fingerprint "
                                               f"...”, hoặc nhập lại với --trust-new sau khi đối chiếu dấu vân tay "
                                               f"khóa {fp} với đơn vị.", "unknown_unit", content)
        return PackageCheck(path, NEW_UNIT, f"Đơn vị mới {content.unit['name']} (mã {code}); khóa {fp} sẽ được "
                                            "ghim cho các lần nhập sau.", "", content)
    if unit.get("public_key"):
        if unit["public_key"] != content.public_key:
            return PackageCheck(path, REFUSED, f"Gói ký bằng khóa {fp}, khác với khóa đã ghim của {unit['name']} "
                                               f"({unit['key_fingerprint']}). Nếu đơn vị đã đổi máy, đối chiếu dấu "
                                               "vân tay mới rồi chạy “tthc-desktop unit set-key”.",
                                "key_mismatch", content)
    elif unit.get("key_fingerprint"):
        if unit["key_fingerprint"] != fp:
            return PackageCheck(path, REFUSED, f"Gói ký bằng khóa {fp}, khác với dấu vân tay đã đăng ký của "
                                               f"{unit['name']} ({unit['key_fingerprint']}).", "key_mismatch", content)
    elif not trust_new:
        return PackageCheck(path, REFUSED, f"Đơn vị {unit['name']} chưa có khóa đăng ký. Đăng ký dấu vân tay khóa, "
                                           f"hoặc nhập lại với --trust-new sau khi đối chiếu dấu vân tay {fp}.",
                            "unknown_unit", content)
    return PackageCheck(path, ACCEPTED, "", "", content)


def plan_import(store: Store, paths: list[str | Path], *, trust_new: bool = False) -> ImportPlan:
    """Dry run over package files and folders: verify each, decide its verdict. Writes nothing."""
    _require_receiving(store)
    checks: list[PackageCheck] = []
    seen_uuid: set[str] = set()
    seen_keys: dict[str, str] = {}
    newest: dict[tuple[str, str], PackageCheck] = {}
    for path in package_files(paths):
        try:
            content = package.read_package(path)
        except PackageRefused as exc:
            checks.append(PackageCheck(path, REFUSED, exc.message, exc.code))
            continue
        check = _check_key(store, content, trust_new, seen_keys)
        check.path = path
        if check.importable:
            seen_keys.setdefault(content.unit["code"], content.public_key)
            check = _place(store, check, seen_uuid, newest)
        if check.importable:
            errors = [f for f in validate_rows(content.rows) if f.severity == "error"]
            if errors:
                check.notes.append(f"số liệu có {len(errors)} lỗi kiểm tra (xem lệnh aggregate)")
        checks.append(check)
    return ImportPlan(checks, trust_new)


def _place(store: Store, check: PackageCheck, seen_uuid: set[str],
           newest: dict[tuple[str, str], PackageCheck]) -> PackageCheck:
    """Duplicate, older, replacing or plain new, against the store and the packages earlier in this batch."""
    c = check.content
    assert c is not None
    known = receiving.package_by_uuid(store, c.uuid)
    if c.uuid in seen_uuid or known:
        when = f" lúc {when_text(known['imported_at'])}" if known else " (tệp trùng trong lần nhập này)"
        check.verdict = DUPLICATE
        check.reason = f"Gói này (cùng mã gói) đã được nhận{when}; không thay đổi gì."
        return check
    seen_uuid.add(c.uuid)
    key = (c.unit["code"], c.period_code)
    in_batch = newest.get(key)
    stored = receiving.current_package(store, *key)
    latest_at = max([x for x in (stored and stored["created_at"], in_batch and in_batch.content.created_at) if x],
                    default=None)
    if latest_at is not None and c.created_at <= latest_at:
        check.verdict = OLDER
        check.reason = f"Đã có gói lập lúc {when_text(latest_at)} của cùng đơn vị và kỳ; gói này lập lúc " \
                       f"{when_text(c.created_at)} nên được bỏ qua."
        return check
    if in_batch is not None:
        # the earlier file of this batch becomes history: this one replaces what it replaced
        in_batch.notes.append(f"sẽ được thay thế ngay bởi {check.path.name} (mới hơn)")
    if stored or in_batch:
        check.replaces = in_batch.content.uuid if in_batch else stored["uuid"]
        if check.verdict == ACCEPTED:
            check.verdict = REPLACES
        older_at = in_batch.content.created_at if in_batch else stored["created_at"]
        check.reason = f"Thay thế gói lập lúc {when_text(older_at)} (gói cũ được giữ trong lịch sử)."
    newest[key] = check
    return check


def when_text(iso: str) -> str:
    """"14:05 16/06/2025" from an ISO timestamp."""
    return f"{iso[11:16]} {fmt_date(iso)}" if len(iso) >= 16 else fmt_date(iso)


@dataclass
class ImportOutcome:
    """What an applied import changed, and the receipts written."""

    imported: list[PackageCheck]
    skipped: list[PackageCheck]
    receipts: list[Path] = field(default_factory=list)


def apply_import(store: Store, plan: ImportPlan, *, confirm_new_units: bool = False,
                 receipts_dir: str | Path | None = None, write_receipts: bool = False) -> ImportOutcome:
    """Import every accepted package of `plan` in one transaction; refused ones change nothing.

    Packages of new units (trust on first use) are imported only with `confirm_new_units`.
    Receipts: with `write_receipts`, one per package in `receipts_dir` (or next to the package when None).
    """
    from tthc_desktop.services.auth import require

    require(store, "import_data")
    _require_receiving(store)
    if plan.new_units and not confirm_new_units:
        raise UserError("Có gói của đơn vị chưa đăng ký: cần xác nhận tin cậy lần đầu (--trust-new --yes) sau khi "
                        "đối chiếu dấu vân tay khóa với đơn vị.")
    todo = plan.importable
    imported_at = now_iso()
    with store.atomic():
        for check in todo:
            _import_one(store, check, imported_at)
    outcome = ImportOutcome(imported=todo, skipped=[c for c in plan.checks if not c.importable])
    if write_receipts:
        profile = get_profile(store) or {}
        for check in plan.checks:
            outcome.receipts.append(write_receipt(check, profile, imported_at, receipts_dir))
    return outcome


def _import_one(store: Store, check: PackageCheck, imported_at: str) -> None:
    c = check.content
    assert c is not None
    code, name = nfc(c.unit["code"]), nfc(c.unit["name"])
    unit = receiving.get_unit(store, code)
    if unit is None:
        receiving.upsert_unit(store, code=code, name=name, unit_type=c.unit.get("unit_type"))
    if unit is None or not unit.get("public_key"):
        receiving.set_unit_key(store, code, key_fingerprint=c.key_fingerprint, public_key=c.public_key)
    current = receiving.current_package(store, code, c.period_code)
    p = c.manifest["period"]
    receiving.insert_package(store, {
        "uuid": c.uuid, "unit_code": code, "period": c.period_code, "period_start": p["start"],
        "period_end": p["end"], "created_at": c.created_at, "imported_at": imported_at,
        "manifest": c.members[package.MANIFEST].decode("utf-8"),
        "data": c.members[package.DATA].decode("utf-8"), "report_pdf": c.report_pdf,
        "file_name": check.path.name, "audit": (c.members.get(package.AUDIT) or b"[]").decode("utf-8"),
        "file_sha256": c.file_sha256, "key_fingerprint": c.key_fingerprint})
    if current is not None:
        receiving.mark_replaced(store, current["uuid"], c.uuid)


def write_receipt(check: PackageCheck, profile: dict, at: str, folder: str | Path | None) -> Path:
    """A receipt (biên nhận) as UTF-8 text with the facts as JSON below, written next to the package by default."""
    c = check.content
    base = Path(folder) if folder else check.path.parent
    stem = check.path.name.removesuffix(EXTENSION)
    path = base / f"BIENNHAN_{stem}.txt"
    facts = {"receiver": profile.get("name"), "at": at, **check.summary()}
    lines = [f"BIÊN NHẬN GÓI DỮ LIỆU — {profile.get('name', '')}",
             f"Tệp: {check.path.name}",
             f"Thời điểm xử lý: {when_text(at)}",
             f"Kết quả: {check.label.upper()}"]
    if c is not None:
        lines += [f"Đơn vị gửi: {c.unit['name']} (mã {c.unit['code']})",
                  f"Kỳ báo cáo: {c.manifest['period'].get('name') or c.period_code}",
                  f"Mã gói: {c.uuid}", f"Lập lúc: {when_text(c.created_at)}",
                  f"Dấu vân tay khóa: {c.key_fingerprint}"]
    if check.reason:
        lines.append(f"Ghi chú: {check.reason}")
    text = "\n".join(lines) + "\n\n" + json.dumps(facts, ensure_ascii=False, indent=1) + "\n"
    package.write_package(path, text.encode("utf-8"))
    return path
