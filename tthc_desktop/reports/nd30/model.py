"""Document model for the Nghị định 30/2020 layout: plain data, no store access, no ReportLab.

A `Document` is a header (cơ quan ban hành, số, địa danh và ngày tháng, tên loại và trích yếu), a
body of simple blocks, a closing block ("Nơi nhận" and the signer, người ký) and optional landscape
annexes (biểu số liệu). The writers of reports, plans and receipts build one and call `render_pdf`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Sequence, Union

from tthc_desktop.domain.formatting import nd30_date
from tthc_desktop.domain.text import nfc

from .markup import Markup

NBSP = "\u00a0"
Text = Union[str, Markup]
CellValue = Union[str, Markup, int, None]


def _lines(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (nfc(value),)
    return tuple(nfc(v) for v in value)


def number_line(number: int | None, symbol: str) -> str:
    """ "Số: 05/BC-UBND"; `number=None` leaves the blank a clerk fills in when the document is issued.

    Numbers under 10 take a leading zero (NĐ 30). `symbol` is the ký hiệu, e.g. "BC-UBND".
    """
    symbol = nfc(symbol).lstrip("/")
    if number is None:
        return f"Số:{NBSP * 7}/{symbol}"
    return f"Số:{NBSP}{number:02d}/{symbol}"


def place_date_line(place: str, day: date | None, *, year: int | None = None) -> str:
    """ "Đồng Lạc, ngày 15 tháng 6 năm 2023"; `day=None` leaves day and month blank for a draft."""
    if day is not None:
        return f"{nfc(place)}, {nd30_date(day)}"
    blank = NBSP * 5
    return f"{nfc(place)}, ngày{blank}tháng{blank}năm {year if year else ''}".rstrip()


@dataclass(frozen=True)
class DocumentHeader:
    """Page-1 header: agency block left, Quốc hiệu and Tiêu ngữ right, then the title.

    `issuing_agency`: cơ quan ban hành lines, e.g. ("ỦY BAN NHÂN DÂN", "XÃ ĐỒNG LẠC");
    `parent_agency`: cơ quan chủ quản lines (none for a commune UBND); `number`: "Số: 05/BC-UBND"
    (see `number_line`); `place_date`: "Đồng Lạc, ngày 15 tháng 6 năm 2023" (see `place_date_line`);
    `doc_type`: "BÁO CÁO", "KẾ HOẠCH" ...; `summary`: trích yếu lines; `subtitle`: an italic line such
    as "(Số liệu từ ngày 15/12/2022 đến hết ngày 14/12/2023)".
    """

    issuing_agency: Sequence[str]
    number: str
    place_date: str
    doc_type: str
    summary: Sequence[str] = ()
    parent_agency: Sequence[str] = ()
    subtitle: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "issuing_agency", _lines(self.issuing_agency))
        object.__setattr__(self, "parent_agency", _lines(self.parent_agency))
        object.__setattr__(self, "summary", _lines(self.summary))
        object.__setattr__(self, "number", nfc(self.number))
        object.__setattr__(self, "place_date", nfc(self.place_date))
        object.__setattr__(self, "doc_type", nfc(self.doc_type))
        object.__setattr__(self, "subtitle", nfc(self.subtitle) if self.subtitle else None)
        if not self.issuing_agency:
            raise ValueError("DocumentHeader needs the issuing agency (cơ quan ban hành)")


@dataclass(frozen=True)
class SignatureBlock:
    """Người ký: authority ("TM. ỦY BAN NHÂN DÂN"), title lines ("CHỦ TỊCH" or "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH"), a blank space for the signature, and the signer's name.

    `field_name` names the empty signature field placed over the blank space (None: no field).
    `note` is an optional italic line under the title, e.g. "(Ký và ghi rõ họ tên)".
    """

    signer_name: str
    title: Sequence[str] = ("CHỦ TỊCH",)
    authority: str = "TM. ỦY BAN NHÂN DÂN"
    note: str | None = None
    field_name: str | None = "ChuTich"
    blank_height_mm: float = 28.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "signer_name", nfc(self.signer_name))
        object.__setattr__(self, "title", _lines(self.title))
        object.__setattr__(self, "authority", nfc(self.authority))
        object.__setattr__(self, "note", nfc(self.note) if self.note else None)
        if self.field_name is not None and not self.field_name.isidentifier():
            raise ValueError(f"signature field name must be a plain identifier: {self.field_name!r}")


@dataclass(frozen=True)
class Heading:
    """Heading: level 1 "I. TÌNH HÌNH ..." (caps, bold), 2 "1. ..." (bold), 3 "a) ..." (regular).

    The caller writes the numbering ("I.", "1.", "a)"); level-1 text is upper-cased.
    """

    text: Text
    level: int = 1
    italic: bool = False

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, not {self.level}")


@dataclass(frozen=True)
class Para:
    """Body paragraph: 14 pt, justified, first-line indent. Plain `str` is escaped (shown literally);
    a `Markup` built with `bold()`/`italic()`/`join()` keeps its <b>/<i> runs. A newline breaks the line."""

    text: Text
    indent: bool = True
    align: str = "justify"
    size: float | None = None

    def __post_init__(self) -> None:
        if self.align not in ("justify", "left", "center", "right"):
            raise ValueError(f"unknown alignment {self.align!r}")


@dataclass(frozen=True)
class Bullet:
    """A list line "- ..." (marker "-") or a sub-item "+ ..." (marker "+"), indented like a paragraph."""

    text: Text
    marker: str = "-"


@dataclass(frozen=True)
class Gap:
    """Vertical white space, in millimetres."""

    height_mm: float = 6.0


@dataclass(frozen=True)
class HeaderCell:
    """Header cell of a table spanning `colspan` columns and `rowspan` header rows (like HTML)."""

    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class TableRow:
    """Body row. `span` > 1 merges the first `span` columns into the first cell (e.g. "TỔNG CỘNG"),
    so `cells` then has `span - 1` fewer entries. `bold` for totals and group rows."""

    cells: Sequence[CellValue]
    bold: bool = False
    italic: bool = False
    span: int = 1


@dataclass(frozen=True)
class DataTable:
    """A table with merged multi-row headers, an optional numbered row (1)(2)(3)..., body rows and a
    bold total row; header rows repeat on every page. ints print as "3.748" and align right.

    `col_widths`: relative weights (scaled to the frame); `align`: per column "left"/"center"/"right"
    (default: numbers right, "STT" centred, text left); `numbered`: True for (1)..(n), or the labels.
    """

    header: Sequence[Sequence[str | HeaderCell]]
    rows: Sequence[Sequence[CellValue] | TableRow]
    col_widths: Sequence[float] | None = None
    numbered: bool | Sequence[str] = False
    total: Sequence[CellValue] | TableRow | None = None
    align: Sequence[str] | None = None
    font_size: float | None = None


@dataclass(frozen=True)
class Annex:
    """Landscape annex (biểu): form code top left ("Biểu số II.06a/VPCP/KSTT"), bold caps title,
    units top right, the period line, italic "Đơn vị tính: ...", then the table (header repeats)."""

    form_code: str
    title: Sequence[str]
    table: DataTable
    reporting_unit: str = ""
    receiving_unit: str = ""
    period: str = ""
    unit: str = "Số hồ sơ TTHC."
    form_note: Sequence[str] = ()
    notes: Sequence[Text] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", _lines(self.title))
        object.__setattr__(self, "form_note", _lines(self.form_note))


Block = Union[Heading, Para, Bullet, Gap, DataTable, Annex]


@dataclass(frozen=True)
class Document:
    """A whole document: header, body blocks, closing block, annexes after the signature.

    `recipients` ("Nơi nhận") are printed as "- <item>", one a line; "- Lưu: VT." is added when no
    item starts with "Lưu". `left_signature` (e.g. NGƯỜI NỘP HỒ SƠ on a receipt) replaces the
    Nơi nhận column. An `Annex` in `body` is placed where it stands (landscape, then back).
    """

    header: DocumentHeader
    body: Sequence[Block]
    signature: SignatureBlock | None
    recipients: Sequence[str] = ()
    annexes: Sequence[Annex] = field(default_factory=tuple)
    left_signature: SignatureBlock | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "body", tuple(self.body))
        object.__setattr__(self, "annexes", tuple(self.annexes))
        object.__setattr__(self, "recipients", _lines(self.recipients))
        if self.left_signature is not None and self.recipients:
            raise ValueError("a document has either recipients (Nơi nhận) or a left signature, not both")
        names = [s.field_name for s in (self.signature, self.left_signature) if s and s.field_name]
        if len(names) != len(set(names)):
            raise ValueError(f"signature field names must differ: {names}")

    def recipient_lines(self) -> tuple[str, ...]:
        """Recipient lines as printed, each starting with "- ", ending with "- Lưu: ..."."""
        lines = [r if r.startswith(("-", "+")) else f"- {r}" for r in self.recipients]
        if lines and not any(line.lstrip("-+ ").startswith("Lưu") for line in lines):
            lines.append("- Lưu: VT.")
        return tuple(lines)
