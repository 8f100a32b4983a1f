"""PDF pages as images for the in-app preview and for printing, plus "open with the PDF viewer".

PySide6-Essentials has no QtPdf, so pages are rendered by the first renderer available:
1. `PySide6.QtPdf` (when the separate PySide6_Pdf wheel is installed),
2. `pypdfium2` (a dependency of the app; wheels for Windows and Linux),
3. poppler's `pdftoppm` on PATH.
With none of them the preview says so and the clerk opens the file in the system's PDF viewer.
Rendering runs in a background operation; QImage (not QPixmap) is safe off the GUI thread.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage


def preview_backend() -> str:
    """Name of the renderer in use: qtpdf | pypdfium2 | pdftoppm | none."""
    try:
        import PySide6.QtPdf  # noqa: F401
        return "qtpdf"
    except ImportError:
        pass
    try:
        import pypdfium2  # noqa: F401
        return "pypdfium2"
    except ImportError:
        pass
    return "pdftoppm" if shutil.which("pdftoppm") else "none"


def _with_pdfium(pdf: bytes, dpi: int, max_pages: int | None) -> list[QImage]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for i in range(min(len(doc), max_pages or len(doc))):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            images.append(QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888).copy())
            page.close()
    finally:
        doc.close()
    return images


def _with_pdftoppm(pdf: bytes, dpi: int, max_pages: int | None) -> list[QImage]:
    with tempfile.TemporaryDirectory(prefix="tthc-preview-") as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        cmd = ["pdftoppm", "-png", "-r", str(dpi)]
        if max_pages:
            cmd += ["-l", str(max_pages)]
        subprocess.run([*cmd, str(src), str(Path(tmp) / "page")], check=True, capture_output=True, timeout=120)
        return [QImage(str(p)) for p in sorted(Path(tmp).glob("page*.png"), key=lambda p: int(p.stem.split("-")[-1]))]


def _with_qtpdf(pdf: bytes, dpi: int, max_pages: int | None) -> list[QImage]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    images = []
    for i in range(min(doc.pageCount(), max_pages or doc.pageCount())):
        size = doc.pagePointSize(i)
        images.append(doc.render(i, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))))
    return images


def render_pages(pdf: bytes, *, dpi: int = 80, max_pages: int | None = None) -> list[QImage]:
    """The pages of `pdf` as images (empty list when no renderer is available)."""
    backend = preview_backend()
    if backend == "qtpdf":
        return _with_qtpdf(pdf, dpi, max_pages)
    if backend == "pypdfium2":
        return _with_pdfium(pdf, dpi, max_pages)
    if backend == "pdftoppm":
        return _with_pdftoppm(pdf, dpi, max_pages)
    return []


def open_in_viewer(path: str | Path) -> bool:
    """Open a PDF with the system's default viewer (Adobe Reader, Foxit, the browser ...)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))
