"""Answers of GET /api/... kept in memory while the store cannot change under them.

A server without a token opens its store read-only, and no other process may write the file while
it is open (DuckDB's one-writer rule): every answer stays true for the server's life. A server with
a token clears the cache after each document it stores. So a dashboard's repeated views (the same
dyad, the same page) cost one query each. Exports are streamed and never kept.

Bounded by entries and by bytes, least recently used first out; ``entries=0`` turns it off. Each
answer says ``x-flashpoint-cache: hit`` or ``miss``. The same question asked again while its first
asking is still being answered waits for that answer instead of running the query twice (many
people opening the same default view at once cost one query).
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Answers larger than this are not kept.
MAX_ANSWER = 1_000_000
#: GET paths under /api that are never kept (streamed).
NOT_KEPT = ("/api/export",)


class ResponseCache:
    """A thread-safe LRU of (status, headers, body) by request path and query."""

    def __init__(self, *, entries: int = 4096, max_bytes: int = 256_000_000):
        self.entries = entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return item

    def put(self, key: str, item: tuple[int, list[tuple[bytes, bytes]], bytes]) -> None:
        size = len(item[2])
        if not self.entries or size > min(MAX_ANSWER, self.max_bytes):
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old[2])
            self._items[key] = item
            self._bytes += size
            while len(self._items) > self.entries or self._bytes > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped[2])

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)


def cache_key(scope: Scope) -> str:
    """The path and the query with its parameters sorted (the same question asked in another order
    is the same question)."""
    raw = scope.get("query_string", b"").decode("latin-1")
    parts = sorted(p for p in raw.split("&") if p)
    return scope["path"] + ("?" + "&".join(parts) if parts else "")


class CacheMiddleware:
    """Answers GET /api/... from the cache, and keeps the 200 answers it computes."""

    def __init__(self, app: ASGIApp, *, cache: ResponseCache):
        self.app = app
        self.cache = cache
        # questions being answered, with the event loop they are answered on (a server has one; a
        # test client may run each request on a loop of its own, and an Event belongs to its loop)
        self._running: dict[str, tuple[asyncio.AbstractEventLoop, asyncio.Event]] = {}

    @staticmethod
    async def _send_kept(send: Send, item: tuple[int, list[tuple[bytes, bytes]], bytes]) -> None:
        status, headers, body = item
        await send({"type": "http.response.start", "status": status,
                    "headers": headers + [(b"x-flashpoint-cache", b"hit")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (scope["type"] != "http" or scope.get("method") != "GET" or not path.startswith("/api/")
                or path.startswith(NOT_KEPT) or not self.cache.entries):
            await self.app(scope, receive, send)
            return
        key = cache_key(scope)
        found = self.cache.get(key)
        loop = asyncio.get_running_loop()
        if found is None and key in self._running and self._running[key][0] is loop:
            await self._running[key][1].wait()
            found = self.cache.get(key)
        if found is not None:
            await self._send_kept(send, found)
            return
        running = asyncio.Event()
        self._running.setdefault(key, (loop, running))
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                message = {**message, "headers": list(message.get("headers", [])) + [(b"x-flashpoint-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200:
                    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"x-flashpoint-cache"]
                    self.cache.put(key, (200, headers, b"".join(chunks)))
            await send(message)

        try:
            await self.app(scope, receive, keep)
        finally:
            if self._running.get(key, (None, None))[1] is running:
                del self._running[key]
            running.set()
