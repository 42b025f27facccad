"""A list's lines near one another: the nearest line with text, and a video's teaser among a list's cards ("Video"
over its title, perhaps its length under it), which is no article (moved out of related_shapes, by job)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import lines as L
from .lexicon import VIDEO_LABELS
from .page import Page
from .thresholds import PAGE_CACHE, RELATED_CARD_REACH

# "02:14", "1:05:30": a video's duration alone on its line
_DURATION = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?$")


def next_text(page: Page, i: int, step: int) -> int | None:
    """The nearest line with text above (`step` -1) or below (1) line `i`, a few lines away at most."""
    for j in range(i + step, i + (RELATED_CARD_REACH + 1) * step, step):
        if not 0 <= j < len(page.lines):
            return None
        if page.text(j):
            return j
    return None


def near_video(page: Page, i: int) -> bool:
    """A video teaser: "Video" (or a play button) just above, perhaps with its duration; not a
    label that is the badge of the card above ("Video" / its title / "Video" / "02:14" / the next
    card's headline)."""
    return any(_video_label(page.text(j)) and not _badge_of_card_above(page, j, i) for j in range(max(0, i - 3), i))


def _badge_of_card_above(page: Page, j: int, i: int) -> bool:
    """The video label on line `j` is a badge under the headline above it, with the video's
    duration right under it (before line `i`): that card's, not line `i`'s."""
    below, above = next_text(page, j, 1), next_text(page, j, -1)
    return (
        below is not None
        and below < i
        and bool(_DURATION.match(page.text(below)))
        and above is not None
        and L.looks_like_headline(page.text(above), min_words=4)
    )


@lru_cache(maxsize=PAGE_CACHE)  # asked of the three lines above each line after the text, twice
def _video_label(text: str) -> bool:
    return fold(text) in VIDEO_LABELS
