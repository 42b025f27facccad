"""Notes under an article's text that are the site's, not the story's: the terms it may be republished
under, a note on how the data was gathered, a labelled note on the writer; in the common languages.

The real labelled pages keep what speaks of the article itself under its text ("This article was reprinted
on ...", a note that it also ran in print, a correction, a disclaimer: closing.py) and a
plain sentence on the writer right under it; they end the text before the site's copyright and licence
lines and before a box headed by a label on the author ("About the Author", "Sobre <name>"). The word
lists are ours, written for the common languages; none is taken from a labelled page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import methodcaller

from .anycase import ASCII_PARTNERS, lowered
from .bylines import is_person_name
from .chrome import bio_subject
from .lexicon import (
    AUTHOR_NOTE_LABEL_RE,
    CJK_REPORTER_RE,
    CJK_WRITER_NOTE_RE,
    PUBLICATION_NOTE_RE,
    cjk_chars,
    lower_words,
    words_of,
)
from .lexicon_site import REPORTING_WORDS
from .making_notes import newsroom_is_subject, tells_how_made
from .pieces import Sieved
from .shape import ends_sentence, is_prose
from .thresholds import (
    COUNTED_NOTE_CHARS,
    END_MATTER_CHARS,
    HEADING_MIN_CHARS,
    LICENCE_LINE_CHARS,
    METHOD_HEADING_WORDS,
    PAGE_CACHE,
)

# Words that name rights or a licence: a note with one of these and a word of reuse (below) gives the
# terms the text may be taken under ("... republished under a Creative Commons licence").
_RIGHTS_RE = re.compile(
    r"creative[ -]commons|\bcc[ -]by\b|\blicen[cs]\w*|\blizenz\w*|\blicencia\w*|\blicenza\w*|\blicen[çc]a\w*"
    r"|\bpermission\b|\bgenehmigung\b|\berlaubnis\b|\bautorisation\b|\bpermiso\b|\bautorizaci[óo]n\b"
    r"|\bpermesso\b|\bautorizzazione\b|\bpermiss[ãa]o\b|\bautoriza[çc][ãa]o\b"
    r"|\brights? (?:reserved|belong)|\bdroits? (?:réservés|d['’]auteur)|\bderechos (?:reservados|de autor)\b"
    r"|\bdiritti (?:riservati|d['’]autore)\b|\bdireitos (?:reservados|autorais)\b|\burheberrecht\w*"
    r"|\blicenti\w*|\btoestemming\b|\bauteursrecht\w*"
    r"|知识共享|知識共享|クリエイティブ・コモンズ|ライセンス|许可|許可|授权|授權|版权所有|版權所有|著作権",
    re.I,
)
# A piece of every way _RIGHTS_RE matches, in small letters: a match opens with its piece (but "creative
# commons", _PIECE_AFTER characters before "commons"). tests/test_parser_end_notes.py checks each way holds one.
# The pattern is tried only where a piece stands, not at each character of the line with each of its 34
# alternatives (issue 12: 130 us a line of 400 characters; a tenth of a generated page's parse)
_RIGHTS_PARTS = ("commons", "cc by", "cc-by", "licen", "lizenz", "permis", "permes", "genehmigung", "erlaubnis",
                 "autoris", "autoriz", "right", "droit", "derechos", "diritti", "direitos", "urheberrecht", "licenti",
                 "toestemming", "auteursrecht")  # fmt: skip
_RIGHTS_PARTS_CJK = ("知识共享", "知識共享", "クリエイティブ・コモンズ", "ライセンス", "许可", "許可", "授权", "授權",
                     "版权所有", "版權所有", "著作権")  # fmt: skip
_RIGHTS_PARTS_ANY = _RIGHTS_PARTS + _RIGHTS_PARTS_CJK
_PIECE_AFTER = {"commons": len("creative ")}
_COMMONS_RE = re.compile(
    r"creative[ -]commons|\bcc[ -]by(?:[ -](?:sa|nd|nc))*\b|知识共享|知識共享|クリエイティブ・コモンズ", re.I
)
# Words of reuse: republishing, reprinting, reproducing, sharing a text again.
_REUSE_RE = re.compile(
    r"\b(?:republish\w*|published|reprint\w*|reproduc\w*|redistribut\w*|syndicat\w*|shar(?:e|ed|ing)\b"
    r"|weiterverbreit\w*|weiterverwend\w*|weitergegeben|verbreit\w*|nachdruck\w*|nachgedruckt|veröffentlich\w*"
    r"|übernommen|erscheint|republi[ée]\w*|republier|reprodui\w*|reproduire|repris[e]?|partag\w*|publi[ée]e?s?\b"
    r"|republicad\w*|republicar|reproduc[ií]\w*|reproducid\w*|compartir|publica(?:do|da)?\b|se publica"
    r"|ripubblica\w*|riprodott\w*|riprodu\w*|condivis\w*|condivider\w*|pubblicat\w*"
    r"|reproduzid\w*|reproduz\w*|reproduzir|compartilha\w*|partilha\w*|publicad[oa])"
    r"|转载|轉載|転載|再掲載|发表|發表|掲載|刊登|发布|發佈",
    re.I,
)
# Terms a text is offered under: "under a Creative Commons licence", "unter einer CC-Lizenz", "sous licence",
# "bajo licencia", "sotto licenza", "sob licença"
_UNDER_LICENCE_RE = re.compile(
    r"\b(?:under|unter|sous|bajo|sotto|con|sob)\b(?: \S+){0,5} "
    r"(?:licen[cs]e|\S*lizenz|licence|licencia|licenza|licen[çc]a)\b",
    re.I,
)
# The label of a box that offers the text for republishing: "Republish this story", "Republier cet article"
_REPUBLISH_LABEL_RE = re.compile(
    r"^(?:republish|reprint) (?:this|our) (?:article|story|piece)|republier cet article|republicar este art[íi]culo"
    r"|ripubblica(?:re)? questo articolo|republi(?:que|car) (?:este|esta) (?:artigo|reportagem)"
    r"|diesen (?:artikel|beitrag) (?:weiterverbreiten|übernehmen|nachdrucken)\W*$",
    re.I,
)
# How a note on the text itself opens: "This story ...", "Republished ...", "Dieser Artikel ...", "Cet
# article ...", "Este artículo ...", "Questo articolo ...", "Este texto ...", "本文", "この記事は" (a sentence of
# the story that names a licence opens otherwise: "The council renewed the ferry's licence ...")
_NOTE_START_RE = re.compile(
    r"^(?:(?:this|the) (?:article|story|piece|text|post|report|work|content|essay|column|interview|feature)"
    r"|(?:republished|reprinted|reproduced|licensed|shared|syndicated|published)\b"
    r"|(?:dieser|der|diese|die) (?:artikel|text|beitrag|reportage|inhalt)|(?:erschienen|veröffentlicht)\b"
    r"|(?:cet|cette|ce|l['’]) ?(?:article|texte|contenu|enquête)|(?:republié|publié|reproduit)"
    r"|(?:este|esta|el|la) (?:artículo|texto|reportaje|nota|contenido|crónica)|(?:publicado|republicado)\b"
    r"|(?:questo|quest['’]|l['’]) ?(?:articolo|testo|contenuto|inchiesta)|(?:pubblicato|ripubblicato)\b"
    r"|(?:este|esta|o|a) (?:artigo|texto|reportagem|conteúdo|matéria)"
    r"|本文|本篇|この記事|本記事)",
    re.I,
)
# The label of a note on how a story's figures were gathered ("How we did this", "About the data",
# "Methodology", "So haben wir recherchiert", "Comment nous avons travaillé", "Cómo lo hicimos", "Come abbiamo
# lavorato", "Como fizemos"), alone on its line or before a colon and the note's sentence.
_METHOD_LABEL_RE = re.compile(
    r"^(?:"
    # en
    r"how (?:we|i) (?:did (?:this|it)|reported|researched|analy[sz]ed|counted|calculated|measured|gathered"
    r"|compiled|collected|sourced|verified|got (?:the|these|our) (?:data|numbers|figures))\b[^.!?:]{0,40}"
    r"|how (?:this|the) (?:story|article|analysis|investigation|report|data|survey|map|project) (?:was|were) \w+"
    r"|(?:our |the |a note on (?:the )?|notes? on (?:the )?|about (?:the |our )?)?methodology(?: notes?)?"
    r"|(?:our|about our|a note on(?: the)?) methods|(?:data|sources?) (?:and|&) (?:methods?|methodology|notes?)"
    r"|(?:methods?|methodology) (?:and|&) (?:data|sources?)|(?:data|method) notes?"
    r"|(?:about|on) (?:the|this|our|these) (?:data|analysis|survey|figures|numbers|investigation|poll)"
    r"|a note on (?:the )?(?:data|sources|figures|numbers)|where (?:the|our|these) (?:data|numbers|figures) comes? from"
    # de
    r"|(?:zur |hinweise? zur |unsere |die )?methodik|methodische hinweise|methoden?(?: und daten)"
    r"|daten und (?:methoden?|methodik|quellen)|(?:über|zu) (?:die|den|diese[rn]?|unsere[rn]?) "
    r"(?:daten|auswertung|recherche|analyse|umfrage|zahlen)|(?:zur )?datengrundlage"
    r"|so (?:haben|sind) wir \w+(?: \w+){0,3}|wie wir (?:\w+ ){0,3}(?:haben|sind)"
    r"|woher die (?:daten|zahlen) (?:kommen|stammen)"
    # fr
    r"|(?:notre |la |note |précisions? )?m[ée]thodologi(?:e|que)(?: et sources)?|notre m[ée]thode"
    r"|sources et m[ée]thod(?:es?|ologie)|comment (?:nous avons|avons-nous|on a) \w+(?: \w+){0,4}"
    r"|[àa] propos (?:des|de ces|de nos) (?:donn[ée]es|chiffres)"
    r"|[àa] propos de (?:cette|notre) (?:enqu[êe]te|analyse|[ée]tude)"
    r"|d['’]o[ùu] viennent (?:les|ces|nos) (?:donn[ée]es|chiffres)|les donn[ée]es utilis[ée]es"
    # es
    r"|(?:nota |nuestra |la )?(?:sobre la )?metodolog[íi]a(?: y fuentes)?|fuentes y metodolog[íi]a"
    r"|nota metodol[óo]gica|c[óo]mo (?:lo hicimos|se hizo|hicimos|lo contamos|calculamos|elaboramos)\b[^.!?:]{0,40}"
    r"|(?:sobre|acerca de) (?:los|estos|nuestros) datos"
    r"|(?:sobre|acerca de) (?:este|esta) (?:an[áa]lisis|investigaci[óo]n|encuesta)"
    r"|de d[óo]nde (?:salen|vienen|proceden) (?:los|estos) datos"
    # it
    r"|(?:nota |la |nota sulla |sulla )?metodologi(?:a|ca)|nota (?:sul|di) metodo|fonti e metodo(?:logia)?"
    r"|come abbiamo \w+(?: \w+){0,4}|(?:sui|questi|i) dati(?: utilizzati)?"
    r"|(?:su|a proposito di) (?:questa|questo) (?:analisi|inchiesta|indagine|sondaggio)|da dove vengono i dati"
    # pt
    r"|(?:nota |a |sobre a )?metodologia|fontes e metodologia"
    r"|como (?:fizemos|foi feit[oa]|calculamos|apuramos)\b[^.!?:]{0,40}|sobre (?:os|estes|esses) dados"
    r"|sobre (?:esta|este|essa|esse) (?:an[áa]lise|reportagem|investiga[çc][ãa]o|pesquisa)|de onde v[êe]m os dados"
    # ja, zh
    r"|調査(?:の)?方法|分析(?:の)?方法|データと手法|集計方法|データについて|本記事のデータ|方法論"
    r"|研究方法|调查方法|方法说明|方法论|数据说明|数据来源说明|关于数据|關於數據"
    r")\s*(?:[:：]\s*\S.*)?$",
    re.I,
)
# A note on method with no label: "This analysis is based on ...", "Data for this story came from ...", in the
# common languages (the text's own "The report is based on ..." speaks of another report, not "this" one).
_METHOD_SENTENCE_RE = re.compile(
    r"^(?:this (?:analysis|story|article|report|investigation|ranking|map|chart|graphic|survey) (?:is|was) based on"
    r"|(?:the )?(?:data|figures|numbers) (?:for|in|used in) this (?:story|article|analysis|report)"
    r"|diese (?:auswertung|analyse|recherche|grafik|karte) (?:basiert|beruht) auf"
    r"|die (?:daten|zahlen) (?:für|in) diese[mnr]? (?:artikel|text|auswertung|analyse)"
    r"|cette (?:analyse|enqu[êe]te|carte|[ée]tude) (?:est fond[ée]e|repose|s['’]appuie) sur"
    r"|les (?:donn[ée]es|chiffres) (?:de|utilis[ée]s dans) cet(?:te)? (?:article|analyse|enqu[êe]te)"
    r"|este (?:an[áa]lisis|art[íi]culo|reportaje|mapa) se basa en"
    r"|los datos (?:de|utilizados en) este (?:art[íi]culo|an[áa]lisis|reportaje)"
    r"|questa (?:analisi|inchiesta|mappa) si basa su|i dati (?:di|usati in|utilizzati in) questo (?:articolo|testo)"
    r"|esta (?:an[áa]lise|reportagem) (?:se baseia|baseia-se|[ée] baseada) em"
    r"|os dados (?:desta|usados nesta|utilizados nesta) (?:reportagem|an[áa]lise|mat[ée]ria))\b",
    re.I,
)

# --- A note on how the story was made, told by its shape (review-parser I3: a list of labels moved no page
# on wordings nobody had described). Three grammatical signs, each a few common words of each language:
# the newsroom telling what it did, in the first person plural and the past ("we analysed", "our reporters
# interviewed", "wir haben ... ausgewertet", "nous avons consulté", "analizamos", "abbiamo raccolto", "ouvimos");
# the story named as itself ("this story", "these figures", "cette enquête", "este análisis", "本文"); the
# matter of a method (data, records, interviews, a survey, sources). A singular "I" is a blogger's own
# aside, which the real labels keep ("UPDATE: ... how I made the charts"): no sign here.
_WE_MADE_RE = re.compile(
    r"\b(?:we|our \w+)(?: (?:also|then|first|have|had|later|further|both|all|\w+ly)){0,2} (?:\w{3,}ed|used|spoke|drew"
    r"|built|found|made|sent|took|got|ran|wrote|read|sought|met|chose|went|did|kept|left|paid|heard)\b"
    r"|\b(?:wir haben|haben wir|wir hatten|hatten wir)\b|\bwir \w+ten\b|\bunsere? \w+ (?:haben|hat)\b"
    r"|\bnous (?:avons|\w+ions)\b|\bavons-nous\b|\bnotre \w+ a\b"
    r"|\b(?:hemos|habíamos|abbiamo|avevamo)\b|\w{3}(?:amos|imos|emos|ammo|emmo|immo)\b"
    r"|\bnuestr[oa]s? \w+ (?:ha|han)\b|\bnostr[oaie] \w+ (?:ha|hanno)\b"
    r"|\bnoss[oa]s? \w+ (?:fez|fizeram|ouviu|ouviram)\b"
    r"|\b(?:we|wij) (?:hebben|\w{3,}(?:den|ten)|spraken|lazen|zagen|gingen|vroegen)\b|\bhebben we\b",
    re.I,
)
_STORY_NOUNS = (
    r"(?:story|stories|article|analysis|investigation|series|project|piece|reporting|map|chart|graphic|journalism"
    r"|work|content|material|page|artikel|text|beitrag|analyse|auswertung|recherche|serie|projekt|karte|grafik"
    r"|inhalte?|texte|enqu[êe]te|reportage|s[ée]rie|projet|carte|graphique|[ée]tude|contenu|art[íi]culo|an[áa]lisis"
    r"|investigaci[óo]n|reportaje|proyecto|mapa|gr[áa]fico|texto|contenido|articolo|analisi|inchiesta|indagine"
    r"|progetto|grafico|testo|contenuto|artigo|an[áa]lise|reportagem|investiga[çc][ãa]o|projeto|mat[ée]ria|noticia|not[íi]cia|berichts|informaci[óo]n"
    r"|conte[úu]do|verhaal|verhalen|stuk|onderzoek|bericht|verslag)"
)
# (this / these, and the same words of the other common languages, then a noun of what a newsroom makes: the
# story itself, not its figures: "These figures come from ..." may be the text's own last sentence, W3)
_THIS_WORDS = words_of(
    {
        "en": "this these",
        "de": "dies diese dieser diesem diesen dieses",
        "fr": "cet cette ces ce",
        "es": "este esta estos estas",
        "it": "questo questa questi queste quest",
        "pt": "este esta estes estas esse essa esses essas",
        "nl": "dit deze",
    }
)
_STORY_CJK = r"本文|本稿|本记事|本記事|この記事|本报道|本報道|本篇"
_STORY_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_THIS_WORDS)) + r")['’]?\s?" + _STORY_NOUNS + r"\b|" + _STORY_CJK, re.I
)
_STORY_CJK_RE = re.compile(_STORY_CJK)
# A note that opens on a purpose clause naming the story: "For this story, ...", "To report this article",
# "Für diese Recherche", "Pour cette enquête", "Para este reportaje", "Per questa inchiesta", "Nesta reportagem"
_PURPOSE_RE = re.compile(
    r"^(?:for|to (?:report|write|produce|prepare|research)|für|pour|para|per|nesta|neste|nessa|nesse|voor)\s+"
    r"(?:this|these|diese[nmr]?|dieses|cet|cette|ces|ce|este|esta|estos|estas|esse|essa|questo|questa"
    r"|questi|queste|quest['’]|dit|deze)\s?(?:" + _STORY_NOUNS + r"|report)\b",  # ("To write this report, we ...")
    re.I,
)
# What a story is based on, said of the story itself ("This story is based on", "Grundlage dieses Berichts",
# "Cet article s'appuie sur", "Esta noticia se basa en", "si basa su", "baseia-se em", "is gebaseerd op")
_BASED_ON_RE = re.compile(
    r"\b(?:(?:is )?based on|basiert auf|beruht auf|grundlage|s['’]appuie sur|repose sur|se basa en|basad[oa] en"
    r"|si basa su|basat[oa] su|baseia-se em|basead[oa] em|(?:is )?gebaseerd op)\b",
    re.I,
)
# Every alternative of _BASED_ON_RE holds one of these (case-folded): a line without any is told without the
# pattern, whose "\b(?:...)" is otherwise tried at each of its letters
_BASED_ON_STEMS = ("bas", "beruht", "grundlage", "appuie", "repose")
_BASED_ON = Sieved(_BASED_ON_RE)  # (after the stems: "bas" is in many lines, the pattern's pieces in few)


def _based_on(text: str) -> bool:
    folded = text.casefold()
    return any(stem in folded for stem in _BASED_ON_STEMS) and _BASED_ON.search(text) is not None


# The matter of a method: data, records, documents, interviews, a survey, sources, statistics (words, the
# stems of a few, and the CJK ones), looked up among a line's words rather than searched for
_MATTER_WORDS = words_of(
    {
        "en": "data dataset database records documents filings figures statistics interview interviews interviewed "
        "survey surveyed poll polls sources respondents responses sample methodology counts logs reports registers",
        "de": "zahlen dokumente akten unterlagen gespräche umfrage quellen berichte protokolle register",
        "fr": "données donnees chiffres archives entretiens sondage statistiques réponses reponses questionnaire "
        "questionnaires rapports registres relevés releves",
        "es": "datos cifras documentos registros encuesta encuestas fuentes estadísticas estadisticas respuestas "
        "informes actas recuentos",
        "it": "dati cifre documenti registri sondaggio sondaggi fonti statistiche risposte rapporti verbali bilanci",
        "pt": "dados registos registros documentos pesquisa pesquisas levantamento fontes estatísticas estatisticas "
        "respostas relatórios relatorios atas balanços balancos",
        "nl": "cijfers gegevens documenten enquête enquete bronnen interviews gesprekken statistieken rapporten",
    }
)
_MATTER_STEMS = ("daten", "befrag", "statistik", "entrevist", "intervist")
_MATTER_CJK_RE = re.compile(r"数据|資料|资料|统计|統計|采访|採訪|取材|データ|集計|アンケート")
# Where a story's figures come from: "is based on", "come from", "were compiled from", "stammen aus",
# "proviennent de", "proceden de", "provengono da", "vêm de"
_SOURCED_RE = re.compile(
    r"\b(?:(?:is|are|was|were) (?:based on|drawn from|taken from|provided by|compiled|collected|gathered|obtained)"
    r"|comes? from|came from|based on|drawn from|sourced from"
    r"|stammen|stammt|beruh\w+|basier\w+|wurden \w+ (?:erhoben|gesammelt|ausgewertet)"
    r"|proviennent|provient|viennent|issu\w* de|repos\w+ sur|s['’]appuie|fond[ée]\w* sur|tir[ée]\w* de"
    r"|proceden|provienen|vienen de|se basa|basad[oa]s? en|se obtuvieron|(?:l[oa]s )?ha(?:n)? facilitado"
    r"|provengono|vengono da|si basa|basat[aoie] su|sono stati raccolti"
    r"|v[êe]m de|prov[êe]m|se baseia|baseia-se|baseados? em|foram (?:obtidos|coletados|recolhidos)"
    r"|komen uit|afkomstig (?:van|uit)|gebaseerd op|(?:zijn|werden) verzameld)\b"
    r"|来自|來自|基于|基於|に基づ|による",
    re.I,
)
# A note on who paid for the story's reporting: the story named as a newsroom's work ("this reporting", "esta
# reportagem", "dit verhaal") and a word of funding or support ("supported by", "met steun van", "teve o apoio")
_REPORTED_RE = re.compile(
    r"\b(?:this|diese[rs]?|cet|ce|cette|este|esta|questo|questa|quest['’]|dit|deze)\s?"
    r"(?:story|article|reporting|artikel|beitrag|recherche|reportage|art[íi]culo|reportaje|articolo|inchiesta"
    r"|artigo|reportagem|verhaal|stuk)\b",
    re.I,
)
_REPORTED = Sieved(_REPORTED_RE)  # (its nouns' pieces told in C, not the demonstratives tried at each letter)
_FUNDED_RE = re.compile(
    r"\b(?:support(?:ed)?|fund(?:ed|ing)|grant|unterstütz\w*|gefördert|förderung|financ\w*|finanz\w*|soutien|apoyo"
    r"|apoio|sostegno|steun|subsidie|gesubsidieerd)\b",
    re.I,
)
_FUNDED_PARTS = ("support", "fund", "grant", "unterstütz", "geförder", "förder", "financ", "finanz", "soutien",
                 "apoyo", "apoio", "sostegno", "steun", "subsidie")  # fmt: skip


def _funded_story(text: str) -> bool:
    """ "This reporting was supported by a foundation", "Dit verhaal kwam tot stand met steun van een fonds": the
    story named as the newsroom's work and its funding (reported speech is the story's)."""
    if not any(map(lowered(text).__contains__, _FUNDED_PARTS)) or text[:1] in '"“«„':
        return False  # (most lines: no word of funding, told in C)
    return _FUNDED_RE.search(text) is not None and _REPORTED.search(text) is not None


# A label of one to four words and a colon before a note's sentence ("Data: ...", "Zu den Daten: ...")
_COLON_LABEL_RE = re.compile(r"^[^\s:]+(?: [^\s:]+){0,3}\s?[:：]\s*(?=\S)")
_COLON_LABEL = Sieved(_COLON_LABEL_RE)  # (a line without a colon is told in C, not by the pattern's retries)
_DIGIT_RE = re.compile(r"\d")
_QUOTE_MARKS = '"“„«'  # (the marks that open _QUOTED_RE's quotations)
_QUOTED_RE = re.compile(r"[\"“„«][^\"“”„«»]*[\"”“»]")


_MATTER_START = methodcaller("startswith", _MATTER_STEMS)  # word.startswith(_MATTER_STEMS), called from C


@lru_cache(maxsize=PAGE_CACHE)
def tells_its_making(text: str, headed: bool = False) -> bool:
    """A short paragraph on how the story itself was made, by its grammar, whatever its wording: one that
    opens on a purpose clause naming the story ("For this story, ..."), or one on the matter of a method
    (data, records, interviews, a survey) that names the story ("this analysis", "these figures") or stands
    under a label or a heading (`headed`, or a label and a colon in the line) and says the newsroom made it
    ("we reviewed", "abbiamo raccolto") or where it comes from ("come from", "proviennent de"). Reported
    speech is left out; a blog's "In this article we looked at ..." names no matter of a method."""
    if tells_how_made(text):
        return True
    if len(text) > END_MATTER_CHARS or text[:1] in '"“«„' or not ends_sentence(text):
        return False  # too long for a note, reported speech, or words that lead on to a table or code (":")
    if _funded_story(text):
        return True
    label = _COLON_LABEL.match(text)
    if label:
        text, headed = text[label.end() :], True
    if _PURPOSE_RE.match(text):
        return True
    if _based_on(text) and _STORY_RE.search(text):
        return True  # "Esta noticia se basa en ...", "Grundlage dieses Berichts sind ...": the story's sources
    if not headed and text.isascii() and _THIS_WORDS.isdisjoint(lower_words(text)):
        return False  # (told below too: the line's words less its quotations' are fewer, none of them "this")
    if any(mark in text for mark in _QUOTE_MARKS):
        text = _QUOTED_RE.sub(" ", text)
    words = lower_words(text)  # (most lines are told by these words alone, without the patterns)
    cjk = not text.isascii()
    if not headed and _THIS_WORDS.isdisjoint(words) and not (cjk and _STORY_CJK_RE.search(text)):
        return False  # the story is not named, and there is no heading
    matter = not _MATTER_WORDS.isdisjoint(words) or any(map(_MATTER_START, words))
    matter = matter or (cjk and _MATTER_CJK_RE.search(text) is not None)
    if headed and newsroom_is_subject(text, words):
        return True  # "Notre journaliste s'est rendue ..." under "Les coulisses de cet article"
    made = _WE_MADE_RE.search(text) is not None if headed or matter else False
    if headed and made and (matter or (len(text) <= COUNTED_NOTE_CHARS and _DIGIT_RE.search(text))):
        return True  # "We went through 3,400 bookings ..." under "Behind the numbers" (a section of a long text: no)
    if not matter or not (headed or _STORY_RE.search(text)):
        return False
    return made or _SOURCED_RE.search(text) is not None


def is_note_heading(text: str) -> bool:
    """A heading a note on method may stand under ("How we reported this", "Daten und Methode", "调查方法"): a
    few words, no sentence, opening on a letter that is no small one, more than a mark of two characters
    (an ad's "広告" inside a Japanese text, review-parser W3), not a table's cell."""
    if (
        len(text) < HEADING_MIN_CHARS
        or ends_sentence(text)
        or len(text.split(None, METHOD_HEADING_WORDS)) > METHOD_HEADING_WORDS
    ):
        return False  # (a paragraph is not split whole to count more words than a heading's)
    return text[:1].isalpha() and not text[:1].islower() and not is_prose(text)


@lru_cache(maxsize=PAGE_CACHE)
def is_site_note(text: str) -> bool:
    """A note under the text that is the site's, not the story's: its licence or republishing terms, a note
    on method under its label, a note on the writer under a label ("About the author: ...")."""
    if len(text) > END_MATTER_CHARS or text[:1] in '"“«„':
        return False  # a paragraph of text, or reported speech
    return (
        is_licence_note(text)
        or is_method_note(text)
        or AUTHOR_NOTE_LABEL_RE.match(text) is not None
        or labels_a_writers_note(text)
    )


_CJK_LABEL_RE = re.compile(r"^[^：:。！？\s]{1,12}[：:]\s*")


def labels_a_writers_note(text: str) -> bool:
    """A note on the writer under a label of a few words and a colon, in any wording ("The writer: X covers
    ...", "Zur Autorin: X ist Redakteurin ...", "執筆者プロフィール：X は..."): by the note's shape after the label
    (chrome.bio_subject; in Chinese or Japanese a name, then は / 是 and a reporter's word, or a writer's label),
    not by a list of labels. The real labels end the text before a labelled note on its writer."""
    if cjk_chars(text):
        found = CJK_WRITER_NOTE_RE.match(text)
        if found is not None and found["label"]:
            return True
        label = _CJK_LABEL_RE.match(text)
        rest = text[label.end() :] if label else ""
        return bool(rest) and CJK_WRITER_NOTE_RE.match(rest) is not None and CJK_REPORTER_RE.search(rest) is not None
    label = _COLON_LABEL.match(text)
    if label is None:
        return False
    subject = bio_subject(text[label.end() :])
    return subject is not None and is_person_name(subject)


def is_licence_note(text: str) -> bool:
    """Rights or a licence named beside a word of reuse: "This story is republished under a Creative
    Commons licence", "Reproduced with permission"; a short line naming Creative Commons ("Licensed under CC
    BY 4.0"); a box's label for republishing ("Republish this story"); an offer of the story for reuse with
    no word of rights (offers_reuse). Not "This article was reprinted on ...": the article's own note
    (closing.py), which names no rights and offers nothing."""
    if _REPUBLISH_LABEL_RE.match(text) or offers_reuse(text):
        return True
    if not names_rights(text):
        return False  # nor does _COMMONS_RE match: each of its ways is one of _RIGHTS_RE's
    if len(text) <= LICENCE_LINE_CHARS and _COMMONS_RE.search(text):
        return REPORTING_WORDS.isdisjoint(lower_words(text))  # not "..., the foundation said"
    if _REUSE_RE.search(text) is None and _UNDER_LICENCE_RE.search(text) is None:
        return False
    return _NOTE_START_RE.match(text) is not None or _COMMONS_RE.search(text) is not None


# A note that offers the text for reuse, whatever it calls the terms (review-parser I1/I3: licence notes with
# no word of rights: "You are free to republish this piece ...", "Vous pouvez reprendre cet article en citant
# la source"): a verb of reuse, the story named ("this piece", "our journalism", "cet article", "本文"), and
# a permission or a credit asked ("may", "free", "dürfen", "pouvez", "citing the source", "Quelle", "出典").
_REUSE_PARTS = ("republi", "reprint", "reproduc", "reus", "re-us", "redistribut", "syndicat", "übernehm", "übernomm",
                "nachdruck", "nachgedruckt", "weiterverbreit", "weiterverwend", "repren", "repris", "reprodui",
                "ripubblic", "riprodu", "riutilizz", "reutiliz", "reproduz", "overne", "overgenomen", "hergebruik",
                "herpubli", "转载", "轉載", "転載")  # fmt: skip
_REUSE_VERB_RE = re.compile(
    r"\b(?:republish\w*|reprint\w*|reproduc\w*|re-?us(?:e|ed|ing)\b|redistribut\w*|syndicat\w*|übernehm\w*"
    r"|übernommen|nachdruck\w*|nachgedruckt|weiterverbreit\w*|weiterverwend\w*|reprendre|repris|reprise"
    r"|republi\w*|reprodui\w*|ripubblic\w*|riprodu\w*|riutilizz\w*|reutiliz\w*|reproduz\w*"
    r"|overne(?:men|emt|emt)|overgenomen|hergebruik\w*|herpubli\w*)|转载|轉載|転載",
    re.I,
)
# (the site's own: "our", not "any" or "every": "may now reuse any article from the magazine" is a story's,
# a third party's articles; review-parser R6's probe)
_OUR_STORY_RE = re.compile(
    r"\b(?:our|unsere[nmrs]?|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze?)\s" + _STORY_NOUNS + r"\b",
    re.I,
)
_MAY_OR_CREDIT_RE = re.compile(
    r"\b(?:may|can|free(?:ly)?|welcome|permitted|allowed|at no cost|credit\w*|attribut\w*|cit(?:e|ing)|source"
    r"|dürfen|darf|können|kann|frei|kostenlos|quelle\w*|pouvez|peut|peuvent|libre(?:ment)?|gratuit\w*|citant"
    r"|puede[ns]?|citando|fuente|puoi|può|possono|liberamente|fonte|pode[m]?|livre(?:mente)?"
    r"|mag|mogen|vrij|gratis|vermelding|bron)\b"
    r"|出典|来源|來源|出处|出處|自由|できます|可以|注明|註明",
    re.I,
)


@lru_cache(maxsize=PAGE_CACHE)
def offers_reuse(text: str) -> bool:
    """A note offering the story for reuse (above): "You are free to republish this piece if you credit us",
    "Sie dürfen diesen Text unter Nennung der Quelle übernehmen", "本文可自由转载，请注明来源"."""
    if len(text) > END_MATTER_CHARS or not any(map(lowered(text).__contains__, _REUSE_PARTS)):
        return False  # a paragraph, or (most lines) no verb of reuse: told in C
    if text[:1] in '"“«„' or PUBLICATION_NOTE_RE.match(text) or _REUSE_VERB_RE.search(text) is None:
        return False  # reported speech, or where the article ran ("... Order Reprints"): its own note
    if _STORY_RE.search(text) is None and _OUR_STORY_RE.search(text) is None:
        return False
    return _MAY_OR_CREDIT_RE.search(text) is not None


def names_rights(text: str) -> bool:
    """_RIGHTS_RE.search(text) is not None, the pattern tried only where one of its pieces stands in the line
    in small letters. Case-blind matching is lower() letter by letter but for the letters IGNORECASE matches to
    an ASCII one which lower() keeps apart (or makes two of: "İ"): a line with one is searched whole."""
    if text.isascii():
        parts = _RIGHTS_PARTS
    elif any(map(text.__contains__, ASCII_PARTNERS)):
        return _RIGHTS_RE.search(text) is not None
    else:
        parts = _RIGHTS_PARTS_ANY
    small = lowered(text)
    if not any(map(small.__contains__, parts)):
        return False  # (most lines: told in C)
    for part in parts:
        at = small.find(part)
        while at >= 0:
            start = at - _PIECE_AFTER.get(part, 0)
            if start >= 0 and _RIGHTS_RE.match(text, start) is not None:
                return True
            at = small.find(part, at + 1)
    return False


def is_method_note(text: str) -> bool:
    """ "How we did this", "About the data: ...", "Méthodologie : ...", "This analysis is based on ...": a note
    on how the story was made."""
    return _METHOD_LABEL_RE.match(text) is not None or _METHOD_SENTENCE_RE.match(text) is not None
