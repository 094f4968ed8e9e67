"""One error shape for every response that is not a success, FastAPI's own errors included.

    {"error": {"status": 400, "code": "E903", "message": "[E903] Invalid limit: ...", "param": "limit"}}

``status`` is the HTTP status; ``code`` the number of the message in ``flashpoint.errors`` (so a
client can branch on it and a person can look it up); ``message`` the numbered text, saying what
went wrong and what to do; ``param`` the query parameter (or body field) at fault, else null.

The handlers are installed for ``ApiError`` (raised by the API), ``FlashpointError`` (a filter the
store refused: 400), Starlette's ``HTTPException`` (unknown path 404, wrong method 405),
``RequestValidationError`` (a parameter of the wrong type or size: 400, naming it — not FastAPI's
422) and any other exception (500, logged, with no traceback sent).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import FlashpointError, msg
from .labels import LOCATIONS

log = logging.getLogger("flashpoint.serve")
_CODE = re.compile(r"^\[(E\d{3})\]")


class ErrorDetail(BaseModel):
    """What went wrong."""

    status: int = Field(description="The HTTP status (400, 401, 403, 404, 405, 413, 500, 501, 503).")
    code: str = Field(description="Number of the message in flashpoint's catalogue of errors (\"E903\").")
    message: str = Field(description="What went wrong, why, and what to do.")
    param: str | None = Field(default=None, description="The parameter at fault, when one is.")


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


class ApiError(Exception):
    """An error the API answers with: an HTTP status and a numbered message."""

    def __init__(self, status: int, message: str, *, param: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.headers = headers


def error_body(*, status: int, message: str, param: str | None = None) -> dict[str, Any]:
    """The one error shape; ``code`` is read from the message's number."""
    found = _CODE.match(message)
    return {"error": {"status": status, "code": found.group(1) if found else "E909", "message": message,
                      "param": param}}


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error_body(status=error.status, message=error.message, param=error.param),
                        status_code=error.status, headers=error.headers)


def invalid(param: str, reason: str) -> ApiError:
    """400 naming the parameter."""
    return ApiError(400, msg("E903", param=param, reason=reason), param=param)


def not_found(what: str, value: str) -> ApiError:
    return ApiError(404, msg("E901", what=what, value=value), param=None)


#: Responses every route may give, for the OpenAPI document.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter is invalid; `param` names it."},
    503: {"model": ErrorBody, "description": "The query ran longer than the server's time limit."},
}


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _flashpoint_error(request: Request, exc: Exception) -> JSONResponse:
    param = getattr(exc, "param", None)
    return JSONResponse(error_body(status=400, message=str(exc), param=param), status_code=400)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        message = msg("E902", path=request.url.path)
    elif exc.status_code == 405:
        message = msg("E910", method=request.method, path=request.url.path)
    else:
        message = msg("E909", detail=str(exc.detail))
    return JSONResponse(error_body(status=exc.status_code, message=message), status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    location = [str(part) for part in first.get("loc", ()) if part not in LOCATIONS]
    param = location[0] if location else None
    reason = first.get("msg", "invalid value")
    allowed = (first.get("ctx") or {}).get("expected")
    if allowed:
        reason = f"{reason} (expected {allowed})"
    message = msg("E903", param=param or "request", reason=reason)
    return JSONResponse(error_body(status=400, message=message, param=param), status_code=400)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("request %s %s failed", request.method, request.url.path)
    message = msg("E909", detail=type(exc).__name__)
    return JSONResponse(error_body(status=500, message=message), status_code=500)


def install(app: FastAPI) -> None:
    """Route every error of ``app`` through the one shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(FlashpointError, _flashpoint_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
