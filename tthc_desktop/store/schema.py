"""Schema of the store: versioned migrations (sqlite-utils `Migrations`), STRICT tables, audit triggers.

The whole domain is designed here once; later features add queries, not tables, where they can.
Every data table gets triggers that append to `audit_log` with the current user (`tthc_user()`, a
function registered on every connection by `store.db`).
"""
from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("tthc_desktop")

# Tables whose every insert/update/delete is written to the audit log.
AUDITED_TABLES = (
    "unit_profile", "settings", "fields", "procedures", "procedure_changes", "documents",
    "document_procedures", "feedback", "dossier_stats", "dossiers", "reports", "users",
    "receiving_units", "packages", "plans", "plan_tasks", "days_off", "period_exports",
)


def _create(db: Database, name: str, columns: dict, **kw) -> None:
    db[name].create(columns, strict=True, **kw)


@migrations()
def m001_domain(db: Database) -> None:
    _create(db, "unit_profile", {
        "id": int, "name": str, "unit_type": str, "code": str, "parent_name": str, "province": str,
        "header_line1": str, "header_line2": str, "place_name": str, "number_suffix": str,
        "signer_name": str, "signer_title": str, "signer_authority": str,
        "recipients": str,  # JSON list of lines ("- Văn phòng UBND tỉnh;")
        "receiving_level_name": str, "is_receiving": int, "public_key": str, "private_key": str,
        "created_at": str, "updated_at": str,
    }, pk="id", not_null={"name", "unit_type"}, defaults={"is_receiving": 0})

    _create(db, "settings", {"key": str, "value": str}, pk="key")

    _create(db, "fields", {"id": int, "name": str, "search_key": str, "sort_order": int, "group_name": str},
            pk="id", not_null={"name"})
    db["fields"].create_index(["name"], unique=True)

    _create(db, "procedures", {
        "id": int, "code": str, "local_code": str, "name": str, "field_id": int, "agency": str,
        "level": str, "online_type": str, "lien_thong": str, "procedure_type": str,
        "has_fee": int, "fee_text": str, "processing_days": float, "processing_hours": float,
        "effective_from": str, "abolished_on": str, "note": str, "search_key": str,
        "created_at": str, "updated_at": str,
    }, pk="id", not_null={"code", "name", "field_id"},
        defaults={"online_type": "none", "lien_thong": "none", "has_fee": 0},
        foreign_keys=[("field_id", "fields", "id")])
    db["procedures"].create_index(["code"], unique=True)
    db["procedures"].create_index(["field_id"])

    _create(db, "documents", {
        "id": int, "kind": str, "number": str, "issued_on": str, "summary": str,
        "tags": str,  # JSON list: cong_bo, cong_khai, ra_soat, truyen_thong, kiem_tra, chi_dao, niem_yet ...
        "issuer": str, "note": str, "created_at": str,
    }, pk="id", not_null={"kind", "issued_on", "summary"})
    db["documents"].create_index(["issued_on"])

    # new / amended / abolished events with their date and the publishing document.
    _create(db, "procedure_changes", {
        "id": int, "procedure_id": int, "kind": str, "changed_on": str, "document_id": int, "note": str,
    }, pk="id", not_null={"procedure_id", "kind", "changed_on"},
        foreign_keys=[("procedure_id", "procedures", "id"), ("document_id", "documents", "id")])
    db["procedure_changes"].create_index(["changed_on"])

    _create(db, "document_procedures", {"document_id": int, "procedure_id": int, "action": str},
            pk=("document_id", "procedure_id"),
            foreign_keys=[("document_id", "documents", "id"), ("procedure_id", "procedures", "id")])

    _create(db, "feedback", {
        "id": int, "received_on": str, "channel": str, "subject": str, "sender": str, "summary": str,
        "procedure_id": int, "deadline": str, "resolved_on": str, "outcome": str, "published": int,
        "created_at": str,
    }, pk="id", not_null={"received_on", "subject", "summary"}, defaults={"published": 0},
        foreign_keys=[("procedure_id", "procedures", "id")])
    db["feedback"].create_index(["received_on"])

    # One row per period x group x key x source system. group: linh_vuc (a field), nganh_doc
    # (vertical agencies: công an, quân sự), lien_thong (the two liên thông groups).
    _create(db, "dossier_stats", {
        "id": int, "period": str, "period_start": str, "period_end": str,
        "row_group": str, "field_id": int, "label": str, "source_system": str, "data_source": str,
        "carried_over": int, "new_online": int, "new_direct": int, "new_postal": int,
        "resolved_early": int, "resolved_on_time": int, "resolved_late": int,
        "pending_in_time": int, "pending_overdue": int,
        "digitised_received": int, "digitised_results": int, "with_fee": int, "paid_online": int,
        "fees_collected": int, "returned_by_post": int, "e_certified": int,
        "survey_very_satisfied": int, "survey_satisfied": int, "survey_neutral": int, "survey_unsatisfied": int,
        # totals as declared by a source (portal sheet, typed report); NULL = computed from the parts
        "declared_received": int, "declared_new": int, "declared_resolved": int, "declared_pending": int,
        "updated_at": str,
    }, pk="id", not_null={"period", "row_group", "label"},
        defaults={"source_system": "", "data_source": "entered", **{c: 0 for c in (
            "carried_over", "new_online", "new_direct", "new_postal", "resolved_early", "resolved_on_time",
            "resolved_late", "pending_in_time", "pending_overdue", "digitised_received", "digitised_results",
            "with_fee", "paid_online", "fees_collected", "returned_by_post", "e_certified",
            "survey_very_satisfied", "survey_satisfied", "survey_neutral", "survey_unsatisfied")}},
        foreign_keys=[("field_id", "fields", "id")])
    db["dossier_stats"].create_index(
        ["period", "row_group", "label", "source_system", "data_source"], unique=True)

    # The outage register (sổ theo dõi hồ sơ) of individual dossiers.
    _create(db, "dossiers", {
        "id": int, "receipt_no": str, "year": int, "procedure_id": int, "field_id": int,
        "applicant_name": str, "applicant_id_no": str, "phone": str, "email": str, "address": str,
        "channel": str, "documents": str, "copies": int, "received_at": str, "due_at": str, "fee": int,
        "officer": str, "status": str, "resolved_at": str, "return_reason": str, "result_delivery": str,
        "digitised": int, "entered_portal_at": str, "search_key": str, "created_at": str,
    }, pk="id", not_null={"receipt_no", "procedure_id", "applicant_name", "received_at"},
        defaults={"status": "received", "channel": "truc_tiep", "copies": 1, "fee": 0, "digitised": 0},
        foreign_keys=[("procedure_id", "procedures", "id"), ("field_id", "fields", "id")])
    db["dossiers"].create_index(["receipt_no"], unique=True)
    db["dossiers"].create_index(["received_at"])
    db["dossiers"].create_index(["search_key"])

    _create(db, "reports", {
        "id": int, "period": str, "period_start": str, "period_end": str, "kind": str, "status": str,
        "number": str, "issued_on": str, "narrative": str, "snapshot": str, "pdf_sha256": str,
        "pdf": bytes, "issued_by": str, "unlocked_at": str, "unlocked_by": str, "unlock_reason": str,
        "created_at": str, "updated_at": str,
    }, pk="id", not_null={"period", "status"}, defaults={"kind": "periodic", "status": "draft"})
    db["reports"].create_index(["period"])

    _create(db, "users", {
        "username": str, "full_name": str, "role": str, "password_hash": str, "active": int,
        "failed_attempts": int, "locked_until": str, "created_at": str,
    }, pk="username", not_null={"role", "password_hash"}, defaults={"active": 1, "failed_attempts": 0})

    _create(db, "audit_log", {
        "id": int, "at": str, "username": str, "action": str, "table_name": str, "row_key": str,
        "old_values": str, "new_values": str, "note": str,
    }, pk="id", not_null={"at", "action"})
    db["audit_log"].create_index(["at"])

    # Receiving level: units it receives from, and the packages they sent.
    _create(db, "receiving_units", {
        "code": str, "name": str, "unit_type": str, "public_key": str, "key_fingerprint": str,
        "is_self": int, "registered_at": str,
    }, pk="code", not_null={"name"}, defaults={"is_self": 0})
    _create(db, "packages", {
        "uuid": str, "unit_code": str, "period": str, "period_start": str, "period_end": str,
        "created_at": str, "imported_at": str, "status": str, "replaced_by": str,
        "manifest": str, "data": str, "report_pdf": bytes, "file_name": str,
    }, pk="uuid", not_null={"unit_code", "period", "status"},
        foreign_keys=[("unit_code", "receiving_units", "code")])
    db["packages"].create_index(["unit_code", "period"])

    _create(db, "period_exports", {
        "id": int, "period": str, "package_uuid": str, "exported_at": str, "file_name": str,
    }, pk="id", not_null={"period", "package_uuid"})

    # Annual plan (kế hoạch) and its tasks.
    _create(db, "plans", {
        "id": int, "year": int, "number": str, "issued_on": str, "decision_number": str,
        "decision_date": str, "narrative": str, "created_at": str,
    }, pk="id", not_null={"year"})
    db["plans"].create_index(["year"], unique=True)
    _create(db, "plan_tasks", {
        "id": int, "plan_id": int, "section": str, "seq": int, "content": str, "lead": str,
        "coordinate": str, "deadline_text": str, "deadline_date": str, "product": str,
        "target_metric": str, "target_op": str, "target_value": float, "done": int, "done_note": str,
    }, pk="id", not_null={"plan_id", "section", "content"}, defaults={"done": 0},
        foreign_keys=[("plan_id", "plans", "id")])

    # Working-day calendar overrides: extra days off, and swapped working days (e.g. a Saturday).
    _create(db, "days_off", {"day": str, "kind": str, "note": str}, pk="day", not_null={"kind"})

    for table in AUDITED_TABLES:
        create_audit_triggers(db, table)


def create_audit_triggers(db: Database, table: str) -> None:
    """Append-only audit: one row per insert/update/delete with old and new values as JSON."""
    cols = [c.name for c in db[table].columns if c.type != "BLOB"]
    pks = db[table].pks

    def obj(prefix: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in cols) + ")"

    def key(prefix: str) -> str:
        return " || '|' || ".join(f"coalesce({prefix}.\"{p}\", '')" for p in pks)

    for action, when, old, new, ref in (
        ("insert", "AFTER INSERT", "NULL", obj("NEW"), "NEW"),
        ("update", "AFTER UPDATE", obj("OLD"), obj("NEW"), "NEW"),
        ("delete", "AFTER DELETE", obj("OLD"), "NULL", "OLD"),
    ):
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS audit_{table}_{action} {when} ON \"{table}\" BEGIN "
            f"INSERT INTO audit_log (at, username, action, table_name, row_key, old_values, new_values) "
            f"VALUES (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime'), tthc_user(), '{action}', '{table}', "
            f"{key(ref)}, {old}, {new}); END"
        )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa.'); END"
    )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được xóa.'); END"
    )


# --- m002 (safety): the users audit must never carry a password hash ---------------------------------

def _users_audit_triggers(db: Database) -> None:
    """Audit triggers on `users` without `password_hash`; a password change shows as a note only."""
    cols = [c.name for c in db["users"].columns if c.name != "password_hash"]

    def obj(prefix: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in cols) + ")"

    changed = "CASE WHEN OLD.password_hash IS NOT NEW.password_hash THEN 'password_changed' END"
    for action, when, old, new, ref, note in (
        ("insert", "AFTER INSERT", "NULL", obj("NEW"), "NEW", "NULL"),
        ("update", "AFTER UPDATE", obj("OLD"), obj("NEW"), "NEW", changed),
        ("delete", "AFTER DELETE", obj("OLD"), "NULL", "OLD", "NULL"),
    ):
        db.execute(f"DROP TRIGGER IF EXISTS audit_users_{action}")
        db.execute(
            f"CREATE TRIGGER audit_users_{action} {when} ON users BEGIN "
            f"INSERT INTO audit_log (at, username, action, table_name, row_key, old_values, new_values, note) "
            f"VALUES (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime'), tthc_user(), '{action}', 'users', "
            f"{ref}.username, {old}, {new}, {note}); END"
        )


@migrations()
def m002_users_audit_without_password(db: Database) -> None:
    _users_audit_triggers(db)


# --- m003 (register): columns and indexes of the outage register ----------------------------------------

@migrations()
def m_register_columns(db: Database) -> None:
    """Outage register (sổ theo dõi hồ sơ): sequence per year, snapshot of the processing time,
    authorised person, book number, portal re-entry; indexes for search, paging and the roll-up."""
    table = db["dossiers"]
    for name, col_type in (("seq", int), ("authorised_person", str), ("processing_days", float),
                           ("processing_hours", float), ("book_no", str), ("note", str),
                           ("portal_code", str), ("entered_portal_by", str), ("updated_at", str)):
        if name not in table.columns_dict:
            table.add_column(name, col_type)
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_dossiers_year_seq ON dossiers (year, seq)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_dossiers_not_entered ON dossiers (received_at) "
               "WHERE entered_portal_at IS NULL")
    db.execute("CREATE INDEX IF NOT EXISTS idx_dossiers_status ON dossiers (status)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_dossiers_open_due ON dossiers (due_at) "
               "WHERE status IN ('received', 'processing')")
    # Search by name / receipt number: LIKE scans this covering index; received_at orders the matches.
    db.execute("DROP INDEX IF EXISTS idx_dossiers_search_key")
    db.execute("CREATE INDEX IF NOT EXISTS idx_dossiers_search ON dossiers (search_key, received_at)")
    # Roll-up by field without sorting: received-based ranges, resolved-based ranges, open dossiers,
    # and the longest handling time (it bounds the search for dossiers open across a period boundary).
    db.execute("CREATE INDEX IF NOT EXISTS idx_dossiers_field_received ON dossiers "
               "(field_id, received_at, resolved_at, due_at, channel, digitised, fee)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_dossiers_field_resolved ON dossiers "
               "(field_id, resolved_at, due_at, status, result_delivery)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_dossiers_field_open ON dossiers (field_id, received_at, due_at) "
               "WHERE resolved_at IS NULL")
    db.execute("CREATE INDEX IF NOT EXISTS idx_dossiers_duration ON dossiers "
               "(julianday(resolved_at) - julianday(received_at))")
    # The audit triggers list the columns at creation time: recreate them so new columns are audited.
    for action in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS audit_dossiers_{action}")
    create_audit_triggers(db, "dossiers")


@migrations()
def m_exchange_001_package_details(db: Database) -> None:
    """USB packages: what the receiving level keeps of each package beyond manifest and data.

    `audit` holds the sender's audit rows (JSON), `file_sha256` the hash of the package file and
    `key_fingerprint` the key that signed it.
    """
    for name, kind in (("audit", str), ("file_sha256", str), ("key_fingerprint", str)):
        if name not in db["packages"].columns_dict:
            db["packages"].add_column(name, kind)
    db["packages"].create_index(["status", "period"], if_not_exists=True)
    db["period_exports"].create_index(["period"], if_not_exists=True)


def _audit_triggers_without(db: Database, table: str, excluded: set[str], key: str,
                            update_note: str = "NULL") -> None:
    """Recreate a table's audit triggers leaving out some columns (bulky or secret); `key` is the row key
    expression over a NEW/OLD prefix written as {ref}, `update_note` an SQL expression for updates."""
    cols = [c.name for c in db[table].columns if c.type != "BLOB" and c.name not in excluded]

    def obj(prefix: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in cols) + ")"

    for action, when, old, new, ref, note in (
        ("insert", "AFTER INSERT", "NULL", obj("NEW"), "NEW", "NULL"),
        ("update", "AFTER UPDATE", obj("OLD"), obj("NEW"), "NEW", update_note),
        ("delete", "AFTER DELETE", obj("OLD"), "NULL", "OLD", "NULL"),
    ):
        db.execute(f"DROP TRIGGER IF EXISTS audit_{table}_{action}")
        db.execute(
            f"CREATE TRIGGER audit_{table}_{action} {when} ON \"{table}\" BEGIN "
            f"INSERT INTO audit_log (at, username, action, table_name, row_key, old_values, new_values, note) "
            f"VALUES (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime'), tthc_user(), '{action}', '{table}', "
            f"{key.format(ref=ref)}, {old}, {new}, {note}); END"
        )


@migrations()
def m_exchange_002_lean_package_audit(db: Database) -> None:
    """Audit packages by their metadata only: the data, manifest and sender's audit of a package are kept
    once, in `packages` (a package is never edited, only marked replaced), not copied into the audit log."""
    _audit_triggers_without(db, "packages", {"manifest", "data", "audit"}, "coalesce({ref}.uuid, '')")


@migrations()
def m_exchange_003_profile_audit_without_private_key(db: Database) -> None:
    """The unit's private signing key never enters the audit log (which travels in every package);
    creating or replacing the key shows as a note only."""
    _audit_triggers_without(db, "unit_profile", {"private_key"}, "coalesce({ref}.id, '')",
                            "CASE WHEN OLD.private_key IS NOT NEW.private_key THEN 'signing_key_changed' END")
