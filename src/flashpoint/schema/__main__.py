"""``python -m flashpoint.schema``: rewrite ``event.schema.json`` from the field spec."""

from . import write_event_schema

print(f"wrote {write_event_schema()}")
