"""Plain-text articles: one article per file, UTF-8."""

from __future__ import annotations

import os

from newsclean.io.errors import FileError, describe_size

# Default limit on one record (a .txt file, a JSONL line): far above any real article, far below
# what would make one record exhaust memory. ``0`` disables it.
DEFAULT_MAX_RECORD = 32 * 10**6
NL = b"\n"
BOM = b"\xef\xbb\xbf"


def decode(data: bytes, path: str, line: int | None = None) -> str:
    """UTF-8 text of ``data`` (a leading BOM dropped), or a FileError saying where it breaks."""
    nul = data.find(b"\x00")
    if nul >= 0:
        return _raise(path, f"binary data, not text (NUL byte at offset {nul})", line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        where = f"offset {e.start}"
        if line is None:
            where += f", line {data.count(NL, 0, e.start) + 1}"
        return _raise(path, f"not valid UTF-8: byte 0x{data[e.start]:02x} at {where}", line)


def _raise(path: str, message: str, line: int | None) -> str:
    raise FileError(path, message, line)


def limit_message(size: int, limit: int) -> str:
    return (
        f"record of {describe_size(size)} is over the limit of {describe_size(limit)} "
        "(raise it with --max-record-size or max-record-size = ..., 0 for none)"
    )


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_RECORD) -> bytes:
    """The whole file, refusing one over ``max_bytes`` before reading it."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if max_bytes and size > max_bytes:
                raise FileError(path, limit_message(size, max_bytes))
            data = f.read(max_bytes + 1 if max_bytes else -1)
    except OSError as e:
        raise FileError(path, f"cannot read: {e.strerror or e}") from None
    if max_bytes and len(data) > max_bytes:  # grew while reading, or not a regular file
        raise FileError(path, limit_message(len(data), max_bytes))
    return data


def read_txt(path: str, max_bytes: int = DEFAULT_MAX_RECORD) -> str:
    """One article. An empty (or whitespace-only) file is an error: there is nothing to clean."""
    text = decode(read_bytes(path, max_bytes), path)
    if not text.strip():
        raise FileError(path, "empty file: no article text to clean (left untouched)")
    return text


def encode(text: str) -> bytes:
    return text.encode("utf-8")


def line_ending(text: str) -> str:
    r"""The line ending a file uses, judged by its first line break as black does: "\r\n",
    "\r" (old Mac text, no "\n" at all) or "\n" (also for a file without any line break).

    >>> line_ending("a\r\nb\n"), line_ending("a\rb"), line_ending("a\nb\r\n"), line_ending("a")
    ('\r\n', '\r', '\n', '\n')
    """
    i = text.find("\n")
    if i < 0:
        return "\r" if "\r" in text else "\n"
    return "\r\n" if i and text[i - 1] == "\r" else "\n"


def with_line_ending(text: str, ending: str) -> str:
    """``text`` (lines joined with "\n", as in ``Result.text``) with ``ending`` instead."""
    return text if ending == "\n" else text.replace("\n", ending)
