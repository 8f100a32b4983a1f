"""Write the sample NĐ 30 report (and its draft) so people can look at the layout.

Usage:  python scripts/render_sample_nd30.py [OUT_DIR]   (default: ./out)
Then e.g.  pdftoppm -png -r 60 out/bao-cao-mau-nd30.pdf out/page
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tthc_desktop.reports.nd30 import render_document  # noqa: E402
from tthc_desktop.reports.nd30.sample import SAMPLE_CREATED, sample_report_document  # noqa: E402

META = {"title": "Báo cáo kiểm soát thủ tục hành chính quý II năm 2023", "author": "UBND xã Đồng Lạc",
        "subject": "Báo cáo định kỳ công tác kiểm soát thủ tục hành chính",
        "keywords": ["kiểm soát thủ tục hành chính", "quý II năm 2023"], "creation_date": SAMPLE_CREATED}


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out")
    out.mkdir(parents=True, exist_ok=True)
    final = render_document(sample_report_document(), **META)
    draft = render_document(sample_report_document(number=None, issued=None), draft=True, **META)
    for name, result in (("bao-cao-mau-nd30.pdf", final), ("bao-cao-mau-nd30-du-thao.pdf", draft)):
        path = out / name
        path.write_bytes(result.pdf)
        fields = ", ".join(f"{p.field_name} page {p.page_index + 1} {p.box}" for p in result.signature_fields)
        print(f"{path}: {result.page_count} pages, {len(result.pdf):,} bytes; signature field: {fields or 'none'}")


if __name__ == "__main__":
    main()
