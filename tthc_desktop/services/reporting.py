"""Draft -> render -> issue workflow of the periodic report (báo cáo định kỳ), used by the CLI and the GUI.

A period has at most one draft, holding the narrative the clerk edits (pre-filled from the unit's
previous report, else default text). Rendering always goes through a snapshot, so a draft preview,
an issued report and a later re-rendering of it are made the same way. Issuing refuses figures with
validation errors, assigns number and date, freezes the snapshot, stores the PDF and its SHA-256,
and so locks the period until a leader unlocks it with a reason. The PDF stack (ReportLab, pikepdf,
pyHanko) is imported only by the functions that render, so narrative editing and listing stay light.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.domain.text import nfc
from tthc_desktop.domain.validation import ERROR, Finding
from tthc_desktop.errors import UserError, ValidationFailed
from tthc_desktop.reports import narrative as nar
from tthc_desktop.services.figures import PeriodFigures, compute_figures
from tthc_desktop.store import reports as store_reports
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile

Target = tuple[str, str, str, "bool | None"]


@dataclass
class Rendered:
    """A rendered report: PDF bytes, the snapshot it came from, and the findings of its figures."""

    pdf: bytes
    snapshot: dict
    findings: list[Finding] = field(default_factory=list)
    report_id: int | None = None
    number: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]


def _period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else parse_period(period)


def _profile(store: Store) -> dict:
    profile = get_profile(store)
    if not profile:
        raise UserError("Chưa có thông tin đơn vị. Chạy “tthc-desktop init --name ...” hoặc nhập ở mục Thông tin "
                        "đơn vị trước khi lập báo cáo.")
    return profile


def draft_for(store: Store, period: Period | str) -> dict:
    """The period's draft, created on first use with the previous report's narrative (else the defaults)."""
    period = _period(period)
    draft = store_reports.find_draft(store, period.code)
    if draft:
        return draft
    start = store_reports.previous_narrative(store, period)
    report_id = store_reports.create_draft(store, period, nar.merged(start))
    return store_reports.get_report(store, report_id)


def get_narrative(store: Store, period: Period | str) -> dict[str, str]:
    """Every narrative part of the period's draft (keys in `narrative.KEYS`)."""
    return nar.merged(draft_for(store, period)["narrative"])


def set_narrative(store: Store, period: Period | str, updates: Mapping[str, str]) -> dict[str, str]:
    """Change some narrative parts of the period's draft; unknown keys are refused with their names."""
    unknown = sorted(set(updates) - set(nar.KEYS))
    if unknown:
        raise UserError("Không có phần nội dung: " + ", ".join(unknown) + ". Các phần hợp lệ: "
                        + ", ".join(nar.KEYS) + ".")
    draft = draft_for(store, period)
    text = nar.merged(draft["narrative"])
    text.update({k: nfc(str(v)) for k, v in updates.items()})
    store_reports.save_narrative(store, draft["id"], text)
    return text


def reset_narrative(store: Store, period: Period | str) -> dict[str, str]:
    """Put the default text back in every narrative part of the period's draft."""
    draft = draft_for(store, period)
    store_reports.save_narrative(store, draft["id"], nar.default_narrative())
    return nar.default_narrative()


def blocking_findings(figures: PeriodFigures, profile: dict | None = None) -> list[Finding]:
    """Findings that stop issuing: validation errors, a period without any dossier figures, no signer's name."""
    out = list(figures.errors)
    if not figures.has_data:
        out.append(Finding(ERROR, "no_data", "Kỳ báo cáo",
                           f"Chưa có số liệu hồ sơ của {figures.period.name}: nhập hoặc nhập khẩu số liệu trước khi "
                           "phát hành báo cáo."))
    if profile is not None and not (profile.get("signer_name") or "").strip():
        out.append(Finding(ERROR, "no_signer", "Thông tin đơn vị",
                           "Chưa có họ tên người ký trong thông tin đơn vị (mục Thông tin đơn vị, hoặc "
                           "“tthc-desktop init --signer ...”)."))
    return out


def findings_message(period: Period, findings: list[Finding]) -> str:
    """Vietnamese message listing what blocks issuing, one finding a line."""
    lines = [f"Chưa thể phát hành báo cáo {period.name}: số liệu có {len(findings)} lỗi cần sửa."]
    lines += [f"  - {f.message}" for f in findings]
    return "\n".join(lines)


def normalise_number(number: str | int, suffix: str | None) -> str:
    """"5" or "05" -> "05/BC-UBND" (the profile's suffix); a full "05/BC-UBND" is kept as typed."""
    text = nfc(str(number)).strip()
    if not text:
        raise UserError("Số văn bản không được để trống.")
    if "/" in text:
        return text
    suffix = (suffix or "BC-UBND").strip().lstrip("/")
    return f"{int(text):02d}/{suffix}" if text.isdigit() else f"{text}/{suffix}"


def plan_targets(store: Store, period: Period, figures: PeriodFigures) -> list[Target]:
    """The year's plan targets measured on the period, as (label, value, target, reached) for the report;
    empty when the unit has no plan for that year (national thresholds are not printed as "the plan")."""
    from babel.numbers import format_decimal

    from tthc_desktop.domain.formatting import LOCALE, fmt_pct_value
    from tthc_desktop.services.plans import OPS, evaluate_targets
    from tthc_desktop.store.plans import get_plan

    if not get_plan(store, period.year):
        return []
    return [(t.label, fmt_pct_value(t.value) if t.value is not None else "chưa có số liệu",
             f"{OPS.get(t.op, t.op)} {format_decimal(t.target, locale=LOCALE)}%", t.reached)
            for t in evaluate_targets(store, period, figures)]


def prepare(store: Store, period: Period | str, *, draft: bool = True, source: str = "chosen",
            number: str | None = None, issued_on: date | None = None,
            targets: Iterable[Target] | None = None) -> tuple[dict, list[Finding]]:
    """(snapshot, findings) of the period's report from the current data and the draft's narrative.

    Not a draft: validation errors raise ValidationFailed listing them. Nothing is stored.
    """
    from tthc_desktop.reports.periodic import build_snapshot

    period = _period(period)
    profile = _profile(store)
    figures = compute_figures(store, period, source)
    blocking = blocking_findings(figures, profile)
    if blocking and not draft:
        raise ValidationFailed(findings_message(period, blocking))
    text = get_narrative(store, period)
    full_number = normalise_number(number, profile.get("number_suffix")) if number else None
    if targets is None:
        targets = plan_targets(store, period, figures)
    snapshot = build_snapshot(figures.to_json(), profile, text, number=full_number, issued_on=issued_on, draft=draft,
                              targets=targets)
    return snapshot, [*figures.findings, *[f for f in blocking if f.rule in ("no_data", "no_signer")]]


def render(store: Store, period: Period | str, *, draft: bool = True, source: str = "chosen",
           number: str | None = None, issued_on: date | None = None,
           targets: Iterable[Target] | None = None) -> Rendered:
    """Render the period's report as PDF from the current data and the draft's narrative (nothing is stored).

    `draft=True` gives the "DỰ THẢO" mark and renders even when the figures are invalid; otherwise
    validation errors raise ValidationFailed listing them (an unnumbered final layout for review).
    """
    from tthc_desktop.reports.periodic import render_snapshot

    snapshot, findings = prepare(store, period, draft=draft, source=source, number=number, issued_on=issued_on,
                                 targets=targets)
    return Rendered(pdf=render_snapshot(snapshot), snapshot=snapshot, findings=findings, number=snapshot["number"])


def render_word(store: Store, period: Period | str, *, draft: bool = True, source: str = "chosen",
                number: str | None = None, issued_on: date | None = None) -> tuple[bytes, list[Finding]]:
    """The same report as a Word file (.docx) for offices that edit before signing; an issued, locked
    period gives its frozen snapshot."""
    from tthc_desktop.reports.periodic import render_snapshot_docx

    period = _period(period)
    issued = store_reports.find_issued(store, period.code)
    if issued and issued["locked"] and not draft:
        return render_snapshot_docx(store_reports.report_snapshot(store, issued["id"])), []
    snapshot, findings = prepare(store, period, draft=draft, source=source, number=number, issued_on=issued_on)
    return render_snapshot_docx(snapshot), findings


def issue_report(store: Store, period: Period | str, *, number: str | int, issued_on: date,
                 source: str = "chosen", targets: Iterable[Target] | None = None) -> Rendered:
    """Issue the period's report: validate, number and date it, freeze snapshot, PDF and hash; lock the period.

    Raises ValidationFailed (exit 1) listing the findings when the figures have errors.
    """
    from tthc_desktop.reports.periodic import build_snapshot, render_snapshot

    from tthc_desktop.services.auth import require

    require(store, "issue_report")
    period = _period(period)
    profile = _profile(store)
    if issued_on < period.start:
        raise UserError(f"Ngày ban hành {fmt_date(issued_on)} trước ngày đầu kỳ báo cáo {fmt_date(period.start)}.")
    full_number = normalise_number(number, profile.get("number_suffix"))
    with store.atomic():
        current = store_reports.find_issued(store, period.code)
        if current and current["locked"]:
            raise UserError(f"{period.name[0].upper()}{period.name[1:]} đã có Báo cáo số {current['number']} ngày "
                            f"{fmt_date(current['issued_on'])} đang khóa số liệu. Muốn phát hành lại, lãnh đạo phải "
                            "mở khóa kỳ báo cáo (kèm lý do).")
        figures = compute_figures(store, period, source)
        blocking = blocking_findings(figures, profile)
        if blocking:
            raise ValidationFailed(findings_message(period, blocking))
        draft = draft_for(store, period)
        text = nar.merged(draft["narrative"])
        if targets is None:
            targets = plan_targets(store, period, figures)
        frozen = json.dumps(build_snapshot(figures.to_json(), profile, text, number=full_number, issued_on=issued_on,
                                           draft=False, targets=targets), ensure_ascii=False, sort_keys=True)
        snapshot = json.loads(frozen)  # render exactly what is stored, so a re-rendering gives the same bytes
        pdf = render_snapshot(snapshot)
        digest = hashlib.sha256(pdf).hexdigest()
        _record_in_document_register(store, full_number, issued_on, period)
        store_reports.mark_issued(store, draft["id"], number=full_number, issued_on=issued_on, narrative=text,
                                  snapshot=frozen, pdf=pdf, pdf_sha256=digest)
    return Rendered(pdf=pdf, snapshot=snapshot, findings=list(figures.findings), report_id=draft["id"],
                    number=full_number)


def _record_in_document_register(store: Store, number: str, issued_on: date, period: Period) -> None:
    """The issued report also enters the register of documents the unit issued (sổ văn bản đi)."""
    from tthc_desktop.store import documents

    existing = [d for d in documents.list_documents(store, kind="bao_cao") if d["number"] == number
                and d["issued_on"][:4] == str(issued_on.year)]
    documents.save_document(store, {
        "id": existing[0]["id"] if existing else None, "kind": "bao_cao", "number": number,
        "issued_on": issued_on.isoformat(),
        "summary": f"Báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính {period.name}",
        "tags": []})


def rerender_issued(store: Store, report_id: int) -> bytes:
    """Render an issued report again from its frozen snapshot (the same bytes as the stored file)."""
    from tthc_desktop.reports.periodic import render_snapshot

    return render_snapshot(store_reports.report_snapshot(store, report_id))


def verify_issued(store: Store, report_id: int) -> bool:
    """True when the stored PDF still has its recorded SHA-256 and re-rendering the snapshot reproduces it."""
    report = store_reports.get_report(store, report_id)
    stored = store_reports.report_pdf(store, report_id)
    return hashlib.sha256(stored).hexdigest() == report["pdf_sha256"] == \
        hashlib.sha256(rerender_issued(store, report_id)).hexdigest()


def issued_pdf(store: Store, report_id: int) -> bytes:
    """The stored PDF of an issued report (exactly the file that was issued)."""
    return store_reports.report_pdf(store, report_id)


def unlock_report(store: Store, report_id: int, reason: str) -> dict:
    """Unlock an issued report's period (a leader's act; the role check belongs to the caller) with a reason.

    The reason is required; it is kept on the report and written to the audit log.
    """
    from tthc_desktop.services.auth import require

    require(store, "unlock_period")
    return store_reports.mark_unlocked(store, report_id, reason)


def list_reports(store: Store, period: Period | str | None = None) -> list[dict]:
    """Drafts and issued reports, newest period first (no PDF bytes)."""
    return store_reports.list_reports(store, _period(period).code if period else None)
