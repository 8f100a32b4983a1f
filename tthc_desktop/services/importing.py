"""Import of catalog, documents, feedback and statistics files (JSON or CSV, UTF-8 with or without BOM).

Like DHIS2's import summary: a dry run lists, per file and row, what is new, changed, unchanged or wrong
and why; applying writes every new and changed row in ONE transaction, or nothing at all. Files are
applied in the order catalog -> documents -> feedback -> statistics so that a notice or a feedback item
may name a procedure that the same import creates.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tthc_desktop.domain.text import nfc
from tthc_desktop.errors import UserError
from tthc_desktop.services import data_formats as fmt
from tthc_desktop.services.data_formats import IGNORED_COLUMNS, KIND_NAMES, KINDS, SIGNATURES
from tthc_desktop.services.import_kinds import HANDLERS, Context, RowProblem, check_unlocked
from tthc_desktop.store import statistics
from tthc_desktop.store.db import Store

STATUS_NAMES = {"new": "mới", "changed": "thay đổi", "unchanged": "không đổi", "error": "lỗi", "deleted": "xóa"}
_JSON_META = {"kind", "rows", "items", "version", "unit", "exported_at", "note"}
MAX_ERRORS_IN_MESSAGE = 20


class FileProblem(Exception):
    """A file that cannot be read at all (not UTF-8, bad JSON, unknown columns, unknown kind)."""


@dataclass
class RowPlan:
    """One row of an import: where it is, what it is, and what applying it would do."""

    where: str
    title: str = ""
    status: str = "new"  # new | changed | unchanged | error | deleted
    changes: list[str] = field(default_factory=list)
    error: str | None = None
    record: dict = field(default_factory=dict)


@dataclass
class FilePlan:
    source: str
    kind: str | None
    rows: list[RowPlan] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass
class ImportPlan:
    """The result of planning (and, after `apply_import`, of applying) an import."""

    files: list[FilePlan]
    new_fields: list[str] = field(default_factory=list)
    replace: bool = False
    applied: bool = False
    context: Context | None = field(default=None, repr=False)

    def errors(self) -> list[str]:
        """Every problem as "tệp X, dòng N: ..." (file-level problems without a row)."""
        out = []
        for f in self.files:
            for r in f.rows:
                if r.status == "error":
                    out.append(f"tệp {f.source}, {r.where}: {r.error}" if r.where else f"tệp {f.source}: {r.error}")
        return out

    def count(self, status: str) -> int:
        return sum(f.count(status) for f in self.files)

    @property
    def writes(self) -> int:
        return self.count("new") + self.count("changed") + self.count("deleted")

    def summary_lines(self) -> list[str]:
        """The per-file, per-row report printed by `tthc-desktop import`."""
        lines = []
        for f in self.files:
            kind = f" — {KIND_NAMES[f.kind]} ({f.kind})" if f.kind else ""
            lines.append(f"Tệp {f.source}{kind}: {len([r for r in f.rows if r.where])} dòng")
            for r in f.rows:
                where = f"{r.where}: " if r.where else ""
                if r.status == "error":
                    lines.append(f"  {where}lỗi — {r.error}")
                    continue
                detail = f": {'; '.join(r.changes)}" if r.changes else ""
                lines.append(f"  {where}{STATUS_NAMES[r.status]} — {r.title}{detail}")
            parts = [f"{f.count(s)} {STATUS_NAMES[s]}" for s in ("new", "changed", "unchanged", "deleted", "error")
                     if s != "deleted" or f.count(s)]
            lines.append("  Cộng: " + ", ".join(parts))
        if self.new_fields:
            lines.append("Lĩnh vực mới sẽ được tạo: " + ", ".join(self.new_fields))
        return lines


# --- reading files ---------------------------------------------------------------------------------------

def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileProblem("không tìm thấy tệp") from None
    except OSError as exc:
        raise FileProblem(f"không đọc được tệp ({exc.strerror or exc})") from None
    try:
        return nfc(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FileProblem(f"không phải văn bản UTF-8 (byte lỗi ở vị trí {exc.start}); hãy lưu lại tệp với "
                          "mã hóa UTF-8 (Excel: “CSV UTF-8”)") from None


def _parse_csv(content: str) -> tuple[list[str], list[tuple[str, dict]]]:
    first = content.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise FileProblem(f"không đọc được CSV: {exc}") from None
    if not rows:
        raise FileProblem("tệp rỗng")
    headers = [h.strip() for h in rows[0]]
    if not any(headers):
        raise FileProblem("dòng 1 phải là dòng tiêu đề cột")
    out = []
    line = 1
    for cells in rows[1:]:
        line += 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers):]):
            out.append((f"dòng {line}", {"__error__": f"có {len(cells)} ô nhưng dòng tiêu đề chỉ có "
                                                       f"{len(headers)} cột"}))
            continue
        out.append((f"dòng {line}", {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers) if h}))
    return [h for h in headers if h], out


def _parse_json(content: str, kind: str | None) -> tuple[str | None, list[tuple[str, dict]]]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise FileProblem(f"không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}: {exc.msg})") from None
    declared = None
    if isinstance(data, dict):
        unknown = sorted(set(data) - _JSON_META)
        if unknown:
            raise FileProblem(f"khóa “{unknown[0]}” không hợp lệ ở cấp ngoài cùng; dùng "
                              "{\"kind\": ..., \"rows\": [...]} hoặc một danh sách")
        declared = data.get("kind")
        if declared is not None and declared not in KINDS:
            raise FileProblem(f"loại dữ liệu “{declared}” không hợp lệ; chọn một trong: {', '.join(KINDS)}")
        if kind and declared and kind != declared:
            raise FileProblem(f"tệp ghi loại “{declared}” nhưng lệnh yêu cầu --kind {kind}")
        data = data.get("rows", data.get("items"))
    if not isinstance(data, list):
        raise FileProblem("cần một danh sách các mục (hoặc {\"kind\": ..., \"rows\": [...]})")
    out = []
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            out.append((f"mục {i}", {"__error__": "mỗi mục phải là một đối tượng JSON {...}"}))
        else:
            out.append((f"mục {i}", item))
    return declared, out


def _map_columns(kind: str, headers: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """(header -> canonical key, unknown headers) for one kind."""
    cmap = fmt.column_map(kind)
    mapped, unknown = {}, []
    for h in headers:
        key = fmt.header_key(h)
        if key in cmap:
            mapped[h] = cmap[key]
        elif key not in IGNORED_COLUMNS:
            unknown.append(h)
    return mapped, unknown


def _detect(headers: list[str], kind: str | None) -> str:
    if kind:
        return kind
    candidates, partial = [], []
    for k in KINDS:
        mapped, unknown = _map_columns(k, headers)
        if all(sig in mapped.values() for sig in SIGNATURES[k]):
            (partial if unknown else candidates).append(k)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates and len(partial) == 1:
        return partial[0]
    raise FileProblem("không nhận ra loại dữ liệu từ các cột (" + ", ".join(headers[:8])
                      + "); chỉ rõ bằng --kind catalog|documents|feedback|statistics")


def _catalog_sheet_rows(path: Path) -> list[tuple[str, dict]]:
    """Rows of a province catalog .xlsx read by exchange.catalog_sheet, in this module's catalog keys.

    Rows the sheet reader could not use (no code, bad code, duplicate) become row errors: nothing of
    the file is imported until they are fixed."""
    from tthc_desktop.exchange.catalog_sheet import read_catalog

    try:
        sheet = read_catalog(path)
    except UserError as exc:
        raise FileProblem(exc.message) from None
    rows: list[tuple[str, dict]] = []
    for r in sheet.rows:
        rows.append((f"dòng {r.sheet_row}", {
            "code": r.code, "local_code": r.full_code if r.local_code else None, "name": r.name,
            "field": r.field_name or None, "agency": r.implementing_agency or r.implementing_unit or None,
            "level": r.level or None, "online_type": r.online_type,
            "lien_thong": "có" if r.lien_thong else "none", "procedure_type": r.procedure_type or None,
            "has_fee": None if r.has_fee is None else int(r.has_fee), "fee_text": r.fee_text or None,
            "processing_days": r.processing_days, "processing_hours": r.processing_hours}))
    for message in sheet.skipped:
        where, _, reason = message.partition(": ")
        rows.append((where.lower(), {"__error__": reason.removesuffix(", bỏ qua.")}))
    return rows


def read_source(path: Path, kind: str | None = None) -> tuple[str, list[tuple[str, dict]]]:
    """(kind, [(where, row with canonical keys)]) of one file; raises FileProblem."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        if kind not in (None, "catalog"):
            raise FileProblem("tệp Excel chỉ nhập được danh mục TTHC của tỉnh; các loại khác dùng tệp CSV hoặc "
                              "JSON (bảng tổng hợp số liệu của cổng dịch vụ công chưa nhập được bằng lệnh này)")
        if not path.exists():
            raise FileProblem("không tìm thấy tệp")
        return "catalog", _catalog_sheet_rows(path)
    if suffix not in (".json", ".csv"):
        raise FileProblem("chỉ nhận tệp .json, .csv hoặc danh mục TTHC .xlsx")
    content = _read_text(path)
    if suffix == ".json":
        declared, raw_rows = _parse_json(content, kind)
        headers = list(dict.fromkeys(k for _, r in raw_rows for k in r if k != "__error__"))
        kind = _detect(headers, kind or declared)
    else:
        headers, raw_rows = _parse_csv(content)
        kind = _detect(headers, kind)
        _, unknown = _map_columns(kind, headers)
        if unknown:
            raise FileProblem(f"dòng 1: cột “{unknown[0]}” không có trong định dạng {kind} "
                              f"(xem docs/formats/{kind}.md)")
    mapped, _ = _map_columns(kind, headers)
    twice = [k for k in set(mapped.values()) if list(mapped.values()).count(k) > 1]
    if twice:
        names = [h for h, k in mapped.items() if k == twice[0]]
        raise FileProblem(f"các cột “{names[0]}” và “{names[1]}” cùng chỉ một thông tin ({twice[0]})")
    rows = []
    for where, raw in raw_rows:
        if "__error__" in raw:
            rows.append((where, raw))
            continue
        _, unknown = _map_columns(kind, raw)
        if unknown:
            rows.append((where, {"__error__": f"khóa “{unknown[0]}” không có trong định dạng {kind} "
                                              f"(xem docs/formats/{kind}.md)"}))
            continue
        rows.append((where, {mapped[h]: v for h, v in raw.items() if h in mapped}))
    return kind, rows


# --- planning and applying -------------------------------------------------------------------------------

def plan_batches(store: Store, batches: list[tuple[str, str | None, list[tuple[str, dict]] | str]],
                 *, replace: bool = False) -> ImportPlan:
    """Plan already-read batches [(source name, kind, rows or a file-level problem)] against the store."""
    ctx = Context(store, replace=replace)
    plan = ImportPlan([FilePlan(src, kind) for src, kind, _ in batches], replace=replace)
    seen: dict[tuple, str] = {}
    order = sorted(range(len(batches)), key=lambda i: KINDS.index(batches[i][1]) if batches[i][1] else -1)
    # Codes created by catalog rows are known to the rows after them (documents, feedback).
    for i in order:
        _, kind, rows = batches[i]
        if kind == "catalog" and not isinstance(rows, str):
            ctx.batch_codes.update(nfc(str(r.get("code") or "")).strip() for _, r in rows if "__error__" not in r)
    stat_keys: dict[str, tuple[FilePlan, set]] = {}
    for i in order:
        src, kind, rows = batches[i]
        fplan = plan.files[i]
        if isinstance(rows, str):
            fplan.rows.append(RowPlan("", status="error", error=rows))
            continue
        handler = HANDLERS[kind]
        for where, raw in rows:
            rp = RowPlan(where)
            fplan.rows.append(rp)
            try:
                if "__error__" in raw:
                    raise RowProblem(raw["__error__"])
                rec = handler.normalise(raw, ctx)
                rp.title, rp.record = handler.title(rec), rec
                key = (kind, *handler.key(rec))
                if key in seen:
                    raise RowProblem(f"trùng với {seen[key]} ({rp.title})")
                seen[key] = f"tệp {src}, {where}"
                rp.status, rp.changes = handler.compare(rec, ctx)
                if kind == "statistics":
                    stat_keys.setdefault(rec["period"].code, (fplan, set()))[1].add(key[2:])
            except RowProblem as exc:
                rp.status, rp.error = "error", str(exc)
    if replace:
        for code, (fplan, keys) in stat_keys.items():
            period = next(r.record["period"] for f in plan.files for r in f.rows
                          if r.record.get("period") is not None and r.record["period"].code == code)
            for row in HANDLERS["statistics"].leftovers(period, keys, ctx):
                rp = RowPlan("", title=f"{code} · {row.label}", status="deleted",
                             changes=["không có trong tệp, sẽ bị xóa (--replace)"],
                             record={"period": period, "_row": row})
                try:
                    check_unlocked(store, period.start, period.end)
                except RowProblem as exc:
                    rp.status, rp.error, rp.where = "error", str(exc), f"kỳ {code}"
                fplan.rows.append(rp)
    plan.new_fields = ctx.new_field_notes()
    plan.context = ctx
    return plan


def plan_import(store: Store, paths: Iterable[str | Path], *, kind: str | None = None,
                replace: bool = False) -> ImportPlan:
    """Read and plan files without writing anything (the dry run)."""
    if kind is not None and kind not in KINDS:
        raise UserError(f"Loại dữ liệu không hợp lệ: {kind} (catalog, documents, feedback hoặc statistics).")
    batches: list = []
    for p in paths:
        path = Path(p)
        try:
            k, rows = read_source(path, kind)
            batches.append((str(p), k, rows))
        except FileProblem as exc:
            batches.append((str(p), None, str(exc)))
    return plan_batches(store, batches, replace=replace)


def import_failure(plan: ImportPlan) -> UserError:
    """The error to raise for a plan with problems: how many, and each one (the first 20) with file and row."""
    errors = plan.errors()
    shown = "\n".join(f"  - {e}" for e in errors[:MAX_ERRORS_IN_MESSAGE])
    more = f"\n  ... và {len(errors) - MAX_ERRORS_IN_MESSAGE} lỗi khác" if len(errors) > MAX_ERRORS_IN_MESSAGE else ""
    return UserError(f"Không nhập được: {len(errors)} lỗi. Chưa ghi gì vào dữ liệu.\n{shown}{more}")


def apply_import(store: Store, plan: ImportPlan) -> ImportPlan:
    """Write every new, changed (and, with --replace, deleted) row in one transaction; all or nothing."""
    from tthc_desktop.services.auth import require

    require(store, "import_data")
    if plan.errors():
        raise import_failure(plan)
    ctx = plan.context
    if ctx is None or ctx.store is not store:
        raise UserError("Kế hoạch nhập dữ liệu không thuộc cơ sở dữ liệu đang mở; hãy chạy thử lại.")
    stats_handler = HANDLERS["statistics"]
    ordered = sorted(plan.files, key=lambda f: KINDS.index(f.kind) if f.kind else -1)
    with store.atomic():
        replaced: dict[str, list] = {}
        for fplan in ordered:
            handler = HANDLERS[fplan.kind]
            for rp in fplan.rows:
                try:
                    if plan.replace and fplan.kind == "statistics":
                        replaced.setdefault(rp.record["period"].code, [rp.record["period"], [], False])
                        entry = replaced[rp.record["period"].code]
                        entry[2] = entry[2] or rp.status != "unchanged"
                        if rp.status != "deleted":
                            entry[1].append(stats_handler.figure_row(rp.record, ctx))
                    elif rp.status in ("new", "changed"):
                        handler.write(rp.record, ctx)
                except UserError as exc:
                    raise UserError(f"Không nhập được (tệp {fplan.source}, {rp.where}: {exc.message}). "
                                    "Chưa ghi gì vào dữ liệu.") from exc
        for period, rows, touched in replaced.values():
            if touched:
                statistics.replace_period_rows(store, period, rows)
    plan.applied = True
    return plan


def import_files(store: Store, paths: Iterable[str | Path], *, kind: str | None = None, apply: bool = False,
                 replace: bool = False) -> ImportPlan:
    """Plan the files and, when `apply`, write them; raises UserError (nothing written) on any error."""
    plan = plan_import(store, paths, kind=kind, replace=replace)
    if plan.errors():
        raise import_failure(plan)
    if apply:
        apply_import(store, plan)
    return plan


def import_rows(store: Store, kind: str, rows: list[dict], *, source: str = "dữ liệu", apply: bool = True,
                replace: bool = False) -> ImportPlan:
    """Import rows given as dicts with the keys of docs/formats/<kind>.md (used by `demo` and the GUI)."""
    cmap = fmt.column_map(kind)
    batch = []
    for i, raw in enumerate(rows, start=1):
        unknown = [k for k in raw if fmt.header_key(k) not in cmap]
        batch.append((f"mục {i}", {"__error__": f"khóa “{unknown[0]}” không hợp lệ"} if unknown
                      else {cmap[fmt.header_key(k)]: v for k, v in raw.items()}))
    plan = plan_batches(store, [(source, kind, batch)], replace=replace)
    if plan.errors():
        raise import_failure(plan)
    if apply:
        apply_import(store, plan)
    return plan
