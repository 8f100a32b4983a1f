"""Fuzzy matching of field names (lĩnh vực) from foreign sheets to the catalog's fields.

Portal exports, provincial catalogs and older reports spell the same field differently:
"Lĩnh vực NCC", "Người có công", "NGUOI CO CONG", "Thi đua - Khen thưởng", "TĐKT". Names are
reduced to a key (no diacritics, no case, no prefix "Lĩnh vực", no numbering or punctuation,
known abbreviations expanded) and compared; below the threshold nothing is proposed, so the
clerk maps the name by hand.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from tthc_desktop.domain.text import fold, nfc

DEFAULT_THRESHOLD = 0.85

# Keys are folded (diacritic-free, lower case) tokens or token runs as they appear once
# punctuation is removed; "&" has already become " va ".
ABBREVIATIONS: dict[str, str] = {
    "ncc": "nguoi co cong",
    "tdkt": "thi dua khen thuong",
    "ldtbxh": "lao dong thuong binh va xa hoi",
    "ld tb va xh": "lao dong thuong binh va xa hoi",
    "ld tbxh": "lao dong thuong binh va xa hoi",
    "btxh": "bao tro xa hoi",
    "ht": "ho tich",
    "xh": "xa hoi",
    "ct": "chung thuc",
    "dd": "dat dai",
    "hkd": "ho kinh doanh",
    "tntg": "tin nguong ton giao",
    "tn va mt": "tai nguyen va moi truong",
    "tnmt": "tai nguyen va moi truong",
    "gd va dt": "giao duc va dao tao",
    "gddt": "giao duc va dao tao",
    "vhtt": "van hoa thong tin",
    "vh tt": "van hoa thong tin",
    "tdtt": "the duc the thao",
    "pctnxh": "phong chong te nan xa hoi",
    "hgcs": "hoa giai o co so",
    "pbgdpl": "pho bien giao duc phap luat",
    "btnn": "boi thuong nha nuoc",
    "nn va ptnt": "nong nghiep va phat trien nong thon",
    "nnptnt": "nong nghiep va phat trien nong thon",
    "xd": "xay dung",
    "gtvt": "giao thong van tai",
    "ctdt": "cong tac dan toc",
    "pcct": "phong chay chua chay",
    "pctt": "phong chong thien tai",
    "bhyt": "bao hiem y te",
    "bhxh": "bao hiem xa hoi",
    "kntc": "khieu nai to cao",
    "tcd": "tiep cong dan",
    "qs": "quan su",
}

_PREFIX = re.compile(r"^(cac\s+)?(linh vuc|nhom linh vuc|nganh|thu tuc hanh chinh linh vuc|tthc linh vuc)\s+")
_NUMBERING = re.compile(r"^\s*(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)/-]\s+")
_PAREN = re.compile(r"\([^)]*\)")
_NONWORD = re.compile(r"[^0-9a-z]+")
_LEVEL_SUFFIX = re.compile(r"\s+(cap xa|cap huyen|cap tinh|cap xa phuong)$")


@dataclass(frozen=True)
class Match:
    """Best candidate for a name: None when nothing scores above the threshold.

    `suggestion` is the best-scoring candidate even below the threshold, to preselect in a
    hand-mapping list; it is never applied without the clerk's choice.
    """

    candidate: str | None
    score: float
    exact: bool
    suggestion: str | None = None


def _expand(key: str) -> str:
    """Replace known abbreviations (whole token runs only), longest first."""
    padded = f" {key} "
    for abbr in sorted(ABBREVIATIONS, key=len, reverse=True):
        padded = padded.replace(f" {abbr} ", f" {ABBREVIATIONS[abbr]} ")
    return " ".join(padded.split())


def field_key(name: str | None) -> str:
    """Comparison key of a field name: "Lĩnh vực NCC" -> "nguoi co cong", "1. Hộ tịch" -> "ho tich"."""
    text = fold(nfc(name or "")).replace("&", " va ")
    text = _NUMBERING.sub("", text)
    without_paren = _PAREN.sub(" ", text)
    if without_paren.strip(" .,;:-"):
        text = without_paren
    text = " ".join(_NONWORD.sub(" ", text).split())
    text = _PREFIX.sub("", text)
    text = _LEVEL_SUFFIX.sub("", text)
    return _expand(text)


def _score(a: str, b: str) -> float:
    """Similarity of two keys in [0, 1]: the better of character and sorted-token similarity."""
    if not a or not b:
        return 0.0
    plain = SequenceMatcher(None, a, b).ratio()
    sorted_a, sorted_b = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    tokens = SequenceMatcher(None, sorted_a, sorted_b).ratio()
    return max(plain, tokens)


def match_field(name: str | None, candidates: Iterable[str], threshold: float = DEFAULT_THRESHOLD) -> Match:
    """The catalog field `name` stands for, or Match(None, best score, False) when unsure."""
    key = field_key(name)
    best: str | None = None
    best_score = 0.0
    for cand in candidates:
        ck = field_key(cand)
        if key and ck == key:
            return Match(cand, 1.0, True, cand)
        s = _score(key, ck)
        if s > best_score:
            best, best_score = cand, s
    best_score = round(best_score, 4)
    if best is None or best_score < threshold:
        return Match(None, best_score, False, best)
    return Match(best, best_score, False, best)


def match_fields(names: Iterable[str], candidates: Iterable[str],
                 threshold: float = DEFAULT_THRESHOLD) -> dict[str, Match]:
    """Match several names at once (each name once), e.g. every field of a portal sheet."""
    cands = list(candidates)
    return {n: match_field(n, cands, threshold) for n in dict.fromkeys(names)}
