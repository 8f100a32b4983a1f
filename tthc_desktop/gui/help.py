"""Trợ giúp: the user guide (docs/huong-dan-su-dung.md, Markdown) in a browser window, and Giới thiệu.

The guide is found through `tthc_desktop.assets` (the repository's docs/ in a checkout, bundled docs/ in a
wheel or the Windows build), rendered by QTextDocument's Markdown reader with its screenshots resolved
relative to the guide and scaled to the window's width.
"""
from __future__ import annotations

import platform
import sqlite3
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from tthc_desktop import APP_NAME, __version__
from tthc_desktop.gui import messages

FONT_LICENCES = (("Liberation Sans", "giao diện", "resources/fonts/LICENSE-LiberationSans.txt"),
                 ("Liberation Serif", "văn bản PDF khi máy không có Times New Roman",
                  "resources/fonts/LICENSE-LiberationSerif.txt"))
MAX_IMAGE_WIDTH = 900


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that scales wide screenshots down to the page width."""

    def loadResource(self, kind: int, url: QUrl):
        data = super().loadResource(kind, url)
        image_kinds = (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value)
        if kind in image_kinds and data is not None:
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            width = min(MAX_IMAGE_WIDTH, max(self.viewport().width() - 40, 400))
            if not image.isNull() and image.width() > width:
                return image.scaledToWidth(width)
            return image
        return data


class UserGuideDialog(QDialog):
    """Hướng dẫn sử dụng: the Markdown guide with a find box (Ctrl+F, Enter = next)."""

    def __init__(self, guide: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Hướng dẫn sử dụng — {APP_NAME}")
        self.resize(1000, 760)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText("Tìm trong hướng dẫn (Enter: tìm tiếp)…")
        self.find_edit.setClearButtonEnabled(True)
        self.find_status = QLabel()
        self.home_button = QPushButton("Về Hướng dẫn sử dụng")
        self.home_button.setVisible(False)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.find_status)
        bar.addWidget(self.home_button)
        layout.addLayout(bar)
        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)  # links are followed by `follow` (other guides, web pages, anchors)
        self.browser.anchorClicked.connect(self.follow)
        self.guide = guide
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(guide.parent) + "/"))
        self.show_guide()
        self.home_button.clicked.connect(self.show_guide)
        layout.addWidget(self.browser, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        messages.localize_buttons(box)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.find_edit.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.find_edit.setFocus)

    def follow(self, url: QUrl) -> None:
        """A web link opens in the browser, an anchor scrolls, another Markdown file of docs/ opens here."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if not url.path() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        target = (self.guide.parent / url.path()).resolve() if not url.isLocalFile() else Path(url.toLocalFile())
        if target.is_file() and target.suffix.lower() == ".md":
            self.browser.setMarkdown(target.read_text(encoding="utf-8"))
            self.find_status.setText(f"Đang xem {target.name}.")
            self.home_button.setVisible(True)
        else:
            self.find_status.setText(f"Tài liệu {url.path()} không có trong bản cài đặt này.")

    def show_guide(self) -> None:
        self.browser.setMarkdown(self.guide.read_text(encoding="utf-8"))
        self.home_button.setVisible(False)
        self.find_status.setText("")

    def find_next(self) -> bool:
        text = self.find_edit.text().strip()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:  # wrap around to the top
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            found = self.browser.find(text)
        self.find_status.setText("" if found else "Không thấy.")
        return found


def show_user_guide(parent: QWidget | None) -> UserGuideDialog | None:
    """Open the guide (non-modal, so the clerk can follow it while working); a clear message if it is missing."""
    from tthc_desktop.assets import USER_GUIDE, bundle_root, user_guide_path

    try:
        guide = user_guide_path()
    except FileNotFoundError:
        messages.show_info(parent, f"Bản cài đặt này chưa có hướng dẫn sử dụng (không thấy tệp {USER_GUIDE} trong "
                                   f"{bundle_root()}). Hãy cài lại chương trình từ bộ cài đầy đủ, hoặc hỏi người "
                                   "cài đặt bản hướng dẫn (tệp huong-dan-su-dung.md).", "Hướng dẫn sử dụng")
        return None
    dialog = UserGuideDialog(guide, parent)
    dialog.show()
    return dialog


class AboutDialog(QDialog):
    """Giới thiệu: version, where the data file is, versions of the parts, licences of the bundled fonts."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        from tthc_desktop.assets import asset_path

        self.setWindowTitle(f"Giới thiệu {APP_NAME}")
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        data = store.path or "trong bộ nhớ (không lưu)"
        self.info = QLabel(
            f"<h2>{APP_NAME} {__version__}</h2>"
            "<p>Kiểm soát thủ tục hành chính cấp xã: danh mục TTHC, văn bản, phản ánh kiến nghị, số liệu hồ sơ, báo "
            "cáo định kỳ theo thể thức Nghị định 30/2020/NĐ-CP và trao đổi dữ liệu qua USB với cấp nhận báo cáo. "
            "Chạy hoàn toàn trên máy, không cần Internet.</p>"
            f"<p><b>Tệp dữ liệu:</b> {data}<br><b>Thư mục dữ liệu:</b> "
            f"{Path(store.path).parent if store.path else '—'}</p>"
            f"<p><b>Thành phần:</b> Python {platform.python_version()}, Qt {qVersion()} (PySide6 {pyside_version}, "
            f"giấy phép LGPL v3), SQLite {sqlite3.sqlite_version}</p>"
            "<p><b>Phông chữ đi kèm</b> (giấy phép SIL Open Font License 1.1, được phép dùng và phân phối lại kèm "
            "phần mềm):<br>" + "<br>".join(f"• {name} — {use}" for name, use, _f in FONT_LICENCES) + "</p>")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.info)
        page_layout.addStretch(1)
        tabs.addTab(page, "Giới thiệu")
        for name, _use, file in FONT_LICENCES:
            text = QTextBrowser()
            try:
                text.setPlainText(asset_path(file).read_text(encoding="utf-8"))
            except FileNotFoundError:
                text.setPlainText(f"Thiếu tệp giấy phép {file} trong bản cài đặt này.")
            tabs.addTab(text, f"Giấy phép {name}")
        layout.addWidget(tabs, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        messages.localize_buttons(box)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
