"""The API's own identifiers: labels of the code that clients send or read back, not English words
a rule tests for (``tests/test_vocabulary.py`` counts them among the labels)."""

#: What a series counts: happenings (clusters of reports) or events.
UNITS = ("clusters", "events")
#: The parts of an event the evidence highlights, in the order the dashboard's legend shows them.
ROLES = ("source", "trigger", "target", "place", "date", "quantity")
#: What happened to a POSTed document.
OUTCOMES = ("stored", "unchanged", "rejected")
#: Where a request parameter sits (FastAPI's locations), left out of the name of a bad parameter.
LOCATIONS = ("query", "path", "body", "header")
#: Columns of a stored document the API does not send back with it.
PRIVATE_COLUMNS = ("text", "minhash")
#: The streamed formats of /api/export (those of ``flashpoint export`` but Parquet, a directory).
EXPORT_FORMATS = ("jsonl", "csv", "gdelt", "plover", "geojson")
#: Every label above.
ALL = frozenset(UNITS + ROLES + OUTCOMES + LOCATIONS + PRIVATE_COLUMNS + EXPORT_FORMATS)
