"""The ``sanat`` command. Each sub-command lives in a module of ``sanat.commands``
that exposes ``register(subparsers)``; the module sets ``func`` on its parser,
and ``func(args)`` returns the exit code (0 ok, 1 failure, 2 bad input)."""

from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = (
    "sanat.commands.serve",
    "sanat.commands.check",
    "sanat.commands.screen",
    "sanat.commands.catalog",
    "sanat.commands.course",
    "sanat.commands.standard",
    "sanat.commands.hiring",
    "sanat.commands.ops",
    "sanat.commands.search",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sanat", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
