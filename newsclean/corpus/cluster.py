"""Union-find over verified duplicate edges; every cluster is named by its smallest id."""

from __future__ import annotations

from collections.abc import Iterable


class UnionFind:
    """Disjoint sets over the integers 0..n-1 (path halving, union by size)."""

    def __init__(self, n: int = 0) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def add(self) -> int:
        self.parent.append(len(self.parent))
        self.size.append(1)
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        """Join the sets of a and b; False if they already were one set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True

    def groups(self) -> dict[int, list[int]]:
        """root -> sorted members, for every set (singletons included)."""
        out: dict[int, list[int]] = {}
        for x in range(len(self.parent)):
            out.setdefault(self.find(x), []).append(x)
        return out


def cluster(edges: Iterable[tuple[str, str, float]], ids: Iterable[str]) -> dict[str, str]:
    """Map every id (from ``ids`` and from the edges) to its cluster root, the smallest id of its
    connected component. Independent of the order of ``edges`` and ``ids``."""
    index: dict[str, int] = {}
    uf = UnionFind()

    def node(x: str) -> int:
        i = index.get(x)
        if i is None:
            i = index[x] = uf.add()
        return i

    for x in ids:
        node(x)
    for a, b, _sim in edges:
        uf.union(node(a), node(b))
    names = list(index)
    out: dict[str, str] = {}
    for members in uf.groups().values():
        root = min(names[m] for m in members)
        for m in members:
            out[names[m]] = root
    return out
