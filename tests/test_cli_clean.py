"""`newsclean clean`: files and stdin to stdout, --explain, --json, JSONL, HTML, bad input."""

from __future__ import annotations

import gzip
import json
import os
import stat
from pathlib import Path

import pytest
from _cli import DIRTY, run_cli, run_proc

import newsclean


@pytest.fixture
def dirty(tmp_path: Path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(DIRTY, encoding="utf-8")
    return p


def test_clean_file_to_stdout(capsys: pytest.CaptureFixture[str], dirty: Path) -> None:
    r = run_cli(capsys, "clean", dirty)
    assert r.code == 0
    assert r.out == newsclean.clean(DIRTY)
    assert r.err == ""
    assert dirty.read_text(encoding="utf-8") == DIRTY  # clean never writes over its input


def test_clean_stdin_with_stdin_filename() -> None:
    p = run_proc("clean", "-", stdin=DIRTY.encode())
    assert p.returncode == 0
    assert p.stdout.decode() == newsclean.clean(DIRTY)
    page = b"<html><head><title>Big news</title></head><body><p>Big news</p><p>Body.</p></body>"
    p = run_proc("clean", "--stdin-filename", "page.html", "-", stdin=page)
    assert p.returncode == 0
    assert p.stdout.decode() == newsclean.clean("Big news\nBody.\n", title="Big news")


def test_explain_lists_each_removal(capsys: pytest.CaptureFixture[str], dirty: Path) -> None:
    result = newsclean.clean_article(DIRTY)
    assert result.removed, "the fixture must contain something the rules remove"
    r = run_cli(capsys, "clean", "--explain", dirty)
    assert r.code == 0
    lines = r.out.splitlines()
    for rem, line in zip(result.removed, lines, strict=False):
        assert line.startswith(f"{dirty}:{rem.line}: {rem.code} {rem.name}: {rem.reason}")
    assert lines[-1].startswith(f"{dirty}: {len(result.removed)} removal")
    assert newsclean.clean(DIRTY) not in r.out  # the listing replaces the text on stdout


def test_explain_shows_crlf_lines_without_their_line_ending(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes(DIRTY.replace("\n", "\r\n").encode("utf-8"))
    r = run_cli(capsys, "clean", "--explain", p)
    assert r.code == 0
    removals = [ln for ln in r.out.splitlines() if " | " in ln]
    assert removals
    assert not any(ln.endswith("\\r") for ln in removals)


def test_explain_with_output_file_writes_text_too(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.txt"
    r = run_cli(capsys, "clean", "--explain", "-o", out, dirty)
    assert r.code == 0
    assert out.read_text(encoding="utf-8") == newsclean.clean(DIRTY)
    assert "removal" in r.out


def test_json_is_the_result(capsys: pytest.CaptureFixture[str], dirty: Path) -> None:
    r = run_cli(capsys, "clean", "--json", dirty)
    data = json.loads(r.out)
    expected = json.loads(newsclean.clean_article(DIRTY).to_json())
    expected["id"] = str(dirty)
    assert data == expected
    assert newsclean.Result.from_dict(data).reconstruct() == DIRTY


def _corpus(path: Path, n: int = 3) -> list[dict[str, object]]:
    recs: list[dict[str, object]] = [
        {"id": f"r{i}", "text": DIRTY, "lang": "en", "tags": [i]} for i in range(n)
    ]
    recs.append({"id": "clean", "text": newsclean.clean(DIRTY).rstrip("\n"), "extra": None})
    data = "".join(json.dumps(r) + "\n" for r in recs).encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return recs


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz"])
def test_jsonl_records(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    recs = _corpus(tmp_path / name)
    r = run_cli(capsys, "clean", tmp_path / name)
    assert r.code == 0
    out = [json.loads(x) for x in r.out.splitlines()]
    assert len(out) == len(recs)
    for before, after in zip(recs, out, strict=True):
        assert {k: v for k, v in after.items() if k != "text"} == {
            k: v for k, v in before.items() if k != "text"
        }
        text = str(before["text"])
        # A record keeps its own convention for a final newline.
        expected = newsclean.clean(text)
        assert after["text"] == (expected if text.endswith("\n") else expected.rstrip("\n"))


def test_jsonl_json_and_explain(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _corpus(tmp_path / "c.jsonl", n=2)
    r = run_cli(capsys, "clean", "--json", tmp_path / "c.jsonl")
    rows = [json.loads(x) for x in r.out.splitlines()]
    assert [x["id"] for x in rows] == ["r0", "r1", "clean"]
    assert [x["metadata"]["line"] for x in rows] == [1, 2, 3]
    r = run_cli(capsys, "clean", "--explain", tmp_path / "c.jsonl")
    assert f"{tmp_path / 'c.jsonl'}:2[r1]:" in r.out


def test_report_key_stores_the_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _corpus(tmp_path / "c.jsonl", n=1)
    r = run_cli(capsys, "clean", "--report-key", "newsclean", tmp_path / "c.jsonl")
    first = json.loads(r.out.splitlines()[0])
    assert first["metadata"]["newsclean"]["counts"] == newsclean.clean_article(DIRTY).counts()


def test_bad_inputs_are_reported_and_others_still_cleaned(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dirty: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Good start\nthen \xff\xfe broken\n")
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run_cli(capsys, "clean", bad, binary, empty, tmp_path / "missing.txt", dirty)
    assert r.code == 2
    assert r.out == newsclean.clean(DIRTY)
    assert f"{bad}: not valid UTF-8: byte 0xff at offset 16, line 2" in r.err
    assert f"{binary}: binary data, not text (NUL byte at offset 8)" in r.err
    assert f"{empty}: empty input" in r.err
    assert f"{tmp_path / 'missing.txt'}: cannot read: No such file or directory" in r.err
    assert "Traceback" not in r.err


def test_invalid_utf8_on_stdin_in_a_subprocess() -> None:
    p = run_proc("clean", "-", stdin=b"caf\xe9\n")
    assert p.returncode == 2
    assert b"<stdin>: not valid UTF-8: byte 0xe9 at offset 3" in p.stderr
    assert b"Traceback" not in p.stderr


def test_malformed_jsonl_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl"
    p.write_text('{"text": "Fine."}\n{"text": oops}\n')
    r = run_cli(capsys, "clean", p)
    assert r.code == 2
    assert f"{p}:2: not valid JSON" in r.err


def test_rule_selection_options(capsys: pytest.CaptureFixture[str], dirty: Path) -> None:
    codes = sorted(newsclean.clean_article(DIRTY).counts())
    r = run_cli(capsys, "clean", "--ignore", ",".join(codes), dirty)
    assert r.out == newsclean.clean(DIRTY, config=newsclean.Config(ignore=tuple(codes)))
    r = run_cli(capsys, "clean", "--select", "NC5", "--extend-select", codes[0], dirty)
    cfg = newsclean.Config(select=("NC5",), extend_select=(codes[0],))
    assert r.out == newsclean.clean(DIRTY, config=cfg)
    r = run_cli(capsys, "clean", "--select", "XY1", dirty)
    assert r.code == 2 and "XY1" in r.err


def test_config_file_is_used_and_cli_overrides(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dirty: Path
) -> None:
    codes = sorted(newsclean.clean_article(DIRTY).counts())
    (tmp_path / "pyproject.toml").write_text(
        f"[tool.newsclean]\nignore = {json.dumps(codes)}\nmystery = 1\n"
    )
    r = run_cli(capsys, "clean", dirty)
    assert r.out == newsclean.clean(DIRTY, config=newsclean.Config(ignore=tuple(codes)))
    assert "unknown key(s) ignored: mystery" in r.err
    r = run_cli(capsys, "clean", "--select", "NC", dirty)
    assert r.out == newsclean.clean(DIRTY)
    r = run_cli(capsys, "clean", "--isolated", dirty)
    assert r.out == newsclean.clean(DIRTY)


def test_title_option(capsys: pytest.CaptureFixture[str], dirty: Path) -> None:
    title = DIRTY.splitlines()[0]
    r = run_cli(capsys, "clean", "--json", "--title", title, dirty)
    assert json.loads(r.out)["title"] == title


def test_output_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path, dirty: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<title>T</title><p>T</p><p>Body of the page.</p>")
    out = tmp_path / "out"
    r = run_cli(capsys, "clean", "--output-dir", out, dirty, page)
    assert r.code == 0 and r.out == ""
    assert sorted(x.name for x in out.iterdir()) == ["a.txt", "p.txt"]
    assert (out / "a.txt").read_text(encoding="utf-8") == newsclean.clean(DIRTY)


def test_keep_captions_on_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_81e88c19850013e3.txt"
    raw = seed.read_text(encoding="utf-8")
    kept = newsclean.clean(raw, config=newsclean.Config(keep_captions=True))
    assert kept != newsclean.clean(raw), "the seed has captions"
    assert run_cli(capsys, "clean", "--isolated", "--keep-captions", seed).out == kept
    assert run_cli(capsys, "clean", "--isolated", seed).out == newsclean.clean(raw)


def test_a_lone_surrogate_escape_is_written_back_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = "Café \ud800 " + DIRTY
    p = tmp_path / "s.jsonl"
    p.write_text('{"id": "s", "text": ' + json.dumps(text) + ', "x": "é"}\n', encoding="utf-8")
    r = run_cli(capsys, "clean", p)
    assert r.code == 0, r.err
    assert json.loads(r.out) == {"id": "s", "text": newsclean.clean(text), "x": "é"}
    r = run_cli(capsys, "clean", "--json", p)
    assert r.code == 0, r.err
    assert json.loads(r.out)["text"] == newsclean.clean(text)


@pytest.mark.parametrize(
    ("names", "out_dir"),
    [
        (["a/x.txt", "b/x.txt"], "out"),  # same base name in two folders
        (["page.html", "page.txt"], "out"),  # .html -> .txt meets the .txt
        (["in/x.html", "in/x.txt"], "in"),  # x.html's output would replace the input x.txt
        (["in/x.txt"], "in"),  # the output is the input itself
    ],
)
def test_output_dir_refuses_to_overwrite_an_output_or_an_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, names: list[str], out_dir: str
) -> None:
    for i, name in enumerate(names):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"Headline number {i}\n\n" + DIRTY, encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    r = run_cli(capsys, "clean", "--output-dir", tmp_path / out_dir, *(tmp_path / n for n in names))
    assert r.code == 2
    assert r.err.startswith("error: ") and len(r.err.splitlines()) == 1
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_output_file_refuses_to_overwrite_an_input(
    capsys: pytest.CaptureFixture[str], dirty: Path
) -> None:
    r = run_cli(capsys, "clean", "-o", dirty, dirty)
    assert r.code == 2 and "overwrite the input" in r.err
    assert dirty.read_text(encoding="utf-8") == DIRTY


def test_the_same_input_twice_is_not_a_clash(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    r = run_cli(capsys, "clean", "--output-dir", tmp_path / "out", dirty, dirty)
    assert r.code == 0, r.err
    assert (tmp_path / "out" / dirty.name).read_text(encoding="utf-8") == newsclean.clean(DIRTY)


def test_gz_outputs_are_gzip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "1", "text": DIRTY}) + "\n")
    want = [{"id": "1", "text": newsclean.clean(DIRTY)}]
    out_dir, out = tmp_path / "out", tmp_path / "o.jsonl.gz"
    assert run_cli(capsys, "clean", "--output-dir", out_dir, src).code == 0
    assert run_cli(capsys, "clean", "-o", out, src).code == 0
    for p in (out_dir / "c.jsonl.gz", out):
        with gzip.open(p, "rt", encoding="utf-8") as f:
            assert [json.loads(x) for x in f] == want
        r = run_cli(capsys, "clean", p)  # newsclean reads its own output back
        assert r.code == 0 and [json.loads(x) for x in r.out.splitlines()] == want


def test_report_key_never_replaces_a_metadata_string(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    p = tmp_path / "m.jsonl"
    p.write_text(json.dumps({"id": 1, "text": DIRTY, "metadata": "source=crawl-7"}) + "\n")
    r = run_cli(capsys, "clean", "--report-key", "nc", p)
    assert r.code == 2 and r.out == ""
    assert (
        r.err
        == f"error: {p}:1: cannot store the report in metadata.nc: 'metadata' is a JSON string, not an object\n"
    )


def test_new_outputs_follow_the_umask(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    old = os.umask(0o027)
    try:
        assert run_cli(capsys, "clean", "-o", tmp_path / "o.txt", dirty).code == 0
        assert run_cli(capsys, "clean", "--output-dir", tmp_path / "od", dirty).code == 0
    finally:
        os.umask(old)
    for p in (tmp_path / "o.txt", tmp_path / "od" / "a.txt"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o640


ROOT = Path(__file__).resolve().parent.parent


def test_docs_explain_example_is_the_real_output() -> None:
    seed = "seeds/000_81e88c19850013e3.txt"
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    block = doc.split("grep-able like a linter:\n\n```\n", 1)[1].split("```\n", 1)[0]
    p = run_proc("clean", "--explain", seed, cwd=ROOT)
    assert p.returncode == 0
    assert block == p.stdout.decode("utf-8")


def test_readme_rule_families_name_rules_of_that_family() -> None:
    import re

    from newsclean.rules import all_rules

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    families = re.findall(r"\*\*NC(\d)xx\*\* [\w ]+ \(([^)]*)\)", " ".join(readme.split()))
    assert len(families) == 5
    for digit, listed in families:
        for rule in all_rules():
            if rule.name.replace("-", " ") in listed:
                assert rule.code.startswith(f"NC{digit}"), (rule.code, listed)


def test_several_articles_are_separated_by_one_blank_line(
    capsys: pytest.CaptureFixture[str], dirty: Path, tmp_path: Path
) -> None:
    other = "Another headline here\n\nA completely different article body sentence that counts."
    b = tmp_path / "b.txt"
    b.write_text(other, encoding="utf-8")
    first, second = newsclean.clean(DIRTY), newsclean.clean(other)
    assert first.endswith("\n") and not first.endswith("\n\n")
    want = first + "\n" + second
    r = run_cli(capsys, "clean", dirty, b)
    assert (r.code, r.out) == (0, want)
    out = tmp_path / "all.txt"
    assert run_cli(capsys, "clean", "-o", out, dirty, b).code == 0
    assert out.read_text(encoding="utf-8") == want
    # One article is written as it is; JSONL records stay one per line.
    assert run_cli(capsys, "clean", dirty).out == first
    j = tmp_path / "c.jsonl"
    j.write_text(json.dumps({"text": DIRTY}) + "\n")
    r = run_cli(capsys, "clean", j, j)
    assert r.out == 2 * (json.dumps({"text": first}) + "\n")


def test_output_files_keep_the_input_line_endings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-o and --output-dir write a .txt input's CRLF (or CR) endings; stdout is always LF."""
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(DIRTY.replace("\n", "\r\n").encode())
    cr = tmp_path / "cr.txt"
    cr.write_bytes(DIRTY.replace("\n", "\r").encode())
    clean = newsclean.clean(DIRTY)
    assert run_cli(capsys, "clean", "--output-dir", tmp_path / "out", crlf, cr).code == 0
    assert (tmp_path / "out" / "crlf.txt").read_bytes() == clean.replace("\n", "\r\n").encode()
    assert (tmp_path / "out" / "cr.txt").read_bytes() == clean.replace("\n", "\r").encode()
    assert run_cli(capsys, "clean", "-o", tmp_path / "o.txt", crlf, crlf).code == 0
    one = clean.replace("\n", "\r\n")
    assert (tmp_path / "o.txt").read_bytes() == (one + "\r\n" + one).encode()
    assert run_cli(capsys, "clean", crlf).out == clean


def test_gzip_on_stdin_is_decompressed() -> None:
    """--stdin-filename NAME.gz picks the format: gzip data on stdin is decompressed."""
    rec = json.dumps({"id": "1", "text": DIRTY}) + "\n"
    want = json.dumps({"id": "1", "text": newsclean.clean(DIRTY)}) + "\n"
    p = run_proc("clean", "--stdin-filename", "c.jsonl.gz", "-", stdin=gzip.compress(rec.encode()))
    assert (p.returncode, p.stdout.decode(), p.stderr) == (0, want, b"")
    # Already decompressed (zcat c.jsonl.gz | ...): read as it is.
    p = run_proc("clean", "--stdin-filename", "c.jsonl.gz", "-", stdin=rec.encode())
    assert (p.returncode, p.stdout.decode()) == (0, want)
    p = run_proc(
        "clean", "--stdin-filename", "c.jsonl.gz", "-", stdin=gzip.compress(rec.encode())[:30]
    )
    assert p.returncode == 2
    assert p.stderr.decode().startswith("error: c.jsonl.gz:1: not a readable gzip file")


def test_jsonl_output_gets_no_bom(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A JSONL input's BOM is not copied: not to stdout, -o, --output-dir, nor mid-output."""
    bom = b"\xef\xbb\xbf"
    changed = json.dumps({"id": "1", "text": DIRTY}) + "\n"
    kept = json.dumps({"id": "2", "text": newsclean.clean(DIRTY)}) + "\n"
    want = (json.dumps({"id": "1", "text": newsclean.clean(DIRTY)}) + "\n").encode()
    for rec, out in ((changed, want), (kept, kept.encode())):
        src = tmp_path / "bom.jsonl"
        src.write_bytes(bom + rec.encode())
        r = run_cli(capsys, "clean", src)
        assert (r.code, r.out.encode()) == (0, out)
        assert run_cli(capsys, "clean", "-o", tmp_path / "o.jsonl", src).code == 0
        assert (tmp_path / "o.jsonl").read_bytes() == out
        assert run_cli(capsys, "clean", "--output-dir", tmp_path / "d", src).code == 0
        assert (tmp_path / "d" / "bom.jsonl").read_bytes() == out
        plain = tmp_path / "plain.jsonl"
        first = json.dumps({"id": "p", "text": newsclean.clean(DIRTY)}) + "\n"
        plain.write_text(first)
        assert run_cli(capsys, "clean", "-o", tmp_path / "cat.jsonl", plain, src).code == 0
        assert (tmp_path / "cat.jsonl").read_bytes() == first.encode() + out
        # ... and dedupe reads clean's output.
        assert (
            run_cli(capsys, "dedupe", tmp_path / "cat.jsonl", "-o", tmp_path / "u.jsonl").code == 0
        )
    # format, rewriting the file in place, keeps the file's own BOM (as black does).
    src.write_bytes(bom + changed.encode())
    assert run_cli(capsys, "format", src).code == 0
    assert src.read_bytes() == bom + want


@pytest.mark.parametrize(
    ("args", "code", "err"),
    [
        (["big.jsonl"], 1, ""),
        (["--explain", "big.jsonl"], 1, ""),
        (["big.txt"], 1, ""),
        # An error reported before the pipe closed still decides the exit code.
        (
            ["missing.txt", "big.jsonl"],
            2,
            "error: missing.txt: cannot read: No such file or directory\n",
        ),
    ],
)
def test_a_pipe_closed_early_stops_quietly_with_code_1(
    tmp_path: Path, args: list[str], code: int, err: str
) -> None:
    """`clean big.jsonl | head -1`: as `format --diff | head`, no traceback and no
    "Exception ignored" on stderr, and not exit 0: the output was cut short."""
    import subprocess
    import sys

    (tmp_path / "big.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": DIRTY}) + "\n" for i in range(3000))
    )
    (tmp_path / "big.txt").write_text(DIRTY * 3000)  # far over a pipe buffer of text
    p = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", *args],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert p.stdout is not None and p.stderr is not None
    assert p.stdout.readline()
    p.stdout.close()
    assert p.stderr.read().decode() == err
    assert p.wait(timeout=120) == code
