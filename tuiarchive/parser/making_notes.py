"""A note under an article's text on how the article itself was made (its sources, its editing, its
translation, who paid for the reporting), told by its grammar rather than its label: the text or its newsroom
as the subject with a verb of making right after it, an edited interview, a line opening on a participle of
making. The real labels end the text before such a note; a story's own sentence about another body's report,
a finding or what is to come stays the text's. The words are lexicon_making.py's."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from .lexicon import PUBLICATION_NOTE_RE, TEXT_NOTE_RE, cjk_chars
from .lexicon_making import (
    AGENT_WORDS,
    EDITED_WORDS,
    FINDING_WORDS,
    FOR_WORDS,
    FUTURE_WORDS,
    INTERVIEW_ARTICLES,
    INTERVIEW_NOUNS,
    MADE_CJK_RE,
    MADE_GRAMMAR_RE,
    MADE_OPENERS,
    MADE_STEMS,
    NEWSROOM_CJK_RE,
    NEWSROOM_NAMES,
    NEWSROOM_STEMS,
    OF_WORDS,
    OUR_WORDS,
    OWN_WORK_CJK_RE,
    OWN_WORK_NOUNS,
    OWN_WORK_THIS,
    PAST_IRREGULAR,
    READER_FORMAL_RE,
    READER_WORDS,
)
from .lexicon_terms import STORY_REPORTING_WORDS
from .shape import ends_sentence
from .thresholds import (
    END_MATTER_CHARS,
    MAKING_NOTE_MIN_WORDS,
    NEWSROOM_SUBJECT_WORDS,
    NOTE_SUBJECT_WORDS,
    PAGE_CACHE,
)

_TIMES_COUNTED_RE = re.compile(r"\d[\d,.]*\s+(?:times|mal|fois|veces|volte|vezes)\b", re.I)
# A note's brackets or emphasis marks around it: "(Translated from ...)", "[...]", "*...*", "（...）"
_NOTE_MARKS = "()[]*_（）【】 "
_OWN_WORDS_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_WORDS_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")  # _OWN_WORDS_RE in ASCII text in small letters
_NOT_A_TO_Z = bytes(b if 97 <= b <= 122 or b == 39 else 32 for b in range(256))  # a-z and ' kept, others spaces
_APOSTROPHE_APART_RE = re.compile(r" '|' |'[a-z]*'")  # an apostrophe at a word's edge, or two in one word


@lru_cache(maxsize=PAGE_CACHE)
def tells_how_made(text: str) -> bool:
    """A short note on how the article itself was made, by its grammar, not its label: the text names itself
    ("this report", "cette chronique", "本文") or its newsroom ("our reporter", "la rédaction") and a verb of
    making follows ("drew on", "entstand", "a été rédigé", "se elaboró", "整理而成"); its interview is edited
    ("The interview has been shortened", "Das Gespräch wurde gekürzt"); or it opens on a participle of making
    with no clause after it ("Translated from the Portuguese by ...", "Propos recueillis par ..."). Not a
    story's sentence about another's report ("The auditors' report was compiled ..."), nor what someone said,
    nor where the article ran (closing.py keeps that: the real labels do)."""
    if len(text) > END_MATTER_CHARS or text[:1] in '"“«„':
        return False
    if PUBLICATION_NOTE_RE.match(text) or TEXT_NOTE_RE.match(text):
        return False  # where it ran, a correction, an update: the text's (the real labels keep them)
    core = text.strip(_NOTE_MARKS)
    if not (ends_sentence(core) or (core != text and text[:1] in _NOTE_MARKS)):
        return False  # words that lead on to a table or a list, unless set apart in brackets
    if cjk_chars(core):
        return OWN_WORK_CJK_RE.search(core) is not None and MADE_CJK_RE.search(core) is not None
    words = _note_words(core)
    if len(words) < MAKING_NOTE_MIN_WORDS or not STORY_REPORTING_WORDS.isdisjoint(words):
        return False  # a label, or reported speech ("..., the mayor said")
    if words[0] in MADE_OPENERS and "," not in core:
        return True  # "Translated from the Portuguese by the night desk."
    if words[0] in INTERVIEW_ARTICLES and words[1] in INTERVIEW_NOUNS:
        return not EDITED_WORDS.isdisjoint(words)  # "The interview has been shortened and lightly edited."
    if _TIMES_COUNTED_RE.search(core):
        return False  # "This report was read 4,806 times": a count of its readers' doings (related_items)
    if not FINDING_WORDS.isdisjoint(words) or not FUTURE_WORDS.isdisjoint(words):
        return False  # a finding or what is to come: the story's ("Our team checked ... and found that ...")
    at = _names_itself(words)
    if at is not None and core[_word_end(core, at + 1) :].startswith(","):
        return False  # "This report, compiled by the county's auditors, ...": another body's report, named
    if at is not None and at and words[at - 1] in FOR_WORDS and not AGENT_WORDS.isdisjoint(words[at + 2 :]):
        return True  # "Fact-checking for this article by A. N.": a credit for the text's own making
    verb = at + 2 if at is not None else _newsroom_subject_end(words)
    if verb is None or verb >= len(words) or words[verb] in OF_WORDS:
        return False  # nothing named, or another's: "Dieser Bericht der Landesregierung ...", "this report of the ..."
    # right after the subject, a verb of making, or any verb in the passive or the past ("was assembled",
    # "a été relu", "wurde", "travelled"); not a copula and an event ("Our reporter was among the passengers")
    rest = core[_word_end(core, verb - 1) :].lstrip(" ,")
    first = words[verb]
    return first.startswith(MADE_STEMS) or first in PAST_IRREGULAR or MADE_GRAMMAR_RE.match(rest) is not None


def _names_itself(words: list[str]) -> int | None:
    """Where the text names itself as the sentence's subject, among its first words ("this report",
    "Reporting for this piece ...", "cette chronique"): the index of "this", or None."""
    first = words[:NOTE_SUBJECT_WORDS]  # ("Fact-checking for this article by ...")
    if OWN_WORK_THIS.isdisjoint(first):
        return None  # (most lines: told in C)
    pairs = enumerate(pairwise(first))
    at = next((k for k, (a, b) in pairs if a in OWN_WORK_THIS and b in OWN_WORK_NOUNS), None)
    if at is None or at == 0 or words[at - 1] in FOR_WORDS:
        return at  # (not the object of a verb, "We hope this post helps ...", nor "In this article we ...")
    return None


def _word_end(text: str, k: int) -> int:
    """Where the k-th word of the text (as _OWN_WORDS_RE finds them) ends."""
    found = _OWN_WORDS_RE.finditer(text)
    return next(m.end() for i, m in enumerate(found) if i == k)


def newsroom_is_subject(text: str, words: list[str]) -> bool:
    """The newsroom does what a note under a heading tells: "our reporter", "la rédaction", or a Chinese or
    Japanese note that opens on the reporter or the desk ("記者は", "记者连续"). Not a box's pitch or an
    appeal that speaks to the reader ("Our editors pick the stories you need ...")."""
    if not READER_WORDS.isdisjoint(words) or READER_FORMAL_RE.search(text):
        return False
    if cjk_chars(text):
        return NEWSROOM_CJK_RE.match(text) is not None
    return _names_newsroom(words)


def _newsroom_subject_end(words: list[str]) -> int | None:
    """The index of the word after the newsroom as the subject ("Our correspondent | travelled", "La
    rédaction | a"), or None."""
    for k, word in enumerate(words[:NEWSROOM_SUBJECT_WORDS]):
        if word in NEWSROOM_NAMES:
            return k + 1
        if word in OUR_WORDS and k + 1 < len(words) and words[k + 1].startswith(NEWSROOM_STEMS):
            return k + 2
    return None


def _names_newsroom(words: list[str]) -> bool:
    """ "our reporter", "unsere Reporterin", "la rédaction", "die Redaktion": the newsroom as a doer (a
    reporter with no "our" may be anyone's)."""
    subject = words[:NEWSROOM_SUBJECT_WORDS]  # (the subject: the first words, not "... at the newsroom")
    return not NEWSROOM_NAMES.isdisjoint(subject) or any(
        a in OUR_WORDS and b.startswith(NEWSROOM_STEMS) for a, b in pairwise(subject)
    )


def _note_words(text: str) -> list[str]:
    """The words of a line in small letters, as [w.lower() for w in _OWN_WORDS_RE.findall(text)] gives them: an
    ASCII line lowered whole first (its letters stay letters, one for one), in C rather than a word at a time,
    and its words found by _OWN_WORDS_RE's ASCII form (its letters are a-z then: 40% quicker than the classes)."""
    if text.isascii():
        small = text.lower()
        # every byte but a-z and the apostrophe made a space: the words are what split() gives when each
        # apostrophe stands inside a word, once (not "'quoted'", "rock'n'roll": those the pattern reads)
        spaced = small.encode("ascii").translate(_NOT_A_TO_Z).decode("ascii")
        if "'" in spaced and (_APOSTROPHE_APART_RE.search(spaced) or spaced[0] == "'" or spaced[-1] == "'"):
            return _ASCII_WORDS_RE.findall(small)
        return spaced.split()
    return [w.lower() for w in _OWN_WORDS_RE.findall(text)]
