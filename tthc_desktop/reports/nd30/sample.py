"""A realistic sample: quarterly KSTTHC report of UBND xã Đồng Lạc with a Biểu II.06a annex.

Used by `scripts/render_sample_nd30.py`, the engine's tests and smoke checks, so that people can
look at the layout without a database.
"""
from __future__ import annotations

from datetime import date, datetime

from tthc_desktop.domain.formatting import fmt_int

from .markup import bold, italic, join
from .model import (Annex, Bullet, DataTable, Document, DocumentHeader, HeaderCell, Heading, Para, SignatureBlock,
                    TableRow, number_line, place_date_line)

SAMPLE_CREATED = datetime(2023, 6, 15, 9, 30)
FIELDS = (
    "Hộ tịch", "Chứng thực", "Nuôi con nuôi", "Hòa giải ở cơ sở", "Phổ biến giáo dục pháp luật",
    "Bồi thường nhà nước", "Người có công", "Bảo trợ xã hội", "Trẻ em", "Phòng, chống tệ nạn xã hội",
    "Giảm nghèo", "Việc làm", "Văn hóa cơ sở", "Gia đình", "Thể dục, thể thao", "Thư viện",
    "Thi đua, khen thưởng", "Tín ngưỡng, tôn giáo", "Công tác dân tộc", "Đất đai", "Môi trường",
    "Nông nghiệp (trồng trọt, chăn nuôi, thú y)", "Thủy lợi, phòng chống thiên tai", "Kinh tế hợp tác",
    "Hộ kinh doanh", "Xây dựng", "Nhà ở", "Giao thông", "Giáo dục", "Y tế", "Nội vụ",
)
VERTICAL = ("Công an xã (cư trú, căn cước)", "Ban Chỉ huy quân sự xã (đăng ký nghĩa vụ quân sự)")

II06A_HEADER = (
    (HeaderCell("STT", rowspan=2), HeaderCell("Lĩnh vực, công việc giải quyết theo cấp", rowspan=2),
     HeaderCell("Số hồ sơ nhận giải quyết", colspan=4), HeaderCell("Số hồ sơ đã giải quyết", colspan=4),
     HeaderCell("Số hồ sơ đang giải quyết", colspan=3)),
    ("Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
     "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"),
)
II06A_WIDTHS = (4, 24, 6, 6, 7, 6, 6, 6, 6, 6, 6, 6, 6)


def ii06a_row(seed: int) -> list[int]:
    """Columns (3)-(13) of Biểu II.06a that satisfy (3)=(4)+(5)+(6), (7)=(8)+(9)+(10),
    (11)=(12)+(13) and (3)=(7)+(11); deterministic from `seed`."""
    online = (seed * 37) % 160 + (1200 if seed == 0 else 0)
    direct = (seed * 11) % 23
    carried = seed % 4
    received = online + direct + carried
    pending_in, pending_late = seed % 3, 1 if seed % 9 == 4 else 0
    resolved = received - pending_in - pending_late
    late = 1 if seed % 7 == 3 and resolved > 5 else 0
    on_time = resolved // 9
    early = resolved - on_time - late
    return [received, online, direct, carried, resolved, early, on_time, late,
            pending_in + pending_late, pending_in, pending_late]


def ii06a_table() -> DataTable:
    """Biểu II.06a with the commune's fields, the vertical agencies and a total row."""
    rows: list[TableRow | list] = [TableRow(("I", "Lĩnh vực thuộc thẩm quyền của UBND xã", *[""] * 11), bold=True)]
    totals = [0] * 11
    for i, name in enumerate(FIELDS):
        values = ii06a_row(i)
        totals = [t + v for t, v in zip(totals, values)]
        rows.append([i + 1, name, *values])
    rows.append(TableRow(("II", "Cơ quan ngành dọc tiếp nhận tại Bộ phận Một cửa", *[""] * 11), bold=True))
    for j, name in enumerate(VERTICAL):
        values = ii06a_row(100 + j)
        totals = [t + v for t, v in zip(totals, values)]
        rows.append([j + 1, name, *values])
    return DataTable(header=II06A_HEADER, rows=rows, col_widths=II06A_WIDTHS, numbered=True,
                     total=TableRow(("TỔNG CỘNG", *totals), span=2))


def sample_report_document(*, number: int | None = 5, issued: date | None = date(2023, 6, 15)) -> Document:
    """The quarterly report (quý II năm 2023) of xã Đồng Lạc, 3+ pages plus a 2-page landscape annex."""
    header = DocumentHeader(
        issuing_agency=("ỦY BAN NHÂN DÂN", "XÃ ĐỒNG LẠC"),
        number=number_line(number, "BC-UBND"),
        place_date=place_date_line("Đồng Lạc", issued, year=2023),
        doc_type="BÁO CÁO",
        summary=("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế "
                 "một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử "
                 "quý II năm 2023",),
        subtitle="(Số liệu từ ngày 15/3/2023 đến hết ngày 14/6/2023)",
    )
    total = ii06a_table().total.cells[1:]  # type: ignore[union-attr]
    body = [
        Para("Thực hiện Kế hoạch số 16/KH-UBND ngày 22 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh về kiểm soát "
             "thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2023; Ủy ban nhân dân xã "
             "Đồng Lạc báo cáo kết quả thực hiện quý II năm 2023 như sau:"),
        Heading("I. Tình hình, kết quả kiểm soát thủ tục hành chính"),
        Heading("1. Đánh giá tác động thủ tục hành chính", level=2),
        Para("Trong kỳ báo cáo, Ủy ban nhân dân xã không được giao chủ trì soạn thảo văn bản quy phạm pháp luật "
             "có quy định thủ tục hành chính."),
        Heading("2. Công bố, công khai thủ tục hành chính", level=2),
        Para("Ủy ban nhân dân xã đã niêm yết công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm quyền "
             "giải quyết tại Bộ phận Một cửa và trên Trang thông tin điện tử của xã, cụ thể:"),
        Bullet("Thông báo số 29/TB-UBND ngày 17/01/2023 về việc công bố Danh mục thủ tục hành chính "
               "lĩnh vực Hộ tịch;"),
        Bullet("Thông báo số 41/TB-UBND ngày 03/4/2023 về việc công khai quy trình nội bộ giải quyết thủ tục "
               "hành chính lĩnh vực Bảo trợ xã hội;"),
        Bullet("Thủ tục hành chính bãi bỏ: 02 thủ tục.", marker="+"),
        Para(join("Tính đến ngày 14/6/2023, tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban "
                  "nhân dân xã là ", bold("139 thủ tục"), " thuộc 28 lĩnh vực.")),
        Heading("3. Tình hình, kết quả giải quyết thủ tục hành chính", level=2),
        Heading("a) Số hồ sơ tiếp nhận", level=3),
        Para(join("Quý II năm 2023, Ủy ban nhân dân xã đã tiếp nhận ", bold(f"{fmt_int(total[0])} hồ sơ"), " ",
                  italic(f"(trong đó trực tuyến: {fmt_int(total[1])} hồ sơ; trực tiếp, dịch vụ bưu chính: "
                         f"{fmt_int(total[2])} hồ sơ; từ kỳ trước chuyển sang: {fmt_int(total[3])} hồ sơ)"),
                  "; chi tiết tại Biểu số II.06a/VPCP/KSTT kèm theo.")),
        Heading("b) Kết quả giải quyết", level=3),
        Para("Hồ sơ giải quyết trước hạn và đúng hạn đạt tỷ lệ cao; các hồ sơ quá hạn đều có văn bản xin lỗi "
             "và hẹn lại thời gian trả kết quả theo quy định. Ủy ban nhân dân xã tiếp tục chỉ đạo công chức "
             "chuyên môn rút ngắn thời gian giải quyết, tăng cường số hóa hồ sơ, kết quả giải quyết thủ tục "
             "hành chính."),
        Heading("4. Tiếp nhận, xử lý phản ánh, kiến nghị", level=2),
        Para("Trong kỳ, Ủy ban nhân dân xã không tiếp nhận phản ánh, kiến nghị của cá nhân, tổ chức về quy định "
             "hành chính và hành vi hành chính."),
        Heading("II. Đánh giá chung"),
        Para("Công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông được quan tâm "
             "chỉ đạo; việc niêm yết, công khai thủ tục hành chính được thực hiện nghiêm túc, đúng quy định, "
             "tạo thuận lợi cho cá nhân, tổ chức tiếp cận, tìm hiểu và thực hiện. Tuy nhiên, tỷ lệ hồ sơ "
             "nộp trực tuyến ở một số lĩnh vực còn thấp do người dân chưa quen sử dụng dịch vụ công trực tuyến."),
        Heading("III. Phương hướng, nhiệm vụ kỳ tiếp theo"),
        Bullet("Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; niêm yết kịp thời các thủ tục được sửa đổi, "
               "bổ sung."),
        Bullet("Đẩy mạnh tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, "
               "lệ phí."),
        Bullet("Thực hiện số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính."),
        Heading("IV. Kiến nghị, đề xuất"),
        Para("Đề nghị Văn phòng Ủy ban nhân dân tỉnh tiếp tục tổ chức tập huấn nghiệp vụ kiểm soát thủ tục "
             "hành chính cho công chức cấp xã."),
        Para("Trên đây là báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai "
             "cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử quý II "
             "năm 2023 của Ủy ban nhân dân xã Đồng Lạc./."),
    ]
    annex = Annex(
        form_code="Biểu số II.06a/VPCP/KSTT",
        form_note=("Ban hành kèm theo Thông tư số 01/2020/TT-VPCP",),
        title=("Tình hình, kết quả giải quyết thủ tục hành chính tại cơ quan, đơn vị trực tiếp giải quyết "
               "thủ tục hành chính",),
        reporting_unit="UBND xã Đồng Lạc",
        receiving_unit="Văn phòng UBND tỉnh",
        period="Kỳ báo cáo: Quý II năm 2023 (Từ ngày 15/3/2023 đến ngày 14/6/2023)",
        unit="Số hồ sơ TTHC.",
        table=ii06a_table(),
    )
    return Document(
        header=header, body=body,
        signature=SignatureBlock(signer_name="Ngô Chí Dũng", title=("CHỦ TỊCH",)),
        recipients=("Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC);", "Thường trực Đảng ủy xã;",
                    "Chủ tịch, các Phó Chủ tịch UBND xã;", "Lưu: VT, VP."),
        annexes=(annex,),
    )
