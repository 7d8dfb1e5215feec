"""``[tool.newsclean]`` in ``pyproject.toml``: discovery, parsing and per-path overrides.

Like ruff, each file gets the settings of the closest ``pyproject.toml`` with a
``[tool.newsclean]`` table, found by walking up from the file's folder. Values are checked key by
key so that a broken file gives an error naming the key; unknown keys give a warning naming them.

```toml
[tool.newsclean]
ignore = ["NC4"]                      # any newsclean.Config field, kebab- or snake-case
extra-boilerplate = ["Follow us on Mastodon"]
exclude = ["archive/"]                # file selection for `newsclean format DIR`
text-key = "body"                     # JSONL field names

[[tool.newsclean.overrides]]          # later tables win; paths are globs from this file's folder
paths = ["feeds/wire/**"]
keep-captions = true
```
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from newsclean.config import Config, check_selectors
from newsclean.io.errors import parse_size
from newsclean.io.txt import DEFAULT_MAX_RECORD

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

DEFAULT_INCLUDE = ("*.txt", "*.jsonl", "*.jsonl.gz")
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "node_modules",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "*.newsclean.json",
    "*.newsclean.jsonl",
    "*.newsclean-tmp",
)


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


# Keys that are not Config fields: file selection and corpus layout.
_STR_LIST = "a list of strings"
FILE_KEYS: dict[str, str] = {
    "include": _STR_LIST,
    "exclude": _STR_LIST,
    "extend-exclude": _STR_LIST,
    "text-key": "a string",
    "id-key": "a string",
    "title-key": "a string",
    "report-key": "a string",
    "sidecar": "true or false",
    "max-record-size": 'a size such as "32MB" or a number of bytes',
    "overrides": "an array of tables ([[tool.newsclean.overrides]])",
    "per-file-ignores": "a table of glob = [codes]",
}


def _config_kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    defaults = Config()
    for f in fields(Config):
        value = getattr(defaults, f.name)
        key = f.name.replace("_", "-")
        if isinstance(value, bool):
            kinds[key] = "true or false"
        elif isinstance(value, (int, float)):
            kinds[key] = "a number"
        else:
            kinds[key] = _STR_LIST
    return kinds


def _check(where: str, key: str, value: Any, kind: str) -> Any:
    ok = {
        _STR_LIST: isinstance(value, list) and all(isinstance(v, str) for v in value),
        "a string": isinstance(value, str),
        "true or false": isinstance(value, bool),
        "a number": isinstance(value, (int, float)) and not isinstance(value, bool),
    }.get(kind, True)
    if not ok:
        raise ConfigError(f"{where} {key}: expected {kind}, got {value!r}")
    return value


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]
    config: tuple[tuple[str, Any], ...]  # checked Config keys (snake_case), in file order


@dataclass(frozen=True)
class Settings:
    """Everything a command needs for one file; picklable."""

    config: Config = field(default_factory=Config)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    text_key: str = "text"
    id_key: str = "id"
    title_key: str = "title"
    report_key: str | None = None
    sidecar: bool = False
    max_record: int = DEFAULT_MAX_RECORD
    root: Path | None = None  # folder of the pyproject.toml; override globs are relative to it
    source: Path | None = None
    overrides: tuple[Override, ...] = ()

    def for_path(self, path: str | os.PathLike[str]) -> Settings:
        """These settings with the overrides whose globs match ``path`` applied, in order."""
        if not self.overrides or self.root is None:
            return self
        rel = _relative(Path(path), self.root)
        if rel is None:
            return self
        cfg = self.config
        for ov in self.overrides:
            if any(glob_match(p, rel) for p in ov.paths):
                cfg = merge_config(cfg, dict(ov.config))
        return replace(self, config=cfg) if cfg is not self.config else self

    def excluded(self, path: Path, exclude: Sequence[str] | None = None) -> bool:
        """Whether ``exclude`` (default: this exclude) matches ``path`` or a folder above it,
        relative to the configuration file's folder (else to the current folder)."""
        rel, is_dir = self._rel(path), path.is_dir()
        return any(
            glob_match(p, rel, is_dir) for p in (self.exclude if exclude is None else exclude)
        )

    def included(self, path: Path, include: Sequence[str] | None = None) -> bool:
        """Whether ``include`` (default: this include) matches the file ``path``."""
        rel = self._rel(path)
        return any(glob_match(p, rel) for p in (self.include if include is None else include))

    def _rel(self, path: Path) -> str:
        rel = _relative(path, self.root if self.root is not None else Path.cwd())
        return rel if rel is not None else path.as_posix()


# Keys that add to the base value in an override (and on the command line): the others replace.
_EXTENDING = (
    "ignore",
    "extend_select",
    "extra_related_headings",
    "extra_credit_patterns",
    "extra_boilerplate",
)


def merge_config(base: Config, changes: Mapping[str, Any]) -> Config:
    """``base`` with ``changes`` (snake_case keys): list keys in _EXTENDING add, others replace."""
    merged: dict[str, Any] = {}
    for k, v in changes.items():
        if k in _EXTENDING:
            merged[k] = tuple(dict.fromkeys((*getattr(base, k), *v)))
        else:
            merged[k] = tuple(v) if isinstance(v, list) else v
    return Config.from_mapping(merged, base=base)


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def _glob_regex(pattern: str) -> re.Pattern[str]:
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : j].replace("\\", "\\\\")
                out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out))


def glob_match(pattern: str, rel: str, is_dir: bool = False) -> bool:
    """gitignore matching of a relative POSIX path ``rel`` (a folder when ``is_dir``).

    A pattern with a ``/`` at its start or in its middle is anchored: it matches the path from
    the root (``feeds/*.jsonl``, ``/drafts``, ``archive/**``). Any other pattern matches at any
    depth, one path component at a time (``.venv``, ``*.txt``, ``skip/``). A trailing ``/``
    matches folders only. As in gitignore, a path also matches when a folder above it does:
    everything in a matched folder is matched.

    >>> glob_match("*.txt", "a/b/c.txt"), glob_match("feeds/*.jsonl", "feeds/x/y.jsonl")
    (True, False)
    >>> glob_match("skip/", "data/skip/a.txt"), glob_match("skip/", "data/skip")
    (True, False)
    >>> glob_match("skip/", "data/skip", is_dir=True), glob_match("/skip", "data/skip/a.txt")
    (True, False)
    >>> glob_match("archive/", "archive/2019/a.txt"), glob_match("feeds/**", "feeds/x/y.jsonl")
    (True, True)
    """
    pat = pattern.strip()
    if pat.startswith("./"):
        pat = pat[2:]
    dir_only = pat.endswith("/")
    pat = pat.rstrip("/")
    anchored = "/" in pat
    rx = _glob_regex(pat.lstrip("/"))
    parts = [p for p in rel.split("/") if p]
    for k in range(1, len(parts) + 1):
        if dir_only and k == len(parts) and not is_dir:
            break  # the path itself is a file: only the folders above it can match
        candidate = "/".join(parts[:k]) if anchored else parts[k - 1]
        if rx.fullmatch(candidate):
            return True
    return False


def read_table(path: Path) -> dict[str, Any] | None:
    """The ``[tool.newsclean]`` table of a pyproject.toml, or None when it has none."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    except UnicodeDecodeError as e:
        raise ConfigError(
            f"{path}: not valid UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start}), "
            "so not a TOML file"
        ) from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from None
    tool = data.get("tool")
    if not isinstance(tool, dict) or "newsclean" not in tool:
        return None
    table = tool["newsclean"]
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.newsclean] must be a table")
    return table


def parse_table(
    table: Mapping[str, Any], source: Path, warn: Callable[[str], None] = lambda m: None
) -> Settings:
    """Check ``table`` key by key and build :class:`Settings`; warn about unknown keys."""
    where = f"{source}: [tool.newsclean]"
    kinds = _config_kinds()
    unknown: list[str] = []
    cfg_changes: dict[str, Any] = {}
    kw: dict[str, Any] = {}
    extend_exclude: tuple[str, ...] = ()
    overrides: tuple[Override, ...] = ()
    pfi: tuple[Override, ...] = ()
    for key, value in table.items():
        norm = key.replace("_", "-")
        if norm in kinds:
            cfg_changes[norm.replace("-", "_")] = _check(where, key, value, kinds[norm])
        elif norm in FILE_KEYS:
            kind = FILE_KEYS[norm]
            if norm == "max-record-size":
                try:
                    kw["max_record"] = parse_size(value)
                except (ValueError, TypeError) as e:
                    raise ConfigError(f"{where} {key}: {e}") from None
            elif norm == "overrides":
                overrides = _parse_overrides(value, where, kinds, warn)
            elif norm == "per-file-ignores":
                pfi = _parse_per_file_ignores(value, where)
            elif norm == "extend-exclude":
                extend_exclude = tuple(_check(where, key, value, kind))
            else:
                v = _check(where, key, value, kind)
                kw[norm.replace("-", "_")] = tuple(v) if isinstance(v, list) else v
        else:
            unknown.append(key)
    if unknown:
        warn(f"{where}: unknown key(s) ignored: {', '.join(sorted(unknown))}")
    kw["config"] = _build(cfg_changes, where, Config())
    kw["exclude"] = (*kw.get("exclude", DEFAULT_EXCLUDE), *extend_exclude)
    # per-file-ignores are overrides too, applied after the [[overrides]] tables.
    kw["overrides"] = (*overrides, *pfi)
    return Settings(root=source.parent, source=source, **kw)


def _build(changes: dict[str, Any], where: str, base: Config) -> Config:
    for key in ("select", "ignore", "extend_select"):
        try:
            check_selectors(f"{where} {key.replace('_', '-')}", changes.get(key, ()))
        except ValueError as e:
            raise ConfigError(str(e)) from None
    for key in ("extra_credit_patterns",):
        for pat in changes.get(key, ()):
            try:
                re.compile(pat)
            except re.error as e:
                raise ConfigError(
                    f"{where} {key.replace('_', '-')}: bad regular expression {pat!r}: {e}"
                ) from None
    try:
        return merge_config(base, changes) if changes else base
    except (ValueError, TypeError) as e:
        raise ConfigError(f"{where}: {e}") from None


def _parse_overrides(
    value: Any, where: str, kinds: dict[str, str], warn: Callable[[str], None]
) -> tuple[Override, ...]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{where} overrides: expected {FILE_KEYS['overrides']}")
    out = []
    for n, table in enumerate(value, 1):
        w = f"{where} overrides[{n}]"
        paths = table.get("paths")
        if isinstance(paths, str):
            paths = [paths]
        _check(w, "paths", paths, _STR_LIST)
        if not paths:
            raise ConfigError(f"{w} paths: give at least one glob")
        changes: dict[str, Any] = {}
        unknown = []
        for key, v in table.items():
            norm = key.replace("_", "-")
            if key == "paths":
                continue
            if norm in kinds:
                changes[norm.replace("-", "_")] = _check(w, key, v, kinds[norm])
            else:
                unknown.append(key)
        if unknown:
            warn(
                f"{w}: unknown key(s) ignored (only rule settings can be overridden per path): "
                f"{', '.join(sorted(unknown))}"
            )
        _build(changes, w, Config())  # validate values now, with the key in the message
        out.append(Override(tuple(paths), tuple(changes.items())))
    return tuple(out)


def _parse_per_file_ignores(value: Any, where: str) -> tuple[Override, ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} per-file-ignores: expected {FILE_KEYS['per-file-ignores']}")
    out = []
    for glob, codes in value.items():
        _check(f"{where} per-file-ignores", repr(glob), codes, _STR_LIST)
        _build({"ignore": codes}, f"{where} per-file-ignores {glob!r}", Config())
        out.append(Override((glob,), (("ignore", tuple(codes)),)))
    return tuple(out)


def find_pyproject(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The closest ``pyproject.toml`` with ``[tool.newsclean]`` at or above ``start``."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for d in (folder, *folder.parents):
        candidate = d / "pyproject.toml"
        if candidate.is_file():
            table = read_table(candidate)
            if table is not None:
                return candidate, table
    return None


class SettingsLoader:
    """Settings per file: from ``--config``, from discovery (cached per folder), or defaults."""

    def __init__(
        self,
        config_file: str | os.PathLike[str] | None = None,
        isolated: bool = False,
        warn: Callable[[str], None] = lambda m: None,
    ) -> None:
        self.isolated = isolated
        self.warn = warn
        self._by_dir: dict[Path, Settings] = {}
        self._by_source: dict[Path, Settings] = {}
        self.fixed: Settings | None = None
        if isolated:
            self.fixed = Settings()
        elif config_file is not None:
            config_file = Path(config_file)
            table = read_table(config_file)
            self.fixed = (
                parse_table(table, config_file.resolve(), warn)
                if table is not None
                else Settings(root=config_file.resolve().parent)
            )

    def base_for(self, path: str | os.PathLike[str]) -> Settings:
        """The settings of the folder ``path`` is in (before per-path overrides)."""
        if self.fixed is not None:
            return self.fixed
        folder = Path(path).resolve()
        folder = folder if folder.is_dir() else folder.parent
        if folder not in self._by_dir:
            found = find_pyproject(folder)
            if found is None:
                self._by_dir[folder] = Settings()
            else:
                source, table = found
                if source not in self._by_source:
                    self._by_source[source] = parse_table(table, source, self.warn)
                self._by_dir[folder] = self._by_source[source]
        return self._by_dir[folder]

    def for_path(self, path: str | os.PathLike[str]) -> Settings:
        """What the command line would use for the file ``path`` (a str or a path)."""
        return self.base_for(path).for_path(Path(path))


def apply_cli(
    settings: Settings,
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
    config_changes: Mapping[str, Any] | None = None,
    **file_changes: Any,
) -> Settings:
    """Command-line values over file values.

    Like ruff, ``--select`` starts the rule selection afresh (the file's select, ignore and
    extend-select are dropped); ``--ignore`` and ``--extend-select`` add to what is selected.
    """
    cfg = settings.config
    if select:
        cfg = cfg.replace(select=tuple(select), ignore=(), extend_select=())
    if ignore or extend_select:
        cfg = merge_config(cfg, {"ignore": list(ignore), "extend_select": list(extend_select)})
    if config_changes:
        cfg = cfg.replace(**config_changes)
    changes = {k: v for k, v in file_changes.items() if v is not None}
    return replace(settings, config=cfg, **changes)
