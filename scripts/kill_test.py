"""Kill test: a writer process commits numbered transactions and is killed with SIGKILL at random moments.

After every kill the store must open, pass `PRAGMA integrity_check`, hold every transaction the writer
reported committed (it prints the number only after COMMIT returned), and hold no half transaction
(each transaction writes 1-4 feedback rows; all or none must be there).

    python scripts/kill_test.py --kills 200            # prints the figures recorded in docs/reliability.md
    python scripts/kill_test.py --writer DB --start N  # the writer (started by the driver)

The writer goes through the real store: `open_store` (WAL, synchronous=FULL, migrations) and
`save_feedback` (audit triggers), so a kill can land in interpreter start-up, migrations, a commit, a
WAL checkpoint or the audit triggers.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(r"^kt (\d+)\.(\d+)/(\d+) ")
FILLER = "Phản ánh về thời gian giải quyết hồ sơ chứng thực, đề nghị niêm yết công khai quy trình. " * 4


def writer(db: str, start: int, seed: int) -> None:
    """Commit transactions start, start+1, ... forever; print each number after its commit."""
    # sqlite-utils imports pandas/numpy when present; the writer needs neither, and start-up time is kill time.
    sys.modules.setdefault("pandas", None)
    sys.modules.setdefault("numpy", None)
    sys.path.insert(0, str(ROOT))
    from tthc_desktop.store.db import open_store
    from tthc_desktop.store.feedback import save_feedback

    rng = random.Random(seed)
    store = open_store(db)
    store.set_user("kill-test")
    print("ready", flush=True)
    t = start
    while True:
        size = rng.randint(1, 4)
        with store.atomic():
            for j in range(1, size + 1):
                save_feedback(store, {"received_on": "2024-05-02", "subject": "quy_dinh", "channel": "truc_tiep",
                                      "sender": f"Công dân số {t}", "summary": f"kt {t}.{j}/{size} {FILLER}"})
        sys.stdout.write(f"{t}\n")
        sys.stdout.flush()
        t += 1


@dataclass
class KillStats:
    """Figures of one run (what docs/reliability.md records)."""

    kills: int = 0
    kills_while_writing: int = 0
    transactions_reported: int = 0
    rows_checked: int = 0
    checks: int = 0
    losses: int = 0
    partial_transactions: int = 0
    integrity_failures: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"kills={self.kills} (during writes: {self.kills_while_writing}), checks={self.checks}, "
                f"transactions reported committed={self.transactions_reported}, rows checked={self.rows_checked}, "
                f"losses={self.losses}, partial transactions={self.partial_transactions}, "
                f"integrity failures={self.integrity_failures}, time={self.seconds:.0f} s")


def _verify(db: Path, reported: set[int], stats: KillStats) -> int:
    """Open the store like the app does and check it; returns the next transaction number."""
    sys.path.insert(0, str(ROOT))
    from tthc_desktop.store.db import open_store

    with open_store(db) as store:
        result = [r[0] for r in store.conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            stats.integrity_failures += 1
            stats.problems.append(f"integrity_check after kill {stats.kills}: {result[:3]}")
        found: dict[int, set[int]] = {}
        sizes: dict[int, int] = {}
        for (summary,) in store.conn.execute("SELECT summary FROM feedback WHERE summary LIKE 'kt %'"):
            m = SUMMARY.match(summary)
            if m:
                t, j, size = map(int, m.groups())
                found.setdefault(t, set()).add(j)
                sizes[t] = size
    stats.checks += 1
    missing = sorted(t for t in reported if t not in found)
    partial = sorted(t for t, parts in found.items() if parts != set(range(1, sizes[t] + 1)))
    if missing:
        stats.losses = max(stats.losses, len(missing))
        stats.problems.append(f"after kill {stats.kills}: committed transactions missing: {missing[:10]}")
    if partial:
        stats.partial_transactions = max(stats.partial_transactions, len(partial))
        stats.problems.append(f"after kill {stats.kills}: half-written transactions: {partial[:10]}")
    stats.rows_checked = sum(sizes[t] for t in reported if t in sizes)
    return max(found, default=0) + 1


def run(kills: int = 200, workdir: Path | None = None, seed: int = 2024, max_delay: float = 0.6,
        early_share: float = 0.1, log=print) -> KillStats:
    """Kill the writer `kills` times; after each kill verify the store. `early_share` of kills hit start-up."""
    rng = random.Random(seed)
    stats = KillStats()
    workdir = Path(workdir or tempfile.mkdtemp(prefix="tthc-kill-"))
    db = workdir / "kill.sqlite3"
    reported: set[int] = set()
    next_t, began = 1, time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for i in range(kills):
        proc = subprocess.Popen([sys.executable, __file__, "--writer", str(db), "--start", str(next_t),
                                 "--seed", str(rng.randrange(1 << 30))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(ROOT))
        early = rng.random() < early_share
        if early:
            time.sleep(rng.uniform(0.0, 0.5))
        else:
            first = proc.stdout.readline()  # "ready": the store is open, writes begin
            if first.strip() != b"ready":
                proc.kill()
                raise RuntimeError(f"writer failed to start: {first!r} {proc.stderr.read().decode()[-2000:]}")
            time.sleep(rng.uniform(0.0, max_delay))
        if proc.poll() is not None:
            raise RuntimeError(f"writer exited by itself: {proc.stderr.read().decode()[-2000:]}")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        out = proc.stdout.read().decode()
        proc.stdout.close()
        proc.stderr.close()
        stats.kills += 1
        lines = out.split("\n")[:-1]  # the text after the last newline may be a number cut in half
        numbers = {int(x) for x in lines if x.strip().isdigit()}
        stats.kills_while_writing += bool(numbers) or not early
        reported |= numbers
        next_t = max(_verify(db, reported, stats), next_t)
        stats.transactions_reported = len(reported)
        if (i + 1) % 25 == 0:
            log(f"  {i + 1} kills: {stats.transactions_reported} transactions reported, losses {stats.losses}")
    stats.seconds = time.monotonic() - began
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--writer", help=argparse.SUPPRESS)
    ap.add_argument("--start", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--dir", help="working folder (default: a new temporary folder)")
    args = ap.parse_args(argv)
    if args.writer:
        writer(args.writer, args.start, args.seed)
        return 0
    if os.name == "nt":
        print("The kill test needs SIGKILL (Linux/macOS).", file=sys.stderr)
        return 2
    stats = run(args.kills, Path(args.dir) if args.dir else None, args.seed)
    print(stats.summary())
    for p in stats.problems:
        print("PROBLEM:", p)
    ok = not stats.problems and stats.kills >= args.kills
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
