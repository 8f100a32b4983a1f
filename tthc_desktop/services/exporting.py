"""Export of catalog, documents, feedback and statistics as JSON, CSV (UTF-8 with BOM, for Excel) or .xlsx.

Files use exactly the columns of docs/formats/<kind>.md, so `import` reads them back unchanged (a round
trip changes nothing). Written to a temp file beside the target, then renamed (tthc_desktop.fileio).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.fileio import write_text_atomic
from tthc_desktop.services.data_formats import KIND_NAMES, KINDS, SPECS, export_columns
from tthc_desktop.store import catalog, documents, feedback, statistics
from tthc_desktop.store.catalog import ONLINE_TYPES
from tthc_desktop.store.documents import DOCUMENT_KINDS, DOCUMENT_TAGS
from tthc_desktop.store.feedback import CHANNELS, SUBJECTS
from tthc_desktop.store.statistics import ROW_GROUPS
from tthc_desktop.store.db import Store, now_iso
from tthc_desktop.store.profile import get_profile

FORMAT_VERSION = 1


def _number(value):
    """3.0 -> 3 so that CSV reads "3" (processing days are usually whole)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def catalog_rows(store: Store) -> list[dict]:
    """Every procedure (abolished ones too, with their dates), by field then code."""
    out = []
    for p in catalog.list_procedures(store):
        row = {k: p.get(k) for k in export_columns("catalog") if k != "field"}
        row["field"] = p["field_name"]
        row["has_fee"] = int(p.get("has_fee") or 0)
        row["processing_days"] = _number(p.get("processing_days"))
        row["processing_hours"] = _number(p.get("processing_hours"))
        out.append({k: row.get(k) for k in export_columns("catalog")})
    return out


def document_rows(store: Store) -> list[dict]:
    """Every document, oldest first, with its tags and linked procedures."""
    out = []
    for d in documents.list_documents(store):
        out.append({"kind": d["kind"], "number": d["number"] or None, "issued_on": d["issued_on"],
                    "summary": d["summary"], "tags": d["tags"], "issuer": d["issuer"], "note": d["note"],
                    "procedures": [{"code": p["code"], "action": p["action"]} for p in d["procedures"]]})
    return out


def feedback_rows(store: Store) -> list[dict]:
    """Every feedback item, oldest first, the procedure named by its code."""
    codes: dict[int, str] = {}
    out = []
    for f in feedback.list_feedback(store):
        pid = f.get("procedure_id")
        if pid and pid not in codes:
            codes[pid] = catalog.get_procedure(store, pid)["code"]
        out.append({"received_on": f["received_on"], "channel": f["channel"], "subject": f["subject"],
                    "sender": f["sender"], "summary": f["summary"], "procedure_code": codes.get(pid),
                    "deadline": f["deadline"], "resolved_on": f["resolved_on"], "outcome": f["outcome"],
                    "published": int(f["published"] or 0)})
    return out


def statistics_rows(store: Store, period: str | None = None) -> list[dict]:
    """Entered dossier counts of one period code, or of every period, parts and declared totals."""
    codes = [parse_period(period).code] if period else statistics.periods_with_stats(store)
    out = []
    for code in codes:
        for r in statistics.stat_rows(store, code):
            out.append({"period": code, "row_group": r.group, "label": r.label, "source_system": r.source_system,
                        **{k: v for k, v in r.counts.to_dict().items()}})
    return [{k: row.get(k) for k in export_columns("statistics")} for row in out]


def rows_for_export(store: Store, kind: str, *, period: str | None = None) -> list[dict]:
    """The rows `export` writes for `kind`, as JSON-ready dicts."""
    if kind not in KINDS:
        raise UserError(f"Loại dữ liệu không hợp lệ: {kind} (catalog, documents, feedback hoặc statistics).")
    if period and kind != "statistics":
        raise UserError("Chỉ xuất số liệu hồ sơ (statistics) mới chọn được kỳ (--period).")
    if kind == "catalog":
        return catalog_rows(store)
    if kind == "documents":
        return document_rows(store)
    if kind == "feedback":
        return feedback_rows(store)
    return statistics_rows(store, period)


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(f"{v['code']}:{v['action']}" if isinstance(v, dict) else str(v) for v in value)
    return str(value)


def to_csv(kind: str, rows: list[dict]) -> str:
    """CSV text (the BOM is added when written) with the format's columns in order."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    columns = export_columns(kind)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return buf.getvalue()


def to_json(store: Store, kind: str, rows: list[dict]) -> str:
    profile = get_profile(store) or {}
    doc = {"kind": kind, "version": FORMAT_VERSION, "unit": profile.get("name"), "exported_at": now_iso(),
           "rows": rows}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


# Short Vietnamese headings and Excel kinds for the .xlsx export (a table for people, not for re-import).
_XLSX = {
    "catalog": {"code": "Mã TTHC", "local_code": "Mã đầy đủ", "name": "Tên thủ tục", "field": "Lĩnh vực",
                "agency": "Cơ quan thực hiện", "level": "Cấp thực hiện", "online_type": "Mức độ DVC",
                "lien_thong": "Liên thông", "procedure_type": "Loại TTHC", "has_fee": "Có thu phí",
                "fee_text": "Phí, lệ phí", "processing_days": "Thời hạn (ngày làm việc)",
                "processing_hours": "Thời hạn (giờ)", "effective_from": "Ngày có hiệu lực",
                "abolished_on": "Ngày bãi bỏ", "note": "Ghi chú"},
    "documents": {"kind": "Loại văn bản", "number": "Số, ký hiệu", "issued_on": "Ngày ban hành",
                  "summary": "Trích yếu", "tags": "Chủ đề", "issuer": "Cơ quan ban hành", "note": "Ghi chú",
                  "procedures": "Thủ tục liên quan"},
    "feedback": {"received_on": "Ngày tiếp nhận", "channel": "Hình thức", "subject": "Đối tượng",
                 "sender": "Người phản ánh", "summary": "Nội dung", "procedure_code": "Mã TTHC",
                 "deadline": "Hạn xử lý", "resolved_on": "Ngày xử lý xong", "outcome": "Kết quả",
                 "published": "Đã công khai"},
}
_DATE_KEYS = {"effective_from", "abolished_on", "issued_on", "received_on", "deadline", "resolved_on"}


def _xlsx_columns(kind: str):
    from tthc_desktop.exchange.tables_out import Column

    if kind == "statistics":
        return ([Column("Kỳ", "period", width=10), Column("Nhóm", "row_group", width=12),
                 Column("Tên", "label", width=36), Column("Hệ thống", "source_system", width=14)]
                + [Column(col.vi, col.key, "money" if col.key == "fees_collected" else "int", 12)
                   for col in SPECS["statistics"][4:] if col.export])
    def col_kind(key: str) -> str:
        if key in _DATE_KEYS:
            return "date"
        return "decimal" if key in ("processing_days", "processing_hours") else "text"

    return [Column(title, key, col_kind(key), 48 if key in ("name", "summary") else None)
            for key, title in _XLSX[kind].items()]


def _xlsx_value(kind: str, key: str, value):
    if key == "tags":
        return "; ".join(DOCUMENT_TAGS.get(t, t) for t in value or [])
    if isinstance(value, list):
        return _csv_cell(value)
    if key == "lien_thong":  # "Có"/"Không" is what province sheets write and the catalog reader takes back
        return "Có" if value and value != "none" else "Không"
    labels = {"online_type": ONLINE_TYPES, "kind": DOCUMENT_KINDS, "channel": CHANNELS,
              "subject": SUBJECTS, "row_group": ROW_GROUPS}.get(key)
    if labels and value in labels:
        return labels[value]
    if key in ("has_fee", "published"):
        return "Có" if value else "Không"
    return value


def write_xlsx_export(store: Store, kind: str, rows: list[dict], path: Path) -> None:
    """One sheet with a title line, Vietnamese headings, numbers as numbers and dates as dates."""
    from tthc_desktop.exchange.tables_out import write_xlsx

    profile = get_profile(store) or {}
    title = f"{KIND_NAMES[kind][:1].upper()}{KIND_NAMES[kind][1:]} — {profile.get('name', '')}".rstrip(" —")
    shown = [{k: _xlsx_value(kind, k, v) for k, v in row.items()} for row in rows]
    write_xlsx(path, KIND_NAMES[kind][:31], [title], _xlsx_columns(kind), shown)


def export_kind(store: Store, kind: str, out: str | Path, *, period: str | None = None) -> int:
    """Write `kind` to `out` (.json, .csv or .xlsx, chosen by the suffix); returns the number of rows written.

    JSON and CSV re-import unchanged; .xlsx is a table for people (Vietnamese headings and labels)."""
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv", ".xlsx"):
        raise UserError(f"Không xuất được ra {path.name}: chọn tệp .json, .csv hoặc .xlsx.")
    rows = rows_for_export(store, kind, period=period)
    if suffix == ".xlsx":
        write_xlsx_export(store, kind, rows, path)
    elif suffix == ".json":
        write_text_atomic(path, to_json(store, kind, rows))
    else:
        write_text_atomic(path, to_csv(kind, rows), encoding="utf-8-sig")
    return len(rows)
