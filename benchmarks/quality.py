"""Cleaning quality of newsclean and its peers on the same raw dumps, scored by the eval set.

    python benchmarks/quality.py [--eval-dir ../shared/eval] [--flavour article|column|page]

Every tool gets the same raw dump of each document; its output is scored by the eval set's own
``score.py`` (imported from the eval folder; the data stays there). One table compares the tools;
a second gives, per artifact kind, the share of junk lines each tool removed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from _common import (
    BenchError,
    doc_dirs,
    f3,
    load_score_module,
    print_header,
    resolve_eval_dir,
    run_main,
    table,
)
from peers import DEFAULT_TOOLS, FACTORIES, Tool, load_tools

FLAVOURS = ("article", "column", "page")
LEGEND = """
tok = bag-of-words tokens vs ref.txt (micro-averaged; macro F1 = mean of per-doc F1);
rm = line-removal view (P: share of removed lines that were junk; R: share of junk lines
removed); docs lost = share of docs that lost a body line of >= 8 tokens, or whose token
recall fell more than 1 point below the raw dump's; empty = docs with no output at all.
"""


def load_docs(
    score: ModuleType, eval_dir: Path, flavour: str, sets: list[str] | None, limit: int | None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Docs with a reference body (token-scored); snippet-only sets are listed, not scored."""
    docs: list[dict[str, Any]] = []
    notes: list[str] = []
    for s, dirs in doc_dirs(eval_dir, sets).items():
        n_snippet = 0
        for d in dirs:
            doc = score.load_doc(d, flavour)
            if doc is None:
                continue
            if doc.get("ref") is None:
                n_snippet += 1
                continue
            docs.append(doc)
        if n_snippet:
            notes.append(
                f"set {s}: {n_snippet} snippet-only docs left out (score them with score.py)"
            )
    if limit is not None:
        docs = docs[:limit]
    return docs, notes


def evaluate(
    score: ModuleType,
    docs: list[dict[str, Any]],
    tools: list[Tool],
    strict: bool = False,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, dict[str, Any]]:
    """``{tool name: score.aggregate(...)}`` over ``docs``; tools run on the same raw text.
    Per-document results (tagged with the tool) are appended to ``details`` when given."""
    out: dict[str, dict[str, Any]] = {}
    for t in tools:
        if t.reset:
            t.reset()
        results = []
        for doc in docs:
            text = t.run(t.prepare(doc["raw"]))
            results.append(score.score_doc(doc, text, strict))
        if details is not None:
            details.extend({"tool": t.name, **r} for r in results)
        agg = score.aggregate(results)
        agg["empty_outputs"] = sum(
            1 for r in results if not r["line"]["kept_body"] + r["line"]["kept_junk"]
        )
        out[t.name] = agg
    return out


def main_table(aggs: dict[str, dict[str, Any]]) -> str:
    rows = []
    for name, a in aggs.items():
        tok = a["tok"]
        rows.append(
            [
                name,
                f3(tok["micro_P"]),
                f3(tok["micro_R"]),
                f3(tok["micro_F1"]),
                f3(tok["macro_F1"]),
                f3(a["line_removal_P"]),
                f3(a["line_removal_R"]),
                f3(a["share_docs_deleted_body_line8"]),
                f3(a["share_docs_deleted_body_tokens"]),
                str(a["empty_outputs"]),
            ]
        )
    return table(
        [
            "tool",
            "tok P",
            "tok R",
            "tok F1",
            "tok F1 macro",
            "rm P",
            "rm R",
            "docs lost >=8-tok line",
            "docs lost >1pt tok R",
            "empty",
        ],
        rows,
    )


def artifact_table(aggs: dict[str, dict[str, Any]]) -> str:
    names = list(aggs)
    kinds = sorted({k for a in aggs.values() for k in a.get("artifact_removal", {})})
    rows = []
    for k in kinds:
        first = next(a["artifact_removal"][k] for a in aggs.values() if k in a["artifact_removal"])
        rows.append(
            [
                k,
                str(first["lines"]),
                str(first["docs"]),
                *(f3(aggs[n]["artifact_removal"].get(k, {}).get("recall")) for n in names),
            ]
        )
    return table(["artifact (junk lines)", "lines", "docs", *names], rows)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        description="Score newsclean and its peers on the eval set's raw dumps (one table)."
    )
    ap.add_argument(
        "--eval-dir",
        help="eval folder with score.py and docs/ (default: ../shared/eval "
        "beside the repository, or $NEWSCLEAN_EVAL_DIR)",
    )
    ap.add_argument(
        "--flavour", default="article", choices=FLAVOURS, help="which raw dump (default: article)"
    )
    ap.add_argument("--sets", help="comma-separated eval sets (default: all present)")
    ap.add_argument(
        "--tools",
        default=",".join(DEFAULT_TOOLS),
        help=f"comma-separated, from: {', '.join(FACTORIES)} (default: all)",
    )
    ap.add_argument("--limit", type=int, help="score only the first N documents (quick look)")
    ap.add_argument(
        "--strict", action="store_true", help="count the headline as junk (score.py --strict)"
    )
    ap.add_argument("--json", type=Path, help="also write the aggregates here")
    ap.add_argument(
        "--details", type=Path, help="write per-document, per-tool results here (JSON lines)"
    )
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    eval_dir = resolve_eval_dir(args.eval_dir)
    score = load_score_module(eval_dir)
    sets = [s for s in args.sets.split(",") if s] if args.sets else None
    tools, skipped = load_tools([t.strip() for t in args.tools.split(",") if t.strip()])
    if args.limit is not None and args.limit < 1:
        raise BenchError("--limit must be >= 1")
    docs, notes = load_docs(score, eval_dir, args.flavour, sets, args.limit)
    if not docs:
        raise BenchError(
            f"no documents with raw.{args.flavour}.txt and ref.txt in {eval_dir / 'docs'}"
        )

    print_header(
        f"Quality: {len(docs)} docs, raw.{args.flavour}.txt{', strict' if args.strict else ''}",
        ["newsclean", "trafilatura", "jusText", "ftfy"],
    )
    for t in tools:
        print(f"- {t.name}: {t.label}")
    for msg in (*skipped, *notes):
        print(f"- {msg}")
    print()
    sys.stdout.flush()
    details: list[dict[str, Any]] | None = [] if args.details else None
    aggs = evaluate(score, docs, tools, strict=args.strict, details=details)
    print(main_table(aggs))
    print(LEGEND)
    print(artifact_table(aggs))
    print("\nRemoval recall per artifact kind (tags and regexes of score.py).")
    if args.details and details is not None:
        with args.details.open("w", encoding="utf-8") as fh:
            for r in details:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"flavour": args.flavour, "docs": len(docs), "tools": aggs}, indent=1, default=str
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    run_main(main)
