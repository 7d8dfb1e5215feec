"""Clean + deduplicate a generated JSONL corpus: Dask local cluster vs the single-process CLI.

Run by hand (needs the dask extra), e.g.::

    python benchmarks/dask_scale.py --size 1GB --workers 2 --workdir /tmp/nc-dask-bench

Both engines run the same two commands as subprocesses on their own copy of the corpus:
``newsclean format CORPUS`` (clean in place) then ``newsclean dedupe CORPUS --no-clean -o OUT``
(the text is already clean). The Dask runs add ``--engine dask --jobs N``, which starts a local
cluster of N single-threaded worker processes inside each command (start-up is included in the
time). The script checks that both engines wrote byte-identical files, and samples the resident
memory of the driver process (the command itself) and of its descendants (the workers) every
50 ms. Times are wall-clock; the useful figure is the ratio measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from newsclean.corpus.synthetic import generate

_BATCH = 20_000  # documents generated per call (copies are injected within a batch)


def parse_size(text: str) -> int:
    units = {"KB": 2**10, "MB": 2**20, "GB": 2**30}
    t = text.strip().upper()
    for u, f in units.items():
        if t.endswith(u):
            return int(float(t[: -len(u)]) * f)
    return int(t)


def make_corpus(path: Path, size: int, seed: int) -> tuple[int, int]:
    """Write about ``size`` bytes of generated records; returns (records, bytes)."""
    n = written = 0
    batch = 0
    with path.open("w", encoding="utf-8") as f:
        while written < size:
            for rec in generate(_BATCH, seed=seed + batch):
                rec["id"] = f"b{batch:03d}-{rec['id']}"
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode())
                n += 1
                if written >= size:
                    break
            batch += 1
    return n, written


class Sampler:
    """Peak RSS of a process and, separately, of the sum of its descendants."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.driver = 0
        self.children = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.driver = max(self.driver, self.proc.memory_info().rss)
                kids = 0
                for c in self.proc.children(recursive=True):
                    with contextlib.suppress(psutil.Error):
                        kids += c.memory_info().rss
                self.children = max(self.children, kids)
            except psutil.Error:
                pass
            self._stop.wait(0.05)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run(argv: list[str], label: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "newsclean", *argv]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = Sampler(proc.pid)
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stop()
    if proc.returncode not in (0, 1):
        sys.exit(f"{label} failed ({proc.returncode}):\n{err.decode()[-3000:]}")
    tail = [ln for ln in err.decode().splitlines() if ln.startswith("newsclean dedupe")]
    return {
        "step": label,
        "wall_s": round(wall, 1),
        "driver_peak_mb": round(sampler.driver / 2**20),
        "workers_peak_mb": round(sampler.children / 2**20),
        "status": tail[-2:] if tail else [],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="1GB", help="corpus size, e.g. 50MB, 1GB (default 1GB)")
    ap.add_argument("--workers", type=int, default=2, help="local cluster worker processes")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/nc-dask-bench"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep-files", action="store_true")
    args = ap.parse_args()

    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = args.workdir / "corpus.jsonl"
    size = parse_size(args.size)
    t0 = time.perf_counter()
    n, nbytes = make_corpus(corpus, size, args.seed)
    print(
        f"corpus: {n} records, {nbytes / 2**20:.0f} MB, generated in "
        f"{time.perf_counter() - t0:.0f} s",
        flush=True,
    )

    results = []
    outs = {}
    for engine in ("local", "dask"):
        work = args.workdir / f"{engine}.jsonl"
        shutil.copyfile(corpus, work)
        extra = ["--engine", "dask", "--jobs", str(args.workers)] if engine == "dask" else []
        out = args.workdir / f"{engine}.unique.jsonl"
        clusters = args.workdir / f"{engine}.clusters.jsonl"
        results.append(run(["format", str(work), "--isolated", "-q", *extra], f"{engine}: clean"))
        print(results[-1], flush=True)
        results.append(
            run(
                [
                    "dedupe",
                    str(work),
                    "--no-clean",
                    "-o",
                    str(out),
                    "--clusters",
                    str(clusters),
                    *extra,
                ],
                f"{engine}: dedupe",
            )
        )
        print(results[-1], flush=True)
        outs[engine] = (work, out, clusters)

    same = all(
        filecmp.cmp(a, b, shallow=False) for a, b in zip(outs["local"], outs["dask"], strict=True)
    )
    local = sum(r["wall_s"] for r in results if r["step"].startswith("local"))
    dask = sum(r["wall_s"] for r in results if r["step"].startswith("dask"))
    print(
        json.dumps(
            {
                "records": n,
                "mb": round(nbytes / 2**20),
                "workers": args.workers,
                "cpus": os.cpu_count(),
                "load_avg_at_end": [round(x, 1) for x in os.getloadavg()],
                "steps": results,
                "local_total_s": round(local, 1),
                "dask_total_s": round(dask, 1),
                "speedup_dask_vs_local": round(local / dask, 2),
                "identical_output": same,
            },
            indent=1,
        )
    )
    if not args.keep_files:
        shutil.rmtree(args.workdir)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
