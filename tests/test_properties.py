"""Invariants of the cleaner, checked on generated input (hypothesis).

* reconstruct: ``Result.reconstruct()`` gives the raw input back, for any text;
* accounting: each output paragraph is an input line (after the text fixers, minus recorded
  cut spans), in input order; every input line that is not blank and not in the output is
  recorded in ``removed`` (or emptied by a fixer, recorded in ``edits``);
* idempotence and determinism (also across processes with different hash seeds);
* inject-and-recover: a clean article plus injected artifacts cleans to exactly the article,
  and every injected line is accounted for in ``removed``.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from strategies import (
    ARTIFACT_CLASSES,
    VOCAB,
    Article,
    Injected,
    articles,
    documents,
    injected,
    notices,
)

import newsclean
from newsclean import Cleaner, Result

# Derandomized under CI by the profile in conftest.py (a red build reproduces everywhere);
# locally each run explores new examples.
PROPS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
FEW = settings(PROPS, max_examples=40)
# Shrinking a failing injected article can take minutes; by default a failure is reported as
# found (the assertion message pinpoints the lines). NEWSCLEAN_SHRINK=1 shrinks to a minimal one.
SHRINK = os.environ.get("NEWSCLEAN_SHRINK") == "1"
ARTICLE_PHASES = tuple(Phase) if SHRINK else (Phase.explicit, Phase.reuse, Phase.generate)

CLEANER = Cleaner()

# Artifact classes the cleaner does not recover yet. Each still runs below, alone, as a strict
# xfail with the minimal failing example in its reason; the main property covers the rest.
KNOWN_FAILING: dict[str, str] = {}
# History (found by these tests, fixed in main on 2026-11-29): "byline_late" (NC501 missed a
# byline under a 20+ word caption), "two_captions" (NC203 only cut the credit off a second
# caption), "duplicates_many" (NC303 took a body printed twice for a template article).
# Fixed in main 2026-11-29 (kept here as history for the report): "byline_late", NC501 missed a
# byline under a 20+ word caption.


RECOVERABLE_CLASSES = tuple(c for c in ARTIFACT_CLASSES if c not in KNOWN_FAILING)


def _ascii_blank(line: str) -> bool:
    """Blank as a text editor sees it; lines of nbsp or zero-width characters are not blank."""
    return line.strip(" \t\r") == ""


def _raw_lines(raw: str) -> list[str]:
    return raw.split("\n")


def check_accounting(raw: str, result: Result) -> None:
    doc, _ = CLEANER.document(raw)
    paragraphs = result.text.split("\n\n") if result.text else []
    assert result.text == "" or result.text.endswith("\n")
    assert len(paragraphs) == len(result.kept)
    assert list(result.kept) == sorted(set(result.kept)), "output out of input order"
    assert result.n_lines == len(doc.lines)
    whole = {r.line: r for r in result.removed if r.start is None}
    spans: dict[int, list[newsclean.Removal]] = {}
    for r in result.removed:
        if r.start is not None:
            spans.setdefault(r.line, []).append(r)
    for no, para in zip(result.kept, paragraphs, strict=True):
        para = para.rstrip("\n")
        assert "\n" not in para
        assert no not in whole, f"line {no} both kept and removed"
        fixed = doc.lines[no - 1].text
        if no in spans:
            text = fixed
            for r in sorted(spans[no], key=lambda r: r.start or 0, reverse=True):
                assert r.start is not None and r.end is not None
                assert text[r.start : r.end] == r.text, "cut span does not match the line"
                text = text[: r.start] + text[r.end :]
            assert para == text.strip()
        else:
            assert para == fixed, f"line {no}: output is not the (fixed) input line"
    kept = set(result.kept)
    for i, line in enumerate(_raw_lines(raw)):
        no = i + 1
        if no in kept or no in whole or _ascii_blank(line):
            continue
        if no in spans:  # cut to nothing: the pieces are recorded and cover the line
            text = doc.lines[i].text
            for r in sorted(spans[no], key=lambda r: r.start or 0, reverse=True):
                text = text[: r.start] + text[r.end :]
            assert not text.strip(), f"line {no}: text left after cuts was dropped"
            continue
        edit = next((e for e in result.edits if e.line == no), None)
        assert not doc.lines[i].key and edit is not None and edit.codes, (
            f"line {no} {line!r} vanished without a removal record"
        )


@PROPS
@given(documents())
def test_reconstruct_dump_like(raw: str) -> None:
    assert CLEANER.clean_article(raw).reconstruct() == raw


@PROPS
@given(st.text(max_size=300))
@example("\x0c")  # a form feed line: blank to match_key, not changed by a fixer, lost
def test_reconstruct_any_text(raw: str) -> None:
    assert CLEANER.clean_article(raw).reconstruct() == raw


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "\n",
        "\x0c",
        "Title\n\x0b\nBody.",
        "\r\n",
        "\n\n\n",
        "\u00a0",
        "x",
        "x\n",
        "x\r\n",
        "a\r\nb",
        "a\rb\n",
        "\ufeffTitle\n",
        "Title\n\u200b\nBody text here.",
        "\r",
        "\u2028line separator\u2029",
    ],
)
def test_reconstruct_edges(raw: str) -> None:
    result = CLEANER.clean_article(raw)
    assert result.reconstruct() == raw
    check_accounting(raw, result)


@PROPS
@given(documents())
def test_output_accounts_for_input(raw: str) -> None:
    check_accounting(raw, CLEANER.clean_article(raw))


@PROPS
@given(documents())
@example("\n0:0\nPublished 11:11 PM EST Nov 19, 2019")  # dateline kept, then dropped
def test_idempotent(raw: str) -> None:
    once = CLEANER.clean(raw)
    assert CLEANER.clean(once) == once


@settings(FEW, phases=ARTICLE_PHASES)
@given(injected(RECOVERABLE_CLASSES))
def test_idempotent_on_articles(inj: Injected) -> None:
    # Known-failing artifact classes are left out here too: a first pass that misses one leaves
    # it where the second pass finds it, so they would fail this test for the same cause.
    once = CLEANER.clean(inj.raw)
    assert CLEANER.clean(once) == once


@FEW
@given(documents())
def test_deterministic_in_process(raw: str) -> None:
    a = CLEANER.clean_article(raw)
    b = pickle.loads(pickle.dumps(Cleaner())).clean_article(raw)
    assert a.to_dict() == b.to_dict()


_CHILD = (
    "import json, sys, newsclean\n"
    "docs = json.load(sys.stdin)\n"
    "json.dump([newsclean.clean_article(d).to_dict() for d in docs], sys.stdout)\n"
)


@settings(PROPS, max_examples=3)
@given(st.lists(documents(), min_size=10, max_size=20), st.integers(0, 2**32 - 1))
def test_deterministic_across_processes(docs: list[str], hash_seed: int) -> None:
    """Another interpreter with another string-hash seed gives the same results."""
    env = dict(os.environ, PYTHONHASHSEED=str(hash_seed))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(docs),
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    here = [newsclean.clean_article(d).to_dict() for d in docs]
    assert json.loads(out) == json.loads(json.dumps(here))


def check_recovered(inj: Injected) -> None:
    result = CLEANER.clean_article(inj.raw)
    assert result.text == inj.article.text, _diagnose(inj, result)
    removed = {r.line for r in result.removed if r.start is None}
    for i in inj.junk:
        assert i + 1 in removed, f"injected line {i + 1} {inj.lines[i]!r} not recorded"
    kept = set(result.kept)
    for i, line in enumerate(inj.lines):
        if not _ascii_blank(line):
            assert i + 1 in kept or i + 1 in removed, f"line {i + 1} {line!r} unaccounted"


def _diagnose(inj: Injected, result: Result) -> str:
    why = {r.line: f"{r.code} {r.reason}" for r in result.removed}
    junk = set(inj.junk)
    out = [f"classes: {', '.join(inj.classes)}"]
    kept = set(result.kept)
    for i, line in enumerate(inj.lines):
        if _ascii_blank(line):
            continue
        state = "KEPT" if i + 1 in kept else f"removed {why.get(i + 1, '?')}"
        bad = (i in junk) == (i + 1 in kept)
        out.append(
            f"{'!!' if bad else '  '} {i + 1:3} {'junk' if i in junk else 'text'} "
            f"{state}: {line[:90]!r}"
        )
    return "\n".join(out)


@PROPS
@given(articles(vocab=VOCAB))
@example(  # the last paragraph mentions a newsletter
    Article(
        "Harbour city approves new flood barrier",
        (
            "The city council voted 31 to 8 on Thursday to build a movable flood barrier.",
            "Construction is due to start next spring and will take four years.",
            "The council will publish the construction timetable in its monthly newsletter, "
            "which goes to every household in the old town.",
        ),
    )
)
def test_clean_article_unchanged(art: Article) -> None:
    """An article without artifacts, whose prose mentions photos, sharing, newsletters,
    copyright and related things, comes out exactly as it went in."""
    result = CLEANER.clean_article(art.text)
    assert result.text == art.text, _explain(result)
    assert not result.removed


@settings(PROPS, phases=ARTICLE_PHASES)
@given(articles(), notices())
def test_story_notice_kept(art: Article, notice: str) -> None:
    """A copyright notice set directly under the last paragraph is the story's own rights line
    (wire copy carries one): it stays, and the rest of the article is unchanged. (Under page
    furniture it is the site's footer: the inject-and-recover property removes it there.)"""
    result = CLEANER.clean_article(art.text + "\n" + notice + "\n")
    assert result.text == art.text + "\n" + notice + "\n", _explain(result)


def _explain(result: Result) -> str:
    return "\n".join(f"line {r.line} {r.code}: {r.text!r} ({r.reason})" for r in result.removed)


_LAST = (
    "Residents of the old town will be able to apply for partial refunds from a fund the "
    "council set up in January."
)
_DOUBLED_LAST = Article(
    "Harbour city approves new flood barrier",
    (
        "The city council voted 31 to 8 on Thursday to build a movable flood barrier across the "
        "harbour.",
        "Construction is due to start next spring and will take four years, the mayor said.",
        _LAST,
    ),
)


@settings(PROPS, phases=ARTICLE_PHASES)
@given(injected(RECOVERABLE_CLASSES))
@example(  # the last paragraph printed twice, then a share bar and a copyright footer
    Injected(
        _DOUBLED_LAST,
        (
            *_DOUBLED_LAST.text.rstrip("\n").split("\n"),
            "",
            _LAST,
            "",
            "Share this article",
            "",
            "\u00a9 2022 Valley Times",
        ),
        (8, 10, 12),
        ("copyright", "duplicate"),
    )
)
def test_inject_and_recover(inj: Injected) -> None:
    check_recovered(inj)


@pytest.mark.parametrize(
    "cls",
    [
        pytest.param(
            c,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILING[c])]
            if c in KNOWN_FAILING
            else [],
        )
        for c in ARTIFACT_CLASSES
    ],
)
def test_inject_and_recover_one_class(cls: str) -> None:
    """Each artifact class alone: pinpoints which class a failure of the main property is in."""
    # A known failure needs no shrinking in every CI run: its minimal example is in the reason.
    phases = (Phase.explicit, Phase.generate) if cls in KNOWN_FAILING else ARTICLE_PHASES
    # A strict xfail must fail on every run, so a known failure always uses the fixed seed.
    fixed_seed = cls in KNOWN_FAILING or bool(os.environ.get("CI"))

    @settings(FEW, max_examples=25, phases=phases, derandomize=fixed_seed)
    @given(injected((cls,)))
    def run(inj: Injected) -> None:
        check_recovered(inj)

    run()


@settings(FEW, phases=ARTICLE_PHASES)
@given(
    st.lists(st.sampled_from(ARTIFACT_CLASSES), min_size=1, unique=True).flatmap(
        lambda cs: injected(tuple(cs))
    )
)
def test_injected_articles_reconstruct(inj: Injected) -> None:
    result = CLEANER.clean_article(inj.raw)
    assert result.reconstruct() == inj.raw
    check_accounting(inj.raw, result)
