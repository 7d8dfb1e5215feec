"""LSH banding: choose (bands, rows), hash each band of a signature, and the recall curve.

Two sets with Jaccard similarity ``s`` agree on one MinHash slot with probability ``s``, on a whole
band of ``r`` rows with ``s**r``, and share at least one of ``b`` band buckets with probability
``1 - (1 - s**r)**b`` (the S-curve). Candidates are then verified exactly, so extra candidates
cost time, never precision; missed candidates cost recall. Defaults therefore favour recall.
"""

from __future__ import annotations

import numpy as np

from newsclean.corpus.hashing import U32, U64, constants, splitmix64

# Default recall target for a pair exactly at the threshold (see docs/dedup.md).
TARGET_RECALL = 0.999
_ROW_MULT = constants("newsclean-band-row", 64) | np.uint64(1)
_BAND_SALT = constants("newsclean-band-index", 1)[0]


def candidate_probability(s: float, bands: int, rows: int) -> float:
    """Probability that a pair with Jaccard ``s`` shares at least one band bucket."""
    return float(1.0 - (1.0 - s**rows) ** bands)


def choose_bands(threshold: float, num_perm: int, target: float = TARGET_RECALL) -> tuple[int, int]:
    """The most selective ``(bands, rows)`` that still catch a pair at ``threshold`` with
    probability >= ``target``: the largest r with b = num_perm // r meeting the target."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    best = (num_perm, 1)
    for rows in range(1, min(num_perm, 64) + 1):
        bands = num_perm // rows
        if candidate_probability(threshold, bands, rows) >= target:
            best = (bands, rows)
    return best


def band_hashes(minhashes: U32, bands: int, rows: int) -> U64:
    """64-bit hash of every band of every signature, shape ``(n_docs, bands)``."""
    n = minhashes.shape[0]
    if rows > len(_ROW_MULT):
        raise ValueError(f"at most {len(_ROW_MULT)} rows per band")
    m = minhashes[:, : bands * rows].astype(np.uint64).reshape(n, bands, rows)
    with np.errstate(over="ignore"):
        acc = (m * _ROW_MULT[:rows]).sum(axis=2, dtype=np.uint64)
        acc += np.arange(bands, dtype=np.uint64) * _BAND_SALT
    return splitmix64(acc)
