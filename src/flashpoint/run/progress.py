"""A one-line progress display of a run's ``Summary`` (for a terminal; never when piped)."""

from __future__ import annotations

import time
from typing import TextIO

from .summary import Summary


class Progress:
    """Rewrites one line of ``stream`` at most every ``every`` seconds."""

    def __init__(self, stream: TextIO, every: float = 0.2):
        self.stream, self.every, self.last = stream, every, 0.0

    def update(self, summary: Summary) -> None:
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        rate = summary.documents / max(now - summary.started, 1e-6)
        self.stream.write(f"\r{summary.documents} docs  {summary.events} events  "
                          f"{summary.rejected} rejected  {rate:.1f} docs/s ")
        self.stream.flush()

    def done(self) -> None:
        self.stream.write("\r" + " " * 70 + "\r")
        self.stream.flush()
