"""Receiving level: completeness and timeliness across periods, and aggregated figures."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.packagekit import counts, make_commune, make_receiving
from tthc_desktop.domain.figures import FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.exchange import keys
from tthc_desktop.services import aggregate as agg
from tthc_desktop.services import exchange
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import statistics
from tthc_desktop.store.profile import set_setting

COMMUNES = (("H23.01", "xã Đồng Lạc", "xa"), ("H23.02", "phường Hải Tân", "phuong"), ("H23.03", "xã Nam Đồng", "xa"))


@pytest.fixture
def world(tmp_path):
    """A receiving office with three registered communes; each commune store is returned open."""
    office = make_receiving(tmp_path / "tinh.sqlite3")
    stores = {}
    for i, (code, name, kind) in enumerate(COMMUNES):
        s = make_commune(tmp_path / f"{code}.sqlite3", name=name, code=code, unit_type=kind, scale=i + 1)
        exchange.register_unit(office, code=code, name=name, unit_type=kind,
                               fingerprint=keys.ensure_unit_key(s).fingerprint)
        stores[code] = s
    usb = tmp_path / "usb"
    usb.mkdir()
    yield office, stores, usb
    for s in stores.values():
        s.close()
    office.close()


def send(office, store, usb, period: str, when: datetime):
    result = exchange.export_package(store, period, usb, now=when)
    exchange.apply_import(office, exchange.plan_import(office, [result.path]))
    return result


def test_deadline_is_the_17th_of_the_last_month_unless_set(world):
    office = world[0]
    assert agg.deadline_for(office, parse_period("2025-Q2")) == date(2025, 6, 17)
    assert agg.deadline_for(office, parse_period("2025")) == date(2025, 12, 17)
    assert agg.deadline_for(office, parse_period("2025-M03")) == date(2025, 3, 17)
    assert agg.deadline_for(office, parse_period("2023-01-01..2023-10-30")) == date(2023, 11, 2)
    set_setting(office, agg.DEADLINE_DAY_SETTING, 20)
    assert agg.deadline_for(office, parse_period("2025-Q2")) == date(2025, 6, 20)
    set_setting(office, agg.DEADLINE_SETTING_PREFIX + "2025-Q2", "2025-06-30")
    assert agg.deadline_for(office, parse_period("2025-Q2")) == date(2025, 6, 30)


def test_completeness_across_several_periods(world):
    office, stores, usb = world
    send(office, stores["H23.01"], usb, "2025-Q1", datetime(2025, 3, 16, 8, 0))
    send(office, stores["H23.01"], usb, "2025-Q2", datetime(2025, 6, 17, 16, 0))
    send(office, stores["H23.02"], usb, "2025-Q2", datetime(2025, 6, 20, 9, 0))
    # a correction after the deadline does not make an on-time unit late
    send(office, stores["H23.01"], usb, "2025-Q2", datetime(2025, 6, 25, 9, 0))
    table = agg.completeness(office, ["2025-Q1", "2025-Q2", "2025-Q3"], today=date(2025, 7, 1))
    cell = table.cell
    assert cell("H23.01", "2025-Q1").status == "on_time"
    assert cell("H23.02", "2025-Q1").status == "missing" and cell("H23.02", "2025-Q1").label == "chưa nộp"
    assert cell("H23.01", "2025-Q2").status == "on_time" and cell("H23.01", "2025-Q2").packages == 2
    assert cell("H23.02", "2025-Q2").label == "muộn 3 ngày"
    assert cell("H23.03", "2025-Q3").label == "chưa đến hạn"
    assert table.counts("2025-Q2") == {"on_time": 1, "late": 1, "missing": 1, "not_due": 0}
    data = table.to_json()
    assert [p["deadline"] for p in data["periods"]] == ["2025-03-17", "2025-06-17", "2025-09-17"]
    assert [u["name"] for u in data["units"]] == ["phường Hải Tân", "xã Đồng Lạc", "xã Nam Đồng"]
    assert data["units"][0]["cells"]["2025-Q2"] == {"status": "late", "label": "muộn 3 ngày",
                                                    "first_at": "2025-06-20T09:00:00",
                                                    "last_at": "2025-06-20T09:00:00", "packages": 1, "days_late": 3}


def test_aggregate_sums_units_and_fields_and_lists_the_missing(world):
    office, stores, usb = world
    send(office, stores["H23.01"], usb, "2025-Q2", datetime(2025, 6, 16, 9, 0))
    send(office, stores["H23.02"], usb, "2025-Q2", datetime(2025, 6, 16, 10, 0))
    fig = agg.aggregate(office, "2025-Q2")
    mine = [compute_figures(stores[c], "2025-Q2") for c in ("H23.01", "H23.02")]
    assert fig.total.received == mine[0].total.received + mine[1].total.received
    assert {u.code: u.total for u in fig.units} == {"H23.01": mine[0].total, "H23.02": mine[1].total}
    per_field = {r.label: r.counts.received for r in fig.rows if r.group == "linh_vuc"}
    assert per_field["Hộ tịch"] == sum(next(r.counts.received for r in m.field_rows if r.label == "Hộ tịch")
                                       for m in mine)
    assert [m["name"] for m in fig.missing] == ["xã Nam Đồng"]
    assert fig.communes_label == "Tại các xã, phường"
    assert fig.own is None and fig.findings == []


def test_own_figures_are_kept_apart_from_the_communes(world):
    office, stores, usb = world
    send(office, stores["H23.01"], usb, "2025-Q2", datetime(2025, 6, 16, 9, 0))
    # the receiving office's own one-stop desk, entered in its own store
    statistics.save_stat_row(office, parse_period("2025-Q2"), FigureRow("linh_vuc", "Hộ tịch", counts(4)))
    fig = agg.aggregate(office, "2025-Q2")
    assert fig.own == counts(4).without_declared()
    assert fig.own_label == "Tại Văn phòng UBND tỉnh Hải Dương"
    assert fig.communes == compute_figures(stores["H23.01"], "2025-Q2").total
    assert fig.total == fig.own + fig.communes
    assert fig.communes_label == "Tại các xã"
    data = fig.to_json()
    assert data["own"]["label"] == "Tại Văn phòng UBND tỉnh Hải Dương"
    assert data["own"]["totals"]["received"] == counts(4).received
    assert data["communes"]["units"] == 1


def test_a_self_unit_package_counts_as_own(world, tmp_path):
    office, stores, usb = world
    desk = make_commune(tmp_path / "desk.sqlite3", name="Bộ phận Một cửa tỉnh", code="TINH", unit_type="co-quan")
    exchange.register_unit(office, code="TINH", name="Bộ phận Một cửa tỉnh", is_self=True,
                           fingerprint=keys.ensure_unit_key(desk).fingerprint)
    send(office, desk, usb, "2025-Q2", datetime(2025, 6, 16, 9, 0))
    send(office, stores["H23.03"], usb, "2025-Q2", datetime(2025, 6, 16, 9, 30))
    fig = agg.aggregate(office, "2025-Q2")
    assert [u.code for u in fig.own_units] == ["TINH"] and [u.code for u in fig.commune_units] == ["H23.03"]
    assert fig.own == compute_figures(desk, "2025-Q2").total
    desk.close()


def test_slips_in_a_units_figures_are_named_with_the_unit(world):
    office, stores, usb = world
    bad = counts(1)
    from dataclasses import replace

    statistics.save_stat_row(stores["H23.02"], parse_period("2025-Q2"),
                             FigureRow("linh_vuc", "Hộ tịch", replace(bad, resolved_on_time=bad.resolved_on_time + 5)))
    send(office, stores["H23.02"], usb, "2025-Q2", datetime(2025, 6, 16, 9, 0))
    fig = agg.aggregate(office, "2025-Q2")
    messages = [f.message for f in fig.errors]
    assert any(m.startswith("phường Hải Tân — Lĩnh vực Hộ tịch: tổng số tiếp nhận") for m in messages), messages
    assert any(m.startswith("Tổng hợp — ") for m in messages)
    assert fig.to_json()["valid"] is False
    # what the report asks the units to fix: the unit's slip, not its echo in the totals
    assert [f.scope for f in fig.errors_to_fix] == ["phường Hải Tân — Lĩnh vực Hộ tịch"]


def test_units_are_listed_in_natural_order(tmp_path):
    from tthc_desktop.store import receiving

    office = make_receiving(tmp_path / "hcm.sqlite3")
    for code, name in (("P10", "Phường 10"), ("P2", "Phường 2"), ("P1", "Phường 1"), ("TT", "Trung tâm tỉnh"),
                       ("BT", "phường Bến Thành")):
        exchange.register_unit(office, code=code, name=name, is_self=code == "TT")
    assert [u["name"] for u in receiving.list_units(office)] == [
        "Trung tâm tỉnh", "Phường 1", "Phường 2", "Phường 10", "phường Bến Thành"]
    office.close()
