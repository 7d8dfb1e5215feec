"""Dedup benchmark: newsclean signatures + LSH vs datasketch MinHash + MinHashLSH, side by side.

Run by hand (never in CI):

    python benchmarks/dedup.py                          # 20k docs + growth to 200k
    python benchmarks/dedup.py --docs 5000 --growth ''  # quick

Everything is measured in one process on one core, on the same generated corpus (about 4 KB per
document, see newsclean.corpus.synthetic), with CPU time (time.process_time), so that other
load on the machine inflates both sides alike; speed is reported as docs/s, MB/s and a ratio.

* "signatures + LSH" = text -> words -> shingles -> MinHash -> band keys -> candidate pairs
  (cleaning is off here; it is measured separately: it is a per-document cost of its own).
* datasketch default path = ``MinHash(num_perm=128)`` + ``m.update(shingle)`` per shingle +
  ``MinHashLSH(threshold, num_perm=128)`` insert and query, on the same normalised 5-word
  shingles; its batch path (``update_batch``) is measured as well.
* Recall/precision: pair level, ground truth from strings (synthetic.score).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from newsclean import Cleaner, dedup
from newsclean.corpus import synthetic
from newsclean.corpus.cluster import UnionFind
from newsclean.corpus.index import CorpusIndex

WORD = re.compile(r"\w+")


REPEAT = 1  # set from --repeat: best (smallest) CPU time of this many runs


def cpu(fn: Callable[[], Any], repeat: int | None = None) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat or REPEAT):
        t = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t)
    return best, out


def ours_sign_lsh(
    recs: Sequence[dict[str, Any]], cfg: dedup.DedupConfig
) -> tuple[Any, set[tuple[str, str]]]:
    sigs = dedup.signatures(recs, cfg)
    bands = dedup.band_matrix(sigs, cfg)
    pairs = {(sigs[a].id, sigs[b].id) for a, b in dedup.bucket_pairs(bands).tolist()}
    return sigs, pairs


def ds_shingles(text: str) -> list[bytes]:
    ws = WORD.findall(text.casefold())
    return [" ".join(ws[i : i + 5]).encode() for i in range(len(ws) - 4)]


def ds_run(recs: Sequence[dict[str, Any]], threshold: float, batch: bool) -> set[tuple[str, str]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    mins = []
    for r in recs:
        m = MinHash(num_perm=128)
        if batch:
            m.update_batch(ds_shingles(r["text"]))
        else:
            for s in ds_shingles(r["text"]):
                m.update(s)
        lsh.insert(r["id"], m)
        mins.append((r["id"], m))
    pairs: set[tuple[str, str]] = set()
    for rid, m in mins:
        for other in lsh.query(m):
            if other != rid:
                pairs.add((min(rid, other), max(rid, other)))
    return pairs


def groups_of(pairs: set[tuple[str, str]], ids: list[str]) -> list[list[str]]:
    pos = {x: i for i, x in enumerate(ids)}
    uf = UnionFind(len(ids))
    for a, b in pairs:
        uf.union(pos[a], pos[b])
    return [[ids[m] for m in g] for g in uf.groups().values() if len(g) > 1]


def verified(pairs: set[tuple[str, str]], texts: dict[str, str], t: float) -> set[tuple[str, str]]:
    sets: dict[str, frozenset[tuple[str, ...]]] = {}
    out = set()
    for a, b in pairs:
        for x in (a, b):
            if x not in sets:
                sets[x] = synthetic.shingle_set(texts[x])
        u = len(sets[a] | sets[b])
        if u and len(sets[a] & sets[b]) / u >= t:
            out.add((a, b))
    return out


def retained_bytes(fn: Callable[[], Any]) -> tuple[int, Any]:
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    out = fn()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return after - before, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument(
        "--ds-default-docs",
        type=int,
        default=2_000,
        help="documents for datasketch's per-shingle update path (slow)",
    )
    ap.add_argument("--clean-docs", type=int, default=500)
    ap.add_argument("--memory-docs", type=int, default=5_000)
    ap.add_argument("--growth", default="20000,50000,100000,200000")
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--out", default="benchmarks/out/dedup.json")
    ap.add_argument("--repeat", type=int, default=3, help="best of N for the speed figures")
    args = ap.parse_args(argv)
    global REPEAT
    REPEAT = args.repeat
    report: dict[str, Any] = {
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "repeat": args.repeat,
        "command": " ".join(sys.argv),
    }
    try:
        import datasketch

        report["datasketch"] = datasketch.__version__ if hasattr(datasketch, "__version__") else "?"
    except ImportError:
        print("datasketch is needed: pip install -e '.[test]'", file=sys.stderr)
        return 2
    cfg = dedup.DedupConfig(clean=False, threshold=args.threshold)
    print(f"generating {args.docs} documents ...", file=sys.stderr)
    recs = synthetic.generate(args.docs, seed=42, paragraphs=(7, 10))
    ids = [r["id"] for r in recs]
    texts = {r["id"]: r["text"] for r in recs}
    mb = sum(len(t.encode()) for t in texts.values()) / 1e6
    report["corpus"] = {
        "docs": len(recs),
        "MB": round(mb, 1),
        "mean_KB": round(mb * 1e3 / len(recs), 2),
    }

    # -- speed on the same subset: ours vs datasketch default path ----------------------------
    sub = recs[: args.ds_default_docs]
    sub_mb = sum(len(r["text"].encode()) for r in sub) / 1e6
    t_ours_sub, _ = cpu(lambda: ours_sign_lsh(sub, cfg))
    t_ds_default, _ = cpu(lambda: ds_run(sub, args.threshold, batch=False))
    t_ds_batch_sub, _ = cpu(lambda: ds_run(sub, args.threshold, batch=True))
    # -- whole corpus: ours, datasketch batch path ----------------------------------------------
    t_ours, (sigs, our_pairs) = cpu(lambda: ours_sign_lsh(recs, cfg))
    t_sig, _ = cpu(lambda: dedup.signatures(recs, cfg))
    t_pipeline, res = cpu(lambda: dedup.dedupe_signatures(sigs, cfg))
    t_ds_batch, ds_pairs = cpu(lambda: ds_run(recs, args.threshold, batch=True))
    n = len(recs)
    speed = {
        "subset_docs": len(sub),
        "ours_sign_lsh_docs_s": round(len(sub) / t_ours_sub),
        "ours_sign_lsh_MB_s": round(sub_mb / t_ours_sub, 2),
        "datasketch_default_docs_s": round(len(sub) / t_ds_default),
        "datasketch_default_MB_s": round(sub_mb / t_ds_default, 3),
        "datasketch_batch_docs_s": round(len(sub) / t_ds_batch_sub),
        "ratio_vs_datasketch_default": round(t_ds_default / t_ours_sub, 1),
        "ratio_vs_datasketch_batch": round(t_ds_batch_sub / t_ours_sub, 1),
        "full_ours_sign_lsh_docs_s": round(n / t_ours),
        "full_ours_sign_lsh_MB_s": round(mb / t_ours, 2),
        "full_ours_signatures_only_docs_s": round(n / t_sig),
        "full_ours_verify_cluster_s": round(t_pipeline, 2),
        "full_datasketch_batch_docs_s": round(n / t_ds_batch),
    }
    report["speed_one_core_cpu_time"] = speed
    # -- recall / precision ------------------------------------------------------------------------
    t = args.threshold
    report["quality"] = {
        "ours (LSH + exact verify + union-find)": synthetic.score(
            recs, [c.members for c in res.clusters], threshold=t
        ),
        "ours, raw LSH candidates": synthetic.score(recs, groups_of(our_pairs, ids), threshold=t),
        "datasketch MinHashLSH candidates": synthetic.score(
            recs, groups_of(ds_pairs, ids), threshold=t
        ),
        "datasketch + exact verify": synthetic.score(
            recs, groups_of(verified(ds_pairs, texts, t), ids), threshold=t
        ),
        "candidate_pairs": {"ours": len(our_pairs), "datasketch": len(ds_pairs)},
        "lsh": {"ours (bands, rows)": list(cfg.lsh), "datasketch (b, r)": list(_ds_params(t))},
    }
    # -- memory per document -------------------------------------------------------------------
    msub = recs[: args.memory_docs]
    b_ours, msigs = retained_bytes(
        lambda: (lambda s: (s, dedup.band_matrix(s, cfg)))(dedup.signatures(msub, cfg))
    )
    b_ds, _ = retained_bytes(lambda: _ds_objects(msub, t))
    payload = np.mean([s.minhash.nbytes + s.shingles.nbytes + len(s.exact) for s in msigs[0]])
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "c.sqlite")
        t_idx, _ = cpu(lambda: _build_index(path, sigs, res, cfg), repeat=1)
        disk = os.path.getsize(path)
    report["memory"] = {
        "ours_in_memory_bytes_per_doc (Signature + band keys, tracemalloc)": round(
            b_ours / len(msub)
        ),
        "ours_payload_bytes_per_doc (minhash + shingle set + digest)": round(float(payload)),
        "datasketch_in_memory_bytes_per_doc (MinHash + MinHashLSH, tracemalloc)": round(
            b_ds / len(msub)
        ),
        "ours_sqlite_bytes_per_doc": round(disk / n),
        "ours_sqlite_insert_docs_s": round(n / t_idx),
        "text_bytes_per_doc": round(mb * 1e6 / n),
    }
    # -- cleaning, separately ---------------------------------------------------------------------
    crec = recs[: args.clean_docs]
    cleaner = Cleaner()
    t_clean, _ = cpu(lambda: [cleaner.clean(r["text"], title=r["title"]) for r in crec])
    report["cleaning_docs_s"] = round(len(crec) / t_clean)
    # -- growth ----------------------------------------------------------------------------------
    growth = []
    for size in [int(x) for x in args.growth.split(",") if x.strip()]:
        print(f"growth: {size} documents ...", file=sys.stderr)
        g = synthetic.generate(size, seed=7, paragraphs=(7, 10))
        ts, (gs, _p) = cpu(lambda g=g: ours_sign_lsh(g, cfg), repeat=1)
        tp, gr = cpu(lambda gs=gs: dedup.dedupe_signatures(gs, cfg), repeat=1)
        growth.append(
            {
                "docs": size,
                "sign_lsh_s": round(ts, 2),
                "verify_cluster_s": round(tp, 2),
                "us_per_doc": round((ts + tp) / size * 1e6, 1),
                "clusters": gr.stats["clusters"],
            }
        )
        del g, gs, gr
    report["growth"] = growth
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(report, f, indent=2)
    print(json.dumps(report, indent=2))
    return 0


def _ds_params(threshold: float) -> tuple[int, int]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    return lsh.b, lsh.r


def _ds_objects(recs: Sequence[dict[str, Any]], t: float) -> Any:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=t, num_perm=128)
    keep = []
    for r in recs:
        m = MinHash(num_perm=128)
        m.update_batch(ds_shingles(r["text"]))
        lsh.insert(r["id"], m)
        keep.append(m)
    return lsh, keep


def _build_index(
    path: str, sigs: list[dedup.Signature], res: dedup.DedupResult, cfg: dedup.DedupConfig
) -> None:
    with CorpusIndex(path, cfg) as ix:
        ix.begin()
        ix.add(sigs, res)
        ix.commit()


if __name__ == "__main__":
    sys.exit(main())
