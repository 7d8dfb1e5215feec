"""``newsclean rules`` and ``newsclean rule CODE``: output read from the registry, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsclean.cli.main import EXIT_ERROR, EXIT_OK, main
from newsclean.rules import all_rules
from newsclean.rules.docs import summary, visible

RULES = all_rules()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_table_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rules")
    assert code == EXIT_OK and not err
    lines = out.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "FAMILY", "WHY"]
    assert [ln.split()[0] for ln in lines[1:]] == [r.code for r in RULES]
    for r, ln in zip(RULES, lines[1:], strict=True):
        assert r.name in ln.split()
        assert summary(r) in ln


def test_rules_json_is_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert [d["code"] for d in data] == [r.code for r in RULES]
    for d, r in zip(data, RULES, strict=True):
        assert (d["name"], d["family"], d["why"]) == (r.name, r.family, r.why)
        assert d["keeps"] == list(r.keeps)
        assert d["kind"] == ("fixer" if r.is_fixer else "line rule")


@pytest.mark.parametrize(
    ("argv", "prefixes", "excluded"),
    [
        (["--select", "NC2"], ("NC2",), ()),
        (["--select", "NC1,NC4"], ("NC1", "NC4"), ()),
        (["--select", "nc4", "--ignore", "NC401"], ("NC4",), ("NC401",)),
        (["--ignore", "NC2", "--ignore", "NC3"], ("NC1", "NC4", "NC5"), ()),
    ],
)
def test_rules_selection(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    prefixes: tuple[str, ...],
    excluded: tuple[str, ...],
) -> None:
    code, out, _ = run(capsys, "rules", "--json", *argv)
    assert code == EXIT_OK
    got = [d["code"] for d in json.loads(out)]
    want = [r.code for r in RULES if r.code.startswith(prefixes) and r.code not in excluded]
    assert got == want and got


def test_rules_bad_selector(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rules", "--select", "E501")
    assert code == EXIT_ERROR and not out
    assert "E501" in err and "Traceback" not in err


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_shows_everything(capsys: pytest.CaptureFixture[str], rule: object) -> None:
    from newsclean.rules import Rule

    assert isinstance(rule, Rule)
    code, out, err = run(capsys, "rule", rule.code)
    assert code == EXIT_OK and not err
    assert out.splitlines()[0] == f"{rule.code} {rule.name}"
    assert rule.family in out
    assert rule.why in " ".join(out.split())
    for ex in rule.removes:
        before = ex[0] if isinstance(ex, tuple) else ex
        for line in before.split("\n"):
            assert visible(line) in out
    for ex in rule.keeps:
        for line in ex.split("\n"):
            assert visible(line) in out


def test_rule_by_name_and_lowercase(capsys: pytest.CaptureFixture[str]) -> None:
    r = RULES[0]
    _, by_code, _ = run(capsys, "rule", r.code)
    _, by_lower, _ = run(capsys, "rule", r.code.lower())
    _, by_name, _ = run(capsys, "rule", r.name)
    assert by_code == by_lower == by_name


def test_rule_json(capsys: pytest.CaptureFixture[str]) -> None:
    r = RULES[-1]
    code, out, _ = run(capsys, "rule", r.code, "--json")
    assert code == EXIT_OK
    assert json.loads(out)["code"] == r.code


@pytest.mark.parametrize("bad", ["NC999", "nope", "NC"])
def test_unknown_rule(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    code, out, err = run(capsys, "rule", bad)
    assert code == EXIT_ERROR and not out
    assert f"unknown rule {bad!r}" in err and "newsclean rules" in err
    assert "Traceback" not in err


def test_python_m_newsclean_rules() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "rules"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert all(r.code in proc.stdout for r in RULES)
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "rule", "NC000"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
