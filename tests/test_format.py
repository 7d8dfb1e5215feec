"""`newsclean format`: in-place rewrites, --check/--diff, exit codes, errors, --jobs."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from _cli import DIRTY, run_cli

import newsclean
from newsclean.cli.format import show_progress

CLEAN = newsclean.clean(DIRTY)
OLD = 1_000_000_000  # an mtime far in the past, to see whether a file was rewritten


def _file(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    os.utime(path, (OLD, OLD))
    return path


def _snapshot(root: Path) -> dict[str, tuple[bytes, int, int]]:
    """Content, mtime and mode of every file under root."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def _records(text: str, n: int) -> bytes:
    return "".join(
        json.dumps({"id": i, "text": text, "src": "x"}) + "\n" for i in range(n)
    ).encode()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    _file(tmp_path / "a.txt", DIRTY)
    _file(tmp_path / "sub" / "b.txt", DIRTY)
    _file(tmp_path / "sub" / "clean.txt", CLEAN)
    _file(tmp_path / "c.jsonl", _records(DIRTY, 3))
    _file(tmp_path / "notes.md", "# not an article\n")
    _file(tmp_path / ".git" / "x.txt", DIRTY)  # excluded by default
    return tmp_path


def test_format_rewrites_then_is_idempotent(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    os.chmod(tree / "a.txt", 0o600)
    r = run_cli(capsys, "format", tree)
    assert r.code == 0
    assert r.out == ""
    assert (tree / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert (tree / "sub" / "b.txt").read_text(encoding="utf-8") == CLEAN
    assert stat.S_IMODE((tree / "a.txt").stat().st_mode) == 0o600
    assert (tree / ".git" / "x.txt").read_text(encoding="utf-8") == DIRTY
    assert (tree / "notes.md").read_text() == "# not an article\n"
    # the already clean file was not rewritten
    assert (tree / "sub" / "clean.txt").stat().st_mtime_ns == OLD * 10**9
    counts = newsclean.clean_article(DIRTY).counts()
    assert "3 files cleaned, 1 file left unchanged." in r.err
    total = 5 * sum(counts.values())  # two .txt files and three records
    assert f"Lines removed: {total} (" in r.err
    for rec in map(json.loads, (tree / "c.jsonl").read_text().splitlines()):
        assert rec["text"] == CLEAN and rec["src"] == "x"

    before = _snapshot(tree)
    r = run_cli(capsys, "format", tree)
    assert r.code == 0
    assert "4 files left unchanged." in r.err
    assert _snapshot(tree) == before


@pytest.mark.parametrize("flag", ["--check", "--diff"])
def test_check_and_diff_never_write(
    capsys: pytest.CaptureFixture[str], tree: Path, flag: str
) -> None:
    before = _snapshot(tree)
    r = run_cli(capsys, "format", flag, tree)
    assert r.code == 1
    assert _snapshot(tree) == before
    assert f"would clean {tree / 'a.txt'}" in r.err
    assert "3 files would be cleaned, 1 file left unchanged." in r.err
    if flag == "--check":
        assert r.out == ""
    else:
        assert f"--- {tree / 'a.txt'}\t(original)\n+++ {tree / 'a.txt'}\t(cleaned)\n" in r.out
        assert f"--- {tree / 'c.jsonl'}:1 (id=0)\t(original)" in r.out
        removed = [x.text for x in newsclean.clean_article(DIRTY).removed]
        assert all(f"-{t}\n" in r.out for t in removed)


def test_check_passes_on_clean_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _file(tmp_path / "a.txt", CLEAN)
    r = run_cli(capsys, "format", "--check", tmp_path / "a.txt")
    assert (r.code, r.out) == (0, "")
    assert "1 file left unchanged." in r.err


def test_diff_applies_to_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The diff is exact: applying it by hand gives what format writes."""
    p = _file(tmp_path / "a.txt", DIRTY)
    diff = run_cli(capsys, "format", "--diff", p).out
    old = DIRTY.splitlines(keepends=True)
    new: list[str] = []
    i = 0
    for line in diff.splitlines(keepends=True)[2:]:
        if line.startswith("@@"):
            start = int(line.split()[1].split(",")[0][1:]) - 1
            new += old[i:start]
            i = start
        elif line.startswith(" "):
            new.append(line[1:])
            i += 1
        elif line.startswith("-"):
            i += 1
        elif line.startswith("+"):
            new.append(line[1:])
    new += old[i:]
    assert "".join(new) == CLEAN


def test_bad_files_are_reported_and_the_rest_processed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = _file(tmp_path / "good.txt", DIRTY)
    bad_utf8 = _file(tmp_path / "latin1.txt", "Caf\u00e9 society\n".encode("latin-1"))
    binary = _file(tmp_path / "bin.txt", b"\x7fELF\x02\x01\x01\x00\x00")
    empty = _file(tmp_path / "empty.txt", b"")
    # A corpus whose first records would change but whose line 4 is broken: nothing written.
    broken = _file(
        tmp_path / "broken.jsonl", _records(DIRTY, 3) + b'{"id": 3, "text": \n' + _records(DIRTY, 1)
    )
    no_text = _file(tmp_path / "notext.jsonl", b'{"id": 1, "body": "x"}\n')
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    before = _snapshot(tmp_path)
    r = run_cli(capsys, "format", tmp_path)
    assert r.code == 2
    assert "Traceback" not in r.err
    assert good.read_text(encoding="utf-8") == CLEAN
    after = _snapshot(tmp_path)
    for p in (bad_utf8, binary, empty, broken, no_text):
        assert after[p.name] == before[p.name], p
    assert sorted(after) == sorted(before)  # no temporary file left behind
    assert f"error: {bad_utf8}: not valid UTF-8: byte 0xe9 at offset 3, line 1" in r.err
    assert f"error: {binary}: binary data, not text (NUL byte at offset 7)" in r.err
    assert f"error: {empty}: empty file" in r.err
    assert f"error: {broken}:4: not valid JSON" in r.err
    assert f"error: {no_text}:1: text field 'text' is missing (see --text-key)" in r.err
    assert f"error: {dangling}: cannot read: No such file or directory" in r.err
    assert "1 file cleaned, 6 errors." in r.err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without read permission")
def test_unreadable_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _file(tmp_path / "a.txt", DIRTY)
    p.chmod(0)
    r = run_cli(capsys, "format", p)
    assert r.code == 2 and "cannot read: Permission denied" in r.err


@pytest.mark.parametrize("name", ["huge.txt", "huge.jsonl"])
def test_a_100_mb_line_is_refused_not_loaded(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    """One 100 MB line: over the default record limit, a clear error, the file untouched."""
    p = tmp_path / name
    with open(p, "wb") as f:
        f.write(b'{"id": 1, "text": "' if name.endswith(".jsonl") else b"")
        block = b"word " * 200_000  # 1 MB
        for _ in range(100):
            f.write(block)
        f.write(b'"}\n' if name.endswith(".jsonl") else b"\n")
    size, mtime = p.stat().st_size, p.stat().st_mtime_ns
    ok = _file(tmp_path / "ok.txt", DIRTY)
    r = run_cli(capsys, "format", tmp_path)
    assert r.code == 2
    line = ":1" if name.endswith(".jsonl") else ""
    assert f"error: {p}{line}: record of 100.0 MB is over the limit of 32.0 MB" in r.err
    assert "--max-record-size" in r.err
    assert (p.stat().st_size, p.stat().st_mtime_ns) == (size, mtime)
    assert ok.read_text(encoding="utf-8") == CLEAN
    assert sorted(x.name for x in tmp_path.iterdir()) == sorted([name, "ok.txt"])


def test_max_record_size_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _file(tmp_path / "a.txt", DIRTY)
    r = run_cli(capsys, "format", "--max-record-size", "100", p)
    assert r.code == 2 and "over the limit of 100 bytes" in r.err
    r = run_cli(capsys, "format", "--max-record-size", "0", p)
    assert r.code == 0 and p.read_text(encoding="utf-8") == CLEAN
    with pytest.raises(SystemExit) as e:  # a usage error, reported by argparse
        run_cli(capsys, "format", "--max-record-size", "lots", p)
    assert e.value.code == 2
    assert "--max-record-size: not a size: 'lots'" in capsys.readouterr().err


def test_jobs_do_not_change_results(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    texts = [DIRTY, CLEAN, DIRTY.replace("first", "opening"), "Só um título\n\u00a0\nCorpo.\n"]
    outputs = []
    for jobs in ("1", "2", "1"):
        root = tmp_path / f"run{len(outputs)}"
        for i in range(12):
            _file(root / f"d{i % 3}" / f"{i}.txt", texts[i % len(texts)])
        lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}) for i in range(800)]
        lines[500] = '{"id": 500, "text": "broken'  # an error deep inside the file (chunk 3)
        _file(root / "e.jsonl", "\n".join(lines) + "\n")
        _file(root / "f.jsonl", "\n".join(lines[:450]) + "\n")
        diff = run_cli(capsys, "format", "--diff", "--jobs", jobs, root)
        done = run_cli(capsys, "format", "--jobs", jobs, root)
        outputs.append(
            (
                diff.code,
                diff.out.replace(str(root), "ROOT"),
                diff.err.replace(str(root), "ROOT"),
                done.code,
                done.err.replace(str(root), "ROOT"),
                {k: v[0] for k, v in _snapshot(root).items()},
            )
        )
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0][0] == 2 and "e.jsonl:501: not valid JSON" in outputs[0][2]


def test_gzip_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _file(tmp_path / "c.jsonl.gz", gzip.compress(_records(DIRTY, 4) + _records(CLEAN, 2)))
    r = run_cli(capsys, "format", p)
    assert r.code == 0
    assert f"cleaned {p}: 4 of 6 records changed" in r.err
    data = gzip.decompress(p.read_bytes()).decode()
    assert [json.loads(x)["text"] for x in data.splitlines()] == [CLEAN] * 6
    first = p.read_bytes()
    os.utime(p, (OLD, OLD))
    r = run_cli(capsys, "format", p)
    assert r.code == 0 and p.stat().st_mtime_ns == OLD * 10**9
    # The same input always gives the same compressed bytes (no timestamp in the header).
    _file(p, gzip.compress(_records(DIRTY, 4) + _records(CLEAN, 2)))
    run_cli(capsys, "format", p)
    assert p.read_bytes() == first


def test_unchanged_records_keep_their_bytes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    odd = '{"text" :  "Already clean text.",   "n": 1.50}\n\n'
    p = _file(tmp_path / "c.jsonl", odd + json.dumps({"text": DIRTY}) + "\n")
    run_cli(capsys, "format", p)
    assert p.read_text().startswith(odd)


def test_report_key_and_sidecar(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    j = _file(tmp_path / "c.jsonl", _records(DIRTY, 2) + _records(CLEAN, 1))
    t = _file(tmp_path / "a.txt", DIRTY)
    r = run_cli(capsys, "format", "--report-key", "newsclean", "--sidecar", tmp_path)
    assert r.code == 0
    counts = newsclean.clean_article(DIRTY).counts()
    recs = [json.loads(x) for x in j.read_text().splitlines()]
    assert [x.get("metadata", {}).get("newsclean", {}).get("counts") for x in recs] == [
        counts,
        counts,
        None,
    ]
    side = [json.loads(x) for x in (tmp_path / "c.jsonl.newsclean.jsonl").read_text().splitlines()]
    assert [(x["line"], x["id"], x["counts"]) for x in side] == [(1, 0, counts), (2, 1, counts)]
    assert json.loads((tmp_path / "a.txt.newsclean.json").read_text())["counts"] == counts
    assert t.read_text(encoding="utf-8") == CLEAN
    # Sidecars are not picked up as corpora, and a second run changes nothing.
    before = _snapshot(tmp_path)
    r = run_cli(capsys, "format", "--report-key", "newsclean", "--sidecar", tmp_path)
    assert "2 files left unchanged." in r.err
    assert _snapshot(tmp_path) == before


def test_unknown_and_html_files_are_skipped_with_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    md = _file(tmp_path / "notes.md", "# notes\n")
    page = _file(tmp_path / "p.html", "<p>x</p>")
    before = _snapshot(tmp_path)
    r = run_cli(capsys, "format", md, page, tmp_path / "missing.txt")
    assert r.code == 2  # the missing path
    assert f"note: skipped {md}: not a recognised format" in r.err
    assert f"note: skipped {page}: HTML is not rewritten in place" in r.err
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in r.err
    assert _snapshot(tmp_path) == before


def test_include_exclude_and_force_exclude(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newsclean]\nextend-exclude = ["raw/"]\ninclude = ["*.txt"]\n'
    )
    keep = _file(tmp_path / "raw" / "a.txt", DIRTY)
    corpus = _file(tmp_path / "c.jsonl", _records(DIRTY, 1))
    done = _file(tmp_path / "ok" / "b.txt", DIRTY)
    r = run_cli(capsys, "format", "--check", tmp_path)
    assert r.code == 1 and "1 file would be cleaned." in r.err and str(done) in r.err
    r = run_cli(capsys, "format", "--check", "--exclude", "ok", "--include", "*.jsonl", tmp_path)
    assert r.code == 1 and str(corpus) in r.err and str(done) not in r.err
    # Explicit paths are formatted unless --force-exclude (what the pre-commit hook passes).
    assert run_cli(capsys, "format", "--check", keep).code == 1
    assert run_cli(capsys, "format", "--check", "--force-exclude", keep).code == 0


def test_exclude_without_a_middle_slash_matches_at_any_depth(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """gitignore semantics: `skip/` and `fixtures/` match folders of that name at any depth."""
    (tmp_path / "pyproject.toml").write_text('[tool.newsclean]\nextend-exclude = ["fixtures/"]\n')
    _file(tmp_path / "tests" / "fixtures" / "a.txt", DIRTY)
    _file(tmp_path / "data" / "skip" / "a.txt", DIRTY)
    _file(tmp_path / "data" / "skip.txt", CLEAN)  # a file: `skip/` means folders only
    done = _file(tmp_path / "data" / "b.txt", DIRTY)
    r = run_cli(capsys, "format", "--check", "--exclude", "skip/", tmp_path)
    assert r.code == 1
    assert "1 file would be cleaned, 1 file left unchanged." in r.err and str(done) in r.err
    # Anchored (a slash in the middle): from the configuration file's folder only.
    r = run_cli(capsys, "format", "--check", "--exclude", "skip/a.txt", tmp_path)
    assert "2 files would be cleaned" in r.err
    r = run_cli(capsys, "format", "--check", "--exclude", "data/skip/a.txt", tmp_path)
    assert "1 file would be cleaned" in r.err


def test_config_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _file(tmp_path / "bad" / "pyproject.toml", "[tool.newsclean]\nkeep-captions = 3\n")
    bad = _file(tmp_path / "bad" / "a.txt", DIRTY)
    bad2 = _file(tmp_path / "bad" / "b.txt", DIRTY)
    good = _file(tmp_path / "good" / "a.txt", DIRTY)
    r = run_cli(capsys, "format", bad, bad2, good)
    assert r.code == 2
    assert r.err.count("keep-captions: expected true or false, got 3") == 1
    assert good.read_text(encoding="utf-8") == CLEAN
    assert bad.read_text(encoding="utf-8") == DIRTY
    r = run_cli(capsys, "format", "--config", tmp_path / "nope.toml", good)
    assert r.code == 2 and "no such configuration file" in r.err


def test_config_file_changes_what_is_removed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    codes = sorted(newsclean.clean_article(DIRTY).counts())
    (tmp_path / "pyproject.toml").write_text(
        "[tool.newsclean]\n[[tool.newsclean.overrides]]\n"
        f'paths = ["raw/**"]\nignore = {json.dumps(codes)}\n'
    )
    a = _file(tmp_path / "a.txt", DIRTY)
    b = _file(tmp_path / "raw" / "x" / "b.txt", DIRTY)
    run_cli(capsys, "format", tmp_path)
    assert a.read_text(encoding="utf-8") == CLEAN
    cfg = newsclean.Config(ignore=tuple(codes))
    assert b.read_text(encoding="utf-8") == newsclean.clean(DIRTY, config=cfg)


def test_progress_bar_only_for_a_person_at_a_terminal() -> None:
    args = argparse.Namespace(no_progress=False, quiet=False)
    assert show_progress(args, True, {})
    assert not show_progress(args, False, {})
    assert not show_progress(args, True, {"PRE_COMMIT": "1"})
    assert not show_progress(argparse.Namespace(no_progress=True, quiet=False), True, {})


def test_memory_stays_flat_on_a_large_corpus(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Streaming: peak memory depends on the chunk size, not on the size of the file."""
    import tracemalloc

    from newsclean.configfile import Settings
    from newsclean.io import jsonl
    from newsclean.io.batch import format_jsonl

    monkeypatch.setattr(jsonl, "CHUNK_RECORDS", 50)
    peaks = {}
    for n in (300, 1500):
        p = tmp_path / f"c{n}.jsonl"
        rec = json.dumps({"text": DIRTY, "payload": "z" * 3000})
        p.write_text((rec + "\n") * n)
        tracemalloc.start()
        try:
            out = format_jsonl(str(p), Settings(), "write")
            peaks[n] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert out.changed_records == n
    size = (tmp_path / "c1500.jsonl").stat().st_size
    assert peaks[1500] < size / 4, (peaks, size)
    assert peaks[1500] < 1.5 * peaks[300] + 200_000, peaks


def test_a_symlinked_file_is_written_through(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    real = _file(tmp_path / "store" / "a.txt", DIRTY)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    r = run_cli(capsys, "format", link)
    assert r.code == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == CLEAN


def test_a_crash_inside_the_cleaner_is_a_per_file_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    original = newsclean.Cleaner.clean_article

    def flaky(
        self: newsclean.Cleaner, raw: str | bytes, title: str | None = None
    ) -> newsclean.Result:
        if "BOOM" in str(raw):
            raise RuntimeError("rule bug")
        return original(self, raw, title=title)

    monkeypatch.setattr(newsclean.Cleaner, "clean_article", flaky)
    boom = _file(tmp_path / "a.txt", DIRTY + "BOOM\n")
    corpus = _file(tmp_path / "c.jsonl", _records(DIRTY, 2) + _records("BOOM", 1))
    ok = _file(tmp_path / "ok.txt", DIRTY)
    r = run_cli(capsys, "format", tmp_path)
    assert r.code == 2
    assert f"error: {boom}: internal error while cleaning (RuntimeError: rule bug)" in r.err
    assert f"error: {corpus}:3: internal error" in r.err
    assert ok.read_text(encoding="utf-8") == CLEAN
    assert boom.read_text(encoding="utf-8") == DIRTY + "BOOM\n"


def test_a_killed_run_leaves_the_original_and_no_temporary_file(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    p = _file(tmp_path / "c.jsonl", _records(DIRTY, 20000))
    before = p.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "format", str(p)], stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(x.name.endswith(".newsclean-tmp") for x in tmp_path.iterdir()):
            break
        time.sleep(0.01)
    assert proc.poll() is None, "format finished before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 128 + signal.SIGTERM
    assert [x.name for x in tmp_path.iterdir()] == ["c.jsonl"]
    assert p.read_bytes() == before


def test_a_lone_surrogate_escape_round_trips(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # "\ud800" is valid JSON but has no UTF-8 form; "é" makes the line non-ASCII, so the
    # record is written back unescaped except for the surrogate.
    text = "Café \ud800 " + DIRTY
    line = json.dumps({"id": "s", "text": text, "x": "é"}, ensure_ascii=False)
    assert "\ud800" in line
    p = _file(tmp_path / "s.jsonl", line.replace("\ud800", "\\ud800").encode() + b"\n")
    before = p.read_bytes()
    for mode in ("--check", "--diff"):
        r = run_cli(capsys, "format", mode, p)
        assert (r.code, "Traceback" in r.err, "internal error" in r.err) == (1, False, False)
        assert p.read_bytes() == before
    assert "\\ud800" in r.out  # the diff shows the escape
    r = run_cli(capsys, "format", "--report-key", "nc", "--sidecar", p)
    assert r.code == 0, r.err
    rec = json.loads(p.read_text(encoding="utf-8"))
    assert rec["text"] == newsclean.clean(text) and rec["x"] == "é"
    assert "\\ud800" in p.read_text(encoding="utf-8") and "Café" in p.read_text(encoding="utf-8")
    assert run_cli(capsys, "format", "--check", p).code == 0


@pytest.mark.parametrize("meta", ["source=crawl-7", ["tag1", "tag2"], 3])
def test_report_key_never_replaces_a_metadata_that_is_not_an_object(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meta: object
) -> None:
    lines = [
        json.dumps({"id": 1, "text": DIRTY}),
        json.dumps({"id": 2, "text": DIRTY, "metadata": meta}),
    ]
    p = _file(tmp_path / "m.jsonl", "\n".join(lines) + "\n")
    before = p.read_bytes()
    for mode in ("--check", None):
        r = run_cli(capsys, "format", "--report-key", "nc", *([mode] if mode else []), p)
        assert r.code == 2
        assert f"error: {p}:2: cannot store the report in metadata.nc: 'metadata' is a" in r.err
        assert p.read_bytes() == before
    # A null metadata holds nothing: the report takes its place.
    p.write_text(json.dumps({"id": 3, "text": DIRTY, "metadata": None}) + "\n")
    assert run_cli(capsys, "format", "--report-key", "nc", p).code == 0
    assert "nc" in json.loads(p.read_text())["metadata"]


def test_other_fields_keep_their_numbers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rest = ',"f":1e400,"price":12345678901234567.89,"e":1E5}\n'
    p = _file(tmp_path / "n.jsonl", '{"id":"n","text":' + json.dumps(DIRTY) + rest)
    assert run_cli(capsys, "format", p).code == 0
    assert p.read_text() == '{"id":"n","text":' + json.dumps(CLEAN) + rest


def test_a_read_only_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Tests run as root, for whom os.access says yes: the mode bits alone must refuse.
    t = _file(tmp_path / "ro.txt", DIRTY)
    j = _file(tmp_path / "ro.jsonl", _records(DIRTY, 2))
    c = _file(tmp_path / "clean.txt", CLEAN)
    for p in (t, j, c):
        p.chmod(0o444)
    before = _snapshot(tmp_path)
    r = run_cli(capsys, "format", "--sidecar", t, j, c)
    assert r.code == 2
    for p in (t, j):
        assert f"error: {p}: read-only file, left untouched" in r.err
    assert _snapshot(tmp_path) == before  # no rewrite, no sidecar, no temporary file
    assert run_cli(capsys, "format", "--check", t, j, c).code == 1  # checking needs no write
    assert run_cli(capsys, "format", c).code == 0  # nothing to write


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_line_endings_are_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ending: str
) -> None:
    """Like black: a clean CRLF (or CR) file is clean; a dirty one keeps its line endings."""
    clean = _file(tmp_path / "clean.txt", CLEAN.replace("\n", ending))
    r = run_cli(capsys, "format", "--check", clean)
    assert (r.code, r.out) == (0, "")
    r = run_cli(capsys, "format", clean)
    assert r.code == 0
    assert clean.stat().st_mtime_ns == OLD * 10**9  # not rewritten
    dirty = _file(tmp_path / "dirty.txt", DIRTY.replace("\n", ending))
    assert run_cli(capsys, "format", dirty).code == 0
    assert dirty.read_bytes() == CLEAN.replace("\n", ending).encode()


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_lone_cr_in_a_mixed_file_breaks_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ending: str
) -> None:
    """A lone CR in an LF (or CRLF) file is a line break, as universal newlines read it: the
    share line after it goes, the file keeps the ending of its first line break, the result
    is stable under --check, and `clean --json` still rebuilds the raw file."""
    body = CLEAN.rstrip("\n").split("\n\n")
    raw = ending.join([body[0], body[1] + "\rShare this article", *body[2:]]) + ending
    p = _file(tmp_path / "mixed.txt", raw)
    r = run_cli(capsys, "clean", "--json", p)
    assert newsclean.Result.from_dict(json.loads(r.out)).reconstruct() == raw
    assert run_cli(capsys, "format", p).code == 0
    assert p.read_bytes() == CLEAN.replace("\n", ending).encode()
    assert run_cli(capsys, "format", "--check", p).code == 0


def test_a_bom_is_kept(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bom = b"\xef\xbb\xbf"
    clean = _file(tmp_path / "clean.txt", bom + CLEAN.replace("\n", "\r\n").encode())
    assert run_cli(capsys, "format", "--check", clean).code == 0
    dirty = _file(tmp_path / "dirty.txt", bom + DIRTY.encode())
    diff = run_cli(capsys, "format", "--diff", dirty).out
    assert diff.splitlines()[3] == " \ufeff" + DIRTY.splitlines()[0]  # line 1 as in the file
    assert run_cli(capsys, "format", dirty).code == 0
    assert dirty.read_bytes() == bom + CLEAN.encode()


@pytest.mark.parametrize("layout", ["jsonl", "txt-folder"])
def test_a_diff_piped_into_head_exits_quietly_with_code_1(tmp_path: Path, layout: str) -> None:
    """`format --diff DIR | head -1`: the closed pipe is no error of a data file, and the exit
    code still says that files would change (not 0, whatever the size of the diff)."""
    if layout == "jsonl":  # a diff far over a pipe buffer
        files = [_file(tmp_path / "c.jsonl", _records(DIRTY, 2000))]
    else:
        files = [_file(tmp_path / "d" / f"a{i:03}.txt", DIRTY) for i in range(300)]
    p = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "format", "--diff", str(files[0].parent)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert p.stdout is not None and p.stderr is not None
    assert p.stdout.readline().startswith(b"--- ")
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 1
    # Nothing about the pipe: at most the status lines of the files diffed before it closed.
    assert all(line.startswith("would clean ") for line in err.splitlines()), err
    want = _records(DIRTY, 2000) if layout == "jsonl" else DIRTY.encode()
    assert all(f.read_bytes() == want for f in files)


@pytest.mark.parametrize("jobs", ["-3", "-1"])
def test_jobs_must_be_zero_or_more(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, jobs: str
) -> None:
    p = _file(tmp_path / "a.txt", DIRTY)
    with pytest.raises(SystemExit) as e:
        run_cli(capsys, "format", f"--jobs={jobs}", p)
    assert e.value.code == 2
    assert "argument -j/--jobs:" in capsys.readouterr().err
    assert p.read_text(encoding="utf-8") == DIRTY


_PATCH = shutil.which("patch")


@pytest.mark.skipif(_PATCH is None, reason="needs the patch tool")
@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r", "mixed"])
@pytest.mark.parametrize("final", [True, False])
@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("dirty", [True, False])
def test_diff_piped_into_patch_gives_what_format_writes(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    ending: str,
    final: bool,
    bom: bool,
    dirty: bool,
) -> None:
    """`format --diff | patch -p0` is `format`, also for a missing final newline (the
    `\\ No newline at end of file` marker): whenever --check says a file would change, the
    diff shows the change."""
    lines = ["Headline for the test", "", "First sentence of a real article body, long enough."]
    if dirty:
        lines += ["", "Share on Facebook"]
    lines += ["", "Last line of the body, which is also a real sentence of the article."]
    if ending == "mixed":
        text = "\r\n".join(lines[:2]) + "\r\n" + "\n".join(lines[2:]) + ("\n" if final else "")
    else:
        text = ending.join(lines) + (ending if final else "")
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode()
    for side in ("formatted", "patched"):
        _file(tmp_path / side / "a.txt", data)
    monkeypatch.chdir(tmp_path / "formatted")  # patch -p0 takes relative names only
    check = run_cli(capsys, "format", "--check", "a.txt")
    diff = run_cli(capsys, "format", "--diff", "a.txt")
    assert diff.code == check.code
    assert (diff.out != "") == (check.code == 1)
    assert run_cli(capsys, "format", "a.txt").code == 0
    if diff.out:
        applied = subprocess.run(
            [str(_PATCH), "-p0", "--quiet", "--no-backup-if-mismatch"],
            cwd=tmp_path / "patched",
            input=diff.out.encode(),
            capture_output=True,
        )
        assert applied.returncode == 0, applied.stdout + applied.stderr
    assert (tmp_path / "patched" / "a.txt").read_bytes() == (
        tmp_path / "formatted" / "a.txt"
    ).read_bytes()


def test_line_breaks_inside_a_jsonl_text_come_out_as_lf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Pinned on purpose: a JSONL text field is data, not a file with a line convention, so
    its CRLF line breaks come out as LF, exactly as ``clean_article`` returns the text (the
    library and both commands agree). The record's own line ending (CRLF here) is kept, and
    once written the record is stable under --check."""
    text = DIRTY.replace("\n", "\r\n")
    line = (json.dumps({"id": 1, "text": text}) + "\r\n").encode()
    want = newsclean.clean_article(text).text
    assert "\r" not in want
    p = _file(tmp_path / "c.jsonl", line)
    out = run_cli(capsys, "clean", p).out
    assert json.loads(out)["text"] == want
    assert run_cli(capsys, "format", p).code == 0
    assert p.read_bytes().endswith(b"\r\n") and p.read_bytes().count(b"\n") == 1
    assert json.loads(p.read_bytes())["text"] == want
    assert run_cli(capsys, "format", "--check", p).code == 0
