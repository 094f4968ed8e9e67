"""Command line: ``flashpoint code INPUT...``, ``flashpoint ingest INPUT...``, ``flashpoint series``,
``flashpoint alerts``, ``flashpoint export``, ``flashpoint eval GOLD.jsonl`` and ``flashpoint serve``.

One module per sub-command (``code``, ``ingest``, ``series``, ``alerts``, ``export``, ``eval``,
``serve``), each with ``add_parser`` and ``run``; shared argument helpers in ``arguments`` (settings) and
``store_filters`` (which events of a store); exit statuses in ``exit_codes`` (0 when every document was
processed, 1 when some failed, 2 for usage errors, 130 when interrupted).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from ..errors import FlashpointError
from ..version import __version__
from . import alerts, code, eval as eval_command, export, ingest, serve, series
from .exit_codes import EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE

#: Sub-command name -> its module, in the order ``--help`` lists them.
COMMANDS = {"code": code, "ingest": ingest, "series": series, "alerts": alerts, "export": export,
            "eval": eval_command, "serve": serve}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flashpoint",
        description="Turn news articles into political event data (CAMEO and PLOVER).")
    parser.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS.values():
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command].run(args)
    except FlashpointError as exc:
        print(f"flashpoint: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("flashpoint: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (e.g. "| head"): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SOME_FAILED


__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "EXIT_INTERRUPTED"]
