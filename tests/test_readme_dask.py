"""README's Dask snippet works as written, saved as a script (`python x.py`)."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _dask_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    (snippet,) = [b for b in blocks if "ncdask" in b]
    return snippet


def test_the_readme_dask_snippet_runs_as_a_script(tmp_path: Path) -> None:
    """Dask's default scheduler for a Bag starts processes (spawn), which import the script
    again: without an `if __name__ == "__main__":` guard, `.persist()` fails."""
    pytest.importorskip("dask.bag")
    body = "This is the first sentence of a real article body that is long enough to count. "
    rows = [
        [{"id": "a", "text": "Headline\n\n" + body * 3}, {"id": "b", "text": "Other\n\n" + body}],
        [{"id": "c", "text": "Headline\n\nShare on Facebook\n\n" + body * 3}],
    ]
    for i, recs in enumerate(rows, 1):
        data = "".join(json.dumps(r) + "\n" for r in recs).encode()
        (tmp_path / f"dump-{i}.jsonl.gz").write_bytes(gzip.compress(data))
    snippet = _dask_snippet()
    last = snippet.rstrip("\n").rsplit("\n", 1)[-1]
    indent = last[: len(last) - len(last.lstrip())]
    script = snippet + indent + "print(unique.count().compute(), clusters.count().compute())\n"
    (tmp_path / "x.py").write_text(script, encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "x.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.split() == ["2", "1"]


def test_the_readme_starts_with_the_two_newcomer_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert lines[2:6] == [
        "```bash",
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e . && newsclean clean "
        "seeds/000_81e88c19850013e3.txt",
        'pip install -e ".[test]" && python -m pytest -q',
        "```",
    ]
