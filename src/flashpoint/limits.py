"""The time limit of one document (``Options.timeout``): a document that runs over it is stopped
and rejected as ``timeout``, and the batch goes on.

Two ways of stopping, so that neither a slow stage nor a stuck one can hang a run:

- **Checkpoints** (``Deadline.check``): the pipeline checks the clock between the pieces of a long
  parse, between stages and between events. Stopping there is always safe: nothing is half done.
- **An alarm** (``SIGALRM``), in the main thread of a process on POSIX, for code that never reaches
  a checkpoint (a parse or a regular expression that runs away). The handler raises
  ``DocumentTimeout`` wherever Python is running at that moment. The state it may interrupt
  belongs to the document being coded (its Doc, its caches), which is thrown away; the shared
  resources (model, knowledge base, gazetteer, lexicon) are loaded before any document and only
  read while coding. Pool workers run their tasks in their main thread, so each worker stops its
  own runaway document and goes on with the rest of its batch.

The alarm is not used outside the main thread (``signal`` allows handlers only there), nor when
someone else already uses ``SIGALRM`` or the real-time timer; the checkpoints remain.

``DocumentTimeout`` derives from ``BaseException``, like ``KeyboardInterrupt``: an
``except Exception`` in a stage or a library must not swallow it.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator


class DocumentTimeout(BaseException):
    """The document's time limit ran out; ``args[0]`` says where it was stopped."""


@dataclass
class Deadline:
    """The time limit of one document: ``seconds`` from ``started`` (0: no limit)."""

    seconds: float
    started: float = field(default_factory=time.monotonic)

    def expired(self) -> bool:
        return self.seconds > 0 and time.monotonic() - self.started > self.seconds

    def check(self, where: str = "") -> None:
        """Raise DocumentTimeout when the limit has run out (a checkpoint)."""
        if self.expired():
            raise DocumentTimeout(where or "at a checkpoint")


class _Alarm:
    """SIGALRM after ``seconds`` raises DocumentTimeout, until disarmed."""

    def __init__(self, seconds: float) -> None:
        self.armed = True
        self.previous = signal.signal(signal.SIGALRM, self._fire)
        signal.setitimer(signal.ITIMER_REAL, seconds)

    def _fire(self, signum: int, frame: Any) -> None:
        if self.armed:
            self.armed = False
            raise DocumentTimeout("by the alarm")

    def disarm(self) -> None:
        self.armed = False  # first: a signal arriving now must not raise
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)


def alarm_available() -> bool:
    """Whether the alarm can be used here: POSIX, main thread, SIGALRM and the timer unused."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    return (signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))


@contextmanager
def time_limit(seconds: float) -> Iterator[Deadline]:
    """A Deadline of ``seconds`` (0: none) for the block, with the alarm where it can be used.

    Catch ``DocumentTimeout`` *outside* the ``with`` block: the alarm may fire while the block
    is being left.
    """
    deadline = Deadline(seconds)
    alarm = _Alarm(seconds) if seconds > 0 and alarm_available() else None
    try:
        yield deadline
    finally:
        if alarm is not None:
            alarm.disarm()
