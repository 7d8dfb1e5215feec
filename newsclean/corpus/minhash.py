"""MinHash of shingle-fingerprint sets, all permutations at once with numpy broadcasting.

Permutation i maps a 32-bit fingerprint ``x`` to ``(a_i * x + b_i) mod 2**32`` with ``a_i`` odd:
a bijection of the 32-bit words, with ``a_i, b_i`` fixed words derived from the seed. The inputs
are already uniformly distributed (top bits of splitmix64 outputs), so the permutations only
have to decorrelate the 128 orders; an affine map does, and 32-bit numpy arithmetic is SIMD
(about 3.5x faster than the 64-bit multiply-add-shift family, which we measured to give the
same estimator bias and variance on such inputs; tests/test_dedup.py checks the estimates
against theory and against datasketch). Empty set: ``0xFFFFFFFF`` in every slot.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from newsclean.corpus.hashing import U32, constants

# Shingles per broadcast block: (num_perm x block) uint32 stays about 2 MB (cache-friendly).
_BLOCK = 4096
_LOW32 = np.uint64(0xFFFFFFFF)


def permutations(seed: int, num_perm: int) -> tuple[U32, U32]:
    """The ``(a, b)`` parameter vectors of the ``num_perm`` permutations for ``seed``."""
    a = (constants(f"newsclean-minhash-a:{seed}", num_perm) & _LOW32).astype(np.uint32)
    b = (constants(f"newsclean-minhash-b:{seed}", num_perm) & _LOW32).astype(np.uint32)
    return a | np.uint32(1), b


def minhash_batch(fingerprints: U32, offsets: npt.NDArray[np.int64], a: U32, b: U32) -> U32:
    """MinHash signatures, shape ``(n_docs, num_perm)``, of the sets given by ``offsets``."""
    n_docs = len(offsets) - 1
    num_perm = len(a)
    # Built as (num_perm, n_docs): each block's reduceat result lands without a transpose.
    out = np.full((num_perm, n_docs), 0xFFFFFFFF, dtype=np.uint32)
    sizes = np.diff(offsets)
    a_col, b_col = a[:, None], b[:, None]
    buf = np.empty((num_perm, 2 * _BLOCK), dtype=np.uint32)  # reused: no allocation per block
    d = 0
    while d < n_docs:
        # Whole documents, about _BLOCK shingles (one larger document gets its own block).
        end = int(np.searchsorted(offsets, offsets[d] + _BLOCK, side="right")) - 1
        end = min(max(end, d + 1), n_docs)
        nonempty = np.flatnonzero(sizes[d:end] > 0) + d
        if len(nonempty):
            lo, hi = int(offsets[d]), int(offsets[end])
            width = hi - lo
            block = (
                buf[:, :width] if width <= buf.shape[1] else np.empty((num_perm, width), np.uint32)
            )
            with np.errstate(over="ignore"):
                np.multiply(a_col, fingerprints[None, lo:hi], out=block)
                block += b_col
            out[:, nonempty] = np.minimum.reduceat(block, offsets[nonempty] - lo, axis=1)
        d = end
    return np.ascontiguousarray(out.T)


def minhash_reference(fingerprints: list[int], a: U32, b: U32) -> list[int]:
    """Plain-Python definition of the same values, for tests (slow, obviously correct)."""
    return [
        min(((ai * x + bi) % 2**32 for x in fingerprints), default=2**32 - 1)
        for ai, bi in zip(a.tolist(), b.tolist(), strict=True)
    ]
