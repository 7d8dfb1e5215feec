"""Shared helpers for the benchmark scripts: paths, the eval set, timing, machine info, tables.

The scripts in this folder are run by hand (``python benchmarks/quality.py``); nothing here is
imported by the library or timed by the test suite.
"""

from __future__ import annotations

import datetime as _dt
import gc
import importlib.util
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

REPO = Path(__file__).resolve().parent.parent
# The repository is cloned beside shared/ (…/newsclean and …/shared/eval); worktrees too.
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"


class BenchError(Exception):
    """A user-facing problem (missing eval set, bad option): printed as one line, exit 2."""


# -- eval set ---------------------------------------------------------------------------------
def resolve_eval_dir(arg: str | os.PathLike[str] | None) -> Path:
    """The eval folder holding score.py: ``arg`` (relative to the cwd, else to the repo root),
    else $NEWSCLEAN_EVAL_DIR, else ``../shared/eval`` beside the repository."""
    candidates: list[Path] = []
    if arg is not None:
        p = Path(arg).expanduser()
        candidates.append(p.resolve())
        if not p.is_absolute():
            candidates.append((REPO / p).resolve())
    elif os.environ.get("NEWSCLEAN_EVAL_DIR"):
        candidates.append(Path(os.environ["NEWSCLEAN_EVAL_DIR"]).expanduser().resolve())
    else:
        candidates.append(DEFAULT_EVAL_DIR.resolve())
    for c in candidates:
        if (c / "score.py").is_file() and (c / "docs").is_dir():
            return c
    looked = ", ".join(str(c) for c in dict.fromkeys(candidates))
    raise BenchError(
        f"eval set not found (looked for score.py and docs/ in: {looked}); "
        "pass --eval-dir PATH or set NEWSCLEAN_EVAL_DIR"
    )


def load_score_module(eval_dir: Path) -> ModuleType:
    """Import the eval set's score.py from its own folder (never copied into this repo)."""
    if str(eval_dir) not in sys.path:
        sys.path.insert(0, str(eval_dir))  # score.py imports evallib beside it
    spec = importlib.util.spec_from_file_location("newsclean_eval_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise BenchError(f"cannot import {eval_dir / 'score.py'}")
    mod = importlib.util.module_from_spec(spec)
    # Read only: leave no __pycache__ in the eval folder.
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.dont_write_bytecode = saved
    for name in ("load_doc", "score_doc", "aggregate"):
        if not hasattr(mod, name):
            raise BenchError(
                f"{eval_dir / 'score.py'} has no {name}(); is it the newsclean eval set?"
            )
    return mod


def doc_dirs(eval_dir: Path, sets: Sequence[str] | None = None) -> dict[str, list[Path]]:
    """``{set name: sorted doc folders}`` for the requested sets (default: every set present)."""
    root = eval_dir / "docs"
    names = list(sets) if sets else sorted(p.name for p in root.iterdir() if p.is_dir())
    out: dict[str, list[Path]] = {}
    for s in names:
        d = root / s
        if not d.is_dir():
            have = ", ".join(sorted(p.name for p in root.iterdir()))
            raise BenchError(f"no set {s!r} in {root} (have: {have})")
        out[s] = sorted(p for p in d.iterdir() if p.is_dir())
    return out


def read_dumps(eval_dir: Path, flavour: str, sets: Sequence[str] | None = None) -> list[str]:
    """The raw dumps of one flavour, in a fixed order (for the speed benchmark)."""
    texts: list[str] = []
    for dirs in doc_dirs(eval_dir, sets).values():
        for d in dirs:
            p = d / f"raw.{flavour}.txt"
            if p.is_file():
                texts.append(p.read_text(encoding="utf-8"))
    return texts


# -- timing -----------------------------------------------------------------------------------
Clock = Literal["cpu", "wall"]
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


def time_once(fn: Callable[[], Any], clock: Clock = "cpu") -> float:
    """Seconds of one call, with the garbage collector held off as timeit does.

    ``cpu`` is the CPU time of this process (time.process_time): the work done, which other
    processes sharing the machine do not inflate, unlike wall time. Use ``wall`` when the work
    happens in other processes (a subprocess with workers).
    """
    now = CLOCKS[clock]
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = now()
        fn()
        return now() - t0
    finally:
        if was_enabled:
            gc.enable()


def median_times(
    jobs: dict[str, Callable[[], Any]],
    runs: int,
    warmup: int = 1,
    before: dict[str, Callable[[], Any]] | None = None,
    clock: Clock = "cpu",
) -> dict[str, list[float]]:
    """Time every job ``runs`` times, interleaved (a, b, c, a, b, c, …) so that a slow drift
    of the machine (another process, thermal limits) hits all tools alike, after ``warmup``
    untimed rounds. ``before[name]`` runs untimed before each call (cache resets). A full
    garbage collection runs untimed before each call too, so that no tool pays for collecting
    the objects the previous one left behind."""
    before = before or {}
    times: dict[str, list[float]] = {k: [] for k in jobs}
    for rnd in range(warmup + runs):
        for name, fn in jobs.items():
            if name in before:
                before[name]()
            gc.collect()
            t = time_once(fn, clock)
            if rnd >= warmup:
                times[name].append(t)
    return times


def median(xs: Iterable[float]) -> float:
    return statistics.median(list(xs))


# -- machine ----------------------------------------------------------------------------------
def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def machine_info() -> dict[str, str]:
    try:
        cores = str(len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        cores = str(os.cpu_count())
    mem = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kb = int(fh.readline().split()[1])
            mem = f"{kb / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    try:
        load = "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except (AttributeError, OSError):
        load = ""
    return {
        "load": load,
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu_model(),
        "cores": cores,
        "memory": mem,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(terse=True),
    }


def package_versions(names: Iterable[str]) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out: dict[str, str] = {}
    for n in names:
        try:
            out[n] = version(n)
        except PackageNotFoundError:
            out[n] = "not installed"
    return out


def print_header(title: str, packages: Iterable[str] = ()) -> None:
    info = machine_info()
    print(f"# {title}\n")
    print(f"- date: {info['date']}")
    print(f"- machine: {info['cpu']}, {info['cores']} cores, {info['memory']}; {info['os']}")
    print(f"- python: {info['python']}")
    if info["load"]:
        print(f"- {info['load']} at start (it inflates CPU time far less than wall time)")
    vers = package_versions(packages)
    if vers:
        print("- packages: " + ", ".join(f"{k} {v}" for k, v in vers.items()))
    print(f"- command: {' '.join(['python', *sys.argv])}")
    print()


# -- tables -----------------------------------------------------------------------------------
def table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], align: str | None = None
) -> str:
    """A Markdown pipe table, padded so that it also reads well in a terminal.

    ``align``: one letter per column, ``l`` or ``r`` (default: first left, others right).
    """
    body = [[str(c) for c in r] for r in rows]
    align = align or ("l" + "r" * (len(headers) - 1))
    widths = [
        max(len(h), *(len(r[i]) for r in body)) if body else len(h) for i, h in enumerate(headers)
    ]

    def fmt_row(cells: Sequence[str]) -> str:
        out = []
        for c, w, a in zip(cells, widths, align, strict=True):
            out.append(c.ljust(w) if a == "l" else c.rjust(w))
        return "| " + " | ".join(out) + " |"

    rule = (
        "|"
        + "|".join(
            ("-" * (w + 1) + ":") if a == "r" else (":" + "-" * (w + 1))
            for w, a in zip(widths, align, strict=True)
        )
        + "|"
    )
    return "\n".join([fmt_row(list(headers)), rule, *(fmt_row(r) for r in body)])


def f3(x: float | None) -> str:
    """A ratio as 0.123; NaN/None as a dash."""
    if x is None or x != x:
        return "–"
    return f"{x:.3f}"


def run_main(main: Callable[[list[str] | None], int]) -> None:
    """Run a benchmark's ``main`` and turn a BenchError into one line and exit code 2."""
    try:
        code = main(None)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        code = 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        code = 130
    sys.exit(code)
