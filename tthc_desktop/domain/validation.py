"""Validation rules over dossier counts. Errors block issuing a report; warnings do not.

Each finding names the row, the rule and the numbers in Vietnamese, e.g.
"Lĩnh vực Hộ tịch: đã giải quyết 2.053 nhưng trước hạn + đúng hạn + quá hạn = 2.022".
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from tthc_desktop.domain.figures import COLUMN_LABELS, DossierCounts, FigureRow, sum_counts
from tthc_desktop.domain.formatting import fmt_int

ERROR = "error"
WARNING = "warning"

GROUP_PREFIX = {"linh_vuc": "Lĩnh vực", "nganh_doc": "Ngành dọc", "lien_thong": "Nhóm liên thông"}


@dataclass(frozen=True)
class Finding:
    """One broken rule: where (scope), which rule (code), severity and the Vietnamese message."""

    severity: str
    rule: str
    scope: str
    message: str
    column: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _scope(row: FigureRow) -> str:
    prefix = GROUP_PREFIX.get(row.group, "")
    if row.group == "nganh_doc" or row.label.lower().startswith(prefix.lower()):
        return row.label
    system = f" ({row.source_system})" if row.source_system else ""
    return f"{prefix} {row.label}{system}".strip()


def validate_counts(scope: str, c: DossierCounts) -> list[Finding]:
    """Every rule that applies to one row of counts."""
    out: list[Finding] = []

    def err(rule: str, column: str, text: str, severity: str = ERROR) -> None:
        out.append(Finding(severity, rule, scope, f"{scope}: {text}", column))

    if c.declared_new is not None and c.declared_new != c.new:
        err("new_parts", "declared_new",
            f"mới tiếp nhận {fmt_int(c.declared_new)} nhưng trực tuyến + trực tiếp + bưu chính = {fmt_int(c.new)}")
    if c.declared_received is not None and c.declared_received != c.received:
        err("received_parts", "declared_received",
            f"tổng số tiếp nhận {fmt_int(c.declared_received)} nhưng từ kỳ trước + mới tiếp nhận = "
            f"{fmt_int(c.received)}")
    if c.declared_resolved is not None and c.declared_resolved != c.resolved:
        err("resolved_parts", "declared_resolved",
            f"đã giải quyết {fmt_int(c.declared_resolved)} nhưng trước hạn + đúng hạn + quá hạn = "
            f"{fmt_int(c.resolved)}")
    if c.declared_pending is not None and c.declared_pending != c.pending:
        err("pending_parts", "declared_pending",
            f"đang giải quyết {fmt_int(c.declared_pending)} nhưng trong hạn + quá hạn = {fmt_int(c.pending)}")
    received = c.shown_received()
    if received != c.resolved + c.pending:
        err("received_balance", "pending_in_time",
            f"tổng số tiếp nhận {fmt_int(received)} nhưng đã giải quyết + đang giải quyết = "
            f"{fmt_int(c.resolved)} + {fmt_int(c.pending)} = {fmt_int(c.resolved + c.pending)}")
    if c.digitised_received > received:
        err("digitised_received", "digitised_received",
            f"số hóa khi tiếp nhận {fmt_int(c.digitised_received)} lớn hơn số tiếp nhận {fmt_int(received)}")
    if c.digitised_results > c.resolved:
        err("digitised_results", "digitised_results",
            f"số hóa kết quả {fmt_int(c.digitised_results)} lớn hơn số đã giải quyết {fmt_int(c.resolved)}")
    if c.paid_online > c.with_fee:
        err("paid_online", "paid_online",
            f"thanh toán trực tuyến {fmt_int(c.paid_online)} lớn hơn số hồ sơ có thu phí {fmt_int(c.with_fee)}")
    if c.with_fee > received:
        err("with_fee", "with_fee",
            f"số hồ sơ có thu phí {fmt_int(c.with_fee)} lớn hơn số tiếp nhận {fmt_int(received)}", WARNING)
    if c.returned_by_post > c.resolved:
        err("returned_by_post", "returned_by_post",
            f"trả kết quả qua bưu chính {fmt_int(c.returned_by_post)} lớn hơn số đã giải quyết "
            f"{fmt_int(c.resolved)}", WARNING)
    return out


def validate_survey(scope: str, c: DossierCounts, declared_total: int | None) -> list[Finding]:
    """Survey parts must add up to the declared number of forms (when a source declared it)."""
    if declared_total is None or declared_total == c.survey_total:
        return []
    return [Finding(ERROR, "survey_parts", scope,
                    f"{scope}: tổng số phiếu khảo sát {fmt_int(declared_total)} nhưng rất hài lòng + hài lòng + "
                    f"bình thường + không hài lòng = {fmt_int(c.survey_total)}", "survey_satisfied")]


def validate_rows(rows: list[FigureRow], declared_total: DossierCounts | None = None) -> list[Finding]:
    """Rules for every row, and that field rows sum to a declared total row (e.g. a TỔNG CỘNG)."""
    out: list[Finding] = []
    for row in rows:
        out.extend(validate_counts(_scope(row), row.counts))
    if declared_total is not None:
        field_sum = sum_counts(r.counts for r in rows if r.group == "linh_vuc")
        for column in ("new_online", "new_direct", "new_postal", "carried_over", "resolved_early",
                       "resolved_on_time", "resolved_late", "pending_in_time", "pending_overdue"):
            a, b = getattr(declared_total, column), getattr(field_sum, column)
            if a != b:
                out.append(Finding(ERROR, "sum_of_fields", "Tổng cộng",
                                   f"Tổng cộng: cột {COLUMN_LABELS[column]} ghi {fmt_int(a)} nhưng cộng các "
                                   f"lĩnh vực được {fmt_int(b)}", column))
    return out


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)
