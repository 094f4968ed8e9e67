"""flashpoint: news articles in, political event data out.

    >>> import flashpoint
    >>> events = flashpoint.code_text("Russia warned Ukraine on Tuesday.", published="2022-02-16")  # doctest: +SKIP

The same ``Pipeline`` serves the CLI, this API and parallel runs.
"""

from .version import __version__  # noqa: E402

from .options import Options  # noqa: E402
from .pipeline import DocResult, Pipeline, code_documents, code_text  # noqa: E402
from .records import (SCHEMA_VERSION, Actor, Document, Event, Modality, Place, Quantity,  # noqa: E402
                      Rejection, Trigger)

__all__ = ["Pipeline", "Options", "DocResult", "code_text", "code_documents", "SCHEMA_VERSION",
           "Document", "Rejection", "Event", "Actor", "Place", "Quantity", "Modality", "Trigger",
           "__version__"]
