"""Nhật ký thay đổi: the append-only audit log, read-only, with filters and pages of 200 rows.

Rows come from `store.audit.query_audit(AuditFilter(...))` (data changes written by the store's triggers,
plus sign-ins, unlocks and restores). Column names are shown in Vietnamese and values readably (dates
dd/mm/yyyy, empty as "(trống)"); the selected row's old and new values are listed side by side.
"""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QSplitter, QTableView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from tthc_desktop.domain.formatting import fmt_date, fmt_int
from tthc_desktop.gui.models.base import Column, RowRole, RowsTableModel
from tthc_desktop.gui.pages.base import BasePage, search_edit, setup_table, styled_label, tool_button
from tthc_desktop.gui.theme import DATE_FORMAT, iso
from tthc_desktop.store import audit

PAGE_SIZE = 200
# Column names of the store in a clerk's words (others are shown as they are).
COLUMN_LABELS = {
    "name": "Tên", "code": "Mã", "local_code": "Mã của tỉnh", "field_id": "Lĩnh vực (mã)",
    "agency": "Cơ quan thực hiện",
    "online_type": "Mức độ DVC", "lien_thong": "Liên thông", "procedure_type": "Loại TTHC", "has_fee": "Có phí",
    "fee_text": "Phí, lệ phí", "processing_days": "Thời hạn (ngày)", "effective_from": "Hiệu lực từ",
    "abolished_on": "Bãi bỏ từ", "note": "Ghi chú", "kind": "Loại", "number": "Số", "issued_on": "Ngày ban hành",
    "summary": "Trích yếu / nội dung", "tags": "Nội dung công bố", "issuer": "Cơ quan ban hành",
    "received_on": "Ngày nhận", "channel": "Hình thức", "subject": "Đối tượng", "sender": "Người gửi",
    "deadline": "Hạn xử lý", "resolved_on": "Ngày xử lý xong", "outcome": "Kết quả", "published": "Đã công khai",
    "period": "Kỳ", "label": "Dòng", "row_group": "Nhóm", "carried_over": "Từ kỳ trước", "new_online": "Trực tuyến",
    "new_direct": "Trực tiếp", "new_postal": "Bưu chính", "resolved_early": "Trước hạn", "resolved_on_time": "Đúng hạn",
    "resolved_late": "Quá hạn", "pending_in_time": "Đang giải quyết trong hạn",
    "pending_overdue": "Đang giải quyết quá hạn",
    "digitised_received": "Số hóa khi tiếp nhận", "digitised_results": "Số hóa kết quả", "with_fee": "Hồ sơ có phí",
    "paid_online": "Thanh toán trực tuyến", "fees_collected": "Phí thu được", "status": "Tình trạng",
    "narrative": "Nội dung báo cáo", "unlock_reason": "Lý do mở khóa", "unlocked_by": "Người mở khóa",
    "issued_by": "Người phát hành", "username": "Tên đăng nhập", "full_name": "Họ và tên", "role": "Vai trò",
    "active": "Đang dùng", "failed_attempts": "Số lần nhập sai", "locked_until": "Tạm khóa đến", "value": "Giá trị",
    "key": "Khóa cài đặt", "applicant_name": "Người nộp", "receipt_no": "Mã hồ sơ", "received_at": "Nhận hồ sơ",
    "due_at": "Hẹn trả", "resolved_at": "Trả kết quả", "unit_type": "Loại đơn vị", "province": "Tỉnh",
    "signer_name": "Người ký", "signer_title": "Chức vụ người ký", "recipients": "Nơi nhận",
    "receiving_level_name": "Cấp nhận báo cáo", "key_fingerprint": "Dấu vân tay khóa", "content": "Nội dung",
    "target_value": "Chỉ tiêu", "done": "Đã xong", "day": "Ngày", "year": "Năm",
    "entered_portal_at": "Nhập lên cổng lúc", "entered_portal_by": "Người nhập lên cổng", "officer": "Cán bộ xử lý",
    "return_reason": "Lý do trả lại", "result_delivery": "Cách nhận kết quả", "digitised": "Đã số hóa",
    "fee": "Phí (đồng)", "copies": "Số bộ", "documents": "Thành phần hồ sơ", "portal_code": "Mã trên cổng",
    "applicant_id_no": "Số định danh", "phone": "Điện thoại", "email": "Thư điện tử", "address": "Địa chỉ",
    "authorised_person": "Người được ủy quyền", "book_no": "Quyển số", "seq": "Số thứ tự",
    "procedure_id": "Thủ tục (mã)",
    "document_id": "Văn bản (mã)", "action": "Hình thức", "changed_on": "Ngày thay đổi", "group_name": "Nhóm",
    "sort_order": "Thứ tự", "level": "Cấp thực hiện", "processing_hours": "Thời hạn (giờ)", "header_line1":
    "Dòng tiêu đề 1", "header_line2": "Dòng tiêu đề 2", "place_name": "Địa danh", "number_suffix": "Ký hiệu",
    "signer_authority": "Thẩm quyền ký", "parent_name": "Cơ quan chủ quản", "is_receiving": "Cấp nhận báo cáo",
    "public_key": "Khóa công khai", "is_self": "Số liệu của chính cơ quan", "registered_at": "Ngày đăng ký",
    "unit_code": "Mã đơn vị", "imported_at": "Nhận lúc", "replaced_by": "Thay bằng gói", "file_name": "Tệp",
    "exported_at": "Xuất lúc", "package_uuid": "Mã gói", "period_start": "Từ ngày", "period_end": "Đến ngày",
    "data_source": "Nguồn số liệu", "source_system": "Hệ thống nguồn", "unlocked_at": "Mở khóa lúc",
    "returned_by_post": "Trả qua bưu chính", "e_certified": "Chứng thực điện tử", "survey_very_satisfied":
    "Rất hài lòng", "survey_satisfied": "Hài lòng", "survey_neutral": "Bình thường", "survey_unsatisfied":
    "Không hài lòng", "decision_number": "Số quyết định", "decision_date": "Ngày quyết định", "section": "Mục",
    "lead": "Chủ trì", "coordinate": "Phối hợp", "deadline_text": "Thời hạn", "product": "Sản phẩm",
    "target_metric": "Chỉ tiêu đo", "done_note": "Ghi chú kết quả",
}


def _value_labels() -> dict[str, dict[str, str]]:
    """Codes stored in a column -> the words the screens show (statuses, channels, kinds ...)."""
    from tthc_desktop.services.register import CHANNELS, STATUSES
    from tthc_desktop.store import catalog, documents, feedback, receiving, statistics
    from tthc_desktop.store.accounts import ROLES
    from tthc_desktop.store.profile import UNIT_TYPES

    return {"online_type": catalog.ONLINE_TYPES, "lien_thong": catalog.LIEN_THONG, "subject": feedback.SUBJECTS,
            "channel": {**feedback.CHANNELS, **CHANNELS}, "unit_type": UNIT_TYPES, "role": ROLES,
            "row_group": statistics.ROW_GROUPS, "kind": {**documents.DOCUMENT_KINDS, "periodic": "định kỳ"},
            "data_source": statistics.DATA_SOURCES,
            "action": documents.LINK_ACTIONS, "status": {**STATUSES, **receiving.PACKAGE_STATUSES,
                                                         "draft": "dự thảo", "issued": "đã phát hành",
                                                         "in_force": "đang thực hiện", "abolished": "đã bãi bỏ"}}


_VALUE_LABELS: dict[str, dict[str, str]] = {}
# Columns the viewer does not spell out (technical, or too large to read), with what they are.
_HIDDEN = {"search_key": "khóa tìm kiếm", "created_at": "thời điểm tạo", "updated_at": "thời điểm cập nhật",
           "pdf": "tệp PDF", "snapshot": "ảnh chụp số liệu khi phát hành", "manifest": "mô tả gói",
           "data": "dữ liệu gói", "audit": "nhật ký trong gói", "report_pdf": "tệp PDF báo cáo"}
_IDENTITY = ("code", "number", "username", "receipt_no", "label", "name", "summary", "period", "key", "day")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def user_label(username: str | None) -> str:
    """"hệ thống" for writes made without sign-in (the store's default user), else the account name."""
    return "hệ thống" if username in (None, "", "system") else username


def column_label(column: str) -> str:
    return COLUMN_LABELS.get(column, column)


def readable(value: Any, width: int | None = 60, column: str | None = None) -> str:
    """A stored value as a clerk reads it: dates dd/mm/yyyy, times "14:05 03/02/2024", codes in words,
    empty "(trống)"."""
    if value is None or value == "":
        return "(trống)"
    if column and not _VALUE_LABELS:
        _VALUE_LABELS.update(_value_labels())
    labels = _VALUE_LABELS.get(column or "")
    if labels and isinstance(value, str) and value in labels:
        return labels[value]
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, float):
        value = int(value) if value.is_integer() else value
    if isinstance(value, float):
        text = f"{value:g}".replace(".", ",")
    elif isinstance(value, int) and abs(value) >= 10000:
        text = fmt_int(value)
    elif isinstance(value, str) and _ISO_DAY.match(value):
        text = fmt_date(value)
    elif isinstance(value, str) and _ISO_TIME.match(value):
        text = audit.fmt_at(value)
    else:
        text = " ".join(str(value).split())
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def _identity(row: dict) -> str:
    values = row.get("new_values") or row.get("old_values") or {}
    for key in _IDENTITY:
        if values.get(key):
            return readable(values[key], 50)
    return f"#{row['row_key']}" if row.get("row_key") else ""


def change_summary(row: dict) -> str:
    """"Tên: A → B; Thời hạn (ngày): 5 → 3" for an update; the row's identity for an insert or delete."""
    changes = [c for c in row.get("changes") or [] if c[0] not in _HIDDEN]
    if row["action"] == "update":
        text = "; ".join(f"{column_label(c)}: {readable(o, 30, c)} → {readable(n, 30, c)}"
                         for c, o, n in changes[:4])
        if len(changes) > 4:
            text += f" (và {len(changes) - 4} trường khác)"
        if not changes:
            text = "; ".join(_HIDDEN[c[0]] for c in row.get("changes") or []) or "không có giá trị nào khác đi"
    elif row["action"] in audit.DATA_ACTIONS:
        text = _identity(row)
    else:
        text = ""
    if row.get("note"):
        text = f"{text} — {row['note']}" if text else row["note"]
    return text


class AuditModel(RowsTableModel):
    COLUMNS = (
        Column("at", "Thời điểm", value=lambda r: audit.fmt_at(r["at"]), width=125),
        Column("username", "Người dùng", value=lambda r: user_label(r.get("username")), width=105),
        Column("action_label", "Thao tác", width=115),
        Column("table_label", "Dữ liệu", width=150),
        Column("row_key", "Dòng", value=_identity, width=210),
        Column("changes", "Nội dung thay đổi", value=change_summary),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)


class AuditPage(BasePage):
    """Nhật ký thay đổi (chỉ xem)."""

    title = "Nhật ký thay đổi"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.refresh_button = tool_button("Làm mới", "refresh", "Đọc lại nhật ký")
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất mọi dòng nhật ký khớp bộ lọc ra Excel")
        self.header_row.addWidget(self.refresh_button)
        self.header_row.addWidget(self.export_button)
        bar = QHBoxLayout()
        self.table_combo, self.user_combo, self.action_combo = QComboBox(), QComboBox(), QComboBox()
        self.since_check, self.until_check = QCheckBox("Từ ngày"), QCheckBox("đến ngày")
        self.since_edit, self.until_edit = QDateEdit(), QDateEdit()
        for edit, day in ((self.since_edit, QDate.currentDate().addMonths(-1)), (self.until_edit, QDate.currentDate())):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.setDate(day)
            edit.setEnabled(False)
        self.search = search_edit("Tìm trong giá trị, ghi chú (không dấu cũng được)…")
        for w in (self.table_combo, self.user_combo, self.action_combo, self.since_check, self.since_edit,
                  self.until_check, self.until_edit, self.search):
            bar.addWidget(w)
        bar.addStretch(1)
        self.content.addLayout(bar)
        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # newest first, as the log is paged
        for i, col in enumerate(AuditModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.details = QTableWidget(0, 3)
        self.details.setHorizontalHeaderLabels(["Trường", "Giá trị cũ", "Giá trị mới"])
        self.details.verticalHeader().setVisible(False)
        self.details.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.details.setColumnWidth(0, 220)
        self.details.setColumnWidth(1, 380)
        self.details.horizontalHeader().setStretchLastSection(True)
        self.details_title = styled_label("Chọn một dòng để xem giá trị cũ và mới.", "hint")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.details_title)
        lower_layout.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.content.addWidget(self.splitter, 1)
        pager = QHBoxLayout()
        self.count_label = styled_label("", "hint")
        self.prev_button = tool_button("◀ Trang trước")
        self.page_label = QLabel()
        self.next_button = tool_button("Trang sau ▶")
        pager.addWidget(self.count_label, 1)
        for w in (self.prev_button, self.page_label, self.next_button):
            pager.addWidget(w)
        self.content.addLayout(pager)
        self.page_index = 0
        self.total = 0
        self._timer = self.typing_timer(250, self.first_page)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.table_combo, self.user_combo, self.action_combo):
            combo.currentIndexChanged.connect(lambda _i: self.first_page())
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _c: self.first_page())
            edit.dateChanged.connect(lambda _d: self.first_page())
        self.prev_button.clicked.connect(lambda: self.go_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.go_page(self.page_index + 1))
        self.refresh_button.clicked.connect(self.activate)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_details(cur.row()))
        self._fill_combos()
        self.reload()

    # filters
    def _fill_combos(self) -> None:
        def fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)

        fill(self.table_combo, "Mọi loại dữ liệu",
             sorted(((audit.TABLE_LABELS.get(t, t), t) for t in audit.audit_tables(self.store))))
        fill(self.user_combo, "Mọi người dùng", [(user_label(u), u) for u in audit.audit_users(self.store)])
        fill(self.action_combo, "Mọi thao tác", [(label, key) for key, label in audit.ACTION_LABELS.items()])

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            table=self.table_combo.currentData(), user=self.user_combo.currentData(),
            action=self.action_combo.currentData(),
            since=iso(self.since_edit.date()) if self.since_check.isChecked() else None,
            until=iso(self.until_edit.date()) if self.until_check.isChecked() else None,
            text=self.search.text().strip() or None)

    def set_table_filter(self, table: str) -> None:
        """Show only the changes of one table (by its store name, e.g. "procedures")."""
        self.table_combo.setCurrentIndex(max(self.table_combo.findData(table), 0))

    # data
    def activate(self) -> None:
        self._fill_combos()
        self.reload()

    def first_page(self) -> None:
        self.go_page(0)

    def go_page(self, index: int) -> None:
        pages = max(1, -(-self.total // PAGE_SIZE))
        self.page_index = min(max(index, 0), pages - 1)
        self.reload()

    def reload(self) -> None:
        flt = self.current_filter()
        self.total = audit.count_audit(self.store, flt)
        pages = max(1, -(-self.total // PAGE_SIZE))
        self.page_index = min(self.page_index, pages - 1)
        rows = audit.query_audit(self.store, flt, limit=PAGE_SIZE, offset=self.page_index * PAGE_SIZE)
        self.model.set_rows(rows)
        first = self.page_index * PAGE_SIZE + 1 if rows else 0
        self.count_label.setText(f"{fmt_int(self.total)} dòng nhật ký khớp bộ lọc; đang xem {fmt_int(first)}–"
                                 f"{fmt_int(first + len(rows) - 1 if rows else 0)}, mới nhất trước. Nhật ký chỉ "
                                 "được ghi thêm, không sửa, không xóa được.")
        self.page_label.setText(f"Trang {self.page_index + 1}/{pages}")
        self.prev_button.setEnabled(self.page_index > 0)
        self.next_button.setEnabled(self.page_index < pages - 1)
        if rows:
            self.view.selectRow(0)
        else:
            self._show_details(-1)

    def _show_details(self, row_index: int) -> None:
        self.details.setRowCount(0)
        if row_index < 0 or row_index >= self.model.rowCount():
            self.details_title.setText("Chọn một dòng để xem giá trị cũ và mới.")
            return
        row = self.model.index(row_index, 0).data(RowRole)
        self.details_title.setText(" · ".join(x for x in (
            audit.fmt_at(row["at"]), user_label(row.get("username")), row["action_label"], row["table_label"],
            _identity(row), row.get("note") or "") if x))
        changes = [c for c in row["changes"] if c[0] not in _HIDDEN]
        hidden = [c[0] for c in row["changes"] if c[0] in _HIDDEN]
        lines = [(column_label(c), readable(o, None, c), readable(n, None, c)) for c, o, n in changes]
        if row["action"] == "insert":
            lines = [(k, "", n) for k, _o, n in lines]
        elif row["action"] == "delete":
            lines = [(k, o, "") for k, o, _n in lines]
        if hidden:
            lines.append(("Trường khác (không hiển thị)", ", ".join(_HIDDEN[c] for c in hidden), ""))
        self.details.setRowCount(len(lines))
        for r, values in enumerate(lines):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text if len(text) <= 400 else text[:399] + "…")
                item.setToolTip(text[:2000])
                self.details.setItem(r, c, item)

    def export_excel(self, path: str | None = None):
        """Every row matching the filter (not only this page) to .xlsx or CSV, values in full."""
        from tthc_desktop.exchange.tables_out import Column as OutColumn
        from tthc_desktop.gui.table_export import start_export, unit_line, write_table

        flt = self.current_filter()
        rows = []
        for r in audit.query_audit(self.store, flt, limit=max(self.total, 1)):
            changes = [c for c in r["changes"] if c[0] not in _HIDDEN]
            detail = "; ".join(f"{column_label(c)}: {readable(o, None, c)} → {readable(n, None, c)}"
                               for c, o, n in changes) if r["action"] == "update" else change_summary(r)
            rows.append({"at": audit.fmt_at(r["at"]), "user": user_label(r.get("username")),
                         "action": r["action_label"], "table": r["table_label"], "row": _identity(r),
                         "detail": detail, "note": r.get("note") or ""})
        columns = (OutColumn("Thời điểm", "at", "text", 17), OutColumn("Người dùng", "user", "text", 14),
                   OutColumn("Thao tác", "action", "text", 16), OutColumn("Dữ liệu", "table", "text", 20),
                   OutColumn("Dòng", "row", "text", 24), OutColumn("Nội dung thay đổi", "detail", "text", 80),
                   OutColumn("Ghi chú", "note", "text", 30))
        lines = ["NHẬT KÝ THAY ĐỔI DỮ LIỆU", unit_line(self.store)]
        return start_export(self, "nhat-ky-thay-doi.xlsx",
                            lambda target, _p: write_table(target, "Nhật ký thay đổi", lines, columns, rows),
                            path=path, what="dòng nhật ký")
