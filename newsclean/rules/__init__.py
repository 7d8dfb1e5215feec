"""Rule families; importing this package registers every rule (see registry.py)."""

from newsclean.rules import boilerplate, media, metadata, structure, text, threads  # noqa: F401
from newsclean.rules.registry import Rule, Verdict, all_rules, get_rule

__all__ = ["Rule", "Verdict", "all_rules", "get_rule"]
