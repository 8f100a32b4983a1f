"""A commune's year of data for the report tests, entered through the store functions.

The dossier figures reproduce the annual report of a commune in samples/ (2023): 3.748 received,
3.599 online (96,31%), 3.551 early (95,02%), 185 on time (4,95%), 1 late (0,03%), 11 pending.
"""
from __future__ import annotations

from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.store import catalog, documents, feedback, statistics
from tthc_desktop.store.db import Store

YEAR = parse_period("2023")

FIELDS = {
    "Hộ tịch": dict(new_online=1352, new_direct=49, carried_over=5, resolved_early=1300, resolved_on_time=100,
                    resolved_late=1, pending_in_time=5, with_fee=1078, paid_online=387, fees_collected=23_528_500,
                    digitised_received=1400, digitised_results=1390, survey_very_satisfied=105,
                    survey_satisfied=1200),
    "Chứng thực": dict(new_online=2119, resolved_early=2119, with_fee=2000, paid_online=1000,
                       fees_collected=30_000_000, digitised_received=2119, digitised_results=2119,
                       survey_satisfied=2321, survey_neutral=1, e_certified=63),
    "Bảo trợ xã hội": dict(new_online=120, new_direct=8, carried_over=6, resolved_early=100, resolved_on_time=28,
                           pending_in_time=6, digitised_received=128, digitised_results=128),
    "Người có công": dict(new_direct=81, resolved_early=26, resolved_on_time=55),
    "Đất đai": dict(new_online=1, resolved_on_time=1),
    "Thi đua, khen thưởng": dict(new_online=7, resolved_early=6, resolved_on_time=1),
}
VERTICAL = {
    "Công an thị trấn": dict(new_online=2053, resolved_on_time=2053),
    "Ban Chỉ huy Quân sự": dict(new_direct=186, resolved_on_time=186),
}
LIEN_THONG = {
    "Nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi":
        dict(new_online=83, resolved_on_time=83),
    "Nhóm thủ tục đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng": dict(new_online=27, resolved_early=27),
}
NOTICES = [
    ("29/TB-UBND", "2023-01-17", "Công bố Danh mục thủ tục hành chính và quy trình nội bộ giải quyết TTHC thuộc "
                                 "phạm vi, chức năng quản lý của Sở Tài chính", ["cong_bo"]),
    ("111/TB-UBND", "2023-04-03", "Về việc công bố Danh mục thủ tục hành chính lĩnh vực Lao động - Thương binh và "
                                  "Xã hội", ["cong_khai"]),
    ("605/TB-UBND", "2023-11-24", "niêm yết công khai danh mục TTHC <Sở Tư pháp> & quy trình nội bộ", ["cong_bo"]),
]


def fill_year(store: Store) -> None:
    """Dossier rows, procedures, notices and one feedback item for the year 2023."""
    for label, parts in FIELDS.items():
        fid = catalog.ensure_field(store, label)
        statistics.save_stat_row(store, YEAR, FigureRow("linh_vuc", label, DossierCounts(**parts), fid))
    for label, parts in VERTICAL.items():
        statistics.save_stat_row(store, YEAR, FigureRow("nganh_doc", label, DossierCounts(**parts)))
    for label, parts in LIEN_THONG.items():
        statistics.save_stat_row(store, YEAR, FigureRow("lien_thong", label, DossierCounts(**parts)))
    for code, name, field, online in (("1.001193", "Đăng ký khai sinh", "Hộ tịch", "toan_trinh"),
                                      ("2.000884", "Chứng thực bản sao từ bản chính", "Chứng thực", "mot_phan"),
                                      ("1.001022", "Đăng ký khai tử", "Hộ tịch", "toan_trinh"),
                                      ("2.000286", "Công nhận hộ nghèo", "Bảo trợ xã hội", "none")):
        catalog.save_procedure(store, {"code": code, "name": name, "field_name": field, "online_type": online})
    catalog.save_procedure(store, {"code": "1.004873", "name": "Đăng ký kết hôn", "field_name": "Hộ tịch",
                                   "online_type": "mot_phan", "effective_from": "2023-03-01"})
    for number, day, summary, tags in NOTICES:
        documents.save_document(store, {"kind": "thong_bao", "number": number, "issued_on": day, "summary": summary,
                                        "tags": tags})
    # Not a publication notice, and one outside the period: neither is listed.
    documents.save_document(store, {"kind": "cong_van", "number": "241/UBND-VP", "issued_on": "2023-06-12",
                                    "summary": "Cải cách TTHC và cải thiện môi trường kinh doanh", "tags": ["chi_dao"]})
    documents.save_document(store, {"kind": "thong_bao", "number": "700/TB-UBND", "issued_on": "2023-12-20",
                                    "summary": "Công bố danh mục TTHC lĩnh vực đất đai", "tags": ["cong_bo"]})
    feedback.save_feedback(store, {"received_on": "2023-05-02", "subject": "quy_dinh", "summary": "Hỏi về lệ phí",
                                   "deadline": "2023-05-20", "resolved_on": "2023-05-10", "published": 1})


def break_year(store: Store) -> None:
    """A slip a clerk makes: Hộ tịch declared 1.500 resolved while its parts add up to 1.401."""
    fid = catalog.ensure_field(store, "Hộ tịch")
    statistics.save_stat_row(store, YEAR, FigureRow("linh_vuc", "Hộ tịch",
                                                    DossierCounts(**FIELDS["Hộ tịch"], declared_resolved=1500), fid))
