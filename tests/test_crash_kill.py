"""Crash safety: a writer killed with SIGKILL at random moments never loses a reported commit.

The long run (200 kills) is marked slow: `pytest -m slow tests/test_crash_kill.py`. The fast test
checks that the checker itself notices a lost commit and a half-written transaction.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from tthc_desktop.store import open_store
from tthc_desktop.store.feedback import save_feedback

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "kill_test.py"


def load_kill_test():
    spec = importlib.util.spec_from_file_location("kill_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["kill_test"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_checker_reports_lost_and_half_written_transactions(tmp_path):
    kt = load_kill_test()
    db = tmp_path / "kill.sqlite3"
    with open_store(db) as store:
        for summary in ("kt 1.1/2 a", "kt 1.2/2 b", "kt 2.1/3 c"):  # transaction 2 lacks two of its rows
            save_feedback(store, {"received_on": "2024-05-02", "subject": "quy_dinh", "summary": summary})
    stats = kt.KillStats()
    next_t = kt._verify(db, {1, 2, 3}, stats)
    assert next_t == 3
    assert stats.losses == 1 and stats.partial_transactions == 1
    assert any("missing: [3]" in p for p in stats.problems) and any("half-written transactions: [2]" in p
                                                                    for p in stats.problems)


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_two_hundred_kills_lose_nothing(tmp_path):
    kt = load_kill_test()
    stats = kt.run(kills=200, workdir=tmp_path, seed=7, log=lambda *_: None)
    assert stats.kills == 200 and stats.checks == 200
    assert stats.kills_while_writing >= 150
    assert stats.transactions_reported > 200
    assert stats.problems == [], stats.problems
    assert stats.losses == 0 and stats.partial_transactions == 0 and stats.integrity_failures == 0
