"""flashpoint: news articles in, political event data out.

    >>> import flashpoint
    >>> events = flashpoint.code_text("Russia warned Ukraine on Tuesday.", published="2022-02-16")  # doctest: +SKIP

The same ``Pipeline`` serves the CLI, this API and parallel runs: ``Pipeline.code_batch`` is the
core's one entry point, and the runners of ``flashpoint.run`` (``code_documents`` here) call it.
Modules inside the package never import this one (the version is in ``flashpoint.version``).
"""

from .version import __version__

from .options import Options
from .pipeline import DocResult, Pipeline, code_text
from .records import (SCHEMA_VERSION, Actor, Document, Event, Modality, Place, Quantity, Rejection,
                      Trigger)
from .run import code_documents

__all__ = ["Pipeline", "Options", "DocResult", "code_text", "code_documents", "SCHEMA_VERSION",
           "Document", "Rejection", "Event", "Actor", "Place", "Quantity", "Modality", "Trigger",
           "__version__"]
