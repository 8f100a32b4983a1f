"""The 2023 annual report of thị trấn Thanh Miện, entered through tests/data: its percentages and its slip."""
import json
from pathlib import Path

import pytest

from tthc_desktop.cli import main

SAMPLE = Path(__file__).parent / "data" / "bao-cao-nam-2023-thi-tran-thanh-mien.json"


@pytest.fixture
def figures(db_path, capsys):
    assert main(["init", "--name", "thị trấn Thanh Miện", "--type", "thi-tran"]) == 0
    assert main(["import", str(SAMPLE), "--apply"]) == 0
    capsys.readouterr()
    assert main(["figures", "--period", "2023", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_totals_match_the_report(figures):
    t = figures["total"]["totals"]
    assert (t["received"], t["new"], t["resolved"], t["pending"]) == (3748, 3737, 3737, 11)
    p = figures["total"]["parts"]
    assert (p["new_online"], p["carried_over"], p["resolved_early"], p["resolved_on_time"], p["resolved_late"]) == (
        3599, 11, 3551, 185, 1)
    assert (p["with_fee"], p["paid_online"], p["fees_collected"]) == (3078, 1387, 53_528_500)
    assert (p["survey_very_satisfied"], p["survey_satisfied"], p["survey_neutral"], t["survey_total"]) == (
        105, 3521, 1, 3627)
    news = {f["label"]: (f["totals"]["new"], f["parts"]["new_online"]) for f in figures["fields"]}
    assert news == {"Hộ tịch": (1401, 1352), "Chứng thực": (2119, 2119), "Bảo trợ xã hội": (128, 120),
                    "Người có công": (81, 0), "Đất đai": (1, 1), "Thi đua, khen thưởng": (7, 7)}


def test_percentages_are_the_reports(figures):
    s = figures["total"]["shares"]
    assert s["online_of_new"] == "96.31" and s["direct_postal_of_new"] == "3.69"
    assert (s["early_of_resolved"], s["on_time_of_resolved"], s["late_of_resolved"]) == ("95.02", "4.95", "0.03")
    assert s["paid_online_of_with_fee"] == "45.06"
    assert (s["very_satisfied_of_survey"], s["satisfied_of_survey"], s["neutral_of_survey"]) == ("2.89", "97.08",
                                                                                                "0.03")


def test_the_vertical_agency_slip_is_flagged(figures, capsys):
    police = next(r for r in figures["vertical_agencies"] if r["label"] == "Công an thị trấn")
    assert police["declared"]["declared_resolved"] == 2053 and police["totals"]["resolved"] == 2022
    messages = [f["message"] for f in figures["findings"] if f["severity"] == "error"]
    assert "Công an thị trấn: đã giải quyết 2.053 nhưng trước hạn + đúng hạn + quá hạn = 2.022" in messages
    assert all("Công an thị trấn" in m for m in messages)  # fields, the military row and liên thông are clean
    assert figures["valid"] is False
    assert main(["validate", "--period", "2023"]) == 1
    assert "2.053" in capsys.readouterr().out
