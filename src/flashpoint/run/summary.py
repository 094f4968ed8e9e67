"""The run summary: documents, rejections by reason, events; what every runner reports at the end."""

from __future__ import annotations

import time
from collections import Counter

from ..pipeline import DocResult


class Summary:
    """Counts for the run summary on stderr: documents, rejections by reason, events, and the
    notices about inputs read despite a problem (a bad publication date)."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.documents = 0
        self.coded = 0
        self.rejected = 0
        self.reasons: Counter[str] = Counter()
        self.notices: Counter[str] = Counter()
        self.events = 0
        self.factual = 0
        self.undated = 0
        self.stopped: str | None = None  # why the run ended early (a catalogue message), if it did

    def add(self, result: DocResult) -> None:
        self.documents += 1
        if result.rejection is not None:
            self.rejected += 1
            self.reasons[result.rejection.reason] += 1
        else:
            self.coded += 1
        self.events += len(result.events)
        self.factual += sum(1 for e in result.events if e.factual)
        if result.document is not None and result.document.published is None and result.rejection is None:
            self.undated += 1

    def add_notice(self, reason: str) -> None:
        self.notices[reason] += 1

    def render(self) -> str:
        seconds = time.monotonic() - self.started
        lines = [f"flashpoint: {self.documents} input(s), {self.coded} coded, {self.rejected} rejected; "
                 f"{self.events} event(s) ({self.factual} factual) in {seconds:.1f} s"]
        for reason, n in sorted(self.reasons.items()):
            lines.append(f"  rejected {reason}: {n}")
        for reason, n in sorted(self.notices.items()):
            lines.append(f"  read with a warning, {reason}: {n}")
        if self.undated:
            lines.append(f"  warning: {self.undated} document(s) had no publication date; their events are "
                         f"dated null (pass --published DATE)")
        if self.stopped:
            lines.append(f"  {self.stopped}")
        return "\n".join(lines)
