"""What the sub-commands share: the help text of a setting, and Options from parsed flags."""

from __future__ import annotations

import argparse

from ..options import SETTINGS, Options, build_options


def setting_help(name: str) -> str:
    """The help of setting ``name`` from the one table of settings (``options.SETTINGS``)."""
    return next(s.help for s in SETTINGS if s.name == name)


def options_from(args: argparse.Namespace) -> Options:
    """Defaults, then ``--config FILE``, then the flags that were given (a sub-command may lack some)."""
    return build_options(
        config_file=getattr(args, "config", None),
        model=args.model, workers=getattr(args, "workers", None), batch_size=getattr(args, "batch_size", None),
        published=getattr(args, "published", None), asserted_only=getattr(args, "asserted_only", None),
        actors=tuple(args.actors) if args.actors else None, max_bytes=getattr(args, "max_bytes", None),
        timeout=getattr(args, "timeout", None), dask=getattr(args, "dask", None),
        partition_size=getattr(args, "partition_size", None))


def add_dask_arguments(parser: argparse.ArgumentParser) -> None:
    """--dask ADDRESS, --parts DIR and --partition-size N (the Dask runner, ``run/dask.py``)."""
    parser.add_argument("--dask", metavar="ADDRESS", help=setting_help("dask"))
    parser.add_argument("--parts", metavar="DIR",
                        help="with --dask: keep the Parquet parts here (shared by the client and every worker; "
                             "finished parts are reused by the next run); default: a temporary folder")
    parser.add_argument("--partition-size", type=int, metavar="N", dest="partition_size",
                        help=setting_help("partition_size"))
