"""Test-wide settings.

Under CI (the CI environment variable is set) Hypothesis runs derandomized: the same examples
every run, so a red build is a reproducible bug, never a lucky draw. Locally it explores new
examples each run, which is how the property tests find new failures.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import settings

# Helpers shared by test modules (articles.py, strategies.py, _cli.py) import by plain name.
sys.path.insert(0, str(Path(__file__).parent))

settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
