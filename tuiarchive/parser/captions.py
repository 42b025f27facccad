"""Pictures' captions and credits, and the closing credit lines of an article ("Writing by ...").

A credit has a shape (a label, names or agencies, "Name/Agency", a name "for" an outlet);
case matters: a sentence with a lower-case verb credits nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .anycase import search_any_case
from .bylines import is_name
from .chrome import is_cta
from .lexicon import OUTLET_WORDS, PICTURE_ARCHIVE_WORDS, cjk_chars
from .shape import DIGIT_RE
from .thresholds import AGENCY_SHORT_CHARS

# A credit line closes the article body ("*Writing by ...", "Edited By: ...").
_CREDIT_RE = re.compile(
    r"^[\s*(\[—–-]*(?:with |additional |writing and )?(?:writing|reporting|editing|edited|compiled|"
    r"translated|translation|contributed|contributing|production|fact-checked|fact checked|"
    r"research|graphics|reported|written)(?: and \w+)? by\b"
    r"|^[\w .,'’-]{3,80} contributed (?:reporting|to this (?:report|story|article))"
    r"|^(?:this (?:article|story|post) (?:has been|was) (?:updated|amended|corrected)|correction:|clarification:)"
    # the same note and "with reporting by" in the common languages and Dutch ("Korrektur:", "Rectificatif :")
    r"|^(?:korrektur|berichtigung|correctif|rectificatif|fe de errores|correcci[óo]n|rettifica|correzione"
    r"|corre[çc][ãa]o|retifica[çc][ãa]o|correctie|rectificatie) ?:"
    r"|^con (?:reporter[íi]a|informaci[óo]n) de\b|^com (?:reportagem|informa[çc][õo]es) de\b"
    # "—With assistance from Jo Ng and Tom Ash.": names only (a line of dialogue opens so too)
    r"|^[—–-]+\s*with assistance (?:from|by) (?-i:[A-Z])[\w.'’-]*(?:,? (?:and |& )?(?-i:[A-Z])[\w.'’-]*)*\.?$"
    r"|^_{3,}$|^[a-z]{1,4}/[a-z]{1,4} \([^)]*\)$"  # "___" (AP), "kt/rm (AFP, Reuters, dpa)"
    r"|^\[\d{1,3}\]\s*(?:https?://|www\.)"  # endnotes: "[16] https://..."
    r"|^\((?:[\w .'’-]{1,30} )?(?:with|via|and|/)\s*(?:afp|ap|reuters|dpa|anadolu|efe|ansa|tass|[A-Z]{2,5})"
    r"(?:[ ,/]+\w+){0,4}\)$",  # "(Horizon 24 with AFP)"
    re.I,
)
# searched only in lines whose last non-space character is ) or ] (is_caption): keep it so
_CAPTION_CREDIT_RE = re.compile(
    # (the common languages' and Dutch labels, and the paper's files: "(Foto: archief)", "(Imagen: Archivo)")
    r"(?:\[(?:[^\]]{2,80})\]|\((?:[^)]*(?:/|\bvia\b|\b(?:photo|foto|bild|beeld|imagen|imagem|immagine)\b"
    r"|\b(?:archives?|archiv|archivo|archivio|arquivo|archief)\b|\bimages?\b|\bsource\b|\bcredit\b|"
    r"\bgetty\b|\breuters\b|\bafp\b|\bap\b|\bepa\b|\bhandout\b|\bshutterstock\b|\bfile\b)[^)]*)\))\s*$",
    re.I,
)
_CAPTION_START_RE = re.compile(
    r"^(?:(?:illustrative (?:photo|image)|file photo|photo|image|pictured|above|top)\b[.:]"
    r"|item \d+ of \d+\b|\[\d+/\d+\]|\d+ of \d+ \|)",
    re.I,
)
# "...announced.Credit...Elin Strand", "... | Tobias Lund/Getty Images", "... Purchase Licensing Rights"
# searched only in lines that hold / | : … or ... (_has_inline_credit_mark): every alternative needs one
_CAPTION_INLINE_CREDIT_RE = re.compile(
    r"(?:[.!?”\"]\s*(?:photo(?:graph)?|image|picture|pic|credit|video|foto|bild|beeld|imagen|imagem|immagine"
    r"|fotograf[íi]a)s?\s*(?:by|credit)?\s*(?:\.\.\.|…|:|©)\s*[^.]{2,80}$"
    r"|\|\s*[^|]{2,60}(?:/|\bgetty\b|\bimages\b|\bafp\b|\breuters\b|\bepa\b)[^|]*$"
    # ". Artyom Lesnik / Vestnik Photo"
    r"|[.!?”\"]\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\s*/\s*[A-Z][\w /'’.-]{1,60}$"
    # "... réplica da taça - Anna Kovar/Instituto Lula": a dash, a photographer, an agency or owner
    r"|\s[-–—]\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\s*/\s*[A-Z][\w .'’-]{1,60}$"
    # "... in Dresk Anna Kovar/Reuters": a photographer and an agency
    r"|\s[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\s*/\s*(?:getty images|reuters|afp|ap|epa|shutterstock|alamy)$"
    r"|purchase licensing rights)",
    re.I,
)
# A picture's credit has a shape: a label ("Photo:", "Image by"), then names or agencies;
# "Name/Agency"; an agency alone; or a name "for"/"via" an outlet. Case matters: a sentence
# with a lowercase verb ("Council votes for new budget") credits nobody.
# "Courtesy of X", "Photo courtesy of X"; "Photo by X on Unsplash": the site it was taken from
# after "on" is credited too.
# (the labels in the common languages and Dutch: "Bild:", "Imagen:", "Crédit :", "Beeld:", "Фото:")
_PHOTO_LABEL_RE = re.compile(
    r"^(?:(?:image|photo|picture|photograph|photography|foto|foto's|credit|source|video|(?:photo )?illustration"
    r"|imagen|imagem|immagine|bild|фото|beeld|afbeelding|fotograf[íi]a|cr[ée]dit|cr[ée]dito|credito|illustratie"
    r"|quelle|fuente|fonte|bron)s?"  # (the common languages' "source")
    # ("Crédit photo :", "Credito foto:": the label's word for a picture after it; "Foto © Jo Ng": the mark for a colon)
    r"(?:\s+(?:photo|foto)s?)?"
    # ("Fotos von", "Fotos de", "Foto di", "Foto's door": the common languages' "by")
    r"(?:\s+(?:by|von|de|di|da|door|van|par|por|credit|courtesy(?:\s+of)?)\b\s*:?|\s*:|\s+(?=©))|courtesy(?:\s+of)?\b\s*:?)"
    r"\s*(?P<rest>.{2,80})$",
    re.I,
)
_BARE_LABEL_RE = re.compile(r"^(?:photo|foto|bild|beeld|image|imagen|imagem|immagine)\s+(?P<rest>[^:].{1,60})$", re.I)
_AGENCY_RE = re.compile(
    r"^(?:getty images|reuters|shutterstock|alamy|ap photo|afp|epa(?:-efe)?|ap|pa media|anadolu"
    r"|dpa|picture alliance(?: / dpa)?|imago|keystone|apa|belga|anp|efe|europa press|ansa|lapresse|lusa)"
    r"(?: via (?P<via>.+))?$",
    re.I,
)
_CREDIT_SPLIT_RE = re.compile(r"\s*[/,;|]\s*|\s+(?:via|for|and|&)\s+")
_FOR_VIA_RE = re.compile(r"^(?P<who>.{2,60}?) (?P<word>for|via) (?P<outlet>.{2,60})$")
# Lower-case words that may stand inside a name or an outlet's name.
_CREDIT_PARTICLES = {
    "of",
    "the",
    "de",
    "da",
    "del",
    "della",
    "di",
    "du",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "al",
    "el",
}
_CAMEL_RE = re.compile(r"^[A-Z]?[a-z]+[A-Z]\w*$|^[A-Z][A-Z0-9&.-]+$")  # "RenderBurger", "AFP", "NPR"


@lru_cache(maxsize=16384)
def is_credit(text: str) -> bool:
    return len(text) <= 200 and bool(_CREDIT_RE.match(text))


# "Reporting by Jane Roe in Harwick; editing by John Doe": who wrote it is the first credit's names
_REPORTERS_RE = re.compile(
    r"^[\s*(\[—–-]*(?:additional )?(?:writing|reporting|reported|written)(?: and \w+)? by\s+(?P<names>[^;()]+)", re.I
)
_PLACE_TAIL_RE = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$|[\s.,]+$")


def reporters(text: str) -> str | None:
    """The names a closing credit line gives the writing or reporting to (None: it credits none)."""
    m = _REPORTERS_RE.match(text) if is_credit(text) else None
    return _PLACE_TAIL_RE.sub("", m["names"]) if m else None


@lru_cache(maxsize=16384)
def is_caption(text: str) -> bool:
    """A photo caption: ends with a credit in brackets, or starts like one."""
    if len(text) < 25:
        return False
    if _CAPTION_START_RE.match(text):
        return True
    if len(text) > 600:
        return False  # a credit at the end of a whole paragraph is no caption's
    # each pattern is searched only where the mark it cannot match without is there: a closing
    # bracket at the end, a colon, an ellipsis, a bar or a slash (a search of every line is costly)
    return bool(
        (text.rstrip()[-1:] in (")", "]") and search_any_case(_CAPTION_CREDIT_RE, text))
        or (_has_inline_credit_mark(text) and _inline_credit(text))
        or ("©" in text and _credit_after_sentence(text))
    )


# "Workers on the quay on Monday. © Jo Ng": a picture's sentence, then its photographer after the mark
_MARK_AFTER_SENTENCE_RE = re.compile(r"^[^©]{10,400}[.!?]\s+©\s*(?P<who>[^©\d]{3,60})$")


def _credit_after_sentence(text: str) -> bool:
    """A sentence, then "©" and a person's name (no year: "© 2031 Harbour Media" is a footer's notice), the
    credit under a picture in any language ("Bauarbeiter an der Fähre. © Jo Ng")."""
    found = _MARK_AFTER_SENTENCE_RE.match(text.strip())
    return found is not None and is_name(found["who"].split("/")[0].strip())


def _has_inline_credit_mark(text: str) -> bool:
    return "/" in text or "|" in text or ":" in text or "…" in text or "..." in text


# A label after a sentence's end ("... harbour. Photo: ..."): what _CAPTION_INLINE_CREDIT_RE's first
# alternative starts with; the others need a slash or a bar, but for the licensing notice
_LABEL_AFTER_STOP_RE = re.compile(
    r"[.!?”\"]\s*(?:photo|image|pic|credit|video|foto|bild|beeld|imagen|imagem|immagine)", re.I
)


def _inline_credit(text: str) -> bool:
    """_CAPTION_INLINE_CREDIT_RE.search(text), searched only where it can match: its alternatives
    with a photographer's name before a slash try every word of a line."""
    if "/" not in text and "|" not in text and not _LABEL_AFTER_STOP_RE.search(text) and text.isascii():
        return "purchase licensing rights" in text.lower()  # (case-blind on ASCII: in small letters)
    return bool(_CAPTION_INLINE_CREDIT_RE.search(text))


@lru_cache(maxsize=16384)
def is_photo_credit(text: str) -> bool:
    """A line that only credits a picture: "Image: Lena Hartl/AFP", "EPA", "Dana Whitlock/PAN",
    "(Image: © NASA/ESA)", "Mara Lindqvist for The Harbour Gazette" (not "Council votes for new budget")."""
    text = text.strip().rstrip(".")
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1].strip()  # "(Image: © NASA/ESA)" under its picture
    parts = text.split(". ", 2)  # two parts only if it has one ". " (a paragraph is not split whole)
    if len(parts) == 2 and all(_PHOTO_LABEL_RE.match(part) for part in parts):
        # "Illustration by Jo Ng. Photo by Tom Ash": two credits, each with its label
        return all(is_photo_credit(part) for part in parts)
    if not 2 <= len(text) <= 90 or len(text.split()) > 10 or cjk_chars(text):
        return False
    if text.endswith(("?", "!")) or is_cta(text):
        return False  # "Sign up for our newsletter" credits nobody
    bare = _BARE_LABEL_RE.match(text)  # "Photo AFP", "Beeld ANP", "Foto Pieter Mulder": no colon, a credit after
    if bare and (_AGENCY_RE.match(bare["rest"]) or is_name(bare["rest"])):
        return True
    if text.startswith("© ") and (is_name(text[2:]) or _AGENCY_RE.match(text[2:]) or _archive(text[2:])):
        # "© Jo Ng", "© dpa" beside a picture: its photographer's (a footer's line names a company and a year)
        return True
    label = _PHOTO_LABEL_RE.match(text)
    if label:
        return all(_credited(side) or _agencies(side) for side in label.group("rest").rsplit(" on ", 1))
    agency = _AGENCY_RE.match(text)
    if agency:
        return agency.group("via") is None or _credited(agency.group("via"))
    if "/" in text:
        sides = [side.strip() for side in text.split("/")]
        if len(sides) > 3 or "|" in text or DIGIT_RE.search(text):
            return False  # a menu ("About / Advertise / Contact") or a dateline ("May 3 / 1:07 AM")
        # "Lena Hartl/AFP", "AFP/Getty Images": a person's name or an agency on one side
        # ("Homes/Rentals", "Help / Support" are menus)
        return _credited(text) and any(is_name(s) or _AGENCY_RE.match(s) or _CAMEL_RE.match(s) for s in sides)
    m = _FOR_VIA_RE.match(text)
    if m is None or not _credited(text):
        return False
    who, outlet = m.group("who"), m.group("outlet")
    if sum(w not in _CREDIT_PARTICLES for w in who.split()) > 3 or len(outlet.split()) > 5:
        return False  # a name has a few words ("Archives Calendar Subscribe Write for LWN ..." is a menu)
    if m.group("word") == "via":  # "Handout via Reuters"
        return bool(_AGENCY_RE.match(outlet)) or _outlet(outlet)
    return (is_name(who) or bool(_CAMEL_RE.match(who))) and _outlet(outlet)


def _agencies(text: str) -> bool:
    """ "dpa", "picture alliance / dpa", "Jo Ng / dpa": agencies written in small letters, names beside them."""
    return all(_credited(piece) or _AGENCY_RE.match(piece) for piece in _CREDIT_SPLIT_RE.split(text.strip()))


def _credited(text: str) -> bool:
    """Names and agencies only: every word capitalised but the particles of names (and an agency's
    short name in small letters after the first: "Jo Ng / dpa")."""
    for k, piece in enumerate(_CREDIT_SPLIT_RE.split(text.strip())):
        tokens = piece.split()
        if not 1 <= len(tokens) <= 6:
            return False
        if k and len(tokens) == 1 and tokens[0].isalpha() and len(tokens[0]) <= AGENCY_SHORT_CHARS:
            continue
        if _archive(piece):
            continue  # "Jo Ng / archivo": the paper's own pictures
        for token in tokens:
            if not (token[0].isupper() or token[0].isdigit() or token in _CREDIT_PARTICLES or token == "©"):
                return False
    return True


def _archive(text: str) -> bool:
    """ "archivo", "Archiv", "file": a picture from the paper's own files, credited in small letters too."""
    return text.strip().lower() in PICTURE_ARCHIVE_WORDS


def _outlet(text: str) -> bool:
    """An outlet's name after "for": "The Harbour Gazette", "NPR", "Quanta Magazine", not
    "New Budget" (a title-case headline) nor "You"."""
    tokens = text.split()
    if tokens[0] in ("The", "the") and len(tokens) > 1:
        return True
    return any(_CAMEL_RE.match(t) for t in tokens) or tokens[-1].lower() in OUTLET_WORDS


def is_outlet(text: str) -> bool:
    """A news outlet's or agency's name ("The Harbour Gazette", "Quanta Magazine"), not a person's."""
    return bool(text.split()) and _outlet(text)
