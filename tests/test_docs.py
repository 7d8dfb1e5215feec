"""The committed rule reference (docs/rules.md, docs/rules/*.md) matches the registry."""

from __future__ import annotations

import re
from pathlib import Path

from newsclean.rules import all_rules
from newsclean.rules.docs import anchor, family_slug, main, render_all, stale, visible

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_committed_docs_are_current() -> None:
    bad = stale(DOCS)
    assert not bad, f"stale rule docs {bad}: run `python -m newsclean.rules.docs`"


def test_every_rule_documented_and_linked() -> None:
    pages = render_all()
    index = pages["rules.md"]
    for r in all_rules():
        page = f"rules/{family_slug(r.code[:3])}.md"
        assert f"]({page}#{anchor(r)})" in index
        text = pages[page]
        assert f"## {r.code} {r.name}\n" in text
        for ex in r.keeps:
            for line in ex.split("\n"):
                assert visible(line) in text


def test_anchors_match_headings() -> None:
    """GitHub makes `## NC101 fix-mojibake` into `#nc101-fix-mojibake`."""
    for r in all_rules():
        heading = f"{r.code} {r.name}"
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        assert slug == anchor(r)


def test_check_and_write(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--check"]) == 1
    assert main([str(tmp_path)]) == 0
    assert main([str(tmp_path), "--check"]) == 0
    (tmp_path / "rules" / "nc9-old.md").write_text("gone\n", encoding="utf-8")
    assert stale(tmp_path) == ["rules/nc9-old.md"]
    main([str(tmp_path)])
    assert not (tmp_path / "rules" / "nc9-old.md").exists()


def test_visible() -> None:
    assert visible("\u00a0x\u200b") == "\\u00a0x\\u200b"
    assert visible(" padded ") == '" padded "'
    assert visible("Москва — café") == "Москва — café"
