"""Trợ giúp: the user guide renders its Markdown with the screenshots beside it; a missing guide is explained;
Giới thiệu names the version, the data file and the fonts' licence."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument


def test_user_guide_renders_markdown_with_relative_images(qtbot, tmp_path, monkeypatch, shown_messages):
    from tthc_desktop import assets
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.help import MAX_IMAGE_WIDTH, show_user_guide

    create_application()
    (tmp_path / "screenshots").mkdir()
    wide = QImage(1366, 820, QImage.Format.Format_RGB32)
    wide.fill(QColor("#1f3b57"))
    assert wide.save(str(tmp_path / "screenshots" / "01-dashboard.png"))
    guide = tmp_path / "huong-dan-su-dung.md"
    guide.write_text("# Hướng dẫn sử dụng\n\n## 1. Cài đặt\n\nBấm **Sao lưu ngay** để ghi ra USB.\n\n"
                     "![Tổng quan](screenshots/01-dashboard.png)\n", encoding="utf-8")
    monkeypatch.setattr(assets, "user_guide_path", lambda: guide)
    dialog = show_user_guide(None)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert "Hướng dẫn sử dụng" in text and "Bấm Sao lưu ngay để ghi ra USB." in text
    assert "**" not in text and "##" not in text  # rendered, not shown as source
    image = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl("screenshots/01-dashboard.png"))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() <= MAX_IMAGE_WIDTH  # scaled to the window, not 1366 px wide
    dialog.find_edit.setText("sao lưu")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText().lower() == "sao lưu"


def test_missing_guide_is_explained(qtbot, monkeypatch, shown_messages):
    from tthc_desktop import assets
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.help import show_user_guide

    create_application()

    def missing():
        raise FileNotFoundError("docs/huong-dan-su-dung.md")

    monkeypatch.setattr(assets, "user_guide_path", missing)
    assert show_user_guide(None) is None
    kind, text = shown_messages[-1]
    assert kind == "info" and text.startswith("Bản cài đặt này chưa có hướng dẫn sử dụng (không thấy tệp "
                                              "docs/huong-dan-su-dung.md")


def test_the_guide_ships_with_the_app(tmp_path, monkeypatch):
    from pathlib import Path

    from tthc_desktop import assets

    root = Path(assets.__file__).resolve().parents[1]
    assert '"docs/huong-dan-su-dung.md" = "tthc_desktop/_bundled/docs/huong-dan-su-dung.md"' in (
        root / "pyproject.toml").read_text(encoding="utf-8")
    spec = (root / "installer.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "docs" / "huong-dan-su-dung.md"), "docs")' in spec
    assert '(str(ROOT / "docs" / "screenshots"), "docs/screenshots")' in spec
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "huong-dan-su-dung.md").write_text("# Hướng dẫn", encoding="utf-8")
    monkeypatch.setattr(assets, "bundle_root", lambda: tmp_path)  # a frozen build's _MEIPASS, say
    assert assets.user_guide_path() == tmp_path / "docs" / "huong-dan-su-dung.md"


def test_about_names_version_data_file_and_font_licences(qtbot, store):
    from tthc_desktop import __version__
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.help import AboutDialog

    create_application()
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    info = dialog.info.text()
    assert f"TTHC Desktop {__version__}" in info
    assert str(store.path) in info
    assert "Liberation Sans" in info and "SIL Open Font License 1.1" in info
    from PySide6.QtWidgets import QTabWidget, QTextBrowser

    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Giới thiệu", "Giấy phép Liberation Sans",
                                                              "Giấy phép Liberation Serif"]
    licence = tabs.widget(1)
    assert isinstance(licence, QTextBrowser) and "SIL Open Font License" in licence.toPlainText()


def test_the_shipped_guide_opens_with_every_screenshot_it_shows(qtbot, shown_messages):
    import re

    from tthc_desktop.assets import user_guide_path
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.help import show_user_guide

    create_application()
    guide = user_guide_path()
    images = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", guide.read_text(encoding="utf-8"))
    assert images and all((guide.parent / image).is_file() for image in images), images
    dialog = show_user_guide(None)
    qtbot.addWidget(dialog)
    assert "Hướng dẫn" in dialog.browser.toPlainText()
    first = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(images[0]))
    assert isinstance(first, QImage) and not first.isNull()
