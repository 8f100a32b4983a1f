"""SQL of the outage register (sổ theo dõi hồ sơ): dossiers, their search, paging and roll-up.

Times are ISO 8601 strings to the second ("2025-03-05T14:30:00"), so SQL compares them as text.
`resolved_at` is the moment a dossier left the desk's hands: the result date for `resolved`, the
return or withdrawal date for `returned` / `withdrawn`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tthc_desktop.domain.text import fold
from tthc_desktop.store.db import Store

OPEN_STATUSES = ("received", "processing")
CLOSED_STATUSES = ("resolved", "returned", "withdrawn")
COLUMNS = ("receipt_no", "year", "seq", "procedure_id", "field_id", "applicant_name", "applicant_id_no",
           "phone", "email", "address", "authorised_person", "channel", "documents", "copies", "received_at",
           "due_at", "processing_days", "processing_hours", "fee", "officer", "status", "resolved_at",
           "return_reason", "result_delivery", "digitised", "entered_portal_at", "entered_portal_by",
           "portal_code", "book_no", "note", "search_key", "created_at", "updated_at")

_SELECT = ("SELECT d.*, p.code AS procedure_code, p.name AS procedure_name, p.agency AS procedure_agency, "
           "f.name AS field_name FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
           "LEFT JOIN fields f ON f.id = d.field_id")


def search_key(receipt_no: str, applicant_name: str, id_no: str | None, phone: str | None) -> str:
    """Diacritic-free key searched by the list: receipt number, name, id number and phone."""
    return fold(" ".join(x for x in (receipt_no, applicant_name, id_no or "", phone or "") if x))


@dataclass(frozen=True)
class DossierFilter:
    """What the register list shows. `state`: open | overdue | closed | one status; `now` decides overdue."""

    text: str = ""
    state: str | None = None
    received_from: str | None = None  # ISO date, inclusive
    received_to: str | None = None  # ISO date, inclusive
    field_id: int | None = None
    procedure_id: int | None = None
    channel: str | None = None
    not_entered: bool = False
    now: str | None = None  # ISO datetime; required for state "overdue"
    year: int | None = None


def _where(flt: DossierFilter) -> tuple[str, list[Any]]:
    sql, params = " WHERE 1=1", []
    for word in fold(flt.text).split():
        sql += " AND d.search_key LIKE ?"
        params.append(f"%{word}%")
    if flt.state == "open":
        sql += " AND d.status IN ('received', 'processing')"
    elif flt.state == "overdue":
        sql += " AND d.status IN ('received', 'processing') AND d.due_at < ?"
        params.append(flt.now)
    elif flt.state == "closed":
        sql += " AND d.status IN ('resolved', 'returned', 'withdrawn')"
    elif flt.state:
        sql += " AND d.status = ?"
        params.append(flt.state)
    if flt.received_from:
        sql += " AND d.received_at >= ?"
        params.append(flt.received_from)
    if flt.received_to:
        sql += " AND d.received_at < date(?, '+1 day')"
        params.append(flt.received_to)
    for col in ("field_id", "procedure_id", "channel", "year"):
        value = getattr(flt, col)
        if value:
            sql += f" AND d.{col} = ?"
            params.append(value)
    if flt.not_entered:
        sql += " AND d.entered_portal_at IS NULL"
    return sql, params


def find_dossiers(store: Store, flt: DossierFilter, *, offset: int = 0, limit: int = 100,
                  oldest_first: bool = False) -> list[dict]:
    """One page of the list, newest received first (or oldest first), joined with procedure and field.

    The page's ids are chosen from indexes alone, then only those rows are read: deep pages and
    searches stay fast at 100,000 dossiers. With a search text the matches are found by scanning the
    (search_key, received_at) index, not by walking the whole table in date order.
    """
    where, params = _where(flt)
    order = "ASC" if oldest_first else "DESC"
    hint = "+" if flt.text.strip() else ""  # "+": do not walk received_at; scan the search index instead
    return store.rows(
        f"SELECT d.*, p.code AS procedure_code, p.name AS procedure_name, p.agency AS procedure_agency, "
        f"f.name AS field_name FROM (SELECT d.id FROM dossiers d{where} "
        f"ORDER BY {hint}d.received_at {order}, d.id {order} LIMIT ? OFFSET ?) page "
        f"JOIN dossiers d ON d.id = page.id JOIN procedures p ON p.id = d.procedure_id "
        f"LEFT JOIN fields f ON f.id = d.field_id ORDER BY d.received_at {order}, d.id {order}",
        (*params, int(limit), int(offset)))


def count_dossiers(store: Store, flt: DossierFilter) -> int:
    """How many dossiers the filter matches (for the lazy list model and the status bar)."""
    where, params = _where(flt)
    return int(store.scalar(f"SELECT count(*) FROM dossiers d{where}", tuple(params)) or 0)


def get_dossier(store: Store, dossier_id: int) -> dict | None:
    rows = store.rows(f"{_SELECT} WHERE d.id = ?", (dossier_id,))
    return rows[0] if rows else None


def get_by_receipt(store: Store, receipt_no: str) -> dict | None:
    """The dossier with this receipt number (exact, then case-insensitive)."""
    rows = store.rows(f"{_SELECT} WHERE d.receipt_no = ?", (receipt_no,))
    if not rows:
        rows = store.rows(f"{_SELECT} WHERE d.receipt_no = ? COLLATE NOCASE", (receipt_no,))
    return rows[0] if rows else None


def next_seq(store: Store, year: int) -> int:
    """The next sequence number of `year` (numbers run per calendar year from 1)."""
    return int(store.scalar("SELECT coalesce(max(seq), 0) + 1 FROM dossiers WHERE year = ?", (year,)))


def receipt_exists(store: Store, receipt_no: str) -> bool:
    return store.scalar("SELECT 1 FROM dossiers WHERE receipt_no = ?", (receipt_no,)) is not None


def insert_dossier(store: Store, values: dict) -> int:
    """Insert one row (values already checked by the service); returns its id."""
    row = {k: values[k] for k in COLUMNS if k in values}
    return int(store.db["dossiers"].insert(row).last_pk)


def insert_many(store: Store, rows: list[dict], batch_size: int = 1000) -> None:
    """Insert many prepared rows in one transaction (bulk imports, benchmarks)."""
    with store.atomic():
        store.db["dossiers"].insert_all(({k: r[k] for k in COLUMNS if k in r} for r in rows), batch_size=batch_size)


def update_dossier(store: Store, dossier_id: int, values: dict) -> None:
    row = {k: values[k] for k in COLUMNS if k in values}
    if row:
        store.db["dossiers"].update(dossier_id, row)


def mark_entered(store: Store, ids: list[int], at: str, by: str, portal_codes: dict[int, str] | None = None) -> int:
    """Set entered_portal_at on the given dossiers not yet entered; returns how many changed."""
    changed = 0
    with store.atomic():
        for i in ids:
            cur = store.conn.execute(
                "UPDATE dossiers SET entered_portal_at = ?, entered_portal_by = ?, "
                "portal_code = coalesce(?, portal_code), updated_at = ? WHERE id = ? AND entered_portal_at IS NULL",
                (at, by, (portal_codes or {}).get(i), at, i))
            changed += cur.rowcount
    return changed


def overdue_count(store: Store, now: str) -> int:
    """Dossiers still open whose appointment time has passed."""
    return int(store.scalar("SELECT count(*) FROM dossiers WHERE status IN ('received', 'processing') "
                            "AND due_at < ?", (now,)) or 0)


def status_counts(store: Store, now: str) -> dict[str, int]:
    """Count per status, plus 'overdue' (open and past due) and 'not_entered'."""
    out = {r["status"]: r["n"] for r in store.rows("SELECT status, count(*) AS n FROM dossiers GROUP BY status")}
    out["overdue"] = overdue_count(store, now)
    out["not_entered"] = int(store.scalar("SELECT count(*) FROM dossiers WHERE entered_portal_at IS NULL") or 0)
    return out


# Roll-up queries, run once per period; `{ids}` is the list of field ids, so every query walks an
# index in field order and needs no sorting. :start / :stop bound the period [start, stop).
_NEW_SQL = """SELECT field_id, count(*) AS n, sum(channel = 'truc_tuyen') AS online,
  sum(channel = 'buu_chinh') AS postal, sum(digitised = 1) AS digitised, sum(fee > 0) AS with_fee,
  coalesce(sum(fee), 0) AS fees
FROM dossiers WHERE field_id IN ({ids}) AND received_at >= :start AND received_at < :stop GROUP BY field_id"""
_RESOLVED_SQL = """SELECT field_id, count(*) AS n, sum(resolved_at > due_at) AS late,
  sum(substr(resolved_at, 1, 10) < substr(due_at, 1, 10)) AS early,
  sum(status = 'resolved' AND result_delivery = 'buu_chinh') AS by_post
FROM dossiers WHERE field_id IN ({ids}) AND resolved_at >= :start AND resolved_at < :stop GROUP BY field_id"""
# Finished after `at` but received before it: only the last `max handling time` days can hold them.
_OPEN_ACROSS_SQL = """SELECT field_id, count(*) AS n, sum(due_at < :as_of) AS overdue FROM dossiers
WHERE field_id IN ({ids}) AND received_at >= :since AND received_at < :at AND resolved_at >= :at GROUP BY field_id"""
_STILL_OPEN_SQL = """SELECT field_id, sum(received_at < :start) AS carried, sum(received_at < :stop) AS pending,
  sum(received_at < :stop AND due_at < :as_of) AS overdue
FROM dossiers WHERE resolved_at IS NULL AND field_id IN ({ids}) GROUP BY field_id"""


def _by_field(store: Store, sql: str, ids: list[int], params: dict) -> dict[int, dict]:
    marks = ", ".join(f":f{i}" for i in range(len(ids)))
    args = {**params, **{f"f{i}": v for i, v in enumerate(ids)}}
    return {r["field_id"]: r for r in store.rows(sql.format(ids=marks), args)}


def longest_handling_days(store: Store) -> int:
    """Whole days of the longest receipt-to-finish span in the register (index lookup, not a scan)."""
    days = store.scalar("SELECT max(julianday(resolved_at) - julianday(received_at)) FROM dossiers")
    return int(days) + 1 if days else 0


def rollup(store: Store, start: str, stop: str, as_of: str | None = None) -> list[dict]:
    """Counts per field for the period [start, stop): ISO date of the first day, and of the day after the last.

    Carried over = received before `start` and not finished before it; pending = not finished before
    `stop`, overdue when its appointment time is before `as_of` (default `stop`; a period still running
    passes the current time). Every dossier the period sees is either finished within it or pending at
    its end, so received = resolved + pending holds per field.
    """
    from datetime import date, timedelta

    as_of = min(stop, as_of or stop)
    fields = store.rows("SELECT id, name, sort_order FROM fields ORDER BY coalesce(sort_order, 9999), name")
    ids = [f["id"] for f in fields]
    if not ids:
        return []
    span = timedelta(days=longest_handling_days(store))
    p = {"start": start, "stop": stop, "as_of": as_of}
    new = _by_field(store, _NEW_SQL, ids, p)
    done = _by_field(store, _RESOLVED_SQL, ids, p)
    carried_closed = _by_field(store, _OPEN_ACROSS_SQL, ids, {
        "as_of": as_of, "at": start, "since": (date.fromisoformat(start) - span).isoformat()})
    pending_closed = _by_field(store, _OPEN_ACROSS_SQL, ids, {
        "as_of": as_of, "at": stop, "since": (date.fromisoformat(stop) - span).isoformat()})
    still_open = _by_field(store, _STILL_OPEN_SQL, ids, p)
    out = []
    for f in fields:
        fid = f["id"]
        n, d, cc, pc, so = (x.get(fid) or {} for x in (new, done, carried_closed, pending_closed, still_open))
        if not (n or d or cc or pc or so.get("carried") or so.get("pending")):
            continue
        late, early = d.get("late") or 0, d.get("early") or 0
        online, postal = n.get("online") or 0, n.get("postal") or 0
        out.append({
            "field_id": fid, "label": f["name"], "sort_order": f["sort_order"],
            "carried_over": (cc.get("n") or 0) + (so.get("carried") or 0),
            "new_online": online, "new_postal": postal, "new_direct": (n.get("n") or 0) - online - postal,
            "resolved_early": early, "resolved_late": late, "resolved_on_time": (d.get("n") or 0) - early - late,
            "pending_overdue": (pc.get("overdue") or 0) + (so.get("overdue") or 0),
            "pending_in_time": (pc.get("n") or 0) - (pc.get("overdue") or 0)
            + (so.get("pending") or 0) - (so.get("overdue") or 0),
            "digitised_received": n.get("digitised") or 0, "with_fee": n.get("with_fee") or 0,
            "fees_collected": n.get("fees") or 0, "returned_by_post": d.get("by_post") or 0,
        })
    return out
