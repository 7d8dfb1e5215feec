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

import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import dask.bag as db
from dask.base import persist
from dask.delayed import Delayed, delayed

from newsclean.config import Config
from newsclean.engine import Cleaner

__all__ = ["REPORT_KEY", "clean", "connected_components", "shuffle", "stable_bucket"]

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
) -> Any:
    """Clean every record of a Dask Bag of dicts (or a Dask DataFrame); lazy, returns the same kind.

    A map over partitions with one pickled :class:`~newsclean.Cleaner` per task. With
    ``report_key`` (default ``"newsclean"``) each record carries its removal report under
    ``record["metadata"][report_key]``, so the report travels with the record.
    """
    cleaner = config if isinstance(config, Cleaner) else Cleaner(config or Config())
    kw = {"text_key": text_key, "title_key": title_key, "report_key": report_key}
    if isinstance(data, db.Bag):
        return data.map_partitions(_clean_partition, cleaner, kw)
    if hasattr(data, "to_bag") and hasattr(data, "columns"):
        # A Dask DataFrame: clean row dicts and rebuild a frame (metadata becomes an object column).
        bag = data.to_bag(format="dict").map_partitions(_clean_partition, cleaner, kw)
        return bag.to_dataframe()
    raise TypeError(f"expected a dask Bag or DataFrame, got {type(data).__name__}")


def _clean_partition(
    records: Iterable[Mapping[str, Any]], cleaner: Cleaner, kw: dict[str, Any]
) -> list[dict[str, Any]]:
    return list(cleaner.map_records(records, **kw))


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
    return [
        delayed(_concat, pure=True)(*[s[j] for s in splits]) for j in range(npartitions)
    ]


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
