"""A small hand-drawn chart (QPainter; QtCharts is not in PySide6-Essentials): dossiers received per
quarter as stacked bars (online / direct and postal / carried over) and the online share as a line."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tthc_desktop.domain.formatting import fmt_int, fmt_pct_value

ONLINE = QColor("#1f5f99")
DIRECT = QColor("#8fb8de")
CARRIED = QColor("#d5dde6")
SHARE = QColor("#c62828")


@dataclass(frozen=True)
class ChartBar:
    """One quarter: its label, the counts stacked in the bar, and the online share (None = no data)."""

    label: str
    online: int
    direct: int
    carried: int
    share: Decimal | None
    has_data: bool = True

    @property
    def total(self) -> int:
        return self.online + self.direct + self.carried


def _nice_max(value: int) -> int:
    """A round axis maximum ≥ value (1, 2, 5 × 10^n)."""
    if value <= 0:
        return 10
    step = 1
    while True:
        for m in (1, 2, 5):
            if m * step >= value:
                return m * step
        step *= 10


class QuarterChart(QWidget):
    """Bars of dossiers received per quarter with the online share line (right axis, 0-100%)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[ChartBar] = []
        self.title = ""
        self.setMinimumHeight(230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    def set_bars(self, bars: list[ChartBar], title: str) -> None:
        self.bars, self.title = bars, title
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        bold = QFont(base)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#1f3b57"))
        p.drawText(QRectF(12, 6, self.width() - 24, 22), Qt.AlignmentFlag.AlignLeft, self.title)
        area = QRectF(64, 38, self.width() - 128, self.height() - 38 - 58)
        p.setFont(small)
        if not any(b.has_data for b in self.bars):
            p.setPen(QColor("#5a6472"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, "Chưa có số liệu hồ sơ của các quý trong năm.")
            p.end()
            return
        top = _nice_max(max(b.total for b in self.bars))
        grid = QPen(QColor("#e3e8ee"))
        for i in range(5):
            y = area.bottom() - area.height() * i / 4
            p.setPen(grid)
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor("#5a6472"))
            p.drawText(QRectF(0, y - 9, area.left() - 6, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fmt_int(top * i // 4))
            p.drawText(QRectF(area.right() + 6, y - 9, 56, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"{25 * i}%")
        slot = area.width() / max(len(self.bars), 1)
        width = min(slot * 0.5, 70)
        points: list[QPointF] = []
        for i, bar in enumerate(self.bars):
            cx = area.left() + slot * (i + 0.5)
            y = area.bottom()
            for value, colour in ((bar.online, ONLINE), (bar.direct, DIRECT), (bar.carried, CARRIED)):
                h = area.height() * value / top
                p.fillRect(QRectF(cx - width / 2, y - h, width, h), colour)
                y -= h
            p.setPen(QColor("#1f3b57"))
            if bar.has_data:
                p.drawText(QRectF(cx - slot / 2, y - 20, slot, 18), Qt.AlignmentFlag.AlignCenter, fmt_int(bar.total))
            p.drawText(QRectF(cx - slot / 2, area.bottom() + 4, slot, 18), Qt.AlignmentFlag.AlignCenter, bar.label)
            if bar.share is not None:
                points.append(QPointF(cx, area.bottom() - area.height() * float(bar.share) / 100))
        if points:
            path = QPainterPath(points[0])
            for pt in points[1:]:
                path.lineTo(pt)
            p.setPen(QPen(SHARE, 2.2))
            p.drawPath(path)
            p.setBrush(SHARE)
            for pt, bar in zip(points, [b for b in self.bars if b.share is not None]):
                p.drawEllipse(pt, 3.5, 3.5)
                p.drawText(QRectF(pt.x() + 6, pt.y() - 18, 80, 16), Qt.AlignmentFlag.AlignLeft,
                           fmt_pct_value(bar.share))
        self._legend(p, area)
        p.end()

    def _legend(self, p: QPainter, area: QRectF) -> None:
        x, y = area.left(), self.height() - 24
        for colour, text in ((ONLINE, "Trực tuyến"), (DIRECT, "Trực tiếp, bưu chính"), (CARRIED, "Từ kỳ trước"),
                             (SHARE, "Tỷ lệ trực tuyến (trục phải)")):
            p.fillRect(QRectF(x, y + 3, 12, 12), colour)
            p.setPen(QColor("#1f3b57"))
            w = p.fontMetrics().horizontalAdvance(text)
            p.drawText(QRectF(x + 16, y, w + 4, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += w + 36
