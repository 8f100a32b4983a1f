"""Safe paragraph text: user text is escaped, code-built <b>/<i> runs are kept.

ReportLab Paragraphs parse an XML-like markup: "a <b> c" raises, "x <unknown> y" silently loses
text. Plain `str` is therefore always escaped; only a `Markup` (built by `bold`, `italic`, `join`
or written by code) passes through, and its tags are checked against a short allow-list.
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from tthc_desktop.domain.formatting import fmt_int
from tthc_desktop.domain.text import nfc

NBSP = "\u00a0"
_ALLOWED_TAGS = {"b", "i", "u", "br", "sup", "sub", "strike"}
_TAG = re.compile(r"<(/?)([A-Za-z]+)\s*(/?)>|<[^>]*>")
_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)")
# C0/C1 control characters other than newline break the paragraph parser or print as boxes.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Runs kept on one line with a no-break space: "ngày 15 tháng 6 năm 2023", "Số: 05", "3.748 hồ sơ".
_NBSP_RULES = (
    re.compile(r"(?<=\b[Nn]gày) (?=\d)"),
    re.compile(r"(?<=\b[Tt]háng) (?=\d)"),
    re.compile(r"(?<=\b[Nn]ăm) (?=\d)"),
    re.compile(r"(?<=\d) (?=tháng\b|năm\b)"),
    re.compile(r"(?<=\b[Ss]ố:) (?=\d)"),
    re.compile(r"(?<=\b[Ss]ố) (?=\d)"),
    re.compile(r"(?<=\d) (?=[^\W\d_])"),
)


class Markup(str):
    """Paragraph text that is already escaped and may hold <b>, <i>, <u>, <br/>, <sup>, <sub>."""

    __slots__ = ()

    def __add__(self, other: object) -> "Markup":
        return Markup(str.__add__(self, to_markup(other)))

    def __radd__(self, other: object) -> "Markup":
        return Markup(str.__add__(to_markup(other), self))


def clean_text(text: str) -> str:
    """NFC, Windows/Mac newlines to "\\n", tabs to spaces, control characters removed."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def keep_runs_together(text: str) -> str:
    """Join dates, "Số: 05" and "number + next word" with no-break spaces (NĐ 30 practice)."""
    for rule in _NBSP_RULES:
        text = rule.sub(NBSP, text)
    return text


def to_markup(value: object, *, keep_runs: bool = False) -> Markup:
    """`Markup` unchanged; an int as "3.748"; anything else cleaned and escaped (shown literally)."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    if isinstance(value, bool):
        raise TypeError("a bool is not printable text")
    if isinstance(value, int):
        return Markup(fmt_int(value))
    text = clean_text(str(value))
    if keep_runs:
        text = keep_runs_together(text)
    return Markup(escape(text).replace("\n", "<br/>"))


def bold(value: object) -> Markup:
    """Bold run: bold("1.022 hồ sơ")."""
    return Markup(f"<b>{to_markup(value, keep_runs=True)}</b>")


def italic(value: object) -> Markup:
    """Italic run: italic("(trong đó trực tuyến: 986 hồ sơ)")."""
    return Markup(f"<i>{to_markup(value, keep_runs=True)}</i>")


def join(*parts: object) -> Markup:
    """Concatenate plain text (escaped), ints (formatted) and Markup runs into one Markup."""
    return Markup("".join(to_markup(p, keep_runs=True) for p in parts))


def check_markup(text: Markup) -> Markup:
    """Raise ValueError if code-built markup holds a tag outside the allow-list or a bare "&"."""
    for match in _TAG.finditer(text):
        name = match.group(2)
        if name is None or name.lower() not in _ALLOWED_TAGS:
            raise ValueError(f"tag not allowed in Markup: {match.group(0)!r}")
    if _ENTITY.search(text):
        raise ValueError(f"unescaped '&' in Markup: {text[:60]!r}")
    return text


def paragraph_markup(value: object, *, keep_runs: bool = True) -> str:
    """Text ready for a ReportLab Paragraph: checked Markup, or escaped plain text."""
    if isinstance(value, Markup):
        return check_markup(Markup(clean_text(value))).replace("\n", "<br/>")
    return to_markup(value, keep_runs=keep_runs)
