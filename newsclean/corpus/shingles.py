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
    n = len(data)
    if n >= 2:
        # U+00A0-U+00BF: C2 A0..C2 BF
        lead2 = np.flatnonzero((data[:-1] == 0xC2) & (data[1:] >= 0xA0) & (data[1:] <= 0xBF))
        sep[lead2] = True
        sep[lead2 + 1] = True
    if n >= 3:
        # U+2000-U+207F: E2 80..81 xx;  U+3000-U+303F: E3 80 xx
        b0, b1 = data[:-2], data[1:-1]
        lead3 = np.flatnonzero(((b0 == 0xE2) & ((b1 == 0x80) | (b1 == 0x81))) | ((b0 == 0xE3) & (b1 == 0x80)))
        sep[lead3] = True
        sep[lead3 + 1] = True
        sep[lead3 + 2] = True
    return sep


class Tokens(NamedTuple):
    """Word hashes of a batch: ``hashes[word_offsets[d]:word_offsets[d+1]]`` belong to doc d."""

    hashes: U64
    word_offsets: npt.NDArray[np.int64]


def word_hashes(texts: Sequence[str]) -> Tokens:
    """Hash every word of every text in one vectorised pass."""
    parts = [normalise(t).encode("utf-8") for t in texts]
    n_docs = len(parts)
    # One separator byte between documents keeps words from running across them.
    big = b" ".join(parts)
    data = _LOWER[np.frombuffer(big, dtype=np.uint8)]
    byte_starts = np.zeros(n_docs + 1, dtype=np.int64)
    if n_docs:
        byte_starts[1:] = np.cumsum([len(p) + 1 for p in parts])
    sep = _separators(data)
    is_word = ~sep
    idx = np.flatnonzero(is_word)  # byte positions inside words
    if len(idx) == 0:
        return Tokens(np.empty(0, dtype=np.uint64), np.zeros(n_docs + 1, dtype=np.int64))
    # A word starts where a word byte follows a separator (or the array start).
    new_word = np.empty(len(idx), dtype=bool)
    new_word[0] = True
    new_word[1:] = np.diff(idx) != 1
    first = np.flatnonzero(new_word)  # index into idx of each word's first byte
    lengths = np.diff(np.append(first, len(idx)))
    word_of_byte = np.cumsum(new_word) - 1
    pos = np.arange(len(idx), dtype=np.int64) - first[word_of_byte]
    pw = powers(POLY, int(lengths.max()))
    with np.errstate(over="ignore"):
        contrib = (data[idx].astype(np.uint64) + np.uint64(1)) * pw[pos]
        h = np.add.reduceat(contrib, first) + lengths.astype(np.uint64) * LEN_SALT
    hashes = splitmix64(h)
    doc_of_word = np.searchsorted(byte_starts, idx[first], side="right") - 1
    counts = np.bincount(doc_of_word, minlength=n_docs)
    offsets = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
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
