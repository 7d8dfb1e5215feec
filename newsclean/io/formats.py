"""Which reader a path gets, by suffix (or by ``--stdin-filename`` for ``-``)."""

from __future__ import annotations

from typing import Literal

Kind = Literal["txt", "html", "jsonl"]

SUFFIXES: dict[str, Kind] = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
}


def kind_of(name: str) -> Kind | None:
    """The format of a file name, or None when newsclean does not know it.

    >>> kind_of("a/b.JSONL.gz"), kind_of("x.htm"), kind_of("notes.md")
    ('jsonl', 'html', None)
    """
    low = name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if low.endswith(suffix):
            return SUFFIXES[suffix]
    return None
