"""The listing board from the catalog, recorded as a disclosure (niêm yết) event, and what needs relisting."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.text import fold
from tthc_desktop.errors import UserError
from tthc_desktop.reports.listing import ListingBoard, ListingItem
from tthc_desktop.store import catalog, documents
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile, get_setting

DEFAULT_LINK_PATTERN = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc={code}"
SETTING_LINK = "listing_link_pattern"
SETTING_FEEDBACK = "listing_feedback"  # {"hotline": ..., "address": ..., "url": ...}
SETTING_SURVEY = "listing_survey_url"


def procedure_url(pattern: str, code: str) -> str:
    """The portal link of a procedure: the pattern with {code} replaced."""
    if "{code}" not in pattern:
        raise UserError(f"Mẫu đường dẫn niêm yết phải chứa {{code}}: {pattern}")
    return pattern.replace("{code}", code)


def _processing_time(p: dict) -> str:
    if p.get("processing_hours"):
        return f"{p['processing_hours']:g} giờ làm việc"
    if p.get("processing_days") is not None:
        days = p["processing_days"]
        return "Trong ngày" if days == 0 else f"{days:g} ngày làm việc".replace(".", ",")
    return ""


def _fee(p: dict) -> str:
    if p.get("fee_text"):
        return p["fee_text"]
    return "Có thu phí, lệ phí" if p.get("has_fee") else ""


def build_board(store: Store, on: date, field_name: str | None = None) -> ListingBoard:
    """The board of procedures in force on `on`, grouped by field (optionally one field, matched without diacritics)."""
    profile = get_profile(store) or {}
    pattern = get_setting(store, SETTING_LINK, DEFAULT_LINK_PATTERN)
    procs = catalog.list_procedures(store, on=on, status="in_force")
    if field_name:
        key = fold(field_name)
        procs = [p for p in procs if key in fold(p["field_name"])]
        if not procs:
            raise UserError(f"Không có thủ tục đang thực hiện thuộc lĩnh vực “{field_name}” vào ngày {on:%d/%m/%Y}.")
    groups: dict[str, list[ListingItem]] = {}
    for p in procs:
        groups.setdefault(p["field_name"], []).append(ListingItem(
            code=p["code"], name=p["name"], processing_time=_processing_time(p), fee=_fee(p),
            online_type=p.get("online_type") or "none", url=procedure_url(pattern, p["code"])))
    extra = []
    fb = get_setting(store, SETTING_FEEDBACK, None)
    if fb and fb.get("url"):
        caption = "; ".join(x for x in (f"Đường dây nóng: {fb['hotline']}" if fb.get("hotline") else "",
                                        fb.get("address") or "") if x)
        extra.append(("Phản ánh, kiến nghị về TTHC", caption or fb["url"], fb["url"]))
    survey = get_setting(store, SETTING_SURVEY, None)
    if survey:
        extra.append(("Đánh giá mức độ hài lòng", survey, survey))
    agency = [profile.get("header_line1") or "ỦY BAN NHÂN DÂN", profile.get("header_line2") or ""]
    unit_title = f"UBND {profile.get('name', '')}".strip()
    return ListingBoard(agency_lines=[a for a in agency if a], unit_title=unit_title, listing_date=on,
                        groups=list(groups.items()), extra_codes=extra)


def record_listing(store: Store, board: ListingBoard, number: str = "") -> int:
    """Record the printed board as a disclosure document (kind niem_yet) linking every listed procedure."""
    codes = [it.code for _, items in board.groups for it in items]
    ids = [p["id"] for p in catalog.list_procedures(store, on=board.listing_date) if p["code"] in set(codes)]
    return documents.save_document(store, {
        "kind": "niem_yet", "number": number, "issued_on": board.listing_date.isoformat(),
        "summary": f"Niêm yết công khai {len(ids)} thủ tục hành chính kèm mã QR tại Bộ phận Một cửa",
        "tags": ["cong_khai", "niem_yet"]}, links=[(pid, "listing") for pid in ids])


@dataclass(frozen=True)
class RelistItem:
    code: str
    name: str
    reason: str


def needs_relisting(store: Store, on: date | None = None) -> list[RelistItem]:
    """Procedures changed since the last listing ("cần niêm yết lại"): new, amended or abolished after it."""
    on = on or date.today()
    listings = documents.list_documents(store, kind="niem_yet", end=on.isoformat())
    if not listings:
        return [RelistItem(p["code"], p["name"], "chưa từng niêm yết")
                for p in catalog.list_procedures(store, on=on, status="in_force")]
    last = listings[-1]
    reasons = {"new": "mới công bố", "amended": "được sửa đổi, bổ sung", "abolished": "bị bãi bỏ"}
    out: dict[str, RelistItem] = {}
    since = fmt_date(last["issued_on"])
    for ch in catalog.changes_between(store, last["issued_on"], on.isoformat()):
        if ch["changed_on"] <= last["issued_on"]:
            continue  # same-day changes were already on that board
        out[ch["code"]] = RelistItem(ch["code"], ch["name"],
                                     f"{reasons.get(ch['kind'], ch['kind'])} sau lần niêm yết ngày {since}")
    return list(out.values())
