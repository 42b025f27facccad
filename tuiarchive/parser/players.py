"""An audio player's line copied with its page over the text ("Listen to this article", "Artikel anhören ·
4:12", "▶ Écouter", "Ouça a notícia · 3 min"): a verb of listening in the common languages and Dutch on a
short line that says no sentence, and the recording's length alone under it; and a video player's lines inside
the text (its label, its title, its length), which are no gap in the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .thresholds import PAGE_CACHE, PLAYER_LINE_WORDS, VIDEO_PLAYER_LINES, VIDEO_TITLE_WORDS

# listen, (an)hören / vorlesen, écouter, escuchar, ascoltare, ouvir, (be)luisteren: their forms on a button
_LISTEN_RE = re.compile(
    r"\b(?:listen(?:ing)?|(?:an)?h[öo]ren|vorlesen|vorgelesen|[ée]cout(?:er|ez)|escuch(?:ar|a|e)|"
    r"ascolt(?:a|are|ate)|ouvir|ou[çc]a|luister(?:en)?|beluister)\b",
    re.I,
)
# the recording's length: "4:12", "05:31 min", "3 Min.", "12 mins"
_LENGTH_RE = re.compile(r"^(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*min\.?)?|\d{1,3}\s*min(?:s|\.|utes?|uten|utos|uti)?)$", re.I)
_SENTENCE_END = (".", "!", "?")


@lru_cache(maxsize=PAGE_CACHE)
def is_player_line(text: str) -> bool:
    """A line of an audio player: a listening verb on a short line that ends no sentence (its length
    after it may: "· 3 Min."), or the length alone."""
    t = text.strip()
    if _LENGTH_RE.match(t):
        return True
    if len(t.split(None, PLAYER_LINE_WORDS)) > PLAYER_LINE_WORDS or not _LISTEN_RE.search(t):
        return False
    words = re.split(r"\s*[·|•–-]\s*", t)[0].strip()  # the verb's part, before its length
    return not words.endswith(_SENTENCE_END)


# a video's label opening its player's first line: "VIDEO", "Vídeo:", "▶ Vidéo | ...", "Video -"; or a verb of
# watching ("Watch", "Ansehen", "Regarder", "Mira", "Guarda", "Assista", "Bekijk"), when the video's length is under it
_VIDEO_RE = re.compile(r"^(?:[▶►]\s*)?(?:video|vídeo|vidéo|filmpje)\b(?!\s+(?:of|von|de|di|do|van)\b)", re.I)
_WATCH_RE = re.compile(
    r"^(?:[▶►]\s*)?(?:watch|ansehen|anschauen|regarder|mira|ver|guarda|assista|assistir|bekijk|kijk)\b", re.I
)


def video_player_end(text_at: Callable[[int], str], n: int, i: int) -> int | None:
    """Where a video player's lines inside the text end when line i opens one (text_at(j): line j of n): its
    label (a video's word opening a short line that ends no sentence, or a verb of watching over the video's
    length), then its title and its length on the lines right under it (VIDEO_PLAYER_LINES in all at most, none
    a sentence but the length); None when line i opens none."""
    first = text_at(i).strip()
    if len(first.split(None, PLAYER_LINE_WORDS)) > PLAYER_LINE_WORDS or first.endswith(_SENTENCE_END):
        return None
    video, watch = _VIDEO_RE.match(first) is not None, _WATCH_RE.match(first) is not None
    if not (video or watch):
        return None
    end, timed = i + 1, False
    while end < n and end - i < VIDEO_PLAYER_LINES and (t := text_at(end).strip()):
        if _LENGTH_RE.match(t):
            end, timed = end + 1, True
            break  # the length closes the player
        if t.endswith(_SENTENCE_END) or len(t.split(None, VIDEO_TITLE_WORDS)) > VIDEO_TITLE_WORDS:
            break
        end += 1
    return end if video or timed else None
