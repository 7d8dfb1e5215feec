"""A cheap generator of news-like corpora with injected copies, for tests and benchmarks.

Stories are sentences of Zipf-distributed pseudo-words with per-topic vocabulary, wrapped in
per-site boilerplate (navigation, share buttons, related links, copyright). Injected copies:

* ``exact``: the same record text again (a re-scrape);
* ``syndicated``: the same body on another site (different boilerplate around it);
* ``edited``: the same site and body with a few words replaced and a sentence dropped or added;
* ``followup``: a *different* story on the same topic that reuses some paragraphs of an earlier
  one; it must not be grouped with it (its ``story`` differs).

Every record carries ``story`` (copies share the story id of their original) and ``kind``.
Deterministic for a given seed.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

_SITES = 40
_TOPICS = 60


class _Gen:
    def __init__(self, seed: int, paragraphs: tuple[int, int], vocab_size: int = 30000) -> None:
        self.paragraphs = paragraphs
        self.rng = np.random.default_rng(seed)
        rng = self.rng
        lens = rng.integers(2, 10, vocab_size)
        chars = rng.integers(97, 123, (vocab_size, 10), dtype=np.uint8)
        self.vocab = np.array(
            [bytes(chars[i, : lens[i]]).decode() for i in range(vocab_size)], dtype=object
        )
        w = 1.0 / (np.arange(vocab_size) + 10.0)
        self.cdf = np.cumsum(w / w.sum())
        self.topics = [rng.integers(0, vocab_size, 150) for _ in range(_TOPICS)]
        self.sites = [self._site(i) for i in range(_SITES)]

    def words(self, n: int, topic: int) -> list[str]:
        idx = np.searchsorted(self.cdf, self.rng.random(n))
        idx = np.minimum(idx, len(self.vocab) - 1)
        topical = self.rng.random(n) < 0.25
        t = self.topics[topic]
        idx[topical] = t[self.rng.integers(0, len(t), int(topical.sum()))]
        return list(self.vocab[idx].tolist())

    def sentence(self, topic: int) -> str:
        return self.sentences(topic, 1)[0]

    def sentences(self, topic: int, n: int) -> list[str]:
        """``n`` sentences drawn with one random call (the generator must be cheap)."""
        lens = self.rng.integers(8, 24, n)
        ws = self.words(int(lens.sum()), topic)
        commas = self.rng.random(n) < 0.4
        out = []
        pos = 0
        for ln, comma in zip(lens.tolist(), commas.tolist(), strict=True):
            s = ws[pos : pos + ln]
            pos += ln
            s[0] = s[0].capitalize()
            if comma and ln > 10:
                s[5] += ","
            out.append(" ".join(s) + ".")
        return out

    def paragraph(self, topic: int) -> str:
        return " ".join(self.sentences(topic, int(self.rng.integers(3, 6))))

    def body(self, topic: int) -> list[str]:
        n_par = int(self.rng.integers(self.paragraphs[0], self.paragraphs[1] + 1))
        counts = self.rng.integers(3, 6, n_par).tolist()
        sents = self.sentences(topic, sum(counts))
        out, pos = [], 0
        for c in counts:
            out.append(" ".join(sents[pos : pos + c]))
            pos += c
        return out

    def _site(self, i: int) -> tuple[str, str]:
        name = " ".join(self.words(2, 0)).title()
        nav = " | ".join(w.title() for w in self.words(8, 0))
        head = f"{name}\n{nav}\nSubscribe to our newsletter\nShare on Facebook  Share on X"
        foot = (
            f"Related:\n{self.sentence(0)}\n{self.sentence(0)}\n"
            f"Comments are closed.\n© 2024 {name}. All rights reserved."
        )
        return head, foot

    def wrap(self, site: int, title: str, body: list[str]) -> str:
        head, foot = self.sites[site]
        return f"{head}\n\n{title}\n\n" + "\n\n".join(body) + f"\n\n{foot}\n"

    def edit(self, body: list[str], topic: int) -> list[str]:
        paras = list(body)
        n_edits = int(self.rng.integers(1, 6))
        for _ in range(n_edits):
            p = int(self.rng.integers(0, len(paras)))
            ws = paras[p].split(" ")
            k = int(self.rng.integers(0, len(ws)))
            ws[k] = self.words(1, topic)[0]
            paras[p] = " ".join(ws)
        if self.rng.random() < 0.5:
            p = int(self.rng.integers(0, len(paras)))
            paras[p] = paras[p] + " " + self.sentence(topic)
        return paras


def generate(
    n_docs: int, seed: int = 0, copy_rate: float = 0.35, paragraphs: tuple[int, int] = (6, 9)
) -> list[dict[str, Any]]:
    """``n_docs`` records: ``id``, ``title``, ``text``, ``site``, ``story``, ``kind``, ``date``
    and ``parent`` (the story a follow-up borrows from; its own story otherwise).

    The default of 6-9 paragraphs gives bodies of about 4 KB with the boilerplate.
    """
    g = _Gen(seed, paragraphs)
    rng = g.rng
    out: list[dict[str, Any]] = []
    stories: list[tuple[int, str, list[str], int]] = []  # (topic, title, body, site)

    def emit(story: int, kind: str, site: int, title: str, text: str, parent: int = -1) -> None:
        day = int(rng.integers(1, 29))
        out.append(
            {
                "parent": story if parent < 0 else parent,
                "id": f"d{len(out):07d}",
                "title": title,
                "text": text,
                "site": site,
                "story": story,
                "kind": kind,
                "date": f"2024-03-{day:02d}",
            }
        )

    while len(out) < n_docs:
        r = rng.random()
        if stories and r < copy_rate:
            s = int(rng.integers(0, len(stories)))
            topic, title, body, site = stories[s]
            kind = ("exact", "syndicated", "edited")[int(rng.integers(0, 3))]
            if kind == "exact":
                emit(s, kind, site, title, g.wrap(site, title, body))
            elif kind == "syndicated":
                other = int((site + rng.integers(1, _SITES)) % _SITES)
                emit(s, kind, other, title, g.wrap(other, title, body))
            else:
                emit(s, kind, site, title, g.wrap(site, title, g.edit(body, topic)))
        elif stories and r < copy_rate + 0.03:
            s = int(rng.integers(0, len(stories)))
            topic, _title, body, _site = stories[s]
            keep = max(1, round(len(body) * float(rng.uniform(0.3, 0.75))))
            new_body = body[:keep] + g.body(topic)[: len(body) - keep]
            title = g.sentence(topic)[:-1]
            site = int(rng.integers(0, _SITES))
            stories.append((topic, title, new_body, site))
            emit(len(stories) - 1, "followup", site, title, g.wrap(site, title, new_body), s)
        else:
            topic = int(rng.integers(0, _TOPICS))
            title = g.sentence(topic)[:-1]
            body = g.body(topic)
            site = int(rng.integers(0, _SITES))
            stories.append((topic, title, body, site))
            emit(len(stories) - 1, "original", site, title, g.wrap(site, title, body))
    return out


# -- ground truth -------------------------------------------------------------------------------
def shingle_set(text: str, k: int = 5) -> frozenset[tuple[str, ...]]:
    """Word k-shingles computed on strings (regex words, casefolded), independent of hashing."""
    ws = re.findall(r"\w+", text.casefold())
    return frozenset(tuple(ws[i : i + k]) for i in range(len(ws) - k + 1))


def score(
    recs: Sequence[Mapping[str, Any]],
    groups: Iterable[Sequence[str]],
    texts: Mapping[str, str] | None = None,
    threshold: float = 0.8,
    k: int = 5,
) -> dict[str, float]:
    """Pair recall and precision of ``groups`` (clusters of ids) on a generated corpus.

    A *true pair* is two documents whose shingle sets (of ``texts``, default the records'
    text) have Jaccard >= ``threshold``; only documents of one story family (a story, its
    copies and its follow-ups) can share shingles beyond chance, so they are searched there.
    A reported pair (two ids in one group) is *correct* when both come from the same story.
    """
    text_of = texts or {str(r["id"]): str(r["text"]) for r in recs}
    family: dict[Any, list[str]] = defaultdict(list)
    for r in recs:
        family[r["parent"]].append(str(r["id"]))
        if r["parent"] != r["story"]:
            family[r["story"]].append(str(r["id"]))
    story = {str(r["id"]): r["story"] for r in recs}
    sets: dict[str, frozenset[tuple[str, ...]]] = {}
    true_pairs: set[tuple[str, str]] = set()
    hard_negatives = 0
    for ids in family.values():
        for a, b in itertools.combinations(sorted(set(ids)), 2):
            for x in (a, b):
                if x not in sets:
                    sets[x] = shingle_set(text_of[x], k)
            union = len(sets[a] | sets[b])
            j = len(sets[a] & sets[b]) / union if union else 0.0
            if j >= threshold:
                true_pairs.add((a, b))
            elif story[a] != story[b] and j >= 0.2:
                hard_negatives += 1
    reported = {p for g in groups for p in itertools.combinations(sorted(g), 2)}
    correct = sum(story[a] == story[b] for a, b in reported)
    return {
        "true_pairs": len(true_pairs),
        "reported_pairs": len(reported),
        "hard_negatives": hard_negatives,
        "recall": len(true_pairs & reported) / len(true_pairs) if true_pairs else 1.0,
        "precision": correct / len(reported) if reported else 1.0,
    }
