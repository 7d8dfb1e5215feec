"""The seed dumps in seeds/ clean to exactly tests/fixtures/expected/<same name>."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXPECTED = ROOT / "tests" / "fixtures" / "expected"


def test_seeds_present() -> None:
    assert SEEDS, "no seed dumps in seeds/"
    for seed in SEEDS:
        assert (EXPECTED / seed.name).is_file(), f"no expected output for {seed.name}"


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_cleans_to_expected(seed: Path) -> None:
    raw = seed.read_bytes()
    expected = (EXPECTED / seed.name).read_text(encoding="utf-8")
    result = newsclean.clean_article(raw)
    assert result.text == expected
    assert result.reconstruct() == raw.decode("utf-8")
    # Every line the expected text lacks is accounted for by a rule.
    out = set(result.kept)
    for no, line in enumerate(raw.decode("utf-8").split("\n"), 1):
        if line.strip(" \t\r") and no not in out:
            assert any(r.line == no for r in result.removed), f"line {no} {line!r} unexplained"


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_is_a_fixed_point(seed: Path) -> None:
    expected = (EXPECTED / seed.name).read_text(encoding="utf-8")
    assert newsclean.clean(expected) == expected


def _has_clean_command() -> bool:
    try:
        import newsclean.cli.clean  # noqa: F401
    except ModuleNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _has_clean_command(), reason="`newsclean clean` not merged yet")
@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_via_cli(seed: Path) -> None:
    """`newsclean clean FILE` prints the clean text on stdout."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", str(seed)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout == (EXPECTED / seed.name).read_text(encoding="utf-8")


@pytest.mark.skipif(not _has_clean_command(), reason="`newsclean clean` not merged yet")
def test_seed_via_cli_stdin() -> None:
    seed = SEEDS[0]
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", "-"],
        input=seed.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout.decode("utf-8") == (EXPECTED / seed.name).read_text(encoding="utf-8")
