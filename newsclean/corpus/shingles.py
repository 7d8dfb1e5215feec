"""Words, word hashes and word-shingle fingerprints for a batch of texts, vectorised.

Normalisation (what counts as "the same text"):

* NFKC (only when the text is not already NFKC, a cheap check), then case folding;
* a *word* is a maximal run of characters that are not separators. Separators are ASCII
  whitespace and punctuation, Latin-1 punctuation and symbols (U+00A0-U+00BF), General
  Punctuation and super/subscript marks (U+2000-U+207F: curly quotes, dashes, ellipsis, special
  spaces) and CJK punctuation (U+3000-U+303F). Every other character is part of a word, so
  "don't" and "don’t" both give ``don t``.

The whole batch is tokenised as one UTF-8 byte array with numpy: no per-word Python loop.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from newsclean.corpus.hashing import LEN_SALT, POLY, U32, U64, constants, powers, splitmix64

_SEP = np.zeros(256, dtype=bool)
for _c in range(0x80):
    _ch = chr(_c)
    _SEP[_c] = not (_ch.isalnum() or _ch == "_")
_SEP.setflags(write=False)
_LOWER = np.arange(256, dtype=np.uint8)
_LOWER[ord("A") : ord("Z") + 1] += 32
_LOWER.setflags(write=False)
# Per-position multipliers that turn k word hashes into one shingle hash (order matters).
MAX_SHINGLE = 32
_SHINGLE_MULT = constants("newsclean-shingle", MAX_SHINGLE) | np.uint64(1)
_SHINGLE_MULT.setflags(write=False)


def normalise(text: str) -> str:
    """NFKC + casefold: the per-document string work before the byte-level tokeniser."""
    if text.isascii():
        return text  # ASCII case is folded in the byte array, cheaper than str.casefold
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


def words(text: str) -> list[str]:
    """The words of ``text`` as the tokeniser sees them (reference/debug helper, slow path)."""
    data = np.frombuffer(normalise(text).encode("utf-8"), dtype=np.uint8)
    sep = _separators(data)
    out: list[str] = []
    start = -1
    for i, s in enumerate(sep.tolist()):
        if not s and start < 0:
            start = i
        elif s and start >= 0:
            out.append(bytes(_LOWER[data[start:i]]).decode("utf-8"))
            start = -1
    if start >= 0:
        out.append(bytes(_LOWER[data[start:]]).decode("utf-8"))
    return out


def _separators(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    sep = _SEP[data]
    sep[_multibyte_separators(data)] = True
    return sep


def _multibyte_separators(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.int64]:
    """Byte positions of the non-ASCII separator characters listed in the module docstring."""
    n = len(data)
    lead = np.flatnonzero((data == 0xC2) | (data == 0xE2) | (data == 0xE3))
    lead = lead[lead + 1 < n]
    if len(lead) == 0:
        return np.empty(0, dtype=np.int64)
    b0, b1 = data[lead], data[lead + 1]
    # U+00A0-U+00BF: C2 A0..BF (2 bytes)
    two = lead[(b0 == 0xC2) & (b1 >= 0xA0) & (b1 <= 0xBF)]
    # U+2000-U+207F: E2 80..81 xx;  U+3000-U+303F: E3 80 xx (3 bytes)
    m3 = ((b0 == 0xE2) & ((b1 == 0x80) | (b1 == 0x81))) | ((b0 == 0xE3) & (b1 == 0x80))
    three = lead[m3 & (lead + 2 < n)]
    return np.concatenate([two, two + 1, three, three + 1, three + 2])


class Tokens(NamedTuple):
    """Word hashes of a batch: ``hashes[word_offsets[d]:word_offsets[d+1]]`` belong to doc d."""

    hashes: U64
    word_offsets: npt.NDArray[np.int64]


# Byte value -> (lowercased byte + 1) as uint64, 0 for an ASCII separator.
_VALUE = np.where(_SEP, 0, _LOWER.astype(np.uint64) + 1).astype(np.uint64)
_VALUE.setflags(write=False)
_POLY_INV = np.uint64(pow(int(POLY), -1, 2**64))


class PowerTable:
    """``POLY**i`` and ``POLY**-i`` (mod 2**64) for i < len, grown on demand.

    Local to one signing call (no module-global mutable state).
    """

    def __init__(self) -> None:
        self.fwd = powers(POLY, 1)
        self.inv = powers(_POLY_INV, 1)

    def ensure(self, n: int) -> None:
        if len(self.fwd) < n:
            size = max(n, 2 * len(self.fwd))
            self.fwd = powers(POLY, size)
            self.inv = powers(_POLY_INV, size)


def word_hashes(texts: Sequence[str], table: PowerTable | None = None) -> Tokens:
    """Hash every word of every text in one vectorised pass.

    A word's hash is ``splitmix64(sum_i (byte_i + 1) * POLY**i + len * LEN_SALT)`` over its
    lowercased UTF-8 bytes. The sum is taken from one prefix sum over the whole batch,
    ``(S[end] - S[start]) * POLY**-start``, which is position independent.
    """
    parts = [normalise(t).encode("utf-8") for t in texts]
    n_docs = len(parts)
    big = b" ".join(parts)  # one separator byte between documents
    data = np.frombuffer(big, dtype=np.uint8)
    n = len(data)
    byte_starts = np.zeros(n_docs + 1, dtype=np.int64)
    if n_docs:
        byte_starts[1:] = np.cumsum([len(p) + 1 for p in parts])
    val = _VALUE[data]
    if n and not big.isascii():
        val[_multibyte_separators(data)] = 0
    # The batch starts and ends with a word byte or a separator; pad with one separator
    # on each side so that word starts and ends alternate in ``change``.
    padded = np.zeros(n + 2, dtype=bool)
    np.not_equal(val, 0, out=padded[1:-1])
    change = np.flatnonzero(padded[1:] != padded[:-1])
    starts, ends = change[0::2], change[1::2]
    if len(starts) == 0:
        return Tokens(np.empty(0, dtype=np.uint64), np.zeros(n_docs + 1, dtype=np.int64))
    table = table or PowerTable()
    table.ensure(n + 1)
    prefix = np.empty(n + 1, dtype=np.uint64)
    prefix[0] = 0
    with np.errstate(over="ignore"):
        np.multiply(val, table.fwd[:n], out=prefix[1:])
        np.cumsum(prefix[1:], out=prefix[1:])
        h = (prefix[ends] - prefix[starts]) * table.inv[starts]
        h += (ends - starts).astype(np.uint64) * LEN_SALT
    hashes = splitmix64(h)
    # Words never straddle documents (a separator byte between them), so this splits them.
    offsets = np.searchsorted(starts, byte_starts).astype(np.int64)
    return Tokens(hashes, offsets)


def shingle_fingerprints(tokens: Tokens, k: int) -> tuple[U32, npt.NDArray[np.int64]]:
    """Sorted unique 32-bit fingerprints of the k-word shingles of each document.

    Returns ``(fingerprints, offsets)``: doc d owns ``fingerprints[offsets[d]:offsets[d+1]]``.
    A document with fewer than k words (but at least one) has one shingle: all its words.
    """
    if not 1 <= k <= MAX_SHINGLE:
        raise ValueError(f"shingle size must be between 1 and {MAX_SHINGLE}, got {k}")
    w, off = tokens
    n_docs = len(off) - 1
    nw = len(w)
    counts = np.diff(off)
    doc_of_word = np.repeat(np.arange(n_docs, dtype=np.int64), counts)
    with np.errstate(over="ignore"):
        m = max(nw - k + 1, 0)
        acc = np.zeros(m, dtype=np.uint64)
        for t in range(k):  # k is small (the shingle width), not per shingle
            acc += w[t : t + m] * _SHINGLE_MULT[t]
        valid = doc_of_word[:m] == doc_of_word[k - 1 : k - 1 + m] if m else np.zeros(0, bool)
        sh = acc[valid]
        sh_doc = doc_of_word[:m][valid]
        short = np.flatnonzero((counts > 0) & (counts < k))
        if len(short):
            extra = np.empty(len(short), dtype=np.uint64)
            for j, d in enumerate(short.tolist()):  # one per short document, rare
                seg = w[off[d] : off[d + 1]]
                extra[j] = np.sum(seg * _SHINGLE_MULT[: len(seg)], dtype=np.uint64)
            sh = np.concatenate([sh, extra])
            sh_doc = np.concatenate([sh_doc, short])
    fp = (splitmix64(sh) >> np.uint64(32)).astype(np.uint64)
    # One sort for the whole batch: key = doc << 32 | fingerprint.
    keys = (sh_doc.astype(np.uint64) << np.uint64(32)) | fp
    keys.sort()
    if len(keys) > 1:
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    key_doc = (keys >> np.uint64(32)).astype(np.int64)
    out_off = np.searchsorted(key_doc, np.arange(n_docs + 1, dtype=np.int64), side="left")
    return (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32), out_off.astype(np.int64)
