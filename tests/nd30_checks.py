"""Checks of a PDF against the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I), usable from tests.

A port of the project's development tool nd30_check.py (which tests must not depend on), plus
a few stricter checks: no Helvetica, page numbers on landscape pages too, and the signature field
lying over the signer's blank space between the title and the name.

    report = check_nd30(pdf_bytes)            # kind="KẾ HOẠCH" for a plan
    assert not report.failures, report.text()
"""
from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import pdfplumber
from pypdf import PdfReader

MM = 72 / 25.4
A4 = (595.28, 841.89)
TOL = 1.5  # points of tolerance on measured positions
ACCEPTED_FAMILIES = ("timesnewroman", "times-", "times ", "liberationserif", "tinos")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def extract_text(pdf: bytes) -> str:
    """All text (pypdf), NFC, every run of whitespace (also no-break spaces) as one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", nfc(" ".join(p.extract_text() or "" for p in reader.pages))).strip()


def page_texts(pdf: bytes) -> list[str]:
    """Text per page (pypdf), NFC, whitespace normalised."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", nfc(p.extract_text() or "")).strip() for p in reader.pages]


@dataclass
class CheckRow:
    status: str  # OK, FAIL, WARN
    check: str
    detail: str = ""


@dataclass
class Nd30Report:
    rows: list[CheckRow] = field(default_factory=list)

    def ok(self, cond: bool, name: str, detail: str = "", warn_only: bool = False) -> None:
        self.rows.append(CheckRow("OK" if cond else ("WARN" if warn_only else "FAIL"), name, detail))

    def fail(self, name: str, detail: str = "") -> None:
        self.rows.append(CheckRow("FAIL", name, detail))

    @property
    def failures(self) -> list[CheckRow]:
        return [r for r in self.rows if r.status == "FAIL"]

    def status(self, name: str) -> str | None:
        """Status of the first check whose name starts with `name`."""
        return next((r.status for r in self.rows if r.check.startswith(name)), None)

    def text(self) -> str:
        return "\n".join(f"{r.status:4}  {r.check}" + (f"  [{r.detail}]" if r.detail else "") for r in self.rows)


def lines_of(page) -> list[dict]:
    """Group characters into visual lines split at large gaps (two-column header)."""
    chars = [c for c in page.chars if c["text"].strip() or c["text"] == " "]
    rows: dict[int, list] = {}
    for c in chars:
        rows.setdefault(round(c["top"] / 2), []).append(c)
    segments = []
    for key in sorted(rows):
        cs = sorted(rows[key], key=lambda c: c["x0"])
        seg = [cs[0]]
        for c in cs[1:]:
            if c["x0"] - seg[-1]["x1"] > 25:
                segments.append(seg)
                seg = [c]
            else:
                seg.append(c)
        segments.append(seg)
    result = []
    for seg in segments:
        text = nfc("".join(c["text"] for c in seg)).strip()
        if text:
            result.append({"text": text, "chars": seg, "top": min(c["top"] for c in seg),
                           "bottom": max(c["bottom"] for c in seg),
                           "x0": min(c["x0"] for c in seg), "x1": max(c["x1"] for c in seg)})
    return result


def style(chars) -> dict:
    glyphs = [c for c in chars if c["text"].strip()]
    sizes = Counter(round(c["size"], 1) for c in glyphs)
    names = Counter(c["fontname"] for c in glyphs)
    name = names.most_common(1)[0][0] if names else ""
    low = name.lower()
    return {"size": sizes.most_common(1)[0][0] if sizes else 0, "font": name, "bold": "bold" in low,
            "italic": "italic" in low or "oblique" in low}


def find_line(lines, pattern):
    rx = re.compile(pattern, re.IGNORECASE)
    return next((ln for ln in lines if rx.search(ln["text"])), None)


def in_range(v: float, lo: float, hi: float) -> bool:
    return lo - 0.05 <= v <= hi + 0.05


def pdf_fonts(reader: PdfReader) -> dict[str, tuple[str, bool]]:
    """BaseFont -> (subtype, embedded) over all pages."""
    fonts = {}
    for page in reader.pages:
        res = page.get("/Resources") or {}
        for _, ref in (res.get("/Font") or {}).items():
            f = ref.get_object()
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            fonts[str(f.get("/BaseFont", ""))] = (str(f.get("/Subtype")),
                                                  any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    return fonts


def _check_pages_and_fonts(rep: Nd30Report, pages, reader: PdfReader) -> None:
    for i, p in enumerate(pages, 1):
        w, h = sorted((p.width, p.height))
        if abs(w - A4[0]) > 2 or abs(h - A4[1]) > 2:
            rep.fail("A4 paper", f"page {i} is {p.width:.0f}x{p.height:.0f} pt")
            break
    else:
        rep.ok(True, "A4 paper", f"{sum(p.height > p.width for p in pages)} portrait")
    fonts = pdf_fonts(reader)
    bad = [b for b in fonts if not any(a in b.lower() for a in ACCEPTED_FAMILIES)]
    rep.ok(not bad, "Times New Roman or metric twin", ", ".join(bad) or ", ".join(sorted(fonts)))
    rep.ok(not [b for b, (_, e) in fonts.items() if not e], "all fonts embedded")
    rep.ok(not any("helvetica" in b.lower() for b in fonts), "no Helvetica anywhere")


def _check_margins(rep: Nd30Report, pages) -> tuple[list, list, dict]:
    lefts, rights, tops, bottoms = [], [], [], []
    numbers: dict[int, dict] = {}
    for idx, p in enumerate(pages, 1):
        body = []
        for ln in lines_of(p):
            centred = abs((ln["x0"] + ln["x1"]) / 2 - p.width / 2) < 40
            if ln["top"] < 25 * MM and re.fullmatch(r"\d{1,3}", ln["text"]) and centred:
                numbers[idx] = ln
            else:
                body.append(ln)
        if p.width > p.height or not body:
            continue
        lefts.append(min(ln["x0"] for ln in body))
        rights.append(p.width - max(ln["x1"] for ln in body))
        tops.append(min(ln["top"] for ln in body))
        bottoms.append(p.height - max(ln["bottom"] for ln in body))
    if lefts:
        lm, rm, tm, bm = min(lefts) / MM, min(rights) / MM, min(tops) / MM, min(bottoms) / MM
        rep.ok(30 - TOL / MM <= lm <= 37, "left margin 30-35 mm", f"{lm:.1f} mm")
        rep.ok(15 - TOL / MM <= rm <= 22, "right margin 15-20 mm", f"{rm:.1f} mm")
        rep.ok(20 - TOL / MM <= tm <= 31, "top margin 20-25 mm", f"{tm:.1f} mm")
        rep.ok(bm >= 20 - TOL / MM, "bottom margin >= 20 mm", f"{bm:.1f} mm")
    return lefts, rights, numbers


def _check_header(rep: Nd30Report, page, kind: str, lefts: list, rights_edge: float) -> None:
    first = lines_of(page)
    qh = find_line(first, r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    if qh:
        s = style(qh["chars"])
        rep.ok(in_range(s["size"], 12, 13) and s["bold"] and not s["italic"], "Quốc hiệu: caps, 12-13 pt, bold",
               f"{s['size']} pt")
        rep.ok((qh["x0"] + qh["x1"]) / 2 > page.width / 2, "Quốc hiệu in the right column")
    else:
        rep.fail("Quốc hiệu present and extractable")
    tn = find_line(first, r"Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc")
    if tn:
        s = style(tn["chars"])
        rep.ok(in_range(s["size"], 13, 14) and s["bold"], "Tiêu ngữ: 13-14 pt, bold", f"{s['size']} pt")
        mid = (tn["top"] + tn["bottom"]) / 2
        under = [e for e in page.lines + page.rects
                 if mid < e["top"] <= tn["bottom"] + 12 and e["x1"] - e["x0"] > 40
                 and e["x0"] < tn["x1"] and e["x1"] > tn["x0"]]
        rep.ok(bool(under), "rule under Tiêu ngữ")
        if under:
            width, text_w = under[0]["x1"] - under[0]["x0"], tn["x1"] - tn["x0"]
            rep.ok(abs(width - text_w) <= 0.3 * text_w, "rule under Tiêu ngữ as long as the text",
                   f"rule {width / MM:.0f} mm, text {text_w / MM:.0f} mm")
    else:
        rep.fail("Tiêu ngữ present")
    so = find_line(first, r"^Số\s*:")
    rep.ok(so is not None, "'Số:' line on page 1", so["text"] if so else "")
    if so:
        rep.ok((so["x0"] + so["x1"]) / 2 < page.width / 2, "'Số:' in the left column")
        rep.ok(in_range(style(so["chars"])["size"], 13, 13), "'Số:' line 13 pt")
        agency = [ln for ln in first if ln["top"] < so["top"] - 2 and (ln["x0"] + ln["x1"]) / 2 < page.width / 2
                  and ln["text"] == ln["text"].upper() and any(ch.isalpha() for ch in ln["text"])]
        if agency:
            s = style(agency[-1]["chars"])
            rep.ok(in_range(s["size"], 12, 13) and s["bold"], "issuing agency: caps, 12-13 pt, bold",
                   f"'{agency[-1]['text']}' {s['size']} pt")
        else:
            rep.fail("issuing agency name above 'Số:'")
    dd = find_line(first, r"ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}")
    if dd:
        s = style(dd["chars"])
        rep.ok(s["italic"] and in_range(s["size"], 13, 14), "place and date: italic 13-14 pt", dd["text"][:60])
    else:
        rep.fail("place and date line", "no 'ngày .. tháng .. năm ....' on page 1")
    tl = find_line(first, r"^" + re.escape(kind) + r"$")
    if tl:
        s = style(tl["chars"])
        rep.ok(s["bold"] and in_range(s["size"], 13, 14), f"document type '{kind}': bold 13-14 pt")
        centre = (tl["x0"] + tl["x1"]) / 2
        rep.ok(not lefts or abs(centre - (lefts[0] + rights_edge) / 2) < 30, f"'{kind}' centred on the text block")
    else:
        rep.fail(f"document type '{kind}' on its own line")


def _check_closing(rep: Nd30Report, pages, reader: PdfReader) -> None:
    found = None
    for i, p in enumerate(pages):
        if p.width > p.height:
            continue
        ls = lines_of(p)
        hit = find_line(ls, r"^Nơi nhận\s*:")
        if hit:
            found = (i, hit, ls)
    if not found:
        rep.fail("'Nơi nhận:' block")
        return
    sig_page, hit, ls = found
    s = style(hit["chars"])
    rep.ok(s["bold"] and s["italic"] and in_range(s["size"], 12, 12), "'Nơi nhận:' bold italic 12 pt")
    items = [ln for ln in ls if ln["top"] > hit["bottom"] and ln["x1"] < pages[sig_page].width / 2
             and ln["text"].startswith("-")]
    if items:
        s2 = style(items[0]["chars"])
        rep.ok(in_range(s2["size"], 11, 11) and not s2["bold"], "recipients list 11 pt regular")
    else:
        rep.fail("recipients list ('- ...') under 'Nơi nhận:'")
    rep.ok(find_line(ls, r"^-\s*Lưu\s*:") is not None, "last recipient '- Lưu: ...'")
    right = [ln for ln in ls if ln["x0"] > pages[sig_page].width / 2 - 20 and ln["top"] >= hit["top"] - 4]
    authority = right[0] if right else None
    rep.ok(authority is not None and abs(authority["top"] - hit["top"]) < 4,
           "'Nơi nhận:' level with the signer's authority line")
    fields = reader.get_fields() or {}
    sig = [n for n, f in fields.items() if f.get("/FT") == "/Sig"]
    rep.ok(bool(sig), "unsigned signature field present", ", ".join(sig))
    if not sig or len(right) < 2:
        return
    page = pages[sig_page]
    rects = []
    for page_no, rp in enumerate(reader.pages):
        for a in rp.get("/Annots") or []:
            a = a.get_object()
            parent = a.get("/Parent")
            if a.get("/FT") == "/Sig" or (parent and parent.get_object().get("/FT") == "/Sig"):
                rects.append((page_no, [float(v) for v in a["/Rect"]]))
    on_page = [r for p_no, r in rects if p_no == sig_page]
    rep.ok(bool(on_page), "signature field on the signature page", f"fields on pages {[p for p, _ in rects]}")
    if not on_page:
        return
    x0, y0, x1, y1 = on_page[0]
    top, bottom = page.height - y1, page.height - y0  # to pdfplumber's top-down coordinates
    name = right[-1]
    title = max((ln for ln in right if ln["bottom"] <= top + 2), key=lambda ln: ln["bottom"], default=None)
    centre = (x0 + x1) / 2
    rep.ok(title is not None and title["bottom"] <= top + 2 and bottom <= name["top"] + 2
           and abs(centre - (name["x0"] + name["x1"]) / 2) < 30,
           "signature field over the blank space between title and name",
           f"field {top:.0f}-{bottom:.0f}, title bottom {title['bottom'] if title else None}, name top {name['top']:.0f}")


def check_nd30(pdf: bytes, kind: str = "BÁO CÁO") -> Nd30Report:
    """Measure `pdf` against NĐ 30: one row per check, `failures` lists the FAIL rows."""
    rep = Nd30Report()
    kind = nfc(kind)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = doc.pages
        reader = PdfReader(io.BytesIO(pdf))
        rep.ok(len(pages) > 0, "has pages", f"{len(pages)} pages")
        _check_pages_and_fonts(rep, pages, reader)
        lefts, rights, numbers = _check_margins(rep, pages)
        _check_header(rep, pages[0], kind, lefts, pages[0].width - (rights[0] if rights else 0))
        sizes = Counter(round(c["size"]) for p in pages if p.height > p.width for c in p.chars if c["text"].strip())
        body = sizes.most_common(1)[0][0] if sizes else 0
        rep.ok(13 <= body <= 14, "body text 13-14 pt", f"most common size {body} pt")
        if len(pages) > 1:
            rep.ok(1 not in numbers, "no page number on page 1")
            missing = [i for i in range(2, len(pages) + 1) if i not in numbers]
            rep.ok(not missing, "page numbers centred in the top margin from page 2 (landscape too)",
                   f"missing on pages {missing}" if missing else "")
            rep.ok(all(ln["text"] == str(i) for i, ln in numbers.items()), "page numbers match page order")
            sizes_ok = all(in_range(style(ln["chars"])["size"], 13, 14) for ln in numbers.values())
            rep.ok(sizes_ok, "page numbers 13-14 pt")
        _check_closing(rep, pages, reader)
        meta = reader.metadata or {}
        rep.ok(bool(meta.get("/Title")) and bool(meta.get("/Author")), "PDF metadata: Title and Author")
        text = "".join(p.extract_text() or "" for p in pages)
        rep.ok(text == nfc(text), "extracted text is NFC Unicode")
    return rep
