"""Opening the DuckDB file, and DuckDB's errors as the numbered messages a user can act on.

DuckDB reports a held file, a file that is not a database, a full disk or a path it cannot write
as exceptions with free text; ``store_error`` maps them to E701, E702, E705, E706 (E713 for the
rest), and ``holder`` names the process that holds the file, from its PID in DuckDB's message.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb

from ..errors import FlashpointError, msg

#: How often a waiting open tries the lock again, seconds.
LOCK_RETRY = 0.2

_LOCK = re.compile(r"Could not set lock|Conflicting lock", re.IGNORECASE)
_HOLDER = re.compile(r"\(PID (\d+)\)")
_NOT_DUCKDB = re.compile(r"not a valid DuckDB database file|unable to open database", re.IGNORECASE)
_FULL = re.compile(r"No space left on device|File too large|disk is full|out of disk", re.IGNORECASE)
_DENIED = re.compile(r"Permission denied|Read-only file system|Cannot open file|"
                     r"No such file or directory|not a directory", re.IGNORECASE)


def connect(path: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only)
            # no progress bar on the terminal: a long query (a migration) is not the user's output
            con.execute("SET enable_progress_bar = false")
            return con
        except duckdb.Error as exc:
            if not _LOCK.search(str(exc)) or time.monotonic() >= deadline:
                raise store_error(exc, path) from None
            time.sleep(LOCK_RETRY)


def holder(message: str) -> str:
    """Who holds the file, from DuckDB's lock message: "PID 123: flashpoint serve ..."."""
    m = _HOLDER.search(message)
    if m is None:
        return "another process"
    pid = m.group(1)
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        command = " ".join(part.decode("utf-8", "replace") for part in raw.split(b"\0") if part)
    except OSError:
        command = ""
    return f"PID {pid}: {command}" if command else f"PID {pid}"


def store_error(exc: BaseException, path: str) -> FlashpointError:
    """A DuckDB error as the numbered message a user can act on."""
    text = str(exc)
    if _LOCK.search(text):
        return FlashpointError(msg("E701", path=path, holder=holder(text)))
    if _NOT_DUCKDB.search(text):
        return FlashpointError(msg("E702", path=path, detail="not a DuckDB database file"))
    if _FULL.search(text):
        return FlashpointError(msg("E705", path=path, detail=first_line(text)))
    if _DENIED.search(text) or isinstance(exc, PermissionError):
        return FlashpointError(msg("E706", path=path, detail=first_line(text)))
    return FlashpointError(msg("E713", path=path, detail=first_line(text)))


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text
