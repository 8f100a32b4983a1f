"""Field names from foreign sheets matched to the catalog's fields."""
from __future__ import annotations

import unicodedata

import pytest

from tthc_desktop.domain.matching import field_key, match_field, match_fields

CATALOG = ["Hộ tịch", "Chứng thực", "Người có công", "Bảo trợ xã hội", "Thi đua, khen thưởng",
           "Hoạt động xây dựng", "Đất đai", "Hộ kinh doanh", "Lao động, thương binh và xã hội",
           "Tín ngưỡng, tôn giáo", "Phòng, chống thiên tai", "Văn hóa", "Trẻ em"]


@pytest.mark.parametrize("name, expected", [
    ("Lĩnh vực NCC", "Người có công"),
    ("Ho tich", "Hộ tịch"),
    ("HỘ TỊCH", "Hộ tịch"),
    ("1. Hộ tịch (cấp xã)", "Hộ tịch"),
    ("Lĩnh vực TĐKT", "Thi đua, khen thưởng"),
    ("Thi đua - Khen thưởng", "Thi đua, khen thưởng"),
    ("BTXH", "Bảo trợ xã hội"),
    ("Bảo trợ XH", "Bảo trợ xã hội"),
    ("Lĩnh vực LĐ-TB&XH", "Lao động, thương binh và xã hội"),
    ("Văn hoá", "Văn hóa"),  # tone mark on the other vowel
    ("Phòng chống thiên tai", "Phòng, chống thiên tai"),
    (unicodedata.normalize("NFD", "Đất đai"), "Đất đai"),
])
def test_exact_after_normalisation(name, expected):
    m = match_field(name, CATALOG)
    assert (m.candidate, m.exact, m.score) == (expected, True, 1.0)


def test_close_spelling_matches_but_is_not_exact():
    m = match_field("Tín ngưỡng tôn giáo và tâm linh", ["Tín ngưỡng, tôn giáo", "Tôn giáo đặc thù"], threshold=0.7)
    assert m.candidate == "Tín ngưỡng, tôn giáo" and not m.exact and 0.7 <= m.score < 1
    m = match_field("Chứng thưc", CATALOG)  # a missing diacritic mark in the source
    assert m.candidate == "Chứng thực" and m.exact


def test_typo_scores_above_threshold():
    m = match_field("Hộ kinh doan", CATALOG)
    assert m.candidate == "Hộ kinh doanh" and not m.exact and m.score >= 0.85


@pytest.mark.parametrize("name", ["Quản lý bay flycam", "Xuất nhập cảnh", "", None])
def test_unknown_names_are_left_for_the_clerk(name):
    m = match_field(name, CATALOG)
    assert m.candidate is None and not m.exact and m.score < 0.85


def test_below_threshold_keeps_a_suggestion_only():
    m = match_field("Xây dựng", CATALOG)
    assert m.candidate is None and m.suggestion == "Hoạt động xây dựng"


def test_keys_and_bulk_matching():
    assert field_key("Lĩnh vực: Hộ tịch.") == "ho tich"
    assert field_key("II. Lĩnh vực Người có công") == "nguoi co cong"
    assert field_key("Cá nhân") == "ca nhan"  # two-letter words with vowels are not abbreviations
    result = match_fields(["Hộ tịch", "NCC", "Hộ tịch", "Khác"], CATALOG)
    assert list(result) == ["Hộ tịch", "NCC", "Khác"]
    assert result["NCC"].candidate == "Người có công" and result["Khác"].candidate is None
