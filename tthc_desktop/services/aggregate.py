"""Receiving level: completeness and timeliness (tình hình nộp báo cáo) and aggregated figures (số liệu tổng hợp).

Completeness is a units x periods table (đúng hạn / muộn / chưa nộp / chưa đến hạn), judged on the time the
unit made its first package against a deadline rule kept in settings (default: the 17th of the period's
last month). Aggregation sums the current packages of a period, per unit and per field, keeps the receiving
unit's own figures ("Tại <đơn vị>") apart from its communes' ("Tại các xã, phường"), and validates with the
same rules as a commune's own figures.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from tthc_desktop.domain.figures import DossierCounts, FeedbackCounts, FigureRow, sum_counts
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.domain.text import fold, nfc
from tthc_desktop.domain.validation import Finding, validate_rows
from tthc_desktop.errors import UserError
from tthc_desktop.exchange.package import row_from_json
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import receiving
from tthc_desktop.store.catalog import list_fields
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile, get_setting, set_setting

DEADLINE_DAY_SETTING = "exchange.deadline_day"
DEADLINE_SETTING_PREFIX = "exchange.deadline:"  # + period code -> ISO date, overrides the rule for one period
OWN_LABEL_SETTING = "exchange.own_label"
DEFAULT_DEADLINE_DAY = 17
ON_TIME, LATE, MISSING, NOT_DUE = "on_time", "late", "missing", "not_due"
STATUS_LABELS = {ON_TIME: "đúng hạn", LATE: "muộn", MISSING: "chưa nộp", NOT_DUE: "chưa đến hạn"}
_TYPE_WORDS = (("xa", "xã"), ("phuong", "phường"), ("thi-tran", "thị trấn"), ("dac-khu", "đặc khu"))


# ---------------------------------------------------------------- completeness
def deadline_for(store: Store, period: Period) -> date:
    """Deadline of a period: a per-period setting, else day N (setting, default 17) of the period's last month.

    For a custom range ending after day N, the deadline is N - 14 days after its end (3 days by default).
    """
    override = get_setting(store, DEADLINE_SETTING_PREFIX + period.code)
    if override:
        return date.fromisoformat(override)
    day = int(get_setting(store, DEADLINE_DAY_SETTING, DEFAULT_DEADLINE_DAY))
    if not 1 <= day <= 28:
        raise UserError(f"Ngày hạn nộp {day} không hợp lệ (cần từ 1 đến 28).")
    end = period.end
    candidate = date(end.year, end.month, day)
    return candidate if candidate > end else end + timedelta(days=max(day - 14, 1))


def exchange_settings(store: Store) -> dict:
    """The receiving level's settings: deadline day, per-period deadlines, the label of its own figures."""
    per_period = {k[len(DEADLINE_SETTING_PREFIX):]: v
                  for k, v in receiving.settings_with_prefix(store, DEADLINE_SETTING_PREFIX).items()}
    profile = get_profile(store) or {}
    return {"deadline_day": int(get_setting(store, DEADLINE_DAY_SETTING, DEFAULT_DEADLINE_DAY)),
            "period_deadlines": per_period,
            "own_label": get_setting(store, OWN_LABEL_SETTING) or f"Tại {profile.get('name', '')}"}


def set_exchange_settings(store: Store, *, deadline_day: int | None = None,
                          period_deadline: tuple[str, str | None] | None = None, own_label: str | None = None) -> dict:
    """Change the deadline rule (day 1-28 of the period's last month), one period's deadline (ISO date, or
    None to go back to the rule), or the label of the receiving unit's own figures ("Tại thành phố")."""
    with store.atomic():
        if deadline_day is not None:
            if not 1 <= deadline_day <= 28:
                raise UserError(f"Ngày hạn nộp {deadline_day} không hợp lệ: chọn từ 1 đến 28.")
            set_setting(store, DEADLINE_DAY_SETTING, deadline_day)
        if period_deadline is not None:
            code, day = period_deadline
            period = parse_period(code)
            if day:
                try:
                    when = date.fromisoformat(day)
                except ValueError:
                    raise UserError(f"Hạn nộp “{day}” không hợp lệ: viết dạng 2025-06-20.") from None
                if when < period.end:
                    raise UserError(f"Hạn nộp {when:%d/%m/%Y} trước ngày chốt số liệu {period.end:%d/%m/%Y} của "
                                    f"{period.name}.")
                set_setting(store, DEADLINE_SETTING_PREFIX + period.code, when.isoformat())
            else:
                receiving.delete_setting(store, DEADLINE_SETTING_PREFIX + period.code)
        if own_label is not None:
            label = nfc(own_label).strip()
            if label:
                set_setting(store, OWN_LABEL_SETTING, label)
            else:
                receiving.delete_setting(store, OWN_LABEL_SETTING)
    return exchange_settings(store)


@dataclass(frozen=True)
class Submission:
    """One cell of the completeness table."""

    unit_code: str
    period: str
    status: str
    deadline: date
    first_at: str | None = None
    last_at: str | None = None
    packages: int = 0

    @property
    def days_late(self) -> int:
        if self.status != LATE or not self.first_at:
            return 0
        return (datetime.fromisoformat(self.first_at).date() - self.deadline).days

    @property
    def label(self) -> str:
        if self.status == LATE:
            return f"muộn {self.days_late} ngày"
        return STATUS_LABELS[self.status]


@dataclass
class CompletenessTable:
    """Units x periods: who reported, on time or late, and who has not."""

    periods: list[Period]
    units: list[dict]
    cells: dict[tuple[str, str], Submission]
    deadlines: dict[str, date] = field(default_factory=dict)

    def cell(self, unit_code: str, period_code: str) -> Submission:
        return self.cells[(unit_code, period_code)]

    def counts(self, period_code: str) -> dict[str, int]:
        """How many units are in each status for one period."""
        out = {s: 0 for s in STATUS_LABELS}
        for u in self.units:
            out[self.cells[(u["code"], period_code)].status] += 1
        return out

    def to_json(self) -> dict:
        return {
            "periods": [{"code": p.code, "name": p.name, "deadline": self.deadlines[p.code].isoformat(),
                         "counts": self.counts(p.code)} for p in self.periods],
            "units": [{"code": u["code"], "name": u["name"], "cells": {
                p.code: {"status": c.status, "label": c.label, "first_at": c.first_at, "last_at": c.last_at,
                         "packages": c.packages, "days_late": c.days_late}
                for p in self.periods for c in [self.cells[(u["code"], p.code)]]}} for u in self.units],
        }


def completeness(store: Store, periods: list[str | Period], *, today: date | None = None) -> CompletenessTable:
    """Completeness and timeliness of every registered unit over several periods at once."""
    today = today or date.today()
    plist = [parse_period(p) if isinstance(p, str) else p for p in periods]
    units = receiving.list_units(store)
    subs = receiving.first_submissions(store, [p.code for p in plist])
    cells: dict[tuple[str, str], Submission] = {}
    deadlines = {p.code: deadline_for(store, p) for p in plist}
    for p in plist:
        deadline = deadlines[p.code]
        for u in units:
            s = subs.get((u["code"], p.code))
            if s is None:
                status = NOT_DUE if today <= deadline else MISSING
                cells[(u["code"], p.code)] = Submission(u["code"], p.code, status, deadline)
                continue
            on_time = datetime.fromisoformat(s["first_at"]).date() <= deadline
            cells[(u["code"], p.code)] = Submission(u["code"], p.code, ON_TIME if on_time else LATE, deadline,
                                                    s["first_at"], s["last_at"], s["packages"])
    return CompletenessTable(plist, units, cells, deadlines)


# ---------------------------------------------------------------- aggregation
@dataclass
class UnitFigures:
    """The figures one unit sent for the period (from its current package), validated."""

    code: str
    name: str
    unit_type: str | None
    is_self: bool
    rows: list[FigureRow]
    total: DossierCounts
    feedback: FeedbackCounts
    catalog: dict
    notices: int
    package_uuid: str | None = None
    created_at: str | None = None
    report: dict | None = None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class AggregateFigures:
    """Totals of a receiving level for one period, per unit and per field."""

    period: Period
    receiving_name: str
    units: list[UnitFigures]
    missing: list[dict]
    own_label: str
    communes_label: str
    rows: list[FigureRow]
    findings: list[Finding]

    @property
    def own_units(self) -> list[UnitFigures]:
        return [u for u in self.units if u.is_self]

    @property
    def commune_units(self) -> list[UnitFigures]:
        return [u for u in self.units if not u.is_self]

    @property
    def own(self) -> DossierCounts | None:
        """"Tại <đơn vị>": the receiving unit's own figures, None when it has none."""
        return sum_counts(u.total for u in self.own_units) if self.own_units else None

    @property
    def communes(self) -> DossierCounts:
        return sum_counts(u.total for u in self.commune_units)

    @property
    def total(self) -> DossierCounts:
        return sum_counts(u.total for u in self.units)

    @property
    def feedback(self) -> FeedbackCounts:
        out = FeedbackCounts()
        for u in self.units:
            for k, v in vars(u.feedback).items():
                setattr(out, k, getattr(out, k) + v)
        return out

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def errors_to_fix(self) -> list[Finding]:
        """Errors the units must fix; the totals' own errors only when no unit error explains them
        (the balance rules add up, so a unit's slip shows again in the totals)."""
        per_unit = [f for u in self.units for f in u.findings if f.severity == "error"]
        return per_unit or self.errors

    def to_json(self) -> dict:
        """JSON-ready dict (keys documented in docs/formats/package.md, section aggregate)."""
        return {
            "period": {"code": self.period.code, "name": self.period.name, "start": self.period.start.isoformat(),
                       "end": self.period.end.isoformat()},
            "receiving_unit": self.receiving_name,
            "total": _counts_json(self.total),
            "own": None if self.own is None else {"label": self.own_label, **_counts_json(self.own)},
            "communes": {"label": self.communes_label, "units": len(self.commune_units),
                         **_counts_json(self.communes)},
            "units": [{"code": u.code, "name": u.name, "is_self": u.is_self, "package_uuid": u.package_uuid,
                       "created_at": u.created_at, "report": u.report, "total": _counts_json(u.total),
                       "feedback": vars(u.feedback), "catalog": u.catalog, "notices": u.notices,
                       "findings": [f.to_dict() for f in u.findings]} for u in self.units],
            "fields": [_row_json(r) for r in self.rows if r.group == "linh_vuc"],
            "vertical_agencies": [_row_json(r) for r in self.rows if r.group == "nganh_doc"],
            "lien_thong": [_row_json(r) for r in self.rows if r.group == "lien_thong"],
            "feedback": vars(self.feedback),
            "missing": [{"code": m["code"], "name": m["name"]} for m in self.missing],
            "findings": [f.to_dict() for f in self.findings],
            "valid": not self.errors,
        }


def _counts_json(c: DossierCounts) -> dict:
    def pct(v):
        return None if v is None else f"{v:.2f}"

    return {"parts": c.parts(), "totals": c.totals(), "shares": {k: pct(v) for k, v in c.shares().items()}}


def _row_json(r: FigureRow) -> dict:
    return {"group": r.group, "label": r.label, **_counts_json(r.counts)}


def _prefixed(unit_name: str, findings: list[Finding]) -> list[Finding]:
    return [replace(f, scope=f"{unit_name} — {f.scope}", message=f"{unit_name} — {f.message}") for f in findings]


def _unit_from_package(pkg: dict) -> UnitFigures:
    rows = [row_from_json(i + 1, r) for i, r in enumerate(pkg["rows"] or [])]
    rows = [replace(r, label=nfc(r.label), source_system=nfc(r.source_system)) for r in rows]
    fb = FeedbackCounts(**{k: int(v) for k, v in (pkg["feedback"] or {}).items()
                           if k in FeedbackCounts.__dataclass_fields__})
    name = pkg["unit_name"]
    return UnitFigures(
        code=pkg["unit_code"], name=name, unit_type=pkg["unit_type"], is_self=bool(pkg["is_self"]), rows=rows,
        total=sum_counts(r.counts.without_declared() for r in rows if r.group == "linh_vuc"), feedback=fb,
        catalog=pkg["catalog"] or {}, notices=int(pkg["notices"] or 0), package_uuid=pkg["uuid"],
        created_at=pkg["created_at"], report=pkg["report"], findings=_prefixed(name, validate_rows(rows)))


def _own_store_figures(store: Store, period: Period, profile: dict) -> UnitFigures | None:
    """The receiving unit's own desk figures entered in this store, if any."""
    fig = compute_figures(store, period, "chosen")
    if not fig.has_data:
        return None
    name = profile.get("name", "")
    return UnitFigures(code=profile.get("code") or "", name=name, unit_type=profile.get("unit_type"), is_self=True,
                       rows=fig.rows, total=fig.total, feedback=fig.feedback, catalog=vars(fig.catalog),
                       notices=len(fig.notices), findings=_prefixed(name, fig.findings))


def communes_label(unit_types: list[str | None]) -> str:
    """"Tại các xã, phường" from the unit types present (default xã, phường)."""
    present = [word for code, word in _TYPE_WORDS if code in set(unit_types)]
    return "Tại các " + ", ".join(present or ["xã", "phường"])


def _merge_rows(store: Store, units: list[UnitFigures]) -> list[FigureRow]:
    """Rows summed over units per group and field label (labels matched without diacritics and case)."""
    order = {fold(f["name"]): i for i, f in enumerate(list_fields(store))}
    merged: dict[tuple[str, str], FigureRow] = {}
    first_seen: dict[tuple[str, str], int] = {}
    for u in units:
        for r in u.rows:
            key = (r.group, fold(r.label))
            counts = r.counts.without_declared()
            if key in merged:
                merged[key] = replace(merged[key], counts=merged[key].counts + counts)
            else:
                merged[key] = FigureRow(r.group, r.label, counts)
                first_seen[key] = len(first_seen)
    groups = {"linh_vuc": 0, "nganh_doc": 1, "lien_thong": 2}
    return [merged[k] for k in sorted(merged, key=lambda k: (groups[k[0]], order.get(k[1], 10_000), first_seen[k]))]


def aggregate(store: Store, period: Period | str) -> AggregateFigures:
    """Aggregated figures of a period over the current packages (and this store's own figures)."""
    period = parse_period(period) if isinstance(period, str) else period
    profile = get_profile(store) or {}
    packages = receiving.current_packages(store, period.code)
    units = [_unit_from_package(p) for p in packages]
    own = _own_store_figures(store, period, profile)
    if own is not None:
        units.insert(0, own)
    reported = {p["unit_code"] for p in packages}
    missing = [u for u in receiving.list_units(store) if u["code"] not in reported]
    rows = _merge_rows(store, units)
    findings = [f for u in units for f in u.findings] + _prefixed("Tổng hợp", validate_rows(rows))
    name = profile.get("name", "")
    own_label = get_setting(store, OWN_LABEL_SETTING) or f"Tại {name}"
    return AggregateFigures(period=period, receiving_name=name, units=units, missing=missing, own_label=own_label,
                            communes_label=communes_label([u.unit_type for u in units if not u.is_self]),
                            rows=rows, findings=findings)
