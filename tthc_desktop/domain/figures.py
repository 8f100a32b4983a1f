"""Dossier counts (số liệu hồ sơ) in the Biểu II.06a layout and the figures computed from them.

The clerk types only the parts; every total and share is computed here. Totals declared by a source
(a portal sheet, a typed report) are kept beside the computed ones so validation can show slips.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from decimal import Decimal

from tthc_desktop.domain.formatting import percent

PART_COLUMNS = (
    "carried_over", "new_online", "new_direct", "new_postal",
    "resolved_early", "resolved_on_time", "resolved_late",
    "pending_in_time", "pending_overdue",
    "digitised_received", "digitised_results", "with_fee", "paid_online", "fees_collected",
    "returned_by_post", "e_certified",
    "survey_very_satisfied", "survey_satisfied", "survey_neutral", "survey_unsatisfied",
)
DECLARED_COLUMNS = ("declared_received", "declared_new", "declared_resolved", "declared_pending")

# Vietnamese labels of every column, used by validation messages, the grid and exports.
COLUMN_LABELS = {
    "received": "tổng số tiếp nhận", "new": "mới tiếp nhận", "carried_over": "từ kỳ trước",
    "new_online": "trực tuyến", "new_direct": "trực tiếp", "new_postal": "bưu chính",
    "resolved": "đã giải quyết", "resolved_early": "trước hạn", "resolved_on_time": "đúng hạn",
    "resolved_late": "quá hạn", "pending": "đang giải quyết", "pending_in_time": "trong hạn",
    "pending_overdue": "quá hạn", "digitised_received": "số hóa khi tiếp nhận",
    "digitised_results": "số hóa kết quả", "with_fee": "có thu phí, lệ phí",
    "paid_online": "thanh toán trực tuyến", "fees_collected": "phí, lệ phí thu được (đồng)",
    "returned_by_post": "trả kết quả qua bưu chính", "e_certified": "chứng thực điện tử",
    "survey_very_satisfied": "rất hài lòng", "survey_satisfied": "hài lòng",
    "survey_neutral": "bình thường", "survey_unsatisfied": "không hài lòng",
}


@dataclass(frozen=True)
class DossierCounts:
    """One row of counts: a field (lĩnh vực), a vertical agency or a liên thông group, or a total."""

    carried_over: int = 0
    new_online: int = 0
    new_direct: int = 0
    new_postal: int = 0
    resolved_early: int = 0
    resolved_on_time: int = 0
    resolved_late: int = 0
    pending_in_time: int = 0
    pending_overdue: int = 0
    digitised_received: int = 0
    digitised_results: int = 0
    with_fee: int = 0
    paid_online: int = 0
    fees_collected: int = 0
    returned_by_post: int = 0
    e_certified: int = 0
    survey_very_satisfied: int = 0
    survey_satisfied: int = 0
    survey_neutral: int = 0
    survey_unsatisfied: int = 0
    declared_received: int | None = None
    declared_new: int | None = None
    declared_resolved: int | None = None
    declared_pending: int | None = None

    @classmethod
    def from_mapping(cls, row: dict) -> "DossierCounts":
        """Build from a store row or JSON dict; unknown keys are ignored, NULL parts count as 0."""
        kw = {}
        for f in fields(cls):
            v = row.get(f.name)
            if f.name in DECLARED_COLUMNS:
                kw[f.name] = None if v is None or v == "" else int(v)
            else:
                kw[f.name] = int(v or 0)
        return cls(**kw)

    # computed totals (the clerk never types these)
    @property
    def new_direct_postal(self) -> int:
        return self.new_direct + self.new_postal

    @property
    def new(self) -> int:
        return self.new_online + self.new_direct + self.new_postal

    @property
    def received(self) -> int:
        return self.carried_over + self.new

    @property
    def resolved(self) -> int:
        return self.resolved_early + self.resolved_on_time + self.resolved_late

    @property
    def resolved_in_time(self) -> int:
        return self.resolved_early + self.resolved_on_time

    @property
    def pending(self) -> int:
        return self.pending_in_time + self.pending_overdue

    @property
    def survey_total(self) -> int:
        return self.survey_very_satisfied + self.survey_satisfied + self.survey_neutral + self.survey_unsatisfied

    @property
    def survey_satisfied_total(self) -> int:
        return self.survey_very_satisfied + self.survey_satisfied

    def shown_received(self) -> int:
        """The received total as a report should print it: declared if a source gave one, else computed."""
        return self.declared_received if self.declared_received is not None else self.received

    def shown_resolved(self) -> int:
        return self.declared_resolved if self.declared_resolved is not None else self.resolved

    def shares(self) -> dict[str, Decimal | None]:
        """Every percentage a report prints, computed from integers (2 decimals, half up)."""
        return {
            "online_of_new": percent(self.new_online, self.new),
            "direct_postal_of_new": percent(self.new_direct_postal, self.new),
            "early_of_resolved": percent(self.resolved_early, self.resolved),
            "on_time_of_resolved": percent(self.resolved_on_time, self.resolved),
            "late_of_resolved": percent(self.resolved_late, self.resolved),
            "in_time_of_resolved": percent(self.resolved_in_time, self.resolved),
            "resolved_of_received": percent(self.resolved, self.received),
            "digitised_of_received": percent(self.digitised_received, self.received),
            "digitised_results_of_resolved": percent(self.digitised_results, self.resolved),
            "paid_online_of_with_fee": percent(self.paid_online, self.with_fee),
            "very_satisfied_of_survey": percent(self.survey_very_satisfied, self.survey_total),
            "satisfied_of_survey": percent(self.survey_satisfied, self.survey_total),
            "neutral_of_survey": percent(self.survey_neutral, self.survey_total),
            "unsatisfied_of_survey": percent(self.survey_unsatisfied, self.survey_total),
            "satisfaction": percent(self.survey_satisfied_total, self.survey_total),
        }

    def totals(self) -> dict[str, int]:
        return {
            "received": self.received, "new": self.new, "new_direct_postal": self.new_direct_postal,
            "resolved": self.resolved, "resolved_in_time": self.resolved_in_time, "pending": self.pending,
            "survey_total": self.survey_total,
        }

    def parts(self) -> dict[str, int]:
        return {c: getattr(self, c) for c in PART_COLUMNS}

    def __add__(self, other: "DossierCounts") -> "DossierCounts":
        """Sum of two rows (fields of one period). Declared totals add only when both have them."""
        kw = {c: getattr(self, c) + getattr(other, c) for c in PART_COLUMNS}
        for c in DECLARED_COLUMNS:
            a, b = getattr(self, c), getattr(other, c)
            kw[c] = None if a is None and b is None else (a if a is not None else 0) + (b if b is not None else 0)
        return DossierCounts(**kw)

    def without_declared(self) -> "DossierCounts":
        return replace(self, **{c: None for c in DECLARED_COLUMNS})

    def to_dict(self) -> dict:
        return asdict(self)


def sum_counts(rows) -> DossierCounts:
    """Sum of many DossierCounts (an empty iterable gives zeros)."""
    total = DossierCounts()
    for r in rows:
        total = total + r
    return total


def chain_counts(consecutive: list[DossierCounts]) -> DossierCounts:
    """Counts of a long period from its consecutive sub-periods (quarters or months), in order.

    Flows (new, resolved, surveys, fees) add up; the carried-over stock is the first sub-period's and
    the pending stock is the last one's. Declared totals are dropped (they belong to the sub-periods).
    """
    if not consecutive:
        return DossierCounts()
    flows = sum_counts(c.without_declared() for c in consecutive)
    first, last = consecutive[0], consecutive[-1]
    return replace(flows, carried_over=first.carried_over,
                   pending_in_time=last.pending_in_time, pending_overdue=last.pending_overdue)


@dataclass(frozen=True)
class FigureRow:
    """A labelled row of counts: group is linh_vuc (field), nganh_doc (vertical agency) or lien_thong."""

    group: str
    label: str
    counts: DossierCounts
    field_id: int | None = None
    source_system: str = ""
    data_source: str = "entered"


@dataclass
class FeedbackCounts:
    """Phản ánh, kiến nghị (PAKN) counted over a period."""

    received: int = 0
    new: int = 0
    carried_over: int = 0
    about_regulation: int = 0
    about_conduct: int = 0
    handled: int = 0
    handled_on_time: int = 0
    handled_late: int = 0
    published: int = 0
    pending: int = 0
    pending_overdue: int = 0


@dataclass
class CatalogCounts:
    """Procedures (TTHC) in force at the period end, and changes within the period."""

    in_force: int = 0
    new: int = 0
    amended: int = 0
    abolished: int = 0
    online_full: int = 0
    online_partial: int = 0
    lien_thong: int = 0
    by_field: dict[str, int] = field(default_factory=dict)
