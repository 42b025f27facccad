"""The terms a text may be copied under, told by the note's shape rather than its words (issue 14: licence
and reuse notes in wordings nobody had described ended no body: "Copying this material without the
publisher's consent is forbidden", "Ce texte peut être librement recopié ...", "本文版权归...所有，未经同意不得复制").

A note on the terms names the text itself ("this material", "our content", "dieses Beitrags", "本文"),
speaks of copying or passing it on (a verb or a noun of copying, by its stem), and sets a condition on it: a
permission, a prohibition, a condition, a consent asked, or an owner named. It is short, speaks no one's
words ("..., the judge said") and stands under the text's last paragraph (stops.py, formats/html.py: where
it is looked for). A story about copyright names its parties' works ("the paper's articles"), not "this
material". The words are lexicon_terms.py's.

An offer of the text for reuse in the words of publishing, running, sharing or using it (a reader or other
outlets "may run this article ... as long as they credit the author") names the story itself, and both a
permission and a credit asked: a verb of these alone is any story's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from operator import methodcaller

from .endnotes import _STORY_NOUNS, _THIS_WORDS
from .lexicon import PUBLICATION_NOTE_RE, cjk_chars, lower_words
from .lexicon_making import OWN_WORK_NOUNS, OWN_WORK_THIS
from .lexicon_terms import (
    CJK_CREDIT_RE,
    CJK_PERMISSION_RE,
    CJK_RULE_RE,
    COPY_CJK_RE,
    COPY_STEMS,
    CREDIT_WORDS,
    OFFER_CJK_RE,
    OFFER_STEMS,
    OFFER_WORDS,
    PAST_WORDS,
    PERMISSION_WORDS,
    RULE_WORDS,
    STORY_REPORTING_WORDS,
    TERMS_PHRASE_RE,
    TERMS_WORDS,
)
from .making_notes import newsroom_is_subject
from .thresholds import PAGE_CACHE, TERMS_LINE_CJK_CHARS, TERMS_LINE_WORDS, TERMS_NOTE_CHARS

# The text itself: this / these / our + a noun of what a newsroom makes, inflected ("these articles", "dieses
# Beitrags", "unserer Texte"), or the CJK words for "this article" / "this site". Not "any article" nor "every
# story": a story's own closing may speak of a third party's ("may reuse any article from the magazine")
_OWN_WORDS = (
    r"our|all (?:of )?our|unsere[nmrs]?|alle unsere[nr]?|notre|nos|tou(?:s|tes) nos|tout notre|nuestr[oa]s?"
    r"|tod[oa]s? nuestr[oa]s?|nostr[oaie]|tutt[oaie] (?:i|le) nostr[oaie]|noss[oa]s?|tod[oa]s? (?:os|as) noss[oa]s?"
    r"|d[eo]st[ea]s?|n[eo]st[ea]s?|dess[ea]s?|ness[ea]s?"  # (pt: "de" or "em" and "este": "deste conteúdo")
)
# (the kinds of a story the shared list leaves out, some plurals; and the whole of what a site publishes: the
# publication, the site, an edition)
_MORE_STORY_NOUNS = (
    r"(?:articoli|testi|contenuti|pezz[oi]|column|report|essay|feature|post|kolumne|chronique|columna|rubrica"
    r"|coluna)"
)
_PUBLISHED_NOUNS = (
    r"(?:publication|website|site|edition|publikation|seite|ausgabe|publicación|sitio|edición|pubblicazione|sito"
    r"|edizione|publicação|edição)"
)
_NAMING = r"\b(?:" + "|".join(sorted(_THIS_WORDS)) + r"|" + _OWN_WORDS + r")['’]?\s?"
_STORY_NAMED = (
    _NAMING + r"(?:" + _STORY_NOUNS + r"(?:e?s|e?n)?|" + _MORE_STORY_NOUNS + r")\b|本文|本稿|本記事|この記事|当記事"
)
_TEXT_NAMED_RE = re.compile(
    _STORY_NAMED + r"|" + _NAMING + _PUBLISHED_NOUNS + r"\b|本报|本報|本站|本网|本網|本サイト|当サイト", re.I
)
_STORY_NAMED_RE = re.compile(_STORY_NAMED, re.I)  # (an offer names the story: "used to run this site" is none)
_OWN_WORK_CJK_RE = re.compile(r"本文|本稿|本記事|この記事|当記事")


def names_the_text(text: str) -> bool:
    """The line names the text itself or the site's publication ("this article", "dieser Artikel", "本文")."""
    return _TEXT_NAMED_RE.search(text) is not None


def _offers_it(text: str, words: list[str], cjk: bool) -> bool:
    """The offer's shape (the module's note), for a line that names the text itself. A verb of publishing,
    running, sharing or using it; or none of those (an offer is worded any way: "pass this report along",
    "dürfen Sie ... zeigen", "si può diffondere", "共有できます") where the text names itself by a newsroom's
    noun for its own work ("this report", "diesen Beitrag", "esta nota", "この記事"): a permission and a credit
    asked about this very text are the site's terms, whatever the verb."""
    allowed = not PERMISSION_WORDS.isdisjoint(words) or (cjk and CJK_PERMISSION_RE.search(text) is not None)
    if not (allowed and _asks_credit(text, words, cjk)):
        return False  # (most lines: told by two sets of words before each word is tried on the verbs' stems)
    verb = not OFFER_WORDS.isdisjoint(words) or any(map(_OFFER_START, words))
    if cjk:
        verb = verb or OFFER_CJK_RE.search(text) is not None
    return verb or (_names_own_work(text, words, cjk) and _offered_to_others(text, words, cjk))


def _asks_credit(text: str, words: list[str], cjk: bool) -> bool:
    """A credit asked: the source, the author, a link, a name ("crediting the author", "citando la fonte", "出典").
    (Not a plural's "names": "each with the inspectors' names" is a story's.)"""
    return not CREDIT_WORDS.isdisjoint(words) or (cjk and CJK_CREDIT_RE.search(text) is not None)


def _offered_to_others(text: str, words: list[str], cjk: bool) -> bool:
    """An offer's grammar, where no verb of reuse tells it: the newsroom is not the subject ("Our reporter can
    now name the source of this story": the story's), and the permission comes before the credit it asks ("The
    author of this report can be reached ...": a line on the writer)."""
    if newsroom_is_subject(text, words):
        return False
    if cjk:
        return True  # (a Japanese note asks for the credit first: "出典を明記すれば自由に共有できます")
    allowed = next((k for k, word in enumerate(words) if word in PERMISSION_WORDS), None)
    credit = next((k for k, word in enumerate(words) if word in CREDIT_WORDS), None)
    return allowed is not None and credit is not None and allowed < credit


def _names_own_work(text: str, words: list[str], cjk: bool) -> bool:
    """ "this report", "diesen Beitrag", "esta nota", "本文", "この記事": the text named by what a newsroom
    calls its own work (lexicon_making.py), not by a word any work may be called ("this work", "this page")."""
    if cjk and _OWN_WORK_CJK_RE.search(text):
        return True
    if OWN_WORK_THIS.isdisjoint(words):
        return False  # (no pair without its first word: told in C)
    return any(a in OWN_WORK_THIS and b in OWN_WORK_NOUNS for a, b in pairwise(words))


# word.startswith(stems) of each word, called from C (no generator resumed a word)
_COPY_START, _OFFER_START = methodcaller("startswith", COPY_STEMS), methodcaller("startswith", OFFER_STEMS)


@lru_cache(maxsize=PAGE_CACHE)
def sets_copy_terms(text: str) -> bool:
    """A short note that names the text itself, a copying of it and a condition on that (above): "Any
    copying of this text requires the prior agreement of the publisher", "Die Vervielfältigung dieses
    Beitrags ist nur mit Zustimmung des Verlags gestattet", "Questo testo può essere diffuso liberamente
    a condizione di citare l'autore". Not a story's sentence on copyright, which names other works or
    reports what someone said; not the article's own note on where it ran (closing.py keeps it)."""
    if len(text) > TERMS_NOTE_CHARS or text[:1] in '"“«„' or PUBLICATION_NOTE_RE.match(text):
        return False  # a paragraph of text, reported speech, or where the article ran ("... Order Reprints")
    words = lower_words(text)
    if not (STORY_REPORTING_WORDS.isdisjoint(words) and PAST_WORDS.isdisjoint(words)):
        return False  # what someone said, or what happened: the story's
    cjk = not text.isascii() and cjk_chars(text) > 0
    copying = any(map(_COPY_START, words)) or (cjk and COPY_CJK_RE.search(text) is not None)
    if not copying:
        # an offer states what may be done: a question is a prompt ("Are you sure you want to share it?").
        # (A line _STORY_NAMED_RE finds in names the text; the offer's words are told first: the two long
        # case-blind patterns were most of a line's test, and most lines hold neither a copying nor an offer.)
        if "?" in text or not _offers_it(text, words, cjk):
            return False
        return _STORY_NAMED_RE.search(text) is not None or _names_own_work(text, words, cjk)
    named = _TEXT_NAMED_RE.search(text) is not None or _names_own_work(text, words, cjk)
    if not named:
        # a short line of the rule alone, or (CJK) a copying and a prohibition: "禁止转载", "無断転載を禁じます"
        short = len(text) <= TERMS_LINE_CJK_CHARS if cjk else len(words) <= TERMS_LINE_WORDS
        return short and (not RULE_WORDS.isdisjoint(words) or CJK_RULE_RE.search(text) is not None)
    # a condition set on it: the terms' words, or a credit asked ("Se permite reproducir esta crónica citando la
    # procedencia", "クレジットを表記していただければ転載可能です")
    terms = not TERMS_WORDS.isdisjoint(words) or TERMS_PHRASE_RE.search(text) is not None
    return terms or _asks_credit(text, words, cjk)
