"""Throughput of newsclean and its peers, single process, on the same dumps; newsclean's stages;
and ``newsclean format --jobs N`` scaling.

    python benchmarks/speed.py [--runs 5] [--docs 1000] [--quick]

Corpora: the eval set's raw.article.txt and raw.column.txt dumps, and a generated corpus of
realistic article dumps (benchmarks/corpus.py, fixed seed). Each tool's input is prepared (HTML
wrapping for the extractors) before timing; each timed run is one pass over the whole corpus;
runs of the tools are interleaved and the median is reported. Ratios compare figures measured in
the same run: "newsclean ×" = peer time ÷ newsclean time (above 1: newsclean is faster).
Times are CPU seconds of this process (time.process_time), which other processes sharing the
machine inflate far less than wall time; ``format --jobs`` uses wall time (its work is done in
worker processes), so it is only meaningful on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import (
    BenchError,
    median,
    median_times,
    print_header,
    read_dumps,
    resolve_eval_dir,
    run_main,
    table,
)
from corpus import generate
from peers import DEFAULT_TOOLS, FACTORIES, Tool, load_tools

SPEED_TOOLS = tuple(t for t in DEFAULT_TOOLS if t != "identity")


def corpus_size(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def each(fn: Callable[..., Any], items: list[Any]) -> Callable[[], None]:
    """One timed pass: ``fn(*item)`` for every item, results dropped as they come (keeping them
    all would time the allocator too)."""

    def go() -> None:
        for x in items:
            fn(*x)

    return go


def throughput(texts: list[str], tools: list[Tool], runs: int) -> dict[str, float]:
    """Median seconds of one pass over ``texts`` per tool, runs interleaved."""
    jobs = {}
    before = {}
    for t in tools:
        jobs[t.name] = each(t.run, [(t.prepare(x),) for x in texts])
        if t.reset:
            before[t.name] = t.reset
    times = median_times(jobs, runs, warmup=1, before=before)
    return {k: median(v) for k, v in times.items()}


def throughput_table(results: dict[str, tuple[int, int, dict[str, float]]]) -> str:
    rows = []
    for corpus, (n_docs, n_bytes, secs) in results.items():
        base = secs.get("newsclean")
        for name, s in secs.items():
            ratio = f"{s / base:.2f}" if base and name != "newsclean" else ("1" if base else "–")
            rows.append(
                [corpus, name, f"{n_bytes / 1e6 / s:.2f}", f"{n_docs / s:,.0f}", f"{s:.3f}", ratio]
            )
    return table(
        ["corpus", "tool", "MB/s", "docs/s", "median CPU s", "newsclean ×"], rows, "llrrrr"
    )


# -- newsclean's own stages -------------------------------------------------------------------
FIRST = "first pass: _pass() = document() + rules + _resolve()"


def stage_times(texts: list[str], runs: int) -> tuple[list[tuple[str, float]], float]:
    """Median seconds per stage of ``Cleaner.clean_article`` over ``texts``, and the end-to-end
    median, from the engine's stage functions (document, make_line, analyse, rule functions,
    _resolve). Per fixer, the gate and the fix are separate passes over all lines; per rule,
    one pass over all documents. Documents are built afresh before each round of rule timings,
    so a feature a Document computes lazily is paid by the first rule that asks, as in the
    engine."""
    import newsclean
    from newsclean import engine
    from newsclean.document import count_words, make_line, match_key

    cleaner = newsclean.Cleaner()
    cfg = cleaner.config
    one = [(t,) for t in texts]
    jobs: dict[str, Callable[[], Any]] = {}
    before: dict[str, Callable[[], Any]] = {}
    jobs["end to end: Cleaner.clean_article"] = each(cleaner.clean_article, one)
    # The engine repeats its pass on its own output until nothing changes (a fixpoint); the
    # rows below break down the first pass, which does all of the fixing.
    first_pass = getattr(cleaner, "_pass", None)
    if first_pass is not None:
        jobs[FIRST] = each(first_pass, [(t, None) for t in texts])
    jobs["document(): split, fixers, line features, analyse"] = each(cleaner.document, one)

    # Fixers in engine order, each fed the previous fixer's output, as Cleaner.document does.
    raw_lines = [(ln[:-1] if ln.endswith("\r") else ln) for t in texts for ln in t.split("\n")]
    lines = raw_lines
    for fx in cleaner.fixers:
        gate, fix = fx.gate, fx.fix
        assert gate is not None and fix is not None
        flags = [gate(ln) for ln in lines]
        gated = [ln for ln, f in zip(lines, flags, strict=True) if f]
        label = f"  fixer {fx.code} {fx.name}"
        jobs[f"{label}: gate, {len(lines):,} lines"] = each(gate, [(ln,) for ln in lines])
        jobs[f"{label}: fix, {len(gated):,} gated lines"] = each(fix, [(ln, cfg) for ln in gated])
        fixed = iter([fix(ln, cfg) for ln in gated])
        lines = [next(fixed) if f else ln for ln, f in zip(lines, flags, strict=True)]
    jobs["  make_line(): keys, word counts"] = each(
        make_line, [(i, r, t) for i, (r, t) in enumerate(zip(raw_lines, lines, strict=True))]
    )
    jobs["    match_key()"] = each(match_key, [(t,) for t in lines])
    jobs["    count_words()"] = each(count_words, [(t,) for t in lines])
    line_tuples = [cleaner.document(t)[0].lines for t in texts]
    jobs["  analyse(): title, body block"] = each(engine.analyse, [(lt,) for lt in line_tuples])

    state: dict[str, list[Any]] = {"docs": []}

    def rebuild() -> None:
        state["docs"] = [cleaner.document(t) for t in texts]

    def rule_pass(fn: Any) -> Callable[[], None]:
        def go() -> None:
            for d, _ in state["docs"]:
                for _v in fn(d, cfg):
                    pass

        return go

    for k, r in enumerate(cleaner.rules):
        name = f"rule {r.code} {r.name}"
        jobs[name] = rule_pass(r.func)
        if k == 0:
            before[name] = rebuild

    def resolve_pass() -> None:
        for (d, e), v in zip(state["docs"], state["verdicts"], strict=True):
            engine._resolve(d, e, v, cfg)

    def verdicts() -> None:
        state["verdicts"] = [cleaner._verdicts(d) for d, _ in state["docs"]]

    jobs["_resolve(): guards, output"] = resolve_pass
    before["_resolve(): guards, output"] = verdicts
    rebuild()

    times = median_times(jobs, runs, warmup=1, before=before)
    med = {k: median(v) for k, v in times.items()}
    total = med.pop("end to end: Cleaner.clean_article")
    return list(med.items()), total


def stage_table(texts: list[str], stages: list[tuple[str, float]], total: float) -> str:
    n = len(texts)

    def row(name: str, s: float) -> list[str]:
        return [name, f"{s:.3f}", f"{s / total:.0%}", f"{s / n * 1e6:,.0f}"]

    rows = [row("end to end: Cleaner.clean_article", total)]
    rules = [(k, s) for k, s in stages if k.startswith("rule ")]
    for name, s in stages:
        if name.startswith("_resolve") and rules:
            rows.append(
                row(f"all {len(rules)} rules (sum of the rule rows)", sum(s for _, s in rules))
            )
        rows.append(row(name, s))
    first = dict(stages).get(FIRST)
    if first is not None:
        rows.append(row("later passes to the fixpoint: end to end − first pass", total - first))
    else:
        top = sum(s for k, s in stages if k.startswith(("document()", "rule ", "_resolve")))
        rows.append(row("rest: end to end − document() − rules − _resolve()", total - top))
    return table(["stage", "median CPU s", "of end to end", "µs/doc"], rows)


def slowest(stages: list[tuple[str, float]], k: int = 3) -> str:
    """The ``k`` slowest leaf stages (document() and make_line() are sums of other rows)."""
    sums = ("document()", "  make_line()", FIRST)
    leaves = [(n.strip(), s) for n, s in stages if not n.startswith(sums)]
    top = sorted(leaves, key=lambda x: -x[1])[:k]
    return ", ".join(f"{n} ({s:.3f} s)" for n, s in top)


# -- format --jobs scaling ----------------------------------------------------------------------
def format_cmd() -> list[str]:
    return [sys.executable, "-m", "newsclean", "format"]


def format_env() -> dict[str, str]:
    """Run the same newsclean this process imported, whatever the working directory."""
    import newsclean

    root = str(Path(newsclean.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def format_available() -> str | None:
    """None if ``newsclean format --jobs`` exists, else why not."""
    try:
        p = subprocess.run(
            [*format_cmd(), "--help"],
            capture_output=True,
            text=True,
            timeout=60,
            env=format_env(),
            cwd=tempfile.gettempdir(),
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"cannot run newsclean: {e}"
    if p.returncode != 0:
        return "`newsclean format` is not available in this checkout"
    if "--jobs" not in p.stdout:
        return "`newsclean format` has no --jobs option in this checkout"
    return None


def format_scaling(
    n_docs: int, jobs_list: list[int], runs: int
) -> tuple[list[list[str]], str | None]:
    """Time ``newsclean format --jobs N FILES`` on a fresh copy of a generated JSONL corpus."""
    why = format_available()
    if why:
        return [], why
    n_files = 4
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        texts = list(generate(n_docs, seed=7))
        per = -(-n_docs // n_files)
        for k in range(n_files):
            with (src / f"part-{k}.jsonl").open("w", encoding="utf-8") as fh:
                for i, t in enumerate(texts[k * per : (k + 1) * per], start=k * per):
                    fh.write(json.dumps({"id": f"doc-{i}", "text": t}, ensure_ascii=False) + "\n")
        size = sum(p.stat().st_size for p in src.iterdir())
        work = Path(tmp) / "work"
        env = format_env()
        jobs: dict[str, Callable[[], Any]] = {}
        before: dict[str, Callable[[], Any]] = {}
        errors: list[str] = []
        cpu: dict[str, list[float]] = {f"--jobs {j}": [] for j in jobs_list}

        def fresh() -> None:
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(src, work)

        for j in jobs_list:

            def go(j: int = j) -> None:
                files = sorted(str(p) for p in work.iterdir())
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                p = subprocess.run(
                    [*format_cmd(), "--jobs", str(j), *files],
                    capture_output=True,
                    text=True,
                    env=env,
                    cwd=tmp,
                )
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                # CPU of the format process and its workers (waited-for descendants count).
                cpu[f"--jobs {j}"].append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
                if p.returncode not in (0, 1):
                    errors.append(f"--jobs {j}: exit {p.returncode}: {p.stderr.strip()[:300]}")

            jobs[f"--jobs {j}"] = go
            before[f"--jobs {j}"] = fresh
        times = median_times(jobs, runs, warmup=1, before=before, clock="wall")
        if errors:
            return [], "format failed: " + errors[0]
    base = median(times[f"--jobs {jobs_list[0]}"])
    rows = []
    for j in jobs_list:
        s = median(times[f"--jobs {j}"])
        c = median(cpu[f"--jobs {j}"][1:])  # [0] is the warm-up round
        rows.append(
            [
                f"--jobs {j}",
                f"{s:.2f}",
                f"{c:.2f}",
                f"{size / 1e6 / s:.2f}",
                f"{n_docs / s:,.0f}",
                f"{base / s:.2f}",
            ]
        )
    return rows, None


# -- main ---------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        description="Speed of newsclean vs its peers (single process), "
        "newsclean's stages, and `format --jobs` scaling."
    )
    ap.add_argument(
        "--eval-dir", help="eval folder (default: ../shared/eval beside the repository)"
    )
    ap.add_argument(
        "--runs", type=int, help="timed runs per tool and corpus (median; default 5, quick 3)"
    )
    ap.add_argument("--docs", type=int, help="generated corpus size (default 1000, quick 300)")
    ap.add_argument(
        "--tools",
        default=",".join(SPEED_TOOLS),
        help=f"comma-separated, from: {', '.join(FACTORIES)} (default: all peers)",
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help="a rough look: 3 runs, 300 generated docs, 1000 for format",
    )
    ap.add_argument("--no-stages", action="store_true", help="skip newsclean's stage timings")
    ap.add_argument("--no-format", action="store_true", help="skip the format --jobs scaling")
    ap.add_argument(
        "--format-docs", type=int, help="docs in the format corpus (default 4000, quick 1000)"
    )
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    q = args.quick
    args.runs = args.runs if args.runs is not None else (3 if q else 5)
    args.docs = args.docs if args.docs is not None else (300 if q else 1000)
    args.format_docs = args.format_docs if args.format_docs is not None else (1000 if q else 4000)
    if min(args.runs, args.docs, args.format_docs) < 1:
        raise BenchError("--runs, --docs and --format-docs must be >= 1")
    tools, skipped = load_tools([t.strip() for t in args.tools.split(",") if t.strip()])
    if "newsclean" not in {t.name for t in tools}:
        raise BenchError("--tools must include newsclean (ratios are relative to it)")
    corpora: dict[str, list[str]] = {}
    try:
        eval_dir = resolve_eval_dir(args.eval_dir)
        for flavour in ("article", "column"):
            corpora[f"dev {flavour}"] = read_dumps(eval_dir, flavour)
    except BenchError as e:
        if args.eval_dir:
            raise
        skipped.append(f"dev-set corpora skipped: {e}")
    corpora["generated"] = list(generate(args.docs))

    print_header(
        f"Speed: single process, median of {args.runs} runs",
        ["newsclean", "trafilatura", "jusText", "ftfy", "lxml"],
    )
    for t in tools:
        print(f"- {t.name}: {t.label}")
    for name, texts in corpora.items():
        print(f"- corpus {name}: {len(texts):,} docs, {corpus_size(texts) / 1e6:.2f} MB")
    for msg in skipped:
        print(f"- {msg}")
    print()
    sys.stdout.flush()

    results = {}
    for name, texts in corpora.items():
        print(f"timing {name} …", file=sys.stderr, flush=True)
        results[name] = (len(texts), corpus_size(texts), throughput(texts, tools, args.runs))
    print("## Throughput\n")
    print(throughput_table(results))
    print(
        "\nCPU time of this process; newsclean × = peer time ÷ newsclean time in the same run"
        " (above 1: newsclean is faster).\n"
    )
    sys.stdout.flush()

    if not args.no_stages:
        for name in ("dev column", "generated"):
            if name not in corpora:
                continue
            print(f"timing newsclean stages on {name} …", file=sys.stderr, flush=True)
            try:
                stages, total = stage_times(corpora[name], args.runs)
            except (AttributeError, ImportError, TypeError) as e:
                print(f"newsclean stage timing unavailable (engine internals changed?): {e}\n")
                break
            print(f"## newsclean stages on {name}\n")
            print(stage_table(corpora[name], stages, total))
            print(f"\nSlowest: {slowest(stages)}.")
            print(
                "Each stage is timed in its own pass, so they need not add up exactly;"
                " indented rows are parts of document().\n"
            )
            sys.stdout.flush()

    if not args.no_format:
        print("timing newsclean format --jobs …", file=sys.stderr, flush=True)
        cpus = (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else (os.cpu_count() or 1)
        )
        jobs_list = [1, 2] if cpus < 4 else [1, 2, 4]
        rows, why = format_scaling(args.format_docs, jobs_list, max(1, min(args.runs, 3)))
        n = args.format_docs
        print(f"## newsclean format --jobs scaling ({n:,} generated docs in 4 JSONL files)\n")
        if why:
            print(f"skipped: {why}\n")
        else:
            print(
                table(
                    [
                        "command",
                        "median wall s",
                        "CPU s, all processes",
                        "MB/s",
                        "docs/s",
                        "speed-up",
                    ],
                    rows,
                )
            )
            print(
                "\nWall time of the whole `python -m newsclean format` process (start-up "
                f"included), on a fresh copy each run; {cpus} CPUs available. CPU s adds up the"
                " format process and its workers: what --jobs costs in extra work, which a busy"
                " machine does not change much; speed-up = wall time of --jobs 1 ÷ --jobs N,"
                " meaningful only on an otherwise idle machine.\n"
            )
    return 0


if __name__ == "__main__":
    run_main(main)
