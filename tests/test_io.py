"""Readers, writers and the atomic rewrite of newsclean.io."""

from __future__ import annotations

import gzip
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.io import jsonl
from newsclean.io.atomic import AtomicFile, atomic_write_bytes, atomic_writer
from newsclean.io.errors import FileError, parse_size
from newsclean.io.formats import kind_of
from newsclean.io.html import html_to_text
from newsclean.io.txt import decode, read_txt


# --- atomic ---------------------------------------------------------------------------------
def test_atomic_write_keeps_mode_and_leaves_no_temp(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("old")
    os.chmod(p, 0o640)
    atomic_write_bytes(p, b"new")
    assert p.read_bytes() == b"new"
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


def test_atomic_writer_error_keeps_original(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"original content")
    with pytest.raises(RuntimeError), atomic_writer(p) as f:
        f.write(b"partial")
        raise RuntimeError("crash mid-write")
    assert p.read_bytes() == b"original content"
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


def test_atomic_file_discard(tmp_path: Path) -> None:
    p = tmp_path / "b.jsonl"
    p.write_bytes(b"x\n")
    af = AtomicFile(p)
    af.file.write(b"y\n")
    af.discard()
    af.commit()  # a discarded file cannot be committed later by mistake
    assert p.read_bytes() == b"x\n"
    assert len(list(tmp_path.iterdir())) == 1


# --- txt --------------------------------------------------------------------------------------
def test_decode_reports_offset_and_line() -> None:
    with pytest.raises(FileError) as e:
        decode(b"line one\nline \xe9two\n", "f.txt")
    assert str(e.value) == "f.txt: not valid UTF-8: byte 0xe9 at offset 14, line 2"


def test_decode_binary_and_bom() -> None:
    with pytest.raises(FileError, match=r"binary data.*NUL byte at offset 3"):
        decode(b"GIF\x00\x01", "x.txt")
    assert decode(b"\xef\xbb\xbfHello", "x.txt") == "Hello"


def test_read_txt_empty_and_limit(tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_bytes(b" \n\n")
    with pytest.raises(FileError, match="empty file"):
        read_txt(str(empty))
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(FileError, match=r"2\.0 kB is over the limit of 1\.0 kB"):
        read_txt(str(big), max_bytes=1000)
    assert read_txt(str(big), max_bytes=0) == "a" * 2000


def test_parse_size() -> None:
    assert parse_size("32MB") == 32_000_000
    assert parse_size("1.5k") == 1500
    assert parse_size("2MiB") == 2 * 2**20
    assert parse_size("0") == 0
    for bad in ("lots", "-1MB", "3XB"):
        with pytest.raises(ValueError):
            parse_size(bad)


def test_kind_of() -> None:
    assert [
        kind_of(n)
        for n in ("a.txt", "b.HTM", "c.html", "d.jsonl", "e.jsonl.gz", "f.gz", "g.json", "h")
    ] == ["txt", "html", "html", "jsonl", "jsonl", None, None, None]


# --- html -------------------------------------------------------------------------------------
def test_html_block_aware_extraction() -> None:
    page = """<!doctype html><html><head><title> Page  title </title>
    <style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
    <body><nav><a href="/">Home</a> <a href="/n">News</a></nav>
    <h1>The headline</h1><!-- a comment -->
    <p>First <b>bold</b>
       paragraph.<br>After a break.</p>
    <figure><img src="a.jpg" alt="yang-cheng.jpg"><figcaption>A&nbsp;caption</figcaption></figure>
    <ul><li>one</li><li>two</li></ul><noscript>Enable JS</noscript></body></html>"""
    text, title = html_to_text(page)
    assert title == "Page title"
    assert text.split("\n") == [
        "Home News",
        "The headline",
        "First bold paragraph.",
        "After a break.",
        "yang-cheng.jpg",
        "A\u00a0caption",
        "one",
        "two",
        "",
    ]


def test_html_title_falls_back_to_h1_and_deep_nesting() -> None:
    deep = "<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000
    text, title = html_to_text("<h1>Only h1</h1>" + deep)
    assert title == "Only h1"
    assert text == "Only h1\nDeep text.\n"


# --- jsonl ------------------------------------------------------------------------------------
def _write(p: Path, lines: list[bytes]) -> None:
    if p.suffix == ".gz":
        with gzip.open(p, "wb") as f:
            f.writelines(lines)
    else:
        p.write_bytes(b"".join(lines))


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz"])
def test_iter_chunks_streams_in_order(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    lines = [json.dumps({"id": i, "text": f"t{i}"}).encode() + b"\n" for i in range(25)]
    _write(p, lines)
    chunks = list(jsonl.iter_chunks(str(p), records=10))
    assert [c.first_line for c in chunks] == [1, 11, 21]
    assert [x for c in chunks for x in c.lines] == lines


def test_long_line_is_refused_without_loading(tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl"
    p.write_bytes(b'{"text": "ok"}\n{"text": "' + b"x" * 5000 + b'"}\n{"text": "ok"}\n')
    with pytest.raises(FileError) as e:
        list(jsonl.iter_lines(str(p), max_record=1000))
    assert e.value.line == 2
    assert "5.0 kB is over the limit of 1.0 kB" in str(e.value)


def test_bad_gzip_is_a_file_error(tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl.gz"
    p.write_bytes(b"not gzip at all\n")
    with pytest.raises(FileError, match="not a readable gzip file"):
        list(jsonl.iter_lines(str(p)))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"id": 1, "text": }\n', "not valid JSON"),
        (b"[1, 2]\n", "record is a JSON list, not an object"),
        (b'{"id": 1}\n', "text field 'text' is missing"),
        (b'{"text": 3}\n', "text field 'text' is not a string"),
        (b'{"text": "caf\xe9"}\n', "not valid UTF-8: byte 0xe9 at offset 13"),
    ],
)
def test_parse_record_errors_name_the_line(line: bytes, message: str) -> None:
    with pytest.raises(FileError) as e:
        jsonl.parse_record("c.jsonl", 7, line, jsonl.RecordOptions())
    assert e.value.line == 7
    assert message in str(e.value)
    assert str(e.value).startswith("c.jsonl:7: ")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"id":"2","text":"a\tb"}\n', "not valid JSON: invalid control character at column 20"),
        # An unfinished record: at the end of its line, not "column 1" of a next line.
        (b'{"id": "bad", "text": \n', "not valid JSON: expecting value at column 23"),
        (b'{"id": "bad", "text": \r\n', "not valid JSON: expecting value at column 23"),
        (b'{"id": 1, "text": "a"} x\n', "not valid JSON: extra data at column 24"),
    ],
)
def test_json_errors_say_what_and_where(line: bytes, message: str) -> None:
    with pytest.raises(FileError) as e:
        jsonl.parse_record("e.jsonl", 1, line, jsonl.RecordOptions())
    assert str(e.value) == f"e.jsonl:1: {message}"


def test_dump_record_follows_the_style_of_the_line() -> None:
    rec = {"id": 1, "text": "café"}
    assert jsonl.dump_record(rec, '{"id":1,"text":"é"}\n'.encode()) == (
        '{"id":1,"text":"café"}\n'.encode()
    )
    assert jsonl.dump_record(rec, b'{"id": 1, "text": "x"}') == b'{"id": 1, "text": "caf\\u00e9"}'
    assert jsonl.dump_record(rec, '{"id": 1, "text": "é"}\r\n'.encode()) == (
        '{"id": 1, "text": "café"}\r\n'.encode()
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3)
    ),
    max_leaves=10,
)


@given(
    other=st.dictionaries(
        st.text(max_size=8).filter(lambda k: k not in ("text", "metadata")), json_values, max_size=4
    ),
    text=st.text(max_size=200),
)
def test_rewrite_record_passes_other_fields_through(other: dict[str, object], text: str) -> None:
    """Whatever the record holds, only the text field (and the report) may change."""
    from newsclean import Cleaner

    rec = {**other, "text": text}
    line = json.dumps(rec).encode() + b"\n"
    opts = jsonl.RecordOptions(report_key="newsclean")
    result = Cleaner().clean_article(text)
    new = jsonl.rewrite_record(rec, result, line, opts)
    if new is None:
        assert jsonl.record_text(result, text) == text
        return
    out = json.loads(new)
    assert {k: v for k, v in out.items() if k not in ("text", "metadata")} == other
    assert out["text"] == jsonl.record_text(result, text)
    assert out["metadata"]["newsclean"]["counts"] == result.counts()
    assert new.endswith(b"\n") and new.count(b"\n") == 1


_PIECES = [
    *"<>/ab p\n\u00a0=\"'!-&;",
    "<br>",
    "<p>",
    "</p>",
    "<img alt='x y'>",
    "<pre>",
    "</pre>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_html_to_text_shape(markup: str) -> None:
    """Any markup gives stripped, non-empty lines and a final newline (or nothing at all)."""
    text, _ = html_to_text(markup)
    if text:
        assert text.endswith("\n")
        for line in text[:-1].split("\n"):
            assert line and line == line.strip(" ")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # Numbers json.loads would change on the way back (inf, lost digits, 1E5 -> 100000.0).
        (
            '{"id":"n","text":TEXT,"f":1e400,"price":12345678901234567.89,"e":1E5,"z":-0.0}',
            '{"id":"n","text":NEW,"f":1e400,"price":12345678901234567.89,"e":1E5,"z":-0.0}',
        ),
        # Spacing, escapes in other fields and a repeated key (the last one is the text).
        (
            '\ufeff {"text" : "old",  "a": "\\u00e9\\/", "text"  :TEXT , "b":[1.0, 2E-3]}\r\n',
            '\ufeff {"text" : "old",  "a": "\\u00e9\\/", "text"  :NEW , "b":[1.0, 2E-3]}\r\n',
        ),
    ],
)
def test_rewrite_record_changes_only_the_text_bytes(before: str, after: str) -> None:
    from newsclean import Cleaner

    text = "Headline\n\nShare on Facebook\n\nThis is the first sentence of a real article body."
    result = Cleaner().clean_article(text)
    new = jsonl.record_text(result, text)
    assert new != text
    line = before.replace("TEXT", json.dumps(text)).encode()
    rec = jsonl.parse_record("n.jsonl", 1, line, jsonl.RecordOptions())
    got = jsonl.rewrite_record(rec, result, line, jsonl.RecordOptions())
    assert got == after.replace("NEW", json.dumps(new)).encode()


@pytest.mark.parametrize(
    ("meta", "want"),
    [
        ("", ', "metadata": {"nc": R}'),  # no metadata: appended in the line's style
        (', "metadata": null', ', "metadata": {"nc": R}'),
        (', "metadata": {}', ', "metadata": {"nc": R}'),
        (', "metadata": {"n": 1E5}', ', "metadata": {"n": 1E5, "nc": R}'),
        (', "metadata": {"nc": 1e400, "n": 1E5}', ', "metadata": {"nc": R, "n": 1E5}'),
    ],
)
def test_report_key_splices_into_metadata(meta: str, want: str) -> None:
    from newsclean import Cleaner

    text = "Headline\n\nShare on Facebook\n\nThis is the first sentence of a real article body."
    result = Cleaner().clean_article(text)
    opts = jsonl.RecordOptions(report_key="nc")
    head = '{"id": 1, "text": ' + json.dumps(text) + ', "price": 12345678901234567.89'
    line = (head + meta + "}\n").encode()
    rec = jsonl.parse_record("m.jsonl", 1, line, opts)
    got = jsonl.rewrite_record(rec, result, line, opts)
    new_head = head.replace(json.dumps(text), json.dumps(jsonl.record_text(result, text)))
    rep = json.dumps(jsonl.report(result))
    assert got == (new_head + want.replace("R", rep) + "}\n").encode()


@pytest.mark.parametrize("mask", [0o022, 0o027])
def test_a_new_file_gets_the_umask_mode_not_0600(tmp_path: Path, mask: int) -> None:
    old = os.umask(mask)
    try:
        atomic_write_bytes(tmp_path / "new.txt", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o666 & ~mask
