"""Fixed, vectorised 64-bit hashing: the same values in every process, on every machine.

Nothing here uses Python's ``hash()`` (salted per process for ``str``). Word hashes are a
polynomial over the UTF-8 bytes of each word, finished with the splitmix64 mixer; everything is
numpy arithmetic modulo 2**64 on whole batches, so there is no per-word or per-shingle Python
loop. The functions are fast, well mixed and deterministic, not cryptographic.
"""

from __future__ import annotations

import hashlib

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)
# Odd multiplier of the byte polynomial and the salt that mixes the word length in.
POLY = np.uint64(0x100000001B3)
LEN_SALT = np.uint64(0x9E3779B97F4A7C15)


def splitmix64(x: U64) -> U64:
    """The splitmix64 finaliser (a bijection on 64-bit words), applied elementwise."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> _S30)
        x = x * _M1
        x = x ^ (x >> _S27)
        x = x * _M2
        return x ^ (x >> _S31)  # type: ignore[no-any-return]


def constants(tag: str, n: int) -> U64:
    """``n`` fixed pseudo-random 64-bit words derived from ``tag`` with blake2b."""
    out = np.empty(n, dtype=np.uint64)
    for i in range(n):
        d = hashlib.blake2b(f"{tag}:{i}".encode(), digest_size=8).digest()
        out[i] = int.from_bytes(d, "little")
    return out


def powers(base: np.uint64, n: int) -> U64:
    """``base**0 .. base**(n-1)`` modulo 2**64."""
    p = np.empty(max(n, 1), dtype=np.uint64)
    p[0] = 1
    with np.errstate(over="ignore"):
        # Doubling keeps this O(log n) numpy calls for long words.
        filled = 1
        while filled < n:
            step = min(filled, n - filled)
            p[filled : filled + step] = p[:step] * (p[filled - 1] * base)
            filled += step
    return p[:n]
