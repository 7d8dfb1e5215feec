"""``newsclean rules`` (the rule table) and ``newsclean rule CODE`` (one rule in full).

Both read the rule registry, the same source as the generated docs and the example tests, so
what the command shows is what the cleaner runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from newsclean.config import Config, as_codes, check_selectors
from newsclean.rules.docs import summary, visible
from newsclean.rules.registry import Rule, all_rules, get_rule


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "rules",
        help="list the cleaning rules",
        description="List every cleaning rule: code, name, family and what it removes.",
    )
    p.add_argument("--json", action="store_true", help="print the rules as a JSON array")
    p.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="only rules matching these codes or prefixes (comma-separated, e.g. NC2,NC401)",
    )
    p.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="leave out rules matching these codes or prefixes",
    )
    p.set_defaults(func=run_rules)

    q = sub.add_parser(
        "rule",
        help="explain one rule",
        description="Show one rule in full: why it exists and the examples it removes and keeps.",
    )
    q.add_argument("code", metavar="CODE", help="rule code (NC201) or name (image-filename)")
    q.add_argument("--json", action="store_true", help="print the rule as a JSON object")
    q.set_defaults(func=run_rule)


def rule_dict(r: Rule) -> dict[str, Any]:
    """The rule's metadata as plain JSON-serialisable data."""
    return {
        "code": r.code,
        "name": r.name,
        "family": r.family,
        "kind": "fixer" if r.is_fixer else "line rule",
        "where": r.where,
        "summary": summary(r),
        "why": r.why,
        "removes": [list(x) if isinstance(x, tuple) else x for x in r.removes],
        "keeps": list(r.keeps),
    }


def selected_rules(select: list[str] | None, ignore: list[str] | None) -> tuple[Rule, ...]:
    """Rules chosen with the cleaner's own precedence (most specific prefix wins).

    ValueError for a selector that matches no rule (the check clean and format make too)."""
    check_selectors("--select", as_codes(select))
    check_selectors("--ignore", as_codes(ignore))
    sel = as_codes(select) or ("NC",)
    cfg = Config(select=sel, ignore=as_codes(ignore))
    return tuple(r for r in all_rules() if cfg.enabled(r.code))


def run_rules(args: argparse.Namespace) -> int:
    from newsclean.cli.main import EXIT_ERROR, EXIT_OK

    try:
        rules = selected_rules(args.select, args.ignore)
    except ValueError as e:
        print(f"newsclean rules: {e}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        json.dump([rule_dict(r) for r in rules], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    rows = [(r.code, r.name, r.family.split(":")[0], summary(r)) for r in rules]
    w_name = max((len(x[1]) for x in rows), default=4)
    w_fam = max((len(x[2]) for x in rows), default=6)
    print(f"{'CODE':<6}  {'NAME':<{w_name}}  {'FAMILY':<{w_fam}}  WHY")
    for code, name, fam, why in rows:
        print(f"{code:<6}  {name:<{w_name}}  {fam:<{w_fam}}  {why}")
    if not rows:
        print("newsclean rules: no rule matches the selection", file=sys.stderr)
    return EXIT_OK


def format_rule(r: Rule) -> str:
    """The human-readable full description printed by ``newsclean rule``."""
    out = [f"{r.code} {r.name}", f"family: {r.family}", ""]
    out += textwrap.wrap(r.why, 88, break_on_hyphens=False, break_long_words=False)
    out.append("")
    if r.is_fixer:
        out.append("Rewrites:")
        for ex in r.removes:
            before, after = ex if isinstance(ex, tuple) else (ex, "")
            out.append(f"  {visible(before)}")
            out.append(f"    -> {visible(after)}")
    else:
        out.append(f"Removes (placed in the article {r.where}):")
        for ex in r.removes:
            out += _example_lines(ex if isinstance(ex, str) else ex[0])
    out.append("Keeps:")
    for k in r.keeps:
        out += _example_lines(k)
    return "\n".join(out) + "\n"


def _example_lines(ex: str) -> list[str]:
    if "\n" not in ex:
        return [f"  {visible(ex)}"]
    # A multi-line example is a whole document; "- " marks the lines the rule removes.
    return ["  ---", *(f"  | {visible(ln)}" for ln in ex.split("\n")), "  ---"]


def run_rule(args: argparse.Namespace) -> int:
    from newsclean.cli.main import EXIT_ERROR, EXIT_OK

    try:
        r = get_rule(args.code)
    except KeyError:
        codes = ", ".join(x.code for x in all_rules())
        print(
            f"newsclean rule: unknown rule {args.code!r}; known codes: {codes} "
            "(see `newsclean rules`)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if args.json:
        print(json.dumps(rule_dict(r), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(format_rule(r))
    return EXIT_OK
