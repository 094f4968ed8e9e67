"""``create_app(server)``: the FastAPI application — API, OpenAPI docs and dashboard, all offline.

- /api/...: the resources (``api``, ``exports``);
- /docs: the OpenAPI document rendered by Swagger UI, whose files come from the ``swagger-ui-bundle``
  package (FastAPI's default page loads them from a CDN, which an offline machine cannot reach);
- / and /assets/...: the dashboard, plain HTML, CSS and JavaScript shipped in this package
  (``static/``), with a world outline of its own: no CDN, no map tiles.

Static files are served by Starlette's ``StaticFiles``, which refuses any path that leaves its
folder (404). The dashboard's pages carry a Content-Security-Policy that allows only this origin.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..version import __version__
from . import api, exports, problems
from .cache import CacheMiddleware
from .state import ServerStore

STATIC = Path(str(files("flashpoint.serve") / "static"))
#: Only this origin: the dashboard loads nothing from anywhere else.
DASHBOARD_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")

DESCRIPTION = """Political events coded from news articles, each traceable to its words.

Read-only by default; `POST /api/documents` needs the server's token (`Authorization: Bearer TOKEN`).
Every error has one shape: `{"error": {"status", "code", "message", "param"}}`. Event fields and
their descriptions come from flashpoint's field spec (`flashpoint/columns.py`)."""


def _swagger_path() -> Path | None:
    try:
        import swagger_ui_bundle
    except ImportError:
        return None
    return Path(swagger_ui_bundle.swagger_ui_path)


class SecurityHeaders:
    """nosniff everywhere; the dashboard's pages also get the Content-Security-Policy."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        dashboard = path == "/" or path.startswith("/assets/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                if dashboard:
                    headers.append((b"content-security-policy", DASHBOARD_POLICY.encode("ascii")))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(server: ServerStore) -> FastAPI:
    """The application over an open store (``server``); the caller closes the store after."""
    app = FastAPI(title="flashpoint", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None, openapi_url="/openapi.json")
    app.state.server = server
    problems.install(app)
    app.include_router(api.router)
    app.include_router(exports.router)

    swagger = _swagger_path()
    if swagger is not None:
        app.mount("/docs-assets", StaticFiles(directory=swagger), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if swagger is None:
            return HTMLResponse("<!doctype html><title>flashpoint API</title><p>Swagger UI is not installed "
                                "(pip install swagger-ui-bundle); the OpenAPI document is at "
                                "<a href='/openapi.json'>/openapi.json</a>.</p>")
        return get_swagger_ui_html(openapi_url="/openapi.json", title="flashpoint API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon-32x32.png")

    @app.get("/", include_in_schema=False)
    def dashboard(request: Request) -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/assets", StaticFiles(directory=STATIC), name="assets")
    app.add_middleware(CacheMiddleware, cache=server.cache)
    app.add_middleware(SecurityHeaders)
    return app
