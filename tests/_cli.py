"""Helpers for the CLI tests: run ``newsclean`` in-process or as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsclean.cli.main import main

# A dump with junk the current rules remove (invisible-character lines) and body text.
DIRTY = (
    "A headline for the test article\n"
    "\u00a0\n"
    "The first paragraph of the body is long enough to be a real sentence of the article.\n"
    "\u00a0\n"
    "The second paragraph also reads like prose and has to survive every cleaning run.\n"
)


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> Run:
    code = main([str(a) for a in argv])
    cap = capsys.readouterr()
    return Run(code, cap.out, cap.err)


def run_proc(
    *argv: str | Path,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, argv)],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
