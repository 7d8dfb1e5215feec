"""Recall and precision on a generated corpus of 20,000 news-like documents.

Ground truth is computed from the strings (regex words, tuples of 5 words, Python sets), never
from the hashes under test. A "true pair" is any two documents whose shingle sets have Jaccard
>= the threshold; a reported pair is any two documents in one output cluster, and it is correct
when both come from the same story (exact, syndicated or edited copies; a follow-up that
borrows paragraphs is a different story).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

import pytest

from newsclean import dedup
from newsclean.corpus import synthetic

THRESHOLD = 0.8


def shingle_set(text: str, k: int = 5) -> frozenset[tuple[str, ...]]:
    ws = re.findall(r"\w+", text.casefold())
    return frozenset(tuple(ws[i : i + k]) for i in range(len(ws) - k + 1))


def jac(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b)


def evaluate(
    recs: list[dict[str, object]], clusters: list[dedup.Cluster], text_of: dict[str, str]
) -> dict[str, float]:
    # Only documents of one story family (a story, its copies, its follow-ups) can share
    # shingles beyond chance, so true pairs are searched for inside families.
    family: dict[object, list[str]] = defaultdict(list)
    for r in recs:
        family[r["parent"]].append(str(r["id"]))
        if r["parent"] != r["story"]:
            family[r["story"]].append(str(r["id"]))
    story = {str(r["id"]): r["story"] for r in recs}
    sets: dict[str, frozenset[tuple[str, ...]]] = {}
    true_pairs: set[tuple[str, str]] = set()
    hard_negatives = 0
    for ids in family.values():
        for a, b in itertools.combinations(sorted(set(ids)), 2):
            for x in (a, b):
                if x not in sets:
                    sets[x] = shingle_set(text_of[x])
            j = jac(sets[a], sets[b])
            if j >= THRESHOLD:
                true_pairs.add((a, b))
            elif story[a] != story[b] and j >= 0.2:
                hard_negatives += 1
    reported = {pair for c in clusters for pair in itertools.combinations(sorted(c.members), 2)}
    correct = sum(story[a] == story[b] for a, b in reported)
    return {
        "true_pairs": len(true_pairs),
        "reported": len(reported),
        "hard_negatives": hard_negatives,
        "recall": len(true_pairs & reported) / len(true_pairs),
        "precision": correct / len(reported),
    }


@pytest.mark.slow
def test_recall_and_precision_on_20000_documents() -> None:
    recs = synthetic.generate(20_000, seed=2024, paragraphs=(3, 6))
    clusters = dedup.find_duplicates(recs, threshold=THRESHOLD, clean=False)
    m = evaluate(recs, clusters, {str(r["id"]): str(r["text"]) for r in recs})
    # The corpus is not trivial: thousands of true pairs, and different stories that share
    # paragraphs (which must stay apart).
    print(m)
    assert m["true_pairs"] > 3000
    assert m["hard_negatives"] > 100
    assert m["recall"] >= 0.99, m
    assert m["precision"] >= 0.99, m


def test_recall_and_precision_with_cleaning() -> None:
    """Smaller, with the cleaner on: truth is computed on the cleaned text that was signed."""
    recs = synthetic.generate(600, seed=7, paragraphs=(4, 7))
    cfg = dedup.DedupConfig(threshold=THRESHOLD)
    clusters = dedup.find_duplicates(recs, config=cfg)
    from newsclean import Cleaner

    cleaner = Cleaner(cfg.cleaner)
    cleaned = {str(r["id"]): cleaner.clean(str(r["text"]), title=str(r["title"])) for r in recs}
    m = evaluate(recs, clusters, cleaned)
    assert m["true_pairs"] > 50
    assert m["recall"] >= 0.99, m
    assert m["precision"] >= 0.99, m
