"""MinHash of shingle-fingerprint sets, all permutations at once with numpy broadcasting.

Permutation i is the multiply-add-shift hash ``h_i(x) = ((a_i * x + b_i) mod 2**64) >> 32`` of
a 32-bit fingerprint ``x``, with ``a_i, b_i`` fixed 64-bit words derived from the seed
(Dietzfelbinger's strongly universal family). Because ``>> 32`` is monotone, the minimum is taken
on the 64-bit values and shifted once. Value for an empty set: ``0xFFFFFFFF`` in every slot.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from newsclean.corpus.hashing import U32, U64, constants

# Shingles per broadcast block: (num_perm x block) uint64 stays a few MB, cache-friendly.
_BLOCK = 8192


def permutations(seed: int, num_perm: int) -> tuple[U64, U64]:
    """The ``(a, b)`` parameter vectors of the ``num_perm`` hash permutations for ``seed``."""
    a = constants(f"newsclean-minhash-a:{seed}", num_perm)
    b = constants(f"newsclean-minhash-b:{seed}", num_perm)
    return a, b


def minhash_batch(
    fingerprints: U32, offsets: npt.NDArray[np.int64], a: U64, b: U64
) -> U32:
    """MinHash signatures, shape ``(n_docs, num_perm)``, of the sets given by ``offsets``."""
    n_docs = len(offsets) - 1
    num_perm = len(a)
    out = np.full((n_docs, num_perm), 0xFFFFFFFF, dtype=np.uint32)
    sizes = np.diff(offsets)
    a_col, b_col = a[:, None], b[:, None]
    d = 0
    while d < n_docs:
        # Gather whole documents into a block of about _BLOCK shingles.
        end = int(np.searchsorted(offsets, offsets[d] + _BLOCK, side="right")) - 1
        end = min(max(end, d + 1), n_docs)
        docs = np.arange(d, end)
        nonempty = docs[sizes[d:end] > 0]
        if len(nonempty):
            lo, hi = int(offsets[d]), int(offsets[end])
            x = fingerprints[lo:hi].astype(np.uint64)
            with np.errstate(over="ignore"):
                block = a_col * x[None, :]
                block += b_col
            mins = np.minimum.reduceat(block, offsets[nonempty] - lo, axis=1)
            out[nonempty] = (mins.T >> np.uint64(32)).astype(np.uint32)
        d = end
    return out


def minhash_reference(fingerprints: list[int], a: U64, b: U64) -> list[int]:
    """Plain-Python definition of the same values, for tests (slow, obviously correct)."""
    out = []
    for ai, bi in zip(a.tolist(), b.tolist()):
        best = min(((ai * x + bi) % 2**64 for x in fingerprints), default=2**64 - 1)
        out.append(best >> 32)
    return out
