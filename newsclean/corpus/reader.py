"""A small private reader/writer for ``dedupe``: ``.jsonl``, ``.jsonl.gz``, ``.txt``, ``-``.

(Written before the general I/O layer, ``newsclean.io``, was merged; the Dask engine mirrors this
reader line for line, so moving both onto ``newsclean.io`` is one follow-up change.)
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from newsclean.engine import InputError
from newsclean.io.atomic import new_file_mode
from newsclean.io.jsonl import json_error

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _open_text(path: str) -> IO[str]:
    # utf-8-sig: a leading BOM is dropped, as clean and format do.
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="strict")
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", errors="strict")
    return open(path, encoding="utf-8-sig", errors="strict")


def parse_record(path: str, lineno: int, line: str, id_key: str) -> dict[str, Any] | None:
    """One JSONL line as a record (``None`` for a blank line); a record without ``id_key``
    gets ``"<path>:<line>"``. Shared by this reader and the Dask block reader."""
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
    the path (a ``.txt`` file is one article)."""
    name = path.removesuffix(".gz")
    try:
        if name.endswith(".txt"):
            with _open_text(path) as f:
                yield {id_key: path, text_key: f.read()}
            return
        if not (name.endswith(".jsonl") or name.endswith(".json") or path == "-"):
            raise InputError(f"{path}: unsupported input (use .jsonl, .jsonl.gz or .txt)")
        with _open_text(path) as f:
            for lineno, line in enumerate(f, 1):
                rec = parse_record(path, lineno, line, id_key)
                if rec is not None:
                    yield rec
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from e
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        raise InputError(f"{path}: {getattr(e, 'strerror', None) or e}") from e


class WriteError(OSError):
    """An output that could not be written: ``path: cannot write: reason``."""

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def write_jsonl_atomic(path: str, rows: Iterable[dict[str, Any]]) -> int:
    """Write rows as JSON lines (gzip if ``path`` ends in .gz) to a temporary file next to
    ``path`` and rename it over ``path``: readers never see a half-written file.

    A failure is a WriteError naming ``path``, never the temporary file."""
    folder = os.path.dirname(os.path.abspath(path))
    n = 0
    tmp: str | None = None

    def dump(write: Callable[[bytes], object]) -> None:
        nonlocal n
        for row in rows:
            write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
            n += 1

    try:
        fd, tmp = tempfile.mkstemp(prefix=".newsclean-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as raw:
            if path.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
                    dump(gz.write)
            else:
                dump(raw.write)
            raw.flush()
            os.fsync(raw.fileno())
        try:  # keep the mode of the file replaced; a new one gets 0666 & ~umask, not 0600
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            mode = new_file_mode()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as e:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise WriteError(e.errno, f"cannot write: {e.strerror or e}", path) from None
        raise
    return n
