"""A small private reader/writer for ``dedupe``: ``.jsonl``, ``.jsonl.gz``, ``.txt``, ``-``.

(Written before the general I/O layer, ``newsclean.io``, was merged; the Dask engine mirrors this
reader line for line, so moving both onto ``newsclean.io`` is one follow-up change.)
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from newsclean.engine import InputError
from newsclean.io.atomic import AtomicFile
from newsclean.io.jsonl import json_error

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _open_text(path: str) -> IO[str]:
    # utf-8-sig: a leading BOM is dropped, as clean and format do.
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="strict")
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", errors="strict")
    return open(path, encoding="utf-8-sig", errors="strict")


def parse_record(
    path: str, lineno: int, line: str, id_key: str, text_key: str | None = None
) -> dict[str, Any] | None:
    """One JSONL line as a record (``None`` for a blank line); a record without ``id_key``
    gets ``"<path>:<line>"``. Shared by this reader and the Dask block reader.

    With ``text_key``, a record whose text field is missing or not a string is an error here,
    where its file and line are known (signing it later could only name its id)."""
    if lineno == 1 and line.startswith("\ufeff"):
        line = line[1:]  # a BOM (the Dask block reader decodes with plain utf-8)
    if not line.strip():
        return None
    try:
        rec = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{lineno}: {json_error(e)}") from None
    if not isinstance(rec, dict):
        raise InputError(f"{path}:{lineno}: a line must be a JSON object")
    # A lone surrogate escape ("\ud800") is valid JSON but not Unicode text: it cannot be
    # hashed or written as UTF-8. Only a \u escape can make one, so most lines skip the walk.
    if ("\\ud" in line or "\\uD" in line) and _has_lone_surrogate(rec):
        raise InputError(
            f"{path}:{lineno}: the record holds a lone surrogate escape (such as \\ud800), "
            "which is not Unicode text"
        )
    if text_key is not None and not isinstance(rec.get(text_key), str):
        what = "missing" if text_key not in rec else "not a string"
        # Worded as `clean` and `format` word it.
        raise InputError(f"{path}:{lineno}: text field {text_key!r} is {what} (see --text-key)")
    if rec.get(id_key) is None:
        rec[id_key] = f"{path}:{lineno}"
    return rec


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return _LONE_SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def read_records(
    path: str, *, id_key: str = "id", text_key: str = "text"
) -> Iterator[dict[str, Any]]:
    """Records of one input. A record without ``id_key`` gets ``"<path>:<line>"`` (jsonl) or
    the path (a ``.txt`` file is one article); one without a string ``text_key`` is an error."""
    for _, rec in iter_records(path, id_key=id_key, text_key=text_key):
        yield rec


def iter_records(
    path: str, *, id_key: str = "id", text_key: str = "text"
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(where, record)`` for each record of :func:`read_records`; ``where`` is
    ``"<path>:<line>"`` (or the path of a ``.txt`` file), for messages."""
    name = path.removesuffix(".gz")
    try:
        if name.endswith(".txt"):
            with _open_text(path) as f:
                yield path, {id_key: path, text_key: f.read()}
            return
        if not (name.endswith(".jsonl") or name.endswith(".json") or path == "-"):
            raise InputError(f"{path}: unsupported input (use .jsonl, .jsonl.gz or .txt)")
        with _open_text(path) as f:
            for lineno, line in enumerate(f, 1):
                rec = parse_record(path, lineno, line, id_key, text_key)
                if rec is not None:
                    yield f"{path}:{lineno}", rec
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from e
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        # "cannot read:" as clean and format say it (a missing file, a folder, no permission).
        raise InputError(f"{path}: cannot read: {getattr(e, 'strerror', None) or e}") from e


class WriteError(OSError):
    """An output that could not be written: ``path: cannot write: reason``."""

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


class JsonlOutput:
    """A JSON Lines output (gzip if its name ends in .gz), written to a temporary file next to
    ``path`` that :meth:`commit` renames over it: readers never see a half-written file.

    Opening it is the check that ``path`` can be written (a folder, a missing or read-only
    folder fail here), so a command can open every output before it writes any. A failure is
    a WriteError naming ``path``, never the temporary file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.count = 0
        if os.path.isdir(path):
            raise WriteError(errno.EISDIR, "cannot write: Is a directory", path)
        try:
            self._af = AtomicFile(path)
        except OSError as e:
            raise WriteError(e.errno, f"cannot write: {e.strerror or e}", path) from None
        self._file: IO[bytes] = self._af.file
        if path.endswith(".gz"):
            # mtime=0 and no name: the same rows always give the same bytes.
            self._file = gzip.GzipFile(  # type: ignore[assignment]
                filename="", fileobj=self._af.file, mode="wb", mtime=0
            )

    def write(self, rows: Iterable[dict[str, Any]]) -> int:
        """Add ``rows``; the number written so far."""
        try:
            for row in rows:
                self._file.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
                self.count += 1
        except OSError as e:
            raise WriteError(e.errno, f"cannot write: {e.strerror or e}", self.path) from None
        return self.count

    def commit(self) -> None:
        try:
            if self._file is not self._af.file:
                self._file.close()  # ends the gzip stream; the file under it stays open
            self._af.commit()
        except OSError as e:
            self._af.discard()
            raise WriteError(e.errno, f"cannot write: {e.strerror or e}", self.path) from None

    def discard(self) -> None:
        """Drop the temporary file (nothing once committed)."""
        self._af.discard()


def write_jsonl_atomic(path: str, rows: Iterable[dict[str, Any]]) -> int:
    """Write rows as JSON lines (gzip if ``path`` ends in .gz) to a temporary file next to
    ``path`` and rename it over ``path``: readers never see a half-written file.

    A failure is a WriteError naming ``path``, never the temporary file."""
    out = JsonlOutput(path)
    try:
        n = out.write(rows)
        out.commit()
    finally:
        out.discard()
    return n
