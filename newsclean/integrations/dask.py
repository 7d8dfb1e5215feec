"""Run newsclean on Dask: clean and deduplicate corpora larger than one machine.

Optional: needs ``pip install "newsclean[dask]"``. The core never imports this module.

>>> from newsclean.integrations import dask as ncdask          # doctest: +SKIP
>>> cleaned = ncdask.clean(bag, config)                        # doctest: +SKIP
>>> unique, clusters = ncdask.dedupe(cleaned, threshold=0.8)   # doctest: +SKIP

Everything here is built from the same picklable pieces the single-machine code uses
(:class:`newsclean.Cleaner` and the staged functions of :mod:`newsclean.corpus.dedup`); this
module only decides where data moves. Data moves between partitions by a hash shuffle keyed with
a *stable* hash (blake2b of ``repr``), never Python's ``hash()``, so every worker process routes a
key the same way and a retried task produces the same output.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from types import TracebackType
from typing import Any, TypeVar

import dask.bag as db
from dask.base import persist
from dask.delayed import Delayed, delayed
from distributed.diagnostics.plugin import WorkerPlugin

from newsclean.config import Config
from newsclean.engine import Cleaner, InputError

__all__ = [
    "REPORT_KEY",
    "ClusterExecutor",
    "auto_blocksize",
    "clean",
    "connect",
    "connected_components",
    "dedupe",
    "default_shuffle_partitions",
    "read_jsonl",
    "shuffle",
    "stable_bucket",
]

T = TypeVar("T")
Node = Any  # record ids: anything totally ordered and with a stable repr (str, int)
Edge = tuple[Node, Node]

#: Default metadata key under which :func:`clean` stores each record's removal report.
REPORT_KEY = "newsclean"


# -- cleaning -------------------------------------------------------------------------------
def clean(
    data: Any,
    config: Config | Cleaner | None = None,
    *,
    text_key: str = "text",
    title_key: str = "title",
    report_key: str | None = REPORT_KEY,
    id_key: str = "id",
) -> Any:
    """Clean every record of a Dask Bag of dicts (or a Dask DataFrame); lazy, returns the same kind.

    A map over partitions with one pickled :class:`~newsclean.Cleaner` per task. With
    ``report_key`` (default ``"newsclean"``) each record carries its removal report under
    ``record["metadata"][report_key]``, so the report travels with the record. A record whose
    ``text_key`` is missing or not a string raises :class:`~newsclean.InputError` naming the
    record by its ``id_key`` (else by its position in its partition).
    """
    cleaner = config if isinstance(config, Cleaner) else Cleaner(config or Config())
    kw = {"text_key": text_key, "title_key": title_key, "report_key": report_key}
    if isinstance(data, db.Bag):
        return data.map_partitions(_clean_partition, cleaner, kw, id_key)
    if hasattr(data, "to_bag") and hasattr(data, "columns"):
        # A Dask DataFrame: clean row dicts and rebuild a frame (metadata becomes an object column).
        bag = data.to_bag(format="dict").map_partitions(_clean_partition, cleaner, kw, id_key)
        return bag.to_dataframe()
    raise TypeError(f"expected a dask Bag or DataFrame, got {type(data).__name__}")


def _clean_partition(
    records: Iterable[Mapping[str, Any]], cleaner: Cleaner, kw: dict[str, Any], id_key: str
) -> list[dict[str, Any]]:
    out = []
    text_key = kw["text_key"]
    for i, rec in enumerate(records, 1):
        text = rec.get(text_key)
        if not isinstance(text, str):
            # Checked here, where the record is known: the engine can only name the field.
            rid = rec.get(id_key)
            who = repr(rid) if isinstance(rid, (str, int)) else f"{i} of its partition"
            what = "missing" if text_key not in rec else "not a string"
            raise InputError(f"record {who}: field {text_key!r} is {what}")
        out.append(cleaner.clean_record(rec, **kw))
    return out


# -- shuffle --------------------------------------------------------------------------------
def stable_bucket(key: Hashable, n: int) -> int:
    """Bucket of ``key`` among ``n``, equal in every process (unlike ``hash(str)``)."""
    digest = hashlib.blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little") % n


def _split(part: Iterable[T], key: Callable[[T], Hashable], n: int) -> tuple[list[T], ...]:
    out: tuple[list[T], ...] = tuple([] for _ in range(n))
    for x in part:
        out[stable_bucket(key(x), n)].append(x)
    return out


def _split_by_index(part: Iterable[T], index: Callable[[T], int], n: int) -> tuple[list[T], ...]:
    out: tuple[list[T], ...] = tuple([] for _ in range(n))
    for x in part:
        out[index(x)].append(x)
    return out


def _concat(*chunks: list[T]) -> list[T]:
    return [x for c in chunks for x in c]


def shuffle(
    parts: Sequence[Delayed],
    key: Callable[[Any], Hashable],
    npartitions: int,
    *,
    by_index: bool = False,
) -> list[Delayed]:
    """All-to-all shuffle of delayed list partitions: items with equal ``key`` meet in one output.

    ``key`` must be picklable (a module-level function or a ``functools.partial``). With
    ``by_index`` the key *is* the output partition number (used to route items home).
    Tasks are pure: a task re-run after a worker died produces the same partition.
    """
    splitter = _split_by_index if by_index else _split
    splits = [delayed(splitter, nout=npartitions, pure=True)(p, key, npartitions) for p in parts]
    return [delayed(_concat, pure=True)(*[s[j] for s in splits]) for j in range(npartitions)]


def _first(x: Sequence[Any]) -> Any:
    return x[0]


# -- connected components -------------------------------------------------------------------
def _directed(part: Iterable[Sequence[Node]]) -> list[Edge]:
    out: list[Edge] = []
    for e in part:
        u, v = e[0], e[1]
        if u != v:
            out.append((u, v))
            out.append((v, u))
    return out


def _neighbours(part: Iterable[Edge]) -> dict[Node, set[Node]]:
    nb: dict[Node, set[Node]] = defaultdict(set)
    for u, v in part:
        nb[u].add(v)
    return nb


def _large_star(part: Iterable[Edge]) -> tuple[list[Edge], int]:
    """Connect every larger neighbour of ``u`` to the minimum of ``u``'s closed neighbourhood.

    Counts nodes whose edges this changes (a node with a larger neighbour that is not the
    minimum of its neighbourhood); zero means the edge set came out unchanged.
    """
    out: list[Edge] = []
    changed = 0
    for u, nbrs in _neighbours(part).items():
        m = min(nbrs)
        m = u if u < m else m
        larger = [v for v in nbrs if v > u]
        if larger and m != u:
            changed += 1
        out.extend((m, v) for v in larger)
    return out, changed


def _small_star(part: Iterable[Edge]) -> tuple[list[Edge], int]:
    """Connect ``u`` and its smaller neighbours to the minimum of them.

    Changes the edge set at nodes with two or more smaller neighbours.
    """
    out: list[Edge] = []
    changed = 0
    for u, nbrs in _neighbours(part).items():
        smaller = [v for v in nbrs if v < u]
        if not smaller:
            continue
        m = min(smaller)
        if len(smaller) > 1:
            changed += 1
        out.extend((m, v) for v in smaller if v != m)
        out.append((m, u))
    return out, changed


def _star_round(
    edge_parts: Sequence[Delayed], step: Callable[[Iterable[Edge]], tuple[list[Edge], int]], n: int
) -> tuple[list[Delayed], Delayed]:
    directed = [delayed(_directed, pure=True)(p) for p in edge_parts]
    grouped = shuffle(directed, _first, n)
    stepped = [delayed(step, nout=2, pure=True)(p) for p in grouped]
    return [s[0] for s in stepped], delayed(sum, pure=True)([s[1] for s in stepped])


def connected_components(
    edge_parts: Sequence[Delayed], npartitions: int | None = None, *, max_rounds: int = 200
) -> list[Delayed]:
    """Label every node that has an edge with the smallest node of its connected component.

    ``edge_parts`` are delayed lists of ``(u, v)`` pairs (extra fields are ignored). Returns
    persisted delayed lists of ``(node, root)``, one per node, roots included as ``(r, r)``.

    Alternating large-star / small-star rounds (Kiveris et al., "Connected Components in
    MapReduce and Beyond", SoCC 2014): each round is one shuffle of the edge list, the number of
    rounds grows like log² of the component size (not its diameter, as plain min-label
    propagation does), and the driver only sees one integer per round: how many nodes changed.
    When a large-star and the following small-star both change nothing, every component is a
    star around its minimum node.
    """
    n = npartitions or max(1, len(edge_parts))
    edges: list[Delayed] = list(edge_parts)
    for _ in range(max_rounds):
        edges, c_large = _star_round(edges, _large_star, n)
        edges, c_small = _star_round(edges, _small_star, n)
        *persisted, counts = persist(*edges, delayed(_pair, pure=True)(c_large, c_small))
        edges = list(persisted)
        large, small = counts.compute()
        if large == 0 and small == 0:
            break
    else:  # pragma: no cover - the algorithm provably converges far sooner
        raise RuntimeError(f"connected components did not converge in {max_rounds} rounds")
    labels = shuffle([delayed(_star_labels, pure=True)(p) for p in edges], _first, n)
    return list(persist(*[delayed(_distinct_sorted, pure=True)(p) for p in labels]))


def _pair(a: int, b: int) -> tuple[int, int]:
    return a, b


def _star_labels(part: Iterable[Edge]) -> list[Edge]:
    """Converged star edges ``(root, leaf)`` -> ``(leaf, root)`` and ``(root, root)`` labels."""
    out: list[Edge] = []
    for root, leaf in part:
        out.append((leaf, root))
        out.append((root, root))
    return out


def _distinct_sorted(part: Iterable[Hashable]) -> list[Any]:
    return sorted(set(part))


# -- deduplication --------------------------------------------------------------------------
# Rows that travel through the shuffles, all plain tuples of picklable values:
#   node  = (id, exact, shingles, length, order, keep_fields, (partition, index), bands)
#   entry = ((band, band_hash), id)                 -- one per LSH band of a representative
#   pair  = (a, b) with a < b                       -- a candidate pair
#   edge  = (a, b, jaccard)                         -- a verified pair
# A node carries its shingle fingerprints and band hashes as bytes, not numpy arrays: Dask
# sends every numpy array of a message as a frame of its own, and thousands of small frames
# per partition made the shuffles several times slower than the signing itself.
_ID, _EXACT, _SHINGLES, _LENGTH, _ORDER, _FIELDS, _POS, _BANDS = range(8)


def dedupe(
    records: Any,
    threshold: float | None = None,
    *,
    text_key: str = "text",
    id_key: str = "id",
    keep: str = "first",
    config: Any = None,
    npartitions: int | None = None,
    **cfg_fields: Any,
) -> tuple[Any, Any]:
    """Near-duplicate detection on a Dask Bag of records: ``(unique, clusters)``, both Bags.

    Arguments and answer are those of :func:`newsclean.corpus.dedup.find_duplicates` and
    :func:`~newsclean.corpus.dedup.unique`: ``clusters`` holds equal
    :class:`~newsclean.corpus.dedup.Cluster` objects (sorted by id within each partition; sort
    the computed list for the global order) and ``unique`` keeps one record per cluster, in
    input order. ``npartitions`` sets the partitions of the shuffles (default:
    :func:`default_shuffle_partitions`).

    Signatures, candidate pairs, verified edges and components are computed here and persisted
    on the cluster; the driver receives only per-partition record counts and one change count
    per components round. The two returned Bags are lazy. The input Bag is evaluated twice
    (to sign, then to emit the unique records): ``persist()`` it first if it is expensive to
    recompute, e.g. the output of :func:`clean`.
    """
    from newsclean.corpus import dedup as dd

    dd.parse_keep(keep)  # a bad policy fails here, not inside a task
    base = config or dd.DedupConfig()
    changes = dict(cfg_fields, **({} if threshold is None else {"threshold": threshold}))
    cfg = base.replace(**changes) if changes else base
    rec_parts = records.to_delayed(optimize_graph=False)
    n_in = len(rec_parts)
    n = npartitions or default_shuffle_partitions(n_in)
    keep_field = dd.parse_keep(keep)[1]

    # 1. Sign each partition. A record without an id is named by its global position, which
    #    needs the partition sizes: the first (small) summary the driver sees.
    signed = list(
        persist(
            *[
                delayed(_sign_partition, pure=True)(p, i, cfg, text_key, id_key, keep_field)
                for i, p in enumerate(rec_parts)
            ]
        )
    )
    sizes = _compute_small([delayed(len, pure=True)(p) for p in signed])
    offsets = [sum(sizes[:i]) for i in range(n_in)]
    nodes = [delayed(_set_order, pure=True)(p, off) for p, off in zip(signed, offsets, strict=True)]
    # Node rows partitioned by id: a join with anything shuffled by id is a zip of partitions.
    by_id = list(persist(*shuffle(nodes, _first, n)))
    _check_unique_ids(by_id)

    # 2. Exact copies are joined directly (as the single-machine driver does); only one
    #    representative per exact text goes on to banding, so k copies cost k edges, not k².
    slim = [delayed(_exact_rows, pure=True)(p) for p in nodes]
    exact = [delayed(_exact_groups, pure=True)(p) for p in shuffle(slim, _second, n)]
    exact_edges = [delayed(_second, pure=True)(p) for p in exact]
    reps = [delayed(_first, pure=True)(p) for p in exact]

    # 3. Candidate pairs: shuffle band entries on (band, hash), pair up each bucket, dedupe.
    entries = [delayed(_band_entries, pure=True)(p) for p in reps]
    pairs = [delayed(_bucket_pairs, pure=True)(p) for p in shuffle(entries, _first, n)]
    pairs = [delayed(_distinct_sorted, pure=True)(p) for p in shuffle(pairs, _identity, n)]

    # 4. Verify: take each pair to a's signature, then to b's, and compare there.
    half = [
        delayed(_attach_first, pure=True)(p, s)
        for p, s in zip(shuffle(pairs, _first, n), by_id, strict=True)
    ]
    edges = [
        delayed(_verify_pairs, pure=True)(p, s, e, cfg)
        for p, s, e in zip(shuffle(half, _second, n), by_id, exact_edges, strict=True)
    ]

    # 5. Components over verified edges; 6. one Cluster per component, built where it lives.
    edges = list(persist(*edges))
    # Only by_id is needed from here on: dropping the driver's references lets the cluster free
    # the signed partitions (about the size of the text); the scheduler keeps their lineage,
    # so a lost edge partition can still be recomputed.
    del signed, nodes, slim, exact, exact_edges, reps, entries, pairs, half
    labels = connected_components(edges, n)
    members = [
        delayed(_label_nodes, pure=True)(lab, s) for lab, s in zip(labels, by_id, strict=True)
    ]
    clusters = list(
        persist(
            *[delayed(_build_clusters, pure=True)(p, keep) for p in shuffle(members, _first, n)]
        )
    )

    # 7. Send each dropped record's position home to its input partition and filter there.
    dropped = shuffle(
        [delayed(_dropped_positions, pure=True)(c) for c in clusters], _first, n_in, by_index=True
    )
    kept = [
        delayed(_filter_partition, pure=True)(p, d) for p, d in zip(rec_parts, dropped, strict=True)
    ]
    return db.from_delayed(kept), db.from_delayed(
        [delayed(_clusters_only, pure=True)(c) for c in clusters]
    )


def default_shuffle_partitions(n_in: int) -> int:
    """Shuffle partitions: a quarter of the input partitions, at least one per worker thread.

    Each shuffle costs ``n_in * n`` small tasks, and every round trip to the scheduler counts,
    so fewer, larger shuffle partitions are faster as long as they fit in worker memory: a
    shuffle partition holds about ``corpus bytes / n`` of node rows (shingle fingerprints).
    """
    threads = 0
    with contextlib.suppress(ImportError, ValueError):
        from distributed import default_client

        threads = sum(default_client().nthreads().values())
    if not threads:
        return n_in
    return max(1, min(n_in, max(n_in // 4, threads)))


def _compute_small(parts: Sequence[Delayed]) -> list[Any]:
    """Compute a list of small delayed values (one per partition) in one scheduler call."""
    from dask.base import compute

    return list(compute(*parts))


def _identity(x: T) -> T:
    return x


def _second(x: Sequence[Any]) -> Any:
    return x[1]


def _signature(row: Sequence[Any]) -> Any:
    """The :class:`Signature` of a node row, for ``verify``/``jaccard`` (no MinHash needed)."""
    import numpy as np

    from newsclean.corpus import dedup as dd

    shingles = np.frombuffer(row[_SHINGLES], dtype=np.uint32)
    return dd.Signature(row[_ID], row[_EXACT], shingles[:0], shingles, row[_LENGTH])


def _sign_partition(
    records: Iterable[Mapping[str, Any]],
    part: int,
    cfg: Any,
    text_key: str,
    id_key: str,
    keep_field: str | None,
) -> list[tuple[Any, ...]]:
    from newsclean.corpus import dedup as dd

    recs = list(records)
    # Position 0-based within the partition for now; _set_order makes it global.
    sigs = dd.signatures(recs, cfg, text_key=text_key, id_key=id_key, first_position=0)
    bands = dd.band_matrix(sigs, cfg)
    out = []
    for i, (rec, sig) in enumerate(zip(recs, sigs, strict=True)):
        fields = {keep_field: rec[keep_field]} if keep_field and keep_field in rec else {}
        row = (sig.id, sig.exact, sig.shingles.tobytes(), sig.length, i, fields, (part, i))
        out.append((*row, bands[i].tobytes(), _has_no_id(rec, id_key)))
    return out


def _has_no_id(rec: Mapping[str, Any], id_key: str) -> bool:
    from newsclean.corpus import dedup as dd

    try:
        dd.record_id(rec, id_key, None)
    except InputError:
        return True
    return False


def _set_order(part: list[tuple[Any, ...]], offset: int) -> list[tuple[Any, ...]]:
    """Signed rows -> node rows: global input order, and global positions as missing ids."""
    out = []
    for *row, positional in part:
        order = offset + row[_ORDER]
        sid = str(order) if positional else row[_ID]  # as find_duplicates names them
        out.append((sid, *row[_EXACT:_ORDER], order, *row[_ORDER + 1 :]))
    return out


def _check_unique_ids(by_id: Sequence[Delayed]) -> None:
    dups = _compute_small([delayed(_duplicate_ids, pure=True)(p) for p in by_id])
    found = sorted(x for d in dups for x in d)
    if found:
        raise InputError(f"duplicate record id {found[0]!r}")


def _duplicate_ids(part: Iterable[tuple[Any, ...]]) -> list[Any]:
    seen: set[Any] = set()
    dups: set[Any] = set()
    for row in part:
        (dups if row[_ID] in seen else seen).add(row[_ID])
    return sorted(dups)[:1]


def _exact_rows(part: Iterable[tuple[Any, ...]]) -> list[tuple[Any, bytes, bytes]]:
    """``(id, exact, bands)`` of each text with words (texts without are never duplicates)."""
    return [(r[_ID], r[_EXACT], r[_BANDS]) for r in part if r[_SHINGLES]]


def _exact_groups(part: Iterable[tuple[Any, bytes, bytes]]) -> tuple[list[Any], list[Any]]:
    """Per exact text: its representative (smallest id) and edges joining the copies to it."""
    groups: dict[bytes, list[tuple[Any, bytes, bytes]]] = defaultdict(list)
    for row in part:
        groups[row[1]].append(row)
    reps: list[Any] = []
    edges: list[Any] = []
    for rows in groups.values():
        rows.sort(key=_first)
        reps.append(rows[0])
        edges.extend((rows[0][0], r[0], 1.0) for r in rows[1:])
    return reps, edges


def _band_entries(reps: Iterable[tuple[Any, bytes, bytes]]) -> list[tuple[tuple[int, int], Any]]:
    import numpy as np

    out: list[tuple[tuple[int, int], Any]] = []
    for sid, _, bands in reps:
        hashes = np.frombuffer(bands, dtype=np.uint64).tolist()
        out.extend(((j, h), sid) for j, h in enumerate(hashes))
    return out


def _bucket_pairs(part: Iterable[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    from newsclean.corpus import dedup as dd

    buckets: dict[Any, list[Any]] = defaultdict(list)
    for key, sid in part:
        buckets[key].append(sid)
    out: list[tuple[Any, Any]] = []
    for ids in buckets.values():
        if len(ids) > 1:
            out.extend(dd.candidate_pairs(ids))
    return out


def _attach_first(pairs: Iterable[tuple[Any, Any]], nodes: Iterable[tuple[Any, ...]]) -> list[Any]:
    row = {r[_ID]: r for r in nodes}
    return [((a, row[a][_EXACT], row[a][_SHINGLES], row[a][_LENGTH]), b) for a, b in pairs]


def _verify_pairs(
    half: Iterable[tuple[Any, Any]],
    nodes: Iterable[tuple[Any, ...]],
    exact_edges: list[Any],
    cfg: Any,
) -> list[tuple[Any, Any, float]]:
    from newsclean.corpus import dedup as dd

    row = {r[_ID]: r for r in nodes}
    out: list[tuple[Any, Any, float]] = list(exact_edges)
    for a, b in half:
        score = dd.verify(_signature(a), _signature(row[b]), cfg)
        if score is not None:
            out.append((a[_ID], b, score))
    return out


def _label_nodes(labels: Iterable[Edge], nodes: Iterable[tuple[Any, ...]]) -> list[Any]:
    """Join ``(node, root)`` labels with the node rows of the same (id-keyed) partition."""
    row = {r[_ID]: r[:_BANDS] for r in nodes}
    return [(root, row[node]) for node, root in labels]


def _build_clusters(part: Iterable[tuple[Any, Any]], keep: str) -> list[Any]:
    """One Cluster per root, exactly as the single-machine driver builds it."""
    from newsclean.corpus import dedup as dd

    groups: dict[Any, list[tuple[Any, ...]]] = defaultdict(list)
    for root, row in part:
        groups[root].append(row)
    out = []
    for root in sorted(groups):
        rows = sorted(groups[root], key=_first)
        members = [dd.Member(r[_ID], r[_ORDER], r[_LENGTH], r[_FIELDS]) for r in rows]
        kept, reason = dd.choose_with_reason(members, keep)
        sigs = {r[_ID]: _signature(r) for r in rows}
        similarity = {m: dd.jaccard(sigs[kept.id], sig) for m, sig in sigs.items()}
        similarity[kept.id] = 1.0
        cl = dd.Cluster(root, tuple(sigs), kept.id, similarity, reason)
        out.append((cl, [r[_POS] for r in rows if r[_ID] != kept.id]))
    return out


def _dropped_positions(part: Iterable[tuple[Any, list[tuple[int, int]]]]) -> list[tuple[int, int]]:
    return [pos for _, positions in part for pos in positions]


def _filter_partition(
    records: Iterable[dict[str, Any]], dropped: Iterable[tuple[int, int]]
) -> list[dict[str, Any]]:
    drop = {i for _, i in dropped}
    return [r for i, r in enumerate(records) if i not in drop]


def _clusters_only(part: Iterable[tuple[Any, Any]]) -> list[Any]:
    return [cl for cl, _ in part]


# -- reading JSONL, connecting --------------------------------------------------------------
#: Default bytes per partition when reading uncompressed JSONL (see docs/scaling.md).
BLOCKSIZE = 64 * 2**20


def read_jsonl(
    paths: str | Sequence[str],
    *,
    blocksize: int = BLOCKSIZE,
    id_key: str = "id",
    text_key: str | None = None,
) -> Any:
    """A Bag of the records of local (or shared-filesystem) ``.jsonl``/``.jsonl.gz`` files.

    Records are exactly those ``newsclean dedupe`` reads on one machine, in the same order:
    blank lines skipped, a record without ``id_key`` named ``"<path>:<line>"``, and a line that
    is not a JSON object (or, with ``text_key``, a record whose ``text_key`` is missing or not a
    string) raises :class:`~newsclean.InputError` naming file and line. Plain files
    are split into ``blocksize`` byte ranges at line boundaries (line numbers come from a
    newline count of the earlier ranges, one cheap pass); a ``.gz`` file is one partition.
    """
    paths = [paths] if isinstance(paths, str) else list(paths)
    blocks: list[tuple[str, int, int]] = []
    for path in paths:
        name = path.removesuffix(".gz")
        if not (name.endswith(".jsonl") or name.endswith(".json")):
            raise InputError(f"{path}: the dask engine reads .jsonl and .jsonl.gz files only")
        try:
            size = os.path.getsize(path)
        except OSError as e:
            raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
        if path.endswith(".gz"):
            blocks.append((path, 0, -1))
        else:
            blocks.extend((path, lo, min(lo + blocksize, size)) for lo in range(0, size, blocksize))
            if size == 0:
                blocks.append((path, 0, 0))
    counts = [delayed(_count_newlines, pure=True)(p, lo, hi) for p, lo, hi in blocks]
    newlines = _compute_small(counts)
    parts = []
    before: dict[str, int] = {}
    for (path, lo, hi), n in zip(blocks, newlines, strict=True):
        parts.append(
            delayed(_read_block, pure=True)(path, lo, hi, before.get(path, 0), id_key, text_key)
        )
        before[path] = before.get(path, 0) + n
    return db.from_delayed(parts)


def _count_newlines(path: str, lo: int, hi: int) -> int:
    if hi < 0:
        return 0  # a whole .gz file: nothing comes after it
    with open(path, "rb") as f:
        f.seek(lo)
        n, left = 0, hi - lo
        while left > 0:
            buf = f.read(min(left, 2**24))
            if not buf:
                break
            n += buf.count(b"\n")
            left -= len(buf)
    return n


def _block_lines(path: str, lo: int, hi: int, newlines_before: int) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` for the lines that start in ``[lo, hi)`` (all for ``hi < 0``)."""
    if hi < 0:
        with gzip.open(path, "rb") as g:
            yield from enumerate(g, 1)
        return
    with open(path, "rb") as f:
        lineno = newlines_before + 1
        if lo > 0:
            f.seek(lo - 1)
            if f.read(1) != b"\n":
                f.readline()  # the line started in the previous block
                lineno += 1
        pos = f.tell()
        while pos < hi:
            line = f.readline()
            if not line:
                break
            yield lineno, line
            lineno += 1
            pos += len(line)


def _read_block(
    path: str, lo: int, hi: int, newlines_before: int, id_key: str, text_key: str | None = None
) -> list[Any]:
    # Same records and errors as newsclean.corpus.reader.read_records (one shared parser).
    from newsclean.corpus.reader import parse_record

    out: list[dict[str, Any]] = []
    try:
        for lineno, raw in _block_lines(path, lo, hi, newlines_before):
            rec = parse_record(path, lineno, raw.decode("utf-8"), id_key, text_key)
            if rec is not None:
                out.append(rec)
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text ({e.reason})") from e
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        raise InputError(f"{path}: cannot read: {getattr(e, 'strerror', None) or e}") from e
    return out


#: Worker settings :func:`connect` uses for a local cluster, measured on signing (numpy) and
#: cleaning (pure Python): the statistical profiler costs 20-30% CPU, and Dask's default
#: ``MALLOC_TRIM_THRESHOLD_=65536`` (removed from the worker environment) makes every large
#: numpy temporary a fresh mmap, 2.5-3x the CPU time of MinHash signing.
TUNING: dict[str, Any] = {"distributed.worker.profile.enabled": False}


class _QuietInputErrors(logging.Filter):
    """Drops a worker's "Compute Failed" log (task key, traceback) for an InputError.

    Bad input (a malformed line, a record without text) fails a task on purpose; the client
    receives the InputError, which names the file and line, and reports it. On a local
    cluster the workers share the user's terminal, where the worker's copy would put a
    traceback before that one line. Every other failure is still logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        return not (
            str(record.msg).startswith("Compute Failed")
            and len(args) > 3
            and str(args[3]).startswith(f"{InputError.__name__}(")
        )


class QuietInputErrorsPlugin(WorkerPlugin):
    """Worker plugin installing :class:`_QuietInputErrors` (on workers that restart too)."""

    name = "newsclean-quiet-input-errors"

    def setup(self, worker: Any) -> None:
        log = logging.getLogger("distributed.worker")
        if not any(isinstance(f, _QuietInputErrors) for f in log.filters):
            log.addFilter(_QuietInputErrors())


@contextmanager
def connect(scheduler: str | None = None, n_workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` if given, else to a new local cluster.

    The local cluster has ``n_workers`` processes (default: one per CPU) of one thread each,
    since cleaning and signing are pure-Python work that holds the GIL. See :data:`TUNING` for
    the two worker settings changed from Dask's defaults (set them on a remote cluster too).
    Its workers do not log the tasks that bad input fails (:class:`QuietInputErrorsPlugin`):
    the InputError itself reaches the caller. A remote cluster's logging is left alone.
    """
    import dask.config
    import distributed

    if scheduler:
        with distributed.Client(scheduler) as client:
            yield client
        return
    env = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    env.pop("MALLOC_TRIM_THRESHOLD_", None)
    with (
        dask.config.set({**TUNING, "distributed.nanny.pre-spawn-environ": env}),
        distributed.LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # No dashboard, but the scheduler still serves HTTP (health, metrics): on a free
            # port, not Dask's default 8787, which another cluster here may hold (a warning).
            scheduler_kwargs={"dashboard_address": ":0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.register_plugin(QuietInputErrorsPlugin())
        yield client


def auto_blocksize(paths: Sequence[str], threads: int, per_thread: int = 4) -> int:
    """Bytes per partition: about ``per_thread`` partitions per worker thread, 1-64 MB each.

    Small inputs then still spread over every worker, and large ones stay in 64 MB pieces
    (a partition's records, parsed, take roughly 2-4x its bytes in worker memory).
    """
    total = 0
    for p in paths:
        with contextlib.suppress(OSError):
            total += os.path.getsize(p)
    want = total // max(1, threads * per_thread) + 1
    return max(2**20, min(BLOCKSIZE, want))


class ClusterExecutor:
    """Context manager giving a ``concurrent.futures.Executor`` that runs on a Dask cluster.

    For code written against executors (``newsclean format``): ``with ClusterExecutor(addr) as
    ex: ex.submit(...)``. ``threads`` is the cluster's total worker threads once entered.
    """

    def __init__(self, scheduler: str | None = None, n_workers: int | None = None) -> None:
        self.scheduler = scheduler
        self.n_workers = n_workers
        self.threads = 1
        self._cm: Any = None

    def __enter__(self) -> Executor:
        self._cm = connect(self.scheduler, self.n_workers)
        client = self._cm.__enter__()
        self.threads = max(1, sum(client.nthreads().values()))
        return client.get_executor(pure=False)  # type: ignore[no-any-return]

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        cm, self._cm = self._cm, None
        if cm is not None:
            cm.__exit__(exc_type, exc, tb)
