"""Draw the application icon (resources/icons/app.ico and app.png) with Pillow.

The design is the one in resources/icons/app.svg (blue rounded square, a white document with three lines,
a red seal with a tick). Windows needs an .ico for the executable, the installer and the shortcuts; Qt and
Linux desktops use the PNG. Pillow cannot read SVG, so the same shapes are drawn here at 4x and scaled
down, which gives smooth edges at every size of the .ico (16 to 256 px).

Run: python scripts/make_icon.py   (writes both files; re-run after changing the design)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icons"
ICO_SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (128, 128), (256, 256)]
BLUE, PAPER, FOLD, INK, SEAL = "#1f5f99", "#ffffff", "#c9d7e6", "#1f3b57", "#c62828"


def draw(size: int = 256, supersample: int = 4) -> Image.Image:
    """The icon as an RGBA image of `size` px, drawn on the 256-unit grid of app.svg."""
    big = size * supersample
    k = big / 256

    def s(*values: float) -> list[float]:
        return [v * k for v in values]

    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(s(8, 8, 248, 248), radius=44 * k, fill=BLUE)
    d.polygon([tuple(s(72, 40)), tuple(s(156, 40)), tuple(s(196, 80)), tuple(s(196, 216)), tuple(s(72, 216))],
              fill=PAPER)
    d.polygon([tuple(s(156, 40)), tuple(s(156, 80)), tuple(s(196, 80))], fill=FOLD)
    for x1, y, x2 in ((92, 112, 176), (92, 140, 176), (92, 168, 140)):
        d.line(s(x1, y, x2, y), fill=INK, width=round(10 * k))
        for x in (x1, x2):  # round caps
            d.ellipse(s(x - 5, y - 5, x + 5, y + 5), fill=INK)
    d.ellipse(s(146, 156, 206, 216), fill=SEAL)
    tick = [tuple(s(162, 186)), tuple(s(172, 196)), tuple(s(190, 174))]
    d.line(tick, fill=PAPER, width=round(9 * k), joint="curve")
    for x, y in (tick[0], tick[-1]):
        r = 4.5 * k
        d.ellipse((x - r, y - r, x + r, y + r), fill=PAPER)
    return img.resize((size, size), Image.LANCZOS)


def _replace(path: Path, save) -> None:
    """Write through a temp file in the same folder, then os.replace (house rule for written files)."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        save(fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def main() -> int:
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    master = draw(256)
    _replace(ICON_DIR / "app.png", lambda fh: master.save(fh, format="PNG", optimize=True))
    # Small sizes are drawn separately (not scaled from 256) so thin lines stay crisp.
    frames = {w: draw(w) for w, _ in ICO_SIZES}
    _replace(ICON_DIR / "app.ico",
             lambda fh: frames[256].save(fh, format="ICO", sizes=ICO_SIZES,
                                         append_images=[frames[w] for w, _ in ICO_SIZES[:-1]]))
    print(f"Đã ghi {ICON_DIR / 'app.png'} và {ICON_DIR / 'app.ico'} ({len(ICO_SIZES)} cỡ)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
