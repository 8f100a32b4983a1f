"""Dossier statistics per period x row (field, vertical agency, liên thông group) x source system."""
from __future__ import annotations

from tthc_desktop.domain.figures import DECLARED_COLUMNS, PART_COLUMNS, DossierCounts, FigureRow
from tthc_desktop.domain.periods import Period
from tthc_desktop.domain.text import nfc
from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store, now_iso
from tthc_desktop.store.locks import assert_unlocked

ROW_GROUPS = {"linh_vuc": "Lĩnh vực", "nganh_doc": "Ngành dọc", "lien_thong": "Liên thông"}
DATA_SOURCES = {"entered": "nhập tay / cổng", "register": "sổ theo dõi hồ sơ"}


def periods_with_stats(store: Store, data_source: str = "entered") -> list[str]:
    """Period codes that have statistics rows."""
    return [r["period"] for r in store.rows(
        "SELECT DISTINCT period FROM dossier_stats WHERE data_source = ? ORDER BY period_end", (data_source,))]


def stat_rows(store: Store, period_code: str, data_source: str = "entered") -> list[FigureRow]:
    """Rows stored for exactly this period code, fields first (in field order)."""
    rows = store.rows(
        "SELECT s.*, f.sort_order FROM dossier_stats s LEFT JOIN fields f ON f.id = s.field_id "
        "WHERE s.period = ? AND s.data_source = ? "
        "ORDER BY CASE s.row_group WHEN 'linh_vuc' THEN 0 WHEN 'nganh_doc' THEN 1 ELSE 2 END, "
        "s.source_system, coalesce(f.sort_order, 9999), s.label", (period_code, data_source))
    return [FigureRow(group=r["row_group"], label=r["label"], counts=DossierCounts.from_mapping(r),
                      field_id=r["field_id"], source_system=r["source_system"] or "",
                      data_source=r["data_source"]) for r in rows]


def _check(row: dict, where: str) -> None:
    for c in PART_COLUMNS + DECLARED_COLUMNS:
        v = row.get(c)
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, int):
            raise UserError(f"{where}: cột “{c}” phải là số nguyên, nhận được {v!r}.")
        if v < 0:
            raise UserError(f"{where}: cột “{c}” không được âm ({v}).")


def save_stat_row(store: Store, period: Period, row: FigureRow) -> None:
    """Insert or replace one row of counts for `period` (refused when the period is locked)."""
    values = {"period": period.code, "period_start": period.start.isoformat(),
              "period_end": period.end.isoformat(), "row_group": row.group, "label": nfc(row.label),
              "field_id": row.field_id, "source_system": nfc(row.source_system or ""),
              "data_source": row.data_source, **row.counts.to_dict(), "updated_at": now_iso()}
    if row.group not in ROW_GROUPS:
        raise UserError(f"Nhóm dòng số liệu không hợp lệ: {row.group!r}.")
    _check(values, f"Kỳ {period.name}, {row.label}")
    with store.atomic():
        assert_unlocked(store, period.start, period.end)
        store.conn.execute(
            "DELETE FROM dossier_stats WHERE period = ? AND row_group = ? AND label = ? AND source_system = ? "
            "AND data_source = ?", (values["period"], row.group, values["label"], values["source_system"],
                                    row.data_source))
        store.db["dossier_stats"].insert(values)


def replace_period_rows(store: Store, period: Period, rows: list[FigureRow], data_source: str = "entered") -> None:
    """Replace every row of one period and source in one transaction."""
    with store.atomic():
        assert_unlocked(store, period.start, period.end)
        store.conn.execute("DELETE FROM dossier_stats WHERE period = ? AND data_source = ?",
                           (period.code, data_source))
        for row in rows:
            save_stat_row(store, period, row)


def delete_stat_row(store: Store, period: Period, group: str, label: str, source_system: str = "",
                    data_source: str = "entered") -> None:
    with store.atomic():
        assert_unlocked(store, period.start, period.end)
        store.conn.execute(
            "DELETE FROM dossier_stats WHERE period = ? AND row_group = ? AND label = ? AND source_system = ? "
            "AND data_source = ?", (period.code, group, label, source_system, data_source))
