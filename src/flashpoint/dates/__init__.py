"""Event dates resolved against the publication date ("on Wednesday", "last month", "in 2014").

- ``resolve_event_date(doc, trigger_i, *, published, status) -> DateResolution``
- ``parse_date_expression(text, *, published, future=False) -> (date, precision) | None``
- ``find_date_expressions(text) -> list[DateExpression]`` (character spans)
- ``parse_published(value) -> "YYYY-MM-DD" | None`` (publication dates from inputs and metadata)
"""

from .expressions import DateExpression, find_date_expressions, parse_date_expression
from .published import parse_published
from .resolve import HISTORICAL_DAYS, DateResolution, resolve_event_date, tied_date_expression

__all__ = ["HISTORICAL_DAYS", "DateExpression", "DateResolution", "find_date_expressions",
           "parse_date_expression", "parse_published", "resolve_event_date", "tied_date_expression"]
