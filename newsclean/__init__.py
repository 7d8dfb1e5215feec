"""newsclean: clean scraped news-article dumps into article text, and deduplicate corpora.

>>> import newsclean
>>> newsclean.clean("Title\\n\\nyang-cheng.jpg\\n\\nThe body.")
'Title\\n\\nThe body.\\n'
"""

from __future__ import annotations

from newsclean.config import Config
from newsclean.engine import Cleaner, InputError
from newsclean.result import Edit, Removal, Result

__version__ = "0.1.0"
__all__ = [
    "Cleaner",
    "Config",
    "Edit",
    "InputError",
    "Removal",
    "Result",
    "__version__",
    "clean",
    "clean_article",
]


def clean_article(
    raw: str | bytes, title: str | None = None, config: Config | None = None
) -> Result:
    """Clean one article with ``config`` (default rules) and return the full :class:`Result`."""
    return Cleaner(config or Config()).clean_article(raw, title=title)


def clean(raw: str | bytes, title: str | None = None, config: Config | None = None) -> str:
    """Short form: the clean text, ``== clean_article(raw).text``."""
    return clean_article(raw, title=title, config=config).text
