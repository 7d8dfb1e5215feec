"""Recall and precision on a generated corpus of 20,000 news-like documents.

Ground truth (:func:`newsclean.corpus.synthetic.score`) is computed from the strings (regex
words, tuples of 5 words, Python sets), never from the hashes under test: a true pair has
shingle Jaccard >= the threshold; a reported pair (two ids in one cluster) is correct when both
come from the same story (exact, syndicated or edited copies; a follow-up that borrows
paragraphs from a story is a different story and must stay apart).
"""

from __future__ import annotations

import pytest

from newsclean import Cleaner, dedup
from newsclean.corpus import synthetic

THRESHOLD = 0.8


@pytest.mark.slow
def test_recall_and_precision_on_20000_documents() -> None:
    recs = synthetic.generate(20_000, seed=2024, paragraphs=(3, 6))
    clusters = dedup.find_duplicates(recs, threshold=THRESHOLD, clean=False)
    m = synthetic.score(recs, [c.members for c in clusters], threshold=THRESHOLD)
    # Not a trivial corpus: thousands of true pairs, and hundreds of pairs of different stories
    # that share paragraphs.
    assert m["true_pairs"] > 3000
    assert m["hard_negatives"] > 100
    assert m["recall"] >= 0.99, m
    assert m["precision"] >= 0.99, m


def test_recall_and_precision_with_cleaning() -> None:
    """Smaller, with the cleaner on: truth is computed on the cleaned text that was signed."""
    recs = synthetic.generate(600, seed=7, paragraphs=(4, 7))
    cfg = dedup.DedupConfig(threshold=THRESHOLD)
    clusters = dedup.find_duplicates(recs, config=cfg)
    cleaner = Cleaner(cfg.cleaner)
    cleaned = {str(r["id"]): cleaner.clean(str(r["text"]), title=str(r["title"])) for r in recs}
    m = synthetic.score(recs, [c.members for c in clusters], cleaned, threshold=THRESHOLD)
    assert m["true_pairs"] > 50
    assert m["recall"] >= 0.99, m
    assert m["precision"] >= 0.99, m


def test_the_scorer_can_fail() -> None:
    """The scorer itself: missing every pair gives recall 0; one merged blob has low precision."""
    recs = synthetic.generate(300, seed=1, paragraphs=(1, 2))
    ids = [str(r["id"]) for r in recs]
    assert synthetic.score(recs, [])["recall"] == 0.0
    assert synthetic.score(recs, [ids])["precision"] < 0.5
