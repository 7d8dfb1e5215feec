"""Invariants over every real dump of the development set, when ../shared/eval is present.

The property tests generate articles; these are real pages (three dumps each), where context
rules meet layouts no generator thought of. A cleaner that is not idempotent or loses the raw
input on any of them fails here. The page text is read from ../shared and never copied.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "docs"
DUMPS = sorted(EVAL.glob("*/*/raw.*.txt")) if EVAL.is_dir() else []


@pytest.mark.skipif(not DUMPS, reason="development set not found beside the repository")
def test_every_dev_dump_is_idempotent_and_reconstructible() -> None:
    cleaner = newsclean.Cleaner()
    not_idempotent, not_reconstructed = [], []
    for path in DUMPS:
        raw = path.read_text(encoding="utf-8")
        result = cleaner.clean_article(raw)
        if result.reconstruct() != raw:
            not_reconstructed.append(str(path.relative_to(EVAL)))
        if cleaner.clean(result.text) != result.text:
            not_idempotent.append(str(path.relative_to(EVAL)))
    assert not not_idempotent, f"clean(clean(x)) != clean(x) for {not_idempotent[:10]}"
    assert not not_reconstructed, f"reconstruct() != raw for {not_reconstructed[:10]}"
    assert len(DUMPS) >= 100
