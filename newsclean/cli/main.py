"""``newsclean`` entry point: one sub-command per module in this package.

Each command module defines ``register(subparsers)``, which adds its parser and sets
``func=run`` with ``run(args) -> int``. Exit codes follow black: 0 clean or done, 1 would change,
2 usage, configuration or input error. Status goes to stderr, data and diffs to stdout.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from newsclean import __version__

# Order is the order of `newsclean --help`.
COMMANDS = ("clean", "format", "dedupe", "rules")

EXIT_OK, EXIT_CHANGED, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news-article dumps and deduplicate article corpora.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"newsclean.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"newsclean.cli.{name}":
                raise
            continue
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Downstream closed the pipe (`newsclean rules | head`): not an error of ours.
        # (clean and format handle it themselves, with their own exit codes.)
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
