"""The four exchange formats (catalog, documents, feedback, statistics): columns, aliases and value parsing.

One definition serves import, export and the docs (docs/formats/<kind>.md), so a file written by `export`
always imports back. Values arrive as text (CSV) or JSON values; every parser returns the stored form or
raises `ValueProblem` with a Vietnamese explanation that the importer prefixes with file, row and column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tthc_desktop.domain.figures import PART_COLUMNS
from tthc_desktop.domain.text import fold, nfc
from tthc_desktop.store.catalog import LIEN_THONG, ONLINE_TYPES
from tthc_desktop.store.documents import DOCUMENT_KINDS, DOCUMENT_TAGS, LINK_ACTIONS
from tthc_desktop.store.feedback import CHANNELS, SUBJECTS
from tthc_desktop.store.statistics import ROW_GROUPS

KINDS = ("catalog", "documents", "feedback", "statistics")
KIND_NAMES = {"catalog": "danh mục thủ tục hành chính", "documents": "văn bản", "feedback": "phản ánh, kiến nghị",
              "statistics": "số liệu hồ sơ"}
# Columns that may appear in any file and are ignored (row numbers typed by clerks).
IGNORED_COLUMNS = ("stt", "so_tt")


class ValueProblem(ValueError):
    """A cell that cannot be read; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Column:
    """One column (CSV) or key (JSON) of a format."""

    key: str
    vi: str
    en: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    export: bool = True


# The parts a clerk types (Biểu II.06a/VPCP/KSTT column numbers in brackets); totals are always computed.
_PART_TEXT = {
    "carried_over": ("Từ kỳ trước chuyển qua (cột 6)", "carried over from the previous period (col. 6)"),
    "new_online": ("Mới tiếp nhận trực tuyến (cột 4)", "new, received online (col. 4)"),
    "new_direct": ("Mới tiếp nhận trực tiếp (thuộc cột 5)", "new, received at the desk (part of col. 5)"),
    "new_postal": ("Mới tiếp nhận qua bưu chính công ích (thuộc cột 5)", "new, received by post (part of col. 5)"),
    "resolved_early": ("Đã giải quyết trước hạn (cột 8)", "resolved before the deadline (col. 8)"),
    "resolved_on_time": ("Đã giải quyết đúng hạn (cột 9)", "resolved on the deadline day (col. 9)"),
    "resolved_late": ("Đã giải quyết quá hạn (cột 10)", "resolved late (col. 10)"),
    "pending_in_time": ("Đang giải quyết, còn trong hạn (cột 12)", "pending, not yet due (col. 12)"),
    "pending_overdue": ("Đang giải quyết, đã quá hạn (cột 13)", "pending, overdue (col. 13)"),
    "digitised_received": ("Hồ sơ được số hóa khi tiếp nhận", "dossiers digitised at receipt"),
    "digitised_results": ("Kết quả giải quyết được số hóa", "results digitised"),
    "with_fee": ("Hồ sơ có thu phí, lệ phí", "dossiers charged a fee"),
    "paid_online": ("Hồ sơ nộp phí, lệ phí trực tuyến", "dossiers whose fee was paid online"),
    "fees_collected": ("Phí, lệ phí thu được (đồng)", "fees collected (VND)"),
    "returned_by_post": ("Trả kết quả qua bưu chính công ích", "results returned by post"),
    "e_certified": ("Chứng thực bản sao điện tử từ bản chính", "electronic certified copies"),
    "survey_very_satisfied": ("Phiếu khảo sát: rất hài lòng", "survey forms: very satisfied"),
    "survey_satisfied": ("Phiếu khảo sát: hài lòng", "survey forms: satisfied"),
    "survey_neutral": ("Phiếu khảo sát: bình thường", "survey forms: neutral"),
    "survey_unsatisfied": ("Phiếu khảo sát: không hài lòng", "survey forms: unsatisfied"),
}
assert tuple(_PART_TEXT) == PART_COLUMNS

SPECS: dict[str, tuple[Column, ...]] = {
    "catalog": (
        Column("code", "Mã TTHC quốc gia, ví dụ 1.001193", "national procedure code", True, ("ma_tthc", "ma")),
        Column("local_code", "Mã đầy đủ của tỉnh, ví dụ 1.001193.000.00.00.H23", "province's full code",
               aliases=("ma_day_du", "ma_dia_phuong")),
        Column("name", "Tên thủ tục hành chính", "procedure name", aliases=("ten_tthc", "ten_thu_tuc", "ten")),
        Column("field", "Lĩnh vực (tạo mới nếu chưa có)", "field (created when new)", aliases=("linh_vuc",)),
        Column("agency", "Cơ quan thực hiện", "agency that handles it", aliases=("co_quan_thuc_hien",)),
        Column("level", "Cấp thực hiện", "level", aliases=("cap_thuc_hien",)),
        Column("online_type", "Mức độ dịch vụ công: toan_trinh, mot_phan, none (hoặc Toàn trình / Một phần / "
               "Chưa cung cấp DVC)", "online service type", aliases=("muc_do_dvc", "muc_do_cung_cap_dvc")),
        Column("lien_thong", "Liên thông: none, cung_cap, giua_cac_cap (“có” = giua_cac_cap)",
               "linked procedure: none / same level / between levels"),
        Column("procedure_type", "Loại TTHC (tiêu chuẩn, đặc thù, liên thông ...)", "procedure type",
               aliases=("loai_tthc",)),
        Column("has_fee", "Có thu phí, lệ phí: 1/0, có/không (trống: suy từ fee_text)", "charges a fee",
               aliases=("co_phi",)),
        Column("fee_text", "Phí, lệ phí như công bố", "fee as published", aliases=("phi_le_phi", "phi")),
        Column("processing_days", "Thời hạn giải quyết (ngày làm việc)", "processing time in working days",
               aliases=("thoi_han_ngay_lam_viec", "thoi_han_giai_quyet")),
        Column("processing_hours", "Thời hạn giải quyết (giờ làm việc) khi tính theo giờ",
               "processing time in working hours"),
        Column("effective_from", "Ngày có hiệu lực (trống: đã có từ trước)", "in force from (empty: already there)",
               aliases=("ngay_hieu_luc",)),
        Column("abolished_on", "Ngày bãi bỏ", "abolished on", aliases=("ngay_bai_bo",)),
        Column("changed_on", "Ngày sửa đổi, bổ sung (chỉ khi nhập; trống: hôm nay)",
               "date of an amendment (import only; empty: today)", aliases=("ngay_sua_doi",), export=False),
        Column("note", "Ghi chú, nguồn", "note or source", aliases=("ghi_chu", "nguon")),
    ),
    "documents": (
        Column("kind", "Loại văn bản: " + ", ".join(DOCUMENT_KINDS), "document kind", True, ("loai_van_ban",)),
        Column("number", "Số, ký hiệu, ví dụ 29/TB-UBND", "number and symbol", aliases=("so_ky_hieu", "so")),
        Column("issued_on", "Ngày ban hành", "date issued", True, ("ngay_ban_hanh", "ngay")),
        Column("summary", "Trích yếu", "summary", True, ("trich_yeu",)),
        Column("tags", "Chủ đề, cách nhau bởi dấu ;: " + ", ".join(DOCUMENT_TAGS), "topic tags",
               aliases=("chu_de",)),
        Column("issuer", "Cơ quan ban hành (trống: đơn vị mình)", "issuing body (empty: this unit)",
               aliases=("co_quan_ban_hanh",)),
        Column("note", "Ghi chú", "note", aliases=("ghi_chu",)),
        Column("procedures", "Thủ tục liên quan “mã:hành động; ...”, hành động: " + ", ".join(LINK_ACTIONS),
               "linked procedures “code:action; ...”", aliases=("thu_tuc",)),
    ),
    "feedback": (
        Column("received_on", "Ngày tiếp nhận", "date received", True, ("ngay_tiep_nhan",)),
        Column("channel", "Hình thức tiếp nhận: " + ", ".join(CHANNELS), "channel", aliases=("hinh_thuc",)),
        Column("subject", "Đối tượng: quy_dinh (quy định hành chính) hoặc hanh_vi (hành vi hành chính)",
               "about a regulation or an official's conduct", True, ("doi_tuong", "ve")),
        Column("sender", "Người, tổ chức phản ánh", "sender", aliases=("nguoi_phan_anh",)),
        Column("summary", "Nội dung tóm tắt", "summary", True, ("noi_dung",)),
        Column("procedure_code", "Mã TTHC liên quan (nếu có)", "related procedure code", aliases=("ma_tthc",)),
        Column("deadline", "Hạn xử lý", "deadline", aliases=("han_xu_ly",)),
        Column("resolved_on", "Ngày xử lý xong (trống: đang xử lý)", "date handled (empty: pending)",
               aliases=("ngay_xu_ly",)),
        Column("outcome", "Kết quả xử lý", "outcome", aliases=("ket_qua",)),
        Column("published", "Đã đăng tải công khai: 1/0, có/không", "published", aliases=("cong_khai",)),
    ),
    "statistics": (
        Column("period", "Kỳ báo cáo: 2023, 2023-Q2, 2023-6M, 2023-9M, 2023-M05, 2023-01-01..2023-10-30",
               "reporting period code", True, ("ky", "ky_bao_cao")),
        Column("row_group", "Nhóm dòng: linh_vuc (lĩnh vực), nganh_doc (công an, quân sự), lien_thong "
               "(nhóm liên thông); trống: linh_vuc", "row group", aliases=("nhom",)),
        Column("label", "Tên lĩnh vực, cơ quan ngành dọc hoặc nhóm liên thông", "field, agency or group name", True,
               ("ten", "linh_vuc")),
        Column("source_system", "Hệ thống nguồn (ví dụ “Hệ thống của tỉnh”); trống nếu chỉ có một",
               "source system", aliases=("he_thong",)),
        *(Column(c, vi, en) for c, (vi, en) in _PART_TEXT.items()),
        Column("declared_received", "Tổng số tiếp nhận như nguồn ghi (để đối chiếu)", "received total as declared"),
        Column("declared_new", "Số mới tiếp nhận như nguồn ghi", "new total as declared"),
        Column("declared_resolved", "Số đã giải quyết như nguồn ghi", "resolved total as declared"),
        Column("declared_pending", "Số đang giải quyết như nguồn ghi", "pending total as declared"),
        Column("survey_total", "Tổng số phiếu khảo sát như nguồn ghi (phải bằng tổng 4 mức)",
               "survey forms total as declared (must equal the four parts)", export=False),
    ),
}

# Keys that identify a kind when the user did not say (--kind): all must be present.
SIGNATURES = {"catalog": ("code",), "documents": ("kind", "issued_on", "summary"),
              "feedback": ("received_on", "summary"), "statistics": ("period", "label")}


def header_key(header: str) -> str:
    """Normalise a column header: "Mã TTHC" -> "ma_tthc", " new_online " -> "new_online"."""
    return re.sub(r"[^a-z0-9]+", "_", fold(nfc(str(header or "")))).strip("_")


def column_map(kind: str) -> dict[str, str]:
    """Normalised header or alias -> canonical key, for one kind."""
    out: dict[str, str] = {}
    for col in SPECS[kind]:
        out[col.key] = col.key
        for alias in col.aliases:
            out.setdefault(alias, col.key)
    return out


def export_columns(kind: str) -> list[str]:
    return [c.key for c in SPECS[kind] if c.export]


# --- value parsers ---------------------------------------------------------------------------------------

def text(value) -> str | None:
    """Trimmed NFC text; empty -> None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueProblem("cần văn bản, không phải true/false")
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        raise ValueProblem("cần văn bản")
    value = nfc(value).strip()
    return value or None


_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def count(value, *, optional: bool = False) -> int | None:
    """A non-negative integer count; "1.401" (thousand dots) is 1401; empty is 0 (or None if optional)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None if optional else 0
    if isinstance(value, bool):
        raise ValueProblem("phải là số nguyên không âm")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueProblem("phải là số nguyên không âm (không có phần lẻ)")
        value = int(value)
    if isinstance(value, str):
        s = value.strip().replace(" ", "").replace("\u00a0", "")
        if _THOUSANDS.match(s):
            s = s.replace(".", "")
        if not re.fullmatch(r"-?\d+", s):
            raise ValueProblem("phải là số nguyên không âm")
        value = int(s)
    if not isinstance(value, int):
        raise ValueProblem("phải là số nguyên không âm")
    if value < 0:
        raise ValueProblem("không được âm")
    return value


def decimal_number(value) -> float | None:
    """A non-negative number of days or hours ("0,5" and "0.5" both read 0.5); empty -> None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueProblem("phải là một số")
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise ValueProblem("phải là một số") from None
    if not isinstance(value, (int, float)) or value < 0:
        raise ValueProblem("phải là một số không âm")
    return float(value)


_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def day(value) -> str | None:
    """A date as ISO text; accepts 2023-01-17 and 17/01/2023 (or 17/1/2023); empty -> None."""
    s = text(value)
    if s is None:
        return None
    try:
        if m := _DMY.match(s):
            return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        if re.match(r"^\d{4}-\d{2}-\d{2}", s):
            return date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    raise ValueProblem("không phải ngày hợp lệ (dùng dạng 17/01/2023 hoặc 2023-01-17)")


_TRUE = {"1", "co", "x", "true", "yes", "y", "dung"}
_FALSE = {"0", "khong", "false", "no", "n", "sai", ""}


def flag(value) -> int | None:
    """1/0 from 1/0, có/không, x/empty, true/false; None when the cell is empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and value in (0, 1):
        return value
    key = fold(str(value))
    if key == "":
        return None
    if key in _TRUE:
        return 1
    if key in _FALSE:
        return 0
    raise ValueProblem("phải là có/không (1/0)")


def choice(value, options: dict[str, str], extra: dict[str, str] | None = None) -> str | None:
    """A code from `options`, given as the code itself or its Vietnamese label (without diacritics is fine)."""
    s = text(value)
    if s is None:
        return None
    key = fold(s)
    lookup = {fold(code): code for code in options}
    lookup.update({fold(label): code for code, label in options.items()})
    lookup.update({fold(k): v for k, v in (extra or {}).items()})
    lookup.update({k.replace(" ", "_"): v for k, v in list(lookup.items())})
    if key in lookup:
        return lookup[key]
    if key.replace(" ", "_") in lookup:
        return lookup[key.replace(" ", "_")]
    raise ValueProblem("không hợp lệ; chọn một trong: " + ", ".join(options))


def online_type(value) -> str:
    return choice(value, ONLINE_TYPES, {"khong": "none", "chua cung cap": "none", "muc do 4": "toan_trinh",
                                        "muc do 3": "mot_phan"}) or "none"


GENERIC_YES = {"co", "x", "1", "true"}  # "liên thông: có" without the level


def lien_thong(value) -> str:
    if value is True:
        return "giua_cac_cap"
    return choice(value, LIEN_THONG, {"co": "giua_cac_cap", "x": "giua_cac_cap", "1": "giua_cac_cap",
                                      "0": "none", "cung cap": "cung_cap", "giua cac cap": "giua_cac_cap"}) or "none"


def fee_flag_from_text(fee_text: str | None) -> int:
    """Whether a published fee text means a fee is charged: "Miễn phí", "Lệ phí: 0 VNĐ" -> 0; "8.000 đồng" -> 1."""
    if not fee_text:
        return 0
    key = fold(fee_text)
    if "mien" in key or key.startswith("khong") or re.search(r"(^|\D)0\s*(vnd|dong|d\b)", key):
        return 0
    return 1


def split_list(value, separators: str = ";\n") -> list:
    """A JSON list, or text separated by `separators` (by default ; and new lines)."""
    if value is None:
        return []
    if isinstance(value, list):
        items = value
    elif isinstance(value, str):
        items = re.split(f"[{re.escape(separators)}]", value)
    else:
        raise ValueProblem("cần một danh sách")
    out = []
    for item in items:
        s = text(item) if not isinstance(item, dict) else item
        if s:
            out.append(s)
    return out


def tags(value) -> list[str]:
    out = []
    for item in split_list(value):
        if not isinstance(item, str):
            raise ValueProblem("chủ đề phải là văn bản")
        try:
            code = choice(item, DOCUMENT_TAGS)
        except ValueProblem:
            raise ValueProblem(f"có chủ đề “{item}” không hợp lệ; chọn trong: " + ", ".join(DOCUMENT_TAGS)) from None
        if code not in out:
            out.append(code)
    return out


def procedure_links(value) -> list[tuple[str, str]]:
    """[(code, action)] from "1.001193:new; 2.000635" (action defaults to listing) or JSON objects."""
    links: list[tuple[str, str]] = []
    items = value if isinstance(value, list) else split_list(value, ";,\n") if isinstance(value, str) else None
    if items is None:
        if value is None:
            return []
        raise ValueProblem("cần danh sách thủ tục dạng “mã:hành động; ...”")
    for item in items:
        if isinstance(item, dict):
            code, action = text(item.get("code")), item.get("action")
        elif isinstance(item, str):
            code, _, action = item.partition(":")
            code = text(code)
        else:
            raise ValueProblem("mỗi thủ tục cần có mã")
        if not code:
            continue
        try:
            act = choice(action, LINK_ACTIONS) or "listing"
        except ValueProblem:
            raise ValueProblem(f"có hành động “{action}” của thủ tục {code} không hợp lệ; chọn trong: "
                               + ", ".join(LINK_ACTIONS)) from None
        if code not in [c for c, _ in links]:
            links.append((code, act))
    return links


def row_group(value) -> str:
    return choice(value, ROW_GROUPS, {"nhom lien thong": "lien_thong", "co quan nganh doc": "nganh_doc"}) or "linh_vuc"


def document_kind(value) -> str | None:
    return choice(value, DOCUMENT_KINDS, {"tb": "thong_bao", "kh": "ke_hoach", "qd": "quyet_dinh",
                                          "bc": "bao_cao", "ct": "chi_thi", "cv": "cong_van"})


def channel(value) -> str | None:
    return choice(value, CHANNELS, {"cong dich vu cong": "cong_dvc", "dvc": "cong_dvc"})


def subject(value) -> str | None:
    return choice(value, SUBJECTS, {"quy dinh hanh chinh": "quy_dinh", "hanh vi hanh chinh": "hanh_vi",
                                    "quy dinh": "quy_dinh", "hanh vi": "hanh_vi"})
