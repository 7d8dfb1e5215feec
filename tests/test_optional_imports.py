"""The core must work, and import, without any optional engine installed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Run in a fresh interpreter: this test process may already have imported dask for other tests.
_PROBE = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import newsclean
    skipped = []
    for mod in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if mod.name.startswith("newsclean.integrations."):
            skipped.append(mod.name)  # optional engines: imported only on request
            continue
        if mod.name.endswith("__main__"):
            continue  # runs the CLI when imported
        importlib.import_module(mod.name)
    from newsclean.cli.main import build_parser
    build_parser()  # loads every sub-command module, as `newsclean --help` does
    engines = sorted(m for m in sys.modules if m.split(".")[0] in {"dask", "distributed"})
    assert not engines, engines
    assert "newsclean.integrations.dask" in skipped, skipped
    print(len([m for m in sys.modules if m.startswith("newsclean")]))
    """
)


def test_core_imports_no_dask() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    # The probe really imported the package tree (engine, rules, cli, ...), not just __init__.
    assert int(proc.stdout.strip()) > 10


def test_engine_dask_without_the_extra_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsclean.cli._engine as engine
    from newsclean.cli.main import main

    monkeypatch.setattr(engine.importlib.util, "find_spec", lambda name: None)
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a", "text": "Some text here."}\n')
    assert main(["dedupe", str(src), "-o", str(tmp_path / "o.jsonl"), "--engine", "dask"]) == 2
    assert "pip install 'newsclean[dask]'" in capsys.readouterr().err
    assert main(["format", str(src), "--engine", "dask"]) == 2
    assert "pip install 'newsclean[dask]'" in capsys.readouterr().err
    assert src.read_text() == '{"id": "a", "text": "Some text here."}\n'  # untouched


def test_scheduler_needs_engine_dask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsclean.cli.main import main

    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a", "text": "Some text here."}\n')
    argv = [str(src), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "tcp://127.0.0.1:1"]
    assert main(["dedupe", *argv]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
