"""What is no headline of another article, whichever stage took it for one: the last look at the
page's lists (program code, a time stamp, a reader's comment, a button, a share count, a credit,
a form's field, an ad widget's titles, the site's notes, a line of the page's own text).

The stages before read lists by their place and their shape (lines in a run, under a header);
a comment thread, a code listing or an ad widget is in that shape too. Here each item is judged
by what a headline of another article never is, whatever its place: a headline has no code
punctuation, is no time, no button, no count, no tag line or listing of topics, no address, no
appeal for money, no note or credit of the site's, never stands in a comment's place (a handle or
a time over it, a button line under it that comes back under the next comment), nor under an ad
widget's header, and is neither a sentence of the page's own text nor a quotation of it. A list
whose header is code goes whole. The words of buttons and counts vary without end: the rules
here read shapes (a line's place between its neighbours, a number's form, a colon and commas)
and use word lists only for grammar (this/dieser/ce ... story/Artikel/texte)."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..model import RelatedItem
from ..text import fold
from .captions import is_credit as is_text_credit
from .chrome import (
    AD_BLOCKER_PROMPT_RE,
    BUTTON_LEAD_RE,
    SHARE_COUNT_RE,
    SUPPORT_APPEAL_RE,
    is_copyright,
    is_end_matter,
    is_list_header,
    is_tag_line,
)
from .dates import is_relative_stamp, parse_date_line
from .endnotes import is_site_note
from .lexicon import (
    PLEASE_RE,
    STOP_WORDS,
    WE_WORDS,
    YOU_WORDS,
    cjk_chars,
)
from .lexicon_site import APP_WORDS, COMMENT_REPLY_RE, STORE_PLACE_RE
from .making_notes import tells_how_made
from .page import Page
from .pieces import Sieved
from .related_ads import heads_a_rhythm_of_ads, is_ad_header, rhythm_end, site_list_after_ads
from .related_comments import (
    COUNTED_HEADER_RE,
    END_MARKS,
    STAMP_RE,
    STAMP_WORDS,
    WORD_EDGES,
    comment_meta,
    comments,
    is_stamp,
)
from .related_video import next_text
from .shape import has_digit
from .stops import is_stop
from .thresholds import PAGE_CACHE, RELATED_STORE_LEAD_WORDS, RELATED_TEXT_TAIL_CHARS

# Program code and markup, never in a headline: braces, a tag, a statement's ";" at its end, an
# assignment ("x = ...", "x || []"), a JSON key ('"name": ...'), a call's empty brackets, jQuery's "$("
_CODE_RE = Sieved(  # asked first for a piece of its own ("{", ";", "=", "()", ...): most lines hold none
    re.compile(
        r"[{}]|</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|;\s*$|\w\s+=\s+[\w\"'\[{(]|\w=[\"'\[{(]|\|\||&&|=>|"
        r"^\"[\w-]+\"\s*:|\w\(\)|\$\("
    )
)
# a count of a story's readers' doings in any wording: a large number (a separator, a "k", four
# figures that are no year) with the line speaking of the story itself ("this story", "questo
# articolo"), or before a word for "times" ("relayé 4 210 fois", "Leído 12.400 veces"); a
# headline names neither
_BIG_NUMBER = (
    r"(?<![\w.,])(?:\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?\s?[kKmM]|(?!(?:19|20)\d\d\b)\d{4,})"
    r"(?![\w.,]\d)"
)
_COUNTED_RE = re.compile(_BIG_NUMBER + r"\s+(?:times|mal|fois|veces|vezes|volte|keer|razy)\b", re.I)
_BIG_NUMBER_RE = re.compile(_BIG_NUMBER)
_SELF_RE = re.compile(
    r"\b(?:this|dieser|diesen|dieses|ce|cet|cette|este|esta|esse|essa|questo|questa|deze|dit)\s+"
    r"(?:story|article|post|page|report|piece|artikel|beitrag|text|bericht|texte|artículo|nota|texto|noticia|"
    r"artigo|matéria|notícia|articolo|pezzo|testo|notizia|stuk)\b",
    re.I,
)
# a listing of topics under a label of a word or two, whatever the label says ("Temas: puerto, obras,
# tranvía"): three short entries or more after the colon (a headline's colon opens a clause)
_LISTING_RE = re.compile(r"^[^\W\d][^:：,]{0,24}[:：]\s*[^,，、·|]{1,30}(?:\s*[,，、·|]\s*[^,，、·|]{1,30}){2,}$")
_LISTING_ENTRY_WORDS = 2  # a topic is a word or two ("Hafen", "New York")
# a web or e-mail address, a handle: a form's placeholder ("name@example.com"), a link's text; no headline
_ADDRESS_RE = re.compile(r"\S@\S|(?:^|\s)@\w|https?://|\bwww\.", re.I)
_ADDRESS = Sieved(_ADDRESS_RE)  # (its pieces: "@", "http", "www.")
# "by Adnetwork": an ad network's credit, in small letters (a headline's first word has a capital)
_SMALL_CREDIT_RE = re.compile(r"^by\s", re.U)
# the chrome's patterns an item is searched with, asked first for a piece of theirs: most items hold none
# (not BUTTON_LEAD_RE: its 42 pieces cost as much to look for in a short item as its search)
_SHARE_COUNT, _AD_BLOCKER_PROMPT = Sieved(SHARE_COUNT_RE), Sieved(AD_BLOCKER_PROMPT_RE)
# a rating widget's score: a mark with its decimal and the count of votes in brackets after it ("Average
# rating 4.2 (31 votes)", "Note 3,8 (112 avis)"), or a decimal mark out of five or ten ("4.5/5"); a headline gives
# neither
_RATING_RE = re.compile(r"\d[.,]\d\b.*\(\s*\d[\d.,]*\s+[^\W\d]+\s*\)$|(?<![\w.,])\d[.,]\d\s*/\s*(?:5|10)\b")
# asked of each line of a list: most hold no "(" or "/", no "[" or "(", none of the words of please (told in C)
_RATING, _COUNTED_HEADER, _PLEASE = Sieved(_RATING_RE), Sieved(COUNTED_HEADER_RE), Sieved(PLEASE_RE)
_FULL_STOPS = (".", "。", ".”", '."', ".’")  # a sentence's end (a headline ends with none, or asks "?")
_REQUIRED_MARK = "*"  # a form's required field ("Your name *", "... são marcados com *")


def _under_ad_headers(page: Page, headers: set[str]) -> set[int]:
    """The lines of the ad widgets under `is_ad_header` lines: to where the ads' rhythm stops over
    a list of the site's own (`site_list_after_ads`), else to the next list's header (one the
    rules know, or one of `headers`, the lists' names the stages found, folded), a paragraph (a
    sentence of the text's length) or the copyright. Lines under a date or a time are the site's
    own cards (an ad has no date): a widget with one is none."""
    under: set[int] = set()
    for k, line in enumerate(page.lines):
        text = line.text.strip()
        if not is_ad_header(text):
            if heads_a_rhythm_of_ads(text) and (end := rhythm_end(page, k)) is not None:
                under.update(range(k, end))  # the header no rule holds, and the ads' lines under it
            continue
        if (resume := site_list_after_ads(page, k, len(page.lines))) is not None:
            under.update(range(k + 1, resume))  # the ads' rhythm, whatever its lines' words
            continue
        widget: set[int] = set()
        ads_end = rhythm_end(page, k) or k  # (an advertiser's line in the rhythm is no list's name)
        for j in range(k + 1, len(page.lines)):
            t = page.text(j).strip()
            prose = len(t) >= RELATED_TEXT_TAIL_CHARS and t.endswith(_FULL_STOPS) and len(t.split()) > STAMP_WORDS
            header = is_list_header(t) or is_ad_header(t) or (fold(t) in headers and j >= ads_end)
            if header or is_copyright(t) or (prose and t.count(". ") >= 1):
                break
            if t and is_stamp(t):
                widget = set()
                break
            widget.add(j)
        under |= widget
    return under


def is_code(text: str) -> bool:
    """A line of program code or markup ("var boat = new Boat();", '"harbourKey": [{')."""
    return bool(_CODE_RE.search(text))


@lru_cache(maxsize=PAGE_CACHE)  # each item of each list, and the lists of a site come back on its pages
def no_headline(text: str) -> bool:
    """A line that is no headline of another article by its own shape, wherever it stands."""
    text = text.strip()
    return (
        is_code(text)
        or is_relative_stamp(text)
        or (len(text.split(None, STAMP_WORDS)) <= STAMP_WORDS and bool(STAMP_RE.match(text)))  # (not split whole)
        or parse_date_line(text) is not None
        or bool(BUTTON_LEAD_RE.search(text))
        or bool(_SHARE_COUNT.search(text))
        or bool(_SMALL_CREDIT_RE.match(text))
        or text.endswith(_REQUIRED_MARK)
        or is_tag_line(text)
        or bool(SUPPORT_APPEAL_RE.match(text))
        or bool(_AD_BLOCKER_PROMPT.search(text))
        or ends_the_text(text)
        or is_count(text)
        or (has_digit(text) and bool(_RATING.search(text)))
        or bool(_COUNTED_HEADER.match(text))
        or _is_listing(text)
        or bool(_ADDRESS.search(text))
        or _calls_reader(text)
        or _speaks_to_reader(text)
        or _app_line(text)
        or comment_meta(text)
        or _box_line(text)
    )


# a box of the site's under a list, in the common languages: its header naming the newsletter ("Schrijf je in
# voor de nieuwsbrief"), an appeal saying the site needs the reader ("El periodismo independiente te necesita"),
# a form's field for the reader's address ("Il tuo indirizzo email")
_NEWSLETTER_RE = re.compile(r"\b(?:newsletters?|nieuwsbrief|boletín|infolettre|lettre d'information)\b", re.I)
# ... with a word of signing up or receiving it ("Iscriviti alla newsletter", "Recibe nuestro boletín")
_SIGN_UP_RE = re.compile(
    r"\b(?:sign up|subscri\w*|get|abonn\w*|anmelden|inscri\w*|iscriv\w*|schrijf|aanmelden|suscr\w*|recib\w*|receb\w*"
    r"|ricev\w*|recev\w*|erhalten|assin\w*|registr\w*)\b",
    re.I,
)
# the site's journalism needing the reader, in the common languages ("Local reporting needs you")
_NEEDS_YOU_RE = re.compile(
    r"\b(?:journalism|reporting|news|journalisme|information|journalismus|nachrichten|periodismo|información"
    r"|noticias|giornalismo|informazione|notizie|jornalismo|informação|notícias|journalistiek|informatie|nieuws)\b"
    r".*\b(?:needs? you|braucht (?:sie|dich|euch)|a besoin de (?:vous|toi)|(?:te|le|os) necesita"
    r"|ha bisogno di (?:te|voi)|precisa de (?:si|ti|você|vocês)|heeft (?:je|jou|u) nodig)\W*$",
    re.I,
)
_ADDRESS_FIELD_RE = re.compile(
    r"^(?:your|ihre?|deine?|votre|ton|tu|su|il tuo|la tua|o seu|a sua|je|uw)\s+(?:e-?mail(?:-?adres(?:se)?)?"
    r"|e-?mail address|adresse (?:e-?mail|électronique|mail)|correo(?: electrónico)?|indirizzo(?: e-?mail)?"
    r"|endereço(?: de e-?mail)?)\W*$",
    re.I,
)
_BOX_HEADER_WORDS = 8  # a box's header is short; a headline about a newsletter is a sentence with a subject


def _box_line(text: str) -> bool:
    """A line of a box of the site's (`_NEWSLETTER_RE`, `_NEEDS_YOU_RE`, `_ADDRESS_FIELD_RE`): no headline."""
    if len(text.split()) > _BOX_HEADER_WORDS:
        return False
    newsletter = _NEWSLETTER_RE.search(text) is not None and _SIGN_UP_RE.search(text) is not None
    return newsletter or bool(_NEEDS_YOU_RE.search(text) or _ADDRESS_FIELD_RE.match(text))


# the reader's formal "you" in German, inside a line ("So erreichen Sie uns"; a line's first "Sie" is "they")
_FORMAL_YOU_RE = re.compile(r"(?<=\w\s)(?:Sie|Ihnen|Ihre?n?)\b")


def _speaks_to_reader(text: str) -> bool:
    """The site speaking to its reader: its "we" and the reader's "you" in one line ("We need your
    help to keep reporting", "So erreichen Sie uns"), or a request ("Please allow ads on this site");
    a quotation apart (a headline may quote a voice that asks)."""
    if text[:1] in _QUOTES:
        return False
    if _PLEASE.search(text):
        return True
    stripped = (w.strip(WORD_EDGES) for w in text.split())
    words = {w.lower().replace("’", "'") for w in stripped if not (len(w) > 1 and w.isupper())}  # ("US": a name)
    return bool(words & WE_WORDS) and (bool(words & YOU_WORDS) or _FORMAL_YOU_RE.search(text) is not None)


# a call to the reader: an imperative whose object is the reader or the site, right after the verb
# ("Sign me up ...", "Open your account ...", "Inscrivez-vous ...", "Melden Sie sich ..."); a headline
# names its subject first
_CALL_RE = re.compile(r"^[^\W\d_]+(?:\s+(?:me|us|your|you)\b|-(?:vous|toi|nous)\b|\s+Sie\s)")  # ("US": a name)
_CALL_WORDS = 8  # a button or a box's call is short


# a request to the reader in CJK, by its grammar: a polite request or an invitation at the line's end
# ("…を支えてください", "一緒に考えませんか", "…해 주세요"), "please" at its start ("请支持…"); a
# headline reports, it asks nothing (a voice that asks is quoted inside it: 「…ください」と…)
_CJK_CALL_RE = re.compile(r"^(?:请|請)|(?:ください|下さい|ましょう|ませんか|주세요|하세요|십시오)[!！。]?$")


def _calls_reader(text: str) -> bool:
    """A button's or a box's call to the reader ("Sign me up for the morning briefing")."""
    if cjk_chars(text) and _CJK_CALL_RE.search(text):
        return True
    return len(text.split()) <= _CALL_WORDS and not text.endswith((".", "?")) and bool(_CALL_RE.match(text))


# an app store named in a line: the stores are a few, their names the same in every language
_STORE_RE = re.compile(r"\b(?:app\s?store|google play|play store|appgallery|microsoft store)\b", re.I)


def _app_line(text: str) -> bool:
    """A store's or an app's call, by its shape: an app store's name where a few words say where to
    get something ("Available on the App Store", "Bei Google Play holen"; a headline names its subject
    first: "Fake banking apps found in the App Store"), or the site's "we" right before its app in a
    short line ("Read it in our app", "Lisez-le dans notre appli")."""
    words = text.split()
    if len(words) > _CALL_WORDS:
        return False
    store = _STORE_RE.search(text)
    if store is not None:
        before = text[: store.start()]
        place = STORE_PLACE_RE.search(before)
        if place is not None and len(before[: place.start()].split()) <= RELATED_STORE_LEAD_WORDS:
            return True
    folded = [w.strip(WORD_EDGES).lower().replace("’", "'") for w in words]
    return any(a in WE_WORDS and b in APP_WORDS for a, b in itertools.pairwise(folded))


def _is_listing(text: str) -> bool:
    """A label of a word or two, a colon and a list of short entries ("Themen: Hafen, Brücke, Verkehr")."""
    if not (":" in text[:26] or "：" in text[:26]) or not _LISTING_RE.match(text):
        return False  # (the pattern's colon comes within its first 26 characters: told in C first)
    label, _, rest = re.split(r"([:：])", text, maxsplit=1)
    entries = re.split(r"\s*[,，、·|]\s*", rest.strip())
    if len(label.split()) > 2 or any(c.isdigit() for c in label):
        return False  # ("Expo 2031: ...": a headline's kicker)
    # a topic is a word or two, no clause, and opens with no function word ("and the fleet")
    return all(len(e.split()) <= _LISTING_ENTRY_WORDS and fold(e.split()[0]) not in STOP_WORDS for e in entries if e)


def is_count(text: str) -> bool:
    """A count of the story's readers' doings ("This story was passed on 2,311 times")."""
    if not has_digit(text):
        return False  # (most items: both ways need a figure, told before the case-blind patterns are searched)
    return bool(_COUNTED_RE.search(text)) or (bool(_SELF_RE.search(text)) and bool(_BIG_NUMBER_RE.search(text)))


def ends_the_text(text: str) -> bool:
    """A line the body's end takes for the site's matter under the text (stops.is_stop's kinds of
    line): a note of the site's (licence, method, the writer), a credit, the copyright, a box's
    end matter (newsletter, support). Where it stopped the text, it is no item of a list under it
    (review W1)."""
    if is_site_note(text) or is_text_credit(text) or is_copyright(text) or is_end_matter(text):
        return True
    return tells_how_made(text)  # a note on the story's making: "(Translated from the Portuguese by ...)"


def _over_reply(page: Page, lines: list[int]) -> bool:
    """One of `lines` has a comment's "Reply" button right under it (blank lines apart): a reader's comment."""
    for i in lines:
        below = next((page.text(j).strip() for j in range(i + 1, len(page.lines)) if page.text(j).strip()), "")
        if COMMENT_REPLY_RE.match(below):
            return True
    return False


_PLACEHOLDER_RE = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")  # an e-mail address alone on its line


def _over_field(page: Page, lines: list[int]) -> bool:
    """One of `lines` is right over an e-mail address alone (a form's placeholder: "name@example.com"): the
    field's label ("Your e-mail", "メールアドレスを入力"), no headline."""
    return any((j := next_text(page, i, 1)) is not None and _PLACEHOLDER_RE.fullmatch(page.text(j)) for i in lines)


_QUOTES = '"“”‘’«»„「」『』'
_QUOTE_EDGES = _QUOTES + "' "
_QUOTED_WORDS = 3  # a quotation taken for an item has at least this many words (CJK: twice as many characters)


def _quoted_from(paragraphs: list[str], headline: str) -> bool:
    """`headline` is a quotation of the text, a part of a longer paragraph in quotation marks there
    or here: a pull quote ("“We waited long enough”"), no headline of another article. (A whole
    paragraph is no quotation: a list the first reading took for text is its own lines; a
    headline in the words of the text with no quotation mark is kept.)"""
    core = _core(headline)
    if len(core.split()) < _QUOTED_WORDS and cjk_chars(core) < 2 * _QUOTED_WORDS:
        return False
    marked = headline[:1] in _QUOTES or headline.rstrip(END_MARKS)[-1:] in _QUOTES
    for p in paragraphs:
        at = p.find(core)
        if at < 0 or len(_core(p)) <= len(core):
            continue
        before, after = p[at - 1 : at].strip(), p[at + len(core) : at + len(core) + 2].strip()
        if marked or (before and before in _QUOTES) or (after[:1] and after[:1] in _QUOTES + ","):
            return True
    return False


def _core(text: str) -> str:
    """A line less its quotation marks and its end marks, folded."""
    return fold(text.strip(_QUOTE_EDGES).rstrip(END_MARKS).strip(_QUOTE_EDGES))


def without_non_headlines(page: Page, items: list[RelatedItem], body: list[str]) -> list[RelatedItem]:
    """`items` less what no list of other articles holds (see the module's docstring)."""
    if not items:
        return items
    where: dict[str, list[int]] = {}
    for i, line in enumerate(page.lines):
        where.setdefault(fold(line.text.strip()), []).append(i)
    paragraphs = [fold(p) for p in body]
    text = ""  # the text in one, when an item asks (most end with no full stop: no cost)
    ads = _under_ad_headers(page, {fold(item.section) for item in items})
    in_threads = comments(page, {i for item in items for i in where.get(fold(item.headline.strip()), [])})
    kept: list[RelatedItem] = []
    for item in items:
        headline = item.headline.strip()
        if is_code(item.section) or no_headline(headline) or is_ad_header(headline):
            continue
        at = where.get(fold(headline), [])
        if any(i in ads or i in in_threads for i in at) or _over_reply(page, at) or _over_field(page, at):
            continue
        if any(is_stop(page, i) for i in at):
            continue  # a line the body's reading ends the text on (a note, a credit, a bio): no headline
        sentence = len(headline) >= RELATED_TEXT_TAIL_CHARS and headline.endswith(_FULL_STOPS)
        if sentence and fold(headline) in (text := text or "\n".join(paragraphs)):
            # a sentence of the page's own text ("Read more" over its last paragraph); (a headline in
            # the text, as a box between its paragraphs or a list the first reading took for text,
            # ends with no full stop: kept)
            continue
        if _quoted_from(paragraphs, headline):
            continue
        kept.append(item)
    return kept
