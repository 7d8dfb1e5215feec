"""The pre-commit hooks, run by the real ``pre-commit`` client in a temporary git repository.

pre-commit installs a ``repo:`` hook by cloning it and pip-installing it into its own
environment, which needs the network. The test therefore runs the hooks as ``repo: local``
``language: system`` entries copied from this checkout's ``.pre-commit-hooks.yaml`` (so the two
cannot drift), with the ``newsclean`` of this environment first on PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _cli import DIRTY

import newsclean

yaml = pytest.importorskip("yaml", reason="PyYAML comes with pre-commit")

ROOT = Path(__file__).resolve().parents[1]
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_hook_definitions() -> None:
    by_id = {h["id"]: h for h in HOOKS}
    assert set(by_id) == {"newsclean-format", "newsclean-check"}
    assert by_id["newsclean-format"]["entry"].startswith("newsclean format")
    assert "--check" not in by_id["newsclean-format"]["entry"]
    assert by_id["newsclean-check"]["entry"].startswith("newsclean format --check")
    for h in HOOKS:
        assert h["language"] == "python"
        assert "--force-exclude" in h["entry"]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _pre_commit(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
@pytest.mark.parametrize("hook_id", ["newsclean-format", "newsclean-check"])
def test_hook_with_the_real_client(tmp_path: Path, hook_id: str) -> None:
    pytest.importorskip("pre_commit")
    hook = next(h for h in HOOKS if h["id"] == hook_id)
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "t")
    local = {**hook, "language": "system"}
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]})
    )
    clean_text = newsclean.clean(DIRTY)
    (repo / "data").mkdir()
    (repo / "data" / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (repo / "data" / "clean.txt").write_text(clean_text, encoding="utf-8")
    (repo / "README.md").write_text("not an article\n")
    _git(repo, "add", ".")
    bindir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": bindir + os.pathsep + os.environ.get("PATH", ""),
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
    }
    clean_mtime = (repo / "data" / "clean.txt").stat().st_mtime_ns

    first = _pre_commit(repo, env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Failed" in first.stdout
    if hook_id == "newsclean-format":
        assert (repo / "data" / "dirty.txt").read_text(encoding="utf-8") == clean_text
        assert "files were modified by this hook" in first.stdout
        second = _pre_commit(repo, env)
        assert second.returncode == 0, second.stdout + second.stderr
        assert "Passed" in second.stdout
    else:
        assert (repo / "data" / "dirty.txt").read_text(encoding="utf-8") == DIRTY
        assert "would clean data/dirty.txt" in first.stdout
    assert (repo / "data" / "clean.txt").stat().st_mtime_ns == clean_mtime
    assert (repo / "README.md").read_text() == "not an article\n"
