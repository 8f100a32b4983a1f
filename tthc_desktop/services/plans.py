"""The annual plan: a new plan pre-filled from last year's (or a template), and its targets checked
against the period's computed figures ("đạt" / "chưa đạt")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from tthc_desktop.domain.figures import sum_counts
from tthc_desktop.domain.formatting import fmt_pct_value, percent
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.services.figures import PeriodFigures, compute_figures
from tthc_desktop.store import plans
from tthc_desktop.store.db import Store
from tthc_desktop.store.documents import disclosed_share

LAND_FIELDS = ("dat dai", "xay dung", "dau tu")


def _land_satisfaction(fig: PeriodFigures) -> Decimal | None:
    from tthc_desktop.domain.text import fold

    rows = [r.counts for r in fig.field_rows if any(k in fold(r.label) for k in LAND_FIELDS)]
    c = sum_counts(rows)
    return percent(c.survey_satisfied_total, c.survey_total)


def _feedback_on_time(fig: PeriodFigures) -> Decimal | None:
    return percent(fig.feedback.handled_on_time, fig.feedback.handled)


# metric -> (Vietnamese label, function of (store, figures) giving a percentage or None)
METRICS = {
    "online_share": ("Tỷ lệ hồ sơ tiếp nhận trực tuyến", lambda s, f: f.total.shares()["online_of_new"]),
    "online_payment": ("Tỷ lệ thanh toán trực tuyến", lambda s, f: f.total.shares()["paid_online_of_with_fee"]),
    "digitisation": ("Tỷ lệ số hóa hồ sơ khi tiếp nhận", lambda s, f: f.total.shares()["digitised_of_received"]),
    "digitised_results": ("Tỷ lệ số hóa kết quả giải quyết",
                          lambda s, f: f.total.shares()["digitised_results_of_resolved"]),
    "satisfaction": ("Mức độ hài lòng của người dân", lambda s, f: f.total.shares()["satisfaction"]),
    "satisfaction_land": ("Mức độ hài lòng lĩnh vực đất đai, xây dựng, đầu tư", lambda s, f: _land_satisfaction(f)),
    "in_time": ("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", lambda s, f: f.total.shares()["in_time_of_resolved"]),
    "feedback_on_time": ("Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", lambda s, f: _feedback_on_time(f)),
    "disclosure": ("Tỷ lệ TTHC được công khai, niêm yết",
                   lambda s, f: disclosed_share(s, f.period.end.isoformat())),
}
OPS = {">=": "≥", "<=": "≤", "=": "="}

# The template of the sample plan (Thanh Miện 2024): section, content, lead, coordinate, deadline, product, target.
TEMPLATE = [
    ("I", "Xây dựng văn bản chỉ đạo, hướng dẫn của UBND, Chủ tịch UBND về kiểm soát thủ tục hành chính, "
          "cơ chế một cửa, một cửa liên thông.", "Văn phòng HĐND và UBND", "Các bộ phận chuyên môn thuộc UBND",
     "Thường xuyên trong năm", "Quyết định, văn bản chỉ đạo", None),
    ("II", "Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa và trên Trang thông tin điện tử.",
     "Văn phòng HĐND và UBND", "Công chức Văn hóa - Xã hội", "Thường xuyên trong năm",
     "Thủ tục hành chính được công khai, niêm yết", ("disclosure", ">=", 100)),
    ("II", "Rà soát, đơn giản hóa thủ tục hành chính liên quan đến người dân, doanh nghiệp.",
     "Các bộ phận chuyên môn thuộc UBND", "Văn phòng HĐND và UBND", "Quý III", "Báo cáo kết quả rà soát", None),
    ("II", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính và hành vi hành chính đúng thời hạn.",
     "Văn phòng HĐND và UBND", "Các bộ phận chuyên môn thuộc UBND", "Thường xuyên trong năm",
     "Phản ánh, kiến nghị được xử lý", ("feedback_on_time", ">=", 100)),
    ("II", "Khảo sát, đánh giá mức độ hài lòng của người dân, doanh nghiệp khi giải quyết thủ tục hành chính.",
     "Văn phòng HĐND và UBND", "Bộ phận Một cửa", "Thường xuyên trong năm", "Phiếu khảo sát, báo cáo kết quả",
     ("satisfaction", ">=", 90)),
    ("II", "Nâng cao mức độ hài lòng trong giải quyết thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư.",
     "Công chức Địa chính - Xây dựng", "Bộ phận Một cửa", "Thường xuyên trong năm", "Mức độ hài lòng đạt chỉ tiêu",
     ("satisfaction_land", ">=", 85)),
    ("III", "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính trực tuyến trên Cổng Dịch vụ công.",
     "Bộ phận Một cửa", "Các bộ phận chuyên môn thuộc UBND", "Thường xuyên trong năm",
     "Hồ sơ được tiếp nhận trực tuyến", ("online_share", ">=", 50)),
    ("III", "Thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính.", "Bộ phận Một cửa",
     "Các bộ phận chuyên môn thuộc UBND", "Thường xuyên trong năm", "Hồ sơ thanh toán trực tuyến",
     ("online_payment", ">=", 45)),
    ("III", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", "Bộ phận Một cửa",
     "Các bộ phận chuyên môn thuộc UBND", "Thường xuyên trong năm", "Hồ sơ, kết quả được số hóa",
     ("digitisation", ">=", 100)),
    ("IV", "Tuyên truyền về cải cách thủ tục hành chính, dịch vụ công trực tuyến trên hệ thống truyền thanh.",
     "Công chức Văn hóa - Xã hội", "Đài truyền thanh", "Thường xuyên trong năm", "Tin, bài tuyên truyền", None),
    ("IV", "Báo cáo định kỳ công tác kiểm soát thủ tục hành chính (quý, 6 tháng, 9 tháng, năm).",
     "Văn phòng HĐND và UBND", "Các bộ phận chuyên môn thuộc UBND", "Theo quy định", "Báo cáo định kỳ", None),
]


def _move_year(text: str | None, old: int, new: int) -> str | None:
    return re.sub(rf"\b{old}\b", str(new), text) if text else text


def create_plan(store: Store, year: int, *, replace: bool = False) -> int:
    """A new plan for `year`, pre-filled from last year's tasks (years moved on) or from the template."""
    if plans.get_plan(store, year) and not replace:
        raise UserError(f"Đã có kế hoạch năm {year}.")
    previous = plans.get_plan(store, year - 1)
    with store.atomic():
        plan_id = plans.save_plan(store, year)
        store.conn.execute("DELETE FROM plan_tasks WHERE plan_id = ?", (plan_id,))
        if previous:
            for t in previous["tasks"]:
                new = {k: t[k] for k in plans.TASK_COLUMNS if k not in ("done", "done_note")}
                for k in ("content", "deadline_text", "product"):
                    new[k] = _move_year(new[k], year - 1, year)
                new["deadline_date"] = None
                plans.save_task(store, plan_id, new)
        else:
            for seq, (section, content, lead, coord, deadline, product, target) in enumerate(TEMPLATE, start=1):
                metric, op, value = target or (None, None, None)
                plans.save_task(store, plan_id, {
                    "section": section, "seq": seq, "content": content, "lead": lead, "coordinate": coord,
                    "deadline_text": f"{deadline} {year}" if deadline.startswith(("Thường xuyên", "Quý")) else deadline,
                    "product": product, "target_metric": metric, "target_op": op, "target_value": value})
    return plan_id


@dataclass(frozen=True)
class TargetResult:
    """A target of the year measured on a period: value, target and whether it is reached."""

    metric: str
    label: str
    op: str
    target: float
    value: Decimal | None

    @property
    def reached(self) -> bool | None:
        if self.value is None:
            return None
        t = Decimal(str(self.target))
        return {"<=": self.value <= t, "=": self.value == t}.get(self.op, self.value >= t)

    @property
    def verdict(self) -> str:
        return {True: "đạt", False: "chưa đạt", None: "chưa có số liệu"}[self.reached]

    def sentence(self) -> str:
        """"Tỷ lệ hồ sơ tiếp nhận trực tuyến: 96,31% (chỉ tiêu ≥ 50%): đạt"."""
        return (f"{self.label}: {fmt_pct_value(self.value)} (chỉ tiêu {OPS.get(self.op, self.op)} "
                f"{self.target:g}%): {self.verdict}")


def targets_of_year(store: Store, year: int) -> list[tuple[str, str, float]]:
    """(metric, op, value) targets of the plan of `year`; the national thresholds when there is no plan."""
    plan = plans.get_plan(store, year)
    if plan:
        seen, out = set(), []
        for t in plan["tasks"]:
            if t["target_metric"] in METRICS and t["target_metric"] not in seen:
                seen.add(t["target_metric"])
                out.append((t["target_metric"], t["target_op"] or ">=", float(t["target_value"] or 0)))
        return out
    return [("online_share", ">=", 50.0), ("digitisation", ">=", 80.0), ("satisfaction", ">=", 90.0)]


def evaluate_targets(store: Store, period: Period | str, figures: PeriodFigures | None = None) -> list[TargetResult]:
    """Each target of the period's year with its value for the period and whether it is reached."""
    period = parse_period(period) if isinstance(period, str) else period
    fig = figures or compute_figures(store, period)
    out = []
    for metric, op, value in targets_of_year(store, period.year):
        label, fn = METRICS[metric]
        out.append(TargetResult(metric, label, op, value, fn(store, fig)))
    return out


def render_plan_bytes(store: Store, year: int, *, docx: bool = False, draft: bool = False) -> bytes:
    """The plan of `year` as PDF (PDF/A with a signature field; `draft`: watermark, no field) or DOCX bytes."""
    from tthc_desktop.reports.plan import plan_document
    from tthc_desktop.store.profile import get_profile

    plan = plans.get_plan(store, year)
    if plan is None:
        raise UserError(f"Chưa có kế hoạch năm {year}: chạy “tthc-desktop plan --year {year} --new” "
                        "hoặc bấm “Lập kế hoạch” ở mục Kế hoạch.")
    profile = get_profile(store) or {}
    doc = plan_document(plan, profile, draft=draft)
    title = f"Kế hoạch kiểm soát thủ tục hành chính năm {year}"
    author = f"UBND {profile.get('name', '')}".strip()
    if docx:
        from tthc_desktop.reports.docx_writer import render_docx

        return render_docx(doc, title=title, author=author, subject=title)
    from tthc_desktop.reports.nd30 import render_pdf

    stamp = plan.get("issued_on") or f"{year}-01-01"
    return render_pdf(doc, title=title, author=author, subject=title, keywords=["kế hoạch", "KSTTHC"],
                      creation_date=datetime.fromisoformat(stamp), draft=draft)


def render_plan_file(store: Store, year: int, out: str | Path, draft: bool = False) -> Path:
    """Write the plan of `year` to `out` as PDF or DOCX (by the extension): temp file, fsync, rename."""
    from tthc_desktop.fileio import write_bytes_atomic

    data = render_plan_bytes(store, year, docx=str(out).lower().endswith(".docx"), draft=draft)
    write_bytes_atomic(out, data)
    return Path(out)
