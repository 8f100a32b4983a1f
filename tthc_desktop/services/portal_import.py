"""Import of the one-stop system's statistics sheet ("TỔNG HỢP TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC
HÀNH CHÍNH") into a period's dossier counts: fields matched by Vietnamese-aware fuzzy matching, the
sheet's own totals kept as declared totals so every disagreement shows, one transaction."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.matching import match_fields
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.domain.validation import Finding, validate_rows
from tthc_desktop.errors import UserError
from tthc_desktop.exchange.portal_sheet import PortalRow, PortalSheet, read_portal_sheet
from tthc_desktop.store import catalog, statistics
from tthc_desktop.store.db import Store


@dataclass
class PortalImport:
    """What an import would write: rows per (section, field), the mapping used and what disagrees."""

    sheet: PortalSheet
    period: Period
    mapping: dict[str, str | None]
    suggestions: dict[str, str | None]
    rows: list[FigureRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def unmatched(self) -> list[str]:
        return [name for name, target in self.mapping.items() if target is None]

    @property
    def differences(self) -> list[str]:
        return self.sheet.differences


def _counts(r: PortalRow) -> DossierCounts:
    # The sheet merges direct and postal intake in column (5): it is kept as "direct".
    return DossierCounts(carried_over=r.carried_over, new_online=r.new_online, new_direct=r.new_direct_postal,
                         resolved_early=r.early, resolved_on_time=r.on_time, resolved_late=r.late,
                         pending_in_time=r.pending_in_time, pending_overdue=r.pending_overdue,
                         declared_received=r.received_total, declared_resolved=r.resolved_total,
                         declared_pending=r.pending_total)


def _period_of(sheet: PortalSheet, code: str | None) -> Period:
    if code:
        return parse_period(code)
    if sheet.period_code:
        return parse_period(sheet.period_code)
    if sheet.period_start and sheet.period_end:
        return parse_period(f"{sheet.period_start.isoformat()}..{sheet.period_end.isoformat()}")
    raise UserError(f"Không xác định được kỳ báo cáo của bảng {sheet.file_name} (“{sheet.period_text}”): "
                    "hãy chọn kỳ (--period).")


def preview_portal_import(store: Store, path: str | Path, period_code: str | None = None,
                          sheet_name: str | None = None, manual_map: dict[str, str] | None = None) -> PortalImport:
    """Parse the sheet, match its field names to the catalog's fields, build the rows; writes nothing."""
    sheet = read_portal_sheet(path, sheet_name)
    period = _period_of(sheet, period_code)
    fields = [f["name"] for f in catalog.list_fields(store)]
    matches = match_fields([r.field_name for r in sheet.rows], fields)
    manual = manual_map or {}
    mapping: dict[str, str | None] = {}
    suggestions: dict[str, str | None] = {}
    for name, m in matches.items():
        chosen = manual.get(name)
        if chosen is not None and chosen not in fields:
            raise UserError(f"Lĩnh vực “{chosen}” (chọn cho “{name}”) không có trong danh mục lĩnh vực.")
        mapping[name] = chosen or m.candidate
        suggestions[name] = m.suggestion
    imp = PortalImport(sheet, period, mapping, suggestions)
    multi = len(sheet.sections) > 1
    for r in sheet.rows:
        target = mapping.get(r.field_name)
        if target is None:
            continue
        imp.rows.append(FigureRow("linh_vuc", target, _counts(r), None, r.section if multi else "", "entered"))
    seen: dict[tuple, int] = {}
    for row in imp.rows:
        key = (row.label, row.source_system)
        seen[key] = seen.get(key, 0) + 1
    dup = [k for k, n in seen.items() if n > 1]
    if dup:
        raise UserError("Nhiều dòng của bảng cùng ứng với một lĩnh vực trong cùng một phần: "
                        + "; ".join(f"{label} ({sec or 'toàn bảng'})" for label, sec in dup)
                        + ". Hãy ghép lại bằng tay.")
    imp.findings = validate_rows(imp.rows)
    return imp


def apply_portal_import(store: Store, imp: PortalImport) -> int:
    """Replace the period's entered rows of the imported fields in one transaction; returns rows written."""
    from tthc_desktop.services.auth import require

    require(store, "import_data")
    if imp.unmatched:
        raise UserError("Còn lĩnh vực chưa ghép với danh mục: " + ", ".join(imp.unmatched)
                        + ". Hãy chọn lĩnh vực tương ứng trước khi nhập.")
    with store.atomic():
        for row in imp.rows:
            fid = catalog.ensure_field(store, row.label)
            statistics.save_stat_row(store, imp.period, FigureRow(row.group, row.label, row.counts, fid,
                                                                  row.source_system, row.data_source))
    return len(imp.rows)
