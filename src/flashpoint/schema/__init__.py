"""The JSON Schema of the event record, shipped in the package; tests validate every output against it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    return json.loads(resources.files("flashpoint.schema").joinpath("event.schema.json").read_text("utf-8"))


def validate_event(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` is not a valid event record."""
    import jsonschema

    jsonschema.validate(record, event_schema())
