"""Every registered rule's own ``removes``/``keeps`` examples, run through the full cleaner.

One parametrised test, ids ``<code>-removes-<i>`` / ``<code>-keeps-<i>``, read from the
registry, so a new rule is tested the moment it is registered. A line rule's single-line
example is placed at the rule's ``where`` in the filler article (tests/articles.py) and must be
removed by that rule's code, with the rest of the article intact; a multi-line removal example
is a whole document in which lines marked ``- `` go (by this rule) and all others stay. A keep
example must come out exactly as written (after the text fixers) with nothing else lost.
Fixers: ``fix(before) == after`` (and the full cleaner shows ``after``), keeps unchanged.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from articles import assert_outcome, explain, place, unmark

from newsclean import Cleaner, Config
from newsclean.rules import Rule, all_rules

RULES = all_rules()


def _params() -> list[Any]:
    out = []
    for r in RULES:
        for i, ex in enumerate(r.removes):
            out.append(pytest.param(r, "removes", ex, id=f"{r.code}-removes-{i}"))
        for i, ex in enumerate(r.keeps):
            out.append(pytest.param(r, "keeps", ex, id=f"{r.code}-keeps-{i}"))
    return out


def test_registry_metadata() -> None:
    """Codes, names and explanations follow one scheme; each rule shows both sides."""
    assert RULES, "no rules registered"
    names = set()
    for r in RULES:
        assert re.fullmatch(r"NC[1-9]\d\d", r.code), r.code
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.name), r.name
        assert r.name not in names
        names.add(r.name)
        assert len(r.why.split()) >= 8, f"{r.code}: explain why in a sentence or more"
        assert r.removes, f"{r.code} has no example of what it removes"
        assert r.keeps, f"{r.code} has no example of what it keeps"
        assert r.family != "other", f"{r.code} is outside the known families"
        assert r.is_fixer == (r.func is None)
        if r.is_fixer:
            assert all(isinstance(x, tuple) and len(x) == 2 for x in r.removes), r.code
        else:
            assert all(isinstance(x, str) for x in r.removes), r.code


@pytest.mark.parametrize(("rule", "side", "example"), _params())
def test_rule_example(rule: Rule, side: str, example: Any) -> None:
    if rule.is_fixer:
        _check_fixer(rule, side, example)
        return
    # Rules driven by user vocabulary (NC408) bring the config their examples need.
    cleaner = Cleaner(Config(**dict(rule.example_config)))
    if side == "removes":
        if "\n" in example:
            lines, keep, codes = unmark(example)
            placed = place(lines, "doc", keep=keep)
        else:
            lines, keep, codes = [example], (False,), ("",)
            placed = place(lines, rule.where, keep=keep)
    else:
        lines = example.split("\n")
        keep = (True,) * len(lines)
        codes = ("",) * len(lines)
        placed = place(lines, "doc" if len(lines) > 1 else rule.where, keep=keep)
    result = cleaner.clean_article(placed.raw)
    if side == "removes" and "\n" not in example and _check_cut(rule, example, placed, result):
        return
    assert_outcome(placed, keep, result, rule.code, codes)


def _check_cut(rule: Rule, example: str, placed: Any, result: Any) -> bool:
    """Span rules (NC203) cut part of the line: the cut is theirs and the rest stays."""
    idx = placed.example_lines[0]
    cuts = [r for r in result.removed if r.line == idx + 1 and r.start is not None]
    if not cuts:
        return False
    assert all(r.code == rule.code for r in cuts), explain(result)
    rest = example
    for r in sorted(cuts, key=lambda r: -(r.start or 0)):
        assert r.text in rest, explain(result)
        rest = rest[: r.start] + rest[r.end :]
    assert rest.strip() in result.text.split("\n\n"), explain(result)
    return True


def _check_fixer(rule: Rule, side: str, example: Any) -> None:
    assert rule.fix is not None and rule.gate is not None
    cfg = Config()
    if side == "removes":
        before, after = example
        assert rule.gate(before), f"{rule.code}'s gate lets {before!r} through unfixed"
        assert rule.fix(before, cfg) == after
        # The full cleaner applies it to the line where the broken text stood.
        placed = place([before], "body", keep=(True,))
        result = Cleaner().clean_article(placed.raw)
        idx = placed.example_lines[0]
        codes = [c for e in result.edits if e.line == idx + 1 for c in e.codes]
        assert rule.code in codes, explain(result)
    else:
        assert not rule.gate(example) or rule.fix(example, cfg) == example
        placed = place([example], "body", keep=(True,))
        result = Cleaner().clean_article(placed.raw)
        idx = placed.example_lines[0]
        touched = [e for e in result.edits if e.line == idx + 1 and rule.code in e.codes]
        assert not touched, f"{rule.code} changed a line it should keep: {touched}"
