"""The SQLite index: incremental batches, parameter checks, kill safety, concurrent readers."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsclean import dedup
from newsclean.corpus import synthetic
from newsclean.corpus.index import CorpusIndex, IndexUnusable

CFG = dedup.DedupConfig(clean=False)


def add_batch(path: Path, recs: list[dict[str, object]], order: int = 0) -> dedup.DedupResult:
    with CorpusIndex(str(path), CFG) as ix:
        ix.begin()
        sigs = dedup.signatures(recs, CFG)
        res = dedup.dedupe_signatures(sigs, CFG, index=ix, first_order=order)
        ix.add(sigs, res)
        ix.commit()
    return res


def test_batches_against_the_index_equal_one_big_run(tmp_path: Path) -> None:
    recs = synthetic.generate(600, seed=5, paragraphs=(1, 3))
    whole = dedup.dedupe_signatures(dedup.signatures(recs, CFG), CFG)
    kept: list[bool] = []
    for lo in range(0, 600, 150):
        kept += add_batch(tmp_path / "c.sqlite", recs[lo : lo + 150], lo).kept
    # With keep=first and copies always after their original, batches decide the same.
    assert kept == whole.kept
    with CorpusIndex(str(tmp_path / "c.sqlite"), CFG, readonly=True) as r:
        assert r.stats()["docs"] == 600 and r.stats()["batches"] == 4


def test_a_later_copy_is_dropped_and_its_cluster_names_the_indexed_original(tmp_path: Path) -> None:
    recs = synthetic.generate(50, seed=6, copy_rate=0.0, paragraphs=(2, 3))
    add_batch(tmp_path / "c.sqlite", recs)
    copy = dict(recs[7], id="again")
    res = add_batch(tmp_path / "c.sqlite", [copy, {"id": "new", "text": "something else " * 9}])
    assert res.kept == [False, True]
    (c,) = res.clusters
    assert c.kept == recs[7]["id"] and set(c.members) == {"again", recs[7]["id"]}
    assert c.reason.startswith("already in the index")


def test_other_parameters_are_refused(tmp_path: Path) -> None:
    add_batch(tmp_path / "c.sqlite", [{"id": "a", "text": "one two three four five six"}])
    with pytest.raises(IndexUnusable, match="shingle_size"):
        CorpusIndex(str(tmp_path / "c.sqlite"), CFG.replace(shingle_size=3))
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(IndexUnusable):
        CorpusIndex(str(tmp_path / "junk.sqlite"), CFG)


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from newsclean import dedup
    from newsclean.corpus import synthetic
    from newsclean.corpus.index import CorpusIndex
    cfg = dedup.DedupConfig(clean=False)
    recs = synthetic.generate(200, seed=int(sys.argv[2]), paragraphs=(1, 2))
    ix = CorpusIndex(sys.argv[1], cfg)
    ix.begin()
    sigs = dedup.signatures(recs, cfg)
    ix.add(sigs, dedup.dedupe_signatures(sigs, cfg, index=ix))
    print("inserted", flush=True)
    sys.stdin.readline()           # the parent inspects the index now, then says go
    os.kill(os.getpid(), signal.SIGKILL)   # killed before COMMIT
    """
)


def test_a_killed_writer_leaves_the_index_as_it_was_and_readers_keep_reading(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.sqlite"
    add_batch(path, synthetic.generate(100, seed=1, paragraphs=(1, 2)))
    before = sqlite3.connect(path).execute("SELECT COUNT(*) FROM docs").fetchone()[0]
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(path), "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "inserted"
    # A second process reads while the writer holds its uncommitted batch.
    with CorpusIndex(str(path), CFG, readonly=True) as reader:
        assert reader.stats()["docs"] == before
        probe = dedup.signatures(synthetic.generate(100, seed=1, paragraphs=(1, 2))[:5], CFG)
        assert len(reader.candidates(dedup.band_matrix(probe, CFG))) >= 5
    proc.stdin.write("go\n")
    proc.stdin.flush()
    proc.wait(timeout=60)
    assert proc.returncode != 0
    with CorpusIndex(str(path), CFG) as ix:
        assert ix.stats()["docs"] == before
        assert ix.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # And the index still works for the next batch.
    add_batch(path, synthetic.generate(100, seed=3, paragraphs=(1, 2)))
