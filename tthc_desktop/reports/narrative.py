"""Narrative parts of the periodic report (phần lời văn): what the clerk writes, kept per draft.

Keys, their labels (for the editor), the default text a first report starts with, and the few
placeholders a text may hold so that text copied from the previous report fits the new period:
{ky} "quý II năm 2023", {ky_sau} "quý III năm 2023", {don_vi} "xã Đồng Lạc", {ubnd} "UBND xã Đồng
Lạc", {cap_tren} the receiving level ("Văn phòng UBND tỉnh"). Legal references are never built in:
the opening paragraph is the clerk's text.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from tthc_desktop.domain.text import nfc

# (key, label shown in the editor); the order is the report's.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("opening", "Mở đầu: căn cứ, văn bản chỉ đạo"),
    ("s1_impact", "I.1. Đánh giá tác động TTHC"),
    ("s2_appraisal", "I.2. Thẩm định, thẩm tra TTHC"),
    ("s3_publication", "I.3. Công bố, công khai TTHC"),
    ("s4_review", "I.4. Rà soát, đơn giản hóa TTHC"),
    ("s5_feedback", "I.5. Tiếp nhận, xử lý phản ánh, kiến nghị"),
    ("s6_results", "I.6. Tình hình, kết quả giải quyết TTHC"),
    ("s7_one_stop", "I.7. Một cửa, một cửa liên thông"),
    ("s8_online", "I.8. TTHC trên môi trường điện tử"),
    ("s9_communication", "I.9. Truyền thông"),
    ("s10_initiatives", "I.10. Sáng kiến cải cách TTHC"),
    ("s11_inspection", "I.11. Kiểm tra"),
    ("s12_other", "I.12. Nội dung khác"),
    ("strengths", "II.1. Kết quả đạt được"),
    ("limits", "II.2. Hạn chế, nguyên nhân"),
    ("tasks", "III. Phương hướng, nhiệm vụ kỳ tiếp theo"),
    ("proposals", "IV. Kiến nghị, đề xuất"),
    ("closing", "Đoạn kết"),
)
KEYS = tuple(k for k, _ in SECTIONS)
PLACEHOLDERS = {"ky": "tên kỳ báo cáo", "ky_sau": "tên kỳ tiếp theo", "don_vi": "tên đơn vị",
                "ubnd": "UBND + tên đơn vị", "cap_tren": "cơ quan nhận báo cáo"}
_TOKEN = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")

DEFAULTS: dict[str, str] = {
    "opening": "Thực hiện chế độ báo cáo định kỳ về công tác kiểm soát thủ tục hành chính và các văn bản chỉ đạo, "
               "hướng dẫn của {cap_tren};",
    "s1_impact": "- Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo: Không.\n"
                 "- Số lượng TTHC được ban hành trong kỳ báo cáo đã được đánh giá tác động: Không.",
    "s2_appraisal": "Trong kỳ báo cáo, {ubnd} không chủ trì thẩm định, thẩm tra thủ tục hành chính trong dự thảo "
                    "văn bản quy phạm pháp luật.",
    "s3_publication": "{ubnd} thực hiện niêm yết công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm quyền "
                      "giải quyết tại nơi tiếp nhận hồ sơ và trên Trang thông tin điện tử, bảo đảm chính xác, rõ ràng, "
                      "tạo điều kiện thuận lợi cho cá nhân, tổ chức tìm hiểu và thực hiện.",
    "s4_review": "{ubnd} chỉ đạo công chức chuyên môn rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết để "
                 "kịp thời phát hiện, kiến nghị cấp có thẩm quyền sửa đổi, bổ sung, bãi bỏ những quy định không còn "
                 "phù hợp.",
    "s5_feedback": "{ubnd} niêm yết công khai địa chỉ, số điện thoại tiếp nhận phản ánh, kiến nghị của cá nhân, tổ "
                   "chức về quy định hành chính tại nơi tiếp nhận hồ sơ và trên Trang thông tin điện tử.",
    "s6_results": "Công chức tiếp nhận, giải quyết hồ sơ thực hiện đúng quy trình, thời hạn giải quyết theo quy "
                  "định; kịp thời chấn chỉnh những biểu hiện gây khó khăn, phiền hà cho người dân, tổ chức.",
    "s7_one_stop": "{ubnd} tiếp tục thực hiện tiếp nhận, giải quyết và trả kết quả thủ tục hành chính theo cơ chế "
                   "một cửa, một cửa liên thông; công khai thủ tục hành chính, thời gian giải quyết, phí, lệ phí tại "
                   "nơi tiếp nhận hồ sơ.",
    "s8_online": "{ubnd} chỉ đạo đẩy mạnh tiếp nhận, giải quyết thủ tục hành chính trên môi trường điện tử; hướng "
                 "dẫn, hỗ trợ người dân đăng ký tài khoản, nộp hồ sơ và thanh toán phí, lệ phí trực tuyến; thực hiện "
                 "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định.",
    "s9_communication": "{ubnd} tuyên truyền về công tác kiểm soát thủ tục hành chính, cải cách hành chính trên hệ "
                        "thống truyền thanh, Trang thông tin điện tử và tại nơi tiếp nhận hồ sơ.",
    "s10_initiatives": "Không có.",
    "s11_inspection": "Không có.",
    "s12_other": "Không có.",
    "strengths": "Công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông được quan tâm "
                 "chỉ đạo; thủ tục hành chính được công khai đầy đủ, kịp thời; hồ sơ được tiếp nhận, giải quyết đúng "
                 "quy định, tạo thuận lợi cho người dân, tổ chức.",
    "limits": "Một bộ phận người dân chưa quen sử dụng dịch vụ công trực tuyến, vẫn có tâm lý muốn nộp hồ sơ và nhận "
              "kết quả trực tiếp.",
    "tasks": "1. Tiếp tục thực hiện có chất lượng, hiệu quả các nhiệm vụ kiểm soát thủ tục hành chính; rà soát, kiến "
             "nghị đơn giản hóa thủ tục hành chính.\n"
             "2. Cập nhật, niêm yết công khai kịp thời, đầy đủ các thủ tục hành chính mới ban hành, sửa đổi, bổ sung, "
             "bãi bỏ.\n"
             "3. Đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử, thanh toán trực tuyến, số hóa hồ "
             "sơ, kết quả giải quyết thủ tục hành chính.\n"
             "4. Tiếp nhận, xử lý kịp thời phản ánh, kiến nghị của cá nhân, tổ chức; hạn chế thấp nhất hồ sơ giải "
             "quyết quá hạn.",
    "proposals": "Không có.",
    "closing": "Trên đây là báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ "
               "chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử {ky} của "
               "{ubnd}./.",
}


def default_narrative() -> dict[str, str]:
    """The narrative a unit's first report starts with."""
    return dict(DEFAULTS)


def merged(narrative: Mapping[str, str] | None) -> dict[str, str]:
    """Every key present: the given texts (NFC) over the defaults; unknown keys are dropped."""
    out = default_narrative()
    for key, value in (narrative or {}).items():
        if key in out and value is not None:
            out[key] = nfc(str(value))
    return out


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace the known placeholders ({ky}, {don_vi} ...); any other brace text stays as typed."""
    return _TOKEN.sub(lambda m: values.get(m.group(1), m.group(0)), nfc(text or ""))


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of a narrative text, whitespace tidied (each becomes one paragraph)."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]
