"""``newsclean clean``: clean files (or stdin) to stdout, a file, or a folder.

``--explain`` lists every removal (``file:line: CODE name: reason | text``) on stdout instead of
the text; ``--json`` prints the full structured Result per article (JSON Lines for JSONL input).
Bad input (not UTF-8, binary, empty, a malformed record) is reported with the file and position;
the other inputs are still cleaned and the exit code is 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, cast

from newsclean.cli._common import (
    add_record_options,
    add_rule_options,
    drop_stdout,
    error,
    make_loader,
    settings_for,
)
from newsclean.cli.main import EXIT_CHANGED, EXIT_ERROR, EXIT_OK
from newsclean.configfile import ConfigError, Settings
from newsclean.engine import Cleaner, InputError
from newsclean.io import jsonl
from newsclean.io.atomic import AtomicFile
from newsclean.io.batch import record_options
from newsclean.io.errors import FileError
from newsclean.io.formats import kind_of
from newsclean.io.html import html_to_text
from newsclean.io.txt import BOM, decode, limit_message, line_ending, with_line_ending
from newsclean.result import Result

GZIP_MAGIC = b"\x1f\x8b"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "clean",
        help="clean article files (or - for stdin) to stdout",
        description="Clean .txt, .html/.htm and .jsonl(.gz) inputs and print the clean text "
        "(JSONL: the cleaned records). Use - to read stdin.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="input files, or - for stdin")
    out = p.add_mutually_exclusive_group()
    out.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write everything to OUT instead of stdout"
    )
    out.add_argument(
        "--output-dir",
        type=Path,
        metavar="DIR",
        help="write each input to DIR under its own name (.html -> .txt)",
    )
    show = p.add_mutually_exclusive_group()
    show.add_argument(
        "--explain",
        action="store_true",
        help="list each removal with its rule code and reason (on stdout; the "
        "text then goes only to -o/--output-dir, if given)",
    )
    show.add_argument(
        "--json",
        action="store_true",
        help="print the structured result (one JSON object per article)",
    )
    p.add_argument("--title", help="the article's title, if known (txt and html inputs)")
    p.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="file name for stdin: picks the format and the configuration",
    )
    add_rule_options(p)
    add_record_options(p)
    p.set_defaults(func=run)


# --- presentation ---------------------------------------------------------------------------
def _show(text: str, width: int = 100) -> str:
    # Escape only what would be invisible (nbsp, zero-width, control characters).
    s = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return s if len(s) <= width else s[: width - 1] + "…"


def explain_lines(result: Result, where: str) -> Iterator[str]:
    """``where:line: CODE name: reason | text`` per removal, then kept lines and a summary."""
    for r in result.removed:
        span = f" [cut {r.start}:{r.end}]" if r.start is not None else ""
        # A whole line is shown without its line ending, as on screen ("\r" of CRLF input).
        text = r.text if r.start is not None else r.text.removesuffix("\r")
        yield f"{where}:{r.line}: {r.code} {r.name}: {r.reason}{span} | {_show(text)}"
    for g in result.guarded:
        yield f"{where}:{g.line}: kept ({g.guard} guard) {g.code}: {g.reason}"
    counts = ", ".join(f"{c} {n}" for c, n in result.counts().items())
    n = len(result.removed)
    yield f"{where}: {n} removal{'' if n == 1 else 's'}" + (f" ({counts})" if counts else "")


# --- inputs ---------------------------------------------------------------------------------
class _Input:
    def __init__(self, arg: str, stdin_name: str | None) -> None:
        self.arg = arg
        self.stdin = arg == "-"
        self.name = (stdin_name or "<stdin>") if self.stdin else arg
        self.kind = kind_of(self.name) or "txt"  # clean never writes over its input

    def stdin_stream(self) -> IO[bytes]:
        """stdin, decompressed when ``--stdin-filename`` ends in .gz and the data is gzip."""
        src: IO[bytes] = sys.stdin.buffer
        if not jsonl.is_gzip(self.name.lower()):
            return src
        buffered = src if isinstance(src, io.BufferedReader) else io.BufferedReader(cast(Any, src))
        if buffered.peek(2)[:2] == GZIP_MAGIC:
            return gzip.GzipFile(fileobj=buffered, mode="rb")  # type: ignore[return-value]
        return buffered

    def read(self, max_record: int) -> bytes:
        if self.stdin:
            try:
                data = self.stdin_stream().read(max_record + 1 if max_record else -1)
            except (gzip.BadGzipFile, EOFError, zlib.error) as e:
                raise FileError(self.name, f"not a readable gzip file: {e}") from None
            if max_record and len(data) > max_record:
                raise FileError(self.name, limit_message(len(data), max_record))
            return data
        from newsclean.io.txt import read_bytes

        return read_bytes(self.arg, max_record)


def _article(inp: _Input, settings: Settings, title: str | None) -> tuple[str, str | None]:
    text = decode(inp.read(settings.max_record), inp.name)
    if inp.kind == "html":
        text, html_title = html_to_text(text)
        title = title or html_title
        if not text.strip():
            raise FileError(inp.name, "no text found in the HTML")
    elif not text.strip():
        raise FileError(inp.name, "empty input: no article text to clean")
    return text, title


def _records(inp: _Input, settings: Settings) -> Iterator[tuple[int, bytes]]:
    if not inp.stdin:
        yield from jsonl.iter_lines(inp.arg, settings.max_record)
        return
    limit = settings.max_record
    src = inp.stdin_stream()
    n = 0
    try:
        for n, line in enumerate(iter(lambda: src.readline(limit + 1 if limit else -1), b""), 1):
            if limit and len(line) > limit and not line.endswith(b"\n"):
                raise FileError(inp.name, limit_message(len(line), limit), n)
            yield n, line
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        raise FileError(inp.name, f"not a readable gzip file: {e}", n + 1) from None


# --- run ------------------------------------------------------------------------------------
def run(args: argparse.Namespace) -> int:
    try:
        loader = make_loader(args)
    except ConfigError as e:
        error(str(e))
        return EXIT_ERROR
    if sum(f == "-" for f in args.files) > 1:
        error("stdin (-) can be read only once")
        return EXIT_ERROR
    clash = _output_clash([_Input(a, args.stdin_filename) for a in args.files], args)
    if clash is not None:  # found before anything is written
        error(clash)
        return EXIT_ERROR
    if (problem := _prepare_outputs(args)) is not None:
        error(problem)
        return EXIT_ERROR
    status = EXIT_OK
    try:
        with ExitStack() as stack:
            single: _Output | None = None
            if args.output is not None:
                try:
                    single = _Output(args.output)
                except OSError as e:
                    error(_cannot_write(args.output, e))
                    return EXIT_ERROR
                stack.callback(single.discard)  # no-op once committed
            # Every input goes to one stream unless --output-dir is given (or --explain without -o).
            # stdout gets "\n" line endings; an output file those of each input (CRLF stays CRLF).
            shared = _Sink(single.file, True) if single else _Sink(sys.stdout.buffer, False)
            for arg in args.files:
                inp = _Input(arg, args.stdin_filename)
                try:
                    where = Path(inp.name if inp.stdin else arg)
                    settings = settings_for(
                        loader, where if not inp.stdin else Path.cwd() / where, args
                    )
                except ConfigError as e:
                    error(str(e))
                    status = EXIT_ERROR
                    continue
                target: _Output | None = None
                dest: Path | str = args.output if single else "stdout"
                if args.output_dir is not None:
                    dest = out_path = args.output_dir / _out_name(inp, args)
                    try:
                        target = _Output(out_path)
                    except OSError as e:
                        error(_cannot_write(out_path, e))
                        status = EXIT_ERROR
                        continue
                data_out: _Sink | None = (
                    _Sink(target.file, True)
                    if target
                    else shared
                    if single or not args.explain
                    else None
                )
                try:
                    _clean_one(inp, settings, args, data_out, sys.stdout)
                    if target is not None:
                        target.commit()
                except Exception as e:
                    if isinstance(e, BrokenPipeError):
                        raise
                    if isinstance(e, OSError):  # reading is a FileError: this is the output
                        e = FileError(str(dest), f"cannot write: {e.strerror or e}")
                    elif not isinstance(e, FileError):  # a bug in a rule: report, go on
                        e = jsonl.internal_error(inp.name, e)
                    error(str(e))
                    status = EXIT_ERROR
                    if target is not None:
                        target.discard()
                    continue
                finally:
                    sys.stdout.flush()
            if single is not None:
                try:
                    single.commit()
                except OSError as e:
                    error(_cannot_write(args.output, e))
                    return EXIT_ERROR
    except BrokenPipeError:
        # Downstream stopped reading (`clean big.jsonl | head`): stop quietly, as
        # `format --diff` does, and not with 0: the output was cut short (an error already
        # reported still counts).
        drop_stdout()
        return EXIT_ERROR if status == EXIT_ERROR else EXIT_CHANGED
    return status


def _cannot_write(path: Path | str, e: OSError) -> str:
    return f"{path}: cannot write: {e.strerror or e}"


def _prepare_outputs(args: argparse.Namespace) -> str | None:
    """Check -o and create --output-dir; the reason they cannot be used, or None."""
    if args.output is not None and args.output.is_dir():
        return f"{args.output}: is a folder (use --output-dir DIR for one output per input)"
    if args.output_dir is not None:
        if args.output_dir.exists() and not args.output_dir.is_dir():
            return f"{args.output_dir}: not a folder (--output-dir needs one)"
        try:
            args.output_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            return f"{args.output_dir}: cannot create the output folder: {e.strerror or e}"
    return None


class _Sink:
    """Where cleaned data goes; remembers how it ends, to set articles apart.

    ``keep_endings``: a text article is written with the line endings of its input (a file
    output); otherwise with "\n" (stdout)."""

    def __init__(self, file: IO[bytes], keep_endings: bool) -> None:
        self.file = file
        self.keep_endings = keep_endings
        self.tail = b""  # the last four bytes written

    def write(self, data: bytes) -> None:
        if data:
            # A large write to a pipe can come back short without an error (the reader went
            # away, or a signal came, mid-write): write the rest, so nothing is silently lost
            # and a closed pipe surfaces as BrokenPipeError.
            view = memoryview(data)
            while view:
                view = view[self.file.write(view) :]
            self.tail = (self.tail + data)[-4:]

    def new_article(self, ending: str = "\n") -> None:
        """One blank line between this article and whatever came before it, if anything:
        a single article is written as it is, several can be told apart (and split again)."""
        if self.tail:
            nl = ending.encode("ascii")
            self.write(
                b"" if self.tail.endswith(nl * 2) else nl if self.tail.endswith(nl) else nl * 2
            )

    def write_article(self, text: str, original: str) -> None:
        """``text`` (a ``Result.text``), in the line endings of ``original`` if kept."""
        ending = line_ending(original) if self.keep_endings else "\n"
        self.new_article(ending)
        self.write(with_line_ending(text, ending).encode("utf-8"))


class _Output:
    """An output file, written atomically; gzip-compressed when its name ends in .gz."""

    def __init__(self, path: Path) -> None:
        self._af = AtomicFile(path)
        self.file: IO[bytes] = self._af.file
        if jsonl.is_gzip(str(path)):
            # mtime=0 and no name: the same text always gives the same bytes.
            gz = gzip.GzipFile(filename="", mode="wb", fileobj=self._af.file, mtime=0)
            self.file = gz  # type: ignore[assignment]

    def commit(self) -> None:
        try:
            if self.file is not self._af.file:
                self.file.close()  # ends the gzip stream; the file under it stays open
        except BaseException:
            self._af.discard()
            raise
        self._af.commit()

    def discard(self) -> None:
        self._af.discard()


def _output_clash(inputs: list[_Input], args: argparse.Namespace) -> str | None:
    """Why the outputs cannot be written: one would overwrite an input, or two inputs would
    write the same file (a/x.txt and b/x.txt, page.html and page.txt). None when they can."""
    sources = {Path(i.arg).resolve(): i.arg for i in inputs if not i.stdin}
    if args.output is not None:
        dest = args.output.resolve()
        if dest in sources:
            return f"{args.output}: the output would overwrite the input {sources[dest]}"
        return None
    if args.output_dir is None:
        return None
    claimed: dict[Path, tuple[str, Path | None]] = {}
    for inp in inputs:
        out = args.output_dir / _out_name(inp, args)
        dest = out.resolve()
        src = None if inp.stdin else Path(inp.arg).resolve()
        if dest in sources:
            return f"{out}: the output of {inp.name} would overwrite the input {sources[dest]}"
        if dest in claimed and claimed[dest][1] != src:
            return (
                f"{out}: {claimed[dest][0]} and {inp.name} would both be written here "
                "(clean them into different folders)"
            )
        claimed[dest] = (inp.name, src)
    return None


def _out_name(inp: _Input, args: argparse.Namespace) -> str:
    name = Path(inp.name).name if inp.name != "<stdin>" else "stdin.txt"
    if inp.kind == "html":
        name = name.rsplit(".", 1)[0] + ".txt"
    if args.json and inp.kind != "jsonl":
        name += ".json"
    return name


def _clean_one(
    inp: _Input,
    settings: Settings,
    args: argparse.Namespace,
    data_out: _Sink | None,
    text_out: IO[str],
) -> None:
    cleaner = Cleaner(settings.config)
    if inp.kind == "jsonl":
        _clean_records(inp, settings, cleaner, args, data_out, text_out)
        return
    text, title = _article(inp, settings, args.title)
    try:
        result = cleaner.clean_article(text, title=title)
    except InputError as e:
        raise FileError(inp.name, str(e)) from None
    if args.explain:
        for line in explain_lines(result, inp.name):
            text_out.write(line + "\n")
    if data_out is None:
        return
    if args.json:
        result = dataclasses.replace(result, id=inp.name)
        data_out.write(result.to_json().encode("utf-8") + b"\n")
    else:
        data_out.write_article(result.text, text)


def _clean_records(
    inp: _Input,
    settings: Settings,
    cleaner: Cleaner,
    args: argparse.Namespace,
    data_out: _Sink | None,
    text_out: IO[str],
) -> None:
    ro = record_options(settings)
    for lineno, line in _records(inp, settings):
        if not line.strip():
            continue
        # A BOM is read past but never passed on: output gets no BOM (it would land in the
        # middle of a concatenated output, where no JSON reader accepts it).
        line = line.removeprefix(BOM)
        rec = jsonl.parse_record(inp.name, lineno, line, ro)
        text = rec[ro.text_key]
        title = rec.get(ro.title_key)
        result = cleaner.clean_article(text, title=title if isinstance(title, str) else None)
        rid = rec.get(ro.id_key)
        if args.explain:
            label = f"{inp.name}:{lineno}" + (f"[{rid}]" if rid is not None else "")
            for ln in explain_lines(result, label):
                text_out.write(ln + "\n")
        if data_out is None:
            continue
        if args.json:
            result = dataclasses.replace(
                result,
                id=None if rid is None else str(rid),
                metadata={"source": inp.name, "line": lineno},
            )
            data_out.write(jsonl.json_utf8(result.to_json()) + b"\n")
            continue
        new = jsonl.rewrite_record(rec, result, line, ro, inp.name, lineno)
        if new is None:
            new = line
        data_out.write(new if new.endswith(b"\n") else new + b"\n")
