"""PDF/A-2b post-processing of ReportLab output with pikepdf (lưu trữ văn bản điện tử).

ReportLab has no PDF/A mode: this adds the XMP metadata (pdfaid part 2, conformance B, Vietnamese
dc:title ...), an sRGB OutputIntent, /Lang, and removes /Trapped (no XMP equivalent). The output is
reproducible: fixed dates from the caller, a fixed ICC header date and a content-derived /ID.
"""
from __future__ import annotations

import io
import struct
import zlib
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from pikepdf.models.metadata import encode_pdf_date

from tthc_desktop.domain.text import nfc

VIETNAM_TZ = timezone(timedelta(hours=7))
CREATOR = "TTHC Desktop"
_ICC_DATE = (2024, 1, 1, 0, 0, 0)


@lru_cache(maxsize=1)
def srgb_icc_profile() -> bytes:
    """An sRGB ICC profile (Pillow/LittleCMS) with a fixed creation date, so output is reproducible."""
    from PIL import ImageCms

    icc = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    icc[24:36] = struct.pack(">6H", *_ICC_DATE)  # ICC header dateTimeNumber
    return bytes(icc)


def as_aware(moment: datetime) -> datetime:
    """A naive datetime is taken as Vietnam time (UTC+7); seconds kept, microseconds dropped."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM_TZ)
    return moment.replace(microsecond=0)


def to_pdfa2b(pdf_bytes: bytes, *, title: str, author: str, subject: str = "",
              keywords: str | Sequence[str] = "", creation_date: datetime, lang: str = "vi-VN") -> bytes:
    """Return `pdf_bytes` as PDF/A-2b with the given document metadata (dates = `creation_date`)."""
    if not isinstance(keywords, str):
        keywords = ", ".join(keywords)
    moment = encode_pdf_date(as_aware(creation_date))
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        icc = pdf.make_stream(srgb_icc_profile())
        icc.N = 3
        pdf.Root.OutputIntents = Array([pdf.make_indirect(Dictionary(
            Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String("sRGB"),
            RegistryName=String("http://www.color.org"), Info=String("sRGB IEC61966-2.1"),
            DestOutputProfile=icc))])
        pdf.Root.Lang = String(lang)
        info = pdf.docinfo
        for key in list(info.keys()):
            if key not in ("/Producer",):
                del info[key]
        info.Title = String(nfc(title))
        info.Author = String(nfc(author))
        if subject:
            info.Subject = String(nfc(subject))
        if keywords:
            info.Keywords = String(nfc(keywords))
        info.Creator = String(CREATOR)
        info.CreationDate = String(moment)
        info.ModDate = String(moment)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            meta["dc:language"] = [lang]
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def repair_stream_endings(pdf: bytes) -> bytes:
    """Make sure no stream's raw data ends with CR, which PDF/A validators read as part of the EOL
    before "endstream" (a /Length mismatch, PDF/A-2b 6.1.7.1).

    A Flate stream ends with the Adler-32 of its data, so about 1 stream in 256 ends with 0x0D
    (typically a font subset). Such a font file is stored uncompressed instead (its data ends with the
    table padding); another stream gets a trailing newline (harmless in content streams and CMaps)
    before it is compressed again. Files without such a stream are returned unchanged; otherwise the
    file is saved again in one revision, deterministically.
    """
    if b"\r\nendstream" not in pdf:
        return pdf
    changed = False
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for obj in doc.objects:
            if not isinstance(obj, pikepdf.Stream) or obj.read_raw_bytes()[-1:] != b"\r":
                continue
            if obj.get("/Filter") != pikepdf.Name.FlateDecode or obj.get("/Subtype") == pikepdf.Name.Image \
                    or "/N" in obj or "/DecodeParms" in obj:
                continue
            data = obj.read_bytes()
            if "/Length1" in obj and data[-1:] != b"\r":
                obj.write(data)  # uncompressed: no Adler-32 trailer
            else:
                packed = zlib.compress(data, 9)
                while packed[-1:] == b"\r":  # each newline adds 10 to Adler-32's low sum
                    data += b"\n"
                    packed = zlib.compress(data, 9)
                obj.write(packed, filter=pikepdf.Name.FlateDecode)
                if "/Length1" in obj:
                    obj.Length1 = len(data)
            changed = True
        if not changed:
            return pdf
        out = io.BytesIO()
        # keep every other stream byte for byte; the font just stored raw must stay raw
        doc.save(out, deterministic_id=True, compress_streams=False,
                 stream_decode_level=pikepdf.StreamDecodeLevel.none)
        return out.getvalue()
