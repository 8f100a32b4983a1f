"""Empty signature fields for the leader's signing tool (ký số).

The app never signs. It hands over a PDF/A file with an empty /Sig field placed exactly over the
blank space of the signer's block (position recorded during layout). The field is a merged
field/widget (print + locked flags, an empty appearance stream as PDF/A requires) listed in the
AcroForm, written with pikepdf; the save is deterministic, so the same document gives the same bytes.
pikepdf is already loaded for PDF/A: not importing pyHanko here saves about half a second per report.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf
from pikepdf import Array, Dictionary, Name, String

WIDGET_FLAGS = 4 | 128  # Print + Locked, as signing tools expect for a signature widget


@dataclass(frozen=True)
class SignaturePlacement:
    """Where a signer's blank space landed: 0-based page index and box in PDF points
    (llx, lly, urx, ury; origin bottom-left of the page), recorded while the page was drawn."""

    field_name: str
    page_index: int
    box: tuple[float, float, float, float]


def add_signature_fields(pdf: bytes, placements: list[SignaturePlacement]) -> bytes:
    """Add one empty signature field per placement (on its page, over its box)."""
    if not placements:
        return pdf
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        acro = doc.Root.get("/AcroForm")
        if acro is None:
            acro = doc.make_indirect(Dictionary(Fields=Array()))
            doc.Root.AcroForm = acro
        elif "/Fields" not in acro:
            acro.Fields = Array()
        for p in placements:
            page = doc.pages[p.page_index].obj
            llx, lly, urx, ury = (round(v, 2) for v in p.box)
            appearance = doc.make_stream(b"", Type=Name.XObject, Subtype=Name.Form,
                                         BBox=Array([0, 0, round(urx - llx, 2), round(ury - lly, 2)]),
                                         Resources=Dictionary())
            widget = doc.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Widget, FT=Name.Sig, T=String(p.field_name),
                Rect=Array([llx, lly, urx, ury]), F=WIDGET_FLAGS, P=page, AP=Dictionary(N=appearance)))
            acro.Fields.append(widget)
            if "/Annots" not in page:
                page.Annots = doc.make_indirect(Array())
            page.Annots.append(widget)
        out = io.BytesIO()
        doc.save(out, deterministic_id=True)
        return out.getvalue()


def add_signature_field(pdf: bytes, placement: SignaturePlacement) -> bytes:
    """Add one empty signature field (see `add_signature_fields`)."""
    return add_signature_fields(pdf, [placement])


def empty_signature_fields(pdf: bytes) -> list[str]:
    """Names of the unsigned signature fields of `pdf`, e.g. ["ChuTich"]."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        acro = doc.Root.get("/AcroForm")
        if acro is None or "/Fields" not in acro:
            return []
        return [str(f.T) for f in acro.Fields if f.get("/FT") == Name.Sig and "/V" not in f]
