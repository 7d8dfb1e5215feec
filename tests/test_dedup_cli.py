"""`newsclean dedupe` end to end: inputs, outputs, index, errors (exit 2, no traceback)."""

from __future__ import annotations

import gzip
import json
import os
import stat
from pathlib import Path

import pytest

from newsclean.cli.main import EXIT_ERROR, EXIT_OK, main
from newsclean.corpus import synthetic


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, object]]:
    return synthetic.generate(240, seed=12, copy_rate=0.4, paragraphs=(2, 4))


def test_end_to_end(
    tmp_path: Path, corpus: list[dict[str, object]], capsys: pytest.CaptureFixture[str]
) -> None:
    write_jsonl(tmp_path / "a.jsonl", corpus[:120])
    write_jsonl(tmp_path / "b.jsonl.gz", [dict(r, extra={"keep": "me"}) for r in corpus[120:]])
    (tmp_path / "c.txt").write_text(str(corpus[0]["text"]))  # an exact copy as a .txt file
    args = [str(tmp_path / n) for n in ("a.jsonl", "b.jsonl.gz", "c.txt")]
    rc = main(
        [
            "dedupe",
            *args,
            "-o",
            str(tmp_path / "out.jsonl"),
            "--clusters",
            str(tmp_path / "cl.jsonl"),
            "--no-clean",
        ]
    )
    assert rc == EXIT_OK
    err = capsys.readouterr().err
    out = read_jsonl(tmp_path / "out.jsonl")
    clusters = read_jsonl(tmp_path / "cl.jsonl")
    dropped = {m["id"] for c in clusters for m in c["members"] if m["id"] != c["kept"]}
    assert 0 < len(out) < 241 and len(out) + len(dropped) == 241
    assert f"{len(dropped)} duplicates dropped" in err and "Traceback" not in err
    # Unknown fields pass through untouched; the .txt copy is dropped in favour of the first.
    assert any(r.get("extra") == {"keep": "me"} for r in out)
    assert str(tmp_path / "c.txt") in dropped
    for c in clusters:
        assert c["kept"] in {m["id"] for m in c["members"]} and c["reason"]
        assert all(0.0 <= m["similarity"] <= 1.0 for m in c["members"])


def test_jobs_and_keep_policies(tmp_path: Path, corpus: list[dict[str, object]]) -> None:
    write_jsonl(tmp_path / "in.jsonl", corpus)
    outs = {}
    for name, extra in {
        "one": [],
        "two": ["--jobs", "2"],
        "newest": ["--keep", "newest:date"],
    }.items():
        assert (
            main(
                [
                    "dedupe",
                    str(tmp_path / "in.jsonl"),
                    "-o",
                    str(tmp_path / f"{name}.jsonl"),
                    "--clusters",
                    str(tmp_path / f"{name}.cl"),
                    *extra,
                ]
            )
            == EXIT_OK
        )
        outs[name] = (
            (tmp_path / f"{name}.jsonl").read_bytes(),
            (tmp_path / f"{name}.cl").read_bytes(),
        )
    assert outs["one"] == outs["two"]
    by_id = {r["id"]: r for r in corpus}
    for c in read_jsonl(tmp_path / "newest.cl"):
        dates = [by_id[m["id"]]["date"] for m in c["members"]]
        assert by_id[c["kept"]]["date"] == max(dates)


def test_index_across_runs(
    tmp_path: Path, corpus: list[dict[str, object]], capsys: pytest.CaptureFixture[str]
) -> None:
    write_jsonl(tmp_path / "day1.jsonl", corpus[:150])
    write_jsonl(tmp_path / "day2.jsonl", [dict(r, id=f"2-{r['id']}") for r in corpus[100:]])
    ix = str(tmp_path / "corpus.sqlite")
    assert (
        main(
            [
                "dedupe",
                str(tmp_path / "day1.jsonl"),
                "-o",
                str(tmp_path / "o1.jsonl"),
                "--index",
                ix,
                "--no-clean",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "dedupe",
                str(tmp_path / "day2.jsonl"),
                "-o",
                str(tmp_path / "o2.jsonl"),
                "--index",
                ix,
                "--no-clean",
                "--clusters",
                str(tmp_path / "c2.jsonl"),
            ]
        )
        == 0
    )
    o1 = {r["id"] for r in read_jsonl(tmp_path / "o1.jsonl")}
    o2 = read_jsonl(tmp_path / "o2.jsonl")
    # Day 2 re-sends records 100-149 of day 1 under new ids: they never come out again.
    resent = {f"2-{r['id']}" for r in corpus[100:150]}
    assert o1 and o2
    assert not resent & {r["id"] for r in o2}
    assert "index" in capsys.readouterr().err
    # Other signature parameters against the same index: refused with exit 2.
    rc = main(
        [
            "dedupe",
            str(tmp_path / "day2.jsonl"),
            "-o",
            str(tmp_path / "o3.jsonl"),
            "--index",
            ix,
            "--shingle-size",
            "3",
            "--no-clean",
        ]
    )
    assert rc == EXIT_ERROR
    assert "different parameters" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "name", "extra", "message"),
    [
        ('{"id": 1, "text": "a"}\n{not json\n', "bad.jsonl", [], "bad.jsonl:2"),
        ('{"id": 1, "body": "a"}\n', "nofield.jsonl", [], "'text'"),
        ("[1, 2]\n", "list.jsonl", [], "JSON object"),
        ("x", "doc.pdf", [], "unsupported input"),
        ('{"id": 1, "text": "a"}\n', "ok.jsonl", ["--keep", "oldest"], "--keep"),
        ('{"id": 1, "text": "a"}\n', "ok.jsonl", ["--threshold", "1.5"], "threshold"),
        (
            '{"id": 1, "text": "a"}\n{"id": 1, "text": "b"}\n',
            "dup.jsonl",
            [],
            "duplicate record id",
        ),
    ],
)
def test_bad_input_exits_2_with_a_message(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    name: str,
    extra: list[str],
    message: str,
) -> None:
    (tmp_path / name).write_text(content)
    rc = main(
        ["dedupe", str(tmp_path / name), "-o", str(tmp_path / "out.jsonl"), "--no-clean", *extra]
    )
    err = capsys.readouterr().err
    assert rc == EXIT_ERROR
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()


def test_not_utf8_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.txt").write_bytes(b"\xff\xfe\x00bad")
    assert main(["dedupe", str(tmp_path / "x.txt"), "-o", str(tmp_path / "o.jsonl")]) == EXIT_ERROR
    assert "UTF-8" in capsys.readouterr().err


def test_a_lone_surrogate_escape_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "s.jsonl"
    p.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": "a \\ud800 b", "x": "é"}\n')
    rc = main(["dedupe", str(p), "-o", str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert rc == EXIT_ERROR
    assert f"{p}:2: " in err and "surrogate" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out.jsonl").exists()


def test_new_outputs_follow_the_umask(tmp_path: Path, corpus: list[dict[str, object]]) -> None:
    write_jsonl(tmp_path / "in.jsonl", corpus[:20])
    out, clusters = tmp_path / "out.jsonl", tmp_path / "clusters.jsonl"
    old = os.umask(0o027)
    try:
        argv = ["dedupe", str(tmp_path / "in.jsonl"), "-o", str(out), "--clusters", str(clusters)]
        assert main(argv) == EXIT_OK
    finally:
        os.umask(old)
    assert [stat.S_IMODE(p.stat().st_mode) for p in (out, clusters)] == [0o640, 0o640]
    out.chmod(0o604)  # an existing output keeps its mode
    assert main(argv) == EXIT_OK
    assert stat.S_IMODE(out.stat().st_mode) == 0o604


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz", "in.txt"])
def test_a_utf8_bom_is_accepted_as_clean_and_format_do(
    tmp_path: Path, corpus: list[dict[str, object]], name: str
) -> None:
    rows = corpus[:20]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    if name.endswith(".txt"):
        data = str(rows[0]["text"]).encode()
    plain, bom = tmp_path / "plain" / name, tmp_path / "bom" / name
    for path, content in ((plain, data), (bom, b"\xef\xbb\xbf" + data)):
        path.parent.mkdir()
        path.write_bytes(gzip.compress(content) if name.endswith(".gz") else content)
        assert main(["dedupe", str(path), "-o", str(path.parent / "out.jsonl")]) == EXIT_OK
    got = (tmp_path / "bom" / "out.jsonl").read_text(encoding="utf-8")
    assert got == (tmp_path / "plain" / "out.jsonl").read_text(encoding="utf-8").replace(
        "/plain/", "/bom/"
    )


def test_the_shared_line_parser_drops_a_bom_on_line_1() -> None:
    """The Dask block reader decodes lines itself and parses them with parse_record."""
    from newsclean.corpus.reader import parse_record

    assert parse_record("a.jsonl", 1, '\ufeff{"id": "x", "text": "t"}\n', "id") == {
        "id": "x",
        "text": "t",
    }


def test_json_errors_say_what_and_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "e.jsonl").write_text('{"id": "1", "text": "a"}\n{"id":"2","text":"a\tb"}\n')
    assert main(["dedupe", str(tmp_path / "e.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "e.jsonl:2: not valid JSON: invalid control character at column 20" in err


@pytest.mark.parametrize("option", ["-o", "--clusters"])
def test_an_unwritable_output_is_named_not_its_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "1", "text": "a"}\n')
    (tmp_path / "d").mkdir()
    argv = ["dedupe", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "o.jsonl")]
    argv += [option, str(tmp_path / "d")]
    assert main(argv) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err == f"error: {tmp_path / 'd'}: cannot write: Is a directory\n"
    # Found before anything was written: no output, no temporary file.
    assert sorted(os.listdir(tmp_path)) == ["d", "in.jsonl"]


def _day1(tmp_path: Path) -> Path:
    day1 = tmp_path / "day1.jsonl"
    write_jsonl(day1, [{"id": str(i), "text": "the same story " * 20} for i in range(3)])
    return day1


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["-o", "u.jsonl", "--clusters", "u.jsonl"],
            "u.jsonl: -o and --clusters name the same file",
        ),
        (["-o", "day1.jsonl"], "day1.jsonl: -o would overwrite the input day1.jsonl"),
        (["-o", "link.jsonl"], "link.jsonl: -o would overwrite the input day1.jsonl"),
        (
            ["-o", "u.jsonl", "--clusters", "day1.jsonl"],
            "day1.jsonl: --clusters would overwrite the input day1.jsonl",
        ),
        (["-o", "u.jsonl", "--index", "u.jsonl"], "u.jsonl: -o and --index name the same file"),
        (["-o", "u.jsonl", "--clusters", "."], ".: cannot write: Is a directory"),
        (["-o", "u.jsonl", "--clusters", "no/c.jsonl"], "no/c.jsonl: cannot write: No such file"),
    ],
)
def test_outputs_that_collide_or_cannot_be_written_fail_before_any_is_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    extra: list[str],
    message: str,
) -> None:
    """-o, --clusters and --index are checked against each other and the inputs, and opened,
    before anything is written: exit 2, every file as it was (no empty u.jsonl, no lost input)."""
    monkeypatch.chdir(tmp_path)
    day1 = _day1(tmp_path)
    before = day1.read_bytes()
    (tmp_path / "link.jsonl").symlink_to("day1.jsonl")
    assert main(["dedupe", "day1.jsonl", *extra]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith(f"error: {message}") and len(err.splitlines()) == 1
    assert day1.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["day1.jsonl", "link.jsonl"]


def test_a_failed_run_leaves_the_outputs_as_they_were(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day1 = _day1(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": \n')
    out, clusters = tmp_path / "u.jsonl", tmp_path / "c.jsonl"
    out.write_text("old\n")
    argv = ["dedupe", str(day1), str(bad), "-o", str(out), "--clusters", str(clusters)]
    assert main(argv) == EXIT_ERROR
    assert "bad.jsonl:1: not valid JSON" in capsys.readouterr().err
    assert out.read_text() == "old\n" and not clusters.exists()
    assert sorted(os.listdir(tmp_path)) == ["bad.jsonl", "day1.jsonl", "u.jsonl"]


_ONE = '{"id": 1, "text": "a"}\n'


@pytest.mark.parametrize(
    ("files", "argv", "line"),
    [
        ({}, ["missing.jsonl"], "missing.jsonl: cannot read: No such file or directory"),
        (
            {"bad.jsonl": _ONE + "{not json\n"},
            ["bad.jsonl"],
            "bad.jsonl:2: not valid JSON: expecting property name enclosed in double quotes "
            "at column 2",
        ),
        (
            {"nofield.jsonl": _ONE + '{"id": 2, "body": "a"}\n'},
            ["nofield.jsonl"],
            "nofield.jsonl:2: text field 'text' is missing (see --text-key)",
        ),
        (
            {"num.jsonl": '{"id": 2, "text": 5}\n'},
            ["num.jsonl"],
            "num.jsonl:1: text field 'text' is not a string (see --text-key)",
        ),
        (
            {"dup.jsonl": _ONE + '{"id": "1", "text": "b"}\n'},
            ["dup.jsonl"],
            "dup.jsonl:2: duplicate record id '1' (first at dup.jsonl:1)",
        ),
        (
            {"doc.pdf": "x"},
            ["doc.pdf"],
            "doc.pdf: unsupported input (use .jsonl, .jsonl.gz or .txt)",
        ),
        (
            {"ok.jsonl": _ONE},
            ["ok.jsonl", "--keep", "oldest"],
            "command line: --keep must be first, longest or newest:<field>, got 'oldest'",
        ),
        (
            {"ok.jsonl": _ONE},
            ["ok.jsonl", "--threshold", "1.5"],
            "command line: --threshold must be in (0, 1], got 1.5",
        ),
        ({"ok.jsonl": _ONE}, ["ok.jsonl", "--jobs", "0"], "command line: --jobs must be >= 1"),
        (
            {"ok.jsonl": _ONE},
            ["ok.jsonl", "--scheduler", "tcp://localhost:1"],
            "--scheduler needs --engine dask",  # as `format` says it
        ),
        (
            {"ok.jsonl": _ONE},
            ["ok.jsonl", "--clusters", "o.jsonl"],
            "o.jsonl: -o and --clusters name the same file",
        ),
        (
            {"ok.jsonl": _ONE, "idx.sqlite": "not a database, just text\n"},
            ["ok.jsonl", "--index", "idx.sqlite"],
            "idx.sqlite: cannot use this index (file is not a database)",
        ),
    ],
)
def test_every_error_is_one_line_in_the_house_format(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str],
    argv: list[str],
    line: str,
) -> None:
    """dedupe reports errors as clean and format do: one `error: <where>: <message>` line on
    stderr (where: a file, file:line, or `command line`), exit 2, no output written."""
    monkeypatch.chdir(tmp_path)
    for name, content in files.items():
        (tmp_path / name).write_text(content)
    assert main(["dedupe", *argv, "-o", "o.jsonl", "--no-clean"]) == EXIT_ERROR
    assert capsys.readouterr().err == f"error: {line}\n"
    assert not (tmp_path / "o.jsonl").exists()


def test_an_index_built_with_other_parameters_is_named_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.jsonl").write_text(_ONE)
    assert main(["dedupe", "ok.jsonl", "-o", "o.jsonl", "--index", "i.sqlite"]) == EXIT_OK
    capsys.readouterr()
    argv = ["dedupe", "ok.jsonl", "-o", "o2.jsonl", "--index", "i.sqlite", "--num-perm", "64"]
    assert main(argv) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith(
        "error: i.sqlite: built with different parameters (bands, num_perm, rows)"
    )
    assert len(err.splitlines()) == 1
