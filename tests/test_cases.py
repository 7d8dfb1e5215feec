"""Data-driven cases per rule family (tests/cases/*.py), run through the full cleaner.

``REMOVES``: the marked lines go, by a rule of the family, and nothing else is lost.
``KEEPS``: the text comes out exactly as written (after the text fixers), nothing removed.
``FIXES``: the line is kept and rewritten to the expected text.
Known failures are strict xfails carrying their reason (see tests/cases/__init__.py).
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from articles import TITLE, assert_outcome, explain, place, unmark
from cases import FAMILY_MODULES, Case

from newsclean import Cleaner

CLEANER = Cleaner()


def _expand(text: str) -> str:
    return text.replace("{title}", TITLE).replace("{TITLE}", TITLE.upper())


def _params() -> list[Any]:
    out = []
    for modname in FAMILY_MODULES:
        mod = importlib.import_module(f"cases.{modname}")
        for kind in ("REMOVES", "KEEPS", "FIXES"):
            for i, case in enumerate(getattr(mod, kind, ())):
                marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
                pid = f"{mod.FAMILY}-{kind.lower()}-{i:02d}-{case.lang}"
                out.append(pytest.param(mod.FAMILY, kind, case, id=pid, marks=marks))
    return out


@pytest.mark.parametrize(("family", "kind", "case"), _params())
def test_case(family: str, kind: str, case: Case) -> None:
    text = _expand(case.text)
    if kind == "REMOVES":
        if "\n" in text:
            lines, keep, codes = unmark(text)
        else:
            lines, keep, codes = [text], (False,), ("",)
        placed = place(lines, case.where, keep=keep)
        result = CLEANER.clean_article(placed.raw)
        assert_outcome(placed, keep, result, case.code or family, codes)
    elif kind == "KEEPS":
        lines = text.split("\n")
        keep = (True,) * len(lines)
        placed = place(lines, case.where, keep=keep)
        result = CLEANER.clean_article(placed.raw)
        assert_outcome(placed, keep, result, case.code or family)
    else:
        placed = place([text], case.where, keep=(True,))
        result = CLEANER.clean_article(placed.raw)
        idx = placed.example_lines[0]
        assert idx + 1 in result.kept, explain(result)
        para = result.text.split("\n\n")[result.kept.index(idx + 1)].rstrip("\n")
        assert para == case.after, explain(result)


def test_cases_are_distinct() -> None:
    """A copy-pasted case would test nothing new and hide a missing one."""
    seen: dict[tuple[str, str, str], str] = {}
    for modname in FAMILY_MODULES:
        mod = importlib.import_module(f"cases.{modname}")
        for kind in ("REMOVES", "KEEPS", "FIXES"):
            for case in getattr(mod, kind, ()):
                key = (kind, case.text, case.where)
                assert key not in seen, f"duplicate case {case.text!r} in {modname} and {seen[key]}"
                seen[key] = modname
