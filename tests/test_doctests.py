"""The docstring examples of every module in the package run as tests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclean

SKIP = {"newsclean.__main__"}  # runs the CLI on import


def _modules() -> list[str]:
    names = ["newsclean"]
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name not in SKIP:
            names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_doctests(name: str) -> None:
    try:
        mod = importlib.import_module(name)
    except ModuleNotFoundError as e:  # an optional integration whose extra is not installed
        if e.name and not e.name.startswith("newsclean"):
            pytest.skip(f"{name} needs {e.name}")
        raise
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS, report=True)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


def _importable(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:  # an optional extra that is not installed
        if e.name and not e.name.startswith("newsclean"):
            return False
        raise
    return True


def test_package_has_doctests() -> None:
    """Guard against the test above passing because nothing was collected."""
    finder = doctest.DocTestFinder()
    n = sum(
        len(t.examples)
        for name in _modules()
        if _importable(name)
        for t in finder.find(importlib.import_module(name))
    )
    assert n >= 5
