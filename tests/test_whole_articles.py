"""Real-looking articles whose lists, verse or entries look like page furniture keep every line."""

from __future__ import annotations

import pytest
from whole_articles import ARTICLES

from newsclean import Cleaner

CLEANER = Cleaner()


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_survives_whole(name: str) -> None:
    why, text = ARTICLES[name]
    result = CLEANER.clean_article(text)
    removed = [(r.line, r.code, r.text) for r in result.removed]
    assert not removed, f"{name} ({why}) lost lines: {removed}"
    paragraphs = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert result.text.rstrip("\n").split("\n\n") == paragraphs
