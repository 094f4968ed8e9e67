"""Command line: ``flashpoint code INPUT...``, ``flashpoint ingest INPUT...``, ``flashpoint series``,
``flashpoint alerts``, ``flashpoint export``, ``flashpoint eval GOLD.jsonl`` and ``flashpoint serve``.

One module per sub-command (``code``, ``ingest``, ``series``, ``alerts``, ``export``, ``eval``,
``serve``), each with ``add_parser`` and ``run``; shared argument helpers in ``arguments`` (settings) and
``store_filters`` (which events of a store); the output files of ``code`` in ``outputs``; exit
statuses in ``exit_codes`` (0 every input coded, 1 some rejected, 3 nearly all rejected, 2 usage
errors, 70 a bug, 74 an output that failed, 130/143 interrupted).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from typing import Sequence

from ..errors import FlashpointError, msg
from ..version import __version__
from .exit_codes import (EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_MOST_FAILED, EXIT_OK,
                         EXIT_OUTPUT_FAILED, EXIT_SOME_FAILED, EXIT_TERMINATED, EXIT_USAGE)

#: Sub-command names, in the order ``--help`` lists them; each is the module of this package that
#: builds its arguments and runs it.
COMMANDS = ("code", "ingest", "series", "alerts", "export", "eval", "serve")


def command_module(name: str):
    """The module of a sub-command, imported on demand: ``flashpoint code`` need not load DuckDB,
    pyarrow and the analysis code that the store commands import (a sixth of its start)."""
    return importlib.import_module(f".{name}", __name__)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every sub-command, or of ``only`` (the one a command line names)."""
    parser = argparse.ArgumentParser(
        prog="flashpoint",
        description="Turn news articles into political event data (CAMEO and PLOVER).")
    parser.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in (only,) if only else COMMANDS:
        command_module(name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return command_module(args.command).run(args)
    except FlashpointError as exc:
        print(f"flashpoint: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("flashpoint: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (e.g. "| head"): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # a bug before or after the run: its own status, never 1
        traceback.print_exc(file=sys.stderr)
        print(f"flashpoint: {msg('E017', detail=f'{type(exc).__name__}: {exc}'.rstrip('.'))}", file=sys.stderr)
        return EXIT_INTERNAL


__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "EXIT_MOST_FAILED",
           "EXIT_INTERNAL", "EXIT_OUTPUT_FAILED", "EXIT_BROKEN_PIPE", "EXIT_INTERRUPTED", "EXIT_TERMINATED"]
