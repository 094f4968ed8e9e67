"""``flashpoint serve``: the REST API and the dashboard over an event store.

- ``create_app(server)``: the FastAPI application (``app``)
- ``ServerStore``, ``Limits``: the open store, the limits, the one write path (``state``)
- the resources under /api (``api``) and the streamed exports (``exports``)
- one error shape for every error, FastAPI's own included (``problems``)
- response models generated from the field spec (``models``); flat rows back to records and the
  parts of an event to highlight (``records``); where the analysis plugs in (``analysis_bridge``)
- the dashboard: static HTML, CSS, JavaScript and a world outline, shipped in ``static/``

Part of the runtime shell: it reads and writes only through ``flashpoint.store``.
"""

from .app import create_app
from .state import Limits, ServerStore

__all__ = ["create_app", "ServerStore", "Limits"]
