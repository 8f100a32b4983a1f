"""The demo commune (xã Đồng Lạc, dữ liệu mẫu): profile, ~130 procedures with a year of changes, notices,
plans and directives, feedback across quarters and dossier counts for every ended quarter since 2025.

Deterministic (seeded per quarter and row) and idempotent: everything goes through the importer, which
writes only rows that differ, so running `demo` twice changes nothing. Refuses a store holding a real
unit's data unless the caller confirmed (CLI: --yes).
"""
from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tthc_desktop.assets import asset_path
from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.services.importing import import_rows
from tthc_desktop.services.setup import after_init
from tthc_desktop.store import catalog, documents, feedback, statistics
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile, get_setting, save_profile, set_setting

DEMO_YEAR = 2025
DEMO_SETTING = "demo_unit"
SEED = "tthc-demo-dong-lac"
_TYPE_CODES = {"ke_hoach": "KH-UBND", "quyet_dinh": "QĐ-UBND", "thong_bao": "TB-UBND", "bao_cao": "BC-UBND",
               "chi_thi": "CT-UBND", "cong_van": "UBND-VP", "niem_yet": "NY-UBND"}
# Typical processing days where the starter catalog does not say.
_DAYS = {"hộ tịch": 3, "chứng thực": 1, "đất đai": 10, "bảo trợ xã hội": 10, "người có công": 12}


@dataclass
class DemoSummary:
    """What `demo` left in the store (printed by the CLI)."""

    unit: str
    procedures: int
    in_force: int
    documents: int
    feedback: int
    quarters: list[str] = field(default_factory=list)
    written: int = 0
    day: date = field(default_factory=date.today)

    def lines(self) -> list[str]:
        span = f"{self.quarters[0]} … {self.quarters[-1]}" if self.quarters else "chưa có quý nào kết thúc"
        change = (f"đã ghi {self.written} dòng thay đổi" if self.written
                  else "không có gì thay đổi (dữ liệu mẫu đã có sẵn)")
        return [f"Dữ liệu mẫu {self.unit}: {change}.",
                f"- Danh mục: {self.procedures} thủ tục, {self.in_force} đang thực hiện ngày {fmt_date(self.day)}",
                f"- Văn bản: {self.documents}; phản ánh, kiến nghị: {self.feedback}",
                f"- Số liệu hồ sơ: {len(self.quarters)} quý ({span})",
                f"Xem thử: tthc-desktop figures --period {DEMO_YEAR}"]


def _data() -> dict:
    return json.loads(asset_path("resources/data/demo-commune.json").read_text(encoding="utf-8"))


def real_data_summary(store: Store) -> str | None:
    """A short description of a real unit's data in the store, or None (empty store or demo store)."""
    if get_setting(store, DEMO_SETTING):
        return None
    counts = [(len(catalog.list_procedures(store)), "thủ tục"), (len(documents.list_documents(store)), "văn bản"),
              (len(feedback.list_feedback(store)), "phản ánh"),
              (len(statistics.periods_with_stats(store)), "kỳ số liệu")]
    parts = [f"{n} {what}" for n, what in counts if n]
    if not parts:
        return None
    profile = get_profile(store) or {}
    return f"{profile.get('name', 'đơn vị')}: " + ", ".join(parts)


# --- catalog -----------------------------------------------------------------------------------------------

def _catalog_rows(store: Store, data: dict, today: date) -> tuple[list[dict], list[dict], list[dict]]:
    """(base rows, amendments, abolitions) for the importer; amended procedures start from their old values."""
    rng = random.Random(f"{SEED}:catalog")
    with asset_path("resources/data/catalog-xa-starter.csv").open(encoding="utf-8-sig", newline="") as fh:
        starter = [{"code": r["ma_tthc"], "name": r["ten_tthc"], "field": r["linh_vuc"], "online_type": r["muc_do_dvc"],
                    "lien_thong": r["lien_thong"], "processing_days": r["thoi_han_ngay_lam_viec"],
                    "fee_text": r["phi_le_phi"]} for r in csv.DictReader(fh)]
    new_on = {code: day for day, codes in data["new"].items() for code in codes}
    amended = {a["code"]: a for a in data["amended"] if a["on"] <= today.isoformat()}
    base = []
    for row in starter + [{**r, "note": "Dữ liệu mẫu"} for r in data["extra_procedures"]]:
        row = dict(row)
        if new_on.get(row["code"], "") > today.isoformat():
            continue  # published after `today`: not in the catalog yet
        if not row["online_type"]:
            row["online_type"] = rng.choices(["toan_trinh", "mot_phan", "none"], [35, 45, 20])[0]
        if not row["processing_days"]:
            row["processing_days"] = _DAYS.get(row["field"].lower()) or rng.choice([5, 7, 10, 15])
        row.update({"agency": "Ủy ban nhân dân cấp xã", "level": "Cấp xã", "effective_from": new_on.get(row["code"])})
        a = amended.get(row["code"])
        if a:
            row.update(a["after"])
            if catalog.find_procedure_by_code(store, row["code"]) is None:
                row.update(a["before"])
        base.append(row)
    changes = [{"code": a["code"], **a["after"], "changed_on": a["on"]} for a in amended.values()]
    abolished = [{"code": code, "abolished_on": day} for day, codes in data["abolished"].items()
                 for code in codes if day <= today.isoformat()]
    return base, changes, abolished


# --- documents and feedback ----------------------------------------------------------------------------------

def _number(kind: str, day: date, used: set[str]) -> str:
    """Numbers run per year in one register, roughly 1.8 a day as in the samples (29/TB on 17/01)."""
    n = max(1, int(day.timetuple().tm_yday * 1.8) + 1)
    while f"{day.year}:{n}" in used:
        n += 1
    used.add(f"{day.year}:{n}")
    return f"{n:02d}/{_TYPE_CODES[kind]}"


def _document_rows(data: dict, base: list[dict], today: date) -> list[dict]:
    used: set[str] = set()
    rows = []
    for doc in data["documents"]:
        day = date.fromisoformat(doc["on"])
        if day > today:
            continue
        row = {"kind": doc["kind"], "number": _number(doc["kind"], day, used), "issued_on": doc["on"],
               "summary": doc["summary"], "tags": doc["tags"], "issuer": None, "note": None}
        links = list(doc.get("procedures", []))
        if doc.get("listing") == "all":
            links += [f"{r['code']}:listing" for r in base
                      if (r["effective_from"] or "") <= doc["on"] and r["code"] not in _abolished_by(data, doc["on"])]
        if doc.get("procedures_new_on"):
            links += [f"{c}:new" for c in data["new"][doc["procedures_new_on"]]]
        row["procedures"] = links
        rows.append(row)
    return rows


def _abolished_by(data: dict, day: str) -> set[str]:
    return {code for d, codes in data["abolished"].items() if d <= day for code in codes}


def _feedback_rows(data: dict, today: date) -> list[dict]:
    rows = []
    for item in data["feedback"]:
        received = date.fromisoformat(item["received_on"])
        if received > today:
            continue
        resolved = received + timedelta(days=item["resolved_days"]) if item.get("resolved_days") else None
        if resolved and resolved > today:
            resolved = None
        rows.append({"received_on": item["received_on"], "channel": item["channel"], "subject": item["subject"],
                     "sender": item["sender"], "summary": item["summary"],
                     "procedure_code": item.get("procedure_code"),
                     "deadline": (received + timedelta(days=21)).isoformat(),  # ~15 working days
                     "resolved_on": resolved.isoformat() if resolved else None,
                     "outcome": item["outcome"] if resolved else None, "published": item["published"]})
    return rows


# --- dossier counts ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _RowSpec:
    """How one statistics row behaves per quarter: size, online share, fees, pending share, first quarter."""

    group: str
    label: str
    base: int
    online: tuple[float, float]
    fee_share: float = 0.0
    fee_unit: int = 0
    pay: tuple[float, float] = (0.0, 0.0)
    pending: float = 0.01
    late: int = 0
    since: str = "2025-Q1"
    until: str | None = None
    survey: bool = True
    early: tuple[float, float] = (0.85, 0.95)


_SPECS = (
    _RowSpec("linh_vuc", "Hộ tịch", 360, (0.86, 0.93), 0.35, 8_000, (0.45, 0.65), 0.012, 1),
    _RowSpec("linh_vuc", "Chứng thực", 540, (0.95, 0.99), 0.97, 22_000, (0.35, 0.55), 0.008),
    _RowSpec("linh_vuc", "Bảo trợ xã hội", 32, (0.80, 0.92), pending=0.06, late=1),
    _RowSpec("linh_vuc", "Người có công", 20, (0.25, 0.55), pending=0.08),
    _RowSpec("linh_vuc", "Đất đai", 4, (0.40, 0.60), 0.90, 100_000, (0.30, 0.50), 0.15, 2, until="2025-Q2"),
    _RowSpec("linh_vuc", "Đất đai", 75, (0.45, 0.65), 0.90, 100_000, (0.30, 0.50), 0.15, 2, since="2025-Q3"),
    _RowSpec("linh_vuc", "Thi đua khen thưởng", 3, (0.85, 1.0)),
    _RowSpec("linh_vuc", "Hộ kinh doanh", 18, (0.80, 0.95), 1.0, 100_000, (0.60, 0.80), 0.05, since="2025-Q3"),
    _RowSpec("linh_vuc", "Hoạt động xây dựng", 9, (0.50, 0.70), 1.0, 75_000, (0.40, 0.60), 0.2, 1, since="2025-Q3"),
    _RowSpec("nganh_doc", "Công an xã", 480, (1.0, 1.0), pending=0.0, survey=False, early=(0.0, 0.0)),
    _RowSpec("nganh_doc", "Ban Chỉ huy Quân sự xã", 45, (0.0, 0.0), pending=0.0, survey=False, early=(0.0, 0.0)),
    _RowSpec("lien_thong", "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi", 24,
             (1.0, 1.0), pending=0.0, survey=False, early=(0.6, 0.8)),
    _RowSpec("lien_thong", "Đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng", 9, (1.0, 1.0),
             pending=0.0, survey=False, early=(0.6, 0.8)),
)
_SEASON = {1: 1.10, 2: 0.95, 3: 1.0, 4: 1.05}


def ended_quarters(today: date) -> list[Period]:
    """Quarters from 2025-Q1 whose window has ended by `today` (the whole demo year at least)."""
    out, year = [], DEMO_YEAR
    while True:
        for q in range(1, 5):
            p = parse_period(f"{year}-Q{q}")
            if p.end >= today and year > DEMO_YEAR:
                return out
            out.append(p)
        year += 1


def _counts(spec: _RowSpec, period: Period, carried: int) -> dict:
    rng = random.Random(f"{SEED}:{period.code}:{spec.group}:{spec.label}:{spec.since}")
    quarter = int(period.code[-1])
    growth = 1.06 ** (period.year - DEMO_YEAR)
    new = round(spec.base * _SEASON[quarter] * growth * rng.uniform(0.88, 1.12))
    if spec.label.startswith("Ban Chỉ huy") and quarter == 1:
        new *= 2  # military service registration peaks before the call-up
    shift = 0.04 * (period.year - DEMO_YEAR)
    online = min(new, round(new * min(1.0, rng.uniform(*spec.online) + shift)))
    postal = 1 if spec.group == "linh_vuc" and new - online > 3 and rng.random() < 0.4 else 0
    received = carried + new
    pending = round(new * spec.pending * rng.uniform(0.6, 1.4))
    overdue = 1 if spec.late and pending > 2 and rng.random() < 0.3 else 0
    resolved = received - pending
    late = min(resolved, rng.randint(0, spec.late))
    early = round((resolved - late) * rng.uniform(*spec.early))
    # Digitised at receipt and fees are counted on the dossiers received in the quarter (not carried ones),
    # so quarters add up to a valid year.
    with_fee = round(new * spec.fee_share)
    paid = round(with_fee * rng.uniform(*spec.pay)) if with_fee else 0
    row = {"period": period.code, "row_group": spec.group, "label": spec.label, "carried_over": carried,
           "new_online": online, "new_direct": new - online - postal, "new_postal": postal,
           "resolved_early": early, "resolved_on_time": resolved - late - early, "resolved_late": late,
           "pending_in_time": pending - overdue, "pending_overdue": overdue,
           "digitised_received": new - rng.randint(0, new // 40),
           "digitised_results": resolved - rng.randint(0, resolved // 40),
           "with_fee": with_fee, "paid_online": paid, "fees_collected": with_fee * spec.fee_unit,
           "returned_by_post": min(resolved, postal + (rng.randint(0, 2) if spec.label == "Hộ tịch" else 0)),
           "e_certified": round(resolved * 0.08) if spec.label == "Chứng thực" else 0}
    if spec.survey:
        forms = round(resolved * rng.uniform(0.8, 0.95))
        unhappy = 1 if forms > 200 and rng.random() < 0.3 else 0
        neutral = rng.randint(0, max(0, forms // 150))
        very = round(forms * rng.uniform(0.25, 0.4))
        row.update(survey_very_satisfied=very, survey_satisfied=forms - very - neutral - unhappy,
                   survey_neutral=neutral, survey_unsatisfied=unhappy, survey_total=forms)
    return row


def _statistics_rows(quarters: list[Period]) -> list[dict]:
    rows, pending = [], {}
    for period in quarters:
        merged: dict[tuple, dict] = {}
        for spec in _SPECS:
            if parse_period(spec.since).start > period.start or (
                    spec.until and parse_period(spec.until).end < period.end):
                continue  # before 1/7/2025 land registration was a district job
            key = (spec.group, spec.label)
            row = _counts(spec, period, pending.get(key, 0 if period.code != "2025-Q1" else
                                                    round(spec.base * spec.pending)))
            merged[key] = row
        for key, row in merged.items():
            pending[key] = row["pending_in_time"] + row["pending_overdue"]
            if row["carried_over"] or row["new_online"] or row["new_direct"] or row["new_postal"]:
                rows.append(row)
    return rows


# --- the whole demo ----------------------------------------------------------------------------------------

def _demo_plans(store: Store, today: date) -> int:
    """The annual KSTTHC plan of every demo year (issued in early January), the first from the template."""
    from tthc_desktop.services.plans import create_plan
    from tthc_desktop.store import plans

    written = 0
    for year in range(today.year - 1, today.year + 1):
        if plans.get_plan(store, year) is None:
            create_plan(store, year)
            plans.save_plan(store, year, number=f"{3 if year % 2 else 5:02d}/KH-UBND", issued_on=f"{year}-01-06",
                            decision_number=f"{2 if year % 2 else 4:02d}", decision_date=f"{year}-01-06")
            written += 1
    last = plans.get_plan(store, today.year - 1)
    if last and not any(t["done"] for t in last["tasks"]):
        for task in last["tasks"][:3]:
            plans.mark_task_done(store, task["id"], True, "Đã thực hiện trong năm")
        written += 1
    return written


def build_demo(store: Store, *, today: date | None = None) -> DemoSummary:
    """Create or refresh the demo commune in `store` in one transaction; returns what it holds."""
    today = today or date.today()
    data = _data()
    written = 0
    with store.atomic():
        profile = get_profile(store) or {}
        wanted = data["profile"]
        if any(profile.get(k) != v for k, v in wanted.items()):
            save_profile(store, **wanted)
            written += 1
        if get_setting(store, DEMO_SETTING) != wanted["name"]:
            set_setting(store, DEMO_SETTING, wanted["name"])
        after_init(store)
        base, changes, abolished = _catalog_rows(store, data, today)
        for kind, rows in (("catalog", base), ("catalog", changes), ("catalog", abolished),
                           ("documents", _document_rows(data, base, today)), ("feedback", _feedback_rows(data, today)),
                           ("statistics", _statistics_rows(ended_quarters(today)))):
            written += import_rows(store, kind, rows, source="dữ liệu mẫu").writes
        written += _demo_plans(store, today)
        from tthc_desktop.services.register import seed_demo_register  # an outage week in the register

        written += seed_demo_register(store, today)
    quarters = [p for p in statistics.periods_with_stats(store) if "-Q" in p]
    return DemoSummary(unit=wanted["name"], procedures=len(catalog.list_procedures(store)),
                       in_force=len(catalog.list_procedures(store, on=today, status="in_force")), day=today,
                       documents=len(documents.list_documents(store)), feedback=len(feedback.list_feedback(store)),
                       quarters=quarters, written=written)
