"""Per-file errors: the file is reported and left untouched, the other files go on."""

from __future__ import annotations

from typing import Any


class FileError(Exception):
    """A problem with one input file (unreadable, not UTF-8, binary, empty, malformed record).

    ``line`` is the 1-based line (JSONL record) where it was found, when it is known.
    """

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(path, message, line)
        self.path = path
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Raised in worker processes and re-raised in the parent: keep every field.
        return (FileError, (self.path, self.message, self.line))


def describe_size(n: int) -> str:
    """``12.3 MB``-style size for messages (decimal units, like most file managers)."""
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    raise AssertionError("unreachable")


def parse_size(text: str | int) -> int:
    """Parse ``"32MB"``, ``"512k"``, ``"1GiB"`` or a plain number of bytes; ``0`` means no limit.

    >>> parse_size("32MB"), parse_size("1KiB"), parse_size(0)
    (32000000, 1024, 0)
    """
    if isinstance(text, bool):
        raise ValueError(f"not a size: {text!r}")
    if isinstance(text, int):
        if text < 0:
            raise ValueError(f"size must not be negative: {text}")
        return text
    s = text.strip().lower().replace(" ", "")
    units = {
        "": 1,
        "b": 1,
        "k": 1000,
        "kb": 1000,
        "m": 10**6,
        "mb": 10**6,
        "g": 10**9,
        "gb": 10**9,
        "kib": 1024,
        "mib": 1024**2,
        "gib": 1024**3,
    }
    num = s.rstrip("kmgib")
    unit = s[len(num) :]
    try:
        value = float(num)
    except ValueError:
        raise ValueError(f"not a size: {text!r} (use e.g. 32MB, 512kB, 0 for no limit)") from None
    if unit not in units or value < 0:
        raise ValueError(f"not a size: {text!r} (use e.g. 32MB, 512kB, 0 for no limit)")
    return int(value * units[unit])
