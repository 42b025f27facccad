"""What a list prints on an item's line beside its headline, no words of the headline: a mark of the medium
before it ("▶ <headline>", "VIDEO <headline>", "Vídeo: <headline>", "[Audio] <headline>") and a count or a
length after it ("<headline> (3:12)", "<headline> · 4 min read", "<headline> (12 comments)")."""

from __future__ import annotations

import re

from .chrome import read_minutes
from .lexicon import COMMENT_WORDS

# The fewest words of a headline left once a mark is taken off (less: the line is kept as it is).
MARKED_HEADLINE_WORDS = 3

# a medium's word in the common languages (a video, a recording, a podcast, a gallery of pictures)
_MEDIA_WORDS = (
    r"videos?|vídeos?|vidéos?|filmpje|audio|áudio|podcast|fotos?|photos?|bilder|fotostrecke|galer(?:ie|ia|y|ía)"
    r"|galleria|fotogaller(?:y|ia)|fotogalerie|diaporama|slideshow|watch|listen|ansehen|anhören|écouter|regarder"
    r"|ascolta|guarda|escucha|mira|assista|ouça|kijk|luister"
)
# the mark before the headline: a play sign; the medium's word in brackets, or before a colon, a bar or a dash,
# or in capitals before the headline ("VIDEO Ferry crews ..."; a headline's "Video shows ..." is kept)
_PLAY_SIGN_RE = re.compile(r"^[▶►▷⏵⏯🎥🎬📷📸🎧🎙📹]\ufe0f?\s*")
_MEDIA_WORD_RE = re.compile(rf"^(?:[\[(](?:{_MEDIA_WORDS})[\])]|(?:{_MEDIA_WORDS})\s*[:|–—-])\s+", re.I)
_MEDIA_CAPS_RE = re.compile(rf"^(?:{_MEDIA_WORDS})\s+(?=[^\W\d_])", re.I)
# a count of the item's comments, replies or reactions ("12 comments", "5 Kommentare", "3 reacties", "4 replies")
_COMMENTS = rf"{COMMENT_WORDS}|reactie|reactions?|antworten|réponses|respuestas|respostas|risposte|replies"
# a count or a length after the headline, behind a separator or in brackets: a video's length, comments, a read time
_AFTER_RE = re.compile(
    rf"(?:\s*[·•|–—]\s*|\s+-\s+|\s+[\[(])"
    rf"(?P<tail>\d{{1,2}}:\d{{2}}(?::\d{{2}})?|\d[\d.,]*k?\s*(?:{_COMMENTS})|💬\s*\d[\d.,]*k?|[^·•|–—\[\]()]{{1,40}})"
    rf"[\])]?\s*$",
    re.I,
)
_COUNT_RE = re.compile(rf"^(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?|\d[\d.,]*k?\s*(?:{_COMMENTS})|💬\s*\d[\d.,]*k?)$", re.I)


def _enough(rest: str) -> bool:
    return len(rest.split()) >= MARKED_HEADLINE_WORDS


def _in_parts(mark: str, rest: str) -> bool:
    """The mark's separator comes back in what follows: a line in parts, the medium's word one of them ("Video |
    Sea walls | Explained")."""
    separator = mark.strip()[-1]
    return separator in "|–—-" and separator in rest


def without_media_mark(headline: str) -> str:
    """The headline less a medium's mark before it: a play sign, the medium's word in brackets or before a
    colon, a bar or a dash, or in capitals before the headline's first word ("VIDEO Ferry crews vote ...");
    the line as it is when what is left is too short for a headline."""
    rest = _PLAY_SIGN_RE.sub("", headline, count=1)
    word = _MEDIA_WORD_RE.match(rest)
    caps = _MEDIA_CAPS_RE.match(rest) if word is None else None
    if caps and caps.group().strip().isupper() and not rest.isupper():  # (a headline all in capitals: its own)
        word = caps
    if word is not None and not _in_parts(word.group(), rest[word.end() :]):
        rest = rest[word.end() :]
    return rest if rest != headline and _enough(rest) else headline


def without_count_after(headline: str) -> str:
    """The headline less a count or a length printed after it behind a separator or in brackets: a video's
    length ("(3:12)", "· 04:51"), its comments ("(12 comments)", "| 5 Kommentare"), a read time ("· 4 min
    read"); the line as it is otherwise ("Ferry fares: what changes in May")."""
    found = _AFTER_RE.search(headline)
    if found is None:
        return headline
    tail = found["tail"].strip()
    if not (_COUNT_RE.match(tail) or read_minutes(tail)):
        return headline
    rest = headline[: found.start()].rstrip()
    return rest if _enough(rest) else headline


_LENGTH_AFTER_RE = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")


def without_marks(headline: str) -> str:
    """The headline less a medium's mark before it and a count or a length after it (after a medium's mark,
    its length with a space alone before it: "▶ Ferry crews vote to strike 2:41")."""
    rest = without_media_mark(headline)
    if rest != headline and _enough(bare := _LENGTH_AFTER_RE.sub("", rest)):
        rest = bare
    return without_count_after(rest)


# a count alone on its line: a number, then a word or two ("12 comments", "3 Kommentare", "1.2k shares")
_COUNT_LINE_RE = re.compile(r"^\d[\d.,]*k?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?$")
_META_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")


def is_count_line(text: str) -> bool:
    """A number and a word or two alone on a line ("12 comments", "4 Kommentare"): a card's count."""
    return _COUNT_LINE_RE.match(text) is not None


def counted_word(text: str) -> str:
    """What a count line counts, folded ("comments" of "12 Comments"); "" for any other line."""
    return text.split(None, 1)[1].lower() if is_count_line(text) else ""


def is_meta_line(text: str) -> bool:
    """A card's line of counts and times in parts ("12 comments · 4 min read", "3 Kommentare | 2 Std."): every
    part a count, a read time or a length; no headline."""
    parts = _META_SEPARATOR_RE.split(text.strip())
    return len(parts) >= 2 and all(is_count_line(p) or read_minutes(p) or _COUNT_RE.match(p) for p in parts)
