"""Vietnamese sentences with figures, in the register of the communes' own reports.

"Tổng số hồ sơ TTHC đã tiếp nhận là 3.748 hồ sơ, gồm: ... trực tuyến: 3.599 hồ sơ, chiếm 96,31%".
Every function returns plain text lines (not escaped: the layout escapes them); a zero figure is said
in words ("không có", "không tiếp nhận phản ánh, kiến nghị nào") instead of printing a bare 0.
Numbers go through `fmt_int` / `two_digit`, percentages through `fmt_pct_value` (the one rounding rule).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from tthc_desktop.domain.figures import CatalogCounts, DossierCounts, FeedbackCounts
from tthc_desktop.domain.formatting import fmt_date, fmt_money, fmt_pct_value, nd30_short_date, two_digit

SUBJECT = ("tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, "
           "một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử")
UNIT_KINDS = {"xa": "xã", "phuong": "phường", "thi-tran": "thị trấn", "dac-khu": "đặc khu"}
NOTICE_KINDS = {"thong_bao": "Thông báo", "quyet_dinh": "Quyết định", "niem_yet": "Niêm yết",
                "cong_van": "Công văn", "ke_hoach": "Kế hoạch", "bao_cao": "Báo cáo", "chi_thi": "Chỉ thị"}


@dataclass(frozen=True)
class Line:
    """One paragraph of generated text; level 0 = plain paragraph, 1 = "- " item, 2 = "+ " item."""

    text: str
    level: int = 0


@dataclass(frozen=True)
class UnitNames:
    """How the report names its unit: "xã Đồng Lạc", "UBND xã Đồng Lạc", "UBND xã" (short, after first use)."""

    full: str
    kind: str

    @property
    def ubnd(self) -> str:
        return f"UBND {self.full}"

    @property
    def ubnd_long(self) -> str:
        return f"Ủy ban nhân dân {self.full}"

    @property
    def short(self) -> str:
        return f"UBND {self.kind}" if self.kind else self.ubnd


def unit_names(name: str, unit_type: str) -> UnitNames:
    """Names of the unit from its profile; the unit type word is added when the name lacks it."""
    kind = UNIT_KINDS.get(unit_type, "")
    name = (name or "").strip()
    if kind and not name.lower().startswith(kind):
        name = f"{kind} {name}".strip()
    elif kind:
        name = kind + name[len(kind):]  # "Xã Đồng Lạc" -> "xã Đồng Lạc" inside a sentence
    return UnitNames(full=name, kind=kind)


def n(value: int) -> str:
    """A count as written in the reports: 1 -> "01", 3748 -> "3.748"."""
    return two_digit(value)


def hs(value: int) -> str:
    """"3.748 hồ sơ"."""
    return f"{n(value)} hồ sơ"


def hs_share(value: int, pct, suffix: str = "chiếm") -> str:
    """"3.599 hồ sơ, chiếm 96,31%", or "không có" for zero."""
    return f"{hs(value)}{share(pct, suffix)}" if value else "không có"


def share(value, suffix: str = "chiếm") -> str:
    """", chiếm 96,31%" or "" when there is no base to compute on."""
    return "" if value is None else f", {suffix} {fmt_pct_value(value)}"


def _join(parts: Sequence[str], last: str = "; ") -> str:
    return last.join(p for p in parts if p)


# I.3 Công bố, công khai ---------------------------------------------------------------------------

def notice_reference(notice: dict) -> str:
    """"Thông báo số 29/TB-UBND ngày 17/01/2023 về việc công bố ..." (no number: "Thông báo ngày ...")."""
    kind = NOTICE_KINDS.get(notice.get("kind", ""), "Văn bản")
    number = (notice.get("number") or "").strip()
    issued = notice.get("issued_on") or ""
    summary = " ".join((notice.get("summary") or "").split())
    if summary[:3].lower() == "về ":
        summary = "về " + summary[3:]
    elif summary:
        first = summary.split(" ", 1)[0]
        if not first.isupper():  # keep acronyms (TTHC, UBND) as typed
            summary = summary[0].lower() + summary[1:]
        summary = "về việc " + summary
    head = f"{kind} số {number}" if number else kind
    when = f" ngày {nd30_short_date(date.fromisoformat(issued[:10]))}" if issued else ""
    return f"{head}{when} {summary}".strip()


def notice_list(notices: Sequence[dict]) -> list[Line]:
    """The numbered list "(1) Thông báo số ... ;" with a full stop after the last one."""
    out = []
    for i, notice in enumerate(notices, 1):
        end = "." if i == len(notices) else ";"
        out.append(Line(f"({i}) {notice_reference(notice).rstrip(' .;')}{end}"))
    return out


def publication_lines(notices: Sequence[dict], catalog: CatalogCounts, period_end: date, unit: UnitNames) -> list[Line]:
    """Count of publication notices, their numbered list, and the procedures in force."""
    out: list[Line] = []
    if notices:
        out.append(Line(f"- Tổng số văn bản công bố, công khai thủ tục hành chính đã ban hành trong kỳ báo cáo: "
                        f"{n(len(notices))}. Cụ thể:", 1))
        out.extend(notice_list(notices))
    else:
        out.append(Line(f"- Trong kỳ báo cáo, {unit.short} không ban hành văn bản công bố, công khai thủ tục "
                        "hành chính.", 1))
    listings = [x for x in notices if x.get("kind") == "niem_yet"]
    if listings:
        last = listings[-1]
        count = last.get("procedures")
        count = len(count) if isinstance(count, list) else int(count or 0)
        listed_on = nd30_short_date(date.fromisoformat(last["issued_on"][:10]))
        out.append(Line(f"- Niêm yết công khai {n(count)} thủ tục hành chính tại Bộ phận Một cửa kèm mã QR (lần "
                        f"niêm yết gần nhất ngày {listed_on}); mỗi thủ tục có mã QR dẫn tới trang thủ tục trên "
                        "Cổng Dịch vụ công để người dân tra cứu và nộp hồ sơ trực tuyến.", 1))
    if catalog.in_force:
        out.append(Line(f"- Tổng số TTHC thuộc thẩm quyền giải quyết của {unit.short} tính đến ngày "
                        f"{fmt_date(period_end)}: {catalog_phrase(catalog)}.", 1))
    else:
        out.append(Line("- Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết chưa được cập nhật vào phần mềm.",
                        1))
    return out


def catalog_phrase(catalog: CatalogCounts) -> str:
    """"139 thủ tục thuộc 28 lĩnh vực" (or "chưa cập nhật danh mục")."""
    if not catalog.in_force:
        return "chưa cập nhật danh mục thủ tục hành chính"
    fields_used = sum(1 for v in catalog.by_field.values() if v)
    return f"{n(catalog.in_force)} thủ tục" + (f" thuộc {n(fields_used)} lĩnh vực" if fields_used else "")


# I.4 Rà soát, đơn giản hóa ------------------------------------------------------------------------

def review_lines(catalog: CatalogCounts, unit: UnitNames) -> list[Line]:
    """Changes of the catalog within the period and the procedures still in force."""
    parts = [f"công bố mới {n(catalog.new)} TTHC" if catalog.new else "",
             f"sửa đổi, bổ sung {n(catalog.amended)} TTHC" if catalog.amended else "",
             f"bãi bỏ {n(catalog.abolished)} TTHC" if catalog.abolished else ""]
    if any(parts):
        first = f"- Trong kỳ báo cáo có {_join(parts, '; ')}."
    else:
        first = "- Trong kỳ báo cáo không có TTHC được công bố mới, sửa đổi, bổ sung hoặc bãi bỏ."
    rest = (f"- Hiện nay, số TTHC thuộc thẩm quyền giải quyết của {unit.short} là {catalog_phrase(catalog)}."
            if catalog.in_force else "- Danh mục thủ tục hành chính của đơn vị chưa được cập nhật vào phần mềm.")
    return [Line(first, 1), Line(rest, 1)]


# I.5 Phản ánh, kiến nghị ---------------------------------------------------------------------------

def _or_none(value: int) -> str:
    return n(value) if value else "không có"


def feedback_lines(fb: FeedbackCounts, unit: UnitNames) -> list[Line]:
    """Received (new, carried over, by subject), handled (on time, late, published), pending."""
    if not fb.received:
        return [Line(f"Trong kỳ báo cáo, {unit.short} không tiếp nhận phản ánh, kiến nghị nào về quy định hành "
                     "chính và hành vi hành chính; không có phản ánh, kiến nghị từ kỳ trước chuyển qua.")]
    out = [Line(f"- Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo: {n(fb.received)}, trong đó: số tiếp "
                f"nhận mới trong kỳ: {_or_none(fb.new)}; số từ kỳ trước chuyển qua: {_or_none(fb.carried_over)}; "
                f"số phản ánh, kiến nghị về quy định hành chính: {_or_none(fb.about_regulation)}; số phản ánh, kiến "
                f"nghị về hành vi hành chính: {_or_none(fb.about_conduct)}.", 1)]
    if fb.handled:
        late = f", quá hạn: {n(fb.handled_late)}" if fb.handled_late else ""
        out.append(Line(f"- Số phản ánh, kiến nghị đã xử lý: {n(fb.handled)} (đúng hạn: {_or_none(fb.handled_on_time)}"
                        f"{late}); trong đó số đã được đăng tải công khai: {_or_none(fb.published)}.", 1))
    else:
        out.append(Line("- Số phản ánh, kiến nghị đã xử lý: không có.", 1))
    if fb.pending:
        overdue = f", trong đó quá hạn: {n(fb.pending_overdue)}" if fb.pending_overdue else ""
        out.append(Line(f"- Số phản ánh, kiến nghị đang xử lý: {n(fb.pending)}{overdue}.", 1))
    else:
        out.append(Line("- Số phản ánh, kiến nghị đang xử lý: không có.", 1))
    return out


# I.6 Kết quả giải quyết TTHC ------------------------------------------------------------------------

def dossier_lines(total: DossierCounts, fields: Sequence[tuple[str, DossierCounts]], unit: UnitNames) -> list[Line]:
    """Received (new online / direct, per field, carried over), resolved with shares, pending."""
    if not total.received:
        return [Line(f"Trong kỳ báo cáo, {unit.short} không tiếp nhận hồ sơ thủ tục hành chính nào và không có hồ sơ "
                     "từ kỳ trước chuyển qua.")]
    sh = total.shares()
    out = [Line(f"Tổng số hồ sơ TTHC đã tiếp nhận là {hs(total.received)}, gồm:")]
    if total.new:
        out.append(Line(f"- Số mới tiếp nhận trong kỳ: {hs(total.new)}. Trong đó: trực tuyến: "
                        f"{hs_share(total.new_online, sh['online_of_new'])}; trực tiếp và qua dịch vụ bưu chính: "
                        f"{hs_share(total.new_direct_postal, sh['direct_postal_of_new'])}:", 1))
        per_field = [(label, c) for label, c in fields if c.new]
        for i, (label, c) in enumerate(per_field):
            end = "." if i == len(per_field) - 1 else ";"
            online = f"trong đó trực tuyến: {hs(c.new_online)}" if c.new_online else "không có hồ sơ trực tuyến"
            out.append(Line(f"+ Lĩnh vực {label}: {hs(c.new)} ({online}){end}", 2))
    else:
        out.append(Line("- Số mới tiếp nhận trong kỳ: không có.", 1))
    out.append(Line(f"- Số từ kỳ trước chuyển qua: {hs(total.carried_over) if total.carried_over else 'không có'}.",
                    1))
    out.append(resolved_line(total))
    out.append(pending_line(total))
    return out


def resolved_line(c: DossierCounts, dash: str = "-") -> Line:
    """"- Số hồ sơ đã giải quyết: 3.737 hồ sơ; trong đó, giải quyết trước hạn: ..., chiếm 95,02%, ..."."""
    if not c.resolved:
        return Line(f"{dash} Số hồ sơ đã giải quyết: không có.", 1)
    sh = c.shares()
    parts = [f"trước hạn: {hs(c.resolved_early)}{share(sh['early_of_resolved'])}" if c.resolved_early else "",
             f"đúng hạn: {hs(c.resolved_on_time)}{share(sh['on_time_of_resolved'])}" if c.resolved_on_time else "",
             f"quá hạn: {hs(c.resolved_late)}{share(sh['late_of_resolved'])}" if c.resolved_late else
             "không có hồ sơ giải quyết quá hạn"]
    return Line(f"{dash} Số hồ sơ đã giải quyết: {hs(c.resolved)}; trong đó, giải quyết " + _join(parts, "; ")
                .replace("giải quyết không có", "không có") + ".", 1)


def pending_line(c: DossierCounts, dash: str = "-") -> Line:
    """"- Số hồ sơ đang giải quyết: 11 hồ sơ; trong đó, trong hạn: 11 hồ sơ, quá hạn: không có."."""
    if not c.pending:
        return Line(f"{dash} Số hồ sơ đang giải quyết: không có.", 1)
    overdue = hs(c.pending_overdue) if c.pending_overdue else "không có"
    in_time = hs(c.pending_in_time) if c.pending_in_time else "không có"
    return Line(f"{dash} Số hồ sơ đang giải quyết: {hs(c.pending)}; trong đó, trong hạn: {in_time}, quá hạn: "
                f"{overdue}.", 1)


def vertical_lines(rows: Sequence[tuple[str, DossierCounts]]) -> list[Line]:
    """Dossiers of vertical agencies handled at the desk (công an, quân sự ...), one block per agency."""
    if not rows:
        return []
    out = [Line("Tổng hợp số liệu hồ sơ TTHC tiếp nhận theo ngành dọc:")]
    for label, c in rows:
        sh = c.shares()
        if not c.received:
            out.append(Line(f"* {label}: không tiếp nhận hồ sơ trong kỳ.", 1))
            continue
        out.append(Line(f"* {label}: tổng số hồ sơ tiếp nhận: {hs(c.received)}. Trong đó: trực tuyến: "
                        f"{hs_share(c.new_online, sh['online_of_new'])}; trực tiếp và qua dịch vụ bưu chính: "
                        f"{hs_share(c.new_direct_postal, sh['direct_postal_of_new'])}; từ kỳ trước chuyển qua: "
                        f"{hs(c.carried_over) if c.carried_over else 'không có'}.", 1))
        out.append(resolved_line(c, "+"))
        out.append(pending_line(c, "+"))
    return out


def fee_lines(total: DossierCounts) -> list[Line]:
    """Fees collected (đồng)."""
    if not total.fees_collected:
        return [Line("- Tổng phí, lệ phí thu được trong kỳ: không có.", 1)]
    return [Line(f"- Tổng phí, lệ phí thu được trong kỳ: {fmt_money(total.fees_collected)} đồng.", 1)]


# I.7 Một cửa, một cửa liên thông -------------------------------------------------------------------

def lien_thong_lines(rows: Sequence[tuple[str, DossierCounts]]) -> list[Line]:
    """Results of the liên thông groups (birth + residence + health insurance; death + residence + funeral)."""
    if not rows:
        return []
    received = sum(c.received for _, c in rows)
    resolved = sum(c.resolved for _, c in rows)
    if not received:
        return [Line("- Kết quả thực hiện liên thông các nhóm thủ tục hành chính: trong kỳ không phát sinh hồ sơ.", 1)]
    from tthc_desktop.domain.formatting import percent

    out = [Line(f"- Kết quả thực hiện liên thông {n(len(rows))} nhóm thủ tục hành chính: đã tiếp nhận "
                f"{hs(received)}, đã giải quyết {hs(resolved)}{share(percent(resolved, received), 'đạt')}. "
                "Trong đó:", 1)]
    for i, (label, c) in enumerate(rows):
        end = "." if i == len(rows) - 1 else ";"
        if c.received:
            body = (f"tiếp nhận {hs(c.received)}, đã giải quyết {hs(c.resolved)}"
                    f"{share(c.shares()['resolved_of_received'], 'đạt')}")
        else:
            body = "không phát sinh hồ sơ"
        out.append(Line(f"+ {label}: {body}{end}", 2))
    return out


def post_lines(total: DossierCounts) -> list[Line]:
    """Results returned by public postal service (bưu chính công ích)."""
    if not total.returned_by_post and not total.new_postal:
        return [Line("- Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích: trong kỳ không phát sinh.", 1)]
    return [Line(f"- Tiếp nhận hồ sơ qua dịch vụ bưu chính công ích: "
                 f"{hs(total.new_postal) if total.new_postal else 'không có'}; trả kết quả qua dịch vụ bưu chính công "
                 f"ích: {hs(total.returned_by_post) if total.returned_by_post else 'không có'}.", 1)]


def survey_lines(total: DossierCounts) -> list[Line]:
    """Satisfaction survey: total forms and each level with its share."""
    if not total.survey_total:
        return [Line("- Kết quả đánh giá sự hài lòng: trong kỳ chưa có phiếu đánh giá.", 1)]
    sh = total.shares()
    levels = [("rất hài lòng", total.survey_very_satisfied, sh["very_satisfied_of_survey"]),
              ("hài lòng", total.survey_satisfied, sh["satisfied_of_survey"]),
              ("bình thường", total.survey_neutral, sh["neutral_of_survey"])]
    parts = [f"{name}: {n(v)} phiếu{share(p)}" for name, v, p in levels if v]
    if total.survey_unsatisfied:
        parts.append(f"không hài lòng: {n(total.survey_unsatisfied)} phiếu"
                     f"{share(sh['unsatisfied_of_survey'])}")
        tail = "."
    else:
        tail = ". Không có phiếu không hài lòng."
    return [Line(f"- Kết quả đánh giá sự hài lòng của người dân, tổ chức: tổng số {n(total.survey_total)} phiếu. "
                 f"Trong đó: {_join(parts, '; ')}{tail} Tỷ lệ hài lòng (rất hài lòng và hài lòng): "
                 f"{fmt_pct_value(sh['satisfaction'])}.", 1)]


# I.8 TTHC trên môi trường điện tử -------------------------------------------------------------------

def online_service_lines(catalog: CatalogCounts) -> list[Line]:
    """Procedures offered as online public services (toàn trình / một phần) over those in force."""
    if not catalog.in_force:
        return []
    from tthc_desktop.domain.formatting import percent

    online = catalog.online_full + catalog.online_partial
    if not online:
        return [Line(f"- Trong {n(catalog.in_force)} TTHC đang thực hiện, chưa có thủ tục cung cấp dịch vụ công trực "
                     "tuyến.", 1)]
    base = n(catalog.in_force)
    return [Line(f"- Tổng số TTHC cung cấp dịch vụ công trực tuyến: {n(online)}/{base} TTHC"
                 f"{share(percent(online, catalog.in_force), 'đạt')}. Trong đó:", 1),
            Line(f"+ Dịch vụ công trực tuyến toàn trình: {n(catalog.online_full)}/{base} TTHC"
                 f"{share(percent(catalog.online_full, catalog.in_force), 'đạt')};", 2),
            Line(f"+ Dịch vụ công trực tuyến một phần: {n(catalog.online_partial)}/{base} TTHC"
                 f"{share(percent(catalog.online_partial, catalog.in_force), 'đạt')}.", 2)]


def electronic_lines(total: DossierCounts) -> list[Line]:
    """Online submissions, digitisation of dossiers and results, online payment, e-certification."""
    sh = total.shares()
    out = []
    if total.new:
        out.append(Line(f"- Số hồ sơ tiếp nhận trực tuyến trong kỳ: {hs(total.new_online)}/{hs(total.new)} mới tiếp "
                        f"nhận{share(sh['online_of_new'])}.", 1))
    if total.received:
        received = (f"- Số hóa hồ sơ khi tiếp nhận: {hs(total.digitised_received)}/{hs(total.received)} tiếp nhận"
                    f"{share(sh['digitised_of_received'], 'đạt')}" if total.digitised_received
                    else "- Số hóa hồ sơ khi tiếp nhận: chưa có hồ sơ được số hóa")
        if total.digitised_results:
            results = (f"; số hóa kết quả giải quyết: {hs(total.digitised_results)}/{hs(total.resolved)} đã giải "
                       f"quyết{share(sh['digitised_results_of_resolved'], 'đạt')}.")
        else:
            results = "; số hóa kết quả giải quyết: chưa có kết quả được số hóa." if total.resolved else "."
        out.append(Line(received + results, 1))
    if total.with_fee:
        out.append(Line(f"- Thanh toán trực tuyến phí, lệ phí: {hs(total.paid_online)}/{hs(total.with_fee)} có thu "
                        f"phí, lệ phí{share(sh['paid_online_of_with_fee'])}.", 1))
    else:
        out.append(Line("- Thanh toán trực tuyến phí, lệ phí: trong kỳ không có hồ sơ thu phí, lệ phí.", 1))
    if total.e_certified:
        out.append(Line(f"- Kết quả tiếp nhận và chứng thực điện tử: {hs(total.e_certified)}.", 1))
    return out


# Hook for the annual plan's targets (chỉ tiêu kế hoạch) ---------------------------------------------

def target_lines(targets: Iterable[tuple[str, str, str, bool | None]]) -> list[Line]:
    """Lines "- Tỷ lệ hồ sơ trực tuyến: 96,31% (chỉ tiêu: ≥ 50%): đạt." from (label, value, target, reached).

    `value` and `target` are already formatted; `reached` None means not assessed.
    """
    out = []
    for label, value, target, reached in targets:
        verdict = {True: ": đạt", False: ": chưa đạt", None: ""}[reached]
        out.append(Line(f"- {label}: {value} (chỉ tiêu: {target}){verdict}.", 1))
    return out
