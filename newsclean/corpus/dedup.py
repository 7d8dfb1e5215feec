"""Near-duplicate detection in stages: sign, band, group, verify, cluster, choose, filter.

Each stage is a pure function over plain, picklable data so that a distributed engine can run
it anywhere (see docs/dedup.md); :func:`find_duplicates` and :func:`unique` tie them together on
one machine, and :func:`dedupe_signatures` is the shared driver (optionally against an index of
earlier batches).
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from dataclasses import replace as _dc_replace
from typing import Any, NamedTuple, Protocol

import numpy as np
import numpy.typing as npt

from newsclean.config import Config
from newsclean.corpus import lsh
from newsclean.corpus.cluster import UnionFind, cluster
from newsclean.corpus.hashing import U32, U64
from newsclean.corpus.minhash import minhash_batch, permutations
from newsclean.corpus.shingles import MAX_SHINGLE, PowerTable, shingle_fingerprints, word_hashes
from newsclean.engine import Cleaner, InputError

__all__ = [
    "Cluster",
    "DedupConfig",
    "DedupResult",
    "Member",
    "Signature",
    "band_keys",
    "band_matrix",
    "bucket_pairs",
    "candidate_pairs",
    "choose_kept",
    "cluster",
    "dedupe_signatures",
    "find_duplicates",
    "jaccard",
    "parse_keep",
    "sign_texts",
    "signature",
    "signatures",
    "unique",
    "verify",
]

# Documents signed per numpy batch inside signatures(): bounds the temporary arrays.
_SIGN_BATCH = 256


@dataclass(frozen=True)
class DedupConfig:
    """Parameters of the whole pipeline. Frozen, hashable and picklable.

    ``bands``/``rows`` of 0 are derived: both 0 -> from the threshold (:func:`lsh.choose_bands`),
    one given -> the other is ``num_perm // given``.
    """

    shingle_size: int = 5
    num_perm: int = 128
    bands: int = 0
    rows: int = 0
    threshold: float = 0.8
    seed: int = 1
    clean: bool = True
    cleaner: Config = field(default_factory=Config)

    def __post_init__(self) -> None:
        if not 1 <= self.shingle_size <= MAX_SHINGLE:
            raise ValueError(f"shingle_size must be 1..{MAX_SHINGLE}, got {self.shingle_size}")
        if not 1 <= self.num_perm <= 4096:
            raise ValueError(f"num_perm must be 1..4096, got {self.num_perm}")
        if not 0.0 < self.threshold <= 1.0 or math.isnan(self.threshold):
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if self.bands < 0 or self.rows < 0:
            raise ValueError("bands and rows must be >= 0")
        b, r = self.lsh
        if b < 1 or r < 1 or b * r > self.num_perm:
            raise ValueError(f"bands * rows must be <= num_perm ({b} * {r} > {self.num_perm})")

    @property
    def lsh(self) -> tuple[int, int]:
        """The ``(bands, rows)`` actually used."""
        if self.bands and self.rows:
            return self.bands, self.rows
        if self.rows:
            return self.num_perm // self.rows, self.rows
        if self.bands:
            return self.bands, self.num_perm // self.bands
        return lsh.choose_bands(self.threshold, self.num_perm)

    def replace(self, **changes: Any) -> DedupConfig:
        return _dc_replace(self, **changes)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def signature_params(self) -> dict[str, Any]:
        """What determines signatures and band keys (an index must be built with the same)."""
        b, r = self.lsh
        return {
            "shingle_size": self.shingle_size,
            "num_perm": self.num_perm,
            "bands": b,
            "rows": r,
            "seed": self.seed,
            "clean": self.clean,
            "cleaner": repr(self.cleaner) if self.clean else None,
            "hash_version": 2,
        }


class Signature(NamedTuple):
    """Everything the later stages need about one document."""

    id: str
    exact: bytes  # 16-byte blake2b of the normalised word sequence
    minhash: U32  # shape (num_perm,)
    shingles: U32  # sorted unique shingle fingerprints
    length: int  # characters of the signed (cleaned) text


class Member(NamedTuple):
    """A cluster member as :func:`choose_kept` sees it."""

    id: str
    order: int
    length: int
    record: Mapping[str, Any]


class Cluster(NamedTuple):
    id: str  # smallest member id
    members: tuple[str, ...]  # sorted
    kept: str
    similarity: dict[str, float]  # member -> exact Jaccard with the kept member
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "cluster": self.id,
            "kept": self.kept,
            "reason": self.reason,
            "members": [
                {"id": m, "similarity": round(self.similarity[m], 6)} for m in self.members
            ],
        }


# -- stage 1: signature ------------------------------------------------------------------------
def _record_id(record: Mapping[str, Any], id_key: str, position: int | None) -> str:
    value = record.get(id_key)
    if value is None or isinstance(value, (dict, list)):
        if position is None:
            raise InputError(f"record has no usable {id_key!r} field")
        return str(position)
    return str(value)


def _record_text(record: Mapping[str, Any], text_key: str, rid: str) -> str:
    text = record.get(text_key)
    if not isinstance(text, str):
        raise InputError(f"record {rid!r}: field {text_key!r} is missing or not a string")
    return text


def sign_texts(ids: Sequence[str], texts: Sequence[str], cfg: DedupConfig) -> list[Signature]:
    """Sign already prepared texts in numpy batches (no cleaning here)."""
    a, b = permutations(cfg.seed, cfg.num_perm)
    out: list[Signature] = []
    table = PowerTable()
    for lo in range(0, len(texts), _SIGN_BATCH):
        chunk = texts[lo : lo + _SIGN_BATCH]
        tokens = word_hashes(chunk, table)
        fps, off = shingle_fingerprints(tokens, cfg.shingle_size)
        mh = minhash_batch(fps, off, a, b)
        wo = tokens.word_offsets
        for d, text in enumerate(chunk):
            exact = hashlib.blake2b(
                tokens.hashes[wo[d] : wo[d + 1]].tobytes(), digest_size=16
            ).digest()
            out.append(Signature(ids[lo + d], exact, mh[d], fps[off[d] : off[d + 1]], len(text)))
    return out


def signatures(
    records: Iterable[Mapping[str, Any]],
    cfg: DedupConfig | None = None,
    *,
    text_key: str = "text",
    id_key: str = "id",
    first_position: int | None = None,
) -> list[Signature]:
    """Sign many records at once; element for element equal to :func:`signature`.

    With ``first_position`` a record without an id gets ``str(first_position + i)``.
    """
    cfg = cfg or DedupConfig()
    ids: list[str] = []
    texts: list[str] = []
    cleaner = Cleaner(cfg.cleaner) if cfg.clean else None
    for i, rec in enumerate(records):
        rid = _record_id(rec, id_key, None if first_position is None else first_position + i)
        text = _record_text(rec, text_key, rid)
        if cleaner is not None:
            title = rec.get("title")
            text = cleaner.clean(text, title=title if isinstance(title, str) else None)
        ids.append(rid)
        texts.append(text)
    return sign_texts(ids, texts, cfg)


def signature(
    record: Mapping[str, Any], cfg: DedupConfig, *, text_key: str = "text", id_key: str = "id"
) -> Signature:
    """Signature of one record (its ``id_key`` field is required)."""
    return signatures([record], cfg, text_key=text_key, id_key=id_key)[0]


# -- stage 2: band keys ------------------------------------------------------------------------
def band_matrix(sigs: Sequence[Signature], cfg: DedupConfig) -> U64:
    """Band hashes of many signatures, shape ``(len(sigs), bands)``."""
    b, r = cfg.lsh
    if not sigs:
        return np.empty((0, b), dtype=np.uint64)
    return lsh.band_hashes(np.stack([s.minhash for s in sigs]), b, r)


def band_keys(sig: Signature, cfg: DedupConfig) -> list[tuple[int, bytes]]:
    """``(band index, 8-byte band hash)`` for each band; ``[]`` for a text without words."""
    if len(sig.shingles) == 0:
        return []
    row = band_matrix([sig], cfg)[0]
    return [(j, int(h).to_bytes(8, "big")) for j, h in enumerate(row.tolist())]


# -- stage 3: candidates -----------------------------------------------------------------------
def candidate_pairs(bucket_members: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Every pair of distinct ids in one bucket, as ``(a, b)`` with ``a < b``, sorted."""
    ms = sorted(set(bucket_members))
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            yield a, b


def bucket_pairs(h: U64) -> npt.NDArray[np.int64]:
    """All candidate pairs of rows of a band-hash matrix, shape ``(m, 2)``, ``i < j``, unique
    and sorted: the same pairs as :func:`candidate_pairs` over every bucket, vectorised for
    the common bucket of two."""
    n = h.shape[0]
    keys: list[npt.NDArray[np.int64]] = []
    seen: set[tuple[int, ...]] = set()
    more: list[int] = []
    for j in range(h.shape[1]):
        col = h[:, j]
        order = np.argsort(col, kind="stable").astype(np.int64)
        s = col[order]
        if n < 2:
            break
        same = s[1:] == s[:-1]
        if not same.any():
            continue
        edges = np.flatnonzero(np.diff(np.concatenate(([0], same.view(np.int8), [0]))))
        lo, hi = edges[0::2], edges[1::2]  # run of equal keys: order[lo .. hi]
        two = hi - lo == 1
        a, b = order[lo[two]], order[hi[two]]
        keys.append(np.minimum(a, b) * n + np.maximum(a, b))
        for x, y in zip(lo[~two].tolist(), hi[~two].tolist(), strict=True):
            big = tuple(sorted(order[x : y + 1].tolist()))
            if big not in seen:  # the same bucket often recurs in many bands
                seen.add(big)
                more.extend(a * n + b for a, b in itertools.combinations(big, 2))
    if more:
        keys.append(np.array(more, dtype=np.int64))
    if not keys:
        return np.empty((0, 2), dtype=np.int64)
    u = np.sort(np.concatenate(keys))
    u = u[np.concatenate(([True], u[1:] != u[:-1]))]
    return np.stack([u // n, u % n], axis=1)


# -- stage 4: verify ---------------------------------------------------------------------------
def jaccard(a: Signature, b: Signature) -> float:
    """Exact Jaccard similarity of the two shingle-fingerprint sets (0.0 if both are empty)."""
    x, y = a.shingles, b.shingles
    if len(x) == 0 or len(y) == 0:
        return 0.0
    if a.exact == b.exact:
        return 1.0
    if len(x) > len(y):
        x, y = y, x
    pos = np.searchsorted(y, x)
    pos[pos == len(y)] = 0
    inter = int(np.count_nonzero(y[pos] == x))
    return inter / (len(x) + len(y) - inter)


def verify(sig_a: Signature, sig_b: Signature, cfg: DedupConfig) -> float | None:
    """The exact Jaccard similarity of a candidate pair, or None if below ``cfg.threshold``."""
    s = jaccard(sig_a, sig_b)
    return s if s >= cfg.threshold else None


# -- stage 6: choose the kept member -----------------------------------------------------------
def parse_keep(keep: str) -> tuple[str, str | None]:
    """``"first" | "longest" | "newest:<field>"`` -> (policy, field); ValueError otherwise."""
    if keep in ("first", "longest"):
        return keep, None
    if keep.startswith("newest:") and keep[len("newest:") :]:
        return "newest", keep[len("newest:") :]
    raise ValueError(f"--keep must be first, longest or newest:<field>, got {keep!r}")


def _newest_key(value: Any) -> tuple[int, Any]:
    # Missing < numbers < strings; ISO dates compare correctly as strings.
    if isinstance(value, bool) or value is None:
        return (0, 0)
    if isinstance(value, (int, float)) and not math.isnan(value):
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    return (0, 0)


def _choose(members: Sequence[Member], keep: str) -> tuple[Member, str]:
    policy, fld = parse_keep(keep)
    if not members:
        raise ValueError("choose_kept needs at least one member")
    if policy == "first":
        m = min(members, key=lambda m: (m.order, m.id))
        return m, "first in input order"
    if policy == "longest":
        m = min(members, key=lambda m: (-m.length, m.id))
        return m, f"longest ({m.length} characters)"
    assert fld is not None

    def key(m: Member) -> tuple[int, Any]:
        return _newest_key(m.record.get(fld))

    top = max(key(m) for m in members)
    m = min((m for m in members if key(m) == top), key=lambda m: m.id)
    return m, f"newest by {fld} ({m.record.get(fld)!r})"


def choose_kept(members: Sequence[Member], keep: str = "first") -> str:
    """The id to keep: ``first`` = smallest order; ``longest`` = largest length; ``newest:<f>``
    = largest ``record[f]``. Ties go to the smallest id, so the choice ignores input order
    for ``longest`` and ``newest``."""
    return _choose(members, keep)[0].id


# -- driver ------------------------------------------------------------------------------------
class IndexedDoc(NamedTuple):
    """A document from an earlier batch, as an index returns it."""

    sig: Signature
    seq: int  # insertion order in the index
    batch: int


class Index(Protocol):
    """Signatures and band keys of earlier batches (in memory or SQLite)."""

    def candidates(self, bands: U64) -> list[tuple[int, int]]:
        """(row of ``bands``, handle of an indexed doc) for every shared band bucket."""
        ...

    def fetch(self, handles: Sequence[int]) -> dict[int, IndexedDoc]: ...


class DedupResult(NamedTuple):
    clusters: list[Cluster]
    kept: list[bool]  # per input signature
    stats: dict[str, int]
    bands: U64  # band hashes of the non-empty signatures, in ``nonempty`` order
    nonempty: list[int]


def dedupe_signatures(
    sigs: Sequence[Signature],
    cfg: DedupConfig,
    *,
    keep: str = "first",
    records: Sequence[Mapping[str, Any]] | None = None,
    first_order: int = 0,
    index: Index | None = None,
) -> DedupResult:
    """Cluster one batch of signatures, also against ``index`` (earlier batches).

    A cluster that contains an indexed document keeps the oldest indexed member: it was
    published already. ``records`` (same order as ``sigs``) is needed for ``newest:<field>``.
    """
    parse_keep(keep)
    n = len(sigs)
    ids = [s.id for s in sigs]
    seen: set[str] = set()
    for rid in ids:
        if rid in seen:
            raise InputError(f"duplicate record id {rid!r} in one batch")
        seen.add(rid)
    uf = UnionFind(n)
    stats = dict.fromkeys(
        ("records", "empty", "exact", "candidates", "verified", "index_candidates"), 0
    )
    stats["records"] = n
    nonempty = [i for i, s in enumerate(sigs) if len(s.shingles)]
    stats["empty"] = n - len(nonempty)
    # Exact copies share every bucket; join them now and band only one representative.
    first_of: dict[bytes, int] = {}
    reps: list[int] = []
    for i in nonempty:
        r = first_of.setdefault(sigs[i].exact, i)
        if r == i:
            reps.append(i)
        else:
            uf.union(r, i)
            stats["exact"] += 1
    bands = band_matrix([sigs[i] for i in nonempty], cfg)
    row_of = {p: k for k, p in enumerate(nonempty)}
    rep_bands = bands[[row_of[p] for p in reps]] if reps else bands[:0]
    rp = bucket_pairs(rep_bands)
    stats["candidates"] = len(rp)
    pos_of = {rid: i for i, rid in enumerate(ids)}
    # Verify in id order (not input order) so that the work done is order independent.
    pairs = sorted(
        (min(ids[pa], ids[pb]), max(ids[pa], ids[pb]))
        for pa, pb in ((reps[x], reps[y]) for x, y in rp.tolist())
    )
    for a, b in pairs:
        pa, pb = pos_of[a], pos_of[b]
        if uf.find(pa) != uf.find(pb) and verify(sigs[pa], sigs[pb], cfg) is not None:
            uf.union(pa, pb)
            stats["verified"] += 1
    # Earlier batches: every representative against the index's buckets.
    old: dict[int, IndexedDoc] = {}
    node_of_handle: dict[int, int] = {}
    if index is not None and reps:
        hits = sorted(set(index.candidates(rep_bands)))
        stats["index_candidates"] = len(hits)
        old = index.fetch(sorted({h for _r, h in hits}))
        for r, h in hits:
            pa = reps[r]
            if h not in node_of_handle:
                node_of_handle[h] = uf.add()
            nb = node_of_handle[h]
            if uf.find(pa) != uf.find(nb) and verify(sigs[pa], old[h].sig, cfg) is not None:
                uf.union(pa, nb)
                stats["verified"] += 1
    handle_of_node = {v: k for k, v in node_of_handle.items()}
    clusters: list[Cluster] = []
    kept = [True] * n
    for members in uf.groups().values():
        if len(members) < 2:
            continue
        new = [m for m in members if m < n]
        if not new:
            continue  # only indexed documents: settled in an earlier batch
        olds = [old[handle_of_node[m]] for m in members if m >= n]
        msig = {m: (sigs[m] if m < n else old[handle_of_node[m]].sig) for m in members}
        if olds:
            o = min(olds, key=lambda d: d.seq)
            kept_sig, reason = o.sig, f"already in the index (batch {o.batch})"
            for m in new:
                kept[m] = False
        else:
            cand = [
                Member(
                    sigs[m].id,
                    first_order + m,
                    sigs[m].length,
                    records[m] if records is not None else {},
                )
                for m in new
            ]
            km, reason = _choose(cand, keep)
            kept_sig = sigs[pos_of[km.id]]
            for m in new:
                kept[m] = sigs[m].id == km.id
        sims = {msig[m].id: jaccard(kept_sig, msig[m]) for m in members}
        sims[kept_sig.id] = 1.0
        mids = tuple(sorted(msig[m].id for m in members))
        clusters.append(Cluster(mids[0], mids, kept_sig.id, sims, reason))
    clusters.sort(key=lambda c: c.id)
    stats["clusters"] = len(clusters)
    stats["dropped"] = kept.count(False)
    stats["kept"] = n - stats["dropped"]
    return DedupResult(clusters, kept, stats, bands, nonempty)


class MemoryIndex:
    """An in-memory :class:`Index` (for streaming :func:`unique`)."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[int]] = {}
        self._docs: list[IndexedDoc] = []
        self._batches = 0

    def __len__(self) -> int:
        return len(self._docs)

    def candidates(self, bands: U64) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for r, row in enumerate(bands.tolist()):
            for j, h in enumerate(row):
                for handle in self._buckets.get((j, h), ()):
                    out.append((r, handle))
        return out

    def fetch(self, handles: Sequence[int]) -> dict[int, IndexedDoc]:
        return {h: self._docs[h] for h in handles}

    def add(self, sigs: Sequence[Signature], result: DedupResult) -> None:
        self._batches += 1
        for k, p in enumerate(result.nonempty):
            handle = len(self._docs)
            self._docs.append(IndexedDoc(sigs[p], handle, self._batches))
            for j, h in enumerate(result.bands[k].tolist()):
                self._buckets.setdefault((j, h), []).append(handle)


# -- single-machine entry points ---------------------------------------------------------------
def _config(config: DedupConfig | None, threshold: float | None, cfg_fields: Any) -> DedupConfig:
    base = config or DedupConfig()
    changes = dict(cfg_fields)
    if threshold is not None:
        changes["threshold"] = threshold
    return base.replace(**changes) if changes else base


def find_duplicates(
    records: Iterable[Mapping[str, Any]],
    threshold: float | None = None,
    *,
    text_key: str = "text",
    id_key: str = "id",
    keep: str = "first",
    config: DedupConfig | None = None,
    **cfg_fields: Any,
) -> list[Cluster]:
    """Clusters (>= 2 members) of duplicate records, sorted by cluster id.

    ``threshold`` and ``cfg_fields`` (any :class:`DedupConfig` field) override ``config``.
    Records without ``id_key`` get their position as id.
    """
    cfg = _config(config, threshold, cfg_fields)
    recs = list(records)
    sigs = signatures(recs, cfg, text_key=text_key, id_key=id_key, first_position=0)
    return dedupe_signatures(sigs, cfg, keep=keep, records=recs).clusters


def unique(
    records: Iterable[Mapping[str, Any]],
    threshold: float | None = None,
    *,
    text_key: str = "text",
    id_key: str = "id",
    keep: str = "first",
    batch_size: int | None = None,
    config: DedupConfig | None = None,
    **cfg_fields: Any,
) -> Iterator[Mapping[str, Any]]:
    """Yield one record per cluster (and every record without duplicates), in input order.

    Without ``batch_size`` all records are read first (exact batch semantics). With it, records
    stream through in batches, each checked against all earlier ones; a duplicate of an earlier
    batch is dropped even if it would win under ``keep`` (the earlier one was already yielded).
    """
    cfg = _config(config, threshold, cfg_fields)
    if batch_size is None:
        recs = list(records)
        sigs = signatures(recs, cfg, text_key=text_key, id_key=id_key, first_position=0)
        res = dedupe_signatures(sigs, cfg, keep=keep, records=recs)
        yield from (r for r, k in zip(recs, res.kept, strict=True) if k)
        return
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    index = MemoryIndex()
    batch: list[Mapping[str, Any]] = []
    position = 0
    it = iter(records)
    while True:
        batch.clear()
        for rec in it:
            batch.append(rec)
            if len(batch) == batch_size:
                break
        if not batch:
            return
        sigs = signatures(batch, cfg, text_key=text_key, id_key=id_key, first_position=position)
        res = dedupe_signatures(
            sigs, cfg, keep=keep, records=batch, first_order=position, index=index
        )
        index.add(sigs, res)
        position += len(batch)
        yield from [r for r, k in zip(batch, res.kept, strict=True) if k]
