"""newsclean on Dask: results equal the single-machine code, on a real 2-process LocalCluster.

Every test here shares one module-scoped cluster (processes, 2 workers, 1 thread each), so the
whole module costs one cluster start-up. Skipped cleanly when the ``dask`` extra is absent.
"""

from __future__ import annotations

import gzip
import itertools
import json
import logging
import os
import random
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
from dask.delayed import delayed  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import newsclean  # noqa: E402
from newsclean.integrations import dask as ncdask  # noqa: E402

pytestmark = pytest.mark.slow

# Shared cluster: hypothesis examples on a cluster cost ~0.1-0.5 s each, keep them few.
CLUSTER_SETTINGS = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


ARTICLE = (
    "A title about rivers\n\nriver-photo.jpg\n\nShare on Facebook\n\n"
    "The river rose by two metres overnight, officials said on Tuesday.\n\n"
    "Residents were told to leave their homes before the water reached the bridge.\n"
)


def _records(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body = ARTICLE.replace("two", rng.choice(["two", "three", "four"])).replace(
            "Tuesday", rng.choice(["Monday", "Tuesday"])
        )
        out.append({"id": f"r{i:04d}", "text": body, "title": None, "source": rng.random()})
    return out


# -- cleaning -------------------------------------------------------------------------------
def test_clean_equals_single_machine_and_carries_report(client: Any) -> None:
    records = _records(40, seed=1)
    cfg = newsclean.Config()
    got = ncdask.clean(db.from_sequence(records, npartitions=4), cfg).compute()
    want = list(newsclean.Cleaner(cfg).map_records(records, report_key="newsclean"))
    assert got == want
    # The removal report rides along with every record, and the rest of the record passes through.
    assert all("counts" in r["metadata"]["newsclean"] for r in got)
    assert [r["source"] for r in got] == [r["source"] for r in records]


def test_clean_custom_keys_and_no_report(client: Any) -> None:
    records = [{"body": r["text"], "id": r["id"]} for r in _records(6, seed=2)]
    cleaner = newsclean.Cleaner(newsclean.Config(ignore=("NC2",)))
    got = ncdask.clean(
        db.from_sequence(records, npartitions=2), cleaner, text_key="body", report_key=None
    ).compute()
    assert got == list(cleaner.map_records(records, text_key="body"))
    assert all("metadata" not in r for r in got)


def test_clean_rejects_other_collections() -> None:
    with pytest.raises(TypeError, match="dask Bag or DataFrame"):
        ncdask.clean([{"text": "x"}])


def test_clean_bad_record_raises_input_error(client: Any) -> None:
    bag = db.from_sequence([{"text": "fine"}, {"text": 3}], npartitions=1)
    with pytest.raises(newsclean.InputError, match="'text'"):
        ncdask.clean(bag).compute()


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"id": "a", "text": "fine"}, {"id": "b"}], "record 'b': field 'text' is missing"),
        ([{"id": "a", "text": "fine"}, {"id": 7, "text": 3}], "record 7: field 'text' is not a"),
        ([{"text": "fine"}, {"text": None}], "record 2 of its partition: field 'text' is not a"),
    ],
)
def test_clean_names_the_bad_record(
    client: Any, records: list[dict[str, Any]], message: str
) -> None:
    """The library path raises InputError naming the record (by id, else by position), not
    only the field: in a corpus of millions, 'text is missing' alone finds nothing."""
    bag = db.from_sequence(records, npartitions=1)
    with pytest.raises(newsclean.InputError, match=message):
        ncdask.clean(bag).compute()


def test_read_jsonl_with_text_key_names_the_line_of_a_record_without_text(
    client: Any, tmp_path: Path
) -> None:
    p = tmp_path / "t.jsonl"
    p.write_text('{"id": "a", "text": "x"}\n{"id": "b", "body": "x"}\n')
    with pytest.raises(newsclean.InputError, match=r"t\.jsonl:2: text field 'text' is missing"):
        ncdask.read_jsonl([str(p)], text_key="text").compute()
    assert len(ncdask.read_jsonl([str(p)]).compute()) == 2  # without text_key: no check


@pytest.mark.parametrize(
    ("second", "line"),
    [
        ('{"id": "b", "body": "no text"}', "bad.jsonl:2: text field 'text' is missing"),
        ('{"id": "b", "text": 5}', "bad.jsonl:2: text field 'text' is not a string"),
        ('{"id": "b", "text": ', "bad.jsonl:2: not valid JSON: expecting value at column 21"),
    ],
)
def test_cli_dedupe_dask_bad_record_is_one_line_without_a_worker_traceback(
    tmp_path: Path, second: str, line: str
) -> None:
    """On the cluster the CLI starts, a bad record fails a task on a worker; the worker's
    "Compute Failed" log with its traceback must not reach the user, only the one line. Nor
    does a warning that Dask's default HTTP port is taken (another cluster runs here)."""
    import contextlib
    import socket
    import subprocess
    import sys

    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "fine"}\n' + second + "\n")
    argv = ["dedupe", "bad.jsonl", "-o", "out.jsonl", "--engine", "dask", "--jobs", "2"]
    with socket.socket() as taken:
        with contextlib.suppress(OSError):  # if it is in use already, so much the better
            taken.bind(("", 8787))
            taken.listen()
        p = subprocess.run(
            [sys.executable, "-m", "newsclean", *argv],
            cwd=tmp_path,
            capture_output=True,
            timeout=180,
        )
    assert p.stderr.decode().startswith(f"error: {line}"), p.stderr.decode()
    assert len(p.stderr.decode().splitlines()) == 1, p.stderr.decode()
    assert p.returncode == 2
    assert not (tmp_path / "out.jsonl").exists()


# -- connected components -------------------------------------------------------------------
def _union_find_roots(edges: list[tuple[str, str]]) -> dict[str, str]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


node_names = st.integers(0, 40).map(lambda i: f"n{i:02d}")
edge_lists = st.lists(st.tuples(node_names, node_names), max_size=60)


@CLUSTER_SETTINGS
@given(edges=edge_lists, nparts=st.integers(1, 4), nout=st.integers(1, 4))
def test_components_equal_union_find(
    client: Any, edges: list[tuple[str, str]], nparts: int, nout: int
) -> None:
    parts = [delayed(edges[i::nparts]) for i in range(nparts)]
    labels = ncdask.connected_components(parts, nout)
    got = dict(x for p in client.gather(client.compute(labels)) for x in p)
    # Every node with a non-loop edge gets the smallest node of its component as its label.
    want = _union_find_roots([(a, b) for a, b in edges if a != b])
    assert got == want


def test_components_long_chain(client: Any) -> None:
    # A path is the worst case for plain label propagation (rounds = diameter).
    nodes = [f"p{i:03d}" for i in range(120)]
    random.Random(3).shuffle(nodes)
    edges = list(itertools.pairwise(nodes))
    labels = ncdask.connected_components([delayed(edges[:60]), delayed(edges[60:])], 3)
    got = dict(x for p in client.gather(client.compute(labels)) for x in p)
    assert got == {n: min(nodes) for n in nodes}


def test_shuffle_groups_equal_keys_in_one_partition(client: Any) -> None:
    items = [(f"k{i % 7}", i) for i in range(100)]
    parts = ncdask.shuffle([delayed(items[:50]), delayed(items[50:])], ncdask._first, 3)
    out = client.gather(client.compute(parts))
    where: dict[str, set[int]] = {}
    for j, p in enumerate(out):
        for k, _ in p:
            where.setdefault(k, set()).add(j)
    assert all(len(v) == 1 for v in where.values())
    assert sorted(x for p in out for x in p) == sorted(items)


# -- deduplication --------------------------------------------------------------------------
dd = pytest.importorskip("newsclean.corpus.dedup")

VOCAB = [
    "river",
    "flood",
    "town",
    "mayor",
    "water",
    "bridge",
    "council",
    "rain",
    "homes",
    "road",
    "school",
    "storm",
    "night",
    "police",
    "rescue",
    "warning",
    "village",
]


@st.composite
def corpora(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Random small corpora rich in near-duplicates: edited copies of a few base texts."""
    bases = draw(
        st.lists(st.lists(st.sampled_from(VOCAB), min_size=0, max_size=40), min_size=1, max_size=4)
    )
    n = draw(st.integers(1, 24))
    ids = draw(st.permutations([f"doc{i:02d}" for i in range(n)]))  # id order != input order
    records = []
    for rid in ids:
        words = list(draw(st.sampled_from(bases)))
        for _ in range(draw(st.integers(0, 3))):
            if words:
                words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(VOCAB))
        rec = {"id": rid, "text": " ".join(words), "n": len(words)}
        if draw(st.integers(0, 5)) == 0:
            del rec["id"]  # named by its input position, as find_duplicates does
        records.append(rec)
    return records


@CLUSTER_SETTINGS
@given(
    records=corpora(),
    threshold=st.sampled_from([0.5, 0.7, 0.8, 0.9]),
    keep=st.sampled_from(["first", "longest", "newest:n"]),
    shingle_size=st.sampled_from([2, 3, 5]),
    nin=st.integers(1, 4),
    nout=st.integers(1, 3),
)
def test_dedupe_equals_single_machine(
    client: Any,
    records: list[dict[str, Any]],
    threshold: float,
    keep: str,
    shingle_size: int,
    nin: int,
    nout: int,
) -> None:
    kw = {"keep": keep, "shingle_size": shingle_size}
    bag = db.from_sequence(records, npartitions=nin)
    unique, clusters = ncdask.dedupe(bag, threshold, npartitions=nout, **kw)
    want = dd.find_duplicates(records, threshold, **kw)
    assert sorted(clusters.compute()) == want
    assert unique.compute() == list(dd.unique(records, threshold, **kw))


def test_dedupe_generated_news_corpus_equals_single_machine(client: Any) -> None:
    # Realistic copies: exact re-scrapes, the same body under other sites' boilerplate, edited
    # versions, and follow-up stories that must stay apart; the text is cleaned before signing.
    from newsclean.corpus.synthetic import generate

    records = generate(160, seed=11)
    for r in records[::9]:
        del r["id"]
    want = dd.find_duplicates(records, 0.8, keep="newest:date")
    assert len(want) > 10
    unique, clusters = ncdask.dedupe(
        db.from_sequence(records, npartitions=5), 0.8, keep="newest:date"
    )
    assert sorted(clusters.compute()) == want
    assert unique.compute() == list(dd.unique(records, 0.8, keep="newest:date"))


def _slow(record: dict[str, Any]) -> dict[str, Any]:
    time.sleep(0.01)  # stretches signing so the kill lands while the run is in flight
    return record


def test_worker_killed_mid_run_does_not_change_result(client: Any) -> None:
    rng = random.Random(5)
    base = [" ".join(rng.choice(VOCAB) for _ in range(30)) for _ in range(20)]
    records = []
    for i in range(240):
        words = rng.choice(base).split()
        words[rng.randrange(len(words))] = rng.choice(VOCAB)
        records.append({"id": f"k{i:04d}", "text": " ".join(words)})
    want = dd.find_duplicates(records, 0.7)
    pids = client.run(os.getpid)  # worker address -> process id
    before = set(pids)

    result: dict[str, Any] = {}

    def run() -> None:
        bag = db.from_sequence(records, npartitions=6).map(_slow)
        unique, clusters = ncdask.dedupe(bag, 0.7, npartitions=3)
        result["clusters"] = sorted(clusters.compute())
        result["unique"] = unique.compute()

    worker = threading.Thread(target=run)
    worker.start()
    # Wait until some worker holds results of this run, then kill exactly that worker process.
    deadline = time.monotonic() + 30
    victim = None
    while victim is None and time.monotonic() < deadline:
        holding = [w for w, keys in client.has_what().items() if keys]
        victim = holding[0] if holding else None
        time.sleep(0.02)
    assert victim is not None
    assert worker.is_alive()  # the kill happens mid-run, not after it
    os.kill(pids[victim], signal.SIGKILL)
    worker.join(timeout=120)
    assert not worker.is_alive()
    client.wait_for_workers(2, timeout=60)
    assert victim not in client.scheduler_info()["workers"]  # that worker really died
    assert set(client.run(os.getpid)) != before
    assert result["clusters"] == want
    dropped = {m for c in want for m in c.members if m != c.kept}
    assert result["unique"] == [r for r in records if r["id"] not in dropped]


# -- reading JSONL and the command line -----------------------------------------------------
def _write_jsonl(path: Path, records: list[dict[str, Any]], blank_every: int = 0) -> None:
    lines = []
    for i, r in enumerate(records):
        lines.append(json.dumps(r, ensure_ascii=False) + "\n")
        if blank_every and i % blank_every == 0:
            lines.append("\n")
    data = "".join(lines).encode()
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)


def _corpus(n: int, seed: int, prefix: str = "c") -> list[dict[str, Any]]:
    rng = random.Random(seed)
    base = [" ".join(rng.choice(VOCAB) for _ in range(25)) for _ in range(6)]
    out: list[dict[str, Any]] = []
    for i in range(n):
        words = rng.choice(base).split()
        words[rng.randrange(len(words))] = rng.choice(VOCAB) + "é"
        rec: dict[str, Any] = {
            "id": f"{prefix}{i:03d}",
            "text": " ".join(words),
            "date": rng.random(),
        }
        if i % 5 == 0:
            del rec["id"]  # named "<path>:<line>" by both readers
        out.append(rec)
    return out


@CLUSTER_SETTINGS
# Lines are ~200 bytes: blocks from a tenth of a line to a few lines cover every boundary case
# (a line spanning several blocks, blocks where no line starts) at a few dozen tasks per file.
@given(blocksize=st.integers(20, 700), blank_every=st.integers(0, 4))
def test_read_jsonl_equals_local_reader(
    client: Any, tmp_path_factory: pytest.TempPathFactory, blocksize: int, blank_every: int
) -> None:
    from newsclean.corpus.reader import read_records

    d = tmp_path_factory.mktemp("jsonl")
    a, b = d / "a.jsonl", d / "b.jsonl.gz"
    _write_jsonl(a, _corpus(12, seed=blocksize), blank_every)
    _write_jsonl(b, _corpus(5, seed=blank_every), blank_every)
    paths = [str(a), str(b)]
    bag = ncdask.read_jsonl(paths, blocksize=blocksize)
    assert bag.compute() == [r for p in paths for r in read_records(p)]


def test_read_jsonl_bad_line_names_file_and_line(client: Any, tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "text": "x"}\n\n{"id": "b", "text": \n')
    with pytest.raises(newsclean.InputError, match=r"bad\.jsonl:3: not valid JSON"):
        ncdask.read_jsonl([str(p)], blocksize=10).compute()


def test_cli_dedupe_dask_writes_what_local_writes(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsclean.cli.main import main

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl.gz"
    _write_jsonl(a, _corpus(30, seed=7), blank_every=4)
    _write_jsonl(b, _corpus(10, seed=8, prefix="b"))
    common = [str(a), str(b), "--threshold", "0.7", "--keep", "newest:date", "--shingle-size", "3"]
    out = {}
    for engine in ("local", "dask"):
        o, c = tmp_path / f"{engine}.jsonl", tmp_path / f"{engine}.clusters.jsonl"
        argv = [*common, "-o", str(o), "--clusters", str(c), "--engine", engine]
        if engine == "dask":
            argv += ["--scheduler", client.scheduler.address]
        assert main(["dedupe", *argv]) == 0, capsys.readouterr().err
        out[engine] = (o.read_bytes(), c.read_bytes())
    assert out["dask"] == out["local"]
    assert out["local"][1].count(b"\n") > 0  # the corpus has duplicates to agree on
    assert "on dask (2 workers" in capsys.readouterr().err


def test_cli_dedupe_dask_usage_errors(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsclean.cli.main import main

    good = tmp_path / "a.jsonl"
    _write_jsonl(good, _corpus(3, seed=1))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n[1, 2]\n')
    sched = ["--engine", "dask", "--scheduler", client.scheduler.address]
    out = tmp_path / "out.jsonl"
    cases = [
        ([str(bad), "-o", str(out), *sched], "bad.jsonl:2: a line must be a JSON object"),
        ([str(good), "-o", str(out), "--index", str(tmp_path / "i.db"), *sched], "--index"),
        ([str(tmp_path / "a.txt"), "-o", str(out), *sched], ".jsonl and .jsonl.gz files only"),
    ]
    for argv, message in cases:
        assert main(["dedupe", *argv]) == 2
        assert message in capsys.readouterr().err
    assert not out.exists()  # nothing half-written


def test_cli_format_dask_equals_local(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsclean.cli.main import main

    recs = [
        {"id": str(i), "title": None, "text": ARTICLE + f"\n\nShare on Facebook {i}\n"}
        for i in range(40)
    ]
    paths = {e: tmp_path / f"{e}.jsonl" for e in ("local", "dask")}
    for p in paths.values():
        _write_jsonl(p, recs)
    before = paths["local"].read_bytes()
    sched = ["--engine", "dask", "--scheduler", client.scheduler.address]
    assert main(["format", str(paths["dask"]), "--isolated", "--check", *sched]) == 1
    assert main(["format", str(paths["local"]), "--isolated"]) == 0
    assert main(["format", str(paths["dask"]), "--isolated", *sched]) == 0
    assert paths["dask"].read_bytes() == paths["local"].read_bytes() != before
    assert main(["format", str(paths["dask"]), "--isolated", "--check", *sched]) == 0
    capsys.readouterr()
