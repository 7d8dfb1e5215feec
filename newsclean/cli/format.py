"""``newsclean format``: clean article files in place, like ``black``/``ruff format``.

Exit codes: 0 nothing to do or all rewritten; 1 something would change (``--check``/``--diff``);
2 a usage, configuration or input error (reported after every other file was processed).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from newsclean.cli._common import (
    add_record_options,
    add_rule_options,
    drop_stdout,
    error,
    make_loader,
    say,
    settings_for,
)
from newsclean.cli._engine import add_engine_options, engine_problem, local_workers
from newsclean.cli.main import EXIT_CHANGED, EXIT_ERROR, EXIT_OK
from newsclean.configfile import ConfigError, Settings, SettingsLoader
from newsclean.io.batch import Mode, Outcome, format_jsonl, format_txt, ordered_map
from newsclean.io.formats import kind_of


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "format",
        help="clean .txt and .jsonl(.gz) files in place (folders recursively)",
        description="Clean article files in place. Folders are searched recursively for files "
        "matching `include` (default *.txt, *.jsonl, *.jsonl.gz) and not `exclude`.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if any file would change"
    )
    mode.add_argument(
        "--diff",
        action="store_true",
        help="write nothing; print a unified diff; exit 1 if any file would change",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0: one per CPU). Output does not depend on N",
    )
    p.add_argument(
        "--sidecar",
        action="store_true",
        help="write each changed file's removal report to FILE.newsclean.json(l)",
    )
    p.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="file name globs to pick in folders (replaces the configured include)",
    )
    p.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        help="globs of paths to skip in folders (added to the configured exclude)",
    )
    p.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply exclude to paths given on the command line too (for pre-commit)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    add_rule_options(p)
    add_record_options(p)
    add_engine_options(p)
    p.set_defaults(func=run)


def _jobs(text: str) -> int:
    """--jobs: a number of worker processes, or 0 for one per CPU; anything else is a usage
    error (exit 2), not a silent single process."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, got {n}")
    return n


@dataclass
class _Job:
    path: Path
    kind: str
    settings: Settings


@dataclass
class _Summary:
    changed: int = 0
    unchanged: int = 0
    errors: int = 0
    skipped: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def _selection(
    settings: Settings, args: argparse.Namespace
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    include = tuple(args.include) if args.include else settings.include
    exclude = (*settings.exclude, *(args.exclude or ()))
    return include, exclude


def _excluded(settings: Settings, path: Path, exclude: tuple[str, ...]) -> bool:
    return settings.excluded(path, exclude)


def _discover(
    args: argparse.Namespace, loader: SettingsLoader, summary: _Summary, notes: list[str]
) -> Iterator[_Job]:
    """Files to format, in a fixed order: arguments in order, folders walked sorted."""
    seen: set[Path] = set()
    bad_configs: set[str] = set()

    def job(path: Path, explicit: bool) -> _Job | None:
        key = path.resolve()
        if key in seen:
            return None
        seen.add(key)
        try:
            settings = settings_for(loader, path, args)
        except ConfigError as e:
            summary.errors += 1
            if str(e) not in bad_configs:
                bad_configs.add(str(e))
                error(str(e))
            return None
        include, exclude = _selection(settings, args)
        if (not explicit or args.force_exclude) and _excluded(settings, path, exclude):
            return None
        kind = kind_of(path.name)
        if kind == "html":
            notes.append(
                f"skipped {path}: HTML is not rewritten in place (markup would be lost); "
                "use `newsclean clean` to extract its text"
            )
            summary.skipped += 1
            return None
        if kind is None:
            if explicit:
                notes.append(f"skipped {path}: not a recognised format (.txt, .jsonl, .jsonl.gz)")
                summary.skipped += 1
            return None
        if not explicit and not settings.included(path, include):
            return None
        return _Job(path, kind, settings)

    for arg in args.paths:
        if str(arg) == "-":
            summary.errors += 1
            error("format rewrites files in place; to clean stdin use `newsclean clean -`")
            continue
        if arg.is_dir():
            for root, dirs, files in os.walk(arg):
                here = Path(root)
                try:
                    base = settings_for(loader, here, args)
                except ConfigError as e:
                    summary.errors += 1
                    if str(e) not in bad_configs:
                        bad_configs.add(str(e))
                        error(str(e))
                    dirs[:] = []
                    continue
                _, exclude = _selection(base, args)
                dirs[:] = sorted(d for d in dirs if not _excluded(base, here / d, exclude))
                for name in sorted(files):
                    j = job(here / name, explicit=False)
                    if j is not None:
                        yield j
        elif arg.exists() or arg.is_symlink():
            j = job(arg, explicit=True)
            if j is not None:
                yield j
        else:
            summary.errors += 1
            error(f"{arg}: no such file or directory")


class _Progress:
    """A tqdm bar on stderr for long runs; silent when stderr is not a terminal or in pre-commit."""

    def __init__(self, enabled: bool, total: int) -> None:
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            # delay: short runs finish before a bar would appear.
            self.bar = tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                file=sys.stderr,
                delay=1.0,
                leave=False,
                dynamic_ncols=True,
            )

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def say(self, msg: str) -> None:
        if self.bar is not None:
            self.bar.write(msg, file=sys.stderr)
        else:
            say(msg)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{code} {n}" for code, n in sorted(counts.items()))


def _describe(o: Outcome, mode: Mode) -> str:
    verb = "cleaned" if mode == "write" else "would clean"
    what = f"{o.changed_records} of {o.records} records changed, " if o.records else ""
    parts = []
    if o.counts:
        parts.append(f"{_plural(o.lines_removed, 'line')} removed ({_counts_text(o.counts)})")
    if o.edited:
        parts.append(f"{_plural(o.edited, 'line')} edited")
    return f"{verb} {o.path}: {what}{', '.join(parts) or 'layout only'}"


def run(args: argparse.Namespace) -> int:
    mode: Mode = "check" if args.check else "diff" if args.diff else "write"
    if problem := engine_problem(args):
        error(problem)
        return EXIT_ERROR
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    try:
        loader = make_loader(args)
    except ConfigError as e:
        error(str(e))
        return EXIT_ERROR
    summary = _Summary()
    notes: list[str] = []
    jobs_list = list(_discover(args, loader, summary, notes))
    for n in notes:
        if not args.quiet:
            say(f"note: {n}")

    show_bar = show_progress(args, sys.stderr.isatty(), os.environ)
    total = sum(_size(j.path) for j in jobs_list) if show_bar else 0
    progress = _Progress(show_bar, total)
    out = sys.stdout

    def on_diff(d: str) -> None:
        out.write(d)

    def report(o: Outcome) -> None:
        if o.status == "error":
            summary.errors += 1
            progress.say(f"error: {o.message}")
            return
        if o.status == "unchanged":
            summary.unchanged += 1
            return
        summary.changed += 1
        for code, n in o.counts.items():
            summary.counts[code] = summary.counts.get(code, 0) + n
        if o.diff:
            out.write(o.diff)
        if not args.quiet:
            progress.say(_describe(o, mode))

    _exit_on_sigterm()  # so that a killed run still removes its temporary file
    dask = args.engine == "dask" and bool(jobs_list)
    pool: Any
    if dask:  # JSONL chunks are cleaned on the cluster; files are read and written here
        from newsclean.integrations.dask import ClusterExecutor

        pool = ClusterExecutor(args.scheduler, local_workers(args))
    elif jobs > 1 and jobs_list:
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    else:
        pool = nullcontext(None)
    try:
        with pool as executor:
            jobs = pool.threads if dask else jobs
            i = 0
            while i < len(jobs_list):
                if jobs_list[i].kind == "jsonl":
                    j = jobs_list[i]
                    # Progress counts bytes on disk: per chunk for plain files, whole for .gz.
                    gz = j.path.name.endswith(".gz")
                    o = format_jsonl(
                        str(j.path),
                        j.settings,
                        mode,
                        executor,
                        jobs,
                        on_diff,
                        (lambda n: None) if gz else progress.update,
                    )
                    if gz:
                        progress.update(_size(j.path) if show_bar else 0)
                    report(o)
                    i += 1
                    continue
                # A run of .txt files: one task per file, in order.
                run_end = i
                while run_end < len(jobs_list) and jobs_list[run_end].kind == "txt":
                    run_end += 1
                batch = jobs_list[i:run_end]
                # (with dask, .txt files stay here: workers may not see this filesystem)
                for j, o in ordered_map(
                    partial(_txt_task, mode=mode), batch, None if dask else executor, 4 * jobs
                ):
                    progress.update(_size(j.path) if show_bar else 0)
                    report(o)
                i = run_end
        out.flush()
    except BrokenPipeError:
        # Downstream stopped reading (`format --diff DIR | head`): stop quietly, as git does,
        # but not with "nothing to change": only a diff goes to stdout, so a file would change
        # (and an error already found still counts).
        drop_stdout()
        return EXIT_ERROR if summary.errors else EXIT_CHANGED
    finally:
        progress.close()
    _summarise(summary, mode, args.quiet)
    if summary.errors:
        return EXIT_ERROR
    if mode != "write" and summary.changed:
        return EXIT_CHANGED
    return EXIT_OK


def _exit_on_sigterm() -> None:
    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    with contextlib.suppress(ValueError):  # only possible in the main thread
        signal.signal(signal.SIGTERM, stop)


def show_progress(args: argparse.Namespace, tty: bool, environ: Mapping[str, str]) -> bool:
    """A bar only for a person watching: stderr is a terminal, not quiet, not under pre-commit
    (which gives hooks a pseudo-terminal for colour and sets PRE_COMMIT=1)."""
    return tty and not args.no_progress and not args.quiet and environ.get("PRE_COMMIT") != "1"


def _txt_task(job: _Job, mode: Mode) -> Outcome:
    return format_txt(str(job.path), job.settings, mode)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summarise(s: _Summary, mode: Mode, quiet: bool) -> None:
    if quiet and not s.errors:
        return
    verb = "cleaned" if mode == "write" else "would be cleaned"
    parts = []
    if s.changed:
        parts.append(f"{_plural(s.changed, 'file')} {verb}")
    if s.unchanged:
        parts.append(f"{_plural(s.unchanged, 'file')} left unchanged")
    if s.skipped:
        parts.append(f"{_plural(s.skipped, 'file')} skipped")
    if s.errors:
        parts.append(f"{_plural(s.errors, 'error')}")
    line = ", ".join(parts) or "no files to clean"
    say(line[0].upper() + line[1:] + ".")
    if s.counts:
        total = sum(s.counts.values())
        say(f"Lines removed: {total} ({_counts_text(s.counts)}).")
