"""What a single line of a saved page is: chrome, a dateline, a byline, prose, a headline...

These are general rules about how web pages read once copied as text; none of them names
a site. Each predicate looks at one line (sometimes with its neighbours passed in). They live
by their job in shape.py (how a line is written), chrome.py (page furniture), bylines.py (who
wrote it) and captions.py (pictures' captions and credits); this module gathers them under one
name for the stages (`from . import lines as L`) and adds the one that needs them all.
"""

from __future__ import annotations

from functools import lru_cache

from .bylines import (
    byline_names,
    is_byline_marker,
    is_job_line,
    is_name,
    is_person_name,
    is_reporting_from,
    is_role_line,
    is_speaker_label,
)
from .captions import (
    is_caption,
    is_credit,
    is_outlet,
    is_photo_credit,
)
from .chrome import (
    is_audio_context,
    is_chrome,
    is_copyright,
    is_cta,
    is_end_matter,
    is_footer_marker,
    is_list_header,
    is_paywall,
    is_related_header,
    is_skip_header,
    is_tag_header,
    is_tag_line,
    read_minutes,
    writer_note_subject,
)
from .cjk_lines import is_cjk_menu
from .dates import is_header_relative_stamp, parse_date_line
from .shape import (
    TERMINAL,
    addresses_reader,
    addresses_reader_as_headline,
    count_letters,
    ends_sentence,
    has_inner_sentence_end,
    has_ui_pronoun,
    is_auto_title_case,
    is_prose,
    is_title_case,
    is_ui_imperative,
    strip_arrows,
    words,
)

__all__ = [
    "TERMINAL",
    "addresses_reader",
    "addresses_reader_as_headline",
    "byline_names",
    "ends_sentence",
    "has_inner_sentence_end",
    "has_ui_pronoun",
    "is_audio_context",
    "is_auto_title_case",
    "is_byline_marker",
    "is_caption",
    "is_chrome",
    "is_copyright",
    "is_credit",
    "is_cta",
    "is_end_matter",
    "is_footer_marker",
    "is_job_line",
    "is_list_header",
    "is_name",
    "is_outlet",
    "is_paywall",
    "is_person_name",
    "is_photo_credit",
    "is_prose",
    "is_related_header",
    "is_reporting_from",
    "is_role_line",
    "is_skip_header",
    "is_speaker_label",
    "is_tag_header",
    "is_tag_line",
    "is_title_case",
    "is_ui_imperative",
    "looks_like_headline",
    "read_minutes",
    "strip_arrows",
    "words",
    "writer_note_subject",
]


def looks_like_headline(text: str, *, min_words: int = 5, listed: bool = False) -> bool:
    """A line that could be the headline of an article in a list."""
    words, verdict = _headline_shape(text)
    return words >= min_words and verdict >= (_LISTED_ONLY if listed else _HEADLINE)


_NO_HEADLINE, _LISTED_ONLY, _HEADLINE = 0, 1, 2


@lru_cache(maxsize=16384)
def _headline_shape(text: str) -> tuple[int, int]:
    """What looks_like_headline says of a line whatever its words' minimum: (its words, a verdict)
    with the verdict _HEADLINE, _LISTED_ONLY (a headline under a "Related" header only) or
    _NO_HEADLINE. The stages ask it of the same line with several minimums: one reading serves all."""
    if len(text) > 220:  # told before splitting it: a paragraph (its words do not matter then)
        return 0, _NO_HEADLINE
    n = len(text.split())
    if n > 32:
        return n, _NO_HEADLINE
    if text.endswith(("…", "...")) or text.endswith(",") or text.endswith(":"):
        return n, _NO_HEADLINE
    if text.endswith(".") and not text.endswith(("Jr.", "Inc.", "Co.", "U.S.")):
        return n, _NO_HEADLINE
    if is_chrome(text) or is_cta(text) or is_caption(text) or is_credit(text) or is_copyright(text):
        return n, _NO_HEADLINE
    if is_name(text) or is_speaker_label(text) or (is_role_line(text) and n <= 6):
        return n, _NO_HEADLINE
    if is_auto_title_case(text) or (not text.isascii() and is_cjk_menu(text)):
        return n, _NO_HEADLINE
    if parse_date_line(text) or is_header_relative_stamp(text) or read_minutes(text):
        return n, _NO_HEADLINE
    letters = count_letters(text)
    if letters < 0.6 * len(text.replace(" ", "")):
        return n, _NO_HEADLINE
    # Under a "Related" header a headline may say "you" ("Ten walks you can do in a day");
    # elsewhere a line that talks to the reader is site furniture.
    if has_ui_pronoun(text):
        return n, _NO_HEADLINE if text.split()[0].lower() in {"you", "your", "we", "our", "us"} else _LISTED_ONLY
    return n, _HEADLINE
