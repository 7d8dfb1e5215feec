"""Formatting files in place, one file or one chunk of records at a time.

The work functions here are pure in what they return and run in worker processes; the parent
streams JSONL files through them in order, so output and exit codes do not depend on ``--jobs``.
"""

from __future__ import annotations

import difflib
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal, TypeVar

from newsclean.engine import Cleaner, InputError
from newsclean.io import jsonl
from newsclean.io.atomic import AtomicFile, atomic_write_bytes
from newsclean.io.errors import FileError
from newsclean.io.txt import BOM, decode, line_ending, read_bytes, with_line_ending
from newsclean.result import Result

if TYPE_CHECKING:
    from newsclean.configfile import Settings

Mode = Literal["write", "check", "diff"]
Status = Literal["unchanged", "changed", "error", "skipped"]
T = TypeVar("T")
R = TypeVar("R")

SIDECAR_SUFFIX = ".newsclean.json"  # .txt: one object; .jsonl: one line per changed record


@dataclass
class Outcome:
    """What happened to one file."""

    path: str
    status: Status
    counts: dict[str, int] = field(default_factory=dict)  # removals per rule code
    records: int = 0  # JSONL: records read
    changed_records: int = 0
    edited: int = 0  # kept lines whose text a fixer or a cut changed
    message: str = ""  # the error or the reason for a skip
    diff: str = ""

    @property
    def lines_removed(self) -> int:
        return sum(self.counts.values())


def sidecar_path(path: str) -> str:
    jsonl_file = path.endswith((".jsonl", ".jsonl.gz"))
    return path + SIDECAR_SUFFIX + ("l" if jsonl_file else "")


def record_options(settings: Settings) -> jsonl.RecordOptions:
    return jsonl.RecordOptions(
        settings.text_key,
        settings.id_key,
        settings.title_key,
        settings.report_key,
        settings.max_record,
    )


def format_txt(path: str, settings: Settings, mode: Mode) -> Outcome:
    """Clean one ``.txt`` article; rewrite it atomically only if the text changes.

    Like black, the file keeps its line endings (those of its first line break) and its BOM:
    a clean CRLF file is clean, not a whole-file change."""
    try:
        data = read_bytes(path, settings.max_record)
        text = decode(data, path)
        if not text.strip():
            raise FileError(path, "empty file: no article text to clean (left untouched)")
        try:
            result = Cleaner(settings.config).clean_article(text)
        except InputError as e:
            raise FileError(path, str(e)) from None
        except Exception as e:  # a bug in a rule: report it for this file, go on with others
            raise jsonl.internal_error(path, e) from None
        new = with_line_ending(result.text, line_ending(text))
        if new == text:
            return Outcome(path, "unchanged")
        if not result.text.strip():
            # Emptying a file in place is never what a user wants from a formatter.
            raise FileError(
                path,
                "cleaning would remove every line; left untouched "
                "(see `newsclean clean --explain`)",
            )
        out = Outcome(path, "changed", counts=result.counts(), edited=_edited(result))
        if mode == "diff":
            # With the BOM on both sides, so that the diff applies to the file as it is.
            b = "\ufeff" if data.startswith(BOM) else ""
            out.diff = file_diff(b + text, b + new, f"{path}\t(original)", f"{path}\t(cleaned)")
        elif mode == "write":
            check_writable(path)
            bom = BOM if data.startswith(BOM) else b""
            atomic_write_bytes(path, bom + new.encode("utf-8"))
            if settings.sidecar:
                rep = json.dumps(
                    {"path": Path(path).name, **jsonl.report(result)}, ensure_ascii=False, indent=1
                )
                atomic_write_bytes(sidecar_path(path), rep.encode("utf-8") + b"\n")
        return out
    except FileError as e:
        return Outcome(path, "error", message=str(e))
    except OSError as e:
        return Outcome(path, "error", message=f"{path}: cannot write: {e.strerror or e}")


NO_NEWLINE = "\\ No newline at end of file\n"


def file_diff(old: str, new: str, a: str, b: str) -> str:
    r"""A unified diff of two file contents as ``diff -u`` writes it, so that ``patch`` turns
    ``old`` into exactly ``new``: lines end at "\n" only (a "\r" stays in its line: CRLF and
    CR files are diffed as they are), and a last line without one is followed by the marker
    ``\ No newline at end of file``, so a change of the final newline alone is shown too.

    >>> print(file_diff("a\nb", "b\n", "x", "y"), end="")
    --- x
    +++ y
    @@ -1,2 +1 @@
    -a
    -b
    \ No newline at end of file
    +b
    """

    def lines(s: str) -> list[str]:
        parts = s.split("\n")
        return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])

    out = []
    for line in difflib.unified_diff(lines(old), lines(new), a, b):
        out.append(line if line.endswith("\n") else line + "\n" + NO_NEWLINE)
    return "".join(out)


def check_writable(path: str) -> None:
    """FileError for a file the user may not write. The atomic rename needs only the folder
    to be writable, so without this a read-only (0444) file would be replaced all the same."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        raise FileError(path, f"cannot write: {e.strerror or e}") from None
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise FileError(path, "read-only file, left untouched (make it writable to clean it)")


def _edited(result: Result) -> int:
    return sum(1 for e in result.edits if e.codes)


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], executor: Executor | None, window: int
) -> Iterator[tuple[T, R]]:
    """``(item, fn(item))`` in input order, at most ``window`` items in flight on ``executor``."""
    if executor is None:
        for item in items:
            yield item, fn(item)
        return
    pending: deque[tuple[T, Future[R]]] = deque()
    try:
        for item in items:
            pending.append((item, executor.submit(fn, item)))
            if len(pending) >= window:
                first, fut = pending.popleft()
                yield first, fut.result()
        while pending:
            first, fut = pending.popleft()
            yield first, fut.result()
    finally:
        for _, fut in pending:
            fut.cancel()


class _LazyRewrite:
    """The replacement of a (possibly gzipped) file, opened at the first changed line only.

    Until then the unchanged prefix is just counted; when a change comes, the prefix is copied
    from the original, so a file with no change is never written at all.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.prefix = 0
        self.af: AtomicFile | None = None
        self.out: BinaryIO | None = None

    def keep(self, raw: bytes) -> None:
        if self.out is None:
            self.prefix += len(raw)
        else:
            self.out.write(raw)

    def put(self, new: bytes) -> None:
        if self.out is None:
            self._start()
        assert self.out is not None
        self.out.write(new)

    def _start(self) -> None:
        import gzip

        check_writable(self.path)
        self.af = AtomicFile(self.path)
        self.out = self.af.file
        if jsonl.is_gzip(self.path):
            # mtime=0 and no name: the same records always give the same bytes.
            self.out = gzip.GzipFile(
                filename="", mode="wb", fileobj=self.af.file, compresslevel=6, mtime=0
            )  # type: ignore[assignment]
        assert self.out is not None
        src = jsonl.open_binary(self.path)
        try:
            left = self.prefix
            while left:
                block = src.read(min(left, 2**20))
                if not block:
                    raise FileError(self.path, "file changed while it was being cleaned")
                self.out.write(block)
                left -= len(block)
        finally:
            src.close()

    def commit(self) -> None:
        if self.af is not None and self.out is not None:
            if self.out is not self.af.file:
                self.out.close()  # finishes the gzip stream, leaves af.file open
            self.af.commit()

    def discard(self) -> None:
        if self.af is not None:
            self.af.discard()


def format_jsonl(
    path: str,
    settings: Settings,
    mode: Mode,
    executor: Executor | None = None,
    jobs: int = 1,
    on_diff: Callable[[str], None] = lambda d: None,
    on_progress: Callable[[int], None] = lambda n: None,
) -> Outcome:
    """Clean every record of a JSONL file, streaming; chunks go to ``executor`` in order."""
    opts = record_options(settings)
    work = partial(
        jsonl.clean_chunk,
        Cleaner(settings.config),
        opts,
        path,
        want_diff=mode == "diff",
        want_reports=settings.sidecar and mode == "write",
    )
    rewrite = _LazyRewrite(path) if mode == "write" else None
    sidecar: AtomicFile | None = None
    out = Outcome(path, "unchanged")
    try:
        chunks = jsonl.iter_chunks(path, settings.max_record)
        for chunk, res in ordered_map(work, chunks, executor, 2 * jobs + 1):
            if res.error is not None:
                raise res.error
            out.records += len(chunk.lines)
            out.changed_records += res.changed
            out.edited += res.edited
            for code, n in res.counts.items():
                out.counts[code] = out.counts.get(code, 0) + n
            for d in res.diffs:
                on_diff(d)
            if rewrite is not None:
                for raw, new in zip(chunk.lines, res.out, strict=True):
                    if new is None:
                        rewrite.keep(raw)
                    else:
                        rewrite.put(new)
            if res.reports:
                if sidecar is None:
                    sidecar = AtomicFile(sidecar_path(path))
                jsonl.write_report_lines(sidecar.file, res.reports)
            on_progress(chunk.nbytes)
        if out.changed_records:
            out.status = "changed"
            out.counts = dict(sorted(out.counts.items()))
        if rewrite is not None:
            rewrite.commit()
        if sidecar is not None:
            sidecar.commit()
        return out
    except BrokenPipeError:  # stdout closed under a --diff (`| head`): not this file's fault
        _discard(rewrite, sidecar)
        raise
    except (FileError, OSError) as e:
        msg = str(e) if isinstance(e, FileError) else f"{path}: cannot write: {e.strerror or e}"
    except BaseException:  # Ctrl-C, a bug: leave no temporary file behind, then go on failing
        _discard(rewrite, sidecar)
        raise
    _discard(rewrite, sidecar)
    return Outcome(path, "error", message=msg, records=out.records)


def _discard(rewrite: _LazyRewrite | None, sidecar: AtomicFile | None) -> None:
    if rewrite is not None:
        rewrite.discard()
    if sidecar is not None:
        sidecar.discard()
