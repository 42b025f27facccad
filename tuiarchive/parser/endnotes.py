"""Notes under an article's text that are the site's, not the story's: the terms it may be republished
under, a note on how the data was gathered, a labelled note on the writer; in the common languages.

The real labelled pages keep what speaks of the article itself under its text ("This article was reprinted
on ...", "A version of this article appears in print ...", a correction, a disclaimer: closing.py) and a
plain sentence on the writer right under it; they end the text before the site's copyright and licence
lines and before a box headed by a label on the author ("About the Author", "Sobre <name>"). The word
lists are ours, written for the common languages; none is taken from a labelled page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import AUTHOR_NOTE_LABEL_RE
from .thresholds import END_MATTER_CHARS, PAGE_CACHE

# Words that name rights or a licence: a note with one of these and a word of reuse (below) gives the
# terms the text may be taken under ("... republished under a Creative Commons licence").
_RIGHTS_RE = re.compile(
    r"creative[ -]commons|\bcc[ -]by\b|\blicen[cs]\w*|\blizenz\w*|\blicencia\w*|\blicenza\w*|\blicen[çc]a\w*"
    r"|\bpermission\b|\bgenehmigung\b|\bautorisation\b|\bpermiso\b|\bpermesso\b|\bpermiss[ãa]o\b"
    r"|\brights? (?:reserved|belong)|\bdroits? (?:réservés|d['’]auteur)|\bderechos reservados\b"
    r"|\bdiritti riservati\b|\bdireitos reservados\b|\burheberrecht\w*",
    re.I,
)
_COMMONS_RE = re.compile(r"creative[ -]commons|\bcc[ -]by(?:[ -](?:sa|nd|nc))*\b", re.I)
# Words of reuse: republishing, reprinting, reproducing, sharing a text again.
_REUSE_RE = re.compile(
    r"\b(?:republish\w*|published|reprint\w*|reproduc\w*|redistribut\w*|syndicat\w*|shar(?:e|ed|ing)\b"
    r"|weiterverbreit\w*|weiterverwend\w*|nachdruck\w*|nachgedruckt|veröffentlich\w*|übernommen|erscheint"
    r"|republi[ée]\w*|reprodui\w*|reproduire|repris[e]?|partag\w*|publi[ée]e?s?\b"
    r"|republicad\w*|reproduc[ií]\w*|reproducid\w*|publica(?:do|da)?\b|se publica"
    r"|ripubblicat\w*|riprodott\w*|riprodu\w*|pubblicat\w*"
    r"|reproduzid\w*|reproduz\w*|publicad[oa])",
    re.I,
)
# How a note on the text itself opens: "This story ...", "Republished ...", "Dieser Artikel ...", "Cet
# article ...", "Este artículo ...", "Questo articolo ...", "Este texto ..." (a sentence of the story that
# names a licence opens otherwise: "The council renewed the ferry's licence ...")
_NOTE_START_RE = re.compile(
    r"^(?:(?:this|the) (?:article|story|piece|text|post|report|work|content|essay|column|interview|feature)"
    r"|(?:republished|reprinted|reproduced|licensed|shared|syndicated|published)\b"
    r"|(?:dieser|der|diese|die) (?:artikel|text|beitrag|reportage|inhalt)|(?:erschienen|veröffentlicht)\b"
    r"|(?:cet|cette|ce|l['’]) ?(?:article|texte|contenu|enquête)|(?:republié|publié|reproduit)"
    r"|(?:este|esta|el|la) (?:artículo|texto|reportaje|nota|contenido|crónica)|(?:publicado|republicado)\b"
    r"|(?:questo|quest['’]|l['’]) ?(?:articolo|testo|contenuto|inchiesta)|(?:pubblicato|ripubblicato)\b"
    r"|(?:este|esta|o|a) (?:artigo|texto|reportagem|conteúdo|matéria))",
    re.I,
)
# The label of a note on how a story's figures were gathered ("How we did this", "About the data",
# "Methodology"), alone on its line or before a colon and the note's sentence.
_METHOD_LABEL_RE = re.compile(
    r"^(?:"
    r"how we (?:did (?:this|it)|reported (?:this|it)(?: story)?|got (?:the|these) (?:numbers|figures)"
    r"|counted|analy[sz]ed (?:the data|this)|did the (?:analysis|math|maths))"
    r"|(?:our |a note on |notes? on |about )?(?:the )?methodology|methods? and (?:data|sources)"
    r"|(?:about|on) (?:the|this|our) (?:data|analysis|survey|figures)|data and (?:methods?|methodology)"
    r"|sources? and (?:methods?|methodology)|a note on (?:the )?(?:data|sources|methods?)"
    r"|methodik|zur methodik|hinweis zur methodik|daten und methodik|über die daten|zu den daten|datengrundlage"
    r"|so haben wir (?:recherchiert|gerechnet|gearbeitet|gezählt|es gemacht|die daten ausgewertet)"
    r"|m[ée]thodologie|note m[ée]thodologique|notre m[ée]thode|[àa] propos des donn[ée]es|sources et m[ée]thodes?"
    r"|comment nous avons (?:travaill[ée]|proc[ée]d[ée]|fait|enqu[êe]t[ée]|compt[ée])"
    r"|metodolog[íi]a|nota metodol[óo]gica|c[óo]mo lo hicimos|c[óo]mo hicimos (?:este|esta) \w+"
    r"|(?:sobre|acerca de) los datos|fuentes y metodolog[íi]a"
    r"|nota metodologica|come abbiamo (?:lavorato|fatto|contato)|(?:sui|i) dati|fonti e metodo(?:logia)?"
    r"|como fizemos|como (?:foi|fizemos) (?:esta|este) \w+|sobre os dados|fontes e metodologia"
    r"|調査方法|データについて|方法論|方法论|数据说明|关于数据|關於數據"
    r")\s*(?:[:：]\s*\S.*)?$",
    re.I,
)


@lru_cache(maxsize=PAGE_CACHE)
def is_site_note(text: str) -> bool:
    """A note under the text that is the site's, not the story's: its licence or republishing terms, a note
    on method under its label, a note on the writer under a label ("About the author: ...")."""
    if len(text) > END_MATTER_CHARS or text[:1] in '"“«„':
        return False  # a paragraph of text, or reported speech
    return is_licence_note(text) or is_method_note(text) or AUTHOR_NOTE_LABEL_RE.match(text) is not None


def is_licence_note(text: str) -> bool:
    """Rights or a licence named beside a word of reuse: "This story is republished under a Creative
    Commons licence", "Reproduced with permission". Not "This article was reprinted on ...": the article's
    own note (closing.py), which names no rights."""
    if _RIGHTS_RE.search(text) is None or _REUSE_RE.search(text) is None:
        return False
    return _NOTE_START_RE.match(text) is not None or _COMMONS_RE.search(text) is not None


def is_method_note(text: str) -> bool:
    """ "How we did this", "About the data: ...", "Méthodologie : ...": a note on how the story was made."""
    return _METHOD_LABEL_RE.match(text) is not None
