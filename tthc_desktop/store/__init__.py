"""The store: the only package that speaks SQL. Other packages call its functions with plain values."""
from tthc_desktop.store.db import Store, default_db_path, integrity_findings, now_iso, open_store

__all__ = ["Store", "open_store", "default_db_path", "integrity_findings", "now_iso"]
