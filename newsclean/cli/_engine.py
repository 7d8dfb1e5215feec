"""``--engine dask [--scheduler ADDR]`` for ``dedupe`` and ``format``.

Imports no Dask: the engine is loaded only when a command runs with ``--engine dask``, so the
core CLI works (and starts fast) without the optional ``dask`` extra.
"""

from __future__ import annotations

import argparse
import heapq
import importlib.util
import sys
import time
from collections.abc import Iterator
from typing import Any

INSTALL_HINT = "the dask engine needs the optional extra: pip install 'newsclean[dask]'"


def add_engine_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("engine")
    g.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine (default); dask: a Dask cluster, for JSONL corpora "
        "(needs the dask extra)",
    )
    g.add_argument(
        "--scheduler",
        metavar="ADDR",
        help="Dask scheduler address, e.g. tcp://host:8786 (with --engine dask; default: start "
        "a local cluster of --jobs worker processes, one per CPU if --jobs is not above 1)",
    )


def engine_problem(args: argparse.Namespace) -> str | None:
    """A usage error in the engine options, or None."""
    engine = getattr(args, "engine", "local")
    if getattr(args, "scheduler", None) and engine != "dask":
        return "--scheduler needs --engine dask"
    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        return INSTALL_HINT
    return None


def local_workers(args: argparse.Namespace) -> int | None:
    """Worker processes of the local cluster: --jobs when above 1, else one per CPU."""
    jobs = int(getattr(args, "jobs", 0) or 0)
    return jobs if jobs > 1 else None


def dedupe_on_dask(args: argparse.Namespace, cfg: Any, out: Any, clusters_out: Any) -> int:
    """``newsclean dedupe --engine dask``: same outputs as the local engine, computed on Dask.

    ``out`` and ``clusters_out`` (None without --clusters) are the opened outputs
    (``corpus.reader.JsonlOutput``); they are committed only when the run succeeds."""
    from newsclean.cli._common import error
    from newsclean.cli.main import EXIT_ERROR, EXIT_OK
    from newsclean.engine import InputError

    def fail(msg: str) -> int:
        error(msg)
        return EXIT_ERROR

    problem = engine_problem(args)
    if problem:
        return fail(problem)
    if args.index:
        return fail(
            "command line: --index is not supported with --engine dask (use the local engine)"
        )
    for path in args.inputs:
        if not path.removesuffix(".gz").endswith((".jsonl", ".json")):
            return fail(f"{path}: the dask engine reads .jsonl and .jsonl.gz files only")

    from newsclean.integrations import dask as ncdask

    t0 = time.perf_counter()
    try:
        with ncdask.connect(args.scheduler, local_workers(args)) as client:
            threads = sum(client.nthreads().values())
            blocksize = ncdask.auto_blocksize(args.inputs, threads)
            bag = ncdask.read_jsonl(
                args.inputs, blocksize=blocksize, id_key=args.id_key, text_key=args.text_key
            )
            unique, clusters = ncdask.dedupe(
                bag, config=cfg, keep=args.keep, text_key=args.text_key, id_key=args.id_key
            )
            t_dedupe = time.perf_counter() - t0
            n_out = out.write(_iter_bag(client, unique))
            parts = client.gather(client.compute(clusters.to_delayed(optimize_graph=False)))
            n_clusters = sum(len(p) for p in parts)
            dropped = sum(len(c.members) - 1 for p in parts for c in p)
            if clusters_out is not None:
                merged = heapq.merge(*parts, key=lambda c: c.id)
                clusters_out.write(c.to_dict() for c in merged)
            out.commit()  # only now: a failed run leaves every output as it was
            if clusters_out is not None:
                clusters_out.commit()
            workers = len(client.scheduler_info()["workers"])
    except (InputError, OSError, ValueError) as e:
        return fail(str(e))
    print(
        f"newsclean dedupe: {n_out + dropped} records from {len(args.inputs)} input(s); "
        f"{dropped} duplicates dropped in {n_clusters} clusters; {n_out} kept -> {args.output}",
        file=sys.stderr,
    )
    print(
        f"newsclean dedupe: {time.perf_counter() - t0:.1f} s on dask ({workers} workers; "
        f"signatures to components {t_dedupe:.1f} s)",
        file=sys.stderr,
    )
    return EXIT_OK


def _iter_bag(client: Any, bag: Any, ahead: int = 4) -> Iterator[Any]:
    """Items of a Bag in order, a few partitions computed ahead: the driver holds one at a time."""
    parts = bag.to_delayed(optimize_graph=False)
    futures = [client.compute(p) for p in parts[:ahead]]
    for i in range(len(parts)):
        if i + ahead < len(parts):
            futures.append(client.compute(parts[i + ahead]))
        fut = futures[i]
        futures[i] = None
        yield from fut.result()
