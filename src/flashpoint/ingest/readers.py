"""STUB (to be replaced by the ingest work)."""
