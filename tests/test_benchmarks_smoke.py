"""Smoke tests of benchmarks/: the harness's own logic, never its timings.

The quality check scores 3 eval documents with identity and newsclean only (the peers are an
optional extra); it is skipped when the eval set is not beside the repository.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import _common  # noqa: E402
import c4  # noqa: E402
import corpus  # noqa: E402
import peers  # noqa: E402
import quality  # noqa: E402


def _eval_dir() -> Path:
    try:
        return _common.resolve_eval_dir(None)
    except _common.BenchError:
        pytest.skip("eval set not found beside the repository")


# -- C4 filters: the published behaviour ---------------------------------------------------
BODY = "The council approved the budget on Monday after a long debate."


@pytest.mark.parametrize(
    "line",
    [
        "Share on Facebook",  # no terminal mark
        "Read more...",  # ellipsis
        "Stop now.",  # two words < 3
        "Please enable JavaScript to view the comments.",
        "By using this site you agree to our Terms of Use.",
        "This website uses cookies to improve your experience.",
    ],
)
def test_c4_drops_line_keeps_body(line: str) -> None:
    out = c4.c4_clean(f"{BODY}\n{line}\n{BODY}")
    assert out.split("\n") == [BODY, BODY]


def test_c4_strips_citations_and_keeps_quote_end() -> None:
    assert c4.c4_clean('He said it was "the best year ever."[12]') == (
        'He said it was "the best year ever."'
    )


@pytest.mark.parametrize("bad", ["Lorem ipsum dolor sit amet.", "var x = {a: 1} is code."])
def test_c4_page_rules_drop_page_line_mode_drops_line(bad: str) -> None:
    text = "\n".join([BODY] * 6 + [bad])
    assert c4.c4_clean(text, page_rules=True) == ""
    assert c4.c4_clean(text).split("\n") == [BODY] * 6


def test_c4_page_needs_five_sentences() -> None:
    four = "\n".join([BODY] * 4)
    assert c4.c4_clean(four, page_rules=True) == ""
    assert c4.c4_clean(four) == four
    assert c4.c4_clean(four + "\n" + BODY, page_rules=True) != ""


# -- generated corpus ----------------------------------------------------------------------
def test_corpus_is_deterministic_and_varied() -> None:
    a = list(corpus.generate(200, seed=3))
    assert a == list(corpus.generate(200, seed=3))
    assert a != list(corpus.generate(200, seed=4))
    assert any("Ã" in d or "â\x80" in d for d in a), "some mojibake"
    assert any("&amp;" in d or "<p>" in d or "<a href" in d for d in a), "some HTML remnants"
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in d) for d in a), "some Cyrillic"
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in d) for d in a), "some Chinese"


def test_wrap_html_escapes_and_skips_blank_lines() -> None:
    page = peers.wrap_html("A & B <b>\n\n  \nSecond line")
    assert "<p>A &amp; B &lt;b&gt;</p>" in page
    assert "<p>Second line</p>" in page
    assert page.count("<p>") == 2


def test_table_is_a_pipe_table() -> None:
    t = _common.table(["tool", "x"], [["a", "1.000"], ["longer", "2"]]).split("\n")
    assert len(t) == 4
    assert all(row.startswith("|") and row.endswith("|") for row in t)
    assert len({len(row) for row in t}) == 1


# -- quality on 3 eval docs ------------------------------------------------------------------
def test_quality_scores_identity_and_newsclean() -> None:
    eval_dir = _eval_dir()
    score = _common.load_score_module(eval_dir)
    docs, _ = quality.load_docs(score, eval_dir, "article", None, 3)
    assert len(docs) == 3
    tools, skipped = peers.load_tools(["identity", "newsclean"])
    assert not skipped
    aggs = quality.evaluate(score, docs, tools)
    assert list(aggs) == ["identity", "newsclean"]
    ident = aggs["identity"]
    # The raw dump removes nothing and loses nothing, by definition.
    assert ident["line"].get("removed_body", 0) == ident["line"].get("removed_junk", 0) == 0
    assert ident["share_docs_deleted_body_line"] == 0
    assert ident["share_docs_deleted_body_tokens"] == 0
    for agg in aggs.values():
        assert agg["docs"] == 3
        for k in ("micro_P", "micro_R", "micro_F1"):
            assert 0.0 <= agg["tok"][k] <= 1.0
    rows = quality.main_table(aggs).split("\n")
    assert [r.split("|")[1].strip() for r in rows[2:]] == ["identity", "newsclean"]


def test_quality_cli_runs_and_reports_missing_eval_dir(tmp_path: Path) -> None:
    eval_dir = _eval_dir()
    ok = subprocess.run(
        [
            sys.executable,
            str(BENCH / "quality.py"),
            "--eval-dir",
            str(eval_dir),
            "--tools",
            "identity,newsclean",
            "--limit",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ok.returncode == 0, ok.stderr
    assert "| newsclean" in ok.stdout and "| identity" in ok.stdout
    bad = subprocess.run(
        [sys.executable, str(BENCH / "quality.py"), "--eval-dir", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 2
    assert "eval set not found" in bad.stderr and "Traceback" not in bad.stderr
