"""How each kind of import row is read, compared with the store and written (catalog, documents, feedback,
statistics). `importing` drives these handlers; they only call store functions.

A row's status is new, changed or unchanged against what the store holds; problems raise `RowProblem`
(a whole row) or `CellProblem` (one column), which the importer turns into "tệp X, dòng N: ..." messages.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tthc_desktop.domain.figures import COLUMN_LABELS, DECLARED_COLUMNS, PART_COLUMNS, DossierCounts, FigureRow
from tthc_desktop.domain.formatting import fmt_date, fmt_int
from tthc_desktop.domain.matching import field_key, match_field
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.domain.text import fold
from tthc_desktop.errors import UserError
from tthc_desktop.services import data_formats as fmt
from tthc_desktop.services.data_formats import ValueProblem
from tthc_desktop.store import catalog, documents, feedback, statistics
from tthc_desktop.store.db import Store
from tthc_desktop.store.locks import assert_unlocked
from tthc_desktop.store.statistics import ROW_GROUPS


class RowProblem(Exception):
    """A row that cannot be imported; the message is Vietnamese and names the value."""


class CellProblem(RowProblem):
    """One cell that cannot be read."""

    def __init__(self, column: str, value: Any, problem: str):
        shown = value if not isinstance(value, (list, dict)) else str(value)
        super().__init__(f"cột “{column}”: giá trị “{shown}” {problem}")
        self.column = column


@dataclass
class Context:
    """What planning knows beyond the store: codes and fields a batch creates, caches of store reads."""

    store: Store
    replace: bool = False
    batch_codes: set[str] = field(default_factory=set)
    new_fields: dict[str, str] = field(default_factory=dict)  # field_key(name) -> name
    _fields: dict[str, str] | None = None
    _stats: dict[str, dict[tuple, FigureRow]] = field(default_factory=dict)

    def field_named(self, name: str) -> str | None:
        """The stored field `name` stands for, compared by `field_key` (no diacritics, case, punctuation or
        "Lĩnh vực" prefix; NCC, TĐKT ... expanded), so "Thi đua khen thưởng" is "Thi đua, khen thưởng"."""
        if self._fields is None:
            self._fields = {field_key(f["name"]): f["name"] for f in catalog.list_fields(self.store)}
        key = field_key(name)
        return self._fields.get(key) or self.new_fields.get(key)

    def note_field(self, name: str) -> str:
        """Canonical field name; unknown names are remembered as fields the import will create."""
        found = self.field_named(name)
        if found:
            return found
        self.new_fields[field_key(name)] = name
        return name

    def new_field_notes(self) -> list[str]:
        """Fields the import would create, each with the closest existing field when one looks alike."""
        existing = list((self._fields or {}).values())
        notes = []
        for name in self.new_fields.values():
            near = match_field(name, existing, threshold=0.75)
            notes.append(f"{name} (gần giống “{near.candidate}”?)" if near.candidate else name)
        return notes

    def code_known(self, code: str) -> bool:
        return code in self.batch_codes or catalog.find_procedure_by_code(self.store, code) is not None

    def stat_rows(self, period: Period) -> dict[tuple, FigureRow]:
        if period.code not in self._stats:
            self._stats[period.code] = {(r.group, r.label, r.source_system): r
                                        for r in statistics.stat_rows(self.store, period.code)}
        return self._stats[period.code]


def _cell(rec: dict, raw: dict, key: str, parser, *args, **kw) -> None:
    """Parse raw[key] into rec[key] when the column is present."""
    if key not in raw:
        return
    try:
        rec[key] = parser(raw[key], *args, **kw)
    except ValueProblem as exc:
        raise CellProblem(key, raw[key], str(exc)) from None


def check_unlocked(store: Store, start: str | date | None, end: str | date | None = None) -> None:
    """RowProblem naming the issued report when the dates fall in a locked period."""
    try:
        assert_unlocked(store, start, end)
    except UserError as exc:
        raise RowProblem(exc.message) from None


def _show(value: Any) -> str:
    if value is None or value == "":
        return "(trống)"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return fmt_int(value)
    if isinstance(value, list):
        return "; ".join(map(str, value)) or "(trống)"
    return f"“{value}”"


def _same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b


def _diff(existing: dict, rec: dict, keys) -> list[str]:
    return [f"{k}: {_show(existing.get(k))} → {_show(rec[k])}" for k in keys
            if k in rec and not _same(existing.get(k), rec[k])]


# --- catalog -----------------------------------------------------------------------------------------------

class CatalogRows:
    """Danh mục TTHC: one row per procedure, keyed by national code."""

    kind = "catalog"
    compared = ("local_code", "name", "agency", "level", "online_type", "lien_thong", "procedure_type", "has_fee",
                "fee_text", "processing_days", "processing_hours", "effective_from", "abolished_on", "note")

    def normalise(self, raw: dict, ctx: Context) -> dict:
        rec: dict = {}
        for key in ("code", "local_code", "name", "field", "agency", "level", "procedure_type", "fee_text", "note"):
            _cell(rec, raw, key, fmt.text)
        if not rec.get("code"):
            raise RowProblem("thiếu mã thủ tục (cột “code”, ví dụ 1.001193)")
        _cell(rec, raw, "online_type", fmt.online_type)
        _cell(rec, raw, "lien_thong", fmt.lien_thong)
        # A bare "có" says the procedure is liên thông, not at which level: a stored level is kept.
        rec["_lien_thong_generic"] = fold(str(raw.get("lien_thong") or "")) in fmt.GENERIC_YES
        _cell(rec, raw, "processing_days", fmt.decimal_number)
        _cell(rec, raw, "processing_hours", fmt.decimal_number)
        for key in ("effective_from", "abolished_on", "changed_on"):
            _cell(rec, raw, key, fmt.day)
        _cell(rec, raw, "has_fee", fmt.flag)
        if rec.get("has_fee") is None and ("has_fee" in raw or "fee_text" in raw):
            rec["has_fee"] = fmt.fee_flag_from_text(rec.get("fee_text"))
        if rec.get("field"):
            rec["field"] = ctx.note_field(rec["field"])
        return rec

    def key(self, rec: dict) -> tuple:
        return (rec["code"],)

    def title(self, rec: dict) -> str:
        return f"{rec['code']} {rec.get('name') or ''}".strip()

    def compare(self, rec: dict, ctx: Context) -> tuple[str, list[str]]:
        existing = catalog.find_procedure_by_code(ctx.store, rec["code"])
        if existing is None:
            if not rec.get("name"):
                raise RowProblem(f"thủ tục mới {rec['code']} thiếu tên (cột “name”)")
            if not rec.get("field"):
                raise RowProblem(f"thủ tục mới {rec['code']} thiếu lĩnh vực (cột “field”)")
            check_unlocked(ctx.store, rec.get("effective_from"))
            check_unlocked(ctx.store, rec.get("abolished_on"))
            return "new", []
        rec["_id"] = existing["id"]
        rec["_abolished_before"] = existing.get("abolished_on")
        if rec.pop("_lien_thong_generic", False) and (existing.get("lien_thong") or "none") != "none":
            rec["lien_thong"] = existing["lien_thong"]
        changes = _diff(existing, rec, self.compared)
        if rec.get("field"):
            old_field = catalog.field_name(ctx.store, existing["field_id"])
            if field_key(old_field) != field_key(rec["field"]):
                changes.append(f"field: “{old_field}” → “{rec['field']}”")
        if changes:
            check_unlocked(ctx.store, rec.get("changed_on") or date.today().isoformat())
            if rec.get("abolished_on") and rec["abolished_on"] != existing.get("abolished_on"):
                check_unlocked(ctx.store, rec["abolished_on"])
        return ("changed" if changes else "unchanged"), changes

    def write(self, rec: dict, ctx: Context) -> None:
        data = {k: v for k, v in rec.items() if k in catalog.PROCEDURE_COLUMNS}
        if rec.get("field"):
            data["field_id"] = catalog.ensure_field(ctx.store, rec["field"])
        if rec.get("changed_on"):
            data["changed_on"] = rec["changed_on"]
        if rec.get("_id"):
            data["id"] = rec["_id"]  # a partial row (code + changed columns) updates by id
        pid = catalog.save_procedure(ctx.store, data)
        if rec.get("abolished_on") and rec["abolished_on"] != rec.get("_abolished_before"):
            catalog.abolish_procedure(ctx.store, pid, rec["abolished_on"])


# --- documents ---------------------------------------------------------------------------------------------

class DocumentRows:
    """Văn bản: kế hoạch, quyết định, thông báo (with the procedures they publish), công văn, báo cáo."""

    kind = "documents"

    def normalise(self, raw: dict, ctx: Context) -> dict:
        rec: dict = {}
        _cell(rec, raw, "kind", fmt.document_kind)
        for key in ("number", "summary", "issuer", "note"):
            _cell(rec, raw, key, fmt.text)
        _cell(rec, raw, "issued_on", fmt.day)
        _cell(rec, raw, "tags", fmt.tags)
        _cell(rec, raw, "procedures", fmt.procedure_links)
        for key, label in (("kind", "loại văn bản"), ("issued_on", "ngày ban hành"), ("summary", "trích yếu")):
            if not rec.get(key):
                raise RowProblem(f"thiếu {label} (cột “{key}”)")
        return rec

    def key(self, rec: dict) -> tuple:
        if rec.get("number"):
            return (rec["kind"], rec["number"], rec["issued_on"])
        return (rec["kind"], rec["issued_on"], fold(rec["summary"]))

    def title(self, rec: dict) -> str:
        number = f"số {rec['number']} " if rec.get("number") else ""
        return f"{documents.DOCUMENT_KINDS[rec['kind']]} {number}ngày {fmt_date(rec['issued_on'])}"

    def _existing(self, rec: dict, ctx: Context) -> dict | None:
        for doc in documents.list_documents(ctx.store, start=rec["issued_on"], end=rec["issued_on"], kind=rec["kind"]):
            if self.key(doc) == self.key(rec):
                return doc
        return None

    def compare(self, rec: dict, ctx: Context) -> tuple[str, list[str]]:
        for code, _ in rec.get("procedures", []):
            if not ctx.code_known(code):
                raise RowProblem(f"thủ tục mã “{code}” không có trong danh mục (nhập danh mục trước, hoặc cùng lúc)")
        existing = self._existing(rec, ctx)
        if existing is None:
            check_unlocked(ctx.store, rec["issued_on"])
            return "new", []
        rec["_id"] = existing["id"]
        rec["_existing"] = existing
        changes = _diff(existing, rec, ("number", "summary", "tags", "issuer", "note"))
        if "procedures" in rec:
            old = sorted((p["code"], p["action"]) for p in existing["procedures"])
            if old != sorted(rec["procedures"]):
                changes.append(f"procedures: {_show([f'{c}:{a}' for c, a in old])} → "
                               f"{_show([f'{c}:{a}' for c, a in rec['procedures']])}")
        if changes:
            check_unlocked(ctx.store, rec["issued_on"])
        return ("changed" if changes else "unchanged"), changes

    def write(self, rec: dict, ctx: Context) -> None:
        old = rec.get("_existing") or {}
        data = {k: old.get(k) for k in ("kind", "number", "issued_on", "summary", "tags", "issuer", "note")}
        data.update({k: v for k, v in rec.items() if not k.startswith("_") and k != "procedures"})
        if rec.get("_id"):
            data["id"] = rec["_id"]
        links = None
        if "procedures" in rec:
            links = [(catalog.find_procedure_by_code(ctx.store, code)["id"], action)
                     for code, action in rec["procedures"]]
        documents.save_document(ctx.store, data, links)


# --- feedback ----------------------------------------------------------------------------------------------

class FeedbackRows:
    """Phản ánh, kiến nghị: keyed by the date received and the summary."""

    kind = "feedback"
    compared = ("channel", "subject", "sender", "deadline", "resolved_on", "outcome", "published")

    def normalise(self, raw: dict, ctx: Context) -> dict:
        rec: dict = {}
        for key in ("sender", "summary", "outcome", "procedure_code"):
            _cell(rec, raw, key, fmt.text)
        for key in ("received_on", "deadline", "resolved_on"):
            _cell(rec, raw, key, fmt.day)
        _cell(rec, raw, "channel", fmt.channel)
        _cell(rec, raw, "subject", fmt.subject)
        _cell(rec, raw, "published", fmt.flag)
        if "published" in rec and rec["published"] is None:
            rec["published"] = 0
        for key, label in (("received_on", "ngày tiếp nhận"), ("subject", "đối tượng phản ánh"),
                           ("summary", "nội dung")):
            if not rec.get(key):
                raise RowProblem(f"thiếu {label} (cột “{key}”)")
        if rec.get("resolved_on") and rec["resolved_on"] < rec["received_on"]:
            raise RowProblem(f"ngày xử lý xong {fmt_date(rec['resolved_on'])} trước ngày tiếp nhận "
                             f"{fmt_date(rec['received_on'])}")
        return rec

    def key(self, rec: dict) -> tuple:
        return (rec["received_on"], fold(rec["summary"]))

    def title(self, rec: dict) -> str:
        summary = rec["summary"] if len(rec["summary"]) <= 60 else rec["summary"][:57] + "..."
        return f"ngày {fmt_date(rec['received_on'])}: {summary}"

    def compare(self, rec: dict, ctx: Context) -> tuple[str, list[str]]:
        code = rec.get("procedure_code")
        if code and not ctx.code_known(code):
            raise RowProblem(f"thủ tục mã “{code}” không có trong danh mục")
        existing = next((f for f in feedback.list_feedback(ctx.store, start=rec["received_on"], end=rec["received_on"])
                         if f["received_on"] == rec["received_on"] and self.key(f) == self.key(rec)), None)
        if existing is None:
            check_unlocked(ctx.store, rec["received_on"])
            check_unlocked(ctx.store, rec.get("resolved_on"))
            return "new", []
        rec["_id"] = existing["id"]
        rec["_existing"] = existing
        changes = _diff(existing, rec, self.compared)
        if "procedure_code" in rec:
            old_code = (catalog.get_procedure(ctx.store, existing["procedure_id"])["code"]
                        if existing.get("procedure_id") else None)
            if not _same(old_code, code):
                changes.append(f"procedure_code: {_show(old_code)} → {_show(code)}")
        if changes:
            check_unlocked(ctx.store, rec["received_on"])
            check_unlocked(ctx.store, rec.get("resolved_on"))
        return ("changed" if changes else "unchanged"), changes

    def write(self, rec: dict, ctx: Context) -> None:
        old = rec.get("_existing") or {}
        data = {k: old.get(k) for k in feedback.COLUMNS}
        data.update({k: v for k, v in rec.items() if k in feedback.COLUMNS})
        if "procedure_code" in rec:
            code = rec["procedure_code"]
            data["procedure_id"] = catalog.find_procedure_by_code(ctx.store, code)["id"] if code else None
        if rec.get("_id"):
            data["id"] = rec["_id"]
        feedback.save_feedback(ctx.store, data)


# --- statistics --------------------------------------------------------------------------------------------

class StatisticsRows:
    """Số liệu hồ sơ: one row per period x group x label x source system; the clerk's parts, never totals."""

    kind = "statistics"

    def normalise(self, raw: dict, ctx: Context) -> dict:
        rec: dict = {}
        _cell(rec, raw, "period", fmt.text)
        if not rec.get("period"):
            raise RowProblem("thiếu kỳ báo cáo (cột “period”, ví dụ 2023 hoặc 2023-Q2)")
        try:
            rec["period"] = parse_period(rec["period"])
        except UserError:
            raise CellProblem("period", raw["period"], "không phải kỳ báo cáo hợp lệ (dùng 2023, 2023-Q2, "
                              "2023-6M, 2023-6MC, 2023-9M, 2023-M05 hoặc 2023-01-01..2023-10-30)") from None
        _cell(rec, raw, "row_group", fmt.row_group)
        rec.setdefault("row_group", "linh_vuc")
        _cell(rec, raw, "label", fmt.text)
        if not rec.get("label"):
            raise RowProblem("thiếu tên dòng (cột “label”: lĩnh vực, cơ quan ngành dọc hoặc nhóm liên thông)")
        _cell(rec, raw, "source_system", fmt.text)
        rec["source_system"] = rec.get("source_system") or ""
        for key in PART_COLUMNS:
            rec[key] = 0
            _cell(rec, raw, key, fmt.count)
        for key in (*DECLARED_COLUMNS, "survey_total"):
            rec[key] = None
            _cell(rec, raw, key, fmt.count, optional=True)
        counts = DossierCounts.from_mapping(rec)
        if rec["survey_total"] is not None and rec["survey_total"] != counts.survey_total:
            raise RowProblem(f"tổng số phiếu khảo sát {fmt_int(rec['survey_total'])} nhưng rất hài lòng + hài lòng + "
                             f"bình thường + không hài lòng = {fmt_int(counts.survey_total)}")
        if rec["row_group"] == "linh_vuc":
            rec["label"] = ctx.note_field(rec["label"])
        return rec

    def key(self, rec: dict) -> tuple:
        return (rec["period"].code, rec["row_group"], fold(rec["label"]), rec["source_system"])

    def title(self, rec: dict) -> str:
        system = f" ({rec['source_system']})" if rec["source_system"] else ""
        return f"{rec['period'].code} · {ROW_GROUPS[rec['row_group']]} {rec['label']}{system}"

    def figure_row(self, rec: dict, ctx: Context) -> FigureRow:
        field_id = catalog.ensure_field(ctx.store, rec["label"]) if rec["row_group"] == "linh_vuc" else None
        return FigureRow(rec["row_group"], rec["label"], DossierCounts.from_mapping(rec), field_id,
                         rec["source_system"])

    def compare(self, rec: dict, ctx: Context) -> tuple[str, list[str]]:
        existing = ctx.stat_rows(rec["period"]).get((rec["row_group"], rec["label"], rec["source_system"]))
        counts = DossierCounts.from_mapping(rec)
        if existing is None:
            check_unlocked(ctx.store, rec["period"].start, rec["period"].end)
            return "new", []
        old = existing.counts
        changes = [f"{COLUMN_LABELS.get(c, c)} ({c}): {_show(getattr(old, c))} → {_show(getattr(counts, c))}"
                   for c in (*PART_COLUMNS, *DECLARED_COLUMNS) if getattr(old, c) != getattr(counts, c)]
        if changes:
            check_unlocked(ctx.store, rec["period"].start, rec["period"].end)
        return ("changed" if changes else "unchanged"), changes

    def leftovers(self, period: Period, keys: set[tuple], ctx: Context) -> list[FigureRow]:
        """Stored rows of `period` that a --replace import would delete (not in the file)."""
        return [r for k, r in ctx.stat_rows(period).items() if (k[0], fold(k[1]), k[2]) not in keys]

    def write(self, rec: dict, ctx: Context) -> None:
        statistics.save_stat_row(ctx.store, rec["period"], self.figure_row(rec, ctx))


HANDLERS = {h.kind: h for h in (CatalogRows(), DocumentRows(), FeedbackRows(), StatisticsRows())}
