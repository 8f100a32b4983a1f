"""Roll-up of the register into a period's Biểu II.06a counts, compared with counts made by hand."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from tests.register_helpers import make_store, receive

from tthc_desktop.cli import main
from tthc_desktop.domain.figures import DossierCounts, FigureRow, chain_counts
from tthc_desktop.domain.periods import parse_period, quarters_of
from tthc_desktop.errors import LockedPeriodError
from tthc_desktop.services import register as svc
from tthc_desktop.services import register_rollup as rollup
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import statistics

NOW = datetime(2027, 1, 1)

# name, procedure, received, due, end status, end date, extra
SCENARIO = [
    ("A", "1.001193", "2024-12-10 09:00", "2024-12-18 17:00", "resolved", "2024-12-17 10:00", {}),
    ("B", "1.001193", "2024-12-02 09:00", "2024-12-06 17:00", "resolved", "2024-12-06 15:00", {}),
    ("C", "1.001193", "2024-12-13 09:00", "2024-12-20 11:30", "resolved", "2024-12-20 11:00", {}),
    ("D", "1.001193", "2025-01-06 08:00", "2025-01-08 17:00", "resolved", "2025-01-09 08:00",
     {"channel": "buu_chinh"}),
    ("E", "1.001193", "2025-02-10 08:00", "2025-02-12 17:00", None, None, {}),
    ("F", "1.001193", "2025-03-10 08:00", "2025-03-20 17:00", None, None, {}),
    ("G", "1.001193", "2025-03-12 08:00", "2025-03-14 17:00", "returned", "2025-03-12 15:00", {}),
    ("H", "1.001193", "2025-03-14 16:00", "2025-03-17 17:00", "resolved", "2025-03-17 10:00", {}),
    ("I", "1.001193", "2025-03-15 08:00", "2025-03-18 17:00", None, None, {}),
    ("J", "2.000815", "2025-01-15 09:00", "2025-01-15 17:00", "resolved", "2025-01-15 16:00",
     {"fee": 6000, "digitised": True}),
    ("K", "1.001193", "2024-11-20 08:00", "2024-11-25 17:00", None, None, {}),
]


@pytest.fixture()
def store():
    s = make_store()
    for name, proc, received, due, status, end, extra in SCENARIO:
        row = receive(s, proc, name, received, due_at=due, **extra)
        if status:
            svc.change_status(s, row["id"], status, at=end, reason="thiếu giấy tờ", now=NOW)
    yield s
    s.close()


def by_label(rows):
    return {r.label: r.counts for r in rows}


def test_quarter_matches_hand_counts(store):
    rows = by_label(rollup.rows_for_period(store, parse_period("2025-Q1"), NOW))
    assert list(rows) == ["Hộ tịch", "Chứng thực"]  # field order
    assert rows["Hộ tịch"] == DossierCounts(
        carried_over=3,  # A, C, K (B finished before the quarter)
        new_direct=4, new_postal=1,  # E, F, G, H; D by post
        resolved_early=2, resolved_on_time=1, resolved_late=1,  # A and returned G; C; D
        pending_in_time=2, pending_overdue=2)  # F, H; E, K
    assert rows["Chứng thực"] == DossierCounts(new_direct=1, resolved_on_time=1, digitised_received=1,
                                               with_fee=1, fees_collected=6000)


def test_next_quarter_carries_what_was_pending(store):
    rows = by_label(rollup.rows_for_period(store, parse_period("2025-Q2"), NOW))
    assert rows == {"Hộ tịch": DossierCounts(carried_over=4, new_direct=1, resolved_on_time=1, pending_overdue=4)}


def test_identity_holds_and_year_equals_chained_quarters(store):
    year = parse_period("2025")
    for period in [year, *quarters_of(year)]:
        for r in rollup.rows_for_period(store, period, NOW):
            c = r.counts
            assert c.received == c.resolved + c.pending, (period.code, r.label)
    quarters = [by_label(rollup.rows_for_period(store, q, NOW)) for q in quarters_of(year)]
    whole = by_label(rollup.rows_for_period(store, year, NOW))
    for label, counts in whole.items():
        chained = chain_counts([q.get(label, DossierCounts()) for q in quarters])
        assert counts == chained, label


def test_running_period_judges_overdue_now():
    s = make_store()
    receive(s, "1.001193", "An", "2025-03-03 08:00", due_at="2025-03-12 17:00")
    q1 = parse_period("2025-Q1")
    running = rollup.total_for_period(s, q1, datetime(2025, 3, 11, 9, 0))
    assert (running.pending_in_time, running.pending_overdue) == (1, 0)
    ended = rollup.total_for_period(s, q1, NOW)
    assert (ended.pending_in_time, ended.pending_overdue) == (0, 1)
    s.close()


def test_figures_sources_and_the_clerks_choice(store, capsys, tmp_path):
    q1 = parse_period("2025-Q1")
    statistics.save_stat_row(store, q1, FigureRow("linh_vuc", "Hộ tịch", DossierCounts(new_direct=50,
                                                                                         resolved_on_time=50)))
    entered = compute_figures(store, q1, "entered")
    register = compute_figures(store, q1, "register")
    assert entered.total.received == 50
    assert register.total.received == 8 + 1  # Hộ tịch 3 carried + 5 new; Chứng thực 1
    assert compute_figures(store, q1, "chosen").total.received == 50  # entered until the clerk chooses
    rollup.choose_source(store, q1, "register")
    chosen = compute_figures(store, q1, "chosen")
    assert chosen.total == register.total  # one source, never the sum of both
    comparison = rollup.compare_sources(store, q1, NOW)
    hotich = next(c for c in comparison if c.label == "Hộ tịch")
    assert hotich.entered.received == 50 and hotich.register.received == 8 and hotich.differs


def test_choice_is_refused_in_a_locked_period(store):
    q1 = parse_period("2025-Q1")
    store.db["reports"].insert({"period": "2025-Q1", "period_start": "2024-12-15", "period_end": "2025-03-14",
                                "status": "issued", "number": "05/BC-UBND", "issued_on": "2025-03-16"})
    with pytest.raises(LockedPeriodError, match="05/BC-UBND"):
        rollup.choose_source(store, q1, "register")


def test_cli_figures_with_register_source(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    s = make_store(db)
    for name, proc, received, due, status, end, extra in SCENARIO:
        row = receive(s, proc, name, received, due_at=due, **extra)
        if status:
            svc.change_status(s, row["id"], status, at=end, reason="thiếu giấy tờ", now=NOW)
    s.close()
    assert main(["--db", str(db), "figures", "--period", "2025-Q1", "--source", "register"]) == 0
    out = capsys.readouterr().out
    assert "Tổng số hồ sơ tiếp nhận: 9 (mới 6, từ kỳ trước 3)" in out
    assert "Đang giải quyết: 4 — trong hạn 2, quá hạn 2" in out
    assert main(["--db", str(db), "register", "source", "--period", "2025-Q1", "--use", "register"]) == 0
    assert main(["--db", str(db), "figures", "--period", "2025-Q1", "--source", "chosen", "--json"]) == 0
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])  # first line: the choice just made
    assert data["total"]["totals"]["received"] == 9  # the register, as chosen


def python_counts(rows, period, as_of):
    """The roll-up rules counted one dossier at a time, in Python, for comparison with the SQL."""
    start, stop = period.start.isoformat(), (period.end + timedelta(days=1)).isoformat()
    out = {}
    for d in rows:
        rec, res, due = d["received_at"], d["resolved_at"], d["due_at"]
        if rec >= stop or (res is not None and res < start):
            continue
        c = out.setdefault(d["field_name"], dict.fromkeys(("carried_over", "new_direct", "new_postal",
                                                            "resolved_early", "resolved_on_time", "resolved_late",
                                                            "pending_in_time", "pending_overdue"), 0))
        if rec < start:
            c["carried_over"] += 1
        else:
            c["new_postal" if d["channel"] == "buu_chinh" else "new_direct"] += 1
        if res is not None and res < stop:
            kind = svc.timeliness(d, NOW)
            c[{"truoc_han": "resolved_early", "dung_han": "resolved_on_time", "qua_han": "resolved_late"}[kind]] += 1
        else:
            c["pending_overdue" if due < min(stop, as_of) else "pending_in_time"] += 1
    return out


def test_random_register_matches_a_count_one_by_one():
    import random

    rng = random.Random(11)
    s = make_store()
    codes = ["1.001193", "1.004873", "2.000815", "1.001776", "1.003005"]
    for i in range(240):
        when = datetime(2024, 11, 1, 8) + timedelta(hours=rng.randrange(0, 24 * 200))
        row = receive(s, rng.choice(codes), f"Người {i}", when.isoformat(),
                      channel="buu_chinh" if i % 5 == 0 else "truc_tiep")
        fate = rng.random()
        if fate < 0.75:
            end = when + timedelta(hours=rng.randrange(1, 24 * 25))
            status = "resolved" if fate < 0.7 else rng.choice(("returned", "withdrawn"))
            svc.change_status(s, row["id"], status, at=end, reason="lý do", now=NOW)
        elif fate < 0.85:
            svc.start_processing(s, row["id"], now=NOW)
    rows = svc.list_dossiers(s, limit=1000, now=NOW)
    for code in ("2025-Q1", "2025-Q2", "2025-M02", "2025", "2025-01-10..2025-01-20"):
        period = parse_period(code)
        for as_of in (NOW, datetime(2025, 2, 20, 10, 0)):
            got = {r.label: {k: v for k, v in r.counts.parts().items() if k in (
                "carried_over", "new_direct", "new_postal", "resolved_early", "resolved_on_time", "resolved_late",
                "pending_in_time", "pending_overdue")} for r in rollup.rows_for_period(s, period, as_of)}
            assert got == python_counts(rows, period, as_of.isoformat()), (code, as_of)
    s.close()
