"""The output files of ``flashpoint code`` (``-o`` and ``--errors``): checked, then opened, then
written record by record, so that no mistake costs an input or what was already written.

1. ``check_outputs``, before anything is opened: an output that is an input (by name, link or a
   file inside an input folder that would be read), two outputs that are one file, a folder, a
   missing folder: a numbered message (exit status 2), nothing touched.
2. ``open_outputs``: every output is opened *without* truncating it, and only when all are open
   are they emptied: a bad ``--errors`` path leaves ``-o`` as it was (a file it had to create is
   removed again).
3. ``Output.commit`` after each document: the records written so far are flushed, and their end
   remembered. When a write fails (a full disk, a file-size limit, ``/dev/full``), the file is cut
   back to that end, so it holds whole records only, and ``WriteFailed`` says how many.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable

from ..errors import FlashpointError, msg
from ..ingest.readers import FORMATS as INPUT_FORMATS, STDIN
from ..output import FLAT_COLUMNS, CsvWriter, JsonlWriter, ParquetWriter, Writer
from ..records import Event, Rejection

Identity = tuple[int, int]


class WriteFailed(Exception):
    """An output could not be written mid-run; ``written`` records of it were kept whole."""

    def __init__(self, *, output: "Output", reason: str) -> None:
        self.output, self.reason = output, reason
        kept = (f"the {output.written} record(s) written before are kept whole" if output.written
                else "nothing was written to it")
        super().__init__(msg("E026", flag=output.flag, path=output.shown, reason=reason, kept=kept))


@dataclass
class Target:
    """An output asked for: the flag that named it and its path (None or "-": standard output)."""

    flag: str
    path: str | None

    @property
    def stdout(self) -> bool:
        return self.path in (None, STDIN)


def _identity(path: str | Path) -> Identity | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _inside(path: Path, folder: Path) -> bool:
    return folder in path.parents


def check_outputs(targets: list[Target], *, inputs: Iterable[str], other_inputs: Iterable[str] = ()
                  ) -> list[str]:
    """Refuse outputs that would destroy an input or cannot be written; return notes for the user
    (an output inside an input folder, which is not read as an input).

    ``inputs`` are the paths to code; ``other_inputs`` files the run reads too (config, actors).
    """
    notes: list[str] = []
    named: dict[Identity, str] = {}
    folders: list[Path] = []
    for raw in [*inputs, *other_inputs]:
        if raw == STDIN:
            continue
        identity = _identity(raw)
        if identity is None:
            continue
        if os.path.isdir(raw):
            folders.append(Path(os.path.realpath(raw)))
        else:
            named[identity] = raw
    seen: dict[Identity | str, Target] = {}
    for target in targets:
        if target.stdout:
            continue
        path = Path(target.path)
        real = Path(os.path.realpath(path))
        if path.is_dir():
            raise FlashpointError(msg("E022", flag=target.flag, path=target.path))
        folder = real.parent
        if not folder.is_dir():
            raise FlashpointError(msg("E023", flag=target.flag, path=target.path, folder=path.parent))
        identity = _identity(path)
        if identity is not None and identity in named:
            raise FlashpointError(msg("E020", flag=target.flag, path=target.path, input=named[identity]))
        key: Identity | str = identity if identity is not None else str(real)
        if key in seen:
            raise FlashpointError(msg("E021", first=seen[key].flag, second=target.flag, path=target.path))
        seen[key] = target
        for input_folder in folders:
            if not _inside(real, input_folder):
                continue
            if identity is not None and _would_be_read(real) and not _earlier_output(real):
                raise FlashpointError(msg("E025", flag=target.flag, path=target.path, folder=input_folder))
            notes.append(msg("E028", path=target.path, folder=input_folder))
            break
    return notes


def _would_be_read(path: Path) -> bool:
    """Whether reading the folder would read this file (a known suffix, not hidden, not empty)."""
    hidden = any(part.startswith(".") for part in path.parts[1:])
    try:
        empty = path.stat().st_size == 0
    except OSError:
        empty = True
    return path.suffix.lower() in INPUT_FORMATS and not hidden and not empty


def _earlier_output(path: Path) -> bool:
    """Whether the file holds what flashpoint writes (events or rejections): its first line is an
    event record or a rejection, or the header of the flat CSV rows."""
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            first = fh.readline(1 << 20).strip()
    except OSError:
        return False
    if first == ",".join(FLAT_COLUMNS):
        return True
    try:
        record = json.loads(first)
    except ValueError:
        return False
    if not isinstance(record, dict):
        return False
    return any(record.keys() >= _required_fields(kind) for kind in (Event, Rejection))


def _required_fields(kind: type) -> set[str]:
    return {f.name for f in fields(kind) if f.default is MISSING and f.default_factory is MISSING}


class _FdSink:
    """A text sink for a writer: keeps what is written until ``flush``, then writes it whole to a
    file descriptor. A failed flush drops it, so that nothing tries to write it again later."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        data = memoryview("".join(self.parts).encode("utf-8", "replace"))
        self.parts = []
        while data:
            data = data[os.write(self.fd, data):]


@dataclass
class Output:
    """One output file (or standard output) and where its last whole record ends."""

    flag: str
    path: str | None
    fd: int | None = None
    regular: bool = False
    created: bool = False
    written: int = 0       # records flushed whole
    pending: int = 0       # records written since the last commit
    good_end: int = 0      # offset just after the last whole record (regular files)
    stream: Any = field(default=None, repr=False)
    writer: Writer | None = field(default=None, repr=False)

    @property
    def shown(self) -> str:
        return self.path if self.path not in (None, STDIN) else "standard output"

    @property
    def identity(self) -> Identity | None:
        """(device, inode) of a regular output file: the file the run must not read back."""
        if self.fd is None:
            return None
        info = os.fstat(self.fd)
        return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None

    def write(self, record: dict[str, Any]) -> None:
        try:
            self.writer.write(record)
        except OSError as exc:
            self.fail(exc)
        self.pending += 1

    def commit(self) -> None:
        """Flush what was written since the last commit; remember where the whole records end."""
        if self.stream is None:  # Parquet: the writer writes whole row groups itself
            self.written += self.pending
            self.pending = 0
            return
        try:
            self.stream.flush()
        except OSError as exc:
            self.fail(exc)
        self.written += self.pending
        self.pending = 0
        if self.regular:
            self.good_end = os.lseek(self.fd, 0, os.SEEK_CUR)

    def fail(self, exc: OSError) -> None:
        """Cut a regular file back to its last whole record, then raise WriteFailed."""
        self.pending = 0
        if self.regular and self.fd is not None:
            try:
                os.ftruncate(self.fd, self.good_end)
            except OSError:
                pass
        if self.stream is sys.stdout:
            _silence_stdout()
        self.writer = None
        raise WriteFailed(output=self, reason=_reason(exc)) from exc

    def close(self) -> None:
        """Close the writer (Parquet writes its footer here) and the file; a failure is a
        WriteFailed too."""
        writer, self.writer = self.writer, None
        try:
            if writer is not None:
                try:
                    writer.close()
                except OSError as exc:
                    self.writer = writer
                    self.fail(exc)
                self.written += self.pending
                self.pending = 0
        finally:
            if self.fd is not None:
                os.close(self.fd)
                self.fd = None


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the device (the disk is full)"
    if exc.errno == errno.EFBIG:
        return "the file is over the size limit of the system"
    return exc.strerror or str(exc)


def _silence_stdout() -> None:
    """Standard output failed: send what it still buffers to /dev/null instead of failing again
    when Python exits."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass


def open_outputs(targets: list[Target], *, fmt: str) -> dict[str, Output]:
    """Open every output without truncating any; then empty them all. On a failure, nothing was
    emptied and the files created here are removed again; raises FlashpointError (exit 2)."""
    opened: list[Output] = []
    try:
        for target in targets:
            opened.append(_open(target))
    except FlashpointError:
        for out in opened:
            _abandon(out)
        raise
    for out in opened:
        if out.regular and out.fd is not None:
            os.ftruncate(out.fd, 0)
    outputs = {out.flag: out for out in opened}
    events = opened[0]
    if fmt == "parquet":
        events.writer = ParquetWriter(events.path)
    else:
        events.stream = sys.stdout if events.fd is None else _FdSink(events.fd)
        try:
            events.writer = JsonlWriter(events.stream) if fmt == "jsonl" else _csv_writer(events)
        except WriteFailed as exc:
            for out in opened:
                _abandon(out)
            raise FlashpointError(msg("E024", flag=events.flag, path=events.shown, reason=exc.reason)) from None
    for out in opened[1:]:
        out.stream = sys.stdout if out.fd is None else _FdSink(out.fd)
        out.writer = JsonlWriter(out.stream)
    return outputs


def _csv_writer(out: Output) -> CsvWriter:
    """A CSV writer whose header is written at once: an output that cannot be written says so
    before any document is coded."""
    writer = CsvWriter(out.stream)
    out.writer = writer
    out.commit()
    out.written = 0
    return writer


def _open(target: Target) -> Output:
    if target.stdout:
        return Output(flag=target.flag, path=target.path)
    existed = os.path.lexists(target.path)
    try:
        fd = os.open(target.path, os.O_WRONLY | os.O_CREAT, 0o666)
    except OSError as exc:
        raise FlashpointError(msg("E024", flag=target.flag, path=target.path, reason=_reason(exc))) from None
    regular = stat.S_ISREG(os.fstat(fd).st_mode)
    return Output(flag=target.flag, path=target.path, fd=fd, regular=regular, created=not existed)


def _abandon(out: Output) -> None:
    if out.fd is not None:
        os.close(out.fd)
        out.fd = None
    if out.created:
        try:
            os.unlink(out.path)
        except OSError:
            pass
