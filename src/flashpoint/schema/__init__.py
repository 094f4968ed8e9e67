"""The JSON Schema of the event record, shipped in the package; tests validate every output against it.

The file is generated from the field spec (``flashpoint.columns``; see there why it stays a file):
after a change to the spec, ``python -m flashpoint.schema`` rewrites it, and a test fails until then.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

SCHEMA_FILE = "event.schema.json"

#: Lines of the written file stay under this width where an object or list fits on one line.
_WIDTH = 110


@lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    return json.loads(resources.files("flashpoint.schema").joinpath(SCHEMA_FILE).read_text("utf-8"))


def validate_event(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` is not a valid event record."""
    import jsonschema

    jsonschema.validate(record, event_schema())


def render_event_schema() -> str:
    """The text of the schema file, generated from the field spec (short parts kept on one line)."""
    from ..columns import json_schema

    return _render(json_schema(), indent=0) + "\n"


def write_event_schema(path: Path | None = None) -> Path:
    """Write the generated schema to ``path`` (default: the packaged file, in a source checkout)."""
    target = path or Path(__file__).with_name(SCHEMA_FILE)
    target.write_text(render_event_schema(), encoding="utf-8")
    event_schema.cache_clear()
    return target


def _render(value: Any, *, indent: int, lead: int = 0) -> str:
    """JSON with ``indent`` spaces per level; ``lead`` is how much of the line is already taken."""
    flat = json.dumps(value, ensure_ascii=False)
    if lead + len(flat) < _WIDTH or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            key = f"{pad}{json.dumps(k)}: "
            items.append(key + _render(v, indent=indent + 2, lead=len(key)))
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    if all(not isinstance(v, (dict, list)) for v in value):  # scalars: fill the lines
        lines, line = [], ""
        for v in value:
            item = json.dumps(v, ensure_ascii=False)
            if line and len(pad) + len(line) + len(item) + 3 > _WIDTH:  # ", " and a trailing ","
                lines.append(line)
                line = ""
            line = f"{line}, {item}" if line else item
        lines.append(line)
        return "[\n" + ",\n".join(pad + ln for ln in lines) + "\n" + " " * indent + "]"
    items = [pad + _render(v, indent=indent + 2, lead=len(pad)) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"
