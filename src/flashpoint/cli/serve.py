"""``flashpoint serve [--db FILE] [--host 127.0.0.1] [--port 8000] [--token TOKEN]``: API and dashboard.

The server holds the store for as long as it runs: read-only without a token (a missing store is
E718), for writing with one, when POSTed documents are coded and stored through it. Meanwhile a
``flashpoint ingest`` on the same file fails at once with E701 naming this server (DuckDB lets one
process write a file and no other open it then): stop the server to ingest, or POST to it.

The port is bound before the store is opened, so a port in use fails at once (E913, exit 2).
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys

from ..errors import FlashpointError, msg
from ..store import DEFAULT_PATH, Store
from .exit_codes import EXIT_OK

TOKEN_ENV = "FLASHPOINT_TOKEN"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the REST API and the dashboard over a store",
                       description="Serve the store's events: a REST API under /api (docs at /docs) and a "
                                   "dashboard at /. Read-only unless a token is given.")
    p.add_argument("--db", metavar="FILE", default=DEFAULT_PATH, help=f"the store (default: ./{DEFAULT_PATH})")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    p.add_argument("--token", metavar="TOKEN",
                   help=f"accept POSTed documents from clients sending 'Authorization: Bearer TOKEN' "
                        f"(or set {TOKEN_ENV}); without it the server is read-only")
    p.add_argument("--query-timeout", type=float, default=5.0, metavar="SECONDS", dest="query_timeout",
                   help="stop a query running longer than this (default: 5)")
    p.add_argument("--page-max", type=int, default=500, metavar="N", dest="page_max",
                   help="largest page of events a request may ask for (default: 500)")
    p.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES", dest="max_body",
                   help="largest POSTed document (default: 1000000)")
    p.add_argument("--cache", type=int, default=4096, metavar="N", dest="cache_entries",
                   help="answers kept in memory while the store cannot change (default: 4096; 0: none)")
    p.add_argument("--queries", type=int, default=2, metavar="N",
                   help="queries run at once; more wait their turn (default: 2, the cores DuckDB uses)")
    p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                   help="when another process holds the store, wait this long for it")


def _bind(host: str, port: int) -> socket.socket:
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except (OSError, OverflowError) as exc:
        raise FlashpointError(msg("E913", host=host, port=port, detail=exc)) from None
    return sock


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..serve import Limits, ServerStore, create_app

    token = args.token or os.environ.get(TOKEN_ENV) or None
    for name, value in (("--query-timeout", args.query_timeout), ("--page-max", args.page_max),
                        ("--max-body", args.max_body), ("--queries", args.queries)):
        if value <= 0:
            raise FlashpointError(msg("E008", name=name, value=value))
    sock = _bind(args.host, args.port)
    try:
        store = Store.open(args.db, read_only=token is None, wait=args.wait)
    except BaseException:
        sock.close()
        raise
    limits = Limits(query_seconds=args.query_timeout, page_max=args.page_max, max_body=args.max_body,
                    page_default=min(50, args.page_max), cache_entries=max(0, args.cache_entries),
                    queries=args.queries)
    server = ServerStore(store, token=token, limits=limits)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    mode = "documents may be POSTed with the token" if token else "read-only"
    print(f"flashpoint: serving {args.db} ({mode}) on http://{shown}:{port}/ (API docs at /docs); "
          f"Ctrl-C stops", file=sys.stderr)
    if token and not _loopback(args.host):
        print("flashpoint: warning: the token travels in clear text over plain HTTP on this address; put a "
              "TLS proxy in front", file=sys.stderr)
    config = uvicorn.Config(create_app(server), log_level="warning", access_log=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn shut down cleanly, then passed Ctrl-C on: stopping the server is its normal end
    finally:
        sock.close()
        store.close()
    print("flashpoint: server stopped; the store is free", file=sys.stderr)
    return EXIT_OK
