"""Table models over plain rows from the core (no SQL here)."""
