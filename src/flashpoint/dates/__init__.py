"""Event dates resolved against the publication date ("on Wednesday", "last month", "in 2014").

- ``resolve_event_date(doc, trigger_i, *, published, status) -> DateResolution``
"""

from .resolve import DateResolution, resolve_event_date

__all__ = ["DateResolution", "resolve_event_date"]
