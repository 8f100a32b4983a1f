"""Empty signature fields for the leader's signing tool (ký số), added as an incremental update.

The app never signs. It hands over a PDF/A file with an empty /Sig field placed exactly over the
blank space of the signer's block (position recorded during layout). The field is appended with
pyHanko as an incremental update, which keeps the PDF/A part valid; the update is made
reproducible (no random /ID, no "now" modification date) so that the same document gives the
same bytes.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields



@dataclass(frozen=True)
class SignaturePlacement:
    """Where a signer's blank space landed: 0-based page index and box in PDF points
    (llx, lly, urx, ury; origin bottom-left of the page), recorded while the page was drawn."""

    field_name: str
    page_index: int
    box: tuple[float, float, float, float]


class _ReproducibleIncrementalWriter(IncrementalPdfFileWriter):
    """Incremental writer that keeps the document's metadata and derives the new /ID from the input.

    pyHanko would otherwise stamp a random second /ID and a "now" ModDate into the info dictionary
    and XMP; the signature field changes no metadata, and PDF/A needs info and XMP to agree.
    """

    @classmethod
    def _handle_id(cls, prev: PdfFileReader) -> generic.ArrayObject:
        stream = prev.stream
        stream.seek(0)
        digest = generic.ByteStringObject(hashlib.sha256(stream.read()).digest()[:16])
        try:
            id1, _ = prev.trailer["/ID"]
            if isinstance(id1, generic.TextStringObject):
                id1 = generic.ByteStringObject(id1.original_bytes)
        except KeyError:
            id1 = digest
        return generic.ArrayObject([id1, digest])

    def _update_meta(self) -> None:
        return None


def add_signature_fields(pdf: bytes, placements: list[SignaturePlacement]) -> bytes:
    """Append one empty signature field per placement (on its page, over its box) in one update."""
    if not placements:
        return pdf
    writer = _ReproducibleIncrementalWriter(io.BytesIO(pdf))
    for p in placements:
        fields.append_signature_field(writer, fields.SigFieldSpec(
            sig_field_name=p.field_name, on_page=p.page_index, box=p.box))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_signature_field(pdf: bytes, placement: SignaturePlacement) -> bytes:
    """Append one empty signature field (see `add_signature_fields`)."""
    return add_signature_fields(pdf, [placement])


def empty_signature_fields(pdf: bytes) -> list[str]:
    """Names of the unsigned signature fields of `pdf`, e.g. ["ChuTich"]."""
    reader = PdfFileReader(io.BytesIO(pdf))
    return [name for name, value, _ in fields.enumerate_sig_fields(reader) if value is None]
