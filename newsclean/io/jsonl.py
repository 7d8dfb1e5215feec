"""JSON Lines corpora (``.jsonl``, ``.jsonl.gz``), streamed: one record per line.

Reading never holds more than one chunk of lines; a line longer than the record limit is
measured and skipped, never loaded. Cleaning a chunk is a pure function of its bytes, so chunks
can go to worker processes and come back in order. A record whose text does not change is
written back byte for byte, so an already clean corpus stays identical.
"""

from __future__ import annotations

import difflib
import gzip
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO

from newsclean.engine import Cleaner
from newsclean.io.errors import FileError
from newsclean.io.txt import DEFAULT_MAX_RECORD, decode, limit_message
from newsclean.result import Result

CHUNK_RECORDS = 200
CHUNK_BYTES = 2**20

# A lone surrogate comes from a valid JSON escape such as "\ud800" but has no UTF-8 form.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as its JSON escape (``\\ud800``)."""
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def json_utf8(text: str) -> bytes:
    """UTF-8 of serialised JSON. A lone surrogate (only possible inside a string) goes back
    out as the escape it was read from, so such a record round-trips instead of crashing."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return escape_surrogates(text).encode("utf-8")


@dataclass(frozen=True)
class RecordOptions:
    """How records are read and written. Picklable: it travels to worker processes."""

    text_key: str = "text"
    id_key: str = "id"
    title_key: str = "title"
    report_key: str | None = None  # store the removal report under metadata[report_key]
    max_record: int = DEFAULT_MAX_RECORD  # bytes per line (0: no limit)


@dataclass
class Chunk:
    first_line: int  # 1-based number of lines[0]
    lines: list[bytes]

    @property
    def nbytes(self) -> int:
        return sum(len(x) for x in self.lines)


@dataclass
class ChunkResult:
    out: list[bytes | None]  # None: keep the line as it is
    counts: dict[str, int] = field(default_factory=dict)
    changed: int = 0
    edited: int = 0
    diffs: list[str] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    error: FileError | None = None


def is_gzip(path: str) -> bool:
    return path.endswith(".gz")


def open_binary(path: str) -> BinaryIO:
    try:
        f: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as e:
        raise FileError(path, f"cannot read: {e.strerror or e}") from None
    if is_gzip(path):
        return gzip.GzipFile(fileobj=f, mode="rb")  # type: ignore[return-value]
    return f


def iter_lines(path: str, max_record: int = DEFAULT_MAX_RECORD) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line with its newline)``; FileError for I/O, gzip and size problems."""
    f = open_binary(path)
    raw = getattr(f, "fileobj", None)
    try:
        lineno = 0
        while True:
            line = f.readline(max_record + 1) if max_record else f.readline()
            if not line:
                return
            lineno += 1
            if max_record and len(line) > max_record and not line.endswith(b"\n"):
                size = len(line)
                while True:  # measure the rest of the line without keeping it
                    part = f.readline(2**20)
                    size += len(part)
                    if not part or part.endswith(b"\n"):
                        break
                raise FileError(path, limit_message(size, max_record), lineno)
            yield lineno, line
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        raise FileError(path, f"not a readable gzip file: {e}") from None
    except OSError as e:
        raise FileError(path, f"cannot read: {e.strerror or e}") from None
    finally:
        f.close()
        if raw is not None:
            raw.close()


def iter_chunks(
    path: str,
    max_record: int = DEFAULT_MAX_RECORD,
    records: int | None = None,
    nbytes: int | None = None,
) -> Iterator[Chunk]:
    """Groups of consecutive lines, at most ``records`` lines or about ``nbytes`` bytes each."""
    records = records or CHUNK_RECORDS
    nbytes = nbytes or CHUNK_BYTES
    chunk: Chunk | None = None
    size = 0
    for lineno, line in iter_lines(path, max_record):
        if chunk is None:
            chunk, size = Chunk(lineno, []), 0
        chunk.lines.append(line)
        size += len(line)
        if len(chunk.lines) >= records or size >= nbytes:
            yield chunk
            chunk = None
    if chunk is not None:
        yield chunk


def report(result: Result) -> dict[str, Any]:
    """The removal report stored with a record (same shape as ``Cleaner.clean_record``)."""
    return result.report()


def json_error(e: json.JSONDecodeError) -> str:
    """What is wrong with one JSONL line and where: ``not valid JSON: invalid control character
    at column 20``. The line must have been parsed without its line ending, so that the column
    is on that line (an unfinished record is reported at its end, not at "line 2 column 1").

    >>> try:
    ...     json.loads('{"id": "bad", "text": ')
    ... except json.JSONDecodeError as e:
    ...     print(json_error(e))
    not valid JSON: expecting value at column 23
    """
    msg = e.msg.removesuffix(" at")  # "Invalid control character at": the position follows
    return f"not valid JSON: {msg[:1].lower()}{msg[1:]} at column {e.colno}"


def parse_record(path: str, lineno: int, line: bytes, opts: RecordOptions) -> dict[str, Any]:
    text = decode(line, path, lineno)
    try:
        rec = json.loads(text.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        raise FileError(path, json_error(e), lineno) from None
    if not isinstance(rec, dict):
        raise FileError(path, f"record is a JSON {type(rec).__name__}, not an object", lineno)
    if not isinstance(rec.get(opts.text_key), str):
        what = "missing" if opts.text_key not in rec else "not a string"
        raise FileError(path, f"text field {opts.text_key!r} is {what} (see --text-key)", lineno)
    return rec


def internal_error(path: str, exc: Exception, line: int | None = None) -> FileError:
    return FileError(
        path,
        f"internal error while cleaning ({type(exc).__name__}: {exc}); "
        "the file was left untouched, please report this",
        line,
    )


def record_text(result: Result, original: str) -> str:
    """Result.text, keeping the record's own convention for a final newline."""
    if result.text.endswith("\n") and not original.endswith("\n"):
        return result.text[:-1]
    return result.text


def dump_record(rec: dict[str, Any], like: bytes) -> bytes:
    """Serialise ``rec`` in the style of the line it replaces (separators, ASCII escapes, EOL)."""
    body = like.rstrip(b"\r\n")
    compact = b'": ' not in body and b'", ' not in body
    out = json_utf8(
        json.dumps(
            rec,
            ensure_ascii=body.isascii(),
            separators=(",", ":") if compact else (", ", ": "),
        )
    )
    return out + like[len(body) :]


_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _members(s: str, pos: int) -> tuple[dict[str, tuple[int, int]], int]:
    """The value spans of the members of the JSON object starting at ``s[pos]`` (``{``), last
    one winning for a repeated key as in ``json.loads``, and where the last value ends (just
    after the ``{`` when the object is empty). ``s`` is known to be valid JSON."""
    spans: dict[str, tuple[int, int]] = {}
    i = _WS.match(s, pos + 1).end()  # type: ignore[union-attr]
    last = pos + 1
    while s[i] != "}":
        key, i = json.decoder.scanstring(s, i + 1)  # type: ignore[attr-defined]
        i = _WS.match(s, i).end() + 1  # type: ignore[union-attr]  # past the ':'
        start = _WS.match(s, i).end()  # type: ignore[union-attr]
        _, last = _DECODER.raw_decode(s, start)
        spans[key] = (start, last)
        i = _WS.match(s, last).end()  # type: ignore[union-attr]
        if s[i] == ",":
            i = _WS.match(s, i + 1).end()  # type: ignore[union-attr]
    return spans, last


def rewrite_record(
    rec: dict[str, Any],
    result: Result,
    line: bytes,
    opts: RecordOptions,
    path: str = "<record>",
    lineno: int | None = None,
) -> bytes | None:
    """The new line for ``rec`` cleaned into ``result``, or None when its text is unchanged.

    Only the text field (and, with ``report_key``, ``metadata[report_key]``) changes; every
    other byte of ``line`` stays as it is (numbers such as ``1e400`` or ``1E5`` too): the new
    values are spliced into the line in its own style (separators, ASCII escapes). A
    ``metadata`` that is not an object (nor null) cannot take the report: FileError
    (``path``, ``lineno``) rather than replacing what it holds.
    """
    text = rec[opts.text_key]
    new_text = record_text(result, text)
    if new_text == text:
        return None
    meta = rec.get("metadata")
    if opts.report_key and meta is not None and not isinstance(meta, dict):
        raise FileError(
            path,
            f"cannot store the report in metadata.{opts.report_key}: 'metadata' is a "
            f"JSON {_json_type(meta)}, not an object",
            lineno,
        )
    bom = b"\xef\xbb\xbf" if line.startswith(b"\xef\xbb\xbf") else b""
    s = line[len(bom) :].decode("utf-8")
    body = s.rstrip("\r\n")
    compact = '": ' not in body and '", ' not in body
    comma, colon = (",", ":") if compact else (", ", ": ")

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=body.isascii(), separators=(comma, colon))

    top = _WS.match(s).end()  # type: ignore[union-attr]
    spans, top_last = _members(s, top)
    edits = [(*spans[opts.text_key], dumps(new_text))]
    if opts.report_key:
        entry = dumps(opts.report_key) + colon + dumps(report(result))
        if isinstance(meta, dict):
            inner, inner_last = _members(s, spans["metadata"][0])
            if opts.report_key in inner:
                edits.append((*inner[opts.report_key], dumps(report(result))))
            else:
                edits.append((inner_last, inner_last, (comma if inner else "") + entry))
        elif "metadata" in spans:  # null
            edits.append((*spans["metadata"], "{" + entry + "}"))
        else:
            edits.append(
                (top_last, top_last, comma + dumps("metadata") + colon + "{" + entry + "}")
            )
    for start, end, value in sorted(edits, reverse=True):
        s = s[:start] + value + s[end:]
    return bom + json_utf8(s)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else type(value).__name__


def record_label(rec: dict[str, Any], lineno: int, opts: RecordOptions) -> str:
    rid = rec.get(opts.id_key)
    return f"{lineno} ({opts.id_key}={rid})" if isinstance(rid, (str, int)) else str(lineno)


def text_diff(old: str, new: str, a: str, b: str) -> str:
    """A unified diff of two texts; lines are terminated so the diff stays well formed.

    A lone surrogate (JSONL text) is shown as its escape: the diff must be printable UTF-8.
    """

    def lines(s: str) -> list[str]:
        return [x if x.endswith("\n") else x + "\n" for x in s.splitlines(keepends=True)]

    return escape_surrogates("".join(difflib.unified_diff(lines(old), lines(new), a, b)))


def clean_chunk(
    cleaner: Cleaner,
    opts: RecordOptions,
    path: str,
    chunk: Chunk,
    want_diff: bool,
    want_reports: bool,
) -> ChunkResult:
    """Clean the records of one chunk (runs in a worker process)."""
    res = ChunkResult(out=[])
    for k, line in enumerate(chunk.lines):
        lineno = chunk.first_line + k
        if not line.strip():
            res.out.append(None)  # blank lines pass through
            continue
        try:
            rec = parse_record(path, lineno, line, opts)
        except FileError as e:
            res.error = e
            return res
        text = rec[opts.text_key]
        title = rec.get(opts.title_key)
        try:
            result = cleaner.clean_article(text, title=title if isinstance(title, str) else None)
        except Exception as e:  # a bug in a rule: report it for this file, go on with others
            res.error = internal_error(path, e, lineno)
            return res
        try:
            new_line = rewrite_record(rec, result, line, opts, path, lineno)
        except FileError as e:
            res.error = e
            return res
        res.out.append(new_line)
        if new_line is None:
            continue
        new_text = record_text(result, text)
        res.changed += 1
        res.edited += sum(1 for e in result.edits if e.codes)
        for code, n in result.counts().items():
            res.counts[code] = res.counts.get(code, 0) + n
        label = record_label(rec, lineno, opts)
        if want_diff:
            res.diffs.append(
                text_diff(
                    text, new_text, f"{path}:{label}\t(original)", f"{path}:{label}\t(cleaned)"
                )
            )
        if want_reports:
            rid = rec.get(opts.id_key)
            res.reports.append({"line": lineno, "id": rid, **report(result)})
    return res


def write_report_lines(f: IO[bytes], reports: list[dict[str, Any]]) -> None:
    for r in reports:
        f.write(json_utf8(json.dumps(r, ensure_ascii=False)) + b"\n")
