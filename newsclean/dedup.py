"""Public facade: ``from newsclean import dedup``.

>>> from newsclean import dedup
>>> recs = [{"id": "a", "text": "one two three four five six"},
...         {"id": "b", "text": "One two three four five six!"}]
>>> [c.members for c in dedup.find_duplicates(recs, clean=False)]
[('a', 'b')]
"""

from __future__ import annotations

from newsclean.corpus.cluster import cluster
from newsclean.corpus.dedup import (
    Cluster,
    DedupConfig,
    DedupResult,
    Member,
    MemoryIndex,
    Signature,
    band_keys,
    band_matrix,
    bucket_pairs,
    candidate_pairs,
    choose_kept,
    dedupe_signatures,
    find_duplicates,
    jaccard,
    parse_keep,
    sign_texts,
    signature,
    signatures,
    unique,
    verify,
)
from newsclean.corpus.index import CorpusIndex, IndexUnusable
from newsclean.corpus.lsh import candidate_probability, choose_bands

__all__ = [
    "Cluster",
    "CorpusIndex",
    "DedupConfig",
    "DedupResult",
    "IndexUnusable",
    "Member",
    "MemoryIndex",
    "Signature",
    "band_keys",
    "band_matrix",
    "bucket_pairs",
    "candidate_pairs",
    "candidate_probability",
    "choose_bands",
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
