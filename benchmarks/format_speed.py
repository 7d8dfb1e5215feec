"""Wall time and peak memory of ``newsclean format`` over a generated JSONL corpus.

    python benchmarks/format_speed.py                 # 200 MB corpus, --jobs 1 and --jobs 2
    python benchmarks/format_speed.py --size-mb 20 --jobs 1 2 4

The corpus is generated (never committed) into benchmarks/out/ from the article dumps at hand:
the development set in ../shared/eval if present (read in place, publishers' text is not copied
into the repository), else the seeds/. Records repeat those dumps with distinct ids and extra
pass-through fields. Each run formats a fresh copy in place; the script checks that every run
produced byte-identical output, and reports wall time, CPU time, and peak resident memory of
the whole process tree (sampled from /proc every 20 ms) as well as of the largest process.
Speed is given as a ratio against --jobs 1 measured in the same invocation.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "docs"


def sources() -> list[str]:
    files = sorted(EVAL.glob("*/*/raw.*.txt")) if EVAL.is_dir() else []
    if not files:
        files = sorted((ROOT / "seeds").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def generate(path: Path, size_mb: float, seed: int = 7) -> int:
    """Write a JSONL corpus of at least ``size_mb`` MB; returns the number of records."""
    texts = sources()
    rng = random.Random(seed)
    target = int(size_mb * 10**6)
    n = written = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < target:
            text = texts[rng.randrange(len(texts))]
            rec = {
                "id": f"doc-{n:07d}",
                "url": f"https://news.example/{n}",
                "lang": "en",
                "fetched": "2019-11-19T08:03:00Z",
                "text": text,
            }
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def _tree_rss(pid: int, hwm: dict[int, int]) -> int:
    """Resident memory of ``pid`` and all its descendants, in bytes (Linux /proc).

    Also records each process's own high-water mark (VmHWM) in ``hwm``: it catches peaks that
    fall between two samples.
    """
    total = 0
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(d))
        except OSError:
            continue
    stack = [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        hwm[p] = max(hwm.get(p, 0), int(line.split()[1]) * 1024)
        except OSError:
            pass
        stack.extend(children.get(p, ()))
    return total


def run(corpus: Path, work: Path, jobs: int) -> dict[str, float | str]:
    target = work / f"jobs{jobs}.jsonl"
    shutil.copyfile(corpus, target)
    cmd = [
        sys.executable,
        "-m",
        "newsclean",
        "format",
        "--no-progress",
        "--jobs",
        str(jobs),
        str(target),
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)  # CPU time of waited-for children
    peak = 0
    hwm: dict[int, int] = {}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid, hwm))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"jobs={jobs} exited {proc.returncode}: {err.decode()[-2000:]}")
    h = hashlib.sha256()
    with open(target, "rb") as f:  # in blocks: keep this process small (see _tree_rss)
        for block in iter(lambda: f.read(2**20), b""):
            h.update(block)
    digest = h.hexdigest()[:16]
    target.unlink()
    return {
        "jobs": jobs,
        "wall_s": round(wall, 2),
        "cpu_s": round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 2),
        "peak_rss_tree_mb": round(peak / 2**20, 1),
        # main process first, then workers (and multiprocessing's resource tracker), by pid
        "peak_rss_per_process_mb": [round(hwm[p] / 2**20, 1) for p in sorted(hwm)],
        # Not ru_maxrss of RUSAGE_CHILDREN: Linux carries the parent's RSS at fork over into
        # the child's maxrss, so it reports this script's size, not the formatter's.
        "output_sha256": digest,
        "summary": err.decode().strip().splitlines()[-2:],  # type: ignore[dict-item]
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mb", type=float, default=200)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument(
        "--repeat", type=int, default=1, help="run the --jobs sequence this many times, interleaved"
    )
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / f"corpus-{args.size_mb:g}mb.jsonl"
    if not corpus.exists():
        t = time.perf_counter()
        n = generate(corpus, args.size_mb)
        print(
            f"generated {corpus} ({n} records) in {time.perf_counter() - t:.1f}s", file=sys.stderr
        )
    size = corpus.stat().st_size
    print(
        f"corpus: {size / 10**6:.1f} MB, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}",
        file=sys.stderr,
    )
    rows = []
    for jobs in args.jobs * args.repeat:
        row = run(corpus, args.out, jobs)
        row["mb_per_s"] = round(size / 10**6 / float(row["wall_s"]), 2)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    first = args.jobs[0]
    base = [float(r["wall_s"]) for r in rows if r["jobs"] == first]
    for i, row in enumerate(rows):
        # against the run of the first --jobs value in the same round
        row["speedup_vs_first"] = round(base[i // len(args.jobs)] / float(row["wall_s"]), 2)
    same = len({r["output_sha256"] for r in rows}) == 1
    report = {
        "corpus_mb": round(size / 10**6, 1),
        "identical_outputs": same,
        "load_average_end": round(os.getloadavg()[0], 2),
        "runs": rows,
    }
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")
    if not same:
        raise SystemExit("outputs differ between --jobs values")


if __name__ == "__main__":
    main()
