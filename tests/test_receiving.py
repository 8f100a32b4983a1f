"""Receiving level: registering units, the import dry run and apply, pinned keys, replacement and history."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from tests.packagekit import dump, edit_json, make_commune, make_receiving, members_of, rezip
from tthc_desktop.domain.figures import FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.exchange import keys
from tthc_desktop.services import aggregate as agg
from tthc_desktop.services import exchange
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import receiving, statistics

from tests.packagekit import counts


@pytest.fixture
def commune(tmp_path):
    s = make_commune(tmp_path / "xa.sqlite3")
    yield s
    s.close()


@pytest.fixture
def office(tmp_path):
    s = make_receiving(tmp_path / "tinh.sqlite3")
    yield s
    s.close()


@pytest.fixture
def usb(tmp_path):
    path = tmp_path / "usb"
    path.mkdir()
    return path


def export(store, usb, when: datetime, period: str = "2025-Q2"):
    return exchange.export_package(store, period, usb, now=when)


def register(office, commune):
    key = keys.ensure_unit_key(commune)
    exchange.register_unit(office, code="H23.36.10", name="xã Đồng Lạc", unit_type="xa", fingerprint=key.fingerprint)


def test_round_trip_figures_equal_the_communes(commune, office, usb):
    register(office, commune)
    export(commune, usb, datetime(2025, 6, 16, 9, 0))
    plan = exchange.plan_import(office, [usb])
    assert [c.verdict for c in plan.checks] == ["accepted"]
    exchange.apply_import(office, plan)
    mine = compute_figures(commune, "2025-Q2")
    theirs = agg.aggregate(office, "2025-Q2")
    assert theirs.total == mine.total
    assert theirs.communes == mine.total and theirs.own is None
    assert {r.label: r.counts for r in theirs.rows} == {r.label: r.counts.without_declared() for r in mine.rows}
    assert [u.name for u in theirs.units] == ["xã Đồng Lạc"] and theirs.missing == []
    assert theirs.feedback == mine.feedback
    assert theirs.findings == []


def test_dry_run_writes_nothing(commune, office, usb):
    register(office, commune)
    export(commune, usb, datetime(2025, 6, 16, 9, 0))
    before = dump(office)
    plan = exchange.plan_import(office, [usb])
    assert plan.counts()["accepted"] == 1
    assert dump(office) == before


def test_unregistered_unit_is_refused_unless_trusted_on_first_import(commune, office, usb):
    export(commune, usb, datetime(2025, 6, 16, 9, 0))
    plan = exchange.plan_import(office, [usb])
    assert plan.checks[0].verdict == "refused" and plan.checks[0].reason_code == "unknown_unit"
    assert keys.unit_key(commune).fingerprint in plan.checks[0].reason
    before = dump(office)
    exchange.apply_import(office, plan)
    assert dump(office) == before

    trusted = exchange.plan_import(office, [usb], trust_new=True)
    assert trusted.checks[0].verdict == "new_unit"
    with pytest.raises(UserError, match="xác nhận tin cậy"):
        exchange.apply_import(office, trusted)
    assert dump(office) == before
    exchange.apply_import(office, trusted, confirm_new_units=True)
    unit = receiving.get_unit(office, "H23.36.10")
    assert unit["public_key"] == keys.unit_key(commune).public_key  # pinned from now on


def test_key_different_from_the_pinned_one_is_refused(commune, office, usb, tmp_path):
    register(office, commune)
    export(commune, usb, datetime(2025, 6, 16, 9, 0))
    exchange.apply_import(office, exchange.plan_import(office, [usb]))
    # the same unit code exported from another computer (another key)
    other = make_commune(tmp_path / "other.sqlite3")
    usb2 = tmp_path / "usb2"
    usb2.mkdir()
    export(other, usb2, datetime(2025, 6, 17, 9, 0))
    before = dump(office)
    plan = exchange.plan_import(office, [usb2], trust_new=True)
    assert plan.checks[0].verdict == "refused" and plan.checks[0].reason_code == "key_mismatch"
    assert "khác với khóa đã ghim" in plan.checks[0].reason
    exchange.apply_import(office, plan, confirm_new_units=True)
    assert dump(office) == before
    other.close()


def test_registered_fingerprint_must_match(commune, office, usb):
    exchange.register_unit(office, code="H23.36.10", name="xã Đồng Lạc", fingerprint=keys.generate_key().fingerprint)
    export(commune, usb, datetime(2025, 6, 16, 9, 0))
    check = exchange.plan_import(office, [usb]).checks[0]
    assert check.verdict == "refused" and check.reason_code == "key_mismatch"


def test_reimporting_the_same_package_changes_nothing(commune, office, usb):
    register(office, commune)
    export(commune, usb, datetime(2025, 6, 16, 9, 0))
    exchange.apply_import(office, exchange.plan_import(office, [usb]))
    before = dump(office)
    plan = exchange.plan_import(office, [usb])
    assert [c.verdict for c in plan.checks] == ["duplicate"]
    exchange.apply_import(office, plan)
    exchange.apply_import(office, exchange.plan_import(office, [usb, usb]))
    assert dump(office) == before


def test_newer_package_replaces_the_older_which_stays_in_history(commune, office, usb, tmp_path):
    register(office, commune)
    first = export(commune, usb, datetime(2025, 6, 16, 9, 0))
    exchange.apply_import(office, exchange.plan_import(office, [first.path]))
    statistics.save_stat_row(commune, parse_period("2025-Q2"), FigureRow("linh_vuc", "Hộ tịch", counts(10)))
    second = export(commune, usb, datetime(2025, 6, 18, 14, 30))
    plan = exchange.plan_import(office, [second.path])
    assert plan.checks[0].verdict == "replaces" and plan.checks[0].replaces == first.package_uuid
    exchange.apply_import(office, plan)
    history = {p["uuid"]: p for p in receiving.package_history(office, period="2025-Q2")}
    assert history[first.package_uuid]["status"] == "replaced"
    assert history[first.package_uuid]["replaced_by"] == second.package_uuid
    assert history[second.package_uuid]["status"] == "current"
    assert agg.aggregate(office, "2025-Q2").total == compute_figures(commune, "2025-Q2").total
    # the old stick brought in again: ignored, nothing changes
    before = dump(office)
    again = exchange.plan_import(office, [first.path])
    assert again.checks[0].verdict == "duplicate"
    assert dump(office) == before


def test_older_package_arriving_after_a_newer_one_is_ignored(commune, office, tmp_path):
    register(office, commune)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    old = export(commune, a, datetime(2025, 6, 16, 9, 0))
    new = export(commune, b, datetime(2025, 6, 18, 9, 0))
    plan = exchange.plan_import(office, [new.path, old.path])
    assert [c.verdict for c in plan.checks] == ["accepted", "older"]
    exchange.apply_import(office, plan)
    assert [p["uuid"] for p in receiving.package_history(office)] == [new.package_uuid]


def test_two_versions_in_one_batch_keep_both_with_the_newer_current(commune, office, tmp_path):
    register(office, commune)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    old = export(commune, a, datetime(2025, 6, 16, 9, 0))
    new = export(commune, b, datetime(2025, 6, 18, 9, 0))
    plan = exchange.plan_import(office, [old.path, new.path])
    assert [c.verdict for c in plan.checks] == ["accepted", "replaces"]
    exchange.apply_import(office, plan)
    status = {p["uuid"]: p["status"] for p in receiving.package_history(office)}
    assert status == {old.package_uuid: "replaced", new.package_uuid: "current"}


def test_a_refused_package_in_a_batch_does_not_stop_the_good_ones(commune, office, usb):
    register(office, commune)
    good = export(commune, usb, datetime(2025, 6, 16, 9, 0))
    members = edit_json(members_of(good.path.read_bytes()), "data.json",
                        lambda d: d["rows"][0]["counts"].update(new_online=31))
    (usb / "TTHC_sua_tay.tthc").write_bytes(rezip(members))
    plan = exchange.plan_import(office, [usb])
    verdicts = {c.path.name: (c.verdict, c.reason_code) for c in plan.checks}
    assert verdicts["TTHC_sua_tay.tthc"] == ("refused", "checksum")
    assert verdicts[good.path.name] == ("accepted", "")
    outcome = exchange.apply_import(office, plan)
    assert [c.path.name for c in outcome.imported] == [good.path.name]


def test_receipts_are_written_next_to_the_packages(commune, office, usb):
    register(office, commune)
    result = export(commune, usb, datetime(2025, 6, 16, 9, 0))
    (usb / "hong.tthc").write_bytes(b"not a zip")
    outcome = exchange.apply_import(office, exchange.plan_import(office, [usb]), write_receipts=True)
    texts = {p.name: p.read_text(encoding="utf-8") for p in outcome.receipts}
    ok = texts["BIENNHAN_" + result.path.stem + ".txt"]
    assert "Kết quả: NHẬN" in ok and "xã Đồng Lạc (mã H23.36.10)" in ok and result.package_uuid in ok
    assert "quý II năm 2025" in ok
    bad = texts["BIENNHAN_hong.txt"]
    assert "Kết quả: TỪ CHỐI" in bad and "không phải gói dữ liệu TTHC" in bad
    facts = json.loads(ok.split("\n\n", 1)[1])
    assert facts["verdict"] == "accepted" and facts["receiver"] == "Văn phòng UBND tỉnh Hải Dương"


def test_a_commune_store_cannot_import(commune, usb):
    with pytest.raises(UserError, match="không phải của cấp nhận báo cáo"):
        exchange.plan_import(commune, [usb])


def test_missing_path_is_named(office, tmp_path):
    with pytest.raises(UserError, match="khong-co.tthc"):
        exchange.plan_import(office, [tmp_path / "khong-co.tthc"])


def test_unit_set_key_after_a_computer_change(commune, office, usb, tmp_path):
    register(office, commune)
    exchange.apply_import(office, exchange.plan_import(office, [export(commune, usb, datetime(2025, 6, 16)).path]))
    new_pc = make_commune(tmp_path / "may-moi.sqlite3")
    key = keys.ensure_unit_key(new_pc)
    exchange.register_unit(office, code="H23.36.10", name="xã Đồng Lạc", fingerprint=key.fingerprint)
    usb2 = tmp_path / "usb2"
    usb2.mkdir()
    plan = exchange.plan_import(office, [export(new_pc, usb2, datetime(2025, 6, 20), "2025-Q2").path])
    assert plan.checks[0].verdict == "replaces"
    exchange.apply_import(office, plan)
    assert receiving.get_unit(office, "H23.36.10")["public_key"] == key.public_key
    new_pc.close()


def test_issued_report_travels_with_the_package(commune, office, usb):
    from tthc_desktop.store import reports as report_store

    period = parse_period("2025-Q2")
    pdf = b"%PDF-1.7\n% bao cao quy II\n%%EOF\n"
    rid = report_store.create_draft(commune, period, {})
    report_store.mark_issued(commune, rid, number="05/BC-UBND", issued_on=datetime(2025, 6, 15).date(),
                             narrative={}, snapshot="{}", pdf=pdf, pdf_sha256="x")
    register(office, commune)
    result = export(commune, usb, datetime(2025, 6, 16, 9, 0))
    assert members_of(result.path.read_bytes())["report.pdf"] == pdf
    assert result.manifest["counts"]["report_pdf"] == 1
    exchange.apply_import(office, exchange.plan_import(office, [usb]))
    assert receiving.package_report_pdf(office, result.package_uuid) == pdf
    unit = agg.aggregate(office, "2025-Q2").units[0]
    assert unit.report["number"] == "05/BC-UBND" and unit.report["issued_on"] == "2025-06-15"


@pytest.mark.parametrize("period", ["2025-Q3", "2025"])
def test_round_trip_with_the_demo_commune(tmp_path, office, period):
    """The demo commune (a year of realistic data; the year is chained from its quarters) sent and aggregated."""
    from datetime import date

    from tthc_desktop.services.demo import build_demo
    from tthc_desktop.store import open_store
    from tthc_desktop.store.profile import get_profile

    demo = open_store(tmp_path / "demo.sqlite3")
    build_demo(demo, today=date(2026, 11, 23))
    code = get_profile(demo)["code"]
    exchange.register_unit(office, code=code, name="xã Đồng Lạc", unit_type="xa",
                           fingerprint=keys.ensure_unit_key(demo).fingerprint)
    usb = tmp_path / "usb-demo"
    usb.mkdir()
    exchange.export_package(demo, period, usb)
    exchange.apply_import(office, exchange.plan_import(office, [usb]))
    mine, theirs = compute_figures(demo, period, "chosen"), agg.aggregate(office, period)
    assert mine.has_data and theirs.total == mine.total
    assert {(r.group, r.label): r.counts for r in theirs.rows} == \
        {(r.group, r.label): r.counts.without_declared() for r in mine.rows}
    assert theirs.feedback == mine.feedback and theirs.units[0].notices == len(mine.notices)
    assert theirs.errors == [] and mine.errors == []
    demo.close()
