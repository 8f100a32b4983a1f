"""Every figure of a period, computed from the store: dossier counts per field and in total, shares,
catalog and feedback counts, the notices issued, and the validation findings.

Counts for a long period come from rows entered for exactly that period, or else are chained from
its quarters (or months) when all of them were entered.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from tthc_desktop.domain.figures import (CatalogCounts, DossierCounts, FeedbackCounts, FigureRow, chain_counts,
                                         sum_counts)
from tthc_desktop.domain.periods import Period, months_of, parse_period, quarters_of
from tthc_desktop.domain.validation import Finding, validate_rows
from tthc_desktop.store import catalog, documents, feedback, statistics
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile, get_setting

SOURCES = ("entered", "register", "chosen")


@dataclass
class PeriodFigures:
    """All computed figures of one period (what `figures --json`, the report and the dashboard show)."""

    period: Period
    unit_name: str
    source: str
    composed_from: list[str]
    rows: list[FigureRow]
    total: DossierCounts
    catalog: CatalogCounts
    feedback: FeedbackCounts
    notices: list[dict]
    findings: list[Finding] = field(default_factory=list)
    missing_periods: list[str] = field(default_factory=list)

    @property
    def field_rows(self) -> list[FigureRow]:
        return [r for r in self.rows if r.group == "linh_vuc"]

    @property
    def vertical_rows(self) -> list[FigureRow]:
        return [r for r in self.rows if r.group == "nganh_doc"]

    @property
    def lien_thong_rows(self) -> list[FigureRow]:
        return [r for r in self.rows if r.group == "lien_thong"]

    @property
    def has_data(self) -> bool:
        return bool(self.rows)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    def to_json(self) -> dict:
        """JSON-ready dict; keys documented in docs/figures-json.md."""
        return {
            "period": {"code": self.period.code, "name": self.period.name, "start": self.period.start.isoformat(),
                       "end": self.period.end.isoformat(), "kind": self.period.kind},
            "unit": self.unit_name,
            "source": self.source,
            "composed_from": self.composed_from,
            "missing_periods": self.missing_periods,
            "total": _counts_json(self.total),
            "fields": [_row_json(r) for r in self.field_rows],
            "vertical_agencies": [_row_json(r) for r in self.vertical_rows],
            "lien_thong": [_row_json(r) for r in self.lien_thong_rows],
            "catalog": vars(self.catalog),
            "feedback": vars(self.feedback),
            "notices": [{"number": n["number"], "issued_on": n["issued_on"], "summary": n["summary"],
                         "kind": n["kind"], "procedures": len(n.get("procedures", []))} for n in self.notices],
            "findings": [f.to_dict() for f in self.findings],
            "valid": not self.errors,
        }


def _pct(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _counts_json(c: DossierCounts) -> dict:
    return {"parts": c.parts(), "totals": c.totals(),
            "declared": {k: v for k, v in c.to_dict().items() if k.startswith("declared_")},
            "shares": {k: _pct(v) for k, v in c.shares().items()}}


def _row_json(r: FigureRow) -> dict:
    return {"group": r.group, "label": r.label, "source_system": r.source_system, "field_id": r.field_id,
            **_counts_json(r.counts)}


def _key(r: FigureRow) -> tuple:
    return (r.group, r.label, r.source_system)


def _chain(parts: list[list[FigureRow]]) -> list[FigureRow]:
    """Chain rows of consecutive sub-periods label by label (a label missing in one part counts zero)."""
    order: list[tuple] = []
    meta: dict[tuple, FigureRow] = {}
    for rows in parts:
        for r in rows:
            if _key(r) not in meta:
                meta[_key(r)] = r
                order.append(_key(r))
    out = []
    for k in order:
        series = [next((r.counts for r in rows if _key(r) == k), DossierCounts()) for rows in parts]
        m = meta[k]
        out.append(FigureRow(m.group, m.label, chain_counts(series), m.field_id, m.source_system, m.data_source))
    return out


def period_rows(store: Store, period: Period, source: str = "entered") -> tuple[list[FigureRow], list[str], list[str]]:
    """(rows, sub-period codes used, sub-period codes missing) for `period` from one data source."""
    if source == "chosen":
        source = get_setting(store, f"stats_source:{period.code}", "entered")
    if source == "register":
        from tthc_desktop.services import register_rollup  # provided by the register feature

        return register_rollup.rows_for_period(store, period), [], []
    exact = statistics.stat_rows(store, period.code, source)
    if exact:
        return exact, [period.code], []
    for subs in (quarters_of(period), months_of(period)):
        if not subs:
            continue
        parts = [statistics.stat_rows(store, p.code, source) for p in subs]
        have = [p.code for p, rows in zip(subs, parts) if rows]
        if have and len(have) == len(subs):
            return _chain(parts), have, []
        if have:
            return [], have, [p.code for p, rows in zip(subs, parts) if not rows]
    return [], [], []


def compute_figures(store: Store, period: Period | str, source: str = "entered") -> PeriodFigures:
    """Compute every figure of `period` and validate it."""
    if isinstance(period, str):
        period = parse_period(period)
    if source not in SOURCES:
        from tthc_desktop.errors import UserError

        raise UserError(f"Nguồn số liệu không hợp lệ: {source} (register, entered hoặc chosen).")
    if source == "chosen":  # report the source actually used, not the word "chosen"
        source = get_setting(store, f"stats_source:{period.code}", "entered")
    rows, used, missing = period_rows(store, period, source)
    start, end = period.start.isoformat(), period.end.isoformat()
    profile = get_profile(store) or {}
    total = sum_counts(r.counts.without_declared() for r in rows if r.group == "linh_vuc")
    findings = validate_rows(rows)
    if missing:
        findings.append(Finding("warning", "missing_periods", "Kỳ báo cáo",
                                "Thiếu số liệu của các kỳ: " + ", ".join(parse_period(m).name for m in missing)))
    notices = [d for d in documents.list_documents(store, start=start, end=end)
               if d["kind"] in ("thong_bao", "quyet_dinh", "niem_yet")
               and ({"cong_bo", "cong_khai"} & set(d["tags"]) or d["kind"] == "niem_yet")]
    return PeriodFigures(period=period, unit_name=profile.get("name", ""), source=source, composed_from=used,
                         rows=rows, total=total, catalog=catalog.catalog_counts(store, start, end),
                         feedback=feedback.feedback_counts(store, start, end), notices=notices,
                         findings=findings, missing_periods=missing)
