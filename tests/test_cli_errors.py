"""Bad output and configuration paths: one line `error: <path>: ...`, exit 2, no traceback."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from _cli import DIRTY, Run, run_cli

import newsclean.io.atomic


@pytest.fixture
def dirty(tmp_path: Path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(DIRTY, encoding="utf-8")
    return p


def _one_error(r: Run, path: Path | str, message: str) -> None:
    assert r.code == 2
    assert r.err == f"error: {path}: {message}\n"


def test_output_is_a_folder(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    (tmp_path / "d").mkdir()
    r = run_cli(capsys, "clean", "-o", tmp_path / "d", dirty)
    assert r.code == 2 and r.err.startswith(f"error: {tmp_path / 'd'}: is a folder")
    assert list((tmp_path / "d").iterdir()) == []


def test_output_dir_is_a_file(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    (tmp_path / "f").write_text("keep")
    r = run_cli(capsys, "clean", "--output-dir", tmp_path / "f", dirty)
    _one_error(r, tmp_path / "f", "not a folder (--output-dir needs one)")
    assert (tmp_path / "f").read_text() == "keep"


def test_output_in_a_missing_folder(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    out = tmp_path / "nodir" / "x.txt"
    _one_error(
        run_cli(capsys, "clean", "-o", out, dirty), out, "cannot write: No such file or directory"
    )


def test_unwritable_output_locations(
    capsys: pytest.CaptureFixture[str],
    dirty: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Tests run as root, where permissions do not bite: refuse the temporary file instead.
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(newsclean.io.atomic.tempfile, "mkstemp", denied)
    out = tmp_path / "o.txt"
    _one_error(run_cli(capsys, "clean", "-o", out, dirty), out, "cannot write: Permission denied")
    out = tmp_path / "od" / "a.txt"
    r = run_cli(capsys, "clean", "--output-dir", tmp_path / "od", dirty)
    _one_error(r, out, "cannot write: Permission denied")

    def no_folder(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(Path, "mkdir", no_folder)
    r = run_cli(capsys, "clean", "--output-dir", tmp_path / "new", dirty)
    _one_error(r, tmp_path / "new", "cannot create the output folder: Permission denied")


def test_config_that_is_not_utf8(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\x89PNG\x00")
    r = run_cli(capsys, "clean", "--config", bad, dirty)
    _one_error(r, bad, "not valid UTF-8 (byte 0x89 at offset 0), so not a TOML file")


@pytest.mark.parametrize("command", ["clean", "format"])
def test_discovered_pyproject_that_is_not_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    pyproject = tmp_path / "proj" / "pyproject.toml"
    (tmp_path / "proj" / "sub").mkdir(parents=True)
    pyproject.write_bytes(b"[tool.newsclean]\n# \xff\n")
    article = tmp_path / "proj" / "sub" / "a.txt"
    article.write_text(DIRTY, encoding="utf-8")
    r = run_cli(capsys, command, article)
    assert r.code == 2
    assert r.err.splitlines()[0] == (
        f"error: {pyproject.resolve()}: not valid UTF-8 (byte 0xff at offset 19), "
        "so not a TOML file"
    )
    assert article.read_text(encoding="utf-8") == DIRTY


def test_output_dir_entry_that_is_a_folder(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    (tmp_path / "out" / "a.txt").mkdir(parents=True)
    r = run_cli(capsys, "clean", "--output-dir", tmp_path / "out", dirty)
    _one_error(r, tmp_path / "out" / "a.txt", "cannot write: Is a directory")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.txt"]  # no temporary file left


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["clean", "--select", "NC205"], "--select: NC205 matches no rule"),  # not a rule
        (["clean", "--explain", "--ignore", "nc4o1"], "--ignore: NC4O1 matches no rule"),
        (
            ["format", "--check", "--extend-select", "NC9,NC2,NC299"],
            "--extend-select: NC9, NC299 match no rule",
        ),
    ],
)
def test_a_selector_that_matches_no_rule_is_an_error(
    capsys: pytest.CaptureFixture[str], dirty: Path, argv: list[str], message: str
) -> None:
    r = run_cli(capsys, *argv, dirty)
    assert r.code == 2 and r.out == ""
    assert r.err == f"error: command line: {message} (see `newsclean rules` for the codes)\n"
    assert dirty.read_text(encoding="utf-8") == DIRTY


@pytest.mark.parametrize(
    ("table", "where"),
    [
        ('select = ["NC2", "NC205"]', "[tool.newsclean] select: NC205"),
        ('ignore = ["NC4O1"]', "[tool.newsclean] ignore: NC4O1"),
        (
            '[[tool.newsclean.overrides]]\npaths = ["*.txt"]\nextend-select = ["NC7"]',
            "[tool.newsclean] overrides[1] extend-select: NC7",
        ),
        (
            '[tool.newsclean.per-file-ignores]\n"*.txt" = ["NC302"]',
            "[tool.newsclean] per-file-ignores '*.txt' ignore: NC302",
        ),
    ],
)
def test_a_configured_selector_that_matches_no_rule_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dirty: Path, table: str, where: str
) -> None:
    pyproject = tmp_path / "pyproject.toml"
    head = "" if table.startswith("[") else "[tool.newsclean]\n"
    pyproject.write_text(head + table + "\n")
    r = run_cli(capsys, "clean", dirty)
    assert r.code == 2 and r.out == ""
    assert r.err.startswith(f"error: {pyproject.resolve()}: {where} matches no rule")


def test_rules_command_shares_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(capsys, "rules", "--select", "NC999")
    assert r.code == 2 and r.out == ""
    assert "--select: NC999 matches no rule" in r.err


ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("table", "start"),
    [
        ("keep-captions = 'yes'", "`error: pyproject.toml: [tool.newsclean] keep-captions: "),
        ('ignore = ["XY1"]', "``... ignore: "),
    ],
)
def test_configuration_docs_quote_the_real_error_messages(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dirty: Path,
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    start: str,
) -> None:
    """docs/configuration.md's examples of broken-file errors are what newsclean says."""
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert start in doc, start
    quote = start.lstrip("`")
    tick = start[: len(start) - len(quote)]
    shown = quote + doc.split(start, 1)[1].split(tick, 1)[0]
    monkeypatch.chdir(tmp_path)
    Path("pyproject.toml").write_text(f"[tool.newsclean]\n{table}\n")
    r = run_cli(capsys, "clean", dirty)
    assert r.code == 2
    # "..." stands for the start of the message ("error: pyproject.toml: [tool.newsclean]").
    tail = shown[3:] if shown.startswith("...") else shown.split("pyproject.toml", 1)[1]
    assert r.err.startswith(f"error: {(tmp_path / 'pyproject.toml').resolve()}: [tool.newsclean] ")
    assert r.err.endswith(tail + "\n") and r.err.count("\n") == 1
