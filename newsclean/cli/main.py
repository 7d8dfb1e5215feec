"""Entry point placeholder; replaced by the real CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import newsclean

    args = sys.argv[1:] if argv is None else argv
    for path in args[1:]:
        sys.stdout.write(newsclean.clean(open(path, encoding="utf-8").read()))
    return 0
