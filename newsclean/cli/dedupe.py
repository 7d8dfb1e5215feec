"""``newsclean dedupe``: drop exact and near-duplicate articles from a corpus.

Reads every input into memory as one batch (the --index database is what scales across
batches), signs the records (cleaning them first unless --no-clean), clusters, writes the kept
records, the clusters file and a summary on stderr.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import Any

from newsclean.cli._common import error
from newsclean.cli._engine import add_engine_options, dedupe_on_dask, engine_problem
from newsclean.corpus.dedup import (
    DedupConfig,
    Signature,
    dedupe_signatures,
    parse_keep,
    record_id,
    signatures,
)
from newsclean.corpus.index import CorpusIndex, IndexUnusable
from newsclean.corpus.reader import JsonlOutput, iter_records
from newsclean.engine import InputError

# Records per worker task with --jobs: large enough to amortise pickling.
_CHUNK = 256


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "dedupe",
        help="drop exact and near-duplicate articles",
        description="Find exact and near-duplicate articles (MinHash + LSH, verified by exact "
        "Jaccard similarity of word shingles) and keep one record per cluster.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl, .jsonl.gz, .txt or -")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="kept records")
    p.add_argument("--clusters", metavar="CLUSTERS.jsonl", help="write one line per cluster")
    p.add_argument("--threshold", type=float, default=0.8, help="Jaccard threshold (0.8)")
    p.add_argument(
        "--keep", default="first", help="first | longest | newest:<field> (default first)"
    )
    p.add_argument("--index", metavar="corpus.sqlite", help="check against, and add to, this index")
    p.add_argument("--jobs", type=int, default=1, help="processes for cleaning and signing")
    p.add_argument("--no-clean", action="store_true", help="sign the raw text, do not clean it")
    p.add_argument("--text-key", default="text")
    p.add_argument("--id-key", default="id")
    p.add_argument("--shingle-size", type=int, default=5, help="words per shingle (5)")
    p.add_argument("--num-perm", type=int, default=128, help="MinHash permutations (128)")
    p.add_argument("--bands", type=int, default=0, help="LSH bands (default: from threshold)")
    p.add_argument("--rows", type=int, default=0, help="rows per band (default: from threshold)")
    p.add_argument("--seed", type=int, default=1)
    add_engine_options(p)
    p.set_defaults(func=run)


def _sign_parallel(
    records: list[dict[str, Any]], cfg: DedupConfig, jobs: int, text_key: str, id_key: str
) -> list[Signature]:
    sign = partial(signatures, cfg=cfg, text_key=text_key, id_key=id_key)
    if jobs <= 1 or len(records) <= _CHUNK:
        return sign(records)
    chunks = [records[i : i + _CHUNK] for i in range(0, len(records), _CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return [s for part in pool.map(sign, chunks) for s in part]


def run(args: argparse.Namespace) -> int:
    from newsclean.cli.main import EXIT_ERROR

    t0 = time.perf_counter()
    try:
        parse_keep(args.keep)
        if args.jobs < 1:
            raise ValueError("--jobs must be >= 1")
        cfg = DedupConfig(
            shingle_size=args.shingle_size,
            num_perm=args.num_perm,
            bands=args.bands,
            rows=args.rows,
            threshold=args.threshold,
            seed=args.seed,
            clean=not args.no_clean,
        )
    except ValueError as e:
        # `command line` stands where clean and format put a path (see make_loader).
        error(f"command line: {_option_names(str(e))}")
        return EXIT_ERROR
    if problem := engine_problem(args):
        error(problem)  # the line `format` prints for the same options
        return EXIT_ERROR
    if clash := output_clash(args):
        error(clash)
        return EXIT_ERROR
    with ExitStack() as stack:
        try:
            outputs = open_outputs(args, stack)
        except OSError as e:
            error(str(e))
            return EXIT_ERROR
        if args.engine == "dask":
            return dedupe_on_dask(args, cfg, *outputs)
        return _run_local(args, cfg, *outputs, t0)


# DedupConfig names its fields; the user typed options.
_FIELDS = re.compile(r"\b(shingle_size|num_perm|threshold|bands|rows)\b")


def _option_names(message: str) -> str:
    """``message`` with DedupConfig's field names written as the options that set them.

    >>> _option_names("bands * rows must be <= num_perm (4 * 64 > 128)")
    '--bands * --rows must be <= --num-perm (4 * 64 > 128)'
    """
    return _FIELDS.sub(lambda m: "--" + m.group(1).replace("_", "-"), message)


def read_batch(paths: list[str], id_key: str, text_key: str) -> list[dict[str, Any]]:
    """Every record of ``paths``. InputError naming the file and line of a record whose id
    is unusable or already taken (ids key the clusters and the index)."""
    records: list[dict[str, Any]] = []
    first: dict[str, str] = {}
    for path in paths:
        for where, rec in iter_records(path, id_key=id_key, text_key=text_key):
            try:
                rid = record_id(rec, id_key, None)
            except InputError as e:
                raise InputError(f"{where}: {e}") from None
            if rid in first:
                raise InputError(f"{where}: duplicate record id {rid!r} (first at {first[rid]})")
            first[rid] = where
            records.append(rec)
    return records


def output_clash(args: argparse.Namespace) -> str | None:
    """Why the outputs (-o, --clusters, --index) cannot be written: one is an input, or two are
    the same file. None when they can. Found before anything is read or written."""
    sources = {Path(p).resolve(): p for p in args.inputs if p != "-"}
    claimed: dict[Path, str] = {}
    for option, path in (
        ("-o", args.output),
        ("--clusters", args.clusters),
        ("--index", args.index),
    ):
        if path is None:
            continue
        dest = Path(path).resolve()
        if dest in sources:
            return f"{path}: {option} would overwrite the input {sources[dest]}"
        if dest in claimed:
            return f"{path}: {claimed[dest]} and {option} name the same file"
        claimed[dest] = option
    return None


def open_outputs(
    args: argparse.Namespace, stack: ExitStack
) -> tuple[JsonlOutput, JsonlOutput | None]:
    """The -o and --clusters files, opened (as temporary files) before the run: a destination
    that cannot be written fails here, before any output exists. Discarded on leaving ``stack``
    unless committed."""
    out = JsonlOutput(args.output)
    stack.callback(out.discard)
    clusters = None
    if args.clusters:
        clusters = JsonlOutput(args.clusters)
        stack.callback(clusters.discard)
    return out, clusters


def _run_local(
    args: argparse.Namespace,
    cfg: DedupConfig,
    out: JsonlOutput,
    clusters_out: JsonlOutput | None,
    t0: float,
) -> int:
    from newsclean.cli.main import EXIT_ERROR, EXIT_OK

    index: CorpusIndex | None = None
    try:
        records = read_batch(args.inputs, args.id_key, args.text_key)
        sigs = _sign_parallel(records, cfg, args.jobs, args.text_key, args.id_key)
        t_sign = time.perf_counter() - t0
        if args.index:
            index = CorpusIndex(args.index, cfg)
            index.begin()  # the write lock is held from the comparison to the commit
        res = dedupe_signatures(sigs, cfg, keep=args.keep, records=records, index=index)
        batch = index.add(sigs, res) if index is not None else None
        n_out = out.write(r for r, k in zip(records, res.kept, strict=True) if k)
        if clusters_out is not None:
            clusters_out.write(c.to_dict() for c in res.clusters)
        out.commit()  # only now: a failed run leaves every output as it was
        if clusters_out is not None:
            clusters_out.commit()
        if index is not None:
            index.commit()  # after the outputs exist: a rerun after a kill gives the same output
            istats = index.stats()
    except (InputError, IndexUnusable, OSError) as e:
        error(str(e))
        return EXIT_ERROR
    finally:
        if index is not None:
            index.rollback()
            index.close()
    st = res.stats
    print(
        f"newsclean dedupe: {st['records']} records from {len(args.inputs)} input(s); "
        f"{st['dropped']} duplicates dropped in {st['clusters']} clusters "
        f"({st['exact']} exact copies, {st['verified']} verified near-duplicate edges of "
        f"{st['candidates'] + st['index_candidates']} candidates); {n_out} kept -> {args.output}",
        file=sys.stderr,
    )
    if args.index:
        print(
            f"newsclean dedupe: index {args.index}: batch {batch}, {istats['docs']} documents in "
            f"{istats['batches']} batches, {istats['bytes'] / 1e6:.1f} MB",
            file=sys.stderr,
        )
    print(
        f"newsclean dedupe: {time.perf_counter() - t0:.1f} s "
        f"(reading, {'cleaning and ' if cfg.clean else ''}signing {t_sign:.1f} s)",
        file=sys.stderr,
    )
    return EXIT_OK
