"""[tool.newsclean] discovery, validation, per-path overrides and command-line precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Config
from newsclean.configfile import (
    ConfigError,
    SettingsLoader,
    apply_cli,
    find_pyproject,
    glob_match,
    parse_table,
    read_table,
)


def _project(root: Path, body: str) -> Path:
    (root / "pyproject.toml").write_text(body)
    return root


def test_discovery_walks_up_to_the_closest_table(tmp_path: Path) -> None:
    _project(tmp_path, '[tool.newsclean]\nignore = ["NC4"]\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    # A pyproject.toml without [tool.newsclean] in between is skipped, like ruff does.
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    found = find_pyproject(sub / "f.txt")
    assert found is not None
    assert found[0] == tmp_path / "pyproject.toml"
    settings = SettingsLoader().for_path(sub / "f.txt")
    assert settings.config.ignore == ("NC4",)
    assert not settings.config.enabled("NC401")


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    assert SettingsLoader().for_path(tmp_path / "x.txt").config == Config()


def test_all_keys_parse(tmp_path: Path) -> None:
    src = (
        _project(
            tmp_path,
            """
[tool.newsclean]
select = ["NC1", "NC2"]
ignore = ["NC201"]
extend-select = ["NC5"]
keep-captions = true
fuzzy_threshold = 90
extra-related-headings = ["More from the wire"]
extra-credit-patterns = ["^Photo: .*$"]
extra-boilerplate = ["Follow us on Mastodon"]
text-key = "body"
id-key = "uid"
title-key = "headline"
report-key = "newsclean"
sidecar = true
max-record-size = "1MB"
include = ["*.txt"]
extend-exclude = ["archive/"]
""",
        )
        / "pyproject.toml"
    )
    table = read_table(src)
    assert table is not None
    s = parse_table(table, src)
    c = s.config
    assert (c.select, c.ignore, c.extend_select) == (("NC1", "NC2"), ("NC201",), ("NC5",))
    assert c.keep_captions and c.fuzzy_threshold == 90
    assert c.extra_related_headings == ("More from the wire",)
    assert c.extra_credit_patterns == ("^Photo: .*$",)
    assert c.extra_boilerplate == ("Follow us on Mastodon",)
    assert (s.text_key, s.id_key, s.title_key, s.report_key) == (
        "body",
        "uid",
        "headline",
        "newsclean",
    )
    assert s.sidecar and s.max_record == 1_000_000
    assert s.include == ("*.txt",)
    assert "archive/" in s.exclude and ".git" in s.exclude
    assert s.excluded(tmp_path / "archive" / "2019" / "a.txt")
    assert not s.excluded(tmp_path / "current" / "a.txt")


def test_unknown_keys_warn_with_their_names(tmp_path: Path) -> None:
    src = _project(tmp_path, '[tool.newsclean]\nignore = ["NC4"]\nfoo = 1\nkeep_caption = true\n')
    warnings: list[str] = []
    s = SettingsLoader(warn=warnings.append).for_path(src / "x.txt")
    assert s.config.ignore == ("NC4",)
    assert len(warnings) == 1
    assert "unknown key(s) ignored: foo, keep_caption" in warnings[0]
    assert str(src / "pyproject.toml") in warnings[0]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('keep-captions = "yes"', "keep-captions: expected true or false, got 'yes'"),
        ('select = "NC1"', "select: expected a list of strings, got 'NC1'"),
        ('ignore = ["XY1"]', "[tool.newsclean] ignore: XY1 matches no rule"),
        ("fuzzy-threshold = 400", "fuzzy_threshold must be in (0, 100]"),
        ('extra-credit-patterns = ["(unclosed"]', "extra-credit-patterns: bad regular expression"),
        ('max-record-size = "huge"', "max-record-size: not a size"),
        ("[[tool.newsclean.overrides]]\nkeep-captions = true", "overrides[1] paths:"),
        ('[[tool.newsclean.overrides]]\npaths = ["a/*"]\nignore = "NC4"', "overrides[1] ignore:"),
        ("ignore = [", "invalid TOML"),
    ],
)
def test_broken_config_names_the_key(tmp_path: Path, body: str, message: str) -> None:
    _project(tmp_path, "[tool.newsclean]\n" + body + "\n")
    with pytest.raises(ConfigError) as e:
        SettingsLoader().for_path(tmp_path / "x.txt")
    assert message in str(e.value)
    assert "pyproject.toml" in str(e.value)


def test_per_path_overrides_apply_in_order(tmp_path: Path) -> None:
    _project(
        tmp_path,
        """
[tool.newsclean]
ignore = ["NC4"]
extra-boilerplate = ["Base line"]

[[tool.newsclean.overrides]]
paths = ["feeds/wire/**"]
keep-captions = true
ignore = ["NC2"]
extra-boilerplate = ["Wire line"]

[[tool.newsclean.overrides]]
paths = ["feeds/wire/special.jsonl"]
keep-captions = false

[tool.newsclean.per-file-ignores]
"*.jsonl" = ["NC5"]
""",
    )
    loader = SettingsLoader()
    plain = loader.for_path(tmp_path / "other" / "a.txt").config
    wire = loader.for_path(tmp_path / "feeds" / "wire" / "x" / "a.txt").config
    special = loader.for_path(tmp_path / "feeds" / "wire" / "special.jsonl").config
    assert plain.ignore == ("NC4",) and not plain.keep_captions
    # List keys extend the base value; scalars replace it.
    assert wire.ignore == ("NC4", "NC2") and wire.keep_captions
    assert wire.extra_boilerplate == ("Base line", "Wire line")
    assert not special.keep_captions
    assert special.ignore == ("NC4", "NC2", "NC5")


def test_command_line_over_file() -> None:
    base = parse_table(
        {"ignore": ["NC4"], "extend-select": ["NC401"], "text-key": "body"},
        Path("/p/pyproject.toml"),
    )
    # --ignore and --extend-select add to the file's selection.
    s = apply_cli(base, ignore=["NC2"], extend_select=["NC201"])
    assert s.config.ignore == ("NC4", "NC2")
    assert s.config.enabled("NC201") and s.config.enabled("NC401")
    assert not s.config.enabled("NC402") and not s.config.enabled("NC202")
    # --select starts afresh, as in ruff.
    s = apply_cli(base, select=["NC4"])
    assert (s.config.select, s.config.ignore, s.config.extend_select) == (("NC4",), (), ())
    # Other options replace the file's value only when given.
    assert apply_cli(base, text_key=None).text_key == "body"
    assert apply_cli(base, text_key="content").text_key == "content"
    assert apply_cli(base, config_changes={"keep_captions": True}).config.keep_captions


def test_explicit_config_and_isolated(tmp_path: Path) -> None:
    _project(tmp_path, '[tool.newsclean]\nignore = ["NC4"]\n')
    other = tmp_path / "other.toml"
    other.write_text('[tool.newsclean]\nignore = ["NC2"]\n')
    assert SettingsLoader(config_file=other).for_path(tmp_path / "a.txt").config.ignore == ("NC2",)
    assert SettingsLoader(isolated=True).for_path(tmp_path / "a.txt").config == Config()


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("*.txt", "a/b/c.txt", True),
        ("*.txt", "a/b/c.jsonl", False),
        (".venv", "x/.venv/lib/a.txt", True),
        ("feeds/*.jsonl", "feeds/a.jsonl", True),
        ("feeds/*.jsonl", "feeds/x/a.jsonl", False),
        ("feeds/**/*.jsonl", "feeds/x/y/a.jsonl", True),
        ("feeds/**/*.jsonl", "feeds/a.jsonl", True),
        ("archive/", "archive/a.txt", True),
        ("archive/", "new/archive.txt", False),
        ("data/[ab].txt", "data/b.txt", True),
        ("data/[!ab].txt", "data/b.txt", False),
        # gitignore: only a slash at the start or in the middle anchors a pattern.
        ("skip/", "data/skip/a.txt", True),
        ("skip/", "a/b/skip/c/d.txt", True),
        ("skip/", "data/skip", False),  # a file named skip: a trailing / means folders only
        ("fixtures/", "tests/fixtures/x.jsonl", True),
        ("/skip", "data/skip/a.txt", False),
        ("/skip", "skip/a.txt", True),
        ("data/skip", "x/data/skip/a.txt", False),
        ("data/skip", "data/skip/a.txt", True),
        ("**/skip/", "x/y/skip/a.txt", True),
    ],
)
def test_glob_match(pattern: str, path: str, expected: bool) -> None:
    assert glob_match(pattern, path) is expected


def test_a_trailing_slash_matches_folders_only() -> None:
    assert glob_match("skip/", "data/skip", is_dir=True)
    assert not glob_match("skip/", "data/skip", is_dir=False)


def test_settings_loader_takes_str_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/configuration.md: SettingsLoader().for_path(path) works with a str as with a Path."""
    _project(
        tmp_path,
        '[tool.newsclean]\nignore = ["NC4"]\n[tool.newsclean.per-file-ignores]\n"x/*.txt" = ["NC2"]\n',
    )
    monkeypatch.chdir(tmp_path)
    s = SettingsLoader().for_path("x/a.txt")
    assert s == SettingsLoader().for_path(tmp_path / "x" / "a.txt")
    assert s.config.ignore == ("NC4", "NC2")
    assert SettingsLoader(config_file="pyproject.toml").for_path("a.txt").config.ignore == ("NC4",)
