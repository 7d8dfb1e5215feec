"""Options and helpers shared by ``clean`` and ``format``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from newsclean.config import as_codes, check_selectors
from newsclean.configfile import ConfigError, Settings, SettingsLoader, apply_cli
from newsclean.io.errors import parse_size


def say(msg: str) -> None:
    """A status line on stderr."""
    print(msg, file=sys.stderr, flush=True)


def warn(msg: str) -> None:
    say(f"newsclean: warning: {msg}")


def error(msg: str) -> None:
    say(f"error: {msg}")


def drop_stdout() -> None:
    """Point stdout at os.devnull after its reader went away (``| head``), so that what is
    still buffered for the closed pipe goes nowhere instead of failing again (with an
    "Exception ignored" message) when the interpreter exits."""
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):  # not a real file (tests capture it): nothing to flush
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def add_rule_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("rules (override [tool.newsclean] in pyproject.toml)")
    g.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="rule codes or prefixes to use, comma separated (replaces the "
        "configured selection, like ruff)",
    )
    g.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="rule codes or prefixes to switch off (added to the configured ones)",
    )
    g.add_argument(
        "--extend-select",
        action="append",
        metavar="CODES",
        help="rule codes or prefixes to add to the selection",
    )
    g.add_argument(
        "--keep-captions",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="keep caption lines in the text",
    )
    c = p.add_argument_group("configuration")
    c.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="use this pyproject.toml instead of the one found above each path",
    )
    c.add_argument("--isolated", action="store_true", help="ignore all configuration files")


def add_record_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("JSONL records")
    g.add_argument("--text-key", metavar="KEY", help="field with the article text (default: text)")
    g.add_argument(
        "--id-key", metavar="KEY", help="field with the record id, used in messages (default: id)"
    )
    g.add_argument("--title-key", metavar="KEY", help="field with the title (default: title)")
    g.add_argument(
        "--report-key", metavar="KEY", help="store each record's removal report under metadata.KEY"
    )
    p.add_argument(
        "--max-record-size",
        type=_size,
        metavar="SIZE",
        help="refuse a file or JSONL line larger than this (default 32MB; 0: no limit)",
    )


def make_loader(args: argparse.Namespace) -> SettingsLoader:
    """Raises ConfigError for an explicit --config that cannot be used, or a rule selector
    that matches no rule."""
    if args.config is not None and not args.config.is_file():
        raise ConfigError(f"{args.config}: no such configuration file")
    try:
        for option in ("select", "ignore", "extend_select"):
            check_selectors(f"--{option.replace('_', '-')}", as_codes(getattr(args, option)))
    except ValueError as e:
        raise ConfigError(f"command line: {e}") from None
    return SettingsLoader(args.config, args.isolated, warn)


def settings_for(loader: SettingsLoader, path: Path, args: argparse.Namespace) -> Settings:
    """The file's configured settings with the command line on top. May raise ConfigError."""
    cfg_changes: dict[str, Any] = {}
    if args.keep_captions is not None:
        cfg_changes["keep_captions"] = args.keep_captions
    file_changes: dict[str, Any] = {
        "text_key": args.text_key,
        "id_key": args.id_key,
        "title_key": args.title_key,
        "report_key": args.report_key,
        "max_record": args.max_record_size,
    }
    extra = getattr(args, "sidecar", None)
    if extra:
        file_changes["sidecar"] = True
    try:
        return apply_cli(
            loader.for_path(path),
            select=as_codes(args.select),
            ignore=as_codes(args.ignore),
            extend_select=as_codes(args.extend_select),
            config_changes=cfg_changes,
            **file_changes,
        )
    except ValueError as e:  # e.g. a selector that is not a rule code
        raise ConfigError(f"command line: {e}") from None
